package control

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// ev makes an event of a sub-event type at a place, from report doc.
func ev(id, doc, date, prec, sub, a1, a2, place string) sitrep.Event {
	typ, _, _ := sitrep.LookupType(sub)
	return sitrep.Event{Record: "event", ID: id, Doc: doc, Date: sitrep.Date(date), DatePrecision: prec,
		EventType: typ, SubEventType: sub, Actor1: a1, Actor2: a2,
		Location: &sitrep.Location{Name: place, Country: "IQ"},
		Sources:  []sitrep.Source{{Doc: doc}},
		Evidence: []sitrep.Evidence{{Doc: doc, Start: 0, End: 10, Text: "fixture " + id}}}
}

const (
	regain = "Government regains territory"
	takes  = "Non-state actor overtakes territory"
	clash  = "Armed clash"
	bomb   = "Suicide bomb"
)

// st makes a control statement.
func st(doc, date, prec, state, holder, against, place string) sitrep.Control {
	return sitrep.Control{Record: "control", Doc: doc, Place: &sitrep.Location{Name: place, Country: "IQ"},
		Holder: holder, State: state, Against: against, Date: sitrep.Date(date), DatePrecision: prec,
		Evidence: []sitrep.Evidence{{Doc: doc, Start: 5, End: 9, Text: "fixture statement"}}}
}

// claimsOf reads the claims of events and statements, failing on any that
// should have made one and did not.
func claimsOf(t *testing.T, evs []sitrep.Event, sts []sitrep.Control) []Claim {
	t.Helper()
	var out []Claim
	for i := range evs {
		c, ok := FromEvent(&evs[i])
		if !ok {
			t.Fatalf("event %s made no claim", evs[i].ID)
		}
		out = append(out, c)
	}
	for i := range sts {
		c, ok := FromStatement(&sts[i], &sitrep.Source{Doc: sts[i].Doc})
		if !ok {
			t.Fatalf("statement of %s made no claim", sts[i].Doc)
		}
		out = append(out, c)
	}
	return out
}

// render writes a timeline as one line per interval:
// "FROM..TO state holder [sides] (docs)".
func render(tl Timeline) string {
	var b strings.Builder
	for _, iv := range tl.Intervals {
		to := string(iv.To)
		if to == "" {
			to = "now"
		}
		var docs []string
		for _, s := range iv.Sources() {
			docs = append(docs, s.Doc)
		}
		fmt.Fprintf(&b, "%s(%s)..%s %s %s %v", iv.From, iv.FromPrecision, to, iv.State, iv.Holder, iv.Sides)
		if iv.Except != "" {
			fmt.Fprintf(&b, " except %q", iv.Except)
		}
		if iv.Resumed {
			fmt.Fprintf(&b, " resumed(held since %s)", iv.Since)
		}
		fmt.Fprintf(&b, " %v\n", docs)
	}
	for _, c := range tl.Undated {
		fmt.Fprintf(&b, "undated %s %s %s\n", c.Kind, c.Holder, c.Doc)
	}
	return b.String()
}

func TestBuild(t *testing.T) {
	cases := []struct {
		name string
		evs  []sitrep.Event
		sts  []sitrep.Control
		want string
	}{
		{
			name: "a capture makes its taker the holder from its date",
			evs:  []sitrep.Event{ev("e1", "r1", "2017-06-04", "day", regain, "Popular Mobilization Forces", "Islamic State", "Baaj")},
			want: "2017-06-04(day)..now held Popular Mobilization Forces [Popular Mobilization Forces] [r1]\n",
		},
		{
			name: "a statement of holding, then a capture by the other side",
			evs:  []sitrep.Event{ev("e1", "r2", "2017-03-01", "day", regain, "Iraqi Security Forces", "Islamic State", "Hamra")},
			sts:  []sitrep.Control{st("r1", "2017-01-10", "day", sitrep.ControlHeld, "Islamic State", "", "Hamra")},
			want: "2017-01-10(day)..2017-03-01 held Islamic State [Islamic State] [r1]\n" +
				"2017-03-01(day)..now held Iraqi Security Forces [Iraqi Security Forces] [r2]\n",
		},
		{
			name: "two sources that disagree on a day make it contested with both listed",
			sts: []sitrep.Control{
				st("r1", "2017-05-05", "day", sitrep.ControlHeld, "Islamic State", "", "Hamra"),
				st("r2", "2017-05-05", "day", sitrep.ControlHeld, "Iraqi Security Forces", "", "Hamra"),
			},
			want: "2017-05-05(day)..now contested  [Iraqi Security Forces Islamic State] [r2 r1]\n",
		},
		{
			name: "allies claiming a place on one day do not contest it",
			evs: []sitrep.Event{
				ev("e1", "r1", "2017-05-05", "day", regain, "Popular Mobilization Forces", "Islamic State", "Hamra"),
				ev("e2", "r2", "2017-05-05", "day", regain, "Iraqi Security Forces", "Islamic State", "Hamra"),
			},
			want: "2017-05-05(day)..now held Iraqi Security Forces [Iraqi Security Forces Popular Mobilization Forces] [r2 r1]\n",
		},
		{
			name: "fighting inside a held place contests it that day only",
			evs:  []sitrep.Event{ev("e2", "r2", "2017-02-01", "day", clash, "Iraqi Security Forces", "Islamic State", "Hamra")},
			sts:  []sitrep.Control{st("r1", "2017-01-01", "day", sitrep.ControlHeld, "Islamic State", "", "Hamra")},
			want: "2017-01-01(day)..2017-02-01 held Islamic State [Islamic State] [r1]\n" +
				"2017-02-01(day)..2017-02-02 contested  [Iraqi Security Forces Islamic State] [r2]\n" +
				"2017-02-02(day)..now held Islamic State [Islamic State] resumed(held since 2017-01-01) [r1]\n",
		},
		{
			name: "fighting on the day of a capture is the capture's",
			evs: []sitrep.Event{
				ev("e1", "r1", "2017-02-01", "day", regain, "Iraqi Security Forces", "Islamic State", "Hamra"),
				ev("e2", "r1", "2017-02-01", "day", clash, "Islamic State", "Iraqi Security Forces", "Hamra"),
			},
			want: "2017-02-01(day)..now held Iraqi Security Forces [Iraqi Security Forces] [r1]\n",
		},
		{
			name: "fighting where no holder is known contests the place that day",
			evs:  []sitrep.Event{ev("e2", "r2", "2017-02-01", "day", clash, "Houthis", "Yemeni army", "Hays")},
			want: "2017-02-01(day)..2017-02-02 contested  [Houthis Yemeni army] [r2]\n",
		},
		{
			name: "a besieged holder holds until its besieger takes the place",
			evs:  []sitrep.Event{ev("e1", "r2", "2017-08-31", "day", regain, "Iraqi Security Forces", "Islamic State", "Hamra")},
			sts:  []sitrep.Control{st("r1", "2017-06-11", "day", sitrep.ControlBesieged, "Islamic State", "Iraqi Security Forces", "Hamra")},
			want: "2017-06-11(day)..2017-08-31 besieged Islamic State [Islamic State Iraqi Security Forces] [r1]\n" +
				"2017-08-31(day)..now held Iraqi Security Forces [Iraqi Security Forces] [r2]\n",
		},
		{
			name: "the same holder told again confirms its interval",
			evs: []sitrep.Event{
				ev("e1", "r1", "2017-06-01", "week", takes, "al-Shabaab", "Somali security forces", "Ceel Buur"),
				ev("e2", "r2", "2017-06-09", "day", takes, "al-Shabaab", "", "Ceel Buur"),
			},
			want: "2017-06-01(week)..now held al-Shabaab [al-Shabaab] [r1 r2]\n",
		},
		{
			name: "undated claims are kept apart",
			evs: []sitrep.Event{
				ev("e1", "r1", "", "", regain, "Iraqi Security Forces", "Islamic State", "Hamra"),
				ev("e2", "r2", "2016-01-01", "year", takes, "Islamic State", "", "Hamra"),
			},
			want: "2016-01-01(year)..now held Islamic State [Islamic State] [r2]\nundated capture Iraqi Security Forces r1\n",
		},
		{
			name: "a part held by another side is kept with the holder",
			sts: []sitrep.Control{func() sitrep.Control {
				s := st("r1", "2017-06-11", "day", sitrep.ControlHeld, "Iraqi Security Forces", "Islamic State", "Hamra")
				s.Except = "an enclave by the river"
				return s
			}()},
			want: "2017-06-11(day)..now held Iraqi Security Forces [Iraqi Security Forces] except \"an enclave by the river\" [r1]\n",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tls := Build(claimsOf(t, tc.evs, tc.sts), Options{Allied: AlliedBy(nil)})
			if len(tls) != 1 {
				t.Fatalf("got %d timelines, want 1", len(tls))
			}
			if got := render(tls[0]); got != tc.want {
				t.Errorf("timeline:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestFromEventNegatives(t *testing.T) {
	noPlace := ev("e5", "r", "2017-01-01", "day", regain, "Iraqi Security Forces", "", "Hamra")
	noPlace.Location = nil
	deleted := ev("e6", "r", "2017-01-01", "day", regain, "Iraqi Security Forces", "", "Hamra")
	deleted.Deleted = true
	offTown := ev("e7", "r", "2017-01-01", "day", regain, "Popular Mobilization Forces", "", "Hamra")
	offTown.Location.Relative = "west of Hamra"
	for name, e := range map[string]sitrep.Event{
		"a bombing says nothing of control":     ev("e1", "r", "2017-01-01", "day", bomb, "Islamic State", "civilians", "Hamra"),
		"a capture by an unknown side":          ev("e2", "r", "2017-01-01", "day", takes, "unknown", "Iraqi Security Forces", "Hamra"),
		"a clash with no named side":            ev("e3", "r", "2017-01-01", "day", clash, "unknown", "civilians", "Hamra"),
		"a capture with no place":               noPlace,
		"a deleted capture":                     deleted,
		"a capture told only as off a town":     offTown,
		"an attack on civilians is no fighting": ev("e4", "r", "2017-01-01", "day", "Attack", "Islamic State", "civilians", "Hamra"),
	} {
		if c, ok := FromEvent(&e); ok {
			t.Errorf("%s: claim %+v, want none", name, c)
		}
	}
}

func TestPlacesKeyedByFoldedName(t *testing.T) {
	evs := []sitrep.Event{
		ev("e1", "r1", "2017-01-01", "day", regain, "Iraqi Security Forces", "", "Tal Afar"),
		ev("e2", "r2", "2017-01-02", "day", regain, "Iraqi Security Forces", "", "TAL AFAR"),
		ev("e3", "r3", "2017-01-02", "day", regain, "Iraqi Security Forces", "", "Baaj"),
	}
	tls := Build(claimsOf(t, evs, nil), Options{})
	if len(tls) != 2 || tls[0].Place.Name != "Baaj" || len(tls[1].Intervals) != 1 || len(tls[1].Intervals[0].Claims) != 2 {
		t.Fatalf("timelines: %+v", tls)
	}
}

func TestAt(t *testing.T) {
	evs := []sitrep.Event{
		ev("e1", "r1", "2017-01-10", "day", takes, "Islamic State", "", "Hamra"),
		ev("e2", "r2", "2017-03-01", "day", regain, "Iraqi Security Forces", "", "Hamra"),
	}
	tl := Build(claimsOf(t, evs, nil), Options{})[0]
	for day, want := range map[sitrep.Date]string{
		"2017-01-09": "", "2017-01-10": "Islamic State", "2017-02-28": "Islamic State",
		"2017-03-01": "Iraqi Security Forces", "2020-01-01": "Iraqi Security Forces",
	} {
		got := ""
		if iv := tl.At(day); iv != nil {
			got = iv.Holder
		}
		if got != want {
			t.Errorf("At(%s) = %q, want %q", day, got, want)
		}
	}
}

// The same claims in any order give the same timelines.
func TestBuildIgnoresOrder(t *testing.T) {
	evs := []sitrep.Event{
		ev("e1", "r1", "2017-01-10", "day", takes, "Islamic State", "", "Hamra"),
		ev("e2", "r2", "2017-03-01", "day", regain, "Iraqi Security Forces", "", "Hamra"),
		ev("e3", "r3", "2017-03-01", "day", regain, "Peshmerga", "", "Hamra"),
		ev("e4", "r4", "2017-03-05", "day", clash, "Peshmerga", "Islamic State", "Hamra"),
		ev("e5", "r5", "2017-03-05", "day", regain, "Peshmerga", "", "Bashiqa"),
		ev("e6", "r6", "", "", regain, "Peshmerga", "", "Bashiqa"),
		ev("e7", "r7", "2017-03-05", "day", takes, "Islamic State", "", "Bashiqa"),
	}
	sts := []sitrep.Control{
		st("r8", "2017-02-01", "month", sitrep.ControlBesieged, "Islamic State", "Peshmerga", "Hamra"),
		st("r9", "2017-03-05", "day", sitrep.ControlHeld, "Peshmerga", "", "Bashiqa"),
	}
	claims := claimsOf(t, evs, sts)
	want := Build(claims, Options{Allied: AlliedBy(nil)})
	r := rand.New(rand.NewSource(1))
	for k := 0; k < 20; k++ {
		r.Shuffle(len(claims), func(i, j int) { claims[i], claims[j] = claims[j], claims[i] })
		if got := Build(claims, Options{Allied: AlliedBy(nil)}); !reflect.DeepEqual(got, want) {
			t.Fatalf("order %d: timelines differ:\n%v\nwant\n%v", k, got, want)
		}
	}
}
