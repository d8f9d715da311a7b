package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
)

// A merge of new reports reads the stored records filed near each new
// one in place and time, and weighs them; most it only weighs. It decodes
// of those only what merging compares, and whole only the records of the
// incidents it writes again that their events are made of (the first
// record of each source; of the others, their confidence). With an
// analyst's correction stored, every record read is decoded whole (the
// corrections name records by their evidence). What is stored is the same
// as storing every report at once.
func TestAMergeDecodesWholeOnlyTheRecordsOfIncidentsItWrites(t *testing.T) {
	ctx := context.Background()
	// clash reports: twelve outlets tell a clash in a village 40 km north
	// of Al Shifa, on the day of the bombing the new reports tell (filed
	// near it: a neighbouring cell of the grid)
	clash := func(i int) Entry {
		d := newDoc(fmt.Sprintf("c%02d", i), fmt.Sprintf("Clash report %d.", i))
		e := fullEvent(d.ID)
		e.EventType, e.SubEventType = "Battles", "Armed clash"
		e.Actor1, e.Actor2 = "Military Forces of Iraq", "Islamic State"
		e.Killed, e.Wounded, e.Fatalities, e.Casualties = sitrep.Exact(2), sitrep.Count{}, sitrep.Int(2), nil
		e.Location = &sitrep.Location{Name: "Tel Asqof", Admin1: "Nineveh", Country: "IQ", Lat: fptr(36.7166), Lon: fptr(43.1210), Precision: 1}
		return Entry{Doc: d, Events: []sitrep.Event{e}}
	}
	bombing := func(doc, published string) Entry {
		d, e := report(doc, published, 7)
		return Entry{Doc: d, Events: []sitrep.Event{e}}
	}
	copyOf := func(of, doc, published string) Entry {
		x := bombing(doc, published)
		x.Doc.DuplicateOf = of
		return x
	}
	copies := func(of string, n int) []Entry {
		out := []Entry{bombing(of, "2017-03-09")}
		for i := range n {
			out = append(out, copyOf(of, fmt.Sprintf("%s-%d", of, i+1), "2017-03-09"))
		}
		return out
	}
	store := func(t *testing.T, s *Store, es ...Entry) {
		t.Helper()
		res, err := s.AddDocuments(ctx, es)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
	var clashes []Entry
	for i := range 12 {
		clashes = append(clashes, clash(i))
	}
	for _, tc := range []struct {
		name       string
		before     []Entry // stored, then the store opened again (nothing cached)
		correct    bool    // an analyst's correction stored with them
		add        Entry
		wantWhole  int64 // records decoded whole when add is stored
		wantPartly bool  // some read as far as merging compares only
	}{
		{name: "a new incident beside others", before: clashes, add: bombing("b1", "2017-03-09"),
			wantWhole: 0, wantPartly: true},
		{name: "a report joins an incident", before: append(clashes[:12:12], bombing("b1", "2017-03-09"), bombing("b2", "2017-03-09")),
			add: bombing("b3", "2017-03-10"), wantWhole: 2, wantPartly: true},
		// a copy of a report joins the incident of the report and its
		// copies: of its stored records only the first of their one
		// source is decoded whole (the others give their confidence)
		{name: "a copy joins an incident of copies", before: append(clashes[:12:12], copies("b1", 8)...),
			add: copyOf("b1", "b1-9", "2017-03-10"), wantWhole: 1, wantPartly: true},
		// negative: a correction stored, every record read is whole
		{name: "a correction stored", before: clashes, correct: true, add: bombing("b1", "2017-03-09"),
			wantWhole: 12, wantPartly: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "sitrep.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			store(t, s, tc.before...)
			if tc.correct {
				evs, err := s.Events(ctx, sitrep.EventFilter{})
				if err != nil || len(evs) == 0 {
					t.Fatal(len(evs), err)
				}
				if _, _, err := s.Correct(ctx, evs[0].ID, sitrep.Correction{Action: "set", Set: map[string]string{"actor2": "Civilians"}, By: "test"}); err != nil {
					t.Fatal(err)
				}
			}
			s.Close()
			if s, err = Open(ctx, path); err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			partly, whole := mergeDecodes[0].Load(), mergeDecodes[1].Load()
			store(t, s, tc.add)
			partly, whole = mergeDecodes[0].Load()-partly, mergeDecodes[1].Load()-whole
			if whole != tc.wantWhole || (partly > 0) != tc.wantPartly {
				t.Errorf("decoded %d whole and %d as far as merging compares, want %d whole (and some partly: %v)", whole, partly, tc.wantWhole, tc.wantPartly)
			}
			at := openTemp(t)
			store(t, at, append(tc.before[:len(tc.before):len(tc.before)], tc.add)...)
			if !tc.correct {
				if g, w := storedMerge(t, s), storedMerge(t, at); g != w {
					t.Errorf("other rows than storing every report at once:\n%s", firstDiff(g, w))
				}
			}
		})
	}
}
