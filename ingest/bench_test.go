package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
)

// sharedDir finds ../shared beside the module root, or "" when absent.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			s := filepath.Join(dir, "..", "shared")
			if fi, err := os.Stat(s); err == nil && fi.IsDir() {
				return s
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// BenchmarkWalk reads the shared corpus reports and JSON Lines documents.
func BenchmarkWalk(b *testing.B) {
	shared := sharedDir(b)
	if shared == "" {
		b.Skip("../shared not present")
	}
	paths := []string{
		filepath.Join(shared, "corpus", "news-dev", "reports"),
		filepath.Join(shared, "corpus", "news-dev", "docs.jsonl"),
		filepath.Join(shared, "corpus", "seeds", "reports"),
	}
	var n, bytes int
	b.ReportAllocs()
	for b.Loop() {
		n, bytes = 0, 0
		err := Walk(context.Background(), paths, Options{}, func(d *sitrep.Document, err error) error {
			if err != nil {
				b.Fatal(err)
			}
			n++
			bytes += len(d.Raw)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.SetBytes(int64(bytes))
}

// BenchmarkReadHTML extracts the fixture page.
func BenchmarkReadHTML(b *testing.B) {
	src, err := os.ReadFile("testdata/reports/sub/002_convoy.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadHTML(src, ""); err != nil {
			b.Fatal(err)
		}
	}
}
