-- 0005: an incident of several records keeps in its row only what does
-- not grow with them, and the summary its notes are written from; its
-- sources, evidence and merge notes are made again from its records when
-- it is read (store/sqlite migration 0019). NULL: the record column holds
-- the whole event.

ALTER TABLE incidents ADD COLUMN summary text COLLATE "C";
