package gazetteer

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestDivisions covers administrative divisions named with a cue word
// other than province or governorate ("Borno state", "the State of
// Mexico", "Gusau Local Government Area", "Northwest province"), and the
// words that look like such cues but name no division, with our own
// sentences.
func TestDivisions(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "lower_case_state_after_the_name", text: "Gunmen raided a village in Borno state on Sunday, Nigerian officials said.",
			want: []wantMention{{name: "Borno", cue: "state", prep: "in", prec: 3, hasPoint: true, country: "NG", feature: "A.ADM1", admin: true}}},
		{name: "capitalised_state_after_the_name", text: "Fighting spread across Kachin State as the army pulled back.",
			want: []wantMention{{name: "Kachin", cue: "state", prec: 3, hasPoint: true, country: "MM", feature: "A.ADM1", admin: true}}},
		{name: "the_state_of_a_country_name", text: "Police found eight bodies in the State of Mexico, near Toluca.",
			want: []wantMention{{name: "Mexico", cue: "state", prep: "in", prec: 3, hasPoint: true, country: "MX", feature: "A.ADM1", admin: true}}},
		{name: "country_name_before_state_of", text: "Soldiers were ambushed in the northern Mexico state of Chihuahua.",
			want: []wantMention{{name: "Chihuahua", cue: "state", prep: "in", prec: 3, hasPoint: true, country: "MX", feature: "A.ADM1", admin: true}}},
		{name: "country_name_before_province_of", text: "Shells fell on villages in the central Yemen province of Taiz on Friday.",
			want: []wantMention{{name: "Taiz", cue: "province", prep: "in", prec: 3, hasPoint: true, country: "YE", feature: "A.ADM1", admin: true},
				{name: "Yemen", cue: "", feature: "A.PCLI"}}},
		{name: "a_word_describing_a_cue_before_of_is_no_place", text: "A bomb went off in the mainly Shi'ite town of Tarmiyah on Monday.",
			want: []wantMention{{name: "Tarmiyah", cue: "town", country: "IQ"}}, absent: []string{"Shi'ite"}},
		{name: "a_describing_word_with_a_typographic_apostrophe_is_no_place", text: "Mortars hit the Shi’a district of Kadhimiya near Tarmiyah.",
			want: []wantMention{{name: "Tarmiyah", prep: "near", country: "IQ"}}, absent: []string{"Shi’a"}},
		{name: "a_village_is_named_after_of_whatever_describes_it", text: "Gunmen raided the Dogon village of Sobane Da in the Mopti region overnight.",
			want: []wantMention{{name: "Sobane Da", cue: "village", within: "Mopti"}, {name: "Mopti", cue: "region", country: "ML"}}, absent: []string{"Dogon"}},
		{name: "a_village_whose_name_opens_on_a_peoples_word_is_named_whole", text: "Gunmen raided the village of Hausa Kofa in Katsina state overnight.",
			want: []wantMention{{name: "Hausa Kofa", cue: "village", within: "Katsina"}, {name: "Katsina", cue: "state", country: "NG"}}},
		{name: "a_peoples_village_is_no_place_named_for_it", text: "Fighters burned a Fulani village near Mopti.",
			want: []wantMention{{name: "Mopti", prep: "near", country: "ML"}}, absent: []string{"Fulani"}},
		{name: "an_area_is_named_before_of_and_the_city_after_it", text: "A bomb hit the Sariab Mill area of Quetta.",
			want: []wantMention{{name: "Sariab Mill", cue: "area", within: "Quetta"}, {name: "Quetta", prep: "of"}}},
		{name: "a_town_so_named_is_no_organisation", text: "Gunmen attacked the town hall in the town of Villa Union in Coahuila state.",
			want: []wantMention{{name: "Villa Union", cue: "town", within: "Coahuila", country: "MX"}}},
		{name: "an_organisation_named_with_union_is_no_place", text: "Monitors of the African Union visited Kidal.",
			want: []wantMention{{name: "Kidal"}}, absent: []string{"African Union"}},
		{name: "an_enclave_is_an_area_named_before_it", text: "Shells hit the rebel-held Wadi Barada enclave near Damascus.",
			want: []wantMention{{name: "Wadi Barada", cue: "area", within: "Damascus"}, {name: "Damascus", prep: "near", country: "SY"}}},
		{name: "a_newspapers_quoted_title_is_no_place", text: "Insurgents raided Mueda district in Cabo Delgado province, according to the newssheet \"Carta de Mocambique\".",
			want: []wantMention{{name: "Cabo Delgado", cue: "province", prep: "in", country: "MZ"}}, absent: []string{"Carta", "Mocambique", "Carta de Mocambique"}},
		{name: "a_division_without_its_kind_vouches_for_its_country", text: "Insurgents attacked the Nangade district of Cabo Delgado province.",
			want: []wantMention{{name: "Cabo Delgado", cue: "province", prep: "of", country: "MZ"}}},
		{name: "region_is_the_division_not_its_seat", text: "Jets bombed a village in the Sagaing region of Myanmar.",
			want: []wantMention{{name: "Sagaing", cue: "region", prec: 3, hasPoint: true, country: "MM", feature: "A.ADM1", admin: true}}},
		{name: "department_of", text: "Drones struck an army base in the Department of Cesar in Colombia.",
			want: []wantMention{{name: "Cesar", cue: "department", prec: 3, hasPoint: true, country: "CO", feature: "A.ADM1", admin: true}}},
		{name: "an_agency_without_its_kind_vouches_for_its_country", text: "Militants ambushed an army convoy in South Waziristan on Wednesday night.",
			want: []wantMention{{name: "South Waziristan", prep: "in", country: "PK", feature: "A.ADM2"}}},
		{name: "local_government_area", text: "Bandits killed nine farmers in Zamfara State's Gusau Local Government Area.",
			want: []wantMention{{name: "Gusau", cue: "lga", within: "Zamfara", prec: 2, hasPoint: true, country: "NG", notAdmin: true},
				{name: "Zamfara", cue: "state", feature: "A.ADM1", admin: true}}},
		{name: "direction_words_name_a_division", text: "Separatists attacked a gendarmerie post in Cameroon's Northwest province.",
			want: []wantMention{{name: "Northwest", cue: "province", prec: 3, hasPoint: true, country: "CM", feature: "A.ADM1", admin: true}}},
		{name: "woreda_the_gazetteer_lacks", text: "A drone hit the town in Qerensa Woreda of Ethiopia's Amhara region.",
			want: []wantMention{{name: "Qerensa", cue: "woreda", within: "Amhara", prec: 3, hasPoint: true, notAdmin: true, noPlace: true},
				{name: "Amhara", cue: "region", country: "ET", feature: "A.ADM1", admin: true}}},
		{name: "demonym_before_a_province_of", text: "Insurgents burned houses in the northern Mozambican province of Cabo Delgado.",
			want:   []wantMention{{name: "Cabo Delgado", cue: "province", prep: "in", country: "MZ", feature: "A.ADM1", admin: true}},
			absent: []string{"Mozambican"}},
		// words like division cues that name none
		{name: "islamic_state_is_no_state", text: "Islamic State fighters shelled Mosul at dawn.",
			want: []wantMention{{name: "Mosul", cue: ""}}, absent: []string{"Islamic", "Islamic State"}},
		{name: "a_department_of_government", text: "The Justice Department said it had charged two men from Kandahar.",
			absent: []string{"Justice"}},
		{name: "possessive_before_state_media", text: "Syria's state news agency reported shelling in Idlib.",
			want: []wantMention{{name: "Syria", cue: "", feature: "A.PCLI"}}},
		{name: "plural_regions_of_a_country", text: "Drought has hit the desert regions of Iraq for years.",
			want: []wantMention{{name: "Iraq", cue: "", feature: "A.PCLI"}}},
		{name: "industrial_zone_of_a_town", text: "A car bomb went off in an industrial zone of Tal Abyad in northern Syria.",
			want: []wantMention{{name: "Tal Abyad", cue: "", country: "SY"}}},
		{name: "territory_of_no_known_name", text: "Securing border territory is vital for Iran and for Syria.",
			absent: []string{"Securing"}},
		{name: "name_before_state_in_a_headline", text: "Nine killed in Sirte Islamic State clashes",
			want: []wantMention{{name: "Sirte", prep: "in", country: "LY"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, g, tc)
		})
	}
}

// TestSecondLevelDivisions covers the districts, LGAs and territories of
// GeoNames' second-level divisions that the default holds, and the other
// spellings of division names ("North Darfur" for Northern Darfur).
func TestSecondLevelDivisions(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "lga_is_the_second_level_division", text: "Bandits raided a village in Gusau Local Government Area of Zamfara.",
			want: []wantMention{{name: "Gusau", cue: "lga", within: "Zamfara", prec: 2, hasPoint: true, country: "NG", feature: "A.ADM2", notAdmin: true}}},
		{name: "district_named_for_its_seat", text: "Maoists ambushed a patrol in Bastar district of Chhattisgarh.",
			want: []wantMention{{name: "Bastar", cue: "district", within: "Chhattisgarh", prec: 2, hasPoint: true, country: "IN", feature: "A.ADM2"}}},
		{name: "country_short_name", text: "Rebels seized two towns in eastern Congo on Monday.",
			want: []wantMention{{name: "Congo", country: "CD", feature: "A.PCLI"}}},
		{name: "north_for_northern", text: "Shelling killed 14 civilians in North Darfur State on Saturday.",
			want: []wantMention{{name: "North Darfur", cue: "state", prec: 3, hasPoint: true, country: "SD", feature: "A.ADM1", admin: true}}},
		{name: "town_of_a_district_by_its_transliteration", text: "Militants attacked the town of Shirqat, south of Mosul.",
			want: []wantMention{{name: "Shirqat", cue: "town", within: "Mosul", country: "IQ", prec: 1, hasPoint: true}}},
		// a district's name told as no district is no place
		{name: "district_name_told_as_no_place", text: "The Bureau said it had counted the strikes in Yemen.",
			absent: []string{"Bureau"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, g, tc)
		})
	}
}

// TestDistanceInAppositionPlacesTheNameBefore: "X, 150 miles west of Y"
// places X by the offset; Y is only its anchor and keeps its own point,
// while "an attack 20 km south of Y" is placed by the offset from Y.
func TestDistanceInAppositionPlacesTheNameBefore(t *testing.T) {
	g := mustDefault(t)
	ms := g.Find(&sitrep.Document{Text: "Militias from Misrata, about 150 miles west of Sirte, joined the fight."})
	for _, m := range ms {
		if m.Name == "Sirte" && m.Relative != "" {
			t.Errorf("Sirte is an anchor here, got offset %q", m.Relative)
		}
	}
	ms = g.Find(&sitrep.Document{Text: "Gunmen attacked a checkpoint 20 km south of Sirte on Sunday."})
	found := false
	for _, m := range ms {
		if m.Name == "Sirte" && m.Relative != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("an act 20 km south of Sirte should carry the offset: %+v", ms)
	}
}

// TestDivisionAnAttackFellOn: a second-level division of the report's
// country told as what an attack fell on ("an attack on Tillia") is a
// place, as it is after "in" or "attacked"; "on" alone, with no word of
// attack before it, is no such sign.
func TestDivisionAnAttackFellOn(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "attack_on_a_department",
			text: "Jihadists killed 22 villagers in an attack on Tillia in Niger on Friday.",
			want: []wantMention{{name: "Tillia", prep: "on", country: "NE"}, {name: "Niger", prep: "in"}}},
		// negative
		{name: "on_with_no_attack",
			text:   "A minister of Niger spoke on Tillia radio on Friday.",
			absent: []string{"Tillia"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
