package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tableIndexes lists the indexes of the records', documents' and rules'
// tables (but those of their keys), sorted.
func tableIndexes(t *testing.T, s *Store) []string {
	t.Helper()
	rows, err := s.w.Query(`SELECT name FROM sqlite_master WHERE type = 'index'
		AND tbl_name IN ('events', 'documents', 'document_rules') AND name NOT LIKE 'sqlite_autoindex_%'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// The records', documents' and rules' tables keep only the indexes a query
// reads (records by document, by incident, the pending ones; documents
// replaced by a newer version): the records' date, type, sub-type and
// point indexes, the documents' publication day and the rules' index
// answered none (listings read the incidents) and cost every row an entry
// each, a page of its own in a large store. A new store has none of them,
// and a store made before migration 0020 loses them when opened, its
// records all there.
func TestRecordsKeepOnlyTheIndexesQueriesRead(t *testing.T) {
	want := []string{"documents_superseded_by", "events_doc", "events_incident", "events_pending"}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if got := tableIndexes(t, s); !slices.Equal(got, want) {
		t.Errorf("new store: %q, want %q", got, want)
	}
	add(t, s, newDoc("d1", "report one"), actorEvent("d1", 1, "Islamic State", "Civilians"))
	add(t, s, newDoc("d2", "report two"), actorEvent("d2", 2, "Taliban", ""))
	// back to the schema before the step: the six indexes, and its number
	migs, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(migs, func(m migration) bool { return strings.HasSuffix(m.name, "_unused_indexes.sql") })
	if i < 0 {
		t.Fatal("no migration _unused_indexes.sql")
	}
	for _, q := range []string{
		`CREATE INDEX events_date ON events (date DESC, id)`,
		`CREATE INDEX events_type ON events (event_type)`,
		`CREATE INDEX events_sub_type ON events (sub_event_type)`,
		`CREATE INDEX events_latlon ON events (lat, lon) WHERE lat IS NOT NULL`,
		`CREATE INDEX documents_published ON documents (published)`,
		`CREATE INDEX document_rules_rules ON document_rules (rules)`,
		`DROP TABLE merge_records`, // (a later step, which adds it again)
		fmt.Sprintf(`PRAGMA user_version = %d`, migs[i].version-1)} {
		if _, err := s.w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if got := tableIndexes(t, s); len(got) != len(want)+6 {
		t.Fatalf("before the step: %q", got)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := tableIndexes(t, s); !slices.Equal(got, want) {
		t.Errorf("after the step: %q, want %q", got, want)
	}
	var n int
	if err := s.w.QueryRow(`SELECT count(*) FROM events`).Scan(&n); err != nil || n != 2 {
		t.Errorf("records after the step: %d (%v), want 2", n, err)
	}
}
