// Package control derives who holds each place, and since when, from what
// the store keeps: territory incidents (an event of type "Government
// regains territory", "Non-state actor overtakes territory" or
// "Non-violent transfer of territory" makes its actor1 the holder of its
// place from its date), control statements made without an incident
// (sitrep.Control: "X is still held by Y", "besieged by"), and fighting
// reported inside a place (an armed clash contests it on its day).
//
// A place's timeline is a run of intervals, each with its holder (or the
// sides that contest it), the day it began with that day's precision, and
// the claims — evidence and sources — it rests on. Reports that disagree
// about who holds a place on a day make it contested with every side
// listed: conflicts stay visible, never resolved silently.
//
// Everything is sorted: the same claims in any order give the same
// timelines.
package control

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/textutil"
)

// Kinds of claims.
const (
	KindCapture   = "capture"   // a territory incident: actor1 took the place
	KindStatement = "statement" // a control statement: the holder holds it
	KindFighting  = "fighting"  // an armed clash inside the place
)

// Claim is one piece of evidence about who holds a place on a day.
type Claim struct {
	Kind string `json:"kind"`
	// Holder is the side said to hold the place (a capture's taker); empty
	// for fighting.
	Holder string `json:"holder,omitempty"`
	// State is the control state a statement gives (sitrep.ControlHeld,
	// ControlBesieged, ControlContested); captures hold.
	State string `json:"state"`
	// Sides are the sides a claim names: the taker and the side it took the
	// place from, the holder and its besieger, the two sides fighting.
	Sides         []string    `json:"sides,omitempty"`
	Except        string      `json:"except,omitempty"`
	Date          sitrep.Date `json:"date"`
	DatePrecision string      `json:"date_precision,omitempty"`
	// Event is the id of the incident the claim comes from; Doc the
	// report of a statement.
	Event    string            `json:"event,omitempty"`
	Doc      string            `json:"doc,omitempty"`
	Place    sitrep.Location   `json:"place"`
	Evidence []sitrep.Evidence `json:"evidence,omitempty"`
	Sources  []sitrep.Source   `json:"sources,omitempty"`
}

// territory reports whether a sub-event type is a change of hands.
func territory(sub string) bool {
	switch sub {
	case "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory":
		return true
	}
	return false
}

// side reports whether an actor name names a side that can hold ground.
func side(name string) bool {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "unknown", "civilians", "unidentified", "unidentified armed group":
		return false
	}
	return true
}

// FromEvent reads the claim an event makes about control of its place: a
// territory incident names its taker as holder, an armed clash between
// named sides contests the place. ok is false for other events, deleted
// ones and those without a named place.
func FromEvent(e *sitrep.Event) (Claim, bool) {
	if e == nil || e.Deleted || e.Location == nil || strings.TrimSpace(e.Location.Name) == "" || e.Location.Relative != "" {
		// (a place only told as lying off another, "an airbase west of
		// Mosul", says nothing of who holds that other)
		return Claim{}, false
	}
	c := Claim{Date: e.Date, DatePrecision: e.DatePrecision, Event: e.ID, Doc: e.Doc,
		Place: *e.Location, Evidence: e.Evidence, Sources: e.Sources}
	if c.Date.IsZero() {
		c.DatePrecision = ""
	} else if c.DatePrecision == "" {
		c.DatePrecision = sitrep.PrecisionDay
	}
	switch {
	case territory(e.SubEventType):
		if !side(e.Actor1) {
			return Claim{}, false
		}
		c.Kind, c.Holder, c.State = KindCapture, e.Actor1, sitrep.ControlHeld
		c.Sides = sides(e.Actor1, e.Actor2)
	case e.EventType == "Battles" && e.SubEventType == "Armed clash":
		c.Kind, c.State = KindFighting, sitrep.ControlContested
		c.Sides = sides(e.Actor1, e.Actor2)
		if len(c.Sides) == 0 {
			return Claim{}, false
		}
	default:
		return Claim{}, false
	}
	return c, true
}

// FromStatement reads a control statement as a claim; its sources are the
// report's, when given.
func FromStatement(s *sitrep.Control, src *sitrep.Source) (Claim, bool) {
	if s == nil || s.Place == nil || strings.TrimSpace(s.Place.Name) == "" {
		return Claim{}, false
	}
	c := Claim{Kind: KindStatement, State: s.State, Except: s.Except, Date: s.Date, DatePrecision: s.DatePrecision,
		Doc: s.Doc, Place: *s.Place, Evidence: s.Evidence}
	if c.Date.IsZero() {
		c.DatePrecision = ""
	} else if c.DatePrecision == "" {
		c.DatePrecision = sitrep.PrecisionDay
	}
	if src != nil {
		c.Sources = []sitrep.Source{*src}
	}
	switch s.State {
	case sitrep.ControlHeld, sitrep.ControlBesieged:
		if !side(s.Holder) {
			return Claim{}, false
		}
		c.Holder = s.Holder
		c.Sides = sides(s.Holder, s.Against)
	case sitrep.ControlContested:
		c.Sides = sides(s.Holder, s.Against)
		if len(c.Sides) == 0 {
			return Claim{}, false
		}
	default:
		return Claim{}, false
	}
	return c, true
}

// sides lists the named sides among names, in the order given, once each.
func sides(names ...string) []string {
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		if side(n) && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// Interval is a stretch of a place's timeline with one state.
type Interval struct {
	// From is the day the interval began, with the precision of the claim
	// that began it; To the day the next began (exclusive), empty while it
	// lasts.
	From          sitrep.Date `json:"from"`
	FromPrecision string      `json:"from_precision"`
	To            sitrep.Date `json:"to"`
	// Since is the day the holder's hold began, with its precision: From,
	// except for an interval that resumes a hold a day of fighting broke.
	Since          sitrep.Date `json:"since"`
	SincePrecision string      `json:"since_precision"`
	State          string      `json:"state"`
	// Holder is the side holding the place; empty when contested.
	Holder string `json:"holder"`
	// Sides are the sides of a contested interval, or every name the
	// claims give the holder and its allies (and a besieger) otherwise.
	Sides  []string `json:"sides"`
	Except string   `json:"except,omitempty"`
	// Against are the sides besieging a besieged holder.
	Against []string `json:"against,omitempty"`
	// Resumed is set for an interval that takes up again the state before
	// a day of fighting; it rests on the claims of that earlier state.
	Resumed bool `json:"resumed,omitempty"`
	// Claims are the evidence of the interval: those of the day it began
	// (the change) first, then those that later confirmed it.
	Claims []Claim `json:"claims"`

	fightOnly bool // made by fighting alone (Build's working state)
}

// Sources lists the reports behind an interval's claims, each once, in
// the order of the claims.
func (iv *Interval) Sources() []sitrep.Source {
	var out []sitrep.Source
	seen := map[string]bool{}
	for _, c := range iv.Claims {
		for _, s := range c.Sources {
			if !seen[s.Doc] {
				seen[s.Doc] = true
				out = append(out, s)
			}
		}
		if len(c.Sources) == 0 && c.Doc != "" && !seen[c.Doc] {
			seen[c.Doc] = true
			out = append(out, sitrep.Source{Doc: c.Doc})
		}
	}
	return out
}

// Names reports whether the interval names a side: its holder, or one of
// its sides.
func (iv *Interval) Names(actor string) bool {
	if strings.EqualFold(iv.Holder, actor) {
		return true
	}
	for _, s := range iv.Sides {
		if strings.EqualFold(s, actor) {
			return true
		}
	}
	return false
}

// Timeline is the control history of one place.
type Timeline struct {
	Place     sitrep.Location `json:"place"`
	Key       string          `json:"key"`
	Intervals []Interval      `json:"intervals"`
	// Undated are claims about the place with no date: shown, not placed
	// in time.
	Undated []Claim `json:"undated,omitempty"`
}

// At returns the interval that covers day d, or nil when none does.
func (t *Timeline) At(d sitrep.Date) *Interval {
	for i := len(t.Intervals) - 1; i >= 0; i-- {
		iv := &t.Intervals[i]
		if iv.From <= d {
			if iv.To == "" || d < iv.To {
				return iv
			}
			return nil
		}
	}
	return nil
}

// Options tunes Build.
type Options struct {
	// Allied reports whether two holders are the same side (a unit and
	// the forces it belongs to): the same side on one day is no dispute.
	// Nil means the same name only; AlliedBy builds one from the actor
	// dictionary.
	Allied func(a, b string) bool
}

// AlliedBy returns an Allied function that counts two actors as one side
// when one is part of the other in the dictionary (Counter-Terrorism
// Service and Popular Mobilization Forces within Iraqi Security Forces).
func AlliedBy(d *actors.Dictionary) func(a, b string) bool {
	if d == nil {
		d = actors.Default()
	}
	root := func(n string) string {
		name := strings.ToLower(strings.TrimSpace(n))
		a := d.Lookup(n)
		for k := 0; a != nil && k < 8; k++ {
			name = strings.ToLower(a.Name)
			if a.Parent == "" {
				break
			}
			a = d.Lookup(a.Parent)
		}
		return name
	}
	return func(a, b string) bool {
		return strings.EqualFold(a, b) || root(a) == root(b)
	}
}

// Key is the name a place's timeline is kept under: its folded name and
// country. Two reports naming one town alike share a timeline.
func Key(l *sitrep.Location) string {
	k := textutil.NameKey(l.Name)
	if k == "" {
		k = strings.ToLower(strings.TrimSpace(l.Name))
	}
	return k + "|" + strings.ToUpper(l.Country)
}

// kindRank orders the claims of one day: changes, then statements, then
// fighting.
func kindRank(k string) int {
	switch k {
	case KindCapture:
		return 0
	case KindStatement:
		return 1
	}
	return 2
}

func compareClaims(a, b Claim) int {
	if c := cmp.Compare(a.Date, b.Date); c != 0 {
		return c
	}
	if c := cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Holder, b.Holder); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Event, b.Event); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	as, bs := 0, 0
	if len(a.Evidence) > 0 {
		as = a.Evidence[0].Start
	}
	if len(b.Evidence) > 0 {
		bs = b.Evidence[0].Start
	}
	if c := cmp.Compare(as, bs); c != 0 {
		return c
	}
	return cmp.Compare(strings.Join(a.Sides, "\x00"), strings.Join(b.Sides, "\x00"))
}

// Build makes the timeline of every place the claims name, sorted by
// place name, country and key.
func Build(claims []Claim, opt Options) []Timeline {
	allied := opt.Allied
	if allied == nil {
		allied = strings.EqualFold
	}
	byKey := map[string][]Claim{}
	var keys []string
	for _, c := range claims {
		k := Key(&c.Place)
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], c)
	}
	out := make([]Timeline, 0, len(keys))
	for _, k := range keys {
		cs := slices.Clone(byKey[k])
		slices.SortStableFunc(cs, compareClaims)
		out = append(out, build(k, cs, allied))
	}
	slices.SortFunc(out, func(a, b Timeline) int {
		if c := cmp.Compare(strings.ToLower(a.Place.Name), strings.ToLower(b.Place.Name)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Place.Country, b.Place.Country); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// build makes one place's timeline from its claims, sorted.
func build(key string, cs []Claim, allied func(a, b string) bool) Timeline {
	t := Timeline{Key: key, Place: representative(cs)}
	var cur *Interval // the state in force, nil when none is known
	closeCur := func(to sitrep.Date) {
		if cur == nil {
			return
		}
		if cur.From < to {
			cur.To = to
			t.Intervals = append(t.Intervals, *cur)
		}
		cur = nil
	}
	for i := 0; i < len(cs); {
		if cs[i].Date.IsZero() {
			t.Undated = append(t.Undated, cs[i])
			i++
			continue
		}
		j := i
		for j < len(cs) && cs[j].Date == cs[i].Date {
			j++
		}
		day := cs[i:j]
		i = j
		next := decide(day, cur, allied)
		switch {
		case next == nil:
		case next.fightOnly:
			// a day of fighting contests the place on that day; the
			// state before it takes up again the next day
			prev := cur
			closeCur(next.From)
			nextDay := sitrep.DateOf(next.From.Time().Add(24 * time.Hour))
			next.To, next.fightOnly = nextDay, false
			t.Intervals = append(t.Intervals, *next)
			if prev != nil && prev.State != sitrep.ControlContested {
				r := *prev
				r.From, r.FromPrecision, r.To, r.Resumed = nextDay, sitrep.PrecisionDay, "", true
				if r.Since == "" {
					r.Since, r.SincePrecision = prev.From, prev.FromPrecision
				}
				r.Claims = slices.Clone(prev.Claims)
				r.Sides = slices.Clone(prev.Sides)
				cur = &r
			}
		case cur != nil && next.State != sitrep.ControlContested && cur.State == next.State &&
			allied(cur.Holder, next.Holder) && cur.Except == next.Except:
			// the same holder again: a confirmation
			cur.Claims = append(cur.Claims, day...)
			cur.Sides = appendFold(cur.Sides, next.Sides...)
		default:
			closeCur(next.From)
			cur = next
		}
	}
	if cur != nil {
		t.Intervals = append(t.Intervals, *cur)
	}
	for i := range t.Intervals {
		if iv := &t.Intervals[i]; iv.Since == "" {
			iv.Since, iv.SincePrecision = iv.From, iv.FromPrecision
		}
	}
	return t
}

// decide reads one day's claims into the state they give, or nil when
// they give none.
func decide(day []Claim, cur *Interval, allied func(a, b string) bool) *Interval {
	iv := &Interval{From: day[0].Date, FromPrecision: finest(day), Claims: slices.Clone(day)}
	// the holders the day's captures and statements name, grouped by side
	var camps [][]string
	var contest []string // sides a contesting statement names
	besieged, besiegers, except := false, []string(nil), ""
	holderClaims := map[string]int{}
	held := 0
	for _, c := range day {
		switch {
		case c.Kind == KindFighting:
			continue
		case c.State == sitrep.ControlContested:
			contest = appendFold(contest, c.Sides...)
			continue
		}
		held++
		holderClaims[c.Holder]++
		placed := false
		for k := range camps {
			if allied(camps[k][0], c.Holder) {
				camps[k] = appendFold(camps[k], c.Holder)
				placed = true
				break
			}
		}
		if !placed {
			camps = append(camps, []string{c.Holder})
		}
		if c.State == sitrep.ControlBesieged {
			besieged = true
			for _, s := range c.Sides {
				if !strings.EqualFold(s, c.Holder) {
					besiegers = appendFold(besiegers, s)
				}
			}
		}
		if c.Kind == KindCapture {
			besieged = false // taken that day: no longer besieged by its taker
		}
		if c.Except != "" && except == "" {
			except = c.Except
		}
	}
	switch {
	case len(camps) > 1 || len(camps) == 1 && len(contest) > 0 && !allContained(contest, camps[0], allied):
		// reports disagree about who holds the place that day
		iv.State = sitrep.ControlContested
		for _, cp := range camps {
			iv.Sides = appendFold(iv.Sides, cp...)
		}
		iv.Sides = appendFold(iv.Sides, contest...)
		slices.Sort(iv.Sides)
		return iv
	case len(camps) == 1:
		cp := camps[0]
		// the name most claims give; ties go to the first in order
		best := cp[0]
		for _, n := range cp[1:] {
			if holderClaims[n] > holderClaims[best] {
				best = n
			}
		}
		iv.Holder, iv.State, iv.Except = best, sitrep.ControlHeld, except
		iv.Sides = slices.Clone(cp)
		if besieged {
			iv.State = sitrep.ControlBesieged
			iv.Sides = appendFold(iv.Sides, besiegers...)
			iv.Against = besiegers
		}
		return iv
	case len(contest) > 0:
		iv.State = sitrep.ControlContested
		iv.Sides = slices.Clone(contest)
		if cur != nil && cur.Holder != "" {
			iv.Sides = appendFold(iv.Sides, cur.Holder)
		}
		slices.Sort(iv.Sides)
		return iv
	}
	// fighting only
	var fighters []string
	for _, c := range day {
		fighters = appendFold(fighters, c.Sides...)
	}
	if cur != nil && cur.Holder != "" {
		fighters = appendFold(fighters, cur.Holder)
	}
	if cur != nil && cur.State == sitrep.ControlContested {
		fighters = appendFold(fighters, cur.Sides...)
	}
	if len(fighters) < 2 {
		return nil
	}
	slices.Sort(fighters)
	iv.State, iv.Sides, iv.fightOnly = sitrep.ControlContested, fighters, true
	return iv
}

// allContained reports whether every name is allied to one of the camp.
func allContained(names, camp []string, allied func(a, b string) bool) bool {
	for _, n := range names {
		if !slices.ContainsFunc(camp, func(c string) bool { return allied(c, n) }) {
			return false
		}
	}
	return true
}

// appendFold appends the names not already in list (ignoring case).
func appendFold(list []string, names ...string) []string {
	for _, n := range names {
		if n != "" && !slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, n) }) {
			list = append(list, n)
		}
	}
	return list
}

// finest is the finest precision among a day's claims.
func finest(day []Claim) string {
	rank := map[string]int{sitrep.PrecisionDay: 0, sitrep.PrecisionWeek: 1, sitrep.PrecisionMonth: 2, sitrep.PrecisionYear: 3}
	best := ""
	for _, c := range day {
		if best == "" || rank[c.DatePrecision] < rank[best] {
			best = c.DatePrecision
		}
	}
	return best
}

// representative picks the location a timeline is shown at: the first
// claim's (in the sorted order) with coordinates and the finest geo
// precision.
func representative(cs []Claim) sitrep.Location {
	best := -1
	for i := range cs {
		l := &cs[i].Place
		if best < 0 {
			best = i
			continue
		}
		b := &cs[best].Place
		if l.HasPoint() && !b.HasPoint() || l.HasPoint() == b.HasPoint() && l.Precision != 0 && (b.Precision == 0 || l.Precision < b.Precision) {
			best = i
		}
	}
	return cs[best].Place
}

// TerritoryTypes are the event types whose events make claims: the three
// changes of hands and armed clashes.
var TerritoryTypes = []string{"Government regains territory", "Non-state actor overtakes territory",
	"Non-violent transfer of territory", "Armed clash"}

// Load reads the claims a store holds: those of its territory events and
// armed clashes, and, when the store keeps them, its control statements.
func Load(ctx context.Context, st sitrep.Store) ([]Claim, error) {
	evs, err := st.Events(ctx, sitrep.EventFilter{Types: TerritoryTypes})
	if err != nil {
		return nil, fmt.Errorf("control: %w", err)
	}
	var out []Claim
	for i := range evs {
		if c, ok := FromEvent(&evs[i]); ok {
			out = append(out, c)
		}
	}
	if cs, ok := st.(sitrep.ControlStore); ok {
		stmts, srcs, err := cs.Controls(ctx, sitrep.ControlFilter{})
		if err != nil {
			return nil, fmt.Errorf("control: %w", err)
		}
		for i := range stmts {
			if c, ok := FromStatement(&stmts[i], &srcs[i]); ok {
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// Select keeps the timelines of a place: those whose name, enclosing
// place, first-level division or country code is place, ignoring case
// and spelling marks. An empty place keeps all.
func Select(tls []Timeline, place string) []Timeline {
	place = strings.TrimSpace(place)
	if place == "" {
		return tls
	}
	k := textutil.NameKey(place)
	same := func(s string) bool {
		return s != "" && (strings.EqualFold(s, place) || k != "" && textutil.NameKey(s) == k)
	}
	var out []Timeline
	for _, t := range tls {
		if same(t.Place.Name) || same(t.Place.Within) || same(t.Place.Admin1) || same(t.Place.Country) {
			out = append(out, t)
		}
	}
	return out
}

// State is the state of one place on a day: the interval in force.
type State struct {
	Place sitrep.Location `json:"place"`
	Key   string          `json:"key"`
	Interval
}

// At returns the state of every place with an interval covering day d, in
// the order of the timelines.
func At(tls []Timeline, d sitrep.Date) []State {
	var out []State
	for i := range tls {
		if iv := tls[i].At(d); iv != nil {
			out = append(out, State{Place: tls[i].Place, Key: tls[i].Key, Interval: *iv})
		}
	}
	return out
}

// Latest returns the state of every place as last told (its last
// interval), in the order of the timelines.
func Latest(tls []Timeline) []State {
	var out []State
	for i := range tls {
		if n := len(tls[i].Intervals); n > 0 {
			out = append(out, State{Place: tls[i].Place, Key: tls[i].Key, Interval: tls[i].Intervals[n-1]})
		}
	}
	return out
}

// Who says who holds or contests a place in an interval: the holder, or
// "contested: A, B", with the besieger of a besieged holder.
func (iv *Interval) Who() string {
	switch iv.State {
	case sitrep.ControlContested:
		return "contested: " + strings.Join(iv.Sides, ", ")
	case sitrep.ControlBesieged:
		by := iv.Against
		if len(by) == 0 {
			return iv.Holder + " (besieged)"
		}
		return iv.Holder + " (besieged by " + strings.Join(by, ", ") + ")"
	}
	return iv.Holder
}
