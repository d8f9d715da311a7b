package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/merge"
)

// Corrections: an analyst's changes of events (set a field, delete the
// event), stored in their own table with who, when and why, and laid over
// the event each time merging writes it — so they win over a report read
// again and over reports that join the event later. A correction names its
// event by the event's records, as decisions do (see endpoint); it belongs
// to the event holding the first of them that is still stored.

// CorrectionRow is a stored correction, with the event it belongs to now
// ("" when none of its records is stored any more) and whether it was
// undone.
type CorrectionRow struct {
	sitrep.Correction
	Event    string `json:"event"`
	Was      string `json:"was"` // the event's id when it was corrected
	UndoneAt string `json:"undone_at,omitempty"`
	UndoneBy string `json:"undone_by,omitempty"`
}

// Correct stores a correction of an event (by id, or an id it had) and
// lays it over the event; it returns the correction with its number and
// the event's id afterwards. The error wraps sitrep.ErrNotFound when no
// event has the id, and names the field a set cannot take.
func (s *Store) Correct(ctx context.Context, id string, c sitrep.Correction) (sitrep.Correction, string, error) {
	if err := c.Check(); err != nil {
		return c, "", err
	}
	if c.At == "" {
		c.At = time.Now().UTC().Format(time.RFC3339)
	}
	changes, err := json.Marshal(c.Set)
	if err != nil {
		return c, "", fmt.Errorf("correct %s: %w", id, err)
	}
	if c.Set == nil {
		changes = []byte("{}")
	}
	var out string
	err = s.write(ctx, "correct "+id, func(m *merger) ([]*merge.Record, error) {
		recs, err := m.incidentRecords(id)
		if err != nil {
			return nil, err
		}
		got, _ := resolveID(m.ctx, m.tx, id)
		res, err := m.tx.ExecContext(m.ctx, `INSERT INTO corrections (event, action, changes, who, at, note) VALUES (?,?,?,?,?,?)`,
			got, c.Action, string(changes), c.By, c.At, c.Note)
		if err != nil {
			return nil, fmt.Errorf("correct %s: %w", id, err)
		}
		seq, err := res.LastInsertId()
		if err != nil {
			return nil, fmt.Errorf("correct %s: %w", id, err)
		}
		c.Seq = int(seq)
		for pos, r := range recs {
			e := endpointOf(r)
			if _, err := m.tx.ExecContext(m.ctx, `INSERT INTO correction_records (correction, pos, doc, record, start, "end")
				VALUES (?,?,?,?,?,?)`, seq, pos, e.doc, e.record, e.start, e.end); err != nil {
				return nil, fmt.Errorf("correct %s: %w", id, err)
			}
		}
		return recs, nil
	}, func(m *merger, recs []*merge.Record) error {
		return m.row(`SELECT incident FROM events WHERE seq = ?`, m.seqOf[recs[0]]).Scan(&out)
	})
	return c, out, err
}

// Undo takes a correction back; the event is made again without it. The
// error wraps sitrep.ErrNotFound when no correction has the number, and
// says so when it was undone already.
func (s *Store) Undo(ctx context.Context, seq int, by string) (string, error) {
	var out string
	err := s.write(ctx, fmt.Sprintf("undo correction %d", seq), func(m *merger) ([]*merge.Record, error) {
		var undone sql.NullString
		err := m.tx.QueryRowContext(m.ctx, `SELECT undone_at FROM corrections WHERE seq = ?`, seq).Scan(&undone)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return nil, fmt.Errorf("correction %d: %w", seq, sitrep.ErrNotFound)
		case err != nil:
			return nil, err
		case undone.Valid:
			return nil, fmt.Errorf("correction %d was undone already, at %s", seq, undone.String)
		}
		if _, err := m.tx.ExecContext(m.ctx, `UPDATE corrections SET undone_at = ?, undone_by = ? WHERE seq = ?`,
			time.Now().UTC().Format(time.RFC3339), by, seq); err != nil {
			return nil, err
		}
		return m.correctionRecords(seq)
	}, func(m *merger, recs []*merge.Record) error {
		if len(recs) > 0 {
			return m.row(`SELECT incident FROM events WHERE seq = ?`, m.seqOf[recs[0]]).Scan(&out)
		}
		return nil
	})
	return out, err
}

// write runs a change of the analyst's in one transaction: change stores
// it and returns the records whose events it changes, which are merged
// again; after, given change's merger and records, reads what the caller
// wants back once they are.
func (s *Store) write(ctx context.Context, what string, change func(*merger) ([]*merge.Record, error), after func(*merger, []*merge.Record) error) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", what, err)
	}
	defer tx.Rollback()
	m, err := newMerger(ctx, tx, s.mc)
	if err != nil {
		return err
	}
	recs, err := change(m)
	if err != nil {
		return err
	}
	for _, r := range recs {
		if err := m.exec(`UPDATE events SET merged = 0 WHERE seq = ?`, m.seqOf[r]); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	w := &writer{ctx: ctx, tx: tx, now: time.Now().UTC().Format(time.RFC3339), mc: s.mc, entry: NoEntry}
	if err := w.mergePending(nil); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if after != nil {
		if err := after(m, recs); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: commit: %w", what, err)
	}
	s.mc.keep(w.merged)
	return nil
}

// correctionAnchor is a stored record of a correction.
type correctionAnchor struct {
	correction int
	pos        int
	endpoint
}

// correctionRecords returns the stored records a correction names that
// can still be found.
func (m *merger) correctionRecords(seq int) ([]*merge.Record, error) {
	anchors, err := readAnchors(m.ctx, m.tx, `SELECT correction, pos, doc, record, start, "end" FROM correction_records
		WHERE correction = ? ORDER BY pos`, seq)
	if err != nil {
		return nil, err
	}
	var out []*merge.Record
	for _, a := range anchors {
		r, err := m.resolve(a.endpoint)
		if err != nil {
			return nil, err
		}
		if r != nil && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out, nil
}

func readAnchors(ctx context.Context, q queryer, query string, args ...any) ([]correctionAnchor, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("corrections: %w", err)
	}
	defer rows.Close()
	var out []correctionAnchor
	for rows.Next() {
		var a correctionAnchor
		if err := rows.Scan(&a.correction, &a.pos, &a.doc, &a.record, &a.start, &a.end); err != nil {
			return nil, fmt.Errorf("corrections: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// correctionsFor returns the standing corrections that belong to the event
// of a group, oldest first: those whose first record still stored is in
// the group.
func (m *merger) correctionsFor(g []*merge.Record) ([]sitrep.Correction, error) {
	if !m.anyCorrections {
		return nil, nil
	}
	docs := make([]string, 0, len(g))
	for _, r := range g {
		docs = append(docs, r.Doc)
	}
	docs = slices.Compact(slices.Sorted(slices.Values(docs)))
	args := make([]any, len(docs))
	for i, d := range docs {
		args[i] = d
	}
	// the corrections naming any record of these documents, with all their records
	anchors, err := readAnchors(m.ctx, m.tx, `SELECT r.correction, r.pos, r.doc, r.record, r.start, r."end"
		FROM correction_records r JOIN corrections c ON c.seq = r.correction
		WHERE c.undone_at IS NULL AND r.correction IN (
			SELECT correction FROM correction_records WHERE doc IN (`+marks(len(docs))+`))
		ORDER BY r.correction, r.pos`, args...)
	if err != nil {
		return nil, err
	}
	var mine []int
	decided := map[int]bool{}
	for _, a := range anchors {
		if decided[a.correction] {
			continue
		}
		r, err := m.resolve(a.endpoint)
		if err != nil {
			return nil, err
		}
		if r == nil {
			continue // this record is gone: the next one says
		}
		decided[a.correction] = true
		if slices.Contains(g, r) {
			mine = append(mine, a.correction)
		}
	}
	var out []sitrep.Correction
	for _, seq := range mine {
		c, err := readCorrection(m.ctx, m.tx, seq)
		if err != nil {
			return nil, err
		}
		out = append(out, c.Correction)
	}
	return out, nil
}

// readCorrection reads one stored correction.
func readCorrection(ctx context.Context, q queryer, seq int) (CorrectionRow, error) {
	rows, err := readCorrections(ctx, q, `WHERE seq = ?`, seq)
	if err != nil {
		return CorrectionRow{}, err
	}
	if len(rows) == 0 {
		return CorrectionRow{}, fmt.Errorf("correction %d: %w", seq, sitrep.ErrNotFound)
	}
	return rows[0], nil
}

func readCorrections(ctx context.Context, q queryer, where string, args ...any) ([]CorrectionRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT seq, event, action, changes, who, at, note, undone_at, undone_by
		FROM corrections `+where+` ORDER BY seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("corrections: %w", err)
	}
	defer rows.Close()
	var out []CorrectionRow
	for rows.Next() {
		var c CorrectionRow
		var changes string
		var undoneAt, undoneBy sql.NullString
		if err := rows.Scan(&c.Seq, &c.Was, &c.Action, &changes, &c.By, &c.At, &c.Note, &undoneAt, &undoneBy); err != nil {
			return nil, fmt.Errorf("corrections: %w", err)
		}
		if err := json.Unmarshal([]byte(changes), &c.Set); err != nil {
			return nil, fmt.Errorf("correction %d: %w", c.Seq, err)
		}
		if len(c.Set) == 0 {
			c.Set = nil
		}
		c.UndoneAt, c.UndoneBy = undoneAt.String, undoneBy.String
		out = append(out, c)
	}
	return out, rows.Err()
}

// Corrections lists the corrections, oldest first, with the event each
// belongs to now; undone ones only when all is true.
func (s *Store) Corrections(ctx context.Context, all bool) ([]CorrectionRow, error) {
	where := `WHERE undone_at IS NULL`
	if all {
		where = ``
	}
	out, err := readCorrections(ctx, s.r, where)
	if err != nil {
		return nil, err
	}
	for i := range out {
		anchors, err := readAnchors(ctx, s.r, `SELECT correction, pos, doc, record, start, "end" FROM correction_records
			WHERE correction = ? ORDER BY pos`, out[i].Seq)
		if err != nil {
			return nil, err
		}
		for _, a := range anchors {
			evs, err := s.Records(ctx, a.doc)
			if err != nil {
				return nil, err
			}
			recs := make([]*merge.Record, len(evs))
			for k := range evs {
				recs[k] = merge.NewRecord(evs[k].ID, &sitrep.Document{ID: a.doc}, &evs[k])
			}
			if r := resolveAmong(recs, a.endpoint); r != nil {
				if err := s.r.QueryRowContext(ctx, `SELECT incident FROM events WHERE doc = ? AND id = ?`, a.doc, r.Key).Scan(&out[i].Event); err != nil && !errors.Is(err, sql.ErrNoRows) {
					return nil, fmt.Errorf("corrections: %w", err)
				}
				break
			}
		}
	}
	return out, nil
}

// applyCorrections lays the corrections over an event, noting each.
func applyCorrections(ev *sitrep.Event, cs []sitrep.Correction) {
	for _, c := range cs {
		if err := c.Apply(ev); err != nil {
			// checked when stored: a rule changed since; say so
			ev.Notes = append(ev.Notes, fmt.Sprintf("correction %d not applied: %v", c.Seq, err))
			continue
		}
		note := fmt.Sprintf("correction %d by %s at %s: %s", c.Seq, c.By, c.At, c.String())
		if c.Note != "" {
			note += " (" + c.Note + ")"
		}
		ev.Notes = append(ev.Notes, note)
		ev.Corrections = append(ev.Corrections, c)
	}
}
