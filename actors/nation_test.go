package actors

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestNationReadsAdjectivesAlone: a nation block's adjective names that
// nation's forces; other words, and an adjective with more words after
// it, name none.
func TestNationReadsAdjectivesAlone(t *testing.T) {
	d := Default()
	for _, c := range []struct{ words, want string }{
		{"Libyan", "Libyan government forces"},
		{"Ugandan", "Ugandan security forces"},
		{"Nigerien", "Nigerien security forces"},
		{"Zawiya", ""},
		{"Libyan militia", ""},
		{"", ""},
	} {
		got := ""
		if a := d.Nation(c.words); a != nil {
			got = a.Name
		}
		if got != c.want {
			t.Errorf("Nation(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}

// TestANationalTermAfterAnAircraftModel: "Iraqi F-16 jets", "Russian
// Su-25 warplanes": an aircraft's model between a nation's adjective and
// a national term leaves them one mention of that nation's forces; a
// model the dictionary lists as a national term ("Iraqi F-16") is one
// alone. Negative: a long word before the number ("Boeing-737") is none.
func TestANationalTermAfterAnAircraftModel(t *testing.T) {
	d := Default()
	for _, c := range []struct{ text, want, words string }{
		{"Iraqi F-16 jets struck hideouts", "Iraqi Security Forces", "Iraqi F-16 jets"},
		{"Russian Su-25 warplanes bombed the town", "Russian armed forces", "Russian Su-25 warplanes"},
		{"an Iraqi F-16 crashed", "Iraqi Security Forces", "Iraqi F-16"},
		{"a Russian Boeing-737 jets", "", ""},
	} {
		got, words := "", ""
		for _, m := range d.Find(c.text, sitrep.Span{Start: 0, End: len(c.text)}, "") {
			if m.Actor != nil && m.Actor.Name == c.want {
				got, words = m.Actor.Name, c.text[m.Span.Start:m.Span.End]
			}
			if c.want == "" && m.Actor != nil && m.Span.End-m.Span.Start > len("Russian") {
				got, words = m.Actor.Name, c.text[m.Span.Start:m.Span.End]
			}
		}
		if got != c.want || words != c.words {
			t.Errorf("%q: got %q at %q, want %q at %q", c.text, got, words, c.want, c.words)
		}
	}
}
