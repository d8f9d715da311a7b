package gazetteer

import "testing"

// TestRoles covers words that are no place in their role, with our own
// sentences: parts of people's names, capitalised common words,
// compounds, and places that qualify a group (kept, marked as such).
func TestRoles(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		// people
		{name: "run_with_given_names_inside", text: "Ba Goni Hassan Ibrahim, another resident, said nine died in Damaturu.",
			want: []wantMention{{name: "Damaturu", prep: "in", country: "NG"}}, absent: []string{"Ba", "Goni", "Hassan"}},
		{name: "role_noun_and_comma_before_a_name", text: "The convoy was hit near Aguililla, said the prosecutor, Adrián López Solís.",
			want: []wantMention{{name: "Aguililla", prep: "near", country: "MX"}}, absent: []string{"Adrián", "López", "Solís"}},
		{name: "nickname_in_quotes", text: "Marines arrested Joaquín “El Chapo” Guzmán in Los Mochis.",
			absent: []string{"El Chapo", "Guzmán", "Chapo"}},
		{name: "title_inside_a_run_ends_the_place", text: "Balochistan Chief Minister Mir Abdul Quddus visited Quetta.",
			want: []wantMention{{name: "Balochistan", country: "PK"}}, absent: []string{"Quddus"}},
		{name: "name_prefix_place_keeps_its_given_name", text: "Shelling hit Deir Hassan Ali near Aleppo at dawn.",
			want: []wantMention{{name: "Deir Hassan Ali", within: "Aleppo"}}},
		// words and compounds
		{name: "compound_with_a_lower_case_part", text: "Fighting went on in the former IS-bastion, Sirte.",
			want: []wantMention{{name: "Sirte", country: "LY"}}, absent: []string{"IS-bastion"}},
		{name: "sea_before_a_port", text: "Ships left the Red Sea port of Hodeida on Monday.",
			want: []wantMention{{name: "Hodeida", country: "YE"}}, absent: []string{"Sea", "Red Sea"}},
		{name: "persian_linking_word_stays_in_the_name", text: "A bomb went off in the Pul-e Khishti area of Kabul.",
			want: []wantMention{{name: "Pul-e Khishti", cue: "area", within: "Kabul"}}},
		// a demonym told again says less of the report's country each time
		{name: "repeated_demonym_does_not_outvote_the_country", text: "Saudi warplanes struck Al Jawf on Monday. Saudi officials and Saudi troops said raids across Yemen would go on until Yemen's rebels gave up.",
			want: []wantMention{{name: "Al Jawf", country: "YE"}}},
		// places that qualify a group
		{name: "place_qualifying_a_militia", text: "The Misrata militia said it had retaken the port.",
			want: []wantMention{{name: "Misrata", country: "LY", group: true}}},
		{name: "place_qualifying_a_drug_cartel", text: "Gunmen of the Juarez drug cartel ambushed police in Chihuahua.",
			want: []wantMention{{name: "Juarez", group: true}, {name: "Chihuahua", notGroup: true}}},
		{name: "group_named_like_a_town_abroad", text: "Fano fighters clashed with the army near Gondar in Ethiopia.",
			want: []wantMention{{name: "Gondar", country: "ET"}}, absent: []string{"Fano"}},
		{name: "place_preposition_keeps_the_place", text: "Two policemen died in Kirkuk police headquarters.",
			want: []wantMention{{name: "Kirkuk", prep: "in", cue: "headquarters", notGroup: true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, g, tc)
		})
	}
}
