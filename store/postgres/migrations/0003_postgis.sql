-- 0003: with PostGIS, incidents carry their point as a geography with a
-- GiST index, which radius searches (--near, near=) use to find their
-- candidates; the haversine distance still decides, as in SQLite, so
-- both stores give the same events. Without PostGIS (the extension is
-- made, when the server has it, before the migrations run) nothing
-- changes and the searches use the index on latitude and longitude.
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis') THEN
        EXECUTE 'ALTER TABLE incidents ADD COLUMN geog geography(Point, 4326) GENERATED ALWAYS AS (
            CASE WHEN lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180
                THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED';
        EXECUTE 'CREATE INDEX incidents_geog ON incidents USING gist (geog)';
    END IF;
END $$;
