package gazetteer

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestFindInHintsSettleAShortText: a text that names no country is
// placed in the country its sides belong to, and a hint does not override
// a country the text names.
func TestFindInHintsSettleAShortText(t *testing.T) {
	g := mustDefault(t)
	cases := []struct {
		name, text string
		hints      map[string]float64
		place      string
		country    string
	}{
		{"no_hint_no_focus_drops_a_loose_name", "Fighters attacked an outpost in Makhmour overnight.", nil, "Makhmour", ""},
		{"a_side_of_iraq_places_it_in_iraq", "Fighters attacked an outpost in Makhmour overnight.", map[string]float64{"IQ": 1}, "Makhmour", "IQ"},
		{"a_named_country_outweighs_a_hint", "Fighters attacked an outpost near Palmyra, Syria, overnight.", map[string]float64{"US": 1}, "Palmyra", "SY"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.FindIn(&sitrep.Document{ID: "t", Text: tc.text}, Context{Hints: tc.hints})
			got := ""
			for _, m := range ms {
				if m.Name == tc.place && m.Place != nil {
					got = m.Place.Country
				}
			}
			if got != tc.country {
				t.Errorf("%s resolved in %q, want %q (mentions %v)", tc.place, got, tc.country, ms)
			}
		})
	}
}
