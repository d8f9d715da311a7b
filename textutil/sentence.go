package textutil

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

//go:embed abbreviations.txt
var defaultAbbreviations string

//go:embed linebreaks.txt
var defaultLineBreaks string

// abbrClass says how a full stop after an abbreviation is read.
type abbrClass uint8

const (
	abbrNone    abbrClass = iota
	abbrTitle             // never ends a sentence
	abbrNumber            // does not end a sentence before a digit
	abbrMonth             // not before a digit; otherwise like abbrAcronym
	abbrAcronym           // ends a sentence only before an opener word
)

var abbrClassNames = map[string]abbrClass{
	"title": abbrTitle, "number": abbrNumber, "month": abbrMonth, "acronym": abbrAcronym,
}

// Splitter splits text into sentences. Its abbreviation lists decide which
// full stops do not end a sentence; the zero value is not usable, use
// DefaultSplitter or NewSplitter. A Splitter is safe for concurrent use.
type Splitter struct {
	abbrev  map[string]abbrClass
	openers map[string]bool
	joins   map[string]bool // words that never end a line of prose (linebreaks.txt)
	dated   map[string]bool // words that go on before a day, a month or a number (linebreaks.txt)
}

var (
	defaultSplitterOnce sync.Once
	defaultSplitter     *Splitter
)

// DefaultSplitter returns the splitter built from the embedded
// abbreviations.txt, the one Sentences uses.
func DefaultSplitter() *Splitter {
	defaultSplitterOnce.Do(func() {
		s := &Splitter{abbrev: map[string]abbrClass{}, openers: map[string]bool{}, joins: map[string]bool{}, dated: map[string]bool{}}
		if err := s.load("abbreviations.txt", strings.NewReader(defaultAbbreviations)); err != nil {
			panic(err) // the embedded file is tested
		}
		if err := s.load("linebreaks.txt", strings.NewReader(defaultLineBreaks)); err != nil {
			panic(err) // the embedded file is tested
		}
		defaultSplitter = s
	})
	return defaultSplitter
}

// NewSplitter returns a splitter with the embedded abbreviations extended by
// a user file in the same format (see abbreviations.txt): lines
// "class: word word ..." with class title, number, month, acronym, opener
// joins or dated (see linebreaks.txt).
// name is used in error messages.
func NewSplitter(name string, r io.Reader) (*Splitter, error) {
	d := DefaultSplitter()
	s := &Splitter{abbrev: make(map[string]abbrClass, len(d.abbrev)), openers: make(map[string]bool, len(d.openers)), joins: make(map[string]bool, len(d.joins)), dated: make(map[string]bool, len(d.dated))}
	for k, v := range d.abbrev {
		s.abbrev[k] = v
	}
	for k, v := range d.openers {
		s.openers[k] = v
	}
	for k, v := range d.joins {
		s.joins[k] = v
	}
	for k, v := range d.dated {
		s.dated[k] = v
	}
	if err := s.load(name, r); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Splitter) load(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if i := strings.IndexByte(t, '#'); i >= 0 {
			t = t[:i]
		}
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		class, words, ok := strings.Cut(t, ":")
		if !ok {
			return fmt.Errorf("read %s: line %d: want \"class: words\", got %q", name, line, t)
		}
		class = strings.TrimSpace(class)
		for _, w := range strings.Fields(words) {
			w = strings.ToLower(strings.TrimSuffix(w, "."))
			if class == "opener" {
				s.openers[w] = true
				continue
			}
			if class == "joins" {
				s.joins[w] = true
				continue
			}
			if class == "dated" {
				s.dated[w] = true
				continue
			}
			c, ok := abbrClassNames[class]
			if !ok {
				return fmt.Errorf("read %s: line %d: unknown class %q", name, line, class)
			}
			s.abbrev[w] = c
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// Sentences splits text into sentence spans (byte offsets, trimmed of
// surrounding space) with the default splitter. See Splitter.Sentences.
func Sentences(text string) []sitrep.Span {
	return DefaultSplitter().Sentences(text)
}

// Sentences splits text into sentence spans: byte offsets into text, in
// order, not overlapping, trimmed of surrounding space, never empty.
//
// The rules are written for news prose and noisy web text. A line break
// ends a sentence (headlines and captions have no final period) unless it
// is a wrap inside one, in hard-wrapped text (see wrap.go): a wrap reads
// as a space. A
// full stop ends one unless it follows an abbreviation or an initial
// ("Lt.-Gen.", "U.S.", "Joseph F. Dunford Jr."), sits inside a number or time
// ("1.5", "04.38hrs"), or is followed by a lower-case word; a closing quote
// or bracket after it belongs to the sentence. A full stop with no space
// after it still ends a sentence when a capitalised word follows
// ("bombers.Police said"), but not in "U.S." or "al-Sumaria.com". "?" and
// "!" end sentences unless a lower-case word follows; an ellipsis ("…",
// "...") ends one only before a capitalised word.
func (s *Splitter) Sentences(text string) []sitrep.Span {
	out := make([]sitrep.Span, 0, len(text)/100+1)
	soft := softSet(s.softBreaks(text))
	start := 0
	emit := func(end int) {
		if sp, ok := trimSpan(text, start, end); ok {
			out = append(out, sp)
		}
		start = end
	}
	for i := 0; i < len(text); {
		// (the bytes that end no sentence and start no rune of more
		// than one byte, passed over a run at a time)
		if i = plainEnd(text, i); i >= len(text) {
			break
		}
		c := text[i]
		switch {
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			if soft.has(i) {
				i++ // a wrap: read as a space ("\r\n" too)
				if c == '\r' && i < len(text) && text[i] == '\n' {
					i++
				}
				continue
			}
			emit(i)
			i++
		case c == '.':
			// A run of dots is an ellipsis, spaced (". . .") or not.
			j, dots := i+1, 1
			for j < len(text) {
				if text[j] == '.' {
					j, dots = j+1, dots+1
				} else if text[j] == ' ' && j+1 < len(text) && text[j+1] == '.' {
					j++
				} else {
					break
				}
			}
			if dots >= 2 {
				end := absorbClosers(text, j)
				if capitalFollows(text, end, soft) {
					emit(end)
				}
				i = end
				continue
			}
			if end, ok := s.fullStop(text, start, i, soft); ok {
				emit(end)
				i = end
				continue
			}
			i++
		case c == '?' || c == '!':
			j := i + 1
			for j < len(text) && (text[j] == '?' || text[j] == '!') {
				j++
			}
			end := absorbClosers(text, j)
			if endsAfterMark(text, end, soft) {
				emit(end)
			}
			i = end
		case c < utf8.RuneSelf:
			i++
		default:
			r, w := utf8.DecodeRuneInString(text[i:])
			switch r {
			case '\u2028', '\u2029', '\u0085':
				emit(i)
			case '…':
				end := absorbClosers(text, i+w)
				if capitalFollows(text, end, soft) {
					emit(end)
				}
				i = end
				continue
			case '。', '؟', '۔':
				end := absorbClosers(text, i+w)
				emit(end)
				i = end
				continue
			}
			i += w
		}
	}
	emit(len(text))
	return out
}

// plainEnd returns the first index from i of a byte Sentences reads (a
// line break, '.', '?', '!' or the first byte of a rune past ASCII), or
// len(text). (A function of its own, so that its loop keeps its index in
// a register.)
//
//go:noinline
func plainEnd(text string, i int) int {
	for ; i < len(text); i++ {
		if sentenceByte[text[i]] {
			return i
		}
	}
	return i
}

// sentenceByte marks the bytes Sentences reads one by one.
var sentenceByte = func() (t [256]bool) {
	for _, c := range []byte{'\n', '\r', '\v', '\f', '.', '?', '!'} {
		t[c] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// fullStop decides whether the single '.' at i ends the sentence begun at
// start, and if so where the sentence ends (after any closing quotes or
// brackets). A soft line break after it reads as a space.
func (s *Splitter) fullStop(text string, start, i int, soft softSet) (int, bool) {
	if i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1]) {
		return 0, false // 1.5, 04.38hrs, 25.000
	}
	ws := wordStart(text, i)
	word := text[ws:i]
	class := s.classify(word)
	end := absorbClosers(text, i+1)
	n := skipSpace(text, end, soft)
	if n >= len(text) || isLineBreakAt(text, n) {
		return end, true
	}
	r, _ := utf8.DecodeRuneInString(text[n:])
	if n == end && end == i+1 {
		// No space after the full stop: a new sentence only when a
		// capitalised word (perhaps after an opening quote) follows an
		// ordinary word, as in "two suicide bombers.Police said".
		if class != abbrNone || isURLish(text, ws, i) {
			return 0, false
		}
		if w := firstRuneLen(word); w == len(word) {
			return 0, false // "x.Y": one letter, likely an abbreviation
		}
		if capitalWordAt(text, skipOpeners(text, n)) {
			return end, true
		}
		return 0, false
	}
	// A space follows. A lower-case word continues the sentence, unless
	// an ordinary word ends the first and a sentence opener begins the
	// next: careless capitals ("the province. the blast was").
	m := skipOpeners(text, n)
	if m < len(text) {
		r, _ = utf8.DecodeRuneInString(text[m:])
	}
	if unicode.IsLower(r) {
		if class == abbrNone && len(word) >= 3 && isLetters(word) && s.openerAt(text, m) {
			return end, true
		}
		return 0, false
	}
	switch class {
	case abbrTitle:
		return 0, false
	case abbrNumber:
		if isDigitRune(r) {
			return 0, false
		}
	case abbrMonth:
		if isDigitRune(r) {
			return 0, false
		}
		if !s.openerAt(text, m) {
			return 0, false
		}
	case abbrAcronym:
		if !s.openerAt(text, m) {
			return 0, false
		}
	}
	if class == abbrNone && isAllDigits(word) && ws == firstNonSpace(text, start, i) && isUpperRune(r) {
		return 0, false // a list number: "1. First item"
	}
	return end, true
}

// classify returns the abbreviation class of the word before a full stop.
func (s *Splitter) classify(word string) abbrClass {
	if word == "" {
		return abbrNone
	}
	var buf [32]byte
	if len(word) <= len(buf) {
		b := buf[:0]
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		if c, ok := s.abbrev[string(b)]; ok {
			return c
		}
		// The last part of a compound: "Lt.-Gen" → "gen".
		if k := lastSeparator(b); k >= 0 {
			if c, ok := s.abbrev[string(b[k+1:])]; ok {
				return c
			}
		}
	}
	if isDottedAcronym(word) {
		return abbrAcronym
	}
	if r, w := utf8.DecodeRuneInString(word); w == len(word) && unicode.IsUpper(r) {
		return abbrAcronym // an initial: "F."
	}
	return abbrNone
}

// openerAt reports whether the word at i is a sentence opener.
func (s *Splitter) openerAt(text string, i int) bool {
	j := i
	for j < len(text) && j-i < 16 {
		c := text[j]
		if !(('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')) {
			break
		}
		j++
	}
	if j == i || j-i >= 16 {
		return false
	}
	var buf [16]byte
	b := buf[:0]
	for k := i; k < j; k++ {
		c := text[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return s.openers[string(b)]
}

func lastSeparator(b []byte) int {
	for k := len(b) - 1; k >= 0; k-- {
		if b[k] == '-' || b[k] == '.' {
			return k
		}
	}
	return -1
}

// wordStart returns where the word that ends at i begins: letters, digits,
// dots, hyphens and apostrophes back to the previous space or other mark,
// at most 64 bytes back.
func wordStart(text string, i int) int {
	j := i
	// Words longer than this are no abbreviations; the bound keeps long
	// runs of dotted letters linear.
	const maxWord = 64
	for j > 0 && i-j < maxWord {
		r, w := utf8.DecodeLastRuneInString(text[:j])
		if r == '.' || r == '-' || r == '\'' || r == '’' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j -= w
			continue
		}
		break
	}
	for j < i && (text[j] == '.' || text[j] == '-' || text[j] == '\'') {
		j++
	}
	return j
}

// isDottedAcronym reports words like "U.S", "a.m", "U.N": single letters
// separated by dots.
func isDottedAcronym(w string) bool {
	n := 0
	for i := 0; i < len(w); {
		r, sz := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLetter(r) {
			return false
		}
		i += sz
		n++
		if i == len(w) {
			return n >= 2
		}
		if w[i] != '.' {
			return false
		}
		i++
	}
	return false
}

// isURLish reports whether the chunk around a dot looks like a web address
// or e-mail, where dots never end sentences.
func isURLish(text string, ws, i int) bool {
	j := ws
	for j > 0 && j > ws-64 {
		c := text[j-1]
		if c == ' ' || c == '\t' || c == '\n' {
			break
		}
		j--
	}
	chunk := text[j:i]
	return strings.ContainsAny(chunk, "/@") || len(chunk) >= 4 && strings.EqualFold(chunk[:4], "www.")
}

// absorbClosers moves i past closing quotes and brackets that belong to the
// sentence just ended. A quote mark directly followed by a letter or digit
// opens the next sentence instead.
func absorbClosers(text string, i int) int {
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch r {
		case ')', ']', '}':
			i += w
			continue
		case '"', '\'', '”', '’', '“', '‘', '»', '«', '›':
			if i+w < len(text) {
				n, _ := utf8.DecodeRuneInString(text[i+w:])
				if unicode.IsLetter(n) || unicode.IsDigit(n) {
					return i
				}
			}
			i += w
			continue
		}
		return i
	}
	return i
}

// endsAfterMark decides whether "?" or "!" (and closers) ending at i end a
// sentence: not when a lower-case word follows, nor when a non-capital
// follows with no space.
func endsAfterMark(text string, i int, soft softSet) bool {
	n := skipSpace(text, i, soft)
	if n >= len(text) || isLineBreakAt(text, n) {
		return true
	}
	m := skipOpeners(text, n)
	if m >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[m:])
	if unicode.IsLower(r) {
		return false
	}
	if n == i {
		return capitalWordAt(text, m)
	}
	return true
}

// capitalFollows reports whether, after spaces and opening quotes, a
// capitalised word follows i (used after an ellipsis).
func capitalFollows(text string, i int, soft softSet) bool {
	n := skipSpace(text, i, soft)
	if n >= len(text) || isLineBreakAt(text, n) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[skipOpeners(text, n):])
	return isUpperRune(r)
}

// capitalWordAt reports whether a capitalised word starts at i: an
// upper-case letter followed by a lower-case one ("Police", not "US").
func capitalWordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	if !isUpperRune(r) {
		return false
	}
	if i+w >= len(text) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(text[i+w:])
	return unicode.IsLower(r2)
}

// skipOpeners moves i past opening quotes and brackets.
func skipOpeners(text string, i int) int {
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '"', '\'', '“', '‘', '«', '(', '[', '„', '‹':
			i += w
			continue
		}
		return i
	}
	return i
}

// skipSpace moves i past spaces and soft line breaks (wraps).
func skipSpace(text string, i int, soft softSet) int {
	for {
		i = skipHSpace(text, i)
		if i >= len(text) || len(soft) == 0 || !soft.has(i) {
			return i
		}
		i++
		if text[i-1] == '\r' && i < len(text) && text[i] == '\n' {
			i++
		}
	}
}

// skipHSpace moves i past spaces that are not line breaks.
func skipHSpace(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return i
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if isSpaceRune(r) && !isLineBreakRune(r) {
			i += w
			continue
		}
		return i
	}
	return i
}

func isLineBreakAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return c == '\n' || c == '\r' || c == '\v' || c == '\f'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isLineBreakRune(r)
}

func isLineBreakRune(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u2028', '\u2029', '\u0085':
		return true
	}
	return false
}

// isSpaceRune reports white space, including the invisible characters that
// web text leaves between words (zero-width space, BOM).
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// trimSpan trims white space from both ends of text[start:end].
func trimSpan(text string, start, end int) (sitrep.Span, bool) {
	for start < end {
		c := text[start]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				start++
				continue
			}
			break
		}
		r, w := utf8.DecodeRuneInString(text[start:end])
		if !isSpaceRune(r) {
			break
		}
		start += w
	}
	for end > start {
		c := text[end-1]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				end--
				continue
			}
			break
		}
		r, w := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpaceRune(r) {
			break
		}
		end -= w
	}
	return sitrep.Span{Start: start, End: end}, end > start
}

func firstNonSpace(text string, start, end int) int {
	sp, ok := trimSpan(text, start, end)
	if !ok {
		return end
	}
	return sp.Start
}

func firstRuneLen(s string) int {
	_, w := utf8.DecodeRuneInString(s)
	return w
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' }

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isLetters reports a word made only of letters.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}
