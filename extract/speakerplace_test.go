package extract

import "testing"

// TestASentenceTellingOnlyWhereItWasSaidRetellsTheIncident covers a
// sentence whose only place is the speaker's ("The governor's office in
// Buea said the workers were attacked", "A police spokesman in Gusau
// confirmed the attack"): it tells where the news was told, not a fresh
// incident there, and joins the incident told before. A sentence that
// tells an act at a place of its own, with the speaker named apart, is
// still its own incident, and a town told as where the act was is that
// incident's place.
func TestASentenceTellingOnlyWhereItWasSaidRetellsTheIncident(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name: "office_in_a_town_said",
			text: "Suspected separatists shot dead three plantation workers in Muyuka on Sunday, the regional governor said.\n\n" +
				"The governor's office in Buea said the workers were on their way to the fields when they were attacked.",
			published: "2025-04-22", n: 1,
			want: []want{{place: "Muyuka", country: "CM", killed: "3/3/3"}},
		},
		{
			name: "spokesman_in_the_capital_said",
			text: "Gunmen killed four farmers in Kumbo on Friday, residents said.\n\n" +
				"A military spokesman in Yaounde said the farmers were attacked as they returned from their fields.",
			published: "2025-04-22", n: 1,
			want: []want{{place: "Kumbo", country: "CM", killed: "4/4/4"}},
		},
		// negatives
		{
			name: "act_at_a_place_of_its_own",
			text: "Suspected separatists shot dead three plantation workers in Muyuka on Sunday, the regional governor said.\n\n" +
				"In a separate attack, gunmen killed two soldiers in Kumba on Monday, the army said.",
			published: "2025-04-22", n: 2,
			want: []want{{place: "Muyuka", killed: "3/3/3"}, {place: "Kumba", killed: "2/2/2"}},
		},
		{
			name:      "town_of_the_act_after_said",
			text:      "Police in Quetta said a bomb killed four children near a school bus in Khuzdar on Saturday.",
			published: "2025-03-23", n: 1,
			want: []want{{place: "Khuzdar", country: "PK", killed: "4/4/4"}},
		},
	})
}
