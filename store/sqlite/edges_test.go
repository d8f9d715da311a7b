package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sitrep/sitrep/merge"
)

// TestEdgesAsStored holds what a merge gives as a record's candidate
// pairs (Edges), while the pairs SetEdges set are not written yet, to
// what merge_edges holds once they are: the pairs the record chose by
// partner, then those others chose with it by chooser, but for pairs it
// chose too. Records a write added (no pair stored before the merge) and
// records with stored pairs choose again, in many orders, some of the
// set pairs written in between.
func TestEdgesAsStored(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for i := range 12 {
		d, e := report(fmt.Sprintf("r%02d", i), fmt.Sprintf("2017-03-%02d", 8+i%3), 5+i%4)
		add(t, s, d, e)
	}
	for round := range 20 {
		m, recs, tx := mergerOverAll(t, ctx, s)
		rng := rand.New(rand.NewPCG(uint64(round), 7))
		// a few records as if this write added them: no pair stored
		m.added = map[int64]*merge.Record{}
		for _, r := range recs {
			if seq := m.seqOf[r]; rng.IntN(3) == 0 {
				if err := m.exec(`DELETE FROM merge_edges WHERE chooser = ? OR chosen = ?`, seq, seq); err != nil {
					t.Fatal(err)
				}
				m.added[seq] = r
			}
		}
		stored := func(seq int64) []edgeRow {
			t.Helper()
			rs, err := m.edgeRows(`SELECT chooser, chosen, score FROM merge_edges WHERE chooser = ? UNION ALL
				SELECT chooser, chosen, score FROM merge_edges WHERE chosen = ? AND chooser NOT IN (SELECT chosen FROM merge_edges WHERE chooser = ?)`, seq, seq, seq)
			if err != nil {
				t.Fatal(err)
			}
			return rs
		}
		for step := range 6 {
			for range 1 + rng.IntN(5) {
				r := recs[rng.IntN(len(recs))]
				var es []merge.Edge
				for _, c := range recs {
					if c != r && rng.IntN(4) == 0 {
						es = append(es, merge.Edge{A: r, B: c, Score: float64(rng.IntN(8)) / 4})
					}
				}
				if _, err := m.Edges(r); err != nil { // as Component asks before it sets
					t.Fatal(err)
				}
				if err := m.SetEdges(r, es[:min(len(es), merge.MaxEdges)]); err != nil {
					t.Fatal(err)
				}
			}
			got := map[int64][]edgeRow{}
			for _, r := range recs {
				seq := m.seqOf[r]
				var err error
				if got[seq], err = m.edgesAround(seq); err != nil {
					t.Fatal(err)
				}
			}
			if err := m.sendEdges(); err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				seq := m.seqOf[r]
				if want := stored(seq); !slices.Equal(got[seq], want) {
					t.Fatalf("round %d step %d: record %d (added %v): pairs %v, stored %v", round, step, seq, m.added[seq] != nil, got[seq], want)
				}
			}
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
	}
}

// mergerOverAll opens a merger in a transaction of its own on store s,
// rolled back when the test ends, and loads every stored event's record.
func mergerOverAll(t *testing.T, ctx context.Context, s *Store) (*merger, []*merge.Record, *sql.Tx) {
	t.Helper()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// a failure must end the transaction, or closing the store waits for it
	t.Cleanup(func() { tx.Rollback() })
	m, err := newMerger(ctx, tx, s.mc)
	if err != nil {
		t.Fatal(err)
	}
	seqs, err := m.seqs(`SELECT seq FROM events ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := m.load(seqs)
	if err != nil {
		t.Fatal(err)
	}
	return m, recs, tx
}
