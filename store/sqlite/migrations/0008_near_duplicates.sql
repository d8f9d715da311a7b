-- 0008: the near-duplicate index lives in the store, so that linking a
-- new report costs the same whatever the archive holds. Every document has
-- its MinHash sketch (package merge); the first document of each group of
-- copies (a representative: duplicate_of = '') is indexed under the keys
-- of its LSH bands. A lookup reads a few rows under each of the new
-- document's keys. Documents stored before this step get their sketches
-- when the step runs (see backfillSketches).

CREATE TABLE sketches (
    seq  INTEGER PRIMARY KEY,              -- order indexed
    doc  TEXT NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
    size INTEGER NOT NULL,                 -- shingles in the text
    sig  BLOB NOT NULL                     -- merge.Sketch.MarshalSig
);

CREATE TABLE sketch_bands (
    key    INTEGER NOT NULL,               -- merge band key (uint64 as int64)
    sketch INTEGER NOT NULL REFERENCES sketches (seq) ON DELETE CASCADE,
    PRIMARY KEY (key, sketch)
) WITHOUT ROWID;
CREATE INDEX sketch_bands_sketch ON sketch_bands (sketch);
