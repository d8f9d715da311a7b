package merge

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"
	"sync/atomic"
)

// Blocking: a record is compared only with records filed near it in place
// and time, so that merging n records costs about n times the size of a
// block, never n².
//
// A record is filed under block keys: a place part and a 2-day time
// bucket. The place parts are
//
//   - its cell on a half-degree grid (about 55 km), for a point found as a
//     place or the town it is in (precision 1 or 2); it looks in the 3×3
//     cells around its own, which covers every pair within reachKM of each
//     other;
//   - its place name folded, and the name of the place it is said to be
//     within, for pairs of which one record lacks coordinates: they meet
//     when they name one place, or a place and a part of it (two records
//     with coordinates meet through their cells, or are too far apart);
//   - its province, for a record placed only at its province (precision
//     3), which looks among everything in its province; the others look
//     only among province-level records of theirs.
//
// The time part is the record's day interval cut into buckets; a record
// looks in the buckets of its interval widened by the date tolerance. An
// undated record, or one known only to the year, is filed under a bucket
// of its own (Undated) and looks in every bucket of its places; a dated
// record looks among the undated ones too. Both only in places that hold
// no more than LooseLimit records: an undated record in a place with many
// incidents cannot be told to belong to one of them.
const (
	cellDegrees = 0.5
	bucketDays  = 2
	maxBuckets  = 32 // an interval over this many buckets (64 days) counts as undated for blocking
	// LooseLimit is the most records a place may hold for its undated
	// records to be merged.
	LooseLimit = 64
)

// Undated is the bucket of records filed without a usable day interval.
const Undated = math.MinInt32

// Place is a place part of a block key: the kind of part in the top
// byte, then the cell's two grid numbers, or a 56-bit hash of the name or
// province (a collision only adds candidates that the rules then compare).
type Place uint64

const (
	partCell           = 'c'
	partName           = 'n' // the name of a record placed at a point
	partWithin         = 'w' // the enclosing place of a record placed at a point
	partUnplaced       = 'u' // the name of a record without a point
	partWithinUnplaced = 'v' // the enclosing place of a record without a point
	partProvince       = 'p'
	partInProv         = 'a'
)

func cellPlace(i, j int) Place {
	return Place(uint64(partCell)<<56 | uint64(uint32(i)&0x0fffffff)<<28 | uint64(uint32(j)&0x0fffffff))
}

func namedPlace(kind byte, parts ...string) Place {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return Place(uint64(kind)<<56 | h.Sum64()&(1<<56-1))
}

// Key is one block a record is filed under.
type Key struct {
	Place  Place
	Bucket int32
}

// Probe is a block range to look in: a place part and a bucket range, or
// every bucket (All). Own is the place part the looking record is filed
// under that records found here find it by.
type Probe struct {
	Place, Own Place
	From, To   int32
	All        bool
}

// look is a place part a record looks in, with the place part it is filed
// under that answers it: the other side of the pair finds the record
// there. Crowding is judged on both (see candidates).
type look struct{ place, own Place }

// placeParts appends to file the place parts a record is filed under, and
// to looks those it looks in (at most 4 and 16: callers pass buffers of
// that size, so that filing and looking allocate nothing). Looking is
// symmetric: when a looks in a part b is filed under, b looks in the part
// a's answering look names.
func (r *Record) placeParts(file []Place, looks []look) ([]Place, []look) {
	f := &r.f
	if f.hasPoint && f.precision != 3 {
		ci, cj := cell(f.lat, f.lon)
		own := cellPlace(ci, cj)
		file = append(file, own)
		for di := -1; di <= 1; di++ {
			for dj := -1; dj <= 1; dj++ {
				looks = append(looks, look{cellPlace(ci+di, cj+dj), own})
			}
		}
	}
	// Names pair records where coordinates cannot: when one of the two has
	// none (or only its province). Two records placed at points meet
	// through their cells, or are too far apart to be one incident.
	// Records with a point file under N and WP, those without under U and
	// WU; each looks where the other kind files.
	pointed := f.hasPoint && f.precision != 3
	name, within := "", ""
	if f.name != noSym {
		name = f.name.Value()
	}
	if f.within != noSym && f.within != f.name {
		within = f.within.Value()
	}
	if pointed {
		if name != "" {
			n := namedPlace(partName, name)
			file = append(file, n)
			looks = append(looks, look{namedPlace(partUnplaced, name), n}, look{namedPlace(partWithinUnplaced, name), n})
		}
		if within != "" {
			w := namedPlace(partWithin, within)
			file = append(file, w)
			looks = append(looks, look{namedPlace(partUnplaced, within), w})
		}
	} else {
		if name != "" {
			u := namedPlace(partUnplaced, name)
			file = append(file, u)
			looks = append(looks, look{namedPlace(partName, name), u}, look{u, u},
				look{namedPlace(partWithin, name), u}, look{namedPlace(partWithinUnplaced, name), u})
		}
		if within != "" {
			wu := namedPlace(partWithinUnplaced, within)
			file = append(file, wu)
			looks = append(looks, look{namedPlace(partName, within), wu}, look{namedPlace(partUnplaced, within), wu})
		}
	}
	if f.admin1 != noSym {
		p, a := namedPlace(partProvince, f.country.Value(), f.admin1.Value()), namedPlace(partInProv, f.country.Value(), f.admin1.Value())
		if f.precision == 3 {
			file = append(file, p)
			looks = append(looks, look{p, p}, look{a, p})
		} else {
			file = append(file, a)
			looks = append(looks, look{p, a})
		}
	}
	return file, looks
}

func cell(lat, lon float64) (int, int) {
	return int(math.Floor(lat / cellDegrees)), int(math.Floor(lon / cellDegrees))
}

// buckets returns the bucket range a record is filed under, and whether it
// has one (false: it is filed as Undated).
func (r *Record) buckets() (from, to int32, ok bool) {
	f := &r.f
	if f.dated == undated {
		return 0, 0, false
	}
	from, to = bucketOf(f.lo), bucketOf(f.hi)
	if to-from >= maxBuckets {
		return 0, 0, false
	}
	return from, to, true
}

func bucketOf(day int32) int32 {
	return int32(math.Floor(float64(day) / bucketDays))
}

// Keys returns the blocks a record is filed under.
func (r *Record) Keys() []Key { return r.appendKeys(nil) }

// appendKeys appends the blocks a record is filed under to out.
func (r *Record) appendKeys(out []Key) []Key {
	var fb [4]Place
	var lb [16]look
	places, _ := r.placeParts(fb[:0], lb[:0])
	from, to, ok := r.buckets()
	for _, p := range places {
		if !ok {
			out = append(out, Key{p, Undated})
			continue
		}
		for b := from; b <= to; b++ {
			out = append(out, Key{p, b})
		}
	}
	return out
}

// Probes returns the blocks a record looks for candidates in.
func (r *Record) Probes() []Probe { return r.appendProbes(nil) }

// appendProbes appends the blocks a record looks for candidates in to out.
func (r *Record) appendProbes(out []Probe) []Probe {
	var fb [4]Place
	var lb [16]look
	_, looks := r.placeParts(fb[:0], lb[:0])
	f := &r.f
	from, to, ok := r.buckets()
	if ok {
		from, to = bucketOf(f.lo-dateTolerance), bucketOf(f.hi+dateTolerance)
	}
	for _, l := range looks {
		out = append(out, Probe{Place: l.place, Own: l.own, From: from, To: to, All: !ok})
	}
	return out
}

// Loose reports whether a record looks in every bucket of its places.
func (r *Record) Loose() bool {
	_, _, ok := r.buckets()
	return !ok
}

// Finder keeps the records merged so far: filed under block keys, with
// the candidate pairs found among them and the groups they were put in.
// Index keeps them in memory; the store in its tables.
type Finder interface {
	// Crowded reports, for each place part, whether more than LooseLimit
	// records are filed under it, in all buckets together.
	Crowded(places []Place) ([]bool, error)
	// Find appends to dst the records filed in the block ranges (a record
	// may come more than once).
	Find(dst []*Record, ranges []Range) ([]*Record, error)
	// Edges returns the candidate pairs r is in: those r chose and those
	// others chose with r (each pair once).
	Edges(r *Record) ([]Edge, error)
	// Chosen returns, for each record, the candidate pairs it chose
	// (SetEdges), best first.
	Chosen(rs []*Record) ([][]Edge, error)
	// SetEdges replaces the candidate pairs r chose (A is r in each).
	SetEdges(r *Record, edges []Edge) error
	// Linked returns the records an analyst's decision has put together
	// with r, and those grouped with r before: grouping r again must
	// regroup them.
	Linked(r *Record) ([]*Record, error)
	// Siblings returns the records of r's document, r among them, in any
	// order: what sibling support weighs (see AnchorScore).
	Siblings(r *Record) ([]*Record, error)
}

// EdgesBatcher is a Finder that reads the candidate pairs of many records
// at once: EdgesOf gives, for each record, what Edges gives it.
type EdgesBatcher interface {
	EdgesOf(rs []*Record) ([][]Edge, error)
}

// Range is a range of buckets of one place part; From = To = Undated is
// the undated bucket alone, From = Undated and To = math.MaxInt32 every
// bucket.
type Range struct {
	Place    Place
	From, To int32
	// ByDays says Lo and Hi are the days the looking record's incident may
	// have happened on, widened by the date tolerance: a Finder may leave
	// out the records of the range known to have happened wholly outside
	// them (dated ones, filed under a bucket), since the rules block such
	// a pair anyway (date: apart). It need not: the rules weigh every pair.
	ByDays bool
	Lo, Hi int32
}

// candidates appends the records r's probes find to out. Where a place part
// looked in, or the one answering it, is crowded (more than LooseLimit
// records), undated records are neither looked for nor looked from: such a
// record cannot be told to belong to one incident of many. Judging both
// parts makes the rule the same from both sides of a pair, so a pair is
// found from either record or from neither.
func candidates(out []*Record, r *Record, find Finder, sc *scratch) ([]*Record, error) {
	sc.probes = r.appendProbes(sc.probes[:0])
	probes := sc.probes
	places := sc.places[:0]
	for _, p := range probes {
		places = append(places, p.Place, p.Own)
	}
	sc.places = places
	crowded, err := find.Crowded(places)
	if err != nil {
		return nil, err
	}
	ranges := sc.ranges[:0]
	for i, p := range probes {
		loose := !crowded[2*i] && !crowded[2*i+1]
		switch {
		case p.All && !loose:
		case p.All:
			ranges = append(ranges, Range{Place: p.Place, From: Undated, To: math.MaxInt32})
		default:
			// (a record filed under buckets is dated: its days are known)
			ranges = append(ranges, Range{Place: p.Place, From: max(p.From, Undated+1), To: p.To,
				ByDays: true, Lo: r.f.lo - dateTolerance, Hi: r.f.hi + dateTolerance})
			if loose {
				ranges = append(ranges, Range{Place: p.Place, From: Undated, To: Undated})
			}
		}
	}
	sc.ranges = ranges
	if len(ranges) == 0 {
		return out, nil
	}
	return find.Find(out, ranges)
}

// scratch holds the buffers candidates reuses from one record to the next.
type scratch struct {
	probes []Probe
	places []Place
	ranges []Range
}

// MaxEdges is how many candidate pairs a record keeps: its best ones.
// A report told by hundreds of outlets would otherwise tie each new report
// to every earlier one; a few links are enough to group it, since grouping
// weighs every pair it joins anyway.
const MaxEdges = 8

// better orders candidate pairs of one record: higher score first, then
// the partner's key.
func better(r *Record) func(x, y Edge) int {
	return func(x, y Edge) int {
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		return cmp.Compare(x.other(r).Key, y.other(r).Key)
	}
}

// Component gathers the records whose grouping seeds can change, and the
// candidate pairs among them. Each seed (a new record, or one whose
// candidates may have changed) is compared with the records its probes
// find, and keeps its MaxEdges best candidate pairs (SetEdges); a record a
// seed ranks above one of its kept pairs is compared again, so that what
// each record keeps is what it would keep had every record come at once.
// Then the component grows along kept pairs and decisions: the seeds,
// their partners, the partners' partners, and so on, with the records
// grouped with any of them before. Grouping a component gives the same
// incidents as grouping everything, since no candidate pair leaves it.
// maxSize caps the records gathered (0: no cap).
//
// A seed's report's other records are compared again too: their pairs
// with other reports may rest on sibling support (see AnchorScore), which
// the seed gives or takes away.
func Component(seeds []*Record, find Finder, maxSize int) ([]*Record, []Edge, error) {
	comp, edges, _, err := gather(seeds, find, maxSize, false)
	return comp, edges, err
}

// Gather is Component for a Finder none of whose records an analyst's
// decision names, cut where Group could not reach: it also returns, for
// every record gathered, whether Group leaves it alone (a loose record two
// incidents would take equally well; see Group), worked out from all its
// candidate pairs, and does not grow past such a record's partners. Since
// Group never joins a record it leaves alone, the records found only
// through one are grouped as they were: no pair of theirs joins anything
// the seeds change. (A record whose pairs the seeds changed, a seed or a
// record that chose again, is grown past all the same, as are the records
// grouped with one before.) Pass the result to GroupGathered: the same
// groups as Group over Component's records, for the records gathered.
func Gather(seeds []*Record, find Finder, maxSize int) ([]*Record, []Edge, map[*Record]bool, error) {
	return gather(seeds, find, maxSize, true)
}

func gather(seeds []*Record, find Finder, maxSize int, cut bool) ([]*Record, []Edge, map[*Record]bool, error) {
	probed := map[*Record]bool{}
	var cands, order []*Record // order: the records compared, seeds and those that chose again
	todo := slices.Clone(seeds)
	sup := newSupport(find)
	var sc scratch
	for _, r := range seeds {
		sibs, seen, err := sup.siblings(r)
		if err != nil {
			return nil, nil, nil, err
		}
		if seen {
			continue
		}
		for _, s := range sibs {
			if s != r {
				todo = append(todo, s)
			}
		}
	}
	for len(todo) > 0 {
		r := todo[0]
		todo = todo[1:]
		if probed[r] {
			continue
		}
		probed[r] = true
		order = append(order, r)
		var err error
		cands, err = candidates(cands[:0], r, find, &sc)
		if err != nil {
			return nil, nil, nil, err
		}
		var edges []Edge
		// a record filed under several place parts is found several times:
		// compare it once (a mark per pass is cheaper than a set)
		pass := passes.Add(1)
		r.seen = pass
		for _, c := range cands {
			if c.seen == pass || c == r {
				continue
			}
			c.seen = pass
			v := weigh(r, c)
			ok := v.Candidate()
			if !ok && liftable(v, r, c) {
				if ok, err = sup.supported(r, c); err != nil {
					return nil, nil, nil, err
				}
			}
			if ok {
				edges = append(edges, Edge{A: r, B: c, Score: v.Score})
			}
		}
		slices.SortFunc(edges, better(r))
		// a record that chose r when the pair was a candidate, and that r
		// no longer finds (a place became crowded), must choose again
		had, err := find.Edges(r)
		if err != nil {
			return nil, nil, nil, err
		}
		for _, e := range had {
			if c := e.other(r); !probed[c] && !slices.ContainsFunc(edges, func(f Edge) bool { return f.B == c }) {
				todo = append(todo, c)
			}
		}
		if err := find.SetEdges(r, edges[:min(len(edges), MaxEdges)]); err != nil {
			return nil, nil, nil, err
		}
		// a candidate that would now keep r among its best must choose again
		// (scores[i] is r's pair with others[i]: r's candidates are each
		// compared once, so each is in one of its pairs)
		var others []*Record
		var scores []float64
		for _, e := range edges {
			if !probed[e.B] {
				others = append(others, e.B)
				scores = append(scores, e.Score)
			}
		}
		if len(others) == 0 {
			continue
		}
		kept, err := find.Chosen(others)
		if err != nil {
			return nil, nil, nil, err
		}
		for i, c := range others {
			mine := Edge{A: c, B: r, Score: scores[i]}
			k := kept[i]
			if len(k) < MaxEdges || better(c)(mine, k[len(k)-1]) < 0 {
				if !slices.ContainsFunc(k, func(e Edge) bool { return e.B == r }) {
					todo = append(todo, c)
				}
			}
		}
	}

	in := make(map[string]*Record, len(order))
	var comp, queue []*Record
	add := func(r *Record) {
		if _, ok := in[r.Key]; ok || maxSize > 0 && len(comp) >= maxSize {
			return
		}
		in[r.Key] = r
		comp = append(comp, r)
		queue = append(queue, r)
	}
	for _, r := range order {
		add(r)
	}
	type pair struct{ a, b string }
	found := map[pair]bool{}
	var edges []Edge
	var alone map[*Record]bool
	if cut {
		alone = map[*Record]bool{}
	}
	// gather adds r's partners (es: its pairs, as Edges gives them) and
	// the records linked to it
	gather := func(r *Record, es []Edge) error {
		if cut {
			alone[r] = leftAlone(r, es)
			if alone[r] && !probed[r] {
				es = nil // Group joins nothing through r
			}
		}
		for _, e := range es {
			other := e.B
			if other.Key == r.Key {
				other = e.A
			}
			add(other)
			k := pair{min(e.A.Key, e.B.Key), max(e.A.Key, e.B.Key)}
			if !found[k] {
				found[k] = true
				edges = append(edges, e)
			}
		}
		linked, err := find.Linked(r)
		if err != nil {
			return err
		}
		for _, c := range linked {
			add(c)
		}
		return nil
	}
	// the queue is taken a round at a time: what a round adds comes after
	// it, as it would taken one record at a time, and a Finder that can
	// reads the pairs of a whole round at once
	batch, _ := find.(EdgesBatcher)
	for len(queue) > 0 {
		round := queue
		queue = nil
		var all [][]Edge
		if batch != nil {
			var err error
			if all, err = batch.EdgesOf(round); err != nil {
				return nil, nil, nil, err
			}
		}
		for i, r := range round {
			var es []Edge
			if all != nil {
				es = all[i]
			} else {
				var err error
				if es, err = find.Edges(r); err != nil {
					return nil, nil, nil, err
				}
			}
			if err := gather(r, es); err != nil {
				return nil, nil, nil, err
			}
		}
	}
	// with a cap, an edge may point at a record left out: keep those within
	edges = slices.DeleteFunc(edges, func(e Edge) bool {
		return in[e.A.Key] == nil || in[e.B.Key] == nil
	})
	// the records of an edge are the component's own
	for i, e := range edges {
		edges[i].A, edges[i].B = in[e.A.Key], in[e.B.Key]
	}
	return comp, edges, alone, nil
}

// indexed is what an Index keeps with a record.
type indexed struct {
	group    []*Record
	chosen   []Edge // the pairs it chose, A is the record
	incoming []Edge // pairs others chose with it
}

func (r *Record) indexed() *indexed {
	if r.idx == nil {
		r.idx = &indexed{}
	}
	return r.idx
}

// other returns the record of the edge that is not r.
func (e Edge) other(r *Record) *Record {
	if e.A == r {
		return e.B
	}
	return e.A
}

// passes numbers the comparison passes of Component, for Record.seen. A
// record must not be in two Components running at once.
var passes atomic.Uint64

// Index is an in-memory Finder: records filed by block key, the groups
// they were last put in, and decisions by record. It suits batch merging,
// tests and benchmarks; the store keeps its own. A record belongs to one
// Index at most: the index keeps its candidate pairs and group with it.
type Index struct {
	blocks map[Place]*place
	recs   []*Record  // the records added, by number (Record.num)
	days   [][2]int32 // the days of each record's incident (features lo, hi), by number
	links  map[string][]*Record
	docs   map[uint64]*Record // the last record added of each document (by hash), which leads to the others (Record.sib)
	keys   []Key              // Add's buffer of a record's keys
}

// place holds the records filed under one place part, by bucket, and the
// undated records whose candidates depend on it being crowded or not (they
// look in it, or answer a look from it). The dated records are kept as
// two parallel slices of numbers, free of pointers: a million records
// file several million times, and the collector need not scan them (the
// records themselves are held once, by Index.recs).
type place struct {
	undated []*Record // the records filed as Undated, in the order added
	buckets []int32   // the bucket of each dated filing, ascending
	recs    []int32   // the record of each dated filing (its number in Index.recs), in the order added within a bucket
	lookers []*Record
}

// size is how many records are filed under the place.
func (p *place) size() int { return len(p.undated) + len(p.buckets) }

// span returns the positions of the dated filings of buckets from to to
// (to = math.MaxInt32: to the last).
func (p *place) span(from, to int32) (i, j int) {
	i, j = firstFrom(p.buckets, from), len(p.buckets)
	if to < math.MaxInt32 {
		j = firstFrom(p.buckets, to+1)
	}
	return i, j
}

// firstFrom returns the position of the first bucket at or after b in an
// ascending list, searching from its end: records come mostly in time
// order, so what a record looks for and where it is filed lie near the
// end, and the search reads only the last few entries of a long list
// rather than the old ones a bisection of the whole list would touch.
func firstFrom(s []int32, b int32) int {
	hi := len(s) // s[hi:] are all at or after b
	lo := hi
	for step := 1; ; step *= 2 {
		lo = hi - step
		if lo <= 0 {
			lo = 0
			break
		}
		if s[lo] < b {
			break
		}
		hi = lo
	}
	i, _ := slices.BinarySearch(s[lo:hi], b)
	return lo + i
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{blocks: map[Place]*place{}, links: map[string][]*Record{}, docs: map[uint64]*Record{}}
}

// Add files a prepared record. It returns the undated records of the
// places this record made crowded (see Finder.Crowded), which must be
// grouped again: they may no longer stay in the incidents they joined
// while their places held few records.
func (x *Index) Add(r *Record) (regroup []*Record) {
	at := func(pl Place) *place {
		p := x.blocks[pl]
		if p == nil {
			p = &place{}
			x.blocks[pl] = p
		}
		return p
	}
	r.num = int32(len(x.recs))
	x.recs = append(x.recs, r)
	x.days = append(x.days, [2]int32{r.f.lo, r.f.hi})
	x.keys = r.appendKeys(x.keys[:0])
	for _, k := range x.keys {
		p := at(k.Place)
		if k.Bucket == Undated {
			p.undated = append(p.undated, r)
		} else {
			// after every record of the bucket: records mostly come in
			// time order, so this is mostly an append
			i := firstFrom(p.buckets, k.Bucket+1)
			p.buckets = slices.Insert(p.buckets, i, k.Bucket)
			p.recs = slices.Insert(p.recs, i, r.num)
		}
		if p.size() == LooseLimit+1 {
			// the place has just become crowded: the undated records that
			// look in it, or are found through it, lose candidates
			regroup = append(regroup, p.lookers...)
		}
	}
	if r.Loose() {
		var pb [16]Probe
		for _, pr := range r.appendProbes(pb[:0]) {
			for _, pl := range [2]Place{pr.Place, pr.Own} {
				p := at(pl)
				p.lookers = append(p.lookers, r)
			}
		}
	}
	r.sib = x.docs[r.f.doc]
	x.docs[r.f.doc] = r
	return regroup
}

// AddBatch files a batch of prepared records and returns the records whose
// grouping they can change, to pass to Component: the batch, and the
// undated records of places it made crowded.
func (x *Index) AddBatch(batch []*Record) []*Record {
	seeds := slices.Clone(batch)
	for _, r := range batch {
		seeds = append(seeds, x.Add(r)...)
	}
	return seeds
}

// Assign records the groups records were put in, so that Linked gives a
// record's fellow members: grouping a record again regroups its group.
func (x *Index) Assign(groups [][]*Record) {
	for _, g := range groups {
		for _, r := range g {
			if len(g) > 1 || r.idx != nil {
				r.indexed().group = g
			}
		}
	}
}

// Len is the number of records added.
func (x *Index) Len() int { return len(x.recs) }

// Link records a together decision between two added records.
func (x *Index) Link(a, b *Record) {
	x.links[a.Key] = append(x.links[a.Key], b)
	x.links[b.Key] = append(x.links[b.Key], a)
}

// Crowded implements Finder.
func (x *Index) Crowded(places []Place) ([]bool, error) {
	out := make([]bool, len(places))
	for i, pl := range places {
		p := x.blocks[pl]
		out[i] = p != nil && p.size() > LooseLimit
	}
	return out, nil
}

// Find implements Finder.
func (x *Index) Find(out []*Record, ranges []Range) ([]*Record, error) {
	for _, rg := range ranges {
		p := x.blocks[rg.Place]
		if p == nil {
			continue
		}
		if rg.From == Undated {
			out = append(out, p.undated...)
		}
		if rg.To == Undated {
			continue
		}
		i, j := p.span(max(rg.From, Undated+1), rg.To)
		for _, n := range p.recs[i:j] {
			// the days of a record, kept by its number, tell a pair
			// the rules block as apart without reading the record
			if d := x.days[n]; rg.ByDays && (d[1] < rg.Lo || d[0] > rg.Hi) {
				continue
			}
			out = append(out, x.recs[n])
		}
	}
	return out, nil
}

// Edges implements Finder.
func (x *Index) Edges(r *Record) ([]Edge, error) {
	if r.idx == nil {
		return nil, nil
	}
	out := slices.Clone(r.idx.chosen)
	for _, e := range r.idx.incoming {
		if !slices.ContainsFunc(r.idx.chosen, func(c Edge) bool { return c.B == e.A }) {
			out = append(out, e)
		}
	}
	return out, nil
}

// Chosen implements Finder.
func (x *Index) Chosen(rs []*Record) ([][]Edge, error) {
	out := make([][]Edge, len(rs))
	for i, r := range rs {
		if r.idx != nil {
			out[i] = r.idx.chosen
		}
	}
	return out, nil
}

// SetEdges implements Finder.
func (x *Index) SetEdges(r *Record, edges []Edge) error {
	if r.idx != nil {
		for _, e := range r.idx.chosen {
			o := e.B.idx
			o.incoming = slices.DeleteFunc(o.incoming, func(f Edge) bool { return f.A == r })
		}
		r.idx.chosen = nil
	}
	if len(edges) == 0 {
		return nil
	}
	r.indexed().chosen = slices.Clone(edges)
	for _, e := range edges {
		o := e.B.indexed()
		o.incoming = append(o.incoming, e)
	}
	return nil
}

// Linked implements Finder: the records a decision links to r, and the
// other members of r's group.
func (x *Index) Linked(r *Record) ([]*Record, error) {
	out := x.links[r.Key]
	if r.idx != nil {
		out = append(slices.Clone(out), r.idx.group...)
	}
	return out, nil
}

// Siblings implements Finder.
func (x *Index) Siblings(r *Record) ([]*Record, error) {
	out := []*Record{}
	for s := x.docs[r.f.doc]; s != nil; s = s.sib {
		if s.Doc == r.Doc {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		out = append(out, r)
	}
	return out, nil
}
