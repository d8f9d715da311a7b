package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

func FuzzClean(f *testing.F) {
	f.Add(" date 2017-04-03 Shelling hit the town.\n\nRelated Story\nOther news", "")
	f.Add("The Ardan Times\n\nHeadline here\n\nMonday, 2 May 2016 - 10:00\n\n1/3 A caption Reuters\n(function(){var a=1;})();", "https://x.example/2016/05/02/a")
	f.Add("\r\n\u00a0\n\n• Today is: Sunday, April 5, 2015\r\nLeave a Reply\r\n", "")
	f.Fuzz(func(t *testing.T, raw, url string) {
		if !utf8.ValidString(raw) {
			return
		}
		d := &sitrep.Document{Raw: raw, URL: url}
		Default().Clean(d)
		for _, l := range strings.Split(d.Text, "\n") {
			if l != "" && !strings.Contains(raw, l) {
				t.Fatalf("kept line %q not in Raw", l)
			}
		}
		for _, x := range d.Dropped {
			if x.Raw.Start < 0 || x.Raw.End > len(raw) || x.Raw.Start > x.Raw.End || raw[x.Raw.Start:x.Raw.End] != x.Text {
				t.Fatalf("Dropped %+v does not match Raw", x)
			}
		}
		if d.Published.IsZero() != (d.PublishedHow == sitrep.DateUnknown) {
			t.Fatalf("Published %q with %q", d.Published, d.PublishedHow)
		}
		if !d.Published.IsZero() {
			if _, err := sitrep.ParseDate(string(d.Published)); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func FuzzFindDates(f *testing.F) {
	for _, s := range []string{"Wednesday, 11 March 2015 - 19:56", "April02/ 2015", "2017-03-20", "the 10th of February 2018", "https://a.example/2019/02/04/x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range findDates(s) {
			if _, err := sitrep.ParseDate(string(d.date)); err != nil || d.start < 0 || d.end > len(s) || d.start >= d.end {
				t.Fatalf("findDates(%q) gave %+v", s, d)
			}
		}
		if d, ok := urlDate(s); ok {
			if _, err := sitrep.ParseDate(string(d)); err != nil {
				t.Fatal(err)
			}
		}
	})
}
