package postgres

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/postgres/pgtest"
	"github.com/sitrep/sitrep/store/sqlite"
	"github.com/sitrep/sitrep/store/storetest"
)

// openWithSQL opens a store on a test database and a plain connection to
// the same database, for tests that look at its tables; both close when
// the test ends.
func openWithSQL(t *testing.T) (*sqlite.Store, *sql.DB, string) {
	u := pgtest.URL(t)
	st, err := Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return st, db, u
}

func openTemp(t *testing.T) *sqlite.Store {
	st, err := Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestStoreSuite runs the behaviour every sitrep.Store shares (the same
// suite runs against store/sqlite).
func TestStoreSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store { return openTemp(t) })
}

// TestPostGIS checks that a store made where PostGIS is installed has its
// incidents' geography and that radius searches use it.
func TestPostGIS(t *testing.T) {
	_, db, u := openWithSQL(t) // (the store made, with or without PostGIS)
	var ext bool
	if err := db.QueryRow(`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis')`).Scan(&ext); err != nil {
		t.Fatal(err)
	}
	has, err := HasPostGIS(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	if has != ext {
		t.Fatalf("PostGIS installed: %v; incidents have a geography: %v", ext, has)
	}
	if !ext {
		t.Skip("PostGIS is not installed in the test database: radius searches use the plain index")
	}
	var plan string
	rows, err := db.Query(`EXPLAIN SELECT id FROM incidents i WHERE ST_DWithin(i.geog, ST_SetSRID(ST_MakePoint(43.1, 36.3), 4326)::geography, 25000, false)`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var line string
		rows.Scan(&line)
		plan += line + "\n"
	}
	if !strings.Contains(plan, "incidents_geog") {
		t.Errorf("the radius prefilter does not use the GiST index:\n%s", plan)
	}
}

// TestIncidentRowDoesNotGrowWithItsRecords: the row of an incident keeps
// the same size whatever the number of its records (as in store/sqlite).
func TestIncidentRowDoesNotGrowWithItsRecords(t *testing.T) {
	st, db, _ := openWithSQL(t)
	storetest.RowDoesNotGrow(t, st, func(t *testing.T, id string) int {
		var n int
		if err := db.QueryRow(`SELECT length(record) + coalesce(length(summary), 0) FROM incidents WHERE id = $1`, id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	})
}
