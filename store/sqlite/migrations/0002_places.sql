-- 0002: user gazetteers imported with AddPlaces, laid over the default one.

CREATE TABLE places (
    seq        INTEGER PRIMARY KEY,        -- import order
    gazetteer  TEXT NOT NULL,
    id         INTEGER NOT NULL,
    name       TEXT NOT NULL,
    alternates TEXT,                       -- JSON array of strings, NULL when none
    lat        REAL NOT NULL,
    lon        REAL NOT NULL,
    country    TEXT NOT NULL DEFAULT '',
    admin1     TEXT NOT NULL DEFAULT '',
    admin2     TEXT NOT NULL DEFAULT '',
    feature    TEXT NOT NULL DEFAULT '',
    population INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX places_gazetteer ON places (gazetteer);
