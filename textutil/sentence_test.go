package textutil

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

func sentenceTexts(text string, spans []sitrep.Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two_plain_sentences", "Gunmen attacked a checkpoint. Two guards died.",
			[]string{"Gunmen attacked a checkpoint.", "Two guards died."}},
		{"line_break_ends_headline", "Clashes near Tal Afar\nFighting resumed on Monday.",
			[]string{"Clashes near Tal Afar", "Fighting resumed on Monday."}},
		{"blank_lines_and_crlf", "Caption without stop\r\n\r\nBody text here.",
			[]string{"Caption without stop", "Body text here."}},
		{"rank_abbreviations", "Lt. Gen. Samir Daoud said Maj. Col. Karim Aziz led the unit. Brig. Hassan agreed.",
			[]string{"Lt. Gen. Samir Daoud said Maj. Col. Karim Aziz led the unit.", "Brig. Hassan agreed."}},
		{"compound_rank", "Lt.-Gen. Faris Salman toured the front. Capt. Omar Nouri and Sgt. Ali Jaber stayed.",
			[]string{"Lt.-Gen. Faris Salman toured the front.", "Capt. Omar Nouri and Sgt. Ali Jaber stayed."}},
		{"civil_titles", "Mr. Haddad met Dr. Salim and Mrs. Karimi on St. George street.",
			[]string{"Mr. Haddad met Dr. Salim and Mrs. Karimi on St. George street."}},
		{"number_abbreviation", "The order came from Brigade No. 7 on Friday. No. It was later denied.",
			[]string{"The order came from Brigade No. 7 on Friday.", "No.", "It was later denied."}},
		{"month_abbreviations", "The raid on Sept. 14 and the strike on Feb. 2 were linked. Officials disagreed.",
			[]string{"The raid on Sept. 14 and the strike on Feb. 2 were linked.", "Officials disagreed."}},
		{"dotted_acronym_mid_sentence", "The U.S. military and the U.N. envoy met U.K. officials.",
			[]string{"The U.S. military and the U.N. envoy met U.K. officials."}},
		{"dotted_acronym_at_end", "Aid arrived from the U.S. The convoy left at once.",
			[]string{"Aid arrived from the U.S.", "The convoy left at once."}},
		{"am_pm", "The blast struck at 7 a.m. local time and a second at 3 p.m. Witnesses fled.",
			[]string{"The blast struck at 7 a.m. local time and a second at 3 p.m. Witnesses fled."}},
		{"am_pm_before_opener", "The curfew starts at 9 p.m. It ends at dawn.",
			[]string{"The curfew starts at 9 p.m.", "It ends at dawn."}},
		{"initials_and_junior", "General Michael R. Hollis Jr. arrived. J. Tanner, his aide, followed.",
			[]string{"General Michael R. Hollis Jr. arrived.", "J. Tanner, his aide, followed."}},
		{"junior_before_lower_case", "Robert K. Lane Jr. said the talks would resume.",
			[]string{"Robert K. Lane Jr. said the talks would resume."}},
		{"decimal_and_times", "About 1.5 million people fled after 04.38hrs on the day. A second blast came at 3.30 pm.",
			[]string{"About 1.5 million people fled after 04.38hrs on the day.", "A second blast came at 3.30 pm."}},
		{"european_thousands", "Some 25.000 families returned. Others stayed.",
			[]string{"Some 25.000 families returned.", "Others stayed."}},
		{"closing_quote_after_stop", `"We will not retreat." The commander then left.`,
			[]string{`"We will not retreat."`, "The commander then left."}},
		{"curly_quote_and_said", "“The road is open,” he said. “Trucks can pass.” Then it rained.",
			[]string{"“The road is open,” he said.", "“Trucks can pass.”", "Then it rained."}},
		{"quote_with_lower_case_continuation", "“Where are the medics?” asked a nurse at the gate.",
			[]string{"“Where are the medics?” asked a nurse at the gate."}},
		{"bracket_after_stop", "The group claimed the attack (in a statement.) Police doubted it.",
			[]string{"The group claimed the attack (in a statement.)", "Police doubted it."}},
		{"ellipsis_before_capital", "The line went dead… Nobody answered after that.",
			[]string{"The line went dead…", "Nobody answered after that."}},
		{"ellipsis_before_lower_case", "He said the price was... too high for them.",
			[]string{"He said the price was... too high for them."}},
		{"spaced_ellipsis_inside", "I think of her in jail . . . I cannot sleep.",
			[]string{"I think of her in jail . . .", "I cannot sleep."}},
		{"spaced_ellipsis_before_lower_case", "It was . . . strange, he said.",
			[]string{"It was . . . strange, he said."}},
		{"three_dots_before_capital", "We waited... Then the shelling began.",
			[]string{"We waited...", "Then the shelling began."}},
		{"missing_space_after_stop", "The market was hit by two rockets.Police spokesman Adel Karim said nine died.",
			[]string{"The market was hit by two rockets.", "Police spokesman Adel Karim said nine died."}},
		{"missing_space_before_opening_quote", "A car was burnt.“Later, a second blast hit the gate.”",
			[]string{"A car was burnt.", "“Later, a second blast hit the gate.”"}},
		{"domain_name_is_not_a_stop", "The channel al-Rafidain.com reported it first.",
			[]string{"The channel al-Rafidain.com reported it first."}},
		{"url_is_not_a_stop", "See www.example.org/News.Html for details.",
			[]string{"See www.example.org/News.Html for details."}},
		{"question_and_exclamation", "Who fired first? Nobody knows! The inquiry continues.",
			[]string{"Who fired first?", "Nobody knows!", "The inquiry continues."}},
		{"question_missing_space", "Was it a drone?Witnesses said yes.",
			[]string{"Was it a drone?", "Witnesses said yes."}},
		{"stop_before_digit", "The toll rose to 40. 12 of the dead were children.",
			[]string{"The toll rose to 40.", "12 of the dead were children."}},
		{"list_number_keeps_item", "1. Residents must stay indoors.",
			[]string{"1. Residents must stay indoors."}},
		{"careless_lower_case_opener", "A car exploded in the province. the blast killed four.",
			[]string{"A car exploded in the province.", "the blast killed four."}},
		{"abbreviation_before_lower_case_opener", "The blast came at 5 p.m. the next day, according to Gen. the officer.",
			[]string{"The blast came at 5 p.m. the next day, according to Gen. the officer."}},
		{"etc_before_name", "They seized rifles, mortars, etc. and left.",
			[]string{"They seized rifles, mortars, etc. and left."}},
		{"trailing_space_trimmed", "  \u00a0Shelling resumed.\u00a0  ",
			[]string{"Shelling resumed."}},
		{"unicode_line_separator", "First line\u2028Second line",
			[]string{"First line", "Second line"}},
		{"arabic_after_stop", "The town fell. سقطت المدينة.",
			[]string{"The town fell.", "سقطت المدينة."}},
		{"empty_text", "", []string{}},
		{"only_spaces", " \n\t \n", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(tc.text, Sentences(tc.text))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
			checkSpans(t, tc.text, sitrep.Span{Start: 0, End: len(tc.text)}, Sentences(tc.text), true)
		})
	}
}

// TestSentencesLongDottedRun feeds a megabyte of dotted letters, which a
// splitter that looks back over whole words would take quadratic time on.
func TestSentencesLongDottedRun(t *testing.T) {
	text := strings.Repeat("a.B", 1<<19) + ". End."
	spans := Sentences(text)
	checkSpans(t, text, sitrep.Span{Start: 0, End: len(text)}, spans, true)
	if len(spans) == 0 {
		t.Fatal("no sentences")
	}
}

func TestNewSplitterExtendsAbbreviations(t *testing.T) {
	text := "The report by Insp.-Gen. Dawud came late. Kpt. Ross said so."
	def := sentenceTexts(text, Sentences(text))
	if len(def) != 3 {
		t.Fatalf("default splitter: got %q, want Kpt. to end a sentence", def)
	}
	s, err := NewSplitter("user.txt", strings.NewReader("# ranks of another army\ntitle: kpt\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := sentenceTexts(text, s.Sentences(text))
	want := []string{"The report by Insp.-Gen. Dawud came late.", "Kpt. Ross said so."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("user splitter: got %q, want %q", got, want)
	}
}

func TestNewSplitterRejectsBadLines(t *testing.T) {
	for _, in := range []string{"kpt\n", "rank: kpt\n"} {
		if _, err := NewSplitter("bad.txt", strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "bad.txt") {
			t.Errorf("NewSplitter(%q) error = %v, want one naming bad.txt", in, err)
		}
	}
}

// checkSpans asserts the invariants of Sentences and Tokens: spans inside
// the range, ordered, non-overlapping, non-empty, on UTF-8 boundaries.
func checkSpans(t *testing.T, text string, in sitrep.Span, spans []sitrep.Span, trimmed bool) {
	t.Helper()
	prev := in.Start
	valid := utf8.ValidString(text)
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > in.End {
			t.Fatalf("span %d %v out of order or range (prev end %d, range %v)", i, s, prev, in)
		}
		if valid {
			if s.Start < len(text) && !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
				t.Fatalf("span %d %v not on a UTF-8 boundary", i, s)
			}
		}
		if trimmed {
			if ts, ok := trimSpan(text, s.Start, s.End); !ok || ts != s {
				t.Fatalf("span %d %v %q not trimmed", i, s, text[s.Start:s.End])
			}
		}
		prev = s.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"Lt. Gen. Smith said. The U.S. army... Left!", "a.b.c. D.e", "“Quote.” Next", "1.5 2,000.",
		"x\u2028y\u0085z", "…", "\xff\xfe.", ". . .", "No. 5. No. X", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := Sentences(text)
		checkSpans(t, text, sitrep.Span{Start: 0, End: len(text)}, spans, true)
		// Every non-space byte is in some sentence.
		covered := 0
		for _, s := range spans {
			covered += s.Len()
		}
		if strings.TrimSpace(text) != "" && covered == 0 {
			t.Fatalf("no sentence in %q", text)
		}
	})
}
