package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/sitrep/sitrep"
)

// This file holds the queries of browsing (sitrep serve): pages of events
// in an order with a cursor, one event, aggregates, and map grids and
// markers. They share eventWhere with Events, so a filter means the same
// everywhere; unlike Events they check a radius (Near) in SQL, so counts
// and pages are exact.

// invalid marks err as the fault of the query.
func invalid(what string, err error) error {
	return fmt.Errorf("%s: %w: %w", what, sitrep.ErrInvalid, err)
}

// browseWhere is eventWhere with Near's radius checked in SQL and the
// filter's errors marked invalid.
func browseWhere(what string, f sitrep.EventFilter, plan actorPlan) (query, bool, error) {
	q, ok, err := eventWhere(f, plan)
	if err != nil {
		return q, false, invalid(what, err)
	}
	if ok && f.Near != nil {
		// haversine, as DistanceKM
		q.add(`2 * ? * asin(min(1, sqrt(pow(sin(radians(i.lat - ?) / 2), 2) +
			cos(radians(?)) * cos(radians(i.lat)) * pow(sin(radians(i.lon - ?) / 2), 2)))) <= ?`,
			earthRadiusKM, f.Near.Lat, f.Near.Lat, f.Near.Lon, f.WithinKM)
	}
	return q, ok, nil
}

// orderSQL is how each order sorts, and which way its cursor moves.
var orderSQL = map[sitrep.Order]struct {
	col, dir, past string
}{
	sitrep.NewestFirst:      {"i.date", "DESC", "<"},
	sitrep.OldestFirst:      {"i.date", "ASC", ">"},
	sitrep.MostFatalities:   {"i.fatalities", "DESC", "<"},
	sitrep.FewestFatalities: {"i.fatalities", "ASC", ">"},
}

// cursor is where a page ended: the last event's sort value (nil when it
// had none) and id. It travels base64url-encoded JSON.
type cursor struct {
	Value any    `json:"v"`
	ID    string `json:"id"`
}

func (c cursor) String() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func parseCursor(s string) (cursor, error) {
	var c cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.ID == "" {
		return cursor{}, fmt.Errorf("cursor %q is not one this store gave", s)
	}
	switch v := c.Value.(type) {
	case nil, string:
	case float64:
		if v != math.Trunc(v) {
			return cursor{}, fmt.Errorf("cursor %q is not one this store gave", s)
		}
	default:
		return cursor{}, fmt.Errorf("cursor %q is not one this store gave", s)
	}
	return c, nil
}

// EventsPage returns up to f.Limit events (all when 0) that pass the
// filter in the given order (sitrep.NewestFirst when empty), starting after
// cursor, and the cursor of the next page, "" after the last. Events with
// no value to sort on come last, and ties go by id.
func (s *Store) EventsPage(ctx context.Context, f sitrep.EventFilter, order sitrep.Order, cur string) ([]sitrep.Event, string, error) {
	var out []sitrep.Event
	next, err := s.eachPageRecord(ctx, f, order, cur, func(rec []byte) error {
		e, err := decodeEvent(rec)
		if err != nil {
			return err
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	return out, next, nil
}

// EventsPageJSON is EventsPage with each event as the JSON encoding/json
// writes for it (escaping <, > and & as its Encoder does by default): the
// stored record itself when it is already that (records this version
// stored; see asWritten), so that a page costs no decoding and encoding of
// its events. The slices are the caller's.
func (s *Store) EventsPageJSON(ctx context.Context, f sitrep.EventFilter, order sitrep.Order, cur string) ([]json.RawMessage, string, error) {
	// every event into one buffer, cut when the page is read
	var b bytes.Buffer
	var ends []int
	next, err := s.eachPageRecord(ctx, f, order, cur, func(rec []byte) error {
		if asWritten(rec) {
			json.HTMLEscape(&b, rec)
		} else {
			e, err := decodeEvent(rec)
			if err != nil {
				return err
			}
			if err := json.NewEncoder(&b).Encode(&e); err != nil {
				return fmt.Errorf("event %s: %w", e.ID, err)
			}
			b.Truncate(b.Len() - 1) // the encoder's newline
		}
		ends = append(ends, b.Len())
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	out := make([]json.RawMessage, len(ends))
	all, start := b.Bytes(), 0
	for i, end := range ends {
		out[i] = all[start:end:end]
		start = end
	}
	return out, next, nil
}

// eachPageRecord calls fn with the stored record of each event of the page
// EventsPage returns, in order, and returns the next page's cursor.
func (s *Store) eachPageRecord(ctx context.Context, f sitrep.EventFilter, order sitrep.Order, cur string, fn func(rec []byte) error) (string, error) {
	if order == "" {
		order = sitrep.NewestFirst
	}
	o, known := orderSQL[order]
	if !known {
		return "", invalid("events", fmt.Errorf("order %q is not one of %v", order, sitrep.Orders))
	}
	if f.Limit < 0 {
		return "", invalid("events", fmt.Errorf("limit %d is negative", f.Limit))
	}
	var c cursor
	if cur != "" {
		var err error
		if c, err = parseCursor(cur); err != nil {
			return "", invalid("events", err)
		}
		// a date bound of the filter in the cursor's direction gives way
		// to the cursor's date: SQLite ranges over one bound of a column
		// and tests the other, so the looser one would be walked (a
		// filter without one keeps none: it keeps undated events)
		if v, ok := c.Value.(string); ok && (f.Undated == "" || f.Undated == sitrep.UndatedNone) {
			if _, err := sitrep.ParseDate(v); err == nil {
				switch {
				case order == sitrep.NewestFirst && f.To != "" && v < string(f.To):
					f.To = sitrep.Date(v)
				case order == sitrep.OldestFirst && f.From != "" && v > string(f.From):
					f.From = sitrep.Date(v)
				}
			}
		}
	}
	plan, err := s.actorPlan(ctx, f)
	if err != nil {
		return "", err
	}
	q, ok, err := browseWhere("events", f, plan)
	if err != nil || !ok {
		return "", err
	}
	// the parts of the order after the cursor, each read as far as the
	// page needs: events with a value past the cursor's, then those
	// without one (NULLS LAST). Split so that each part is a range of the
	// order's index: one condition "past the cursor or NULL" is none, and
	// a page deep into the store walked every entry before the cursor.
	parts := []query{q}
	if cur != "" {
		if c.Value == nil {
			parts[0].add("("+o.col+" IS NULL AND i.id > ?)", c.ID)
		} else {
			valued, null := q, q
			valued.where, valued.args = slices.Clip(valued.where), slices.Clip(valued.args)
			valued.add(o.col+" "+o.past+"= ? AND ("+o.col+" "+o.past+" ? OR i.id > ?)", c.Value, c.Value, c.ID)
			null.where, null.args = slices.Clip(null.where), slices.Clip(null.args)
			null.add(o.col + " IS NULL")
			parts = []query{valued, null}
		}
	}
	n := 0
	var last cursor
	for _, part := range parts {
		var limit []any
		if f.Limit > 0 {
			limit = []any{f.Limit + 1 - n}
		}
		more, err := s.pagePart(ctx, part, o.col, o.col+" "+o.dir+" NULLS LAST, i.id", covered(f), plan, limit, func(id string, val any, rec []byte) error {
			if f.Limit > 0 && n == f.Limit {
				return errPageFull
			}
			if err := fn(rec); err != nil {
				return err
			}
			n++
			last = cursor{ID: id, Value: cursorValue(val)}
			return nil
		})
		if err != nil {
			return "", err
		}
		if more {
			// a row past the page: there is a next one
			return last.String(), nil
		}
	}
	return "", nil
}

// errPageFull stops the reading of a page at the row past it.
var errPageFull = errors.New("page full")

// pagePart reads the rows of one part of a page (see eachPageRecord):
// each row's id, sort value (of col) and record, in order, up to the
// limit (when given); the records of merged incidents are read a batch of
// rows at a time (headBatch). It reports whether fn stopped it with
// errPageFull.
func (s *Store) pagePart(ctx context.Context, q query, col, order string, covered bool, plan actorPlan, limit []any,
	fn func(id string, val any, rec []byte) error) (bool, error) {
	stmt, args := pageSQL("i.id, "+col+", i.record, i.summary", q, order, covered, plan, limit)
	rows, err := s.r.QueryContext(ctx, stmt, args...)
	if err != nil {
		return false, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	b := headBatch{s: s}
	pass := func() error {
		return b.flush(ctx, "events", func(r *listedRow, rec []byte) error {
			err := fn(r.id, r.val, rec)
			if err != nil && !errors.Is(err, errPageFull) {
				err = fmt.Errorf("events: %w", err)
			}
			return err
		})
	}
	for rows.Next() {
		var r listedRow
		if err := rows.Scan(&r.id, &r.val, &r.rec, &r.summary); err != nil {
			return false, fmt.Errorf("events: %w", err)
		}
		if b.full() {
			if err := pass(); errors.Is(err, errPageFull) {
				return true, rows.Close()
			} else if err != nil {
				return false, err
			}
		}
		b.add(r)
	}
	if err := rows.Err(); err != nil {
		return false, fmt.Errorf("events: %w", err)
	}
	if err := pass(); errors.Is(err, errPageFull) {
		return true, nil
	} else if err != nil {
		return false, err
	}
	return false, nil
}

// cursorValue is a sort column's value as a cursor carries it: a date as a
// string, a toll as a number, nil for none.
func cursorValue(v any) any {
	switch v := v.(type) {
	case []byte:
		return string(v)
	case int64:
		return int(v)
	case int32:
		return int(v)
	case float64:
		return int(v)
	}
	return v
}

// grouping is how Aggregate groups by one key: the expression of the key
// (and of the place columns for ByPlace), the condition a row needs to have
// a key, and whether buckets are times (in time order) or categories (most
// events first).
type grouping struct {
	key   string // the bucket's key; rows where it is NULL or '' have none
	group string // GROUP BY
	extra string // more columns: admin1's country; a place's admin1, country, point
	time  bool
}

var groupings = map[string]grouping{
	sitrep.ByDay:     {key: "i.date", group: "1", time: true},
	sitrep.ByWeek:    {key: "date(i.date, 'weekday 0', '-6 days')", group: "1", time: true},
	sitrep.ByMonth:   {key: "substr(i.date, 1, 7)", group: "1", time: true},
	sitrep.ByType:    {key: "i.event_type", group: "1"},
	sitrep.BySubType: {key: "i.sub_event_type", group: "1"},
	sitrep.ByAdmin1:  {key: "i.admin1", group: "i.admin1, i.country", extra: ", i.country"},
	sitrep.ByCountry: {key: "i.country", group: "1"},
	sitrep.ByPlace: {key: "i.location", group: "i.location, i.admin1, i.country",
		extra: ", i.admin1, i.country, avg(i.lat), avg(i.lon)"},
	sitrep.ByActor: {}, // a union of both actors' columns: see Aggregate
}

// Aggregate counts the events that pass the filter, and the sum of their
// fatalities, by one of sitrep.Groupings. Events without the key (undated
// events by day) are left out; an event counts once for each of its two
// actors when they differ. f.Limit caps the number of buckets (0: all).
func (s *Store) Aggregate(ctx context.Context, f sitrep.EventFilter, by string) ([]sitrep.Bucket, error) {
	g, known := groupings[by]
	if !known {
		return nil, invalid("aggregate", fmt.Errorf("grouping %q is not one of %v", by, sitrep.Groupings))
	}
	if f.Limit < 0 {
		return nil, invalid("aggregate", fmt.Errorf("limit %d is negative", f.Limit))
	}
	// time buckets leave undated events out, whatever f.Undated says
	if g.time && !narrowed(f) && f.BBox == nil {
		return s.aggregateDays(ctx, f, by, g)
	}
	if g.time && len(cleanList(f.Types)) > 0 && typeIndexed(f) {
		return s.aggregateTypes(ctx, f, by, g)
	}
	q, ok, err := browseWhere("aggregate", f, actorAny)
	if err != nil || !ok {
		return nil, err
	}
	var stmt string
	if by == sitrep.ByActor {
		// one row per event and side: actor2 only when it is another side
		where := q.sql()
		q2 := q
		q2.where = append(slices.Clip(q.where), "i.actor2 != i.actor1")
		q.args = append(slices.Clip(q.args), q.args...)
		stmt = "SELECT a.actor, count(*), coalesce(sum(a.f), 0) FROM (" +
			"SELECT i.actor1 AS actor, i.fatalities AS f FROM incidents i" + where +
			" UNION ALL SELECT i.actor2, i.fatalities FROM incidents i" + q2.sql() +
			") a WHERE a.actor != '' GROUP BY a.actor"
	} else {
		q.add(g.key + " IS NOT NULL AND " + g.key + " != ''")
		from := " FROM incidents i"
		if g.time && covered(f) {
			// dates, types and points are all in incidents_browse: no row is read
			from += " INDEXED BY incidents_browse"
		}
		stmt = "SELECT " + g.key + ", count(*), coalesce(sum(i.fatalities), 0)" + g.extra +
			from + q.sql() + " GROUP BY " + g.group
	}
	if g.time {
		stmt += " ORDER BY 1"
	} else {
		stmt += " ORDER BY 2 DESC, 1"
	}
	if f.Limit > 0 {
		stmt += " LIMIT ?"
		q.args = append(q.args, f.Limit)
	}
	return s.buckets(ctx, by, stmt, q.args)
}

// CountEvents counts the events that pass the filter, whatever its Limit.
// An actor is tested incident by incident among those that pass the other
// conditions when the filter keeps undated events only (a few, as a rule:
// a count of an actor's undated events should not read every incident of
// the actor from its index first).
func (s *Store) CountEvents(ctx context.Context, f sitrep.EventFilter) (int, error) {
	f.Limit = 0
	plan := actorAny
	if f.Undated == sitrep.UndatedOnly {
		plan = actorProbe
	}
	q, ok, err := browseWhere("count", f, plan)
	if err != nil || !ok {
		return 0, err
	}
	var n int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM incidents i"+q.sql(), q.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// typeIndexed reports whether a filter tests only columns the type
// indexes hold (dates, types, a box or radius), so that a time aggregate
// of its types can be read from them alone.
func typeIndexed(f sitrep.EventFilter) bool {
	return f.Actor == "" && f.Text == "" && f.Doc == "" && f.Place == "" && f.MinSources == 0
}

// aggregateTypes is a time aggregate of a filter with types (see
// typeIndexed), in two parts: the incidents whose event type is one of
// them, from incidents_type, and those whose sub-event type is one of them
// and event type is not, from incidents_sub_type. Each part reads only its
// types' entries of the date range, where one pass over incidents_browse
// reads every entry of the range to test the type.
func (s *Store) aggregateTypes(ctx context.Context, f sitrep.EventFilter, by string, g grouping) ([]sitrep.Bucket, error) {
	types := cleanList(f.Types)
	rest := f
	rest.Types = nil
	q, ok, err := browseWhere("aggregate", rest, actorAny)
	if err != nil || !ok {
		return nil, err
	}
	q.add(g.key + " IS NOT NULL AND " + g.key + " != ''")
	in := "(" + marks(len(types)) + ")"
	targs := make([]any, len(types))
	for i, t := range types {
		targs[i] = t
	}
	byType := q
	byType.where = append(slices.Clip(q.where), "i.event_type IN "+in)
	byType.args = append(slices.Clip(q.args), targs...)
	bySub := q
	bySub.where = append(slices.Clip(q.where), "i.sub_event_type IN "+in, "NOT i.event_type IN "+in)
	bySub.args = append(append(slices.Clip(q.args), targs...), targs...)
	sel := "SELECT " + g.key + " AS k, count(*) AS n, coalesce(sum(i.fatalities), 0) AS f FROM incidents i INDEXED BY "
	stmt := "SELECT t.k, sum(t.n), sum(t.f) FROM (" +
		sel + "incidents_type" + byType.sql() + " GROUP BY 1 UNION ALL " +
		sel + "incidents_sub_type" + bySub.sql() + " GROUP BY 1) t GROUP BY t.k ORDER BY t.k"
	args := append(byType.args, bySub.args...)
	if f.Limit > 0 {
		stmt += " LIMIT ?"
		args = append(args, f.Limit)
	}
	return s.buckets(ctx, by, stmt, args)
}

// narrowed reports whether a filter says more than dates, types, a box,
// how to treat undated events, and a limit: what incident_days and
// incident_cells cannot answer.
func narrowed(f sitrep.EventFilter) bool {
	return f.Actor != "" || f.Near != nil || f.WithinKM != 0 || f.Text != "" || f.Doc != "" ||
		f.Place != "" || f.MinSources != 0
}

// aggregateDays answers a time aggregate from incident_days, the counts
// per day and type the triggers of migration 10 keep.
func (s *Store) aggregateDays(ctx context.Context, f sitrep.EventFilter, by string, g grouping) ([]sitrep.Bucket, error) {
	var q query
	if err := q.dateRange("i.date", f); err != nil {
		return nil, invalid("aggregate", err)
	}
	if types := cleanList(f.Types); len(types) > 0 {
		args := make([]any, 0, 2*len(types))
		for _, t := range types {
			args = append(args, t)
		}
		args = append(args, args...)
		q.add("(i.event_type IN ("+marks(len(types))+") OR i.sub_event_type IN ("+marks(len(types))+"))", args...)
	}
	stmt := "SELECT " + g.key + ", sum(i.events), sum(i.fatalities) FROM incident_days i" + q.sql() + " GROUP BY 1 ORDER BY 1"
	if f.Limit > 0 {
		stmt += " LIMIT ?"
		q.args = append(q.args, f.Limit)
	}
	return s.buckets(ctx, by, stmt, q.args)
}

// buckets runs an aggregate's statement, which selects the key, the
// events and the fatalities, and for admin1 and places where they lie.
func (s *Store) buckets(ctx context.Context, by, stmt string, args []any) ([]sitrep.Bucket, error) {
	rows, err := s.r.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, fmt.Errorf("aggregate by %s: %w", by, err)
	}
	defer rows.Close()
	var out []sitrep.Bucket
	for rows.Next() {
		var b sitrep.Bucket
		dest := []any{&b.Key, &b.Events, &b.Fatalities}
		var admin1, country sql.NullString
		var lat, lon sql.NullFloat64
		switch by {
		case sitrep.ByAdmin1:
			dest = append(dest, &country)
		case sitrep.ByPlace:
			dest = append(dest, &admin1, &country, &lat, &lon)
		}

		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("aggregate by %s: %w", by, err)
		}
		b.Admin1, b.Country = admin1.String, country.String
		if lat.Valid && lon.Valid {
			b.Lat, b.Lon = &lat.Float64, &lon.Float64
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("aggregate by %s: %w", by, err)
	}
	return out, nil
}

// Grid groups the events that pass the filter and have coordinates by
// cells of cellDeg degrees of latitude and longitude (counted from -90,
// -180), south to north and west to east.
//
// Cells of 2 degrees or more, for a filter of types and a box only (a map
// of the world, say), are made from the per-degree totals that migration
// 11's triggers keep, whatever the store's size: each square degree goes
// whole to the cell and the box its events' mean point falls in, and the
// cells name no event (ID is empty)..
func (s *Store) Grid(ctx context.Context, f sitrep.EventFilter, cellDeg float64) ([]sitrep.Cell, error) {
	if !(cellDeg > 0 && cellDeg <= 180) {
		return nil, invalid("grid", fmt.Errorf("cell size %g is not a number of degrees in (0, 180]", cellDeg))
	}
	keepsUndated := f.Undated == "" || f.Undated == sitrep.UndatedToo
	if cellDeg >= 2 && f.From == "" && f.To == "" && keepsUndated && !narrowed(f) {
		return s.gridCells(ctx, f, cellDeg)
	}
	q, ok, err := browseWhere("grid", f, actorAny)
	if err != nil || !ok {
		return nil, err
	}
	q.add("i.lat IS NOT NULL AND i.lon IS NOT NULL")
	args := append([]any{cellDeg, cellDeg}, q.args...)
	stmt := `SELECT CAST((i.lat + 90) / ? AS INTEGER) AS gy, CAST((i.lon + 180) / ? AS INTEGER) AS gx,
		count(*), coalesce(sum(i.fatalities), 0), avg(i.lat), avg(i.lon), min(i.id)
		FROM incidents i` + q.sql() + " GROUP BY gy, gx ORDER BY gy, gx"
	rows, err := s.r.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, fmt.Errorf("grid: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Cell
	for rows.Next() {
		var c sitrep.Cell
		var gy, gx int
		if err := rows.Scan(&gy, &gx, &c.Events, &c.Fatalities, &c.Lat, &c.Lon, &c.ID); err != nil {
			return nil, fmt.Errorf("grid: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("grid: %w", err)
	}
	return out, nil
}

// covered reports whether a filter selects on the columns of the
// incidents_browse index (dates, types, a box or radius).
func covered(f sitrep.EventFilter) bool {
	return f.From != "" || f.To != "" || len(cleanList(f.Types)) > 0 || f.BBox != nil || f.Near != nil
}

// pageSQL selects cols of the incidents that pass q in the given order,
// up to the limit (when given). When the filter is covered, the page is
// first chosen among the small entries of incidents_browse and only its
// rows are read: otherwise SQLite walks the date index in order and reads
// every row (with its record) to test it, which grows with the store.
//
// An actor changes the plan (see Store.actorPlan): an actor with many
// incidents is probed entry by entry (the page is covered); the few
// incidents of a rare one are read first, by their seq, and sorted.
func pageSQL(cols string, q query, order string, covered bool, actor actorPlan, limit []any) (string, []any) {
	lim := ""
	if len(limit) > 0 {
		lim = " LIMIT ?"
	}
	args := append(slices.Clip(q.args), limit...)
	switch actor {
	case actorRead:
		return "SELECT " + cols + " FROM incidents i NOT INDEXED" + q.sql() + " ORDER BY " + order + lim, args
	case actorProbe:
		covered = true
	}
	if !covered {
		return "SELECT " + cols + " FROM incidents i" + q.sql() + " ORDER BY " + order + lim, args
	}
	return "SELECT " + cols + " FROM incidents i WHERE i.seq IN (SELECT i.seq FROM incidents i INDEXED BY incidents_browse" +
		q.sql() + " ORDER BY " + order + lim + ") ORDER BY " + order, args
}

// gridCells is Grid from incident_cells.
func (s *Store) gridCells(ctx context.Context, f sitrep.EventFilter, cellDeg float64) ([]sitrep.Cell, error) {
	var q query
	if types := cleanList(f.Types); len(types) > 0 {
		args := make([]any, 0, 2*len(types))
		for _, t := range types {
			args = append(args, t)
		}
		args = append(args, args...)
		q.add("(c.event_type IN ("+marks(len(types))+") OR c.sub_event_type IN ("+marks(len(types))+"))", args...)
	}
	// each square degree with its mean point, then cells of those (the
	// sums are of 1e-7 degrees, migration 18)
	inner := `SELECT sum(c.events) AS n, sum(c.fatalities) AS f,
		CAST(sum(c.sum_lat) AS REAL) / 1e7 / sum(c.events) AS lat, CAST(sum(c.sum_lon) AS REAL) / 1e7 / sum(c.events) AS lon,
		CAST(sum(c.sum_lat) AS REAL) / 1e7 AS slat, CAST(sum(c.sum_lon) AS REAL) / 1e7 AS slon
		FROM incident_cells c` + q.sql() + " GROUP BY c.cy, c.cx"
	var outer query
	if f.BBox != nil {
		if err := f.BBox.Check(); err != nil {
			return nil, invalid("grid", err)
		}
		b := box{minLat: f.BBox.South, maxLat: f.BBox.North, minLon: f.BBox.West, maxLon: f.BBox.East, wrap: f.BBox.West > f.BBox.East}
		cond, args := b.where("d")
		outer.add(cond, args...)
	}
	args := append([]any{cellDeg, cellDeg}, q.args...)
	args = append(args, outer.args...)
	stmt := `SELECT CAST((d.lat + 90) / ? AS INTEGER) AS gy, CAST((d.lon + 180) / ? AS INTEGER) AS gx,
		sum(d.n), sum(d.f), sum(d.slat) / sum(d.n), sum(d.slon) / sum(d.n)
		FROM (` + inner + `) d` + outer.sql() + " GROUP BY gy, gx ORDER BY gy, gx"
	rows, err := s.r.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, fmt.Errorf("grid: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Cell
	for rows.Next() {
		var c sitrep.Cell
		var gy, gx int
		if err := rows.Scan(&gy, &gx, &c.Events, &c.Fatalities, &c.Lat, &c.Lon); err != nil {
			return nil, fmt.Errorf("grid: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("grid: %w", err)
	}
	return out, nil
}

// Markers returns up to f.Limit (all when 0) events that pass the filter
// and have coordinates, newest first, with what a map draws of them.
func (s *Store) Markers(ctx context.Context, f sitrep.EventFilter) ([]sitrep.Marker, error) {
	plan, err := s.actorPlan(ctx, f)
	if err != nil {
		return nil, err
	}
	q, ok, err := browseWhere("markers", f, plan)
	if err != nil || !ok {
		return nil, err
	}
	q.add("i.lat IS NOT NULL AND i.lon IS NOT NULL")
	var limit []any
	if f.Limit > 0 {
		limit = []any{f.Limit}
	}
	stmt, args := pageSQL("i.id, i.lat, i.lon, i.date, i.event_type, coalesce(i.location, ''), i.fatalities",
		q, "i.date DESC, i.id", covered(f), plan, limit)
	rows, err := s.r.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, fmt.Errorf("markers: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Marker
	for rows.Next() {
		var m sitrep.Marker
		var date sql.NullString
		var fat sql.NullInt64
		if err := rows.Scan(&m.ID, &m.Lat, &m.Lon, &date, &m.EventType, &m.Location, &fat); err != nil {
			return nil, fmt.Errorf("markers: %w", err)
		}
		m.Date = sitrep.Date(date.String)
		if fat.Valid {
			m.Fatalities = sitrep.Int(int(fat.Int64))
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("markers: %w", err)
	}
	return out, nil
}
