package extract

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
)

var (
	testOnce sync.Once
	testX    *Extractor
	testErr  error
)

// testExtractor is the engine as `sitrep extract` builds it: embedded
// gazetteer, actor dictionary and lexicon.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	testOnce.Do(func() {
		g, err := gazetteer.Default()
		if err != nil {
			testErr = err
			return
		}
		testX, testErr = New(Config{Gazetteer: g})
	})
	if testErr != nil {
		t.Fatal(testErr)
	}
	return testX
}

// want is what a test expects of one event; empty fields are not checked.
type want struct {
	typ, sub       string
	actor1, actor2 string
	place          string // location name contains this
	country        string // the location's country (ISO2)
	date           string // "none": no date at all
	killed         string // Count.String() of killed, e.g. "12/12/12"
	wounded        string
}

func extractText(t testing.TB, text, published string) []sitrep.Event {
	doc := &sitrep.Document{ID: "t", Text: text, Published: sitrep.Date(published)}
	evs, _ := testExtractor(t).Extract(doc)
	return evs
}

func checkEvent(t *testing.T, ev sitrep.Event, w want) {
	t.Helper()
	if w.typ != "" && ev.EventType != w.typ {
		t.Errorf("event_type = %q, want %q", ev.EventType, w.typ)
	}
	if w.sub != "" && ev.SubEventType != w.sub {
		t.Errorf("sub_event_type = %q, want %q", ev.SubEventType, w.sub)
	}
	if w.actor1 != "" && ev.Actor1 != w.actor1 {
		t.Errorf("actor1 = %q, want %q", ev.Actor1, w.actor1)
	}
	if w.actor2 != "" && ev.Actor2 != w.actor2 {
		t.Errorf("actor2 = %q, want %q", ev.Actor2, w.actor2)
	}
	if w.place != "" && (ev.Location == nil || !strings.Contains(ev.Location.Name, w.place)) {
		t.Errorf("location = %+v, want a name containing %q", ev.Location, w.place)
	}
	if w.date == "none" && ev.Date != "" {
		t.Errorf("date = %q, want none", ev.Date)
	} else if w.date != "" && w.date != "none" && string(ev.Date) != w.date {
		t.Errorf("date = %q, want %q", ev.Date, w.date)
	}
	if w.country != "" && (ev.Location == nil || ev.Location.Country != w.country) {
		t.Errorf("location = %+v, want country %s", ev.Location, w.country)
	}
	if w.killed != "" && ev.Killed.String() != w.killed {
		t.Errorf("killed = %s, want %s", ev.Killed, w.killed)
	}
	if w.wounded != "" && ev.Wounded.String() != w.wounded {
		t.Errorf("wounded = %s, want %s", ev.Wounded, w.wounded)
	}
}

// TestRules guards each reading rule with a sentence written for it.
func TestRules(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		published string
		n         int // events expected
		want      []want
	}{
		{
			name:      "active_killing_and_injuring",
			text:      "Two bombers attacked army positions in the Zanjili district of western Mosul on Sunday, killing 9 soldiers and injuring five others, an officer said.",
			published: "2017-06-05", n: 1,
			want: []want{{typ: "Explosions/Remote violence", place: "Zanjili", killed: "9/9/9", wounded: "5/5/5", date: "2017-06-04"}},
		},
		{
			name: "passive_were_killed_with_including_aside",
			text: "At least eight people, including seven policemen, were killed and 24 others injured in a blast targeting a police truck in Quetta.",
			n:    1,
			want: []want{{sub: "Remote explosive/landmine/IED", place: "Quetta", killed: "8/8/-", wounded: "24/24/24"}},
		},
		{
			name:      "also_killed_adds_the_other_side",
			text:      "Iraqi forces repelled an attack launched by Islamic State on the town of Baiji, during which more than 20 soldiers and civilians were killed and 30 more wounded. About 15 Islamic State fighters were also killed in the fighting.",
			published: "2016-03-02", n: 1,
			want: []want{{typ: "Battles", actor1: "Islamic State", actor2: "Iraqi Security Forces", place: "Baiji", killed: "35/35/-", wounded: "30/30/30"}},
		},
		{
			name:      "territory_gain_split_over_listed_places",
			text:      "Counter-terrorism forces freed the districts of al-Karama and al-Quds in eastern Mosul on Tuesday, the Joint Operations Command said.",
			published: "2016-12-14", n: 2,
			want: []want{
				{sub: "Government regains territory", actor1: "Counter-Terrorism Service", place: "Karama", date: "2016-12-13"},
				{sub: "Government regains territory", actor1: "Counter-Terrorism Service", place: "Quds"},
			},
		},
		{
			name:      "recaptured_from_gives_actor2",
			text:      "Popular Mobilization Forces recaptured the town of Baaj from Daesh on Sunday, the military said.",
			published: "2017-06-04", n: 1,
			want: []want{{sub: "Government regains territory", actor1: "Popular Mobilization Forces", actor2: "Islamic State", place: "Baaj", date: "2017-06-04"}},
		},
		{
			name:      "islamic_state_seizing_a_town",
			text:      "Islamic State militants seized the town of Hit in Anbar province on Monday after a week of fighting.",
			published: "2014-10-15", n: 1,
			want: []want{{sub: "Non-state actor overtakes territory", actor1: "Islamic State", place: "Hit"}},
		},
		{
			name:      "airstrike_on_civilians",
			text:      "Seven civilians were killed by coalition airstrikes that hit the village of Hamrat in Raqqa province on Friday.",
			published: "2017-06-10", n: 1,
			want: []want{{sub: "Air/drone strike", actor1: "US-led coalition", actor2: "civilians", killed: "7/7/7", date: "2017-06-09"}},
		},
		{
			name:      "suicide_bomber_blew_himself_up",
			text:      "A suicide bomber blew himself up at a checkpoint in Maiduguri on Friday night, killing two vigilantes, police said.",
			published: "2017-04-08", n: 1,
			want: []want{{sub: "Suicide bomb", place: "Maiduguri", killed: "3/3/3", date: "2017-04-07"}},
		},
		{
			name:      "cumulative_toll_is_a_figure_not_an_incident",
			text:      "More than 1,200 civilians have been killed in Mosul since the offensive began in October, the United Nations said.",
			published: "2017-03-01", n: 0,
		},
		{
			name:      "plans_are_not_events",
			text:      "The army plans to retake Tal Afar next month and has vowed to attack the town from three sides.",
			published: "2017-06-01", n: 0,
		},
		{
			name:      "background_history_is_not_an_event",
			text:      "Islamic State seized Mosul in June 2014 and declared its caliphate from the city's Grand Mosque.",
			published: "2017-06-01", n: 0,
		},
		{
			name:      "conflicting_tolls_low_and_high",
			text:      "A truck bomb tore through a market in Baghdad on Thursday, killing at least 30 people, police said. A United Nations official later gave a higher death toll of 41 people.",
			published: "2015-08-14", n: 1,
			want: []want{{place: "Baghdad", killed: "30/30/41", date: "2015-08-13"}},
		},
		{
			name:      "death_toll_rose",
			text:      "A car bomb exploded near a mosque in Kirkuk on Friday. The death toll rose to 12, hospital sources said.",
			published: "2016-05-21", n: 1,
			want: []want{{place: "Kirkuk", killed: "12/12/12"}},
		},
		{
			name:      "one_person_without_a_number",
			text:      "A policeman was killed and a child was wounded when a roadside bomb went off in Baquba on Wednesday.",
			published: "2016-05-20", n: 1,
			want: []want{{sub: "Remote explosive/landmine/IED", place: "Baquba", killed: "1/1/1", wounded: "1/1/1"}},
		},
		{
			name:      "two_incidents_in_two_places",
			text:      "A car bomb killed five people in Samarra on Monday. In a separate attack, gunmen killed three soldiers at a checkpoint in Tarmiyah.",
			published: "2016-05-17", n: 2,
			want: []want{{place: "Samarra", killed: "5/5/5"}, {place: "Tarmiyah", killed: "3/3/3"}},
		},
		{
			name:      "passive_by_names_the_attacker",
			text:      "Four civilians were killed in shelling by Houthi rebels on a residential neighbourhood of Taiz on Wednesday.",
			published: "2016-03-10", n: 1,
			want: []want{{sub: "Shelling/artillery/missile attack", actor1: "Houthis", actor2: "civilians", killed: "4/4/4"}},
		},
		{
			name:      "claim_of_responsibility",
			text:      "A suicide attack on a police headquarters in Kandahar killed 12 people on Thursday. The Taliban claimed responsibility for the attack.",
			published: "2019-07-18", n: 1,
			want: []want{{sub: "Suicide bomb", actor1: "Taliban", killed: "12/12/12", date: "2019-07-18"}},
		},
		{
			name: "no_events_in_analysis",
			text: "Jihadists are becoming more brazen, carrying out coordinated attacks on security services across the region. Analysts expect the group to regroup in the desert.",
			n:    0,
		},
		{
			name:      "arrests",
			text:      "Security forces arrested 35 suspects in Kirkuk on Saturday after the attack, police said.",
			published: "2016-10-23", n: 1,
			want: []want{{typ: "Strategic developments", sub: "Arrests", place: "Kirkuk"}},
		},
		{
			name:      "executions_are_violence_against_civilians",
			text:      "Islamic State militants executed 12 civilians in the village of Khafsa south of Mosul on Monday, residents said.",
			published: "2016-11-01", n: 1,
			want: []want{{typ: "Violence against civilians", actor1: "Islamic State", actor2: "civilians", killed: "12/12/12"}},
		},
		{
			name: "tallies_by_province_are_statistics",
			text: "Anbar recorded 40 killed and 52 injured; Diyala 31 killed and 20 injured, and Baghdad 12 killed and 9 injured, the mission said.",
			n:    0,
		},
		{
			name:      "fighting_as_a_backdrop_is_no_incident",
			text:      "Hundreds of families walked out of western Mosul on Saturday during a lull in heavy fighting, aid workers said.",
			published: "2017-03-20", n: 0,
		},
		{
			name:      "participle_as_adjective_is_no_capture",
			text:      "Soldiers patrolled the recently liberated district of Hit on Monday.",
			published: "2016-04-20", n: 0,
		},
		{
			name:      "named_side_counted_and_added",
			text:      "Twelve police officers were killed when Taliban fighters attacked a checkpoint in Kandahar province on Monday. Nine Taliban were also killed in the fighting, officials said.",
			published: "2017-01-03", n: 1,
			want: []want{{actor1: "Taliban", killed: "21/21/21"}},
		},
		{
			name:      "bare_count_before_were_wounded",
			text:      "A suicide bomber struck a wedding hall in Kirkuk on Friday, killing 6 guests. Another 31 were wounded, police said.",
			published: "2016-05-21", n: 1,
			want: []want{{sub: "Suicide bomb", killed: "6/6/6", wounded: "31/31/31"}},
		},
		{
			name:      "a_total_of_in_the_attack_is_the_incident_total",
			text:      "Gunmen opened fire on a bus near Ramadi on Sunday, killing four people. A total of 11 people were injured in the attack, a doctor said.",
			published: "2016-05-23", n: 1,
			want: []want{{killed: "4/4/4", wounded: "11/11/11"}},
		},
		{
			name:      "killed_and_wounded_together_count_neither",
			text:      "Five members of one family were killed and wounded when a mortar shell hit their house in Tikrit on Tuesday.",
			published: "2016-05-25", n: 1,
			want: []want{{killed: "-/-/-", wounded: "-/-/-"}},
		},
		{
			name:      "a_country_as_subject_stands_for_its_forces",
			text:      "Turkey shelled the village of Jinderes in northern Syria on Sunday, killing three civilians, a monitor said.",
			published: "2018-02-12", n: 1,
			want: []want{{actor1: "Turkish Armed Forces", actor2: "civilians", killed: "3/3/3"}},
		},
		{
			name:      "undated_incident_takes_the_news_day",
			text:      "A car bomb killed nine people in Baquba on Monday, police said. In a separate attack, a roadside bomb wounded two soldiers in Muqdadiyah.",
			published: "2016-05-17", n: 2,
			want: []want{{date: "2016-05-16"}, {date: "2016-05-16"}},
		},
		{
			name:      "list_after_an_active_predicate_adds_up",
			text:      "Three suicide bombers attacked a power plant in Dibis on Friday, killing 12 engineers and guards and four foreign technicians, the mayor said.",
			published: "2016-10-22", n: 1,
			want: []want{{killed: "16/16/16"}},
		},
		{
			name:      "list_before_a_passive_predicate_adds_up",
			text:      "Two policemen, a girl and a man were killed when a bomb went off at a market in Quetta on Monday.",
			published: "2023-04-11", n: 1,
			want: []want{{killed: "4/4/4"}},
		},
		{
			name:      "breakdown_list_is_not_added",
			text:      "Government warplanes struck the town of Douma on Wednesday, killing 10 civilians, six women and four children, a monitor said.",
			published: "2017-11-09", n: 1,
			want: []want{{killed: "10/10/10"}},
		},
		{
			name:      "along_with_adds",
			text:      "Three foreign workers were killed at the power station in Kirkuk on Friday, along with eight Iraqis, police said.",
			published: "2016-10-22", n: 1,
			want: []want{{killed: "11/11/11"}},
		},
		{
			name:      "another_is_one_more",
			text:      "A civilian was killed and another was injured when Houthi rebels shelled a village in Taiz province on Wednesday.",
			published: "2016-03-10", n: 1,
			want: []want{{killed: "1/1/1", wounded: "1/1/1"}},
		},
		{
			name:      "negation_reaches_its_clause",
			text:      "The toll does not include the hundreds of men rounded up in villages south of Kirkuk last week.",
			published: "2016-10-25", n: 0,
		},
		{
			name:      "mass_grave_of_former_police",
			text:      "More than 200 former police officers were killed and buried in a mass grave near Hammam al-Alil last month, a rights group said.",
			published: "2016-11-17", n: 1,
			want: []want{{typ: "Violence against civilians", killed: "200/200/-"}},
		},
		{
			name:      "including_list_is_all_parts",
			text:      "Forty people were killed in the shelling of Saraqib on Monday, including 12 soldiers and 9 children.",
			published: "2016-02-02", n: 1,
			want: []want{{killed: "40/40/40"}},
		},
		{
			name:      "comma_list_before_passive_verb",
			text:      "Four militants, two civilians killed in clashes in Baquba on Sunday.",
			published: "2016-02-02", n: 1,
			want: []want{{killed: "6/6/6"}},
		},
		{
			name:      "part_of_a_count_blowing_itself_up",
			text:      "Seven gunmen were killed in Hit on Friday after three of them blew themselves up near a checkpoint.",
			published: "2016-02-06", n: 1,
			want: []want{{killed: "7/7/7"}},
		},
		{
			name:      "headline_count_when_the_body_counts_only_the_bomber",
			text:      "Car bomb kills 23 at vegetable market in Baquba\n\nA suicide bomber drove a car packed with explosives into the vegetable market of Baquba on Friday morning, police said. People gathered around the car before he blew himself up.",
			published: "2016-02-06", n: 1,
			want: []want{{sub: "Suicide bomb", place: "Baquba", killed: "23/23/23", date: "2016-02-05"}},
		},
		{
			name:      "a_report_that_is_only_a_headline",
			text:      "Gunmen kill four policemen at checkpoint in Kirkuk",
			published: "2016-02-06", n: 1,
			want: []want{{place: "Kirkuk", killed: "4/4/4"}},
		},
		{
			name:      "the_attack_pointed_back_at_gives_its_date",
			text:      "Islamic State fighters attacked a Peshmerga outpost in Sinjar, killing three Kurdish fighters. The attack began on Thursday shortly after midnight and lasted four hours.",
			published: "2016-02-06", n: 1,
			want: []want{{place: "Sinjar", killed: "3/3/3", date: "2016-02-04"}},
		},
		{
			name:      "a_district_placed_only_by_guess_does_not_replace_a_known_town",
			text:      "Government jets bombed the city of Idlib on Monday, killing nine civilians, medics said. The raids on the eastern district of Wadi Zarqa went on into the evening.",
			published: "2016-02-02", n: 1,
			want: []want{{place: "Idlib", killed: "9/9/9"}},
		},
		{
			name:      "present_tense_kills_without_a_toll_is_an_incident_dated_by_publication",
			text:      "Iraqi army kills Islamic State snipers in Tal Afar",
			published: "2017-08-24", n: 1,
			want: []want{{typ: "Battles", actor1: "Iraqi Security Forces", actor2: "Islamic State", place: "Tal Afar", killed: "-/-/-", date: "2017-08-24"}},
		},
		{
			name:      "claims_the_lives_of",
			text:      "A car bomb in the market of Saraqib claims the lives of 6 citizens on Monday, medics said.",
			published: "2018-02-06", n: 1,
			want: []want{{place: "Saraqib", killed: "6/6/6"}},
		},
		{
			name:      "a_capture_told_as_liberation_anywhere_is_the_state_taking_back",
			text:      "Islamic State militants fled as the Iraqi flag was hoisted over the government compound in Hit on Monday. \"The town of Hit has been liberated,\" an army spokesman said.",
			published: "2016-04-14", n: 1,
			want: []want{{sub: "Government regains territory", actor1: "Iraqi Security Forces", place: "Hit"}},
		},
		{
			name:      "managed_to_liberate_is_done",
			text:      "Popular Mobilization Forces fighters managed to liberate Upper Zab village on the outskirts of Shirqat on Tuesday.",
			published: "2016-09-22", n: 1,
			want: []want{{sub: "Government regains territory", actor1: "Popular Mobilization Forces", place: "Upper Zab"}},
		},
		{
			name:      "coordinated_subjects_both_act_and_the_first_named_leads",
			text:      "Popular Mobilization Forces fighters and the Interior Ministry's elite rapid response forces stormed Upper Zab village on the outskirts of Shirqat on Tuesday.",
			published: "2016-09-22", n: 1,
			want: []want{{actor1: "Popular Mobilization Forces", place: "Upper Zab"}},
		},
		{
			name:      "plans_to_liberate_is_not",
			text:      "Popular Mobilization Forces fighters plan to liberate Upper Zab village on the outskirts of Shirqat next week.",
			published: "2016-09-22", n: 0,
		},
		{
			name: "the_sides_named_place_a_report_that_names_no_country",
			text: "Islamic State fighters attacked a Peshmerga outpost in Makhmour, killing three Kurdish fighters.",
			n:    1,
			want: []want{{actor1: "Islamic State", place: "Makhmour", killed: "3/3/3"}},
		},
		{
			name:      "places_counted_not_named_are_taken_in_the_place_found",
			text:      "Thick smoke rose over Mosul on Friday as two more districts were said to have been recaptured by government troops.",
			published: "2017-04-22", n: 1,
			want: []want{{sub: "Government regains territory", actor1: "Iraqi Security Forces", place: "Mosul", date: "2017-04-21"}},
		},
		{
			name:      "places_counted_in_a_report_naming_none_still_tell_a_capture",
			text:      "Two more districts were recaptured by government troops on Friday, the army said.",
			published: "2017-04-22", n: 1,
			want: []want{{sub: "Government regains territory", date: "2017-04-21"}},
		},
		{
			name:      "some_areas_taken_then_one_town_elsewhere_are_two_captures",
			text:      "Iraqi forces have retaken some areas of the city of Tikrit from Islamic State militants. Government troops also captured the town of Baiji on Monday.",
			published: "2015-03-11", n: 2,
			want: []want{{sub: "Government regains territory", place: "Tikrit"}, {sub: "Government regains territory", place: "Baiji"}},
		},
		{
			name:      "two_districts_then_their_names_is_one_summary",
			text:      "Iraqi forces recaptured two more districts of western Mosul on Tuesday. Troops recaptured the al-Yarmuk district and the al-Tanak district after heavy fighting.",
			published: "2017-04-19", n: 2,
			want: []want{{place: "Yarmuk"}, {place: "Tanak"}},
		},
		{
			name:      "the_place_acted_on_outranks_the_place_it_is_located_by",
			text:      "Government troops captured the town of al-Alam, on the northern perimeter of Tikrit, on Sunday.",
			published: "2015-03-11", n: 1,
			want: []want{{sub: "Government regains territory", place: "al-Alam"}},
		},
		{
			name:      "fire_from_the_incident_place_is_another_incident",
			text:      "Government aircraft bombed Douma on Friday, killing 12 civilians, a monitor said. Twelve strikes hit the town. Rebel mortar fire from Douma wounded seven people near the capital, state media said.",
			published: "2018-04-07", n: 2,
			want: []want{{sub: "Air/drone strike", killed: "12/12/12"}, {sub: "Shelling/artillery/missile attack", wounded: "7/7/7"}},
		},
		{
			name:      "a_side_announcing_a_capture_took_it",
			text:      "On Wednesday the Popular Mobilization Forces announced the capture of the village of Salamiyah, south of Mosul.",
			published: "2016-11-17", n: 1,
			want: []want{{sub: "Government regains territory", actor1: "Popular Mobilization Forces"}},
		},
		{
			name:      "an_unclaimed_bombing_goes_to_the_group_a_report_is_about_with_a_note",
			text:      "Islamic State fighters attacked army posts in western Mosul on Saturday. Islamic State still holds the Old City, and Islamic State snipers fire on troops every day. A car bomb killed five soldiers in the Zanjili district on Sunday. Some analysts compare its tactics with those of the PKK.",
			published: "2017-06-05", n: 2,
			want: []want{{}, {sub: "Remote explosive/landmine/IED", actor1: "Islamic State", killed: "5/5/5"}},
		},
		{
			name:      "a_fight_told_by_a_sides_spokesman_is_that_sides",
			text:      "\"Our units tightened the siege of [Islamic State] in Tal Afar overnight,\" Popular Mobilization Forces spokesman Karim Nouri said on Saturday.",
			published: "2016-10-29", n: 1,
			want: []want{{actor1: "Popular Mobilization Forces", actor2: "Islamic State", place: "Tal Afar"}},
		},
		{
			name: "a_bare_year_in_a_later_sentence_is_history_not_the_date",
			text: "Iraqi forces captured the grounds of the Grand Mosque in Mosul's Old City. The minaret of the mosque survived air raids during the invasion in 2003.",
			n:    1,
			want: []want{{sub: "Government regains territory", date: "none"}},
		},
		{
			name:      "overnight_into_a_named_day_is_that_day",
			text:      "Army jets bombed militant positions in Derna overnight and early on Thursday morning, killing eight fighters, a military official said.",
			published: "2015-05-21", n: 1,
			want: []want{{sub: "Air/drone strike", date: "2015-05-21"}},
		},
		{
			name:      "overnight_alone_is_the_night_before",
			text:      "Army jets bombed militant positions in Derna overnight, killing eight fighters, a military official said on Friday.",
			published: "2015-05-22", n: 1,
			want: []want{{sub: "Air/drone strike", date: "2015-05-21"}},
		},
		{
			name:      "a_count_of_places_retold_is_no_summary_of_it",
			text:      "Federal police recaptured 14 villages in Kirkuk's Hawija district from Islamic State militants on Tuesday. A police commander said that 14 villages in Hawija have been fully liberated.",
			published: "2017-12-20", n: 1,
			want: []want{{sub: "Government regains territory", place: "Hawija", date: "2017-12-19"}},
		},
		{
			name: "last_year_is_history_in_an_undated_report",
			text: "Federal police recaptured 14 villages in Kirkuk's Hawija district from Islamic State militants on Tuesday. Last year, the prime minister declared that Iraqi troops recaptured the town of Baiji.",
			n:    1,
			want: []want{{sub: "Government regains territory", place: "Hawija"}},
		},
		{
			name:      "clashes_between_a_and_b_put_a_first",
			text:      "Violent clashes broke out between the SDF and Syrian government forces near Khasham on Tuesday, a monitor said. Heavy clashes between regime forces and ISIS went on near Mayadin.",
			published: "2018-02-08", n: 2,
			want: []want{{sub: "Armed clash", actor1: "Syrian Democratic Forces", actor2: "Syrian government forces"}, {actor1: "Syrian government forces", actor2: "Islamic State"}},
		},
		{
			name:      "arrests_told_by_a_forces_sources_are_that_forces",
			text:      "At least 35 people were arrested in Kirkuk on Saturday, according to Kurdish security sources.",
			published: "2016-10-23", n: 1,
			want: []want{{sub: "Arrests", actor1: "Kurdish security forces (Asayish)"}},
		},
		{
			name: "a_claim_told_before_its_attack_names_and_dates_it",
			text: "Islamic State has claimed responsibility for the suicide bombing that ripped through a vegetable market early Thursday.\n\nThe bomber blew himself up among shoppers in the Jadida district of Baquba, killing 20 people, police said. At first no one claimed the attack, but shortly after, ISIS published a statement online saying it was responsible for the bloodshed.",
			n:    1,
			want: []want{{sub: "Suicide bomb", actor1: "Islamic State", place: "Jadida", killed: "20/20/20"}}, // the people killed are the toll told (the bomber is not added to it)
		},
		{
			name: "a_toll_over_months_of_something_is_a_figure",
			text: "About 100 people have died in three months of anti-government street protests in Caracas, officials said.",
			n:    0,
		},
		{
			name:      "a_presupposed_capture_names_the_place_of_the_one_told",
			text:      "Government troops seized an airfield south of Kirkuk on Tuesday, the army said. The capture of the Hawija airfield also opens the road to the Tigris valley for the troops.",
			published: "2016-10-05", n: 1,
			want: []want{{sub: "Government regains territory", place: "Hawija", date: "2016-10-04"}},
		},
		{
			name:      "a_definite_shelling_with_its_own_toll_is_told_anew",
			text:      "Government troops seized an airfield south of Kirkuk on Tuesday, the army said. The shelling of Hawija killed five civilians on Wednesday.",
			published: "2016-10-06", n: 2,
			want: []want{{sub: "Government regains territory", place: "Kirkuk"}, {place: "Hawija", killed: "5/5/5"}},
		},
		{
			name:      "a_capture_in_a_relative_clause_describes_the_town_not_the_event",
			text:      "A car bomb killed nine people on Saturday in the town of Tal Tamr, which was seized by government forces in the spring.",
			published: "2019-11-25", n: 1,
			want: []want{{typ: "Explosions/Remote violence", place: "Tal Tamr", killed: "9/9/9"}},
		},
		{
			name:      "a_capture_in_the_main_clause_is_the_event",
			text:      "Government forces seized the town of Tal Tamr on Saturday, which the rebels had held since the spring.",
			published: "2019-11-25", n: 1,
			want: []want{{sub: "Government regains territory", place: "Tal Tamr"}},
		},
		{
			name: "a_when_clause_dating_the_start_of_a_since_state_is_history",
			text: "Army troops shelled militant positions in Hit on Monday. The black flag of the militants had flown over the mosque since June 2014, when they captured the town.",
			n:    1,
			want: []want{{sub: "Shelling/artillery/missile attack", place: "Hit", actor1: "Iraqi Security Forces"}},
		},
		{
			name: "a_when_clause_without_since_tells_the_news",
			text: "Militants overran the town of Hit on Monday, when the army withdrew from its positions.",
			n:    1,
			want: []want{{sub: "Non-state actor overtakes territory", place: "Hit"}},
		},
		{
			name:      "a_family_of_five_is_five_dead",
			text:      "An air strike on a house in Saada killed a family of five on Thursday, health officials said.",
			published: "2021-03-05", n: 1,
			want: []want{{killed: "5/5/5", actor2: "civilians"}},
		},
		{
			name:      "a_family_of_seven_counted_by_its_own_verb_is_counted_once",
			text:      "A family of seven was murdered in their home in Saada on Thursday.",
			published: "2021-03-05", n: 1,
			want: []want{{killed: "7/7/7"}},
		},
		{
			name:      "a_lone_victim_named_by_a_singular_noun_is_one_dead",
			text:      "Unknown assailants shot dead a tribal elder in Saada on Tuesday, police said.",
			published: "2021-03-05", n: 1,
			want: []want{{sub: "Attack", killed: "1/1/1", actor2: "civilians"}},
		},
		{
			name:      "a_father_and_his_two_sons_are_three_dead",
			text:      "A drone strike killed a father and his two sons near Saada on Tuesday.",
			published: "2021-03-05", n: 1,
			want: []want{{killed: "3/3/3"}},
		},
		{
			name:      "his_brother_who_speaks_is_not_a_victim",
			text:      "A drone strike killed a farmer near Saada on Tuesday, his brother said.",
			published: "2021-03-05", n: 1,
			want: []want{{killed: "1/1/1"}},
		},
		{
			name:      "clashes_between_two_sides_that_killed_civilians_keep_the_second_side_as_actor2",
			text:      "Clashes between the army and the paramilitary Rapid Support Forces in Omdurman left at least 20 civilians dead on Saturday, medics said.",
			published: "2023-05-01", n: 1,
			want: []want{{sub: "Armed clash", actor1: "Sudanese Armed Forces", actor2: "Rapid Support Forces", killed: "20/20/-"}},
		},
		{
			name:      "an_attack_on_civilians_between_two_towns_keeps_civilians",
			text:      "Gunmen killed 12 villagers on the road between Omdurman and Bahri on Saturday, medics said.",
			published: "2023-05-01", n: 1,
			want: []want{{actor2: "civilians", killed: "12/12/12"}},
		},
		{
			name:      "the_commander_of_the_base_was_injured_is_one_wounded",
			text:      "Militants stormed an army base near Balad on Monday, killing 12 soldiers, and the commander of the base was injured, an officer said.",
			published: "2021-03-02", n: 1,
			want: []want{{killed: "12/12/12", wounded: "1/1/1"}},
		},
		{
			// (the bomber is no victim, but his death is one of the
			// incident's: killed sums every side, as "blew himself up,
			// killing three soldiers" counts four)
			name:      "the_bomber_who_was_killed_is_counted_beside_the_victims",
			text:      "A suicide bomber struck a checkpoint near Balad on Monday, killing three soldiers; the bomber was killed, an officer said.",
			published: "2021-03-02", n: 1,
			want: []want{{killed: "4/4/4"}},
		},
		{
			name:      "a_lead_of_fighting_makes_a_battle_of_the_air_strikes_in_it",
			text:      "Fighting erupted in Benghazi on Tuesday, with at least 16 people killed, a spokesman said. The fighting involved air strikes by the army and shelling by the militants.",
			published: "2015-11-11", n: 1,
			want: []want{{typ: "Battles", sub: "Armed clash", killed: "16/16/-"}},
		},
		{
			name:      "an_assault_and_the_fighting_it_began_are_a_battle_with_its_suicide_bombers",
			text:      "Militants attacked a police compound in Kirkuk on Friday and fighting is under way, witnesses said. Suicide bombers blew themselves up at the gate of the compound.",
			published: "2016-10-21", n: 1,
			want: []want{{typ: "Battles", sub: "Armed clash"}},
		},
		{
			name:      "deadly_attacks_in_a_lead_are_no_fighting_and_the_bomb_is_the_event",
			text:      "Nine soldiers were killed in Sukma district on Tuesday in one of the deadliest attacks by the rebels this year. The rebels blew up an army vehicle with a roadside bomb.",
			published: "2021-03-03", n: 1,
			want: []want{{sub: "Remote explosive/landmine/IED", killed: "9/9/9"}},
		},
		{
			name:      "the_toll_from_a_named_bombing_that_rose_is_its_dead",
			text:      "The death toll from a car bomb in Baquba on Sunday rose to 41, officials said on Monday.",
			published: "2016-07-04", n: 1,
			want: []want{{sub: "Remote explosive/landmine/IED", place: "Baquba", killed: "41/41/41", date: "2016-07-03"}},
		},
		{
			name:      "the_attackers_fate_after_the_act_is_no_act_of_those_who_stopped_him",
			text:      "A gunman killed 12 people at a hotel near Sousse on Friday before he was shot dead by police.",
			published: "2015-06-27", n: 1,
			// (the gunman's own death is one more of the dead: killed sums
			// every side, as "before being shot dead" always did)
			want: []want{{sub: "Attack", actor2: "civilians", killed: "13/13/13"}},
		},
		{
			name:      "stabbed_to_death_counts_the_dead",
			text:      "Two police officers were stabbed to death at a checkpoint in Arish on Monday.",
			published: "2021-06-10", n: 1,
			want: []want{{killed: "2/2/2", place: "Arish"}},
		},
		{
			name:      "lynched_counts_the_dead",
			text:      "A mob lynched two men accused of theft in Sialkot on Friday.",
			published: "2021-06-10", n: 1,
			want: []want{{killed: "2/2/2", place: "Sialkot"}},
		},
		{
			name:      "details_opened_by_in_the_first_take_the_day_of_the_sentence_they_detail",
			text:      "At least 12 people were killed in two separate attacks in the north on Sunday. In the first, gunmen killed eight villagers in Ouahigouya. In the second, four soldiers died when their convoy hit an IED near Djibo.",
			published: "2020-10-20", n: 2,
			want: []want{{place: "Ouahigouya", date: "2020-10-18", killed: "8/8/8"}, {place: "Djibo", date: "2020-10-18", killed: "4/4/4"}},
		},
		{
			name:      "a_vehicle_that_struck_a_mine_is_a_mine_blast",
			text:      "Two civilians died when their vehicle struck a mine near Menaka on Sunday.",
			published: "2019-02-26", n: 1,
			want: []want{{sub: "Remote explosive/landmine/IED", killed: "2/2/2"}},
		},
		{
			name:      "a_report_opening_on_the_attack_told_in_full_has_it",
			text:      "The attack in Kaya on Sunday killed 14 people and wounded 20 others, officials said.",
			published: "2020-02-10", n: 1,
			want: []want{{place: "Kaya", killed: "14/14/14", wounded: "20/20/20", date: "2020-02-09"}},
		},
		{
			name:      "the_attack_told_after_its_incident_joins_it",
			text:      "Gunmen attacked a market in Kaya on Sunday, police said. The attack in Kaya killed 14 people.",
			published: "2020-02-10", n: 1,
			want: []want{{place: "Kaya", killed: "14/14/14"}},
		},
		{
			name:      "a_second_sources_toll_is_the_same_dead_not_more",
			text:      "Police said 12 people died in a bomb blast in Kaya on Sunday, while hospital officials put the toll at 15.",
			published: "2020-02-10", n: 1,
			want: []want{{killed: "12/12/15"}},
		},
		{
			name:      "a_run_on_bulletin_of_several_happenings_gives_each",
			text:      "The monitor said it had documented new violations in the countryside of Afrin on Sunday, where the factions of the operation shot dead a shepherd near the village of Jendires after accusing him of working with the Kurdish units, while the same factions arrested a teacher and two farmers in the town of Rajo on charges of dealing with the former administration, also the Turkish forces shelled the village of Maabatli with heavy artillery, the monitor said in its bulletin.",
			published: "2018-03-05", n: 3,
			want: []want{{killed: "1/1/1"}, {sub: "Arrests", place: "Rajo"}, {sub: "Shelling/artillery/missile attack", place: "Maabatli"}},
		},
		{
			name:      "an_anaphor_naming_the_parts_of_the_incidents_town_places_it_there",
			text:      "Four civilians were killed when rebels shelled Taiz on Wednesday, sources said. The shelling targeted al-Rawda and al-Masbah neighborhoods in Taiz.",
			published: "2016-03-03", n: 1,
			want: []want{{place: "al-Rawda and al-Masbah", killed: "4/4/4"}},
		},
		{
			name:      "a_list_of_places_with_a_toll_of_its_own_is_its_own",
			text:      "Four civilians were killed when rebels shelled Taiz on Wednesday, sources said. The shelling of al-Rawda and al-Masbah neighborhoods on Thursday killed six more.",
			published: "2016-03-05", n: 2,
		},
		{
			name:      "a_city_named_after_the_incident_is_no_more_precise_place",
			text:      "Gunmen stormed a power plant in Dibis on Friday, killing 16 workers, officials said. The attack comes as government forces push to retake the northern city of Mosul from the militants.",
			published: "2016-10-22", n: 1,
			want: []want{{place: "Dibis", killed: "16/16/16"}},
		},
		{
			name:      "a_market_named_after_the_incident_is_its_more_precise_place",
			text:      "A car bomb exploded in Baquba on Friday, killing 16 shoppers, officials said. The blast tore through the Jadida market at the busiest hour.",
			published: "2016-10-22", n: 1,
			want: []want{{place: "Jadida", killed: "16/16/16"}},
		},
		{
			name:      "the_attack_on_a_place_names_the_incident_told_there",
			text:      "Militants raided government buildings in Kirkuk on Friday, witnesses said. Militants also set fire to a sulphur plant in Qayyarah as they retreated on Friday. Reports differ on the scale of the attack on Kirkuk. Police said eleven workers were killed at a power station.",
			published: "2016-10-22", n: 2,
			want: []want{{place: "Kirkuk", killed: "11/11/11"}, {place: "Qayyarah", killed: "-/-/-"}},
		},
		{
			name:      "militants_killed_by_the_army_are_its_other_side",
			text:      "The Burkinabe army said on Monday it had killed 15 militants in a counter-offensive near Kaya on Sunday.",
			published: "2020-03-09", n: 1,
			want: []want{{actor2: "militants (unidentified)", killed: "15/15/15"}},
		},
		{
			name:      "another_strike_is_one_more_of_the_air_strikes_by_the_same_side",
			text:      "Coalition air strikes on a prison in Saada killed at least 70 people on Friday, aid groups said. Another strike in Hodeidah killed three children playing football, a charity said. The Houthis have fired missiles at Saudi Arabia in recent weeks.",
			published: "2022-01-22", n: 2,
			want: []want{{sub: "Air/drone strike", place: "Saada"}, {sub: "Air/drone strike", place: "Hodeidah", actor1: "Saudi-led coalition", killed: "3/3/3"}},
		},
		{
			name:      "an_attack_told_on_its_own_keeps_its_own_kind_and_side",
			text:      "Coalition air strikes on a prison in Saada killed at least 70 people on Friday, aid groups said. Gunmen struck a checkpoint in Hodeidah on Saturday, killing three soldiers.",
			published: "2022-01-23", n: 2,
			want: []want{{sub: "Air/drone strike", place: "Saada"}, {sub: "Armed clash", place: "Hodeidah", actor1: "militants (unidentified)"}},
		},
		{
			name: "a_strike_of_workers_is_no_attack",
			text: "Workers went on strike in Hodeidah on Saturday, and a general strike shut the shops of Sanaa.",
			n:    0,
		},
		{
			name:      "a_strike_carried_out_by_jets_is_one",
			text:      "Jets carried out a strike on Hodeidah on Saturday, killing four people.",
			published: "2022-01-23", n: 1,
			want: []want{{sub: "Air/drone strike", killed: "4/4/4"}},
		},
		{
			name: "a_crash_or_a_flood_that_kills_is_no_incident",
			text: "A bus crash on the highway near Multan killed 14 people on Sunday, police said. Floods in the north killed 30 more this week.",
			n:    0,
		},
		{
			name:      "a_bomb_that_causes_a_crash_is_an_incident",
			text:      "A roadside bomb caused a bus crash on the highway near Multan on Sunday, killing 14 people, police said.",
			published: "2023-10-09", n: 1,
			want: []want{{sub: "Remote explosive/landmine/IED", killed: "14/14/14"}},
		},
		{
			name: "the_words_of_war_in_sport_are_no_incident",
			text: "The striker shot twice in the first half as Al-Hilal beat Al-Nassr in Riyadh on Saturday, and the film bombed at the box office in Lagos.",
			n:    0,
		},
		{
			name: "words_of_attack_that_name_no_violence_tell_no_incident",
			text: "The opposition attacked the government's budget in Baghdad on Tuesday. A cyber attack on banks in Basra disrupted payments, and the former governor died of a heart attack in Kirkuk. The minister hit back at critics in Erbil on Friday.",
			n:    0,
		},
		{
			name:      "militants_who_attacked_the_opposition_offices_are_an_incident",
			text:      "Militants attacked the offices of an opposition party in Basra on Tuesday, wounding three guards.",
			published: "2023-10-11", n: 1,
			want: []want{{place: "Basra", wounded: "3/3/3"}},
		},
		{
			name:      "after_the_prayers_on_sunday_is_a_time_not_a_clause",
			text:      "At least 15 people were killed in an attack on a village in Yobe state, residents said on Monday. Gunmen on motorcycles swept into Gujba just after the evening prayers on Sunday, firing on residents as they fled.",
			published: "2026-02-24", n: 1,
			want: []want{{date: "2026-02-22", killed: "15/15/-"}},
		},
		{
			name:      "after_militants_attacked_is_a_clause_of_its_own",
			text:      "Troops reached the village of Gujba on Tuesday after militants attacked it, killing 15 residents, officials said.",
			published: "2026-02-26", n: 1,
			want: []want{{killed: "15/15/15"}},
		},
		{
			name:      "a_capital_that_presses_an_offensive_is_its_government_not_a_place",
			text:      "Russian strikes on Ukraine's Kharkiv region killed four people and wounded 12 overnight, the governor said on Wednesday, as Moscow pressed its offensive in the east.",
			published: "2024-05-15", n: 1,
			want: []want{{place: "Kharkiv", killed: "4/4/4"}},
		},
		{
			name:      "a_capital_that_was_hit_is_the_place",
			text:      "Russian missiles hit Kyiv overnight, killing four people, the mayor said.",
			published: "2024-05-15", n: 1,
			want: []want{{place: "Kyiv", killed: "4/4/4"}},
		},
		{
			name:      "a_sentence_summing_up_incidents_told_one_by_one_is_none_of_them",
			text:      "Government shelling killed seven civilians in Idlib province on Sunday, a monitor said. In the town of Saraqib, five people died when shells hit a market. Two children were killed in the village of Sarmin by a rocket.",
			published: "2020-01-20", n: 2,
			want: []want{{place: "Saraqib", killed: "5/5/5"}, {place: "Sarmin", killed: "2/2/2"}},
		},
		{
			name:      "a_lead_whose_toll_the_details_do_not_add_up_to_stays",
			text:      "Government shelling killed nine civilians in Idlib province on Sunday, a monitor said. In the town of Saraqib, five people died when shells hit a market. Two children were killed in the village of Sarmin by a rocket.",
			published: "2020-01-20", n: 3,
		},
		{
			name:      "the_side_accused_of_a_bombing_did_it_not_the_accuser",
			text:      "A car bomb killed nine people at a checkpoint in Mogadishu on Saturday. The government accused al-Shabaab of the bombing.",
			published: "2022-01-16", n: 1,
			want: []want{{actor1: "al-Shabaab", killed: "9/9/9"}},
		},
		{
			name:      "the_side_that_claims_a_bombing_did_it",
			text:      "A car bomb killed nine people at a checkpoint in Mogadishu on Saturday. Al-Shabaab claimed the bombing in a statement.",
			published: "2022-01-16", n: 1,
			want: []want{{actor1: "al-Shabaab"}},
		},
		{
			name:      "the_army_of_a_report_that_names_no_country_is_the_named_groups_countrys",
			text:      "Al-Shabaab fighters ambushed an army convoy in Hiraan on Tuesday, killing 12 soldiers.",
			published: "2022-01-19", n: 1,
			want: []want{{actor1: "al-Shabaab", actor2: "Somali security forces", killed: "12/12/12"}},
		},
		{
			name:      "a_final_toll_believed_to_be_a_range_is_the_toll",
			text:      "Drone strikes on the town of Kheret killed over 100 civilians on Monday, residents said. The final death toll is believed to be between 115 and 120.",
			published: "2023-08-30", n: 1,
			want: []want{{killed: "100/117/120"}},
		},
		{
			name:      "a_toll_believed_higher_with_no_number_leaves_the_count",
			text:      "Drone strikes on the town of Kheret killed 20 civilians on Monday, residents said. The toll is believed to be higher.",
			published: "2023-08-30", n: 1,
			want: []want{{killed: "20/20/20"}},
		},
		{
			name:      "all_the_five_told_at_the_end_is_the_whole_toll",
			text:      "The gunfight in Shopian went on through the night, police said. On Friday morning troops declared two more militants dead. Earlier, three militants were killed while two soldiers were injured. The gunfight ended after 20 hours with the killing of all the five militants, the official said.",
			published: "2019-04-13", n: 1,
			want: []want{{killed: "2/5/5"}},
		},
		{
			name:      "the_capture_of_a_town_told_again_is_the_capture_told",
			text:      "Shia paramilitaries have captured the northwestern town of Baaj from Daesh, shrinking the region under the militants' control, the military said on Sunday. A statement published by the Mobilisation announcing the capture of Baaj came from a leader of the paramilitary with ties to Iran.",
			published: "2017-06-05", n: 1,
			want: []want{{sub: "Government regains territory", actor1: "Popular Mobilization Forces", place: "Baaj"}},
		},
		{
			name:      "the_capture_of_another_town_is_another_capture",
			text:      "Popular Mobilization Forces captured the town of Baaj from Islamic State on Sunday, the military said. A statement announced the capture of Tal Afar airport by the same forces on Monday.",
			published: "2017-06-05", n: 2,
		},
		{
			name: "habitual_clashes_are_no_incident",
			text: "Kandahar is one of the provinces where clashes between the Taliban and Afghan forces are reported quite often.",
			n:    0,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := extractText(t, c.text, c.published)
			if len(evs) != c.n {
				for _, ev := range evs {
					t.Logf("got %s / %s at %s killed %s", ev.EventType, ev.SubEventType, locName(ev.Location), ev.Killed)
				}
				t.Fatalf("got %d events, want %d", len(evs), c.n)
			}
			for i, w := range c.want {
				checkEvent(t, evs[i], w)
			}
		})
	}
}

// TestReports reads whole reports written for the tests (testdata/
// reports) the way the flow does, and checks the incidents an analyst
// would code from them.
func TestReports(t *testing.T) {
	cases := []struct {
		file string
		want []want
	}{
		{"kirkuk-checkpoint.txt", []want{
			{typ: "Battles", actor1: "Islamic State", actor2: "Iraqi Security Forces", place: "Tel Ward", date: "2018-05-08", killed: "5/5/5", wounded: "3/3/3"},
			// "No group claimed the bombing": no side is given it
			{sub: "Remote explosive/landmine/IED", actor1: "unknown", place: "Tuz Khurmatu", date: "2018-05-09", wounded: "2/2/2"},
		}},
		{"aleppo-shelling.txt", []want{
			{sub: "Shelling/artillery/missile attack", actor1: "Syrian government forces", actor2: "civilians", place: "Atarib", date: "2018-05-06", killed: "9/9/9", wounded: "20/20/-"},
			{sub: "Shelling/artillery/missile attack", actor1: "Syrian rebels", place: "Aleppo", wounded: "6/6/6"},
		}},
		{"benghazi-advance.txt", []want{
			{sub: "Government regains territory", actor1: "Libyan government forces", place: "Qawarsha", date: "2018-05-04", killed: "3/3/3", wounded: "11/11/11"},
			// the strike told after it is an incident of its own, at a
			// place the gazetteer lacks ("militant positions in Ganfouda")
			{sub: "Air/drone strike", place: "Ganfouda"},
		}},
		{"analysis-no-incident.txt", nil},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "reports", c.file))
			if err != nil {
				t.Fatal(err)
			}
			doc := &sitrep.Document{ID: c.file, Raw: string(b), Text: string(b), Published: "2018-05-09"}
			evs, _ := testExtractor(t).Extract(doc)
			if len(evs) != len(c.want) {
				for _, ev := range evs {
					t.Logf("got %s at %s killed %s", ev.SubEventType, locName(ev.Location), ev.Killed)
				}
				t.Fatalf("got %d events, want %d", len(evs), len(c.want))
			}
			for i, w := range c.want {
				checkEvent(t, evs[i], w)
			}
		})
	}
}

// TestFigures guards the standing numbers a report gives beside its
// incidents.
func TestFigures(t *testing.T) {
	cases := []struct {
		name, text, what, value string
	}{
		{"displaced_since", "More than 40,000 people have fled their homes in Hawija since the offensive began in September, the UN said.", sitrep.FigureDisplaced, "40000/40000/-"},
		{"running_toll", "At least 120 soldiers have been killed in Ramadi since the start of the campaign, officials said.", sitrep.FigureKilled, "120/120/-"},
		{"force_strength", "A 30,000-strong force of army and police units is massing south of the city.", sitrep.FigureFighters, "30000/30000/30000"},
		{"number_of_fighters", "Officers put the number of militants left inside the old town at 800 to 1,000.", sitrep.FigureFighters, "800/900/1000"},
		{"districts_retaken", "The advance brought the total number of districts liberated in the east of the city to 25.", sitrep.FigureDistrictsRetaken, "25/25/25"},
		{"trapped", "Some 300,000 civilians remain trapped inside the besieged districts, aid groups said.", sitrep.FigureCiviliansTrapped, "300000/300000/300000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, figs := testExtractor(t).Extract(&sitrep.Document{ID: "f", Text: c.text, Published: "2017-01-10"})
			for _, f := range figs {
				if f.What == c.what && f.Value.String() == c.value {
					return
				}
			}
			t.Errorf("no %s figure of %s in %+v", c.what, c.value, figs)
		})
	}
}

// TestEvidenceSpansPointIntoTheText checks that every evidence offset of
// every record selects the text it quotes (offsets in code points).
func TestEvidenceSpansPointIntoTheText(t *testing.T) {
	text := "Qasf — a blast in Tikrit’s market killed 4 people on Tuesday. Ten others were wounded in the attack, officials said."
	doc := &sitrep.Document{ID: "u", Text: text, Published: "2016-05-20"}
	evs, _ := testExtractor(t).Extract(doc)
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	runes := []rune(text)
	for _, ev := range evs {
		all := append([]sitrep.Evidence(nil), ev.Evidence...)
		for _, e := range ev.FieldEvidence {
			all = append(all, e)
		}
		for _, e := range all {
			if e.Start < 0 || e.End > len(runes) || string(runes[e.Start:e.End]) != e.Text {
				t.Errorf("evidence %d:%d %q does not select %q", e.Start, e.End, e.Text, string(runes[max(0, e.Start):min(len(runes), e.End)]))
			}
		}
	}
}

func TestLexiconRejectsBadLines(t *testing.T) {
	for _, bad := range []string{
		"bomb => blast",                  // no section
		"[trigger]\nbomb blast",          // no =>
		"[trigger]\nbomb => nosuchclass", // unknown class
		"[casualty]\nkilled => killed sideways",
		"[class]\nx => A | B",
		"[nosuch]\nx => y",
	} {
		if _, err := LoadLexiconFrom(strings.NewReader(bad), "test"); err == nil {
			t.Errorf("lexicon %q loaded without error", bad)
		}
	}
	l, err := LoadLexiconFrom(strings.NewReader("[trigger]\nfragged => grenade noun\n"), "user")
	if err != nil {
		t.Fatal(err)
	}
	x, _ := New(Config{Gazetteer: testExtractor(t).gaz, Lexicon: l})
	evs, _ := x.Extract(&sitrep.Document{ID: "g", Text: "Two soldiers were fragged and killed at a base in Tikrit on Monday.", Published: "2016-01-05"})
	if len(evs) != 1 || evs[0].SubEventType != "Grenade" {
		t.Errorf("a user trigger must be used: %+v", evs)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("A car bomb killed 5 people in Mosul on Monday.", "2017-01-02")
	f.Add("Iraqi forces recaptured the villages of A and B from IS, killing 12 militants (including 3 leaders).", "")
	f.Add("“", "2017-13-45")
	// a text that ends on the people a verb left, with no full stop: the
	// words looked at after them run past the end (found by a generated
	// corpus, where a sentence of 250 words was cut so)
	f.Add("A bomb in Kano on Monday left 12", "2025-03-05")
	f.Add("The attack left", "")
	f.Fuzz(func(t *testing.T, text, pub string) {
		doc := &sitrep.Document{ID: "f", Text: text, Published: sitrep.Date(pub)}
		evs, figs := testExtractor(t).Extract(doc)
		n := len([]rune(text))
		for _, ev := range evs {
			for _, e := range ev.Evidence {
				if e.Start < 0 || e.End > n || e.Start > e.End {
					t.Fatalf("evidence out of range: %+v (text %d runes)", e, n)
				}
			}
			if c := ev.Killed; c.Low != nil && c.Best != nil && *c.Low > *c.Best {
				t.Fatalf("killed low > best: %s", c)
			}
		}
		_ = figs
	})
}

// TestRealisedTriggers checks which trigger words tell an act done.
func TestRealisedTriggers(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the trigger words realised, in order
	}{
		{"bombers_among_the_dead_are_people", "Officials said the six dead militants include two suicide bombers.", nil},
		{"bombers_who_struck_are_an_act", "Two suicide bombers struck a market in Baquba.", []string{"suicide bombers", "struck"}},
		{"planned_attack_is_not_done", "The militants plan to attack the base.", nil},
		{"a_clause_after_after_is_done", "The war is over, the minister said, after Iraqi troops captured the old mosque.", []string{"captured"}},
		{"a_gerund_after_after_is_backdrop", "Troops rested after recapturing the villages.", nil},
		{"history_in_a_relative_clause_does_not_date_the_verb", "Iraqi troops captured the mosque in which the group declared its state three years ago.", []string{"captured"}},
		// help given to a side governs the act right after it, not one of
		// another predicate
		{"support_marker_governs_the_act_after_it", "Backed by coalition air strikes, Iraqi troops retook the village.", []string{"retook"}},
		{"support_marker_before_another_predicate", "Volunteers serving alongside the army were targeted in an attack near Djibo.", []string{"targeted", "attack"}},
	}
	x := testExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := x.analyse(&sitrep.Document{ID: "t", Text: tc.text})
			var got []string
			for _, s := range a.sents {
				for _, tr := range realised(s) {
					got = append(got, strings.ToLower(wordsText(a.text, s, tr.i, tr.i+tr.n)))
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("realised %q, want %q", got, tc.want)
			}
		})
	}
}

// TestWeekdayWithoutPublicationDate: a report with no publication date
// gives its incident no date, but keeps the one weekday it names as the
// date's evidence, for merging to read; two weekdays say nothing.
func TestWeekdayWithoutPublicationDate(t *testing.T) {
	for _, tc := range []struct {
		name, text, published string
		date, evidence        string // want; evidence "" wants none
	}{
		{"a_weekday_and_no_publication_date_is_kept_as_evidence",
			"Government troops retook the town of Hit from Islamic State on Monday, a spokesman said.", "", "", "on Monday"},
		{"a_weekday_with_a_publication_date_is_resolved",
			"Government troops retook the town of Hit from Islamic State on Monday, a spokesman said.", "2016-04-13", "2016-04-11", "on Monday"},
		{"a_month_and_day_and_no_publication_date_is_kept_as_evidence",
			"Government troops retook the town of Hit from Islamic State on Nov. 23, a spokesman said.", "", "", "on Nov. 23"},
		{"two_weekdays_name_no_one_day",
			"Government troops retook the town of Hit from Islamic State between Monday and Tuesday, a spokesman said.", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := extractText(t, tc.text, tc.published)
			if len(evs) != 1 {
				t.Fatalf("got %d events, want 1", len(evs))
			}
			ev := evs[0]
			if string(ev.Date) != tc.date {
				t.Errorf("date = %q, want %q", ev.Date, tc.date)
			}
			got := ev.FieldEvidence["date"].Text
			if got != tc.evidence {
				t.Errorf("date evidence = %q, want %q", got, tc.evidence)
			}
		})
	}
}

// TestAttackersFate: a passive clause set after the act with "before" or
// "until" tells what befell the attacker, not the act; one opened by
// "when" tells the act itself.
func TestAttackersFate(t *testing.T) {
	for _, tc := range []struct{ name, text, evidence string }{
		{"before_he_was_shot_dead_is_the_attackers_fate",
			"A gunman killed 12 people at a hotel near Sousse on Friday before he was shot dead by police.", ""},
		{"when_they_were_ambushed_is_the_act",
			"Five police vehicles were travelling near Sousse on Friday when they were ambushed by gunmen, killing three officers.", "ambushed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := extractText(t, tc.text, "2015-06-27")
			if len(evs) != 1 {
				t.Fatalf("got %d events, want 1", len(evs))
			}
			if got := evs[0].FieldEvidence["event_type"].Text; got != tc.evidence {
				t.Errorf("event_type evidence %q, want %q", got, tc.evidence)
			}
		})
	}
}

// TestARunOnPieceKeepsTheTallyItHangsOn: a run-on bulletin cut into
// pieces at ", while" keeps the scope of the running total the first
// piece ends on ("... raising to 140 the number of civilians killed ...
// since the 20th of January, while hundreds others were injured"): the
// injured are the tally's too. A piece after a clause of one incident
// keeps its count as that incident's.
func TestARunOnPieceKeepsTheTallyItHangsOn(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text, count string
		cumulative        bool
	}{
		{"after_a_running_total", "Turkish artillery shelling on the village of Maabatli in the countryside of Afrin killed three civilians on Tuesday, raising to 140 the number of civilians killed in the Turkish aerial, rocket and artillery shelling on the district since the 20th of January, while hundreds others were injured with varying severity, some of them with lasting disabilities, while the monitor also documented the death of 41 fighters.",
			"hundreds others were injured", true},
		{"after_one_incident", "Turkish artillery shelling on the village of Maabatli in the countryside of Afrin killed three civilians and damaged several homes and shops near the main road of the village on Tuesday, according to residents and local officials in the district, while four others were injured with varying severity, some of them with lasting disabilities, while the monitor also documented the destruction of dozens of homes.",
			"four others were injured", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := x.analyse(&sitrep.Document{ID: "t", Text: tc.text, Published: "2018-02-21"})
			found := false
			for _, s := range a.sents {
				for _, c := range s.cas {
					if a.text[c.span.Start:c.span.End] == tc.count {
						found = true
						if c.cumulative != tc.cumulative {
							t.Errorf("%q: cumulative %v, want %v", tc.count, c.cumulative, tc.cumulative)
						}
					}
				}
			}
			if !found {
				t.Fatalf("no casualty %q", tc.count)
			}
		})
	}
}
