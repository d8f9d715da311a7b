package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/actorkey"
)

// query is a SELECT being built from a filter.
type query struct {
	where []string
	args  []any
}

func (q *query) add(cond string, args ...any) {
	q.where = append(q.where, cond)
	q.args = append(q.args, args...)
}

func (q *query) sql() string {
	if len(q.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.where, " AND ")
}

// dateRange adds the From/To bounds on column col. Rows whose date is NULL
// fail any bound, so a date filter leaves out undated records.
func (q *query) dateRange(col string, f sitrep.EventFilter) error {
	if f.From != "" {
		if _, err := sitrep.ParseDate(string(f.From)); err != nil {
			return fmt.Errorf("from: %w", err)
		}
		q.add(col+" >= ?", string(f.From))
	}
	if f.To != "" {
		if _, err := sitrep.ParseDate(string(f.To)); err != nil {
			return fmt.Errorf("to: %w", err)
		}
		q.add(col+" <= ?", string(f.To))
	}
	return nil
}

// match adds a full-text search of text (MatchQuery syntax) in index fts,
// whose rowids are the column col. It returns false when text has words
// but nothing searchable, so that nothing can match.
func (q *query) match(col, fts, text string) bool {
	if strings.TrimSpace(text) == "" {
		return true
	}
	m := MatchQuery(text)
	if m == "" {
		return false
	}
	q.add(col+" IN (SELECT rowid FROM "+fts+" WHERE "+fts+" MATCH ?)", m)
	return true
}

// near adds the bounding-box prefilter of a radius search on alias t.
func (q *query) near(t string, f sitrep.EventFilter) error {
	if f.Near == nil {
		return nil
	}
	b, err := boundingBox(*f.Near, f.WithinKM)
	if err != nil {
		return fmt.Errorf("near: %w", err)
	}
	cond, args := b.where(t)
	q.add(cond, args...)
	return nil
}

// Events returns the events that pass the filter, newest first (by incident
// date, undated events last, then by id). Events are incidents: the records
// of several reports merged into one (see incidents.go); a filter on what a
// report said (actor, text, document) keeps an event when any of its
// reports says it.
//
//   - From/To bound the incident date, inclusive; undated events fail any bound.
//   - Types match event_type or sub_event_type, ignoring case.
//   - Actor is a run of whole words of actor1 or actor2 of any of the
//     event's records or of the event itself, ignoring case and
//     punctuation, or an alias the built-in actor dictionary gives for one
//     ("ISIS": Islamic State); see package store/actorkey.
//   - Near/WithinKM keep events whose coordinates lie within the radius
//     (great-circle distance); events without coordinates are left out.
//   - Text is a search of the evidence, with the syntax of MatchQuery; text
//     with nothing searchable in it matches no event.
//   - Doc keeps the events a document is a source of (or that a record
//     names among its sources).
//   - MinSources keeps events told by at least that many sources (a wire
//     copy and its original count once).
//   - Limit caps the number returned (0: no cap).
func (s *Store) Events(ctx context.Context, f sitrep.EventFilter) ([]sitrep.Event, error) {
	var out []sitrep.Event
	err := s.EachEvent(ctx, f, func(e *sitrep.Event) error {
		out = append(out, *e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EachEvent calls fn with each event that passes the filter, in the order
// and with the rules of Events, until fn returns an error, which EachEvent
// returns. Events are decoded one at a time, so a large export need not
// hold all of them in memory; each e is fn's to keep.
func (s *Store) EachEvent(ctx context.Context, f sitrep.EventFilter, fn func(e *sitrep.Event) error) error {
	return s.eachEventRecord(ctx, f, func(rec []byte) error {
		e, err := decodeEvent(rec)
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		return fn(&e)
	})
}

// eachEventRecord calls fn with the stored record of each event of
// EachEvent.
func (s *Store) eachEventRecord(ctx context.Context, f sitrep.EventFilter, fn func(rec []byte) error) error {
	plan, err := s.actorPlan(ctx, f)
	if err != nil {
		return err
	}
	q, ok, err := eventWhere(f, plan)
	if err != nil || !ok {
		return err
	}
	from := " FROM incidents i"
	if plan == actorRead {
		from = " FROM incidents i NOT INDEXED" // the few matches by seq, then sorted
	}
	stmt := "SELECT i.lat, i.lon, i.record, i.id, i.summary" + from + q.sql() + " ORDER BY i.date DESC, i.id"
	if f.Limit > 0 && f.Near == nil {
		// a page: chosen as EventsPage chooses one (eachRecord adds the
		// limit to the outer query)
		var limit []any
		if plan == actorProbe || (plan == actorAny && covered(f)) {
			limit = []any{f.Limit} // inside the choice of seqs
		}
		stmt, q.args = pageSQL("i.lat, i.lon, i.record, i.id, i.summary", q, "i.date DESC, i.id", covered(f), plan, limit)
	}
	return s.eachRecord(ctx, "events", stmt, q.args, f, fn)
}

// EachEventJSON calls fn with each event that passes the filter, in the
// order and with the rules of Events, as the JSON line (without its end)
// export.JSONLWriter writes for it: the stored record itself when it is
// already that line (records this version stored), else the record
// decoded and encoded again. Writing events as JSON Lines this way costs
// no decoding and encoding per event.
func (s *Store) EachEventJSON(ctx context.Context, f sitrep.EventFilter, fn func(line []byte) error) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	return s.eachEventRecord(ctx, f, func(rec []byte) error {
		if asWritten(rec) {
			return fn(rec)
		}
		e, err := decodeEvent(rec)
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		if e.Record == "" {
			e.Record = "event"
		}
		buf.Reset()
		if err := enc.Encode(&e); err != nil {
			return fmt.Errorf("events: event %s: %w", e.ID, err)
		}
		return fn(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	})
}

// eventWhere turns a filter into the conditions on incidents i, with the
// rules of Events; Near adds only its bounding box, the caller checks the
// radius. ok is false when nothing can match (a text with no searchable
// word, an actor with no word). plan says how the actor is tested (see
// Store.actorPlan): probed incident by incident, else its incidents are
// read from the index first.
func eventWhere(f sitrep.EventFilter, plan actorPlan) (q query, ok bool, err error) {
	q.add("i.deleted = 0") // an event an analyst deleted is gone from every list
	switch f.Undated {
	case "":
		if err := q.dateRange("i.date", f); err != nil {
			return q, false, fmt.Errorf("events: %w", err)
		}
	case sitrep.UndatedToo:
		var dq query
		if err := dq.dateRange("i.date", f); err != nil {
			return q, false, fmt.Errorf("events: %w", err)
		}
		if len(dq.where) > 0 {
			q.add("(i.date IS NULL OR ("+strings.Join(dq.where, " AND ")+"))", dq.args...)
		}
	case sitrep.UndatedOnly:
		q.add("i.date IS NULL")
	case sitrep.UndatedNone:
		if err := q.dateRange("i.date", f); err != nil {
			return q, false, fmt.Errorf("events: %w", err)
		}
		q.add("i.date IS NOT NULL")
	default:
		return q, false, fmt.Errorf("events: undated %q is not %q, %q or %q", f.Undated, sitrep.UndatedToo, sitrep.UndatedOnly, sitrep.UndatedNone)
	}
	if types := cleanList(f.Types); len(types) > 0 {
		marks := strings.TrimSuffix(strings.Repeat("?,", len(types)), ",")
		args := make([]any, 0, 2*len(types))
		for _, t := range types {
			args = append(args, t)
		}
		args = append(args, args...)
		// The columns are COLLATE NOCASE, and IN compares with their collation.
		q.add("(i.event_type IN ("+marks+") OR i.sub_event_type IN ("+marks+"))", args...)
	}
	// the actors of its records and its own, through their index
	if strings.TrimSpace(f.Actor) != "" {
		terms := actorkey.Terms(f.Actor)
		if len(terms) == 0 {
			return q, false, nil // no word to look for
		}
		cond, args := actorIn(terms)
		if plan == actorProbe {
			cond, args = actorProbeCond(terms)
		}
		q.add(cond, args...)
	}
	// what reports said: through the records of each incident
	var rq query
	if f.Doc != "" {
		rq.add("(e.doc = ? OR e.seq IN (SELECT event_seq FROM event_sources WHERE doc = ?))", f.Doc, f.Doc)
	}
	if !rq.match("e.seq", "events_fts", f.Text) {
		return q, false, nil
	}
	if len(rq.where) > 0 {
		q.add("i.id IN (SELECT e.incident FROM events e"+rq.sql()+")", rq.args...)
	}
	if p := strings.TrimSpace(f.Place); p != "" {
		if plan == actorRead {
			cond, args := placeIn(p)
			q.add(cond, args...)
		} else {
			q.add("(i.location = ? COLLATE NOCASE OR i.admin1 = ? COLLATE NOCASE OR i.country = ? COLLATE NOCASE)", p, p, p)
		}
	}
	if f.MinSources > 1 {
		q.add("i.sources >= ?", f.MinSources)
	}
	if err := q.near("i", f); err != nil {
		return q, false, fmt.Errorf("events: %w", err)
	}
	if n, ok := nearIn(f); ok && plan == actorRead {
		// the incidents in the radius's box, from the point index first
		q.add("i.seq IN (SELECT x.seq FROM incidents x WHERE "+n.cond+")", n.args...)
	}
	if f.BBox != nil {
		if err := f.BBox.Check(); err != nil {
			return q, false, fmt.Errorf("events: %w", err)
		}
		b := box{minLat: f.BBox.South, maxLat: f.BBox.North, minLon: f.BBox.West, maxLon: f.BBox.East, wrap: f.BBox.West > f.BBox.East}
		cond, args := b.where("i")
		q.add(cond, args...)
	}
	return q, true, nil
}

// Records returns the event records extracted from a document, as stored,
// in the order they were stored: what the report says, before merging.
func (s *Store) Records(ctx context.Context, doc string) ([]sitrep.Event, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT record FROM events WHERE doc = ? ORDER BY seq`, doc)
	if err != nil {
		return nil, fmt.Errorf("records of %s: %w", doc, err)
	}
	defer rows.Close()
	var out []sitrep.Event
	for rows.Next() {
		var rec []byte
		if err := rows.Scan(&rec); err != nil {
			return nil, fmt.Errorf("records of %s: %w", doc, err)
		}
		e, err := decodeEvent(rec)
		if err != nil {
			return nil, fmt.Errorf("records of %s: %w", doc, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("records of %s: %w", doc, err)
	}
	return out, nil
}

// eachRecord runs stmt, which selects lat, lon and record (for "events",
// and id and summary of incidents), and calls fn with the record (of an
// incident, as headBatch gives it) of each row whose point lies
// within the filter's radius (when it has one), up to the filter's limit.
// The records of merged incidents are read a batch of rows at a time
// (headBatch). what names the records in errors.
func (s *Store) eachRecord(ctx context.Context, what, stmt string, args []any, f sitrep.EventFilter, fn func(rec []byte) error) error {
	if f.Limit > 0 && f.Near == nil {
		stmt += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, stmt, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	b := headBatch{s: s}
	pass := func() error {
		return b.flush(ctx, what, func(_ *listedRow, rec []byte) error { return fn(rec) })
	}
	n := 0
	for rows.Next() {
		var lat, lon sql.NullFloat64
		var r listedRow
		dst := []any{&lat, &lon, &r.rec}
		if what == "events" {
			dst = append(dst, &r.id, &r.summary)
		}
		if err := rows.Scan(dst...); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if f.Near != nil && DistanceKM(*f.Near, sitrep.Point{Lat: lat.Float64, Lon: lon.Float64}) > f.WithinKM {
			continue
		}
		if b.full() {
			if err := pass(); err != nil {
				return err
			}
		}
		b.add(r)
		n++
		if f.Limit > 0 && n >= f.Limit {
			break
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return pass()
}

// Figures returns the figures that pass the filter, latest first (by as_of
// date, undated last, then in the order stored). Of the filter it honours
// Doc, From/To (on as_of: undated figures fail any bound), Near/WithinKM (on
// the figure's place), Text (evidence, as for Events) and Limit; Types and
// Actor describe events and are ignored.
func (s *Store) Figures(ctx context.Context, f sitrep.EventFilter) ([]sitrep.Figure, error) {
	var q query
	if err := q.dateRange("g.as_of", f); err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	if f.Doc != "" {
		q.add("g.doc = ?", f.Doc)
	}
	if !q.match("g.seq", "figures_fts", f.Text) {
		return nil, nil
	}
	if err := q.near("g", f); err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	stmt := "SELECT g.lat, g.lon, g.record FROM figures g" + q.sql() + " ORDER BY g.as_of DESC, g.seq"
	var out []sitrep.Figure
	err := s.eachRecord(ctx, "figures", stmt, q.args, f, func(rec []byte) error {
		g, err := decodeFigure(rec)
		if err != nil {
			return fmt.Errorf("figures: %w", err)
		}
		out = append(out, g)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Document returns a stored document by id, with its raw and cleaned text;
// the error wraps sitrep.ErrNotFound when there is none.
func (s *Store) Document(ctx context.Context, id string) (*sitrep.Document, error) {
	d, err := scanDocument(s.r.QueryRowContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, sitrep.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", id, err)
	}
	return d, nil
}

// DocumentByHash returns the id of the stored document whose content hash
// is hash, or "" when there is none. Ingest asks it of every document
// before extracting it: the statement is prepared once a store, and runs
// with a context that cannot end (with one that can, the SQLite driver
// starts a goroutine and a progress handler for every statement; see
// quiet), ctx being checked before.
func (s *Store) DocumentByHash(ctx context.Context, hash string) (string, error) {
	if hash == "" {
		return "", nil
	}
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("document by hash: %w", err)
	}
	s.byHashOnce.Do(func() {
		db := s.r
		if s.eng == nil {
			if s.lookups, s.byHashErr = openLookups(s.path); s.byHashErr != nil {
				return
			}
			db = s.lookups
		}
		s.byHash, s.byHashErr = db.PrepareContext(quiet(ctx), `SELECT id FROM documents WHERE hash = ?`)
	})
	if s.byHashErr != nil {
		return "", fmt.Errorf("document by hash: %w", s.byHashErr)
	}
	var id string
	err := s.byHash.QueryRowContext(quiet(ctx), hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("document by hash: %w", err)
	}
	return id, nil
}

// openLookups opens the pool of connections DocumentByHash reads a SQLite
// file through: read-only, with a small page cache of their own and no map
// of the file. Through the readers' map (r), the look-ups into a large
// store that an ingest was writing cost about twice the CPU: the last
// 10,000 of 100,000 generated reports, into a store of the first 90,000,
// looked up in 1.5-1.8 s (four profiles), 0.8-1.0 s through this pool
// (three). (Into an empty store ingest looks nothing up: firstSeen in
// cmd/sitrep.) Its connections cost a page cache of 4 MB each.
func openLookups(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(path, commonPragmas+"&_pragma=query_only(1)&_pragma=cache_size(-4096)&_pragma=mmap_size(0)"))
	if err != nil {
		return nil, fmt.Errorf("open %s for look-ups: %w", path, err)
	}
	n := min(max(runtime.GOMAXPROCS(0), 2), 8)
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	return db, nil
}

// Empty reports whether the store holds no document.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var some bool
	if err := s.r.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents)`).Scan(&some); err != nil {
		return false, fmt.Errorf("documents: %w", err)
	}
	return !some, nil
}

// Failures lists recorded failures, newest first; limit 0 lists them all.
func (s *Store) Failures(ctx context.Context, limit int) ([]sitrep.Failure, error) {
	stmt := `SELECT origin, reason, hash, at FROM failures ORDER BY seq DESC`
	var args []any
	if limit > 0 {
		stmt += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := s.r.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, fmt.Errorf("failures: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Failure
	for rows.Next() {
		var f sitrep.Failure
		if err := rows.Scan(&f.Origin, &f.Reason, &f.Hash, &f.At); err != nil {
			return nil, fmt.Errorf("failures: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("failures: %w", err)
	}
	return out, nil
}

// Places returns every imported place, gazetteer by gazetteer in the order
// they were imported.
func (s *Store) Places(ctx context.Context) ([]sitrep.Place, error) {
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM places`).Scan(&n); err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT gazetteer, id, name, alternates, lat, lon, country,
		admin1, admin2, feature, population FROM places ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	defer rows.Close()
	out := make([]sitrep.Place, 0, n)
	for rows.Next() {
		var p sitrep.Place
		var alt []byte
		if err := rows.Scan(&p.Gazetteer, &p.ID, &p.Name, &alt, &p.Lat, &p.Lon, &p.Country,
			&p.Admin1, &p.Admin2, &p.Feature, &p.Population); err != nil {
			return nil, fmt.Errorf("places: %w", err)
		}
		if len(alt) > 0 {
			if err := json.Unmarshal(alt, &p.Alternates); err != nil {
				return nil, fmt.Errorf("places: %s: decode alternates: %w", p.Name, err)
			}
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	return out, nil
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (sitrep.Stats, error) {
	var st sitrep.Stats
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents), (SELECT count(*) FROM incidents WHERE deleted = 0), (SELECT count(*) FROM events),
		(SELECT count(*) FROM figures), (SELECT count(*) FROM failures)`).Scan(
		&st.Documents, &st.Events, &st.Records, &st.Figures, &st.Failures)
	if err != nil {
		return sitrep.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// cleanList trims the entries of l and drops empty ones.
func cleanList(l []string) []string {
	var out []string
	for _, s := range l {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// EachDocument calls fn with every stored document, in the order they were
// stored, until fn returns an error, which EachDocument returns. It reads
// from a snapshot, so fn may write to the store (ReplaceRecords) as it goes.
func (s *Store) EachDocument(ctx context.Context, fn func(*sitrep.Document) error) error {
	rows, err := s.r.QueryContext(ctx, `SELECT `+documentColumns+` FROM documents ORDER BY rowid`)
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return fmt.Errorf("documents: %w", err)
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	return nil
}
