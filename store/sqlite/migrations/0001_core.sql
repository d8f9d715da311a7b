-- 0001: documents, the events and figures extracted from them, their
-- full-text index, and failures.

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    hash          TEXT NOT NULL UNIQUE,   -- hex SHA-256 of the raw text
    origin        TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT '',
    outlet        TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    published     TEXT,                   -- YYYY-MM-DD, NULL when unknown
    published_how TEXT NOT NULL DEFAULT '',
    duplicate_of  TEXT NOT NULL DEFAULT '',
    raw           TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL DEFAULT '',
    dropped       TEXT,                   -- JSON array of sitrep.Dropped, NULL when none
    added_at      TEXT NOT NULL           -- RFC 3339, UTC
);
CREATE INDEX documents_published ON documents (published);

-- One row per event. The queryable columns copy fields of the record; the
-- record column keeps the whole event as JSON, and is what is read back.
CREATE TABLE events (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    doc            TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    date           TEXT,
    date_precision TEXT,
    event_type     TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    sub_event_type TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    actor1         TEXT NOT NULL DEFAULT '',
    actor2         TEXT NOT NULL DEFAULT '',
    actor1_fold    TEXT NOT NULL DEFAULT '', -- actor1 lower-cased (Unicode), for substring search
    actor2_fold    TEXT NOT NULL DEFAULT '',
    location       TEXT,
    admin1         TEXT,
    country        TEXT,
    lat            REAL,
    lon            REAL,
    fatalities     INTEGER,
    killed         INTEGER,                  -- killed.best
    wounded        INTEGER,                  -- wounded.best
    confidence     REAL,
    record         TEXT NOT NULL
);
CREATE INDEX events_date ON events (date DESC, id);
CREATE INDEX events_doc ON events (doc);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_sub_type ON events (sub_event_type);
CREATE INDEX events_latlon ON events (lat, lon) WHERE lat IS NOT NULL;

-- Every report that describes an event (its sources), for the document filter.
CREATE TABLE event_sources (
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    doc       TEXT NOT NULL,
    outlet    TEXT NOT NULL DEFAULT '',
    published TEXT,
    PRIMARY KEY (doc, event_seq)
) WITHOUT ROWID;
CREATE INDEX event_sources_event ON event_sources (event_seq);

-- Evidence text of each event (rowid = events.seq). Contentless: the text
-- itself lives in events.record.
CREATE VIRTUAL TABLE events_fts USING fts5 (
    evidence,
    content = '',
    contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.seq;
END;

CREATE TABLE figures (
    seq    INTEGER PRIMARY KEY,
    doc    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    what   TEXT NOT NULL DEFAULT '',
    grp    TEXT NOT NULL DEFAULT '',
    as_of  TEXT,
    place  TEXT,
    lat    REAL,
    lon    REAL,
    value  INTEGER,                          -- value.best
    record TEXT NOT NULL
);
CREATE INDEX figures_doc ON figures (doc);
CREATE INDEX figures_as_of ON figures (as_of DESC);
CREATE INDEX figures_latlon ON figures (lat, lon) WHERE lat IS NOT NULL;

CREATE VIRTUAL TABLE figures_fts USING fts5 (
    evidence,
    content = '',
    contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER figures_fts_delete AFTER DELETE ON figures BEGIN
    DELETE FROM figures_fts WHERE rowid = old.seq;
END;

CREATE TABLE failures (
    seq    INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL                   -- RFC 3339
);
