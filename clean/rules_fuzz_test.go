package clean

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// FuzzLoadRules: a user's rule file (--clean-rules) either loads or is
// refused with an error naming the file; a table that loads cleans a
// report without a panic and keeps its text UTF-8.
func FuzzLoadRules(f *testing.F) {
	f.Add([]byte("gallery-count      line     \\d{1,3} ?/ ?\\d{1,3} \\S.*\n"))
	f.Add([]byte("gallery-count off\n"))
	f.Add([]byte("mine   line   (((\n"))
	f.Add([]byte("mine   nosuchkind   x\n"))
	f.Add([]byte("onlyname\n# comment\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := Default()
		if err := c.Load(bytes.NewReader(data), "mine.txt"); err != nil {
			if !strings.Contains(err.Error(), "mine.txt") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		d := &sitrep.Document{ID: "f", Raw: "Share this article\nGunmen attacked a checkpoint near Gao on Monday.\n3 / 12 Photos\n"}
		c.Clean(d) // a rule of the user's may drop any line: the text is not checked for words
		if !utf8.ValidString(d.Text) {
			t.Errorf("cleaned text is not UTF-8: %q", d.Text)
		}
	})
}
