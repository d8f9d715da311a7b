package main

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/sqlite"
)

func init() {
	register(&command{
		name:    "ingest",
		summary: "read reports into the store (idempotent: the same report is stored once)",
		usage: `usage: sitrep ingest [--db FILE] [--published YYYY-MM-DD] PATH...
       sitrep ingest --nats URL PATH...

Reads reports (the formats of 'sitrep extract'), extracts their events and
stores documents, events and figures in the store: a SQLite file, --db, else
$SITREP_DB, else ./sitrep.db (created when missing). A report already stored
(same content) is counted as a duplicate, skipped before extraction and not
stored again; a report that nearly repeats a stored one (a wire copy) is
linked to it. Documents are stored up to 1,024 to a transaction, each with
its records all or nothing, so an interrupted ingest loses at most the batch
it was writing and a new run picks up there. Inputs that cannot be read are
recorded in the store (once per input and content), reported on stderr, and
make the exit status 1.

With --nats, the documents are published to NATS JetStream (subject
sitrep.docs, the content hash as message id, so a document published again
is dropped by the server) for 'sitrep worker' to extract and store; an
input that cannot be read goes to sitrep.dead with the reason.

Ends with a summary line: new, duplicate and failed documents, and the event
records and figures stored (records of one incident from several reports are
merged into one event: see sitrep events -h).

Examples:
  sitrep ingest reports/
  sitrep ingest --db /data/iraq.db feeds/*.xml archive.jsonl.gz
  cat today.jsonl | sitrep ingest -
  sitrep ingest --nats nats://127.0.0.1:4222 archive/`,
		run: runIngest,
	})
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	added, duplicate, failed, events, figures int
	revised                                   int // of the added, new versions of stored reports
	reasons                                   map[string]int
	failures                                  []string // each failed input and why
}

func (s *ingestSummary) String() string {
	line := fmt.Sprintf("%d new, %d duplicate, %d failed; %d event records, %d figures stored",
		s.added, s.duplicate, s.failed, s.events, s.figures)
	if s.revised > 0 {
		line += fmt.Sprintf("; %d of the new replaced an earlier version of their report", s.revised)
	}
	if len(s.reasons) > 0 {
		var rs []string
		for r, n := range s.reasons {
			rs = append(rs, fmt.Sprintf("%s ×%d", r, n))
		}
		sort.Strings(rs)
		line += " (failures: " + strings.Join(rs, "; ") + ")"
	}
	return line
}

func runIngest(ctx context.Context, e *env, args []string) error {
	c := lookup("ingest")
	fs := newFlags(c, e)
	quiet := fs.Bool("q", false, "no progress line, only the summary")
	natsURL := fs.String("nats", "", "publish the documents to the NATS JetStream server at `URL` for 'sitrep worker' instead of storing them")
	qf := queueFlag(fs)
	rf := addReadFlags(fs)
	db := dbFlag(fs, e)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opt, err := rf.options(e, paths)
	if err != nil {
		return err
	}
	if *natsURL != "" {
		q, err := qf()
		if err != nil {
			return err
		}
		sum, err := publishPaths(ctx, e, q, *natsURL, paths, opt)
		if sum != nil {
			fmt.Fprintf(e.stderr, "sitrep ingest: %d published, %d duplicate (already published), %d failed (sent to %s)\n",
				sum.published, sum.duplicate, sum.failed, q.subjectDead)
		}
		if err != nil {
			return err
		}
		if sum.failed > 0 {
			return exitError{1}
		}
		return nil
	}
	opt.Skip = storeFiles(db())
	st, err := openStore(ctx, db())
	if err != nil {
		return err
	}
	defer closeStore(e, st)
	sum, err := ingestInto(ctx, e, st, paths, opt, *rf.workers, *quiet, rf.files, nil)
	fmt.Fprintf(e.stderr, "sitrep ingest: %s\n", sum)
	if err != nil {
		return err
	}
	if sum.failed > 0 {
		return exitError{1}
	}
	return nil
}

// Batches of documents stored in one transaction: a batch is written when
// it holds batchSize documents, when its first has waited batchWait and
// the input has no more to give at once (a slow stream), or when its first
// has waited eight times batchWait (pipeline.RunBatches).
// A commit writes each page the batch changed once, and merging runs once
// a batch: 1,024 documents rather than 256 took 10-12% less CPU over
// 10,000 generated reports, for at most a few seconds of work lost when
// an ingest is killed.
const (
	batchSize = 1024
	batchWait = 500 * time.Millisecond
)

// ingestInto runs the flow over paths and stores every document with its
// records, in batches. It calls stored (when not nil) with the stored id of
// every document read (the earlier id for a duplicate), in input order, and
// returns the summary.
func ingestInto(ctx context.Context, e *env, st *sqlite.Store, paths []string, opt ingest.Options, workers int, quiet bool, uf userFiles, stored func(id string)) (*ingestSummary, error) {
	engine, err := ingestEngine(ctx, st, uf)
	if err != nil {
		return &ingestSummary{reasons: map[string]int{}}, err
	}
	if empty, err := st.Empty(ctx); err != nil {
		return &ingestSummary{reasons: map[string]int{}}, err
	} else if empty {
		engine.Known = firstSeen(engine.Known)
	}
	hash, described, err := rulesOf(ctx, st, uf)
	if err != nil {
		return &ingestSummary{reasons: map[string]int{}}, err
	}
	// the rules the new reports were read with ('sitrep reprocess --older'),
	// recorded batch by batch
	added := func(ids []string) error { return st.RecordRules(ctx, ids, hash, described, false) }
	return ingestWith(ctx, e, st, engine, paths, opt, workers, quiet, stored, added)
}

// ingestEngine builds the flow that stores into st: the store's places
// over the gazetteer and the user's rule files. The workers sketch each
// document for the store's near-duplicate index, and leave alone a
// document the store holds already.
func ingestEngine(ctx context.Context, st *sqlite.Store, uf userFiles) (*pipeline.Engine, error) {
	g, err := withStorePlaces(ctx, st)
	if err != nil {
		return nil, err
	}
	engine, err := newEngine(g, uf)
	if err != nil {
		return nil, err
	}
	engine.Sketch = true
	// the store's texts and records are packed on the workers, not by the
	// one goroutine that writes
	engine.Prepare = func(r *pipeline.Result) { r.Prepared = sqlite.Pack(r.Doc, r.Events) }
	engine.Known = func(d *sitrep.Document) (string, bool) {
		id, err := st.DocumentByHash(ctx, d.Hash)
		return id, err == nil && id != ""
	}
	return engine, nil
}

// firstSeen is known (the workers' look-up of a document's hash in the
// store) for a run into a store that held no document when it began: such
// a store holds only what the run stores (and what another run beside it
// stores, which the writer finds by hash as it finds a copy inside a
// batch), so a document whose hash no earlier document of the run had is
// not looked up. A look-up cost about a twentieth of a document's
// extraction (2.7-2.9% of the CPU of 10,000 generated reports into a new
// store, in profiles) and found nothing there. The hashes seen are kept
// in a filter of fixed size (a false hit only looks up), so memory stays
// flat however long the stream.
func firstSeen(known func(*sitrep.Document) (string, bool)) func(*sitrep.Document) (string, bool) {
	seen := make([]atomic.Uint64, seenBits/64)
	return func(d *sitrep.Document) (string, bool) {
		h := fnv.New64a()
		h.Write([]byte(d.Hash))
		sum := h.Sum64()
		fresh := false
		for _, bit := range [2]uint64{sum % seenBits, (sum >> 32) % seenBits} {
			w, m := &seen[bit/64], uint64(1)<<(bit%64)
			if w.Or(m)&m == 0 {
				fresh = true
			}
		}
		if fresh && d.Hash != "" {
			return "", false
		}
		return known(d)
	}
}

// seenBits is the size of firstSeen's filter (2 MB): at a million
// documents about one in eighty is looked up for nothing.
const seenBits = 1 << 24

// ingestWith runs engine over paths and stores the results in batches, as
// ingestInto.
func ingestWith(ctx context.Context, e *env, st *sqlite.Store, engine *pipeline.Engine, paths []string, opt ingest.Options, workers int, quiet bool, stored func(id string), added func(ids []string) error) (*ingestSummary, error) {
	sum := &ingestSummary{reasons: map[string]int{}}
	prog := newProgress(e.stderr, e.isTTY && !quiet)
	prog.sized(paths, &opt)
	// how far the walk is through its files, when their size is known:
	// near the end the batches are cut smaller (pipeline.RunBatchesRead)
	var readSoFar func() (int64, int64)
	if total, ok := ingest.Size(paths, opt); ok && total > 0 {
		var n atomic.Int64
		counted := opt.Read
		opt.Read = func(k int) {
			n.Add(int64(k))
			if counted != nil {
				counted(k)
			}
		}
		readSoFar = func() (int64, int64) { return n.Load(), total }
	}
	err := engine.RunBatchesRead(ctx, workers, batchSize, batchWait, readSoFar, func(emit func(pipeline.Input) error) error {
		return ingest.Walk(ctx, paths, opt, func(doc *sitrep.Document, err error) error {
			return emit(pipeline.Input{Doc: doc, Err: err})
		})
	}, func(batch []pipeline.Result) error {
		defer prog.update(sum)
		return storeBatch(ctx, e, st, batch, sum, prog, stored, added)
	})
	prog.clear()
	return sum, err
}

// storeBatch writes one batch of results (documents and read failures) in
// one transaction, then reports and counts them in order.
func storeBatch(ctx context.Context, e *env, st *sqlite.Store, batch []pipeline.Result, sum *ingestSummary, prog *progress, stored func(string), added func([]string) error) error {
	now := time.Now().UTC().Format(time.RFC3339)
	entries := make([]sqlite.Entry, 0, len(batch))
	at := make([]int, len(batch)) // entry of each result, -1 for none
	for i, r := range batch {
		at[i] = -1
		switch {
		case r.Err != nil:
			if errors.Is(r.Err, ingest.ErrSkipped) {
				continue
			}
			at[i] = len(entries)
			entries = append(entries, sqlite.Entry{Failure: &sitrep.Failure{Origin: failureOrigin(r.Err), Reason: r.Err.Error(), Hash: failureHash(r.Err), At: now}})
		case r.Known == "":
			at[i] = len(entries)
			packed, _ := r.Prepared.(*sqlite.Packed)
			entries = append(entries, sqlite.Entry{Doc: r.Doc, Events: r.Events, Figures: r.Figures, Controls: r.Controls, Sketch: r.Sketch, Packed: packed})
		}
	}
	res, err := st.AddDocuments(ctx, entries)
	if err != nil {
		return fmt.Errorf("store %d documents: %w", len(entries), err)
	}
	var fresh []string // documents this batch added
	for i, r := range batch {
		switch {
		case r.Err != nil:
			prog.clear()
			if reportReadError(e, "ingest", r.Err) == 0 {
				continue
			}
			sum.failed++
			sum.reasons[failureKind(r.Err)]++
			sum.failures = append(sum.failures, r.Err.Error())
			if ferr := res[at[i]].Err; ferr != nil {
				return fmt.Errorf("record failure of %s: %w", failureOrigin(r.Err), ferr)
			}
		case r.Known != "":
			sum.duplicate++
			if stored != nil {
				stored(r.Known)
			}
			// a run killed between storing a batch and recording its
			// rules left them unrecorded: recorded now (recording them
			// again changes nothing, as the worker does)
			fresh = append(fresh, r.Known)
		default:
			x := res[at[i]]
			if x.Err != nil {
				// stored all or nothing: this document is not in the store
				prog.clear()
				fmt.Fprintf(e.stderr, "sitrep ingest: store %s: %v\n", r.Doc.Origin, x.Err)
				sum.failed++
				sum.reasons["not stored"]++
				sum.failures = append(sum.failures, r.Doc.Origin+": not stored: "+x.Err.Error())
				if err := st.AddFailure(ctx, sitrep.Failure{Origin: r.Doc.Origin, Reason: "not stored: " + x.Err.Error(), Hash: r.Doc.Hash, At: now}); err != nil {
					return err
				}
				continue
			}
			if stored != nil {
				stored(x.ID)
			}
			if !x.Added {
				sum.duplicate++
				continue
			}
			sum.added++
			if x.Replaced != "" {
				sum.revised++
			}
			fresh = append(fresh, x.ID)
			for _, n := range r.Doc.Notes {
				prog.clear()
				fmt.Fprintf(e.stderr, "sitrep ingest: note: %s: %s\n", x.ID, n)
			}
			sum.events += len(r.Events)
			sum.figures += len(r.Figures)
		}
	}
	if added != nil && len(fresh) > 0 {
		return added(fresh)
	}
	return nil
}

// failureOrigin names the input of a read error.
func failureOrigin(err error) string {
	if ie, ok := err.(*ingest.Error); ok {
		if ie.Line > 0 {
			return fmt.Sprintf("%s:%d", ie.Origin, ie.Line)
		}
		return ie.Origin
	}
	return ""
}

// failureHash is the content hash of the input of a read error, or "".
func failureHash(err error) string {
	if ie, ok := err.(*ingest.Error); ok {
		return ie.Hash
	}
	return ""
}

// failureKind is the reason of a read error without its file name or
// details, to group failures in the summary line.
func failureKind(err error) string {
	if ie, ok := err.(*ingest.Error); ok && ie.Err != nil {
		r := ie.Err.Error()
		if i := strings.IndexByte(r, ':'); i > 0 {
			r = r[:i]
		}
		if i := strings.Index(r, " ("); i > 0 {
			r = r[:i] // "binary content, not text (NUL byte at offset 4)"
		}
		return r
	}
	return "error"
}

// storeFiles reports whether a path is the store at db or one of the files
// SQLite keeps beside it, which a walk of the folder holding it must not
// read as reports.
func storeFiles(db string) func(string) bool {
	abs, err := filepath.Abs(db)
	if err != nil {
		return nil
	}
	return func(p string) bool {
		q, err := filepath.Abs(p)
		if err != nil {
			return false
		}
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			if q == abs+suffix {
				return true
			}
		}
		return false
	}
}

// progress draws one status line on a terminal while work is long, and
// nothing otherwise.
type progress struct {
	w       io.Writer
	on      bool
	start   time.Time
	last    time.Time
	drawn   bool
	minWait time.Duration
	// total is the size of the input files (0: not known), read the bytes
	// of them read so far
	total int64
	read  atomic.Int64
	what  string // the command, first on the line
}

func newProgress(w io.Writer, on bool) *progress {
	now := time.Now()
	return &progress{w: w, on: on, start: now, last: now, minWait: time.Second, what: "ingest"}
}

// sized makes the line tell how far a walk of paths with opt is through
// the input files, when their size is known.
func (p *progress) sized(paths []string, opt *ingest.Options) {
	if !p.on {
		return
	}
	if total, ok := ingest.Size(paths, *opt); ok && total > 0 {
		p.total = total
		opt.Read = func(n int) { p.read.Add(int64(n)) }
	}
}

func (p *progress) update(s *ingestSummary) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.start) < p.minWait || now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	fmt.Fprint(p.w, "\r\x1b[K"+progressLine(p.what, s, p.read.Load(), p.total, now.Sub(p.start)))
	p.drawn = true
}

// progressLine is the progress line of an ingest or extract (what): the
// share of the input read and the time left, when the input's size is
// known (total > 0), then the documents and events so far.
func progressLine(what string, s *ingestSummary, read, total int64, elapsed time.Duration) string {
	n := s.added + s.duplicate + s.failed
	rate := float64(n) / max(elapsed.Seconds(), 1e-3)
	line := fmt.Sprintf("%d documents (%d new, %d duplicate, %d failed), %d events · %.0f docs/s",
		n, s.added, s.duplicate, s.failed, s.events, rate)
	if what != "ingest" {
		// nothing is stored: no new or duplicate documents
		line = fmt.Sprintf("%d documents (%d failed), %d events · %.0f docs/s", n, s.failed, s.events, rate)
	}
	if total <= 0 {
		return what + ": " + line
	}
	read = min(read, total)
	left := ""
	if read > 0 && read < total {
		rest := time.Duration(float64(elapsed) / float64(read) * float64(total-read))
		left = fmt.Sprintf(", %s left", rest.Round(time.Second))
	}
	return fmt.Sprintf("%s: %d%% of %.1f MB read%s · %s", what, read*100/total, float64(total)/1e6, left, line)
}

func (p *progress) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}
