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
			want:      []want{{place: "Oicha", killed: "11/11/11"}},
		},
	})
}
