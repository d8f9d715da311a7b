-- 0021: what merging weighs of each record, kept compact beside its block
-- keys (mergerecords.go): the fields merge.Record.Prepare reads, the
-- record's id, its document, the document's publication day and copy
-- group, in a binary form of a few hundred bytes. A merge weighs the
-- records filed near a new one from these rows instead of reading each
-- one's row of events (the whole record as JSON) and its document's row.
-- Written when a record is filed; filled for the records stored before by
-- the store's Go step for *_merge_records.sql.

CREATE TABLE merge_records (
    event_seq INTEGER PRIMARY KEY REFERENCES events (seq) ON DELETE CASCADE,
    data      BLOB NOT NULL
);
