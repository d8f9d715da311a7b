package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/sitrep/sitrep"
)

// word is one word or punctuation mark of a sentence as the lexicon sees it:
// lower-cased, with hyphens and apostrophes read as breaks ("car-bomb" is
// two words, "Daesh's" is "daesh" and "s").
type word struct {
	span sitrep.Span
	low  string
	cap  bool // starts with an upper-case letter
	num  bool // starts with a digit
	punc bool // a punctuation mark
	hyph bool // joined to the word before by a hyphen ("claimed" in "IS-claimed")
	// vocab is the word's entry in the lexicon's vocab once indexed (nil
	// when it opens no phrase)
	vocab   *[numSlots][]phrase
	indexed bool
	// never holds, once indexed, the bits (1<<slot) of the matchers no
	// phrase of which can start at the word (none before: zero)
	never uint8
}

// splitWords reads the words of text[s.Start:s.End] with absolute spans.
func splitWords(text string, s sitrep.Span) []word {
	return splitWordsMax(text, s, -1)
}

// splitWordsMax is splitWords reading at most max words (all when max is
// negative).
func splitWordsMax(text string, s sitrep.Span, max int) []word {
	// about one word or mark in five bytes of prose: room for all of them
	// at once, not grown step by step
	n := (s.End-s.Start)/5 + 4
	if max >= 0 && n > max {
		n = max
	}
	out := make([]word, 0, n)
	// the lower-case forms of ASCII words with capitals, written one after
	// another into one buffer made once (no room past the span is ever
	// needed, so it never moves and the strings made from it stay valid)
	var lows []byte
	i := s.Start
	hyphenEnd := -1 // where a hyphen right after a word ends
	for i < s.End && (max < 0 || len(out) < max) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + w
			digits := unicode.IsDigit(r)
			// (whether the rune before j is a lower-case letter; whether
			// the word is ASCII, and holds a capital)
			prevLower := unicode.IsLower(r)
			ascii, upper := r < utf8.RuneSelf, 'A' <= r && r <= 'Z'
			for j < s.End {
				// ASCII letters and digits, up to a capital after a
				// lower-case letter, in a loop of their own
				var up bool
				j, up, prevLower = asciiWordRun(text, j, s.End, prevLower)
				upper = upper || up
				if j >= s.End {
					break
				}
				if c := text[j]; c < utf8.RuneSelf {
					if digits && (c == ',' || c == '.') && j+1 < s.End {
						if r3, _ := utf8.DecodeRuneInString(text[j+1:]); unicode.IsDigit(r3) {
							j++
							continue
						}
					}
					break // (a mark, or a capital after a lower-case letter)
				}
				ascii = false
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				// words glued by lost spacing ("agoA policeman") part where a
				// lower-case letter meets an upper-case one
				if prevLower && unicode.IsUpper(r2) {
					break
				}
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += w2
					prevLower = unicode.IsLower(r2)
					continue
				}
				// 25,000 and 1.5 stay one word
				if digits && (r2 == ',' || r2 == '.') && j+w2 < s.End {
					r3, _ := utf8.DecodeRuneInString(text[j+w2:])
					if unicode.IsDigit(r3) {
						j += w2
						continue
					}
				}
				break
			}
			tok := text[i:j]
			low := tok // (an ASCII word with no capital is its own lower case)
			if !ascii || upper {
				var ok bool
				if low, ok = lowerASCII(tok, &lows, s.End-s.Start); !ok {
					low = strings.ToLower(tok)
				}
			}
			out = append(out, word{
				span: sitrep.Span{Start: i, End: j},
				low:  low,
				cap:  unicode.IsUpper(r),
				num:  digits,
				hyph: i == hyphenEnd,
			})
			i = j
		case r == '-' && spacedDash(text, i, s):
			// " - " between spaces is a dash, as "—" is
			out = append(out, word{span: sitrep.Span{Start: i, End: i + w}, low: "-", punc: true})
			i += w
		case unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’' || r == '‘' || r == '‐' || r == '‑' || r == 'ʼ' || r == '`' || r == '´':
			if (r == '-' || r == '‐' || r == '‑') && len(out) > 0 && out[len(out)-1].span.End == i && !out[len(out)-1].punc {
				hyphenEnd = i + w
			}
			i += w
		default:
			p := text[i : i+w] // the mark as written (no new string)
			if r == utf8.RuneError && w == 1 {
				p = string(r)
			}
			switch r {
			case '“', '”', '„', '«', '»':
				p = `"`
			case '–', '—':
				p = "-"
			}
			out = append(out, word{span: sitrep.Span{Start: i, End: i + w}, low: p, punc: true})
			i += w
		}
	}
	return out
}

// asciiWordRun returns the end of the run of ASCII letters and digits
// from text[j] before end, which a capital after a lower-case letter also
// ends (prevLower: the letter before j is lower-case); whether the run
// holds a capital, and whether its last letter is lower-case (prevLower
// when it is empty). (A function of its own, so that its loop keeps what
// it reads in registers.)
//
//go:noinline
func asciiWordRun(text string, j, end int, prevLower bool) (int, bool, bool) {
	if end > len(text) {
		end = len(text)
	}
	upper := false
	for ; j < end; j++ {
		c := text[j]
		switch {
		case 'a' <= c && c <= 'z':
			prevLower = true
		case 'A' <= c && c <= 'Z':
			if prevLower {
				return j, upper, prevLower
			}
			upper = true
		case '0' <= c && c <= '9':
			prevLower = false
		default:
			return j, upper, prevLower
		}
	}
	return j, upper, prevLower
}

// lowerASCII returns strings.ToLower(w) for an ASCII word, without a
// new string for each: a word with capitals is lower-cased into *buf (made
// with room for size bytes on first use, and never grown). ok is false for
// a word with other letters, or no room left.
func lowerASCII(w string, buf *[]byte, size int) (string, bool) {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return w, true
	}
	if *buf == nil {
		*buf = make([]byte, 0, size)
	}
	b := *buf
	if cap(b)-len(b) < len(w) {
		return "", false
	}
	start := len(b)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	*buf = b
	return unsafe.String(&b[start], len(w)), true
}

// spacedDash reports whether the hyphen at text[i] stands between spaces
// inside span s.
func spacedDash(text string, i int, s sitrep.Span) bool {
	return i > s.Start && i+1 < s.End && text[i-1] == ' ' && text[i+1] == ' '
}

// isClauseBreak reports whether a word ends a clause for the purpose of
// tying a count to its verb.
func isClauseBreak(w word) bool {
	if w.punc {
		switch w.low {
		case ";", ":", "?", "!", `"`, "(", ")", "[", "]":
			return true
		}
		return false
	}
	switch w.low {
	case "while", "when", "whereas", "but", "after", "before", "as", "because", "since", "although", "though", "which", "who", "whom", "where", "said", "says", "told", "added", "according":
		return true
	}
	return false
}

// dropScareQuotes removes the quotation marks around one to three
// lower-case words with no other mark between them ('46 attackers had
// been "neutralised"', 'an attack by "terrorists"'): a writer's distance
// from a word, not speech, and no break in the phrase it stands in.
// A count cited in quotes may run to five words ('neutralising "more
// than 40 assailants"'): a figure quoted from a statement, read as told.
// Longer quotations keep their marks, as do names set in quotes
// ('Operation "Olive Branch"', 'near "Raqqa Museum"').
func dropScareQuotes(ws []word) []word {
	quote := func(w word) bool {
		return w.punc && (w.low == "\"" || w.low == "“" || w.low == "”")
	}
	var drop []int
	for i := 0; i < len(ws); i++ {
		if !quote(ws[i]) || ws[i].low == "”" {
			continue
		}
		j := i + 1
		counted := false // a number among the words
		for j < len(ws) && j <= i+6 && !ws[j].punc && !ws[j].cap {
			// ("more than a dozen", "about ten": a count in words)
			counted = counted || ws[j].num || isNumberWord(ws[j].low) || ws[j].low == "dozen" || ws[j].low == "dozens"
			j++
		}
		if j < len(ws) && j > i+1 && (j <= i+4 || counted) && quote(ws[j]) && ws[j].low != "“" {
			drop = append(drop, i, j)
			i = j
		}
	}
	if len(drop) == 0 {
		return ws
	}
	out := ws[:0:0]
	for k, w := range ws {
		if len(drop) > 0 && drop[0] == k {
			drop = drop[1:]
			continue
		}
		out = append(out, w)
	}
	return out
}
