-- 0002: the actors of each incident by word, for EventFilter.Actor (store/sqlite
-- migration 0016, package store/actorkey); filled for databases from before
-- by the store's Go step for *_incident_actors.sql.

CREATE TABLE incident_actors (
    key      text COLLATE "C" NOT NULL,
    incident bigint NOT NULL REFERENCES incidents (seq) ON DELETE CASCADE DEFERRABLE,
    PRIMARY KEY (key, incident)
);
CREATE INDEX incident_actors_incident ON incident_actors (incident, key);
