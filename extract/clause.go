package extract

import (
	"slices"
	"strings"
)

// Clauses: what is said where in a sentence.
//
// A sentence is read as clauses, each of a kind: the main clause tells
// the news; a relative clause ("..., which IS has held since 2014")
// describes a noun; a subordinate clause ("when they were being pushed
// out", "after troops entered the town") sets the news against another
// happening; an attribution ("an officer said", "according to the
// monitor") says who told it. Scope words (running totals, history,
// negation) reach their own clause; the incident's trigger, date and
// sides are looked for in the main clause first.

// clauseKind says what a clause does in its sentence.
type clauseKind uint8

const (
	mainClause clauseKind = iota
	relativeClause
	subordinateClause
	attributionClause
)

func (k clauseKind) String() string {
	switch k {
	case relativeClause:
		return "relative"
	case subordinateClause:
		return "subordinate"
	case attributionClause:
		return "attribution"
	}
	return "main"
}

// subordinator reports a word that opens a subordinate clause. (The small
// word sets read at every word of a sentence are switches, not maps: no
// hash per word.)
func subordinator(w string) bool {
	switch w {
	case "when", "while", "whereas", "although", "though", "because",
		"until", "after", "before", "amid", "whilst", "once":
		return true
	}
	return false
}

// relative reports a word that opens a relative clause.
func relative(w string) bool {
	switch w {
	case "which", "who", "whom", "whose", "where":
		return true
	}
	return false
}

// commentNoun reports a noun that names what was said as a whole ("a
// claim", "a charge"), heading an apposition that comments on a clause.
func commentNoun(w string) bool {
	switch w {
	case "claim", "charge", "allegation", "accusation", "assertion", "account", "version", "report":
		return true
	}
	return false
}

// sayVerb reports a verb of an attribution ("an officer said").
func sayVerb(w string) bool {
	switch w {
	case "said", "says", "told", "added", "stated", "reported",
		"announced", "confirmed", "claimed", "noted", "explained",
		"tweeted", "wrote", "declared", "quoted", "affirmed", "affirms", "affirm",
		"asserted", "insisted", "speaks", "spoke", "speak":
		return true
	}
	return false
}

// segment numbers the clauses of a sentence and says what kind each is.
// A new clause begins at a semicolon or colon; at "but"; at a word that
// opens a relative or subordinate clause (and at the words "since" in
// breaks: "since negotiations began"); a clause opened by a subordinator
// at the start of the sentence ends at the next comma; a trailing ", X said" or ", according to X" and a
// leading "X said (that)" are attributions.
func segment(ws []word, breaks map[int]bool) ([]int, []clauseKind) {
	ids := make([]int, len(ws))
	kinds := []clauseKind{mainClause}
	c := 0
	// closeAtComma is set while a clause that ends at the next comma runs
	closeAtComma := false
	// subjectRel is set while a relative clause on the sentence's subject
	// runs ("Gunmen who killed 20 villagers last week were arrested on
	// Tuesday"): once it has a verb, an auxiliary closes it, and the main
	// clause goes on; relVerb says it has had its verb
	subjectRel, relVerb := false, false
	relStart := 0 // where the relative clause on the subject opened
	// mainVerb is set once the first clause has had a finite verb; a
	// relative clause opened before it is on the subject, and a comma
	// then a finite verb after the relative clause's own verb closes it
	// ("Tuesday's attack, in which four teachers were killed, brings to 60
	// the number ..."): the main clause's predicate resumes
	mainVerb := false
	open := func(k clauseKind) {
		c++
		kinds = append(kinds, k)
	}
	for i, w := range ws {
		switch {
		case w.low == ";" || w.low == ":" || w.low == "but":
			if i > 0 {
				open(mainClause)
			}
			closeAtComma = false
		case relative(w.low) || w.low == "that" && relativeThat(ws, i):
			if i > 0 {
				open(relativeClause)
				// (it runs to the next clause break: a relative clause
				// between commas often carries on the tally it adds to)
				closeAtComma = false
				relStart = i
				// (or on a noun in apposition to the subject: "The
				// committee, one of the volunteer groups that have
				// organised aid since the war began, said ...")
				subjectRel, relVerb = c == 1 && (i <= 5 && (w.low == "who" || w.low == "which" || w.low == "that") || !mainVerb && commaAmong(ws[:i])), false
			}
		case subjectRel && relVerb && auxiliary(w.low):
			subjectRel = false
			open(mainClause)
		case subjectRel && (relVerb || habitualRel(ws[relStart:i])) && i > 0 && ws[i-1].low == "," && (finiteVerb(w.low) || pastIrregular[w.low] || commonPast[w.low] || raisingVerb[w.low] || risingVerb[w.low] || sayVerb(w.low)):
			// ("Aircraft of the coalition, which has been bombing the
			// Houthis since March, struck a base": an irregular past
			// closes it as a regular one does)
			// (a relative clause of what the subject does often, its verb
			// in the present, "who often raid the area", is closed by the
			// comma all the same)
			subjectRel = false
			open(mainClause)
		case i == 0 && participle(w.low):
			// "Continuing the trend of almost daily attacks, a warplane
			// struck …": a fronted participial clause up to its comma
			kinds[0] = subordinateClause
			closeAtComma = true
		case subordinator(w.low) && !timeNounAfter(ws, i) || breaks[i]:
			if i == 0 {
				kinds[0] = subordinateClause
				closeAtComma = true
			} else {
				open(subordinateClause)
				// (one opened before the first clause has had its verb
				// is fronted too, and ends at its comma: "On Friday,
				// hours before the bombing, troops repelled an attack",
				// "Troops, after a day of fighting, retook the town")
				closeAtComma = c == 1 && !mainVerb
			}
		case w.low == "," && closeAtComma && i > 0:
			closeAtComma = false
			ids[i] = c
			open(mainClause)
			continue
		case w.low == "as" && i > 0 && (ws[i-1].low == "," || timeWords[ws[i-1].low]) && asClause(ws, i):
			// ", as sporadic clashes continued on several fronts": a
			// clause of its own beside the news, with its own scope; so
			// too after a time that closes the news's predicate ("blew
			// up the bridge a week ago as troops advanced")
			open(subordinateClause)
			closeAtComma = false
		case w.low == "the" && i > 0 && ws[i-1].low == "," && i+1 < len(ws) && ordinalOfSeries[ws[i+1].low] && i >= 4:
			// ", the latest attack blamed on separatists", ", the third
			// such raid this month": an apposition that places the act
			// told in a series, not another act
			open(relativeClause)
			closeAtComma = false
		case (w.low == "a" || w.low == "an") && i >= 4 && ws[i-1].low == "," && i+1 < len(ws) && commentNoun(ws[i+1].low):
			// ", a claim Kyiv did not confirm", ", a charge the group
			// denies", ", an account that could not be verified": an
			// apposition that comments on the clause before it; its
			// denial or doubt has a scope of its own and leaves the act
			// told as told
			open(relativeClause)
			closeAtComma = false
		case w.low == "without" && i > 0 && i+1 < len(ws) && strings.HasSuffix(ws[i+1].low, "ing"):
			// "arrested five men in Tafas, without saying whether they
			// were linked to the attack": a clause of its own, whose
			// doubt or negation scopes only it
			open(subordinateClause)
			closeAtComma = false
		case w.low == "with" && i > 0 && ws[i-1].low == "," && absoluteWith(ws, i):
			// ", with the doctors' union saying 185 had been killed since
			// Saturday": an absolute clause beside the news, with a scope
			// of its own
			open(subordinateClause)
			closeAtComma = false
		case i > 0 && ws[i-1].low == "," && (participle(w.low) || pastParticipleClause(ws, i)):
			// ", killing 12 soldiers", ", raising the toll to 177": a
			// participial clause
			open(subordinateClause)
			closeAtComma = false
		}
		if subjectRel && i > 0 && !relative(w.low) && finiteVerb(w.low) {
			relVerb = true
		}
		if c == 0 && i > 0 && finiteVerb(w.low) && !w.hyph {
			// (not the second half of a compound: "the Saudi-led
			// coalition")
			mainVerb = true
		}
		ids[i] = c
	}
	kinds = markAttributions(ws, ids, kinds)
	return ids, kinds
}

// commonPast are common irregular past tenses that may be the main verb
// after a relative clause on the subject ("Syrian government forces,
// which have been pushing into Hama for four weeks, came under a
// counter-attack").
var commonPast = map[string]bool{
	"came": true, "went": true, "began": true, "fell": true, "held": true, "made": true, "met": true,
	"ran": true, "sent": true, "stood": true, "gave": true, "brought": true, "kept": true, "lost": true, "led": true,
}

// commaAmong reports whether a comma stands among words ws.
func commaAmong(ws []word) bool {
	for _, w := range ws {
		if w.low == "," {
			return true
		}
	}
	return false
}

// markAttributions finds the attribution of a sentence and gives it a
// clause of its own: ", X said" or ", according to X" at its end, "X said
// (that)" or "According to X," at its start.
func markAttributions(ws []word, ids []int, kinds []clauseKind) []clauseKind {
	n := len(ws)
	if n == 0 {
		return kinds
	}
	end := n
	for end > 0 && ws[end-1].punc {
		end--
	}
	// a trailing attribution: the last comma before a verb of saying
	// within the last eight words, or before "according to"
	for i, words := end-1, 0; i > 0 && words <= 10; i-- {
		if ws[i].low != "," {
			if !possessiveMark(ws, i) {
				words++ // (a quotation mark or a possessive's "'s" is no word: "," Ukraine's army said ...")
			}
			continue
		}
		if attributionTail(ws[i+1 : end]) {
			return retag(ids, kinds, i+1, n)
		}
		break
	}
	// (", according to a member of the Civilian Joint Task Force who
	// reached Maiduguri on Monday": a teller described at length, with
	// no comma after it, is the attribution to the end)
	for i := end - 3; i > 0 && i >= end-25; i-- {
		if ws[i].low == "," && ws[i+1].low == "according" && ws[i+2].low == "to" {
			if !slices.ContainsFunc(ws[i+3:end], func(w word) bool { return w.punc && w.low != "'" }) {
				return retag(ids, kinds, i+1, n)
			}
			break
		}
	}
	// a leading attribution
	if n > 1 && ws[0].low == "according" && ws[1].low == "to" {
		for i := 2; i < n && i < 12; i++ {
			if ws[i].low == "," {
				return retag(ids, kinds, 0, i)
			}
		}
	}
	// (past a short fronted phrase: "For its part, the media office of
	// the military council in Taiz said")
	from := 0
	for i := 1; i < n && i <= 4; i++ {
		if ws[i].low == "," {
			from = i + 1
			break
		}
		if ws[i].punc {
			break
		}
	}
	reach := 8
	if from > 0 {
		reach = 12
	}
	for i := from + 1; i < n && i < from+reach; i++ {
		if ws[i].punc {
			return kinds
		}
		if sayVerb(ws[i].low) && !ws[i].hyph && !passiveAt(ws, i) { // ("an IS-claimed attack" is no attribution)
			if ws[i-1].low == "and" {
				// "Rebels entered Damascus and declared the city free":
				// a second verb of the subject's, after an act of its own
				return kinds
			}
			k := i + 1
			if ws[i].low == "told" {
				// "he told our station that ...", "told reporters on
				// Monday that ...": the hearer is the attribution's
				for j := k; j < n && j <= k+5 && !ws[j].punc; j++ {
					if ws[j].low == "that" {
						k = j
						break
					}
				}
			}
			if k < n && ws[k].low == "that" && !(k+1 < n && demonstratedActs[ws[k+1].low]) {
				k++ // (not the "that" of "claimed that attack": a demonstrative)
			}
			if k < n {
				return retag(ids, kinds, from, k)
			}
			return kinds
		}
	}
	return kinds
}

// demonstratedActs are nouns of an act a demonstrative "that" may stand
// before ("claimed that attack").
var demonstratedActs = map[string]bool{"attack": true, "attacks": true, "bombing": true, "bombings": true, "blast": true, "blasts": true,
	"killing": true, "killings": true, "ambush": true, "raid": true, "assault": true, "strike": true, "explosion": true,
	"kidnapping": true, "abduction": true, "massacre": true, "shooting": true, "operation": true, "incident": true}

// passiveAt reports whether the verb at word i is passive and followed by
// where ("strikes were also reported in X", "blasts were reported
// across the city"): it tells what happened there, not who told it.
func passiveAt(ws []word, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	switch ws[i+1].low {
	case "in", "at", "near", "across", "around", "outside", "inside":
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch ws[k].low {
		case "was", "were", "been", "being", "is", "are":
			return true
		case "also", "widely", "first", "later":
			continue
		}
		return false
	}
	return false
}

// attributionTail reports whether words read "X said", "said X", "X told
// reporters", "according to X" (with at most eight words).
func attributionTail(ws []word) bool {
	// (a possessive's mark and "s" are no words of their own: "Ukraine's
	// army said in a statement on Thursday")
	n := 0
	for k := range ws {
		if !possessiveMark(ws, k) {
			n++
		}
	}
	if len(ws) == 0 || n > 9 || subordinator(ws[0].low) {
		return false // (", while prosecutors said 20 were hurt" tells news of its own)
	}
	if len(ws) >= 2 && ws[0].low == "according" && ws[1].low == "to" {
		return true
	}
	for k, w := range ws {
		if sayVerb(w.low) && !(w.low == "claimed" && k+1 < len(ws) && ws[k+1].low == "by") {
			// (", an attack later claimed by the Islamic State group"
			// names who did it, not who told it)
			return true
		}
	}
	return false
}

// possessiveMark reports whether word k is punctuation or the "s" of a
// possessive ("Ukraine's"): no word of its own when words are counted.
func possessiveMark(ws []word, k int) bool {
	return ws[k].punc || ws[k].low == "s" && k > 0 && ws[k-1].punc
}

// retag makes words [a, b) a clause of their own, an attribution, and
// returns the kinds with it.
func retag(ids []int, kinds []clauseKind, a, b int) []clauseKind {
	if a >= b {
		return kinds
	}
	id := len(kinds)
	for i := a; i < b; i++ {
		ids[i] = id
	}
	return append(kinds, attributionClause)
}

// participle reports whether a word is a present participle that opens a
// clause after a comma ("killing", "raising", "leaving"), not a noun or a
// preposition ending in -ing ("morning", "building", "including",
// "according", "during").
func participle(w string) bool {
	if len(w) < 6 || w[len(w)-3:] != "ing" {
		return false
	}
	switch w {
	case "including", "according", "during", "following", "regarding", "concerning", "excluding",
		"morning", "evening", "building", "buildings", "nothing", "something", "anything", "everything",
		"spring", "wedding", "ceiling", "meeting", "fighting", "bombing", "shelling", "shooting",
		"uprising", "offering", "clothing", "housing", "training", "funding", "crossing", "landing":
		return false
	}
	return true
}

// ordinalOfSeries are the words after "the" that place an act in a
// series of its kind ("the latest attack", "the third such raid").
var ordinalOfSeries = map[string]bool{"latest": true, "first": true, "second": true, "third": true, "fourth": true, "fifth": true, "deadliest": true, "worst": true, "bloodiest": true}

// habitualRel reports whether the words of a relative clause tell what
// its noun does as a rule ("who often raid the area", "which regularly
// shells the town"): an adverb of frequency before its verb in the
// present, a verb finiteVerb does not know.
func habitualRel(ws []word) bool {
	for _, w := range ws {
		switch w.low {
		case "often", "frequently", "regularly", "routinely", "usually", "repeatedly", "sometimes", "occasionally":
			return true
		}
	}
	return false
}

// relativeThat reports whether "that" at word i opens a relative clause
// ("a town that was taken over"): after a noun, not a verb of saying, and
// before a verb.
func relativeThat(ws []word, i int) bool {
	if i == 0 || i+1 >= len(ws) {
		return false
	}
	prev, next := ws[i-1].low, ws[i+1].low
	if sayVerb(prev) || ws[i-1].punc || prev == "so" || prev == "such" {
		return false
	}
	switch next {
	case "was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "killed", "left":
		return true
	}
	return objectRelativeThat(ws, i)
}

// objectRelativeThat reports whether "that" at word i opens a relative
// clause whose subject follows it ("the city that the army retook two
// weeks ago", "a post that militants overran"): after a noun a determiner
// opens, one that says nothing ("reports that", "fears that" open what
// they tell), then a subject of at most three words and a verb in the
// past.
func objectRelativeThat(ws []word, i int) bool {
	if i < 2 || contentNoun[ws[i-1].low] {
		return false
	}
	switch ws[i-2].low {
	case "the", "a", "an", "this", "its", "their", "his", "her":
	default:
		return false
	}
	if i >= 3 && (sayVerb(ws[i-3].low) || tellVerb[ws[i-3].low]) {
		return false // "witnesses told the group that soldiers rounded up men": what was told
	}
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		w := ws[k]
		if w.punc {
			return false
		}
		if k > i+1 && (pastIrregular[w.low] || strings.HasSuffix(w.low, "ed") && !w.cap) {
			return true
		}
	}
	return false
}

// tellVerb are the verbs of telling someone, after whom "that" opens what
// they were told ("told the group that", "warned the villagers that").
var tellVerb = map[string]bool{"told": true, "tells": true, "tell": true, "informed": true, "warned": true, "assured": true,
	"reminded": true, "convinced": true, "notified": true, "briefed": true, "promised": true}

// contentNoun are the nouns a "that" after them opens the content of
// ("reports that", "the claim that", "fears that"), not a relative clause.
var contentNoun = map[string]bool{
	"report": true, "reports": true, "claim": true, "claims": true, "news": true, "fear": true, "fears": true,
	"statement": true, "warning": true, "allegation": true, "allegations": true, "evidence": true, "sign": true,
	"signs": true, "hope": true, "hopes": true, "belief": true, "fact": true, "rumour": true, "rumours": true,
	"rumor": true, "rumors": true, "idea": true, "assurance": true, "assurances": true, "message": true, "word": true,
	"possibility": true, "suspicion": true, "suspicions": true, "concern": true, "concerns": true, "view": true,
}

// pastParticipleClause reports whether a past participle after a comma
// opens a clause of its own (", held by Islamic State since 2015", ",
// backed by air strikes"): a participle followed by "by".
func pastParticipleClause(ws []word, i int) bool {
	return strings.HasSuffix(ws[i].low, "ed") && i+1 < len(ws) && ws[i+1].low == "by" || ws[i].low == "held" && i+1 < len(ws) && ws[i+1].low == "by"
}

// markReducedRelatives gives a clause of its own, a relative one, to each
// present participle that describes the people named just before it, a
// relative clause without its "who is" ("three volunteers fighting
// alongside the army", "civilians fleeing the town"): it follows a
// counted noun or a side's name, with no comma between, and runs to its
// complement's end (the next comma, clause or preposition after a word of
// its own).
func (s *sentence) markReducedRelatives() {
	for i := 1; i < len(s.words); i++ {
		w := s.words[i]
		if w.punc || w.cap || !strings.HasSuffix(w.low, "ing") || len(w.low) < 6 || !participle(w.low) && !fightingWord(w.low) {
			continue
		}
		if s.clauseKindAt(i) != mainClause || s.clause[i] != s.clause[i-1] || !s.namesPeopleAt(i-1) {
			continue
		}
		end, own := i+1, false
		for ; end < len(s.words) && s.clause[end] == s.clause[i]; end++ {
			x := s.words[end]
			if x.punc && x.low != "'" && x.low != "-" || own && (prepositions[x.low] || finiteVerb(x.low)) {
				break
			}
			own = own || !prepositions[x.low]
		}
		id := len(s.clauseKinds)
		s.clauseKinds = append(s.clauseKinds, relativeClause)
		for k := i; k < end; k++ {
			s.clause[k] = id
		}
		i = end - 1
	}
}

// namesPeopleAt reports whether word i ends the name of people: the word
// a number counts ("three volunteers") or a side's name ("the militia").
func (s *sentence) namesPeopleAt(i int) bool {
	if s.words[i].punc {
		return false
	}
	sp := s.words[i].span
	for _, q := range s.quants {
		if q.Head != "" && q.HeadSpan == sp {
			return true
		}
	}
	for _, m := range s.actors {
		if m.Span.End == sp.End && m.Actor != nil {
			return true
		}
	}
	// the second of two nouns of people joined by "and" ("53 soldiers
	// and volunteers")
	return i >= 2 && s.words[i-1].low == "and" && plainNoun(s.words[i]) && isPlural(s.words[i].low) && s.namesPeopleAt(i-2)
}

// finiteVerb reports whether a word after a reduced relative clause's
// complement is likely the main clause's verb ("... the army killed 30"):
// a past form or an auxiliary.
// timeWords are the words a time adverbial ends in ("a week ago", "on
// Monday", "early this morning"): after one, "as" and a clause tells what
// went on at that time, not a comparison or a role.
var timeWords = map[string]bool{
	"ago": true, "yesterday": true, "today": true, "tonight": true, "overnight": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "dawn": true, "dusk": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// asClause reports whether the "as" at i opens a clause: a subject of up
// to four words (no comma) and a finite verb ("as sporadic clashes
// continued"), not a comparison or a role ("as well as", "as part of").
func asClause(ws []word, i int) bool {
	end := i + 5
	for k := i + 2; k < len(ws) && k <= end; k++ {
		if ws[k].punc && k+1 < len(ws) && ws[k+1].span.Start-ws[k].span.End <= 1 && !ws[k+1].punc && ws[k].low != "," {
			end++ // a stop inside a word ("U.S.-backed forces") is no break
			continue
		}
		if ws[k].punc {
			return false
		}
		if finiteVerb(ws[k].low) {
			return !ws[i+1].punc && ws[i+1].low != "well" && ws[i+1].low != "part" && ws[i+1].low != "a"
		}
	}
	return false
}

func finiteVerb(w string) bool {
	switch w {
	case "was", "were", "is", "are", "has", "have", "had", "will", "would", "shot", "hit", "took", "fled", "left",
		"could", "can", "cannot", "should", "might", "may", "must", "did", "does", "do":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// prepositions end a reduced relative clause's complement.
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "near": true, "during": true, "after": true, "before": true,
	"with": true, "by": true, "from": true, "into": true, "outside": true, "inside": true, "alongside": true,
	"against": true, "for": true, "across": true, "around": true, "of": true, "to": true, "when": true,
}

// absoluteWith reports whether "with" at word i opens an absolute clause:
// a subject and a present participle before the next comma ("with
// residents reporting gunfire", "with the toll rising"), not a
// prepositional phrase ("with heavy weapons", "with 12 killed").
func absoluteWith(ws []word, i int) bool {
	for k := i + 2; k < len(ws) && k <= i+7; k++ {
		switch ws[k].low {
		case ",", ";", ":", ".", "and":
			return false
		}
		if participle(ws[k].low) {
			return true
		}
	}
	return false
}

// timeNounAfter reports whether a subordinator is a preposition before a
// time of day or an event ("before dawn", "after midnight", "after
// Friday prayers"), not the opening of a clause.
func timeNounAfter(ws []word, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	switch ws[i].low {
	case "before", "after", "until":
	default:
		return false
	}
	switch ws[i+1].low {
	case "dawn", "daybreak", "sunrise", "sunset", "dusk", "nightfall", "noon", "midday", "midnight", "prayers":
		return true
	}
	return false
}

// auxiliary reports whether a word is a finite auxiliary that can open a
// main clause's predicate ("were arrested", "has claimed").
func auxiliary(w string) bool {
	switch w {
	case "was", "were", "is", "are", "has", "have", "had", "will":
		return true
	}
	return false
}
