// Package quantity reads numbers and count phrases in report text: "at
// least 12", "more than 38", "5,000 to 6,000", "dozens of", "nearly two
// dozen", and tells counts of people apart from years, days of the month,
// times, ages, distances, money, percentages, durations and military unit
// numbers, so that the extractor only counts what can be counted.
//
// Counts follow EVENTS.md: "at least 12" is 12/12/-, "up to 90" -/90/90,
// "5,000 to 6,000" 5000/5500/6000, "about 50" 50/50/50, "dozens" 12/12/-.
// The words it knows live in lexicon.txt, embedded and extendable with Load.
package quantity

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/textutil"
)

// Kind says what a number is: a count of something, or a number that must
// not be read as one.
type Kind uint8

// Kinds of quantity.
const (
	Cardinal Kind = iota + 1 // a count: "12 soldiers", "dozens of civilians"
	Ordinal                  // "second", "9th"
	Year                     // "in 2014", "since 2014"
	Time                     // "04.38hrs", "3:30", "11 am"
	Age                      // "aged 25", "a 12-year-old girl"
	Distance                 // "50 km", "two kilometres"
	Money                    // "$5 million", "500 dollars"
	Percent                  // "15 percent", "15%"
	Duration                 // "three days", "24 hours", "a six-year-old conflict"
	Unit                     // a military formation: "9th Division", "Brigade 15"
	Date                     // a day of the month: "June 3", "the 10th of February"
	Other                    // a label or a number of no use as a count: "Route 1", "1.5"
)

var kindNames = [...]string{"", "Cardinal", "Ordinal", "Year", "Time", "Age", "Distance", "Money", "Percent", "Duration", "Unit", "Date", "Other"}

// String names the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Quantity is one number or count phrase found in a text, with absolute
// byte spans.
type Quantity struct {
	// Span is the whole phrase, qualifier and unit included: "at least
	// 12", "5,000 to 6,000", "dozens of", "$5 million", "June 3",
	// "9th Division". The counted word (Head) is not part of it.
	Span sitrep.Span
	// Num is just the number part ("12", "5,000 to 6,000", "two dozen").
	Num sitrep.Span
	// Count is low/best/high by the EVENTS.md conventions; empty for vague
	// words without a number ("several", "many") and numbers that are
	// not whole.
	Count sitrep.Count
	Kind  Kind
	// Vague marks counts given by words: dozens, scores, hundreds, tens,
	// thousands (with their ACLED floor), several, many, a few, some (with
	// an empty Count).
	Vague bool
	// Qualifier is the normalised qualifier: "at least", "more than",
	// "about", "up to", "nearly", "over", "fewer than", "between", … or "".
	Qualifier string
	// Unit is "km", "miles", "%", "$", "days", "hours", "years", "am", …
	// when the kind has one.
	Unit string
	// Head is the word counted, lower-cased, when it follows: "12
	// soldiers" → "soldiers", "dozens of civilians" → "civilians". Up to
	// two modifiers are skipped to reach it: words of the lexicon's
	// [modifier] list (nationalities, "more", "armed", …), and capitalised
	// or hyphenated words, when a lower-case word follows them ("12 Iraqi
	// soldiers" and "two ISIS-linked militants" count soldiers and
	// militants; "five Peshmerga were" counts peshmerga). For Unit it is
	// the formation ("division"); for Age the person ("girl").
	Head     string
	HeadSpan sitrep.Span
	// Value is the number as read, fractions kept (1.5 for "1.5 km", the
	// low end of a range); 0 for vague words without a number.
	Value float64
}

// Find returns every quantity in span of text, in order, non-overlapping,
// with absolute byte spans, using the default lexicon.
func Find(text string, span sitrep.Span) []Quantity {
	return Default().Find(text, span)
}

// Parse reads one whole phrase ("at least 12", "nearly two dozen", "up to
// 90 people") as a count with the default lexicon; see Lexicon.Parse.
func Parse(phrase string) (sitrep.Count, bool) {
	return Default().Parse(phrase)
}

// Number reads one number written in digits or words ("13", "25,000",
// "thirteen", "a hundred", "two dozen", "one hundred and twenty", "1.5
// million") with the default lexicon; see Lexicon.Number.
func Number(s string) (int, bool) {
	return Default().Number(s)
}

// Parse reads one whole phrase as a count: the phrase must be a single
// quantity, optionally followed by the word it counts ("at least 12",
// "nearly two dozen", "between 55 and 80 people"). ok is false when it is
// not, or when the phrase gives no count ("several").
func (lx *Lexicon) Parse(phrase string) (sitrep.Count, bool) {
	all := sitrep.Span{Start: 0, End: len(phrase)}
	trimmed, ok := textutil.TrimSpan(phrase, all)
	if !ok {
		return sitrep.Count{}, false
	}
	qs := lx.Find(phrase, all)
	if len(qs) != 1 {
		return sitrep.Count{}, false
	}
	q := qs[0]
	end := q.Span.End
	if q.HeadSpan.End > end {
		end = q.HeadSpan.End
	}
	if q.Span.Start != trimmed.Start || end != trimmed.End || q.Count.IsZero() {
		return sitrep.Count{}, false
	}
	return q.Count, true
}

// Number reads one number written in digits or words: the whole of s must
// be the number, and it must be whole ("1.5" is not, "1.5 million" is).
// Ordinals and vague words are not numbers here.
func (lx *Lexicon) Number(s string) (int, bool) {
	f := lx.newFinder(s, sitrep.Span{Start: 0, End: len(s)})
	defer f.release()
	if len(f.toks) == 0 {
		return 0, false
	}
	r, ok := f.readNumber(0)
	if !ok || r.ordinal || r.vague || r.countless || !r.isInt || r.compound != "" || r.suffix != "" || r.sep != 0 {
		return 0, false
	}
	if r.end != len(f.toks) {
		return 0, false
	}
	return int(r.val), true
}

// Find returns every quantity in span of text, in order, non-overlapping,
// with absolute byte spans.
func (lx *Lexicon) Find(text string, span sitrep.Span) []Quantity {
	f := lx.newFinder(text, span)
	defer f.release()
	var out []Quantity
	for i := 0; i < len(f.toks); {
		if !f.mayStart(i) {
			i++
			continue
		}
		q, next, ok := f.at(i)
		if !ok {
			i++
			continue
		}
		if out == nil {
			out = make([]Quantity, 0, 2)
		}
		out = append(out, q)
		f.lastEnd = q.Span.End
		i = next
	}
	coordinateUnits(text, out)
	return out
}

// coordinateUnits makes an ordinal joined to a unit a unit too: in "the
// 2nd and 11th brigades" both are brigades.
// Likewise a day number joined to a date is a date: "on 29 and 30
// January".
func coordinateUnits(text string, qs []Quantity) {
	for i := len(qs) - 2; i >= 0; i-- {
		a, b := &qs[i], &qs[i+1]
		if b.Num.Start != b.Span.Start {
			continue
		}
		switch {
		case a.Kind == Ordinal && b.Kind == Unit:
			switch strings.TrimSpace(text[a.Span.End:b.Span.Start]) {
			case "and", ",", "or", "&", "and the", ", the":
				a.Kind, a.Head = Unit, b.Head
				a.HeadSpan = b.HeadSpan
			}
		case (a.Kind == Cardinal || a.Kind == Ordinal) && b.Kind == Date && a.Head == "" && a.Qualifier == "" &&
			a.Count.Best != nil && *a.Count.Best >= 1 && *a.Count.Best <= 31:
			switch strings.TrimSpace(text[a.Span.End:b.Span.Start]) {
			case "and", ",", "or", "&", "to", "-", "–":
				a.Kind = Date
			}
		}
	}
}

// finder holds the tokens of one Find call; finders are pooled.
type finder struct {
	lx   *Lexicon
	text string
	toks []textutil.Token
	// low holds the lookup form of each token. Lower-cased ASCII words
	// point into arena, which is reused by the next call: they must not
	// leave the finder (Quantity.Head is made with lower, not taken from
	// low).
	low     []string
	fl      []wordFlags // the lexicon's flags of each token
	arena   []byte
	lastEnd int
}

var finderPool = sync.Pool{New: func() any { return &finder{} }}

func (lx *Lexicon) newFinder(text string, span sitrep.Span) *finder {
	f := finderPool.Get().(*finder)
	f.lx, f.text, f.lastEnd = lx, text, 0
	f.toks = textutil.AppendTokens(f.toks[:0], text, span)
	f.low = f.low[:0]
	f.fl = f.fl[:0]
	f.arena = f.arena[:0]
	for _, t := range f.toks {
		if t.Kind == textutil.Word {
			w := f.lowerInArena(t.Text)
			if w == "" {
				w = t.Text // a word of marks that folding drops
			}
			f.low = append(f.low, w)
			f.fl = append(f.fl, lx.flagsOf(w))
		} else {
			f.low = append(f.low, t.Text)
			f.fl = append(f.fl, 0)
		}
	}
	if len(f.toks) > 0 {
		f.lastEnd = f.toks[0].Span.Start
	}
	return f
}

// lowerInArena returns the lookup form of s without allocating for ASCII
// words: lower-cased bytes are written to the arena. A full arena is
// replaced, not grown, so strings already made stay valid.
func (f *finder) lowerInArena(s string) string {
	change := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// Curly apostrophes are the common non-ASCII letter in
			// English news words ("Iraq’s"); the rest is folded.
			if strings.HasPrefix(s[i:], "’") {
				change = true
				i += len("’") - 1
				continue
			}
			return lower(s)
		}
		if 'A' <= c && c <= 'Z' {
			change = true
		}
	}
	if !change {
		return s
	}
	if len(f.arena)+len(s) > cap(f.arena) {
		f.arena = make([]byte, 0, max(4096, 2*cap(f.arena), len(s)))
	}
	start := len(f.arena)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c >= utf8.RuneSelf:
			c = '\''
			i += len("’") - 1
		}
		f.arena = append(f.arena, c)
	}
	return unsafe.String(&f.arena[start], len(f.arena)-start)
}

func (f *finder) release() {
	f.text = ""
	clear(f.low)
	if cap(f.toks) > 1<<14 {
		f.toks, f.low = nil, nil
	}
	finderPool.Put(f)
}

// mayStart is a cheap test of whether a quantity can begin at token i.
func (f *finder) mayStart(i int) bool {
	t := f.toks[i]
	switch t.Kind {
	case textutil.Number:
		return true
	case textutil.Word:
		if c := t.Text[0]; c >= '0' && c <= '9' {
			return true
		}
		if f.fl[i]&fStarter != 0 {
			return true
		}
		if w := f.low[i]; len(w) > 3 {
			if k := strings.IndexByte(w, '-'); k > 0 {
				return f.lx.flagsOf(w[:k])&fStarter != 0
			}
		}
	}
	return false
}

func (f *finder) adjacent(a, b int) bool {
	return a >= 0 && b < len(f.toks) && f.toks[a].Span.End == f.toks[b].Span.Start
}

func (f *finder) lowAt(i int) string {
	if i < 0 || i >= len(f.low) {
		return ""
	}
	return f.low[i]
}

// has reports whether token i is a word with the given lexicon flag.
func (f *finder) has(i int, flag wordFlags) bool {
	return i >= 0 && i < len(f.fl) && f.fl[i]&flag != 0
}

func (f *finder) isWord(i int) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].Kind == textutil.Word
}

// at tries to read a quantity whose phrase starts at token i; it returns
// the quantity and the token to go on from.
func (f *finder) at(i int) (Quantity, int, bool) {
	lx := f.lx
	qual, qn := lx.qualifiers.match(f.low, i)
	if qn > 0 && (qual.name == "over" || strings.HasSuffix(qual.name, " over")) && f.has(i-1, fOververb) {
		qn = 0
	}
	if qn > 0 {
		if r, ok := f.readNumber(i + qn); ok && !r.countless {
			return f.build(i, qual, r)
		}
	}
	r, ok := f.readNumber(i)
	if !ok {
		return Quantity{}, 0, false
	}
	return f.build(i, qualifier{}, r)
}

// reading is a number read from tokens, before its kind is known.
type reading struct {
	start, end  int // token range of the number (and its scale words)
	spanEnd     int // token end of the phrase ("dozens of" takes "of")
	numStart    int // byte span of the number part
	numEnd      int
	val         float64
	isInt       bool
	scale       float64 // the scale word that multiplied it ("1.5 million"), or 0
	ordinal     bool    // "9th", "second"
	vague       bool    // dozens, hundreds: a count with a floor
	countless   bool    // several, many: no count
	words       bool    // spelled in words
	plain       bool    // digits only, no separator
	digits      int     // how many digits, when plain
	suffix      string  // letters run on to the digits: "th", "am", "km"
	compound    string  // after a hyphen: "year-old", "day"
	compoundEnd int     // token end of the compound when it is separate tokens
	sep         byte    // ':' or '/' inside a Number token
	isDate      bool    // a numeric date: 2017-04-03, 03/04/2017
	code        bool    // part of a code of hyphen-joined numbers, or glued to a word
	tail        string  // a qualifier glued on by a hyphen inside a word: "forty-odd", "twenty-plus"
}

// readNumber reads the number that starts at token j.
func (f *finder) readNumber(j int) (reading, bool) {
	if j >= len(f.toks) {
		return reading{}, false
	}
	t := f.toks[j]
	switch {
	case t.Kind == textutil.Number:
		return f.readDigits(j)
	case t.Kind == textutil.Word && t.Text[0] >= '0' && t.Text[0] <= '9':
		return f.readDigitWord(j)
	case t.Kind == textutil.Word:
		return f.readWords(j)
	}
	return reading{}, false
}

// readDigits reads a Number token, a scale word after it ("1.5 million")
// and a hyphenated compound ("12-year-old").
func (f *finder) readDigits(j int) (reading, bool) {
	t := f.toks[j]
	r := reading{start: j, end: j + 1, numStart: t.Span.Start, numEnd: t.Span.End}
	s := t.Text
	if strings.IndexByte(s, ':') >= 0 {
		r.sep = ':'
		r.val, _ = strconv.ParseFloat(s[:strings.IndexByte(s, ':')], 64)
	} else if strings.IndexByte(s, '/') >= 0 {
		r.sep = '/'
		r.isDate = strings.Count(s, "/") == 2
	} else {
		v, isInt, ok := parseDigits(s)
		if !ok {
			r.sep = '.'
			r.val, _ = strconv.ParseFloat(strings.SplitN(strings.ReplaceAll(s, ",", ""), ".", 2)[0], 64)
		} else {
			r.val, r.isInt = v, isInt
			r.plain = allDigits(s)
			if r.plain {
				r.digits = len(s)
			}
		}
	}
	r.spanEnd = r.end
	if r.sep != 0 {
		return r, true
	}
	// A numeric date: 2017-04-03.
	if r.plain && r.digits == 4 && f.adjacent(j, j+1) && f.low[j+1] == "-" && f.adjacent(j+1, j+2) &&
		j+4 < len(f.toks) && f.toks[j+2].Kind == textutil.Number && len(f.toks[j+2].Text) <= 2 &&
		f.adjacent(j+2, j+3) && f.low[j+3] == "-" && f.adjacent(j+3, j+4) && f.toks[j+4].Kind == textutil.Number && len(f.toks[j+4].Text) <= 2 {
		r.isDate, r.isInt = true, false
		r.end, r.spanEnd, r.numEnd = j+5, j+5, f.toks[j+4].Span.End
		return r, true
	}
	if s, ok := f.lx.scales[f.lowAt(j+1)]; ok {
		r.scale = float64(s)
		r.end, r.spanEnd, r.numEnd = j+2, j+2, f.toks[j+1].Span.End
		if s2, ok := f.lx.scales[f.lowAt(j+2)]; ok && s2 > s && s2 >= 1000 {
			r.scale *= float64(s2) // "two hundred thousand"
			r.end, r.spanEnd, r.numEnd = j+3, j+3, f.toks[j+2].Span.End
		}
		r.val *= r.scale
		r.isInt = r.val == math.Trunc(r.val) && r.val < 1e15
	}
	f.readCompound(&r)
	return r, true
}

// readCompound notes a hyphenated compound right after the number:
// "12-year-old", "10-day", "5-km", "100,000-strong", "10-member".
func (f *finder) readCompound(r *reading) {
	k := r.end
	if !f.adjacent(k-1, k) || f.lowAt(k) != "-" || !f.adjacent(k, k+1) || !f.isWord(k+1) {
		return
	}
	w := f.low[k+1]
	if w == "odd" || w == "plus" {
		return // "30-odd", "20-plus": qualifiers, read by build
	}
	if _, ok := f.lx.compound[w]; ok || (textutil.IsLower(f.toks[k+1].Text) && !f.has(k+1, fMonth)) {
		// Known ("12-year-old") or not ("10-member": Other).
		r.compound = w
		r.compoundEnd = k + 2
	}
}

// readDigitWord reads a number run on to letters: "9th", "11am",
// "04.38hrs", "10km", "5m", "1990s".
func (f *finder) readDigitWord(j int) (reading, bool) {
	t := f.toks[j]
	k := 0
	for k < len(t.Text) && (isDigitByte(t.Text[k]) || ((t.Text[k] == ',' || t.Text[k] == '.' || t.Text[k] == ':') && k+1 < len(t.Text) && isDigitByte(t.Text[k+1]))) {
		k++
	}
	r := reading{start: j, end: j + 1, spanEnd: j + 1, numStart: t.Span.Start, numEnd: t.Span.Start + k}
	prefix := t.Text[:k]
	r.suffix = lower(t.Text[k:])
	if s := t.Text[k:]; len(s) > 2 && textutil.IsCapitalized(s) && !textutil.IsAllCaps(s) {
		// A number glued to a capitalised word ("2013Days later", "2There"):
		// missing space in the source; nothing to read.
		r.code = true
		return r, true
	}
	if strings.IndexByte(prefix, ':') >= 0 {
		r.sep = ':'
		r.val, _ = strconv.ParseFloat(prefix[:strings.IndexByte(prefix, ':')], 64)
		return r, true
	}
	v, isInt, ok := parseDigits(prefix)
	if !ok {
		r.sep = '.'
		return r, true
	}
	r.val, r.isInt = v, isInt
	r.plain = allDigits(prefix)
	if r.plain {
		r.digits = len(prefix)
	}
	switch r.suffix {
	case "st", "nd", "rd", "th", "d": // "2d", "3d": military style
		if isInt {
			r.ordinal = true
			r.suffix = ""
		}
	}
	if r.ordinal {
		f.readCompound(&r)
	}
	return r, true
}

// readWords reads numbers and vague counts written in words.
func (f *finder) readWords(j int) (reading, bool) {
	lx := f.lx
	w := f.low[j]
	n := len(f.toks)
	// Vague plurals: "dozens (of)", "tens of thousands (of)".
	if v, ok := lx.vague[w]; ok {
		r := reading{start: j, vague: true, val: float64(v), isInt: true, words: true, numStart: f.toks[j].Span.Start}
		k := j + 1
		if k+1 < n && f.low[k] == "of" {
			if v2, ok := lx.vague[f.low[k+1]]; ok && v2 > v {
				r.val = float64(v * v2)
				k += 2
			}
		}
		r.end, r.numEnd = k, f.toks[k-1].Span.End
		r.spanEnd = k
		if k < n && f.low[k] == "of" {
			r.spanEnd = k + 1
		}
		return r, true
	}
	// "a couple of" is two.
	if (w == "a" || w == "an") && f.lowAt(j+1) == "couple" && f.lowAt(j+2) == "of" {
		return reading{start: j, end: j + 2, spanEnd: j + 3, val: 2, isInt: true, words: true,
			numStart: f.toks[j].Span.Start, numEnd: f.toks[j+1].Span.End}, true
	}
	// "half a dozen", "half a million".
	if w == "half" && (f.lowAt(j+1) == "a" || f.lowAt(j+1) == "an") {
		if s, ok := lx.scales[f.lowAt(j+2)]; ok {
			return reading{start: j, end: j + 3, spanEnd: j + 3, val: float64(s) / 2, isInt: s%2 == 0, words: true,
				numStart: f.toks[j].Span.Start, numEnd: f.toks[j+2].Span.End}, true
		}
	}
	// Vague words: "several", "a few", "a number of"; with a scale word they
	// become a floor ("several hundred", "a few dozen").
	if _, m := lx.vagueWords.match(f.low, j); m > 0 {
		k := j + m
		r := reading{start: j, end: k, spanEnd: k, words: true, numStart: f.toks[j].Span.Start, numEnd: f.toks[k-1].Span.End}
		if s, ok := lx.scales[f.lowAt(k)]; ok {
			r.val, r.isInt, r.vague = float64(s), true, true
			k++
			if s2, ok := lx.scales[f.lowAt(k)]; ok && s2 > s {
				r.val *= float64(s2)
				k++
			}
			r.end, r.spanEnd, r.numEnd = k, k, f.toks[k-1].Span.End
			if f.lowAt(k) == "of" {
				r.spanEnd = k + 1
			}
			return r, true
		}
		r.countless = true
		return r, true
	}
	return f.readWordNumber(j)
}

// Word-number states: what the last word was.
const (
	wnNone = iota
	wnUnit
	wnTeen
	wnTens
	wnHundred
	wnBig
	wnAnd
)

// readWordNumber reads a number spelled in words: "thirteen",
// "twenty-one", "twenty one", "a hundred", "one hundred and twenty", "two
// dozen", "twenty-first", and a hyphenated compound after it
// ("six-year-old", "three-day").
func (f *finder) readWordNumber(j int) (reading, bool) {
	lx := f.lx
	n := len(f.toks)
	total, cur := 0, 0
	last := wnNone
	lastBig := 0 // the last of thousand, million, billion
	consumed := false
	r := reading{start: j, words: true, isInt: true, numStart: f.toks[j].Span.Start}
	k := j
	w := f.low[j]
	if w == "a" || w == "an" {
		next := f.lowAt(j + 1)
		if head, tail, ok := strings.Cut(next, "-"); ok && (tail == "odd" || tail == "plus") {
			next = head // "a hundred-odd", "a dozen-plus"
		}
		if s, ok := lx.scales[next]; !ok || s < 12 {
			return reading{}, false
		}
		cur, consumed = 1, true
		k++
	}
	// ("said that one of its soldiers had been killed": "that" there
	// opens the clause, and "one of" counts)
	if w == "one" && (f.has(j-1, fNotone) && !(f.lowAt(j-1) == "that" && f.lowAt(j+1) == "of") || f.lowAt(j+1) == "another") {
		return reading{}, false
	}
	done := false
	// step feeds one word to the state machine; false means it is not part
	// of the number.
	step := func(w string) bool {
		if v, ok := lx.numbers[w]; ok {
			switch {
			case v == 0:
				if last != wnNone {
					return false
				}
			case v < 10:
				if last != wnNone && last != wnTens && last != wnHundred && last != wnBig && last != wnAnd {
					return false
				}
			default: // teens and tens
				if last != wnNone && last != wnHundred && last != wnBig && last != wnAnd {
					return false
				}
			}
			cur += v
			switch {
			case v < 10:
				last = wnUnit
			case v < 20:
				last = wnTeen
			default:
				last = wnTens
			}
			consumed = true
			return true
		}
		if v, ok := lx.ordinals[w]; ok {
			if v == 100 {
				cur = max(cur, 1) * 100
			} else {
				if v < 10 && last != wnNone && last != wnTens && last != wnHundred && last != wnBig && last != wnAnd {
					return false
				}
				if v >= 10 && last != wnNone && last != wnHundred && last != wnBig && last != wnAnd {
					return false
				}
				cur += v
			}
			r.ordinal, consumed, done = true, true, true
			return true
		}
		if s, ok := lx.scales[w]; ok && consumed && total+max(cur, 1)*s < 1e15 {
			switch {
			case s == 12:
				cur = max(cur, 1) * 12
				done = true
			case s == 100:
				if last == wnHundred {
					return false
				}
				cur = max(cur, 1) * 100
				last = wnHundred
			default:
				if lastBig != 0 && s >= lastBig {
					return false // "million million": not one number
				}
				total += max(cur, 1) * s
				cur = 0
				last = wnBig
				lastBig = s
			}
			return true
		}
		return false
	}
	for k < n && !done && f.toks[k].Kind == textutil.Word {
		w := f.low[k]
		if w == "and" && (last == wnHundred || last == wnBig) {
			if _, ok := lx.numbers[f.lowAt(k+1)]; ok {
				last = wnAnd
				k++
				continue
			}
			break
		}
		if strings.IndexByte(w, '-') > 0 {
			// "twenty-one", "twenty-first", "six-year-old".
			rest := w
			p := 0
			byteEnd := f.toks[k].Span.Start
			for rest != "" && !done {
				part, after, _ := strings.Cut(rest, "-")
				if !step(part) {
					break
				}
				byteEnd += len(part)
				if p > 0 {
					byteEnd++
				}
				p++
				rest = after
			}
			if p == 0 {
				break
			}
			if rest == "odd" || rest == "plus" {
				// "forty-odd", "a hundred-odd", "twenty-plus": a qualifier
				// on the number (read by build), not a compound.
				r.tail = rest
				r.numEnd = byteEnd
				k++
				done = true
				continue
			}
			if rest != "" {
				// "six-year-old", "three-day"; a compound the lexicon
				// does not know ("four-member") makes the number Other.
				r.compound = rest
				r.numEnd = byteEnd
				k++
				r.end, r.spanEnd, r.compoundEnd = k, k, k
				r.val = float64(total + cur)
				return r, true
			}
			r.numEnd = f.toks[k].Span.End
			k++
			continue
		}
		if !step(w) {
			break
		}
		r.numEnd = f.toks[k].Span.End
		k++
	}
	if !consumed || k == j {
		return reading{}, false
	}
	if last == wnAnd {
		k--
	}
	r.end, r.spanEnd = k, k
	r.val = float64(total + cur)
	if r.numEnd == 0 {
		r.numEnd = f.toks[k-1].Span.End
	}
	if !r.ordinal {
		f.readCompound(&r)
	}
	return r, true
}

// parseDigits reads digits with separators: "25,000" and "25.000" are
// 25000 (groups of three after the first), "1.5" is a decimal, "1,234.5"
// and "1.234,5" decimals with grouping. ok is false for other shapes.
func parseDigits(s string) (v float64, isInt, ok bool) {
	if s == "" || len(s) > 24 {
		return 0, false, false
	}
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	if commas == 0 && dots == 0 {
		if len(s) > 15 {
			return 0, false, false
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, false, false
		}
		return float64(n), true, true
	}
	grouped := func(s string, sep byte) (string, bool) {
		parts := strings.Split(s, string(sep))
		if len(parts[0]) == 0 || len(parts[0]) > 3 || (parts[0][0] == '0' && len(parts[0]) > 0 && sep == '.') {
			return "", false
		}
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return "", false
			}
		}
		return strings.Join(parts, ""), true
	}
	var intPart, frac string
	switch {
	case commas > 0 && dots > 0:
		li := strings.LastIndexAny(s, ",.")
		dec := s[li]
		head := s[:li]
		frac = s[li+1:]
		group := byte(',')
		if dec == ',' {
			group = '.'
		}
		if strings.IndexByte(head, dec) >= 0 {
			return 0, false, false
		}
		g, ok := grouped(head, group)
		if !ok {
			return 0, false, false
		}
		intPart = g
	default:
		sep := byte(',')
		if dots > 0 {
			sep = '.'
		}
		if g, ok := grouped(s, sep); ok {
			intPart = g
		} else if commas+dots == 1 {
			i := strings.IndexByte(s, sep)
			intPart, frac = s[:i], s[i+1:]
		} else {
			return 0, false, false
		}
	}
	if len(intPart) > 15 {
		return 0, false, false
	}
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return 0, false, false
	}
	if frac == "" {
		return float64(n), true, true
	}
	fv, err := strconv.ParseFloat("0."+frac, 64)
	if err != nil {
		return 0, false, false
	}
	return float64(n) + fv, false, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
