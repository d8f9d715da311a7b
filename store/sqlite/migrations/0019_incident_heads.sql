-- 0019: an incident of several records keeps in its row only what does
-- not grow with them (merge.Head): its fields, its confidence and, here,
-- the summary its notes are written from (merge.Summary, JSON). Its
-- sources, evidence and merge notes are made again from its records
-- (events whose incident is its id) when it is read (merge.Expand), so
-- that a record joining an incident of hundreds rewrites a row of the
-- same size, not a record listing every source. NULL: the record column
-- holds the whole event (an incident of one record, or one stored before
-- this step, until it is written again).

ALTER TABLE incidents ADD COLUMN summary TEXT;
