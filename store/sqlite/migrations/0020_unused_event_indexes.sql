-- 0020: the records' date, type, sub-type and point indexes answer no
-- query: every listing, count, filter and map reads the incidents (their
-- own indexes, 0017), and what reads records does so by document, by
-- incident, by id or through the full-text index. Each record stored or
-- rewritten paid four index entries for nothing, and in a large store
-- each lands on a page of its own that the run reads, writes to the WAL
-- and checkpoints (about 6% of the pages 100 new reports change in a
-- store of 10,000 or 100,000).

DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_sub_type;
DROP INDEX IF EXISTS events_latlon;
