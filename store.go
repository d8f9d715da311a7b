package sitrep

import (
	"context"
	"errors"
	"fmt"
)

// ErrNotFound is returned by a Store when a requested item does not exist.
var ErrNotFound = errors.New("not found")

// ErrInvalid marks an error caused by a query a Store cannot run as asked
// (a malformed date, box, radius or cursor, an unknown grouping or order),
// not by the store itself.
var ErrInvalid = errors.New("invalid query")

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
	Actor    string   // either actor has these whole words, or is the actor this alias names (see store/actorkey)
	// Near and WithinKM select events within a radius of a point.
	Near     *Point
	WithinKM float64
	Text     string // full-text query over evidence
	Doc      string // events from one document
	// BBox keeps events whose coordinates lie in a rectangle.
	BBox *BBox
	// Place keeps events whose location name, admin1 or country code is
	// this, ignoring case.
	Place string
	// MinSources keeps events told by at least this many sources (reports,
	// a wire copy and its original once).
	MinSources int
	// Undated says what becomes of undated events: "" leaves them out when
	// From or To is set (and keeps them otherwise), UndatedToo keeps them
	// whatever the dates, UndatedOnly keeps only them, UndatedNone none.
	Undated string
	Limit   int
}

// Values of EventFilter.Undated.
const (
	UndatedToo  = "too"
	UndatedOnly = "only"
	UndatedNone = "none" // leave undated events out, with or without dates
)

// BBox is a latitude/longitude rectangle in degrees. West > East means it
// crosses the antimeridian (from West eastwards to East).
type BBox struct {
	South, West, North, East float64
}

// Check reports a rectangle that is not one: out-of-range or not-a-number
// degrees, or a south edge north of the north edge.
func (b BBox) Check() error {
	for _, v := range []float64{b.South, b.West, b.North, b.East} {
		if v != v {
			return fmt.Errorf("bbox %g,%g,%g,%g: not a number", b.West, b.South, b.East, b.North)
		}
	}
	switch {
	case b.South < -90 || b.North > 90 || b.South > b.North:
		return fmt.Errorf("bbox %g,%g,%g,%g: latitudes must be -90 ≤ south ≤ north ≤ 90", b.West, b.South, b.East, b.North)
	case b.West < -180 || b.West > 180 || b.East < -180 || b.East > 180:
		return fmt.Errorf("bbox %g,%g,%g,%g: longitudes must lie in -180..180", b.West, b.South, b.East, b.North)
	}
	return nil
}

// Order is the order a page of events comes in.
type Order string

// The orders of EventsPage; ties are broken by event id.
const (
	NewestFirst      Order = "date"        // incident date, newest first, undated last
	OldestFirst      Order = "-date"       // incident date, oldest first, undated last
	MostFatalities   Order = "fatalities"  // fatalities, most first, unknown last
	FewestFatalities Order = "-fatalities" // fatalities, fewest first, unknown last
)

// Orders lists the orders a Store pages events in.
var Orders = []Order{NewestFirst, OldestFirst, MostFatalities, FewestFatalities}

// Bucket is one group of an aggregate: its key (a day, week, month, type,
// actor, admin1 or place name), how many events fall in it and their
// fatalities. A place's bucket also says where it is.
type Bucket struct {
	Key        string   `json:"key"`
	Events     int      `json:"events"`
	Fatalities int      `json:"fatalities"`
	Admin1     string   `json:"admin1,omitempty"`
	Country    string   `json:"country,omitempty"`
	Lat        *float64 `json:"lat,omitempty"`
	Lon        *float64 `json:"lon,omitempty"`
}

// Groupings of Aggregate.
const (
	ByDay     = "day"   // incident date; undated events are left out
	ByWeek    = "week"  // Monday of the incident's week
	ByMonth   = "month" // YYYY-MM
	ByType    = "type"  // event type
	BySubType = "sub_type"
	ByActor   = "actor"  // either actor: an event counts once for each
	ByAdmin1  = "admin1" // first-level division
	ByCountry = "country"
	ByPlace   = "place" // location name within its admin1 and country
)

// Groupings lists the groupings Aggregate accepts.
var Groupings = []string{ByDay, ByWeek, ByMonth, ByType, BySubType, ByActor, ByAdmin1, ByCountry, ByPlace}

// Cell is a square of a grid laid over the map with the events inside it:
// how many, their fatalities, their mean position, and the id of one of
// them (the only one when Events is 1) when the grid was counted from the
// events themselves; a grid made from running totals names none.
type Cell struct {
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Events     int     `json:"events"`
	Fatalities int     `json:"fatalities"`
	ID         string  `json:"id"`
}

// Marker is the little of an event a map needs to draw it.
type Marker struct {
	ID         string  `json:"id"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Date       Date    `json:"date"`
	EventType  string  `json:"event_type"`
	Location   string  `json:"location"`
	Fatalities *int    `json:"fatalities"`
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
	// EventsPage returns up to f.Limit events that pass the filter in the
	// given order, starting after the cursor (empty: from the first), and
	// the cursor of the next page ("" when this is the last).
	EventsPage(ctx context.Context, f EventFilter, order Order, cursor string) (events []Event, next string, err error)
	// Event returns one event by id; the error wraps ErrNotFound when
	// there is none.
	Event(ctx context.Context, id string) (*Event, error)
	// Records returns the event records extracted from a document, as
	// stored: what that report said, before merging.
	Records(ctx context.Context, doc string) ([]Event, error)
	// Aggregate counts the events that pass the filter, and their
	// fatalities, by one of Groupings: time buckets in time order, the
	// others most events first; f.Limit caps the number of buckets.
	Aggregate(ctx context.Context, f EventFilter, by string) ([]Bucket, error)
	// Grid groups the events that pass the filter and have coordinates by
	// square cells of cellDeg degrees.
	Grid(ctx context.Context, f EventFilter, cellDeg float64) ([]Cell, error)
	// Markers returns up to f.Limit events that pass the filter and have
	// coordinates, in the order of Events, as map markers.
	Markers(ctx context.Context, f EventFilter) ([]Marker, error)
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
