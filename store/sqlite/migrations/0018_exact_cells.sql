-- 0018: incident_cells sums the coordinates of its incidents in whole units
-- of 1e-7 degree (each coordinate rounded once, about a centimetre), as
-- integers. The triggers add an incident when it is written and take it
-- away when it goes; with floating-point sums the result depended on the
-- order of those additions and subtractions, that is on the intermediate
-- incidents of a write, which depend on how an ingest's batches fell: two
-- ingests of the same reports stored sums that differed in their last
-- bits. Integer sums are exact, so a cell holds a function of the incidents
-- stored alone. Grid divides by 1e7.

DROP TRIGGER incident_cells_insert;
DROP TRIGGER incident_cells_delete;
DROP TRIGGER incident_cells_update;
DROP TABLE incident_cells;

CREATE TABLE incident_cells (
    cy             INTEGER NOT NULL,
    cx             INTEGER NOT NULL,
    event_type     TEXT NOT NULL COLLATE NOCASE,
    sub_event_type TEXT NOT NULL COLLATE NOCASE,
    events         INTEGER NOT NULL,
    fatalities     INTEGER NOT NULL,
    sum_lat        INTEGER NOT NULL, -- in units of 1e-7 degree
    sum_lon        INTEGER NOT NULL,
    PRIMARY KEY (cy, cx, event_type, sub_event_type)
) WITHOUT ROWID;

INSERT INTO incident_cells (cy, cx, event_type, sub_event_type, events, fatalities, sum_lat, sum_lon)
    SELECT CAST(lat + 90 AS INTEGER), CAST(lon + 180 AS INTEGER), event_type, sub_event_type,
           count(*), coalesce(sum(fatalities), 0),
           sum(CAST(round(lat * 10000000) AS INTEGER)), sum(CAST(round(lon * 10000000) AS INTEGER))
    FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4;

CREATE TRIGGER incident_cells_insert AFTER INSERT ON incidents
WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
    INSERT INTO incident_cells (cy, cx, event_type, sub_event_type, events, fatalities, sum_lat, sum_lon)
        VALUES (CAST(new.lat + 90 AS INTEGER), CAST(new.lon + 180 AS INTEGER), new.event_type, new.sub_event_type,
                1, coalesce(new.fatalities, 0),
                CAST(round(new.lat * 10000000) AS INTEGER), CAST(round(new.lon * 10000000) AS INTEGER))
        ON CONFLICT DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities,
            sum_lat = sum_lat + excluded.sum_lat, sum_lon = sum_lon + excluded.sum_lon;
END;

CREATE TRIGGER incident_cells_delete AFTER DELETE ON incidents
WHEN old.lat IS NOT NULL AND old.lon IS NOT NULL BEGIN
    UPDATE incident_cells SET events = events - 1, fatalities = fatalities - coalesce(old.fatalities, 0),
            sum_lat = sum_lat - CAST(round(old.lat * 10000000) AS INTEGER),
            sum_lon = sum_lon - CAST(round(old.lon * 10000000) AS INTEGER)
        WHERE cy = CAST(old.lat + 90 AS INTEGER) AND cx = CAST(old.lon + 180 AS INTEGER)
          AND event_type = old.event_type AND sub_event_type = old.sub_event_type;
    DELETE FROM incident_cells
        WHERE cy = CAST(old.lat + 90 AS INTEGER) AND cx = CAST(old.lon + 180 AS INTEGER)
          AND event_type = old.event_type AND sub_event_type = old.sub_event_type AND events <= 0;
END;

CREATE TRIGGER incident_cells_update AFTER UPDATE OF lat, lon, event_type, sub_event_type, fatalities ON incidents BEGIN
    UPDATE incident_cells SET events = events - 1, fatalities = fatalities - coalesce(old.fatalities, 0),
            sum_lat = sum_lat - CAST(round(old.lat * 10000000) AS INTEGER),
            sum_lon = sum_lon - CAST(round(old.lon * 10000000) AS INTEGER)
        WHERE old.lat IS NOT NULL AND old.lon IS NOT NULL
          AND cy = CAST(old.lat + 90 AS INTEGER) AND cx = CAST(old.lon + 180 AS INTEGER)
          AND event_type = old.event_type AND sub_event_type = old.sub_event_type;
    DELETE FROM incident_cells
        WHERE cy = CAST(old.lat + 90 AS INTEGER) AND cx = CAST(old.lon + 180 AS INTEGER)
          AND event_type = old.event_type AND sub_event_type = old.sub_event_type AND events <= 0;
    INSERT INTO incident_cells (cy, cx, event_type, sub_event_type, events, fatalities, sum_lat, sum_lon)
        SELECT CAST(new.lat + 90 AS INTEGER), CAST(new.lon + 180 AS INTEGER), new.event_type, new.sub_event_type,
               1, coalesce(new.fatalities, 0),
               CAST(round(new.lat * 10000000) AS INTEGER), CAST(round(new.lon * 10000000) AS INTEGER)
        WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL
        ON CONFLICT DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities,
            sum_lat = sum_lat + excluded.sum_lat, sum_lon = sum_lon + excluded.sum_lon;
END;
