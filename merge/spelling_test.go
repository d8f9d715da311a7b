package merge

import (
	"math/rand"
	"strings"
	"testing"
)

// levenshtein is the plain edit distance, the reference for the bounded one.
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// The bounded edit distance answers as the whole one for every bound, and
// closeSpelling as the rule it states (at most one edit in six letters,
// both keys spellable, lengths at most two apart).
func TestBoundedEditDistanceAgreesWithTheWholeOne(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	letters := "aabdeiklmnorsu 1"
	word := func() string {
		var b strings.Builder
		for n := rng.Intn(14); n > 0; n-- {
			b.WriteByte(letters[rng.Intn(len(letters))])
		}
		return b.String()
	}
	mutate := func(s string) string {
		b := []byte(s)
		for n := rng.Intn(4); n > 0 && len(b) > 0; n-- {
			switch i := rng.Intn(len(b)); rng.Intn(3) {
			case 0:
				b[i] = letters[rng.Intn(len(letters))]
			case 1:
				b = append(b[:i], b[i+1:]...)
			default:
				b = append(b[:i], append([]byte{letters[rng.Intn(len(letters))]}, b[i:]...)...)
			}
		}
		return string(b)
	}
	oldSpellable := func(a string) bool { return len(a) >= 6 && !strings.ContainsAny(a, "0123456789") }
	for range 20000 {
		a := word()
		b := mutate(a)
		if rng.Intn(4) == 0 {
			b = word()
		}
		d := levenshtein(a, b)
		if got := editDistance(a, b); got != d {
			t.Fatalf("editDistance(%q, %q) = %d, want %d", a, b, got, d)
		}
		for k := 0; k <= 4; k++ {
			if got := editWithin(a, b, k); got != (d <= k) {
				t.Fatalf("editWithin(%q, %q, %d) = %v, distance %d", a, b, k, got, d)
			}
		}
		if got := spellable(a); got != oldSpellable(a) {
			t.Fatalf("spellable(%q) = %v", a, got)
		}
		n := max(len(a), len(b))
		want := oldSpellable(a) && oldSpellable(b) && abs(len(a)-len(b)) <= 2 && float64(d) <= float64(n)/6
		if got := closeSpelling(a, b); got != want {
			t.Fatalf("closeSpelling(%q, %q) = %v, want %v (distance %d)", a, b, got, want, d)
		}
	}
	// named cases, positive and negative
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"qaraqosh", "qaraqush", true},
		{"mogadishu", "mugadishu", true},
		{"kandahar", "kandhar", true},
		{"kandahar", "kunduz", false},
		{"sector 12", "sector 13", false}, // numbers differ by one digit
		{"gaza", "giza", false},           // too short to be a spelling
		{"aleppo", "allepo", false},       // two edits in six letters
	} {
		if got := closeSpelling(c.a, c.b); got != c.want {
			t.Errorf("closeSpelling(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
