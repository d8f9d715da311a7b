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
type matcher struct {
	root   *node
	byName map[string]*Actor // lower-cased canonical name → actor
}

// node is one state of the word trie: the words matched so far.
type node struct {
	next    map[string]*node
	entries []*entry
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
	mt := &matcher{root: &node{}, byName: make(map[string]*Actor, len(m.actors))}
	actors := make(map[string]*Actor, len(m.actors))
	for _, name := range m.order {
		a := m.actors[name].actor
		actors[name] = &a
		mt.byName[strings.ToLower(name)] = &a
	}
	sc := &scratch{}
	for _, name := range m.order {
		def := m.actors[name]
		mt.add(sc, &entry{actor: actors[name], alias: name, prio: prioCanonical})
		for _, al := range def.aliases {
			e := &entry{actor: actors[name], alias: al.text, prio: prioAlias, seq: al.seq}
			if al.countries != nil {
				e.prio, e.countries = prioLocal, al.countries
			}
			mt.add(sc, e)
		}
	}
	for _, gname := range m.gorder {
		g := m.generics[gname]
		r := &resolved{byCountry: map[string]*Actor{}, def: actors[g.def]}
		if g.national {
			for _, code := range m.norder {
				n := m.nations[code]
				forces := actors[n.forces]
				r.byCountry[code] = forces
				for _, adj := range n.adjectives {
					for _, t := range g.terms {
						mt.add(sc, &entry{actor: forces, alias: adj + " " + t.text, prio: prioNational, seq: t.seq})
					}
					for _, t := range g.nationalTerms {
						mt.add(sc, &entry{actor: forces, alias: adj + " " + t, prio: prioNational})
					}
				}
			}
		}
		for cc, name := range g.byCountry {
			r.byCountry[cc] = actors[name]
		}
		for _, t := range g.terms {
			mt.add(sc, &entry{generic: r, alias: t.text, prio: prioGeneric, seq: t.seq})
		}
	}
	return mt
}

// add inserts an entry under the words of its alias. An alias written
// "=Hashed" matches only words written exactly so. Aliases longer than 64
// words cannot carry their acronym mask and are left out.
func (mt *matcher) add(sc *scratch, e *entry) {
	exact := strings.HasPrefix(e.alias, "=")
	if exact {
		e.alias = strings.TrimSpace(e.alias[1:])
	}
	sc.tokenize(e.alias, 0, len(e.alias))
	if len(sc.toks) == 0 || len(sc.toks) > 64 {
		return
	}
	n := mt.root
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
	n.entries = append(n.entries, e)
}

// whole returns the best entry whose words are all of text: a generic
// term when generic is set, otherwise an actor's name or alias. An alias
// limited to some countries counts only when no other entry fits.
func (mt *matcher) whole(text string, generic bool) *entry {
	sc := getScratch()
	defer putScratch(sc)
	sc.tokenize(text, 0, len(text))
	if len(sc.toks) == 0 {
		return nil
	}
	n := mt.root
	for i := range sc.toks {
		if n = n.next[string(sc.key(i))]; n == nil {
			return nil
		}
	}
	var best *entry
	for _, e := range n.entries {
		if (e.generic != nil) != generic || !e.caseOK(text, sc.toks) {
			continue
		}
		if best == nil || e.betterAnywhere(best) {
			best = e
		}
	}
	return best
}

// find walks the tokens in sc and appends the mentions to out.
func (mt *matcher) find(text string, sc *scratch, country string, out []Mention) []Mention {
	toks := sc.toks
	for i := 0; i < len(toks); {
		n := mt.root
		bestEnd := -1
		var best *entry
		var bestActor *Actor
		for j := i; j < len(toks); j++ {
			if j > i && toks[j].broken {
				break
			}
			n = n.next[string(sc.key(j))]
			if n == nil {
				break
			}
			var local *entry
			var localActor *Actor
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
				a := e.resolve(country)
				if a == nil {
					continue
				}
				if local == nil || e.better(local) {
					local, localActor = e, a
				}
			}
			if local != nil {
				best, bestActor, bestEnd = local, localActor, j
			}
		}
		if best == nil {
			i++
			continue
		}
		if best.generic == nil && bestActor.Kind != KindCivilians && bestEnd+1 < len(toks) &&
			!toks[bestEnd+1].broken && memberNoun(sc.key(bestEnd+1)) {
			bestEnd++ // "M23 rebels", "ENDF troops": the name with the word for its members
		}
		out = append(out, Mention{
			Span:    sitrep.Span{Start: toks[i].start, End: toks[bestEnd].end},
			Actor:   bestActor,
			Alias:   best.alias,
			Generic: best.generic != nil,
		})
		i = bestEnd + 1
	}
	return out
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
