package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/merge"
)

// An incident of several records is stored as its head (merge.Head: its
// fields, without its sources, evidence and merge notes) and the summary
// its notes are written from (incidents.summary, migration 0019); what
// grows with its records is made again from them when it is read
// (merge.Expand). So a record joining an incident of hundreds writes a
// row of the same size as one joining an incident of two; reading the
// incident reads its records, which showing it lists anyway.

// encodeSummary writes incidents.summary: NULL for an event stored whole.
func encodeSummary(sum *merge.Summary) (any, error) {
	if sum == nil {
		return nil, nil
	}
	b, err := json.Marshal(sum)
	if err != nil {
		return nil, fmt.Errorf("encode merge summary: %w", err)
	}
	return string(b), nil
}

// memberPool is the pool a listing reads the records of incidents
// through (Store.members): a *sql.DB of its own.
type memberPool interface {
	queryer
	Close() error
}

// memberReader is what a listing reads the records of incidents through
// (see headBatch): the store's pool for them, else its readers.
func (s *Store) memberReader() queryer {
	if s.members != nil {
		return s.members
	}
	return s.r
}

// expandWith makes the event of incident id stored as a head (rec, with
// its summary), reading its records through q: Event reads the head and
// the records in one transaction.
func expandWith(ctx context.Context, q queryer, id string, rec, summary []byte) (sitrep.Event, error) {
	group, err := readMembers(ctx, q, id)
	if err != nil {
		return sitrep.Event{}, err
	}
	return expandGroup(id, rec, summary, group)
}

// expandGroup makes the event of incident id from its head rec, its
// summary and its records group (as readMembers gives them).
func expandGroup(id string, rec, summary []byte, group []*merge.Record) (sitrep.Event, error) {
	ev, err := decodeEvent(rec)
	if err != nil {
		return ev, fmt.Errorf("event %s: %w", id, err)
	}
	var sum merge.Summary
	if err := json.Unmarshal(summary, &sum); err != nil {
		return ev, fmt.Errorf("event %s: merge summary: %w", id, err)
	}
	merge.Expand(&ev, &sum, group)
	return ev, nil
}

// A listing passes its rows on a batch at a time (headBatch): the records
// of the batch's merged incidents are read in one statement, not one an
// incident, and each row is passed on in the listing's order, with its
// stored record when the row holds the whole event (summary NULL), else
// the event merge.Expand makes of the head, the summary and the records,
// encoded as encodeEvent does. The listing and the records are read in
// statements of their own (the records through the store's pool for them,
// so that a listing holding a reader never waits for itself), so an
// incident a write changes in between can be read with the records the
// write gave it.

// Bounds of a listing's batch: at most batchHeads merged incidents (the
// largest IN list of readMembersOf, so one statement) and batchRows rows
// (what the batch holds in memory).
const (
	batchHeads = 128
	batchRows  = 512
)

// listedRow is a row of a listing: an incident's id, the value it is
// sorted on (for a page's cursor), its stored record and its summary
// (NULL: the record is the whole event).
type listedRow struct {
	id           string
	val          any
	rec, summary []byte
}

// headBatch gathers the rows of a listing until a batch is full, then
// passes each on with its record (see above).
type headBatch struct {
	s     *Store
	rows  []listedRow
	heads []string // ids of rows with a summary, each once
}

// full reports whether the batch should be passed on before another row
// is added.
func (b *headBatch) full() bool {
	return len(b.heads) >= batchHeads || len(b.rows) >= batchRows
}

// add adds a row to the batch; its slices are the batch's to keep.
func (b *headBatch) add(r listedRow) {
	if r.summary != nil && !slices.Contains(b.heads, r.id) {
		b.heads = append(b.heads, r.id)
	}
	b.rows = append(b.rows, r)
}

// flush calls fn with each row of the batch, in order, and its record (of
// a merged incident, expanded from the records read for the batch), until
// fn returns an error, which flush returns as it is; the batch is then
// empty. Its own errors start with what.
func (b *headBatch) flush(ctx context.Context, what string, fn func(r *listedRow, rec []byte) error) error {
	rows := b.rows
	b.rows = b.rows[:0]
	var groups map[string][]*merge.Record
	if len(b.heads) > 0 {
		var err error
		groups, err = readMembersOf(ctx, b.s.memberReader(), b.heads)
		b.heads = b.heads[:0]
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	for i := range rows {
		r := &rows[i]
		rec := r.rec
		if r.summary != nil {
			ev, err := expandGroup(r.id, r.rec, r.summary, groups[r.id])
			delete(groups, r.id) // its records are done with (a listing names an incident once)
			if err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
			if rec, err = encodeEvent(&ev); err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
		}
		if err := fn(r, rec); err != nil {
			return err
		}
	}
	clear(rows) // the records are fn's now
	return nil
}

// readMembers reads the records of incident id in the order an incident
// lists them (merge.First), as merge.Expand reads them (not prepared).
func readMembers(ctx context.Context, q queryer, id string) ([]*merge.Record, error) {
	groups, err := readMembersOf(ctx, q, []string{id})
	if err != nil {
		return nil, err
	}
	return groups[id], nil
}

// qMembersOf reads the records of incidents, each row with its incident
// first, for each size of IN list padChunk makes.
var qMembersOf = func() map[int]string {
	a := map[int]string{}
	for _, n := range inSizes {
		a[n] = `SELECT e.incident, e.id, e.doc, e.record, d.published, d.duplicate_of
	FROM events e JOIN documents d ON d.id = e.doc WHERE e.incident IN (` + marks(n) + `)`
	}
	return a
}()

// readMembersOf reads the records of the incidents ids (each once), each
// incident's in the order an incident lists them (merge.First), as
// merge.Expand reads them: one statement (not prepared) for up to the
// largest of inSizes incidents.
func readMembersOf(ctx context.Context, q queryer, ids []string) (map[string][]*merge.Record, error) {
	what := "event " + ids[0]
	if len(ids) > 1 {
		what = fmt.Sprintf("%d events (%s, ...)", len(ids), ids[0])
	}
	groups := make(map[string][]*merge.Record, len(ids))
	for rest := ids; len(rest) > 0; {
		var args []any
		args, rest = padChunk(rest, "") // no incident has the empty id
		rows, err := q.QueryContext(ctx, qMembersOf[len(args)], args...)
		if err != nil {
			return nil, fmt.Errorf("records of %s: %w", what, err)
		}
		if err := scanMembers(rows, groups); err != nil {
			return nil, fmt.Errorf("records of %s: %w", what, err)
		}
	}
	for _, g := range groups {
		slices.SortFunc(g, merge.First)
	}
	return groups, nil
}

// scanMembers adds the records rows of qMembersOf give to the groups of
// their incidents, and closes rows.
func scanMembers(rows *sql.Rows, groups map[string][]*merge.Record) error {
	defer rows.Close()
	for rows.Next() {
		var inc, key, doc, dupOf string
		var rec []byte
		var published sql.NullString
		if err := rows.Scan(&inc, &key, &doc, &rec, &published, &dupOf); err != nil {
			return err
		}
		ev, err := decodeEvent(rec)
		if err != nil {
			return fmt.Errorf("record %s of event %s: %w", key, inc, err)
		}
		src := dupOf
		if src == "" {
			src = doc
		}
		groups[inc] = append(groups[inc], &merge.Record{Key: key, Doc: doc, Source: src, Published: sitrep.Date(published.String), Event: &ev})
	}
	return rows.Err()
}

// sourceCount is how many sources tell the event of a group (its
// incidents.sources): its copy groups.
func sourceCount(ev *sitrep.Event, g []*merge.Record) int {
	if len(g) <= 1 {
		return ev.SourceCount()
	}
	seen := make(map[string]bool, len(g))
	for _, r := range g {
		seen[r.Source] = true
	}
	return len(seen)
}
