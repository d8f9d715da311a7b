package quantity

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/textutil"
)

//go:embed lexicon.txt
var defaultLexicon string

// bound says how a qualifier bounds the number after it.
type bound uint8

const (
	boundNone    bound = iota
	boundFloor         // N/N/- : at least, more than
	boundCeiling       // -/N/N : up to, as many as
	boundAbout         // N/N/N, qualifier kept: about, nearly
	boundExact         // N/N/N : a total of, exactly
	boundBetween       // a range joined by "and"
)

var boundNames = map[string]bound{
	"floor": boundFloor, "ceiling": boundCeiling, "about": boundAbout, "exact": boundExact, "between": boundBetween,
}

// unitInfo is the kind and normalised unit a unit word gives.
type unitInfo struct {
	kind Kind
	unit string
}

var unitKindNames = map[string]Kind{
	"distance": Distance, "duration": Duration, "percent": Percent, "money": Money, "time": Time, "age": Age,
	"cardinal": Cardinal, "other": Other,
}

// phraseSet holds word sequences (lower case, tokenised like text) keyed by
// their first word, longest first, with a value each.
type phraseSet[T any] struct {
	first map[string][]phrase[T]
}

type phrase[T any] struct {
	words []string
	val   T
}

func (p *phraseSet[T]) add(words []string, v T) {
	if p.first == nil {
		p.first = map[string][]phrase[T]{}
	}
	list := p.first[words[0]]
	for i := range list {
		if strings.Join(list[i].words, " ") == strings.Join(words, " ") {
			list[i].val = v
			return
		}
	}
	list = append(list, phrase[T]{words: words, val: v})
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	p.first[words[0]] = list
}

// single returns the value of the one-word phrase w.
func (p *phraseSet[T]) single(w string) (T, bool) {
	for _, ph := range p.first[w] {
		if len(ph.words) == 1 {
			return ph.val, true
		}
	}
	var zero T
	return zero, false
}

// match returns the longest phrase starting at token i, and its length in
// tokens (0 when none).
func (p *phraseSet[T]) match(low []string, i int) (T, int) {
	var zero T
	if i >= len(low) {
		return zero, 0
	}
	for _, ph := range p.first[low[i]] {
		if i+len(ph.words) > len(low) {
			continue
		}
		ok := true
		for k, w := range ph.words[1:] {
			if low[i+1+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return ph.val, len(ph.words)
		}
	}
	return zero, 0
}

// Lexicon is the set of words the quantity reader knows: number words,
// qualifiers, units, month names and the cues that give a number its kind.
// The default is embedded (lexicon.txt); Load adds a user's file to it. A
// Lexicon is read-only once built and safe for concurrent use.
type Lexicon struct {
	numbers    map[string]int // zero … ninety
	scales     map[string]int // hundred, thousand, million, dozen
	ordinals   map[string]int
	vague      map[string]int // dozens, hundreds …
	vagueWords phraseSet[bool]
	qualifiers phraseSet[qualifier]
	units      phraseSet[unitInfo]
	currency   phraseSet[string]
	compound   map[string]unitInfo
	conflict   phraseSet[bool]
	unitNouns  phraseSet[bool]
	sets       map[string]map[string]bool // agecue, label, month, yearcue, modifier, nothead, oververb, notone, countnoun
	// flags gathers, for every word of the sets above and every word a
	// quantity phrase can begin with, what the lexicon says of it: one
	// lookup per token.
	flags map[string]wordFlags
	// flagSig marks the signatures (flagSig) of the words of flags: a
	// word whose bit is clear has no flags, told without a map lookup
	// (most words of a report)
	flagSig *[1 << 15 / 32]uint32
}

// flagSig is a word's signature: its length, first and last bytes, five
// bits of each.
func flagSig(w string) int {
	return len(w)&31<<10 | int(w[0]&31)<<5 | int(w[len(w)-1]&31)
}

// flagsOf returns flags[w].
func (lx *Lexicon) flagsOf(w string) wordFlags {
	if w != "" && lx.flagSig != nil {
		if s := flagSig(w); lx.flagSig[s>>5]&(1<<(s&31)) == 0 {
			return 0
		}
	}
	return lx.flags[w]
}

// wordFlags are the lexicon sets a word belongs to.
type wordFlags uint16

const (
	fStarter wordFlags = 1 << iota // a quantity phrase can begin with it
	fNothead
	fModifier
	fMonth
	fLabel
	fYearcue
	fAgecue
	fCountnoun
	fOververb
	fNotone
	fUnitModifier
	fFraction
	fYearnoun
)

var setFlags = map[string]wordFlags{
	"nothead": fNothead, "modifier": fModifier, "month": fMonth, "label": fLabel, "yearcue": fYearcue,
	"agecue": fAgecue, "countnoun": fCountnoun, "oververb": fOververb, "notone": fNotone,
	"unitmodifier": fUnitModifier, "fraction": fFraction, "yearnoun": fYearnoun,
}

// qualifier is a normalised qualifier and its bound.
type qualifier struct {
	name  string
	bound bound
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the embedded lexicon, the one Find, Parse and Number use.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		lx := newLexicon()
		if err := lx.load("lexicon.txt", strings.NewReader(defaultLexicon)); err != nil {
			panic(err) // the embedded file is tested
		}
		defaultLex = lx
	})
	return defaultLex
}

// Load returns the embedded lexicon extended by a user file in the same
// format (see lexicon.txt); name is used in error messages.
func Load(name string, r io.Reader) (*Lexicon, error) {
	lx := newLexicon()
	if err := lx.load("lexicon.txt", strings.NewReader(defaultLexicon)); err != nil {
		return nil, err
	}
	if err := lx.load(name, r); err != nil {
		return nil, err
	}
	return lx, nil
}

func newLexicon() *Lexicon {
	return &Lexicon{
		numbers: map[string]int{}, scales: map[string]int{}, ordinals: map[string]int{}, vague: map[string]int{},
		compound: map[string]unitInfo{}, sets: map[string]map[string]bool{},
	}
}

// splitWords tokenises a lexicon entry the way text is tokenised, so that
// "a.m.", "us$" and "o'clock" match the tokens of a report.
func splitWords(s string) []string {
	toks := textutil.Tokens(s, sitrep.Span{Start: 0, End: len(s)})
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = lower(t.Text)
	}
	return out
}

func (lx *Lexicon) load(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	section := ""
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		if j := strings.Index(t, " #"); j >= 0 {
			t = t[:j]
		}
		t = strings.TrimSpace(strings.ToLower(t))
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
			section = strings.TrimSpace(t[1 : len(t)-1])
			continue
		}
		fail := func(format string, a ...any) error {
			return fmt.Errorf("read %s: line %d [%s]: %s", name, line, section, fmt.Sprintf(format, a...))
		}
		f := strings.Fields(t)
		switch section {
		case "number", "scale", "ordinal", "vague":
			if len(f) != 2 {
				return fail("want \"word value\", got %q", t)
			}
			v, err := strconv.Atoi(f[1])
			if err != nil || v < 0 {
				return fail("bad value %q", f[1])
			}
			map[string]map[string]int{"number": lx.numbers, "scale": lx.scales, "ordinal": lx.ordinals, "vague": lx.vague}[section][f[0]] = v
		case "vagueword":
			lx.vagueWords.add(splitWords(t), true)
		case "conflict":
			lx.conflict.add(splitWords(t), true)
		case "unitnoun":
			lx.unitNouns.add(splitWords(t), true)
		case "qualifier":
			if len(f) < 2 {
				return fail("want \"phrase bound\", got %q", t)
			}
			b, ok := boundNames[f[len(f)-1]]
			if !ok {
				return fail("unknown bound %q", f[len(f)-1])
			}
			phrase := strings.Join(f[:len(f)-1], " ")
			lx.qualifiers.add(splitWords(phrase), qualifier{name: phrase, bound: b})
		case "unit", "compound":
			if len(f) < 3 {
				return fail("want \"phrase kind unit\", got %q", t)
			}
			k, ok := unitKindNames[f[len(f)-2]]
			if !ok {
				return fail("unknown kind %q", f[len(f)-2])
			}
			u := unitInfo{kind: k, unit: f[len(f)-1]}
			if u.unit == "-" {
				u.unit = "" // no unit
			}
			if u.unit == "gmt" || u.unit == "utc" {
				u.unit = strings.ToUpper(u.unit)
			}
			phrase := strings.Join(f[:len(f)-2], " ")
			if section == "compound" {
				lx.compound[phrase] = u
			} else {
				lx.units.add(splitWords(phrase), u)
			}
		case "currency":
			if len(f) != 2 {
				return fail("want \"sign unit\", got %q", t)
			}
			lx.currency.add(splitWords(f[0]), f[1])
		case "":
			return fail("entry before any [section]")
		default:
			if setFlags[section] == 0 {
				return fail("unknown section")
			}
			if lx.sets[section] == nil {
				lx.sets[section] = map[string]bool{}
			}
			lx.sets[section][t] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	lx.finish()
	return nil
}

// finish gathers the flags of every word, so that Find pays one map
// lookup per token.
func (lx *Lexicon) finish() {
	fl := map[string]wordFlags{"a": fStarter, "an": fStarter, "half": fStarter}
	for _, m := range []map[string]int{lx.numbers, lx.ordinals, lx.vague} {
		for w := range m {
			fl[w] |= fStarter
		}
	}
	for w := range lx.vagueWords.first {
		fl[w] |= fStarter
	}
	for w := range lx.qualifiers.first {
		fl[w] |= fStarter
	}
	for name, set := range lx.sets {
		for w := range set {
			fl[w] |= setFlags[name]
		}
	}
	lx.flags = fl
	lx.flagSig = new([1 << 15 / 32]uint32)
	for w := range fl {
		if w != "" {
			s := flagSig(w)
			lx.flagSig[s>>5] |= 1 << (s & 31)
		}
	}
}

// lower returns the lookup form of a token: lower case, with curly
// apostrophes and dashes folded.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return textutil.Fold(s)
		}
		if 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
