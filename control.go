package sitrep

import "context"

// Control states of a statement or an interval of a control timeline.
const (
	// ControlHeld: the holder holds the place (all of it, or all but
	// Except).
	ControlHeld = "held"
	// ControlBesieged: the holder still holds the place, surrounded or
	// besieged by Against.
	ControlBesieged = "besieged"
	// ControlContested: sides fight for the place, or reports disagree
	// about who holds it; no one holder is named.
	ControlContested = "contested"
)

// Control is a statement a report makes of who holds a place without
// telling an incident of its taking: "X is still held by Y", "remains
// under the control of", "the Y-held town of X", "besieged",
// "surrounded", "all of X except Z", "the last district of X".
type Control struct {
	Record string    `json:"record"` // always "control"
	Doc    string    `json:"doc"`
	Place  *Location `json:"place"`
	// Holder is the side said to hold the place; Against the side that
	// besieges it, or that the place was taken from.
	Holder  string `json:"holder"`
	State   string `json:"state"` // ControlHeld, ControlBesieged or ControlContested
	Against string `json:"against,omitempty"`
	// Except names the part of the place the holder does not hold ("all
	// of the city except an enclave"), as reported.
	Except string `json:"except,omitempty"`
	// Date is the day the statement holds for: the report's day for a
	// present-tense statement, the start for "since June 2014".
	Date          Date       `json:"date"`
	DatePrecision string     `json:"date_precision,omitempty"`
	Evidence      []Evidence `json:"evidence"`
}

// ControlFilter selects control statements. Zero fields do not filter.
type ControlFilter struct {
	// Place keeps statements about a place of this name, ignoring case.
	Place string
	// To keeps statements dated on or before this day, and undated ones.
	To Date
	// Doc keeps the statements of one document.
	Doc string
}

// ControlStore is a Store that keeps control statements (store/sqlite
// does): Controls returns those that pass the filter, each with the
// report it comes from (sources[i] is the source of controls[i]).
type ControlStore interface {
	Controls(ctx context.Context, f ControlFilter) (controls []Control, sources []Source, err error)
}
