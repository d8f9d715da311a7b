package gazetteer

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestNamedFeatures covers the regions and natural features of the
// features list (features.txt): a feature named whole with the word for
// its kind ("the Nuba Mountains", "the Sinjar mountains", "Mount Sinjar")
// is that feature, not a town of its first word; one written by a name
// reports use ("Karabakh") is too; "the shores of" a known place puts the
// report by it; an area is placed at precision 2, a region at 3. A
// feature that straddles a border is the part in the report's country.
// Sentences written for the test.
func TestNamedFeatures(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "mountains_named_whole",
			text:   "Gunmen raided a village in the Nuba Mountains on Tuesday.",
			want:   []wantMention{{name: "Nuba Mountains", prep: "in", country: "SD", feature: "L.RGN", prec: 3, hasPoint: true}},
			absent: []string{"Nuba"}},
		{name: "a_lower_case_kind_word",
			text:   "Families fled to the Sinjar mountains after the raid on Tuesday.",
			want:   []wantMention{{name: "Sinjar mountains", country: "IQ", feature: "L.AREA", prec: 2, hasPoint: true}},
			absent: []string{"Sinjar"}},
		{name: "a_kind_word_before_the_name",
			text: "Shepherds were shot on Mount Sinjar on Tuesday.",
			want: []wantMention{{name: "Mount Sinjar", country: "IQ", feature: "L.AREA"}}},
		{name: "jebel_before_the_name",
			text: "Rebels shelled army posts in Jebel Marra on Tuesday.",
			want: []wantMention{{name: "Jebel Marra", prep: "in", country: "SD", feature: "L.AREA"}}},
		{name: "a_valley_opening_a_sentence",
			text: "The Panjshir Valley fell to the Taliban on Tuesday.",
			want: []wantMention{{name: "Panjshir Valley", country: "AF", feature: "L.RGN"}}},
		{name: "a_national_park_named_whole",
			text: "Rebels killed four rangers near Virunga National Park on Tuesday.",
			want: []wantMention{{name: "Virunga National Park", prep: "near", country: "CD"}}},
		{name: "an_alias",
			text: "Fighting broke out again in Karabakh on Tuesday.",
			want: []wantMention{{name: "Karabakh", prep: "in", country: "AZ"}}},
		{name: "a_verb_of_assault_before_a_region",
			text: "Rockets fired from Lebanon struck the Golan Heights on Tuesday.",
			want: []wantMention{{name: "Golan Heights", prep: "struck", country: "IL", feature: "L.RGN"}, {name: "Lebanon", prep: "from"}}},
		{name: "the_shores_of_a_known_lake_in_the_reports_country",
			text: "Jihadists abducted fishermen on the shores of Lake Chad in Nigeria on Tuesday.",
			want: []wantMention{{name: "Lake Chad", prep: "near", country: "NG"}}},
		{name: "the_part_of_a_straddling_feature_in_the_reports_country",
			text: "Soldiers in Niger repelled an attack near Lake Chad on Tuesday.",
			want: []wantMention{{name: "Lake Chad", prep: "near", country: "NE"}}},
		// negatives
		{name: "negative_a_mountain_the_gazetteer_lacks_keeps_its_cue",
			text: "Gunmen ambushed a convoy in the Makhul mountains on Tuesday.",
			want: []wantMention{{name: "Makhul", cue: "mountain", prep: "in", noPlace: true}}},
		{name: "negative_a_park_the_gazetteer_lacks_keeps_its_cue",
			text: "A bomb went off in Gorky Park in Moscow on Tuesday.",
			want: []wantMention{{name: "Gorky", cue: "park", prep: "in", within: "Moscow"}}},
		{name: "negative_a_bank_named_for_a_country",
			text: "The Central Bank of Iraq raised its rates on Tuesday.",
			want: []wantMention{{name: "Iraq", prep: "of"}}},
		{name: "negative_a_river_the_gazetteer_lacks_stays_no_place",
			text: "Gunmen shot two farmers on the banks of the Tigris near Samarra on Tuesday.",
			want: []wantMention{{name: "Samarra", prep: "near", country: "IQ"}}, absent: []string{"Tigris"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestRoleWordsStayInTheirParagraph: a name that opens a paragraph has no
// role word from the end of the one before ("… near the capital.\n\nX").
func TestRoleWordsStayInTheirParagraph(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct{ text, name, prep string }{
		{"Mortars wounded two men near the capital.\n\nEastern Ghouta has long been besieged.", "Eastern Ghouta", ""},
		{"Mortars wounded two men near the capital.\n\nThe town of Douma has long been besieged.", "Douma", ""},
		// (within a paragraph the role word stays)
		{"Mortars wounded two men near Eastern Ghouta.", "Eastern Ghouta", "near"},
	} {
		found := false
		for _, m := range g.FindIn(&sitrep.Document{ID: "t", Text: tc.text}, Context{}) {
			if m.Name == tc.name {
				found = true
				if m.Prep != tc.prep {
					t.Errorf("%q: %q has role word %q, want %q", tc.text, m.Name, m.Prep, tc.prep)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.text, tc.name)
		}
	}
}

// TestGeocodeNamedFeatures: a feature of the list is answered by its
// name at the precision of its kind (area 2, region 3), with no GeoNames
// id and from gazetteer "sitrep" (it is none of GeoNames'); a country
// given picks its part of a straddling feature.
func TestGeocodeNamedFeatures(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		query, country string
		name, cc       string
		prec           int
	}{
		{"Sambisa Forest", "", "Sambisa Forest", "NG", 2},
		{"the Tirah Valley", "", "Tirah Valley", "PK", 2},
		{"Nagorno-Karabakh", "", "Nagorno-Karabakh", "AZ", 3},
		{"Lake Chad", "CM", "Lake Chad", "CM", 3},
		{"Lake Chad", "NE", "Lake Chad", "NE", 3},
	} {
		a, ok := g.Geocode(tc.query, tc.country)
		if !ok || a.Name != tc.name || a.Country != tc.cc || a.Precision != tc.prec || a.GeonameID != 0 || a.Place == nil || a.Place.Gazetteer != "sitrep" {
			t.Errorf("Geocode(%q, %q) = %+v, %v; want %s, %s at precision %d with no GeoNames id, from gazetteer sitrep", tc.query, tc.country, a, ok, tc.name, tc.cc, tc.prec)
		}
	}
}
