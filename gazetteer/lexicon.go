package gazetteer

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

//go:embed lexicon.txt
var defaultLexicon string

//go:embed commonwords.txt
var defaultCommon string

// Lexicon holds the word lists that steer place finding in text: stop
// words, person titles, given names and role nouns, speech verbs,
// organisation words, joiners allowed inside names, cue words, facility
// prefixes, demonyms and the English words that are also place names. The
// embedded lexicon.txt and commonwords.txt are the default; a user file in
// the same format replaces the sections it names (see Merge).
type Lexicon struct {
	sections map[string]map[string]string

	idxOnce sync.Once
	idx     *lexIndex // the words of all sections at once, built on first use
}

// lexIndex files each word of a lexicon once, with the sections it is in,
// so that a token's word is looked up once per document, not once for
// every section asked about.
type lexIndex struct {
	bit   map[string]uint64     // section name → its bit
	slots [len(secSlots)]uint64 // the bits of the sections the finder asks about
	words map[string]int32      // word → entry
	ents  []lexEntry
}

// lexEntry is one word of the lexicon: the sections it is in and the
// values it has there.
type lexEntry struct {
	in   uint64
	vals []secValue // only the non-empty values
}

type secValue struct {
	bit uint64
	v   string
}

// index returns the lexicon's index, or nil when it has more sections than
// an index holds.
func (l *Lexicon) index() *lexIndex {
	l.idxOnce.Do(func() {
		if len(l.sections) > 64 {
			return
		}
		names := make([]string, 0, len(l.sections))
		for name := range l.sections {
			names = append(names, name)
		}
		sort.Strings(names)
		x := &lexIndex{bit: map[string]uint64{}, words: map[string]int32{}}
		for i, name := range names {
			b := uint64(1) << i
			x.bit[name] = b
			for w, v := range l.sections[name] {
				e, ok := x.words[w]
				if !ok {
					e = int32(len(x.ents))
					x.words[w] = e
					x.ents = append(x.ents, lexEntry{})
				}
				x.ents[e].in |= b
				if v != "" {
					x.ents[e].vals = append(x.ents[e].vals, secValue{b, v})
				}
			}
		}
		for i, name := range secSlots {
			x.slots[i] = x.bit[name]
		}
		l.idx = x
	})
	return l.idx
}

// secSlots are the sections the finder asks about, in the order of
// secSlot.
var secSlots = [...]string{"stop", "title", "given", "speech", "role", "org", "group", "joiner", "cue",
	"prefix", "modifier", "demonym", "name-prefix", "common", "water", "struck"}

// secSlot is the place of sec in secSlots, or -1.
func secSlot(sec string) int {
	switch sec {
	case "stop":
		return 0
	case "title":
		return 1
	case "given":
		return 2
	case "speech":
		return 3
	case "role":
		return 4
	case "org":
		return 5
	case "group":
		return 6
	case "joiner":
		return 7
	case "cue":
		return 8
	case "prefix":
		return 9
	case "modifier":
		return 10
	case "demonym":
		return 11
	case "name-prefix":
		return 12
	case "common":
		return 13
	case "water":
		return 14
	case "struck":
		return 15
	}
	return -1
}

// secBit returns the bit of section sec (0: the lexicon has no such
// section).
func (x *lexIndex) secBit(sec string) uint64 {
	if i := secSlot(sec); i >= 0 {
		return x.slots[i]
	}
	return x.bit[sec]
}

// entry returns the entry of w, or -1.
func (x *lexIndex) entry(w []byte) int32 {
	if e, ok := x.words[string(w)]; ok {
		return e
	}
	return -1
}

// value is Lexicon.value for a word whose entry is e, and whose entry
// without apostrophes is e2 (-1: none, or the word has none).
func (x *lexIndex) value(sec string, e, e2 int32) (string, bool) {
	b := x.secBit(sec)
	if b == 0 {
		return "", false
	}
	for _, k := range [2]int32{e, e2} {
		if k < 0 || x.ents[k].in&b == 0 {
			continue
		}
		for _, sv := range x.ents[k].vals {
			if sv.bit == b {
				return sv.v, true
			}
		}
		return "", true
	}
	return "", false
}

// has is Lexicon.has for a word of entries e, e2 (see value).
func (x *lexIndex) has(sec string, e, e2 int32) bool {
	b := x.secBit(sec)
	return b != 0 && (e >= 0 && x.ents[e].in&b != 0 || e2 >= 0 && x.ents[e2].in&b != 0)
}

// ReadLexicon parses a lexicon file: "[section]" headers, entries separated
// by white space, "word=VALUE" for a value, "#" comments.
func ReadLexicon(r io.Reader) (*Lexicon, error) {
	l := &Lexicon{sections: map[string]map[string]string{}}
	sc := bufio.NewScanner(r)
	var cur map[string]string
	line := 0
	for sc.Scan() {
		line++
		s, _, _ := strings.Cut(sc.Text(), "#")
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
			name := strings.ToLower(strings.TrimSpace(s[1 : len(s)-1]))
			cur = map[string]string{}
			l.sections[name] = cur
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("lexicon line %d: entry before any [section]", line)
		}
		for _, w := range strings.Fields(s) {
			k, v, _ := strings.Cut(w, "=")
			k = strings.TrimRight(strings.ToLower(k), ".")
			if k != "" {
				cur[k] = v
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	return l, nil
}

var (
	lexOnce sync.Once
	lexDef  *Lexicon
)

// DefaultLexicon returns the embedded lexicon, parsed once.
func DefaultLexicon() *Lexicon {
	lexOnce.Do(func() {
		l, err := ReadLexicon(strings.NewReader(defaultLexicon + "\n" + defaultCommon))
		if err != nil {
			panic("embedded lexicon.txt: " + err.Error()) // a build error, caught by tests
		}
		lexDef = l
	})
	return lexDef
}

// Merge returns a lexicon with o's sections replacing l's of the same name.
func (l *Lexicon) Merge(o *Lexicon) *Lexicon {
	n := &Lexicon{sections: map[string]map[string]string{}}
	for k, v := range l.sections {
		n.sections[k] = v
	}
	for k, v := range o.sections {
		n.sections[k] = v
	}
	return n
}

// has reports whether the lower-cased word w is in section sec.
func (l *Lexicon) has(sec string, w []byte) bool {
	_, ok := l.value(sec, w)
	return ok
}

// value returns the value of w in section sec.
func (l *Lexicon) value(sec string, w []byte) (string, bool) {
	v, ok := l.sections[sec][string(w)]
	if !ok && hasApostrophe(w) {
		var buf [64]byte
		v, ok = l.sections[sec][string(withoutApostrophes(buf[:0], w))]
	}
	return v, ok
}

// hasApostrophe reports whether a lower-cased word is one the lexicon may
// write without its apostrophe ("shi'ite", "shi’ite"): an apostrophe after
// its first byte, or a curly one anywhere.
func hasApostrophe(w []byte) bool {
	return bytes.IndexByte(w, '\'') > 0 || bytes.Contains(w, []byte("’"))
}

// withoutApostrophes appends w without its apostrophes to dst: the word as
// the lexicon writes it.
func withoutApostrophes(dst, w []byte) []byte {
	for i := 0; i < len(w); i++ {
		switch {
		case w[i] == '\'':
		case i+2 < len(w) && w[i] == 0xe2 && w[i+1] == 0x80 && w[i+2] == 0x99:
			i += 2
		default:
			dst = append(dst, w[i])
		}
	}
	return dst
}

// WithLexicon returns a gazetteer that finds places in text with l.
func (g *Gazetteer) WithLexicon(l *Lexicon) *Gazetteer {
	ng := *g
	ng.lex = l
	return &ng
}

func (g *Gazetteer) lexicon() *Lexicon {
	if g.lex != nil {
		return g.lex
	}
	return DefaultLexicon()
}
