package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
)

// Engine is a SQL database other than a SQLite file that the store runs
// on (store/postgres): the same tables, queries and merging, so that every
// command and the server work the same on it. Its database/sql driver
// takes the store's queries as written for SQLite and says them in its own
// dialect; what cannot be said by rewriting a query (the schema, how
// writers take turns) is given here.
type Engine struct {
	// Name is what messages call the database (a URL without password).
	Name string
	// Writer holds the one connection the store writes through; Reader a
	// pool for queries.
	Writer, Reader *sql.DB
	// Members is a pool for the short queries that read the records of an
	// incident while a listing holds a Reader connection (members.go);
	// nil: Reader's (then a listing can wait for itself when every Reader
	// connection is held by one).
	Members *sql.DB
	// Migrations holds the engine's schema steps, NNNN_what.sql, in Dir.
	Migrations fs.FS
	Dir        string
	// Lock is called first in every write transaction. It waits until no
	// other writer of the database holds the turn (the turn ends with the
	// transaction), and reports whether another one wrote since this store
	// last had it: what the store keeps in memory between writes is then
	// forgotten.
	Lock func(ctx context.Context, tx *sql.Tx) (othersWrote bool, err error)
	// Keys, when set, lets writes that add documents store them at once,
	// each holding the keys of its documents, and take turns only to
	// merge (keys.go).
	Keys *KeyLocks
}

// OpenEngine opens the store on an engine's database, bringing its schema
// up to date with the engine's migrations. The store closes both pools
// when it is closed.
func OpenEngine(ctx context.Context, e Engine) (*Store, error) {
	migs, err := migrationsIn(e.Migrations, e.Dir)
	if err != nil {
		return nil, err
	}
	for i := range migs {
		migs[i].fill = backfillOf(migs[i])
	}
	fail := func(err error) (*Store, error) {
		e.Writer.Close()
		e.Reader.Close()
		if e.Members != nil {
			e.Members.Close()
		}
		return nil, fmt.Errorf("open store %s: %w", e.Name, err)
	}
	e.Writer.SetMaxOpenConns(1)
	if err := migrate(ctx, e.Writer, migs, len(migs)); err != nil {
		return fail(err)
	}
	st, err := prepareWrites(ctx, e.Writer)
	if err != nil {
		return fail(err)
	}
	mc, err := newMergeCache(ctx, e.Writer)
	if err != nil {
		st.close()
		return fail(err)
	}
	mc.noBlocks = e.Keys != nil
	s := &Store{path: e.Name, w: e.Writer, r: e.Reader, stmts: st, mc: mc, eng: &e}
	if e.Members != nil {
		s.members = e.Members
	}
	return s, nil
}

// begin starts a write transaction: SQLite's begins IMMEDIATE (the writer
// connection's setting); an engine's takes the writers' turn first.
func (s *Store) begin(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil || s.eng == nil || s.eng.Lock == nil {
		return tx, err
	}
	others, err := s.eng.Lock(ctx, tx)
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	if others {
		s.mc.reset()
	}
	return tx, nil
}

// beginKeys starts a write transaction that holds keys and many
// (sorted, each once: KeyLocks.Begin; keys.go).
func (s *Store) beginKeys(ctx context.Context, keys, many []int64) (*sql.Tx, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	if err := s.eng.Keys.Begin(ctx, tx, keys, many); err != nil {
		tx.Rollback()
		return nil, err
	}
	return tx, nil
}

// beginAdding starts a write that only adds rows that no other write
// reads or changes, and merges nothing: on an engine whose writes may
// hold keys, it holds none (and runs while others do); else it takes the
// whole turn.
func (s *Store) beginAdding(ctx context.Context) (*sql.Tx, error) {
	if s.eng == nil || s.eng.Keys == nil {
		return s.begin(ctx)
	}
	return s.beginKeys(ctx, nil, nil)
}
