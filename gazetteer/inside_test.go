package gazetteer

import "testing"

// TestInside covers places the report puts inside a larger one it names:
// a namesake elsewhere is not the place ("Karu in Zamfara state" is no
// town of another state), a place the gazetteer has inside the larger one
// is kept and placed in it.
func TestInside(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "namesake_in_another_division_is_not_the_village", text: "Gunmen attacked the village of Karu in Zamfara state on Sunday.",
			want: []wantMention{{name: "Karu", cue: "village", within: "Zamfara", prec: 3, hasPoint: true, noPlace: true}}},
		{name: "namesake_city_in_another_region", text: "Jihadists raided Segue village in the Mopti region of Mali.",
			want: []wantMention{{name: "Segue", cue: "village", within: "Mopti", prec: 3, hasPoint: true, noPlace: true}}},
		{name: "known_town_in_its_division", text: "Police raided homes in Hawija in Kirkuk province.",
			want: []wantMention{{name: "Hawija", prep: "in", within: "Kirkuk", prec: 1, hasPoint: true, country: "IQ"}}},
		{name: "district_named_with_a_town_after_a_comma", text: "Shells fell on Mosul's Old City. Fighters retook Zabid district, Mosul.",
			want: []wantMention{{name: "Zabid", cue: "district", within: "Mosul", prec: 2, hasPoint: true, noPlace: true}}},
		// a comma between two towns is a list; a direction or a distance
		// tells how far the place may lie
		{name: "towns_in_a_list_stay_themselves", text: "Mortars hit Aleppo, Damascus and Homs on Sunday.",
			want: []wantMention{{name: "Aleppo", prec: 1, hasPoint: true, country: "SY"}, {name: "Damascus", prec: 1, hasPoint: true}}},
		{name: "direction_of_a_town_far_away", text: "Kurdish fighters held off an attack in Sinjar, west of Mosul.",
			want: []wantMention{{name: "Sinjar", prep: "in", within: "Mosul", prec: 1, hasPoint: true, country: "IQ"}}},
		{name: "distance_told_from_a_town", text: "Rebels shelled Taiz, about 330 kilometres south of Sanaa.",
			want: []wantMention{{name: "Taiz", within: "Sanaa", prec: 1, hasPoint: true, country: "YE"}}},
		{name: "known_town_in_its_country", text: "A bomb went off in Gao in Mali on Monday.",
			want: []wantMention{{name: "Gao", prep: "in", prec: 1, hasPoint: true, country: "ML"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, g, tc)
		})
	}
}
