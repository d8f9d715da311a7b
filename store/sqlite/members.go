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

// qMembers reads the records of an incident, as merging reads them.
const qMembers = `SELECT e.id, e.doc, e.record, d.published, d.duplicate_of
	FROM events e JOIN documents d ON d.id = e.doc WHERE e.incident = ?`

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

// incidentRecord returns the record of incident id as a reader gives it:
// rec itself when the row holds the whole event (summary NULL), else the
// event merge.Expand makes of the head rec, the summary and the records of
// the incident, encoded as encodeEvent does.
func (s *Store) incidentRecord(ctx context.Context, id string, rec, summary []byte) ([]byte, error) {
	if summary == nil {
		return rec, nil
	}
	ev, err := s.expand(ctx, id, rec, summary)
	if err != nil {
		return nil, err
	}
	return encodeEvent(&ev)
}

// expand makes the event of an incident stored as a head (see
// incidentRecord), reading its records through the store's pool for them.
// A listing reads its heads and their records in statements of their own,
// so an incident a write changes in between can be read with the records
// the write gave it; Event reads both in one transaction.
func (s *Store) expand(ctx context.Context, id string, rec, summary []byte) (sitrep.Event, error) {
	db := s.members
	if db == nil {
		db = s.r
	}
	return expandWith(ctx, db, id, rec, summary)
}

// expandWith is expand reading the records through q.
func expandWith(ctx context.Context, q queryer, id string, rec, summary []byte) (sitrep.Event, error) {
	ev, err := decodeEvent(rec)
	if err != nil {
		return ev, fmt.Errorf("event %s: %w", id, err)
	}
	var sum merge.Summary
	if err := json.Unmarshal(summary, &sum); err != nil {
		return ev, fmt.Errorf("event %s: merge summary: %w", id, err)
	}
	group, err := readMembers(ctx, q, id)
	if err != nil {
		return ev, err
	}
	merge.Expand(&ev, &sum, group)
	return ev, nil
}

// readMembers reads the records of incident id in the order an incident
// lists them (merge.First), as merge.Expand reads them (not prepared).
func readMembers(ctx context.Context, q queryer, id string) ([]*merge.Record, error) {
	rows, err := q.QueryContext(ctx, qMembers, id)
	if err != nil {
		return nil, fmt.Errorf("records of event %s: %w", id, err)
	}
	defer rows.Close()
	var group []*merge.Record
	for rows.Next() {
		var key, doc, dupOf string
		var rec []byte
		var published sql.NullString
		if err := rows.Scan(&key, &doc, &rec, &published, &dupOf); err != nil {
			return nil, fmt.Errorf("records of event %s: %w", id, err)
		}
		ev, err := decodeEvent(rec)
		if err != nil {
			return nil, fmt.Errorf("record %s of event %s: %w", key, id, err)
		}
		src := dupOf
		if src == "" {
			src = doc
		}
		group = append(group, &merge.Record{Key: key, Doc: doc, Source: src, Published: sitrep.Date(published.String), Event: &ev})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("records of event %s: %w", id, err)
	}
	slices.SortFunc(group, merge.First)
	return group, nil
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
