package clean

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// headLen is how many bytes of a line's start the heads of a rule tell.
const headLen = 4

// maxHeads bounds the head sets worked out by headsOf.
const maxHeads = 128

// head is a way a whole-line match can begin: the line is s (exact), or
// starts with s.
type head struct {
	s     string
	exact bool
}

// heads are the starts a rule's matches can have (nil: any start). A line
// none of them fits is not tried: most article lines are turned away by
// their first four bytes ("more than" passes "more stories", "the army"
// passes nothing of a related-stories rule).
type heads []head

// fits reports whether line s can match.
func (hs heads) fits(s string) bool {
	if hs == nil {
		return true
	}
	for _, h := range hs {
		if h.exact && s == h.s || !h.exact && strings.HasPrefix(s, h.s) {
			return true
		}
	}
	return false
}

// headsOf works out the heads of a whole-line expression (nil when it
// cannot bound them).
func headsOf(pattern string) heads {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	hs, ok := headSet(re.Simplify())
	if !ok {
		return nil
	}
	for _, h := range hs {
		if !h.exact && h.s == "" {
			return nil // any line
		}
	}
	return hs
}

// anyHead is a set that lets every line through.
var anyHead = []head{{s: ""}}

// headSet lists how a match of re can begin (see head); ok is false when
// the set grew too large to be worth it.
func headSet(re *syntax.Regexp) ([]head, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []head{{s: "", exact: true}}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return anyHead, true
		}
		return cut([]head{{s: string(re.Rune), exact: true}}), true
	case syntax.OpCharClass:
		var out []head
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 32 {
				return anyHead, true
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= maxHeads {
					return anyHead, true
				}
				out = append(out, head{s: string(r), exact: true})
			}
		}
		if len(out) == 0 {
			return anyHead, true
		}
		return cut(out), true
	case syntax.OpCapture:
		return headSet(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := headSet(re.Sub[0])
		if !ok {
			return nil, false
		}
		return union(sub, []head{{s: "", exact: true}})
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		// one repetition or more starts as the expression repeated does,
		// and anything may follow it
		sub, ok := headSet(re.Sub[0])
		if !ok {
			return nil, false
		}
		out := make([]head, 0, len(sub)+1)
		for _, h := range sub {
			out = append(out, head{s: h.s})
		}
		if re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0 {
			out = append(out, head{s: "", exact: true})
		}
		return union(out, nil)
	case syntax.OpAlternate:
		var out []head
		for _, s := range re.Sub {
			sub, ok := headSet(s)
			if !ok {
				return nil, false
			}
			var ok2 bool
			if out, ok2 = union(out, sub); !ok2 {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		out := []head{{s: "", exact: true}}
		for _, s := range re.Sub {
			sub, ok := headSet(s)
			if !ok {
				return nil, false
			}
			var next []head
			for _, a := range out {
				if !a.exact {
					next = append(next, a) // anything follows it already
					continue
				}
				for _, b := range sub {
					next = append(next, head{s: a.s + b.s, exact: b.exact})
				}
				if len(next) > 4*maxHeads {
					return nil, false
				}
			}
			var ok2 bool
			if out, ok2 = union(cut(next), nil); !ok2 {
				return nil, false
			}
		}
		return out, true
	}
	return anyHead, true
}

// cut shortens heads to headLen bytes (at a rune boundary); a cut head is
// no longer exact.
func cut(hs []head) []head {
	for i := range hs {
		if s := hs[i].s; len(s) > headLen {
			n := headLen
			for n > 0 && !utf8.RuneStart(s[n]) {
				n--
			}
			hs[i] = head{s: s[:n]}
		}
	}
	return hs
}

// union joins two head sets without repeats; ok is false when the result
// is too large.
func union(a, b []head) ([]head, bool) {
	out := make([]head, 0, len(a)+len(b))
	seen := map[head]bool{}
	for _, h := range append(append([]head(nil), a...), b...) {
		if !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	if len(out) > maxHeads {
		return nil, false
	}
	return out, true
}
