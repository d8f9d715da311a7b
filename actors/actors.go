// Package actors is sitrep's actor dictionary: the canonical names of the
// sides in a conflict (EVENTS.md "Canonical actor names"), their aliases and
// spellings, their hierarchy, and the generic words ("soldiers",
// "militants", "villagers") that name a side only once the document's
// country is known. Find marks every actor mention in a stretch of text.
//
// The dictionary is a readable text file (actors.txt, embedded in the
// binary); users extend or override it with files in the same format
// through Load.
package actors

import (
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// Actor kinds, as written in the dictionary's "kind:" lines.
const (
	KindStateForces  = "state forces"
	KindArmedGroup   = "armed group"
	KindMilitia      = "militia"
	KindCoalition    = "coalition"
	KindCivilians    = "civilians"
	KindUnidentified = "unidentified"
)

var kinds = map[string]bool{
	KindStateForces: true, KindArmedGroup: true, KindMilitia: true,
	KindCoalition: true, KindCivilians: true, KindUnidentified: true,
}

// Actor is one side of a conflict under its canonical name.
type Actor struct {
	Name    string // canonical, as in EVENTS.md "Canonical actor names"
	Kind    string // "state forces", "armed group", "militia", "coalition", "civilians", "unidentified"
	Country string // ISO2 of the state the forces belong to, "" for transnational groups
	Parent  string // the canonical name of the actor this one is part of (CTS → Iraqi Security Forces)
	// Recorded is the name event records give the actor when the coding
	// convention folds it into another ("Islamic State Khorasan" is
	// recorded as Islamic State); "" records it by its own name
	Recorded string
	// SidesWith is the state's forces a militia fights beside
	// (Macawisley beside the Somali army): never the "insurgents" or
	// "militants" a report points back to
	SidesWith string
}

// RecordName is the name an event record gives the actor: Recorded when
// set, else its canonical name.
func (a *Actor) RecordName() string {
	if a.Recorded != "" {
		return a.Recorded
	}
	return a.Name
}

// Mention is one place in a text where an actor is named.
type Mention struct {
	Span  sitrep.Span
	Actor *Actor
	Alias string // the alias or generic term as written in the dictionary
	// Generic is set when a common noun ("soldiers", "militants",
	// "villagers") was resolved through the document's country.
	Generic bool
	// Anaphor is set when a possessive pointing back ("its fighters",
	// "the group's spokesman") was read as the side named before it: a
	// weaker witness of the side than its name.
	Anaphor bool
	// Leader is set when the words are the name of one of the actor's
	// leaders ("leaders:" in the dictionary): a person, who names the
	// side only through the people tied to him ("fighters loyal to
	// Hemedti")
	Leader bool
}

// Dictionary maps aliases to actors. Its methods are safe for concurrent
// use; Load replaces the matcher atomically, so Finds running meanwhile see
// either the old dictionary or the new one.
type Dictionary struct {
	mu    sync.Mutex // serialises Load
	model *model
	m     atomic.Pointer[matcher]
}

//go:embed actors.txt
var embedded string

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
)

// Default returns the dictionary built from the embedded actors.txt, parsed
// once and shared. Loading a file into it changes it for every user in the
// process; call Clone first to extend a private copy.
func Default() *Dictionary {
	defaultOnce.Do(func() {
		d := New()
		if err := d.Load(strings.NewReader(embedded), "actors.txt"); err != nil {
			panic("actors: embedded dictionary: " + err.Error())
		}
		defaultDict = d
	})
	return defaultDict
}

// New returns an empty dictionary, for building one wholly from user files.
func New() *Dictionary {
	d := &Dictionary{model: newModel()}
	d.m.Store(build(d.model))
	return d
}

// Clone returns an independent copy that can be loaded into without
// touching d.
func (d *Dictionary) Clone() *Dictionary {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := &Dictionary{model: d.model.clone()}
	c.m.Store(d.m.Load())
	return c
}

// Load reads a dictionary file (the format of actors.txt) and merges it
// into d: new actors are added, blocks naming known actors change the
// fields they give and add their aliases, and an alias claimed again moves
// to the later actor. On error d is left unchanged; source names the input
// in error messages.
func (d *Dictionary) Load(r io.Reader, source string) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read %s: %w", source, err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	next := d.model.clone()
	if err := parse(next, string(b), source); err != nil {
		return err
	}
	if err := next.validate(); err != nil {
		return err
	}
	d.model = next
	d.m.Store(build(next))
	return nil
}

// Lookup returns the actor whose canonical name or alias is name (compared
// as Find compares words: acronyms by case, other words without it), or
// nil when name is unknown. Generic terms are not names: Lookup("soldiers")
// is nil.
func (d *Dictionary) Lookup(name string) *Actor {
	m := d.m.Load()
	if a := m.byLowerName(strings.TrimSpace(name)); a != nil {
		return a
	}
	if e := m.whole(name, false); e != nil {
		return e.actor
	}
	return nil
}

// Nation returns the forces of the nation whose adjective (a nation
// block's "adjectives:") the words are ("Libyan", "Mexican"), or nil: a
// word that tells a people, not a group, before a group's word ("a
// Libyan militia", "a Mexican cartel").
func (d *Dictionary) Nation(words string) *Actor {
	m := d.m.Load()
	sc := getScratch()
	defer putScratch(sc)
	sc.tokenize(words, 0, len(words))
	if len(sc.toks) == 0 {
		return nil
	}
	n := m.root.follow(sc, 0, len(sc.toks))
	if n == nil {
		return nil
	}
	for _, adj := range n.nations {
		if adj.caseOK(words, sc.toks) {
			return adj.actor
		}
	}
	return nil
}

// byLowerName is byName[strings.ToLower(name)], lower-casing an ASCII
// name of up to 64 bytes on the stack instead of in a new string.
func (mt *matcher) byLowerName(name string) *Actor {
	if len(name) > 64 {
		return mt.byName[strings.ToLower(name)]
	}
	var buf [64]byte
	b := buf[:len(name)]
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			return mt.byName[strings.ToLower(name)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return mt.byName[string(b)]
}

// Generic returns the actor a generic term stands for in country (ISO2 or
// ""): Generic("soldiers", "IQ") is Iraqi Security Forces, Generic("people",
// "") civilians. It is nil when term is not a generic term of the
// dictionary or has no actor for the country and no default.
func (d *Dictionary) Generic(term, country string) *Actor {
	if e := d.m.Load().whole(term, true); e != nil {
		return e.generic.actor(country)
	}
	return nil
}

// PointsBack reports whether term is a generic term of a block marked
// "points back: yes": made definite ("the insurgents"), it names the armed
// group the report named before rather than a side of its own.
func (d *Dictionary) PointsBack(term string) bool {
	e := d.m.Load().whole(term, true)
	return e != nil && e.generic != nil && e.generic.pointsBack
}

// Table returns the actor of the generic block called name for country
// (ISO2 or ""), read by its name rather than by a word of a text: Table("air
// power", "MM") is the side that alone strikes from the air in Myanmar. It
// is nil when no block has that name, or it has no actor for the country
// and no default.
func (d *Dictionary) Table(name, country string) *Actor {
	if r := d.m.Load().tables[strings.ToLower(name)]; r != nil {
		return r.actor(country)
	}
	return nil
}

// Actors returns every actor of the dictionary, sorted by name.
func (d *Dictionary) Actors() []*Actor {
	m := d.m.Load()
	out := make([]*Actor, 0, len(m.byName))
	seen := make(map[*Actor]bool, len(m.byName))
	for _, a := range m.byName {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Find returns the actor mentions in span of text, in order, without
// overlaps (the longest match at each place wins). country is the
// document's focus country (ISO2) or "": it resolves generic terms
// ("soldiers" in IQ → Iraqi Security Forces); a generic term with no actor
// for the country and no default is left out.
func (d *Dictionary) Find(text string, span sitrep.Span, country string) []Mention {
	start, end := clip(span, len(text))
	if start >= end {
		return nil
	}
	m := d.m.Load()
	sc := getScratch()
	defer putScratch(sc)
	sc.tokenize(text, start, end)
	return m.find(text, sc, country, nil)
}

func clip(span sitrep.Span, n int) (int, int) {
	s, e := span.Start, span.End
	if s < 0 {
		s = 0
	}
	if e > n {
		e = n
	}
	return s, e
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{toks: make([]token, 0, 64), arena: make([]byte, 0, 512)}
}}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

func putScratch(s *scratch) {
	if cap(s.toks) > 1<<16 {
		return // do not keep a buffer grown by one huge text
	}
	scratchPool.Put(s)
}
