package textutil

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// IsCapitalized reports whether word begins with an upper-case or
// title-case letter ("Mosul", "ISIS", "Ḩadīthah"), the cue for names and
// sentence openers.
func IsCapitalized(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return isUpperRune(r)
}

// IsAllCaps reports whether word has an upper-case letter and no
// lower-case one ("ISIS", "U.S.", "PMF"): acronyms and shouted headlines.
// Words of scripts without case (Arabic) are neither all caps nor lower.
func IsAllCaps(word string) bool {
	upper, lower := caseOf(word)
	return upper && !lower
}

// IsLower reports whether word has a lower-case letter and no upper-case
// one.
func IsLower(word string) bool {
	upper, lower := caseOf(word)
	return lower && !upper
}

// caseOf reports whether word has upper-case (or title-case) letters and
// lower-case ones.
func caseOf(word string) (upper, lower bool) {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c < utf8.RuneSelf {
			upper = upper || ('A' <= c && c <= 'Z')
			lower = lower || ('a' <= c && c <= 'z')
			continue
		}
		r, w := utf8.DecodeRuneInString(word[i:])
		upper = upper || unicode.IsUpper(r) || unicode.IsTitle(r)
		lower = lower || unicode.IsLower(r)
		i += w - 1
	}
	return upper, lower
}

// IsNumeric reports whether s is made of digits and the separators a number
// may carry inside (",", ".", ":", "/"), starting and ending with a digit:
// the text of a Number token.
func IsNumeric(s string) bool {
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isDigit(c) && !(isNumberSep(c) && isDigit(s[i+1])) {
			return false
		}
	}
	return true
}

// EqualFold reports whether a and b are the same words once folded (case,
// diacritics, quote and dash variants), without allocating for ASCII text.
func EqualFold(a, b string) bool {
	if len(a) == len(b) {
		same := true
		for i := 0; i < len(a); i++ {
			x, y := a[i], b[i]
			if x >= utf8.RuneSelf || y >= utf8.RuneSelf {
				same = false
				break
			}
			if 'A' <= x && x <= 'Z' {
				x += 'a' - 'A'
			}
			if 'A' <= y && y <= 'Z' {
				y += 'a' - 'A'
			}
			if x != y {
				return false
			}
		}
		if same {
			return true
		}
	}
	return Fold(a) == Fold(b)
}

// TrimSpan returns span shrunk to exclude white space (Unicode spaces
// included) at both ends; ok is false when nothing is left.
func TrimSpan(text string, span sitrep.Span) (sitrep.Span, bool) {
	if span.Start < 0 {
		span.Start = 0
	}
	if span.End > len(text) {
		span.End = len(text)
	}
	return trimSpan(text, span.Start, span.End)
}

// SentenceAt returns the index of the sentence that contains byte offset b,
// or -1 when b falls between sentences. sentences must be in order, as
// Sentences returns them.
func SentenceAt(sentences []sitrep.Span, b int) int {
	i := sort.Search(len(sentences), func(i int) bool { return sentences[i].End > b })
	if i < len(sentences) && sentences[i].Start <= b {
		return i
	}
	return -1
}

// TokenAt returns the index of the token that contains byte offset b, or
// -1. tokens must be in order, as Tokens returns them.
func TokenAt(tokens []Token, b int) int {
	i := sort.Search(len(tokens), func(i int) bool { return tokens[i].Span.End > b })
	if i < len(tokens) && tokens[i].Span.Start <= b {
		return i
	}
	return -1
}

// IsASCII reports whether s is all ASCII (a fast path's test before
// reading text byte by byte).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// AlnumEnd returns the end of the run of ASCII letters and digits that
// starts at s[i] (i when s[i] is none, len(s) when i is past it): the
// byte loop tokenizers run before they decode a rune, in a function of
// its own so that it keeps its index in a register.
//
//go:noinline
func AlnumEnd(s string, i int) int {
	for ; i < len(s); i++ {
		if !alnumByte[s[i]] {
			return i
		}
	}
	return i
}

// alnumByte marks the bytes of the ASCII letters and digits (none past
// ASCII: no bound to test in AlnumEnd's loop).
var alnumByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()
