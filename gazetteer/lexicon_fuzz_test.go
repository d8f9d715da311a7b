package gazetteer

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzReadLexicon: any lexicon file either reads or is refused with an
// error naming its line, never a panic.
func FuzzReadLexicon(f *testing.F) {
	f.Add([]byte("[stop]\nthe a an\n[cue]\nvillage=village town=town\n"))
	f.Add([]byte("entry before section\n"))
	f.Add([]byte("[]\n=\n==\n# only a comment\n"))
	f.Add([]byte("[Stop]\nTHE\n[stop]\nthe\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := ReadLexicon(bytes.NewReader(data))
		if err != nil {
			if !strings.Contains(err.Error(), "line") {
				t.Errorf("error %q does not say where", err)
			}
			return
		}
		if l == nil {
			t.Fatal("no lexicon and no error")
		}
	})
}
