package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tableScans returns, for each write and merge statement, the tables its
// plan scans whole (a scan of a subquery's or a VALUES list's rows is not
// one).
func tableScans(t *testing.T, s *Store) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, q := range append(mergeQueries(), earlierVersionSQL, candidatesSQL) {
		// every parameter bound, numbered or not
		var args []any
		if strings.Contains(q, "?1") {
			for i := 1; strings.Contains(q, fmt.Sprintf("?%d", i)); i++ {
				args = append(args, int64(i))
			}
		} else {
			for i := range strings.Count(q, "?") {
				args = append(args, int64(i))
			}
		}
		rows, err := s.w.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			if strings.HasPrefix(detail, "SCAN ") && !strings.HasPrefix(detail, "SCAN (") && !strings.Contains(detail, "VALUES") && !strings.Contains(detail, "CONSTANT ROW") {
				out[q] = append(out[q], detail)
			}
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// statRows counts the rows of sqlite_stat1 (0 when there is no such table).
func statRows(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	err := s.w.QueryRow(`SELECT count(*) FROM sqlite_stat1`).Scan(&n)
	if err != nil && strings.Contains(err.Error(), "no such table") {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// A store keeps no statistics for the query planner of a table of a few
// rows, and forgets those an earlier sitrep kept: with statistics of one
// report, the next ingest scanned documents and sketches whole for each
// document it stored (stats.go). The statistics of a large table are
// kept; with them, no write or merge statement scans a table it would
// not scan without statistics.
func TestPlannerStatisticsOnlyOfLargeTables(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name      string
		docs      int
		analyse   bool // statistics taken as an earlier sitrep took them at close
		wantStats bool
	}{
		{"one report keeps none", 1, false, false},
		{"a small store's earlier statistics are forgotten", 2, true, false},
		// documents large, their events and incidents small
		{"a large table's are kept", statsMinRows, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "s.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			add(t, s, newDoc("d0", "report zero"), fullEvent("d0"))
			var entries []Entry
			for i := 1; i < c.docs; i++ {
				id := fmt.Sprintf("d%d", i)
				entries = append(entries, Entry{Doc: newDoc(id, "report "+id)})
			}
			if len(entries) > 0 {
				if _, err := s.AddDocuments(ctx, entries); err != nil {
					t.Fatal(err)
				}
			}
			if c.analyse {
				if _, err := s.w.Exec(`ANALYZE`); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s, err = Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got := statRows(t, s) > 0; got != c.wantStats {
				t.Errorf("statistics kept: %v, want %v", got, c.wantStats)
			}
			// the plans are those made without statistics, which an
			// ingest into a new store runs with
			got := tableScans(t, s)
			if _, err := s.w.Exec(`DELETE FROM sqlite_stat1`); err == nil {
				if _, err := s.w.Exec(`ANALYZE sqlite_schema`); err != nil {
					t.Fatal(err)
				}
			}
			want := tableScans(t, s)
			for q, scans := range got {
				if !slices.Equal(scans, want[q]) {
					t.Errorf("plan scans %q, without statistics %q: %.80s", scans, want[q], q)
				}
			}
		})
	}
}

// Opening a store whose small tables have statistics, while another
// connection holds its write lock (an ingest writing a batch), does not
// wait for the lock to forget them: the store opens, with its statistics
// as they were, for a later close or open to forget.
func TestOpenDoesNotWaitToForgetStatistics(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	add(t, s, newDoc("d0", "report zero"), fullEvent("d0"))
	if _, err := s.w.Exec(`ANALYZE`); err != nil {
		t.Fatal(err)
	}
	tx, err := s.w.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open beside a writer: %v", err)
	}
	defer other.Close()
	if statRows(t, other) == 0 {
		t.Error("statistics forgotten while another connection held the write lock")
	}
}
