package clean

import (
	"strings"
	"testing"
	"unicode"
)

// TestFieldsAtLeastAgreesWithFields: fieldsAtLeast counts words as
// strings.Fields splits them (any Unicode space, runs of them, leading
// and trailing ones), and stops at the count asked for.
func TestFieldsAtLeastAgreesWithFields(t *testing.T) {
	texts := []string{
		"",
		"   ",
		"one",
		"one two three four five six seven",
		"one two three four five six seven eight",
		"  one\ttwo\nthree\u00a0four\u2003five  six seven eight  ",
		"one\u0085two three four five six seven\u2028eight.",
		"a b c d e f g h i j k",
		"\xffbad \xfe bytes and more words here to count",
	}
	for _, s := range texts {
		for n := 0; n <= 12; n++ {
			want := len(strings.Fields(s)) >= n
			if got := fieldsAtLeast(s, n); got != want {
				t.Errorf("fieldsAtLeast(%q, %d) = %v, strings.Fields says %v", s, n, got, want)
			}
		}
	}
}

// TestHasCodeMarkIsContainsAny: the byte searches of hasCodeMark answer
// what strings.ContainsAny(t, codeMarks) answers.
func TestHasCodeMarkIsContainsAny(t *testing.T) {
	for _, s := range []string{"", "plain prose, with commas.", "a = b", "x;", "{", "}", "<div>", "$5", "price 5€", "“quoted” — dash", "\xff\xfe{"} {
		if got, want := hasCodeMark(s), strings.ContainsAny(s, codeMarks); got != want {
			t.Errorf("hasCodeMark(%q) = %v, ContainsAny says %v", s, got, want)
		}
	}
}

// TestFoldAgreesWithTheRuneByRuneFold: fold's ASCII shortcut writes what
// the reading rune by rune writes: bullets and spaces at the start,
// runs of white space, curly quotes, dashes, zero-width marks, capitals.
func TestFoldAgreesWithTheRuneByRuneFold(t *testing.T) {
	texts := []string{
		"", " ", "Plain Text.", "  • Bullet  Point\tHERE ", "* > Quoted line", "A  `b`  C",
		"“Curly” ‘quotes’ — and – dashes", "zero\u200bwidth\ufeffmarks", "nbsp\u00a0space",
		"ÉCOLE Über ÇA", "\xff bad bytes", "x\r\ny", ">>> deep", "•\u00a0•Mixed",
	}
	for _, s := range texts {
		if got, want := fold(s), foldRunes(s); got != want {
			t.Errorf("fold(%q) = %q, rune by rune %q", s, got, want)
		}
	}
}

// foldRunes is fold without its ASCII shortcut.
func foldRunes(s string) string {
	var b strings.Builder
	space, lead := false, true
	for _, r := range s {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			continue
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			r = '-'
		}
		if isSpace(r) || r == '\u00a0' {
			space = true
			continue
		}
		if lead {
			switch r {
			case '•', '·', '*', '▪', '►', '■', '◦', '‣', '>':
				continue
			}
		}
		if space && !lead {
			b.WriteByte(' ')
		}
		space, lead = false, false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
