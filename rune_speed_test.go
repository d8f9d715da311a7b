package sitrep

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRuneOffsetEveryByte checks RuneOffset at every byte of texts mixing
// one- to four-byte runes and invalid bytes against a count of the runes
// decoded before it (a byte inside a rune counts as that rune).
func TestRuneOffsetEveryByte(t *testing.T) {
	parts := []string{"a", "Mosul ", "é", "ب", "—", "😀", "\xff", "\xe2\x80", "z", "’"}
	rng := rand.New(rand.NewPCG(11, 12))
	for n := 0; n < 500; n++ {
		var b strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		d := &Document{Text: b.String()}
		want := make([]int, len(d.Text)+1)
		r := 0
		for i := 0; i < len(d.Text); {
			_, w := utf8.DecodeRuneInString(d.Text[i:])
			for k := 0; k < w; k++ {
				want[i+k] = r
			}
			i += w
			r++
		}
		want[len(d.Text)] = r
		for i := -1; i <= len(d.Text)+1; i++ {
			w := 0
			if i >= 0 {
				w = want[min(i, len(d.Text))]
			}
			if got := d.RuneOffset(i); got != w {
				t.Fatalf("RuneOffset(%d) of %q = %d, want %d", i, d.Text, got, w)
			}
		}
		// the index follows a changed text
		d.Text += "é"
		if got := d.RuneOffset(len(d.Text)); got != r+1 {
			t.Fatalf("after a change, RuneOffset(end) = %d, want %d", got, r+1)
		}
	}
}
