package extract

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// TestSplitWordsAsBefore checks splitWordsMax, which reads ASCII without
// decoding, sizes its list once and takes marks from the text, against the
// word split as it was written before (splitWordsRef).
func TestSplitWordsAsBefore(t *testing.T) {
	parts := []string{"the", "Army", "agoA", "25,000", "1.5", "3,", ".", ",", " ", "  ", "-", " - ", "car-bomb", "Daesh's",
		"’s", "é", "É", "Ürümqi", "naïve", "e\u0301", "İ", "ſ", "—", "“", "”", "«", "\xff", "\xe2\x80", "42", "x1Y", "_", "\n", "ʼ"}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rng.IntN(20); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		text := b.String()
		s := sitrep.Span{Start: 0, End: len(text)}
		if len(text) > 4 && n%3 == 0 {
			s = sitrep.Span{Start: 1, End: len(text) - 2}
		}
		for _, max := range []int{-1, 0, 3} {
			got, want := splitWordsMax(text, s, max), splitWordsRef(text, s, max)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("splitWordsMax(%q, %v, %d) = %v, want %v", text, s, max, got, want)
			}
		}
	}
}

// splitWordsRef is splitWordsMax as it was before it was made faster.
func splitWordsRef(text string, s sitrep.Span, max int) []word {
	var out []word
	i := s.Start
	hyphenEnd := -1 // where a hyphen right after a word ends
	for i < s.End && (max < 0 || len(out) < max) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + w
			digits := unicode.IsDigit(r)
			prev := r
			for j < s.End {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				// words glued by lost spacing ("agoA policeman") part where a
				// lower-case letter meets an upper-case one
				if unicode.IsLower(prev) && unicode.IsUpper(r2) {
					break
				}
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += w2
					prev = r2
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
			out = append(out, word{
				span: sitrep.Span{Start: i, End: j},
				low:  strings.ToLower(tok),
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
			p := string(r)
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
