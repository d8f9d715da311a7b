-- 0006: an analyst's corrections of events, kept apart from what reports
-- said and laid over each event every time it is made anew. A correction
-- names its event by the event's records (document, record id, the span of
-- its first evidence, in code points), so that it finds the event again
-- after merging, splitting or re-extraction renamed it.

ALTER TABLE incidents ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;

CREATE TABLE corrections (
    seq       INTEGER PRIMARY KEY,
    event     TEXT NOT NULL,              -- the event's id when it was corrected
    action    TEXT NOT NULL,              -- 'set' or 'delete'
    changes   TEXT NOT NULL DEFAULT '{}', -- JSON object: field → value
    who       TEXT NOT NULL,
    at        TEXT NOT NULL,              -- RFC 3339, UTC
    note      TEXT NOT NULL DEFAULT '',
    undone_at TEXT,                       -- RFC 3339, UTC; NULL while it stands
    undone_by TEXT
);

-- The records of the event when corrected; pos 0 is its first record, the
-- one that says which event the correction belongs to.
CREATE TABLE correction_records (
    correction INTEGER NOT NULL REFERENCES corrections (seq) ON DELETE CASCADE,
    pos        INTEGER NOT NULL,
    doc        TEXT NOT NULL,
    record     TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (correction, pos)
) WITHOUT ROWID;
CREATE INDEX correction_records_doc ON correction_records (doc);
