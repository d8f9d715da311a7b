package merge

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
)

// groupEveryPair is Group as it was before it weighed classes of equal
// records (wire copies) a pair of classes at a time: every pair of two
// joining groups weighed on its own. TestGroupWeighsClassesAsEveryPair
// holds Group to it.
func groupEveryPair(recs []*Record, edges []Edge, decisions []Decision) [][]*Record {
	idx := make(map[string]int, len(recs))
	for i, r := range recs {
		idx[r.Key] = i
	}
	// the latest decision about a pair wins
	type pairKey struct{ a, b int }
	pk := func(a, b int) pairKey {
		if a > b {
			a, b = b, a
		}
		return pairKey{a, b}
	}
	decided := map[pairKey]bool{}
	var order []pairKey
	for _, d := range decisions {
		a, okA := idx[d.A]
		b, okB := idx[d.B]
		if !okA || !okB || a == b {
			continue
		}
		k := pk(a, b)
		if _, seen := decided[k]; !seen {
			order = append(order, k)
		}
		decided[k] = d.Together
	}
	apart := func(a, b int) bool {
		t, ok := decided[pk(a, b)]
		return ok && !t
	}

	// candidate edges, each pair once, without pairs decided either way
	type edge struct {
		a, b  int
		score float64
	}
	best := map[pairKey]float64{}
	for _, e := range edges {
		a, okA := idx[e.A.Key]
		b, okB := idx[e.B.Key]
		if !okA || !okB || a == b {
			continue
		}
		k := pk(a, b)
		if _, ok := decided[k]; ok {
			continue
		}
		if s, ok := best[k]; !ok || e.Score > s {
			best[k] = e.Score
		}
	}
	var es []edge
	for k, s := range best {
		es = append(es, edge{k.a, k.b, s})
	}
	key := func(i int) string { return recs[i].Key }
	slices.SortFunc(es, func(x, y edge) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(min(key(x.a), key(x.b)), min(key(y.a), key(y.b))); c != 0 {
			return c
		}
		return cmp.Compare(max(key(x.a), key(x.b)), max(key(y.a), key(y.b)))
	})

	// comparisons of any two records, worked out once each
	verdicts := map[pairKey]Verdict{}
	compare := func(a, b int) Verdict {
		k := pk(a, b)
		v, ok := verdicts[k]
		if !ok {
			v = weigh(recs[a], recs[b])
			verdicts[k] = v
		}
		return v
	}
	isBlocked := func(a, b int) bool { return compare(a, b).Blocked }

	// a loose record that two incidents would take equally well joins
	// neither, when the two cannot be one or would not link on their own
	drop := map[int]bool{}
	byRec := map[int][]edge{}
	for _, e := range es { // es is best first
		byRec[e.a] = append(byRec[e.a], e)
		byRec[e.b] = append(byRec[e.b], e)
	}
	other := func(e edge, r int) int {
		if e.a == r {
			return e.b
		}
		return e.a
	}
	for r := range recs {
		list := byRec[r]
		if len(list) < 2 || !recs[r].f.loose() {
			continue
		}
		top := other(list[0], r)
		for _, e := range list[1:] {
			if e.score <= list[0].score-ambiguityMargin {
				break
			}
			if o := other(e, r); isBlocked(top, o) || apart(top, o) || compare(top, o).Gated {
				drop[r] = true
				break
			}
		}
	}

	// union with veto
	group := make([]int, len(recs))
	members := make([][]int, len(recs))
	for i := range recs {
		group[i] = i
		members[i] = []int{i}
	}
	join := func(a, b int, byRule bool) {
		ga, gb := group[a], group[b]
		if ga == gb {
			return
		}
		sum := 0.0
		for _, x := range members[ga] {
			for _, y := range members[gb] {
				if apart(x, y) {
					return
				}
				if byRule {
					// weighed afresh: a pair is met here about once (when
					// its groups join), and weigh costs less than a look-up
					// in verdicts and a new entry there
					v := weigh(recs[x], recs[y])
					if v.Blocked {
						return
					}
					sum += v.Score
				}
			}
		}
		if byRule && sum < Threshold*float64(len(members[ga])*len(members[gb])) {
			return
		}
		if len(members[ga]) < len(members[gb]) || len(members[ga]) == len(members[gb]) && gb < ga {
			ga, gb = gb, ga
		}
		for _, y := range members[gb] {
			group[y] = ga
		}
		members[ga] = append(members[ga], members[gb]...)
		members[gb] = nil
	}
	for _, k := range order {
		if decided[k] {
			join(k.a, k.b, false)
		}
	}
	for _, e := range es {
		if drop[e.a] || drop[e.b] {
			continue
		}
		join(e.a, e.b, true)
	}

	var out [][]*Record
	for g, m := range members {
		if len(m) == 0 || group[g] != g {
			continue
		}
		rs := make([]*Record, len(m))
		for i, x := range m {
			rs[i] = recs[x]
		}
		slices.SortFunc(rs, First)
		out = append(out, rs)
	}
	slices.SortFunc(out, func(x, y []*Record) int { return First(x[0], y[0]) })
	return out
}

// TestWeightsAreQuarters: Group multiplies a class pair's score by the
// pairs it stands for instead of adding them one by one, which gives the
// same sum to the bit only while every weight is a multiple of a quarter
// (sums of such numbers are exact in a float64).
func TestWeightsAreQuarters(t *testing.T) {
	for _, r := range Rules {
		if math.IsInf(r.Weight, -1) || math.IsNaN(r.Weight) {
			continue
		}
		if q := r.Weight * 4; q != math.Trunc(q) || math.Abs(q) > 1<<20 {
			t.Errorf("%s/%s: weight %g is not a multiple of 0.25", r.Aspect, r.Relation, r.Weight)
		}
	}
}

// TestGroupWeighsClassesAsEveryPair groups synthetic batches full of wire
// copies (records equal to their original's but for the report, some
// published on another day), reports of several records, and analysts'
// decisions about copies and originals, and demands what weighing every
// pair gives.
func TestGroupWeighsClassesAsEveryPair(t *testing.T) {
	for seed := range uint64(12) {
		rng := rand.New(rand.NewPCG(seed, 41))
		base := synthetic(rng, 400, 6+int(seed))
		recs := slices.Clone(base)
		for i, o := range base {
			switch rng.IntN(4) {
			case 0, 1: // wire copies
				for c := range 1 + rng.IntN(6) {
					doc := &sitrep.Document{ID: fmt.Sprintf("%s-v%d", o.Doc, c), DuplicateOf: o.Doc, Published: o.Published}
					if rng.IntN(5) == 0 && o.Published != "" {
						doc.Published = sitrep.DateOf(o.Published.Time().AddDate(0, 0, 1+rng.IntN(40)))
					}
					e := *o.Event
					recs = append(recs, NewRecord(fmt.Sprintf("%s-c%d", o.Key, c), doc, &e))
				}
			case 2: // a second record of the same report, told alike
				if i%3 == 0 {
					e := *o.Event
					doc := &sitrep.Document{ID: o.Doc, Published: o.Published}
					recs = append(recs, NewRecord(o.Key+"-twin", doc, &e))
				}
			}
		}
		var decisions []Decision
		for range 30 {
			a, b := recs[rng.IntN(len(recs))], recs[rng.IntN(len(recs))]
			decisions = append(decisions, Decision{A: a.Key, B: b.Key, Together: rng.IntN(3) == 0})
		}
		for _, ds := range [][]Decision{nil, decisions} {
			x := NewIndex()
			for _, r := range recs {
				x.Add(r)
			}
			for _, d := range ds {
				if d.Together {
					x.Link(find(t, recs, d.A), find(t, recs, d.B))
				}
			}
			comp, edges, err := Component(recs, x, 0)
			if err != nil {
				t.Fatal(err)
			}
			want := groupEveryPair(comp, edges, ds)
			got := Group(comp, edges, ds)
			if show(got) != show(want) {
				t.Fatalf("seed %d, %d decisions: classes give other groups than every pair", seed, len(ds))
			}
			if seed == 0 && len(ds) == 0 && len(want) > len(comp)*9/10 {
				t.Fatalf("the batch merged almost nothing (%d groups of %d records): the test would prove nothing", len(want), len(comp))
			}
		}
	}
}

// BenchmarkGroupCopies groups one report's record and 700 wire copies of
// it, as a story told in every round of 'sitrep generate' gathers them:
// one class, weighed once, against every pair.
func BenchmarkGroupCopies(b *testing.B) {
	o := r{key: "e0", doc: "d0", place: "Kessa", lat: 12, lon: 14, geo: 1, admin1: "Borno", country: "NG",
		sub: "Attack", a1: "Boko Haram", killed: sitrep.Exact(4), date: "2024-08-27", pub: "2024-08-28"}.rec()
	recs := []*Record{o}
	for c := range 700 {
		doc := &sitrep.Document{ID: fmt.Sprintf("d0-v%d", c), DuplicateOf: "d0", Published: o.Published}
		e := *o.Event
		recs = append(recs, NewRecord(fmt.Sprintf("e0-v%d", c), doc, &e))
	}
	x := NewIndex()
	for _, r := range recs {
		x.Add(r)
	}
	comp, edges, err := Component(recs, x, 0)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		group func([]*Record, []Edge, []Decision) [][]*Record
	}{{"classes", Group}, {"every_pair", groupEveryPair}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if g := c.group(comp, edges, nil); len(g) != 1 {
					b.Fatalf("%d groups", len(g))
				}
			}
		})
	}
}
