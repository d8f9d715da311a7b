package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/sitrep/sitrep"
)

// RecordRules notes that documents were read with a set of rules (hash,
// and what went into it for people). replace says whether a document read
// before keeps its older rules (false: ingest, which does not read a
// stored report again) or takes these (true: reprocess).
func (s *Store) RecordRules(ctx context.Context, docs []string, hash, described string, replace bool) error {
	// rows added, none read: no write changes what this one reads
	tx, err := s.beginAdding(ctx)
	if err != nil {
		return fmt.Errorf("record rules: begin: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO rule_sets (hash, described, first_used) VALUES (?,?,?)
		ON CONFLICT DO NOTHING`, hash, described, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("record rules: %w", err)
	}
	q := `INSERT INTO document_rules (doc, rules) VALUES (?,?) ON CONFLICT DO NOTHING`
	if replace {
		q = `INSERT INTO document_rules (doc, rules) VALUES (?,?) ON CONFLICT (doc) DO UPDATE SET rules = excluded.rules`
	}
	// prepared once for all of them: run with its text, SQLite's driver
	// prepared the statement again for each document (0.10 of the 0.13 s
	// that recording the rules of 10,000 generated reports took)
	st, err := tx.PrepareContext(ctx, q)
	if err != nil {
		return fmt.Errorf("record rules: %w", err)
	}
	defer st.Close()
	for _, d := range docs {
		if _, err := st.ExecContext(Later(ctx, NoEntry), d, hash); err != nil {
			return fmt.Errorf("record rules of %s: %w", d, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record rules: commit: %w", err)
	}
	return nil
}

// DocumentRules returns the hash of the rules each document was read with
// (documents read before rules were recorded are missing).
func (s *Store) DocumentRules(ctx context.Context) (map[string]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT doc, rules FROM document_rules`)
	if err != nil {
		return nil, fmt.Errorf("document rules: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var d, h string
		if err := rows.Scan(&d, &h); err != nil {
			return nil, fmt.Errorf("document rules: %w", err)
		}
		out[d] = h
	}
	return out, rows.Err()
}

// Reread stores a document read again with newer rules: its cleaned text,
// what cleaning dropped, its title and publication day as read now, and its
// event records and figures, which replace the old ones (as ReplaceRecords
// does: merging runs again, decisions and corrections hold). The error
// wraps sitrep.ErrNotFound when no document has the id. Its control
// statements are replaced by controls in the same transaction.
func (s *Store) Reread(ctx context.Context, doc *sitrep.Document, events []sitrep.Event, figures []sitrep.Figure, controls []sitrep.Control) error {
	var dropped any
	if len(doc.Dropped) > 0 {
		b, err := json.Marshal(doc.Dropped)
		if err != nil {
			return fmt.Errorf("reread %s: encode dropped text: %w", doc.ID, err)
		}
		dropped = string(b)
	}
	return s.replaceRecords(ctx, doc.ID, events, figures, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE documents SET text = ?, dropped = ?, title = ?, published = ?, published_how = ?
			WHERE id = ?`, pack(doc.Text), dropped, doc.Title, nullString(string(doc.Published)), string(doc.PublishedHow), doc.ID)
		if err != nil {
			return fmt.Errorf("reread %s: %w", doc.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("reread %q: %w", doc.ID, sitrep.ErrNotFound)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM controls WHERE doc = ?`, doc.ID); err != nil {
			return fmt.Errorf("reread %s: %w", doc.ID, err)
		}
		return (&writer{ctx: ctx, tx: tx, entry: NoEntry}).addControls(doc.ID, controls)
	})
}
