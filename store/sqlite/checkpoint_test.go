package sqlite

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// TestCheckpointerCopiesTheWALBesideTheWriter stores a batch of documents
// far smaller than the writer's own checkpoint interval and checks that
// their pages reach the database file while the store stays open: the
// checkpointer copied them, not the writer (nor its close).
func TestCheckpointerCopiesTheWALBesideTheWriter(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	size := func() int64 {
		fi, err := os.Stat(s.Path())
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	var entries []Entry
	for i := range 200 {
		id := fmt.Sprintf("long-%03d", i)
		// words that do not repeat, so that the stored text does not
		// compress to nothing
		var b strings.Builder
		for j := range 2000 {
			fmt.Fprintf(&b, "w%x ", (i*2000+j)*2654435761%1000003)
		}
		text := b.String()
		entries = append(entries, Entry{Doc: newDoc(id, text)})
	}
	before := size()
	if _, err := s.AddDocuments(ctx, entries); err != nil {
		t.Fatal(err)
	}
	wal, err := os.Stat(s.Path() + "-wal")
	if err != nil {
		t.Fatal(err)
	}
	if wal.Size() < 1<<20 || wal.Size() > walBackstop*4096 {
		t.Fatalf("the batch must write 1 MB or more to the WAL, under the writer's checkpoint interval: %d bytes", wal.Size())
	}
	deadline := time.Now().Add(10 * time.Second)
	for size() < before+wal.Size()/2 {
		if time.Now().After(deadline) {
			t.Fatalf("the database file is still %d bytes (%d before the batch): its pages were not checkpointed while the store was open", size(), before)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
