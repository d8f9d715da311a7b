package clean

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// BenchmarkClean cleans every report of seeds and news-dev once per op.
func BenchmarkClean(b *testing.B) {
	docs := loadCorpus(b)
	c := Default()
	size := 0
	for _, cd := range docs {
		size += len(cd.raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, cd := range docs {
			d := &sitrep.Document{Raw: cd.raw, URL: cd.url}
			c.Clean(d)
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkDefault measures parsing and compiling the embedded rule table
// (paid once per process, on first use).
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := parseRules(stringsReader(defaultRulesText), "rules.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }
