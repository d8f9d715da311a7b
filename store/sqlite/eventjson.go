package sqlite

import (
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// appendEvent appends to dst the record encodeEvent writes for e, byte
// for byte what encoding/json writes (an Encoder that does not escape <,
// > and &, the line's newline left out), without reflection: every stored
// event is encoded so, and encoding/json, which reflects over each field
// and validates again what each MarshalJSON method returns, took about a
// twentieth of a report's CPU in ingest. The parts whose MarshalJSON
// calls json.Marshal (a date, a count, a casualty, a source) are written
// as json.Marshal writes them, with <, > and & escaped. ok is false, and
// dst is to be ignored, for a number JSON cannot hold (NaN, ±Inf), for
// which encoding/json returns an error. TestAppendEventIsEncodingJSON
// holds it to encoding/json over events of every shape.
func appendEvent(dst []byte, e *sitrep.Event) (out []byte, ok bool) {
	w := jw{b: dst, ok: true}
	w.raw(`{"record":`)
	w.str(e.Record, false)
	w.raw(`,"id":`)
	w.str(e.ID, false)
	w.raw(`,"doc":`)
	w.str(e.Doc, false)
	w.raw(`,"date":`)
	w.date(e.Date)
	if e.DatePrecision != "" {
		w.raw(`,"date_precision":`)
		w.str(e.DatePrecision, false)
	}
	w.raw(`,"event_type":`)
	w.str(e.EventType, false)
	w.raw(`,"sub_event_type":`)
	w.str(e.SubEventType, false)
	w.raw(`,"actor1":`)
	w.str(e.Actor1, false)
	w.raw(`,"actor2":`)
	w.str(e.Actor2, false)
	w.raw(`,"location":`)
	w.location(e.Location)
	w.raw(`,"fatalities":`)
	w.intPtr(e.Fatalities)
	w.raw(`,"killed":`)
	w.count(e.Killed)
	w.raw(`,"wounded":`)
	w.count(e.Wounded)
	w.raw(`,"casualties":`)
	list(&w, e.Casualties, w.casualty)
	w.raw(`,"evidence":`)
	list(&w, e.Evidence, w.evidence)
	w.raw(`,"sources":`)
	list(&w, e.Sources, w.source)
	w.raw(`,"confidence":`)
	w.float(e.Confidence)
	if len(e.FieldEvidence) > 0 {
		w.raw(`,"field_evidence":`)
		object(&w, e.FieldEvidence, func(x sitrep.Evidence) { w.evidence(&x) })
	}
	if len(e.Notes) > 0 {
		w.raw(`,"notes":[`)
		for i, n := range e.Notes {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.str(n, false)
		}
		w.b = append(w.b, ']')
	}
	if len(e.Corrections) > 0 {
		w.raw(`,"corrections":[`)
		for i := range e.Corrections {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.correction(&e.Corrections[i])
		}
		w.b = append(w.b, ']')
	}
	if e.Deleted {
		w.raw(`,"deleted":true`)
	}
	w.b = append(w.b, '}')
	return w.b, w.ok
}

// jw appends JSON to b; ok turns false at a number JSON cannot hold.
type jw struct {
	b  []byte
	ok bool
}

func (w *jw) raw(s string) { w.b = append(w.b, s...) }

// object writes m as a JSON object, each value by one, its keys sorted by
// their bytes before escaping, as encoding/json does.
func object[V any](w *jw, m map[string]V, one func(V)) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.b = append(w.b, '{')
	for i, k := range keys {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(k, false)
		w.b = append(w.b, ':')
		one(m[k])
	}
	w.b = append(w.b, '}')
}

// list writes xs as a JSON array, each element by one, or null for a nil
// slice, as encoding/json does.
func list[T any](w *jw, xs []T, one func(*T)) {
	if xs == nil {
		w.raw("null")
		return
	}
	w.b = append(w.b, '[')
	for i := range xs {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		one(&xs[i])
	}
	w.b = append(w.b, ']')
}

// date writes a sitrep.Date as its MarshalJSON does: null when unknown,
// else json.Marshal of the string (HTML escaped).
func (w *jw) date(d sitrep.Date) {
	if d == "" {
		w.raw("null")
		return
	}
	w.str(string(d), true)
}

func (w *jw) intPtr(p *int) {
	if p == nil {
		w.raw("null")
		return
	}
	w.b = strconv.AppendInt(w.b, int64(*p), 10)
}

// count writes a sitrep.Count as its MarshalJSON does.
func (w *jw) count(c sitrep.Count) {
	if c.IsZero() {
		w.raw("null")
		return
	}
	w.counts(c)
}

// counts writes the object of a count's bounds.
func (w *jw) counts(c sitrep.Count) {
	w.raw(`{"low":`)
	w.intPtr(c.Low)
	w.raw(`,"best":`)
	w.intPtr(c.Best)
	w.raw(`,"high":`)
	w.intPtr(c.High)
	w.b = append(w.b, '}')
}

// casualty writes a sitrep.Casualty as its MarshalJSON (json.Marshal,
// HTML escaped) does.
func (w *jw) casualty(c *sitrep.Casualty) {
	w.raw(`{"kind":`)
	w.str(c.Kind, true)
	w.raw(`,"group":`)
	w.str(c.Group, true)
	w.raw(`,"low":`)
	w.intPtr(c.Low)
	w.raw(`,"best":`)
	w.intPtr(c.Best)
	w.raw(`,"high":`)
	w.intPtr(c.High)
	w.raw(`,"text":`)
	w.str(c.Text, true)
	w.b = append(w.b, '}')
}

func (w *jw) evidence(x *sitrep.Evidence) {
	w.b = append(w.b, '{')
	if x.Doc != "" {
		w.raw(`"doc":`)
		w.str(x.Doc, false)
		w.b = append(w.b, ',')
	}
	w.raw(`"start":`)
	w.b = strconv.AppendInt(w.b, int64(x.Start), 10)
	w.raw(`,"end":`)
	w.b = strconv.AppendInt(w.b, int64(x.End), 10)
	w.raw(`,"text":`)
	w.str(x.Text, false)
	w.b = append(w.b, '}')
}

// source writes a sitrep.Source as its MarshalJSON (json.Marshal, HTML
// escaped) does.
func (w *jw) source(s *sitrep.Source) {
	w.raw(`{"doc":`)
	w.str(s.Doc, true)
	w.raw(`,"url":`)
	w.nullStr(s.URL)
	w.raw(`,"outlet":`)
	w.nullStr(s.Outlet)
	w.raw(`,"published":`)
	w.date(s.Published)
	if s.Title != "" {
		w.raw(`,"title":`)
		w.str(s.Title, true)
	}
	if s.Record != "" {
		w.raw(`,"record":`)
		w.str(s.Record, true)
	}
	if s.CopyOf != "" {
		w.raw(`,"copy_of":`)
		w.str(s.CopyOf, true)
	}
	if !s.Killed.IsZero() {
		w.raw(`,"killed":`)
		w.counts(s.Killed)
	}
	if !s.Wounded.IsZero() {
		w.raw(`,"wounded":`)
		w.counts(s.Wounded)
	}
	w.b = append(w.b, '}')
}

// nullStr writes "" as null, else the string (HTML escaped).
func (w *jw) nullStr(s string) {
	if s == "" {
		w.raw("null")
		return
	}
	w.str(s, true)
}

func (w *jw) location(l *sitrep.Location) {
	if l == nil {
		w.raw("null")
		return
	}
	w.raw(`{"name":`)
	w.str(l.Name, false)
	if l.Admin1 != "" {
		w.raw(`,"admin1":`)
		w.str(l.Admin1, false)
	}
	if l.Country != "" {
		w.raw(`,"country":`)
		w.str(l.Country, false)
	}
	w.raw(`,"lat":`)
	w.floatPtr(l.Lat)
	w.raw(`,"lon":`)
	w.floatPtr(l.Lon)
	w.raw(`,"precision":`)
	w.b = strconv.AppendInt(w.b, int64(l.Precision), 10)
	w.raw(`,"geonameid":`)
	if l.GeonameID == nil {
		w.raw("null")
	} else {
		w.b = strconv.AppendInt(w.b, *l.GeonameID, 10)
	}
	if l.Within != "" {
		w.raw(`,"within":`)
		w.str(l.Within, false)
	}
	if l.Relative != "" {
		w.raw(`,"relative":`)
		w.str(l.Relative, false)
	}
	if l.Gazetteer != "" {
		w.raw(`,"gazetteer":`)
		w.str(l.Gazetteer, false)
	}
	w.b = append(w.b, '}')
}

func (w *jw) correction(c *sitrep.Correction) {
	w.raw(`{"seq":`)
	w.b = strconv.AppendInt(w.b, int64(c.Seq), 10)
	w.raw(`,"action":`)
	w.str(c.Action, false)
	if len(c.Set) > 0 {
		w.raw(`,"set":`)
		object(w, c.Set, func(v string) { w.str(v, false) })
	}
	w.raw(`,"by":`)
	w.str(c.By, false)
	w.raw(`,"at":`)
	w.str(c.At, false)
	if c.Note != "" {
		w.raw(`,"note":`)
		w.str(c.Note, false)
	}
	w.b = append(w.b, '}')
}

func (w *jw) floatPtr(p *float64) {
	if p == nil {
		w.raw("null")
		return
	}
	w.float(*p)
}

// float writes a float64 as encoding/json does: the shortest form that
// reads back the same, in exponent form below 1e-6 and from 1e21 on.
func (w *jw) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		w.ok = false
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		// e-09 as e-9
		n := len(w.b)
		if n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

const hexDigits = "0123456789abcdef"

// str writes a JSON string as encoding/json does: ", \ and control
// characters escaped (\b, \f, \n, \r, \t by name), bytes that are not
// UTF-8 as U+FFFD, U+2028 and U+2029 escaped, and with html also <, > and
// & (as json.Marshal does; an Encoder told not to escape HTML leaves
// them).
func (w *jw) str(s string, html bool) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!html || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}
