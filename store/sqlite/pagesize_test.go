package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
)

// A store this sitrep creates has pages of newPageSize; one made with
// SQLite's default 4096 keeps its pages, and opens and stores as before.
func TestPageSizeOfNewStoresOnly(t *testing.T) {
	ctx := context.Background()
	pageSize := func(path string) int {
		db, err := sql.Open("sqlite", dsn(path, "_pragma=query_only(1)"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var n int
		if err := db.QueryRow("PRAGMA page_size").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	dir := t.TempDir()
	fresh := filepath.Join(dir, "new.db")
	s, err := Open(ctx, fresh)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.AddDocument(ctx, newDoc("d1", "An invented report."), []sitrep.Event{fullEvent("d1")}, nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got := pageSize(fresh); got != newPageSize {
		t.Errorf("a new store has pages of %d, want %d", got, newPageSize)
	}
	// a store made before: SQLite's default page size, in WAL mode
	old := filepath.Join(dir, "old.db")
	db, err := sql.Open("sqlite", dsn(old, "_pragma=page_size(4096)&_pragma=journal_mode(WAL)"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE before_us (x)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err = Open(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.AddDocument(ctx, newDoc("d1", "An invented report."), []sitrep.Event{fullEvent("d1")}, nil); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil || len(evs) != 1 {
		t.Errorf("events of the old store: %d, %v", len(evs), err)
	}
	s.Close()
	if got := pageSize(old); got != 4096 {
		t.Errorf("a store made with pages of 4096 has %d now", got)
	}
}
