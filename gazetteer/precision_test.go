package gazetteer

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestFindOutsideIsNear: a place told as lying outside a town ("a village
// outside Mosul"), or an unnamed locality in it ("a village in Kirkuk"),
// is placed at the town as a nearby place (precision 2), as 'near' is;
// one told in the town is the town itself. Sentences
// written for the test.
func TestFindOutsideIsNear(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "outside", text: "Militants killed four shepherds in a village outside Mosul on Monday.",
			want: []wantMention{{name: "Mosul", prep: "outside", prec: 2, hasPoint: true, country: "IQ"}}},
		{name: "near", text: "Militants killed four shepherds near Kirkuk on Monday.",
			want: []wantMention{{name: "Kirkuk", prep: "near", prec: 2, hasPoint: true, country: "IQ"}}},
		{name: "a_village_in", text: "Militants killed four shepherds in a village in Kirkuk on Monday.",
			want: []wantMention{{name: "Kirkuk", prep: "in", prec: 2, hasPoint: true, country: "IQ"}}},
		// not so
		{name: "the_city_of", text: "Militants killed four shepherds in the city of Kirkuk on Monday.",
			want: []wantMention{{name: "Kirkuk", cue: "city", prep: "in", prec: 1, hasPoint: true, country: "IQ"}}},
		{name: "in", text: "Militants killed four shepherds in Mosul on Monday.",
			want: []wantMention{{name: "Mosul", prep: "in", prec: 1, hasPoint: true, country: "IQ"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestFindArabicNameHeads: a name the gazetteer lacks that opens with a
// generic Arabic head in another transliteration ("Kharabat", "Khirbeh",
// "Qaryat", "Jisr": ruin, village, bridge) is found whole, not as the
// known word after it ("Sultan"); the head alone is no place. Sentences
// written for the test.
func TestFindArabicNameHeads(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "kharabat", text: "Militants killed four shepherds in Kharabat Sultan on Monday, police in Iraq said.",
			want: []wantMention{{name: "Kharabat Sultan", prep: "in", noPlace: true}}},
		{name: "khirbeh", text: "Militants killed four shepherds in Khirbeh Sultan on Monday, police in Iraq said.",
			want: []wantMention{{name: "Khirbeh Sultan", prep: "in", noPlace: true}}},
		{name: "haret", text: "Shells fell on Haret al-Sabil in the city on Monday, killing two, a monitor in Syria said.",
			want: []wantMention{{name: "Haret al-Sabil", prep: "on", noPlace: true}}},
		// not so
		{name: "head_alone", text: "Militants killed four shepherds near the Kharabat on Monday, police in Iraq said.",
			absent: []string{"Kharabat"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestFindWhatAnAttackFellOn: a name the gazetteer lacks that an attack
// fell on ("an attack on Kadisau in Zamfara state", "gunmen stormed
// Kadisau") is a place when the report says where it lies; a day, or a
// name with no place given for it, is not. Sentences written for the test.
func TestFindWhatAnAttackFellOn(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "attack_on", text: "Gunmen killed nine people in an attack on Kadisau in Zamfara state on Tuesday.",
			want: []wantMention{{name: "Kadisau", prep: "on", within: "Zamfara", noPlace: true}, {name: "Zamfara", cue: "state", prep: "in", prec: 3, hasPoint: true, country: "NG"}}},
		{name: "stormed", text: "Gunmen stormed Kadisau in Zamfara state on Tuesday, killing nine people.",
			want: []wantMention{{name: "Kadisau", within: "Zamfara", noPlace: true}, {name: "Zamfara", cue: "state", prep: "in", prec: 3, hasPoint: true, country: "NG"}}},
		// not so
		{name: "a_day", text: "Gunmen killed nine people in an attack on Tuesday in Zamfara state.",
			absent: []string{"Tuesday"}},
		{name: "no_place_given", text: "Gunmen stormed Kadisau on Tuesday, killing nine people.",
			absent: []string{"Kadisau"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestFindStateIsWhereStatesAre: a cue that names first-level divisions
// in some countries only ("Plateau state") picks the division of such a
// country (Nigeria's Plateau State, not Benin's Plateau department); the
// same name with a cue those countries share stays open. "Kharkiv
// region" is the province whose seat Kharkiv is, though the gazetteer
// spells it otherwise; "Kharkiv" alone is the city. Sentences
// written for the test.
func TestFindStateIsWhereStatesAre(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "state", text: "Gunmen killed three farmers in Plateau state on Monday.",
			want: []wantMention{{name: "Plateau", cue: "state", prep: "in", prec: 3, hasPoint: true, country: "NG"}}},
		{name: "region_named_after_its_seat", text: "Shelling killed three farmers in Kharkiv region on Monday.",
			want: []wantMention{{name: "Kharkiv", cue: "region", prep: "in", prec: 3, hasPoint: true, country: "UA", feature: "A.ADM1"}}},
		{name: "the_city_itself", text: "Shelling killed three farmers in Kharkiv on Monday.",
			want: []wantMention{{name: "Kharkiv", prep: "in", prec: 1, hasPoint: true, country: "UA"}}},
		{name: "department", text: "Gunmen killed three farmers in Plateau department on Monday.",
			want: []wantMention{{name: "Plateau", cue: "department", prep: "in", prec: 3, hasPoint: true, country: "BJ"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestFindBuildingInATown: a building the gazetteer lacks, told with its
// kind and a word for the whole of it ("the Sahara hotel complex in
// Nairobi"), lies in the town named after it: placed there at precision
// 2, not at the building's own guess. Sentences written for the test.
func TestFindBuildingInATown(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "complex_in", text: "Gunmen stormed the Saharo hotel complex in Nairobi on Tuesday, killing nine people.",
			want: []wantMention{{name: "Saharo", cue: "hotel", within: "Nairobi", prec: 2, hasPoint: true, noPlace: true}, {name: "Nairobi", prep: "in", prec: 1, hasPoint: true, country: "KE"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestFindSmallPlaceOfTheSidesCountry: a small place the gazetteer knows
// by its own name, told with "in", in a report that names no other place
// ("Jihadists killed five civilians in Tessalit") is found, though its
// country has no vote but its own; the same name with no place word
// before it is not taken on its size alone. Sentences written for the
// test.
func TestFindSmallPlaceOfTheSidesCountry(t *testing.T) {
	g := mustDefault(t)
	ms := g.Find(&sitrep.Document{ID: "t", Text: "Jihadists killed five civilians in Tessalit on Monday."})
	found := false
	for _, m := range ms {
		if m.Name == "Tessalit" && m.Place != nil && m.Place.Country == "ML" {
			found = true
		}
	}
	if !found {
		t.Errorf("Tessalit not found in a Mali report: %+v", ms)
	}
	ms = g.Find(&sitrep.Document{ID: "t", Text: "Tessalit said on Monday that the talks had failed."})
	for _, m := range ms {
		if m.Name == "Tessalit" && m.Place != nil {
			t.Errorf("a name with no place word taken as the place: %+v", m)
		}
	}
}

// TestFindCapitalOnlyByItsOwnName: a place word in a report on one country
// ("an army camp in Boni" in a report on Mali) is a place the gazetteer
// lacks there, not a capital abroad that some language calls by that name
// (Bern is "Boni" in one); the capital by its own name, or a spelling of
// it, stays ("talks in Paris"). Sentences written for the test.
func TestFindCapitalOnlyByItsOwnName(t *testing.T) {
	g := mustDefault(t)
	text := "Jihadists attacked an army camp in central Mali on Friday. Twelve Malian soldiers were killed in Boni, and ministers met in Paris on Saturday."
	ms := g.Find(&sitrep.Document{ID: "t", Text: text})
	paris := false
	for _, m := range ms {
		if m.Name == "Boni" && m.Place != nil && m.Place.Country != "ML" {
			t.Errorf("Boni in a report on Mali placed in %s (%s)", m.Place.Country, m.Place.Name)
		}
		if m.Name == "Paris" && m.Place != nil && m.Place.Country == "FR" {
			paris = true
		}
	}
	if !paris {
		t.Errorf("Paris by its own name not found: %+v", ms)
	}
}

// TestRegionCueVotesForNoVillage: "the Hiran region" whose only exact
// reading is a village (Hīrān, Iraq) casts no vote for that village's
// country, so the sides' country (Somalia, from al-Shabaab) finds its
// region (Hiiraan); a division named with its cue ("Borno state") still
// votes. Sentences written for the test.
func TestRegionCueVotesForNoVillage(t *testing.T) {
	g := mustDefault(t)
	ms := g.FindIn(&sitrep.Document{ID: "t", Text: "Fighters attacked a base in the Hiran region on Friday."}, Context{Hints: map[string]float64{"SO": 1}})
	for _, m := range ms {
		if m.Name == "Hiran" && (m.Place == nil || m.Place.Country != "SO") {
			t.Errorf("Hiran region in a report on Somalia: %+v", m.Place)
		}
	}
	ms = g.FindIn(&sitrep.Document{ID: "t", Text: "Gunmen killed five farmers in Borno state on Friday."}, Context{})
	found := false
	for _, m := range ms {
		found = found || m.Name == "Borno" && m.Place != nil && m.Place.Country == "NG"
	}
	if !found {
		t.Errorf("Borno state not found: %+v", ms)
	}
}
