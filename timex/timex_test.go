package timex

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestFind checks single expressions: each case is a sentence, its
// publication date, the words expected to be read as the expression, and
// the resolved kind, day and precision.
func TestFind(t *testing.T) {
	tests := []struct {
		name, text, pub string
		expr            string // the expression's text; "" when none may be found
		kind            Kind
		date, prec      string
		background      bool
	}{
		// Publication day and the day before.
		{"today", "Today, gunmen attacked a checkpoint.", "2017-06-04", "Today", Point, "2017-06-04", "day", false},
		{"this_morning", "A blast hit the market this morning.", "2017-06-04", "this morning", Point, "2017-06-04", "day", false},
		{"earlier_today", "Earlier today two mortars fell on the camp.", "2017-06-04", "Earlier today", Point, "2017-06-04", "day", false},
		{"yesterday", "The convoy was ambushed yesterday.", "2017-06-11", "yesterday", Point, "2017-06-10", "day", false},
		{"last_night", "Drones struck the depot late last night.", "2017-06-11", "late last night", Point, "2017-06-10", "day", false},
		{"early_hours_of_yesterday", "The raid began in the early hours of yesterday near the river.", "2017-06-11", "in the early hours of yesterday", Point, "2017-06-10", "day", false},
		{"day_before_yesterday", "The day before yesterday a mine exploded.", "2017-06-11", "The day before yesterday", Point, "2017-06-09", "day", false},
		// Weekdays: the most recent such day on or before publication.
		{"on_tuesday_before_sunday", "Troops entered the district on Tuesday.", "2017-06-04", "on Tuesday", Point, "2017-05-30", "day", false},
		{"weekday_is_publication_day", "Militants shelled the town on Sunday.", "2017-06-04", "on Sunday", Point, "2017-06-04", "day", false},
		{"tuesday_night", "Tuesday night saw heavy clashes.", "2017-06-04", "Tuesday night", Point, "2017-05-30", "day", false},
		{"late_on_saturday", "The bridge was blown up late on Saturday.", "2016-05-30", "late on Saturday", Point, "2016-05-28", "day", false},
		{"early_monday", "Armed men struck the post early Monday, a resident said.", "2015-08-03", "early Monday", Point, "2015-08-03", "day", false},
		{"last_friday_strictly_before", "Last Friday the market was bombed.", "2017-06-09", "Last Friday", Point, "2017-06-02", "day", false},
		{"possessive_weekday", "Monday's attack killed four.", "2017-06-07", "Monday", Point, "2017-06-05", "day", false},
		{"no_publication_date", "Fighters attacked on Thursday.", "", "on Thursday", Point, "", "day", false},
		// A date that names a street or a unit is no date.
		{"date_named_road", "Strikes hit three cars on July 7 road in the district.", "2018-08-03", "", Point, "", "", false},
		{"date_before_city_officials_is_a_date", "Gunmen attacked the post on Monday city officials said.", "2018-08-03", "on Monday", Point, "2018-07-30", "day", false},
		// Overnight: the first night.
		{"overnight_alone", "Rockets hit the base overnight.", "2018-03-16", "overnight", Point, "2018-03-15", "day", false},
		{"overnight_weekday", "Rockets hit the base overnight Saturday.", "2018-03-19", "overnight Saturday", Point, "2018-03-17", "day", false},
		{"from_a_days_event", "The toll from Sunday's bombing rose to 63.", "2023-10-04", "Sunday", Point, "2023-10-01", "day", false},
		{"from_last_weekdays_event", "The toll from last Friday's attack rose to 14.", "2026-09-16", "last Friday", Point, "2026-09-11", "day", false},
		{"from_a_day_on", "Clashes went on from Sunday to Tuesday.", "2023-10-04", "from Sunday to Tuesday", Period, "2023-10-01", "day", false},
		{"overnight_into_weekday", "Clashes raged overnight into Saturday.", "2018-03-19", "overnight into Saturday", Point, "2018-03-16", "day", false},
		{"night_of_friday_into_saturday", "Clashes raged on the night of Friday into Saturday.", "2018-03-19", "on the night of Friday into Saturday", Point, "2018-03-16", "day", false},
		{"thursday_around_midnight", "They struck on Thursday around midnight.", "2016-02-06", "on Thursday around midnight", Point, "2016-02-04", "day", false},
		// Weeks, months, years.
		{"last_week", "The village fell last week.", "2017-06-07", "last week", Point, "2017-05-29", "week", false},
		// a weekday of last week: weeks run Monday to Sunday
		{"weekday_last_week", "Gunmen struck the village on Wednesday last week.", "2026-09-16", "on Wednesday last week", Point, "2026-09-09", "day", false},
		{"weekday_occasion_last_week", "Gunmen struck worshippers during Friday prayers last week.", "2026-09-16", "during Friday prayers last week", Point, "2026-09-11", "day", false},
		{"weekday_part_of_day_last_week", "Gunmen struck the village on Tuesday night last week.", "2026-09-16", "on Tuesday night last week", Point, "2026-09-08", "day", false},
		{"weekday_with_a_capitalised_word_is_this_week", "Gunmen struck the village on Tuesday. Last week police left.", "2026-09-16", "on Tuesday", Point, "2026-09-15", "day", false},
		{"weekday_of_last_week", "Gunmen struck the village on Friday of last week.", "2026-09-16", "on Friday of last week", Point, "2026-09-11", "day", false},
		{"monday_last_week_told_on_a_sunday", "Gunmen struck the village on Monday last week.", "2026-09-20", "on Monday last week", Point, "2026-09-07", "day", false},
		{"weekday_then_a_clause_on_last_week", "Gunmen struck on Wednesday, after last week's raid.", "2026-09-16", "on Wednesday", Point, "2026-09-16", "day", false},
		{"earlier_this_week", "Earlier this week, a drone struck.", "2015-08-13", "Earlier this week", Point, "2015-08-10", "week", false},
		{"last_month", "An adviser died last month near Baaj.", "2017-06-04", "last month", Point, "2017-05-01", "month", false},
		{"late_last_month", "The district was captured late last month.", "2016-12-02", "late last month", Point, "2016-11-01", "month", false},
		{"last_year", "The city was retaken last year.", "2017-06-04", "last year", Point, "2016-01-01", "year", true},
		// Arithmetic.
		{"two_days_ago", "Two days ago a car bomb went off.", "2017-06-04", "Two days ago", Point, "2017-06-02", "day", false},
		{"a_week_ago", "The minaret was blown up a week ago.", "2017-06-29", "a week ago", Point, "2017-06-22", "day", false},
		{"two_weeks_ago_digits", "The unit breached the limits 2 weeks ago.", "2016-11-17", "2 weeks ago", Point, "2016-11-03", "day", false},
		{"hours_ago", "Clashes broke out a few hours ago.", "2017-06-04", "a few hours ago", Point, "2017-06-04", "day", false},
		// an anniversary: "today" names the calendar day, years back, not the news
		{"years_ago_today", "Twenty years ago today, gunmen raided the depot.", "2024-01-04", "Twenty years ago today", Point, "2004-01-01", "year", true},
		{"two_years_ago", "Two years ago, gunmen raided the depot.", "2024-01-04", "Two years ago", Point, "2022-01-01", "year", true},
		{"two_days_ago_today_stays_apart", "Two days ago the town fell; today it is quiet.", "2024-01-04", "Two days ago", Point, "2024-01-02", "day", false},
		// Month and day without a year.
		{"month_day_same_year", "On June 3 the offensive resumed.", "2017-06-04", "On June 3", Point, "2017-06-03", "day", false},
		{"month_day_previous_year", "On December 9 two bombers struck.", "2017-01-05", "On December 9", Point, "2016-12-09", "day", false},
		{"abbreviated_month_day", "Oct. 17 marked the start.", "2016-11-02", "Oct. 17", Point, "2016-10-17", "day", false},
		{"day_month", "On 20 October the plant was attacked.", "2016-10-21", "On 20 October", Point, "2016-10-20", "day", false},
		// Absolute dates.
		{"month_day_year", "It happened on June 3, 2017 in the west.", "2017-06-04", "on June 3, 2017", Point, "2017-06-03", "day", false},
		{"weekday_full_date", "Wednesday, 11 March 2015 - 19:56", "2015-03-11", "Wednesday, 11 March 2015", Point, "2015-03-11", "day", false},
		{"ordinal_of_month", "It was on the 10th of February 2018.", "", "on the 10th of February 2018", Point, "2018-02-10", "day", false},
		{"iso", "date 2017-04-03 Maiduguri", "", "2017-04-03", Point, "2017-04-03", "day", false},
		{"month_year_background", "The city fell in June 2014.", "2017-06-04", "in June 2014", Point, "2014-06-01", "month", true},
		{"year_history", "IS had declared its caliphate in 2014.", "2016-11-17", "in 2014", Point, "2014-01-01", "year", true},
		{"recent_absolute_not_background", "On May 20, 2017 a blast hit.", "2017-06-04", "On May 20, 2017", Point, "2017-05-20", "day", false},
		// Periods.
		{"since_month", "Some 91,000 people have fled since October.", "2016-11-17", "since October", Period, "2016-10-01", "month", false},
		{"since_year", "The town has been held since 2014.", "2017-06-04", "since 2014", Period, "2014-01-01", "year", false},
		{"past_24_hours", "In the past 24 hours, 30 strikes hit the city.", "2017-06-04", "In the past 24 hours", Period, "2017-06-04", "day", false},
		{"past_week", "Over the past week the front moved north.", "2017-06-04", "Over the past week", Period, "2017-05-29", "day", false},
		{"over_five_bloody_days", "The toll over five bloody days reached 500.", "2018-02-25", "over five bloody days", Period, "", "", false},
		{"throughout_the_campaign", "25,000 militants died throughout the campaign.", "2017-07-10", "throughout the campaign", Period, "", "", false},
		{"since_the_offensive_began", "Since the offensive began, 700 died.", "2016-11-17", "Since the offensive began", Period, "", "", false},
		{"since_operation_was_launched", "Since the operation was launched 90 have died.", "2016-11-17", "Since the operation was launched", Period, "", "", false},
		{"throughout_the_long_campaign", "Throughout the long campaign the town held.", "2016-11-17", "Throughout the long campaign", Period, "", "", false},
		{"so_far_this_year", "So far this year 3,000 civilians have died.", "2017-06-04", "So far this year", Period, "2017-01-01", "year", false},
		{"during_september", "During September the monitor counted 40 strikes.", "2017-10-02", "During September", Period, "2017-09-01", "month", false},
		{"during_a_weekday_is_that_day", "Gunmen fired on worshippers during Friday prayers.", "2017-11-25", "during Friday", Point, "2017-11-24", "day", false},
		{"throughout_a_named_day_is_that_day", "Shelling went on throughout Sunday in the east.", "2017-06-06", "throughout Sunday", Point, "2017-06-04", "day", false},
		{"during_a_month_is_a_period", "During March the monitor counted 12 strikes.", "2017-06-06", "During March", Period, "2017-03-01", "month", false},
		{"ordinal_day_of_this_month", "Gunmen struck on the 13th, officials said.", "2019-03-15", "on the 13th", Point, "2019-03-13", "day", false},
		{"ordinal_day_still_to_come_is_last_months", "Gunmen struck on the 20th, officials said.", "2019-03-15", "on the 20th", Point, "2019-02-20", "day", false},
		{"a_month_before_last_is_history", "In May, a bombing killed 12.", "2019-07-02", "In May", Point, "2019-05-01", "month", true},
		{"last_month_is_news", "In June, a bombing killed 12.", "2019-07-02", "In June", Point, "2019-06-01", "month", false},
		{"as_of_saturday", "As of Saturday, 18 people were dead.", "2017-06-05", "As of Saturday", Period, "2017-06-03", "day", false},
		{"in_recent_days", "Dozens were killed in recent days.", "2017-04-08", "in recent days", Period, "2017-04-08", "day", false},
		{"in_recent_years_is_years_long", "Feuds over land have killed thousands in recent years.", "2017-04-08", "in recent years", Period, "2017-04-08", "year", false},
		{"in_recent_months_is_months_long", "Raids have grown bolder in recent months.", "2017-04-08", "in recent months", Period, "2017-04-08", "month", false},
		{"in_recent_weeks_is_weeks_long", "Shelling has eased in recent weeks.", "2017-04-08", "in recent weeks", Period, "2017-04-08", "week", false},
		// Reporting days.
		{"said_on_sunday", "Twelve soldiers died, the officer said on Sunday.", "2017-06-04", "on Sunday", Reporting, "2017-06-04", "day", false},
		{"told_agency_on_sunday", "The lieutenant told Anadolu Agency on Sunday.", "2017-06-04", "on Sunday", Reporting, "2017-06-04", "day", false},
		{"statement_on_friday", "The group said in a statement on Friday.", "2017-06-04", "on Friday", Reporting, "2017-06-02", "day", false},
		{"weekday_then_verb", "The ministry on Thursday announced the capture.", "2017-09-21", "on Thursday", Reporting, "2017-09-21", "day", false},
		// a name after the verb of saying with a verb after the day is
		// the subject of what was said: the day is its act's
		{"said_name_day_verb", "Residents said the Taliban on Wednesday shot dead two men.", "2019-05-23", "on Wednesday", Point, "2019-05-22", "day", false},
		{"said_name_day_end", "The toll rose to nine, said Ahmed Ali on Wednesday.", "2019-05-23", "on Wednesday", Reporting, "2019-05-22", "day", false},
		{"fronted_day_then_reporting_verb", "On Monday, a local farmer confirmed the raid.", "2021-11-10", "On Monday", Reporting, "2021-11-08", "day", false},
		{"fronted_day_then_act", "On Monday, gunmen killed four farmers.", "2021-11-10", "On Monday", Point, "2021-11-08", "day", false},
		{"fronted_day_then_parenthetical_attribution", "On Sunday, he added, the gunmen burned the market.", "2021-11-10", "On Sunday", Point, "2021-11-07", "day", false},
		{"verb_then_clause_is_not_reporting", "He said militants attacked the base on Sunday.", "2017-06-04", "on Sunday", Point, "2017-06-04", "day", false},
		{"weekday_with_bracketed_date", "People fled on Saturday (April 8) by the hundred.", "", "on Saturday (April 8)", Point, "", "day", false},
		{"weekday_with_bracketed_date_resolved", "People fled on Saturday (April 8) by the hundred.", "2017-04-10", "on Saturday (April 8)", Point, "2017-04-08", "day", false},
		{"count_at_line_start", "The town fell.\n\nTwo weeks ago, strikes hit it.", "2015-08-20", "Two weeks ago", Point, "2015-08-06", "day", false},
		{"month_then_full_stop", "The city was seized in May.", "2015-12-28", "in May", Point, "2015-05-01", "month", true},
		{"date_then_weekday_banner", "22 August 2018 - Wednesday - 10 Dhul-Hijjah", "", "22 August 2018 - Wednesday", Point, "2018-08-22", "day", false},
		{"over_the_weekend", "Strikes continued over the weekend.", "2017-06-05", "over the weekend", Point, "2017-06-03", "week", false},
		{"since_midnight", "Since midnight, 18 civilians were killed.", "2018-03-16", "Since midnight", Period, "2018-03-16", "day", false},
		{"hyphenated_daypart", "A Thursday-morning raid hit the camp.", "2018-02-24", "Thursday-morning", Point, "2018-02-22", "day", false},
		{"in_mid_month", "The push began in mid-June.", "2017-07-02", "in mid-June", Point, "2017-06-01", "month", false},
		{"morning_of_date", "It started on the morning of June 3.", "2017-06-04", "on the morning of June 3", Point, "2017-06-03", "day", false},
		{"day_range_is_a_point", "Clashes on June 3-5 killed 40.", "2017-06-10", "on June 3-5", Point, "2017-06-03", "day", false},
		{"from_last_night_until", "Strikes went on from last night until Tuesday morning.", "2017-06-07", "from last night until Tuesday morning", Period, "2017-06-06", "day", false},
		{"easter_sunday_is_its_date", "Bombs hit three churches on Easter Sunday.", "2019-04-22", "Sunday", Point, "2019-04-21", "day", false},
		{"good_friday_is_its_date", "Gunmen attacked the village on Good Friday.", "2024-04-02", "Friday", Point, "2024-03-29", "day", false},
		{"a_feast_still_to_come_is_last_years", "The attack on Palm Sunday was never solved.", "2017-01-10", "Sunday", Point, "2016-03-20", "day", true},
		{"a_sunday_after_a_capitalised_word_is_a_plain_weekday", "Troops entered Mosul Sunday morning.", "2017-06-05", "Sunday morning", Point, "2017-06-04", "day", false},
		// False friends.
		{"bloody_sunday_is_a_name", "Marchers recalled Bloody Sunday.", "2017-06-05", "", 0, "", "", false},
		{"for_the_weekend_is_not_a_date", "Villagers stocked up on food for the weekend.", "2017-06-05", "", 0, "", "", false},
		{"date_in_a_url_path", "See /2016/10/20/photo_1.jpg for the picture.", "2016-10-21", "", 0, "", "", false},
		{"may_modal", "Civilians may be killed if the strikes go on.", "2017-06-04", "", 0, "", "", false},
		{"march_noun", "Thousands joined a march through the capital.", "2017-06-04", "", 0, "", "", false},
		{"march_capital_no_context", "March on, the commander told his men.", "2017-06-04", "", 0, "", "", false},
		{"sun_newspaper", "The Sun reported the raid.", "2017-06-04", "", 0, "", "", false},
		{"bloody_sunday", "They remembered Bloody Sunday.", "2017-06-04", "", 0, "", "", false},
		{"sunday_times", "The Sunday Times reported it.", "2017-06-04", "", 0, "", "", false},
		{"open_24_7", "The hospital is open 24/7.", "2017-06-04", "", 0, "", "", false},
		{"decade_is_not_a_year", "The group was founded in the 1970s.", "2017-06-04", "", 0, "", "", false},
		{"bare_number_is_not_a_year", "Some 2014 people fled.", "2017-06-04", "", 0, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, sitrep.Span{Start: 0, End: len(tt.text)}, sitrep.Date(tt.pub))
			if tt.expr == "" {
				if len(got) != 0 {
					t.Fatalf("Find(%q) = %+v, want nothing", tt.text, got)
				}
				return
			}
			var e *Expr
			for k := range got {
				if got[k].Text == tt.expr {
					e = &got[k]
				}
			}
			if e == nil {
				t.Fatalf("Find(%q) = %+v, want an expression %q", tt.text, got, tt.expr)
			}
			if e.Kind != tt.kind || string(e.Date) != tt.date || e.Precision != tt.prec || e.Background != tt.background {
				t.Errorf("%q: kind %v date %q prec %q background %v, want %v %q %q %v (note: %s)",
					tt.expr, e.Kind, e.Date, e.Precision, e.Background, tt.kind, tt.date, tt.prec, tt.background, e.Note)
			}
			if tt.text[e.Span.Start:e.Span.End] != e.Text {
				t.Errorf("span %v reads %q, Text is %q", e.Span, tt.text[e.Span.Start:e.Span.End], e.Text)
			}
			if e.Note == "" {
				t.Error("empty Note")
			}
			if tt.pub == "" && e.Relative && e.Date != "" {
				t.Errorf("relative date %q without a publication date", e.Date)
			}
		})
	}
}

func TestFindAnchoredToEarlierDate(t *testing.T) {
	text := "Late on Saturday a bomb went off. The previous day, gunmen raided a farm. Two days later, talks began."
	got := Find(text, sitrep.Span{Start: 0, End: len(text)}, "2017-06-05")
	want := map[string]string{"Late on Saturday": "2017-06-03", "The previous day": "2017-06-02", "Two days later": "2017-06-04"}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for _, e := range got {
		if want[e.Text] != string(e.Date) {
			t.Errorf("%q → %q, want %q (%s)", e.Text, e.Date, want[e.Text], e.Note)
		}
	}
}

// TestFindAnchoredToALaterOrReportingDay: a day relative to another, with
// no day told before it, is relative to the day told after it in the same
// text, or to the day the news was told.
func TestFindAnchoredToALaterOrReportingDay(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Gunmen raided a farm the previous day, police said on Thursday.", "2019-03-13"},
		{"Police said on Thursday that gunmen had raided a farm the previous day.", "2019-03-13"},
		{"Gunmen raided a farm the previous day.", ""},
	} {
		got := Find(c.text, sitrep.Span{Start: 0, End: len(c.text)}, "2019-03-15")
		var d sitrep.Date
		for _, e := range got {
			if strings.Contains(e.Text, "previous day") {
				d = e.Date
			}
		}
		if string(d) != c.want {
			t.Errorf("%q: the previous day → %q, want %q", c.text, d, c.want)
		}
	}
}

func TestFindADayAfter(t *testing.T) {
	text := "Late on Saturday a bomb went off. A day after, gunmen raided a farm. Two days after the blast, talks began."
	got := Find(text, sitrep.Span{Start: 0, End: len(text)}, "2017-06-05")
	want := map[string]string{"Late on Saturday": "2017-06-03", "A day after": "2017-06-04"}
	for _, e := range got {
		if w, ok := want[e.Text]; ok && w != string(e.Date) {
			t.Errorf("%q → %q, want %q (%s)", e.Text, e.Date, w, e.Note)
		}
		if strings.HasPrefix(e.Text, "Two days after") {
			t.Errorf("%q is tied to an event, not a day after the last date", e.Text)
		}
	}
}

func TestFindThatDay(t *testing.T) {
	text := "On Tuesday gunmen stormed a hotel. Later that day, police retook it."
	got := Find(text, sitrep.Span{Start: 0, End: len(text)}, "2017-06-09")
	if len(got) != 2 || got[1].Date != "2017-06-06" {
		t.Fatalf("got %+v, want 'that day' on Tuesday 2017-06-06", got)
	}
}

func TestFindNoPublicationDateExplains(t *testing.T) {
	text := "The village was shelled yesterday."
	got := Find(text, sitrep.Span{Start: 0, End: len(text)}, "")
	if len(got) != 1 || got[0].Date != "" || !strings.Contains(got[0].Note, "no publication date") {
		t.Fatalf("got %+v, want one undated expression whose note says why", got)
	}
}

func TestFindSpanIsAbsolute(t *testing.T) {
	text := "Unrelated words first. Militants attacked on Tuesday."
	start := strings.Index(text, "Militants")
	got := Find(text, sitrep.Span{Start: start, End: len(text)}, "2017-06-04")
	if len(got) != 1 || text[got[0].Span.Start:got[0].Span.End] != "on Tuesday" {
		t.Fatalf("got %+v", got)
	}
}

func TestFindPeriodEnd(t *testing.T) {
	text := "Since October, 91,000 people have fled; during September 40 strikes hit."
	got := Find(text, sitrep.Span{Start: 0, End: len(text)}, "2016-11-17")
	if len(got) != 2 {
		t.Fatalf("got %+v", got)
	}
	if got[0].End != "2016-11-17" {
		t.Errorf("since October ends %q, want the publication day", got[0].End)
	}
	if got[1].End != "2016-09-30" {
		t.Errorf("during September ends %q, want 2016-09-30", got[1].End)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want, prec string
		ok             bool
	}{
		{"June 3, 2017", "2017-06-03", "day", true},
		{"3 June 2017", "2017-06-03", "day", true},
		{"Oct. 17, 2016", "2016-10-17", "day", true},
		{"2017-06-04", "2017-06-04", "day", true},
		{"2017-06-04T10:22:00Z", "2017-06-04", "day", true},
		{"Wednesday, 11 March 2015", "2015-03-11", "day", true},
		{"the 10th of February 2018", "2018-02-10", "day", true},
		{"November 11th, 2015", "2015-11-11", "day", true},
		{"Sat Apr 2, 2016", "2016-04-02", "day", true},
		{"June 2014", "2014-06-01", "month", true},
		{"2014", "2014-01-01", "year", true},
		{"  June 3, 2017. ", "2017-06-03", "day", true},
		{"June 3", "", "", false},
		{"February 30, 2017", "", "", false},
		{"2017-13-01", "", "", false},
		{"yesterday", "", "", false},
		{"June 3, 2017 and more", "", "", false},
		{"", "", "", false},
		{"may 2017", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, p, ok := ParseDate(tt.in)
			if ok != tt.ok || string(d) != tt.want || p != tt.prec {
				t.Errorf("ParseDate(%q) = %q, %q, %v; want %q, %q, %v", tt.in, d, p, ok, tt.want, tt.prec, tt.ok)
			}
		})
	}
}

func TestLoadLexicon(t *testing.T) {
	text := "The Herald on Sunday reported it; the minister reiterated on Monday that talks go on."
	before := Find(text, sitrep.Span{Start: 0, End: len(text)}, "2017-06-06")
	saved := lex()
	t.Cleanup(func() { lexCur.Store(saved) })
	if err := LoadLexicon(strings.NewReader("reporting: reiterated\n"), "user.txt"); err != nil {
		t.Fatal(err)
	}
	after := Find(text, sitrep.Span{Start: 0, End: len(text)}, "2017-06-06")
	kindOf := func(es []Expr, text string) Kind {
		for _, e := range es {
			if e.Text == text {
				return e.Kind
			}
		}
		return 0
	}
	if kindOf(before, "on Monday") != Point || kindOf(after, "on Monday") != Reporting {
		t.Errorf("'on Monday' before %v after %v, want point then reporting", kindOf(before, "on Monday"), kindOf(after, "on Monday"))
	}
	for _, bad := range []string{"month 13: Smarch\n", "nonsense line\n", "colour: red\n", "weekday: Funday\n"} {
		if err := LoadLexicon(strings.NewReader(bad), "bad.txt"); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
			t.Errorf("LoadLexicon(%q) error = %v, want one naming bad.txt:1", bad, err)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("On Tuesday, 3 June 2017, overnight into Saturday since October so far this year.", "2017-06-04")
	f.Add("the day before yesterday; the previous day; two days later", "")
	f.Add("twenty-four hours ago, from June 3 to 5, between May 1 and May 9", "2016-02-29")
	f.Add("2017-06-04T10:00Z 24/7 Mar. 3 the 31st of February", "bad")
	f.Fuzz(func(t *testing.T, text, pub string) {
		last := 0
		for _, e := range Find(text, sitrep.Span{Start: 0, End: len(text)}, sitrep.Date(pub)) {
			if e.Span.Start < last || e.Span.End > len(text) || e.Span.Start >= e.Span.End {
				t.Fatalf("bad or overlapping span %+v after %d", e.Span, last)
			}
			last = e.Span.End
			if e.Date != "" {
				if _, err := sitrep.ParseDate(string(e.Date)); err != nil {
					t.Fatalf("bad date %q from %q", e.Date, e.Text)
				}
			}
			if e.Kind < Point || e.Kind > Reporting {
				t.Fatalf("bad kind %v", e.Kind)
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"June 3, 2017", "3 June 2017", "2017-06-04", "the 10th of February 2018", "Sat Apr 2, 2016", "2014", "Feb 29, 2016"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, p, ok := ParseDate(s)
		if !ok {
			if d != "" || p != "" {
				t.Fatalf("ParseDate(%q) = %q, %q with ok false", s, d, p)
			}
			return
		}
		if _, err := sitrep.ParseDate(string(d)); err != nil {
			t.Fatalf("ParseDate(%q) = invalid %q", s, d)
		}
		if p != sitrep.PrecisionDay && p != sitrep.PrecisionMonth && p != sitrep.PrecisionYear {
			t.Fatalf("ParseDate(%q) precision %q", s, p)
		}
	})
}

const benchText = `MOSUL, Iraq - Iraqi forces pushed into the Old City on Tuesday, the Joint Operations Command said on Sunday, ` +
	`after fighting overnight into Saturday left dozens dead. Since October, more than 91,000 people have fled the city, ` +
	`and in the past 24 hours another 2,000 crossed the front line. Two days ago a car bomb killed seven soldiers near ` +
	`the mosque, which militants had blown up last week. The offensive, launched on October 17, 2016, is expected to ` +
	`end within weeks, officers said, although the group still holds districts it seized in June 2014.`

func BenchmarkFind(b *testing.B) {
	span := sitrep.Span{Start: 0, End: len(benchText)}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(benchText, span, "2017-06-04")
	}
}

// TestWritten: the words of a date say their day of the week, or month
// and day, with no publication date to resolve them.
func TestWritten(t *testing.T) {
	for _, tc := range []struct {
		text               string
		weekday, month, dd int
		ok                 bool
	}{
		{"on Monday", 2, 0, 0, true},
		{"late on Sunday night", 1, 0, 0, true},
		{"on Nov. 23", 0, 11, 23, true},
		{"on 5 March", 0, 3, 5, true},
		{"on Friday, June 2", 6, 6, 2, true},
		{"last week", 0, 0, 0, false},
		{"in March", 0, 0, 0, false},
		{"the regional council", 0, 0, 0, false},
	} {
		wd, m, d, ok := Written(tc.text)
		if wd != tc.weekday || m != tc.month || d != tc.dd || ok != tc.ok {
			t.Errorf("Written(%q) = %d, %d, %d, %v; want %d, %d, %d, %v", tc.text, wd, m, d, ok, tc.weekday, tc.month, tc.dd, tc.ok)
		}
	}
}

// TestOvernightFromOneDayToTheNextIsTheFirstNight: "overnight from Friday
// to Saturday" is one night, dated by its first day, as "on the night of
// Friday to Saturday" is; "between Friday and Saturday" stays a span of
// two days.
func TestOvernightFromOneDayToTheNextIsTheFirstNight(t *testing.T) {
	for _, c := range []struct {
		text, date string
		kind       Kind
	}{
		{"were killed overnight from Friday to Saturday when", "2023-02-24", Point},
		{"were killed on the night of Friday to Saturday when", "2023-02-24", Point},
		{"were killed between Friday and Saturday", "2023-02-24", Period},
	} {
		got := Find(c.text, sitrep.Span{Start: 0, End: len(c.text)}, "2023-02-26")
		if len(got) != 1 || string(got[0].Date) != c.date || got[0].Kind != c.kind {
			t.Errorf("%q: got %+v, want %s %v", c.text, got, c.date, c.kind)
		}
	}
}

// TestFindNumericDates: a day written in numbers with the year last
// ("15.10.2024", "14/10/2024", "3-12-2021") is that day; a number above
// 12 is the day, and when both numbers could be the month the reading on
// or before the publication date and nearest it wins. Negatives: a
// version number, a run of four numbers, a path.
func TestFindNumericDates(t *testing.T) {
	for _, c := range []struct{ name, text, pub, date string }{
		{"dots_day_first", "Three men were arrested on 15.10.2024 in Bijapur.", "2024-10-16", "2024-10-15"},
		{"slashes_day_first", "The attack took place on 14/10/2024.", "2024-10-16", "2024-10-14"},
		{"slashes_month_first", "The attack took place on 10/14/2024.", "2024-10-16", "2024-10-14"},
		{"hyphens", "Gunmen struck on 3-12-2021 near the village.", "2025-04-01", "2021-12-03"},
		{"both_could_be_months_nearest_before", "Troops were ambushed on 03/04/2024.", "2024-04-05", "2024-04-03"},
		{"both_could_be_months_other_order", "Troops were ambushed on 04/03/2024.", "2024-04-05", "2024-04-03"},
		{"neither_before_day_first", "Talks are set for 05/06/2024.", "2024-04-05", "2024-06-05"},
		// negatives
		{"version_number", "The app reached version 1.2.2024.5 last year.", "2024-04-05", ""},
		{"path", "See /15/10/2024/report.html for more.", "2024-04-05", ""},
	} {
		t.Run(c.name, func(t *testing.T) { checkFirstDay(t, c.text, c.pub, c.date) })
	}
}

// TestFindADayBeforeALabelsColon: "Monday, April 21: fighters took the
// town" (a live blog's or a round-up's label): a colon after the day,
// with no minutes glued to it, ends the label and the day stands.
// Negatives: a day and then an hour with its minutes.
func TestFindADayBeforeALabelsColon(t *testing.T) {
	for _, c := range []struct{ name, text, pub, date string }{
		{"label_with_weekday", "Monday, April 21: Al-Shabaab fighters took over the town of Moqokori.", "2025-04-28", "2025-04-21"},
		{"label_without_weekday", "April 21: Al-Shabaab fighters took over the town of Moqokori.", "2025-04-28", "2025-04-21"},
		// negative
		{"day_then_hour", "The blast happened on April 21 at 21:30 near the market.", "2025-04-28", "2025-04-21"},
	} {
		t.Run(c.name, func(t *testing.T) { checkFirstDay(t, c.text, c.pub, c.date) })
	}
}

// checkFirstDay demands that the first day Find reads in text, at day
// precision and not a day of telling, is want ("" for none).
func checkFirstDay(t *testing.T, text, pub, want string) {
	t.Helper()
	got := Find(text, sitrep.Span{Start: 0, End: len(text)}, sitrep.Date(pub))
	date := ""
	for _, e := range got {
		if e.Precision == "day" && e.Kind != Reporting && date == "" {
			date = string(e.Date)
		}
	}
	if date != want {
		t.Errorf("%q: day %q, want %q (%+v)", text, date, want, got)
	}
}

// TestFindDayFirstRanges: days of one month written day first with the
// month once ("between 1 and 8 October 2019", "from 3 to 5 May",
// "12-14 June") are one stretch from the first day to the last; a bare
// number before "and" with no "between" is no day.
func TestFindDayFirstRanges(t *testing.T) {
	tests := []struct {
		text, pub, date, end string
		kind                 Kind
	}{
		{"37 people were killed in four incidents between 1 and 8 October 2019.", "2019-10-10", "2019-10-01", "2019-10-08", Period},
		{"The curfew held from 3 to 5 May, the governor said.", "2021-05-20", "2021-05-03", "2021-05-05", Period},
		{"Talks were held on 12-14 June in Nairobi.", "2021-06-20", "2021-06-12", "2021-06-14", Point},
		// negative: "1 and 8 October" with nothing before it is the 8th alone
		{"Ten soldiers were hurt and 8 October saw more fighting.", "2019-10-10", "2019-10-08", "", Point},
	}
	for _, tc := range tests {
		got := Find(tc.text, sitrep.Span{Start: 0, End: len(tc.text)}, sitrep.Date(tc.pub))
		if len(got) != 1 {
			t.Errorf("%q: got %d expressions %+v, want 1", tc.text, len(got), got)
			continue
		}
		if got[0].Date != sitrep.Date(tc.date) || got[0].End != sitrep.Date(tc.end) || got[0].Kind != tc.kind {
			t.Errorf("%q: got %s..%s kind %v, want %s..%s kind %v", tc.text, got[0].Date, got[0].End, got[0].Kind, tc.date, tc.end, tc.kind)
		}
	}
}
