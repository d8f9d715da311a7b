package gazetteer

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
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
	if !ok && bytes.IndexByte(w, '\'') > 0 || !ok && bytes.Contains(w, []byte("’")) {
		// "Shi'ite", "Shi’ite": the word as the lexicon writes it,
		// without the apostrophe
		var buf [64]byte
		k := buf[:0]
		for i := 0; i < len(w); i++ {
			switch {
			case w[i] == '\'':
			case i+2 < len(w) && w[i] == 0xe2 && w[i+1] == 0x80 && w[i+2] == 0x99:
				i += 2
			default:
				k = append(k, w[i])
			}
		}
		v, ok = l.sections[sec][string(k)]
	}
	return v, ok
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
