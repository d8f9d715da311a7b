// Package extract turns a cleaned report into event records (incidents) and
// figure records (standing numbers), the way a careful human coder would:
// which sentences tell one incident, what kind of incident it was, who did
// it to whom, where, when and how many were hurt, each field with the words
// it rests on.
//
// The engine is rule-based and explainable. Its words live in a lexicon
// (lexicon.txt, embedded; users can extend it); the other mentions come
// from the packages below it: textutil (sentences), quantity (counts),
// timex (dates), actors (the alias dictionary) and gazetteer (places).
package extract

import (
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/timex"
)

// Config says what an Extractor reads places, actors and words with.
type Config struct {
	// Gazetteer finds and resolves places; nil leaves events unplaced.
	Gazetteer *gazetteer.Gazetteer
	// Actors is the alias dictionary; nil means actors.Default().
	Actors *actors.Dictionary
	// Lexicon is the engine's rule table; nil means the embedded one.
	Lexicon *Lexicon
}

// Extractor reads incidents and figures out of documents. It is safe for
// concurrent use.
type Extractor struct {
	gaz    *gazetteer.Gazetteer
	actors *actors.Dictionary
	lex    *Lexicon
	// weights is the incident model (grouping.go)
	weights *weights
}

// New builds an Extractor.
func New(cfg Config) (*Extractor, error) {
	x := &Extractor{gaz: cfg.Gazetteer, actors: cfg.Actors, lex: cfg.Lexicon, weights: &defaultWeights}
	if x.actors == nil {
		x.actors = actors.Default()
	}
	if x.lex == nil {
		l, err := DefaultLexicon()
		if err != nil {
			return nil, fmt.Errorf("embedded lexicon: %w", err)
		}
		x.lex = l
	}
	return x, nil
}

// LoadLexicon returns the embedded lexicon extended with a user's file.
func LoadLexicon(path string) (*Lexicon, error) {
	base, err := DefaultLexicon()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	l := base.Clone()
	if err := l.Load(f, path); err != nil {
		return nil, err
	}
	return l, nil
}

// LoadLexiconFrom extends a copy of the embedded lexicon with r.
func LoadLexiconFrom(r io.Reader, source string) (*Lexicon, error) {
	base, err := DefaultLexicon()
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errors.New("no lexicon to read")
	}
	l := base.Clone()
	return l, l.Load(r, source)
}

// Extract returns the incidents and figures a document reports. The
// document must already be cleaned (its Text set).
func (x *Extractor) Extract(doc *sitrep.Document) ([]sitrep.Event, []sitrep.Figure) {
	_, events, figures := x.extract(doc)
	return events, figures
}

// extract is Extract, also giving the analysis read (nil for no text).
func (x *Extractor) extract(doc *sitrep.Document) (*analysis, []sitrep.Event, []sitrep.Figure) {
	if doc == nil || doc.Text == "" {
		return nil, nil, nil
	}
	a := x.analyse(doc)
	if a.unread.End > a.unread.Start {
		doc.Notes = append(doc.Notes, fmt.Sprintf("extraction read the first %d words, up to character %d of %d; the rest was not read for incidents", MaxWords, doc.RuneOffset(a.unread.Start), doc.RuneOffset(len(doc.Text))))
	}
	incidents := x.settle(doc, a, x.group(a, x.frames(a)))
	owner := sentenceOwners(incidents)
	a.owner = owner
	attachZeros(a, owner)
	datesFromAnaphors(a, owner)
	events := make([]sitrep.Event, 0, len(incidents))
	for _, in := range incidents {
		if ev, ok := x.build(a, in); ok {
			events = append(events, ev)
		}
	}
	remoteAttackerOfReport(events, x.stateForces)
	return a, events, x.figures(a)
}

// sentenceOwners maps each sentence an incident is told in to that
// incident (the first, when several share it).
func sentenceOwners(incidents []*incident) map[int]*incident {
	owner := map[int]*incident{}
	for _, in := range incidents {
		for _, f := range in.frames {
			if f.s != nil {
				if _, ok := owner[f.s.idx]; !ok {
					owner[f.s.idx] = in
				}
			}
		}
	}
	return owner
}

// attachZeros gives each incident the zeros told of it ("No one was hurt"):
// those of its own sentences, and those of a sentence of no incident told
// right after one of its own (a sentence or two on), the incident last
// told before it.
func attachZeros(a *analysis, owner map[int]*incident) {
	for _, s := range a.sents {
		if len(s.zeros) == 0 {
			continue
		}
		in := owner[s.idx]
		for k := s.idx - 1; in == nil && k >= 0 && k >= s.idx-2; k-- {
			in = owner[k]
		}
		if in != nil {
			in.zeros = append(in.zeros, s.zeros...)
		}
	}
}

// datesFromAnaphors dates an incident told with only the day it was
// reported, or with none, by the sentence of no incident right after it
// that points back to it and tells a day ("... police said on Tuesday.
// The operation began on Sunday night"): the earliest day that sentence
// tells, when it names no place of its own.
func datesFromAnaphors(a *analysis, owner map[int]*incident) {
	for _, s := range a.sents {
		if _, ok := owner[s.idx]; ok || s.idx == 0 || len(s.places) > 0 || !s.opensOnAnaphor() {
			continue
		}
		in := owner[s.idx-1]
		if in == nil || in.date != nil && in.date.Kind != timex.Reporting && !in.inherited {
			continue
		}
		var day *timex.Expr
		for k := range s.times {
			t := &s.times[k]
			if newsDay(t) && (day == nil || t.Date.Time().Before(day.Date.Time())) {
				day = t
			}
		}
		if day == nil || in.date != nil && in.date.Kind == timex.Reporting && day.Date.Time().After(in.date.Date.Time()) {
			continue // (not a day after the one it was reported on)
		}
		d := *day
		d.Note = "told by the sentence after it, which points back to it (" + strings.TrimSpace(d.Text) + ")"
		in.date, in.inherited = &d, false
	}
}

// opensOnAnaphor reports whether a sentence opens on words that point
// back to an incident told ("The operation began ...", "The attack
// came ...").
func (s *sentence) opensOnAnaphor() bool {
	for _, m := range s.markers {
		if m.val.(string) == "anaphor" && m.i == 0 {
			return true
		}
	}
	return false
}

// headlineOf gives the report's headline to the incident the report leads
// with, when the headline can tell it: its kind of violence and its
// place, if it names them, agree with the incident's.
func (x *Extractor) headlineOf(a *analysis, incidents []*incident) {
	if len(incidents) == 0 {
		return
	}
	// (the headline may come after a line of the page's chrome)
	var h *sentence
	for _, s := range a.sents[:min(3, len(a.sents))] {
		if s.headline {
			h = s
			break
		}
	}
	if h == nil || h.aggregate || h.background || len(h.cas) == 0 {
		return
	}
	in := incidents[0]
	ht := bestTrigger(realised(h))
	if it := x.incidentTrigger(in); ht != nil && it != nil && (ht.class.name == "gain") != (it.class.name == "gain") {
		return
	}
	if in.place >= 0 {
		ip := a.places[in.place]
		// (a headline that also names a town apart from the incident's
		// tells two incidents: "Boko Haram kills eight herders near Gubio;
		// suicide bomber kills eight in Konduga")
		apart := false
		for _, pi := range h.places {
			hp := a.places[pi]
			if hp.Admin {
				continue
			}
			apart = apart || !(samePlace(hp, ip) || inside(hp, ip) || inside(ip, hp) || near(hp, ip, 30) || a.putsIn(ip, hp))
		}
		if apart {
			return
		}
	}
	in.headline = h
}

// dropRetoldHistory drops the undated incidents of a report whose lead
// tells an act of its history ("A court sentenced two men for helping
// the militants who attacked a hotel in Nairobi in January 2019") and
// which dates no incident of its own: the incident told later with no
// day ("Twenty-one people were killed when five gunmen stormed the
// complex") retells that old act, not news (court reports, anniversaries,
// features).
func dropRetoldHistory(a *analysis, incidents []*incident) []*incident {
	var lead *sentence
	for _, s := range a.sents {
		if !s.headline {
			lead = s
			break
		}
	}
	if lead == nil || !lead.background && !actOfHistory(lead) {
		return incidents
	}
	for _, in := range incidents {
		if in.date != nil {
			return incidents // the report dates an incident of its own: news
		}
	}
	return nil
}

// actOfHistory reports whether a sentence tells an act in a clause that
// a date of the report's background dates ("the gunmen who attacked a bus
// station in March 2019").
func actOfHistory(s *sentence) bool {
	for k := range s.times {
		e := &s.times[k]
		if !e.Background || e.Kind != timex.Point {
			continue
		}
		cl := s.clause[min(s.wordAt(e.Span.Start), len(s.words)-1)]
		if slices.ContainsFunc(s.triggers, func(t trigHit) bool { return s.clause[t.i] == cl && !t.irrealis }) {
			return true
		}
	}
	return false
}

// settle turns the incidents grouping made into the report's incidents:
// joint ones split by place and member, tolls shared out, sums and
// accidents and retold history dropped, dates and kinds lent, headlines
// found. Extract and Explain both read incidents through it.
func (x *Extractor) settle(doc *sitrep.Document, a *analysis, incidents []*incident) []*incident {
	incidents = splitJoint(a, incidents)
	incidents = x.splitMembers(a, incidents)
	shareOut(a, incidents)
	x.summaries(doc, a, incidents)
	incidents = dropPureSummaries(incidents)
	incidents = dropAccidents(incidents)
	undated(a, incidents)
	incidents = dropRetoldHistory(a, incidents)
	daysOfSums(a, incidents)
	inheritDates(incidents, doc.Published)
	incidents = dropFuture(incidents, doc.Published)
	x.borrowKinds(incidents)
	x.headlineOf(a, incidents)
	return incidents
}

// dropFuture drops the incidents dated after the report was published
// ("every battalion to have its own strike drones by 2029"): what is told
// of a time to come was not done.
func dropFuture(incidents []*incident, published sitrep.Date) []*incident {
	if published.IsZero() {
		return incidents
	}
	limit := published.Time().AddDate(0, 0, 1)
	kept := incidents[:0]
	for _, in := range incidents {
		if in.date != nil && !in.date.Date.IsZero() && in.date.Date.Time().After(limit) {
			continue
		}
		kept = append(kept, in)
	}
	return kept
}

// daysOfSums gives an incident the report does not date the day of a
// sentence just before it that sums that day's few acts, told one by one
// after it ("At least 12 people were killed in two attacks on Monday.
// Eight villagers died when gunmen raided Maiduguri, and four soldiers
// were killed by a bomb near Gwoza."): the day the sum was told on, at
// day precision. A sentence between that tells a day of its own ends the
// sum's reach.
func daysOfSums(a *analysis, incidents []*incident) {
	for _, in := range incidents {
		if in.date != nil || len(in.frames) == 0 {
			continue
		}
		first := in.frames[0].s.idx
		for k := first - 1; k >= 0 && k >= first-4; k-- {
			s := a.sents[k]
			if s.sumDay != nil {
				d := *s.sumDay
				d.Note = "not stated; the day of the acts the report sums before it: " + string(d.Date)
				in.date = &d
				break
			}
			if slices.ContainsFunc(s.times, func(t timex.Expr) bool { return newsDay(&t) }) {
				break
			}
		}
	}
}

// inheritDates gives an incident the report does not date the date of the
// report's first dated incident told before it — its news day — at week
// precision: a report's incidents mostly fall within days of the one it
// leads with, and a coder dates them so ("the same Friday assault"). An
// incident told before any dated one (an undated lead) gets the report's
// publication date, also at week precision: news tells what happened in
// the days before it, and a side story told later does not date its lead.
func inheritDates(incidents []*incident, published sitrep.Date) {
	var main *incident
	for _, in := range incidents {
		if in.date != nil {
			if main == nil && in.date.Precision == sitrep.PrecisionDay && !in.inherited {
				main = in
			}
			continue
		}
		switch {
		case main != nil:
			d := *main.date
			d.Precision = sitrep.PrecisionWeek
			d.Note = "not stated; the report's main incident is dated " + string(d.Date)
			d.Span = main.date.Span
			in.date = &d
		case !published.IsZero():
			in.date = &timex.Expr{Date: published, Precision: sitrep.PrecisionWeek,
				Note: "not stated; the report's publication date " + string(published)}
		default:
			continue
		}
		in.inherited = true
	}
}

// undated takes from an incident the day it was only said on ("the
// military said in a statement on Wednesday") when the report then says
// it does not know when the incident happened ("It did not say when the
// raid took place"): the incident told in that sentence or last before
// it is undated, and inherits the report's date as a week (inheritDates).
// A day the report gives the act itself stays.
func undated(a *analysis, incidents []*incident) {
	for _, s := range a.sents {
		if !s.hasMarker("undated") {
			continue
		}
		var owner *incident
		at := -1
		for _, in := range incidents {
			for _, f := range in.frames {
				if f.s.idx <= s.idx && f.s.idx > at && s.idx-f.s.idx <= 2 {
					owner, at = in, f.s.idx
				}
			}
		}
		if owner != nil && owner.date != nil && owner.date.Kind == timex.Reporting {
			owner.date = nil
		}
	}
}

// borrowKinds gives an incident told only by its dead ("SNHR also
// reported five deaths in Saqba and Zebdin") the kind of the incident told
// just before it, which the report is still about.
func (x *Extractor) borrowKinds(incidents []*incident) {
	for i, in := range incidents {
		if own := x.incidentTrigger(in); own != nil {
			// "Another strike in Hodeidah killed three children" after
			// air strikes on Saada: another of the same, by the same side
			// (past the incidents the same words tell at other places:
			// "strikes were also reported in A, B and C")
			// ("a similar attack in Mandera killed two reservists" after a
			// roadside bomb: one like it, however far before it was told)
			like := similar(own)
			for j := i - 1; j >= 0 && (like || another(own) || passiveOfNoSide(own)) && means(own.class.name) == ""; j-- {
				prev := incidents[j]
				t := x.incidentTrigger(prev)
				if t != nil && t.s == own.s && t.i == own.i {
					continue
				}
				if like && (t == nil || means(t.class.name) == "") {
					continue
				}
				if t != nil && means(t.class.name) != "" && (like || in.frames[0].s.idx-prev.last().s.idx <= 3) {
					in.borrowed, in.borrowedFrom, in.another = t, prev, true
				}
				break
			}
			continue
		}
		if in.frames[0].s.opensOnMarker("separate") {
			// "Separately, police found the bodies of three men": told as
			// another incident, it is not more of the one before
			continue
		}
		for j := i - 1; j >= 0; j-- {
			prev := incidents[j]
			if in.frames[0].s.idx-prev.last().s.idx > 3 {
				break
			}
			if t := x.incidentTrigger(prev); t != nil {
				in.borrowed, in.borrowedFrom = t, prev
				break
			}
		}
	}
}

// eventID is a stable id for an event from its document, first evidence
// and kind, so re-running extraction gives the same ids.
func eventID(doc string, parts ...string) string {
	h := sha1.New()
	h.Write([]byte(doc))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return "e-" + hex.EncodeToString(h.Sum(nil))[:8]
}

// passiveOfNoSide reports a word of attack told in the passive with no
// side in its sentence ("three churches ... were targeted", "a market was
// hit"): the places of an attack just told, by its means.
func passiveOfNoSide(t *triggerAt) bool {
	if t.class.name != "attack" || t.noun || t.i == 0 {
		return false
	}
	switch t.s.words[t.i-1].low {
	case "was", "were", "been", "being":
	default:
		return false
	}
	for _, m := range t.s.actors {
		if m.Actor != nil && m.Actor.Name != "civilians" {
			return false
		}
	}
	return true
}

// similar reports whether a trigger is told as like one told before: "a
// similar attack", "an identical assault".
func similar(t *triggerAt) bool {
	if t.i < 1 {
		return false
	}
	switch t.s.words[t.i-1].low {
	case "similar", "identical":
		return true
	}
	return false
}

// another reports whether a trigger is told as one more of a kind told
// before: "another strike", "a second attack", "a further raid", "strikes
// were also reported in X", "also struck".
func another(t *triggerAt) bool {
	ws := t.s.words
	if t.i >= 1 {
		switch ws[t.i-1].low {
		case "another", "second", "further", "third", "also", "other", "more":
			// ("Other strikes hit Sanaa", "More shells fell on the
			// town": others of the kind told just before)
			return true
		}
	}
	for k := t.i + t.n; k < len(ws) && k <= t.i+t.n+2; k++ {
		if ws[k].punc || t.s.clause[k] != t.s.clause[t.i] && t.s.clauseKindAt(k) != attributionClause {
			break
		}
		if ws[k].low == "also" {
			return true
		}
	}
	return false
}

// dropAccidents drops the incidents told by blasts alone (no bomb, mine
// or attack in any of their sentences) one of whose sentences tells the
// blast a mishap ("Police said the blasts were caused by ammunition
// stored in the building and ruled out an attack").
func dropAccidents(incidents []*incident) []*incident {
	kept := incidents[:0]
	for _, in := range incidents {
		accidental, blasts := false, true
		for _, f := range in.frames {
			accidental = accidental || f.s.hasMarker("accidental")
			if len(f.trigs) > 0 && !f.s.onlyBlasts(f.trigs) || len(f.trigs) == 0 && f.s.namesAttack() {
				blasts = false
			}
		}
		if !(accidental && blasts) {
			kept = append(kept, in)
		}
	}
	return kept
}

// dropPureSummaries drops the incidents that only sum up others; each
// incident a sum was of takes from it the day it was told on when it
// tells none of its own ("killed 41 insurgents in three provinces on
// Tuesday", then the strike in one district and the clash in another).
func dropPureSummaries(incidents []*incident) []*incident {
	kept := incidents[:0]
	for _, in := range incidents {
		if sum := in.summaryOf; in.date == nil && sum != nil && sum.summaryOnly && eventDay(sum.date) != nil {
			in.date = sum.date
		}
		if !in.summaryOnly {
			kept = append(kept, in)
		}
	}
	return kept
}

// remoteAttackerOfReport names the side that fired a strike or shelling
// the report tells with no side ("In Kupiansk, one man was killed by
// artillery fire"; "a guided aerial bomb hit an industrial site") when
// the report names one side alone as firing its other strikes and shelling
// in that country ("a Russian drone hit an apartment block in Kharkiv"): a
// report of a day's strikes on one country tells one side's fire. Only a
// state's forces are so read; a report that names two sides firing there,
// or an armed group, leaves it unknown.
func remoteAttackerOfReport(events []sitrep.Event, state func(string) bool) {
	remote := func(ev *sitrep.Event) bool {
		return ev.EventType == "Explosions/Remote violence" && (ev.SubEventType == "Air/drone strike" || ev.SubEventType == "Shelling/artillery/missile attack") && ev.Location != nil && ev.Location.Country != ""
	}
	named := func(a string) bool {
		return a != "" && a != "unknown" && !strings.Contains(a, "unidentified")
	}
	type firer struct {
		actor string
		from  int // the event that names it
		many  bool
	}
	byCountry := map[string]*firer{}
	for i := range events {
		ev := &events[i]
		if !remote(ev) || !named(ev.Actor1) {
			continue
		}
		if !state(ev.Actor1) {
			// (a group's drones are not alone in the sky: "drones
			// launched by the RSF struck Port Sudan ... drones hit the
			// airport of Kassala" leaves the second unnamed)
			byCountry[ev.Location.Country] = &firer{many: true}
			continue
		}
		f := byCountry[ev.Location.Country]
		if f == nil {
			byCountry[ev.Location.Country] = &firer{actor: ev.Actor1, from: i}
		} else if f.actor != ev.Actor1 {
			f.many = true
		}
	}
	for i := range events {
		ev := &events[i]
		if !remote(ev) || ev.Actor1 != "unknown" {
			continue
		}
		f := byCountry[ev.Location.Country]
		if f == nil || f.many || ev.Actor2 == f.actor {
			continue
		}
		ev.Actor1 = f.actor
		if e, ok := events[f.from].FieldEvidence["actor1"]; ok {
			if ev.FieldEvidence == nil {
				ev.FieldEvidence = map[string]sitrep.Evidence{}
			}
			ev.FieldEvidence["actor1"] = e
		}
		ev.Notes = append(ev.Notes, "actor1: the side the report names as firing its other strikes in the country ("+f.actor+"); this one is told with no side")
	}
}

// stateForces reports whether an actor's name is a state's forces in the
// dictionary.
func (x *Extractor) stateForces(name string) bool {
	a := x.actors.Lookup(name)
	return a != nil && (a.Kind == actors.KindStateForces || a.Kind == actors.KindCoalition)
}
