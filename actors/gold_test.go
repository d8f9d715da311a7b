package actors

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

// BenchmarkFindCorpus runs Find over every news-dev document, the whole
// text at once, and reports documents per second.
func BenchmarkFindCorpus(b *testing.B) {
	docs := sharedtest.Docs(b, "news-dev")
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	d := Default()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			d.Find(doc.Text, sitrep.Span{Start: 0, End: len(doc.Text)}, "IQ")
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}

type goldEvent struct {
	Actor1   string `json:"actor1"`
	Actor2   string `json:"actor2"`
	Country  string `json:"country"`
	Evidence string `json:"evidence"`
}

type goldDoc struct {
	ID     string      `json:"id"`
	Events []goldEvent `json:"events"`
}

// TestGoldActorRecall reports, for the development corpora, how often the
// gold actor1 of an event (when one is named) is among the actors Find
// marks in the event's evidence. It is a guidance figure, logged, not a
// pass mark: the evidence often names the actor only by a pronoun or
// earlier in the article.
func TestGoldActorRecall(t *testing.T) {
	shared := sharedtest.Dir(t)
	d := Default()
	for _, set := range []string{"seeds", "news-dev", "news-wide"} {
		docs := sharedtest.JSONL[goldDoc](t, filepath.Join(shared, "corpus", set, "gold.jsonl"))
		total, found, total2, found2 := 0, 0, 0, 0
		for _, doc := range docs {
			for _, ev := range doc.Events {
				ev.Evidence = strings.ReplaceAll(ev.Evidence, " [...] ", "\n")
				names := map[string]bool{}
				for _, m := range d.Find(ev.Evidence, sitrep.Span{Start: 0, End: len(ev.Evidence)}, ev.Country) {
					names[m.Actor.Name] = true
				}
				if a := ev.Actor1; a != "unknown" && a != "none" && a != "" {
					total++
					if names[a] {
						found++
					} else if testing.Verbose() {
						t.Logf("%s %s: actor1 %q not in %v", set, doc.ID, a, keys(names))
					}
				}
				if a := ev.Actor2; a != "unknown" && a != "none" && a != "" {
					total2++
					if names[a] {
						found2++
					}
				}
			}
		}
		if total > 0 {
			t.Logf("%s: actor1 found in evidence for %d/%d events (%.0f%%); actor2 %d/%d (%.0f%%)",
				set, found, total, 100*float64(found)/float64(total), found2, total2, 100*float64(found2)/float64(max(total2, 1)))
		}
	}
}

// TestGoldActorNamesKnown checks that every side the development sets'
// gold names is an actor of the default dictionary, by its canonical name
// or, for a state's forces the gold writes in its own words ("Russian
// security forces"), by an alias of that state's forces.
func TestGoldActorNamesKnown(t *testing.T) {
	shared := sharedtest.Dir(t)
	d := Default()
	for _, set := range []string{"seeds", "news-dev", "news-wide"} {
		for _, doc := range sharedtest.JSONL[goldDoc](t, filepath.Join(shared, "corpus", set, "gold.jsonl")) {
			for _, ev := range doc.Events {
				for _, name := range []string{ev.Actor1, ev.Actor2} {
					if name == "" || name == "none" {
						continue
					}
					if d.Lookup(name) == nil {
						t.Errorf("%s %s: gold actor %q is not in the dictionary", set, doc.ID, name)
					}
				}
			}
		}
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
