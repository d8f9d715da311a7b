package gazetteer

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestCapitalByItsCountry: a capital told by its country alone ("the
// Afghan capital", "Burkina Faso's capital", "the capital of Mali") is
// found as that city, with the preposition before it; one told with its
// name, after it or elsewhere in the report, is found by that name alone.
// Sentences written for the test.
func TestCapitalByItsCountry(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		text, phrase, city, prep string
	}{
		{"A suicide bomber killed 14 people at a mosque in the Afghan capital on Tuesday.", "Afghan capital", "Kabul", "in"},
		{"Gunmen attacked a hotel in Burkina Faso's capital on Tuesday.", "Burkina Faso's capital", "Ouagadougou", "in"},
		{"Protesters gathered near the capital of Mali on Tuesday.", "capital of Mali", "Bamako", "near"},
		{"A car bomb exploded in the Somali capital Mogadishu on Tuesday.", "", "", ""},
		{"A car bomb exploded in the Somali capital on Tuesday. Police in Mogadishu closed the roads.", "", "", ""},
		// the capital of a division the possessive country holds is no
		// capital of the country
		{"Gunmen killed three gendarmes in Kumbo, the capital of Cameroon's Bui division, on Sunday.", "", "", ""},
		{"Gunmen killed three gendarmes near the capital of Cameroon on Sunday.", "capital of Cameroon", "Yaoundé", "near"},
		// a dateline names where the report was filed, not the place
		{"MOGADISHU, May 2 (Reuters) - A car bomb exploded in the Somali capital on Tuesday.", "Somali capital", "Mogadishu", "in"},
	} {
		var found *Mention
		ms := g.Find(&sitrep.Document{ID: "t", Text: tc.text})
		for i := range ms {
			if ms[i].StandsFor != "" {
				found = &ms[i]
			}
		}
		switch {
		case tc.phrase == "" && found != nil:
			t.Errorf("%q: a capital told by its name also read from its country: %+v", tc.text, *found)
		case tc.phrase == "":
		case found == nil:
			t.Errorf("%q: no capital found", tc.text)
		case found.Name != tc.phrase || found.StandsFor != tc.city || found.Prep != tc.prep || found.Place == nil || found.Place.Feature != "P.PPLC":
			t.Errorf("%q: got %q for %q, prep %q, want %q for %q, prep %q", tc.text, found.StandsFor, found.Name, found.Prep, tc.city, tc.phrase, tc.prep)
		}
	}
}
