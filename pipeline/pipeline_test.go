package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/internal/sharedtest"
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

// RunBatches hands every result over once, in input order, in batches of
// at most the size asked, each with the sketch the store links copies by.
func TestRunBatchesKeepsOrderAndSize(t *testing.T) {
	e := *testEngine(t)
	e.Sketch = true
	var batches [][]Result
	err := e.RunBatches(context.Background(), 3, 7, time.Hour, func(emit func(Input) error) error {
		for i := range 30 {
			if i == 11 {
				if err := emit(Input{Err: errors.New("unreadable")}); err != nil {
					return err
				}
				continue
			}
			text := fmt.Sprintf("A roadside bomb killed %d soldiers in Tikrit on Monday, officials said.", i+2)
			if err := emit(Input{Doc: &sitrep.Document{ID: fmt.Sprint(i), Raw: text}}); err != nil {
				return err
			}
		}
		return nil
	}, func(b []Result) error {
		batches = append(batches, b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for k, b := range batches {
		if len(b) > 7 || len(b) < 7 && k != len(batches)-1 {
			t.Errorf("batch %d holds %d results, want 7 (fewer only in the last)", k, len(b))
		}
		for _, r := range b {
			switch {
			case n == 11:
				if r.Err == nil {
					t.Errorf("result 11: want the read failure in its place, got %+v", r.Doc)
				}
			case r.Doc == nil || r.Doc.ID != fmt.Sprint(n):
				t.Fatalf("result %d out of order: %+v", n, r)
			case r.Sketch == nil || !r.Sketch.Indexable():
				t.Errorf("result %d has no sketch", n)
			}
			n++
		}
	}
	if n != 30 {
		t.Errorf("%d results handed over, want 30", n)
	}
}

// A batch is written once its first result has waited long enough, even
// when the stream has not ended: a slow stream is stored as it comes.
func TestRunBatchesWritesASlowStreamAsItComes(t *testing.T) {
	e := testEngine(t)
	written := make(chan int, 10)
	err := e.RunBatches(context.Background(), 1, 100, 20*time.Millisecond, func(emit func(Input) error) error {
		if err := emit(Input{Doc: &sitrep.Document{ID: "a", Raw: "Clashes in Mosul."}}); err != nil {
			return err
		}
		select { // the source waits for the first batch before going on
		case <-written:
		case <-time.After(10 * time.Second):
			return errors.New("the first result was not written while the stream waited")
		}
		return emit(Input{Doc: &sitrep.Document{ID: "b", Raw: "Clashes in Kirkuk."}})
	}, func(b []Result) error {
		written <- len(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// While the writer writes, the batch being filled is not handed over for
// having waited: it grows until the writer is free (or it is full), so
// that results read during a long write are written in one batch, not in
// many small ones that would each pay a batch's fixed costs.
func TestRunBatchesGrowsTheBatchWhileTheWriterWrites(t *testing.T) {
	e := testEngine(t)
	first := make(chan struct{})
	release := make(chan struct{})
	var sizes []int
	err := e.RunBatches(context.Background(), 1, 100, time.Millisecond, func(emit func(Input) error) error {
		if err := emit(Input{Doc: &sitrep.Document{ID: "a", Raw: "Clashes in Mosul."}}); err != nil {
			return err
		}
		select { // the first batch is being written
		case <-first:
		case <-time.After(10 * time.Second):
			return errors.New("the first result was not written")
		}
		time.AfterFunc(time.Second, func() { close(release) })
		for i := range 20 {
			// each result waits many times maxWait before the next
			time.Sleep(5 * time.Millisecond)
			if err := emit(Input{Doc: &sitrep.Document{ID: fmt.Sprint(i), Raw: "Clashes in Kirkuk."}}); err != nil {
				return err
			}
		}
		return nil
	}, func(b []Result) error {
		sizes = append(sizes, len(b))
		if len(sizes) == 1 {
			// the first write lasts until the twenty are surely read
			close(first)
			<-release
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(sizes) != 2 || sizes[1] != 20 {
		t.Errorf("batches of %v, want [1 20]: what was read during the first write, in one batch", sizes)
	}
}

// An error of the writer stops the run and is returned.
func TestRunBatchesStopsAtWriteError(t *testing.T) {
	e := testEngine(t)
	stop := errors.New("disk full")
	calls := 0
	err := e.RunBatches(context.Background(), 2, 3, time.Hour, func(emit func(Input) error) error {
		for i := range 1000 {
			if err := emit(Input{Doc: &sitrep.Document{ID: fmt.Sprint(i), Raw: "Clashes in Mosul."}}); err != nil {
				return err
			}
		}
		return nil
	}, func([]Result) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) {
		t.Fatalf("RunBatches = %v, want the writer's error", err)
	}
	if calls != 1 {
		t.Errorf("write called %d times, want no batch after the error", calls)
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

// benchCorpora are the shared corpora the speed benchmarks run over: every
// report of the three, as `sitrep extract` reads them.
var benchCorpora = []string{"seeds", "news-dev", "news-wide"}

// corpusDocs reads the shared corpora, when they are there (the benchmarks
// skip otherwise).
func corpusDocs(tb testing.TB) []sitrep.Document {
	tb.Helper()
	var docs []sitrep.Document
	for _, c := range benchCorpora {
		for _, d := range sharedtest.Docs(tb, c) {
			docs = append(docs, sitrep.Document{ID: d.ID, Raw: d.Text, Published: sitrep.Date(d.Published), URL: d.URL, Title: d.Title})
		}
	}
	return docs
}

// BenchmarkPipeline measures the whole flow (clean, extract) over the
// shared corpora with one worker per CPU, as `sitrep extract` runs it; an
// op is one pass over all their reports. reports/s is the wall-clock rate
// (what a user sees on an idle machine); reports/cpu-s counts the
// process's CPU time instead, which other load on a shared machine moves
// far less (on an idle machine reports/s ≈ CPUs × reports/cpu-s).
func BenchmarkPipeline(b *testing.B) {
	docs := corpusDocs(b)
	e := testEngine(b)
	b.ReportAllocs()
	cpu0 := processCPU()
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
	b.StopTimer()
	reportRates(b, n, processCPU()-cpu0)
}

// BenchmarkProcess measures one report at a time through clean and
// extract on one goroutine; an op is one report of the shared corpora
// (taken in turn), so ns/op is the time a report costs.
func BenchmarkProcess(b *testing.B) {
	docs := corpusDocs(b)
	e := testEngine(b)
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Raw))
	}
	b.SetBytes(bytes / int64(len(docs)))
	b.ReportAllocs()
	cpu0 := processCPU()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		e.Process(&d)
	}
	b.StopTimer()
	reportRates(b, b.N, processCPU()-cpu0)
}

// reportRates adds reports/s (wall clock) and, where the process's CPU
// time can be read, reports/cpu-s to a benchmark that handled n reports.
func reportRates(b *testing.B, n int, cpu time.Duration) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "reports/s")
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "reports/cpu-s")
	}
}

// TestProcessReportsAnInternalFaultAsTheDocumentsFailure: a fault inside
// sitrep while reading one document (here an engine with no extractor)
// is that document's failure, naming it, and the run goes on with the
// next document instead of crashing.
func TestProcessReportsAnInternalFaultAsTheDocumentsFailure(t *testing.T) {
	good := testEngine(t)
	broken := &Engine{Extractor: good.Extractor}
	doc := &sitrep.Document{ID: "report-17", Text: "Gunmen killed two people in Kaya on Sunday."}
	r := broken.Process(doc)
	if r.Err == nil {
		t.Fatalf("a fault while reading gave no error: %+v", r)
	}
	if !strings.Contains(r.Err.Error(), "report-17") {
		t.Errorf("the error does not name the document: %v", r.Err)
	}
	var got []Result
	err := broken.Run(context.Background(), 2, func(emit func(Input) error) error {
		for _, id := range []string{"a", "b", "c"} {
			if err := emit(Input{Doc: &sitrep.Document{ID: id, Text: "Gunmen killed two people in Kaya on Sunday."}}); err != nil {
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
	if len(got) != 3 {
		t.Fatalf("got %d results, want 3 (one failure each)", len(got))
	}
	for i, r := range got {
		if r.Err == nil || !strings.Contains(r.Err.Error(), []string{"a", "b", "c"}[i]) {
			t.Errorf("result %d: %v, want a failure naming its document", i, r.Err)
		}
	}
}
