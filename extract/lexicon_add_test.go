package extract

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestMatcherAddKeepsTheSortedOrder: add, which puts a new phrase after the
// last one of its length or longer and finds the same phrase by its words,
// builds the lists that appending, joining the words to compare and
// sorting by length again after every phrase built (addBySort), for
// random sequences of phrases with repeats, casualty readings to merge
// and prefix patterns.
func TestMatcherAddKeepsTheSortedOrder(t *testing.T) {
	vocab := []string{"a", "b", "c", "d*", "x*", "*", "...", "e"}
	kinds := []string{"killed", "wounded"}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 300; n++ {
		got, want := newMatcher(), newMatcher()
		for k := rng.IntN(60); k > 0; k-- {
			words := make([]string, 1+rng.IntN(4))
			for i := range words {
				words[i] = vocab[rng.IntN(len(vocab))]
			}
			var val any = k
			if rng.IntN(2) == 0 {
				val = casualtyWord{kind: kinds[rng.IntN(2)], after: rng.IntN(2) == 0, before: rng.IntN(2) == 0}
			}
			got.add(append([]string(nil), words...), val)
			want.addBySort(append([]string(nil), words...), val)
		}
		if !reflect.DeepEqual(got.first, want.first) || !reflect.DeepEqual(got.pre, want.pre) || got.maxN != want.maxN {
			t.Fatalf("add built %v %v, adding by sort %v %v", got.first, got.pre, want.first, want.pre)
		}
	}
}

// addBySort is matcher.add as it was before it put a phrase in its place:
// it appended it and sorted the list again.
func (m *matcher) addBySort(words []string, val any) {
	// the same phrase again: casualty readings merge, anything else replaces
	for _, list := range [][]phrase{m.first[words[0]], m.pre} {
		for i := range list {
			if strings.Join(list[i].words, " ") != strings.Join(words, " ") {
				continue
			}
			old, ok1 := list[i].val.(casualtyWord)
			nw, ok2 := val.(casualtyWord)
			if ok1 && ok2 && old.kind == nw.kind {
				old.after = old.after || nw.after
				old.before = old.before || nw.before
				list[i].val = old
			} else {
				list[i].val = val
			}
			return
		}
	}
	p := phrase{words: words, val: val}
	for _, w := range words {
		p.gap = p.gap || w == "..."
	}
	if strings.HasSuffix(words[0], "*") {
		m.pre = append(m.pre, p)
	} else {
		m.first[words[0]] = append(m.first[words[0]], p)
	}
	if len(words) > m.maxN {
		m.maxN = len(words)
	}
	// longest phrases first, so a match at a position is the longest one
	sort.SliceStable(m.first[words[0]], func(i, j int) bool {
		return len(m.first[words[0]][i].words) > len(m.first[words[0]][j].words)
	})
	sort.SliceStable(m.pre, func(i, j int) bool { return len(m.pre[i].words) > len(m.pre[j].words) })
	// preBy is rebuilt once the lexicon is loaded (Lexicon.index), not at
	// every phrase added
}
