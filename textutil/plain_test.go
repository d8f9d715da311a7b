package textutil

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// TestSentencesReadAsByteByByte: Sentences, which passes over the bytes
// that end no sentence a run at a time (plainEnd), splits as the
// byte-by-byte loop it replaced (sentencesByByte) on hand-made texts,
// random mixes of the marks it reads and the shared corpora when they are
// there.
func TestSentencesReadAsByteByByte(t *testing.T) {
	texts := []string{
		"",
		"Gunmen killed 12 people. Police said. The U.S. said! Did they? Yes... And then… More.\nA headline\nGen. Ali said 1.5 km.",
		"bombers.Police said \u2028 next \u2029 one\u0085 two。 three؟ four۔ five",
		"a wrapped line that goes on and on\nand on in hard-wrapped text. \r\nNew\v\fend",
	}
	marks := []string{"a", "Word", " ", ".", ". ", "...", ". . .", "?", "!", "\n", "\r\n", "\v", "\f", "é", "…", "\u2028", "。", "\"", ")", "1.5", "U.S.", "Gen.", "\xff"}
	rng := rand.New(rand.NewSource(5))
	for k := 0; k < 3000; k++ {
		var b strings.Builder
		for n := rng.Intn(30); n > 0; n-- {
			b.WriteString(marks[rng.Intn(len(marks))])
		}
		texts = append(texts, b.String())
	}
	files, _ := filepath.Glob("../../shared/corpus/*/docs.jsonl")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			for _, line := range strings.Split(string(data), "\n") {
				texts = append(texts, strings.ReplaceAll(line, `\n`, "\n"))
			}
		}
	}
	s := DefaultSplitter()
	for _, text := range texts {
		got, want := s.Sentences(text), s.sentencesByByte(text)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: Sentences %v, byte by byte %v", text, got, want)
		}
	}
}

// sentencesByByte is Sentences as it was before it passed over plain
// bytes a run at a time (kept to test that Sentences reads as it did).
func (s *Splitter) sentencesByByte(text string) []sitrep.Span {
	out := make([]sitrep.Span, 0, len(text)/100+1)
	soft := softSet(s.softBreaks(text))
	start := 0
	emit := func(end int) {
		if sp, ok := trimSpan(text, start, end); ok {
			out = append(out, sp)
		}
		start = end
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			if soft.has(i) {
				i++ // a wrap: read as a space ("\r\n" too)
				if c == '\r' && i < len(text) && text[i] == '\n' {
					i++
				}
				continue
			}
			emit(i)
			i++
		case c == '.':
			// A run of dots is an ellipsis, spaced (". . .") or not.
			j, dots := i+1, 1
			for j < len(text) {
				if text[j] == '.' {
					j, dots = j+1, dots+1
				} else if text[j] == ' ' && j+1 < len(text) && text[j+1] == '.' {
					j++
				} else {
					break
				}
			}
			if dots >= 2 {
				end := absorbClosers(text, j)
				if capitalFollows(text, end, soft) {
					emit(end)
				}
				i = end
				continue
			}
			if end, ok := s.fullStop(text, start, i, soft); ok {
				emit(end)
				i = end
				continue
			}
			i++
		case c == '?' || c == '!':
			j := i + 1
			for j < len(text) && (text[j] == '?' || text[j] == '!') {
				j++
			}
			end := absorbClosers(text, j)
			if endsAfterMark(text, end, soft) {
				emit(end)
			}
			i = end
		case c < utf8.RuneSelf:
			i++
		default:
			r, w := utf8.DecodeRuneInString(text[i:])
			switch r {
			case '\u2028', '\u2029', '\u0085':
				emit(i)
			case '…':
				end := absorbClosers(text, i+w)
				if capitalFollows(text, end, soft) {
					emit(end)
				}
				i = end
				continue
			case '。', '؟', '۔':
				end := absorbClosers(text, i+w)
				emit(end)
				i = end
				continue
			}
			i += w
		}
	}
	emit(len(text))
	return out
}
