package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

// BenchmarkWalk reads the shared corpus reports and JSON Lines documents.
func BenchmarkWalk(b *testing.B) {
	shared := sharedtest.Dir(b)
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
