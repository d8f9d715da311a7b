package merge

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// told is a report of the Port Ardan bombing: its document, publication
// day and toll.
func told(doc, pub string, killed sitrep.Count) r {
	return r{key: "e-" + doc, doc: doc, pub: pub, date: "2024-03-04", place: "Port Ardan", lat: ardanLat, lon: ardanLon, geo: 1,
		sub: "Suicide bomb", a1: "Northern Front", a2: "civilians", killed: killed, evidence: "A bomb went off in Port Ardan."}
}

func TestIncidentReconcilesTolls(t *testing.T) {
	for _, tc := range []struct {
		name    string
		reports []r
		want    string // low/best/high
		how     string // words of the note
	}{
		{"the_figure_most_sources_give", []r{told("a", "2024-03-04", sitrep.Exact(12)), told("b", "2024-03-05", sitrep.Exact(20)), told("c", "2024-03-05", sitrep.Exact(12))},
			"12/12/20", "given by 2 of 3 sources"},
		{"the_middle_of_three_figures", []r{told("a", "2024-03-04", sitrep.Exact(4)), told("b", "2024-03-05", sitrep.Exact(19)), told("c", "2024-03-05", sitrep.Exact(6))},
			"4/6/19", "the middle of 3 sources' figures"},
		{"the_most_recent_of_two", []r{told("a", "2024-03-04", sitrep.Exact(15)), told("b", "2024-03-06", sitrep.Exact(6))},
			"6/6/15", "the most recent report, b of 2024-03-06"},
		{"the_most_specific_of_two_on_one_day", []r{told("a", "2024-03-04", sitrep.AtLeast(10)), told("b", "2024-03-04", sitrep.Exact(11))},
			"10/11/11", "the most specific figure"},
		{"a_range_keeps_its_bounds", []r{told("a", "2024-03-04", sitrep.Between(30, 40)), told("b", "2024-03-05", sitrep.Exact(33))},
			"30/33/40", "the most recent report"},
		{"a_wire_copy_does_not_vote", []r{told("wire", "2024-03-04", sitrep.Exact(12)),
			func() r { x := told("copy", "2024-03-05", sitrep.Exact(12)); x.copyOf = "wire"; return x }(),
			told("other", "2024-03-06", sitrep.Exact(20))},
			"12/20/20", "the most recent report, other"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var g []*Record
			for _, x := range tc.reports {
				g = append(g, x.rec())
			}
			x := NewIndex()
			for _, rec := range g {
				x.Add(rec)
			}
			comp, edges, _ := Component(g, x, 0)
			groups := Group(comp, edges, nil)
			if len(groups) != 1 {
				t.Fatalf("the reports were not merged: %s", show(groups))
			}
			ev := Incident(groups[0])
			if got := ev.Killed.String(); got != tc.want {
				t.Errorf("killed %s, want %s (notes %q)", got, tc.want, ev.Notes)
			}
			if !strings.Contains(strings.Join(ev.Notes, "\n"), tc.how) {
				t.Errorf("notes %q do not say %q", ev.Notes, tc.how)
			}
			if ev.Fatalities == nil || *ev.Fatalities != *ev.Killed.Best {
				t.Errorf("fatalities %v, want the best toll %d", ev.Fatalities, *ev.Killed.Best)
			}
		})
	}
}

func TestIncidentKeepsEverySource(t *testing.T) {
	a := told("a", "2024-03-05", sitrep.Exact(12))
	b := told("b", "2024-03-04", sitrep.Exact(14))
	c := told("c", "2024-03-06", sitrep.Exact(12))
	c.copyOf = "a"
	g := []*Record{b.rec(), a.rec(), c.rec()} // First order: earliest report first
	ev := Incident(g)
	if ev.ID != "e-b" || ev.Doc != "b" {
		t.Errorf("the event is %s of %s, want the first report's record e-b of b", ev.ID, ev.Doc)
	}
	var docs, records, copies []string
	for _, s := range ev.Sources {
		docs = append(docs, s.Doc)
		records = append(records, s.Record)
		copies = append(copies, s.CopyOf)
		if s.Killed.IsZero() {
			t.Errorf("source %s lost the figure it gave", s.Doc)
		}
	}
	if want := []string{"b", "a", "c"}; !reflect.DeepEqual(docs, want) {
		t.Errorf("sources %v, want %v", docs, want)
	}
	if want := []string{"e-b", "e-a", "e-c"}; !reflect.DeepEqual(records, want) {
		t.Errorf("records %v, want %v", records, want)
	}
	if want := []string{"", "", "a"}; !reflect.DeepEqual(copies, want) {
		t.Errorf("copy_of %v, want %v", copies, want)
	}
	if n := ev.SourceCount(); n != 2 {
		t.Errorf("%d sources, want 2 (c copies a)", n)
	}
	if len(ev.Evidence) != 3 {
		t.Errorf("%d evidence spans, want every record's (3)", len(ev.Evidence))
	}
}

func TestIncidentOfOneRecordIsTheRecord(t *testing.T) {
	x := told("a", "2024-03-05", sitrep.Exact(12)).rec()
	ev := Incident([]*Record{x})
	if !reflect.DeepEqual(ev, *x.Event) {
		t.Errorf("a single record changed when made an incident:\n%+v\n%+v", ev, *x.Event)
	}
	if ev.SourceCount() != 1 {
		t.Errorf("%d sources, want 1", ev.SourceCount())
	}
}

func TestIncidentPicksFields(t *testing.T) {
	a := told("a", "2024-03-05", sitrep.Exact(12))
	a.date, a.prec = "2024-03-01", sitrep.PrecisionWeek
	a.place, a.geo = "Qasr quarter", 2
	a.within = "Port Ardan"
	b := told("b", "2024-03-06", sitrep.Exact(12))
	b.date = "2024-03-04"
	b.a1 = "unknown"
	c := told("c", "2024-03-07", sitrep.Exact(12))
	c.sub = "Remote explosive/landmine/IED"
	ev := Incident([]*Record{a.rec(), b.rec(), c.rec()})
	if ev.Date != "2024-03-04" || ev.DatePrecision != sitrep.PrecisionDay {
		t.Errorf("date %s (%s), want the day 2024-03-04 over a week", ev.Date, ev.DatePrecision)
	}
	if ev.Location == nil || ev.Location.Name != "Port Ardan" {
		t.Errorf("location %+v, want Port Ardan, found exactly", ev.Location)
	}
	if ev.SubEventType != "Suicide bomb" {
		t.Errorf("sub-event %q, want the one two sources give", ev.SubEventType)
	}
	if ev.Actor1 != "Northern Front" {
		t.Errorf("actor1 %q, want the named side", ev.Actor1)
	}
}

// bare is a record as a store reads it back to expand an event: its key,
// document, copy group, publication day and event, not prepared.
func bare(rec *Record) *Record {
	return &Record{Key: rec.Key, Doc: rec.Doc, Source: rec.Source, Published: rec.Published, Event: rec.Event}
}

func TestHeadAndExpandGiveTheIncident(t *testing.T) {
	dated := func(doc, pub, date string, killed, wounded sitrep.Count) r {
		x := told(doc, pub, killed)
		x.date, x.wounded = date, wounded
		return x
	}
	copyOf := func(x r, of string) r { x.copyOf = of; return x }
	for _, tc := range []struct {
		name    string
		reports []r
	}{
		{"tolls_and_dates_given_apart", []r{dated("a", "2024-03-04", "2024-03-04", sitrep.Exact(12), sitrep.Exact(3)),
			dated("b", "2024-03-05", "2024-03-03", sitrep.Exact(20), sitrep.Count{}),
			dated("c", "2024-03-05", "2024-03-04", sitrep.Exact(12), sitrep.AtLeast(5))}},
		{"copies_of_a_later_original", []r{copyOf(dated("wire2", "2024-03-04", "2024-03-04", sitrep.Exact(7), sitrep.Count{}), "wire"),
			dated("wire", "2024-03-05", "2024-03-04", sitrep.Exact(7), sitrep.Count{}),
			copyOf(dated("wire3", "2024-03-06", "2024-03-02", sitrep.Exact(9), sitrep.Count{}), "wire"),
			dated("other", "2024-03-06", "", sitrep.Exact(8), sitrep.Exact(2))}},
		{"no_toll_and_no_date", []r{dated("a", "2024-03-04", "", sitrep.Count{}, sitrep.Count{}),
			dated("b", "", "", sitrep.Count{}, sitrep.Count{})}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var g, b []*Record
			for _, x := range tc.reports {
				rec := x.rec()
				g, b = append(g, rec), append(b, bare(rec))
			}
			slices.SortFunc(g, First)
			slices.SortFunc(b, First)
			want := Incident(g)
			head, sum := Head(g)
			if sum == nil {
				t.Fatal("no summary for a group of several records")
			}
			if head.Sources != nil || head.Evidence != nil || head.Notes != nil {
				t.Errorf("the head keeps what grows with the group: %d sources, %d evidence, %q", len(head.Sources), len(head.Evidence), head.Notes)
			}
			Expand(&head, sum, b)
			if !reflect.DeepEqual(head, want) {
				t.Errorf("expanded head\n%+v\nwant the incident\n%+v", head, want)
			}
		})
	}
	// a record alone is its own event, with nothing to add
	one := told("a", "2024-03-04", sitrep.Exact(1)).rec()
	if ev, sum := Head([]*Record{one}); sum != nil || !reflect.DeepEqual(ev, *one.Event) {
		t.Errorf("a group of one record gives %+v and summary %+v, want the record and none", ev, sum)
	}
}

func TestHeadDoesNotGrowWithItsCopies(t *testing.T) {
	size := func(copies int) int {
		g := []*Record{told("orig", "2024-03-04", sitrep.Exact(6)).rec(), told("other", "2024-03-05", sitrep.Exact(9)).rec()}
		for i := range copies {
			x := told(fmt.Sprintf("copy%03d", i), "2024-03-06", sitrep.Exact(6))
			x.copyOf = "orig"
			g = append(g, x.rec())
		}
		slices.SortFunc(g, First)
		head, sum := Head(g)
		b, err := json.Marshal(struct {
			E sitrep.Event
			S *Summary
		}{head, sum})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(Incident(g).Sources); n != copies+2 {
			t.Fatalf("the incident lists %d sources, want %d", n, copies+2)
		}
		return len(b)
	}
	if a, b := size(3), size(300); a != b {
		t.Errorf("head and summary take %d bytes with 3 copies, %d with 300", a, b)
	}
}

// TestHeadReadsOnlyTheConfidenceOfOtherRecords: Head makes the same head
// and summary when every record but those HeadReads names keeps of its
// event only what a store decodes for merging (date, types, actors,
// place, tolls, evidence) and its confidence: the copies of a story need
// not be decoded whole for their incident's head.
func TestHeadReadsOnlyTheConfidenceOfOtherRecords(t *testing.T) {
	type toldAs struct {
		r
		conf float64
	}
	dated := func(doc, pub, date string, killed, wounded sitrep.Count, conf float64) toldAs {
		x := told(doc, pub, killed)
		x.date, x.wounded = date, wounded
		return toldAs{x, conf}
	}
	copyOf := func(x toldAs, of string) toldAs { x.copyOf = of; return x }
	rec := func(x toldAs) *Record {
		rec := x.rec()
		rec.Event.Confidence = x.conf
		return rec
	}
	var reports []toldAs
	reports = append(reports, dated("wire", "2024-03-05", "2024-03-04", sitrep.Exact(7), sitrep.Count{}, 0.5),
		dated("other", "2024-03-06", "", sitrep.Exact(8), sitrep.Exact(2), 0.6),
		dated("third", "2024-03-04", "2024-03-03", sitrep.AtLeast(9), sitrep.Exact(2), 0.4))
	for i := range 40 {
		// copies whose confidence is the group's highest, or not
		reports = append(reports, copyOf(dated(fmt.Sprintf("wire%02d", i), "2024-03-06", "2024-03-04", sitrep.Exact(7+i%3), sitrep.Count{}, 0.5+float64(i%7)/20), "wire"))
	}
	var g, thin []*Record
	for _, x := range reports {
		g, thin = append(g, rec(x)), append(thin, rec(x))
	}
	slices.SortFunc(g, First)
	slices.SortFunc(thin, First)
	reads := HeadReads(thin)
	if len(reads) != 3 {
		t.Fatalf("Head reads %d records whole, want one a source (3)", len(reads))
	}
	for _, rec := range thin {
		if slices.Contains(reads, rec) {
			continue
		}
		e := rec.Event
		rec.Event = &sitrep.Event{Date: e.Date, DatePrecision: e.DatePrecision, EventType: e.EventType, SubEventType: e.SubEventType,
			Actor1: e.Actor1, Actor2: e.Actor2, Location: e.Location, Killed: e.Killed, Wounded: e.Wounded, Evidence: e.Evidence,
			Confidence: e.Confidence}
		if d, ok := e.FieldEvidence["date"]; ok {
			rec.Event.FieldEvidence = map[string]sitrep.Evidence{"date": d}
		}
	}
	want, wantSum := Head(g)
	got, gotSum := Head(thin)
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotSum, wantSum) {
		t.Errorf("head of thin records\n%+v\n%+v\nwant\n%+v\n%+v", got, gotSum, want, wantSum)
	}
	if want.Confidence != 0.8 {
		t.Errorf("confidence %v, want the highest of the copies' (0.8)", want.Confidence)
	}
}
