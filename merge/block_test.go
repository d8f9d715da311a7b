package merge

import (
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
