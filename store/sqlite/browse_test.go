package sqlite

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

// browseStore holds 40 invented events: dates over two months (every
// seventh undated), four types, three actors, places in three provinces
// and two countries (one near the antimeridian), fatalities unknown for
// every fifth.
func browseStore(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t)
	types := []string{"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
	actors := []string{"Islamic State", "Military Forces of Iraq", "Unidentified Armed Group"}
	places := []struct {
		name, admin1, country string
		lat, lon              float64
	}{
		{"Mosul", "Nineveh", "IQ", 36.34, 43.13},
		{"Tal Afar", "Nineveh", "IQ", 36.37, 42.45},
		{"Ramadi", "Anbar", "IQ", 33.42, 43.30},
		{"Suva", "Central", "FJ", -18.14, 178.44},
		{"Taveuni", "Northern", "FJ", -16.85, -179.97},
	}
	for i := 0; i < 40; i++ {
		doc := fmt.Sprintf("b-%02d", i)
		p := places[i%len(places)]
		e := sitrep.Event{
			Record: "event", ID: fmt.Sprintf("ev-%02d", i), Doc: doc,
			EventType: types[i%len(types)], SubEventType: "sub " + types[i%len(types)],
			Actor1: actors[i%3], Actor2: actors[(i+1)%3],
			Location: &sitrep.Location{Name: p.name, Admin1: p.admin1, Country: p.country, Lat: fptr(p.lat), Lon: fptr(p.lon)},
			Evidence: []sitrep.Evidence{{Doc: doc, Start: 0, End: 10, Text: "an invented clash"}},
			Sources:  []sitrep.Source{{Doc: doc}},
		}
		if i%7 != 3 {
			e.Date = sitrep.DateOf(time.Date(2017, 5, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*13)%61))
		}
		if i%5 != 0 {
			e.Fatalities = sitrep.Int(i % 9)
		}
		if i%6 == 0 {
			e.Actor2 = e.Actor1 // counted once by actor
			e.Sources = append(e.Sources, sitrep.Source{Doc: doc + "-copy"})
		}
		if i == 11 {
			e.Location = nil
		}
		if _, _, err := s.AddDocument(context.Background(), newDoc(doc, "invented report "+doc), []sitrep.Event{e}, nil); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func ids(evs []sitrep.Event) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}

// Paging through any order with a cursor gives every event once, in the
// same order as one page of all of them, and that order is the asked one.
func TestEventsPageCursor(t *testing.T) {
	ctx := context.Background()
	s := browseStore(t)
	filters := map[string]sitrep.EventFilter{
		"all":       {},
		"battles":   {Types: []string{"battles"}},
		"from-may9": {From: "2017-05-09"},
		// date bounds that a cursor's date tightens, and undated events
		// kept with them
		"may5-jun20":         {From: "2017-05-05", To: "2017-06-20"},
		"may5-jun20-undated": {From: "2017-05-05", To: "2017-06-20", Undated: sitrep.UndatedToo},
	}
	for name, f := range filters {
		for _, order := range sitrep.Orders {
			t.Run(name+"/"+string(order), func(t *testing.T) {
				all, next, err := s.EventsPage(ctx, f, order, "")
				if err != nil || next != "" {
					t.Fatalf("one page: next %q, err %v", next, err)
				}
				// pages of every size up to 5: one of them ends on the
				// last event with a value, before those without one
				for size := 1; size <= 5; size++ {
					var paged []sitrep.Event
					cur := ""
					for range 100 {
						g := f
						g.Limit = size
						page, n, err := s.EventsPage(ctx, g, order, cur)
						if err != nil {
							t.Fatal(err)
						}
						if len(page) > size || len(page) < size && n != "" {
							t.Fatalf("page of %d by %d, next %q", len(page), size, n)
						}
						paged = append(paged, page...)
						if n == "" {
							break
						}
						cur = n
					}
					if !slices.Equal(ids(paged), ids(all)) {
						t.Fatalf("by %d: paged %v\nwhole %v", size, ids(paged), ids(all))
					}
				}
				want, _ := s.Events(ctx, f)
				if len(all) != len(want) || len(all) == 0 {
					t.Fatalf("%d events, Events gives %d", len(all), len(want))
				}
				checkOrder(t, all, order)
			})
		}
	}
}

// checkOrder fails unless evs are sorted as order says, valueless last.
func checkOrder(t *testing.T, evs []sitrep.Event, order sitrep.Order) {
	t.Helper()
	key := func(e sitrep.Event) (string, bool) {
		switch order {
		case sitrep.NewestFirst, sitrep.OldestFirst:
			return string(e.Date), e.Date != ""
		}
		if e.Fatalities == nil {
			return "", false
		}
		return fmt.Sprintf("%09d", *e.Fatalities), true
	}
	desc := order == sitrep.NewestFirst || order == sitrep.MostFatalities
	for i := 1; i < len(evs); i++ {
		a, aok := key(evs[i-1])
		b, bok := key(evs[i])
		switch {
		case !aok && bok:
			t.Fatalf("%s without value before %s", evs[i-1].ID, evs[i].ID)
		case aok && bok && a != b && (a < b) == desc:
			t.Fatalf("%s (%s) before %s (%s)", evs[i-1].ID, a, evs[i].ID, b)
		case a == b && aok == bok && evs[i-1].ID > evs[i].ID:
			t.Fatalf("tie %s before %s", evs[i-1].ID, evs[i].ID)
		}
	}
}

func TestBrowseInvalid(t *testing.T) {
	ctx := context.Background()
	s := browseStore(t)
	cases := map[string]func() error{
		"unknown order": func() error { _, _, err := s.EventsPage(ctx, sitrep.EventFilter{}, "size", ""); return err },
		"bad cursor":    func() error { _, _, err := s.EventsPage(ctx, sitrep.EventFilter{}, "", "not-a-cursor"); return err },
		"bad date":      func() error { _, _, err := s.EventsPage(ctx, sitrep.EventFilter{From: "May 2017"}, "", ""); return err },
		"bbox south > north": func() error {
			_, err := s.Markers(ctx, sitrep.EventFilter{BBox: &sitrep.BBox{South: 40, North: 30, West: 1, East: 2}})
			return err
		},
		"bbox lon out of range": func() error {
			_, err := s.Grid(ctx, sitrep.EventFilter{BBox: &sitrep.BBox{South: 0, North: 30, West: 1, East: 200}}, 1)
			return err
		},
		"unknown grouping": func() error { _, err := s.Aggregate(ctx, sitrep.EventFilter{}, "hour"); return err },
		"zero cell":        func() error { _, err := s.Grid(ctx, sitrep.EventFilter{}, 0); return err },
		"negative radius": func() error {
			_, err := s.Aggregate(ctx, sitrep.EventFilter{Near: &sitrep.Point{Lat: 1, Lon: 1}, WithinKM: -1}, sitrep.ByDay)
			return err
		},
	}
	for name, run := range cases {
		t.Run(name, func(t *testing.T) {
			if err := run(); !errors.Is(err, sitrep.ErrInvalid) {
				t.Fatalf("err %v, want ErrInvalid", err)
			}
		})
	}
}

// Aggregates, grids and markers count what Events returns for the same
// filter (counted here in Go).
func TestAggregatesMatchEvents(t *testing.T) {
	ctx := context.Background()
	s := browseStore(t)
	filters := map[string]sitrep.EventFilter{
		"all":              {},
		"nineveh box":      {BBox: &sitrep.BBox{South: 36, North: 37, West: 42, East: 44}},
		"antimeridian box": {BBox: &sitrep.BBox{South: -20, North: -15, West: 170, East: -170}},
		"near mosul":       {Near: &sitrep.Point{Lat: 36.34, Lon: 43.13}, WithinKM: 70},
		"place":            {Place: "nineveh"},
		"two sources":      {MinSources: 2},
		"actor type":       {Actor: "islamic", Types: []string{"Battles", "Riots"}, From: "2017-05-10"},
		// an event type and another's sub-event type, with a box or a
		// radius: time aggregates read the type indexes (aggregateTypes)
		"types box": {Types: []string{"battles", "sub Battles", "sub Riots"}, From: "2017-05-05", To: "2017-06-20",
			BBox: &sitrep.BBox{South: 33, North: 37, West: 42, East: 44}},
		"types near": {Types: []string{"sub explosions/remote violence", "Riots", "Violence against civilians"},
			Near: &sitrep.Point{Lat: 36.34, Lon: 43.13}, WithinKM: 300},
	}
	keyOf := map[string]func(e sitrep.Event) []string{
		sitrep.ByDay:   func(e sitrep.Event) []string { return nonEmpty(string(e.Date)) },
		sitrep.ByMonth: func(e sitrep.Event) []string { return nonEmpty(prefix(string(e.Date), 7)) },
		sitrep.ByWeek: func(e sitrep.Event) []string {
			if e.Date == "" {
				return nil
			}
			d := e.Date.Time()
			back := (int(d.Weekday()) + 6) % 7
			return []string{string(sitrep.DateOf(d.AddDate(0, 0, -back)))}
		},
		sitrep.ByType: func(e sitrep.Event) []string { return nonEmpty(e.EventType) },
		sitrep.ByActor: func(e sitrep.Event) []string {
			if e.Actor2 == e.Actor1 {
				return nonEmpty(e.Actor1)
			}
			return append(nonEmpty(e.Actor1), nonEmpty(e.Actor2)...)
		},
		sitrep.ByAdmin1: func(e sitrep.Event) []string {
			if e.Location == nil {
				return nil
			}
			return nonEmpty(e.Location.Admin1)
		},
		sitrep.ByPlace: func(e sitrep.Event) []string {
			if e.Location == nil {
				return nil
			}
			return nonEmpty(e.Location.Name)
		},
	}
	for name, f := range filters {
		evs, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 {
			t.Fatalf("%s: no events: the fixture does not test this filter", name)
		}
		for by, key := range keyOf {
			t.Run(name+"/"+by, func(t *testing.T) {
				want := map[string][2]int{}
				for _, e := range evs {
					for _, k := range key(e) {
						c := want[k]
						c[0]++
						c[1] += fatal(e)
						want[k] = c
					}
				}
				got, err := s.Aggregate(ctx, f, by)
				if err != nil {
					t.Fatal(err)
				}
				have := map[string][2]int{}
				for _, b := range got {
					c := have[b.Key]
					have[b.Key] = [2]int{c[0] + b.Events, c[1] + b.Fatalities}
				}
				if fmt.Sprint(have) != fmt.Sprint(want) {
					t.Fatalf("got %v\nwant %v", have, want)
				}
				sorted := sort.SliceIsSorted(got, func(i, j int) bool {
					if by == sitrep.ByDay || by == sitrep.ByWeek || by == sitrep.ByMonth {
						return got[i].Key < got[j].Key
					}
					return got[i].Events > got[j].Events || got[i].Events == got[j].Events && got[i].Key < got[j].Key
				})
				if !sorted {
					t.Fatalf("buckets out of order: %v", got)
				}
			})
		}
		t.Run(name+"/grid and markers", func(t *testing.T) {
			var placed []string
			fat := 0
			for _, e := range evs {
				if e.Location.HasPoint() {
					placed = append(placed, e.ID)
					fat += fatal(e)
				}
			}
			cells, err := s.Grid(ctx, f, 0.5)
			if err != nil {
				t.Fatal(err)
			}
			n, nf := 0, 0
			for _, c := range cells {
				n += c.Events
				nf += c.Fatalities
				if c.Events == 1 && !slices.Contains(placed, c.ID) {
					t.Errorf("cell names %s, not among the events", c.ID)
				}
			}
			if n != len(placed) || nf != fat {
				t.Errorf("grid holds %d events, %d fatalities; want %d, %d", n, nf, len(placed), fat)
			}
			ms, err := s.Markers(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var mids []string
			for _, m := range ms {
				mids = append(mids, m.ID)
			}
			if !slices.Equal(mids, placed) {
				t.Errorf("markers %v, want %v", mids, placed)
			}
		})
	}
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

func TestEventByID(t *testing.T) {
	ctx := context.Background()
	s := browseStore(t)
	e, err := s.Event(ctx, "ev-07")
	if err != nil || e.ID != "ev-07" || e.Doc != "b-07" {
		t.Fatalf("got %+v, %v", e, err)
	}
	if _, err := s.Event(ctx, "ev-99"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Fatalf("missing event: err %v", err)
	}
}

func fatal(e sitrep.Event) int {
	if e.Fatalities == nil {
		return 0
	}
	return *e.Fatalities
}

// The per-day counts the triggers keep (incident_days) answer time
// aggregates as a scan of the incidents does, after adds, merges,
// replacements and deletions. MinSources 1 selects everything but makes
// Aggregate scan the incidents.
func TestIncidentDaysFollowIncidents(t *testing.T) {
	ctx := context.Background()
	s := browseStore(t)
	check := func(when string) {
		t.Helper()
		for _, by := range []string{sitrep.ByDay, sitrep.ByWeek, sitrep.ByMonth} {
			for _, f := range []sitrep.EventFilter{{}, {From: "2017-05-20", Types: []string{"battles", "Riots"}},
				{Types: []string{"battles", "sub riots"}, BBox: &sitrep.BBox{South: -90, North: 90, West: -180, East: 180}}} {
				fast, err := s.Aggregate(ctx, f, by)
				if err != nil {
					t.Fatal(err)
				}
				f.MinSources = 1
				slow, err := s.Aggregate(ctx, f, by)
				if err != nil {
					t.Fatal(err)
				}
				if len(slow) == 0 || fmt.Sprint(fast) != fmt.Sprint(slow) {
					t.Fatalf("%s, by %s, %+v:\nincident_days %v\nincidents     %v", when, by, f, fast, slow)
				}
			}
		}
	}
	check("as stored")
	// a second report of ev-04's incident, with another toll: the two merge
	e := fullEvent("b-04-again")
	e.ID, e.Doc = "ev-04-again", "b-04-again"
	first, err := s.Event(ctx, "ev-04")
	if err != nil {
		t.Fatal(err)
	}
	e.Date, e.EventType, e.SubEventType, e.Location = first.Date, first.EventType, first.SubEventType, first.Location
	e.Actor1, e.Actor2, e.Fatalities, e.Killed = first.Actor1, first.Actor2, sitrep.Int(30), sitrep.Exact(30)
	if _, _, err := s.AddDocument(ctx, newDoc("b-04-again", "another invented report"), []sitrep.Event{e}, nil); err != nil {
		t.Fatal(err)
	}
	check("after a merge")
	if err := s.ReplaceRecords(ctx, "b-05", nil, nil); err != nil {
		t.Fatal(err)
	}
	check("after records replaced by none")
	for _, doc := range []string{"b-04-again", "b-06", "b-07"} {
		if err := s.DeleteDocument(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	check("after deletions")
}

// A grid of whole cells (6°, aligned with square degrees) made from the
// per-degree totals counts as a scan of the incidents does, after writes.
func TestIncidentCellsFollowIncidents(t *testing.T) {
	ctx := context.Background()
	s := browseStore(t)
	check := func(when string) {
		t.Helper()
		for _, f := range []sitrep.EventFilter{{}, {Types: []string{"battles", "Riots"}},
			{BBox: &sitrep.BBox{South: -30, West: 170, North: 40, East: 50}}} {
			fast, err := s.Grid(ctx, f, 6)
			if err != nil {
				t.Fatal(err)
			}
			f.MinSources = 1
			slow, err := s.Grid(ctx, f, 6)
			if err != nil {
				t.Fatal(err)
			}
			counts := func(cs []sitrep.Cell) string {
				var b strings.Builder
				for _, c := range cs {
					fmt.Fprintf(&b, "%d/%d@%.3f,%.3f ", c.Events, c.Fatalities, c.Lat, c.Lon)
				}
				return b.String()
			}
			if len(slow) == 0 || counts(fast) != counts(slow) {
				t.Fatalf("%s, %+v:\nincident_cells %s\nincidents      %s", when, f, counts(fast), counts(slow))
			}
		}
	}
	check("as stored")
	if err := s.ReplaceRecords(ctx, "b-05", nil, nil); err != nil {
		t.Fatal(err)
	}
	for _, doc := range []string{"b-06", "b-07", "b-13"} {
		if err := s.DeleteDocument(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	check("after replacements and deletions")
}

// CountEvents counts what Events returns, an actor's undated events
// (tested incident by incident) included.
func TestCountEventsCountsEvents(t *testing.T) {
	ctx := context.Background()
	s := browseStore(t)
	for name, f := range map[string]sitrep.EventFilter{
		"all":                 {},
		"actor":               {Actor: "islamic"},
		"actor undated":       {Actor: "islamic", Undated: sitrep.UndatedOnly},
		"actor dated, a type": {Actor: "iraq", Undated: sitrep.UndatedNone, Types: []string{"battles"}},
		"undated in a box":    {Undated: sitrep.UndatedOnly, BBox: &sitrep.BBox{South: 33, North: 37, West: 42, East: 44}},
		"no such actor":       {Actor: "nobody here", Undated: sitrep.UndatedOnly},
		"a page's limit":      {From: "2017-05-10", Limit: 2},
	} {
		want := f
		want.Limit = 0
		evs, err := s.Events(ctx, want)
		if err != nil {
			t.Fatal(err)
		}
		n, err := s.CountEvents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if n != len(evs) || len(evs) == 0 && name != "no such actor" {
			t.Errorf("%s: CountEvents %d, Events %d", name, n, len(evs))
		}
	}
}
