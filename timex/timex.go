// Package timex finds date expressions in report text and resolves them
// against the report's publication date: "on Tuesday" in a piece published
// on Sunday 2017-06-04 is 2017-05-30, "last month" is May 2017, "since
// October" opens a period. The rules follow the annotation conventions of
// the development set (news-dev README): weekdays resolve to the most
// recent such day on or before publication, "overnight" takes the first
// night, a day that is only the day something was said is a Reporting
// expression, and dates far before publication are Background.
//
// The words the grammar is made of (months, weekdays, number words,
// reporting verbs, names that contain a weekday) are in lexicon.txt,
// embedded and extensible with LoadLexicon.
package timex

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep"
)

// Kind says what a date expression dates.
type Kind int

// The kinds of date expression.
const (
	// Point is when an incident happened: "on Tuesday", "yesterday",
	// "June 3, 2017", "last week".
	Point Kind = iota + 1
	// Period is a span that makes a number cumulative: "since October",
	// "in the past 24 hours", "over 5 bloody days", "throughout the
	// campaign", "so far this year", "during September", "as of Saturday".
	Period
	// Reporting is the day something was said, not done: "said on Sunday".
	Reporting
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Point:
		return "point"
	case Period:
		return "period"
	case Reporting:
		return "reporting"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Expr is one date expression found in a text.
type Expr struct {
	Span sitrep.Span // byte offsets into the text given to Find
	Text string
	Kind Kind
	// Date is the resolved day: the first day of a week, month or year.
	// For a Period it is the first day when the text gives one ("since
	// October" → 10-01), otherwise the day the period is counted to ("as of
	// Saturday", "in the past 24 hours"). Empty when it cannot be resolved
	// (a relative word and no publication date; "throughout the campaign").
	Date sitrep.Date
	// End is the last day of a Period when known ("since October" in a
	// piece published 2016-11-17 ends 2016-11-17), or of a Point written as
	// a range of days ("June 3-5").
	End sitrep.Date
	// Precision of Date: sitrep.PrecisionDay, Week, Month or Year.
	Precision string
	// Relative is set when Date was worked out from the publication date.
	Relative bool
	// Background is set for a Point that ends more than 60 days before the
	// publication date ("the fall of Mosul in June 2014" in a 2017 piece):
	// history, not news.
	Background bool
	// Weekday, Month and Day are what the words themselves say of the day,
	// whether or not Date could be worked out: the day of the week (1–7
	// for Sunday–Saturday, 0 when not written) and the month and day of
	// the month (0 when not written). In a report with no publication date
	// "on Monday" and "on Nov. 23" have no Date, but still tell one day
	// from another.
	Weekday, Month, Day int
	// Note is one line of reasoning: "'on Tuesday' before Sunday 2017-06-04 → 2017-05-30".
	Note string
}

// BackgroundDays is how far before publication a Point must end to be
// Background.
const BackgroundDays = 60

// Find returns the date expressions in span of text, in order, resolved
// against published (which may be empty: relative expressions then have an
// empty Date and a Note saying why). Expressions such as "the previous
// day" resolve against the last dated Point found before them in the same
// call.
func Find(text string, span sitrep.Span, published sitrep.Date) []Expr {
	return FindAfter(text, span, published, "")
}

// FindAfter is Find for a span that continues a text already read:
// expressions relative to another day ("later in the day", "the next
// day", "that night") resolve against anchor, the last day the text told
// before the span, until the span gives a day of its own. An empty anchor
// makes it Find.
func FindAfter(text string, span sitrep.Span, published, anchor sitrep.Date) []Expr {
	start, end := span.Start, span.End
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if start >= end {
		return nil
	}
	s := getScanner()
	defer putScanner(s)
	s.reset(text, published)
	if anchor != "" {
		// (no parse of an empty anchor: its error is made, then dropped)
		if t, err := time.Parse(time.DateOnly, string(anchor)); err == nil {
			s.anchor, s.hasAnchor = t, true
		}
	}
	// inherited: the anchor is a day told before the span; a day of
	// telling in the span itself ("troops said on Monday that they had
	// killed 11 insurgents the previous day") is nearer to a day counted
	// from it than a day told sentences before
	inherited := s.hasAnchor
	s.toks = tokenize(s.lex, text, start, end, s.toks)
	var out []Expr
	var at []int     // the token each expression starts at
	unanchored := -1 // the first expression relative to a day not yet told
	for i := 0; i < len(s.toks); {
		s.anchorMissing = false
		e, next, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		if namesAPlace(text, e.Span.End, end) {
			i = next // "July 7 road", "14 July Street": a name, not a date
			continue
		}
		if e.Date == "" && s.anchorMissing && unanchored < 0 {
			unanchored = len(out)
		}
		out = append(out, e)
		at = append(at, i)
		if e.Kind == Point && e.Date != "" && e.Precision == sitrep.PrecisionDay {
			s.anchor, s.hasAnchor = e.Date.Time(), true
			inherited, s.hasTelling = false, false
		} else if e.Kind == Reporting && e.Date != "" && e.Precision == sitrep.PrecisionDay && inherited {
			s.telling, s.hasTelling = e.Date.Time(), true
		} else if e.Kind == Reporting && e.Date != "" && e.Precision == sitrep.PrecisionDay && !s.hasAnchor {
			// "said on Thursday that ... the previous day": the telling's
			// day, while the text has told no other
			s.anchor, s.hasAnchor = e.Date.Time(), true
		}
		i = next
	}
	s.hasTelling = false
	// "killed the previous day, the army said on Thursday": a day told
	// after an expression relative to another day, with none before it,
	// is the day it is relative to
	if unanchored >= 0 {
		for k := unanchored + 1; k < len(out); k++ {
			if d := out[k]; d.Date != "" && d.Precision == sitrep.PrecisionDay && (d.Kind == Point || d.Kind == Reporting) {
				s.anchor, s.hasAnchor = d.Date.Time(), true
				if e, _, ok := s.match(at[unanchored]); ok && e.Date != "" {
					out[unanchored] = e
				}
				break
			}
		}
	}
	return out
}

// placeNouns are nouns a date can name when it comes first: a street, a
// square, a bridge, a unit ("July 7 road", "the 14 July Bridge").
// (Not "city", "district", "hospital": "on Monday city officials said"
// is a date.)
var placeNouns = map[string]bool{
	"road": true, "street": true, "avenue": true, "square": true, "bridge": true, "highway": true,
	"boulevard": true, "stadium": true, "university": true, "brigade": true, "division": true,
	"movement": true,
}

// namesAPlace reports whether the word after byte pos (before end) is a
// noun a date names ("July 7 road").
func namesAPlace(text string, pos, end int) bool {
	for pos < end && (text[pos] == ' ' || text[pos] == '-') {
		pos++
	}
	k := pos
	for k < end && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') {
		k++
	}
	return k > pos && placeNouns[strings.ToLower(text[pos:k])]
}

// ParseDate reads one absolute date string: "June 3, 2017", "3 June 2017",
// "Oct. 17, 2016", "2017-06-04" (a time after it is ignored), "Wednesday,
// 11 March 2015", "the 10th of February 2018", "November 11th, 2015",
// "June 2014" (month precision), "2014" (year). ok is false when s is not
// one whole date with a year.
func ParseDate(s string) (d sitrep.Date, precision string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			rest := s[10:]
			if rest == "" || rest[0] == 'T' || rest[0] == ' ' {
				return sitrep.DateOf(t), sitrep.PrecisionDay, true
			}
		}
	}
	sc := getScanner()
	defer putScanner(sc)
	sc.reset(s, "")
	sc.loose = true
	sc.toks = tokenize(sc.lex, s, 0, len(s), sc.toks)
	n := len(sc.toks)
	for n > 0 && sc.toks[n-1].kind == tPunct && (sc.toks[n-1].p == '.' || sc.toks[n-1].p == ',') {
		n--
	}
	if n == 0 {
		return "", "", false
	}
	sc.toks = sc.toks[:n]
	var pf prefix
	j := 0
	if sc.toks[0].w != nil && sc.toks[0].w.kw == kwThe {
		// "the 10th of February 2018": the day-led rule reads "the" itself.
		j = 0
	}
	v, end, okc := sc.core(j, &pf)
	if !okc || end != n || v.k != vAbs {
		return "", "", false
	}
	t, valid := civil(v.y, v.m, v.d)
	if !valid {
		return "", "", false
	}
	return sitrep.DateOf(t), v.prec, true
}

// scanner holds the state of one Find or ParseDate call.
type scanner struct {
	lex       *lexicon
	text      string
	toks      []tok
	pub       time.Time
	hasPub    bool
	anchor    time.Time
	hasAnchor bool
	// telling is a day of telling in the span read, after an anchor
	// inherited from before it: a day counted from another ("the previous
	// day") counts from it
	telling    time.Time
	hasTelling bool
	// anchorMissing is set by resolve for an expression relative to a
	// day the text has not yet told ("the previous day")
	anchorMissing bool
	loose         bool // ParseDate: a bare year or month-year needs no context word
	coreStart     int  // the token a core is being read from
	pubText       string
	// parsed and parsedOK keep the last publication date reset parsed
	// (a report's sentences are read one call each, with the same date)
	parsed    sitrep.Date
	parsedPub time.Time
	parsedOK  bool
}

var scannerPool = sync.Pool{New: func() any { return &scanner{toks: make([]tok, 0, 128)} }}

func getScanner() *scanner { return scannerPool.Get().(*scanner) }

func putScanner(s *scanner) {
	if cap(s.toks) > 1<<16 {
		return
	}
	s.text = ""
	scannerPool.Put(s)
}

func (s *scanner) reset(text string, published sitrep.Date) {
	s.lex = lex()
	s.text = text
	s.toks = s.toks[:0]
	s.hasAnchor = false
	s.hasTelling = false
	s.loose = false
	s.hasPub = false
	s.pubText = ""
	if published != "" {
		if published != s.parsed {
			t, err := time.Parse(time.DateOnly, string(published))
			s.parsed, s.parsedPub, s.parsedOK = published, t, err == nil
		}
		if s.parsedOK {
			s.pub, s.hasPub = s.parsedPub, true
		}
	}
}

// civil returns the day y-m-d, and whether it exists.
func civil(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d && int(t.Month()) == m
}

// Written reads the words of one date expression (an event's date
// evidence) with no publication date, and returns what they say of the
// day: see Expr.Weekday, Month and Day. ok is false when they name no day
// of the week and no month and day.
func Written(text string) (weekday, month, day int, ok bool) {
	for _, e := range Find(text, sitrep.Span{Start: 0, End: len(text)}, "") {
		if e.Weekday > 0 || e.Month > 0 && e.Day > 0 {
			return e.Weekday, e.Month, e.Day, true
		}
	}
	return 0, 0, 0, false
}
