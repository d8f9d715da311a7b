package sqlite

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/storetest"
)

// report makes a document published on a day and its one event: a bombing
// in Al Shifa on 2017-03-08 with a toll (the same incident for every doc).
func report(doc, published string, killed int) (*sitrep.Document, sitrep.Event) {
	d := newDoc(doc, "An invented report "+doc+" about the market bombing.")
	d.Published = sitrep.Date(published)
	e := fullEvent(doc)
	e.Sources = e.Sources[:1]
	e.Sources[0].Published = d.Published
	e.Killed, e.Fatalities = sitrep.Exact(killed), sitrep.Int(killed)
	return d, e
}

// groups lists the events as their sorted source documents, sorted.
func groups(t *testing.T, s *Store) []string {
	t.Helper()
	evs, err := s.Events(context.Background(), sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		var docs []string
		for _, src := range e.Sources {
			docs = append(docs, src.Doc)
		}
		sort.Strings(docs)
		out = append(out, strings.Join(docs, "+"))
	}
	sort.Strings(out)
	return out
}

func add(t *testing.T, s *Store, d *sitrep.Document, evs ...sitrep.Event) {
	t.Helper()
	if _, _, err := s.AddDocument(context.Background(), d, evs, nil); err != nil {
		t.Fatal(err)
	}
}

// reports stores a report of the bombing for each (doc, published) pair,
// each giving 7 killed, and returns their events.
func reports(t *testing.T, s *Store, docPub ...string) []sitrep.Event {
	t.Helper()
	var out []sitrep.Event
	for i := 0; i+1 < len(docPub); i += 2 {
		d, e := report(docPub[i], docPub[i+1], 7)
		add(t, s, d, e)
		out = append(out, e)
	}
	return out
}

func TestIncidentsMergeReportsOfOneIncident(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	reports(t, s, "d1", "2017-03-09", "d2", "2017-03-10")
	if got := groups(t, s); !slices.Equal(got, []string{"d1+d2"}) {
		t.Fatalf("events %q, want one of d1 and d2", got)
	}
	st, _ := s.Stats(ctx)
	if st.Events != 1 || st.Records != 2 {
		t.Errorf("stats %+v, want 1 event of 2 records", st)
	}
	// queries on what either report said find the event
	for _, f := range []sitrep.EventFilter{{Doc: "d2"}, {Doc: "d1"}, {Text: "vegetable"}, {Actor: "islamic"}, {MinSources: 2}} {
		if evs, err := s.Events(ctx, f); err != nil || len(evs) != 1 {
			t.Errorf("Events(%+v) = %d events, %v; want the merged one", f, len(evs), err)
		}
	}
	if evs, _ := s.Events(ctx, sitrep.EventFilter{MinSources: 3}); len(evs) != 0 {
		t.Errorf("MinSources 3 finds %d events", len(evs))
	}
}

func TestIncidentIdsFollowTheFirstReport(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	d2, e2 := report("d2", "2017-03-10", 7)
	add(t, s, d2, e2)
	first := groups(t, s)
	evs, _ := s.Events(ctx, sitrep.EventFilter{})
	old := evs[0].ID
	// an earlier report arrives: the event is named by it now, and the
	// old id leads there
	d1, e1 := report("d1", "2017-03-09", 7)
	add(t, s, d1, e1)
	evs, _ = s.Events(ctx, sitrep.EventFilter{})
	if len(evs) != 1 || evs[0].ID != e1.ID {
		t.Fatalf("events %v (from %v), want one named %s", evs, first, e1.ID)
	}
	got, err := s.Event(ctx, old)
	if err != nil || got.ID != e1.ID {
		t.Errorf("Event(%s) = %v, %v; want the event it became, %s", old, got, err, e1.ID)
	}
	if _, err := s.Event(ctx, "e-never"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Event of an unknown id: %v", err)
	}
}

func TestDecisionsSurviveReextraction(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	evs0 := reports(t, s, "d1", "2017-03-09", "d2", "2017-03-10", "d3", "2017-03-10")
	e1, e2, e3 := evs0[0], evs0[1], evs0[2]
	ids, err := s.Split(ctx, e1.ID, []string{"d3"}, "a second blast")
	if err != nil || len(ids) != 2 {
		t.Fatalf("Split = %v, %v", ids, err)
	}
	want := []string{"d1+d2", "d3"}
	if got := groups(t, s); !slices.Equal(got, want) {
		t.Fatalf("after split %q, want %q", got, want)
	}
	// d3 is read again by a newer extractor: its record gets another id,
	// the same evidence; the split still holds
	re := e3
	re.ID = "e-d3-renamed"
	if err := s.ReplaceRecords(ctx, "d3", []sitrep.Event{re}, nil); err != nil {
		t.Fatal(err)
	}
	if got := groups(t, s); !slices.Equal(got, want) {
		t.Errorf("after re-extraction %q, want %q", got, want)
	}
	// and a join wins over the split, and outlives re-extraction too
	evs, _ := s.Events(ctx, sitrep.EventFilter{Doc: "d3"})
	joined, err := s.Join(ctx, []string{e1.ID, evs[0].ID}, "same blast after all")
	if err != nil {
		t.Fatal(err)
	}
	if got := groups(t, s); !slices.Equal(got, []string{"d1+d2+d3"}) {
		t.Fatalf("after join %q", got)
	}
	re2 := e2
	re2.ID = "e-d2-renamed"
	if err := s.ReplaceRecords(ctx, "d2", []sitrep.Event{re2}, nil); err != nil {
		t.Fatal(err)
	}
	if got := groups(t, s); !slices.Equal(got, []string{"d1+d2+d3"}) {
		t.Errorf("after a second re-extraction %q", got)
	}
	d, err := s.Detail(ctx, joined)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Records) != 3 || len(d.Decisions) == 0 {
		t.Errorf("detail: %d records, decisions %+v", len(d.Records), d.Decisions)
	}
	if _, err := s.Split(ctx, "e-never", nil, ""); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("split of an unknown event: %v", err)
	}
}

func TestDeleteDocumentRegroups(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	evs := reports(t, s, "d1", "2017-03-09", "d2", "2017-03-10")
	e1, e2 := evs[0], evs[1]
	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	if got := groups(t, s); !slices.Equal(got, []string{"d2"}) {
		t.Errorf("after deleting d1: %q, want d2 alone", got)
	}
	if got, err := s.Event(ctx, e1.ID); err != nil || got.ID != e2.ID {
		t.Errorf("the deleted report's event id leads to %v, %v; want %s", got, err, e2.ID)
	}
}

func TestCorrectionsOutliveMergingAndReextraction(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	evs := reports(t, s, "d1", "2017-03-09", "d2", "2017-03-10")
	e1 := evs[0]
	c, id, err := s.Correct(ctx, e1.ID, sitrep.Correction{Action: "set", Set: map[string]string{"killed": "12", "actor1": "Northern Front"}, By: "tester", Note: "hospital toll"})
	if err != nil || c.Seq == 0 || id != e1.ID {
		t.Fatalf("Correct = %+v, %q, %v", c, id, err)
	}
	check := func(when string) {
		t.Helper()
		ev, err := s.Event(ctx, e1.ID)
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		if ev.Killed.String() != "12/12/12" || ev.Actor1 != "Northern Front" || ev.Fatalities == nil || *ev.Fatalities != 12 {
			t.Errorf("%s: killed %s, actor1 %q, fatalities %v: the correction did not hold", when, ev.Killed, ev.Actor1, ev.Fatalities)
		}
		if len(ev.Corrections) != 1 || ev.Corrections[0].By != "tester" {
			t.Errorf("%s: corrections %+v", when, ev.Corrections)
		}
	}
	check("after the correction")
	// another report joins the event
	d3, e3 := report("d3", "2017-03-10", 9)
	add(t, s, d3, e3)
	if got := groups(t, s); !slices.Equal(got, []string{"d1+d2+d3"}) {
		t.Fatalf("the third report did not join: %q", got)
	}
	check("after a report joined")
	// its first report is read again, under another record id
	re := e1
	re.ID = "e-d1-renamed"
	if err := s.ReplaceRecords(ctx, "d1", []sitrep.Event{re}, nil); err != nil {
		t.Fatal(err)
	}
	evs2, _ := s.Events(ctx, sitrep.EventFilter{})
	if len(evs2) != 1 || evs2[0].Killed.String() != "12/12/12" {
		t.Errorf("after re-extraction: %d events, killed %v", len(evs2), evs2)
	}
	// delete, then undo
	del, _, err := s.Correct(ctx, evs2[0].ID, sitrep.Correction{Action: "delete", By: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Events(ctx, sitrep.EventFilter{}); len(got) != 0 {
		t.Errorf("a deleted event is still listed: %v", got)
	}
	if st, _ := s.Stats(ctx); st.Events != 0 {
		t.Errorf("stats count a deleted event: %+v", st)
	}
	if _, err := s.Undo(ctx, del.Seq, "tester"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Events(ctx, sitrep.EventFilter{}); len(got) != 1 {
		t.Errorf("undo did not bring the event back: %v", got)
	}
	if _, err := s.Undo(ctx, del.Seq, "tester"); err == nil || !strings.Contains(err.Error(), "undone already") {
		t.Errorf("a second undo: %v", err)
	}
	rows, err := s.Corrections(ctx, true)
	if err != nil || len(rows) != 2 || rows[1].UndoneAt == "" || rows[0].Event == "" {
		t.Errorf("Corrections(all) = %+v, %v", rows, err)
	}
	if rows, _ := s.Corrections(ctx, false); len(rows) != 1 {
		t.Errorf("standing corrections: %+v", rows)
	}
	if _, _, err := s.Correct(ctx, "e-never", sitrep.Correction{Action: "delete"}); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("correcting an unknown event: %v", err)
	}
	if _, _, err := s.Correct(ctx, e1.ID, sitrep.Correction{Action: "set", Set: map[string]string{"killed": "many"}}); err == nil {
		t.Error("a count that is no number was stored")
	}
	if _, err := s.Undo(ctx, 99, "x"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("undo of an unknown correction: %v", err)
	}
}

// TestIncidentsMadeOnEveryCPUAreStoredAlike stores one batch of reports of
// many incidents twice: with the events of the groups made on every CPU
// before the writer stores them (makeIncidents), and made by the writer
// one by one. The incidents, their records' incidents and their actor
// keys must be the same, row for row.
func TestIncidentsMadeOnEveryCPUAreStoredAlike(t *testing.T) {
	ctx := context.Background()
	var entries []Entry
	const incidents, copies = 40, 3
	for k := range incidents {
		for c := range copies {
			doc := fmt.Sprintf("inc%02d-r%d", k, c)
			d := newDoc(doc, fmt.Sprintf("An invented report %s about clash %d near the river.", doc, k))
			d.Published = sitrep.Date(fmt.Sprintf("2017-03-%02d", 10+c))
			e := fullEvent(doc)
			e.Sources = e.Sources[:1]
			e.Sources[0].Published = d.Published
			e.Date = sitrep.Date(fmt.Sprintf("2017-03-%02d", 1+k%9))
			e.Actor1 = fmt.Sprintf("Brigade %d", k)
			if c == 2 {
				e.Actor2 = fmt.Sprintf("Villagers of hamlet %d", k)
			}
			e.Location.Name = fmt.Sprintf("Hamlet %d", k)
			e.Location.Lat, e.Location.Lon = fptr(30+float64(k)), fptr(40+float64(k%7))
			e.Killed, e.Fatalities = sitrep.Exact(5+c), sitrep.Int(5+c)
			entries = append(entries, Entry{Doc: d, Events: []sitrep.Event{e}})
		}
	}
	dump := func(parallelFrom int) []string {
		old := minParallelIncidents
		minParallelIncidents = parallelFrom
		defer func() { minParallelIncidents = old }()
		s := openTemp(t)
		res, err := s.AddDocuments(ctx, entries)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
		var out []string
		for _, q := range []string{
			`SELECT id || ' ' || coalesce(date, '') || ' ' || sources || ' ' || record || ' ' || actor1 || ' ' || actor2 FROM incidents ORDER BY id`,
			`SELECT id || ' ' || incident FROM events ORDER BY id`,
			`SELECT a.key || ' ' || i.id FROM incident_actors a JOIN incidents i ON i.seq = a.incident ORDER BY 1`,
		} {
			rows, err := s.r.QueryContext(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var line string
				if err := rows.Scan(&line); err != nil {
					t.Fatal(err)
				}
				out = append(out, line)
			}
			if err := rows.Close(); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	serial, parallel := dump(len(entries)+1), dump(1)
	merged := 0
	for _, line := range serial {
		if strings.Contains(line, " 2 {") || strings.Contains(line, " 3 {") {
			merged++
		}
	}
	if merged < 16 {
		for _, l := range serial[:incidents] {
			t.Log(l[:min(len(l), 60)])
		}
		t.Fatalf("%d incidents of several reports stored: the batch does not make the groups this test needs", merged)
	}
	if !slices.Equal(serial, parallel) {
		for i := range min(len(serial), len(parallel)) {
			if serial[i] != parallel[i] {
				t.Fatalf("row %d differs:\nserial:   %s\nparallel: %s", i, serial[i], parallel[i])
			}
		}
		t.Fatalf("%d rows made serially, %d in parallel", len(serial), len(parallel))
	}
}

// An id leads to the incident of its record while the record is stored,
// with no alias written; once the record goes, an alias keeps it leading
// to where its records went, and still does when the report that alias
// leads to goes in turn.
func TestOldIdsLeadWhereTheirRecordsWent(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	leads := func(when, id, want string) {
		t.Helper()
		got, err := s.Event(ctx, id)
		if err != nil || got.ID != want {
			t.Errorf("%s: Event(%s) = %v, %v; want %s", when, id, got, err, want)
		}
	}
	aliases := func() int {
		var n int
		if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM incident_aliases`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	d2, e2 := report("d2", "2017-03-10", 7)
	add(t, s, d2, e2)
	d1, e1 := report("d1", "2017-03-09", 7)
	add(t, s, d1, e1)
	leads("an earlier report joined", e2.ID, e1.ID)
	if n := aliases(); n != 0 {
		t.Errorf("%d aliases written for ids whose records are stored", n)
	}
	// d1 goes: its id leads to the incident of the records it held
	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	leads("d1 deleted", e1.ID, e2.ID)
	// an earlier report names the incident, then d2 (which e1's alias
	// led to) goes too
	d0, e0 := report("d0", "2017-03-08", 7)
	add(t, s, d0, e0)
	leads("d0 joined", e1.ID, e0.ID)
	leads("d0 joined", e2.ID, e0.ID)
	if err := s.DeleteDocument(ctx, "d2"); err != nil {
		t.Fatal(err)
	}
	leads("d2 deleted", e1.ID, e0.ID)
	leads("d2 deleted", e2.ID, e0.ID)
}

func TestIncidentRowDoesNotGrowWithItsRecords(t *testing.T) {
	s := openTemp(t)
	storetest.RowDoesNotGrow(t, s, func(t *testing.T, id string) int {
		var n int
		if err := s.w.QueryRow(`SELECT length(record) + coalesce(length(summary), 0) FROM incidents WHERE id = ?`, id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	})
}
