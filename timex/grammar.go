package timex

// The grammar: an expression is a run of prefix words ("late on", "since",
// "in the early hours of"), a core that carries the date ("Tuesday",
// "June 3, 2017", "last month", "two days ago"), and suffix words
// ("night", "into Wednesday", "to June 5"). Cores are tried at every
// token; prefix words are skipped over until a core is found.

import "strings"

// vkind is what a core says about the date.
type vkind uint8

const (
	vAbs      vkind = iota + 1 // y-m-d (or y-m, y) as written
	vMonthDay                  // month and day, year from the publication date
	vMonth                     // month, year from the publication date
	vWeekday                   // weekday, resolved against the publication date
	vOffset                    // days from publication ("yesterday", "two days ago")
	vWeekRel                   // weeks from the publication week ("last week")
	vMonthRel                  // months from the publication month ("last month")
	vYearRel                   // years from the publication year ("last year")
	vWeekend                   // the most recent weekend
	vAnchor                    // days from the previous dated Point ("the previous day")
	vPast                      // a period ending at publication ("the past 24 hours")
	vEndPub                    // a period counted to publication, start unknown ("so far")
	vNone                      // a period tied to an event ("throughout the campaign")
	vFeast                     // a movable feast day, off days from Western Easter ("Easter Sunday", "Good Friday")
)

// Modes of a weekday, month or weekend.
const (
	modeRecent     = iota // on or before publication ("on Tuesday")
	modeLast              // strictly before ("last Friday")
	modeNext              // strictly after ("next Friday")
	modeWeekBefore        // that weekday of the week before publication's ("on Wednesday last week")
	modeYearOff           // a month of the year off years from publication's ("June last year")
)

// val is what a core found.
type val struct {
	k       vkind
	y, m, d int
	prec    string
	wd      int  // weekday 0–6
	wdCheck int  // weekday written beside an absolute date, +1
	mode    int  // modeRecent, modeLast, modeNext
	off     int  // offset in days (or weeks, months, years for the *Rel kinds)
	approx  bool // "a few days ago"
	period  bool // the core is itself a period
	dayLike bool // the core names one day (a weekday, a date, "yesterday")
	what    string
	endD    int // last day of a "June 3-5" range, 0 when none
}

// prefix records the words read before a core.
type prefix struct {
	since, during, throughout, asOf, soFar, from, between  bool
	over, forDur, within, in                               bool
	overnight, into, night, startOf, endOf, ctx, the, onAt bool
	overnightAt, soFarAt                                   int
}

func newPrefix() prefix { return prefix{overnightAt: -1, soFarAt: -1} }

func (p *prefix) periodic() bool {
	return p.since || p.during || p.throughout || p.asOf || p.soFar || p.from || p.between
}

// Accessors that are safe past the end of the tokens.

func (s *scanner) kw(j int) keyword {
	if j < 0 || j >= len(s.toks) || s.toks[j].w == nil {
		return kwNone
	}
	return s.toks[j].w.kw
}

func (s *scanner) word(j int) *word {
	if j < 0 || j >= len(s.toks) {
		return nil
	}
	return s.toks[j].w
}

// tokAt is token j, or nil past the ends.
func (s *scanner) tokAt(j int) *tok {
	if j < 0 || j >= len(s.toks) {
		return nil
	}
	return &s.toks[j]
}

func (s *scanner) punct(j int, c byte) bool {
	return j >= 0 && j < len(s.toks) && s.toks[j].kind == tPunct && s.toks[j].p == c
}

// joined reports whether token j continues the phrase: it exists, and no
// line break stands before it unless it opens the core being read.
func (s *scanner) joined(j int) bool {
	return j >= 0 && j < len(s.toks) && (!s.toks[j].nl || j == s.coreStart)
}

func (s *scanner) isYear(j int) bool {
	if !s.joined(j) {
		return false
	}
	t := s.toks[j]
	return t.kind == tNum && t.digits == 4 && !t.ord && !t.glued && t.n >= 1900 && t.n <= 2100
}

func (s *scanner) isDay(j int) bool {
	if !s.joined(j) {
		return false
	}
	t := s.toks[j]
	return t.kind == tNum && t.digits <= 2 && !t.glued && t.n >= 1 && t.n <= 31
}

// monthAt reads a month name at j (and the full stop of an abbreviation),
// returning the month and the next token. Month names that are also words
// ("May", "March") count only when capitalised.
func (s *scanner) monthAt(j int) (m, next int, ok bool) {
	if !s.joined(j) {
		return 0, 0, false
	}
	t := s.toks[j]
	if t.kind != tWord || t.w == nil || t.w.month == 0 {
		return 0, 0, false
	}
	if t.w.ambiguous && !t.cap {
		return 0, 0, false
	}
	next = j + 1
	if t.w.abbrev && s.punct(next, '.') && s.toks[next].start == t.end {
		next++
	}
	return int(t.w.month), next, true
}

// numAt reads a count at j: digits, a number word ("two", "twenty-four"),
// "a"/"an", "a few", "several", "a couple of".
func (s *scanner) numAt(j int) (n int, vague bool, next int, ok bool) {
	if !s.joined(j) {
		return 0, false, 0, false
	}
	t := s.toks[j]
	if t.kind == tNum {
		if t.ord || t.digits > 4 {
			return 0, false, 0, false
		}
		return t.n, false, j + 1, true
	}
	w := t.w
	if w == nil || w.number == 0 {
		return 0, false, 0, false
	}
	if w.kw == kwA {
		if nw := s.word(j + 1); nw != nil && nw.vague {
			n, vague, next, ok = s.numAt(j + 1)
			return n, true, next, ok
		}
		return 1, false, j + 1, true
	}
	if w.vague {
		next = j + 1
		if s.kw(next) == kwOf {
			next++
		}
		return w.number, true, next, true
	}
	n, next = w.number, j+1
	if n >= 20 && n%10 == 0 && s.punct(next, '-') {
		if u := s.word(next + 1); u != nil && u.number >= 1 && u.number <= 9 && u.kw != kwA && !u.vague {
			n += u.number
			next += 2
		}
	}
	return n, false, next, true
}

// unitAt reads a unit of time at j: its length in days (0 for hours and
// minutes) and whether it counts hours.
func (s *scanner) unitAt(j int) (days int, hours bool, ok bool) {
	w := s.word(j)
	if w == nil || w.unitDays < 0 || !s.joined(j) {
		return 0, false, false
	}
	if w.unitDays == 0 {
		c := s.text[s.toks[j].start] | 0x20
		return 0, c == 'h', true
	}
	return w.unitDays, false, true
}

// match tries to read an expression starting at token i.
func (s *scanner) match(i int) (Expr, int, bool) {
	pf := newPrefix()
	j := i
	for steps := 0; j < len(s.toks) && steps < 8; steps++ {
		if j > i && s.toks[j].nl {
			break
		}
		if v, end, ok := s.core(j, &pf); ok {
			return s.finish(i, end, v, &pf)
		}
		next, ok := s.prefixWord(j, &pf)
		if !ok {
			break
		}
		j = next
	}
	if k := pf.overnightAt; k >= 0 {
		// "overnight" with no day after it: the night before publication.
		p := newPrefix()
		return s.finish(k, k+1, val{k: vOffset, off: -1, prec: precDay, dayLike: true, what: "overnight"}, &p)
	}
	if k := pf.soFarAt; k >= 0 {
		p := newPrefix()
		p.soFar = true
		return s.finish(k, k+2, val{k: vEndPub, period: true, what: "so far"}, &p)
	}
	return Expr{}, 0, false
}

// prefixWord consumes one prefix word at j.
func (s *scanner) prefixWord(j int, pf *prefix) (int, bool) {
	t := s.toks[j]
	if t.kind == tPunct {
		if t.p == '-' && s.kw(j-1) == kwMid {
			return j + 1, true
		}
		return 0, false
	}
	if t.w == nil {
		return 0, false
	}
	switch t.w.kw {
	case kwSince:
		pf.since, pf.ctx = true, true
	case kwDuring:
		pf.during, pf.ctx = true, true
	case kwThroughout:
		pf.throughout, pf.ctx = true, true
	case kwFrom:
		if j+1 < len(s.toks) && s.toks[j+1].poss {
			// "the toll from Sunday's bombing": the day is the bombing's,
			// "from" the toll's
			return 0, false
		}
		switch s.kw(j + 1) {
		case kwLast, kwThis, kwPast, kwPrevious:
			if j+2 < len(s.toks) && s.toks[j+2].poss {
				return 0, false // "the toll from last Friday's attack"
			}
		}
		pf.from, pf.ctx = true, true
	case kwBetween:
		pf.between, pf.ctx = true, true
	case kwOver:
		pf.over = true
	case kwFor:
		pf.forDur = true
	case kwWithin:
		pf.within = true
	case kwIn:
		pf.in, pf.ctx = true, true
	case kwThe:
		pf.the = true
	case kwOn, kwAt:
		switch s.kw(j + 1) {
		case kwSince, kwFrom, kwDuring, kwThroughout, kwBetween, kwIn, kwOver, kwFor, kwWithin, kwUntil, kwAs:
			return 0, false // "went on from ...": "on" is not part of the date
		}
		pf.onAt = true
	case kwAround, kwAbout:
	case kwOf, kwBy, kwUntil, kwBefore, kwAfter, kwLate, kwEarly, kwMid:
		pf.ctx = true
	case kwEarlier, kwLater:
	case kwOvernight:
		pf.overnight, pf.overnightAt = true, j
	case kwInto:
		if !pf.overnight && !pf.night {
			return 0, false
		}
		pf.into = true
	case kwAs:
		if s.kw(j+1) == kwOf {
			pf.asOf, pf.ctx = true, true
			return j + 2, true
		}
		return 0, false
	case kwSo:
		if s.kw(j+1) == kwFar {
			pf.soFar, pf.soFarAt = true, j
			return j + 2, true
		}
		return 0, false
	case kwStart, kwEnd:
		if s.kw(j+1) == kwOf {
			if t.w.kw == kwStart {
				pf.startOf = true
			} else {
				pf.endOf = true
			}
			pf.ctx = true
			return j + 2, true
		}
		return 0, false
	default:
		if t.w.flags&fDaypart == 0 {
			return 0, false
		}
		if k := t.w.kw; k == kwNight || k == kwMidnight {
			pf.night = true
		}
	}
	return j + 1, true
}

const (
	precDay   = "day"
	precWeek  = "week"
	precMonth = "month"
	precYear  = "year"
)

// core reads the date-bearing words at j.
func (s *scanner) core(j int, pf *prefix) (val, int, bool) {
	s.coreStart = j
	t := s.toks[j]
	switch t.kind {
	case tNum:
		return s.numCore(j, pf)
	case tWord:
	default:
		return val{}, 0, false
	}
	w := t.w
	if w == nil {
		return val{}, 0, false
	}
	if w.month > 0 {
		return s.monthCore(j, pf, 0)
	}
	if w.weekday > 0 {
		return s.weekdayCore(j, pf)
	}
	switch w.kw {
	case kwToday:
		return val{k: vOffset, off: 0, prec: precDay, dayLike: true, what: "today"}, j + 1, true
	case kwTonight:
		return val{k: vOffset, off: 0, prec: precDay, dayLike: true, what: "tonight"}, j + 1, true
	case kwYesterday:
		return val{k: vOffset, off: -1, prec: precDay, dayLike: true, what: "yesterday"}, j + 1, true
	case kwTomorrow:
		return val{k: vOffset, off: 1, prec: precDay, dayLike: true, what: "tomorrow"}, j + 1, true
	case kwThe:
		return s.theCore(j, pf)
	case kwLast, kwThis, kwNext, kwPast, kwPrevious, kwComing:
		return s.relCore(j, pf, false)
	case kwRecent:
		if u, _, ok := s.unitAt(j + 1); ok && u >= 1 && (pf.in || pf.over || pf.during || pf.within) {
			// "in recent years" is a stretch of years, no fight of a few
			// days: the period keeps its unit's precision
			prec := precDay
			switch {
			case u >= 365:
				prec = precYear
			case u >= 28:
				prec = precMonth
			case u >= 7:
				prec = precWeek
			}
			return val{k: vEndPub, period: true, prec: prec, what: "in recent " + strings.ToLower(s.text[s.toks[j+1].start:s.toks[j+1].end])}, j + 2, true
		}
	case kwEarlier, kwLater:
		if s.kw(j+1) == kwIn && s.kw(j+2) == kwThe && s.kw(j+3) == kwDay {
			return val{k: vAnchor, off: 0, prec: precDay, dayLike: true, what: "the same day"}, j + 4, true
		}
	case kwTo:
		if s.kw(j+1) == kwDate {
			return val{k: vEndPub, period: true, what: "to date"}, j + 2, true
		}
	case kwAs:
		if s.kw(j+1) == kwWe && s.kw(j+2) == kwSpeak {
			return val{k: vOffset, off: 0, prec: precDay, dayLike: true, what: "as we speak"}, j + 3, true
		}
	case kwChristmas:
		if t.cap {
			switch s.kw(j + 1) {
			case kwDay:
				return val{k: vMonthDay, m: 12, d: 25, prec: precDay, dayLike: true}, j + 2, true
			case kwEve:
				return val{k: vMonthDay, m: 12, d: 24, prec: precDay, dayLike: true}, j + 2, true
			}
		}
	case kwNew:
		if t.cap && s.kw(j+1) == kwYear {
			switch s.kw(j + 2) {
			case kwDay:
				return val{k: vMonthDay, m: 1, d: 1, prec: precDay, dayLike: true}, j + 3, true
			case kwEve:
				return val{k: vMonthDay, m: 12, d: 31, prec: precDay, dayLike: true}, j + 3, true
			}
		}
	case kwWeekend:
		if pf.over || pf.during || pf.onAt {
			return val{k: vWeekend, mode: modeRecent, prec: precWeek, what: "the weekend"}, j + 1, true
		}
	}
	if w.flags&fDaypart != 0 && w.unitDays < 0 && pf.since {
		// "since midnight", "since dawn": from the start of the publication day.
		return val{k: vOffset, off: 0, prec: precDay, period: true, what: "since " + s.text[t.start:t.end]}, j + 1, true
	}
	if w.kw == kwThat {
		// "that day", "later that night": the day of the last date given.
		if k := s.kw(j + 1); k == kwDay || k == kwNight || k == kwMorning {
			return val{k: vAnchor, off: 0, prec: precDay, dayLike: true, what: "the same day"}, j + 2, true
		}
	}
	if w.number > 0 || w.vague {
		return s.countCore(j, pf)
	}
	if w.unitDays >= 0 && s.kw(j+1) == kwAgo {
		// "hours ago", "days ago": an unstated small number.
		return s.agoVal(w.unitDays, 0, s.text[t.start]|0x20 == 'h', true, j+2)
	}
	if w.flags&fEventNoun != 0 && (pf.since || pf.during || pf.throughout || pf.startOf || pf.asOf) {
		if end, ok := s.eventAt(j); ok {
			return val{k: vNone, period: true, what: "tied to an event"}, end, true
		}
	}
	return val{}, 0, false
}

// numCore reads a core that starts with digits.
func (s *scanner) numCore(j int, pf *prefix) (val, int, bool) {
	t := s.toks[j]
	// 2017-06-04, 2017/06/04
	if t.digits == 4 && !t.ord {
		for _, sep := range []byte{'-', '/'} {
			if s.punct(j+1, sep) && s.isNum(j+2, 2) && s.punct(j+3, sep) && s.isNum(j+4, 2) && s.adjacent(j, j+4) && !s.inPath(j, j+4) {
				if _, ok := civil(t.n, s.toks[j+2].n, s.toks[j+4].n); ok {
					return val{k: vAbs, y: t.n, m: s.toks[j+2].n, d: s.toks[j+4].n, prec: precDay, dayLike: true}, j + 5, true
				}
			}
		}
	}
	// 15.10.2024, 14/10/2024, 14-10-2024
	if v, end, ok := s.numericDate(j); ok {
		return v, end, true
	}
	if s.isDay(j) {
		if v, end, ok := s.dayRange(j, pf); ok {
			return v, end, true
		}
		if v, end, ok := s.dayCore(j, 0); ok {
			return v, end, true
		}
	}
	if s.isYear(j) && (pf.ctx || s.loose) && !s.punct(j+1, '-') && !s.punct(j+1, '/') {
		if _, _, unit := s.unitAt(j + 1); !unit {
			return val{k: vAbs, y: t.n, m: 1, d: 1, prec: precYear}, j + 1, true
		}
	}
	if t.ord {
		return val{}, 0, false
	}
	return s.countCore(j, pf)
}

// numericDate reads a day written in numbers with the year last
// ("15.10.2024", "14/10/2024", "3-12-2021"). A number above 12 is the
// day; when both could be the month, the reading on or before the
// publication date and nearest it wins ("10/14" is October 14 either
// way; "03/04/2024" in a report of 5 April is 3 April), and with no
// publication date, or neither before it, the day comes first, as most
// of the world writes it.
func (s *scanner) numericDate(j int) (val, int, bool) {
	t := s.toks[j]
	if t.kind != tNum || t.digits > 2 || t.ord {
		return val{}, 0, false
	}
	for _, sep := range []byte{'.', '/', '-'} {
		if !s.punct(j+1, sep) || !s.isNum(j+2, 2) || !s.punct(j+3, sep) || j+4 >= len(s.toks) || s.toks[j+4].kind != tNum || s.toks[j+4].digits != 4 || !s.adjacent(j, j+4) || s.inPath(j, j+4) {
			continue
		}
		// (not a longer run of numbers: "1.2.2024.5", "10-12-2024-25")
		if j+5 < len(s.toks) && s.adjacent(j+4, j+5) && s.toks[j+5].kind == tPunct && (s.toks[j+5].p == sep) && j+6 < len(s.toks) && s.toks[j+6].kind == tNum && s.adjacent(j+5, j+6) {
			return val{}, 0, false
		}
		a, b, y := t.n, s.toks[j+2].n, s.toks[j+4].n
		dm, okDM := civil(y, b, a)
		md, okMD := civil(y, a, b)
		switch {
		case okDM && okMD && a != b && s.hasPub:
			// both readings are days: the one on or before the report,
			// nearest it
			beforeDM, beforeMD := !dm.After(s.pub), !md.After(s.pub)
			if beforeMD && (!beforeDM || md.After(dm)) {
				okDM = false
			}
		case !okDM && !okMD:
			return val{}, 0, false
		}
		if okDM {
			return val{k: vAbs, y: y, m: b, d: a, prec: precDay, dayLike: true}, j + 5, true
		}
		return val{k: vAbs, y: y, m: a, d: b, prec: precDay, dayLike: true}, j + 5, true
	}
	return val{}, 0, false
}

// inPath reports whether tokens a..b sit inside a URL or file path
// ("/2016/10/20/photo.jpg"): a slash is glued to either end.
func (s *scanner) inPath(a, b int) bool {
	if a > 0 && s.toks[a-1].end == s.toks[a].start && s.toks[a-1].kind == tPunct && (s.toks[a-1].p == '/' || s.toks[a-1].p == '_') {
		return true
	}
	if b+1 < len(s.toks) && s.toks[b].end == s.toks[b+1].start && s.toks[b+1].kind == tPunct && (s.toks[b+1].p == '/' || s.toks[b+1].p == '_') {
		return true
	}
	return false
}

// isNum reports whether token j is a number of at most maxDigits digits.
func (s *scanner) isNum(j, maxDigits int) bool {
	return j < len(s.toks) && s.toks[j].kind == tNum && s.toks[j].digits <= maxDigits && !s.toks[j].ord
}

// adjacent reports whether tokens a..b are written without spaces.
func (s *scanner) adjacent(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].end != s.toks[k+1].start {
			return false
		}
	}
	return true
}

// dayRange reads days of one month written day first, the month once:
// "1-8 October[ 2019]", and after "from" or "between", "1 to 8 October",
// "1 and 8 October" (the day-first form of "June 3-5").
func (s *scanner) dayRange(j int, pf *prefix) (val, int, bool) {
	d, k := s.toks[j].n, j+1
	dash := s.punct(k, '-') && s.adjacent(j, k+1)
	joined := (pf.from || pf.between) && (s.kw(k) == kwTo || s.kw(k) == kwUntil || s.kw(k) == kwAnd)
	if !dash && !joined || !s.isDay(k+1) || s.toks[k+1].n <= d {
		return val{}, 0, false
	}
	v, end, ok := s.dayCore(k+1, 0)
	if !ok || v.d != s.toks[k+1].n {
		return val{}, 0, false
	}
	v.d, v.endD = d, s.toks[k+1].n
	return v, end, true
}

// dayCore reads "[the] 3[rd] [of] June[,] [2017]" with the day at j.
func (s *scanner) dayCore(j int, wdCheck int) (val, int, bool) {
	d := s.toks[j].n
	k := j + 1
	if s.kw(k) == kwOf {
		k++
	}
	m, k, ok := s.monthAt(k)
	if !ok {
		return val{}, 0, false
	}
	if _, valid := civil(2000, m, d); !valid {
		return val{}, 0, false
	}
	y, k := s.yearAfter(k)
	if y > 0 {
		return val{k: vAbs, y: y, m: m, d: d, prec: precDay, wdCheck: wdCheck, dayLike: true}, k, true
	}
	return val{k: vMonthDay, m: m, d: d, prec: precDay, wdCheck: wdCheck, dayLike: true}, k, true
}

// yearAfter reads an optional ", 2017" / "2017" at k.
func (s *scanner) yearAfter(k int) (int, int) {
	if s.punct(k, ',') && s.isYear(k+1) {
		return s.toks[k+1].n, k + 2
	}
	if s.isYear(k) {
		return s.toks[k].n, k + 1
	}
	return 0, k
}

// clockAt reports whether the number at k is an hour written with its
// minutes ("21:30"), no day of a month; a colon after a day with no
// minutes glued to it ("Monday, April 21: fighters took ...") ends a
// label, and the day stands.
func (s *scanner) clockAt(k int) bool {
	return s.punct(k+1, ':') && k+2 < len(s.toks) && s.toks[k+2].kind == tNum && s.adjacent(k, k+2)
}

// monthCore reads "June 3[, 2017]", "June 3-5", "June[,] 2014", "June of
// 2014", or "June" alone after a word such as "in" or "since".
func (s *scanner) monthCore(j int, pf *prefix, wdCheck int) (val, int, bool) {
	m, k, ok := s.monthAt(j)
	if !ok {
		return val{}, 0, false
	}
	if s.isDay(k) && !s.clockAt(k) {
		d := s.toks[k].n
		if _, valid := civil(2000, m, d); !valid {
			return val{}, 0, false
		}
		k++
		endD := 0
		if s.punct(k, '-') && s.isDay(k+1) && s.toks[k+1].n > d {
			endD = s.toks[k+1].n
			k += 2
		}
		y, k := s.yearAfter(k)
		v := val{k: vMonthDay, m: m, d: d, prec: precDay, wdCheck: wdCheck, dayLike: true, endD: endD}
		if y > 0 {
			v.k, v.y = vAbs, y
		} else if off, end, ok := s.yearRelAfter(k); ok {
			// "on June 25 last year": that day of the year told
			v.mode, v.off, k = modeYearOff, off, end
		}
		return v, k, true
	}
	if (s.punct(k, ',') || s.kw(k) == kwOf) && s.isYear(k+1) {
		return val{k: vAbs, y: s.toks[k+1].n, m: m, d: 1, prec: precMonth}, k + 2, true
	}
	if s.isYear(k) {
		return val{k: vAbs, y: s.toks[k].n, m: m, d: 1, prec: precMonth}, k + 1, true
	}
	// "June last year", "in March of last year", "August this year": the
	// month of a year told against the publication's (a month and its
	// year are one expression, not a month and a year apart)
	if off, end, ok := s.yearRelAfter(k); ok {
		return val{k: vMonth, m: m, mode: modeYearOff, off: off, prec: precMonth}, end, true
	}
	if wdCheck == 0 && (pf.ctx || pf.the) {
		return val{k: vMonth, m: m, mode: modeRecent, prec: precMonth}, k, true
	}
	return val{}, 0, false
}

// yearRelAfter reads "[of] last year", "[of] this year" or "[of] next
// year" at token k: the year's offset from the publication year, and the
// token after it.
func (s *scanner) yearRelAfter(k int) (int, int, bool) {
	if s.kw(k) == kwOf {
		k++
	}
	if s.kw(k+1) != kwYear || !s.joined(k+1) {
		return 0, 0, false
	}
	switch s.kw(k) {
	case kwLast, kwPrevious:
		return -1, k + 2, true
	case kwThis:
		return 0, k + 2, true
	case kwNext:
		return 1, k + 2, true
	}
	return 0, 0, false
}

// feastDays are the movable feasts named by a word and a weekday, with
// their distance in days from Western Easter Sunday.
var feastDays = map[string]int{
	"easter sunday": 0, "easter monday": 1, "good friday": -2, "holy saturday": -1,
	"maundy thursday": -3, "holy thursday": -3, "palm sunday": -7, "ash wednesday": -46,
}

// weekdayCore reads a weekday, alone ("on Tuesday") or opening a full date
// ("Wednesday, 11 March 2015").
func (s *scanner) weekdayCore(j int, pf *prefix) (val, int, bool) {
	t := s.toks[j]
	wd := int(t.w.weekday) - 1
	k := j + 1
	if s.punct(k, '.') && t.w.wdAbbrev {
		k++
	}
	if s.punct(k, ',') {
		k++
	}
	if _, _, ok := s.monthAt(k); ok {
		if v, end, ok := s.monthCore(k, pf, wd+1); ok {
			return v, end, true
		}
	}
	if s.isDay(k) {
		if v, end, ok := s.dayCore(k, wd+1); ok {
			return v, end, true
		}
	}
	if s.kw(k) == kwThe && s.isDay(k+1) {
		if v, end, ok := s.dayCore(k+1, wd+1); ok {
			return v, end, true
		}
	}
	if j > 0 && !t.w.wdAbbrev {
		// "on Easter Sunday", "on Good Friday": the feast's day, a date
		p := s.toks[j-1]
		if off, ok := feastDays[strings.ToLower(s.text[p.start:p.end])+" "+strings.ToLower(s.text[t.start:t.end])]; ok && p.cap && p.end+1 >= t.start {
			return val{k: vFeast, off: off, prec: precDay, dayLike: true, what: s.text[p.start:t.end]}, j + 1, true
		}
	}
	if t.w.wdAbbrev || s.weekdayInName(j) {
		return val{}, 0, false
	}
	// "on Saturday (April 8)": the date in brackets says which Saturday.
	if s.punct(j+1, '(') {
		var v val
		ok := false
		end := 0
		if _, _, isMonth := s.monthAt(j + 2); isMonth {
			v, end, ok = s.monthCore(j+2, pf, wd+1)
		} else if s.isDay(j + 2) {
			v, end, ok = s.dayCore(j+2, wd+1)
		}
		if ok && v.dayLike && s.punct(end, ')') {
			return v, end + 1, true
		}
	}
	// "on Wednesday last week", "on Wednesday of last week", "during
	// Friday prayers last week", "on Tuesday night last week" (one
	// lower-case word between: what happened that day, or its part)
	lw := j + 1
	if s.kw(lw) == kwOf && s.joined(lw+1) {
		lw++
	} else if t := s.tokAt(lw); t != nil && t.kind == tWord && !t.cap && (s.kw(lw) == kwNone || s.kw(lw) == kwNight || s.kw(lw) == kwMorning) && s.joined(lw) && s.kw(lw+1) == kwLast {
		lw++
	}
	if s.joined(lw) && s.kw(lw) == kwLast && s.joined(lw+1) {
		if u, _, ok := s.unitAt(lw + 1); ok && u == 7 {
			return val{k: vWeekday, wd: wd, mode: modeWeekBefore, prec: precDay, dayLike: true}, lw + 2, true
		}
	}
	return val{k: vWeekday, wd: wd, mode: modeRecent, prec: precDay, dayLike: true}, j + 1, true
}

// weekdayInName reports whether the weekday at j is part of a name: "Bloody
// Sunday", "the Sunday Times", "the Friday Mosque".
func (s *scanner) weekdayInName(j int) bool {
	if j > 0 {
		p := s.toks[j-1]
		if p.kind == tWord && p.cap && p.w != nil && p.w.flags&fNameBefore != 0 && p.end+1 >= s.toks[j].start {
			return true
		}
	}
	if j+1 < len(s.toks) {
		n := s.toks[j+1]
		if n.kind == tWord && n.cap && n.w != nil && n.w.flags&fNameAfter != 0 && !n.nl {
			return true
		}
	}
	return false
}

// theCore reads cores that start with "the".
func (s *scanner) theCore(j int, pf *prefix) (val, int, bool) {
	k := j + 1
	switch s.kw(k) {
	case kwDay, kwNight:
		// "the day before yesterday"
		if s.kw(k) == kwDay && s.kw(k+1) == kwBefore && s.kw(k+2) == kwYesterday {
			return val{k: vOffset, off: -2, prec: precDay, dayLike: true, what: "the day before yesterday"}, k + 3, true
		}
		// "the day before." / "the night before," — relative to the last date given.
		if s.kw(k+1) == kwBefore && (k+2 >= len(s.toks) || s.toks[k+2].kind == tPunct) {
			return val{k: vAnchor, off: -1, prec: precDay, dayLike: true, what: "the day before"}, k + 2, true
		}
	case kwPrevious, kwNext, kwFollowing, kwSame:
		if kk := s.kw(k + 1); kk == kwDay || kk == kwNight || kk == kwMorning {
			off := 0
			switch s.kw(k) {
			case kwPrevious:
				off = -1
			case kwNext, kwFollowing:
				off = 1
			}
			return val{k: vAnchor, off: off, prec: precDay, dayLike: true, what: "relative to the last date given"}, k + 2, true
		}
	case kwWeekend:
		if pf.over || pf.during || pf.onAt {
			return val{k: vWeekend, mode: modeRecent, prec: precWeek, what: "the weekend"}, k + 1, true
		}
	}
	switch s.kw(k) {
	case kwPast, kwLast, kwPrevious:
		return s.relCore(k, pf, true)
	}
	if s.isDay(k) {
		if v, end, ok := s.dayCore(k, 0); ok {
			return v, end, true
		}
		// "on the 13th": a day of the month of publication, or of the
		// month before when that day is still to come
		if t := s.text[s.toks[k].start:s.toks[k].end]; pf.onAt && len(t) > 2 {
			switch strings.ToLower(t[len(t)-2:]) {
			case "th", "st", "nd", "rd":
				return val{k: vMonthDay, d: s.toks[k].n, prec: precDay, dayLike: true}, k + 1, true
			}
		}
	}
	if pf.startOf || pf.endOf {
		if u, _, ok := s.unitAt(k); ok && u >= 7 {
			return s.periodOf(u, 0, k+1)
		}
	}
	if pf.since || pf.during || pf.throughout || pf.startOf || pf.asOf {
		if end, ok := s.eventAt(k); ok {
			return val{k: vNone, period: true, what: "tied to an event"}, end, true
		}
	}
	return val{}, 0, false
}

// eventAt reads "[one or two lower-case words] event-noun [was] [began]"
// at k ("campaign", "long offensive", "operation was launched") and
// returns the token after it.
func (s *scanner) eventAt(k int) (int, bool) {
	e := k
	for n := 0; n < 3; n++ {
		if !s.joined(e) || s.toks[e].kind != tWord {
			return 0, false
		}
		if w := s.word(e); w != nil && w.flags&fEventNoun != 0 {
			end := e + 1
			if s.kw(end) == kwWas && s.kw(end+1) == kwBegan {
				end++
			}
			if s.kw(end) == kwBegan {
				end++
			}
			return end, true
		}
		if s.toks[e].cap || n == 2 {
			return 0, false
		}
		e++
	}
	return 0, false
}

// periodOf returns the current week, month or year (off 0) as a core.
func (s *scanner) periodOf(unitDays, off, end int) (val, int, bool) {
	switch {
	case unitDays >= 365:
		return val{k: vYearRel, off: off, prec: precYear}, end, true
	case unitDays >= 28:
		return val{k: vMonthRel, off: off, prec: precMonth}, end, true
	default:
		return val{k: vWeekRel, off: off, prec: precWeek}, end, true
	}
}

// relCore reads cores opened by last/this/next/past/previous/coming.
// afterThe is set for "the past ...", which always makes a period.
func (s *scanner) relCore(j int, pf *prefix, afterThe bool) (val, int, bool) {
	rel := s.kw(j)
	mode := modeRecent
	switch rel {
	case kwLast, kwPast, kwPrevious:
		mode = modeLast
	case kwNext, kwComing:
		mode = modeNext
	}
	k := j + 1
	if !s.joined(k) {
		return val{}, 0, false
	}
	t := s.toks[k]
	// "the past 24 hours", "last three days", "the past few weeks"
	if n, vague, nk, ok := s.numAt(k); ok && mode == modeLast && s.kw(k) != kwA {
		if u, hours, ok := s.unitAt(nk); ok && s.kw(nk+1) != kwAgo {
			return s.pastVal(n, u, hours, vague, nk+1)
		}
	}
	if t.kind != tWord || t.w == nil {
		return val{}, 0, false
	}
	w := t.w
	if w.weekday > 0 && !w.wdAbbrev {
		if rel == kwPrevious {
			return val{}, 0, false
		}
		return val{k: vWeekday, wd: int(w.weekday) - 1, mode: mode, prec: precDay, dayLike: true}, k + 1, true
	}
	if w.month > 0 && rel != kwPrevious {
		if m, nk, ok := s.monthAt(k); ok {
			return val{k: vMonth, m: m, mode: mode, prec: precMonth}, nk, true
		}
	}
	switch w.kw {
	case kwNight:
		if mode == modeLast && !afterThe {
			return val{k: vOffset, off: -1, prec: precDay, dayLike: true, what: "last night"}, k + 1, true
		}
		if rel == kwThis {
			return val{k: vOffset, off: 0, prec: precDay, dayLike: true, what: "tonight"}, k + 1, true
		}
	case kwMorning:
		if rel == kwThis {
			return val{k: vOffset, off: 0, prec: precDay, dayLike: true, what: "today"}, k + 1, true
		}
	case kwWeekend:
		return val{k: vWeekend, mode: mode, prec: precWeek, what: "weekend"}, k + 1, true
	}
	u, hours, ok := s.unitAt(k)
	if !ok {
		return val{}, 0, false
	}
	// "the past week", "in the last month", "over the past year": periods
	// ending at publication.
	if afterThe || rel == kwPast || pf.in || pf.over || pf.during || pf.forDur || pf.within {
		if mode == modeLast {
			return s.pastVal(1, u, hours, false, k+1)
		}
	}
	if u < 7 {
		return val{}, 0, false
	}
	off := 0
	switch mode {
	case modeLast:
		off = -1
	case modeNext:
		off = 1
	}
	return s.periodOf(u, off, k+1)
}

// pastVal is a period of n units ending at publication.
func (s *scanner) pastVal(n, unitDays int, hours, vague bool, end int) (val, int, bool) {
	days := 0
	switch {
	case unitDays == 0 && hours:
		days = (n - 1) / 24 // the past 24 hours: the publication day
	case unitDays > 0:
		days = n*unitDays - 1
	}
	if days < 0 {
		days = 0
	}
	return val{k: vPast, off: days, prec: precDay, period: true, approx: vague, what: "ending at publication"}, end, true
}

// countCore reads "two days ago", "a day earlier", "over five bloody days".
func (s *scanner) countCore(j int, pf *prefix) (val, int, bool) {
	n, vague, k, ok := s.numAt(j)
	if !ok {
		return val{}, 0, false
	}
	if u, hours, ok := s.unitAt(k); ok {
		switch s.kw(k + 1) {
		case kwAgo:
			return s.agoVal(u, n, hours, vague, k+2)
		case kwEarlier, kwLater, kwBefore, kwAfter:
			// ("the day before." and "a day after,": relative when no
			// clause follows; "two days after the blast" is not)
			if u >= 1 && u <= 7 && (s.kw(k+1) != kwBefore && s.kw(k+1) != kwAfter || k+2 >= len(s.toks) || s.toks[k+2].kind == tPunct) {
				off := n * u
				if s.kw(k+1) != kwLater && s.kw(k+1) != kwAfter {
					off = -off
				}
				return val{k: vAnchor, off: off, prec: precDay, approx: vague, dayLike: true, what: "relative to the last date given"}, k + 2, true
			}
		}
	}
	// Durations: "over five bloody days", "for two weeks", "within 48 hours".
	if (pf.over || pf.forDur || pf.within) && s.kw(j) != kwA {
		e := k
		for a := 0; a < 2; a++ {
			if w := s.word(e); w != nil && w.flags&fDurationAdj != 0 {
				e++
			}
		}
		if _, _, ok := s.unitAt(e); ok {
			return val{k: vNone, period: true, what: "a duration not tied to a date"}, e + 1, true
		}
	}
	return val{}, 0, false
}

// agoVal is "n units ago".
func (s *scanner) agoVal(unitDays, n int, hours, vague bool, end int) (val, int, bool) {
	if n == 0 {
		n, vague = 3, true // "days ago", "hours ago"
	}
	if unitDays >= 28 && s.kw(end) == kwToday {
		// "twenty years ago today": the anniversary's day, that many
		// years back; "today" names the calendar day, not the news
		end++
	}
	switch {
	case unitDays == 0:
		off := 0
		if hours {
			off = -(n / 24)
		}
		return val{k: vOffset, off: off, prec: precDay, dayLike: true, what: "hours ago"}, end, true
	case unitDays >= 365:
		return val{k: vYearRel, off: -n, prec: precYear, approx: vague}, end, true
	case unitDays >= 28:
		return val{k: vMonthRel, off: -n, prec: precMonth, approx: vague}, end, true
	}
	v := val{k: vOffset, off: -n * unitDays, prec: precDay, dayLike: true, approx: vague}
	if vague {
		v.prec = precWeek
	}
	return v, end, true
}

// suffix reads words after a core: "night", "morning", "around
// midnight", "overnight", "into Wednesday", "to June 5", "so far".
func (s *scanner) suffix(end int, v *val, pf *prefix) (int, val, bool) {
	var endVal val
	hasEnd := false
	for steps := 0; steps < 4 && end < len(s.toks) && !s.toks[end].nl; steps++ {
		w := s.word(end)
		switch {
		case v.dayLike && w != nil && w.flags&fDaypart != 0 && w.unitDays < 0:
			if w.kw == kwNight || w.kw == kwMidnight {
				pf.night = true
			}
			end++
			continue
		case v.dayLike && s.punct(end, '-') && s.word(end+1) != nil && s.word(end+1).flags&fDaypart != 0 && s.word(end+1).unitDays < 0 && s.adjacent(end-1, end+1):
			// "Thursday-morning"
			if k := s.kw(end + 1); k == kwNight || k == kwMidnight {
				pf.night = true
			}
			end += 2
			continue
		case v.dayLike && (s.kw(end) == kwAround || s.kw(end) == kwAt || s.kw(end) == kwAbout) && s.word(end+1) != nil && s.word(end+1).flags&fDaypart != 0 && s.word(end+1).unitDays < 0:
			if k := s.kw(end + 1); k == kwNight || k == kwMidnight {
				pf.night = true
			}
			end += 2
			continue
		case v.dayLike && s.kw(end) == kwOvernight:
			pf.night = true
			end++
			continue
		case v.dayLike && (pf.night || pf.overnight) && (s.kw(end) == kwInto || s.kw(end) == kwTo || s.punct(end, '-')):
			// "overnight Friday into Saturday": the first night is the date.
			if w2 := s.word(end + 1); w2 != nil && w2.weekday > 0 && !w2.wdAbbrev {
				// ("overnight from Friday to Saturday": one night, no
				// stretch of days from one to the other)
				pf.from = false
				end += 2
				continue
			}
		case (pf.from || pf.between) && !hasEnd && (s.kw(end) == kwTo || s.kw(end) == kwUntil || s.kw(end) == kwAnd || s.punct(end, '-')):
			p := newPrefix()
			p.ctx = true
			if ev, e2, ok := s.core(end+1, &p); ok {
				endVal, hasEnd = ev, true
				end = e2
				continue
			}
			// "from June 3 to 5"
			if v.k == vAbs || v.k == vMonthDay {
				if s.isDay(end+1) && s.toks[end+1].n > v.d {
					endVal, hasEnd = *v, true
					endVal.d = s.toks[end+1].n
					end += 2
					continue
				}
			}
		case v.k == vAbs && v.prec == precDay && v.wdCheck == 0 && (s.punct(end, '-') || s.punct(end, ',')) && s.word(end+1) != nil && s.word(end+1).weekday > 0 && s.joined(end+1):
			// "22 August 2018 - Wednesday": the weekday belongs to the date.
			v.wdCheck = int(s.word(end + 1).weekday)
			end += 2
			continue
		case s.kw(end) == kwSo && s.kw(end+1) == kwFar:
			if v.k == vYearRel || v.k == vMonthRel || v.k == vWeekRel {
				pf.soFar = true
				end += 2
				continue
			}
		}
		break
	}
	return end, endVal, hasEnd
}
