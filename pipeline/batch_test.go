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
