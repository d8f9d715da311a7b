package pipeline

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

// TestWriterTakesAWorkersPlace runs batches through a writer that takes
// its time, and counts the documents read while it writes: with two
// workers or more, one fewer than the workers; with one, that one (the
// writer takes no place from a single worker). Every document still comes
// back, in order.
func TestWriterTakesAWorkersPlace(t *testing.T) {
	for _, workers := range []int{1, 2, 3} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var writing atomic.Bool
			var mu sync.Mutex
			reading, most := 0, 0
			e := &Engine{Known: func(d *sitrep.Document) (string, bool) {
				mu.Lock()
				reading++
				if writing.Load() {
					most = max(most, reading)
				}
				mu.Unlock()
				time.Sleep(time.Millisecond)
				mu.Lock()
				reading--
				mu.Unlock()
				return "known-" + d.ID, true
			}}
			var got []string
			err := e.RunBatches(context.Background(), workers, 8, time.Second, func(emit func(Input) error) error {
				for i := range 200 {
					if err := emit(Input{Doc: &sitrep.Document{ID: fmt.Sprint(i)}}); err != nil {
						return err
					}
				}
				return nil
			}, func(batch []Result) error {
				writing.Store(true)
				time.Sleep(5 * time.Millisecond)
				writing.Store(false)
				for _, r := range batch {
					got = append(got, r.Known)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 200 || got[0] != "known-0" || got[199] != "known-199" {
				t.Fatalf("results: %d, first %q, last %q", len(got), got[0], got[len(got)-1])
			}
			want := max(workers-1, 1)
			if most > want {
				t.Errorf("%d workers: %d documents read at once while a batch was written, want at most %d", workers, most, want)
			}
			if most == 0 {
				t.Errorf("%d workers: no document read while a batch was written", workers)
			}
		})
	}
}

// blockingEngine is a flow whose worker holds document i until release(i)
// is closed, and reads it as known (no extraction).
func blockingEngine(release []chan struct{}) *Engine {
	return &Engine{Known: func(d *sitrep.Document) (string, bool) {
		var i int
		fmt.Sscan(d.ID, &i)
		<-release[i]
		return "known-" + d.ID, true
	}}
}

// A batch that is not full is not handed over for having waited maxWait
// while documents are still being read: it waits for them, so that a
// stream read slowly (on a loaded machine) is not cut into many small
// batches that each pay a batch's fixed costs. It is handed over when the
// reading catches up with the source (a slow stream: see
// TestRunBatchesWritesASlowStreamAsItComes), when full, or at the end.
func TestRunBatchesWaitsForDocumentsStillBeingRead(t *testing.T) {
	defer func(h time.Duration) { holdTimes = h }(holdTimes)
	holdTimes = 1000 // no hold in this test
	for _, tc := range []struct {
		name string
		n    int
		size int
		want []int
	}{
		{"a batch that is not full waits for the document being read", 5, 100, []int{5}},
		{"a full batch is handed over at once", 5, 3, []int{3, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			release := make([]chan struct{}, tc.n)
			for i := range release {
				release[i] = make(chan struct{})
			}
			e := blockingEngine(release)
			var sizes []int
			err := e.RunBatches(context.Background(), 1, tc.size, 5*time.Millisecond, func(emit func(Input) error) error {
				// the first document is read at once, the second is held
				// many times maxWait while it is being read
				close(release[0])
				go func() {
					time.Sleep(100 * time.Millisecond)
					for _, c := range release[1:] {
						close(c)
					}
				}()
				for i := range tc.n {
					if err := emit(Input{Doc: &sitrep.Document{ID: fmt.Sprint(i)}}); err != nil {
						return err
					}
				}
				return nil
			}, func(batch []Result) error {
				sizes = append(sizes, len(batch))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(sizes) != fmt.Sprint(tc.want) {
				t.Errorf("batches of %v, want %v", sizes, tc.want)
			}
		})
	}
}

// A batch waits for documents still being read only up to holdFor(maxWait):
// then it is handed over, which bounds what a killed run loses.
func TestRunBatchesHoldsABatchOnlySoLong(t *testing.T) {
	defer func(h time.Duration) { holdTimes = h }(holdTimes)
	holdTimes = 2
	release := []chan struct{}{make(chan struct{}), make(chan struct{})}
	e := blockingEngine(release)
	written := make(chan struct{}, 2)
	var sizes []int
	err := e.RunBatches(context.Background(), 1, 100, 5*time.Millisecond, func(emit func(Input) error) error {
		close(release[0])
		if err := emit(Input{Doc: &sitrep.Document{ID: "0"}}); err != nil {
			return err
		}
		go func() {
			// the first is written while the second is still being read
			select {
			case <-written:
			case <-time.After(10 * time.Second):
			}
			close(release[1])
		}()
		return emit(Input{Doc: &sitrep.Document{ID: "1"}})
	}, func(batch []Result) error {
		sizes = append(sizes, len(batch))
		written <- struct{}{}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(sizes) != "[1 1]" {
		t.Errorf("batches of %v, want [1 1]: the first handed over after the hold, while the second was read", sizes)
	}
}

// Near the end of a sized input (RunBatchesRead: the last lastBatches
// batches' worth), an idle writer takes the batch being filled once it
// holds size/lastShare results, instead of waiting for it to fill; before
// that, batches are full as with RunBatches. Without the input's size the
// end is full batches and the rest.
func TestRunBatchesCutsTheEndOfASizedInput(t *testing.T) {
	const n, size, docBytes = 100, 40, 10
	run := func(sized bool) []int {
		var read atomic.Int64
		var readSoFar func() (int64, int64)
		if sized {
			readSoFar = func() (int64, int64) { return read.Load(), n * docBytes }
		}
		e := &Engine{Known: func(d *sitrep.Document) (string, bool) {
			time.Sleep(time.Millisecond)
			return "known-" + d.ID, true
		}}
		var sizes []int
		var got []string
		err := e.RunBatchesRead(context.Background(), 1, size, time.Hour, readSoFar, func(emit func(Input) error) error {
			for i := range n {
				read.Add(docBytes)
				if err := emit(Input{Doc: &sitrep.Document{ID: fmt.Sprint(i)}}); err != nil {
					return err
				}
			}
			return nil
		}, func(batch []Result) error {
			sizes = append(sizes, len(batch))
			for _, r := range batch {
				got = append(got, r.Known)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, id := range got {
			if id != fmt.Sprint("known-", i) {
				t.Fatalf("result %d is %s", i, id)
			}
		}
		if len(got) != n {
			t.Fatalf("%d results, want %d", len(got), n)
		}
		return sizes
	}
	if sizes := run(false); fmt.Sprint(sizes) != "[40 40 20]" {
		t.Errorf("unsized input: batches of %v, want [40 40 20]", sizes)
	}
	sizes := run(true)
	if len(sizes) < 4 || sizes[0] != size {
		t.Errorf("sized input: batches of %v, want a full one then the last 60 cut smaller", sizes)
	}
	for i, s := range sizes[:len(sizes)-1] {
		if s < size/lastShare {
			t.Errorf("sized input: batch %d of %d results (of %v), want at least %d", i, s, sizes, size/lastShare)
		}
	}
}

// batcher.last: the batch goes early only when with the documents still
// to read (the bytes left at the mean size so far) and those being read
// it would fill no more than lastBatches batches, and it holds
// size/lastShare.
func TestBatcherLastCountsWhatIsLeft(t *testing.T) {
	for _, tc := range []struct {
		cur, taken, inFlight int
		done, total          int64
		want                 bool
	}{
		{cur: 16, taken: 80, inFlight: 4, done: 840, total: 1000, want: true},  // 16+4+16 < 2×64
		{cur: 16, taken: 40, inFlight: 4, done: 440, total: 1000, want: true},  // 16+4+56 < 2×64
		{cur: 16, taken: 40, inFlight: 4, done: 200, total: 1000, want: false}, // 16+4+176 ≥ 2×64
		{cur: 16, taken: 40, inFlight: 4, done: 300, total: 1000, want: true},  // 16+4+102 < 2×64
		{cur: 16, taken: 40, inFlight: 4, done: 280, total: 1000, want: false}, // 16+4+113 ≥ 2×64
		{cur: 7, taken: 90, inFlight: 0, done: 900, total: 1000, want: false},  // fewer than 64/8
		{cur: 8, taken: 90, inFlight: 0, done: 900, total: 1000, want: true},
		{cur: 30, taken: 90, inFlight: 2, done: 1000, total: 1000, want: true}, // all read
		{cur: 30, taken: 30, inFlight: 0, done: 0, total: 1000, want: false},   // nothing read yet
	} {
		b := &batcher{size: 64, cur: make([]Result, tc.cur), taken: int64(tc.taken)}
		b.inFlight.Store(int64(tc.inFlight))
		b.read = func() (int64, int64) { return tc.done, tc.total }
		if got := b.last(); got != tc.want {
			t.Errorf("%+v: last %v, want %v", tc, got, tc.want)
		}
	}
	if (&batcher{size: 64, cur: make([]Result, 30)}).last() {
		t.Error("an unsized input cut early")
	}
}
