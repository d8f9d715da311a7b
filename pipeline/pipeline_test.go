package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/sitrep/sitrep"
)

var (
	engineOnce sync.Once
	engine     *Engine
	engineErr  error
)

func testEngine(tb testing.TB) *Engine {
	tb.Helper()
	engineOnce.Do(func() { engine, engineErr = Default() })
	if engineErr != nil {
		tb.Fatal(engineErr)
	}
	return engine
}

func TestRunKeepsInputOrderAndPassesFailuresThrough(t *testing.T) {
	e := testEngine(t)
	var in []Input
	for i := 0; i < 40; i++ {
		if i%7 == 3 {
			in = append(in, Input{Err: fmt.Errorf("input %d unreadable", i)})
			continue
		}
		text := fmt.Sprintf("A roadside bomb killed %d soldiers in Tikrit on Monday, officials said.", i+1)
		in = append(in, Input{Doc: &sitrep.Document{ID: fmt.Sprint(i), Raw: text, Published: "2016-05-17"}})
	}
	var got []Result
	err := e.Run(context.Background(), 4, func(emit func(Input) error) error {
		for _, x := range in {
			if err := emit(x); err != nil {
				return err
			}
		}
		return nil
	}, func(r Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(in) {
		t.Fatalf("got %d results for %d inputs", len(got), len(in))
	}
	for i, r := range got {
		if in[i].Err != nil {
			if r.Err == nil || r.Doc != nil {
				t.Errorf("result %d: the failure must come through in its place, got %+v", i, r)
			}
			continue
		}
		if r.Doc == nil || r.Doc.ID != fmt.Sprint(i) {
			t.Fatalf("result %d out of order: %+v", i, r.Doc)
		}
		if len(r.Events) != 1 || r.Events[0].Killed.BestOr(-1) != i+1 {
			t.Errorf("document %d: want one event with %d killed, got %+v", i, i+1, r.Events)
		}
	}
}

func TestRunLinksNearDuplicates(t *testing.T) {
	e := testEngine(t)
	story := "Gunmen attacked a police checkpoint on the road north of Baquba on Tuesday night, killing four policemen and wounding two others, a provincial official said. The attackers fled in two cars, the official added, and security forces sealed off the area while they searched nearby orchards. No group claimed responsibility, but similar attacks in the province have been blamed on Islamic State cells hiding in the farmland."
	copyOf := "Copyright Example Wire. " + story + " Reporting by a correspondent."
	other := "A car bomb exploded near a market in Kirkuk on Wednesday morning, wounding eleven people, police said."
	docs := []*sitrep.Document{{ID: "a", Raw: story}, {ID: "b", Raw: other}, {ID: "c", Raw: copyOf}}
	var got []*sitrep.Document
	err := e.Run(context.Background(), 2, func(emit func(Input) error) error {
		for _, d := range docs {
			emit(Input{Doc: d})
		}
		return nil
	}, func(r Result) error { got = append(got, r.Doc); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if got[2].DuplicateOf != "a" || got[1].DuplicateOf != "" || got[0].DuplicateOf != "" {
		t.Errorf("duplicate links: a=%q b=%q c=%q, want only c → a", got[0].DuplicateOf, got[1].DuplicateOf, got[2].DuplicateOf)
	}
}

// A document the store holds already is not cleaned or extracted again: a
// restarted ingest skips what it stored before at the cost of a lookup.
func TestRunSkipsKnownDocumentsBeforeExtraction(t *testing.T) {
	known := map[string]string{"h1": "stored-1", "h3": "stored-3"}
	var asked sync.Map
	e := *testEngine(t)
	e.Known = func(d *sitrep.Document) (string, bool) {
		asked.Store(d.ID, true)
		id, ok := known[d.Hash]
		return id, ok
	}
	var got []Result
	err := e.Run(context.Background(), 2, func(emit func(Input) error) error {
		for i := range 4 {
			text := fmt.Sprintf("A roadside bomb killed %d soldiers in Tikrit on Monday.", i+2)
			if err := emit(Input{Doc: &sitrep.Document{ID: fmt.Sprint(i), Raw: text, Hash: fmt.Sprintf("h%d", i)}}); err != nil {
				return err
			}
		}
		return nil
	}, func(r Result) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range got {
		if _, ok := asked.Load(fmt.Sprint(i)); !ok {
			t.Errorf("document %d: Known was not asked", i)
		}
		wantKnown := known[fmt.Sprintf("h%d", i)]
		if r.Known != wantKnown {
			t.Errorf("document %d: Known = %q, want %q", i, r.Known, wantKnown)
		}
		processed := r.Doc.Text != "" || len(r.Events) > 0
		if processed == (wantKnown != "") {
			t.Errorf("document %d (known %q): processed = %v (text %q, %d events)", i, wantKnown, processed, r.Doc.Text, len(r.Events))
		}
	}
}

func TestRunStopsAtSinkError(t *testing.T) {
	e := testEngine(t)
	stop := errors.New("disk full")
	n := 0
	err := e.Run(context.Background(), 2, func(emit func(Input) error) error {
		for i := 0; i < 1000; i++ {
			if err := emit(Input{Doc: &sitrep.Document{ID: fmt.Sprint(i), Raw: "Clashes in Mosul."}}); err != nil {
				return err
			}
		}
		return nil
	}, func(r Result) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("Run returned %v, want the sink's error", err)
	}
}

// corpusDocs reads the shared development corpus, when it is there.
func corpusDocs(tb testing.TB) []sitrep.Document {
	tb.Helper()
	var docs []sitrep.Document
	for _, c := range []string{"news-dev", "seeds"} {
		f, err := os.Open(filepath.Join("..", "..", "shared", "corpus", c, "docs.jsonl"))
		if err != nil {
			tb.Skipf("shared corpus not found (%v); it is only beside the project in development", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct {
				ID, Text, Published, URL string
			}
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, sitrep.Document{ID: d.ID, Raw: d.Text, Published: sitrep.Date(d.Published), URL: d.URL})
		}
		f.Close()
	}
	return docs
}

// BenchmarkPipeline measures the whole flow (clean, extract, near-duplicate
// linking) over the development corpus on all CPUs, in documents a second.
func BenchmarkPipeline(b *testing.B) {
	docs := corpusDocs(b)
	e := testEngine(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		err := e.Run(context.Background(), runtime.GOMAXPROCS(0), func(emit func(Input) error) error {
			for k := range docs {
				d := docs[k]
				if err := emit(Input{Doc: &d}); err != nil {
					return err
				}
			}
			return nil
		}, func(r Result) error { n++; return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkProcess measures one document through clean and extract on one
// core.
func BenchmarkProcess(b *testing.B) {
	docs := corpusDocs(b)
	e := testEngine(b)
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Raw))
	}
	b.SetBytes(bytes / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		e.Process(&d)
	}
}
