package merge

import (
	"hash/fnv"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/textutil"
	"github.com/sitrep/sitrep/timex"
)

// Record is one event record as extracted from one report, with what
// merging needs to know of the report: the unit that merging groups.
type Record struct {
	// Key names the record uniquely among all records merged together (the
	// store's event id). Ties in every ordering are broken by Key.
	Key string
	// Doc is the document the record was extracted from. Two records of one
	// document are never merged: extraction has already told them apart.
	Doc string
	// Source is the document's copy group: the original a wire copy repeats
	// (Document.DuplicateOf), or Doc itself. Records of one copy group count
	// as one source.
	Source string
	// Published is the document's publication day, or empty.
	Published sitrep.Date
	// Event is the record itself.
	Event *sitrep.Event

	f    features
	seen uint64   // the Component pass that last met the record (see Component)
	idx  *indexed // what an Index keeps with the record
	sib  *Record  // the record of the same document (by hash) an Index had before this one
	num  int32    // the record's number in the Index that holds it (Index.recs)
}

// NewRecord prepares a record of event e from document doc. doc's
// DuplicateOf, when set, names the copy group.
func NewRecord(key string, doc *sitrep.Document, e *sitrep.Event) *Record {
	src := doc.DuplicateOf
	if src == "" {
		src = doc.ID
	}
	r := &Record{Key: key, Doc: doc.ID, Source: src, Published: doc.Published, Event: e}
	r.Prepare()
	return r
}

// Copy returns the record of another report that tells r's event in the
// same words: key, doc and source (the copy group) its own, publication
// day and event r's. For an event that names neither its record nor its
// report (as those a store decodes for merging), it is the record
// NewRecord makes of that report's copy, without working the features out
// again: they are r's but for the report. The event is a copy of r's
// that shares what r's points to (location, counts, evidence), which no
// one changes: a record's event is replaced whole when read whole.
func (r *Record) Copy(key, doc, source string) *Record {
	e := *r.Event
	c := &Record{Key: key, Doc: doc, Source: source, Published: r.Published, Event: &e, f: r.f}
	h := fnv.New64a()
	h.Write([]byte(doc))
	c.f.doc = h.Sum64()
	return c
}

// Prepare works out, once, the features the rules compare. NewRecord calls
// it; a Record built by hand must call it before use.
func (r *Record) Prepare() {
	e := r.Event
	f := &r.f
	h := fnv.New64a()
	h.Write([]byte(r.Doc))
	f.doc = h.Sum64()
	f.kind = kindOf(e.SubEventType, e.EventType)
	f.sub = intern(strings.ToLower(strings.TrimSpace(e.SubEventType)))
	lo, hi, dated := dateInterval(e.Date, e.DatePrecision, r.Published)
	f.lo, f.hi, f.dated = int32(lo), int32(hi), dated
	f.weekday, f.month, f.mday = -1, 0, 0
	switch dated {
	case dayExact:
		t := time.Unix(int64(lo)*86400, 0).UTC()
		f.weekday, f.month, f.mday = int8(t.Weekday()), int8(t.Month()), int8(t.Day())
	case undated:
		// the words of a day without its year ("on Monday", "on Nov. 23")
		if ev, ok := e.FieldEvidence["date"]; ok {
			if wd, m, d, ok := timex.Written(ev.Text); ok {
				f.weekday, f.month, f.mday = int8(wd-1), int8(m), int8(d)
			}
		}
	}
	f.name, f.within, f.admin1, f.core = noSym, noSym, noSym, noSym
	f.precision, f.hasPoint, f.country = 0, false, noSym
	if l := e.Location; l != nil {
		f.name = placeKey(l.Name)
		f.core = coreOf(f.name)
		f.within = placeKey(l.Within)
		f.admin1 = placeKey(l.Admin1)
		f.country = intern(strings.ToUpper(strings.TrimSpace(l.Country)))
		f.precision = int8(min(max(l.Precision, 0), 9))
		if l.HasPoint() && !math.IsNaN(*l.Lat) && !math.IsNaN(*l.Lon) {
			f.hasPoint, f.lat, f.lon = true, *l.Lat, *l.Lon
			f.coslat = float32(math.Cos(f.lat * math.Pi / 180))
		}
	}
	f.actor1 = actorKey(e.Actor1)
	f.actor2 = actorKey(e.Actor2)
	f.killed = countRange(e.Killed)
	f.wounded = countRange(e.Wounded)
	f.evidence = evidenceKey(e.Evidence)
}

// evidenceKey folds a record's evidence texts as NameKey folds names, with
// a space at each end, so that a name key can be looked for in it as
// whole words.
func evidenceKey(ev []sitrep.Evidence) string {
	if len(ev) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteByte(' ')
	for _, e := range ev {
		b.WriteString(evidenceFolds.fold(e.Text))
		b.WriteByte(' ')
	}
	return b.String()
}

// evidenceFolds keeps the folds of the evidence texts folded last
// (textutil.StripArticles of textutil.NameKey, a function of the text
// alone). The copies of a story (wire copies, versions of a report) carry
// the same evidence texts, and a merge in a large store makes its
// candidates' records again from their stored fields (merge_records) each
// time it reads them: in 10,000 generated reports into a store of 40,000,
// folding evidence was 1.4 s of the writer's 20.8 s, and three folds in
// four were of a text folded before.
var evidenceFolds = foldMemo{m: map[string]string{}}

// foldMemoSize bounds foldMemo: past it the memo starts again empty
// (a few megabytes at most: evidence texts are a sentence or two).
const foldMemoSize = 1 << 14

// foldMemo is a bounded memo of the folds of evidence texts, safe for use
// by the workers (records prepared as they are read) and the writer.
type foldMemo struct {
	mu sync.Mutex
	m  map[string]string
}

// fold returns textutil.StripArticles(textutil.NameKey(s)).
func (c *foldMemo) fold(s string) string {
	c.mu.Lock()
	k, ok := c.m[s]
	c.mu.Unlock()
	if ok {
		return k
	}
	k = textutil.StripArticles(textutil.NameKey(s))
	c.mu.Lock()
	if len(c.m) >= foldMemoSize {
		clear(c.m)
	}
	// copies: an evidence text may be a slice of its whole report, and
	// its fold a slice of the text
	k = strings.Clone(k)
	c.m[strings.Clone(s)] = k
	c.mu.Unlock()
	return k
}

// mentions reports whether the record's evidence names a place key, as
// the key or in a spelling close to it (closeSpelling).
func (f *features) mentions(key sym) bool {
	if key == noSym || f.evidence == "" {
		return false
	}
	k := key.Value()
	if strings.Contains(f.evidence, " "+k+" ") {
		return true
	}
	if !spellable(k) {
		return false
	}
	// windows of as many words as the key, compared as spellings
	n := strings.Count(k, " ") + 1
	words := strings.Fields(f.evidence)
	for i := 0; i+n <= len(words); i++ {
		w := words[i]
		if n > 1 {
			w = strings.Join(words[i:i+n], " ")
		}
		if abs(len(w)-len(k)) <= 2 && closeSpelling(k, w) {
			return true
		}
	}
	return false
}

// features are the parts of a record the rules compare, normalised once
// (and kept small: a merge may hold millions).
type features struct {
	doc          uint64 // hash of Doc, to tell reports apart without reading their ids
	kind         kind
	dated        dating // how the interval is known
	weekday      int8   // the incident's day of the week (time.Weekday), or -1: known from its day, or all an undated report says of it
	month, mday  int8   // the incident's month and day of the month, or 0: known from its day, or all an undated report says of it
	precision    int8   // of the location
	hasPoint     bool
	lo, hi       int32 // the days the incident may have happened on (day numbers, inclusive)
	sub          sym   // sub-event type, lower case
	name, within sym   // place name keys
	core         sym   // the place name's core (coreOf)
	admin1       sym
	country      sym
	lat, lon     float64
	coslat       float32 // cosine of lat, for distances
	actor1       sym     // actor keys; "" for none, unknown or unidentified
	actor2       sym
	killed       span
	wounded      span
	evidence     string // evidenceKey of the evidence
}

// sym is an interned string: names and types repeat across millions of
// records. A sym is a number in a table of the strings met (symbols), a
// quarter of a string's size, compared as a number, and free of pointers:
// a merge holding millions of records has the collector follow none of
// their names. The table keeps every string it is given, as the caches of
// place cores and actor sides do: records name a few thousand places and
// actors, not millions.
type sym uint32

// noSym is the empty string's sym.
const noSym sym = 0

// symChunk is how many strings a chunk of the table holds.
const symChunk = 1 << 12

// symbols is the table of interned strings: chunks of symChunk strings,
// written once under mu, read without a lock (a sym is handed out only
// after its string is written).
var symbols struct {
	mu     sync.Mutex
	ids    sync.Map // string -> sym
	n      uint32
	chunks [1 << 14]atomic.Pointer[[symChunk]string] // room for 67 million strings
}

func init() {
	symbols.chunks[0].Store(new([symChunk]string))
	symbols.ids.Store("", noSym)
	symbols.n = 1
}

// intern returns the sym of a string.
func intern(s string) sym {
	if v, ok := symbols.ids.Load(s); ok {
		return v.(sym)
	}
	symbols.mu.Lock()
	defer symbols.mu.Unlock()
	if v, ok := symbols.ids.Load(s); ok {
		return v.(sym)
	}
	n := symbols.n
	if int(n/symChunk) >= len(symbols.chunks) {
		panic("merge: more distinct names than the symbol table holds")
	}
	c := &symbols.chunks[n/symChunk]
	if c.Load() == nil {
		c.Store(new([symChunk]string))
	}
	s = strings.Clone(s)
	c.Load()[n%symChunk] = s
	symbols.n++
	symbols.ids.Store(s, sym(n))
	return sym(n)
}

// Value returns the string a sym stands for.
func (x sym) Value() string { return symbols.chunks[x/symChunk].Load()[x%symChunk] }

// dating says how a record's day interval is known.
type dating uint8

const (
	undated   dating = iota // nothing known: any day
	published               // no incident date; the report's news window before publication
	dayExact                // an incident day
	imprecise               // an incident week, month or year
)

// newsWindow is how long before its publication a report's undated
// incident may have happened (the corpora's annotation convention: about a
// month).
const newsWindow = 30

// dayNumber counts days since 1970-01-01.
func dayNumber(t time.Time) int { return int(t.Unix() / 86400) }

// dateInterval returns the days an incident may have happened on.
func dateInterval(d sitrep.Date, precision string, pub sitrep.Date) (lo, hi int, how dating) {
	if t := d.Time(); !t.IsZero() {
		lo, hi, how = incidentInterval(t, precision)
		// a report tells of nothing after it was published: a week or a
		// month given for an incident ends on the publication day at the
		// latest
		if p := pub.Time(); !p.IsZero() {
			if last := dayNumber(p); last < hi && last >= lo {
				hi = last
			}
		}
		return lo, hi, how
	}
	if t := pub.Time(); !t.IsZero() {
		n := dayNumber(t)
		return n - newsWindow, n, published
	}
	return math.MinInt32 / 2, math.MaxInt32 / 2, undated
}

// incidentInterval returns the days an incident date of a precision
// covers.
func incidentInterval(t time.Time, precision string) (lo, hi int, how dating) {
	{
		n := dayNumber(t)
		switch precision {
		case "", sitrep.PrecisionDay:
			return n, n, dayExact
		case sitrep.PrecisionWeek:
			// a week's date is a day inside it, or a fallback a report gave
			return n - 6, n + 6, imprecise
		case sitrep.PrecisionMonth:
			first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
			return dayNumber(first), dayNumber(first.AddDate(0, 1, -1)), imprecise
		default: // year
			first := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
			return dayNumber(first), dayNumber(first.AddDate(1, 0, -1)), imprecise
		}
	}
}

// loose reports a record whose incident day is known to no better than a
// couple of weeks: such a record may join an incident only when no other
// incident could as well take it.
func (f *features) loose() bool {
	return f.dated == undated || f.hi-f.lo > 14
}

// span is a count as an interval of plausible values; ok is false when the
// record gives no figure.
type span struct {
	lo, best, hi int32
	ok           bool
}

// countRange reads a count: at least N runs to infinity, up to N from 0.
func countRange(c sitrep.Count) span {
	if c.IsZero() {
		return span{}
	}
	clamp := func(n int) int32 { return int32(min(max(n, 0), math.MaxInt32/4)) }
	best := clamp(c.BestOr(0))
	s := span{lo: best, best: best, hi: best, ok: true}
	if c.Low != nil {
		s.lo = clamp(*c.Low)
	} else if c.High != nil {
		s.lo = 0
	}
	if c.High != nil {
		s.hi = clamp(*c.High)
	} else if c.Low != nil {
		// "at least 15" rarely means 40: an open figure reaches to twice
		// its floor when compared
		s.hi = 2*s.lo + 2
	}
	return s
}

// placeKey folds a place name for comparison: NameKey without the Arabic
// article ("al-Nuri" and "Nuri" agree). Keys are interned: a million
// records name a few thousand places, so the keys are kept by the name
// as written too (placeKeys), and folded once.
func placeKey(s string) sym {
	if v, ok := placeKeys.Load(s); ok {
		return v.(sym)
	}
	k := intern(textutil.StripArticles(textutil.NameKey(s)))
	placeKeys.Store(strings.Clone(s), k)
	return k
}

// placeKeys caches placeKey's keys by the name as written.
var placeKeys sync.Map

// actorKey folds an actor name to its side (sideOf); names that say nobody in particular
// ("unknown", "militants (unidentified)", "civilians") give "", since two
// reports agreeing on them says nothing about being one incident.
func actorKey(s string) sym {
	k := strings.ToLower(strings.TrimSpace(s))
	switch {
	case k == "", k == "unknown", k == "none", k == "civilians":
		return noSym
	case strings.Contains(k, "unidentified"):
		return noSym
	}
	if v, ok := sides.Load(k); ok {
		return v.(sym)
	}
	key := intern(sideOf(strings.TrimSpace(s)))
	sides.Store(k, key)
	return key
}

// sides caches actorKey's keys by folded name: records name a few hundred
// actors between them.
var sides sync.Map

// sideOf names the side an actor fights on as the actor dictionary has
// it: the actor a part belongs to (the Counter-Terrorism Service is of the
// Iraqi Security Forces), folded. Two reports naming an actor and a part
// of it do not contradict each other. A name the dictionary lacks is its
// own side.
func sideOf(name string) string {
	d := actors.Default()
	a := d.Lookup(name)
	for hops := 0; a != nil && a.Parent != "" && hops < 8; hops++ {
		p := d.Lookup(a.Parent)
		if p == nil {
			break
		}
		a = p
	}
	if a == nil {
		return strings.ToLower(name)
	}
	return strings.ToLower(a.Name)
}

// kmPerDegree is the length of a degree of latitude.
const kmPerDegree = 6371.0 * math.Pi / 180

// distanceKM is the distance between two records' points: equirectangular,
// within a fraction of a percent of the great circle at the few hundred
// km the rules look at, and much cheaper.
func distanceKM(a, b *features) float64 {
	dlon := math.Abs(b.lon - a.lon)
	if dlon > 180 {
		dlon = 360 - dlon
	}
	x := dlon * float64(a.coslat+b.coslat) / 2
	y := b.lat - a.lat
	return kmPerDegree * math.Sqrt(x*x+y*y)
}

// dayTime is midnight UTC of a day number.
func dayTime(n int) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

// sameDoc reports two records of one report.
func sameDoc(a, b *Record) bool { return a.f.doc == b.f.doc && a.Doc == b.Doc }
