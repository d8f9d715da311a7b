-- 0009: indexes that cover the browsing queries of sitrep serve, so that
-- aggregates, grids and filtered pages read small index entries instead of
-- the rows with their JSON records: every column a filter, a grouping or a
-- grid reads, with date first (date ranges), and fatalities for its order.

CREATE INDEX incidents_browse ON incidents (date, event_type, sub_event_type, lat, lon, fatalities, sources, id);
CREATE INDEX incidents_fatalities ON incidents (fatalities DESC, id);
