// Package sqlite is sitrep's embedded store: one SQLite file (pure Go, via
// modernc.org/sqlite) holding documents, the events and figures extracted
// from them, failures, and imported gazetteers. *Store implements
// sitrep.Store.
//
// # Layout
//
// The schema is a numbered list of SQL steps (migrations/NNNN_name.sql),
// applied in order, each inside its own transaction; the version reached is
// kept in PRAGMA user_version. Opening an older file upgrades it; opening a
// file written by a newer sitrep fails with ErrNewerSchema.
//
// Events are stored as their full JSON record plus copies of the fields
// that queries filter on (date, types, actors, place, coordinates, counts);
// their evidence text is indexed with FTS5 for EventFilter.Text.
//
// # Concurrency
//
// The file is opened in WAL mode with a busy timeout and foreign keys on.
// A Store writes through one connection (transactions begin IMMEDIATE, so
// writers queue rather than deadlock) and reads through a small pool of
// read-only connections, so readers never wait for a writer and see only
// committed documents. Several processes may open the same file; SQLite
// serialises their writers.
//
// # Identity of documents
//
// A document is known by the SHA-256 of its raw text (Document.Hash; when
// empty, the store computes it from Raw, or from Text when Raw is empty).
// Adding a document whose hash is stored already stores nothing and returns
// the stored id. Two different documents may arrive under the same id (two
// texts read from standard input, two feeds' "item-1"): the second is stored
// under "<id>~<first 8 hex digits of its hash>", and every reference to the
// old id inside its events and figures (Doc, evidence, sources, field
// evidence) is rewritten to the new one. Event ids are unique in the store by
// the same rule: an event whose id is taken by another document's event is
// stored as "<event id>~<8 hex of its document's hash>".
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep"

	sqlitedrv "modernc.org/sqlite" // registers the "sqlite" database/sql driver
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrNewerSchema is returned by Open for a file whose schema version is
// newer than this build of sitrep knows: it was written by a later release.
var ErrNewerSchema = errors.New("database schema is newer than this sitrep")

// Store is a sitrep.Store kept in one SQLite file.
type Store struct {
	path string
	w    *sql.DB // one connection, the only writer of this Store
	r    *sql.DB // read-only connections
	// members reads the records of incidents while a listing holds a
	// connection of r (members.go); nil: r.
	members memberPool

	stmts *stmts        // write statements prepared on w
	mc    *mergeCache   // what merging reads again and again (incidents.go)
	eng   *Engine       // the database when it is not a SQLite file (engine.go)
	ckpt  *checkpointer // checkpoints the file's WAL beside the writer (checkpoint.go)

	// byHash is DocumentByHash's statement, prepared at its first call on
	// lookups (r for a store that is not a SQLite file)
	byHashOnce sync.Once
	byHash     *sql.Stmt
	byHashErr  error
	// lookups is the pool of connections DocumentByHash reads through, in
	// a SQLite file: without a map of the file (openLookups says why);
	// opened at the first look-up, nil before
	lookups *sql.DB
}

var _ sitrep.Store = (*Store)(nil)

// commonPragmas are the settings of every connection to a store's file.
// synchronous=NORMAL in WAL mode: a crash of the program never loses a
// committed transaction; a power cut may lose the last few, never
// consistency.
var commonPragmas = "_pragma=busy_timeout(" + strconv.Itoa(busyTimeoutMS) + ")" +
	"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)"

// busyTimeoutMS is how long a connection waits for a lock held by another
// connection or process before failing with SQLITE_BUSY.
const busyTimeoutMS = 10000

// Open opens (creating when missing) the SQLite store at path and brings its
// schema up to date. Several processes may open (and create) the same file
// at once: switching a new file to WAL mode, migrating it and preparing
// statements against a schema another process is still writing can fail
// with SQLITE_BUSY or SQLITE_SCHEMA even with a busy timeout (SQLite does
// not wait on those paths), so Open starts again, a little later, while
// the busy timeout lasts.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("open store: empty path")
	}
	migs, err := migrations()
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(busyTimeoutMS * time.Millisecond)
	for attempt := 1; ; attempt++ {
		st, err := open(ctx, path, migs)
		if err == nil {
			return st, nil
		}
		if !transient(err) || time.Now().After(deadline) {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		wait := time.Duration(min(attempt, 20)) * 5 * time.Millisecond
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, fmt.Errorf("open store %s: %w", path, ctx.Err())
		}
	}
}

// transient reports whether err is a lock or schema race with another
// connection, which trying again resolves.
func transient(err error) bool {
	var se *sqlitedrv.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_SCHEMA:
		return true
	}
	return false
}

// open is one attempt of Open.
func open(ctx context.Context, path string, migs []migration) (*Store, error) {
	common := commonPragmas
	// The writer's page cache holds the hot part of the indexes a write
	// looks up and changes at random (content hashes, near-duplicate band
	// keys): with SQLite's default 2 MB, a store of 100,000 reports made
	// every lookup a read. 16 MB: at 64 MB the cache was a fifth of
	// ingest's peak memory (10,000 reports: 476 MB, 377 MB at 16 MB, for
	// about the same CPU); the system's file cache holds the rest. The
	// WAL is checkpointed beside the writer (checkpoint.go); the writer's
	// own checkpoints, every walBackstop pages, are a backstop.
	// Statement journals are kept in memory (temp_store): a statement that
	// writes several rows (a multi-row INSERT, one that fires triggers)
	// saves each page it changes first, so that it can be undone alone
	// inside its transaction; in a temporary file that was a write system
	// call a page, a fifth of ingest's time. They hold no committed data.
	if err := newFilePages(ctx, path, common); err != nil {
		return nil, err
	}
	w, err := sql.Open("sqlite", dsn(path, common+"&_pragma=journal_mode(WAL)&_pragma=cache_size(-16384)&_pragma=wal_autocheckpoint("+strconv.Itoa(walBackstop)+")&_pragma=temp_store(2)&_txlock=immediate"))
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, err
	}
	if err := migrate(ctx, w, migs, len(migs)); err != nil {
		w.Close()
		return nil, err
	}
	// before any statement is prepared (stats.go)
	if err := forgetSmallStatisticsNow(ctx, w); err != nil {
		w.Close()
		return nil, err
	}
	st, err := prepareWrites(ctx, w)
	if err != nil {
		w.Close()
		return nil, err
	}
	mc, err := newMergeCache(ctx, w)
	if err != nil {
		st.close()
		w.Close()
		return nil, err
	}
	// Readers map the file (up to SQLite's 2 GB cap; the rest is read as
	// before): a page is read where the system's file cache holds it, not
	// copied into each connection's cache, whose page-sized allocations
	// the pure-Go allocator hands back one madvise at a time (a third of
	// a short command's time over a store of a million incidents).
	r, err := sql.Open("sqlite", dsn(path, common+"&_pragma=query_only(1)&_pragma=cache_size(-16384)&_pragma=mmap_size(2147418112)"))
	if err != nil {
		mc.close()
		st.close()
		w.Close()
		return nil, err
	}
	n := runtime.GOMAXPROCS(0)
	if n < 2 {
		n = 2
	}
	if n > 8 {
		n = 8
	}
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	// (no map of the file of its own: pages the readers' map already holds
	// would be mapped twice, and a listing's peak memory doubled: 1.62 GB
	// against 0.76 GB for events --json over 100,000 reports, for the same
	// CPU time)
	members, err := sql.Open("sqlite", dsn(path, common+"&_pragma=query_only(1)&_pragma=cache_size(-4096)&_pragma=mmap_size(0)"))
	if err != nil {
		r.Close()
		mc.close()
		st.close()
		w.Close()
		return nil, err
	}
	members.SetMaxOpenConns(2)
	members.SetMaxIdleConns(2)
	ckpt := newCheckpointer(func() (*sql.DB, error) { return sql.Open("sqlite", dsn(path, common)) })
	return &Store{path: path, w: w, r: r, members: members, stmts: st, mc: mc, ckpt: ckpt}, nil
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close lets SQLite refresh its query planner statistics and closes the file.
func (s *Store) Close() error { return s.close(false) }

// CloseForExit is Close for a process that exits as soon as it returns
// (a command at its end): the WAL is checkpointed into the file as
// closing does (wal_checkpoint(TRUNCATE): the -wal file is left empty),
// and the writing connection is left to the process's exit instead of
// being closed. Closing it frees the writer's page cache (16 MB once
// full) page by page through the pure-Go allocator, which hands each
// region past the 4 MiB it keeps committed back with an madvise: measured
// (CPU of 'sitrep ingest -q', medians of five alternated runs), 0.2 s of
// the 1.2 s that 100 new reports cost a store of 10,000 generated
// reports, 0.4 s of 1.55 s into 40,000, 0.03 s into an empty store. The
// empty -wal and the -shm files stay beside the store until a later
// process closes it; SQLite opens it as after a crash, with nothing to
// recover. The store must not be used after, and a process that goes on
// (a test) must call Close instead.
func (s *Store) CloseForExit() error {
	if s.eng != nil {
		return s.Close()
	}
	return s.close(true)
}

func (s *Store) close(exit bool) error {
	// PRAGMA optimize keeps the planner choosing the right index as data
	// grows; it analyses only tables whose statistics are stale, and the
	// analysis limit keeps that to a sample, so closing a large file stays
	// fast. A session that changed nothing (a query, a listing) leaves
	// them as they were: nothing grew. Those of tables of fewer than
	// statsMinRows rows are not kept (stats.go).
	if s.eng == nil && s.changed() {
		_, _ = s.w.Exec("PRAGMA analysis_limit = 400")
		_, _ = s.w.Exec("PRAGMA optimize")
		_ = forgetSmallStatistics(context.Background(), s.w)
	}
	s.stmts.close()
	s.mc.close()
	// the writer closes last: its close checkpoints what is left
	var merr error
	if s.members != nil {
		merr = s.members.Close()
	}
	if s.byHash != nil {
		s.byHash.Close()
	}
	if s.lookups != nil {
		merr = errors.Join(merr, s.lookups.Close())
	}
	err := errors.Join(s.ckpt.close(), s.r.Close(), merr)
	if exit {
		// what the writer holds goes back with the process
		_, werr := s.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		err = errors.Join(err, werr)
	} else {
		err = errors.Join(err, s.w.Close())
	}
	if err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// changed reports whether the writing connection changed a row since the
// store was opened (migrations included); true when it cannot tell.
func (s *Store) changed() bool {
	var n int64
	if err := s.w.QueryRow("SELECT total_changes()").Scan(&n); err != nil {
		return true
	}
	return n > 0
}

// newPageSize is the page size of a store this sitrep creates (SQLite's
// default is 4096): a writer that inserts into a dozen indexes a record
// walks and splits fewer pages of twice the size. A file's page size is
// fixed when its first page is written, so a store made before keeps its
// own and opens as it did.
const newPageSize = 8192

// newFilePages gives a file that does not exist yet, or is empty, the page
// size newPageSize, making it a database in WAL mode. (The driver applies
// a DSN's pragmas in the order of their names, journal_mode before
// page_size, and WAL mode writes the first page.) Another process that
// made the file first wins: the pragma is then a no-op.
func newFilePages(ctx context.Context, path, common string) error {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 || err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil
	}
	db, err := sql.Open("sqlite", dsn(path, common+"&_pragma=page_size("+strconv.Itoa(newPageSize)+")"))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.ExecContext(ctx, "PRAGMA journal_mode=WAL")
	return err
}

// dsn builds a "file:" URI for path with the driver's parameters. SQLite
// decodes %XX escapes in URI paths, so the characters that would end or
// alter the path are escaped.
func dsn(path, params string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + esc.Replace(path) + "?" + params
}

//go:embed migrations/*.sql
var migrationFS embed.FS

// backfills are Go steps run inside a migration's transaction, after its
// SQL, for what SQL cannot compute, by the migration's name without its
// number (so that an engine's migration of the same name gets the same
// step, whatever its number).
var backfills = map[string]func(ctx context.Context, tx *sql.Tx) error{
	"near_duplicates.sql": backfillSketches,
	"incident_actors.sql": backfillIncidentActors,
	"merge_records.sql":   backfillMergeRecords,
}

// backfillOf is the Go step of a migration, or nil.
func backfillOf(m migration) func(ctx context.Context, tx *sql.Tx) error {
	_, name, _ := strings.Cut(m.name, "_")
	return backfills[name]
}

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
	fill    func(ctx context.Context, tx *sql.Tx) error // Go step after the SQL, or nil
}

// migrations returns the embedded schema steps in order, checking that
// they are numbered 1, 2, 3… without gaps.
func migrations() ([]migration, error) {
	migs, err := migrationsIn(migrationFS, "migrations")
	for i := range migs {
		migs[i].fill = backfillOf(migs[i])
	}
	return migs, err
}

// migrationsIn reads the schema steps NNNN_what.sql of directory dir.
func migrationsIn(fsys fs.FS, dir string) ([]migration, error) {
	names, err := fs.Glob(fsys, dir+"/*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	var out []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		if !ok {
			return nil, fmt.Errorf("migration %s: name is not NNNN_what.sql", base)
		}
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: name is not NNNN_what.sql", base)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", base, err)
		}
		out = append(out, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return out, nil
}

// SchemaVersion is the schema version this build writes: the number of its
// last migration.
func SchemaVersion() int {
	migs, err := migrations()
	if err != nil {
		return 0
	}
	return len(migs)
}

// migrate applies the steps after the database's version up to target, each
// in its own IMMEDIATE transaction. The version is read again inside each
// transaction, so two processes opening an old file at once do not apply a
// step twice.
func migrate(ctx context.Context, db *sql.DB, migs []migration, target int) error {
	var cur int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if cur > len(migs) {
		return fmt.Errorf("%w: the file is at version %d, this sitrep knows up to %d; use a newer sitrep", ErrNewerSchema, cur, len(migs))
	}
	for v := cur + 1; v <= target; v++ {
		if err := migrateStep(ctx, db, migs[v-1]); err != nil {
			return err
		}
	}
	return nil
}

// migrateStep applies one migration unless another connection got there first.
func migrateStep(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	var cur int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
		return fmt.Errorf("migration %s: read schema version: %w", m.name, err)
	}
	if cur >= m.version {
		return nil
	}
	if cur != m.version-1 {
		return fmt.Errorf("migration %s: database is at version %d", m.name, cur)
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if m.fill != nil {
		if err := m.fill(ctx, tx); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	// PRAGMA takes no bound parameters; the version is our own integer.
	if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(m.version)); err != nil {
		return fmt.Errorf("migration %s: set version: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", m.name, err)
	}
	return nil
}
