package gazetteer

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestFindClasses covers the kinds of words Find must not take for places
// and the kinds of places it must not miss or cut, each with a sentence
// written for the test.
func TestFindClasses(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		// acronyms and organisations
		{name: "acronym_is_an_organisation", text: "Officials told SANA and the US envoy that shells fell on Aleppo.",
			want: []wantMention{{name: "Aleppo", prep: "on", prec: 1, hasPoint: true}}, absent: []string{"SANA", "US"}},
		{name: "acronym_before_police", text: "The DIG Police chief visited Quetta on Monday.", absent: []string{"DIG"}},
		{name: "dateline_in_capitals_is_a_place", text: "KIRKUK, Iraq - Gunmen attacked a checkpoint.",
			want: []wantMention{{name: "KIRKUK", prec: 1, hasPoint: true}}},
		{name: "word_inside_an_organisation", text: "Fighters of the Derna Mujahideen Shura Council and the Popular Mobilization Forces met near Benghazi.",
			want: []wantMention{{name: "Benghazi", prep: "near", prec: 2, hasPoint: true}}, absent: []string{"Council", "Popular"}},
		{name: "word_inside_a_media_name", text: "The group's al-Bayan Media Center published photos from Raqqa.", absent: []string{"Center", "Media"}},
		// demonyms
		{name: "demonym_before_a_cue_of", text: "Militants shelled the Iraqi city of Kirkuk at dawn.",
			want: []wantMention{{name: "Kirkuk", cue: "city", prep: "shelled", prec: 1, hasPoint: true}}, absent: []string{"Iraqi"}},
		{name: "demonym_before_a_cue_after", text: "Jets struck a Syrian town near the border.", absent: []string{"Syrian"}},
		// English words
		{name: "sentence_initial_english_words", text: "Over 40 people fled Ramadi. Due to the fighting, schools closed.",
			want: []wantMention{{name: "Ramadi", prep: "", prec: 1, hasPoint: true}}, absent: []string{"Over", "Due"}},
		{name: "english_word_in_a_name", text: "Troops reached the Euphrates River after the Iran-Iraq War memorial was hit.", absent: []string{"River", "War"}},
		{name: "english_word_with_a_place_preposition", text: "Iraqi troops entered Hit in Anbar on Sunday.",
			want: []wantMention{{name: "Hit", prep: "entered", within: "Anbar", prec: 1, hasPoint: true}}},
		{name: "english_word_told_as_place_elsewhere", text: "Iraqi troops pushed into Hit on Sunday. Hit had been held by militants.",
			want: []wantMention{{name: "Hit", prep: "into", prec: 1, hasPoint: true}}},
		{name: "country_spelt_like_an_english_word", text: "Turkey shelled the village of Qizlan near Afrin.",
			want: []wantMention{{name: "Turkey", prec: 3, hasPoint: true}}},
		{name: "home_minister", text: "The Sindh Home Minister spoke in Karachi.", absent: []string{"Home"}},
		// people
		{name: "person_in_apposition", text: "Karim al-Basra, the spokesman for the brigade, said two died in Mosul.",
			want: []wantMention{{name: "Mosul", prep: "in", prec: 1, hasPoint: true}}, absent: []string{"al-Basra", "Basra"}},
		{name: "given_name_then_family_name", text: "Ali Hamdan told reporters in Baghdad the road was open.", absent: []string{"Ali"}},
		// hyphenated adjectives and cues before a name
		{name: "held_adjective", text: "Militias seized the IS-held town of Tal Afar.",
			want: []wantMention{{name: "Tal Afar", cue: "town", prep: "seized", prec: 1, hasPoint: true}}, absent: []string{"IS-held"}},
		{name: "villages_of_a_and_b", text: "Militiamen retook the villages of Zarqal and Hamdiyat west of Kirkuk.",
			want: []wantMention{{name: "Zarqal", cue: "village", within: "Kirkuk", prec: 2, hasPoint: true},
				{name: "Hamdiyat", cue: "village", within: "Kirkuk", prec: 2, hasPoint: true}}},
		{name: "districts_of_multiword_names", text: "Troops cleared the districts of al-Nahda Oula and al-Nahda Thaniya in Mosul.",
			want: []wantMention{{name: "al-Nahda Oula", cue: "district", within: "Mosul", prec: 2, hasPoint: true},
				{name: "al-Nahda Thaniya", cue: "district", within: "Mosul", prec: 2, hasPoint: true}}},
		{name: "as_well_as_list", text: "The neighbourhoods of Zahrat and Qubbat as well as Nurayn in Mosul fell to the army.",
			want: []wantMention{{name: "Zahrat", cue: "neighbourhood", within: "Mosul", prec: 2, hasPoint: true},
				{name: "Qubbat", cue: "neighbourhood", within: "Mosul", prec: 2, hasPoint: true},
				{name: "Nurayn", cue: "neighbourhood", within: "Mosul", prec: 2, hasPoint: true}}},
		{name: "singular_cue_takes_no_list", text: "Guards held the province of Anbar, Haditha Dam guards said.", absent: []string{"Haditha Dam"}},
		// facilities
		{name: "facility_after_name", text: "Barrel bombs fell on Qurays military airport east of Aleppo.",
			want: []wantMention{{name: "Qurays", cue: "airport", within: "Aleppo", prec: 2, hasPoint: true}}},
		{name: "facility_prefix", text: "Gunmen stormed Hotel Zamzam in Mogadishu.",
			want: []wantMention{{name: "Zamzam", cue: "hotel", within: "Mogadishu", prec: 2, hasPoint: true}}},
		{name: "facility_named_for_a_place", text: "Looters emptied the Raqqa Museum.",
			want: []wantMention{{name: "Raqqa", cue: "museum", prec: 2, hasPoint: true}}},
		{name: "area_of_a_city", text: "A bomb hit the Kasi Road area of Quetta.",
			want: []wantMention{{name: "Kasi Road", cue: "area", within: "Quetta", prec: 2, hasPoint: true},
				{name: "Quetta", prep: "of", prec: 1, hasPoint: true}}},
		// parts of cities and whole names
		{name: "district_of_western_city", text: "Soldiers entered the Wadi Hajar district of western Mosul.",
			want: []wantMention{{name: "Wadi Hajar", cue: "district", prep: "entered", within: "Mosul", prec: 2, hasPoint: true}}},
		{name: "old_city_of", text: "Snipers hid in the Old City of Mosul.",
			want: []wantMention{{name: "Old City", cue: "city", within: "Mosul", prec: 2, hasPoint: true}}},
		{name: "possessive_old_city", text: "Shells fell on Aleppo's Old City.",
			want: []wantMention{{name: "Old City", cue: "city", within: "Aleppo", prec: 2, hasPoint: true}}},
		{name: "old_city_of_nowhere", text: "The Old City was quiet.", absent: []string{"Old City"}},
		{name: "a_joiner_standing_alone_as_a_whole_name_is_that_place", text: "Rebels attacked Beni in North Kivu on Sunday.",
			want: []wantMention{{name: "Beni", within: "North Kivu", hasPoint: true}}},
		{name: "a_joiner_starting_a_name_is_no_place_alone", text: "Fighters left Bani Walid on Sunday.", absent: []string{"Bani"}},
		{name: "a_commune_cue_names_a_place_the_gazetteer_lacks", text: "Gunmen killed villagers in Dablo commune on Sunday.",
			want: []wantMention{{name: "Dablo", cue: "district"}}},
		{name: "a_name_ending_in_a_word_like_a_cue_stays_whole", text: "Gunmen attacked a checkpoint in Tel Ward, near Kirkuk.",
			want: []wantMention{{name: "Tel Ward", prep: "in", within: "Kirkuk"}}, absent: []string{"Tel"}},
		{name: "a_list_before_a_plural_cue_spelled_the_american_way", text: "Shells fell on al-Muhafaza and al-Khalediyeh neighborhoods in Aleppo on Sunday.",
			want: []wantMention{{name: "al-Muhafaza", cue: "neighbourhood", prep: "on", within: "Aleppo"}, {name: "al-Khalediyeh", cue: "neighbourhood", prep: "and", within: "Aleppo"}}},
		{name: "a_place_in_the_possessive_of_its_division_is_in_it", text: "Gunmen stormed a mosque in Katsina state's Faskari area on Friday.",
			want: []wantMention{{name: "Faskari", cue: "area", within: "Katsina", hasPoint: true}}},
		{name: "a_place_of_another_division_is_not_put_in_the_possessive_one", text: "Gunmen stormed a mosque in Zamfara state's Faskari area on Friday.",
			want: []wantMention{{name: "Faskari", cue: "area", within: "", hasPoint: true}}},
		{name: "the_city_suburb_of_a_place_is_a_part_of_the_city", text: "Syrian troops stormed the Damascus suburb of Daraya on Saturday.",
			want: []wantMention{{name: "Daraya", prep: "of", within: "Damascus", hasPoint: true}}},
		{name: "a_town_district_of_a_city_is_in_the_city", text: "Militants attacked the Hawija district of Kirkuk on Saturday.",
			want: []wantMention{{name: "Hawija", cue: "district", within: "Kirkuk", hasPoint: true}}},
		{name: "a_name_after_its_cue_keeps_its_title_word", text: "A bomb struck a car in the village of Abu Rasin near Hasakah on Monday.",
			want: []wantMention{{name: "Abu Rasin", cue: "village", prep: "in", within: "Hasakah"}}, absent: []string{"Rasin"}},
		{name: "a_known_word_opening_an_unknown_longer_name_is_not_that_place", text: "Militants stormed a base in Bulo Marer, southwest of Mogadishu, on Thursday.",
			absent: []string{"Bulo"}},
		{name: "a_known_place_before_a_word_no_name_is_made_of_is_found", text: "Gunmen attacked Kirkuk Police headquarters on Thursday.",
			want: []wantMention{{name: "Kirkuk", hasPoint: true}}},
		{name: "grand_mosque_is_a_site_named_whole", text: "Troops took the Grand Mosque in Hit.",
			want: []wantMention{{name: "Grand Mosque", cue: "mosque", within: "Hit", prec: 2, hasPoint: true}}, absent: []string{"Grand"}},
		{name: "city_as_part_of_a_name", text: "A car bomb exploded in Zahra City in Baghdad.",
			want: []wantMention{{name: "Zahra City", cue: "city", within: "Baghdad", prec: 2, hasPoint: true}}},
		{name: "name_prefix_keeps_the_whole_name", text: "Clashes raged around Tal al_Zarub and Deir Qanun.",
			want: []wantMention{{name: "Tal al_Zarub", prep: "around"}, {name: "Deir Qanun", prep: "and"}}, absent: []string{"Tal", "Deir"}},
		{name: "cue_after_an_unknown_two_word_name", text: "Fighters overran Albu Hardan village.",
			want: []wantMention{{name: "Albu Hardan", cue: "village"}}},
		{name: "title_before_a_cued_province", text: "Captain Salim al-Dulaimi of Anbar province police said.",
			want: []wantMention{{name: "Anbar", cue: "province", prec: 3, hasPoint: true}}, absent: []string{"Salim al-Dulaimi of Anbar"}},
		{name: "word_beside_an_unknown_capitalised_word", text: "Three suspected Boko Haram fighters died near Maiduguri.",
			want: []wantMention{{name: "Maiduguri", prep: "near", prec: 2, hasPoint: true}}, absent: []string{"Boko"}},
		{name: "surname_of_a_reporter", text: "The video by Nicole Johnston shows a street in Erbil.", absent: []string{"Johnston", "Nicole"}},
		{name: "newspaper_name", text: "The Toronto Star said fighting went on in Aden.", absent: []string{"Toronto"}},
		{name: "weekday_abbreviation", text: "Posted Fri Oct 21 from Kirkuk.", absent: []string{"Fri"}},
		{name: "title_case_headline_takes_no_city_cue", text: "ISIS Militants Attack Northern City of Kirkuk in Iraq",
			want: []wantMention{{name: "Kirkuk", cue: "city", prec: 1, hasPoint: true}}, absent: []string{"ISIS Militants Attack Northern City", "Northern City"}},
		{name: "direction_adjective_before_a_cue_of", text: "Jets struck the ISIL-held Northeastern city of Raqqa.",
			want: []wantMention{{name: "Raqqa", cue: "city", prep: "struck", prec: 1, hasPoint: true}}, absent: []string{"Northeastern", "ISIL-held"}},
		{name: "locale_code_in_a_url", text: "js.src = //connect.example.net/en_US/sdk.js", absent: []string{"en_US"}},
		{name: "gate_name_taken_whole", text: "Shells hit the Bab Sinjar area.", want: []wantMention{{name: "Bab Sinjar", cue: "area"}}},
		{name: "city_part_placed_nowhere_is_in_the_main_city", text: "Troops fought in Mosul on Monday. They freed the neighbourhoods of Zuhur Oula and Zuhur Thaniya. Mosul residents cheered.",
			want: []wantMention{{name: "Zuhur Oula", cue: "neighbourhood", within: "Mosul", prec: 2, hasPoint: true}}},
		{name: "facility_placed_nowhere_is_at_the_main_locality", text: "Fighting went on in Kirkuk. Gunmen held the Qadisiya Hotel for hours before Kirkuk police retook it.",
			want: []wantMention{{name: "Qadisiya", cue: "hotel", within: "Kirkuk", prec: 2, hasPoint: true}}},
		{name: "namesake_far_from_the_enclosing_place", text: "Taliban fighters attacked a post in Mosul district in Kandahar.",
			want: []wantMention{{name: "Mosul", cue: "district", within: "Kandahar", prec: 2, hasPoint: true}}},
		{name: "unknown_name_in_a_list_inside_a_place", text: "Jets targeted Qarrah and Dulayb in the northern countryside of Raqqa.",
			want: []wantMention{{name: "Dulayb", prep: "and", within: "Raqqa", prec: 2, hasPoint: true}}},
		{name: "unknown_name_after_in_with_an_offset", text: "Jets struck two targets near Mosul and one in Zawiyat, north of Mosul.",
			want: []wantMention{{name: "Zawiyat", prep: "in", within: "Mosul", prec: 2, hasPoint: true}}},
		{name: "unknown_name_placed_nowhere_is_no_mention", text: "Jets struck a target in Zawiyat on Friday.", absent: []string{"Zawiyat"}},
		{name: "article_name_after_a_place_preposition", text: "Regime tanks shelled rebel positions in al-Khaldia, north of Homs.",
			want: []wantMention{{name: "al-Khaldia", prep: "in", within: "Homs", prec: 2, hasPoint: true, noPlace: true}}},
		{name: "article_name_placed_nowhere_stays_a_mention", text: "Snipers fired at families in ad-Dablan on Sunday.",
			want: []wantMention{{name: "ad-Dablan", prep: "in", noPlace: true}}},
		{name: "article_name_with_a_loose_lookalike_abroad", text: "Rebel brigades attacked army posts in al-Khaldia overnight.",
			want: []wantMention{{name: "al-Khaldia", prep: "in", noPlace: true}}},
		{name: "article_organisation_is_no_place", text: "Two men who had fought in al-Qaeda were detained near Homs.", named: []string{"al-Qaeda"},
			want: []wantMention{{name: "Homs", prep: "near", prec: 2, hasPoint: true}}, absent: []string{"al-Qaeda", "Qaeda"}},
		{name: "name_prefix_before_a_known_word_abroad", text: "Jets pounded Aleppo on Monday. The warplanes raided Kafar Naha at dawn.",
			want: []wantMention{{name: "Kafar Naha", noPlace: true}}, absent: []string{"Naha"}},
		{name: "known_word_beside_an_unknown_name_abroad", text: "Jets pounded Aleppo on Monday. The warplanes raided Bawwa Naha at dawn.",
			want: []wantMention{{name: "Aleppo", country: "SY"}}, absent: []string{"Naha"}},
		// short texts with no clear country
		{name: "famous_place_by_its_other_name_beats_a_small_namesake", text: "Artillery duels went on in the countryside of Palmyra.",
			want: []wantMention{{name: "Palmyra", cue: "countryside", country: "SY"}}},
		{name: "loose_lookalike_abroad_with_no_focus", text: "Rebels overran Menagh village overnight.",
			want: []wantMention{{name: "Menagh", cue: "village", noPlace: true}}},
		{name: "bracketed_other_name_is_no_separate_place", text: "Troops stalled outside Ras al-Ayn (Sari Kani) city.",
			want: []wantMention{{name: "Ras al-Ayn", cue: "city", country: "SY"}}, absent: []string{"Kani", "Sari Kani", "Sari"}},
		{name: "bracketed_same_place_may_stay", text: "Shells fell in Aleppo (Halab) city at noon.",
			want: []wantMention{{name: "Aleppo", cue: "city", country: "SY"}}},
		{name: "loose_match_in_focus_listed_with_a_focus_place", text: "Mortars hit Harasta and Arbin on Friday.",
			want: []wantMention{{name: "Harasta", country: "SY"}, {name: "Arbin", prep: "and", country: "SY"}}},
		{name: "known_smaller_place_in_a_possessive_is_inside", text: "Police cleared villages in Kirkuk's Hawija district.",
			want: []wantMention{{name: "Hawija", cue: "district", within: "Kirkuk"}}},
		{name: "a_side_the_caller_knows_is_no_village_abroad", text: "Overnight the Taliban attacked a checkpoint.", named: []string{"Taliban"},
			absent: []string{"Taliban"}},
		{name: "news_agency_and_demonym_are_no_places", text: "Tass said Thai soldiers were not hurt in Narathiwat.",
			absent: []string{"Tass", "Thai"}},
		{name: "line_break_ends_a_name", text: "Fighting in Idlib\nAleppo province was calm.",
			want: []wantMention{{name: "Idlib", prep: "in", prec: 1, hasPoint: true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, g, tc)
		})
	}
}

// checkFind runs Find on a case's text and checks its mentions.
func checkFind(t *testing.T, g *Gazetteer, tc findCase) {
	t.Helper()
	var ctx Context
	if tc.named != nil {
		ctx.Named = func(n string) bool {
			for _, x := range tc.named {
				if strings.EqualFold(x, n) {
					return true
				}
			}
			return false
		}
	}
	ms := g.FindIn(&sitrep.Document{ID: "t", Text: tc.text}, ctx)
	byName := map[string]Mention{}
	for _, m := range ms {
		if tc.text[m.Span.Start:m.Span.End] != m.Name {
			t.Errorf("span %v reads %q, name %q", m.Span, tc.text[m.Span.Start:m.Span.End], m.Name)
		}
		if !m.Full.Contains(m.Span) {
			t.Errorf("full span %v does not contain %v", m.Full, m.Span)
		}
		if _, ok := byName[m.Name]; !ok {
			byName[m.Name] = m
		}
	}
	for _, w := range tc.want {
		m, ok := byName[w.name]
		if !ok {
			t.Errorf("no mention %q in %q", w.name, names(ms))
			continue
		}
		if m.Cue != w.cue || w.prep != "" && m.Prep != w.prep || m.Within != w.within {
			t.Errorf("%q: cue %q prep %q within %q, want %q %q %q", w.name, m.Cue, m.Prep, m.Within, w.cue, w.prep, w.within)
		}
		if w.prec != 0 && (m.Location.HasPoint() != w.hasPoint || m.Location.Precision != w.prec) {
			t.Errorf("%q: point %v precision %d, want %v %d", w.name, m.Location.HasPoint(), m.Location.Precision, w.hasPoint, w.prec)
		}
		if w.country != "" && (m.Place == nil || m.Place.Country != w.country) {
			got := "no place"
			if m.Place != nil {
				got = m.Place.Name + ", " + m.Place.Country
			}
			t.Errorf("%q: resolved to %s, want a place in %s", w.name, got, w.country)
		}
		if w.feature != "" && (m.Place == nil || m.Place.Feature != w.feature) {
			got := "no place"
			if m.Place != nil {
				got = m.Place.Name + " " + m.Place.Feature
			}
			t.Errorf("%q: resolved to %s, want a %s", w.name, got, w.feature)
		}
		if w.group && !m.Group || w.notGroup && m.Group {
			t.Errorf("%q: Group %v", w.name, m.Group)
		}
		if w.admin && !m.Admin || w.notAdmin && m.Admin {
			t.Errorf("%q: Admin %v", w.name, m.Admin)
		}
		if w.noPlace && m.Place != nil {
			t.Errorf("%q: resolved to %s, %s, want no gazetteer place", w.name, m.Place.Name, m.Place.Country)
		}
		if m.Score <= 0 || m.Score > 1 {
			t.Errorf("%q: score %.2f out of (0,1]", w.name, m.Score)
		}
	}
	for _, a := range tc.absent {
		if _, ok := byName[a]; ok {
			t.Errorf("%q should not be a place mention (%q)", a, names(ms))
		}
	}
}

// TestFacilityNamedForPlaceWithQualifier checks that a facility whose
// capitalised name puts a word of its kind between the place and its cue
// ("Kirkuk Power Plant", "Basra International Airport") is placed at the
// place it is named for, and that a name made only of such words stays a
// name of its own.
func TestFacilityNamedForPlaceWithQualifier(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "power_plant_named_for_a_city", text: "Gunmen stormed the Kirkuk Power Plant in northern Iraq before dawn.",
			want: []wantMention{{name: "Kirkuk", cue: "plant", prec: 2, hasPoint: true, country: "IQ"}}, absent: []string{"Kirkuk Power"}},
		{name: "international_airport_named_for_a_city", text: "Rockets landed near Basra International Airport in Iraq overnight.",
			want: []wantMention{{name: "Basra", cue: "airport", prec: 2, hasPoint: true, country: "IQ"}}, absent: []string{"Basra International"}},
		{name: "qualifier_alone_is_no_place", text: "Rebels attacked the Central Prison in Goma at night.",
			want: []wantMention{{name: "Goma", prep: "in", country: "CD"}}, absent: []string{"Central"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestTownInASecondLevelDivision checks that "Town, Province province",
// where the province is a second-level division and the towns have no
// second-level code (the Philippines), places the town in the province
// instead of listing two places, as a first-level division does.
func TestTownInASecondLevelDivision(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "town_then_its_province", text: "Rebels ambushed a patrol in the town of Las Navas, Northern Samar province, on Sunday.",
			want: []wantMention{{name: "Las Navas", cue: "town", prep: "in", within: "Northern Samar", country: "PH"}}},
		{name: "first_level_division_still_holds_by_its_code", text: "Rebels ambushed a patrol in the town of Hit, Anbar province, on Sunday.",
			want: []wantMention{{name: "Hit", cue: "town", prep: "in", within: "Anbar", country: "IQ"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestPortugueseJoinersInNames checks that the linking words of
// Portuguese, Italian and French place names ("Mocimboa da Praia", "Rio
// dos Bois") keep a name whole, and that such a word before a lower-case
// word joins nothing ("in Pemba do not").
func TestPortugueseJoinersInNames(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "da_inside_a_name", text: "Insurgents raided villages in the Mocimboa da Praia district of Cabo Delgado on Friday.",
			want: []wantMention{{name: "Mocimboa da Praia", cue: "district", within: "Cabo Delgado", country: "MZ"}}, absent: []string{"Praia", "Mocimboa"}},
		{name: "negative_do_before_a_lower_case_word", text: "Officials in Pemba do not expect more attacks in Cabo Delgado.",
			want: []wantMention{{name: "Pemba", prep: "in", country: "MZ"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestNameAfterCapital checks that a city named after "the capital" or
// "the X-ian capital" takes the preposition before them ("in the Omani
// capital Muscat" is in Muscat), as "in the city of X" does; a city told
// as the capital of another country is still found.
func TestNameAfterCapital(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "demonym_capital_name", text: "A bomb exploded at a mosque in the Omani capital Muscat on Monday.",
			want: []wantMention{{name: "Muscat", prep: "in", country: "OM"}}},
		{name: "the_capital_name", text: "A bomb exploded in the capital Muscat on Monday.",
			want: []wantMention{{name: "Muscat", prep: "in", country: "OM"}}},
		{name: "plain_preposition_still", text: "A bomb exploded in Muscat on Monday.",
			want: []wantMention{{name: "Muscat", prep: "in", country: "OM"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestOwnNameVotesForItsCountry: a name that is one place's own name and
// only another name of a place abroad of about its size tells the
// report's country ("Kashmir", the region, against Cashmere, a US town
// that also goes by it), so a loose look-alike of a small village abroad
// does not become the focus. A place going by the name that is much
// larger than those it is the own name of still keeps it from voting
// ("Sousa": Sousse, not the Brazilian town).
func TestOwnNameVotesForItsCountry(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "region_own_name_against_a_town_other_name", text: "Gunmen killed two villagers in Kanigam in Kashmir on Monday.",
			want: []wantMention{{name: "Kashmir", prep: "in", country: "IN"}, {name: "Kanigam", prep: "in", within: "Kashmir", noPlace: true}}},
		// negative
		{name: "much_larger_place_by_another_name", text: "Shells fell on the village of Kanigam near Sousa on Monday.",
			want: []wantMention{{name: "Sousa", prep: "near", country: "TN"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestBareDirectionWordBeforeAName: "in south Kashmir" is told with "in"
// as "in southern Kashmir" is: the bare direction word is an adjective of
// the name, so the name is told as a place and votes for its country. A
// direction with "of" after it is still an offset ("50 km south of
// Kirkuk").
func TestBareDirectionWordBeforeAName(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "in_south_kashmir", text: "Troops killed three militants in the village of Kanigam in south Kashmir on Monday.",
			want: []wantMention{{name: "Kashmir", prep: "in", country: "IN"}, {name: "Kanigam", cue: "village", prep: "in", within: "Kashmir", noPlace: true}}},
		// negative
		{name: "direction_of_is_an_offset", text: "Rebels attacked a post 50 km south of Kirkuk on Monday.",
			want: []wantMention{{name: "Kirkuk", prep: "south of", country: "IQ"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestDivisionCueReadsTheDivision: a name told with a division's cue is
// the division named so without the word of its kind ("Samar province":
// the Province of Samar, Philippines), not a city that only goes by the
// name (Samara, Russia), and that division tells the report's country.
// With no cue, or the name of the other place's own division, the other
// reading stays.
func TestDivisionCueReadsTheDivision(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "province_of_the_name", text: "Rebels ambushed an army patrol in Samar province on Saturday.",
			want: []wantMention{{name: "Samar", cue: "province", prep: "in", country: "PH"}}},
		// negatives
		{name: "the_city_own_name_with_a_cue", text: "Police detained two men in Samara region on Saturday.",
			want: []wantMention{{name: "Samara", cue: "region", prep: "in", country: "RU"}}},
		{name: "no_cue", text: "A drone struck an oil depot in Samara on Saturday.",
			want: []wantMention{{name: "Samara", prep: "in", country: "RU"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestPlaceHoldingACuedPlaceVotes: the name after "<name> district of"
// holds a place the report tells ("Shopian district of south Kashmir"),
// so it is told as a place and votes for its country, as one after "in"
// does: a loose look-alike of a small village abroad told later in the
// report does not take the report there. The division so told that then
// is of the report's country is still the one holding the place ("the
// Mir Ali area of North Waziristan"), and a bare "of" with no cued place
// before it gives no such vote.
func TestPlaceHoldingACuedPlaceVotes(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "district_of_south_kashmir", text: "Troops killed three militants in Shopian district of south Kashmir on Monday. The gunfight began after troops cordoned off the village of Kanigam.",
			want: []wantMention{{name: "Shopian", cue: "district", prep: "in", country: "IN"}}},
		{name: "area_of_a_district_of_the_focus", text: "A drone strike killed four militants in the Mir Ali area of North Waziristan on Friday.",
			want: []wantMention{{name: "Mir Ali", cue: "area", within: "North Waziristan"}, {name: "North Waziristan", prep: "of", country: "PK", feature: "A.ADM2"}}},
		// negative
		{name: "of_with_no_cued_place", text: "Rebels shot dead a chief of Kanigam on Monday.", absent: []string{"Kanigam"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestTownshipOfADivision: "Kani township of Sagaing region" is the
// township Kani in the Sagaing Region: when the name after "<cue> of" is
// itself told with a division's cue, it holds the name before, not the
// reverse ("the Darfur town of Kutum", where the later name is the
// town).
func TestTownshipOfADivision(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "township_of_a_region", text: "An airstrike killed 17 villagers in Kani township of Sagaing region on Tuesday.",
			want: []wantMention{{name: "Kani", cue: "town", prep: "in", within: "Sagaing"}, {name: "Sagaing", cue: "region", country: "MM"}}},
		// negative
		{name: "region_town_of_a_name", text: "Gunmen attacked the Darfur town of Kutum on Tuesday.",
			want: []wantMention{{name: "Kutum", cue: "town", within: "Darfur", country: "SD"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestOblastAbroadBeforeDistrictAtHome checks that a region told with a
// first-level division's cue is that division abroad ("the Donetsk
// region", Ukraine's oblast) when the report's country comes only from its
// sides ("Russian forces") and that country has only a second-level
// division of the name (a district of Rostov); a place the report names
// in that country keeps it there.
func TestOblastAbroadBeforeDistrictAtHome(t *testing.T) {
	g := mustDefault(t)
	ru := map[string]float64{"RU": 2}
	for _, tc := range []struct {
		name, text, want string
		hints            map[string]float64
	}{
		{"region_abroad_named_by_sides_only", "Russian forces shelled the Donetsk region on Sunday.", "UA", ru},
		{"negative_named_place_of_the_country", "Police in the Rostov region said drones struck Kamensk-Shakhtinsky on Sunday.", "RU", ru},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.FindIn(&sitrep.Document{ID: "t", Text: tc.text}, Context{Hints: tc.hints})
			if len(ms) == 0 || ms[0].Place == nil || ms[0].Place.Country != tc.want {
				t.Errorf("%q: first mention %+v, want a place in %s", tc.text, ms, tc.want)
			}
		})
	}
}

// TestObjectOfTakingIsAPlace checks that a name the gazetteer lacks is a
// place when it is the object of entering a place or of taking control
// of it ("fighters entered X", "took full control of X"), in a report
// placed in a country; "lost control of X" is no capture, and an
// institution entered is no place.
func TestObjectOfTakingIsAPlace(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "entered_an_unknown_village", text: "In eastern Congo, rebel fighters entered Bwizanga on Friday.",
			want: []wantMention{{name: "Bwizanga", prep: "entered", noPlace: true}}},
		{name: "took_control_of_an_unknown_town", text: "Jihadists in Mali took control of Dioungani on Sunday.",
			want: []wantMention{{name: "Dioungani", prep: "captured", noPlace: true}}},
		{name: "took_full_control_of_a_known_town", text: "Insurgents took full control of Mocimboa da Praia in Mozambique on Tuesday.",
			want: []wantMention{{name: "Mocimboa da Praia", prep: "captured"}}},
		{name: "negative_lost_control_is_no_capture", text: "Jihadists in Mali lost control of Dioungani on Sunday.",
			absent: []string{"Dioungani"}},
		{name: "negative_the_chamber_entered_is_no_place", text: "In Kenya, the minister entered Parliament on Monday.",
			absent: []string{"Parliament"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestPlaceOnARoad checks that a name the gazetteer lacks, told "near"
// or "at" right beside a road's name ("the Kano-Katsina highway near X",
// "at X along the Kano-Katsina road"), lies on that road and takes its
// point; a name set apart from the road by other words does not.
func TestPlaceOnARoad(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "near_after_the_highway", text: "Bandits struck travellers on the Kano-Katsina highway near Tudun Mazadu in Nigeria on Thursday.",
			want: []wantMention{{name: "Tudun Mazadu", prep: "near", within: "Kano-Katsina", prec: 2, hasPoint: true, noPlace: true}}},
		{name: "at_before_along_the_road", text: "Gunmen killed four traders at Kwanar Gyado along the Kaduna-Kachia road in Nigeria on Friday.",
			want: []wantMention{{name: "Kwanar Gyado", prep: "at", within: "Kaduna-Kachia", prec: 2, hasPoint: true, noPlace: true}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
	for _, tc := range []struct{ name, text, place string }{
		{"negative_set_apart_from_the_road", "Gunmen killed a farmer near Kwanar Gyado in Kaduna State, Nigeria, far from the Kaduna-Kachia road.", "Kwanar Gyado"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range g.Find(&sitrep.Document{ID: "t", Text: tc.text}) {
				if m.Name == tc.place && m.Within == "Kaduna-Kachia" {
					t.Errorf("%s is put on the road", m.Name)
				}
			}
		})
	}
}

// TestForestCue checks that "forest" after a name tells a place (the
// hideouts of Nigeria's armed groups are named so: "Falgore forest"),
// placed in the division told with it; a forest the gazetteer holds by
// its whole name ("Sambisa forest", "Kamuku Forest") is that forest; a
// forest told unnamed near a town leaves the town the place.
func TestForestCue(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "unknown_forest", text: "Troops cleared insurgent camps in Falgore forest, Kano State, Nigeria.",
			want: []wantMention{{name: "Falgore", cue: "forest", prep: "in", within: "Kano"}}},
		{name: "known_forest", text: "Troops cleared insurgent camps in Sambisa forest, Borno State, Nigeria.",
			want: []wantMention{{name: "Sambisa forest", prep: "in", country: "NG", feature: "L.AREA", prec: 2, hasPoint: true}}},
		{name: "forest_in_a_state", text: "Bandits fled into Kamuku Forest in Kaduna State, Nigeria.",
			want: []wantMention{{name: "Kamuku Forest", prep: "into", country: "NG", feature: "L.AREA"}}},
		{name: "negative_an_unnamed_forest_near_a_town", text: "Bandits hid in a forest near Birnin Gwari in Kaduna State, Nigeria.",
			want: []wantMention{{name: "Birnin Gwari", prep: "near", within: "Kaduna"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestThingsThatStandSomewhere checks that a name the gazetteer lacks,
// told after "in" behind a vehicle, a shop or an office ("a bus in X",
// "a police vehicle in X"), is a place in a report placed in a country;
// with no country known it is not taken on that alone.
func TestThingsThatStandSomewhere(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "a_bus_in", text: "Gunmen torched a bus in Tanjaro on Monday, police in Nigeria said.",
			want: []wantMention{{name: "Tanjaro", prep: "in", noPlace: true}}},
		{name: "a_police_vehicle_in", text: "Maoists blew up a police vehicle in Tumnar on Monday, police in India said.",
			want: []wantMention{{name: "Tumnar", prep: "in", noPlace: true}}},
		{name: "negative_no_country_known", text: "Gunmen torched a bus in Tanjaro on Monday.",
			absent: []string{"Tanjaro"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestAPrepositionOpeningTheSentenceIsNoPartOfTheName: "In Goma, …" and
// "At Gao, …" name Goma and Gao; the preposition is capitalised only
// because it opens the sentence. Negatives: a name so written whole ("In
// Salah") keeps its first word, and the preposition mid-sentence is as
// before.
func TestAPrepositionOpeningTheSentenceIsNoPartOfTheName(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "in_goma", text: "In Goma, gunmen killed eight villagers on Monday.",
			want: []wantMention{{name: "Goma", country: "CD"}}},
		{name: "at_gao", text: "At Gao, a bomb hit a bus on Monday.",
			want: []wantMention{{name: "Gao", country: "ML"}}},
		// negatives
		{name: "in_salah_is_a_name", text: "In Salah was quiet on Monday, residents said.",
			want: []wantMention{{name: "In Salah", country: "DZ"}}},
		{name: "mid_sentence", text: "Gunmen killed eight villagers in Goma on Monday.",
			want: []wantMention{{name: "Goma", prep: "in", country: "CD"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
