package postgres

import (
	"context"
	"fmt"
	"maps"
	"testing"

	"github.com/sitrep/sitrep"
)

// A database made before merge records (migration 0007) gets one for
// every record when opened, the same bytes filing writes (the store's Go
// step for *_merge_records.sql), and a report added then merges with the
// records stored before.
func TestMigrationFillsMergeRecords(t *testing.T) {
	ctx := context.Background()
	st, db, u := openWithSQL(t)
	for i := range 4 {
		text := fmt.Sprintf("An invented report r%d about the market bombing in Al Shifa.", i)
		d := &sitrep.Document{ID: fmt.Sprintf("r%d", i), Published: "2017-03-09", Raw: text, Text: text}
		e := sitrep.Event{Record: "event", Doc: d.ID, Date: "2017-03-08", EventType: "Explosions/Remote violence", SubEventType: "Suicide bomb",
			Location: &sitrep.Location{Name: "Al Shifa", Admin1: "Nineveh", Country: "IQ", Lat: ptr(36.3566), Lon: ptr(43.1210), Precision: 2},
			Killed:   sitrep.Exact(7), Evidence: []sitrep.Evidence{{Doc: d.ID, Text: "A bomb killed seven people in Al Shifa."}}}
		if _, _, err := st.AddDocument(ctx, d, []sitrep.Event{e}, nil); err != nil {
			t.Fatal(err)
		}
	}
	rows := func() map[int64]string {
		t.Helper()
		rs, err := db.Query(`SELECT event_seq, data FROM merge_records`)
		if err != nil {
			t.Fatal(err)
		}
		defer rs.Close()
		out := map[int64]string{}
		for rs.Next() {
			var seq int64
			var data []byte
			if err := rs.Scan(&seq, &data); err != nil {
				t.Fatal(err)
			}
			out[seq] = string(data)
		}
		return out
	}
	written := rows()
	if len(written) != 4 {
		t.Fatalf("%d merge records written", len(written))
	}
	st.Close()
	for _, q := range []string{`DROP TABLE merge_records`, `UPDATE sitrep_schema SET version = 6`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	again, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if got := rows(); !maps.Equal(got, written) {
		t.Errorf("after the migration %d merge records, other than those filing wrote", len(got))
	}
	text := "Another invented report about the market bombing in Al Shifa."
	d := &sitrep.Document{ID: "new", Published: "2017-03-10", Raw: text, Text: text}
	e := sitrep.Event{Record: "event", Doc: d.ID, Date: "2017-03-08", EventType: "Explosions/Remote violence", SubEventType: "Suicide bomb",
		Location: &sitrep.Location{Name: "Al Shifa", Admin1: "Nineveh", Country: "IQ", Lat: ptr(36.3566), Lon: ptr(43.1210), Precision: 2},
		Killed:   sitrep.Exact(7), Evidence: []sitrep.Evidence{{Doc: d.ID, Text: "Seven people died in the bombing in Al Shifa."}}}
	if _, _, err := again.AddDocument(ctx, d, []sitrep.Event{e}, nil); err != nil {
		t.Fatal(err)
	}
	evs, err := again.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || len(evs[0].Sources) != 5 {
		t.Errorf("%d events (%+v); want one of 5 reports", len(evs), evs)
	}
}

func ptr(f float64) *float64 { return &f }
