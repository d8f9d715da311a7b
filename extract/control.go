package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/timex"
)

// Control statements: who holds a place, told without an incident of its
// taking. Each reading below starts from a cue word of a sentence and
// finds the place among the sentence's place mentions and the holder among
// its actor mentions (both already read by the gazetteer and the actor
// dictionary), never from the raw text alone:
//
//	X is (still) held by Y · X remains in the hands of Y · X is under
//	(the) Y control · X remains under the control of Y · the Y-held /
//	Y-controlled town of X · ... although surrounded / besieged by Z ·
//	Y retook all (areas) of X except Z · Y took the last district of X
//
// A cue after "no longer", "not", "formerly", "once", "until" or
// "previously" says nothing of who holds the place now and is left alone.

// controls reads the control statements of an analysed document.
func (x *Extractor) controls(a *analysis) []sitrep.Control {
	var out []sitrep.Control
	for _, s := range a.sents {
		if len(s.actors) == 0 {
			continue
		}
		var found []sitrep.Control
		for k := range s.words {
			if c, ok := x.holdingAt(a, s, k); ok {
				found = append(found, c)
			}
		}
		found = append(found, x.exceptStatements(a, s)...)
		found = append(found, x.lastPartStatements(a, s)...)
		if by, ok := x.siegeIn(a, s); ok {
			for i := range found {
				if found[i].State == sitrep.ControlHeld && found[i].Except == "" {
					found[i].State = sitrep.ControlBesieged
					if by != nil && !sameSide(by, x.actors.Lookup(found[i].Holder)) {
						found[i].Against = by.Name
					}
				}
			}
		}
		// one statement per place and holder a sentence
		for _, c := range found {
			dup := false
			for _, o := range out {
				if o.Evidence[0].Start == c.Evidence[0].Start && strings.EqualFold(o.Place.Name, c.Place.Name) && o.Holder == c.Holder {
					dup = true
				}
			}
			if !dup {
				out = append(out, c)
			}
		}
	}
	return out
}

// holdingAt reads a holding cue at word k: "held by Y", "in the hands of
// Y", "under the control of Y", "under Y control", "Y-held", "Y-controlled".
func (x *Extractor) holdingAt(a *analysis, s *sentence, k int) (sitrep.Control, bool) {
	ws := s.words
	w := ws[k].low
	var holder *actors.Actor
	place := -1
	cue := k // the word the negation and date are looked for from
	switch {
	case (w == "held" || w == "controlled") && ws[k].hyph:
		// "the IS-held town of Tal Afar"
		holder = x.actorEndingAt(a, s, ws[k].span.Start-1)
		place = placeAfter(a, s, k+1, 4)
		if capturedBefore(ws, k-1, 4) {
			// "seizing IS-held cities such as Tikrit": held until that
			// capture, which the incident tells
			return sitrep.Control{}, false
		}
	case w == "held" && k+1 < len(ws) && ws[k+1].low == "by":
		holder = x.actorFrom(a, s, k+2, 3)
		place = subjectPlace(a, s, k)
	case w == "hands" && k >= 2 && ws[k-1].low == "the" && ws[k-2].low == "in" && k+1 < len(ws) && ws[k+1].low == "of":
		holder = x.actorFrom(a, s, k+2, 3)
		place = subjectPlace(a, s, k-2)
		cue = k - 2
	case w == "control" && k >= 2 && ws[k-1].low == "the" && ws[k-2].low == "under" && k+1 < len(ws) && ws[k+1].low == "of":
		holder = x.actorFrom(a, s, k+2, 3)
		place = subjectPlace(a, s, k-2)
		cue = k - 2
	case w == "control" && k >= 2:
		// "under IS control", "under the IS control", "under Houthi control"
		u := -1
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if ws[j].low == "under" {
				u = j
				break
			}
		}
		if u < 0 {
			return sitrep.Control{}, false
		}
		holder = x.actorWithin(a, s, ws[u].span.End, ws[k].span.Start)
		place = subjectPlace(a, s, u)
		cue = u
	case (w == "lost" || w == "fell" || w == "fallen") && k+2 < len(ws):
		// "IS lost Shirqat to Iraqi forces", "Shirqat fell to Iraqi forces"
		to := -1
		for j := k + 1; j < len(ws) && j <= k+5; j++ {
			if ws[j].low == "to" {
				to = j
				break
			}
		}
		if to < 0 {
			return sitrep.Control{}, false
		}
		holder = x.actorFrom(a, s, to+1, 3)
		if w == "lost" {
			place = namedPlace(a, s, k+1, to)
		} else if to == k+1 {
			place = subjectPlace(a, s, k)
		}
		var loser *actors.Actor
		if w == "lost" {
			loser = x.actorEndingBefore(a, s, k, 2)
			if loser == nil {
				return sitrep.Control{}, false // "the soldiers lost contact to ..."
			}
		}
		if holder == nil || place < 0 || negated(ws, cue) || sameSide(holder, loser) {
			return sitrep.Control{}, false
		}
		c := x.statement(a, s, place, holder, cue)
		if loser != nil {
			c.Against = loser.Name
		}
		return c, true
	default:
		return sitrep.Control{}, false
	}
	if holder == nil || place < 0 || negated(ws, cue) {
		return sitrep.Control{}, false
	}
	c := x.statement(a, s, place, holder, cue)
	return c, true
}

// negated reports whether a cue at word k is denied or put in the past:
// "no longer held by", "not under the control of", "formerly IS-held",
// "held by IS until".
func negated(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch ws[j].low {
		case "not", "never", "longer", "formerly", "previously", "once", "former", "no", "nor", "freed", "liberated", "retaken", "recaptured":
			return true
		}
		if isClauseBreak(ws[j]) {
			break
		}
	}
	for j := k + 1; j < len(ws) && j <= k+8; j++ {
		if ws[j].low == "until" || ws[j].low == "till" {
			return true
		}
		if isClauseBreak(ws[j]) && ws[j].low != "since" {
			break
		}
	}
	// "the IS-held town": the hyphenated word's own prefix
	if k >= 2 && ws[k].hyph && (ws[k-2].low == "formerly" || ws[k-2].low == "previously" || ws[k-2].low == "once") {
		return true
	}
	return false
}

// statement makes the record of a place held by a side, dated by the
// sentence.
func (x *Extractor) statement(a *analysis, s *sentence, place int, holder *actors.Actor, cue int) sitrep.Control {
	m := a.places[place]
	loc := m.Location
	loc.Name = strings.TrimSpace(m.Name)
	ev := a.doc.Evidence(s.span)
	ev.Doc = ""
	c := sitrep.Control{Record: "control", Doc: a.doc.ID, Place: &loc, Holder: holder.RecordName(), State: sitrep.ControlHeld,
		Evidence: []sitrep.Evidence{ev}}
	c.Date, c.DatePrecision = statementDate(a, s, cue)
	return c
}

// statementDate dates a statement: the start of a "since" period that
// goes with it ("under IS control since June 2014"), else the dated point
// of its clause, else the report's day (what a report says holds on the
// day it is published).
func statementDate(a *analysis, s *sentence, cue int) (sitrep.Date, string) {
	var point *timex.Expr
	for i := range s.times {
		t := &s.times[i]
		if t.Date.IsZero() {
			continue
		}
		ti := s.wordAt(t.Span.Start)
		if t.Kind == timex.Period && ti > cue && strings.HasPrefix(strings.ToLower(t.Text), "since") {
			return t.Date, t.Precision
		}
		if t.Kind == timex.Point && s.sameClause(cue, t) && point == nil {
			point = t
		}
	}
	if point != nil {
		return point.Date, point.Precision
	}
	if !a.doc.Published.IsZero() {
		return a.doc.Published, sitrep.PrecisionDay
	}
	return "", ""
}

// actorFrom returns the side named starting within n words from word k
// ("held by the militants": "the" is skipped).
func (x *Extractor) actorFrom(a *analysis, s *sentence, k, n int) *actors.Actor {
	if k >= len(s.words) {
		return nil
	}
	end := min(k+n, len(s.words)-1)
	for _, m := range s.actors {
		if m.Span.Start >= s.words[k].span.Start && m.Span.Start <= s.words[end].span.Start {
			return x.sideOf(a, m)
		}
	}
	return nil
}

// actorWithin returns the side named wholly inside [from, to).
func (x *Extractor) actorWithin(a *analysis, s *sentence, from, to int) *actors.Actor {
	for _, m := range s.actors {
		if m.Span.Start >= from && m.Span.End <= to {
			return x.sideOf(a, m)
		}
	}
	return nil
}

// actorEndingAt returns the side whose name ends at byte end (the "IS" of
// "IS-held").
func (x *Extractor) actorEndingAt(a *analysis, s *sentence, end int) *actors.Actor {
	for _, m := range s.actors {
		if m.Span.End == end || m.Span.End == end+1 {
			return x.sideOf(a, m)
		}
	}
	return nil
}

// sideOf resolves an actor mention to a side that can hold ground, or nil.
func (x *Extractor) sideOf(a *analysis, m actors.Mention) *actors.Actor {
	act := x.resolveGeneric(a, m)
	if act == nil {
		return nil
	}
	switch act.Kind {
	case actors.KindCivilians, actors.KindUnidentified:
		return nil
	}
	return act
}

// placeUsable reports whether a place mention can be held: not a name
// qualifying a group ("the Mosul militia") nor a dateline.
func placeUsable(a *analysis, pi int) bool {
	m := a.places[pi]
	return !m.Group && !isDateline(a.text, m) && strings.TrimSpace(m.Name) != ""
}

// placeAfter returns the first usable place mention starting within n
// words from word k ("-held town of Tal Afar"), or -1.
func placeAfter(a *analysis, s *sentence, k, n int) int {
	if k >= len(s.words) {
		return -1
	}
	end := s.words[min(k+n, len(s.words)-1)].span.End
	for _, pi := range s.places {
		m := a.places[pi]
		if m.Span.Start >= s.words[k].span.Start && m.Span.Start < end && placeUsable(a, pi) {
			if m.Relative != "" {
				return -1
			}
			return pi
		}
	}
	return -1
}

// subjectPlace finds the place a predicate at word k is said of, walking
// back over the words that may stand between a subject and its verb ("X
// is still", "X, a town south of Y, remains", "X ... and is still"), or -1.
func subjectPlace(a *analysis, s *sentence, k int) int {
	ws := s.words
	placeEndingAt := func(j int) int {
		for _, pi := range s.places {
			m := a.places[pi]
			if m.Full.Start <= ws[j].span.Start && ws[j].span.End <= max(m.Full.End, m.Span.End) {
				// (a prep read for a name opening the sentence is the
				// last sentence's word)
				if !placeUsable(a, pi) || m.Relative != "" || m.Prep != "" && s.wordAt(m.Full.Start) > 0 {
					return -2 // a place inside a phrase of another head ("the outskirts of X", "the last capital in X")
				}
				return pi
			}
		}
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		w := ws[j].low
		if pi := placeEndingAt(j); pi != -1 {
			if pi < 0 {
				return -1
			}
			return pi
		}
		switch {
		case subjectFiller[w]:
			continue
		case w == ",":
			// an aside between commas: "Mosul, some 400 km north of
			// Baghdad, has been under ..."
			c := j - 1
			for c >= 0 && ws[c].low != "," && !isClauseBreak(ws[c]) {
				c--
			}
			if c < 0 || ws[c].low != "," || j-c > 14 {
				return -1
			}
			j = c
			continue
		case w == "and":
			// "Tal Afar is a large town that lies ... and is still in the
			// hands of ...": the sentence's subject
			for _, pi := range s.places {
				m := a.places[pi]
				if s.wordAt(m.Full.Start) <= 2 && placeUsable(a, pi) && m.Relative == "" {
					return pi
				}
				break
			}
			return -1
		}
		return -1
	}
	return -1
}

// subjectFiller are the words that may stand between a place and a
// holding predicate.
var subjectFiller = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "remains": true, "remain": true, "remained": true,
	"has": true, "have": true, "had": true, "been": true, "being": true, "still": true, "now": true,
	"currently": true, "firmly": true, "largely": true, "mostly": true, "entirely": true, "fully": true,
	"completely": true, "effectively": true, "which": true, "that": true, "stays": true, "stayed": true,
	"continues": true, "continue": true, "to": true, "be": true, "reportedly": true, "also": true,
}

// siegeIn reports whether a sentence says a place is besieged or
// surrounded, and by whom when it says so ("surrounded by anti-IS forces":
// no side the dictionary knows).
func (x *Extractor) siegeIn(a *analysis, s *sentence) (*actors.Actor, bool) {
	ws := s.words
	for k, w := range ws {
		switch {
		case w.low == "besieged" || w.low == "surrounded" || w.low == "encircled":
			if k+1 < len(ws) && ws[k+1].low == "by" {
				return x.actorFrom(a, s, k+2, 3), true
			}
			if k > 0 && (ws[k-1].low == "been" || ws[k-1].low == "is" || ws[k-1].low == "are" || ws[k-1].low == "remains" || ws[k-1].low == "completely" || ws[k-1].low == "almost") {
				return nil, true
			}
		case w.low == "siege" && k > 0 && ws[k-1].low == "under":
			return nil, true
		}
	}
	return nil, false
}

// exceptStatements reads "Y retook all (areas) of X except Z": X is held
// by the taker (but for Z), and Z, when it is a place, by the side X was
// taken from.
func (x *Extractor) exceptStatements(a *analysis, s *sentence) []sitrep.Control {
	ws := s.words
	ex := -1
	for k, w := range ws {
		if w.low == "except" {
			ex = k
			break
		}
	}
	if ex < 2 {
		return nil
	}
	all := -1
	for j := ex - 1; j >= 0 && j >= ex-14; j-- {
		if ws[j].low == "all" || ws[j].low == "most" {
			all = j
			break
		}
	}
	if all < 0 {
		return nil
	}
	// the taking: a capture word before "all", its taker and the side it
	// was taken from
	// (the extractor's irrealis reading is not asked: "all of the city
	// has been retaken" told after "the offensive to take back" is done)
	gain := -1
	for j := ex - 1; j >= 0 && j >= all-6; j-- {
		if isClauseBreak(ws[j]) {
			break
		}
		if (isTakeBack(ws[j].low) || ws[j].low == "liberation" || ws[j].low == "recapture" || ws[j].low == "captured" || ws[j].low == "seized") &&
			!(j > 0 && (ws[j-1].low == "to" || ws[j-1].low == "will" || ws[j-1].low == "would" || ws[j-1].low == "could")) {
			gain = j
			break
		}
	}
	if gain < 0 || negated(ws, gain) {
		return nil
	}
	var taker *actors.Actor
	passive := gain > 0 && (ws[gain-1].low == "been" || ws[gain-1].low == "was" || ws[gain-1].low == "were" || ws[gain-1].low == "is" || ws[gain-1].low == "are")
	for j := gain + 1; j < len(ws) && j <= ex+6; j++ {
		if ws[j].low == "by" {
			taker = x.actorFrom(a, s, j+1, 3)
			break
		}
	}
	if taker == nil && !passive {
		// the subject: the last side named before the capture word
		for _, m := range s.actors {
			if m.Span.End <= ws[gain].span.Start {
				if act := x.sideOf(a, m); act != nil {
					taker = act
				}
			}
		}
	}
	var loser *actors.Actor
	for j := gain + 1; j < len(ws) && j <= ex+8; j++ {
		if ws[j].low == "from" {
			loser = x.actorFrom(a, s, j+1, 3)
			break
		}
	}
	// (without "from", the side the place was taken from is not guessed)
	// the rest: up to the end of the clause
	end := ex + 1
	for end < len(ws) && !isClauseBreak(ws[end]) && ws[end].low != "," && ws[end].low != "." {
		end++
	}
	if end == ex+1 {
		return nil
	}
	rest := strings.TrimSpace(a.text[ws[ex+1].span.Start:ws[end-1].span.End])
	var out []sitrep.Control
	if taker != nil {
		// X: a place between "all" and "except" that is not an offset
		// ("all areas west of Mosul" is no statement about Mosul), or,
		// for "all of the city", the city named before
		px := -1
		city := false
		for j := all + 1; j < ex; j++ {
			if ws[j].low == "city" || ws[j].low == "town" {
				city = true
			}
		}
		for _, pi := range s.places {
			m := a.places[pi]
			if m.Full.Start > ws[all].span.End && m.Span.End <= ws[ex].span.Start {
				px = pi
				if m.Relative != "" || m.Prep != "" && m.Prep != "of" || !placeUsable(a, pi) {
					px = -2
				}
			}
		}
		if px == -1 && city {
			// "all of the city": the town named last before, in this
			// sentence or the one before it
			for _, pi := range s.places {
				m := a.places[pi]
				if m.Span.End <= ws[all].span.Start && placeUsable(a, pi) && !m.Admin {
					px = pi
				}
			}
			if px == -1 && s.idx > 0 {
				for _, pi := range a.sents[s.idx-1].places {
					if m := a.places[pi]; placeUsable(a, pi) && !m.Admin && m.Relative == "" {
						px = pi
					}
				}
			}
		}
		if px >= 0 {
			c := x.statement(a, s, px, taker, gain)
			c.Except = rest
			if loser != nil {
				c.Against = loser.Name
			}
			out = append(out, c)
		}
	}
	if loser != nil {
		for _, pi := range s.places {
			m := a.places[pi]
			if m.Full.Start >= ws[ex].span.End && m.Span.End <= ws[end-1].span.End && placeUsable(a, pi) && m.Relative == "" {
				c := x.statement(a, s, pi, loser, gain)
				if taker != nil {
					c.Against = taker.Name
				}
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// lastPartStatements reads "Y took the last district of X": X is all held
// by the taker.
func (x *Extractor) lastPartStatements(a *analysis, s *sentence) []sitrep.Control {
	ws := s.words
	var out []sitrep.Control
	for k := 1; k+2 < len(ws); k++ {
		if ws[k].low != "last" || ws[k-1].low != "the" {
			continue
		}
		switch ws[k+1].low {
		case "district", "neighbourhood", "neighborhood", "quarter", "area", "part", "pocket", "stronghold", "bastion", "enclave":
		default:
			continue
		}
		if ws[k+2].low != "of" && ws[k+2].low != "in" {
			continue
		}
		var gain *trigHit
		for i := range s.triggers {
			t := &s.triggers[i]
			if t.class.name == "gain" && t.i < k && k-t.i <= 4 && !t.irrealis {
				gain = t
			}
		}
		if gain == nil || gain.i > 0 && (ws[gain.i-1].low == "been" || ws[gain.i-1].low == "was") || negated(ws, gain.i) {
			continue
		}
		px := placeAfter(a, s, k+3, 3)
		if px < 0 {
			continue
		}
		var taker *actors.Actor
		for _, m := range s.actors {
			if m.Span.End <= ws[gain.i].span.Start {
				if act := x.sideOf(a, m); act != nil {
					taker = act
				}
			}
		}
		if taker == nil {
			continue
		}
		out = append(out, x.statement(a, s, px, taker, gain.i))
	}
	return out
}

// Records is all extraction reads of one document.
type Records struct {
	Events   []sitrep.Event
	Figures  []sitrep.Figure
	Controls []sitrep.Control
}

// ExtractRecords returns the incidents, figures and control statements a
// document reports, reading it once. The document must already be
// cleaned.
func (x *Extractor) ExtractRecords(doc *sitrep.Document) Records {
	a, events, figures := x.extract(doc)
	r := Records{Events: events, Figures: figures}
	if a != nil {
		r.Controls = x.controls(a)
	}
	return r
}

// actorEndingBefore returns the side named right before word k (at most
// n words between), the subject of "IS lost X to".
func (x *Extractor) actorEndingBefore(a *analysis, s *sentence, k, n int) *actors.Actor {
	from := s.words[max(0, k-n)].span.Start
	var best *actors.Actor
	for _, m := range s.actors {
		if m.Span.End <= s.words[k].span.Start && m.Span.End >= from {
			best = x.sideOf(a, m)
		}
	}
	return best
}

// namedPlace returns the place mention that the words [i, j) name: one
// found there, or, when the gazetteer passed over the words in this
// sentence ("lost Shirqat to"), a place of the same name the report
// names elsewhere. -1 when none.
func namedPlace(a *analysis, s *sentence, i, j int) int {
	if i >= j {
		return -1
	}
	for _, pi := range s.places {
		m := a.places[pi]
		if m.Span.Start >= s.words[i].span.Start && m.Span.End <= s.words[j-1].span.End && placeUsable(a, pi) && m.Relative == "" {
			return pi
		}
	}
	for k := i; k < j; k++ {
		if !s.words[k].cap {
			return -1 // a name is capitalised throughout
		}
	}
	name := a.text[s.words[i].span.Start:s.words[j-1].span.End]
	for pi, m := range a.places {
		if strings.EqualFold(strings.TrimSpace(m.Name), name) && placeUsable(a, pi) && m.Relative == "" && !m.Admin {
			return pi
		}
	}
	return -1
}

// capturedBefore reports whether a done capture word ("seizing",
// "captured", "retook"; not "to retake") stands within n words before word
// k: what follows is the place taken.
func capturedBefore(ws []word, k, n int) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		w := ws[j].low
		if isTakeBack(w) || strings.HasPrefix(w, "captur") || strings.HasPrefix(w, "seiz") || strings.HasPrefix(w, "overr") || w == "took" || w == "taken" || w == "taking" || w == "stormed" {
			return !(j > 0 && (ws[j-1].low == "to" || ws[j-1].low == "will" || ws[j-1].low == "would"))
		}
		if isClauseBreak(ws[j]) {
			return false
		}
	}
	return false
}
