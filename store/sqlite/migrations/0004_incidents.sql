-- 0004: incidents, the events merged across reports (package merge). Each
-- extracted record (a row of events) belongs to one incident; an incident
-- of one record is that record. Queries read incidents; records keep what
-- each report said.

ALTER TABLE events ADD COLUMN incident TEXT;                 -- id of its incident
ALTER TABLE events ADD COLUMN merged INTEGER NOT NULL DEFAULT 0; -- 0: to be grouped (again)
CREATE INDEX events_incident ON events (incident);
CREATE INDEX events_pending ON events (merged) WHERE merged = 0;

CREATE TABLE incidents (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,    -- the id of its first report's record
    date           TEXT,
    event_type     TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    sub_event_type TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    country        TEXT,
    lat            REAL,
    lon            REAL,
    sources        INTEGER NOT NULL,        -- reports, a wire copy and its original once
    record         TEXT NOT NULL            -- the merged event as JSON
);
CREATE INDEX incidents_date ON incidents (date DESC, id);
CREATE INDEX incidents_type ON incidents (event_type);
CREATE INDEX incidents_sub_type ON incidents (sub_event_type);
CREATE INDEX incidents_latlon ON incidents (lat, lon) WHERE lat IS NOT NULL;

-- The blocks each record is filed under (merge.Key): place part, bucket.
CREATE TABLE merge_keys (
    place     INTEGER NOT NULL,
    bucket    INTEGER NOT NULL,
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    PRIMARY KEY (place, bucket, event_seq)
) WITHOUT ROWID;
CREATE INDEX merge_keys_event ON merge_keys (event_seq);

-- Undated records whose candidates change when a place part they look in
-- becomes crowded (see merge.Index.Add).
CREATE TABLE merge_lookers (
    place     INTEGER NOT NULL,
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    PRIMARY KEY (place, event_seq)
) WITHOUT ROWID;
CREATE INDEX merge_lookers_event ON merge_lookers (event_seq);

-- Candidate pairs found by the rules: the best few each record keeps
-- (merge.MaxEdges), chooser is the record that kept the pair.
CREATE TABLE merge_edges (
    chooser INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    chosen  INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    score   REAL NOT NULL,
    PRIMARY KEY (chooser, chosen)
) WITHOUT ROWID;
CREATE INDEX merge_edges_chosen ON merge_edges (chosen);

-- An analyst's word on two records: together (join) or apart (split).
-- A record is named by its document, its id and the span of its first
-- evidence (code points), so that the decision finds it again after the
-- document is extracted anew and ids change.
CREATE TABLE merge_decisions (
    seq      INTEGER PRIMARY KEY,
    together INTEGER NOT NULL,
    a_doc    TEXT NOT NULL,
    a_record TEXT NOT NULL,
    a_start  INTEGER NOT NULL,
    a_end    INTEGER NOT NULL,
    b_doc    TEXT NOT NULL,
    b_record TEXT NOT NULL,
    b_start  INTEGER NOT NULL,
    b_end    INTEGER NOT NULL,
    at       TEXT NOT NULL,                 -- RFC 3339, UTC
    note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX merge_decisions_a ON merge_decisions (a_doc);
CREATE INDEX merge_decisions_b ON merge_decisions (b_doc);

-- Ids incidents had before a merge, split or re-extraction renamed them.
CREATE TABLE incident_aliases (
    old TEXT PRIMARY KEY,
    id  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX incident_aliases_id ON incident_aliases (id);

-- Records stored before this step are each their own incident until the
-- store merges them (on opening for writing).
INSERT INTO incidents (id, date, event_type, sub_event_type, country, lat, lon, sources, record)
    SELECT id, date, event_type, sub_event_type, country, lat, lon, 1, record FROM events;
UPDATE events SET incident = id;
