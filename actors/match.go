package actors

import (
	"strings"

	"github.com/sitrep/sitrep"
)

// Entry priorities: when two entries share the same words, the higher wins.
const (
	prioCanonical = 1 // an actor's canonical name, matched as written
	prioGeneric   = 2 // a generic term ("soldiers")
	prioNational  = 3 // "<adjective> <term>" made from a nation block
	prioAlias     = 4 // an alias written in an actor block
	prioLocal     = 5 // an alias of the documents of some countries only ("aliases in SD: RSF")
)

// matcher is the compiled, immutable form of a dictionary.
//
// "<adjective> <term>" ("Iraqi soldiers", "Malian army") is not stored for
// every nation: the adjectives are marked in the trie (node.nations) and
// the terms of the national generics form one trie of their own (terms),
// walked from the end of an adjective, the entry found there naming that
// adjective's forces.
type matcher struct {
	root   *node
	terms  *node             // the national generics' terms, shared by every nation's adjectives
	byName map[string]*Actor // lower-cased canonical name → actor
	// tables is every generic block by its lower-cased name, for the
	// tables a caller looks up by name ("air power") rather than by a word
	// of the text
	tables map[string]*resolved
	// opens marks the folded words that may open a phrase (the keys of
	// root.next) by a cheap signature of each (openSig): a word whose
	// signature is not marked opens none, and find does not look it up
	opens *[1 << 10]uint64
}

// openSig is a cheap signature of a folded word: its first, middle and
// last bytes and its length, in 16 bits. Two words of one signature may
// differ; a word's signature never changes.
func openSig(k []byte) int {
	l := min(len(k), 15)
	return int(k[0]&31)<<11 | int(k[len(k)/2]&31)<<6 | int(k[len(k)-1]&3)<<4 | l
}

// mayOpen reports whether the folded word k may be a key of root.next
// (false: it is not).
func (mt *matcher) mayOpen(k []byte) bool {
	if len(k) == 0 || mt.opens == nil {
		return true
	}
	h := openSig(k)
	return mt.opens[h>>6]&(1<<(h&63)) != 0
}

// markOpeners fills opens from root.next.
func (mt *matcher) markOpeners() {
	mt.opens = new([1 << 10]uint64)
	for k := range mt.root.next {
		if k == "" {
			mt.opens = nil // (cannot be marked: every word is looked up)
			return
		}
		h := openSig([]byte(k))
		mt.opens[h>>6] |= 1 << (h & 63)
	}
}

// node is one state of the word trie: the words matched so far.
type node struct {
	next    map[string]*node
	entries []*entry
	nations []*entry // the nation adjectives ending here, each with its forces as actor
}

// entry is one alias or generic term ending at a node.
type entry struct {
	actor   *Actor    // the actor of an alias
	generic *resolved // the table of a generic term
	alias   string
	upper   uint64   // bit k: word k is an acronym and must be written in capitals
	exact   []string // for an alias written "=Word": each word exactly as written
	// countries, when set, limit the alias to documents of those
	// countries: it is not matched elsewhere, nor when the country is unknown.
	countries []string
	prio      int
	seq       int
	leader    bool // the name of a leader of the actor (Mention.Leader)
}

// fits reports whether the entry may name an actor in a document of country.
func (e *entry) fits(country string) bool {
	if e.countries == nil {
		return true
	}
	for _, c := range e.countries {
		if c == country {
			return true
		}
	}
	return false
}

// resolved is a generic term's table, compiled to actors.
type resolved struct {
	byCountry map[string]*Actor
	def       *Actor
	// pointsBack is set when the block's terms, made definite ("the
	// militants"), point back at the armed group a report named before
	pointsBack bool
}

func (r *resolved) actor(country string) *Actor {
	if a := r.byCountry[country]; a != nil {
		return a
	}
	return r.def
}

func (e *entry) resolve(country string) *Actor {
	if e.generic != nil {
		return e.generic.actor(country)
	}
	return e.actor
}

// caseOK reports whether the matched words honour the entry's acronyms.
func (e *entry) caseOK(text string, toks []token) bool {
	if e.exact != nil {
		for k := range toks {
			if text[toks[k].start:toks[k].end] != e.exact[k] {
				return false
			}
		}
		return true
	}
	if e.upper == 0 {
		return true
	}
	for k := range toks {
		if e.upper&(1<<uint(k)) != 0 && !toks[k].upper {
			return false
		}
	}
	return true
}

// better reports whether e beats o when both match the same words.
func (e *entry) better(o *entry) bool {
	if e.prio != o.prio {
		return e.prio > o.prio
	}
	return e.seq > o.seq
}

// betterAnywhere is better for a lookup that knows no country: an alias
// of every country beats one limited to some.
func (e *entry) betterAnywhere(o *entry) bool {
	if el, ol := e.countries != nil, o.countries != nil; el != ol {
		return ol
	}
	return e.better(o)
}

// build compiles a model into a matcher.
func build(m *model) *matcher {
	mt := &matcher{root: &node{}, terms: &node{}, byName: make(map[string]*Actor, len(m.actors)), tables: make(map[string]*resolved, len(m.generics))}
	actors := make(map[string]*Actor, len(m.actors))
	for _, name := range m.order {
		a := m.actors[name].actor
		actors[name] = &a
		mt.byName[strings.ToLower(name)] = &a
	}
	sc := &scratch{}
	for _, name := range m.order {
		def := m.actors[name]
		if !def.unnamed {
			mt.root.add(sc, &entry{actor: actors[name], alias: name, prio: prioCanonical})
		}
		for _, al := range def.aliases {
			e := &entry{actor: actors[name], alias: al.text, prio: prioAlias, seq: al.seq, leader: al.leader}
			if al.countries != nil {
				e.prio, e.countries = prioLocal, al.countries
			}
			mt.root.add(sc, e)
		}
	}
	national := false
	for _, gname := range m.gorder {
		g := m.generics[gname]
		r := &resolved{byCountry: map[string]*Actor{}, def: actors[g.def], pointsBack: g.pointsBack}
		if g.national {
			national = true
			for _, code := range m.norder {
				r.byCountry[code] = actors[m.nations[code].forces]
			}
			for _, t := range g.terms {
				mt.terms.add(sc, &entry{alias: t.text, prio: prioNational, seq: t.seq})
			}
			for _, t := range g.nationalTerms {
				mt.terms.add(sc, &entry{alias: t, prio: prioNational})
			}
		}
		for cc, name := range g.byCountry {
			r.byCountry[cc] = actors[name]
		}
		mt.tables[strings.ToLower(gname)] = r
		for _, t := range g.terms {
			mt.root.add(sc, &entry{generic: r, alias: t.text, prio: prioGeneric, seq: t.seq})
		}
	}
	if national {
		for _, code := range m.norder {
			n := m.nations[code]
			for _, adj := range n.adjectives {
				e := &entry{actor: actors[n.forces], alias: adj, prio: prioNational}
				if at := mt.root.insert(sc, e); at != nil {
					at.nations = append(at.nations, e)
				}
			}
		}
	}
	mt.markOpeners()
	return mt
}

// add inserts an entry under the words of its alias, below n.
func (n *node) add(sc *scratch, e *entry) {
	if at := n.insert(sc, e); at != nil {
		at.entries = append(at.entries, e)
	}
}

// insert makes the nodes for the words of an entry's alias below n and
// returns the last, or nil when the alias is left out. An alias written
// "=Hashed" matches only words written exactly so. Aliases longer than 64
// words cannot carry their acronym mask and are left out.
func (n *node) insert(sc *scratch, e *entry) *node {
	exact := strings.HasPrefix(e.alias, "=")
	if exact {
		e.alias = strings.TrimSpace(e.alias[1:])
	}
	sc.tokenize(e.alias, 0, len(e.alias))
	if len(sc.toks) == 0 || len(sc.toks) > 64 {
		return nil
	}
	for i, t := range sc.toks {
		k := sc.key(i)
		c := n.next[string(k)]
		if c == nil {
			if n.next == nil {
				n.next = map[string]*node{}
			}
			c = &node{}
			n.next[string(k)] = c
		}
		n = c
		if t.upper && t.letters >= 2 {
			e.upper |= 1 << uint(i)
		}
		if exact {
			e.exact = append(e.exact, e.alias[t.start:t.end])
		}
	}
	return n
}

// follow returns the node reached from n by tokens from to to-1 of sc, or nil.
func (n *node) follow(sc *scratch, from, to int) *node {
	for k := from; k < to && n != nil; k++ {
		n = n.next[string(sc.key(k))]
	}
	return n
}

// whole returns the best entry whose words are all of text: a generic
// term when generic is set, otherwise an actor's name or alias, or
// "<adjective> <term>" of a nation. An alias limited to some countries
// counts only when no other entry fits.
func (mt *matcher) whole(text string, generic bool) *entry {
	sc := getScratch()
	defer putScratch(sc)
	sc.tokenize(text, 0, len(text))
	toks := sc.toks
	if len(toks) == 0 {
		return nil
	}
	var best *entry
	if end := mt.root.follow(sc, 0, len(toks)); end != nil {
		for _, e := range end.entries {
			if (e.generic != nil) != generic || !e.caseOK(text, toks) {
				continue
			}
			if best == nil || e.betterAnywhere(best) {
				best = e
			}
		}
	}
	if generic {
		return best
	}
	n := mt.root
	for i := 0; i+1 < len(toks); i++ {
		if n = n.next[string(sc.key(i))]; n == nil {
			break
		}
		if len(n.nations) == 0 {
			continue
		}
		t := mt.terms.follow(sc, i+1, len(toks))
		if t == nil {
			continue
		}
		for _, adj := range n.nations {
			if !adj.caseOK(text, toks[:i+1]) {
				continue
			}
			for _, e := range t.entries {
				if !e.caseOK(text, toks[i+1:]) {
					continue
				}
				if ne := (&entry{actor: adj.actor, alias: adj.alias + " " + e.alias, prio: e.prio, seq: e.seq}); best == nil || ne.betterAnywhere(best) {
					best = ne
				}
			}
		}
	}
	return best
}

// match is the best reading found so far of the words from one token on.
type match struct {
	e     *entry
	actor *Actor
	end   int    // the last token
	adj   *entry // the nation adjective before a national term, if any
}

// offer keeps e when it ends later than the reading kept, or at the same
// token and is better.
func (m *match) offer(e *entry, a *Actor, end int, adj *entry) {
	if m.e == nil || end > m.end || end == m.end && e.better(m.e) {
		*m = match{e: e, actor: a, end: end, adj: adj}
	}
}

// find walks the tokens in sc and appends the mentions to out.
func (mt *matcher) find(text string, sc *scratch, country string, out []Mention) []Mention {
	toks := sc.toks
	belief := beliefToBe(sc)
	for i := 0; i < len(toks); {
		n := mt.root
		var best match
		for j := i; j < len(toks); j++ {
			if j > i && toks[j].broken {
				break
			}
			if j == i && !mt.mayOpen(sc.key(j)) {
				break // (no phrase opens with the word)
			}
			n = n.next[string(sc.key(j))]
			if n == nil {
				break
			}
			for _, e := range n.entries {
				if !e.fits(country) || !e.caseOK(text, toks[i:j+1]) {
					continue
				}
				if e.upper != 0 && j == i && shouting(sc, i) {
					continue
				}
				if e.generic != nil && j+1 < len(toks) && toks[j+1].hyphen && describesPlace(sc.key(j+1)) {
					continue // "rebel-held", "regime-controlled": a place, not a side acting
				}
				if a := e.resolve(country); a != nil {
					best.offer(e, a, j, nil)
				}
			}
			for _, adj := range n.nations {
				if adj.caseOK(text, toks[i:j+1]) {
					mt.afterAdjective(text, sc, adj, j+1, &best)
				}
			}
		}
		// "warplanes believed to be Russian": a nation's term whose
		// adjective is told after it
		if belief {
			mt.termThenAdjective(text, sc, i, &best)
		}
		if best.e == nil {
			i++
			continue
		}
		end := best.end
		if best.e.generic == nil && !best.e.leader && best.actor.Kind != KindCivilians && end+1 < len(toks) &&
			!toks[end+1].broken && memberNoun(sc.key(end+1)) {
			end++ // "M23 rebels", "ENDF troops": the name with the word for its members
		}
		if end+1 < len(toks) && toks[end+1].hyphen && affiliates(sc.key(end+1)) {
			// "the al-Qaeda-linked al-Shabaab group", "US-backed SDF
			// fighters": a side that describes the one after it, not a
			// side told acting
			i = end + 2
			continue
		}
		alias := best.e.alias
		if best.adj != nil {
			alias = best.adj.alias + " " + alias
		}
		out = append(out, Mention{
			Span:    sitrep.Span{Start: toks[i].start, End: toks[end].end},
			Actor:   best.actor,
			Alias:   alias,
			Generic: best.e.generic != nil,
			Leader:  best.e.leader,
		})
		i = end + 1
	}
	return out
}

// afterAdjective offers the national terms that follow a nation's
// adjective ending before token from ("Iraqi" + "soldiers"), naming the
// nation's forces.
func (mt *matcher) afterAdjective(text string, sc *scratch, adj *entry, from int, best *match) {
	mt.termsFrom(text, sc, adj, from, best)
	// "Iraqi F-16 jets", "Russian Su-25 warplanes": an aircraft's model
	// between the adjective and the term
	if m := modelEnd(text, sc, from); m > from {
		mt.termsFrom(text, sc, adj, m, best)
	}
}

// modelEnd returns, when the tokens from i are a model's designation (a
// short capitalised word and a number joined by a hyphen: "F-16",
// "Su-25", "MiG-29", "Mi-24"), the index of the token after it; else i.
func modelEnd(text string, sc *scratch, i int) int {
	toks := sc.toks
	if i+1 >= len(toks) || toks[i].broken || toks[i+1].broken || !toks[i+1].hyphen {
		return i
	}
	a, b := toks[i], toks[i+1]
	if a.letters == 0 || a.end-a.start > 4 || !isASCIIUpper(text[a.start]) || b.letters != 0 || b.end-b.start > 3 {
		return i
	}
	return i + 2
}

// termsFrom offers the national terms that start at token from.
func (mt *matcher) termsFrom(text string, sc *scratch, adj *entry, from int, best *match) {
	toks := sc.toks
	n := mt.terms
	for k := from; k < len(toks) && !toks[k].broken; k++ {
		if n = n.next[string(sc.key(k))]; n == nil {
			return
		}
		for _, e := range n.entries {
			if e.caseOK(text, toks[from:k+1]) {
				best.offer(e, adj.actor, k, adj)
			}
		}
	}
}

// beliefWord reports a verb of belief termThenAdjective reads before
// "to be".
func beliefWord(w []byte) bool {
	switch string(w) {
	case "believed", "thought", "suspected", "presumed", "reported", "said":
		return true
	}
	return false
}

// beliefToBe reports whether the tokens hold a verb of belief followed by
// "to be" anywhere, the words termThenAdjective needs: without them it
// offers nothing, and find does not try it at every token.
func beliefToBe(sc *scratch) bool {
	for k := 0; k+2 < len(sc.toks); k++ {
		if beliefWord(sc.key(k)) && string(sc.key(k+1)) == "to" && string(sc.key(k+2)) == "be" {
			return true
		}
	}
	return false
}

// termThenAdjective offers a nation's forces for a national term at token
// i told with its nation after it: "warplanes believed to be Russian",
// "jets thought to be Syrian". Only a verb of belief and "to be" may
// stand between, so "soldiers said to be ..." needs the whole phrase.
func (mt *matcher) termThenAdjective(text string, sc *scratch, i int, best *match) {
	toks := sc.toks
	n := mt.terms
	for k := i; k < len(toks) && !toks[k].broken && k < i+3; k++ {
		if n = n.next[string(sc.key(k))]; n == nil {
			return
		}
		if len(n.entries) == 0 || k+4 >= len(toks) {
			continue
		}
		if !beliefWord(sc.key(k + 1)) {
			continue
		}
		if string(sc.key(k+2)) != "to" || string(sc.key(k+3)) != "be" || toks[k+2].broken || toks[k+3].broken || toks[k+4].broken {
			continue
		}
		a := mt.root
		for j := k + 4; j < len(toks) && j < k+7; j++ {
			if j > k+4 && toks[j].broken {
				break
			}
			if a = a.next[string(sc.key(j))]; a == nil {
				break
			}
			for _, adj := range a.nations {
				if !adj.caseOK(text, toks[k+4:j+1]) {
					continue
				}
				for _, e := range n.entries {
					if e.caseOK(text, toks[i:k+1]) {
						best.offer(e, adj.actor, j, adj)
					}
				}
			}
		}
	}
}

// shouting reports whether the one-word acronym at token i sits among
// words written all in capitals ("WHAT IS IT", an upper-case headline),
// where capitals say nothing about acronyms.
func shouting(sc *scratch, i int) bool {
	toks := sc.toks
	n := 0
	if i > 0 && !toks[i].broken {
		if !toks[i-1].upper || toks[i-1].letters < 2 {
			return false
		}
		n++
	}
	if i+1 < len(toks) && !toks[i+1].broken {
		if !toks[i+1].upper || toks[i+1].letters < 2 {
			return false
		}
		n++
	}
	return n > 0
}

// describesPlace reports whether a word after a hyphen turns a generic
// term into a description of territory ("rebel-held", "militant-controlled").
func describesPlace(w []byte) bool {
	switch string(w) {
	case "held", "controlled", "run", "dominated", "occupied", "besieged", "populated", "majority", "free":
		return true
	}
	return false
}

// affiliates reports whether a word after a hyphen makes a side's name
// the description of a tie ("al-Qaeda-linked", "Iran-backed").
func affiliates(w []byte) bool {
	switch string(w) {
	case "linked", "backed", "affiliated", "allied", "aligned", "inspired", "supported", "sponsored", "funded",
		"trained", "armed", "leaning", "friendly", "loyal":
		return true
	}
	return false
}

// memberNoun reports whether a word after a side's name says its members
// ("ENDF troops", "Rwanda-backed M23 rebels", "JeM militants"): the word
// belongs to the name's mention instead of being a generic side of its own.
func memberNoun(w []byte) bool {
	switch string(w) {
	case "fighters", "militants", "rebels", "insurgents", "guerrillas", "gunmen", "militiamen", "militia", "militias",
		"troops", "soldiers", "forces", "personnel", "members", "elements", "units", "commandos", "jawans", "cadres",
		"operatives", "terrorists", "jihadists", "extremists", "paramilitaries", "policemen", "officers":
		return true
	}
	return false
}
