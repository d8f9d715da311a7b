package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// want describes the quantity expected in a test sentence. Span and Num
// are given as text; Count in Count.String form ("12/12/-"); empty
// strings are not checked except Count, which is always checked.
type want struct {
	span, num string
	count     string
	kind      Kind
	vague     bool
	qual      string
	unit      string
	head      string
}

func describe(text string, q Quantity) string {
	return fmt.Sprintf("%q num=%q %v %s vague=%v qual=%q unit=%q head=%q",
		text[q.Span.Start:q.Span.End], text[q.Num.Start:q.Num.End], q.Count, q.Kind, q.Vague, q.Qualifier, q.Unit, q.Head)
}

func check(t *testing.T, text string, q Quantity, w want) {
	t.Helper()
	bad := func(field string, got, exp any) {
		t.Errorf("%s: got %v, want %v\n  in %q\n  quantity %s", field, got, exp, text, describe(text, q))
	}
	if got := text[q.Span.Start:q.Span.End]; got != w.span {
		bad("span", got, w.span)
	}
	if w.num != "" {
		if got := text[q.Num.Start:q.Num.End]; got != w.num {
			bad("num", got, w.num)
		}
	}
	if got := q.Count.String(); got != w.count {
		bad("count", got, w.count)
	}
	if q.Kind != w.kind {
		bad("kind", q.Kind, w.kind)
	}
	if q.Vague != w.vague {
		bad("vague", q.Vague, w.vague)
	}
	if q.Qualifier != w.qual {
		bad("qualifier", q.Qualifier, w.qual)
	}
	if q.Unit != w.unit {
		bad("unit", q.Unit, w.unit)
	}
	if q.Head != w.head {
		bad("head", q.Head, w.head)
	}
	if q.Head != "" && strings.ToLower(text[q.HeadSpan.Start:q.HeadSpan.End]) != q.Head {
		bad("head span", text[q.HeadSpan.Start:q.HeadSpan.End], q.Head)
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want // the first quantity of the text
	}{
		// Qualifiers and the EVENTS.md bounds.
		{"at_least_twelve", "At least 12 soldiers were killed.", want{"At least 12", "12", "12/12/-", Cardinal, false, "at least", "", "soldiers"}},
		{"at_least_thirty_two_in_words", "at least thirty-two people died", want{"at least thirty-two", "thirty-two", "32/32/-", Cardinal, false, "at least", "", "people"}},
		{"more_than", "more than 38 military and civilians were killed", want{"more than 38", "38", "38/38/-", Cardinal, false, "more than", "", "military"}},
		{"over", "over 347 fighters surrendered", want{"over 347", "347", "347/347/-", Cardinal, false, "over", "", "fighters"}},
		{"up_to", "up to 90 people may have died", want{"up to 90", "90", "-/90/90", Cardinal, false, "up to", "", "people"}},
		{"as_many_as", "as many as 90 civilians", want{"as many as 90", "90", "-/90/90", Cardinal, false, "as many as", "", "civilians"}},
		{"fewer_than", "fewer than 10 guards", want{"fewer than 10", "10", "-/10/10", Cardinal, false, "fewer than", "", "guards"}},
		{"about", "about 200 families fled", want{"about 200", "200", "200/200/200", Cardinal, false, "about", "", "families"}},
		{"around", "around 40 wounded", want{"around 40", "40", "40/40/40", Cardinal, false, "around", "", "wounded"}},
		{"nearly", "nearly 50 houses burned", want{"nearly 50", "50", "50/50/50", Cardinal, false, "nearly", "", "houses"}},
		{"some_with_number", "some 300 militants", want{"some 300", "300", "300/300/300", Cardinal, false, "some", "", "militants"}},
		{"approximately", "approximately 1,200 detainees", want{"approximately 1,200", "1,200", "1200/1200/1200", Cardinal, false, "approximately", "", "detainees"}},
		{"an_estimated", "an estimated 5,000 fighters", want{"an estimated 5,000", "5,000", "5000/5000/5000", Cardinal, false, "an estimated", "", "fighters"}},
		{"a_total_of", "a total of 17 rockets", want{"a total of 17", "17", "17/17/17", Cardinal, false, "a total of", "", "rockets"}},
		{"odd_after", "30-odd soldiers", want{"30-odd", "30", "30/30/30", Cardinal, false, "odd", "", "soldiers"}},
		{"plus_after", "20-plus vehicles", want{"20-plus", "20", "20/20/-", Cardinal, false, "plus", "", "vehicles"}},
		{"or_more_after", "20 or more vehicles", want{"20 or more", "20", "20/20/-", Cardinal, false, "or more", "", "vehicles"}},
		{"took_over_is_not_a_floor", "militants took over 3 districts", want{"3", "3", "3/3/3", Cardinal, false, "", "", "districts"}},
		// Ranges.
		{"range_with_to", "5,000 to 6,000 people fled", want{"5,000 to 6,000", "5,000 to 6,000", "5000/5500/6000", Cardinal, false, "", "", "people"}},
		{"range_between", "between 55 and 80 bodies", want{"between 55 and 80", "55 and 80", "55/67/80", Cardinal, false, "between", "", "bodies"}},
		{"range_floor_and_ceiling", "at least 10 and as many as 30 villagers", want{"at least 10 and as many as 30", "10 and as many as 30", "10/10/30", Cardinal, false, "at least", "", "villagers"}},
		{"floor_and_another_count", "at least 10 soldiers and 30 villagers", want{"at least 10", "10", "10/10/-", Cardinal, false, "at least", "", "soldiers"}},
		{"range_or_words", "two or three shells", want{"two or three", "two or three", "2/2/3", Cardinal, false, "", "", "shells"}},
		{"range_hyphen", "5-6 mortar rounds", want{"5-6", "5-6", "5/5/6", Cardinal, false, "", "", "rounds"}},
		{"range_shared_scale", "5 to 6 million people", want{"5 to 6 million", "", "5000000/5500000/6000000", Cardinal, false, "", "", "people"}},
		{"from_to_is_not_a_range", "rose from 12 to 20", want{"12", "12", "12/12/12", Cardinal, false, "", "", ""}},
		{"descending_is_not_a_range", "a 3-1 vote", want{"3", "3", "3/3/3", Cardinal, false, "", "", ""}},
		// Vague counts.
		{"dozens", "dozens of civilians were hurt", want{"dozens of", "dozens", "12/12/-", Cardinal, true, "", "", "civilians"}},
		{"tens", "tens of people", want{"tens of", "tens", "10/10/-", Cardinal, true, "", "", "people"}},
		{"scores", "scores of fighters", want{"scores of", "scores", "20/20/-", Cardinal, true, "", "", "fighters"}},
		{"hundreds", "hundreds of families", want{"hundreds of", "hundreds", "100/100/-", Cardinal, true, "", "", "families"}},
		{"thousands", "thousands of residents", want{"thousands of", "thousands", "1000/1000/-", Cardinal, true, "", "", "residents"}},
		{"tens_of_thousands", "tens of thousands of people", want{"tens of thousands of", "tens of thousands", "10000/10000/-", Cardinal, true, "", "", "people"}},
		{"dozens_without_of", "Dozens were killed", want{"Dozens", "Dozens", "12/12/-", Cardinal, true, "", "", ""}},
		{"at_least_dozens", "at least dozens of troops", want{"at least dozens of", "dozens", "12/12/-", Cardinal, true, "at least", "", "troops"}},
		{"several", "several soldiers", want{"several", "several", "-/-/-", Cardinal, true, "", "", "soldiers"}},
		{"many", "many civilians", want{"many", "many", "-/-/-", Cardinal, true, "", "", "civilians"}},
		{"a_few", "a few villagers", want{"a few", "a few", "-/-/-", Cardinal, true, "", "", "villagers"}},
		{"some_without_number", "some residents", want{"some", "some", "-/-/-", Cardinal, true, "", "", "residents"}},
		{"several_hundred", "several hundred fighters", want{"several hundred", "several hundred", "100/100/-", Cardinal, true, "", "", "fighters"}},
		{"a_number_of", "a number of policemen", want{"a number of", "a number of", "-/-/-", Cardinal, true, "", "", "policemen"}},
		// Number words.
		{"capitalised_word", "Thirteen soldiers died", want{"Thirteen", "Thirteen", "13/13/13", Cardinal, false, "", "", "soldiers"}},
		{"two_dozen", "nearly two dozen guards", want{"nearly two dozen", "two dozen", "24/24/24", Cardinal, false, "nearly", "", "guards"}},
		{"a_dozen", "a dozen cars", want{"a dozen", "a dozen", "12/12/12", Cardinal, false, "", "", "cars"}},
		{"half_a_dozen", "half a dozen homes", want{"half a dozen", "half a dozen", "6/6/6", Cardinal, false, "", "", "homes"}},
		{"a_couple_of", "a couple of trucks", want{"a couple of", "a couple", "2/2/2", Cardinal, false, "", "", "trucks"}},
		{"a_hundred", "a hundred prisoners", want{"a hundred", "a hundred", "100/100/100", Cardinal, false, "", "", "prisoners"}},
		{"hundred_and_twenty", "one hundred and twenty students", want{"one hundred and twenty", "one hundred and twenty", "120/120/120", Cardinal, false, "", "", "students"}},
		{"twenty_one_spaced", "twenty one workers", want{"twenty one", "twenty one", "21/21/21", Cardinal, false, "", "", "workers"}},
		{"decimal_million", "1.5 million people", want{"1.5 million", "1.5 million", "1500000/1500000/1500000", Cardinal, false, "", "", "people"}},
		{"european_thousands", "25.000 displaced", want{"25.000", "25.000", "25000/25000/25000", Cardinal, false, "", "", "displaced"}},
		{"comma_thousands", "2,500 troops", want{"2,500", "2,500", "2500/2500/2500", Cardinal, false, "", "", "troops"}},
		{"zero", "zero casualties", want{"zero", "zero", "0/0/0", Cardinal, false, "", "", "casualties"}},
		{"one_person", "One person was injured", want{"One", "One", "1/1/1", Cardinal, false, "", "", "person"}},
		{"no_one_is_not_a_count", "no one was hurt, and 3 cars burned", want{"3", "3", "3/3/3", Cardinal, false, "", "", "cars"}},
		{"that_one_of_counts", "said that one of its soldiers died", want{"one", "one", "1/1/1", Cardinal, false, "", "", "soldiers"}},
		{"that_one_alone_is_no_count", "that one was hurt, and 3 cars burned", want{"3", "3", "3/3/3", Cardinal, false, "", "", "cars"}},
		// Heads.
		{"head_skips_nationality", "two Iraqi soldiers", want{"two", "two", "2/2/2", Cardinal, false, "", "", "soldiers"}},
		{"head_skips_capitalised_group", "300 IS militants", want{"300", "300", "300/300/300", Cardinal, false, "", "", "militants"}},
		{"head_keeps_name_before_verb", "five Peshmerga were killed", want{"five", "five", "5/5/5", Cardinal, false, "", "", "peshmerga"}},
		{"head_others", "injuring four others", want{"four", "four", "4/4/4", Cardinal, false, "", "", "others"}},
		{"head_vehicles", "11 vehicles were destroyed", want{"11", "11", "11/11/11", Cardinal, false, "", "", "vehicles"}},
		{"head_more_wounded", "40 more wounded", want{"40", "40", "40/40/40", Cardinal, false, "", "", "wounded"}},
		{"head_of_the", "12 of the soldiers", want{"12", "12", "12/12/12", Cardinal, false, "", "", "soldiers"}},
		{"head_hyphenated_adjective", "two ISIS-linked militants", want{"two", "two", "2/2/2", Cardinal, false, "", "", "militants"}},
		{"head_over_a_name", "About 24 Islamic State fighters", want{"About 24", "24", "24/24/24", Cardinal, false, "about", "", "fighters"}},
		{"head_over_adjectives", "about 100 new foreign fighters", want{"about 100", "100", "100/100/100", Cardinal, false, "about", "", "fighters"}},
		{"head_people_noun", "over 91,000 men, women and children", want{"over 91,000", "91,000", "91000/91000/-", Cardinal, false, "over", "", "men"}},
		{"head_stops_at_preposition", "about 775 wounded including children", want{"about 775", "775", "775/775/775", Cardinal, false, "about", "", "wounded"}},
		{"head_singular_over_name", "One Kirkuk citizen who", want{"One", "One", "1/1/1", Cardinal, false, "", "", "citizen"}},
		{"head_some_of_its", "some of its fighters", want{"some", "some", "-/-/-", Cardinal, true, "", "", "fighters"}},
		{"between_without_range", "between two front lines", want{"two", "two", "2/2/2", Cardinal, false, "", "", "lines"}},
		{"year_between", "between 2014 and the start", want{"2014", "2014", "2014/2014/2014", Year, false, "", "", ""}},
		{"year_range", "between 2014 and 2016", want{"between 2014 and 2016", "2014 and 2016", "2014/2015/2016", Year, false, "between", "", ""}},
		{"about_four_digits_people", "about 2000 people", want{"about 2000", "2000", "2000/2000/2000", Cardinal, false, "about", "", "people"}},
		{"head_acronym_is_a_name", "more than 22 ISIS militants", want{"more than 22", "22", "22/22/-", Cardinal, false, "more than", "", "militants"}},
		{"head_last_of_plural_run", "16 Afghan Police officers", want{"16", "16", "16/16/16", Cardinal, false, "", "", "officers"}},
		{"head_after_dozens_of_the", "Dozens of the terrorists are dead", want{"Dozens of", "Dozens", "12/12/-", Cardinal, true, "", "", "terrorists"}},
		{"head_suicide_bombers", "two suicide bombers", want{"two", "two", "2/2/2", Cardinal, false, "", "", "bombers"}},
		// Years.
		{"year_in", "in 2014 the city fell", want{"2014", "2014", "2014/2014/2014", Year, false, "", "", ""}},
		{"year_since", "since 2014", want{"2014", "2014", "2014/2014/2014", Year, false, "", "", ""}},
		{"year_after_month", "in June 2014", want{"2014", "2014", "2014/2014/2014", Year, false, "", "", ""}},
		{"year_alone", "the 2017 offensive", want{"2017", "2017", "2017/2017/2017", Year, false, "", "", ""}},
		{"year_of_a_happening_after_over", "arrested over 2014 killings", want{"over 2014", "2014", "2014/2014/-", Year, false, "over", "", ""}},
		{"four_digits_counting_people", "2000 people fled", want{"2000", "2000", "2000/2000/2000", Cardinal, false, "", "", "people"}},
		{"year_after_day_comma", "Aug. 7, 2017 Pro-government supporters", want{"Aug. 7", "7", "7/7/7", Date, false, "", "", ""}},
		{"military_time_after_at", "the blast at 1830 hours", want{"1830 hours", "1830", "1830/1830/1830", Time, false, "", "hrs", ""}},
		{"military_time_bare", "the blast at 1830, a fire", want{"1830", "1830", "1830/1830/1830", Time, false, "", "", ""}},
		{"coordinated_days", "on 29 and 30 January", want{"29", "29", "29/29/29", Date, false, "", "", ""}},
		{"decade", "the 1990s", want{"1990s", "1990", "-/-/-", Year, false, "", "", ""}},
		// Days of the month.
		{"month_day", "on June 3 the attack", want{"June 3", "3", "3/3/3", Date, false, "", "", ""}},
		{"day_month", "on 3 June", want{"3 June", "3", "3/3/3", Date, false, "", "", ""}},
		{"ordinal_of_month", "the 10th of February", want{"10th of February", "10", "10/10/10", Date, false, "", "", ""}},
		{"day_range_across_months", "during June 5-September 11", want{"June 5", "5", "5/5/5", Date, false, "", "", ""}},
		{"abbreviated_month", "on Sept. 14", want{"Sept. 14", "14", "14/14/14", Date, false, "", "", ""}},
		{"month_ordinal", "on March 3rd", want{"March 3rd", "3", "3/3/3", Date, false, "", "", ""}},
		{"numeric_date", "dated 2017-04-03 in", want{"2017-04-03", "2017-04-03", "-/-/-", Date, false, "", "", ""}},
		// Times.
		{"hrs_run_on", "at about 04.38hrs", want{"about 04.38hrs", "04.38", "-/-/-", Time, false, "about", "hrs", ""}},
		{"clock_colon", "at 3:30 the shelling", want{"3:30", "3:30", "-/-/-", Time, false, "", "", ""}},
		{"am_run_on", "at 11am", want{"11am", "11", "11/11/11", Time, false, "", "am", ""}},
		{"pm_spaced", "by 3.30 pm", want{"3.30 pm", "3.30", "-/-/-", Time, false, "", "pm", ""}},
		{"am_dotted", "at 7 a.m.", want{"7 a.m.", "7", "7/7/7", Time, false, "", "am", ""}},
		{"military_hours", "at 0400 hours", want{"0400 hours", "0400", "400/400/400", Time, false, "", "hrs", ""}},
		{"gmt", "at 1400 GMT", want{"1400 GMT", "1400", "1400/1400/1400", Time, false, "", "GMT", ""}},
		// Ages.
		{"aged", "a man aged 25", want{"aged 25", "25", "25/25/25", Age, false, "", "years", ""}},
		{"year_old_digits", "a 12-year-old girl", want{"12-year-old", "12", "12/12/12", Age, false, "", "years", "girl"}},
		{"year_old_words", "a seven-year-old boy", want{"seven-year-old", "seven", "7/7/7", Age, false, "", "years", "boy"}},
		{"age_head_over_nationality", "a 12-year-old Yazidi girl", want{"12-year-old", "12", "12/12/12", Age, false, "", "years", "girl"}},
		{"age_of_a_building_has_no_head", "the 850-year-old Grand Mosque", want{"850-year-old", "850", "850/850/850", Age, false, "", "years", ""}},
		{"years_old", "she was 30 years old", want{"30 years old", "30", "30/30/30", Age, false, "", "years", ""}},
		// Distances.
		{"km", "50 km west of Mosul", want{"50 km", "50", "50/50/50", Distance, false, "", "km", ""}},
		{"kilometres", "70 kilometres south", want{"70 kilometres", "70", "70/70/70", Distance, false, "", "km", ""}},
		{"miles", "105 miles north", want{"105 miles", "105", "105/105/105", Distance, false, "", "miles", ""}},
		{"words_kilometres", "two kilometres away", want{"two kilometres", "two", "2/2/2", Distance, false, "", "km", ""}},
		{"km_run_on", "a 10km trench", want{"10km", "10", "10/10/10", Distance, false, "", "km", ""}},
		{"about_km", "about 20 km from", want{"about 20 km", "20", "20/20/20", Distance, false, "about", "km", ""}},
		{"decimal_km", "1.5 km", want{"1.5 km", "1.5", "-/-/-", Distance, false, "", "km", ""}},
		// Money.
		{"dollar_sign_million", "$5 million in aid", want{"$5 million", "5 million", "5000000/5000000/5000000", Money, false, "", "$", ""}},
		{"dollars_word", "500 dollars each", want{"500 dollars", "500", "500/500/500", Money, false, "", "$", ""}},
		{"dollar_run_on_m", "a $5m bounty", want{"$5m", "5", "5000000/5000000/5000000", Money, false, "", "$", ""}},
		{"dinars", "20,000 dinars", want{"20,000 dinars", "20,000", "20000/20000/20000", Money, false, "", "dinars", ""}},
		// Percentages.
		{"percent_word", "15 percent of the city", want{"15 percent", "15", "15/15/15", Percent, false, "", "%", ""}},
		{"percent_sign", "15% of homes", want{"15%", "15", "15/15/15", Percent, false, "", "%", ""}},
		{"per_cent", "about 40 per cent", want{"about 40 per cent", "40", "40/40/40", Percent, false, "about", "%", ""}},
		// Durations.
		{"days", "three days of fighting", want{"three days", "three", "3/3/3", Duration, false, "", "days", ""}},
		{"hours", "24 hours later", want{"24 hours", "24", "24/24/24", Duration, false, "", "hours", ""}},
		{"months", "eight months ago", want{"eight months", "eight", "8/8/8", Duration, false, "", "months", ""}},
		{"year_old_conflict", "the six-year-old conflict", want{"six-year-old", "six", "6/6/6", Duration, false, "", "years", ""}},
		{"day_compound", "a three-day siege", want{"three-day", "three", "3/3/3", Duration, false, "", "days", ""}},
		{"digit_day_compound", "a 10-day truce", want{"10-day", "10", "10/10/10", Duration, false, "", "days", ""}},
		{"over_days", "over 3 days", want{"over 3 days", "3", "3/3/-", Duration, false, "over", "days", ""}},
		// Military units.
		{"ordinal_division", "the 9th Division", want{"9th Division", "9", "9/9/9", Unit, false, "", "", "division"}},
		{"brigade_number", "Brigade 15 moved", want{"Brigade 15", "15", "15/15/15", Unit, false, "", "", "brigade"}},
		{"infantry_division", "the 16th Infantry Division", want{"16th Infantry Division", "16", "16/16/16", Unit, false, "", "", "division"}},
		{"coordinated_ordinals", "the 2nd and 11th brigades", want{"2nd", "2", "2/2/2", Unit, false, "", "", "brigades"}},
		{"lower_case_unit", "the 4th infantry brigade's post", want{"4th infantry brigade", "4", "4/4/4", Unit, false, "", "", "brigade"}},
		{"military_ordinal_2d", "the 2d Battalion", want{"2d Battalion", "2", "2/2/2", Unit, false, "", "", "battalion"}},
		{"word_ordinal_army", "the Second Army", want{"Second Army", "Second", "2/2/2", Unit, false, "", "", "army"}},
		// Ordinals.
		{"ordinal_word", "the second blast", want{"second", "second", "2/2/2", Ordinal, false, "", "", ""}},
		{"ordinal_digits", "the 9th day", want{"9th", "9", "9/9/9", Ordinal, false, "", "", ""}},
		{"ordinal_compound_words", "the twenty-first bomb", want{"twenty-first", "twenty-first", "21/21/21", Ordinal, false, "", "", ""}},
		// Labels and other numbers.
		{"route", "along Route 1", want{"1", "1", "1/1/1", Other, false, "", "", ""}},
		{"resolution", "Resolution 2254 says", want{"2254", "2254", "2254/2254/2254", Other, false, "", "", ""}},
		{"number_abbreviation", "checkpoint No. 5", want{"5", "5", "5/5/5", Other, false, "", "", ""}},
		{"unknown_compound_is_other", "a 10-member delegation", want{"10-member", "10", "10/10/10", Other, false, "", "", ""}},
		{"unknown_word_compound_is_other", "a four-member family", want{"four-member", "four", "4/4/4", Other, false, "", "", ""}},
		{"strong_compound_counts", "a 28,000-strong coalition", want{"28,000-strong", "28,000", "28000/28000/28000", Cardinal, false, "", "", "coalition"}},
		{"one_day_is_a_duration", "one day after the raid", want{"one day", "one", "1/1/1", Duration, false, "", "days", ""}},
		{"phone_number_is_not_a_range", "call 1-800-577 now", want{"1", "1", "-/-/-", Other, false, "", "", ""}},
		{"glued_capitalised_word", "on April 15, 2013Days later", want{"April 15", "15", "15/15/15", Date, false, "", "", ""}},
		{"weight_is_other", "80 kilograms of explosives", want{"80 kilograms", "80", "80/80/80", Other, false, "", "kg", ""}},
		{"weight_run_on", "1kg of explosive", want{"1kg", "1", "1/1/1", Other, false, "", "kg", ""}},
		{"fraction_is_other", "three quarters of the city", want{"three", "three", "3/3/3", Other, false, "", "", ""}},
		{"french_style_time", "at 17h30", want{"17h30", "17", "-/-/-", Time, false, "", "h", ""}},
		{"rupees", "Rs 500 each", want{"Rs 500", "500", "500/500/500", Money, false, "", "rupees", ""}},
		{"bare_decimal", "a 1.5 ratio", want{"1.5", "1.5", "-/-/-", Other, false, "", "", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := Find(tc.text, sitrep.Span{Start: 0, End: len(tc.text)})
			if len(qs) == 0 {
				t.Fatalf("no quantity in %q", tc.text)
			}
			check(t, tc.text, qs[0], tc.want)
			checkQuantities(t, tc.text, sitrep.Span{Start: 0, End: len(tc.text)}, qs)
		})
	}
}

func TestFindSkipsNonQuantities(t *testing.T) {
	for _, text := range []string{
		"No one was hurt in the attack.",
		"They fought one another for years.",
		"Many said the road was closed.",
		"The F-16 and the Su-24 flew over.",
		"Some say the attack was planned.",
	} {
		if qs := Find(text, sitrep.Span{Start: 0, End: len(text)}); len(qs) != 0 {
			var got []string
			for _, q := range qs {
				got = append(got, describe(text, q))
			}
			t.Errorf("Find(%q) = %v, want nothing", text, got)
		}
	}
}

func TestFindSentence(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // span|kind of every quantity
	}{
		{"report_sentence", "On June 3, 2017, at least 12 soldiers and two Iraqi policemen were killed and dozens of civilians wounded 50 km south of Mosul, police said at 11 am.",
			[]string{"June 3|Date", "2017|Year", "at least 12|Cardinal", "two|Cardinal", "dozens of|Cardinal", "50 km|Distance", "11 am|Time"}},
		{"dateline_year_before_plural", "Aug. 7, 2017 Pro-government supporters marched.",
			[]string{"Aug. 7|Date", "2017|Year"}},
		{"coordinated_days", "Clashes on 29 and 30 January killed 5 people.",
			[]string{"29|Date", "30 January|Date", "5|Cardinal"}},
		{"coordinated_units", "the 2nd and 11th brigades and the 9th Armored Division",
			[]string{"2nd|Unit", "11th brigades|Unit", "9th Armored Division|Unit"}},
		{"tolls_in_a_list", "Diyala suffered 108 killed and 162 injured; Kirkuk 17 killed.",
			[]string{"108|Cardinal", "162|Cardinal", "17|Cardinal"}},
		{"phone_number", "Call 1-800-577-0000 with tips.",
			[]string{"1|Other", "800|Other", "577|Other", "0000|Other"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := Find(tc.text, sitrep.Span{Start: 0, End: len(tc.text)})
			var got []string
			for _, q := range qs {
				got = append(got, tc.text[q.Span.Start:q.Span.End]+"|"+q.Kind.String())
			}
			if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
				t.Errorf("Find(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
			checkQuantities(t, tc.text, sitrep.Span{Start: 0, End: len(tc.text)}, qs)
		})
	}
}

func TestFindUsesAbsoluteSpans(t *testing.T) {
	text := "Headline with 3 words\nMore than 40 people died."
	start := strings.Index(text, "More")
	qs := Find(text, sitrep.Span{Start: start, End: len(text)})
	if len(qs) != 1 {
		t.Fatalf("want one quantity in the second line, got %d", len(qs))
	}
	if got := text[qs[0].Span.Start:qs[0].Span.End]; got != "More than 40" {
		t.Errorf("span text %q, want %q", got, "More than 40")
	}
}

// TestFindLongInput reads a long run of numbers and number words, where
// look-ahead or look-back that is not bounded would take quadratic time.
func TestFindLongInput(t *testing.T) {
	text := strings.Repeat("at least 12 and one hundred and twenty-one-year-old 5-6-7 dozens of a.m. ", 20000)
	in := sitrep.Span{Start: 0, End: len(text)}
	qs := Find(text, in)
	checkQuantities(t, text, in, qs)
	if len(qs) < 20000 {
		t.Errorf("found %d quantities in %d repeats", len(qs), 20000)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, phrase, want string
		ok                 bool
	}{
		{"at_least", "at least 12", "12/12/-", true},
		{"more_than", "more than 38", "38/38/-", true},
		{"over", "over 347", "347/347/-", true},
		{"up_to", "up to 90", "-/90/90", true},
		{"as_many_as", "as many as 90", "-/90/90", true},
		{"range_to", "5,000 to 6,000", "5000/5500/6000", true},
		{"between", "between 55 and 80", "55/67/80", true},
		{"two_or_three", "two or three", "2/2/3", true},
		{"hyphen_range", "5-6", "5/5/6", true},
		{"about", "about 50", "50/50/50", true},
		{"nearly_two_dozen", "nearly two dozen", "24/24/24", true},
		{"dozens", "dozens", "12/12/-", true},
		{"tens", "tens", "10/10/-", true},
		{"scores", "scores", "20/20/-", true},
		{"hundreds", "hundreds", "100/100/-", true},
		{"thousands", "thousands", "1000/1000/-", true},
		{"with_head", "at least 12 soldiers", "12/12/-", true},
		{"surrounding_space", "  about 7 ", "7/7/7", true},
		{"several_gives_no_count", "several", "-/-/-", false},
		{"not_a_phrase", "soldiers", "-/-/-", false},
		{"two_numbers", "12 and 14", "-/-/-", false},
		{"trailing_words", "at least 12 soldiers were killed", "-/-/-", false},
		{"empty", "", "-/-/-", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, ok := Parse(tc.phrase)
			if ok != tc.ok || c.String() != tc.want {
				t.Errorf("Parse(%q) = %v, %v; want %s, %v", tc.phrase, c, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
		ok       bool
	}{
		{"digits", "13", 13, true},
		{"comma_thousands", "25,000", 25000, true},
		{"dot_thousands", "25.000", 25000, true},
		{"millions_grouped", "1,250,000", 1250000, true},
		{"word", "thirteen", 13, true},
		{"capitalised_word", "Thirteen", 13, true},
		{"a_hundred", "a hundred", 100, true},
		{"two_dozen", "two dozen", 24, true},
		{"half_a_dozen", "half a dozen", 6, true},
		{"a_couple_of_is_not_whole", "a couple", 0, false},
		{"hundred_and_twenty", "one hundred and twenty", 120, true},
		{"hyphenated", "twenty-one", 21, true},
		{"thousands_words", "three thousand five hundred", 3500, true},
		{"decimal_million", "1.5 million", 1500000, true},
		{"two_million_words", "two million", 2000000, true},
		{"decimal_is_not_whole", "1.5", 0, false},
		{"ordinal_is_not_a_number", "9th", 0, false},
		{"age_is_not_a_number", "12-year-old", 0, false},
		{"time_is_not_a_number", "11am", 0, false},
		{"vague_is_not_a_number", "dozens", 0, false},
		{"trailing_word", "12 soldiers", 0, false},
		{"word", "soldiers", 0, false},
		{"empty", "", 0, false},
		{"huge", "99999999999999999999", 0, false},
		{"huge_in_words", "one million million million million", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Number(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("Number(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestLoadExtendsLexicon(t *testing.T) {
	text := "a force of umpteen 40 fighters"
	if qs := Find(text, sitrep.Span{Start: 0, End: len(text)}); len(qs) != 1 || qs[0].Qualifier != "" {
		t.Fatalf("default lexicon: want a bare 40, got %d quantities", len(qs))
	}
	lx, err := Load("user.txt", strings.NewReader("# a made-up qualifier\n[qualifier]\numpteen floor\n"))
	if err != nil {
		t.Fatal(err)
	}
	qs := lx.Find(text, sitrep.Span{Start: 0, End: len(text)})
	if len(qs) != 1 || qs[0].Qualifier != "umpteen" || qs[0].Count.String() != "40/40/-" {
		t.Fatalf("user lexicon: got %+v", qs)
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	for _, in := range []string{"seven 7\n", "[number]\nseven\n", "[qualifier]\nat least sometimes\n", "[colour]\nred\n", "[unit]\nparsec distance\n"} {
		if _, err := Load("bad.txt", strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "bad.txt") {
			t.Errorf("Load(%q) error = %v, want one naming bad.txt", in, err)
		}
	}
}

// checkQuantities asserts Find's invariants: spans in range, ordered, not
// overlapping, Num inside Span, the head after the span.
func checkQuantities(t *testing.T, text string, in sitrep.Span, qs []Quantity) {
	t.Helper()
	prev := in.Start
	for i, q := range qs {
		if q.Span.Start < prev || q.Span.End <= q.Span.Start || q.Span.End > in.End {
			t.Fatalf("quantity %d span %v out of order or range (prev end %d, range %v)", i, q.Span, prev, in)
		}
		if !q.Span.Contains(q.Num) || q.Num.Len() == 0 {
			t.Fatalf("quantity %d num %v not inside span %v", i, q.Num, q.Span)
		}
		if q.Head != "" && (q.HeadSpan.Start < q.Span.End && q.Kind != Unit || q.HeadSpan.End > in.End) {
			t.Fatalf("quantity %d head span %v misplaced (span %v)", i, q.HeadSpan, q.Span)
		}
		if q.Kind < Cardinal || q.Kind > Other {
			t.Fatalf("quantity %d has no kind", i)
		}
		c := q.Count
		if c.Low != nil && c.Best != nil && *c.Low > *c.Best || c.Best != nil && c.High != nil && *c.Best > *c.High {
			t.Fatalf("quantity %d count %v not ordered", i, c)
		}
		prev = q.Span.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"At least 12 soldiers and dozens of civilians", "between 55 and 80", "5,000 to 6,000", "a 12-year-old",
		"$5m", "the 9th Division", "June 3, 2014", "twenty-one-year-old", "1.2.3", "0400 hours", "half a", "a",
		"million million million million", "one hundred and", "tens of", "Brigade", "3:30:00 pm", "9,99,999",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		in := sitrep.Span{Start: 0, End: len(text)}
		checkQuantities(t, text, in, Find(text, in))
		if c, ok := Parse(text); ok && c.IsZero() {
			t.Fatalf("Parse(%q) ok with an empty count", text)
		}
		_, _ = Number(text)
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"at least 12", "nearly two dozen", "up to 90", "between 5 and", "two or", "a hundred and"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, phrase string) {
		c, ok := Parse(phrase)
		if !ok {
			return
		}
		if c.IsZero() {
			t.Fatalf("Parse(%q) ok with an empty count", phrase)
		}
		if c.Low != nil && c.Best != nil && *c.Low > *c.Best || c.Best != nil && c.High != nil && *c.Best > *c.High {
			t.Fatalf("Parse(%q) = %v not ordered", phrase, c)
		}
		if n, ok := Number(phrase); ok && n < 0 {
			t.Fatalf("Number(%q) = %d", phrase, n)
		}
	})
}

// TestFindWordNumberWithGluedQualifier: a number in words with "-odd" or
// "-plus" glued on by a hyphen ("forty-odd", "a hundred-odd", "twenty-plus")
// is a count with that qualifier, as "30-odd" is; other glued words stay
// compounds ("four-member": Other; "six-year-old": Age).
func TestFindWordNumberWithGluedQualifier(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		{"tens_odd", "Forty-odd fighters died in the raid.", want{"Forty-odd", "Forty", "40/40/40", Cardinal, false, "odd", "", "fighters"}},
		{"a_hundred_odd", "a hundred-odd villagers fled", want{"a hundred-odd", "a hundred", "100/100/100", Cardinal, false, "odd", "", "villagers"}},
		{"twenty_plus", "twenty-plus gunmen arrived", want{"twenty-plus", "twenty", "20/20/-", Cardinal, false, "plus", "", "gunmen"}},
		{"compound_is_not_a_qualifier", "a four-member team", want{"four-member", "four", "4/4/4", Other, false, "", "", ""}},
		{"age_stays_age", "a six-year-old boy", want{"six-year-old", "six", "6/6/6", Age, false, "", "years", "boy"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := Find(tc.text, sitrep.Span{Start: 0, End: len(tc.text)})
			if len(qs) == 0 {
				t.Fatalf("no quantity in %q", tc.text)
			}
			check(t, tc.text, qs[0], tc.want)
		})
	}
}
