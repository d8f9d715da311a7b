-- 0014: versions of a report. A report that comes again under its id with
-- its text revised (a word changed, a line added: near-duplicate text)
-- replaces the stored version: the old version's records go, the new
-- version's take their place under the id, and the old version stays as a
-- document of its own ("<id>~<8 hex of its hash>") naming the id that
-- superseded it.

ALTER TABLE documents ADD COLUMN superseded_by TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_superseded_by ON documents (superseded_by) WHERE superseded_by != '';
