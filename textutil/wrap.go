package textutil

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text (wire copy, e-mail, PDF text, pages copied at ~70
// columns) breaks lines inside sentences. A line break is read as a wrap
// (a space inside the sentence) or as a boundary (a headline, dateline,
// byline, caption or list item ends there) from what stands on either side
// of it and from the shape of its paragraph, in this order:
//
//   - the next line opens a list item, a label ("Photo:", "Editing by") or
//     the line ends with a colon: a boundary;
//   - the line ends with a full stop, "?" or "!": the mark decides, as
//     before a space, when the next line starts in lower case or the mark
//     closes a title ("Gen." + "Karimi"); otherwise a boundary;
//   - a word broken by a hyphen ("pro-" + "government"), a next line that
//     starts in lower case, a line ending in a comma or in a word that
//     cannot end a line of prose (linebreaks.txt: "of", "the", "told"),
//     or in one that goes on before a day, month or number ("on" +
//     "Sunday"): a wrap;
//   - a next line that opens with a capitalised sentence opener ("The",
//     "He", "But"): a boundary;
//   - otherwise a wrap only inside a wrapped paragraph (three lines or
//     more, most of them filling the paragraph's width, at least one break
//     already read as a wrap above), when the line is full: the next
//     line's first word would not have fitted on it. A short line, a line
//     longer than the paragraph's width (a headline above the body), a
//     title-case line or one before it, or a line in a paragraph of
//     unwrapped lines ends there.

// lineInfo is one line of a text, for the wrap reader.
type lineInfo struct {
	start, end int // byte range without the line break
	brk        int // byte offset of the break after the line; -1 at the end
	next       int // where the next line starts (past "\r\n")
	runes      int // length in runes, without trailing space
	blank      bool
	verdict    wrapVerdict // what the ends of this line and the next say
}

// SoftBreaks returns the byte offsets (in order) of the line breaks of text
// that the default splitter reads as wraps inside a sentence (see
// Sentences): the offset of "\n", or of "\r" in "\r\n".
func SoftBreaks(text string) []int {
	return DefaultSplitter().softBreaks(text)
}

// softBreaks returns the byte offsets (in order) of the line breaks of text
// that are wraps inside a sentence, not boundaries.
func (s *Splitter) softBreaks(text string) []int {
	if !hasInnerBreak(text) {
		return nil
	}
	var out []int
	var block []lineInfo // the lines of the paragraph being read, reused
	onlyLF := !strings.ContainsAny(text, "\r\v\f")
	for start := 0; start <= len(text); {
		l := nextLine(text, start, onlyLF)
		if !l.blank {
			block = append(block, l)
		}
		if l.blank || l.brk < 0 {
			if len(block) >= 2 {
				out = s.blockBreaks(text, block, out)
			}
			block = block[:0]
		}
		if l.brk < 0 {
			break
		}
		start = l.next
	}
	return out
}

// hasInnerBreak reports whether text has a line break followed by more text
// on the next line (the only case the wrap reader has to look at).
func hasInnerBreak(text string) bool {
	for i := 0; i < len(text)-1; i++ {
		c := text[i]
		if (c == '\n' || c == '\r') && text[i+1] != '\n' && text[i+1] != '\r' {
			return true
		}
	}
	return false
}

// nextLine reads the line that starts at start, up to "\n", "\r\n", "\r",
// "\v" or "\f" (the other Unicode line separators always end sentences and
// are not read here); onlyLF says the text has no "\r", "\v" or "\f". Its
// length in runes is counted later, for lines of paragraphs of more than
// one line only.
func nextLine(text string, start int, onlyLF bool) lineInfo {
	i := start
	if onlyLF {
		if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
			i += k
		} else {
			i = len(text)
		}
	}
	for i < len(text) {
		c := text[i]
		if c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			break
		}
		i++
	}
	l := lineInfo{start: start, end: i, brk: i, next: i + 1}
	if i == len(text) {
		l.brk, l.next = -1, i
	} else if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
		l.next = i + 2
	}
	l.blank = isBlankLine(text[start:i])
	return l
}

// countRunes sets the rune length of each line, without trailing space.
func countRunes(text string, lines []lineInfo) {
	for k := range lines {
		t := text[lines[k].start:lines[k].end]
		end := len(t)
		for end > 0 && (t[end-1] == ' ' || t[end-1] == '\t') {
			end--
		}
		lines[k].runes = utf8.RuneCountInString(t[:end])
	}
}

func isBlankLine(t string) bool {
	for _, r := range t {
		if !isSpaceRune(r) {
			return false
		}
	}
	return true
}

// wrapVerdict is what the local evidence says about one line break.
type wrapVerdict uint8

const (
	verdictOpen     wrapVerdict = iota // left to the paragraph's shape
	verdictWrap                        // a wrap whatever the paragraph
	verdictBoundary                    // a boundary whatever the paragraph
)

// blockBreaks appends the soft breaks among the lines of one paragraph
// (lines with no blank line between them).
func (s *Splitter) blockBreaks(text string, lines []lineInfo, out []int) []int {
	if len(lines) < 2 {
		return out
	}
	countRunes(text, lines)
	from := len(out)
	width, second, sure, open := 0, 0, 0, 0
	for k := range lines {
		if r := lines[k].runes; r > width {
			width, second = r, width
		} else if r > second {
			second = r
		}
		if k+1 < len(lines) {
			lines[k].verdict = s.localVerdict(text, lines[k], lines[k+1])
			switch lines[k].verdict {
			case verdictWrap:
				sure++
				out = append(out, lines[k].brk)
			case verdictOpen:
				open++
			}
		}
	}
	if width > second+8 {
		// one line longer than all the others (a headline above the
		// wrapped body) is no wrapped line: the others give the width
		width = second
	}
	if open == 0 || sure == 0 || len(lines) < 3 || width < 35 || width > 130 {
		return out
	}
	full := 0
	for k := 0; k+1 < len(lines); k++ {
		if lines[k].runes*10 >= width*7 {
			full++
		}
	}
	if full*3 < (len(lines)-1)*2 {
		return out // not a wrapped paragraph
	}
	for k := 0; k+1 < len(lines); k++ {
		if lines[k].verdict == verdictOpen && lines[k].runes <= width && fills(text, lines[k], lines[k+1], width) &&
			!titleCase(text[lines[k].start:lines[k].end]) && !titleCase(text[lines[k+1].start:lines[k+1].end]) {
			out = append(out, lines[k].brk)
		}
	}
	slices.Sort(out[from:]) // the paragraph's wraps and its full lines, in order
	return out
}

// fills reports whether line a is full: the first word of the next line b
// would not have fitted on it within the paragraph's width (its longest
// line, not counting one much longer than all the others), as when a
// writer or a program wraps at a fixed width.
func fills(text string, a, b lineInfo, width int) bool {
	i := skipHSpace(text, b.start)
	n := 0
	for i < b.end {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isSpaceRune(r) {
			break
		}
		n++
		i += w
	}
	return a.runes+1+n > width-2
}

// titleCase reports a line of three words or more, three in four of them
// capitalised: a headline or a name list, not wrapped prose.
func titleCase(line string) bool {
	words, caps := 0, 0
	inWord := false
	for _, r := range line {
		if unicode.IsLetter(r) {
			if !inWord {
				words++
				if isUpperRune(r) {
					caps++
				}
			}
			inWord = true
		} else if isSpaceRune(r) {
			inWord = false
		}
	}
	return words >= 3 && caps*4 >= words*3
}

// localVerdict reads the break between lines a and b from their ends.
func (s *Splitter) localVerdict(text string, a, b lineInfo) wrapVerdict {
	if a.blank || b.blank || a.brk < 0 {
		return verdictBoundary
	}
	bs := skipHSpace(text, b.start)
	if bs >= b.end || opensItem(text[bs:b.end]) {
		return verdictBoundary
	}
	// the last rune of a, past trailing space and closers
	ae := a.end
	for ae > a.start && (text[ae-1] == ' ' || text[ae-1] == '\t') {
		ae--
	}
	if ae == a.start {
		return verdictBoundary
	}
	last, lw := utf8.DecodeLastRuneInString(text[a.start:ae])
	first, _ := utf8.DecodeRuneInString(text[skipOpeners(text, bs):b.end])
	lower := unicode.IsLower(first)
	core := ae
	for core > a.start {
		r, w := utf8.DecodeLastRuneInString(text[a.start:core])
		if r == ')' || r == ']' || r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' {
			core -= w
			continue
		}
		break
	}
	if core > a.start {
		if r, _ := utf8.DecodeLastRuneInString(text[a.start:core]); r == '.' || r == '?' || r == '!' || r == '…' {
			if lower {
				return verdictWrap // the mark decides, as before a space
			}
			if r == '.' {
				ws := wordStart(text, core-1)
				switch s.classify(text[ws : core-1]) {
				case abbrTitle:
					return verdictWrap
				case abbrNumber, abbrMonth:
					if isDigitRune(first) {
						return verdictWrap
					}
				}
			}
			return verdictBoundary
		}
	}
	switch last {
	case ':':
		return verdictBoundary
	case ',':
		return verdictWrap
	case '-':
		if ae-lw > a.start {
			if p, _ := utf8.DecodeLastRuneInString(text[a.start : ae-lw]); unicode.IsLetter(p) && unicode.IsLetter(first) {
				return verdictWrap // "pro-" + "government"
			}
		}
	}
	if lower {
		return verdictWrap
	}
	if w := lastWord(text, a.start, ae); s.joins[w] || s.dated[w] && timeWordAt(text, bs) {
		return verdictWrap
	}
	if isUpperRune(first) && s.openerAt(text, skipOpeners(text, bs)) {
		return verdictBoundary
	}
	return verdictOpen
}

// lastWord returns the word (ASCII letters, lower-cased) that ends at end,
// "" when none or longer than 15 letters.
func lastWord(text string, start, end int) string {
	i := end
	for i > start && i > end-16 {
		c := text[i-1]
		if !(('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')) {
			break
		}
		i--
	}
	if i == end || end-i >= 16 || i > start && text[i-1] != ' ' && text[i-1] != '\t' {
		return ""
	}
	return strings.ToLower(text[i:end])
}

// timeWords open a line that goes on a line ending in a "dated" word.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// timeWordAt reports whether a day or month name or a number starts at i.
func timeWordAt(text string, i int) bool {
	if i < len(text) && isDigit(text[i]) {
		return true
	}
	j := i
	for j < len(text) && j-i < 10 && (('a' <= text[j] && text[j] <= 'z') || ('A' <= text[j] && text[j] <= 'Z')) {
		j++
	}
	return j > i && timeWords[strings.ToLower(text[i:j])]
}

// opensItem reports whether a line (from its first non-space) opens a list
// item, a label or a byline: "• ", "- ", "* ", "1. ", "2) ", "Photo:",
// "Editing by", "By Jane Doe". Such a line starts afresh.
func opensItem(t string) bool {
	r, w := utf8.DecodeRuneInString(t)
	switch r {
	case '•', '·', '▪', '●', '►', '*', '-', '–', '—', '#', '|', '>':
		return true
	}
	if isDigitRune(r) {
		j := 0
		for j < len(t) && j < 3 && isDigit(t[j]) {
			j++
		}
		if j < len(t) && (t[j] == '.' || t[j] == ')') && j+1 < len(t) && t[j+1] == ' ' {
			return true
		}
	}
	if !isUpperRune(r) {
		return false
	}
	_ = w
	// a label: one to three words then a colon ("Photo:", "Photo credit:")
	words := 1
	for i, c := range t {
		if c == ':' {
			return i > 0
		}
		if c == ' ' {
			words++
			if words > 3 {
				break
			}
			continue
		}
		if !unicode.IsLetter(c) && c != '\'' && c != '’' {
			break
		}
	}
	for _, p := range bylines {
		if len(t) > len(p) && t[:len(p)] == p && isUpperRune(rune(t[len(p)])) {
			return true
		}
	}
	return false
}

// bylines open a line that credits the writer or the picture.
var bylines = []string{"By ", "Reporting by ", "Editing by ", "Writing by ", "Additional reporting by "}

// softSet answers whether a line break is soft, for offsets asked in any
// order.
type softSet []int

func (s softSet) has(i int) bool {
	k := sort.SearchInts(s, i)
	return k < len(s) && s[k] == i
}
