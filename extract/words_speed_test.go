package extract

import (
	"math/rand/v2"
	"reflect"
	"slices"
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

// TestNarrowedMatchAsBefore checks that narrowing a first word's long
// phrase list by the next word finds what the whole list finds, on word
// sequences made of the lexicon's own phrase words.
func TestNarrowedMatchAsBefore(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var vocab []string
	var long []phrase
	for _, m := range []*matcher{l.triggers, l.casualty, l.persons, l.markers, l.figures} {
		for _, list := range m.first {
			if len(list) > longList {
				long = append(long, list...)
			}
			for _, p := range list {
				for _, w := range p.words {
					vocab = append(vocab, strings.TrimSuffix(w, "*"))
				}
			}
		}
	}
	slices.Sort(vocab)
	vocab = append(slices.Compact(vocab), "army", "killed", ",", "the", "in", "to")
	rng := rand.New(rand.NewPCG(13, 14))
	narrowed := 0
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			if rng.IntN(3) > 0 {
				b.WriteString(vocab[rng.IntN(len(vocab))] + " ")
				continue
			}
			// a phrase of a long list, whole or cut short
			p := long[rng.IntN(len(long))]
			for _, w := range p.words[:1+rng.IntN(len(p.words))] {
				switch {
				case w == "...":
					w = vocab[rng.IntN(len(vocab))]
				case strings.HasSuffix(w, "*"):
					w = strings.TrimSuffix(w, "*") + "s"
				}
				b.WriteString(w + " ")
			}
		}
		text := b.String()
		words := splitWords(text, sitrep.Span{Start: 0, End: len(text)})
		if n%2 == 0 {
			l.indexWords(words)
		}
		for _, m := range []*matcher{l.triggers, l.casualty, l.persons, l.markers, l.figures} {
			whole := *m
			whole.byNext = nil
			for i := range words {
				gv, gn := m.at(words, i)
				wv, wn := whole.at(words, i)
				if gn != wn || !reflect.DeepEqual(gv, wv) {
					t.Fatalf("%q at word %d: narrowed %v %d, whole list %v %d", text, i, gv, gn, wv, wn)
				}
				if gn > 0 && len(m.first[words[i].low]) > longList {
					narrowed++
				}
			}
		}
	}
	if narrowed < 100 {
		t.Fatalf("only %d matches from narrowed lists: the test proves little", narrowed)
	}
}

// TestNarrowedMatchOrder checks narrowing on a list whose phrases for any
// next word (a prefix pattern, a gap, the first word alone) come between
// and after the phrases of one next word.
func TestNarrowedMatchOrder(t *testing.T) {
	m := newMatcher()
	for i, p := range []string{"x yes z w", "x y* z", "x yes z", "x ... q", "x yes", "x a", "x b", "x c", "x d", "x e", "x"} {
		m.add(strings.Fields(p), i)
	}
	m.index()
	if len(m.byNext["x"]) == 0 {
		t.Fatal("the list was not narrowed")
	}
	whole := *m
	whole.byNext = nil
	for _, text := range []string{"x yes z", "x yes z w", "x yes", "x yess z", "x yes q", "x no q", "x", "x d", "x yet z", "x y"} {
		words := splitWords(text, sitrep.Span{Start: 0, End: len(text)})
		gv, gn := m.at(words, 0)
		wv, wn := whole.at(words, 0)
		if gn != wn || gv != wv {
			t.Errorf("%q: narrowed %v %d, whole list %v %d", text, gv, gn, wv, wn)
		}
	}
}
