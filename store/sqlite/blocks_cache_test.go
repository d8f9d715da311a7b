package sqlite

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

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
		addEntries(t, s, entries)
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

// TestMergeCountsCrowdedPlacesWithoutReadingThem stores reports of
// shellings of one town on 150 days five days apart, so that every place part they are
// filed under is crowded, then (nothing cached, as in a new process)
// one more report of one of those days. That merge must not read the
// keys of a crowded part to count them or to find the records of the
// days looked in (at most a part's worth of an uncrowded one), and the
// report must still join the report of its day and no other.
func TestMergeCountsCrowdedPlacesWithoutReadingThem(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	day := func(i int) string { return time.Date(2016, 1, 1+5*i, 0, 0, 0, 0, time.UTC).Format("2006-01-02") }
	shelling := func(doc string, i, killed int) Entry {
		d, e := report(doc, day(i+1), killed)
		d.Text = "An invented report " + doc + " of a shelling of the town."
		d.Raw, d.Hash = d.Text, hexSHA256(d.Text)
		e.Date = sitrep.Date(day(i))
		return Entry{Doc: d, Events: []sitrep.Event{e}}
	}
	const days = 150
	var entries []Entry
	for i := range days {
		entries = append(entries, shelling(fmt.Sprintf("r%03d", i), i, 2+i%9))
	}
	addEntries(t, s, entries)
	if g := groups(t, s); len(g) != days {
		t.Fatalf("%d incidents for %d reports of %d days", len(g), days, days)
	}
	s.mc.reset()
	before := keysRead.Load()
	res, err := s.AddDocuments(ctx, []Entry{shelling("again", 42, 2+42%9)})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil {
		t.Fatal(res[0].Err)
	}
	if n := keysRead.Load() - before; n > merge.LooseLimit+1 {
		t.Errorf("the merge read %d keys of crowded place parts (%d reports each)", n, days)
	}
	g := groups(t, s)
	if len(g) != days || !slices.Contains(g, "again+r042") {
		t.Errorf("the new report of day 42 is not grouped with r042 alone: %d incidents, %v", len(g), g[:min(len(g), 5)])
	}
}

// TestMergeReadsABucketOfACrowdedPlaceOnce: the records of a merge that
// look in the same days of a crowded place part (copies of one report,
// and the records that choose again because of them) find the keys of
// each bucket read once in that merge, not once a record: twenty copies
// of a report of a town of 150 reports read no key twice, and are
// grouped with the report they copy.
func TestMergeReadsABucketOfACrowdedPlaceOnce(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	day := func(i int) string { return time.Date(2016, 1, 1+5*i, 0, 0, 0, 0, time.UTC).Format("2006-01-02") }
	shelling := func(doc string, i, killed int) Entry {
		d, e := report(doc, day(i+1), killed)
		d.Text = "An invented report " + doc + " of a shelling of the town."
		d.Raw, d.Hash = d.Text, hexSHA256(d.Text)
		e.Date = sitrep.Date(day(i))
		return Entry{Doc: d, Events: []sitrep.Event{e}}
	}
	const days = 150
	var entries []Entry
	for i := range days {
		entries = append(entries, shelling(fmt.Sprintf("r%03d", i), i, 2+i%9))
	}
	addEntries(t, s, entries)
	type key struct {
		p merge.Place
		b int32
		s int64
	}
	seen := map[key]int{}
	rows := 0
	rangeRowRead = func(p merge.Place, b int32, seq int64) { seen[key{p, b, seq}]++; rows++ }
	t.Cleanup(func() { rangeRowRead = nil })
	var copies []Entry
	for i := range 20 {
		copies = append(copies, shelling(fmt.Sprintf("copy%02d", i), 42, 2+42%9))
	}
	res, err := s.AddDocuments(ctx, copies)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	rangeRowRead = nil
	if rows == 0 {
		t.Fatal("no key of a crowded place part read: the town is not crowded")
	}
	for k, n := range seen {
		if n > 1 {
			t.Errorf("key %x bucket %d record %d read %d times in one merge (%d keys read)", uint64(k.p), k.b, k.s, n, rows)
			break
		}
	}
	g := groups(t, s)
	if len(g) != days {
		t.Errorf("%d incidents for %d days", len(g), days)
	}
}
