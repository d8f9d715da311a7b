package quantity

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/textutil"
)

// build turns a reading that starts at token i (after the qualifier, if
// any) into a Quantity: it reads a range or a trailing qualifier, decides
// the kind from the words around, finds the head and sets the count. It
// returns the token to go on from.
func (f *finder) build(i int, qual qualifier, r reading) (Quantity, int, bool) {
	lx := f.lx
	startTok, endTok := i, r.spanEnd
	high := r // the high end of a range, or r itself
	isRange := false
	bnd := qual.bound
	q := Quantity{Kind: Cardinal, Qualifier: qual.name}

	// A code of numbers joined by hyphens ("1-800-577", "12-3-4") is no
	// count and no range.
	if f.lowAt(r.end) == "-" && f.adjacent(r.end-1, r.end) && f.hyphenCode(r.end) ||
		f.lowAt(r.start-1) == "-" && f.adjacent(r.start-1, r.start) && f.isNumberAt(r.start-2) && f.adjacent(r.start-2, r.start-1) {
		r.code = true
	}
	// A range: "5,000 to 6,000", "between 55 and 80", "two or three", "5-6".
	if r.countable() && r.compound == "" && !r.code && r.tail == "" {
		k := r.end
		conn := f.lowAt(k)
		ok := false
		next := k + 1
		switch conn {
		case "and":
			ok = bnd == boundBetween
			// "at least 10 and as many as 30": a floor and a ceiling
			if bnd == boundFloor {
				if q2, n := lx.qualifiers.match(f.low, k+1); n > 0 && q2.bound == boundCeiling {
					ok, next = true, k+1+n
				}
			}
		case "to", "-", "–", "—", "or":
			// "rose from 12 to 20" is two numbers, not a range.
			ok = !(bnd == boundNone && f.lowAt(i-1) == "from")
		}
		if ok {
			r2, ok2 := f.readNumber(next)
			if ok2 && (conn == "-" || conn == "–" || conn == "—") && r2.words != r.words && !(f.adjacent(k-1, k) && f.adjacent(k, k+1)) {
				// "March 4 - Eight soldiers were killed": a dateline's
				// dash between a figure and a number in words opens the
				// story; no range is written so
				ok2 = false
			}
			if ok2 && r2.countable() {
				lo := r.val
				if r2.scale > 0 && r.scale == 0 {
					lo *= r2.scale // "5 to 6 million"
				}
				if r2.val > lo && lo == float64(int64(lo)) {
					isRange = true
					r.val = lo
					high = r2
					endTok = r2.spanEnd
				}
			}
		}
	}
	if bnd == boundBetween && !isRange {
		bnd, q.Qualifier = boundNone, "" // "between two front lines"
		startTok = r.start
	}
	// Qualifiers after the number: "12 or more", "30-odd", "20+".
	if r.countable() && !isRange && r.compound == "" {
		k := endTok
		switch {
		case f.lowAt(k) == "or" && f.lowAt(k+1) == "more":
			bnd, q.Qualifier, endTok = boundFloor, "or more", k+2
		case f.lowAt(k) == "or" && f.lowAt(k+1) == "so":
			bnd, q.Qualifier, endTok = boundAbout, "or so", k+2
		case f.lowAt(k) == "+" && f.adjacent(k-1, k):
			bnd, q.Qualifier, endTok = boundFloor, "plus", k+1
		case f.lowAt(k) == "plus" || (f.lowAt(k) == "-" && f.adjacent(k-1, k) && f.lowAt(k+1) == "plus"):
			if f.lowAt(k) == "-" {
				k++
			}
			bnd, q.Qualifier, endTok = boundFloor, "plus", k+1
		case r.tail == "odd":
			bnd, q.Qualifier = boundAbout, "odd"
		case r.tail == "plus":
			bnd, q.Qualifier = boundFloor, "plus"
		case f.lowAt(k) == "odd" || (f.lowAt(k) == "-" && f.adjacent(k-1, k) && f.lowAt(k+1) == "odd"):
			if f.lowAt(k) == "-" {
				k++
			}
			bnd, q.Qualifier, endTok = boundAbout, "odd", k+1
		}
	}

	headUnit := -1 // a unit noun that is the head ("9th Division")
	val := r.val
	switch {
	case r.countless || r.vague:
		q.Vague = true
	case r.isDate:
		q.Kind = Date
	case r.sep == ':':
		q.Kind = Time
		if info, m := lx.units.match(f.low, endTok); m > 0 && info.kind == Time {
			q.Unit, endTok = info.unit, endTok+m
		}
	case r.sep != 0 || r.code:
		q.Kind = Other
		r.isInt = r.isInt && !r.code
	case r.ordinal:
		q.Kind = Ordinal
		if val >= 1 && val <= 31 {
			switch {
			case f.isMonth(endTok):
				q.Kind, endTok = Date, endTok+1
			case f.lowAt(endTok) == "of" && f.isMonth(endTok+1):
				q.Kind, endTok = Date, endTok+2
			default:
				if m := f.monthBefore(startTok); m >= 0 && f.extendBack(&startTok, m) {
					q.Kind = Date
				}
			}
		}
		if q.Kind == Ordinal {
			if p, m := f.unitNounAfter(endTok, !r.words); m > 0 {
				q.Kind = Unit
				headUnit = p
				endTok = p + m
			}
		}
	case r.compound != "":
		info, ok := lx.compound[r.compound]
		if !ok {
			info = unitInfo{kind: Other}
		}
		q.Kind, q.Unit = info.kind, info.unit
		if r.compoundEnd > endTok {
			endTok = r.compoundEnd
		}
		if q.Kind == Age {
			if _, m := lx.conflict.match(f.low, endTok); m > 0 {
				q.Kind = Duration
			}
		}
	case r.suffix != "":
		q.Kind = f.suffixKind(&q, &r, &startTok)
		val = r.val
	default:
		f.contextKind(&q, &r, &startTok, &endTok, &headUnit, isRange)
		val = r.val
	}

	// The count.
	if r.isInt && !r.countless && val < 1e15 && r.sep == 0 && !r.isDate {
		v := int(val)
		switch {
		case isRange:
			if bnd == boundCeiling {
				q.Count = upTo(int(high.val))
			} else if bnd == boundFloor {
				// "at least 10 and as many as 30": the floor is the best
				// credible figure, the ceiling the high
				lo, hi := v, int(high.val)
				q.Count = sitrep.Count{Low: &lo, Best: &lo, High: &hi}
			} else {
				q.Count = between(v, int(high.val))
			}
		case r.vague:
			if bnd == boundCeiling {
				q.Count = upTo(v)
			} else {
				q.Count = atLeast(v)
			}
		case bnd == boundFloor:
			q.Count = atLeast(v)
		case bnd == boundCeiling:
			q.Count = upTo(v)
		default:
			q.Count = exact(v)
		}
	}
	if !r.countless {
		q.Value = val
	}

	q.Span = sitrep.Span{Start: f.toks[startTok].Span.Start, End: f.toks[endTok-1].Span.End}
	q.Num = sitrep.Span{Start: r.numStart, End: high.numEnd}
	if q.Num.End < q.Num.Start || q.Num.End > q.Span.End {
		q.Num.End = q.Span.End
	}

	// The head.
	switch {
	case headUnit >= 0:
		// The formation's last word: "16th Infantry Division" → division,
		// "Task Force 51" → force.
		h := headUnit
		for h+1 < endTok && h+1 < len(f.toks) && f.isWord(h+1) && !isDigitByte(f.low[h+1][0]) {
			h++
		}
		q.Head, q.HeadSpan = lower(f.toks[h].Text), f.toks[h].Span
	case q.Kind == Cardinal || q.Kind == Age:
		plural := q.Vague || (q.Count.Best != nil && *q.Count.Best >= 2) || (q.Count.Low != nil && *q.Count.Low >= 2)
		if h := f.headAt(endTok, q.Kind == Cardinal && f.lowAt(endTok-1) != "of", plural); h >= 0 {
			if q.Kind == Cardinal || f.plainHead(endTok, h) {
				q.Head, q.HeadSpan = lower(f.toks[h].Text), f.toks[h].Span
			}
		}
	}
	if r.countless && q.Head == "" && f.low[endTok-1] != "of" {
		return Quantity{}, 0, false // "many said", "some 12": nothing counted
	}
	return q, endTok, true
}

// hyphenCode reports numbers chained by two or more hyphens from token k
// (a "-"): "-800-577" in a telephone number.
func (f *finder) hyphenCode(k int) bool {
	return f.isNumberAt(k+1) && f.adjacent(k, k+1) && f.lowAt(k+2) == "-" && f.adjacent(k+1, k+2)
}

func (f *finder) isNumberAt(k int) bool {
	return k >= 0 && k < len(f.toks) && (f.toks[k].Kind == textutil.Number || isDigitByte(f.toks[k].Text[0]))
}

// countable reports a plain whole number that can start or end a range.
func (r reading) countable() bool {
	return !r.ordinal && !r.vague && !r.countless && r.isInt && r.sep == 0 && !r.isDate && r.suffix == "" && !r.code
}

// extendBack moves the phrase start back to token m when no earlier
// quantity ends after it.
func (f *finder) extendBack(startTok *int, m int) bool {
	if m < 0 || f.toks[m].Span.Start < f.lastEnd {
		return false
	}
	if m < *startTok {
		*startTok = m
	}
	return true
}

// listedAge reports whether the number at token k ends a list of ages
// that an age cue opens ("aged 11 and 13", "aged 9, 12 or 14"): each
// number of the list is an age, not a count of people (unless people
// follow it: "aged 20 and 15 soldiers").
func (f *finder) listedAge(k int) bool {
	p := k - 1
	for p >= 1 && f.isNumberAt(p-1) {
		switch f.lowAt(p) {
		case "and", "or", ",":
		default:
			return false
		}
		p -= 2
		if f.has(p, fAgecue) {
			return true
		}
	}
	return false
}

func (f *finder) isMonth(k int) bool {
	return f.has(k, fMonth)
}

// monthBefore returns the month name just before token k ("June 3",
// "Sept. 14"), or -1.
func (f *finder) monthBefore(k int) int {
	if f.isMonth(k - 1) {
		return k - 1
	}
	if f.lowAt(k-1) == "." && f.isMonth(k-2) {
		return k - 2
	}
	return -1
}

// unitNounAfter finds a formation name after an ordinal: "9th Division",
// "16th Infantry Division", "Second Army". Up to three capitalised words
// may come between (or, after an ordinal in digits, words of the
// [unitmodifier] list: "the 4th infantry brigade"); the noun must be
// capitalised unless the ordinal is in digits. It returns the noun's first token and length.
func (f *finder) unitNounAfter(k int, digits bool) (int, int) {
	for p := k; p < k+4 && p < len(f.toks); p++ {
		if !f.isWord(p) {
			return -1, 0
		}
		if _, m := f.lx.unitNouns.match(f.low, p); m > 0 && (digits || textutil.IsCapitalized(f.toks[p].Text)) {
			return p, m
		}
		if !textutil.IsCapitalized(f.toks[p].Text) && !(digits && f.has(p, fUnitModifier)) {
			return -1, 0
		}
	}
	return -1, 0
}

// clockish reports a number written like a clock time: "0438", "1400",
// "04.38", "4.38".
func (f *finder) clockish(r *reading) bool {
	s := f.text[r.numStart:r.numEnd]
	if r.plain && r.digits == 4 {
		hh, mm := int(s[0]-'0')*10+int(s[1]-'0'), int(s[2]-'0')*10+int(s[3]-'0')
		return hh < 24 && mm < 60
	}
	if i := strings.IndexAny(s, ".:"); i >= 1 && i <= 2 && len(s)-i-1 == 2 && allDigits(s[:i]) && allDigits(s[i+1:]) {
		return s[i+1] < '6'
	}
	return false
}

// suffixKind decides the kind of a number run on to letters ("11am",
// "10km", "04.38hrs", "$5m", "1990s").
func (f *finder) suffixKind(q *Quantity, r *reading, startTok *int) Kind {
	lx := f.lx
	s := r.suffix
	if cur, m := f.currencyBefore(*startTok); m > 0 && f.extendBack(startTok, *startTok-m) {
		if sc, ok := lx.scales[s]; ok || s == "m" || s == "b" || s == "k" {
			switch s {
			case "m":
				sc = 1000000
			case "b":
				sc = 1000000000
			case "k":
				sc = 1000
			}
			r.val *= float64(sc)
			r.isInt = r.val < 1e15 && r.val == float64(int64(r.val))
			q.Unit = cur
			return Money
		}
	}
	if len(s) == 3 && s[0] == 'h' && isDigitByte(s[1]) && isDigitByte(s[2]) && r.val < 24 {
		r.isInt = false
		q.Unit = "h"
		return Time // "17h30"
	}
	if s == "s" {
		r.isInt = false
		if r.digits == 4 {
			return Year // "1990s"
		}
		return Other
	}
	if info, ok := lx.units.single(s); ok {
		switch {
		case info.kind == Time && info.unit == "hrs":
			if f.clockish(r) {
				q.Unit = "hrs"
				return Time
			}
			q.Unit = "hours"
			return Duration
		case info.kind == Time:
			q.Unit = info.unit
			return Time
		default:
			q.Unit = info.unit
			return info.kind
		}
	}
	r.isInt = false
	return Other
}

// currencyBefore returns the currency sign or code just before token k
// ("$5", "US$ 5", "USD 5") and how many tokens it takes.
func (f *finder) currencyBefore(k int) (string, int) {
	for m := 2; m >= 1; m-- {
		p := k - m
		if p < 0 {
			continue
		}
		if cur, n := f.lx.currency.match(f.low, p); n == m {
			return cur, m
		}
	}
	return "", 0
}

// contextKind decides the kind of a plain number from the words around it.
func (f *finder) contextKind(q *Quantity, r *reading, startTok, endTok, headUnit *int, isRange bool) {
	lx := f.lx
	if cur, m := f.currencyBefore(*startTok); m > 0 && f.extendBack(startTok, *startTok-m) {
		q.Kind, q.Unit = Money, cur
		if info, m := lx.units.match(f.low, *endTok); m > 0 && info.kind == Money {
			*endTok += m // "$5 million dollars"
		}
		return
	}
	if f.lowAt(*endTok) == "%" {
		q.Kind, q.Unit = Percent, "%"
		*endTok++
		return
	}
	if info, m := lx.units.match(f.low, *endTok); m > 0 {
		ok := true
		switch {
		case info.kind == Time && info.unit == "hrs":
			if !f.clockish(r) {
				info = unitInfo{kind: Duration, unit: "hours"}
			}
		case info.kind == Time && (info.unit == "am" || info.unit == "pm"):
			ok = r.val > 0 && r.val < 13
		case info.kind == Distance && info.unit == "m":
			ok = !r.words && r.scale == 0
		}
		if info.kind == Duration && info.unit == "hours" && f.clockish(r) && r.digits == 4 {
			info = unitInfo{kind: Time, unit: "hrs"} // "0400 hours"
		}
		if ok {
			q.Kind, q.Unit = info.kind, info.unit
			*endTok += m
			return
		}
	}
	if f.has(*startTok-1, fAgecue) && f.extendBack(startTok, *startTok-1) {
		q.Kind, q.Unit = Age, "years"
		return
	}
	if f.listedAge(*startTok) && !(f.isWord(*endTok) && f.pluralAt(*endTok)) {
		q.Kind, q.Unit = Age, "years" // "two boys aged 11 and 13": 13 is an age too
		return
	}
	if r.plain && !r.words && r.val >= 1 && r.val <= 31 && r.digits <= 2 {
		if f.isMonth(*endTok) {
			q.Kind = Date
			*endTok++
			return
		}
		if m := f.monthBefore(*startTok); m >= 0 && f.extendBack(startTok, m) {
			q.Kind = Date
			return
		}
	}
	for m := 2; m >= 1; m-- {
		// "Brigade 15", "Task Force 51"
		p := *startTok - m
		if !f.isWord(p) || !textutil.IsCapitalized(f.toks[p].Text) {
			continue
		}
		if _, n := lx.unitNouns.match(f.low, p); n == m && f.extendBack(startTok, p) {
			q.Kind = Unit
			*headUnit = p
			return
		}
	}
	if f.has(*endTok, fFraction) {
		q.Kind = Other // "three quarters", "two thirds"
		return
	}
	if p := *startTok - 1; f.has(p, fLabel) || (f.lowAt(p) == "." && f.has(p-1, fLabel)) {
		q.Kind = Other // "Route 1", "No. 5", "Resolution 2254"
		return
	}
	if r.plain && r.digits == 4 && f.lowAt(*startTok-1) == "at" && f.clockish(r) {
		q.Kind = Time // "at 1830", military time
		return
	}
	if r.plain && r.digits == 4 && r.val >= 1900 && r.val <= 2100 {
		q.Kind = f.yearOrCount(q, *startTok, *endTok, isRange)
		return
	}
	if !r.isInt {
		q.Kind = Other
	}
}

// pluralAt reports a plural-looking word or a people noun at token p;
// acronyms ("ISIS", "YBS") are names, not plurals.
func (f *finder) pluralAt(p int) bool {
	if f.fl[p]&fCountnoun != 0 {
		return true
	}
	return looksPlural(f.low[p]) && !textutil.IsAllCaps(f.toks[p].Text)
}

// plainHead reports a head in lower case reached only over words of the
// modifier list: "a 12-year-old Yazidi girl", not "the 850-year-old Grand
// al-Nuri Mosque".
func (f *finder) plainHead(k, h int) bool {
	if !textutil.IsLower(f.toks[h].Text) {
		return false
	}
	for p := k; p < h; p++ {
		if !f.has(p, fModifier) {
			return false
		}
	}
	return true
}

// yearOrCount decides whether a four-digit number from 1900 to 2100 is a
// year or a count. A month or a date preposition before it ("June 2014",
// "since 2014") makes a year; a plural or people noun after it ("2000
// people") a count; a qualifier ("about 2000") a count, unless it is a
// range of such numbers; anything else a year. A noun of a happening right
// after it ("the 2014 killings") makes a year whatever comes before.
func (f *finder) yearOrCount(q *Quantity, startTok, endTok int, isRange bool) Kind {
	if f.monthBefore(startTok) >= 0 || f.has(startTok-1, fYearcue) {
		return Year
	}
	if f.lowAt(startTok-1) == "," && f.isNumberAt(startTok-2) && len(f.toks[startTok-2].Text) <= 4 {
		return Year // "Aug. 7, 2017", "the 3rd, 2016"
	}
	if f.has(endTok, fYearnoun) {
		return Year // "over 2014 killings", "the 2003 invasion": the year of what the noun names
	}
	if h := f.headAt(endTok, false, true); h >= 0 && f.pluralAt(h) {
		return Cardinal
	}
	if q.Qualifier != "" && !isRange {
		return Cardinal
	}
	return Year
}

// headAt finds the counted word at or after token k. It reads a run of
// up to five words (stopping at function words, numbers and punctuation),
// past "of the" when ofOK. For a count of two or more (plural) the head is
// the first plural-looking word of the run ("12 Iraqi soldiers", "five
// mortar rounds", "three suspected Boko Haram suicide bombers"); otherwise
// modifiers are skipped: words of the [modifier] list, and capitalised or
// hyphenated words, while another word of the run follows. It returns -1
// when there is no word to count.
func (f *finder) headAt(k int, ofOK, plural bool) int {
	if ofOK && f.lowAt(k) == "of" {
		k++
	}
	if f.lowAt(k-1) == "of" {
		switch f.lowAt(k) {
		case "the", "those", "these", "his", "her", "their", "its", "our", "whom":
			k++
		}
	}
	end := k
	for end < k+5 && f.isWord(end) {
		w := f.low[end]
		if isDigitByte(w[0]) {
			break
		}
		if fl := f.fl[end]; fl&fModifier == 0 && fl&(fNothead|fStarter) != 0 && !textutil.IsAllCaps(f.toks[end].Text) {
			break // "IS militants" is a name, "is" a verb
		}
		end++
	}
	if end == k {
		return -1
	}
	if plural {
		// The first plural; of plurals in a row the last ("police
		// officers", "Afghan security personnel").
		for p := k; p < end; p++ {
			if f.pluralAt(p) {
				for p+1 < end && f.pluralAt(p+1) {
					p++
				}
				return p
			}
		}
	}
	p := k
	for p+1 < end {
		w := f.low[p]
		if f.fl[p]&fModifier != 0 || textutil.IsCapitalized(f.toks[p].Text) || strings.IndexByte(w, '-') > 0 {
			p++
			continue
		}
		break
	}
	return p
}

// looksPlural reports an English plural in -s ("rounds", "civilians"), not
// "-ss" ("press") or "-us".
func looksPlural(w string) bool {
	n := len(w)
	return n > 2 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != '\''
}

// Counts made with one allocation each (sitrep.Exact makes three): Find
// runs on every sentence of every report.

func exact(n int) sitrep.Count {
	v := &[3]int{n, n, n}
	return sitrep.Count{Low: &v[0], Best: &v[1], High: &v[2]}
}

func atLeast(n int) sitrep.Count {
	v := &[2]int{n, n}
	return sitrep.Count{Low: &v[0], Best: &v[1]}
}

func upTo(n int) sitrep.Count {
	v := &[2]int{n, n}
	return sitrep.Count{Best: &v[0], High: &v[1]}
}

func between(lo, hi int) sitrep.Count {
	if hi < lo {
		lo, hi = hi, lo
	}
	v := &[3]int{lo, (lo + hi) / 2, hi}
	return sitrep.Count{Low: &v[0], Best: &v[1], High: &v[2]}
}
