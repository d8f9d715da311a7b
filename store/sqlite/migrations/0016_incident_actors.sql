-- 0016: the actors of each incident by word, for EventFilter.Actor (see
-- package store/actorkey): every word suffix of the actor names its records
-- give and of its own (corrected) actors. A query looks up its terms'
-- ranges of keys instead of reading every record's actors. Filled for
-- stores from before by a Go step (backfillIncidentActors).

CREATE TABLE incident_actors (
    key      TEXT NOT NULL,
    incident INTEGER NOT NULL REFERENCES incidents (seq) ON DELETE CASCADE,
    PRIMARY KEY (key, incident)
) WITHOUT ROWID;
CREATE INDEX incident_actors_incident ON incident_actors (incident, key);
