package timex

import (
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	tWord tkind = iota + 1
	tNum
	tPunct
)

// tok is one token of the text: a word, a number or a punctuation mark.
type tok struct {
	start, end int
	kind       tkind
	p          byte  // the mark of a punctuation token ('-' for every dash), 0 for others
	n          int   // value of a number token
	digits     int   // digits of a number token
	ord        bool  // a number written as an ordinal ("10th")
	glued      bool  // a number with letters stuck to it ("1970s", "10am"): not a day or a year
	cap        bool  // a word that starts with a capital
	poss       bool  // a possessive "'s" followed the word and was dropped
	nl         bool  // a line break stands before the token
	w          *word // the lexicon's entry for a word, nil when unknown
}

// tokenize splits text[start:end] into tokens, appending to toks.
// A possessive "'s" after a word is dropped ("Monday's" reads as "Monday").
func tokenize(l *lexicon, text string, start, end int, toks []tok) []tok {
	nl := false
	var buf [24]byte
	i := start
	for i < end {
		c := text[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '\n' || c == '\r':
			nl = true
			i++
		case c >= '0' && c <= '9':
			t := tok{start: i, kind: tNum, nl: nl}
			nl = false
			for i < end && text[i] >= '0' && text[i] <= '9' {
				if t.digits < 9 {
					t.n = t.n*10 + int(text[i]-'0')
				}
				t.digits++
				i++
			}
			if i+1 < end && isOrdinal(text[i], text[i+1]) && (i+2 >= end || !isLetterByte(text[i+2])) {
				t.ord = true
				i += 2
			} else if i < end && isLetterByte(text[i]) {
				t.glued = true
			}
			t.end = i
			toks = append(toks, t)
		case c < utf8.RuneSelf && isLetterByte(c):
			i = wordTok(l, text, i, end, &toks, &nl, &buf)
		case c >= utf8.RuneSelf:
			r, w := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				i = wordTok(l, text, i, end, &toks, &nl, &buf)
			case r == '\u2019' || r == '\u02bc':
				if possessive(text, i+w, end, toks, i) {
					toks[len(toks)-1].poss = true
					i += w + 1
					continue
				}
				toks = append(toks, tok{start: i, end: i + w, kind: tPunct, nl: nl})
				nl = false
				i += w
			case r == '\u2013' || r == '\u2014' || r == '\u2010' || r == '\u2011' || r == '\u2212':
				toks = append(toks, tok{start: i, end: i + w, kind: tPunct, p: '-', nl: nl})
				nl = false
				i += w
			case unicode.IsSpace(r):
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					nl = true
				}
				i += w
			default:
				toks = append(toks, tok{start: i, end: i + w, kind: tPunct, nl: nl})
				nl = false
				i += w
			}
		default:
			if c == '\'' && possessive(text, i+1, end, toks, i) {
				toks[len(toks)-1].poss = true
				i += 2
				continue
			}
			toks = append(toks, tok{start: i, end: i + 1, kind: tPunct, p: c, nl: nl})
			nl = false
			i++
		}
	}
	return toks
}

// possessive reports whether the apostrophe ending at j follows the last
// token directly (at i) and an "s" that ends the word follows it.
func possessive(text string, j, end int, toks []tok, i int) bool {
	if len(toks) == 0 || toks[len(toks)-1].end != i || toks[len(toks)-1].kind != tWord {
		return false
	}
	if j >= end || text[j] != 's' && text[j] != 'S' {
		return false
	}
	return j+1 >= end || !isLetterByte(text[j+1]) && text[j+1] < utf8.RuneSelf
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isOrdinal(a, b byte) bool {
	a |= 0x20
	b |= 0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

// wordTok reads one word starting at i and looks it up in the lexicon.
func wordTok(l *lexicon, text string, i, end int, toks *[]tok, nl *bool, buf *[24]byte) int {
	t := tok{start: i, kind: tWord, nl: *nl}
	*nl = false
	n := 0
	ascii := true
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isLetterByte(c) {
				break
			}
			if n < len(buf) {
				buf[n] = c | 0x20
			}
			n++
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		ascii = false
		i += w
	}
	t.end = i
	first := text[t.start]
	t.cap = first >= 'A' && first <= 'Z'
	if !ascii && !t.cap {
		r, _ := utf8.DecodeRuneInString(text[t.start:])
		t.cap = unicode.IsUpper(r)
	}
	if ascii && n <= len(buf) {
		t.w = l.words[string(buf[:n])]
	}
	*toks = append(*toks, t)
	return i
}
