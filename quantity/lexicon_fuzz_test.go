package quantity

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// FuzzLoad: a user's counting lexicon either loads or is refused with an
// error naming the file; one that loads finds counts without a panic.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("[number]\nzwei 2\n"))
	f.Add([]byte("[scale]\nlakh 100000\n[vague]\nscores 40\n"))
	f.Add([]byte("[number]\nnine\n"))
	f.Add([]byte("no section 1\n"))
	f.Add([]byte("[number]\nbig 99999999999999999999\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lx, err := Load("mine.txt", bytes.NewReader(data))
		if err != nil {
			if !strings.Contains(err.Error(), "mine.txt") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		text := "Two soldiers and a dozen civilians were killed, and 1,200 fled; scores more were hurt."
		lx.Find(text, sitrep.Span{Start: 0, End: len(text)})
	})
}
