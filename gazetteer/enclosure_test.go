package gazetteer

import (
	"math"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestDivisionsTellTheirPlaces covers names the report puts in a division:
// a division read by the word of its kind tells its country as a country's
// name does ("Province du Yagha" is Yagha province), a village of that name
// abroad is a namesake, and a spelling of a division after a common English
// word ("Lower", "Middle") is that division, not a place named "Lower".
// Sentences written for the test.
func TestDivisionsTellTheirPlaces(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "village_in_a_province_abroad_is_no_namesake",
			text: "Gunmen killed fifteen people in the village of Solhan in Yagha province on Sunday.",
			want: []wantMention{{name: "Solhan", cue: "village", within: "Yagha", prec: 2, hasPoint: true},
				{name: "Yagha", cue: "province", country: "BF"}}},
		{name: "french_division_name_is_its_own",
			text: "Soldiers were ambushed in Tapoa province on Monday.",
			want: []wantMention{{name: "Tapoa", cue: "province", country: "BF"}}},
		{name: "spelling_after_a_common_word",
			text: "Al-Shabaab fighters attacked an army base in Lower Shabelle on Monday.",
			want: []wantMention{{name: "Lower Shabelle", prep: "in", prec: 3, hasPoint: true, country: "SO"}}},
		{name: "another_spelling_after_a_common_word",
			text: "Troops retook two villages in Middle Shabelle on Monday.",
			want: []wantMention{{name: "Middle Shabelle", prep: "in", prec: 3, hasPoint: true, country: "SO"}}},
		// negatives
		{name: "village_without_a_division_keeps_its_reading",
			text: "Gunmen killed fifteen people in the village of Solhan on Sunday.",
			want: []wantMention{{name: "Solhan", cue: "village", country: "TR"}}},
		{name: "town_in_its_own_province",
			text: "Militants attacked a checkpoint in Djibo in Soum province on Monday.",
			want: []wantMention{{name: "Djibo", within: "Soum", prec: 1, hasPoint: true, country: "BF"}}},
		{name: "common_word_alone_is_no_place",
			text: "The lower house passed the bill on Monday.", absent: []string{"lower"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestPlaceStruckAtIsTold covers the object of a verb of assault ("gunmen
// stormed Solhan"): in a report on a country, a name whose only places are
// small ones abroad is a place of that country the gazetteer lacks, as it
// is after "in"; with no country told, the reading abroad stands, and a
// side's name after the verb is no place. Sentences written for the test.
func TestPlaceStruckAtIsTold(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "stormed_a_place_the_gazetteer_lacks",
			text: "Gunmen stormed Solhan on Friday night, killing thirty people, the government of Burkina Faso said.",
			want: []wantMention{{name: "Solhan", prep: "stormed", noPlace: true}}},
		{name: "attacked_a_place_the_gazetteer_lacks",
			text: "Gunmen attacked Solhan on Friday night, killing thirty people, the government of Burkina Faso said.",
			want: []wantMention{{name: "Solhan", prep: "attacked", noPlace: true}}},
		// negatives
		{name: "no_country_told_keeps_the_reading",
			text: "Gunmen stormed Solhan on Friday night, killing thirty people.",
			want: []wantMention{{name: "Solhan", country: "TR"}}},
		{name: "a_known_town_stays",
			text: "Russian troops attacked Kharkiv on Friday, the government of Ukraine said.",
			want: []wantMention{{name: "Kharkiv", prep: "attacked", country: "UA"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestNumberWordsAreNoPlaces: a number word that opens a sentence before a
// place noun counts the places ("Forty villages were freed"); it names
// none, whatever a gazetteer entry is called. A place after it is found.
func TestNumberWordsAreNoPlaces(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "count_of_villages", text: "Forty villages were freed from the militants in Borno state on Monday.",
			absent: []string{"Forty"}, want: []wantMention{{name: "Borno", cue: "state", country: "NG"}}},
		{name: "count_of_towns", text: "Twelve towns in Borno state were cut off by the floods.",
			absent: []string{"Twelve"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestCueOfAnotherKindTellsNoCountry: a division read only by a name its
// cue does not confirm ("the Catatumbo region" matching a Venezuelan
// municipio) does not outvote the country the report's sides tell; one
// its cue confirms by the division's own word ("Province du Yagha") does
// vote as strongly as a country's name (TestDivisionsTellTheirPlaces).
func TestCueOfAnotherKindTellsNoCountry(t *testing.T) {
	g := mustDefault(t)
	ms := g.FindIn(&sitrep.Document{ID: "t", Text: "Clashes between the ELN and FARC dissidents in the Catatumbo region have killed 80 people, officials said."}, Context{Hints: map[string]float64{"CO": 1}})
	for _, m := range ms {
		if m.Name == "Catatumbo" && m.Place != nil && m.Place.Country != "CO" {
			t.Errorf("Catatumbo region in a report on Colombia: %s, %s", m.Place.Name, m.Place.Country)
		}
	}
}

// TestSettlementCueAfterAPlace covers "the Darfur town of Kutum" and "the
// Damascus suburb of Daraya": the settlement's cue before "of" is the
// later name's, and the known place before the cue is the one that holds
// it, not a town or suburb of that name (a small Damascus abroad). "the
// Kasi Road area of Quetta" keeps its reading: the part before, the whole
// after.
func TestSettlementCueAfterAPlace(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "region_town_of_a_known_town", text: "Warplanes bombed a market in the Darfur town of Kutum on Monday.",
			want: []wantMention{{name: "Kutum", cue: "town", within: "Darfur", country: "SD"}, {name: "Darfur", country: "SD"}}},
		{name: "region_town_of_an_unknown_town", text: "Warplanes bombed a market in the Darfur town of Kelbarota on Monday.",
			want: []wantMention{{name: "Kelbarota", cue: "town", within: "Darfur", prec: 3, hasPoint: true}}},
		{name: "city_suburb_with_no_country_told", text: "Warplanes bombed a market in the Damascus suburb of Daraya on Monday.",
			want: []wantMention{{name: "Damascus", country: "SY"}}},
		{name: "area_of_a_city", text: "A bomb exploded in the Kasi Road area of Quetta on Monday.",
			want: []wantMention{{name: "Quetta", country: "PK"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestDivisionBeforeASettlementCue covers "the Donetsk region town of
// Kostiantynivka": a division told with its own cue between "the" and a
// settlement's cue holds the settlement, and the role word before "the"
// is the settlement's ("in"). A division told alone keeps its reading, and
// so does "the Darfur town of Kutum" (no cue of its own).
func TestDivisionBeforeASettlementCue(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "oblast_town_of", text: "Shelling hit a market in the Donetsk region town of Kostiantynivka in eastern Ukraine on Monday.",
			want: []wantMention{{name: "Kostiantynivka", cue: "town", prep: "in", within: "Donetsk", prec: 1, hasPoint: true, country: "UA"},
				{name: "Donetsk", cue: "region", prep: "in", country: "UA"}}},
		{name: "oblast_village_of", text: "A drone hit a house in the Kherson region village of Bilozerka, Ukrainian officials said.",
			want: []wantMention{{name: "Bilozerka", cue: "village", prep: "in", within: "Kherson", prec: 1, hasPoint: true, country: "UA"}}},
		{name: "ethiopian_region_town_of", text: "A drone strike hit a bus station in the Amhara region town of Finote Selam on Sunday.",
			want: []wantMention{{name: "Finote Selam", cue: "town", prep: "in", within: "Amhara", prec: 1, hasPoint: true, country: "ET"}}},
		{name: "division_alone_is_unchanged", text: "Shelling hit a market in the Donetsk region of eastern Ukraine on Monday.",
			want: []wantMention{{name: "Donetsk", cue: "region", prep: "in", country: "UA"}}},
		{name: "region_without_its_cue_is_unchanged", text: "Warplanes bombed a market in the Darfur town of Kutum on Monday.",
			want: []wantMention{{name: "Kutum", cue: "town", prep: "of", within: "Darfur", country: "SD"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestCountryNameWithADivisionCue: "Niger state" names a division, so it
// is no vote for the country Niger: with nothing else to place the report
// it is Nigeria's Niger State, and a village in it is Nigerian. "Niger"
// alone is still the country.
func TestCountryNameWithADivisionCue(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "state_alone", text: "Bandits killed nine farmers in Niger state on Thursday.",
			want: []wantMention{{name: "Niger", cue: "state", prep: "in", country: "NG", admin: true}}},
		{name: "village_in_the_state", text: "Bandits abducted 40 people from the village of Kuchi in Niger state on Thursday.",
			want: []wantMention{{name: "Niger", cue: "state", country: "NG"}}},
		{name: "the_country_alone", text: "Jihadists killed nine soldiers in Niger on Thursday.",
			want: []wantMention{{name: "Niger", prep: "in", country: "NE"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestRussianRepublicsByTheirShortNames: reports name Russia's republics
// as "Tatarstan", "Bashkortostan", "Ingushetia" (GeoNames: "Tatarstan
// Republic", ...).
func TestRussianRepublicsByTheirShortNames(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "tatarstan", text: "Drones hit a plant in Russia's Tatarstan region on Sunday.",
			want: []wantMention{{name: "Tatarstan", cue: "region", country: "RU", admin: true}}},
		{name: "ingushetia", text: "Gunmen fired on a police post in Ingushetia on Sunday.",
			want: []wantMention{{name: "Ingushetia", country: "RU", admin: true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestRoadNamedForTheTownsItJoins: "on the Damasak-Maiduguri highway", a
// road the gazetteer lacks named for two towns it knows in one country,
// is placed near the first, at precision 2. A road named for towns of two
// countries, or for names it does not know, gets no point.
func TestRoadNamedForTheTownsItJoins(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, text, mention, country string
		lat                          float64 // the first town's, when placed
	}{
		{"highway_between_two_towns", "A bomb hit an army truck on the Damasak-Maiduguri highway on Monday.", "Damasak-Maiduguri", "NG", 13.1},
		{"road_between_two_towns", "A roadside bomb hit a convoy on the Mogadishu-Afgoye road on Monday.", "Mogadishu-Afgoye", "SO", 2.04},
		{"road_between_two_countries", "A roadside bomb hit a convoy on the Maiduguri-Mogadishu road on Monday.", "Maiduguri-Mogadishu", "", 0},
		{"road_of_unknown_names", "A roadside bomb hit a convoy on the Kolbarix-Zinderix road on Monday.", "Kolbarix-Zinderix", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.FindIn(&sitrep.Document{ID: "t", Text: tc.text}, Context{})
			for _, m := range ms {
				if m.Name != tc.mention {
					continue
				}
				l := m.Location
				if tc.country == "" {
					if l.HasPoint() {
						t.Errorf("%s placed at %v,%v (%s)", m.Name, *l.Lat, *l.Lon, l.Country)
					}
					return
				}
				if !l.HasPoint() || l.Country != tc.country || l.Precision != 2 || math.Abs(*l.Lat-tc.lat) > 0.1 || m.Cue != "road" {
					t.Errorf("%s: %+v cue %q, want near the first town in %s at precision 2", m.Name, l, m.Cue, tc.country)
				}
				return
			}
			t.Errorf("no mention %q in %v", tc.mention, names(ms))
		})
	}
}

// TestDonbasIsARegion: "the Donbas" is the region of the Donetsk and
// Luhansk divisions, placed between them at a region's precision.
func TestDonbasIsARegion(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "the_donbas", text: "Shelling killed four civilians in the Donbas on Monday, Ukrainian officials said.",
			want: []wantMention{{name: "Donbas", prep: "in", prec: 3, hasPoint: true, country: "UA", feature: "L.RGN"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestSidesDoNotOutweighAFarLargerCity: when only the report's sides
// (hints, demonyms) speak for the focus country, a far larger city of the
// same name abroad wins: "Russian shelling ... in Donetsk" is the
// Ukrainian city. A place vote for the focus country ("in Russia's Rostov
// region") keeps the namesake there, and a division of the focus country
// is no namesake of a city ("Samar province" is no Samara).
func TestSidesDoNotOutweighAFarLargerCity(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		name, text, mention, country string
		hints                        map[string]float64
	}{
		{"demonym_and_hint_only", "Russian shelling killed four civilians in Donetsk on Monday.", "Donetsk", "UA", map[string]float64{"RU": 1}},
		{"a_place_votes_for_the_focus", "Ukrainian drones struck a depot in Russia's Rostov region near the town of Donetsk on Monday.", "Donetsk", "RU", map[string]float64{"UA": 1}},
		{"a_division_of_the_focus_country", "Rebels killed a soldier in a clash in Samar province on Sunday.", "Samar", "PH", map[string]float64{"PH": 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range g.FindIn(&sitrep.Document{ID: "t", Text: tc.text}, Context{Hints: tc.hints}) {
				if m.Name == tc.mention {
					if m.Location.Country != tc.country {
						t.Errorf("%s placed in %q, want %s", m.Name, m.Location.Country, tc.country)
					}
					return
				}
			}
			t.Errorf("no mention %q", tc.mention)
		})
	}
}
