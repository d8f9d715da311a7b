// Package pgtest gives tests a PostgreSQL store of their own: a schema in
// the database SITREP_TEST_POSTGRES names, dropped when the test ends, so
// that runs do not collide. Without SITREP_TEST_POSTGRES the test skips.
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// Base returns the test database's URL, or skips the test.
func Base(t testing.TB) string {
	t.Helper()
	u := os.Getenv("SITREP_TEST_POSTGRES")
	if u == "" {
		t.Skip("SITREP_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable): PostgreSQL tests skipped")
	}
	return u
}

// URL makes a new schema in the test database for one test and returns
// the URL of a store kept in it (search_path=SCHEMA,public).
func URL(t testing.TB) string {
	t.Helper()
	base := Base(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "sitrep_test_" + hex.EncodeToString(b)
	exec(t, base, `CREATE SCHEMA `+schema)
	t.Cleanup(func() { exec(t, base, `DROP SCHEMA `+schema+` CASCADE`) })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("SITREP_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	return u.String()
}

func exec(t testing.TB, base, stmt string) {
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("SITREP_TEST_POSTGRES: %v", err)
	}
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Errorf("%s: %v", stmt, err)
	}
}
