package textutil

import (
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

func tokenStrings(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // tokens joined by "|"
	}{
		{"hyphenated_arabic_name", "Hashd al-Shaabi fighters", "Hashd|al-Shaabi|fighters"},
		{"apostrophe_names", "Ba'aj and Ba’aj and Baʿaj", "Ba'aj|and|Ba’aj|and|Baʿaj"},
		{"possessive_straight", "Iraq's army", "Iraq|'s|army"},
		{"possessive_curly", "ISIS’s fighters", "ISIS|’s|fighters"},
		{"plural_possessive", "the soldiers' families", "the|soldiers|'|families"},
		{"thousands_separators", "25,000 and 25.000 and 2,500", "25,000|and|25.000|and|2,500"},
		{"decimal", "1.5 million", "1.5|million"},
		{"number_before_full_stop", "killed 12.", "killed|12|."},
		{"age_compound_split_at_number", "a 12-year-old girl", "a|12|-|year-old|girl"},
		{"word_age_compound_whole", "a six-year-old conflict", "a|six-year-old|conflict"},
		{"numeric_range", "5-6 people", "5|-|6|people"},
		{"ordinal_and_time_words", "the 9th at 11am and 04.38hrs", "the|9th|at|11am|and|04.38hrs"},
		{"clock_time", "at 3:30 today", "at|3:30|today"},
		{"dotted_acronyms", "the U.S. and U.N. at 7 a.m.", "the|U.S.|and|U.N.|at|7|a.m."},
		{"missing_space_after_stop", "bombers.Police said", "bombers|.|Police|said"},
		{"domain_name", "al-Sumaria.com said", "al-Sumaria.com|said"},
		{"weapon_designation", "an F-16 and a Su-24", "an|F-16|and|a|Su-24"},
		{"money_and_percent", "$5 million, 15%", "$|5|million|,|15|%"},
		{"quotes_and_dashes", "“Leave now” — they said", "“|Leave|now|”|—|they|said"},
		{"ellipsis_run", "wait... then", "wait|...|then"},
		{"arabic_script", "قوات الحشد الشعبي", "قوات|الحشد|الشعبي"},
		{"diacritics_stay_in_word", "Ḩadīthah and Qayyārah", "Ḩadīthah|and|Qayyārah"},
		{"nbsp_separates", "two\u00a0soldiers", "two|soldiers"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			span := sitrep.Span{Start: 0, End: len(tc.text)}
			toks := Tokens(tc.text, span)
			got := strings.Join(tokenStrings(toks), "|")
			if got != tc.want {
				t.Errorf("Tokens(%q)\n got %s\nwant %s", tc.text, got, tc.want)
			}
			checkTokens(t, tc.text, span, toks)
		})
	}
}

func TestTokenKinds(t *testing.T) {
	text := "At least 12 soldiers, $5 and 9th-century 25,000%"
	toks := Tokens(text, sitrep.Span{Start: 0, End: len(text)})
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Text+":"+tk.Kind.String())
	}
	want := []string{"At:Word", "least:Word", "12:Number", "soldiers:Word", ",:Punct", "$:Symbol", "5:Number",
		"and:Word", "9th:Word", "-:Punct", "century:Word", "25,000:Number", "%:Symbol"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds\n got %q\nwant %q", got, want)
	}
}

func TestTokensUsesAbsoluteSpans(t *testing.T) {
	text := "Headline\nTwo guards were hurt."
	sents := Sentences(text)
	if len(sents) != 2 {
		t.Fatalf("want 2 sentences, got %v", sents)
	}
	toks := Tokens(text, sents[1])
	if toks[0].Text != "Two" || toks[0].Span.Start != 9 {
		t.Errorf("first token of second sentence = %+v, want Two at 9", toks[0])
	}
	for _, tk := range toks {
		if text[tk.Span.Start:tk.Span.End] != tk.Text {
			t.Errorf("token %+v does not match its span", tk)
		}
	}
}

func TestTokensClipsSpan(t *testing.T) {
	text := "one two"
	if got := tokenStrings(Tokens(text, sitrep.Span{Start: -5, End: 99})); !reflect.DeepEqual(got, []string{"one", "two"}) {
		t.Errorf("clipped span: got %q", got)
	}
	if got := Tokens(text, sitrep.Span{Start: 5, End: 2}); len(got) != 0 {
		t.Errorf("reversed span: got %q", tokenStrings(got))
	}
}

func checkTokens(t *testing.T, text string, in sitrep.Span, toks []Token) {
	t.Helper()
	spans := make([]sitrep.Span, len(toks))
	for i, tk := range toks {
		spans[i] = tk.Span
		if tk.Text != text[tk.Span.Start:tk.Span.End] {
			t.Fatalf("token %d text %q does not match span %v", i, tk.Text, tk.Span)
		}
		if tk.Kind < Word || tk.Kind > Symbol {
			t.Fatalf("token %d %q has no kind", i, tk.Text)
		}
	}
	checkSpans(t, text, in, spans, true)
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"al-Shaabi’s 25,000 U.S. 12-year-old", "Ba'aj’s 1.5m", "\xff'", "’s", "a.b.", "9,", "x--y", "", "₤٣٤",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		span := sitrep.Span{Start: start, End: end}
		toks := Tokens(text, span)
		in := sitrep.Span{Start: max(start, 0), End: min(end, len(text))}
		checkTokens(t, text, in, toks)
	})
}
