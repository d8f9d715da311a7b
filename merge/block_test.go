package merge

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestFirstFrom checks the search from the end against a bisection of
// the whole list: lists short and long, buckets before, inside, between
// and after them, and runs of one bucket.
func TestFirstFrom(t *testing.T) {
	lists := [][]int32{
		nil,
		{5},
		{1, 1, 1, 1},
		{1, 2, 2, 3, 7, 7, 7, 9},
		{-4, -4, 0, 0, 0, 2},
	}
	long := make([]int32, 0, 1000)
	for i := range 1000 {
		long = append(long, int32(i/3))
	}
	lists = append(lists, long)
	for _, s := range lists {
		for b := int32(-6); b <= 340; b++ {
			want, _ := slices.BinarySearch(s, b)
			if got := firstFrom(s, b); got != want {
				t.Fatalf("firstFrom(%v, %d) = %d, want %d", s[:min(len(s), 12)], b, got, want)
			}
		}
	}
}

// everyDay is a Finder that ignores the days of a range: what the index
// gives without leaving out pairs of other days.
type everyDay struct{ *Index }

func (f everyDay) Find(out []*Record, ranges []Range) ([]*Record, error) {
	all := make([]Range, len(ranges))
	for i, rg := range ranges {
		rg.ByDays = false
		all[i] = rg
	}
	return f.Index.Find(out, all)
}

// TestFindByDaysLeavesOutOnlyBlockedPairs: the index leaves out of a
// record's candidates only records whose days the rules find apart from
// its own (and some it does leave out: the test measures something), and
// the components and groups are those of a finder that leaves out none.
func TestFindByDaysLeavesOutOnlyBlockedPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	recs := synthetic(rng, 3000, 40)
	x := NewIndex()
	for _, r := range recs {
		x.Add(r)
	}
	var sc, sc2 scratch
	left := 0
	for _, r := range recs {
		some, err := candidates(nil, r, x, &sc)
		if err != nil {
			t.Fatal(err)
		}
		all, err := candidates(nil, r, everyDay{x}, &sc2)
		if err != nil {
			t.Fatal(err)
		}
		kept := map[*Record]bool{}
		for _, c := range some {
			kept[c] = true
		}
		for _, c := range all {
			if kept[c] || c == r {
				continue
			}
			left++
			if v := Compare(r, c); !v.Blocked || v.Cues[1].Relation != "apart" {
				t.Fatalf("%s ~ %s left out, yet %s", r.Key, c.Key, v)
			}
		}
	}
	if left == 0 {
		t.Fatal("no candidate left out by its days")
	}
	y := everyDay{NewIndex()}
	for _, r := range recs {
		r.idx, r.seen = nil, 0
	}
	for _, r := range recs {
		y.Add(r)
	}
	comp, edges, err := Component(recs, y, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := show(Group(comp, edges, nil))
	for _, r := range recs {
		r.idx, r.seen = nil, 0
	}
	z := NewIndex()
	for _, r := range recs {
		z.Add(r)
	}
	comp, edges, err = Component(recs, z, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := show(Group(comp, edges, nil)); got != want {
		t.Errorf("groups differ from a finder that leaves out no day:\n%s\n%s", got, want)
	}
}
