package textutil

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// TokenKind says what a token is made of.
type TokenKind uint8

// Token kinds.
const (
	// Word is letters (with marks), possibly joined by inner hyphens,
	// apostrophes and dots ("al-Shaabi", "Ba’aj", "U.S.", "F-16"), or a
	// number run straight into letters ("9th", "11am", "04.38hrs").
	Word TokenKind = iota + 1
	// Number is digits, possibly with inner separators between digits:
	// "25,000", "25.000", "1.5", "3:30", "12/05/2017".
	Number
	// Punct is one punctuation mark, or a run of dots ("...").
	Punct
	// Symbol is one symbol or other non-space character: "$", "%", "+".
	Symbol
)

// String names the kind, for tests and debugging.
func (k TokenKind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Punct:
		return "Punct"
	case Symbol:
		return "Symbol"
	}
	return "TokenKind(?)"
}

// Token is one token of a text: its absolute byte span, its text (a
// substring of the text, not a copy) and its kind.
type Token struct {
	Span sitrep.Span
	Text string
	Kind TokenKind
}

// Tokens splits span of text into tokens with absolute byte spans. The span
// is clipped to the text.
//
// Words keep inner hyphens and apostrophes, so Arabic names stay whole
// ("al-Shaabi", "Ba'aj", "Ba’aj"; "Hashd al-Shaabi" is two tokens). A
// possessive "'s" or "’s" is its own token ("Iraq", "’s"). Numbers keep
// their separators ("25,000", "1.5"). A number never takes a hyphen: it ends
// there, so "12-year-old" is "12", "-", "year-old" and "5-6" is "5", "-",
// "6" — the quantity reader sees the number and what is attached to it.
// Single letters joined by dots form one word with the final dot ("U.S.",
// "a.m."); other dots between letters join only before a lower-case letter
// ("al-Sumaria.com"), so "bombers.Police" is three tokens.
func Tokens(text string, span sitrep.Span) []Token {
	return AppendTokens(nil, text, span)
}

// AppendTokens is Tokens appending to dst, so a caller can reuse one slice
// for every sentence of a document.
func AppendTokens(dst []Token, text string, span sitrep.Span) []Token {
	start, end := span.Start, span.End
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	// A span that cuts a character is narrowed to whole characters.
	for k := 0; k < utf8.UTFMax-1 && start < end && !utf8.RuneStart(text[start]); k++ {
		start++
	}
	for k := 0; k < utf8.UTFMax-1 && end > start && end < len(text) && !utf8.RuneStart(text[end]); k++ {
		end--
	}
	if start >= end {
		return dst
	}
	t := text[:end]
	if dst == nil {
		dst = make([]Token, 0, (end-start)/5+1)
	}
	for i := start; i < end; {
		c := t[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				i++
				continue
			case isDigit(c):
				j, kind := scanNumber(t, i)
				dst = append(dst, mk(t, i, j, kind))
				i = j
				continue
			case isASCIILetter(c):
				j := scanWord(t, i)
				dst = appendWord(dst, t, i, j)
				i = j
				continue
			case c == '.':
				j := i + 1
				for j < len(t) && t[j] == '.' {
					j++
				}
				dst = append(dst, mk(t, i, j, Punct))
				i = j
				continue
			case c == '\'' && possessiveAt(t, i, 1):
				dst = append(dst, mk(t, i, i+2, Word))
				i += 2
				continue
			}
			dst = append(dst, mk(t, i, i+1, markKind(rune(c))))
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		switch {
		case isSpaceRune(r):
			i += w
			continue
		case isLetterRune(r):
			j := scanWord(t, i)
			dst = appendWord(dst, t, i, j)
			i = j
			continue
		case unicode.IsDigit(r):
			j := i + w
			for j < len(t) {
				r2, w2 := utf8.DecodeRuneInString(t[j:])
				if !unicode.IsDigit(r2) {
					break
				}
				j += w2
			}
			dst = append(dst, mk(t, i, j, Number))
			i = j
			continue
		case r == '’' && possessiveAt(t, i, w):
			dst = append(dst, mk(t, i, i+w+1, Word))
			i += w + 1
			continue
		}
		dst = append(dst, mk(t, i, i+w, markKind(r)))
		i += w
	}
	return dst
}

// appendWord appends the word t[i:j], splitting off a possessive ending.
// mk makes the token t[i:j].
func mk(t string, i, j int, k TokenKind) Token {
	return Token{Span: sitrep.Span{Start: i, End: j}, Text: t[i:j], Kind: k}
}

func appendWord(dst []Token, t string, i, j int) []Token {
	// A possessive at the end of a word: "Iraq's", "ISIS’s".
	if k := possessiveSuffix(t, i, j); k > i {
		dst = append(dst, mk(t, i, k, Word))
		return append(dst, mk(t, k, j, Word))
	}
	return append(dst, mk(t, i, j, Word))
}

// possessiveSuffix returns where a final "'s" or "’s" of the word t[i:j]
// begins, or i when there is none.
func possessiveSuffix(t string, i, j int) int {
	if j-i < 3 || (t[j-1] != 's' && t[j-1] != 'S') {
		return i
	}
	if t[j-2] == '\'' {
		return j - 2
	}
	if j-i >= 5 && t[j-4:j-1] == "’" {
		return j - 4
	}
	return i
}

// possessiveAt reports an apostrophe of w bytes at i followed by "s" and no
// further letter: a possessive split from its word, as after a number
// ("the 1990's") or a closing bracket.
func possessiveAt(t string, i, w int) bool {
	k := i + w
	if k >= len(t) || (t[k] != 's' && t[k] != 'S') {
		return false
	}
	if k+1 < len(t) {
		r, _ := utf8.DecodeRuneInString(t[k+1:])
		if isLetterRune(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return i > 0 && !isSpaceByteBefore(t, i)
}

func isSpaceByteBefore(t string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return isSpaceRune(r)
}

// scanWord returns the end of the word starting at i.
func scanWord(t string, i int) int {
	if j := dottedAcronymEnd(t, i); j > i {
		return j
	}
	j := i
	for j < len(t) {
		if c := t[j]; c < utf8.RuneSelf && asciiAlnum[c] {
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(t[j:])
		if r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) {
			j += w
			continue
		}
		if joinsWord(r) && j+w < len(t) {
			n, _ := utf8.DecodeRuneInString(t[j+w:])
			if r == '.' {
				// Dots join only before a lower-case letter: al-Sumaria.com.
				if unicode.IsLower(n) && !unicode.IsDigit(n) {
					j += w
					continue
				}
				break
			}
			if r == '-' || r == '‑' || r == '‐' {
				if isLetterRune(n) || unicode.IsDigit(n) {
					j += w
					continue
				}
				break
			}
			// Apostrophes and ayn marks join letters: Ba'aj, Ba’aj.
			if isLetterRune(n) {
				j += w
				continue
			}
		}
		break
	}
	return j
}

// joinsWord reports the marks that may sit inside a word.
func joinsWord(r rune) bool {
	switch r {
	case '-', '‑', '‐', '\'', '’', '`', '´', '.':
		return true
	}
	return false
}

// dottedAcronymEnd returns the end of a dotted acronym ("U.S.", "a.m.",
// "U.A.E.") starting at i, final dot included, or i when there is none.
func dottedAcronymEnd(t string, i int) int {
	j := i
	n := 0
	for j < len(t) {
		r, w := utf8.DecodeRuneInString(t[j:])
		if !isLetterRune(r) {
			break
		}
		if j+w >= len(t) || t[j+w] != '.' {
			break
		}
		k := j + w + 1
		n++
		j = k
		if k < len(t) {
			r2, _ := utf8.DecodeRuneInString(t[k:])
			if isLetterRune(r2) {
				// the next letter must itself be a single letter + dot
				_, w2 := utf8.DecodeRuneInString(t[k:])
				if k+w2 < len(t) && t[k+w2] == '.' {
					continue
				}
			}
		}
		break
	}
	if n >= 2 {
		return j
	}
	return i
}

// scanNumber returns the end and kind of the number starting at i: digits
// with inner separators, or a Word when letters follow straight on.
func scanNumber(t string, i int) (int, TokenKind) {
	j := i
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	for j+1 < len(t) && isNumberSep(t[j]) && isDigit(t[j+1]) {
		j++
		for j < len(t) && isDigit(t[j]) {
			j++
		}
	}
	if j < len(t) {
		r, _ := utf8.DecodeRuneInString(t[j:])
		if isLetterRune(r) {
			// "9th", "11am", "04.38hrs", "10km": one word.
			for j < len(t) {
				r, w := utf8.DecodeRuneInString(t[j:])
				if !isLetterRune(r) && !unicode.IsDigit(r) {
					break
				}
				j += w
			}
			return j, Word
		}
	}
	return j, Number
}

func isNumberSep(c byte) bool { return c == ',' || c == '.' || c == ':' || c == '/' }

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// asciiAlnum marks ASCII letters and digits, for the tokeniser's inner loop.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := byte(0); c < utf8.RuneSelf; c++ {
		t[c] = isASCIILetter(c) || isDigit(c)
	}
	return t
}()

// isLetterRune reports letters, including the modifier letters used for
// ayn and hamza (ʿ ʾ).
func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r)
}

// markKind classes a character that is neither letter, digit nor space:
// Punct for punctuation, Symbol for symbols and everything else. The
// percent, per-mille, number, at, ampersand and asterisk signs count as
// symbols although Unicode files them under punctuation.
func markKind(r rune) TokenKind {
	switch r {
	case '%', '‰', '#', '@', '&', '*', '§', '†':
		return Symbol
	}
	if unicode.IsPunct(r) {
		return Punct
	}
	return Symbol
}
