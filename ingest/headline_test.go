package ingest

import "testing"

// TestJSONTitleOpensTheText: a JSON Lines document's title is its
// headline; a text that does not hold it is read with it as its first
// line (as a page prints it), so that a place or a toll told only in the
// headline is the report's. A text that already holds its title, and a
// document with no title, are read as given.
func TestJSONTitleOpensTheText(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"title_not_in_the_text", `{"id":"a","title":"Four die in Bossangoa raid","text":"Armed men raided a market on Monday, killing four."}`,
			"Four die in Bossangoa raid\n\nArmed men raided a market on Monday, killing four."},
		// not so
		{"title_in_the_text", `{"id":"b","title":"Four die in Bossangoa raid","text":"Four die in Bossangoa raid\nArmed men raided a market on Monday."}`,
			"Four die in Bossangoa raid\nArmed men raided a market on Monday."},
		{"no_title", `{"id":"c","text":"Armed men raided a market on Monday."}`,
			"Armed men raided a market on Monday."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := parseJSONDoc([]byte(tc.line), "def")
			if err != nil {
				t.Fatal(err)
			}
			if d.Raw != tc.want {
				t.Errorf("Raw = %q, want %q", d.Raw, tc.want)
			}
		})
	}
}
