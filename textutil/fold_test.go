package textutil

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ascii_lower_case", "Mosul", "mosul"},
		{"already_folded", "tal afar", "tal afar"},
		{"h_with_cedilla", "Ḩadīthah", "hadithah"},
		{"macrons", "Qayyārah Ūr", "qayyarah ur"},
		{"acute_and_grave", "Édouard à", "edouard a"},
		{"turkish_kurdish_letters", "Şırnak Çağ Xêlî", "sirnak cag xeli"},
		{"stroke_letters", "Łódź Øresund", "lodz oresund"},
		{"sharp_s_and_ligatures", "Straße Æsir œuvre", "strasse aesir oeuvre"},
		{"nbsp_and_thin_spaces", "Tal\u00a0Afar\u2009now\u202fthen", "tal afar now then"},
		{"curly_quotes", "Ba’aj ‘x’ “y”", `ba'aj 'x' "y"`},
		{"dashes", "Mosul–Erbil — road − 5 ‑ x", "mosul-erbil - road - 5 - x"},
		{"invisible_characters", "Ra\u200bqqa\u00ad\ufeff", "raqqa"},
		{"arabic_tashkeel", "مُوْصِل", "موصل"},
		{"arabic_hamza_alef", "أربيل إدلب آمرلي", "اربيل ادلب امرلي"},
		{"arabic_indic_digits", "٢٥ ۳", "25 3"},
		{"persian_yeh_and_kaf", "کرکوک ی", "كركوك ي"},
		{"ayn_marks_kept", "Baʿaj", "baʿaj"},
		{"greek_tonos", "Αθήνα", "αθηνα"},
		{"invalid_utf8_replaced", "A\xffB", "a\uFFFDb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFoldDoesNotAllocateForFoldedText(t *testing.T) {
	s := "already folded text, with punctuation - and 12 digits"
	if n := testing.AllocsPerRun(100, func() { _ = Fold(s) }); n != 0 {
		t.Errorf("Fold of folded ASCII allocates %.0f times", n)
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"apostrophe_removed", "Ba'aj", "baaj"},
		{"curly_apostrophe_removed", "Ba’aj", "baaj"},
		{"ayn_marks_removed", "Baʿaj Baʾaj Ba`aj Ba´aj", "baaj baaj baaj baaj"},
		{"hyphen_becomes_space", "al-Shaabi", "al shaabi"},
		{"dots_and_commas", "St. Mary's, Mosul", "st marys mosul"},
		{"spaces_collapsed_and_trimmed", "  Tal \u00a0 Afar  ", "tal afar"},
		{"diacritics", "Ḩammām al ‘Alīl", "hammam al alil"},
		{"parentheses", "Sinjar (Shingal)", "sinjar shingal"},
		{"arabic_taa_marbuta_and_alef_maqsura", "الموصلة مصطفى", "الموصله مصطفي"},
		{"arabic_alef_variants", "أ إ آ ٱ", "ا ا ا ا"},
		{"arabic_tatweel_and_tashkeel", "المـوْصِل", "الموصل"},
		{"arabic_comma", "بغداد، العراق", "بغداد العراق"},
		{"empty", "", ""},
		{"only_punctuation", " -'.- ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NameKey(tc.in); got != tc.want {
				t.Errorf("NameKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestNameKeySpellingsAgree(t *testing.T) {
	groups := [][]string{
		{"Ba'aj", "Ba’aj", "BAʿAJ", "ba`aj"},
		{"Hammam al-Alil", "Hammam al Alil", "Ḩammām al ‘Alīl", "HAMMAM AL-ALIL"},
		{"Qayyarah", "Qayyārah", "QAYYARAH"},
	}
	for _, g := range groups {
		k := NameKey(g[0])
		for _, s := range g[1:] {
			if got := NameKey(s); got != k {
				t.Errorf("NameKey(%q) = %q, want %q like %q", s, got, k, g[0])
			}
		}
	}
}

func TestStripArticles(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"al_prefix", "al shaabi", "shaabi"},
		{"assimilated_article", "ar raqqah", "raqqah"},
		{"inner_article", "hammam al alil", "hammam alil"},
		{"article_alone_kept", "al", "al"},
		{"last_word_article_kept", "wadi al", "wadi al"},
		{"arabic_prefix", "الموصل", "موصل"},
		{"short_arabic_word_kept", "الى", "الى"},
		{"no_article", "mosul", "mosul"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := StripArticles(tc.in); got != tc.want {
				t.Errorf("StripArticles(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFoldIndexMapsBack(t *testing.T) {
	s := "Ḩadīthah’s NBSP\u00a0and “Qayyārah”"
	f, orig := FoldIndex(s)
	if f != Fold(s) {
		t.Fatalf("FoldIndex folded %q, Fold gives %q", f, Fold(s))
	}
	if len(orig) != len(f)+1 || orig[len(f)] != len(s) {
		t.Fatalf("orig has %d entries ending %d, want %d ending %d", len(orig), orig[len(orig)-1], len(f)+1, len(s))
	}
	i := strings.Index(f, "qayyarah")
	start, end := orig[i], orig[i+len("qayyarah")]
	if got := s[start:end]; got != "Qayyārah" {
		t.Errorf("span of qayyarah maps back to %q", got)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Ḩadīthah", "Ba’aj", "\xff\xfe", "مُوْصِل", "ẞ", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q is not UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent: %q → %q → %q", s, got, again)
		}
		folded, orig := FoldIndex(s)
		if folded != got || len(orig) != len(folded)+1 {
			t.Fatalf("FoldIndex(%q) = %q with %d offsets, Fold = %q", s, folded, len(orig), got)
		}
		for i := 1; i < len(orig); i++ {
			if orig[i] < orig[i-1] || orig[i] > len(s) {
				t.Fatalf("FoldIndex offsets not monotonic: %v", orig)
			}
		}
		k := NameKey(s)
		if k != strings.TrimSpace(k) || strings.Contains(k, "  ") {
			t.Fatalf("NameKey(%q) = %q not trimmed/collapsed", s, k)
		}
		if utf8.ValidString(s) && NameKey(k) != k {
			t.Fatalf("NameKey not idempotent: %q → %q → %q", s, k, NameKey(k))
		}
	})
}
