-- 0011: incidents, fatalities and the sum of their coordinates per square
-- degree and type, kept up to date by triggers on incidents, so that a map
-- of the whole world over millions of incidents reads a few thousand rows
-- (Grid with cells of 2 degrees or more, filtered by types and a box
-- only). cy, cx number the square from -90 and -180.

CREATE TABLE incident_cells (
    cy             INTEGER NOT NULL,
    cx             INTEGER NOT NULL,
    event_type     TEXT NOT NULL COLLATE NOCASE,
    sub_event_type TEXT NOT NULL COLLATE NOCASE,
    events         INTEGER NOT NULL,
    fatalities     INTEGER NOT NULL,
    sum_lat        REAL NOT NULL,
    sum_lon        REAL NOT NULL,
    PRIMARY KEY (cy, cx, event_type, sub_event_type)
) WITHOUT ROWID;

INSERT INTO incident_cells (cy, cx, event_type, sub_event_type, events, fatalities, sum_lat, sum_lon)
    SELECT CAST(lat + 90 AS INTEGER), CAST(lon + 180 AS INTEGER), event_type, sub_event_type,
           count(*), coalesce(sum(fatalities), 0), sum(lat), sum(lon)
    FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4;

CREATE TRIGGER incident_cells_insert AFTER INSERT ON incidents
WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
    INSERT INTO incident_cells (cy, cx, event_type, sub_event_type, events, fatalities, sum_lat, sum_lon)
        VALUES (CAST(new.lat + 90 AS INTEGER), CAST(new.lon + 180 AS INTEGER), new.event_type, new.sub_event_type,
                1, coalesce(new.fatalities, 0), new.lat, new.lon)
        ON CONFLICT DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities,
            sum_lat = sum_lat + excluded.sum_lat, sum_lon = sum_lon + excluded.sum_lon;
END;

CREATE TRIGGER incident_cells_delete AFTER DELETE ON incidents
WHEN old.lat IS NOT NULL AND old.lon IS NOT NULL BEGIN
    UPDATE incident_cells SET events = events - 1, fatalities = fatalities - coalesce(old.fatalities, 0),
            sum_lat = sum_lat - old.lat, sum_lon = sum_lon - old.lon
        WHERE cy = CAST(old.lat + 90 AS INTEGER) AND cx = CAST(old.lon + 180 AS INTEGER)
          AND event_type = old.event_type AND sub_event_type = old.sub_event_type;
    DELETE FROM incident_cells
        WHERE cy = CAST(old.lat + 90 AS INTEGER) AND cx = CAST(old.lon + 180 AS INTEGER)
          AND event_type = old.event_type AND sub_event_type = old.sub_event_type AND events <= 0;
END;

CREATE TRIGGER incident_cells_update AFTER UPDATE OF lat, lon, event_type, sub_event_type, fatalities ON incidents BEGIN
    UPDATE incident_cells SET events = events - 1, fatalities = fatalities - coalesce(old.fatalities, 0),
            sum_lat = sum_lat - old.lat, sum_lon = sum_lon - old.lon
        WHERE old.lat IS NOT NULL AND old.lon IS NOT NULL
          AND cy = CAST(old.lat + 90 AS INTEGER) AND cx = CAST(old.lon + 180 AS INTEGER)
          AND event_type = old.event_type AND sub_event_type = old.sub_event_type;
    DELETE FROM incident_cells
        WHERE cy = CAST(old.lat + 90 AS INTEGER) AND cx = CAST(old.lon + 180 AS INTEGER)
          AND event_type = old.event_type AND sub_event_type = old.sub_event_type AND events <= 0;
    INSERT INTO incident_cells (cy, cx, event_type, sub_event_type, events, fatalities, sum_lat, sum_lon)
        SELECT CAST(new.lat + 90 AS INTEGER), CAST(new.lon + 180 AS INTEGER), new.event_type, new.sub_event_type,
               1, coalesce(new.fatalities, 0), new.lat, new.lon
        WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL
        ON CONFLICT DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities,
            sum_lat = sum_lat + excluded.sum_lat, sum_lon = sum_lon + excluded.sum_lon;
END;
