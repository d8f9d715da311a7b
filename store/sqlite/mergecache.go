package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/merge"
)

// mergeCache keeps what merging reads over and over from one write to the
// next: its statements, prepared once on the writing connection; the
// records it read lately, decoded (a record's text does not change while
// its seq lives); and the place parts known to be crowded (a place only
// becomes crowded as records come, until some are deleted). What a write
// read enters the cache only once the write has committed.
type mergeCache struct {
	mu      sync.Mutex
	stmts   map[string]*sql.Stmt
	recs    map[int64]*merge.Record
	partial map[int64]bool // records a lazy merge decoded only as far as merging compares them (merger.lazy)
	ring    []int64        // seqs in the order cached, to forget the oldest
	next    int
	crowded map[merge.Place]bool
	big     map[merge.Place]bool // place parts of more than blockLimit keys
	// blocks holds the keys of place parts as the last committed merge
	// that read them found them (up to blockCacheSize parts)
	blocks map[merge.Place][]blockKey
	// bodies holds records decoded lately from merge records, to make
	// the records of their copies from (decodeMergeRecordWith)
	bodies copyBodies
	// noBlocks is set when other processes may merge at once (an
	// engine's KeyLocks): the keys of a part may have changed since this
	// store's last merge read them, so they are not kept
	noBlocks bool
}

// blockCacheSize is how many place parts' keys the cache holds; past it,
// it starts again empty.
const blockCacheSize = 50000

// block returns the cached keys of a place part, or nil.
func (c *mergeCache) block(p merge.Place) []blockKey {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.noBlocks {
		return nil
	}
	return c.blocks[p]
}

// The queries merging runs, prepared when the store opens (a statement
// cannot be prepared on the writing connection while a write holds it).
const (
	qAnyDecision     = `SELECT EXISTS (SELECT 1 FROM merge_decisions)`
	qCount           = `SELECT count(*) FROM (SELECT 1 FROM merge_keys WHERE place = ? LIMIT ?)`
	qFindRange       = `SELECT event_seq FROM merge_keys WHERE place = ? AND bucket BETWEEN ? AND ?`
	qBlock           = `SELECT bucket, event_seq FROM merge_keys WHERE place = ? ORDER BY bucket, event_seq LIMIT ?`
	qEdgesAll        = `SELECT chooser, chosen, score FROM merge_edges WHERE chooser = ? UNION ALL SELECT chooser, chosen, score FROM merge_edges WHERE chosen = ?`
	qIncidentMembers = `SELECT seq FROM events WHERE incident = ? ORDER BY seq`
	qDocRecords      = `SELECT seq FROM events WHERE doc = ?`
	qPending         = `SELECT seq FROM events WHERE merged = 0 ORDER BY seq`
	qLookers         = `SELECT event_seq FROM merge_lookers WHERE place = ?`
	qAnyCorrection   = `SELECT EXISTS (SELECT 1 FROM corrections WHERE undone_at IS NULL)`
)

// qIncidentsIn and qRecordsIn read records by seq, for each size of IN
// list inChunk makes; qChosenIn and qChosenOfIn the pairs records chose
// and were chosen in; qDocRecordsIn the records of documents.
var qIncidentsIn, qRecordsIn, qChosenIn, qChosenOfIn, qDocRecordsIn = func() (a, b, c, e, d map[int]string) {
	a, b, c, d, e = map[int]string{}, map[int]string{}, map[int]string{}, map[int]string{}, map[int]string{}
	for _, n := range inSizes {
		e[n] = `SELECT chooser, chosen, score FROM merge_edges WHERE chosen IN (` + marks(n) + `)`
		d[n] = `SELECT doc, seq FROM events WHERE doc IN (` + marks(n) + `)`
		a[n] = `SELECT seq, incident FROM events WHERE seq IN (` + marks(n) + `)`
		b[n] = `SELECT e.seq, e.id, e.doc, e.incident, e.record, d.published, d.duplicate_of
			FROM events e JOIN documents d ON d.id = e.doc WHERE e.seq IN (` + marks(n) + `)`
		c[n] = `SELECT chooser, chosen, score FROM merge_edges WHERE chooser IN (` + marks(n) + `)`
	}
	return a, b, c, e, d
}()

// qConfidencesIn reads the confidence of records, for each size of IN
// list inChunk makes.
var qConfidencesIn = func() map[int]string {
	a := map[int]string{}
	for _, n := range inSizes {
		a[n] = `SELECT seq, confidence FROM events WHERE seq IN (` + marks(n) + `)`
	}
	return a
}()

// qCountsIn and qBlocksIn are qCount and qBlock for several place parts
// in one statement, for each size of chunk padChunk makes: the place of
// the i-th part is parameter ?i (from 1), the limit the last; each row
// starts with the part's index (from 0). A part's rows come in any order.
var qCountsIn, qBlocksIn = func() (a, b map[int]string) {
	a, b = map[int]string{}, map[int]string{}
	for _, n := range inSizes {
		var counts, blocks []string
		for i := range n {
			counts = append(counts, fmt.Sprintf(`SELECT %d, count(*) FROM (SELECT 1 FROM merge_keys WHERE place = ?%d LIMIT ?%d)`, i, i+1, n+1))
			blocks = append(blocks, fmt.Sprintf(`SELECT %d, bucket, event_seq FROM (SELECT bucket, event_seq FROM merge_keys WHERE place = ?%d ORDER BY bucket, event_seq LIMIT ?%d)`, i, i+1, n+1))
		}
		a[n] = strings.Join(counts, " UNION ALL ")
		b[n] = strings.Join(blocks, " UNION ALL ")
	}
	return a, b
}()

// qRangesIn reads the records filed in ranges of buckets of place parts,
// qFindRange for several ranges in one statement, for each size of chunk
// in inSizes: the place, first and last bucket of the i-th range are
// parameters ?3i+1 to ?3i+3; each row is the range's index, the bucket
// and the record.
var qRangesIn = func() map[int]string {
	a := map[int]string{}
	for _, n := range inSizes {
		var parts []string
		for i := range n {
			parts = append(parts, fmt.Sprintf(`SELECT %d, bucket, event_seq FROM merge_keys WHERE place = ?%d AND bucket BETWEEN ?%d AND ?%d`, i, 3*i+1, 3*i+2, 3*i+3))
		}
		a[n] = strings.Join(parts, " UNION ALL ")
	}
	return a
}()

// qMembersIn reads the records of incidents, for each size of IN list
// padChunk makes.
var qMembersIn = func() map[int]string {
	a := map[int]string{}
	for _, n := range inSizes {
		a[n] = `SELECT incident, seq FROM events WHERE incident IN (` + marks(n) + `)`
	}
	return a
}()

// The tables merging writes many rows of at once: a multi-row INSERT of
// each shape in insSizes is prepared (see merger.insert).
const (
	insKeys    = `INSERT INTO merge_keys (place, bucket, event_seq)`
	insLookers = `INSERT INTO merge_lookers (place, event_seq)`
	insEdges   = `INSERT INTO merge_edges (chooser, chosen, score)`
	insActors  = `INSERT INTO incident_actors (key, incident)`
)

// insTables gives the columns of each multi-row INSERT.
var insTables = []struct {
	head  string
	width int
}{{insKeys, 3}, {insLookers, 2}, {insEdges, 3}, {insActors, 2}, {insRecords, 2}}

// insSizes are the row counts of the multi-row INSERTs.
var insSizes = []int{1, 4, 16, 64}

// insertSQL is the multi-row INSERT of n rows under head, of width columns.
// A key already stored is left as it is (each of these tables is a set).
func insertSQL(head string, width, n int) string {
	row := "(" + marks(width) + ")"
	return head + " VALUES " + strings.TrimSuffix(strings.Repeat(row+",", n), ",") + " ON CONFLICT DO NOTHING"
}

// qDelKeysIn, qDelLookersIn and qDelChosenIn remove the keys, looks and
// chosen pairs of records, for each size of IN list inChunk makes.
var qDelKeysIn, qDelLookersIn, qDelChosenIn = func() (a, b, c map[int]string) {
	a, b, c = map[int]string{}, map[int]string{}, map[int]string{}
	for _, n := range inSizes {
		a[n] = `DELETE FROM merge_keys WHERE event_seq IN (` + marks(n) + `)`
		b[n] = `DELETE FROM merge_lookers WHERE event_seq IN (` + marks(n) + `)`
		c[n] = `DELETE FROM merge_edges WHERE chooser IN (` + marks(n) + `)`
	}
	return a, b, c
}()

// qPlacesIn and qDelAliasIn are the place parts records are filed under
// and the removal of aliases, for each size of IN list inChunk makes.
var qPlacesIn, qDelAliasIn = func() (a, c map[int]string) {
	a, c = map[int]string{}, map[int]string{}
	for _, n := range inSizes {
		a[n] = `SELECT DISTINCT place FROM merge_keys WHERE event_seq IN (` + marks(n) + `)`
		c[n] = `DELETE FROM incident_aliases WHERE old IN (` + marks(n) + `)`
	}
	return a, c
}()

// qInsIncidents inserts incidents, incidentCols values each, for each
// count of incidentRows (storeIncidents), and returns the seq each id
// was given; qDelIncidentsIn removes incidents, for each size of IN list
// padChunk makes; qSetIncidentsOf sets the incident of records from a
// list of (seq, incident) pairs, for each size of list in inSizes.
var qInsIncidents, qDelIncidentsIn, qSetIncidentsOf = func() (a, b, c map[int]string) {
	a, b, c = map[int]string{}, map[int]string{}, map[int]string{}
	row := "(" + marks(incidentCols) + ")"
	for _, n := range incidentRows {
		a[n] = `INSERT INTO incidents (id, date, event_type, sub_event_type, country, lat, lon, sources, record, fatalities, location, admin1, actor1, actor2, deleted, summary) VALUES ` +
			strings.TrimSuffix(strings.Repeat(row+",", n), ",") + ` RETURNING seq, id`
	}
	for _, n := range inSizes {
		b[n] = `DELETE FROM incidents WHERE id IN (` + marks(n) + `)`
		// CAST: PostgreSQL reads an untyped parameter of VALUES as text
		pair := "(CAST(? AS BIGINT), CAST(? AS TEXT))"
		c[n] = `UPDATE events SET incident = v.column2, merged = 1 FROM (VALUES ` +
			strings.TrimSuffix(strings.Repeat(pair+",", n), ",") + `) AS v WHERE events.seq = v.column1`
	}
	return a, b, c
}()

// qEventRecordsIn reads records whole by seq (merger.whole), for each
// size of IN list inChunk makes.
var qEventRecordsIn = func() map[int]string {
	a := map[int]string{}
	for _, n := range inSizes {
		a[n] = `SELECT seq, record FROM events WHERE seq IN (` + marks(n) + `)`
	}
	return a
}()

// qIncidentRowsIn and qIncidentKeysIn read what updateIncidents reads of
// stored incidents, by id and by seq, for each size of IN list padChunk
// makes. qUpdIncidentRecord, qUpdIncidentSources and qUpdIncident rewrite
// an incident in its row: its record, summary and actors; those and its
// count of sources; every column but its id.
var qIncidentRowsIn, qIncidentKeysIn = func() (a, b map[int]string) {
	a, b = map[int]string{}, map[int]string{}
	for _, n := range inSizes {
		a[n] = `SELECT seq, id, date, event_type, sub_event_type, country, lat, lon, sources, fatalities, location, admin1, deleted
			FROM incidents WHERE id IN (` + marks(n) + `)`
		b[n] = `SELECT incident, key FROM incident_actors WHERE incident IN (` + marks(n) + `)`
	}
	return a, b
}()

const (
	qUpdIncidentRecord  = `UPDATE incidents SET record = ?, summary = ?, actor1 = ?, actor2 = ? WHERE seq = ?`
	qUpdIncidentSources = `UPDATE incidents SET record = ?, summary = ?, actor1 = ?, actor2 = ?, sources = ? WHERE seq = ?`
	qUpdIncident        = `UPDATE incidents SET date = ?, event_type = ?, sub_event_type = ?, country = ?, lat = ?, lon = ?,
		sources = ?, record = ?, fatalities = ?, location = ?, admin1 = ?, actor1 = ?, actor2 = ?, deleted = ?, summary = ? WHERE seq = ?`
	qDelIncidentKey = `DELETE FROM incident_actors WHERE incident = ? AND key = ?`
)

// incidentCols are the columns of an incident qInsIncidents writes;
// incidentRows the counts of incidents one statement writes (up to
// journalRows).
const incidentCols = 16

var incidentRows = []int{1, 4, journalRows}

// journalRows is the most incidents one statement inserts or deletes:
// an incident is a row in a dozen indexes and in the day and cell totals
// of triggers, each change on a page of its own once the store is large.
// Inside a transaction SQLite saves every page a statement changes to
// the statement's journal (kept in memory, temp_store), in chunks of
// about a kilobyte, and frees them all when the statement ends; the
// pure-Go allocator keeps 4 MiB a size class of what is freed committed,
// and hands the rest back to the system (madvise), to be faulted in again
// by the next statement. With 64 incidents a statement (and 128 deleted)
// a journal held up to a thousand pages or more once rows no longer
// shared pages, so its cost grew with the store: profiling 10,000 more
// generated reports into a store of 40,000, the journal's chunks took 17
// s of the 93 s sampled (9 s of it madvise), against 2 s of 31 into an
// empty store. Eight keep a statement's journal to about a hundred pages
// whatever the store holds; the records' incidents are set 32 to a
// statement (a row and two indexes each). The rows written are the same.
const journalRows = 8

// mergeQueries lists every query prepared at open.
func mergeQueries() []string {
	qs := []string{qAnyDecision, qAnyCorrection, qCount, qFindRange, qBlock, qEdgesAll, qIncidentMembers,
		qDocRecords, qPending, qLookers, qUpdIncidentRecord, qUpdIncidentSources, qUpdIncident, qDelIncidentKey,
		qInsActorKey}
	for _, n := range inSizes {
		qs = append(qs, qCountsIn[n], qBlocksIn[n], qMembersIn[n], qRangesIn[n], qConfidencesIn[n])
		qs = append(qs, qIncidentsIn[n], qRecordsIn[n], qChosenIn[n], qChosenOfIn[n], qDocRecordsIn[n], qDelKeysIn[n], qDelLookersIn[n], qDelChosenIn[n], qPlacesIn[n], qDelAliasIn[n])
		qs = append(qs, qDelIncidentsIn[n], qSetIncidentsOf[n], qIncidentRowsIn[n], qIncidentKeysIn[n], qEventRecordsIn[n], qMergeRecordsIn[n])
	}
	for _, n := range incidentRows {
		qs = append(qs, qInsIncidents[n])
	}
	for _, t := range insTables {
		for _, n := range insSizes {
			qs = append(qs, insertSQL(t.head, t.width, n))
		}
	}
	return qs
}

// recordCacheSize is how many decoded records the cache keeps: the records
// a stream's new reports are compared with are mostly its recent ones,
// those of the last two batches or so (a batch of 1,024 generated reports
// holds about 1,800). A larger cache saves little reading, since most
// records a merge reads it reads for the first time, and the collector
// marks every record it holds at each collection, as often as the heap
// nears its limit: over the last 10,000 of 100,000 generated reports, into
// a store of the first 90,000, a cache of 20,000 held 36 MB of the live
// heap (138 MB against 97 MB into an empty store) and the run took 36
// collections; with 4,000, 25-27 (19 into an empty store, 22 before), for
// as little CPU or less (medians of three, 46.4 -> 44.9 s; with 100,000
// records no less CPU than with 20,000 either).
const recordCacheSize = 4000

// newMergeCache prepares the merge queries on the writing connection.
func newMergeCache(ctx context.Context, db *sql.DB) (*mergeCache, error) {
	c := &mergeCache{stmts: map[string]*sql.Stmt{}, recs: map[int64]*merge.Record{}, partial: map[int64]bool{},
		ring: make([]int64, 0, recordCacheSize), crowded: map[merge.Place]bool{}, big: map[merge.Place]bool{},
		blocks: map[merge.Place][]blockKey{}}
	for _, q := range mergeQueries() {
		s, err := db.PrepareContext(ctx, q)
		if err != nil {
			c.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		c.stmts[q] = s
	}
	return c, nil
}

// stmt returns the prepared statement of a query, or nil for a query that
// is not one of mergeQueries.
func (c *mergeCache) stmt(query string) *sql.Stmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stmts[query]
}

// record returns a cached record.
func (c *mergeCache) record(seq int64) (r *merge.Record, partial bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.recs[seq], c.partial[seq]
}

// madeWhole notes that a record the cache may hold partial was decoded
// whole (merger.whole), in its place.
func (c *mergeCache) madeWhole(seq int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.partial, seq)
}

// isCrowded reports a place part known to be crowded.
func (c *mergeCache) isCrowded(p merge.Place) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.crowded[p]
}

// isBig reports a place part known to hold more than blockLimit keys.
func (c *mergeCache) isBig(p merge.Place) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.big[p]
}

// keep takes in what a committed write read and found.
func (c *mergeCache) keep(m *merger) {
	if m == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for seq, r := range m.fresh {
		if _, ok := c.recs[seq]; ok {
			continue
		}
		if len(c.ring) < recordCacheSize {
			c.ring = append(c.ring, seq)
		} else {
			delete(c.recs, c.ring[c.next])
			delete(c.partial, c.ring[c.next])
			c.ring[c.next] = seq
			c.next = (c.next + 1) % recordCacheSize
		}
		c.recs[seq] = r
		if m.partial[seq] {
			c.partial[seq] = true
		}
	}
	for p, crowded := range m.crowded {
		if crowded {
			c.crowded[p] = true
		}
	}
	for p := range m.big {
		c.big[p] = true
	}
	// the keys a merge read after filing its records are the committed
	// ones; a part it changed but did not read is stale here
	for p := range m.touched {
		delete(c.blocks, p)
	}
	if len(c.blocks)+len(m.blocks) > blockCacheSize {
		c.blocks = map[merge.Place][]blockKey{}
	}
	for p, keys := range m.blocks {
		if keys != nil && !c.noBlocks {
			c.blocks[p] = keys
		}
	}
}

// forget drops everything a deletion may have made untrue: the records of
// a document, and which places are crowded.
func (c *mergeCache) forget(doc string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for seq, r := range c.recs {
		if r.Doc == doc {
			delete(c.recs, seq)
			delete(c.partial, seq)
		}
	}
	c.crowded = map[merge.Place]bool{}
	c.big = map[merge.Place]bool{}
	c.blocks = map[merge.Place][]blockKey{}
}

// close releases the statements.
func (c *mergeCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range c.stmts {
		s.Close()
	}
	c.stmts = nil
}

// reset forgets every record and crowded place: another process wrote to
// the database, and may have deleted or replaced any of them.
func (c *mergeCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.recs = map[int64]*merge.Record{}
	c.partial = map[int64]bool{}
	c.ring = c.ring[:0]
	c.next = 0
	c.crowded = map[merge.Place]bool{}
	c.big = map[merge.Place]bool{}
	c.blocks = map[merge.Place][]blockKey{}
}
