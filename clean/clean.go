// Package clean turns a report's raw text into the cleaned text every later
// stage points into: boilerplate lines (photo galleries and captions,
// related-story lists, share bars, comment forms, crawl banners, bare URLs
// and counters, code dumps) are removed by a readable rule table, and the
// metadata the text carries (headline, outlet, publication date) is read
// into the Document.
//
// Cleaning only removes: whole lines, a few whole blocks, a leading
// " date 2017-04-03" stamp, and code inside a line of prose (a page saved
// as one long line with a script in it keeps its prose). The characters of the lines it keeps are not
// changed (no quote or space folding; that is the matchers' job), so every
// sentence of the original article is a substring of the cleaned text, and
// every removed stretch is listed in Document.Dropped with its rule.
package clean

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/textutil"
)

// maxRuleLine is the longest (folded) line the rule table is tried on;
// article paragraphs are longer than boilerplate lines.
const maxRuleLine = 300

// line is one line of the raw text.
type line struct {
	start, end int    // byte range in Raw, without the line break
	text       string // Raw[start:end] without a trailing \r
	fold       string // folded text, for lines up to maxRuleLine bytes
	words      int
	blank      bool
	drop       string // rule that dropped the line
	// cuts are stretches of code inside a line that is kept (byte
	// offsets into Raw, in order), dropped under the rule cutRule.
	cuts    []sitrep.Span
	cutRule string
	dated   bool // dropped as a caption whose dates date the report
}

// prose reports whether a line reads as article prose rather than a label:
// fifteen words or more ending as a sentence ends.
func (l *line) prose() bool {
	if l.blank || l.words < 15 {
		return false
	}
	t := strings.TrimRightFunc(l.text, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?\"'”’)…", r)
}

// long reports whether a line is long enough to weigh as article text.
func (l *line) long() bool { return !l.blank && l.words >= 15 }

// dateCand is a publication-date candidate found in the text.
type dateCand struct {
	date sitrep.Date
	rank int // lower is better
	how  sitrep.DateSource
}

// Ranks of text date candidates.
const (
	rankStamp     = iota // " date 2017-04-03" leading stamp
	rankPublished        // "Published November 11th, 2015"
	rankDateLine         // a date alone under the headline
	rankURLLine          // a URL line at the top with a date in its path
	rankCaption          // a dated photo caption
)

// cleaning is the state of one Clean call.
type cleaning struct {
	c       *Cleaner
	doc     *sitrep.Document
	lines   []line
	dropped []sitrep.Dropped
	dates   []dateCand
	banners []sitrep.Date // dates seen in crawl banners, never used
	outlets struct{ source, dateline, masthead string }
	topURL  string
	found   []uint64 // scratch of hasNeeded
}

// Clean fills doc.Text and doc.Dropped from doc.Raw, and sets doc.Title (the
// headline) when empty, doc.Outlet when empty (from a "source:" line, a
// dateline, a masthead, else the URL host) and doc.Published with
// PublishedHow when the document has no date (from a URL date, else a date
// stamp, "Published ..." line, dateline or dated caption in the text; else
// PublishedHow is "unknown").
func (c *Cleaner) Clean(doc *sitrep.Document) {
	cl := &cleaning{c: c, doc: doc}
	cl.split()
	cl.stamp()
	cl.applyRules()
	cl.wrappedCaptions()
	cl.head()
	cl.bio()
	cl.assemble()
	cl.metadata()
}

// split cuts Raw into lines.
func (cl *cleaning) split() {
	raw := cl.doc.Raw
	n := strings.Count(raw, "\n") + 1
	cl.lines = make([]line, 0, n)
	for start := 0; start <= len(raw); {
		end := strings.IndexByte(raw[start:], '\n')
		if end < 0 {
			end = len(raw)
		} else {
			end += start
		}
		cl.lines = append(cl.lines, newLine(raw, start, end))
		start = end + 1
	}
}

func newLine(raw string, start, end int) line {
	text := strings.TrimSuffix(raw[start:end], "\r")
	l := line{start: start, end: start + len(text), text: text}
	l.blank = isBlank(text)
	if !l.blank {
		l.words = countWords(text)
		if len(text) <= maxRuleLine*2 {
			if f := fold(text); len(f) <= maxRuleLine {
				l.fold = f
			}
		}
	}
	return l
}

func isBlank(s string) bool {
	for _, r := range s {
		if !isSpace(r) && r != '\u00a0' && r != '\u200b' && r != '\ufeff' {
			return false
		}
	}
	return true
}

// isSpace is unicode.IsSpace, an ASCII letter answered without the call
// (every rune of every line is asked, twice).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := isSpace(r) || r == '\u00a0'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// drop removes lines [i, j) under a rule.
func (cl *cleaning) drop(i, j int, rule string) {
	for k := i; k < j && k < len(cl.lines); k++ {
		if cl.lines[k].drop == "" {
			cl.lines[k].drop = rule
		}
	}
}

// stampRe is a leading crawl stamp: " date 2017-04-03" or " date 2019-10".
var stampRe = regexp.MustCompile(`^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?:\s+|$)`)

// stamp removes a leading date stamp from the first non-blank line and
// keeps its full date as a candidate.
func (cl *cleaning) stamp() {
	for i := range cl.lines {
		l := &cl.lines[i]
		if l.blank {
			continue
		}
		m := stampRe.FindStringSubmatchIndex(l.text)
		if m == nil {
			return
		}
		if m[6] >= 0 {
			if ds := findDates(l.text[m[2]:m[7]]); len(ds) == 1 {
				cl.dates = append(cl.dates, dateCand{ds[0].date, rankStamp, sitrep.DateFromText})
			}
		}
		cl.dropped = append(cl.dropped, sitrep.Dropped{
			Raw: sitrep.Span{Start: l.start, End: l.start + m[1]}, Rule: "date-stamp", Text: l.text[:m[1]],
		})
		rest := newLine(cl.doc.Raw, l.start+m[1], l.end)
		*l = rest
		return
	}
}

// applyRules runs the rule table over every line.
func (cl *cleaning) applyRules() {
	// prose[i] is the prose bytes in lines [0, i).
	prose := make([]int, len(cl.lines)+1)
	for i, l := range cl.lines {
		prose[i+1] = prose[i]
		if l.long() {
			prose[i+1] += len(l.text)
		}
	}
	keptProse := 0
	for i := 0; i < len(cl.lines); i++ {
		l := &cl.lines[i]
		if l.blank {
			continue
		}
		if l.drop == "" {
			cl.lineRules(i, keptProse, prose[len(cl.lines)]-prose[i+1])
		}
		if l.drop == "" && l.long() {
			keptProse += len(l.text)
		}
	}
}

// lineRules tries the table on line i until one rule takes it.
func (cl *cleaning) lineRules(i, before, after int) {
	l := &cl.lines[i]
	scanned := false // cl.found holds the rules whose literals l.fold has
	news := 0        // whether newsAfterLead(l.fold): 0 not read yet, 1 no, 2 yes
	for ri := range cl.c.rules {
		r := &cl.c.rules[ri]
		if r.kind == kindMasthead || r.kind == kindBio {
			continue
		}
		if r.kind != kindBuiltin && (l.fold == "" || r.re != nil && !(r.first.mayStart(l.fold) && r.last.mayEnd(l.fold) && r.heads.fits(l.fold) && (r.needs == nil || cl.hasNeeded(ri, l.fold, &scanned)))) {
			continue
		}
		// (a line, prefix, source or caption rule's expression is run
		// once: matched is its answer below too)
		matched := false
		switch r.kind {
		case kindLine, kindPrefix, kindSource, kindCaption:
			if matched = r.matches(l.fold); matched {
				if news == 0 {
					news = 1
					if newsAfterLead(l.fold) {
						news = 2
					}
				}
				if news == 2 {
					return // a label or prompt opening a paragraph whose next sentence is news
				}
			}
		}
		switch r.kind {
		case kindLine:
			if matched {
				cl.drop(i, i+1, r.name)
			}
		case kindPrefix:
			if matched {
				cl.drop(i, i+1, r.name)
			}
		case kindBlock:
			if r.re.MatchString(l.fold) {
				cl.drop(i, cl.blockEnd(i), r.name)
			}
		case kindTail:
			if r.re.MatchString(l.fold) {
				if before > 0 && before >= after {
					cl.drop(i, len(cl.lines), r.name)
				} else {
					cl.drop(i, cl.blockEnd(i), r.name)
				}
			}
		case kindCaption:
			// a caption is a line of a few dozen words, not a paragraph
			// a caption sits beside an article: on a page with no other
			// prose, a credited line telling harm is the report itself
			// ("Two policemen were killed near Drevna on Tuesday (AFP)")
			if len(l.fold) <= maxCaption && matched && !reportedSpeech(l.fold) && (before+after > 0 || !harmTold.MatchString(l.fold)) {
				cl.drop(i, i+1, r.name)
				l.dated = true
				for _, d := range findDates(l.text) {
					cl.dates = append(cl.dates, dateCand{d.date, rankCaption, sitrep.DateFromText})
				}
			}
		case kindSource:
			if !matched {
				break
			}
			if m := r.re.FindStringSubmatch(l.fold); m != nil && countWords(m[1]) <= maxOutletWords {
				cl.drop(i, i+1, r.name)
				if cl.outlets.source == "" {
					cl.outlets.source = originalCase(l.text, strings.TrimSpace(m[1]))
				}
			}
		case kindBuiltin:
			switch r.pattern {
			case "repeat":
				if cl.repeats(i) {
					cl.drop(i, i+1, r.name)
					for _, d := range findDates(l.text) {
						cl.dates = append(cl.dates, dateCand{d.date, rankCaption, sitrep.DateFromText})
					}
				}
			case "code":
				if isCode(l.text) {
					if cuts := codeCuts(l.text); cuts != nil {
						for _, c := range cuts {
							l.cuts = append(l.cuts, sitrep.Span{Start: l.start + c.Start, End: l.start + c.End})
						}
						l.cutRule = r.name
						return // the line's prose is kept; no other rule takes it
					}
					cl.drop(i, i+1, r.name)
				}
			case "keywords":
				if l.fold != "" && isKeywordList(l.text, l.fold) {
					cl.drop(i, i+1, r.name)
				}
			}
		}
		if l.drop != "" {
			return
		}
	}
}

// captionRule is the name prefix of the rules that drop photo captions.
const captionRule = "caption"

// wrappedCaptions drops the rest of a photo caption that was hard-wrapped
// over several lines when a caption rule took only one of them (the credit
// "(Reuters/...)" stands on the last line, "Photo:" on the first): the
// lines joined to it by wraps, as the sentence splitter reads them
// (textutil.SoftBreaks), are the same caption. The full dates of every
// caption line, whichever caption rule took it, are last-resort
// publication dates.
func (cl *cleaning) wrappedCaptions() {
	var soft []int
	read := false
	isSoft := func(k int) bool { // the break after line k
		_, found := slices.BinarySearch(soft, cl.lines[k].end)
		return found
	}
	for i := range cl.lines {
		l := &cl.lines[i]
		if !strings.HasPrefix(l.drop, captionRule) || l.blank {
			continue
		}
		cl.dateCaption(i)
		if !read {
			soft, read = textutil.SoftBreaks(cl.doc.Raw), true
		}
		for k := i - 1; k >= 0 && !cl.lines[k].blank && cl.lines[k].drop == "" && isSoft(k); k-- {
			cl.lines[k].drop = l.drop
			cl.dateCaption(k)
		}
		for k := i + 1; k < len(cl.lines) && !cl.lines[k].blank && cl.lines[k].drop == "" && isSoft(k-1); k++ {
			cl.lines[k].drop = l.drop
			cl.dateCaption(k)
		}
	}
}

// dateCaption keeps the full dates of caption line i, once.
func (cl *cleaning) dateCaption(i int) {
	l := &cl.lines[i]
	if l.dated {
		return
	}
	l.dated = true
	for _, d := range findDates(l.text) {
		cl.dates = append(cl.dates, dateCand{d.date, rankCaption, sitrep.DateFromText})
	}
}

// maxOutletWords is the most words an outlet named by a source line has
// ("Source: The Syrian Observer"); a longer "Sources: ..." is a sentence.
const maxOutletWords = 6

// matches reports whether a line, prefix, source or caption rule takes
// the folded line f (its other conditions, such as a caption's length,
// aside).
func (r *rule) matches(f string) bool {
	if r.kind == kindPrefix {
		return hasWordPrefix(f, r.pattern)
	}
	return r.re != nil && r.re.MatchString(f)
}

// newsAfterLead reports whether the folded line f goes on, after its
// first sentence, clause or label, with a sentence of news: six words or
// more ending as a sentence ends, that report speech ("officials said")
// or, after a full stop or semicolon, tell people hurt or an act of
// violence (harmTold), an agency's credit at its end aside ("... (AFP)").
// Such a line is a paragraph that a boilerplate rule must not take for
// its opening words ("Source: Three soldiers were killed ..., a military
// source said.", "Copyright claims were not the reason; they detained
// four reporters after the bombing.") or its closing credit ("Smoke rose
// over Kessel. Gunmen shot nine people at the market. (AFP)").
func newsAfterLead(f string) bool {
	i := strings.IndexAny(f, ".:;!?")
	for i >= 0 && i+1 < len(f) && f[i+1] != ' ' { // "1.5", "09:52", "u.n."
		j := strings.IndexAny(f[i+1:], ".:;!?")
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	if i < 0 || i+2 >= len(f) {
		return false
	}
	rest := f[i+2:]
	if strings.HasSuffix(rest, ")") || strings.HasSuffix(rest, "]") || strings.Contains(rest, "-") {
		rest = trailingCredit.ReplaceAllString(rest, "") // (only a line that may end in a credit)
	}
	if countWords(rest) < 6 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(rest); !strings.ContainsRune(".!?\"'", r) {
		return false
	}
	return reportedSpeech(rest) || f[i] != ':' && harmTold.MatchString(rest)
}

// trailingCredit is an agency's credit ending a folded paragraph: "(afp)",
// "[reuters]", "- ap".
var trailingCredit = regexp.MustCompile(`\s*(\([^()]*\)|\[[^\[\]]*\]|-\s*[a-z .'/]{2,30})$`)

// hasNeeded reports whether the folded line f contains the literals rule
// ri needs (one of each set); the first call for a line (*scanned false)
// finds those of every rule at once.
func (cl *cleaning) hasNeeded(ri int, f string, scanned *bool) bool {
	ns := cl.c.needles
	if ns == nil {
		return containsAll(f, cl.c.rules[ri].needs)
	}
	if !*scanned {
		if len(cl.found) != ns.words {
			cl.found = make([]uint64, ns.words)
		}
		ns.scan(f, cl.found)
		*scanned = true
	}
	return ns.holds(ri, cl.found)
}

// blockEnd is the index of the blank line ending the block that starts at i.
func (cl *cleaning) blockEnd(i int) int {
	j := i + 1
	for j < len(cl.lines) && !cl.lines[j].blank {
		j++
	}
	return j
}

// hasWordPrefix reports whether s starts with p followed by a non-letter.
func hasWordPrefix(s, p string) bool {
	if !strings.HasPrefix(s, p) {
		return false
	}
	if len(s) == len(p) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[len(p):])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// reportedSpeechRe marks a line that reads as news (attribution) rather
// than as a photo caption.
var reportedSpeechRe = regexp.MustCompile(`\b(said|says|told)\b`)

func reportedSpeech(f string) bool {
	return reportedSpeechRe.MatchString(strings.ReplaceAll(f, "said to be", ""))
}

// originalCase finds folded text in the original line and returns it as
// written there (or as folded when the two no longer align).
func originalCase(orig, folded string) string {
	lo := strings.ToLower(orig)
	if i := strings.Index(lo, folded); i >= 0 && len(lo) == len(orig) {
		return strings.TrimSpace(orig[i : i+len(folded)])
	}
	words := strings.Fields(folded)
	for k, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[k] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// trailingNoise is stripped before lines are compared for repetition: an
// emptied credit "()" or a video duration "01:53".
var trailingNoise = regexp.MustCompile(`\s*(\(\s*\)|\[\s*\]|\d{1,2}:\d{2})$`)

// repeats reports whether line i repeats one of the three non-blank lines
// before it (a headline or caption printed twice).
func (cl *cleaning) repeats(i int) bool {
	f := stripTrailingNoise(cl.lines[i].fold)
	if len(f) < 12 {
		return false
	}
	seen := 0
	for j := i - 1; j >= 0 && seen < 3; j-- {
		if cl.lines[j].blank {
			continue
		}
		seen++
		if stripTrailingNoise(cl.lines[j].fold) == f {
			return true
		}
	}
	return false
}

// codeWords mark JavaScript, PHP and markup left in a page's text.
var codeRe = regexp.MustCompile(`^\s*(var|let|const|function|if|else|return|import|window\.|document\.|\$\(|jquery|<script|</|<!--|//\s|/\*|\*/)|` +
	`getelementby|createelement|insertbefore|addeventlistener|parentnode|innerhtml|googletag|adsbygoogle|fbq\(|gtag\(|\.push\(|` +
	`^\s*(string|array|object|int|bool)\(\d+\)|^\s*[\[{]\s*"[\w-]+"\s*:|^\s*[}\])]+\s*[;,)]*\s*$|\bfunction\s*\(|=>\s*\{`)

// isCode reports whether a line is a code or data dump: it matches a code
// marker and has the punctuation of code, or is dense in code punctuation.
// maxCaption is the longest line (in bytes) read as a photo caption.
const maxCaption = 500

// codeSymbol marks the bytes that are frequent in code and rare in prose.
var codeSymbol = func() (t [256]bool) {
	for _, c := range []byte("{}[]();=<>$\\|") {
		t[c] = true
	}
	return t
}()

func isCode(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 2 || !hasCodeMark(t) {
		return false // (most lines: no mark of code at all, found without reading every byte here)
	}
	sym, letters := 0, 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case codeSymbol[c]:
			sym++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		}
	}
	if sym < 2 || !strings.ContainsAny(t, "{};=<>$") {
		return false
	}
	if codeRe.MatchString(strings.ToLower(t)) {
		return true
	}
	if strings.HasSuffix(t, ";") && sym >= 2 && strings.ContainsAny(t, "=(") && !strings.Contains(t, ". ") {
		return true
	}
	return len(t) >= 10 && sym*10 >= len(t) && sym*3 >= letters
}

// hasCodeMark is strings.ContainsAny(t, "{};=<>$"), one fast byte search
// a mark.
func hasCodeMark(t string) bool {
	for i := 0; i < len(codeMarks); i++ {
		if strings.IndexByte(t, codeMarks[i]) >= 0 {
			return true
		}
	}
	return false
}

// codeMarks are the marks of which a line of code has one at least.
const codeMarks = "{};=<>$"

// codeCuts finds the code inside a line that also holds prose: the line is
// cut into pieces after ';', '{', '}' and sentence ends; a piece is code
// (isCode), prose (six words or more with little code punctuation) or
// neither, and a piece that is neither goes with code next to it. It
// returns the byte ranges of the code in s, or nil when s holds no prose
// (the whole line is code) or no code.
func codeCuts(s string) []sitrep.Span {
	type piece struct {
		start, end int
		kind       int // 0 unsure, 1 code, 2 prose
	}
	var pieces []piece
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		end := c == ';' || c == '{' || c == '}'
		if (c == '.' || c == '!' || c == '?') && i+1 < len(s) && s[i+1] == ' ' {
			end = true
		}
		if end || i == len(s)-1 {
			pieces = append(pieces, piece{start: start, end: i + 1})
			start = i + 1
		}
	}
	prose := false
	for k := range pieces {
		p := &pieces[k]
		t := s[p.start:p.end]
		switch {
		case isCode(t):
			p.kind = 1
		case countWords(t) >= 6 && codeSymbols(t)*30 < len(t):
			p.kind = 2
			prose = true
		}
	}
	if !prose {
		return nil
	}
	// unsure pieces next to code are code, on either side, through runs
	// of unsure pieces: one pass each way
	for k := 1; k < len(pieces); k++ {
		if pieces[k].kind == 0 && pieces[k-1].kind == 1 {
			pieces[k].kind = 1
		}
	}
	for k := len(pieces) - 2; k >= 0; k-- {
		if pieces[k].kind == 0 && pieces[k+1].kind == 1 {
			pieces[k].kind = 1
		}
	}
	var cuts []sitrep.Span
	for _, p := range pieces {
		if p.kind != 1 {
			continue
		}
		if n := len(cuts); n > 0 && cuts[n-1].End == p.start {
			cuts[n-1].End = p.end
			continue
		}
		cuts = append(cuts, sitrep.Span{Start: p.start, End: p.end})
	}
	return cuts
}

// codeSymbols counts the bytes of s that are frequent in code.
func codeSymbols(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if codeSymbol[s[i]] {
			n++
		}
	}
	return n
}

// smallWords are the function words every sentence or headline has some of.
var smallWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "and": true, "or": true, "with": true, "from": true, "by": true, "is": true,
	"are": true, "was": true, "were": true, "as": true, "after": true, "over": true, "near": true,
	"into": true, "amid": true, "says": true, "said": true, "has": true, "have": true, "be": true,
	// the words that join a clause in a headline ("attack that killed
	// seven", "troops who", "fighting as"): a tag list has none
	"that": true, "which": true, "who": true, "whom": true, "while": true, "during": true,
	"against": true, "since": true, "before": true, "until": true, "than": true, "but": true,
	"its": true, "their": true, "his": true, "her": true, "it": true, "they": true, "he": true, "she": true,
	"had": true, "been": true, "will": true, "not": true, "no": true, "up": true, "out": true, "off": true,
}

// tollRe is a count of people hurt ("9 dead", "14 wounded", "3 soldiers
// killed"): a headline's news, never in a tag list.
var tollRe = regexp.MustCompile(`\b\d+ ([\p{L}]+ )?(dead|killed|wounded|injured|hurt|missing|died|kidnapped|abducted)\b`)

// isKeywordList reports whether a line is a tag list: seven or more words,
// no punctuation, no small words, no toll (tollRe), and either words in several scripts or
// lower-case words beside all-capital ones ("YPG sdf Raqqa ...").
func isKeywordList(text, f string) bool {
	if strings.ContainsAny(f, ".,:;!?\"'()-–—/&") || tollRe.MatchString(f) {
		return false
	}
	words := strings.Fields(text)
	if len(words) < 7 {
		return false
	}
	lower, caps := 0, 0
	scripts := map[string]bool{}
	for _, w := range words {
		if smallWords[strings.ToLower(w)] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.Is(unicode.Latin, r):
			scripts["latin"] = true
		case unicode.Is(unicode.Arabic, r):
			scripts["arabic"] = true
		case unicode.Is(unicode.Cyrillic, r):
			scripts["cyrillic"] = true
		default:
			scripts["other"] = true
		}
		switch {
		case unicode.IsLower(r):
			lower++
		case len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w:
			caps++
		}
	}
	return len(scripts) > 1 || lower >= 2 && caps >= 1
}

// head reads the lines above the article's first paragraph: mastheads,
// date lines and crawl banners, a URL line.
func (cl *cleaning) head() {
	var idx []int // kept non-blank lines of the head
	for i := range cl.lines {
		l := &cl.lines[i]
		if l.blank {
			continue
		}
		if l.drop != "" {
			if l.drop == "bare-url" && cl.topURL == "" && i < 8 {
				cl.topURL = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l.text), "URL:"))
			}
			continue
		}
		if l.prose() || len(idx) >= 12 {
			break
		}
		idx = append(idx, i)
	}
	// Mastheads: one of the first three head lines, before other lines.
	for k, i := range idx {
		if k >= 3 || k == len(idx)-1 && cl.nextKept(i) < 0 {
			break
		}
		if cl.isMasthead(i) {
			cl.drop(i, i+1, "masthead")
			if cl.outlets.masthead == "" {
				cl.outlets.masthead = strings.TrimSpace(cl.lines[i].text)
			}
		}
	}
	for _, i := range idx {
		l := &cl.lines[i]
		if l.drop != "" || l.fold == "" {
			continue
		}
		ds := findDates(l.text)
		if len(ds) == 0 {
			continue
		}
		rest := l.text[:ds[0].start] + " " + l.text[ds[0].end:]
		label := dateLabel(l.fold)
		// a line whose other words tell harm is a short report under its
		// date ("12 March 2024 | Gunmen killed three in Kessel", "Updated
		// 12 March: the toll rose to 14 ..."), kept; its date, if it
		// stands where a date line would, still dates the page
		told := harmTold.MatchString(strings.ToLower(rest))
		switch {
		case label == "banner" || !told && (len(ds) > 1 || strings.Contains(l.text, "|") || hijriRe.MatchString(l.fold)):
			cl.drop(i, i+1, "crawl-banner")
			cl.banners = append(cl.banners, ds[0].date)
		case label == "updated":
			if !told {
				cl.drop(i, i+1, "update-stamp")
			}
		case leftoverWords(rest) <= 6:
			rank := rankDateLine
			if label == "published" {
				rank = rankPublished
			}
			if !told {
				cl.drop(i, i+1, "date-line")
			}
			cl.dates = append(cl.dates, dateCand{ds[0].date, rank, sitrep.DateFromText})
		}
	}
}

// nextKept is the next kept non-blank line after i, or -1.
func (cl *cleaning) nextKept(i int) int {
	for j := i + 1; j < len(cl.lines); j++ {
		if !cl.lines[j].blank && cl.lines[j].drop == "" {
			return j
		}
	}
	return -1
}

var (
	bannerRe  = regexp.MustCompile(`^(today is|today|current date|date today|now)\s*:`)
	updatedRe = regexp.MustCompile(`\b(last update|last updated|last modified|modified|updated)\b`)
	pubRe     = regexp.MustCompile(`\b(published|posted|publication date|date|first published|released)\b`)
	hijriRe   = regexp.MustCompile(`\b(muharram|safar|rabi|jumada|rajab|sha'?ban|ramadan|shawwal|dhul|dhu al|hijri)`)
	timeRe    = regexp.MustCompile(`^(\d{1,2}[:.]\d{1,2}([:.]\d{1,2})?\s*([ap]\.?m\.?)?|[ap]m|gmt|utc|ist|ast|est|edt|pst|cet|cest|eet|ksa|local|time|hrs?|h)$`)
	weekdayRe = regexp.MustCompile(`^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|rsday|urday|sday)?$`)
)

// dateLabel says what a line with a date is: "banner" (today is...),
// "updated", "published" or "".
func dateLabel(f string) string {
	switch {
	case bannerRe.MatchString(f):
		return "banner"
	case updatedRe.MatchString(f) && !strings.Contains(f, "published"):
		if strings.HasPrefix(f, "updated") || strings.Contains(f, "last") || strings.Contains(f, "modified") {
			return "updated"
		}
		return ""
	case pubRe.MatchString(f):
		return "published"
	}
	return ""
}

// leftoverWords counts the words of a date line that are not weekdays,
// times, zones or punctuation.
func leftoverWords(s string) int {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",.-–—|/:;()[]•")
		if w == "" || weekdayRe.MatchString(w) || timeRe.MatchString(w) {
			continue
		}
		n++
	}
	return n
}

// isMasthead reports whether line i is a site name: matches a masthead
// rule, at most seven words and 60 bytes, no sentence punctuation, no
// word telling harm (harmTold), every word capitalised (small connecting
// words aside).
func (cl *cleaning) isMasthead(i int) bool {
	l := &cl.lines[i]
	t := strings.TrimSpace(l.text)
	if l.fold == "" || len(t) > 60 || l.words > 7 || strings.ContainsAny(t, ",:;!?\"“”") || strings.HasSuffix(t, ".") {
		return false
	}
	if harmTold.MatchString(l.fold) {
		return false // a headline ("Militants Attack Army Post In Tarvik"): a site name tells no harm
	}
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !smallWords[strings.ToLower(w)] && w != "for" {
			return false
		}
	}
	for ri := range cl.c.rules {
		r := &cl.c.rules[ri]
		if r.kind == kindMasthead && r.re.MatchString(l.fold) {
			return true
		}
	}
	return false
}

// bio drops an author's biography among the last four kept lines, with a
// name alone on the line before it; never the first kept line, which
// opens the article.
func (cl *cleaning) bio() {
	var rules []int // indices of the bio rules
	for ri := range cl.c.rules {
		if cl.c.rules[ri].kind == kindBio {
			rules = append(rules, ri)
		}
	}
	if len(rules) == 0 {
		return
	}
	seen := 0
	for i := len(cl.lines) - 1; i >= 0 && seen < 4; i-- {
		l := &cl.lines[i]
		if l.blank || l.drop != "" {
			continue
		}
		seen++
		if !cl.proseBefore(i) {
			break // the article's first line of prose is its news, not its author ("A journalist was shot dead ..."), headline or not
		}
		f := l.fold
		if f == "" {
			f = fold(l.text[:min(len(l.text), maxRuleLine)])
		}
		scanned := false
		for _, ri := range rules {
			r := &cl.c.rules[ri]
			if r.needs != nil && !cl.hasNeeded(ri, f, &scanned) || !r.re.MatchString(f) {
				continue
			}
			if harmTold.MatchString(f) || witnessTold.MatchString(f) {
				break // "A journalist was among those wounded", "A reporter at the scene saw smoke": news, no biography
			}
			cl.drop(i, i+1, r.name)
			if p := cl.prevKept(i); p >= 0 && isNameLine(cl.lines[p].text) {
				cl.drop(p, p+1, r.name)
			}
			break
		}
	}
}

// harmTold matches the words that tell people hurt, taken or killed, or
// an act of violence: a line with one is news of the person it names ("A
// journalist was among those wounded", "Among the dead was a photographer
// for a local agency"), never the author's biography.
var harmTold = regexp.MustCompile(`\b(kill|kills|wounds|injures|shoots|shooting|attacks|ambush|ambushed|clashes|killed|killing|dead|died|death|deaths|wounded|wounding|injured|injuries|hurt|shot|abducted|kidnapped|arrested|detained|missing|bodies|body|attack|attacked|strike|blast|explosion|bomb|bombing|shelling|murdered|slain)\b`)

// witnessTold matches the past-tense verbs of a report of what was seen
// or said ("A reporter at the scene saw smoke rising", "The mayor, who is a
// former journalist, said ..."): a biography tells what its author does
// ("writes for", "covers", "likes politics"), not what someone saw or said.
var witnessTold = regexp.MustCompile(`\b(said|told|saw|heard|counted|described|witnessed)\b`)

// proseBefore reports whether a kept line before i is prose: a sentence
// of eight words or more ending in a full stop, question or exclamation
// mark, or a closing quotation mark (a headline, a name or a dateline is
// none).
func (cl *cleaning) proseBefore(i int) bool {
	for j := cl.prevKept(i); j >= 0; j = cl.prevKept(j) {
		t := strings.TrimSpace(cl.lines[j].text)
		if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".!?\"'”’", r) && fieldsAtLeast(t, 8) {
			return true
		}
	}
	return false
}

// fieldsAtLeast reports whether s has at least n words as strings.Fields
// splits it (runs of unicode.IsSpace), counting only as far as the n-th.
func fieldsAtLeast(s string, n int) bool {
	k, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if k++; k >= n {
				return true
			}
			in = true
		}
	}
	return n <= 0
}

// prevKept is the previous kept non-blank line before i, or -1.
func (cl *cleaning) prevKept(i int) int {
	for j := i - 1; j >= 0; j-- {
		if !cl.lines[j].blank && cl.lines[j].drop == "" {
			return j
		}
	}
	return -1
}

// isNameLine reports whether s is a person's name alone: two to four
// capitalised words, no punctuation but hyphens and apostrophes.
func isNameLine(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".,:;!?()\"") {
			return false
		}
	}
	return true
}

// assemble writes Text from the kept lines and lists the dropped stretches.
// Runs of blank lines left by removals shrink to one; leading and trailing
// white space goes.
func (cl *cleaning) assemble() {
	raw := cl.doc.Raw
	var b strings.Builder
	b.Grow(len(raw))
	blankPending := false
	for i := 0; i < len(cl.lines); i++ {
		l := &cl.lines[i]
		if l.drop != "" {
			j := i
			end := l.end
			for j+1 < len(cl.lines) && (cl.lines[j+1].drop == l.drop || cl.lines[j+1].blank && j+2 < len(cl.lines) && cl.lines[j+2].drop == l.drop) {
				j++
				if !cl.lines[j].blank {
					end = cl.lines[j].end
				}
			}
			cl.dropped = append(cl.dropped, sitrep.Dropped{Raw: sitrep.Span{Start: l.start, End: end}, Rule: l.drop, Text: raw[l.start:end]})
			i = j
			continue
		}
		if l.blank {
			blankPending = b.Len() > 0
			continue
		}
		if blankPending {
			b.WriteString("\n\n")
		} else if b.Len() > 0 {
			b.WriteByte('\n')
		}
		blankPending = false
		if l.cuts != nil {
			cl.writeCut(&b, l)
			continue
		}
		b.WriteString(l.text)
	}
	cl.doc.Text = strings.TrimSpace(b.String())
	cl.doc.Dropped = cl.dropped
}

// writeCut writes a line without its code stretches, a line break where a
// stretch was (so every kept line is still a stretch of Raw as written),
// and lists each stretch as dropped.
func (cl *cleaning) writeCut(b *strings.Builder, l *line) {
	raw := cl.doc.Raw
	at, first := l.start, true
	write := func(piece string) {
		if piece = strings.TrimSpace(piece); piece == "" {
			return
		}
		if !first {
			b.WriteByte('\n')
		}
		b.WriteString(piece)
		first = false
	}
	for _, c := range l.cuts {
		write(raw[at:c.Start])
		cl.dropped = append(cl.dropped, sitrep.Dropped{Raw: c, Rule: l.cutRule, Text: raw[c.Start:c.End]})
		at = c.End
	}
	write(raw[at:l.end])
}

// metadata sets the title, outlet and publication date the text gives.
func (cl *cleaning) metadata() {
	d := cl.doc
	if d.URL == "" && cl.topURL != "" {
		if u, err := url.Parse(cl.topURL); err == nil && u.Host != "" {
			d.URL = cl.topURL
		}
	}
	if d.Outlet == "" {
		cl.datelineOutlet()
		d.Outlet = firstNonEmpty(cl.outlets.source, cl.outlets.dateline, cl.outlets.masthead, hostOutlet(d.URL))
	}
	if d.Title == "" {
		d.Title = stripSiteSuffix(cl.title(), d.Outlet, cl.outlets.masthead, hostOutlet(d.URL))
	}
	if d.Published.IsZero() {
		if dt, ok := urlDate(d.URL); ok {
			d.Published, d.PublishedHow = dt, sitrep.DateFromURL
		} else if dt, ok := cl.textDate(); ok {
			d.Published, d.PublishedHow = dt, sitrep.DateFromText
		} else {
			d.PublishedHow = sitrep.DateUnknown
		}
	} else if d.PublishedHow == "" || d.PublishedHow == sitrep.DateUnknown {
		d.PublishedHow = sitrep.DateFromMetadata
	}
}

// textDate picks the best text date candidate, refusing one that lies
// well after every year the article mentions (a crawl date).
func (cl *cleaning) textDate() (sitrep.Date, bool) {
	if len(cl.dates) == 0 {
		return "", false
	}
	if cl.topURL != "" {
		if dt, ok := urlDate(cl.topURL); ok {
			cl.dates = append(cl.dates, dateCand{dt, rankURLLine, sitrep.DateFromText})
		}
	}
	maxYear := 0
	for _, m := range yearRe.FindAllString(cl.doc.Text, -1) {
		y := int(m[0]-'0')*1000 + int(m[1]-'0')*100 + int(m[2]-'0')*10 + int(m[3]-'0')
		maxYear = max(maxYear, y)
	}
	best := -1
	for k, c := range cl.dates {
		if y := c.date.Time().Year(); c.rank >= rankDateLine && maxYear > 0 && y > maxYear+2 {
			continue // a crawl date years after anything the article mentions
		}
		if best < 0 || c.rank < cl.dates[best].rank {
			best = k
		}
	}
	if best < 0 {
		return "", false
	}
	return cl.dates[best].date, true
}

var yearRe = regexp.MustCompile(`\b(19[5-9]\d|20\d\d)\b`)

// title picks the headline among the kept lines above the first paragraph:
// the first headline-like line (3–30 words, not a sentence, no brackets) at
// least 60% as long as the longest one, Title Case lines counting half again.
func (cl *cleaning) title() string {
	var cands []string
	var weights []float64
	longest := 0.0
	n := 0
	for i := range cl.lines {
		l := &cl.lines[i]
		if l.blank || l.drop != "" {
			continue
		}
		if l.prose() || n >= 12 {
			break
		}
		n++
		t := strings.TrimSpace(l.text)
		if l.words < 3 || l.words > 30 || len(t) > 250 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, ":") || strings.Contains(t, "(") {
			continue
		}
		w := float64(l.words)
		if titleCase(t) {
			w *= 1.5 // "Terrorists Cornered in Kirkuk" over a plain subhead
		}
		cands = append(cands, t)
		weights = append(weights, w)
		longest = max(longest, w)
	}
	for k, t := range cands {
		if weights[k] >= longest*0.6 {
			return t
		}
	}
	return ""
}

var (
	// "MOSUL, Iraq (AP) —", "BAGHDAD, Oct 21 (Reuters) -", "Nineveh (IraqiNews.com)"
	// The paren must be followed by a dash or colon, unless the place is in
	// capitals or the outlet is a domain ("Nineveh (IraqiNews.com) ...").
	datelineParenRe = regexp.MustCompile(`^\s*(\p{Lu}[\p{L}.' -]{1,40}(?:,\s*[\p{L}0-9. ]{2,30})?)\s*\(([\p{Lu}][^()]{1,40})\)\s*([-–—:]+)?\s*\S`)
	// "(CNN)A bomb ...", "(Reuters) - ..."
	datelineLeadRe = regexp.MustCompile(`^\s*\((\p{Lu}[\p{L}0-9 .]{1,30})\)\s*(?:[-–—:]+\s*)?\S`)
	// "Aleppo, SANA- Four civilians ..."
	datelineAcronymRe = regexp.MustCompile(`^\s*\p{Lu}[\p{L} ]{1,30},\s*(\p{Lu}{2,10})\s*[-–—]`)
)

// datelineOutlet reads the outlet from a dateline opening one of the first
// three paragraphs.
func (cl *cleaning) datelineOutlet() {
	seen := 0
	for i := range cl.lines {
		l := &cl.lines[i]
		if l.blank || l.drop != "" {
			continue
		}
		if seen >= 4 {
			return
		}
		seen++
		head := l.text[:min(len(l.text), 120)]
		// each expression needs a "(", the last a ",": a head without
		// them is not tried
		paren := strings.IndexByte(head, '(') >= 0
		if !paren && strings.IndexByte(head, ',') < 0 {
			continue
		}
		var m []string
		if paren {
			m = datelineParenRe.FindStringSubmatch(head)
		}
		if m != nil && plausibleOutlet(m[2]) {
			first := strings.Fields(m[1])[0]
			if m[3] != "" || strings.ToUpper(first) == first || strings.Contains(m[2], ".") {
				cl.outlets.dateline = strings.TrimSpace(m[2])
				return
			}
		}
		for _, re := range []*regexp.Regexp{datelineLeadRe, datelineAcronymRe} {
			if re == datelineLeadRe && !paren {
				continue
			}
			if m := re.FindStringSubmatch(head); m != nil && plausibleOutlet(m[1]) {
				cl.outlets.dateline = strings.TrimSpace(m[1])
				return
			}
		}
	}
}

// notOutlets are words a parenthesis after a place can hold that do not
// name an outlet.
var notOutletRe = regexp.MustCompile(`(?i)^(file|photo|updated?|video|audio|pictured|left|right|above|below|centre|center|ret\.?d?|retired|\d.*|jan.*|feb.*|mar.*|apr.*|may|jun.*|jul.*|aug.*|sep.*|oct.*|nov.*|dec.*)$`)

func plausibleOutlet(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && countWords(s) <= 5 && !notOutletRe.MatchString(s)
}

// hostOutlet is a URL's host without "www.".
func hostOutlet(u string) string {
	if u == "" {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	h := strings.ToLower(p.Hostname())
	return strings.TrimPrefix(h, "www.")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// titleSeparators split a headline from a site name printed after it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » "}

// stripSiteSuffix removes a trailing " - Site" from a headline when the
// tail names the outlet, the masthead or the URL host.
func stripSiteSuffix(title string, names ...string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := foldName(title[i+len(sep):])
		if tail == "" {
			continue
		}
		for _, n := range names {
			n = foldName(strings.Split(n, ".")[0] + strings.Join(strings.Split(n, ".")[1:], ""))
			if n != "" && (tail == n || strings.HasPrefix(n, tail) && len(tail) >= 4) {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// foldName keeps the lower-case letters and digits of a name.
func foldName(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// titleCase reports whether most words of four letters or more start with
// a capital.
func titleCase(s string) bool {
	n, up := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		n++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			up++
		}
	}
	return n >= 2 && up*10 >= n*8
}

// stripTrailingNoise removes trailingNoise, testing cheaply first.
func stripTrailingNoise(f string) string {
	if f == "" {
		return f
	}
	switch c := f[len(f)-1]; {
	case c == ')' || c == ']' || c >= '0' && c <= '9':
		return trailingNoise.ReplaceAllString(f, "")
	}
	return f
}
