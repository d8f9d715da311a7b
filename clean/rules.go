package clean

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// kind is what a rule does with a line it matches.
type kind uint8

const (
	kindLine kind = iota
	kindPrefix
	kindBlock
	kindTail
	kindCaption
	kindSource
	kindMasthead
	kindBio
	kindBuiltin
)

var kindNames = map[string]kind{
	"line": kindLine, "prefix": kindPrefix, "block": kindBlock, "tail": kindTail,
	"caption": kindCaption, "source": kindSource, "masthead": kindMasthead, "bio": kindBio,
	"builtin": kindBuiltin,
}

// builtins are the detectors written in Go that a rule can name.
var builtins = map[string]bool{"repeat": true, "code": true, "keywords": true}

// rule is one line of the rule table.
type rule struct {
	name    string
	kind    kind
	pattern string
	re      *regexp.Regexp // whole-line expression (nil for prefix and builtin)
	first   firstBytes     // bytes a matching line can start with
	last    firstBytes     // bytes a matching line can end with
	needs   [][]string     // a matching line contains one string of each set (nil: no test)
	heads   heads          // a matching line starts so (nil: no test)
	source  string         // file and line the rule came from
}

//go:embed rules.txt
var defaultRulesText string

var (
	defaultOnce    sync.Once
	defaultRules   []rule
	defaultNeedles *needleSet
)

// Cleaner removes boilerplate from reports and reads their metadata, by a
// rule table (rules.txt, embedded) that users can extend with Load. A
// Cleaner is safe for concurrent Clean calls once loaded.
type Cleaner struct {
	rules   []rule
	needles *needleSet // the rules' needed literals, found in one pass
}

// Default returns a Cleaner with the embedded rule table, parsed and
// compiled once per process.
func Default() *Cleaner {
	defaultOnce.Do(func() {
		rs, err := parseRules(strings.NewReader(defaultRulesText), "rules.txt")
		if err != nil {
			panic("clean: embedded rules.txt: " + err.Error())
		}
		defaultRules = rs
		defaultNeedles = newNeedleSet(rs)
	})
	return &Cleaner{rules: slices.Clone(defaultRules), needles: defaultNeedles}
}

// Load adds the rules read from r (same format as rules.txt; source names
// it in errors) to the table: a rule with a known name replaces it in place,
// "NAME off" removes it, a new name is added at the end.
func (c *Cleaner) Load(r io.Reader, source string) error {
	rs, err := parseRules(r, source)
	if err != nil {
		return err
	}
	for _, nr := range rs {
		i := slices.IndexFunc(c.rules, func(x rule) bool { return x.name == nr.name })
		switch {
		case nr.pattern == "" && nr.kind == kindOff:
			if i >= 0 {
				c.rules = slices.Delete(c.rules, i, i+1)
			}
		case i >= 0:
			c.rules[i] = nr
		default:
			c.rules = append(c.rules, nr)
		}
	}
	c.needles = newNeedleSet(c.rules)
	return nil
}

// kindOff marks an "off" line in a parsed table (never stored in a Cleaner).
const kindOff kind = 255

// Rules lists the table as "name kind" lines, for --help style listings.
func (c *Cleaner) Rules() []string {
	names := map[kind]string{}
	for k, v := range kindNames {
		names[v] = k
	}
	out := make([]string, len(c.rules))
	for i, r := range c.rules {
		out[i] = r.name + " " + names[r.kind]
	}
	return out
}

// parseRules reads a rule table.
func parseRules(r io.Reader, source string) ([]rule, error) {
	var out []rule
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", source, n)
		name, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimLeft(rest, " \t")
		kname, pattern, _ := strings.Cut(rest, " ")
		pattern = strings.TrimSpace(pattern)
		kname = strings.TrimSpace(kname)
		if i := strings.IndexAny(name, "\t"); i >= 0 { // tab-separated
			f := strings.Fields(line)
			if len(f) < 2 {
				return nil, fmt.Errorf("%s: want NAME KIND PATTERN", where)
			}
			name, kname = f[0], f[1]
			pattern = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(line, name)), kname))
		}
		if kname == "off" {
			out = append(out, rule{name: name, kind: kindOff, source: where})
			continue
		}
		k, ok := kindNames[kname]
		if !ok {
			return nil, fmt.Errorf("%s: rule %q: unknown kind %q", where, name, kname)
		}
		if pattern == "" {
			return nil, fmt.Errorf("%s: rule %q has no pattern", where, name)
		}
		ru := rule{name: name, kind: k, pattern: pattern, source: where}
		switch k {
		case kindPrefix:
			ru.pattern = fold(pattern)
		case kindBuiltin:
			if !builtins[pattern] {
				return nil, fmt.Errorf("%s: rule %q: no builtin detector %q", where, name, pattern)
			}
		default:
			re, err := regexp.Compile(`^(?:` + pattern + `)$`)
			if err != nil {
				return nil, fmt.Errorf("%s: rule %q: %w", where, name, err)
			}
			if k == kindSource && re.NumSubexp() < 1 {
				return nil, fmt.Errorf("%s: source rule %q needs a (...) group naming the outlet", where, name)
			}
			ru.re = re
			ru.first = firstBytesOf(pattern)
			ru.last = lastBytesOf(pattern)
			ru.needs = needsOf(pattern)
			ru.heads = headsOf(pattern)
		}
		out = append(out, ru)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", source, err)
	}
	return out, nil
}

// fold prepares a line for matching: trimmed, lower case, curly quotes
// straight, dashes "-", every run of white space (including no-break and
// zero-width spaces) one space, leading bullets removed.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	lead := true
	for _, r := range s {
		if r < utf8.RuneSelf && r != '`' && r != ' ' && (r < '\t' || r > '\r') && !lead {
			// (the common case, an ASCII letter, digit or mark inside
			// the line: written lower-case, as below)
			if space {
				b.WriteByte(' ')
				space = false
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		switch r {
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			continue
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			r = '-'
		}
		if isSpace(r) || r == '\u00a0' {
			space = true
			continue
		}
		if lead {
			switch r {
			case '•', '·', '*', '▪', '►', '■', '◦', '‣', '>':
				continue
			}
		}
		if space && !lead {
			b.WriteByte(' ')
		}
		space = false
		lead = false
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// firstBytes is the set of bytes a rule's match can start with; a line
// whose first byte is not in it cannot match, and the expression is not
// run (most lines are turned away by this test alone).
type firstBytes struct {
	any bool
	set [256]bool
}

// firstBytesOf works out the starting bytes of a whole-line expression
// (folded, lower-case text). Anything it cannot bound is "any".
func firstBytesOf(pattern string) firstBytes {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return firstBytes{any: true}
	}
	var fb firstBytes
	if nullable := edge(re.Simplify(), &fb, false); nullable {
		fb.any = true
	}
	return fb
}

// lastBytesOf is firstBytesOf for the end of the line.
func lastBytesOf(pattern string) firstBytes {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return firstBytes{any: true}
	}
	var fb firstBytes
	if nullable := edge(re.Simplify(), &fb, true); nullable {
		fb.any = true
	}
	return fb
}

// edge adds the first (or, with end, the last) bytes of re to fb and
// reports whether re can match the empty string (so what follows, or
// precedes, it can start the match too).
func edge(re *syntax.Regexp, fb *firstBytes, end bool) bool {
	first := func(re *syntax.Regexp, fb *firstBytes) bool { return edge(re, fb, end) }
	addRune := func(r rune) {
		if r >= utf8.RuneSelf {
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], r)
			if end {
				fb.set[buf[n-1]] = true
			} else {
				fb.set[buf[0]] = true
			}
			return
		}
		fb.set[byte(r)] = true
		if 'a' <= r && r <= 'z' {
			fb.set[byte(r-'a'+'A')] = true
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		if re.Flags&syntax.FoldCase != 0 {
			fb.any = true
			return false
		}
		if end {
			addRune(re.Rune[len(re.Rune)-1])
		} else {
			addRune(re.Rune[0])
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 512 || hi >= utf8.RuneSelf && lo < utf8.RuneSelf && hi-lo > 128 {
				fb.any = true
				return false
			}
			for r := lo; r <= hi; r++ {
				addRune(r)
			}
		}
		return false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		fb.any = true
		return false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpCapture:
		return first(re.Sub[0], fb)
	case syntax.OpStar, syntax.OpQuest:
		first(re.Sub[0], fb)
		return true
	case syntax.OpPlus:
		return first(re.Sub[0], fb)
	case syntax.OpRepeat:
		n := first(re.Sub[0], fb)
		return n || re.Min == 0
	case syntax.OpConcat:
		for i := range re.Sub {
			s := re.Sub[i]
			if end {
				s = re.Sub[len(re.Sub)-1-i]
			}
			if !first(s, fb) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, s := range re.Sub {
			if first(s, fb) {
				nullable = true
			}
		}
		return nullable
	}
	fb.any = true
	return false
}

// mayStart reports whether a match can start at the first byte of s.
func (fb *firstBytes) mayStart(s string) bool {
	return fb.any || len(s) > 0 && fb.set[s[0]]
}

// mayEnd reports whether a match can end at the last byte of s.
func (fb *firstBytes) mayEnd(s string) bool {
	return fb.any || len(s) > 0 && fb.set[s[len(s)-1]]
}

// maxNeeds bounds the literal sets worked out by literals.
const maxNeeds = 64

// needsOf works out sets of literal strings such that every line the
// expression matches contains one string of each set (nil when it cannot
// tell): the parts of the top-level sequence of the expression whose
// possible texts are a small finite set of non-empty strings ("(afp)":
// a "(", one of the agencies, a ")"), the set with the longest shortest
// member first.
func needsOf(pattern string) [][]string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	parts := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	var out [][]string
	var shorts []int
	for _, p := range parts {
		set, ok := literals(p)
		if !ok || len(set) == 0 {
			continue
		}
		short := len(set[0])
		for _, s := range set {
			short = min(short, len(s))
		}
		if short == 0 {
			continue
		}
		// longest shortest member first (the set that turns most lines
		// away), the order of the expression among equals
		i := len(out)
		for i > 0 && shorts[i-1] < short {
			i--
		}
		out = slices.Insert(out, i, set)
		shorts = slices.Insert(shorts, i, short)
	}
	return out
}

// literals lists every text re can match, when that is a small finite set
// of case-sensitive literals.
func literals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= maxNeeds {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return literals(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := literals(re.Sub[0])
		if !ok || len(sub)+1 > maxNeeds {
			return nil, false
		}
		return append(sub, ""), true
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			sub, ok := literals(s)
			if !ok || len(out)+len(sub) > maxNeeds {
				return nil, false
			}
			out = append(out, sub...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			sub, ok := literals(s)
			if !ok || len(out)*len(sub) > maxNeeds {
				return nil, false
			}
			next := make([]string, 0, len(out)*len(sub))
			for _, a := range out {
				for _, b := range sub {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// containsAll reports whether s contains one string of each set.
func containsAll(s string, sets [][]string) bool {
	for _, set := range sets {
		if !containsAny(s, set) {
			return false
		}
	}
	return true
}

// containsAny reports whether s contains one of the needles.
func containsAny(s string, needles []string) bool {
	for _, n := range needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}
