package sqlite

import (
	"context"
	"database/sql"
	"sync/atomic"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/storetest"
)

// countedPool is a pool of the records of incidents that counts the
// statements run through it.
type countedPool struct {
	memberPool
	n atomic.Int64
}

func (p *countedPool) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	p.n.Add(1)
	return p.memberPool.QueryContext(ctx, query, args...)
}

func (p *countedPool) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	p.n.Add(1)
	return p.memberPool.QueryRowContext(ctx, query, args...)
}

// countReads makes s read the records of incidents through a counter.
func countReads(t *testing.T, s *Store) *countedPool {
	t.Helper()
	if s.members == nil {
		t.Fatal("the store has no pool for the records of incidents")
	}
	p := &countedPool{memberPool: s.members}
	s.members = p
	return p
}

func TestListingReadsRecordsByBatchNotByEvent(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	const merged, single = 300, 100
	incidents := storetest.AddIncidents(t, s, merged, single)
	p := countReads(t, s)
	reads := func(what string, max int64, list func() (int, error)) {
		t.Helper()
		p.n.Store(0)
		n, err := list()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if got := p.n.Load(); got > max || (max > 0 && got == 0) {
			t.Errorf("%s of %d events: %d statements reading records, want 1 to %d", what, n, got, max)
		}
	}
	// a whole listing: one statement for every batchHeads merged events
	most := int64((merged + batchHeads - 1) / batchHeads)
	reads("Events", most, func() (int, error) {
		evs, err := s.Events(ctx, sitrep.EventFilter{})
		return len(evs), err
	})
	reads("EachEventJSON", most, func() (int, error) {
		n := 0
		err := s.EachEventJSON(ctx, sitrep.EventFilter{}, func([]byte) error { n++; return nil })
		return n, err
	})
	// a page: one statement
	reads("a page", 1, func() (int, error) {
		evs, _, err := s.EventsPage(ctx, sitrep.EventFilter{Limit: 100}, sitrep.NewestFirst, "")
		return len(evs), err
	})
	reads("a page as JSON", 1, func() (int, error) {
		raw, _, err := s.EventsPageJSON(ctx, sitrep.EventFilter{Limit: 100}, sitrep.OldestFirst, "")
		return len(raw), err
	})
	// an event of one record is its row: no record is read for it
	var one, two string
	for _, docs := range incidents {
		if len(docs) == 1 && one == "" {
			one = docs[0]
		}
		if len(docs) == 2 && two == "" {
			two = docs[0]
		}
	}
	for _, c := range []struct {
		doc  string
		most int64
	}{{one, 0}, {two, 1}} {
		reads("the events of "+c.doc, c.most, func() (int, error) {
			evs, err := s.Events(ctx, sitrep.EventFilter{Doc: c.doc})
			if err == nil && len(evs) != 1 {
				t.Errorf("%d events of %s, want 1", len(evs), c.doc)
			}
			return len(evs), err
		})
	}
}
