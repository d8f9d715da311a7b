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
		// names the syntax marks as places, placed in the place that
		// holds them
		{name: "unknown_name_in_rural_province", text: "Clashes with IS in Al-Bughayliya in rural Deir Ezzor killed 12.",
			want: []wantMention{{name: "Al-Bughayliya", prep: "in", within: "Deir Ezzor", prec: 2, hasPoint: true, noPlace: true}}},
		{name: "apposition_gives_the_kind", text: "Rebels took Mawlin, a town in the Sagaing region, on Monday.",
			want: []wantMention{{name: "Mawlin", cue: "town", within: "Sagaing", prec: 3, hasPoint: true, noPlace: true}}},
		{name: "apposition_after_a_name_opening_a_sentence", text: "Qaryat Zarqa, a village near Kirkuk, was shelled.",
			want: []wantMention{{name: "Qaryat Zarqa", cue: "village", within: "Kirkuk", prec: 2, hasPoint: true}}},
		{name: "village_in_a_district_the_gazetteer_lacks", text: "A bomb exploded near Albu Hamid village, northeast of al-Wahsh district in Diyala.",
			want: []wantMention{{name: "Albu Hamid", cue: "village", within: "al-Wahsh", prec: 3, hasPoint: true},
				{name: "al-Wahsh", cue: "district", within: "Diyala", prec: 3, hasPoint: true}}},
		{name: "unknown_name_told_as_place_and_named_again", text: "Rebels attacked soldiers in Mawlin on Monday. By Tuesday Mawlin was quiet.",
			want: []wantMention{{name: "Mawlin", prep: "in", noPlace: true}}},
		{name: "unknown_name_told_once_is_no_place", text: "Jets struck a target in Zawiyat on Friday.", absent: []string{"Zawiyat"}},
		{name: "a_side_named_twice_is_no_place", text: "Soldiers died in Daeshi attacks. Daeshi fighters fled.", named: []string{"Daeshi"},
			absent: []string{"Daeshi"}},
		{name: "a_person_named_twice_is_no_place", text: "Police met Dzhokhar Tsarnaev, 19, on Friday. The blast at Tsarnaev's flat hurt two.",
			absent: []string{"Tsarnaev"}},
		{name: "village_cue_is_no_city_abroad", text: "Jihadists attacked the village of al-Sousa in eastern Syria. Fighting went on at al-Sousa for hours.",
			want: []wantMention{{name: "al-Sousa", cue: "village", within: "Syria", noPlace: true}}},
		{name: "other_mentions_of_a_village_the_gazetteer_lacks", text: "Fighting went on at al-Sousa for hours after jihadists attacked the village of al-Sousa in eastern Syria.",
			want: []wantMention{{name: "al-Sousa", prep: "at", noPlace: true}}},
		{name: "western_part_of_a_town_is_near_it", text: "The Houthis closed the Al Dahi crossing in western Taiz.",
			want: []wantMention{{name: "Al Dahi", cue: "crossing", within: "Taiz", noPlace: true}}},
		{name: "division_after_a_country_possessive", text: "Gunmen raided the village of Kareto in Nigeria's Borno state.",
			want: []wantMention{{name: "Kareto", cue: "village", within: "Borno", prec: 3, hasPoint: true, noPlace: true}}},
		// no apposition of a place
		{name: "apposition_of_a_person", text: "Omar Hadi, a village elder, said gunmen came from Mosul.",
			absent: []string{"Omar Hadi", "Hadi"}},
		{name: "apposition_of_a_country_is_no_division", text: "Rebels moved near the border with Rwanda, a hilly region where they hide.",
			want: []wantMention{{name: "Rwanda", cue: "", feature: "A.PCLI"}}},
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

// TestATownStandsForItsNamesakeDivision: "X in Y" where Y is a town that
// shares its name with the province or district around it ("Saravena in
// Arauca": the town of Arauca is 100 km off, the department of Arauca
// holds Saravena): X is the known place in that division. A common English
// word as name ("Tame") is a place then too. A town in another division
// stays a place the gazetteer lacks.
func TestATownStandsForItsNamesakeDivision(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "town_in_the_department_named_like_its_capital", text: "Soldiers clashed with rebels near Saravena in Arauca on Sunday, the Colombian army said.",
			want: []wantMention{{name: "Saravena", prep: "near", within: "Arauca", country: "CO", prec: 2, hasPoint: true}}},
		{name: "a_common_word_town_in_its_namesake_department", text: "Rebels ambushed a patrol in Tame in Arauca on Sunday, the Colombian army said.",
			want: []wantMention{{name: "Tame", prep: "in", within: "Arauca", country: "CO", prec: 1, hasPoint: true}}},
		{name: "after_a_comma_and_in", text: "Rebels ambushed a patrol near Tame, in Arauca, on Sunday, the Colombian army said.",
			want: []wantMention{{name: "Tame", prep: "near", within: "Arauca", country: "CO"}}},
		// negatives: the division is another's, or there is no "in"
		{name: "a_town_of_another_department_is_no_namesake", text: "Soldiers clashed with rebels near Saravena in Cucuta on Sunday, the Colombian army said.",
			want: []wantMention{{name: "Saravena", prep: "near", within: "Cucuta", noPlace: true}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestAHausaTownPrefixStartsTheName: "Birnin" (Hausa: town of) starts a
// name and is no place alone, like the Arabic "Tal" or "Deir": "Birnin
// Yauri" is one place the gazetteer lacks, not the Peruvian town "Yauri"
// with a stray word before it; a "Birnin" name the gazetteer knows is
// still found as itself.
func TestAHausaTownPrefixStartsTheName(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "an_unknown_birnin_name_is_named_whole", text: "Bandits attacked Birnin Yauri in Kebbi State on Thursday, police said.",
			want: []wantMention{{name: "Birnin Yauri", within: "Kebbi", noPlace: true}}, absent: []string{"Yauri"}},
		{name: "a_known_birnin_name_stays_itself", text: "Gunmen killed five people in Birnin Kebbi on Thursday, Nigerian police said.",
			want: []wantMention{{name: "Birnin Kebbi", prep: "in", country: "NG", prec: 1, hasPoint: true}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestADivisionAfterACountryPossessiveAndADirection: "Tondibon in Niger's
// western Tillaberi region" puts the place in the division as "Niger's
// Tillaberi region" does; words other than directions between them tell
// no division of the place.
func TestADivisionAfterACountryPossessiveAndADirection(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "a_direction_between_the_possessive_and_the_division", text: "Jihadists raided Tondibon in Niger's western Tillaberi region on Sunday.",
			want: []wantMention{{name: "Tondibon", within: "Tillaberi", prec: 3, hasPoint: true, noPlace: true}}},
		{name: "a_compound_direction_between_them", text: "Soldiers repelled an attack at Sitagoun in Myanmar's north-western Sagaing region.",
			want: []wantMention{{name: "Sitagoun", within: "Sagaing", prec: 3, hasPoint: true, noPlace: true}}},
		{name: "other_words_between_them_name_no_division_of_it", text: "Jihadists raided Tondibon in Niger's north while troops patrolled the Tillaberi region.",
			want: []wantMention{{name: "Tondibon", within: "Niger", noPlace: true}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestTheNextNamesOfAListToldAsPlaces: "seized Katwiguru and Nyamilima":
// names the gazetteer lacks, listed after one the words tell as a place,
// are places by the same words; a name after a comma that ends no list
// ("seized Katwiguru, Banyene told AFP") is not.
func TestTheNextNamesOfAListToldAsPlaces(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "two_names_after_a_verb_of_capture", text: "Rebels in eastern Congo seized Katwiguru and Nyamilima on Saturday.",
			want: []wantMention{{name: "Katwiguru", noPlace: true}, {name: "Nyamilima", noPlace: true}}},
		{name: "three_names_after_a_verb_of_assault", text: "Rebels in eastern Congo attacked Katwiguru, Nyamilima and Kisharu on Saturday.",
			want: []wantMention{{name: "Katwiguru", noPlace: true}, {name: "Nyamilima", noPlace: true}, {name: "Kisharu", noPlace: true}}},
		{name: "a_speaker_after_a_comma_is_no_place", text: "Rebels in eastern Congo seized Katwiguru, Banyene told AFP on Saturday.",
			want:   []wantMention{{name: "Katwiguru", noPlace: true}},
			absent: []string{"Banyene"}},
		{name: "a_list_after_a_word_of_no_place_is_none", text: "Rebels in eastern Congo met Katwiguru and Nyamilima on Saturday.",
			absent: []string{"Katwiguru", "Nyamilima"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestATownToldAtADistanceLiesWithinIt: a place the report puts at a
// distance told from a town ("about 15 kilometres west of Pokrovsk") is
// no namesake much farther off (one 95 km away, which the direction word
// alone would allow): the place the gazetteer lacks there, in the town.
// Not so: without a distance, "west of" reaches 250 km; "in" 100 km; a
// far distance told reaches as far.
func TestATownToldAtADistanceLiesWithinIt(t *testing.T) {
	g := mustDefault(t)
	checkFind(t, g, findCase{name: "village_15_km_from_a_town",
		text: "Russian shells hit the village of Novoselivka, about 15 kilometres west of Pokrovsk, in eastern Ukraine on Sunday.",
		want: []wantMention{{name: "Novoselivka", cue: "village", within: "Pokrovsk", prec: 2, hasPoint: true, noPlace: true}}})
	for _, tc := range []struct {
		gap string
		km  float64
	}{
		{", about 15 kilometres west of ", 47.5},
		{", 20 km north of ", 55},
		// not so
		{", west of ", 250},
		{" in ", 100},
		{", about 330 kilometres south of ", 520},
	} {
		if km, _ := reach(tc.gap); km != tc.km {
			t.Errorf("reach(%q) = %v, want %v", tc.gap, km, tc.km)
		}
	}
}

// TestAnAppositionQualifiesItsKindOfPlace: words that qualify the kind of
// place an apposition names ("a coltan-mining town in", "a meadow near the
// resort town of") leave it the apposition that puts the place in the
// larger one. Not so: words with no noun of a kind of place ("a day after
// raiding", "a rebel stronghold near"), nor a list ("and the mining town
// of").
func TestAnAppositionQualifiesItsKindOfPlace(t *testing.T) {
	for _, tc := range []struct {
		gap  string
		want int
	}{
		{", a coltan-mining town in ", gapEnclosing},
		{", a meadow near the resort town of ", gapEnclosing},
		{", a small farming village in ", gapEnclosing},
		// not so
		{", a day after raiding ", gapNone},
		{", a rebel stronghold near ", gapNone},
		{" and the mining town of ", gapNone},
	} {
		if got := gapKind(tc.gap); got != tc.want {
			t.Errorf("gapKind(%q) = %d, want %d", tc.gap, got, tc.want)
		}
	}
}

// TestAQuarterNamedBeforeItsCueAndTown: "the Al-Rawdha neighbourhood of
// Marib city": a name the gazetteer lacks before the quarter's cue, and a
// known town after "of", is the quarter, in that town. Not so: a faith's
// or a people's word before the cue names no quarter ("the Shia
// neighbourhood of Baghdad"), nor a side's name ("the Hezbollah
// neighbourhood of Beirut").
func TestAQuarterNamedBeforeItsCueAndTown(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "unknown_quarter_of_a_city", text: "A missile struck the Al-Rawdha neighbourhood of Marib city on Sunday.",
			want: []wantMention{{name: "Al-Rawdha", cue: "neighbourhood", within: "Marib", prec: 2, hasPoint: true, noPlace: true}}},
		{name: "unknown_quarter_of_a_town", text: "Gunmen raided a house in the El Ejidito neighbourhood of Celaya on Monday.",
			want: []wantMention{{name: "El Ejidito", cue: "neighbourhood", within: "Celaya", prec: 2, hasPoint: true, noPlace: true}}},
		// not so
		{name: "a_faiths_word", text: "A car bomb went off in the Shia neighbourhood of Baghdad on Monday.",
			want: []wantMention{{name: "Baghdad", cue: "neighbourhood", country: "IQ"}}, absent: []string{"Shia"}},
		{name: "a_peoples_word", text: "A car bomb went off in the Kurdish neighbourhood of Kirkuk on Monday.",
			want: []wantMention{{name: "Kirkuk", cue: "neighbourhood", country: "IQ"}}, absent: []string{"Kurdish"}},
		{name: "a_sides_word", text: "A drone struck the Hezbollah neighbourhood of Beirut on Monday.",
			want: []wantMention{{name: "Beirut", prep: "of", country: "LB"}}, absent: []string{"Hezbollah"}, named: []string{"Hezbollah"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
