package merge

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
)

// Incident builds the event a group of records tells, group in First
// order (as Group returns it). The event takes the first record's id and
// document; it lists every report as a source, with the record it gave and
// its figures, and every record's evidence.
//
// Fields are chosen by source, a wire copy and its original counting once:
//
//   - date: the most precise (a day before a week, a month, a year), then
//     the one most sources give, then the earliest (a night's incident is
//     dated by its first day);
//   - type, actor1, actor2: the one most sources give, ties to the first
//     record;
//   - location: the most precise, then the name most sources give, ties to
//     the first record;
//   - killed and wounded, as UCDP reconciles tolls: low the lowest figure a
//     source gave, high the highest, best the figure most sources give;
//     when no figure is given by more sources than any other, the middle
//     one of three or more sources' figures (the median, the lower of the
//     two middle ones), and of two the most recent report's (tolls grow as
//     bodies are counted), then the most specific (an exact figure before
//     "at least" or a range). A note says which.
//
// A group of one record is that record unchanged.
//
// Incident is Head and Expand in one: a store keeps what Head gives, whose
// size does not grow with the group, and the group's records, and makes
// the event again with Expand when it is read.
func Incident(group []*Record) sitrep.Event {
	ev, sum := Head(group)
	if sum != nil {
		Expand(&ev, sum, group)
	}
	return ev
}

// Summary is what Head decided for a group of more than one record that
// the event's notes tell beside its fields: the date chosen and the
// report it came from, and how each toll was reconciled. With the group's
// records it gives the notes again (Expand). Its size does not grow with
// the group.
type Summary struct {
	Date     sitrep.Date `json:"date,omitempty"`      // the date chosen, "" for none
	DateFrom string      `json:"date_from,omitempty"` // the document it came from
	Killed   *Reconciled `json:"killed,omitempty"`    // nil when fewer than two sources gave a toll
	Wounded  *Reconciled `json:"wounded,omitempty"`
}

// Reconciled is how a toll was reconciled from the sources' figures: its
// low, best and high, and how best was chosen (the words of the note).
type Reconciled struct {
	Low  int    `json:"low"`
	Best int    `json:"best"`
	High int    `json:"high"`
	How  string `json:"how"`
}

// Head builds the event a group of records tells, as Incident does, but
// without what grows with the group: its sources, its evidence and its
// notes (nil), which Expand adds from the summary and the group's records.
// For a group of one record it returns that record unchanged and a nil
// summary: nothing is to be added.
func Head(group []*Record) (sitrep.Event, *Summary) {
	if len(group) == 0 {
		return sitrep.Event{}, nil
	}
	lead := group[0]
	if len(group) == 1 {
		return *lead.Event, nil
	}
	sum := &Summary{}
	ev := *lead.Event
	ev.ID = lead.Key
	ev.Doc = lead.Doc
	ev.FieldEvidence = map[string]sitrep.Evidence{}
	ev.Notes = nil

	// one vote per source (copy group): its first record
	voters := votersOf(group)
	fieldEvidence := func(field string, r *Record) {
		if e, ok := r.Event.FieldEvidence[field]; ok {
			ev.FieldEvidence[field] = e
		}
	}

	// date
	if r := pickDate(voters); r != nil {
		ev.Date, ev.DatePrecision = r.Event.Date, r.Event.DatePrecision
		fieldEvidence("date", r)
		sum.Date, sum.DateFrom = ev.Date, r.Doc
	} else {
		ev.Date, ev.DatePrecision = "", ""
	}

	// type
	t := vote(voters, func(r *Record) string { return r.Event.SubEventType })
	ev.EventType, ev.SubEventType = t.Event.EventType, t.Event.SubEventType
	fieldEvidence("event_type", t)

	// actors
	a := vote(voters, func(r *Record) string { return r.f.actor1.Value() })
	ev.Actor1 = a.Event.Actor1
	fieldEvidence("actor1", a)
	same := slices.DeleteFunc(slices.Clone(voters), func(r *Record) bool { return r.f.actor1 != a.f.actor1 })
	b := vote(same, func(r *Record) string { return r.f.actor2.Value() })
	if b.f.actor2 == noSym {
		b = vote(voters, func(r *Record) string { return r.f.actor2.Value() })
	}
	ev.Actor2 = b.Event.Actor2
	if ev.Actor2 == ev.Actor1 {
		ev.Actor2 = a.Event.Actor2
		b = a
	}
	fieldEvidence("actor2", b)

	// location
	if l := pickPlace(voters); l != nil {
		loc := *l.Event.Location
		ev.Location = &loc
		fieldEvidence("location", l)
	}

	// counts
	var killedFrom *Record
	ev.Killed, killedFrom, sum.Killed = reconcile(voters, killedOf)
	ev.Wounded, _, sum.Wounded = reconcile(voters, woundedOf)
	ev.Fatalities = nil
	if ev.Killed.Best != nil {
		ev.Fatalities = sitrep.Int(*ev.Killed.Best)
	}
	if killedFrom != nil {
		ev.Casualties = killedFrom.Event.Casualties
		fieldEvidence("killed", killedFrom)
	}
	for _, r := range voters {
		if !r.Event.Wounded.IsZero() && r.Event.Wounded.Best != nil && ev.Wounded.Best != nil && *r.Event.Wounded.Best == *ev.Wounded.Best {
			fieldEvidence("wounded", r)
			break
		}
	}

	// confidence: the highest of the records'
	ev.Sources = nil
	ev.Evidence = nil
	ev.Confidence = 0
	for _, r := range group {
		ev.Confidence = max(ev.Confidence, r.Event.Confidence)
	}
	if len(ev.FieldEvidence) == 0 {
		ev.FieldEvidence = nil
	}
	return ev, sum
}

// HeadReads returns the records of a group (in First order, as Head is
// given it) whose events Head reads whole: the first record, which the
// event starts from, and the first record of each source, which vote for
// its fields. Of every other record Head reads its Confidence only (and
// the features and Source it was made with), so a store need not decode
// the rest of their events to make a group's head: a copy of a story
// joining an incident of hundreds of its copies reads them whole no more.
func HeadReads(group []*Record) []*Record {
	return votersOf(group) // (the first record is its source's first)
}

// killedOf and woundedOf give the figures reconcile reconciles.
func killedOf(r *Record) sitrep.Count  { return r.Event.Killed }
func woundedOf(r *Record) sitrep.Count { return r.Event.Wounded }

// Expand adds to a head (Head's event of group, perhaps corrected since)
// what grows with the group: every report as a source, with the record it
// gave and its figures, every record's evidence, and the notes of the
// merge before the notes ev has. It reads of each record its Key, Doc,
// Source, Published and Event only (a record need not be prepared), and
// gives the event Incident gives when group is the group Head was given,
// in the same order.
func Expand(ev *sitrep.Event, sum *Summary, group []*Record) {
	voters := votersOf(group)
	notes := []string{fmt.Sprintf("merge: %d records from %d sources", len(group), len(voters))}
	if sum.Date != "" {
		var others []string
		for _, v := range voters {
			if v.Event.Date != sum.Date && !v.Event.Date.IsZero() {
				others = append(others, fmt.Sprintf("%s gives %s", v.Doc, v.Event.Date))
			}
		}
		if len(others) > 0 {
			notes = append(notes, fmt.Sprintf("merge: date %s from %s; %s", sum.Date, sum.DateFrom, strings.Join(others, ", ")))
		}
	}
	for _, t := range []struct {
		what string
		rc   *Reconciled
		get  func(*Record) sitrep.Count
	}{{"killed", sum.Killed, killedOf}, {"wounded", sum.Wounded, woundedOf}} {
		if t.rc == nil {
			continue
		}
		var said []string
		for _, r := range voters {
			if c := t.get(r); !c.IsZero() {
				said = append(said, r.Doc+" "+c.String())
			}
		}
		notes = append(notes, fmt.Sprintf("merge: %s low %d, best %d (%s), high %d; sources: %s",
			t.what, t.rc.Low, t.rc.Best, t.rc.How, t.rc.High, strings.Join(said, ", ")))
	}
	ev.Notes = append(notes, ev.Notes...)

	// a copy group's first report (in First order, not the order the
	// copies came in) is the one the others copy
	original := map[string]string{}
	for _, r := range group {
		if _, ok := original[r.Source]; !ok {
			original[r.Source] = r.Doc
		}
	}
	ev.Sources = make([]sitrep.Source, 0, len(group))
	ev.Evidence = nil
	for _, r := range group {
		src := sitrep.Source{Doc: r.Doc, Published: r.Published}
		if len(r.Event.Sources) > 0 {
			src = r.Event.Sources[0]
			src.Doc = r.Doc
		}
		src.Record = r.Key
		if o := original[r.Source]; o != r.Doc {
			src.CopyOf = o
		}
		src.Killed, src.Wounded = r.Event.Killed, r.Event.Wounded
		ev.Sources = append(ev.Sources, src)
		ev.Evidence = append(ev.Evidence, r.Event.Evidence...)
	}
}

// votersOf returns the records that vote for a group's fields: one per
// source (copy group), its first record.
func votersOf(group []*Record) []*Record {
	var voters []*Record
	seenSrc := map[string]bool{}
	for _, r := range group {
		if !seenSrc[r.Source] {
			seenSrc[r.Source] = true
			voters = append(voters, r)
		}
	}
	return voters
}

// vote returns the first voter whose key is the most common non-empty key
// among voters (ties to the earliest voter), or the first voter when none
// has a key.
func vote(voters []*Record, key func(*Record) string) *Record {
	counts := map[string]int{}
	for _, r := range voters {
		if k := key(r); k != "" {
			counts[k]++
		}
	}
	var best *Record
	for _, r := range voters {
		k := key(r)
		if k == "" {
			continue
		}
		if best == nil || counts[k] > counts[key(best)] {
			best = r
		}
	}
	if best == nil {
		return voters[0]
	}
	return best
}

// datePrecisionRank orders precisions, the most precise first.
func datePrecisionRank(p string) int {
	switch p {
	case "", sitrep.PrecisionDay:
		return 0
	case sitrep.PrecisionWeek:
		return 1
	case sitrep.PrecisionMonth:
		return 2
	}
	return 3
}

// pickDate returns the voter whose date the event takes, or nil when none
// has one.
func pickDate(voters []*Record) *Record {
	counts := map[sitrep.Date]int{}
	for _, r := range voters {
		if !r.Event.Date.IsZero() {
			counts[r.Event.Date]++
		}
	}
	var best *Record
	for _, r := range voters {
		d := r.Event.Date
		if d.IsZero() {
			continue
		}
		if best == nil {
			best = r
			continue
		}
		bd := best.Event.Date
		if c := cmp.Compare(datePrecisionRank(r.Event.DatePrecision), datePrecisionRank(best.Event.DatePrecision)); c != 0 {
			if c < 0 {
				best = r
			}
			continue
		}
		if counts[d] != counts[bd] {
			if counts[d] > counts[bd] {
				best = r
			}
			continue
		}
		if d < bd {
			best = r
		}
	}
	return best
}

// pickPlace returns the voter whose location the event takes, or nil.
func pickPlace(voters []*Record) *Record {
	counts := map[sym]int{}
	for _, r := range voters {
		if r.Event.Location != nil {
			counts[r.f.name]++
		}
	}
	rank := func(r *Record) int {
		if p := r.Event.Location.Precision; p >= 1 {
			return p
		}
		return 9
	}
	var best *Record
	for _, r := range voters {
		if r.Event.Location == nil {
			continue
		}
		if best == nil {
			best = r
			continue
		}
		if c := cmp.Compare(rank(r), rank(best)); c != 0 {
			if c < 0 {
				best = r
			}
			continue
		}
		if counts[r.f.name] > counts[best.f.name] {
			best = r
		}
	}
	return best
}

// reconcile makes low/best/high of one figure from the voters' figures,
// and says how best was chosen (for the note Expand writes) when two or
// more voters give one. It returns the voter whose figure is best, or nil
// when no voter gives one.
func reconcile(voters []*Record, get func(*Record) sitrep.Count) (sitrep.Count, *Record, *Reconciled) {
	type given struct {
		r    *Record
		c    sitrep.Count
		best int
	}
	var gs []given
	for _, r := range voters {
		if c := get(r); !c.IsZero() {
			gs = append(gs, given{r, c, c.BestOr(0)})
		}
	}
	switch len(gs) {
	case 0:
		return sitrep.Count{}, nil, nil
	case 1:
		return gs[0].c, gs[0].r, nil
	}
	low, high := gs[0].best, gs[0].best
	counts := map[int]int{}
	for _, g := range gs {
		lo, hi := g.best, g.best
		if g.c.Low != nil {
			lo = *g.c.Low
		}
		if g.c.High != nil {
			hi = *g.c.High
		}
		low, high = min(low, lo), max(high, hi)
		counts[g.best]++
	}
	// the figure most sources give, when one is given more than any other
	top, tops := 0, 0
	for _, n := range counts {
		switch {
		case n > top:
			top, tops = n, 1
		case n == top:
			tops++
		}
	}
	var pick given
	var how string
	if top >= 2 && tops == 1 {
		for _, g := range gs {
			if counts[g.best] == top {
				pick = g
				break
			}
		}
		how = fmt.Sprintf("given by %d of %d sources", top, len(gs))
	} else if len(gs) >= 3 {
		// the middle figure: neither the lowest nor the highest report
		sorted := slices.Clone(gs)
		slices.SortStableFunc(sorted, func(x, y given) int { return cmp.Compare(x.best, y.best) })
		pick = sorted[(len(sorted)-1)/2]
		how = fmt.Sprintf("the middle of %d sources' figures, %s's", len(gs), pick.r.Doc)
	} else {
		// the most recent report, then the most specific figure
		later := func(g, h given) bool { // g's report is more recent than h's
			return g.r.Published != "" && (h.r.Published == "" || g.r.Published > h.r.Published)
		}
		pick = gs[0]
		for _, g := range gs[1:] {
			if later(g, pick) || g.r.Published == pick.r.Published && specific(g.c) && !specific(pick.c) {
				pick = g
			}
		}
		recent, precise := false, false
		for _, g := range gs {
			recent = recent || later(pick, g)
			precise = precise || g.r.Published == pick.r.Published && specific(pick.c) && !specific(g.c)
		}
		switch {
		case recent:
			how = fmt.Sprintf("the most recent report, %s of %s", pick.r.Doc, pick.r.Published)
		case precise:
			how = fmt.Sprintf("the most specific figure, %s's", pick.r.Doc)
		default:
			how = fmt.Sprintf("the first report's, %s: no figure is more reported, recent or specific", pick.r.Doc)
		}
	}
	out := sitrep.Count{Low: sitrep.Int(min(low, pick.best)), Best: sitrep.Int(pick.best), High: sitrep.Int(max(high, pick.best))}
	return out, pick.r, &Reconciled{Low: *out.Low, Best: *out.Best, High: *out.High, How: how}
}

// specific reports an exact figure: one number, neither a floor nor a range.
func specific(c sitrep.Count) bool {
	return c.Low != nil && c.Best != nil && c.High != nil && *c.Low == *c.Best && *c.Best == *c.High
}
