package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/merge"
)

// The near-duplicate index (migration 0008): every stored document has its
// sketch; representatives (the first of each group of copies) are listed
// under their band keys. Linking a new document reads at most
// merge.PerKey representatives under each of its keys, the latest first,
// and compares their sketches with its own, so its cost does not grow
// with the archive.

// candidatesSQL selects the representatives under any of the NumBands keys
// bound as ?1…?N, at most PerKey under each, in the order indexed.
var candidatesSQL = func() string {
	arms := make([]string, merge.NumBands)
	for i := range arms {
		arms[i] = fmt.Sprintf("SELECT sketch FROM (SELECT sketch FROM sketch_bands WHERE key = ?%d ORDER BY sketch DESC LIMIT %d)", i+1, merge.PerKey)
	}
	return "SELECT seq, doc, size, sig FROM sketches WHERE seq IN (" + strings.Join(arms, " UNION ALL ") + ") ORDER BY seq"
}()

// link returns the representative that a document with sketch sk nearly
// repeats, or "".
func (w *writer) link(sk *merge.Sketch, keys *[merge.NumBands]uint64) (string, error) {
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = int64(k)
	}
	rows, err := w.candidates.QueryContext(w.ctx, args...)
	if err != nil {
		return "", fmt.Errorf("near-duplicate lookup: %w", err)
	}
	defer rows.Close()
	var cands []merge.Candidate
	for rows.Next() {
		var c merge.Candidate
		var size int
		var sig []byte
		if err := rows.Scan(&c.Seq, &c.ID, &size, &sig); err != nil {
			return "", fmt.Errorf("near-duplicate lookup: %w", err)
		}
		if c.Sketch, err = merge.UnmarshalSketch(sig, size); err != nil {
			return "", fmt.Errorf("near-duplicate lookup: document %s: %w", c.ID, err)
		}
		cands = append(cands, c)
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("near-duplicate lookup: %w", err)
	}
	if best, _ := merge.Default.Best(sk, cands); best >= 0 {
		return cands[best].ID, nil
	}
	return "", nil
}

// putSketch stores a document's sketch, and lists it under its band keys
// when it represents a group (it repeats no earlier document).
func putSketch(ctx context.Context, ins, band *sql.Stmt, doc string, sk *merge.Sketch, representative bool) error {
	res, err := ins.ExecContext(ctx, doc, sk.Size, sk.MarshalSig())
	if err != nil {
		return fmt.Errorf("store sketch: %w", err)
	}
	if !representative || !sk.Indexable() {
		return nil
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("store sketch: %w", err)
	}
	keys := sk.Keys()
	args := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		args = append(args, int64(k), seq)
	}
	if _, err := band.ExecContext(ctx, args...); err != nil {
		return fmt.Errorf("store sketch bands: %w", err)
	}
	return nil
}

const insSketchSQL = `INSERT INTO sketches (doc, size, sig) VALUES (?,?,?)`

// insBandSQL lists a sketch under its NumBands keys, in one statement.
var insBandSQL = `INSERT INTO sketch_bands (key, sketch) VALUES ` +
	strings.TrimSuffix(strings.Repeat("(?,?),", merge.NumBands), ",") + ` ON CONFLICT DO NOTHING`

// backfillSketches gives the documents stored before migration 0008 their
// sketches, in the order they were stored; those that are no copy
// (duplicate_of empty) are indexed. It reads in chunks, so memory stays
// small whatever the store holds.
func backfillSketches(ctx context.Context, tx *sql.Tx) error {
	ins, err := tx.PrepareContext(ctx, insSketchSQL)
	if err != nil {
		return fmt.Errorf("backfill sketches: %w", err)
	}
	defer ins.Close()
	band, err := tx.PrepareContext(ctx, insBandSQL)
	if err != nil {
		return fmt.Errorf("backfill sketches: %w", err)
	}
	defer band.Close()
	type doc struct {
		rowid     int64
		id, text  string
		duplicate bool
	}
	last := int64(-1)
	for {
		rows, err := tx.QueryContext(ctx, `SELECT rowid, id, text, typeof(text) = 'blob', duplicate_of != '' FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 500`, last)
		if err != nil {
			return fmt.Errorf("backfill sketches: %w", err)
		}
		var chunk []doc
		for rows.Next() {
			var d doc
			var text []byte
			var packed bool
			if err := rows.Scan(&d.rowid, &d.id, &text, &packed, &d.duplicate); err != nil {
				rows.Close()
				return fmt.Errorf("backfill sketches: %w", err)
			}
			if d.text, err = unpack(text, packed); err != nil {
				rows.Close()
				return fmt.Errorf("backfill sketches: document %s: %w", d.id, err)
			}
			chunk = append(chunk, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("backfill sketches: %w", err)
		}
		if len(chunk) == 0 {
			return nil
		}
		for _, d := range chunk {
			if err := putSketch(ctx, ins, band, d.id, merge.NewSketch(d.text), !d.duplicate); err != nil {
				return fmt.Errorf("backfill sketches: document %s: %w", d.id, err)
			}
		}
		last = chunk[len(chunk)-1].rowid
	}
}
