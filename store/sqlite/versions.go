package sqlite

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/sitrep/sitrep/merge"
)

// A revised report (migration 0014): when a document arrives under the id
// of a stored one with other content, it is a new version of that report
// if its text nearly repeats the stored version's (merge.Default, as for
// wire copies): a word changed, a paragraph added, line ends rewritten.
// The stored version is moved aside under "<id>~<8 hex of its hash>",
// marked superseded by the id, and loses its records (and their place in
// incidents); the new version is stored under the id with its own records,
// takes over the old one's place among near-duplicates, and keeps the
// analyst's decisions and corrections, which name the id. A document
// under a taken id whose text is unlike the stored one's (two feeds'
// "item-1") is another report, stored under "<id>~<hash>" as before.

// version is what a revision needs of the stored version.
type version struct {
	hash        string
	duplicateOf string
	sketchSeq   int64
}

// earlierVersionSQL reads the stored version of a document id with its
// sketch (prepared once with the other write statements).
const earlierVersionSQL = `SELECT d.hash, d.duplicate_of, s.seq, s.size, s.sig
	FROM documents d LEFT JOIN sketches s ON s.doc = d.id WHERE d.id = ?`

// earlierVersion returns the stored document with id if sk's text nearly
// repeats it, or nil; taken says whether a document holds id at all.
func (w *writer) earlierVersion(id string, sk *merge.Sketch) (v *version, taken bool, err error) {
	v, err = w.storedVersion(id, sk)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	return v, true, err
}

func (w *writer) storedVersion(id string, sk *merge.Sketch) (*version, error) {
	var v version
	var size sql.NullInt64
	var sig []byte
	var seq sql.NullInt64
	err := w.earlier.QueryRowContext(w.ctx, id).Scan(&v.hash, &v.duplicateOf, &seq, &size, &sig)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	if err == nil && !seq.Valid {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("look up earlier version: %w", err)
	}
	old, err := merge.UnmarshalSketch(sig, int(size.Int64))
	if err != nil {
		return nil, fmt.Errorf("earlier version: %w", err)
	}
	if best, _ := merge.Default.Best(sk, []merge.Candidate{{ID: id, Seq: seq.Int64, Sketch: old}}); best < 0 {
		return nil, nil
	}
	v.sketchSeq = seq.Int64
	return &v, nil
}

// supersede moves the stored version of id aside (see above) and returns
// the id it now has.
func (w *writer) supersede(id string, v *version) (string, error) {
	oldID, err := w.freeDocID(id, v.hash)
	if err != nil {
		return "", err
	}
	// the old version may be of this write: its full-text rows must be
	// there for the trigger to delete them
	if err := w.flushFTS(); err != nil {
		return "", err
	}
	w.mc.forget(id)
	// records go: a seq may be given again to another
	w.prepared = nil
	before, err := w.unmerge(id)
	if err != nil {
		return "", err
	}
	if w.before == nil {
		w.before = map[merge.Place]int{}
	}
	for p, n := range before {
		if _, ok := w.before[p]; !ok {
			w.before[p] = n // counted before this write touched it
		}
	}
	// The old version's records go (their sources and full-text entries
	// with them); the rows that name the document follow it to its new
	// id, checked at commit.
	for _, q := range []string{
		`DELETE FROM events WHERE doc = ?1`,
		`DELETE FROM figures WHERE doc = ?1`,
		`DELETE FROM controls WHERE doc = ?1`,
		`PRAGMA defer_foreign_keys = ON`,
		`UPDATE documents SET id = ?2, superseded_by = ?1 WHERE id = ?1`,
		`UPDATE sketches SET doc = ?2 WHERE doc = ?1`,
		`UPDATE document_rules SET doc = ?2 WHERE doc = ?1`,
	} {
		if _, err := w.tx.ExecContext(w.ctx, q, id, oldID); err != nil {
			return "", fmt.Errorf("supersede %s: %w", id, err)
		}
	}
	// the new version represents the old one's group of copies now
	if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM sketch_bands WHERE sketch = ?`, v.sketchSeq); err != nil {
		return "", fmt.Errorf("supersede %s: %w", id, err)
	}
	return oldID, nil
}
