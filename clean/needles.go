package clean

// needleSet tells, in one pass over a folded line, which of the rules'
// needed literal sets (rule.needs) the line has a string of: an automaton over all the
// literals of the table (a trie whose missing edges lead where the longest
// suffix read so far continues), so the cost is the line's length, not
// the line's length times the number of literals.
type needleSet struct {
	class  [256]uint8 // byte → column of next (0: a byte of no literal)
	cols   int
	next   []int32  // state*cols + column → state
	out    []uint64 // state*words: the literal sets one of whose strings ends here
	hasOut []bool
	words  int     // uint64 words per set bitset
	sets   [][]int // rule → its literal sets' numbers
}

// holds reports whether found (filled by scan) has a string of every set
// rule ri needs.
func (ns *needleSet) holds(ri int, found []uint64) bool {
	for _, k := range ns.sets[ri] {
		if found[k/64]&(1<<(k%64)) == 0 {
			return false
		}
	}
	return true
}

// newNeedleSet builds the automaton of the rules' needs (nil when no rule
// has any).
func newNeedleSet(rules []rule) *needleSet {
	ns := &needleSet{sets: make([][]int, len(rules))}
	var sets [][]string
	for ri, r := range rules {
		for _, set := range r.needs {
			ns.sets[ri] = append(ns.sets[ri], len(sets))
			sets = append(sets, set)
		}
	}
	ns.words = (len(sets) + 63) / 64
	any := false
	for _, set := range sets {
		for _, n := range set {
			for i := 0; i < len(n); i++ {
				if ns.class[n[i]] == 0 {
					ns.cols++
					ns.class[n[i]] = uint8(ns.cols)
				}
			}
			any = true
		}
	}
	if !any || ns.cols > 254 {
		return nil
	}
	ns.cols++ // column 0 for every other byte
	// the trie
	child := []map[uint8]int32{{}}
	out := [][]int{nil}
	for ri, set := range sets { // ri: the set's number
		for _, n := range set {
			s := int32(0)
			for i := 0; i < len(n); i++ {
				c := ns.class[n[i]]
				t, ok := child[s][c]
				if !ok {
					t = int32(len(child))
					child = append(child, map[uint8]int32{})
					out = append(out, nil)
					child[s][c] = t
				}
				s = t
			}
			out[s] = append(out[s], ri)
		}
	}
	states := len(child)
	ns.next = make([]int32, states*ns.cols)
	ns.out = make([]uint64, states*ns.words)
	ns.hasOut = make([]bool, states)
	fail := make([]int32, states)
	// breadth first: a state's failure state is done before it
	queue := make([]int32, 0, states)
	for c := 0; c < ns.cols; c++ {
		if t, ok := child[0][uint8(c)]; ok {
			ns.next[c] = t
			queue = append(queue, t)
		}
	}
	for _, ri := range out[0] {
		ns.out[ri/64] |= 1 << (ri % 64)
	}
	for q := 0; q < len(queue); q++ {
		s := queue[q]
		for _, ri := range out[s] {
			ns.out[int(s)*ns.words+ri/64] |= 1 << (ri % 64)
		}
		f := fail[s]
		for w := 0; w < ns.words; w++ {
			ns.out[int(s)*ns.words+w] |= ns.out[int(f)*ns.words+w]
		}
		for c := 0; c < ns.cols; c++ {
			if t, ok := child[s][uint8(c)]; ok {
				fail[t] = ns.next[int(f)*ns.cols+c]
				ns.next[int(s)*ns.cols+c] = t
				queue = append(queue, t)
			} else {
				ns.next[int(s)*ns.cols+c] = ns.next[int(f)*ns.cols+c]
			}
		}
	}
	for s := 0; s < states; s++ {
		for w := 0; w < ns.words; w++ {
			if ns.out[s*ns.words+w] != 0 {
				ns.hasOut[s] = true
			}
		}
	}
	return ns
}

// scan sets in found (ns.words long, cleared first) the bit of every
// literal set one of whose strings s contains.
func (ns *needleSet) scan(s string, found []uint64) {
	clear(found)
	st := int32(0)
	for i := 0; i < len(s); i++ {
		st = ns.next[int(st)*ns.cols+int(ns.class[s[i]])]
		if ns.hasOut[st] {
			o := ns.out[int(st)*ns.words : int(st+1)*ns.words]
			for w := range o {
				found[w] |= o[w]
			}
		}
	}
}
