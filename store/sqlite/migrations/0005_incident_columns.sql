-- 0005: columns of incidents that browsing sorts, groups and filters on
-- (sitrep serve): fatalities, the place's name and admin1, both actors.
-- They copy fields of the merged record.

ALTER TABLE incidents ADD COLUMN fatalities INTEGER;
ALTER TABLE incidents ADD COLUMN location TEXT;
ALTER TABLE incidents ADD COLUMN admin1 TEXT;
ALTER TABLE incidents ADD COLUMN actor1 TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN actor2 TEXT NOT NULL DEFAULT '';

UPDATE incidents SET
    fatalities = json_extract(record, '$.fatalities'),
    location   = json_extract(record, '$.location.name'),
    admin1     = json_extract(record, '$.location.admin1'),
    actor1     = coalesce(json_extract(record, '$.actor1'), ''),
    actor2     = coalesce(json_extract(record, '$.actor2'), '');
