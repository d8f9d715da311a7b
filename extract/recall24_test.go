package extract

import "testing"

// TestAnIncidentOfAMonthLastYearIsBackground: an incident told "in June
// last year" or "in March of last year" lies months before the report: no
// event of it. Negatives: the report's own incident beside it, and a month
// of this year within the news window, stay.
func TestAnIncidentOfAMonthLastYearIsBackground(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "month_last_year",
			text:      "Rebels killed 11 villagers in Oicha on Monday. In June last year, the rebels killed more than 40 people in Masala village.",
			published: "2025-02-04", n: 1,
			want: []want{{place: "Oicha", killed: "11/11/11"}},
		},
		{
			name:      "month_of_last_year",
			text:      "A roadside bomb killed three soldiers near Damboa on Sunday. In March of last year, a similar bomb killed 12 soldiers near Biu.",
			published: "2025-02-04", n: 1,
			want: []want{{place: "Damboa", killed: "3/3/3"}},
		},
		// negatives
		{
			name:      "the_news_beside_last_year",
			text:      "Rebels killed 11 villagers in Oicha on Monday, the deadliest attack in the area since June last year.",
			published: "2025-02-04", n: 1,
			want: []want{{place: "Oicha", killed: "11/11/11"}},
		},
	})
}

// TestAClaimDeniedInAnAppositionStillTellsTheAct: ", a claim Kyiv did not
// confirm", ", a charge the group denied" comment on the clause before
// them: their denial or doubt has a scope of its own, and the act the
// clause tells is an event as told. Negatives: a denial in the clause of
// the act itself still keeps it out, whatever apposition follows.
func TestAClaimDeniedInAnAppositionStillTellsTheAct(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "a_claim_not_confirmed",
			text:      "Russia's defence ministry said on Tuesday its troops had captured the village of Stepove in the Donetsk region, a claim Kyiv did not confirm.",
			published: "2025-06-10", n: 1,
			want: []want{{typ: "Battles", place: "Stepove"}},
		},
		{
			name:      "a_charge_denied",
			text:      "The governor blamed the Rapid Support Forces for a drone strike that killed 12 people at a market in Mellit on Sunday, a charge the group denied.",
			published: "2025-06-10", n: 1,
			want: []want{{place: "Mellit", killed: "12/12/12"}},
		},
		// negatives
		{
			name:      "the_act_itself_denied",
			text:      "Troops did not capture the village of Stepove in the Donetsk region on Monday, a claim repeated by the army on Tuesday.",
			published: "2025-06-10", n: 0,
		},
		{
			name:      "a_place_in_apposition_is_no_comment",
			text:      "Rebels said they had not captured Pauk, a town in Magway region.",
			published: "2025-06-10", n: 0,
		},
	})
}

// TestAnArrestOverTheAttackItIsFor: an arrest told by its verb, with the
// attack it is for named only by nouns after it, in its object or its
// reason ("arrested two facilitators of the bomber", "in connection with
// the bombing", "suspects in Monday's suicide attack"), is an arrest, not
// the attack. Negatives: an attack told by its own verb in the sentence,
// or named before the arrest, keeps its type.
func TestAnArrestOverTheAttackItIsFor(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "facilitators_of_the_bomber",
			text:      "Police in Rawalpindi said they had arrested two suspected facilitators of the bomber on Wednesday.",
			published: "2025-11-12", n: 1,
			want: []want{{sub: "Arrests", place: "Rawalpindi"}},
		},
		{
			name:      "in_connection_with_the_bombing",
			text:      "Police arrested three men in Quetta on Wednesday in connection with the bombing of a market.",
			published: "2025-11-12", n: 1,
			want: []want{{sub: "Arrests", place: "Quetta"}},
		},
		{
			name:      "suspects_in_a_suicide_attack_after_it_was_told",
			text:      "A suicide bomber killed nine people at a mosque in Peshawar on Monday. Police in Peshawar arrested four suspects in the suicide attack on Wednesday, officials said.",
			published: "2025-11-12", n: 2,
			want: []want{{sub: "Suicide bomb", killed: "9/9/9"}, {sub: "Arrests"}},
		},
		// negatives
		{
			name:      "a_bomber_once_arrested_blows_himself_up",
			text:      "A bomber who had been arrested in March blew himself up at a market in Quetta on Wednesday, killing two people.",
			published: "2025-11-12", n: 1,
			want: []want{{typ: "Explosions/Remote violence", killed: "2/2/2"}},
		},
		{
			name:      "the_attack_named_before_the_arrest",
			text:      "A roadside bomb killed three soldiers near Turbat on Wednesday, and police arrested two men.",
			published: "2025-11-12", n: 1,
			want: []want{{typ: "Explosions/Remote violence", killed: "3/3/3"}},
		},
	})
}

// TestAListOfTownsPlacesTheActFirstToldWithNone: "Militants attacked army
// positions in five towns" then "the army repelled the attacks in Kayes,
// Niono and Molodo, killing 80": the list, pointing back, gives the act
// first told with no place its towns and its dead: one event, not the
// lead and the list apart (nor the lead lost). Negatives: a lead with dead
// of its own, and a list told as a separate act, stay apart as before.
func TestAListOfTownsPlacesTheActFirstToldWithNone(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "the_attacks_repelled_in_a_list_of_towns",
			text:      "Militants attacked army positions in at least five towns across central Mali on Tuesday, the army said. The army said it had repelled the attacks in Kayes, Niono and Molodo and killed more than 80 assailants.",
			published: "2025-07-02", n: 1,
			want: []want{{place: "Kayes", date: "2025-07-01", killed: "80/80/-"}},
		},
		// negatives
		{
			name:      "a_lead_with_its_own_dead",
			text:      "Militants attacked army positions in at least five towns across central Mali on Tuesday, killing 20 soldiers, the army said. The army said it had repelled the attacks in Kayes, Niono and Molodo and killed more than 80 assailants.",
			published: "2025-07-02", n: 2,
		},
		{
			name:      "a_separate_act_in_a_list_of_towns",
			text:      "Militants attacked army positions across central Mali on Tuesday, the army said. Separately, jihadists stormed Kayes, Niono and Molodo on Monday and killed 30 civilians.",
			published: "2025-07-02", n: 1,
			want: []want{{date: "2025-06-30", killed: "30/30/30"}},
		},
	})
}

// TestAnActHoursEarlierByOtherMeansIsAnotherIncident: a sentence that opens
// by setting its act hours before the incident told ("Hours earlier, a
// mortar round ... landed near the palace", "Hours earlier, a roadside
// bomb hit an army truck") and tells violence by other means is another incident of
// the same day. Negatives: the incident's own means told so ("Hours
// earlier, gunmen had stormed ...") and "hours earlier" inside the
// sentence, not opening it, stay with the incident.
func TestAnActHoursEarlierByOtherMeansIsAnotherIncident(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "hours_earlier_a_mortar_after_a_car_bomb",
			text:      "Militants detonated a car bomb at a restaurant in Mogadishu on Saturday night, killing 17 people. Hours earlier, a mortar round fired by the militants landed near the presidential palace, wounding three soldiers, an official said.",
			published: "2025-08-03", n: 2,
			want: []want{{killed: "17/17/17"}, {sub: "Shelling/artillery/missile attack", wounded: "3/3/3"}},
		},
		{
			name:      "hours_earlier_a_roadside_bomb_after_a_raid",
			text:      "Gunmen stormed a police post in Tillaberi on Sunday, killing nine officers. Hours earlier, a roadside bomb hit an army truck near the town, wounding four soldiers.",
			published: "2025-06-10", n: 2,
			want: []want{{sub: "Armed clash", killed: "9/9/9"}, {sub: "Remote explosive/landmine/IED", wounded: "4/4/4"}},
		},
		// negatives
		{
			name:      "hours_earlier_by_the_same_means",
			text:      "Gunmen stormed a hotel in Mogadishu on Saturday night, killing 17 people, before troops ended the siege. Hours earlier, the gunmen had opened fire on guards at a checkpoint near the hotel, killing two.",
			published: "2025-08-03", n: 1,
		},
		{
			name:      "hours_earlier_not_opening_the_sentence",
			text:      "Militants detonated a car bomb at a restaurant in Mogadishu on Saturday night, killing 17 people. The bomber had been seen near the gate hours earlier, an official said, and a rocket propelled grenade was found nearby.",
			published: "2025-08-03", n: 1,
			want: []want{{killed: "17/17/17"}},
		},
	})
}

// TestRapeIsSexualViolenceAgainstCivilians: rape and sexual assault told
// as done ("soldiers raped 12 women in Kibirizi on Monday", "gunmen
// sexually assaulted two girls") are ACLED's Violence against civilians /
// Sexual violence. Negatives: a raid that killed villagers and raped women
// stays the attack it was, and a running count of cases is no incident.
func TestRapeIsSexualViolenceAgainstCivilians(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "soldiers_raped_women",
			text:      "Soldiers raped at least 12 women in the village of Kibirizi in North Kivu on Monday, a local rights group said on Wednesday.",
			published: "2025-06-11", n: 1,
			want: []want{{typ: "Violence against civilians", sub: "Sexual violence", place: "Kibirizi", date: "2025-06-09"}},
		},
		{
			name:      "gunmen_sexually_assaulted_girls",
			text:      "Gunmen sexually assaulted two girls at a displacement camp near Bunia on Sunday, camp officials said.",
			published: "2025-06-11", n: 1,
			want: []want{{sub: "Sexual violence", place: "Bunia"}},
		},
		// negatives
		{
			name:      "a_raid_that_killed_and_raped_is_the_attack",
			text:      "RSF fighters stormed the village of Um Sumeima in North Kordofan on Thursday, looting homes and killing 11 villagers, a rights group said. Several women were raped during the assault, the group added.",
			published: "2025-06-11", n: 1,
			want: []want{{sub: "Attack", killed: "11/11/11"}},
		},
		{
			name:      "a_running_count_of_cases",
			text:      "The UN said on Tuesday that more than 200 cases of sexual violence had been recorded in the province since January.",
			published: "2025-06-11", n: 0,
		},
	})
}

// TestPeopleWhoProtestedAtAPlace: "Thousands protested in Nairobi on
// Tuesday" tells a protest at that place; people who protested and, in a
// participial clause of theirs, attacked or burned (", attacking the
// embassies") made a violent demonstration; dead told in a clause of why
// they protested ("after rebels killed 11 villagers in Oicha") are no dead
// of the protest. Negatives: a protest in words ("the ministry protested
// in a statement") is no event, and a peaceful march with participles of
// its own (", waving flags") stays peaceful.
func TestPeopleWhoProtestedAtAPlace(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "protested_in_a_city",
			text:      "Thousands of teachers protested in Nairobi on Tuesday over unpaid salaries, union officials said.",
			published: "2025-02-04", n: 1,
			want: []want{{typ: "Protests", sub: "Peaceful protest", place: "Nairobi"}},
		},
		{
			name:      "protested_attacking_embassies",
			text:      "Hundreds of people protested in Kinshasa on Monday against what they called the world's silence, attacking the embassies of Rwanda, France and the United States.",
			published: "2025-02-04", n: 1,
			want: []want{{typ: "Riots", sub: "Violent demonstration", place: "Kinshasa"}},
		},
		{
			name:      "protested_after_a_killing_elsewhere",
			text:      "Residents protested in Beni on Tuesday after rebels killed 11 villagers in Oicha on Monday.",
			published: "2025-02-04", n: 2,
			want: []want{{typ: "Protests", place: "Beni"}, {typ: "Violence against civilians", place: "Oicha", killed: "11/11/11"}},
		},
		// negatives
		{
			name:      "a_protest_in_words",
			text:      "Kenya's foreign ministry protested in a statement on Monday over the detention of two citizens in Kampala.",
			published: "2025-02-04", n: 0,
		},
		{
			name:      "force_on_protesters_killing_two_in_a_participle",
			text:      "Guinean security forces fired tear gas and live rounds at opposition protesters in Conakry on Thursday, killing two people, the opposition said.",
			published: "2024-07-12", n: 1,
			want: []want{{sub: "Excessive force against protesters", killed: "2/2/2"}},
		},
		{
			name:      "a_peaceful_march_with_participles",
			text:      "Thousands of people protested in Nairobi on Tuesday, waving flags and chanting slogans against the finance bill.",
			published: "2025-02-04", n: 1,
			want: []want{{sub: "Peaceful protest"}},
		},
	})
}

// TestOtherStrikesAreMoreOfTheKindToldBefore: "Other strikes hit Sanaa"
// and "More strikes hit ..." after US air strikes on Saada tell more of
// that kind, by that side: air strikes, not an armed clash by no one.
// Negatives: "other" before the side that acts ("Other militants stormed
// a post") and a first act with no kind told before keep their own kind.
func TestOtherStrikesAreMoreOfTheKindToldBefore(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "other_strikes_after_air_strikes",
			text:      "US air strikes hit the city of Saada overnight, killing seven people, the health ministry said on Sunday. Other strikes hit the capital Sanaa, Al-Masirah television said.",
			published: "2025-03-30", n: 2,
			want: []want{{sub: "Air/drone strike", place: "Saada"}, {sub: "Air/drone strike", actor1: "US forces", place: "Sanaa"}},
		},
		{
			name:      "more_strikes_after_air_strikes",
			text:      "Israeli air strikes killed eight people in Khan Younis on Tuesday, medics said. More strikes hit Rafah later in the day, wounding five people.",
			published: "2025-05-20", n: 2,
			want: []want{{sub: "Air/drone strike", killed: "8/8/8"}, {sub: "Air/drone strike", wounded: "5/5/5"}},
		},
		// negatives
		{
			name:      "other_militants_stormed_a_post",
			text:      "Militants attacked a checkpoint in Kismayo on Monday, killing two soldiers. Other militants stormed a police post in Afgoye on Tuesday, killing three policemen.",
			published: "2025-05-20", n: 2,
			want: []want{{sub: "Armed clash", killed: "2/2/2"}, {sub: "Armed clash", killed: "3/3/3"}},
		},
		{
			name:      "other_attacks_with_no_kind_before",
			text:      "Other attacks hit the town of Afgoye on Tuesday, killing three policemen, officials said.",
			published: "2025-05-20", n: 1,
			want: []want{{sub: "Armed clash", killed: "3/3/3"}},
		},
	})
}

// TestAWordForPeopleThatQualifiesTheThingTaken: a word for people that
// only qualifies the noun after it ("the national road", "other villages")
// does not make the thing taken people: the capture is ground taken.
// Negatives: people taken ("captured three soldiers alive", "seized 12
// police officers travelling ...") stay no capture of ground.
func TestAWordForPeopleThatQualifiesTheThingTaken(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "retook_the_national_road",
			text:      "On Sunday, police retook the national road at Cabaret after three days of fighting, killing at least six gang members.",
			published: "2025-10-06", n: 1,
			want: []want{{sub: "Government regains territory", place: "Cabaret"}},
		},
		{
			name:      "retook_other_villages",
			text:      "On Monday, the army retook other villages near Kidal after heavy fighting, killing 12 militants.",
			published: "2025-10-06", n: 1,
			want: []want{{sub: "Government regains territory", killed: "12/12/12"}},
		},
		// negatives
		{
			name:      "captured_soldiers_alive",
			text:      "Rebels captured three soldiers alive near Goma on Monday, the army said.",
			published: "2025-10-07", n: 1,
			want: []want{{sub: "Armed clash"}},
		},
		{
			name:      "seized_police_officers_travelling",
			text:      "Gunmen seized 12 police officers travelling near Goma on Monday.",
			published: "2025-10-07", n: 1,
			want: []want{{sub: "Abduction/forced disappearance"}},
		},
	})
}

// TestTheFirstOfASeriesInAppositionIsNoRunningTotal: ", the first district
// capital to fall to the opposition since the 2021 coup" places the act
// told in a series (as ", the latest attack", ", the third such raid"
// do): its "since" is no running total that would make the act a figure.
// Negatives: a toll told since a date before such an apposition is still
// a running total (no event), and the act with no such "since" stays.
func TestTheFirstOfASeriesInAppositionIsNoRunningTotal(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "the_first_district_capital_since",
			text:      "MANDALAY, Nov 14 -- Resistance fighters said they had captured the town of Kawlin in Sagaing region on Monday, the first district capital to fall to forces opposed to the junta since the 2021 coup.",
			published: "2023-11-14", n: 1,
			want: []want{{typ: "Battles", place: "Kawlin", date: "2023-11-13"}},
		},
		// negatives
		{
			name:      "a_running_total_then_the_first",
			text:      "Fighting has killed 300 people in Sagaing since the 2021 coup, the first toll the United Nations has given for the region.",
			published: "2023-11-14", n: 0,
		},
		{
			name:      "the_first_with_no_since",
			text:      "MANDALAY, Nov 14 -- Resistance fighters said they had captured the town of Kawlin in Sagaing region on Monday, the first district capital to fall to them.",
			published: "2023-11-14", n: 1,
			want: []want{{place: "Kawlin", date: "2023-11-13"}},
		},
	})
}
