package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep"
)

// insControlSQL stores a control statement (prepared once with the other
// write statements: run with its text, the driver prepared it for each).
const insControlSQL = `INSERT INTO controls (doc, place, country, as_of, holder, state, record)
	VALUES (?,?,?,?,?,?,?)`

// addControls stores a document's control statements.
func (w *writer) addControls(docID string, cs []sitrep.Control) error {
	for _, c := range cs {
		if c.Record == "" {
			c.Record = "control"
		}
		c.Doc = docID
		place, country := "", ""
		if c.Place != nil {
			place, country = c.Place.Name, c.Place.Country
		}
		rec, err := json.Marshal(&c)
		if err != nil {
			return fmt.Errorf("add document %s: control statement: %w", docID, err)
		}
		args := []any{docID, place, country, nullString(string(c.Date)), c.Holder, c.State, string(rec)}
		if w.insControl != nil {
			_, err = w.insControl.ExecContext(w.later(), args...)
		} else {
			// a writer made for one document's controls (Reread,
			// ReplaceControls) binds no statements
			_, err = w.tx.ExecContext(w.later(), insControlSQL, args...)
		}
		if err != nil {
			return fmt.Errorf("add document %s: control statement on %s: %w", docID, place, err)
		}
	}
	return nil
}

// ReplaceControls replaces the control statements of a stored document
// (after it was read again with newer rules). The error wraps
// sitrep.ErrNotFound when no document has the id.
func (s *Store) ReplaceControls(ctx context.Context, docID string, cs []sitrep.Control) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("replace control statements of %s: begin: %w", docID, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, docID).Scan(&n); err != nil {
		return fmt.Errorf("replace control statements of %s: %w", docID, err)
	}
	if n == 0 {
		return fmt.Errorf("replace control statements of %q: %w", docID, sitrep.ErrNotFound)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM controls WHERE doc = ?`, docID); err != nil {
		return fmt.Errorf("replace control statements of %s: %w", docID, err)
	}
	w := &writer{ctx: ctx, tx: tx, entry: NoEntry}
	if err := w.addControls(docID, cs); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace control statements of %s: commit: %w", docID, err)
	}
	return nil
}

// Controls returns the stored control statements that pass the filter,
// with the source of each (its document), in the order of place, date
// and storage. Statements of superseded document versions are gone with
// their records.
func (s *Store) Controls(ctx context.Context, f sitrep.ControlFilter) ([]sitrep.Control, []sitrep.Source, error) {
	if f.To != "" {
		if _, err := sitrep.ParseDate(string(f.To)); err != nil {
			return nil, nil, fmt.Errorf("control statements: %w: %v", sitrep.ErrInvalid, err)
		}
	}
	var where []string
	var args []any
	if p := strings.TrimSpace(f.Place); p != "" {
		where = append(where, "c.place = ? COLLATE NOCASE")
		args = append(args, p)
	}
	if f.To != "" {
		where = append(where, "(c.as_of IS NULL OR c.as_of <= ?)")
		args = append(args, string(f.To))
	}
	if f.Doc != "" {
		where = append(where, "c.doc = ?")
		args = append(args, f.Doc)
	}
	q := `SELECT c.record, d.id, coalesce(d.url, ''), coalesce(d.outlet, ''), coalesce(d.published, ''), coalesce(d.title, ''), d.duplicate_of
		FROM controls c JOIN documents d ON d.id = c.doc`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY c.place COLLATE NOCASE, c.as_of, c.seq"
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("control statements: %w", err)
	}
	defer rows.Close()
	var cs []sitrep.Control
	var srcs []sitrep.Source
	for rows.Next() {
		var rec, published string
		var src sitrep.Source
		if err := rows.Scan(&rec, &src.Doc, &src.URL, &src.Outlet, &published, &src.Title, &src.CopyOf); err != nil {
			return nil, nil, fmt.Errorf("control statements: %w", err)
		}
		var c sitrep.Control
		if err := json.Unmarshal([]byte(rec), &c); err != nil {
			return nil, nil, fmt.Errorf("control statements: stored record of %s: %w", src.Doc, err)
		}
		src.Published = sitrep.Date(published)
		cs = append(cs, c)
		srcs = append(srcs, src)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("control statements: %w", err)
	}
	return cs, srcs, nil
}

// DatedFigure is a stored figure with the day it stands for: its as_of,
// else the publication day of its report (Published says which).
type DatedFigure struct {
	sitrep.Figure
	Date sitrep.Date `json:"date"`
	// DateFrom is "as_of" or "published" ("" when neither is known).
	DateFrom string `json:"date_from"`
	Outlet   string `json:"outlet,omitempty"`
}

// FiguresByPlace returns the stored figures, each dated, sorted by place
// name, date and kind: the standing numbers of the war (displaced, force
// sizes, running tolls) per place and day. A place keeps only the figures
// of a place of that name (ignoring case); what keeps one kind.
func (s *Store) FiguresByPlace(ctx context.Context, place, what string) ([]DatedFigure, error) {
	q := `SELECT g.record, coalesce(d.published, ''), d.outlet FROM figures g JOIN documents d ON d.id = g.doc
		WHERE d.superseded_by = ''`
	var args []any
	if p := strings.TrimSpace(place); p != "" {
		q += " AND g.place = ? COLLATE NOCASE"
		args = append(args, p)
	}
	if w := strings.TrimSpace(what); w != "" {
		q += " AND g.what = ?"
		args = append(args, w)
	}
	q += " ORDER BY coalesce(g.place, '') COLLATE NOCASE, coalesce(g.as_of, d.published, ''), g.what, g.seq"
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	defer rows.Close()
	var out []DatedFigure
	for rows.Next() {
		var rec []byte
		var published string
		var df DatedFigure
		if err := rows.Scan(&rec, &published, &df.Outlet); err != nil {
			return nil, fmt.Errorf("figures: %w", err)
		}
		g, err := decodeFigure(rec)
		if err != nil {
			return nil, fmt.Errorf("figures: %w", err)
		}
		df.Figure = g
		switch {
		case !g.AsOf.IsZero():
			df.Date, df.DateFrom = g.AsOf, "as_of"
		case published != "":
			df.Date, df.DateFrom = sitrep.Date(published), "published"
		}
		out = append(out, df)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	return out, nil
}
