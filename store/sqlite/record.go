package sqlite

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/sitrep/sitrep"
)

// casualtyJSON is the flat casualty object of the event record.
//
// sitrep.Casualty embeds Count, whose UnmarshalJSON is promoted to Casualty,
// so decoding a casualty with encoding/json would keep the numbers and drop
// kind, group and text. Records are therefore decoded through this type.
type casualtyJSON struct {
	Kind  string `json:"kind"`
	Group string `json:"group"`
	Low   *int   `json:"low"`
	Best  *int   `json:"best"`
	High  *int   `json:"high"`
	Text  string `json:"text"`
}

// eventJSON decodes an event record: every field into the embedded Event
// except casualties, which the outer field (shallower, so it wins) takes.
type eventJSON struct {
	*sitrep.Event
	Casualties []casualtyJSON `json:"casualties"`
}

// encodeEvent writes the record kept in events.record and
// incidents.record: JSON as sitrep writes JSON Lines (no escaping of <, >
// and &), so that a record is written out as stored (see EachEventJSON).
func encodeEvent(e *sitrep.Event) ([]byte, error) {
	if b, ok := appendEvent(make([]byte, 0, 1024), e); ok {
		return b, nil
	}
	return encodeEventJSON(e)
}

// encodeEventJSON is encodeEvent by encoding/json, which appendEvent
// writes the same as: for what appendEvent cannot write (the error).
func encodeEventJSON(e *sitrep.Event) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return nil, fmt.Errorf("encode event %s: %w", e.ID, err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// asWritten reports whether a stored record is, byte for byte, the line
// export.JSONLWriter writes for it: one encodeEvent wrote (no escaped <, >
// or &, which records of earlier versions have) of an event with its
// record kind set.
func asWritten(rec []byte) bool {
	return bytes.HasPrefix(rec, []byte(`{"record":"event",`)) &&
		!bytes.Contains(rec, []byte(`\u003c`)) && !bytes.Contains(rec, []byte(`\u003e`)) && !bytes.Contains(rec, []byte(`\u0026`))
}

// decodeEvent reads a record written by encodeEvent.
func decodeEvent(b []byte) (sitrep.Event, error) {
	var e sitrep.Event
	aux := eventJSON{Event: &e}
	if err := json.Unmarshal(b, &aux); err != nil {
		return sitrep.Event{}, fmt.Errorf("decode event record: %w", err)
	}
	if aux.Casualties != nil {
		e.Casualties = make([]sitrep.Casualty, len(aux.Casualties))
		for i, c := range aux.Casualties {
			e.Casualties[i] = sitrep.Casualty{
				Kind:  c.Kind,
				Group: c.Group,
				Count: sitrep.Count{Low: c.Low, Best: c.Best, High: c.High},
				Text:  c.Text,
			}
		}
	}
	return e, nil
}

// mergeEventJSON decodes of an event record what merging compares, the
// fields merge.Record.Prepare reads and no other: the date, the types,
// the actors, the place, the tolls, the evidence and the evidence of the
// date. Decoding it costs about a third of the whole record (no sources,
// casualties, notes or other field evidence to build): a merge compares a
// new record with every record filed near it in place and time, and most
// of them it only weighs (see merger.lazy).
type mergeEventJSON struct {
	Date          sitrep.Date       `json:"date"`
	DatePrecision string            `json:"date_precision"`
	EventType     string            `json:"event_type"`
	SubEventType  string            `json:"sub_event_type"`
	Actor1        string            `json:"actor1"`
	Actor2        string            `json:"actor2"`
	Location      *sitrep.Location  `json:"location"`
	Killed        sitrep.Count      `json:"killed"`
	Wounded       sitrep.Count      `json:"wounded"`
	Evidence      []sitrep.Evidence `json:"evidence"`
	FieldEvidence struct {
		Date *sitrep.Evidence `json:"date"`
	} `json:"field_evidence"`
}

// decodeMergeEvent reads of a record written by encodeEvent the fields
// mergeEventJSON names: an event that merge.NewRecord prepares as it
// prepares the whole record, and that nothing else may read.
func decodeMergeEvent(b []byte) (sitrep.Event, error) {
	var x mergeEventJSON
	if err := json.Unmarshal(b, &x); err != nil {
		return sitrep.Event{}, fmt.Errorf("decode event record: %w", err)
	}
	e := sitrep.Event{Date: x.Date, DatePrecision: x.DatePrecision, EventType: x.EventType, SubEventType: x.SubEventType,
		Actor1: x.Actor1, Actor2: x.Actor2, Location: x.Location, Killed: x.Killed, Wounded: x.Wounded, Evidence: x.Evidence}
	if x.FieldEvidence.Date != nil {
		e.FieldEvidence = map[string]sitrep.Evidence{"date": *x.FieldEvidence.Date}
	}
	return e, nil
}

// encodeFigure writes the record kept in figures.record.
func encodeFigure(f *sitrep.Figure) ([]byte, error) {
	b, err := json.Marshal(f)
	if err != nil {
		return nil, fmt.Errorf("encode figure of %s: %w", f.Doc, err)
	}
	return b, nil
}

// decodeFigure reads a record written by encodeFigure.
func decodeFigure(b []byte) (sitrep.Figure, error) {
	var f sitrep.Figure
	if err := json.Unmarshal(b, &f); err != nil {
		return sitrep.Figure{}, fmt.Errorf("decode figure record: %w", err)
	}
	return f, nil
}

// renameDocInEvent returns a copy of e whose references to document from point to
// to instead; slices and maps are copied, never changed in place, so the
// caller's event is left as it was.
func renameDocInEvent(e sitrep.Event, from, to string) sitrep.Event {
	if e.Doc == from {
		e.Doc = to
	}
	e.Evidence = renameEvidence(e.Evidence, from, to)
	if e.Sources != nil {
		src := make([]sitrep.Source, len(e.Sources))
		copy(src, e.Sources)
		for i := range src {
			if src[i].Doc == from {
				src[i].Doc = to
			}
		}
		e.Sources = src
	}
	if e.FieldEvidence != nil {
		fe := make(map[string]sitrep.Evidence, len(e.FieldEvidence))
		for k, v := range e.FieldEvidence {
			if v.Doc == from {
				v.Doc = to
			}
			fe[k] = v
		}
		e.FieldEvidence = fe
	}
	return e
}

// renameDocInFigure is renameDocInEvent for a figure.
func renameDocInFigure(f sitrep.Figure, from, to string) sitrep.Figure {
	if f.Doc == from {
		f.Doc = to
	}
	f.Evidence = renameEvidence(f.Evidence, from, to)
	return f
}

// renameEvidence returns a copy of ev with document from renamed to.
func renameEvidence(ev []sitrep.Evidence, from, to string) []sitrep.Evidence {
	if ev == nil {
		return nil
	}
	out := make([]sitrep.Evidence, len(ev))
	copy(out, ev)
	for i := range out {
		if out[i].Doc == from {
			out[i].Doc = to
		}
	}
	return out
}
