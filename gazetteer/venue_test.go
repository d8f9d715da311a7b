package gazetteer

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestVenueIsWherePartiesMeet: a place named as where parties talk
// ("talks in Doha", "met in Jeddah", "talks next week in Doha", "the
// Doha agreement") is a venue; a place where something happened (a
// meeting or a conference struck), or where officials only speak from,
// is not.
func TestVenueIsWherePartiesMeet(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"The two sides will resume talks in Doha next week.", "Doha", true},
		{"Delegations met in Jeddah on Tuesday.", "Jeddah", true},
		{"Talks in Geneva stall", "Geneva", true},
		{"Mediators said the Doha agreement still held.", "Doha", true},
		{"The sides will resume peace talks next week in Doha.", "Doha", true},
		{"Envoys met on Tuesday in Jeddah.", "Jeddah", true},
		// negatives
		{"Gunmen killed six worshippers at a mosque in Jeddah on Friday.", "Jeddah", false},
		{"Officials in Doha said the strike killed 12.", "Doha", false},
		{"Fighting in Bara killed 40 people.", "Bara", false},
		{"Doha", "Doha", false},
		// a meeting or a conference may be what was struck
		{"A suicide bomber struck a meeting in Kidal.", "Kidal", false},
		{"A blast hit a conference at Mogadishu.", "Mogadishu", false},
		{"Gunmen attacked the village next week in Kaya.", "Kaya", false},
	}
	for _, tc := range cases {
		i := strings.Index(tc.text, tc.name)
		got := Venue(tc.text, sitrep.Span{Start: i, End: i + len(tc.name)})
		if got != tc.want {
			t.Errorf("Venue(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}
