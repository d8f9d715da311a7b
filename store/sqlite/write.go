package sqlite

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/merge"
)

// Entry is one document with the records extracted from it, for
// AddDocuments, or (Failure set, Doc nil) an input that failed, recorded as
// AddFailure records it: a batch keeps a stream's documents and failures
// in the order they came.
type Entry struct {
	Failure *sitrep.Failure
	Doc     *sitrep.Document
	Events  []sitrep.Event
	Figures []sitrep.Figure
	// Controls are the document's control statements (control.go).
	Controls []sitrep.Control
	// Sketch is the document's near-duplicate sketch (merge.NewSketch of
	// Doc.Text); nil lets the store compute it. Computing it where the
	// document is processed, in parallel, keeps the writer's work small.
	Sketch *merge.Sketch
	// Packed is Pack(Doc, Events), made where the document is processed
	// (in parallel, off the writer's one goroutine); nil lets the store
	// make it. A write takes it once: a write done again (a batch undone
	// for one failing entry, a write that met another) makes its own.
	Packed *Packed
}

// Result says what AddDocuments did with one Entry.
type Result struct {
	// Added is false when a document with the same hash was stored already,
	// or when Err is set.
	Added bool
	// ID is the id the document is stored under: the existing document's
	// when Added is false; Doc.ID, or its disambiguated form (see the
	// package documentation), when Added is true.
	ID string
	// DuplicateOf is the stored document's duplicate_of: Doc.DuplicateOf
	// when given, else the earlier report it was found to nearly repeat.
	DuplicateOf string
	// Replaced is the id the earlier version of this report now has, when
	// the document was a revised version of a stored one (see versions.go).
	Replaced string
	// Err says why this entry was not stored; the others of the batch
	// were, since each entry is stored all or nothing on its own.
	Err error
}

// AddDocument stores a document with the events and figures extracted from
// it, in one transaction. A document whose hash is stored already is not
// stored again: added is false and id names the stored one. When added is
// true, id is the id it was stored under, which differs from doc.ID when
// another document held that id (see the package documentation). A
// document that nearly repeats an earlier one is stored with duplicate_of
// naming it (see the package documentation). The caller's document, events
// and figures are not modified.
func (s *Store) AddDocument(ctx context.Context, doc *sitrep.Document, events []sitrep.Event, figures []sitrep.Figure) (added bool, id string, err error) {
	res, err := s.AddDocuments(ctx, []Entry{{Doc: doc, Events: events, Figures: figures}})
	if err != nil {
		return false, "", err
	}
	return res[0].Added, res[0].ID, res[0].Err
}

// AddDocuments stores many documents in one transaction: the fast path for
// bulk ingest, where one transaction per document would spend most of its
// time committing. Each entry is treated as AddDocument treats its
// document, in order, so a repeat or a copy inside the batch is found too.
// Each entry is stored all or nothing: one that fails (Result.Err) leaves
// no trace, and the others are stored. (When an entry fails, the batch is
// undone and stored again an entry a transaction; savepoints would make
// every document pay for the rare failure, as SQLite then journals each
// page and the full-text index flushes at each one.) The error is for the
// batch as a whole (it could not begin or commit): then nothing is stored.
func (s *Store) AddDocuments(ctx context.Context, entries []Entry) ([]Result, error) {
	out, failed, err := s.addBatch(ctx, entries)
	if err != nil || !failed {
		return out, err
	}
	for i := range entries {
		r, _, err := s.addBatch(ctx, entries[i:i+1])
		if err != nil {
			return nil, err
		}
		out[i] = r[0]
	}
	return out, nil
}

// addBatch stores entries in one transaction, unless one of them fails:
// then nothing is stored and failed is true (with each entry's error in
// its Result, as far as the batch went).
//
// On an engine whose writes may store documents side by side (KeyLocks),
// the batch holds the keys of its documents and takes the merge's turn to
// merge (keys.go); it is done again when it met another write (a
// deadlock), and with the whole turn when it needs more than keys or met
// others maxKeyAttempts times.
func (s *Store) addBatch(ctx context.Context, entries []Entry) (out []Result, failed bool, err error) {
	if s.eng == nil || s.eng.Keys == nil {
		return s.addBatchIn(ctx, entries, false)
	}
	for attempt := 1; attempt <= maxKeyAttempts; attempt++ {
		out, failed, err = s.addBatchIn(ctx, entries, true)
		whole := errors.Is(err, errWholeTurn)
		again := whole || err != nil && s.eng.Keys.Busy(err)
		for i := range out {
			if e := out[i].Err; e != nil {
				whole = whole || errors.Is(e, errWholeTurn)
				again = again || errors.Is(e, errWholeTurn) || s.eng.Keys.Busy(e)
			}
		}
		if !again {
			return out, failed, err
		}
		keyRetries.Add(1)
		if whole {
			break
		}
	}
	wholeTurns.Add(1)
	return s.addBatchIn(ctx, entries, false)
}

// addBatchIn is addBatch in one transaction, holding the whole turn, or
// (keyed) the keys of its documents and then the merge's turn.
func (s *Store) addBatchIn(ctx context.Context, entries []Entry, keyed bool) (out []Result, failed bool, err error) {
	var tx *sql.Tx
	if keyed {
		keys, bands := docKeys(entries)
		tx, err = s.beginKeys(ctx, keys, bands)
	} else {
		tx, err = s.begin(ctx)
	}
	if err != nil {
		return nil, false, fmt.Errorf("add documents: begin: %w", err)
	}
	defer tx.Rollback()
	w := &writer{ctx: quiet(ctx), tx: tx, now: time.Now().UTC().Format(time.RFC3339), mc: s.mc, entry: NoEntry, keyed: keyed}
	if keyed {
		w.learned = &learned{rows: map[int64]bool{}, recs: map[int64]bool{}}
		w.mergeTurn = func() (bool, error) {
			// the merge can be undone alone, keeping the documents stored
			if _, err := tx.ExecContext(Later(w.ctx, NoEntry), `SAVEPOINT merge_turn`); err != nil {
				return false, fmt.Errorf("merge: savepoint: %w", err)
			}
			w.saved = true
			if w.alone {
				w.lk = nil
				return s.eng.Keys.MergeAlone(w.ctx, tx)
			}
			others, err := s.eng.Keys.Merge(w.ctx, tx)
			if err != nil {
				return false, err
			}
			w.lk = newMergeLocks(w.ctx, tx, s.eng.Keys, w.learned)
			if err := w.lk.takeLearned(); err != nil {
				return false, fmt.Errorf("merge: lock: %w", err)
			}
			return others, nil
		}
	}
	w.bind(s.stmts)
	packed := packTexts(entries)
	out = make([]Result, len(entries))
	for i, e := range entries {
		if err := ctx.Err(); err != nil {
			return nil, false, fmt.Errorf("add documents: %w", err)
		}
		switch {
		case e.Failure != nil:
			out[i].Err = w.addFailure(*e.Failure)
		case e.Doc == nil:
			out[i].Err = fmt.Errorf("add documents: entry %d has no document", i)
		case e.Doc.ID == "":
			out[i].Err = fmt.Errorf("add document from %q: document has no id", e.Doc.Origin)
		default:
			w.entry = i
			out[i], err = w.add(e, packed[i])
			out[i].Err = err
		}
		if out[i].Err != nil {
			return out, true, nil
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, false, fmt.Errorf("add documents: %w", err)
	}
	// the kept full-text rows go in before the merge (flushFTS)
	err = w.flushFTS()
	if err == nil {
		err = w.mergeBeside(w.before)
	}
	if err != nil {
		if i, ok := entryOf(err, len(out)); ok {
			out[i].Err = fmt.Errorf("add document %s: %w", entries[i].Doc.ID, err)
			return out, true, nil
		}
		return nil, false, fmt.Errorf("add documents: %w", err)
	}
	if f, ok := ctx.Value(beforeCommitKey{}).(func()); ok {
		f()
	}
	if err := tx.Commit(); err != nil {
		if i, ok := entryOf(err, len(out)); ok {
			out[i].Err = fmt.Errorf("add document %s: %w", entries[i].Doc.ID, err)
			return out, true, nil
		}
		return nil, false, fmt.Errorf("add documents: commit: %w", err)
	}
	s.mc.keep(w.merged)
	s.ckpt.wake()
	if keyed && s.eng.Keys.Trim != nil && keyedWrites.Add(1)%trimEvery == 0 {
		if err := s.eng.Keys.Trim(ctx); err != nil {
			return nil, false, fmt.Errorf("add documents: %w", err)
		}
	}
	return out, false, nil
}

// keyedWrites counts this process's writes that held keys; every
// trimEvery-th calls KeyLocks.Trim.
var keyedWrites atomic.Int64

const trimEvery = 64

// mergeBeside merges what the write changed (mergePending): for a write
// that holds keys, beside other merges, holding what it reads
// (blocks.go); a merge that met another's lock is undone to its savepoint
// and done again, after maxMergeAttempts with the merge's turn alone.
func (w *writer) mergeBeside(before map[merge.Place]int) error {
	if !w.keyed {
		return w.mergePending(before)
	}
	for attempt := 1; ; attempt++ {
		w.alone, w.saved, w.lk = attempt > maxMergeAttempts, false, nil
		err := w.mergePending(maps.Clone(before))
		if err == nil || !w.saved || !w.lk.conflict(err) {
			return err
		}
		if _, rerr := w.tx.ExecContext(w.ctx, `ROLLBACK TO SAVEPOINT merge_turn`); rerr != nil {
			return fmt.Errorf("%w (and undoing the merge: %v)", err, rerr)
		}
		mergeRetries.Add(1)
		if attempt == maxMergeAttempts {
			mergesAlone.Add(1)
		}
	}
}

type beforeCommitKey struct{}

// BeforeCommit returns ctx carrying f, which AddDocuments calls once its
// write has stored and merged the documents, just before it commits
// (holding all it holds): for tests that keep a write open between its
// merge and its commit, to see what other writes do meanwhile.
func BeforeCommit(ctx context.Context, f func()) context.Context {
	return context.WithValue(ctx, beforeCommitKey{}, f)
}

// entryOf returns the entry (of n) a held statement that failed was
// storing (later.go), when err is its error.
func entryOf(err error, n int) (int, bool) {
	var le *LaterError
	if errors.As(err, &le) && le.Owner >= 0 && le.Owner < n {
		return le.Owner, true
	}
	return 0, false
}

// quiet returns ctx without its cancellation, for the statements of a
// write transaction: with a context that can end, the SQLite driver starts
// a goroutine and sets a progress handler for every statement, which cost
// more than most of the small statements a write runs (a fifth of the
// writer's time). The transaction itself keeps ctx (database/sql rolls it
// back when ctx ends, so the next statement fails), and the writers check
// ctx between documents.
func quiet(ctx context.Context) context.Context { return context.WithoutCancel(ctx) }

// stmts are the write statements, prepared once on the writing connection.
type stmts struct {
	docByHash, docExists, insDoc   *sql.Stmt
	insEvent, insSource, insEvFTS  *sql.Stmt
	insFigure, insFigFTS           *sql.Stmt
	candidates, insSketch, insBand *sql.Stmt
	earlier                        *sql.Stmt // the stored version of a document id (versions.go)
	insControl                     *sql.Stmt // a control statement (control.go)
}

// prepareWrites prepares the statements AddDocuments runs for every document.
func prepareWrites(ctx context.Context, db *sql.DB) (*stmts, error) {
	st := &stmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.docByHash, `SELECT id FROM documents WHERE hash = ?`},
		{&st.docExists, `SELECT 1 FROM documents WHERE id = ?`},
		{&st.insDoc, `INSERT INTO documents (id, hash, origin, url, outlet, title, published, published_how,
			duplicate_of, raw, text, dropped, added_at, encoding, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`},
		{&st.insEvent, `INSERT INTO events (id, doc, date, date_precision, event_type, sub_event_type,
			actor1, actor2, actor1_fold, actor2_fold, location, admin1, country, lat, lon,
			fatalities, killed, wounded, confidence, record)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING`},
		{&st.insSource, `INSERT INTO event_sources (event_seq, doc, outlet, published) VALUES (?,?,?,?)
			ON CONFLICT DO NOTHING`},
		{&st.insEvFTS, `INSERT INTO events_fts (rowid, evidence) VALUES (?,?)`},
		{&st.insFigure, `INSERT INTO figures (doc, what, grp, as_of, place, lat, lon, value, record)
			VALUES (?,?,?,?,?,?,?,?,?)`},
		{&st.insFigFTS, `INSERT INTO figures_fts (rowid, evidence) VALUES (?,?)`},
		{&st.candidates, candidatesSQL},
		{&st.insSketch, insSketchSQL},
		{&st.insBand, insBandSQL},
		{&st.earlier, earlierVersionSQL},
		{&st.insControl, insControlSQL},
	} {
		s, err := db.PrepareContext(ctx, p.sql)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = s
	}
	return st, nil
}

func (st *stmts) all() []*sql.Stmt {
	return []*sql.Stmt{st.docByHash, st.docExists, st.insDoc, st.insEvent, st.insSource, st.insEvFTS, st.insFigure, st.insFigFTS,
		st.candidates, st.insSketch, st.insBand, st.earlier, st.insControl}
}

func (st *stmts) close() {
	for _, s := range st.all() {
		if s != nil {
			s.Close()
		}
	}
}

// writer holds one write transaction and its statements.
type writer struct {
	ctx context.Context
	tx  *sql.Tx
	now string
	stmts
	mc     *mergeCache // the store's, for merging
	merged *merger     // the last merge of this write, for the cache once committed
	// before holds the key counts of place parts whose records this write
	// removed (superseded versions), counted before, for mergePending.
	before map[merge.Place]int
	// prepared holds the merge records of the events this write added, by
	// seq, made before the write (packTexts): mergePending takes them
	// instead of reading and decoding what it just stored
	prepared map[int64]*merge.Record
	// entry is the index of the AddDocuments entry being stored (NoEntry
	// outside AddDocuments)
	entry int
	// keyed is set for a write that holds the keys of its documents
	// rather than the whole turn (keys.go); it calls mergeTurn before it
	// merges
	keyed     bool
	mergeTurn func() (othersWrote bool, err error)
	// lk holds the locks of the merge beside others; learned what every
	// attempt of it asked for; saved is set once the merge's savepoint is
	// made; alone asks the merge's turn alone (mergeBeside)
	lk           *mergeLocks
	learned      *learned
	saved, alone bool
	// fts holds the full-text rows of the records this write added, to
	// be inserted together by flushFTS (see there)
	fts []ftsRow
}

// ftsRow is a full-text row a write inserts at flushFTS: the evidence of
// the event (or, figure set, the figure) with seq, for entry.
type ftsRow struct {
	seq    int64
	text   string
	figure bool
	entry  int
}

// indexLater keeps a record's evidence for flushFTS.
func (w *writer) indexLater(seq int64, text string, figure bool) {
	w.fts = append(w.fts, ftsRow{seq: seq, text: text, figure: figure, entry: w.entry})
}

// flushFTS inserts the full-text rows the write has kept, in the order
// they were kept. They are kept rather than inserted with their records
// because SQLite's full-text index writes what it holds in memory to disk
// (a new segment, merged again later) whenever a statement opens a
// statement journal, as many of a write's statements do: inserted with
// each document, every document paid a flush and its merges (a tenth of
// the writer's CPU); inserted together, a write pays one. A write
// flushes before it deletes records (their full-text rows go with them,
// by trigger) and before it merges; an error names the entry whose row
// failed.
func (w *writer) flushFTS() error {
	rows := w.fts
	w.fts = nil
	for _, r := range rows {
		st, what := w.insEvFTS, "event"
		if r.figure {
			st, what = w.insFigFTS, "figure"
		}
		if _, err := st.ExecContext(Later(w.ctx, r.entry), r.seq, r.text); err != nil {
			var held *LaterError
			if errors.As(err, &held) {
				return err // an earlier statement's, which names its entry
			}
			return &LaterError{Owner: r.entry, Err: fmt.Errorf("%s %d: index evidence: %w", what, r.seq, err)}
		}
	}
	return nil
}

// later is the context of a statement run for its effect alone, which an
// engine may hold and send with the next one (later.go).
func (w *writer) later() context.Context { return Later(w.ctx, w.entry) }

// bind makes the store's prepared statements run inside the transaction.
// Statements bound to a transaction are released when it ends.
func (w *writer) bind(st *stmts) {
	src, dst := st.all(), []**sql.Stmt{&w.docByHash, &w.docExists, &w.insDoc, &w.insEvent, &w.insSource, &w.insEvFTS, &w.insFigure, &w.insFigFTS,
		&w.candidates, &w.insSketch, &w.insBand, &w.earlier, &w.insControl}
	for i := range src {
		*dst[i] = w.tx.StmtContext(w.ctx, src[i])
	}
}

// packed is a document's raw and cleaned text as stored (pack), and its
// events made ready for storing and merging (prepEvents).
type packed struct {
	raw, text []byte
	events    []prepared
}

// Packed is a document's texts compressed as the store keeps them, and
// its events encoded and made ready for merging: the part of storing a
// document that depends on it alone, for Entry.Packed.
type Packed struct {
	p     packed
	taken atomic.Bool // a write took it: its merge records may be changed
}

// Pack makes what a write stores of doc and its events, as AddDocuments
// would make it (Entry.Packed); doc and events are not modified.
func Pack(doc *sitrep.Document, events []sitrep.Event) *Packed {
	return &Packed{p: packDoc(doc, events)}
}

// packDoc compresses a document's texts and prepares its events.
func packDoc(d *sitrep.Document, events []sitrep.Event) packed {
	p := packed{raw: pack(d.Raw), events: prepEvents(d, events)}
	if d.Text == d.Raw {
		// a text cleaning left as it was is compressed once (a fifth of
		// the reports of the shared corpora)
		p.text = p.raw
	} else {
		p.text = pack(d.Text)
	}
	return p
}

// prepared is an event encoded as addEvent stores it, and the merge
// record that decoding the stored record makes (what merging would read
// back), under the ids the document came with; nil when it failed.
type prepared struct {
	rec []byte
	r   *merge.Record
}

// prepEvents encodes the events of d and prepares their merge records.
func prepEvents(d *sitrep.Document, evs []sitrep.Event) []prepared {
	out := make([]prepared, len(evs))
	for i, ev := range evs {
		eventDefaults(&ev, d.ID, i)
		rec, err := encodeEvent(&ev)
		if err != nil {
			continue
		}
		// what decoding rec would give, copied instead when it can be
		back, ok := roundTrip(&ev)
		if !ok {
			if back, err = decodeEvent(rec); err != nil {
				continue
			}
		}
		out[i] = prepared{rec: rec, r: merge.NewRecord(ev.ID, &sitrep.Document{ID: d.ID, Published: d.Published}, &back)}
	}
	return out
}

// packTexts compresses the texts of the entries' documents, encodes their
// events and prepares their merge records on every CPU at once, before
// the writer (one goroutine) stores them one by one; an entry packed
// already (Entry.Packed, not taken by an earlier write) is taken as it is.
func packTexts(entries []Entry) []packed {
	out := make([]packed, len(entries))
	var todo []int
	for i, e := range entries {
		switch {
		case e.Doc == nil:
		case e.Packed != nil && e.Packed.taken.CompareAndSwap(false, true):
			out[i] = e.Packed.p
		default:
			todo = append(todo, i)
		}
	}
	onEveryCPU(len(todo), func(k int) {
		i := todo[k]
		out[i] = packDoc(entries[i].Doc, entries[i].Events)
	})
	return out
}

// onEveryCPU calls f(i) for every i in [0, n), on as many goroutines as
// there are CPUs, each taking the next i; it returns when all are done.
// f must write only what is i's own.
func onEveryCPU(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

// add stores one entry inside the transaction, with its texts packed.
func (w *writer) add(e Entry, texts packed) (Result, error) {
	doc := e.Doc
	hash := doc.Hash
	if hash == "" {
		hash = contentHash(doc)
	}
	var existing string
	switch err := w.docByHash.QueryRowContext(w.ctx, hash).Scan(&existing); {
	case err == nil:
		return Result{Added: false, ID: existing}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return Result{}, fmt.Errorf("add document %s: look up hash: %w", doc.ID, err)
	}
	sk := e.Sketch
	if sk == nil {
		sk = merge.NewSketch(doc.Text)
	}
	dupOf := doc.DuplicateOf
	id, replaced := doc.ID, ""
	v, taken, err := w.earlierVersion(doc.ID, sk)
	if err != nil {
		return Result{}, fmt.Errorf("add document %s: %w", doc.ID, err)
	}
	if (v != nil || taken) && w.keyed {
		// replacing a document, or finding a free id, reads and changes
		// more than its keys
		return Result{}, fmt.Errorf("add document %s: %w", doc.ID, errWholeTurn)
	}
	if v != nil {
		if replaced, err = w.supersede(doc.ID, v); err != nil {
			return Result{}, fmt.Errorf("add document %s: %w", doc.ID, err)
		}
		if dupOf == "" {
			dupOf = v.duplicateOf // the new version takes the old one's place
		}
	} else if taken {
		// another report holds the id (no document has it otherwise:
		// earlierVersion read it in this transaction)
		if id, err = w.freeDocID(doc.ID, hash); err != nil {
			return Result{}, err
		}
	}
	if v == nil && dupOf == "" && sk.Indexable() {
		keys := sk.Keys()
		if dupOf, err = w.link(sk, &keys); err != nil {
			return Result{}, fmt.Errorf("add document %s: %w", id, err)
		}
	}
	dropped, err := encodeDropped(doc.Dropped)
	if err != nil {
		return Result{}, fmt.Errorf("add document %s: encode dropped text: %w", id, err)
	}
	var notes any
	if len(doc.Notes) > 0 {
		b, err := json.Marshal(doc.Notes)
		if err != nil {
			return Result{}, fmt.Errorf("add document %s: encode notes: %w", id, err)
		}
		notes = string(b)
	}
	if _, err := w.insDoc.ExecContext(w.later(), id, hash, doc.Origin, doc.URL, doc.Outlet, doc.Title,
		nullString(string(doc.Published)), string(doc.PublishedHow), dupOf,
		texts.raw, texts.text, dropped, w.now, doc.Encoding, notes); err != nil {
		return Result{}, fmt.Errorf("add document %s: %w", id, err)
	}
	if err := putSketch(w.later(), w.insSketch, w.insBand, id, sk, dupOf == ""); err != nil {
		return Result{}, fmt.Errorf("add document %s: %w", id, err)
	}
	for i := range e.Events {
		ev := e.Events[i]
		var pre *prepared
		if id != doc.ID {
			ev = renameDocInEvent(ev, doc.ID, id)
		} else if i < len(texts.events) && texts.events[i].r != nil {
			pre = &texts.events[i]
			// the document's copy group, known only now
			pre.r.Source = cmp.Or(dupOf, id)
		}
		if err := w.addEvent(id, hash, i, ev, pre); err != nil {
			return Result{}, err
		}
	}
	for i := range e.Figures {
		f := e.Figures[i]
		if id != doc.ID {
			f = renameDocInFigure(f, doc.ID, id)
		}
		if err := w.addFigure(id, f); err != nil {
			return Result{}, err
		}
	}
	if err := w.addControls(id, e.Controls); err != nil {
		return Result{}, err
	}
	return Result{Added: true, ID: id, DuplicateOf: dupOf, Replaced: replaced}, nil
}

// freeDocID returns id when no document holds it, else the disambiguated
// "<id>~<8 hex of hash>", lengthening the hash part (and, past the whole
// hash, numbering) in the unlikely case that is taken too.
func (w *writer) freeDocID(id, hash string) (string, error) {
	cands := []string{id, id + "~" + prefix(hash, 8), id + "~" + prefix(hash, 16), id + "~" + hash}
	for n := 2; n < 100; n++ {
		cands = append(cands, id+"~"+hash+"-"+strconv.Itoa(n))
	}
	for _, c := range cands {
		var one int
		err := w.docExists.QueryRowContext(w.ctx, c).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return c, nil
		}
		if err != nil {
			return "", fmt.Errorf("add document %s: look up id: %w", id, err)
		}
	}
	return "", fmt.Errorf("add document %s: no free id", id)
}

// addEvent stores one event of document docID (index i among its events).
func (w *writer) addEvent(docID, hash string, i int, ev sitrep.Event, pre *prepared) error {
	eventDefaults(&ev, docID, i)
	base := ev.ID
	var date, prec any = nullString(string(ev.Date)), nullString(ev.DatePrecision)
	var locName, admin1, country, lat, lon any
	if l := ev.Location; l != nil {
		locName, admin1, country = nullString(l.Name), nullString(l.Admin1), nullString(l.Country)
		if l.HasPoint() {
			lat, lon = *l.Lat, *l.Lon
		}
	}
	for attempt := 1; ; attempt++ {
		var rec []byte
		var err error
		if pre != nil && attempt == 1 {
			rec = pre.rec
		} else if rec, err = encodeEvent(&ev); err != nil {
			return fmt.Errorf("add document %s: %w", docID, err)
		}
		res, err := w.insEvent.ExecContext(w.ctx, ev.ID, docID, date, prec, ev.EventType, ev.SubEventType,
			ev.Actor1, ev.Actor2, fold(ev.Actor1), fold(ev.Actor2), locName, admin1, country, lat, lon,
			nullInt(ev.Fatalities), nullInt(ev.Killed.Best), nullInt(ev.Wounded.Best), ev.Confidence, string(rec))
		if err != nil {
			return fmt.Errorf("add document %s: event %s: %w", docID, ev.ID, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("add document %s: event %s: %w", docID, ev.ID, err)
		} else if n == 0 {
			if w.keyed {
				// which event keeps the id depends on the order of writes
				return fmt.Errorf("add document %s: event %s: %w", docID, ev.ID, errWholeTurn)
			}
			// The id belongs to another event: disambiguate as for documents.
			if attempt >= 100 {
				return fmt.Errorf("add document %s: event %s: no free id", docID, base)
			}
			ev.ID = base + "~" + prefix(hash, 8)
			if attempt > 1 {
				ev.ID += "-" + strconv.Itoa(attempt)
			}
			continue
		}
		seq, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("add document %s: event %s: %w", docID, ev.ID, err)
		}
		if pre != nil && attempt == 1 {
			if w.prepared == nil {
				w.prepared = map[int64]*merge.Record{}
			}
			w.prepared[seq] = pre.r
		} else {
			delete(w.prepared, seq)
		}
		return w.addEventExtras(docID, seq, &ev)
	}
}

// eventDefaults gives an event of document docID (its i-th) the kind of
// record and the id it is stored with when it has none.
func eventDefaults(ev *sitrep.Event, docID string, i int) {
	if ev.Record == "" {
		ev.Record = "event"
	}
	if ev.ID == "" {
		// An event needs an id to be found again; make a stable one.
		ev.ID = "e-" + prefix(hexSHA256(docID+"\x00"+strconv.Itoa(i)), 8)
	}
}

// addEventExtras stores an event's sources and indexes its evidence.
func (w *writer) addEventExtras(docID string, seq int64, ev *sitrep.Event) error {
	for _, src := range ev.Sources {
		if src.Doc == "" {
			continue
		}
		if _, err := w.insSource.ExecContext(w.later(), seq, src.Doc, src.Outlet, nullString(string(src.Published))); err != nil {
			return fmt.Errorf("add document %s: event %s: source %s: %w", docID, ev.ID, src.Doc, err)
		}
	}
	if text := evidenceText(ev.Evidence); text != "" {
		w.indexLater(seq, text, false)
	}
	return nil
}

// addFigure stores one figure of document docID.
func (w *writer) addFigure(docID string, f sitrep.Figure) error {
	if f.Record == "" {
		f.Record = "figure"
	}
	var place, lat, lon any
	if f.Place != nil {
		place = nullString(f.Place.Name)
		if f.Place.HasPoint() {
			lat, lon = *f.Place.Lat, *f.Place.Lon
		}
	}
	rec, err := encodeFigure(&f)
	if err != nil {
		return fmt.Errorf("add document %s: %w", docID, err)
	}
	res, err := w.insFigure.ExecContext(w.ctx, docID, f.What, f.Group, nullString(string(f.AsOf)),
		place, lat, lon, nullInt(f.Value.Best), string(rec))
	if err != nil {
		return fmt.Errorf("add document %s: figure %s: %w", docID, f.What, err)
	}
	if text := evidenceText(f.Evidence); text != "" {
		seq, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("add document %s: figure %s: %w", docID, f.What, err)
		}
		w.indexLater(seq, text, true)
	}
	return nil
}

// AddFailure records an input that could not be read or processed. An
// empty At is set to the current time. The same failure (origin, reason and
// hash) recorded again is kept once, with the time it was first recorded.
func (s *Store) AddFailure(ctx context.Context, f sitrep.Failure) error {
	res, err := s.AddDocuments(ctx, []Entry{{Failure: &f}})
	if err != nil {
		return err
	}
	return res[0].Err
}

// addFailure records a failure inside the transaction.
func (w *writer) addFailure(f sitrep.Failure) error {
	if f.At == "" {
		f.At = w.now
	}
	if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO failures (origin, reason, hash, at) VALUES (?,?,?,?)
		ON CONFLICT (origin, hash, reason) DO NOTHING`, f.Origin, f.Reason, f.Hash, f.At); err != nil {
		return fmt.Errorf("add failure of %s: %w", f.Origin, err)
	}
	return nil
}

// AddPlaces stores a user gazetteer under a name, replacing an earlier
// import of the same name, in one transaction; it returns how many places
// were stored. Each place is stored with Gazetteer set to the name.
func (s *Store) AddPlaces(ctx context.Context, gazetteer string, places []sitrep.Place) (int, error) {
	if strings.TrimSpace(gazetteer) == "" {
		return 0, errors.New("add places: empty gazetteer name")
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("add places %s: begin: %w", gazetteer, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM places WHERE gazetteer = ?`, gazetteer); err != nil {
		return 0, fmt.Errorf("add places %s: remove earlier import: %w", gazetteer, err)
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO places (gazetteer, id, name, alternates, lat, lon,
		country, admin1, admin2, feature, population) VALUES (?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return 0, fmt.Errorf("add places %s: prepare: %w", gazetteer, err)
	}
	defer st.Close()
	for _, p := range places {
		var alt any
		if len(p.Alternates) > 0 {
			b, err := json.Marshal(p.Alternates)
			if err != nil {
				return 0, fmt.Errorf("add places %s: place %s: %w", gazetteer, p.Name, err)
			}
			alt = string(b)
		}
		if _, err := st.ExecContext(ctx, gazetteer, p.ID, p.Name, alt, p.Lat, p.Lon,
			p.Country, p.Admin1, p.Admin2, p.Feature, p.Population); err != nil {
			return 0, fmt.Errorf("add places %s: place %s: %w", gazetteer, p.Name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("add places %s: commit: %w", gazetteer, err)
	}
	return len(places), nil
}

// contentHash is the hash a document without one is known by: the hex
// SHA-256 of its raw text, or of its cleaned text when it has no raw text.
func contentHash(d *sitrep.Document) string {
	if d.Raw != "" {
		return hexSHA256(d.Raw)
	}
	return hexSHA256(d.Text)
}

func hexSHA256(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// prefix returns the first n bytes of s, or s when shorter.
func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// evidenceText joins the evidence texts for the full-text index.
func evidenceText(ev []sitrep.Evidence) string {
	switch len(ev) {
	case 0:
		return ""
	case 1:
		return ev[0].Text
	}
	var b strings.Builder
	for i, e := range ev {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Text)
	}
	return b.String()
}

// fold lower-cases s for case-insensitive substring search. SQLite's own
// lower() and LIKE fold ASCII only; this folds every script.
func fold(s string) string { return strings.ToLower(s) }

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullInt(p *int) any {
	if p == nil {
		return nil
	}
	return int64(*p)
}

// ReplaceRecords replaces the events and figures of a stored document with
// new ones, in one transaction: the way to re-extract stored documents once
// the extractor has improved, since adding the same document again stores
// nothing. References to docID in the records are kept as given; event ids
// taken by other documents are disambiguated as AddDocument does. The error
// wraps sitrep.ErrNotFound when no document has the id.
func (s *Store) ReplaceRecords(ctx context.Context, docID string, events []sitrep.Event, figures []sitrep.Figure) error {
	return s.replaceRecords(ctx, docID, events, figures, nil)
}

// replaceRecords is ReplaceRecords, running also, first, a change of the
// document itself inside the same transaction.
func (s *Store) replaceRecords(ctx context.Context, docID string, events []sitrep.Event, figures []sitrep.Figure, change func(*sql.Tx) error) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("replace records of %s: begin: %w", docID, err)
	}
	defer tx.Rollback()
	var hash string
	switch err := tx.QueryRowContext(ctx, `SELECT hash FROM documents WHERE id = ?`, docID).Scan(&hash); {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("replace records of %q: %w", docID, sitrep.ErrNotFound)
	case err != nil:
		return fmt.Errorf("replace records of %s: %w", docID, err)
	}
	if change != nil {
		if err := change(tx); err != nil {
			return err
		}
	}
	w := &writer{ctx: ctx, tx: tx, now: time.Now().UTC().Format(time.RFC3339), mc: s.mc, entry: NoEntry}
	w.bind(s.stmts)
	s.mc.forget(docID)
	before, err := w.unmerge(docID)
	if err != nil {
		return fmt.Errorf("replace records of %s: %w", docID, err)
	}
	// Deleting events removes their sources (foreign key cascade) and
	// their full-text entries (trigger).
	if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE doc = ?`, docID); err != nil {
		return fmt.Errorf("replace records of %s: delete events: %w", docID, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM figures WHERE doc = ?`, docID); err != nil {
		return fmt.Errorf("replace records of %s: delete figures: %w", docID, err)
	}
	for i, ev := range events {
		if err := w.addEvent(docID, hash, i, ev, nil); err != nil {
			return err
		}
	}
	for _, f := range figures {
		if err := w.addFigure(docID, f); err != nil {
			return err
		}
	}
	if err := w.flushFTS(); err != nil {
		return fmt.Errorf("replace records of %s: %w", docID, err)
	}
	if err := w.mergePending(before); err != nil {
		return fmt.Errorf("replace records of %s: %w", docID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace records of %s: commit: %w", docID, err)
	}
	s.mc.keep(w.merged)
	return nil
}

// DeleteDocument removes a stored document with its events and figures;
// the error wraps sitrep.ErrNotFound when no document has the id.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("delete document %s: begin: %w", id, err)
	}
	defer tx.Rollback()
	w := &writer{ctx: ctx, tx: tx, now: time.Now().UTC().Format(time.RFC3339), mc: s.mc, entry: NoEntry}
	s.mc.forget(id)
	before, err := w.unmerge(id)
	if err != nil {
		return fmt.Errorf("delete document %s: %w", id, err)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete document %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("delete document %s: %w", id, err)
	} else if n == 0 {
		return fmt.Errorf("delete document %q: %w", id, sitrep.ErrNotFound)
	}
	if err := w.mergePending(before); err != nil {
		return fmt.Errorf("delete document %s: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("delete document %s: commit: %w", id, err)
	}
	s.mc.keep(w.merged)
	return nil
}
