package gazetteer

import "testing"

// TestPartOfTownIsNoCityAbroad: an area, district or neighbourhood the
// gazetteer lacks in the report's country is not a city of that name
// abroad, unless the report speaks of that country's places; with our own
// sentences.
func TestPartOfTownIsNoCityAbroad(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "an_area_of_a_yemeni_report_is_no_sudanese_city",
			text: "Government troops held their lines in Raghwan district, northwest of Marib city, on Monday. Houthi television said on Tuesday that its fighters had seized several hills in the al-Kassara area.",
			want: []wantMention{{name: "Raghwan", cue: "district", prep: "in", within: "Marib", country: "YE"}, {name: "al-Kassara", cue: "area", prep: "in", noPlace: true}}},
		{name: "a_district_of_an_iraqi_report_is_no_moroccan_town",
			text: "Fighting went on in Mosul on Monday. Last week an air strike hit a house in the al-Jadida district, residents said.",
			want: []wantMention{{name: "Mosul", prep: "in", country: "IQ"}, {name: "al-Jadida", cue: "district", prep: "in", noPlace: true}}},
		// negative: the report names the country of the place abroad
		{name: "an_area_of_the_country_the_report_names_stays_there",
			text: "Yemeni officials met in Aden on Monday. Refugees crossing the Red Sea were stopped in the Kassala area of eastern Sudan, the officials said.",
			want: []wantMention{{name: "Aden", country: "YE"}, {name: "Kassala", cue: "area", country: "SD"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestDemonymBeforeAKindOfPlaceTellsItsCountry: "the southern Libyan city
// of Sabha" says where Sabha is, as the country's name would; a demonym
// before a side ("Libyan fighters") only tells who fights.
func TestDemonymBeforeAKindOfPlaceTellsItsCountry(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "the_demonym_of_a_city_outweighs_a_neighbourhood_abroad",
			text: "Two days of clashes killed six people in the southern Libyan city of Sabha. A shell hit a house in the Al-Manshiya neighbourhood, medics said.",
			want: []wantMention{{name: "Sabha", cue: "city", country: "LY"}, {name: "Al-Manshiya", cue: "neighbourhood", prep: "in", within: "Sabha", noPlace: true}}},
		// negative: the neighbourhood's own city is named
		{name: "a_neighbourhood_of_a_named_city_abroad_stays_there",
			text: "Libyan traders fled the fighting. A shell hit a house in the Al-Manshiya neighbourhood of Khartoum, medics said.",
			want: []wantMention{{name: "Al-Manshiya", prep: "in", within: "Khartoum", country: "SD"}, {name: "Khartoum", country: "SD"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestAnotherNameOfAPlaceAbroadIsNoPlaceOfAnotherReport: "on the Boni
// front" in a report on Mali is no capital abroad that some language
// calls Boni (Bern), when the report says nothing else of that country.
// Negative: a place abroad by its own name ("the Cairo leg of his tour")
// stays itself.
func TestAnotherNameOfAPlaceAbroadIsNoPlaceOfAnotherReport(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "another_name_of_a_capital_abroad",
			text:   "MOPTI, Mali (Wire) - Soldiers clashed with jihadists near Douentza and Hombori on Monday.\nFighting also flared on the Boni front, the army said.",
			want:   []wantMention{{name: "Douentza", prep: "near", country: "ML"}},
			absent: []string{"Boni"}},
		// negative
		{name: "a_capital_abroad_by_its_own_name",
			text: "MOPTI, Mali (Wire) - Soldiers clashed with jihadists near Douentza and Hombori on Monday.\nThe minister was on the Cairo leg of his tour, the army said.",
			want: []wantMention{{name: "Douentza", prep: "near", country: "ML"}, {name: "Cairo", prep: "on", country: "EG"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestWordsOfADatelinesOutletAreNoPlaces: "MORELIA, May 17 (Tierra
// Caliente Diario, English digest) - ..." names the outlet in the
// dateline's brackets; its words ("English") are no town. Negative: a
// bracket in the body that names a place ("(near Aguililla)") keeps it.
func TestWordsOfADatelinesOutletAreNoPlaces(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "an_outlet_in_the_datelines_brackets",
			text:   "MORELIA, May 17 (Tierra Caliente Diario, English digest) - Four gunmen died in a clash on the outskirts of Aguililla on Sunday.",
			want:   []wantMention{{name: "Aguililla", country: "MX"}},
			absent: []string{"English"}},
		// negative
		{name: "a_bracket_in_the_body",
			text: "MORELIA, May 17 - Four gunmen died in a clash on a ranch (near Aguililla) on Sunday.",
			want: []wantMention{{name: "Aguililla", country: "MX"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
