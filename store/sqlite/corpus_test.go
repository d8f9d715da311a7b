package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

// TestRealReports stores the real reports of the shared corpus, each with
// an event whose evidence is its opening, and checks that their text comes
// back unchanged and that a distinctive word of each opening finds it.
func TestRealReports(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedtest.Dir(t), "corpus", "*", "docs.jsonl"))
	if len(files) == 0 {
		t.Skip("no corpus docs.jsonl in ../shared")
	}
	ctx := context.Background()
	s := openTemp(t)
	type want struct{ id, text, word string }
	var wants []want
	for _, name := range files {
		set := filepath.Base(filepath.Dir(name))
		for _, in := range sharedtest.Docs(t, set) {
			id := set + "/" + in.ID
			doc := &sitrep.Document{ID: id, URL: in.URL, Published: sitrep.Date(in.Published), Raw: in.Text, Text: in.Text}
			open := in.Text
			if len(open) > 300 {
				cut := 300
				for !utf8.RuneStart(open[cut]) {
					cut--
				}
				open = open[:cut]
			}
			ev := sitrep.Event{ID: "e-" + id, Doc: id, EventType: "Battles",
				Evidence: []sitrep.Evidence{doc.Evidence(sitrep.Span{Start: 0, End: len(open)})}}
			if _, _, err := s.AddDocument(ctx, doc, []sitrep.Event{ev}, nil); err != nil {
				t.Fatal(err)
			}
			wants = append(wants, want{id, in.Text, longestWord(open)})
		}
	}
	for _, w := range wants {
		d, err := s.Document(ctx, w.id)
		if err != nil {
			t.Fatal(err)
		}
		if d.Text != w.text {
			t.Errorf("%s: text changed in the store", w.id)
		}
		if w.word == "" {
			continue
		}
		got, err := s.Events(ctx, sitrep.EventFilter{Text: w.word})
		if err != nil {
			t.Fatalf("%s: search %q: %v", w.id, w.word, err)
		}
		if !slices.ContainsFunc(got, func(e sitrep.Event) bool { return e.Doc == w.id }) {
			t.Errorf("%s: searching %q does not find its event", w.id, w.word)
		}
	}
	t.Logf("%d real reports stored and searched", len(wants))
}

// longestWord returns the longest run of letters in s.
func longestWord(s string) string {
	best := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(best) {
			best = w
		}
	}
	return best
}
