package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/quantity"
)

// casualty is one figure of people hurt as a sentence gives it.
type casualty struct {
	kind   string // killed, wounded, abducted, arrested
	group  string // civilians, soldiers, police, militants, people
	count  sitrep.Count
	vague  bool
	span   sitrep.Span // the words it came from ("killing 12 soldiers")
	np     sitrep.Span // the counted people ("12 soldiers")
	sent   int
	subset bool // a part of a count given just before ("including 5 children")
	also   bool // adds to the counts told before ("were also killed")
	// ordinal is the place an ordinal gives the one person counted ("a
	// fourth died in hospital": 4), 0 for none: one more than the dead
	// told before, unless they were already that many
	ordinal int
	// outside is set for a count told as left out of the toll before it
	// ("the toll rose to 12, excluding the three attackers")
	outside bool
	toll    bool // a stated total ("the death toll rose to 40")
	// revised is set for a toll told as corrected ("the toll was later
	// revised down to 35"): the latest word on the whole
	revised bool
	// whole is set for a count told as the toll itself ("put the toll at
	// 15"): all the dead again, not more of them
	whole bool
	// all is set for a count told as all of them ("all the five
	// militants"): the whole, past the parts told before
	all    bool
	reflex bool // the attackers themselves ("blew themselves up")
	// besideDoer is set for the others an attacker killed with himself
	// ("killed himself and 11 others"): told apart from him, so he is
	// counted beside them
	besideDoer bool
	// summary is set for a count the report leads with that its later
	// sentences share out over several incidents ("three bombers blew
	// themselves up", then two at one place and one at another): each
	// incident counts its own part
	summary    bool
	listed     bool // a member of a list of counts sharing one predicate
	elliptic   bool // counts set after a passive verb with none of their own ("were killed, two police officers and four civilians")
	background bool // its nearest date is history
	// cumulative is set for a running total ("since October", "in the
	// past 24 hours"): a figure, not one incident's count.
	cumulative bool
	// actor is the named side the people belong to ("24 Islamic State
	// fighters"), when the words name one.
	actor string
	// source is who the sentence says told the count ("prosecutors said
	// 20 were hurt"), "" when it names nobody
	source string
	// own is set for a count its source tells as its own side's losses
	// ("the LNA said it had lost two men", "five of its fighters")
	own bool
	// parts are the count shared out over places after it ("nine deaths,
	// seven in Segue and two in Sonfounou"); site is the place mention a
	// part is told at, plus one (0 for any other casualty)
	parts []*casualty
	site  int
	// inPart is set for a count that a part of another's shares out
	// counts ("killed 24: 14 died in Djibo and 10 in Kaya", the 14)
	inPart bool
	// nested is set for a part introduced ("including", "among them")
	// right after a count that is itself a part of another ("Three of
	// them were killed, including a child"): a part of that part, never
	// added beside it
	nested bool
	// lumped is set for people told killed or wounded together ("killed
	// or wounded at least six people"): harm told, with no count of
	// either kind
	lumped bool
	// hurtDied is set for the hurt told dead now ("three volunteers who
	// were wounded in the attack died on Friday"): more dead of the
	// incident the hurt were told of
	hurtDied bool
	// apart says, for the rest of a count some of whose members are told
	// apart at a place of their own (splitMembers), how many and where
	apart string
	// at is the place mention the count is told at when its sentence
	// tells its counts each at a place of its own (countSites), plus one
	at int
}

// np is a phrase that counts people: the number words and the noun.
type np struct {
	a, b   int // words [a, b): number through head noun
	qa, qb int // the number words
	count  sitrep.Count
	vague  bool
	group  string
	bare   bool // a number with no noun ("wounding six")
	single bool // "a policeman": one person, no number
	toll   bool // the number of a death toll ("the toll rose to 12")
	// hurtToll is set for the number of a count of the hurt told as a
	// noun ("the number of injured stood at 25", "later put the figure at
	// 18" after a count of the wounded)
	hurtToll bool
	after    int // end of a noun after the casualty word ("65 dead regime fighters"), or 0
	// gapped is set for a count whose verb is left out after "and",
	// being the verb of the count before ("Seven were killed in Bokkos
	// and four in Mangu")
	gapped bool
	// besideDoer is set for "others" right after "himself and" (see
	// casualty.besideDoer)
	besideDoer bool
	// doer is set for the one who did the act, named by a definite noun
	// of the doer and told dead in the passive ("the bomber was also
	// killed"): the attacker himself, as "blew himself up" tells him
	doer bool
}

// doerNoun are the nouns that name the one who did an act ("the bomber",
// "the gunman"), told dead after it ("the bomber was also killed").
var doerNoun = map[string]bool{"bomber": true, "attacker": true, "assailant": true, "gunman": true}

// npFunction are the function words that may stand inside a counted noun
// phrase ("three of the soldiers", "members of their family"); any other
// function word ends the phrase.
var npFunction = map[string]bool{
	"of": true, "the": true, "their": true, "his": true, "its": true, "her": true, "pro": true, "off": true,
	"on": true, "u": true, "s": true, "ex": true, "anti": true, "non": true,
}

// notModifier are words that end a counted noun phrase before its head:
// function words, verbs and words that say what happened to people.
var notModifier = map[string]bool{
	"a": true, "an": true, "and": true, "or": true, "but": true, "in": true, "at": true, "by": true,
	"with": true, "from": true, "to": true, "for": true, "as": true, "into": true, "near": true,
	"were": true, "was": true, "are": true, "is": true, "be": true, "been": true, "being": true,
	"have": true, "has": true, "had": true, "will": true, "would": true, "could": true, "may": true,
	"who": true, "which": true, "that": true, "whom": true, "whose": true, "when": true, "while": true,
	"after": true, "before": true, "during": true, "since": true, "than": true, "said": true, "says": true,
	"told": true, "also": true, "not": true, "no": true, "all": true, "both": true, "each": true,
	"wounded": true, "dead": true, "injured": true, "missing": true, "killed": true, "family": true,
	"hours": true, "days": true, "weeks": true, "months": true, "years": true, "times": true,
	"km": true, "kilometres": true, "kilometers": true, "miles": true, "metres": true, "meters": true,
	// prepositions of where and when ("wounding 105 across the country")
	"across": true, "throughout": true, "around": true, "outside": true, "inside": true, "within": true,
	"along": true, "amid": true, "overnight": true, "yesterday": true, "today": true,
}

// npModifier reports whether word k may stand between a number and the
// noun it counts: a name or adjective ("24 Islamic State fighters", "32
// Afghan border force personnel", "four state police officers"), not a
// function word, a verb or a word of what happened.
func (x *Extractor) npModifier(s *sentence, k int) bool {
	w := s.words[k]
	switch {
	case w.punc || w.num:
		return false
	case npFunction[w.low]:
		return true
	case w.cap && k > 0:
		return true // a name ("IS", "Islamic State"), not a function word in capitals
	case notModifier[w.low]:
		return false
	case w.cap:
		return true
	}
	if x.casualtyAt(s, k, false) != "" || x.casualtyAt(s, k, true) != "" {
		return false
	}
	if participialAdjective[w.low] {
		return true // "19 suspected gang members", "six armed men", "a detained activist"
	}
	if _, n := x.lex.triggers.at(s.words, k); n > 0 {
		return false
	}
	if w.hyph && k > 0 && !s.words[k-1].punc && (strings.HasSuffix(w.low, "ed") || strings.HasSuffix(w.low, "ing")) {
		// the second half of a compound adjective, most often a side's
		// tie: "nine Islamic State-linked militants", "12 Iran-backed
		// fighters", "five Qaeda-affiliated gunmen"
		return true
	}
	return !strings.HasSuffix(w.low, "ed") && !strings.HasSuffix(w.low, "ing") && !strings.HasSuffix(w.low, "ly")
}

// describedFrom skips the words in -ed that describe people at word i
// ("suspected", "alleged", "armed"; two at most) to the word that names
// them.
func describedFrom(s *sentence, i int) int {
	for n := 0; n < 2 && i+1 < len(s.words) && participialAdjective[s.words[i].low]; n++ {
		i++
	}
	return i
}

// participialAdjective are words in -ed that describe the people a count
// names rather than say what happened to them.
var participialAdjective = map[string]bool{
	"suspected": true, "alleged": true, "armed": true, "unarmed": true, "masked": true, "hooded": true,
	"unidentified": true, "retired": true, "uniformed": true, "trained": true, "disguised": true,
	"hired": true, "enlisted": true, "allied": true,
	// held: who they are, not what the sentence tells befell them ("a
	// detained activist died in custody")
	"detained": true, "jailed": true, "imprisoned": true, "abducted": true, "kidnapped": true,
}

// copulas and adverbs that may stand between a counted noun and the word
// that says what happened to them ("were reportedly killed").
var predFiller = map[string]bool{
	"were": true, "was": true, "have": true, "has": true, "had": true, "been": true, "be": true, "are": true,
	"is": true, "being": true, "reportedly": true, "reported": true, "confirmed": true, "also": true,
	"both": true, "all": true, "later": true, "critically": true, "seriously": true, "severely": true,
	"slightly": true, "lightly": true, "badly": true, "gravely": true, "to": true, "fatally": true,
	"allegedly": true, "said": false, "believed": true, "thought": true, "feared": true, "initially": true,
	"already": true, "now": true, "so": true, "far": false, "themselves": true, "either": true,
	"or": true, "and": true, "mostly": true, "most": true, "of": true, "whom": true, "them": true,
	"immediately": true, "instantly": true, "apparently": true, "respectively": true, "others": true,
	"more": true, "got": true, "get": true, "left": false, "found": true, "among": true, "those": true,
	"in": false, "who": false,
}

// tollFiller may stand between "toll" and its number ("the death toll has
// risen to 40").
var tollFiller = map[string]bool{
	"rose": true, "rise": true, "rises": true, "has": true, "have": true, "had": true, "risen": true,
	"climbed": true, "climbs": true, "jumped": true, "up": true, "reached": true, "reaches": true,
	"stands": true, "stood": true, "at": true, "increased": true, "to": true, "of": true, "the": true,
	"death": true, "now": true, "further": true, "went": true, "was": true, "is": true, "hit": true,
	"provisional": true, "final": true, "initial": true, "between": true, "put": true, "puts": true,
	"place": true, "places": true, "placed": true, "estimated": true, "around": true, "about": true,
	"believed": true, "thought": true, "expected": true, "likely": true, "be": true, "could": true,
	"revised": true, "lowered": true, "downgraded": true, "corrected": true, "down": true, "later": true,
	"fell": true, "dropped": true, "been": true, "raised": true, "updated": true, "upped": true,
	"numbered": true,
}

// harmOfEnds reports whether a phrase of harm that ends in "of" ends right
// before word i ("the death of", "the killing of", "the abduction of"):
// what follows is the one it befell.
func (x *Extractor) harmOfEnds(s *sentence, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if _, n := x.lex.casualty.at(s.words, k); n > 0 && k+n == i {
			return true
		}
	}
	return false
}

// leadsPossessedList reports whether the person's noun ending before word
// end, past an "of" phrase of its own of at most four words, is joined by
// "and" to people the possessive names as theirs ("... and two of his
// bodyguards", "... and his driver").
func (s *sentence) leadsPossessedList(end int) bool {
	k := end
	if k < len(s.words) && s.words[k].low == "of" {
		for k++; k < len(s.words) && k <= end+5 && !s.words[k].punc && s.words[k].low != "and"; k++ {
		}
	}
	if k+2 >= len(s.words) || s.words[k].low != "and" {
		return false
	}
	w := s.words[k+1].low
	if w == "his" || w == "her" || w == "their" {
		return true
	}
	if _, ok := s.countAt(k + 1); ok && k+3 < len(s.words) && s.words[k+2].low == "of" {
		w = s.words[k+3].low
		return w == "his" || w == "her" || w == "their"
	}
	return false
}

// single reports a word that counts one ("a", "an", "one").
func single(w string) bool { return w == "a" || w == "an" || w == "one" }

// endsBare reports whether a counted noun phrase ending before word i
// stands alone there, as a list's member with no verb of its own does
// ("were killed, two police officers and four civilians."): the sentence
// ends, or a comma, dash, bracket, conjunction or preposition follows. A
// word after it that goes on with the noun phrase ("a human rights group
// said") or a verb of its own makes it no member.
func endsBare(s *sentence, i int) bool {
	if i >= len(s.words) || s.words[i].punc {
		return true
	}
	switch s.words[i].low {
	case "and", "or", "in", "at", "near", "on", "from", "among", "including", "while", "as", "when", "after", "during", "inside", "outside", "across":
		return true
	}
	return false
}

// partOfThem reports whether the number ending before word qb is set
// after a comma or dash as "N of them" / "N of whom" and a noun of the
// people ("…, 14 of them soldiers"): a part of the count told before.
func partOfThem(s *sentence, qb int) bool {
	if qb+2 >= len(s.words) || s.words[qb].low != "of" || (s.words[qb+1].low != "them" && s.words[qb+1].low != "whom") {
		return false
	}
	for k := qb - 1; k >= 0 && k >= qb-4; k-- {
		if s.words[k].low == "," || s.words[k].low == "-" || s.words[k].low == "(" {
			return true
		}
	}
	return false
}

// isSubsetOnlyByPronoun reports whether the count at word i is told as a
// part only by the "of them" after it: no word of a subset stands before
// it and it is not in brackets.
func (s *sentence) isSubsetOnlyByPronoun(i int) bool {
	if s.markerBefore("subset", i, 2) {
		return false
	}
	for k := 0; k < i; k++ {
		if s.words[k].low == "(" {
			return false
		}
	}
	return true
}

// pronounPartitive reports whether "of them" or "of whom" follows the
// number ending before word qb ("one of them died later").
func pronounPartitive(s *sentence, qb int) bool {
	return qb+1 < len(s.words) && s.words[qb].low == "of" && (s.words[qb+1].low == "them" || s.words[qb+1].low == "whom")
}

// eachSideAt reports whether the words at k say a count was each side's
// ("on each side", "from each side", "on either side"): the two sides of
// a fight, each with that many.
func eachSideAt(s *sentence, k int) bool {
	if k+2 >= len(s.words) {
		return false
	}
	switch s.words[k].low {
	case "on", "from", "of", "for":
	default:
		return false
	}
	// (not "on both sides": "killed 22 fighters on both sides" is the
	// two sides' dead together)
	switch s.words[k+1].low + " " + s.words[k+2].low {
	case "each side", "either side":
		return true
	}
	return false
}

// timesCount is count c multiplied by n.
func timesCount(c sitrep.Count, n int) sitrep.Count {
	mul := func(p *int) *int {
		if p == nil {
			return nil
		}
		return sitrep.Int(*p * n)
	}
	return sitrep.Count{Low: mul(c.Low), Best: mul(c.Best), High: mul(c.High)}
}

// countedBefore reports whether a count of the dead or the hurt was read
// before, in this sentence (before) or in the sentence before it: a
// pronoun "of them" may point back at it. When this sentence names an
// armed side with no count before the pronoun's count at word i, the
// sentence before is the antecedent only through a count of that side's
// kind (fighters of an armed group, or a state's soldiers or police):
// "them" points at the side ("troops pursuing the attackers killed nine
// of them", after a sentence on the thousands the group has killed), a
// side that may retell the count before ("killing 40 militants. ... the
// militants fled and 23 of them were killed").
func countedBefore(a *analysis, s *sentence, before []*casualty, i int) bool {
	for _, c := range before {
		if c != nil && !c.reflex { // (not the doer's own death)
			return true
		}
	}
	if s.idx <= 0 || s.idx > len(a.sents) || a.sents[s.idx-1].headline {
		return false // (a headline is no antecedent: the body tells its news anew)
	}
	armed, state := s.sideKindsBefore(i)
	for _, c := range a.sents[s.idx-1].cas {
		switch {
		case !armed && !state,
			armed && c.group == "militants",
			state && (c.group == "soldiers" || c.group == "police"):
			return true
		}
	}
	return false
}

// diedVerbAfter reports whether the count ending before word b is the
// subject of "died" or "succumbed" ("one of them died on Wednesday",
// "two of them later succumbed"), past at most one adverb.
func diedVerbAfter(s *sentence, b int) bool {
	return diedVerbAt(s, b) >= 0
}

// diedVerbAt is the word of diedVerbAfter's "died" or "succumbed", or -1.
func diedVerbAt(s *sentence, b int) int {
	for k := b; k < len(s.words) && k <= b+2; k++ {
		switch s.words[k].low {
		case "died", "succumbed":
			return k
		case "of", "them", "whom", "later", "subsequently", "also", "has", "have", "had":
			continue
		}
		return -1
	}
	return -1
}

// armedSideBefore reports whether the sentence names an armed side or a
// state's forces, with no count, before word i.
func (s *sentence) armedSideBefore(i int) bool {
	armed, state := s.sideKindsBefore(i)
	return armed || state
}

// sideKindsBefore reports whether the sentence names, with no count, an armed
// group (armed) or a state's forces (state) before word i. With both told,
// the side nearest word i is the one "them" there points at ("troops
// raided a compound where militants were hiding, and killed four of
// them": the militants), and only its kind is reported.
func (s *sentence) sideKindsBefore(i int) (armed, state bool) {
	at := -1
	for _, m := range s.actors {
		w := s.wordAt(m.Span.Start)
		if m.Actor == nil || w >= i || w <= at || !isStateSide(m.Actor) && !isArmedGroup(m.Actor) {
			continue
		}
		if _, ok := s.countAt(w - 1); ok {
			continue
		}
		at, state, armed = w, isStateSide(m.Actor), !isStateSide(m.Actor)
	}
	return armed, state
}

// hurtToldLast reports whether the last count read before, in this
// sentence (before) or else in the sentence before it, counts the hurt.
func hurtToldLast(a *analysis, s *sentence, before []*casualty) bool {
	for j := len(before) - 1; j >= 0; j-- {
		if before[j] != nil {
			return before[j].kind == sitrep.Wounded
		}
	}
	if s.idx == 0 || s.idx > len(a.sents) {
		return false
	}
	prev := a.sents[s.idx-1].cas
	return len(prev) > 0 && prev[len(prev)-1].kind == sitrep.Wounded
}

// laterDiedAfter reads a relative clause opened at word i that tells the
// people before it died later of what befell them ("who later died", "who
// died of his wounds", "who succumbed to her injuries", "who died in
// hospital"): the end of the clause's verb phrase, or i when there is
// none. A plain "who died" is not enough ("the funerals of nine
// villagers who died"): the death must be told as after the harm.
func laterDiedAfter(s *sentence, i int) int {
	w := i // the relative pronoun
	if w < len(s.words) && s.words[w].low == "," {
		w++
	}
	if w+1 >= len(s.words) || s.words[w].low != "who" {
		return i
	}
	k := w + 1
	later := false
	switch s.words[k].low {
	case "later", "subsequently", "afterwards", "eventually":
		later = true
		k++
	}
	if k >= len(s.words) {
		return i
	}
	switch s.words[k].low {
	case "succumbed":
		return k + 1
	case "died":
	default:
		return i
	}
	if later {
		return k + 1
	}
	if k+1 < len(s.words) {
		switch s.words[k+1].low {
		case "later", "afterwards", "subsequently":
			return k + 2
		case "of", "from", "in":
			if k+2 < len(s.words) {
				switch s.words[k+2].low {
				case "his", "her", "their", "wounds", "injuries", "hospital":
					return k + 3
				}
			}
		}
	}
	return i
}

// sameFateBefore reports whether the count starting at word a is the
// subject of an elliptical "as were" after a comma (", as were 16
// militants", ", as was a policeman"): the predicate told before, said
// again of them.
func sameFateBefore(s *sentence, a int) bool {
	if a < 3 || s.words[a-2].low != "as" || s.words[a-3].low != "," {
		return false
	}
	switch s.words[a-1].low {
	case "were", "was":
		return true
	}
	return false
}

// findCasualties reads the casualty figures of a sentence.
func (x *Extractor) findCasualties(a *analysis, s *sentence) {
	nps := x.countPhrases(a, s)
	found := make([]*casualty, len(nps))
	var diedLater []*casualty // the hurt told dead after
	for k := range nps {
		n := &nps[k]
		kind, wa, wb, also, ok := x.predicateFor(s, nps, k)
		if !ok && n.gapped {
			// the verb left out is the one of the count before
			for j := k - 1; j >= 0; j-- {
				if found[j] != nil {
					kind, wa, wb, ok = found[j].kind, n.a, n.b, true
					if nps[j].group != "" && !nps[j].bare && (n.bare || n.group == "people") {
						n.group = nps[j].group
					}
					break
				}
			}
		}
		excluded := false
		if !ok && k > 0 && excludedBefore(s, n.a) {
			// "the toll rose to 12, excluding the three attackers": more
			// dead than the count before, of its kind
			for j := k - 1; j >= 0; j-- {
				if found[j] != nil {
					kind, wa, wb, ok, also = found[j].kind, n.a, n.b, true, true
					excluded = true
					break
				}
			}
		}
		if !ok && !slices.ContainsFunc(found[:k], func(c *casualty) bool { return c != nil }) && excludedBefore(s, n.a) && s.tollNamedBefore(n.a) && s.idx > 0 && len(a.sents[s.idx-1].cas) > 0 {
			// "The toll did not include the two bombers" after the toll
			// was told: more dead than that toll
			kind, wa, wb, ok, also, excluded = sitrep.Killed, n.a, n.b, true, true, true
		}
		laterDied := false
		if !ok {
			// "injured seven people, including a soldier who later died":
			// one of the hurt, told dead in a relative clause on them
			if end := laterDiedAfter(s, n.b); end > n.b {
				kind, wa, wb, ok, also, laterDied = sitrep.Killed, n.a, end, true, true, true
			}
		}
		if !ok && k > 0 && sameFateBefore(s, n.a) {
			// "seven soldiers were killed, as were 16 militants": the
			// verb of the count before, said again of other people
			for j := k - 1; j >= 0; j-- {
				if found[j] != nil {
					kind, wa, wb, ok, also = found[j].kind, n.a-2, n.b, true, true
					break
				}
			}
		}
		if !ok && k > 0 && found[k-1] != nil && partOfThem(s, n.qb) {
			// "Twenty-two people were killed, 14 of them soldiers": a part
			// of the count before, which says what happened to it
			kind, wa, wb, ok = found[k-1].kind, n.a, n.b, true
		}
		killedAfter := false
		if !ok && k == 0 {
			// "A gunman opened fire ..., killing three people before being
			// shot dead by police", "A man armed with a knife killed three
			// people ... before he was shot dead": the subject's own death,
			// told by a participle or a pronoun with no noun of its own
			// (whatever the subject is called: the one who acted first)
			if at, end := x.doerDiedAfter(s, n.b); at > 0 {
				kind, wa, wb, ok, also, killedAfter = sitrep.Killed, n.a, end, true, true, true
			}
		}
		if !ok {
			continue
		}
		found[k] = x.newCasualty(s, n, kind, wa, wb, also)
		found[k].hurtDied = kind == sitrep.Killed && (x.hurtThenDied(s, n.b) > n.b || x.woundedThenDied(s, n.b))
		if kind == sitrep.Killed && n.a >= 4 && s.words[n.a-1].low == "," && ofTheHurt(s, n.a-4) {
			// "One of the wounded, a woman, died in hospital": the
			// person in apposition is one of the hurt, one more dead
			found[k].also, found[k].hurtDied = true, true
		}
		if wa < n.a && x.lumpedFateBefore(s, wa, kind) {
			// "killed or wounded at least six people": the dead and the
			// hurt together; the act is told, neither count is
			found[k].count, found[k].lumped = sitrep.Count{}, true
		}
		found[k].outside = excluded
		if excluded {
			found[k].subset = false // ("did not include the two bombers": no part of the toll, beside it)
		}
		if found[k].subset && wb == n.a && wa < wb && pronounPartitive(s, n.qb) && !s.markerBefore("subset", n.a, 2) && !countedBefore(a, s, found[:k], n.a) {
			// "turned his gun on his comrades, killing four of them": the
			// object of the verb of harm counts those it befell out of a
			// group told before with no count, not a part of a count
			// ("killing 31 people. The blast in Baquba killed 19 of them")
			found[k].subset = false
		}
		if found[k].subset && wa > n.a && pronounPartitive(s, n.qb) && !s.markerBefore("subset", n.a, 2) && !countedBefore(a, s, found[:k], n.a) && s.armedSideBefore(n.a) {
			// "the governor said the militants fled the town and that 23
			// of them were killed": a count out of a side named before
			// it in its sentence with no count of its own, and none in
			// the sentence before, is the count of that side's dead
			found[k].subset = false
		}
		if laterDied {
			found[k].subset = false // a part of the hurt, more of the dead
		} else if end := laterDiedAfter(s, n.b); kind == sitrep.Wounded && end > n.b {
			// "wounded a policeman, who died of his wounds": hurt, then
			// one more of the dead
			died := x.newCasualty(s, n, sitrep.Killed, n.a, end, true)
			died.subset = false
			diedLater = append(diedLater, died)
		}
		if kind == sitrep.Killed && found[k].subset && pronounPartitive(s, n.qb) && hurtToldLast(a, s, found[:k]) {
			// "four were taken to hospital; one of them died later": a
			// part of the hurt, more of the dead (as "two of the
			// wounded died" is), who died after the act ("three soldiers
			// were wounded, and one of them died on Wednesday": the day
			// is the death's, not the incident's)
			found[k].subset, found[k].also = false, true
			found[k].hurtDied = found[k].hurtDied || diedVerbAfter(s, n.b)
		}
		if killedAfter {
			found[k].reflex = true // the attacker himself, beside his victims
			found[k].span = found[k].np
		}
		if n.doer && kind == sitrep.Killed && wb < len(s.words) && s.words[wb].low == "by" {
			// "the gunman was shot dead by police": killed by another
			// side, a death beside his victims', not his own act's
			found[k].also = true
		}
	}
	x.extendLists(s, nps, found)
	nestParts(s, nps, found)
	x.pronounVictims(s, nps, found)
	x.amongTheCounted(s, nps, found)
	for _, c := range found {
		if c != nil {
			if k := s.wordAt(c.np.End-1) + 1; eachSideAt(s, k) {
				// "four fighters on each side", "fourteen from each
				// side": the count is each of two sides'
				c.count = timesCount(c.count, 2)
			}
			c.parts = a.sharedOut(s, c)
			if g := x.deadMadeOf(s, c); g != "" {
				c.group = g
			}
			s.cas = append(s.cas, c)
		}
	}
	// a part of a toll shared out that tells its own fate ("killed 24
	// civilians: 14 died in Djibo and 10 in Kaya") is counted by its part;
	// so when the parts' places are not known (no parts were made): the
	// counts after the toll, each told at a named place, that add up to it
	for _, c := range s.cas {
		for _, p := range c.parts {
			for _, d := range s.cas {
				if d != c && d.kind == c.kind && len(d.parts) == 0 && p.span.Contains(d.np) {
					d.subset, d.inPart = true, true
				}
			}
		}
		if len(c.parts) > 0 || c.count.BestOr(0) <= 0 {
			continue
		}
		var after []*casualty
		sum := 0
		for _, d := range s.cas {
			if d == c || d.kind != c.kind || d.np.Start < c.span.End || d.count.Best == nil {
				continue
			}
			if at := s.partPlaceAt(s.wordAt(d.np.End-1) + 1); at < 0 || !s.words[at].cap {
				if e := s.wordAt(d.span.End-1) + 1; e >= len(s.words) || s.partPlaceAt(e) < 0 {
					continue
				}
			}
			after = append(after, d)
			sum += *d.count.Best
		}
		if len(after) >= 2 && sum == c.count.BestOr(-1) {
			for _, d := range after {
				d.subset, d.inPart = true, true
			}
		}
	}
	s.riseWithinToll()
	s.cas = append(s.cas, diedLater...)
	x.reflexives(s)
	s.doerExcluded()
	excludedDoer(a, s)
	s.sideLabelled()
	pronounDied(a, s)
	x.unnumberedVictims(s, nps)
	x.pronounKilled(s)
	s.noneHurt()
	correctsFirstFigure(a, s)
}

// afterFirstFigure reports whether the sentence before s counts the dead
// as a first figure: "initially", "first" or "originally" before the count
// ("The mayor initially put the toll at 11 dead").
func (a *analysis) afterFirstFigure(s *sentence) bool {
	if s.idx < 1 || s.idx > len(a.sents) {
		return false
	}
	p := a.sents[s.idx-1]
	for _, c := range p.cas {
		if c.kind != sitrep.Killed {
			continue
		}
		for k := 0; k < p.wordAt(c.span.Start) && k < len(p.words); k++ {
			switch p.words[k].low {
			case "initially", "first", "originally":
				return true
			}
		}
	}
	return false
}

// correctsFirstFigure marks the dead counted in a sentence right after one
// that gave a first figure ("The mayor initially put the toll at 11 dead.
// By Monday evening the governor's office said 17 people had been
// killed") as the corrected whole toll: all the dead, told later, not
// more of them nor a rival account. Not a count told as more ("also",
// a part, a running total).
func correctsFirstFigure(a *analysis, s *sentence) {
	if !a.afterFirstFigure(s) {
		return
	}
	for _, c := range s.cas {
		if c.kind == sitrep.Killed && !c.also && !c.subset && !c.cumulative && !c.background && !c.reflex {
			c.whole, c.revised = true, true
			return
		}
	}
}

// pronounKilled reads one person killed named by a pronoun object of an
// active verb of killing ("a bomb attached to his car exploded ...,
// killing him and wounding two passers-by", "gunmen shot her dead"): one
// dead, when the sentence counts no dead of its own.
func (x *Extractor) pronounKilled(s *sentence) {
	if slices.ContainsFunc(s.cas, func(c *casualty) bool { return c.kind == sitrep.Killed }) {
		return
	}
	for j := 0; j+1 < len(s.words); j++ {
		w, obj := s.words[j].low, s.words[j+1].low
		if obj != "him" && obj != "her" {
			continue
		}
		end := 0
		switch {
		case w == "killing" || w == "killed" || w == "kill" || w == "murdered" || w == "executed" || w == "beheaded":
			end = j + 2
		case (w == "shot" || w == "shooting") && j+2 < len(s.words) && s.words[j+2].low == "dead":
			end = j + 3
		default:
			continue
		}
		if j > 0 && passiveAux[s.words[j-1].low] {
			continue // ("was killed him" is no English; nor "were executed")
		}
		n := 1
		if e := j + 2; e+2 < len(s.words) && s.words[e].low == "and" && (s.words[e+1].low == "his" || s.words[e+1].low == "her") && !s.words[e+2].punc {
			// "killing her and her accomplice": one more, hers
			n, end = 2, max(end, e+3)
		}
		s.cas = append(s.cas, &casualty{kind: sitrep.Killed, group: "people", count: sitrep.Exact(n), sent: s.idx,
			span: sitrep.Span{Start: s.words[j].span.Start, End: s.words[end-1].span.End}, np: s.words[j+1].span})
		return
	}
}

// nestParts marks a part introduced by a subset word ("including",
// "among them") whose nearest count of its kind before it, in its
// sentence, is itself a part ("Three of them were killed, including a
// child"): the child is one of the three, so when no whole is told the
// three are counted and the child is not added to them.
func nestParts(s *sentence, nps []np, found []*casualty) {
	for k := 1; k < len(found); k++ {
		c := found[k]
		if c == nil || !c.subset || c.listed || !s.markerBefore("subset", nps[k].a, 2) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			d := found[j]
			if d == nil || d.kind != c.kind {
				continue
			}
			c.nested = d.subset && nps[j].b <= nps[k].a
			break
		}
	}
}

// pronounDied counts the one person a sentence opens with a personal
// pronoun told dead ("He died on the way to hospital", "She later
// succumbed to her wounds", "He was pronounced dead at the scene"): the
// person told before, hurt or only shot, counted dead now, as more dead
// than the counts before. Not when the sentence counts its own dead, nor
// when the sentence before told dead already ("A policeman was shot dead
// ... He died on the spot": the same death told again).
func pronounDied(a *analysis, s *sentence) {
	if len(s.words) < 2 || s.words[0].low != "he" && s.words[0].low != "she" {
		return
	}
	cas := s.cas
	if s.idx > 0 && s.idx <= len(a.sents) {
		cas = append(cas[:len(cas):len(cas)], a.sents[s.idx-1].cas...)
	}
	for _, c := range cas {
		if c.kind == sitrep.Killed {
			return
		}
	}
	i := 1
	if w := s.words[i].low; w == "later" || w == "subsequently" || w == "also" || w == "then" {
		i++
	}
	end := -1
	switch w := func(k int) string {
		if k < len(s.words) {
			return s.words[k].low
		}
		return ""
	}; {
	case w(i) == "died" || w(i) == "succumbed":
		end = i + 1
	case w(i) == "passed" && w(i+1) == "away":
		end = i + 2
	case w(i) == "was" && w(i+1) == "pronounced" && w(i+2) == "dead":
		end = i + 3
	case w(i) == "did" && w(i+1) == "not" && w(i+2) == "survive":
		end = i + 3
	}
	if end < 0 {
		return
	}
	// ("A woman ... was badly hurt in the same attack. She died in
	// hospital on Wednesday": one of the hurt told before, dead now)
	hurtBefore := s.idx > 0 && s.idx <= len(a.sents) && slices.ContainsFunc(a.sents[s.idx-1].cas, func(c *casualty) bool { return c.kind == sitrep.Wounded })
	s.cas = append(s.cas, &casualty{kind: sitrep.Killed, group: "people", count: sitrep.Exact(1), sent: s.idx,
		span: sitrep.Span{Start: s.words[0].span.Start, End: s.words[end-1].span.End}, np: s.words[0].span, also: true, hurtDied: hurtBefore})
}

// pronounVictims reads the dead that a later verb of a subject names by a
// pronoun standing for the object of its first verb: "gunmen abducted
// three teachers and beheaded them", "soldiers rounded up 14 villagers
// and shot them dead", "kidnapped four aid workers and later killed them
// all". The people taken (abducted or arrested, counted before) are the
// ones killed: a killed count of them is added, unless a count of the
// dead is told of its own in the sentence. The verb must stand in the
// same clause as the taking, joined to it by "and" (a coordinated
// predicate of the same subject), so that "police arrested two men who
// killed them" or "... after militants killed them" do not count.
func (x *Extractor) pronounVictims(s *sentence, nps []np, found []*casualty) {
	for _, c := range found {
		if c != nil && c.kind == sitrep.Killed {
			return
		}
	}
	for k, c := range found {
		if c == nil || c.kind != sitrep.Abducted && c.kind != sitrep.Arrested || nps[k].bare {
			continue
		}
		n := &nps[k]
		and := false
		for j := n.b; j < len(s.words) && j < n.b+16; j++ {
			w := s.words[j]
			if isClauseBreak(w) || len(s.clause) == len(s.words) && s.clause[j] != s.clause[n.a] {
				break
			}
			if w.low == "and" {
				and = true
				continue
			}
			if !and {
				continue
			}
			end, ok := x.killsThem(s, j)
			if !ok {
				continue
			}
			d := x.newCasualty(s, n, sitrep.Killed, j, end, false)
			d.subset = false
			s.cas = append(s.cas, d)
			return
		}
	}
}

// killsThem reads a verb of killing at word j whose object is "them"
// ("killed them", "beheaded them", "executed them all", "shot them dead",
// "hacked them to death"): the end of the phrase, and whether it is one.
func (x *Extractor) killsThem(s *sentence, j int) (int, bool) {
	them := func(k int) bool { return k < len(s.words) && s.words[k].low == "them" }
	if _, m := x.lex.casualty.at(s.words, j); m > 0 && x.casualtyAt(s, j, true) == sitrep.Killed && them(j+m) {
		return j + m + 1, true
	}
	v := s.words[j].low
	if !them(j+1) || !strings.HasSuffix(v, "ed") && !pastIrregular[v] && v != "beat" {
		return 0, false
	}
	if j+2 < len(s.words) && s.words[j+2].low == "dead" {
		return j + 3, true
	}
	if resultAfter(s, j+2) {
		return j + 4, true
	}
	return 0, false
}

// doerDiedAfter finds, after the subject ending before word from, a
// participle clause that tells the subject killed ("before being shot
// dead by police", "after being gunned down"): the word the clause opens
// with and the end of its verb of death, or 0, 0. The subject must have
// done an act of its own first: a verb of violence stands between it and
// the clause.
func (x *Extractor) doerDiedAfter(s *sentence, from int) (int, int) {
	acted := false
	for _, t := range s.triggers {
		acted = acted || t.i >= from && !t.trigger.noun
	}
	if !acted {
		return 0, 0
	}
	for j := from; j+2 < len(s.words); j++ {
		w := s.words[j].low
		if w != "before" && w != "after" && w != "until" {
			continue
		}
		v0 := j + 2 // the verb of death: "before being shot dead"
		switch s.words[j+1].low {
		case "being":
		case "he", "she", "they":
			// "before he was shot dead", "until they were killed"
			if j+3 >= len(s.words) || !predCopula[s.words[j+2].low] {
				continue
			}
			v0 = j + 3
		default:
			continue
		}
		v, m := x.lex.casualty.at(s.words, v0)
		if m == 0 || v.(casualtyWord).kind != sitrep.Killed || !v.(casualtyWord).before {
			return 0, 0
		}
		return j, v0 + m
	}
	return 0, 0
}

// predCopula are the forms of "be" that open a passive of the doer's own
// death after a pronoun ("before he was shot dead").
var predCopula = map[string]bool{"was": true, "were": true}

// noneHurt notes the zeros a sentence tells when it says nobody was hurt
// ("No one was hurt", "nobody was killed or injured", "There were no
// casualties", "caused no injuries", "without casualties"): the spec's
// zero, told, not an unknown. They fill only a count the incident gives
// no figure for. A sentence that only lacks word of the hurt ("no
// casualties were reported", "no immediate reports of casualties") or
// denies the hurt of one side only ("no casualties among Kurdish
// troops") gives none.
func (s *sentence) noneHurt() {
	for i := 0; i+2 < len(s.words); i++ {
		// "caused only material damage", "the damage was material only":
		// harm to things alone, nobody hurt
		if end := onlyDamageAt(s.words, i); end > i {
			sp := sitrep.Span{Start: s.words[i].span.Start, End: s.words[end-1].span.End}
			s.zeros = append(s.zeros, zeroTold{kind: sitrep.Killed, span: sp}, zeroTold{kind: sitrep.Wounded, span: sp})
			break
		}
	}
	for i := 0; i < len(s.words); i++ {
		w := s.words[i].low
		start, k := i, -1
		switch {
		case w == "nobody" || w == "no" && i+1 < len(s.words) && s.words[i+1].low == "one":
			// "no one was hurt", "nobody was killed or injured", "no one died"
			k = i + 1
			if w == "no" {
				k++
			}
			for k < len(s.words) && (s.words[k].low == "was" || s.words[k].low == "were" || s.words[k].low == "has" || s.words[k].low == "had" || s.words[k].low == "been") {
				k++
			}
		case w == "no" || w == "without":
			// "there were no casualties", "caused no injuries", "without
			// any casualties"
			k = i + 1
			if k < len(s.words) && s.words[k].low == "any" {
				k++
			}
		default:
			continue
		}
		if k < 0 || k >= len(s.words) {
			continue
		}
		killed, wounded := hurtWord(s.words[k].low)
		end := k + 1
		if lost := lifeLost(s.words, k); lost > k {
			// "no life was lost", "no lives were lost", "no loss of
			// life": nobody died
			killed, wounded, end = true, false, lost
		}
		if !killed && !wounded {
			continue
		}
		if end < len(s.words) && figureNoun[s.words[end].low] {
			// "gave no casualty figures", "no death toll was released":
			// no word of the count, which the spec leaves unknown
			i = end
			continue
		}
		// "killed or injured", "deaths or injuries"
		if end+1 < len(s.words) && (s.words[end].low == "or" || s.words[end].low == "and") {
			if k2, w2 := hurtWord(s.words[end+1].low); k2 || w2 {
				killed, wounded = killed || k2, wounded || w2
				end += 2
			}
		}
		// "... among Kurdish troops", "on the government side": the
		// hurt of one side only; "no casualties were reported": only
		// no word of any, which the spec leaves unknown
		one := false
		for j := end; j < len(s.words) && j <= end+3 && !s.words[j].punc; j++ {
			switch s.words[j].low {
			case "among", "side", "ranks", "reported", "immediately":
				one = true
			}
		}
		if one {
			i = end - 1
			continue
		}
		sp := sitrep.Span{Start: s.words[start].span.Start, End: s.words[end-1].span.End}
		if killed {
			s.zeros = append(s.zeros, zeroTold{kind: sitrep.Killed, span: sp})
		}
		if wounded {
			s.zeros = append(s.zeros, zeroTold{kind: sitrep.Wounded, span: sp})
		}
		i = end - 1
	}
}

// onlyDamageAt returns the end of the words at i that tell harm to things
// only ("only material damage", "material damage only", "only damage to
// property"), or 0.
func onlyDamageAt(ws []word, i int) int {
	w := func(k int) string {
		if k < len(ws) {
			return ws[k].low
		}
		return ""
	}
	if w(i) == "only" && (w(i+1) == "material" || w(i+1) == "property") && (w(i+2) == "damage" || w(i+2) == "losses") {
		return i + 3
	}
	if (w(i) == "material" || w(i) == "property") && (w(i+1) == "damage" || w(i+1) == "losses") && w(i+2) == "only" {
		return i + 3
	}
	if w(i) == "only" && w(i+1) == "damage" && w(i+2) == "to" && (w(i+3) == "property" || w(i+3) == "buildings" || w(i+3) == "houses") {
		return i + 4
	}
	return 0
}

// lifeLost returns the end of the words at k that tell a life lost ("life
// was lost", "lives were lost", "loss of life", "loss of lives"), or 0.
// ("no life-threatening injuries" tells no such thing.)
func lifeLost(ws []word, k int) int {
	if k+1 >= len(ws) {
		return 0
	}
	switch ws[k].low {
	case "life", "lives":
		if ws[k+1].hyph {
			return 0
		}
		for j := k + 1; j < len(ws) && j <= k+2; j++ {
			if ws[j].low == "lost" {
				return j + 1
			}
		}
	case "loss":
		if k+2 < len(ws) && ws[k+1].low == "of" && (ws[k+2].low == "life" || ws[k+2].low == "lives") {
			return k + 3
		}
	}
	return 0
}

// figureNoun are the nouns after a word of harm that make it a word about
// the count, not the harm ("casualty figures", "death toll").
var figureNoun = map[string]bool{
	"figure": true, "figures": true, "toll": true, "tolls": true, "count": true, "counts": true, "numbers": true,
	"details": true, "information": true, "estimate": true, "estimates": true, "data": true, "breakdown": true,
}

// zeroTold is a count of nobody a sentence tells: of the dead or of the
// hurt, and the words that tell it.
type zeroTold struct {
	kind string
	span sitrep.Span
}

// hurtWord reports what a word of harm after "no one was", "no" or
// "without" denies: deaths, injuries, or both ("hurt", "casualties").
func hurtWord(w string) (killed, wounded bool) {
	switch w {
	case "killed", "died", "dead", "deaths", "death", "fatalities", "fatality":
		return true, false
	case "injured", "injuries", "injury", "wounded":
		return false, true
	case "hurt", "harmed", "casualties", "casualty":
		return true, true
	}
	return false, false
}

func (x *Extractor) newCasualty(s *sentence, n *np, kind string, wa, wb int, also bool) *casualty {
	c := &casualty{
		kind: kind, group: n.group, count: n.count, vague: n.vague, sent: s.idx,
		np:   sitrep.Span{Start: s.words[n.a].span.Start, End: s.words[n.b-1].span.End},
		also: also, besideDoer: n.besideDoer, reflex: n.doer,
	}
	lo, hi := min(n.a, wa), max(n.b, wb)
	c.span = sitrep.Span{Start: s.words[lo].span.Start, End: s.words[hi-1].span.End}
	c.subset = s.isSubset(n.a) || s.partitiveOfCount(n.qb)
	if kind == sitrep.Killed && c.subset && ofTheHurt(s, n.qb) {
		// "two of the injured died in hospital": a part of the hurt,
		// more of the dead
		c.subset, c.also = false, true
	}
	c.toll = s.tollRoseBefore(n.qa) || s.raisedTollAfter(n.qa, n.qb) || s.subjectTollRose(n.qa) || kind == sitrep.Killed && s.deadNowUpFrom(n.b)
	c.whole = s.tollBefore(n.qa) || c.toll || s.deathsAnnouncedBefore(n.qa)
	if n.hurtToll || s.wholeOfAPart(n.qa) {
		// all the hurt again, not more of them ("two of the four dead
		// were labourers": the four are the dead told before)
		c.whole = true
	}
	c.revised = c.whole && (s.revisedBefore(n.qa) || s.laterToldBefore(n.qa))
	// "the killing of all the five militants": the whole count, told at
	// the end of what the report first told in part
	if k := n.qa - 1; k >= 0 && s.words[k].low == "the" && k > 0 && s.words[k-1].low == "all" || n.qa > 0 && s.words[n.qa-1].low == "all" {
		c.all = true
	}
	// "a second child later died of her wounds": one more than the
	// dead told before, as "another" is
	if n.a+1 < len(s.words) && single(s.words[n.a].low) && ordinalWord(s.words[n.a+1].low) {
		c.also, c.ordinal = true, ordinalValue(s.words[n.a+1].low)
	}
	// "SNHR also reported five deaths": more dead than told before
	for k := n.a - 1; k >= 0 && k >= n.a-4 && !isClauseBreak(s.words[k]); k-- {
		if s.words[k].low == "also" {
			c.also = true
		}
	}
	if c.also && c.subset && pronounPartitive(s, n.qb) && s.isSubsetOnlyByPronoun(n.a) {
		// "we also killed eight of them": more dead, of the other side
		// the pronoun stands for, not a part of a count told before
		c.subset = false
	}
	c.actor = x.actorInside(s, n.a, max(n.b, n.after))
	c.source = s.sourceOf(n.a)
	c.own = s.ownLoss(wa, n, c.source)
	if g := x.loserGroup(s, wa, n); g != "" {
		c.group = g
	}
	if c.count.Low == nil && c.count.Best != nil && s.risingBefore(n.qa) {
		// "jumped up to 65": the "up" is the verb's, not a ceiling
		c.count = sitrep.Exact(*c.count.Best)
	}
	return c
}

// sitePrep reports whether w opens the phrase of a place an act was done
// at.
func sitePrep(w string) bool {
	switch w {
	case "in", "near", "at", "outside", "around":
		return true
	}
	return false
}

// placePhraseThenAnd reports whether words [a, b) are a phrase of place
// and then "and" ("near Douentza and", "in the village of Kuru and"): a
// preposition of place, a name, no verb or comma, "and" last.
func placePhraseThenAnd(s *sentence, a, b int) bool {
	if b-a < 3 || b-a > 8 || !sitePrep(s.words[a].low) || s.words[b-1].low != "and" {
		return false
	}
	named := false
	for i := a + 1; i < b-1; i++ {
		w := s.words[i]
		if w.punc || finiteVerb(w.low) || w.low == "and" {
			return false
		}
		named = named || w.cap
	}
	return named
}

// extendLists gives the members of a list of counts the predicate of the
// list: "killing 12 workers and four technicians" (the predicate before
// the first), "two policemen, a girl and a man were killed" (after the
// last), "three workers were killed, along with eight Iraqis". A list
// whose later members add up to its first member is a breakdown of it
// ("killing 10 civilians, six women and four children"), not more dead.
func (x *Extractor) extendLists(s *sentence, nps []np, found []*casualty) {
	// link reads the words between nps[k-1] and nps[k]: "" when they are
	// not a list, "," for a bare comma, "and" for a conjunction
	link := func(k int) string {
		if k <= 0 || k >= len(nps) {
			return ""
		}
		l := ","
		for i := namedUnitAfter(s, nps[k-1].b, nps[k].a); i < nps[k].a; i++ {
			switch s.words[i].low {
			case ",", "his", "her", "their": // "a woman and her three children"
			case "and", "as", "well", "along", "with", "plus", "together", "also":
				l = "and"
			default:
				return ""
			}
		}
		return l
	}
	speaks := func(k int) bool { // "..., an officer said": a source, not a victim
		if s.clauseKindAt(nps[k].a) == attributionClause {
			return true // "..., a doctor at the district hospital said"
		}
		if i := nps[k].b; i < len(s.words) {
			switch s.words[i].low {
			case "said", "says", "told", "added", "reported", "confirmed", "stated":
				return true
			}
		}
		return false
	}
	joined := func(k int) bool {
		switch link(k) {
		case "and":
			return !speaks(k)
		case ",":
			return link(k+1) == "and" && !speaks(k)
		}
		return false
	}
	for k := 1; k < len(nps); k++ {
		if found[k] != nil || found[k-1] == nil || !joined(k) || s.isSubset(nps[k].a) || s.unhurtAfter(nps[k].b) {
			continue // (not "… and 200 people homeless": a state of their own)
		}
		c := x.newCasualty(s, &nps[k], found[k-1].kind, nps[k].a, nps[k].b, true)
		c.listed = true
		found[k] = c
	}
	// "killed four soldiers near Douentza and two civilians at a fair in
	// Boni": the verb gapped over the place of the first count; the later
	// count, told at a place of its own, shares its fate
	for k := 1; k < len(nps); k++ {
		if found[k] != nil || found[k-1] == nil || found[k-1].span.Start >= s.words[nps[k-1].a].span.Start || s.isSubset(nps[k].a) || speaks(k) {
			continue // (only a count after its verb: "killed four soldiers")
		}
		if !placePhraseThenAnd(s, nps[k-1].b, nps[k].a) || nps[k].b >= len(s.words) || !sitePrep(s.words[nps[k].b].low) {
			continue
		}
		c := x.newCasualty(s, &nps[k], found[k-1].kind, nps[k].a, nps[k].b, true)
		c.listed = true
		found[k] = c
	}
	// "Two gendarmes were killed, two police officers and four
	// civilians": counts set after a passive verb, with none of their
	// own, share its fate
	for k := 1; k < len(nps); k++ {
		if found[k] != nil || s.isSubset(nps[k].a) || s.unhurtAfter(nps[k].b) {
			continue
		}
		j := k - 1
		for j >= 0 && (found[j] == nil || found[j].elliptic) {
			j--
		}
		if j < 0 || found[j].span.End <= s.words[nps[j].b-1].span.End {
			continue // the count before had no verb after it
		}
		// only a comma, "and" and the counts between the verb and here
		ok := true
		for i := s.wordAt(found[j].span.End-1) + 1; i < nps[k].a && ok; i++ {
			w := s.words[i].low
			inNP := false
			for _, n := range nps[j+1 : k] {
				inNP = inNP || i >= n.a && i < n.b
			}
			ok = inNP || w == "," || w == "and" || w == "-" || w == "–" || w == "—" // ("were killed - eight soldiers and four civilians -")
		}
		if ok && nps[k].a > s.wordAt(found[j].span.End-1)+1 && !speaks(k) && endsBare(s, nps[k].b) {
			c := x.newCasualty(s, &nps[k], found[j].kind, nps[k].a, nps[k].b, true)
			c.elliptic = true // more of the dead, not a breakdown of them
			found[k] = c
		}
	}
	// "..., along with eight Iraqis": the same fate as the count before
	for k := 1; k < len(nps); k++ {
		a := nps[k].a
		if found[k] != nil || a < 2 || s.isSubset(a) {
			continue
		}
		two := s.words[a-2].low + " " + s.words[a-1].low
		if two != "along with" && two != "as well" && two != "well as" && two != "addition to" && s.words[a-1].low != "plus" {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if found[j] != nil {
				c := x.newCasualty(s, &nps[k], found[j].kind, nps[k].a, nps[k].b, true)
				c.listed = true
				found[k] = c
				break
			}
		}
	}
	for k := len(nps) - 2; k >= 0; k-- {
		// "Four militants, two civilians killed": a bare comma joins a
		// member to the one whose passive verb follows it at once
		passiveNext := found[k+1] != nil && link(k+1) == "," && found[k+1].span.Start == found[k+1].np.Start && !found[k+1].listed
		if found[k] != nil || found[k+1] == nil || !(joined(k+1) || passiveNext) || s.isSubset(nps[k].a) || s.withAbsolute(nps[k+1].a) {
			continue
		}
		found[k] = x.newCasualty(s, &nps[k], found[k+1].kind, nps[k].a, nps[k].b, false)
		found[k].listed = true
	}
	// "killed 14 people, including six soldiers", "14 people were
	// killed, among them six policemen": a part set right after the words
	// that tell a count's fate, opened by a comma and the words of a part,
	// shares that fate (it adds no one; its people are among the hurt,
	// not a side that acted)
	for k := 1; k < len(nps); k++ {
		if found[k] != nil || found[k-1] == nil {
			continue
		}
		e := s.wordAt(found[k-1].span.End-1) + 1
		if e >= nps[k].a || s.words[e].low != "," {
			continue
		}
		for _, m := range s.markers {
			if m.val.(string) == "subset" && m.i == e+1 && m.i+m.n == nps[k].a {
				found[k] = x.newCasualty(s, &nps[k], found[k-1].kind, nps[k].a, nps[k].b, false)
				break
			}
		}
	}
	// the members of a list opened by "including" are all parts, up to
	// the end of its clause or the next verb that says what happened
	// (the member before may have no fate of its own, the list's verb
	// coming after the whole aside: "Twenty people, including 13 soldiers
	// and seven vigilantes, were killed")
	for k := 1; k < len(nps); k++ {
		partBefore := found[k-1] != nil && found[k-1].subset || found[k-1] == nil && joined(k) && s.isSubset(nps[k-1].a)
		if found[k] == nil || !partBefore || s.clause[nps[k].a] != s.clause[nps[k-1].a] || s.partitiveOfCount(nps[k-1].qb) || s.withAbsolute(nps[k].a) {
			continue // ("one of the nine wounded": the nine are the whole)
		}
		if found[k-1] != nil && found[k-1].kind != found[k].kind {
			continue // ("the dead included four children and that about 30 people were wounded": the hurt are no part of the dead)
		}
		verb := false
		for i := nps[k-1].b; i < nps[k].a; i++ {
			if x.casualtyAt(s, i, false) != "" || x.casualtyAt(s, i, true) != "" {
				verb = true
			}
		}
		if !verb {
			found[k].subset = true
		}
	}
	// a breakdown: the members after the first add up to it
	for k := 0; k < len(nps); k++ {
		if found[k] == nil {
			continue
		}
		// (counts set after a passive verb of "people" are its parts when
		// they add up to it: "Twelve people were killed, eight soldiers
		// and four civilians")
		sum, j := 0, k+1
		fits := true // each member a kind of the first ("ten people, six women and four children")
		for ; j < len(nps) && found[j] != nil && (found[j].listed || found[j].elliptic && found[k].group == "people") && found[j].kind == found[k].kind; j++ {
			sum += found[j].count.BestOr(0)
			fits = fits && x.partGroup(s, nps[k], found[j].group)
		}
		// (the last member of a list set before its passive verb holds
		// the verb itself: "Ten people, six women and four children, were
		// killed")
		if j > k+1 && j < len(nps) && found[j] != nil && !found[j].listed && found[j].kind == found[k].kind && found[j].span.Start == found[j].np.Start && joined(j) {
			sum += found[j].count.BestOr(0)
			fits = fits && x.partGroup(s, nps[k], found[j].group)
			j++
		}
		// (one member joined by "and" adds to the first: "two soldiers
		// and two civilians" are four, "a woman and her baby" two)
		if j == k+2 && nps[k+1].a > 0 && s.words[nps[k+1].a-1].low == "and" {
			continue
		}
		// (members of other sides than the first add to it: "two
		// soldiers, a policeman and a civilian" are four)
		if j > k+1 && sum == found[k].count.BestOr(-1) && fits {
			for i := k + 1; i < j; i++ {
				found[i].subset = true
			}
		}
	}
}

// destroyedArmed reports whether word j, in the passive scan after the
// count n, is "destroyed" told of armed people ("30 militants ... were
// destroyed"): killed, in the words of military statements.
func destroyedArmed(s *sentence, n np, j int) bool {
	return s.words[j].low == "destroyed" && j > n.b && passiveAux[s.words[j-1].low] && armedPeople(s, n)
}

// armedPeople reports whether the count n counts armed people by a
// plural noun of persons ("30 militants", "12 terrorists"), not a body
// that modifies a thing ("11 military vehicles", "four army trucks").
func armedPeople(s *sentence, n np) bool {
	h := s.words[n.b-1].low
	// (people, not a side's weapons: "destroyed 41 Ukrainian drones")
	return (n.group == "militants" || n.group == "soldiers") && isPlural(h) && !collectivePeople[h] && s.personEnd[n.b-1] != ""
}

// headlineFate reports whether w is a verb that tells a headline's bare
// noun's fate ("Soldier killed", "Journalist shot dead", "Boy dies"), not
// a noun of harm ("civilian deaths").
func headlineFate(w string) bool {
	switch w {
	case "dies", "died", "dead", "slain", "shot", "hurt":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// collectivePeople are nouns for people that name a body, not one
// person ("police", "army", "military", "personnel"): no title of a
// person named after them.
var collectivePeople = map[string]bool{"police": true, "army": true, "military": true, "personnel": true, "staff": true,
	"crew": true, "family": true, "guard": true, "security": true, "people": true, "elderly": true, "youth": true}

// namedUnitAfter skips the named body that the people of a count ending
// before word i belong to ("Ten jawans of the District Reserve Guard and
// their driver", "four soldiers from the 3rd Brigade and a civilian"): a
// phrase of "of" or "from", an optional "the" and capitalised words, ending
// before word end. It returns where the words after it start (i when there
// is no such phrase).
func namedUnitAfter(s *sentence, i, end int) int {
	if i >= end || s.words[i].low != "of" && s.words[i].low != "from" {
		return i
	}
	j := i + 1
	if j < end && s.words[j].low == "the" {
		j++
	}
	k := j
	for k < end && (s.words[k].cap || s.words[k].num) && !s.words[k].punc {
		k++
	}
	if k == j || !s.words[k-1].cap {
		return i
	}
	return k
}

// partGroup reports whether people of group g may be a part of the
// count n: of its own group, or told by a noun of no side ("others",
// "members"), or any people of a count of "people"; soldiers and police
// both of a count of security forces ("12 security personnel, eight
// soldiers and four policemen").
func (x *Extractor) partGroup(s *sentence, n np, g string) bool {
	switch {
	case g == n.group || g == "people" || n.group == "people":
		return true
	case n.group == "soldiers" && g == "police":
		for k := n.qb; k < n.b; k++ {
			if s.words[k].low == "security" {
				return true
			}
		}
	}
	return false
}

// sourceOf is who a sentence says told what word i is in: the words
// before a verb of saying that opens i's own clause ("while prosecutors
// said 20 had been injured"), else the sentence's attribution ("the
// ministry reported that", ", police said"); "" when it names nobody.
func (s *sentence) sourceOf(i int) string {
	a, b, _ := s.sourceRange(i)
	if a >= b {
		return ""
	}
	return s.wordsText(a, b)
}

// sourceRange is the words [a, b) of sourceOf's source of the count at
// word i, a == b when the sentence names none; own says the source is
// told in the count's own clause, not only somewhere in its sentence.
func (s *sentence) sourceRange(i int) (a, b int, own bool) {
	if i >= len(s.clause) {
		return 0, 0, false
	}
	c := s.clause[i]
	start := i
	for start > 0 && s.clause[start-1] == c {
		start--
	}
	for k := i - 1; k > start; k-- {
		if sayVerb(s.words[k].low) {
			return start, k, true
		}
	}
	// "Jihadists killed 12 soldiers near Niono, security sources said,
	// while ...": the source set after a comma in the count's own clause
	comma := -1
	for k := i + 1; k < len(s.words) && s.clause[k] == c; k++ {
		if s.words[k].low == "," {
			comma = k
		} else if sayVerb(s.words[k].low) && comma >= 0 && k-comma <= 5 && k > comma+1 {
			return comma + 1, k, true
		}
	}
	for k := range s.words {
		if s.clauseKindAt(k) == attributionClause {
			end := k
			for end < len(s.words) && s.clause[end] == s.clause[k] {
				end++
			}
			return k, end, false
		}
	}
	return 0, 0, false
}

// wordsText is words [a, b) in lower case, joined by spaces.
func (s *sentence) wordsText(a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(s.words[k].low)
	}
	return sb.String()
}

// partPlaceAt is where the place of a part of a toll starts when the
// part's count ends before word k: after a preposition of place ("seven
// in Kaya", "ten near Kaya", "two at the market"), which may follow the
// part's own words of death ("14 died near Barsalogho", "nine were killed
// in Gwoza", "five people in Bama"); -1 when no place follows.
func (s *sentence) partPlaceAt(k int) int {
	for j := k; j < len(s.words) && j < k+3; j++ {
		switch s.words[j].low {
		case "in", "at", "near", "outside":
			if j+1 < len(s.words) {
				return j + 1
			}
			return -1
		case "died", "dead", "killed", "were", "was", "people", "persons", "civilians", "soldiers", "others":
			continue
		}
		if j < len(s.personEnd) && s.personEnd[j] != "" {
			continue // "two women in Toretsk"
		}
		return -1
	}
	return -1
}

// saidIn reports whether a verb of saying stands among words [a, b).
func saidIn(s *sentence, a, b int) bool {
	for j := a; j < b && j < len(s.words); j++ {
		switch s.words[j].low {
		case "said", "says", "told", "reported", "added":
			return true
		}
	}
	return false
}

// sharedOut reads a count shared out over places right after it ("the
// toll has risen to nine deaths, seven in Segue and two in Sonfounou"):
// a part for each "N in PLACE" of the list, when the parts add up to the
// count; nil otherwise.
func (a *analysis) sharedOut(s *sentence, c *casualty) []*casualty {
	total := c.count.BestOr(-1)
	if total <= 0 {
		return nil
	}
	k := s.wordAt(max(c.span.End, c.np.End)-1) + 1
	// (past the rest of the phrase, "the toll has risen to eleven dead,
	// …", and the time and place told with it, "killed nine people on
	// Sunday in northern Burkina Faso, …"; the parts must add up to the
	// count, so a list of another count's parts is none of this one's)
	// (the comma or colon may be the first word of the next clause: "…
	// killed four civilians on Friday: two in …")
	for j := k; j < len(s.words) && j < k+12 && (s.clause[j] == s.clause[k-1] || s.clause[j-1] == s.clause[k-1]); j++ {
		if s.words[j].low == "," || s.words[j].low == ":" {
			k = j
			break
		}
	}
	if k < len(s.words) && s.words[k].low == "," {
		// (past the teller set between the toll and its parts: "killed
		// three civilians on Monday, the governor said: a man in
		// Pokrovsk and two women in Toretsk"; past a part told before the
		// teller too: "killed 21 people, eight of them children, a
		// monitor said: 14 in Masaken Hanano and seven in al-Sakhour")
		for j := k + 1; j < len(s.words) && j <= k+14; j++ {
			if s.words[j].low == ":" {
				if saidIn(s, k+1, j) {
					k = j
				}
				break
			}
			if s.words[j].punc && s.words[j].low != "," {
				break
			}
		}
	}
	var parts []*casualty
	sum := 0
	for k < len(s.words) {
		w := s.words[k].low
		if w == "," || w == "and" || w == "-" || w == ":" || w == "(" {
			k++
			continue
		}
		n, ok := s.countAt(k)
		if !ok && single(w) && k+1 < len(s.personEnd) && s.personEnd[k+1] != "" {
			n, ok = 1, true // "a man in Pokrovsk"
		}
		at := s.partPlaceAt(k + 1)
		if !ok || at < 0 {
			break
		}
		pi := a.placeStartingAt(s, at)
		if pi < 0 {
			break
		}
		part := *c
		part.count, part.parts, part.site, part.subset = sitrep.Exact(n), nil, pi+1, true
		part.span = sitrep.Span{Start: s.words[k].span.Start, End: a.places[pi].Span.End}
		parts = append(parts, &part)
		sum += n
		k = s.wordAt(a.places[pi].Span.End-1) + 1
	}
	if len(parts) < 2 || sum != total {
		return nil
	}
	return parts
}

// phraseWords counts the words of [a, b), a side's name as one however
// many words it has ("a senior al-Shabaab commander" is four).
func (s *sentence) phraseWords(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if end := s.actorEndAt(k); end > k+1 && end <= b {
			k = end - 1
		}
		n++
	}
	return n
}

// objectEnds reports whether an object phrase ends before word i: the
// sentence ends, or punctuation, a preposition or a conjunction follows.
func objectEnds(s *sentence, i int) bool {
	if i >= len(s.words) {
		return true
	}
	w := s.words[i]
	return w.punc || prepositions[w.low] || w.low == "and" || w.low == "as" || w.low == "while"
}

// ageNoun reports whether the words from i read a number and "year old"
// joined to it ("19-year-old"), a person's age.
func ageNoun(ws []word, i int) bool {
	return i+2 < len(ws) && ws[i].num && ws[i+1].low == "year" && ws[i+1].hyph && ws[i+2].low == "old" && ws[i+2].hyph
}

// personAfterAge reports whether a noun for people follows an age at word
// i ("a 19-year-old man"): the noun's phrase counts the person.
func (x *Extractor) personAfterAge(s *sentence, i int) bool {
	if i >= len(s.words) {
		return false
	}
	_, n := x.lex.persons.at(s.words, i)
	return n > 0
}

// ordinalWord reports whether w is an ordinal that stands for one more
// person ("wounding a third").
func ordinalWord(w string) bool {
	switch w {
	case "second", "third", "fourth", "fifth", "sixth":
		return true
	}
	return false
}

// ordinalValue is the place an ordinal word names ("fourth": 4).
func ordinalValue(w string) int {
	return map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}[w]
}

// countAt is the number a cardinal that begins at word k says.
func (s *sentence) countAt(k int) (int, bool) {
	for _, q := range s.quants {
		if q.Kind != quantity.Cardinal || q.Count.Best == nil {
			continue
		}
		if qa, qb := s.wordRange(q.Span); qa == k && qb == k+1 {
			return *q.Count.Best, true
		}
	}
	return 0, false
}

// placeStartingAt is the place mention of sentence s that begins at word
// k, or -1.
func (a *analysis) placeStartingAt(s *sentence, k int) int {
	for _, pi := range s.places {
		if a.places[pi].Full.Start == s.words[k].span.Start || a.places[pi].Span.Start == s.words[k].span.Start {
			return pi
		}
	}
	return -1
}

// withAbsolute reports whether the count phrase at word a opens a clause
// of "with" and its own predicate ("…, with 17 others injured"): its fate
// is its own, not that of the counts before it ("along with", "together
// with" join a list instead).
func (s *sentence) withAbsolute(a int) bool {
	if a < 1 || s.words[a-1].low != "with" {
		return false
	}
	return a < 2 || (s.words[a-2].low != "along" && s.words[a-2].low != "together")
}

// countBeforeAt reports whether a count of people ends shortly before word
// i: a covered word two to five words before it, or a count found so far
// followed by a named unit up to i-1 ("ten jawans of the District Reserve
// Guard and their driver").
func countBeforeAt(s *sentence, out []np, covered []bool, i int) bool {
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if covered[k] {
			return true
		}
	}
	for _, n := range out {
		if i >= 2 && n.b < i-1 && namedUnitAfter(s, n.b, i-1) == i-1 {
			return true
		}
	}
	return false
}

// countPhrases finds the phrases of a sentence that count people.
func (x *Extractor) countPhrases(a *analysis, s *sentence) []np {
	var out []np
	covered := make([]bool, len(s.words))
	for _, q := range s.quants {
		if q.Kind != quantity.Cardinal {
			continue
		}
		qa, qb := s.wordRange(q.Span)
		if qa >= qb || covered[qa] && s.words[qa-1].low == "of" {
			continue // (a number inside a count's phrase: "six members of one family")
		}
		n := np{a: qa, b: qb, qa: qa, qb: qb, count: q.Count, vague: q.Vague}
		if n.count.IsZero() && !q.Vague {
			continue
		}
		if g, w, end, ok := x.otherHurtPeople(s, qb); ok {
			// "14 other wounded people were still being treated": the
			// word of harm inside the counted phrase, past "other", as
			// in "14 wounded people"
			n.group, n.bare, n.b, n.after = g, true, w, end
		} else if g, end, ok := x.personHead(s, qb); ok {
			n.group, n.b = g, end
			// "two farmers in Bokkos on Monday and three herders (three
			// more) in Mangu on Tuesday": a count with a noun of its own
			// whose verb is left out too
			n.gapped = x.gappedCount(a, s, qa, end)
			// "put the toll at six soldiers": the toll's number, with a
			// noun of its own
			n.toll = !n.gapped && qa > 1 && (s.words[qa-1].low == "at" || s.words[qa-1].low == "to") && s.words[qa-2].low == "toll" && end-qb <= 3 &&
				!slices.ContainsFunc(s.words[qb:end], isClauseBreak)
		} else if g, end, ok := x.actorHead(s, qb); ok {
			n.group, n.b = g, end // "fifteen Taliban were also killed"
		} else if s.hurtTollBefore(qa) {
			n.group, n.bare, n.hurtToll = "people", true, true
		} else if s.tollBefore(qa) || s.subjectTollRose(qa) || s.raisedTollAfter(qa, qb) {
			n.group, n.bare, n.toll = "people", true, true
			if g := s.tollOwner(qa, qb); g != "" {
				n.group = g // "raising the army's toll to nine": the toll of one side
			}
		} else if x.casualtyAfterFillers(s, qb) {
			n.group, n.bare = "people", true // "another 89 were wounded"
			// "65 dead regime fighters": the noun after the word
			if x.casualtyAt(s, qb, false) != "" {
				_, m := x.lex.casualty.at(s.words, qb)
				if g, end, ok := x.personHead(s, qb+m); ok {
					n.group, n.after = g, end
				} else if g, end, ok := x.actorHead(s, qb+m); ok {
					n.group, n.after = g, end
				}
			}
		} else if x.activeBefore(s, qa) != "" && x.bareNumber(s, qb) {
			n.group, n.bare = "people", true
		} else if x.gappedCount(a, s, qa, qb) {
			n.group, n.bare, n.gapped = "people", true, true
		} else if g, ok := x.sideGapped(s, qa, qb); ok {
			n.group, n.gapped = g, true
		} else if h := describedFrom(s, qb); unknownPeople(s, h) && (x.casualtyAfterFillers(s, h+1) || x.activeBefore(s, qa) != "" || resultAfter(s, h+1)) {
			// "three customers were wounded", "killing four commuters",
			// "two suspected informants": a plural noun the lexicon does
			// not know, told as hurt, is people
			n.group, n.b = "people", h+1
		} else {
			continue
		}
		if n.count.IsZero() {
			continue // "several", "many": no number to count
		}
		for k := n.a; k < n.b; k++ {
			covered[k] = true
		}
		out = append(out, n)
	}
	// "another was injured", "a third was wounded": one more person, the
	// group of the count before; so is the object of a verb of harm with
	// no noun of its own ("killing one officer and wounding another",
	// "wounding a third")
	for i := 0; i+1 < len(s.words); i++ {
		if covered[i] {
			continue
		}
		end := i + 1
		gapped := false
		group := "people"
		switch {
		case s.words[i].low == "another" && x.gappedCount(a, s, i, i+1):
			// "one person was killed in Kostiantynivka and another in
			// Toretsk": one more, the verb left out, at a place of its own
			gapped = true
		case s.words[i].low == "another" && x.casualtyAfterFillers(s, i+1):
		case s.words[i].low == "another" && x.activeBefore(s, i) != "" && objectEnds(s, i+1):
		case s.words[i].low == "a" && ordinalWord(s.words[i+1].low) && (x.activeBefore(s, i) != "" && objectEnds(s, i+2) || x.casualtyAfterFillers(s, i+2)):
			end = i + 2 // "wounding a third", "and a third was seriously wounded"
		case (s.words[i].low == "a" || s.words[i].low == "an") && ageNoun(s.words, i+1) && !x.personAfterAge(s, i+4) && (x.casualtyAfterFillers(s, i+4) || x.activeBefore(s, i) != "" && objectEnds(s, i+4)):
			// "a 19-year-old was killed by live fire", "shooting dead a
			// 15-year-old": a person told by age alone, as "a 19-year-old
			// man" is one
			end, group = i+4, "civilians"
		default:
			continue
		}
		out = append(out, np{a: i, b: end, qa: i, qb: end, count: sitrep.Exact(1), group: group, single: true, gapped: gapped})
		for k := i; k < end; k++ {
			covered[k] = true
		}
	}
	// "both attackers", "both of the soldiers", "both gunmen" (a noun for
	// people ending in "men" is the plural of one in "man"): two people
	for i := 0; i+1 < len(s.words); i++ {
		if covered[i] || s.words[i].low != "both" {
			continue
		}
		h := i + 1
		if h+1 < len(s.words) && s.words[h].low == "of" && s.words[h+1].low == "the" {
			h += 2
		} else if s.words[h].low == "the" {
			h++
		}
		g, end, ok := x.personHead(s, h)
		pair := end < len(s.words) && s.words[end].low == "and"
		for k := h; k < end; k++ {
			pair = pair || s.words[k].low == "and"
		}
		if !ok || end-h > 3 || !isPlural(s.words[end-1].low) && !strings.HasSuffix(s.words[end-1].low, "men") || pair {
			continue // (not "both soldiers and civilians": a pair of groups)
		}
		out = append(out, np{a: i, b: end, qa: i, qb: i + 1, count: sitrep.Exact(2), group: g})
		for k := i; k < end; k++ {
			covered[k] = true
		}
	}
	// "shot dead Ahmed Ali, a local journalist": a person named, then
	// told by a noun in apposition
	for i := 1; i+3 < len(s.words); i++ {
		if covered[i] || !s.words[i].cap || s.words[i-1].cap {
			continue
		}
		j := i
		for j < len(s.words) && j < i+4 && s.words[j].cap && !s.words[j].punc {
			j++
		}
		if j == i || j+2 >= len(s.words) || s.words[j].low != "," || !single(s.words[j+1].low) && s.words[j+1].low != "the" {
			continue
		}
		if a.placeAt(s.words[i].span) || x.overlapsActor(s, s.words[i].span) {
			continue
		}
		g, end, ok := x.personHead(s, j+2)
		if !ok || isPlural(s.words[end-1].low) {
			continue
		}
		if x.activeBefore(s, i) == "" && !(end < len(s.words) && s.words[end].low == "," && x.passiveCasualtyAfter(s, end+1)) {
			continue
		}
		out = append(out, np{a: i, b: end, qa: i, qb: j, count: sitrep.Exact(1), group: g, single: true})
		for k := i; k < end; k++ {
			covered[k] = true
		}
	}
	// "journalist Ahmed Ali was shot dead", "killed Constable Ahmad
	// Khan", "Sepoy Ahmad Khan embraced shahadat": one person, named after
	// a noun for people or a rank (lexicon marker "title") with no article
	// or number of its own, told as what happened to them
	for i := 0; i+1 < len(s.words); i++ {
		if covered[i] || s.words[i].punc || i > 0 && (s.words[i-1].cap && !s.words[i-1].punc || s.words[i-1].num) {
			continue
		}
		if !s.words[i+1].cap && !(i+2 < len(s.words) && s.words[i+2].cap) {
			continue // (no name after a title of one or two words)
		}
		end := i // the end of the title
		g := "soldiers"
		if _, n := x.lex.markers.at(s.words, i); n > 0 && s.markerIs(i, "title") {
			end = i + n
		} else if v, n := x.lex.persons.at(s.words, i); n > 0 && !isPlural(s.words[i+n-1].low) && !collectivePeople[s.words[i+n-1].low] {
			end, g = i+n, v.(string)
		} else {
			continue
		}
		if i > 0 {
			switch s.words[i-1].low {
			case "a", "an", "the", "one", "his", "her", "their", "its", "of", "another", "this", "that", "said":
				continue // ("a journalist, Ahmed Ali, ...": read by the apposition above)
			}
		}
		j := end
		for j < len(s.words) && j < end+4 && s.words[j].cap && !s.words[j].punc && !s.words[j].num {
			j++
		}
		if j == end || j-end < 2 && !s.markerIs(i, "title") {
			continue // a name of two words at least after a noun that is no rank ("soldier Ali" is no name told)
		}
		if a.placeAt(s.words[end].span) || x.overlapsActor(s, sitrep.Span{Start: s.words[end].span.Start, End: s.words[j-1].span.End}) {
			continue
		}
		if x.activeBefore(s, i) == "" && !x.casualtyAfterFillers(s, j) && !x.passiveCasualtyAfter(s, j) {
			// ("Sepoy Ahmad Khan (age 24, resident of Kohat) embraced
			// shahadat", "Constable Ali Shah, having fought bravely, was
			// martyred": the fate told past an aside on the person)
			if k := asideEnd(s, j); k <= j || !x.casualtyAfterFillers(s, k) && !x.passiveCasualtyAfter(s, k) {
				continue
			}
		}
		out = append(out, np{a: i, b: j, qa: i, qb: end, count: sitrep.Exact(1), group: g, single: true})
		for k := i; k < j; k++ {
			covered[k] = true
		}
	}
	// "Policeman killed in Kirkuk blast", "2-year-old boy killed as he
	// fled": a headline's bare noun for one person, told as what happened
	// to them, is one person (headlines drop the article)
	if n := len(s.words); n > 2 && !covered[0] && (s.headline || s.words[n-1].low != "." && s.words[n-1].low != "?") {
		g, end, ok := x.personHead(s, 0)
		// (a short noun phrase of no count: not "MINISTRY SAYS ONE
		// TURKISH SOLDIER KILLED")
		ok = ok && end <= 5 && !slices.Contains(covered[:end], true)
		if ok && !isPlural(s.words[end-1].low) && !collectivePeople[s.words[end-1].low] && end < n && x.casualtyAt(s, end, false) != "" && headlineFate(s.words[end].low) {
			out = append(out, np{a: 0, b: end, qa: 0, qb: 1, count: sitrep.Exact(1), group: g, single: true})
			for k := 0; k < end; k++ {
				covered[k] = true
			}
		}
	}
	// "a couple and their three children": the couple are two people
	// ("killed a couple near Kherson", "an elderly couple were killed":
	// two people; not "a couple of days")
	for i := 0; i+1 < len(s.words); i++ {
		if covered[i] || s.words[i].low != "a" && s.words[i].low != "the" && s.words[i].low != "an" {
			continue
		}
		j := i + 1
		switch s.words[j].low {
		case "elderly", "young", "married", "old":
			j++
		}
		if j >= len(s.words) || s.words[j].low != "couple" || covered[j] || j+1 < len(s.words) && s.words[j+1].low == "of" {
			continue
		}
		if j+1 < len(s.words) && s.words[j+1].low != "and" && x.activeBefore(s, i) == "" && !x.casualtyAfterFillers(s, j+1) {
			continue // a couple told doing something else
		}
		out = append(out, np{a: i, b: j + 1, qa: i, qb: j + 1, count: sitrep.Exact(2), group: "civilians"})
		for k := i; k <= j; k++ {
			covered[k] = true
		}
	}
	// "killing both drivers", "both gunmen were shot dead": two people
	// named by "both" and a plural (not "both soldiers and civilians",
	// which joins two groups)
	for i := 0; i+1 < len(s.words); i++ {
		if s.words[i].low != "both" || covered[i] || covered[i+1] {
			continue
		}
		g, end, ok := x.personHead(s, i+1)
		if !ok || end-i > 3 || !isPlural(s.words[end-1].low) {
			continue
		}
		if end+1 < len(s.words) && (s.words[end].low == "and" || s.words[end].low == "or") {
			if _, _, other := x.personHead(s, end+1); other {
				continue // "both soldiers and civilians"
			}
		}
		out = append(out, np{a: i, b: end, qa: i, qb: i + 1, count: sitrep.Exact(2), group: g})
		for k := i; k < end; k++ {
			covered[k] = true
		}
	}
	// "shot dead a schoolteacher", "killed a Hazara bookseller": a verb of
	// killing or hurting takes a living object, so one of a noun the
	// lexicon does not know, as the verb's whole object, is a person
	for i := 0; i+1 < len(s.words); i++ {
		if covered[i] || !single(s.words[i].low) || s.words[i].low == "one" || i == 0 {
			continue
		}
		if kind := x.activeBefore(s, i+1); kind != "killed" && kind != "wounded" {
			continue // (things are seized and taken: "seized a district capital")
		}
		if w := s.words[i-1].low; w == "of" || w == "to" {
			// a verb's object, right after it: not a noun's ("claimed the
			// killing of a sarpanch" names an act told before), nor a
			// place gone to ("carried the wounded to a clinic")
			continue
		}
		if h, ok := x.unknownObjectHead(s, covered, i+1); ok {
			out = append(out, np{a: i, b: h + 1, qa: i, qb: i + 1, count: sitrep.Exact(1), group: "people", single: true})
			for k := i; k <= h; k++ {
				covered[k] = true
			}
		}
	}
	// "The first victim was a truck driver. He was shot dead on the road":
	// a personal pronoun opening a sentence, told killed or hurt by a
	// passive verb, is the one person the sentence before named, when
	// that sentence counted nobody hurt (else it is that count told again)
	if len(s.words) > 3 && !covered[0] && (s.words[0].low == "he" || s.words[0].low == "she") && x.pronounPersonBefore(a, s) {
		k := 2
		if s.words[1].low == "was" {
			for k < len(s.words) && predFiller[s.words[k].low] {
				k++
			}
			if kind := x.casualtyAt(s, k, false); kind == sitrep.Killed || kind == sitrep.Wounded {
				out = append(out, np{a: 0, b: 1, qa: 0, qb: 1, count: sitrep.Exact(1), group: "people", single: true})
				covered[0] = true
			}
		}
	}
	// "a Buddhist rubber tapper was shot dead", "a military-appointed ward
	// administrator in Hlaing Tharyar was killed": the same of the subject
	// of a passive verb of killing or hurting, which is told of the living
	for i := 0; i+3 < len(s.words); i++ {
		if covered[i] || s.words[i].low != "a" && s.words[i].low != "an" {
			continue
		}
		if i > 0 && (prepositions[s.words[i-1].low] || s.words[i-1].low == "of") {
			continue // a complement's noun, not the subject ("deputed for the security of a polio vaccination team was martyred")
		}
		if h, ok := x.unknownSubjectHead(s, covered, i+1); ok {
			out = append(out, np{a: i, b: h + 1, qa: i, qb: i + 1, count: sitrep.Exact(1), group: "people", single: true})
			for k := i; k <= h; k++ {
				covered[k] = true
			}
		}
	}
	// "a policeman", "one child": one person without a number word; "a
	// woman and her baby": the one joined by "and" and a possessive too
	for i := 0; i+1 < len(s.words); i++ {
		the := s.words[i].low == "the"
		possessive := s.words[i].low == "her" || s.words[i].low == "his" || s.words[i].low == "their"
		// ("a boy was killed and his father wounded": the one whose
		// possessive it is may be told with a verb after it; the count
		// before is looked for only after "and" and a possessive)
		joined := i >= 2 && s.words[i-1].low == "and" && possessive && countBeforeAt(s, out, covered, i)
		// ("a grandmother, her son and two grandchildren": a member set
		// by a comma right after a count, in a list that goes on)
		listed := i >= 2 && s.words[i-1].low == "," && covered[i-2] && possessive
		// "killed my brother", "shot dead her husband": one person, the
		// object of the act, named by a possessive
		possessed, resulting := false, false
		switch s.words[i].low {
		case "my", "his", "her", "their", "our":
			possessed = i > 0 && x.activeBefore(s, i) != ""
			// ("stabbed her husband to death": the verb's object, told
			// dead by the result after it; checked at its head below)
			resulting = !possessed && i > 0 && resultativeVerb(s.words[i-1].low)
			possessed = possessed || resulting
		}
		// ("another soldier was wounded": one more person, told as more
		// of the hurt, as "another was wounded" is)
		another := s.words[i].low == "another"
		if covered[i] || !single(s.words[i].low) && !the && !joined && !listed && !possessed && !another {
			continue
		}
		if i > 0 && (s.words[i-1].low == "of" && !x.harmOfEnds(s, i) || s.words[i-1].low == "than") {
			continue // "one of the", "more than a" (not "the death of a young man")
		}
		g, end, ok := x.personHead(s, i+1)
		if !ok || s.phraseWords(i, end)-(s.ageAt(i+1)-(i+1)) > 4 || isPlural(s.words[end-1].low) {
			continue // (an age is one word more: "a 63-year-old man")
		}
		if resulting && !joined && !listed && !resultAfter(s, end) {
			continue
		}
		if listed && !joined && !possessed && !single(s.words[i].low) && (end >= len(s.words) || s.words[end].low != "and" && s.words[end].low != ",") {
			continue // (the list must go on: not "two soldiers were killed, their commander said")
		}
		if another && end < len(s.words) {
			if _, m := x.lex.triggers.at(s.words, end); m > 0 || x.thingAfterPeople(s, end) {
				continue // "another militia attack", "another army post": a thing of theirs
			}
		}
		// ("killed the driver and his assistant", "shot dead the
		// district governor": one person, the act's object)
		// (an attacker only in a list of the dead, "killing the bomber
		// and three guards": "police killed the gunman after he ..." is
		// the incident's end, told apart)
		objectOfKilling := the && i > 0 && x.activeBefore(s, i) != "" && (g != "militants" || end < len(s.words) && s.words[end].low == "and")
		doer := the && g == "militants" && doerNoun[s.words[end-1].low] && x.deathAfterFillers(s, end)
		// ("four teachers and the driver were all killed": the last
		// member of a list of the hurt, joined to a count by "and")
		theJoined := the && i >= 2 && s.words[i-1].low == "and" && countBeforeAt(s, out, covered, i)
		// ("The district commissioner of Jalalaqsi and two of his
		// bodyguards were killed": the one whose men the possessive
		// after "and" names leads the list)
		theLeads := the && g != "militants" && s.leadsPossessedList(end)
		if the && !objectOfKilling && !doer && !theJoined && !theLeads && (g == "militants" || g == "people" || !x.passiveCasualtyAfter(s, end)) {
			// "the commander of the base was injured": one person, told
			// as what happened to them; not "the bomber", not "the
			// attack killed the driver and ..." read twice
			continue
		}
		if n, to := familyOf(s, end); to > end && !covered[end+1] {
			// "a family of five": as many people as the family counts
			out = append(out, np{a: i, b: to, qa: i, qb: i + 1, count: n, group: g})
			for k := i; k < to; k++ {
				covered[k] = true
			}
			continue
		}
		out = append(out, np{a: i, b: end, qa: i, qb: i + 1, count: sitrep.Exact(1), group: g, single: true, doer: doer})
		for k := i; k < end; k++ {
			covered[k] = true
		}
	}
	// "killing a translator and two soldiers", "two soldiers and a
	// translator": a noun the lexicon does not know, one of it, joined by
	// "and" to a count of people as the object of a verb of harm, is a
	// person too (conjuncts are of one kind)
	for i := 0; i+2 < len(s.words); i++ {
		if covered[i] || !single(s.words[i].low) || covered[i+1] || !plainNoun(s.words[i+1]) || isPlural(s.words[i+1].low) {
			continue
		}
		if w := s.words[i+1].low; notPeople[w] || notPeople[w+"s"] || notPeople[w+"es"] {
			continue // "two soldiers and a dog", "a tank and two trucks"
		}
		// the verb stands before the first conjunct
		first := i
		passive := x.casualtyAfterFillers(s, i+2) // "two soldiers and a translator were killed"
		if i >= 2 && s.words[i-1].low == "and" && (passive || objectEnds(s, i+2) && (i+2 >= len(s.words) || s.words[i+2].low != "and")) {
			for _, n := range out {
				if n.b == i-1 && n.group != "" {
					first = n.a
				}
			}
		}
		after := s.words[i+2].low == "and" && i+3 < len(s.words) && covered[i+3]
		if first == i && !after || x.activeBefore(s, first) == "" && !(passive && first != i) {
			continue
		}
		out = append(out, np{a: i, b: i + 2, qa: i, qb: i + 1, count: sitrep.Exact(1), group: "people", single: true})
		covered[i], covered[i+1] = true, true
	}
	sort.Slice(out, func(i, j int) bool { return out[i].a < out[j].a })
	// "five members of one family", "three sons of two farmers": a count
	// in the "of" phrase of the count before it tells whose they are, not
	// more people ("a family of seven": a number with no noun of its own
	// is the size of what comes before it, and stays)
	kept := make([]np, 0, len(out))
	for k, n := range out {
		if k > 0 && out[k-1].b+1 == n.a && out[k-1].b < len(s.words) && s.words[out[k-1].b].low == "of" && !n.bare {
			continue
		}
		kept = append(kept, n)
	}
	out = kept
	// "a commander of the Clan del Golfo", "12 members of Boko Haram":
	// the side named in an "of" phrase right after the counted noun is
	// the people's own, part of the phrase
	for k := range out {
		n := &out[k]
		if n.bare || n.b+1 >= len(s.words) || s.words[n.b].low != "of" {
			continue
		}
		j := n.b + 1
		if s.words[j].low == "the" && j+1 < len(s.words) {
			j++
		}
		j = s.pastTieModifier(j)
		end := s.actorEndAt(j)
		if end <= j || k+1 < len(out) && out[k+1].a < end {
			continue
		}
		for _, m := range s.actors {
			if m.Span.Start == s.words[j].span.Start && m.Actor != nil && !m.Generic {
				n.b = end
				break
			}
		}
	}
	// "a member of parliament and his two bodyguards", "the head of the
	// council and three guards": a person's "of" phrase ends at the "and"
	// that joins the next count, and is part of the person's phrase, so
	// that the two are one list
	for k := 0; k+1 < len(out); k++ {
		n := &out[k]
		if n.bare || n.b >= len(s.words) || s.words[n.b].low != "of" {
			continue
		}
		j := n.b + 1
		for j < len(s.words) && j <= n.b+4 && !s.words[j].punc && s.words[j].low != "and" && !passiveAux[s.words[j].low] && x.casualtyAt(s, j, false) == "" {
			j++ // (not past a verb: "an officer of the army was killed and two soldiers ...")
		}
		if j == n.b+1 || j >= len(s.words) || s.words[j].low != "and" {
			continue
		}
		next := out[k+1].a
		if next == j+1 || next == j+2 && (s.words[j+1].low == "his" || s.words[j+1].low == "her" || s.words[j+1].low == "their") {
			n.b = j
		}
	}
	// the side named in the phrase settles its group ("65 dead regime
	// fighters" are government forces, not militants)
	for k := range out {
		if name := x.actorInside(s, out[k].a, max(out[k].b, out[k].after)); name != "" {
			if act := x.actors.Lookup(name); act != nil {
				switch {
				case isStateSide(act) && out[k].group != "police":
					out[k].group = "soldiers"
				case isArmedGroup(act):
					out[k].group = "militants"
				}
			}
		}
	}
	// "soldiers were ambushed near Djibo, losing five men", "the army
	// said it lost 12 men": the people a side lost are its own, the
	// group of the subject, the side the sentence names nearest before
	// the verb (not one after "by": the agent of a passive)
	for k := range out {
		if out[k].group != "civilians" && out[k].group != "people" || out[k].a < 1 {
			continue
		}
		if v := s.words[out[k].a-1].low; v != "lost" && v != "losing" && v != "loses" && v != "lose" {
			continue
		}
		if b := out[k].a - 2; b >= 0 && (s.words[b].low == "who" || s.words[b].low == "whose") {
			continue // "a resident who lost two cousins": a person's loss, not a side's
		}
		verb := s.words[out[k].a-1].span.Start
		var side *actors.Actor
		for _, m := range s.actors {
			if m.Actor == nil || m.Span.End > verb || m.Actor.Name == "civilians" {
				continue
			}
			if i := s.wordAt(m.Span.Start); i > 0 && s.words[i-1].low == "by" {
				continue
			}
			// (the side nearest the verb: "Gunmen killed nine policemen,
			// while the army said it lost five men" lost the army's)
			side = m.Actor
		}
		switch {
		case side == nil:
		case isStateSide(side):
			out[k].group = "soldiers"
		case isArmedGroup(side), side.Name == "militants (unidentified)":
			// ("The attackers ... lost 11 men": unnamed armed men too)
			out[k].group = "militants"
		}
	}
	// "two former policemen", "a retired army colonel", "ex-soldiers":
	// people no longer of the side their noun names are civilians
	for k := range out {
		if out[k].group == "civilians" || out[k].group == "people" {
			continue
		}
		for j := out[k].qb; j < out[k].b && j < len(s.words); j++ {
			if w := s.words[j].low; w == "former" || w == "retired" || w == "ex" && j+1 < len(s.words) && s.words[j+1].hyph {
				out[k].group = "civilians"
				break
			}
		}
	}
	// "the bodies of a man and a woman in uniform", "two men in military
	// fatigues": people told in uniform are some side's fighters, which
	// side the words do not say; not civilians
	for k := range out {
		if out[k].group == "civilians" && inUniformAt(s, out[k].b) {
			out[k].group = "people"
		}
	}
	// resolve "others" to the group of the count before it in the sentence
	for k := range out {
		if out[k].group == "people" && k > 0 {
			w := s.words[out[k].b-1].low
			// (not after the doer himself: "a bomber killed himself and
			// 11 others" killed others than the bombers)
			afterDoer := out[k].a >= 2 && s.words[out[k].a-1].low == "and" && reflexivePronoun[s.words[out[k].a-2].low]
			if (w == "others" || w == "other" || w == "more") && !afterDoer {
				out[k].group = out[k-1].group
			}
			out[k].besideDoer = afterDoer
		}
	}
	// "gunmen opened fire on the soldiers, killing three of them": the
	// pronoun stands for people named before it, not for the doer
	for k := range out {
		if out[k].group == "people" && out[k].bare {
			if g := x.partitiveAntecedent(a, s, out[k].qa, out[k].qb); g != "" {
				out[k].group = g
			}
		}
	}
	return out
}

// inUniformAt reports whether the words at i put the people before them
// in uniform: "in uniform", "in military uniform(s)", "in army fatigues",
// "in camouflage", "wearing uniforms".
func inUniformAt(s *sentence, i int) bool {
	if i+1 >= len(s.words) || s.words[i].low != "in" && s.words[i].low != "wearing" {
		return false
	}
	for k := i + 1; k < len(s.words) && k <= i+3; k++ {
		switch s.words[k].low {
		case "uniform", "uniforms", "fatigues", "camouflage":
			return true
		case "military", "army", "police", "combat", "full", "a":
			continue
		}
		return false
	}
	return false
}

// partitiveAntecedent is the group of the people a partitive pronoun
// stands for ("killing three of them", "four of them were killed"), when
// the number at words [qa, qb) is followed by "of them": the nearest
// plural noun for people, or named side, told before it in the sentence,
// leaving out the subject of an active clause that did the harm (a
// pronoun cannot stand for the subject of its own verb: in "gunmen
// attacked the patrol, killing three of them" the three are not gunmen;
// in "officers were ambushed, and four of them were killed" they are the
// officers). "" when no such people are told before.
func (x *Extractor) partitiveAntecedent(a *analysis, s *sentence, qa, qb int) string {
	if qb+1 >= len(s.words) || s.words[qb].low != "of" || s.words[qb+1].low != "them" || len(s.clause) != len(s.words) {
		return ""
	}
	// the clause whose subject did the harm: the one before a participle
	// clause ("..., killing three of them"), else the count's own
	// ("troops stormed the camp and killed five of them")
	c := s.clause[qa]
	start := qa
	for start > 0 && s.clause[start-1] == c {
		start--
	}
	doer := c
	if start > 0 && (strings.HasSuffix(s.words[start].low, "ing") || s.words[start].punc && start+1 < len(s.words) && strings.HasSuffix(s.words[start+1].low, "ing")) {
		doer = s.clause[start-1]
	}
	subject := -1 // the first word of the doer clause's first people noun
	doerGroup := ""
	for k := 0; k < qa; k++ {
		if s.clause[k] != doer {
			continue
		}
		if clausePassive(s, k, qa) {
			break // its subject is the side harmed
		}
		if g, from, ok := x.peopleNounAt(s, k); ok {
			subject, doerGroup = from, g
			break
		}
	}
	for k := qa - 1; k >= 0; k-- {
		g, from, ok := x.peopleNounAt(s, k)
		if !ok {
			continue
		}
		if from == subject {
			k = from
			continue
		}
		if !pluralPeople(s.words[k].low) {
			return ""
		}
		return g
	}
	if doerGroup == "" || doerGroup == "people" || s.idx < 1 || s.idx > len(a.sents) {
		return ""
	}
	// "Police returned fire and killed four of them" after "the
	// attackers set fire to two tankers": with no people before it in
	// its sentence but the doer, the pronoun stands for the last people
	// of the sentence before that are not of the doer's side (police
	// kill none of their own officers told there)
	// (nor for the dead counted there, nor for those who tell it: "killing
	// nine people, officials said")
	p := a.sents[s.idx-1]
	dead := func(k int) bool {
		for _, c := range p.cas {
			if c.kind == sitrep.Killed && c.np.Start <= p.words[k].span.Start && p.words[k].span.End <= c.np.End {
				return true
			}
		}
		return false
	}
	for k := len(p.words) - 1; k >= 0; k-- {
		g, from, ok := x.peopleNounAt(p, k)
		if !ok {
			continue
		}
		if g == doerGroup || !pluralPeople(p.words[k].low) || p.clauseKindAt(k) == attributionClause || dead(k) {
			k = from
			continue
		}
		return g
	}
	return ""
}

// clausePassive reports whether the clause of word k holds a passive verb
// ("were ambushed", "was hit") between k and word end.
func clausePassive(s *sentence, k, end int) bool {
	c := s.clause[k]
	for j := k; j+1 < end; j++ {
		if s.clause[j] != c {
			continue
		}
		switch s.words[j].low {
		case "was", "were", "been", "being":
			n := s.words[j+1].low
			if strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") || n == "shot" || n == "hit" || n == "struck" {
				return true
			}
		}
	}
	return false
}

// peopleNounAt reads a noun for people, or the name of a side, ending at
// word k: its group and the word it starts at.
func (x *Extractor) peopleNounAt(s *sentence, k int) (string, int, bool) {
	if _, n := x.lex.persons.at(s.words, k); n == 1 {
		from := k
		for from > 0 {
			if _, m := x.lex.persons.at(s.words, from-1); m == 0 {
				break
			}
			from--
		}
		if g, end, ok := x.personHead(s, from); ok && end == k+1 {
			return g, from, true
		}
	}
	for _, m := range s.actors {
		if m.Actor == nil || s.wordAt(m.Span.End-1) != k {
			continue
		}
		from := s.wordAt(m.Span.Start)
		if g := armedGroupOf(m.Actor); g != "" {
			return g, from, true
		}
		if m.Actor.Name == "civilians" {
			return "civilians", from, true
		}
	}
	return "", 0, false
}

// pluralPeople reports whether a noun for people is plural, so that
// "them" may stand for it ("soldiers", "gunmen", "police", "troops").
func pluralPeople(w string) bool {
	switch w {
	case "police", "people", "personnel", "staff", "crew", "militia", "army", "military", "forces":
		return true
	}
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men") || strings.HasSuffix(w, "ren")
}

// gappedCount reports whether the number at words [qa, qb) is a count
// whose verb is left out: after "and", with no noun of its own, followed
// by a preposition and a place, in a sentence that tells a verb of harm
// before it ("Seven were killed in Bokkos on Saturday and four in Mangu on
// Sunday", "killing three in Kaya and five in Dori"). The parts of a toll
// told after a comma ("nine deaths, seven in Segue and two in
// Sonfounou") are no such counts: they are the toll's parts (sharedOut).
func (x *Extractor) gappedCount(a *analysis, s *sentence, qa, qb int) bool {
	if qa < 2 || s.words[qa-1].low != "and" || !x.placedCount(a, s, qb) {
		return false
	}
	for j := qa - 2; j >= 1 && j >= qa-8; j-- {
		if _, ok := s.countAt(j); ok {
			// (a count after a comma is a toll's part when a count stands
			// before the comma, "nine deaths, seven in Segue and two in
			// Sonfounou"; not after a fronted phrase, "In the Donetsk
			// region, two people were killed in A and one in B")
			if s.words[j-1].low == "," && countBefore(s, j-1) {
				return false
			}
			break
		}
	}
	for j := 0; j < qa-1; j++ {
		if x.casualtyAt(s, j, false) != "" || x.casualtyAt(s, j, true) != "" {
			return true
		}
	}
	return false
}

// sideGapped reports whether the number at words [qa, qb) is a count whose
// verb and noun are left out, told after the side it belongs to at the end
// of a conjunct ("The rebels lost 23 fighters and government forces six",
// "killed 12 soldiers, and the rebels 30"): the verb of harm of the count
// before, counting that side's men, whose group it returns.
func (x *Extractor) sideGapped(s *sentence, qa, qb int) (string, bool) {
	if qb < len(s.words) && !(s.words[qb].punc && s.words[qb].low != "'") {
		return "", false
	}
	for _, m := range s.actors {
		if m.Actor == nil || m.Span.End > s.words[qa].span.Start || s.wordAt(m.Span.End-1) != qa-1 {
			continue
		}
		g := armedGroupOf(m.Actor)
		b := s.wordAt(m.Span.Start) - 1
		if b >= 0 && s.words[b].low == "the" {
			b--
		}
		if g == "" || b < 1 || s.words[b].low != "and" && s.words[b].low != "," {
			return "", false
		}
		for j := 0; j < b; j++ {
			if x.casualtyAt(s, j, false) != "" || x.casualtyAt(s, j, true) != "" {
				return g, countBefore(s, b)
			}
		}
		return "", false
	}
	return "", false
}

// excludedBefore reports whether the count phrase at word a is told as
// left out of the count before it ("excluding the three attackers", "not
// counting two gunmen", "in addition to the five attackers"): more people
// than that count.
func excludedBefore(s *sentence, a int) bool {
	k := a - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.words[k].low {
	case "excluding", "excludes":
		return true
	case "including", "counting", "include", "includes":
		return k > 0 && s.words[k-1].low == "not"
	case "from":
		return k > 0 && s.words[k-1].low == "apart"
	case "to":
		// "13 people were killed ... in addition to the five attackers"
		return k >= 2 && s.words[k-1].low == "addition" && s.words[k-2].low == "in"
	case "besides", "plus":
		return true
	}
	return false
}

// tollNamedBefore reports whether "toll" (or "figure") stands before
// word i in its sentence, with no punctuation between ("the toll did not
// include ...").
func (s *sentence) tollNamedBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if s.words[k].punc && s.words[k].low != "'" {
			return false
		}
		if w := s.words[k].low; w == "toll" || w == "figure" {
			return true
		}
	}
	return false
}

// doerExcluded marks the attacker's own death as more than a count of
// people the sentence tells it is left out of ("Not counting the
// bomber, nine people died when a suicide attacker blew himself up"): the
// reflexive death is counted beside the people, not within them.
func (s *sentence) doerExcluded() {
	// (only a reflexive death can be marked: a sentence that tells none,
	// as most do, is not read for the words that leave the doer out)
	reflexDeath := false
	for _, c := range s.cas {
		reflexDeath = reflexDeath || c.reflex && c.kind == sitrep.Killed
	}
	if !reflexDeath {
		return
	}
	at := -1
	for k := 0; k+1 < len(s.words); k++ {
		j := k + 1
		if s.words[j].low == "the" && j+1 < len(s.words) {
			j++
		}
		w := strings.TrimSuffix(s.words[j].low, "s")
		if doerNoun[w] && excludedBefore(s, k+1) {
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	for _, c := range s.cas {
		if c.reflex && c.kind == sitrep.Killed {
			c.also = true
		}
	}
}

// excludedDoer reads a doer told as left out of the dead counted before
// him ("nine people were killed, not counting the bomber"; "The toll
// does not include the attacker", after the toll): he died too, one more
// of the dead, beside them. Only one doer in the singular is counted so
// (a count of them, "excluding the three attackers", is read as a
// count), and only when no sentence near has told his death already
// ("blew himself up", which doerExcluded reads).
func excludedDoer(a *analysis, s *sentence) {
	for i := 1; i+1 < len(s.words); i++ {
		if s.words[i].low != "the" {
			continue
		}
		j := i + 1
		if s.words[j].low == "suicide" && j+1 < len(s.words) {
			j++
		}
		driver := s.words[j].low == "driver" && j+3 < len(s.words) && s.words[j+1].low == "of" && s.words[j+2].low == "the" && vehicleNouns[s.words[j+3].low]
		if !doerNoun[s.words[j].low] && !driver || !excludedBefore(s, i+1) {
			continue
		}
		if !killedCountIn(s.cas) && !(s.tollNamedBefore(i) && s.idx > 0 && killedCountIn(a.sents[s.idx-1].cas)) {
			return
		}
		if survivorAfter(s, j+1) {
			return // "not counting the attacker, who was arrested"
		}
		for k := max(0, s.idx-3); k <= s.idx && k < len(a.sents); k++ {
			for _, c := range a.sents[k].cas {
				if c.reflex && c.kind == sitrep.Killed {
					return // his death is told already
				}
			}
		}
		s.cas = append(s.cas, &casualty{kind: sitrep.Killed, group: "militants", count: sitrep.Exact(1), sent: s.idx,
			span: sitrep.Span{Start: s.words[i-1].span.Start, End: s.words[j].span.End}, np: sitrep.Span{Start: s.words[i].span.Start, End: s.words[j].span.End},
			also: true, outside: true, reflex: true})
		return
	}
}

// sideLabelled gives the counts of people a communiqué files under a
// side's label ("on the friendly side: 4 dead and 7 wounded", "On the
// enemy side: 12 terrorists neutralised", "our side") that side's group:
// the speaker's own forces, or the enemy they fought. Two sides' dead
// told so are two groups, summed, not two figures for one. A count that
// names its people keeps their group.
func (s *sentence) sideLabelled() {
	for _, c := range s.cas {
		if c.group != "people" {
			continue
		}
		at := s.wordAt(c.np.Start)
		for k := at - 1; k >= 1 && k >= at-8; k-- {
			if s.words[k].low != "side" {
				if s.words[k].punc && s.words[k].low != ":" && s.words[k].low != "," {
					break
				}
				continue
			}
			if w := s.words[k-1].low; w == "friendly" || w == "our" || w == "own" {
				c.group = "soldiers"
			} else if w == "enemy" || w == "opposing" || w == "adverse" {
				c.group = "militants"
			}
			break
		}
	}
}

// survivorAfter reports whether a relative clause opened at word i
// tells the one before it lived on ("who was arrested", "who fled").
func survivorAfter(s *sentence, i int) bool {
	if i < len(s.words) && s.words[i].low == "," {
		i++
	}
	if i >= len(s.words) || s.words[i].low != "who" {
		return false
	}
	for k := i + 1; k < len(s.words) && k <= i+4; k++ {
		switch s.words[k].low {
		case "arrested", "captured", "detained", "survived", "fled", "escaped", "held", "caught":
			return true
		}
	}
	return false
}

// killedCountIn reports whether cas holds a count of the dead.
func killedCountIn(cas []*casualty) bool {
	for _, c := range cas {
		if c.kind == sitrep.Killed && !c.count.IsZero() {
			return true
		}
	}
	return false
}

// countBefore reports whether a count stands before word i.
func countBefore(s *sentence, i int) bool {
	for j := 0; j < i; j++ {
		if _, ok := s.countAt(j); ok {
			return true
		}
	}
	return false
}

// placedCount reports whether word i, right after a number, opens a
// phrase placing it ("in Mangu", "near the town of Dori").
func (x *Extractor) placedCount(a *analysis, s *sentence, i int) bool {
	if i+1 >= len(s.words) {
		return false
	}
	switch s.words[i].low {
	case "in", "at", "near", "outside", "around":
	default:
		return false
	}
	for j := i + 1; j < len(s.words) && j <= i+4; j++ {
		if a.placeAt(s.words[j].span) {
			return true
		}
		switch s.words[j].low {
		case "the", "town", "village", "city", "of", "district", "area", "province", "region", "state", "camp":
		default:
			return false // "two in hospital in Kaya": the place is not the count's
		}
	}
	return false
}

// plainNoun reports whether w may be a common noun: a lower-case word,
// no number or mark.
func plainNoun(w word) bool {
	return !w.cap && !w.num && !w.punc && !w.hyph && len(w.low) > 2
}

// bareNumber reports whether the number ending before word i stands for
// people by itself ("killing 12 and wounding 20", "leaving four dead"),
// not for a noun after it that is no person ("left 19 casualties",
// "killing 12 cows").
func (x *Extractor) bareNumber(s *sentence, i int) bool {
	if i >= len(s.words) {
		return true
	}
	w := s.words[i]
	return w.punc || notModifier[w.low] || npFunction[w.low] || x.casualtyAt(s, i, false) != "" || w.low == "others" || w.low == "more" || w.low == "people"
}

// personHead finds the noun a number counts, starting at word i and
// skipping adjectives and names ("24 Islamic State fighters"). It returns
// the group and the end of the noun.
func (x *Extractor) personHead(s *sentence, i int) (string, int, bool) {
	// "three of the dead", "two of those wounded": a part of the dead
	// or hurt told before
	if i+2 < len(s.words) && s.words[i].low == "of" && (s.words[i+1].low == "the" || s.words[i+1].low == "those") {
		switch s.words[i+2].low {
		case "dead", "victims", "wounded", "injured", "killed":
			if g, end, ok := x.personHead(s, i+3); ok && end <= i+5 && s.words[i+3].cap == false && !s.words[i+3].punc {
				return g, end, true // "two of the wounded soldiers": soldiers
			}
			return "people", i + 3, true
		}
	}
	for k := i; k < len(s.words) && k < i+7; k++ {
		w := s.words[k]
		if w.low == "(" {
			// an acronym in brackets: "two Armed Forces (CAF) personnel"
			j := k + 1
			for j < len(s.words) && j < k+4 && s.words[j].low != ")" {
				j++
			}
			if j < len(s.words) && s.words[j].low == ")" {
				k = j
				continue
			}
		}
		if end := s.ageAt(k); end > k {
			k = end - 1 // "a 63-year-old man": the age is a modifier
			continue
		}
		if end := s.actorEndAt(k); end > k+1 {
			// a side's name of several words is a modifier, or the head
			// when it ends on a noun for people: "three New People's
			// Army rebels" (not "Three People")
			v, n := x.lex.persons.at(s.words, k)
			if k+n != end {
				// (the whole name a noun for people of its own: "police
				// officers" are police, not the officers of an army)
				v, n = x.lex.persons.at(s.words, end-1)
			}
			if (n == 1 || n > 1 && k+n == end) && x.thingAfterPeople(s, end) {
				return "", 0, false // "a border guard post": the people's noun names a thing of theirs
			}
			if end < len(s.words) && (n == 1 || n > 1 && k+n == end) && x.personNounFrom(s, end) {
				// a noun for people after the name is the head, the
				// name's own last noun its modifier: "a New People's
				// Army rebel", "two Kachin Independence Army fighters"
				k = end - 1
				continue
			}
			if n == 1 || n > 1 && k+n == end {
				g := v.(string)
				if (g == "civilians" || g == "people") && armedBefore(s, i, end-1) {
					g = "militants" // "six armed men"
				}
				return g, end, true
			}
			k = end - 1
			continue
		}
		if w.punc || w.num {
			return "", 0, false
		}
		if v, n := x.lex.persons.at(s.words, k); n > 0 {
			g, end := v.(string), k+n
			if (g == "civilians" || g == "people") && armedBefore(s, i, k) {
				g = "militants" // "six armed men", "masked men"
			}
			// the last of nouns in a row is the head: "women gendarmes"
			// are gendarmes, "child soldiers" soldiers
			for end < len(s.words) {
				v2, n2 := x.lex.persons.at(s.words, end)
				if n2 == 0 {
					break
				}
				g, end = v2.(string), end+n2
			}
			if x.thingAfterPeople(s, end) {
				return "", 0, false // "seized a border guard post", "a police station": a thing of theirs, not people
			}
			// "members of the Libyan army": the group of the side named
			if s.words[k].low == "members" && end+1 < len(s.words) && s.words[end].low == "of" {
				at := end + 1
				if s.words[at].low == "the" && at+1 < len(s.words) {
					at++
				}
				if g2, e2, ok := x.actorHead(s, at); ok {
					return g2, e2, true
				}
				// "nine members of one family": a family's members are
				// civilians
				if s.words[at].low == "one" || s.words[at].low == "a" || s.words[at].low == "the" || s.words[at].low == "his" || s.words[at].low == "her" || s.words[at].low == "their" || s.words[at].low == "same" {
					at++
					if at < len(s.words) && s.words[at].low == "same" {
						at++
					}
				}
				if at < len(s.words) {
					switch s.words[at].low {
					case "family", "families", "household", "households":
						return "civilians", at + 1, true
					}
				}
			}
			// "administrators and engineers", "soldiers and allied
			// militiamen": one count of both
			for end+1 < len(s.words) && (s.words[end].low == "and" || s.words[end].low == "or") {
				if _, m := x.lex.persons.at(s.words, end+1); m > 0 {
					end += 1 + m
					continue
				}
				if w := s.words[end+1]; end+2 < len(s.words) && !w.punc && !w.num && (participialAdjective[w.low] || w.cap || w.hyph) {
					if _, m := x.lex.persons.at(s.words, end+2); m > 0 {
						end += 2 + m
						continue
					}
				}
				// ("soldiers and pro-government militiamen": a compound
				// adjective of two words joined by a hyphen)
				if w := s.words[end+1]; end+3 < len(s.words) && !w.punc && !w.num && s.words[end+2].hyph && !s.words[end+2].punc {
					if _, m := x.lex.persons.at(s.words, end+3); m > 0 {
						end += 3 + m
						continue
					}
				}
				break
			}
			return g, end, true
		}
		if x.npModifier(s, k) {
			continue
		}
		return "", 0, false
	}
	return "", 0, false
}

// unknownObjectHead finds the head of an object phrase starting at word i
// that is one of a noun the lexicon does not know ("schoolteacher",
// "Hazara bookseller"): at most two modifiers, then a singular common
// noun that ends the object (punctuation, a preposition or a conjunction
// after it, not a partitive "of": "a number of", "a group of"). A thing
// ("a car", "a second time", a trigger such as "a raid") is no head.
func (x *Extractor) unknownObjectHead(s *sentence, covered []bool, i int) (int, bool) {
	for h := i; h < len(s.words) && h <= i+2; h++ {
		w := s.words[h]
		if covered[h] || w.punc || w.num || w.hyph && h == i {
			return 0, false
		}
		if !objectEnds(s, h+1) {
			continue
		}
		if h+1 < len(s.words) && s.words[h+1].low == "of" || !plainNoun(w) || isPlural(w.low) {
			return 0, false
		}
		if notPeople[w.low+"s"] || notPeople[w.low+"es"] || ridden[w.low] || armedSidesThing[w.low] {
			return 0, false
		}
		if _, n := x.lex.triggers.at(s.words, h); n > 0 {
			return 0, false
		}
		if _, n := x.lex.persons.at(s.words, h); n > 0 {
			return 0, false // (a noun the lexicon knows is read as one person below)
		}
		if x.casualtyAt(s, h, false) != "" {
			return 0, false
		}
		return h, true
	}
	return 0, false
}

// pronounPersonBefore reports whether the sentence before s names one
// person with "a" or "an" and a noun for people ("The first victim was a
// truck driver.") and counts nobody hurt: the person a pronoun opening s
// may stand for, not yet counted.
func (x *Extractor) pronounPersonBefore(a *analysis, s *sentence) bool {
	if s.idx <= 0 || s.idx > len(a.sents) {
		return false
	}
	p := a.sents[s.idx-1]
	if len(p.cas) > 0 {
		return false
	}
	for i := 0; i+1 < len(p.words); i++ {
		if p.words[i].low != "a" && p.words[i].low != "an" {
			continue
		}
		for k := i + 1; k < len(p.words) && k <= i+3; k++ {
			if _, n := x.lex.persons.at(p.words, k); n > 0 && !isPlural(p.words[k+n-1].low) {
				return true
			}
		}
	}
	return false
}

// unknownSubjectHead finds the head of a subject phrase starting at word
// i that is one of a noun the lexicon does not know, told killed or hurt
// by a passive verb after it: at most two modifiers (hyphened ones too:
// "military-appointed"), the singular noun, a short phrase of place
// ("in Hlaing Tharyar township"), then "was" and a verb of killing or
// hurting ("was shot dead", "was critically wounded").
func (x *Extractor) unknownSubjectHead(s *sentence, covered []bool, i int) (int, bool) {
	for h := i; h < len(s.words) && h <= i+3; h++ {
		w := s.words[h]
		if covered[h] || w.punc || w.num || w.cap && h > i && s.words[h-1].low == "of" || npStop[w.low] {
			return 0, false
		}
		if _, n := x.lex.persons.at(s.words, h); n > 0 {
			if h+1 < len(s.words) && s.words[h+1].hyph {
				continue // the first half of a compound adjective: "military-appointed"
			}
			return 0, false // (a noun the lexicon knows is read as one person below)
		}
		j := h + 1
		if j < len(s.words) && (s.words[j].low == "in" || s.words[j].low == "at" || s.words[j].low == "near" || s.words[j].low == "from") {
			for j++; j < len(s.words) && j <= h+6 && !s.words[j].punc && s.words[j].low != "was"; j++ {
			}
		}
		if j >= len(s.words) || s.words[j].low != "was" {
			continue
		}
		k := j + 1
		for k < len(s.words) && predFiller[s.words[k].low] {
			k++
		}
		if kind := x.casualtyAt(s, k, false); kind != sitrep.Killed && kind != sitrep.Wounded {
			return 0, false
		}
		if !plainNoun(w) || isPlural(w.low) || notPeople[w.low+"s"] || notPeople[w.low+"es"] || ridden[w.low] || armedSidesThing[w.low] {
			return 0, false
		}
		if _, n := x.lex.triggers.at(s.words, h); n > 0 {
			return 0, false
		}
		if x.casualtyAt(s, h, false) != "" || x.casualtyAt(s, h, true) != "" {
			return 0, false
		}
		return h, true
	}
	return 0, false
}

// npStop are words that end a noun phrase's modifiers before a head: a
// relative pronoun or a conjunction ("a woman who was wounded").
var npStop = map[string]bool{"who": true, "whom": true, "which": true, "that": true, "and": true, "or": true, "with": true, "whose": true}

// personNounFrom reports whether a noun for people starts at word i.
func (x *Extractor) personNounFrom(s *sentence, i int) bool {
	_, n := x.lex.persons.at(s.words, i)
	return n > 0
}

// thingAfterPeople reports whether the word at i, right after a noun
// for people, is a noun for a thing a side holds ("a border guard post",
// "an army base", "a police station"), with no noun for people after it
// ("two police patrol members" are members): the noun before is that
// thing's modifier, not people counted.
func (x *Extractor) thingAfterPeople(s *sentence, i int) bool {
	if i >= len(s.words) || !armedSidesThing[s.words[i].low] && !ridden[s.words[i].low] {
		return false
	}
	if i+1 < len(s.words) {
		if _, n := x.lex.persons.at(s.words, i+1); n > 0 {
			return false
		}
	}
	return true
}

// ridden are the vehicles a noun of people before names the kind of ("a
// passenger train", "a police van", "a troop carrier"): the thing, not
// the people.
var ridden = map[string]bool{
	"train": true, "trains": true, "bus": true, "buses": true, "plane": true, "planes": true, "jet": true,
	"ferry": true, "boat": true, "boats": true, "ship": true, "vehicle": true, "vehicles": true, "van": true,
	"vans": true, "car": true, "cars": true, "truck": true, "trucks": true, "coach": true, "flight": true,
	"helicopter": true, "aircraft": true,
}

// actorHead reads a named side right after a number as the people it
// counts ("fifteen Taliban", "24 Peshmerga", "two suspected Maoists"):
// soldiers for a state's forces, militants for an armed group.
func (x *Extractor) actorHead(s *sentence, i int) (string, int, bool) {
	i = describedFrom(s, i)
	if i >= len(s.words) {
		return "", 0, false
	}
	start := s.words[i].span.Start
	for _, m := range s.actors {
		if m.Span.Start != start || m.Actor == nil || m.Generic {
			continue
		}
		end := i
		for end < len(s.words) && s.words[end].span.End <= m.Span.End {
			end++
		}
		if g := armedGroupOf(m.Actor); g != "" {
			return g, end, true
		}
	}
	return "", 0, false
}

// armedGroupOf is the group a side's people are counted in: soldiers for
// a state's forces, militants for an armed group; "" for any other.
func armedGroupOf(act *actors.Actor) string {
	switch {
	case isStateSide(act):
		return "soldiers"
	case isArmedGroup(act):
		return "militants"
	}
	return ""
}

// deathAfterFillers is casualtyAfterFillers for a word of death only
// ("the bomber was also killed", not "was arrested").
func (x *Extractor) deathAfterFillers(s *sentence, i int) bool {
	for k := i; k < len(s.words) && k < i+4; k++ {
		if kind := x.casualtyAt(s, k, false); kind != "" {
			return kind == sitrep.Killed
		}
		if !predFiller[s.words[k].low] {
			return false
		}
	}
	return false
}

// casualtyAfterFillers reports whether a casualty word follows word i
// after at most three copulas or adverbs ("89 were wounded").
func (x *Extractor) casualtyAfterFillers(s *sentence, i int) bool {
	for k := i; k < len(s.words) && k < i+4; k++ {
		if x.casualtyAt(s, k, false) != "" {
			return true
		}
		if !predFiller[s.words[k].low] {
			return false
		}
	}
	return false
}

// casualtyAt returns the kind of a casualty word at word i read as
// "before" (people before it) or "after" (people after it), or "".
func (x *Extractor) casualtyAt(s *sentence, i int, after bool) string {
	if i >= len(s.words) {
		return "" // past the last word ("…, leaving 12" with no full stop)
	}
	v, n := x.lex.casualty.at(s.words, i)
	if n == 0 {
		return ""
	}
	cw := v.(casualtyWord)
	if n == 1 && s.words[i].low == "lives" && !s.livesTaken(i) {
		return "" // "medics saved 30 lives": lives, not deaths
	}
	if n == 1 && (cw.kind == sitrep.Arrested || cw.kind == sitrep.Abducted) && s.heldAttributive(i) {
		return "" // "the release of detained leaders": who they are, not what befell them here
	}
	if after && cw.after || !after && cw.before {
		return cw.kind
	}
	return ""
}

// livesTaken reports whether the "lives" at word i are taken: a verb of
// taking stands a few words before ("claiming at least 20 lives", "cost
// 12 lives").
func (s *sentence) livesTaken(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch s.words[k].low {
		case "claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took", "taking", "takes", "take", "taken":
			return true
		}
		if isClauseBreak(s.words[k]) {
			return false
		}
	}
	return false
}

// activeBefore returns the kind of an active casualty phrase ending just
// before word i ("killing 12", "claimed the lives of 12", "the death of
// four"), allowing a filler word or two between.
func (x *Extractor) activeBefore(s *sentence, i int) string {
	k, _ := x.activeBeforeAt(s, i)
	return k
}

func (x *Extractor) activeBeforeAt(s *sentence, i int) (string, int) {
	if j := s.adverbialsBefore(i); j < i {
		// "the Police captured on Monday in Cúcuta a man": the day and
		// the place told between the verb and its object
		if kind, at := x.activeBeforeAt(s, j); kind != "" {
			return kind, at
		}
	}
	for start := i - 1; start >= 0 && start >= i-6; start-- {
		if isClauseBreak(s.words[start]) {
			break
		}
		v, n := x.lex.casualty.at(s.words, start)
		if n == 0 {
			continue
		}
		cw := v.(casualtyWord)
		if !cw.after {
			continue
		}
		gap := i - (start + n)
		if gap < 0 || gap > 2 {
			continue
		}
		ok := true
		for k := start + n; k < i; k++ {
			switch s.words[k].low {
			case "the", "a", "an", "some", "about", "around", "nearly", "almost", "another", "at", "least", "other", "its", "their", "his", "her", "our", "all", "over", "up", "to", "than", "more", "only":
			case "and", ",":
				// "killed himself and two policemen", "killing himself,
				// four policemen and a civilian"
				ok = ok && k > start+n && reflexivePronoun[s.words[k-1].low]
			default:
				ok = ok && reflexivePronoun[s.words[k].low] && k+1 < i && (s.words[k+1].low == "and" || s.words[k+1].low == ",")
			}
		}
		if ok && s.intendedAt(start) {
			return "", -1 // "vowed to kill 30 militants": an aim, nobody hurt yet
		}
		if ok {
			return cw.kind, start
		}
	}
	return "", -1
}

// intendedAt reports whether the verb at word i is an infinitive of an
// aim, a plan or a threat ("vowed to neutralise", "plans to kill",
// "tried to kill", "in order to kill"): told as wanted, not done.
func (s *sentence) intendedAt(i int) bool {
	if i < 1 || s.words[i-1].low != "to" {
		return false
	}
	before := i - 1 // the word after the aim's verb: "to", or a day ("vowed on Monday to kill")
	if ta := s.timeEndingAt(i - 2); ta >= 1 && ta < i-1 {
		before = ta
	}
	for _, m := range s.markers {
		if m.val.(string) == "irrealis" && (m.i+m.n == i || m.i+m.n == before) {
			return true
		}
	}
	return false
}

// adverbialsBefore returns the first word of a run of adverbials that
// ends right before word i: days and times ("on Monday", "at dawn") and
// phrases placing an act ("in Cúcuta", "in the neighbourhood La Libertad
// of Cúcuta"), as a verb may have before its object in English written
// after a language that puts them there ("captured on Monday in Cúcuta a
// man"); i when there is none.
func (s *sentence) adverbialsBefore(i int) int {
	k := i - 1
	for k > 0 {
		if ta := s.timeEndingAt(k); ta >= 1 && ta <= k {
			k = ta - 1
			continue
		}
		if !s.words[k].cap || s.words[k].punc {
			break
		}
		j := k
		for j > 0 && (s.words[j].cap && !s.words[j].punc || placeWord[s.words[j].low] || s.words[j].low == "of" || s.words[j].low == "the") {
			j--
		}
		if j < 1 || j == k {
			break
		}
		switch s.words[j].low {
		case "in", "at", "near", "outside":
			k = j - 1
			continue
		}
		break
	}
	return k + 1
}

// placeWord are the nouns of a kind of place that may open a phrase
// placing an act before the place's name ("in the neighbourhood La
// Libertad", "in the village of X").
var placeWord = map[string]bool{
	"neighbourhood": true, "neighborhood": true, "village": true, "town": true, "city": true, "district": true,
	"area": true, "province": true, "region": true, "municipality": true, "department": true, "sector": true,
}

// lumpedFateBefore reports whether the verb of harm at word at is joined
// by "or" or "and" to a verb of another fate right before it with no
// object of its own ("killed or wounded at least six people", "killed
// and injured 30"): one count of the dead and the hurt together. Not a
// verb of taking ("abducted and killed three farmers": the dead count).
func (x *Extractor) lumpedFateBefore(s *sentence, at int, kind string) bool {
	if at < 2 || s.words[at-1].low != "or" && s.words[at-1].low != "and" {
		return false
	}
	for start := at - 2; start >= 0 && start >= at-3; start-- {
		v, n := x.lex.casualty.at(s.words, start)
		if n > 0 && start+n == at-1 {
			if w := s.words[at-2].low; !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && w != "hurt" {
				return false // a noun with its own count ("six deaths and injuries to nine people")
			}
			cw := v.(casualtyWord)
			hurt := func(k string) bool { return k == sitrep.Killed || k == sitrep.Wounded }
			return cw.kind != kind && hurt(cw.kind) && hurt(kind) // ("kidnapped and killed three": taken, then killed)
		}
	}
	return false
}

// passiveAux are the words before a participle that make it passive
// ("were hit", "had been shot"), not the perfect of an act ("had
// stormed").
var passiveAux = map[string]bool{"were": true, "was": true, "are": true, "is": true, "been": true, "being": true, "be": true}

// predicateFor finds what happened to the people of nps[k]: an active
// phrase before them, or a passive one after them. It returns the kind,
// the words the predicate covers, and whether "also" marked it.
func (x *Extractor) predicateFor(s *sentence, nps []np, k int) (string, int, int, bool, bool) {
	n := nps[k]
	if n.hurtToll {
		at := n.qa
		for at > 0 && at > n.qa-8 && s.words[at-1].low != "number" && s.words[at-1].low != "figure" {
			at--
		}
		return sitrep.Wounded, max(at-1, 0), n.qb, false, true
	}
	if n.toll {
		if s.raisedTollAfter(n.qa, n.qb) {
			// "bringing to 11 the death toll from the blast": the toll's
			// phrase, with what it is the toll of, runs on after the number
			end := n.qb
			for end < len(s.words) && len(s.clause) == len(s.words) && s.clause[end] == s.clause[n.qa] && !s.words[end].punc {
				end++
			}
			return sitrep.Killed, n.qa - 2, end, false, true
		}
		at := n.qa
		for at > 0 && s.words[at-1].low != "toll" {
			at--
		}
		return sitrep.Killed, max(at-1, 0), n.qb, false, true
	}
	if at, end, ok := resultativeDeath(s, n); ok {
		return sitrep.Killed, at, end, false, true
	}
	if kind, at := dead.membersAfter(s, n.qa); kind != "" {
		return kind, at, n.b, false, true
	}
	if at := n.qa - 1; at >= 0 && armedPeople(s, n) {
		// "destroyed up to 30 militants", "destroying 12 terrorists":
		// armed people destroyed are killed (military statements)
		for at > 0 && at >= n.qa-3 && s.words[at].low != "destroyed" && s.words[at].low != "destroying" && !s.words[at].punc && !s.words[at].cap {
			at-- // (past a qualifier: "up to", "about")
		}
		if w := s.words[at].low; (w == "destroyed" || w == "destroying") && x.activeBefore(s, n.qa) == "" {
			return sitrep.Killed, at, n.qa, false, true
		}
	}
	if kind, at := x.activeBeforeAt(s, n.qa); kind != "" && handedBodies(s, at) {
		return "", 0, 0, false, false // "released the bodies of four hostages": the dead of another time, handed over
	} else if kind != "" {
		// "left 13 people wounded", "leaving two dead": the state after
		// the people says what "left" means
		switch s.words[at].low {
		case "left", "leaving", "leave", "leaves":
			if k := x.casualtyAt(s, n.b, false); k != "" && n.b < len(s.words) && !s.words[n.b].punc {
				_, m := x.lex.casualty.at(s.words, n.b)
				return k, at, n.b + m, false, true
			} else if n.b < len(s.words) {
				switch s.words[n.b].low {
				case "homeless", "stranded", "behind", "without", "trapped", "displaced":
					return "", 0, 0, false, false
				case "with":
					// "leaving 30 others with injuries": hurt, not dead
					if n.b+1 < len(s.words) {
						switch s.words[n.b+1].low {
						case "injuries", "wounds", "injury", "serious", "severe", "minor", "burns", "gunshot":
							return sitrep.Wounded, at, n.b + 2, false, true
						}
					}
					return "", 0, 0, false, false
				}
			}
		}
		also := false
		for j := at - 1; j >= 0 && j >= at-3; j-- {
			if s.words[j].low == "also" {
				also = true
			}
		}
		return kind, at, n.qa, also || s.wordIs(n.qa, "another") || s.wordIs(n.qb, "more"), true
	}
	if at := x.invertedFateAt(s, n.a); at >= 0 {
		// "Killed in the ambush near Dori were two soldiers and a
		// volunteer", "Wounded were three soldiers"
		return x.casualtyAt(s, at, false), at, n.b, at > 0 && s.words[at-1].low == "also", true
	}
	// passive: scan right from the noun
	if n.b+2 < len(s.words) && s.words[n.b].low == "among" && (s.words[n.b+1].low == "them" || s.words[n.b+1].low == "whom") && s.words[n.b+2].punc {
		// "Three people died, a child among them, and five were
		// wounded": a part set off after the count it is a part of; the
		// verb after the aside is the next count's
		return "", 0, 0, false, false
	}
	also := s.wordIs(n.qa, "another") || (n.qb < len(s.words) && s.words[n.qb].low == "more")
	// the scan stops at the next count of people, unless that count is a
	// part of this one ("4 civilians including a woman were killed")
	limit := len(s.words)
	for j := k + 1; j < len(nps); j++ {
		if !s.isSubset(nps[j].a) {
			limit = nps[j].a
			break
		}
	}
	// (asides skipped below do not count toward the twelve words looked at)
	seen := 0
	// the people's "of" phrase may coordinate two bodies ("Nine members
	// of the police and a government-backed militia were killed"): a
	// few more words before the verb
	ofComplement := n.b < len(s.words) && s.words[n.b].low == "of"
	attributive := ""
	content := false // a content word stood between the people and the word looked at
	for j := n.b; j < limit && seen < 12; j, seen = j+1, seen+1 {
		w := s.words[j]
		if j == n.b && j > n.qa && s.words[j-1].low == "more" && ofTheHurt(s, j) {
			// "Two more of the wounded (later) died on Sunday": the
			// partitive after "more" names whom the count is taken from,
			// as in "two of the wounded died"; the verb after it is
			// their fate
			if d := diedVerbAt(s, j+3); d >= 0 {
				return sitrep.Killed, n.b, d + 1, true, true
			}
		}
		if e := asideEnd(s, j); j == n.b && e > j && e < len(s.words) && x.casualtyAt(s, e, false) != "" {
			// "Sepoy Ahmad Khan (age 24) having fought gallantly,
			// embraced shahadat": asides on the person, then the fate
			j = e - 1
			continue
		}
		if w.low == "," && j+1 < len(s.words) {
			// skip an aside between commas when a copula follows it:
			// "13 members of the army, affiliated to the government, were killed"
			// ("Sepoy Ahmad Khan, having fought gallantly, embraced
			// shahadat": or the fate itself follows it)
			if end := closingComma(s, j+1, 12); end > 0 && end+1 < len(s.words) && (isCopula(s.words[end+1].low) || j == n.b && x.casualtyAt(s, end+1, false) != "") {
				j = end
				limit = nextCountAfter(nps, k, j, len(s.words))
				continue
			}
			// skip ", including seven policemen," and similar asides
			if _, m := x.lex.markers.at(s.words, j+1); m > 0 && s.markerIs(j+1, "subset") {
				for j++; j < len(s.words); j++ {
					// (a list of parts goes on past its commas: "among
					// them four policemen, two traders and three children")
					if s.words[j].low == "," && !startsCount(nps, j+1) {
						break
					}
				}
				if k+1 < len(nps) && nps[k+1].a < j {
					limit = nextCountAfter(nps, k, j, len(s.words))
				}
				continue
			}
			continue
		}
		if w.low == "(" {
			for j++; j < len(s.words) && s.words[j].low != ")"; j++ {
			}
			continue
		}
		if j == n.b {
			// a relative clause on the people counted: "three soldiers who
			// were on patrol were killed", "two villagers who could not
			// flee were burned to death": their fate follows it
			// ("the funerals of nine villagers who were shot dead", "the
			// four men who were killed in Kidal were traders": a relative
			// clause that tells the people's fate is read for it)
			if end := x.hurtThenDied(s, j); end > j {
				// "three volunteers who were wounded in the attack died
				// on Friday": the hurt told before, dead now, more dead
				return sitrep.Killed, n.b, end, true, true
			}
			if x.fateInRelative(s, j) {
				continue
			}
			if end := relativeOnSubject(s, j); end > j {
				j = end - 1
				continue
			}
		}
		if end := reducedRelativeOnSubject(s, j); end > j {
			// "53 soldiers and volunteers fighting alongside the army
			// were killed": a participle on the people counted, then
			// their fate
			j = end - 1
			continue
		}
		if end := passiveRelativeOnSubject(s, j); end > j && x.casualtyAt(s, j, false) == "" && x.casualtyAt(s, j, true) == "" {
			// "a police constable deputed for the security of a polio
			// vaccination team was martyred": a past participle and its
			// complement on the people counted (where they were posted,
			// what for), then their fate, however long the complement
			j = end - 1
			continue
		}
		if w.low == "also" {
			also = true
			continue
		}
		if inSubsetNP(s, nps, k, j) {
			continue
		}
		if kind := x.casualtyAt(s, j, false); kind != "" && j == n.b && n.after > j && attributive == "" {
			// "more than 20 wounded people were taken to hospital", "40
			// injured civilians arrived": the word inside the counted
			// phrase tells what befell them, unless a verb after the
			// noun tells more ("two injured soldiers later died")
			attributive, j = kind, n.after-1
			continue
		}
		if kind := x.casualtyAt(s, j, false); kind != "" && content && j > n.b && s.words[j-1].low == "the" && dead[s.words[j].low] != "" {
			// "a priest read the names of the dead", "two soldiers
			// carried the wounded to a truck": past a verb of the counted
			// people's own, "the dead" is a noun, other people, not what
			// befell them ("a woman was among the dead" has only a
			// copula between)
			break
		}
		if kind := x.casualtyAt(s, j, false); kind == sitrep.Wounded && j == n.b && !partitiveBefore(s, n.a) {
			// "two more passengers injured when a bus struck a mine died
			// in hospital": the participle right after the people is a
			// relative on them; their fate is the verb of the clause
			// (dead of their wounds, they are more dead than were
			// counted when they were hurt: "a soldier wounded on Saturday
			// died, bringing the toll to eight" is within the eight)
			if d := diedLaterIn(s, j+1, limit); d > 0 {
				return sitrep.Killed, n.b, d + 1, true, true
			}
		}
		if kind := x.casualtyAt(s, j, false); kind != "" {
			_, m := x.lex.casualty.at(s.words, j)
			// "three gunmen killed 5 civilians": the noun did the killing
			// (as in "a suicide bomber killed himself and two policemen")
			if j+m < len(s.words) && (x.countsPeopleAt(s, nps, j+m) || reflexivePronoun[s.words[j+m].low]) {
				return "", 0, 0, false, false
			}
			// "four people were killed and wounded": dead and hurt together,
			// neither count
			if j+m+1 < len(s.words) && (s.words[j+m].low == "and" || s.words[j+m].low == "or") {
				if other := x.casualtyAt(s, j+m+1, false); other != "" && other != kind {
					if kind == sitrep.Abducted && other == sitrep.Killed {
						// "two farmers were kidnapped and killed": taken,
						// then killed; the dead are the count
						_, m2 := x.lex.casualty.at(s.words, j+m+1)
						return sitrep.Killed, n.b, j + m + 1 + m2, also, true
					}
					return "", 0, 0, false, false
				}
			}
			if j >= 2 && s.words[j-1].low == "the" && s.words[j-2].low == "among" {
				also = false // "two teachers were also among the dead": members of the dead told, not more of them
			}
			return kind, n.b, j + m, also, true
		}
		if destroyedArmed(s, n, j) {
			// "Up to 30 militants and four pickup trucks were destroyed":
			// armed people destroyed are killed (military statements)
			return sitrep.Killed, n.b, j + 1, also, true
		}
		if isClauseBreak(w) || predFiller[w.low] || w.punc {
			if isClauseBreak(w) {
				break
			}
			continue
		}
		// a side's name is one word however long ("four fighters from
		// the Syrian Democratic Forces (SDF) were killed")
		if end := s.actorEndAt(j); end > j+1 {
			j = end - 1
		}
		// another content word: allow a short prepositional phrase
		// ("Four Iraqi people from the same family were killed")
		switch w.low {
		case "the", "a", "an", "their", "its", "his", "her", "our":
		default:
			content = true
		}
		if seen > 5 && !(seen <= 7 && ofComplement) {
			break
		}
		if _, m := x.lex.triggers.at(s.words, j); m > 0 && x.casualtyAt(s, j, false) == "" {
			// a verb of its own ("three bombers attacked ..."): not a victim
			// (a passive one tells what befell them, and their fate may
			// follow it: "two soldiers were hit and later died")
			if tv, _ := x.lex.triggers.at(s.words, j); !tv.(trigger).noun && !(j > n.b && passiveAux[s.words[j-1].low]) {
				break
			}
		}
	}
	if attributive != "" {
		return attributive, n.b, n.after, also, true
	}
	return "", 0, 0, false, false
}

// partitiveBefore reports whether the count at word a is the whole a part
// is taken from ("one of the eleven people wounded"): the part, not the
// count, is the subject of the clause.
func partitiveBefore(s *sentence, a int) bool {
	k := a - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	return k >= 0 && s.words[k].low == "of"
}

// wholeOfAPart reports whether the count beginning at word qa is the
// whole a counted part is taken from ("two of the four dead", "one of
// the nine people wounded"): people already told of, named again.
func (s *sentence) wholeOfAPart(qa int) bool {
	k := qa - 1
	if k < 2 || s.words[k].low != "the" || s.words[k-1].low != "of" {
		return false
	}
	if single(s.words[k-2].low) {
		return true
	}
	_, ok := s.countAt(k - 2)
	return ok
}

// diedLaterIn is the index of "died" or "succumbed" in words [from, to)
// told as the verb of the people before from (not of a relative clause of
// its own: "who died"), or -1.
func diedLaterIn(s *sentence, from, to int) int {
	for j := from; j < to && j < len(s.words); j++ {
		switch s.words[j].low {
		case "died", "succumbed":
			if j > 0 && (s.words[j-1].low == "who" || s.words[j-1].low == "which" || s.words[j-1].low == "that") {
				return -1
			}
			return j
		case ";", "and", "but", "while":
			return -1
		}
	}
	return -1
}

// nextCountAfter is where the first count after nps[k] that starts past
// word j begins, or end when none does: the scan for a passive predicate
// skips an aside whole, however many counts it holds ("Twenty people,
// including 13 soldiers and seven vigilantes, were killed").
func nextCountAfter(nps []np, k, j, end int) int {
	for m := k + 1; m < len(nps); m++ {
		if nps[m].a > j {
			return nps[m].a
		}
	}
	return end
}

// startsCount reports whether a count of people begins at word i.
func startsCount(nps []np, i int) bool {
	for _, n := range nps {
		if n.a == i {
			return true
		}
	}
	return false
}

// loserGroup is the group of the people a side says it lost ("the army
// said it lost eight men", "the rebels lost 12 fighters"): the side's own,
// soldiers or militants, when the counted noun names no group of its own
// ("men", "people", "members"); "" otherwise.
func (x *Extractor) loserGroup(s *sentence, verb int, n *np) string {
	if verb < 1 || verb >= len(s.words) || n.group != "civilians" && n.group != "people" {
		return ""
	}
	switch s.words[n.b-1].low {
	case "men", "people", "members", "personnel", "of", "its", "their", "his", "our":
	default:
		return ""
	}
	subject := s.loser(verb)
	switch {
	case subject == nil:
		return ""
	case isStateSide(subject):
		return "soldiers"
	case isArmedGroup(subject) || subject.Kind == "unidentified":
		return "militants"
	}
	return ""
}

// loser is the side a verb of loss at word verb is told of ("the army
// said it lost eight men", "the rebels had lost 12 fighters"): its
// subject, or the side a pronoun subject stands for; nil when the word is
// no verb of loss, no side is its subject, or the subject is civilians.
func (s *sentence) loser(verb int) *actors.Actor {
	if verb < 1 || verb >= len(s.words) || !lossWord[s.words[verb].low] {
		return nil
	}
	k := verb - 1
	for k >= 0 && (s.words[k].low == "had" || s.words[k].low == "has" || s.words[k].low == "have" || s.words[k].low == "also") {
		k--
	}
	if k < 0 {
		return nil
	}
	var subject *actors.Actor
	switch s.words[k].low {
	case "it", "they", "we":
		// the side named last before the pronoun
		for _, m := range s.actors {
			if i := s.wordAt(m.Span.Start); i < k && m.Actor != nil && m.Actor.Name != "civilians" {
				subject = m.Actor
			}
		}
	default:
		for _, m := range s.actors {
			if s.wordAt(m.Span.End-1) == k && m.Actor != nil {
				subject = m.Actor
			}
		}
	}
	if subject != nil && subject.Name == "civilians" {
		return nil
	}
	return subject
}

// ownLoss reports whether the count n, told by a source, is told as that
// teller's own dead or hurt: the object of a side's verb of loss ("the LNA
// said it had lost two men") or a part of its own people ("a spokesman
// said five of its fighters were killed", "two of our soldiers"). Two
// tellers' own losses are the dead of two sides, never rival counts.
func (s *sentence) ownLoss(verb int, n *np, source string) bool {
	if source == "" {
		return false
	}
	if s.loser(verb) != nil {
		return true
	}
	for k := n.qb; k+1 < n.b; k++ {
		if s.words[k].low == "of" {
			switch s.words[k+1].low {
			case "its", "our", "their":
				return true
			}
		}
	}
	return false
}

// amongTheCounted reads a count told as among the next one ("Four
// policemen were among six people killed"): a part of it, with its fate.
func (x *Extractor) amongTheCounted(s *sentence, nps []np, found []*casualty) {
	for k := 0; k+1 < len(nps); k++ {
		if found[k] != nil || found[k+1] == nil {
			continue
		}
		j := nps[k].b
		if j < len(s.words) && isCopula(s.words[j].low) {
			j++
			// "two teachers were also among the dead", "a child was
			// reportedly among the victims": an adverb between
			if j < len(s.words) && (s.words[j].low == "also" || s.words[j].low == "reportedly") {
				j++
			}
		}
		if j >= len(s.words) || s.words[j].low != "among" {
			continue
		}
		j++
		if j < len(s.words) && s.words[j].low == "the" {
			j++
		}
		if j != nps[k+1].a {
			continue
		}
		o := found[k+1]
		c := x.newCasualty(s, &nps[k], o.kind, nps[k].a, nps[k+1].b, false)
		c.subset = true
		found[k] = c
	}
}

// fateInRelative reports whether a relative clause opened at word i on
// the people counted tells what happened to them: "who" or "that", a form
// of "be" or "have" (and "been"), then a word of harm ("who were shot
// dead", "who had been killed").
func (x *Extractor) fateInRelative(s *sentence, i int) bool {
	if i+2 >= len(s.words) || s.words[i].low != "who" && s.words[i].low != "that" || !isCopula(s.words[i+1].low) {
		return false
	}
	k := i + 2
	if s.words[k].low == "been" && k+1 < len(s.words) {
		k++
	}
	return x.casualtyAt(s, k, false) != ""
}

// hurtThenDied reads a relative clause opened at word i that tells the
// people counted were hurt ("who were wounded in the attack", "who had
// been injured") followed, with no punctuation between, by the
// sentence's own verb of dying ("... died on Friday", "... later
// succumbed"): the end of that verb, or i when the words are not so.
func (x *Extractor) hurtThenDied(s *sentence, i int) int {
	if !x.fateInRelative(s, i) {
		return i
	}
	k := i + 2
	if s.words[k].low == "been" {
		k++
	}
	if x.casualtyAt(s, k, false) != sitrep.Wounded {
		return i
	}
	for j := k + 1; j < len(s.words) && j <= k+10; j++ {
		w := s.words[j]
		if w.punc || isClauseBreak(w) {
			return i
		}
		switch w.low {
		case "died", "succumbed":
			return j + 1
		}
	}
	return i
}

// handedBodies reports whether the words of death at word at are "(the)
// bodies of" after a verb of handing over or burying ("released the
// bodies of four hostages", "handed over the bodies of", "buried the
// bodies of"): the dead are given back, not killed in the news.
func handedBodies(s *sentence, at int) bool {
	k := at
	if k < len(s.words) && s.words[k].low == "the" {
		k++
	}
	if k >= len(s.words) || s.words[k].low != "bodies" && s.words[k].low != "remains" {
		return false
	}
	j := at - 1
	if j >= 0 && s.words[j].low == "the" {
		j--
	}
	if j >= 0 && s.words[j].low == "over" {
		j--
	}
	if j < 0 {
		return false
	}
	switch s.words[j].low {
	case "received", "receive":
		// ("doctors at a field clinic said they had received the bodies
		// of five civilians": the dead brought in for care are the act's
		// dead, not bodies handed over in an exchange)
		return !slices.ContainsFunc(s.words, func(w word) bool { return careNoun(w.low) || w.low == "doctors" || w.low == "medics" })
	case "released", "releases", "release", "releasing", "handed", "hands", "hand", "handing", "returned", "returns", "return", "returning",
		"repatriated", "repatriate", "exchanged", "exchange", "buried", "bury", "burying", "collected", "claimed":
		return true
	}
	return false
}

// relativeOnSubject returns the word that ends a relative clause opened
// by "who" or "that" at word i on a subject, when the sentence's own
// verb follows it: the clause has a finite verb of its own, and a form of
// "be" or "have" comes after it with no punctuation between ("who were on
// patrol were killed"); else i.
func relativeOnSubject(s *sentence, i int) int {
	if i >= len(s.words) || s.words[i].low != "who" && s.words[i].low != "that" {
		return i
	}
	verb := false
	for k := i + 1; k < len(s.words) && k <= i+10; k++ {
		w := s.words[k].low
		if s.words[k].punc {
			return i
		}
		switch {
		case verb && (w == "was" || w == "were" || w == "had" || w == "have" || w == "has"):
			if s.words[k-1].low == "not" || isModal(s.words[k-1].low) {
				continue // "could have": the relative's own verb
			}
			return k
		case finiteVerb(w):
			verb = true
		}
	}
	return i
}

// reducedRelativeOnSubject returns the word that ends a reduced relative
// clause opened by a participle at word i right after a noun ("soldiers
// fighting alongside the army were killed", "passengers travelling to
// Gao were abducted"), when the sentence's own passive verb follows it
// with no punctuation between: the "was" or "were" before that verb;
// else i.
func reducedRelativeOnSubject(s *sentence, i int) int {
	if i < 1 || i >= len(s.words) || !strings.HasSuffix(s.words[i].low, "ing") || len(s.words[i].low) < 6 || !plainNoun(s.words[i-1]) || strings.HasSuffix(s.words[i-1].low, "ing") {
		return i
	}
	if k := subjectsBeAfter(s, i+1, i+10); k >= 0 {
		return k
	}
	return i
}

// subjectsBeAfter is the first "was" or "were" from word from to word to
// (not one of a relative clause's own, after "who" or "that"), with no
// mark or clause break before it: the verb a subject's long modifier
// runs to; -1 when there is none.
func subjectsBeAfter(s *sentence, from, to int) int {
	for k := from; k+1 < len(s.words) && k <= to; k++ {
		w := s.words[k]
		if w.punc || isClauseBreak(w) {
			return -1
		}
		if (w.low == "was" || w.low == "were") && s.words[k-1].low != "who" && s.words[k-1].low != "that" {
			return k
		}
	}
	return -1
}

// passiveRelativeOnSubject is reducedRelativeOnSubject for a past
// participle that opens a prepositional complement right after the noun
// of the people counted ("a constable deputed for the security of a polio
// team", "two guards posted at the gate of the ministry"): it returns the
// "was" or "were" that follows within twelve words, with no mark or
// clause break between and not joined by "and" or "or" to the word in -ed
// (then that word was the clause's own verb); else i. A word of harm
// there is the people's fate itself ("two soldiers killed in the attack
// were buried"): the caller leaves those.
func passiveRelativeOnSubject(s *sentence, i int) int {
	if i < 1 || i+1 >= len(s.words) || !strings.HasSuffix(s.words[i].low, "ed") || len(s.words[i].low) < 5 || s.words[i].cap ||
		!plainNoun(s.words[i-1]) || !prepositions[s.words[i+1].low] || s.words[i+1].low == "by" {
		return i
	}
	k := subjectsBeAfter(s, i+2, i+12)
	if k < 0 {
		return i
	}
	switch s.words[k-1].low {
	case "and", "or", "but":
		// "two officers survived with serious injuries and were
		// airlifted": the word in -ed was the clause's own verb, a
		// second joined to it
		return i
	}
	return k
}

// isModal reports whether w is a modal verb.
func isModal(w string) bool {
	switch w {
	case "could", "can", "would", "will", "should", "might", "may", "must", "cannot":
		return true
	}
	return false
}

// actorEndAt is the word after the actor mention that begins at word i,
// or i when none begins there.
// pastTieModifier skips a modifier that ties the side named after it to
// another ("commanders of the al Qaeda-linked Ansaru group", "fighters of
// the Turkish-backed Sultan Murad Division"): up to four words from j, with
// no punctuation, ending in a participle of ties. It returns where the
// side's name starts, j itself when there is no such modifier.
func (s *sentence) pastTieModifier(j int) int {
	for k := j; k < len(s.words) && k < j+4; k++ {
		if s.words[k].punc {
			return j
		}
		if tieParticiples[s.words[k].low] && k > j {
			return k + 1
		}
	}
	return j
}

// tieParticiples are the participles of a compound that ties a side to
// another ("Iran-backed", "IS-linked", "Kurdish-led").
var tieParticiples = map[string]bool{"linked": true, "backed": true, "aligned": true, "affiliated": true, "allied": true,
	"inspired": true, "sponsored": true, "supported": true, "funded": true, "led": true, "based": true}

func (s *sentence) actorEndAt(i int) int {
	for _, m := range s.actors {
		if m.Span.Start == s.words[i].span.Start {
			_, b := s.wordRange(m.Span)
			return b
		}
	}
	return i
}

// closingComma returns the index of the next comma within n words of
// word i, or -1.
// deadMadeOf is the group the people of count c are told to be by a
// copula after them, with no count of their own ("the 21 dead were
// civilians and security officers", "the nine victims were all
// villagers"): their side, when every group named is of the same side;
// "" when c counts people of a group already, or none is told so.
func (x *Extractor) deadMadeOf(s *sentence, c *casualty) string {
	if c.group != "people" || c.kind != sitrep.Killed {
		return ""
	}
	k := s.wordAt(c.span.End-1) + 1

	if k >= len(s.words) || s.words[k].low != "were" && s.words[k].low != "are" {
		return ""
	}
	k++
	if k < len(s.words) && s.words[k].low == "all" {
		k++
	}
	group := ""
	for k < len(s.words) {
		if _, ok := s.countAt(k); ok {
			return "" // ("the dead were three soldiers and a guard": parts, read as such)
		}
		g, end, ok := x.personHead(s, k)
		if (!ok || g == "people") && group != "" && s.words[k-1].low == "," {
			break // ("..., he said")
		}
		if !ok || g == "people" {
			return ""
		}
		if group != "" && side(g) != side(group) {
			return ""
		}
		if group == "" {
			group = g
		}
		if end >= len(s.words) || s.words[end].low != "and" && s.words[end].low != "," {
			break
		}
		k = end + 1
	}
	return group
}

// asideEnd is the word after the asides that open at word j on the
// person told before them: a bracket ("(age 24 years, resident of
// Kohat)"), words set off by commas (", having fought gallantly,") or a
// perfect participle's phrase up to its comma ("having fought
// gallantly,"), each of at most 12 words; j when no aside opens there.
func asideEnd(s *sentence, j int) int {
	for j+1 < len(s.words) {
		k := j
		switch s.words[j].low {
		case "(":
			for e := j + 1; e < len(s.words) && e <= j+12; e++ {
				if s.words[e].low == ")" {
					k = e + 1
					break
				}
			}
		case ",", "having":
			if end := closingComma(s, j+1, 12); end > 0 {
				k = end + 1
			}
		}
		if k == j {
			break
		}
		j = k
	}
	return j
}

// closingComma is the comma that closes an aside opening at word i,
// within n words, or -1 when a clause break comes first. An aside that
// names ("known locally as \"Amba boys\"", "described as rebels") holds
// its "as" and the quotation marks around the name.
func closingComma(s *sentence, i, n int) int {
	naming := false
	for k := i; k < len(s.words) && k < i+n; k++ {
		w := s.words[k]
		if w.low == "," {
			return k
		}
		if k <= i+1 && namingParticiple(w.low) {
			naming = true // ("known", "locally known")
		}
		if naming && (w.low == "as" || w.low == `"`) {
			continue
		}
		if isClauseBreak(w) {
			return -1
		}
	}
	return -1
}

// namingParticiple reports a participle that gives a name or a label to
// the noun before it when "as" follows ("known as", "described as").
func namingParticiple(w string) bool {
	switch w {
	case "known", "described", "identified", "referred", "designated", "listed", "branded", "labelled", "labeled", "styled", "self-styled":
		return true
	}
	return false
}

func isCopula(w string) bool {
	switch w {
	case "were", "was", "are", "is", "have", "has", "had":
		return true
	}
	return false
}

// inSubsetNP reports whether word j lies in a later count that is a part
// of count k, or in the marker that introduces it.
func inSubsetNP(s *sentence, nps []np, k, j int) bool {
	for i := k + 1; i < len(nps); i++ {
		n := nps[i]
		if j >= n.a && j < n.b && s.isSubset(n.a) {
			return true
		}
		if j < n.a && n.a-j <= 2 && s.markerIs(j, "subset") {
			return true
		}
	}
	return false
}

// countsPeopleAt reports whether a phrase counting people starts at word i
// (skipping "the", "at least" and the like).
func (x *Extractor) countsPeopleAt(s *sentence, nps []np, i int) bool {
	for _, n := range nps {
		if n.a == i || n.a == i+1 && (s.words[i].low == "the" || s.words[i].low == "some") {
			return true
		}
	}
	if i < len(s.words) {
		if _, m := x.lex.persons.at(s.words, i); m > 0 {
			return true
		}
		// "killed the gunman", "shot dead a suspected bomber": one
		// person, told with an article and no number
		switch s.words[i].low {
		case "the", "a", "an":
			for k := i + 1; k < len(s.words) && k <= i+2; k++ {
				if _, m := x.lex.persons.at(s.words, k); m > 0 {
					return true
				}
				if !participialAdjective[s.words[k].low] {
					break
				}
			}
		}
	}
	return false
}

func (s *sentence) wordIs(i int, w string) bool {
	return i >= 0 && i < len(s.words) && s.words[i].low == w
}

func (s *sentence) markerIs(i int, name string) bool {
	for _, m := range s.markers {
		if m.i == i && m.val.(string) == name {
			return true
		}
	}
	return false
}

// amongTheDeadAfter reports whether the people counted at word i are told
// to be among the dead or the hurt by a copula after them ("two teachers
// were among the dead", "a child was also among the victims", "three
// soldiers are reportedly among the wounded"): members of a count, not
// more people.
func (s *sentence) amongTheDeadAfter(i int) bool {
	cop := false
	for k := i + 1; k+2 < len(s.words) && k <= i+8; k++ {
		w := s.words[k]
		if w.punc || isClauseBreak(w) {
			return false
		}
		switch {
		case isCopula(w.low):
			cop = true
		case w.low == "also" || w.low == "reportedly":
		case w.low == "among":
			return cop && s.words[k+1].low == "the" && dead[s.words[k+2].low] != ""
		default:
			if cop {
				return false
			}
		}
	}
	return false
}

// countedAmongCount reports whether the sentence of the count at word i
// goes on to say those people were counted in a number told before
// ("Four of the attackers blew themselves up ..., and their bodies were
// counted among the 23"; "the two are included in the toll of nine"): a
// part of that count, not more.
func (s *sentence) countedAmongCount(i int) bool {
	for k := i + 1; k+2 < len(s.words); k++ {
		var at int
		switch {
		case s.words[k].low == "among" && s.words[k+1].low == "the":
			at = k + 2
		case s.words[k].low == "in" && s.words[k-1].low == "included" && s.words[k+1].low == "the":
			at = k + 2
			if at+2 < len(s.words) && s.words[at].low == "toll" && s.words[at+1].low == "of" {
				at += 2
			}
		default:
			continue
		}
		if _, ok := s.countAt(at); !ok {
			continue
		}
		for j := k - 1; j >= k-3 && j > i; j-- {
			if w := s.words[j].low; w == "counted" || w == "included" || w == "numbered" || w == "listed" {
				return true
			}
		}
	}
	return false
}

// isSubset reports whether the count at word i is a part of one before it
// ("including 5 children", "among them two women", "(5 children)").
func (s *sentence) isSubset(i int) bool {
	// "one of the nine people wounded": the nine are the whole the one
	// is taken from
	if k := i - 1; k >= 1 && s.words[k].low == "the" && s.words[k-1].low == "of" && k >= 2 && s.partitiveOfCount(k-1) {
		return false
	}
	if s.markerBefore("subset", i, 2) {
		return true
	}
	if s.amongTheDeadAfter(i) || s.countedAmongCount(i) {
		return true
	}
	// "among the dead in the camp were nine aid workers": members told
	// among the dead, with what they are the dead of between
	if kind, at := dead.membersAfter(s, i); kind != "" && s.words[at].low == "among" {
		return true
	}
	// inside brackets that close after it: "14 civilians (5 children)"
	depth := 0
	for k := 0; k < i; k++ {
		switch s.words[k].low {
		case "(":
			depth++
		case ")":
			depth--
		}
	}
	if depth > 0 {
		for k := i; k < len(s.words); k++ {
			if s.words[k].low == ")" {
				return true
			}
		}
	}
	// "a child among them", "two women among them": a part set off
	// after the count it is a part of
	for k := i + 1; k+1 < len(s.words) && k <= i+4 && !s.words[k].punc; k++ {
		if s.words[k].low == "among" {
			if w := s.words[k+1].low; (w == "them" || w == "whom") && (k+2 >= len(s.words) || s.words[k+2].punc) {
				return true
			}
			break
		}
	}
	// "two of them", "one of whom", "three of the dead"; but "all five of
	// them" are the whole of a group told before (the attackers police
	// killed), not a part of a count
	if i+2 < len(s.words) && s.words[i+1].low == "of" && (s.words[i+2].low == "them" || s.words[i+2].low == "whom") {
		if i > 0 && s.words[i-1].low == "killed" && !s.cardinalBefore(i) && s.peopleNamedBefore(i) {
			// "stopped a bus, ordered the passengers off and killed 11 of
			// them": a part of people told but never counted, so the only
			// count of the dead, no part of a toll
			return false
		}
		return i == 0 || s.words[i-1].low != "all"
	}
	// "three of those killed were children", "two of those reported
	// dead": a part of the people told before
	if i+3 < len(s.words) && s.words[i+1].low == "of" && s.words[i+2].low == "those" {
		return true
	}
	if i+3 < len(s.words) && s.words[i+1].low == "of" && s.words[i+2].low == "the" {
		switch s.words[i+3].low {
		case "dead", "victims", "wounded", "injured", "killed":
			return true
		}
	}
	return false
}

// cardinalBefore reports whether a cardinal number stands before word i
// in the sentence.
func (s *sentence) cardinalBefore(i int) bool {
	for _, q := range s.quants {
		if q.Kind != quantity.Cardinal {
			continue
		}
		if qa, _ := s.wordRange(q.Span); qa < i {
			return true
		}
	}
	return false
}

// peopleNamedBefore reports whether the sentence names people with a
// plural noun of the definite article before word i ("the passengers",
// "the villagers"): the ones a partitive "of them" may take from.
func (s *sentence) peopleNamedBefore(i int) bool {
	for k := 1; k < i; k++ {
		if s.words[k-1].low == "the" && civilianPluralNoun[s.words[k].low] {
			return true
		}
	}
	return false
}

// civilianPluralNoun are plural nouns for unarmed people that a report
// names before counting some of them ("the passengers ... 11 of them").
var civilianPluralNoun = map[string]bool{
	"passengers": true, "villagers": true, "residents": true, "worshippers": true, "travellers": true, "travelers": true,
	"miners": true, "farmers": true, "traders": true, "students": true, "pupils": true, "guests": true, "workers": true,
	"men": true, "women": true, "hostages": true, "captives": true, "civilians": true, "mourners": true, "pilgrims": true,
}

// revisedBefore reports whether a word of correcting stands among the
// few words before word i ("revised down to 35", "lowered to 12").
func (s *sentence) revisedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch s.words[k].low {
		case "revised", "lowered", "downgraded", "corrected":
			return true
		}
	}
	return false
}

// laterToldBefore reports whether the clause that ends with a toll at
// word i tells it as the later word on the dead: an adjective of a later
// count ("the updated toll", "the latest figure") or an adverb of a later
// time said of the teller told before, whose subject is left out or is
// the toll itself ("but later said the number of dead was seven", "the
// toll was later put at 11"), stands before it, past a verb of saying but
// not past another clause. (Another teller who "later gave a higher
// toll" tells a toll that conflicts, not a correction.)
func (s *sentence) laterToldBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := s.words[k]
		switch w.low {
		case "updated", "latest", "new", "final":
			return true
		case "later", "subsequently", "since":
			if k == 0 {
				return true
			}
			switch s.words[k-1].low {
			case "but", "and", "then", ",", "was", "were", "had", "has", "have", "is", "been":
				return true
			}
			return false
		case "said", "says", "told", "added":
			continue
		case "but":
			// "officials first said six had died, but by the evening a
			// medical source put the toll at nine": the figure after a
			// first one set against it is the later word
			for j := 0; j < k; j++ {
				switch s.words[j].low {
				case "first", "initially", "originally":
					return true
				}
			}
			return false
		}
		if w.punc && w.low != "," || isClauseBreak(w) {
			return false
		}
	}
	return false
}

// tollBefore reports whether "toll" stands just before word i with only
// verbs of rising between ("the death toll rose to 40").
func (s *sentence) tollBefore(i int) bool {
	if s.raisedTollBefore(i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := s.words[k].low
		if w == "toll" || s.tollNoun(k) || s.deadNumbered(k) || k == 0 && s.tollPronoun {
			return true
		}
		if _, n := s.countAt(k); n && k >= 1 && s.words[k-1].low == "from" {
			k-- // "rose from 30 to 58": the count it rose from
			continue
		}
		if ta := s.timeEndingAt(k); ta >= 1 && ta < k && k-ta <= 3 && tollVerb(s.words[ta-1].low) {
			k = ta // "the toll rose on Sunday to 14": the day it rose, after its verb
			continue
		}
		if !tollFiller[w] {
			return s.tollOfBefore(k)
		}
	}
	return false
}

// toldToll reports whether the sentence tells a toll: "toll" with a count
// of the dead ("initially put the toll at nine dead", "the death toll
// stood at 12").
func (s *sentence) toldToll() bool {
	if !slices.ContainsFunc(s.cas, func(c *casualty) bool { return c.kind == sitrep.Killed }) {
		return false
	}
	return slices.ContainsFunc(s.words, func(w word) bool { return w.low == "toll" })
}

// deathsAnnouncedBefore reports whether the count at word i is told as
// the deaths a side or a teller made known ("Hezbollah later announced
// the deaths of two of its fighters", "the ministry confirmed the death of
// one soldier", "mourned the deaths of"): the dead told again, by those
// who own them, all the dead and not more of them.
func (s *sentence) deathsAnnouncedBefore(i int) bool {
	if i < 4 || s.words[i-1].low != "of" || s.words[i-2].low != "deaths" && s.words[i-2].low != "death" || s.words[i-3].low != "the" {
		return false
	}
	for k := i - 4; k >= 0 && k >= i-6; k-- {
		switch s.words[k].low {
		case "announced", "announces", "announcing", "confirmed", "confirms", "confirming", "mourned", "mourns", "mourning", "acknowledged", "acknowledges":
			return true
		}
		if s.words[k].punc {
			return false
		}
	}
	return false
}

// tollOwner is the group whose toll a toll told around the number at
// words [qa, qb) is, when a side owns it with "'s" ("raising the army's
// toll to nine", "the police's death toll rose to 12"): soldiers for a
// state's forces, militants for an armed group; "" for a toll of all.
func (s *sentence) tollOwner(qa, qb int) string {
	k := -1
	for j := qa - 1; j >= 0 && j >= qa-10; j-- {
		if s.words[j].low == "toll" {
			k = j
			break
		}
	}
	for j := qb; k < 0 && j < len(s.words) && j <= qb+5; j++ {
		if s.words[j].low == "toll" {
			k = j
		}
	}
	if k < 2 {
		return ""
	}
	j := k - 1
	if s.words[j].low == "death" && j > 1 {
		j--
	}
	if w := s.words[j].low; w != "'s" && w != "’s" && w != "s" || j < 1 {
		return ""
	}
	end := s.words[j-1].span.End
	for _, m := range s.actors {
		if m.Span.End == end && m.Actor != nil {
			return armedGroupOf(m.Actor)
		}
	}
	return ""
}

// timeEndingAt is the first word of a time expression that ends at word
// k ("on Sunday", "by Monday evening"), or -1.
func (s *sentence) timeEndingAt(k int) int {
	for _, t := range s.times {
		if a, b := s.wordRange(t.Span); b == k+1 && a <= k {
			return a
		}
	}
	return -1
}

// tollOfBefore reports whether the words before word k, where the verb
// of rising ends ("rose to 213"), are a toll told with what it is the
// toll of: "the death toll from a truck bomb in Baghdad on Sunday rose to
// 213". The toll's phrase opens with "from" or "in" and runs to the verb
// within one clause.
func (s *sentence) tollOfBefore(k int) bool {
	return s.tollOfBeforeBy(k, func(j int) bool { return s.words[j].low == "toll" || s.tollNoun(j) || s.deadNumberedOf(j) })
}

// deadNumbered reports whether word k is a noun of the dead as a
// definite subject told counted by "numbered" right after it ("The dead
// numbered at least 17"): the noun stands for the toll, the number after
// the verb is its count.
func (s *sentence) deadNumbered(k int) bool {
	return k+1 < len(s.words) && s.words[k+1].low == "numbered" && s.deadSubject(k)
}

// deadNumberedOf is deadNumbered with what the dead are the dead of
// between the noun and the verb ("Fatalities from the attack on the
// police station numbered 11"): "numbered" follows the noun within 20
// words, with no punctuation or clause break between.
func (s *sentence) deadNumberedOf(k int) bool {
	if !s.deadSubject(k) {
		return false
	}
	for j := k + 1; j < len(s.words) && j <= k+20; j++ {
		if s.words[j].low == "numbered" {
			return true
		}
		if s.words[j].punc || isClauseBreak(s.words[j]) {
			return false
		}
	}
	return false
}

// deadSubject reports whether word k is a plural noun of the dead
// ("dead", "deaths", "fatalities") that opens a noun phrase of its own:
// "the dead", or "deaths"/"fatalities" opening the sentence or after
// "the" (not "11 deaths", a count of its own).
func (s *sentence) deadSubject(k int) bool {
	switch s.words[k].low {
	case "dead":
		return k >= 1 && s.words[k-1].low == "the"
	case "deaths", "fatalities":
		return k == 0 || s.words[k-1].low == "the"
	}
	return false
}

// hurtTollOfBefore is tollOfBefore for a count of the hurt: "the number
// of injured from Monday's car bomb outside a hotel had reached 40".
func (s *sentence) hurtTollOfBefore(k int) bool {
	return s.tollOfBeforeBy(k, s.numberOfHurtAt)
}

// numberOfHurtAt reports whether word j ends a noun for the count of the
// hurt: "the number of injured", "the tally of the wounded".
func (s *sentence) numberOfHurtAt(j int) bool {
	switch s.words[j].low {
	case "injured", "wounded":
	default:
		return false
	}
	k := j - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	return k >= 1 && s.words[k].low == "of" && tollHead[s.words[k-1].low]
}

// tollHead are the nouns that, with "of" and words for the dead or the
// hurt, name their count ("the number of dead", "the tally of deaths",
// "the count of the injured").
var tollHead = map[string]bool{"number": true, "tally": true, "count": true}

// tollOfBeforeBy is tollOfBefore with the toll's noun told by isToll.
func (s *sentence) tollOfBeforeBy(k int, isToll func(j int) bool) bool {
	if !s.tollVerbAfter(k) {
		return false
	}
	for j := k; j >= 0 && j >= k-20; j-- {
		w := s.words[j]
		if j == k && w.low == "," {
			// "the death toll, initially given as seven, rose to 11": an
			// apposition set off by commas between the toll and its verb
			p := j - 1
			for p > 0 && p >= j-8 && !s.words[p].punc {
				p--
			}
			if p > 0 && s.words[p].low == "," && isToll(p-1) {
				return true
			}
			// ("the toll from Monday's attack on a bus in Kalat district,
			// initially put at 11, was corrected to nine": the toll told
			// with what it is the toll of before the apposition)
			if p > 0 && s.words[p].low == "," {
				for q := p - 1; q >= 0 && q >= p-20; q-- {
					w := s.words[q]
					if w.punc && w.low != "-" && w.low != "'" || isClauseBreak(w) {
						break
					}
					if isToll(q) {
						return q+1 < p && (s.words[q+1].low == "from" || s.words[q+1].low == "in")
					}
				}
			}
			return false
		}
		if w.low == "when" && j >= 1 && isToll(j-1) {
			return true // "the number of worshippers killed when gunmen opened fire ... had jumped to 18"
		}
		if w.punc && w.low != "-" && w.low != "'" || isClauseBreak(w) {
			return false
		}
		if isToll(j) && j+1 < len(s.words) {
			// (not "the toll of regime forces ... rose to 65": a toll
			// of one side, told with the others')
			// ("the number of worshippers killed when gunmen opened fire
			// ... had jumped to 18": the act told by "when"; "the number
			// of people killed by the missile strike rose to 11": by the
			// act's means)
			switch s.words[j+1].low {
			case "from", "in", "when", "by":
				return true
			}
			return false
		}
	}
	return false
}

// tollVerbAfter reports whether a toll's verb follows word k, right after
// it or past the auxiliaries of its tense and voice ("rose", "had
// risen", "has been revised down"): the verb a toll told before k is the
// subject of.
func (s *sentence) tollVerbAfter(k int) bool {
	for j := k + 1; j < len(s.words) && j <= k+4; j++ {
		w := s.words[j].low
		if tollVerb(w) {
			return true
		}
		switch w {
		case "has", "have", "had", "been", "was", "were", "is", "are", "be", "now", "later", "since", "further", "also":
			continue
		}
		return j == k+1 && j+1 < len(s.words) && tollVerb(s.words[j+1].low) // (one word of any kind: "the toll then rose")
	}
	return false
}

// raisedTollBefore reports whether the number at word i ends a toll
// raised by a verb before it, told with what it is the toll of between
// the toll and "to" ("raising the toll of Monday's ambush near Koutougou
// to 14", "bringing the death toll from the fighting to 30"), in one
// clause.
func (s *sentence) raisedTollBefore(i int) bool {
	if i < 3 || s.words[i-1].low != "to" {
		return false
	}
	for j := i - 2; j >= 1 && j >= i-16; j-- {
		w := s.words[j]
		if w.punc && w.low != "'" || isClauseBreak(w) {
			return false
		}
		if w.low != "toll" && !(w.low == "number" && s.numberOfDeadFrom(j)) {
			continue
		}
		if j+1 >= i-1 || s.words[j+1].low != "of" && s.words[j+1].low != "from" && s.words[j+1].low != "in" {
			return false // "the toll to 14" is read by tollBefore
		}
		for _, m := range s.markers {
			if m.i > j+1 && m.i < i-1 && m.val.(string) == "cumulative" {
				// "raising the number of soldiers killed in the province
				// this year to 40": a running total, not the act's toll
				return false
			}
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if raisingVerb[s.words[k].low] {
				return true
			}
		}
		return false
	}
	return false
}

// deadNowUpFrom reports whether the dead counted before word b are told as
// a toll revised up: "now" in the perfect of their dying, with "up from"
// an earlier count after it ("Five police officers have now died ...,
// up from the three reported on the day of the blast"). Those who died
// since, told after it, are within it.
func (s *sentence) deadNowUpFrom(b int) bool {
	now := false
	for k := b; k < len(s.words) && k <= b+3; k++ {
		if s.words[k].low == "now" && k > b && (s.words[k-1].low == "have" || s.words[k-1].low == "has") {
			now = true
		}
	}
	if !now {
		return false
	}
	for k := b; k+1 < len(s.words); k++ {
		if s.words[k].low == "up" && s.words[k+1].low == "from" {
			return true
		}
	}
	return false
}

// subjectTollRose reports whether the number at word i is what a toll
// that opens the sentence as its subject rose to, however long the phrase
// that tells whose toll it is ("The number of people killed when gangs
// attacked the Belot area of Kenscoff on Saturday has risen to ten"; "The
// death toll from Tuesday's bombing in the market rose to 31"), with no
// running total's word between.
func (s *sentence) subjectTollRose(i int) bool {
	if i < 4 || s.words[i-1].low != "to" || !risingVerb[s.words[i-2].low] {
		return false
	}
	// (after a dateline: "NIAMEY, March 17 (Sahel Morning) - The number
	// of soldiers killed ... has risen to seven")
	open := 0
	for k := 0; k < len(s.words) && k < 15 && k < i; k++ {
		if w := s.words[k].low; w == "-" || w == "—" || w == "–" || w == "--" {
			open = k + 1
			break
		}
	}
	for j := open; j <= open+3 && j < i-2; j++ {
		w := s.words[j].low
		if w != "toll" && !(w == "number" && s.numberOfDeadFrom(j)) {
			continue
		}
		if w == "number" || j+1 < i && (s.words[j+1].low == "from" || s.words[j+1].low == "of" || s.words[j+1].low == "in") {
			for k := j + 1; k < i-2; k++ {
				if s.words[k].low == ";" || s.words[k].low == "since" {
					return false
				}
			}
			for _, m := range s.markers {
				if m.i > j+1 && m.i < i-2 && m.val.(string) == "cumulative" {
					return false
				}
			}
			return true
		}
		return false
	}
	return false
}

// raisedTollAfter reports whether the number at words [qa, qb) is what a
// verb of raising brings a toll to, told before the toll ("bringing to 11
// the death toll from the blast", "raising to 20 the number of dead").
func (s *sentence) raisedTollAfter(qa, qb int) bool {
	if qa < 2 || s.words[qa-1].low != "to" || !raisingVerb[s.words[qa-2].low] || qb+1 >= len(s.words) || s.words[qb].low != "the" {
		return false
	}
	for k := qb + 1; k < len(s.words) && k <= qb+5; k++ {
		if s.words[k].low == "toll" || s.tollNoun(k) {
			return true
		}
	}
	return false
}

// raisingVerb are the verbs that raise a toll told as their object
// ("bringing the death toll to nine", "raising the toll to 20").
var raisingVerb = map[string]bool{"bringing": true, "brings": true, "brought": true, "raising": true, "raises": true,
	"raised": true, "pushing": true, "pushed": true, "taking": true, "took": true,
	// a teller's revision of its own toll ("revised the toll from
	// Sunday's strike upward to 56")
	"revised": true, "revising": true, "revises": true, "updated": true, "updating": true}

// invertedFateAt finds the participle of harm that opens a sentence whose
// subject comes after "were" or "was" (an inverted passive: "Killed in
// the ambush near Dori on Sunday were two soldiers", "Also wounded was a
// policeman") when the count's phrase starts at word a: the participle's
// word, or -1. The participle is the sentence's first word, or follows
// "also" there, with no punctuation between it and the copula.
func (x *Extractor) invertedFateAt(s *sentence, a int) int {
	switch s.words[max(a-1, 0)].low {
	case "were", "was", "are", "is": // ("Dead are three militiamen and a shepherd")
	default:
		return -1
	}
	if a < 2 {
		return -1
	}
	for k := a - 2; k >= 0 && k >= a-14; k-- {
		if s.words[k].punc && s.words[k].low != "'" {
			return -1
		}
		if k == 0 || k == 1 && s.words[0].low == "also" {
			switch s.words[k].low {
			case "killed", "wounded", "injured", "hurt", "slain", "dead":
				if x.casualtyAt(s, k, false) != "" {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// tollVerb reports whether w is a verb a toll rises by or is told by
// ("rose to 40", "is put at 19", "was estimated at 30").
func tollVerb(w string) bool {
	switch w {
	case "put", "placed", "estimated", "given", "set", "numbered",
		// a toll corrected ("was corrected to nine", "was revised down to 35")
		"corrected", "revised", "lowered", "downgraded", "updated":
		return true
	}
	return risingVerb[w]
}

// risingVerb are the verbs a toll rises by ("rose to 40").
var risingVerb = map[string]bool{"rose": true, "risen": true, "rises": true, "climbed": true, "climbs": true, "jumped": true,
	"increased": true, "reached": true, "reaches": true, "stands": true, "stood": true, "hit": true, "mounted": true, "soared": true}

// tollNoun reports whether word k ends a noun for a death toll other
// than "toll": "casualty numbers", "death figures", "the body count".
func (s *sentence) tollNoun(k int) bool {
	if s.numberOfDeadAt(k) {
		return true
	}
	switch s.words[k].low {
	case "numbers", "number", "figures", "figure", "count", "tally":
	default:
		return false
	}
	if k == 0 {
		return false
	}
	if s.revisedFigureAt(k) {
		return true
	}
	switch s.words[k-1].low {
	case "casualty", "death", "fatality", "body":
		return true
	}
	return false
}

// hurtTollBefore reports whether a noun for the count of the hurt stands
// just before word i with only the fillers of a toll between ("the
// number of injured stood at 25", "the number of the wounded rose to
// 40", "later put the figure at 18" after a count of the wounded).
func (s *sentence) hurtTollBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		w := s.words[k].low
		switch w {
		case "injured", "wounded":
			j := k - 1
			if s.words[j].low == "the" {
				j--
			}
			return j >= 1 && s.words[j].low == "of" && s.words[j-1].low == "number"
		case "figure", "number", "tally", "count":
			return s.revisedFigureOf(k) == sitrep.Wounded
		}
		if !tollFiller[w] {
			return s.hurtTollOfBefore(k)
		}
	}
	return false
}

// revisedFigureAt reports whether word k, a noun of a count ("figure",
// "number", "tally", "count"), is the object of a verb that revises it
// ("later raised the figure to 11", "revised the number to 40") after a
// count of the dead told before it in the sentence, with no count of the
// hurt between: the noun points back to that toll.
func (s *sentence) revisedFigureAt(k int) bool {
	return s.revisedFigureOf(k) == sitrep.Killed
}

// revisedFigureOf is the kind of count a revised figure at word k points
// back to (revisedFigureAt): the kind of the nearest word of death or
// hurt before it, "" when it is no revised figure.
func (s *sentence) revisedFigureOf(k int) string {
	if k < 2 || s.words[k-1].low != "the" {
		return ""
	}
	switch s.words[k-2].low {
	case "raised", "raising", "revised", "revising", "lowered", "lowering", "updated", "updating", "corrected", "upped", "increased", "put", "puts", "putting":
	default:
		return ""
	}
	for j := k - 3; j >= 0; j-- {
		switch killed, wounded := hurtWord(s.words[j].low); {
		case killed && wounded:
			return ""
		case wounded:
			return sitrep.Wounded
		case killed:
			return sitrep.Killed
		}
	}
	return ""
}

// numberOfDeadAt reports whether word k ends "the number of" and words
// for the dead ("the number of dead", "number of deaths", "the number of
// people killed"): a noun for a death toll, as "toll" is.
func (s *sentence) numberOfDeadAt(k int) bool {
	j := k - 2 // the word "number"
	if k >= 1 && s.words[k].low == "killed" {
		// (past the words that say the count is known or told: "the
		// number of people known to have been killed", "reported killed")
		e := k - 1
		for e > 0 && k-e <= 4 && knownKilledFiller[s.words[e].low] {
			e--
		}
		switch {
		case s.words[e].low == "those":
			j = e - 2
		case e < len(s.personEnd) && (s.personEnd[e] == "people" || s.personEnd[e] == "civilians"):
			// "the number of people killed", "the number of worshippers
			// killed": a noun of people, one word or two (not of a
			// side's forces: "the number of soldiers killed in the
			// operation" is a side's tally)
			if s.numberOfJoinedGroups(e) {
				return true
			}
			j = s.numberHeadBefore(e)
		case e < len(s.personEnd) && s.personEnd[e] != "" && s.killedInOneAct(k+1):
			// "the number of soldiers killed in an ambush on an army
			// patrol": one side's dead of one act told by its article,
			// that act's toll (not a side's tally of an operation)
			j = s.numberHeadBefore(e)
		case e < len(s.personEnd) && s.personEnd[e] != "":
			// "the number of hostages and security personnel killed":
			// nouns of people of two groups joined, the dead of every
			// side (one side's alone is its tally, above)
			return s.numberOfJoinedGroups(e)
		default:
			return false
		}
	} else {
		switch s.words[k].low {
		case "dead", "deaths", "fatalities", "victims", "martyrs":
		default:
			return false
		}
		if k >= 1 && s.words[k-1].low == "the" {
			j--
		}
	}
	return j >= 0 && tollHead[s.words[j].low] && s.words[j+1].low == "of"
}

// numberHeadBefore returns the index of the head before "of" that a
// noun of people of one to three words ending at word e follows ("the
// number of people", "the number of rice farmers", "the toll of local
// gold miners"): the word before that "of"; e-2 when there is none.
func (s *sentence) numberHeadBefore(e int) int {
	for k := e - 1; k >= 1 && k >= e-3; k-- {
		if s.words[k].low == "of" {
			return k - 1
		}
		if s.words[k].punc {
			break
		}
	}
	return e - 2
}

// killedInOneAct reports whether the words from k tell one act the dead
// were killed in: "in an ambush", "in the attack", "in Tuesday's
// bombing" (not "in the operation", "in the fighting", "in attacks").
func (s *sentence) killedInOneAct(k int) bool {
	if k+2 >= len(s.words) || s.words[k].low != "in" {
		return false
	}
	switch d := s.words[k+1].low; {
	case d == "a" || d == "an" || d == "the" || d == "this" || d == "that" || strings.HasSuffix(d, "'s") || strings.HasSuffix(d, "’s"):
	default:
		return false
	}
	// (past up to two words that tell the act's kind: "in a roadside
	// bombing", "in a suicide car bombing", not "in a bombing campaign")
	for m := k + 2; m < len(s.words) && m <= k+4; m++ {
		w := s.words[m]
		switch w.low {
		case "ambush", "attack", "bombing", "blast", "explosion", "raid", "strike", "assault", "shooting", "massacre":
			if m+1 < len(s.words) {
				switch s.words[m+1].low {
				case "campaign", "campaigns", "wave", "spree", "operations", "series":
					return false
				}
			}
			return true
		}
		if w.punc || w.num || w.cap || w.low == "of" || w.low == "and" {
			return false
		}
	}
	return false
}

// numberOfJoinedGroups reports whether the noun of people ending at word e
// is the second of two joined by "and" after "the number of" ("the
// number of hostages and security personnel", "the number of soldiers
// and civilians"), each of one to three words.
func (s *sentence) numberOfJoinedGroups(e int) bool {
	for a := e - 1; a >= 2 && e-a <= 3; a-- {
		if s.words[a].low != "and" {
			continue
		}
		if s.personEnd[a-1] == "" {
			return false
		}
		for o := a - 2; o >= 1 && a-1-o <= 3; o-- {
			if s.words[o].low == "of" {
				return tollHead[s.words[o-1].low]
			}
		}
		return false
	}
	return false
}

// knownKilledFiller are the words that may stand between a noun of people
// and "killed" in a number of the dead ("known to have been killed",
// "confirmed killed", "reported killed").
var knownKilledFiller = map[string]bool{"known": true, "to": true, "have": true, "been": true, "confirmed": true,
	"reported": true, "reportedly": true, "believed": true, "now": true}

// numberOfDeadFrom reports whether a number of the dead starts at word
// j ("number of people killed in ...", "bringing the number of dead").
func (s *sentence) numberOfDeadFrom(j int) bool {
	for k := j + 2; k < len(s.words) && k <= j+8; k++ {
		if s.numberOfDeadAt(k) {
			return true
		}
	}
	return false
}

// ofTheHurt reports whether "of the wounded" or "of the injured" (or "of
// those wounded") follows a number ending before word qb.
func ofTheHurt(s *sentence, qb int) bool {
	return qb+2 < len(s.words) && s.words[qb].low == "of" && (s.words[qb+1].low == "the" || s.words[qb+1].low == "those") && (s.words[qb+2].low == "wounded" || s.words[qb+2].low == "injured")
}

// hurtLaterDied reports whether a count of the dead are people hurt
// before who died of it: a part of the hurt ("three of the wounded
// died", "two of the injured later died") or told dead of their wounds
// ("succumbed to their injuries", "died of his wounds").
func (x *Extractor) hurtLaterDied(s *sentence, c *casualty) bool {
	a, b := s.wordAt(c.np.Start), s.wordAt(c.np.End-1)+1
	for k := a; k+2 < b+1 && k+2 < len(s.words); k++ {
		if ofTheHurt(s, k) {
			return true
		}
	}
	for k := b; k < len(s.words) && k < b+5; k++ {
		switch s.words[k].low {
		case "succumbed", "injuries", "wounds":
			return true
		}
	}
	return false
}

// tollRoseBefore reports whether a rising toll stands before word i ("the
// death toll rose to 40"): a later, higher count of the same dead.
func (s *sentence) tollRoseBefore(i int) bool {
	if s.raisedTollBefore(i) {
		return true
	}
	if !s.tollBefore(i) {
		return false
	}
	k := i - 1
	for ; k >= 0 && k >= i-6 && s.words[k].low != "toll"; k-- {
		switch s.words[k].low {
		case "rose", "rise", "rises", "risen", "climbed", "climbs", "jumped", "increased", "reached", "reaches", "up", "raised", "upped":
			return true
		}
	}
	// "bringing the death toll to nine", "raising the toll to 20": the
	// verb before the toll that raised it
	for j := k - 1; k >= 0 && s.words[k].low == "toll" && j >= 0 && j >= k-3; j-- {
		if raisingVerb[s.words[j].low] {
			return true
		}
	}
	return false
}

// risingBefore reports whether a verb of rising stands just before word i
// ("has jumped up to 65", "rose to 40").
func (s *sentence) risingBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch s.words[k].low {
		case "jumped", "rose", "risen", "climbed", "increased", "soared", "reached", "mounted", "raised":
			return true
		}
	}
	return false
}

// killingVerbAt reports whether word k is an active verb of killing that
// takes its victims after it ("killing", "killed").
func (s *sentence) killingVerbAt(k int) bool {
	if k < 0 || k >= len(s.words) {
		return false
	}
	switch s.words[k].low {
	case "killing", "killed", "kill", "kills":
		return true
	}
	return false
}

// reflexives reads "blew themselves up", "killing himself": the attackers
// died. The number is the nearest count of attackers before the word. One
// pronoun told twice in a sentence is one doer ("a bomber blew himself
// up, killing himself and three soldiers" counts him once).
func (x *Extractor) reflexives(s *sentence) {
	var told []string
	for i, w := range s.words {
		if w.low != "himself" && w.low != "herself" && w.low != "themselves" {
			continue
		}
		if slices.Contains(told, w.low) {
			continue
		}
		// the verb must say they died: killing/killed themselves, blew
		// themselves up, detonated themselves
		ok := turnedGunOn(s.words, i)
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			switch s.words[k].low {
			case "killing", "killed", "blew", "blown", "blowing", "blows", "detonated", "detonating", "kill":
				ok = true
			}
		}
		// "killing five soldiers and himself": the last member of the
		// killing's objects, beside the others, so counted with them
		joined := false
		if !ok && i >= 2 && s.words[i-1].low == "and" {
			for _, c := range s.cas {
				if c.kind == sitrep.Killed && !c.reflex && c.span.End == s.words[i-2].span.End && s.killingVerbAt(s.wordAt(c.span.Start)) {
					ok, joined = true, true
				}
			}
		}
		if !ok {
			continue
		}
		count := sitrep.Exact(1)
		group := "militants"
		within := false // "their bodies were counted among the 23"
		if w.low == "themselves" {
			count = sitrep.Count{}
			for _, q := range s.quants {
				if q.Kind != quantity.Cardinal || q.Span.Start >= w.span.Start {
					continue
				}
				qa, qb := s.wordRange(q.Span)
				if g, end, ok := x.personHead(s, qb); ok && (g == "militants" || x.subjectOfReflexive(s, end, i)) && qa < i {
					// ("two women wearing explosive belts blew themselves
					// up": the people who did it, whatever their noun)
					count = q.Count
					within = s.countedAmongCount(qa)
				} else if qa < i && s.isSubset(qa) {
					count = sitrep.Count{} // "4 of them blew themselves up": a part of a count told
				}
			}
			if count.IsZero() {
				continue
			}
		}
		told = append(told, w.low)
		s.cas = append(s.cas, &casualty{kind: sitrep.Killed, group: group, count: count, sent: s.idx,
			span: sitrep.Span{Start: s.words[max(0, i-2)].span.Start, End: w.span.End}, np: w.span, reflex: true, also: joined, subset: within})
	}
}

// riseWithinToll marks as a part of a risen toll the dead told in the
// clause of "after", "as", "following" or "when" that gives the reason the toll
// rose ("the toll rose on Sunday to 14 after two wounded soldiers died";
// "After three more bodies were found, the toll climbed to 20"): they are
// among the toll's dead, not more of them.
func (s *sentence) riseWithinToll() {
	for _, c := range s.cas {
		if c.kind != sitrep.Killed || !c.toll {
			continue
		}
		for _, d := range s.cas {
			if d == c || d.kind != sitrep.Killed || d.toll || d.whole || d.subset || d.outside {
				continue
			}
			if s.reasonClauseOf(d, c) {
				d.subset = true
			}
		}
	}
}

// reasonClauseOf reports whether count d is told in a clause of reason or
// time ("after", "as", "following", "when") next to toll c: right after the
// toll's number, or opening the sentence before it.
func (s *sentence) reasonClauseOf(d, c *casualty) bool {
	reason := func(w string) bool { return w == "after" || w == "as" || w == "following" || w == "when" }
	da, ce := s.wordAt(d.np.Start), s.wordAt(c.np.End-1)+1
	if da >= ce {
		// (with an article, a comma or the day the toll rose between:
		// "has risen to four, after a man died in hospital", "climbed to
		// 14 on Tuesday as two women died")
		if da-ce > 8 {
			return false
		}
		told := false
		for k := ce; k < da; k++ {
			switch w := s.words[k].low; {
			case reason(w):
				told = true
			case w == "the" || w == "a" || w == "an" || w == "," || s.inTime(k):
			default:
				return false
			}
		}
		return told
	}
	// before the toll: the sentence opens with the clause
	return s.wordAt(d.span.End-1) < s.wordAt(c.span.Start) && len(s.words) > 0 && reason(s.words[0].low) && da <= 3
}

// inTime reports whether word k is inside one of the sentence's time
// expressions.
func (s *sentence) inTime(k int) bool {
	sp := s.words[k].span
	for _, t := range s.times {
		if sp.Start >= t.Span.Start && sp.End <= t.Span.End {
			return true
		}
	}
	return false
}

// turnedGunOn reports whether the reflexive pronoun at word i ends "turned
// the gun on himself" (turning, turns; the gun, his gun, the weapon, his
// rifle): the attacker killed himself.
func turnedGunOn(ws []word, i int) bool {
	if i < 4 || ws[i-1].low != "on" {
		return false
	}
	switch ws[i-2].low {
	case "gun", "weapon", "rifle", "pistol":
	default:
		return false
	}
	switch ws[i-3].low {
	case "the", "his", "her", "their":
	default:
		return false
	}
	switch ws[i-4].low {
	case "turned", "turning", "turns", "turn":
		return true
	}
	return false
}

// unnumberedVictims notes groups hurt without a count ("civilians were
// killed", "killing civilians"), which tell who the victims were.
func (x *Extractor) unnumberedVictims(s *sentence, nps []np) {
	for i := 0; i < len(s.words); i++ {
		v, n := x.lex.persons.at(s.words, i)
		if n == 0 {
			continue
		}
		inNP := false
		for _, p := range nps {
			if i >= p.a && i < p.b {
				inNP = true
			}
		}
		if inNP {
			i += n - 1
			continue
		}
		g := v.(string)
		// ("police blamed the attack on jihadists": the accused, not the
		// attacked)
		hurt := x.activeBefore(s, i) != "" || s.attackedObject(i) && !(i+n < len(s.words) && armedSidesThing[s.words[i+n].low]) && !s.accusedAt(i)
		for j := i + n; !hurt && j < len(s.words) && j < i+n+4; j++ {
			if x.casualtyAt(s, j, false) != "" {
				// "insurgents shot dead two villagers": the verb has people
				// after it, so the noun before it did the killing
				_, m := x.lex.casualty.at(s.words, j)
				// ("gunmen kidnapped and killed two farmers": past a second
				// verb joined to the first)
				if j+m+1 < len(s.words) && (s.words[j+m].low == "and" || s.words[j+m].low == "or") && x.casualtyAt(s, j+m+1, false) != "" {
					_, m2 := x.lex.casualty.at(s.words, j+m+1)
					m += 1 + m2
				}
				// ("the attackers beheaded some of the victims": an object
				// with no count after the verb tells the same)
				hurt = !(j+m < len(s.words) && (x.countsPeopleAt(s, nps, j+m) || objectOpens(s.words[j+m].low)))
				break
			} else if !predFiller[s.words[j].low] {
				break
			}
		}
		if hurt {
			if s.victims == nil {
				s.victims = map[string]bool{}
			}
			s.victims[g] = true
		}
		i += n - 1
	}
}

// actorInside returns the side named inside words [a, b), if any: a name
// ("24 Islamic State fighters"), or a word that names the side in this
// country ("regime fighters", "army soldiers").
func (x *Extractor) actorInside(s *sentence, a, b int) string {
	if a >= len(s.words) || b <= a {
		return ""
	}
	sp := sitrep.Span{Start: s.words[a].span.Start, End: s.words[b-1].span.End}
	generic := ""
	for _, m := range s.actors {
		if m.Actor == nil || !sp.Contains(m.Span) {
			continue
		}
		if !m.Generic {
			return m.Actor.Name
		}
		if generic == "" && m.Actor.Name != "civilians" {
			generic = m.Actor.Name
		}
	}
	return generic
}

func hasWord(ws []word, w string) bool {
	for _, x := range ws {
		if x.low == w {
			return true
		}
	}
	return false
}

// isPlural is a rough test for a plural English noun.
// unknownPeople reports whether word i is a plural noun that may name
// people: lower case, plural, not a thing, an animal or a span of time.
func unknownPeople(s *sentence, i int) bool {
	if i >= len(s.words) {
		return false
	}
	w := s.words[i]
	if w.punc || w.cap || w.num || !isPlural(w.low) || notPeople[w.low] {
		return false
	}
	return true
}

// notPeople are plural nouns a count of hurt may stand before that name
// no people: things hit, animals, spans and measures.
var notPeople = map[string]bool{
	"vehicles": true, "cars": true, "trucks": true, "lorries": true, "buses": true, "tanks": true, "houses": true,
	"homes": true, "buildings": true, "shops": true, "villages": true, "towns": true, "positions": true,
	"rockets": true, "shells": true, "missiles": true, "drones": true, "mortars": true, "bombs": true, "mines": true,
	"cattle": true, "cows": true, "camels": true, "goats": true, "sheep": true, "animals": true, "donkeys": true,
	"livestock": true, "horses": true, "dogs": true, "mules": true, "days": true, "hours": true, "weeks": true, "months": true, "years": true,
	"minutes": true, "times": true, "kilometres": true, "kilometers": true, "miles": true, "metres": true,
	"meters": true, "attacks": true, "strikes": true, "raids": true, "incidents": true, "cases": true,
	"percent": true, "points": true, "dollars": true, "aircraft": true, "helicopters": true, "planes": true,
	"boats": true, "ships": true, "schools": true, "hospitals": true, "mosques": true, "churches": true,
	"casualties": true, "injuries": true, "deaths": true, "losses": true, "bodies": true, "remains": true,
	// ("seven fighters from the two sides were killed": the sides the
	// people belong to, no people themselves)
	"sides": true, "parties": true, "camps": true, "factions": true,
}

func isPlural(w string) bool {
	switch w {
	case "people", "police", "men", "women", "children", "personnel", "military", "army", "troops", "family", "elderly":
		return w != "family"
	}
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// armedBefore reports whether a word among [i, k) says the people after
// it bore arms ("armed", "masked", "hooded").
func armedBefore(s *sentence, i, k int) bool {
	for j := i; j < k; j++ {
		switch s.words[j].low {
		case "armed", "masked", "hooded":
			return true
		}
	}
	return false
}

// attackedObject reports whether the people named at word i are the object
// of an act of attack ("fired on protesters", "opened fire on
// worshippers", "attacked farmers"): the ones it was done to.
func (s *sentence) attackedObject(i int) bool {
	for _, t := range s.triggers {
		if t.noun || t.irrealis {
			continue
		}
		switch t.class.name {
		case "attack", "assault":
		default:
			continue
		}
		end := t.i + t.n
		if end > i || i-end > 2 {
			continue
		}
		ok := true
		for k := end; k < i; k++ {
			switch s.words[k].low {
			case "the", "a", "on", "at", "unarmed", "peaceful", "local":
			default:
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// familyOf reads the size of a family named just before word i ("a family
// of five", "a family of seven"): its count and the word after the
// number; to is i when there is none.
func familyOf(s *sentence, i int) (n sitrep.Count, to int) {
	if i < 2 || i+1 >= len(s.words) || s.words[i-1].low != "family" || s.words[i].low != "of" {
		return sitrep.Count{}, i
	}
	for _, q := range s.quants {
		if q.Span.Start == s.words[i+1].span.Start && !q.Count.IsZero() && !q.Vague && q.Kind == quantity.Cardinal {
			k := i + 1
			for k < len(s.words) && s.words[k].span.End <= q.Span.End {
				k++
			}
			return q.Count, k
		}
	}
	return sitrep.Count{}, i
}

// passiveCasualtyAfter reports whether a passive casualty verb follows
// word i, after at most an "of" phrase of three words ("the commander of
// the base was injured", "the driver was killed").
func (x *Extractor) passiveCasualtyAfter(s *sentence, i int) bool {
	k := i
	if k < len(s.words) && s.words[k].low == "of" {
		k += 2
		for k < len(s.words) && k <= i+4 && s.words[k].low != "was" && s.words[k].low != "is" && s.words[k].low != "had" && s.words[k].low != "has" {
			k++
		}
	}
	if k >= len(s.words) {
		return false
	}
	switch s.words[k].low {
	case "was", "is", "had", "has":
	default:
		return false
	}
	return x.casualtyAt(s, k+1, false) != "" || k+2 < len(s.words) && s.words[k+1].low == "been" && x.casualtyAt(s, k+2, false) != ""
}

// resultativeDeath reads a verb of violence whose result is told after
// its object ("hacked six farmers to death", "burning two men to
// death", "beat two robbers to death", "sent four terrorists to hell"),
// or after a list of objects the count's phrase opens ("stabbed a farmer
// and his wife to death"): the people were killed. A court's sentence
// ("sentenced six men to death") kills nobody. It gives the verb's word
// and the end of the result phrase.
func resultativeDeath(s *sentence, n np) (int, int, bool) {
	if n.qa < 1 {
		return 0, 0, false
	}
	end := 0
	if resultAfter(s, n.b) {
		end = n.b + 2
	} else if n.b+1 < len(s.words) && s.words[n.b].low == "and" && memberOpens(s, n.b+1) {
		// the list's last member, then the result: a noun phrase opened
		// by a determiner or a number, with no verb, comma or clause
		// break in it ("a farmer and his wife to death"; not "shot a
		// soldier and beat a boy to death")
		for k := n.b + 1; k < len(s.words) && k <= n.b+5; k++ {
			w := s.words[k]
			if resultAfter(s, k) && k > n.b+1 {
				end = k + 2
				break
			}
			if w.punc || isClauseBreak(w) || w.low == "and" || strings.HasSuffix(w.low, "ed") || pastIrregular[w.low] {
				break
			}
		}
	}
	if end == 0 {
		return 0, 0, false
	}
	if !resultativeVerb(s.words[n.qa-1].low) {
		return 0, 0, false
	}
	return n.qa - 1, end, true
}

// resultativeVerb reports whether w may be a verb of violence whose
// object's death is told after the object ("hacked", "burning", "beat",
// "shot", "sent ... to hell"); a court's sentence is not one.
func resultativeVerb(v string) bool {
	if !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "ing") && v != "beat" && v != "shot" && v != "sent" {
		return false
	}
	return !strings.HasPrefix(v, "sentenc") && !strings.HasPrefix(v, "condemn")
}

// memberOpens reports whether word k opens a noun phrase of a list of
// people: an article, a possessive or a number ("his wife", "the
// driver", "two sons").
func memberOpens(s *sentence, k int) bool {
	switch w := s.words[k].low; w {
	case "my", "our", "your":
		return true
	default:
		if isArticle(w) {
			return true
		}
	}
	_, ok := s.countAt(k)
	return ok
}

// resultAfter reports whether the words at i tell the death a verb's
// object came to: "to death", or "to hell" (a military's word for the
// enemies it killed: "sent four terrorists to hell").
func resultAfter(s *sentence, i int) bool {
	return i+1 < len(s.words) && s.words[i].low == "to" && (s.words[i+1].low == "death" || s.words[i+1].low == "hell")
}

// partitiveOfCount reports whether the number ending at word k is taken
// out of another count ("one of the nine people wounded", "two of the 15
// hostages"): a part of that count, not more people.
func (s *sentence) partitiveOfCount(k int) bool {
	if k+1 >= len(s.words) || s.words[k].low != "of" {
		return false
	}
	j := k + 1
	if s.words[j].low == "the" || s.words[j].low == "those" {
		j++
	}
	_, ok := s.countAt(j)
	return ok
}

// deadWords name the people an incident killed or hurt taken as a whole
// ("the dead", "the victims", "the wounded").
type deadWords map[string]string

var dead = deadWords{"dead": sitrep.Killed, "killed": sitrep.Killed, "victims": sitrep.Killed, "fatalities": sitrep.Killed, "wounded": sitrep.Wounded, "injured": sitrep.Wounded}

// membersAfter reads a count told as members of the dead or the hurt
// ("the dead included two soldiers", "among the dead were a teacher and
// two pupils", "the wounded were three children"): the kind, and the
// first word of the words that tell it; "" when the count at word qa is
// not so told.
func (d deadWords) membersAfter(s *sentence, qa int) (string, int) {
	k := qa - 1
	if k < 2 {
		return "", 0
	}
	switch s.words[k].low {
	case "included", "include", "includes", "including", "were", "are", "comprised":
	default:
		return "", 0
	}
	kind, ok := d[s.words[k-1].low]
	at := k - 2
	if !ok || s.words[k-2].low != "the" {
		// ("among the wounded in Tuesday's blast at a mosque were 12
		// police officers", "the dead from the raid included two
		// teachers": the dead told with what they are the dead of)
		if kind, at = d.ofWhatBefore(s, k); kind == "" {
			return "", 0
		}
	}
	if at > 0 && s.words[at-1].low == "among" {
		at--
	}
	return kind, at
}

// ofWhatBefore finds "the dead" (the victims, the wounded) told with a
// phrase of what they are the dead of ("in", "from", "of", "at" and its
// words, no number nor punctuation) that ends before word k: the kind, and
// the word of "the"; "" when there is none.
func (d deadWords) ofWhatBefore(s *sentence, k int) (string, int) {
	for j := k - 2; j >= 2 && j >= k-14; j-- {
		w := s.words[j]
		if w.punc && w.low != "'" || w.num || isClauseBreak(w) {
			return "", 0
		}
		if kind, ok := d[s.words[j-1].low]; ok && s.words[j-2].low == "the" {
			switch w.low {
			case "in", "from", "of", "at":
				return kind, j - 2
			}
		}
	}
	return "", 0
}

// ageAt is the word after an age that begins at word k ("63-year-old",
// "12-year-old"), or k when none does.
func (s *sentence) ageAt(k int) int {
	for _, q := range s.quants {
		if q.Kind != quantity.Age {
			continue
		}
		if qa, qb := s.wordRange(q.Span); qa == k {
			return qb
		}
	}
	return k
}

// reflexivePronoun are the words by which the doer of an act is its
// object too ("killed himself").
var reflexivePronoun = map[string]bool{"himself": true, "herself": true, "themselves": true, "itself": true}

// unhurtAfter reports whether the word at i tells people in a state of
// their own that is no hurt ("200 people homeless", "dozens stranded").
func (s *sentence) unhurtAfter(i int) bool {
	if i >= len(s.words) {
		return false
	}
	switch s.words[i].low {
	case "homeless", "displaced", "stranded", "trapped", "unharmed", "unhurt", "safe":
		return true
	}
	return false
}

// otherHurtPeople reads "other" or "more" at word k, then a word of harm
// and a noun for people ("other wounded people", "more injured
// civilians"): the group, the harm word's index and the noun's end.
func (x *Extractor) otherHurtPeople(s *sentence, k int) (string, int, int, bool) {
	if k+2 >= len(s.words) || s.words[k].low != "other" && s.words[k].low != "more" || x.casualtyAt(s, k+1, false) == "" {
		return "", 0, 0, false
	}
	_, m := x.lex.casualty.at(s.words, k+1)
	if g, end, ok := x.personHead(s, k+1+m); ok {
		return g, k + 1, end, true
	}
	return "", 0, 0, false
}

// woundedThenDied reports whether the people counted before word b are
// told hurt by a participle right after them and then dead, in one
// clause ("A policeman wounded in the fighting died in hospital on
// Monday"): the hurt of an act told before, dead now.
func (x *Extractor) woundedThenDied(s *sentence, b int) bool {
	if b >= len(s.words) || x.casualtyAt(s, b, false) != sitrep.Wounded {
		return false
	}
	for j := b + 1; j < len(s.words) && j <= b+8; j++ {
		w := s.words[j]
		if w.punc || isClauseBreak(w) {
			return false
		}
		switch w.low {
		case "died", "succumbed":
			return true
		}
	}
	return false
}

// objectOpens reports a word that opens a verb's object with no count of
// its own ("some of the victims", "the guards", "their captives").
func objectOpens(w string) bool {
	switch w {
	case "the", "a", "an", "some", "several", "many", "dozens", "scores", "hundreds", "his", "her", "their", "its", "all", "most":
		return true
	}
	return false
}

// subjectOfReflexive reports whether the people counted, whose noun ends
// before word end, are the subject of the verb whose reflexive is at word
// i ("two women wearing explosive belts blew themselves up"): within a
// few words, in one clause, with no word of harm or mark between.
func (x *Extractor) subjectOfReflexive(s *sentence, end, i int) bool {
	if i-end > 8 || end >= i {
		return false
	}
	for k := end; k < i; k++ {
		w := s.words[k]
		if w.punc || isClauseBreak(w) || x.casualtyAt(s, k, false) != "" || x.casualtyAt(s, k, true) != "" {
			return false
		}
	}
	return len(s.clause) != len(s.words) || s.clause[end] == s.clause[i]
}
