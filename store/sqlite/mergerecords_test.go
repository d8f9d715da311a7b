package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/merge"
)

// A merge record makes the record decoding the stored event makes: the
// same fields merging reads, so the same keys, probes and verdicts
// against any other record, for events with and without each field.
func TestAMergeRecordWeighsAsTheStoredRecord(t *testing.T) {
	full := fullEvent("d1")
	full.FieldEvidence = map[string]sitrep.Evidence{"date": {Doc: "d1", Start: 30, End: 39, Text: "on Wednesday"}, "location": {Text: "in Al Shifa"}}
	bare := sitrep.Event{Record: "event", ID: "e-bare", Doc: "d1", EventType: "Protests", SubEventType: "Peaceful protest"}
	latOnly := fullEvent("d1")
	latOnly.Location = &sitrep.Location{Name: "Somewhere", Lat: fptr(-12.5)}
	undated := fullEvent("d1")
	undated.Date, undated.DatePrecision = "", ""
	undated.FieldEvidence = map[string]sitrep.Evidence{"date": {Text: "on Monday, Nov. 23"}}
	counts := fullEvent("d1")
	counts.Killed = sitrep.Count{High: sitrep.Int(3)}
	counts.Wounded = sitrep.Count{Low: sitrep.Int(-1), Best: sitrep.Int(0)}
	counts.Evidence = nil
	other := fullEvent("d2")
	other.ID = "e-d2-1"
	otherRec := merge.NewRecord(other.ID, &sitrep.Document{ID: "d2", Published: "2017-03-09"}, &other)
	for _, tc := range []struct {
		name string
		ev   sitrep.Event
		doc  sitrep.Document
	}{
		{"every field", full, sitrep.Document{ID: "d1", Published: "2017-03-09"}},
		{"no location, no counts, no evidence", bare, sitrep.Document{ID: "d1"}},
		{"a latitude alone", latOnly, sitrep.Document{ID: "d1", Published: "2017-03-09", DuplicateOf: "d0"}},
		{"undated with the words of a day", undated, sitrep.Document{ID: "d1", Published: "2017-03-09"}},
		{"open and negative counts", counts, sitrep.Document{ID: "d1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := encodeEvent(&tc.ev)
			if err != nil {
				t.Fatal(err)
			}
			stored, err := decodeMergeEvent(rec)
			if err != nil {
				t.Fatal(err)
			}
			want := merge.NewRecord(tc.ev.ID, &tc.doc, &stored)
			got, err := decodeMergeRecord(appendMergeRecord(nil, want))
			if err != nil {
				t.Fatal(err)
			}
			if got.Key != want.Key || got.Doc != want.Doc || got.Source != want.Source || got.Published != want.Published {
				t.Errorf("record %s %s %s %s, want %s %s %s %s", got.Key, got.Doc, got.Source, got.Published, want.Key, want.Doc, want.Source, want.Published)
			}
			if g, w := weighed(*got.Event), weighed(stored); !reflect.DeepEqual(g, w) {
				t.Errorf("event\n%+v\nwant\n%+v", g, w)
			}
			if !slices.Equal(got.Keys(), want.Keys()) || !slices.Equal(got.Probes(), want.Probes()) {
				t.Errorf("keys %v probes %v, want %v %v", got.Keys(), got.Probes(), want.Keys(), want.Probes())
			}
			if g, w := merge.Compare(got, otherRec), merge.Compare(want, otherRec); g.String() != w.String() {
				t.Errorf("verdict %v, want %v", g, w)
			}
			// from a record decoded whole too
			whole, err := decodeEvent(rec)
			if err != nil {
				t.Fatal(err)
			}
			if b, w := appendMergeRecord(nil, merge.NewRecord(tc.ev.ID, &tc.doc, &whole)), appendMergeRecord(nil, want); !slices.Equal(b, w) {
				t.Errorf("the record decoded whole writes another merge record")
			}
		})
	}
}

// A merge record cut short, of another version or with bytes after its
// end is not read as a record.
func TestABadMergeRecordIsNotRead(t *testing.T) {
	ev := fullEvent("d1")
	good := appendMergeRecord(nil, merge.NewRecord(ev.ID, &sitrep.Document{ID: "d1"}, &ev))
	for _, tc := range []struct {
		name    string
		b       []byte
		version bool // errMergeRecordVersion
	}{
		{"empty", nil, false},
		{"cut short", good[:len(good)-3], false},
		{"a byte too many", append(slices.Clone(good), 0), false},
		{"another version", append([]byte{mergeRecordVersion + 1}, good[1:]...), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := decodeMergeRecord(tc.b)
			if err == nil {
				t.Fatalf("read %v", r.Key)
			}
			if errors.Is(err, errMergeRecordVersion) != tc.version {
				t.Errorf("error %v", err)
			}
		})
	}
	if _, err := decodeMergeRecord(good); err != nil {
		t.Errorf("the record itself: %v", err)
	}
}

// Every record filed has its merge record, and a merge of new reports
// into a store opened again reads the stored records it weighs from
// them, none from events; a record without one (or of another version)
// is read from events, and merges the same. A record deleted takes its
// merge record with it.
func TestAMergeWeighsStoredRecordsFromTheirMergeRecords(t *testing.T) {
	ctx := context.Background()
	var before []Entry
	for i := range 6 {
		d, e := report(fmt.Sprintf("r%d", i), "2017-03-09", 7)
		before = append(before, Entry{Doc: d, Events: []sitrep.Event{e}})
	}
	d, e := report("new", "2017-03-10", 7)
	add := Entry{Doc: d, Events: []sitrep.Event{e}}
	for _, tc := range []struct {
		name       string
		change     string // run on the store before add
		wantStored bool   // stored records read from merge_records
		wantEvents bool   // and from events
	}{
		{name: "every record has one", wantStored: true},
		{name: "none has one", change: `DELETE FROM merge_records`, wantEvents: true},
		{name: "some have one", change: `DELETE FROM merge_records WHERE event_seq % 2 = 0`, wantStored: true, wantEvents: true},
		{name: "of another version", change: `UPDATE merge_records SET data = X'09'`, wantEvents: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "sitrep.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			storeEntries(t, s, before...)
			var records, events int
			if err := s.w.QueryRow(`SELECT (SELECT count(*) FROM merge_records), (SELECT count(*) FROM events)`).Scan(&records, &events); err != nil {
				t.Fatal(err)
			}
			if records != events {
				t.Errorf("%d merge records for %d records", records, events)
			}
			if tc.change != "" {
				if _, err := s.w.Exec(tc.change); err != nil {
					t.Fatal(err)
				}
			}
			s.Close()
			if s, err = Open(ctx, path); err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			fromStored, fromEvents := mergeRecordsRead[0].Load(), mergeRecordsRead[1].Load()
			storeEntries(t, s, add)
			fromStored, fromEvents = mergeRecordsRead[0].Load()-fromStored, mergeRecordsRead[1].Load()-fromEvents
			if (fromStored > 0) != tc.wantStored || (fromEvents > 0) != tc.wantEvents {
				t.Errorf("read %d from merge records and %d from events", fromStored, fromEvents)
			}
			at := openTemp(t)
			storeEntries(t, at, append(before[:len(before):len(before)], add)...)
			if g, w := storedMerge(t, s), storedMerge(t, at); g != w {
				t.Errorf("other rows than storing every report at once:\n%s", firstDiff(g, w))
			}
			if err := s.DeleteDocument(ctx, "r0"); err != nil {
				t.Fatal(err)
			}
			var left int
			if err := s.w.QueryRow(`SELECT count(*) FROM merge_records WHERE event_seq NOT IN (SELECT seq FROM events)`).Scan(&left); err != nil || left != 0 {
				t.Errorf("%d merge records of deleted records (%v)", left, err)
			}
		})
	}
}

// A store made before merge records (migration 0021) gets one for every
// record when opened, the same bytes filing writes, and merges the same.
func TestMigrationFillsMergeRecords(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var before []Entry
	for i := range 5 {
		d, e := report(fmt.Sprintf("r%d", i), "2017-03-09", 7)
		if i == 3 {
			d.DuplicateOf = "r1" // a copy: its record's source is r1
		}
		before = append(before, Entry{Doc: d, Events: []sitrep.Event{e}})
	}
	storeEntries(t, s, before...)
	written := mergeRecordRows(t, s)
	if len(written) != 5 {
		t.Fatalf("%d merge records written", len(written))
	}
	migs, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(migs, func(m migration) bool { return filepath.Ext(m.name) == ".sql" && m.name[5:] == "merge_records.sql" })
	if i < 0 || migs[i].fill == nil {
		t.Fatal("no migration _merge_records.sql with a backfill")
	}
	for _, q := range []string{`DROP TABLE merge_records`, fmt.Sprintf(`PRAGMA user_version = %d`, migs[i].version-1)} {
		if _, err := s.w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := mergeRecordRows(t, s); !reflect.DeepEqual(got, written) {
		t.Errorf("after the migration %d merge records, other than those filing wrote", len(got))
	}
	d, e := report("new", "2017-03-10", 7)
	storeEntries(t, s, Entry{Doc: d, Events: []sitrep.Event{e}})
	at := openTemp(t)
	storeEntries(t, at, append(before, Entry{Doc: d, Events: []sitrep.Event{e}})...)
	if g, w := storedMerge(t, s), storedMerge(t, at); g != w {
		t.Errorf("other rows than storing every report at once:\n%s", firstDiff(g, w))
	}
}

// weighed is what merge.Record.Prepare reads of an event (as
// mergeEventJSON has it): the fields a merge record keeps.
func weighed(e sitrep.Event) sitrep.Event {
	out := sitrep.Event{Date: e.Date, DatePrecision: e.DatePrecision, EventType: e.EventType, SubEventType: e.SubEventType,
		Actor1: e.Actor1, Actor2: e.Actor2, Killed: e.Killed, Wounded: e.Wounded}
	if l := e.Location; l != nil {
		out.Location = &sitrep.Location{Name: l.Name, Admin1: l.Admin1, Country: l.Country, Within: l.Within,
			Precision: l.Precision, Lat: l.Lat, Lon: l.Lon}
	}
	if ev, ok := e.FieldEvidence["date"]; ok {
		out.FieldEvidence = map[string]sitrep.Evidence{"date": {Text: ev.Text}}
	}
	for _, ev := range e.Evidence {
		out.Evidence = append(out.Evidence, sitrep.Evidence{Text: ev.Text})
	}
	return out
}

func storeEntries(t *testing.T, s *Store, es ...Entry) {
	t.Helper()
	res, err := s.AddDocuments(context.Background(), es)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
}

// mergeRecordRows returns the merge records stored, by record id.
func mergeRecordRows(t *testing.T, s *Store) map[string]string {
	t.Helper()
	rows, err := s.w.Query(`SELECT e.id, m.data FROM merge_records m JOIN events e ON e.seq = m.event_seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id string
		var data []byte
		if err := rows.Scan(&id, &data); err != nil {
			t.Fatal(err)
		}
		out[id] = string(data)
	}
	return out
}

// The merge records of a story's copies differ in the record's id and
// document only: a record decoded with copyBodies from a row whose rest
// was decoded before is the record decoding that row alone makes, field
// for field (its features too), for originals (their own copy group) and
// wire copies, copies published on another day, and rows met in any
// order; what is done to a record handed out (read whole, given its
// confidence) reaches no copy made after it. A bad row is not read.
func TestMergeRecordsOfCopiesDecodeAsEachRow(t *testing.T) {
	full := fullEvent("d1")
	full.FieldEvidence = map[string]sitrep.Evidence{"date": {Text: "on Wednesday"}}
	undated := fullEvent("d1")
	undated.Date, undated.DatePrecision = "", ""
	bare := sitrep.Event{EventType: "Protests", SubEventType: "Peaceful protest"}
	var rows [][]byte
	for _, ev := range []sitrep.Event{full, undated, bare} {
		rec, err := encodeEvent(&ev)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := decodeMergeEvent(rec)
		if err != nil {
			t.Fatal(err)
		}
		for i, doc := range []sitrep.Document{
			{ID: "d1", Published: "2017-03-09"},                       // the original
			{ID: "d1-v0", Published: "2017-03-09", DuplicateOf: "d1"}, // wire copies
			{ID: "d1-v1", Published: "2017-03-09", DuplicateOf: "d1"},
			{ID: "d1-v2", Published: "2017-04-19", DuplicateOf: "d1"}, // published later
			{ID: "d2", Published: "2017-03-09"},                       // another original of the same words
			{ID: "d3"},                                                // and one of no day
			{ID: "d3-v0", DuplicateOf: "d3"},
		} {
			e := stored
			rows = append(rows, appendMergeRecord(nil, merge.NewRecord(fmt.Sprintf("e-%s-%d", doc.ID, i), &doc, &e)))
		}
	}
	bad := append(slices.Clone(rows[1]), 0) // a byte too many
	for _, order := range []string{"as written", "reversed"} {
		t.Run(order, func(t *testing.T) {
			in := slices.Clone(rows)
			if order == "reversed" {
				slices.Reverse(in)
			}
			var bodies copyBodies
			for i, b := range in {
				want, err := decodeMergeRecord(b)
				if err != nil {
					t.Fatal(err)
				}
				got, err := decodeMergeRecordWith(b, &bodies)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("row %d: %+v\nwant %+v", i, got, want)
				}
				// as a merge does to the records it writes
				got.Event.Confidence = 0.25
				*got.Event = fullEvent("dx")
			}
			if len(bodies.m) >= len(in) {
				t.Fatalf("%d rows decoded alone of %d: no copy was made", len(bodies.m), len(in))
			}
			if r, err := decodeMergeRecordWith(bad, &bodies); err == nil {
				t.Fatalf("read a bad row: %s", r.Key)
			}
		})
	}
}
