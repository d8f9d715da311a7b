-- 0004: incident_cells sums the coordinates of its incidents in whole units
-- of 1e-7 degree (each coordinate rounded once), as integers, as SQLite's
-- migration 0018 does: the trigger adds an incident when it is written and
-- takes it away when it goes, and floating-point sums depended on the
-- order of those steps, that is on how an ingest's batches fell. Integer
-- sums are exact: a cell holds a function of the incidents stored alone.

ALTER TABLE incident_cells
    ALTER COLUMN sum_lat TYPE bigint USING 0,
    ALTER COLUMN sum_lon TYPE bigint USING 0;

DELETE FROM incident_cells;
INSERT INTO incident_cells (cy, cx, event_type, sub_event_type, events, fatalities, sum_lat, sum_lon)
    SELECT trunc(lat + 90), trunc(lon + 180), event_type, sub_event_type, count(*), coalesce(sum(fatalities), 0),
           sum(round((lat * 10000000)::numeric)::bigint), sum(round((lon * 10000000)::numeric)::bigint)
    FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4;

CREATE OR REPLACE FUNCTION incident_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        IF OLD.date IS NOT NULL THEN
            UPDATE incident_days SET events = events - 1, fatalities = fatalities - coalesce(OLD.fatalities, 0)
                WHERE date = OLD.date AND event_type = OLD.event_type AND sub_event_type = OLD.sub_event_type;
            DELETE FROM incident_days
                WHERE date = OLD.date AND event_type = OLD.event_type AND sub_event_type = OLD.sub_event_type AND events <= 0;
        END IF;
        IF OLD.lat IS NOT NULL AND OLD.lon IS NOT NULL THEN
            UPDATE incident_cells SET events = events - 1, fatalities = fatalities - coalesce(OLD.fatalities, 0),
                    sum_lat = sum_lat - round((OLD.lat * 10000000)::numeric)::bigint,
                    sum_lon = sum_lon - round((OLD.lon * 10000000)::numeric)::bigint
                WHERE cy = trunc(OLD.lat + 90) AND cx = trunc(OLD.lon + 180)
                  AND event_type = OLD.event_type AND sub_event_type = OLD.sub_event_type;
            DELETE FROM incident_cells
                WHERE cy = trunc(OLD.lat + 90) AND cx = trunc(OLD.lon + 180)
                  AND event_type = OLD.event_type AND sub_event_type = OLD.sub_event_type AND events <= 0;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.date IS NOT NULL THEN
            INSERT INTO incident_days AS t (date, event_type, sub_event_type, events, fatalities)
                VALUES (NEW.date, NEW.event_type, NEW.sub_event_type, 1, coalesce(NEW.fatalities, 0))
                ON CONFLICT (date, event_type, sub_event_type)
                DO UPDATE SET events = t.events + 1, fatalities = t.fatalities + excluded.fatalities;
        END IF;
        IF NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL THEN
            INSERT INTO incident_cells AS t (cy, cx, event_type, sub_event_type, events, fatalities, sum_lat, sum_lon)
                VALUES (trunc(NEW.lat + 90), trunc(NEW.lon + 180), NEW.event_type, NEW.sub_event_type,
                        1, coalesce(NEW.fatalities, 0),
                        round((NEW.lat * 10000000)::numeric)::bigint, round((NEW.lon * 10000000)::numeric)::bigint)
                ON CONFLICT (cy, cx, event_type, sub_event_type)
                DO UPDATE SET events = t.events + 1, fatalities = t.fatalities + excluded.fatalities,
                    sum_lat = t.sum_lat + excluded.sum_lat, sum_lon = t.sum_lon + excluded.sum_lon;
        END IF;
    END IF;
    RETURN NULL;
END $$;
