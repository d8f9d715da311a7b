package sqlite

import (
	"database/sql"
	"sync"
	"time"
)

// Checkpoints off the writer. In WAL mode every commit appends the pages
// it changed to the -wal file, and a checkpoint copies them back into the
// database file and syncs it. SQLite checkpoints in the connection that
// commits, once the WAL holds wal_autocheckpoint pages: the writer, the
// one goroutine every document of an ingest waits for, then spent a tenth
// of its time (10,000 generated reports, in a profile) copying pages and
// waiting for the disk. The store's checkpointer does it instead, on a
// connection of its own, after a write of documents (Store.AddDocuments)
// commits, while the writer goes on with the next; it is PASSIVE (it
// never waits for, nor holds up, readers or the writer).
//
// SQLite starts the WAL again from its beginning only when a write begins
// with every page of it copied back, which a checkpoint running beside
// the writer seldom leaves it: the writer's own checkpoints stay as a
// backstop, every walBackstop pages (4 times the 16 MB the writer
// checkpointed at before), and find most pages copied already.

// walBackstop is the writer connection's wal_autocheckpoint, in pages.
const walBackstop = 16384

// checkpointEvery is the least time between two checkpoints of the
// checkpointer: a stream of small writes (one document a transaction) is
// checkpointed at most this often, not after each.
const checkpointEvery = time.Second

// checkpointer runs PASSIVE checkpoints of one store on its own
// connection, one at a time, when woken.
type checkpointer struct {
	db   *sql.DB // one connection, opened on the first checkpoint
	open func() (*sql.DB, error)
	poke chan struct{}
	done chan struct{}
	wg   sync.WaitGroup
	once sync.Once
}

// newCheckpointer starts the checkpointer of a store; open opens its
// connection.
func newCheckpointer(open func() (*sql.DB, error)) *checkpointer {
	c := &checkpointer{open: open, poke: make(chan struct{}, 1), done: make(chan struct{})}
	c.wg.Add(1)
	go c.run()
	return c
}

// wake asks for a checkpoint; a checkpoint asked for while one is asked
// for already, or running, is one more at most.
func (c *checkpointer) wake() {
	if c == nil {
		return
	}
	select {
	case c.poke <- struct{}{}:
	default:
	}
}

func (c *checkpointer) run() {
	defer c.wg.Done()
	var last time.Time
	for {
		select {
		case <-c.done:
			return
		case <-c.poke:
		}
		if wait := checkpointEvery - time.Since(last); wait > 0 {
			select {
			case <-c.done:
				return
			case <-time.After(wait):
			}
		}
		last = time.Now()
		if c.db == nil {
			db, err := c.open()
			if err != nil {
				continue // the writer's own checkpoints do it
			}
			db.SetMaxOpenConns(1)
			c.db = db
		}
		// an error (a checkpoint of another process running) leaves the
		// pages to the next one, or to the writer
		_, _ = c.db.Exec("PRAGMA wal_checkpoint(PASSIVE)")
	}
}

// close stops the checkpointer, once the checkpoint it runs, if any, ends;
// one only asked for is left to the writer, whose close checkpoints.
func (c *checkpointer) close() error {
	if c == nil {
		return nil
	}
	var err error
	c.once.Do(func() {
		close(c.done)
		c.wg.Wait()
		if c.db != nil {
			err = c.db.Close()
		}
	})
	return err
}
