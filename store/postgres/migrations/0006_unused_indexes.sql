-- 0006: indexes no query reads (store/sqlite migration 0020): the
-- records' date, type, sub-type and point, the documents' publication day
-- and the rules each document was read with. Each row stored paid an
-- entry in each for nothing.

DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_sub_type;
DROP INDEX IF EXISTS events_latlon;
DROP INDEX IF EXISTS documents_published;
DROP INDEX IF EXISTS document_rules_rules;
