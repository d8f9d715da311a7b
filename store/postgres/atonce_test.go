package postgres

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/postgres/pgtest"
	"github.com/sitrep/sitrep/store/sqlite"
)

// Invented reports of invented incidents at real places: two of one car
// bomb in Mosul, one of a clash near Basra, 450 km away, a week earlier.

func atOnceDoc(id, text string) *sitrep.Document {
	return &sitrep.Document{ID: id, Origin: "test/" + id, Outlet: "Test Wire",
		Published: "2019-04-12", PublishedHow: sitrep.DateFromText, Raw: text, Text: text}
}

func atOnceEvent(doc, typ, sub string, name, admin1 string, lat, lon float64, date sitrep.Date, killed int) sitrep.Event {
	return sitrep.Event{Record: "event", ID: "e-" + doc, Doc: doc, Date: date, DatePrecision: sitrep.PrecisionDay,
		EventType: typ, SubEventType: sub, Actor1: "Islamic State", Actor2: "Civilians",
		Location:   &sitrep.Location{Name: name, Admin1: admin1, Country: "IQ", Lat: &lat, Lon: &lon, Precision: 1},
		Fatalities: sitrep.Int(killed), Killed: sitrep.Exact(killed), Confidence: 0.8}
}

var (
	mosulA = sqlite.Entry{Doc: atOnceDoc("mosul-a", "A car bomb went off at a market in Mosul on Thursday and killed nine shoppers, police said."),
		Events: []sitrep.Event{atOnceEvent("mosul-a", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Mosul", "Nineveh", 36.335, 43.119, "2019-04-11", 9)}}
	mosulB = sqlite.Entry{Doc: atOnceDoc("mosul-b", "Nine people died on Thursday when a car packed with explosives blew up beside a Mosul market."),
		Events: []sitrep.Event{atOnceEvent("mosul-b", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Mosul", "Nineveh", 36.335, 43.119, "2019-04-11", 9)}}
	basra = sqlite.Entry{Doc: atOnceDoc("basra", "Gunmen and soldiers fought for an hour outside Basra a week ago; three gunmen were killed."),
		Events: []sitrep.Event{atOnceEvent("basra", "Battles", "Armed clash", "Basra", "Basra", 30.508, 47.783, "2019-04-04", 3)}}
)

// eventsJSON lists a store's events as JSON lines.
func eventsJSON(t *testing.T, st *sqlite.Store) []string {
	t.Helper()
	evs, err := st.Events(context.Background(), sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func add(t *testing.T, ctx context.Context, st *sqlite.Store, e sqlite.Entry) {
	t.Helper()
	res, err := st.AddDocuments(ctx, []sqlite.Entry{e})
	if err != nil || res[0].Err != nil || !res[0].Added {
		t.Errorf("add %s: %v %+v", e.Doc.ID, err, res)
	}
}

// TestMergesOfDistantPlacesRunAtOnce holds one write open between its
// merge and its commit: a write about another place and time merges and
// commits meanwhile, while one about the same incident waits for it; the
// store ends as one process storing the three reports leaves a SQLite
// file.
func TestMergesOfDistantPlacesRunAtOnce(t *testing.T) {
	u := pgtest.URL(t)
	open := func() *sqlite.Store {
		st, err := Open(context.Background(), u)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	first, second, third := open(), open(), open()

	merged, release := make(chan struct{}), make(chan struct{})
	var once, unblock sync.Once
	t.Cleanup(func() { unblock.Do(func() { close(release) }) })
	held := sqlite.BeforeCommit(context.Background(), func() {
		once.Do(func() { close(merged) })
		<-release
	})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); add(t, held, first, mosulA) }()
	select {
	case <-merged:
	case <-time.After(2 * time.Minute):
		t.Fatal("the first write did not merge")
	}

	// another place and time: merges and commits while the first is open
	done := make(chan struct{})
	go func() { defer close(done); add(t, context.Background(), second, basra) }()
	select {
	case <-done:
	case <-time.After(time.Minute):
		unblock.Do(func() { close(release) })
		<-done
		t.Fatal("a write about a place and time of its own waited for another's merge")
	}

	// the same incident: waits for the first write to commit
	sameDone := make(chan struct{})
	go func() { defer close(sameDone); add(t, context.Background(), third, mosulB) }()
	select {
	case <-sameDone:
		t.Error("a write about the same incident merged while another write held it")
	case <-time.After(3 * time.Second):
	}
	unblock.Do(func() { close(release) })
	wg.Wait()
	<-sameDone

	ref, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for _, e := range []sqlite.Entry{mosulA, basra, mosulB} {
		add(t, context.Background(), ref, e)
	}
	want, got := eventsJSON(t, ref), eventsJSON(t, first)
	if len(want) != 2 {
		t.Fatalf("the reference has %d events, want the Mosul bomb (two reports) and the Basra clash:\n%v", len(want), want)
	}
	if len(got) != len(want) {
		t.Fatalf("%d events, want %d as one process stores them:\n%v\n---\n%v", len(got), len(want), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d differs from one process's:\n%s\n---\n%s", i, got[i], want[i])
		}
	}
}

// TestTrimKeyRows empties sitrep_key_rows past its limit, not below it,
// and only once no write holds keys: a write open between its merge and
// its commit is waited for.
func TestTrimKeyRows(t *testing.T) {
	ctx := context.Background()
	st, db, _ := openWithSQL(t)
	rows := func() int {
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM sitrep_key_rows`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	add(t, ctx, st, mosulA)
	had := rows()
	if had == 0 {
		t.Fatal("a write that holds keys made no rows of sitrep_key_rows")
	}
	defer func(n int64) { keyRowsLimit = n }(keyRowsLimit)
	keyRowsLimit = int64(had)
	if err := trimKeyRows(ctx, db); err != nil {
		t.Fatal(err)
	}
	if rows() != had {
		t.Fatalf("%d rows left of %d, at the limit", rows(), had)
	}

	merged, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	held := sqlite.BeforeCommit(ctx, func() { once.Do(func() { close(merged) }); <-release })
	done := make(chan struct{})
	go func() { defer close(done); add(t, held, st, basra) }()
	<-merged
	keyRowsLimit = 0
	trimmed := make(chan error, 1)
	go func() { trimmed <- trimKeyRows(ctx, db) }()
	select {
	case err := <-trimmed:
		close(release)
		<-done
		t.Fatalf("trimmed (%v) while a write held its keys", err)
	case <-time.After(2 * time.Second):
	}
	close(release)
	<-done
	if err := <-trimmed; err != nil {
		t.Fatal(err)
	}
	if n := rows(); n != 0 {
		t.Errorf("%d rows left past the limit", n)
	}
	// the rows are made again when needed
	add(t, ctx, st, mosulB)
	if rows() == 0 {
		t.Error("no rows made after the trim")
	}
	if evs := eventsJSON(t, st); len(evs) != 2 {
		t.Errorf("%d events, want the Mosul bomb and the Basra clash", len(evs))
	}
}
