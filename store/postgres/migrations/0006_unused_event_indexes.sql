-- 0006: the records' date, type, sub-type and point indexes answer no
-- query (every listing reads the incidents); each record stored paid four
-- index entries for nothing (store/sqlite migration 0020).

DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_sub_type;
DROP INDEX IF EXISTS events_latlon;
