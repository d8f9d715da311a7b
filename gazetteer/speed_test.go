package gazetteer

import (
	"math"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"

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

// TestLexIndexAgreesWithSections checks the per-document lexicon lookups
// of the index against the section maps, for every word of a text and
// every section (and one the lexicon lacks), apostrophes included.
func TestLexIndexAgreesWithSections(t *testing.T) {
	text := `Gen. Ahmed said the Shi'ite militia and the Shi’a district of Kadhimiya ` +
		`were hit near the town of Tal Afar, in Nineveh province; Iraqi and Kurdish forces ` +
		`'d left the village. 'Tis the Sunni-majority al-Bab area, Mosul's old city, ` +
		`President Smith, Mr. Jones, the Islamic State group, O'Brien and D'Arcy.`
	g := mustDefault(t)
	for _, l := range []*Lexicon{DefaultLexicon(), DefaultLexicon().Merge(mustLexicon(t, "[stop]\nthe shi'ite\n[cue]\ntown=P\n"))} {
		f := &finder{g: g, lex: l, text: text}
		f.toks = tokenize(text, nil)
		x := l.index()
		if x == nil {
			t.Fatal("no index")
		}
		secs := []string{"no-such-section"}
		for s := range l.sections {
			secs = append(secs, s)
		}
		sort.Strings(secs)
		for i := range f.toks {
			if !f.toks[i].word {
				continue
			}
			e, e2 := f.lexEntries(x, i)
			w := string(f.lower(i))
			for _, sec := range secs {
				wantV, wantOK := l.value(sec, []byte(w))
				gotV, gotOK := x.value(sec, e, e2)
				if gotV != wantV || gotOK != wantOK {
					t.Errorf("%q in [%s]: index says %q %v, sections %q %v", w, sec, gotV, gotOK, wantV, wantOK)
				}
				if got := x.has(sec, e, e2); got != wantOK {
					t.Errorf("%q in [%s]: index has %v, sections %v", w, sec, got, wantOK)
				}
			}
		}
	}
}

func mustLexicon(t *testing.T, s string) *Lexicon {
	t.Helper()
	l, err := ReadLexicon(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestSecSlots checks that secSlot places every section of secSlots.
func TestSecSlots(t *testing.T) {
	for i, s := range secSlots {
		if secSlot(s) != i {
			t.Errorf("secSlot(%q) = %d, want %d", s, secSlot(s), i)
		}
	}
	if secSlot("cue-phrase") != -1 {
		t.Error("cue-phrase has a slot")
	}
}

// TestAnchorGridNear checks near, which walks the cells held when they are
// fewer than the cells around, against a walk of every cell around.
func TestAnchorGridNear(t *testing.T) {
	around := func(g anchorGrid, lat, lon, km float64) bool {
		c := gridCell(lat, lon)
		dy := int(math.Ceil(km/111)) + 1
		dx := 180
		if cos := math.Cos((math.Abs(lat) + float64(dy)) * math.Pi / 180); cos > 0.05 {
			dx = int(math.Ceil(km/(111*cos))) + 1
		}
		for i := -dy; i <= dy; i++ {
			for j := -dx; j <= dx; j++ {
				for _, a := range g[[2]int{c[0] + i, c[1] + j}] {
					if roughKm(lat, lon, a.Lat, a.Lon) < km {
						return true
					}
				}
			}
		}
		return false
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 3, 10, 40, 400} {
		g := anchorGrid{}
		for i := 0; i < n; i++ {
			g.add(&sitrep.Place{Lat: 30 + rng.Float64()*10, Lon: 40 + rng.Float64()*10})
		}
		g.add(&sitrep.Place{Lat: 89.5, Lon: 179.5})
		for k := 0; k < 500; k++ {
			lat, lon := 28+rng.Float64()*14, 38+rng.Float64()*14
			if k%50 == 0 {
				lat, lon = 89+rng.Float64(), 178+rng.Float64()*2
			}
			km := []float64{5, 25, 60, 200}[k%4]
			if got, want := g.near(lat, lon, km), around(g, lat, lon, km); got != want {
				t.Fatalf("%d points, near(%.3f, %.3f, %v) = %v, want %v", n, lat, lon, km, got, want)
			}
		}
	}
}

// TestWordRuneAndJoin checks the ASCII shortcut of isWordRune and
// indexJoin against the tests they stand for.
func TestWordRuneAndJoin(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if isWordRune(r) != want {
			t.Fatalf("isWordRune(%q) = %v", r, !want)
		}
	}
	parts := []string{"al", "-", "‐", "_", "Bab", "‑", "—", "\xe2", "\x80\x90", "é", "x"}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rng.IntN(6); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		w := b.String()
		if got, want := indexJoin(w), strings.IndexAny(w, "-‐_"); got != want {
			t.Fatalf("indexJoin(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestLookupCacheAnswersAsLookup checks that lookup through the cache
// answers as without it, for the default and for a gazetteer with user
// places, and that a caller changing its answer does not change the
// next one.
func TestLookupCacheAnswersAsLookup(t *testing.T) {
	def := mustDefault(t)
	user := def.With([]sitrep.Place{{ID: -1, Name: "Shirqaat", Lat: 35.5, Lon: 43.2, Country: "IQ", Feature: "P.PPL", Gazetteer: "test"}})
	for _, g := range []*Gazetteer{def, user} {
		if g.lookups == nil {
			t.Fatal("no cache")
		}
		for round := 0; round < 3; round++ {
			for _, name := range speedNames {
				for _, country := range []string{"", "IQ"} {
					for _, tier := range []int{tierExact, tierArticle, tierLoose} {
						got, want := g.lookup(name, country, tier), g.lookupUncached(name, country, tier)
						if len(got) != len(want) {
							t.Fatalf("%q %q %d: %d candidates, want %d", name, country, tier, len(got), len(want))
						}
						for i := range got {
							if !reflect.DeepEqual(got[i], want[i]) {
								t.Fatalf("%q %q %d: candidate %d is %v, want %v", name, country, tier, i, got[i].p, want[i].p)
							}
							got[i].tier = -5 // a caller's change
						}
					}
				}
			}
		}
	}
}
