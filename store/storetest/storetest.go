// Package storetest is the behaviour every sitrep.Store must show, written
// once and run against each implementation (store/sqlite, store/postgres),
// so that a store that passes it can stand in for another: the same
// documents in give the same events, merged groups, filters and counts out.
//
// An implementation's tests call Run with a function that opens a new,
// empty store. The documents and events here are invented: made-up reports
// about made-up incidents in real places.
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

// Opener opens a new, empty store for one test; it registers the store's
// closing with t.Cleanup.
type Opener func(t *testing.T) sitrep.Store

// Run runs every behaviour of the suite, each as a subtest on a store of
// its own.
func Run(t *testing.T, open Opener) {
	for _, tc := range []struct {
		name string
		fn   func(t *testing.T, s sitrep.Store)
	}{
		{"round_trip_of_every_field", roundTrip},
		{"round_trip_of_empty_fields", roundTripEmpty},
		{"round_trip_of_figures", roundTripFigures},
		{"same_content_is_stored_once", sameContentOnce},
		{"taken_id_is_disambiguated", takenID},
		{"failures_are_kept_once", failuresOnce},
		{"reports_of_one_incident_merge", reportsMerge},
		{"incident_id_follows_the_first_report", incidentIDFollowsFirst},
		{"different_incidents_stay_apart", differentIncidentsApart},
		{"wire_copy_counts_as_one_source", wireCopyOneSource},
		{"an_event_of_many_reports_lists_each", manyReportsListed},
		{"merged_events_list_as_shown", mergedListedAsShown},
		{"filters", filters},
		{"pages_cover_every_event_once", pagesCover},
		{"invalid_queries_are_errors", invalidQueries},
		{"aggregates_agree_with_events", aggregatesAgree},
		{"places_replace_by_gazetteer", placesReplace},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

var ctx = context.Background()

func fptr(f float64) *float64 { return &f }

func i64ptr(n int64) *int64 { return &n }

func hexSHA256(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// newDoc makes a document whose hash follows from its text.
func newDoc(id, text string) *sitrep.Document {
	return &sitrep.Document{
		ID: id, Origin: "testdata/" + id + ".txt", Outlet: "Example Wire",
		Published: "2017-03-09", PublishedHow: sitrep.DateFromText,
		Raw: text, Text: text, Hash: hexSHA256(text),
	}
}

// fullEvent is an event with every field set.
func fullEvent(doc string) sitrep.Event {
	return sitrep.Event{
		Record: "event", ID: "e-" + doc + "-1", Doc: doc,
		Date: "2017-03-08", DatePrecision: sitrep.PrecisionDay,
		EventType: "Explosions/Remote violence", SubEventType: "Suicide bomb",
		Actor1: "Islamic State", Actor2: "civilians",
		Location: &sitrep.Location{
			Name: "Al Shifa", Admin1: "Nineveh", Country: "IQ",
			Lat: fptr(36.3566), Lon: fptr(43.1210), Precision: 2,
			GeonameID: i64ptr(98182), Within: "Mosul",
			Relative: "2 km north of the old bridge", Gazetteer: "geonames",
		},
		Fatalities: sitrep.Int(7),
		Killed:     sitrep.AtLeast(7),
		Wounded:    sitrep.Between(10, 14),
		Casualties: []sitrep.Casualty{
			{Kind: sitrep.Killed, Group: "civilians", Count: sitrep.AtLeast(7), Text: "killing at least seven shoppers"},
			{Kind: sitrep.Wounded, Group: "people", Count: sitrep.Between(10, 14), Text: "10 to 14 were hurt"},
		},
		Evidence: []sitrep.Evidence{
			{Doc: doc, Start: 0, End: 58, Text: "A car bomb tore through the vegetable market on Wednesday,"},
			{Doc: doc, Start: 59, End: 96, Text: "killing at least seven shoppers café."},
		},
		Sources: []sitrep.Source{
			{Doc: doc, URL: "https://example.org/a/1", Outlet: "Example Wire", Published: "2017-03-09", Title: "Market blast"},
			{Doc: "other-wire-7", Outlet: "Other Wire", Published: "2017-03-10"},
		},
		Confidence: 0.82,
		FieldEvidence: map[string]sitrep.Evidence{
			"date":   {Doc: doc, Start: 48, End: 57, Text: "Wednesday"},
			"killed": {Doc: doc, Start: 59, End: 90, Text: "killing at least seven shoppers"},
		},
		Notes: []string{"date from 'on Wednesday' against publication 2017-03-09"},
	}
}

// emptyEvent is an event with every optional field empty.
func emptyEvent(doc string) sitrep.Event {
	return sitrep.Event{Record: "event", ID: "e-" + doc + "-2", Doc: doc,
		EventType: "Battles", SubEventType: "Armed clash", Actor1: "unknown", Actor2: "unknown"}
}

func add(t *testing.T, s sitrep.Store, d *sitrep.Document, evs ...sitrep.Event) {
	t.Helper()
	if _, _, err := s.AddDocument(ctx, d, evs, nil); err != nil {
		t.Fatal(err)
	}
}

func events(t *testing.T, s sitrep.Store, f sitrep.EventFilter) []sitrep.Event {
	t.Helper()
	evs, err := s.Events(ctx, f)
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	return evs
}

// Groups lists a store's events as the sorted documents of their sources,
// sorted: two stores holding the same merged groups give the same list.
func Groups(ctx context.Context, s sitrep.Store) ([]string, error) {
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(evs))
	for _, e := range evs {
		docs := make([]string, 0, len(e.Sources))
		for _, src := range e.Sources {
			docs = append(docs, src.Doc)
		}
		sort.Strings(docs)
		out = append(out, strings.Join(docs, "+"))
	}
	sort.Strings(out)
	return out, nil
}

func groups(t *testing.T, s sitrep.Store) []string {
	t.Helper()
	g, err := Groups(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func roundTrip(t *testing.T, s sitrep.Store) {
	d := newDoc("d1", "A car bomb tore through the vegetable market on Wednesday, killing at least seven shoppers café.")
	d.Raw = "Share this.\n" + d.Text
	d.Dropped = []sitrep.Dropped{{Raw: sitrep.Span{Start: 0, End: 11}, Rule: "share_bar", Text: "Share this."}}
	d.Title, d.URL, d.DuplicateOf = "Market blast", "https://example.org/a/1", "d0"
	d.Encoding, d.Notes = "windows-1256 (meta charset)", []string{"a note of the reader"}
	want := fullEvent("d1")
	added, id, err := s.AddDocument(ctx, d, []sitrep.Event{want}, nil)
	if err != nil || !added || id != "d1" {
		t.Fatalf("AddDocument = %v, %q, %v; want true, d1, nil", added, id, err)
	}
	got := events(t, s, sitrep.EventFilter{Doc: "d1"})
	if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
		t.Errorf("event changed in the store:\n got %+v\nwant %+v", got, want)
	}
	one, err := s.Event(ctx, want.ID)
	if err != nil || !reflect.DeepEqual(*one, want) {
		t.Errorf("Event(%s) = %+v, %v", want.ID, one, err)
	}
	gotDoc, err := s.Document(ctx, "d1")
	if err != nil || !reflect.DeepEqual(gotDoc, d) {
		t.Errorf("document changed in the store:\n got %+v, %v\nwant %+v", gotDoc, err, d)
	}
	if _, err := s.Document(ctx, "d-never"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Document of an unknown id: %v, want ErrNotFound", err)
	}
	if _, err := s.Event(ctx, "e-never"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Event of an unknown id: %v, want ErrNotFound", err)
	}
}

func roundTripEmpty(t *testing.T, s sitrep.Store) {
	d := newDoc("d1", "Gunmen and soldiers exchanged fire.")
	want := emptyEvent("d1")
	add(t, s, d, want)
	got := events(t, s, sitrep.EventFilter{})
	if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
		t.Errorf("event changed in the store:\n got %+v\nwant %+v", got, want)
	}
}

func roundTripFigures(t *testing.T, s sitrep.Store) {
	d := newDoc("d1", "Some 40,000 people have fled the western districts since February.")
	figs := []sitrep.Figure{
		{Record: "figure", Doc: "d1", What: sitrep.FigureDisplaced, Group: "people", Value: sitrep.AtLeast(40000),
			Place: &sitrep.Location{Name: "Mosul", Lat: fptr(36.34), Lon: fptr(43.13)}, AsOf: "2017-03-09",
			Period: "since February", Evidence: []sitrep.Evidence{{Start: 0, End: 66, Text: d.Text}}},
		{Record: "figure", Doc: "d1", What: sitrep.FigureOther},
	}
	if _, _, err := s.AddDocument(ctx, d, nil, figs); err != nil {
		t.Fatal(err)
	}
	got, err := s.Figures(ctx, sitrep.EventFilter{Doc: "d1"})
	if err != nil || !reflect.DeepEqual(got, figs) {
		t.Errorf("figures changed in the store:\n got %+v, %v\nwant %+v", got, err, figs)
	}
	got, err = s.Figures(ctx, sitrep.EventFilter{Text: "western districts"})
	if err != nil || len(got) != 1 {
		t.Errorf("figures with the words 'western districts': %d, %v; want 1", len(got), err)
	}
}

func sameContentOnce(t *testing.T, s sitrep.Store) {
	d := newDoc("d1", "Gunmen stormed a checkpoint near the river crossing.")
	add(t, s, d, emptyEvent("d1"))
	again := newDoc("copy-of-d1", d.Text)
	added, id, err := s.AddDocument(ctx, again, []sitrep.Event{emptyEvent("copy-of-d1")}, nil)
	if err != nil || added || id != "d1" {
		t.Fatalf("second add = %v, %q, %v; want false, d1, nil", added, id, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Documents != 1 || st.Events != 1 || st.Records != 1 {
		t.Errorf("stats = %+v, %v; want 1 document, 1 event, 1 record", st, err)
	}
}

func takenID(t *testing.T, s sitrep.Store) {
	add(t, s, newDoc("item-1", "Shelling hit the northern district overnight."))
	other := newDoc("item-1", "A convoy was ambushed on the desert road, officials said.")
	ev := emptyEvent("item-1")
	added, id, err := s.AddDocument(ctx, other, []sitrep.Event{ev}, nil)
	want := "item-1~" + other.Hash[:8]
	if err != nil || !added || id != want {
		t.Fatalf("AddDocument of another text under a taken id = %v, %q, %v; want true, %s", added, id, err, want)
	}
	evs := events(t, s, sitrep.EventFilter{Doc: want})
	if len(evs) != 1 || evs[0].Doc != want {
		t.Errorf("the renamed document's events: %+v, want one naming %s", evs, want)
	}
}

func failuresOnce(t *testing.T, s sitrep.Store) {
	fs := []sitrep.Failure{
		{Origin: "a.html", Reason: "read a.html: not UTF-8", Hash: "aa", At: "2017-03-09T10:00:00Z"},
		{Origin: "b.json:3", Reason: "b.json line 3: bad JSON", At: "2017-03-09T11:00:00Z"},
		{Origin: "a.html", Reason: "read a.html: not UTF-8", Hash: "aa", At: "2017-03-10T10:00:00Z"},
	}
	for _, f := range fs {
		if err := s.AddFailure(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Failures(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Origin != "b.json:3" || got[1].At != "2017-03-09T10:00:00Z" {
		t.Errorf("failures = %+v; want b.json:3 then a.html once, with its first time", got)
	}
	if st, _ := s.Stats(ctx); st.Failures != 2 {
		t.Errorf("stats count %d failures, want 2", st.Failures)
	}
}

// report makes a document published on a day and its one event: the
// bombing of fullEvent, told by one outlet with a toll.
func report(doc, outlet, published string, killed int) (*sitrep.Document, sitrep.Event) {
	d := newDoc(doc, "An invented report "+doc+" about the market bombing.")
	d.Published, d.Outlet = sitrep.Date(published), outlet
	e := fullEvent(doc)
	e.Sources = []sitrep.Source{{Doc: doc, Outlet: outlet, Published: d.Published}}
	e.Killed, e.Fatalities = sitrep.Exact(killed), sitrep.Int(killed)
	return d, e
}

// AddIncidents stores merged incidents, each told by two reports, and
// single ones, told by one, interleaved: incident i is a bombing on its
// own day (i days after 2016-01-01) in its own invented village, a degree
// of latitude or longitude from any other. It returns the ids of the
// documents of each incident (one or two), in the order stored.
func AddIncidents(t *testing.T, s sitrep.Store, merged, single int) [][]string {
	t.Helper()
	start := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	n := merged + single
	var out [][]string
	for i := range n {
		reports := 2
		if i*single/n != (i+1)*single/n { // the single ones spread among the others
			reports = 1
		}
		day := start.AddDate(0, 0, i)
		var docs []string
		for r := range reports {
			doc := fmt.Sprintf("inc%03d-r%d", i, r)
			published := sitrep.Date(day.AddDate(0, 0, 1+r).Format("2006-01-02"))
			d, e := report(doc, fmt.Sprintf("Outlet %d", r), string(published), 3+i%5)
			d.Text = fmt.Sprintf("Report %d of the blast in Village %d.", r, i)
			d.Raw, d.Hash = d.Text, hexSHA256(d.Text)
			e.Date = sitrep.Date(day.Format("2006-01-02"))
			lat, lon := 30+float64(i%10), 40+float64(i/10)
			e.Location = &sitrep.Location{Name: fmt.Sprintf("Village %d", i), Country: "IQ", Lat: &lat, Lon: &lon, Precision: 2}
			e.Evidence = []sitrep.Evidence{{Doc: doc, Start: 0, End: len(d.Text), Text: d.Text}}
			add(t, s, d, e)
			docs = append(docs, doc)
		}
		out = append(out, docs)
	}
	return out
}

// mergedListedAsShown: a listing of many merged events (more than one
// reading of their records holds) gives each as Event shows it, whole or
// by pages.
func mergedListedAsShown(t *testing.T, s sitrep.Store) {
	const merged, single = 150, 40
	AddIncidents(t, s, merged, single)
	evs := events(t, s, sitrep.EventFilter{})
	if len(evs) != merged+single {
		t.Fatalf("%d events, want %d", len(evs), merged+single)
	}
	two := 0
	for _, ev := range evs {
		if len(ev.Sources) == 2 && len(ev.Evidence) == 2 {
			two++
		}
		shown, err := s.Event(ctx, ev.ID)
		if err != nil {
			t.Fatal(err)
		}
		if listed, alone := encode(t, ev), encode(t, *shown); listed != alone {
			t.Fatalf("event %s listed:\n%s\nshown:\n%s", ev.ID, listed, alone)
		}
	}
	if two != merged {
		t.Errorf("%d events of two sources and two pieces of evidence, want %d", two, merged)
	}
	var paged []sitrep.Event
	for cur := ""; ; {
		page, next, err := s.EventsPage(ctx, sitrep.EventFilter{Limit: 60}, sitrep.NewestFirst, cur)
		if err != nil {
			t.Fatal(err)
		}
		paged = append(paged, page...)
		if js, ok := s.(pageJSONer); ok {
			raw, _, err := js.EventsPageJSON(ctx, sitrep.EventFilter{Limit: 60}, sitrep.NewestFirst, cur)
			if err != nil {
				t.Fatal(err)
			}
			for i := range raw {
				if want := encode(t, page[i]); string(raw[i]) != want {
					t.Fatalf("EventsPageJSON:\n%s\nEventsPage:\n%s", raw[i], want)
				}
			}
		}
		if next == "" || len(paged) > len(evs) {
			break
		}
		cur = next
	}
	if len(paged) != len(evs) {
		t.Fatalf("pages hold %d events, the listing %d", len(paged), len(evs))
	}
	for i := range evs {
		if a, b := encode(t, paged[i]), encode(t, evs[i]); a != b {
			t.Fatalf("event %d paged:\n%s\nlisted:\n%s", i, a, b)
		}
	}
}

// encode is an event as encoding/json writes it.
func encode(t *testing.T, e sitrep.Event) string {
	t.Helper()
	b, err := json.Marshal(&e)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func reportsMerge(t *testing.T, s sitrep.Store) {
	d1, e1 := report("d1", "Wire A", "2017-03-09", 7)
	d2, e2 := report("d2", "Wire B", "2017-03-10", 9)
	add(t, s, d1, e1)
	add(t, s, d2, e2)
	if got := groups(t, s); !slices.Equal(got, []string{"d1+d2"}) {
		t.Fatalf("events %q, want one of d1 and d2", got)
	}
	st, _ := s.Stats(ctx)
	if st.Events != 1 || st.Records != 2 || st.Documents != 2 {
		t.Errorf("stats %+v, want 2 documents, 1 event of 2 records", st)
	}
	ev := events(t, s, sitrep.EventFilter{})[0]
	if ev.Killed.Low == nil || *ev.Killed.Low != 7 || ev.Killed.High == nil || *ev.Killed.High != 9 {
		t.Errorf("killed %s, want low 7 and high 9 from the two reports", ev.Killed)
	}
	for _, f := range []sitrep.EventFilter{{Doc: "d2"}, {Doc: "d1"}, {Text: "vegetable"}, {Actor: "islamic"}, {MinSources: 2}} {
		if evs := events(t, s, f); len(evs) != 1 {
			t.Errorf("Events(%+v) = %d events, want the merged one", f, len(evs))
		}
	}
	if evs := events(t, s, sitrep.EventFilter{MinSources: 3}); len(evs) != 0 {
		t.Errorf("MinSources 3 finds %d events", len(evs))
	}
	// storing a report again changes nothing
	before := events(t, s, sitrep.EventFilter{})
	add(t, s, d2, e2)
	if after := events(t, s, sitrep.EventFilter{}); !reflect.DeepEqual(before, after) {
		t.Errorf("a report stored again changed the events:\n%+v\n%+v", before, after)
	}
}

func incidentIDFollowsFirst(t *testing.T, s sitrep.Store) {
	d2, e2 := report("d2", "Wire B", "2017-03-10", 7)
	add(t, s, d2, e2)
	old := events(t, s, sitrep.EventFilter{})[0].ID
	d1, e1 := report("d1", "Wire A", "2017-03-09", 7)
	add(t, s, d1, e1)
	evs := events(t, s, sitrep.EventFilter{})
	if len(evs) != 1 || evs[0].ID != e1.ID {
		t.Fatalf("events %+v, want one named by the earlier report's record %s", evs, e1.ID)
	}
	if got, err := s.Event(ctx, old); err != nil || got.ID != e1.ID {
		t.Errorf("Event(%s) = %v, %v; want the event it became, %s", old, got, err, e1.ID)
	}
}

func differentIncidentsApart(t *testing.T, s sitrep.Store) {
	d1, e1 := report("d1", "Wire A", "2017-03-09", 7)
	add(t, s, d1, e1)
	// the same kind of attack a month later
	d2, e2 := report("d2", "Wire B", "2017-04-12", 7)
	e2.Date = "2017-04-11"
	add(t, s, d2, e2)
	// the same day, in another country
	d3, e3 := report("d3", "Wire C", "2017-03-09", 7)
	e3.Location = &sitrep.Location{Name: "Kabul", Country: "AF", Lat: fptr(34.5281), Lon: fptr(69.1723), Precision: 1}
	add(t, s, d3, e3)
	if got := groups(t, s); !slices.Equal(got, []string{"d1", "d2", "d3"}) {
		t.Errorf("events %q, want three apart", got)
	}
}

func wireCopyOneSource(t *testing.T, s sitrep.Store) {
	d1, e1 := report("d1", "Wire A", "2017-03-09", 7)
	add(t, s, d1, e1)
	d2, e2 := report("d2", "Daily Paper", "2017-03-09", 7)
	d2.DuplicateOf = "d1" // a paper printing the wire's story
	add(t, s, d2, e2)
	if got := groups(t, s); !slices.Equal(got, []string{"d1+d2"}) {
		t.Fatalf("events %q, want one of d1 and d2", got)
	}
	if evs := events(t, s, sitrep.EventFilter{MinSources: 2}); len(evs) != 0 {
		t.Errorf("a wire copy counted as a second source: %d events with 2 sources", len(evs))
	}
	if evs := events(t, s, sitrep.EventFilter{MinSources: 1}); len(evs) != 1 {
		t.Errorf("%d events with 1 source, want 1", len(evs))
	}
}

// manyReportsListed adds reports of one incident one at a time (three
// outlets and copies of the first, one published before it), and demands
// that every way of reading the event lists each report as a source, in
// the order of publication, with its record, figures and evidence, copies
// marked, and notes naming each source's toll: what a store keeps of an
// incident of many records must give it all back.
func manyReportsListed(t *testing.T, s sitrep.Store) {
	type told struct {
		doc, published, copyOf string
		killed                 int
	}
	reports := []told{{"d01", "2017-03-10", "", 7}, {"d02", "2017-03-11", "", 9}, {"d03", "2017-03-11", "", 7}}
	for i := 4; i <= 12; i++ {
		reports = append(reports, told{fmt.Sprintf("d%02d", i), "2017-03-12", "d01", 7})
	}
	reports = append(reports, told{"d13", "2017-03-09", "d01", 7}) // a copy printed first
	for n, r := range reports {
		d, e := report(r.doc, "Outlet "+r.doc, r.published, r.killed)
		d.DuplicateOf = r.copyOf
		e.Evidence = []sitrep.Evidence{{Doc: r.doc, Start: 0, End: 20, Text: "Evidence of " + r.doc + " here."}}
		add(t, s, d, e)
		if n == 0 {
			continue
		}
		evs := events(t, s, sitrep.EventFilter{})
		if len(evs) != 1 {
			t.Fatalf("after %d reports: %d events, want one", n+1, len(evs))
		}
		ev := evs[0]
		sofar := reports[:n+1]
		byDay := slices.Clone(sofar)
		slices.SortStableFunc(byDay, func(a, b told) int { return strings.Compare(a.published+a.doc, b.published+b.doc) })
		if ev.ID != "e-"+byDay[0].doc+"-1" {
			t.Errorf("after %d reports: the event is %s, want the first published report's record", n+1, ev.ID)
		}
		if len(ev.Sources) != len(sofar) || len(ev.Evidence) != len(sofar) {
			t.Fatalf("after %d reports: %d sources, %d pieces of evidence", n+1, len(ev.Sources), len(ev.Evidence))
		}
		// a copy names the first of its copy group in the event's order
		first := map[string]string{}
		var said []string
		for i, want := range byDay {
			group := want.copyOf
			if group == "" {
				group = want.doc
			}
			copyOf := ""
			if o, ok := first[group]; ok {
				copyOf = o
			} else {
				first[group] = want.doc
				said = append(said, want.doc+" "+sitrep.Exact(want.killed).String())
			}
			src := ev.Sources[i]
			if src.Doc != want.doc || src.Record != "e-"+want.doc+"-1" || src.CopyOf != copyOf || src.Outlet != "Outlet "+want.doc ||
				src.Killed.String() != sitrep.Exact(want.killed).String() || ev.Evidence[i].Text != "Evidence of "+want.doc+" here." {
				t.Errorf("after %d reports: source %d is %+v with evidence %q, want %s (copy of %q)", n+1, i, src, ev.Evidence[i].Text, want.doc, copyOf)
			}
		}
		notes := strings.Join(ev.Notes, "\n")
		if c := fmt.Sprintf("merge: %d records from %d sources", len(sofar), len(first)); !strings.Contains(notes, c) {
			t.Errorf("after %d reports: notes %q do not say %q", n+1, ev.Notes, c)
		}
		if len(first) > 1 && !strings.Contains(notes, "sources: "+strings.Join(said, ", ")) {
			t.Errorf("after %d reports: notes %q do not list the tolls %q", n+1, ev.Notes, said)
		}
		// one event, whichever way it is read
		one, err := s.Event(ctx, ev.ID)
		if err != nil || !reflect.DeepEqual(*one, ev) {
			t.Errorf("after %d reports: Event(%s) = %+v, %v; want the listed event", n+1, ev.ID, one, err)
		}
		page, _, err := s.EventsPage(ctx, sitrep.EventFilter{Limit: 5}, sitrep.NewestFirst, "")
		if err != nil || len(page) != 1 || !reflect.DeepEqual(page[0], ev) {
			t.Errorf("after %d reports: EventsPage = %+v, %v; want the listed event", n+1, page, err)
		}
	}
}

// spec describes a small event for the filter tests.
type spec struct {
	id, date, typ, sub, a1, a2 string
	lat, lon                   float64 // 0,0 = no coordinates
	place, country             string
	text                       string
}

func (sp spec) event(doc string) sitrep.Event {
	e := sitrep.Event{
		Record: "event", ID: sp.id, Doc: doc, Date: sitrep.Date(sp.date),
		EventType: sp.typ, SubEventType: sp.sub, Actor1: sp.a1, Actor2: sp.a2,
		Evidence: []sitrep.Evidence{{Doc: doc, Start: 0, End: len([]rune(sp.text)), Text: sp.text}},
		Sources:  []sitrep.Source{{Doc: doc, Outlet: "Example Wire"}},
	}
	if sp.date != "" {
		e.DatePrecision = sitrep.PrecisionDay
	}
	if sp.lat != 0 || sp.lon != 0 {
		e.Location = &sitrep.Location{Name: sp.place, Country: sp.country, Lat: fptr(sp.lat), Lon: fptr(sp.lon), Precision: 1}
	}
	return e
}

// specs are events far enough apart in time, place or kind that none merge.
var specs = []spec{
	{"e-mosul", "2017-03-08", "Explosions/Remote violence", "Suicide bomb", "Islamic State", "Civilians", 36.34, 43.13, "Mosul", "IQ", "A suicide bomber struck a crowded market"},
	{"e-kabul", "2018-05-02", "Battles", "Armed clash", "Taliban", "Military Forces of Afghanistan", 34.53, 69.17, "Kabul", "AF", "Fighters clashed with soldiers near the airport"},
	{"e-aleppo", "2016-11-20", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "Civilians", 36.20, 37.16, "Aleppo", "SY", "Airstrikes hit a hospital in the eastern districts"},
	{"e-suva", "2019-01-15", "Protests", "Peaceful protest", "Protesters", "", -18.14, 178.44, "Suva", "FJ", "Teachers marched to parliament"},
	{"e-taveuni", "2019-01-16", "Protests", "Peaceful protest", "Protesters", "", -16.85, -179.97, "Taveuni", "FJ", "Farmers gathered at the wharf"},
	{"e-undated", "", "Riots", "Mob violence", "Rioters", "", 0, 0, "", "", "A mob burned tyres on the highway"},
}

func addSpecs(t *testing.T, s sitrep.Store) {
	t.Helper()
	for i, sp := range specs {
		id := fmt.Sprintf("doc-%02d", i)
		add(t, s, newDoc(id, "report "+id+": "+sp.text), sp.event(id))
	}
}

func ids(evs []sitrep.Event) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}

func filters(t *testing.T, s sitrep.Store) {
	addSpecs(t, s)
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
		want []string // in the order of Events: newest first, undated last
	}{
		{"none", sitrep.EventFilter{}, []string{"e-taveuni", "e-suva", "e-kabul", "e-mosul", "e-aleppo", "e-undated"}},
		{"date_range", sitrep.EventFilter{From: "2017-01-01", To: "2018-12-31"}, []string{"e-kabul", "e-mosul"}},
		{"date_range_and_undated", sitrep.EventFilter{From: "2017-01-01", To: "2018-12-31", Undated: sitrep.UndatedToo}, []string{"e-kabul", "e-mosul", "e-undated"}},
		{"undated_only", sitrep.EventFilter{Undated: sitrep.UndatedOnly}, []string{"e-undated"}},
		{"undated_none", sitrep.EventFilter{Undated: sitrep.UndatedNone, Types: []string{"riots", "battles"}}, []string{"e-kabul"}},
		{"type_any_case", sitrep.EventFilter{Types: []string{"explosions/remote violence"}}, []string{"e-mosul", "e-aleppo"}},
		{"sub_type", sitrep.EventFilter{Types: []string{"Air/drone strike", "Armed clash"}}, []string{"e-kabul", "e-aleppo"}},
		{"actor_words", sitrep.EventFilter{Actor: "military forces"}, []string{"e-kabul", "e-aleppo"}},
		{"actor_words_inside", sitrep.EventFilter{Actor: "Forces of-Syria"}, []string{"e-aleppo"}},
		{"actor_part_of_a_word", sitrep.EventFilter{Actor: "islam"}, nil},
		{"actor_alias", sitrep.EventFilter{Actor: "ISIS"}, []string{"e-mosul"}},
		{"actor_no_word", sitrep.EventFilter{Actor: "--"}, nil},
		{"near", sitrep.EventFilter{Near: &sitrep.Point{Lat: 36.3, Lon: 43.1}, WithinKM: 50}, []string{"e-mosul"}},
		{"bbox", sitrep.EventFilter{BBox: &sitrep.BBox{South: 30, West: 35, North: 40, East: 45}}, []string{"e-mosul", "e-aleppo"}},
		{"bbox_across_the_antimeridian", sitrep.EventFilter{BBox: &sitrep.BBox{South: -20, West: 178, North: -15, East: -179}}, []string{"e-taveuni", "e-suva"}},
		{"text", sitrep.EventFilter{Text: "hospital"}, []string{"e-aleppo"}},
		{"text_or", sitrep.EventFilter{Text: "hospital OR wharf"}, []string{"e-taveuni", "e-aleppo"}},
		{"text_prefix", sitrep.EventFilter{Text: "march*"}, []string{"e-suva"}},
		{"text_phrase", sitrep.EventFilter{Text: `"crowded market"`}, []string{"e-mosul"}},
		{"text_nothing_searchable", sitrep.EventFilter{Text: "!!"}, nil},
		{"place", sitrep.EventFilter{Place: "fj"}, []string{"e-taveuni", "e-suva"}},
		{"doc", sitrep.EventFilter{Doc: "doc-01"}, []string{"e-kabul"}},
		{"limit", sitrep.EventFilter{Limit: 2}, []string{"e-taveuni", "e-suva"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(events(t, s, tc.f)); !slices.Equal(got, tc.want) {
				t.Errorf("Events(%+v) = %q, want %q", tc.f, got, tc.want)
			}
		})
	}
}

// pageJSONer is a store that gives a page of events as JSON (store/sqlite).
type pageJSONer interface {
	EventsPageJSON(ctx context.Context, f sitrep.EventFilter, order sitrep.Order, cursor string) ([]json.RawMessage, string, error)
}

func pagesCover(t *testing.T, s sitrep.Store) {
	addSpecs(t, s)
	for _, order := range sitrep.Orders {
		t.Run(string(order), func(t *testing.T) {
			var seen []string
			cur := ""
			for page := 0; ; page++ {
				evs, next, err := s.EventsPage(ctx, sitrep.EventFilter{Limit: 4}, order, cur)
				if err != nil {
					t.Fatal(err)
				}
				seen = append(seen, ids(evs)...)
				// a store that also gives pages as JSON gives what
				// encoding/json writes for these events
				if js, ok := s.(pageJSONer); ok {
					raw, jnext, err := js.EventsPageJSON(ctx, sitrep.EventFilter{Limit: 4}, order, cur)
					if err != nil {
						t.Fatal(err)
					}
					if jnext != next || len(raw) != len(evs) {
						t.Fatalf("EventsPageJSON: %d events, next %q; EventsPage %d, %q", len(raw), jnext, len(evs), next)
					}
					for i := range evs {
						want, err := json.Marshal(&evs[i])
						if err != nil {
							t.Fatal(err)
						}
						if string(raw[i]) != string(want) {
							t.Fatalf("EventsPageJSON:\n%s\nencoded:\n%s", raw[i], want)
						}
					}
				}
				if next == "" {
					break
				}
				if page > len(specs) {
					t.Fatal("pages do not end")
				}
				cur = next
			}
			sorted := slices.Clone(seen)
			slices.Sort(sorted)
			want := make([]string, 0, len(specs))
			for _, sp := range specs {
				want = append(want, sp.id)
			}
			slices.Sort(want)
			if !slices.Equal(sorted, want) {
				t.Errorf("pages gave %q, want each event once", seen)
			}
			if order == sitrep.NewestFirst {
				all := ids(events(t, s, sitrep.EventFilter{}))
				if !slices.Equal(seen, all) {
					t.Errorf("pages by date gave %q, Events %q", seen, all)
				}
			}
		})
	}
}

func invalidQueries(t *testing.T, s sitrep.Store) {
	addSpecs(t, s)
	for _, tc := range []struct {
		name string
		run  func() error
		mark bool // the error wraps sitrep.ErrInvalid
	}{
		{"bad_cursor", func() error {
			_, _, err := s.EventsPage(ctx, sitrep.EventFilter{Limit: 2}, sitrep.NewestFirst, "not a cursor")
			return err
		}, true},
		{"unknown_order", func() error {
			_, _, err := s.EventsPage(ctx, sitrep.EventFilter{Limit: 2}, "colour", "")
			return err
		}, true},
		{"unknown_grouping", func() error { _, err := s.Aggregate(ctx, sitrep.EventFilter{}, "colour"); return err }, true},
		{"bad_box", func() error {
			_, err := s.Events(ctx, sitrep.EventFilter{BBox: &sitrep.BBox{South: 10, North: 5}})
			return err
		}, false},
		{"bad_date", func() error { _, err := s.Events(ctx, sitrep.EventFilter{From: "March"}); return err }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			if err == nil || tc.mark && !errors.Is(err, sitrep.ErrInvalid) {
				t.Errorf("error %v, want one (wrapping ErrInvalid: %v)", err, tc.mark)
			}
		})
	}
}

func aggregatesAgree(t *testing.T, s sitrep.Store) {
	addSpecs(t, s)
	d, e := report("d-toll", "Wire A", "2017-03-09", 12)
	add(t, s, d, e) // a second event in March 2017, with 12 dead
	all := events(t, s, sitrep.EventFilter{})
	count := func(key func(sitrep.Event) string) map[string][2]int {
		out := map[string][2]int{}
		for _, e := range all {
			k := key(e)
			if k == "" {
				continue
			}
			c := out[k]
			c[0]++
			if e.Fatalities != nil {
				c[1] += *e.Fatalities
			}
			out[k] = c
		}
		return out
	}
	for _, tc := range []struct {
		by  string
		key func(sitrep.Event) string
	}{
		{sitrep.ByMonth, func(e sitrep.Event) string {
			if len(e.Date) < 7 {
				return ""
			}
			return string(e.Date[:7])
		}},
		{sitrep.ByDay, func(e sitrep.Event) string { return string(e.Date) }},
		{sitrep.ByType, func(e sitrep.Event) string { return e.EventType }},
		{sitrep.ByCountry, func(e sitrep.Event) string {
			if e.Location == nil {
				return ""
			}
			return e.Location.Country
		}},
	} {
		t.Run(tc.by, func(t *testing.T) {
			bs, err := s.Aggregate(ctx, sitrep.EventFilter{}, tc.by)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][2]int{}
			for _, b := range bs {
				got[b.Key] = [2]int{b.Events, b.Fatalities}
			}
			if want := count(tc.key); !reflect.DeepEqual(got, want) {
				t.Errorf("Aggregate by %s = %v, counted from the events %v", tc.by, got, want)
			}
		})
	}
	// a time aggregate of types in a box: an event type and a sub-event
	// type, both of one event (counted once)
	t.Run("day of types in a box", func(t *testing.T) {
		first := all[0]
		types := []string{first.EventType, first.SubEventType}
		f := sitrep.EventFilter{Types: types, BBox: &sitrep.BBox{South: -90, North: 90, West: -180, East: 180}}
		bs, err := s.Aggregate(ctx, f, sitrep.ByDay)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][2]int{}
		for _, b := range bs {
			got[b.Key] = [2]int{b.Events, b.Fatalities}
		}
		want := map[string][2]int{}
		for _, e := range all {
			typed := false
			for _, ty := range types {
				typed = typed || ty != "" && (strings.EqualFold(ty, e.EventType) || strings.EqualFold(ty, e.SubEventType))
			}
			if !typed || e.Date == "" || e.Location == nil || !e.Location.HasPoint() {
				continue
			}
			c := want[string(e.Date)]
			c[0]++
			if e.Fatalities != nil {
				c[1] += *e.Fatalities
			}
			want[string(e.Date)] = c
		}
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("Aggregate of %v by day = %v, counted from the events %v", types, got, want)
		}
	})
	cells, err := s.Grid(ctx, sitrep.EventFilter{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cells {
		n += c.Events
	}
	located := 0
	for _, e := range all {
		if e.Location != nil && e.Location.HasPoint() {
			located++
		}
	}
	if n != located {
		t.Errorf("grid cells hold %d events, %d have coordinates", n, located)
	}
	ms, err := s.Markers(ctx, sitrep.EventFilter{Limit: 100})
	if err != nil || len(ms) != located {
		t.Errorf("%d markers, %v; want %d", len(ms), err, located)
	}
}

func placesReplace(t *testing.T, s sitrep.Store) {
	first := []sitrep.Place{
		{ID: -1, Name: "Camp Alpha", Alternates: []string{"Alpha Camp"}, Lat: 36.1, Lon: 43.2, Country: "IQ", Admin1: "Nineveh", Feature: "P.PPL", Gazetteer: "camps"},
		{ID: -2, Name: "Camp Beta", Lat: 36.2, Lon: 43.3, Country: "IQ", Feature: "P.PPL", Gazetteer: "camps"},
	}
	if n, err := s.AddPlaces(ctx, "camps", first); err != nil || n != 2 {
		t.Fatalf("AddPlaces = %d, %v", n, err)
	}
	if n, err := s.AddPlaces(ctx, "camps", first[:1]); err != nil || n != 1 {
		t.Fatalf("AddPlaces again = %d, %v", n, err)
	}
	got, err := s.Places(ctx)
	if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], first[0]) {
		t.Errorf("Places = %+v, %v; want the second import alone", got, err)
	}
}

// RowSize gives the bytes a store keeps of an event in its own row (not
// in the rows of its records), for RowDoesNotGrow.
type RowSize func(t *testing.T, id string) int

// RowDoesNotGrow adds a report and then copies of it, one at a time, and
// demands that the row a store keeps of the event (measured by size) stay
// the same size whatever the number of its records, while the event read
// back lists every one: a report joining an incident of hundreds then
// writes as much as one joining an incident of two. An implementation
// that can measure its rows calls it from its tests.
func RowDoesNotGrow(t *testing.T, s sitrep.Store, size RowSize) {
	const copies = 40
	var sizes []int
	for i := 0; i <= copies; i++ {
		doc := fmt.Sprintf("c%03d", i)
		d, e := report(doc, "Outlet "+doc, "2017-03-10", 7)
		if i > 0 {
			d.DuplicateOf = "c000"
		}
		add(t, s, d, e)
		if i < 2 {
			continue
		}
		evs := events(t, s, sitrep.EventFilter{})
		if len(evs) != 1 || len(evs[0].Sources) != i+1 {
			t.Fatalf("after %d reports: %d events, want one of %d sources", i+1, len(evs), i+1)
		}
		sizes = append(sizes, size(t, evs[0].ID))
	}
	for i, n := range sizes {
		if n != sizes[0] {
			t.Fatalf("the event's row takes %d bytes with 3 records, %d with %d", sizes[0], n, i+3)
		}
	}
}
