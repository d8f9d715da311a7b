package extract

import "testing"

// TestArmedGroupsOutsideTheDictionaryAreNamedAsReported: a group the
// actor dictionary does not hold, named by a proper name with a group
// word ("Front", "Brigade", "Army", "the ... gang"), is a side recorded by
// its name as reported (EVENTS.md), and its name's words are no trigger
// ("Liberation") nor a generic side ("Army"). An acronym given in
// brackets names it from then on.
func TestArmedGroupsOutsideTheDictionaryAreNamedAsReported(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "a_front_attacks_a_police_post",
			text:      "Fighters of the Sacred Valley Liberation Front attacked a police post in Gao on Monday, killing four officers, a local official said.",
			published: "2025-03-05", n: 1,
			want: []want{{typ: "Battles", actor1: "Sacred Valley Liberation Front", actor2: "Malian Armed Forces", place: "Gao", killed: "4/4/4"}},
		},
		{
			name:      "a_name_with_a_generic_word_inside",
			text:      "The Red Lion Army said it ambushed an army convoy near Lashio on Monday, killing nine soldiers.",
			published: "2025-03-05", n: 1,
			want: []want{{typ: "Battles", actor1: "Red Lion Army", actor2: "Myanmar security forces", place: "Lashio"}},
		},
		{
			name:      "a_movement_named_through_for_the",
			text:      "A roadside bomb planted by the Movement for the Salvation of Talaki killed six policemen near Tumaco on Monday, officials said.",
			published: "2025-03-05", n: 1,
			want: []want{{actor1: "Movement for the Salvation of Talaki", place: "Tumaco", killed: "6/6/6"}},
		},
		{
			name:      "an_acronym_in_brackets_names_it_after",
			text:      "The Sacred Valley Liberation Front (SVLF) attacked a police station in Gao on Monday. The SVLF said it killed five officers.",
			published: "2025-03-05", n: 1,
			want: []want{{actor1: "Sacred Valley Liberation Front", place: "Gao", killed: "5/5/5"}},
		},
		{
			name:      "a_gang_named_before_a_lower_case_group_word",
			text:      "Members of the Black Viper gang shot dead three traders in Maiduguri on Monday, police said.",
			published: "2025-03-05", n: 1,
			want: []want{{typ: "Violence against civilians", actor1: "Black Viper", actor2: "civilians", killed: "3/3/3"}},
		},
		{
			name:      "gunmen_from_a_named_cult",
			text:      "Gunmen from the Ombatse cult killed eight people in Alakyo village in Nasarawa State on Monday, police said.",
			published: "2025-03-05", n: 1,
			want: []want{{typ: "Violence against civilians", actor1: "Ombatse", actor2: "civilians", killed: "8/8/8"}},
		},
		// negatives: a kind of force, a nation's people, a headline's
		// capitals, a body that speaks
		{
			name:      "special_forces_are_the_state_s",
			text:      "Special Forces killed five militants in a raid near Gao on Monday, the army said.",
			published: "2025-03-05", n: 1,
			want: []want{{actor1: "Malian Armed Forces", killed: "5/5/5"}},
		},
		{
			name:      "the_national_guard_is_the_state_s",
			text:      "The National Guard opened fire on protesters in Culiacan on Monday, killing two, witnesses said.",
			published: "2025-03-05", n: 1,
			want: []want{{actor1: "Mexican security forces", actor2: "civilians"}},
		},
		{
			name:      "a_headline_in_capitals_names_no_group",
			text:      "Red Lion Army Fighters Storm Army Base Near Lashio\nMilitants attacked an army base near Lashio on Monday, killing six soldiers, a military source said.",
			published: "2025-03-05", n: 1,
			want: []want{{actor1: "militants (unidentified)", actor2: "Myanmar security forces"}},
		},
		{
			name:      "a_nation_s_unit_is_its_forces",
			text:      "The Nigerien Republican Guard killed 11 militants near Tillaberi on Monday, an army spokesman said.",
			published: "2025-03-05", n: 1,
			want: []want{{actor1: "Nigerien security forces", killed: "11/11/11"}},
		},
		{
			name:      "a_nation_s_forces_named_in_full",
			text:      "Soldiers of the Ugandan People's Defence Force killed 11 rebels near Beni on Monday, an army spokesman said.",
			published: "2025-03-05", n: 1,
			want: []want{{actor1: "Ugandan security forces", killed: "11/11/11"}},
		},
	})
	for _, c := range []struct{ name, text, not string }{
		{"a_nation_s_militia", "Fighting between a Libyan militia and Islamic State militants killed nine people in Sirte on Monday.", "Libyan"},
		{"a_union_that_speaks", "Gunmen killed four farmers in Gwoza on Monday, the African Union said in a statement condemning the attack.", "African Union"},
		{"a_mexican_cartel", "Gunmen of a Mexican cartel killed four police officers in Culiacan on Monday, officials said.", "Mexican"},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := extractText(t, c.text, "2025-03-05")
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			for _, ev := range evs {
				if ev.Actor1 == c.not || ev.Actor2 == c.not {
					t.Errorf("%q read as a side: %s | %s", c.not, ev.Actor1, ev.Actor2)
				}
			}
		})
	}
}
