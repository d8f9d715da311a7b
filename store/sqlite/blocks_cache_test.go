package sqlite

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/merge"
)

// TestCachedBlocksAreTheStoredKeys stores reports of a few places and
// days batch after batch (a report revised now and then, which removes
// records), and after each write demands that every place part whose
// keys the store's cache holds (read, or worked out by refile from what
// the merge filed) holds the keys merge_keys holds, in qBlock's order.
func TestCachedBlocksAreTheStoredKeys(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	places := []struct {
		name     string
		lat, lon float64
	}{{"Al Shifa", 36.3566, 43.1210}, {"Bartella", 36.3514, 43.3797}, {"Hamdaniya", 36.2709, 43.3740}}
	seen := 0
	for batch := range 8 {
		var entries []Entry
		for i := range 5 + batch%3 {
			n := batch*10 + i
			pl := places[(n*7)%len(places)]
			d, e := report(fmt.Sprintf("b%02d", n), fmt.Sprintf("2017-03-%02d", 1+n%20), 3+n%5)
			e.Location.Name, e.Location.Lat, e.Location.Lon = pl.name, fptr(pl.lat), fptr(pl.lon)
			if n%4 == 0 {
				e.Date, e.DatePrecision = "", "" // undated: looks, and other keys
			}
			entries = append(entries, Entry{Doc: d, Events: []sitrep.Event{e}})
		}
		if batch%3 == 2 {
			// a revised version of a report of the batch before
			d, e := report(fmt.Sprintf("b%02d", (batch-1)*10+1), "2017-03-02", 9)
			d.Text += " Officials revised the toll."
			d.Raw = d.Text
			entries = append(entries, Entry{Doc: d, Events: []sitrep.Event{e}})
		}
		res, err := s.AddDocuments(ctx, entries)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
		s.mc.mu.Lock()
		cached := make(map[merge.Place][]blockKey, len(s.mc.blocks))
		for p, keys := range s.mc.blocks {
			cached[p] = keys
		}
		s.mc.mu.Unlock()
		for p, keys := range cached {
			rows, err := s.w.QueryContext(ctx, qBlock, placeArg(p), blockLimit+1)
			if err != nil {
				t.Fatal(err)
			}
			var want []blockKey
			for rows.Next() {
				var k blockKey
				if err := rows.Scan(&k.bucket, &k.seq); err != nil {
					t.Fatal(err)
				}
				want = append(want, k)
			}
			if err := rows.Close(); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(keys, want) {
				t.Errorf("batch %d: place part %d: cached keys %v, stored %v", batch, p, keys, want)
			}
			seen++
		}
	}
	if seen == 0 {
		t.Fatal("the cache held no place part")
	}
}
