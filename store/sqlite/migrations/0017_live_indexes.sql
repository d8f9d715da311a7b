-- 0017: the browsing indexes hold only the incidents no analyst deleted
-- (every list, count and aggregate asks for deleted = 0), so that a query
-- they answer never reads a row to test the flag: the row, whose JSON
-- record comes before the flag, costs more to read than hundreds of index
-- entries. The type indexes lead with the type and carry the date, the
-- point and the toll, so that an aggregate of one type (or a few) reads
-- that type's entries of the date range only, not every entry of the range.

DROP INDEX incidents_browse;
CREATE INDEX incidents_browse ON incidents (date, event_type, sub_event_type, lat, lon, fatalities, sources, id) WHERE deleted = 0;
DROP INDEX incidents_type;
CREATE INDEX incidents_type ON incidents (event_type, date, lat, lon, fatalities) WHERE deleted = 0;
DROP INDEX incidents_sub_type;
CREATE INDEX incidents_sub_type ON incidents (sub_event_type, date, lat, lon, fatalities) WHERE deleted = 0;
