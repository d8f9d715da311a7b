package sqlite

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/store/actorkey"
)

// The browsing benchmarks (sitrep serve's queries) run over a store of
// SITREP_BENCH_EVENTS incidents (default 100,000), generated once into the
// temporary folder and kept there for later runs (delete it to start
// afresh). Incidents are written
// straight into their table (the merge on write is measured elsewhere):
// ten years of dates, six types, points around a dozen conflict areas,
// each with a full record.

func benchEvents(b *testing.B) int {
	n := 100000
	if s := os.Getenv("SITREP_BENCH_EVENTS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			b.Fatalf("SITREP_BENCH_EVENTS=%q: want a number of events", s)
		}
		n = v
	}
	return n
}

var benchAreas = []struct{ lat, lon float64 }{
	{36.3, 43.1}, {33.3, 44.4}, {35.9, 36.6}, {11.8, 13.2}, {2.0, 45.3}, {15.4, 44.2},
	{34.5, 69.2}, {13.5, 2.1}, {-12.9, 40.5}, {48.0, 37.8}, {31.5, 34.4}, {9.0, 38.7},
}

var benchTypes = []string{"Battles", "Explosions/Remote violence", "Violence against civilians",
	"Protests", "Riots", "Strategic developments"}

// browseBenchStore opens (building when missing) the benchmark store of n
// incidents.
func browseBenchStore(b *testing.B, n int) *Store {
	b.Helper()
	ctx := context.Background()
	// the file is made at the schema of its day; Open brings it up to date
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sitrep-browse-bench-%d-g3.db", n))
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		if err := buildBrowseBench(ctx, path+".tmp", n); err != nil {
			os.Remove(path + ".tmp")
			b.Fatal(err)
		}
		if err := os.Rename(path+".tmp", path); err != nil {
			b.Fatal(err)
		}
		b.Logf("built %s in %s", path, time.Since(start).Round(time.Second))
	}
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

func buildBrowseBench(ctx context.Context, path string, n int) error {
	os.Remove(path)
	s, err := Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO incidents (id, date, event_type, sub_event_type, country, lat, lon,
		sources, record, fatalities, location, admin1, actor1, actor2) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING seq`)
	if err != nil {
		return err
	}
	// each incident has one record (a small one: merging is not measured
	// here), whose actors the filter of the store before the actor index
	// read (see before/...)
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents (id, hash, added_at) VALUES ('bench', 'bench', '2020-01-01T00:00:00Z')`); err != nil {
		return err
	}
	insRec, err := tx.PrepareContext(ctx, `INSERT INTO events (id, doc, actor1, actor2, actor1_fold, actor2_fold, record, incident, merged)
		VALUES (?, 'bench', ?, ?, ?, ?, '{}', ?, 1)`)
	if err != nil {
		return err
	}
	insKey, err := tx.PrepareContext(ctx, qInsActorKey)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(1, 2))
	day0 := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		e := fullEvent(fmt.Sprintf("bench-%07d", i))
		e.ID = fmt.Sprintf("e-%08x", i)
		a := benchAreas[r.IntN(len(benchAreas))]
		lat, lon := a.lat+r.NormFloat64()*1.5, a.lon+r.NormFloat64()*1.5
		e.Location.Lat, e.Location.Lon = &lat, &lon
		e.Location.Name = fmt.Sprintf("Place %d", r.IntN(5000))
		e.Location.Admin1 = fmt.Sprintf("Province %d", r.IntN(200))
		e.Date = sitrep.DateOf(day0.AddDate(0, 0, r.IntN(3650)))
		e.EventType = benchTypes[r.IntN(len(benchTypes))]
		e.Fatalities = sitrep.Int(r.IntN(20))
		e.Actor1, e.Actor2 = benchActor(r), benchActor(r)
		rec, err := encodeEvent(&e)
		if err != nil {
			return err
		}
		var seq int64
		if err := ins.QueryRowContext(ctx, e.ID, string(e.Date), e.EventType, e.SubEventType, e.Location.Country,
			lat, lon, 1+r.IntN(3), string(rec), *e.Fatalities, e.Location.Name, e.Location.Admin1, e.Actor1, e.Actor2).Scan(&seq); err != nil {
			return err
		}
		if _, err := insRec.ExecContext(ctx, e.ID, e.Actor1, e.Actor2, fold(e.Actor1), fold(e.Actor2), e.ID); err != nil {
			return err
		}
		for _, k := range actorkey.Keys(e.Actor1, e.Actor2) {
			if _, err := insKey.ExecContext(ctx, k, seq); err != nil {
				return err
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, "ANALYZE")
	return err
}

// benchActors are the actors of the benchmark's incidents, each with its
// share in thousandths (the rest: unknown): a few common, most rare, as in
// a real archive.
var benchActors = []struct {
	name  string
	share int
}{
	{"Islamic State", 250}, {"Military Forces of Iraq (2014-)", 150}, {"Civilians (Iraq)", 150},
	{"Taliban", 60}, {"Al Shabaab", 50}, {"Military Forces of Syria (2000-)", 50},
	{"Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 30}, {"Popular Mobilization Forces", 20},
	{"Houthi Movement", 20}, {"Ansar al-Sunna", 1},
}

func benchActor(r *rand.Rand) string {
	n := r.IntN(1000)
	for _, a := range benchActors {
		if n < a.share {
			return a.name
		}
		n -= a.share
	}
	return "unknown"
}

// latencies runs op b.N times and reports the median and 99th percentile.
func latencies(b *testing.B, op func() (int, error)) {
	b.Helper()
	var took []time.Duration
	got := 0
	b.ResetTimer()
	for b.Loop() {
		t := time.Now()
		n, err := op()
		took = append(took, time.Since(t))
		if err != nil {
			b.Fatal(err)
		}
		got = n
	}
	slices.Sort(took)
	ms := func(q float64) float64 {
		return float64(took[min(len(took)-1, int(q*float64(len(took))))].Microseconds()) / 1000
	}
	b.ReportMetric(ms(0.5), "p50-ms")
	b.ReportMetric(ms(0.99), "p99-ms")
	b.ReportMetric(float64(got), "rows")
}

// BenchmarkBrowse measures the queries of sitrep serve's API: a filtered
// page of events (a year, one type, a 6°×6° box), the daily aggregate of
// the whole store and of that filter, and the map layer of that filter.
func BenchmarkBrowse(b *testing.B) {
	ctx := context.Background()
	s := browseBenchStore(b, benchEvents(b))
	filtered := sitrep.EventFilter{From: "2019-01-01", To: "2019-12-31", Types: []string{"Battles"},
		BBox: &sitrep.BBox{South: 33, West: 40, North: 39, East: 46}}
	b.Run("page/filtered", func(b *testing.B) {
		f := filtered
		f.Limit = 100
		latencies(b, func() (int, error) {
			evs, _, err := s.EventsPage(ctx, f, sitrep.NewestFirst, "")
			return len(evs), err
		})
	})
	// the same page as the API writes it: the stored records as they are
	b.Run("page-json/filtered", func(b *testing.B) {
		f := filtered
		f.Limit = 100
		latencies(b, func() (int, error) {
			evs, _, err := s.EventsPageJSON(ctx, f, sitrep.NewestFirst, "")
			return len(evs), err
		})
	})
	// --actor: an actor of a quarter of the store, an alias of it, a rare
	// one (0.2%), one with the filter above, and one nobody is
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
	}{
		{"common", sitrep.EventFilter{Actor: "Islamic State"}},
		{"alias", sitrep.EventFilter{Actor: "ISIS"}},
		{"rare", sitrep.EventFilter{Actor: "ansar al-sunna"}},
		{"filtered", sitrep.EventFilter{Actor: "iraq", From: filtered.From, To: filtered.To, Types: filtered.Types, BBox: filtered.BBox}},
		{"none", sitrep.EventFilter{Actor: "Nobody Here"}},
	} {
		f := tc.f
		f.Limit = 100
		b.Run("page/actor-"+tc.name, func(b *testing.B) {
			latencies(b, func() (int, error) {
				evs, _, err := s.EventsPage(ctx, f, sitrep.NewestFirst, "")
				return len(evs), err
			})
		})
		// as sitrep events --limit 100 reads them
		b.Run("events/actor-"+tc.name, func(b *testing.B) {
			latencies(b, func() (int, error) {
				evs, err := s.Events(ctx, f)
				return len(evs), err
			})
		})
	}
	// the same pages as the store found them before the actor index: a
	// case-folded substring of every record's actors
	before := func(f sitrep.EventFilter) (int, error) {
		f.Limit = 100
		a := fold(f.Actor)
		f.Actor = ""
		q, _, err := eventWhere(f, actorAny)
		if err != nil {
			return 0, err
		}
		q.add("i.id IN (SELECT e.incident FROM events e WHERE instr(e.actor1_fold, ?) > 0 OR instr(e.actor2_fold, ?) > 0)", a, a)
		stmt, args := pageSQL("i.record", q, "i.date DESC NULLS LAST, i.id", covered(f), actorAny, []any{f.Limit + 1})
		rows, err := s.r.QueryContext(ctx, stmt, args...)
		if err != nil {
			return 0, err
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			n++
		}
		return n, rows.Err()
	}
	b.Run("before/page/actor-common", func(b *testing.B) {
		latencies(b, func() (int, error) { return before(sitrep.EventFilter{Actor: "Islamic State"}) })
	})
	b.Run("before/page/actor-rare", func(b *testing.B) {
		latencies(b, func() (int, error) { return before(sitrep.EventFilter{Actor: "ansar al-sunna"}) })
	})
	b.Run("before/page/actor-none", func(b *testing.B) {
		latencies(b, func() (int, error) { return before(sitrep.EventFilter{Actor: "Nobody Here"}) })
	})
	// the other filters of sitrep events: a radius, a place name, a
	// minimum of sources (text and document need records with evidence,
	// which this store does not hold)
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
	}{
		{"near", sitrep.EventFilter{Near: &sitrep.Point{Lat: 36.3, Lon: 43.1}, WithinKM: 25}},
		{"place", sitrep.EventFilter{Place: "Place 42"}},
		{"min-sources", sitrep.EventFilter{MinSources: 3}},
	} {
		f := tc.f
		f.Limit = 100
		b.Run("page/"+tc.name, func(b *testing.B) {
			latencies(b, func() (int, error) {
				evs, _, err := s.EventsPage(ctx, f, sitrep.NewestFirst, "")
				return len(evs), err
			})
		})
		b.Run("events/"+tc.name, func(b *testing.B) {
			latencies(b, func() (int, error) {
				evs, err := s.Events(ctx, f)
				return len(evs), err
			})
		})
	}
	b.Run("page/all", func(b *testing.B) {
		latencies(b, func() (int, error) {
			evs, _, err := s.EventsPage(ctx, sitrep.EventFilter{Limit: 100}, sitrep.NewestFirst, "")
			return len(evs), err
		})
	})
	// paging on: the page after a cursor half way through the store, and
	// after one half way through the filtered incidents
	b.Run("page/all-deep", func(b *testing.B) {
		cur := cursor{Value: "2020-01-01", ID: "e-00000000"}.String()
		latencies(b, func() (int, error) {
			evs, _, err := s.EventsPage(ctx, sitrep.EventFilter{Limit: 100}, sitrep.NewestFirst, cur)
			return len(evs), err
		})
	})
	b.Run("page/filtered-deep", func(b *testing.B) {
		f := filtered
		f.Limit = 100
		cur := cursor{Value: "2019-07-01", ID: "e-00000000"}.String()
		latencies(b, func() (int, error) {
			evs, _, err := s.EventsPage(ctx, f, sitrep.NewestFirst, cur)
			return len(evs), err
		})
	})
	b.Run("page/all-by-fatalities", func(b *testing.B) {
		latencies(b, func() (int, error) {
			evs, _, err := s.EventsPage(ctx, sitrep.EventFilter{Limit: 100}, sitrep.MostFatalities, "")
			return len(evs), err
		})
	})
	b.Run("aggregate-day/filtered", func(b *testing.B) {
		latencies(b, func() (int, error) {
			bs, err := s.Aggregate(ctx, filtered, sitrep.ByDay)
			return len(bs), err
		})
	})
	b.Run("aggregate-day/all", func(b *testing.B) {
		latencies(b, func() (int, error) {
			bs, err := s.Aggregate(ctx, sitrep.EventFilter{}, sitrep.ByDay)
			return len(bs), err
		})
	})
	b.Run("markers/filtered", func(b *testing.B) {
		f := filtered
		f.Limit = 2001
		latencies(b, func() (int, error) {
			ms, err := s.Markers(ctx, f)
			return len(ms), err
		})
	})
	b.Run("grid/all", func(b *testing.B) {
		latencies(b, func() (int, error) {
			cs, err := s.Grid(ctx, sitrep.EventFilter{BBox: &sitrep.BBox{South: -60, West: -180, North: 80, East: 180}}, 7.5)
			return len(cs), err
		})
	})
}

// BenchmarkRows measures what each event costs to return, over the
// benchmark store: reading its stored record (the query), decoding it
// into an Event, and writing it as JSON as sitrep events --json did before
// it wrote the stored records as they are (json-as-stored, the records
// being written by this version). µs/row is per event of 10,000.
func BenchmarkRows(b *testing.B) {
	ctx := context.Background()
	s := browseBenchStore(b, benchEvents(b))
	const n = 10000
	f := sitrep.EventFilter{Limit: n}
	perRow := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/row")
	}
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			stmt := "SELECT i.lat, i.lon, i.record, i.id, i.summary FROM incidents i WHERE i.deleted = 0 ORDER BY i.date DESC, i.id"
			if err := s.eachRecord(ctx, "events", stmt, nil, f, func([]byte) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
		perRow(b)
	})
	b.Run("read+decode", func(b *testing.B) {
		for b.Loop() {
			if err := s.EachEvent(ctx, f, func(*sitrep.Event) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
		perRow(b)
	})
	b.Run("json-as-stored", func(b *testing.B) {
		for b.Loop() {
			if err := s.EachEventJSON(ctx, f, func([]byte) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
		perRow(b)
	})
	b.Run("read+decode+json", func(b *testing.B) {
		for b.Loop() {
			w := export.NewJSONLWriter(io.Discard)
			if err := s.EachEvent(ctx, f, w.Write); err != nil {
				b.Fatal(err)
			}
			w.Close()
		}
		perRow(b)
	})
}
