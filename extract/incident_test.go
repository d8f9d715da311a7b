package extract

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestCountVerdictIgnoresOrder checks that the count cue in incident
// grouping is a function of the counts alone. An incident holding two
// tolls (5 children, 48 people) and a sentence repeating one of them
// (5 civilians) must always read as "the same figure again", whatever
// order the incident's tolls are visited in (they are gathered in a map,
// whose order Go randomises on every loop).
func TestCountVerdictIgnoresOrder(t *testing.T) {
	killed := func(group string, n int) *casualty {
		return &casualty{kind: "killed", group: group, count: sitrep.Exact(n)}
	}
	in := &incident{frames: []*frame{
		{cas: []*casualty{killed("civilians", 5)}},
		{cas: []*casualty{killed("people", 48)}},
	}, totals: map[countKey][]int{}}
	for _, f := range in.frames {
		for k, v := range sentenceTotals(f.cas) {
			in.totals[k] = append(in.totals[k], v)
		}
	}
	cases := []struct {
		name               string
		f                  *frame
		same, close, other float64
	}{
		{"same figure as one of the tolls", &frame{cas: []*casualty{killed("civilians", 5)}}, 1, 0, 0},
		{"a figure unlike every toll", &frame{cas: []*casualty{killed("civilians", 3)}}, 0, 0, 1},
		{"a figure close to a large toll", &frame{cas: []*casualty{killed("militants", 46)}}, 0, 1, 0},
		{"another kind of count", &frame{cas: []*casualty{{kind: "wounded", group: "people", count: sitrep.Exact(3)}}}, 0, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for i := 0; i < 200; i++ {
				if s, k, o := countVerdict(in, c.f); s != c.same || k != c.close || o != c.other {
					t.Fatalf("visit %d: countVerdict = %v, %v, %v; want %v, %v, %v", i, s, k, o, c.same, c.close, c.other)
				}
			}
		})
	}
}

// TestIncidentTotalsLeaveOutCountsOfMore checks what an incident keeps to
// compare later sentences' counts with: "two more militants dead" is a
// part of a count the report does not give, so it is no figure to
// compare; "seven more people killed in a different attack" is the whole
// count of that other incident.
func TestIncidentTotalsLeaveOutCountsOfMore(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name string
		text string
		want int // killed figures kept
	}{
		{"more dead of an incident told on", "Troops declared two more militants dead in Shopian on Friday.", 0},
		{"more dead of another incident", "Seven more people were killed in a different attack in Baghdad on Friday.", 1},
		{"a plain count", "Troops killed two militants in Shopian on Friday.", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := x.analyse(&sitrep.Document{ID: "t", Text: c.text, Published: "2019-04-06"})
			frames := x.frames(a)
			if len(frames) != 1 {
				t.Fatalf("got %d frames, want 1", len(frames))
			}
			in := x.newIncident(a, frames[0])
			n := 0
			for k, v := range in.totals {
				if k.kind == sitrep.Killed {
					n += len(v)
				}
			}
			if n != c.want {
				t.Errorf("kept %d killed figures, want %d", n, c.want)
			}
		})
	}
}

// TestActingSideOfATakingBack: an armed group is not read as the side
// that takes a place back, unless it is the subject of the verb.
func TestActingSideOfATakingBack(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		name, text, want string // want: the acting side's name, "" for none
	}{
		{"a_group_named_near_a_recapture_is_not_its_taker",
			"The prime minister declared an end to the ISIS state after the recapture of the mosque in Hit.", ""},
		{"a_group_that_is_the_subject_of_retook_took_it",
			"ISIS militants retook the town of Hit on Monday.", "Islamic State"},
		{"a_group_seizing_a_town_took_it",
			"ISIS militants seized the town of Hit on Monday.", "Islamic State"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := x.analyse(&sitrep.Document{ID: "t", Text: c.text, Published: "2019-04-06"})
			frames := x.frames(a)
			if len(frames) == 0 {
				t.Fatal("no frame")
			}
			got := ""
			if ag := x.agentOf(a, frames[0]); ag != nil {
				got = ag.Name
			}
			if got != c.want {
				t.Errorf("acting side %q, want %q", got, c.want)
			}
		})
	}
}

// TestDetailOpener: a sentence picking one of several incidents told just
// before, and not one that merely starts with an ordinal.
func TestDetailOpener(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"In the first, gunmen killed eight villagers.", true},
		{"In the second attack, four soldiers died.", true},
		{"The other blast hit a market.", true},
		{"In the first half of the year, gunmen killed eight villagers.", false},
		{"The first time the town fell was in 2014.", false},
		{"In another development, the army retook the town.", false},
	} {
		a := x.analyse(&sitrep.Document{ID: "t", Text: c.text, Published: "2020-10-20"})
		if len(a.sents) == 0 {
			t.Fatalf("%q: no sentence", c.text)
		}
		if got := detailOpener(a.sents[0]); got != c.want {
			t.Errorf("detailOpener(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRunOnPieces: only a run-on sentence is cut, at a comma before
// "while" or "also", into pieces of 12 words or more.
func TestRunOnPieces(t *testing.T) {
	words := func(n int, w string) string { return strings.TrimSpace(strings.Repeat(w+" ", n)) }
	for _, c := range []struct {
		name string
		text string
		want int
	}{
		{"a_normal_sentence_stays_whole", "Troops shelled the town, while rebels fired back at the troops from the hills.", 1},
		{"a_run_on_sentence_is_cut_at_while_and_also", words(30, "fighters") + ", while " + words(20, "troops") + ", also " + words(20, "rebels") + ".", 3},
		{"a_short_tail_is_not_cut_off", words(70, "fighters") + ", while troops fired.", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws := splitWordsMax(c.text, sitrep.Span{Start: 0, End: len(c.text)}, 1000)
			got := len(runOnPieces(ws))
			if got == 0 {
				got = 1
			}
			if got != c.want {
				t.Errorf("%d pieces, want %d", got, c.want)
			}
		})
	}
}
