-- 0003: a failure is recorded once per input and content. hash is the hex
-- SHA-256 of the bytes that failed ('' when they could not be read);
-- repeats recorded before this step are dropped, the first one kept.

ALTER TABLE failures ADD COLUMN hash TEXT NOT NULL DEFAULT '';
DELETE FROM failures WHERE seq NOT IN (
    SELECT min(seq) FROM failures GROUP BY origin, reason, hash
);
CREATE UNIQUE INDEX failures_once ON failures (origin, hash, reason);
