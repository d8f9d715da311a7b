package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestControlStatements reads control statements out of sentences written
// for this test: what a report says of who holds a place without telling
// an incident of its taking, and sentences that look alike and say
// nothing of the kind.
func TestControlStatements(t *testing.T) {
	cases := []struct {
		name, text, published string
		// want is one line per statement: "place|holder|state|against|except|date/precision"
		want []string
	}{
		{name: "still held by",
			text: "Fallujah is still held by Islamic State militants, officials said.", published: "2016-03-01",
			want: []string{"Fallujah|Islamic State|held|||2016-03-01/day"}},
		{name: "in the hands of, surrounded",
			text: "The town of Hit remains in the hands of ISIS, although it is surrounded by Iraqi troops.", published: "2016-03-01",
			want: []string{"Hit|Islamic State|besieged|Iraqi Security Forces||2016-03-01/day"}},
		{name: "under the control of since",
			text: "Raqqa has been under the control of the Islamic State since January 2014.", published: "2016-03-01",
			want: []string{"Raqqa|Islamic State|held|||2014-01-01/month"}},
		{name: "under X control",
			text: "In Kirkuk province, the town of Hawija has remained under ISIS control, a local official told reporters.", published: "2016-03-01",
			want: []string{"Hawija|Islamic State|held|||2016-03-01/day"}},
		{name: "X-controlled place, dated by its clause",
			text: "Yemeni government forces advanced towards the Houthi-controlled port of Hodeidah on Tuesday.", published: "2018-06-14",
			want: []string{"Hodeidah|Houthis|held|||2018-06-12/day"}},
		{name: "a coordinated predicate is said of the sentence's subject",
			text: "The town of Baiji lies on the Tigris river and is still in the hands of Islamic State.", published: "2016-03-01",
			want: []string{"Baiji|Islamic State|held|||2016-03-01/day"}},
		{name: "lost X to Y",
			text: "Islamic State lost Tikrit to Iraqi forces last year.", published: "2016-05-01",
			want: []string{"Tikrit|Iraqi Security Forces|held|Islamic State||2015-01-01/year"}},
		{name: "all of X except Y, and Y a place",
			text: "Peshmerga forces said they had retaken all the villages around Sinjar from Islamic State fighters except the town of Tal Afar.", published: "2016-03-01",
			want: []string{"Tal Afar|Islamic State|held|Peshmerga||2016-03-01/day"}},
		{name: "all of the city except a part",
			text: "Ramadi was the target of the offensive. All of the city has been recaptured by Iraqi troops except a pocket in the east.", published: "2016-01-10",
			want: []string{"Ramadi|Iraqi Security Forces|held||a pocket in the east|2016-01-10/day"}},
		{name: "the last district of X",
			text: "Iraqi troops captured the last district of Ramadi on Monday.", published: "2016-02-10",
			want: []string{"Ramadi|Iraqi Security Forces|held|||2016-02-08/day"}},

		// negatives
		{name: "no longer held", text: "Fallujah is no longer held by Islamic State.", published: "2016-07-01"},
		{name: "held until", text: "Fallujah was held by Islamic State until June.", published: "2016-07-01"},
		{name: "the held place is the one captured", text: "Iraqi forces stormed the IS-held town of Hit on Sunday.", published: "2016-04-10"},
		{name: "formerly held", text: "The formerly IS-held town of Hit reopened its market.", published: "2016-07-01"},
		{name: "an event held by people", text: "A rally was held by supporters of the Islamic State in Raqqa.", published: "2016-07-01"},
		{name: "people held by a side", text: "Hostages held by Islamic State in Raqqa were freed.", published: "2016-07-01"},
		{name: "a taking still planned", text: "Iraqi forces plan to retake all of Mosul except the old city.", published: "2016-07-01"},
		{name: "lost men, not a place", text: "Islamic State lost dozens of fighters to air strikes near Hit.", published: "2016-07-01"},
		{name: "a place that qualifies the head", text: "The army holds Kirkuk, the last city in Nineveh still held by the army.", published: "2016-07-01"},
	}
	x := testExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := &sitrep.Document{ID: "t", Text: tc.text, Published: sitrep.Date(tc.published)}
			recs := x.ExtractRecords(doc)
			var got []string
			for _, c := range recs.Controls {
				got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s|%s/%s", c.Place.Name, c.Holder, c.State, c.Against, c.Except, c.Date, c.DatePrecision))
				if len(c.Evidence) != 1 || !strings.Contains(tc.text, c.Evidence[0].Text) || c.Doc != "t" || c.Record != "control" {
					t.Errorf("statement %+v: evidence or record fields wrong", c)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("statements:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
