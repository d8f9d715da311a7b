package quantity

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/textutil"
)

// corpusTexts returns the texts of ../shared's corpora, or skips when the
// shared folder is absent (as on users' machines).
func corpusTexts(tb testing.TB) []string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Skipf("no working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("module root not found")
		}
		dir = parent
	}
	var out []string
	for _, set := range []string{"seeds", "news-dev"} {
		path := filepath.Join(dir, "..", "shared", "corpus", set, "docs.jsonl")
		f, err := os.Open(path)
		if err != nil {
			tb.Skipf("shared corpus absent: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var d struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				f.Close()
				tb.Fatalf("read %s: %v", path, err)
			}
			out = append(out, d.Text)
		}
		f.Close()
	}
	return out
}

// BenchmarkFind runs Find over every sentence of the shared corpora, as
// the extractor does; one op is the whole corpus.
func BenchmarkFind(b *testing.B) {
	texts := corpusTexts(b)
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
