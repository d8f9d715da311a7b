package gazetteer

import (
	"math"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestRomanisationRules: a name spelt by another romanisation than
// GeoNames' is found by the rule of translit.txt for its language, in
// the countries the rule is for: Ge'ez q for k' (Amharic), Burmese final
// "ar" and aspirate h, the Hausa linker -n. A rule makes no place of
// another country, and a name the gazetteer holds as written is itself.
func TestRomanisationRules(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "geez_q_for_k", text: "Militiamen and soldiers exchanged fire in Debre Marqos overnight.",
			want: []wantMention{{name: "Debre Marqos", prep: "in", country: "ET", hasPoint: true}}},
		{name: "burmese_final_ar", text: "Artillery shells fell on a market in Myitkyinar on Sunday.",
			want: []wantMention{{name: "Myitkyinar", prep: "in", country: "MM", hasPoint: true}}},
		{name: "burmese_aspirate", text: "Rebels ambushed a convoy near Pakhokku on Monday.",
			want: []wantMention{{name: "Pakhokku", prep: "near", country: "MM", hasPoint: true}}},
		{name: "burmese_initial_hp", text: "Police said a grenade went off in Pa-an on Friday.",
			want: []wantMention{{name: "Pa-an", prep: "in", country: "MM", hasPoint: true}}},
		{name: "hausa_linker", text: "Gunmen abducted 20 pupils in Kauran Namoda on Thursday.",
			want: []wantMention{{name: "Kauran Namoda", prep: "in", country: "NG", hasPoint: true}}},
		// not so
		// ("Markos" is another name of Marki, Poland)
		{name: "no_rule_abroad", text: "A bomb went off in Marqos on Friday.", absent: []string{"Marqos"}},
		{name: "a_name_held_as_written", text: "Rebels ambushed a convoy near Pakokku on Monday.",
			want: []wantMention{{name: "Pakokku", prep: "near", country: "MM", hasPoint: true}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestTranslitVariants: each rule makes one spelling, where it fits: at
// a word's start, its end, the end of a word another follows, anywhere.
func TestTranslitVariants(t *testing.T) {
	keys := func(words string) map[string]bool {
		out := map[string]bool{}
		for _, v := range translitVariants(words) {
			out[v.key] = true
		}
		return out
	}
	for _, tc := range []struct {
		words string
		want  string
		not   string
	}{
		{"debre marqos", "debremarkos", ""},
		{"myitkyinar", "myitkyina", ""},
		{"pa an", "hpaan", ""},
		{"kauran namoda", "kauranamoda", "kauranamod"},
		{"namodan", "", "namoda"}, // (a linker needs a word after it)
	} {
		got := keys(tc.words)
		if tc.want != "" && !got[tc.want] {
			t.Errorf("%q: variants %v lack %q", tc.words, got, tc.want)
		}
		if tc.not != "" && got[tc.not] {
			t.Errorf("%q: variants %v hold %q", tc.words, got, tc.not)
		}
	}
}

// TestDottedInitials: a name written with dotted initials ("D.I. Khan")
// is the place the whole names; initials before a name that with them
// is no place name ("U.S. drone") give none.
func TestDottedInitials(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "initials_of_a_known_name", text: "Gunmen shot dead a shopkeeper in D.I. Khan on Sunday.",
			want: []wantMention{{name: "D.I. Khan", prep: "in", country: "PK", hasPoint: true}}},
		// not so
		{name: "initials_of_no_place", text: "A U.S. drone struck a car in Kunduz on Sunday.",
			want: []wantMention{{name: "Kunduz", prep: "in", country: "AF"}}, absent: []string{"U.S. drone", "S"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestBetweenTwoPlaces: what is told "between A and B" lies halfway from
// A to B; not so for two places far apart, nor for a list with "and" and
// no "between".
func TestBetweenTwoPlaces(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		name, text string
		mid        bool
	}{
		{"road_between_two_towns", "A mine hit a bus on the road between Gao and Ansongo on Monday.", true},
		// not so
		{"two_towns_listed", "Troops patrolled Gao and Ansongo on Monday.", false},
		{"towns_far_apart", "Flights between Gao and Bamako resumed on Monday.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.Find(&sitrep.Document{Text: tc.text})
			if len(ms) != 2 {
				t.Fatalf("mentions %+v, want two", ms)
			}
			lat, lon, ok := BetweenPoint(tc.text, &ms[0], &ms[1])
			if ok != tc.mid {
				t.Fatalf("BetweenPoint ok = %v, want %v", ok, tc.mid)
			}
			if ok {
				da := Distance(lat, lon, ms[0].Place.Lat, ms[0].Place.Lon)
				db := Distance(lat, lon, ms[1].Place.Lat, ms[1].Place.Lon)
				if math.Abs(da-db) > 1 || da < 20 {
					t.Errorf("point %.0f km from %s and %.0f km from %s, want halfway", da, ms[0].Name, db, ms[1].Name)
				}
			}
		})
	}
}

// TestArabicFirstWordSpellings: the first word of an Arabic name written
// with one letter where GeoNames doubles it ("Um" for Umm) or as Tal, Tel
// or Tell for GeoNames' Tall is the place so spelt, in the countries the
// rule is for. Not so: the word alone, at a name's end, or opening a
// longer word ("Talbiseh" is no "Tallbiseh"), and no place abroad.
func TestArabicFirstWordSpellings(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "um_for_umm", text: "Paramilitary fighters shelled Um Ruwaba on Sunday.",
			want: []wantMention{{name: "Um Ruwaba", prep: "shelled", country: "SD", hasPoint: true, prec: 1}}},
		{name: "tal_for_tall", text: "A drone struck a car near Tal Tamr in Hasakah province on Saturday.",
			want: []wantMention{{name: "Tal Tamr", prep: "near", within: "Hasakah", country: "SY", hasPoint: true}}},
		{name: "tel_for_tall", text: "Turkish-backed factions clashed with Kurdish fighters in Tel Abyad on Monday.",
			want: []wantMention{{name: "Tel Abyad", prep: "in", country: "SY", hasPoint: true, prec: 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
	keys := func(words string) map[string]bool {
		out := map[string]bool{}
		for _, v := range translitVariants(words) {
			out[v.key] = true
		}
		return out
	}
	for _, tc := range []struct{ words, want, not string }{
		{"um ruwaba", "ummruwaba", ""},
		{"tel abyad", "tallabyad", ""},
		// not so
		{"talbiseh", "", "tallbiseh"},
		{"umbada", "", "ummbada"},
		{"sheikh um", "", "sheikhumm"},
	} {
		got := keys(tc.words)
		if tc.want != "" && !got[tc.want] {
			t.Errorf("%q: variants %v lack %q", tc.words, got, tc.want)
		}
		if tc.not != "" && got[tc.not] {
			t.Errorf("%q: variants %v hold %q", tc.words, got, tc.not)
		}
	}
}

// TestPressSpellingsOfSinaiTowns: the North Sinai town GeoNames writes
// "Ash Shaykh Zuwayd" is found as the press writes it ("Sheikh Zuweid",
// "Sheikh Zuwayed"); a name that is no place stays none.
func TestPressSpellingsOfSinaiTowns(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "sheikh_zuweid", text: "Militants shot dead two men in Sheikh Zuweid on Tuesday.",
			want: []wantMention{{name: "Sheikh Zuweid", prep: "in", country: "EG", hasPoint: true}}},
		{name: "sheikh_zuwayed", text: "A bomb hit an army vehicle near Sheikh Zuwayed on Tuesday.",
			want: []wantMention{{name: "Sheikh Zuwayed", prep: "near", country: "EG", hasPoint: true}}},
		// not so
		{name: "a_sheikh_is_no_place", text: "Sheikh Ahmed spoke in Arish on Tuesday.",
			want: []wantMention{{name: "Arish", prep: "in", country: "EG"}}, absent: []string{"Sheikh Ahmed"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestACitysPossessiveHoldsTheDistrictAfterItsAdjectives: "Tripoli's
// densely populated Abu Salim district" is Abu Salim within Tripoli, as
// "Tripoli's Abu Salim district" is: a few words in lower case that
// describe the district may stand between. Negative: a verb and more
// between leave the next place on its own ("Tripoli's mayor said on
// Sunday that Abu Salim ...").
func TestACitysPossessiveHoldsTheDistrictAfterItsAdjectives(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "adjectives_between", text: "Rockets hit houses in Tripoli's densely populated Abu Salim district on Sunday.",
			want: []wantMention{{name: "Tripoli", prep: "in"}, {name: "Abu Salim", cue: "district", within: "Tripoli"}}},
		{name: "nothing_between", text: "Rockets hit houses in Tripoli's Abu Salim district on Sunday.",
			want: []wantMention{{name: "Tripoli", prep: "in"}, {name: "Abu Salim", cue: "district", within: "Tripoli"}}},
		// not so
		{name: "a_clause_between", text: "Tripoli's mayor said on Sunday that rockets had hit Abu Salim.",
			want: []wantMention{{name: "Tripoli"}, {name: "Abu Salim", within: ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestTownsOfTheWarsListedByHand: towns of the wars in Iraq, Yemen and
// the Lake Chad basin that cities500 lacks or names otherwise are found as
// the press writes them (places.txt and aliases.txt): Altun Kupri,
// Amiriyat al-Fallujah (also "Amiriyat al-Somoud"), Rathedaung, Amchidé
// and al-Houta for Lahij. A word that only looks like
// one of them stays none.
func TestTownsOfTheWarsListedByHand(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "altun_kupri", text: "Fighting broke out in Altun Kupri, north of Kirkuk, on Friday.",
			want: []wantMention{{name: "Altun Kupri", prep: "in", within: "Kirkuk", country: "IQ", hasPoint: true}}},
		{name: "amiriyat_al_somoud", text: "A suicide bomber attacked a police station in Amiriyat al-Somoud, south of Fallujah, on Sunday.",
			want: []wantMention{{name: "Amiriyat al-Somoud", prep: "in", within: "Fallujah", country: "IQ", hasPoint: true}}},
		{name: "amchide", text: "A landmine killed two soldiers near Amchidé in Cameroon's Far North on Sunday.",
			want: []wantMention{{name: "Amchidé", prep: "near", country: "CM", hasPoint: true}}},
		{name: "rathedaung", text: "Five civilians were killed at a market in Rathedaung, in Myanmar's Rakhine state, on Sunday.",
			want: []wantMention{{name: "Rathedaung", prep: "in", within: "Rakhine", country: "MM", hasPoint: true}}},
		{name: "al_houta", text: "A car bomb exploded in al-Houta, the capital of Lahij province in Yemen, on Sunday.",
			want: []wantMention{{name: "al-Houta", prep: "in", country: "YE", hasPoint: true}}},
		// not so
		{name: "kupri_alone", text: "The Kupri family fled Kirkuk on Friday.",
			want: []wantMention{{name: "Kirkuk", country: "IQ"}}, absent: []string{"Kupri"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
