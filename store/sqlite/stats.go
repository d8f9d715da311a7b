package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
)

// The query planner's statistics (sqlite_stat1 and sqlite_stat4, written
// by PRAGMA optimize when a store that wrote is closed) are kept only of
// tables that hold statsMinRows rows or more. Statistics of a table of a
// row or two tell the planner that a scan of it costs less than a look-up
// in its index, and the next ingest, however large, then scanned whole
// tables for each document it stored: a store of one report took 9,999
// more generated reports in 48-50 s of CPU against 19-20 s into an empty
// store (the earlier version of each document's id, `SCAN d` of documents
// and `SCAN s` of sketches, 20.6 s sampled; near-duplicate candidates,
// `SCAN sketches`, 6.0 s), and statistics of ten reports still scanned
// sketches for every candidate look-up. A table without statistics is
// taken to be large, and its indexes are used, as in a new store, which
// an ingest fills with no statistics at all. From a thousand rows up a
// table's statistics send each write and merge statement to the index it
// takes without them (TestPlannerStatisticsOnlyOfLargeTables), and PRAGMA
// optimize analyses a table again each time it grows tenfold.
const statsMinRows = 1000

// smallStats selects the tables whose statistics count fewer than
// statsMinRows rows (the first number of each index's, or the table's,
// statistics).
const smallStats = `SELECT tbl FROM sqlite_stat1 GROUP BY tbl HAVING max(CAST(stat AS INTEGER)) < ?`

// forgetSmallStatistics deletes the statistics of tables of fewer than
// statsMinRows rows, when there are any (those an earlier sitrep kept at
// any size, or those PRAGMA optimize just took), and makes the connection
// plan without them; connections opened after read none.
func forgetSmallStatistics(ctx context.Context, w *sql.DB) error {
	var tables []string
	rows, err := w.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4') ORDER BY name`)
	if err != nil {
		return fmt.Errorf("statistics: %w", err)
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return fmt.Errorf("statistics: %w", err)
		}
		tables = append(tables, name)
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("statistics: %w", err)
	}
	if len(tables) == 0 || tables[0] != "sqlite_stat1" {
		return nil
	}
	var small bool
	if err := w.QueryRowContext(ctx, `SELECT EXISTS (`+smallStats+`)`, statsMinRows).Scan(&small); err != nil {
		return fmt.Errorf("statistics: %w", err)
	}
	if !small {
		return nil
	}
	tx, err := w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("statistics: %w", err)
	}
	defer tx.Rollback()
	// sqlite_stat4 first: its tables are chosen by their sqlite_stat1 rows
	for i := len(tables) - 1; i >= 0; i-- {
		// (names from sqlite_schema, one of the two above)
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+tables[i]+` WHERE tbl IN (`+smallStats+`)`, statsMinRows); err != nil {
			return fmt.Errorf("statistics: delete from %s: %w", tables[i], err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("statistics: %w", err)
	}
	// the statistics are read with the schema: ANALYZE of the schema
	// table reads them again
	if _, err := w.ExecContext(ctx, `ANALYZE sqlite_schema`); err != nil {
		return fmt.Errorf("statistics: reload: %w", err)
	}
	return nil
}

// forgetSmallStatisticsNow is forgetSmallStatistics for a store being
// opened, which must not wait: while another process writes (an ingest
// holds the file's write lock for a batch at a time), the statistics stay
// as they are, for that writer's close or a later open to forget.
func forgetSmallStatisticsNow(ctx context.Context, w *sql.DB) error {
	if _, err := w.ExecContext(ctx, `PRAGMA busy_timeout = 0`); err != nil {
		return fmt.Errorf("statistics: %w", err)
	}
	err := forgetSmallStatistics(ctx, w)
	if _, rerr := w.ExecContext(ctx, `PRAGMA busy_timeout = `+strconv.Itoa(busyTimeoutMS)); rerr != nil {
		return fmt.Errorf("statistics: %w", rerr)
	}
	if err != nil && transient(err) {
		return nil
	}
	return err
}
