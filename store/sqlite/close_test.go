package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
)

// Closing a store that wrote refreshes the planner's statistics (PRAGMA
// optimize); closing one that only read leaves the file as it was.
func TestCloseRefreshesStatisticsAfterWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if !s.changed() {
		t.Error("a new store's migrations are no change")
	}
	add(t, s, newDoc("d1", "report one"), fullEvent("d1"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Events(ctx, sitrep.EventFilter{}); err != nil {
		t.Fatal(err)
	}
	if s.changed() {
		t.Error("reading is a change")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}
