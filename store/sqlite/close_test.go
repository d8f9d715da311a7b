package sqlite

import (
	"context"
	"os"
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

// A store closed for the process's exit has everything it wrote in its
// file (the -wal left empty), and the next store opened on it, before or
// after the writer's connection goes, reads it all; a store closed as
// usual leaves no -wal.
func TestCloseForExitLeavesEverythingInTheFile(t *testing.T) {
	ctx := context.Background()
	for _, exit := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "s.db")
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		add(t, s, newDoc("d1", "report one"), fullEvent("d1"))
		add(t, s, newDoc("d2", "report two"), fullEvent("d2"))
		close := s.Close
		if exit {
			close = s.CloseForExit
		}
		if err := close(); err != nil {
			t.Fatal(err)
		}
		wal, err := os.Stat(path + "-wal")
		switch {
		case exit && (err != nil || wal.Size() != 0):
			t.Errorf("closed for exit: -wal %v (%v), want an empty one", wal, err)
		case !exit && err == nil:
			t.Errorf("closed: a -wal of %d bytes left", wal.Size())
		}
		again, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		evs, err := again.Events(ctx, sitrep.EventFilter{})
		if err != nil || len(evs) != 1 || len(evs[0].Sources) != 2 {
			t.Errorf("exit %v: %d events (%v), want one of the two reports", exit, len(evs), err)
		}
		if err := again.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
