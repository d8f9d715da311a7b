package gazetteer

import "testing"

// TestTheNeighbourhoodOfACity covers "the Tierra Blanca neighbourhood of
// Culiacan": a city after a part's cue and "of" holds the name before the
// cue, which is its quarter, not a town elsewhere that the city would be
// a part of. The reverse order ("the Baghdad neighbourhood of Karrada",
// "the Damascus suburb of Daraya") and a town's cue ("the Darfur town of
// Kutum") keep their reading: the name after "of" is the part.
func TestTheNeighbourhoodOfACity(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "quarter_named_like_towns_elsewhere", text: "Gunmen killed five men in the Tierra Blanca neighbourhood of Culiacan on Tuesday.",
			want: []wantMention{{name: "Tierra Blanca", prep: "in", within: "Culiacan", noPlace: true, hasPoint: true}, {name: "Culiacan", prep: "of", country: "MX"}}},
		{name: "known_quarter_before_its_city", text: "A car bomb went off in the Karrada neighbourhood of Baghdad on Monday.",
			want: []wantMention{{name: "Karrada", prep: "in", within: "Baghdad", country: "IQ"}, {name: "Baghdad", prep: "of", country: "IQ"}}},
		{name: "city_then_its_quarter", text: "A car bomb went off in the Baghdad neighbourhood of Karrada on Monday.",
			want: []wantMention{{name: "Baghdad", prep: "in", country: "IQ"}, {name: "Karrada", prep: "of", within: "Baghdad", country: "IQ"}}},
		{name: "region_town_of_a_known_town", text: "Warplanes bombed a market in the Darfur town of Kutum on Monday.",
			want: []wantMention{{name: "Kutum", cue: "town", prep: "of", within: "Darfur", country: "SD"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestWhereTheNewsWasToldWeighsAsASide covers a place told as the
// speaker's ("said in Kigali", "told reporters in Kigali"): with the
// report's sides it is all that makes the report's country, so a town
// the report names, of another country only, is still that town
// ("Rwandan troops repelled an attack on Mocimboa da Praia"). A village
// abroad of no size stays no place ("the village of Londa" in a Congo
// report is no Tuscan hamlet), and a place of the speaker's country keeps
// its reading.
func TestWhereTheNewsWasToldWeighsAsASide(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "said_in_a_capital_abroad", text: "Insurgents attacked the town of Mocimboa da Praia on Monday. Troops repelled the attack, a spokesman said in Kigali.",
			want: []wantMention{{name: "Mocimboa da Praia", cue: "town", prep: "attacked", country: "MZ", hasPoint: true}, {name: "Kigali", prep: "in", country: "RW"}}},
		{name: "told_reporters_in_a_capital_abroad", text: "Insurgents attacked the town of Mocimboa da Praia on Monday, an army spokesman told reporters in Kigali.",
			want: []wantMention{{name: "Mocimboa da Praia", cue: "town", prep: "attacked", country: "MZ", hasPoint: true}}},
		{name: "deployed_troops_and_their_capital", text: "Insurgents attacked the town of Mocimboa da Praia on Monday. Rwandan troops repelled the attack, a Rwandan army spokesman said in Kigali.",
			want: []wantMention{{name: "Mocimboa da Praia", cue: "town", prep: "attacked", country: "MZ", hasPoint: true}}},
		{name: "hamlet_abroad_stays_unplaced", text: "Gunmen killed six villagers in the village of Londa on Monday, Congolese officials said in Kinshasa.",
			want: []wantMention{{name: "Londa", cue: "village", prep: "in", noPlace: true}, {name: "Kinshasa", prep: "in", country: "CD"}}},
		{name: "place_of_the_speakers_country", text: "Jihadists killed 12 soldiers in Tessit, Malian officials said in Bamako.",
			want: []wantMention{{name: "Tessit", prep: "in", country: "ML"}, {name: "Bamako", prep: "in", country: "ML"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestAProvinceThatIsASecondLevelDivision covers "the province of
// Cotabato": in the Philippines a province is a second-level division (a
// region's part), so the cue agrees with the second-level Cotabato, not
// with the city of the name, which would stand for its own region. A
// city told as one ("Cotabato City") stays the city, and a province of a
// country whose provinces are first-level ("Kandahar province") stays
// that province.
func TestAProvinceThatIsASecondLevelDivision(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "province_of_name", text: "Soldiers clashed with rebels in the province of Cotabato on Monday.",
			want: []wantMention{{name: "Cotabato", cue: "province", prep: "in", country: "PH", feature: "A.ADM2"}}},
		{name: "name_province", text: "A bomb exploded in Cotabato province on Monday.",
			want: []wantMention{{name: "Cotabato", cue: "province", prep: "in", country: "PH", feature: "A.ADM2"}}},
		// negatives
		{name: "the_city", text: "A bomb exploded in Cotabato City on Monday.",
			want: []wantMention{{name: "Cotabato City", cue: "city", prep: "in", country: "PH", feature: "P.PPLA"}}},
		{name: "first_level_province", text: "A bomb exploded in Kandahar province on Monday.",
			want: []wantMention{{name: "Kandahar", cue: "province", prep: "in", country: "AF", feature: "A.ADM1"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestSeatsTheMaoistBeltReportsName covers the district seats of
// Chhattisgarh and the towns places.txt adds that cities500 lacks
// (GeoNames gives them no population): "Bijapur district of
// Chhattisgarh" is the Chhattisgarh seat, not Karnataka's city of the
// name, which a report that names Karnataka still has.
func TestSeatsTheMaoistBeltReportsName(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "district_of_the_state", text: "Maoist rebels blew up a police vehicle in Bijapur district of Chhattisgarh on Monday.",
			want: []wantMention{{name: "Bijapur", cue: "district", prep: "in", within: "Chhattisgarh", country: "IN", prec: 1, hasPoint: true}}},
		{name: "seat_alone", text: "Maoist rebels ambushed a patrol in Dantewada on Monday.",
			want: []wantMention{{name: "Dantewada", prep: "in", country: "IN", prec: 1, hasPoint: true}}},
		{name: "town_of_north_kivu", text: "M23 rebels seized Kanyabayonga on Saturday after the army withdrew.",
			want: []wantMention{{name: "Kanyabayonga", prep: "seized", country: "CD", prec: 1, hasPoint: true}}},
		// negative
		{name: "karnataka_city", text: "Police dispersed a crowd in Bijapur in Karnataka on Monday.",
			want: []wantMention{{name: "Bijapur", prep: "in", within: "Karnataka", country: "IN", prec: 1, hasPoint: true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
