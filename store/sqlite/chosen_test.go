package sqlite

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sitrep/sitrep/merge"
)

// TestChosenGivesThePairsAsLastSet holds what a merge gives as the pairs
// each record chose (Chosen) to what it chose last: as stored before the
// merge, or as SetEdges set since, best first (score, then the partner's
// key). Chosen keeps each record's pairs as edges once given, so a record
// that chooses again must be given its new pairs; records are asked for
// over and over, in many orders, between their choices.
func TestChosenGivesThePairsAsLastSet(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for i := range 12 {
		d, e := report(fmt.Sprintf("r%02d", i), fmt.Sprintf("2017-03-%02d", 8+i%3), 5+i%4)
		add(t, s, d, e)
	}
	for round := range 10 {
		m, recs, tx := mergerOverAll(t, ctx, s)
		// what each record chose: as stored, until it is set
		want := map[*merge.Record][]merge.Edge{}
		for _, r := range recs {
			rows, err := m.edgeRows(`SELECT chooser, chosen, score FROM merge_edges WHERE chooser = ?`, m.seqOf[r])
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range rows {
				want[r] = append(want[r], merge.Edge{A: r, B: m.bySeq[x.b], Score: x.score})
			}
		}
		best := func(es []merge.Edge) []merge.Edge {
			es = slices.Clone(es)
			slices.SortFunc(es, func(x, y merge.Edge) int {
				return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(x.B.Key, y.B.Key))
			})
			return es
		}
		rng := rand.New(rand.NewPCG(uint64(round), 11))
		for step := range 8 {
			// ask for some records, each at most once
			ask := slices.Clone(recs)
			rng.Shuffle(len(ask), func(i, j int) { ask[i], ask[j] = ask[j], ask[i] })
			ask = ask[:1+rng.IntN(len(ask))]
			got, err := m.Chosen(ask)
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range ask {
				if w := best(want[r]); !slices.Equal(got[i], w) && !(len(got[i]) == 0 && len(w) == 0) {
					t.Fatalf("round %d step %d: %s chose %v, given %v", round, step, r.Key, w, got[i])
				}
			}
			// some choose again
			for range 1 + rng.IntN(4) {
				r := recs[rng.IntN(len(recs))]
				var es []merge.Edge
				for _, c := range recs {
					if c != r && rng.IntN(3) == 0 {
						es = append(es, merge.Edge{A: r, B: c, Score: float64(rng.IntN(8)) / 4})
					}
				}
				es = es[:min(len(es), merge.MaxEdges)]
				if err := m.SetEdges(r, es); err != nil {
					t.Fatal(err)
				}
				want[r] = es
			}
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
	}
}
