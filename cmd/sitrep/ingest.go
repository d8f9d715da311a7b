package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/merge"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/sqlite"
)

func init() {
	register(&command{
		name:    "ingest",
		summary: "read reports into the store (idempotent: the same report is stored once)",
		usage: `usage: sitrep ingest [--db FILE] [--published YYYY-MM-DD] PATH...

Reads reports (the formats of 'sitrep extract'), extracts their events and
stores documents, events and figures in the store: a SQLite file, --db, else
$SITREP_DB, else ./sitrep.db (created when missing). A report already stored
(same content) is counted as a duplicate and not stored again. Each document
is stored with its records in one transaction, so an interrupted ingest
loses nothing already counted. Inputs that cannot be read are recorded in the
store, reported on stderr, and make the exit status 1.

Ends with a summary line: new, duplicate and failed documents, and the event
records and figures stored (records of one incident from several reports are
merged into one event: see sitrep events -h).

Examples:
  sitrep ingest reports/
  sitrep ingest --db /data/iraq.db feeds/*.xml archive.jsonl.gz
  cat today.jsonl | sitrep ingest -`,
		run: runIngest,
	})
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	added, duplicate, failed, events, figures int
	stored                                    []string // ids of the documents added
	reasons                                   map[string]int
	failures                                  []string // each failed input and why
}

func (s *ingestSummary) String() string {
	line := fmt.Sprintf("%d new, %d duplicate, %d failed; %d event records, %d figures stored",
		s.added, s.duplicate, s.failed, s.events, s.figures)
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
	opt.Skip = storeFiles(db())
	st, err := openStore(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	sum, _, err := ingestInto(ctx, e, st, paths, opt, *rf.workers, *quiet, rf.files)
	fmt.Fprintf(e.stderr, "sitrep ingest: %s\n", sum)
	if err != nil {
		return err
	}
	if sum.failed > 0 {
		return exitError{1}
	}
	return nil
}

// ingestInto runs the flow over paths and stores every document with its
// records. It returns the summary and the stored id of every document read
// (the earlier id for a duplicate), in input order.
func ingestInto(ctx context.Context, e *env, st *sqlite.Store, paths []string, opt ingest.Options, workers int, quiet bool, uf userFiles) (*ingestSummary, []string, error) {
	engine, err := ingestEngine(ctx, st, uf)
	if err != nil {
		return &ingestSummary{reasons: map[string]int{}}, nil, err
	}
	hash, described, err := rulesOf(ctx, st, uf)
	if err != nil {
		return &ingestSummary{reasons: map[string]int{}}, nil, err
	}
	sum, ids, err := ingestWith(ctx, e, st, engine, paths, opt, workers, quiet)
	if len(sum.stored) > 0 {
		// the rules the new reports were read with ('sitrep reprocess --older')
		if rerr := st.RecordRules(ctx, sum.stored, hash, described, false); err == nil {
			err = rerr
		}
	}
	return sum, ids, err
}

// ingestEngine builds the flow that stores into st: the store's places
// over the gazetteer, the user's rule files, and the store's documents in
// the near-duplicate index.
func ingestEngine(ctx context.Context, st *sqlite.Store, uf userFiles) (*pipeline.Engine, error) {
	g, err := withStorePlaces(ctx, st)
	if err != nil {
		return nil, err
	}
	engine, err := newEngine(g, uf)
	if err != nil {
		return nil, err
	}
	// wire copies are linked to reports stored by earlier runs too
	engine.Dups = merge.NewNearDup()
	if err := st.EachDocument(ctx, func(d *sitrep.Document) error {
		engine.Dups.Add(d.ID, d.Text)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("index stored documents: %w", err)
	}
	engine.Known = func(d *sitrep.Document) (string, bool) {
		id, err := st.DocumentByHash(ctx, d.Hash)
		return id, err == nil && id != ""
	}
	return engine, nil
}

// ingestWith runs engine over paths, as ingestInto.
func ingestWith(ctx context.Context, e *env, st *sqlite.Store, engine *pipeline.Engine, paths []string, opt ingest.Options, workers int, quiet bool) (*ingestSummary, []string, error) {
	sum := &ingestSummary{reasons: map[string]int{}}
	var ids []string
	prog := newProgress(e.stderr, e.isTTY && !quiet)
	err := engine.Run(ctx, workers, func(emit func(pipeline.Input) error) error {
		return ingest.Walk(ctx, paths, opt, func(doc *sitrep.Document, err error) error {
			return emit(pipeline.Input{Doc: doc, Err: err})
		})
	}, func(r pipeline.Result) error {
		defer prog.update(sum)
		if r.Err != nil {
			prog.clear()
			if reportReadError(e, "ingest", r.Err) == 0 {
				return nil
			}
			sum.failed++
			sum.reasons[failureKind(r.Err)]++
			sum.failures = append(sum.failures, r.Err.Error())
			return st.AddFailure(ctx, sitrep.Failure{Origin: failureOrigin(r.Err), Reason: r.Err.Error(), Hash: failureHash(r.Err), At: time.Now().UTC().Format(time.RFC3339)})
		}
		if r.Known != "" {
			ids = append(ids, r.Known)
			sum.duplicate++
			return nil
		}
		added, id, err := st.AddDocument(ctx, r.Doc, r.Events, r.Figures)
		if err != nil {
			return fmt.Errorf("store %s: %w", r.Doc.Origin, err)
		}
		ids = append(ids, id)
		if !added {
			sum.duplicate++
			return nil
		}
		sum.added++
		sum.stored = append(sum.stored, id)
		sum.events += len(r.Events)
		sum.figures += len(r.Figures)
		return nil
	})
	prog.clear()
	return sum, ids, err
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
}

func newProgress(w io.Writer, on bool) *progress {
	now := time.Now()
	return &progress{w: w, on: on, start: now, last: now, minWait: time.Second}
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
	n := s.added + s.duplicate + s.failed
	rate := float64(n) / now.Sub(p.start).Seconds()
	fmt.Fprintf(p.w, "\r\x1b[Kingest: %d documents (%d new, %d duplicate, %d failed), %d events · %.0f docs/s",
		n, s.added, s.duplicate, s.failed, s.events, rate)
	p.drawn = true
}

func (p *progress) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}
