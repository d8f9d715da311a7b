package gazetteer

import (
	"sort"
	"testing"

	"github.com/sitrep/sitrep"
)

// speedNames are names of every kind lookup meets: known exactly, by the
// article, only by a transliteration, with a "ch", and unknown.
var speedNames = []string{
	"Mosul", "al-Mosul", "Baghdad", "Shirqat", "Makhmoor", "Halabcha", "Cheikh Zouaid",
	"Tal Afar", "Kwakwani Nowhere", "Zzyzxq", "Hama", "Deir ez-Zor", "Ta'izz", "Taiz",
	"the Old City", "Ar Raqqah", "Raqqa", "Qaraqosh", "Bakhdida", "", "x",
}

// TestHasAnyAgreesWithLookup checks that the existence test finds a
// candidate exactly when lookup does, with and without user places.
func TestHasAnyAgreesWithLookup(t *testing.T) {
	def := mustDefault(t)
	user := def.With([]sitrep.Place{
		{ID: -1, Name: "Kwakwani Nowhere", Lat: 36.3, Lon: 43.1, Country: "IQ", Feature: "P.PPL", Gazetteer: "test"},
		{ID: -2, Name: "Shirqaat", Lat: 35.5, Lon: 43.2, Country: "IQ", Feature: "P.PPL", Gazetteer: "test"},
	})
	for _, g := range []*Gazetteer{def, user} {
		for _, name := range speedNames {
			for _, tier := range []int{tierExact, tierArticle, tierLoose} {
				want := len(g.lookup(name, "", tier)) > 0
				if got := g.hasAny(name, tier); got != want {
					t.Errorf("hasAny(%q, %d) = %v, lookup found candidates: %v", name, tier, got, want)
				}
			}
		}
	}
}

// TestRankCandsIsStableSort checks rankCands against a stable sort by
// tier then importance.
func TestRankCandsIsStableSort(t *testing.T) {
	g := mustDefault(t)
	// one tier, rising importance, with ties
	var flat []cand
	for i := 0; i < 12; i++ {
		flat = append(flat, cand{p: sitrep.Place{Feature: "P.PPL", Population: int64(i / 2 * 1000)}, tier: 1, id: -100 - i})
	}
	for _, name := range append(speedNames, "\x00flat") {
		var cs []cand
		if name == "\x00flat" {
			cs = append(cs, flat...)
		} else {
			// candidates of several tiers, reversed
			for _, c := range g.lookup(name, "", tierLoose) {
				cs = append([]cand{c}, cs...)
			}
			cs = append(cs, cand{p: sitrep.Place{Name: "a", Feature: "P.PPL", Population: 10}, tier: 1, id: -10},
				cand{p: sitrep.Place{Name: "b", Feature: "P.PPL", Population: 10}, tier: 1, id: -11},
				cand{p: sitrep.Place{Name: "c", Feature: "P.PPLC", Population: 1}, tier: 0, id: -12})
		}
		want := append([]cand(nil), cs...)
		sort.SliceStable(want, func(a, b int) bool {
			if want[a].tier != want[b].tier {
				return want[a].tier < want[b].tier
			}
			return importance(&want[a].p) > importance(&want[b].p)
		})
		got := rankCands(append([]cand(nil), cs...))
		if len(got) != len(want) {
			t.Fatalf("%q: %d candidates, want %d", name, len(got), len(want))
		}
		for i := range got {
			if got[i].id != want[i].id || got[i].tier != want[i].tier {
				t.Fatalf("%q: candidate %d is %d (tier %d), want %d (tier %d)", name, i, got[i].id, got[i].tier, want[i].id, want[i].tier)
			}
		}
	}
}
