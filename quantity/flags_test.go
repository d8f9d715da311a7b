package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlagsOfIsTheFlagsLookUp: flagsOf, which answers 0 without a map
// lookup for a word whose signature no word of the lexicon has, gives
// flags[w] for every word of the lexicon, their cut and changed forms,
// and every lower-cased word of the shared corpora when they are there.
func TestFlagsOfIsTheFlagsLookUp(t *testing.T) {
	lx := Default()
	words := []string{"", "a", "x", "the", "’s", "killed", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"}
	for w := range lx.flags {
		words = append(words, w, w+"s", strings.ToUpper(w), w[:len(w)/2])
	}
	files, _ := filepath.Glob("../../shared/corpus/*/docs.jsonl")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			words = append(words, strings.Fields(strings.ToLower(string(data)))...)
		}
	}
	known := 0
	for _, w := range words {
		if got, want := lx.flagsOf(w), lx.flags[w]; got != want {
			t.Fatalf("flagsOf(%q) = %v, flags[%q] = %v", w, got, w, want)
		} else if got != 0 {
			known++
		}
	}
	if known < len(lx.flags) {
		t.Errorf("only %d of the words have flags", known)
	}
}
