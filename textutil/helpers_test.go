package textutil

import (
	"testing"

	"github.com/sitrep/sitrep"
)

func TestWordShapes(t *testing.T) {
	tests := []struct {
		word                 string
		capitalized, allCaps bool
		lower, numeric       bool
	}{
		{"Mosul", true, false, false, false},
		{"ISIS", true, true, false, false},
		{"U.S.", true, true, false, false},
		{"al-Shaabi", false, false, false, false},
		{"soldiers", false, false, true, false},
		{"Ḩadīthah", true, false, false, false},
		{"25,000", false, false, false, true},
		{"1.5", false, false, false, true},
		{"3:30", false, false, false, true},
		{"9th", false, false, true, false},
		{"25,", false, false, false, false},
		{"", false, false, false, false},
		{"مدينة", false, false, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := IsCapitalized(tc.word); got != tc.capitalized {
				t.Errorf("IsCapitalized(%q) = %v", tc.word, got)
			}
			if got := IsAllCaps(tc.word); got != tc.allCaps {
				t.Errorf("IsAllCaps(%q) = %v", tc.word, got)
			}
			if got := IsLower(tc.word); got != tc.lower {
				t.Errorf("IsLower(%q) = %v", tc.word, got)
			}
			if got := IsNumeric(tc.word); got != tc.numeric {
				t.Errorf("IsNumeric(%q) = %v", tc.word, got)
			}
		})
	}
}

func TestEqualFold(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Mosul", "MOSUL", true},
		{"Qayyārah", "qayyarah", true},
		{"Ba’aj", "ba'aj", true},
		{"Mosul", "Mosel", false},
		{"", "", true},
	}
	for _, tc := range tests {
		if got := EqualFold(tc.a, tc.b); got != tc.want {
			t.Errorf("EqualFold(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestTrimSpan(t *testing.T) {
	text := "\u00a0 Tal Afar \t"
	got, ok := TrimSpan(text, sitrep.Span{Start: -3, End: 99})
	if !ok || text[got.Start:got.End] != "Tal Afar" {
		t.Errorf("TrimSpan = %v %v (%q)", got, ok, text[got.Start:got.End])
	}
	if _, ok := TrimSpan(text, sitrep.Span{Start: 0, End: 3}); ok {
		t.Errorf("TrimSpan of spaces only reports text")
	}
}

func TestSentenceAtAndTokenAt(t *testing.T) {
	text := "First one.  Second one."
	sents := Sentences(text)
	tests := []struct {
		at, want int
	}{{0, 0}, {9, 0}, {10, -1}, {11, -1}, {12, 1}, {len(text) - 1, 1}, {len(text), -1}}
	for _, tc := range tests {
		if got := SentenceAt(sents, tc.at); got != tc.want {
			t.Errorf("SentenceAt(%d) = %d, want %d", tc.at, got, tc.want)
		}
	}
	toks := Tokens(text, sitrep.Span{Start: 0, End: len(text)})
	if i := TokenAt(toks, 13); i < 0 || toks[i].Text != "Second" {
		t.Errorf("TokenAt(13) = %d", i)
	}
	if i := TokenAt(toks, 5); i != -1 {
		t.Errorf("TokenAt(5) (a space) = %d, want -1", i)
	}
}
