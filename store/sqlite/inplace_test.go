package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// incidentSeq returns the seq of the incident of an id, or 0 when none.
func incidentSeq(t *testing.T, s *Store, id string) int64 {
	t.Helper()
	var seq int64
	if err := s.w.QueryRow(`SELECT coalesce(max(seq), 0) FROM incidents WHERE id = ?`, id).Scan(&seq); err != nil {
		t.Fatal(err)
	}
	return seq
}

// An incident a later report joins keeps its row: the merge rewrites its
// record, summary and sources where they are (an UPDATE of the columns no
// index reads), so that the entries of its indexes and the totals of its
// day and degree are left alone, where a DELETE and an INSERT rewrote each
// (a page of each index, in a large store). What is stored is what storing
// the reports at once stores: the incident's columns, its actor keys, the
// day and degree totals and each record's incident. When the group's
// first report changes (an earlier one comes), or a report leaves, the
// rows are again what storing the reports left at once gives.
func TestAnIncidentAReportJoinsIsRewrittenInItsRow(t *testing.T) {
	ctx := context.Background()
	type rep struct {
		doc, published, actor2 string
		killed                 int
	}
	mk := func(r rep) (*sitrep.Document, sitrep.Event) {
		d, e := report(r.doc, r.published, r.killed)
		if r.actor2 != "" {
			e.Actor2 = r.actor2
		}
		return d, e
	}
	// atOnce stores the reports in one write
	atOnce := func(reps ...rep) string {
		s := openTemp(t)
		var entries []Entry
		for _, r := range reps {
			d, e := mk(r)
			entries = append(entries, Entry{Doc: d, Events: []sitrep.Event{e}})
		}
		entries = append(entries, Entry{Doc: newDoc("far", "report far"), Events: []sitrep.Event{actorEvent("far", 23, "Al-Shabaab", "Civilians")}})
		res, err := s.AddDocuments(ctx, entries)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
		return storedMerge(t, s)
	}
	first := rep{"d1", "2017-03-09", "", 7}
	for _, tc := range []struct {
		name string
		then []rep  // stored one by one after first
		drop string // a document deleted at the end
		row  string // the incident e-d1-1's row: "kept", "gone", or "" (either)
		left []rep  // the reports stored at the end
	}{
		{name: "a copy joins", then: []rep{{"d2", "2017-03-10", "", 7}}, row: "kept",
			left: []rep{first, {"d2", "2017-03-10", "", 7}}},
		{name: "reports with other tolls and sides join", then: []rep{{"d2", "2017-03-10", "shoppers", 9}, {"d3", "2017-03-11", "", 11}}, row: "kept",
			left: []rep{first, {"d2", "2017-03-10", "shoppers", 9}, {"d3", "2017-03-11", "", 11}}},
		{name: "a report leaves", then: []rep{{"d2", "2017-03-10", "shoppers", 9}}, drop: "d2", row: "",
			left: []rep{first}},
		// (a deletion regroups the document's incidents anew)
		// negative: the incident takes another id, its old row goes
		{name: "an earlier report leads", then: []rep{{"d0", "2017-03-08", "", 7}}, row: "gone",
			left: []rep{first, {"d0", "2017-03-08", "", 7}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			d, e := mk(first)
			add(t, s, d, e)
			seq := incidentSeq(t, s, "e-d1-1")
			if seq == 0 {
				t.Fatal("no incident e-d1-1")
			}
			// another incident (far away, two weeks later) after it, so
			// that a row inserted again would not take its seq back
			add(t, s, newDoc("far", "report far"), actorEvent("far", 23, "Al-Shabaab", "Civilians"))
			for _, r := range tc.then {
				d, e := mk(r)
				add(t, s, d, e)
			}
			if tc.drop != "" {
				if err := s.DeleteDocument(ctx, tc.drop); err != nil {
					t.Fatal(err)
				}
			}
			got := incidentSeq(t, s, "e-d1-1")
			if tc.row == "kept" && got != seq {
				t.Errorf("incident e-d1-1 moved from row %d to %d", seq, got)
			}
			if tc.row == "gone" && got != 0 {
				t.Errorf("incident e-d1-1 still stored (row %d)", got)
			}
			if tc.row == "kept" {
				var n int
				if err := s.w.QueryRow(`SELECT count(*) FROM events WHERE incident = 'e-d1-1'`).Scan(&n); err != nil || n != len(tc.left) {
					t.Errorf("incident e-d1-1 holds %d records (%v), want %d", n, err, len(tc.left))
				}
			}
			// (a deletion leaves the deleted record's id as an alias: history)
			if g, w := withoutAliases(storedMerge(t, s)), withoutAliases(atOnce(tc.left...)); g != w {
				t.Errorf("stored one by one, other rows than at once:\n%s", firstDiff(g, w))
			}
		})
	}
}

// withoutAliases drops the incident_aliases lines of storedMerge's dump.
func withoutAliases(dump string) string {
	var out []string
	for _, l := range strings.Split(dump, "\n") {
		if !strings.HasPrefix(l, "incident_aliases\t") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
