package extract

import (
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
)

// TestIncidentBetweenTwoTowns: an incident told "on the road between A
// and B" is placed halfway from A to B, at precision 2, with the two as
// its relative; one told in A, with B named after "and", is at A.
func TestIncidentBetweenTwoTowns(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		mid        bool
	}{
		{"on_the_road_between", "A roadside bomb hit a Malian army lorry on the road between Gao and Ansongo on Monday, killing four soldiers.", true},
		// not so
		{"in_one_town_of_two", "Gunmen killed four soldiers in Gao and Ansongo on Monday.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := extractText(t, tc.text, "2025-04-14")
			if len(evs) != 1 || evs[0].Location == nil || !evs[0].Location.HasPoint() {
				t.Fatalf("events %+v, want one with a point", evs)
			}
			l := evs[0].Location
			d := gazetteer.Distance(*l.Lat, *l.Lon, 16.27, -0.04) // Gao
			if tc.mid && (d < 20 || l.Precision != 2 || l.Relative != "between Gao and Ansongo") {
				t.Errorf("location %s %v,%v precision %d relative %q (%.0f km from Gao), want halfway to Ansongo", l.Name, *l.Lat, *l.Lon, l.Precision, l.Relative, d)
			}
			if !tc.mid && d > 5 {
				t.Errorf("location %s %.0f km from Gao (relative %q), want Gao", l.Name, d, l.Relative)
			}
		})
	}
}
