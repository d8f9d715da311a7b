package quantity

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/internal/sharedtest"
	"github.com/sitrep/sitrep/textutil"
)

// BenchmarkFind runs Find over every sentence of the shared corpora, as
// the extractor does; one op is the whole corpus.
func BenchmarkFind(b *testing.B) {
	texts := sharedtest.Texts(b, "seeds", "news-dev")
	type doc struct {
		text  string
		sents []sitrep.Span
	}
	docs := make([]doc, len(texts))
	n := 0
	for i, t := range texts {
		docs[i] = doc{t, textutil.Sentences(t)}
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	found := 0
	for b.Loop() {
		for _, d := range docs {
			for _, s := range d.sents {
				found += len(Find(d.text, s))
			}
		}
	}
	b.ReportMetric(float64(len(docs)), "docs/op")
	_ = found
}

// extraTexts returns the full texts of the other shared corpora (WikiEvents
// articles and MUC-4 reports, the latter lower-cased), none of a file that
// is absent; it skips when ../shared itself is absent.
func extraTexts(tb testing.TB) []string {
	tb.Helper()
	data := filepath.Join(sharedtest.Dir(tb), "data")
	var out []string
	read := func(path, field string) {
		f, err := os.Open(path)
		if err != nil {
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) != nil {
				continue
			}
			if s, ok := m[field].(string); ok {
				out = append(out, s)
			}
		}
	}
	for _, n := range []string{"dev", "test"} {
		read(filepath.Join(data, "wikievents", n+".jsonl"), "text")
	}
	for _, n := range []string{"train", "dev", "test"} {
		read(filepath.Join(data, "muc4_grit", n+".json"), "doctext")
	}
	return out
}

// TestFindOnSharedText runs Find over every sentence of every shared text
// and checks its invariants: real, messy text the fuzzer does not write.
func TestFindOnSharedText(t *testing.T) {
	texts := append(sharedtest.Texts(t, "seeds", "news-dev"), extraTexts(t)...)
	n := 0
	for _, text := range texts {
		for _, s := range textutil.Sentences(text) {
			qs := Find(text, s)
			checkQuantities(t, text, s, qs)
			n += len(qs)
		}
	}
	t.Logf("%d quantities in %d texts", n, len(texts))
}
