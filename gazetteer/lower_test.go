package gazetteer

import "testing"

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
