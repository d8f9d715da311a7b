// Package export writes events for analysts: JSON Lines (the records as
// `sitrep extract` prints them), CSV in ACLED's columns, GeoJSON for
// mapping tools, and a fixed-width table for the terminal.
//
// Every writer takes the events in the order given and reports write
// errors with the format's name.
package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
)

// EventWriter writes events one at a time, so that a large export need
// not hold every event in memory. Close finishes the output (writing what
// the format needs at its end) and flushes it; it does not close the
// underlying writer.
type EventWriter interface {
	Write(e *sitrep.Event) error
	Close() error
}

// JSONL writes one event record a line, as `sitrep extract` prints them.
// HTML characters are not escaped (evidence keeps its "<" and "&"), and an
// empty Record field is written "event", as the contract requires.
func JSONL(w io.Writer, events []sitrep.Event) error {
	return writeAll(NewJSONLWriter(w), events)
}

// writeAll writes the events through ew and closes it.
func writeAll(ew EventWriter, events []sitrep.Event) error {
	for i := range events {
		if err := ew.Write(&events[i]); err != nil {
			return err
		}
	}
	return ew.Close()
}

// JSONLWriter is the streaming form of JSONL.
type JSONLWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

// NewJSONLWriter returns a writer of JSON Lines records on w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONLWriter{bw: bw, enc: enc}
}

// Write writes one record.
func (j *JSONLWriter) Write(e *sitrep.Event) error {
	if e.Record == "" {
		c := *e
		c.Record = "event"
		e = &c
	}
	if err := j.enc.Encode(e); err != nil {
		return fmt.Errorf("write jsonl: event %s: %w", e.ID, err)
	}
	return nil
}

// Close flushes what is buffered.
func (j *JSONLWriter) Close() error {
	if err := j.bw.Flush(); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}

// CSVOptions adjust the ACLED CSV.
type CSVOptions struct {
	// ActorTypes gives inter1/inter2 first; nil means DefaultActorTypes.
	ActorTypes *ActorTypes
	// Actors tells the kind and country of an actor the table does not
	// know (the actor dictionary), for its inter code and its ACLED name.
	Actors ActorLookup
}

// CSV writes the events with ACLED's column names, in ACLED's order
// (ACLEDColumns), with the default actor types. See CSVWith.
func CSV(w io.Writer, events []sitrep.Event) error {
	return CSVWith(w, events, CSVOptions{})
}

// CSVWith writes the events as ACLED rows. Columns sitrep knows are filled:
//
//   - event_id_cnty: the ISO alpha-3 code of the country, "-", and the event
//     id ("IRQ-e-2f0c51a9"); the bare id when the country is unknown.
//
//   - event_date: YYYY-MM-DD; year; time_precision 1 day, 2 week, 3 month
//     or year; all empty for an undated event.
//
//   - disorder_type from the event and sub-event type (DisorderType).
//
//   - inter1, inter2 from the actor-type table, interaction from both
//     (Interaction); empty when an actor's type is not in the table.
//
//   - civilian_targeting "Civilian targeting" when actor2 is civilians.
//
//   - iso (numeric), region, country from the location's country code.
//
//   - admin1, location, latitude, longitude, geo_precision from the location.
//
//   - source: the sources' outlets joined by "; ", named by OutletOf (the
//     outlet table, else the outlet as given or the host of its URL).
//
//   - source_scale: National, Regional, International or a combination, by
//     where each source is based against the event's country (SourceScale).
//
//   - notes: the first evidence text on one line.
//
//   - fatalities: the fatalities (killed best); 0 when the report gives no
//     toll, as ACLED writes. The JSON Lines output keeps the difference
//     between none reported and zero.
//
//   - tags: "undated: …" for an event without a date (ACLED has none; leave
//     them out with EventFilter.Undated), "corrected by an analyst" for an
//     event with corrections (sitrep events edit; the JSON Lines output
//     carries them), and a recoding's reason.
//
// assoc_actor_1/2, admin2, admin3 and timestamp are left empty. A text cell that a spreadsheet would run as a formula (it
// starts with =, +, -, @, tab or carriage return) gets a leading
// apostrophe, since notes are quoted from web pages.
func CSVWith(w io.Writer, events []sitrep.Event, opt CSVOptions) error {
	return writeAll(NewCSVWriter(w, opt), events)
}

// CSVWriter is the streaming form of CSVWith.
type CSVWriter struct {
	bw      *bufio.Writer
	cw      *csv.Writer
	types   *ActorTypes
	actors  ActorLookup
	row     []string
	started bool
}

// NewCSVWriter returns a writer of ACLED rows on w; the header is written
// with the first row, or by Close when there is none.
func NewCSVWriter(w io.Writer, opt CSVOptions) *CSVWriter {
	types := opt.ActorTypes
	if types == nil {
		types = DefaultActorTypes()
	}
	bw := bufio.NewWriter(w)
	return &CSVWriter{bw: bw, cw: csv.NewWriter(bw), types: types, actors: opt.Actors, row: make([]string, len(ACLEDColumns))}
}

func (c *CSVWriter) header() error {
	if c.started {
		return nil
	}
	c.started = true
	if err := c.cw.Write(ACLEDColumns); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// Write writes the event's row.
func (c *CSVWriter) Write(e *sitrep.Event) error {
	if err := c.header(); err != nil {
		return err
	}
	acledRow(c.row, e, c.types, c.actors)
	if err := c.cw.Write(c.row); err != nil {
		return fmt.Errorf("write csv: event %s: %w", e.ID, err)
	}
	return nil
}

// Close writes the header if no row was written, and flushes.
func (c *CSVWriter) Close() error {
	if err := c.header(); err != nil {
		return err
	}
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := c.bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// acledRow fills row (len(ACLEDColumns) cells) for e.
func acledRow(row []string, e *sitrep.Event, types *ActorTypes, lookup ActorLookup) {
	clear(row)
	var c Country
	var known bool
	if e.Location != nil {
		c, known = CountryOf(e.Location.Country)
	}
	row[0] = e.ID
	if known && c.ISO3 != "" {
		row[0] = c.ISO3 + "-" + e.ID
	}
	if !e.Date.IsZero() {
		row[1] = string(e.Date)
		if y, _, ok := strings.Cut(string(e.Date), "-"); ok {
			row[2] = y
		}
	}
	row[3] = TimePrecision(e.Date, e.DatePrecision)
	kind2 := kindOf(e.Actor2, lookup)
	eventType, subType, recoded := recode(e, kind2)
	row[4] = DisorderType(eventType, subType)
	row[5] = eventType
	row[6] = subType
	a1, in1 := acledActor(e.Actor1, true, e, types, lookup)
	a2, in2 := acledActor(e.Actor2, false, e, types, lookup)
	row[7] = safeText(a1)
	row[9] = codeOrEmpty(in1)
	row[10] = safeText(a2)
	row[12] = codeOrEmpty(in2)
	row[13] = codeOrEmpty(Interaction(in1, in2, a2 != ""))
	if kind2 == "civilians" || isCivilians(e.Actor2) {
		row[14] = "Civilian targeting"
	}
	var tags []string
	if e.Date.IsZero() {
		tags = append(tags, "undated: the reports give no incident date")
	}
	if len(e.Corrections) > 0 {
		tags = append(tags, "corrected by an analyst")
	}
	if recoded != "" {
		tags = append(tags, recoded)
	}
	row[29] = strings.Join(tags, "; ")
	if known {
		row[15] = codeOrEmpty(c.Numeric)
		row[16] = c.Region
		row[17] = c.Name
	}
	if l := e.Location; l != nil {
		row[18] = safeText(l.Admin1)
		row[21] = safeText(l.Name)
		if l.HasPoint() {
			row[22] = formatCoord(*l.Lat)
			row[23] = formatCoord(*l.Lon)
		}
		if l.Precision >= 1 && l.Precision <= 3 {
			row[24] = strconv.Itoa(l.Precision)
		}
	}
	row[25] = safeText(outlets(e.Sources))
	row[26] = SourceScale(e)
	if len(e.Evidence) > 0 {
		row[27] = safeText(oneLine(e.Evidence[0].Text))
	}
	row[28] = strconv.Itoa(fatalities(e))
}

// fatalities is the event's death toll for ACLED's column: 0 when unknown.
func fatalities(e *sitrep.Event) int {
	if e.Fatalities != nil {
		return *e.Fatalities
	}
	return e.Killed.BestOr(0)
}

func codeOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// formatCoord writes a coordinate in the fewest digits that read back to
// the same number.
func formatCoord(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// safeText keeps a spreadsheet from running a text cell as a formula.
func safeText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// outlets joins the distinct outlets of the sources with "; ", each named
// as OutletOf names it.
func outlets(src []sitrep.Source) string {
	var names []string
	seen := map[string]bool{}
	for _, s := range src {
		o, ok := OutletOf(s)
		if !ok || seen[o.Name] {
			continue
		}
		seen[o.Name] = true
		names = append(names, o.Name)
	}
	return strings.Join(names, "; ")
}

// oneLine folds runs of white space (line breaks included) into one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// GeoJSON writes the events as a GeoJSON FeatureCollection (RFC 7946) of
// points, [longitude, latitude], one feature a line. Events without
// usable coordinates cannot be placed on a map: they are left out of the
// features and counted in a top-level "skipped" member, written last.
// Feature properties are flat (one value each, null when unknown) so that
// GIS tools read them as columns; see Properties.
func GeoJSON(w io.Writer, events []sitrep.Event) error {
	return writeAll(NewGeoJSONWriter(w), events)
}

// GeoJSONWriter is the streaming form of GeoJSON.
type GeoJSONWriter struct {
	bw       *bufio.Writer
	buf      bytes.Buffer
	enc      *json.Encoder
	started  bool
	features int
	skipped  int
}

// NewGeoJSONWriter returns a writer of a FeatureCollection on w.
func NewGeoJSONWriter(w io.Writer) *GeoJSONWriter {
	g := &GeoJSONWriter{bw: bufio.NewWriter(w)}
	g.enc = json.NewEncoder(&g.buf)
	g.enc.SetEscapeHTML(false)
	return g
}

func (g *GeoJSONWriter) start() {
	if !g.started {
		g.started = true
		g.bw.WriteString(`{"type":"FeatureCollection","features":[`)
	}
}

// Write adds the event as a feature, or counts it as skipped when it has
// no usable coordinates.
func (g *GeoJSONWriter) Write(e *sitrep.Event) error {
	g.start()
	if !placeable(e.Location) {
		g.skipped++
		return nil
	}
	f := feature{
		Type:       "Feature",
		ID:         e.ID,
		Geometry:   point{Type: "Point", Coordinates: [2]float64{*e.Location.Lon, *e.Location.Lat}},
		Properties: PropertiesOf(e),
	}
	g.buf.Reset()
	if err := g.enc.Encode(f); err != nil {
		return fmt.Errorf("write geojson: event %s: %w", e.ID, err)
	}
	if g.features > 0 {
		g.bw.WriteByte(',')
	}
	g.bw.WriteByte('\n')
	g.bw.Write(bytes.TrimSuffix(g.buf.Bytes(), []byte("\n")))
	g.features++
	return nil
}

// Close ends the collection with the skipped count, and flushes.
func (g *GeoJSONWriter) Close() error {
	g.start()
	fmt.Fprintf(g.bw, "\n],\"skipped\":%d}\n", g.skipped)
	if err := g.bw.Flush(); err != nil {
		return fmt.Errorf("write geojson: %w", err)
	}
	return nil
}

// placeable reports whether a location has coordinates a map can show.
func placeable(l *sitrep.Location) bool {
	if !l.HasPoint() {
		return false
	}
	lat, lon := *l.Lat, *l.Lon
	return !math.IsNaN(lat) && !math.IsNaN(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
}

type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

type feature struct {
	Type       string     `json:"type"`
	ID         string     `json:"id"`
	Geometry   point      `json:"geometry"`
	Properties Properties `json:"properties"`
}

// Properties are the flat attributes of an event's GeoJSON feature: one
// value each, null when unknown, the same members in every feature.
type Properties struct {
	ID            string   `json:"id"`
	Doc           string   `json:"doc"`
	Date          *string  `json:"date"`
	DatePrecision *string  `json:"date_precision"`
	EventType     string   `json:"event_type"`
	SubEventType  string   `json:"sub_event_type"`
	Actor1        string   `json:"actor1"`
	Actor2        string   `json:"actor2"`
	Location      string   `json:"location"`
	Within        *string  `json:"within"`
	Admin1        *string  `json:"admin1"`
	Country       *string  `json:"country"` // ISO 3166-1 alpha-2
	GeoPrecision  *int     `json:"geo_precision"`
	Fatalities    *int     `json:"fatalities"`
	KilledLow     *int     `json:"killed_low"`
	Killed        *int     `json:"killed"` // best estimate
	KilledHigh    *int     `json:"killed_high"`
	WoundedLow    *int     `json:"wounded_low"`
	Wounded       *int     `json:"wounded"` // best estimate
	WoundedHigh   *int     `json:"wounded_high"`
	Sources       string   `json:"sources"`      // outlets joined by "; "
	SourceCount   int      `json:"source_count"` // reports, a wire copy and its original once
	SourceScale   *string  `json:"source_scale"` // as the CSV's (SourceScale)
	Corrected     bool     `json:"corrected"`    // an analyst corrected it
	URL           *string  `json:"url"`          // the first source's URL
	Notes         *string  `json:"notes"`        // the first evidence text
	Confidence    *float64 `json:"confidence"`
}

// PropertiesOf flattens an event into feature properties.
func PropertiesOf(e *sitrep.Event) Properties {
	p := Properties{
		ID: e.ID, Doc: e.Doc,
		Date: strOrNil(string(e.Date)), DatePrecision: strOrNil(e.DatePrecision),
		EventType: e.EventType, SubEventType: e.SubEventType,
		Actor1: e.Actor1, Actor2: e.Actor2,
		Fatalities: e.Fatalities,
		KilledLow:  e.Killed.Low, Killed: e.Killed.Best, KilledHigh: e.Killed.High,
		WoundedLow: e.Wounded.Low, Wounded: e.Wounded.Best, WoundedHigh: e.Wounded.High,
		Sources: outlets(e.Sources), SourceCount: e.SourceCount(), SourceScale: strOrNil(SourceScale(e)),
		Corrected: len(e.Corrections) > 0,
	}
	if l := e.Location; l != nil {
		p.Location = l.Name
		p.Within, p.Admin1, p.Country = strOrNil(l.Within), strOrNil(l.Admin1), strOrNil(l.Country)
		if l.Precision != 0 {
			n := l.Precision
			p.GeoPrecision = &n
		}
	}
	for _, s := range e.Sources {
		if s.URL != "" {
			p.URL = strOrNil(s.URL)
			break
		}
	}
	if len(e.Evidence) > 0 {
		p.Notes = strOrNil(oneLine(e.Evidence[0].Text))
	}
	if e.Confidence != 0 && !math.IsNaN(e.Confidence) && !math.IsInf(e.Confidence, 0) {
		c := e.Confidence
		p.Confidence = &c
	}
	return p
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
