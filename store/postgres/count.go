package postgres

import "sync/atomic"

// What this process sent to PostgreSQL stores, for a worker's summary:
// statements, and the round trips they took (a statement sent alone is
// one; BEGIN and COMMIT count as statements too).
var statements, roundTrips atomic.Int64

// Traffic returns how many statements this process has sent to
// PostgreSQL stores, and in how many round trips.
func Traffic() (stmts, trips int64) { return statements.Load(), roundTrips.Load() }

// sent counts a statement sent alone.
func sent() {
	statements.Add(1)
	roundTrips.Add(1)
}
