-- 0007: what merging weighs of each record, kept compact beside its block
-- keys (store/sqlite migration 0021, mergerecords.go); filled for the
-- records stored before by the store's Go step for *_merge_records.sql.

CREATE TABLE merge_records (
    event_seq bigint PRIMARY KEY REFERENCES events (seq) ON DELETE CASCADE DEFERRABLE,
    data      bytea NOT NULL
);
