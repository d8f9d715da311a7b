package gazetteer

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestLowerIsAgreesWithLower: lowerIs answers what comparing lower's
// lower-cased form would (ASCII capitals folded, trailing full stops
// dropped), for words that are and are not the word asked for.
func TestLowerIsAgreesWithLower(t *testing.T) {
	words := []string{"capital", "Capital", "CAPITAL", "capital.", "Capital..", "capitals", "capita", "the", "The", "THE.", "cApItAl", "capitál", "İn", "in", ""}
	for _, w := range words {
		for _, target := range []string{"capital", "the", "in"} {
			f := &finder{text: w, toks: []token{{s: 0, e: len(w), word: true}}}
			want := string(f.lower(0)) == target
			if got := f.lowerIs(0, target); got != want {
				t.Errorf("lowerIs(%q, %q) = %v, lower says %v", w, target, got, want)
			}
		}
	}
}

// TestVenueReadsAsBefore: Venue's reading in place agrees with the
// reading through strings.Fields and strings.ToLower (venueBefore) for
// talks told before and after a place, with time words between, in other
// cases and scripts, and for places that are no venue.
func TestVenueReadsAsBefore(t *testing.T) {
	texts := []string{
		"Negotiators will resume talks next week in Vardo, officials said.",
		"The envoys MET on Tuesday IN Vardo.",
		"Delegations met\tlast\nweek at Vardo after the truce.",
		"The Vardo talks ended without a deal.",
		"The Vardo Agreement, signed in 2019, held.",
		"Gunmen killed four people in Vardo on Monday.",
		"Fighting raged near Vardo on Monday.",
		"Mediators, who arrived on Friday in Vardo, spoke.",
		"Переговоры talks in Vardo went on.",
		"Die Gespräche über talks on Monday in Vardo gingen weiter.",
		"met next week this month later in Vardo.",
		"İN Vardo talks",
		"in Vardo",
		"Vardo",
	}
	for _, text := range texts {
		at := strings.Index(text, "Vardo")
		sp := sitrep.Span{Start: at, End: at + len("Vardo")}
		want := venueOld(text, sp)
		if got := Venue(text, sp); got != want {
			t.Errorf("Venue(%q) = %v, the reading through Fields says %v", text, got, want)
		}
	}
}

// venueOld is Venue as it read before it read in place.
func venueOld(text string, sp sitrep.Span) bool {
	after := strings.TrimLeft(text[sp.End:min(len(text), sp.End+24)], " ")
	if w, _, _ := strings.Cut(after, " "); venueWords[strings.ToLower(strings.TrimRight(w, ".,;:"))] {
		return true
	}
	before := strings.TrimRight(text[max(0, sp.Start-24):sp.Start], " ")
	k := strings.LastIndexByte(before, ' ')
	if k < 0 {
		return false
	}
	if prep := strings.ToLower(before[k+1:]); prep != "in" && prep != "at" {
		return false
	}
	return venueBefore(strings.Fields(strings.ToLower(text[max(0, sp.Start-64):sp.Start])))
}

// TestDivisionBaseNameOfOneWordNames: a division whose name is one word
// has no word for its kind to drop (the shortcut before splitting), and
// names of several words are read as before.
func TestDivisionBaseNameOfOneWordNames(t *testing.T) {
	cases := []struct {
		feature, place, name string
		want                 bool
	}{
		{"A.ADM1", "Borno State", "Borno", true},
		{"A.ADM1", "Borno", "Borno", false},
		{"A.ADM1", "Sagaing Region", "Sagaing", true},
		{"A.ADM1", "Cercle de Gao", "Gao", true},
		{"A.ADM2", "Zhari District", "Zhari", true},
		{"A.ADM1", "Mexico City", "Mexico", false},
		{"A.ADM1", "Région\u00a0Centre", "Centre", true},
		{"A.ADM1", "Nineveh", "Nineveh Governorate", false},
		{"P.PPL", "Borno State", "Borno", false},
	}
	for _, c := range cases {
		p := &sitrep.Place{Feature: c.feature, Name: c.place}
		if got := divisionBaseName(p, c.name); got != c.want {
			t.Errorf("divisionBaseName(%q, %q) = %v, want %v", c.place, c.name, got, c.want)
		}
	}
}
