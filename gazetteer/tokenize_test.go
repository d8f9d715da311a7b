package gazetteer

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTokenizeReadsAsByRune: tokenize, which reads ASCII letters and
// digits a run at a time (textutil.AlnumEnd), gives the tokens of the
// rune-by-rune reading it replaced (tokenizeByRune), on hand-made texts,
// random mixes of the marks it treats apart and the shared corpora when
// they are there.
func TestTokenizeReadsAsByRune(t *testing.T) {
	texts := []string{
		"",
		"Gunmen attacked Mosul's market. The U.S. and U.N. said on Monday.",
		"Deir ez-Zor, Ba'aj, al_Samn, Ba’aj and Ḥayʼat Taḥrīr al-Shām; BAGHDAD (Reuters) - 12,000 people",
		"en_US ‘quoted’ «name» 1.5 km\nnew line … Gen. Ali! x-",
		"مدينة الموصل and co\u0301te d'Ivoire's",
		"\xff\xfe A\x80B \xe2\x80",
	}
	marks := []string{"a", "Z", "s", "'s", "’s", "é", "É", "1", ".", "'", "’", "ʿ", "ʼ", "-", "‐", "_", " ", "\n", ",", "\u0301", "\xff", "\xe2\x80", "م", "“", "…"}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 3000; k++ {
		var b strings.Builder
		for n := rng.Intn(25); n > 0; n-- {
			b.WriteString(marks[rng.Intn(len(marks))])
		}
		texts = append(texts, b.String())
	}
	files, _ := filepath.Glob("../../shared/corpus/*/docs.jsonl")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(data))
		}
	}
	for _, text := range texts {
		got, want := tokenize(text, nil), tokenizeByRune(text, nil)
		if !reflect.DeepEqual(got, want) {
			if len(text) > 200 {
				text = text[:200] + "..."
			}
			t.Fatalf("%q: tokenize %v, rune by rune %v", text, got, want)
		}
	}
}

// tokenizeByRune is tokenize as it was before it read ASCII letters and
// digits a run at a time (kept to test that tokenize reads as it did):
// it splits text into words and punctuation marks. Apostrophes,
// hyphens and underscores inside a word stay in it ("Ba'aj", "ez-Zor",
// "al_Samn").
func tokenizeByRune(text string, toks []token) []token {
	sent, line := true, true
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			j := i + w
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += w2
					continue
				}
				if isInnerRune(r2) && j+w2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+w2:])
					if isWordRune(r3) {
						j += w2
						continue
					}
				}
				break
			}
			t := token{s: i, e: j, word: true, sentStart: sent, lineStart: line}
			// possessive: Mosul's
			if j-i > 3 && (strings.HasSuffix(text[i:j], "'s") || strings.HasSuffix(text[i:j], "’s")) {
				if strings.HasSuffix(text[i:j], "'s") {
					t.e = j - 2
				} else {
					t.e = j - 4
				}
				t.poss = true
			}
			t.name, t.arabic = nameLike(text[i:t.e])
			t.caps = t.name && !t.arabic && allCaps(text[i:t.e])
			toks = append(toks, t)
			sent, line = false, false
			i = j
			continue
		}
		if !unicode.IsSpace(r) {
			toks = append(toks, token{s: i, e: i + w, lineStart: line})
			line = false
			switch r {
			case '.', '!', '?', '…':
				n := len(toks)
				// "U.S.", "A U.N. official": a single letter before a
				// full stop is an initial, never a name
				if r == '.' && n >= 2 && toks[n-2].word && utf8.RuneCountInString(text[toks[n-2].s:toks[n-2].e]) == 1 {
					toks[n-2].name = false
				}
				// "Gen. Ali" and "U.S." are not sentence ends: a
				// following lower-case or capitalised word is unsure, so
				// only a full stop after a word of 3+ letters counts.
				if r != '.' || n < 2 || !toks[n-2].word || toks[n-2].e-toks[n-2].s > 3 {
					sent = true
				}
			case '"', '“', '(', '‘', '\'', '«':
				// an opening quote keeps the sentence start
			default:
				sent = false
			}
		} else if r == '\n' {
			sent, line = true, true
		}
		i += w
	}
	return toks
}
