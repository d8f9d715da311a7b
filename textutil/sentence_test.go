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
		"killed\nfive", "pro-\r\ngov", "a of\n\nB", "- x\n  y\n- z", "Gen.\nX", "a\r\n\r\nb", "\n\r\n", "of\n",
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

// TestSentencesReadLineBreaksOfWrappedText checks when a line break is a
// wrap inside a sentence (hard-wrapped wire copy, e-mail, PDF text) and
// when it ends one (headlines, bylines, captions, list items, colons).
func TestSentencesReadLineBreaksOfWrappedText(t *testing.T) {
	// a paragraph wrapped at about 60 columns, each line full
	para := "Rebel fighters attacked an army post on the edge of the town\n" +
		"overnight and held it for several hours, a local official Musa\n" +
		"Bello said on Monday, adding that reinforcements from Gombe\n" +
		"Arrived at dawn and pushed the fighters back into the hills.\n" +
		"Soldiers were searching nearby villages on Tuesday morning."
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"lower_case_next_line", "Gunmen attacked the convoy, killing\nfive soldiers in the town.",
			[]string{"Gunmen attacked the convoy, killing\nfive soldiers in the town."}},
		{"hyphen_across_lines", "The pro-\ngovernment militia retreated.",
			[]string{"The pro-\ngovernment militia retreated."}},
		{"joining_word_before_name", "Fighters held out in the city of\nSirte for months.",
			[]string{"Fighters held out in the city of\nSirte for months."}},
		{"joining_word_before_number", "The blast killed at least\n12 people.",
			[]string{"The blast killed at least\n12 people."}},
		{"comma_before_name", "A spokesman for the army,\nColonel Abdi Nur, denied it.",
			[]string{"A spokesman for the army,\nColonel Abdi Nur, denied it."}},
		{"crlf_wrap", "Gunmen killed\r\nfive soldiers.",
			[]string{"Gunmen killed\r\nfive soldiers."}},
		{"title_abbreviation_at_line_end", "The unit answers to Gen.\nKarimi, officials said.",
			[]string{"The unit answers to Gen.\nKarimi, officials said."}},
		{"acronym_before_lower_case", "Forces backed by the U.S.\nair force advanced.",
			[]string{"Forces backed by the U.S.\nair force advanced."}},
		{"full_line_of_wrapped_paragraph", para,
			[]string{"Rebel fighters attacked an army post on the edge of the town\n" +
				"overnight and held it for several hours, a local official Musa\n" +
				"Bello said on Monday, adding that reinforcements from Gombe\n" +
				"Arrived at dawn and pushed the fighters back into the hills.",
				"Soldiers were searching nearby villages on Tuesday morning."}},
		// boundaries
		{"full_stop_before_capital", "Five soldiers died.\nThe army withdrew.",
			[]string{"Five soldiers died.", "The army withdrew."}},
		{"short_headline_before_capital", "Clashes near Tal Afar\nFighting resumed on Monday.",
			[]string{"Clashes near Tal Afar", "Fighting resumed on Monday."}},
		{"opener_after_line_without_stop", "Aid reached the besieged town on Monday\nThe army said the road was open.",
			[]string{"Aid reached the besieged town on Monday", "The army said the road was open."}},
		{"line_ending_in_colon", "The army said in a statement:\nFive soldiers died in the raid.",
			[]string{"The army said in a statement:", "Five soldiers died in the raid."}},
		{"byline_and_dateline", "Gunmen kill seven in Plateau village\nBy Musa Ibrahim\nJOS, Nigeria\n\nGunmen killed seven people.",
			[]string{"Gunmen kill seven in Plateau village", "By Musa Ibrahim", "JOS, Nigeria", "Gunmen killed seven people."}},
		{"photo_label", "Houses burned in the raid on the village of\nPhoto: Residents flee Mangu",
			[]string{"Houses burned in the raid on the village of", "Photo: Residents flee Mangu"}},
		{"bullet_items_with_wrapped_item", "Incidents on Monday:\n- In Gao, gunmen shot dead three traders on the road\n  to Ansongo\n- In Menaka, a mine wounded four",
			[]string{"Incidents on Monday:", "- In Gao, gunmen shot dead three traders on the road\n  to Ansongo", "- In Menaka, a mine wounded four"}},
		{"numbered_items", "Demands of the\n1. Release of prisoners\n2) A ceasefire",
			[]string{"Demands of the", "1. Release of prisoners", "2) A ceasefire"}},
		{"unwrapped_lines_of_labels", "Killed 40\nWounded 112\nMissing 9",
			[]string{"Killed 40", "Wounded 112", "Missing 9"}},
		{"short_line_in_wrapped_paragraph", para[:strings.Index(para, "Arrived")] + "Soldiers\nReturned to the base that night.",
			[]string{"Rebel fighters attacked an army post on the edge of the town\n" +
				"overnight and held it for several hours, a local official Musa\n" +
				"Bello said on Monday, adding that reinforcements from Gombe\nSoldiers",
				"Returned to the base that night."}},
		{"long_headline_above_wrapped_body", "Libyan forces backed by air strikes push into the last district held by militants\n" + para,
			[]string{"Libyan forces backed by air strikes push into the last district held by militants",
				para[:strings.Index(para, "hills.")+len("hills.")], "Soldiers were searching nearby villages on Tuesday morning."}},
		{"title_case_line_in_wrapped_paragraph", "Fighting went on through the night around the northern town\nand the army said it had retaken the main road into the city\nSecurity Forces Retake Main Road Into Northern Town Of Kidal\nA convoy of trucks reached the market before noon on Sunday.",
			[]string{"Fighting went on through the night around the northern town\nand the army said it had retaken the main road into the city",
				"Security Forces Retake Main Road Into Northern Town Of Kidal", "A convoy of trucks reached the market before noon on Sunday."}},
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

// TestNewSplitterExtendsJoiningWords: a user file's "joins" words make a
// line ending in them go on.
func TestNewSplitterExtendsJoiningWords(t *testing.T) {
	text := "The shells fell on the old town of\nKidal yesterday and fell short\nTessalit."
	if got := sentenceTexts(text, Sentences(text)); len(got) != 2 {
		t.Fatalf("default splitter: got %q, want a break before Tessalit", got)
	}
	s, err := NewSplitter("user.txt", strings.NewReader("joins: short\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := sentenceTexts(text, s.Sentences(text)); len(got) != 1 {
		t.Errorf("user splitter: got %q, want one sentence", got)
	}
}
