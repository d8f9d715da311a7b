package extract

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
)

// TestBeliefFirstReadsTheFirstFieldsWord: the cheap test before
// suspectedToBe splits its text agrees with the first word strings.Fields
// gives, whatever white space stands before or after it.
func TestBeliefFirstReadsTheFirstFieldsWord(t *testing.T) {
	texts := []string{
		" believed to be members of the NPA",
		"\u00a0suspected to be rebels",
		"\tthought\nto be Russian",
		"said to be gunmen",
		"saidto be",
		" Believed to be",
		"",
		"   ",
		" believed",
		"\u2003believed\u2003to be",
		" \xffbelieved to be",
		" claimed to be",
	}
	for _, s := range texts {
		want := false
		if ws := strings.Fields(s); len(ws) > 0 {
			switch ws[0] {
			case "believed", "suspected", "thought", "said":
				want = true
			}
		}
		if got := beliefFirst(s); got != want {
			t.Errorf("beliefFirst(%q) = %v, strings.Fields' first word says %v", s, got, want)
		}
	}
}

// TestAcrossBorderReadsAsBefore: the ASCII shortcut of acrossBorder gives
// what lower-casing the words before the place gives, for borders told
// and not told, in capitals and in other scripts.
func TestAcrossBorderReadsAsBefore(t *testing.T) {
	texts := []string{
		"clashes on the border with Vardo",
		"clashes on the BORDER WITH Vardo",
		"along its frontier with Vardo",
		"a village bordering Vardo",
		"a bordering village with Vardo",
		"talks with Vardo",
		"gunmen attacked Vardo",
		"граница с  Vardo",
		"la frontière with Vardo",
		"the border wİth Vardo",
		"Vardo",
	}
	for _, text := range texts {
		at := strings.Index(text, "Vardo")
		m := gazetteer.Mention{Full: sitrep.Span{Start: at, End: at + 5}}
		before := strings.ToLower(strings.TrimRight(text[max(0, at-36):at], " "))
		want := strings.HasSuffix(before, "border with") || strings.HasSuffix(before, "frontier with") || strings.HasSuffix(before, "borders with") ||
			(strings.HasSuffix(before, " with") || strings.HasSuffix(before, "bordering")) && strings.Contains(before, "bordering")
		if got := acrossBorder(text, m); got != want {
			t.Errorf("acrossBorder(%q) = %v, lower-casing says %v", text, got, want)
		}
	}
}
