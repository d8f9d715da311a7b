-- 0012: what a document was read as (its character encoding and how that
-- was known) and the notes the flow left on it (an encoding it assumed, a
-- limit extraction hit).

ALTER TABLE documents ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN notes TEXT;  -- JSON array of strings, NULL when none
