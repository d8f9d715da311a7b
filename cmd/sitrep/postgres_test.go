package main

import (
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/store/postgres/pgtest"
)

// TestPostgresSameAsSQLite reads the same reports into a SQLite file and a
// PostgreSQL database, corrects, splits and joins the same events in both,
// and checks that every listing agrees byte for byte.
func TestPostgresSameAsSQLite(t *testing.T) {
	pg := pgtest.URL(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "s.db")
	inputs := []string{testdata(t, "merge/reports.jsonl"), testdata(t, "reports")}
	for _, db := range []string{file, pg} {
		r := run(t, dir, "", nil, append([]string{"ingest", "-q", "--db", db}, inputs...)...)
		if r.code != 0 {
			t.Fatalf("ingest --db %s: %d %s", db, r.code, r.stderr)
		}
	}
	compare := func(args ...string) string {
		t.Helper()
		a := run(t, dir, "", nil, append(append([]string{}, args...), "--db", file)...)
		b := run(t, dir, "", nil, append(append([]string{}, args...), "--db", pg)...)
		if a.code != 0 || b.code != 0 {
			t.Fatalf("%v: exit %d (sqlite) %d (postgres): %s %s", args, a.code, b.code, a.stderr, b.stderr)
		}
		if a.stdout != b.stdout {
			t.Errorf("%v: SQLite and PostgreSQL differ:\n%s\n---\n%s", args, a.stdout, b.stdout)
		}
		return a.stdout
	}
	if compare("events", "--json") == "" {
		t.Fatal("no events stored")
	}
	compare("events", "--json", "--text", "killed")
	compare("events", "--csv", "--near", "Baghdad", "--within", "50")
	compare("documents")
	for _, by := range []string{"month", "week", "type", "actor", "country"} {
		compare("stats", "--by", by)
	}
}
