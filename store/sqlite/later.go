package sqlite

import (
	"context"
	"fmt"
)

// Statements a write runs for their effect alone (an INSERT whose seq is
// not wanted, a DELETE) may be held by an engine's driver and sent with
// the next statement of the connection in one round trip (PostgreSQL's
// driver does; SQLite runs them at once: it has no round trips). Later
// marks the context of such a statement. Its error then comes back from
// a later statement of the same transaction (or its commit) as a
// *LaterError, which names the entry of AddDocuments the statement was
// for, so that the entry is the one that fails.

type laterKey struct{}

// NoEntry is the owner of held statements that are no entry's (merging).
const NoEntry = -1

// Later returns ctx marked: a statement run with it may be held and sent
// with the next one. owner is the index of the AddDocuments entry the
// statement stores, or -1.
func Later(ctx context.Context, owner int) context.Context {
	return context.WithValue(ctx, laterKey{}, owner)
}

// LaterOwner reports whether ctx was marked by Later, and the owner it
// was given.
func LaterOwner(ctx context.Context) (owner int, ok bool) {
	owner, ok = ctx.Value(laterKey{}).(int)
	return owner, ok
}

// LaterError is the error of a statement an engine held (see Later),
// returned by the statement it was sent with.
type LaterError struct {
	// Owner is the entry the held statement stored, or -1.
	Owner int
	Err   error
}

func (e *LaterError) Error() string { return fmt.Sprintf("an earlier statement: %v", e.Err) }
func (e *LaterError) Unwrap() error { return e.Err }
