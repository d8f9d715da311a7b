// Package postgres runs sitrep's store on PostgreSQL, for several
// processes on several machines writing one dataset (sitrep worker): the
// same tables, queries and merging as store/sqlite (whose engine it drives,
// so *sqlite.Store is the type Open returns), with the schema said for
// PostgreSQL (migrations/), its full-text search for EventFilter.Text, and
// the writers of a database taking turns.
//
// # Writers
//
// Merging a record reads the records filed near it in place and time,
// their kept candidate pairs and the groups they are in, and may regroup a
// component of any size (package merge): two writers merging at once could
// each miss the other's records, and give groups a single writer would
// not. So a merge holds, until its write commits, a row lock on each
// record it reads (its row of events) and on each place part, or block of
// 32 days of a crowded part, it reads or files keys under (rows of
// sitrep_key_rows): merges of different places and times run at once,
// and two that would meet take turns (store/sqlite/blocks.go says why
// that gives one writer's result, and how it avoids deadlocks: locks are
// taken without waiting, or on a retry in sorted order). Every such merge
// holds the merge's turn (mergeLock) shared; one that met others' locks
// four times takes it alone. What comes before the merge in a write that
// adds documents (storing their rows, events, figures and sketches, after
// reading whether each repeats or copies one stored) runs beside other
// writes: such a write takes the writers' turn shared and the keys of its
// documents (sqlite.KeyLocks; store/sqlite/keys.go). Writes that remove or
// replace records, corrections and decisions take the writers' turn whole
// (writeLock), alone.
//
// Each write with the whole turn bumps a counter (sitrep_writes), which
// each merge reads: a store that finds it moved since it last looked
// forgets the records and crowded places it kept in memory, which such a
// write may have removed. Merges at once change neither (a record's text
// does not change while it is stored; a crowded place stays crowded until
// records are removed); the keys of place parts, which they do change, a
// store on PostgreSQL does not keep between writes.
package postgres

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/sitrep/sitrep/store/sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// writeLock is the advisory lock key writers take turns with ("sitrep" in
// ASCII).
const writeLock = 0x736974726570

// mergeLock is the advisory lock key of the merge's turn (writeLock+1 is
// prepare's).
const mergeLock = writeLock + 2

// IsURL reports whether a --db value names a PostgreSQL database.
func IsURL(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// Redact returns the URL with its password hidden, for messages.
func Redact(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil {
		return "postgres database"
	}
	return u.Redacted()
}

// Open opens the store in the PostgreSQL database at dbURL (a libpq URL:
// postgres://user:password@host:port/database?sslmode=disable; add
// search_path=SCHEMA to keep a store in a schema of its own), creating its
// tables when missing and bringing them up to date.
func Open(ctx context.Context, dbURL string) (*sqlite.Store, error) {
	name := Redact(dbURL)
	cfg, err := pgx.ParseConfig(dbURL)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	// A statement prepared while a table was small keeps a generic plan
	// that scans it whole once it is large: plan each execution with its
	// values (the store's queries are small; planning them is cheap).
	if _, ok := cfg.RuntimeParams["plan_cache_mode"]; !ok {
		cfg.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	}
	geog := new(atomic.Bool)
	w := sql.OpenDB(&connector{stdlib.GetConnector(*cfg), geog})
	r := sql.OpenDB(&connector{stdlib.GetConnector(*cfg), geog})
	r.SetMaxOpenConns(8)
	r.SetMaxIdleConns(8)
	// the records of incidents, read while a listing holds r's
	members := sql.OpenDB(&connector{stdlib.GetConnector(*cfg), geog})
	members.SetMaxOpenConns(2)
	members.SetMaxIdleConns(2)
	if err := prepare(ctx, w); err != nil {
		w.Close()
		r.Close()
		members.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	var last atomic.Int64
	last.Store(-1)
	held := func(ctx context.Context) context.Context { return sqlite.Later(ctx, sqlite.NoEntry) }
	// count bumps the count of writes that held the whole turn or the
	// merge's, and reports whether another than this store's last made it.
	count := func(ctx context.Context, tx *sql.Tx) (bool, error) {
		var n int64
		if err := tx.QueryRowContext(ctx, `UPDATE sitrep_writes SET n = n + 1 RETURNING n`).Scan(&n); err != nil {
			return false, fmt.Errorf("take the writers' turn: %w", err)
		}
		if err := analyse(ctx, tx, n); err != nil {
			return false, err
		}
		// Were it rolled back, the counter is as before and the next
		// write of this store sees another's write: the cache goes, which
		// is never wrong.
		prev := last.Swap(n)
		return prev != n-1, nil
	}
	// mergeTurn takes the merge's turn, shared with other merges (each
	// holding what it reads: store/sqlite/blocks.go) or alone, and
	// reports whether another process held the writers' whole turn since
	// this store last looked (merges at once change nothing the store
	// keeps in memory)
	var merges atomic.Int64
	mergeTurn := func(ctx context.Context, tx *sql.Tx, alone bool) (bool, error) {
		how := "_shared"
		if alone {
			how = ""
		}
		if _, err := tx.ExecContext(held(ctx), `-- merge turn
SELECT pg_advisory_xact_lock`+how+`(`+fmt.Sprint(mergeLock)+`)`); err != nil {
			return false, fmt.Errorf("take the merge's turn: %w", err)
		}
		var n int64
		if err := tx.QueryRowContext(ctx, `SELECT n FROM sitrep_writes`).Scan(&n); err != nil {
			return false, fmt.Errorf("take the merge's turn: %w", err)
		}
		if err := analyse(ctx, tx, merges.Add(1)); err != nil {
			return false, err
		}
		return last.Swap(n) != n, nil
	}
	lock := func(ctx context.Context, tx *sql.Tx) (bool, error) {
		// held, and sent with the count (pipeline.go)
		if _, err := tx.ExecContext(held(ctx), `-- turn
SELECT pg_advisory_xact_lock(`+fmt.Sprint(writeLock)+`)`); err != nil {
			return false, fmt.Errorf("take the writers' turn: %w", err)
		}
		return count(ctx, tx)
	}
	keys := &sqlite.KeyLocks{
		Begin: func(ctx context.Context, tx *sql.Tx, keys, many []int64) error {
			// the turn shared, then each key in order, waiting (held, and
			// sent with the next statement)
			if _, err := tx.ExecContext(held(ctx), `-- turn shared
SELECT pg_advisory_xact_lock_shared(`+fmt.Sprint(writeLock)+`)`); err != nil {
				return fmt.Errorf("take the writers' turn: %w", err)
			}
			if len(keys) > 0 {
				if _, err := tx.ExecContext(held(ctx), `-- keys
SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k`, keys); err != nil {
					return fmt.Errorf("take keys: %w", err)
				}
			}
			// many keys are rows of sitrep_key_rows, in order: the new
			// ones inserted (a key another write is inserting waits for
			// it), then all locked
			if len(many) > 0 {
				if _, err := tx.ExecContext(held(ctx), `-- key rows
INSERT INTO sitrep_key_rows (key) SELECT unnest($1::bigint[]) ON CONFLICT DO NOTHING`, many); err != nil {
					return fmt.Errorf("take keys: %w", err)
				}
				if _, err := tx.ExecContext(held(ctx), `-- lock key rows
SELECT count(*) FROM (SELECT key FROM sitrep_key_rows WHERE key = ANY($1::bigint[]) ORDER BY key FOR UPDATE) AS k`, many); err != nil {
					return fmt.Errorf("take keys: %w", err)
				}
			}
			return nil
		},
		Merge: func(ctx context.Context, tx *sql.Tx) (bool, error) {
			return mergeTurn(ctx, tx, false)
		},
		MergeAlone: func(ctx context.Context, tx *sql.Tx) (bool, error) {
			return mergeTurn(ctx, tx, true)
		},
		Rows: func(ctx context.Context, tx *sql.Tx, keys []int64, exclusive, wait bool) error {
			// made when missing, then locked in order (held, and sent
			// with the statement that reads what they hold)
			if _, err := tx.ExecContext(held(ctx), `-- merge key rows
INSERT INTO sitrep_key_rows (key) SELECT unnest($1::bigint[]) ON CONFLICT DO NOTHING`, keys); err != nil {
				return fmt.Errorf("take merge keys: %w", err)
			}
			if _, err := tx.ExecContext(held(ctx), `-- lock merge key rows
SELECT count(*) FROM (SELECT key FROM sitrep_key_rows WHERE key = ANY($1::bigint[]) ORDER BY key `+rowLock(exclusive, wait)+`) AS k`, keys); err != nil {
				return fmt.Errorf("take merge keys: %w", err)
			}
			return nil
		},
		Records: func(ctx context.Context, tx *sql.Tx, seqs []int64, wait bool) error {
			// NO KEY UPDATE: what writing the incident of a record takes,
			// and what a row of another table naming the record does not
			// wait for
			if _, err := tx.ExecContext(held(ctx), `-- lock records
SELECT count(*) FROM (SELECT seq FROM events WHERE seq = ANY($1::bigint[]) ORDER BY seq FOR NO KEY UPDATE`+map[bool]string{true: "", false: " NOWAIT"}[wait]+`) AS r`, seqs); err != nil {
				return fmt.Errorf("lock records: %w", err)
			}
			return nil
		},
		Conflict: conflict,
		Trim: func(ctx context.Context) error {
			return trimKeyRows(ctx, w)
		},
		Busy: busy,
	}
	st, err := sqlite.OpenEngine(ctx, sqlite.Engine{Name: name, Writer: w, Reader: r, Members: members,
		Migrations: migrations, Dir: "migrations", Lock: lock, Keys: keys})
	if err != nil {
		return nil, err
	}
	var has bool
	if err := r.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'incidents' AND column_name = 'geog')`).Scan(&has); err != nil {
		st.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	geog.Store(has)
	return st, nil
}

// analyse analyses the store's tables when n (the count of writes with
// the whole turn, or of this process's merges) is a power of two from 16. The planner needs to know how large the tables have grown,
// and autovacuum analyses a table only after a fifth of it changed: on a
// new store every table grows faster than that; so it is done a few times
// in all.
func analyse(ctx context.Context, tx *sql.Tx, n int64) error {
	if n >= 16 && n&(n-1) == 0 {
		if _, err := tx.ExecContext(ctx, `ANALYZE events, incidents, merge_keys, merge_lookers, merge_edges, sketches, sketch_bands, documents, event_sources, figures, controls`); err != nil {
			return fmt.Errorf("analyse tables: %w", err)
		}
	}
	return nil
}

// rowLock is the locking clause of a SELECT of merge key rows.
func rowLock(exclusive, wait bool) string {
	s := "FOR SHARE"
	if exclusive {
		s = "FOR UPDATE"
	}
	if !wait {
		s += " NOWAIT"
	}
	return s
}

// conflict reports an error that means a merge's lock was held by
// another write (NOWAIT), or a deadlock the server broke.
func conflict(err error) bool {
	return pgCodeIn(err, "55P03", "40P01")
}

// pgCodeIn reports whether err is a PostgreSQL error with one of codes.
func pgCodeIn(err error, codes ...string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && slices.Contains(codes, pe.Code)
}

// keyRowsLimit is how many rows sitrep_key_rows may hold before a store
// empties it (trimKeyRows).
var keyRowsLimit int64 = 200000

// trimKeyRows empties sitrep_key_rows when it holds more than
// keyRowsLimit rows. A row of it holds nothing: it is there only for a
// write to lock (the key of a document's hash, id or near-duplicate band,
// or of a merge's place part or block of time), and a write makes the
// rows it locks when they are missing. So between writes every row can
// go; holding the writers' whole turn, no write holds one or is between
// making and locking one (writes that hold keys hold the turn shared from
// before their first key to their end). Without this the table would keep
// a row for every key ever locked: some twenty for each document stored.
func trimKeyRows(ctx context.Context, db *sql.DB) error {
	var n int64
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM sitrep_key_rows LIMIT `+fmt.Sprint(keyRowsLimit+1)+`) AS k`).Scan(&n); err != nil {
		return fmt.Errorf("trim key rows: %w", err)
	}
	if n <= keyRowsLimit {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("trim key rows: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(`+fmt.Sprint(writeLock)+`)`); err != nil {
		return fmt.Errorf("trim key rows: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sitrep_key_rows`); err != nil {
		return fmt.Errorf("trim key rows: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("trim key rows: %w", err)
	}
	return nil
}

// busy reports an error that means a write met another: a deadlock the
// server broke, a serialization failure.
func busy(err error) bool {
	return pgCodeIn(err, "40P01", "40001")
}

// HasPostGIS reports whether radius searches of the store at dbURL use
// PostGIS.
func HasPostGIS(ctx context.Context, dbURL string) (bool, error) {
	cfg, err := pgx.ParseConfig(dbURL)
	if err != nil {
		return false, err
	}
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	var has bool
	err = db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'incidents' AND column_name = 'geog')`).Scan(&has)
	return has, err
}

// prepare makes what the migrations need: the schema version and write
// counter tables, and the extensions the schema uses when they are there
// (unaccent; postgis). Another process may be doing the same: a session
// advisory lock keeps them apart.
func prepare(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(`+fmt.Sprint(writeLock+1)+`)`); err != nil {
		return err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+fmt.Sprint(writeLock+1)+`)`)
	for _, q := range []string{
		`CREATE TABLE IF NOT EXISTS sitrep_schema (version integer NOT NULL)`,
		`INSERT INTO sitrep_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM sitrep_schema)`,
		`CREATE TABLE IF NOT EXISTS sitrep_writes (n bigint NOT NULL)`,
		`INSERT INTO sitrep_writes (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM sitrep_writes)`,
		// keys of which writes take many (the near-duplicate bands of
		// sqlite.KeyLocks.Begin, a merge's place parts and blocks), as
		// rows rather than advisory locks: the server's table of locks is
		// bounded and shared by every transaction (emptied now and then:
		// trimKeyRows)
		`CREATE TABLE IF NOT EXISTS sitrep_key_rows (key bigint PRIMARY KEY)`,
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	// Extensions are optional: without unaccent, searches do not fold
	// accents; without postgis, radius and box searches use the plain
	// index on latitude and longitude.
	for _, ext := range []string{"unaccent", "postgis"} {
		var there bool
		if err := conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = '`+ext+`')`).Scan(&there); err != nil {
			return err
		}
		if !there {
			_, _ = conn.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS `+ext+` SCHEMA public`)
		}
	}
	return nil
}

// connector makes connections that say the store's queries in
// PostgreSQL's dialect (dialect.go).
type connector struct {
	driver.Connector
	geog *atomic.Bool
}

func (c *connector) Connect(ctx context.Context) (driver.Conn, error) {
	dc, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &conn{Conn: dc.(*stdlib.Conn), geog: c.geog}, nil
}

// conn is a connection that translates the store's queries, and holds the
// statements a write marks with sqlite.Later until the next statement,
// which it sends with them in one round trip (pipeline.go).
type conn struct {
	*stdlib.Conn
	geog *atomic.Bool // the incidents have a PostGIS geography column
	held []held
	inTx bool // statements are held only inside a transaction
}

func (c *conn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

func (c *conn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	t := translate(query, c.geog.Load())
	s, err := c.Conn.PrepareContext(ctx, t.sql)
	if err != nil {
		return nil, err
	}
	return &stmt{s.(*stdlib.Stmt), t, c}, nil
}

func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	t := translate(query, c.geog.Load())
	args = t.args(args)
	if r, ok, err := c.pipeExec(ctx, t, args); ok {
		return r, err
	}
	sent()
	if t.returning {
		rows, err := c.Conn.QueryContext(ctx, t.sql, args)
		if err != nil {
			return nil, err
		}
		return returned(rows)
	}
	return c.Conn.ExecContext(ctx, t.sql, args)
}

func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	t := translate(query, c.geog.Load())
	args = t.args(args)
	if len(c.held) > 0 {
		return c.sendQuery(ctx, t.sql, args)
	}
	sent()
	return c.Conn.QueryContext(ctx, t.sql, args)
}

func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	c.held = nil
	sent()
	tx, err := c.Conn.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	c.inTx = true
	return &connTx{tx, c}, nil
}

func (c *conn) ResetSession(ctx context.Context) error {
	c.held = nil
	return c.Conn.ResetSession(ctx)
}

// connTx sends what its connection holds before committing, and drops it
// when rolling back.
type connTx struct {
	driver.Tx
	c *conn
}

func (t *connTx) Commit() error {
	t.c.inTx = false
	if len(t.c.held) > 0 {
		if err := t.c.send(context.Background()); err != nil {
			t.Tx.Rollback()
			return err
		}
	}
	sent()
	return t.Tx.Commit()
}

func (t *connTx) Rollback() error {
	t.c.held, t.c.inTx = nil, false
	sent()
	return t.Tx.Rollback()
}

type stmt struct {
	*stdlib.Stmt
	t *translated
	c *conn
}

func (s *stmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	args = s.t.args(args)
	if r, ok, err := s.c.pipeExec(ctx, s.t, args); ok {
		return r, err
	}
	sent()
	if s.t.returning {
		rows, err := s.Stmt.QueryContext(ctx, args)
		if err != nil {
			return nil, err
		}
		return returned(rows)
	}
	return s.Stmt.ExecContext(ctx, args)
}

func (s *stmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	args = s.t.args(args)
	if len(s.c.held) > 0 {
		return s.c.sendQuery(ctx, s.t.sql, args)
	}
	sent()
	return s.Stmt.QueryContext(ctx, args)
}

// args turns the arguments SQLite takes into PostgreSQL's: an FTS5 query
// into a tsquery, a bool into 0 or 1 (the schema's flags are integers).
func (t *translated) args(in []driver.NamedValue) []driver.NamedValue {
	var out []driver.NamedValue
	for i, a := range in {
		var v any
		switch x := a.Value.(type) {
		case bool:
			v = int64(0)
			if x {
				v = int64(1)
			}
		case string:
			for _, k := range t.fts {
				if k == i {
					v = ftsQuery(x)
				}
			}
		}
		if v != nil {
			if out == nil {
				out = append([]driver.NamedValue(nil), in...)
			}
			out[i].Value = v
		}
	}
	if out == nil {
		return in
	}
	return out
}

// result is what an INSERT … RETURNING seq did.
type result struct{ id, n int64 }

func (r result) LastInsertId() (int64, error) { return r.id, nil }
func (r result) RowsAffected() (int64, error) { return r.n, nil }

func returned(rows driver.Rows) (driver.Result, error) {
	defer rows.Close()
	var r result
	dest := make([]driver.Value, len(rows.Columns()))
	for {
		err := rows.Next(dest)
		if errors.Is(err, io.EOF) {
			return r, nil
		}
		if err != nil {
			return nil, err
		}
		r.n++
		if id, ok := dest[0].(int64); ok {
			r.id = id
		}
	}
}
