package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/textutil"
	"github.com/sitrep/sitrep/timex"
)

// The incident model: which sentences tell one incident.
//
// Sentences that tell something happened (frames) are read in order. Each
// frame either continues an incident already begun — a toll, a quote, a
// more precise place, the attackers' fate — or begins a new one. The
// choice is a linear model over named cues of the frame against each
// incident so far (the features below): the frame joins the incident of
// highest score when that score is 0 or more, and begins a new incident
// otherwise. A few things block joining outright, whatever the cues: a
// sentence saying it tells another incident ("in a separate attack"), and
// a day different from the incident's.
//
// The weights live in grouping.txt beside this file, one "feature weight"
// a line, so that they can be read and changed; they are fitted on the
// development sets' gold by logistic regression (see fit_test.go, and the
// command in grouping.txt's header).

//go:embed grouping.txt
var groupingText string

// feature names one cue of the incident model.
type feature int

const (
	fBias     feature = iota // always 1: the threshold
	fDistance                // sentences since the incident was last told (at most 5)
	fLatest                  // the incident is the one told last
	// how the frame's place stands to the incident's (at most one)
	fPlaceSame      // the same place
	fPlaceFromOnly  // the incident's place only as where fire came from ("mortar fire from Douma")
	fPlaceInside    // the frame's place lies inside the incident's: told more precisely
	fPlaceContains  // the frame's place contains the incident's
	fPlaceNear      // both placed, within 40 km of each other
	fPlaceRegion    // in the same province, or within 150 km
	fPlaceUnknown   // another place whose relation to the incident's is unknown (not in the gazetteer)
	fPlaceFar       // another place, further than 150 km or in another province or country
	fPlaceOtherTown // another town 40 to 150 km off, both told plainly as where the acts happened (not a province, district or anchor)
	fPlaceNew       // a place where the incident had none
	fNoPlace        // no place of its own
	// what the frame says
	fPointsBack     // a phrase pointing back ("the attack") or only adding to an incident
	fNoTrigger      // counts or places only, no word of what happened
	fFresh          // a word of what happened, not pointing back, with its own place or date
	fFreshElsewhere // ... at another place than the incident's (near, in the region, unknown or far)
	fAlsoAction     // its word of what happened is marked "also" or "another" ("also captured")
	fSpeech         // reported speech: a quote or "X said" (witnesses and officials retell)
	fFronted        // it opens with a setting of its own ("On Sunday, ...", "In Raqqa city, ...", "Moreover, ...")
	fAlso           // its counts are marked "also" ("were also killed")
	fOtherAction    // another kind of action (an arrest after a bombing)
	fOtherWeapon    // violence by other means (an air strike after shelling, a ground assault after an air raid)
	fNewActors      // names a side the incident, which names sides, does not
	fOtherAgent     // the side that acts in it is not the side that acts in the incident
	fOtherSideMeans // ... and by other means (coalition jets beside ground troops' clashes)
	fFixed          // the incident is one of several places listed together
	fCountSame      // a count equal to one of the incident's
	fCountClose     // a count near one of the incident's, or a toll that rose
	fCountOther     // a count of the same kind and side unlike the incident's
	fSameDay        // both dated to the same day
	fOtherPoint     // a different point in time, as written ("last Friday" after "on Wednesday"), where dates are unknown
	numFeatures
)

var featureNames = [numFeatures]string{
	fBias: "bias", fDistance: "distance", fLatest: "incident_told_last",
	fPlaceSame: "place_same", fPlaceFromOnly: "place_from_only", fPlaceInside: "place_inside",
	fPlaceContains: "place_contains", fPlaceNear: "place_near", fPlaceRegion: "place_region",
	fPlaceUnknown: "place_unknown_relation", fPlaceFar: "place_far", fPlaceOtherTown: "place_other_town", fPlaceNew: "place_new", fNoPlace: "no_place",
	fPointsBack: "points_back", fNoTrigger: "no_trigger", fFresh: "fresh_event", fFreshElsewhere: "fresh_event_elsewhere",
	fAlsoAction: "also_action", fSpeech: "reported_speech", fFronted: "fronted_setting",
	fAlso: "also", fOtherAction: "other_action", fOtherWeapon: "other_means", fNewActors: "new_actors", fOtherAgent: "other_agent", fOtherSideMeans: "other_agent_and_means", fFixed: "listed_place",
	fCountSame: "count_same", fCountClose: "count_close", fCountOther: "count_other",
	fSameDay: "same_day", fOtherPoint: "other_point_in_time",
}

// direction is the sign each cue's weight must have, as a linguist would
// say it: +1 a cue of the same incident, -1 a cue of another, 0 either
// (the fit decides). The fit keeps each weight on its side of zero, so
// that the model stays readable and a handful of odd examples cannot
// turn a cue around.
var direction = [numFeatures]float64{
	fDistance: -1, fLatest: +1,
	fPlaceSame: +1, fPlaceFromOnly: -1, fPlaceInside: +1, fPlaceContains: +1, fPlaceRegion: -1, fPlaceUnknown: -1, fPlaceFar: -1, fPlaceOtherTown: -1,
	fPointsBack: +1, fNoTrigger: +1, fFresh: -1, fFreshElsewhere: -1, fAlsoAction: -1, fSpeech: +1, fFronted: -1,
	fAlso: -1, fOtherAction: -1, fOtherWeapon: -1, fNewActors: -1, fOtherAgent: -1, fOtherSideMeans: -1, fFixed: -1,
	fCountSame: +1, fCountClose: +1, fCountOther: -1, fSameDay: +1, fOtherPoint: -1,
}

// features is the cue vector of one frame against one incident.
type features [numFeatures]float64

// weights is the incident model: a weight per feature.
type weights [numFeatures]float64

// score is the model's verdict: 0 or more joins.
func (w *weights) score(v *features) float64 {
	s := 0.0
	for i := range v {
		s += w[i] * v[i]
	}
	return s
}

// parseWeights reads "feature weight" lines; every feature must be given
// once.
func parseWeights(text, source string) (weights, error) {
	var w weights
	seen := map[string]bool{}
	byName := map[string]feature{}
	for i, n := range featureNames {
		byName[n] = feature(i)
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fs := strings.Fields(line)
		if len(fs) == 0 {
			continue
		}
		if len(fs) != 2 {
			return w, fmt.Errorf("%s:%d: want \"feature weight\", got %q", source, n, line)
		}
		f, ok := byName[fs[0]]
		if !ok {
			return w, fmt.Errorf("%s:%d: unknown feature %q", source, n, fs[0])
		}
		if seen[fs[0]] {
			return w, fmt.Errorf("%s:%d: feature %q given twice", source, n, fs[0])
		}
		v, err := strconv.ParseFloat(fs[1], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return w, fmt.Errorf("%s:%d: weight %q is not a number", source, n, fs[1])
		}
		seen[fs[0]] = true
		w[f] = v
	}
	for _, name := range featureNames {
		if !seen[name] {
			return w, fmt.Errorf("%s: no weight for feature %q", source, name)
		}
	}
	return w, nil
}

// defaultWeights is the embedded model.
var defaultWeights = func() weights {
	w, err := parseWeights(groupingText, "grouping.txt")
	if err != nil {
		panic(err)
	}
	return w
}()

// blocked reports whether frame f cannot continue incident in, whatever
// its cues: it says it tells another incident, or it is dated to another
// day (a day something was only said on does not count).
func blocked(in *incident, f *frame) bool {
	return f.separate || !compatibleDates(eventDay(in.date), frameDay(f)) || arrestsApart(in, f) || toldDaysBack(in, f) || earlierInPerfect(in, f) || earlierByOtherMeans(in, f) || itemsApart(in, f) || strikeBesideCapture(in, f)
}

// strikeBesideCapture reports a frame that tells, anew, a blow struck
// from afar or by a suicide bomb (a suicide car bomb, an air strike,
// shelling)
// against an incident told only as ground taken ("seized full control of
// Ramadi" then "hours after a wave of suicide car bombs had been driven
// into police positions in al-Malaab"): coders record the bombing as an
// incident of its own beside the capture it served.
func strikeBesideCapture(in *incident, f *frame) bool {
	if f.best == nil || f.best.anaphoric || f.best.weak || f.attachOnly {
		return false
	}
	if d := eventDay(f.date); d != nil && (d.Background || d.Precision == sitrep.PrecisionYear) {
		return false // (history: "the minaret survived air raids during the invasion in 2003")
	}
	switch f.best.class.name {
	case "suicide", "air", "shelling":
	case "blast":
		if !f.best.trigger.noun {
			return false // ("the insurgents blew up the mosque as the troops closed in": the losers' demolition, a step of the capture)
		}
	default:
		// (not mines and booby traps: what a side leaves behind in the
		// ground it loses, the capture's own dead, or what engineers clear)
		return false
	}
	told := false
	for _, g := range in.frames {
		if g.best == nil {
			continue
		}
		if g.best.class.name != "gain" {
			return false
		}
		told = true
	}
	return told
}

// itemsApart reports a frame in another labelled item of a statement than
// the incident's first ("Oicha, Beni territory (23 November)." then
// "Rhoe displacement site, Djugu territory (24 November)."): each item is
// an incident of its own.
func itemsApart(in *incident, f *frame) bool {
	a, b := in.frames[0].s.item, f.s.item
	return a != 0 && b != 0 && a != b
}

// earlierByOtherMeans reports a frame that opens by setting its act hours
// before the incident told ("Hours earlier, a mortar round fired by the
// militants landed near the palace", "Earlier in the day, a drone struck
// a car") and tells violence by other means than the incident's: another
// incident of the same day, not a step of the one told. (An act by the
// incident's own means told so may be how it began: "Hours earlier,
// gunmen had stormed the hotel".)
func earlierByOtherMeans(in *incident, f *frame) bool {
	if f.best == nil || f.best.anaphoric || f.attachOnly || !otherMeans(in, f) {
		return false
	}
	for _, m := range f.s.markers {
		if m.val.(string) == "earlier" && m.i <= 1 {
			return true
		}
	}
	return false
}

// earlierInPerfect reports a frame whose act is told in the past perfect
// at a point in time of its own other than the incident's ("police purged
// 14 villages on Tuesday" then "militants had blown up a pylon on
// Monday"): the tense sets it before the news, as another incident, even
// where the days cannot be dated.
func earlierInPerfect(in *incident, f *frame) bool {
	if f.best == nil || f.best.anaphoric || f.attachOnly || f.when == "" || in.when == "" || f.when == in.when {
		return false
	}
	lead := in.frames[0]
	return f.s.pastPerfect(f.best.i) && !(lead.best != nil && lead.s.pastPerfect(lead.best.i))
}

// toldDaysBack reports a frame whose act is told days or more back from
// the report ("blew up the mosque a week ago", "three days ago") against
// an incident told with no point of its own but the day it was said or
// happened on ("troops captured the mosque, the prime minister said on
// Thursday"): an earlier day than the incident's, as a date of its own
// would be.
func toldDaysBack(in *incident, f *frame) bool {
	return in.when == "" && f.best != nil && !f.best.anaphoric && daysBack(f.when) && newsDayTold(in)
}

// arrestsApart reports whether one of a frame and an incident tells
// arrests and the other does not: coders record arrests as incidents of
// their own, even of the attackers of an attack just told.
func arrestsApart(in *incident, f *frame) bool {
	if f.best == nil || f.attachOnly {
		return false
	}
	var lead *trigHit
	for _, g := range in.frames {
		if g.best != nil {
			lead = g.best
			break
		}
	}
	if lead == nil {
		return false
	}
	return (f.best.class.name == "arrest") != (lead.class.name == "arrest") && !f.best.weak && !lead.weak
}

// frameDay is the day a frame dates its event to, nil when it dates none:
// a sentence with no word of what happened dates some other verb ("11
// bodies were buried on Monday").
func frameDay(f *frame) *timex.Expr {
	d := eventDay(f.date)
	if d != nil && f.best != nil && f.best.anaphoric && riseOfToll(f, d) {
		// "bringing the death toll from the strike to 23 on Monday": the
		// act inside the toll's phrase points back at the incident; the
		// day is the day the toll rose
		return nil
	}
	if d == nil || f.best != nil {
		return d
	}
	// counts alone: the day dates their fate only when it follows the
	// words of it with no other verb between ("three soldiers were killed
	// on Monday", not "11 bodies were buried on Monday")
	s := f.s
	at := s.wordAt(d.Span.Start)
	// "the violence continued on Sunday, when another 12 people were
	// killed": the day "when" hangs on dates the counts of its clause
	if k := s.wordAt(d.Span.End-1) + 1; k < len(s.words) {
		if s.words[k].low == "," && k+1 < len(s.words) {
			k++
		}
		if s.words[k].low == "when" {
			for _, c := range f.cas {
				if i := s.wordAt(c.span.Start); i > k && i < len(s.words) && s.clause[i] == s.clause[k] {
					return d
				}
			}
		}
		// "launched an operation in the area on Monday, killing three
		// militants": the day of the act whose participle tells the fate
		if strings.HasSuffix(s.words[k].low, "ing") {
			for _, c := range f.cas {
				if s.wordAt(c.span.Start) == k {
					return d
				}
			}
		}
	}
	for _, c := range f.cas {
		end := s.wordAt(c.span.End - 1)
		if end >= at || at-end > 9 {
			continue
		}
		if s.underCareWords(c) {
			continue // "11 were still in hospital on Saturday": the day of a state, not of the act
		}
		if s.receivedBefore(s.wordAt(c.span.Start)) {
			continue // "the hospital received four bodies and six wounded people on Thursday": the day they came in
		}
		// (further than four words only through phrases of place or
		// manner that hang on a verb told before its count: "killed 11
		// insurgents in a clearance operation around the Sambisa forest
		// the previous day", not "the bodies of the seven officers were
		// flown to Sittwe on Saturday" nor "the two wounded officers were
		// being treated at the Sittwe general hospital on Saturday")
		far := at-end > 4
		verb := far && (!casualtyPrep[s.words[end+1].low] || !verbFirst(s.words[s.wordAt(c.span.Start)].low))
		for k := end + 1; k < at; k++ {
			w := s.words[k].low
			if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || passiveAux[w] || isClauseBreak(s.words[k]) || far && (auxiliary(w) || w == "been" || w == "being") {
				verb = true
			}
		}
		if !verb {
			return d
		}
	}
	return nil
}

// receivedBefore reports whether the count at word i is the object of a
// verb of taking in the dead or the hurt ("received four bodies and six
// wounded people", "admitted 12 injured", "buried the seven dead"), a
// few words before it in its clause: a day after the count dates that
// verb, not what befell them.
func (s *sentence) receivedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.words[k]
		if isClauseBreak(w) || w.punc && w.low != "," {
			return false
		}
		switch w.low {
		case "received", "admitted", "buried", "brought", "collected", "identified", "treated", "evacuated", "transferred":
			return true
		}
	}
	return false
}

// verbFirst reports whether a count's phrase opens with its verb of
// violence ("killed 11 insurgents", "killing five"), not with its count.
func verbFirst(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// casualtyPrep are the prepositions that open a phrase of place or
// manner after a count's verb ("killed 11 insurgents in a raid near ...").
var casualtyPrep = map[string]bool{"in": true, "at": true, "near": true, "around": true, "during": true, "outside": true, "inside": true, "on": true}

// riseOfToll reports whether frame f tells a risen toll whose phrase holds
// the frame's act ("the death toll from the strike rose to 23") but not
// its day d ("the toll from Monday's attack" dates the attack).
func riseOfToll(f *frame, d *timex.Expr) bool {
	s := f.s
	for _, c := range f.cas {
		if !c.toll {
			continue
		}
		a, b := s.wordAt(c.span.Start), s.wordAt(c.span.End-1)
		if f.best.i >= a && f.best.i <= b && (d.Span.End <= c.span.Start || d.Span.Start >= c.span.End) {
			return true
		}
	}
	return false
}

// eventDay is a date expression when it dates an event, nil when it is
// only the day something was said.
func eventDay(e *timex.Expr) *timex.Expr {
	if e == nil || e.Kind == timex.Reporting {
		return nil
	}
	return e
}

// cues reads the features of frame f against incident in; latest says
// whether in is the incident told last.
func (x *Extractor) cues(a *analysis, in *incident, f *frame, latest bool) features {
	var v features
	v[fBias] = 1
	if in.when != "" && f.when != "" && in.when != f.when && (in.date == nil || f.date == nil) {
		v[fOtherPoint] = 1
	}
	if in.when == "" && daysBack(f.when) && newsDayTold(in) {
		// "... said on Thursday, after troops captured the mosque" then
		// "the insurgents blew up the mosque a week ago": a time days
		// back from the report is another point than the news it leads
		// with
		v[fOtherPoint] = 1
	}
	if d, e := eventDay(in.date), frameDay(f); d != nil && e != nil && d.Precision == sitrep.PrecisionDay && d.Date == e.Date {
		v[fSameDay] = 1
	}
	dist := min(f.s.idx-in.last().s.idx, 5)
	if first := in.frames[0].s.idx; f.s.idx < first {
		dist = min(first-f.s.idx, 5) // a claim told before its attack
	}
	v[fDistance] = float64(dist)
	if latest {
		v[fLatest] = 1
	}
	rel := placeRelation(a, in, f)
	v[rel] = 1
	if f.anaphor || f.attachOnly {
		v[fPointsBack] = 1
	}
	if f.best == nil && !f.actsAnew(a) && !(f.countsAtOwnTown(a) && townApart(rel)) {
		v[fNoTrigger] = 1
	} else if f.best == nil {
		// "Herders also killed two farmers in Nasarawa state on
		// Sunday": a side that kills, told at a place of its own, tells
		// an act of its own though no word of attack names it
		v[fFresh] = 1
		switch rel {
		case fPlaceNear, fPlaceRegion, fPlaceOtherTown, fPlaceUnknown, fPlaceFar:
			v[fFreshElsewhere] = 1
		}
	} else {
		// (a scene set in the progressive and broken by the act, with no
		// day of its own, tells how the act told before came about: "the
		// team was guarding road works when the device went off")
		// (a weak word of it, "gunmen", "shot", with a side that kills
		// told at a place of its own, is an act of its own as much as a
		// killing told with no word of attack: "Gunmen shot dead three
		// policemen at a checkpoint in Tikrit")
		// (nor the same act told again: at the incident's very place, by
		// its means, with no day and no dead of its own: "Russia's Defence
		// Ministry said its aircraft had struck a command post in Maarat
		// al-Numan" after air strikes there; a blast there with dead of
		// its own may be another)
		if !f.best.anaphoric && (!f.best.weak || !f.anaphor && f.actsAnew(a)) && (f.sited(a) || frameDay(f) != nil) && !(frameDay(f) == nil && f.s.sceneBrokenBy(f.best)) &&
			!(rel == fPlaceSame && frameDay(f) == nil && len(f.cas) == 0 && sameMeans(in, f)) {
			v[fFresh] = 1
			switch rel {
			case fPlaceNear, fPlaceRegion, fPlaceOtherTown, fPlaceUnknown, fPlaceFar:
				v[fFreshElsewhere] = 1
			}
		}
		if f.s.markerBefore("also", f.best.i, 3) {
			v[fAlsoAction] = 1
		}
	}
	if f.s.reportedSpeech() {
		v[fSpeech] = 1
	}
	if a.frontedSetting(f.s) {
		v[fFronted] = 1
	}
	if allAlso(f) && len(f.cas) > 0 {
		v[fAlso] = 1
	}
	if differentAction(in, f) && !f.attachOnly {
		v[fOtherAction] = 1
	} else if otherMeans(in, f) && !f.attachOnly {
		v[fOtherWeapon] = 1
	}
	if x.newActors(in, f) {
		v[fNewActors] = 1
	}
	if g, h := in.agent, x.agentOf(a, f); g != nil && h != nil && !sameSide(g, h) && !f.answer {
		v[fOtherAgent] = 1
		if v[fOtherWeapon] != 0 {
			v[fOtherSideMeans] = 1
		}
	}
	if in.fixed {
		v[fFixed] = 1
	}
	v[fCountSame], v[fCountClose], v[fCountOther] = countVerdict(in, f)
	if f.claim && f.best == nil {
		v[fCountSame], v[fCountClose], v[fCountOther] = 0, 0, 0 // a side's claimed toll says nothing of which incident it is
	}
	if v[fFresh] != 0 && (rel == fPlaceNear || rel == fPlaceRegion || rel == fPlaceOtherTown || rel == fPlaceFar) {
		// an act of its own told at another town: a toll that happens to
		// be the incident's says nothing of it ("a bomb killed three in
		// Baquba ... gunmen shot dead three policemen in Tikrit"), nor
		// does the day, which a day's round-up shares ("the same day")
		v[fCountSame], v[fCountClose], v[fSameDay] = 0, 0, 0
	}
	if f.answer {
		// (the attackers' dead are another count by nature, and the side
		// that killed them another agent)
		v[fCountOther] = 0
	}
	return v
}

// actsAnew reports whether a frame with no word of attack tells an act by
// a killing verb in the active voice, with its subject before it ("Herders
// also killed two farmers", not "two farmers were killed" nor "...,
// killing two farmers"), at a place it plainly puts the act in.
func (f *frame) actsAnew(a *analysis) bool {
	if len(f.places) == 0 || f.places[0].score < placeRoleFirm {
		return false
	}
	s := f.s
	for _, c := range f.cas {
		if c.kind != sitrep.Killed && c.kind != sitrep.Wounded {
			continue
		}
		i := s.wordAt(c.span.Start)
		if i < 1 || i >= len(s.words) {
			continue
		}
		switch s.words[i].low {
		case "killed", "wounded", "injured", "shot":
		default:
			continue
		}
		j := i - 1
		if s.words[j].low == "also" && j > 0 {
			j--
		}
		w := s.words[j]
		if s.clause[j] != s.clause[i] || isClauseBreak(w) {
			continue
		}
		switch w.low {
		case "had", "have", "has":
			// "the army said it had killed seven ADF fighters near
			// Eringeti": a perfect's subject killed, as a plain past's
			// does (not a relative's: "who had killed")
			if j < 1 || s.clause[j-1] != s.clause[i] {
				continue
			}
			if v := s.words[j-1]; v.low == "it" || v.low == "they" || v.low == "we" || !relative(v.low) && v.low != "that" && (v.cap || strings.HasSuffix(v.low, "s")) {
				return true
			}
			continue
		case "was", "were", "been", "be", "being", "is", "are", "who", "which", "that":
			continue
		}
		if w.cap || strings.HasSuffix(w.low, "s") {
			return true
		}
	}
	return false
}

// countsAtOwnTown reports whether a frame with no word of attack tells
// its own count of the dead or the hurt, in the passive or with a verb of
// dying, at a town it plainly puts them in ("A woman was killed in the
// village of Bilozerka", "Three people were wounded in Kurakhove"): in a
// round-up of a day's harm, the next town's victims, an incident of their
// own. Counts that point back or add to one told (parts, "also", "more",
// "the wounded") are none of this.
func (f *frame) countsAtOwnTown(a *analysis) bool {
	if f.anaphor || f.attachOnly || f.answer || f.member || len(f.places) == 0 || f.places[0].score < placeRoleFirm {
		return false
	}
	if f.s.cumulative || f.s.reportedSpeech() {
		return false
	}
	told := false
	for _, c := range f.cas {
		if c.kind != sitrep.Killed && c.kind != sitrep.Wounded {
			continue
		}
		if c.subset || c.also || c.toll || c.count.Best == nil || c.vague {
			return false
		}
		told = true
	}
	return told
}

// townApart reports whether a place relation puts a frame at another town
// than the incident's: near it, another town, or far.
func townApart(rel feature) bool {
	return rel == fPlaceNear || rel == fPlaceOtherTown || rel == fPlaceFar
}

// provinceTold reports whether frame f names the province admin1 as a
// place of its own ("in the southeastern province of Ghazni").
func provinceTold(a *analysis, f *frame, admin1 string) bool {
	for _, m := range f.s.places {
		if q := a.places[m]; q.Admin && (sameName(q.Location.Name, admin1) || sameName(q.Location.Admin1, admin1)) {
			return true
		}
	}
	return false
}

// townOfIncident is the first place the incident's frames name that the
// gazetteer knows as a town, with a point: the town a part of it the
// gazetteer lacks lies in; nil when none is named.
func (a *analysis) townOfIncident(in *incident) *gazetteer.Mention {
	for _, f := range in.frames {
		for _, c := range f.places {
			if m := &a.places[c.m]; m.Place != nil && !m.Admin && m.Location.HasPoint() {
				return m
			}
		}
	}
	return nil
}

// placeRelation is the feature saying how frame f's place stands to
// incident in's.
func placeRelation(a *analysis, in *incident, f *frame) feature {
	switch {
	case !f.sited(a) && in.place >= 0:
		for _, o := range f.origins {
			if samePlace(a.places[in.place], a.places[o]) {
				return fPlaceFromOnly // fire came from the incident's place: the other side's act
			}
		}
		return fNoPlace
	case !f.sited(a):
		return fNoPlace
	case in.place < 0:
		return fPlaceNew
	}
	p, cur := a.places[f.places[0].m], a.places[in.place]
	switch {
	case samePlace(cur, p) && f.places[0].score < 1:
		return fPlaceFromOnly
	case samePlace(cur, p):
		return fPlaceSame
	case (inside(cur, p) || a.putsIn(p, cur)) && !a.toldApart(f.s, p, cur):
		return fPlaceInside
	case inside(p, cur) || a.putsIn(cur, p):
		return fPlaceContains
	case namesPlace(a.text, f, cur.Name):
		return fPlaceInside // "the mosque in Kabas" after "the neighbourhood of al-Kabas"
	}
	// another place: how far it lies matters only when the sentence
	// plainly puts its event there (not a place named in passing: an
	// anchor, a road's ends, where a side is from)
	if f.places[0].score < placeRoleFirm {
		return fPlaceUnknown
	}
	if !cur.Location.HasPoint() && p.Place != nil && p.Location.HasPoint() {
		// a part of a town the gazetteer lacks ("the Renacimiento
		// neighbourhood") is measured by the town the incident's own
		// sentences name with it ("In Acapulco, ...")
		if town := a.townOfIncident(in); town != nil && !samePlace(*town, p) && !inside(p, *town) && !inside(*town, p) {
			cur = *town
		}
	}
	pl, cl := p.Location, cur.Location
	if pl.Country != "" && cl.Country != "" && pl.Country != cl.Country {
		return fPlaceFar
	}
	if p.Place == nil && !p.Admin || cur.Place == nil && !cur.Admin || !pl.HasPoint() || !cl.HasPoint() {
		// a place the gazetteer lacks is still known by the province the
		// report puts it in ("the village of Yelewata in Benue state"):
		// a province of its own apart from that one is another province
		if pl.Admin1 != "" && cl.Admin1 != "" && (p.Admin || cur.Admin) && !sameName(pl.Admin1, cl.Admin1) {
			return fPlaceFar
		}
		return fPlaceUnknown
	}
	d := gazetteer.Distance(*pl.Lat, *pl.Lon, *cl.Lat, *cl.Lon)
	switch {
	case p.Admin && pl.Admin1 != "" && sameName(pl.Admin1, cl.Admin1), cur.Admin && cl.Admin1 != "" && sameName(pl.Admin1, cl.Admin1):
		return fPlaceRegion // a province and a place in it
	case d <= 40:
		return fPlaceNear
	case pl.Admin1 != "" && cl.Admin1 != "" && !sameName(pl.Admin1, cl.Admin1) && provinceTold(a, f, pl.Admin1):
		// (another province, which the sentence names, more than 40 km
		// off: "the police headquarters in Gardez" and "the headquarters
		// of Andar district in the southeastern province of Ghazni")
		return fPlaceFar
	case d <= 150 || pl.Admin1 != "" && pl.Admin1 == cl.Admin1:
		if plainTown(p, true) && plainTown(cur, false) {
			return fPlaceOtherTown // "a bomb in Baquba ... gunmen in Tikrit"
		}
		return fPlaceRegion
	}
	return fPlaceFar
}

// sited reports whether a frame tells a place its act happened at: a
// place fire was sent from ("the shells were fired from the Hodan
// district") is not one.
func (f *frame) sited(a *analysis) bool {
	if len(f.places) == 0 {
		return false
	}
	for _, pc := range f.places {
		if speakersPlace(f.s, f, a.places[pc.m]) {
			continue // "the governor's office in Buea said ... were attacked": where the news was told
		}
		if !slices.Contains(f.origins, pc.m) || !f.s.launchedFrom(a.places[pc.m]) {
			return true
		}
	}
	return false
}

// launchedFrom reports whether place m is told as where fire was sent
// from: "from" (and at most a determiner) before it, a verb putting
// weapons to use (launchVerbs) before that ("were fired from the Hodan district"); not "a few metres
// away from the road", "fishermen from the village of X", nor "shelling
// from the township" (where the gold keeps the place the report gives).
func (s *sentence) launchedFrom(m gazetteer.Mention) bool {
	k := s.wordAt(m.Span.Start) - 1
	if k >= 0 && k < len(s.words) && s.words[k].low == "the" {
		k--
	}
	return k >= 1 && k < len(s.words) && s.words[k].low == "from" && launchVerbs[s.words[k-1].low]
}

// plainTown reports whether a place is a settlement the gazetteer knows,
// told as where something happened ("in Tikrit", "the town of X"), not
// a province or district, nor an anchor ("west of Mosul"); near says
// whether a town told as near the act counts ("gunmen shot dead eight
// herders near Gubio": yes for the new sentence's place, not for the
// incident's, which a retelling may put at a town beside it: "a market
// near Hodeida" then "the town of Bayt al-Faqih").
func plainTown(m gazetteer.Mention, near bool) bool {
	if m.Place == nil || m.Admin || m.Place.Feature == "" || m.Place.Feature[0] != 'P' || gazetteer.DivisionCue(m.Cue) || isAnchor(m.Prep) {
		return false
	}
	switch strings.ToLower(m.Prep) {
	case "near", "around", "outside":
		return near
	case "from", "towards", "toward", "to", "between":
		return false
	}
	return true
}

// toldApart reports whether sentence s puts place p in a direction from
// place outer ("Dibis, north of Kirkuk", "a village south-east of Hawija"):
// a settlement of its own, at its own point some way off, lies outside
// the town it is told from, in its surroundings, however the report
// encloses it. A part of a town told so ("the Zanjili district, west of
// Mosul") stays in it.
func (a *analysis) toldApart(s *sentence, p, outer gazetteer.Mention) bool {
	if p.Place == nil || p.Admin || p.Place.Feature == "" || p.Place.Feature[0] != 'P' || p.Place.Feature == "P.PPLX" {
		return false
	}
	switch p.Cue {
	case "neighbourhood", "district", "area":
		return false
	}
	if !p.Location.HasPoint() || !outer.Location.HasPoint() ||
		gazetteer.Distance(*p.Location.Lat, *p.Location.Lon, *outer.Location.Lat, *outer.Location.Lon) <= townReachKM {
		return false
	}
	for _, pi := range s.places {
		m := a.places[pi]
		if m.Span.Start >= p.Span.End && sameName(m.Name, outer.Name) &&
			strings.HasSuffix(m.Prep, " of") && compassWord(strings.TrimSuffix(m.Prep, " of")) {
			return true
		}
	}
	return false
}

// townReachKM is how far from a town's point its own streets may lie: a
// place further off is another settlement.
const townReachKM = 10

// putsIn reports whether the report puts place p inside place outer,
// directly ("Igasan village in Patikul") or through the places it puts
// p's enclosing place in ("…, Patikul, Sulu": Igasan is in Sulu too).
func (a *analysis) putsIn(p, outer gazetteer.Mention) bool {
	if a.enclosing == nil {
		a.enclosing = map[string]string{}
		for _, m := range a.places {
			k := textutil.NameKey(m.Name)
			if _, ok := a.enclosing[k]; !ok && m.Within != "" && !m.WithinMain {
				a.enclosing[k] = m.Within
			}
		}
	}
	if p.WithinMain {
		return false
	}
	up := p.Within
	for step := 0; step < 3 && up != ""; step++ {
		if sameName(up, outer.Name) {
			return true
		}
		up = a.enclosing[textutil.NameKey(up)]
	}
	return false
}

// placeRoleFirm is the score at which a sentence's best place is plainly
// where its event happened ("in X", "the village of X", "attacked X"):
// placeCandidates gives such places 3.5 and more.
const placeRoleFirm = 3.5

// affinity is the model's score of frame f continuing incident in: 0 or
// more joins; a blocked pair scores -10.
func (x *Extractor) affinity(a *analysis, in *incident, f *frame, latest bool) float64 {
	if blocked(in, f) {
		return -10
	}
	v := x.cues(a, in, f, latest)
	return x.weights.score(&v)
}

// reportedSpeech reports whether a sentence quotes someone: witnesses and
// officials retell the incident in their own words.
func (s *sentence) reportedSpeech() bool {
	for _, w := range s.words {
		if w.punc && w.low == `"` {
			return true
		}
	}
	return false
}

// explainCues says how the model scored frame f against incident in: the
// total and each cue present with its weight.
func (x *Extractor) explainCues(a *analysis, in *incident, f *frame, latest bool) string {
	if blocked(in, f) {
		if f.separate {
			return "blocked: the sentence tells another incident"
		}
		if arrestsApart(in, f) {
			return "blocked: arrests are an incident of their own"
		}
		return "blocked: another day"
	}
	v := x.cues(a, in, f, latest)
	var parts []string
	for i, c := range v {
		if c != 0 && x.weights[i] != 0 {
			parts = append(parts, fmt.Sprintf("%s %+.1f", featureNames[i], x.weights[i]*c))
		}
	}
	return fmt.Sprintf("score %.2f (%s)", x.weights.score(&v), strings.Join(parts, ", "))
}

// agentOf is the side a frame tells as acting, if it tells one: the
// side of most weight in the acting role, the first told on a tie. It is
// read once per frame.
func (x *Extractor) agentOf(a *analysis, f *frame) *actors.Actor {
	if f.agentRead {
		return f.agent
	}
	total := map[string]float64{}
	for _, c := range x.actingCands(a, f, 1) {
		total[c.actor.Name] += c.strength
		if f.agent == nil || total[c.actor.Name] > total[f.agent.Name] {
			f.agent = c.actor
		}
	}
	f.agentRead = true
	return f.agent
}

// means groups the classes of violence by how it was done: from the air,
// by shelling, by explosives set off on the ground, or by men on the
// ground; "" for words that say nothing of how ("attack", "kill").
func means(class string) string {
	switch class {
	case "air":
		return "air"
	case "shelling":
		return "shelling"
	case "suicide", "ied", "blast", "grenade", "chemical":
		return "explosive"
	case "clash", "assault", "execute":
		return "ground"
	}
	return ""
}

// sameMeans reports whether a frame tells violence by a means the
// incident's own words tell plainly.
func sameMeans(in *incident, f *frame) bool {
	if f.best == nil || f.best.weak {
		return false
	}
	m := f.s.meansOf(f.best)
	return m != "" && in.means[m]
}

// otherMeans reports whether a frame tells violence done by other means
// than the incident's own, both said plainly (not as campaign words).
func otherMeans(in *incident, f *frame) bool {
	if f.best == nil || f.best.weak || f.s.meansOf(f.best) == "" {
		return false
	}
	return len(in.means) > 0 && !in.means[f.s.meansOf(f.best)]
}

// meansOf is means for trigger t of sentence s, but "" for an ambush: a
// surprise attack from hiding, told of bombs as well as of guns ("an
// ambush by Maoists" is the roadside bomb told beside it).
func (s *sentence) meansOf(t *trigHit) string {
	if strings.HasPrefix(s.words[t.i].low, "ambush") {
		return ""
	}
	return means(t.class.name)
}

// actingCands are the guesses at the side acting in a frame: frameRoles'
// readings as acting, less an armed group read as taking a place back
// ("an end to ISIS's state, following the recapture of the mosque"): a
// place is taken back from such a group by the state's side, unless the
// group is the subject of the verb ("IS militants retook the village"),
// as the record's roles are read (build).
func (x *Extractor) actingCands(a *analysis, f *frame, weight float64) []roleCand {
	var out []roleCand
	takeBack := f.best != nil && f.best.class.name == "gain" &&
		(isTakeBack(f.s.words[f.best.i].low) || f.best.i > 0 && f.s.words[f.best.i-1].low == "re")
	for _, c := range x.frameRoles(a, f, weight) {
		if c.role != 1 {
			continue
		}
		if takeBack && isArmedGroup(c.actor) && !gainVerbAfter(f.s, c.span) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// daysBack reports a point in time told as days or more back from the
// report ("a week ago", "three days ago", "last week", "last month").
func daysBack(when string) bool {
	if strings.HasPrefix(when, "last week") || strings.HasPrefix(when, "last month") {
		return true
	}
	if !strings.HasSuffix(when, " ago") {
		return false
	}
	return strings.Contains(when, "day") && !strings.HasPrefix(when, "a day") && !strings.HasPrefix(when, "one day") || strings.Contains(when, "week") || strings.Contains(when, "month")
}

// newsDayTold reports whether an incident's sentences tell a day of the
// week or of the month it was said or happened on ("said on Thursday"):
// the report's news day.
func newsDayTold(in *incident) bool {
	for _, f := range in.frames {
		for _, e := range f.s.times {
			if e.Precision == sitrep.PrecisionDay && !e.Background && (e.Kind == timex.Reporting || e.Kind == timex.Point) && (e.Weekday > 0 || e.Day > 0 || !e.Date.IsZero()) {
				return true
			}
		}
	}
	return false
}

// sceneBrokenBy reports whether trigger t stands in a clause opened by
// "when" after a main clause in the progressive ("the patrol was
// crossing the bridge when a mine exploded"): the act that broke in on a
// scene.
func (s *sentence) sceneBrokenBy(t *trigHit) bool {
	if len(s.clause) != len(s.words) || t.i >= len(s.words) {
		return false
	}
	c := s.clause[t.i]
	w := -1 // the "when" opening the trigger's clause
	for k := t.i; k >= 0 && s.clause[k] == c; k-- {
		if s.words[k].low == "when" {
			w = k
			break
		}
	}
	if w < 2 {
		return false
	}
	for k := 0; k+1 < w; k++ {
		if s.clauseKindAt(k) != mainClause {
			continue
		}
		if s.progressiveAt(k, w) {
			return true
		}
	}
	return false
}

// progressiveAt reports whether word k opens a verb in the past
// progressive before word end ("was guarding", "were patrolling", "were
// on patrol"): a scene going on.
func (s *sentence) progressiveAt(k, end int) bool {
	if l := s.words[k].low; l != "was" && l != "were" || k+1 >= end {
		return false
	}
	n := s.words[k+1].low
	return strings.HasSuffix(n, "ing") || n == "on" && k+2 < end && (s.words[k+2].low == "patrol" || s.words[k+2].low == "duty")
}
