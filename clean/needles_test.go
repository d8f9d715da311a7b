package clean

import (
	"math/rand/v2"
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
			want := containsAny(l, r.needs)
			if got := found[ri/64]&(1<<(ri%64)) != 0; got != want {
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
		for _, s := range r.needs {
			parts = append(parts, s, s[:len(s)/2], s[len(s)/2:])
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
