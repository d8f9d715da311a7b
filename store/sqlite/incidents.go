package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/merge"
	"github.com/sitrep/sitrep/store/actorkey"
)

// Incidents: the store's side of package merge.
//
// Every write that adds, replaces or removes records marks the records
// whose grouping may change as pending (events.merged = 0) and, before it
// commits, merges them: each pending record is filed under its block keys,
// compared with the records its probes find (the candidate pairs are kept
// in merge_edges), and the component of pending records is grouped again
// with the analyst's decisions. Each group becomes one row of incidents,
// named by its first report's record. Queries read incidents.
//
// An incident id an earlier grouping gave, and that a later one dropped
// (a report that joins an incident was published before its first one, a
// split, a re-extraction), keeps leading somewhere: an incident id is its
// first report's record's id, so while that record is stored the id leads
// to the incident holding it (resolveID), which the stored records alone
// decide. Only an id whose record is gone (its report deleted or read
// again under other record ids) is kept in incident_aliases: an incident's
// id leads to the incident that then holds most of its records, another
// record's id to the incident the record was in. Those rows record history
// (the removal, and the grouping at that moment), but no more than the
// removals a user made: an ingest of new reports writes none, so how its
// batches fell (timing, workers) cannot reach them. (Earlier every
// dropped id was kept there, and the ids an ingest's intermediate commits
// gave made the table differ from run to run.)

// maxComponent caps the records one merge regroups at once (0: no cap).
// There is none: a cut component depends on which records a batch brought
// in, so the incidents stored depended on how the writer's batches fell
// (timing, the number of workers): over 10,000 generated reports two runs
// with two workers stored 16,251 and 16,361 events, 16,256 without the
// cap, the same as one worker. The cut was hit (components of 7,233
// records at 10,000 reports); without it peak memory and time there were
// the same within noise (375 MB, 14-15 s). What a component costs at the
// size of an archive is for the merge to bound by its candidates, not by
// cutting.
const maxComponent = 0

// merger is a merge.Finder over the store's tables inside one write
// transaction.
type merger struct {
	ctx   context.Context
	tx    *sql.Tx
	cache *mergeCache
	bound map[string]*sql.Stmt // statements bound to tx, by query
	// loaded records, by seq, with what the store knows of each
	bySeq    map[int64]*merge.Record
	fresh    map[int64]*merge.Record // decoded here, for the cache once committed
	seqOf    map[*merge.Record]int64
	incident map[int64]string // the incident a record was in before this merge
	crowded  map[merge.Place]bool
	expanded map[string]bool // incidents whose records Linked has given
	pending  map[int64]bool  // records new or changed: their incidents are written anew
	// blocks holds the keys filed under place parts, read once a merge has
	// filed its records (filed set): from then on merge_keys does not change
	// until the merge ends, so a place part is read once, not once for each
	// range a record looks in. A crowded part's keys are not held (nil):
	// its ranges are read one by one, from its index.
	blocks map[merge.Place][]blockKey
	filed  bool
	// buckets holds the records filed under buckets of place parts read
	// as ranges once the merge has filed its records (readRanges), by
	// part and bucket: an empty bucket read is held as empty
	buckets map[merge.Place]map[int32][]int64
	// touched holds the place parts whose keys this merge files or removes
	touched map[merge.Place]bool
	big     map[merge.Place]bool // parts found to hold more than blockLimit keys
	// counted holds the key counts of place parts read before the merge
	// files its records (readCounts)
	counted map[merge.Place]int
	// members holds the records of incidents read ahead of Linked
	// (readMembers)
	members map[string][]int64
	// chosen holds the pairs each record chose (merge_edges by chooser),
	// as read or set during this merge
	chosen map[int64][]edgeRow
	// sorted holds, by chooser, its pairs of chosen as Chosen gives them
	// (best first), until it chooses again
	sorted map[int64][]merge.Edge
	// unsent holds the choosers whose pairs SetEdges set and that are
	// not written yet (sendEdges writes them, with the rows of chosen,
	// before merge_edges is next read, and before the merge writes its
	// incidents); unsentOld those of them that may have rows stored,
	// to delete first. chosers holds, by chosen seq, the records that
	// chose it during this merge (some may have chosen again since).
	unsent, unsentOld map[int64]bool
	choosers          map[int64][]int64
	// actorRows holds the actor keys of the incidents written, key and
	// incident seq one after the other, until sendKeys writes them
	actorRows []any
	// written holds the ids of incidents written whose aliases are still
	// to be dropped (dropAliases)
	written        []string
	siblings       map[string][]*merge.Record // records of a document, by id, as Siblings read them
	anyCorrections bool
	anyDecisions   bool
	// added holds the records the write added, made before it (see
	// writer.prepared)
	added map[int64]*merge.Record
	// lk holds the locks of a merge that runs beside others (blocks.go);
	// nil when the merge has the turn alone
	lk *mergeLocks
	// lazy is set for a merge of pending records that no analyst's
	// decision or correction reaches: the records it reads from the
	// table are decoded only as far as merging compares them
	// (decodeMergeEvent), and partial holds them until whole decodes
	// them (write does, for the groups it writes). Most records a merge
	// reads it only weighs against a new one: at 80,000 generated
	// reports, 100 new ones read 8,099, a few hundred of them in an
	// incident written again.
	lazy    bool
	partial map[int64]bool
	// stored holds the records read from merge_records (a lazy merge
	// reads the records it finds there: mergerecords.go), whose rows
	// need no writing when they are filed again. In a lazy merge a
	// record's incident is read only when asked for (readIncidents):
	// most records a merge reads it only weighs.
	stored map[int64]bool
}

func newMerger(ctx context.Context, tx *sql.Tx, cache *mergeCache) (*merger, error) {
	m := &merger{ctx: ctx, tx: tx, cache: cache, bound: map[string]*sql.Stmt{},
		bySeq: map[int64]*merge.Record{}, fresh: map[int64]*merge.Record{}, seqOf: map[*merge.Record]int64{},
		incident: map[int64]string{}, crowded: map[merge.Place]bool{}, expanded: map[string]bool{}, pending: map[int64]bool{},
		blocks: map[merge.Place][]blockKey{}, buckets: map[merge.Place]map[int32][]int64{}, touched: map[merge.Place]bool{}, big: map[merge.Place]bool{}, counted: map[merge.Place]int{}, members: map[string][]int64{}, chosen: map[int64][]edgeRow{}, sorted: map[int64][]merge.Edge{},
		unsent: map[int64]bool{}, unsentOld: map[int64]bool{}, choosers: map[int64][]int64{},
		siblings: map[string][]*merge.Record{}, partial: map[int64]bool{}, stored: map[int64]bool{}}
	if err := m.row(qAnyDecision).Scan(&m.anyDecisions); err != nil {
		return nil, fmt.Errorf("merge: %w", err)
	}
	if err := m.row(qAnyCorrection).Scan(&m.anyCorrections); err != nil {
		return nil, fmt.Errorf("merge: %w", err)
	}
	return m, nil
}

// prepared returns a query's statement, prepared once for the store and
// bound to the merger's transaction.
func (m *merger) prepared(query string) (*sql.Stmt, error) {
	if b, ok := m.bound[query]; ok {
		return b, nil
	}
	var b *sql.Stmt
	if st := m.cache.stmt(query); st != nil {
		b = m.tx.StmtContext(m.ctx, st)
	} else {
		// not one of mergeQueries: prepared for this transaction only
		var err error
		if b, err = m.tx.PrepareContext(m.ctx, query); err != nil {
			return nil, fmt.Errorf("prepare: %w", err)
		}
	}
	m.bound[query] = b
	return b, nil
}

// query, row and exec run a query with a prepared statement.
func (m *merger) query(q string, args ...any) (*sql.Rows, error) {
	st, err := m.prepared(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(m.ctx, args...)
}

func (m *merger) row(q string, args ...any) *sql.Row {
	st, err := m.prepared(q)
	if err != nil {
		// a query that cannot be prepared fails again, with its error, here
		return m.tx.QueryRowContext(m.ctx, q, args...)
	}
	return st.QueryRowContext(m.ctx, args...)
}

func (m *merger) exec(q string, args ...any) error {
	st, err := m.prepared(q)
	if err != nil {
		return err
	}
	// held by an engine that can (later.go): no merge statement run
	// with exec needs its result
	_, err = st.ExecContext(Later(m.ctx, NoEntry), args...)
	return err
}

// chunks of these sizes keep IN lists to a few prepared shapes.
var inSizes = []int{1, 8, 32, 128}

// inSize is the size of the IN list that holds the next n items: the
// smallest of inSizes that holds them all, else the largest.
func inSize(n int) int {
	for _, k := range inSizes {
		if n <= k {
			return k
		}
	}
	return inSizes[len(inSizes)-1]
}

// inChunk cuts the next chunk off ids and pads it to one of inSizes with
// -1, which no row has.
func inChunk(ids []int64) (args []any, rest []int64) { return padChunk(ids, -1) }

// padChunk cuts the next chunk off ids and pads it to one of inSizes with
// pad, a value no row has.
func padChunk[T any](ids []T, pad T) (args []any, rest []T) {
	size := inSize(len(ids))
	n := min(len(ids), size)
	args = make([]any, size)
	for i := range args {
		if i < n {
			args[i] = ids[i]
		} else {
			args[i] = pad
		}
	}
	return args, ids[n:]
}

// placeArg stores a place part (an unsigned 64-bit number) in an INTEGER.
func placeArg(p merge.Place) int64 { return int64(p) }

// load returns the records of seqs, reading those not loaded yet: the
// store's cache has most of them decoded; their incident is read anew
// (in a lazy merge, when asked for: readIncidents). A lazy merge reads
// the records it can from merge_records, the others from events.
func (m *merger) load(seqs []int64) ([]*merge.Record, error) {
	var missing, cached []int64
	for _, s := range seqs {
		if _, ok := m.bySeq[s]; ok {
			continue
		}
		if r := m.added[s]; r != nil {
			// added by this write: in no incident yet
			m.bySeq[s], m.seqOf[r], m.fresh[s] = r, s, r
			m.incident[s] = ""
			continue
		}
		if r, partial := m.cache.record(s); r != nil {
			m.bySeq[s], m.seqOf[r] = r, s
			cached = append(cached, s)
			if partial {
				m.partial[s] = true
			}
			continue
		}
		missing = append(missing, s)
	}
	slices.Sort(missing)
	missing = slices.Compact(missing)
	if m.lk != nil {
		// each record's row is held before it is read (blocks.go)
		if err := m.lk.records(append(slices.Clone(cached), missing...)); err != nil {
			return nil, fmt.Errorf("merge: lock records: %w", err)
		}
	}
	if m.lazy {
		cached = nil // their incidents are read when asked for
		var err error
		if missing, err = m.loadMergeRecords(missing); err != nil {
			return nil, err
		}
	}
	for rest := cached; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		rows, err := m.query(qIncidentsIn[len(args)], args...)
		if err != nil {
			return nil, fmt.Errorf("merge: load records: %w", err)
		}
		for rows.Next() {
			var seq int64
			var incident sql.NullString
			if err := rows.Scan(&seq, &incident); err != nil {
				rows.Close()
				return nil, fmt.Errorf("merge: load records: %w", err)
			}
			m.incident[seq] = incident.String
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("merge: load records: %w", err)
		}
	}
	for rest := missing; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		rows, err := m.query(qRecordsIn[len(args)], args...)
		if err != nil {
			return nil, fmt.Errorf("merge: load records: %w", err)
		}
		for rows.Next() {
			var seq int64
			var id, docID string
			var incident, published sql.NullString
			var rec []byte
			var dupOf string
			if err := rows.Scan(&seq, &id, &docID, &incident, &rec, &published, &dupOf); err != nil {
				rows.Close()
				return nil, fmt.Errorf("merge: load records: %w", err)
			}
			decode := decodeEvent
			if m.lazy {
				decode = decodeMergeEvent
			}
			ev, err := decode(rec)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("merge: record %s: %w", id, err)
			}
			if m.lazy {
				mergeDecodes[0].Add(1)
			} else {
				mergeDecodes[1].Add(1)
			}
			doc := &sitrep.Document{ID: docID, Published: sitrep.Date(published.String), DuplicateOf: dupOf}
			r := merge.NewRecord(id, doc, &ev)
			m.bySeq[seq], m.seqOf[r], m.fresh[seq] = r, seq, r
			m.incident[seq] = incident.String
			if m.lazy {
				m.partial[seq] = true
			}
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("merge: load records: %w", err)
		}
	}
	out := make([]*merge.Record, 0, len(seqs))
	for _, s := range seqs {
		if r := m.bySeq[s]; r != nil {
			out = append(out, r)
		}
	}
	if !m.lazy {
		// (a record the cache holds as a lazy merge read it)
		if err := m.whole(out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// loadMergeRecords reads from merge_records the records of seqs (sorted,
// each once, none loaded) that have a row there, and returns the others,
// to be read from events. Their incidents are not read (readIncidents).
func (m *merger) loadMergeRecords(seqs []int64) ([]int64, error) {
	found := make(map[int64]bool, len(seqs))
	for rest := seqs; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		rows, err := m.query(qMergeRecordsIn[len(args)], args...)
		if err != nil {
			return nil, fmt.Errorf("merge: load merge records: %w", err)
		}
		for rows.Next() {
			var seq int64
			var data []byte
			if err := rows.Scan(&seq, &data); err != nil {
				rows.Close()
				return nil, fmt.Errorf("merge: load merge records: %w", err)
			}
			r, err := decodeMergeRecordWith(data, &m.cache.bodies)
			if errors.Is(err, errMergeRecordVersion) {
				continue // read from events
			}
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("merge: merge record of %d: %w", seq, err)
			}
			mergeDecodes[0].Add(1)
			m.bySeq[seq], m.seqOf[r], m.fresh[seq] = r, seq, r
			m.partial[seq], m.stored[seq], found[seq] = true, true, true
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("merge: load merge records: %w", err)
		}
	}
	mergeRecordsRead[0].Add(int64(len(found)))
	mergeRecordsRead[1].Add(int64(len(seqs) - len(found)))
	if len(found) == 0 {
		return seqs, nil
	}
	return slices.DeleteFunc(seqs, func(s int64) bool { return found[s] }), nil
}

// readIncidents reads the incidents of the records of seqs whose
// incident this merge does not know yet (a lazy merge reads them only
// when asked for), a few statements for all of them.
func (m *merger) readIncidents(seqs []int64) error {
	var todo []int64
	for _, s := range seqs {
		if _, ok := m.incident[s]; !ok {
			todo = append(todo, s)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	slices.Sort(todo)
	todo = slices.Compact(todo)
	for rest := todo; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		rows, err := m.query(qIncidentsIn[len(args)], args...)
		if err != nil {
			return fmt.Errorf("merge: read incidents: %w", err)
		}
		for rows.Next() {
			var seq int64
			var incident sql.NullString
			if err := rows.Scan(&seq, &incident); err != nil {
				rows.Close()
				return fmt.Errorf("merge: read incidents: %w", err)
			}
			m.incident[seq] = incident.String
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("merge: read incidents: %w", err)
		}
	}
	for _, s := range todo {
		if _, ok := m.incident[s]; !ok {
			m.incident[s] = "" // (no row: in no incident)
		}
	}
	return nil
}

// recordSeqs returns the seqs of records.
func (m *merger) recordSeqs(rs []*merge.Record) []int64 {
	out := make([]int64, len(rs))
	for i, r := range rs {
		out[i] = m.seqOf[r]
	}
	return out
}

// mergeDecodes counts the records merges decoded as far as merging
// compares them (0) and whole (1), for tests.
var mergeDecodes [2]atomic.Int64

// whole decodes whole the records a lazy merge decoded only as far as
// merging compares them (see merger.lazy), a few statements for all of
// them. Each record's event is replaced where it is, so that the cache
// holds it whole too; its features, worked out from the same fields,
// stay as they are.
func (m *merger) whole(recs []*merge.Record) error {
	var seqs []int64
	for _, r := range recs {
		if s := m.seqOf[r]; m.partial[s] {
			seqs = append(seqs, s)
		}
	}
	if len(seqs) == 0 {
		return nil
	}
	slices.Sort(seqs)
	seqs = slices.Compact(seqs)
	for rest := seqs; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		rows, err := m.query(qEventRecordsIn[len(args)], args...)
		if err != nil {
			return fmt.Errorf("merge: load records: %w", err)
		}
		for rows.Next() {
			var seq int64
			var rec []byte
			if err := rows.Scan(&seq, &rec); err != nil {
				rows.Close()
				return fmt.Errorf("merge: load records: %w", err)
			}
			r := m.bySeq[seq]
			if r == nil || !m.partial[seq] {
				continue
			}
			ev, err := decodeEvent(rec)
			if err != nil {
				rows.Close()
				return fmt.Errorf("merge: record %s: %w", r.Key, err)
			}
			mergeDecodes[1].Add(1)
			*r.Event = ev
			delete(m.partial, seq)
			m.cache.madeWhole(seq)
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("merge: load records: %w", err)
		}
	}
	for _, s := range seqs {
		if m.partial[s] {
			return fmt.Errorf("merge: record %s: not stored", m.bySeq[s].Key)
		}
	}
	return nil
}

// forHeads readies the records of groups for making their events (Head):
// a group of one record is that record, decoded whole; of a larger group
// Head reads whole only its first record of each source
// (merge.HeadReads), and of the others their confidence, read from its
// column, a few statements for all of them. (A record a lazy merge read is
// decoded only as far as merging compares it: the events of a story's
// hundreds of copies were decoded whole for the one field.)
func (m *merger) forHeads(groups [][]*merge.Record) error {
	var whole, rest []*merge.Record
	for _, g := range groups {
		if len(g) == 1 {
			whole = append(whole, g[0])
			continue
		}
		reads := merge.HeadReads(g)
		whole = append(whole, reads...)
		for _, r := range g {
			if !slices.Contains(reads, r) {
				rest = append(rest, r)
			}
		}
	}
	if err := m.whole(whole); err != nil {
		return err
	}
	var seqs []int64
	for _, r := range rest {
		if s := m.seqOf[r]; m.partial[s] {
			seqs = append(seqs, s)
		}
	}
	slices.Sort(seqs)
	seqs = slices.Compact(seqs)
	for todo := seqs; len(todo) > 0; {
		var args []any
		args, todo = inChunk(todo)
		rows, err := m.query(qConfidencesIn[len(args)], args...)
		if err != nil {
			return fmt.Errorf("merge: read confidences: %w", err)
		}
		for rows.Next() {
			var seq int64
			var c sql.NullFloat64
			if err := rows.Scan(&seq, &c); err != nil {
				rows.Close()
				return fmt.Errorf("merge: read confidences: %w", err)
			}
			if r := m.bySeq[seq]; r != nil && m.partial[seq] {
				r.Event.Confidence = c.Float64
			}
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("merge: read confidences: %w", err)
		}
	}
	return nil
}

// seqs runs a query that selects event seqs.
func (m *merger) seqs(query string, args ...any) ([]int64, error) {
	rows, err := m.query(query, args...)
	if err != nil {
		return nil, fmt.Errorf("merge: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var s int64
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("merge: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("merge: %w", err)
	}
	return out, nil
}

// blockKey is a key filed under a place part: its bucket and record.
type blockKey struct {
	bucket int32
	seq    int64
}

// blockLimit is the most keys of a place part a merge holds in memory:
// a part of no more is not crowded, and a merge reads it whole (once,
// for every range looked in). A crowded part is counted, not read: the
// records look in it only for narrow ranges of days, read from its
// index (Find). (Parts of up to 512 keys were read whole: 130,000 keys
// read to merge 100 new reports into a store of 10,000 generated
// reports, a crowded part's hundreds for a few keys of the days looked
// in.)
const blockLimit = merge.LooseLimit

// keysRead counts the keys of place parts read to be held (block,
// readBlocks), for tests.
var keysRead atomic.Int64

// block returns the keys filed under a place part, in the order of the
// table's key (bucket, then record), and how many there are up to
// LooseLimit+1; keys is nil when there are more than blockLimit (a part
// whose ranges are read one by one, from the index). Only once the merge
// has filed its records (m.filed) are the keys kept for the rest of the
// merge.
func (m *merger) block(p merge.Place) (keys []blockKey, n int, err error) {
	if keys, n, ok := m.knownBlock(p); ok {
		return keys, n, nil
	}
	if err := m.lk.whole([]merge.Place{p}, false); err != nil {
		return nil, 0, fmt.Errorf("merge: read block: %w", err)
	}
	rows, err := m.query(qBlock, placeArg(p), blockLimit+1)
	if err != nil {
		return nil, 0, fmt.Errorf("merge: read block: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k blockKey
		if err := rows.Scan(&k.bucket, &k.seq); err != nil {
			return nil, 0, fmt.Errorf("merge: read block: %w", err)
		}
		keys = append(keys, k)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("merge: read block: %w", err)
	}
	keysRead.Add(int64(len(keys)))
	keys, n = m.readBlock(p, keys)
	return keys, n, nil
}

// knownBlock is block for a place part whose keys need no reading: held
// by this merge, known big, or kept by the store's cache unchanged.
func (m *merger) knownBlock(p merge.Place) (keys []blockKey, n int, ok bool) {
	if keys, ok := m.blocks[p]; ok {
		if keys == nil {
			return nil, merge.LooseLimit + 1, true
		}
		return keys, min(len(keys), merge.LooseLimit+1), true
	}
	if m.filed && m.cache.isBig(p) {
		m.blocks[p] = nil
		return nil, merge.LooseLimit + 1, true
	}
	if m.filed && !m.touched[p] {
		// no key of this part changed since a committed merge read it
		if keys := m.cache.block(p); keys != nil {
			m.blocks[p] = keys
			return keys, min(len(keys), merge.LooseLimit+1), true
		}
	}
	return nil, 0, false
}

// readBlock takes in the keys read of a place part (up to blockLimit+1,
// in the order of qBlock), as block returns them.
func (m *merger) readBlock(p merge.Place, keys []blockKey) ([]blockKey, int) {
	n := min(len(keys), merge.LooseLimit+1)
	if len(keys) > blockLimit {
		keys = nil
		m.big[p] = true
	} else if keys == nil {
		keys = []blockKey{}
	}
	if m.filed {
		m.blocks[p] = keys
	}
	return keys, n
}

// readBlocks reads the keys of the place parts block would read, a few
// statements for all of them (qBlocksIn), once the merge has filed its
// records: block then finds them held.
func (m *merger) readBlocks(places []merge.Place) error {
	if !m.filed {
		return nil
	}
	ids := missingPlaceArgs(places, func(p merge.Place) bool {
		if m.crowded[p] || m.cache.isCrowded(p) {
			return true // its ranges are read, not the part whole (Find)
		}
		_, _, ok := m.knownBlock(p)
		return ok
	})
	if err := m.lk.whole(placesOf(ids), false); err != nil {
		return fmt.Errorf("merge: read blocks: %w", err)
	}
	for rest := ids; len(rest) > 0; {
		var args []any
		args, rest = padChunk(rest, rest[0])
		rows, err := m.query(qBlocksIn[len(args)], append(args[:len(args):len(args)], blockLimit+1)...)
		if err != nil {
			return fmt.Errorf("merge: read blocks: %w", err)
		}
		got := make([][]blockKey, len(args))
		n := 0
		for rows.Next() {
			var i int
			var k blockKey
			if err := rows.Scan(&i, &k.bucket, &k.seq); err != nil {
				rows.Close()
				return fmt.Errorf("merge: read blocks: %w", err)
			}
			got[i] = append(got[i], k)
			n++
		}
		keysRead.Add(int64(n))
		if err := rows.Close(); err != nil {
			return fmt.Errorf("merge: read blocks: %w", err)
		}
		for i, a := range args {
			p := merge.Place(a.(int64))
			if _, ok := m.blocks[p]; ok {
				continue // a padding repeat
			}
			// in qBlock's order
			slices.SortFunc(got[i], func(x, y blockKey) int {
				return cmp.Or(cmp.Compare(x.bucket, y.bucket), cmp.Compare(x.seq, y.seq))
			})
			m.readBlock(p, got[i])
		}
	}
	return nil
}

// count counts the keys filed under a place part, up to LooseLimit+1.
func (m *merger) count(p merge.Place) (int, error) {
	if m.filed {
		if m.crowded[p] || m.cache.isCrowded(p) {
			return merge.LooseLimit + 1, nil
		}
		_, n, err := m.block(p)
		return n, err
	}
	if n, ok := m.counted[p]; ok {
		return n, nil
	}
	if err := m.lk.whole([]merge.Place{p}, false); err != nil {
		return 0, fmt.Errorf("merge: count block: %w", err)
	}
	var n int
	err := m.row(qCount, placeArg(p), merge.LooseLimit+1).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("merge: count block: %w", err)
	}
	return n, nil
}

// countFiled learns, once the merge has filed its records, whether each
// place part not known either way is crowded (m.crowded), counting its
// keys up to LooseLimit+1, a few statements for all of them (qCountsIn):
// a crowded part is not read whole (Find reads the ranges records look
// in from its index), so its count is all that is asked of it.
func (m *merger) countFiled(places []merge.Place) error {
	if !m.filed {
		return nil
	}
	ids := missingPlaceArgs(places, func(p merge.Place) bool {
		if _, ok := m.crowded[p]; ok || m.cache.isCrowded(p) {
			return true
		}
		if _, n, ok := m.knownBlock(p); ok {
			m.crowded[p] = n > merge.LooseLimit
			return true
		}
		return false
	})
	return m.countKeys(ids, func(p merge.Place, n int) { m.crowded[p] = n > merge.LooseLimit })
}

// countKeys counts the keys of the place parts of query arguments ids, up
// to one past merge.LooseLimit, a few statements for all of them
// (qCountsIn), and gives each part's count to set.
func (m *merger) countKeys(ids []int64, set func(p merge.Place, n int)) error {
	if err := m.lk.whole(placesOf(ids), false); err != nil {
		return fmt.Errorf("merge: count blocks: %w", err)
	}
	for rest := ids; len(rest) > 0; {
		var args []any
		args, rest = padChunk(rest, rest[0])
		rows, err := m.query(qCountsIn[len(args)], append(args[:len(args):len(args)], merge.LooseLimit+1)...)
		if err != nil {
			return fmt.Errorf("merge: count blocks: %w", err)
		}
		for rows.Next() {
			var i, n int
			if err := rows.Scan(&i, &n); err != nil {
				rows.Close()
				return fmt.Errorf("merge: count blocks: %w", err)
			}
			set(merge.Place(args[i].(int64)), n)
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("merge: count blocks: %w", err)
		}
	}
	return nil
}

// missingPlaceArgs is the query arguments of the places not yet known,
// each once and in order: what one statement reads for many keys.
func missingPlaceArgs(places []merge.Place, known func(merge.Place) bool) []int64 {
	var todo []merge.Place
	for _, p := range places {
		if !known(p) {
			todo = append(todo, p)
		}
	}
	slices.Sort(todo)
	todo = slices.Compact(todo)
	ids := make([]int64, len(todo))
	for i, p := range todo {
		ids[i] = placeArg(p)
	}
	return ids
}

// placesOf returns the place parts of query arguments.
func placesOf(ids []int64) []merge.Place {
	out := make([]merge.Place, len(ids))
	for i, id := range ids {
		out[i] = merge.Place(id)
	}
	return out
}

// readCounts counts the keys of place parts as count does, before the
// merge files its records, a few statements for all of them (qCountsIn):
// count then finds them. The counts hold until the merge files.
func (m *merger) readCounts(places []merge.Place) error {
	if m.filed {
		return nil
	}
	ids := missingPlaceArgs(places, func(p merge.Place) bool { _, ok := m.counted[p]; return ok })
	return m.countKeys(ids, func(p merge.Place, n int) { m.counted[p] = n })
}

// Crowded implements merge.Finder. Counts do not change while a component
// is gathered (every key of the merge is filed first), so they are kept.
func (m *merger) Crowded(places []merge.Place) ([]bool, error) {
	var unknown []merge.Place
	for _, p := range places {
		if _, ok := m.crowded[p]; !ok && !m.cache.isCrowded(p) {
			unknown = append(unknown, p)
		}
	}
	if len(unknown) > 1 {
		if err := m.readCounts(unknown); err != nil {
			return nil, err
		}
		if err := m.countFiled(unknown); err != nil {
			return nil, err
		}
		if err := m.readBlocks(unknown); err != nil {
			return nil, err
		}
	}
	out := make([]bool, len(places))
	for i, p := range places {
		c, ok := m.crowded[p]
		if !ok && m.cache.isCrowded(p) {
			c, ok = true, true
			m.crowded[p] = true
		}
		if !ok {
			n, err := m.count(p)
			if err != nil {
				return nil, err
			}
			c = n > merge.LooseLimit
			m.crowded[p] = c
		}
		out[i] = c
	}
	return out, nil
}

// Find implements merge.Finder.
func (m *merger) Find(dst []*merge.Record, ranges []merge.Range) ([]*merge.Record, error) {
	if m.lk != nil {
		return m.findLocked(dst, ranges)
	}
	if m.filed && len(ranges) > 1 {
		places := make([]merge.Place, len(ranges))
		for i, rg := range ranges {
			places[i] = rg.Place
		}
		if err := m.readBlocks(places); err != nil {
			return nil, err
		}
	}
	var seqs []int64
	var todo []merge.Range
	for _, rg := range ranges {
		if m.filed && !m.crowded[rg.Place] && !m.cache.isCrowded(rg.Place) {
			keys, _, err := m.block(rg.Place)
			if err != nil {
				return nil, err
			}
			if keys != nil {
				seqs = appendRange(seqs, keys, rg)
				continue
			}
		}
		todo = append(todo, rg)
	}
	return m.loadRanges(dst, seqs, todo)
}

// loadRanges appends to dst the records of seqs and of those filed in the
// ranges todo (readRanges), decoded.
func (m *merger) loadRanges(dst []*merge.Record, seqs []int64, todo []merge.Range) ([]*merge.Record, error) {
	seqs, err := m.readRanges(seqs, todo)
	if err != nil {
		return nil, err
	}
	recs, err := m.load(seqs)
	if err != nil {
		return nil, err
	}
	return append(dst, recs...), nil
}

// appendRange appends the records of the keys of a place part that fall
// in a range.
func appendRange(seqs []int64, keys []blockKey, rg merge.Range) []int64 {
	for _, k := range keys {
		if k.bucket >= rg.From && k.bucket <= rg.To {
			seqs = append(seqs, k.seq)
		}
	}
	return seqs
}

// findLocked is Find for a merge that runs beside others (blocks.go): a
// place part that is not crowded is read whole, held whole; the ranges of
// a crowded one are read once their blocks are held, a few statements
// for all of them (qRangesIn).
func (m *merger) findLocked(dst []*merge.Record, ranges []merge.Range) ([]*merge.Record, error) {
	crowded := func(p merge.Place) bool { return m.crowded[p] || m.cache.isCrowded(p) }
	if m.filed {
		var places []merge.Place
		for _, rg := range ranges {
			if !crowded(rg.Place) {
				places = append(places, rg.Place)
			}
		}
		if err := m.readBlocks(places); err != nil {
			return nil, err
		}
	}
	var seqs []int64
	var todo []merge.Range
	var keys []int64
	for _, rg := range ranges {
		if m.filed && !crowded(rg.Place) {
			held, _, err := m.block(rg.Place)
			if err != nil {
				return nil, err
			}
			if held != nil {
				seqs = appendRange(seqs, held, rg)
				continue
			}
		}
		if !crowded(rg.Place) {
			keys = append(keys, wholeKey(rg.Place))
		}
		keys = rangeKeys(keys, rg)
		todo = append(todo, rg)
	}
	if err := m.lk.take(keys, false); err != nil {
		return nil, fmt.Errorf("merge: lock blocks: %w", err)
	}
	return m.loadRanges(dst, seqs, todo)
}

// readRanges appends to seqs the records filed in ranges of place parts,
// read from the index a few statements for all of them (qRangesIn), each
// range's in the order of the index's records (sorted by seq, a record
// filed under several buckets of the range as often).
//
// Once the merge has filed its records (m.filed), merge_keys stays as it
// is until the merge ends, so the buckets of a range read are kept
// (m.buckets) and a bucket is read once a merge: the copies of a story
// and the records that choose again look in the same days of the same
// crowded parts over and over (over the last 10,000 of 100,000
// generated reports, 56% of the ranges a merge read it had read before).
func (m *merger) readRanges(seqs []int64, todo []merge.Range) ([]int64, error) {
	// what to read: the buckets of each range not held yet (contiguous
	// runs of them), or the range itself when it is not held by buckets
	type want struct {
		rg    merge.Range
		of    int  // the range of todo it is read for
		whole bool // not held by buckets: its records are the range's own
	}
	var reads []want
	got := make([][]int64, len(todo)) // of ranges read whole
	for i, rg := range todo {
		if !m.filed || !bucketed(rg) {
			reads = append(reads, want{rg, i, true})
			continue
		}
		held := m.buckets[rg.Place]
		for b := int64(rg.From); b <= int64(rg.To); {
			if _, ok := held[int32(b)]; ok {
				b++
				continue
			}
			to := b
			for to < int64(rg.To) {
				if _, ok := held[int32(to+1)]; ok {
					break
				}
				to++
			}
			reads = append(reads, want{merge.Range{Place: rg.Place, From: int32(b), To: int32(to)}, i, false})
			if held == nil {
				held = map[int32][]int64{}
				m.buckets[rg.Place] = held
			}
			for ; b <= to; b++ {
				// to be read: a later range of todo reads it no more
				held[int32(b)] = nil
			}
		}
	}
	for rest := reads; len(rest) > 0; {
		size := inSize(len(rest))
		n := min(len(rest), size)
		chunk := rest[:n]
		rest = rest[n:]
		args := make([]any, 0, 3*size)
		for i := range size {
			rg := chunk[min(i, n-1)].rg // padded with the last range again
			args = append(args, placeArg(rg.Place), rg.From, rg.To)
		}
		rows, err := m.query(qRangesIn[size], args...)
		if err != nil {
			return nil, fmt.Errorf("merge: read ranges: %w", err)
		}
		type row struct {
			bucket int32
			seq    int64
		}
		read := make([][]row, size)
		for rows.Next() {
			var i int
			var r row
			if err := rows.Scan(&i, &r.bucket, &r.seq); err != nil {
				rows.Close()
				return nil, fmt.Errorf("merge: read ranges: %w", err)
			}
			read[i] = append(read[i], r)
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("merge: read ranges: %w", err)
		}
		for i, w := range chunk {
			if rangeRowRead != nil {
				for _, r := range read[i] {
					rangeRowRead(w.rg.Place, r.bucket, r.seq)
				}
			}
			if w.whole {
				for _, r := range read[i] {
					got[w.of] = append(got[w.of], r.seq)
				}
				continue
			}
			held := m.buckets[w.rg.Place]
			for _, r := range read[i] {
				held[r.bucket] = append(held[r.bucket], r.seq)
			}
		}
	}
	for i, rg := range todo {
		g := got[i]
		if m.filed && bucketed(rg) {
			held := m.buckets[rg.Place]
			for b := int64(rg.From); b <= int64(rg.To); b++ {
				g = append(g, held[int32(b)]...)
			}
		}
		slices.Sort(g)
		seqs = append(seqs, g...)
	}
	return seqs, nil
}

// rangeRowRead, when set (tests), is called with each key readRanges
// reads from merge_keys.
var rangeRowRead func(p merge.Place, bucket int32, seq int64)

// maxHeldRange is the most buckets a range may span for readRanges to
// hold its buckets one by one; a wider one (every bucket of a part) is
// read as a range each time.
const maxHeldRange = 4 * 32

// bucketed reports whether readRanges holds the buckets of a range one by
// one: a range of a few buckets, not every bucket of a part.
func bucketed(rg merge.Range) bool {
	return rg.From <= rg.To && int64(rg.To)-int64(rg.From) < maxHeldRange
}

// edgeRow is a row of merge_edges: chooser and chosen seqs, score.
type edgeRow struct {
	a, b  int64
	score float64
}

// edgeRows reads candidate pairs.
func (m *merger) edgeRows(query string, args ...any) ([]edgeRow, error) {
	rows, err := m.query(query, args...)
	if err != nil {
		return nil, fmt.Errorf("merge: edges: %w", err)
	}
	var rs []edgeRow
	for rows.Next() {
		var x edgeRow
		if err := rows.Scan(&x.a, &x.b, &x.score); err != nil {
			rows.Close()
			return nil, fmt.Errorf("merge: edges: %w", err)
		}
		rs = append(rs, x)
	}
	if err := rows.Close(); err != nil {
		return nil, fmt.Errorf("merge: edges: %w", err)
	}
	return rs, nil
}

// edges reads candidate pairs, with their records.
func (m *merger) edges(query string, args ...any) ([]merge.Edge, error) {
	rs, err := m.edgeRows(query, args...)
	if err != nil {
		return nil, err
	}
	return m.edgesOf(rs)
}

// edgesOf gives rows their records, reading those not loaded.
func (m *merger) edgesOf(rs []edgeRow) ([]merge.Edge, error) {
	seqs := make([]int64, 0, 2*len(rs))
	for _, x := range rs {
		seqs = append(seqs, x.a, x.b)
	}
	if _, err := m.load(seqs); err != nil {
		return nil, err
	}
	out := make([]merge.Edge, 0, len(rs))
	for _, x := range rs {
		a, b := m.bySeq[x.a], m.bySeq[x.b]
		if a != nil && b != nil {
			out = append(out, merge.Edge{A: a, B: b, Score: x.score})
		}
	}
	return out, nil
}

// Edges implements merge.Finder: the stored pairs as this merge changed
// them (see edgesAround).
func (m *merger) Edges(r *merge.Record) ([]merge.Edge, error) {
	rs, err := m.edgesAround(m.seqOf[r])
	if err != nil {
		return nil, err
	}
	return m.edgesOf(rs)
}

// EdgesOf implements merge.EdgesBatcher: what Edges gives each record,
// read with a few statements for all of them. Component asks Linked of
// each record next: the records of their incidents are read too.
func (m *merger) EdgesOf(rs []*merge.Record) ([][]merge.Edge, error) {
	// read as stored: after the pairs set are written (Component asks
	// once it has set them all)
	if err := m.sendEdges(); err != nil {
		return nil, err
	}
	if err := m.readIncidents(m.recordSeqs(rs)); err != nil {
		return nil, err
	}
	var incs []string
	for _, r := range rs {
		if inc := m.incident[m.seqOf[r]]; inc != "" && !m.expanded[inc] {
			if _, ok := m.members[inc]; !ok {
				incs = append(incs, inc)
			}
		}
	}
	if len(incs) > 0 {
		got, err := m.membersOf(incs)
		if err != nil {
			return nil, err
		}
		maps.Copy(m.members, got)
	}
	ids := make([]int64, 0, len(rs))
	for _, r := range rs {
		ids = append(ids, m.seqOf[r])
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	own, in := map[int64][]edgeRow{}, map[int64][]edgeRow{}
	for rest := ids; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		got, err := m.edgeRows(qChosenIn[len(args)], args...)
		if err != nil {
			return nil, err
		}
		for _, x := range got {
			own[x.a] = append(own[x.a], x)
		}
		if got, err = m.edgeRows(qChosenOfIn[len(args)], args...); err != nil {
			return nil, err
		}
		for _, x := range got {
			in[x.b] = append(in[x.b], x)
		}
	}
	// in the order Edges gives them: the pairs a record chose by partner, then
	// those others chose with it by chooser, but for pairs it chose too
	rows := make([][]edgeRow, len(rs))
	var seqs []int64
	for i, r := range rs {
		seq := m.seqOf[r]
		mine := own[seq]
		slices.SortFunc(mine, func(x, y edgeRow) int { return cmp.Compare(x.b, y.b) })
		theirs := in[seq]
		slices.SortFunc(theirs, func(x, y edgeRow) int { return cmp.Compare(x.a, y.a) })
		all := slices.Clone(mine)
		for _, x := range theirs {
			if !slices.ContainsFunc(mine, func(y edgeRow) bool { return y.b == x.a }) {
				all = append(all, x)
			}
		}
		rows[i] = all
		if _, ok := m.chosen[seq]; !ok {
			m.chosen[seq] = slices.Clone(mine)
		}
		for _, x := range all {
			seqs = append(seqs, x.a, x.b)
		}
	}
	if _, err := m.load(seqs); err != nil {
		return nil, err
	}
	out := make([][]merge.Edge, len(rs))
	for i, xs := range rows {
		es := make([]merge.Edge, 0, len(xs))
		for _, x := range xs {
			a, b := m.bySeq[x.a], m.bySeq[x.b]
			if a != nil && b != nil {
				es = append(es, merge.Edge{A: a, B: b, Score: x.score})
			}
		}
		out[i] = es
	}
	return out, nil
}

// Chosen implements merge.Finder. What a record chose is read once a
// merge (SetEdges keeps it after), and given as edges once: a record is
// asked for again and again while the copies of a story choose (each
// copy's candidates are the story's other copies), so its edges, sorted,
// are kept until it chooses again (m.sorted).
func (m *merger) Chosen(rs []*merge.Record) ([][]merge.Edge, error) {
	at := make(map[*merge.Record]int, len(rs))
	for i, r := range rs {
		at[r] = i
	}
	var unread []int64
	for _, r := range rs {
		id := m.seqOf[r]
		if _, ok := m.chosen[id]; !ok {
			unread = append(unread, id)
		}
	}
	slices.Sort(unread)
	unread = slices.Compact(unread)
	for rest := unread; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		got, err := m.edgeRows(qChosenIn[len(args)], args...)
		if err != nil {
			return nil, err
		}
		for _, id := range args {
			if id := id.(int64); id >= 0 {
				m.chosen[id] = nil
			}
		}
		for _, x := range got {
			m.chosen[x.a] = append(m.chosen[x.a], x)
		}
	}
	// the records of the pairs not given as edges yet, loaded at once
	var seqs []int64
	for i, r := range rs {
		id := m.seqOf[r]
		if _, ok := m.sorted[id]; ok || at[r] != i {
			continue
		}
		for _, x := range m.chosen[id] {
			seqs = append(seqs, x.a, x.b)
		}
	}
	if _, err := m.load(seqs); err != nil {
		return nil, err
	}
	out := make([][]merge.Edge, len(rs))
	for i, r := range rs {
		if at[r] != i {
			continue // (a record given twice: its last place holds its pairs)
		}
		id := m.seqOf[r]
		es, ok := m.sorted[id]
		if !ok {
			for _, x := range m.chosen[id] {
				a, b := m.bySeq[x.a], m.bySeq[x.b]
				if a == r && b != nil {
					es = append(es, merge.Edge{A: a, B: b, Score: x.score})
				}
			}
			slices.SortFunc(es, func(x, y merge.Edge) int {
				if x.Score != y.Score {
					if x.Score > y.Score {
						return -1
					}
					return 1
				}
				return strings.Compare(x.B.Key, y.B.Key)
			})
			m.sorted[id] = es
		}
		out[i] = es
	}
	return out, nil
}

// membersOf returns the records of incidents (as qIncidentMembers gives
// them, by seq), a few statements for all of them.
func (m *merger) membersOf(ids []string) (map[string][]int64, error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	out := make(map[string][]int64, len(ids))
	for _, id := range ids {
		out[id] = nil
	}
	for rest := ids; len(rest) > 0; {
		var args []any
		args, rest = padChunk(rest, "") // no incident has the empty id
		rows, err := m.query(qMembersIn[len(args)], args...)
		if err != nil {
			return nil, fmt.Errorf("merge: incidents' records: %w", err)
		}
		for rows.Next() {
			var id string
			var seq int64
			if err := rows.Scan(&id, &seq); err != nil {
				rows.Close()
				return nil, fmt.Errorf("merge: incidents' records: %w", err)
			}
			out[id] = append(out[id], seq)
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("merge: incidents' records: %w", err)
		}
	}
	for _, seqs := range out {
		slices.Sort(seqs)
	}
	return out, nil
}

// SetEdges implements merge.Finder. The pairs are written later, for
// many records at once (sendEdges).
func (m *merger) SetEdges(r *merge.Record, edges []merge.Edge) error {
	seq := m.seqOf[r]
	if !m.unsent[seq] {
		if had, ok := m.chosen[seq]; !ok || len(had) > 0 {
			m.unsentOld[seq] = true
		}
		m.unsent[seq] = true
	}
	rows := make([]edgeRow, 0, len(edges))
	for _, e := range edges {
		b := m.seqOf[e.B]
		rows = append(rows, edgeRow{seq, b, e.Score})
		m.choosers[b] = append(m.choosers[b], seq)
	}
	m.chosen[seq] = rows
	delete(m.sorted, seq)
	return nil
}

// sendEdges writes the pairs SetEdges set since it last ran: the rows of
// the records that chose before are deleted, then every row inserted, a
// few statements for all of them (merge_edges holds the same rows as
// when each record's were replaced at once).
func (m *merger) sendEdges() error {
	if len(m.unsent) == 0 {
		return nil
	}
	old := slices.Sorted(maps.Keys(m.unsentOld))
	for rest := old; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		if err := m.exec(qDelChosenIn[len(args)], args...); err != nil {
			return fmt.Errorf("merge: edges: %w", err)
		}
	}
	var vals []any
	for _, seq := range slices.Sorted(maps.Keys(m.unsent)) {
		for _, x := range m.chosen[seq] {
			vals = append(vals, x.a, x.b, x.score)
		}
	}
	clear(m.unsent)
	clear(m.unsentOld)
	if err := m.insert(insEdges, 3, vals); err != nil {
		return fmt.Errorf("merge: edges: %w", err)
	}
	return nil
}

// edgesAround returns the pairs of a record as merge_edges would hold
// them had every pair SetEdges set been written (unsent ones are not),
// in this order: those it chose by partner, then those others
// chose with it by chooser, but for pairs it chose too. A record this
// write added had no pair stored before this merge: nothing is read.
func (m *merger) edgesAround(seq int64) ([]edgeRow, error) {
	_, added := m.added[seq]
	var stored []edgeRow
	if !added {
		var err error
		if stored, err = m.edgeRows(qEdgesAll, seq, seq); err != nil {
			return nil, err
		}
	}
	var mine, theirs []edgeRow
	for _, x := range stored {
		switch {
		case x.a == seq:
			if !m.unsent[seq] {
				mine = append(mine, x)
			}
		case !m.unsent[x.a]:
			theirs = append(theirs, x)
		}
	}
	if c, ok := m.chosen[seq]; !ok {
		m.chosen[seq] = slices.Clone(mine) // all it chose is stored
	} else if m.unsent[seq] || added {
		mine = slices.Clone(c)
	}
	for _, a := range slices.Compact(slices.Sorted(slices.Values(m.choosers[seq]))) {
		if !added && !m.unsent[a] {
			continue // what it chose is stored, read above
		}
		for _, x := range m.chosen[a] {
			if x.b == seq {
				theirs = append(theirs, x)
			}
		}
	}
	slices.SortFunc(mine, func(x, y edgeRow) int { return cmp.Compare(x.b, y.b) })
	slices.SortFunc(theirs, func(x, y edgeRow) int { return cmp.Compare(x.a, y.a) })
	out := mine
	for _, x := range theirs {
		if !slices.ContainsFunc(mine, func(y edgeRow) bool { return y.b == x.a }) {
			out = append(out, x)
		}
	}
	return out, nil
}

// Linked implements merge.Finder: the records of r's incident, and those
// a together decision ties to r.
func (m *merger) Linked(r *merge.Record) ([]*merge.Record, error) {
	seq := m.seqOf[r]
	var seqs []int64
	if err := m.readIncidents([]int64{seq}); err != nil {
		return nil, err
	}
	if inc := m.incident[seq]; inc != "" && !m.expanded[inc] {
		// once per incident: its records all come in at once
		m.expanded[inc] = true
		s, ok := m.members[inc]
		if !ok {
			var err error
			if s, err = m.seqs(qIncidentMembers, inc); err != nil {
				return nil, err
			}
		}
		seqs = s
	}
	out, err := m.load(seqs)
	if err != nil {
		return nil, err
	}
	if !m.anyDecisions {
		return out, nil
	}
	ds, err := m.decisionsOf([]string{r.Doc})
	if err != nil {
		return nil, err
	}
	for _, d := range ds {
		if !d.together {
			continue
		}
		a, err := m.resolve(d.a)
		if err != nil {
			return nil, err
		}
		b, err := m.resolve(d.b)
		if err != nil {
			return nil, err
		}
		switch {
		case a == r && b != nil:
			out = append(out, b)
		case b == r && a != nil:
			out = append(out, a)
		}
	}
	return out, nil
}

// Siblings implements merge.Finder: the records of r's document, read
// once a merge (a merge files every record of its write first, and a
// document's records change only in a write).
func (m *merger) Siblings(r *merge.Record) ([]*merge.Record, error) {
	if sibs, ok := m.siblings[r.Doc]; ok {
		return sibs, nil
	}
	if err := m.readSiblings([]string{r.Doc}); err != nil {
		return nil, err
	}
	return m.siblings[r.Doc], nil
}

// readSiblings reads the records of documents for Siblings, a few
// statements for all of them: Component asks for the documents of every
// record it is given.
func (m *merger) readSiblings(docs []string) error {
	docs = slices.Compact(slices.Sorted(slices.Values(docs)))
	seqs := map[string][]int64{}
	for rest := docs; len(rest) > 0; {
		var args []any
		args, rest = padChunk(rest, "")
		rows, err := m.query(qDocRecordsIn[len(args)], args...)
		if err != nil {
			return fmt.Errorf("merge: records of documents: %w", err)
		}
		for rows.Next() {
			var doc string
			var seq int64
			if err := rows.Scan(&doc, &seq); err != nil {
				rows.Close()
				return fmt.Errorf("merge: records of documents: %w", err)
			}
			seqs[doc] = append(seqs[doc], seq)
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("merge: records of documents: %w", err)
		}
	}
	var all []int64
	for _, d := range docs {
		all = append(all, seqs[d]...)
	}
	if _, err := m.load(all); err != nil {
		return err
	}
	for _, d := range docs {
		sibs := make([]*merge.Record, 0, len(seqs[d]))
		for _, q := range seqs[d] {
			if r := m.bySeq[q]; r != nil {
				sibs = append(sibs, r)
			}
		}
		m.siblings[d] = sibs
	}
	return nil
}

// endpoint names a record in a decision: its document, id and the span of
// its first evidence (code points; -1 when it has none).
type endpoint struct {
	doc, record string
	start, end  int
}

// endpointOf names a record for a decision.
func endpointOf(r *merge.Record) endpoint {
	e := endpoint{doc: r.Doc, record: r.Key, start: -1, end: -1}
	if len(r.Event.Evidence) > 0 {
		e.start, e.end = r.Event.Evidence[0].Start, r.Event.Evidence[0].End
	}
	return e
}

// decision is a row of merge_decisions.
type decision struct {
	seq      int64
	together bool
	a, b     endpoint
	at, note string
}

// decisionsOf returns the decisions naming any of the documents, oldest
// first.
func (m *merger) decisionsOf(docs []string) ([]decision, error) {
	return readDecisions(m.ctx, m.tx, docs)
}

// queryer is a *sql.Tx or *sql.DB.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// readDecisions returns the decisions naming any of the documents, oldest
// first.
func readDecisions(ctx context.Context, q queryer, docs []string) ([]decision, error) {
	docs = slices.Compact(slices.Sorted(slices.Values(docs)))
	var out []decision
	seen := map[int64]bool{}
	for len(docs) > 0 {
		n := min(len(docs), 400)
		chunk := docs[:n]
		docs = docs[n:]
		args := make([]any, 0, 2*n)
		for _, d := range chunk {
			args = append(args, d)
		}
		args = append(args, args...)
		rows, err := q.QueryContext(ctx, `SELECT seq, together, a_doc, a_record, a_start, a_end,
			b_doc, b_record, b_start, b_end, at, note FROM merge_decisions
			WHERE a_doc IN (`+marks(n)+`) OR b_doc IN (`+marks(n)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("decisions: %w", err)
		}
		for rows.Next() {
			var d decision
			if err := rows.Scan(&d.seq, &d.together, &d.a.doc, &d.a.record, &d.a.start, &d.a.end,
				&d.b.doc, &d.b.record, &d.b.start, &d.b.end, &d.at, &d.note); err != nil {
				rows.Close()
				return nil, fmt.Errorf("decisions: %w", err)
			}
			if !seen[d.seq] {
				seen[d.seq] = true
				out = append(out, d)
			}
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("decisions: %w", err)
		}
	}
	slices.SortFunc(out, func(x, y decision) int { return int(x.seq - y.seq) })
	return out, nil
}

// resolve finds the record a decision names: the record of its document
// with its id, or else the one whose first evidence overlaps the span most
// (the document was extracted anew and ids changed); nil when none does.
func (m *merger) resolve(e endpoint) (*merge.Record, error) {
	seqs, err := m.seqs(qDocRecords, e.doc)
	if err != nil {
		return nil, err
	}
	recs, err := m.load(seqs)
	if err != nil {
		return nil, err
	}
	return resolveAmong(recs, e), nil
}

// resolveAmong is resolve over the records of the endpoint's document.
func resolveAmong(recs []*merge.Record, e endpoint) *merge.Record {
	var best *merge.Record
	bestOverlap := 0
	for _, r := range recs {
		if r.Doc != e.doc {
			continue
		}
		if r.Key == e.record {
			return r
		}
		if e.start < 0 || len(r.Event.Evidence) == 0 {
			continue
		}
		ev := r.Event.Evidence[0]
		if o := min(ev.End, e.end) - max(ev.Start, e.start); o > bestOverlap {
			best, bestOverlap = r, o
		}
	}
	return best
}

// unmerge prepares the removal of a document's records: the other records
// of their incidents become pending, the incidents go (mergePending writes
// them again), and the key counts of the place parts they are filed under
// are returned, counted before, for mergePending to see which places stop
// being crowded.
func (w *writer) unmerge(doc string) (map[merge.Place]int, error) {
	m, err := newMerger(w.ctx, w.tx, w.mc)
	if err != nil {
		return nil, err
	}
	places, err := m.seqs(`SELECT DISTINCT k.place FROM merge_keys k JOIN events e ON e.seq = k.event_seq WHERE e.doc = ?`, doc)
	if err != nil {
		return nil, err
	}
	before := map[merge.Place]int{}
	for _, p := range places {
		if before[merge.Place(p)], err = m.count(merge.Place(p)); err != nil {
			return nil, err
		}
	}
	for _, q := range []string{
		// an alias that leads to a record of the document, not first in its
		// incident, leads to that incident now (resolveID followed the
		// record; write turns an incident id that goes with its record
		// into an alias)
		`UPDATE incident_aliases SET id = (SELECT e.incident FROM events e WHERE e.id = incident_aliases.id)
			WHERE id IN (SELECT id FROM events WHERE doc = ? AND incident IS NOT NULL AND incident <> id)`,
		// and so does the id of such a record (it may have named an
		// incident once); the id of a record first in its incident goes
		// with the incident, and write keeps it then
		`INSERT INTO incident_aliases (old, id) SELECT id, incident FROM events
			WHERE doc = ? AND incident IS NOT NULL AND incident <> id
			ON CONFLICT (old) DO UPDATE SET id = excluded.id`,
		`UPDATE events SET merged = 0 WHERE incident IN (SELECT incident FROM events WHERE doc = ?)`,
		`DELETE FROM incidents WHERE id IN (SELECT incident FROM events WHERE doc = ?)`,
	} {
		if _, err := w.tx.ExecContext(w.ctx, q, doc); err != nil {
			return nil, fmt.Errorf("merge: %w", err)
		}
	}
	return before, nil
}

// mergePending groups again every pending record (events.merged = 0) with
// the records it may be grouped with, inside the writer's transaction.
// before holds the key counts (see merger.count) of place parts whose
// records were removed by the write, counted before.
func (w *writer) mergePending(before map[merge.Place]int) error {
	m, err := newMerger(w.ctx, w.tx, w.mc)
	if err != nil {
		return err
	}
	w.merged = m
	m.added = w.prepared
	m.lazy = !m.anyDecisions && !m.anyCorrections
	pending, err := m.seqs(qPending)
	if err != nil {
		return err
	}
	for _, p := range pending {
		m.pending[p] = true
	}
	if len(pending) == 0 && len(before) == 0 {
		return nil
	}
	if w.mergeTurn != nil {
		// a write that stored its documents beside others merges in
		// turn (keys.go): from here it reads what the merges before it
		// committed
		others, err := w.mergeTurn()
		if err != nil {
			return err
		}
		if others {
			w.mc.reset()
		}
		m.lk = w.lk
	}
	recs, err := m.load(pending)
	if err != nil {
		return err
	}
	// the parts that may lose keys: those the write removed records from,
	// and those the pending records were filed under before; any other
	// part the merge touches only gains keys, so a crowded one stays so
	shrink := make(map[merge.Place]bool, len(before))
	for p := range before {
		shrink[p] = true
	}
	if before == nil {
		before = map[merge.Place]int{}
	}
	// the place parts the pending records leave and enter, counted before
	var places []merge.Place
	seqs := make([]int64, len(recs))
	for i, r := range recs {
		seqs[i] = m.seqOf[r]
		for _, k := range r.Keys() {
			places = append(places, k.Place)
		}
	}
	for rest := seqs; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		old, err := m.seqs(qPlacesIn[len(args)], args...)
		if err != nil {
			return err
		}
		for _, p := range old {
			places = append(places, merge.Place(p))
			shrink[merge.Place(p)] = true
		}
	}
	var uncounted []merge.Place
	for _, p := range places {
		if _, ok := before[p]; !ok && !m.cache.isCrowded(p) {
			uncounted = append(uncounted, p)
		}
	}
	// beside other merges, the parts this merge files under are held
	// whole while they may not be crowded, then by the blocks filed in
	// (blocks.go)
	if err := m.lk.whole(uncounted, true); err != nil {
		return fmt.Errorf("merge: lock places: %w", err)
	}
	if err := m.readCounts(uncounted); err != nil {
		return err
	}
	for _, p := range places {
		m.touched[p] = true
		if _, ok := before[p]; !ok && !m.cache.isCrowded(p) {
			// a place known crowded stays so: nothing to count
			n, err := m.count(p)
			if err != nil {
				return err
			}
			before[p] = n
		}
	}
	if m.lk != nil {
		var keys []int64
		for _, r := range recs {
			for _, k := range r.Keys() {
				if n, ok := before[k.Place]; !ok || n > merge.LooseLimit {
					keys = append(keys, blockLockKey(k.Place, timeBlock(k.Bucket)))
				}
			}
		}
		if err := m.lk.take(keys, true); err != nil {
			return fmt.Errorf("merge: lock blocks: %w", err)
		}
	}
	// file them anew
	if err := m.file(recs); err != nil {
		return err
	}
	// from here on merge_keys stays as it is until the merge ends
	m.filed = true
	if m.lk == nil {
		m.refile(recs)
	}
	// undated records whose candidates change with a place's crowding
	seeds := recs
	places = make([]merge.Place, 0, len(before))
	for p, n := range before {
		if m.lk != nil && n > merge.LooseLimit {
			// crowded it stays, beside other merges (blocks.go): it is
			// held only by the blocks filed in, and not read whole
			continue
		}
		if n > merge.LooseLimit && !shrink[p] {
			// crowded it stays: nothing to count
			m.crowded[p] = true
			continue
		}
		places = append(places, p)
	}
	slices.Sort(places)
	if err := m.readBlocks(places); err != nil {
		return err
	}
	for _, p := range places {
		after, err := m.count(p)
		if err != nil {
			return err
		}
		if after > merge.LooseLimit {
			m.crowded[p] = true
		}
		if (before[p] > merge.LooseLimit) == (after > merge.LooseLimit) {
			continue
		}
		lookers, err := m.seqs(qLookers, placeArg(p))
		if err != nil {
			return err
		}
		more, err := m.load(lookers)
		if err != nil {
			return err
		}
		seeds = append(seeds, more...)
	}
	if len(seeds) == 0 {
		return nil
	}
	docs := make([]string, len(seeds))
	for i, r := range seeds {
		docs[i] = r.Doc
	}
	if err := m.readSiblings(docs); err != nil {
		return err
	}
	if !m.anyDecisions {
		// no decision to follow: the component stops at the records
		// grouping leaves alone (see merge.Gather)
		comp, edges, alone, err := merge.Gather(seeds, m, maxComponent)
		if err != nil {
			return err
		}
		return m.write(comp, merge.GroupGathered(comp, edges, nil, alone))
	}
	comp, edges, err := merge.Component(seeds, m, maxComponent)
	if err != nil {
		return err
	}
	decisions, err := m.groupDecisions(comp)
	if err != nil {
		return err
	}
	return m.write(comp, merge.Group(comp, edges, decisions))
}

// refile holds the keys of the place parts the merge just filed recs
// under (or took them from) whose keys the store's cache holds as the last
// merge committed them: those keys less the records', plus the records'
// new ones, as block would read them, instead of reading the parts again.
// (The cache holds a part whole or not at all, and forgets every part when
// a write deletes records; beside other merges it holds none.)
func (m *merger) refile(recs []*merge.Record) {
	filed := make(map[int64]bool, len(recs))
	added := map[merge.Place][]blockKey{}
	for _, r := range recs {
		seq := m.seqOf[r]
		filed[seq] = true
		for _, k := range r.Keys() {
			added[k.Place] = append(added[k.Place], blockKey{bucket: k.Bucket, seq: seq})
		}
	}
	for p := range m.touched {
		if _, ok := m.blocks[p]; ok || m.cache.isBig(p) {
			continue
		}
		old := m.cache.block(p)
		if old == nil {
			continue
		}
		keys := make([]blockKey, 0, len(old)+len(added[p]))
		for _, k := range old {
			if !filed[k.seq] {
				keys = append(keys, k)
			}
		}
		keys = append(keys, added[p]...)
		// in qBlock's order, each key once (merge_keys is a set)
		slices.SortFunc(keys, func(x, y blockKey) int {
			return cmp.Or(cmp.Compare(x.bucket, y.bucket), cmp.Compare(x.seq, y.seq))
		})
		m.readBlock(p, slices.Compact(keys))
	}
}

// file writes the records' block keys, and their looks when undated,
// replacing those filed before, and the merge record of each record that
// has none yet (mergerecords.go): a few statements for all of them.
func (m *merger) file(recs []*merge.Record) error {
	// (a record this write added has no keys or looks filed yet: its
	// rows go with their event, and a new event has none)
	var seqs []int64
	var keys, looks, stored []any
	var seen []merge.Place
	for _, r := range recs {
		seq := m.seqOf[r]
		if _, ok := m.added[seq]; !ok {
			seqs = append(seqs, seq)
		}
		for _, k := range r.Keys() {
			keys = append(keys, placeArg(k.Place), k.Bucket, seq)
		}
		if !m.stored[seq] {
			// what merging weighs of it, beside its keys (kept when
			// stored already: a record does not change while its seq
			// lives)
			stored = append(stored, seq, appendMergeRecord(nil, r))
		}
		if r.Loose() {
			// each part once: a record's looks share the part that
			// answers them (its cell, for the nine cells around it)
			seen = seen[:0]
			for _, p := range r.Probes() {
				for _, part := range [2]merge.Place{p.Place, p.Own} {
					if !slices.Contains(seen, part) {
						seen = append(seen, part)
						looks = append(looks, placeArg(part), seq)
					}
				}
			}
		}
	}
	for rest := seqs; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		for _, q := range []string{qDelKeysIn[len(args)], qDelLookersIn[len(args)]} {
			if err := m.exec(q, args...); err != nil {
				return fmt.Errorf("merge: file records: %w", err)
			}
		}
	}
	if err := m.insert(insKeys, 3, keys); err != nil {
		return fmt.Errorf("merge: file records: %w", err)
	}
	if err := m.insert(insLookers, 2, looks); err != nil {
		return fmt.Errorf("merge: file records: %w", err)
	}
	if err := m.insert(insRecords, 2, stored); err != nil {
		return fmt.Errorf("merge: file records: %w", err)
	}
	return nil
}

// insert writes rows (width values each, one after the other) into one of
// insTables with multi-row INSERTs of the prepared sizes; a statement's
// last rows are repeated to fill its size, which ON CONFLICT DO NOTHING
// drops (each of these tables is a set).
func (m *merger) insert(head string, width int, vals []any) error {
	for len(vals) > 0 {
		rows := len(vals) / width
		size := insSizes[len(insSizes)-1]
		for _, n := range insSizes {
			if rows <= n {
				size = n
				break
			}
		}
		take := min(rows, size) * width
		args := vals[:take]
		if take < size*width {
			args = make([]any, 0, size*width)
			args = append(args, vals[:take]...)
			last := vals[take-width : take]
			for len(args) < size*width {
				args = append(args, last...)
			}
		}
		if err := m.exec(insertSQL(head, width, size), args...); err != nil {
			return err
		}
		vals = vals[take:]
	}
	return nil
}

// groupDecisions returns the decisions between records of the component,
// oldest first, as merge.Group takes them.
func (m *merger) groupDecisions(comp []*merge.Record) ([]merge.Decision, error) {
	if !m.anyDecisions {
		return nil, nil
	}
	docs := make([]string, len(comp))
	for i, r := range comp {
		docs[i] = r.Doc
	}
	ds, err := m.decisionsOf(docs)
	if err != nil {
		return nil, err
	}
	var out []merge.Decision
	for _, d := range ds {
		a, b := resolveAmong(comp, d.a), resolveAmong(comp, d.b)
		if a != nil && b != nil && a != b {
			out = append(out, merge.Decision{A: a.Key, B: b.Key, Together: d.together})
		}
	}
	return out, nil
}

// write replaces the incidents of the component's records with the groups.
func (m *merger) write(comp []*merge.Record, groups [][]*merge.Record) error {
	ctx, tx := m.ctx, m.tx
	if err := m.sendEdges(); err != nil {
		return err
	}
	if err := m.readIncidents(m.recordSeqs(comp)); err != nil {
		return err
	}
	in := make(map[*merge.Record]bool, len(comp))
	for _, r := range comp {
		in[r] = true
	}
	// the incidents the records were in, and who else was in them
	old := map[string][]int64{}
	var oldIDs []string
	for _, r := range comp {
		if id := m.incident[m.seqOf[r]]; id != "" {
			if _, ok := old[id]; !ok {
				oldIDs = append(oldIDs, id)
			}
			old[id] = append(old[id], m.seqOf[r])
		}
	}
	slices.Sort(oldIDs)
	// a group that is an incident as it was, of records none of which
	// changed, is left as it is
	members, err := m.membersOf(oldIDs)
	if err != nil {
		return err
	}
	unchanged := func(g []*merge.Record) bool {
		ms, ok := members[g[0].Key]
		if !ok || len(ms) != len(g) {
			return false
		}
		for _, r := range g {
			seq := m.seqOf[r]
			if m.pending[seq] || m.incident[seq] != g[0].Key {
				return false
			}
		}
		return true
	}
	keep := map[string]bool{}
	for _, g := range groups {
		if unchanged(g) {
			keep[g[0].Key] = true
		}
	}
	// an incident whose id a changed group keeps (its first report's
	// record leads it still: a copy joined, a record left) is rewritten
	// in its row, not deleted and inserted again (see updateIncidents)
	rewritten := make(map[string]bool, len(groups))
	for _, g := range groups {
		if !keep[g[0].Key] {
			rewritten[g[0].Key] = true
		}
	}
	var leftover []int64
	var gone, kept []string
	for _, id := range oldIDs {
		for _, s := range members[id] {
			if r := m.bySeq[s]; r == nil || !in[r] {
				leftover = append(leftover, s) // cut off by maxComponent
			}
		}
		switch {
		case rewritten[id]:
			kept = append(kept, id)
		case !keep[id]:
			gone = append(gone, id)
		}
	}
	rows, err := m.incidentRows(kept)
	if err != nil {
		return err
	}
	for _, id := range kept {
		if _, ok := rows[id]; !ok {
			gone = append(gone, id) // (no row of its own: written anew)
		}
	}
	slices.Sort(gone)
	// (an IN list of them: the rows and what their triggers change are
	// the same, whatever the order they go in)
	for rest := gone; len(rest) > 0; {
		var args []any
		// (a few a statement: see journalRows)
		k := min(len(rest), journalRows)
		args, _ = padChunk(rest[:k], "") // no incident has the empty id
		rest = rest[k:]
		if err := m.exec(qDelIncidentsIn[len(args)], args...); err != nil {
			return fmt.Errorf("merge: replace incidents: %w", err)
		}
	}
	groupOf := map[int64]string{}
	var changed [][]*merge.Record
	for _, g := range groups {
		for _, r := range g {
			groupOf[m.seqOf[r]] = g[0].Key
		}
		if !keep[g[0].Key] {
			changed = append(changed, g)
		}
	}
	// the events of the groups written are made of their records: whole
	// those the heads read whole, the confidence of the others
	if err := m.forHeads(changed); err != nil {
		return err
	}
	if err := m.storeIncidentsOver(changed, m.makeIncidents(changed), rows); err != nil {
		return err
	}
	// records cut off stand alone until next touched
	leftRecs, err := m.load(leftover)
	if err != nil {
		return err
	}
	if err := m.whole(leftRecs); err != nil {
		return err
	}
	for _, r := range leftRecs {
		if err := m.writeIncident([]*merge.Record{r}); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET merged = 0 WHERE seq = ?`, m.seqOf[r]); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
	}
	if err := m.sendKeys(); err != nil {
		return err
	}
	// an id that is an incident's again leads nowhere else
	if err := m.dropAliases(); err != nil {
		return err
	}
	// an id that is gone, with its record, leads to the incident holding
	// most of its records (one whose record is stored leads to the
	// record's incident: resolveID)
	heads := make(map[string]bool, len(groups))
	for _, g := range groups {
		heads[g[0].Key] = true
	}
	for _, id := range oldIDs {
		if heads[id] {
			continue // still an incident's id
		}
		var inc sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT incident FROM events WHERE id = ?`, id).Scan(&inc)
		if err == nil {
			continue // its record is stored
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("merge: alias %s: %w", id, err)
		}
		votes := map[string]int{}
		for _, s := range old[id] {
			votes[groupOf[s]]++
		}
		target := ""
		for _, g := range groups {
			if votes[g[0].Key] > votes[target] {
				target = g[0].Key
			}
		}
		if target == "" || target == id {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO incident_aliases (old, id) VALUES (?, ?)
			ON CONFLICT (old) DO UPDATE SET id = excluded.id`, id, target); err != nil {
			return fmt.Errorf("merge: alias %s: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE incident_aliases SET id = ? WHERE id = ?`, target, id); err != nil {
			return fmt.Errorf("merge: alias %s: %w", id, err)
		}
	}
	return nil
}

// dropAliases removes the aliases of the ids written since the last call
// (an id that names an incident again is no longer an alias).
func (m *merger) dropAliases() error {
	ids := m.written
	m.written = m.written[:0]
	for len(ids) > 0 {
		args, rest := padChunk(ids, "") // (no incident has the empty id)
		if err := m.exec(qDelAliasIn[len(args)], args...); err != nil {
			return fmt.Errorf("merge: aliases: %w", err)
		}
		ids = rest
	}
	return nil
}

// madeIncident is the event of a group as writeIncident stores it: the
// event, its stored record, and the keys of its actors (incident_actors).
// For an incident of several records, ev is its head and sum the summary
// of its notes (members.go); sources counts its sources.
type madeIncident struct {
	ev      sitrep.Event
	sum     any // incidents.summary
	sources int
	rec     []byte
	keys    []string
	err     error
}

// makeIncident makes the event of a group, its record and actor keys, as
// stored when no analyst's correction applies to it.
func makeIncident(g []*merge.Record) *madeIncident {
	ev, sum := merge.Head(g)
	return madeOf(ev, sum, g)
}

// madeOf finishes a group's event (its head, perhaps corrected): its
// record, summary, sources and actor keys.
func madeOf(ev sitrep.Event, sum *merge.Summary, g []*merge.Record) *madeIncident {
	x := &madeIncident{ev: ev, sources: sourceCount(&ev, g)}
	if x.sum, x.err = encodeSummary(sum); x.err != nil {
		return x
	}
	if x.rec, x.err = encodeEvent(&x.ev); x.err != nil {
		return x
	}
	x.keys = incidentActorKeys(&x.ev, g)
	return x
}

// incidentActorKeys returns the actor keys of an incident: of its own
// actors and of those of its records.
func incidentActorKeys(ev *sitrep.Event, g []*merge.Record) []string {
	names := make([]string, 0, 2+2*len(g))
	names = append(names, ev.Actor1, ev.Actor2)
	for _, r := range g {
		names = append(names, r.Event.Actor1, r.Event.Actor2)
	}
	return actorkey.Keys(names...)
}

// minParallelIncidents is the fewest groups makeIncidents makes on every
// CPU: for fewer, starting goroutines costs more than it saves.
var minParallelIncidents = 16

// makeIncidents makes the events of groups about to be written on every
// CPU at once, before the writer (one goroutine) stores them one by one:
// merging the records of a group, encoding the event and its actor keys
// are functions of the group alone, so where they run changes nothing.
// The i-th result is groups[i]'s, nil for one writeIncident makes itself:
// all of them when an analyst's correction may apply (corrections are
// read inside the transaction), or when there are few.
func (m *merger) makeIncidents(groups [][]*merge.Record) []*madeIncident {
	out := make([]*madeIncident, len(groups))
	if m.anyCorrections || len(groups) < minParallelIncidents {
		return out
	}
	onEveryCPU(len(groups), func(i int) { out[i] = makeIncident(groups[i]) })
	return out
}

// writeIncident stores the event of a group and points its records at it.
func (m *merger) writeIncident(g []*merge.Record) error {
	return m.storeIncident(g, nil)
}

// storeIncident is writeIncident with the group's event made already
// (makeIncidents), or nil to make it here.
func (m *merger) storeIncident(g []*merge.Record, made *madeIncident) error {
	return m.storeIncidents([][]*merge.Record{g}, []*madeIncident{made})
}

// madeHere makes the event of a group as storeIncident stores it, with
// the analysts' corrections that apply to it (read in the transaction).
func (m *merger) madeHere(g []*merge.Record) (*madeIncident, error) {
	ev, sum := merge.Head(g)
	cs, err := m.correctionsFor(g)
	if err != nil {
		return nil, err
	}
	if len(cs) > 0 {
		if len(g) == 1 {
			// the record itself is shared with the cache: change a copy
			ev.Notes = slices.Clone(ev.Notes)
			ev.Corrections = nil
		}
		applyCorrections(&ev, cs)
	}
	return madeOf(ev, sum, g), nil
}

// storeIncidents stores the events of groups (made[i] is groups[i]'s, or
// nil to make it here) and points their records at them, as
// storeIncident would one after the other, in a few statements for all
// of them: the incidents in multi-row INSERTs, in the groups' order (so
// they take the seqs they took one by one), and the records' incident in
// UPDATEs from a list of (record, incident) pairs. (Which statement sets
// a record's incident does not matter: no trigger of incidents reads it.)
func (m *merger) storeIncidents(groups [][]*merge.Record, made []*madeIncident) error {
	return m.storeIncidentsOver(groups, made, nil)
}

// storeIncidentsOver is storeIncidents where the incidents of ids in
// rows are stored already: those are rewritten in their rows
// (updateIncidents), the others inserted.
func (m *merger) storeIncidentsOver(groups [][]*merge.Record, made []*madeIncident, rows map[string]*incidentRow) error {
	if len(groups) == 0 {
		return nil
	}
	var seqs []int64
	for _, g := range groups {
		seqs = append(seqs, m.recordSeqs(g)...)
	}
	if err := m.readIncidents(seqs); err != nil {
		return err
	}
	all := make([]*madeIncident, len(groups))
	for i, g := range groups {
		x := made[i]
		if x == nil {
			var err error
			if x, err = m.madeHere(g); err != nil {
				return err
			}
		}
		if x.err != nil {
			return x.err
		}
		all[i] = x
	}
	seqOf := make(map[string]int64, len(all))
	var fresh, over []*madeIncident
	for _, x := range all {
		if rows[x.ev.ID] != nil {
			over = append(over, x)
		} else {
			fresh = append(fresh, x)
		}
	}
	for rest := fresh; len(rest) > 0; {
		n := incidentRows[0]
		for _, k := range incidentRows {
			if k <= len(rest) {
				n = k
			}
		}
		args := make([]any, 0, n*incidentCols)
		for _, x := range rest[:n] {
			args = append(args, incidentArgs(x)...)
		}
		if err := m.insertIncidents(n, args, seqOf); err != nil {
			return fmt.Errorf("merge: write incident %s: %w", rest[0].ev.ID, err)
		}
		rest = rest[n:]
	}
	if err := m.updateIncidents(over, rows, seqOf); err != nil {
		return err
	}
	// the records already in an incident of this id, and merged, stay as
	// they are: a story told again rewrites its incident, not its rows
	var pairs []int64Pair
	for i, g := range groups {
		id := all[i].ev.ID
		seq, ok := seqOf[id]
		if !ok {
			return fmt.Errorf("merge: write incident %s: no seq returned", id)
		}
		if r := rows[id]; r != nil {
			m.writeKeys(seq, newKeys(all[i].keys, r.keys))
		} else {
			m.writeKeys(seq, all[i].keys)
		}
		m.written = append(m.written, id)
		start := len(pairs)
		for _, r := range g {
			if seq := m.seqOf[r]; m.pending[seq] || m.incident[seq] != id {
				pairs = append(pairs, int64Pair{seq, id})
			}
		}
		slices.SortFunc(pairs[start:], func(a, b int64Pair) int { return cmp.Compare(a.seq, b.seq) })
	}
	for rest := pairs; len(rest) > 0; {
		// (a record's row and its two indexes a pair: see journalRows)
		size := inSize(min(len(rest), 4*journalRows))
		n := min(len(rest), size)
		args := make([]any, 0, 2*size)
		for i := range size {
			// the last pair repeated fills the statement: the same row
			// set to the same incident
			p := rest[min(i, n-1)]
			args = append(args, p.seq, p.id)
		}
		if err := m.exec(qSetIncidentsOf[size], args...); err != nil {
			return fmt.Errorf("merge: write incident %s: %w", rest[0].id, err)
		}
		rest = rest[n:]
	}
	return nil
}

// incidentArgs are the values of an incident's columns, in the order
// of qInsIncidents.
func incidentArgs(x *madeIncident) []any {
	ev := &x.ev
	var country, lat, lon, location, admin1 any
	if l := ev.Location; l != nil {
		country, location, admin1 = nullString(l.Country), nullString(l.Name), nullString(l.Admin1)
		if l.HasPoint() {
			lat, lon = *l.Lat, *l.Lon
		}
	}
	return []any{ev.ID, nullString(string(ev.Date)), ev.EventType, ev.SubEventType,
		country, lat, lon, x.sources, string(x.rec),
		nullInt(ev.Fatalities), location, admin1, ev.Actor1, ev.Actor2, ev.Deleted, x.sum}
}

// incidentRow is what updateIncidents reads of a stored incident: its
// seq, the columns an index or a trigger of incidents reads, as
// incidentArgs gives them (id, date, event_type, sub_event_type,
// country, lat, lon, sources; fatalities, location, admin1; deleted),
// and its actor keys.
type incidentRow struct {
	seq     int64
	indexed [12]any
	keys    []string
}

// incidentIndexed are the positions in incidentArgs of the columns of
// incidentRow.indexed.
var incidentIndexed = [12]int{0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 14}

// incidentRows reads the stored rows of incidents by id (those not
// stored are missing from the map).
func (m *merger) incidentRows(ids []string) (map[string]*incidentRow, error) {
	out := make(map[string]*incidentRow, len(ids))
	bySeq := map[int64]*incidentRow{}
	var seqs []int64
	for rest := ids; len(rest) > 0; {
		var args []any
		args, rest = padChunk(rest, "") // no incident has the empty id
		rows, err := m.query(qIncidentRowsIn[len(args)], args...)
		if err != nil {
			return nil, fmt.Errorf("merge: read incidents: %w", err)
		}
		for rows.Next() {
			var r incidentRow
			var id, typ, sub string
			var date, country, location, admin1 sql.Null[string]
			var lat, lon sql.Null[float64]
			var fatalities sql.Null[int64]
			var sources int
			var deleted bool
			if err := rows.Scan(&r.seq, &id, &date, &typ, &sub, &country, &lat, &lon, &sources,
				&fatalities, &location, &admin1, &deleted); err != nil {
				rows.Close()
				return nil, fmt.Errorf("merge: read incidents: %w", err)
			}
			r.indexed = [12]any{id, nullValue(date), typ, sub, nullValue(country), nullValue(lat), nullValue(lon), sources,
				nullValue(fatalities), nullValue(location), nullValue(admin1), deleted}
			out[id] = &r
			bySeq[r.seq] = &r
			seqs = append(seqs, r.seq)
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("merge: read incidents: %w", err)
		}
	}
	slices.Sort(seqs)
	for rest := seqs; len(rest) > 0; {
		var args []any
		args, rest = inChunk(rest)
		rows, err := m.query(qIncidentKeysIn[len(args)], args...)
		if err != nil {
			return nil, fmt.Errorf("merge: read incidents' actors: %w", err)
		}
		for rows.Next() {
			var seq int64
			var key string
			if err := rows.Scan(&seq, &key); err != nil {
				rows.Close()
				return nil, fmt.Errorf("merge: read incidents' actors: %w", err)
			}
			if r := bySeq[seq]; r != nil {
				r.keys = append(r.keys, key)
			}
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("merge: read incidents' actors: %w", err)
		}
	}
	return out, nil
}

// nullValue is the value of a nullable column as incidentArgs gives it:
// nil for NULL.
func nullValue[T any](n sql.Null[T]) any {
	if !n.Valid {
		return nil
	}
	return n.V
}

// sameValue reports whether a column's value as incidentArgs gives it is
// the stored one (as incidentRows reads it).
func sameValue(stored, v any) bool {
	return stored == v
}

// newKeys returns the keys of want not in had.
func newKeys(want, had []string) []string {
	var out []string
	for _, k := range want {
		if !slices.Contains(had, k) {
			out = append(out, k)
		}
	}
	return out
}

// updateIncidents rewrites the rows of incidents stored already (rows,
// by id) and notes their seqs. An incident that a copy joined keeps its
// date, type, place and toll, mostly: only its record, summary and
// actors change (perhaps its count of sources), and an UPDATE of those
// columns alone leaves alone the entries of the incidents' indexes and
// the totals their triggers keep, which a DELETE and an INSERT both
// rewrite (a page of each index, in a large store). Its actor keys lose
// those it no longer has; the new ones are written with the others'
// (storeIncidentsOver).
func (m *merger) updateIncidents(over []*madeIncident, rows map[string]*incidentRow, seqOf map[string]int64) error {
	for _, x := range over {
		r := rows[x.ev.ID]
		args := incidentArgs(x)
		same, sameSources := true, true
		for i, at := range incidentIndexed {
			if !sameValue(r.indexed[i], args[at]) {
				if at == 7 {
					sameSources = false
				} else {
					same = false
				}
			}
		}
		var err error
		switch {
		case same && sameSources:
			err = m.exec(qUpdIncidentRecord, args[8], args[15], args[12], args[13], r.seq)
		case same:
			err = m.exec(qUpdIncidentSources, args[8], args[15], args[12], args[13], args[7], r.seq)
		default:
			err = m.exec(qUpdIncident, append(args[1:], r.seq)...)
		}
		if err != nil {
			return fmt.Errorf("merge: write incident %s: %w", x.ev.ID, err)
		}
		for _, k := range r.keys {
			if !slices.Contains(x.keys, k) {
				if err := m.exec(qDelIncidentKey, r.seq, k); err != nil {
					return fmt.Errorf("merge: write incident %s: %w", x.ev.ID, err)
				}
			}
		}
		seqOf[x.ev.ID] = r.seq
	}
	return nil
}

// int64Pair is a record's seq and the id of the incident it is set to.
type int64Pair struct {
	seq int64
	id  string
}

// insertIncidents runs the INSERT of n incidents (args: incidentCols
// values each) and notes the seq each id was given.
func (m *merger) insertIncidents(n int, args []any, seqOf map[string]int64) error {
	rows, err := m.query(qInsIncidents[n], args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var id string
		if err := rows.Scan(&seq, &id); err != nil {
			return err
		}
		seqOf[id] = seq
	}
	return rows.Err()
}

// marks returns n comma-separated placeholders.
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// maxAliasHops bounds the aliases resolveID follows from one id.
const maxAliasHops = 16

// resolveID returns the id of the incident an id names: itself, or the
// incident an old id now leads to: the incident holding the record of that
// id (an incident id is its first record's id), or else, for an id whose
// record is gone, the one incident_aliases names, resolved in turn. The
// error wraps sitrep.ErrNotFound.
func resolveID(ctx context.Context, q queryer, id string) (string, error) {
	at := id
	for range maxAliasHops {
		var got string
		err := q.QueryRowContext(ctx, `SELECT id FROM incidents WHERE id = ?`, at).Scan(&got)
		if err == nil {
			return got, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("event %s: %w", id, err)
		}
		var inc sql.NullString
		err = q.QueryRowContext(ctx, `SELECT i.id FROM events e JOIN incidents i ON i.id = e.incident WHERE e.id = ?`, at).Scan(&inc)
		if err == nil && inc.Valid {
			return inc.String, nil
		}
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("event %s: %w", id, err)
		}
		err = q.QueryRowContext(ctx, `SELECT id FROM incident_aliases WHERE old = ?`, at).Scan(&got)
		if errors.Is(err, sql.ErrNoRows) || got == at {
			break
		}
		if err != nil {
			return "", fmt.Errorf("event %s: %w", id, err)
		}
		at = got
	}
	return "", fmt.Errorf("event %q: %w", id, sitrep.ErrNotFound)
}

// Event returns the event with an id (or an id it had before a merge or
// split renamed it); the error wraps sitrep.ErrNotFound when there is none.
func (s *Store) Event(ctx context.Context, id string) (*sitrep.Event, error) {
	got, err := resolveID(ctx, s.r, id)
	if err != nil {
		return nil, err
	}
	var rec, summary []byte
	if err := s.r.QueryRowContext(ctx, `SELECT record, summary FROM incidents WHERE id = ?`, got).Scan(&rec, &summary); err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	if summary != nil {
		// the head and its records as of one moment
		tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			return nil, fmt.Errorf("event %s: %w", id, err)
		}
		defer tx.Rollback()
		if err := tx.QueryRowContext(ctx, `SELECT record, summary FROM incidents WHERE id = ?`, got).Scan(&rec, &summary); err != nil {
			return nil, fmt.Errorf("event %s: %w", id, err)
		}
		if summary != nil {
			ev, err := expandWith(ctx, tx, got, rec, summary)
			return &ev, err
		}
	}
	ev, err := decodeEvent(rec)
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	return &ev, nil
}

// Decision is an analyst's stored word on two records, for display.
type Decision struct {
	Together bool
	A, B     string // "doc/record"
	At, Note string
}

// EventDetail is an event with the records it was merged from, each as
// its report gave it, and the decisions about them.
type EventDetail struct {
	Event     sitrep.Event
	Records   []sitrep.Event     // in the order the event lists its sources
	Documents []*sitrep.Document // the records' reports, in the same order
	// Why names, for each record after the first, what ties it to the
	// others: the comparison with the record it fits best, or a decision.
	Why       []string
	Decisions []Decision
}

// Detail returns an event with its records, their reports and why they
// were merged. The error wraps sitrep.ErrNotFound when no event has the id.
func (s *Store) Detail(ctx context.Context, id string) (*EventDetail, error) {
	got, err := resolveID(ctx, s.r, id)
	if err != nil {
		return nil, err
	}
	ev, err := s.Event(ctx, got)
	if err != nil {
		return nil, err
	}
	d := &EventDetail{Event: *ev}
	recs, err := s.incidentRecords(ctx, id, got)
	if err != nil {
		return nil, err
	}
	var docs []string
	for _, r := range recs {
		d.Records = append(d.Records, *r.Event)
		doc, err := s.Document(ctx, r.Doc)
		if err != nil {
			return nil, err
		}
		d.Documents = append(d.Documents, doc)
		docs = append(docs, r.Doc)
	}
	ds, err := readDecisions(ctx, s.r, docs)
	if err != nil {
		return nil, err
	}
	// a decision about one of the records, whatever event the other is in
	others := map[string][]*merge.Record{}
	among := func(e endpoint) (*merge.Record, error) {
		if r := resolveAmong(recs, e); r != nil && r.Doc == e.doc {
			return r, nil
		}
		rs, ok := others[e.doc]
		if !ok {
			evs, err := s.Records(ctx, e.doc)
			if err != nil {
				return nil, err
			}
			for i := range evs {
				rs = append(rs, merge.NewRecord(evs[i].ID, &sitrep.Document{ID: e.doc}, &evs[i]))
			}
			others[e.doc] = rs
		}
		return resolveAmong(rs, e), nil
	}
	mine := func(r *merge.Record) bool { return slices.Contains(recs, r) }
	var links []merge.Decision
	for _, x := range ds {
		a, err := among(x.a)
		if err != nil {
			return nil, err
		}
		b, err := among(x.b)
		if err != nil {
			return nil, err
		}
		if a == nil || b == nil || !mine(a) && !mine(b) {
			continue
		}
		d.Decisions = append(d.Decisions, Decision{Together: x.together, A: a.Doc + "/" + a.Key, B: b.Doc + "/" + b.Key, At: x.at, Note: x.note})
		links = append(links, merge.Decision{A: a.Key, B: b.Key, Together: x.together})
	}
	sibs := s.siblingRecords(ctx)
	apart := keptApart(ctx, s.r, sibs)
	for i, r := range recs {
		if i == 0 {
			continue
		}
		w, err := why(r, recs[:i], recs[i+1:], links, sibs, apart)
		if err != nil {
			return nil, err
		}
		d.Why = append(d.Why, w)
	}
	return d, nil
}

// incidentRecords returns the records of the incident got (resolved from
// id, which errors name), prepared for merging, in the incident's order.
func (s *Store) incidentRecords(ctx context.Context, id, got string) ([]*merge.Record, error) {
	return s.mergeRecords(ctx, "event "+id, `SELECT e.id, e.record, d.published, d.duplicate_of FROM events e
		JOIN documents d ON d.id = e.doc WHERE e.incident = ?`, got)
}

// siblingRecords returns a function that gives the records of a
// document, prepared for merging (read once each): what sibling support
// weighs.
func (s *Store) siblingRecords(ctx context.Context) func(doc string) ([]*merge.Record, error) {
	read := map[string][]*merge.Record{}
	return func(doc string) ([]*merge.Record, error) {
		if rs, ok := read[doc]; ok {
			return rs, nil
		}
		rs, err := s.mergeRecords(ctx, "document "+doc, `SELECT e.id, e.record, d.published, d.duplicate_of FROM events e
			JOIN documents d ON d.id = e.doc WHERE e.doc = ?`, doc)
		read[doc] = rs
		return rs, err
	}
}

// mergeRecords runs a query of record ids, records, publication days and
// copy groups, and prepares its records for merging, in an incident's
// order; what names the query in errors.
func (s *Store) mergeRecords(ctx context.Context, what, query string, arg any) ([]*merge.Record, error) {
	rows, err := s.r.QueryContext(ctx, query, arg)
	if err != nil {
		return nil, fmt.Errorf("%s: records: %w", what, err)
	}
	var recs []*merge.Record
	for rows.Next() {
		var rid string
		var rec []byte
		var published sql.NullString
		var dupOf string
		if err := rows.Scan(&rid, &rec, &published, &dupOf); err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: records: %w", what, err)
		}
		e, err := decodeEvent(rec)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: record %s: %w", what, rid, err)
		}
		recs = append(recs, merge.NewRecord(rid, &sitrep.Document{ID: e.Doc, Published: sitrep.Date(published.String), DuplicateOf: dupOf}, &e))
	}
	if err := rows.Close(); err != nil {
		return nil, fmt.Errorf("%s: records: %w", what, err)
	}
	slices.SortFunc(recs, merge.First)
	return recs, nil
}

// Comparison is how the merge rules weigh one record of an event against
// one record of another.
type Comparison struct {
	A, B      string // "doc/record"
	Candidate bool   // the rules would link the pair
	Verdict   string // every aspect's relation and weight (merge.Verdict)
	score     float64
}

// Compare weighs every record of event a against every record of event b
// as the merge rules do, the pairs that come closest to one incident
// first: why two events were kept apart (or, for two records of one
// event, what ties them). The error wraps sitrep.ErrNotFound when an id
// names no event.
func (s *Store) Compare(ctx context.Context, a, b string) ([]Comparison, error) {
	var sides [2][]*merge.Record
	for i, id := range []string{a, b} {
		got, err := resolveID(ctx, s.r, id)
		if err != nil {
			return nil, err
		}
		if sides[i], err = s.incidentRecords(ctx, id, got); err != nil {
			return nil, err
		}
	}
	var out []Comparison
	sibs := s.siblingRecords(ctx)
	apart := keptApart(ctx, s.r, sibs)
	for _, x := range sides[0] {
		for _, y := range sides[1] {
			if x.Key == y.Key {
				continue
			}
			v := merge.Compare(x, y)
			c := Comparison{A: x.Doc + "/" + x.Key, B: y.Doc + "/" + y.Key, Candidate: v.Candidate(), Verdict: v.String(), score: v.Score}
			if !c.Candidate {
				through, err := supportedBy(x, y, sibs, apart)
				if err != nil {
					return nil, err
				}
				if through != "" {
					c.Candidate = true
					c.Verdict += "; " + through
				}
			}
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(x, y Comparison) int {
		if x.Candidate != y.Candidate {
			if x.Candidate {
				return -1
			}
			return 1
		}
		return cmp.Compare(y.score, x.score)
	})
	return out, nil
}

// why says what ties r to the other records of its incident. sibs gives
// the records of a document, and apart the pairs an analyst kept apart,
// for a pair linked by sibling support.
func why(r *merge.Record, before, after []*merge.Record, links []merge.Decision, sibs func(doc string) ([]*merge.Record, error), apart func(x, y *merge.Record) (bool, error)) (string, error) {
	for i := len(links) - 1; i >= 0; i-- {
		l := links[i]
		if l.Together && (l.A == r.Key || l.B == r.Key) {
			return "joined by an analyst's decision", nil
		}
	}
	var best *merge.Record
	var bestV merge.Verdict
	others := slices.Concat(before, after)
	for _, o := range others {
		v := merge.Compare(r, o)
		if best == nil || !v.Blocked && (bestV.Blocked || v.Score > bestV.Score) {
			best, bestV = o, v
		}
	}
	if best == nil {
		return "", nil
	}
	if !bestV.Candidate() {
		// a pair sibling support links, if any
		for _, o := range others {
			through, err := supportedBy(r, o, sibs, apart)
			if err != nil {
				return "", err
			}
			if through != "" {
				return fmt.Sprintf("with %s (%s): %s; %s", o.Key, o.Doc, merge.Compare(r, o), through), nil
			}
		}
	}
	return fmt.Sprintf("with %s (%s): %s", best.Key, best.Doc, bestV), nil
}

// supportedBy names the pair that makes the reports of a and b siblings
// when sibling support links a and b (merge.Support), or gives "".
func supportedBy(a, b *merge.Record, sibs func(doc string) ([]*merge.Record, error), apart func(x, y *merge.Record) (bool, error)) (string, error) {
	if a.Doc == b.Doc {
		return "", nil
	}
	as, err := sibs(a.Doc)
	if err != nil {
		return "", err
	}
	bs, err := sibs(b.Doc)
	if err != nil {
		return "", err
	}
	x, y, ok, err := merge.Support(a, b, as, bs, apart)
	if err != nil || !ok {
		return "", err
	}
	return fmt.Sprintf("linked all the same: the two reports tell another incident alike (%s/%s ~ %s/%s)", x.Doc, x.Key, y.Doc, y.Key), nil
}

// keptApart returns what reports whether the latest analyst's decision
// about two records keeps them apart; q reads the decisions, and sibs
// gives a document's records, among which a decision's ends are found
// (as merging finds them: by record id, else by evidence).
func keptApart(ctx context.Context, q queryer, sibs func(doc string) ([]*merge.Record, error)) func(x, y *merge.Record) (bool, error) {
	return func(x, y *merge.Record) (bool, error) {
		ds, err := readDecisions(ctx, q, []string{x.Doc, y.Doc})
		if err != nil {
			return false, err
		}
		apart := false
		for _, d := range ds {
			if !(d.a.doc == x.Doc && d.b.doc == y.Doc || d.a.doc == y.Doc && d.b.doc == x.Doc) {
				continue
			}
			as, err := sibs(d.a.doc)
			if err != nil {
				return false, err
			}
			bs, err := sibs(d.b.doc)
			if err != nil {
				return false, err
			}
			a, b := resolveAmong(as, d.a), resolveAmong(bs, d.b)
			if a != nil && b != nil && (a.Key == x.Key && b.Key == y.Key || a.Key == y.Key && b.Key == x.Key) {
				apart = !d.together // the latest decision wins
			}
		}
		return apart, nil
	}
}

// KeptApart implements merge.ApartFinder: whether the latest decision
// about a and b keeps them in different incidents.
func (m *merger) KeptApart(a, b *merge.Record) (bool, error) {
	if !m.anyDecisions {
		return false, nil
	}
	return keptApart(m.ctx, m.tx, func(doc string) ([]*merge.Record, error) {
		seqs, err := m.seqs(qDocRecords, doc)
		if err != nil {
			return nil, err
		}
		return m.load(seqs)
	})(a, b)
}

// Split takes an event apart: into one event per source (a wire copy
// stays with its original) when docs is empty, else the records of the
// given documents into an event of their own. Each pair of records now in
// different parts is stored as a decision to keep them apart, which later
// merges and re-extractions keep. It returns the ids of the events the
// records are in afterwards.
func (s *Store) Split(ctx context.Context, id string, docs []string, note string) ([]string, error) {
	return s.decide(ctx, "split "+id, func(m *merger) ([][]*merge.Record, bool, error) {
		recs, err := m.incidentRecords(id)
		if err != nil {
			return nil, false, err
		}
		var parts [][]*merge.Record
		if len(docs) == 0 {
			bySource := map[string]int{}
			for _, r := range recs {
				i, ok := bySource[r.Source]
				if !ok {
					i = len(parts)
					bySource[r.Source] = i
					parts = append(parts, nil)
				}
				parts[i] = append(parts[i], r)
			}
		} else {
			out, rest := []*merge.Record{}, []*merge.Record{}
			for _, r := range recs {
				if slices.Contains(docs, r.Doc) {
					out = append(out, r)
				} else {
					rest = append(rest, r)
				}
			}
			if len(out) == 0 {
				return nil, false, fmt.Errorf("split %s: the event has no record of %s", id, strings.Join(docs, ", "))
			}
			parts = [][]*merge.Record{rest, out}
		}
		if len(parts) < 2 || len(parts[0]) == 0 {
			return nil, false, fmt.Errorf("split %s: the event has one source; nothing to split", id)
		}
		return parts, false, nil
	}, note)
}

// Join makes one event of several: every pair of their records is stored
// as a decision to keep them together, which later merges and
// re-extractions keep, whatever the rules say. It returns the id of the
// joined event.
func (s *Store) Join(ctx context.Context, ids []string, note string) (string, error) {
	if len(ids) < 2 {
		return "", errors.New("join: give two events or more")
	}
	out, err := s.decide(ctx, "join "+strings.Join(ids, " "), func(m *merger) ([][]*merge.Record, bool, error) {
		var parts [][]*merge.Record
		seen := map[string]bool{}
		for _, id := range ids {
			got, err := resolveID(m.ctx, m.tx, id)
			if err != nil {
				return nil, false, err
			}
			if seen[got] {
				return nil, false, fmt.Errorf("join: %s and another id name the same event %s", id, got)
			}
			seen[got] = true
			recs, err := m.incidentRecords(got)
			if err != nil {
				return nil, false, err
			}
			parts = append(parts, recs)
		}
		return parts, true, nil
	}, note)
	if err != nil {
		return "", err
	}
	if len(out) != 1 {
		return "", fmt.Errorf("join: the records ended in %d events (%s): an earlier split keeps some apart", len(out), strings.Join(out, ", "))
	}
	return out[0], nil
}

// incidentRecords loads the records of an incident (id or alias).
func (m *merger) incidentRecords(id string) ([]*merge.Record, error) {
	got, err := resolveID(m.ctx, m.tx, id)
	if err != nil {
		return nil, err
	}
	seqs, err := m.seqs(qIncidentMembers, got)
	if err != nil {
		return nil, err
	}
	recs, err := m.load(seqs)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(recs, merge.First)
	return recs, nil
}

// decide stores a decision between every two records of different parts
// (together or apart), regroups them, and returns the ids of the events
// the records end in, in the order of their first records.
func (s *Store) decide(ctx context.Context, what string, parts func(*merger) ([][]*merge.Record, bool, error), note string) ([]string, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: begin: %w", what, err)
	}
	defer tx.Rollback()
	m, err := newMerger(ctx, tx, s.mc)
	if err != nil {
		return nil, err
	}
	ps, together, err := parts(m)
	if err != nil {
		return nil, err
	}
	now := time.Now().UTC().Format(time.RFC3339)
	var all []*merge.Record
	for i, p := range ps {
		all = append(all, p...)
		for _, q := range ps[i+1:] {
			for _, a := range p {
				for _, b := range q {
					ea, eb := endpointOf(a), endpointOf(b)
					if _, err := tx.ExecContext(ctx, `INSERT INTO merge_decisions (together, a_doc, a_record, a_start, a_end,
						b_doc, b_record, b_start, b_end, at, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)`, together,
						ea.doc, ea.record, ea.start, ea.end, eb.doc, eb.record, eb.start, eb.end, now, note); err != nil {
						return nil, fmt.Errorf("%s: store decision: %w", what, err)
					}
				}
			}
		}
	}
	for _, r := range all {
		if _, err := tx.ExecContext(ctx, `UPDATE events SET merged = 0 WHERE seq = ?`, m.seqOf[r]); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
	}
	w := &writer{ctx: ctx, tx: tx, now: now, mc: s.mc, entry: NoEntry}
	if err := w.mergePending(nil); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	var out []string
	for _, r := range all {
		var inc string
		if err := tx.QueryRowContext(ctx, `SELECT incident FROM events WHERE seq = ?`, m.seqOf[r]).Scan(&inc); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if !slices.Contains(out, inc) {
			out = append(out, inc)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", what, err)
	}
	s.mc.keep(w.merged)
	return out, nil
}
