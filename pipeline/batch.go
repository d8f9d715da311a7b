package pipeline

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// RunBatches runs the flow as Run does and hands the results, in input
// order, to write in batches of up to size, from a goroutine of its own:
// the workers and the ordered collector go on while a batch is written, and
// the writer pays its fixed costs (a transaction's commit, merging the
// incidents its records join) once a batch. A batch that is not full is
// handed over when the writer has nothing to write and either the flow
// has caught up with its source (every input emitted so far is in the
// batch: a slow stream, such as standard input or a feed) and the batch's
// first result has waited maxWait, so that a slow stream is written as it
// comes; or its first result has waited holdFor(maxWait) whatever comes,
// which bounds what a killed run loses. While documents are still being
// read, a batch is not handed over early for having waited maxWait: on a
// machine that reads slowly (a loaded one), that cut the stream into
// batches of a tenth or a fifth of size, each paying a batch's fixed
// costs (10,000 generated reports stored in batches of 128 took a fifth
// more of the writer's CPU than in batches of 1,024). While the writer
// writes, the batch being filled grows (up to size) instead: handed over
// then, it would only wait its turn. write is called from one goroutine,
// batch after batch; the slice is its to keep. RunBatches returns the
// first error of source, write or ctx; after an error of write, no later
// batch is written.
//
// While a batch is written, one worker fewer reads documents (with two
// workers or more): the writer works on one goroutine, and a writer that
// shared the cores with every worker ran slower than the workers needed,
// which then waited for it to take their results while it finished alone.
// Which worker reads which document changes nothing in the results.
func (e *Engine) RunBatches(ctx context.Context, workers, size int, maxWait time.Duration, source func(emit func(Input) error) error, write func([]Result) error) error {
	return e.RunBatchesRead(ctx, workers, size, maxWait, nil, source, write)
}

// RunBatchesRead is RunBatches over a source whose size is known: read
// (when not nil) tells how many bytes of its input the source has read of
// total. Near the end of the input, where what is left of it (the batch
// being filled, the documents being read and those not read yet) would
// fill no more than lastBatches batches, an idle writer takes the batch
// being filled as soon as it holds size/lastShare results, instead of
// waiting for it to fill: the end of the input goes to the writer in
// batches that shrink as it catches up, and the last one, written while
// no document is left to read (by the writer alone, on one core of two,
// the other idle), is small. With full batches to the end, 10,000
// generated reports left a last batch of 784-956 documents, 0.8-0.9 s of
// the writer after the last document was read. The estimate of the
// documents still to come (the bytes left at the mean size of those read
// so far) decides only where batches fall, never what they hold.
func (e *Engine) RunBatchesRead(ctx context.Context, workers, size int, maxWait time.Duration, read func() (done, total int64), source func(emit func(Input) error) error, write func([]Result) error) error {
	if size < 1 {
		size = 1
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// a place for each document being read and for the batch being written
	var cores chan struct{}
	if workers >= 2 {
		cores = make(chan struct{}, workers)
	}
	b := &batcher{size: size, out: make(chan []Result, 1), free: make(chan struct{}, 1), read: read}
	b.idle.Store(true)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for batch := range b.out {
			if b.failed() != nil {
				continue // drain: the collector may still hand batches over
			}
			if cores != nil {
				cores <- struct{}{}
			}
			err := write(batch)
			if cores != nil {
				<-cores
			}
			if err != nil {
				b.fail(err)
			}
			if len(b.out) == 0 {
				// nothing queued: a batch that has waited long enough is
				// handed over now, not at the next tick
				b.idle.Store(true)
				select {
				case b.free <- struct{}{}:
				default:
				}
			}
		}
	}()
	stopTicker := make(chan struct{})
	tickerDone := make(chan struct{})
	go func() {
		defer close(tickerDone)
		t := time.NewTicker(max(maxWait/4, time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-stopTicker:
				return
			case <-t.C:
			case <-b.free:
			}
			b.mu.Lock()
			if b.idle.Load() && len(b.cur) > 0 {
				waited := time.Since(b.first)
				if waited >= maxWait && b.inFlight.Load() == 0 || waited >= holdFor(maxWait) || b.last() {
					b.handOff()
				}
			}
			b.mu.Unlock()
		}
	}()
	err := e.run(ctx, workers, cores, &b.inFlight, source, func(r Result) error {
		if err := b.failed(); err != nil {
			return err
		}
		b.mu.Lock()
		defer b.mu.Unlock()
		if len(b.cur) == 0 {
			b.first = time.Now()
		}
		b.cur = append(b.cur, r)
		b.taken++
		if len(b.cur) >= b.size || b.idle.Load() && b.last() {
			b.handOff()
		}
		return nil
	})
	close(stopTicker)
	<-tickerDone
	b.mu.Lock()
	if err == nil && len(b.cur) > 0 {
		b.handOff()
	}
	b.mu.Unlock()
	close(b.out)
	<-writerDone
	if werr := b.failed(); werr != nil && (err == nil || errors.Is(err, werr)) {
		return werr
	}
	return err
}

// holdFor is how long the first result of a batch that is not full waits
// for the batch to fill while documents are still being read (RunBatches):
// holdTimes times maxWait.
func holdFor(maxWait time.Duration) time.Duration { return holdTimes * maxWait }

// holdTimes is 8: a batch of `sitrep ingest` (batchWait 0.5 s) waits up to
// 4 s for documents still being read. A variable for tests.
var holdTimes time.Duration = 8

// batcher collects results into the batch being filled.
type batcher struct {
	size int
	out  chan []Result

	// idle is set when the writer has written every batch handed over
	// (a handover racing with the check may leave it set with one queued:
	// the next batch may then be handed over early, as a batch waiting
	// its turn was before); free tells the ticker so
	idle atomic.Bool
	free chan struct{}

	// inFlight counts the inputs emitted and not yet in a batch (run)
	inFlight atomic.Int64

	mu    sync.Mutex
	cur   []Result
	first time.Time // when the first result of cur came
	taken int64     // results put in a batch so far

	// read, when not nil, tells how far the source is through its input
	// (RunBatchesRead)
	read func() (done, total int64)

	errMu sync.Mutex
	err   error
}

// lastShare and lastBatches: near the end of a sized input
// (RunBatchesRead), where what is left would fill no more than
// lastBatches batches, an idle writer takes the batch being filled once
// it holds size/lastShare results. Each batch pays fixed costs (a commit,
// a merge), so the end is not cut finer than that. Starting the cut when
// only the last batch is left gains little: the writer then writes most
// of that batch while the workers have nothing left to read. In a model
// of ingest's flow (the workers read a document in 1.34 ms on one core
// and 0.67 ms on two, the writer writes one in 0.83 ms plus 40 ms a
// batch, and holds a core while it writes), over runs of 9,500-10,500
// documents in batches of 1,024, full batches to the end took 11.63 s on
// average, the cut from the last batch on 11.61 s, from the last two on
// 11.44 s, from the last three 11.50 s (more batches, each paying its
// fixed costs on the writer's core).
const (
	lastShare   = 8
	lastBatches = 2
)

// last reports whether the batch being filled should go to an idle writer
// now: the input is sized, the batch holds size/lastShare results, and
// with the documents being read and those not read yet (estimated from
// the bytes left) it would fill no more than lastBatches batches. b.mu is
// held.
func (b *batcher) last() bool {
	if b.read == nil || len(b.cur) < max(1, b.size/lastShare) {
		return false
	}
	done, total := b.read()
	inFlight := b.inFlight.Load()
	emitted := b.taken + inFlight
	if done <= 0 || total <= 0 || emitted <= 0 {
		return false
	}
	left := int64(0)
	if done < total {
		// the documents still to read, at the mean size of those read
		left = (total - done) * emitted / done
	}
	return int64(len(b.cur))+inFlight+left < lastBatches*int64(b.size)
}

// handOff passes the batch being filled to the writer; b.mu is held.
func (b *batcher) handOff() {
	b.idle.Store(false)
	b.out <- b.cur
	b.cur = make([]Result, 0, b.size)
}

func (b *batcher) fail(err error) {
	b.errMu.Lock()
	defer b.errMu.Unlock()
	if b.err == nil {
		b.err = err
	}
}

func (b *batcher) failed() error {
	b.errMu.Lock()
	defer b.errMu.Unlock()
	return b.err
}
