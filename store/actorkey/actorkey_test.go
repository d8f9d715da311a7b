package actorkey

import (
	"slices"
	"testing"
)

func TestKeys(t *testing.T) {
	got := Keys("Military Forces of Iraq (2014-)", "", "Islamic State", "islamic  STATE")
	want := []string{"2014", "forces of iraq 2014", "iraq 2014", "islamic state", "military forces of iraq 2014", "of iraq 2014", "state"}
	if !slices.Equal(got, want) {
		t.Fatalf("Keys = %q, want %q", got, want)
	}
	if k := Keys("a b c d e f g h i j k l m n o"); len(k) != MaxWords || k[0] != Words("a b c d e f g h i j k l") {
		t.Fatalf("a long name: %q", k)
	}
}

func TestMatches(t *testing.T) {
	for _, tc := range []struct {
		query, name string
		want        bool
	}{
		{"Islamic State", "Islamic State", true},
		{"islamic", "Islamic State", true},
		{"state", "Islamic State", true},
		{"islam", "Islamic State", false}, // words, not substrings
		{"amic sta", "Islamic State", false},
		{"forces of iraq", "Military Forces of Iraq (2014-)", true},
		{"Forces  of-Iraq", "Military Forces of Iraq (2014-)", true},
		{"military iraq", "Military Forces of Iraq (2014-)", false}, // a run of words
		{"al-shabaab", "Al Shabaab", true},
		{"shabaab", "Al-Shabaab", true},
		{"ISIS", "Islamic State", true}, // an alias of the dictionary
		{"Daesh", "Islamic State", true},
		{"ISIS", "Taliban", false},
		{"", "Islamic State", false},
		{"!!", "Islamic State", false},
		{"ÉTAT", "État islamique", true},
	} {
		if got := Matches(tc.query, tc.name); got != tc.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", tc.query, tc.name, got, tc.want)
		}
	}
}

func TestRange(t *testing.T) {
	lo, hi := Range("islamic")
	for _, k := range []string{"islamic state", "islamic state of iraq"} {
		if !(k >= lo && k < hi) {
			t.Errorf("%q not in [%q, %q)", k, lo, hi)
		}
	}
	for _, k := range []string{"islamic", "islamicstate", "islamic-state", "islamica"} {
		if k >= lo && k < hi {
			t.Errorf("%q in [%q, %q)", k, lo, hi)
		}
	}
}
