package merge

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/sharedtest"
)

func fixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestNearDup(t *testing.T) {
	wire, a, b, other := fixture(t, "wire.txt"), fixture(t, "copy_a.txt"), fixture(t, "copy_b.txt"), fixture(t, "other_outlet.txt")
	t.Run("republications_with_small_edits_link_to_the_wire_story", func(t *testing.T) {
		n := NewNearDup()
		if d, _ := n.Add("wire", wire); d != "" {
			t.Fatalf("first document linked to %q", d)
		}
		for _, tc := range []struct{ id, text string }{{"copy-a", a}, {"copy-b", b}} {
			d, sim := n.Add(tc.id, tc.text)
			if d != "wire" {
				t.Errorf("%s: dupOf %q (similarity %.2f), want wire", tc.id, d, sim)
			}
			if sim < DefaultJaccard || sim > 1 {
				t.Errorf("%s: similarity %.2f out of range", tc.id, sim)
			}
		}
	})
	t.Run("a_copy_of_a_copy_names_the_original", func(t *testing.T) {
		n := NewNearDup()
		n.Add("copy-a", a)
		n.Add("wire", wire)
		if d, _ := n.Add("copy-b", b); d != "copy-a" {
			t.Errorf("dupOf %q, want the group's first document copy-a", d)
		}
	})
	t.Run("another_outlet_on_the_same_incident_is_not_linked", func(t *testing.T) {
		n := NewNearDup()
		n.Add("wire", wire)
		if d, sim := n.Add("other", other); d != "" {
			t.Errorf("linked to %q (similarity %.2f)", d, sim)
		}
		if s := Similarity(wire, other); s > 0.2 {
			t.Errorf("Similarity(wire, other) = %.2f, want low", s)
		}
	})
	t.Run("exact_copy_has_similarity_one", func(t *testing.T) {
		n := NewNearDup()
		n.Add("x", wire)
		if d, sim := n.Add("y", wire); d != "x" || sim != 1 {
			t.Errorf("got %q %.2f, want x 1.00", d, sim)
		}
	})
	t.Run("case_and_punctuation_do_not_matter", func(t *testing.T) {
		if s := Similarity(wire, strings.ToUpper(strings.ReplaceAll(wire, ",", ""))); s != 1 {
			t.Errorf("similarity %.2f, want 1", s)
		}
	})
	t.Run("truncated_copy_is_contained", func(t *testing.T) {
		n := NewNearDup()
		n.Add("wire", wire)
		paras := strings.Split(wire, "\n\n")
		short := strings.Join(paras[:3], "\n\n")
		if d, sim := n.Add("short", short); d != "wire" {
			t.Errorf("first three paragraphs: dupOf %q (similarity %.2f), want wire", d, sim)
		}
	})
	t.Run("empty_and_tiny_texts_match_nothing", func(t *testing.T) {
		n := NewNearDup()
		n.Add("a", "")
		n.Add("b", "Two words")
		if d, _ := n.Add("c", "Two words"); d != "" {
			t.Errorf("tiny text linked to %q", d)
		}
	})
	t.Run("concurrent_adds", func(t *testing.T) {
		n := NewNearDup()
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				n.Add(fmt.Sprint(i), wire)
			}()
		}
		wg.Wait()
		if n.Len() != 8 {
			t.Errorf("Len = %d", n.Len())
		}
	})
}

// TestSameIncidentGroups: news-dev's same_incident.json groups reports of
// one incident by different outlets; they are not copies of each other, so
// they should mostly not be linked. The test reports how many pairs are.
func TestSameIncidentGroups(t *testing.T) {
	base := filepath.Join(sharedtest.Dir(t), "corpus", "news-dev")
	texts := map[string]string{}
	var order []string
	for _, d := range sharedtest.Docs(t, "news-dev") {
		texts[d.ID] = d.Text
		order = append(order, d.ID)
	}
	raw, err := os.ReadFile(filepath.Join(base, "same_incident.json"))
	if err != nil {
		t.Fatal(err)
	}
	var groups [][][2]any
	if err := json.Unmarshal(raw, &groups); err != nil {
		t.Fatal(err)
	}
	pairs := map[[2]string]bool{}
	for _, g := range groups {
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				a, b := g[i][0].(string), g[j][0].(string)
				if a != b {
					pairs[[2]string{min(a, b), max(a, b)}] = true
				}
			}
		}
	}
	// Index the whole set, in file order, as a pipeline would.
	n := NewNearDup()
	dupOf := map[string]string{}
	for _, id := range order {
		if d, _ := n.Add(id, texts[id]); d != "" {
			dupOf[id] = d
		}
	}
	linked := 0
	for p := range pairs {
		s := Similarity(texts[p[0]], texts[p[1]])
		if dupOf[p[1]] == p[0] || dupOf[p[0]] == p[1] || dupOf[p[0]] != "" && dupOf[p[0]] == dupOf[p[1]] {
			linked++
			t.Logf("linked: %s %s (similarity %.2f)", p[0], p[1], s)
		}
	}
	t.Logf("same-incident pairs from different outlets: %d, linked as near-duplicates: %d; documents linked in all news-dev: %d", len(pairs), linked, len(dupOf))
	if linked*4 > len(pairs) {
		t.Errorf("%d of %d same-incident pairs linked; different outlets should mostly stay apart", linked, len(pairs))
	}
}

// BenchmarkNearDupAdd adds distinct synthetic 300-word reports (windows
// at random offsets of a Zipf-like word stream, so some words and phrases
// recur as in news) to an index that grows to b.N documents.
func BenchmarkNearDupAdd(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 30000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%d", i)
	}
	stream := make([]uint16, 4<<20)
	for i := range stream {
		stream[i] = uint16(float64(len(vocab)) * rng.Float64() * rng.Float64() * rng.Float64())
	}
	n := NewNearDup()
	b.ReportAllocs()
	var sb strings.Builder
	i := 0
	for b.Loop() {
		off := rng.IntN(len(stream) - 300)
		sb.Reset()
		for _, w := range stream[off : off+300] {
			sb.WriteString(vocab[w])
			sb.WriteByte(' ')
		}
		n.Add(fmt.Sprint(i), sb.String())
		i++
	}
	b.StopTimer()
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/float64(b.N), "heap-B/doc")
	runtime.KeepAlive(n)
}
