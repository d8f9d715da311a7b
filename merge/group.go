package merge

import (
	"cmp"
	"hash/maphash"
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
	return GroupGathered(recs, edges, decisions, nil)
}

// GroupGathered is Group with the loose records left alone known already
// (alone, as Gather gives them, for every record of recs), rather than
// worked out from the candidate pairs among recs: a component Gather cut
// at such records lacks some of their pairs. With alone nil it is Group.
func GroupGathered(recs []*Record, edges []Edge, decisions []Decision, alone map[*Record]bool) [][]*Record {
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
	drop := make([]bool, len(recs))
	byRec := make([][]edge, len(recs))
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
		if alone != nil {
			drop[r] = alone[recs[r]]
			continue
		}
		list := byRec[r]
		top := -1
		if len(list) > 0 {
			top = other(list[0], r)
		}
		drop[r] = ambiguous(recs[r], len(list), func(i int) float64 { return list[i].score }, func(i int) bool {
			o := other(list[i], r)
			return isBlocked(top, o) || apart(top, o) || compare(top, o).Gated
		})
	}

	// union with veto. Records whose features are equal, their reports
	// aside (the records of wire copies of one report, as a rule), weigh
	// alike against any record of another report: a group keeps how many
	// records of each such class it holds, and two groups are weighed a
	// pair of classes at a time, each verdict times the pairs it stands
	// for. Weights are multiples of a quarter (TestWeightsAreQuarters), so
	// the sums are exact, whatever their order: the same as weighing every
	// pair. What is not a class's (two records of one report, an analyst's
	// apart) is checked record by record.
	// (classes are found by a hash of the features, then compared whole:
	// a map keyed by the features themselves would copy each key apart,
	// features being large)
	seed := maphash.MakeSeed()
	classOf := make(map[uint64]int32, len(recs)) // the first class of a hash
	var reps []*features
	var sameHash []int32 // by class: the next class of its hash, or -1
	cls := make([]int32, len(recs))
	for i, r := range recs {
		k := r.f
		k.doc = 0
		h := maphash.Comparable(seed, k)
		c, ok := classOf[h]
		for ok && c >= 0 {
			x := *reps[c]
			x.doc = 0
			if x == k {
				break
			}
			c = sameHash[c]
		}
		if !ok || c < 0 {
			c = int32(len(reps))
			next := int32(-1)
			if first, ok := classOf[h]; ok {
				next = first
			}
			classOf[h] = c
			reps = append(reps, &recs[i].f)
			sameHash = append(sameHash, next)
		}
		cls[i] = c
	}
	type classVerdict struct {
		score   float64
		blocked bool
	}
	classVerdicts := map[uint64]classVerdict{}
	weighClasses := func(a, b int32) classVerdict {
		if a > b {
			a, b = b, a
		}
		k := uint64(a)<<32 | uint64(b)
		v, ok := classVerdicts[k]
		if !ok {
			w := weighFeatures(reps[a], reps[b])
			v = classVerdict{w.Score, w.Blocked}
			classVerdicts[k] = v
		}
		return v
	}
	inDecision := make([]bool, len(recs))
	for k := range decided {
		inDecision[k.a], inDecision[k.b] = true, true
	}
	group := make([]int, len(recs))
	members := make([][]int, len(recs))
	counts := make([][]classCount, len(recs))  // by class, ascending
	docs := make([]map[string]bool, len(recs)) // the reports of a group's records; nil for a record alone: its own
	decidedIn := make([][]int, len(recs))      // a group's records an analyst decided about
	for i := range recs {
		group[i] = i
		members[i] = []int{i}
		counts[i] = []classCount{{cls[i], 1}}
		if inDecision[i] {
			decidedIn[i] = []int{i}
		}
	}
	join := func(a, b int, byRule bool) {
		ga, gb := group[a], group[b]
		if ga == gb {
			return
		}
		for _, x := range decidedIn[ga] {
			for _, y := range decidedIn[gb] {
				if apart(x, y) {
					return
				}
			}
		}
		if byRule {
			// two records of one report block the pair
			switch small, large := docs[ga], docs[gb]; {
			case small == nil && large == nil:
				if recs[ga].Doc == recs[gb].Doc {
					return
				}
			case small == nil:
				if large[recs[ga].Doc] {
					return
				}
			case large == nil:
				if small[recs[gb].Doc] {
					return
				}
			default:
				if len(small) > len(large) {
					small, large = large, small
				}
				for d := range small {
					if large[d] {
						return
					}
				}
			}
			sum := 0.0
			for _, x := range counts[ga] {
				for _, y := range counts[gb] {
					v := weighClasses(x.class, y.class)
					if v.blocked {
						// a town too far from the other's place, as its
						// own report places it, that another report of
						// the two groups puts inside that place
						w, ok := toldInside(reps[x.class], reps[y.class], counts[ga], counts[gb], reps)
						if !ok {
							return
						}
						v = classVerdict{w.Score, false}
					}
					sum += float64(x.n*y.n) * v.score
				}
			}
			if sum < Threshold*float64(len(members[ga])*len(members[gb])) {
				return
			}
		}
		if len(members[ga]) < len(members[gb]) || len(members[ga]) == len(members[gb]) && gb < ga {
			ga, gb = gb, ga
		}
		for _, y := range members[gb] {
			group[y] = ga
		}
		members[ga] = append(members[ga], members[gb]...)
		members[gb] = nil
		counts[ga] = mergeCounts(counts[ga], counts[gb])
		counts[gb] = nil
		if docs[ga] == nil {
			docs[ga] = map[string]bool{recs[ga].Doc: true}
		}
		if docs[gb] == nil {
			docs[ga][recs[gb].Doc] = true
		}
		for d := range docs[gb] {
			docs[ga][d] = true
		}
		docs[gb] = nil
		decidedIn[ga] = append(decidedIn[ga], decidedIn[gb]...)
		decidedIn[gb] = nil
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

// classCount is how many records of one class (see Group) a group holds.
type classCount struct {
	class int32
	n     int
}

// mergeCounts merges two lists of class counts, each ascending by class,
// into one ascending list.
func mergeCounts(a, b []classCount) []classCount {
	out := make([]classCount, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].class < b[j].class:
			out = append(out, a[i])
			i++
		case a[i].class > b[j].class:
			out = append(out, b[j])
			j++
		default:
			out = append(out, classCount{a[i].class, a[i].n + b[j].n})
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// ambiguous reports whether a loose record is left alone (see Group): of
// its n candidate pairs, best first as Group orders them (score(i) the
// i-th's), one that scores within ambiguityMargin of the best leads to a
// record that the best one's record cannot be one incident with (blocks(i):
// the pair is blocked, kept apart, or would not link on its own).
func ambiguous(r *Record, n int, score func(i int) float64, blocks func(i int) bool) bool {
	if n < 2 || !r.f.loose() {
		return false
	}
	for i := 1; i < n; i++ {
		if score(i) <= score(0)-ambiguityMargin {
			break
		}
		if blocks(i) {
			return true
		}
	}
	return false
}

// leftAlone reports whether Group, given every candidate pair of r (es,
// as Finder.Edges gives them) and no analyst's decisions, leaves r alone
// as an ambiguous loose record.
func leftAlone(r *Record, es []Edge) bool {
	if len(es) < 2 || !r.f.loose() {
		return false
	}
	// each partner once, at its best score, in Group's order of pairs
	type pair struct {
		o     *Record
		score float64
	}
	var ps []pair
	for _, e := range es {
		o := e.other(r)
		if o == r || o.Key == r.Key {
			continue
		}
		if i := slices.IndexFunc(ps, func(p pair) bool { return p.o.Key == o.Key }); i >= 0 {
			ps[i].score = max(ps[i].score, e.Score)
			continue
		}
		ps = append(ps, pair{o, e.Score})
	}
	slices.SortFunc(ps, func(x, y pair) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(min(r.Key, x.o.Key), min(r.Key, y.o.Key)); c != 0 {
			return c
		}
		return cmp.Compare(max(r.Key, x.o.Key), max(r.Key, y.o.Key))
	})
	return ambiguous(r, len(ps), func(i int) float64 { return ps[i].score }, func(i int) bool {
		v := weigh(ps[0].o, ps[i].o)
		return v.Blocked || v.Gated
	})
}

// toldInside weighs a pair of records blocked as far apart, one of whose
// towns another report of the incident being formed (a record of one of
// the two groups' classes, cs) says lies inside the other's place: "the
// power station in Dibis, north of Kirkuk" tells the reader of another
// report's "a power station near Kirkuk" and a third's "the power plant
// in Dibis" that the two are one place, told more and less precisely. The
// town without a place of its own said (no within) borrows what the
// other report says of the same town (the same name, not a namesake), and
// the pair is weighed again: it passes when nothing else blocks it.
func toldInside(x, y *features, ga, gb []classCount, reps []*features) (Verdict, bool) {
	for _, pair := range [2][2]*features{{x, y}, {y, x}} {
		a, b := pair[0], pair[1]
		if a.within != noSym || a.name == noSym || b.name == noSym {
			continue
		}
		for _, cs := range [2][]classCount{ga, gb} {
			for _, c := range cs {
				t := reps[c.class]
				if t == a || t.within == noSym || !samePlaceName(t, a) || namesakes(t, a) || !similarNames(t.within, b.name) {
					continue
				}
				told := *a
				told.within = t.within
				if v := weighFeatures(&told, b); !v.Blocked {
					return v, true
				}
			}
		}
	}
	return Verdict{}, false
}
