package merge

import (
	"fmt"
	"math"
	"strings"
	"sync"
)

// The merge rules in one place.
//
// Two records are compared aspect by aspect: where, when, what kind of
// incident, how many killed and wounded, who. Each aspect gives one named
// relation ("same place", "next day", …); the table below gives each
// relation a weight, or blocks the pair outright. Records whose weights add
// up to Threshold or more, and that nothing blocks, are candidates for one
// incident; see Group for how candidates become incidents.
//
// The weights are set by hand, to be read: a shared place and a shared kind
// of incident are not enough on their own (two bombings in one town on one
// day are common); a third agreement — the same day, the same toll, the
// same named side — is.

// Threshold is the score at which two records may be one incident.
const Threshold = 3.0

// Block is the weight of a relation that rules a pair out: the two are
// never in one incident, whatever else ties them.
var Block = math.Inf(-1)

// Gate is the weight of a relation that keeps a pair from being a
// candidate on its own, without ruling it out: it says too little, not
// something against. Two such records may still end in one incident
// through others that tie them.
var Gate = math.NaN()

// Rule is one row of the rule table: an aspect, one of its relations, its
// weight (Block to rule the pair out, Gate to keep it from linking on its
// own) and what it means.
type Rule struct {
	Aspect, Relation string
	Weight           float64
	Doc              string
}

// Rules is the table every comparison reads. Aspects and relations are
// worked out by the functions below it (placeRelation, dateRelation, …).
var Rules = []Rule{
	{"report", "same report", Block, "two records of one report: extraction has told them apart"},

	{"place", "same place", 2, "the same name (spelling aside); the same point with both places found exactly; or one inside the other where the outer one's report names the inner one too"},
	{"place", "one inside the other", 1, "a part and its town (by the report's 'within', or a place found only as the town it is in), a town and its province"},
	{"place", "near", -1, "different names, as close as the precision of each allows: more often two places than one"},
	{"place", "two parts of one town", -1, "different named places both found only as the town they are in"},
	{"place", "two places of one province", -1, "different names, one or both placed only at their province, yet named places of their own (not the province, nor a place its report puts only in the province), and not in one named district: the province's point is not theirs, and a province holds many places"},
	{"place", "unplaced", 0, "one side has no coordinates and the names differ: nothing to compare"},
	{"place", "far apart", Block, "further apart than the precision of each allows (of one name too, when in two provinces: a village's namesake)"},
	{"place", "other country", Block, "in two different countries"},

	{"date", "same day", 2, "the same incident day, both known to the day"},
	{"date", "next day", -1.5, "consecutive days, both known to the day: often two incidents, sometimes one told across midnight"},
	{"date", "overlapping", 0.5, "the week, month or day each gives overlap"},
	{"date", "news window", 0, "one has only its report's publication day, and the other falls in the month before it"},
	{"date", "same day of the year", 2, "one has no year, only a month and day its report gives with nothing to count the year from ('on Nov. 23'), and they are the other's"},
	{"date", "another day of the year", Block, "one has no year, only a month and day, and the other is known to the day, or gives a month and day too, and they are another"},
	{"date", "same weekday", 1, "one has no date, only the day of the week its report gives with nothing to count it from ('on Monday'), and it is the other's day of the week"},
	{"date", "other weekday", Block, "one has no date, only a day of the week, and the other is known to the day, or gives a day of the week too, and it is another"},
	{"date", "unknown", 0, "one has no date at all"},
	{"date", "apart", Block, "two days or more apart, for the precision each has"},

	{"vague date", "days known", 0, "both days known to the day, or one's month and day without a year: the date relation above says enough"},
	{"vague date", "a shared toll", 0, "a day not known on one side (no date, only the report's publication, a week, a month), but the same place and the same distinctive figure (3 or more killed, or wounded), and no figure that differs"},
	{"vague date", "a toll on the same weekday", 0, "no date on one side, only the day of the week, and it is the other's; the same place or one inside the other, the same kind of incident and the same distinctive figure (3 or more killed, or wounded) on both, none that differs: what a shared toll needs, with the weekday standing in for the same place's name"},
	{"vague date", "a toll that grew on the same weekday", 0, "no date on one side, only the day of the week, and it is the other's; one site named below its town on both (a market, a quarter: the same name, spelling aside), the same kind of incident and the same side named as the one that acted, a mass toll (10 or more killed) on both, and the other figures of one report all at or above the other's, by no more than two and a half times: an early count and a later one of one massacre"},
	{"vague date", "told alike", 0, "the days each gives overlap (no day of tolerance), at the same place or one inside the other, the same kind of incident, the same side named as the one that acted, and both the killed and the wounded given on both sides and close (within a quarter), one of them distinctive"},
	{"vague date", "a mass toll told alike", 0, "the days each gives overlap and both are known to within a couple of weeks (a week, not a month nor only the report's news window), at the same place or one inside the other, the same kind of incident, the same side named as the one that acted, and a mass toll (10 or more killed) on both that is close (within a quarter), no figure that differs: few incidents at one place reach such a toll"},
	{"vague date", "a change of hands", 0, "no date on one side, but a place found as itself on both, taken by the same side from the same side (one part of the other counts as one): a town changes hands seldom"},
	{"vague date", "a change of hands on the same weekday", 0, "no date on one side, only the day of the week, and it is the other's; the same place (found exactly or not) or one named as inside the other, taken by the same side from the same side: what a change of hands needs, with the weekday standing in for a place found as itself"},
	{"vague date", "nothing shared", Gate, "a day not known on one side, and not the same place with a distinctive figure in common: a place and a kind of incident alone do not tell one incident from the next (a week given for a report is mostly borrowed from its publication)"},

	{"type", "same sub-event", 1.5, "the same ACLED sub-event type"},
	{"type", "same kind", 1, "the same kind of incident told in two ways (an IED and a suicide bomb are both bombings)"},
	{"type", "related kinds", -1, "kinds one incident is often told as (a bombing and a clash, an assault and a capture)"},
	{"type", "different kinds", Block, "kinds no incident is told as both (a capture and a recapture, an arrest and a bombing)"},

	{"killed", "same", 1.5, "the same number killed"},
	{"killed", "overlapping", 1, "the ranges of the two tolls overlap"},
	{"killed", "close", 0, "tolls within a factor of two, as tolls grow between reports"},
	{"killed", "different", -1, "tolls far apart"},
	{"killed", "silent", 0, "one side gives no toll"},

	{"wounded", "same", 0.5, "the same number wounded"},
	{"wounded", "overlapping", 0.25, "the ranges overlap"},
	{"wounded", "close", 0, "within a factor of two"},
	{"wounded", "different", -0.5, "far apart"},
	{"wounded", "silent", 0, "one side gives no figure"},

	{"actors", "shared side", 1, "a side named by both (unknown, unidentified and civilians name nobody)"},
	{"actors", "other perpetrators", -1, "each names a different side as the one that acted, and nothing is shared"},
	{"actors", "silent", 0, "one side names nobody"},
}

// aspect names the relation of a pair on one aspect, and holds that
// aspect's rows of Rules.
type aspect struct {
	name  string
	rel   func(a, b *features) string
	rules []Rule
}

// weight looks a relation's weight up among the aspect's rules (a handful:
// a scan is quicker than a map).
func (a *aspect) rule(relation string) Rule {
	for _, r := range a.rules {
		if r.Relation == relation {
			return r
		}
	}
	panic("merge: no rule for " + a.name + "/" + relation)
}

// aspects are the aspects of a comparison, in the order it reports them.
var aspects = []*aspect{
	{name: "place", rel: placeRelation},
	{name: "date", rel: dateRelation},
	{name: "vague date", rel: vagueDateRelation},
	{name: "type", rel: typeRelation},
	{name: "killed", rel: func(a, b *features) string { return countRelation(a.killed, b.killed) }},
	{name: "wounded", rel: func(a, b *features) string { return countRelation(a.wounded, b.wounded) }},
	{name: "actors", rel: actorRelation},
}

// quickOrder is the order weigh works out aspects in: the cheap ones that
// often block first.
var quickOrder []*aspect

// sameReport is the rule of two records of one report.
var sameReport Rule

func init() {
	byName := map[string]*aspect{}
	for _, a := range aspects {
		byName[a.name] = a
	}
	for _, r := range Rules {
		if r.Aspect == "report" {
			sameReport = r
			continue
		}
		a := byName[r.Aspect]
		if a == nil {
			panic("merge: rule for unknown aspect " + r.Aspect)
		}
		a.rules = append(a.rules, r)
	}
	for _, n := range []string{"date", "type", "place", "vague date", "killed", "wounded", "actors"} {
		quickOrder = append(quickOrder, byName[n])
	}
}

// Cue is one aspect of a comparison: the relation found and its weight.
type Cue struct {
	Aspect, Relation string
	Weight           float64
}

// String writes "place: same place (+2)".
func (c Cue) String() string {
	switch {
	case math.IsInf(c.Weight, -1):
		return fmt.Sprintf("%s: %s (blocks)", c.Aspect, c.Relation)
	case math.IsNaN(c.Weight):
		return fmt.Sprintf("%s: %s (no link on its own)", c.Aspect, c.Relation)
	}
	return fmt.Sprintf("%s: %s (%+g)", c.Aspect, c.Relation, c.Weight)
}

// Verdict is the outcome of comparing two records.
type Verdict struct {
	Score   float64 // sum of the weights, gates left out; -Inf when blocked
	Blocked bool    // a relation rules the pair out
	Gated   bool    // a relation keeps the pair from linking on its own
	Cues    []Cue   // every aspect, in table order
}

// Candidate reports whether the pair may be linked as one incident.
func (v Verdict) Candidate() bool { return !v.Blocked && !v.Gated && v.Score >= Threshold }

// String lists the cues.
func (v Verdict) String() string {
	parts := make([]string, len(v.Cues))
	for i, c := range v.Cues {
		parts[i] = c.String()
	}
	s := strings.Join(parts, "; ")
	switch {
	case v.Blocked:
		return "blocked: " + s
	case v.Gated:
		return fmt.Sprintf("score %.2g, no link on its own: %s", v.Score, s)
	}
	return fmt.Sprintf("score %.2g (needs %.2g): %s", v.Score, Threshold, s)
}

// Compare weighs whether two prepared records tell one incident, naming
// the relation found on every aspect.
func Compare(a, b *Record) Verdict {
	var v Verdict
	if sameDoc(a, b) {
		v.Blocked, v.Score = true, Block
		v.Cues = append(v.Cues, Cue{Aspect: sameReport.Aspect, Relation: sameReport.Relation, Weight: sameReport.Weight})
		return v
	}
	v.Cues = make([]Cue, 0, len(aspects))
	for _, asp := range aspects {
		r := asp.rule(asp.rel(&a.f, &b.f))
		v.Cues = append(v.Cues, Cue{Aspect: r.Aspect, Relation: r.Relation, Weight: r.Weight})
		switch {
		case math.IsInf(r.Weight, -1):
			v.Blocked = true
		case math.IsNaN(r.Weight):
			v.Gated = true
		default:
			v.Score += r.Weight
		}
	}
	if v.Blocked {
		v.Score = Block
	}
	return v
}

// weigh is Compare without the cues, stopping at the first block: the
// comparison blocking and grouping make many times over.
func weigh(a, b *Record) (v Verdict) {
	if sameDoc(a, b) {
		return Verdict{Score: Block, Blocked: true}
	}
	return weighFeatures(&a.f, &b.f)
}

// weighFeatures is weigh of two records of two reports: it reads their
// features only, so records whose features are equal (their reports
// aside) weigh alike against any other record (see Group).
func weighFeatures(a, b *features) (v Verdict) {
	for _, asp := range quickOrder {
		w := asp.rule(asp.rel(a, b)).Weight
		switch {
		case math.IsInf(w, -1):
			return Verdict{Score: Block, Blocked: true}
		case math.IsNaN(w):
			v.Gated = true
		default:
			v.Score += w
		}
	}
	return v
}

// reachKM is how far from its point a place of each precision may lie:
// a place found itself, a place found only as the town it is in, a
// province (whose own relation is by name, see placeRelation).
func reachKM(precision int8) float64 {
	switch precision {
	case 2:
		return 25
	case 3:
		return 150
	}
	return 10
}

// placeRelation names how two records' places relate.
func placeRelation(a, b *features) string {
	if a.country != noSym && b.country != noSym && a.country != b.country {
		return "other country"
	}
	if a.name != noSym && samePlaceName(a, b) {
		if namesakes(a, b) {
			return "far apart"
		}
		return "same place"
	}
	rel, inner := placeNesting(a, b)
	if rel == "one inside the other" && inner != nil {
		outer := a
		if inner == a {
			outer = b
		}
		if outer.mentions(inner.name) {
			// the outer place's report names the inner one too: one
			// place, told more or less precisely
			return "same place"
		}
	}
	return rel
}

// namesakes reports two places of one name in two provinces, too far
// apart for the precision of each to be one: villages of one name.
func namesakes(a, b *features) bool {
	if !a.hasPoint || !b.hasPoint || a.admin1 == noSym || b.admin1 == noSym || a.admin1 == b.admin1 {
		return false
	}
	reach := reachKM(a.precision) + reachKM(b.precision)
	return math.Abs(a.lat-b.lat)*kmPerDegree > reach || distanceKM(a, b) > reach
}

// placeNesting names how two differently named places relate, and for
// one inside the other which is inside (nil when it cannot be told).
func placeNesting(a, b *features) (string, *features) {
	const nested = "one inside the other"
	switch {
	case a.within != noSym && similarNames(a.within, b.name):
		return nested, a
	case b.within != noSym && similarNames(b.within, a.name):
		return nested, b
	case a.admin1 != noSym && a.admin1 == b.admin1 && (a.precision == 3 || b.precision == 3):
		switch {
		case a.precision == 3 && b.precision == 3:
			if provinceWide(a) || provinceWide(b) || a.within != noSym && similarNames(a.within, b.within) {
				return nested, nil
			}
		case a.precision == 3 && provinceWide(a):
			return nested, b
		case b.precision == 3 && provinceWide(b):
			return nested, a
		}
		return "two places of one province", nil
	}
	if !a.hasPoint || !b.hasPoint {
		return "unplaced", nil
	}
	reach := reachKM(a.precision) + reachKM(b.precision)
	if math.Abs(a.lat-b.lat)*kmPerDegree > reach {
		return "far apart", nil // the latitudes alone say so
	}
	d := distanceKM(a, b)
	if d < 1 {
		switch {
		case a.precision == 1 && b.precision == 1:
			return "same place", nil // two spellings the gazetteer puts at one point
		case a.precision == 1 && b.precision == 2:
			return nested, b // b was found only as the place a names
		case b.precision == 1 && a.precision == 2:
			return nested, a
		case a.precision == 3 || b.precision == 3:
			return nested, nil
		}
		return "two parts of one town", nil
	}
	if d <= reach {
		return "near", nil
	}
	return "far apart", nil
}

// provinceWide reports a record placed at its province that names the
// province itself (or nothing), or a place its report puts only in the
// province ("a military base in Cesar"): not a named place the gazetteer
// lacks, whose province is no more than where to look for it.
func provinceWide(f *features) bool {
	return f.name == noSym || sameProvince(f.name, f.admin1) || f.within != noSym && sameProvince(f.within, f.admin1)
}

// sameProvince reports a name that is the province's: "Cabo Delgado" of
// "Cabo Delgado Province", "Borno State" of "Borno", "Northwest" of
// "North-West".
func sameProvince(name, province sym) bool {
	if similarNames(name, province) {
		return true
	}
	n, p := name.Value(), province.Value()
	return strings.HasPrefix(p, n+" ") || strings.HasPrefix(n, p+" ")
}

// similarNames reports two place keys that are one name: equal, or close
// in spelling (Naso-Hablod, Nasa-Hablod) when long enough for a
// one-letter difference to be a spelling.
func similarNames(x, y sym) bool {
	if x == noSym || y == noSym {
		return false
	}
	if x == y {
		return true
	}
	return closeSpelling(x.Value(), y.Value())
}

// samePlaceName reports two records' places of one name: similar names,
// or one core (coreOf) once site words and romanised vowels are folded.
func samePlaceName(a, b *features) bool {
	return similarNames(a.name, b.name) || a.core != noSym && a.core == b.core
}

// siteWords are the words that say what kind of site a name is ("Souk
// Jameela", "Jameela market"): one report writes them, another not.
var siteWords = map[string]bool{"souk": true, "souq": true, "suq": true, "market": true, "bazaar": true}

// cores caches coreOf's keys, made once per record (Prepare): a store's
// records name a few thousand places.
var cores sync.Map

// coreOf is a place key without its site words and with the spellings of
// one transliterated vowel folded ("Jameela", "Jamila"; "Mousa", "Musa":
// ee as i, oo and ou as u) and doubled letters single: the same name as
// two outlets romanise it.
func coreOf(x sym) sym {
	if v, ok := cores.Load(x); ok {
		return v.(sym)
	}
	words := strings.Fields(x.Value())
	kept := words[:0:0]
	for _, w := range words {
		if !siteWords[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		kept = words
	}
	s := strings.Join(kept, " ")
	s = strings.NewReplacer("ee", "i", "oo", "u", "ou", "u").Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] && s[i] != ' ' {
			continue
		}
		b.WriteByte(s[i])
	}
	c := intern(b.String())
	cores.Store(x, c)
	return c
}

// spellable reports a key long enough, and free of digits, for a letter or
// two of difference to be a spelling rather than another name.
func spellable(a string) bool {
	if len(a) < 6 {
		return false
	}
	// (ASCII digits: no byte of a longer UTF-8 sequence is one)
	for i := 0; i < len(a); i++ {
		if c := a[i]; c >= '0' && c <= '9' {
			return false
		}
	}
	return true
}

// closeSpelling reports two different keys that are spellings of one name:
// at most one edit in six letters apart.
func closeSpelling(a, b string) bool {
	n := max(len(a), len(b))
	if !spellable(a) || !spellable(b) || abs(len(a)-len(b)) > 2 {
		return false // short names, and numbers, differ by one letter or digit
	}
	// an edit distance d (a whole number) is at most n/6 when it is at
	// most the whole part of n/6
	return editWithin(a, b, n/6)
}

// editDistance is the Levenshtein distance between two short strings, in
// bytes (keys are folded to ASCII where a script allows).
func editDistance(a, b string) int {
	return editDistanceMax(a, b, len(a)+len(b))
}

// editWithin reports whether the edit distance of a and b is at most k.
func editWithin(a, b string, k int) bool {
	return editDistanceMax(a, b, k) <= k
}

// editDistanceMax is editDistance when that is at most k, and some number
// above k otherwise: it stops once every cell of a row is above k (the
// least of a row never falls in the rows after it).
func editDistanceMax(a, b string, k int) int {
	var buf [2][48]int
	prev, cur := buf[0][:], buf[1][:]
	if len(b)+1 > len(prev) {
		prev, cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		least := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			cur[j] = v
			least = min(least, v)
		}
		if least > k {
			return least
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// dateTolerance is how many days two intervals may be apart and still
// agree: an incident late at night is dated either side of midnight.
const dateTolerance = 1

// dateRelation names how two records' incident days relate.
func dateRelation(a, b *features) string {
	if a.dated == undated || b.dated == undated {
		// a weekday is all an undated report may say of its day
		// (only an undated record or one known to the day has a month
		// and day, or a weekday)
		if a.month > 0 && b.month > 0 {
			if a.month == b.month && a.mday == b.mday {
				return "same day of the year"
			}
			return "another day of the year"
		}
		if a.weekday >= 0 && b.weekday >= 0 {
			if a.weekday == b.weekday {
				return "same weekday"
			}
			return "other weekday"
		}
		return "unknown"
	}
	gap := max(a.lo, b.lo) - min(a.hi, b.hi) // > 0: days between the intervals
	if gap > dateTolerance {
		return "apart"
	}
	if a.dated == dayExact && b.dated == dayExact {
		if a.lo == b.lo {
			return "same day"
		}
		return "next day"
	}
	if a.dated == published || b.dated == published {
		return "news window"
	}
	return "overlapping"
}

// distinctive is the smallest figure whose agreement between two reports
// says something: small tolls (one, two killed) are too common to tell
// incidents apart.
const distinctive = 3

// vagueDateRelation names what stands in for the day when a pair does not
// have it on both sides (undated, only the report's news window, a week, a
// month): a distinctive figure both give at the same place, or nothing.
func vagueDateRelation(a, b *features) string {
	switch dateRelation(a, b) {
	case "same day", "next day", "apart", "same day of the year", "another day of the year":
		return "days known"
	}
	if grewOnSameWeekday(a, b) {
		return "a toll that grew on the same weekday"
	}
	killed, wounded := countRelation(a.killed, b.killed), countRelation(a.wounded, b.wounded)
	if killed == "different" || wounded == "different" {
		return "nothing shared"
	}
	place := placeRelation(a, b)
	if place == "same place" &&
		(a.killed.ok && b.killed.ok && a.killed.best == b.killed.best && a.killed.best >= distinctive ||
			a.wounded.ok && b.wounded.ok && a.wounded.best == b.wounded.best && a.wounded.best >= distinctive) {
		return "a shared toll"
	}
	if place != "same place" && place != "one inside the other" || a.kind != b.kind {
		return "nothing shared"
	}
	if dateRelation(a, b) == "same weekday" &&
		(a.killed.ok && b.killed.ok && a.killed.best == b.killed.best && a.killed.best >= distinctive ||
			a.wounded.ok && b.wounded.ok && a.wounded.best == b.wounded.best && a.wounded.best >= distinctive) {
		return "a toll on the same weekday"
	}
	if a.dated != undated && b.dated != undated && a.lo <= b.hi && b.lo <= a.hi &&
		a.actor1 != noSym && a.actor1 == b.actor1 && near(a.killed, b.killed) && near(a.wounded, b.wounded) &&
		max(a.killed.best, a.wounded.best) >= distinctive {
		return "told alike"
	}
	if !a.loose() && !b.loose() && a.dated != published && b.dated != published && a.lo <= b.hi && b.lo <= a.hi &&
		a.actor1 != noSym && a.actor1 == b.actor1 && near(a.killed, b.killed) && min(a.killed.best, b.killed.best) >= massToll {
		return "a mass toll told alike"
	}
	if place == "same place" && a.precision == 1 && b.precision == 1 && territory(a.kind) && a.sub == b.sub &&
		a.actor1 != noSym && a.actor1 == b.actor1 && a.actor2 != noSym && a.actor2 == b.actor2 {
		return "a change of hands"
	}
	if dateRelation(a, b) == "same weekday" && (place == "same place" || namedInside(a, b)) && territory(a.kind) && a.sub == b.sub &&
		a.actor1 != noSym && a.actor1 == b.actor1 && a.actor2 != noSym && a.actor2 == b.actor2 {
		return "a change of hands on the same weekday"
	}
	return "nothing shared"
}

// massToll is the least number killed that makes a toll a massacre's:
// few incidents at one site reach it.
const massToll = 10

// grewOnSameWeekday reports an undated report's massacre, told by its
// weekday only, at the site another report tells one on that weekday,
// with figures that are an earlier and a later count of it: the same site
// named below its town on both, the same kind and the same side named as
// acting, 10 or more killed on both, and one report's killed and wounded
// both at or above the other's, by at most two and a half times (tolls of
// a mass bombing grow over its first day, both together).
func grewOnSameWeekday(a, b *features) bool {
	if dateRelation(a, b) != "same weekday" || a.within == noSym || b.within == noSym || !samePlaceName(a, b) ||
		a.kind != b.kind || a.actor1 == noSym || a.actor1 != b.actor1 {
		return false
	}
	if !a.killed.ok || !b.killed.ok || min(a.killed.best, b.killed.best) < massToll {
		return false
	}
	lo, hi := a, b
	if a.killed.best > b.killed.best {
		lo, hi = b, a
	}
	grew := func(x, y span) bool { return 2*y.best <= 5*x.best && y.best >= x.best }
	if !grew(lo.killed, hi.killed) {
		return false
	}
	return !lo.wounded.ok || !hi.wounded.ok || grew(lo.wounded, hi.wounded)
}

// near reports two figures both given whose values are within a quarter
// of the larger (or one apart): what two counts of one incident are,
// taken a few hours apart.
func near(a, b span) bool {
	if !a.ok || !b.ok {
		return false
	}
	d := a.best - b.best
	if d < 0 {
		d = -d
	}
	return d <= 1 || 4*d <= max(a.best, b.best)
}

// territory reports the kinds of a place changing hands.
func territory(k kind) bool { return k == kindRegain || k == kindOvertake || k == kindTransfer }

// kind is a family of sub-event types that reports tell one incident as.
type kind uint8

const (
	kindOther       kind = iota
	kindClash            // armed clash
	kindRegain           // government regains territory
	kindOvertake         // non-state actor overtakes territory
	kindTransfer         // non-violent transfer of territory
	kindBlast            // explosions and remote violence of every sub-type
	kindCivilians        // attacks on civilians, sexual violence
	kindAbduction        // abduction, forced disappearance
	kindArrest           // arrests
	kindProtest          // protests
	kindRiot             // riots, mob violence
	kindDestruction      // looting, property destruction
)

// kindOf maps an ACLED sub-event (or, failing that, event) type to its kind.
func kindOf(sub, typ string) kind {
	switch strings.ToLower(strings.TrimSpace(sub)) {
	case "armed clash":
		return kindClash
	case "government regains territory":
		return kindRegain
	case "non-state actor overtakes territory":
		return kindOvertake
	case "non-violent transfer of territory":
		return kindTransfer
	case "attack", "sexual violence":
		return kindCivilians
	case "abduction/forced disappearance":
		return kindAbduction
	case "arrests":
		return kindArrest
	case "looting/property destruction":
		return kindDestruction
	}
	switch strings.ToLower(strings.TrimSpace(typ)) {
	case "explosions/remote violence":
		return kindBlast
	case "battles":
		return kindClash
	case "violence against civilians":
		return kindCivilians
	case "protests":
		return kindProtest
	case "riots":
		return kindRiot
	}
	return kindOther
}

// relatedKinds are the pairs of kinds one incident is told as by
// different reports: a complex attack is a bombing to one outlet and a
// clash to another; an assault that takes a base is a clash and a capture.
// Kinds not paired here (a capture and a recapture, an arrest and a
// bombing, a protest and an air strike) never make one incident.
var relatedKinds = [][2]kind{
	{kindClash, kindBlast},
	{kindClash, kindCivilians},
	{kindClash, kindRegain},
	{kindClash, kindOvertake},
	{kindBlast, kindCivilians},
	{kindBlast, kindOvertake},
	{kindBlast, kindRegain},
	{kindBlast, kindDestruction},
	{kindRegain, kindTransfer},
	{kindOvertake, kindTransfer},
	{kindCivilians, kindAbduction},
	{kindAbduction, kindArrest},
	{kindProtest, kindRiot},
	{kindRiot, kindCivilians},
	{kindOther, kindDestruction},
}

func related(a, b kind) bool {
	for _, p := range relatedKinds {
		if p[0] == a && p[1] == b || p[0] == b && p[1] == a {
			return true
		}
	}
	return false
}

// typeRelation names how two records' kinds of incident relate.
func typeRelation(a, b *features) string {
	switch {
	case a.sub != noSym && a.sub == b.sub:
		return "same sub-event"
	case a.kind == b.kind:
		return "same kind"
	case related(a.kind, b.kind):
		return "related kinds"
	}
	return "different kinds"
}

// countRelation names how two figures relate.
func countRelation(a, b span) string {
	switch {
	case !a.ok || !b.ok:
		return "silent"
	case a.best == b.best:
		return "same"
	case a.lo <= b.hi && b.lo <= a.hi:
		return "overlapping"
	}
	lo, hi := min(a.best, b.best), max(a.best, b.best)
	if hi <= 2*lo+2 {
		return "close"
	}
	return "different"
}

// actorRelation names how two records' sides relate.
func actorRelation(a, b *features) string {
	for _, x := range [2]sym{a.actor1, a.actor2} {
		if x != noSym && (x == b.actor1 || x == b.actor2) {
			return "shared side"
		}
	}
	if a.actor1 != noSym && b.actor1 != noSym {
		return "other perpetrators"
	}
	return "silent"
}
