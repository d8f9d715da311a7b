-- 0020: indexes no query reads. The records' date, type, sub-type and
-- point indexes: every listing, count, filter and map reads the incidents
-- (their own indexes, 0017), and what reads records does so by document,
-- by incident, by id or through the full-text index. The documents'
-- publication-day index: documents are listed in the order stored and
-- read by id or hash. The index of the rules each document was read with:
-- 'reprocess' reads every row of document_rules. Each row stored paid an
-- entry in each for nothing, and in a large store each entry lands on a
-- page of its own that the run reads, writes to the WAL and checkpoints
-- (about 8% of the pages 100 new reports change in a store of 10,000 or
-- 100,000).

DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_sub_type;
DROP INDEX IF EXISTS events_latlon;
DROP INDEX IF EXISTS documents_published;
DROP INDEX IF EXISTS document_rules_rules;
