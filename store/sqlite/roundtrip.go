package sqlite

import (
	"math"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// roundTrip returns the event decodeEvent(encodeEvent(e)) returns, without
// encoding and decoding it (prepEvents makes a merge record of every event
// ingest stores, and decoding was a twentieth of a report's CPU): a deep
// copy, with what the record drops or reads back otherwise done the same
// way: a casualty's span dropped; notes, corrections, field evidence and
// a correction's set, empty, read back as none (they are omitted when
// empty); every other list, empty or not, and every pointer as it was.
// ok is false when the copy cannot promise that: a string that is not
// valid UTF-8 (JSON would change its bytes) or a number JSON cannot hold;
// the caller decodes then. TestRoundTripIsDecodeOfEncode holds it to
// encodeEvent and decodeEvent over events of every shape.
func roundTrip(e *sitrep.Event) (out sitrep.Event, ok bool) {
	c := copier{ok: true}
	out = sitrep.Event{
		Record:        c.str(e.Record),
		ID:            c.str(e.ID),
		Doc:           c.str(e.Doc),
		Date:          sitrep.Date(c.str(string(e.Date))),
		DatePrecision: c.str(e.DatePrecision),
		EventType:     c.str(e.EventType),
		SubEventType:  c.str(e.SubEventType),
		Actor1:        c.str(e.Actor1),
		Actor2:        c.str(e.Actor2),
		Fatalities:    c.int(e.Fatalities),
		Killed:        c.count(e.Killed),
		Wounded:       c.count(e.Wounded),
		Confidence:    c.float(e.Confidence),
		Deleted:       e.Deleted,
	}
	if l := e.Location; l != nil {
		out.Location = &sitrep.Location{Name: c.str(l.Name), Admin1: c.str(l.Admin1), Country: c.str(l.Country),
			Lat: c.floatPtr(l.Lat), Lon: c.floatPtr(l.Lon), Precision: l.Precision, Within: c.str(l.Within),
			Relative: c.str(l.Relative), Gazetteer: c.str(l.Gazetteer)}
		if l.GeonameID != nil {
			id := *l.GeonameID
			out.Location.GeonameID = &id
		}
	}
	if e.Casualties != nil {
		out.Casualties = make([]sitrep.Casualty, len(e.Casualties))
		for i, x := range e.Casualties {
			out.Casualties[i] = sitrep.Casualty{Kind: c.str(x.Kind), Group: c.str(x.Group), Count: c.count(x.Count), Text: c.str(x.Text)}
		}
	}
	if e.Evidence != nil {
		out.Evidence = make([]sitrep.Evidence, len(e.Evidence))
		for i, x := range e.Evidence {
			out.Evidence[i] = c.evidence(x)
		}
	}
	if e.Sources != nil {
		out.Sources = make([]sitrep.Source, len(e.Sources))
		for i, x := range e.Sources {
			out.Sources[i] = sitrep.Source{Doc: c.str(x.Doc), URL: c.str(x.URL), Outlet: c.str(x.Outlet),
				Published: sitrep.Date(c.str(string(x.Published))), Title: c.str(x.Title), Record: c.str(x.Record),
				CopyOf: c.str(x.CopyOf), Killed: c.count(x.Killed), Wounded: c.count(x.Wounded)}
		}
	}
	if len(e.FieldEvidence) > 0 {
		out.FieldEvidence = make(map[string]sitrep.Evidence, len(e.FieldEvidence))
		for k, x := range e.FieldEvidence {
			out.FieldEvidence[c.str(k)] = c.evidence(x)
		}
	}
	if len(e.Notes) > 0 {
		out.Notes = make([]string, len(e.Notes))
		for i, n := range e.Notes {
			out.Notes[i] = c.str(n)
		}
	}
	if len(e.Corrections) > 0 {
		out.Corrections = make([]sitrep.Correction, len(e.Corrections))
		for i, x := range e.Corrections {
			y := sitrep.Correction{Seq: x.Seq, Action: c.str(x.Action), By: c.str(x.By), At: c.str(x.At), Note: c.str(x.Note)}
			if len(x.Set) > 0 {
				y.Set = make(map[string]string, len(x.Set))
				for k, v := range x.Set {
					y.Set[c.str(k)] = c.str(v)
				}
			}
			out.Corrections[i] = y
		}
	}
	return out, c.ok
}

// copier copies the parts of an event, noting whether JSON would have
// kept each as it is.
type copier struct{ ok bool }

func (c *copier) str(s string) string {
	if c.ok && !utf8.ValidString(s) {
		c.ok = false
	}
	return s
}

func (c *copier) float(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		c.ok = false
	}
	return f
}

func (c *copier) floatPtr(p *float64) *float64 {
	if p == nil {
		return nil
	}
	f := c.float(*p)
	return &f
}

func (c *copier) int(p *int) *int {
	if p == nil {
		return nil
	}
	n := *p
	return &n
}

func (c *copier) count(x sitrep.Count) sitrep.Count {
	return sitrep.Count{Low: c.int(x.Low), Best: c.int(x.Best), High: c.int(x.High)}
}

func (c *copier) evidence(x sitrep.Evidence) sitrep.Evidence {
	return sitrep.Evidence{Doc: c.str(x.Doc), Start: x.Start, End: x.End, Text: c.str(x.Text)}
}
