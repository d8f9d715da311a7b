package merge

import (
	"cmp"
	"slices"
)

// Decision is an analyst's word on two records, which wins over the rules:
// Together joins them (and their incidents), apart keeps them in different
// incidents whatever the rules say.
type Decision struct {
	A, B     string // record keys
	Together bool
}

// Edge is a candidate pair: two records the rules score as one incident.
type Edge struct {
	A, B  *Record
	Score float64
}

// ambiguityMargin is how close a loose record's second-best incident must
// score to its best for the record to be left alone (see Group).
const ambiguityMargin = 1.0

// Group divides records into incidents. Edges are the candidate pairs
// among them (found through blocking, see Index); decisions are the
// analyst's, applied first in the order given (a later decision about the
// same pair wins).
//
// The rule is agglomerative (average linkage) with a veto: pairs are taken
// best score first, and a pair joins its two groups when the scores of all
// pairs across the two average Threshold or more, and no record of one and
// record of the other are ruled out together (Compare blocks them: one
// report, two days apart, far apart, a capture and a recapture…) or kept
// apart by a decision. So a record does not join an incident through one
// report it resembles when it fits the others badly. Together decisions
// join first, vetoed only by apart decisions.
//
// A loose record (its day known to no better than weeks: undated, or only
// its report's news window) is left alone when two incidents that cannot
// be one, or that would not link on their own (a vague date and nothing
// else shared), would take it about equally well (within
// ambiguityMargin): an undated "the army retook the town" says nothing
// about which of two retakings it tells, nor an undated "retook the town
// on Thursday" which of two landmarks of the town taken on a Thursday.
//
// The result depends on the set of records, edges and decisions only, not
// on their order: groups are listed by their first record, and records in
// a group by First.
func Group(recs []*Record, edges []Edge, decisions []Decision) [][]*Record {
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

// First orders records as an incident lists them: the earliest published
// report first (reports without a publication day last), then by Key. The
// first record of an incident names it.
func First(a, b *Record) int {
	switch {
	case a.Published == "" && b.Published != "":
		return 1
	case a.Published != "" && b.Published == "":
		return -1
	}
	if c := cmp.Compare(a.Published, b.Published); c != 0 {
		return c
	}
	return cmp.Compare(a.Key, b.Key)
}
