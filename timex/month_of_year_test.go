package timex

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestAMonthOfARelativeYearIsOneExpression: "June last year", "in March of
// last year", "August this year" name one month of a year told against the
// publication's, read as one expression at month precision (and so as
// background when it lies far back), not as a month and a year apart; "on
// June 25 last year" is that day of the year before, not the latest June 25.
func TestAMonthOfARelativeYearIsOneExpression(t *testing.T) {
	tests := []struct {
		name, text, pub string
		expr            string
		date            string
		background      bool
	}{
		{"month_last_year", "In June last year, rebels killed 40 people in a village.", "2025-02-04", "In June last year", "2024-06-01", true},
		{"month_of_last_year", "In March of last year, a bomb killed 12 people.", "2025-02-04", "In March of last year", "2024-03-01", true},
		{"month_of_the_previous_year_without_in", "The town fell in November of last year.", "2025-06-04", "in November of last year", "2024-11-01", true},
		{"month_this_year", "Gunmen struck the post in January this year.", "2025-02-04", "in January this year", "2025-01-01", false},
		{"month_day_last_year", "On June 25 last year, police fired on protesters.", "2025-06-26", "On June 25 last year", "2024-06-25", true},
		{"month_day_this_year", "Gunmen attacked a bus on March 3 this year near Garissa.", "2025-06-26", "on March 3 this year", "2025-03-03", true},
		// negatives: a month alone, or with a year apart from it, reads as before
		{"month_alone", "In June, rebels killed 40 people.", "2025-02-04", "In June", "2024-06-01", true},
		{"month_then_a_clause_on_last_year", "In June, more than last year, rebels struck.", "2025-09-04", "In June", "2025-06-01", true},
		{"last_year_alone", "Last year rebels killed 40 people.", "2025-02-04", "Last year", "2024-01-01", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, sitrep.Span{Start: 0, End: len(tc.text)}, sitrep.Date(tc.pub))
			if len(got) == 0 {
				t.Fatalf("no expression in %q", tc.text)
			}
			e := got[0]
			if txt := tc.text[e.Span.Start:e.Span.End]; txt != tc.expr {
				t.Fatalf("expression %q, want %q", txt, tc.expr)
			}
			if string(e.Date) != tc.date {
				t.Errorf("date %s, want %s", e.Date, tc.date)
			}
			if e.Background != tc.background {
				t.Errorf("background %v, want %v", e.Background, tc.background)
			}
		})
	}
}
