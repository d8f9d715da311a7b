// Package pipeline runs documents through the flow: clean, extract and
// (for the store's near-duplicate index) sketch, in parallel, handing
// results back in input order, one by one or in batches for a writer. It
// is what `sitrep extract`, `sitrep ingest` and `sitrep demo` share.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/merge"
)

// Engine holds the stages every document goes through. It is safe for
// concurrent use by the workers of Run.
type Engine struct {
	Cleaner   *clean.Cleaner
	Extractor *extract.Extractor
	// Sketch asks the workers for each document's near-duplicate sketch
	// (Result.Sketch), which the store links copies by.
	Sketch bool
	// Known, when set, says whether a document is stored already (by its
	// content hash) and under which id. Workers ask before cleaning and
	// extracting, so a restarted ingest skips what it stored before at
	// the cost of a lookup; such a document comes back with Known set and
	// no records.
	Known func(doc *sitrep.Document) (id string, ok bool)
	// NoControls leaves out the control statements (Result.Controls
	// empty) for a caller that does not use them: they are read after
	// the events and figures, which stay the same.
	NoControls bool
	// Prepare, when set, is called by the worker with each document's
	// result after Process (not for a failure or a known document): for
	// the part of a sink's work that depends on the document alone (the
	// store compressing texts and encoding records), which then runs on
	// every worker instead of the sink's one goroutine. It may set
	// Result.Prepared.
	Prepare func(r *Result)
}

// Default is the flow with the embedded gazetteer, actor dictionary,
// lexicon and boilerplate rules, as `sitrep ingest` runs it without user
// files.
func Default() (*Engine, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	x, err := extract.New(extract.Config{Gazetteer: g})
	if err != nil {
		return nil, err
	}
	return &Engine{Cleaner: clean.Default(), Extractor: x}, nil
}

// Result is one document after the flow, or the input that failed.
type Result struct {
	Doc     *sitrep.Document
	Events  []sitrep.Event
	Figures []sitrep.Figure
	// Controls are the control statements the document makes ("X is
	// still held by Y").
	Controls []sitrep.Control
	// Err is set for an input that could not be read; Doc is nil then.
	Err error
	// Known is the id of the stored document with the same content, when
	// Engine.Known found one; the document was not processed then.
	Known string
	// Sketch is the near-duplicate sketch of the cleaned text, when
	// Engine.Sketch asks for it.
	Sketch *merge.Sketch
	// Prepared is what Engine.Prepare made of the result, for the sink.
	Prepared any
}

// Process cleans a document and extracts its records (and sketches it
// when the engine asks for sketches). A fault inside sitrep while reading
// the document is no crash of the run: the result is a failure naming
// the document, recorded and reported as an unreadable input is.
func (e *Engine) Process(doc *sitrep.Document) (r Result) {
	defer func() {
		if p := recover(); p != nil {
			r = Result{Err: fmt.Errorf("document %q: reading it failed on an internal error (please report it with the document): %v", doc.ID, p)}
		}
	}()
	e.Cleaner.Clean(doc)
	if e.NoControls {
		events, figures := e.Extractor.Extract(doc)
		r = Result{Doc: doc, Events: events, Figures: figures}
	} else {
		recs := e.Extractor.ExtractRecords(doc)
		r = Result{Doc: doc, Events: recs.Events, Figures: recs.Figures, Controls: recs.Controls}
	}
	if e.Sketch {
		r.Sketch = merge.NewSketch(doc.Text)
	}
	return r
}

// work is what a worker makes of one input.
func (e *Engine) work(in Input) Result {
	if in.Err != nil {
		return Result{Err: in.Err}
	}
	if e.Known != nil {
		if id, ok := e.Known(in.Doc); ok {
			return Result{Doc: in.Doc, Known: id}
		}
	}
	r := e.Process(in.Doc)
	if e.Prepare != nil && r.Err == nil {
		e.Prepare(&r)
	}
	return r
}

// Input is one item from a source: a document or a read failure.
type Input struct {
	Doc *sitrep.Document
	Err error
}

// Run processes the inputs that source emits with the given number of
// workers (0 = one per CPU) and calls sink with each result in the order the
// inputs were emitted. Run stops at the first error from source or sink, or
// when ctx is cancelled.
func (e *Engine) Run(ctx context.Context, workers int, source func(emit func(Input) error) error, sink func(Result) error) error {
	return e.run(ctx, workers, nil, nil, source, sink)
}

// run is Run; when cores is not nil, a worker holds a place in it while
// it reads a document (see RunBatches); when inFlight is not nil, it
// counts the inputs emitted and not yet handed to sink.
func (e *Engine) run(ctx context.Context, workers int, cores chan struct{}, inFlight *atomic.Int64, source func(emit func(Input) error) error, sink func(Result) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		in  Input
		out chan Result
	}
	jobs := make(chan job, workers*4)
	order := make(chan chan Result, workers*8)

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if cores != nil {
					cores <- struct{}{}
				}
				j.out <- e.work(j.in)
				if cores != nil {
					<-cores
				}
			}
		}()
	}

	srcErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		srcErr <- source(func(in Input) error {
			out := make(chan Result, 1)
			if inFlight != nil {
				inFlight.Add(1)
			}
			select {
			case order <- out:
			case <-ctx.Done():
				if inFlight != nil {
					inFlight.Add(-1)
				}
				return ctx.Err()
			}
			select {
			case jobs <- job{in: in, out: out}:
				return nil
			case <-ctx.Done():
				// its place in the order is taken: fill it, or the
				// collector below would wait for it for ever
				out <- Result{Err: ctx.Err()}
				return ctx.Err()
			}
		})
	}()

	var sinkErr error
	for out := range order {
		r := <-out
		if sinkErr != nil {
			continue // drain so workers can finish
		}
		if err := sink(r); err != nil {
			sinkErr = err
			cancel()
		}
		if inFlight != nil {
			inFlight.Add(-1)
		}
	}
	wg.Wait()
	if err := <-srcErr; err != nil && sinkErr == nil && err != context.Canceled {
		return err
	}
	return sinkErr
}
