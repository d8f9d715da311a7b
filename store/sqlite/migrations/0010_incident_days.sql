-- 0010: incidents and fatalities per day, type and sub-event type, kept up
-- to date by triggers on incidents, so that the timeline of a store of
-- millions of incidents (Aggregate by day, week or month, filtered by
-- dates and types only) reads a few thousand rows. Undated incidents have
-- no day and are not counted here.

CREATE TABLE incident_days (
    date           TEXT NOT NULL,
    event_type     TEXT NOT NULL COLLATE NOCASE,
    sub_event_type TEXT NOT NULL COLLATE NOCASE,
    events         INTEGER NOT NULL,
    fatalities     INTEGER NOT NULL,
    PRIMARY KEY (date, event_type, sub_event_type)
) WITHOUT ROWID;

INSERT INTO incident_days (date, event_type, sub_event_type, events, fatalities)
    SELECT date, event_type, sub_event_type, count(*), coalesce(sum(fatalities), 0)
    FROM incidents WHERE date IS NOT NULL GROUP BY 1, 2, 3;

CREATE TRIGGER incident_days_insert AFTER INSERT ON incidents WHEN new.date IS NOT NULL BEGIN
    INSERT INTO incident_days (date, event_type, sub_event_type, events, fatalities)
        VALUES (new.date, new.event_type, new.sub_event_type, 1, coalesce(new.fatalities, 0))
        ON CONFLICT DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
END;

CREATE TRIGGER incident_days_delete AFTER DELETE ON incidents WHEN old.date IS NOT NULL BEGIN
    UPDATE incident_days SET events = events - 1, fatalities = fatalities - coalesce(old.fatalities, 0)
        WHERE date = old.date AND event_type = old.event_type AND sub_event_type = old.sub_event_type;
    DELETE FROM incident_days
        WHERE date = old.date AND event_type = old.event_type AND sub_event_type = old.sub_event_type AND events <= 0;
END;

-- an update counts as the old row's removal and the new row's arrival
CREATE TRIGGER incident_days_update AFTER UPDATE OF date, event_type, sub_event_type, fatalities ON incidents BEGIN
    UPDATE incident_days SET events = events - 1, fatalities = fatalities - coalesce(old.fatalities, 0)
        WHERE old.date IS NOT NULL
          AND date = old.date AND event_type = old.event_type AND sub_event_type = old.sub_event_type;
    DELETE FROM incident_days
        WHERE date = old.date AND event_type = old.event_type AND sub_event_type = old.sub_event_type AND events <= 0;
    INSERT INTO incident_days (date, event_type, sub_event_type, events, fatalities)
        SELECT new.date, new.event_type, new.sub_event_type, 1, coalesce(new.fatalities, 0) WHERE new.date IS NOT NULL
        ON CONFLICT DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
END;
