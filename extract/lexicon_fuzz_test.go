package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// FuzzLoadLexicon: a user's lexicon file (--lexicon) either loads or is
// refused with an error naming the file; one that loads reads a report
// without a panic.
func FuzzLoadLexicon(f *testing.F) {
	f.Add([]byte("[trigger]\nsuicide bomb* | suicide attack* => suicide noun\n"))
	f.Add([]byte("# a comment\n[trigger]\nambushed => ambush verb\n\n[unknownsection]\nx => y\n"))
	f.Add([]byte("[trigger]\n=> noun\n| | => air verb\n"))
	f.Add([]byte("entry before a section => x\n"))
	f.Add([]byte("[trigger]\n*** => air noun\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := LoadLexiconFrom(bytes.NewReader(data), "mine.txt")
		if err != nil {
			if !strings.Contains(err.Error(), "mine.txt") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		x, err := New(Config{Lexicon: l})
		if err != nil {
			return
		}
		x.Extract(&sitrep.Document{ID: "f", Published: "2017-03-01",
			Text: "A car bomb exploded near a market in Baquba on Tuesday, killing 12 people, police said."})
	})
}
