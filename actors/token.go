package actors

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: a run of letters and digits. Hyphens,
// slashes, spaces and apostrophes separate words without ending a phrase;
// other punctuation (commas, full stops, brackets, quotes) ends it, so an
// alias never matches across "In Syria, forces ...".
type token struct {
	start, end int  // byte offsets into the text
	fold       int  // end of the folded form in the arena; it starts at the previous token's fold
	upper      bool // has letters and none of them is lower-case (an acronym as written)
	broken     bool // a phrase-ending mark stands between this token and the one before
	hyphen     bool // joined to the token before by a hyphen ("rebel-held")
	letters    int
}

// scratch holds the reusable buffers of one tokenizing call.
type scratch struct {
	toks  []token
	arena []byte
	// spare is a buffer for the tokens of a span (Words), kept with the
	// scratch between reports
	spare []token
}

// key returns the folded form of token i, a slice of the arena.
func (s *scratch) key(i int) []byte {
	a := 0
	if i > 0 {
		a = s.toks[i-1].fold
	}
	return s.arena[a:s.toks[i].fold]
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// isJoiner reports whether r separates words inside one phrase.
func isJoiner(r rune) bool {
	switch r {
	case ' ', '\t', '-', '/', '\'', '\u2019', '\u2018', '\u02bc', '\u00a0', '\u2010', '\u2011', '\u2013', '\u202f', '`', '\u00b4':
		return true
	}
	return false
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02bc' || r == '\u2018' || r == '`' || r == '\u00b4'
}

// tokenize splits text[start:end] into tokens, reusing s's buffers.
// Dotted capitals ("U.S.", "U.N.") become one token ("US"); a possessive
// "'s" after a word is dropped, so "Daesh's" reads as "Daesh" and
// "Haftar's forces" as "Haftar forces".
func (s *scratch) tokenize(text string, start, end int) {
	s.toks = s.toks[:0]
	// (the arena is held in a local while tokenizing, so that appending
	// a byte does not store the slice back each time)
	arena := s.arena[:0]
	broken, hyphen := false, false
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf && !isASCIIAlnum(c) {
			if (c == '\'' || c == '`') && s.possessive(text, i, i+1, end) {
				i += 2
				continue
			}
			if !isJoiner(rune(c)) {
				broken = true
			}
			hyphen = c == '-' && len(s.toks) > 0 && s.toks[len(s.toks)-1].end == i
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if isApostrophe(r) && s.possessive(text, i, i+w, end) {
					i += w + 1
					continue
				}
				if !isJoiner(r) {
					broken = true
				}
				hyphen = (r == '\u2010' || r == '\u2011') && len(s.toks) > 0 && s.toks[len(s.toks)-1].end == i
				i += w
				continue
			}
		}
		// Dotted capitals: U.S. / U.N. / U.K.
		if isASCIIUpper(c) && i+1 < end && text[i+1] == '.' {
			j := i
			n := 0
			for j+1 < end && isASCIIUpper(text[j]) && text[j+1] == '.' && (j == i || text[j-1] == '.') {
				n++
				j += 2
			}
			if n >= 2 && (j >= end || !isASCIIAlnum(text[j])) {
				for k := i; k < j; k += 2 {
					arena = append(arena, text[k]+('a'-'A'))
				}
				s.toks = append(s.toks, token{start: i, end: j, fold: len(arena), upper: true, broken: broken, hyphen: hyphen, letters: n})
				broken, hyphen = false, false
				i = j
				continue
			}
		}
		t := token{start: i, broken: broken, hyphen: hyphen}
		broken, hyphen = false, false
		hasLower, hasUpper := false, false
		for i < end {
			c := text[i]
			if c < utf8.RuneSelf {
				if !isASCIIAlnum(c) {
					break
				}
				switch {
				case c >= 'A' && c <= 'Z':
					hasUpper = true
					t.letters++
					c += 'a' - 'A'
				case c >= 'a' && c <= 'z':
					hasLower = true
					t.letters++
				}
				arena = append(arena, c)
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(text[i:])
			if unicode.Is(unicode.Mn, r) {
				i += w // combining accent: part of the word, not of its folded form
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			if unicode.IsUpper(r) {
				hasUpper = true
			} else if unicode.IsLower(r) {
				hasLower = true
			}
			t.letters++
			arena = appendFolded(arena, r)
			i += w
		}
		t.end = i
		t.fold = len(arena)
		t.upper = hasUpper && !hasLower
		s.toks = append(s.toks, t)
	}
	s.arena = arena
}

// possessive reports whether the apostrophe at text[i:j] follows the last
// token directly and is followed by an "s" that ends the word.
func (s *scratch) possessive(text string, i, j, end int) bool {
	if len(s.toks) == 0 || s.toks[len(s.toks)-1].end != i {
		return false
	}
	if j >= end || (text[j] != 's' && text[j] != 'S') {
		return false
	}
	return j+1 >= end || text[j+1] < utf8.RuneSelf && !isASCIIAlnum(text[j+1])
}

// foldTable maps accented Latin letters to their plain form.
var foldTable = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ă': 'a', 'ą': 'a',
	'ç': 'c', 'ć': 'c', 'č': 'c', 'ď': 'd', 'đ': 'd', 'ḍ': 'd',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ė': 'e', 'ę': 'e', 'ě': 'e',
	'ğ': 'g', 'ġ': 'g', 'ḥ': 'h', 'ħ': 'h',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i', 'ı': 'i', 'į': 'i',
	'ñ': 'n', 'ń': 'n', 'ň': 'n',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ō': 'o', 'ő': 'o',
	'ř': 'r', 'ś': 's', 'š': 's', 'ş': 's', 'ṣ': 's', 'ţ': 't', 'ť': 't', 'ṭ': 't',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u', 'ů': 'u', 'ű': 'u',
	'ý': 'y', 'ÿ': 'y', 'ž': 'z', 'ź': 'z', 'ż': 'z', 'ẓ': 'z',
}

// appendFolded appends the lower-case, accent-free form of r.
func appendFolded(b []byte, r rune) []byte {
	r = unicode.ToLower(r)
	if f, ok := foldTable[r]; ok {
		r = f
	}
	return utf8.AppendRune(b, r)
}
