package clean

import (
	"strings"
	"testing"
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
