package extract

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// refdayTexts are texts of dates, years and near misses, pieced together
// at random.
func refdayTexts(n int) []string {
	parts := []string{"Friday", "FRIDAY", "sunday", "ſunday", "Monday,", " ", "  ", "\n", "\t", ",", "March", "MAY",
		"ſeptember", "auguſt", "Dec", "17", "3", "2017", "1989", "1979", "2049", "2050", "20_17", "x", "_", "é",
		"today", "day", "Day", "-", "19", "2", "0", "on", "the", "said", "mayor", "a2016", "2016b"}
	rng := rand.New(rand.NewPCG(5, 6))
	days := []string{"Friday", "FRIDAY", "sunday", "ſunday", "Saturday", "tueſday"}
	months := []string{"March", "MAY", "ſeptember", "auguſt", "june", "Dec", "Mayor"}
	spaces := []string{" ", "  ", "\n", "\t", "", ", ", ",", "\u00a0"}
	out := []string{"", "On Friday, March 17, attackers ...", "It was Sunday 3 May 2015.", "day", "2017", "Tuesday,\nJune 6"}
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		if i%2 == 0 {
			// a weekday date, or something close to one
			b.WriteString(days[rng.IntN(len(days))] + spaces[rng.IntN(len(spaces))])
			d, m := strconv.Itoa(1+rng.IntN(40)), months[rng.IntN(len(months))]
			if rng.IntN(2) == 0 {
				b.WriteString(m + spaces[rng.IntN(len(spaces))] + d)
			} else {
				b.WriteString(d + spaces[rng.IntN(len(spaces))] + m)
			}
			for k := rng.IntN(4); k >= 0; k-- {
				b.WriteString(parts[rng.IntN(len(parts))])
			}
		}
		out = append(out, b.String())
	}
	return out
}

func TestLatestYearIsYearWord(t *testing.T) {
	for _, s := range refdayTexts(20000) {
		want := 0
		for _, y := range yearWord.FindAllString(s, -1) {
			n, _ := strconv.Atoi(y)
			want = max(want, n)
		}
		if got := latestYear(s); got != want {
			t.Fatalf("latestYear(%q) = %d, yearWord finds %d", s, got, want)
		}
	}
}

func TestWeekdayDatePrefilter(t *testing.T) {
	matched := 0
	for _, s := range refdayTexts(20000) {
		if weekdayMonthDay.MatchString(s) {
			matched++
			if !mayHaveWeekdayDate(s) {
				t.Fatalf("mayHaveWeekdayDate(%q) is false, but weekdayMonthDay matches", s)
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d texts with a weekday date: the test proves little", matched)
	}
	if mayHaveWeekdayDate("On Friday the army said that on Monday they moved.") {
		t.Error("a text with no weekday date passes the prefilter")
	}
}

// BenchmarkLexiconLoad measures reading the embedded lexicon, a part of
// every command's start-up.
func BenchmarkLexiconLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		l := newLexicon()
		if err := l.Load(strings.NewReader(defaultLexicon), "lexicon.txt"); err != nil {
			b.Fatal(err)
		}
	}
}
