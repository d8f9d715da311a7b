-- 0015: control statements ("X is still held by Y", "besieged", "all of
-- X except Y"), one row each, with the document they come from; the
-- control timeline (package control) is built from them and the
-- territory events.

CREATE TABLE controls (
    seq     INTEGER PRIMARY KEY,
    doc     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    place   TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    as_of   TEXT,
    holder  TEXT NOT NULL DEFAULT '',
    state   TEXT NOT NULL DEFAULT '',
    record  TEXT NOT NULL                    -- the sitrep.Control as JSON
);
CREATE INDEX controls_doc ON controls (doc);
CREATE INDEX controls_place ON controls (place COLLATE NOCASE, as_of);
