package actors

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// sharedDir returns ../shared beside the module root, or skips the test
// when it is absent (as it is on a user's machine).
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Skip("no working directory:", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		t.Skip("../shared/corpus not present:", err)
	}
	return shared
}

type corpusDoc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// BenchmarkFindCorpus runs Find over every news-dev document, the whole
// text at once, and reports documents per second.
func BenchmarkFindCorpus(b *testing.B) {
	shared := sharedDir(b)
	f, err := os.Open(filepath.Join(shared, "corpus", "news-dev", "docs.jsonl"))
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var docs []corpusDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	size := 0
	for sc.Scan() {
		var d corpusDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
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

func readGold(t *testing.T, path string) []goldDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skip("gold not present:", err)
	}
	defer f.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return docs
}

// TestGoldActorRecall reports, for the development corpora, how often the
// gold actor1 of an event (when one is named) is among the actors Find
// marks in the event's evidence. It is a guidance figure, logged, not a
// pass mark: the evidence often names the actor only by a pronoun or
// earlier in the article.
func TestGoldActorRecall(t *testing.T) {
	shared := sharedDir(t)
	d := Default()
	for _, set := range []string{"seeds", "news-dev"} {
		docs := readGold(t, filepath.Join(shared, "corpus", set, "gold.jsonl"))
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

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
