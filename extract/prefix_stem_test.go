package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/textutil"
)

// TestPrefixStemSkipsOnlyPhrasesThatCannotMatch: longestAt, which passes
// over a prefix-pattern phrase whose stem the word does not begin, finds
// at every word of the corpora's sentences (and of sentences made of the
// lexicon's own prefix patterns) the phrases it finds trying every
// phrase of the word's first byte.
func TestPrefixStemSkipsOnlyPhrasesThatCannotMatch(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	var stems []string
	for _, m := range []*matcher{l.triggers, l.casualty, l.persons, l.markers, l.figures} {
		for _, p := range m.pre {
			stems = append(stems, strings.Join(p.words, " "))
		}
	}
	texts = append(texts, strings.ReplaceAll(strings.Join(stems, " . "), "*", "ed"), strings.ReplaceAll(strings.Join(stems, " "), "*", ""))
	files, _ := filepath.Glob("../../shared/corpus/*/docs.jsonl")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(data))
		}
	}
	tried := 0
	for _, text := range texts {
		for _, sp := range textutil.Sentences(text) {
			words := splitWords(text, sitrep.Span{Start: sp.Start, End: sp.End})
			l.indexWords(words)
			for _, m := range []*matcher{l.triggers, l.casualty, l.persons, l.markers, l.figures} {
				every := *m
				every.preBy = new([256][]phrase)
				for b, list := range m.preBy {
					for _, p := range list {
						p.stem = ""
						every.preBy[b] = append(every.preBy[b], p)
					}
				}
				for i := range words {
					gv, gn := m.at(words, i)
					wv, wn := every.at(words, i)
					if gn != wn || !reflect.DeepEqual(gv, wv) {
						t.Fatalf("%q at word %d: %v %d, trying every phrase %v %d", text[sp.Start:sp.End], i, gv, gn, wv, wn)
					}
					if gn > 0 {
						tried++
					}
				}
			}
		}
	}
	if tried < 100 {
		t.Fatalf("only %d matches: the test proves little", tried)
	}
}
