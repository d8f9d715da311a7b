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

// extraTexts returns the full texts of the other shared corpora (WikiEvents
// articles and MUC-4 reports, the latter lower-cased), or none when absent.
func extraTexts(tb testing.TB) []string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
	data := filepath.Join(dir, "..", "shared", "data")
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
	texts := append(corpusTexts(t), extraTexts(t)...)
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
