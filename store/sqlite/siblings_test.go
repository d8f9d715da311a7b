package sqlite

import (
	"context"
	"fmt"
	"slices"
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
