-- 0007: the rules each document was read with (sitrep's version, the
-- user's rule files, the imported gazetteers), as a hash, so that a report
-- read with older rules can be told and read again (sitrep reprocess).

CREATE TABLE rule_sets (
    hash       TEXT PRIMARY KEY,
    described  TEXT NOT NULL,              -- what went into the hash, for people
    first_used TEXT NOT NULL               -- RFC 3339, UTC
) WITHOUT ROWID;

CREATE TABLE document_rules (
    doc   TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    rules TEXT NOT NULL                    -- rule_sets.hash
) WITHOUT ROWID;
CREATE INDEX document_rules_rules ON document_rules (rules);
