package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/quantity"
	"github.com/sitrep/sitrep/textutil"
	"github.com/sitrep/sitrep/timex"
)

// analysis is one document read for extraction: its sentences and every
// typed mention over its cleaned text.
type analysis struct {
	// owner maps each sentence an incident is told in to that incident
	// (sentenceOwners), once incidents are settled
	owner   map[int]*incident
	doc     *sitrep.Document
	text    string
	sents   []*sentence
	places  []gazetteer.Mention
	country string // the document's focus country (ISO2), "" when unclear
	// groups counts the armed groups the document names, for the side a
	// place was taken from or the militants hurt; acting counts those it
	// tells acting, for reading "the militants" as the one group it is
	// about (actingGroup), counted on first use once every sentence is read
	groups     map[string]int
	acting     map[string]int
	actingRead bool
	// identified is the side the report says its unnamed doers were
	// ("the attackers belonged to Los Lobos"), worked out once
	identified     *actors.Actor
	identifiedRead bool
	// the report's main place and the state's side it names most, each
	// worked out once
	main      *sitrep.Location
	mainRead  bool
	state     *actors.Actor
	stateRead bool
	// unread is the end of the text past MaxSentences, not read
	unread sitrep.Span
	// enclosing maps a place's name key to the place the report first
	// puts it in ("Patikul, Sulu": patikul → Sulu), built on first use
	enclosing map[string]string
	// lastDay is the last day told in the sentences read so far: "later in
	// the day", "the next day" resolve against it
	lastDay sitrep.Date
	// trace, when set, is told each grouping decision (for --explain)
	trace func(format string, args ...any)
	// factions maps a country's forces to the faction of them the report
	// tied them to ("Libyan forces allied with the UN-backed
	// government": Libyan government forces → GNA forces), for the rest
	// of the report (factionOfForces)
	factions map[string]*actors.Actor
	// namedActors are the armed groups the report names that the actor
	// dictionary does not hold, by their lower-cased names, and
	// namedAcronyms the acronyms given them in brackets (namedGroups)
	namedActors   map[string]*actors.Actor
	namedAcronyms map[string]*actors.Actor
	// lead is the one side the report's summing lead tells as acting
	// (leadSide), once read
	lead     *actors.Actor
	leadSpan sitrep.Span
	leadRead bool
	// published is the day relative dates resolve against: the report's
	// publication date, or for a report without one the day its own
	// words fix (referenceDay), or none
	published sitrep.Date
	// sideWords are the words of the text read for sides as a whole,
	// kept for each sentence's search while the sentences are annotated
	sideWords *actors.Words
}

// sentence is one sentence with its annotations; word indices refer to words.
type sentence struct {
	idx      int
	span     sitrep.Span
	words    []word
	headline bool
	// country is the country a sentence opens on as its setting ("Mali:
	// ...", "In Niger, ..."): a round-up's item, read in that country
	country string

	triggers []trigHit
	markers  []hit // lexicon markers
	// cause is the span of words [from, to) the sentence's own act is
	// about ("protested against the killing of a student", "to mark the
	// anniversary of the bombing that killed 200", "a film about the
	// siege of Marawi"): a cause, a memory or a subject, not the
	// incident's own acts and dead ({0, 0} when none; causeSpan)
	cause  [2]int
	quants []quantity.Quantity
	times  []timex.Expr
	actors []actors.Mention
	places []int // indices into analysis.places
	cas    []*casualty
	// personEnd is, at each word that ends a noun of people of the
	// lexicon ("worshippers", "police officers"), the group it names
	personEnd []string
	// groupMentions are the armed groups the sentence names as a party
	// (not asked about, denied, nor the source of the news)
	groupMentions []groupMention
	victims       map[string]bool // groups said to be hurt without a count
	zeros         []zeroTold      // "no one was hurt": the counts it tells are zero

	cumulative bool // some of its counts are running totals, not one incident's
	// tollPronoun is set when the sentence opens with "It" standing for a
	// toll the sentence before told ("... put the toll at nine dead. It
	// had risen to 15 by Monday")
	tollPronoun bool
	// sumDay is the day a sentence sums that day's acts on, told one by
	// one after it ("12 people were killed in two attacks on Monday"),
	// or nil
	sumDay    *timex.Expr
	aggregate bool // it sums a long period ("since October"): no incident
	// clause numbers each word's clause; cumClause and aggClause say which
	// clauses a running-total cue reaches, so a cue in a relative clause
	// ("the city, which IS has held since 2014") leaves the main clause be.
	clause      []int
	clauseKinds []clauseKind // per clause number
	cumClause   map[int]bool
	aggClause   map[int]bool
	background  bool // history outside the report's news window
	// anchored is set for the clause a sentence places its news after
	// ("... came 16 hours after dogs foiled an attempt"): another happening
	anchored bool
	// daysBefore is, for an anchored clause, how many days before the
	// news the words put it ("a day after": 1, "two days after": 2), or
	// -1 when they do not say in days
	daysBefore int
	// aboutDays is set for an anchored clause put a bare span before the
	// news (", days after ..."): daysBefore is a guess, to the week
	aboutDays bool
	// headAfter is set for an anchored clause that opens its sentence
	// ("Two days after gunmen killed 12 worshippers, police said ..."):
	// the news it is told before comes in the sentence after it
	headAfter bool
	// colonItem numbers the acts of a list after a colon read as
	// sentences of their own (colonListPieces): 1 for the first, 2 for
	// the next...; 0 for any other sentence. Each is an incident of its
	// own. listIntro marks the line before the colon: it sums the acts
	// listed and tells none of its own (its day dates them: framingDate).
	colonItem int
	// item is 1 + the index of the item label ("Eringeti, Beni territory
	// (22 November).") that opens the paragraph item this sentence is in,
	// or 0; a label itself has its own index
	item      int
	listIntro bool
	// afterAnchor is set for the news that follows such an opening
	// clause: another happening than the one the clause tells
	afterAnchor bool
	// foundAt is, for a sentence that tells dead found and, after an
	// anchoring "after", the act that killed them ("recovered the bodies
	// of four men on Monday, a day after gunmen opened fire on a
	// village"), the index of that "after"; foundDays is how many days
	// the finding came after the act. 0 and -1 otherwise.
	foundAt, foundDays int
	// countSites is set for a sentence that tells its counts each at a
	// place of its own (see countSites), read once
	countSites     bool
	countSitesRead bool
	countSiteList  []int
	// sharedSites is set for a sentence whose counts are each shared out
	// over places (see sharedSites)
	sharedSites bool
}

// groupMention is an armed group a sentence names as a party: its
// canonical name, where it is named, and whether it claims an act there.
type groupMention struct {
	name   string
	span   sitrep.Span
	claims bool
	// harmed is set for a group counted as the object of another side's
	// act of harm ("soldiers killed 19 cartel gunmen"): acted on, not acting
	harmed bool
}

// trigHit is a trigger phrase found in a sentence.
type trigHit struct {
	hit
	trigger
	class    class
	irrealis bool // "plans to retake", "will attack"
	// anaphoric is set for a trigger inside a phrase that points back at
	// an incident already told ("the blast", "the attack").
	anaphoric bool
	// aggregate is set for a trigger in a clause that sums a period.
	aggregate bool
	// background is set for a trigger whose nearest date is history.
	background bool
}

// tollNamed reports whether a casualty is told as a toll by its noun ("a
// toll of 11", "a death toll of 40"): a figure given, whose day is the
// day it was given.
func (s *sentence) tollNamed(c *casualty) bool {
	i := s.wordAt(c.span.Start)
	if i < len(s.words) && s.words[i].low == "death" {
		i++
	}
	return i+1 < len(s.words) && s.words[i].low == "toll" && s.words[i+1].low == "of"
}

// remaindersOfTotals marks as running totals the counts told as the rest
// of a running total given before ("the army did not say where the
// remaining 25 militants were killed", after "63 terrorists had been
// neutralised during the past week"): what is left of a week's or a
// campaign's figure once its incidents are told is no incident's count.
func (a *analysis) remaindersOfTotals(s *sentence) {
	for _, c := range s.cas {
		i := s.wordAt(c.np.Start)
		if i < 1 || s.words[i-1].low != "remaining" && !(i >= 2 && s.words[i-1].low == "of" && s.words[i-2].low == "rest") {
			continue
		}
		for _, p := range a.sents[:s.idx] {
			if slices.ContainsFunc(p.cas, func(d *casualty) bool {
				return d.cumulative && d.kind == c.kind && d.count.BestOr(0) > c.count.BestOr(0)
			}) {
				c.cumulative = true
				break
			}
		}
	}
}

// placeAt reports whether a place mention covers the span.
func (a *analysis) placeAt(sp sitrep.Span) bool {
	// the mentions are in text order and do not overlap: the one that
	// could cover sp is the last starting at or before it
	i := sort.Search(len(a.places), func(i int) bool { return a.places[i].Span.Start > sp.Start })
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if a.places[k].Span.Contains(sp) {
			return true
		}
	}
	return false
}

func (a *analysis) sentenceOf(pos int) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].span.End > pos })
	if i < len(a.sents) && a.sents[i].span.Start <= pos {
		return i
	}
	return -1
}

// wordAt returns the index of the first word that ends after byte pos.
func (s *sentence) wordAt(pos int) int {
	return sort.Search(len(s.words), func(i int) bool { return s.words[i].span.End > pos })
}

// wordRange returns the words [a, b) covered by a byte span.
func (s *sentence) wordRange(sp sitrep.Span) (int, int) {
	a := s.wordAt(sp.Start)
	b := a
	for b < len(s.words) && s.words[b].span.Start < sp.End {
		b++
	}
	return a, b
}

func (s *sentence) hasMarker(name string) bool {
	for _, m := range s.markers {
		if m.val.(string) == name {
			return true
		}
	}
	return false
}

// markerBefore reports whether a marker of the name ends within n words
// before word i (and after any clause break).
func (s *sentence) markerBefore(name string, i, n int) bool {
	return s.markerFrom(name, 0, i, n)
}

// inCapitalName reports whether word i, written with a capital inside
// the sentence, stands in a run of capitalised words ("Baghdad Daily
// Post", "the Weekly Standard"): a word of a name.
func (s *sentence) inCapitalName(i int) bool {
	if i == 0 || i >= len(s.words) || !s.words[i].cap || s.words[i-1].punc && s.words[i-1].low != "(" {
		return false
	}
	prev := !s.words[i-1].punc && s.words[i-1].cap
	next := i+1 < len(s.words) && !s.words[i+1].punc && s.words[i+1].cap
	return prev || next
}

// sayingDays marks as the day of the telling a day that stands between a
// verb of saying and the "that" opening what was said ("said in a
// statement released through its agency yesterday that its fighters had
// struck a patrol", "announced on Monday that"): the day the side spoke,
// not the day of the act it told of.
func (s *sentence) sayingDays() {
	for k := range s.times {
		t := &s.times[k]
		if t.Kind != timex.Point {
			continue
		}
		at, end := s.wordAt(t.Span.Start), s.wordAt(t.Span.End-1)
		if at >= 0 && s.statementBefore(at) {
			t.Kind = timex.Reporting
			t.Note = "the day of a statement: when it was told, not when the act was"
			continue
		}
		if at < 0 || end < 0 || end+1 >= len(s.words) || s.words[end+1].low != "that" {
			continue
		}
		for j := at - 1; j >= 0 && at-j <= 12; j-- {
			w := s.words[j]
			if sayVerb(w.low) {
				t.Kind = timex.Reporting
				t.Note = "the day of the telling: between the verb of saying and what was said"
				break
			}
			if w.punc || s.triggerCovers(j) {
				break
			}
		}
	}
}

// tellersDays reads a day told inside the attribution, beside a day told
// outside it, as the teller's ("..., killed when fighters raided Ngoshe on
// Friday night, according to a member of the militia who reached
// Maiduguri on Monday"): when the news was brought, not when the act was;
// and an act's word there is the teller's doing, none of the news.
func (s *sentence) tellersDays() {
	outside := false
	for _, t := range s.times {
		if at := s.wordAt(t.Span.Start); t.Kind == timex.Point && !t.Background && at >= 0 && s.clauseKindAt(at) != attributionClause {
			outside = true
		}
	}
	if !outside {
		return
	}
	for k := range s.times {
		t := &s.times[k]
		if at := s.wordAt(t.Span.Start); t.Kind == timex.Point && at >= 0 && s.clauseKindAt(at) == attributionClause {
			t.Kind = timex.Reporting
			t.Note = "a day in the attribution: the teller's, not the act's"
		}
	}
	for k := range s.triggers {
		if t := &s.triggers[k]; !t.noun && !s.nounUse(t.i, t.trigger) && s.clauseKindAt(t.i) == attributionClause {
			t.irrealis = true
		}
	}
}

// subjectOfUndone marks as not done a trigger noun that is the subject of
// a verb of acting told as not (yet) done right after it ("Coalition
// aircraft have yet to strike in Diyala", "jets would bomb the town"):
// the weapon did nothing either.
func (s *sentence) subjectOfUndone() {
	for k := range s.triggers {
		t := &s.triggers[k]
		if !t.trigger.noun || t.irrealis {
			continue
		}
		for _, u := range s.triggers {
			if u.trigger.noun || u.i <= t.i || u.i-(t.i+t.n) > 4 || !s.irrealisAt(u.i) {
				continue
			}
			between := true
			for j := t.i + t.n; j < u.i; j++ {
				if s.words[j].punc || isClauseBreak(s.words[j]) {
					between = false
				}
			}
			if between {
				t.irrealis = true
			}
		}
	}
}

// killedInManyActs reports whether the words from k tell many acts the
// dead were killed in: "in air strikes", "in attacks by", "in bombings"
// (a plural noun of acts after "in", within three words).
func (s *sentence) killedInManyActs(k int) bool {
	for j := k; j < len(s.words) && j <= k+3; j++ {
		if s.words[j].low != "in" {
			continue
		}
		for e := j + 1; e < len(s.words) && e <= j+3; e++ {
			switch s.words[e].low {
			case "attacks", "strikes", "airstrikes", "bombings", "raids", "clashes", "ambushes", "explosions", "incidents", "operations", "shelling":
				return true
			}
		}
		return false
	}
	return false
}

// toldByATally reports whether the sentence gives its counts from a
// running tally ("..., according to a tally kept by this outlet", "the
// overall toll"): every count it tells is a running total, whichever
// clause holds it.
func (s *sentence) toldByATally() bool {
	for _, m := range s.markers {
		if m.val.(string) != "cumulative" {
			continue
		}
		for k := m.i; k < m.i+m.n && k < len(s.words); k++ {
			switch s.words[k].low {
			case "tally", "running", "overall", "cumulative":
				return true
			}
		}
	}
	return false
}

// statementBefore reports whether the time expression at word at closes a
// phrase of a statement's telling ("in a statement carried by its news
// agency on Friday", "at a news conference on Monday"): a noun of a
// statement after "in", "at" or "during", within eight words before it
// with no punctuation nor word of acting between.
func (s *sentence) statementBefore(at int) bool {
	for j := at - 1; j >= 1 && at-j <= 8; j-- {
		w := s.words[j]
		if w.punc || s.triggerCovers(j) || w.low == "that" {
			// (past "that" the day is in what was said: "said in a
			// statement that troops pursuing the attackers on Monday
			// killed nine")
			return false
		}
		if !statementNoun[w.low] {
			continue
		}
		for p := j - 1; p >= 0 && p >= j-3; p-- {
			switch s.words[p].low {
			case "in", "at", "during":
				return true
			case "a", "an", "the", "its", "their", "his", "her", "news", "press", "televised", "video", "online", "written", "joint":
				continue
			}
			break
		}
	}
	return false
}

// statementNoun are the nouns of a telling that a day may date: the day
// of the statement, not of what it tells.
var statementNoun = map[string]bool{"statement": true, "statements": true, "communique": true, "communiqué": true,
	"conference": true, "briefing": true, "message": true, "interview": true, "broadcast": true, "post": true,
	"posting": true, "speech": true, "video": true, "recording": true, "tweet": true, "bulletin": true, "release": true}

// mishapActs reports whether the subject of the trigger verb t is a
// mishap named before it ("a landslide hit a village", "floods struck the
// region", "an earthquake of magnitude 6.1 struck"): nature or chance did
// it, no side. Between the mishap and the verb there may stand the rest
// of its noun phrase, but no side, no mark and no other verb.
func (s *sentence) mishapActs(t *trigHit) bool {
	if t.trigger.noun {
		return false
	}
	for _, m := range s.markers {
		if m.val.(string) == "mishap" && m.i < t.i && t.i < m.i+m.n {
			return true // the verb inside the mishap's own words ("a fire swept through")
		}
		if m.val.(string) != "mishap" || m.i+m.n > t.i || t.i-(m.i+m.n) > 5 {
			continue
		}
		own := true
		for k := m.i + m.n; k < t.i && own; k++ {
			w := s.words[k]
			own = !w.punc || w.low == "." // ("magnitude 6.1")
			switch w.low {
			case "was", "were", "is", "are", "has", "have", "had", "been", "and", "that", "which", "who", "when", "as", "after":
				own = false
			}
		}
		for _, a := range s.actors {
			if i := s.wordAt(a.Span.Start); i >= m.i+m.n && i < t.i {
				own = false
			}
		}
		if own {
			return true
		}
	}
	return false
}

// inSinceClause reports whether word i lies in a clause that "since"
// opens ("since Russian troops crossed the border on May 10"): the start
// of a span, not a day of the act.
func (s *sentence) inSinceClause(i int) bool {
	return i < len(s.words) && len(s.clause) == len(s.words) && s.words[s.clauseOpening(i)].low == "since"
}

// supportBefore reports whether a marker of help given to a side
// ("backed by", "alongside") governs the trigger noun at word i: it
// stands within six words before it, with no auxiliary of another
// predicate between ("backed by coalition air strikes"; not "volunteers
// fighting alongside the army were killed in an attack").
func (s *sentence) supportBefore(i int) bool {
	for _, m := range s.markers {
		if m.val.(string) != "support" {
			continue
		}
		end := m.i + m.n
		if end > i || i-end > 6 {
			continue
		}
		own := true
		for k := end; k < i; k++ {
			switch s.words[k].low {
			case "was", "were", "is", "are", "has", "have", "had", "been":
				own = false
			}
		}
		if own {
			return true
		}
	}
	return false
}

// markerFrom is markerBefore for the markers that start at word from or
// later.
func (s *sentence) markerFrom(name string, from, i, n int) bool {
	for _, m := range s.markers {
		if m.val.(string) != name || m.i < from {
			continue
		}
		end := m.i + m.n
		if end <= i && i-end <= n {
			return true
		}
	}
	return false
}

// opensOnMarker reports whether a marker of the given name stands among
// the first four words of the sentence ("Separately, ...", "In a separate
// attack, ...").
func (s *sentence) opensOnMarker(name string) bool {
	for _, m := range s.markers {
		if m.val.(string) == name && m.i <= 3 {
			return true
		}
	}
	return false
}

// contextBefore reports whether a context marker ("amid", "after", ...)
// stands within three words before word i; not the "after" that opens a
// clause split off as the happening it anchors to ("... arrested 45
// people | after clashes left two dead"): that clause is told for itself.
func (s *sentence) contextBefore(i int) bool {
	from := 0
	if s.anchored {
		from = 1
	}
	return s.markerFrom("context", from, i, 3)
}

func (x *Extractor) analyse(doc *sitrep.Document) *analysis {
	a := &analysis{doc: doc, text: doc.Text, groups: map[string]int{}, published: doc.Published}
	if doc.Published.IsZero() {
		if d, why := referenceDay(doc.Text); !d.IsZero() {
			a.published = d
			doc.Notes = append(doc.Notes, "no publication date: relative dates resolved against "+string(d)+", "+why)
		}
	}
	spans := textutil.Sentences(doc.Text)
	title := strings.TrimSpace(doc.Title)
	read := 0 // words read so far
	for i, sp := range spans {
		if read >= MaxWords {
			a.unread = sitrep.Span{Start: sp.Start, End: len(doc.Text)}
			break
		}
		ws := splitWordsMax(doc.Text, sp, MaxWords-read)
		read += len(ws)
		ws = dropScareQuotes(ws)
		if len(ws) > 0 && ws[len(ws)-1].span.End < sp.End && read >= MaxWords {
			// the budget ends inside this sentence
			sp.End = ws[len(ws)-1].span.End
			a.unread = sitrep.Span{Start: sp.End, End: len(doc.Text)}
		}
		if len(ws) == 0 {
			continue
		}
		if len(ws) > maxSentenceWords {
			// no sentence of prose is so long (a table, a list of
			// numbers): read it in pieces, each as a sentence
			for k := 0; k < len(ws); k += maxSentenceWords {
				piece := ws[k:min(k+maxSentenceWords, len(ws))]
				s := &sentence{span: sitrep.Span{Start: piece[0].span.Start, End: piece[len(piece)-1].span.End}, words: piece}
				x.lex.indexWords(s.words)
				a.sents = append(a.sents, s)
			}
			continue
		}
		if pieces := runOnPieces(ws); len(pieces) > 1 {
			// a run-on sentence of several happenings strung on ", while"
			// and ", also" (monitors' bulletins): one sentence each
			for _, piece := range pieces {
				s := &sentence{span: sitrep.Span{Start: piece[0].span.Start, End: piece[len(piece)-1].span.End}, words: piece}
				x.lex.indexWords(s.words)
				a.sents = append(a.sents, s)
			}
			continue
		}
		if pieces := x.colonListPieces(ws); len(pieces) > 1 && !(i == 0 && title != "") {
			// "FARC fighters carried out a wave of attacks on Sunday: a
			// soldier was killed in Suarez, two more died near Jamundi,
			// and a police station in Morales was hit": the line that
			// introduces the list, then each act of it, one sentence each
			for n, piece := range pieces {
				s := &sentence{span: sitrep.Span{Start: piece[0].span.Start, End: piece[len(piece)-1].span.End}, words: piece, colonItem: n, listIntro: n == 0}
				x.lex.indexWords(s.words)
				a.sents = append(a.sents, s)
			}
			continue
		}
		if pieces := x.coordinatePieces(ws); len(pieces) > 1 && !(i == 0 && title != "") {
			// "Russian forces shelled Kherson, while Ukrainian drones
			// struck Belgorod": two acts, each with its own subject, one
			// sentence each
			for _, piece := range pieces {
				s := &sentence{span: sitrep.Span{Start: piece[0].span.Start, End: piece[len(piece)-1].span.End}, words: piece}
				x.lex.indexWords(s.words)
				a.sents = append(a.sents, s)
			}
			continue
		}
		s := &sentence{span: sp, words: ws}
		x.lex.indexWords(s.words)
		if i == 0 && title != "" && strings.TrimSpace(doc.Text[sp.Start:sp.End]) == title || isHeading(doc.Text, sp, s.words) || i == 0 && repeatedLater(doc.Text, sp, s.words) {
			s.headline = true
		}
		// "The attack came 16 hours after dogs foiled an attempt ...":
		// the clause after "after" tells another happening, read on its own
		if k, c := anchoringOpener(s.words); k > 0 && !s.headline {
			// "Two days after gunmen killed 12 worshippers in Ondo,
			// police said they had arrested five suspects": the opening
			// clause tells the earlier happening, the rest the news
			lead := sitrep.Span{Start: sp.Start, End: s.words[c-1].span.End}
			rest := sitrep.Span{Start: s.words[c+1].span.Start, End: sp.End}
			a.sents = append(a.sents,
				&sentence{span: lead, words: s.words[:c], anchored: true, headAfter: true, background: longBefore(s.words[:k]), daysBefore: daysBefore(s.words, k)},
				&sentence{span: rest, words: s.words[c+1:], afterAnchor: true})
			continue
		}
		if k := x.anchoringClause(s.words); k > 0 && !s.headline && x.findsDeadOfAct(s.words, k) {
			// one incident: the dead found, and the act that killed them,
			// dated by the anchor (see eventDate's caller)
			s.foundAt, s.foundDays = k, daysBefore(s.words, k)
		} else if k > 0 && !s.headline {
			head := sitrep.Span{Start: sp.Start, End: s.words[k-1].span.End}
			tail := sitrep.Span{Start: s.words[k].span.Start, End: sp.End}
			a.sents = append(a.sents,
				&sentence{span: head, words: s.words[:k]},
				&sentence{span: tail, words: s.words[k:], anchored: true, background: longBefore(s.words[:k]) || pastYearJustBefore(s.words[:k], doc.Published), daysBefore: daysBefore(s.words, k), aboutDays: bareSpanBefore(s.words, k)})
			continue
		}
		a.sents = append(a.sents, s)
	}
	for i, s := range a.sents {
		s.idx = i
	}
	summaryBullets(doc.Text, a.sents)
	// a report that is nothing but headlines (a feed item with no
	// description, a list of wire headlines) tells its incidents there
	body := false
	for _, s := range a.sents {
		body = body || !s.headline
	}
	if !body {
		for _, s := range a.sents {
			s.headline = false
		}
	}
	var hints map[string]float64
	if x.gaz != nil {
		// (only the text read: a document past MaxWords is not searched
		// further for places)
		read := doc
		if a.unread.End > a.unread.Start {
			cut := *doc
			cut.Text = doc.Text[:a.unread.Start]
			read = &cut
		}
		// (the sides named in the text read, found once: they weigh the
		// countries and mark the places inside their names)
		var sides []actors.Mention
		if x.actors != nil {
			a.sideWords = x.actors.Read(read.Text)
			sides = x.actors.FindIn(a.sideWords, read.Text, sitrep.Span{Start: 0, End: len(read.Text)}, "")
		}
		hints = countryHints(sides)
		a.places = x.gaz.FindIn(read, gazetteer.Context{Hints: hints, Named: x.isActorName})
		a.places = x.placesOutsideNames(read.Text, sides, a.places)
		// (in text order, as placeAt and sentence lookups assume)
		sort.SliceStable(a.places, func(i, j int) bool { return a.places[i].Span.Start < a.places[j].Span.Start })
		oneSensePerName(a.places)
	}
	a.country = focusCountry(a.text, a.places, hints)
	if a.country == "" {
		// no place says which country: the country of the sides the
		// report names ("al-Shabaab ambushed an army convoy": Somalia's
		// army)
		a.country = topHint(hints)
	}
	for pi, m := range a.places {
		if si := a.sentenceOf(m.Span.Start); si >= 0 {
			a.sents[si].places = append(a.sents[si].places, pi)
		}
	}
	for _, s := range a.sents {
		x.annotate(a, s)
	}
	a.sideWords.Release()
	x.airStrikes(a)
	if doc.Published.IsZero() {
		a.markBackgroundByReference()
	}
	a.itemLabels()
	court := a.courtReport()
	for _, s := range a.sents {
		s.applyBackground()
		s.stateSince(a.published)
		if court {
			s.courtMatter(a.published)
		}
		s.legalMatter()
		s.rehearsedActs()
		s.otherTimeRelative()
		s.displacedTime()
		s.motiveActs()
		if !a.published.IsZero() {
			s.yearNamedActs(a.published)
		}
	}
	return a
}

// stateSince marks as history the acts and counts of a since-clause that
// tells what began a state lasting to now ("France has been on high alert
// since the group launched a series of attacks across Paris, killing 130
// people", "the city has come under frequent fire since an attack on
// December 30 that killed 20 people"): the main clause before it, in the
// perfect, tells no act and no count of its own, and the since-clause names no day of the news. What
// began the state came before it, however long; the report retells it.
func (s *sentence) stateSince(published sitrep.Date) {
	if len(s.clause) != len(s.words) || !hasWord(s.words, "since") {
		return // (most sentences: no map of since-clauses built for them)
	}
	marked := false
	for k := range s.sinceClauses() {
		if k == 0 || s.clause[k] == s.clause[k-1] || s.clauseKindAt(k-1) != mainClause && !superlativeBefore(s, k) {
			continue
		}
		c := s.clause[k-1]
		perfect := false
		for j := k - 2; j >= 0 && s.clause[j] == c; j-- {
			switch s.words[j].low {
			case "has", "have", "had":
				// any perfect: "has been on alert", "has come under
				// frequent fire", "have fled" (the clause's own acts and
				// counts are checked below)
				switch w := s.words[j+1].low; {
				case w == "to" || w == "no" || isArticle(w) || s.words[j+1].punc:
				default:
					perfect = true
				}
			}
		}
		sup := superlativeBefore(s, k)
		if !perfect && !sup {
			continue
		}
		// the since-clause and the clauses hanging on it, up to the next
		// clause of the sentence's own
		last := s.clause[k]
		for j := k; j < len(s.words); j++ {
			if s.clause[j] > last {
				if kind := s.clauseKindAt(j); kind != relativeClause && kind != subordinateClause {
					break
				}
				last = s.clause[j]
			}
		}
		in := func(j int) bool { return j < len(s.words) && s.clause[j] >= s.clause[k] && s.clause[j] <= last }
		own := false
		for _, t := range s.triggers {
			own = own || s.clause[t.i] == c && !sup
		}
		for _, ca := range s.cas {
			// (after a superlative the main clause's own act is the news
			// the since-clause measures: "killed 12 soldiers, the deadliest
			// attack since gunmen killed 40 farmers")
			own = own || s.clause[s.wordAt(ca.span.Start)] == c && !sup
		}
		for ti := range s.times {
			if t := &s.times[ti]; in(s.wordAt(t.Span.Start)) && newsDay(t) && (published.IsZero() || published.Time().Sub(t.Date.Time()) <= 14*24*time.Hour) {
				// "since they erupted on Friday", "since a car bomb killed
				// 20 on March 3" (six days back): the news of a few days
				// (not weeks back: "since an attack on December 30" in a
				// report of February 18)
				own = true
			}
		}
		if own {
			continue
		}
		for i := range s.triggers {
			if in(s.triggers[i].i) {
				s.triggers[i].background, marked = true, true
			}
		}
		for _, ca := range s.cas {
			if in(s.wordAt(ca.span.Start)) {
				ca.background, marked = true, true
			}
		}
	}
	if !marked {
		return
	}
	all := true
	for _, t := range s.triggers {
		all = all && (t.background || t.irrealis)
	}
	for _, ca := range s.cas {
		all = all && ca.background
	}
	s.background = s.background || all
}

// superlativeBefore reports whether a superlative or "first" stands in
// the few words before the since-clause at word k ("the bloodiest day
// since the military seized power", "the first attack on the city since
// the ceasefire", "its worst losses since 2014"): the since-clause names
// an earlier act to measure the news by, not news.
func superlativeBefore(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.words[j].low
		switch w {
		case "first", "worst", "most", "biggest", "largest", "heaviest", "deadliest", "bloodiest", "fiercest", "highest", "latest", "last":
			return true
		}
		if s.words[j].punc || isClauseBreak(s.words[j]) && j != k-1 {
			return false
		}
	}
	return false
}

// courtReport reports whether a report leads with a court's proceeding, an
// anniversary or an obituary: its headline, or its first sentence after
// the headline, tells one in its main clause ("A citizen of Kyrgyzstan on
// Wednesday pleaded not guilty to charges ...", "the country marked seven
// years since the bombings", "commander who held the front dies at 71"),
// with no word of an act before it (but in a relative clause that
// describes someone: "commander who led the ambushes, dies at 71"). Such
// a report retells the acts it
// names; prosecutors told as a source ("prosecutors said four officers
// died in an ambush") make no proceeding, and "gunmen attacked an
// anniversary ceremony" tells an act.
func (a *analysis) courtReport() bool {
	body := 0
	for _, s := range a.sents {
		for _, m := range s.markers {
			if m.val.(string) == "court" && (s.headline || s.clauseKindAt(m.i) == mainClause) && !slices.ContainsFunc(s.triggers, func(t trigHit) bool { return t.i < m.i && !t.irrealis && s.clauseKindAt(t.i) != relativeClause }) {
				return true
			}
		}
		if !s.headline {
			body++
			if body == 1 {
				return false
			}
		}
	}
	return false
}

// courtMatter marks as history, in a report that leads with a court's
// proceeding, every act and count of a sentence that names no day within
// a week of the report (pub): the matter tried, retold. A fresh act told
// with its day ("gunmen attacked the court on Monday") stays news; the day
// of a sentence that tells the proceeding is the proceeding's.
func (s *sentence) courtMatter(pub sitrep.Date) {
	if s.hasMarker("court") || s.opensOnAnaphor() {
		// (the day of a sentence telling the proceeding is the
		// proceeding's; one that opens on the act already named, "The
		// blast, during Friday prayers, killed 41", retells the matter)
		pub = ""
	}
	for i := range s.times {
		t := &s.times[i]
		if !newsDay(t) {
			continue
		}
		if !pub.IsZero() {
			if d := pub.Time().Sub(t.Date.Time()).Hours(); d >= -24 && d <= 7*24 {
				return
			}
		}
	}
	for i := range s.triggers {
		s.triggers[i].background = true
	}
	for _, ca := range s.cas {
		ca.background = true
	}
	s.background = s.background || len(s.triggers) > 0 || len(s.cas) > 0
}

// ranksTheActTold reports whether a sentence opens by ranking the act told
// before among others ("It was the first reported death of a Russian
// general in Syria since 2017", "This was the deadliest attack on the
// town this year"): its counts are that act's, told again.
func (s *sentence) ranksTheActTold() bool {
	if len(s.words) < 4 {
		return false
	}
	switch s.words[0].low {
	case "it", "this", "that":
	default:
		return false
	}
	if w := s.words[1].low; w != "was" && w != "is" {
		return false
	}
	k := 2
	if s.words[k].low == "the" {
		k++
	}
	return k < len(s.words) && (ordinalOfSeries[s.words[k].low] || superlative(s.words[k].low))
}

// underCareOfHurt marks as a part of the hurt a count told only as still
// under care ("13 people suffered minor injuries but 11 were still in
// hospital", "wounding 20, eight of whom remain hospitalised") beside a
// count of the hurt at least as large in its sentence: the ones in
// hospital are among the hurt, not more of them.
func (s *sentence) underCareOfHurt() {
	for _, c := range s.cas {
		if c.subset || !s.underCareWords(c) {
			continue
		}
		for _, d := range s.cas {
			if d != c && d.kind == sitrep.Wounded && !d.subset && !s.underCareWords(d) && d.count.BestOr(0) >= c.count.BestOr(1<<30) {
				c.subset = true
				break
			}
		}
	}
}

// underCareWords reports whether casualty c counts the hurt only as
// under care ("11 were still in hospital", "eight remain hospitalised"),
// not as hurt: a word of care in its words and none of hurt.
func (s *sentence) underCareWords(c *casualty) bool {
	if c.kind != sitrep.Wounded {
		return false
	}
	care := false
	for k := s.wordAt(c.span.Start); k < len(s.words) && s.words[k].span.Start < c.span.End; k++ {
		w := s.words[k].low
		if strings.Contains(w, "injur") || strings.Contains(w, "wound") || strings.Contains(w, "hurt") {
			return false
		}
		care = care || strings.Contains(w, "hospital") || strings.Contains(w, "treated")
	}
	return care
}

// writtenMonthOrYear reports whether t is a month or a year written out
// with its year ("in December 2023", "in 2019"), not told relative to now.
func writtenMonthOrYear(t *timex.Expr) bool {
	return t.Kind == timex.Point && !t.Relative && !t.Date.IsZero() && (t.Precision == sitrep.PrecisionMonth || t.Precision == sitrep.PrecisionYear) && yearWritten(t.Text)
}

// wholeYearIn reports whether clause cl is dated only by a whole year
// ("in 2022", "last year"): the span of a tally, not the day of an act.
func (s *sentence) wholeYearIn(cl int) bool {
	year := false
	for _, t := range s.times {
		a := s.wordAt(t.Span.Start)
		if a < 0 || a >= len(s.words) || s.clause[a] != cl {
			continue
		}
		if t.Precision != sitrep.PrecisionYear {
			return false
		}
		year = true
	}
	return year
}

// yearNamedActs marks as history an act named by an earlier year ("the
// 2015 attack on the hotel", "the 2019 bombings"), and the counts of the
// relative clause that describes it ("…, which killed 20 people"): a
// report of a trial or an anniversary retells it, it does not tell it.
func (s *sentence) yearNamedActs(published sitrep.Date) {
	year := published.Time().Year()
	for i := range s.triggers {
		t := &s.triggers[i]
		if t.i == 0 || !s.yearNamesAct(t.i, year) && !s.oldDayNamesAct(t.i, published) && !s.relativeDatesActOld(t, published) {
			continue
		}
		t.background = true
		if len(s.clause) != len(s.words) {
			continue
		}
		// the clauses that hang on the act's noun ("…, in which a driver
		// ploughed into crowds and killed 86", "…, in which 330 hostages
		// were killed when security forces stormed the building"): the
		// relative clause after it and the clauses depending on that one,
		// up to the next clause of the sentence's own
		last := s.clause[t.i]
		k := t.i + t.n
		for k < len(s.words) && s.clause[k] == last && !finiteVerb(s.words[k].low) {
			k++ // the noun's own phrase ("on the seafront in Nice, in")
		}
		if k < len(s.words) && s.clause[k] == last+1 && s.clauseKindAt(k) == relativeClause {
			last++
			for j := k; j < len(s.words); j++ {
				if s.clause[j] == last+1 {
					if kind := s.clauseKindAt(j); kind != relativeClause && kind != subordinateClause {
						break
					}
					last++
				}
			}
		}
		for _, c := range s.cas {
			if k := s.wordAt(c.span.Start); k > t.i && k < len(s.words) && s.clause[k] > s.clause[t.i] && s.clause[k] <= last {
				c.background = true
			}
		}
		for j := range s.triggers {
			if u := &s.triggers[j]; u.i > t.i && s.clause[u.i] > s.clause[t.i] && s.clause[u.i] <= last {
				u.background = true
			}
		}
	}
}

// relativeDatesActOld reports whether the noun of an act t is followed by
// a relative clause that dates it months back with a written month or
// year ("the nine-month battle, which ended in July 2017 after ...",
// "the siege, which began in 2014"): the act told as history.
func (s *sentence) relativeDatesActOld(t *trigHit, published sitrep.Date) bool {
	last := s.words[t.i+t.n-1].low
	if strings.HasSuffix(last, "ed") || pastIrregular[last] || len(s.clause) != len(s.words) {
		return false // (a verb in the past: the clause after it is its object's)
	}
	k := t.i + t.n
	if k < len(s.words) && s.words[k].low == "," {
		k++
	}
	if k >= len(s.words) || s.words[k].low != "which" && s.words[k].low != "that" {
		return false
	}
	for _, e := range s.times {
		a, _ := s.wordRange(e.Span)
		if a <= k || a >= len(s.words) || s.clause[a] != s.clause[k] || !writtenMonthOrYear(&e) {
			continue
		}
		return published.Time().Sub(e.Date.Time()) >= 60*24*time.Hour
	}
	return false
}

// yearNamesAct reports whether the noun of an act at word i is named by an
// earlier year: right before it ("the 2015 attack") or before the words
// that name its kind ("the 2016 truck attack", "the 2004 school siege").
func (s *sentence) yearNamesAct(i, year int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.yearBefore(k, year) {
			return true
		}
		w := s.words[k]
		if w.punc || w.cap || w.num || npFunction[w.low] || isArticle(w.low) {
			return false
		}
		switch w.low {
		case "of", "in", "on", "at", "by", "for", "from", "to", "and", "or", "with", "after", "since":
			return false
		}
	}
	return false
}

// oldDayNamesAct reports whether the noun of an act at word i is named by
// a day two weeks or more before publication right before it ("the
// October 7 attack" in a report of mid-November): an act of history the
// report names, as "the 2015 attack" is.
func (s *sentence) oldDayNamesAct(i int, published sitrep.Date) bool {
	for _, t := range s.times {
		if t.Kind != timex.Point || t.Precision != sitrep.PrecisionDay || t.Date.IsZero() {
			continue
		}
		if _, b := s.wordRange(t.Span); b != i {
			continue
		}
		return published.Time().Sub(t.Date.Time()) >= 14*24*time.Hour
	}
	return false
}

// yearBefore reports whether word k is a year before the given one.
func (s *sentence) yearBefore(k, year int) bool {
	for _, q := range s.quants {
		if q.Kind == quantity.Year && q.Count.Best != nil && *q.Count.Best < year {
			if qa, qb := s.wordRange(q.Span); qa == k && qb == k+1 {
				return true
			}
		}
	}
	return false
}

// repeatedLater reports whether the body repeats the sentence at sp word
// for word further on (from one of its first words, past a page's date
// or label): a page's summary set above the article, read as a headline
// so that the article tells the incident where it tells it in full.
func repeatedLater(text string, sp sitrep.Span, ws []word) bool {
	for k := 0; k < len(ws) && k <= 3; k++ {
		t := strings.TrimRight(strings.TrimSpace(text[ws[k].span.Start:sp.End]), ".!")
		if len(t) < 40 {
			return false
		}
		if strings.Contains(text[sp.End:], t) {
			return true
		}
	}
	return false
}

// runOnWords is the length past which a sentence is a run-on one that may
// string several happenings together.
const runOnWords = 60

// runOnPieces cuts a run-on sentence at a comma before "while", "also",
// "meanwhile" or "whereas" ("..., where the first video shows 6 bodies
// ..., while the second video shows a field execution ..., also the
// factions arrested a woman ..."), keeping pieces of 12 words or more; a
// sentence of normal length comes back whole (nil).
func runOnPieces(ws []word) [][]word {
	if len(ws) <= runOnWords {
		return nil
	}
	var out [][]word
	start := 0
	for k := 12; k+12 < len(ws); k++ {
		if ws[k].low != "," || k-start < 12 {
			continue
		}
		switch ws[k+1].low {
		case "while", "also", "meanwhile", "whereas":
			out = append(out, ws[start:k+1])
			start = k + 1
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, ws[start:])
}

// coordinatePieces splits a sentence of two coordinated clauses that each
// tell an act of their own with a subject of their own ("Russian forces
// shelled Kherson, killing two, while Ukrainian drones struck Belgorod";
// "The army killed 12 militants in Borno, and bandits killed nine
// villagers in Zamfara"; "…; rebels shelled the town"): the clauses,
// split before ", while", ", whereas", ", and" or ";". A second clause
// that opens on a verb ("…, and killed 12") or a pronoun, or that tells
// no act ("…, while two others were wounded"), stays with the first.
func (x *Extractor) coordinatePieces(ws []word) [][]word {
	for k := 4; k+5 < len(ws); k++ {
		var next int
		switch {
		case ws[k].low == ";":
			next = k + 1
		case ws[k].low == "," && (ws[k+1].low == "while" || ws[k+1].low == "whereas" || ws[k+1].low == "and"):
			next = k + 2
		case ws[k].low == "while" || ws[k].low == "whereas":
			next = k + 1
		default:
			continue
		}
		// (a second subject opened by "another" is a new one: "…, while
		// another bomber was killed at the camp" splits after a first
		// clause told by its dead alone)
		first := x.tellsAct(ws[:k]) || (ws[next].low == "another" || x.laterMarkAt(ws, next)) && x.mainVerbIsAct(ws[:k])
		if !first && x.mainVerbIsAct(ws[:k]) && otherSites(ws[:k], ws[next:]) {
			// "Two soldiers died when their vehicle hit a mine outside
			// Kaya, and three herders were shot dead in Dori": each clause
			// tells its own dead at its own place
			first = true
		}
		if at := frontedTimeEnd(ws, next); at > next {
			// "On Sunday a landmine killed two soldiers near Amchidé, and
			// that night a bomber blew herself up at a checkpoint in
			// Kolofata": a clause set at a time of its own, told before
			// its subject, opens a scene of its own
			next = at
			first = first || x.mainVerbIsAct(ws[min(frontedSiteEnd(ws, 0), k):k])
		}
		if at := frontedSiteEnd(ws, next); at > next {
			// "In Maiduguri, gunmen killed eight villagers; in Gwoza, a
			// bomb killed four soldiers": a clause set at a place of its
			// own, told before its subject, opens a scene of its own
			next = at
			first = first || x.mainVerbIsAct(ws[min(frontedSiteEnd(ws, 0), k):k])
		}
		if !x.opensOwnClause(ws, next) || !first || !x.mainVerbIsAct(ws[next:]) {
			continue
		}
		cut := k + 1 // (after the comma or semicolon; before a bare "while")
		if ws[k].low == "while" || ws[k].low == "whereas" {
			cut = k
		}
		rest := x.coordinatePieces(ws[cut:])
		if rest == nil {
			rest = [][]word{ws[cut:]}
		}
		return append([][]word{ws[:cut]}, rest...)
	}
	return nil
}

// otherSites reports whether two clauses each name a place of their own
// after a preposition of place ("outside Kaya", "in Dori"), and not the
// same one.
func otherSites(a, b []word) bool {
	pa, pb := firstSite(a), firstSite(b)
	return pa != "" && pb != "" && pa != pb
}

// firstSite returns the first capitalised word after a preposition of
// place in ws, lower-cased, or "".
func firstSite(ws []word) string {
	for j := 0; j+1 < len(ws); j++ {
		if sitePrep(ws[j].low) && ws[j+1].cap {
			return ws[j+1].low
		}
	}
	return ""
}

// frontedSiteEnd returns the word after a phrase of place that opens a
// clause at word k and ends at its comma ("in Gwoza,", "near the town of
// Bama,") or, with no comma, at the article that opens the subject after
// the place's name ("in Gwoza a roadside bomb killed", "in Bama the army
// shelled"): a named place (a capitalised word) within five words; or k
// when the clause opens otherwise.
func frontedSiteEnd(ws []word, k int) int {
	if k >= len(ws) || !sitePrep(ws[k].low) {
		return k
	}
	named := false
	for j := k + 1; j < len(ws) && j <= k+6; j++ {
		if ws[j].low == "," {
			if named && j > k+1 {
				return j + 1
			}
			return k
		}
		if ws[j].punc {
			return k
		}
		if w := ws[j].low; named && !ws[j].cap && (w == "a" || w == "an" || w == "the") {
			return j
		}
		named = named || ws[j].cap
	}
	return k
}

// frontedTimeEnd returns the word after a phrase of time that opens a
// clause at word k and sets it at a time of its own ("on Saturday", "on
// Saturday night,", "that night", "later that day", "the next morning",
// "hours later"), or k when the clause opens otherwise.
func frontedTimeEnd(ws []word, k int) int {
	at := func(j int) bool { return j < len(ws) }
	j := k
	switch {
	case at(j+1) && ws[j].low == "on" && weekdayWord(ws[j+1].low):
		j += 2
		if at(j) && partOfDay[ws[j].low] {
			j++
		}
	case at(j+1) && ws[j].low == "that" && (partOfDay[ws[j+1].low] || ws[j+1].low == "day"):
		j += 2
	case at(j+2) && (ws[j].low == "later" || ws[j].low == "earlier") && ws[j+1].low == "that" && (partOfDay[ws[j+2].low] || ws[j+2].low == "day"):
		j += 3
	case at(j+2) && ws[j].low == "the" && (ws[j+1].low == "next" || ws[j+1].low == "following") && (partOfDay[ws[j+2].low] || ws[j+2].low == "day"):
		j += 3
	case at(j+1) && (ws[j].low == "hours" || ws[j].low == "minutes" || ws[j].low == "days") && ws[j+1].low == "later":
		j += 2
	default:
		return k
	}
	if at(j) && ws[j].low == "," {
		j++
	}
	return j
}

// partOfDay are the words for a part of a day ("on Saturday night", "that
// evening").
var partOfDay = map[string]bool{"night": true, "morning": true, "evening": true, "afternoon": true}

// colonListPieces splits a sentence that lists acts after a colon, each in
// a clause with a subject and a verb of its own, set off by commas
// ("FARC fighters carried out a wave of attacks on Sunday: a soldier was
// killed by a sniper in Suarez, two more died when explosives were thrown
// at a patrol near Jamundi, and a police station in Morales was hit by
// gunfire"): the words up to the colon, then each clause of the list. A
// colon followed by one clause only, or by clauses that tell no act, is
// left whole (nil).
func (x *Extractor) colonListPieces(ws []word) [][]word {
	colon := -1
	for k := 3; k+4 < len(ws); k++ {
		if ws[k].low == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return nil
	}
	cuts := []int{colon + 1}
	for k := colon + 4; k+4 < len(ws); k++ {
		if ws[k].low != "," {
			continue
		}
		next := k + 1
		if ws[next].low == "and" {
			next++
		}
		if x.opensOwnClause(ws, next) && x.mainVerbIsAct(ws[next:]) && k-cuts[len(cuts)-1] >= 4 && sitedBeforeComma(ws, next) {
			cuts = append(cuts, k+1)
		}
	}
	if len(cuts) < 3 || !x.opensOwnClause(ws, colon+1) || !x.mainVerbIsAct(ws[colon+1:]) || !sitedBeforeComma(ws, colon+1) {
		return nil // (the colon and two clauses of the list at least)
	}
	var out [][]word
	from := 0
	for _, c := range cuts {
		out = append(out, ws[from:c])
		from = c
	}
	return append(out, ws[from:])
}

// sitedBeforeComma reports whether the words from k up to the next comma
// name a place an act was done at ("in Suarez", "near Jamundi"): an item
// of a list of incidents tells its own place ("…, and two soldiers were
// wounded" tells more of the act before).
func sitedBeforeComma(ws []word, k int) bool {
	for j := k; j+1 < len(ws) && ws[j].low != ","; j++ {
		if sitePrep(ws[j].low) && ws[j+1].cap {
			return true
		}
	}
	return false
}

// laterMarkAt reports whether the clause from word k opens on a time after
// the one before ("an hour later", "minutes later", "later that day"): a
// new happening. (A second act told without one, "and a second bomber
// killed two others at the gate", may be the same incident.)
func (x *Extractor) laterMarkAt(ws []word, k int) bool {
	for j := k; j < len(ws) && j <= k+3; j++ {
		if ws[j].low == "later" {
			return true
		}
		if ws[j].punc {
			return false
		}
	}
	return false
}

// opensOwnClause reports whether the words from k open a clause with a
// subject of its own: a noun phrase (a capitalised name, an article, a
// number or a plural noun), not a verb, an adverb of sequence or a
// pronoun standing for the first clause's subject.
func (x *Extractor) opensOwnClause(ws []word, k int) bool {
	if k >= len(ws) {
		return false
	}
	w := ws[k].low
	switch w {
	case "then", "also", "later", "they", "he", "she", "it", "we", "who", "which", "that", "was", "were", "is", "are", "had", "has", "have", "so", "thus", "as":
		return false
	}
	if ws[k].punc || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	// "…, and four of them were killed": a part of people named in the
	// first clause, whose act it goes on telling
	for j := k + 1; j+1 < len(ws) && j <= k+2; j++ {
		if ws[j].low == "of" && (ws[j+1].low == "them" || ws[j+1].low == "whom" || ws[j+1].low == "those") {
			return false
		}
	}
	if v, n := x.lex.triggers.at(ws, k); n > 0 && !v.(trigger).noun {
		return false // a verb of the act: the first clause's subject goes on
	}
	return true
}

// mainVerbIsAct reports whether the first verb of a clause, after its
// subject, tells an act of violence or what it did to people ("bandits
// killed nine villagers", "two employees were kidnapped"), not something
// else ("the monitor reported calm after shelling that targeted …").
func (x *Extractor) mainVerbIsAct(ws []word) bool {
	for k := 1; k < len(ws) && k < 8; k++ {
		w := ws[k].low
		if ws[k].punc {
			return false
		}
		switch w {
		case "was", "were", "is", "are", "had", "has", "have", "been", "also", "reportedly", "allegedly", "later", "then":
			continue
		}
		if v, n := x.lex.triggers.at(ws, k); n > 0 {
			t := v.(trigger)
			if !t.noun && t.class != "none" && !t.weak {
				return true
			}
		}
		if _, n := x.lex.casualty.at(ws, k); n > 0 && (strings.HasSuffix(w, "ed") || w == "shot") {
			return true
		}
		if strings.HasSuffix(w, "ed") || w == "said" || w == "says" {
			return false // another verb first
		}
	}
	return false
}

// findsDeadOfAct reports whether a sentence cut at an anchoring "after"
// (word k) tells, before it, only dead found — bodies or remains found,
// recovered, discovered, with no act of its own — and, after it, the act
// that killed them, an act told in a verb of its own with no count and
// no named place of its own ("Police recovered the bodies of three
// farmers on Tuesday, a day after gunmen attacked their farm"): one
// incident, the finding and its cause, not two happenings. (When the
// clause after "after" names its own place or its own dead, it may be
// another incident, and the sentence is cut as before; so too when it
// tells the act in the passive, whose doer the finders would be taken
// for.)
func (x *Extractor) findsDeadOfAct(ws []word, k int) bool {
	if ws[k].low != "after" || daysBefore(ws, k) < 0 {
		return false
	}
	head, tail := ws[:k], ws[k+1:]
	bodies, finds := false, false
	for _, w := range head {
		switch w.low {
		case "bodies", "body", "remains", "corpses":
			bodies = true
		case "found", "discovered", "recovered", "retrieved", "unearthed", "exhumed":
			finds = true
		}
	}
	if !bodies || !finds || x.tellsAct(head) || !x.tellsAct(tail) {
		return false
	}
	for j, w := range tail {
		switch w.low {
		case "was", "were", "been", "being":
			// "a week after they were abducted by gunmen": the act done
			// to the dead, its doer told after "by"; the finders, the
			// sentence's subject, would be read as the doer
			return false
		}
		if w.num || isNumberWord(w.low) {
			return false // its own dead: another count
		}
		if j+1 < len(tail) && (w.low == "in" || w.low == "at" || w.low == "near") && tail[j+1].cap {
			return false // its own place
		}
	}
	return true
}

// tellsAct reports whether words tell an act of violence in a verb of
// their own: a trigger used as a verb, not a campaign word.
func (x *Extractor) tellsAct(ws []word) bool {
	for k := range ws {
		if v, n := x.lex.triggers.at(ws, k); n > 0 {
			t := v.(trigger)
			if t.class != "none" && !t.weak && !t.noun && (k == 0 || ws[k-1].low != "the" && ws[k-1].low != "a" && ws[k-1].low != "an") {
				return true
			}
		}
	}
	return false
}

// anchoringClause returns the index of the word "after" or "before" that
// opens a clause a sentence anchors its news to in time — "came 16 hours
// after ...", "comes a day after ...", "two days after ..." — or 0 when
// there is none. The clause tells another happening than the sentence's
// own.
func (x *Extractor) anchoringClause(ws []word) int {
	// "The attacks followed military air strikes on bandit camps": what
	// the news followed is another happening (not "was followed by"),
	// when the subject is the news itself, told again ("the attacks",
	// "it", "this"); "a new film follows three families" follows no
	// happening
	for k := 1; k < len(ws)-3 && k <= 6; k++ {
		if w := ws[k].low; (w == "followed" || w == "follows") && ws[k+1].low != "by" && !ws[k+1].punc {
			switch ws[k-1].low {
			case "was", "were", "is", "are", "been", "be", "had", "has", "have", "who", "which", "that":
				continue
			}
			if !x.newsToldAgain(ws[:k]) {
				break
			}
			return k + 1
		}
		if isClauseBreak(ws[k]) || ws[k].low == "," {
			break
		}
	}
	for k := 2; k < len(ws)-3; k++ {
		if ws[k].low != "after" && ws[k].low != "before" || ws[k+1].punc {
			continue // ("A day after, they shelled ...": a time, no clause after it)
		}
		if w := ws[k+1].low; w == "yesterday" || w == "tomorrow" {
			continue // "the suicide bombing the day before yesterday": a day, no happening after it
		}
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			w := ws[j].low
			if (w == "came" || w == "comes" || w == "come" || w == "coming") && j >= k-5 {
				return k
			}
			// "Police arrested 45 people after clashes left two dead": a
			// response to what the clause after "after" tells, another
			// happening (and an earlier one)
			// (not "arrested in 2019 after ...": a year's history, read
			// whole; nor "arrested 40 people after firing tear gas": the
			// same side's one happening, told by a gerund)
			if responseVerbs[w] && ws[k].low == "after" && !yearIn(ws[:k]) && !strings.HasSuffix(ws[k+1].low, "ing") {
				return k
			}
			if isClauseBreak(ws[j]) || w == "," {
				break
			}
		}
		// "two days after", "hours after": a span of time before it
		prev := ws[k-1].low
		switch prev {
		case "hours", "days", "weeks", "day", "week", "hour", "minutes":
			if k >= 2 && (ws[k-2].num || isNumberWord(ws[k-2].low) || ws[k-2].low == "a" || ws[k-2].low == "several" || ws[k-2].low == "few") {
				return k
			}
			// "the day after a suicide attack on the airport": the day
			// after another happening, as "a day after"
			if k >= 2 && ws[k-2].low == "the" && (prev == "day" || prev == "week") {
				return k
			}
			// "..., days after an attack on a convoy killed 42": a bare
			// span set off by a comma
			if k >= 2 && ws[k-2].low == "," && (prev == "days" || prev == "weeks") {
				return k
			}
		}
	}
	return 0
}

// responseVerbs tell what authorities did to people or places in answer
// to a happening: arrests, curfews, deployments.
var responseVerbs = map[string]bool{
	"arrested": true, "detained": true, "apprehended": true, "imposed": true, "deployed": true, "evacuated": true,
}

// yearIn reports whether the words hold a year (a number from 1900 to
// 2099).
func yearIn(ws []word) bool {
	for _, w := range ws {
		if w.num && len(w.low) == 4 && (strings.HasPrefix(w.low, "19") || strings.HasPrefix(w.low, "20")) {
			return true
		}
	}
	return false
}

// MaxWords is how many words (and marks) of one document extraction
// reads, sentence by sentence: over a megabyte of prose. A longer
// document is read up to there, and its Notes say where reading stopped;
// the cost of reading a document is so bounded, in time and memory.
const MaxWords = 200_000

// maxSentenceWords is the longest sentence read whole; a longer run of
// words with no sentence break is read in pieces of this many words.
const maxSentenceWords = 250

// overnightOfReport dates a bare "overnight" ("in an overnight raid ...,
// the government said on Saturday") by the day the sentence says it was
// told, when that is before the publication day: the night before that
// day, not before publication. A named night ("overnight into Saturday",
// "Friday night") keeps its own day.
func (s *sentence) overnightOfReport() {
	var told time.Time
	for _, t := range s.times {
		if t.Kind == timex.Reporting && t.Precision == sitrep.PrecisionDay && !t.Date.IsZero() &&
			!strings.HasPrefix(t.Note, "the date of the dateline") && !strings.HasPrefix(t.Note, "said in a quotation") {
			told = t.Date.Time()
			break
		}
	}
	if told.IsZero() {
		return
	}
	for k := range s.times {
		t := &s.times[k]
		if t.Kind != timex.Point || !t.Relative || t.Date.IsZero() || strings.ToLower(strings.TrimSpace(t.Text)) != "overnight" {
			continue
		}
		night := told.AddDate(0, 0, -1)
		if !night.Before(t.Date.Time()) {
			continue
		}
		t.Date = sitrep.Date(night.Format("2006-01-02"))
		t.Note = "overnight before the day it was told, " + told.Format("2006-01-02")
	}
}

// insideName reports whether a trigger's words lie inside the name of a
// side of more than one word, written as a name ("Liberation" in "Tigray
// People's Liberation Front"; not "warplanes" in "Russian warplanes").
func (s *sentence) insideName(t trigHit) bool {
	if !s.words[t.i].cap || t.i == 0 {
		return false
	}
	sp := sitrep.Span{Start: s.words[t.i].span.Start, End: s.words[t.i+t.n-1].span.End}
	for _, m := range s.actors {
		if m.Actor != nil && !m.Generic && m.Span.Contains(sp) && m.Span != sp && strings.Contains(strings.TrimSpace(m.Alias), " ") {
			// (not the weapon a side's name ends on, its head: "Iraqi
			// F-16s", "Turkish Bayraktar drones" name the side by it)
			if t.trigger.noun && sp.End == m.Span.End && (means(t.class.name) == "air" || means(t.class.name) == "shelling") {
				continue
			}
			return true
		}
	}
	return false
}

// labelCountry is the country a sentence opens on as its setting: a
// country's name first ("Mali: Suspected jihadists ...", "In Niger, gunmen
// ..."), then a colon or a comma; "" for none.
func (a *analysis) labelCountry(s *sentence) string {
	for _, pi := range s.places {
		m := a.places[pi]
		if !isCountry(m) {
			continue
		}
		i := s.wordAt(m.Span.Start)
		if i > 0 && !labelOpening(s.words[:i]) {
			return ""
		}
		e := s.wordAt(m.Span.End - 1)
		if e+1 < len(s.words) && (s.words[e+1].low == ":" || s.words[e+1].low == ",") {
			return m.Place.Country
		}
		return ""
	}
	return ""
}

// placesCountry is the one country of the places a sentence tells
// where something happened ("government shelling of the town of Busra
// al-Harir" in a report filed from Amman is Syria's government), or ""
// when they lie in several countries or there are none: not the
// dateline, a country across a border, one told as an agent or as where
// something came from, nor where parties met. A country that is neither
// the report's nor its neighbour must be vouched for by a place told
// elsewhere in the report.
func (a *analysis) placesCountry(s *sentence) string {
	one := ""
	for _, pi := range s.places {
		m := a.places[pi]
		c := m.Location.Country
		if c == "" || isDateline(a.text, m) || acrossBorder(a.text, m) || agentCountry(m) || originCountry(m) || gazetteer.Venue(a.text, m.Full) || s.tellerIn(m) {
			continue
		}
		if one != "" && c != one {
			return ""
		}
		one = c
	}
	if one == "" || one == a.country || gazetteer.Neighbours(a.country, one) {
		return one
	}
	// a country other than the report's own counts only when the report
	// places something else there too ("Palma" read as the Spanish city
	// in a report on Cabo Delgado is no reason to take Spain's forces)
	for _, m := range a.places {
		if m.Location.Country == one && (m.Span.Start < s.span.Start || m.Span.Start >= s.span.End) && !isDateline(a.text, m) && !agentCountry(m) && !originCountry(m) {
			return one
		}
	}
	return ""
}

// tellerIn reports whether place m is told as where a teller is, right
// after the teller's noun ("A Taliban spokesman in Doha", "officials in
// Bamako said"): no place of the sentence's act.
func (s *sentence) tellerIn(m gazetteer.Mention) bool {
	k := s.wordAt(m.Full.Start) - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	switch s.words[k].low {
	case "in", "at", "from":
	default:
		return false
	}
	return s.markerBefore("speaker", k, 1) || reportedAt(s, m)
}

// labelOpening reports whether the words before a round-up item's
// country are only its opening: "In", "And in", "Elsewhere in",
// "Meanwhile, in", "In neighbouring", "In northern".
func labelOpening(ws []word) bool {
	k := 0
	if len(ws) > 0 && (ws[0].low == "and" || ws[0].low == "elsewhere" || ws[0].low == "meanwhile" || ws[0].low == "also") {
		k++
		if k < len(ws) && ws[k].low == "," {
			k++
		}
	}
	if k >= len(ws) || ws[k].low != "in" {
		return false
	}
	k++
	if k < len(ws) {
		switch w := ws[k].low; {
		case w == "neighbouring" || w == "neighboring" || w == "nearby" || w == "central" || strings.HasSuffix(w, "ern"):
			k++
		}
	}
	return k == len(ws)
}

// deictic reports whether a date expression names a day by the time of
// speaking ("today", "yesterday", "this morning", "last night").
func deictic(text string) bool {
	t := strings.ToLower(text)
	for _, w := range []string{"today", "yesterday", "tonight", "tomorrow", "this morning", "this evening", "this afternoon", "last night"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// quoted reports whether byte pos lies inside a quotation: after an odd
// number of quotation marks in its sentence, or before the closing mark of
// a quotation opened in an earlier sentence.
func (s *sentence) quoted(pos int) bool {
	before, after := 0, 0
	for _, w := range s.words {
		if w.punc && w.low == `"` {
			if w.span.Start < pos {
				before++
			} else {
				after++
			}
		}
	}
	return before%2 == 1 || before == 0 && after%2 == 1
}

// newsToldAgain reports whether the words before a verb are the news of
// the report named again: a pronoun ("it", "this") or a definite phrase
// that names a happening ("the attacks", "Sunday's killings", "the
// violence").
func (x *Extractor) newsToldAgain(subj []word) bool {
	if len(subj) == 0 {
		return false
	}
	switch subj[0].low {
	case "it", "this", "that":
		return len(subj) == 1
	case "a", "an", "one":
		return false
	}
	for k := range subj {
		if v, n := x.lex.triggers.at(subj, k); n > 0 && v.(trigger).class != "none" {
			return true
		}
		if _, n := x.lex.casualty.at(subj, k); n > 0 {
			return true
		}
		switch subj[k].low {
		case "violence", "unrest", "incident", "incidents", "killings", "deaths", "fighting", "news":
			return true
		}
	}
	return false
}

// anchoringOpener finds a sentence that opens on a span of time and
// "after" ("Two days after ...", "A week after ...", "Hours after ...")
// and whose clause so opened closes with a comma before the news: the
// word "after" and the comma; 0, 0 when it does not open so.
func anchoringOpener(ws []word) (int, int) {
	k := 1
	if len(ws) > 2 && (ws[0].num || isNumberWord(ws[0].low) || ws[0].low == "a" || ws[0].low == "several" || ws[0].low == "few" || ws[0].low == "the" && (ws[1].low == "day" || ws[1].low == "week")) {
		k = 2
	}
	if k+1 >= len(ws) || ws[k].low != "after" || ws[k+1].punc {
		return 0, 0 // (not "A day after, they shelled ...": a time, no clause after it)
	}
	switch ws[k-1].low {
	case "hours", "days", "weeks", "day", "week", "hour", "minutes":
	default:
		return 0, 0
	}
	for c := k + 3; c < len(ws)-3; c++ {
		if ws[c].low == "," {
			return k, c
		}
		if isClauseBreak(ws[c]) && ws[c].low != "after" {
			break
		}
	}
	return 0, 0
}

// bareSpanBefore reports whether the anchoring "after" at word k follows
// a bare span set off by a comma (", days after", ", weeks after").
func bareSpanBefore(ws []word, k int) bool {
	return k >= 2 && ws[k].low == "after" && ws[k-2].low == "," && (ws[k-1].low == "days" || ws[k-1].low == "weeks")
}

// daysBefore reads how many days the words before an anchoring "after"
// at word k put between the news and what follows ("a day after": 1,
// "two days after": 2, "a week after": 7, "hours after": 0); -1 when
// they say nothing in days or weeks, or the word is "before".
func daysBefore(ws []word, k int) int {
	if k < 1 || ws[k].low != "after" {
		return -1
	}
	unit := ws[k-1].low
	if bareSpanBefore(ws, k) {
		// ", days after": some days, told to the week; ", weeks after":
		// a couple of weeks
		if unit == "days" {
			return 3
		}
		return 14
	}
	per := 1
	switch unit {
	case "hours", "hour", "minutes":
		return 0
	case "day", "days":
	case "week", "weeks":
		per = 7
	default:
		return -1
	}
	if k < 2 {
		return -1
	}
	switch n := ws[k-2].low; {
	case n == "a" || n == "one" || n == "the" && (unit == "day" || unit == "week"):
		return per
	case isNumberWord(n):
		return per * map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}[n]
	case ws[k-2].num:
		if v, err := strconv.Atoi(n); err == nil && v > 0 && v <= 31 {
			return per * v
		}
	}
	return -1
}

// itemLabels finds the lines that label the items of a statement listing
// incidents one by one ("Eringeti, Beni territory (22 November). An army
// patrol came under fire ..."): a place, then a time in brackets, and no
// act, count or verb of their own. The sentences after a label, in its
// paragraph, are its item's: they take the label's place and day when
// they tell none, and an item's acts are not another item's.
func (a *analysis) itemLabels() {
	var labels []bool // (each sentence read once; most reports have none)
	for i, s := range a.sents {
		if a.itemLabel(s) || a.placeLine(s, i) {
			if labels == nil {
				labels = make([]bool, len(a.sents))
			}
			labels[i] = true
		}
	}
	for i, s := range a.sents {
		if labels == nil || !labels[i] {
			continue
		}
		s.item = i + 1
		for j := i + 1; j < len(a.sents) && !labels[j] && !strings.Contains(a.text[a.sents[j-1].span.End:a.sents[j].span.Start], "\n\n"); j++ {
			a.sents[j].item = i + 1
		}
	}
}

// placeLine reports whether sentence i, s, is an item's label of a place
// alone that opens its paragraph ("Dioungani, Koro cercle.", "Road near
// Douentza."): at most eight words, a place among them, no act, count,
// time or finite verb, and more of the paragraph after it.
func (a *analysis) placeLine(s *sentence, i int) bool {
	if s.headline || len(s.words) > 8 || len(s.words) < 2 || len(s.places) == 0 || len(s.cas) > 0 || len(s.triggers) > 0 || len(s.times) > 0 || !s.words[0].cap {
		return false
	}
	if i == 0 || i+1 >= len(a.sents) || s.words[len(s.words)-1].low != "." {
		return false
	}
	if !strings.Contains(a.text[a.sents[i-1].span.End:s.span.Start], "\n\n") || strings.Contains(a.text[s.span.End:a.sents[i+1].span.Start], "\n\n") {
		return false // (it opens a paragraph that goes on after it, on its line or the next)
	}
	for _, w := range s.words {
		if finiteVerb(w.low) || w.num {
			return false
		}
	}
	return true
}

// itemLabel reports whether sentence s is an item's label: at most a
// dozen words, opening on a name, with a place before a time in the
// brackets it ends on, and no act, count or finite verb.
func (a *analysis) itemLabel(s *sentence) bool {
	if s.headline || len(s.words) > 14 || len(s.words) < 4 || len(s.places) == 0 || len(s.cas) > 0 || len(s.triggers) > 0 {
		return false
	}
	if !s.words[0].cap {
		return false // (a name opens it, known to the gazetteer or not: "Mavivi, Beni territory")
	}
	n := len(s.words)
	end := n
	if s.words[n-1].low == "." {
		end--
	}
	if end < 1 || s.words[end-1].low != ")" {
		return false
	}
	open := -1
	for k := end - 2; k >= 0; k-- {
		if s.words[k].low == "(" {
			open = k
			break
		}
	}
	if open < 1 {
		return false
	}
	for _, w := range s.words {
		if finiteVerb(w.low) {
			return false
		}
	}
	if a.places[s.places[0]].Span.Start >= s.words[open].span.Start {
		return false
	}
	for _, t := range s.times {
		if at := s.wordAt(t.Span.Start); at > open && at < end-1 {
			return true
		}
	}
	return false
}

// pastYearJustBefore reports whether the words before an anchoring
// "after" end, within six words, on a year before the report's ("on June
// 12, 2014, two days after the militants seized Mosul"): what the anchor
// measures from is history, and so is what came before it.
func pastYearJustBefore(ws []word, published sitrep.Date) bool {
	if published.IsZero() {
		return false
	}
	year := published.Time().Year()
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
		if w := ws[k]; w.num && len(w.low) == 4 {
			if y, err := strconv.Atoi(w.low); err == nil && y >= 1900 && y < year {
				return true
			}
		}
	}
	return false
}

// longBefore reports whether the words before an anchoring "after" put a
// span of months or years between the news and what the clause tells
// ("came about a year after", "comes two months after"): history.
func longBefore(ws []word) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		switch ws[k].low {
		case "year", "years", "month", "months", "decade", "decades":
			return true
		}
	}
	return false
}

// sameClause reports whether a time expression lies in the clause of word
// i ("captured the mosque in which they declared their caliphate three
// years ago": the years date the declaring, not the capture).
func (s *sentence) sameClause(i int, t *timex.Expr) bool {
	if len(s.clause) != len(s.words) || len(s.words) == 0 {
		return true
	}
	return s.clause[i] == s.clause[min(s.wordAt(t.Span.Start), len(s.words)-1)]
}

// nearestPoint is the dated point in time told nearest word i.
func (s *sentence) nearestPoint(i int) *timex.Expr {
	var best *timex.Expr
	bd := 1 << 30
	for k := range s.times {
		t := &s.times[k]
		if t.Kind != timex.Point || t.Date.IsZero() && !t.Background {
			continue // (a point known to be history counts undated: "last year")
		}
		if tr := s.triggerAt(i); tr != nil && s.datesANounAt(t, tr.i, tr.i+tr.n) {
			continue // "a counteroffensive launched in June": not the act's time
		}
		d := s.wordAt(t.Span.Start) - i
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = t, d
		}
	}
	return best
}

// applyBackground marks the triggers and counts whose nearest date is
// history ("IS had declared its caliphate in 2014"), and the sentence when
// all it tells is history.
func (s *sentence) applyBackground() {
	s.startOfState()
	any := false
	for _, t := range s.times {
		any = any || t.Background
	}
	if !any {
		return
	}
	all := len(s.triggers) > 0 || len(s.cas) > 0
	for i := range s.triggers {
		p := s.nearestPoint(s.triggers[i].i)
		if p != nil && p.Background && (s.sameClause(s.triggers[i].i, p) || s.anchoredTo(s.triggers[i].i, p) || s.datedByItsRelative(s.triggers[i], p) || s.whenOfClauseDated(s.triggers[i].i, p)) {
			s.triggers[i].background = true
		} else if (p == nil || !p.Background) && s.actOfOldCampaign(s.triggers[i]) {
			s.triggers[i].background = true
		} else if p == nil && s.toldOnOldDay(s.triggers[i].i) {
			// "The army said last December that it had taken Camp Zero":
			// what was told on a day of history happened by then
			s.triggers[i].background = true
		} else if !s.triggers[i].irrealis {
			all = false
		}
	}
	for _, c := range s.cas {
		if p := s.nearestPoint(s.wordAt(c.span.Start)); p != nil && p.Background && !s.datesOnlyItsClause(s.wordAt(c.span.Start), p) && !s.participleOfDatedMain(s.wordAt(c.span.Start), p) {
			c.background = true
		} else {
			all = false
		}
	}
	// ("The ministry blamed the ELN, which has fought dissidents there
	// since last year": the history of a relative clause describes the
	// side a main clause blames; the blame is news)
	s.background = s.background || all && !(len(s.cas) == 0 && s.onlyRelativeTriggers(s.triggers) && s.claimOutsideRelatives())
}

// clauseStart is the first word of the clause word i is in (the clauses
// must have been read).
func (s *sentence) clauseStart(i int) int {
	k := i
	for k > 0 && s.clause[k-1] == s.clause[i] {
		k--
	}
	return k
}

// whenOfClauseDated reports whether word i stands in a clause opened by
// "when", or by "in which" or "during which", right after the clause time
// t is in ("In June last year, seven officers were killed when a bomb hit
// their truck"; "In March 2025, fighters hijacked a train, in an attack
// in which dozens of hostages died"): the clause tells the moment or the
// course of what that clause tells, at its time.
func (s *sentence) whenOfClauseDated(i int, t *timex.Expr) bool {
	if len(s.clause) != len(s.words) || i >= len(s.words) {
		return false
	}
	start := s.clauseStart(i)
	if start == 0 {
		return false
	}
	switch {
	case s.clauseKindAt(i) == subordinateClause && s.words[start].low == "when":
	case s.clauseKindAt(i) == relativeClause && s.words[start].low == "which" && (s.words[start-1].low == "in" || s.words[start-1].low == "during"):
		// "..., in an attack in which dozens of hostages died": the
		// act the dated clause names, told more
	default:
		return false
	}
	at := s.wordAt(t.Span.Start)
	return at < len(s.words) && s.clause[at] == s.clause[start-1]
}

// datesOnlyItsClause reports whether time t, in a clause below the main
// one, cannot date the main clause's word i ("killed seven people and
// wounded 18, ..., taking the death toll since October last year to over
// 1,900": "last year" dates the running total the participle clause
// tells, not the strike's dead), when that clause comes after the count.
func (s *sentence) datesOnlyItsClause(i int, t *timex.Expr) bool {
	if len(s.clause) != len(s.words) || i >= len(s.words) {
		return false
	}
	j := min(s.wordAt(t.Span.Start), len(s.words)-1)
	// (a subordinate clause set before the main one frames it: "Since
	// the start of operations on 30 October 2019, more than 300 civilians
	// have been killed")
	return j > i && s.clause[i] != s.clause[j] && s.clauseKindAt(i) == mainClause && s.clauseKindAt(j) == subordinateClause
}

// participleOfDatedMain reports whether the count at word i stands in a
// subordinate clause (", killing nine civilians") of a sentence whose main
// clause has a day of the news, while history time t lies in another
// clause ("On Monday, a jet bombed the market in Pauktaw, a town the
// Arakan Army took in November, killing nine civilians"): the day of the
// main clause dates the count.
func (s *sentence) participleOfDatedMain(i int, t *timex.Expr) bool {
	if len(s.clause) != len(s.words) || i >= len(s.words) || s.clauseKindAt(i) != subordinateClause {
		return false
	}
	if s.clause[min(s.wordAt(t.Span.Start), len(s.words)-1)] == s.clause[i] {
		return false
	}
	for k := range s.times {
		u := &s.times[k]
		if u.Kind == timex.Point && !u.Background && u.Precision == sitrep.PrecisionDay && s.clauseKindAt(min(s.wordAt(u.Span.Start), len(s.words)-1)) == mainClause {
			return true
		}
	}
	return false
}

// actOfOldCampaign reports whether trigger tr is told of a campaign the
// sentence dates to history by a participle before it, in its clause,
// with no day of its own ("A government offensive launched in 2022 pushed
// the militants out of dozens of villages"): what the campaign did since
// then is history too, not the news. (The participle's time dates the
// campaign, not the act, only when the act has a time of its own:
// "a counteroffensive launched in June recaptured the village on
// Tuesday".)
func (s *sentence) actOfOldCampaign(tr trigHit) bool {
	for k := range s.times {
		t := &s.times[k]
		if !t.Background || t.Kind != timex.Point || s.wordAt(t.Span.Start) >= tr.i || !s.sameClause(tr.i, t) {
			continue
		}
		if s.datesANounAt(t, tr.i, tr.i+tr.n) {
			return true
		}
	}
	return false
}

// legalMatter marks as history the acts a court or an arrest is about
// ("he is accused of ordering the executions", "jailed for their role in
// the massacre"): done before, they are no news of the report unless the
// clause names their day ("charged over Sunday's bombing" dates it).
func (s *sentence) legalMatter() {
	if len(s.clause) != len(s.words) {
		return
	}
	for _, m := range s.markers {
		if m.val.(string) != "trial" {
			continue
		}
		from := m.i + m.n
		if from >= len(s.words) || s.matterDated(from) {
			continue
		}
		c := s.clause[from]
		for i := range s.triggers {
			if t := &s.triggers[i]; t.i >= from && s.clause[t.i] == c {
				t.background = true
			}
		}
		for _, ca := range s.cas {
			if i := s.wordAt(ca.span.Start); i >= from && i < len(s.words) && s.clause[i] == c {
				ca.background = true
			}
		}
	}
}

// matterDated reports whether the clause of a legal matter told from word
// from names the matter's day: a day in its clause with no other act
// between the matter's first act and it ("charged with killing five
// people on Sunday"); not the day of another act told after the matter
// ("arrested a sub-leader wanted for kidnapping in a raid on a house
// before dawn on Wednesday": the day is the raid's).
func (s *sentence) matterDated(from int) bool {
	c := s.clause[from]
	for _, t := range s.triggers {
		if t.i < from && s.clause[t.i] == c && t.class.name == "arrest" {
			// "arrested an alleged sub-leader wanted for kidnapping in
			// a house in Isabela City on Monday": the day is the arrest's
			return false
		}
	}
	first := -1
	for _, t := range s.triggers {
		if t.i >= from && s.clause[t.i] == c {
			first = t.i
			break
		}
	}
	for _, tm := range s.times {
		at := s.wordAt(tm.Span.Start)
		if at >= len(s.words) || s.clause[at] != c || tm.Kind != timex.Point || tm.Precision != sitrep.PrecisionDay {
			continue
		}
		if first < 0 || at < first {
			return true
		}
		between := false
		for _, t := range s.triggers {
			if t.i > first && t.i < at && s.clause[t.i] == c {
				between = true
			}
		}
		if !between {
			return true
		}
	}
	return false
}

// rehearsedActs marks as not done the acts of a force's exercise or drill
// ("warships staged live-fire drills around the island, simulating
// strikes on ports"; "held a joint exercise, practising the storming of a
// village"): those of the clause that names the exercise and of the
// clauses that follow it, up to the next main clause. A sentence that
// tells someone killed or hurt is left as it is (a shell that fell on
// spectators of a drill is news).
func (s *sentence) rehearsedActs() {
	if len(s.clause) != len(s.words) || !s.hasMarker("exercise") {
		return
	}
	for _, c := range s.cas {
		if !c.count.IsZero() && !c.background {
			return
		}
	}
	for _, m := range s.markers {
		if m.val.(string) != "exercise" {
			continue
		}
		first := s.clause[m.i]
		last := first
		from, to := 0, len(s.words)
		for j := m.i - 1; j >= 0 && s.clause[j] == first; j-- {
			if s.coordinateBreak(j) {
				from = j + 1
				break
			}
		}
		for j := m.i; j < len(s.words); j++ {
			if s.coordinateBreak(j) {
				to = j
				break
			}
			if s.clause[j] == last+1 {
				if kind := s.clauseKindAt(j); kind != relativeClause && kind != subordinateClause {
					break
				}
				last++
			}
		}
		for i := range s.triggers {
			if t := &s.triggers[i]; t.i >= from && t.i < to && s.clause[t.i] >= first && s.clause[t.i] <= last {
				t.background = true
			}
		}
	}
}

// coordinateBreak reports whether word j opens a coordinated clause of
// the sentence's own: a semicolon, or a comma before "and", "but",
// "while" or "whereas" ("…, and rebels shelled the town").
func (s *sentence) coordinateBreak(j int) bool {
	switch s.words[j].low {
	case ";":
		return true
	case ",":
		if j+1 < len(s.words) {
			switch s.words[j+1].low {
			case "and", "but", "while", "whereas", "meanwhile":
				return true
			}
		}
	}
	return false
}

// datedByItsRelative reports whether time t lies in a relative clause
// that opens right after trigger word t ("a bombing that killed 20 people
// in Mogadishu in March"): the clause tells the act the noun names, and
// its time is the act's.
func (s *sentence) datedByItsRelative(tr trigHit, t *timex.Expr) bool {
	k := tr.i + tr.n
	if k >= len(s.words) || len(s.clause) != len(s.words) || s.words[k].low != "that" && s.words[k].low != "which" {
		return false
	}
	j := s.wordAt(t.Span.Start)
	return j < len(s.words) && j > k && s.clause[j] == s.clause[k] && s.clauseKindAt(k) == relativeClause
}

// startOfState marks as history the triggers and counts of a "when" clause that
// dates the start of a state told with "since" ("the flag had flown there
// since June 2014, when they captured the city"; "held by the militants
// since 2016, when they overran it"): how the state began, whatever the
// publication date, not the news.
func (s *sentence) startOfState() {
	for _, t := range s.times {
		if t.Kind != timex.Period || !strings.HasPrefix(strings.ToLower(t.Text), "since") {
			continue
		}
		k := s.wordAt(t.Span.End)
		if k < len(s.words) && s.words[k].low == "," {
			k++
		}
		if k+1 >= len(s.words) || s.words[k].low != "when" || len(s.clause) != len(s.words) {
			continue
		}
		for i := range s.triggers {
			if j := s.triggers[i].i; j > k && s.clause[j] == s.clause[k+1] {
				s.triggers[i].background = true
			}
		}
		// ("the deadliest attack since January, when 40 people died":
		// the dead of that time, not of the news)
		for _, c := range s.cas {
			if j := s.wordAt(c.span.Start); j > k && j < len(s.words) && s.clause[j] == s.clause[k+1] {
				c.background = true
			}
		}
	}
}

// anchoredTo reports whether the trigger at word i lies in a subordinate
// clause with no time of its own, set against a clause that time t dates
// ("suspended in 2019 after a car bomb attack on a police academy"): the
// subordinate happening is dated by that clause, before or at it.
func (s *sentence) anchoredTo(i int, t *timex.Expr) bool {
	if s.clauseKindAt(i) != subordinateClause || s.clauseKindAt(s.wordAt(t.Span.Start)) != mainClause {
		return false
	}
	c := s.clause[i]
	for k := range s.times {
		if s.clause[min(s.wordAt(s.times[k].Span.Start), len(s.words)-1)] == c {
			return false
		}
	}
	return true
}

// markBackgroundByReference dates history in a report whose publication
// date is unknown: the latest full date the report gives stands in for it,
// and points more than 60 days before that are background ("In August
// 2014, IS took over Sinjar" in a piece that also says "on 12 October
// 2016").
func (a *analysis) markBackgroundByReference() {
	// a year or more back from a day we do not know is history all the
	// same ("Last year, the army recaptured Hawija")
	for _, s := range a.sents {
		for i := range s.times {
			t := &s.times[i]
			if t.Kind != timex.Point || t.Precision != sitrep.PrecisionYear {
				continue
			}
			if low := strings.ToLower(t.Text); strings.Contains(low, "last year") || strings.Contains(low, "year ago") || strings.Contains(low, "years ago") {
				t.Background = true
			}
		}
	}
	var ref sitrep.Date
	for _, s := range a.sents {
		for _, t := range s.times {
			if !t.Relative && t.Precision == sitrep.PrecisionDay && t.Date > ref {
				ref = t.Date
			}
		}
	}
	monthAfter := false // a month or year written out after the last full day
	for _, s := range a.sents {
		for _, t := range s.times {
			monthAfter = monthAfter || !ref.IsZero() && writtenMonthOrYear(&t) && t.Date > ref
		}
	}
	if ref.IsZero() || monthAfter {
		// (a full day told before months that come after it, "began on
		// 15 April 2023 ... in December 2023", is no news day: the
		// report is a history)
		// no full day anywhere: when the report tells its news by
		// weekdays and days relative to now ("on Monday", "yesterday"),
		// a month or year written out with its year ("In August 2014")
		// is the history behind it
		news := false
		for _, s := range a.sents {
			for _, t := range s.times {
				news = news || t.Kind == timex.Point && (t.Relative || t.Date.IsZero()) && t.Precision == sitrep.PrecisionDay
			}
		}
		// (and with no day of news at all, months and years written out
		// that run over more than two months tell a history, as a page
		// of background does: "The RSF captured Wad Madani in December
		// 2023; the army retook it in January 2025")
		var first, last sitrep.Date
		for _, s := range a.sents {
			for _, t := range s.times {
				if writtenMonthOrYear(&t) {
					if first.IsZero() || t.Date < first {
						first = t.Date
					}
					if t.Date > last {
						last = t.Date
					}
				}
			}
		}
		if !news && (first.IsZero() || last.Time().Sub(first.Time()).Hours() <= 60*24) {
			return
		}
		for _, s := range a.sents {
			for i := range s.times {
				t := &s.times[i]
				if writtenMonthOrYear(t) {
					t.Background = true
				}
			}
		}
		return
	}
	limit := ref.Time().AddDate(0, 0, -60)
	for _, s := range a.sents {
		for i := range s.times {
			t := &s.times[i]
			if t.Kind != timex.Point || t.Relative || t.Date.IsZero() {
				continue
			}
			end := t.End
			if end.IsZero() {
				end = t.Date
				switch t.Precision {
				case sitrep.PrecisionMonth:
					end = sitrep.DateOf(t.Date.Time().AddDate(0, 1, -1))
				case sitrep.PrecisionYear:
					end = sitrep.DateOf(t.Date.Time().AddDate(1, 0, -1))
				}
			}
			if end.Time().Before(limit) {
				t.Background = true
			}
		}
	}
}

// yearWritten reports whether a date expression writes its year in
// digits ("In August 2014", "in 2015").
func yearWritten(text string) bool {
	digits := 0
	for _, r := range text {
		if r >= '0' && r <= '9' {
			digits++
			if digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

// downingVerb reports whether the words open a verb of bringing down an
// aircraft ("shot down", "downed", "brought down").
func downingVerb(ws []word) bool {
	switch ws[0].low {
	case "downed", "downing":
		return true
	case "shot", "shooting", "shoot", "brought", "bringing":
		return len(ws) > 1 && ws[1].low == "down"
	}
	return false
}

// peopleShotDown reports whether the words from i, after "shot down",
// name people ("shot down five protesters"), not a machine named with a
// word for people ("a fighter jet", "15 of 17 drones").
func (x *Extractor) peopleShotDown(s *sentence, i int) bool {
	if !x.personObject(s, i) {
		return false
	}
	for k := i; k < len(s.words) && k < i+6 && !s.words[k].punc; k++ {
		switch s.words[k].low {
		case "jet", "jets", "plane", "planes", "aircraft", "bomber", "bombers", "helicopter", "helicopters", "drone", "drones", "missile", "missiles", "rocket", "rockets":
			return false
		}
	}
	return true
}

// trailingSpeaker reports whether the words before word i open an
// attribution told after the news (", the air force said"): a comma, then
// at most two words of the speaker's name. A speaker that opens the
// sentence ("The air force said it struck ...") may tell its own act.
func trailingSpeaker(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.words[k].low == "," {
			return true
		}
		if s.words[k].punc {
			return false
		}
	}
	return false
}

// downedObject reports whether the noun at word i ends the object of a
// verb of bringing down ("downed a US MQ-9 Reaper drone"): the verb
// stands at most seven words before, with no punctuation, preposition or
// clause break between.
func (s *sentence) downedObject(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.words[k]
		if downingVerb(s.words[k:min(k+2, len(s.words))]) {
			return true
		}
		if w.punc && w.low != "-" || isClauseBreak(w) || objectStops[w.low] {
			return false
		}
	}
	return false
}

// objectStops are the words that end a verb's object before a noun
// ("over", "near", "and"): a noun after them is no part of it.
var objectStops = map[string]bool{"over": true, "near": true, "in": true, "on": true, "at": true, "above": true, "and": true, "with": true, "by": true, "from": true, "after": true}

// speechVerb are the verbs a speaker is the subject of: a word of a
// weapon or force right before one, told after the news, names who spoke
// (", the air force said"), not an act.
var speechVerb = map[string]bool{"said": true, "says": true, "announced": true, "reported": true, "stated": true, "told": true, "added": true, "confirmed": true}

// countedActNoun are the plural nouns of acts a count of them can sum
// ("in two separate operations", "in three attacks").
// (Not blasts, bombings or strikes: "70 people died in two suicide
// bombings targeting an outdoor market" is one incident.)
var countedActNoun = map[string]bool{"attacks": true, "operations": true, "raids": true, "ambushes": true, "clashes": true,
	"assaults": true, "incidents": true}

// memberActNoun are the nouns of one act among counted ones ("In the
// first operation", "In the second attack").
var memberActNoun = map[string]bool{"attack": true, "operation": true, "raid": true, "ambush": true, "clash": true, "assault": true,
	"incident": true}

// countsActs reports whether a sentence counts the acts a toll was taken
// in ("in two separate operations"): the report may tell them one by one
// after it.
func (s *sentence) countsActs() bool {
	for _, m := range s.markers {
		if m.val.(string) == "counted" || m.val.(string) == "cumulative" && m.n >= 3 && countedActNoun[s.words[m.i+m.n-1].low] {
			return true
		}
	}
	return false
}

// newsDayIn reports whether clause c names a day of the news.
func (s *sentence) newsDayIn(c int) bool {
	for k := range s.times {
		if j := s.wordAt(s.times[k].Span.Start); j < len(s.words) && s.clause[j] == c && newsDay(&s.times[k]) {
			return true
		}
	}
	return false
}

// opensWithOneOfCounted reports whether a sentence opens by naming one of
// several acts counted before it ("In the first operation, conducted in
// the Mir Ali area on Saturday, ...", "In the second attack, ..."): one
// of them told by itself, an incident of its own.
func (s *sentence) opensWithOneOfCounted() bool {
	w := s.words
	if len(w) < 4 || w[0].low != "in" || w[1].low != "the" {
		return false
	}
	switch w[2].low {
	case "first", "second", "third", "fourth", "fifth", "other":
	default:
		return false
	}
	return memberActNoun[w[3].low]
}

// countWords are the words that count acts as several.
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "several": true, "multiple": true, "separate": true}

// countedActs adds a marker "counted" for each phrase that counts the
// acts a toll was taken in: "in", a count of two or more (or "several",
// "separate"), at most three words that qualify the acts, and their plural
// noun ("killed ten terrorists in two separate intelligence-based
// operations", "in three coordinated attacks"). Where its clause names no
// day of the news, the toll sums those acts, which the report may go on
// to tell one by one ("In the first operation, ..."); one day's acts
// ("in three raids in Borno on Sunday") are that day's incident. Phrases
// the lexicon already marks as running totals are left to it.
func countedActs(words []word, markers []hit) []hit {
	for i := 0; i+2 < len(words); i++ {
		if words[i].low != "in" {
			continue
		}
		c := words[i+1]
		if !countWords[c.low] && !(c.num && c.low != "1" && !strings.ContainsAny(c.low, ".,:")) {
			continue
		}
		end := -1
		for k := i + 2; k < len(words) && k <= i+5; k++ {
			w := words[k]
			if countedActNoun[w.low] {
				end = k
				break
			}
			if w.punc || w.num || namingPrep[w.low] || w.low == "the" || w.low == "and" || w.low == "or" || w.low == "on" || w.low == "at" || w.low == "by" || w.low == "with" {
				break
			}
		}
		if end < 0 {
			continue
		}
		marked := slices.ContainsFunc(markers, func(m hit) bool {
			return m.i == i && m.val.(string) == "cumulative"
		})
		if marked {
			continue
		}
		markers = insertHit(markers, hit{i: i, n: end - i + 1, val: "counted"})
	}
	return markers
}

// insertHit puts h among markers kept in order of their first word,
// after those that open at or before it.
func insertHit(markers []hit, h hit) []hit {
	k := 0
	for k < len(markers) && markers[k].i <= h.i {
		k++
	}
	return slices.Insert(markers, k, h)
}

// claimedActNoun are the nouns of an act a side may claim.
var claimedActNoun = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "blast": true, "blasts": true,
	"ambush": true, "raid": true, "assault": true, "explosion": true, "explosions": true, "killing": true,
	"killings": true, "shooting": true, "massacre": true, "strike": true, "strikes": true, "abduction": true,
	"kidnapping": true, "assassination": true, "operation": true, "bomb": true,
}

// claimedManyWord are the words that make a claimed object many acts
// over time ("has claimed several attacks on officials"), a record, not
// the claim of an act told.
var claimedManyWord = map[string]bool{
	"several": true, "many": true, "numerous": true, "dozens": true, "scores": true, "multiple": true,
	"previous": true, "past": true, "earlier": true, "recent": true, "similar": true, "other": true, "most": true,
}

// claimedActs adds a marker "claim" for a verb of claiming whose object
// is an act, told with any words of its own before the noun ("claimed a
// suicide attack on a court", "claimed Monday's twin bombings", "claims
// the deadly ambush"): the lexicon lists the object phrases it knows
// whole ("claimed the attack"); this reads the rest. Up to four words may
// stand between the verb and the noun, none a punctuation mark or
// "that" ("claimed that it" says something, it claims no act), "either"
// or "any" ("has not claimed either attack": no claim of one act), nor a
// word of many acts (claimedManyWord).
func claimedActs(words []word, markers []hit) []hit {
	for i := 0; i+2 < len(words); i++ {
		switch words[i].low {
		case "claimed", "claims", "claiming", "claim":
		default:
			continue
		}
		if slices.ContainsFunc(markers, func(m hit) bool { return m.i == i && m.val.(string) == "claim" }) {
			continue
		}
		end := -1
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			w := words[k]
			if claimedActNoun[w.low] {
				end = k
				break
			}
			if w.punc && w.low != "'" || w.low == "that" || w.low == "to" || w.low == "responsibility" || w.low == "credit" || w.low == "either" || w.low == "any" || claimedManyWord[w.low] {
				break
			}
		}
		if end < 0 {
			continue
		}
		markers = insertHit(markers, hit{i: i, n: end - i + 1, val: "claim"})
	}
	return markers
}

// annotate finds a sentence's triggers, markers, quantities, dates, actors
// and casualties.
func (x *Extractor) annotate(a *analysis, s *sentence) {
	s.markers = x.lex.markers.findAll(s.words)
	s.markers = dropAgentsOfWords(s)
	s.markers = dropSeparateTellings(s)
	s.markers = dropOneDaySpans(s)
	s.markers = countedActs(s.words, s.markers)
	s.markers = claimedActs(s.words, s.markers)
	downedEnd := -1 // the end of an aircraft shot down ("shot down a Su-34 fighter")
	for _, h := range x.lex.triggers.find(s.words) {
		t := h.val.(trigger)
		if t.class == "none" {
			continue // "hardest hit": looks like a trigger, tells nothing
		}
		if t.noun && h.i == downedEnd {
			continue // "shot down a Su-34 fighter-bomber": the rest of the aircraft's name, no bomb
		}
		if t.class == "clash" && !t.noun && h.n >= 3 && downingVerb(s.words[h.i:h.i+2]) {
			downedEnd = h.i + h.n
		}
		if t.class == "attack" && h.n == 1 && h.i+1 < len(s.words) && downingVerb(s.words[h.i:h.i+2]) && !x.peopleShotDown(s, h.i+2) {
			continue // "shot down two cruise missiles": what its object was tells the act (downedObject); not "shot down five protesters"
		}
		if t.noun && h.i+h.n < len(s.words) && speechVerb[s.words[h.i+h.n].low] && trailingSpeaker(s, h.i) {
			continue // "..., the air force said": the source, named like a weapon
		}
		if h.i > 0 && s.words[h.i].cap && a.placeAt(s.words[h.i].span) {
			continue // "Hit", "Strike": a place named like a trigger word
		}
		if s.compoundModifier(h.i + h.n) {
			continue // "a bomb-making factory", "explosives experts": a thing named for the act
		}
		if s.equipment(h.i) && !strings.HasSuffix(s.words[h.i].low, "ed") {
			// "militants armed with grenades and rocket launchers": what
			// they carried ("a man armed with a rifle opened fire": the
			// verb after the arms is what he did)
			continue
		}
		if t.class == "gain" && h.n >= 3 && drivingVerb[s.words[h.i].low] && !x.sideBetween(s, h.i+1, h.i+h.n-1) {
			continue // "drove the car from Baiji": no side driven out
		}
		if t.class == "abduct" && strings.HasPrefix(s.words[h.i].low, "hostage") && s.releaseBefore(h.i) {
			continue // "released three hostages", "the bodies of four hostages were handed over": people set free, no abduction
		}
		if t.noun && s.seizedGoodsAt(h.i) {
			continue // "seizing rifles, grenades and tactical vests": arms taken, none used
		}
		if t.class == "gain" && (s.goodsObject(h.i+h.n) || !t.noun && s.goodsSubject(h.i)) {
			continue // "seizing weapons", "explosives and two rifles were seized": things taken, not ground
		}
		if t.class == "gain" && !t.noun && s.dutyObject(h.i+h.n) {
			continue // "took over security in the city", "assumed control of the investigation": a duty taken on, not ground
		}
		if t.class == "gain" && h.n == 1 && h.i > 0 && strings.HasSuffix(s.words[h.i].low, "ed") && x.personNounAt(s, h.i-1) && participleEnds(s, h.i+1) {
			continue // "released 12 passengers seized last week": people taken, told by the participle after them
		}
		if t.class == "gain" && h.n == 1 && x.peopleTakenInRelative(s, h.i) {
			continue // "the 30 students they seized", "the hostages whom the gunmen seized": people taken, told by a relative clause on them
		}
		if t.class == "gain" && h.n == 1 && x.peopleInThePassive(s, h.i) {
			continue // "20 detainees had been freed": people set free, not ground
		}
		if t.class == "gain" && !takerAfter(s.words[h.i:h.i+h.n]) && x.personObject(s, h.i+h.n) {
			// (not "fell to the army", "now under the control of the
			// army": the taker follows)
			continue // "captured several fighters": people taken, not a place (the casualty words count them)
		}
		if k := h.i + h.n; k < len(s.words) && matterOfAct[s.words[k].low] {
			continue // "a kidnapping ring", "kidnapping suspects", "on bombing charges": the act names what the noun after it is about, none told done
		}
		if t.class == "attack" && !t.noun && s.abstractObject(h.i+h.n) {
			continue // "the opposition attacked the budget": words, not violence
		}
		th := trigHit{hit: h, trigger: t, class: x.lex.classes[t.class]}
		brief := h.i > 0 && (s.words[h.i-1].low == "briefly" || s.words[h.i-1].low == "temporarily")
		if t.class == "gain" && (brief || !t.noun && s.armedThingAfter(h.i+h.n)) {
			// "overran a military outpost", "captured an army base": an
			// assault on a side's post, not ground taken; "briefly took
			// the town": an assault that held no ground
			if c, ok := x.lex.classes["assault"]; ok {
				th.class, th.trigger.class = c, "assault"
			}
		}
		if t.noun && (t.class == "air" || t.class == "shelling") && s.downedObject(h.i) {
			// "downed a US MQ-9 Reaper drone", "shot down two Russian
			// cruise missiles": a weapon's use disrupted, no strike
			if c, ok := x.lex.classes["foiled"]; ok {
				th.class, th.trigger.class, th.trigger.noun = c, "foiled", false
			}
		}
		th.irrealis = s.irrealisAt(h.i) || !t.noun && s.presentAfterUntil(h.i) || t.noun && s.modalAfterSubject(h.i+h.n) || t.noun && s.guardedAgainst(h.i) || (t.noun || s.nounUse(h.i, t)) && s.fearedBefore(h.i) ||
			((t.weak || !s.nounUse(h.i, t)) && s.contextBefore(h.i) && !s.clauseAfterContext(h.i)) ||
			(s.nounUse(h.i, t) && s.supportBefore(h.i)) ||
			(t.class == "gain" && (s.adjectival(h.i, h.n) || s.pastPerfect(h.i))) ||
			((t.class == "arrest" || t.class == "abduct") && h.n == 1 && (s.heldAttributive(h.i) || s.heldReducedRelative(h.i))) ||
			// "funerals for civilians killed in earlier shelling",
			// "previous attacks on the base": acts before the news, named
			// as such, none of them told here
			t.noun && h.i > 0 && priorWord[s.words[h.i-1].low]
		for _, m := range s.markers {
			// "the blast" points back; "the shelling of Saraqib" tells it
			if m.val.(string) == "anaphor" && m.i <= h.i && h.i < m.i+m.n && !(m.i+m.n < len(s.words) && s.words[m.i+m.n].low == "of") {
				th.anaphoric = true
			}
		}
		if first, last := s.words[h.i].low, s.words[h.i+h.n-1].low; s.definiteBefore(h.i) && !(h.i+h.n < len(s.words) && s.words[h.i+h.n].low == "of") && !strings.HasSuffix(last, "ed") && !pastIrregular[last] && !strings.HasSuffix(first, "ed") && !pastIrregular[first] {
			// (a verb in the past is no noun: "the Taliban stormed", "the
			// Popular Committees drove the militants out of")
			th.anaphoric = true // "the November 16 attack", "Tuesday's ambush"
		}
		if k := h.i - 1; k >= 1 && t.noun && s.words[k].cap && namingPrep[s.words[k-1].low] && a.placeToldBefore(s.words[k], s.span.Start) {
			// "lost their lives in Sukma blast", "after Kabul attack": an
			// act named, with no article, by a place the report has told
			// of is one known
			th.anaphoric = true
		}
		s.triggers = append(s.triggers, th)
	}
	s.triggers = s.dropFoiledMeans()
	s.claimedActs()
	x.entryAfterWithdrawal(s)
	x.announcedControl(s)
	x.tookPlace(a, s)
	s.quants = quantity.Find(a.text, s.span)
	s.personEnd = make([]string, len(s.words))
	for k := range s.words {
		if v, n := x.lex.persons.at(s.words, k); n > 0 {
			s.personEnd[k+n-1] = v.(string)
		}
	}
	s.times = timex.FindAfter(a.text, s.span, a.published, a.lastDay)
	// the date in a dateline ("Kabul, Feb 17 (IANS)") is the day the report
	// was filed, not the day of its news: no day for what follows to be
	// counted from ("JUBA, May 3 - The army said on Tuesday that its
	// troops had recaptured the town a day earlier": the day before
	// Tuesday), so the rest of the sentence is read on its own when it
	// tells such a day
	for _, pi := range s.places {
		m := a.places[pi]
		if !isDateline(a.text, m) {
			continue
		}
		if end := datelineEnd(a.text, m); end > s.span.Start && end < s.span.End && slices.ContainsFunc(s.times, func(t timex.Expr) bool {
			return t.Kind == timex.Point && t.Span.Start >= m.Full.Start && t.Span.End <= end
		}) {
			// (only where the rest tells a day of telling to count from;
			// else the day of filing is the one "a day earlier" means)
			tail := timex.FindAfter(a.text, sitrep.Span{Start: end, End: s.span.End}, a.published, a.lastDay)
			if slices.ContainsFunc(tail, func(t timex.Expr) bool { return t.Kind == timex.Reporting && t.Precision == sitrep.PrecisionDay }) {
				head := timex.FindAfter(a.text, sitrep.Span{Start: s.span.Start, End: end}, a.published, a.lastDay)
				s.times = append(head, tail...)
			}
		}
		break
	}
	for _, pi := range s.places {
		m := a.places[pi]
		if !isDateline(a.text, m) {
			continue
		}
		if end := datelineEnd(a.text, m); end > 0 {
			for k := range s.times {
				if t := &s.times[k]; t.Kind == timex.Point && t.Span.Start >= m.Full.Start && t.Span.End <= end {
					t.Kind = timex.Reporting
					t.Note = "the date of the dateline: the day the report was filed"
				}
			}
		}
	}
	// "today", "yesterday" in a quotation are the speaker's, and when
	// the speaker spoke is not known: they date the saying, not the news
	for k := range s.times {
		if t := &s.times[k]; t.Kind == timex.Point && deictic(t.Text) && s.quoted(t.Span.Start) {
			t.Kind = timex.Reporting
			t.Note = "said in a quotation; the day the speaker spoke is not known"
		}
	}
	s.sayingDays()
	s.overnightOfReport()
	for _, t := range s.times {
		if t.Kind == timex.Point && t.Precision == sitrep.PrecisionDay && !t.Date.IsZero() && !t.Background {
			a.lastDay = t.Date
		}
	}
	s.country = a.labelCountry(s)
	if x.actors != nil {
		country := a.country
		if s.country != "" {
			country = s.country
		} else if c := a.placesCountry(s); c != "" {
			country = c
		}
		s.actors = x.actors.FindIn(a.sideWords, a.text, s.span, country)
		s.actors = s.dropDivisionWords()
		x.namedGroups(a, s)
		s.actors = x.coordinatedSides(a, s, country)
		s.actors = x.backedSides(a, s, country)
		s.actors = s.leaderSides(a.text)
		x.groupAnaphor(a, s)
		x.sideAnaphor(a, s)
		s.speakersOwnForces()
		x.possessiveSide(a, s)
		s.actors = s.genericOfNamed()
		x.unnamedDoers(a, s, country)
		x.namedCountrysForces(a, s, country)
		x.factionOfForces(a, s)
		x.accusedCountries(a, s)
		x.clearedSideFrom(a, s) // (after the sides: its object must be one)
		// a word of what happened inside a side's name ("Tigray People's
		// Liberation Front", "National Liberation Army") tells nothing
		kept := s.triggers[:0]
		for _, t := range s.triggers {
			if !s.insideName(t) && !s.movementOfNoSide(t) && !s.crashedAircraft(t) && !s.attributiveParticiple(t) {
				kept = append(kept, t)
			}
		}
		s.triggers = kept
	}
	s.clause, s.clauseKinds = segment(s.words, s.sinceClauses())
	s.sinceActsBackground()
	s.tellersDays()
	s.cause = s.causeSpan()
	for k := range s.triggers {
		if t := &s.triggers[k]; t.class.name != "protest" && s.cause[0] <= t.i && t.i < s.cause[1] {
			t.irrealis = true // "to protest against a wave of kidnappings": the crowd's grievance, no act of this incident
		}
	}
	s.triggers = s.dropDefendingSpeaker()
	s.triggers = s.dropReportingAirForce(a)
	x.gatheredToProtest(s)
	for k := range s.triggers {
		if t := &s.triggers[k]; t.class.name == "gain" && !t.trigger.noun && s.perfectInRelative(t.i) {
			t.irrealis = true
		}
	}
	s.subjectOfUndone()
	s.markReducedRelatives()
	s.cumClause, s.aggClause = map[int]bool{}, map[int]bool{}
	habitual := map[int]bool{} // clauses told as happening often
	for ti, t := range s.times {
		if s.comparisonTime(&t) {
			continue // "one of the deadliest attacks this year": the span of the comparison
		}
		if t.Kind == timex.Period && (!t.Date.IsZero() || periodWords(t.Text)) {
			// a period with no time in it ("during operations") says
			// nothing of running totals
			c := s.clause[min(s.wordAt(t.Span.Start), len(s.words)-1)]
			if s.oneActSoFar(t.Text) {
				continue // "…on Sunday; six bodies have so far been recovered"
			}
			if pastDay(t.Text) && !a.published.IsZero() && s.sharedOutAround(c) {
				// "Russian attacks killed four civilians over the past
				// day: two in Pokrovsk, one in ...": a day's round-up
				// that tells each place's dead, an incident at each,
				// on the day before the report
				s.times[ti].Kind = timex.Point
				s.times[ti].Date = sitrep.DateOf(a.published.Time().AddDate(0, 0, -1))
				s.times[ti].Precision = sitrep.PrecisionDay
				s.times[ti].Note = "a day's round-up shared out over places: the day before the report"
				continue
			}
			if shortPeriod(t) {
				// "between Sunday and Monday", "on the night of Friday to
				// Saturday": a night or a day and the next, no stretch of
				// many acts; the incident's first day
				s.times[ti].Kind = timex.Point
				s.times[ti].Note = "a day and the next: the first"
				continue
			}
			if s.actsLength(t, c) {
				continue // "entered the town on May 10 and held parts of it for two days": how long the act lasted, no running total
			}
			if s.fightSince(a, t, c) {
				// "clashes in Murzuq have left 19 dead since Friday": one
				// fight of a few days and its toll, dated by its first day
				s.times[ti].Kind = timex.Point
				s.times[ti].Note = "the first day of a fight of a few days"
				continue
			}
			s.cumClause[c] = true
			if longPeriod(t) {
				s.aggClause[c] = true
			}
		}
	}
	// a span of weeks, months or years told as a stretch of something
	// ("in three months of street protests", "after two years of war"):
	// its counts sum that stretch
	for _, q := range s.quants {
		if q.Kind != quantity.Duration || q.Value < 2 {
			continue
		}
		switch q.Unit {
		case "weeks", "months", "years":
		default:
			continue
		}
		_, qb := s.wordRange(q.Span)
		if qb < len(s.words) && s.words[qb].low == "of" {
			c := s.clause[min(qb, len(s.words)-1)]
			s.cumClause[c], s.aggClause[c] = true, true
		}
	}
	for _, m := range s.markers {
		if comparisonSpan(s.words[m.i].low) && s.inComparison(m.i) {
			continue
		}
		if s.inCapitalName(m.i) {
			continue // "(Baghdad Daily Post)": a word of a name, an outlet's, not of time
		}
		switch m.val.(string) {
		case "cumulative", "recent":
			if pastDay(s.wordsText(m.i, min(m.i+m.n+2, len(s.words)))) && !a.published.IsZero() && s.sharedOutAround(s.clause[m.i]) {
				continue // a day's round-up shared out over places (above)
			}
			if m.val.(string) == "recent" {
				s.cumClause[s.clause[m.i]] = true
				continue
			}
			if s.oneActSoFar(s.wordsText(m.i, m.i+m.n)) || s.occasion(m.i) || s.oneOfASeries(m.i) || s.seriesOfOneDay(m) || s.numberOfOneAct(m) || s.separateActsEachSited(m) || s.reportsName(m) {
				continue
			}
			s.cumClause[s.clause[m.i]], s.aggClause[s.clause[m.i]] = true, true
			if s.sumDay == nil {
				s.sumDay = s.dayOfCountedActs(m)
			}
		case "counted":
			if !s.newsDayIn(s.clause[m.i]) {
				s.cumClause[s.clause[m.i]], s.aggClause[s.clause[m.i]] = true, true
			}
		case "spread":
			// "violence across the country killed 19 over the weekend":
			// tolls of many places over days; one day's strikes "across
			// the country" are still one wave
			if !s.hasDay() {
				s.cumClause[s.clause[m.i]], s.aggClause[s.clause[m.i]] = true, true
			}
		case "habitual", "negation":
			if k := m.i + m.n; m.val.(string) == "negation" && (agencyAt(s.words, k) || k < len(s.words) && denialVerb(s.words[k].low) && agencyAt(s.words, k+1)) {
				// "the group denied involvement in the bombing": who did
				// it is denied, not that it was done; "the military did
				// not deny carrying out the strike": a denial negated
				// admits the act
				continue
			}
			if m.val.(string) == "negation" {
				if and := x.negatedConjunct(s, m); and >= 0 {
					// "Gunmen killed five villagers in Kajuru on Monday,
					// and police have not identified the attackers": the
					// negation is of the second conjunct only; the acts
					// told before the "and" were done
					for ti := range s.triggers {
						if t := &s.triggers[ti]; t.i > and && s.clause[t.i] == s.clause[m.i] {
							t.irrealis = true
						}
					}
					continue
				}
			}
			s.aggClause[s.clause[m.i]] = true
			if k := m.i + m.n; m.val.(string) == "habitual" && !(k < len(s.words) && s.triggerAt(k) != nil && strings.HasSuffix(s.words[k].low, "s")) {
				// (not a word that only qualifies the acts' plural noun:
				// "after sporadic clashes we repelled the attack")
				habitual[s.clause[m.i]] = true
			}
		case "ranked":
			// "has seen some of the fiercest fighting": one among many
			// acts over time, no one incident, unless the sentence names
			// its day ("came under some of the heaviest shelling on
			// Tuesday")
			// the day of the marker's own clause, or of a clause after it
			// ("have intensified strikes, killing 14 militants on
			// Sunday"); not a day in a "since" clause, when the span began
			// ("has come under attack since Russia opened a new front on
			// May 10"), nor one of a clause before that the marker's
			// clause describes ("launched the offensive on May 12 with
			// the backing of Washington, which has stepped up drone
			// strikes")
			day := false
			for ti := range s.times {
				w := min(s.wordAt(s.times[ti].Span.Start), len(s.words)-1)
				day = day || newsDay(&s.times[ti]) && (s.clause[w] == s.clause[m.i] || w > m.i && !s.inSinceClause(w))
			}
			if !day {
				s.aggClause[s.clause[m.i]] = true
			}
		case "total":
			if !s.hasMarker("anaphor") && !s.oneActOnADay("") {
				s.cumClause[s.clause[m.i]], s.aggClause[s.clause[m.i]] = true, true
			}
		}
	}
	// "killed in conflict-related violence across Somalia in November":
	// acts spread over a country or a province named outright, as "across
	// the country" tells (spread, above), when no day is named
	if !s.hasDay() {
		for _, pi := range s.places {
			m := a.places[pi]
			i := s.wordAt(m.Span.Start)
			if i <= 0 || i >= len(s.words) || !isCountry(m) && !m.Admin {
				continue
			}
			k := i - 1
			if k > 0 && s.words[k].low == "the" {
				k--
			}
			if w := s.words[k].low; w == "across" || w == "throughout" {
				s.cumClause[s.clause[i]], s.aggClause[s.clause[i]] = true, true
			}
		}
	}
	// a toll in the perfect up to a happening told by "since" ("40
	// patients had died since the hospital's generators ran out of fuel
	// last week", "have been killed since the fighting began"): a running
	// total from then on, unless the since-clause names a day of the news
	// a since-clause that opens the sentence, told before acts in the
	// perfect ("Since the fall of Bashar al-Assad on December 8,
	// Turkey-backed forces have seized the towns of Tal Rifaat and
	// Manbij"): what was done from then until now, no one act, when
	// then is more than a week back
	if s.sinceClauses()[0] && len(s.clause) == len(s.words) && !a.published.IsZero() {
		s.frontedSincePerfect(a.published.Time())
	}
	for k := range s.sinceClauses() {
		if k == 0 || k >= len(s.words) || s.clause[k] == s.clause[k-1] && s.words[k-1].low != "," {
			continue
		}
		c := s.clause[k-1]
		dayTold := false
		for ti := range s.times {
			// (not a day weeks back: "700 civilians have been killed since
			// the government began its offensive on February 18" is the
			// campaign's running total)
			if j := s.wordAt(s.times[ti].Span.Start); j > k && j < len(s.words) && s.clause[j] == s.clause[k] && newsDay(&s.times[ti]) &&
				(a.published.IsZero() || a.published.Time().Sub(s.times[ti].Date.Time()) <= 7*24*time.Hour) {
				dayTold = true // "since they erupted on Friday": one fight of a few days (fightSince)
			}
		}
		if dayTold {
			continue
		}
		for j := k - 1; j >= 1 && s.clause[j] == c; j-- {
			if w := s.words[j-1].low; (w == "has" || w == "have" || w == "had" || w == "been") && x.casualtyAt(s, j, false) != "" {
				s.cumClause[c], s.aggClause[c] = true, true
				break
			}
			// ("has seized large parts of two territories since resuming
			// its offensive": acts in the perfect up to a happening told
			// by "since" sum what was done from then on, no one act)
			if w := s.words[j-1].low; (w == "has" || w == "have") && s.triggerAt(j) != nil && !s.triggerAt(j).noun {
				s.aggClause[c] = true
				break
			}
		}
	}
	// a relative clause in the perfect on acts told in the plural or as a
	// campaign ("as ethnic clashes that have killed more than 100 people
	// showed no sign of ending", "the insurgency, which has killed
	// thousands"): a running total of those acts, not the incident's toll,
	// unless the clause names a day of the news
	for k := 2; k+2 < len(s.words); k++ {
		if w := s.words[k].low; w != "that" && w != "which" || s.clause[k] == s.clause[k-1] && s.words[k-1].low != "," {
			continue
		}
		h := k - 1
		if s.words[h].low == "," {
			h--
		}
		if h < 0 || !campaignHead(s, h) {
			continue
		}
		if aux := s.words[k+1].low; aux != "have" && aux != "has" {
			continue
		}
		v := k + 2
		if v < len(s.words) && (s.words[v].low == "already" || s.words[v].low == "now") {
			v++
		}
		if v >= len(s.words) || x.casualtyAt(s, v, false) == "" && x.casualtyAt(s, v, true) == "" {
			continue
		}
		c := s.clause[v]
		dayTold := false
		for ti := range s.times {
			if j := s.wordAt(s.times[ti].Span.Start); j > k && j < len(s.words) && s.clause[j] == c && newsDay(&s.times[ti]) {
				dayTold = true
			}
		}
		if !dayTold {
			s.cumClause[c] = true
		}
	}
	// acts counted in the perfect ("has carried out many attacks in the
	// area", "have launched dozens of raids"): a record of the side, not
	// one incident, unless the clause names its day
	for _, c := range s.countedActsInPerfect() {
		s.aggClause[c] = true
	}
	// "have since regained much of the territory": the perfect with
	// "since" sums what was done from a time told before until now, no
	// one act
	for _, t := range s.triggers {
		if k := t.i; k >= 2 && s.words[k-1].low == "since" && !t.trigger.noun {
			switch s.words[k-2].low {
			case "has", "have", "had":
				s.aggClause[s.clause[k]] = true
			}
		}
	}
	// a relative clause ("..., of which 31 were killed") describes the
	// clause before it and shares its running-total cue, as does a
	// clause set beside it by "while"; the cue of such a clause stays in it
	for i := 1; i < len(s.words); i++ {
		c := s.clause[i]
		if c == s.clause[i-1] {
			continue
		}
		w := s.words[i].low
		if i > 0 && s.words[i-1].low == "," && participle(w) {
			w = "which" // a participial clause shares the scope of the clause it hangs on
		}
		switch w {
		case "which", "who", "whom", "whose", "that", "while", "whereas":
			// (and a tally goes on after "while": "... since January,
			// while hundreds were injured, while the monitor documented
			// the death of 61")
			if s.cumClause[c-1] {
				s.cumClause[c] = true
			}
			if s.aggClause[c-1] {
				s.aggClause[c] = true
			}
		}
	}
	// a piece of a run-on sentence cut at ", while" (runOnPieces), going
	// on in lower case ("... since January, while hundreds others were
	// injured"): its first clause shares the running total of the clause
	// it hangs on, as it would inside one sentence
	if s.idx > 0 && len(s.words) > 0 && len(s.clause) == len(s.words) && !s.words[0].cap {
		switch s.words[0].low {
		case "which", "who", "whom", "whose", "while", "whereas":
			if p := a.sents[s.idx-1]; len(p.words) > 0 && len(p.clause) == len(p.words) && p.span.End <= s.span.Start {
				last := p.clause[len(p.words)-1]
				if p.cumClause[last] {
					s.cumClause[s.clause[0]] = true
				}
				if p.aggClause[last] {
					s.aggClause[s.clause[0]] = true
				}
			}
		}
	}
	// the toll of a whole war told in the perfect ("the war in Ukraine,
	// which has killed tens of thousands", "the conflict has killed
	// 20,000"): a running total, whatever day the sentence names
	for _, c := range s.warTollClauses() {
		s.cumClause[c], s.aggClause[c] = true, true
	}
	for _, c := range s.spanRelativeClauses() {
		s.cumClause[c], s.aggClause[c] = true, true
	}
	s.cumulative = len(s.cumClause) > 0
	s.tollPronoun = s.idx > 0 && s.idx <= len(a.sents) && len(s.words) > 2 && s.words[0].low == "it" && a.sents[s.idx-1].toldToll()
	x.findCasualties(a, s)
	// "the death toll from the bombing rose to 165 on Monday": the day
	// the toll rose, not the day of the bombing; so too the day a toll
	// was given ("the ministry had given a toll of 11 on Saturday")
	for _, c := range s.cas {
		if !c.toll && !s.tollNamed(c) {
			continue
		}
		end := s.wordAt(c.span.End - 1)
		for k := range s.times {
			t := &s.times[k]
			if at := s.wordAt(t.Span.Start); t.Kind == timex.Point && (at > end && at <= end+3 || s.earlierFigureBefore(at)) {
				t.Kind = timex.Reporting
				t.Note = "the day the toll rose, not the day of the incident"
			}
		}
	}
	// "three of the wounded died in hospital overnight", "two
	// succumbed to their injuries on Monday": the day the hurt died, not
	// the day of the incident; so too "a ninth victim died in hospital on
	// Monday", one more of the dead told before
	ordinalEnd := x.opensOrdinalPerson(s)
	for _, c := range s.cas {
		if c.kind != sitrep.Killed {
			continue
		}
		if ordinalEnd > 0 && s.wordAt(c.np.Start) == 0 && c.count.BestOr(0) == 1 {
			c.also = true
		} else if !c.hurtDied && !x.hurtLaterDied(s, c) {
			continue
		}
		cl := s.clause[min(s.wordAt(c.np.Start), len(s.words)-1)]
		for k := range s.times {
			t := &s.times[k]
			if at := s.wordAt(t.Span.Start); t.Kind == timex.Point && at < len(s.words) && s.clause[at] == cl {
				t.Kind = timex.Reporting
				t.Note = "the day the hurt died, not the day of the incident"
			}
		}
	}
	s.claimDays(a.text)
	s.sincePossessiveDays(a.text)
	tally := s.isTally(a) || s.toldByATally()
	negated := map[int]bool{}
	negatedFrom := map[int]int{} // a clause whose negation covers only its conjunct from this "and"
	for _, m := range s.markers {
		if m.val.(string) == "negation" {
			if and := x.negatedConjunct(s, m); and >= 0 {
				if f, ok := negatedFrom[s.clause[m.i]]; !ok || and < f {
					negatedFrom[s.clause[m.i]] = and
				}
				continue
			}
			negated[s.clause[m.i]] = true
		}
	}
	// the armed groups the report tells of, for "the gunmen" to point
	// back to (by name: "its fighters" only points back to one); not one
	// named in a clause that tells nothing done ("split
	// over whether to ally with Islamic State or al-Qaeda"), nor one asked
	// about ("investigating whether the attack was linked to cartel A")
	for _, m := range s.actors {
		if m.Actor != nil && !m.Generic && !m.Anaphor && isArmedGroup(m.Actor) && !negated[s.clause[min(s.wordAt(m.Span.Start), len(s.words)-1)]] &&
			!s.inQuestion(min(s.wordAt(m.Span.Start), len(s.words)-1)) &&
			!s.speakerAfterSide(s.wordAt(m.Span.End-1)+1) { // ("a Taliban spokesman put the toll at 10": the source, not a suspect)
			a.groups[m.Actor.Name]++
			we := s.wordAt(m.Span.End-1) + 1
			s.groupMentions = append(s.groupMentions, groupMention{name: m.Actor.Name, span: m.Span, claims: x.claims(s, we), harmed: x.objectOfSidesHarm(a.text, s, m.Span)})
		}
	}
	kept := s.cas[:0]
	for _, c := range s.cas {
		cl := s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)]
		from, part := negatedFrom[cl]
		if (negated[cl] || part && s.wordAt(c.span.Start) > from) && !c.reflex && !c.outside {
			continue // "he did not say whether the other three died" (not "the toll did not include the two bombers": left out of it, so more)
		}
		if at := s.wordAt(c.span.Start); s.cause[0] <= at && at < s.cause[1] {
			continue // "protested against the killing of a student": the dead that moved the crowd, not the protest's
		}
		kept = append(kept, c)
	}
	s.cas = kept
	s.underCareOfHurt()
	if s.ranksTheActTold() {
		for _, c := range s.cas {
			c.subset = true // "It was the first reported death of a Russian general in Syria": the dead told, ranked, not more
		}
	}
	for _, c := range s.cas {
		c.cumulative = tally || s.cumClause[s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)]] || s.aggClause[s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)]] && !c.outside ||
			((c.kind == sitrep.Killed || c.kind == sitrep.Arrested) && c.count.BestOr(0) >= massToll && !s.hasDay()) ||
			// ("The report also counted 149 civilians killed in air
			// strikes by Afghan and international forces": many dead of
			// many acts, told with no day)
			c.count.BestOr(0) >= 50 && !s.hasDay() && s.killedInManyActs(s.wordAt(c.span.End-1)+1) ||
			// ("119 policemen were killed in the province in 2022": the
			// many dead of a whole year, told with nothing nearer; not "a
			// thirteenth victim died in 1977", one more of the dead)
			c.count.BestOr(0) >= 5 && !s.hasDay() && s.wholeYearIn(s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)]) ||
			// ("The defence ministry says 415 militants have been
			// 'neutralised'": many dead in the perfect, with no act, place
			// or day and no word pointing back: a campaign's tally)
			c.count.BestOr(0) >= 50 && s.bareTallyInPerfect(c)
		// (a count left out of a toll by a negation, "the toll did not
		// include the two bombers", is no tally the negation sums)
	}
	// a trigger is no incident when its clause sums a long period, or a
	// short one whose clause counts people ("32 soldiers were killed in
	// attacks in the past 24 hours")
	casClause := map[int]bool{}
	for _, c := range s.cas {
		if c.cumulative {
			casClause[s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)]] = true
		}
	}
	// counts told together in one clause share its scope: "killed more
	// than 1,300 people and injured over 1,800 others last month" are one
	// tally
	for _, c := range s.cas {
		if casClause[s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)]] {
			c.cumulative = true
		}
	}
	a.remaindersOfTotals(s)
	all, often := len(s.triggers) > 0, false
	for i := range s.triggers {
		c := s.clause[s.triggers[i].i]
		s.triggers[i].aggregate = s.aggClause[c] || s.cumClause[c] && casClause[c] ||
			i > 0 && s.triggers[i-1].aggregate && s.partitiveBefore(s.triggers[i].i) ||
			// ("the barrel-bomb campaign on Aleppo has killed more than
			// 700": the act names a campaign of many, not one incident)
			s.campaignAfter(s.triggers[i].i+s.triggers[i].n)
		if !s.triggers[i].aggregate {
			all = false
		}
		often = often || habitual[c]
	}
	for _, c := range s.cas {
		if !c.cumulative {
			often = false
		}
	}
	// ("Officials blamed the ELN, which has stepped up attacks this
	// year": the totals of a relative clause describe the side a main
	// clause blames; the sentence tells who did an incident)
	// ("Both districts have been repeatedly attacked by the insurgents":
	// acts told as happening often, with no count of one of them, tell no
	// incident, nor where one happened)
	s.aggregate = all && (len(s.cumClause) > 0 || often) && !(s.onlyRelativeTriggers(s.triggers) && s.claimOutsideRelatives())
}

// claimOutsideRelatives reports whether a word of claim or blame stands in
// a clause of the sentence that is not a relative one.
func (s *sentence) claimOutsideRelatives() bool {
	for _, m := range s.markers {
		if m.val.(string) == "claim" && s.clauseKindAt(m.i) != relativeClause {
			return true
		}
	}
	return false
}

// partitiveBefore reports whether a pronoun of part stands just before
// word i ("most of them intercepted", "many of which fell short"): what
// the word tells befell part of the things told before, and shares their
// scope (a running total's parts are the total's).
func (s *sentence) partitiveBefore(i int) bool {
	if i < 3 {
		return false
	}
	switch s.words[i-1].low {
	case "them", "which", "these", "those":
	default:
		return false
	}
	if s.words[i-2].low != "of" {
		return false
	}
	return quantityBeforeOf[s.words[i-3].low]
}

// campaignAfter reports whether word k is "campaign" or "campaigns", the
// head of a noun phrase that the act's word before it describes ("the
// barrel-bomb campaign", "a drone campaign").
func (s *sentence) campaignAfter(k int) bool {
	return k < len(s.words) && (s.words[k].low == "campaign" || s.words[k].low == "campaigns")
}

// warNoun are the nouns of a whole war or campaign, whose toll told in the
// perfect is a running total.
var warNoun = map[string]bool{
	"war": true, "wars": true, "conflict": true, "conflicts": true, "insurgency": true, "violence": true, "unrest": true,
	"uprising": true, "rebellion": true, "crisis": true, "campaign": true, "offensive": true, "bloodshed": true, "hostilities": true,
	"siege": true, "sieges": true, "occupation": true, "blockade": true,
}

// warTollClauses gives the clauses that tell a war's toll in the perfect:
// a verb of harm after "has"/"have" whose subject is a noun of a whole
// war, either just before it ("the war in Sudan has killed") or the noun
// a relative clause hangs on ("the war in Ukraine, which has killed").
func (s *sentence) warTollClauses() []int {
	var out []int
	for k := 1; k+1 < len(s.words); k++ {
		if w := s.words[k].low; w != "has" && w != "have" {
			continue
		}
		v := k + 1
		for v < len(s.words) && (s.words[v].low == "now" || s.words[v].low == "already" || s.words[v].low == "so" || s.words[v].low == "far") {
			v++
		}
		if v >= len(s.words) {
			continue
		}
		if killed, wounded := hurtWord(s.words[v].low); !killed && !wounded && s.words[v].low != "claimed" && s.words[v].low != "left" && s.words[v].low != "cost" {
			continue
		}
		j := k - 1
		if w := s.words[j].low; w == "which" || w == "that" {
			j--
		}
		if s.warNounBefore(j) {
			out = append(out, s.clause[k])
		}
	}
	return out
}

// spanRelativeClauses gives the relative clauses that tell what happened
// over the whole span of a war or a siege, opened by "during which" or
// "throughout which" ("the siege of the city, during which more than
// 11,000 people were killed by shelling"): a running total, whatever its
// tense, unless the clause names its own day. (Not "the raid, during
// which two soldiers died": a raid is one act.)
func (s *sentence) spanRelativeClauses() []int {
	var out []int
	for k := 1; k+1 < len(s.words); k++ {
		if w := s.words[k].low; w != "during" && w != "throughout" || s.words[k+1].low != "which" {
			continue
		}
		c := s.clause[k+1]
		if s.warNounBefore(k-1) && !s.dayInClause(c) {
			out = append(out, c)
		}
	}
	return out
}

// dayInClause reports whether clause c names a day (a point in time of
// day precision).
func (s *sentence) dayInClause(c int) bool {
	for _, t := range s.times {
		if at := s.wordAt(t.Span.Start); at < len(s.words) && s.clause[at] == c && t.Kind == timex.Point && t.Precision == sitrep.PrecisionDay {
			return true
		}
	}
	return false
}

// warNounBefore reports whether the noun phrase ending at word j is headed
// by a noun of a whole war, past a phrase after it that names where or
// whom ("the war in Ukraine", "the conflict in the Sahel", "the
// insurgency against the state").
func (s *sentence) warNounBefore(j int) bool {
	if j >= 0 && s.words[j].low == "," {
		j--
	}
	for k := j; k >= 0 && k >= j-5; k-- {
		w := s.words[k]
		if warNoun[w.low] {
			return true
		}
		if w.punc || !(w.cap || w.low == "in" || w.low == "of" || w.low == "the" || w.low == "against" || w.low == "between" || w.low == "and" || w.low == "civil") {
			return false
		}
	}
	return false
}

// inComparison reports whether word i lies in a superlative's comparison
// ("one of the deadliest attacks on security forces this year", "the
// worst violence since 2014", "the biggest loss in years"): the span of
// time there is what the incident is compared over, not a running total.
func (s *sentence) inComparison(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		w := s.words[k]
		if w.punc && w.low != "-" || isClauseBreak(w) && w.low != "since" {
			return false
		}
		if superlative(w.low) || w.low == "most" && k+1 < i || s.ordinalAt(k) && k > 0 && rankDeterminer(s.words[k-1].low) {
			return true // ("the third media worker killed this year": a rank over the span)
		}
	}
	return false
}

// ordinalAt reports whether word k is an ordinal number ("first",
// "third", "12th"), as the quantity reader found it: it ranks a thing
// among others of its kind, as a superlative does.
func (s *sentence) ordinalAt(k int) bool {
	for _, q := range s.quants {
		if a, b := s.wordRange(q.Span); q.Kind == quantity.Ordinal && a <= k && k < b {
			return true
		}
	}
	return false
}

// comparisonTime reports whether a time expression is the span a
// superlative compares over.
func (s *sentence) comparisonTime(t *timex.Expr) bool {
	return comparisonSpan(t.Text) && s.inComparison(s.wordAt(t.Span.Start))
}

// comparisonSpan reports whether a time phrase can be the span a
// superlative compares over ("this year", "since 2015", "in years", "so
// far", "to date"), not a period of its own ("during September").
func comparisonSpan(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	for _, p := range []string{"this ", "since", "in years", "in months", "in decades", "in recent", "so far", "to date", "this"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// superlative reports whether a word is a superlative adjective of
// degree ("deadliest", "worst", "biggest").
func superlative(w string) bool {
	switch w {
	case "worst", "best", "largest", "biggest", "deadliest", "bloodiest", "heaviest", "highest", "fiercest", "greatest", "latest", "strongest", "longest",
		"deepest", "furthest", "farthest", "closest", "nearest", "costliest", "toughest", "hardest", "gravest", "widest", "lowest", "smallest":
		return true
	}
	return false
}

// compoundModifier reports whether the word at i makes the trigger before
// it part of a name for something else: "bomb-making factory", "bomb
// disposal experts", "mortar factory", "rocket launchers".
func (s *sentence) compoundModifier(i int) bool {
	if i >= len(s.words) {
		return false
	}
	switch s.words[i].low {
	case "making", "maker", "makers", "factory", "factories", "workshop", "workshops", "expert", "experts",
		"disposal", "squad", "materials", "components", "launcher", "launchers", "belt", "belts", "vests",
		"manufacturing", "cache", "caches", "depot", "depots", "sniffing", "detector", "detectors", "shelter", "shelters",
		// what tells or rehearses an act, not the act ("battle scenes",
		// "attack plans", "combat drills")
		"scene", "scenes", "plan", "plans", "drill", "drills", "game", "games", "simulation", "simulations",
		// the weapons as goods, made, kept, sent or lacking ("rationing
		// artillery ammunition", "drone production", "missile deliveries")
		"ammunition", "ammo", "supplies", "stocks", "stockpile", "stockpiles", "production", "deliveries",
		"shipments", "shortage", "shortages", "programme", "program", "industry":
		return !(s.words[i].low == "belt" || s.words[i].low == "belts" || s.words[i].low == "vests") || s.words[i-1].low != "suicide"
	}
	return false
}

// equipment reports whether word i names what someone carried or
// travelled in ("armed with grenades and rocket launchers", "equipped
// with mortars", "in vehicles mounted with heavy weapons"), not what
// they did.
func (s *sentence) equipment(i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		w := s.words[k]
		if w.low == "with" {
			switch s.words[k-1].low {
			case "armed", "equipped", "mounted", "loaded", "fitted", "carrying":
				return s.words[k-1].low != "loaded" // ("loaded with explosives" tells a bomb)
			}
			// "attacked a checkpoint with guns and rocket-propelled
			// grenades": firearms among the weapons make them a ground
			// assault's arms, not a means of their own
			return s.firearmsFrom(k + 1)
		}
		if w.punc || isClauseBreak(w) {
			return false
		}
	}
	return false
}

// firearmsFrom reports whether a firearm is named from word i to the end
// of its clause.
func (s *sentence) firearmsFrom(i int) bool {
	for k := i; k < len(s.words) && k < i+8; k++ {
		w := s.words[k]
		if w.punc && w.low != "," || isClauseBreak(w) {
			return false
		}
		switch w.low {
		case "gun", "guns", "rifles", "rifle", "firearms", "kalashnikovs", "pistols", "machineguns", "machine":
			return true
		}
	}
	return false
}

// airStrikes reads "strikes" as air strikes in a report that tells of
// air strikes elsewhere ("Saudi-led coalition air strikes ..." then
// "Strikes hit three vehicles"): the word names the same kind of act;
// and a side's strike ("an Israeli strike") so in any report.
func (x *Extractor) airStrikes(a *analysis) {
	air := false
	for _, s := range a.sents {
		for _, t := range s.triggers {
			air = air || t.class.name == "air" && !t.irrealis
		}
	}
	for _, s := range a.sents {
		for i := range s.triggers {
			t := &s.triggers[i]
			if w := s.words[t.i].low; t.class.name != "attack" || w != "strike" && w != "strikes" {
				continue
			}
			if air && (t.i == 0 || s.nounUse(t.i, t.trigger) || s.words[t.i].cap) || s.sidesStrike(a, t.i) {
				t.class, t.noun = x.lex.classes["air"], true
			}
		}
	}
}

// sidesStrike reports whether the strike noun at word i is told as a
// side's ("an Israeli strike", "a coalition strike", "an IDF strike"): a
// side's actor mention ends on it, or a state's forces' just before it.
// A side's strike is a strike from the air or from afar, not a labour
// strike (the lexicon drops those) nor a blow in a fight.
func (s *sentence) sidesStrike(a *analysis, i int) bool {
	for _, t := range s.triggers {
		if t.i+t.n == i && t.class.name != "attack" {
			return false // "a Russian missile strike": the means named is the kind
		}
	}
	for _, m := range s.actors {
		if m.Actor != nil && m.Span.Start < s.words[i].span.Start && m.Span.End == s.words[i].span.End {
			return true
		}
		// a state's forces named right before it: "an IDF strike", "a
		// US strike"
		if m.Actor != nil && isStateSide(m.Actor) && i > 0 && m.Span.End == s.words[i-1].span.End {
			return true
		}
	}
	return false
}

// personObject reports whether the words from i name people ("several
// IS foreign fighters", "two soldiers", "the gunmen"), so that a capture
// verb before them takes people, not a place.
func (x *Extractor) personObject(s *sentence, i int) bool {
	for k := i; k < len(s.words) && k < i+6; k++ {
		w := s.words[k]
		if w.punc {
			return false
		}
		if _, n := x.lex.persons.at(s.words, k); n > 0 {
			if modifiesNoun(s, k+n) {
				// "retook the national road", "captured other villages",
				// "seized the army radio station": the word for people
				// only qualifies the noun after it, the thing taken
				k += n - 1
				continue
			}
			// ("overran the army's positions": the people own the thing)
			return k+n >= len(s.words) || s.words[k+n].low != "s"
		}
		if !w.num && !npFunction[w.low] && !x.npModifier(s, k) && w.low != "several" && w.low != "many" && w.low != "some" && w.low != "dozens" && w.low != "scores" {
			return false
		}
	}
	return false
}

// modifiesNoun reports whether word i, right after a word for people, is
// a plain common noun that word qualifies ("national road", "other
// villages", "army base"): lower-case, no number, no function word, no
// time, no participle or adverb.
func modifiesNoun(s *sentence, i int) bool {
	if i >= len(s.words) {
		return false
	}
	w := s.words[i]
	if w.punc || w.cap || w.num || notModifier[w.low] || npFunction[w.low] || timeWords[w.low] {
		return false
	}
	for _, suf := range []string{"ing", "ed", "ly"} {
		if strings.HasSuffix(w.low, suf) {
			return false
		}
	}
	switch w.low {
	case "s", "alive", "dead", "hostage", "hostages", "captive", "captives", "prisoner", "prisoners", "last", "this", "after", "before", "during", "inside", "outside", "there", "here", "too", "also", "back", "earlier", "later":
		return false
	}
	return true
}

// participleEnds reports whether a participle's phrase ends at word i,
// with no object of its own: a time, a place or the agent follows, or
// the clause ends ("passengers seized last week", "hostages taken in
// Kaduna", "the men seized by the gang").
func participleEnds(s *sentence, i int) bool {
	if i >= len(s.words) || s.words[i].punc {
		return true
	}
	switch s.words[i].low {
	case "last", "on", "in", "at", "near", "from", "by", "earlier", "yesterday", "during", "since", "this", "two", "three", "days", "weeks", "months":
		return true
	}
	return false
}

// personNounAt reports whether a word for people ends at word i
// ("passengers", "the hostages", "two aid workers").
func (x *Extractor) personNounAt(s *sentence, i int) bool {
	for k := max(0, i-2); k <= i; k++ {
		if _, n := x.lex.persons.at(s.words, k); n > 0 && k+n-1 == i {
			return true
		}
	}
	return false
}

// releaseWords tell people set free or given back.
var releaseWords = map[string]bool{
	"released": true, "release": true, "releases": true, "releasing": true, "freed": true, "free": true, "frees": true, "freeing": true,
	"rescued": true, "rescue": true, "rescues": true, "rescuing": true, "handed": true, "exchanged": true, "exchange": true, "swap": true,
	"swapped": true, "returned": true, "return": true, "returning": true, "repatriated": true, "bodies": true, "remains": true,
}

// releaseBefore reports whether a word of release stands within the five
// words before word i, in its phrase ("released three Israeli hostages",
// "the release of 33 hostages", "the bodies of four hostages"): the
// people named there are set free or given back.
func (s *sentence) releaseBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s.words[k]
		if w.punc {
			return false
		}
		if releaseWords[w.low] {
			return true
		}
	}
	return false
}

// peopleTakenInRelative reports whether the verb at word i opens on its
// subject in a relative clause that hangs on a word for people, the
// relative word said or left out ("the 30 students they seized", "the
// hostages whom the gunmen seized", "the workers that rebels took"): its
// object is those people.
func (x *Extractor) peopleTakenInRelative(s *sentence, i int) bool {
	k := i - 1
	if k < 1 {
		return false
	}
	switch s.words[k].low {
	case "they", "he", "she", "we":
		k--
	default:
		// a subject of one or two words after the relative word ("whom
		// the gunmen", "that rebels")
		j := k
		for j > k-2 && j > 0 && !s.words[j].punc && s.words[j].low != "that" && s.words[j].low != "whom" && s.words[j].low != "who" {
			j--
		}
		if s.words[j].low != "that" && s.words[j].low != "whom" && s.words[j].low != "who" {
			return false
		}
		k = j
	}
	if k >= 0 && (s.words[k].low == "that" || s.words[k].low == "whom" || s.words[k].low == "who") {
		k--
	}
	return k >= 0 && x.personNounAt(s, k)
}

// peopleInThePassive reports whether the verb at word i is a passive whose
// subject, just before its auxiliaries or before a participle phrase on
// them, is a word for people ("20 detainees had been freed", "the
// hostages were released", "pupils kidnapped last week have been freed").
func (x *Extractor) peopleInThePassive(s *sentence, i int) bool {
	k := i - 1
	aux := false
	for k >= 0 {
		switch s.words[k].low {
		case "was", "were", "been", "had", "have", "has", "being", "are", "is":
			aux = aux || s.words[k].low != "had" && s.words[k].low != "have" && s.words[k].low != "has"
			k--
			continue
		case "later", "eventually", "finally", "subsequently", "since", "all", "also", "reportedly", "safely":
			k-- // "they were later freed", "have all been released"
			continue
		}
		break
	}
	if !aux || k < 0 {
		return false
	}
	if x.personNounAt(s, k) {
		return true
	}
	switch s.words[k].low {
	case "they", "he", "she", "both", "all":
		return true // "they were later freed": the people told before, not ground
	}
	// "More than 130 pupils kidnapped by gunmen from a school earlier
	// this month have been freed": the subject's people, then a
	// participle phrase on them, then the auxiliaries
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		if s.words[j].punc {
			return false
		}
		if x.personNounAt(s, j) && j+1 <= k {
			switch w := s.words[j+1].low; w {
			case "held", "taken", "seized", "kidnapped", "abducted", "captured", "detained", "arrested", "snatched", "stolen", "trapped":
				return true
			}
		}
	}
	return false
}

// definiteBefore reports whether the noun at word i is made definite by
// what stands before it across modifiers of date and kind: "the November
// 16 attack", "this week's deadly bombing", "Tuesday's ambush" point back
// at an incident already told.
func (s *sentence) definiteBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s.words[k]
		switch {
		case w.low == "the" || w.low == "this" || w.low == "that" || w.low == "these" || w.low == "those":
			return k < i-1 // (a bare "the attack" is the lexicon's anaphor marker's)
		case w.low == "s" && k > 0 && (hasWeekday(s.words[k-1].low) || s.words[k-1].low == "week" || s.words[k-1].low == "day" || s.words[k-1].low == "night"):
			return true // "Tuesday's", "last week's"
		case w.num || w.cap || monthWord(w.low) || attackModifier[w.low]:
			continue
		case k+1 < i && s.words[k+1].hyph && attackModifier[s.words[k+1].low]:
			continue // "the two-hour gunfight": the first half of a compound
		default:
			return false
		}
	}
	return false
}

// placeToldBefore reports whether word w is the name of a place the
// report named before position pos.
func (a *analysis) placeToldBefore(w word, pos int) bool {
	if !a.placeAt(w.span) {
		return false
	}
	name := a.text[w.span.Start:w.span.End]
	for _, m := range a.places {
		if m.Span.Start >= pos {
			break
		}
		if strings.EqualFold(strings.TrimSpace(m.Name), name) {
			return true
		}
	}
	return false
}

// namingPrep are the prepositions before an act named by its place with
// no article ("in Sukma blast", "after Kabul attack").
var namingPrep = map[string]bool{"in": true, "after": true, "since": true, "following": true, "of": true}

// attackModifier are adjectives that may stand between a determiner and
// the noun of an attack without making it another one.
var attackModifier = map[string]bool{
	"deadly": true, "suicide": true, "car": true, "truck": true, "twin": true, "double": true, "latest": true,
	"recent": true, "brazen": true, "coordinated": true, "dawn": true, "overnight": true, "morning": true,
	"night": true, "evening": true, "bloody": true, "massive": true, "horrific": true, "same": true,
	// superlatives: "the deadliest strike since ..." weighs the one just told
	"deadliest": true, "worst": true, "bloodiest": true, "biggest": true, "largest": true, "heaviest": true, "single": true,
	// what follows from the act just told, and how long it lasted: "the
	// ensuing clashes", "the two-hour gunfight", "the hour-long battle"
	"ensuing": true, "subsequent": true, "resulting": true, "hour": true, "minute": true, "long": true,
}

// monthWord reports whether a word names a month.
func monthWord(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// massToll is the number of dead past which a count with no day to it is
// read as a running total ("more than 1,600 civilians were killed in the
// bombardments"): single incidents so deadly are rare, and are dated.
const massToll = 500

// hasDay reports whether a sentence dates something to a day.
func (s *sentence) hasDay() bool {
	for _, t := range s.times {
		if t.Kind == timex.Point && t.Precision == sitrep.PrecisionDay {
			return true
		}
	}
	return false
}

// isTally reports whether a sentence lists counts place by place ("Diyala
// suffered 108 killed and 162 injured; Ninewa 69 killed ..."): statistics,
// not incidents. It takes four counts or more over two places or more, or
// three with no word of an attack.
func (s *sentence) isTally(a *analysis) bool {
	// (a count a shared-out part counts is that part: "killed 24: 14 died
	// in Djibo and 10 in Kaya" tells two counts, not three)
	// (nor is a part of a count told with it: "17 people had been
	// killed, including two members of the Dogon militia")
	n := 0
	for _, c := range s.cas {
		if !c.inPart && !c.subset {
			n++
		}
	}
	if n < 3 || len(s.places) < 2 {
		return false
	}
	for _, t := range s.triggers {
		if !t.weak && t.class.name != "kill" && n < 4 {
			return false
		}
	}
	// (a place and the district or province the report puts it in,
	// "Nokou in Kanem province", are one place)
	names := map[string]bool{}
	within := map[string]bool{}
	for _, pi := range s.places {
		if w := a.places[pi].Within; w != "" && !a.places[pi].WithinMain {
			within[strings.ToLower(w)] = true
		}
	}
	for _, pi := range s.places {
		if n := strings.ToLower(a.places[pi].Name); !within[n] {
			names[n] = true
		}
	}
	return len(names) >= 2
}

// fightSince reports whether a period in clause c is the few days one
// fight has lasted, not a running total: it began at most five days
// before the report (a report of Monday on clashes "since Thursday"), and
// its clause tells fighting (a word of clashes or battle, not a campaign
// word) at no more than one place.
func (s *sentence) fightSince(a *analysis, t timex.Expr, c int) bool {
	if t.Date.IsZero() || a.published.IsZero() || t.Precision != sitrep.PrecisionDay {
		return false
	}
	if d := a.published.Time().Sub(t.Date.Time()).Hours(); d < 0 || d > 120 {
		return false
	}
	fight := false
	for _, tr := range s.triggers {
		if s.clause[tr.i] == c && tr.class.name == "clash" && !tr.weak && !tr.irrealis {
			fight = true
		}
	}
	if !fight {
		return false
	}
	names := map[string]bool{}
	for _, pi := range s.places {
		if m := a.places[pi]; !m.Admin && !isDateline(a.text, m) {
			names[strings.ToLower(m.Name)] = true
		}
	}
	return len(names) <= 1
}

// sinceClauses finds the words "since" that open a clause ("since
// negotiations began ten days ago") rather than a period ("since October",
// which timex reads as one).
func (s *sentence) sinceClauses() map[int]bool {
	out := map[int]bool{}
	for i, w := range s.words {
		if w.low != "since" {
			continue
		}
		period := false
		for _, t := range s.times {
			if t.Span.Start <= w.span.Start && w.span.Start < t.Span.End {
				period = true
			}
		}
		if !period && i+1 < len(s.words) && s.words[i+1].low != "then" {
			out[i] = true
		}
	}
	return out
}

// frontedSincePerfect marks as a sum of acts the main clause after a
// since-clause that opens the sentence, when the clause tells an act in
// the perfect ("have seized") and the since-clause names no day within a
// week of the report (pub).
func (s *sentence) frontedSincePerfect(pub time.Time) {
	sc := s.clause[0]
	for ti := range s.times {
		t := &s.times[ti]
		if j := s.wordAt(t.Span.Start); j < len(s.words) && s.clause[j] == sc && t.Kind == timex.Point && !t.Date.IsZero() && pub.Sub(t.Date.Time()).Hours() <= 7*24 {
			return // "Since Friday, ...": a fight of a few days
		}
	}
	main := -1
	for j := range s.words {
		if s.clause[j] != sc && s.clauseKindAt(j) == mainClause {
			main = s.clause[j]
			break
		}
	}
	if main < 0 {
		return
	}
	for _, t := range s.triggers {
		if t.noun || t.i < 1 || s.clause[t.i] != main {
			continue
		}
		k := t.i - 1
		if w := s.words[k].low; (w == "already" || w == "now" || w == "since") && k > 0 {
			k--
		}
		if w := s.words[k].low; w == "has" || w == "have" {
			s.aggClause[main] = true
			return
		}
	}
}

// longPeriod reports whether a period spans more than two days ("since
// October", "over the last month", "throughout the campaign").
func longPeriod(t timex.Expr) bool {
	if t.Date.IsZero() {
		return periodWords(t.Text) // "since the offensive began", "during September" (year unknown)
	}
	if t.End.IsZero() {
		return false
	}
	return t.End.Time().Sub(t.Date.Time()).Hours() > 48
}

// actsLength reports whether period t, told with "for" in clause c, is
// how long the act of a clause dated to a day of the news lasted ("seized
// the town on May 10 and held it for two days", "fighting raged for
// several hours on Sunday"): a span of hours or days, not weeks, with
// that day in its clause; the act's length, not a sum of many acts.
func (s *sentence) actsLength(t timex.Expr, c int) bool {
	low := strings.ToLower(t.Text)
	if !strings.HasPrefix(low, "for ") {
		return false
	}
	short := false
	for _, w := range strings.Fields(low) {
		switch w {
		case "days", "day", "hours", "hour", "nights", "night":
			short = true
		case "weeks", "week", "months", "month", "years", "year":
			return false
		}
	}
	if !short {
		return false
	}
	for k := range s.times {
		if at := s.wordAt(s.times[k].Span.Start); at < len(s.words) && s.clause[at] == c && newsDay(&s.times[k]) {
			return true
		}
	}
	return false
}

// periodWords reports whether a period's words name a span of time or a
// campaign, so that it can make counts running totals even when it cannot
// be dated.
func periodWords(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:()")
		switch w {
		case "since", "year", "years", "month", "months", "week", "weeks", "days", "campaign", "offensive", "war", "conflict", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "summer", "winter", "spring", "autumn", "ramadan":
			return true
		}
	}
	return false
}

// summaryBullets marks as headlines the bulleted lines under a heading
// that names a summary ("HIGHLIGHTS", "Key points"): a situation report's
// digest retells the incidents its body tells, as headlines do.
//
// A digest that no body follows (a flash update that is nothing but its
// highlights) is the report itself: its bullets stay the body.
func summaryBullets(text string, sents []*sentence) {
	in := false
	var digest []*sentence
	body := false // a sentence of body after a digest
	for _, s := range sents {
		if s.headline && summaryHeading(text[s.span.Start:s.span.End]) {
			in = true
			continue
		}
		if !in {
			body = body || len(digest) > 0 && !s.headline
			continue
		}
		if !bulleted(text[s.span.Start:s.span.End]) {
			in = false
			body = body || !s.headline
			continue
		}
		digest = append(digest, s)
	}
	if !body {
		return
	}
	for _, s := range digest {
		s.headline = true
	}
}

// summaryHeading reports whether a heading names a digest of the report.
func summaryHeading(h string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(h), ":")) {
	case "highlights", "key highlights", "key points", "key messages", "in brief", "summary", "at a glance", "key developments":
		return true
	}
	return false
}

// bulleted reports whether a line opens as a list item ("- ", "• ", "* ").
func bulleted(line string) bool {
	for _, b := range []string{"- ", "• ", "* ", "– "} {
		if strings.HasPrefix(strings.TrimSpace(line), b) {
			return true
		}
	}
	return false
}

// isHeading reports whether a sentence is a heading: a whole line of
// fewer than 16 words without a closing full stop (a headline, a section
// heading, a caption title). Headings summarise or introduce; the body
// tells the incidents.
func isHeading(text string, sp sitrep.Span, words []word) bool {
	if sp.Start > 0 && text[sp.Start-1] != '\n' {
		return false
	}
	if sp.End < len(text) && text[sp.End] != '\n' && text[sp.End] != '\r' {
		return false
	}
	n := 0
	for _, w := range words {
		if !w.punc {
			n++
		}
	}
	if n >= 16 || len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	return !(last.punc && (last.low == "." || last.low == "!" || last.low == "?" || last.low == `"` || last.low == ")"))
}

// adjectival reports whether the verb at word i is used as an adjective
// ("the recently recaptured district", "areas considered liberated"),
// which tells no event.
func (s *sentence) adjectival(i, n int) bool {
	if i == 0 || n != 1 || !strings.HasSuffix(s.words[i].low, "ed") {
		return false
	}
	if s.words[i].hyph && !verbPrefix[s.words[i-1].low] {
		// (not "re-captured": a prefix of the verb itself)
		return true // "the Israeli-occupied West Bank", "rebel-captured towns": a compound adjective
	}
	switch prev := s.words[i-1].low; prev {
	case "considered", "deemed":
		return true
	case "the", "a", "an", "recently", "newly", "previously", "already", "once", "its", "their", "his", "partially", "partly", "fully", "largely":
		if i+1 < len(s.words) {
			next := s.words[i+1]
			// after an adverb a name may be the verb's object ("the army
			// recently recaptured Palmyra"); after a determiner the word
			// can only be the adjective of the noun that follows ("the
			// occupied West Bank")
			determiner := prev == "the" || prev == "a" || prev == "an" || prev == "its" || prev == "their" || prev == "his"
			return !next.punc && (determiner || !next.cap) && next.low != "by" && next.low != "from" && next.low != "on" && next.low != "in" && next.low != "after" && next.low != "last"
		}
	}
	return false
}

// heldAttributive reports whether a participle of holding people at
// word i ("detained", "kidnapped") is an adjective of the noun after it:
// after a determiner ("the detained leaders") or after "of" ("the
// release of detained opposition figures", "families of abducted
// girls"), where no verb can stand. It names who the people are, not an
// arrest or abduction the sentence tells.
func (s *sentence) heldAttributive(i int) bool {
	if i == 0 || i+1 >= len(s.words) || !strings.HasSuffix(s.words[i].low, "ed") {
		return false
	}
	next := s.words[i+1]
	if next.punc || heldNotNoun[next.low] {
		return false
	}
	if s.words[i-1].low == "of" {
		return true
	}
	return s.adjectival(i, 1)
}

// heldReducedRelative reports whether a participle of holding people at
// word i ("detained", "seized") closes a noun phrase that is the object
// of a word before it, as a relative clause cut short: "the release of
// activists detained last month", "freed 12 passengers seized on the
// highway". A verb of holding takes its people as object; with none after
// it, and its noun governed by "of", a preposition or another verb, it
// says who the people are, not an arrest or abduction the sentence tells.
// A quantity's "of" ("hundreds of protesters detained in the capital") and
// a noun that opens its clause ("Protesters detained in the capital")
// leave it the news.
func (s *sentence) heldReducedRelative(i int) bool {
	if i < 2 || !strings.HasSuffix(s.words[i].low, "ed") {
		return false
	}
	if i+1 < len(s.words) {
		next := s.words[i+1]
		if !next.punc && !heldNotNoun[next.low] && !heldTimeAfter[next.low] || next.low == "and" || next.low == "or" {
			return false // an object follows: "bandits abducted 40 worshippers"
		}
	}
	head := s.words[i-1]
	if head.punc || head.num || !nounPhraseWord(head.low) {
		return false
	}
	// back over the noun phrase's words ("12 passengers", "the three
	// local activists") to what governs it
	for k, n := i-2, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		w := s.words[k]
		if w.punc || isClauseBreak(w) {
			return false
		}
		switch {
		case w.low == "of":
			return k > 0 && !quantityBeforeOf[s.words[k-1].low] && !s.words[k-1].num
		case governingPrep[w.low]:
			return true
		case (strings.HasSuffix(w.low, "ed") || pastIrregular[w.low]) && !sayVerb(w.low) && !isPassiveAux(w.low):
			return true
		}
		if !nounPhraseWord(w.low) {
			return false
		}
	}
	return false
}

// nounPhraseWord reports whether a word can stand inside a noun phrase
// before its head: not a word of a verb's frame (an auxiliary, a pronoun
// subject, a relative word or a conjunction).
func nounPhraseWord(low string) bool {
	switch low {
	case "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "who", "that", "which",
		"and", "or", "but", "they", "he", "she", "it", "we", "i", "you", "not", "also", "reportedly", "allegedly", "later", "then":
		return false
	}
	return true
}

// heldTimeAfter are words of time that may follow a participle of holding
// in a reduced relative ("detained earlier this month", "seized
// yesterday").
var heldTimeAfter = map[string]bool{"earlier": true, "yesterday": true, "recently": true, "this": true, "previously": true}

// quantityBeforeOf are the words of quantity an "of" follows ("hundreds
// of protesters", "a group of"): their people are the phrase's head.
var quantityBeforeOf = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "scores": true, "tens": true, "millions": true, "number": true,
	"group": true, "groups": true, "some": true, "many": true, "most": true, "all": true, "none": true, "each": true,
	"several": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "hundred": true, "thousand": true, "lot": true, "lots": true,
	"majority": true, "half": true, "total": true, "least": true, "more": true, "fewer": true, "among": true,
}

// governingPrep are the prepositions whose object a reduced relative may
// close ("for activists detained last month", "with those seized").
var governingPrep = map[string]bool{"for": true, "with": true, "about": true, "to": true, "among": true, "including": true}

// heldNotNoun are the words after a participle of holding that make it a
// verb or a reduced passive, not an adjective ("of those detained in the
// raid", "the detained were released").
var heldNotNoun = map[string]bool{
	"in": true, "at": true, "by": true, "on": true, "during": true, "after": true, "for": true, "from": true,
	"since": true, "near": true, "last": true, "were": true, "was": true, "are": true, "is": true, "and": true,
	"or": true, "with": true, "over": true, "when": true, "while": true, "as": true, "to": true,
}

// verbPrefix are the prefixes a hyphen may join to a verb ("re-captured",
// "pre-empted"), which leave it a verb.
var verbPrefix = map[string]bool{"re": true, "pre": true, "co": true, "un": true, "de": true, "counter": true, "out": true, "over": true, "mis": true}

// nounUse reports whether a trigger is used as a noun: a noun phrase in
// the lexicon, or a verb form after an article ("the recapture of").
func (s *sentence) nounUse(i int, t trigger) bool {
	if t.noun {
		return true
	}
	if i > 0 {
		switch s.words[i-1].low {
		case "the", "a", "an", "its", "their", "his", "her":
			return true
		}
	}
	return false
}

// pastPerfect reports whether a capture is told in the past perfect
// ("had in October regained Baiji"): the history behind the news.
func (s *sentence) pastPerfect(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch s.words[k].low {
		case "had":
			return !s.reportedBefore(k)
		case ",", ";", "and", "but", "which", "who":
			return false
		}
	}
	return false
}

// perfectInRelative reports whether a capture is told in the present
// perfect in a relative clause that names no day ("eastern Congo, where
// M23 rebels have seized large areas", "the town, which the army has
// held since 2017"): the standing state of a place the sentence
// describes, not the news.
func (s *sentence) perfectInRelative(i int) bool {
	if s.clauseKindAt(i) != relativeClause {
		return false
	}
	perfect := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.words[k].low
		if w == "has" || w == "have" {
			perfect = true
			break
		}
		if s.words[k].punc || w == "and" || w == "but" {
			break
		}
	}
	if !perfect {
		return false
	}
	c := s.clause[i]
	for _, t := range s.times {
		if t.Precision == sitrep.PrecisionDay && s.clause[min(s.wordAt(t.Span.Start), len(s.words)-1)] == c {
			return false
		}
	}
	return true
}

// reportedBefore reports whether word k lies in what someone is told to
// have said ("said later Saturday that the rebels had taken control",
// "claimed its fighters had seized"): there the past perfect is the
// reported speech's past, not history before the news.
func (s *sentence) reportedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		w := s.words[j].low
		if sayVerb(w) {
			return true
		}
		if w == ";" || w == "." {
			return false
		}
	}
	return false
}

// causeSpan finds the words a sentence tells as what its own act is
// about, not as done in it: what a protest is told against, after a word
// of protest that ends in, or is followed by, "against" or "over"
// ("protested against", "to protest over"); what is remembered ("to mark
// the anniversary of", "in memory of"); what a work tells ("a film
// about the siege of ..."). It runs to the end of its clause or the next comma, and on
// through a relative clause on its last noun ("the bombing that killed
// 200 people"). {0, 0} when the sentence has none.
func (s *sentence) causeSpan() [2]int {
	span := func(k int) [2]int {
		end := k
		for end < len(s.words) && s.clause[end] == s.clause[k-1] && !s.words[end].punc {
			end++
		}
		if end < len(s.words) && end > k && s.clause[end] != s.clause[k-1] && s.clauseKindAt(end) == relativeClause {
			for c := s.clause[end]; end < len(s.words) && s.clause[end] == c && !s.words[end].punc; end++ {
			}
		}
		if end > k {
			return [2]int{k, end}
		}
		return [2]int{}
	}
	for _, t := range s.triggers {
		if t.class.name != "protest" || s.bodyProtests(t.i) {
			continue
		}
		k := t.i + t.n
		switch last := s.words[k-1].low; {
		case last == "against" || last == "over":
		case k < len(s.words) && (s.words[k].low == "against" || s.words[k].low == "over"):
			k++
		default:
			continue
		}
		if c := span(k); c[1] > 0 {
			return c
		}
	}
	for i, w := range s.words {
		k := 0
		switch {
		case (w.low == "anniversary" || w.low == "memory" || w.low == "commemoration" || w.low == "remembrance") && i+1 < len(s.words) && s.words[i+1].low == "of":
			k = i + 2 // "the tenth anniversary of the bombing", "in memory of those killed"
		case w.low == "commemorate" || w.low == "commemorating" || w.low == "commemorated":
			k = i + 1 // "to commemorate the victims of ..." (not "citing": "the AP, citing police, said two gunmen were killed" tells the news)
		case workNoun[w.low] && i+1 < len(s.words) && (s.words[i+1].low == "about" || s.words[i+1].low == "on"):
			k = i + 2 // "a film about the siege of Marawi", "a documentary on the war"
		default:
			continue
		}
		if c := span(k); c[1] > 0 {
			return c
		}
	}
	return [2]int{}
}

// bodyProtests reports whether the protest at word i is a body's word,
// not a crowd's ("the foreign ministry protested against an air strike
// that killed four"): what it protests against is the news.
func (s *sentence) bodyProtests(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.words[k]
		if w.punc || isClauseBreak(w) {
			return false
		}
		switch w.low {
		case "ministry", "government", "embassy", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
			"council", "parliament", "office", "authorities", "state", "countries", "nations":
			return true
		}
	}
	return false
}

// workNoun are works that tell of events without being them: "a film
// about the siege", "a book on the war".
var workNoun = map[string]bool{
	"film": true, "films": true, "movie": true, "movies": true, "documentary": true, "documentaries": true,
	"book": true, "books": true, "novel": true, "novels": true, "play": true, "exhibition": true,
	"series": true, "song": true, "songs": true, "poem": true, "memoir": true, "podcast": true,
}

// matterOfAct are the nouns a word of an act may stand before as what
// they are about ("a kidnapping ring", "bombing suspects", "murder
// charges", "an assassination plot"): a group or a matter of the courts,
// not the act told done.
var matterOfAct = map[string]bool{
	"ring": true, "rings": true, "gang": true, "gangs": true, "syndicate": true, "syndicates": true,
	"network": true, "networks": true, "cell": true, "cells": true, "kingpin": true, "kingpins": true,
	"suspect": true, "suspects": true, "charge": true, "charges": true, "case": true, "cases": true,
	"plot": true, "plots": true, "racket": true, "rackets": true, "trial": true, "trials": true,
	"convictions": true, "conviction": true, "probe": true, "investigation": true, "inquiry": true,
	// "investigators recovered 80 shell casings": what firing leaves, no shelling
	"casings": true, "casing": true,
}

// irrealisAt reports whether the trigger at word i is wished, planned or
// denied rather than done: "plans to retake", "will attack", "failed to".
func (s *sentence) irrealisAt(i int) bool {
	if i > 0 && s.words[i-1].low == "to" {
		// "managed to liberate", "were able to retake": done
		if i > 1 && s.words[i-2].low == "managed" {
			return false
		}
		if i > 2 && s.words[i-2].low == "able" {
			switch s.words[i-3].low {
			case "was", "were", "been":
				return false
			}
		}
		return true
	}
	// a conditional sentence ("If the government retains Ramadi, ...")
	// tells what would be, not what was
	if len(s.words) > 0 && (s.words[0].low == "if" || s.words[0].low == "unless") {
		return true
	}
	// a bare verb after a wish or plan earlier in the sentence ("aims to
	// cut supplies ... and liberate Tal Afar") is part of it
	v := s.words[i].low
	if strings.HasSuffix(v, "ly") && i+1 < len(s.words) {
		v = s.words[i+1].low // "fully liberated": the verb after its adverb
	}
	if bareVerb(v) && !(i > 0 && isArticle(s.words[i-1].low)) {
		for _, m := range s.markers {
			if m.val.(string) == "irrealis" && !s.monthMay(m.i) && m.i+m.n <= i {
				return true
			}
		}
	}
	for _, m := range s.markers {
		if m.val.(string) != "irrealis" || s.monthMay(m.i) {
			continue
		}
		end := m.i + m.n
		if end <= i+1 && i-end <= 3 && m.i <= i {
			// no clause break between the marker and the trigger, and no
			// finite verb of another predicate ("villagers who could not
			// flee were burned to death": the modal is the relative
			// clause's; no finite form follows a modal in its own chain)
			broken := false
			for k := end; k < i; k++ {
				switch s.words[k].low {
				case ",", "and", "was", "were", "is", "are", "has", "had":
					broken = true
				}
				if isClauseBreak(s.words[k]) {
					broken = true
				}
			}
			if !broken {
				return true
			}
		}
		if isModal(s.words[m.i].low) && m.n == 1 && s.inModalPhrase(end, i) {
			return true
		}
	}
	return false
}

// agencyAt reports whether the words from k, after a negation or a
// denial, tell the part of a side in an act ("denied involvement in",
// "denied any role in", "denied responsibility for", "denied being
// behind", "denied carrying out"): the negation is of who did it, and the
// act it names is taken as done.
func agencyAt(ws []word, k int) bool {
	for j := k; j < len(ws) && j < k+3; j++ {
		switch ws[j].low {
		case "involvement", "role", "responsibility", "part", "link", "links", "hand", "behind", "claim", "claimed", "carrying", "conducting", "committing", "perpetrating":
			return true
		case "any", "all", "its", "their", "his", "her", "being", "having", "a", "the":
			continue
		}
		return false
	}
	return false
}

// monthMay reports whether word i is the month May, not the modal: a
// capital "May" inside a sentence or before a number ("TIKRIT, May 14 --
// A suicide bomber", "May 3 -- Gunmen").
func (s *sentence) monthMay(i int) bool {
	w := s.words[i]
	if w.low != "may" || !w.cap {
		return false
	}
	return i > 0 || i+1 < len(s.words) && s.words[i+1].low != "" && s.words[i+1].low[0] >= '0' && s.words[i+1].low[0] <= '9'
}

// inModalPhrase reports whether word i stands in the verb phrase a modal
// governs, which begins at word from (the word after the modal): the
// verb, its particles, objects and prepositional phrases up to the end
// of the clause ("would press on with its offensive in Rafah", "could
// launch a wave of air strikes"). The phrase ends at a clause break or
// comma, and at a finite verb of another predicate ("the militants, who
// would not give their names, shot dead three men"; "would later say the
// rebels attacked", "could advance ... and captured the market"): a past
// form, the trigger's own included, not led by an auxiliary of the
// modal's own chain ("could have killed", "would be retaken").
func (s *sentence) inModalPhrase(from, i int) bool {
	if i < from || i-from > 10 || len(s.clause) == len(s.words) && s.clause[from] != s.clause[i] {
		return false
	}
	for k := from; k <= i; k++ {
		w := s.words[k]
		if k < i && (w.punc || isClauseBreak(w) || w.low == "that" || w.low == "if") {
			return false
		}
		if k > from && (strings.HasSuffix(w.low, "ed") || pastIrregular[w.low]) {
			switch s.words[k-1].low {
			case "have", "be", "been", "not", "never":
			default:
				return false
			}
		}
	}
	return true
}

// guardedAgainst reports whether the noun at word i names what something
// guards against: the object of "from" or "against" after a word of
// protection in its clause ("air defences to protect its cities from
// Russian missiles", "shelters that shield families against airstrikes").
// A threat kept off is no act that happened.
func (s *sentence) guardedAgainst(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.words[k]
		if w.punc || isClauseBreak(w) {
			return false
		}
		if w.low != "from" && w.low != "against" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			v := s.words[j]
			if v.punc || isClauseBreak(v) {
				return false
			}
			if guardWord(v.low) {
				return true
			}
		}
		return false
	}
	return false
}

// fearedBefore reports whether the act named by the noun at word i is
// feared or threatened, not done: "they feared an attack", "the risk of
// new air strikes", "braced for an assault".
func (s *sentence) fearedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.words[k]
		if w.punc || isClauseBreak(w) {
			return false
		}
		switch w.low {
		case "feared", "fear", "fears", "fearing", "braced", "bracing", "risk", "threat", "danger", "possibility", "prospect", "spectre", "specter":
			return true
		}
	}
	return false
}

// guardWord reports whether w is a word of protection.
func guardWord(w string) bool {
	for _, stem := range []string{"protect", "shield", "safeguard", "defend"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// clauseAfterContext reports whether the trigger at word i is the finite
// verb of a clause of its own after a backdrop word, with its subject in
// between: "after Iraqi troops captured the mosque" tells the capture;
// "after recapturing them", "amid heavy fighting" do not.
func (s *sentence) clauseAfterContext(i int) bool {
	w := s.words[i].low
	if !strings.HasSuffix(w, "ed") && !pastIrregular[w] {
		return false
	}
	for _, m := range s.markers {
		if m.val.(string) != "context" {
			continue
		}
		end := m.i + m.n
		if end > i || i-end > 3 {
			continue
		}
		subject := false
		for k := end; k < i; k++ {
			if !s.words[k].punc && !isArticle(s.words[k].low) {
				subject = true
			}
		}
		return subject
	}
	return false
}

// priorWord marks a noun of an act as one before the news ("earlier
// shelling", "previous attacks").
var priorWord = map[string]bool{"earlier": true, "previous": true, "prior": true, "past": true}

// pastIrregular are past tenses of trigger verbs that do not end in -ed.
var pastIrregular = map[string]bool{
	"took": true, "retook": true, "overran": true, "struck": true, "hit": true, "shot": true,
	"fought": true, "blew": true, "seized": true, "freed": true,
	"set": true, "threw": true, "burnt": true, "beat": true, "stole": true, "tore": true, "drove": true, "broke": true, "slew": true,
}

// bareVerb reports whether a word looks like a verb's base form rather
// than a past or present tense ("liberate", not "liberated" or "frees").
// modalAfterSubject reports whether a modal verb follows, within the
// noun's own phrase (a place or a holder: "at Avdiivka", "of the
// army"), the word of a weapon or an act ending before word k, with a
// bare verb after it ("Ukrainian artillery at Avdiivka could reach the
// city", "drones can strike deep inside Russia"): what the weapon is able
// to do, not a blow struck.
func (s *sentence) modalAfterSubject(k int) bool {
	for j := k; j < len(s.words) && j <= k+4; j++ {
		w := s.words[j]
		if isModal(w.low) && !s.monthMay(j) {
			return j+1 < len(s.words) && (bareVerb(s.words[j+1].low) || s.words[j+1].low == "easily" || s.words[j+1].low == "not")
		}
		if w.punc || isClauseBreak(w) || passiveAux[w.low] || strings.HasSuffix(w.low, "ed") {
			return false
		}
	}
	return false
}

// presentAfterUntil reports whether the verb at word i is in the present
// tense in a clause opened by "until", "till" or "unless" a few words
// before it ("refusing to bury their dead until the army takes over
// security", "will stay until the army retakes the town"): a condition
// still to be met, told as what would end a wait, not as done. A past
// form ("fought until the army retook the town") tells what happened.
func (s *sentence) presentAfterUntil(i int) bool {
	v := s.words[i].low
	if !(strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss")) && !bareVerb(v) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := s.words[k]
		switch w.low {
		case "until", "till", "unless":
			return k < i-1 // (a subject between: "until the army takes")
		case "was", "were", "had", "has", "have", "is", "are":
			return false
		}
		if w.punc || isClauseBreak(w) {
			return false
		}
	}
	return false
}

func bareVerb(w string) bool {
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") && w != "took" && w != "hit" && w != "struck" && w != "shot" && w != "fought" && w != "overran" && w != "retook"
}

func isArticle(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her":
		return true
	}
	return false
}

// isArmedGroup reports whether an actor is a non-state armed group: a
// group, or a militia that is no part of a state's forces.
func isArmedGroup(a *actors.Actor) bool {
	if a == nil {
		return false
	}
	switch a.Kind {
	case actors.KindArmedGroup:
		return true
	case actors.KindMilitia:
		return a.Parent == ""
	}
	return false
}

// isStateSide reports whether an actor is a state's forces or a force
// fighting as part of them (a militia the dictionary puts under the
// state's forces, a coalition).
func isStateSide(a *actors.Actor) bool {
	if a == nil {
		return false
	}
	switch a.Kind {
	case actors.KindStateForces, actors.KindCoalition:
		return true
	case actors.KindMilitia:
		return a.Parent != ""
	}
	return false
}

// oneSensePerName makes a name a report uses again stand for the place it
// stood for where the report put it ("in Pensa, in the Sanmatenga province
// of the Centre-Nord region" and then "units sent to Pensa": the same
// Burkinabe village, not Penza in Russia): for each name, the first
// mention the report places inside another (Within), else the first
// mention, gives its reading to the mentions that read it in another
// country.
func oneSensePerName(places []gazetteer.Mention) {
	for i := range places {
		anchor := -1
		for j := range places {
			if !sameName(places[j].Name, places[i].Name) || places[j].Admin {
				continue
			}
			if anchor < 0 || places[anchor].Within == "" && places[j].Within != "" && !places[j].WithinMain {
				anchor = j
			}
		}
		if anchor < 0 || anchor == i || places[i].Admin {
			continue
		}
		a, m := &places[anchor], &places[i]
		if a.Location.Country == "" || m.Location.Country == "" || m.Location.Country == a.Location.Country {
			continue
		}
		m.Location, m.Place, m.Within, m.WithinMain = a.Location, a.Place, a.Within, a.WithinMain
	}
}

// focusCountry is the country most of the document's resolved places lie in.
// countryHints weighs the countries of the state forces a report names
// by name ("Peshmerga", "Iraqi army", "Afghan police"): 1 for each
// distinct one, at most 2 a country. They help the gazetteer place a
// report that names no country ("an outpost in Makhmour").
// sides are the mentions the actor dictionary finds in the text read,
// with no focus country.
func countryHints(sides []actors.Mention) map[string]float64 {
	var hints map[string]float64
	seen := map[string]bool{}
	for _, m := range sides {
		act := m.Actor
		if act == nil || m.Generic || act.Country == "" || seen[act.Name] {
			continue
		}
		seen[act.Name] = true
		if hints == nil {
			hints = map[string]float64{}
		}
		hints[act.Country] = min(hints[act.Country]+1, 2)
	}
	return hints
}

// isActorName reports whether a name is one of the actor dictionary's
// (the gazetteer then takes it for no place).
func (x *Extractor) isActorName(name string) bool {
	return x.actors != nil && x.actors.Lookup(name) != nil
}

// topHint is the country of most weight among countryHints' (ties to the
// first in alphabetical order), "" for none.
func topHint(hints map[string]float64) string {
	best, bv := "", 0.0
	for c, v := range hints {
		if v > bv || (v == bv && c < best) {
			best, bv = c, v
		}
	}
	return best
}

func focusCountry(text string, places []gazetteer.Mention, hints map[string]float64) string {
	votes, origins := map[string]float64{}, map[string]float64{}
	// the dateline ("CHIANG MAI, Thailand, Jan 17 --") tells where the
	// report was filed, often a neighbour's capital: its places count half
	dlStart, dlEnd := -1, -1
	for _, m := range places {
		if isDateline(text, m) {
			if e := datelineEnd(text, m); e > 0 {
				dlStart, dlEnd = m.Full.Start, m.Full.End+e
			}
			break
		}
	}
	for _, m := range places {
		c := m.Location.Country
		if c == "" || acrossBorder(text, m) || agentCountry(m) || gazetteer.Venue(text, m.Full) {
			continue // (nor a country told as an agent: "drones launched by Russia"; nor where parties met: "talks in Doha")
		}
		w := m.Score
		if w <= 0 {
			w = 0.5
		}
		if m.Span.Start >= dlStart && m.Span.Start < dlEnd {
			votes[c] += w / 2
			continue
		}
		if m.Place != nil && m.Place.Feature == "A.PCLI" {
			// the country named outright outweighs a village whose name
			// is also one abroad
			w *= 2
		}
		if originCountry(m) {
			origins[c] += w
			continue
		}
		votes[c] += w
	}
	if len(votes) > 0 {
		// the named sides' own countries (the KNDF's Myanmar) weigh in
		// half as much as a place found there
		for c, h := range hints {
			votes[c] += h / 2
		}
	}
	if len(votes) == 0 {
		// the country something came from is the report's only when it
		// names no other place: "rockets fired from Lebanon struck the
		// Golan Heights" is a report on the place struck
		votes = origins
	}
	best, bv := "", 0.0
	for c, v := range votes {
		if v > bv || (v == bv && c < best) {
			best, bv = c, v
		}
	}
	return best
}

// otherHeadBefore reports whether the words [from, to) between a number
// and a word of acts hold the number's own noun, people or a preposition
// ("had killed 35 terrorists in air strikes": the number counts the
// people, not the strikes).
func (s *sentence) otherHeadBefore(from, to int) bool {
	for k := from; k < to && k < len(s.words); k++ {
		if s.personEnd[k] != "" {
			return true
		}
		switch s.words[k].low {
		case "in", "during", "by", "from", "with", "of":
			return true
		}
	}
	return false
}

// countedActsInPerfect returns the clauses that count acts told in the
// present or past perfect with no day to them ("IS has carried out many
// attacks in the area", "the group has staged several bombings"): a
// record of a side's doings, of many incidents, none of them told. An act
// counted in the simple past ("two car bombs exploded") may be one
// incident and is left alone, as are the people who acted counted
// ("troops had killed six suicide bombers": people, not acts).
func (s *sentence) countedActsInPerfect() []int {
	var out []int
	for _, q := range s.quants {
		if q.Kind != quantity.Cardinal || !q.Vague && q.Count.BestOr(2) < 2 { // ("several", "many": no number, more than one)
			continue
		}
		_, qe := s.wordRange(q.Span)
		t := -1
		for k := range s.triggers {
			if tr := s.triggers[k]; tr.i >= qe && tr.i <= qe+2 && strings.HasSuffix(s.words[tr.i+tr.n-1].low, "s") && !personTrigger(s, tr) && !s.otherHeadBefore(qe, tr.i) {
				t = k
				break
			}
		}
		if t < 0 {
			continue
		}
		c := s.clause[min(s.triggers[t].i, len(s.words)-1)]
		qb, _ := s.wordRange(q.Span)
		perfect := false
		for k := qb - 1; k >= 0 && k >= qb-5 && s.clause[k] == c; k-- {
			switch s.words[k].low {
			case "has", "have", "had", "'ve":
				perfect = k+1 < qb && pastParticiple(s.words[k+1].low)
			}
		}
		if !perfect {
			continue
		}
		dated := false
		for _, tm := range s.times {
			if tm.Precision == sitrep.PrecisionDay && s.clause[min(s.wordAt(tm.Span.Start), len(s.words)-1)] == c {
				dated = true
			}
		}
		if !dated {
			out = append(out, c)
		}
	}
	// "Israel's retaliatory strikes on Gaza have killed at least 413":
	// many acts, named in the plural, whose toll is counted in the
	// perfect with no day: a running total of them
	for _, tr := range s.triggers {
		last := s.words[tr.i+tr.n-1].low
		if tr.class.name == "clash" || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
			continue
		}
		c := s.clause[min(tr.i, len(s.words)-1)]
		perfect := false
		for k := tr.i + tr.n; k < len(s.words) && k <= tr.i+tr.n+6 && s.clause[k] == c; k++ {
			if w := s.words[k].low; (w == "have" || w == "has") && k+1 < len(s.words) {
				switch s.words[k+1].low {
				case "killed", "left", "wounded", "injured", "claimed":
					perfect = true
				}
				break
			}
		}
		if !perfect {
			continue
		}
		dated := false
		for _, tm := range s.times {
			if tm.Precision == sitrep.PrecisionDay && tm.Kind == timex.Point && s.clause[min(s.wordAt(tm.Span.Start), len(s.words)-1)] == c {
				dated = true
			}
		}
		if !dated && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// pastParticiple reports whether w may be a verb's past participle
// ("carried", "staged", "fought", "made").
func pastParticiple(w string) bool {
	switch w {
	case "made", "fought", "done", "led", "hit", "seen", "shot", "struck", "waged", "sent", "thrown", "blown", "taken", "killed", "been":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// triggerAt returns the trigger starting at word i, or nil.
func (s *sentence) triggerAt(i int) *trigHit {
	for k := range s.triggers {
		if s.triggers[k].i == i {
			return &s.triggers[k]
		}
	}
	return nil
}

// drivingVerb are the verbs of the capture phrases that hold their object
// between their words ("drove ... out of", "expelled ... from").
var drivingVerb = map[string]bool{
	"drove": true, "drive": true, "driven": true, "driving": true, "pushed": true, "pushing": true,
	"forced": true, "chased": true, "expelled": true, "ousted": true, "cleared": true, "clearing": true,
	"flushed": true,
}

// sideBetween reports whether words [a, b) name a side or people: a word
// for fighters or people, a name, or a pronoun ("drove the militants
// out", "expelled Islamic State from", "pushed them out of").
func (x *Extractor) sideBetween(s *sentence, a, b int) bool {
	for k := a; k < b && k < len(s.words); k++ {
		w := s.words[k]
		if w.cap || w.low == "them" || w.low == "it" || w.low == "him" {
			return true
		}
		if _, n := x.lex.persons.at(s.words, k); n > 0 {
			return true
		}
	}
	return false
}

// weekdayMonthDay finds a weekday written with a day of a month and no
// year ("on Sunday, February 17", "Sunday 17 February").
var weekdayMonthDay = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})|(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december))\b(?:,?\s+(\d{4}))?`)

// yearWord finds a year written in the text.
var yearWord = regexp.MustCompile(`\b(19[89]\d|20[0-4]\d)\b`)

// referenceDay is the day a report without a publication date lets its
// relative dates resolve against: a weekday written with a month and day
// ("on Sunday, February 17") in the one year, from the latest year the
// report names to six years after it, in which that day is that weekday
// (coders take a year from context so, only when one fits). Zero when no
// such day is written or more than one year fits.
func referenceDay(text string) (sitrep.Date, string) {
	latest := latestYear(text) // what yearWord finds, scanned
	if latest == 0 || !mayHaveWeekdayDate(text) {
		return "", ""
	}
	for _, m := range weekdayMonthDay.FindAllStringSubmatch(text, 8) {
		if m[6] != "" {
			continue // a year is written: timex reads it
		}
		month, day := m[2], m[3]
		if month == "" {
			month, day = m[5], m[4]
		}
		mo, err := time.Parse("January", strings.ToUpper(month[:1])+strings.ToLower(month[1:]))
		d, _ := strconv.Atoi(day)
		if err != nil || d < 1 || d > 31 {
			continue
		}
		var fits []time.Time
		for y := latest; y <= latest+6; y++ {
			t := time.Date(y, mo.Month(), d, 0, 0, 0, 0, time.UTC)
			if t.Day() == d && strings.EqualFold(t.Weekday().String(), m[1]) {
				fits = append(fits, t)
			}
		}
		if len(fits) == 1 {
			return sitrep.Date(fits[0].Format(time.DateOnly)), fmt.Sprintf("the one year from %d on in which %s %s %d is a %s", latest, strings.ToLower(m[1]), month, d, m[1])
		}
	}
	return "", ""
}

// armedThingAfter reports whether the object starting at word k is an
// armed side's post, base or position ("a military outpost", "the army
// base", "their positions"), after at most three words that describe it
// (not a station: "taking over the radio station" is ground taken).
func (s *sentence) armedThingAfter(k int) bool {
	for j := k; j < len(s.words) && j <= k+3; j++ {
		w := s.words[j]
		switch w.low {
		case "post", "posts", "outpost", "outposts", "base", "bases", "position", "positions", "checkpoint", "checkpoints", "barracks":
			return j+1 >= len(s.words) || s.words[j+1].low != "of" // ("the base of the mountain")
		}
		if w.punc || w.cap && j > k {
			return false
		}
	}
	return false
}

// goodsObject reports whether the object starting at word k is goods
// ("seizing weapons", "captured ammunition and two vehicles"), after at
// most two words that count or describe them.
func (s *sentence) goodsObject(k int) bool {
	for j := k; j < len(s.words) && j <= k+8; j++ {
		if goodsNoun(s.words[j].low) {
			return true
		}
		if s.words[j].low == "," && j > k && j+1 < len(s.words) && !s.words[j+1].cap && !s.words[j+1].punc {
			continue // a list of things: "seizing blasting caps, wires and mobile phones"
		}
		if s.words[j].punc || s.words[j].cap && !(j+1 < len(s.words) && s.words[j+1].hyph) {
			// (a name ends the object, not a name's adjective:
			// "UAE-flagged")
			return false
		}
	}
	return false
}

// dutyObject reports whether the object starting at word k is a duty or
// a charge rather than ground ("took over security in the city", "took
// over responsibility for the camps", "assumed control of the
// investigation", "the military seized power"): a task or a government
// taken, not a place changing hands.
func (s *sentence) dutyObject(k int) bool {
	if k < len(s.words) && s.words[k].low == "of" {
		k++ // ("control of the investigation")
	}
	for j := k; j < len(s.words) && j <= k+2; j++ {
		switch s.words[j].low {
		case "the", "its", "their", "his", "her", "full", "overall":
			continue
		case "security", "responsibility", "responsibilities", "command", "leadership", "duties", "duty",
			"investigation", "investigations", "probe", "case", "management", "policing", "power":
			return true
		}
		return false
	}
	return false
}

// seizedGoodsAt reports whether the noun at word i stands in the list of
// things a verb of seizing or finding takes ("seizing rifles, grenades
// and tactical vests", "recovered two grenades"): arms taken, not an act
// of their use.
func (s *sentence) seizedGoodsAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.words[k]
		switch w.low {
		case "seized", "seizing", "seize", "seizes", "recovered", "recovering", "confiscated", "confiscating", "found":
			return !s.words[k+1].punc
		case ",", "and", "two", "three", "four", "five", "several", "some", "a", "an":
			continue
		}
		if w.punc || w.cap || w.num && k+1 != i || isClauseBreak(w) || passiveAux[w.low] || strings.HasSuffix(w.low, "ed") || strings.HasSuffix(w.low, "ing") {
			return false // (a verb of its own: "found the patrol and hurled grenades at it")
		}
	}
	return false
}

// goodsNoun reports whether w names things that are taken, not ground:
// arms, vehicles, craft and cargo ("seized a UAE-flagged cargo ship").
func goodsNoun(w string) bool {
	switch w {
	case "weapons", "weapon", "arms", "ammunition", "ammo", "vehicles", "vehicle", "equipment", "explosives",
		"rifles", "guns", "cash", "documents", "drugs", "supplies", "munitions", "materiel",
		"ship", "ships", "vessel", "vessels", "tanker", "tankers", "boat", "boats", "truck", "trucks",
		"cargo", "aircraft", "helicopter", "helicopters", "drone", "drones", "fuel", "cattle", "livestock", "goods",
		"launchers", "launcher", "grenades", "pistols", "pistol", "mortars", "detonators", "bullets", "cartridges",
		"motorcycles", "motorbikes", "phones", "laptops", "components", "materials", "carrier", "carriers", "tank", "tanks",
		"apc", "apcs", "technicals", "pickups", "humvee", "humvees", "car", "cars":
		return true
	}
	return false
}

// goodsSubject reports whether the passive verb at word i has things for
// its subject ("explosives and two rifles were seized", "a cargo ship was
// captured"): things taken, not ground. The subject is read back from the
// auxiliary to the start of its clause or a comma.
func (s *sentence) goodsSubject(i int) bool {
	k := i - 1
	if k >= 0 && s.words[k].low == "also" {
		k--
	}
	if k < 0 || !isPassiveAux(s.words[k].low) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.words[j].punc || isClauseBreak(s.words[j]) {
			return false
		}
		if goodsNoun(s.words[j].low) {
			return true
		}
	}
	return false
}

// abstractObject reports whether the words from i, past a determiner or a
// possessive, name a thing only words can attack ("the budget", "the
// government's plan", "critics"; not "the opposition" or "the press",
// whom fighters attack too).
func (s *sentence) abstractObject(i int) bool {
	for k := i; k < len(s.words) && k < i+4; k++ {
		switch w := s.words[k].low; w {
		case "the", "a", "an", "his", "her", "their", "its", "s", "'s", "government", "president", "minister":
			continue
		case "budget", "plan", "plans", "policy", "policies", "decision", "proposal", "proposals", "remarks", "comments",
			"statement", "report", "bill", "law", "reform", "reforms", "critics", "idea", "record", "speech",
			// money and standing: "fuel costs hit its profits"
			"profits", "profit", "earnings", "revenue", "revenues", "sales", "shares", "economy", "investors", "prices",
			"reputation", "image", "ratings", "hopes", "chances":
			return true
		default:
			return false
		}
	}
	return false
}

// dropFoiledMeans drops the weapon a foiling verb governs ("defused a
// roadside bomb", "foiled a suicide attack", "intercepted a car bomb"):
// it was not used; the foiling is the incident.
//
// The weapons listed after the first one go with it ("found a cache of
// weapons, rockets and suicide vests"): a weapon joined by a comma, "and"
// or "or" to one dropped is dropped too.
func (s *sentence) dropFoiledMeans() []trigHit {
	out := s.triggers[:0]
	listEnd := -1 // the end of the last weapon dropped, for a list going on
	for k, t := range s.triggers {
		foiled := false
		for j := k - 1; j >= 0; j-- {
			f := s.triggers[j]
			if f.class.name != "foiled" {
				continue
			}
			gap := s.listGap(f.i+f.n, t.i)
			if gap < 0 || gap > 3 {
				break
			}
			foiled = true
			for g := f.i + f.n; g < t.i; g++ {
				if w := s.words[g]; w.punc && w.low != "," || isClauseBreak(w) || s.isVerbLike(g) {
					foiled = false
				}
			}
			break
		}
		if !foiled && listEnd >= 0 && t.i >= listEnd && s.listGap(listEnd, t.i) <= 3 {
			foiled = true
			for g := listEnd; g < t.i; g++ {
				if w := s.words[g]; w.punc && w.low != "," || isClauseBreak(w) || s.isVerbLike(g) {
					foiled = false
				}
			}
		}
		if foiled && isExplosion(t.class.name) {
			listEnd = t.i + t.n
			continue
		}
		out = append(out, t)
	}
	return out
}

// listGap is the number of words from a to b, less the things taken
// (goodsNoun) listed between and the commas and "and" or "or" that join
// them: "recovered hand grenades, detonators and a suicide vest" keeps
// the vest as close to the grenades as "recovered grenades and a suicide
// vest" does. Negative when b comes before a.
func (s *sentence) listGap(a, b int) int {
	if b < a {
		return -1
	}
	n := 0
	for g := a; g < b && g < len(s.words); g++ {
		switch w := s.words[g].low; {
		case w == "," || w == "and" || w == "or" || goodsNoun(w):
		default:
			n++
		}
	}
	return n
}

// dropDefendingSpeaker drops a word of air power that names the speaker
// of a sentence whose news is a foiling ("The Ukrainian air force said it
// shot down 40 Russian drones"): the air force is the side that brought
// the weapons down, not an air strike. With an act told instead or
// beside ("The Israeli air force said it struck ...") the speaker's name
// still says how the blow was struck.
func (s *sentence) dropDefendingSpeaker() []trigHit {
	foiled := false
	for _, t := range s.triggers {
		if t.irrealis || s.clauseKindAt(t.i) == attributionClause {
			continue
		}
		if t.class.name != "foiled" {
			return s.triggers // an act of its own beside the foiling ("struck a launcher and intercepted two rockets")
		}
		foiled = true
	}
	if !foiled {
		return s.triggers
	}
	out := s.triggers[:0]
	for _, t := range s.triggers {
		if t.class.name == "air" && t.trigger.noun && s.clauseKindAt(t.i) == attributionClause {
			continue
		}
		out = append(out, t)
	}
	return out
}

// dropReportingAirForce drops a word of air power that names the speaker
// of a sentence whose act another side did, named before that act
// ("Russia launched a missile attack on Dnipro, Ukraine's air force said";
// "Ukraine's air force said Russia fired four missiles at Kyiv"): the air
// force that reports the other side's blows did not strike them. A speaker telling its own act ("The Israeli air force said it
// struck ...") keeps its word.
func (s *sentence) dropReportingAirForce(a *analysis) []trigHit {
	first := -1 // the first realised act that is not the speaker's name
	for _, t := range s.triggers {
		if !t.irrealis && s.clauseKindAt(t.i) != attributionClause && s.speakingSide(t) == nil {
			first = t.i
			break
		}
	}
	if first < 0 {
		return s.triggers
	}
	out := s.triggers[:0]
	for _, t := range s.triggers {
		if sp := s.speakingSide(t); sp != nil && s.otherSideBefore(a, sp, first) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// speakingSide is the side whose name holds trigger t, a word of air
// power, when that name is the subject of a verb of saying ("Ukraine's air
// force said", "the air force reported"), or nil.
func (s *sentence) speakingSide(t trigHit) *actors.Actor {
	if t.class.name != "air" || !t.trigger.noun {
		return nil
	}
	at := s.words[t.i].span
	for _, m := range s.actors {
		if m.Actor == nil || m.Span.Start > at.Start || at.End > m.Span.End {
			continue
		}
		we := s.wordAt(m.Span.End-1) + 1
		if we < len(s.words) && sayVerb(s.words[we].low) {
			return m.Actor
		}
	}
	return nil
}

// otherSideBefore reports whether a side other than the speaker (a
// state's forces or an armed group, or a country) is named before word
// first outside the sentence's attributions.
func (s *sentence) otherSideBefore(a *analysis, speaker *actors.Actor, first int) bool {
	for _, m := range s.actors {
		i := s.wordAt(m.Span.Start)
		if m.Actor != nil && m.Actor != speaker && i < first && s.clauseKindAt(i) != attributionClause && (isStateSide(m.Actor) || isArmedGroup(m.Actor)) {
			return true
		}
	}
	for _, pi := range s.places {
		m := a.places[pi]
		i := s.wordAt(m.Span.Start)
		if isCountry(m) && m.Place.Country != speaker.Country && i < first && s.clauseKindAt(i) != attributionClause && m.Prep == "" {
			return true
		}
	}
	return false
}

// isVerbLike reports whether word k looks like a verb of its own (a past
// form or "-ing"): the words between a foiling verb and a weapon must be
// its object's.
func (s *sentence) isVerbLike(k int) bool {
	w := s.words[k].low
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// acrossBorder reports whether a place is named as the other side of a
// border ("near the border with Niger", "the frontier with Syria"): what
// lies beyond, not where the report is.
func acrossBorder(text string, m gazetteer.Mention) bool {
	before := strings.TrimRight(text[max(0, m.Full.Start-36):m.Full.Start], " ")
	if !asciiEndsFold(before, "with") && !asciiEndsFold(before, "bordering") && textutil.IsASCII(before) {
		return false // (every reading below ends so; ASCII text lower-cases byte by byte)
	}
	before = strings.ToLower(before)
	if strings.HasSuffix(before, "border with") || strings.HasSuffix(before, "frontier with") || strings.HasSuffix(before, "borders with") {
		return true
	}
	// "Baghoz, a village bordering Iraq", "a bordering village with Iraq"
	return (strings.HasSuffix(before, " with") || strings.HasSuffix(before, "bordering")) && strings.Contains(before, "bordering")
}

// asciiEndsFold reports whether s ends with the lower-case ASCII suffix,
// ASCII capitals folded.
func asciiEndsFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// claimDays marks a day told in the words of a claim of responsibility
// ("Islamic State claimed responsibility for the bombings on Thursday") as
// the day of the claim, not of the act claimed: the day within a few words
// after the claim's words, in their clause, with no word of violence of
// its own between (the act claimed told as a verb: "claimed responsibility,
// saying its fighters attacked the base on Monday" keeps Monday) and the
// act claimed told as one already known ("the bombings", not "an attack").
func (s *sentence) claimDays(text string) {
	for _, m := range s.markers {
		if m.val.(string) != "claim" || !strings.HasPrefix(s.words[m.i].low, "claim") {
			continue
		}
		end := m.i + m.n
		for k := range s.times {
			t := &s.times[k]
			at := s.wordAt(t.Span.Start)
			if t.Kind == timex.Point && t.Precision == sitrep.PrecisionDay && s.frontedBeforeClaim(t, m.i) {
				// "On Saturday, the Group for the Support of Islam and
				// Muslims (JNIM) claimed the attack": the day set before
				// the claim is its day
				t.Kind = timex.Reporting
				t.Note = "the day of the claim, not of the act claimed"
				continue
			}
			if t.Kind != timex.Point || t.Precision != sitrep.PrecisionDay || at < end || at > end+6 {
				continue
			}
			if possessiveDay(text, t.Span.End) {
				continue // "claimed responsibility for Monday's car bombing": the day of the act the possessive names
			}
			verb := false
			for j := m.i; j < at; j++ {
				if s.words[j].punc || s.verbTriggerAt(j) || s.words[j].low == "a" || s.words[j].low == "an" {
					// (an act told anew, "claimed an attack on May 13",
					// is dated by the words after it)
					verb = true
					break
				}
			}
			if !verb {
				t.Kind = timex.Reporting
				t.Note = "the day of the claim, not of the act claimed"
			}
		}
	}
}

// frontedBeforeClaim reports whether day t opens the sentence, set off by
// a comma, and the clause after it runs to the claim at word ci with no
// word of an act, no verb and no other punctuation than a name's brackets
// between: the claim's own day.
func (s *sentence) frontedBeforeClaim(t *timex.Expr, ci int) bool {
	at, last := s.wordAt(t.Span.Start), s.wordAt(t.Span.End-1)
	if at < 0 || at > 1 || last < 0 || last+1 >= ci || s.words[last+1].low != "," {
		return false
	}
	for j := last + 2; j < ci; j++ {
		w := s.words[j]
		if w.punc && w.low != "(" && w.low != ")" || finiteVerb(w.low) || s.triggerCovers(j) {
			return false
		}
	}
	return ci-last <= 16
}

// sincePossessiveDays reads "since Tuesday's blast" as naming the blast's
// day, not only a span from it: the road "closed since Tuesday's blast"
// points back at the blast told on Tuesday.
func (s *sentence) sincePossessiveDays(text string) {
	for k := range s.times {
		t := &s.times[k]
		if t.Kind != timex.Period || t.Precision != sitrep.PrecisionDay || t.Date.IsZero() || !possessiveDay(text, t.Span.End) {
			continue
		}
		if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(t.Text)), "since ") {
			continue
		}
		t.Kind = timex.Point
		t.Note = "the day of the act named in the possessive after 'since'"
	}
}

// possessiveDay reports whether a day's words ending at end are written
// in the possessive ("Monday's", "Tuesday’s"): the day of what follows.
func possessiveDay(text string, end int) bool {
	rest := text[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// verbTriggerAt reports whether word i starts a trigger used as a verb.
func (s *sentence) verbTriggerAt(i int) bool {
	for _, t := range s.triggers {
		if t.i == i && !t.noun && !s.nounUse(t.i, t.trigger) {
			return true
		}
	}
	return false
}

// dropAgentsOfWords drops the passive "by" after a verb of saying or
// judging ("an attack condemned by the government", "a toll confirmed by
// the ministry"): its agent said or judged, it did not act.
func dropAgentsOfWords(s *sentence) []hit {
	kept := s.markers[:0]
	for _, m := range s.markers {
		if m.val.(string) == "passive_by" && s.words[m.i].low == "by" && m.i > 0 {
			switch s.words[m.i-1].low {
			case "condemned", "denounced", "criticised", "criticized", "deplored", "reported", "confirmed", "announced",
				"documented", "recorded", "verified", "described", "welcomed", "investigated", "seen", "witnessed", "cited", "quoted":
				continue
			}
		}
		kept = append(kept, m)
	}
	return kept
}

// tellingNoun names the ways a side tells its news ("in a separate
// statement"): what they qualify is another telling, not another act.
var tellingNoun = map[string]bool{"statement": true, "statements": true, "report": true, "interview": true, "briefing": true,
	"post": true, "message": true, "announcement": true, "communique": true, "release": true, "tweet": true, "video": true,
	"letter": true, "broadcast": true, "bulletin": true, "update": true}

// dropSeparateTellings drops a "separate" marker that qualifies a telling
// ("the army said in a separate statement", "in another message"): a
// second account of the news, not a new incident.
func dropSeparateTellings(s *sentence) []hit {
	kept := s.markers[:0]
	for _, m := range s.markers {
		if end := m.i + m.n; m.val.(string) == "separate" && end < len(s.words) && tellingNoun[s.words[end].low] {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// dropOneDaySpans drops a running-total marker "throughout" that spans a
// single day or a part of one ("bombed Douma throughout Saturday",
// "throughout the night", "throughout the morning"): the act went on all
// that day, one incident, not a tally over a season ("throughout the
// year", "throughout the war").
func dropOneDaySpans(s *sentence) []hit {
	kept := s.markers[:0]
	for _, m := range s.markers {
		if end := m.i + m.n; m.val.(string) == "cumulative" && m.n == 1 && s.words[m.i].low == "throughout" && end < len(s.words) && oneDayAt(s.words, end) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// oneDayAt reports whether the words at i name one day or a part of one:
// a weekday ("Saturday", "Saturday night"), or "the day", "the night",
// "the morning", "the afternoon", "the evening", "that day".
func oneDayAt(ws []word, i int) bool {
	if timeWords[ws[i].low] && ws[i].low != "ago" {
		return true // a weekday, "overnight", "yesterday", "today", "tonight"
	}
	if i+1 < len(ws) && (ws[i].low == "the" || ws[i].low == "that") {
		switch ws[i+1].low {
		case "day", "night", "morning", "afternoon", "evening":
			return true
		}
	}
	return false
}

// occasion reports whether the running-total cue at word i names the
// occasion of a gathering, not a span counted over: "a ceremony to mark the
// anniversary of ...", "a rally marking the anniversary": the verb of
// marking a day a word or two before it, in its clause.
func (s *sentence) occasion(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if s.words[k].punc || s.clause[k] != s.clause[i] {
			return false
		}
		if markingVerb(s.words[k].low) {
			return true
		}
	}
	return false
}

// markingVerb reports whether w is a verb of marking a day or a time
// ("to mark the anniversary", "marked eight years since").
func markingVerb(w string) bool {
	switch w {
	case "mark", "marking", "marked", "marks", "commemorate", "commemorating", "commemorated", "celebrate", "celebrating",
		"observe", "observing", "remember", "remembered", "remembering":
		return true
	}
	return false
}

// oneActSoFar reports whether a running-total cue of the present ("so
// far", "to date", "thus far", given as text) counts the toll of the one
// act its sentence tells on a day ("Gunmen attacked a village on Sunday;
// six bodies have so far been recovered"), not a campaign's: the sentence
// points back at an incident, or tells one act by a verb and a day, and
// no other span of time ("since January", "this year").
func (s *sentence) oneActSoFar(text string) bool {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "so far", "to date", "thus far":
	default:
		return false
	}
	if s.hasMarker("anaphor") {
		return true // "the attack has so far killed 12"
	}
	return s.oneActOnADay(text)
}

// oneActOnADay reports whether the sentence tells one act done (one
// realised verb of violence) and names the day it happened, with no
// period of time: the counts it gives with a word of a total ("a total
// of 19 people were killed when fighters attacked the camp on Saturday")
// are that act's, not a running total. A period whose text is except
// (the cue itself) does not count.
func (s *sentence) oneActOnADay(except string) bool {
	day := false
	for _, t := range s.times {
		switch {
		case t.Kind == timex.Point && t.Precision == sitrep.PrecisionDay:
			day = true
		case t.Kind == timex.Period && !strings.EqualFold(strings.TrimSpace(t.Text), strings.TrimSpace(except)):
			return false
		}
	}
	acts := 0
	for _, t := range s.triggers {
		if !t.weak && !t.irrealis && !t.noun {
			acts++
		}
	}
	return day && acts == 1
}

// otherTimeRelative marks as history the counts of a relative clause on
// the sentence's subject that tells a time of its own, earlier than the
// main clause's ("Gunmen who killed 20 villagers last week were arrested
// on Tuesday"): the dead are another incident's, not the arrest's.
func (s *sentence) otherTimeRelative() {
	var rel, main *timex.Expr
	for k := range s.times {
		t := &s.times[k]
		if t.Kind != timex.Point || t.Date.IsZero() {
			continue
		}
		switch s.clauseKindAt(s.wordAt(t.Span.Start)) {
		case relativeClause:
			if rel == nil {
				rel = t
			}
		case mainClause:
			if main == nil {
				main = t
			}
		}
	}
	if rel == nil || main == nil || !rel.Date.Time().Before(main.Date.Time()) {
		return
	}
	rc := s.clause[s.wordAt(rel.Span.Start)]
	for _, c := range s.cas {
		if s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)] == rc {
			c.background = true
		}
	}
}

// crashedAircraft reports whether a word of an air strike names the
// aircraft that crashes in its own sentence ("A Nigerian air force jet
// crashed in Niger state", "a military helicopter crashed"): a mishap,
// no strike, unless the sentence tells it shot down.
func (s *sentence) crashedAircraft(t trigHit) bool {
	if t.class.name != "air" || !t.trigger.noun {
		return false
	}
	for k := t.i + t.n; k < len(s.words) && k <= t.i+t.n+3; k++ {
		if crashWord[s.words[k].low] {
			return !s.hasAnyWord("shot", "downed", "hit")
		}
	}
	return false
}

// crashWord are the words of an aircraft's crash.
var crashWord = map[string]bool{"crashed": true, "crash": true, "crashes": true, "crashing": true}

// hasAnyWord reports whether the sentence has one of the words (lower
// case).
func (s *sentence) hasAnyWord(ws ...string) bool {
	for _, w := range s.words {
		if slices.Contains(ws, w.low) {
			return true
		}
	}
	return false
}

// crashSubject reports whether the words from we on are an aircraft of
// the side just named and its crash ("[Nigerian air force] jet crashed",
// "[army] helicopter crashed"), with nothing shot down.
func (s *sentence) crashSubject(we int) bool {
	for k := we; k < len(s.words) && k <= we+2; k++ {
		if crashWord[s.words[k].low] {
			// (not "the army said the crash ...": no aircraft of its own)
			return k > we && !s.hasAnyWord("shot", "downed")
		}
		switch s.words[k].low {
		case "jet", "jets", "plane", "aircraft", "helicopter", "helicopters", "drone", "warplane", "fighter", "transport", "cargo", "military":
		default:
			return false
		}
	}
	return false
}

// movementWords open the weak words of fighting that tell a move
// ("reached", "entered", "advanced", "moved into", "pushed into").
var movementWords = map[string]bool{"reached": true, "entered": true, "advanced": true, "advancing": true, "advance": true, "advances": true, "moved": true, "moving": true, "push": true, "pushed": true, "thrust": true}

// movementOfNoSide reports a word of moving that the sentence tells of no
// armed side: a convoy, civilians, families ("civilians from Baiji
// reached the camp", "the displaced entered Syria") move, they do not
// fight.
func (s *sentence) movementOfNoSide(t trigHit) bool {
	if t.class.name != "clash" || !t.weak || !movementWords[s.words[t.i].low] {
		return false
	}
	for _, m := range s.actors {
		if m.Actor != nil && m.Actor.Name != "civilians" {
			return false
		}
	}
	return true
}

// longUnits are the lengths of time that set a happening apart from the
// one it is measured from ("a year after", "months since"): days may still
// be one campaign's news, weeks or more are history.
var longUnits = map[string]bool{"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true}

// displacedTime marks as history the acts and counts told after a length
// of weeks or more and "after" or "since" ("the victory came a year after
// the city was first attacked", "two years since militants seized the
// town", "months after the bombing of the market"): what follows happened
// that long before the time of the clause it is measured from, so it is
// not the news, whether it is a clause or a noun phrase. "Before" is left
// alone: what follows it may be the news itself ("shelled for a year
// before the army retook it").
func (s *sentence) displacedTime() {
	if len(s.clause) != len(s.words) {
		return
	}
	for k := 1; k+1 < len(s.words); k++ {
		if w := s.words[k].low; w != "after" && w != "since" {
			continue
		}
		// the length may be set apart from "since" by the day it is
		// marked on: "marked eight years on Thursday since"
		u := k - 1
		for u > 0 && k-u <= 3 && dayOfMarking(s.words[u].low) {
			u--
		}
		if !longUnits[s.words[u].low] {
			continue
		}
		// what "after" introduces runs to the end of its clause, or of
		// the noun phrase's clause, and through the relative and
		// subordinate clauses that hang on it ("since the attack of
		// October 7, in which 1,200 people were killed", "since
		// militants seized the city, sparking a battle that left 1,100
		// dead")
		c := s.clause[k+1]
		end := k + 1
		for end < len(s.words) && (s.clause[end] == c || s.clause[end] > c && s.clauseKinds[s.clause[end]] != mainClause && s.clauseKinds[s.clause[end]] != attributionClause) {
			end++
		}
		for i := range s.triggers {
			if t := &s.triggers[i]; t.i > k && t.i < end {
				t.background = true
			}
		}
		for _, ca := range s.cas {
			if i := s.wordAt(ca.span.Start); i > k && i < end {
				ca.background = true
			}
		}
		if !s.marking(u) {
			continue
		}
		// a gathering that marks the time since an act retells the act:
		// the people it befell, described by a participle ("the
		// schoolgirls kidnapped from Chibok"), are no news either
		for i := range s.triggers {
			t := &s.triggers[i]
			if t.i > 0 && strings.HasSuffix(s.words[t.i].low, "ed") && !s.words[t.i-1].cap && isPlural(s.words[t.i-1].low) && !finiteVerb(s.words[t.i-1].low) {
				t.background = true
			}
		}
	}
}

// dayOfMarking reports whether w may stand between a length of time and
// the "since" it is measured to: "eight years on Thursday since", "a year
// this week since".
func dayOfMarking(w string) bool {
	switch w {
	case "on", "this", "today", "week", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// marking reports whether a verb of marking a time ("mark", "marked",
// "commemorate") comes a few words before word u, in its clause: the
// sentence tells a remembrance.
func (s *sentence) marking(u int) bool {
	for k := u - 1; k >= 0 && u-k <= 5; k-- {
		if s.clause[k] != s.clause[u] {
			return false
		}
		if markingVerb(s.words[k].low) {
			return true
		}
	}
	return false
}

// oneOfASeries reports whether a series told from word i is the one this
// incident belongs to ("..., the latest in a string of attacks", "the
// third in a series of bombings"): it places the incident, it does not
// sum it.
func (s *sentence) oneOfASeries(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch s.words[k].low {
		case "latest", "newest", "last", "deadliest", "second", "third", "fourth", "fifth", "recent":
			return true
		case "in", "the", "most":
			continue
		}
		return false
	}
	return false
}

// seriesOfOneDay reports whether marker m tells a series of acts ("a
// string of bombings", "a series of attacks", "in two attacks") in a
// clause that names the one day they happened ("... killed 14 people in
// Mogadishu on Sunday"): that day's violence, told as one incident (or
// one at each place its toll is shared out over), not a running total. A
// count of attacks must be shared out so (sharedOutAround).
func (s *sentence) seriesOfOneDay(m hit) bool {
	text := s.wordsText(m.i, m.i+m.n)
	c := s.clause[m.i]
	if strings.HasSuffix(text, "attacks") && !strings.Contains(text, "series") && !strings.Contains(text, "string") && !strings.Contains(text, "spate") && !strings.Contains(text, "wave") {
		// a count of attacks ("in two attacks") is one day's violence
		// only when the clause shares its toll out over their places
		// ("..., seven in Kaya and two in Dori"); else the report may
		// go on to tell each ("In the first, ...")
		if !s.sharedOutAround(c) {
			return false // (shared out in its clause or the next, "...: nine in Gwoza and five in Bama")
		}
	} else if !strings.Contains(text, "series") && !strings.Contains(text, "string") && !strings.Contains(text, "spate") && !strings.Contains(text, "wave") {
		return false
	}
	for k := range s.times {
		j := s.wordAt(s.times[k].Span.Start)
		if j < len(s.words) && s.clause[j] == c && newsDay(&s.times[k]) {
			return true
		}
	}
	return false
}

// dayOfCountedActs returns the news day told in the clause of a running-
// total cue that counts acts ("in two attacks", "in three separate
// raids") when the count is small enough to be told one by one after it,
// or nil: those acts' day.
func (s *sentence) dayOfCountedActs(m hit) *timex.Expr {
	n := 0
	for _, q := range s.quants {
		if q.Kind != quantity.Cardinal || q.Vague {
			continue
		}
		if qa, _ := s.wordRange(q.Span); qa >= m.i && qa < m.i+m.n {
			n = q.Count.BestOr(0)
		}
	}
	if n < 2 || n > 5 {
		return nil
	}
	c := s.clause[m.i]
	for k := range s.times {
		if j := s.wordAt(s.times[k].Span.Start); j < len(s.words) && s.clause[j] == c && newsDay(&s.times[k]) {
			return &s.times[k]
		}
	}
	return nil
}

// separateActsEachSited reports whether "in separate attacks" (or raids,
// operations) tells the acts of one day each at its own place with its own
// count ("killed four soldiers near Douentza and two civilians at a fair
// in Boni in separate attacks on Saturday"): several incidents told one by
// one, no running total. The clause must name a day of the news and give
// two counts or more, each followed by a place of its own ("in", "near",
// "at", "outside" and a name) before the next count.
func (s *sentence) separateActsEachSited(m hit) bool {
	if !strings.Contains(s.wordsText(m.i, m.i+m.n), "separate") || len(s.clause) != len(s.words) {
		return false
	}
	c := s.clause[m.i]
	day := false
	for k := range s.times {
		j := s.wordAt(s.times[k].Span.Start)
		day = day || j < len(s.words) && s.clause[j] == c && newsDay(&s.times[k])
	}
	if !day {
		return false
	}
	var counts []int
	for _, q := range s.quants {
		if q.Kind != quantity.Cardinal || q.Vague || q.Count.Best == nil {
			continue
		}
		if qa, _ := s.wordRange(q.Span); qa < len(s.words) && s.clause[qa] == c {
			counts = append(counts, qa)
		}
	}
	if len(counts) < 2 {
		return false
	}
	sited := 0
	for n, qa := range counts {
		end := min(len(s.words), qa+12)
		if n+1 < len(counts) {
			end = min(end, counts[n+1])
		}
		for k := qa + 1; k+1 < end; k++ {
			if sitePrep(s.words[k].low) && s.words[k+1].cap {
				sited++
				break
			}
		}
	}
	return sited >= 2
}

// earlierFigureBefore reports whether the date at word at follows the
// earlier figure of a toll that rose or fell, "(up|down) from N" ("...,
// up from 13 on Saturday", "from nine on Monday to 14"): the day that
// figure was given, not the day of the incident.
func (s *sentence) earlierFigureBefore(at int) bool {
	for _, q := range s.quants {
		if q.Kind != quantity.Cardinal {
			continue
		}
		qa, qb := s.wordRange(q.Span)
		if qb > at || qb < at-1 || qa < 2 || s.words[qa-1].low != "from" {
			continue // (the figure, and perhaps its noun: "up from 13 dead on Saturday")
		}
		switch s.words[qa-2].low {
		case "up", "down", "rose", "risen", "rising", "climbed", "jumped", "fell", "revised", "raised", "increased":
			return true
		}
	}
	return false
}

// numberOfOneAct reports whether a running-total cue that names a number
// of the dead ("the number of dead", "bringing the number of people
// killed") counts the dead of one act it names, the first thing it is
// told "in", "from" or "by" within its clause: an act named in the singular
// after a determiner or a day ("the number of dead in the bomb attack in
// Jalalabad has reached 21", "bringing the number of people killed in
// Saturday's militia attack to 11", "the number of people killed by a
// missile strike on a block of flats rose to 11") is that act's toll, not a running
// total ("the number of people killed in attacks this year", "in the
// fighting": many acts, or a word of a campaign).
func (s *sentence) numberOfOneAct(m hit) bool {
	if t := s.wordsText(m.i, m.i+m.n); strings.HasSuffix(t, " to") && !strings.Contains(t, "number") {
		// "bringing to 11 the number of people killed in the blast",
		// "bringing to 11 the death toll from the blast": the raised
		// total told after its number
		k := m.i + m.n
		if _, ok := s.countAt(k); !ok || k+3 >= len(s.words) || s.words[k+1].low != "the" {
			return false
		}
		if s.words[k+2].low == "number" {
			return s.numberOfOneAct(hit{i: k + 1, n: 3, val: m.val})
		}
		for j := k + 2; j < len(s.words) && j <= k+3; j++ {
			if s.words[j].low == "toll" {
				return s.actNamedAfter(j+1, s.clause[m.i])
			}
		}
		return false
	}
	if !strings.Contains(s.wordsText(m.i, m.i+m.n), "number") {
		return false
	}
	if s.unscopedNumberOfDead(m) {
		return true
	}
	return s.actNamedAfter(m.i+m.n, s.clause[m.i])
}

// actNamedAfter reports whether the first thing told "in", "from" or "by"
// within a few words from word from, in clause c, is one act: named in
// the singular after a determiner, or by a day ("in the bomb attack",
// "from Saturday's clashes"), not acts in the plural or a campaign.
func (s *sentence) actNamedAfter(from, c int) bool {
	for k := from; k+1 < len(s.words) && k < from+8 && s.clause[k] == c; k++ {
		if w := s.words[k].low; w != "in" && w != "from" && w != "by" {
			continue
		}
		j := k + 1
		day := false // one day's acts: "Saturday's clashes" are one fight
		switch {
		case s.words[j].low == "the" || s.words[j].low == "a" || s.words[j].low == "an" || s.words[j].low == "that" || s.words[j].low == "this":
			j++
		case j+1 < len(s.words) && weekdayWord(s.words[j].low) && s.words[j+1].low == "s":
			j += 2 // "Saturday's attack"
			day = true
		case j+2 < len(s.words) && weekdayWord(s.words[j].low) && partOfDay[s.words[j+1].low] && s.words[j+2].low == "s":
			j += 3 // "Sunday night's attack"
			day = true
		default:
			return false
		}
		for _, t := range s.triggers {
			if t.i >= j && t.i <= j+3 && s.clause[t.i] == c && !t.weak && !t.irrealis && (day || !isPlural(s.words[t.i+t.n-1].low)) {
				return true
			}
		}
		return false
	}
	return false
}

// negatedConjunct returns the "and" that opens the conjunct a negation
// marker m stands in, when the clause told an act before that "and" (a
// verb of harm or an act's word as a verb: "killed five villagers ...,
// and police have not identified the attackers"); -1 otherwise. Not for
// a denial ("said it had killed 25 terrorists and denied that any
// civilians had been harmed"): a side's word and its denial stand or fall
// together, as its claim.
func (x *Extractor) negatedConjunct(s *sentence, m hit) int {
	i := m.i
	if len(s.clause) != len(s.words) || i >= len(s.words) || denialVerb(s.words[i].low) {
		return -1
	}
	c := s.clause[i]
	for k := i - 1; k > 0 && s.clause[k] == c; k-- {
		if s.words[k].low != "and" {
			continue
		}
		for j := k - 1; j >= 0 && s.clause[j] == c; j-- {
			if x.casualtyAt(s, j, true) != "" || s.verbTriggerAt(j) {
				return k
			}
		}
		return -1
	}
	return -1
}

// reportsName reports whether a running-total cue of frequency only names
// the report the news comes in ("said in its daily update", "the weekly
// bulletin"): how often it is issued, not acts summed over days.
func (s *sentence) reportsName(m hit) bool {
	switch s.wordsText(m.i, m.i+m.n) {
	case "daily", "weekly", "monthly":
	default:
		return false
	}
	if k := m.i + m.n; k < len(s.words) {
		switch s.words[k].low {
		case "update", "updates", "briefing", "briefings", "bulletin", "bulletins", "report", "summary", "statement", "communique", "communiqué", "press":
			return true
		}
	}
	return false
}

// unscopedNumberOfDead reports whether a running-total cue that is a
// definite "the number of dead" (or of deaths, of victims) stands with
// nothing in its clause (in its own conjunct, past a ", and") that scopes
// it over more than one act: no phrase
// of place, time or campaign ("in", "from", "since", "during", "across",
// "over", "throughout", "this", "last", "past", "so far") and no verb of
// bringing or raising a total. Such a phrase is anaphoric, as "the toll"
// is: the dead of the incident in view ("early reports put the number of
// dead at nine", "the number of dead could rise"), not a running total.
func (s *sentence) unscopedNumberOfDead(m hit) bool {
	if !strings.HasPrefix(s.wordsText(m.i, m.i+m.n), "the number of") {
		return false
	}
	c := s.clause[m.i]
	for k := m.i - 1; k >= 0 && k >= m.i-2 && s.clause[k] == c; k-- {
		if raisingVerb[s.words[k].low] {
			return false // "bringing the number of dead to 300": added to a total
		}
	}
	// (its own conjunct only: "two bombers blew themselves up at the
	// market in Monguno on Sunday, and by Monday evening the number of
	// dead had risen to 27" scopes nothing with the first conjunct's "in")
	from := 0
	for k := m.i - 1; k >= 1; k-- {
		if s.words[k].low == "and" && s.words[k-1].low == "," && s.clause[k] == c {
			from = k + 1
			break
		}
	}
	for k := from; k < len(s.words); k++ {
		if s.clause[k] != c || k >= m.i && k < m.i+m.n {
			continue
		}
		switch s.words[k].low {
		case "in", "from", "since", "during", "across", "over", "throughout", "this", "last", "past", "far", "among", "total":
			return false
		}
	}
	return true
}

// weekdayWord reports whether w names a day of the week.
func weekdayWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// speakerAfterSide reports whether the words from k on, right after a
// side's name, make it the source of the news or the authority that
// counts ("a Taliban spokesman", "the Taliban's spokesman", "the
// Hamas-run health ministry", "the Houthi-controlled interior ministry"):
// a side that tells, not one suspected of the act.
func (s *sentence) speakerAfterSide(k int) bool {
	for n := 0; k < len(s.words) && n < 4; k, n = k+1, n+1 {
		if s.markerIs(k, "speaker") {
			return true
		}
		switch s.words[k].low {
		case "ministry", "government", "authorities", "administration", "authority":
			return true
		case "'s", "’s", "s", "-", "run", "controlled", "led", "health", "interior", "information", "de", "facto":
			continue
		}
		return false
	}
	return false
}

// sharedOutIn reports whether clause c shares a count out over places:
// two or more numbers each followed by a preposition of place and a name
// (partPlaceAt: "seven in Kaya and two in Dori", "14 died near Djibo and
// 10 near Kaya") that add up to a count told before them.
func (s *sentence) sharedOutIn(c int) bool {
	type part struct{ k, v int }
	var parts []part
	for k := 0; k+2 < len(s.words); k++ {
		if s.clause[k] != c {
			continue
		}
		if v, ok := s.countAt(k); ok {
			if at := s.partPlaceAt(k + 1); at > 0 && s.words[at].cap {
				parts = append(parts, part{k, v})
			}
		}
	}
	// (the parts add up to a count told before them: "killed 14 people:
	// nine in Gwoza and five in Bama", "killed four civilians in Donetsk
	// region, two in Kramatorsk, one in ..." (the total told at a place
	// too); not "killed 24: 14 in Djibo and 6 in Kaya")
	for from := 0; from+1 < len(parts); from++ {
		sum := 0
		for _, p := range parts[from:] {
			sum += p.v
		}
		for _, q := range s.quants {
			if qa, _ := s.wordRange(q.Span); q.Kind == quantity.Cardinal && q.Count.Best != nil && *q.Count.Best == sum && qa < parts[from].k {
				return true
			}
		}
	}
	return false
}

// sharedOutAround is sharedOutIn for clause c or the clause right after
// it, when that one opens on a colon or a comma ("killed four civilians
// over the past day: two in Pokrovsk, one in Kurakhove and ...").
func (s *sentence) sharedOutAround(c int) bool {
	if s.sharedOutIn(c) {
		return true
	}
	for k := 1; k < len(s.words); k++ {
		if s.clause[k] == c+1 && s.clause[k-1] == c {
			return (s.words[k].low == ":" || s.words[k].low == ",") && s.sharedOutIn(c+1)
		}
	}
	return false
}

// pastDay reports whether a time's words are the day just past ("over
// the past day", "in the last 24 hours").
func pastDay(text string) bool {
	t := strings.ToLower(text)
	for _, p := range []string{"past day", "last day", "past 24 hours", "last 24 hours"} {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// campaignHead reports whether the word at h names acts in the plural
// ("clashes", "attacks", "strikes") or a campaign of them ("violence",
// "insurgency", "conflict", "war"): the head a running total hangs on.
func campaignHead(s *sentence, h int) bool {
	switch s.words[h].low {
	case "violence", "insurgency", "conflict", "war", "unrest", "rebellion", "uprising", "campaign", "crisis":
		return true
	}
	t := s.triggerAt(h)
	return t != nil && strings.HasSuffix(s.words[h].low, "s") && !strings.HasSuffix(s.words[h].low, "ss")
}

// shortPeriod reports whether a period runs over one day and the next,
// both told to the day ("between Sunday and Monday"). A period of one day
// ("so far", "in recent years" counted to the publication day) is none.
func shortPeriod(t timex.Expr) bool {
	if t.Precision != sitrep.PrecisionDay || t.Date.IsZero() || t.End.IsZero() {
		return false
	}
	return t.End.Time().Sub(t.Date.Time()) == 24*time.Hour
}

// namedCountrysForces gives a generic word for a state's forces the
// country named just before it ("the United States military", "Nigeria's
// army"): that country's forces, not those of the report's country.
func (x *Extractor) namedCountrysForces(a *analysis, s *sentence, country string) {
	for k := range s.actors {
		m := &s.actors[k]
		if m.Actor == nil || !m.Generic || !isStateSide(m.Actor) {
			continue
		}
		for _, pi := range s.places {
			p := a.places[pi]
			if p.Place == nil || p.Place.Feature != "A.PCLI" || p.Place.Country == country || p.Prep != "" {
				continue
			}
			gap := strings.TrimSpace(a.text[min(p.Span.End, m.Span.Start):m.Span.Start])
			if p.Span.End > m.Span.Start || gap != "" && gap != "'s" && gap != "’s" {
				continue
			}
			found := x.actors.Find(a.text, m.Span, p.Place.Country)
			if len(found) == 1 && found[0].Actor != nil && isStateSide(found[0].Actor) && found[0].Span == m.Span {
				*m = found[0]
			}
		}
	}
}

// factionOfForces reads a country's forces that words of affiliation tie
// to a faction of that country's forces ("Libyan forces allied with the
// UN-backed government", "Yemeni troops loyal to Hadi's government") as
// that faction: the words after say which of the country's forces they
// are. The report's later mentions of the country's forces ("the Libyan
// troops") are the same faction. Two forces of one country under one
// name ("Syrian forces loyal to Assad") change nothing.
func (x *Extractor) factionOfForces(a *analysis, s *sentence) {
	for k := range s.actors {
		m := &s.actors[k]
		if m.Actor == nil || m.Actor.Kind != "state forces" {
			continue
		}
		if f := a.factions[m.Actor.Name]; f != nil {
			m.Actor = f
			continue
		}
		end := s.wordAt(m.Span.End - 1)
		for _, mk := range s.markers {
			if mk.val.(string) != "affiliation" || mk.i <= end || mk.i-end > 3 {
				continue
			}
			for _, o := range s.actors {
				if o.Actor == nil || o.Span.Start < s.words[mk.i].span.End || s.wordAt(o.Span.Start)-(mk.i+mk.n) > 2 {
					continue
				}
				if f := o.Actor; f.Kind == "state forces" && f.Country != "" && f.Country == m.Actor.Country && f.Name != m.Actor.Name {
					if a.factions == nil {
						a.factions = map[string]*actors.Actor{}
					}
					a.factions[m.Actor.Name] = f
					m.Actor = f
				}
				break
			}
			break
		}
	}
}

// tellerBody are the nouns that close the name of a body that tells of a
// war without fighting it ("Sudan Doctors Network", "Syrian Observatory
// for Human Rights", "Norwegian Refugee Council").
var tellerBody = map[string]bool{
	"network": true, "observatory": true, "organisation": true, "organization": true, "committee": true,
	"council": true, "union": true, "association": true, "foundation": true, "centre": true, "center": true,
	"society": true, "institute": true, "commission": true, "watch": true, "syndicate": true, "federation": true,
}

// groupWordBack reports whether w names an armed group pointed back to after
// "the": "group", and after "the same" also "movement", "organisation",
// "outfit" ("fighters of the same movement attacked"); not "faction", which
// is a part of the group named last ("members of the same faction" after
// "a faction of the FARC dissidents" are no FARC).
func groupWordBack(w string, same bool) bool {
	switch w {
	case "group":
		return true
	case "movement", "organisation", "organization", "outfit":
		return same
	}
	return false
}

// namedTellerNoSide reports whether the sentence's attribution names a
// body by a proper name that is no side of the war ("the Sudan Doctors
// Network said in a statement"; a common noun inside it, "Doctors", is
// no side): a teller that "the group" saying more in the next sentence
// may be.
func (s *sentence) namedTellerNoSide() bool {
	for k := range s.words {
		if s.clauseKindAt(k) != attributionClause {
			continue
		}
		end := k
		for end < len(s.words) && s.clause[end] == s.clause[k] {
			end++
		}
		named := false
		for j := k; j < end; j++ {
			if s.words[j].cap && !s.words[j].punc && tellerBody[s.words[j].low] {
				named = true
			}
		}
		if !named {
			return false
		}
		sp := sitrep.Span{Start: s.words[k].span.Start, End: s.words[end-1].span.End}
		return !slices.ContainsFunc(s.actors, func(m actors.Mention) bool {
			return m.Actor != nil && !m.Generic && m.Span.Start < sp.End && sp.Start < m.Span.End
		})
	}
	return false
}

// groupAnaphor reads "the group" ("the militant group", "the jihadist
// group") as the armed group named last before it, in the sentence or in
// the three before: "Al-Shabaab did not comment. The group said its
// fighters had killed 12 soldiers" is al-Shabaab's word. Not "the group
// of", a set of people; nor with no group named before; nor in a
// sentence that names the group itself, which says who it is already.
func (x *Extractor) groupAnaphor(a *analysis, s *sentence) {
	added := false
	for i := 0; i+1 < len(s.words); i++ {
		if s.words[i].low != "the" {
			continue
		}
		k := i + 1
		// "the same armed group", "the same group": said to be the one
		// told before, whatever generic words name it
		same := s.words[k].low == "same" && k+1 < len(s.words)
		if same {
			k++
			if (s.words[k].low == "armed" || s.words[k].low == "militant" || s.words[k].low == "jihadist" || s.words[k].low == "insurgent") && k+1 < len(s.words) {
				k++
			}
		}
		if groupDescriptor[s.words[k].low] && k+1 < len(s.words) {
			k++
		}
		// "the Iran-aligned group", "the al-Qaeda-linked group": a
		// hyphened compound describes it too
		for k+1 < len(s.words) && k+1 <= i+4 && s.words[k+1].hyph && !s.words[k].punc {
			k++
			if k+1 < len(s.words) && !s.words[k+1].hyph && (groupDescriptor[s.words[k+1].low] || s.words[k+1].low == "group") {
				k++
				if groupDescriptor[s.words[k].low] && k+1 < len(s.words) {
					k++
				}
				break
			}
		}
		if !groupWordBack(s.words[k].low, same) || k+1 < len(s.words) && s.words[k+1].low == "of" {
			continue
		}
		if !same && a.lastGroupWordNoSide(s, i) {
			// "..., according to the Emergency Response Room, a volunteer
			// group. Twenty people were wounded, the group said": the
			// group last told is no side
			continue
		}
		if !same && s.idx > 0 && s.sayVerbAfter(k+1, 1) >= 0 && a.sents[s.idx-1].namedTellerNoSide() {
			// "..., the Sudan Doctors Network said in a statement. The
			// group said 30 more were wounded": the teller speaking again
			continue
		}
		sp := sitrep.Span{Start: s.words[i].span.Start, End: s.words[k].span.End}
		// ("same" says the group was told before, if not just before)
		back := 3
		if same {
			back = 8
		}
		act := a.lastGroupWithin(s, sp.Start, nil, back, false)
		if same && act != nil {
			// (the generic words inside give way to the group pointed back to)
			s.actors = slices.DeleteFunc(s.actors, func(m actors.Mention) bool {
				return m.Generic && m.Span.Start < sp.End && sp.Start < m.Span.End
			})
		}
		if slices.ContainsFunc(s.actors, func(m actors.Mention) bool { return m.Span.Start < sp.End && sp.Start < m.Span.End }) {
			continue
		}
		if act != nil && !slices.ContainsFunc(s.actors, func(m actors.Mention) bool { return m.Actor == act }) {
			// (a group named in the sentence itself is told there already:
			// "Islamic State's reign ... executed by the group")
			s.actors = append(s.actors, actors.Mention{Span: sp, Actor: act, Alias: a.text[sp.Start:sp.End]})
			added = true
		}
	}
	if added {
		slices.SortStableFunc(s.actors, func(p, q actors.Mention) int { return p.Span.Start - q.Span.Start })
	}
}

// sideAnaphor reads a definite common noun of an armed side ("the
// militants", "the insurgents", "these rebels", "its suicide bombers")
// as the armed group named
// last before it, in its sentence or the three before: "Al-Shabaab holds
// much of the south. The militants detonated a car bomb ..." is
// al-Shabaab's act. A definite noun points back at a side already told,
// where a bare one ("Militants attacked ...") brings in a new one. Only
// the terms of the dictionary's blocks marked "points back" do so; not a
// noun followed by "of", which names its side there ("the militants of the
// Islamic State"); with no group named before, the block's reading stands.
func (x *Extractor) sideAnaphor(a *analysis, s *sentence) {
	for j := range s.actors {
		m := &s.actors[j]
		if !m.Generic || m.Actor == nil || isStateSide(m.Actor) || !x.actors.PointsBack(m.Alias) {
			continue
		}
		i := s.wordAt(m.Span.Start)
		if i == 0 || i >= len(s.words) {
			continue
		}
		if d := s.words[i-1].low; d != "the" && d != "these" && d != "those" && d != "its" && d != "their" {
			continue
		}
		if e := s.wordAt(m.Span.End - 1); e+1 < len(s.words) && s.words[e+1].low == "of" {
			continue
		}
		// (not the speaker for "the rebels" it tells of; "its suicide
		// bombers" are the speaker's own)
		var except *actors.Actor
		if d := s.words[i-1].low; d != "its" && d != "their" {
			except = s.speakingGroupBefore(i)
		}
		// (a word for the state's foes, "the insurgents", never
		// points back to a militia that fights beside the state)
		foe := !strings.Contains(strings.ToLower(m.Alias), "militia")
		if act := a.lastGroupBefore(s, m.Span.Start, except, foe); act != nil {
			m.Actor, m.Generic = act, false
		}
	}
}

// speakersOwnForces reads a state's generic word for its men made
// possessive by "its" or "their" ("Turkey's military said two of its
// soldiers had been killed") as the forces of the side that speaks the
// sentence, when that side is a state's forces: the speaker's own men, not
// those of the country the report is about.
func (s *sentence) speakersOwnForces() {
	var speaker *actors.Actor
	for j := range s.actors {
		m := &s.actors[j]
		i := s.wordAt(m.Span.Start)
		if i < 0 || m.Actor == nil {
			continue
		}
		if !m.Generic && isStateSide(m.Actor) {
			if e := s.wordAt(m.Span.End - 1); e >= 0 && s.sayVerbAfter(e+1, 2) >= 0 {
				speaker = m.Actor // "Turkey's military said"
			}
			continue
		}
		if speaker == nil || !m.Generic || !isStateSide(m.Actor) || sameSide(m.Actor, speaker) || i == 0 {
			continue
		}
		if d := s.words[i-1].low; d == "its" || d == "their" {
			m.Actor, m.Generic = speaker, false
		}
	}
}

// dropDivisionWords drops the word "government" where it names a kind of
// division, not a side ("Maru Local Government Area", "the local
// government council"): part of a place's name.
func (s *sentence) dropDivisionWords() []actors.Mention {
	kept := s.actors[:0]
	for _, m := range s.actors {
		i := s.wordAt(m.Span.Start)
		if m.Generic && i >= 1 && s.wordAt(m.Span.End-1) == i && s.words[i].low == "government" && s.words[i-1].low == "local" {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// speakingGroupBefore is the armed group named as the speaker of the words
// at i ("The Wazalendo said they had repelled an attack by the rebels"):
// its name stands before i, a verb of saying right after it, before i. A
// speaker telling of "the rebels" tells of others: the noun does not
// point back to it.
func (s *sentence) speakingGroupBefore(i int) *actors.Actor {
	for _, m := range s.actors {
		if m.Actor == nil || m.Generic || !isArmedGroup(m.Actor) || m.Span.End > s.words[i].span.Start {
			continue
		}
		we := s.wordAt(m.Span.End-1) + 1
		if sv := s.sayVerbAfter(we, 2); sv >= 0 && sv < i {
			return m.Actor
		}
	}
	return nil
}

// genericOfNamed joins a common noun of unnamed armed people and the
// armed group an "of" or "from" after it names ("eight terrorists of the
// Indian-sponsored Fitna al-Hindustan", "militants of the Islamic State",
// "gunmen from the Ombatse cult")
// into one mention of that group: the people are its members, and where
// they stand in the sentence (the object of "killed") is where the group
// stands. Between "of" and the name may stand "the" and a few words
// describing it.
func (s *sentence) genericOfNamed() []actors.Mention {
	var drop []int
	for j := 0; j+1 < len(s.actors); j++ {
		m := &s.actors[j]
		if !m.Generic || m.Actor == nil || isStateSide(m.Actor) || m.Actor.Name == "civilians" {
			continue
		}
		k := s.wordAt(m.Span.End-1) + 1
		if k >= len(s.words) || s.words[k].low != "of" && s.words[k].low != "from" {
			continue
		}
		n := s.actors[j+1]
		if n.Actor == nil || n.Generic || n.Leader || !isArmedGroup(n.Actor) {
			continue
		}
		gap := s.wordAt(n.Span.Start) - (k + 1)
		if gap > 0 && s.words[k+1].low == "the" {
			gap--
		}
		if gap > 3 || slices.ContainsFunc(s.words[k+1:s.wordAt(n.Span.Start)], func(w word) bool { return w.punc }) {
			continue
		}
		m.Span.End, m.Actor, m.Generic, m.Alias = n.Span.End, n.Actor, false, n.Alias
		drop = append(drop, j+1)
		j++
	}
	if len(drop) == 0 {
		return s.actors
	}
	out := s.actors[:0]
	for i, m := range s.actors {
		if !slices.Contains(drop, i) {
			out = append(out, m)
		}
	}
	return out
}

// leaderTies are the words that tie people to a leader named right after
// them ("fighters loyal to", "the faction led by").
var leaderTies = [][]string{{"loyal", "to"}, {"led", "by"}, {"commanded", "by"}, {"headed", "by"}, {"command", "of"}, {"faction", "of"}, {"men", "of"}, {"followers", "of"}}

// leaderPeople are the words for the people a leader is tied to, when the
// dictionary gives them no side of their own ("the rival faction led by").
var leaderPeople = map[string]bool{"faction": true, "factions": true, "wing": true, "militia": true, "gang": true, "group": true, "men": true}

// leaderSides reads a leader's name ("leaders:" in the dictionary) as his
// side where people are tied to him: "fighters loyal to Mohamed Hamdan
// Dagalo", "gunmen loyal to the sons of Joaquin 'El Chapo' Guzman", "the
// rival faction led by Ismael 'El Mayo' Zambada", "Hemedti's men" are one
// mention of the leader's side from the people's word to his name (or
// from his name to theirs). Between the tie and the name may stand
// "the", "the sons of", a title and his first names. A leader named
// alone is a person, not a side: his name is dropped.
func (s *sentence) leaderSides(text string) []actors.Mention {
	if !slices.ContainsFunc(s.actors, func(m actors.Mention) bool { return m.Leader }) {
		return s.actors
	}
	out := make([]actors.Mention, 0, len(s.actors))
	drop := map[int]bool{} // mentions the side's new mention covers
	for j, m := range s.actors {
		if !m.Leader || m.Actor == nil {
			continue
		}
		wi := s.wordAt(m.Span.Start)
		we := s.wordAt(m.Span.End-1) + 1
		start, end := -1, m.Span.End
		// "Hemedti's men", "El Mayo's faction"
		if we+1 < len(s.words) && s.possessiveS(we) && (memberNouns[s.words[we+1].low] || leaderPeople[s.words[we+1].low]) {
			start, end = m.Span.Start, s.words[we+1].span.End
		}
		// back over first names, titles, "the sons of", "the"
		k := wi - 1
		for k >= 0 && wi-k <= 6 && (s.words[k].cap || s.words[k].low == "the" || s.words[k].low == "sons" || s.words[k].low == "son" || s.words[k].low == "of" && k > 0 && (s.words[k-1].low == "sons" || s.words[k-1].low == "son") || s.words[k].low == "commander" || s.words[k].low == "warlord" || s.words[k].low == "leader" || s.words[k].low == "general") {
			k--
		}
		for _, tie := range leaderTies {
			n := len(tie)
			if start >= 0 || k-n+1 < 1 {
				continue
			}
			if !slices.EqualFunc(tie, s.words[k-n+1:k+1], func(t string, w word) bool { return t == w.low }) {
				continue
			}
			p := k - n // the people's word before the tie
			if tie[0] == "faction" || tie[0] == "men" || tie[0] == "followers" || tie[0] == "command" {
				p = k - n + 1
			}
			for i, o := range s.actors {
				if o.Actor != nil && !o.Leader && s.wordAt(o.Span.End-1) == p {
					if !o.Generic {
						p = -1 // a side named by its own name: the leader only describes it
						break
					}
					start = o.Span.Start
					drop[i] = true
				}
			}
			if p >= 0 && start < 0 && (memberNouns[s.words[p].low] || leaderPeople[s.words[p].low] || s.words[p].low == "gunmen") {
				start = s.words[p].span.Start
			}
		}
		drop[j] = true
		if start >= 0 {
			out = append(out, actors.Mention{Span: sitrep.Span{Start: start, End: end}, Actor: m.Actor, Alias: text[start:end]})
		}
	}
	for i, m := range s.actors {
		if !drop[i] {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(p, q actors.Mention) int { return p.Span.Start - q.Span.Start })
	return out
}

// memberNouns are the words for a side's people and arms that a
// possessive gives to its possessor: "its fighters", "the group's
// gunmen", "their naval forces", "its armed wing".
var memberNouns = map[string]bool{
	"fighters": true, "fighter": true, "members": true, "men": true, "militants": true, "gunmen": true,
	"combatants": true, "cadres": true, "guerrillas": true, "commandos": true, "militiamen": true,
	"units": true, "forces": true, "troops": true, "operatives": true, "loyalists": true, "wing": true,
	"brigades": true, "brigade": true, "battalions": true, "drones": true, "warplanes": true, "aircraft": true,
}

// possessiveSide reads the people or arms of a side named by a possessive
// as that side's: "Lakurawa has spread across Sokoto. On Monday its
// fighters raided a village" is Lakurawa's raid, and so is "the group's
// military spokesman" the group's, not a state's army. The possessor is
// "its" or "their", read as the first side the sentence names before it
// ("the group's spokesman said its naval forces had carried out the
// strike"), or with none there the first named side of the nearest
// sentence before that names one (in the three before, where a report
// names its subject first: "Al-Shabaab has fought the government for two
// decades. Its fighters ..."); or a named armed group with "'s" ("the
// group's gunmen"). A member noun the dictionary reads as a state's
// ("troops", "forces") changes hands only to an armed group named in the
// sentence itself, and not after a partitive "of" ("killing 20 of its
// soldiers" are the army's, whoever is named first).
func (x *Extractor) possessiveSide(a *analysis, s *sentence) {
	added := false
	for i := 0; i+1 < len(s.words); i++ {
		var owner *actors.Actor
		inSentence := true
		switch w := s.words[i].low; {
		case w == "its" || w == "their":
			owner = a.firstSideBefore(s, s.words[i].span.Start)
			if owner == nil {
				owner, inSentence = a.subjectSideBefore(s), false
			}
		case w == "s" && i > 0 && s.words[i].span.Start == s.words[i-1].span.End+1:
			// "the group's", "Hamas's": a named armed group before the "'s"
			for _, m := range s.actors {
				if m.Actor != nil && !m.Generic && isArmedGroup(m.Actor) && m.Span.End == s.words[i-1].span.End {
					owner = m.Actor
				}
			}
		}
		if owner == nil || owner.Name == "civilians" || owner.Kind == actors.KindUnidentified {
			continue
		}
		// the noun the possessive governs: the first member noun or
		// mention within three words, with no mark between
		for k := i + 1; k < len(s.words) && k <= i+3 && !s.words[k].punc; k++ {
			if j := slices.IndexFunc(s.actors, func(m actors.Mention) bool { return s.wordAt(m.Span.Start) == k }); j >= 0 {
				m := &s.actors[j]
				if i > 0 && s.words[i-1].low == "of" {
					break // ("killing 20 of its soldiers": the soldiers' own side, whoever is named first)
				}
				if m.Generic && m.Actor != owner && (!isStateSide(m.Actor) || inSentence && isArmedGroup(owner)) {
					m.Actor, m.Generic, m.Anaphor = owner, false, true
				}
				break
			}
			if memberNouns[s.words[k].low] {
				if i > 0 && s.words[i-1].low == "of" && !s.subjectEndsAt(k) {
					// ("executed two dozen of its own members": the group's
					// own dead, no side told acting; "one of its fighters
					// had carried out the bombing" acts)
					break
				}
				sp := sitrep.Span{Start: s.words[i].span.Start, End: s.words[k].span.End}
				if !slices.ContainsFunc(s.actors, func(m actors.Mention) bool { return m.Span.Start < sp.End && sp.Start < m.Span.End }) {
					s.actors = append(s.actors, actors.Mention{Span: sp, Actor: owner, Alias: a.text[sp.Start:sp.End], Anaphor: true})
					added = true
				}
				break
			}
		}
	}
	if added {
		slices.SortStableFunc(s.actors, func(p, q actors.Mention) int { return p.Span.Start - q.Span.Start })
	}
}

// subjectEndsAt reports whether the noun at word k is followed by its
// verb: an auxiliary or a verb of an act ("one of its fighters had
// carried out", "two of their members blew themselves up").
func (s *sentence) subjectEndsAt(k int) bool {
	if k+1 >= len(s.words) {
		return false
	}
	switch s.words[k+1].low {
	case "had", "has", "have", "was", "were", "is", "are", "would", "will":
		return true
	}
	t := s.triggerAt(k + 1)
	return t != nil && !t.noun
}

// firstSideBefore is the first armed side (not civilians, not an
// unidentified one) sentence s names before offset at, or nil.
func (a *analysis) firstSideBefore(s *sentence, at int) *actors.Actor {
	for _, m := range s.actors {
		if m.Span.Start >= at {
			break
		}
		if m.Actor != nil && m.Actor.Name != "civilians" && m.Actor.Kind != actors.KindUnidentified && (isArmedGroup(m.Actor) || isStateSide(m.Actor)) {
			return m.Actor
		}
	}
	return nil
}

// subjectSideBefore is the first named armed side of the nearest of the
// three sentences before s that names one, or nil.
func (a *analysis) subjectSideBefore(s *sentence) *actors.Actor {
	for k := s.idx - 1; k >= 0 && k >= s.idx-3; k-- {
		for _, m := range a.sents[k].actors {
			if m.Actor != nil && !m.Generic && m.Actor.Name != "civilians" && m.Actor.Kind != actors.KindUnidentified && (isArmedGroup(m.Actor) || isStateSide(m.Actor)) {
				return m.Actor
			}
		}
	}
	return nil
}

// groupDescriptor are the words that may describe "the group" a report
// points back to.
var groupDescriptor = map[string]bool{
	"militant": true, "jihadist": true, "armed": true, "insurgent": true, "rebel": true, "extremist": true,
	"terrorist": true, "islamist": true, "separatist": true,
}

// lastGroupBefore is the armed group named last before offset at in
// sentence s or in the three sentences before it, or nil; not a group
// only asked about ("split over whether to ally with Islamic State or
// al-Qaeda"), nor, for a word of the state's foes (foe), a militia that
// sides with the state.
func (a *analysis) lastGroupBefore(s *sentence, at int, except *actors.Actor, foe bool) *actors.Actor {
	return a.lastGroupWithin(s, at, except, 3, foe)
}

// unknownDoersBefore reports whether the side nearest before at, in the
// sentence or the one before, is doers told as unknown ("unidentified
// armed men abducted four aid workers, ... adding that the kidnappers had
// demanded a ransom"): a definite noun for doers at at points back to
// them, not to the group the report is about.
func (a *analysis) unknownDoersBefore(s *sentence, at int) bool {
	for k := s.idx; k >= 0 && k >= s.idx-1; k-- {
		ms := a.sents[k].actors
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Span.Start >= at || m.Actor == nil {
				continue
			}
			if m.Generic && toldUnknown(m.Alias) {
				return true
			}
			if !m.Generic && isArmedGroup(m.Actor) {
				return false
			}
		}
	}
	return false
}

// lastGroupWithin is lastGroupBefore over the sentence and the back
// sentences before it.
func (a *analysis) lastGroupWithin(s *sentence, at int, except *actors.Actor, back int, foe bool) *actors.Actor {
	for k := s.idx; k >= 0 && k >= s.idx-back; k-- {
		ms := a.sents[k].actors
		var oblique, related *actors.Actor
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Span.Start < at && m.Generic && toldUnknown(m.Alias) {
				// "unidentified armed men abducted four aid workers ...
				// the kidnappers demanded a ransom": the doers told as
				// unknown, met before any group read as the subject, are
				// the ones pointed back to (a group held back as oblique
				// or related gives way to them too)
				return nil
			}
			if m.Span.Start >= at || m.Actor == nil || m.Generic || !isArmedGroup(m.Actor) || m.Actor == except || a.sents[k].inQuestion(a.sents[k].wordAt(m.Span.Start)) || foe && m.Actor.SidesWith != "" {
				continue
			}
			// in a sentence before, a group after a preposition ("in
			// support of Hamas", "fighting against JNIM") is what that
			// sentence tells of, not who: a group named as its subject
			// is the one pointed back to (in the sentence itself the
			// nearest stands: "retook the town from al-Shabaab after the
			// militants withdrew")
			// (so is a group that holds what was hit: "a checkpoint held
			// by UAE-trained Hadrami Elite forces")
			// (a group told inside a relative clause on another is
			// pointed back to last of all: "the attackers belonged to the
			// Jalisco cartel, which has been fighting a coalition of
			// gangs known as Carteles Unidos")
			if k < s.idx && a.sents[k].clauseKindAt(a.sents[k].wordAt(m.Span.Start)) == relativeClause {
				if related == nil {
					related = m.Actor
				}
				continue
			}
			if k < s.idx && (obliqueAt(a.sents[k], a.sents[k].wordAt(m.Span.Start)) || a.sents[k].heldBy(a.sents[k].wordAt(m.Span.Start))) {
				if oblique == nil {
					oblique = m.Actor
				}
				continue
			}
			return m.Actor
		}
		if oblique != nil {
			return oblique
		}
		if related != nil {
			return related
		}
	}
	return nil
}

// obliquePreps are the prepositions that make a side named after them the
// object of what a sentence tells, not its subject.
var obliquePreps = map[string]bool{"of": true, "against": true, "with": true, "to": true, "from": true, "for": true, "on": true, "between": true}

// obliqueAt reports whether the name opening at word i stands after a
// preposition ("support of Hamas", "against the Islamic State").
func obliqueAt(s *sentence, i int) bool {
	// (a name set in quotation marks, a side's own label for another
	// side, stands after the preposition all the same)
	for k := 0; k < 2 && i > 0; k++ {
		if w := s.words[i-1].low; w == "the" || w == "\"" || w == "\u201c" || w == "'" || w == "\u2018" {
			i--
		}
	}
	return i > 0 && obliquePreps[s.words[i-1].low]
}

// accusedCountries reads a country that an act is laid on ("a drone
// attack blamed on Ukraine", "Russia blamed the attack on Ukraine", "a
// strike attributed to Israel"), or that is the object of an accusation
// ("the news agency blamed Israel", "accused Russia of the strike"), as a
// side: that country's forces. A country named anywhere else is a place.
func (x *Extractor) accusedCountries(a *analysis, s *sentence) {
	added := false
	for _, pi := range s.places {
		p := a.places[pi]
		if p.Place == nil || p.Place.Feature != "A.PCLI" {
			continue
		}
		// "blamed on Ukraine", "blamed the attack on Ukraine",
		// "attributed the strike to Israel", "blamed Israel", "accused
		// Russia of the strike"
		if !s.accusedAt(s.wordAt(p.Span.Start)) {
			continue
		}
		if slices.ContainsFunc(s.actors, func(m actors.Mention) bool { return m.Span.Start < p.Span.End && p.Span.Start < m.Span.End }) {
			continue
		}
		act := x.actors.Generic("troops", p.Place.Country)
		if act == nil || !isStateSide(act) {
			continue
		}
		s.actors = append(s.actors, actors.Mention{Span: p.Span, Actor: act, Alias: a.text[p.Span.Start:p.Span.End]})
		added = true
	}
	if added {
		slices.SortStableFunc(s.actors, func(p, q actors.Mention) int { return p.Span.Start - q.Span.Start })
	}
}

// coordinatedSides adds the side a nation's adjective names when it is
// coordinated with another's before their shared noun ("Indian and
// Pakistani troops", "Russian and Ukrainian forces"): the dictionary finds
// only the second, with the noun; the first is read with the noun too.
func (x *Extractor) coordinatedSides(a *analysis, s *sentence, country string) []actors.Mention {
	out := s.actors
	for _, m := range s.actors {
		k := s.wordAt(m.Span.Start)
		if k < 2 || s.words[k-1].low != "and" && s.words[k-1].low != "or" || !s.words[k-2].cap {
			continue
		}
		adj := s.words[k-2]
		// the second side's noun after its own adjective
		rest := a.text[s.words[k].span.End:m.Span.End]
		if strings.TrimSpace(rest) == "" {
			continue
		}
		synthetic := a.text[adj.span.Start:adj.span.End] + rest
		found := x.actors.Find(synthetic, sitrep.Span{Start: 0, End: len(synthetic)}, country)
		if len(found) != 1 || found[0].Span.Start != 0 || found[0].Span.End != len(synthetic) || found[0].Actor == m.Actor {
			continue
		}
		out = append(out, actors.Mention{Span: adj.span, Actor: found[0].Actor, Alias: found[0].Alias, Generic: found[0].Generic})
	}
	if len(out) > len(s.actors) {
		slices.SortStableFunc(out, func(p, q actors.Mention) int { return p.Span.Start - q.Span.Start })
	}
	return out
}

// backedSides reads a side named by its backer after it ("Syrian
// fighters backed by Turkey", "militias supported by Iran") as the
// dictionary names it with the backer before ("Turkey-backed fighters",
// "Iran-backed militias"): the words before "backed by" (up to three),
// the backer's name after it, put together and looked up whole. The side
// found spans the words and the backer, in place of what was found in
// them ("Syrian fighters", "Turkey" alone).
func (x *Extractor) backedSides(a *analysis, s *sentence, country string) []actors.Mention {
	out := s.actors
	for k := 1; k+2 < len(s.words); k++ {
		if w := s.words[k].low; w != "backed" && w != "supported" && w != "sponsored" || s.words[k+1].low != "by" {
			continue
		}
		b := k + 2
		if s.words[b].low == "the" && b+1 < len(s.words) {
			b++
		}
		backer := s.words[b]
		if !backer.cap || backer.punc || b+1 < len(s.words) && glued(a.text, backer, s.words[b+1]) {
			continue // ("backed by US-led coalition helicopters": no backer's name)
		}
		backerText := a.text[backer.span.Start:backer.span.End]
		for n := 3; n >= 1; n-- {
			from := k - n
			if from < 0 || slices.ContainsFunc(s.words[from:k], func(w word) bool { return w.punc || w.num }) {
				continue
			}
			words := strings.Join(strings.Fields(a.text[s.words[from].span.Start:s.words[k-1].span.End]), " ")
			synthetic := backerText + "-" + s.words[k].low + " " + words
			found := x.actors.Find(synthetic, sitrep.Span{Start: 0, End: len(synthetic)}, country)
			if len(found) != 1 || found[0].Span.Start != 0 || found[0].Span.End != len(synthetic) || found[0].Generic {
				continue
			}
			// (the mention runs on over the rest of the backer's noun
			// phrase, to the verb: "rebel factions backed by Turkish tanks
			// and aircraft captured the village")
			end := b
			for j := b + 1; j < len(s.words) && j <= b+4; j++ {
				w := s.words[j]
				if w.punc || w.cap || w.num || s.verbTriggerAt(j) || supportStop[w.low] {
					break
				}
				end = j
			}
			if end > b && s.words[end].low == "and" {
				end--
			}
			sp := sitrep.Span{Start: s.words[from].span.Start, End: s.words[end].span.End}
			if end+1 >= len(s.words) || !s.verbTriggerAt(end+1) && !s.words[end+1].punc {
				sp.End = backer.span.End // (no verb or mark after it: the backer's name alone)
			}
			kept := out[:0:0]
			for _, m := range out {
				if m.Span.Start < sp.End && sp.Start < m.Span.End {
					continue
				}
				kept = append(kept, m)
			}
			out = append(kept, actors.Mention{Span: sp, Actor: found[0].Actor, Alias: a.text[sp.Start:sp.End]})
			slices.SortStableFunc(out, func(p, q actors.Mention) int { return p.Span.Start - q.Span.Start })
			break
		}
	}
	return out
}

// announcing reports a word that introduces what a side makes known as done.
func announcing(w string) bool {
	switch w {
	case "announced", "announces", "announcing", "declared", "declares", "declaring", "proclaimed", "confirmed", "confirms":
		return true
	}
	return false
}

// announcedControl reads a side's control of a place made known by an
// announcement ("announced on Tuesday that the city was under the control
// of Iraqi forces", "declared that the town is now in the hands of the
// army") as ground taken, by the side after the phrase, on the day it was
// announced: a hold told as news. A hold told without one ("residents
// said the town was under the control of rebels") is a state, and a
// sentence that already tells a taking needs no other.
func (x *Extractor) announcedControl(s *sentence) {
	gain, ok := x.lex.classes["gain"]
	if !ok {
		return
	}
	for _, t := range s.triggers {
		if t.class.name == "gain" {
			return
		}
	}
	v := -1
	for i, w := range s.words {
		if announcing(w.low) {
			v = i
			break
		}
	}
	if v < 0 {
		return
	}
	w := s.words
	for j := v + 1; j < len(w) && j <= v+16; j++ {
		n := 0
		switch {
		case w[j].low == "under":
			k := j + 1
			for k < len(w) && (w[k].low == "the" || w[k].low == "full" || w[k].low == "complete" || w[k].low == "total" || w[k].low == "effective") {
				k++
			}
			if k < len(w) && w[k].low == "control" {
				n = k + 1 - j
				if k+1 < len(w) && w[k+1].low == "of" {
					n++
				}
			}
		case w[j].low == "in" && j+2 < len(w) && w[j+1].low == "the" && w[j+2].low == "hands":
			n = 3
			if j+3 < len(w) && w[j+3].low == "of" {
				n++
			}
		}
		if n == 0 {
			continue
		}
		// a hold told with a form of be: "was under", "is now in the
		// hands of", not "no longer", "not"
		be := false
		for k := j - 1; k > v && k >= j-3; k-- {
			switch w[k].low {
			case "was", "is", "were", "are", "been", "remains", "remained":
				be = true
			case "not", "longer", "never":
				return
			}
		}
		if !be {
			continue
		}
		s.triggers = append(s.triggers, trigHit{hit: hit{i: j, n: n}, trigger: trigger{class: "gain"}, class: gain})
		return
	}
}

// withdrawal reports a word that tells a side leaving a place ("withdrew from Hajin").
func withdrawal(w string) bool {
	switch w {
	case "withdrew", "withdrawn", "withdrawing", "retreated", "retreating", "abandoned", "fled", "evacuated", "pulled":
		return true
	}
	return false
}

// entryAfterWithdrawal reads a side's entering a place that the sentence
// tells another side left ("IS fighters withdrew from Hajin as SDF troops
// entered the town", "troops moved into the town after the rebels fled")
// as the place taken, not as fighting.
func (x *Extractor) entryAfterWithdrawal(s *sentence) {
	left := false
	for _, w := range s.words {
		if withdrawal(w.low) {
			left = true
		}
	}
	if !left {
		return
	}
	gain, ok := x.lex.classes["gain"]
	if !ok {
		return
	}
	for i := range s.triggers {
		t := &s.triggers[i]
		w := s.words[t.i].low
		if t.class.name == "clash" && (w == "entered" || w == "moved" || w == "rolled" || w == "marched") {
			t.class, t.trigger.class, t.weak = gain, "gain", false
		}
	}
}

// takerAfter reports whether a phrase of ground taken names the taker
// after it ("fell to", "now under the control of", "now in the hands
// of"), not the place.
func takerAfter(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	if ws[len(ws)-1].low == "to" {
		return true
	}
	for _, w := range ws {
		if w.low == "under" || w.low == "hands" {
			return true
		}
	}
	return false
}

// motiveActs marks as history the dead of an act told as the motive or
// the charge of what the clause tells ("launched rockets in response to
// the killing of one of its commanders", "arrested 12 men over the
// killing of four soldiers last month", "to avenge the deaths of"): the
// act named by its noun is another one, told before, not the news of the
// clause, unless the clause blames a side for it or claims it ("police
// blamed bandits for the killing of 12 villagers"). Its place, if any,
// is left alone.
func (s *sentence) motiveActs() {
	for _, ca := range s.cas {
		i := s.wordAt(ca.span.Start)
		if i < 1 || i+1 >= len(s.words) || !actNoun[s.words[i].low] || s.words[i+1].low != "of" {
			continue
		}
		// over the determiner and a word or two describing the act ("the
		// brutal killing of", "last month's killing of")
		k := i - 1
		for n := 0; k > 0 && n < 3 && !isClauseBreak(s.words[k]) && !motiveEnd(s.words, k); n++ {
			k--
		}
		if motiveEnd(s.words, k) && !s.blameBefore(k) {
			ca.background = true
		}
	}
}

// blameBefore reports whether a word of blame or of a claim stands before
// word k in its clause: "blamed bandits over the killing of 12
// villagers", "claimed responsibility for the killing of": the act is
// the one the blame or claim is about, the news itself.
func (s *sentence) blameBefore(k int) bool {
	for j := k - 1; j >= 0 && s.clause[j] == s.clause[k]; j-- {
		switch s.words[j].low {
		case "blamed", "blame", "blames", "blaming", "accused", "accuse", "accuses", "accusing", "responsibility", "responsible", "claimed", "claim", "claims", "claiming":
			return true
		}
	}
	return false
}

// actNoun are the nouns of an act of killing that "of" and its victims
// follow.
var actNoun = map[string]bool{"killing": true, "killings": true, "death": true, "deaths": true, "murder": true, "murders": true, "assassination": true, "massacre": true, "beheading": true}

// motivePhrases are the words that tell the act after them as the motive
// or charge of the clause's act, each read backwards from its last word.
var motivePhrases = [][]string{
	{"response", "to"}, {"retaliation", "for"}, {"revenge", "for"}, {"reprisal", "for"}, {"reprisal", "over"},
	{"avenge"}, {"avenging"}, {"over"}, {"arrested", "for"}, {"detained", "for"}, {"charged", "for"}, {"connection", "with"}, {"protest", "against"}, {"protesting", "against"},
	{"protesting"}, {"protest", "over"},
}

// motiveEnd reports whether a motive phrase ends at word k.
func motiveEnd(ws []word, k int) bool {
	for _, p := range motivePhrases {
		if k+1 < len(p) {
			continue
		}
		ok := true
		for j := range p {
			if ws[k-len(p)+1+j].low != p[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// sideAppositive returns the appositive set off by commas right after a
// side's name ending at end, when a noun of the side's ties heads it
// (affiliate, branch, wing, offshoot, franchise, ally, arm): ", al-Qaeda's
// affiliate in the Sahel,". The span starts at end, so that the places in
// it lie inside it.
func sideAppositive(text string, end int) (sitrep.Span, bool) {
	if end >= len(text) || text[end] != ',' {
		return sitrep.Span{}, false
	}
	rest := text[end+1 : min(len(text), end+90)]
	stop := strings.IndexAny(rest, ",.;")
	if stop < 0 || rest[stop] != ',' {
		return sitrep.Span{}, false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(rest[:stop]), func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }) {
		switch w {
		case "affiliate", "affiliates", "branch", "wing", "offshoot", "franchise", "ally", "arm", "affiliated", "linked":
			return sitrep.Span{Start: end, End: end + 1 + stop}, true
		}
	}
	return sitrep.Span{}, false
}

// placesOutsideNames drops the place mentions that are words of a side's
// longer name after its first ("Islamic State in the Sahel", "al-Qaeda in
// the Arabian Peninsula"): the name tells who acted, not where. Sides the
// dictionary knows only by a generic term are no such names.
// sides are the mentions countryHints weighed: the actor dictionary's in
// text, with no focus country.
func (x *Extractor) placesOutsideNames(text string, sides []actors.Mention, places []gazetteer.Mention) []gazetteer.Mention {
	if x.actors == nil || len(places) == 0 {
		return places
	}
	var names []sitrep.Span
	for _, m := range sides {
		if !m.Generic && m.Actor != nil {
			names = append(names, m.Span)
			// "JNIM, al-Qaeda's affiliate in the Sahel, said ...": an
			// appositive that says what the side is names where the
			// side belongs, not where anything happened
			if a, ok := sideAppositive(text, m.Span.End); ok {
				names = append(names, a)
			}
		}
	}
	out := places[:0]
	for _, p := range places {
		inside := false
		for _, n := range names {
			if n.Start < p.Span.Start && p.Span.End <= n.End {
				// (not a name the side's begins with: "Burkina attack",
				// "Burkina Faso armed forces" tell where as well)
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, p)
		}
	}
	return out
}

// unnamedMen are the nouns of people that only their act makes armed men
// ("Two men on a motorcycle shot dead a policeman").
var unnamedMen = map[string]bool{"men": true, "man": true, "individuals": true, "persons": true}

// harmedBy are the last words of a passive of harm before "by" ("shot
// dead by", "was killed by"): what follows is its agent.
var harmedBy = map[string]bool{"dead": true, "killed": true, "shot": true, "murdered": true, "stabbed": true,
	"wounded": true, "injured": true, "abducted": true, "kidnapped": true, "attacked": true, "ambushed": true}

// doerVerbs are verbs of harm done by hand that may not be triggers of
// their own ("threw a grenade", "lobbed a grenade", "opened fire").
var doerVerbs = map[string]bool{"threw": true, "hurled": true, "lobbed": true, "tossed": true, "opened": true,
	"fired": true, "planted": true, "torched": true, "hacked": true, "stabbed": true, "snatched": true,
	"shot": true, "gunned": true, "abducted": true, "kidnapped": true, "attacked": true, "ambushed": true,
	"stormed": true, "killed": true, "set": true, "raided": true, "beheaded": true, "seized": true}

// unnamedDoers reads people told by no side's word but as the subject of
// an act of harm as unidentified armed men: "Two men on a motorcycle shot
// dead a constable", "when a man in a mask threw a grenade into the
// shop". Coders write them as an unidentified armed group, as they write
// "gunmen". The phrase must open its clause (the sentence, or after a
// comma or a word that opens a clause) with a count or an article, not
// "the" (which may point back at the victims), and reach its verb through
// at most a phrase that tells how they came ("on a motorcycle", "in a
// pick-up truck", "wearing masks"); a verb after "were" or "had been"
// tells what was done to them.
func (x *Extractor) unnamedDoers(a *analysis, s *sentence, country string) {
	act := x.actors.Generic("gunmen", country)
	if act == nil {
		return
	}
	ws := s.words
	for i := 0; i < len(ws); i++ {
		if !unnamedMen[ws[i].low] {
			continue
		}
		// the words before the noun: a count or an article, and at most
		// two words that say what the people looked like
		j := i - 1
		for j >= 0 && i-j <= 3 && (ws[j].low == "masked" || ws[j].low == "hooded" || ws[j].low == "young" || ws[j].low == "unknown" || ws[j].low == "armed" || ws[j].low == "several") {
			j--
		}
		if j < 0 {
			continue
		}
		d := ws[j].low
		if !(d == "a" || d == "an" || d == "some" || d == "several" || ws[j].num || isNumberWord(d)) {
			continue
		}
		start := j
		// the agent of a passive of harm ("was shot dead by two men on
		// a motorcycle"): the doers, with no verb of their own after them
		agent := start >= 2 && ws[start-1].low == "by" && (harmedBy[ws[start-2].low] || s.verbTriggerAt(start-2))
		if start > 0 && !agent {
			p := ws[start-1]
			if !(p.punc && (p.low == "," || p.low == ";" || p.low == ":" || p.low == "-" || p.low == "—") || clauseOpener(p.low)) {
				continue
			}
		}
		// the verb, past a phrase of how they came
		if k := s.pastMannerPhrase(i + 1); !agent && (k >= len(ws) || !(doerVerbs[ws[k].low] || s.verbTriggerAt(k))) {
			continue
		}
		sp := sitrep.Span{Start: ws[start].span.Start, End: ws[i].span.End}
		if slices.ContainsFunc(s.actors, func(m actors.Mention) bool { return m.Span.Start < sp.End && sp.Start < m.Span.End }) {
			continue
		}
		s.actors = append(s.actors, actors.Mention{Span: sp, Actor: act, Alias: "gunmen", Generic: true})
	}
	slices.SortFunc(s.actors, func(p, q actors.Mention) int { return p.Span.Start - q.Span.Start })
}

// clauseOpener reports a word after which a new clause's subject may
// stand ("when two men opened fire", "and a man threw").
func clauseOpener(w string) bool {
	switch w {
	case "when", "as", "after", "before", "while", "where", "and", "but", "until", "then":
		return true
	}
	return false
}

// attributiveParticiples are participles of war that, after an article
// or a possessive, describe the noun after them ("the occupying state",
// "the invading army", "their attacking units") and tell no act.
var attributiveParticiples = map[string]bool{"occupying": true, "invading": true, "attacking": true,
	"retreating": true, "advancing": true, "besieging": true}

// attributiveParticiple reports whether trigger t is such a participle
// used as an adjective: one word, after an article or a possessive, and
// before a word that is no mark and no preposition.
func (s *sentence) attributiveParticiple(t trigHit) bool {
	if t.n != 1 || t.i < 1 || t.i+1 >= len(s.words) || !attributiveParticiples[s.words[t.i].low] {
		return false
	}
	switch s.words[t.i-1].low {
	case "the", "an", "a", "its", "their", "our", "his", "her":
	default:
		return false
	}
	next := s.words[t.i+1]
	return !next.punc && !objectPrep[next.low] && next.low != "of" && next.low != "in" && next.low != "on" && next.low != "at"
}

// lastGroupWordNoSide reports whether the last word "group" told before
// word i of s, in s or the sentence before it, names no side: no actor
// mention covers it or ends in the few words before it ("a volunteer
// group", "a rights group"; not "the Islamic State group", "a militant
// group", "Ansarul Islam, a local group").
func (a *analysis) lastGroupWordNoSide(s *sentence, i int) bool {
	look := func(t *sentence, end int) (bool, bool) {
		for k := min(end, len(t.words)) - 1; k >= 0; k-- {
			if t.words[k].low != "group" {
				continue
			}
			sp := t.words[k].span
			// (a side right before it, or set off by a comma: "Ansarul
			// Islam, a local group")
			before := sp.Start
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if t.words[j].punc && t.words[j].low != "," {
					break
				}
				before = t.words[j].span.Start
			}
			side := slices.ContainsFunc(t.actors, func(m actors.Mention) bool {
				return m.Actor != nil && (m.Span.Start < sp.End && sp.Start < m.Span.End || m.Span.End > before && m.Span.End <= sp.Start)
			})
			return true, !side
		}
		return false, false
	}
	if found, no := look(s, i); found {
		return no
	}
	if s.idx > 0 {
		_, no := look(a.sents[s.idx-1], len(a.sents[s.idx-1].words))
		return no
	}
	return false
}

// supportStop are words that end the noun phrase of a backer ("backed by
// Turkish tanks" ends before "in", "to", "which").
var supportStop = map[string]bool{"to": true, "in": true, "on": true, "at": true, "from": true, "as": true, "that": true,
	"which": true, "who": true, "of": true, "for": true, "with": true, "near": true, "into": true, "after": true, "before": true,
	"have": true, "has": true, "had": true, "were": true, "was": true, "are": true, "is": true}

// placeKind reports a noun that names a settlement or a part of one after
// its name ("the Sheikh Fares district", "the al-Askari neighbourhood"):
// the nouns that count places (placeNouns), and a few more that name one.
func placeKind(w string) bool {
	switch w {
	case "city", "suburb", "area", "camp", "base", "airport", "airbase":
		return true
	}
	return placeNouns[w]
}

// placePart are words that name a part of a place before "of" ("the
// centre of Hajin", "the outskirts of Raqqa").
var placePart = map[string]bool{"centre": true, "center": true, "heart": true, "rest": true, "remainder": true,
	"outskirts": true, "edge": true, "north": true, "south": true, "east": true, "west": true}

// tookPlace reads a form of "take" whose object is a place as a taking
// of ground: "YPG fighters took the Sheikh Fares district from rebels",
// "the SDF took the centre of Hajin", "CTS units took the al-Askari
// neighbourhood". The object must be a place the gazetteer finds, or a
// name followed by a noun of a settlement; "took them to hospital",
// "took part", "took office" and "took a bus" are no taking.
func (x *Extractor) tookPlace(a *analysis, s *sentence) {
	gain, ok := x.lex.classes["gain"]
	if !ok {
		return
	}
	w := s.words
	for j := 0; j+1 < len(w); j++ {
		switch w[j].low {
		case "took", "taken", "take", "takes", "taking":
		default:
			continue
		}
		if s.triggerCovers(j) {
			continue
		}
		k := j + 1
		if k < len(w) && w[k].low == "the" {
			k++
		}
		if k+1 < len(w) && placePart[w[k].low] && w[k+1].low == "of" {
			k += 2
			if k < len(w) && w[k].low == "the" {
				k++
			}
		}
		if k >= len(w) {
			continue
		}
		found := false
		for m := k; m < len(w) && m <= k+6; m++ {
			if m > k && w[m].low == "and" && m+1 < len(w) && (w[m+1].cap || nameParticleAt(w, m+1)) {
				continue // "the al-Nour and al-Askari neighbourhoods"
			}
			if !w[m].cap && !nameParticleAt(w, m) || w[m].punc {
				if m > k && placeKind(w[m].low) {
					found = true
				}
				break
			}
			if a.placeAt(w[m].span) {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		// (as a verb of taking in the lexicon is read: "had taken" tells
		// a taking before the news, "plans to take" none)
		irrealis := s.irrealisAt(j) || s.pastPerfect(j) || s.adjectival(j, 1)
		s.triggers = append(s.triggers, trigHit{hit: hit{i: j, n: 1}, trigger: trigger{class: "gain"}, class: gain, irrealis: irrealis})
	}
}

// nameParticleAt reports a lowercase particle inside a place's name
// ("the al-Askari neighbourhood", "Deir ez-Zor").
func nameParticleAt(w []word, m int) bool {
	switch w[m].low {
	case "al", "el", "ad", "ar", "as", "az", "ash", "ez", "es", "an", "at":
		return m+1 < len(w) && w[m+1].cap
	}
	return false
}

// toldOnOldDay reports whether the act at word i is reported by a verb of
// saying whose own day, told before the act, is history ("said last
// December that it had taken ...").
func (s *sentence) toldOnOldDay(i int) bool {
	for _, t := range s.times {
		if t.Kind != timex.Reporting || !t.Background {
			continue
		}
		if b := s.wordAt(t.Span.End - 1); b < i {
			return true
		}
	}
	return false
}

// rankDeterminer reports a word before an ordinal that makes it a rank
// ("the third media worker killed this year", "their first major breach
// since the siege began").
func rankDeterminer(w string) bool {
	switch w {
	case "the", "their", "its", "his", "her", "our":
		return true
	}
	return false
}

// sinceActsBackground marks as history the acts of a clause opened by
// "since" that names no day of its own ("40,000 people have returned to
// the town since it was retaken", "displaced since the offensive
// began"): the act is where a period starts, told as known, not news.
func (s *sentence) sinceActsBackground() {
	if len(s.clause) != len(s.words) {
		return
	}
	for k := range s.triggers {
		t := &s.triggers[k]
		c := s.clause[t.i]
		if !s.inSinceClause(t.i) {
			continue
		}
		dated := false
		for _, tm := range s.times {
			if j := s.wordAt(tm.Span.Start); j < len(s.words) && s.clause[j] == c && tm.Kind == timex.Point && !tm.Background {
				dated = true
			}
		}
		// (a campaign's word is its start, dated or not: "since Israel
		// launched its offensive on December 27")
		if !dated || t.weak {
			t.background = true
		}
	}
}

// bareTallyInPerfect reports whether count c is told in the present
// perfect ("have been killed", "has been neutralised") in a sentence that
// tells no act, names no place and no day, and points back at nothing:
// a tally of the campaign, not the toll of an act told before.
func (s *sentence) bareTallyInPerfect(c *casualty) bool {
	if len(s.triggers) > 0 || len(s.places) > 0 || len(s.times) > 0 || s.pointsBack() {
		return false
	}
	b := s.wordAt(c.span.End - 1)
	for k := s.wordAt(c.span.Start); k <= b && k+1 < len(s.words); k++ {
		if (s.words[k].low == "have" || s.words[k].low == "has") && s.words[k+1].low == "been" {
			return true
		}
	}
	return false
}

// clearedSideFrom reads "cleared" with an armed side as its object and a
// place after "from" as a taking of that place: "their forces had cleared
// the last Islamic State holdouts from the town of Bashiqa". Things
// cleared from a place ("cleared debris from the road", "cleared mines
// from the fields") are no side, and no taking.
func (x *Extractor) clearedSideFrom(a *analysis, s *sentence) {
	gain, ok := x.lex.classes["gain"]
	if !ok {
		return
	}
	w := s.words
	for j := 0; j+2 < len(w); j++ {
		switch w[j].low {
		case "cleared", "clearing", "clear", "clears":
		default:
			continue
		}
		if s.triggerCovers(j) {
			continue
		}
		from := -1
		for k := j + 1; k < len(w) && k <= j+8; k++ {
			if w[k].punc || isClauseBreak(w[k]) {
				break
			}
			if w[k].low == "from" {
				from = k
				break
			}
		}
		if from < 0 || from+1 >= len(w) {
			continue
		}
		objSpan := sitrep.Span{Start: w[j+1].span.Start, End: w[from-1].span.End}
		side := slices.ContainsFunc(s.actors, func(m actors.Mention) bool {
			return m.Actor != nil && objSpan.Start <= m.Span.Start && m.Span.End <= objSpan.End && (isArmedGroup(m.Actor) || m.Actor.Kind == actors.KindUnidentified)
		})
		if !side {
			continue
		}
		placed := false
		for k := from + 1; k < len(w) && k <= from+5; k++ {
			if a.placeAt(w[k].span) {
				placed = true
				break
			}
		}
		if !placed {
			continue
		}
		irrealis := s.irrealisAt(j) || s.pastPerfect(j)
		s.triggers = append(s.triggers, trigHit{hit: hit{i: j, n: 1}, trigger: trigger{class: "gain"}, class: gain, irrealis: irrealis})
	}
}

// gatheredToProtest adds a protest at a verb of going or gathering whose
// purpose, told after it in its clause, is to protest or to demand
// ("about 300 residents marched to the army camp on the edge of the town
// to demand that the troops reopen the highway", "villagers walked to the
// district collectorate in Bijapur to protest"): a demonstration, however
// far the purpose stands from the verb (the lexicon's "marched ... to
// demand" reaches four words). A sentence with a protest already read
// keeps its own.
func (x *Extractor) gatheredToProtest(s *sentence) {
	c, ok := x.lex.classes["protest"]
	if !ok || slices.ContainsFunc(s.triggers, func(t trigHit) bool { return t.class.name == "protest" }) {
		return
	}
	for i, w := range s.words {
		if !gatherVerbs[w.low] {
			continue
		}
		for k := i + 1; k+1 < len(s.words) && k <= i+14; k++ {
			if s.words[k].punc || isClauseBreak(s.words[k]) {
				break
			}
			if s.words[k].low != "to" {
				continue
			}
			p := s.words[k+1].low
			if protestPurposes[p] || p == "call" && k+2 < len(s.words) && s.words[k+2].low == "for" {
				s.triggers = append(s.triggers, trigHit{hit: hit{i: i, n: 1}, trigger: trigger{class: "protest"}, class: c, irrealis: s.irrealisAt(i)})
				return
			}
		}
	}
}

// gatherVerbs are the verbs of people going or gathering somewhere.
var gatherVerbs = map[string]bool{
	"marched": true, "walked": true, "gathered": true, "rallied": true, "assembled": true, "converged": true,
	"massed": true, "flocked": true, "thronged": true, "streamed": true, "poured": true,
}

// protestPurposes are the verbs of a demonstration's purpose ("to
// protest", "to demand", "to denounce").
var protestPurposes = map[string]bool{
	"protest": true, "demand": true, "denounce": true, "condemn": true, "decry": true, "oppose": true,
}
