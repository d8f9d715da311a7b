package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
)

// actorIDs lists the ids of the events Events gives for an actor filter.
func actorIDs(t *testing.T, s *Store, f sitrep.EventFilter) []string {
	t.Helper()
	evs, err := s.Events(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return out
}

// actorEvent is a small event of doc on day (2017-03-DD) with two actors,
// far from the others so that none merge.
func actorEvent(doc string, day int, a1, a2 string) sitrep.Event {
	e := fullEvent(doc)
	e.Date = sitrep.Date(fmt.Sprintf("2017-03-%02d", day))
	e.Actor1, e.Actor2 = a1, a2
	lat, lon := 10+float64(day), 20+float64(day)
	e.Location.Lat, e.Location.Lon = &lat, &lon
	return e
}

// TestActorFilterMatchesWordsAndAliases checks what --actor finds: whole
// words of either actor of any record of an event, an alias of the actor
// dictionary, and the actor a correction set.
func TestActorFilterMatchesWordsAndAliases(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	add(t, s, newDoc("d1", "report one"), actorEvent("d1", 1, "Islamic State", "Civilians"))
	add(t, s, newDoc("d2", "report two"), actorEvent("d2", 2, "Military Forces of Iraq (2014-)", "Islamic State"))
	add(t, s, newDoc("d3", "report three"), actorEvent("d3", 3, "Al-Shabaab", "Civilians"))
	add(t, s, newDoc("d4", "report four"), actorEvent("d4", 4, "unknown", "Civilians"))
	for _, tc := range []struct {
		actor string
		want  []string
	}{
		{"Islamic State", []string{"e-d2-1", "e-d1-1"}},
		{"islamic", []string{"e-d2-1", "e-d1-1"}},
		{"islam", nil}, // a part of a word is no match
		{"ISIS", []string{"e-d2-1", "e-d1-1"}},
		{"forces of iraq", []string{"e-d2-1"}},
		{"military iraq", nil},
		{"shabaab", []string{"e-d3-1"}},
		{"al shabaab", []string{"e-d3-1"}},
		{"civilians", []string{"e-d4-1", "e-d3-1", "e-d1-1"}},
		{"--", nil},
	} {
		if got := actorIDs(t, s, sitrep.EventFilter{Actor: tc.actor}); !slices.Equal(got, tc.want) {
			t.Errorf("actor %q: %q, want %q", tc.actor, got, tc.want)
		}
	}
	// a correction's actor is found, and so is the record's
	if _, _, err := s.Correct(ctx, "e-d4-1", sitrep.Correction{Action: "set", Set: map[string]string{"actor1": "Boko Haram"}, By: "test"}); err != nil {
		t.Fatal(err)
	}
	if got := actorIDs(t, s, sitrep.EventFilter{Actor: "boko haram"}); !slices.Equal(got, []string{"e-d4-1"}) {
		t.Errorf("the corrected actor: %q", got)
	}
	if got := actorIDs(t, s, sitrep.EventFilter{Actor: "unknown"}); !slices.Equal(got, []string{"e-d4-1"}) {
		t.Errorf("the record's actor after a correction: %q", got)
	}
	// a document deleted takes its incidents' keys with it
	if err := s.DeleteDocument(ctx, "d3"); err != nil {
		t.Fatal(err)
	}
	if got := actorIDs(t, s, sitrep.EventFilter{Actor: "shabaab"}); got != nil {
		t.Errorf("after deleting d3: %q", got)
	}
	var stray int
	s.r.QueryRow(`SELECT count(*) FROM incident_actors WHERE incident NOT IN (SELECT seq FROM incidents)`).Scan(&stray)
	if stray != 0 {
		t.Errorf("%d keys of incidents gone", stray)
	}
}

// TestActorPlansAgree checks that a page of an actor or a place found by
// walking incidents in order (an actor or place with many incidents) is the
// page found by reading its incidents first, in every order and with other
// filters.
func TestActorPlansAgree(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	actorsOf := []string{"Islamic State", "Taliban", "Military Forces of Iraq (2014-)", "Civilians"}
	var entries []Entry
	for i := range 60 {
		id := fmt.Sprintf("p%02d", i)
		e := actorEvent(id, 1+i%28, actorsOf[i%len(actorsOf)], actorsOf[(i/len(actorsOf))%len(actorsOf)])
		e.Date = sitrep.Date(fmt.Sprintf("2017-%02d-%02d", 1+i%12, 1+i%28))
		lat, lon := float64(i%40), float64(i%50)
		e.Location.Lat, e.Location.Lon = &lat, &lon
		e.Fatalities = sitrep.Int(i % 7)
		if i%5 == 0 {
			e.EventType = "Battles"
		}
		entries = append(entries, Entry{Doc: newDoc(id, "report "+id), Events: []sitrep.Event{e}})
	}
	if _, err := s.AddDocuments(ctx, entries); err != nil {
		t.Fatal(err)
	}
	defer func(n int) { actorsCommon = n }(actorsCommon)
	pages := func(f sitrep.EventFilter, order sitrep.Order) []string {
		var out []string
		cur := ""
		for {
			evs, next, err := s.EventsPage(ctx, f, order, cur)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				out = append(out, e.ID)
			}
			if next == "" {
				return out
			}
			cur = next
		}
	}
	for _, f := range []sitrep.EventFilter{
		{Actor: "islamic state", Limit: 4},
		{Actor: "iraq", Limit: 3, Types: []string{"Battles"}},
		{Actor: "civilians", Limit: 5, From: "2017-03-01", To: "2017-09-30"},
		{Actor: "taliban", Limit: 2, BBox: &sitrep.BBox{South: 0, West: 0, North: 30, East: 30}},
		{Place: "nineveh", Limit: 7},
		{Place: "IQ", Actor: "taliban", Limit: 2, From: "2017-02-01"},
		{Place: "al shifa", Limit: 5, Types: []string{"Battles"}},
		{Near: &sitrep.Point{Lat: 10, Lon: 10}, WithinKM: 900, Limit: 3},
		{Near: &sitrep.Point{Lat: 20, Lon: 30}, WithinKM: 1500, Limit: 4, Actor: "civilians"},
	} {
		for _, order := range sitrep.Orders {
			actorsCommon = 1 << 30 // every actor rare: read its incidents first
			in := pages(f, order)
			actorsCommon = 0 // every actor common: probe
			probe := pages(f, order)
			if len(in) == 0 || !slices.Equal(in, probe) {
				t.Errorf("%+v %s: read first %q, probed %q", f, order, in, probe)
			}
			actorsCommon = 0
			evs := actorIDs(t, s, f)
			actorsCommon = 1 << 30
			if want := actorIDs(t, s, f); !slices.Equal(evs, want) {
				t.Errorf("Events %+v: probed %q, read first %q", f, evs, want)
			}
		}
	}
}

// TestMigrationIndexesStoredActors checks that a store from before the
// actor index gets it when opened, with the keys a write gives.
func TestMigrationIndexesStoredActors(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	add(t, s, newDoc("d1", "report one"), actorEvent("d1", 1, "Islamic State", "Civilians"))
	add(t, s, newDoc("d2", "report two"), actorEvent("d2", 2, "Military Forces of Iraq (2014-)", "Islamic State"))
	keys := func(db *sql.DB) []string {
		rows, err := db.Query(`SELECT i.id || ' ' || a.key FROM incident_actors a JOIN incidents i ON i.seq = a.incident ORDER BY 1`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var k string
			rows.Scan(&k)
			out = append(out, k)
		}
		return out
	}
	written := keys(s.w)
	if len(written) == 0 {
		t.Fatal("no keys written")
	}
	// back to the schema before the index
	migs, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(migs, func(m migration) bool { return strings.HasSuffix(m.name, "_incident_actors.sql") })
	if migs[i].fill == nil {
		t.Fatalf("migration %s has no backfill", migs[i].name)
	}
	// (and without the column and table later steps add, which they add again)
	for _, q := range []string{`DROP TABLE incident_actors`, `ALTER TABLE incidents DROP COLUMN summary`, `DROP TABLE merge_records`,
		fmt.Sprintf(`PRAGMA user_version = %d`, migs[i].version-1)} {
		if _, err := s.w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := keys(s.w); !slices.Equal(got, written) {
		t.Errorf("after the migration: %q, want %q", got, written)
	}
}

// TestEachEventJSONIsTheJSONLWritersOutput checks that the lines
// EachEventJSON gives, stored records passed through where they can be,
// are byte for byte what export.JSONLWriter writes for the decoded events:
// for records this version stores (with <, > and & in their text) and for
// records of earlier versions (escaped, or with no record kind).
func TestEachEventJSONIsTheJSONLWritersOutput(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	e1 := actorEvent("d1", 1, "Islamic State", "Civilians")
	e1.Evidence[0].Text = "a <b> & \"quoted\" text, é and \u2028"
	add(t, s, newDoc("d1", "report one <b>"), e1)
	add(t, s, newDoc("d2", "report two"), actorEvent("d2", 2, "Al-Shabaab & allies", "Civilians"))
	add(t, s, newDoc("d3", "report three"), actorEvent("d3", 3, "Taliban", ""))
	// a record as an earlier version stored it: HTML escaped, no kind
	if _, err := s.w.Exec(`UPDATE incidents SET record = replace(replace(record, '&', '\u0026'), '"record":"event"', '"record":""') WHERE id = 'e-d2-1'`); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	jw := export.NewJSONLWriter(&want)
	if err := s.EachEvent(ctx, sitrep.EventFilter{}, jw.Write); err != nil {
		t.Fatal(err)
	}
	jw.Close()
	var got bytes.Buffer
	passed := 0
	if err := s.EachEventJSON(ctx, sitrep.EventFilter{}, func(line []byte) error {
		got.Write(line)
		got.WriteByte('\n')
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("EachEventJSON:\n%s\nJSONLWriter:\n%s", got.String(), want.String())
	}
	// EventsPageJSON: what encoding/json writes (HTML escaped) for the
	// events EventsPage decodes, page by page
	for _, order := range sitrep.Orders {
		cur := ""
		for range 5 {
			f := sitrep.EventFilter{Limit: 2}
			evs, next, err := s.EventsPage(ctx, f, order, cur)
			if err != nil {
				t.Fatal(err)
			}
			rawPage, rnext, err := s.EventsPageJSON(ctx, f, order, cur)
			if err != nil {
				t.Fatal(err)
			}
			wantPage, err := json.Marshal(evs)
			if err != nil {
				t.Fatal(err)
			}
			var raw [][]byte
			for _, r := range rawPage {
				raw = append(raw, r)
			}
			gotPage := append(append([]byte("["), bytes.Join(raw, []byte(","))...), ']')
			if string(gotPage) != string(wantPage) || rnext != next {
				t.Fatalf("%s after %q: EventsPageJSON\n%s next %q\nEventsPage encoded\n%s next %q", order, cur, gotPage, rnext, wantPage, next)
			}
			if next == "" {
				break
			}
			cur = next
		}
	}
	rows, err := s.r.Query(`SELECT record FROM incidents`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var rec []byte
		rows.Scan(&rec)
		if asWritten(rec) {
			passed++
		}
	}
	rows.Close()
	if passed != 2 {
		t.Errorf("%d records passed through, want 2 (not the earlier version's)", passed)
	}
}
