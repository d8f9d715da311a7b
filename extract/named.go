package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
)

// Armed groups the actor dictionary does not hold.
//
// EVENTS.md records an actor outside the canonical table by its name as
// reported. A report names such a group by a proper name: a run of
// capitalised words holding a word that makes it a group ("the Sacred
// Valley Liberation Front", "Zawiya Martyrs Brigade", "the Movement for
// the Liberation of Kivu"), or a capitalised name before a lower-case
// one ("the Black Axe gang"). The words are the lexicon's [marker]
// group_head; a run of such words and of the words that tell no group
// apart (group_word: "National", "Special", "Air") alone is a kind of
// force ("Special Forces", "National Guard"), not a name. namedGroups
// adds each such name, not already a side the dictionary found, to the
// sentence's sides as an armed group; the same name in one report is one
// actor, and an acronym in brackets after it ("(SVLF)") names it from
// then on.

// namedConnector are the lower-case words that join the words of a name
// ("Army of Islam", "Front for the Liberation of X", "Jamaat al-Islam").
var namedConnector = map[string]bool{
	"of": true, "for": true, "the": true, "al": true, "el": true, "ul": true, "de": true, "du": true,
	"des": true, "la": true, "le": true, "wal": true, "bin": true, "ibn": true, "e": true,
}

// namedLead are capitalised words that open a sentence or a phrase before
// a name and are no part of it ("The", "Suspected", "Two").
var namedLead = map[string]bool{
	"the": true, "a": true, "an": true, "suspected": true, "alleged": true, "several": true, "some": true,
	"dozens": true, "hundreds": true, "scores": true, "rival": true, "armed": true, "heavily": true,
	"former": true, "both": true, "many": true, "all": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "members": true,
	"fighters": true, "militants": true, "gunmen": true, "rebels": true, "when": true, "after": true,
	"while": true, "as": true, "but": true, "and": true, "in": true, "on": true, "at": true, "by": true,
	"meanwhile": true, "earlier": true, "later": true, "elsewhere": true, "also": true, "then": true,
	"police": true, "soldiers": true, "troops": true, "residents": true, "witnesses": true,
}

// namedArticle are the articles a name may follow or open with.
var namedArticle = map[string]bool{"the": true, "a": true, "an": true}

// named is a group name found in a sentence: words [i, j) of it.
type named struct {
	i, j      int
	lowerKind bool // a group word in lower case closes it ("the Black Axe gang")
}

// namedGroups adds the sentence's named armed groups the dictionary does
// not hold to its sides (see the comment at the top of this file).
func (x *Extractor) namedGroups(a *analysis, s *sentence) {
	if len(s.words) == 0 {
		return
	}
	intros := introducedNames(a.text, s.words)
	// (most sentences hold no group word: they make no marks at all)
	if !slices.ContainsFunc(s.markers, func(m hit) bool {
		v := m.val.(string)
		return v == "group_head" || v == "group_kind"
	}) && len(a.namedAcronyms) == 0 && len(intros) == 0 {
		return
	}
	head := make([]bool, len(s.words))
	generic := make([]bool, len(s.words))
	kind := make([]bool, len(s.words))
	for _, m := range s.markers {
		switch m.val.(string) {
		case "group_head":
			if m.n == 1 {
				head[m.i], generic[m.i] = true, true
			}
		case "group_kind":
			if m.n == 1 {
				head[m.i], generic[m.i], kind[m.i] = true, true, true
			}
		case "group_word":
			if m.n == 1 {
				generic[m.i] = true
			}
		}
	}
	var found []actors.Mention
	// a dictionary side the name overlaps keeps its words, unless it is
	// a common noun inside the name ("Army" in "Red Lion Army"): that
	// gives way to the name
	var inside []int
	taken := func(sp sitrep.Span) bool {
		inside = inside[:0]
		for k, m := range s.actors {
			if m.Span.Start < sp.End && sp.Start < m.Span.End {
				if !m.Generic || !sp.Contains(m.Span) {
					return true
				}
				inside = append(inside, k)
			}
		}
		for _, m := range found {
			if m.Span.Start < sp.End && sp.Start < m.Span.End {
				return true
			}
		}
		return false
	}
	add := func(i, j int, lowerKind bool) {
		sp := sitrep.Span{Start: s.words[i].span.Start, End: s.words[j-1].span.End}
		if taken(sp) {
			return
		}
		name := strings.Join(strings.Fields(a.text[sp.Start:sp.End]), " ")
		// the words that tell the group apart: a nation's adjective alone
		// tells that nation's forces ("Ugandan People's Defence Force"),
		// or before a lower-case group word none ("a Mexican cartel")
		var forces *actors.Actor
		if x.actors != nil {
			forces = x.nationOnly(a.text, s.words[i:j], generic[i:j])
		}
		if forces != nil && lowerKind {
			return
		}
		act := forces
		if act == nil {
			act = a.namedActor(name)
		}
		for n := len(inside) - 1; n >= 0; n-- {
			s.actors = slices.Delete(s.actors, inside[n], inside[n]+1)
		}
		found = append(found, actors.Mention{Span: sp, Actor: act, Alias: name})
		// an acronym in brackets after the name names it too
		if j+2 < len(s.words) && s.words[j].low == "(" && s.words[j+2].low == ")" && acronym(a.text[s.words[j+1].span.Start:s.words[j+1].span.End]) {
			acr := a.text[s.words[j+1].span.Start:s.words[j+1].span.End]
			if a.namedAcronyms == nil {
				a.namedAcronyms = map[string]*actors.Actor{}
			}
			if _, ok := a.namedAcronyms[acr]; !ok {
				a.namedAcronyms[acr] = act
			}
		}
	}
	for _, n := range intros {
		add(n.i, n.j, false)
	}
	if !titleCased(s.words) {
		for _, n := range namedRuns(a.text, s.words, head, generic, kind) {
			if n.lowerKind && a.placeAt(sitrep.Span{Start: s.words[n.i].span.Start, End: s.words[n.j-1].span.End}) {
				continue // "the Zawiya gang": a place's people, no name
			}
			add(n.i, n.j, n.lowerKind)
		}
	}
	// the acronyms of names told before ("the SVLF")
	if len(a.namedAcronyms) > 0 {
		for _, w := range s.words {
			if !w.cap || w.punc {
				continue
			}
			if act, ok := a.namedAcronyms[a.text[w.span.Start:w.span.End]]; ok && !taken(w.span) {
				found = append(found, actors.Mention{Span: w.span, Actor: act, Alias: a.text[w.span.Start:w.span.End]})
			}
		}
	}
	if len(found) == 0 {
		return
	}
	s.actors = append(s.actors, found...)
	slices.SortStableFunc(s.actors, func(p, q actors.Mention) int { return p.Span.Start - q.Span.Start })
}

// introNoun are the nouns of a body that a name introduced after them
// names ("a group calling itself X", "a militia known as X").
var introNoun = map[string]bool{
	"group": true, "faction": true, "militia": true, "outfit": true, "organisation": true,
	"organization": true, "movement": true, "cell": true, "network": true, "coalition": true,
	"alliance": true, "front": true, "brigade": true,
}

// introducedNames finds the names a report gives a body as it brings it
// in ("a little-known group calling itself Ashab al-Kahf", "a militia
// known as the Lions of the Valley", "an armed group called
// Hurras"): whatever its words, the run of capitalised words after the
// introducing words names a group, when a noun of a body stands just
// before them.
func introducedNames(text string, words []word) []named {
	var out []named
	for k := 1; k+1 < len(words); k++ {
		start := -1
		switch words[k].low {
		case "calling", "styling":
			if w := words[k+1].low; w == "itself" || w == "themselves" {
				start = k + 2
			}
		case "called", "named":
			start = k + 1
		case "known":
			if words[k+1].low == "as" {
				start = k + 2
			}
		}
		if start < 0 {
			continue
		}
		body := false
		for b := k - 1; b >= 0 && b >= k-2; b-- {
			if introNoun[words[b].low] {
				body = true
			}
			if words[b].punc {
				break
			}
		}
		if !body {
			continue
		}
		if start < len(words) && words[start].punc && (words[start].low == "\"" || words[start].low == "“" || words[start].low == "'") {
			start++
		}
		if start < len(words) && words[start].low == "the" {
			start++
		}
		j := start
		if start < len(words) && words[start].cap && !words[start].punc && !words[start].num {
			// (a hyphen may join the name's words: "Ashab al-Kahf")
			j = capitalRun(text, words, start, true)
		}
		if j > start {
			out = append(out, named{i: start, j: j})
			k = j
		}
	}
	return out
}

// namedRuns finds the group names among the words: runs of capitalised
// words, joined by connectors, that hold a group word written with a
// capital (the name runs to the last one, or on through "of"/"for" after
// it), or that a group word in lower case closes ("Black Axe gang": the
// run before it). A name holds a word that is no generic word of names.
func namedRuns(text string, words []word, head, generic, kind []bool) []named {
	var out []named
	for i := 0; i < len(words); {
		w := words[i]
		if !w.cap || w.punc || w.num {
			i++
			continue
		}
		// the run: capitals, connectors between capitals, and the
		// lower-case end of a word an apostrophe splits ("People's")
		j := capitalRun(text, words, i, false)
		start := i
		// (a capital inside a sentence is the name's own: "the Seven Stars
		// gang"; at its opening it may be any word's: "Seven Red Lion
		// Army fighters")
		for start < j && (namedLead[words[start].low] && (start == 0 || words[start-1].punc || namedArticle[words[start].low]) || namedConnector[words[start].low]) && !head[start] {
			start++
		}
		if start == i && i > 0 && words[i].hyph && (words[i-1].low == "al" || words[i-1].low == "el") {
			start = i - 1 // "al-Quds Brigades"
		}
		if n, ok := nameIn(words, head, generic, start, j); ok {
			out = append(out, n)
		} else if j < len(words) && kind[j] && !words[j].cap && j > start && !generic[j-1] {
			// a capitalised name a lower-case group word closes
			if distinctive(words, generic, start, j) {
				out = append(out, named{i: start, j: j, lowerKind: true})
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

// capitalRun returns the end of the run of a name's words that opens
// with the capitalised word i: capitals, connectors between capitals
// ("Army of Islam"), and lower-case pieces glued to the word before by
// an apostrophe (the "s" of "People's", the "ang" of "Ta'ang") or, with
// hyphens, by a hyphen ("al-Kahf").
func capitalRun(text string, words []word, i int, hyphens bool) int {
	j := i + 1
	for j < len(words) {
		v := words[j]
		if v.punc || v.num {
			break
		}
		if v.cap {
			j++
			continue
		}
		if glued(text, words[j-1], v) && (hyphens || !v.hyph) {
			j++
			continue
		}
		if k := connectorsFrom(words, j); k > j {
			j = k
			continue
		}
		break
	}
	return j
}

// connectorsFrom returns, when the words from j are one or two
// connectors and then a capitalised word ("of Islam", "for the Liberation"),
// the index of that word; else j.
func connectorsFrom(words []word, j int) int {
	for k := j; k < len(words) && k < j+2; k++ {
		if !namedConnector[words[k].low] || words[k].cap {
			return j
		}
		if n := k + 1; n < len(words) && words[n].cap && !words[n].punc {
			return n
		}
	}
	return j
}

// nameIn reads the name in the run of words [i, j): up to its last group
// word written with a capital, or through the connector and words after
// it ("Movement for the Liberation of Azawad").
func nameIn(words []word, head, generic []bool, i, j int) (named, bool) {
	last := -1
	for k := i; k < j; k++ {
		if head[k] && words[k].cap {
			last = k
		}
	}
	if last < 0 {
		return named{}, false
	}
	end := last + 1
	if end < j && namedConnector[words[end].low] && (words[end].low == "of" || words[end].low == "for") {
		end = j
	}
	for end > i && namedConnector[words[end-1].low] {
		end--
	}
	if end-i < 2 || !distinctive(words, generic, i, end) {
		return named{}, false
	}
	if j-end >= 3 {
		return named{}, false // "Militia Fighter Battling Jihadists Fires Mortars": a headline's words
	}
	return named{i: i, j: end}, true
}

// distinctive reports whether words [i, j) hold a word that tells a
// group apart: one written with a capital that is no generic word of
// names nor a connector.
func distinctive(words []word, generic []bool, i, j int) bool {
	for k := i; k < j; k++ {
		if words[k].cap && !generic[k] && !namedConnector[words[k].low] {
			return true
		}
	}
	return false
}

// glued reports whether word v follows word u with no space between (an
// apostrophe or a hyphen splits them).
func glued(text string, u, v word) bool {
	if v.span.Start <= u.span.End {
		return false
	}
	gap := text[u.span.End:v.span.Start]
	return len(gap) <= 3 && !strings.ContainsAny(gap, " \t\n\r")
}

// titleCased reports whether the words are written with a capital at
// nearly every word, as headlines are: its runs of capitals are no names.
func titleCased(words []word) bool {
	n, c := 0, 0
	for _, w := range words {
		if w.punc || w.num || len(w.low) < 4 {
			continue
		}
		n++
		if w.cap {
			c++
		}
	}
	return n >= 4 && c*10 >= n*7
}

// acronym reports whether s is written as an acronym: two to eight
// letters, all capitals.
func acronym(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// nationOnly returns the forces of the nation whose adjective is the one
// word of a name that tells it apart ("Ugandan People's Defence Force":
// Uganda's forces), or nil.
func (x *Extractor) nationOnly(text string, words []word, generic []bool) *actors.Actor {
	var forces *actors.Actor
	for k, w := range words {
		if !w.cap || generic[k] || namedConnector[w.low] {
			continue
		}
		f := x.actors.Nation(text[w.span.Start:w.span.End])
		if f == nil {
			return nil
		}
		forces = f
	}
	return forces
}

// namedActor is the report's actor of a group named by name (one actor
// for the same name, whatever its capitals).
func (a *analysis) namedActor(name string) *actors.Actor {
	key := strings.ToLower(name)
	if act, ok := a.namedActors[key]; ok {
		return act
	}
	if a.namedActors == nil {
		a.namedActors = map[string]*actors.Actor{}
	}
	act := &actors.Actor{Name: name, Kind: actors.KindArmedGroup}
	a.namedActors[key] = act
	return act
}
