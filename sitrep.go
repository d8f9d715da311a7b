// Package sitrep holds the domain types shared by every stage of the flow:
// documents read from reports, the event and figure records extracted from
// them (the contract in EVENTS.md), and the Store interface that keeps them.
//
// The flow runs in one direction: ingest → clean → extract (with the
// gazetteer, actor dictionary, quantities and dates) → merge → store → serve.
// Every stage adds annotations as spans over one immutable cleaned text; no
// stage rewrites it, so every field of a record can be traced back to words.
package sitrep

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"time"
	"unicode/utf8"
)

// Span is a half-open range of byte offsets [Start, End) into a Document's
// cleaned Text. Inside the program every stage speaks in byte spans; records
// written out convert them to code-point offsets with Document.Evidence.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// DateSource says how a document's publication date was learnt.
type DateSource string

// The ways a publication date can be known, from most to least direct.
const (
	DateFromMetadata DateSource = "metadata" // given with the document (JSON field, flag, HTML meta)
	DateFromURL      DateSource = "url"      // a /2019/02/04/ path in the URL
	DateFromText     DateSource = "text"     // a dateline, date stamp or dated caption in the text
	DateInferred     DateSource = "inferred" // worked out by a later step
	DateUnknown      DateSource = "unknown"  // nowhere to be found; Published is empty
)

// Dropped records a stretch of the raw text that cleaning removed and the
// rule that removed it, so nothing leaves a document silently.
type Dropped struct {
	Raw  Span   `json:"raw"`  // byte offsets into Document.Raw
	Rule string `json:"rule"` // name of the boilerplate rule that matched
	Text string `json:"text"`
}

// Document is one report as read and cleaned. Raw is what the reader
// produced (for HTML, the main content); Text is the cleaned text that every
// Span and every evidence offset points into.
type Document struct {
	ID     string `json:"id"`
	Origin string `json:"origin,omitempty"` // file path (and line) or URL the document came from
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title,omitempty"`
	// Published is the publication day, empty when unknown.
	Published    Date       `json:"published"`
	PublishedHow DateSource `json:"published_how"`
	Raw          string     `json:"-"`
	Text         string     `json:"text"`
	Dropped      []Dropped  `json:"dropped,omitempty"`
	// Hash is the hex SHA-256 of Raw: the same report read twice has the same hash.
	Hash string `json:"hash,omitempty"`
	// DuplicateOf names an earlier document this one nearly repeats (a wire
	// copy republished with small edits), or is empty.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// SupersededBy names the document that replaced this one: a revised
	// version of the same report (same id, nearly the same text), whose
	// records replaced this version's. Empty for a current document.
	SupersededBy string `json:"superseded_by,omitempty"`
	// Notes are what the flow wants its user to know of this document: a
	// limit it hit, a reading it had to assume.
	Notes []string `json:"notes,omitempty"`
	// Encoding is the character encoding the input was read in, and how
	// that was known when it was not plain UTF-8 ("windows-1256 (meta
	// charset)", "windows-1252 (assumed: ...)"); empty when the reader had
	// no choice to make (JSON, feeds, text files, which must be UTF-8).
	Encoding string `json:"encoding,omitempty"`

	runes *runeIndex // lazily built byte→rune index, see RuneOffset
}

// runeIndex locates the runes of more than one byte in a text: the bytes
// between them are one rune each, so a byte offset's rune offset is the
// offset less the extra bytes of the wide runes before it.
type runeIndex struct {
	text  string  // the text it was built for
	start []int32 // byte offset of each wide rune
	end   []int32 // and the offset after it
	extra []int32 // extra bytes of the wide runes up to and including it
}

func newRuneIndex(text string) *runeIndex {
	x := &runeIndex{text: text}
	extra := int32(0)
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(text[i:])
		if w > 1 {
			extra += int32(w - 1)
			x.start = append(x.start, int32(i))
			x.end = append(x.end, int32(i+w))
			x.extra = append(x.extra, extra)
		}
		i += w
	}
	return x
}

// offset is the rune offset of byte b (0 ≤ b ≤ len(text)); a byte inside
// a wide rune is that rune's offset.
func (x *runeIndex) offset(b int) int {
	// the last wide rune starting before b
	j := sort.Search(len(x.start), func(k int) bool { return int(x.start[k]) >= b }) - 1
	if j < 0 {
		return b
	}
	if b < int(x.end[j]) {
		before := x.extra[j] - (x.end[j] - x.start[j] - 1)
		return int(x.start[j] - before)
	}
	return b - int(x.extra[j])
}

// RuneOffset converts a byte offset into Text to a code-point offset.
func (d *Document) RuneOffset(b int) int {
	if d.runes == nil || d.runes.text != d.Text {
		d.runes = newRuneIndex(d.Text)
	}
	if b < 0 {
		return 0
	}
	if b > len(d.Text) {
		b = len(d.Text)
	}
	return d.runes.offset(b)
}

// Evidence turns a byte span of Text into an output evidence record with
// code-point offsets and the text itself.
func (d *Document) Evidence(s Span) Evidence {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(d.Text) {
		s.End = len(d.Text)
	}
	if s.End < s.Start {
		s.End = s.Start
	}
	return Evidence{Doc: d.ID, Start: d.RuneOffset(s.Start), End: d.RuneOffset(s.End), Text: d.Text[s.Start:s.End]}
}

// Source returns the document as the source of a record.
func (d *Document) Source() Source {
	return Source{Doc: d.ID, URL: d.URL, Outlet: d.Outlet, Published: d.Published, Title: d.Title}
}

// Date is a calendar day written YYYY-MM-DD; the empty Date means unknown and
// is written as JSON null.
type Date string

// DateOf returns the day of t.
func DateOf(t time.Time) Date { return Date(t.Format(time.DateOnly)) }

// ParseDate checks that s is a YYYY-MM-DD day and returns it.
func ParseDate(s string) (Date, error) {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return Date(s), nil
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d == "" }

// Time returns midnight UTC of the day, or the zero time when unknown.
func (d Date) Time() time.Time {
	t, err := time.Parse(time.DateOnly, string(d))
	if err != nil {
		return time.Time{}
	}
	return t
}

// MarshalJSON writes the day, or null when unknown.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// UnmarshalJSON reads a day or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = Date(s)
	return nil
}

// Precisions of an event date (ACLED time_precision 1–3, and year).
const (
	PrecisionDay   = "day"
	PrecisionWeek  = "week"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// Count is a reported number as low ≤ best ≤ high; each bound may be absent
// (nil). "At least 12" is 12/12/nil, "up to 90" nil/90/90, "5,000 to 6,000"
// 5000/5500/6000. A zero-value Count says nothing.
type Count struct {
	Low  *int `json:"low"`
	Best *int `json:"best"`
	High *int `json:"high"`
}

// Int returns a pointer to n, for building Counts.
func Int(n int) *int { return &n }

// Exact is a count stated as one number.
func Exact(n int) Count { return Count{Low: Int(n), Best: Int(n), High: Int(n)} }

// AtLeast is a count with a floor and no ceiling ("at least", "more than").
func AtLeast(n int) Count { return Count{Low: Int(n), Best: Int(n)} }

// UpTo is a count with a ceiling and no floor ("up to", "as many as").
func UpTo(n int) Count { return Count{Best: Int(n), High: Int(n)} }

// Between is a stated range; best is the midpoint.
func Between(lo, hi int) Count {
	if hi < lo {
		lo, hi = hi, lo
	}
	return Count{Low: Int(lo), Best: Int((lo + hi) / 2), High: Int(hi)}
}

// IsZero reports whether the count says nothing at all.
func (c Count) IsZero() bool { return c.Low == nil && c.Best == nil && c.High == nil }

// BestOr returns the best estimate, or def when there is none.
func (c Count) BestOr(def int) int {
	if c.Best != nil {
		return *c.Best
	}
	if c.Low != nil {
		return *c.Low
	}
	if c.High != nil {
		return *c.High
	}
	return def
}

// Add sums two counts bound by bound; a bound unknown in either side is
// unknown in the sum, except that an empty count adds nothing.
func (c Count) Add(o Count) Count {
	if c.IsZero() {
		return o
	}
	if o.IsZero() {
		return c
	}
	add := func(a, b *int) *int {
		if a == nil || b == nil {
			return nil
		}
		return Int(*a + *b)
	}
	best := add(c.Best, o.Best)
	if best == nil {
		best = Int(c.BestOr(0) + o.BestOr(0))
	}
	return Count{Low: add(c.Low, o.Low), Best: best, High: add(c.High, o.High)}
}

// String writes the count as low/best/high with "-" for an absent bound,
// the form used in tests and tables.
func (c Count) String() string {
	f := func(p *int) string {
		if p == nil {
			return "-"
		}
		return strconv.Itoa(*p)
	}
	return f(c.Low) + "/" + f(c.Best) + "/" + f(c.High)
}

// MarshalJSON writes null for a count that says nothing.
func (c Count) MarshalJSON() ([]byte, error) {
	if c.IsZero() {
		return []byte("null"), nil
	}
	type plain Count
	return json.Marshal(plain(c))
}

// UnmarshalJSON reads a count object or null.
func (c *Count) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*c = Count{}
		return nil
	}
	type plain Count
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*c = Count(p)
	return nil
}

// Casualty kinds.
const (
	Killed   = "killed"
	Wounded  = "wounded"
	Abducted = "abducted"
	Arrested = "arrested"
)

// Casualty is one figure as a report gives it: who, how many, what happened
// to them, and the words it came from.
type Casualty struct {
	Kind  string `json:"kind"`  // killed, wounded, abducted, arrested
	Group string `json:"group"` // civilians, soldiers, police, militants, people, …
	Count
	Text string `json:"text"`
	Span Span   `json:"-"`
}

// MarshalJSON flattens the count into the casualty object as the spec shows.
func (c Casualty) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Kind  string `json:"kind"`
		Group string `json:"group"`
		Low   *int   `json:"low"`
		Best  *int   `json:"best"`
		High  *int   `json:"high"`
		Text  string `json:"text"`
	}{c.Kind, c.Group, c.Low, c.Best, c.High, c.Text})
}

// UnmarshalJSON reads the flat casualty object MarshalJSON writes.
func (c *Casualty) UnmarshalJSON(b []byte) error {
	var v struct {
		Kind  string `json:"kind"`
		Group string `json:"group"`
		Low   *int   `json:"low"`
		Best  *int   `json:"best"`
		High  *int   `json:"high"`
		Text  string `json:"text"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = Casualty{Kind: v.Kind, Group: v.Group, Count: Count{Low: v.Low, Best: v.Best, High: v.High}, Text: v.Text}
	return nil
}

// Location is where an incident happened.
type Location struct {
	Name      string   `json:"name"`
	Admin1    string   `json:"admin1,omitempty"`
	Country   string   `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Precision int      `json:"precision"` // ACLED geo_precision: 1 place, 2 nearby/enclosing place, 3 province
	GeonameID *int64   `json:"geonameid"`
	// Within is the enclosing town or city when the report gives one.
	Within string `json:"within,omitempty"`
	// Relative keeps an offset the report gave ("50 km west of Mosul").
	Relative string `json:"relative,omitempty"`
	// Gazetteer names the gazetteer the coordinates came from.
	Gazetteer string `json:"gazetteer,omitempty"`
}

// HasPoint reports whether the location has coordinates.
func (l *Location) HasPoint() bool { return l != nil && l.Lat != nil && l.Lon != nil }

// Evidence is a span of a document's cleaned text in code points, with the
// text itself, as written in records.
type Evidence struct {
	Doc   string `json:"doc,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Source is a report that describes an event. An event extracted from one
// report has that report as its only source; an event merged from several
// reports (package merge) lists each, with the record it contributed and
// the figures it gave.
type Source struct {
	Doc       string `json:"doc"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Published Date   `json:"published"`
	Title     string `json:"title,omitempty"`
	// Record is the id of the record extracted from this report, once
	// merged into an event of several reports.
	Record string `json:"record,omitempty"`
	// CopyOf names the report this one repeats (a wire copy): the two
	// count as one source.
	CopyOf string `json:"copy_of,omitempty"`
	// Killed and Wounded are the figures this report gave, once merged.
	Killed  Count `json:"killed"`
	Wounded Count `json:"wounded"`
}

// MarshalJSON writes an absent URL or outlet as null, as EVENTS.md shows.
func (s Source) MarshalJSON() ([]byte, error) {
	null := func(v string) *string {
		if v == "" {
			return nil
		}
		return &v
	}
	return json.Marshal(sourceJSON{s.Doc, null(s.URL), null(s.Outlet), s.Published, s.Title,
		s.Record, s.CopyOf, countOrNil(s.Killed), countOrNil(s.Wounded)})
}

// sourceJSON is the written form of a Source.
type sourceJSON struct {
	Doc       string  `json:"doc"`
	URL       *string `json:"url"`
	Outlet    *string `json:"outlet"`
	Published Date    `json:"published"`
	Title     string  `json:"title,omitempty"`
	Record    string  `json:"record,omitempty"`
	CopyOf    string  `json:"copy_of,omitempty"`
	Killed    *Count  `json:"killed,omitempty"`
	Wounded   *Count  `json:"wounded,omitempty"`
}

func countOrNil(c Count) *Count {
	if c.IsZero() {
		return nil
	}
	return &c
}

// UnmarshalJSON reads a source, null fields as empty.
func (s *Source) UnmarshalJSON(b []byte) error {
	var v sourceJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Source{Doc: v.Doc, Published: v.Published, Title: v.Title, Record: v.Record, CopyOf: v.CopyOf}
	if v.URL != nil {
		s.URL = *v.URL
	}
	if v.Outlet != nil {
		s.Outlet = *v.Outlet
	}
	if v.Killed != nil {
		s.Killed = *v.Killed
	}
	if v.Wounded != nil {
		s.Wounded = *v.Wounded
	}
	return nil
}

// Event is one incident, the record of EVENTS.md.
type Event struct {
	Record        string     `json:"record"` // always "event"
	ID            string     `json:"id"`
	Doc           string     `json:"doc"`
	Date          Date       `json:"date"`
	DatePrecision string     `json:"date_precision,omitempty"`
	EventType     string     `json:"event_type"`
	SubEventType  string     `json:"sub_event_type"`
	Actor1        string     `json:"actor1"`
	Actor2        string     `json:"actor2"`
	Location      *Location  `json:"location"`
	Fatalities    *int       `json:"fatalities"`
	Killed        Count      `json:"killed"`
	Wounded       Count      `json:"wounded"`
	Casualties    []Casualty `json:"casualties"`
	Evidence      []Evidence `json:"evidence"`
	Sources       []Source   `json:"sources"`
	Confidence    float64    `json:"confidence"`
	// FieldEvidence maps a field name (date, event_type, actor1, actor2,
	// location, killed, wounded) to the words it rests on.
	FieldEvidence map[string]Evidence `json:"field_evidence,omitempty"`
	// Notes explain choices a coder would want to see ("date from 'on
	// Tuesday' against publication 2017-06-04").
	Notes []string `json:"notes,omitempty"`
	// Corrections are the analyst's changes laid over what the reports
	// said, oldest first; Deleted is set by one that deletes the event.
	Corrections []Correction `json:"corrections,omitempty"`
	Deleted     bool         `json:"deleted,omitempty"`
}

// SourceCount is how many sources tell the event: its reports, a wire copy
// and its original once (an event without sources has its own document).
func (e *Event) SourceCount() int {
	seen := make(map[string]bool, len(e.Sources))
	for _, s := range e.Sources {
		k := s.Doc
		if s.CopyOf != "" {
			k = s.CopyOf
		}
		seen[k] = true
	}
	if len(seen) == 0 && e.Doc != "" {
		return 1
	}
	return len(seen)
}

// Figure kinds (the "what" of a figure record).
const (
	FigureKilled           = "killed"
	FigureWounded          = "wounded"
	FigureDisplaced        = "displaced"
	FigureReturned         = "returned"
	FigureFighters         = "fighters"
	FigureCiviliansTrapped = "civilians_trapped"
	FigureDistrictsRetaken = "districts_retaken"
	FigureArrested         = "arrested"
	FigureOther            = "other"
)

// Figure is a cumulative or standing number that is not one incident:
// displaced people, force sizes, running tolls.
type Figure struct {
	Record   string     `json:"record"` // always "figure"
	Doc      string     `json:"doc"`
	What     string     `json:"what"`
	Group    string     `json:"group,omitempty"`
	Value    Count      `json:"value"`
	Place    *Location  `json:"place"`
	AsOf     Date       `json:"as_of"`
	Period   string     `json:"period"`
	Evidence []Evidence `json:"evidence"`
}

// Place is one entry of a gazetteer: the embedded GeoNames default or a
// user's list (a GeoNames dump, a CSV) imported into the store.
type Place struct {
	// ID is the GeoNames id for GeoNames entries; user entries without one
	// get a negative id unique within their gazetteer.
	ID         int64    `json:"id"`
	Name       string   `json:"name"`
	Alternates []string `json:"alternates,omitempty"` // other spellings, any script
	Lat        float64  `json:"lat"`
	Lon        float64  `json:"lon"`
	Country    string   `json:"country"`          // ISO 3166-1 alpha-2
	Admin1     string   `json:"admin1,omitempty"` // first-level division name ("Nineveh")
	Admin2     string   `json:"admin2,omitempty"` // second-level division name ("Mosul"), when known
	// Feature is the GeoNames feature class and code ("P.PPLA", "A.ADM1");
	// user entries without one are "P.PPL".
	Feature    string `json:"feature,omitempty"`
	Population int64  `json:"population,omitempty"`
	// Gazetteer names the list the entry came from ("geonames", or the name
	// given at import, such as "iom_dtm_iraq").
	Gazetteer string `json:"gazetteer"`
}
