-- 0013: indexes for the place filter (location, admin1 or country, any
-- case), which a place page of sitrep serve asks for.

CREATE INDEX incidents_location ON incidents (location COLLATE NOCASE);
CREATE INDEX incidents_admin1 ON incidents (admin1 COLLATE NOCASE);
CREATE INDEX incidents_country ON incidents (country COLLATE NOCASE);
