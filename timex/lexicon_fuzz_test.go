package timex

import (
	"strings"
	"testing"
)

// FuzzLexiconParse: a user's date lexicon (the format of lexicon.txt)
// either parses or is refused with an error naming the file, never a
// panic. It parses into a copy, so the lexicon the other tests use stays
// as it is.
func FuzzLexiconParse(f *testing.F) {
	f.Add("month 1: Janvier; Janv\n")
	f.Add("month 13: Nothing\n")
	f.Add("weekday 1: Lundi\nverb: declared; announced\n")
	f.Add("no colon here\n")
	f.Add(": ; ;\nmonth: x\n")
	f.Fuzz(func(t *testing.T, text string) {
		l := lex().clone()
		if err := l.parse(text, "mine.txt"); err != nil && !strings.Contains(err.Error(), "mine.txt") {
			t.Errorf("error %q does not name the file", err)
		}
	})
}
