package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed lexicon.txt
var defaultLexicon string

// Lexicon is the rule table the engine reads incidents by: trigger
// phrases and their event classes, casualty words, person nouns and the
// markers that change how a sentence is read. It is loaded from the
// embedded lexicon.txt and can be extended with a user file of the same
// form (see the comments at the top of lexicon.txt).
type Lexicon struct {
	triggers *matcher // value: trigger
	casualty *matcher // value: casualtyWord
	persons  *matcher // value: group name
	markers  *matcher // value: marker name
	figures  *matcher // value: figure kind
	classes  map[string]class
	// vocab holds, for each word that opens a phrase, the phrases of each
	// matcher it opens, so that a word is looked up once for all of them
	// (see indexWords)
	vocab map[string]*[numSlots][]phrase
	// preMask holds, for each first byte of a word, the bits (1<<slot) of
	// the matchers with a prefix pattern that byte may begin; anyMask
	// those with a pattern any word may begin ("*")
	preMask [256]uint8
	anyMask uint8
}

// The matchers' slots in a vocab entry.
const (
	slotTriggers = iota
	slotCasualty
	slotPersons
	slotMarkers
	slotFigures
	numSlots
)

// class is what a trigger class means in ACLED's terms.
type class struct {
	name      string
	eventType string
	subType   string
	priority  int
}

// trigger is the value of a trigger phrase.
type trigger struct {
	class string
	noun  bool
	weak  bool // names campaigns as well as incidents: needs a date or count
}

// casualtyWord is the value of a casualty phrase. A phrase may be read
// both ways ("killed": "killed 12 soldiers", "12 soldiers were killed").
type casualtyWord struct {
	kind   string // killed, wounded, abducted, arrested
	after  bool   // the people counted may follow the word
	before bool   // the people counted may come before the word
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// DefaultLexicon returns the embedded lexicon, parsed once.
func DefaultLexicon() (*Lexicon, error) {
	defaultOnce.Do(func() {
		defaultLex = newLexicon()
		defaultErr = defaultLex.Load(strings.NewReader(defaultLexicon), "lexicon.txt (embedded)")
	})
	return defaultLex, defaultErr
}

func newLexicon() *Lexicon {
	l := &Lexicon{
		triggers: newMatcher(), casualty: newMatcher(), persons: newMatcher(), markers: newMatcher(), figures: newMatcher(),
		classes: map[string]class{},
	}
	l.slots()
	return l
}

// slots tells each matcher its slot in the vocab.
func (l *Lexicon) slots() {
	l.triggers.slot, l.casualty.slot, l.persons.slot, l.markers.slot, l.figures.slot = slotTriggers, slotCasualty, slotPersons, slotMarkers, slotFigures
}

// index rebuilds the vocab and the matchers' prefix indexes.
func (l *Lexicon) index() {
	l.vocab = map[string]*[numSlots][]phrase{}
	for _, m := range []*matcher{l.triggers, l.casualty, l.persons, l.markers, l.figures} {
		m.index()
		for w, list := range m.first {
			e := l.vocab[w]
			if e == nil {
				e = new([numSlots][]phrase)
				l.vocab[w] = e
			}
			e[m.slot] = list
		}
	}
	l.preMask, l.anyMask = [256]uint8{}, 0
	for _, m := range []*matcher{l.triggers, l.casualty, l.persons, l.markers, l.figures} {
		for b := range m.preBy {
			if len(m.preBy[b]) > 0 {
				l.preMask[b] |= 1 << m.slot
			}
		}
		if len(m.preAny) > 0 {
			l.anyMask |= 1 << m.slot
		}
	}
}

// indexWords gives each word its vocab entry, once for every matcher.
func (l *Lexicon) indexWords(ws []word) {
	if l.vocab == nil {
		return
	}
	for i := range ws {
		w := &ws[i]
		w.vocab, w.indexed = l.vocab[w.low], true
		// the matchers that may find a phrase at the word: those it opens
		// a phrase of, and those with a prefix pattern it may match
		may := l.anyMask
		if w.low != "" {
			may |= l.preMask[w.low[0]]
		}
		if e := w.vocab; e != nil {
			for slot := range e {
				if len(e[slot]) > 0 {
					may |= 1 << slot
				}
			}
		}
		w.never = ^may
	}
}

// Clone returns a copy of the lexicon that can be extended without
// changing the original.
func (l *Lexicon) Clone() *Lexicon {
	c := newLexicon()
	c.triggers = l.triggers.clone()
	c.casualty = l.casualty.clone()
	c.persons = l.persons.clone()
	c.markers = l.markers.clone()
	c.figures = l.figures.clone()
	for k, v := range l.classes {
		c.classes[k] = v
	}
	c.slots()
	c.index()
	return c
}

// Load reads lexicon entries from r and adds them; source names r in errors.
func (l *Lexicon) Load(r io.Reader, source string) error {
	defer l.index() // whatever was added, also when a line is wrong
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	section := ""
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = strings.TrimSpace(line[1 : len(line)-1])
			switch section {
			case "trigger", "class", "casualty", "person", "marker", "figure":
			default:
				return fmt.Errorf("%s:%d: unknown section [%s]", source, n, section)
			}
			continue
		}
		lhs, rhs, ok := strings.Cut(line, "=>")
		if !ok {
			return fmt.Errorf("%s:%d: want 'phrases => value', got %q", source, n, line)
		}
		rhs = strings.TrimSpace(rhs)
		if rhs == "" {
			return fmt.Errorf("%s:%d: empty value", source, n)
		}
		if err := l.entry(section, lhs, rhs); err != nil {
			return fmt.Errorf("%s:%d: %w", source, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", source, err)
	}
	for _, t := range l.triggers.values() {
		if _, ok := l.classes[t.(trigger).class]; !ok {
			return fmt.Errorf("%s: trigger class %q has no [class] entry", source, t.(trigger).class)
		}
	}
	return nil
}

func (l *Lexicon) entry(section, lhs, rhs string) error {
	fields := strings.Fields(rhs)
	var val any
	var m *matcher
	switch section {
	case "":
		return fmt.Errorf("entry before any [section]")
	case "class":
		parts := strings.Split(rhs, "|")
		if len(parts) != 3 {
			return fmt.Errorf("class %q: want 'event type | sub-event type | priority'", lhs)
		}
		p, err := strconv.Atoi(strings.TrimSpace(parts[2]))
		if err != nil {
			return fmt.Errorf("class %q: priority %q is not a number", lhs, parts[2])
		}
		name := strings.TrimSpace(lhs)
		l.classes[name] = class{name: name, eventType: strings.TrimSpace(parts[0]), subType: strings.TrimSpace(parts[1]), priority: p}
		return nil
	case "trigger":
		t := trigger{class: fields[0]}
		for _, f := range fields[1:] {
			switch f {
			case "noun":
				t.noun = true
			case "verb":
			case "weak":
				t.weak = true
			default:
				return fmt.Errorf("trigger value %q: want 'CLASS [noun|verb] [weak]'", rhs)
			}
		}
		val, m = t, l.triggers
	case "casualty":
		if len(fields) != 2 || (fields[1] != "after" && fields[1] != "before") {
			return fmt.Errorf("casualty value %q: want 'KIND after|before'", rhs)
		}
		switch fields[0] {
		case "killed", "wounded", "abducted", "arrested":
		default:
			return fmt.Errorf("casualty kind %q: want killed, wounded, abducted or arrested", fields[0])
		}
		val, m = casualtyWord{kind: fields[0], after: fields[1] == "after", before: fields[1] == "before"}, l.casualty
	case "person":
		val, m = fields[0], l.persons
	case "marker":
		val, m = fields[0], l.markers
	case "figure":
		val, m = fields[0], l.figures
	}
	for _, p := range strings.Split(lhs, "|") {
		// (a hyphen in a phrase is a word break, as in the text read:
		// "sit-in" matches the words "sit" and "in")
		words := strings.Fields(strings.ReplaceAll(strings.ToLower(p), "-", " "))
		if len(words) == 0 {
			continue
		}
		if words[0] == "..." || words[len(words)-1] == "..." {
			return fmt.Errorf("phrase %q: a gap (...) must stand between words", strings.TrimSpace(p))
		}
		m.add(words, val)
	}
	return nil
}

// matcher finds lexicon phrases in a sequence of lower-case words. A phrase
// word ending in "*" matches any word with that prefix.
type matcher struct {
	first map[string][]phrase // exact first word
	pre   []phrase            // phrases whose first word is a prefix pattern
	maxN  int
	// preBy holds pre by the first byte of the prefix (longest phrases
	// first), so that a word is tried only against the prefixes it can
	// match; preAny those whose prefix is empty ("*").
	preBy  *[256][]phrase
	preAny []phrase
	slot   int   // its slot in the lexicon's vocab
	bit    uint8 // 1<<slot, set by index: the bit of a word's may for it
	// byNext narrows the long lists of first (more than longList
	// phrases: "the" opens 81 markers) by the word after the first: the
	// phrases of that second word and those any second word may suit
	// (one word long, a prefix pattern or a gap after the first word), in
	// the list's order; anyNext holds the latter alone.
	byNext  map[string]map[string][]phrase
	anyNext map[string][]phrase
}

// longList is the length from which a first word's phrases are narrowed
// by the next word.
const longList = 8

// suitsAnyNext reports whether a phrase may match whatever word follows
// its first.
func suitsAnyNext(p *phrase) bool {
	return len(p.words) == 1 || p.words[1] == "..." || strings.HasSuffix(p.words[1], "*")
}

// narrow returns the phrases of list (the first-word list of words[i])
// that can match given the word after it.
func (m *matcher) narrow(list []phrase, words []word, i int) []phrase {
	if len(list) <= longList || m.byNext == nil {
		return list
	}
	w := words[i].low
	by, ok := m.byNext[w]
	if !ok {
		return list
	}
	if i+1 < len(words) {
		if sub, ok := by[words[i+1].low]; ok {
			return sub
		}
	}
	return m.anyNext[w]
}

// index rebuilds preBy and preAny from pre.
func (m *matcher) index() {
	m.bit = 1 << m.slot
	m.byNext, m.anyNext = map[string]map[string][]phrase{}, map[string][]phrase{}
	for w, list := range m.first {
		if len(list) <= longList {
			continue
		}
		by := map[string][]phrase{}
		var wild []phrase
		for k := range list {
			p := &list[k]
			if suitsAnyNext(p) {
				wild = append(wild, *p)
				for next := range by {
					by[next] = append(by[next], *p)
				}
				continue
			}
			next := p.words[1]
			if _, ok := by[next]; !ok {
				by[next] = append([]phrase(nil), wild...)
			}
			by[next] = append(by[next], *p)
		}
		m.byNext[w], m.anyNext[w] = by, wild
	}
	m.preBy, m.preAny = new([256][]phrase), nil
	for _, p := range m.pre {
		if stem := strings.TrimSuffix(p.words[0], "*"); stem != "" {
			p.stem = stem
			m.preBy[stem[0]] = append(m.preBy[stem[0]], p)
		} else {
			m.preAny = append(m.preAny, p)
		}
	}
}

type phrase struct {
	words []string
	val   any
	gap   bool // holds a "..."
	// stem is, in the matcher's preBy lists, the prefix its first word
	// stands for (without the "*"): a word it does not begin opens no
	// match of the phrase
	stem string
}

func newMatcher() *matcher { return &matcher{first: map[string][]phrase{}} }

func (m *matcher) clone() *matcher {
	c := newMatcher()
	for k, v := range m.first {
		c.first[k] = append([]phrase(nil), v...)
	}
	c.pre = append([]phrase(nil), m.pre...)
	c.maxN = m.maxN
	c.slot = m.slot
	c.index()
	return c
}

func (m *matcher) add(words []string, val any) {
	// the same phrase again: casualty readings merge, anything else replaces
	for _, list := range [][]phrase{m.first[words[0]], m.pre} {
		for i := range list {
			if !slices.Equal(list[i].words, words) {
				continue // (entry splits a phrase at white space: its words hold none)
			}
			old, ok1 := list[i].val.(casualtyWord)
			nw, ok2 := val.(casualtyWord)
			if ok1 && ok2 && old.kind == nw.kind {
				old.after = old.after || nw.after
				old.before = old.before || nw.before
				list[i].val = old
			} else {
				list[i].val = val
			}
			return
		}
	}
	p := phrase{words: words, val: val}
	for _, w := range words {
		p.gap = p.gap || w == "..."
	}
	if len(words) > m.maxN {
		m.maxN = len(words)
	}
	// longest phrases first, so a match at a position is the longest one:
	// the phrase goes after the last one of its length or longer (where
	// a stable sort by length would put it; the list is so sorted)
	pre := strings.HasSuffix(words[0], "*")
	list := m.first[words[0]]
	if pre {
		list = m.pre
	}
	at := len(list)
	for at > 0 && len(list[at-1].words) < len(words) {
		at--
	}
	list = slices.Insert(list, at, p)
	if pre {
		m.pre = list
	} else {
		m.first[words[0]] = list
	}
	// preBy is rebuilt once the lexicon is loaded (Lexicon.index), not at
	// every phrase added
}

func (m *matcher) values() []any {
	var out []any
	for _, ps := range m.first {
		for _, p := range ps {
			out = append(out, p.val)
		}
	}
	for _, p := range m.pre {
		out = append(out, p.val)
	}
	return out
}

func wordMatches(pat, w string) bool {
	if strings.HasSuffix(pat, "*") {
		return strings.HasPrefix(w, pat[:len(pat)-1])
	}
	return pat == w
}

// maxGap is how many words a "..." in a phrase stands for at most.
const maxGap = 4

// matchLen returns how many words of words, from word i, the phrase
// matches, and whether it does. A phrase word "..." matches one to maxGap
// words, and no punctuation but quotation marks and brackets ("drove ...
// out of" matches "drove the militants out of" and "drove “IS” (Daesh)
// fighters out of"); the shortest gap that lets the rest match is taken.
func (p *phrase) matchLen(words []word, i int) (int, bool) {
	if !p.gap {
		if i+len(p.words) > len(words) {
			return 0, false
		}
		for k, pw := range p.words {
			if !wordMatches(pw, words[i+k].low) {
				return 0, false
			}
		}
		return len(p.words), true
	}
	return matchFrom(p.words, words, i)
}

func matchFrom(pat []string, words []word, i int) (int, bool) {
	for k, pw := range pat {
		if pw == "..." {
			for g, n := 1, 0; n < maxGap && i+k+g <= len(words); g++ {
				if w := words[i+k+g-1]; w.punc {
					if !quoteOrBracket(w.low) {
						break
					}
				} else {
					n++
				}
				if n, ok := matchFrom(pat[k+1:], words, i+k+g); ok {
					return k + g + n, true
				}
			}
			return 0, false
		}
		if i+k >= len(words) || !wordMatches(pw, words[i+k].low) {
			return 0, false
		}
	}
	return len(pat), true
}

// quoteOrBracket reports a mark that sets a name off within a phrase
// ("drove “Islamic State” (IS) fighters from"): a gap runs through it
// without counting it as a word.
func quoteOrBracket(t string) bool {
	switch t {
	case "\"", "'", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]":
		return true
	}
	return false
}

// at returns the longest phrase that starts at word i, and its length in
// words (0 when none does).
func (m *matcher) at(words []word, i int) (v any, n int) {
	// (a test small enough to be inlined where at is called: most words
	// open no phrase of the matcher asked; callers ask within the words)
	if words[i].never&m.bit == 0 {
		v, n = m.longestAt(words, i)
	}
	return v, n
}

// longestAt is at past its test of the word's matchers.
func (m *matcher) longestAt(words []word, i int) (any, int) {
	best, n := any(nil), 0
	// (phrases are held longest first: past a match, only a phrase with
	// a gap can match longer)
	var list []phrase
	if words[i].indexed {
		if e := words[i].vocab; e != nil {
			list = e[m.slot]
		}
	} else {
		list = m.first[words[i].low]
	}
	list = m.narrow(list, words, i)
	for k := range list {
		p := &list[k]
		if len(p.words) <= n && !p.gap {
			continue
		}
		if l, ok := p.matchLen(words, i); ok && l > n {
			best, n = p.val, l
		}
	}
	if w := words[i].low; w != "" && m.preBy != nil {
		list := m.preBy[w[0]]
		for k := range list {
			p := &list[k]
			if len(p.words) <= n && !p.gap || !strings.HasPrefix(w, p.stem) {
				continue
			}
			if l, ok := p.matchLen(words, i); ok && l > n {
				best, n = p.val, l
			}
		}
	}
	for k := range m.preAny {
		p := &m.preAny[k]
		if l, ok := p.matchLen(words, i); ok && l > n {
			best, n = p.val, l
		}
	}
	return best, n
}

// hit is one phrase found in a word sequence.
type hit struct {
	i, n int // first word and number of words
	val  any
}

// findAll returns the longest phrase starting at each word, overlapping
// ones included ("claimed the bombing" and "the bombing" both).
func (m *matcher) findAll(words []word) []hit {
	var out []hit
	for i := range words {
		if v, n := m.at(words, i); n > 0 {
			out = append(out, hit{i: i, n: n, val: v})
		}
	}
	return out
}

// find returns the non-overlapping longest phrases in words, left to right.
func (m *matcher) find(words []word) []hit {
	var out []hit
	for i := 0; i < len(words); {
		if v, n := m.at(words, i); n > 0 {
			out = append(out, hit{i: i, n: n, val: v})
			i += n
			continue
		}
		i++
	}
	return out
}
