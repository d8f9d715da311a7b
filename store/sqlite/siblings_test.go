package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// raidReport makes a report of killings in villages of a made-up province
// its gazetteer knows only as the province: the records name the
// village, with its toll. published "" is a report without a date (a
// dateline without a year), whose records are undated.
func raidReport(doc, published string, tolls map[string]int) (*sitrep.Document, []sitrep.Event) {
	d := newDoc(doc, "An invented report "+doc+" about raids on villages.")
	d.Published = sitrep.Date(published)
	var villages []string
	for v := range tolls {
		villages = append(villages, v)
	}
	slices.Sort(villages)
	var evs []sitrep.Event
	for i, v := range villages {
		e := sitrep.Event{Record: "event", ID: fmt.Sprintf("e-%s-%s", doc, v), Doc: doc,
			EventType: "Violence against civilians", SubEventType: "Attack",
			Actor1: "militants (unidentified)", Actor2: "civilians",
			Location: &sitrep.Location{Name: v, Admin1: "Laka", Country: "MZ", Lat: fptr(-11.5), Lon: fptr(39.9), Precision: 3},
			Killed:   sitrep.Exact(tolls[v]), Fatalities: sitrep.Int(tolls[v]),
			Evidence: []sitrep.Evidence{{Doc: doc, Start: 10 * i, End: 10*i + 9, Text: "raid on " + v}},
			Sources:  []sitrep.Source{{Doc: doc, Outlet: "Wire " + doc, Published: d.Published}},
		}
		if published != "" {
			e.Date, e.DatePrecision = d.Published, sitrep.PrecisionDay
		}
		evs = append(evs, e)
	}
	return d, evs
}

// TestSiblingSupportInEveryArrivalOrder stores two reports of one night
// of raids (one dated, one not) and a report of another raid, one at a
// time in every order: the small toll at Lomo joins through the Kessa
// raid both reports tell, whichever comes first. When the dated report is
// read again with another Kessa toll, the support is gone and Lomo's two
// records part.
func TestSiblingSupportInEveryArrivalOrder(t *testing.T) {
	ctx := context.Background()
	type rep struct {
		doc, pub string
		tolls    map[string]int
	}
	reps := []rep{
		{"dated", "2024-08-27", map[string]int{"Kessa": 4, "Lomo": 1}},
		{"undated", "", map[string]int{"Kessa": 4, "Lomo": 1}},
		{"other", "2024-08-20", map[string]int{"Peto": 1}},
	}
	want := []string{"dated+undated", "dated+undated", "other"}
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		s := openTemp(t)
		for _, i := range order {
			d, evs := raidReport(reps[i].doc, reps[i].pub, reps[i].tolls)
			add(t, s, d, evs...)
		}
		if got := groups(t, s); !slices.Equal(got, want) {
			t.Errorf("order %v: events %q, want %q", order, got, want)
		}
		_, evs := raidReport("dated", "2024-08-27", map[string]int{"Kessa": 9, "Lomo": 1})
		if err := s.ReplaceRecords(ctx, "dated", evs, nil); err != nil {
			t.Fatal(err)
		}
		if got, want := groups(t, s), []string{"dated", "dated", "other", "undated", "undated"}; !slices.Equal(got, want) {
			t.Errorf("order %v, the dated report read again: events %q, want %q", order, got, want)
		}
	}
}

// TestSiblingSupportIsExplained shows an analyst why a pair that the
// rules alone keep apart was merged: the other incident both reports
// tell alike.
func TestSiblingSupportIsExplained(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, rp := range []struct {
		doc, pub string
	}{{"dated", "2024-08-27"}, {"undated", ""}} {
		d, evs := raidReport(rp.doc, rp.pub, map[string]int{"Kessa": 4, "Lomo": 1})
		add(t, s, d, evs...)
	}
	evs, err := s.Events(ctx, sitrep.EventFilter{Doc: "undated"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		d, err := s.Detail(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Why) != 1 {
			t.Fatalf("%s (%s): why %q, want one line", e.ID, e.Location.Name, d.Why)
		}
		supported := strings.Contains(d.Why[0], "tell another incident alike (dated/e-dated-Kessa ~ undated/e-undated-Kessa)") ||
			strings.Contains(d.Why[0], "tell another incident alike (undated/e-undated-Kessa ~ dated/e-dated-Kessa)")
		if want := e.Location.Name == "Lomo"; supported != want {
			t.Errorf("%s: why %q; naming the Kessa pair: %v, want %v", e.Location.Name, d.Why[0], supported, want)
		}
		if e.Location.Name != "Lomo" {
			continue
		}
		// taken apart by an analyst, the two events compare as a pair
		// the rules would link, and say why
		ids, err := s.Split(ctx, e.ID, nil, "")
		if err != nil || len(ids) != 2 {
			t.Fatalf("split: %v, %v", ids, err)
		}
		cs, err := s.Compare(ctx, ids[0], ids[1])
		if err != nil || len(cs) != 1 {
			t.Fatalf("compare: %v, %v", cs, err)
		}
		if !cs[0].Candidate || !strings.Contains(cs[0].Verdict, "tell another incident alike") {
			t.Errorf("compare: %+v, want a candidate pair linked through the Kessa pair", cs[0])
		}
	}
}

// TestSplitAnchorEndsSiblingSupport checks that an analyst who splits the
// incident that made two reports siblings (the Kessa raid both tell
// alike) also parts what was merged only through it (the small toll at
// Lomo), that the explanation never names a pair kept apart, and that
// joining Kessa again brings the support back. A report of two villages
// that the split does not touch stays merged.
func TestSplitAnchorEndsSiblingSupport(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, rp := range []struct {
		doc, pub string
	}{{"dated", "2024-08-27"}, {"undated", ""}} {
		d, evs := raidReport(rp.doc, rp.pub, map[string]int{"Kessa": 4, "Lomo": 1})
		add(t, s, d, evs...)
	}
	if got, want := groups(t, s), []string{"dated+undated", "dated+undated"}; !slices.Equal(got, want) {
		t.Fatalf("before the split: events %q, want %q", got, want)
	}
	ids, err := s.Split(ctx, eventAt(t, s, "dated", "Kessa"), nil, "two raids")
	if err != nil || len(ids) != 2 {
		t.Fatalf("split: %v, %v", ids, err)
	}
	if got, want := groups(t, s), []string{"dated", "dated", "undated", "undated"}; !slices.Equal(got, want) {
		t.Errorf("after splitting Kessa: events %q, want %q (Lomo was merged only through Kessa)", got, want)
	}
	lomo := [2]string{eventAt(t, s, "undated", "Lomo"), eventAt(t, s, "dated", "Lomo")}
	cs, err := s.Compare(ctx, lomo[0], lomo[1])
	if err != nil || len(cs) != 1 {
		t.Fatalf("compare: %v, %v", cs, err)
	}
	if cs[0].Candidate || strings.Contains(cs[0].Verdict, "tell another incident alike") {
		t.Errorf("compare after the split: %+v, want no pair and no sibling named", cs[0])
	}
	if _, err := s.Join(ctx, ids, ""); err != nil {
		t.Fatal(err)
	}
	if got, want := groups(t, s), []string{"dated+undated", "dated+undated"}; !slices.Equal(got, want) {
		t.Errorf("after joining Kessa again: events %q, want %q", got, want)
	}
}

// eventAt returns the id of the event of document doc at the place named.
func eventAt(t *testing.T, s *Store, doc, place string) string {
	t.Helper()
	evs, err := s.Events(context.Background(), sitrep.EventFilter{Doc: doc})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if e.Location != nil && e.Location.Name == place {
			return e.ID
		}
	}
	t.Fatalf("no event of %s at %s", doc, place)
	return ""
}
