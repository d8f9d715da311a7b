package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/quantity"
	"github.com/sitrep/sitrep/textutil"
	"github.com/sitrep/sitrep/timex"
)

// frame is what one sentence says happened: its realised triggers, the
// places it puts them at, its casualties and its date.
type frame struct {
	s        *sentence
	separate bool // "in a separate attack": a new incident begins
	trigs    []trigHit
	best     *trigHit
	places   []placeCand // best first
	origins  []int       // places things came from ("mortar fire from Douma"): indices into analysis.places
	cas      []*casualty
	anaphor  bool
	date     *timex.Expr
	// when is the point in time the sentence tells, as written, even when
	// it cannot be resolved ("last Friday" in an undated report)
	when string
	// attachOnly is set when the sentence only adds to an incident told
	// before it ("8 injured in the explosion were taken to hospital"): its
	// triggers all point back.
	attachOnly bool
	// claim is set for a sentence telling who claimed an attack; it may
	// come before the sentences that tell the attack itself
	claim bool
	// answer is set for a sentence that counts the attack's own people
	// ("security forces killed five attackers"): the other side's
	// answer to the incident told, by whatever means, with its own dead
	answer bool
	// member is set for a sentence that opens with members of a set of
	// dead told before and tells them at a place of their own ("the fifth
	// victim was caught near …"): an incident of its own, whose dead are
	// a part of that set's (splitMembers)
	member bool
	// placeless is set for the report's first act told with no place
	// of its own ("Rebels seized a town in eastern Congo"): the next
	// sentence that tells the same act gives it its place (see sameAct)
	placeless bool
	// elaborates is set for a sentence that names, by its kind, the
	// settlement where the act told in the sentence before happened,
	// which was placed in a region only (elaboratesPlace)
	elaborates bool
	// how is set for a sentence that tells an act done with no setting of
	// its own (no place, day or count), by or against a side it names,
	// after an incident: it tells how an act told before was done ("the
	// soldiers were attacked by a group of gunmen, presumably members of
	// the CJNG"), so it only adds its sides to an incident
	how bool
	// agent is the side the sentence tells as acting, once read (agentOf)
	agent     *actors.Actor
	agentRead bool
	// roles and rolesW hold frameRoles' answer for the frame at weight
	// rolesW (rolesRead once it was read): grouping and the roles of an
	// incident ask for it again and again
	roles     []roleCand
	rolesW    float64
	rolesRead bool
	// key is the sentence's words folded for matching names, once made
	key string
}

// placeCand is a place mention scored as the place of a sentence's event.
type placeCand struct {
	m     int // index into analysis.places
	score float64
}

// incident is a group of frames that tell one event.
type incident struct {
	frames []*frame
	zeros  []zeroTold // "no one was hurt": counts told as zero (attachZeros)
	place  int        // chosen place mention, -1 when none
	joint  []int      // several places told together ("Saqba and Zebdin")
	date   *timex.Expr
	// fixed is set when the incident was split from a list of places: its
	// place must not be changed by later frames.
	fixed bool
	// inherited is set when the date is the report's news day, not stated.
	inherited bool
	when      string // the first point in time its sentences tell, as written
	// borrowed is the trigger of the incident told just before, for one
	// told only by its dead
	borrowed *triggerAt
	// member is set for an incident opened by a member sentence (see
	// frame.member)
	member bool
	// awaitsPlace is set for an incident opened by a placeless frame
	// until a frame telling the same act joins it with a place; it is no
	// candidate of the incident model (see group)
	awaitsPlace bool
	// summaryOnly is set for an incident told in one sentence whose toll
	// only sums up the incidents told after it (see pureSummary): it is
	// not kept, and summaryOf of each of those names it, to lend its side
	summaryOnly bool
	summaryOf   *incident
	// another is set when the incident's own word of what happened is
	// "another" of the kind borrowed ("another strike" after air
	// strikes): it takes that kind and, naming none, that side
	another      bool
	borrowedFrom *incident
	// headline is the report's headline when it tells this incident (the
	// one the report leads with): its counts stand in for counts the body
	// does not give.
	headline *sentence
	// shared are the parts of counts told in other incidents' sentences
	// and shared out to this incident's place ("seven in Segue and two in
	// Sonfounou": the two, for the incident at Sonfounou)
	shared []*casualty

	// what the incident model asks of an incident, kept up to date as
	// frames join (account), so that weighing a sentence against an
	// incident costs the same however long the incident has grown
	agentWeight map[string]float64 // the acting sides' weights
	agent       *actors.Actor      // the side of most weight, the first told on a tie
	named       map[string]bool    // the sides named (not by a generic word)
	totals      map[countKey][]int // the counts told, per kind and side
	// stated are the totals told as such ("bringing the toll to eight"),
	// per kind: an earlier or partial count of the same dead is below them
	stated    []statedCount
	strongest *trigHit        // the trigger of highest priority
	means     map[string]bool // the means of violence told plainly
}

func (in *incident) last() *frame { return in.frames[len(in.frames)-1] }

// countKey is a kind of count and the side it counts.
type countKey struct{ kind, side string }

// statedCount is a total an incident tells as such, of a kind of count.
type statedCount struct {
	kind string
	n    int
}

// sentenceTotals sums a sentence's counts per kind and side: "two
// policemen, a girl and a man were killed" is the same four as "four
// people were killed".
func sentenceTotals(cas []*casualty) map[countKey]int {
	t := map[countKey]int{}
	for _, c := range cas {
		if !c.subset && !c.vague && !c.count.IsZero() {
			t[countKey{c.kind, side(c.group)}] += c.count.BestOr(0)
		}
	}
	return t
}

// account updates what the incident model asks of an incident for frame
// f, just added to it.
func (x *Extractor) account(a *analysis, in *incident, f *frame) {
	if in.agentWeight == nil {
		in.agentWeight, in.named, in.totals, in.means = map[string]float64{}, map[string]bool{}, map[countKey][]int{}, map[string]bool{}
	}
	weight := 1.0
	if len(in.frames) > 1 {
		weight = 0.6
	}
	for _, c := range x.actingCands(a, f, weight) {
		in.agentWeight[c.actor.Name] += c.strength
		if in.agent == nil || in.agentWeight[c.actor.Name] > in.agentWeight[in.agent.Name] {
			in.agent = c.actor
		}
	}
	for _, m := range f.s.actors {
		if m.Actor != nil && !m.Generic {
			in.named[m.Actor.Name] = true
		}
	}
	// ("two more militants dead" is a part of a count not told: no
	// figure to compare the counts of other sentences with; "seven more
	// deaths in a different attack" is the whole of its own incident's)
	var whole []*casualty
	for _, c := range f.cas {
		if !c.also || f.s.hasMarker("separate") {
			whole = append(whole, c)
		}
	}
	for k, v := range sentenceTotals(whole) {
		in.totals[k] = append(in.totals[k], v)
	}
	for _, c := range f.cas {
		if c.toll && !c.vague && !c.cumulative {
			in.stated = append(in.stated, statedCount{c.kind, c.count.BestOr(0)})
		}
	}
	if f.best != nil && (in.strongest == nil || f.best.class.priority > in.strongest.class.priority) {
		in.strongest = f.best
	}
	for k := range f.trigs {
		if m := f.s.meansOf(&f.trigs[k]); !f.trigs[k].weak && m != "" {
			in.means[m] = true
		}
	}
}

// frames reads the frame of every sentence that tells an incident.
func (x *Extractor) frames(a *analysis) []*frame {
	var out []*frame
	statsBefore := false // the last sentence with counts gave running totals
	counted := false     // a sentence before counted the acts of a toll ("in two separate operations")
	historyBefore := false
	mishapBefore := false // the last sentence with dead told a mishap, no act of war
	// offField is set once the report has led, before any act of war, with
	// a sentence of sport or markets ("takeover battle", "conceding three
	// goals"): its later words of war with no one hurt are the same
	// metaphors ("we were shot to pieces in the second half")
	offField := false
	for _, s := range a.sents {
		if len(out) == 0 && len(s.cas) == 0 && s.hasMarker("sport") {
			offField = true
		}
		// "In the second operation, in Datta Khel on Sunday, ...": one
		// of the acts counted before, told by itself, is an incident of
		// its own, not a step of the one before it
		oneOfCounted := counted && s.opensWithOneOfCounted()
		counted = counted || !s.headline && s.countsActs()
		// history: the last act the report told before this sentence is
		// one of history ("to mark one year since the attack in which
		// jihadists gunned down hundreds"), with no act of the news told
		history := historyBefore
		if !s.headline {
			if bestStrong(realised(s)) != nil {
				historyBefore = false
			} else if slices.ContainsFunc(s.triggers, func(t trigHit) bool { return t.background && !t.irrealis }) {
				historyBefore = true
			}
		}
		if len(s.cas) == 0 && !s.headline && !s.background && !s.aggregate && bestStrong(realised(s)) != nil {
			statsBefore = false // a sentence telling an act between: the report is back to incidents
		}
		if len(s.cas) > 0 && !s.headline {
			cum := false
			for _, c := range s.cas {
				cum = cum || c.cumulative
			}
			allParts := true
			for _, c := range s.cas {
				allParts = allParts && c.subset
			}
			if !cum && statsBefore && (len(realised(s)) == 0 || allParts) && !(allSited(a, s) && !allParts) && !oneOfCounted {
				// (not counts each told at a locality: "three people were
				// killed in Pokrovsk" in a round-up is an incident there)
				// counts with no word of an attack, or only parts of a
				// count ("three of the dead were killed by snipers"),
				// after running totals: more of the same statistics
				for _, c := range s.cas {
					c.cumulative = true
				}
				cum = true
			}
			statsBefore = cum
			if cum && allParts {
				continue // the breakdown of a running total tells no incident
			}
		}
		if s.headline || s.background || s.aggregate || s.listIntro || s.hasMarker("caption") {
			continue
		}
		f := &frame{s: s, anaphor: s.pointsBack() || a.namesPlaceToldBefore(s) || a.namesVictimsToldBefore(s) || s.opensOnPartOfThem(), separate: s.saysSeparate() || s.anchored || s.afterAnchor || s.colonItem > 0 || oneOfCounted || a.pursuitApart(s)}
		f.trigs = realised(s)
		cumulativeCounts := false
		for _, c := range s.cas {
			if c.cumulative {
				cumulativeCounts = true
			} else if !c.background {
				f.cas = append(f.cas, c)
			}
		}
		f.best = s.mainTrigger(f.trigs)
		if f.best != nil && len(f.cas) == 0 && s.hasMarker("claim") && s.onlyRelativeTriggers(f.trigs) {
			// "Authorities blamed the ELN, which has stepped up attacks in
			// the region": the acts of a relative clause describe the side
			// blamed; the sentence tells no act of its own, only who did
			// the one told before
			f.best = nil
		}
		if (f.best == nil || f.best.weak || s.mishapActs(f.best) || s.sidelessDamage(f.best)) && s.hasMarker("mishap") || (len(f.cas) == 0 || f.best == nil) && (s.hasMarker("sport") || offField) || s.hasMarker("private") {
			mishapBefore = mishapBefore || len(f.cas) > 0 && s.hasMarker("mishap")
			continue // "a bus crash killed 14", "a landslide hit a village", "the striker shot twice", "who have lost five of their last seven league games", "stabbed his wife in a domestic dispute": no act of war
		}
		if len(f.cas) > 0 {
			if mishapBefore && f.best == nil && f.anaphor && !f.actsAnew(a) {
				// "eight people died of the disease ... the victims were
				// four children and four adults": the dead of the mishap
				// told before, no act of war
				continue
			}
			mishapBefore = false
		}
		if s.hasMarker("accidental") && s.onlyBlasts(f.trigs) && !f.anaphor {
			// "a gas cylinder exploded at a restaurant": no act of war
			// (one that points back, "the blasts were caused by stored
			// ammunition", joins the blast told before, which then goes
			// too: dropAccidents)
			continue
		}
		if f.best != nil && s.claimedTrigger(f.best) {
			f.anaphor = true // "a spokesman claiming an attack in a village": a claim retells
		}
		if s.presupposed(f) {
			f.anaphor = true // "The capture of the base also gives them a launchpad"
		}
		// "The fifth victim was caught near …": members of a set of
		// dead told before, at a place (see splitMembers)
		_, _, _, member := x.member(s)
		member = member && !diedLater(s)
		if member || x.opensOrdinalPerson(s) >= 0 {
			f.anaphor = true // ("A ninth victim died in hospital": one more of the dead told before)
		}
		f.places = x.placeCandidates(a, s, f)
		if countsActsPeople(a.text, f.cas) && !(f.best != nil && !f.best.anaphoric && !f.best.weak && len(f.places) > 0) {
			// "security forces killed five attackers": the attack's own
			// people, told before; not where the sentence tells an attack
			// of its own at a place of its own, whose attackers they are
			// ("repelled a Houthi attempt to advance on the western front
			// of Taiz, killing five attackers")
			f.anaphor, f.answer = true, true
		}
		if len(out) > 0 && elaboratesPlace(a, out[len(out)-1], f) {
			f.anaphor, f.elaborates = true, true
		}
		if member && !slices.ContainsFunc(f.cas, func(c *casualty) bool { return c.kind != sitrep.Killed }) {
			f.member = memberSite(a, f) >= 0
		}
		for _, pi := range s.places {
			if strings.EqualFold(a.places[pi].Prep, "from") {
				f.origins = append(f.origins, pi)
			}
		}
		if len(f.places) == 0 {
			if m := x.placeAnaphor(a, s); m >= 0 {
				f.places = []placeCand{{m: m, score: anaphorScore}}
			} else if m := a.takenPronoun(s, f.best); m >= 0 {
				f.places = []placeCand{{m: m, score: anaphorScore}}
			} else if m := a.itemPlace(s); m >= 0 {
				f.places = []placeCand{{m: m, score: anaphorScore}} // the item's label's place
			}
		}
		f.date = eventDate(s, f.best)
		if d := s.foundDate(f.date); d != nil {
			f.date = d
		}
		if (f.best == nil || f.best.anaphoric && len(out) > 0 && !datesTrigger(s, f.date, f.best)) && foundMore(s, f.cas) {
			// "The bodies of two more victims were found on Tuesday": more
			// dead of the incident told before; the day they were found
			// is not the day they were killed ("three who were wounded in
			// the attack died on Friday": the act named only points back;
			// but "raising the toll from Thursday's bombing" dates it)
			f.date, f.anaphor = nil, true
		}
		if f.best == nil && len(f.cas) > 0 && s.hurtToldDying() {
			// "One of the wounded, a woman, died in hospital on Friday":
			// one more dead of the incident told before; the day she died
			// is not the day of the act
			f.date, f.anaphor = nil, true
		}
		if f.date == nil {
			f.date = a.framingDate(s)
		}
		if f.date == nil {
			f.date = a.anchoredDate(s)
		}
		if f.date == nil {
			f.date = a.itemDate(s)
		}
		f.when = pointText(a.text, s, f.best)
		counts := 0
		for _, c := range f.cas {
			if !c.subset && (!c.count.IsZero() || c.lumped) && (c.kind == sitrep.Killed || c.kind == sitrep.Wounded || c.kind == sitrep.Abducted || c.kind == sitrep.Arrested) {
				counts++
			}
		}
		named := false
		for _, m := range s.actors {
			if m.Actor != nil && !m.Generic {
				named = true
			}
		}
		strong, fresh := false, false
		for _, t := range f.trigs {
			if !t.weak {
				strong = true
			}
			if !t.anaphoric {
				fresh = true
			}
		}
		f.attachOnly = len(f.trigs) > 0 && !fresh
		lead := len(out) == 0 && len(f.cas) == 0 && f.best != nil && !f.best.weak && !f.best.anaphoric && len(f.places) == 0 && !f.separate && s.clauseKindAt(f.best.i) == mainClause && s.toldDone(f.best)
		switch {
		case cumulativeCounts && len(f.cas) == 0 && len(f.trigs) == 0:
			continue // a running total: a figure, not an incident
		case history && f.best == nil && len(s.places) == 0 && !s.hasDay() && !slices.ContainsFunc(out, func(g *frame) bool { return g.best != nil || len(g.cas) > 0 }):
			// "Rights groups have said at least 400 people may have died"
			// after an anniversary of the attack: a toll with no act,
			// place or day of its own, told after an act of history and
			// before any act of the news, is that act's
			continue
		case f.member:
		case f.best == nil && counts > 0 && len(out) > 0 && len(f.places) == 0 && !f.separate && (f.date == nil || !newsDay(f.date)) && x.groupTellsOwnAct(s):
			// "The Islamic State Mozambique Province said its fighters
			// had killed 30 soldiers": an armed group's own account of
			// its act, with no place, day or word of the act of its own,
			// is its claim about the incident told, not another one;
			// its counts are its claim (roles notes them as such)
			f.attachOnly, f.claim, f.anaphor = true, true, true
		case len(out) == 1 && out[0].placeless && out[0].s.idx < s.idx && f.best != nil && len(f.places) > 0 && !f.separate && !strong && counts == 0:
			// "M23 fighters entered Kitshanga" after the placeless first
			// act: a weak word of it, with its place; it only joins it
			f.attachOnly = true
		case f.best != nil && !strong && counts == 0 && (f.date == nil || f.date.Precision != sitrep.PrecisionDay) && !(f.anaphor && s.pittedSides(x)) && !placesToldIncident(f, out) && !f.elaborates:
			continue // "the offensive", "fighting", "last week ... launched an offensive": a campaign, not an incident
		case f.best != nil && len(f.places) > 0:
		case counts > 0 && (f.best != nil || len(f.places) > 0 || f.anaphor || hasKillWord(f)):
		case f.best != nil && named && f.date != nil && f.best.class.name != "clash" && f.best.class.name != "assault" && f.best.class.name != "attack":
		case f.best != nil && f.best.class.name == "clash" && f.date != nil && f.date.Precision == sitrep.PrecisionDay && (x.namedSides(a, s) >= 2 || s.betweenSides(f.best.i)):
			// "Fierce fighting broke out Saturday between Islamic State
			// militants and a Libyan militia": two sides fighting on a
			// day, where the report is about
		case f.anaphor && counts > 0:
		case f.anaphor && len(f.cas) > 0:
			// "The dead included two soldiers and a teacher": parts of the
			// dead of the incident told before
			f.attachOnly = true
		case f.anaphor && len(f.places) > 0:
			f.attachOnly = true // "the attackers came into X": where the incident told before happened
		case f.anaphor && s.hasMarker("claim"), s.hasMarker("claim") && f.best != nil && f.best.anaphoric:
		case s.hasMarker("claim") && f.best != nil && named:
			// "ISIS has claimed the suicide bombing that ripped through a
			// market early Thursday": who did the incident the report
			// tells, before or after it
			f.attachOnly, f.claim = true, true
		case s.hasMarker("claim") && (named || s.accusesSide()) && f.best == nil && len(f.cas) == 0:
			// "JNIM claimed responsibility on Tuesday": a claim with no
			// act of its own is of the incident told
			f.attachOnly, f.claim, f.anaphor = true, true, true
		case f.best == nil && len(f.cas) == 0 && len(out) > 0 && s.authoredBySide():
			// "the fingerprints of Daesh are all over it": the marks of a
			// side on the act told before lay it on that side, as a claim
			// would
			f.attachOnly, f.claim, f.anaphor = true, true, true
		case f.best != nil && f.best.class.name == "gain" && countsPlaces(s):
			// "two more districts were recaptured": places taken, unnamed;
			// the incident lies in the report's main place
		case f.best != nil && named && x.groupTellsOwnAct(s):
			// "Al-Shabaab said in a statement that its fighters had
			// targeted government soldiers": an armed group's word of its
			// own act, with no place or day, claims the incident told
			f.attachOnly, f.claim = true, true
		case f.best == nil && len(f.cas) == 0 && named && len(f.places) == 0 && len(out) > 0 && x.groupTellsOwnAct(s):
			// "Al-Shabaab said in a statement that it had carried out the
			// martyrdom operation": an armed group's word of its own act,
			// told by no word of violence, claims the incident told
			f.attachOnly, f.claim, f.anaphor = true, true, true
		case f.best != nil && named && counts == 0 && len(f.places) == 0 && len(out) > 0 && x.forceTellsOwnStrike(s, f.best):
			// "The Israeli military said it had targeted a Hamas
			// commander": state forces telling of their own strike, with
			// no place, day or toll of its own, tell who struck the blow
			// told before
			f.attachOnly, f.claim = true, true
		case f.anaphor && named && !(f.best == nil && s.onlySummedActs()):
			// "The clash involved airstrikes by the LNA": who fought the
			// incident told before; not a side told with an act summed
			// over a period ("the YPG have since pushed the militants
			// back from most of the valley"), a campaign of its own
			f.attachOnly = true
		case f.anaphor && f.best != nil && f.date != nil:
			f.attachOnly = true // "The attack began on Thursday around midnight": when the incident told before happened
		case f.anaphor && f.best != nil && !f.best.weak:
			f.attachOnly = true // "The rebels set off a roadside bomb as the patrol passed": how the incident told before was done
		case f.best != nil && !f.best.weak && named && f.date != nil:
			// "Taliban attacked a checkpoint on Saturday night": a named
			// side's dated attack with no place may retell an incident
			// told before, not open one
			f.attachOnly = true
		case lead:
			f.placeless = true // (below)
		case f.best != nil && len(out) > 0 && len(f.places) == 0 && f.date == nil && counts == 0 && named && !f.separate && !s.hasMarker("also") && s.actToldDone(f.trigs):
			// "According to the report, the soldiers were patrolling
			// when they were attacked by a group of gunmen, presumably
			// members of the CJNG": an act told done, with no place,
			// day or toll of its own, naming a side, after an incident
			// is told: how an act told before was done, and by whom (a
			// campaign, "have been carrying out air strikes for two
			// years", is told in no simple past, perfect or passive)
			f.attachOnly, f.how = true, true
		default:
			continue
		}
		// "Rebels seized a town in eastern Congo on Monday": the report's
		// first act, told with only a country or region; the sentence
		// after it may tell where (a frame that would be dropped, or one
		// that points back at an incident there is none of, awaits it)
		if lead && f.attachOnly && !f.claim {
			f.placeless = true
		}
		out = append(out, f)
	}
	return out
}

// onlyRelativeTriggers reports whether every trigger given lies in a
// relative clause of the sentence.
func (s *sentence) onlyRelativeTriggers(trigs []trigHit) bool {
	for _, t := range trigs {
		if s.clauseKindAt(t.i) != relativeClause {
			return false
		}
	}
	return true
}

// placesToldIncident reports whether a frame whose only word of the act
// is a weak one that points back and opens the sentence ("The fighting
// was concentrated in the village of X") plainly places an incident told
// before: the definite word retells that incident, it names no campaign
// ("The forces taking part in the fighting" still tells none).
func placesToldIncident(f *frame, before []*frame) bool {
	if len(before) == 0 || len(f.places) == 0 || f.best == nil || !f.best.anaphoric || !f.anaphor || f.date != nil {
		return false
	}
	if f.best.i > 1 || f.places[0].score < placeRoleFirm {
		return false // the sentence opens on it ("The fighting was ..."), and plainly places it
	}
	for _, t := range f.trigs {
		if !t.anaphoric {
			return false
		}
	}
	return true
}

// groupTellsOwnAct reports whether an armed group named in the sentence
// says it did the act itself ("Al-Shabaab said its fighters had ...").
func (x *Extractor) groupTellsOwnAct(s *sentence) bool {
	for _, m := range s.actors {
		if m.Actor == nil || m.Generic || !isArmedGroup(m.Actor) {
			continue
		}
		we := s.wordAt(m.Span.End-1) + 1
		if sv := s.sayVerbAfter(we, 5); sv >= 0 && x.speakerActs(s, sv) {
			return true
		}
	}
	return false
}

// forceTellsOwnStrike reports whether state forces named in the sentence
// say they struck or targeted something themselves ("the military said it
// had targeted a commander", "the ministry said its jets struck a
// depot"): the word of the act after theirs is a strike (attack, air or
// shelling, not an operation, a killing or a capture: "the army said it
// had launched a hunt for the attackers" answers the act, it is no claim
// of it).
func (x *Extractor) forceTellsOwnStrike(s *sentence, best *trigHit) bool {
	switch best.class.name {
	case "attack", "air", "shelling":
	default:
		return false
	}
	for _, m := range s.actors {
		if m.Actor == nil || m.Generic || !isStateSide(m.Actor) {
			continue
		}
		we := s.wordAt(m.Span.End-1) + 1
		if sv := s.sayVerbAfter(we, 5); sv >= 0 && sv < best.i && x.speakerActs(s, sv) && !s.attackersAfter(sv) {
			return true
		}
	}
	return false
}

// frontedSetting reports whether a sentence opens with its own setting in
// time or place, or with a word adding a further matter, before its main
// clause ("On Sunday, ...", "In Raqqa city, ...", "Later the same day,
// ...", "Moreover, ..."): a report turns to a new scene so.
func (a *analysis) frontedSetting(s *sentence) bool {
	if len(s.words) < 4 {
		return false
	}
	switch s.words[0].low {
	case "moreover", "furthermore", "additionally", "separately", "besides", "later", "earlier", "penultimate",
		"meanwhile", "elsewhere", "afterwards", "subsequently":
		return true
	}
	// "Hours later, ...", "Two days later, ...", "Shortly after, ...": a
	// time told from the last one
	for k := 1; k < len(s.words) && k <= 3; k++ {
		if w := s.words[k].low; (w == "later" || w == "afterwards" || w == "after") && k+1 < len(s.words) && s.words[k+1].low == "," {
			return true
		}
	}
	comma := -1
	for k := 1; k < len(s.words) && k <= 8; k++ {
		if s.words[k].low == "," || s.words[k].low == ":" {
			comma = k
			break
		}
		if isClauseBreak(s.words[k]) {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	end := s.words[comma].span.Start
	for _, t := range s.times {
		if t.Span.Start <= s.words[min(1, comma)].span.Start && t.Span.End <= end && t.Kind != timex.Reporting {
			return true
		}
	}
	// ("In another operation in Tank district, ...": a fronted phrase
	// of place, opened by its preposition, whose place comes later in it)
	opens := false
	switch s.words[0].low {
	case "in", "at", "near", "outside":
		opens = true
	}
	for _, pi := range s.places {
		if m := a.places[pi]; (m.Full.Start <= s.words[min(2, comma)].span.Start || opens) && m.Full.End <= end {
			return true
		}
	}
	return false
}

// anaphorScore is the place score of a place a sentence names by a
// definite noun ("the village"): as plain as "in X", no more.
const anaphorScore = 3.5

// placeNounKinds maps the nouns a report points back at a place with to
// the cue words of the places they may mean.
var placeNounKinds = map[string][]string{
	"village": {"village"}, "town": {"town", "city"}, "city": {"city", "town"},
	"district": {"district", "neighbourhood", "neighborhood", "quarter"}, "neighbourhood": {"neighbourhood", "neighborhood", "district", "quarter"},
	"neighborhood": {"neighbourhood", "neighborhood", "district", "quarter"}, "camp": {"camp"}, "base": {"base", "airbase"},
	"suburb": {"suburb", "district", "neighbourhood"}, "mosque": {"mosque"}, "market": {"market"},
	"hospital": {"hospital"}, "airport": {"airport"}, "prison": {"prison"},
}

// inAside reports whether word i lies in an aside: between dashes, in
// brackets, or between commas after a word that opens a description
// (", located on the road to X,").
func (s *sentence) inAside(i int) bool {
	open := func(w word) bool { return w.low == "-" || w.low == "(" }
	for k := i - 1; k >= 0; k-- {
		w := s.words[k]
		if w.low == ")" {
			return false
		}
		if open(w) {
			for j := i + 1; j < len(s.words); j++ {
				if s.words[j].low == "-" || s.words[j].low == ")" {
					return true
				}
			}
			return false
		}
		if w.low == "," {
			if k+1 < i && describing[s.words[k+1].low] {
				for j := i + 1; j < len(s.words); j++ {
					if s.words[j].low == "," {
						return true
					}
				}
			}
			return false
		}
	}
	return false
}

// describing opens an aside that describes the noun before it.
var describing = map[string]bool{"located": true, "situated": true, "lying": true, "which": true, "home": true, "some": true}

// placeAnaphor resolves a definite place noun ("the village", "the town",
// "the city centre") in a sentence that names no place to the last place
// of that kind named in the five sentences before it, or, when a nation's
// adjective qualifies the noun ("the Russian city"), to the last place in
// that country, of that kind or named with none; -1 when there is none.
func (x *Extractor) placeAnaphor(a *analysis, s *sentence) int {
	for i := 0; i+1 < len(s.words); i++ {
		if s.words[i].low != "the" {
			continue
		}
		// the noun, after at most two words that describe it ("the
		// medieval mosque", "the besieged northern town"); a nation's
		// adjective among them ("the Russian city") puts it in that
		// country
		var kinds []string
		country := ""
		n := i + 1
		for ; n < len(s.words) && n <= i+3; n++ {
			if k, ok := placeNounKinds[s.words[n].low]; ok {
				kinds = k
				break
			}
			if w := s.words[n]; w.cap && x.actors != nil {
				if f := x.actors.Nation(a.text[w.span.Start:w.span.End]); f != nil && f.Country != "" {
					country = f.Country
				}
			}
			if w := s.words[n]; w.punc || w.num || notModifier[w.low] || npFunction[w.low] {
				break
			}
		}
		if kinds == nil {
			continue
		}
		if s.speakerAfter(n + 1) {
			continue // "an AFP journalist in the city said": where it was said
		}
		if n+1 < len(s.words) && s.words[n+1].low == "of" {
			continue // "the town of X" names its place
		}
		here := s.words[i].span.Start
		for m := len(a.places) - 1; m >= 0; m-- {
			p := a.places[m]
			if p.Span.Start >= here {
				continue
			}
			if si := a.sentenceOf(p.Span.Start); si < 0 || s.idx-si > 5 {
				break
			}
			if p.Admin || isCountry(p) || isDateline(a.text, p) {
				continue
			}
			// (where a speaker is is no antecedent in another sentence;
			// in the same one it is: "Residents of Djibo said gunmen
			// entered the town")
			if p.Span.Start < s.span.Start && reportedAt(s, a.places[m]) {
				continue
			}
			cue := strings.ToLower(p.Cue)
			if country != "" && p.Location.Country != country {
				continue
			}
			if country != "" && cue == "" {
				return m // "Belgorod was hit again. Rockets struck the centre of the Russian city"
			}
			for _, k := range kinds {
				if cue == k {
					return a.salientOfSentence(m, kinds)
				}
			}
		}
	}
	return -1
}

// salientOfSentence is, of the places of the kinds told in the sentence of
// place m (the last of them), the one the report names most often, the
// first named on a tie: "Zamzam Camp, along with nearby Abu Shouk Camp"
// followed later by "the camp" of a report about Zamzam is Zamzam.
func (a *analysis) salientOfSentence(m int, kinds []string) int {
	si := a.sentenceOf(a.places[m].Span.Start)
	times := func(name string) int {
		n := 0
		for _, q := range a.places {
			if sameName(q.Name, name) {
				n++
			}
		}
		return n
	}
	best, bestN := m, times(a.places[m].Name)
	for k := m - 1; k >= 0; k-- {
		q := a.places[k]
		if a.sentenceOf(q.Span.Start) != si {
			break
		}
		if !slices.Contains(kinds, strings.ToLower(q.Cue)) || q.Admin || isCountry(q) {
			continue
		}
		if n := times(q.Name); n >= bestN {
			best, bestN = k, n
		}
	}
	return best
}

// speakerAfter reports whether a verb of saying follows word i within
// three words ("in the city said", "in the town told reporters").
func (s *sentence) speakerAfter(i int) bool {
	for k := i; k < len(s.words) && k < i+3; k++ {
		switch s.words[k].low {
		case "said", "says", "told", "reported", "added":
			return true
		}
	}
	return false
}

// objectOfTrigger reports whether the word before a place (its "prep")
// is the last word of one of the frame's triggers: the place is what was
// acted on.
func objectOfTrigger(s *sentence, f *frame, prep string, m gazetteer.Mention) bool {
	at := s.wordAt(m.Full.Start)
	for _, t := range f.trigs {
		if t.noun {
			continue
		}
		if prep != "" && s.words[t.i+t.n-1].low == prep {
			return true
		}
		// the direct object: "raided Rijiya village", "stormed the town of X"
		if prep == "" && !t.irrealis && (t.i+t.n == at || t.i+t.n+1 == at && s.words[t.i+t.n].low == "the") {
			return true
		}
	}
	return false
}

// aimOfUndone reports whether a place is the direct object of a verb
// told as not done ("an offensive in a bid to retake Benghazi", "plans to
// attack Kirkuk"): the aim of a wish or plan, where the act the sentence
// tells did not happen; unless the sentence tells that aim reached, by an
// act of the same kind ("the commander of the operation to retake
// Fallujah said the city had been liberated").
func aimOfUndone(s *sentence, m gazetteer.Mention) bool {
	at := s.wordAt(m.Full.Start)
	for _, t := range s.triggers {
		if !t.irrealis || t.noun {
			continue
		}
		if e := t.i + t.n; e != at && !(e+1 == at && s.words[e].low == "the") {
			continue
		}
		for _, d := range realised(s) {
			if d.class.name == t.class.name {
				return false
			}
		}
		return true
	}
	return false
}

// placeNouns are the words that count places taken or lost.
var placeNouns = map[string]bool{
	"district": true, "districts": true, "village": true, "villages": true, "neighbourhood": true,
	"neighbourhoods": true, "neighborhood": true, "neighborhoods": true, "town": true, "towns": true,
	"quarter": true, "quarters": true, "hamlets": true,
}

// placeCount is the number of places a sentence counts ("14 villages"),
// 0 when it counts none or only vaguely.
func placeCount(s *sentence) float64 {
	for _, q := range s.quants {
		if placeNouns[q.Head] && !q.Vague {
			return q.Value
		}
	}
	return 0
}

// countsPlaces reports whether a sentence counts places ("two more
// districts", "eleven villages").
func countsPlaces(s *sentence) bool {
	for _, q := range s.quants {
		if placeNouns[q.Head] {
			return true
		}
	}
	return false
}

func hasKillWord(f *frame) bool {
	for _, c := range f.cas {
		if c.kind == sitrep.Killed || c.kind == sitrep.Wounded {
			return true
		}
	}
	return false
}

// pointsBack reports whether the sentence has a phrase pointing back at an
// incident already told ("the attack", "the building"); "the headquarters
// of X" introduces a place instead.
func (s *sentence) pointsBack() bool {
	for _, m := range s.markers {
		if m.val.(string) != "anaphor" {
			continue
		}
		if end := m.i + m.n; end < len(s.words) && s.words[end].low == "of" {
			continue
		}
		return true
	}
	return s.placedActAnaphor()
}

// placedActAnaphor reports whether the sentence names an act told before
// by a name and its kind, definite ("the Kharkiv strike", "the Mosul
// bombing", and so too "the Taliban attack"): "the", a capitalised name
// of up to three words (a place's or a side's), then a noun of one act.
func (s *sentence) placedActAnaphor() bool {
	for i := 0; i+2 < len(s.words); i++ {
		if s.words[i].low != "the" {
			continue
		}
		j := i + 1
		for j < len(s.words) && j <= i+3 && s.words[j].cap && !s.words[j].punc {
			j++
		}
		if j > i+1 && j < len(s.words) && actAnaphorNoun[s.words[j].low] {
			return true
		}
	}
	return false
}

// actAnaphorNoun are the nouns of one act a definite phrase names again
// ("the Kharkiv strike").
var actAnaphorNoun = map[string]bool{
	"strike": true, "attack": true, "bombing": true, "blast": true, "explosion": true, "raid": true,
	"ambush": true, "shelling": true, "assault": true, "massacre": true, "airstrike": true,
}

// opensOnPartOfThem reports whether a sentence opens on a count of a part
// of people told before ("Two of them died", "Three of them were
// killed"): the pronoun points back at the people of the incident told.
func (s *sentence) opensOnPartOfThem() bool {
	_, ok := s.countAt(0)
	return ok && pronounPartitive(s, 1)
}

// pointText is the point in time a sentence tells, as written and folded
// ("last friday"), nearest its trigger and in its clause; "" when none.
func pointText(text string, s *sentence, t *trigHit) string {
	best, bd := "", 1<<30
	for _, e := range s.times {
		if e.Kind != timex.Point || e.Background || s.comparisonTime(&e) {
			continue
		}
		i := s.wordAt(e.Span.Start)
		d := 0
		if t != nil {
			d = i - t.i
			if d < 0 {
				d = -d
			}
			if i < len(s.words) && s.clause[i] != s.clause[t.i] {
				continue
			}
		}
		if d < bd {
			w := strings.ToLower(strings.TrimSpace(text[e.Span.Start:e.Span.End]))
			w = strings.TrimPrefix(strings.TrimPrefix(w, "on "), "the ")
			best, bd = w, d
		}
	}
	return best
}

// hasOtherClauseVerb reports whether a date lies in a clause opened by
// "since" or another subordinator ("since negotiations began ten days
// ago"): it dates that clause's verb, not the incident.
func (s *sentence) hasOtherClauseVerb(e *timex.Expr) bool {
	i := s.wordAt(e.Span.Start)
	if i >= len(s.words) {
		return false
	}
	c := s.clause[i]
	for k := i; k >= 0 && s.clause[k] == c; k-- {
		switch s.words[k].low {
		case "since", "until":
			return true
		case "when", "while":
			// a clause with no subject of its own ("came under attack
			// while on patrol near Djibo on Monday", "opened fire when
			// challenged at a checkpoint on Monday") tells what went on
			// with the act, that day; ("when their vehicle hit a mine
			// on Sunday", "while talks were held on Sunday" tell another
			// verb's day)
			if s.reducedAdverbial(k) {
				continue
			}
			if s.words[k].low == "when" || s.verbBetween(k+1, i) {
				return true
			}
		case "after", "before":
			// ("just after the Muslim prayers at dawn on Sunday": a
			// preposition before a noun, no clause of its own)
			if s.verbBetween(k+1, i) {
				return true
			}
		}
	}
	return false
}

// reducedAdverbial reports whether the "when" or "while" at word k opens
// a clause with no subject of its own: a participle or a preposition
// follows ("while on patrol", "when challenged", "while travelling").
func (s *sentence) reducedAdverbial(k int) bool {
	if k+1 >= len(s.words) || s.words[k+1].cap {
		return false
	}
	switch w := s.words[k+1].low; w {
	case "on", "in", "at", "under", "near", "inside", "outside", "during", "out":
		return true
	default:
		return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && w != "during"
	}
}

// actDatedAlongside reports whether the clause a time lies in tells an act
// of the incident itself, right before the main one ("four gunmen were
// shot dead after they attacked a police station on Monday night", "...
// after he killed four villagers on Tuesday"): its
// day is the incident's. Not when a length of time sets the clause apart
// ("two days after militants attacked the base on Monday").
func (s *sentence) actDatedAlongside(e *timex.Expr) bool {
	if len(s.clause) != len(s.words) {
		return false
	}
	i := min(s.wordAt(e.Span.Start), len(s.words)-1)
	c := s.clause[i]
	k := i
	for k > 0 && s.clause[k-1] == c {
		k--
	}
	if w := s.words[k].low; w != "after" || k > 0 && (longUnits[s.words[k-1].low] || dayUnits[s.words[k-1].low]) {
		return false
	}
	for _, t := range s.triggers {
		if s.clause[t.i] == c && !t.background && !t.irrealis && !t.weak {
			return true
		}
	}
	// (or its killing told by the count: "shot dead the gunman after he
	// killed four villagers on Tuesday")
	for _, ca := range s.cas {
		if (ca.kind == sitrep.Killed || ca.kind == sitrep.Wounded) && !ca.background && !ca.cumulative && s.clause[min(s.wordAt(ca.span.Start), len(s.words)-1)] == c {
			return true
		}
	}
	return false
}

// dayUnits are the lengths of time of days and hours.
var dayUnits = map[string]bool{"day": true, "days": true, "hour": true, "hours": true, "night": true, "nights": true, "minutes": true}

// verbBetween reports whether words [a, b) hold a word that looks like a
// finite verb: a past form, or a form of be or have.
func (s *sentence) verbBetween(a, b int) bool {
	for k := a; k < b && k < len(s.words); k++ {
		w := s.words[k].low
		switch w {
		case "was", "were", "is", "are", "had", "has", "have", "been":
			return true
		}
		if strings.HasSuffix(w, "ed") || pastIrregular[w] {
			return true
		}
	}
	return false
}

// countsActsPeople reports whether a sentence counts people named by the
// act they did ("five attackers", "two of the assailants", "both
// bombers"): a noun that presupposes the attack, told before.
func countsActsPeople(text string, cas []*casualty) bool {
	for _, c := range cas {
		if actsPeople(text, c) {
			return true
		}
	}
	return false
}

// actsPeople reports whether a casualty counts people named by the act
// they did ("five attackers", "two suicide bombers").
func actsPeople(text string, c *casualty) bool {
	if c.count.IsZero() {
		return false
	}
	words := strings.Fields(strings.ToLower(text[c.np.Start:c.np.End]))
	if len(words) == 0 {
		return false
	}
	switch strings.Trim(words[len(words)-1], ".,;:") {
	case "attackers", "attacker", "assailants", "assailant", "bombers", "raiders", "hijackers", "kidnappers", "abductors", "perpetrators":
		return true
	}
	return false
}

// takesPeople reports whether a trigger's word is the verb of a count of
// people taken ("150 captured", "captured 40 fighters"): its object is
// people, not a place.
func (s *sentence) takesPeople(t trigHit) bool {
	at := s.words[t.i].span
	for _, c := range s.cas {
		if (c.kind == sitrep.Arrested || c.kind == sitrep.Abducted) && c.span.Contains(at) {
			return true
		}
	}
	return false
}

// realised returns the triggers of a sentence told as done.
func realised(s *sentence) []trigHit {
	var out []trigHit
	for _, t := range s.triggers {
		if t.irrealis || t.aggregate || t.background {
			continue
		}
		if t.noun && s.markerBefore("subset", t.i, 3) && personTrigger(s, t) {
			continue // "the dead include the two suicide bombers": people counted, not an act
		}
		if s.attackersFate(t) {
			continue // "... before he was shot dead by police": what befell the attacker
		}
		if t.class.name == "gain" && s.takesPeople(t) {
			continue // "300 rebels were killed and 150 captured": people taken, not ground
		}
		if t.class.name == "protest" && !s.protestAtAPlace(t) {
			continue // "the ministry protested in a statement": a word of protest, no gathering
		}
		if s.timeAnchor(t) {
			continue // "hours before the bombing, troops repelled an attack": the act the time is told against, not this one
		}
		if t.i > 0 && superlative(s.words[t.i-1].low) && len(s.cas) > 0 {
			// "killed 36 civilians ..., one of the deadliest attacks this
			// year": the kind a superlative ranks the act among, not an
			// act of its own; the counts tell the act
			continue
		}
		out = append(out, t)
	}
	return out
}

// timeAnchor reports whether trigger t is the act a time is told against:
// a definite noun in a clause of its own opened by "before", "after" or
// "since" with no verb of its own ("On Friday, hours before the bombing,
// troops repelled an attack"), when another clause of the sentence tells
// an act. The anchor points back at an incident already told; the act of
// the sentence is another.
func (s *sentence) timeAnchor(t trigHit) bool {
	if !t.noun || t.i < 2 || s.clauseKindAt(t.i) != subordinateClause {
		return false
	}
	switch s.words[t.i-1].low {
	case "the", "that", "this", "its", "their":
	default:
		return false
	}
	switch s.words[t.i-2].low {
	case "before", "after", "since":
	default:
		return false
	}
	c := s.clause[t.i]
	for i := t.i - 2; i < len(s.words) && s.clause[i] == c; i++ {
		if finiteVerb(s.words[i].low) {
			return false // "after the attack was claimed": a clause
		}
	}
	for _, u := range s.triggers {
		if u.i != t.i && s.clause[u.i] != c && s.clauseKindAt(u.i) == mainClause && !u.irrealis && !u.background {
			return true
		}
	}
	return false
}

// sidelessDamage reports whether trigger t is damage done by no side the
// sentence names ("floods ... killed 18 people and destroyed hundreds of
// homes"): beside a mishap, nature or chance did it.
func (s *sentence) sidelessDamage(t *trigHit) bool {
	if t.class.name != "destroy" || t.trigger.noun {
		return false
	}
	for _, m := range s.actors {
		if m.Actor != nil && m.Actor.Name != "civilians" {
			return false
		}
	}
	return true
}

// protestAtAPlace reports whether a protest trigger that ends in a
// preposition of place ("protested in", "demonstrated across", "marched
// through") has a name after it ("protested in Kinshasa"), not a common
// noun ("protested in a statement", "protested in writing"), and, for a
// march or a rally, no armed side before it; other protest phrases hold.
func (s *sentence) protestAtAPlace(t trigHit) bool {
	last := t.i + t.n - 1
	if t.n != 2 || last >= len(s.words) {
		return true
	}
	march := false
	switch s.words[t.i].low {
	case "protested", "protesting", "demonstrated", "demonstrating":
	case "marched", "marching", "rallied", "rallying":
		march = true
	default:
		return true // ("staged a sit-in outside the ministry")
	}
	switch s.words[last].low {
	case "in", "across", "through":
	default:
		return true
	}
	if last+1 >= len(s.words) || !s.words[last+1].cap {
		return false
	}
	if march {
		// "thousands marched through Gondar": people, not troops ("army
		// units marched through the capital", "rebels rallied in Goma":
		// an armed side's march is no protest)
		for _, m := range s.actors {
			if m.Actor != nil && m.Span.End <= s.words[t.i].span.Start && (isStateSide(m.Actor) || isArmedGroup(m.Actor)) {
				return false
			}
		}
	}
	return true
}

// attackersFate reports whether trigger t tells what befell the one who
// acted, in a clause set after the act ("a gunman killed 38 people before
// he was shot dead by police", "... until they were killed by troops"): a
// passive whose subject is a pronoun, in a subordinate clause opened by
// "before" or "until". The act is the main clause's; the one who stopped
// the attacker did not do it.
func (s *sentence) attackersFate(t trigHit) bool {
	if t.i < 3 || s.clauseKindAt(t.i) != subordinateClause {
		return false
	}
	if aux := s.words[t.i-1].low; aux != "was" && aux != "were" {
		return false
	}
	switch s.words[t.i-2].low {
	case "he", "she", "they":
	default:
		return false
	}
	// (only a clause set after the act: "when they were ambushed" after
	// "police were travelling" tells the act itself)
	switch s.words[t.i-3].low {
	case "before", "until":
		return true
	}
	return false
}

// personTrigger reports whether a trigger names the people who acted
// ("bombers", "suicide bomber", "gunmen", "attackers").
func personTrigger(s *sentence, t trigHit) bool {
	w := s.words[t.i+t.n-1].low
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ers") || w == "gunmen" || w == "gunman"
}

// mainTrigger is the trigger that says what a sentence tells: the one of
// highest priority among those of its main clauses, else among all
// ("two policemen were killed when militants attacked their post").
func (s *sentence) mainTrigger(ts []trigHit) *trigHit {
	var main []trigHit
	for _, t := range ts {
		if s.clauseKindAt(t.i) == mainClause {
			main = append(main, t)
		}
	}
	if len(main) > 0 {
		best := bestTrigger(main)
		for i := range ts {
			if ts[i].i == best.i {
				return &ts[i]
			}
		}
	}
	return bestTrigger(ts)
}

// arrestOverItsReason returns the arrest told by a verb of its clause
// when the act that outranks it is only named by nouns after it, in its
// object or its reason ("arrested two facilitators of the bomber",
// "detained three men in connection with the bombing", "arrested four
// suspects in Monday's suicide attack"): the act the clause tells is the
// arrest; the attack is why. Nil when the clause tells another act by a
// verb, or names the attack before the arrest ("a bomber blew himself up
// ... and police arrested two men").
func (s *sentence) arrestOverItsReason(ts []trigHit, best *trigHit) *trigHit {
	if best == nil || best.class.name == "arrest" {
		return nil
	}
	var arr *trigHit
	for i := range ts {
		t := &ts[i]
		if t.class.name == "arrest" && !t.noun && !t.irrealis && strings.HasSuffix(s.words[t.i].low, "ed") {
			arr = t
			break
		}
	}
	if arr == nil {
		return nil
	}
	for i := range ts {
		t := &ts[i]
		if t.class.name == "arrest" {
			continue
		}
		if t.i < arr.i || !t.noun && !s.usedAsNoun(t.i) || s.clause[t.i] != s.clause[arr.i] {
			return nil
		}
	}
	return arr
}

// usedAsNoun reports whether the trigger word at i stands as a noun,
// after a preposition or an article ("detained six men in raids on
// farms", "during a raid"), though its word may also be a verb.
func (s *sentence) usedAsNoun(i int) bool {
	if i < 1 {
		return false
	}
	switch s.words[i-1].low {
	case "in", "during", "a", "an", "the", "after", "through", "following":
		return true
	}
	return false
}

// clauseKindAt is the kind of the clause word i is in.
func (s *sentence) clauseKindAt(i int) clauseKind {
	if i < 0 || i >= len(s.clause) || s.clause[i] >= len(s.clauseKinds) {
		return mainClause
	}
	return s.clauseKinds[s.clause[i]]
}

// bestTrigger is the trigger of the highest class priority.
func bestTrigger(ts []trigHit) *trigHit {
	var best *trigHit
	for i := range ts {
		if best == nil || ts[i].class.priority > best.class.priority {
			best = &ts[i]
		}
	}
	return best
}

// eventDate picks the date expression that says when a sentence's event
// happened: the point in time nearest its trigger, else the day it was
// reported ("said on Sunday").
// namedDayOver prefers a named day joined to "overnight" ("overnight
// and early on Thursday morning"): the night ran into that day, and
// coders date the incident by the day the report names.
func namedDayOver(s *sentence, e *timex.Expr) *timex.Expr {
	if !strings.Contains(strings.ToLower(e.Text), "overnight") {
		return e
	}
	for i := range s.times {
		o := &s.times[i]
		if o == e || o.Kind != timex.Point || o.Background || o.Date.IsZero() || o.Precision != sitrep.PrecisionDay {
			continue
		}
		gap := o.Span.Start - e.Span.End
		if gap < 0 {
			gap = e.Span.Start - o.Span.End
		}
		if gap >= 0 && gap <= 12 && hasWeekday(o.Text) {
			return o
		}
	}
	return e
}

// hasWeekday reports whether a date expression names a day of the week.
func hasWeekday(text string) bool { return weekdays(text) > 0 }

// dayWithoutYear finds the day an incident's sentences give when nothing
// resolves it to a date (no publication date to count from): a day of
// the week ("on Monday") or a month and day ("on Nov. 23"); the first such
// expression of the first sentence that has one, a day on which something
// happened before one on which it was said. Nil when there is none.
func dayWithoutYear(in *incident) *timex.Expr {
	for _, kind := range []timex.Kind{timex.Point, timex.Reporting} {
		for _, f := range in.frames {
			for i := range f.s.times {
				e := &f.s.times[i]
				if e.Kind == kind && e.Date.IsZero() && (e.Weekday > 0 || e.Month > 0 && e.Day > 0) {
					return e
				}
			}
		}
	}
	return nil
}

// weekdays counts the days of the week a date expression names.
func weekdays(text string) int {
	t := strings.ToLower(text)
	n := 0
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(t, d) {
			n++
		}
	}
	return n
}

// framingDate is the day a sentence with none of its own takes from a
// line ending in a colon that introduces it and the list it is an item of
// ("In other violence across Iraq on Friday:" before a list of
// incidents). Nil when there is none.
// itemLabelOf is the label of the item sentence s is in, when s is not
// the label itself, or nil.
func (a *analysis) itemLabelOf(s *sentence) *sentence {
	if s.item == 0 || s.item-1 == s.idx || s.item-1 >= len(a.sents) {
		return nil
	}
	return a.sents[s.item-1]
}

// itemPlace is the first place of the label of the item sentence s is in
// ("Eringeti, Beni territory (22 November)."), or -1.
func (a *analysis) itemPlace(s *sentence) int {
	if l := a.itemLabelOf(s); l != nil && len(l.places) > 0 {
		return l.places[0]
	}
	return -1
}

// itemDate is the day in the brackets of the label of the item sentence s
// is in, or nil.
func (a *analysis) itemDate(s *sentence) *timex.Expr {
	l := a.itemLabelOf(s)
	if l == nil {
		return nil
	}
	for i := range l.times {
		if e := &l.times[i]; newsDay(e) {
			d := *e
			d.Note = "the day of the label of the item the sentence is in"
			return &d
		}
	}
	return nil
}

func (a *analysis) framingDate(s *sentence) *timex.Expr {
	if detailOpener(s) {
		// "At least 12 people were killed in two separate attacks on
		// Sunday. In the first, gunmen killed eight villagers in X": the
		// day of the sentence the details belong to
		for k := s.idx - 1; k >= 0 && k >= s.idx-4; k-- {
			p := a.sents[k]
			if detailOpener(p) {
				continue
			}
			for i := range p.times {
				e := &p.times[i]
				if newsDay(e) {
					d := *e
					d.Note = "the day of the sentence whose incidents this one tells one by one"
					return &d
				}
			}
			return nil
		}
		return nil
	}
	for k := s.idx - 1; k >= 0 && k >= s.idx-6; k-- {
		p := a.sents[k]
		if !strings.HasSuffix(strings.TrimSpace(a.text[p.span.Start:p.span.End]), ":") {
			if !listItem(a.text, p) && p.colonItem == 0 {
				return nil
			}
			continue // an item before this one
		}
		for i := range p.times {
			e := &p.times[i]
			if newsDay(e) {
				d := *e
				d.Note = "the day of the line that introduces the list the sentence is in"
				return &d
			}
		}
		return nil
	}
	return nil
}

// foundDate dates the act of a sentence that tells dead found some days
// after it ("recovered the bodies of four men on Monday, a day after
// armed men opened fire on a village": Sunday): the day told before the
// anchoring "after", the day of the finding, less those days. Nil when
// the sentence is no such one, or its day e is not a day told before the
// anchor; a finding with no span in days ("hours after") keeps its day.
func (s *sentence) foundDate(e *timex.Expr) *timex.Expr {
	if s.foundAt <= 0 || e == nil || e.Kind != timex.Point || e.Precision != sitrep.PrecisionDay || e.Date.IsZero() || e.Span.Start >= s.words[s.foundAt].span.Start || s.foundDays <= 0 {
		return nil
	}
	d := *e
	d.Date = sitrep.DateOf(e.Date.Time().AddDate(0, 0, -s.foundDays))
	if s.foundDays >= 7 {
		d.Precision = sitrep.PrecisionWeek
	}
	d.Note = fmt.Sprintf("%d day(s) before %s, the day the dead were found", s.foundDays, e.Date)
	return &d
}

// anchoredDate dates a clause the news is told after by a number of days
// ("killed 100 militants on Friday, a day after a suicide bombing killed
// 88"): the day of the sentence it was cut from, less those days. Nil
// when that sentence has no day or the words give none.
func (a *analysis) anchoredDate(s *sentence) *timex.Expr {
	if !s.anchored || s.daysBefore < 0 || s.idx == 0 && !s.headAfter || s.headAfter && s.idx+1 >= len(a.sents) {
		return nil
	}
	heads := []*sentence{a.sents[max(s.idx-1, 0)]}
	if s.headAfter {
		heads = []*sentence{a.sents[s.idx+1]} // "Two days after X, police said on Tuesday ...": the news comes after
	} else if h := heads[0]; h.pointsBack() {
		// "The attacks come a week after ...": the news is the incident
		// told before, dated there, the nearest day told within four
		// sentences before the anchoring one (sentences that retell the
		// news, with no day of their own, may stand between)
		for k := s.idx - 2; k >= 0 && k >= s.idx-5; k-- {
			heads = append(heads, a.sents[k])
		}
	}
	for _, head := range heads {
		for i := range head.times {
			e := &head.times[i]
			if (e.Kind == timex.Point || s.headAfter && e.Kind == timex.Reporting) && !e.Background && !e.Date.IsZero() && (e.Precision == sitrep.PrecisionDay || s.aboutDays && e.Precision == sitrep.PrecisionWeek) {
				d := *e
				d.Date = sitrep.DateOf(e.Date.Time().AddDate(0, 0, -s.daysBefore))
				if s.daysBefore >= 7 || s.aboutDays {
					d.Precision = sitrep.PrecisionWeek // "a week after", ", days after": about then
				}
				d.Note = fmt.Sprintf("%d day(s) before %s, the day of the news it is told after", s.daysBefore, e.Date)
				return &d
			}
		}
	}
	return nil
}

// detailOpener reports whether a sentence opens by picking one of
// several incidents told just before ("In the first, ...", "In the
// second attack, ...", "The other blast ..."): an ordinal or "one",
// "another", "other", then a comma or a word for an incident.
func detailOpener(s *sentence) bool {
	w := s.words
	i := 0
	if i < len(w) && w[i].low == "in" {
		i++
	}
	if i < len(w) && w[i].low == "the" {
		i++
	}
	if i+1 >= len(w) {
		return false
	}
	switch w[i].low {
	case "first", "second", "third", "fourth", "one", "another", "other", "latter", "former":
	default:
		return false
	}
	switch w[i+1].low {
	case ",", "attack", "blast", "bombing", "explosion", "incident", "strike", "raid", "ambush", "assault", "clash", "case":
		return true
	}
	return false
}

// listItem reports whether a sentence is an item of a list: its line
// opens with a dash or bullet.
func listItem(text string, s *sentence) bool {
	i := s.span.Start
	for i > 0 && text[i-1] != '\n' {
		i--
	}
	line := strings.TrimSpace(text[i:s.span.End])
	return strings.HasPrefix(line, "-") || strings.HasPrefix(line, "•") || strings.HasPrefix(line, "*")
}

// datesANoun reports whether a date belongs to a participle that
// describes a noun other than the act's trigger ("a counteroffensive
// launched in June", "the town, captured in 2014,"): a reduced relative
// clause dating that thing, not the incident.
func (s *sentence) datesANoun(e *timex.Expr, t *trigHit) bool {
	if t == nil {
		return s.datesANounAt(e, -1, -1)
	}
	return s.datesANounAt(e, t.i, t.i+t.n)
}

// namesAnActOfHistory reports whether time e stands before the noun of an
// act of history as its name ("who had helped plan the October 7
// attack"), in another clause than act, the act the sentence tells: it
// dates that act, not act. With no act of its own the sentence tells the
// one named ("The October 7 attack on Kfar Aza killed 50").
func (s *sentence) namesAnActOfHistory(e *timex.Expr, act *trigHit) bool {
	k := s.wordAt(e.Span.End-1) + 1
	for _, t := range s.triggers {
		if t.i == k && t.background && act != nil && act.i != t.i && s.clause[t.i] != s.clause[act.i] {
			return true
		}
	}
	return false
}

// datesANounAt is datesANoun for the trigger of words [ta, tb) (none when
// ta < 0).
func (s *sentence) datesANounAt(e *timex.Expr, ta, tb int) bool {
	i := s.wordAt(e.Span.Start)
	if i < 2 || i >= len(s.words) {
		return false
	}
	p := i - 1
	switch s.words[i].low {
	case "in", "on", "since", "last", "earlier", "this":
	default:
		if pr := s.words[i-1].low; pr == "in" || pr == "on" || pr == "since" {
			p = i - 2 // the preposition left outside the expression
		}
	}
	if p < 1 || p >= ta && p < tb || !pastParticiple(s.words[p].low) || noPassive[s.words[p].low] {
		return false
	}
	for _, c := range s.cas {
		if a, b := s.wordRange(c.span); p >= a && p < b {
			return false // "two others wounded on Monday": what happened to people, dated
		}
	}
	n := s.words[p-1]
	if n.punc && n.low != "," || n.cap {
		return false
	}
	if p-1 == 0 || p-2 == 0 && (s.words[0].low == "the" || s.words[0].low == "this" || s.words[0].low == "a") {
		return false // "The violence continued on Sunday": the sentence's subject and its verb
	}
	switch n.low {
	case "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "and", "or", "it", "they", "he", "she", "who", "which", "that", "not", "also", "reportedly":
		return false
	}
	// the thing described may be the act itself ("an offensive launched
	// in the early hours of yesterday"), unless it names a campaign and
	// the date only its month or year ("a counteroffensive launched in
	// June")
	for _, tr := range s.triggers {
		if p-1 >= tr.i && p-1 < tr.i+tr.n {
			return tr.weak && e.Precision != sitrep.PrecisionDay
		}
	}
	return true
}

// noPassive are past forms of verbs that take no object and so have no
// passive participle: they can head no reduced relative clause ("the
// blast, which killed six, happened on Monday" is the sentence's own verb,
// not a noun described), so a date after them dates the act they say.
var noPassive = map[string]bool{"happened": true, "occurred": true, "transpired": true, "unfolded": true}

func eventDate(s *sentence, t *trigHit) *timex.Expr {
	var best *timex.Expr
	bestD := 1 << 30
	pos := s.span.Start
	clause := -1
	var spell *timex.Expr // the start of a spell the act ran over (spellAfter)
	if t != nil {
		pos = s.words[t.i].span.Start
		clause = s.clause[t.i]
	} else if c := s.firstCount(); c != nil && len(s.clause) == len(s.words) {
		// no word of attack: the day nearest the counts, in their clause
		// ("Residents protested on Monday after gunmen killed four
		// farmers ... on Sunday")
		pos = c.span.Start
		clause = s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)]
	}
	for i := range s.times {
		e := &s.times[i]
		if e.Kind != timex.Point || e.Background || e.Date.IsZero() || s.comparisonTime(e) {
			continue
		}
		d := e.Span.Start - pos
		if d < 0 {
			d = -d
		}
		// a date in another clause ("since talks began ten days ago")
		// dates something else
		if s.datesANoun(e, t) || s.namesAnActOfHistory(e, t) {
			continue
		}
		if t != nil {
			if days, at := s.spellAfter(t.i); at > 0 && e.Span.Start < s.words[at].span.Start {
				spell = spellStart(e, days) // "agreed on Monday to a truce after two days of battles": Monday ends them
				continue
			}
		}
		if clause >= 0 && s.clause[min(s.wordAt(e.Span.Start), len(s.words)-1)] != clause {
			d += 1 << 20
		}
		if e.Precision != sitrep.PrecisionDay {
			// "launched an assault last week and made a final push on
			// Sunday": the day told beside a week or month is the one a
			// coder dates the incident by
			d += 1 << 16
		}
		if d < bestD {
			best, bestD = e, d
		}
	}
	if best != nil && (bestD < 1<<20 || t == nil || !s.hasOtherClauseVerb(best) || s.actDatedAlongside(best)) {
		return namedDayOver(s, best)
	}
	if spell != nil {
		return spell
	}
	// the day it was reported ("an officer told reporters on Sunday"): the
	// incident happened then or just before; coders date it so when the
	// report says nothing nearer
	for i := range s.times {
		e := &s.times[i]
		if e.Kind == timex.Reporting && !e.Background && !e.Date.IsZero() {
			r := *e
			r.Note = "reported " + strings.TrimSpace(e.Text) + "; the incident day itself is not stated"
			if e.Note != "" {
				r.Note += " (" + e.Note + ")"
			}
			return &r
		}
	}
	return nil
}

// spellAfter reports whether the trigger at word i names what went on
// for a length of time that something else came after ("after two days
// of street battles", "following a week of heavy clashes"): the act ran
// over days ending before the clause it is subordinate to, and that
// clause's day is not its own. at is the index of "after" (0 when the
// trigger names no such spell); days is the length in days when the words
// count it in days or weeks (0 when they do not).
func (s *sentence) spellAfter(i int) (days, at int) {
	k := i - 1
	for k > 0 && !s.words[k].punc && s.words[k].low != "of" && i-k <= 3 {
		k-- // the trigger's modifiers ("heavy", "street")
	}
	if k < 3 || s.words[k].low != "of" {
		return 0, 0
	}
	u := s.words[k-1].low
	if !dayUnits[u] && !longUnits[u] || u == "night" || u == "minutes" {
		return 0, 0
	}
	n := k - 2
	if c, counted := spellCount[s.words[n].low]; counted {
		switch u {
		case "day", "days":
			days = c
		case "week", "weeks":
			days = 7 * c
		}
		n--
	}
	if n < 1 || s.words[n].low != "after" && s.words[n].low != "following" {
		return 0, 0
	}
	return days, n
}

// spellCount are the words that count a length of time ("two days",
// "several weeks"), with the number of units they give (0 when vague).
var spellCount = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "several": 0, "few": 0, "many": 0}

// spellStart dates an act that ran over a spell ending the day of e: its
// first day when the spell is counted, else e's day, about then
// (week precision), so that a day told for the act itself joins it.
func spellStart(e *timex.Expr, days int) *timex.Expr {
	d := *e
	d.Date = sitrep.DateOf(e.Date.Time().AddDate(0, 0, -days))
	d.Precision = sitrep.PrecisionWeek
	d.Note = fmt.Sprintf("the first day of a spell of %d day(s) that ended by %s", days, e.Date)
	if days == 0 {
		d.Note = fmt.Sprintf("a spell that ended by %s", e.Date)
	}
	return &d
}

// firstCount is the sentence's first count of people killed or wounded
// told as news (no running total, no history), or nil.
func (s *sentence) firstCount() *casualty {
	for _, c := range s.cas {
		if (c.kind == sitrep.Killed || c.kind == sitrep.Wounded) && !c.cumulative && !c.background && !c.count.IsZero() {
			return c
		}
	}
	return nil
}

// placeCandidates scores the place mentions of a sentence as the place
// where its event happened.
// entranceTo reports whether the place at byte pos follows "the entrance
// to", "the gate to", "the road to" told as where something stood ("a
// checkpoint at the entrance to the Dalori camp"): the place is where it
// was, not where anyone went.
func (s *sentence) entranceTo(pos int) bool {
	k := s.wordAt(pos) - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	if k < 1 || s.words[k].low != "to" {
		return false
	}
	switch s.words[k-1].low {
	case "entrance", "entrances", "gate", "gates", "approaches", "doorstep", "threshold":
		return true
	}
	return false
}

func (x *Extractor) placeCandidates(a *analysis, s *sentence, f *frame) []placeCand {
	var out []placeCand
	trigPos := -1
	if f.best != nil {
		trigPos = s.words[f.best.i].span.Start
	}
	hasLocal := false
	for _, pi := range s.places {
		if !a.places[pi].Admin {
			hasLocal = true
		}
	}
	for _, pi := range s.places {
		m := a.places[pi]
		if x.overlapsActor(s, m.Span) || isCountry(m) || excepted(a.text, s, m) || isDateline(a.text, m) || m.Group {
			continue
		}
		prep := strings.ToLower(m.Prep)
		if prep == "to" && s.entranceTo(m.Span.Start) {
			prep = "at" // "at the entrance to the Dalori camp": at the camp, not towards it
		}
		score := 1.0
		anchor := false
		switch {
		case reportedAt(s, m):
			continue // "officials said in Ottawa": where it was said
		case speakingBody(s, m):
			continue // "the Defence Headquarters said": a body that speaks
		case outletNamed(s, m):
			continue // "told a Kyiv outlet": the place names a news outlet
		case destination(s, m):
			continue // "taken toward the park", "fled to Goma": where people went after
		case seatOf(s, m):
			continue // "the government in Tripoli": where a body sits
		case gazetteer.Venue(a.text, m.Full):
			continue // "negotiators met in Doha": where parties talk
		case governs(s, m):
			continue // "as Moscow pressed its offensive": a capital for its government
		case aimOfUndone(s, m):
			continue // "preparing for an operation to retake Mosul": a place aimed at, where nothing was done yet
		case objectOfTrigger(s, f, prep, m):
			score += 2 // "captured the town of al-Alam", "shelled Kafr Nabl"
		case prep == "from" || prep == "towards" || prep == "toward" || prep == "to":
			if f.best == nil || f.best.class.name != "gain" || prep != "from" {
				score -= 2.5
			} else {
				score -= 1
			}
		case prep == "in" || prep == "at" || prep == "inside" || prep == "on" || prep == "into" || prep == "near" || prep == "around" || strings.Contains(prep, "outskirts"):
			score += 2
		case strings.HasSuffix(prep, " of") && (strings.Contains(prep, "north") || strings.Contains(prep, "south") || strings.Contains(prep, "east") || strings.Contains(prep, "west") || strings.Contains(prep, "km") || strings.Contains(prep, "kilomet") || strings.Contains(prep, "mile")):
			score += 0.5 // an anchor ("west of Mosul"): good only when nothing nearer
			anchor = true
		case prep == "of":
			score += 1 // "the town of X", "the districts of X"
		case prep == "between":
			score += 0.5
		}
		if m.Cue != "" && !anchor {
			score += 1.5 // ("southeast of the northern city of Timbuktu" still only anchors)
		}
		if m.Admin {
			if hasLocal {
				score -= 2
			} else {
				score -= 0.5
			}
		}
		if m.Place != nil {
			score += 0.5
		}
		if m.Within != "" {
			score += 0.5
		}
		if speakersPlace(s, f, m) {
			score -= speakerPenalty // "officials in Bamako said that soldiers repelled an attack in Nampala"
		}
		if at := s.wordAt(m.Span.Start); s.cause[0] <= at && at < s.cause[1] {
			score -= 2.5 // "took to the streets of Bol to protest against kidnappings in Lac province": where the grievance is, not the crowd
		}
		if s.inAside(s.wordAt(m.Span.Start)) && (f.best == nil || !s.inAside(f.best.i)) {
			score -= 2 // "Saraqeb - located on a highway linking Damascus and Aleppo - was retaken": a description
		}
		if at := s.wordAt(m.Span.Start); f.best != nil && s.clauseKindAt(at) == relativeClause && len(s.clause) == len(s.words) && s.clause[at] != s.clause[f.best.i] {
			// "Houthi fighters, who have been advancing on the city of
			// Marib since January, attacked troops in Raghwan district":
			// a place of a relative clause describes a side, not the act
			score -= 1.5
		}
		if k := s.wordAt(m.Span.Start); k >= 2 && (s.words[k-1].low == "in" || s.words[k-1].low == "at") && careNoun(s.words[k-2].low) {
			score -= 3 // "three other policemen were shifted to a hospital in Bannu": where the hurt were taken, not where they were hit
		}
		if careNoun(m.Cue) && s.caredForAt(s.wordAt(m.Full.Start)) {
			score -= 3 // "two policemen died at the Combined Military Hospital": where the hurt died or were treated
		}
		score += m.Score
		// the place closest after the trigger is most often its object
		if trigPos >= 0 {
			d := m.Span.Start - trigPos
			if d >= 0 && d < 80 {
				score += 0.5
			}
		}
		out = append(out, placeCand{m: pi, score: score})
	}
	// a place the report puts inside another named with it is the more
	// precise one ("the districts of X and Y in eastern Mosul"): drop the
	// enclosing place
	if len(out) > 1 {
		kept := out[:0]
		for _, c := range out {
			enclosing := false
			for _, d := range out {
				// (a road between towns is no part of the town it runs
				// near: "the Kaduna-Zaria highway near Jaji")
				if d.m != c.m && a.places[d.m].Within != "" && !intercity(a.text, a.places[d.m]) && sameName(a.places[d.m].Within, a.places[c.m].Name) {
					enclosing = true
				}
			}
			if !enclosing {
				kept = append(kept, c)
			}
		}
		out = kept
	}
	// a road is a line through places: a town, village or district the
	// sentence names beside it, other than as a bearing, is where the
	// incident happened ("on the Makran Coastal Highway in Gwadar
	// district", "on the Kaduna-Zaria highway near Jaji")
	for k := range out {
		if !intercity(a.text, a.places[out[k].m]) {
			continue
		}
		for _, d := range out {
			if p := a.places[d.m]; d.m != out[k].m && p.Cue != "road" && !p.Admin && !isAnchor(p.Prep) && d.score > 0 {
				out[k].score -= roadPenalty
				break
			}
		}
	}
	// a place in a fronted setting ("In Zacatecas, the bodies were found
	// on a road near Fresnillo") sets the scene; a place the clause names
	// itself, other than as a bearing, says where
	if c := frontedComma(s); c > 0 {
		end := s.words[c].span.Start
		inClause := false
		for _, d := range out {
			if p := a.places[d.m]; p.Span.Start > end && !p.Admin && !isAnchor(p.Prep) && d.score > 0 {
				inClause = true
			}
		}
		for k := range out {
			if inClause && a.places[out[k].m].Full.End <= end {
				out[k].score -= frontedPenalty
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	// drop places that are only anchors of a better one ("Mosul" in
	// "Al Shifa district, northwest of Mosul")
	if len(out) > 1 {
		best := a.places[out[0].m]
		kept := out[:1]
		for _, c := range out[1:] {
			m := a.places[c.m]
			if best.Within != "" && sameName(best.Within, m.Name) {
				continue
			}
			if c.score <= 0 {
				continue
			}
			kept = append(kept, c)
		}
		out = kept
	}
	if len(out) == 1 && out[0].score <= -1 {
		return nil
	}
	return out
}

// intercity reports whether a place is a road between towns: named for
// the towns it joins ("the Maiduguri-Damboa road") or called a highway
// ("the Makran Coastal Highway"); not a street of a town ("Double Road").
func intercity(text string, m gazetteer.Mention) bool {
	if m.Cue != "road" {
		return false
	}
	if strings.ContainsAny(m.Name, "-–‐") {
		return true
	}
	rest := strings.ToLower(strings.TrimLeft(text[m.Span.End:], " "))
	for _, w := range []string{"highway", "expressway", "motorway"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// roadPenalty is what a road between towns loses as a place beside a
// settlement or district the sentence places the incident in.
const roadPenalty = 2.5

// isCountry reports whether a mention names a whole country, which is
// the focus of a report, never the place of one of its incidents.
func isCountry(m gazetteer.Mention) bool {
	return m.Place != nil && m.Place.Feature == "A.PCLI"
}

// agentCountry reports whether m is a country told after "by" ("drones
// launched by Russia", "attacked by Turkey"): a side, not where the report
// is or where anything happened.
func agentCountry(m gazetteer.Mention) bool {
	return isCountry(m) && strings.EqualFold(m.Prep, "by")
}

// originCountry reports whether m is a country told after "from"
// ("rockets fired from Lebanon", "fighters who crossed from Syria"): where
// the act came from, not where it fell.
func originCountry(m gazetteer.Mention) bool {
	return isCountry(m) && strings.EqualFold(m.Prep, "from")
}

// isAnchor reports whether a place's role words make it a reference
// point ("north of Ramadi", "20 km west of"), not the place itself.
func isAnchor(prep string) bool {
	p := strings.ToLower(prep)
	return strings.HasSuffix(p, " of") && p != "of" && !strings.Contains(p, "outskirts") && !strings.Contains(p, "heart") && !strings.Contains(p, "centre") && !strings.Contains(p, "center")
}

// isDateline reports whether a place opens a line as a dateline
// ("BAMAKO, Mali (AP) —", "ERBIL (Kurdistan 24) –", "KANDAHAR:"): where
// the report was filed, not where its incident happened.
func isDateline(text string, m gazetteer.Mention) bool {
	if m.Dateline {
		return true
	}
	start := m.Full.Start
	for start > 0 && (text[start-1] == ' ' || text[start-1] == '\t') {
		start--
	}
	if start > 0 && text[start-1] != '\n' {
		return false
	}
	rest := text[m.Full.End:min(len(text), m.Full.End+40)]
	if i := strings.IndexAny(rest, "\n."); i >= 0 {
		rest = rest[:i]
	}
	for _, dash := range []string{"—", "–", " - ", " -- "} {
		// (a dash before lower-case words sets off an aside: "Saraqeb -
		// located on a highway … -")
		if i := strings.Index(rest, dash); i >= 0 && !startsLower(rest[i+len(dash):]) {
			return true
		}
	}
	if strings.HasPrefix(strings.TrimSpace(rest), ":") || strings.HasPrefix(strings.TrimSpace(rest), "(") {
		return true
	}
	name := text[m.Span.Start:m.Span.End]
	return len(name) > 3 && strings.ToUpper(name) == name && strings.HasPrefix(strings.TrimSpace(rest), ",")
}

// startsLower reports whether the first letter of s, past spaces, is a
// lower-case one.
func startsLower(s string) bool {
	for _, r := range s {
		if r == ' ' {
			continue
		}
		return unicode.IsLower(r)
	}
	return false
}

// datelineEnd is where a dateline that opens with mention m ends: at the
// dash (a typewriter "--" too), closing bracket or colon that closes it ("Kabul, Feb 17 (IANS)",
// "GOMA, Congo (AP) —"); -1 when no such mark follows within 60 bytes.
func datelineEnd(text string, m gazetteer.Mention) int {
	rest := text[m.Full.End:min(len(text), m.Full.End+60)]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	end := -1
	for _, mark := range []string{"—", "–", " - ", " -- ", ")", ":"} {
		if i := strings.Index(rest, mark); i >= 0 && (end < 0 || i+len(mark) < end) {
			end = i + len(mark)
		}
	}
	if end < 0 {
		return -1
	}
	return m.Full.End + end
}

// seatOf reports whether a place is named as the seat of a body ("the
// government in Tripoli", "authorities in Kabul"), not where something
// happened.
func seatOf(s *sentence, m gazetteer.Mention) bool {
	i := s.wordAt(m.Full.Start)
	if i < 3 || s.words[i-1].low != "in" {
		return false
	}
	// the body's noun after its article and up to two words naming it
	// ("the government in Tripoli", "the defence ministry in Moscow")
	article := false
	for k := i - 3; k >= 0 && k >= i-5; k-- {
		if s.words[k].low == "the" {
			// (not a building of the body where people were: "staged a
			// sit-in outside the health ministry in Nairobi")
			article = k == 0 || !sitePrep(s.words[k-1].low)
			break
		}
		if s.words[k].punc {
			break
		}
	}
	if !article {
		return false
	}
	if m.Cue != "" && m.Cue != "city" && m.Cue != "capital" {
		// ("troops loyal to the government in Raghwan district": a
		// district or a village is where the troops were, no seat)
		return false
	}
	switch s.words[i-2].low {
	case "government", "authorities", "administration", "parliament", "ministry", "cabinet", "embassy":
		return true
	}
	return false
}

// governs reports whether a place is named as the subject of a verb only
// a government or a people does ("as Moscow pressed its offensive",
// "Kabul accused Islamabad", "Ankara says", "Washington rarely comments",
// "Washington has carried out dozens of strikes"), one of several such
// ("Washington and other Western governments have called on"), or as the
// agent of one ("fighters recruited by Ankara"): a capital standing for
// its state, not where something happened. A form of "be" after it tells
// what befell the place ("Kabul was rocked by blasts"), not its state's
// act.
func governs(s *sentence, m gazetteer.Mention) bool {
	if m.Cue != "" {
		return false
	}
	i := s.wordAt(m.Span.Start)
	switch strings.ToLower(m.Prep) {
	case "", "as", "and", "while", "but":
	case "by":
		// the agent of a state's act: "recruited by Ankara", "backed by Moscow"
		return i >= 2 && m.Place != nil && m.Place.Feature == "P.PPLC" && stateActs[verbStem(s.words[i-2].low)]
	default:
		return false
	}
	k := s.wordAt(m.Span.End)
	if k < len(s.words) && s.words[k].span.Start < m.Span.End {
		k++
	}
	if k < len(s.words) && s.words[k].low == "and" && m.Place != nil && m.Place.Feature == "P.PPLC" {
		// "Washington and other Western governments"
		for j := k + 1; j < len(s.words) && j <= k+4; j++ {
			switch s.words[j].low {
			case "governments", "capitals", "allies", "countries", "states", "powers":
				return true
			}
			if s.words[j].punc {
				break
			}
		}
		return false
	}
	// past adverbs and auxiliaries: "rarely comments", "has now carried out"
	for k < len(s.words) && !s.words[k].cap && (strings.HasSuffix(s.words[k].low, "ly") && s.words[k].low != "only" || stateAuxiliaries[s.words[k].low]) {
		k++
	}
	if k >= len(s.words) || s.words[k].cap {
		return false
	}
	return stateActs[verbStem(s.words[k].low)]
}

// stateAuxiliaries may stand between a capital and its state's verb.
var stateAuxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "also": true, "now": true, "still": true,
	"later": true, "then": true, "again": true, "already": true, "did": true, "does": true, "not": true, "never": true,
}

// stateActs are the verbs (by stem: verbStem) a state does that a place
// does not: a capital as their subject or agent stands for its government.
var stateActs = map[string]bool{
	"say": true, "accuse": true, "deny": true, "claim": true, "warn": true, "vow": true, "press": true, "launch": true,
	"respond": true, "announce": true, "insist": true, "blame": true, "reject": true, "demand": true, "urge": true,
	"condemn": true, "retaliate": true, "threaten": true, "want": true, "seek": true, "back": true, "support": true,
	"send": true, "deploy": true, "comment": true, "begin": true, "call": true, "carry": true, "conduct": true,
	"offer": true, "pledge": true, "impose": true, "recall": true, "expel": true, "summon": true, "order": true,
	"agree": true, "sign": true, "approve": true, "recognise": true, "recognize": true, "refuse": true, "decline": true,
	"recruit": true, "arm": true, "fund": true, "train": true, "sponsor": true, "broker": true, "supply": true,
	"intervene": true, "welcome": true, "protest": true, "argue": true, "maintain": true, "help": true,
}

// verbStem is a verb's form reduced to its stem, enough for stateActs:
// "says", "said" and "saying" to "say", "carried" to "carry", "began"
// and "begun" to "begin", "sought" to "seek", "sent" to "send".
func verbStem(w string) string {
	switch w {
	case "said", "says", "saying":
		return "say"
	case "began", "begun", "begins", "beginning":
		return "begin"
	case "sought", "seeks", "seeking":
		return "seek"
	case "sent", "sends", "sending":
		return "send"
	}
	for _, suf := range []string{"ies", "ied"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf) + "y"
		}
	}
	if stateActs[w] {
		return w
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		b, ok := strings.CutSuffix(w, suf)
		switch {
		case !ok:
		case stateActs[b]:
			return b
		case stateActs[b+"e"]:
			return b + "e"
		}
	}
	return w
}

// reportedAt reports whether a place is where something was said, not
// done ("officials said in Ottawa", "told reporters in Baghdad").
func reportedAt(s *sentence, m gazetteer.Mention) bool {
	i := s.wordAt(m.Full.Start)
	k := i - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	if k < 0 || (s.words[k].low != "in" && s.words[k].low != "at" && s.words[k].low != "from") {
		return false // where something was said is told "said in X", "told reporters at X"
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.words[j].hyph {
			continue // "an intelligence-based operation in X": a compound word, no body based somewhere
		}
		switch s.words[j].low {
		case "said", "says", "told", "announced", "reported", "statement", "speaking", "spoke", "visiting", "based", "headquartered", "reporters", "journalists":
			return true
		case "conference", "briefing", "interview", "visit", "meeting", "talks", "summit":
			// (not a gathering the people hurt came from, or the act
			// fell on: "shot dead as he returned home from a community
			// meeting in Toribío", "a bomb hit a meeting in Peshawar")
			return !s.gatheringOfTheAct(j)
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// gatheringOfTheAct reports whether the noun of a gathering at word j
// ("meeting", "conference") is one the people hurt came from ("from a
// community meeting") or an act fell on ("attacked a meeting", "a blast
// at a conference"): "from" or a word of an act stands in the three words
// before it.
func (s *sentence) gatheringOfTheAct(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if s.words[k].low == "from" || s.triggerAt(k) != nil {
			return true
		}
		if s.words[k].punc {
			return false
		}
	}
	return false
}

// frontedPenalty is what a place of a fronted setting loses beside a
// place the clause names itself.
const frontedPenalty = 1.0

// frontedComma returns the index of the comma that closes a phrase of
// place opening the sentence ("In Zacatecas, ...", "At a market near
// Makurdi, ..."), or 0.
func frontedComma(s *sentence) int {
	if len(s.words) < 4 {
		return 0
	}
	switch s.words[0].low {
	case "in", "at", "near", "outside":
	default:
		return 0
	}
	for k := 1; k < len(s.words) && k <= 8; k++ {
		if s.words[k].low == "," {
			return k
		}
		if isClauseBreak(s.words[k]) {
			return 0
		}
	}
	return 0
}

// speakerPenalty is what a place loses when it is where the speaker of
// the sentence is, not where the act told after the speech verb was.
const speakerPenalty = 2.5

// speakersPlace reports whether a place is told in the subject of a
// speech verb ("officials in Bamako said", "sources at the base told")
// while the act of the sentence, or with no act its counts, are told
// after that verb: where the news was told from.
func speakersPlace(s *sentence, f *frame, m gazetteer.Mention) bool {
	if f.best == nil && len(f.cas) == 0 {
		return false
	}
	i := s.wordAt(m.Full.Start) - 1
	if i < 1 {
		return false
	}
	switch s.words[i].low {
	case "in", "at", "from":
	default:
		return false
	}
	end := s.wordAt(m.Span.End-1) + 1
	for k := end; k < len(s.words) && k <= end+2; k++ {
		switch s.words[k].low {
		case "said", "says", "say", "told", "reported", "announced", "confirmed":
			if f.best == nil {
				// ("A civil society leader in Komanda said 11 bodies had
				// been recovered": counts told after the speech, no act)
				return !slices.ContainsFunc(f.cas, func(c *casualty) bool { return s.wordAt(c.span.Start) < k })
			}
			return f.best.i > k
		}
		if s.words[k].punc {
			return false
		}
	}
	return false
}

// speakingBodies are the cues of facilities whose staff speak for them:
// "the Defence Headquarters said", "the Mirwais hospital said".
var speakingBodies = map[string]bool{"headquarters": true, "hospital": true, "university": true}

// speakingBody reports whether a place mention names such a facility as
// the subject of a speech verb: who told the news, not where the act was.
func speakingBody(s *sentence, m gazetteer.Mention) bool {
	if !speakingBodies[m.Cue] {
		return false
	}
	k := s.wordAt(m.Span.End-1) + 1
	for k < len(s.words) && s.words[k].low != m.Cue && k <= s.wordAt(m.Span.End-1)+2 {
		k++
	}
	if k >= len(s.words) || s.words[k].low != m.Cue {
		return false
	}
	return s.speakerAfter(k + 1)
}

// outletNamed reports whether a place names the news outlet right after
// it ("told a Kyiv outlet", "a Beirut newspaper reported", "Tehran
// television said"): where the news was told, not where anything
// happened.
func outletNamed(s *sentence, m gazetteer.Mention) bool {
	k := s.wordAt(m.Span.End-1) + 1
	if k >= len(s.words) || m.Prep != "" && !strings.EqualFold(m.Prep, "a") && !strings.EqualFold(m.Prep, "the") {
		return false
	}
	switch s.words[k].low {
	case "outlet", "outlets", "newspaper", "newspapers", "daily", "weekly", "television", "tv", "radio", "broadcaster", "website", "channel":
		return true
	}
	return false
}

// destination reports whether a place is where people were taken or went
// after the incident ("were abducted and taken toward X", "fled to X"),
// not where it happened: a verb of moving people, then "to", "toward" or
// "into", then the place.
func destination(s *sentence, m gazetteer.Mention) bool {
	i := s.wordAt(m.Full.Start)
	k := i - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	// a later member of a list of places shares the first's preposition
	// ("taken to hospitals in Mora and Maroua"): step back over "and",
	// "or" or a comma and the capitalised name before it
	for k >= 2 && (s.words[k].low == "and" || s.words[k].low == "or" || s.words[k].low == ",") && s.words[k-1].cap {
		j := k - 1
		for j >= 1 && s.words[j-1].cap && !s.words[j-1].punc {
			j--
		}
		k = j - 1
		if k >= 0 && s.words[k].low == "the" {
			k--
		}
	}
	if k < 1 {
		return false
	}
	if goalPrep(s.words[k].low, s.words[k-1].low) {
		return true
	}
	if w := s.words[k].low; (w == "towards" || w == "toward") && fledBefore(s, k) {
		return true // "more than 200,000 people fled the city ..., mostly towards Tal Rifaat and Nubl"
	}
	// the place inside the goal's own noun phrase: "taken to a clinic in
	// the Bonakembe neighbourhood", "treated at the Sittwe general
	// hospital", "buried at a cemetery on the edge of Dalori" (a few
	// words of a noun phrase, with no clause break between); a place
	// that is itself the goal ("moved to nearby Tudun Wada where ...")
	// is not reached this way
	switch s.words[k].low {
	case "in", "at", "of", "on":
	default:
		return false
	}
	if c := partitiveEllipsis(s, k); c > 0 {
		// "40 people were still being treated for wounds, some of them
		// in Baghdad": the part's verb is the whole's, before the comma
		for j := c - 1; j >= 1 && j >= c-8; j-- {
			if isClauseBreak(s.words[j]) {
				break
			}
			if goalPrep("to", s.words[j].low) || goalPrep("in", s.words[j].low) {
				return true
			}
		}
	}
	for j, n := k, 0; j >= 1 && n < 6; j, n = j-1, n+1 {
		w := s.words[j]
		if w.punc || w.low == "and" || w.low == "where" || w.low == "when" || w.low == "after" || w.low == "before" {
			return false
		}
		if j < k && goalPrep(w.low, s.words[j-1].low) {
			return true
		}
		if j < k && w.low == "to" && goalVerbBefore(s, j) {
			return true // "taken 23 injured people to hospitals in Azaz": the verb's object between it and "to"
		}
	}
	return false
}

// goalVerbBefore reports whether a verb of taking people somewhere
// ("taken", "rushed", "evacuated") stands in the five words before the
// "to" at word j, with no clause break between: "taken 23 injured people
// to hospitals".
func goalVerbBefore(s *sentence, j int) bool {
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if s.words[k].punc || isClauseBreak(s.words[k]) {
			return false
		}
		if goalPrep("to", s.words[k].low) {
			return true
		}
	}
	return false
}

// partitiveEllipsis returns the index of the comma that opens a part of
// the people told before, with its verb left out, right before the
// preposition at word k (", some of them in Baghdad", ", two of whom
// at the Erbil hospital"); 0 when there is none.
func partitiveEllipsis(s *sentence, k int) int {
	if k < 4 || s.words[k-2].low != "of" || s.words[k-1].low != "them" && s.words[k-1].low != "whom" {
		return 0
	}
	q := s.words[k-3]
	switch {
	case q.num, q.low == "some", q.low == "most", q.low == "many", q.low == "several", q.low == "all", q.low == "one", q.low == "two", q.low == "three", q.low == "four", q.low == "five":
	default:
		return 0
	}
	if s.words[k-4].low != "," {
		return 0
	}
	return k - 4
}

// goalPrep reports whether preposition prep after word verb opens where
// people went or were laid after the incident: "taken to", "fled into",
// "treated at", "buried in".
func goalPrep(prep, verb string) bool {
	switch prep {
	case "to", "toward", "towards", "into":
		switch verb {
		case "taken", "led", "marched", "driven", "carried", "moved", "transferred", "fled", "escaped", "evacuated", "flown", "rushed", "brought", "dragged", "forced", "returned", "deported", "abducted", "kidnapped", "admitted", "airlifted":
			return true
		}
	case "in", "at":
		// where the dead were laid to rest ("the slain were buried in
		// the park"), or the hurt cared for, not where they were hurt
		switch verb {
		case "buried", "interred", "rest", "reburied", "treated", "hospitalised", "hospitalized":
			return true
		}
	}
	return false
}

// excepted reports whether a place is named as an exception ("all areas
// west of Mosul except Tal Afar").
func excepted(text string, s *sentence, m gazetteer.Mention) bool {
	i := s.wordAt(m.Full.Start)
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch s.words[k].low {
		case "except", "excluding", "besides", "apart", "but":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// overlapsActor reports whether a span is inside an actor's name (so
// "Islamic State" or "Kurdistan 24" are not read as places).
func (x *Extractor) overlapsActor(s *sentence, sp sitrep.Span) bool {
	for _, m := range s.actors {
		if m.Actor != nil && !m.Generic && m.Span.Overlaps(sp) && m.Span.Len() >= sp.Len() {
			return true
		}
	}
	return false
}

func sameName(a, b string) bool {
	if a == b {
		return textutil.NameKey(a) != "" // (one key, not two)
	}
	ka, kb := textutil.NameKey(a), textutil.NameKey(b)
	if ka == "" || kb == "" {
		return false
	}
	return ka == kb || strings.TrimPrefix(ka, "al ") == strings.TrimPrefix(kb, "al ")
}

// samePlace reports whether two mentions name the same place, or one lies
// within the other as the report says.
func samePlace(a, b gazetteer.Mention) bool {
	if a.Place != nil && b.Place != nil && a.Place.ID == b.Place.ID {
		return true
	}
	if sameName(a.Name, b.Name) {
		return true
	}
	if a.Within != "" && sameName(a.Within, b.Name) && b.Cue == "" {
		return false // a part of b: a different, more precise place
	}
	return false
}

// listIncidents opens the incidents of a sentence that lists places for
// one action: one incident each, or one for them all when the sentence
// gives counts shared by the places (or lists more than four).
func (x *Extractor) listIncidents(a *analysis, f *frame, list []int) []*incident {
	if f.s.countSites {
		// each count at its own place: an incident for each place,
		// counting what was told there (countsAt)
		var out []*incident
		for i, pi := range list {
			in := &incident{frames: []*frame{f}, place: pi, date: f.date, fixed: true}
			// "Seven were killed in Bokkos on Saturday and four in Mangu
			// on Sunday": a day told after a place, before the next
			// place, is that place's
			end := f.s.span.End
			if i+1 < len(list) {
				end = a.places[list[i+1]].Span.Start
			}
			if d := dayBetween(f.s, a.places[pi].Span.End, end); d != nil {
				in.date = d
			}
			x.account(a, in, f)
			out = append(out, in)
		}
		return out
	}
	if withCounts(f) && !f.s.sharedSites || len(list) > 4 {
		in := &incident{frames: []*frame{f}, place: list[0], joint: list, date: f.date, fixed: true}
		x.account(a, in, f)
		return []*incident{in}
	}
	var out []*incident
	for _, pi := range list {
		in := &incident{frames: []*frame{f}, place: pi, date: f.date, fixed: true}
		x.account(a, in, f)
		out = append(out, in)
	}
	return out
}

// dayBetween returns the day told in sentence s between two offsets (a
// point in time known to the day, not of the background), or nil.
func dayBetween(s *sentence, from, to int) *timex.Expr {
	for k := range s.times {
		t := &s.times[k]
		if t.Span.Start >= from && t.Span.End <= to && newsDay(t) {
			return t
		}
	}
	return nil
}

// pittedSides reports whether a sentence sets two named sides against
// each other ("The fighting pitted the Radaa force against the 444
// Brigade"): who fought the fight it points back to.
func (s *sentence) pittedSides(x *Extractor) bool {
	named := 0
	for _, m := range s.actors {
		if m.Actor != nil && !m.Generic && m.Actor.Name != "civilians" {
			named++
		}
	}
	if named < 2 {
		return false
	}
	for _, w := range s.words {
		switch w.low {
		case "pitted", "pitting", "pits":
			return true
		}
	}
	return false
}

// namesAttack reports whether a sentence has a word of a bomb, an
// explosive or an attack, told as done.
func (s *sentence) namesAttack() bool {
	for i, w := range s.words {
		if strings.HasPrefix(w.low, "bomb") || strings.HasPrefix(w.low, "explosive") || w.low == "ied" || w.low == "attackers" {
			return true
		}
		if w.low == "attack" && !s.ruledOut(i) {
			return true // (not "ruled out an attack")
		}
	}
	return false
}

// onlyBlasts reports whether a sentence's words of what happened tell a
// blast and nothing more: an explosion, no bomb, mine or attack ("a gas
// cylinder exploded", not "a bomb hidden in a gas cylinder exploded").
func (s *sentence) onlyBlasts(trigs []trigHit) bool {
	if len(trigs) == 0 {
		return false
	}
	for _, t := range trigs {
		if s.ruledOut(t.i) {
			continue // "police ruled out an attack"
		}
		if t.class.name != "blast" || strings.HasPrefix(s.words[t.i].low, "bomb") {
			return false
		}
	}
	return !s.namesAttack()
}

// ruledOut reports whether word i is told as ruled out ("ruled out an
// attack", "ruling out sabotage").
func (s *sentence) ruledOut(i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if s.words[k].low == "out" && (s.words[k-1].low == "ruled" || s.words[k-1].low == "ruling" || s.words[k-1].low == "rules") {
			return true
		}
	}
	return false
}

// newsDay reports whether a time is a day of the news: a point known to
// the day, not history.
func newsDay(t *timex.Expr) bool {
	return t.Kind == timex.Point && t.Precision == sitrep.PrecisionDay && !t.Background && !t.Date.IsZero()
}

// splitJoint parts each incident told at several places at once ("two
// bombs exploded at churches in Tanta and Alexandria, killing 44") whose
// later sentence tells each place's own count ("the first, in Tanta,
// killed 27; the second, in Alexandria, killed 17"): one incident for each
// place, with its part of the count. The parts must add up to the count
// the incident was first told with, when it was told with one.
func splitJoint(a *analysis, incidents []*incident) []*incident {
	var out []*incident
	for _, in := range incidents {
		if parts := in.splitByDetail(a); parts != nil {
			out = append(out, parts...)
			continue
		}
		out = append(out, in)
	}
	return out
}

func (in *incident) splitByDetail(a *analysis) []*incident {
	if len(in.joint) < 2 || len(in.frames) < 2 {
		return nil
	}
	var total *casualty
	for _, c := range in.frames[0].cas {
		if c.kind == sitrep.Killed && !c.subset && !c.also && !c.cumulative && !c.count.IsZero() {
			if total != nil {
				return nil // several counts told first: which is the whole is not clear
			}
			total = c
		}
	}
	for fi, f := range in.frames[1:] {
		s := f.s
		byPlace := make([]*casualty, len(in.joint))
		found := 0
		for _, c := range f.cas {
			if c.kind != sitrep.Killed || c.subset || c.count.IsZero() {
				continue
			}
			cl := s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)]
			for _, pi := range s.places {
				if s.clause[min(s.wordAt(a.places[pi].Span.Start), len(s.words)-1)] != cl {
					continue
				}
				for j, jp := range in.joint {
					if byPlace[j] == nil && sameName(a.places[jp].Name, a.places[pi].Name) {
						byPlace[j] = c
						found++
						break
					}
				}
			}
		}
		if found != len(in.joint) {
			continue
		}
		sum := 0
		for j, c := range byPlace {
			for k := 0; k < j; k++ {
				if byPlace[k] == c {
					return nil // one count for two places
				}
			}
			sum += c.count.BestOr(0)
		}
		if total != nil && sum != total.count.BestOr(-1) {
			return nil
		}
		var frames []*frame
		for k, g := range in.frames {
			if k != fi+1 {
				frames = append(frames, g)
			}
		}
		var out []*incident
		for j, pi := range in.joint {
			part := *byPlace[j]
			part.parts, part.site, part.subset = nil, pi+1, false
			n := *in
			n.frames, n.place, n.joint, n.fixed = frames, pi, nil, true
			n.shared = append(append([]*casualty(nil), in.shared...), &part)
			out = append(out, &n)
		}
		if total != nil {
			// the lead's count is the sum of the parts: each incident
			// counts its own part only
			var parts []*casualty
			for _, n := range out {
				parts = append(parts, n.shared[len(n.shared)-1])
			}
			total.parts = parts
			for _, n := range out {
				n.shared = n.shared[:len(n.shared)-1]
			}
		}
		return out
	}
	return nil
}

// summaries marks a count an incident is first told with as the report's
// summary of several incidents when a later sentence of the incident
// gives it a smaller count of the same side and the other incidents'
// dead make up the rest ("three bombers blew themselves up ... only the
// two attackers died ... another bomber blew himself up elsewhere": two
// and one, not five and one).
func (x *Extractor) summaries(doc *sitrep.Document, a *analysis, incidents []*incident) {
	if len(incidents) < 2 {
		return
	}
	for i, in := range incidents {
		for _, c0 := range in.frames[0].cas {
			if c0.kind != sitrep.Killed || c0.subset || c0.also || c0.summary || c0.count.IsZero() || c0.at > 0 {
				continue // (a count told at a place of its own is that place's: "two in Kherson and one in Bilozerka")
			}
			if c0.toll && !in.frames[0].s.namesSeveralActs() {
				// "two more passengers died, raising the death toll to
				// eight": a toll names the dead of one act, unless its
				// sentence tells of several ("the toll of the two attacks")
				continue
			}
			total := c0.count.BestOr(0)
			part := 0
			for _, f := range in.frames[1:] {
				for _, c1 := range f.cas {
					if n := c1.count.BestOr(0); c1.kind == sitrep.Killed && !c1.subset && !c1.also && n > 0 && n < total && sameSideOfCount(c1.group, c0.group) {
						part = max(part, n)
					}
				}
			}
			if part == 0 {
				// a sentence that only sums up the incidents told one by
				// one after it ("strikes on the region killed four",
				// then two in the city and two in a village): the sum is
				// no incident of its own, and lends them its side
				if len(in.frames) == 1 {
					x.pureSummary(a, doc, incidents, i, c0)
				}
				continue
			}
			others := append(append([]*incident(nil), incidents[:i]...), incidents[i+1:]...)
			rest, counted := 0, []*incident(nil)
			for _, victims := range []bool{false, true} {
				// (a lead's sum of the dead may leave out the attackers
				// who died by their own act: "two attacks left 15 dead",
				// then nine farmers shot and six worshippers killed by a
				// suicide bomber)
				rest, counted = x.killedIn(doc, a, others, -1, victims)
				if rest == 0 || part+rest != total {
					// or of the incidents told right after it only ("killed
					// 14 in two villages": nine in the first, five in the
					// next; a clash told after them is another matter)
					rest, counted = x.killedIn(doc, a, incidents[i+1:], total-part, victims)
				}
				if rest > 0 && part+rest == total {
					break
				}
			}
			if rest > 0 && part+rest == total {
				c0.summary = true
				lendSide(in, counted)
			}
		}
	}
}

// namesSeveralActs reports whether the sentence names acts in the plural
// ("the attacks", "two bombings", "the blasts"): more than one incident.
func (s *sentence) namesSeveralActs() bool {
	for _, w := range s.words {
		switch w.low {
		case "attacks", "bombings", "blasts", "explosions", "raids", "incidents", "strikes", "airstrikes", "ambushes", "massacres", "shootings":
			return true
		}
	}
	return false
}

// killedIn sums the dead of the incidents in list, in order, stopping once
// the sum reaches limit (no limit when it is negative), with the incidents
// whose dead it counted; victims leaves out the attackers who died by
// their own act.
func (x *Extractor) killedIn(doc *sitrep.Document, a *analysis, list []*incident, limit int, victims bool) (int, []*incident) {
	sum := 0
	var counted []*incident
	for _, other := range list {
		if limit >= 0 && sum >= limit {
			break
		}
		cas := countsAt(a, other)
		if victims {
			cas = withoutReflex(cas)
		}
		cnt, _ := x.reconcile(doc, cas, sitrep.Killed, false)
		sum += cnt.BestOr(0)
		if cnt.BestOr(0) > 0 {
			counted = append(counted, other)
		}
	}
	return sum, counted
}

// withoutReflex is the counts of people other than the attackers who
// died by their own act ("the bomber blew herself up").
func withoutReflex(cas []*casualty) []*casualty {
	var out []*casualty
	for _, c := range cas {
		if !c.reflex {
			out = append(out, c)
		}
	}
	return out
}

// lendSide makes in the summary of the incidents it sums up ("Russian
// attacks killed at least seven people across Ukraine. Four people died
// when a guided bomb hit a village ..., while a drone strike on a car
// killed a couple near Kherson"): the sum lends them its side, as a pure
// summary does.
func lendSide(in *incident, counted []*incident) {
	for _, other := range counted {
		if other.summaryOf == nil {
			other.summaryOf = in
		}
	}
}

// pureSummary marks incident i, told in one sentence with a toll, as a
// summary when the incidents told just after it, at places of their own,
// have tolls of the same side that add up to it exactly (two or more of
// them, within six sentences).
func (x *Extractor) pureSummary(a *analysis, doc *sitrep.Document, incidents []*incident, i int, c0 *casualty) {
	in := incidents[i]
	total, sum := c0.count.BestOr(0), 0
	var parts []*incident
	for _, other := range incidents[i+1:] {
		if other.frames[0].s.idx-in.frames[0].s.idx > 6 || other.place < 0 || sum >= total {
			break
		}
		cnt, _ := x.reconcile(doc, countsOfSide(countsAt(a, other), c0.group), sitrep.Killed, false)
		n := cnt.BestOr(0)
		if n == 0 {
			break
		}
		sum += n
		parts = append(parts, other)
	}
	if len(parts) < 2 || sum != total {
		return
	}
	if in.place >= 0 && !a.places[in.place].Admin && !isCountry(a.places[in.place]) {
		// a toll told at a town sums no tolls told at other towns ("three
		// killed in one village; two in a town of another region; one and
		// one in two more"): only those in its own streets
		homes := in.joint
		if len(homes) == 0 {
			homes = []int{in.place}
		}
		for _, p := range parts {
			m, inside := a.places[p.place], false
			for _, h := range homes {
				home := a.places[h]
				inside = inside || samePlace(home, m) || strings.EqualFold(m.Within, strings.TrimSpace(home.Name))
			}
			if !inside {
				return
			}
		}
	}
	in.summaryOnly = true
	for _, p := range parts {
		if p.summaryOf == nil {
			p.summaryOf = in
		}
	}
}

// countsOfSide is the counts of cas of the side a sum's group names
// ("killed 41 insurgents in three provinces" sums the insurgents killed
// in each, not the soldiers who fell beside them): all of them when the
// group names no side ("people").
func countsOfSide(cas []*casualty, group string) []*casualty {
	if side(group) == "any" {
		return cas
	}
	var out []*casualty
	for _, c := range cas {
		if sameSideOfCount(c.group, group) {
			out = append(out, c)
		}
	}
	return out
}

// shareOut gives each incident placed at a place a count is shared out
// over ("nine deaths, seven in Segue and two in Sonfounou") the part told
// at its place, when the sentence is another incident's.
func shareOut(a *analysis, incidents []*incident) {
	for _, in := range incidents {
		for _, f := range in.frames {
			for _, c := range f.cas {
				for _, part := range c.parts {
					for _, other := range incidents {
						if other == in || other.place < 0 || len(other.joint) > 1 || slices.Contains(other.frames, f) {
							continue
						}
						if sameName(a.places[other.place].Name, a.places[part.site-1].Name) {
							p := *part
							p.subset = false
							other.shared = append(other.shared, &p)
						}
					}
				}
			}
		}
	}
}

// countsAt is the incident's counts: a count shared out over places
// counts for the incident's place only the part told there.
func countsAt(a *analysis, in *incident) []*casualty {
	var cas []*casualty
	for _, f := range in.frames {
		for _, c := range f.cas {
			if c.at > 0 && in.place >= 0 && len(in.joint) < 2 && !sameName(a.places[c.at-1].Name, a.places[in.place].Name) {
				continue // told at another place of its sentence
			}
			if part := partAt(a, in, c); part != nil {
				cas = append(cas, part)
				continue
			}
			cas = append(cas, c)
		}
	}
	return append(cas, in.shared...)
}

// partAt is the part of count c told at the incident's place, or nil.
func partAt(a *analysis, in *incident, c *casualty) *casualty {
	if len(c.parts) == 0 || in.place < 0 || len(in.joint) > 1 {
		return nil
	}
	for _, part := range c.parts {
		if sameName(a.places[in.place].Name, a.places[part.site-1].Name) {
			p := *part
			p.subset = false
			return &p
		}
	}
	return nil
}

// sameSite is the incident among the recent ones (and the first) placed
// where list incident in is, by name, when it is a single place; nil when
// there is none.
func sameSite(a *analysis, out []*incident, recent []int, in *incident) *incident {
	if len(in.joint) > 1 || in.place < 0 {
		return nil
	}
	p := a.places[in.place]
	cands := append([]int(nil), recent...)
	if len(out) > 0 && !slices.Contains(cands, 0) {
		cands = append(cands, 0)
	}
	slices.Sort(cands)
	for _, i := range cands {
		prev := out[i]
		if prev.place < 0 || len(prev.joint) > 1 {
			continue
		}
		if sameName(a.places[prev.place].Name, p.Name) {
			return prev
		}
	}
	return nil
}

// newIncident opens an incident with frame f.
func (x *Extractor) newIncident(a *analysis, f *frame) *incident {
	in := &incident{frames: []*frame{f}, place: -1, date: f.date, when: f.when}
	if len(f.places) > 0 {
		in.place = f.places[0].m
	}
	x.account(a, in, f)
	return in
}

// join adds frame f to the incident: a more precise place, a date or a
// point in time the incident lacked.
func (x *Extractor) join(a *analysis, in *incident, f *frame) {
	if in.place < 0 && len(f.places) > 0 {
		in.place = f.places[0].m
	} else if len(f.places) > 0 && !in.fixed {
		// a more precise place of the same incident ("a market in
		// Baghdad" then "the Jameela market"; "in Borno state" then "the
		// village of Malam Fatori")
		p := a.places[f.places[0].m]
		cur := a.places[in.place]
		rel := placeRelation(a, in, f)
		firm := f.places[0].score >= placeRoleFirm || f.elaborates
		if rel == fPlaceInside && (!p.WithinMain || partOfTown(p, cur)) ||
			(f.anaphor && (cur.Cue == "" || isAnchor(cur.Prep)) && p.Cue != "" && !wholeCue(p.Cue) && (near(cur, p, 30) || rel == fPlaceNear || rel == fPlaceRegion || rel == fPlaceOtherTown)) ||
			(cur.Admin || gazetteer.DivisionCue(cur.Cue) && !gazetteer.DivisionCue(p.Cue)) && !p.Admin && !isCountry(p) && firm && (rel == fPlaceNear || rel == fPlaceRegion || rel == fPlaceUnknown) {
			in.place = f.places[0].m
		}
	}
	in.frames = append(in.frames, f)
	x.account(a, in, f)
	if (in.date == nil || in.date.Kind == timex.Reporting && frameDay(f) != nil && f.date.Precision == sitrep.PrecisionDay) && f.date != nil && (f.best != nil || frameDay(f) != nil) && f.date.Precision != sitrep.PrecisionYear {
		// (a day something was only said on gives way to the day the
		// incident is told to have happened: "said on Monday" then
		// "attacked at dawn on Sunday")
		// (a bare year in a later sentence is mostly history: "the
		// minaret survived air raids in 2003")
		in.date = f.date
	} else if in.date != nil && f.date != nil && in.date.Kind == timex.Point && f.date.Kind == timex.Point && f.best != nil && len(f.places) > 0 &&
		f.date.Precision == sitrep.PrecisionDay && spanHolds(in.date, f.date) {
		// a day inside the week or month the incident was told in
		// ("attacks this week killed dozens" then "bandits stormed Kurfi
		// on Tuesday"): the same time, told more precisely by a sentence
		// that tells the act at a place of its own
		in.date = f.date
	} else if in.date != nil && in.date.Kind == timex.Reporting && f.date != nil && f.date.Kind == timex.Reporting && !f.date.Background &&
		f.date.Precision == sitrep.PrecisionDay && in.date.Precision == sitrep.PrecisionDay && f.date.Date < in.date.Date {
		// each day the incident is only said on bounds it from above: the
		// earliest is the nearest ("reported on Thursday" then
		// "announced on Tuesday that the city was under control")
		in.date = f.date
	}
	if in.when == "" {
		in.when = f.when
	}
}

// spanHolds reports whether the week or month point outer holds the day
// inner.
func spanHolds(outer, inner *timex.Expr) bool {
	if outer.Date == "" || inner.Date == "" {
		return false
	}
	o, i := outer.Date.Time(), inner.Date.Time()
	switch outer.Precision {
	case sitrep.PrecisionWeek:
		return !i.Before(o) && i.Before(o.AddDate(0, 0, 7))
	case sitrep.PrecisionMonth:
		return o.Year() == i.Year() && o.Month() == i.Month()
	}
	return false
}

// partOfTown reports whether place p is a quarter the report names of the
// town the incident is placed in ("in the Fiango neighbourhood" after "in
// the city of Kumba"): put in the report's main town for want of a told
// enclosing place, it still lies inside the incident's own town.
func partOfTown(p, town gazetteer.Mention) bool {
	return p.Cue == "neighbourhood" && !town.Admin && sameName(p.Within, town.Name)
}

// namedAntecedent is the incident a definite description names by its
// place ("the attack on Kirkuk"), when the incident chosen is told at
// another place and exactly one candidate is told at that place: the
// place the words give picks their antecedent. Nil otherwise.
func (x *Extractor) namedAntecedent(a *analysis, f *frame, out []*incident, cands []int, target *incident) *incident {
	if len(f.places) == 0 || f.best == nil || f.places[0].score < placeRoleFirm {
		return nil
	}
	// "the attack on Kirkuk" (an anaphor), or "the capture of Baaj" (a
	// definite noun of the same act as an incident told at that place)
	sameAct := false
	if !f.anaphor || !f.best.anaphoric {
		t := f.best
		if !(t.i > 0 && f.s.words[t.i-1].low == "the" && f.s.nounUse(t.i, t.trigger)) {
			return nil
		}
		sameAct = true
	}
	// the place is the description's own: "the attack on Kirkuk"
	if pi := f.s.wordAt(a.places[f.places[0].m].Span.Start); pi <= f.best.i || pi-(f.best.i+f.best.n) > 2 {
		return nil
	}
	if target != nil {
		switch placeRelation(a, target, f) {
		case fPlaceSame, fPlaceInside, fPlaceContains, fPlaceNew, fNoPlace, fPlaceFromOnly:
			return nil
		}
	}
	var found *incident
	for _, i := range cands {
		in := out[i]
		if in == target || blocked(in, f) || placeRelation(a, in, f) != fPlaceSame {
			continue
		}
		if sameAct && (in.strongest == nil || in.strongest.class.name != f.best.class.name) {
			continue
		}
		if found != nil {
			return nil // two incidents there: the words do not say which
		}
		found = in
	}
	return found
}

// numberAt reports whether a number the quantity reader found opens at
// word k ("five", "12").
func (s *sentence) numberAt(k int) bool {
	for _, q := range s.quants {
		if a, _ := s.wordRange(q.Span); a == k {
			return true
		}
	}
	return false
}

// toldInFull reports whether a frame tells its act with a place, a day
// and counts of its own ("after the attack on the camp at Boulkessi on 6
// October, in which 5 soldiers lost their lives"): a definite description
// so complete names an incident the reader is presumed to know, told in
// full, not one the report has told.
func toldInFull(f *frame) bool {
	return len(f.places) > 0 && f.places[0].score > 0 && f.date != nil && f.date.Kind != timex.Reporting && f.date.Precision == sitrep.PrecisionDay && withCounts(f)
}

// blockedFromAll reports whether frame f may join none of the candidate
// incidents: each is told on another day, or the sentence says it tells
// another.
func blockedFromAll(out []*incident, cands []int, f *frame) bool {
	for _, i := range cands {
		if !blocked(out[i], f) {
			return false
		}
	}
	return true
}

// countedAntecedent is the incident a definite description with a count
// names ("the five injured people", "the 12 dead"), when the incident
// chosen counts no such figure and exactly one candidate counts it, of
// that kind: the number picks the antecedent, as a place in "the attack
// on Kirkuk" does (namedAntecedent). Nil otherwise.
func countedAntecedent(f *frame, out []*incident, cands []int, target *incident) *incident {
	if f.best != nil && !f.best.anaphoric {
		return nil // (a fresh act: its counts are its own)
	}
	has := func(in *incident, c *casualty) bool {
		for k, hs := range in.totals {
			if k.kind == c.kind && slices.Contains(hs, *c.count.Best) {
				return true
			}
		}
		return false
	}
	var found *incident
	for _, c := range f.cas {
		if c.subset || c.also || c.vague || c.toll || c.count.Best == nil {
			continue
		}
		w := f.s.wordAt(c.np.Start)
		if w < 1 || f.s.words[w-1].low != "the" || !f.s.numberAt(w) {
			continue // "the five injured people": a definite with its number
		}
		if target != nil && has(target, c) {
			return nil
		}
		for _, i := range cands {
			in := out[i]
			if in == target || blocked(in, f) || !has(in, c) {
				continue
			}
			if found != nil && found != in {
				return nil // two incidents count it: the words do not say which
			}
			found = in
		}
	}
	return found
}

// wholeCue reports whether a place's cue names a whole town or division
// ("the city of Mosul", "Anbar province"), never a more precise place than
// a town an incident was told in.
func wholeCue(cue string) bool {
	switch cue {
	case "city", "town", "province", "governorate", "region", "state", "department", "county", "oblast", "prefecture":
		return true
	}
	return false
}

// incidentWindow is how many incidents, the ones told last, a sentence is
// weighed against (besides the report's first): a report returns to an
// incident it told long before only to its lead; reading stays linear in
// the length of the report.
const incidentWindow = 12

// group assembles frames into incidents.
func (x *Extractor) group(a *analysis, frames []*frame) []*incident {
	var out []*incident
	var claims []*frame // claims that found no incident told before them
	var last *incident  // the incident told last
	// recent holds the numbers (in out) of the incidents told last, the
	// last told last
	var recent []int
	told := func(in *incident, n int) {
		last = in
		for k, r := range recent {
			if r == n {
				recent = append(recent[:k], recent[k+1:]...)
				break
			}
		}
		recent = append(recent, n)
		if len(recent) > incidentWindow {
			recent = recent[1:]
		}
	}
	number := map[*incident]int{}
	for fi, f := range frames {
		// a sentence that lists places for one action gives an incident each
		if list := x.placeList(a, f); len(list) > 1 {
			// "The shelling targeted A and B neighbourhoods in Taiz": an
			// anaphor naming the parts the incident told last happened in
			// (so too the towns of an act first told with none, "attacked
			// army positions in seven towns" then "repelled the attacks
			// in A, B and C, killing 80": the list places it, with its
			// counts when it had none)
			if last != nil && f.anaphor && (!withCounts(f) || last.place < 0 && !incidentHasCounts(last)) && !last.fixed && !blocked(last, f) {
				if rel := placeRelation(a, last, f); rel == fPlaceInside || rel == fPlaceSame || rel == fPlaceNew {
					x.join(a, last, f)
					last.joint, last.place, last.awaitsPlace = list, list[0], false
					told(last, number[last])
					continue
				}
			}
			for _, in := range x.listIncidents(a, f, list) {
				// a place of the list where an incident was told just
				// before is that incident ("the attack, which hit both
				// Segue and Sonfounou" after the attack on Segue), unless
				// another side acts in the list by other means (jets
				// striking the town where fighters had stormed a post)
				if prev := sameSite(a, out, recent, in); prev != nil && !blocked(prev, f) && x.cues(a, prev, f, false)[fOtherSideMeans] == 0 {
					prev.frames = append(prev.frames, f)
					x.account(a, prev, f)
					told(prev, number[prev])
					continue
				}
				number[in] = len(out)
				out = append(out, in)
				told(in, number[in])
			}
			continue
		}
		// members of the dead told last, at a place of their own: an
		// incident of their own (splitMembers shares the count out)
		if last != nil && x.opensMember(a, last, f) {
			in := x.newIncident(a, f)
			in.place, in.fixed, in.member = memberSite(a, f), true, true
			number[in] = len(out)
			out = append(out, in)
			told(in, number[in])
			continue
		}
		// the incident this sentence most likely tells, if any: weighed in
		// the order they were first told
		cands := append([]int(nil), recent...)
		if len(out) > 0 && !slices.Contains(cands, 0) {
			cands = append(cands, 0)
		}
		slices.Sort(cands)
		var target *incident
		best := 0.0
		for _, i := range cands {
			in := out[i]
			if in.awaitsPlace {
				continue // only the same act told again joins it (below)
			}
			// (an aside told in one sentence, "in a separate attack
			// elsewhere", does not hold the thread: the report returns)
			latest := in == last && !in.aside()
			sc := x.affinity(a, in, f, latest)
			if a.trace != nil {
				a.trace("sentence %d vs incident %d: %s", f.s.idx, i+1, x.explainCues(a, in, f, latest))
			}
			if sc >= best {
				target, best = in, sc
			}
		}
		if named := x.namedAntecedent(a, f, out, cands, target); named != nil {
			target = named
		} else if counted := countedAntecedent(f, out, cands, target); counted != nil {
			target = counted
		} else if described := describedAntecedent(f, out, cands, target); described != nil {
			target = described
		}
		if last != nil && last.awaitsPlace {
			// the frame after a placeless first act: where that act
			// happened, when it tells the same act; else the act stays
			// unplaced (and is not kept)
			if sameAct(last.frames[0], f) && !blocked(last, f) {
				target = last
			}
			last.awaitsPlace = false
			if target != last {
				last.place = -2
			}
		}
		// (an act that points back, first told, whose dead or day the
		// report gives, stands as told: "Rebels ambushed a navy vessel
		// near Kyaukphyu on Monday. The rebels said 14 sailors were
		// killed")
		tellsAll := len(out) == 0 && (len(f.places) > 0 || f.date != nil && f.date.Precision == sitrep.PrecisionDay && f.best != nil && !f.best.weak) && (withCounts(f) || f.date != nil && f.date.Precision == sitrep.PrecisionDay && f.best != nil && !f.best.weak && !f.best.anaphoric && countsFollow(frames, fi) ||
			// ("Among the wounded in Tuesday's blast at a mosque in
			// Peshawar were 12 police officers": its place, its day, the
			// act and members of its hurt)
			len(f.places) > 0 && f.date != nil && f.date.Precision == sitrep.PrecisionDay && f.best != nil && !f.best.weak && withMembers(f))
		if f.placeless && len(out) == 0 && target == nil && (!f.attachOnly || !tellsAll) {
			in := x.newIncident(a, f)
			in.awaitsPlace = true
			number[in] = len(out)
			out = append(out, in)
			told(in, number[in])
			continue
		}
		if target == nil {
			if f.claim {
				claims = append(claims, f)
				continue
			}
			// (nor "Rebels ambushed a navy vessel near Kyaukphyu on
			// Monday. The rebels said 14 sailors were killed": a dated act,
			// first told, whose dead the next sentence counts with no act
			// of its own)
			if f.attachOnly && !tellsAll && !(toldInFull(f) && blockedFromAll(out, cands, f)) {
				continue // it points back at an incident we do not have
			}
			// (a report that opens on "The attack in X on Sunday killed
			// 14": the article presumes the incident known, but the
			// sentence tells it in full: its place and its toll, or its
			// day and its toll, "the toll from Sunday's bombing rose to
			// 63")
			in := x.newIncident(a, f)
			number[in] = len(out)
			out = append(out, in)
			told(in, number[in])
			continue
		}
		x.join(a, target, f)
		told(target, number[target])
	}
	// a claim told before its attack joins the attack told just after it
	for _, f := range claims {
		var target *incident
		best := 0.0
		for _, in := range out {
			if d := in.frames[0].s.idx - f.s.idx; d > 0 && d <= 10 {
				if sc := x.affinity(a, in, f, false); sc >= best {
					target, best = in, sc
				}
			}
		}
		if target != nil {
			target.frames = append(target.frames, f)
			if target.date == nil && f.date != nil {
				target.date = f.date
			}
		}
	}
	out = x.dropSummaries(a, out)
	// an incident with neither a place nor a count is too vague to keep,
	// unless a named side does a plain act on a day the report gives
	// ("At least three US air strikes hit IS positions on Friday"): it
	// happened where the report is about
	kept := out[:0]
	for _, in := range out {
		if in.awaitsPlace || in.place == -2 {
			continue // a placeless first act no sentence placed
		}
		if in.place < 0 && !incidentHasCounts(in) && !countsPlaces(in.frames[0].s) && !x.toldPlainly(in) {
			continue
		}
		if in.place < 0 && len(in.frames) == 1 && perfectTollAlone(in.frames[0]) {
			continue
		}
		kept = append(kept, in)
	}
	return kept
}

// toldNext reports whether a word of sequence stands before word i of the
// sentence ("Taliban fighters later raided the village", "then", "in
// turn"): the act at i comes after one told before; it does not tell how
// that one was done.
func (s *sentence) toldNext(i int) bool {
	for k := 0; k < i && k < len(s.words); k++ {
		switch s.words[k].low {
		case "later", "then", "subsequently", "afterwards", "afterward", "meanwhile", "next", "turn", "retaliation", "response":
			return true
		}
	}
	return false
}

// actToldDone reports whether one of the triggers given is a plain word of
// an act (not weak, pointing back, unreal or of history) told as done
// (toldDone), and not told as a next act (toldNext).
func (s *sentence) actToldDone(ts []trigHit) bool {
	for i := range ts {
		t := &ts[i]
		if !t.weak && !t.anaphoric && !t.irrealis && !t.background && s.toldDone(t) && !s.toldNext(t.i) {
			return true
		}
	}
	return false
}

// toldDone reports whether the act of trigger t is told as done: its
// word, or the word right after a noun of it ("an airstrike hit"), is a
// simple past, or an auxiliary of the perfect or the passive comes just
// before it ("have captured", "was seized"). Not the present of what a
// side does again and again ("a suicide bomber detonates a car at the
// gate, then gunmen swarm in").
func (s *sentence) toldDone(t *trigHit) bool {
	past := func(i int) bool {
		if i < 0 || i >= len(s.words) {
			return false
		}
		w := s.words[i].low
		return strings.HasSuffix(w, "ed") || pastIrregular[w]
	}
	if past(t.i) || past(t.i+t.n) {
		return true
	}
	for k := t.i - 1; k >= 0 && k >= t.i-2; k-- {
		switch s.words[k].low {
		case "has", "have", "had", "was", "were":
			return true
		}
	}
	return false
}

// sameAct reports whether frame f, told right after the placeless first
// act lead, tells that act again with its place: it has a place, says it
// is no other incident ("separately", "also"), and tells an act of the
// same family (a capture, or the fighting for a town before it is taken;
// a blow of violence) or points back at one ("the attack took place in
// Mir Ali").
func sameAct(lead, f *frame) bool {
	if len(f.places) == 0 || f.separate || f.s.hasMarker("also") || f.placeless {
		return false
	}
	if f.best == nil {
		return f.anaphor && len(f.cas) == 0
	}
	if f.best.anaphoric {
		return true
	}
	lc, fc := lead.best.class.name, f.best.class.name
	if lc == "gain" || fc == "gain" {
		return (lc == "gain" || lc == "clash") && (fc == "gain" || fc == "clash")
	}
	return family(lc) == family(fc)
}

// toldPlainly reports whether an incident's first sentence tells a plain
// act (no campaign word) by a side it names, on a day it gives.
func (x *Extractor) toldPlainly(in *incident) bool {
	f := in.frames[0]
	if f.best == nil || f.best.weak || f.best.anaphoric || frameDay(f) == nil || f.date.Precision != sitrep.PrecisionDay {
		return false
	}
	for _, m := range f.s.actors {
		if m.Actor != nil && !m.Generic && isCombatant(m.Actor) {
			return true
		}
	}
	return false
}

// namedSides is how many different sides a sentence names (by name or
// by a generic word the report resolves).
func (x *Extractor) namedSides(a *analysis, s *sentence) int {
	var seen []string
	for _, m := range s.actors {
		if m.Actor == nil {
			continue
		}
		act := x.resolveGeneric(a, m)
		if act == nil || act.Name == "civilians" || slices.Contains(seen, act.Name) {
			continue
		}
		seen = append(seen, act.Name)
	}
	return len(seen)
}

// betweenSides reports whether the trigger at word i names the two sides
// of a fight after it ("clashes erupted on Sunday between IS fighters and
// a local militia").
func (s *sentence) betweenSides(i int) bool {
	for k := i + 1; k < len(s.words) && k <= i+6; k++ {
		if isClauseBreak(s.words[k]) {
			return false
		}
		if s.words[k].low != "between" {
			continue
		}
		for j := k + 2; j < len(s.words) && j <= k+8; j++ {
			if s.words[j].low == "and" {
				return true
			}
			if s.words[j].punc || isClauseBreak(s.words[j]) {
				return false
			}
		}
		return false
	}
	return false
}

// accusesSide reports whether the sentence lays an act on a side, named
// or not ("Activists blamed government forces", "police accused
// militants"): who the act told before is said to be by.
func (s *sentence) accusesSide() bool {
	for _, m := range s.actors {
		if m.Actor != nil && m.Actor.Name != "civilians" && s.accusedAt(s.wordAt(m.Span.Start)) {
			return true
		}
	}
	return false
}

// onlySummedActs reports whether the sentence tells acts, each of them
// summed over a period or of history ("have since pushed the militants
// back", "seized dozens of villages in February"), and no other.
func (s *sentence) onlySummedActs() bool {
	n := 0
	for _, t := range s.triggers {
		if t.irrealis {
			continue
		}
		if !t.aggregate && !t.background {
			return false
		}
		n++
	}
	return n > 0
}

// authoredBySide reports whether the sentence names a side as the author
// of an act by its marks on it ("the fingerprints of Daesh", "the
// hallmarks of al-Shabaab", "the work of the ADF").
func (s *sentence) authoredBySide() bool {
	for _, m := range s.actors {
		if m.Actor == nil || m.Actor.Name == "civilians" {
			continue
		}
		k := s.wordAt(m.Span.Start) - 1
		if k >= 0 && s.words[k].low == "the" {
			k--
		}
		if s.authoredAt(k) {
			return true
		}
	}
	return false
}

// claimedTrigger reports whether trigger t is the object of a claim of
// responsibility ("claiming an attack", "claimed the bombing"): the
// marker covers it.
func (s *sentence) claimedTrigger(t *trigHit) bool {
	for _, m := range s.markers {
		if m.val.(string) == "claim" && m.i < t.i && t.i < m.i+m.n {
			return true
		}
	}
	return false
}

// presupposed reports whether a sentence opens with its event as a
// definite noun that is the subject of something else ("The capture of
// the base also gives the militia a launchpad", "The fall of the town came
// after weeks of siege"): the event is taken as known, told before, and
// the sentence says what followed from it or what it meant. A sentence
// with figures of its own ("The shelling of the town killed five"), or
// another event told as a verb, tells something new.
func (s *sentence) presupposed(f *frame) bool {
	t := f.best
	if t == nil || len(f.cas) > 0 || t.i != 1 || s.words[0].low != "the" || !s.nounUse(t.i, t.trigger) {
		return false
	}
	for _, o := range f.trigs {
		if o.i != t.i && !o.weak && !s.nounUse(o.i, o.trigger) {
			return false
		}
	}
	return true
}

// aside reports whether an incident is told in one sentence marked as
// another matter ("in a separate attack", "in a different attack
// elsewhere").
func (in *incident) aside() bool {
	return len(in.frames) == 1 && in.frames[0].s.hasMarker("separate")
}

// isCombatant reports whether an actor is a side that fights.
func isCombatant(a *actors.Actor) bool {
	return isStateSide(a) || isArmedGroup(a)
}

// dropSummaries removes an incident that only sums up the ones told after
// it: "forces recaptured two more districts in the city of Mosul on
// Tuesday" followed by the districts by name. The details keep the
// summary's date when they give none.
func (x *Extractor) dropSummaries(a *analysis, out []*incident) []*incident {
	var kept []*incident
	for i, in := range out {
		need := 0
		if len(in.frames) == 1 {
			need = x.summaryDetails(in.frames[0])
		}
		if need == 0 {
			kept = append(kept, in)
			continue
		}
		var details []*incident
		for _, next := range out[i+1:] {
			if next.frames[0].s.idx-in.frames[0].s.idx > 4 {
				break
			}
			// a detail names another, smaller place; the same count of
			// places again ("14 villages in Hawija have been liberated")
			// retells the summary
			retold := placeCount(in.frames[0].s) > 0 && placeCount(next.frames[0].s) == placeCount(in.frames[0].s)
			if next.frames[0].best != nil && in.frames[0].best != nil && next.frames[0].best.class.name == in.frames[0].best.class.name && next.place >= 0 && !retold {
				details = append(details, next)
			}
		}
		if len(details) < need {
			kept = append(kept, in)
			continue
		}
		for _, d := range details {
			if d.date == nil {
				d.date = in.date
			}
		}
	}
	return kept
}

// summaryDetails tells whether a frame tells an action on a number of
// places it does not name ("recaptured two more districts", "freed seven
// villages"), and how many incidents told after it show that it sums them
// up: one for a count ("two more districts"), two
// for a vague amount ("some areas of the city" then a single town taken
// earlier is another capture, not its detail); 0 when f sums up nothing.
func (x *Extractor) summaryDetails(f *frame) int {
	if f.best == nil || f.best.class.name != "gain" {
		return 0
	}
	s := f.s
	for _, q := range s.quants {
		qa, qb := s.wordRange(q.Span)
		if qa <= f.best.i || qa-f.best.i > 4 {
			continue
		}
		for k := qb; k < len(s.words) && k < qb+2; k++ {
			switch s.words[k].low {
			case "districts", "villages", "neighbourhoods", "neighborhoods", "areas", "towns", "quarters", "positions", "hamlets", "settlements":
				if q.Vague {
					return 2
				}
				return 1
			}
		}
	}
	return 0
}

// countVerdict compares a sentence's counts with an incident's, per
// kind and side the sentence counts: the same figure again (the same
// incident retold), a figure close to one of the incident's or a toll
// that rose (two sources' or two times' figures for the same dead), or
// a figure of the same kind unlike all of them, not marked "also" (likely
// another incident).
func countVerdict(in *incident, f *frame) (same, close, other float64) {
	also := allAlso(f)
	toll := false
	for _, c := range f.cas {
		toll = toll || c.toll
	}
	// (sorted keys: the sums below must not depend on a map's order)
	theirs := sentenceTotals(f.cas)
	keys := make([]countKey, 0, len(theirs))
	for k := range theirs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].kind+keys[i].side < keys[j].kind+keys[j].side })
	for _, k := range keys {
		v := theirs[k]
		isSame, isClose, isOther := false, false, false
		for hk, hs := range in.totals {
			if hk.kind != k.kind || !(hk.side == k.side || hk.side == "any" || k.side == "any") {
				continue
			}
			// the verdict must not depend on the order the counts are
			// visited in: the same figure anywhere wins, then a close one
			for _, h := range hs {
				switch {
				case h == v:
					isSame = true
				case closeCounts(h, v) || toll && v > h || v < h && slices.Contains(in.stated, statedCount{k.kind, h}):
					isClose = true
				case !also:
					isOther = true
				}
			}
		}
		switch {
		case isSame:
			same++
		case isClose:
			close++
		case isOther:
			other++
		}
	}
	return same, close, other
}

// closeCounts reports whether two tolls are near enough to be two sources'
// figures for the same dead (73 and 70, 14 and 20).
func closeCounts(a, b int) bool {
	lo, hi := min(a, b), max(a, b)
	return lo >= 10 && float64(hi-lo) <= 0.45*float64(hi)
}

// newActors reports whether a frame names a side (by name, not a generic
// word) when the incident already names sides and not that one: a sign
// of another incident. An incident that names no side yet may learn it
// ("The members of the Islamist group al-Shabaab arrived outside the
// hotel").
func (x *Extractor) newActors(in *incident, f *frame) bool {
	if len(in.named) == 0 {
		return false
	}
	for _, m := range f.s.actors {
		if m.Actor != nil && !m.Generic && !in.named[m.Actor.Name] {
			return true
		}
	}
	return false
}

// inside reports whether mention p names a place within the province or
// town that mention outer names.
func inside(outer, p gazetteer.Mention) bool {
	if p.Within != "" && sameName(p.Within, outer.Name) {
		return true
	}
	if outer.Admin && !isCountry(outer) && !p.Admin && p.Location.Admin1 != "" && (sameName(p.Location.Admin1, outer.Name) || sameName(p.Location.Admin1, outer.Location.Admin1)) {
		return true
	}
	// a town of a second-level division ("the town of Isulan" after "the
	// province of Sultan Kudarat")
	return gazetteer.InDivision(p.Place, outer.Place)
}

// namesPlace reports whether a sentence puts something in a place by its
// name ("in Kabas"), with or without its article, even where no mention
// was made of it.
func namesPlace(text string, f *frame, name string) bool {
	key := textutil.StripArticles(textutil.NameKey(name))
	if len(key) < 4 {
		return false
	}
	if f.key == "" {
		f.key = textutil.StripArticles(" " + textutil.NameKey(text[f.s.span.Start:f.s.span.End]) + " ")
	}
	sent := f.key
	for _, prep := range []string{" in ", " at ", " near "} {
		if strings.Contains(sent, prep+key+" ") {
			return true
		}
	}
	return false
}

// near reports whether two mentions' points lie within km of each other;
// a mention without a point is near anything (it may be a part of it).
func near(a, b gazetteer.Mention, km float64) bool {
	if !a.Location.HasPoint() || !b.Location.HasPoint() {
		return true
	}
	return gazetteer.Distance(*a.Location.Lat, *a.Location.Lon, *b.Location.Lat, *b.Location.Lon) <= km
}

// namedSettlementCue reports a kind of settlement a report may first tell
// unnamed ("a village in Gezira state") and then name ("the village of
// Wad al-Noura").
func namedSettlementCue(w string) bool {
	switch w {
	case "village", "town", "camp", "neighbourhood", "neighborhood":
		return true
	}
	return false
}

// elaboratesPlace reports whether frame f, in the sentence right after
// frame prev's and telling no act nor count of its own, names a settlement
// by its kind ("the fishing village of Mucojo", "near the village of
// Kyauktan in Rathedaung township") where prev placed its act in a region
// or a division only ("a coastal area of Macomia district", "in northern
// Rakhine State"): the sentence tells where that act happened, not
// something else. A village someone came from or speaks from tells
// nothing of where.
func elaboratesPlace(a *analysis, prev, f *frame) bool {
	if prev.s.idx != f.s.idx-1 || prev.s.headline || len(f.cas) > 0 || len(f.places) == 0 || len(prev.places) == 0 {
		return false
	}
	for _, t := range f.trigs {
		if !t.weak {
			return false // (a word of an act of its own)
		}
	}
	if f.date != nil && (prev.date == nil || f.date.Date != prev.date.Date) {
		return false // (a day of its own: another time)
	}
	for _, t := range f.s.times {
		if t.Precision == sitrep.PrecisionDay && (prev.date == nil || t.Date != prev.date.Date) {
			return false // ("On Thursday the band was seen near the village of X": a day of its own, even with no act)
		}
	}
	p, cur := a.places[f.places[0].m], a.places[prev.places[0].m]
	if !namedSettlementCue(p.Cue) || p.Admin || f.places[0].score <= 0 || samePlace(p, cur) {
		return false
	}
	if strings.EqualFold(p.Prep, "from") || speakersPlace(f.s, f, p) {
		return false // where people came from ("a chief from the village of X said"), not where the act was
	}
	return cur.Admin && !isCountry(cur) || gazetteer.DivisionCue(cur.Cue) || cur.Cue == "area"
}

// namesPlaceToldBefore reports whether a sentence names, as "the CUE of
// NAME", a place the sentence before it told unnamed as "a CUE" ("... in a
// raid on a village in Sudan's Gezira state. The group said the RSF
// stormed the village of Wad al-Noura on Sunday"): it points back to the
// incident told there.
func (a *analysis) namesPlaceToldBefore(s *sentence) bool {
	if s.idx == 0 {
		return false
	}
	prev := a.sents[s.idx-1]
	for i := 0; i+1 < len(s.words); i++ {
		cue := s.words[i+1].low
		if !namedSettlementCue(cue) {
			continue
		}
		// "the village of Wad al-Noura", "Let Yet Kone village"
		ofName := s.words[i].low == "the" && i+3 < len(s.words) && s.words[i+2].low == "of" && s.words[i+3].cap
		nameFirst := s.words[i].cap && a.placeAt(s.words[i].span) && !(i+2 < len(s.words) && s.words[i+2].low == "of")
		if !ofName && !nameFirst {
			continue
		}
		for k := 0; k+1 < len(prev.words); k++ {
			if prev.words[k].low == "a" && prev.words[k+1].low == cue && !(k+2 < len(prev.words) && prev.words[k+2].low == "of") {
				return true
			}
		}
	}
	return false
}

// namesVictimsToldBefore reports whether a sentence that counts nobody
// opens on a definite description of people counted in one of the two
// sentences before ("killed 18 farmers" then "The farmers were attacked
// while working their fields"): it tells more of the same incident, not a
// fresh one.
func (a *analysis) namesVictimsToldBefore(s *sentence) bool {
	if len(s.cas) > 0 || len(s.words) < 3 || s.words[0].low != "the" {
		return false
	}
	head := s.words[1]
	if head.cap || head.num || head.punc || s.words[2].punc {
		return false // "the farmers were": a noun alone, then its verb
	}
	for j := s.idx - 1; j >= 0 && j >= s.idx-2; j-- {
		prev := a.sents[j]
		for _, c := range prev.cas {
			if c.np.End <= c.np.Start || c.background || c.cumulative {
				continue
			}
			if k := prev.wordAt(c.np.End - 1); k >= 0 && k < len(prev.words) && prev.words[k].low == head.low {
				return true
			}
		}
	}
	return false
}

// countsFollow reports whether the frame after frames[i], in the next
// sentence, counts people hurt and tells no act of its own: the dead of
// the act frames[i] tells.
func countsFollow(frames []*frame, i int) bool {
	if i+1 >= len(frames) {
		return false
	}
	f, next := frames[i], frames[i+1]
	return next.s.idx == f.s.idx+1 && next.best == nil && withCounts(next)
}

func withCounts(f *frame) bool {
	for _, c := range f.cas {
		if !c.count.IsZero() && !c.subset {
			return true
		}
	}
	return false
}

// withMembers reports whether a frame counts members of the dead or the
// hurt ("among the dead were two teachers"): parts with a number.
func withMembers(f *frame) bool {
	for _, c := range f.cas {
		if !c.count.IsZero() && c.subset && (c.kind == sitrep.Killed || c.kind == sitrep.Wounded) {
			return true
		}
	}
	return false
}

func allAlso(f *frame) bool {
	for _, c := range f.cas {
		if !c.also {
			return false
		}
	}
	return true
}

// differentAction reports whether a frame's trigger is of a kind unlike
// the incident's (an arrest after a bombing).
func differentAction(in *incident, f *frame) bool {
	if f.best == nil {
		return false
	}
	best := in.strongest
	if best == nil {
		return false
	}
	group := func(c string) string {
		switch c {
		case "suicide", "air", "shelling", "ied", "grenade", "blast", "chemical", "clash", "assault", "attack", "kill", "execute":
			return "violence"
		}
		return c
	}
	return group(best.class.name) != group(f.best.class.name)
}

func compatibleDates(a, b *timex.Expr) bool {
	if a == nil || b == nil {
		return true
	}
	// a day and a week it falls outside ("on Wednesday" and "took the
	// town last week"): two times
	if a.Precision == sitrep.PrecisionWeek && b.Precision == sitrep.PrecisionDay {
		a, b = b, a
	}
	if a.Precision == sitrep.PrecisionDay && b.Precision == sitrep.PrecisionWeek && !a.Date.IsZero() && !b.Date.IsZero() {
		d := a.Date.Time().Sub(b.Date.Time())
		return d >= 0 && d < 7*24*time.Hour
	}
	return a.Date == b.Date || a.Precision != sitrep.PrecisionDay || b.Precision != sitrep.PrecisionDay
}

func incidentHasCounts(in *incident) bool {
	for _, f := range in.frames {
		if withCounts(f) {
			return true
		}
	}
	return false
}

// placeList returns the places a sentence lists as the objects of one
// action ("freed the districts of X and Y", "struck X, Y and Z"), in
// order; nil when it does not list several.
func (x *Extractor) placeList(a *analysis, f *frame) []int {
	if len(f.s.places) < 2 {
		return nil
	}
	if list := sharedSites(a, f); len(list) > 1 {
		return list // "killed nine people, seven in Kaya and two in Dori"
	}
	if list := daySites(a, f); len(list) > 1 {
		return list // "the killing of a farmer in Bokkos on Saturday and an attack in Mangu on Sunday"
	}
	if f.best == nil {
		if !withCounts(f) {
			return nil
		}
		// "five deaths in the suburbs of Saqba and Zebdin": one count
		// shared by the places listed
	} else {
		switch f.best.class.name {
		case "gain", "clash", "assault", "attack":
		default:
			if !isExplosion(f.best.class.name) {
				return nil // (every kind of blast or strike: "a car bomb killed seven in A, while a roadside blast wounded three in B")
			}
		}
	}
	if list := countSites(a, f); len(list) > 1 {
		// "struck Kharkiv, Sumy and Odesa, killing three in Kharkiv and
		// injuring 12 in Odesa": a place of the list struck with no count
		// told there is an incident too
		run := coordinatedPlaces(a, f)
		all := true
		for _, p := range list {
			all = all && slices.ContainsFunc(run, func(q int) bool { return sameName(a.places[p].Name, a.places[q].Name) })
		}
		if !all {
			return list // "one was killed in A and three were hurt in B"
		}
		for _, q := range run {
			if !slices.ContainsFunc(list, func(p int) bool { return sameName(a.places[p].Name, a.places[q].Name) }) {
				list = append(list, q)
			}
		}
		f.s.countSiteList = list
		return list
	}
	if withCounts(f) {
		// counts told once for several places are shared: coordinated
		// names below, but not one incident per verb or per number
	} else if list := x.distributedPlaces(a, f); len(list) > 1 {
		return list
	} else if list := x.placesPerVerb(a, f); len(list) > 1 {
		return list
	}
	return coordinatedPlaces(a, f)
}

// coordinatedPlaces returns the longest run of places a sentence
// coordinates ("X, Y and Z") that holds the place the action is told at
// best, in order; nil when there is none of two places or more.
func coordinatedPlaces(a *analysis, f *frame) []int {
	ps := append([]int(nil), f.s.places...)
	sort.Slice(ps, func(i, j int) bool { return a.places[ps[i]].Span.Start < a.places[ps[j]].Span.Start })
	// a place the previous member lies in ("Mocha town in western Taiz and
	// Al Qaeda town") is part of that member's phrase, not of the list
	// (nor is a place people were taken to: "taken to hospitals in Mora
	// and Maroua" tells no incident at either)
	var keep []int
	for k, p := range ps {
		if k > 0 && a.places[ps[k-1]].Within != "" && sameName(a.places[ps[k-1]].Within, a.places[p].Name) || destination(f.s, a.places[p]) {
			continue
		}
		keep = append(keep, p)
	}
	ps = keep
	if len(ps) == 0 {
		return nil
	}
	var best []int
	run := []int{ps[0]}
	for k := 1; k < len(ps); k++ {
		prev, cur := a.places[ps[k-1]], a.places[ps[k]]
		between := a.text[prev.Full.End:max(prev.Full.End, cur.Full.Start)]
		if prev.Within != "" {
			between = stripWithin(between, prev.Within)
		}
		if coordinated(between) && !cur.Admin && !prev.Admin && !strings.EqualFold(prev.Prep, "between") {
			run = append(run, ps[k])
			continue
		}
		if len(run) > len(best) {
			best = run
		}
		run = []int{ps[k]}
	}
	if len(run) > len(best) {
		best = run
	}
	if len(best) < 2 {
		return nil
	}
	// the list must be what the action is told of: it contains the
	// sentence's best place
	if len(f.places) > 0 {
		in := false
		for _, p := range best {
			if p == f.places[0].m {
				in = true
			}
		}
		if !in {
			return nil
		}
	}
	return best
}

// distributedPlaces reads a count shared out over places ("seven air
// strikes ..., three in or near Mosul, two in Sinjar, one in Kasik"): each
// place given its own number is an incident.
func (x *Extractor) distributedPlaces(a *analysis, f *frame) []int {
	s := f.s
	var out []int
	for _, pi := range s.places {
		m := a.places[pi]
		if m.Admin {
			continue
		}
		i := s.wordAt(m.Full.Start)
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			w := s.words[k]
			if w.num || isNumberWord(w.low) {
				out = append(out, pi)
				break
			}
			if w.low != "in" && w.low != "or" && w.low != "near" && w.low != "around" && w.low != "on" {
				break
			}
		}
	}
	return out
}

// isNumberWord reports whether w is a small number written out.
func isNumberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return true
	}
	return false
}

// placesPerVerb pairs each action verb of a sentence with the place it is
// told at ("jets struck targets in Kirkuk ... and struck the stronghold of
// Hawija"): two verbs at two places are two incidents.
func (x *Extractor) placesPerVerb(a *analysis, f *frame) []int {
	s := f.s
	var out []int
	seen := map[string]bool{}
	for _, t := range f.trigs {
		if s.nounUse(t.i, t.trigger) || t.weak {
			continue
		}
		for _, pc := range f.places {
			m := a.places[pc.m]
			wi := s.wordAt(m.Full.Start)
			if wi <= t.i || wi-t.i > 9 || m.Admin {
				continue
			}
			k := strings.ToLower(m.Name)
			if !seen[k] {
				seen[k] = true
				out = append(out, pc.m)
			}
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	sort.Slice(out, func(i, j int) bool { return a.places[out[i]].Span.Start < a.places[out[j]].Span.Start })
	return out
}

// stripWithin removes "in (western) <within>" from the words between two
// listed places.
func stripWithin(between, within string) string {
	i := strings.Index(between, within)
	if i < 0 {
		return between
	}
	head := strings.Fields(strings.ToLower(between[:i]))
	for len(head) > 0 {
		switch head[len(head)-1] {
		case "in", "of", "near", "the", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northwestern", "northeastern", "southwestern", "southeastern", ",":
			head = head[:len(head)-1]
			continue
		}
		break
	}
	return strings.Join(head, " ") + between[i+len(within):]
}

// coordinated reports whether the text between two place names joins
// them in a list: "and", a comma, "as well as", with cue words allowed.
func coordinated(between string) bool {
	t := strings.ToLower(strings.TrimSpace(between))
	for _, cue := range []string{"districts", "district", "villages", "village", "neighbourhoods", "neighbourhood", "neighborhoods", "neighborhood", "towns", "town", "areas", "area", "city", "the", "of"} {
		t = strings.ReplaceAll(t, cue, " ")
	}
	t = strings.Join(strings.Fields(t), " ")
	switch t {
	case ",", "and", ", and", "as well as", ", as well as", "&", "or", ", and also", "and also":
		return true
	}
	return false
}

// takenPronoun is the place "it" stands for as the object of a capture
// ("Islamic State seized the village of Badush on Wednesday. Iraqi troops
// recaptured it on Thursday"): the last place, no division or country,
// named in the sentence before; -1 when there is none.
func (a *analysis) takenPronoun(s *sentence, t *trigHit) int {
	if t == nil || t.class.name != "gain" || t.noun {
		return -1
	}
	k := t.i + t.n
	if k >= len(s.words) || s.words[k].low != "it" || s.idx == 0 {
		return -1
	}
	prev := a.sents[s.idx-1]
	for j := len(prev.places) - 1; j >= 0; j-- {
		m := a.places[prev.places[j]]
		if !m.Admin && !isCountry(m) && !isDateline(a.text, m) {
			return prev.places[j]
		}
	}
	return -1
}

// splitMembers shares out the dead an incident is told with over the
// incidents of its members told just after it, each at a place of its own
// ("five people were beheaded … the fifth victim was caught near another
// village"; "five were killed in the region: three of them were traders
// ambushed in one town … the other two were executed near another"):
// each member incident counts its part, the incident keeps the rest, and
// when nothing is left it was only their sum and is not kept. Members
// that do not fit the count (more than it, or an ordinal that is not its
// last) go back to the incident.
func (x *Extractor) splitMembers(a *analysis, incidents []*incident) []*incident {
	var out []*incident
	for i := 0; i < len(incidents); i++ {
		in := incidents[i]
		out = append(out, in)
		total := wholeDead(in)
		j := i + 1
		for j < len(incidents) && incidents[j].member && incidents[j].frames[0].s.idx-incidents[j-1].last().s.idx <= 3 {
			j++
		}
		if j == i+1 {
			continue
		}
		members := incidents[i+1 : j]
		i = j - 1
		if parts := x.memberParts(a, in, total, members); parts != nil {
			total.parts = parts
			if parts[0].site == 0 {
				// nothing left: the count only summed up its members
				total.parts = parts[1:]
				in.summaryOnly = true
			}
			for _, m := range members {
				m.summaryOf = in
				if m.date == nil {
					m.date, m.when, m.inherited = in.date, in.when, in.inherited
				}
			}
			out = append(out, members...)
			continue
		}
		for _, m := range members {
			for _, f := range m.frames {
				x.join(a, in, f)
			}
		}
	}
	return out
}

// wholeDead is the first whole count of dead an incident is told with
// (not a part, an addition or a running total), or nil.
func wholeDead(in *incident) *casualty {
	for _, f := range in.frames {
		for _, c := range f.cas {
			if c.kind == sitrep.Killed && !c.subset && !c.also && !c.cumulative && !c.summary && len(c.parts) == 0 && c.count.BestOr(0) > 1 {
				return c
			}
		}
	}
	return nil
}

// memberParts are the parts of count total told by the member incidents:
// first the rest kept at in's place (site 0 when nothing is left), then
// one part for each member; nil when they do not fit the count.
func (x *Extractor) memberParts(a *analysis, in *incident, total *casualty, members []*incident) []*casualty {
	if total == nil || len(in.joint) > 1 {
		return nil
	}
	whole, sum := total.count.BestOr(0), 0
	var parts []*casualty
	for _, m := range members {
		f := m.frames[0]
		n, ord, sp, _ := x.member(f.s)
		if ord > 0 && ord != whole || m.place < 0 {
			return nil
		}
		sum += n
		part := *total
		part.count, part.parts, part.site, part.subset = sitrep.Exact(n), nil, m.place+1, true
		part.span, part.np, part.sent = sp, sp, f.s.idx
		parts = append(parts, &part)
	}
	if sum > whole || sum < whole && in.place < 0 {
		return nil
	}
	rest := *total
	rest.count, rest.parts, rest.subset = sitrep.Exact(whole-sum), nil, true
	if sum < whole {
		rest.site = in.place + 1
		var told []string
		for _, p := range parts {
			told = append(told, fmt.Sprintf("%s at %s", p.count, a.places[p.site-1].Name))
		}
		rest.apart = fmt.Sprintf("%d of the %d told; the rest told apart (%s)", whole-sum, whole, strings.Join(told, ", "))
	}
	return append([]*casualty{&rest}, parts...)
}

// memberSite is the place a sentence that opens with members of a set of
// dead told before tells their fate at (see member): a locality (not a
// province or country) put with "in", "at", "near" or the like, not where
// they lived or came from, in a sentence that does not tell them dying
// later or being cared for or buried ("the third soldier died in hospital
// in the capital"); -1 when there is none.
func memberSite(a *analysis, f *frame) int {
	if diedLater(f.s) {
		return -1
	}
	for _, pc := range f.places {
		m := a.places[pc.m]
		if m.Admin || m.Dateline || m.Group {
			continue
		}
		switch m.Prep {
		case "in", "at", "near", "outside", "outskirts of", "close to":
		default:
			continue
		}
		if k := f.s.wordAt(m.Full.Start); k >= 2 {
			switch f.s.words[k-2].low {
			case "living", "lived", "lives", "residing", "resident", "residents", "native", "born", "raised", "hailing", "based", "working", "studying":
				continue
			}
		}
		return pc.m
	}
	return -1
}

// member reads a sentence that opens with members of a set of people
// counted before ("The fifth victim was …", "The other two were …", "The
// remaining three villagers …"): how many people they are, the place an
// ordinal gives them in the set (0 for none) and the words that tell
// them. A plural with no number ("the other victims") tells no number.
func (x *Extractor) member(s *sentence) (n, ord int, sp sitrep.Span, ok bool) {
	var h *hit
	for i := range s.markers {
		if s.markers[i].i == 0 && s.markers[i].val.(string) == "member" {
			h = &s.markers[i]
		}
	}
	if h == nil {
		// "Three of them were …", "Four of the victims …": a part
		if c, ok := s.countAt(0); ok && len(s.words) > 2 && s.words[1].low == "of" && s.markerIs(1, "subset") {
			for _, m := range s.markers {
				if m.i == 1 {
					return c, 0, sitrep.Span{Start: s.words[0].span.Start, End: s.words[m.i+m.n-1].span.End}, true
				}
			}
		}
		return 0, 0, sp, false
	}
	k := h.i + h.n
	for _, q := range s.quants {
		if q.Kind == quantity.Ordinal && q.Count.Best != nil {
			if qa, _ := s.wordRange(q.Span); qa == k-1 {
				ord = *q.Count.Best
			}
		}
	}
	n = 1
	counted := false
	if c, ok := s.countAt(k); ok {
		n, counted = c, true
		k++
	}
	end := k
	if k < len(s.words) && (s.words[k].low == "one" || s.words[k].low == "ones") {
		end = k + 1
	} else if _, m := x.lex.persons.at(s.words, k); m > 0 {
		end = k + m
		if !counted && isPlural(s.words[end-1].low) {
			return 0, 0, sp, false
		}
	} else if !counted {
		return 0, 0, sp, false
	}
	return n, ord, sitrep.Span{Start: s.words[0].span.Start, End: s.words[end-1].span.End}, true
}

// datesTrigger reports whether date d is told on trigger t itself, right
// before it ("Thursday's bombing") or right after it ("the attack on
// Thursday").
func datesTrigger(s *sentence, d *timex.Expr, t *trigHit) bool {
	if d == nil || d.Span.End <= d.Span.Start {
		return false
	}
	a, b := s.wordAt(d.Span.Start), s.wordAt(d.Span.End-1)+1
	return b >= t.i-1 && b <= t.i || a == t.i+t.n
}

// diedLater reports whether a sentence tells people dying later, cared
// for or buried ("died later in hospital", "was buried in his village"):
// where that happened is not where they were attacked.
// foundMore reports whether a sentence tells only more dead found ("the
// bodies of two more victims were found", "three more bodies were
// recovered", "rescuers found two more bodies, bringing the toll to
// five") or the wounded dying later with the toll raised ("two of the
// wounded died, bringing the toll to five", "three who were wounded in
// the attack died on Friday"): every count adds to one told before or is
// the raised toll, and a verb of finding or dying tells how they came to
// be known.
func foundMore(s *sentence, cas []*casualty) bool {
	if len(cas) == 0 {
		return false
	}
	raised := false
	for _, c := range cas {
		if c.kind != sitrep.Killed || !c.also && !c.toll && !c.subset {
			return false // ("two of the wounded died": a part of the hurt, with a raised toll below)
		}
		raised = raised || c.toll
	}
	for _, w := range s.words {
		switch w.low {
		case "found", "discovered", "recovered", "retrieved", "unearthed", "exhumed", "pulled":
			if !raised && slices.ContainsFunc(cas, func(c *casualty) bool { return !c.also }) {
				return false // (a part with no raised toll is no more dead found)
			}
			return true
		case "died", "succumbed":
			// "two of the wounded died in hospital, bringing the toll to
			// five": the dead of the act told before, not a new act (so
			// "two soldiers who had been injured in the blast died")
			if raised || slices.ContainsFunc(cas, func(c *casualty) bool { return c.hurtDied }) {
				return true
			}
		}
	}
	return false
}

// opensOrdinalPerson is the end of an opening "a" or "an", an ordinal and
// a noun of one person ("A ninth victim", "A third soldier"): one more of
// a set of dead or hurt told before, the count it brings them to; -1 when
// the sentence does not open so.
func (x *Extractor) opensOrdinalPerson(s *sentence) int {
	if len(s.words) < 4 || s.words[0].low != "a" && s.words[0].low != "an" {
		return -1
	}
	ordinal := false
	for _, q := range s.quants {
		if q.Kind == quantity.Ordinal {
			if qa, qb := s.wordRange(q.Span); qa == 1 && qb == 2 {
				ordinal = true
			}
		}
	}
	if !ordinal {
		return -1
	}
	if _, m := x.lex.persons.at(s.words, 2); m > 0 && !isPlural(s.words[2+m-1].low) {
		return 2 + m
	}
	return -1
}

// careNoun reports whether a word names where the hurt and the dead are
// taken ("a hospital in Bannu", "the morgue in Kano").
func careNoun(w string) bool {
	switch w {
	case "hospital", "hospitals", "clinic", "clinics", "morgue", "mortuary":
		return true
	}
	return false
}

// caredForAt reports whether the place phrase opening at word i follows
// "at", "in" or "to" after a verb of dying or of care ("died at the
// Combined Military Hospital", "were taken to the Mirwais hospital",
// "being treated in the district hospital").
func (s *sentence) caredForAt(i int) bool {
	k := i - 1
	if k >= 0 && (s.words[k].low == "the" || s.words[k].low == "a" || s.words[k].low == "an") {
		k-- // ("died in a Ghazni hospital")
	}
	if k < 1 || s.words[k].low != "at" && s.words[k].low != "in" && s.words[k].low != "to" {
		return false
	}
	switch s.words[k-1].low {
	case "died", "succumbed", "treated", "admitted", "taken", "rushed", "evacuated", "transferred", "flown", "brought", "airlifted":
		return true
	}
	return false
}

// hurtToldDying reports whether a sentence tells some of the hurt told
// before dying ("One of the wounded, a woman, died in hospital", "two of
// the injured later succumbed").
func (s *sentence) hurtToldDying() bool {
	for k := range s.words {
		if !ofTheHurt(s, k) {
			continue
		}
		for j := k + 3; j < len(s.words); j++ {
			if w := s.words[j].low; w == "died" || w == "succumbed" {
				return true
			}
		}
	}
	return false
}

func diedLater(s *sentence) bool {
	for _, w := range s.words {
		switch w.low {
		case "hospital", "clinic", "morgue", "mortuary", "buried", "funeral", "died", "succumbed", "later":
			return true
		}
	}
	return false
}

// opensMember reports whether frame f tells members of the dead that
// incident last (the one told last, or the members' incident before it)
// was told with, at a place other than last's own: fewer than them, and
// with an ordinal only their last ("the fifth" of five).
func (x *Extractor) opensMember(a *analysis, last *incident, f *frame) bool {
	if !f.member {
		return false
	}
	site := memberSite(a, f)
	if last.place >= 0 && sameName(a.places[last.place].Name, a.places[site].Name) {
		return false
	}
	if last.member {
		return true // the other members (splitMembers checks the sum)
	}
	total := wholeDead(last)
	if total == nil {
		return false
	}
	n, ord, _, _ := x.member(f.s)
	whole := total.count.BestOr(0)
	return n < whole && (ord == 0 || ord == whole)
}

// countSites reads a sentence whose counts are each told at a place of
// their own ("one person was killed in Kostiantynivka and three were
// injured in Toretsk", "18 were killed in A and 16 in B"): the places in
// order, one for each distinct place, when every whole count has its
// place (right after it, "in", "at" or "near", in its clause) and there
// are two places or more; nil otherwise. It marks each count with its
// place.
func countSites(a *analysis, f *frame) []int {
	s := f.s
	if s.countSitesRead {
		return s.countSiteList
	}
	s.countSitesRead = true
	if list := respectiveSites(a, f); list != nil {
		s.countSites, s.countSiteList = true, list
		return list
	}
	var list []int
	var sited []*casualty
	var at []int
	from := 0 // the first word after the count before
	for _, c := range f.cas {
		if c.subset || c.count.IsZero() || c.cumulative {
			continue
		}
		pi := countSite(a, s, c)
		if pi < 0 {
			pi = subjectSite(a, s, c, from)
		}
		from = s.wordAt(max(c.span.End, c.np.End)-1) + 1
		if pi < 0 {
			return nil
		}
		sited, at = append(sited, c), append(at, pi)
		if !slices.ContainsFunc(list, func(p int) bool { return sameName(a.places[p].Name, a.places[pi].Name) }) {
			list = append(list, pi)
		}
	}
	if len(list) < 2 {
		return nil
	}
	for k, c := range sited {
		c.at = at[k] + 1
	}
	s.countSites, s.countSiteList = true, list
	return list
}

// respectiveSites reads counts told with "respectively" after them
// against as many places named before ("strikes on Jabalia and Khan
// Younis killed 17 and 9 people respectively"): the n-th count is the
// n-th place's. It returns the places in order and marks each count with
// its place; nil when the sentence says no "respectively", or the counts
// and places are not as many.
func respectiveSites(a *analysis, f *frame) []int {
	s := f.s
	resp := -1
	for k, w := range s.words {
		if w.low == "respectively" {
			resp = k
		}
	}
	if resp < 0 {
		return nil
	}
	var counts []*casualty
	for _, c := range f.cas {
		if c.subset || c.count.IsZero() || c.cumulative {
			continue
		}
		if s.wordAt(c.np.Start) > resp {
			return nil
		}
		counts = append(counts, c)
	}
	var places []int
	for _, pi := range s.places {
		p := a.places[pi]
		if p.Admin || p.Prep == "" || s.wordAt(p.Span.Start) > resp {
			continue
		}
		if slices.ContainsFunc(places, func(q int) bool { return sameName(a.places[q].Name, p.Name) }) {
			return nil
		}
		places = append(places, pi)
	}
	if len(counts) < 2 || len(counts) != len(places) {
		return nil
	}
	sort.SliceStable(places, func(i, j int) bool { return a.places[places[i]].Span.Start < a.places[places[j]].Span.Start })
	sort.SliceStable(counts, func(i, j int) bool { return counts[i].np.Start < counts[j].np.Start })
	for k, c := range counts {
		c.at = places[k] + 1
	}
	return places
}

// daySites reads a sentence that lists acts each told at a place and a
// day of their own ("investigating the killing of a farmer in Bokkos on
// Saturday, the burning of houses in Mangu on Sunday and an attack on a
// post in Barkin Ladi on Monday in which two died"): acts at different
// places on different days are different incidents. Each place must be
// followed by its day before the next place, the days must not all be one,
// and each item must tell an act (a trigger or a count). The counts of each
// item are told at its place (c.at). Nil when the sentence is no such list.
func daySites(a *analysis, f *frame) []int {
	s := f.s
	if s.countSitesRead && s.countSites {
		return s.countSiteList
	}
	var ps []int
	for _, pi := range s.places {
		m := a.places[pi]
		if m.Admin || !sitePrep(strings.ToLower(m.Prep)) {
			continue
		}
		if len(ps) > 0 && sameName(a.places[ps[len(ps)-1]].Name, m.Name) {
			continue
		}
		ps = append(ps, pi)
	}
	if len(ps) < 2 {
		return nil
	}
	sort.Slice(ps, func(i, j int) bool { return a.places[ps[i]].Span.Start < a.places[ps[j]].Span.Start })
	starts := make([]int, len(ps)) // where each item begins: after the day of the one before
	days := map[string]bool{}
	for i, pi := range ps {
		end := s.span.End
		if i+1 < len(ps) {
			end = a.places[ps[i+1]].Span.Start
		}
		var d *timex.Expr
		for k := range s.times {
			t := &s.times[k]
			if t.Span.Start >= a.places[pi].Span.End && t.Span.End <= end && newsDay(t) && t.Kind == timex.Point {
				d = t
				break
			}
		}
		if d == nil {
			return nil
		}
		days[string(d.Date)] = true
		if i+1 < len(ps) {
			starts[i+1] = d.Span.End
		}
	}
	if len(days) < 2 {
		return nil
	}
	starts[0] = s.span.Start
	item := func(off int) int {
		k := -1
		for i := range starts {
			if off >= starts[i] {
				k = i
			}
		}
		return k
	}
	acts := make([]bool, len(ps))
	for _, t := range s.triggers {
		if !t.background && !t.irrealis {
			if k := item(s.words[t.i].span.Start); k >= 0 {
				acts[k] = true
			}
		}
	}
	for _, c := range f.cas {
		if k := item(c.span.Start); k >= 0 {
			acts[k] = true
		}
	}
	if slices.Contains(acts, false) {
		return nil
	}
	for _, c := range f.cas {
		if k := item(c.span.Start); k >= 0 {
			c.at = ps[k] + 1
		}
	}
	s.countSitesRead, s.countSites, s.countSiteList = true, true, ps
	return ps
}

// sharedSites reads a sentence whose toll is shared out over places right
// after it ("gunmen killed nine people, seven in Kaya and two in Dori"):
// the places of the parts in order, one for each distinct place; nil when
// no count is so shared. Each place is an incident of its own, counting
// its part (partAt); a count the parts leave out ("and wounded 20") is
// told at the first place only.
func sharedSites(a *analysis, f *frame) []int {
	var list []int
	var rest []*casualty
	var partSpans []sitrep.Span
	for _, c := range f.cas {
		for _, p := range c.parts {
			partSpans = append(partSpans, p.span)
		}
	}
	for _, c := range f.cas {
		if c.subset || c.count.IsZero() || c.cumulative || c.background {
			continue
		}
		if len(c.parts) < 2 {
			// (not a count read again as one of the parts: "two in
			// Kupiansk and one in Vovchansk", the "one" gapped)
			if slices.ContainsFunc(partSpans, func(sp sitrep.Span) bool { return sp.Contains(c.np) }) {
				c.subset = true // counted by its part
			} else {
				rest = append(rest, c)
			}
			continue
		}
		for _, p := range c.parts {
			if !slices.ContainsFunc(list, func(q int) bool { return sameName(a.places[q].Name, a.places[p.site-1].Name) }) {
				list = append(list, p.site-1)
			}
		}
	}
	if len(list) < 2 {
		return nil
	}
	for _, c := range rest {
		if c.at == 0 {
			c.at = list[0] + 1
		}
	}
	f.s.sharedSites = true
	return list
}

// countSite is the place told right after count c's words, in its clause
// ("killed in Kherson", "16 in Zaroumdareye"), or -1.
func countSite(a *analysis, s *sentence, c *casualty) int {
	end := s.wordAt(max(c.span.End, c.np.End) - 1)
	cl := s.clause[min(end, len(s.words)-1)]
	if pi := countSiteAfter(a, s, end, cl); pi >= 0 {
		return pi
	}
	return clauseSite(a, s, c, cl)
}

// clauseSite is the one place of a count's own clause when the clause
// tells its own act ("an air strike near Tessit killed about 30 fighters,
// while a patrol lost two soldiers to a roadside bomb near Menaka"): the
// clause's only place told where something happened ("in", "near", "north
// of") that is no province, or -1.
func clauseSite(a *analysis, s *sentence, c *casualty, cl int) int {
	act := false
	for _, t := range s.triggers {
		act = act || s.clause[t.i] == cl && !t.weak && !t.irrealis
	}
	if !act || s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)] != cl {
		return -1
	}
	site := -1
	for _, pi := range s.places {
		if k := s.wordAt(a.places[pi].Span.Start); k >= len(s.words) || s.clause[k] != cl || a.places[pi].Admin {
			continue
		}
		switch a.places[pi].Prep {
		case "", "from", "to", "towards", "between":
			continue // (a dateline, or a place gone to or from)
		}
		if site >= 0 && !sameName(a.places[site].Name, a.places[pi].Name) {
			return -1
		}
		site = pi
	}
	return site
}

// subjectSite is the place told inside the subject of an active count
// ("a bomb outside an office in Pishin killed 17 people and another at a
// party office in Qila Saifullah killed 11"): the last place told where
// something happened between word from (the end of the count before) and
// the verb of count c, when those words name an act of their own (an
// act's word, or "another", "a second" standing for one), or -1.
func subjectSite(a *analysis, s *sentence, c *casualty, from int) int {
	if c.np.Start <= c.span.Start {
		return -1 // a count before its verb ("17 were killed") is its own subject
	}
	verb := s.wordAt(c.span.Start)
	if verb <= from || verb >= len(s.words) {
		return -1
	}
	act := false
	for _, t := range s.triggers {
		act = act || t.i >= from && t.i < verb && !t.weak && !t.irrealis && !t.background
	}
	for k := from; k < verb && !act; k++ {
		switch s.words[k].low {
		case "another", "second", "third", "other":
			act = true
		}
	}
	if !act {
		return -1
	}
	site := -1
	for _, pi := range s.places {
		m := a.places[pi]
		if k := s.wordAt(m.Span.Start); k < from || k >= verb || m.Admin {
			continue
		}
		switch m.Prep {
		case "in", "at", "near", "outside", "inside", "on":
			site = pi
		}
	}
	return site
}

// countSiteAfter is the place told right after the word end of a count,
// in its clause cl, or -1.
func countSiteAfter(a *analysis, s *sentence, end, cl int) int {
	for k := end + 1; k < len(s.words) && k <= end+2; k++ {
		switch s.words[k].low {
		case "in", "at", "near":
		default:
			continue
		}
		if k+1 < len(s.words) && s.clause[k+1] == cl {
			if pi := a.placeStartingAt(s, k+1); pi >= 0 && !a.places[pi].Admin {
				return pi
			}
			if k+2 < len(s.words) && s.words[k+1].low == "the" {
				if pi := a.placeStartingAt(s, k+2); pi >= 0 && !a.places[pi].Admin {
					return pi
				}
			}
			// "killed in shelling of the village of Vovchansk", "wounded
			// in an air strike on Kherson": the place of the act that
			// hurt them
			if pi := actSite(a, s, k+1, cl); pi >= 0 {
				return pi
			}
			// "two civilians at a weekly fair in Boni", "three at a
			// checkpoint outside Gao": the place of the spot named first
			for j := k + 2; j < len(s.words) && j <= k+5 && s.clause[j] == cl; j++ {
				w := s.words[j]
				if w.punc || finiteVerb(w.low) || w.cap {
					break
				}
				if sitePrep(w.low) {
					if pi := a.placeStartingAt(s, j+1); pi >= 0 && !a.places[pi].Admin {
						return pi
					}
					break
				}
			}
		}
		return -1
	}
	return -1
}

// actSite returns the place named by "of" or "on" after an act's noun at
// word i ("shelling of the village of X", "an air strike on X"), in
// clause cl, or -1.
func actSite(a *analysis, s *sentence, i, cl int) int {
	if i < len(s.words) && (s.words[i].low == "a" || s.words[i].low == "an") {
		i++
	}
	if t := s.triggerAt(i); t == nil || !t.noun && s.words[i].low != "shelling" {
		return -1
	}
	for j := i + 1; j < len(s.words) && j <= i+7 && s.clause[j] == cl && !s.words[j].punc; j++ {
		if w := s.words[j-1].low; w != "of" && w != "on" {
			continue
		}
		if pi := a.placeStartingAt(s, j); pi >= 0 && !a.places[pi].Admin {
			return pi
		}
	}
	return -1
}

// allSited reports whether every whole count of a sentence is told at a
// locality right after it ("three people were killed in Pokrovsk").
func allSited(a *analysis, s *sentence) bool {
	n := 0
	for _, c := range s.cas {
		if c.subset || c.count.IsZero() {
			continue
		}
		if countSite(a, s, c) < 0 {
			return false
		}
		n++
	}
	return n > 0
}

// claimedActs marks a claim of responsibility whose object is the act
// told by a description of its own ("Islamic State claimed the Shaab
// bombing", "al-Shabaab claimed the checkpoint attack", "claimed both
// market blasts"): the verb of claiming, a determiner, at most three
// modifiers and a noun of an act, as the lexicon's "claimed the bombing"
// is. Not "claimed the lives of" (a toll taken).
func (s *sentence) claimedActs() {
	for i, w := range s.words {
		switch w.low {
		case "claimed", "claims", "claim", "claiming":
		default:
			continue
		}
		if i+2 >= len(s.words) || s.claimsLives(i) || s.markerAt("claim", i) {
			continue
		}
		switch s.words[i+1].low {
		case "the", "both", "this", "that", "these", "those", "its", "their":
		default:
			continue
		}
		for j := i + 2; j < len(s.words) && j <= i+5; j++ {
			if t := s.nounTriggerAt(j); t != nil {
				m := hit{i: i, n: t.i + t.n - i, val: "claim"}
				k := sort.Search(len(s.markers), func(k int) bool { return s.markers[k].i > i })
				s.markers = slices.Insert(s.markers, k, m)
				break
			}
			if v := s.words[j]; v.punc && v.low != "-" || objectStops[v.low] || isClauseBreak(v) {
				break
			}
		}
	}
}

// markerAt reports whether a marker of the name covers word i.
func (s *sentence) markerAt(name string, i int) bool {
	for _, m := range s.markers {
		if m.val.(string) == name && m.i <= i && i < m.i+m.n {
			return true
		}
	}
	return false
}

// nounTriggerAt is the trigger read as a noun that opens at word j, or nil.
func (s *sentence) nounTriggerAt(j int) *trigHit {
	for k := range s.triggers {
		if t := &s.triggers[k]; t.i == j && s.nounUse(t.i, t.trigger) {
			return t
		}
	}
	return nil
}

// describedAntecedent is the incident a definite description of an act
// names by its modifiers ("the Shaab bombing", "the checkpoint attack",
// "the second blast"), when the frame retells an act (its word points
// back, or it claims one) and the incident chosen is not the one
// described: an ordinal picks the incident told in that order among the
// candidates; a modifier word (a place, a site) picks the one candidate
// whose sentences hold that word, when exactly one does. Nil otherwise.
func describedAntecedent(f *frame, out []*incident, cands []int, target *incident) *incident {
	if f.best == nil || !f.s.nounUse(f.best.i, f.best.trigger) || !(f.best.anaphoric || f.claim || f.s.hasMarker("claim")) {
		return nil
	}
	s := f.s
	det := -1
	for k := f.best.i - 1; k >= 0 && k >= f.best.i-4; k-- {
		if w := s.words[k].low; w == "the" || w == "both" {
			det = k
			break
		}
		if v := s.words[k]; v.punc && v.low != "-" || isClauseBreak(v) {
			return nil
		}
	}
	if det < 0 || det+1 == f.best.i {
		return nil
	}
	var open []*incident
	for _, i := range cands {
		if in := out[i]; !blocked(in, f) {
			open = append(open, in)
		}
	}
	if len(open) < 2 {
		return nil
	}
	var found *incident
	for k := det + 1; k < f.best.i; k++ {
		w := s.words[k]
		if r := ordinalRank[w.low]; r > 0 {
			if r <= len(open) {
				found = open[r-1]
			}
			continue
		}
		if w.punc || w.num || len(w.low) < 3 || attackModifier[w.low] || describedStop[w.low] {
			continue
		}
		var has *incident
		for _, in := range open {
			if incidentHolds(in, f, w.low) {
				if has != nil {
					has = nil
					break
				}
				has = in
			}
		}
		if has != nil {
			found = has
		}
	}
	if found == target {
		return nil
	}
	return found
}

// describedStop are modifiers of an act that describe, not pick out, one
// ("the two attacks", "the other blast").
var describedStop = map[string]bool{"other": true, "two": true, "three": true, "both": true, "earlier": true, "later": true, "first": true, "second": true, "third": true, "last": true, "previous": true, "new": true, "fresh": true, "separate": true, "similar": true}

// ordinalRank is the place in a series an ordinal gives.
var ordinalRank = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}

// incidentHolds reports whether a sentence of the incident, other than the
// frame's own, holds word w.
func incidentHolds(in *incident, f *frame, w string) bool {
	for _, g := range in.frames {
		if g.s == f.s {
			continue
		}
		for _, v := range g.s.words {
			if v.low == w {
				return true
			}
		}
	}
	return false
}

// perfectTollAlone reports whether a frame tells only a toll in the
// present perfect ("The World Health Organization says more than 400
// people have been killed"), with no word of an act, no place and no day
// of its own: told alone, away from any incident it could update, it is a
// running total of the war, not an incident. (Not "were reported to have
// been killed": the perfect of a report, not of a running total.)
func perfectTollAlone(f *frame) bool {
	if f.best != nil || len(f.trigs) > 0 || len(f.places) > 0 || len(f.cas) == 0 || f.date != nil && newsDay(f.date) {
		return false
	}
	s := f.s
	for _, c := range f.cas {
		a, b := s.wordRange(c.span)
		perfect := false
		for k := max(a, 1); k < b && k < len(s.words); k++ {
			if s.words[k].low == "been" && (s.words[k-1].low == "have" || s.words[k-1].low == "has") && !(k >= 2 && s.words[k-2].low == "to") {
				perfect = true
			}
		}
		if !perfect {
			return false
		}
	}
	return true
}

// pursuitApart reports whether the sentence tells the other side's
// pursuit of the doers of an act told before (lexicon marker "pursuit":
// "pursued the attackers", "caught up with") or its search for them
// ("search": "searching the area", "a search operation") as a fight of
// its own: on a day or at a place the sentence names (not where the
// pursuers came from or went towards); or, for a pursuit, with dead of
// its own ("pursuing the attackers killed 15 of them"), for a search,
// told as a fight ("troops searching the area came under fire from a
// compound"). Pursuit told with none of these ("two soldiers were
// wounded when troops pursued the attackers towards the border") and a
// search that only adds its dead ("then launched a search operation in
// the area, killing three militants") are part of the act.
func (a *analysis) pursuitApart(s *sentence) bool {
	pursuit, search := s.hasMarker("pursuit"), s.hasMarker("search")
	if !pursuit && !search {
		return false
	}
	for _, t := range s.times {
		if t.Kind == timex.Point && t.Precision == sitrep.PrecisionDay && !t.Background && !t.Date.IsZero() {
			return true
		}
	}
	for _, pi := range s.places {
		switch a.places[pi].Prep {
		case "from", "towards", "toward", "to":
		default:
			return true
		}
	}
	if pursuit {
		for _, c := range s.cas {
			if c.kind == sitrep.Killed && !c.cumulative && !c.background && !c.count.IsZero() {
				return true
			}
		}
	}
	if search {
		for k := range s.words {
			if s.words[k].low == "under" && k+1 < len(s.words) && s.words[k+1].low == "fire" {
				return true
			}
			switch s.words[k].low {
			case "exchange", "gunfight", "firefight", "shootout", "clashed", "clashes":
				return true
			}
		}
	}
	return false
}

// fledBefore reports whether a verb of people fleeing ("fled", "fleeing",
// "escaped") stands in the sentence before word k: a place "towards"
// after it, however far, is where they went.
func fledBefore(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		switch s.words[j].low {
		case "fled", "fleeing", "flee", "flees", "escaped", "escaping":
			return true
		}
	}
	return false
}
