package sitrep

import (
	"context"
	"errors"
)

// ErrNotFound is returned by a Store when a requested item does not exist.
var ErrNotFound = errors.New("not found")

// Failure records a document that could not be read or processed, so that
// nothing is dropped silently: the input, the reason, and when. A store
// keeps one failure per origin, reason and hash: reading the same bad input
// again records nothing new.
type Failure struct {
	Origin string `json:"origin"` // file (and line) or URL
	Reason string `json:"reason"`
	// Hash is the hex SHA-256 of the input's bytes (the file, the JSON line,
	// the feed) when they could be read, else empty.
	Hash string `json:"hash,omitempty"`
	At   string `json:"at,omitempty"` // RFC 3339 time it was first recorded
}

// EventFilter selects events from a Store. Zero fields do not filter.
type EventFilter struct {
	From, To Date     // incident date range, inclusive
	Types    []string // event or sub-event types (ACLED names), any of them
	Actor    string   // either actor, case-insensitive substring
	// Near and WithinKM select events within a radius of a point.
	Near     *Point
	WithinKM float64
	Text     string // full-text query over evidence
	Doc      string // events from one document
	// MinSources keeps events told by at least this many sources (reports,
	// a wire copy and its original once).
	MinSources int
	Limit      int
}

// Point is a position in degrees.
type Point struct {
	Lat, Lon float64
}

// Stats summarises what a Store holds.
type Stats struct {
	Documents int `json:"documents"`
	Events    int `json:"events"`  // incidents, each merged from the records of its reports
	Records   int `json:"records"` // event records as extracted, one per report's incident
	Figures   int `json:"figures"`
	Failures  int `json:"failures"`
}

// Store keeps documents, the records extracted from them, and failures.
// Implementations: store/sqlite (embedded, the default).
type Store interface {
	// AddDocument stores a document with the events and figures extracted
	// from it, all or nothing. A document whose Hash is already stored is not
	// stored again: added is false and existingID names the stored one.
	AddDocument(ctx context.Context, doc *Document, events []Event, figures []Figure) (added bool, existingID string, err error)
	// AddFailure records an input that could not be read or processed,
	// unless the same failure (origin, reason, hash) is recorded already.
	AddFailure(ctx context.Context, f Failure) error
	// Events returns the events that pass the filter, newest first.
	Events(ctx context.Context, f EventFilter) ([]Event, error)
	// Figures returns the figures of the filter's documents and dates.
	Figures(ctx context.Context, f EventFilter) ([]Figure, error)
	// Document returns a stored document by id.
	Document(ctx context.Context, id string) (*Document, error)
	// Failures lists recorded failures, newest first.
	Failures(ctx context.Context, limit int) ([]Failure, error)
	// AddPlaces stores a user gazetteer under a name, replacing an earlier
	// import of the same name; it returns how many places were stored.
	AddPlaces(ctx context.Context, gazetteer string, places []Place) (int, error)
	// Places returns every imported place, to lay over the default gazetteer.
	Places(ctx context.Context) ([]Place, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	Close() error
}
