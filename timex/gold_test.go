package timex

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

type goldDoc struct {
	ID     string `json:"id"`
	Events []struct {
		Date     sitrep.Date `json:"date"`
		DateNote string      `json:"date_note"`
		Evidence string      `json:"evidence"`
	} `json:"events"`
}

// TestGoldDates reports, for the development corpora, how often a gold
// event's date is what Find resolves in the event's evidence. Counted over
// the events with a date whose evidence holds at least one date
// expression; logged as guidance, not asserted.
func TestGoldDates(t *testing.T) {
	shared := sharedtest.Dir(t)
	for _, set := range []string{"seeds", "news-dev"} {
		docs := sharedtest.Docs(t, set)
		pub := map[string]sitrep.Date{}
		for _, d := range docs {
			pub[d.ID] = sitrep.Date(d.Published)
		}
		gold := sharedtest.JSONL[goldDoc](t, filepath.Join(shared, "corpus", set, "gold.jsonl"))
		withExpr, point, anyKind, dated := 0, 0, 0, 0
		for _, g := range gold {
			for _, ev := range g.Events {
				if ev.Date == "" {
					continue
				}
				dated++
				var found []Expr
				for _, piece := range strings.Split(ev.Evidence, " [...] ") {
					found = append(found, Find(piece, sitrep.Span{Start: 0, End: len(piece)}, pub[g.ID])...)
				}
				if len(found) == 0 {
					continue
				}
				withExpr++
				okPoint, okAny := false, false
				for _, e := range found {
					if e.Date == ev.Date {
						okAny = true
						if e.Kind == Point {
							okPoint = true
						}
					}
				}
				if okPoint {
					point++
				}
				if okAny {
					anyKind++
				}
				if !okPoint && testing.Verbose() {
					var seen []string
					for _, e := range found {
						seen = append(seen, e.Kind.String()+" "+e.Note)
					}
					t.Logf("%s %s: gold %s (%s); found %q", set, g.ID, ev.Date, ev.DateNote, seen)
				}
			}
		}
		if withExpr > 0 {
			t.Logf("%s: %d dated events, %d with a date expression in the evidence; a Point resolves to the gold date in %d/%d (%.0f%%), any kind in %d/%d (%.0f%%)",
				set, dated, withExpr, point, withExpr, 100*float64(point)/float64(withExpr), anyKind, withExpr, 100*float64(anyKind)/float64(withExpr))
		}
	}
}

// TestCorpusRuns runs Find over every document of the corpora: no panic,
// spans inside the text and in order.
func TestCorpusRuns(t *testing.T) {
	n := 0
	for _, set := range []string{"seeds", "news-dev"} {
		for _, d := range sharedtest.Docs(t, set) {
			last := 0
			for _, e := range Find(d.Text, sitrep.Span{Start: 0, End: len(d.Text)}, sitrep.Date(d.Published)) {
				if e.Span.Start < last || e.Span.End > len(d.Text) {
					t.Fatalf("%s: bad span %+v", d.ID, e.Span)
				}
				last = e.Span.End
				n++
			}
		}
	}
	t.Logf("%d expressions in the corpora", n)
}

// BenchmarkFindCorpus runs Find over every news-dev document, the whole
// text at once, and reports documents per second.
func BenchmarkFindCorpus(b *testing.B) {
	docs := sharedtest.Docs(b, "news-dev")
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Find(d.Text, sitrep.Span{Start: 0, End: len(d.Text)}, sitrep.Date(d.Published))
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}
