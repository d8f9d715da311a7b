package extract

import "testing"

// Members of the dead told by a copula after them ("two teachers were
// also among the dead", "a child was among the victims") are part of the
// toll, whatever adverb stands between: not more dead, and no lower
// bound of the toll either.
func TestMembersToldAmongTheDeadAreNoMoreDead(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "also_among_the_dead",
			text:      "A gunfight between soldiers and militants near Wana left nine people dead on Monday, officials said. Two teachers were also among the dead.",
			published: "2024-05-07", n: 1,
			want: []want{{place: "Wana", killed: "9/9/9"}},
		},
		{
			name:      "among_the_dead_no_adverb",
			text:      "Gunmen killed 11 villagers in Bokkos on Saturday. Two police officers were among the dead.",
			published: "2024-05-07", n: 1,
			want: []want{{place: "Bokkos", killed: "11/11/11"}},
		},
		{
			name:      "reportedly_among_the_dead",
			text:      "Gunmen killed 14 villagers in Bokkos on Saturday. Three police officers were reportedly among the dead.",
			published: "2024-05-07", n: 1,
			want: []want{{place: "Bokkos", killed: "14/14/14"}},
		},
		// negatives: more dead told with "also" still add up
		{
			name:      "also_killed_adds",
			text:      "A gunfight between soldiers and militants near Wana left nine people dead on Monday, officials said. Two teachers were also killed.",
			published: "2024-05-07", n: 1,
			want: []want{{place: "Wana", killed: "11/11/11"}},
		},
		{
			name:      "among_those_wounded_is_the_wounded_count",
			text:      "A bomb killed nine people near Wana on Monday. Two teachers were also among those wounded.",
			published: "2024-05-07", n: 1,
			want: []want{{place: "Wana", killed: "9/9/9", wounded: "2/2/2"}},
		},
	})
}

// A toll told as "the number of people killed by" one act is that act's
// toll, as "killed in" one act is; "killed by" acts in the plural or over
// a year stays a running total.
func TestTheNumberKilledByOneActIsItsToll(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "killed_by_a_missile_strike_rose_to",
			text:      "The number of people killed by a missile strike on an apartment block in Sumy rose to 14 on Friday, the governor said.",
			published: "2024-05-24", n: 1,
			want: []want{{place: "Sumy", killed: "14/14/14"}},
		},
		{
			name:      "killed_by_the_blast_has_reached",
			text:      "The number of people killed by the car bomb in Afgoye has reached 12, police said on Tuesday.",
			published: "2024-05-24", n: 1,
			want: []want{{place: "Afgoye", killed: "12/12/12"}},
		},
		// negatives: acts in the plural, over a year
		{
			name:      "killed_by_strikes_this_year",
			text:      "The number of people killed by Russian strikes in the Sumy region this year rose to 211, the governor said.",
			published: "2024-05-24", n: 0,
		},
		{
			name:      "killed_by_a_side_this_year",
			text:      "The number of people killed by police in Sumy this year rose to 11, a rights group said.",
			published: "2024-05-24", n: 0,
		},
	})
}

// A toll that rose is the whole as the report tells it: more dead of its
// side told after it in another sentence ("we found two more bodies") are
// the rise, within it. The other side's dead still add.
func TestMoreDeadAfterARisenTollAreTheRise(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "two_more_bodies_in_a_quote_after_the_rise",
			text:      "The death toll from a missile strike on a block of flats in Dnipro rose to 11 on Friday, the governor said. \"We found two more bodies under the rubble this morning,\" he said.",
			published: "2024-05-24", n: 1,
			want: []want{{place: "Dnipro", killed: "11/11/11"}},
		},
		{
			name:      "three_more_dead_were_found",
			text:      "The toll from Monday's bombing of a market in Bama climbed to 23, police said on Wednesday. Three more bodies were recovered from the debris.",
			published: "2024-05-24", n: 1,
			want: []want{{place: "Bama", killed: "23/23/23"}},
		},
		// negatives: no risen toll; the attackers' dead beside a risen toll
		{
			name:      "more_after_a_plain_toll_add",
			text:      "A missile strike on a block of flats in Dnipro killed nine people on Friday, the governor said. Rescuers found two more bodies on Saturday.",
			published: "2024-05-26", n: 1,
			want: []want{{place: "Dnipro", killed: "11/11/11"}},
		},
		{
			name:      "the_attackers_beside_a_risen_toll",
			text:      "The death toll from the siege of a hotel in Kismayo rose to 14 on Sunday, officials said. Security forces also killed four attackers.",
			published: "2024-05-27", n: 1,
			want: []want{{place: "Kismayo", killed: "18/18/18"}},
		},
	})
}

// The day told after a toll's earlier figure ("climbed to 21 on Sunday,
// up from 13 on Saturday") is the day that figure was given, not the
// day of the incident: the act told with its own day after it is the
// same incident.
func TestTheDayOfATollsEarlierFigureIsNoIncidentDay(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "up_from_n_on_a_day",
			text:      "The death toll from the siege of a hotel in Kismayo climbed to 21 on Sunday, up from 13 on Saturday, officials said. Gunmen stormed the hotel on Friday.",
			published: "2024-06-03", n: 1,
			want: []want{{place: "Kismayo", date: "2024-05-31", killed: "21/21/21"}},
		},
		{
			name:      "up_from_n_on_a_day_in_a_second_clause",
			text:      "The toll from the bombing of a market in Bama rose to 14 on Tuesday, up from nine on Monday, police said. The bomber struck the market on Sunday.",
			published: "2024-06-05", n: 1,
			want: []want{{place: "Bama", date: "2024-06-02", killed: "14/14/14"}},
		},
		// negatives: a day after "from" with no toll rising; another act
		{
			name:      "from_places_on_a_day",
			text:      "The death toll from the attack on a hotel in Kismayo rose to 21 on Sunday. Gunmen fired on the hotel from 2 rooftops on Friday.",
			published: "2024-06-03", n: 1,
			want: []want{{place: "Kismayo", date: "2024-05-31", killed: "21/21/21"}},
		},
		{
			name:      "another_blast_on_another_day",
			text:      "The death toll from Friday's attack on a hotel in Kismayo rose to 21 on Sunday, officials said. A second bomb went off at a market in Baidoa on Saturday, killing 13 people.",
			published: "2024-06-03", n: 2,
			want: []want{{place: "Kismayo", killed: "21/21/21"}, {place: "Baidoa", date: "2024-06-01", killed: "13/13/13"}},
		},
	})
}

// The deaths told in a clause of cause or time right after a risen toll
// ("has risen to four, after a man died in hospital", "climbed to 12 as
// a wounded soldier died") are the rise, within the toll, not more dead.
func TestDeathsThatRaisedATollAreWithinIt(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "risen_to_after_a_man_died",
			text:      "A missile hit a street in Kharkiv on Monday, killing three people. The toll has risen to four, after a man died in hospital.",
			published: "2024-04-16", n: 1,
			want: []want{{place: "Kharkiv", killed: "3/4/4"}},
		},
		{
			name:      "climbed_to_as_two_women_died",
			text:      "Gunmen attacked a market in Djibo on Sunday, killing 12 people. The toll climbed to 14 on Tuesday as two women died in hospital.",
			published: "2024-04-17", n: 1,
			want: []want{{place: "Djibo", killed: "12/14/14"}},
		},
		// negatives: no risen toll; a death told in a clause of its own
		{
			name:      "a_plain_count_then_deaths_after_add",
			text:      "Gunmen attacked an army post in Djibo on Sunday, killing 11 soldiers, after two villagers were killed in a raid nearby.",
			published: "2024-04-17", n: 1,
			want: []want{{place: "Djibo", killed: "13/13/13"}},
		},
		{
			name:      "the_attackers_told_by_while_after_a_risen_toll_add",
			text:      "Gunmen attacked an army post in Djibo on Sunday, killing 11 soldiers. The toll climbed to 12 on Tuesday, police said, while two attackers were killed by troops.",
			published: "2024-04-17", n: 1,
			want: []want{{place: "Djibo", killed: "11/14/14"}},
		},
		{
			name:      "a_death_told_by_and_after_the_toll_adds",
			text:      "Gunmen attacked an army post in Djibo on Sunday, killing 11 soldiers and two attackers.",
			published: "2024-04-17", n: 1,
			want: []want{{place: "Djibo", killed: "13/13/13"}},
		},
	})
}

// Bulleted lines under a digest heading ("HIGHLIGHTS") retell the body's
// incidents, but a report that is nothing but its digest (a flash update)
// tells its incidents there.
func TestADigestNoBodyFollowsIsTheReport(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "highlights_alone",
			text:      "This update covers the week to 19 August and was prepared by the humanitarian country team.\n\nHIGHLIGHTS\n- On 18 August, shelling on the Abu Shouk camp near El Fasher killed at least 9 people and injured 18, local sources said.\n- On 16 August, an attack on a market in Wad Madani reportedly killed 4 civilians.",
			published: "2024-08-20", n: 2,
			want: []want{{place: "Abu Shouk", killed: "9/9/-", wounded: "18/18/18"}, {place: "Wad Madani", killed: "4/4/4"}},
		},
		// negative: the body retells the digest's incidents
		{
			name:      "highlights_then_the_body",
			text:      "Flash update no. 3\n\nHIGHLIGHTS\n- At least 9 killed in shelling on the Abu Shouk camp\n\nNORTH DARFUR\n\nOn 18 August, shelling on the Abu Shouk camp near El Fasher killed at least 9 people and injured 18, local sources said.",
			published: "2024-08-20", n: 1,
			want: []want{{place: "Abu Shouk", killed: "9/9/-", wounded: "18/18/18"}},
		},
	})
}

// A person named after a rank whose fate is told past an aside on them
// (a bracket, words set off by commas, a perfect participle's phrase) is
// one of the dead, as with no aside ("Sepoy Ahmad Khan embraced
// shahadat").
func TestANamedPersonsFateToldPastAnAsideCounts(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "bracket_then_participle_phrase",
			text:      "Troops killed four terrorists in an operation near Mir Ali on Sunday. Lance Naik Imran Ali (age 27 years, resident of District Karak) having fought gallantly, embraced shahadat.",
			published: "2024-06-11", n: 1,
			want: []want{{place: "Mir Ali", killed: "5/5/5"}},
		},
		{
			name:      "participle_phrase_between_commas",
			text:      "Troops killed four terrorists in an operation near Mir Ali on Sunday. Sepoy Naveed Khan, having fought bravely, embraced shahadat.",
			published: "2024-06-11", n: 1,
			want: []want{{place: "Mir Ali", killed: "5/5/5"}},
		},
		{
			name:      "bracket_alone",
			text:      "Troops killed four terrorists in an operation near Mir Ali on Sunday. Sepoy Naveed Khan (age 22 years) embraced shahadat.",
			published: "2024-06-11", n: 1,
			want: []want{{place: "Mir Ali", killed: "5/5/5"}},
		},
		// negatives: an aside, then the person speaks or does something else
		{
			name:      "bracket_then_speaks",
			text:      "Troops killed four terrorists in an operation near Mir Ali on Sunday. Major Ali Raza (the sector commander) said the terrorists had been killed.",
			published: "2024-06-11", n: 1,
			want: []want{{place: "Mir Ali", killed: "4/4/4"}},
		},
		{
			name:      "participle_then_praises",
			text:      "Troops killed four terrorists in an operation near Mir Ali on Sunday. Major Ali Raza, having visited the site, praised the troops.",
			published: "2024-06-11", n: 1,
			want: []want{{place: "Mir Ali", killed: "4/4/4"}},
		},
	})
}

// People told maimed, or by the limb they lost ("a fifth passenger lost
// both legs", "two children were maimed"), are hurt.
func TestTheMaimedAreWounded(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "lost_both_legs",
			text:      "A landmine killed four people on a farm road in Sulu on Monday. A fifth passenger lost both legs.",
			published: "2023-08-08", n: 1,
			want: []want{{place: "Sulu", killed: "4/4/4", wounded: "1/1/1"}},
		},
		{
			name:      "were_maimed",
			text:      "A landmine killed four people on a farm road in Sulu on Monday. Two children were maimed.",
			published: "2023-08-08", n: 1,
			want: []want{{place: "Sulu", killed: "4/4/4", wounded: "2/2/2"}},
		},
		// negatives: a leg of a route lost; lives lost
		{
			name:      "a_leg_of_a_route",
			text:      "A landmine killed four people on a farm road in Sulu on Monday. The army lost a leg of its supply route.",
			published: "2023-08-08", n: 1,
			want: []want{{place: "Sulu", killed: "4/4/4", wounded: "-/-/-"}},
		},
		{
			name:      "lost_their_lives",
			text:      "A landmine hit a tricycle on a farm road in Sulu on Monday. Four passengers lost their lives.",
			published: "2023-08-08", n: 1,
			want: []want{{place: "Sulu", killed: "4/4/4", wounded: "-/-/-"}},
		},
	})
}

// A toll told again as made of one side ("The 15 dead were civilians and
// police officers", "The 15 dead were all guests") leaves the other side's
// dead told apart beside it: the attackers killed add to it.
func TestATollToldAsOneSidesLeavesTheAttackersBesideIt(t *testing.T) {
	runFamily(t, []familyCase{
		{
			name:      "the_dead_were_civilians_and_police",
			text:      "The toll from the siege of a hotel in Kismayo rose to 15 on Sunday. The 15 dead were civilians and police officers, the minister said. All four gunmen were killed.",
			published: "2024-06-03", n: 1,
			want: []want{{place: "Kismayo", killed: "19/19/19"}},
		},
		{
			name:      "the_dead_were_all_guests",
			text:      "Gunmen stormed a hotel in Kismayo on Saturday, killing 15 people. The 15 dead were all guests. Troops killed the four gunmen.",
			published: "2024-06-03", n: 1,
			want: []want{{place: "Kismayo", killed: "19/19/19"}},
		},
		// negatives: no make-up told; a make-up of both sides
		{
			name:      "no_make_up_told",
			text:      "Gunmen stormed a hotel in Kismayo on Saturday, killing 15 people. Troops killed the four gunmen.",
			published: "2024-06-03", n: 1,
			want: []want{{place: "Kismayo", killed: "15/15/15"}},
		},
		{
			name:      "a_make_up_of_both_sides",
			text:      "Gunmen stormed a hotel in Kismayo on Saturday, killing 15 people. The 15 dead were civilians and gunmen.",
			published: "2024-06-03", n: 1,
			want: []want{{place: "Kismayo", killed: "15/15/15"}},
		},
	})
}
