package gazetteer

import "testing"

// TestCountryAcrossABorderTellsNoCountry: the country after "the border
// with", "the frontier with", "a crossing with" (or in a list after it)
// is where the place named beside it is not; it does not make the
// report's country. A country named as the place's own still does.
func TestCountryAcrossABorderTellsNoCountry(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "crossing_with_a_country", text: "A mortar round landed near the Bab al-Hawa border crossing with Turkey on Friday, wounding three drivers.",
			want: []wantMention{{name: "Bab al-Hawa", cue: "crossing", country: "SY"}}},
		{name: "border_with_a_list_of_countries", text: "Jihadists torched a clinic in Banibangou, close to the borders with Mali and Burkina Faso, on Sunday.",
			want: []wantMention{{name: "Banibangou", country: "NE"}}},
		// not so
		{name: "a_country_the_place_is_in", text: "A car bomb went off outside a bakery in Kilis, Turkey, on Monday.",
			want: []wantMention{{name: "Kilis", country: "TR"}}},
		{name: "with_after_no_border_word", text: "Talks with Sudan stalled as gunmen raided Abyei on Monday.",
			want: []wantMention{{name: "Abyei", country: "SS"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestDatelineAbroadVotesLittle: a dateline ("DAKAR, Senegal (AP) -") is
// where the report was filed; a report filed from a capital abroad is
// about the country its words place the incident in. A dateline alone
// still tells the country of a name several countries share.
func TestDatelineAbroadVotesLittle(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "filed_from_a_capital_abroad", text: "DAKAR, Senegal (AP) - Armed men shot dead nine traders in Seytenga in northern Burkina Faso on Friday, a mayor said.",
			want: []wantMention{{name: "Seytenga", prep: "in", country: "BF", hasPoint: true}}},
		// not so
		{name: "filed_from_the_country_itself", text: "MOGADISHU, Somalia (AP) - Militants shelled a base in Bardhere on Friday.",
			want: []wantMention{{name: "Bardhere", prep: "in", country: "SO"}}},
		{name: "a_dateline_alone_tells_a_shared_name", text: "BEIRUT, Lebanon (AP) - Gunmen fought in Tripoli overnight, and two men died.",
			want: []wantMention{{name: "Tripoli", prep: "in", country: "LB"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestFocusOfTheSidesOnlyKeepsCuedPlaces: when only the report's sides
// tell its country (a demonym, a country across a border), a place told
// with its cue (a camp, a crossing) of another country is still that
// place; when a place the report names tells the country, a cued village
// abroad is no village of it.
func TestFocusOfTheSidesOnlyKeepsCuedPlaces(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "camp_beside_a_demonym", text: "An Israeli strike on a school in Bureij camp killed nine people on Sunday.",
			want: []wantMention{{name: "Bureij", cue: "camp", prec: 1, hasPoint: true, country: "PS"}}},
		{name: "crossing_beside_a_country_across_the_border", text: "Gunmen opened fire near the Bab al-Hawa crossing with Turkey on Sunday.",
			want: []wantMention{{name: "Bab al-Hawa", cue: "crossing", country: "SY"}}},
		// not so
		{name: "a_place_tells_the_country", text: "Rebels attacked army positions in Rutshuru on Monday. Fighting went on around the village of Londa.",
			want: []wantMention{{name: "Rutshuru", prep: "in", country: "CD"}, {name: "Londa", cue: "village", prep: "around", noPlace: true}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestLandedOnAPlace: after a verb of something fired coming down ("shells
// landed on", "rockets fell on") "on" introduces a place, as "in" does: a
// name the gazetteer holds under no spelling as written is still that
// place, in the division the report puts it in. After other verbs "on"
// does not.
func TestLandedOnAPlace(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "shells_landed_on", text: "Mortar shells landed on Bulo Burte in the Hiiraan region on Tuesday.",
			want: []wantMention{{name: "Bulo Burte", prep: "on", within: "Hiiraan", hasPoint: true}}},
		// not so
		{name: "commented_on", text: "The governor of the Hiiraan region commented on Bulo Burte on Tuesday.",
			want: []wantMention{{name: "Hiiraan", cue: "region", country: "SO"}}, absent: []string{"Bulo Burte"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
