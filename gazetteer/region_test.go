package gazetteer

import "testing"

// TestFindRegions covers regions named by the stem their first-level
// divisions share ("Darfur" of North, South, West… Darfur): found and
// placed at the region with a region's precision when nothing in the
// report tells of a better reading, and not taken over a town the report
// does tell of. Sentences written for the test.
func TestFindRegions(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "stem_alone", text: "Fighting in Darfur killed forty people on Sunday.",
			want: []wantMention{{name: "Darfur", prep: "in", prec: 3, hasPoint: true, country: "SD", feature: "L.RGN", admin: true}}},
		{name: "stem_with_region_cue", text: "Fighting in the Darfur region killed forty people.",
			want: []wantMention{{name: "Darfur", cue: "region", prep: "in", prec: 3, hasPoint: true, country: "SD", feature: "L.RGN"}}},
		{name: "stem_over_villages_abroad", text: "Militants attacked a police post in Sinai on Sunday.",
			want: []wantMention{{name: "Sinai", prep: "in", prec: 3, hasPoint: true, country: "EG", feature: "L.RGN"}}},
		{name: "stem_of_the_congo", text: "Militiamen ambushed a convoy in Kivu and killed six soldiers.",
			want: []wantMention{{name: "Kivu", prep: "in", prec: 3, hasPoint: true, country: "CD", feature: "L.RGN"}}},
		{name: "two_stems", text: "Troops were sent to Kordofan and Darfur on Monday.",
			want: []wantMention{{name: "Kordofan", prec: 3, hasPoint: true, country: "SD", feature: "L.RGN"},
				{name: "Darfur", prec: 3, hasPoint: true, country: "SD", feature: "L.RGN"}}},
		{name: "town_in_the_region", text: "Militiamen attacked Nyala in Darfur on Sunday.",
			want: []wantMention{{name: "Nyala", within: "Darfur", prec: 1, hasPoint: true, country: "SD", feature: "P.PPLA"},
				{name: "Darfur", prep: "in", prec: 3, hasPoint: true, feature: "L.RGN"}}},
		{name: "stem_of_districts", text: "Militants attacked a checkpoint in Waziristan on Sunday.",
			want: []wantMention{{name: "Waziristan", prep: "in", prec: 3, hasPoint: true, country: "PK", feature: "L.RGN"}}},
		{name: "province_keeps_its_name", text: "Clashes in South Kordofan killed twelve soldiers.",
			want: []wantMention{{name: "South Kordofan", prep: "in", prec: 3, hasPoint: true, country: "SD", feature: "A.ADM1"}}},
		// not a region
		{name: "sea_is_no_region", text: "Pirates attacked a tanker in the Red Sea on Sunday.", absent: []string{"Red Sea"}},
		{name: "country_is_no_stem", text: "Clashes in South Sudan killed ten soldiers.",
			want: []wantMention{{name: "South Sudan", prep: "in", prec: 3, hasPoint: true, country: "SS", feature: "A.PCLI"}}},
		{name: "village_of_the_name_in_its_country", text: "Troops clashed with rebels in Mexico's Chiapas state near Sinai on Sunday.",
			want: []wantMention{{name: "Sinai", prep: "near", country: "MX"}}},
		{name: "city_that_matters_more", text: "Police in Carolina, Puerto Rico, said two men were shot dead.",
			want: []wantMention{{name: "Carolina", prep: "in", prec: 1, hasPoint: true, country: "PR", feature: "P.PPLA"}}},
		{name: "town_cue_is_no_region", text: "Police said two men were shot dead in Holland, a town in Michigan.",
			want: []wantMention{{name: "Holland", cue: "town", within: "Michigan", country: "US"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestGeocodeRegions: the stem alone is the region, not a village of that
// name elsewhere; a place with its country is still that place.
func TestGeocodeRegions(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		q, country, feature string
		prec                int
	}{
		{"Darfur", "SD", "L.RGN", 3},
		{"Sinai", "EG", "L.RGN", 3},
		{"Kivu region", "CD", "L.RGN", 3},
		{"Sinai, Chiapas", "MX", "", 1},
		{"Carolina, Puerto Rico", "PR", "", 1},
	} {
		a, ok := g.Geocode(tc.q, "")
		if !ok {
			t.Errorf("%q: no answer", tc.q)
			continue
		}
		if a.Country != tc.country || a.Precision != tc.prec {
			t.Errorf("%q: %s %s precision %d, want %s precision %d", tc.q, a.Name, a.Country, a.Precision, tc.country, tc.prec)
		}
		if tc.feature == "L.RGN" && a.GeonameID != 0 {
			t.Errorf("%q: GeoNames id %d for a region GeoNames does not have", tc.q, a.GeonameID)
		}
	}
}

// TestFindEnclosingDivision covers a place said to lie in a second-level
// division or a division cued by "territory": "the X area of Y", "X, Y".
func TestFindEnclosingDivision(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "area_of_district", text: "A drone strike killed four militants in the Datta Khel area of North Waziristan on Friday.",
			want: []wantMention{{name: "Datta Khel", cue: "area", within: "North Waziristan", prec: 2, hasPoint: true},
				{name: "North Waziristan", prep: "of", prec: 2, hasPoint: true, country: "PK", feature: "A.ADM2"}}},
		{name: "comma_district", text: "A drone strike killed four militants in Spinwam, North Waziristan, on Friday.",
			want: []wantMention{{name: "Spinwam", within: "North Waziristan", prec: 2, hasPoint: true, noPlace: true},
				{name: "North Waziristan", prec: 2, hasPoint: true, country: "PK", feature: "A.ADM2"}}},
		{name: "territory_of_province", text: "Rebels killed eleven civilians in the Bwakasa territory of North Kivu on Wednesday.",
			want: []wantMention{{name: "Bwakasa", cue: "territory", within: "North Kivu", prec: 3, hasPoint: true, noPlace: true},
				{name: "North Kivu", prec: 3, hasPoint: true, country: "CD", feature: "A.ADM1"}}},
		// not so
		{name: "side_territory", text: "Rebels shelled Houthi territory near the border on Friday.",
			named: []string{"Houthi"}, absent: []string{"Houthi"}},
		{name: "demonym_territory", text: "Shells fell on Syrian territory near the border on Friday.", absent: []string{"Syrian"}},
		{name: "sentence_opening_territory", text: "Contested territory was shelled on Friday.", absent: []string{"Contested"}},
		{name: "district_not_said_to_hold", text: "Officials of North Waziristan spoke on Friday.",
			absent: []string{"North Waziristan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
