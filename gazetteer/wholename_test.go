package gazetteer

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestWholeNamesOfDivisions covers names of countries and divisions made
// of words that alone would end or split a name: an organisation's word
// ("the West Bank" is no bank), "and" ("Jammu and Kashmir"), a hyphenated
// adjective ("Pakistan-administered Kashmir"), and a water's word that
// opens the name ("Lake Chad" is the lake or nothing, never Chad). Kashmir alone is the
// Indian-administered region, and a place in its possessive lies in it.
// Sentences written for the test.
func TestWholeNamesOfDivisions(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "west_bank_is_a_division_not_a_bank",
			text: "Settlers set fire to cars in a village in the West Bank on Friday.",
			want: []wantMention{{name: "West Bank", prep: "in", country: "PS"}}},
		{name: "a_town_in_the_west_bank",
			text: "Troops raided homes in Nablus in the West Bank on Friday.",
			want: []wantMention{{name: "Nablus", prep: "in", country: "PS"}, {name: "West Bank", prep: "in", country: "PS"}}},
		{name: "names_joined_by_and_are_one_division",
			text: "Gunmen fired on a bus in Jammu and Kashmir on Friday.",
			want: []wantMention{{name: "Jammu and Kashmir", prep: "in", country: "IN", feature: "A.ADM1"}}, absent: []string{"Jammu"}},
		{name: "kashmir_alone_is_the_indian_administered_region",
			text: "Two soldiers died in a gunfight in Kashmir on Friday.",
			want: []wantMention{{name: "Kashmir", prep: "in", country: "IN", feature: "L.RGN"}}},
		{name: "a_demonym_that_is_part_of_a_known_name",
			text: "Indian shelling killed three civilians in Pakistani Kashmir on Friday.",
			want: []wantMention{{name: "Pakistani Kashmir", prep: "in", country: "PK", feature: "A.ADM1"}}},
		{name: "a_demonym_before_a_place_still_votes_only",
			text: "Pakistani troops shelled villages near Kupwara on Friday.",
			want: []wantMention{{name: "Kupwara", country: "IN"}}, absent: []string{"Pakistani troops", "Pakistani"}},
		{name: "pakistan_administered_kashmir",
			text: "Shelling hit a village in Pakistan-administered Kashmir on Friday.",
			want: []wantMention{{name: "Pakistan-administered Kashmir", prep: "in", country: "PK", feature: "A.ADM1"}}},
		{name: "a_town_in_the_regions_possessive",
			text: "Gunfire broke out in south Kashmir's Anantnag town on Friday.",
			want: []wantMention{{name: "Anantnag", cue: "town", within: "Kashmir", country: "IN"}}},
		{name: "lake_chad_is_no_country",
			text: "Fishermen were abducted on the shores of Lake Chad on Friday.",
			want: []wantMention{{name: "Lake Chad", prep: "near", feature: "L.RGN"}}, absent: []string{"Chad"}},
		{name: "a_lake_the_gazetteer_lacks_is_no_country",
			text:   "Fishermen were abducted on the shores of Lake Fitri on Friday.",
			absent: []string{"Fitri", "Lake Fitri"}},
		{name: "the_gulf_of_guinea_is_no_country",
			text:   "Pirates seized a tanker in the Gulf of Guinea on Friday.",
			absent: []string{"Guinea", "Gulf of Guinea"}},
		{name: "rivers_state_stays",
			text: "Gunmen killed five people in Rivers State on Friday.",
			want: []wantMention{{name: "Rivers", cue: "state", country: "NG"}}},
		// negatives
		{name: "a_bank_is_no_place",
			text:   "The World Bank and the Central Bank pledged new loans on Friday.",
			absent: []string{"World", "World Bank", "Central Bank"}},
		{name: "the_red_sea_is_no_sudanese_state",
			text:   "Houthi forces fired a missile at a tanker in the Red Sea on Friday.",
			absent: []string{"Red Sea", "Red"}},
		{name: "two_towns_joined_by_and_stay_two",
			text: "Gunmen fired on buses in Jammu and Srinagar on Friday.",
			want: []wantMention{{name: "Jammu", prep: "in", country: "IN"}, {name: "Srinagar", country: "IN"}}},
		{name: "the_country_chad_stays",
			text: "Troops crossed into Chad on Friday.",
			want: []wantMention{{name: "Chad", country: "TD"}}},
		{name: "a_hyphenated_adjective_alone_is_no_name",
			text: "Kurdish-led forces took the town of Manbij on Friday.",
			want: []wantMention{{name: "Manbij", cue: "town", country: "SY"}}, absent: []string{"Kurdish-led"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestEnglishWordPlaceOfThePeopleNamed: a place whose name is also an
// English word ("Tubas") is told as a place by a place preposition when
// it lies in the report's country, or in a country whose people the
// report names, even when the report's sides put its focus elsewhere
// ("Israeli forces killed two Palestinians in Tubas"). A country nobody
// in the report belongs to does not vouch for it.
func TestEnglishWordPlaceOfThePeopleNamed(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		name, text string
		hints      map[string]float64
		want       string // the country of Tubas, "" for no place
	}{
		{"the_people_named_vouch_for_their_place", "Israeli forces killed two Palestinians in Tubas on Friday.", map[string]float64{"IL": 2}, "PS"},
		{"no_people_of_its_country_named", "Israeli forces seized two tubas in Tubas on Friday.", map[string]float64{"IL": 2}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, m := range g.FindIn(&sitrep.Document{ID: "t", Text: tc.text}, Context{Hints: tc.hints}) {
				if m.Name == "Tubas" && m.Place != nil {
					got = m.Place.Country
				}
			}
			if got != tc.want {
				t.Errorf("Tubas placed in %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTheDivisionCapitalTown: a town named right after a division and
// "capital" ("the North Darfur capital El Fasher", "the Borno state
// capital Maiduguri") is the division's seat: it lies in the division and
// takes the division's preposition, so the report is placed at the town.
// Sentences written for the test.
func TestTheDivisionCapitalTown(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "division_capital_town",
			text: "A drone hit a market in the North Darfur capital El Fasher on Monday.",
			want: []wantMention{{name: "El Fasher", prep: "in", within: "North Darfur", country: "SD"}}},
		{name: "division_with_its_cue_then_state_capital",
			text: "A bomb went off in the Borno state capital Maiduguri on Monday.",
			want: []wantMention{{name: "Maiduguri", prep: "in", within: "Borno", country: "NG"}}},
		// negatives
		{name: "a_country_adjective_before_capital_names_no_division",
			text: "A bomb went off in the Somali capital Mogadishu on Monday.",
			want: []wantMention{{name: "Mogadishu", country: "SO"}}},
		{name: "a_town_after_a_comma_is_not_so_read",
			text: "Fighting spread in North Darfur, the capital El Fasher was calm on Monday.",
			want: []wantMention{{name: "El Fasher", within: "", country: "SD"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestDivisionAbroadToldWithItsCue: a first-level division told with a
// division's cue, the only place of its name, is that division even when
// the report's sides put its focus in another country ("in the Tigray
// region" of a report on Eritrean troops); a town abroad told with a
// division's cue is not.
func TestDivisionAbroadToldWithItsCue(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		name, text, mention, country string
		hints                        map[string]float64
	}{
		{"a_division_abroad_with_its_cue", "Nine civilians died when their car hit a landmine in the Tigray region on Monday, an official said, blaming Eritrean troops.", "Tigray", "ET", map[string]float64{"ER": 2}},
		// control: a division of the focus country keeps its reading
		{"a_division_of_the_focus_country", "Nine civilians died when their car hit a landmine in the Gash-Barka region on Monday, an official said, blaming Eritrean troops.", "Gash-Barka", "ER", map[string]float64{"ER": 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, m := range g.FindIn(&sitrep.Document{ID: "t", Text: tc.text}, Context{Hints: tc.hints}) {
				if m.Name == tc.mention && m.Place != nil {
					got = m.Place.Country
				}
			}
			if got != tc.country {
				t.Errorf("%s resolved in %q, want %q", tc.mention, got, tc.country)
			}
		})
	}
}

// TestTheCapitalOfTheReportsCountry: "struck the capital", told with no
// country beside it, is the capital of the country the report is about;
// with no country to tell it is no place, and a capital named by its
// country stays that country's.
func TestTheCapitalOfTheReportsCountry(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		name, text, want string // want: the place "the capital" stands for, "" for none
	}{
		{"the_capital_of_the_focus", "KYIV, Ukraine - Russian missiles struck the capital overnight, killing four people, the mayor said. Ukrainian officials said air defences downed most of them.", "Kyiv"},
		// negatives
		{"no_country_to_tell", "Missiles struck the capital overnight, killing four people, officials said.", ""},
		{"a_capital_named_by_its_country", "Russian missiles struck the Ukrainian capital overnight, killing four people.", "Kyiv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, m := range g.FindIn(&sitrep.Document{ID: "t", Text: tc.text}, Context{}) {
				if m.StandsFor != "" && strings.Contains(m.Name, "capital") {
					got = m.StandsFor
				}
			}
			if got != tc.want {
				t.Errorf("the capital stands for %q, want %q", got, tc.want)
			}
		})
	}
}

// TestASpeakerWithAnAgeIsAPerson: a single name told by a speech verb with
// an age ("said Amina, 34") is a person, though a town abroad bears the
// name; a town with a distance after it stays a town.
func TestASpeakerWithAnAgeIsAPerson(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "said_name_age",
			text:   "\"We heard the shooting and ran,\" said Amina, 34. The gunmen came to the village of Kukawa at dawn on Sunday.",
			want:   []wantMention{{name: "Kukawa", cue: "village", country: "NG"}},
			absent: []string{"Amina"}},
		{name: "name_age_said",
			text:   "Amina, 34, said the gunmen came to the village of Kukawa at dawn on Sunday.",
			absent: []string{"Amina"}},
		// negative
		{name: "a_town_and_a_distance",
			text: "Gunmen attacked a post in Djibo, 34 km from the border, on Sunday.",
			want: []wantMention{{name: "Djibo", country: "BF"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
