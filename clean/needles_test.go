package clean

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkNeedles compares the automaton with containsAny on lines, for
// every rule of c.
func checkNeedles(t *testing.T, c *Cleaner, lines []string) {
	t.Helper()
	if c.needles == nil {
		t.Fatal("no automaton built")
	}
	found := make([]uint64, c.needles.words)
	for _, l := range lines {
		c.needles.scan(l, found)
		for ri, r := range c.rules {
			if r.needs == nil {
				continue
			}
			want := containsAll(l, r.needs)
			if got := c.needles.holds(ri, found); got != want {
				t.Errorf("rule %s on %q: automaton says %v, containsAny %v", r.name, l, got, want)
			}
		}
	}
}

// needleLines are lines made of the rules' literals, pieces of them and
// filler, so that literals overlap, nest and are cut short.
func needleLines(c *Cleaner, n int) []string {
	var parts []string
	for _, r := range c.rules {
		for _, set := range r.needs {
			for _, s := range set {
				parts = append(parts, s, s[:len(s)/2], s[len(s)/2:])
			}
		}
	}
	parts = append(parts, " ", "the ", "é", "x", "photo", "share")
	rng := rand.New(rand.NewPCG(1, 2))
	lines := []string{"", "a", "by our reporter", "share this article on facebook", "read more: the war in the north"}
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		lines = append(lines, b.String())
	}
	return lines
}

func TestNeedleSetAgreesWithContains(t *testing.T) {
	c := Default()
	checkNeedles(t, c, needleLines(c, 3000))
}

// TestNeedleSetAfterLoad checks that rules added, replaced and removed by
// Load are what the automaton answers for.
func TestNeedleSetAfterLoad(t *testing.T) {
	c := Default()
	first := c.rules[0].name
	user := "zz-house line (?:subscribe to the gazette|gazette briefing).*\n" + first + " off\n"
	if err := c.Load(strings.NewReader(user), "user.txt"); err != nil {
		t.Fatal(err)
	}
	if c.rules[len(c.rules)-1].needs == nil {
		t.Fatal("the added rule has no literals to test with")
	}
	lines := append(needleLines(c, 2000), "subscribe to the gazette today", "the gazette briefing")
	checkNeedles(t, c, lines)
}

// TestPrefiltersNeverTurnAwayAMatch checks, for every rule of the table,
// that no line it matches is turned away by its heads or literals: lines of the shared
// corpora (when present) and lines made of the rules' own literals.
func TestPrefiltersNeverTurnAwayAMatch(t *testing.T) {
	c := Default()
	lines := needleLines(c, 3000)
	for _, r := range c.rules {
		for _, h := range r.heads {
			lines = append(lines, h.s, h.s+" news", h.s+"s", h.s+" 12")
		}
	}
	lines = append(lines, "advertisement", "ad", "ads", "more stories", "related:", "read more...", "share this", "© 2017 reuters", "home", "loading...")
	if dir, err := filepath.Abs("../../shared/corpus"); err == nil {
		for _, set := range []string{"seeds", "news-dev", "news-wide"} {
			data, err := os.ReadFile(filepath.Join(dir, set, "docs.jsonl"))
			if err != nil {
				continue
			}
			for _, js := range strings.Split(string(data), "\n") {
				var d struct{ Text string }
				if json.Unmarshal([]byte(js), &d) != nil {
					continue
				}
				for _, l := range strings.Split(d.Text, "\n") {
					lines = append(lines, fold(l[:min(len(l), maxRuleLine)]))
				}
			}
		}
	}
	matched := 0
	for _, r := range c.rules {
		if r.re == nil {
			continue
		}
		for _, l := range lines {
			if r.re.MatchString(l) {
				matched++
				if !r.heads.fits(l) {
					t.Errorf("rule %s matches %q but its heads %v turn it away", r.name, l, r.heads)
				}
				if r.needs != nil && !containsAll(l, r.needs) {
					t.Errorf("rule %s matches %q, which holds none of %q", r.name, l, r.needs)
				}
			}
		}
	}
	if matched < 50 {
		t.Fatalf("only %d matches: the test proves little", matched)
	}
}

func TestHeadsOf(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		fit     []string
		unfit   []string
	}{
		{`(related|more from .+|up next)\s*:?`, []string{"related", "related:", "more from us", "up next"}, []string{"the related", "mor", "up"}},
		{`ad|ads|loading\.*`, []string{"ad", "ads", "loading..."}, []string{"adverts", "a", "loan"}},
		{`\d+ photos?`, []string{"12 photos"}, []string{"photos"}},
		{`.*\(afp\)`, []string{"anything (afp)"}, nil},
		{`(?i)share`, []string{"SHARE"}, nil},
	} {
		hs := headsOf(tc.pattern)
		for _, s := range tc.fit {
			if !hs.fits(s) {
				t.Errorf("%s: heads %v turn away %q", tc.pattern, hs, s)
			}
		}
		for _, s := range tc.unfit {
			if hs.fits(s) {
				t.Errorf("%s: heads %v let %q through", tc.pattern, hs, s)
			}
		}
	}
}
