package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"github.com/sitrep/sitrep/gazetteer/internal/format"
	"github.com/sitrep/sitrep/textutil"
)

// token is one word or punctuation mark of the text.
type token struct {
	s, e      int  // byte span; e excludes a possessive 's
	word      bool // letters or digits
	name      bool // capitalised, article-hyphen-capital, or Arabic script
	arabic    bool
	caps      bool // all capitals, two letters or more ("US", "BAGHDAD")
	poss      bool // a possessive 's was cut off ("Mosul's")
	sentStart bool // first word of a sentence
	lineStart bool // first token of a line
}

// tokenize splits text into words and punctuation marks. Apostrophes,
// hyphens and underscores inside a word stay in it ("Ba'aj", "ez-Zor",
// "al_Samn").
func tokenize(text string, toks []token) []token {
	sent, line := true, true
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			j := i + w
			for j < len(text) {
				// (ASCII letters and digits a run at a time)
				if j = textutil.AlnumEnd(text, j); j >= len(text) {
					break
				}
				r2, w2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, w2 = utf8.DecodeRuneInString(text[j:])
					if isWordRune(r2) {
						j += w2
						continue
					}
				}
				if isInnerRune(r2) && j+w2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+w2:])
					if isWordRune(r3) {
						j += w2
						continue
					}
				}
				break
			}
			t := token{s: i, e: j, word: true, sentStart: sent, lineStart: line}
			// possessive: Mosul's
			if j-i > 3 && (strings.HasSuffix(text[i:j], "'s") || strings.HasSuffix(text[i:j], "’s")) {
				if strings.HasSuffix(text[i:j], "'s") {
					t.e = j - 2
				} else {
					t.e = j - 4
				}
				t.poss = true
			}
			t.name, t.arabic = nameLike(text[i:t.e])
			t.caps = t.name && !t.arabic && allCaps(text[i:t.e])
			toks = append(toks, t)
			sent, line = false, false
			i = j
			continue
		}
		if !unicode.IsSpace(r) {
			toks = append(toks, token{s: i, e: i + w, lineStart: line})
			line = false
			switch r {
			case '.', '!', '?', '…':
				n := len(toks)
				// "U.S.", "A U.N. official": a single letter before a
				// full stop is an initial, never a name
				if r == '.' && n >= 2 && toks[n-2].word && utf8.RuneCountInString(text[toks[n-2].s:toks[n-2].e]) == 1 {
					toks[n-2].name = false
				}
				// "Gen. Ali" and "U.S." are not sentence ends: a
				// following lower-case or capitalised word is unsure, so
				// only a full stop after a word of 3+ letters counts.
				if r != '.' || n < 2 || !toks[n-2].word || toks[n-2].e-toks[n-2].s > 3 {
					sent = true
				}
			case '"', '“', '(', '‘', '\'', '«':
				// an opening quote keeps the sentence start
			default:
				sent = false
			}
		} else if r == '\n' {
			sent, line = true, true
		}
		i += w
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// indexJoin is strings.IndexAny(w, "-‐_") without decoding w.
func indexJoin(w string) int {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '-' || c == '_':
			return i
		case c == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x90: // ‐
			return i
		}
	}
	return -1
}

func isInnerRune(r rune) bool {
	switch r {
	case '\'', '’', 'ʿ', 'ʾ', '‘', '-', '‐', 'ʼ', '_':
		return true
	}
	return false
}

// allCaps reports whether a word has two or more letters, all capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// nameLike reports whether a word can be (part of) a name: capitalised,
// an article joined by a hyphen or underscore to a capitalised word
// ("al-Bab", "al_Samn"), or in Arabic script.
func nameLike(w string) (name, arabic bool) {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true, false
	}
	if r >= 0x600 && r <= 0x6FF || r >= 0xFB50 && r <= 0xFEFF {
		return true, true
	}
	if unicode.IsLower(r) {
		if i := indexJoin(w); i > 0 && i <= 4 {
			_, n := utf8.DecodeRuneInString(w[i:])
			r2, _ := utf8.DecodeRuneInString(w[i+n:])
			if w[i] == '_' && allCaps(w[i+n:]) {
				return false, false // "en_US" is a locale code
			}
			return unicode.IsUpper(r2) && fold.IsArticle(w[:i]), false
		}
	}
	return false, false
}

// lowerWord appends the ASCII-lower-cased word without trailing dots.
func lowerWord(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	for len(dst) > 0 && dst[len(dst)-1] == '.' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// finder holds the state of one Find call.
type finder struct {
	g *Gazetteer
	// sideVotes are the parts of the country votes that come from the
	// report's sides, not its places: the caller's hints (Context.Hints)
	// and demonyms ("Russian shelling")
	sideVotes map[string]float64
	// ownBuf is resolve's scratch: whether each candidate of a mention
	// has the name as its own
	ownBuf []bool
	// focus is the country the report is about, once resolve has
	// weighed the votes ("" when none)
	focus    string
	lex      *Lexicon
	text     string
	toks     []token
	buf      []byte
	kbuf     []byte
	seen     map[string]bool   // exists answers for this document
	cands    map[string][]cand // lookups for this document
	listCue  map[int]string    // run start → cue kind given to a list ("the villages of A and B")
	capsOK   map[string]bool   // all-capital words the document also writes in mixed case
	persons  map[string]bool   // lower-cased words of names the document gives to people
	named    func(string) bool // names that are no places (Context.Named)
	demonyms map[string]int    // how often each country's demonyms voted
	titles   map[int]bool      // line start token → whether the line is a title (titleLine)
	lineOf   []int32           // each token's line start token, once needed
	lexE     [][2]int32        // each word token's lexicon entries, once needed (lexEntries)
	cues     []cueRead         // each token's cue as cueAt read it, once asked
}

// cueRead is cueAt's answer for one token.
type cueRead struct {
	kind string
	n    int
	done bool
}

func (f *finder) word(i int) string { return f.text[f.toks[i].s:f.toks[i].e] }

// lower returns the lower-cased token i (valid until the next call).
func (f *finder) lower(i int) []byte {
	f.buf = lowerWord(f.buf[:0], f.word(i))
	return f.buf
}

// lowerIs reports whether token i, lower-cased as lower does it, is w
// (a lower-case word), without writing the lower-case form anywhere.
func (f *finder) lowerIs(i int, w string) bool {
	t := f.word(i)
	for len(t) > 0 && t[len(t)-1] == '.' {
		t = t[:len(t)-1]
	}
	if len(t) != len(w) {
		return false
	}
	for k := 0; k < len(t); k++ {
		c := t[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

func (f *finder) in(sec string, i int) bool {
	if i < 0 || i >= len(f.toks) || !f.toks[i].word {
		return false
	}
	if x := f.lex.index(); x != nil {
		e, e2 := f.lexEntries(x, i)
		return x.has(sec, e, e2)
	}
	return f.lex.has(sec, f.lower(i))
}

// lexEntries returns the lexicon entries of word token i, looked up once
// per document: of the lower-cased word, and of it without apostrophes
// (-1: none).
func (f *finder) lexEntries(x *lexIndex, i int) (int32, int32) {
	if f.lexE == nil {
		f.lexE = make([][2]int32, len(f.toks))
		for k := range f.lexE {
			f.lexE[k][0] = -2
		}
	}
	e := &f.lexE[i]
	if e[0] == -2 {
		w := f.lower(i)
		e[0], e[1] = x.entry(w), -1
		if hasApostrophe(w) {
			var buf [64]byte
			e[1] = x.entry(withoutApostrophes(buf[:0], w))
		}
	}
	return e[0], e[1]
}

// is reports whether token i is the word w (ASCII case-insensitive).
func (f *finder) is(i int, w string) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].word && strings.EqualFold(f.word(i), w)
}

// punct reports whether token i is the punctuation mark p.
func (f *finder) punct(i int, p string) bool {
	return i >= 0 && i < len(f.toks) && !f.toks[i].word && f.word(i) == p
}

// exists reports whether the gazetteer knows name by its exact or
// article-stripped key, without decoding any place.
func (f *finder) exists(name string) bool {
	if v, ok := f.seen[name]; ok {
		return v
	}
	v, ok := f.g.known.get(name)
	if !ok {
		v = f.probeName(name)
		f.g.known.put(name, v)
	}
	f.seen[name] = v
	return v
}

func (f *finder) probeName(name string) bool {
	return f.probe(name, true)
}

// wholeName reports whether the gazetteer knows name as it is written,
// every word kept ("In Salah"), not only once a word like an article is
// stripped from it ("In Goma" as Goma).
func (f *finder) wholeName(name string) bool {
	return f.probe(name, false)
}

// probe is probeName, trying the name with its article-like words stripped
// too when stripping is set.
func (f *finder) probe(name string, stripping bool) bool {
	g := f.g
	b := append(f.kbuf[:0], format.KindExact)
	b = fold.Words(b, name)
	words := len(b)
	b = append(b, 0)
	b = append(b, b[1:words]...) // copy of words, to strip
	strip := words + 1
	b = fold.StripWords(b, strip)
	stripped := squeezeFrom(b, strip)
	exact := squeezeFrom(b[:words], 1)
	f.kbuf = b
	if len(exact) <= 1 {
		return false
	}
	var kb [256]byte
	probe := func(kind byte, k []byte) bool {
		kk := append(append(kb[:0], kind), k...)
		if g.base != nil && g.base.Find(kk, func(int, bool) bool { return false }) > 0 {
			return true
		}
		return len(g.ukeys[string(kk)]) > 0
	}
	if !stripping {
		return probe(format.KindExact, exact) || probe(format.KindStripped, exact)
	}
	if probe(format.KindExact, exact) || probe(format.KindStripped, exact) {
		return true
	}
	if len(stripped) > 0 && string(stripped) != string(exact) {
		if probe(format.KindExact, stripped) || probe(format.KindStripped, stripped) {
			return true
		}
	}
	return g.translitKnown(name)
}

// squeezeFrom removes spaces from b[start:] in place and returns that part.
func squeezeFrom(b []byte, start int) []byte {
	j := start
	for i := start; i < len(b); i++ {
		if b[i] != ' ' {
			b[j] = b[i]
			j++
		}
	}
	return b[start:j]
}

// raw is a mention before resolution.
type raw struct {
	m     Mention
	first int // token range of the name
	end   int
	cands []cand
	known bool
	loose bool // matched by the loose transliteration key only
	// otherName: its exact readings are places abroad that only another
	// record calls so, and the report's country has a place whose own
	// name it loosely spells (added to cands; see resolve)
	otherName bool
	ownVote   string
	ownW      float64 // the weight of its own vote
	person    bool    // told as a person's name elsewhere in the document
	org       bool
	sentStart bool
	cueTok    int  // token after the cue words
	common    bool // an English word: needs a cue or a place preposition to be a place
	generic   bool // "Old City": a part of an enclosing place, never looked up
	tentative bool // an unknown name told as a place, kept only inside a place the report names
	facility  bool // named for a facility cue ("Kweres military airport")
	poss      bool // written as a possessive ("Mosul's")
	whole     int  // end of the whole cued name when only a prefix was looked up
	beside    bool // next to a capitalised word that is no place ("Boko Haram", "Nicole Johnston")
	artPlace  bool // a name with the Arabic article after a place preposition ("in al-Khaldia") that the gazetteer lacks
	division  bool // a division named by direction words ("Northwest province"): only divisions are its candidates
	plainDiv  bool // a lower-case "territory" after a name that is no side's: a division, known or not ("the Rutshuru territory")
}

// Find locates and resolves the place mentions of a whole document, with
// document-level disambiguation: the focus country (from country names,
// demonyms and unambiguous places), the focus provinces, co-mentioned
// places, feature class and population.
func (g *Gazetteer) Find(doc *sitrep.Document) []Mention {
	return g.FindIn(doc, Context{})
}

// Context is what the caller knows of a report beyond its words.
type Context struct {
	// Hints are votes for the report's country from outside the place
	// names: an ISO2 code to a weight, about 1 for each side the report
	// names that belongs to that country ("Peshmerga" says Iraq). A
	// country named in the text weighs 3, a place of one country 1 or 2;
	// hints settle short texts that name no country, and do not override
	// one that does.
	Hints map[string]float64
	// Named reports whether a name is something else than a place: an
	// armed group or force of the actor dictionary ("al-Qaeda", "al-Nusra").
	// A name the gazetteer lacks is taken for a place by its preposition
	// and article only when Named says no.
	Named func(name string) bool
}

// FindIn is Find with what the caller knows of the report.
func (g *Gazetteer) FindIn(doc *sitrep.Document, ctx Context) []Mention {
	if doc == nil || doc.Text == "" {
		return nil
	}
	f := &finder{g: g, lex: g.lexicon(), text: doc.Text, seen: map[string]bool{}, cands: map[string][]cand{}, named: ctx.Named}
	f.toks = tokenize(doc.Text, make([]token, 0, len(doc.Text)/5))
	f.adjectives()
	f.listCues()
	f.people()
	votes := make(map[string]float64, len(ctx.Hints))
	f.sideVotes = make(map[string]float64, len(ctx.Hints))
	for c, w := range ctx.Hints {
		votes[c], f.sideVotes[c] = w, w
	}
	raws := make([]raw, 0, 16)
	for i := 0; i < len(f.toks); {
		if !f.toks[i].word || !f.toks[i].name {
			if j := f.initialsOf(i); j > i {
				// "D.I. Khan": the run starts at its initials
				end := f.runEnd(j)
				raws = f.scanRun(i, end, raws, votes)
				i = end
				continue
			}
			i++
			continue
		}
		end := f.runEnd(i)
		if !inQuotedTitle(doc.Text, sitrep.Span{Start: f.toks[i].s, End: f.toks[end-1].e}) && !f.inDatelineAgency(i, end) {
			raws = f.scanRun(i, end, raws, votes)
		}
		i = end
	}
	return f.capitals(f.resolve(raws, votes))
}

// inDatelineAgency reports whether tokens [i, end) stand inside the
// brackets of a dateline's outlet ("MORELIA, May 17 (Tierra Caliente
// Diario, English digest) - ..."): words of the outlet's name, no place.
// The line opens with a name in capitals, the bracket closes within a
// few words and a dash follows it.
func (f *finder) inDatelineAgency(i, end int) bool {
	toks := f.toks
	open := -1
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if f.punct(k, ")") {
			return false
		}
		if f.punct(k, "(") {
			open = k
			break
		}
		if toks[k].lineStart {
			return false
		}
	}
	if open < 1 {
		return false
	}
	start := open
	for start > 0 && !toks[start].lineStart {
		start--
	}
	if !toks[start].lineStart || !toks[start].word || !toks[start].caps || open-start > 8 {
		return false
	}
	for c := end; c < len(toks) && c <= end+8 && !toks[c].lineStart; c++ {
		if f.punct(c, ")") {
			return f.datelineEnd(c+1, false)
		}
		if f.punct(c, "(") {
			return false
		}
	}
	return false
}

// runEnd returns the end of the run of name-like words with joiners that
// starts at token i; a possessive ends a run ("Baghdad's Sadr City").
func (f *finder) runEnd(i int) int {
	toks := f.toks
	end := i + 1
	for end < len(toks) && !toks[end-1].poss && !toks[end].lineStart {
		if toks[end].word && toks[end].name {
			end++
			continue
		}
		if toks[end].word && end+1 < len(toks) && toks[end+1].word && toks[end+1].name && f.in("joiner", end) {
			// "the Old City of Mosul", "Governor of Nineveh": "of" after
			// a cue, title or org word starts another name
			if f.is(end, "of") && (f.in("cue", end-1) || f.in("stop", end-1) || f.in("title", end-1) || f.in("org", end-1)) && !f.in("water", end-1) {
				break // ("the Gulf of Guinea" is one name: the water's)
			}
			end++
			continue
		}
		if end+1 < len(toks) && toks[end+1].word && toks[end+1].name && f.is(end, "and") && f.exists(f.text[toks[i].s:toks[end+1].e]) {
			// "Jammu and Kashmir", "Bosnia and Herzegovina": one name
			end += 2
			continue
		}
		break
	}
	return end
}

// initialsOf returns, when tokens from i are initials with their full
// stops and a name word after them that with them is a known name ("D.I.
// Khan", "D.G. Khan"), the index of that name word; else i.
func (f *finder) initialsOf(i int) int {
	toks := f.toks
	if !f.initial(i) || i+1 >= len(toks) || !f.punct(i+1, ".") || i > 0 && f.initial(i-1) {
		return i
	}
	j := i + 2
	for j+1 < len(toks) && f.initial(j) && f.punct(j+1, ".") {
		j += 2
	}
	if j < len(toks) && toks[j].word && toks[j].name && !toks[j].lineStart && f.exists(f.text[toks[i].s:toks[j].e]) {
		return j
	}
	return i
}

// initial reports whether token i is an initial: one capital letter.
func (f *finder) initial(i int) bool {
	t := &f.toks[i]
	return t.word && t.e-t.s == 1 && f.text[t.s] >= 'A' && f.text[t.s] <= 'Z'
}

// adjectives unmarks hyphenated adjectives as names: "IS-held",
// "Kurdish-led".
func (f *finder) adjectives() {
	for i := range f.toks {
		t := &f.toks[i]
		if !t.name || t.arabic {
			continue
		}
		w := f.text[t.s:t.e]
		k := strings.LastIndexAny(w, "-‐")
		if k <= 0 {
			continue
		}
		_, n := utf8.DecodeRuneInString(w[k:])
		last := w[k+n:]
		f.buf = lowerWord(f.buf[:0], last)
		// a compound whose last part is a lower-case word is no name:
		// "IS-bastion", "Houthi-run"; "Pul-e" and "Bir el-Abd" keep
		// their linking word or article
		adjective := f.lex.has("hyphen-adjective", f.buf)
		if r, _ := utf8.DecodeRuneInString(last); !adjective && unicode.IsLower(r) && utf8.RuneCountInString(last) >= 3 && !fold.IsArticle(string(f.buf)) && !f.lex.has("joiner", f.buf) {
			adjective = true
		}
		// (unless with the name after it it is a known name of its own:
		// "Pakistan-administered Kashmir" is Azad Kashmir)
		if adjective && !(i+1 < len(f.toks) && f.toks[i+1].name && f.exists(f.text[t.s:f.toks[i+1].e])) {
			t.name = false
		}
	}
}

// listCues finds cue words that name the kind of a list of places:
// "the villages of Karroud and Jarbardan", "the districts of A and B as
// well as C", "A and B villages".
func (f *finder) listCues() {
	toks := f.toks
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].word || toks[i].name && !toks[i].sentStart && !f.is(i-1, "the") {
			continue // a capitalised cue word belongs to a name ("Sadr City of")
		}
		if !f.is(i+1, "of") && (i == 0 || !toks[i-1].name) {
			continue
		}
		kind, ok := f.lexValue("cue", i)
		if !ok {
			continue
		}
		plural := strings.HasSuffix(string(f.lower(i)), "s") && string(f.lower(i)) != kind
		if f.is(i+1, "of") {
			if adminCue(kind) && !divisionOf(kind).afterOf {
				continue // "an industrial zone of Tal Abyad"
			}
			if i > 0 && toks[i-1].word && toks[i-1].name && !toks[i].sentStart && !f.in("demonym", i-1) && !f.is(i-1, "the") && !dirAdj(strings.ToLower(f.word(i-1))) &&
				kind != "village" && kind != "town" {
				// "the Sariab Mill area of Quetta": the area is Sariab
				// Mill's; but a village or town is named after "of"
				// whatever comes before ("the Dogon village of Sobane Da")
				continue
			}
			// "the villages of A, B and C": members up to the last "and"
			var members [8]int
			n, closed := 0, 0
			for j := i + 2; j < len(toks) && n < len(members) && toks[j].word && toks[j].name && !f.in("stop", j); {
				members[n] = j
				n++
				if n == 1 || f.listClosed(j) {
					closed = n
				}
				if !plural {
					break
				}
				k := f.listNext(f.runEnd(j))
				if k < 0 {
					break
				}
				j = k
			}
			if adminCue(kind) && plural && closed < 2 {
				continue // "the provinces of Syria" holds them
			}
			for _, j := range members[:closed] {
				f.setListCue(j, kind)
			}
			continue
		}
		// "Karroud and Jarbardan villages": a plural cue after a list
		if !plural || i == 0 || !toks[i-1].word || !toks[i-1].name {
			continue
		}
		s := f.runStart(i)
		for n := 0; n < 8; n++ {
			k := f.listPrev(s)
			if k < 0 {
				break
			}
			s = f.runStart(k + 1)
			if s > k || !toks[s].name {
				break
			}
			f.setListCue(s, kind)
		}
	}
}

// listClosed reports whether the list member starting at token j follows
// "and", "or" or "as well as" (not a bare comma).
func (f *finder) listClosed(j int) bool {
	return f.is(j-1, "and") || f.is(j-1, "or") || f.punct(j-1, "&") || f.is(j-1, "as") && f.is(j-2, "well")
}

func (f *finder) setListCue(i int, kind string) {
	if f.listCue == nil {
		f.listCue = map[int]string{}
	}
	f.listCue[i] = kind
}

// listNext returns the token after a list separator at e (",", "and",
// ", and", "as well as", "&", "or"), or -1.
func (f *finder) listNext(e int) int {
	j := e
	if f.punct(j, ",") {
		j++
	}
	switch {
	case f.is(j, "and") || f.is(j, "or") || f.punct(j, "&"):
		j++
	case f.is(j, "as") && f.is(j+1, "well") && f.is(j+2, "as"):
		j += 3
	case j == e:
		return -1
	}
	if j < len(f.toks) && f.toks[j].word && f.toks[j].name {
		return j
	}
	return -1
}

// listPrev returns the last token of the name before a list separator
// that ends just before token s, or -1.
func (f *finder) listPrev(s int) int {
	j := s - 1
	switch {
	case f.is(j, "and") || f.is(j, "or") || f.punct(j, "&"):
		j--
		if f.punct(j, ",") {
			j--
		}
	case f.punct(j, ","):
		j--
	default:
		return -1
	}
	if j >= 0 && f.toks[j].word && f.toks[j].name {
		return j
	}
	return -1
}

// runStart returns the first token of the run of names ending before
// token e.
func (f *finder) runStart(e int) int {
	s := e
	for s > 0 && f.toks[s-1].word && (f.toks[s-1].name || s-2 >= 0 && f.toks[s-2].name && f.in("joiner", s-1)) && !f.toks[s-1].poss {
		s--
	}
	return s
}

// cueAfterRun reads a cue word after a run, over at most one modifier
// ("Kweres military airport", "Customs House refugee camp"): its kind,
// whether it is a facility, and the token after it. A possessive takes
// no cue ("Syria's state news agency"), nor does a country whose cue
// names the place after "of" ("the Yemen province of Taiz").
func (f *finder) cueAfterRun(b int) (kind string, next int, ok bool) {
	if b > 0 && f.toks[b-1].poss {
		return "", b, false
	}
	e := b
	if f.in("modifier", e) && !f.toks[e].name {
		if k, n := f.cueAt(e + 1); n > 0 && !f.toks[e+1].name {
			return k, e + 1 + n, true
		}
	}
	if e < len(f.toks) && f.toks[e].word && !f.toks[e].name {
		if k, n := f.cueAt(e); n > 0 {
			if f.countryCue(e) {
				return "", b, false
			}
			return k, e + n, true
		}
	}
	return "", b, false
}

// cueAt reads the cue word or cue phrase starting at token i: its kind
// and how many tokens it takes (0 when there is none). A phrase
// ("local government area") wins over its first word.
func (f *finder) cueAt(i int) (kind string, n int) {
	if i < 0 || i >= len(f.toks) || !f.toks[i].word {
		return "", 0
	}
	// (asked many times of a token by the readings around it: read once)
	if f.cues == nil {
		f.cues = make([]cueRead, len(f.toks))
	}
	c := &f.cues[i]
	if !c.done {
		c.kind, c.n = f.readCueAt(i)
		c.done = true
	}
	return c.kind, c.n
}

// readCueAt is cueAt for word token i, read from the lexicon.
func (f *finder) readCueAt(i int) (kind string, n int) {
	if phrases := f.lex.sections["cue-phrase"]; len(phrases) > 0 {
		var kb [64]byte
		key := append(kb[:0], f.lower(i)...)
		for j := i + 1; j < len(f.toks) && j < i+4 && f.toks[j].word; j++ {
			key = append(append(key, '_'), f.lower(j)...)
			if k, ok := phrases[string(key)]; ok {
				kind, n = k, j-i+1
			}
		}
		if n > 0 {
			return kind, n
		}
	}
	if k, ok := f.lexValue("cue", i); ok {
		return k, 1
	}
	return "", 0
}

// divisionAfter reports whether the run of names at token j is told as
// a division by its cue ("of Kankara Local Government Area", "of Bijapur
// district").
func (f *finder) divisionAfter(j int) bool {
	if j >= len(f.toks) || !f.toks[j].word || !f.toks[j].name {
		return false
	}
	e := f.runEnd(j)
	if _, at := f.divisionTail(j, e); at < e {
		return true
	}
	kind, n := f.cueAt(e)
	return n > 0 && adminCue(kind)
}

// divisionTail reads a division's cue word or phrase as the last words of
// the run [a, b) ("Borno State", "Cesar Department", "Gusau Local
// Government Area"): its kind and the token where it starts, or b.
func (f *finder) divisionTail(a, b int) (kind string, at int) {
	for k := max(a+1, b-3); k < b; k++ {
		if kind, n := f.cueAt(k); n > 0 && k+n == b && adminCue(kind) {
			return kind, k
		}
	}
	return "", b
}

// dirDivision makes the mention of a division named by the direction
// words of tokens [s, e) and a cue of kind ("Northwest province",
// "North-West Region"), when the gazetteer knows some place of that name;
// only divisions are its candidates.
func (f *finder) dirDivision(s, e int, kind string, raws []raw) []raw {
	name := f.text[f.toks[s].s:f.toks[e-1].e]
	if !f.exists(name) {
		return raws
	}
	r := raw{first: s, end: e, known: true, division: true, sentStart: f.toks[s].sentStart, whole: e}
	r.m.Span = sitrep.Span{Start: f.toks[s].s, End: f.toks[e-1].e}
	r.m.Name, r.m.Cue = name, kind
	return append(raws, r)
}

// nameStarter reports whether token i is a stop word that place names
// start with ("New York", "North Kivu", "Greater Zab"); "Old City" is
// the old part of some city, never looked up.
func (f *finder) nameStarter(i int) bool {
	if f.dirWord(i) {
		return true
	}
	switch string(f.lower(i)) {
	case "new", "great", "greater":
		return true
	}
	return false
}

// allDirWords reports whether the words of tokens [s, e) are all words
// of direction ("North-West", "Far North", "Northwest").
func (f *finder) allDirWords(s, e int) bool {
	for k := s; k < e; k++ {
		if !f.dirWord(k) {
			return false
		}
	}
	return e > s
}

// dirWord reports whether token i is a word that a division named for
// its part of a country is made of ("Northwest province", "Far North
// region", "North-West").
func (f *finder) dirWord(i int) bool {
	if i < 0 || i >= len(f.toks) || !f.toks[i].word {
		return false
	}
	w := strings.ToLower(f.word(i))
	if dirWords[w] || dirAdj(w) {
		return true
	}
	switch w {
	case "northeast", "northwest", "southeast", "southwest", "far", "upper", "lower", "middle", "centre", "center":
		return true
	}
	return false
}

// people collects the words of the names the document gives to people,
// so that a surname said alone later ("Chávez", "Conway") is no place: a
// run of capitalised words is a person's name when it starts with a given
// name or a title, follows a title or role noun ("leader Hugo Chávez"),
// or is followed by an age ("Dzhokhar Tsarnaev, 19,"), an apposition of a
// role or a speech verb.
func (f *finder) people() {
	toks := f.toks
	for i := 0; i < len(toks); {
		if !toks[i].word || !toks[i].name || toks[i].caps {
			i++
			continue
		}
		e := f.runEnd(i)
		s := i
		for s < e && f.in("title", s) {
			s++ // "President Obama", "Gen. Ali"
		}
		if e-s >= 1 && f.personRun(i, s, e) {
			// the name is what follows the last title: "Balochistan Chief
			// Minister Mir Abdul Quddus" names no person Balochistan
			ps := s
			for k := s; k < e; k++ {
				if f.in("title", k) {
					ps = k + 1
				}
			}
			f.addPerson(ps, e)
		}
		// a nickname in quotes between a given name and a surname:
		// "Joaquín “El Chapo” Guzmán"
		if e-s == 1 && f.in("given", s) || e-s >= 1 && f.personRun(i, s, e) {
			if c := f.quoteEnd(e); c > 0 && c+1 < len(toks) && toks[c+1].word && toks[c+1].name {
				f.addPerson(e+1, c)
				f.addPerson(c+1, f.runEnd(c+1))
				e = f.runEnd(c + 1)
			}
		}
		i = e
	}
}

// groupAfter reports whether the words after a mention (over its cue
// and one lower-case modifier) are a noun of a group or body it
// qualifies ("the Misrata militia", "Juarez drug cartel", "Kirkuk
// police"), with no place preposition before it.
func (f *finder) groupAfter(r *raw) bool {
	switch r.m.Prep {
	case "in", "at", "near", "into", "inside", "outside", "around", "outskirts of", "within":
		return false
	}
	j := r.cueTok
	if j > 0 && f.toks[j-1].poss {
		return false // "Mosul's police" belongs to the city, told as a place
	}
	for n := 0; n < 2 && j < len(f.toks) && f.toks[j].word && !f.toks[j].name; n, j = n+1, j+1 {
		if f.in("group", j) {
			return true
		}
		if f.in("stop", j) || f.in("speech", j) {
			return false // "the Naso-Hablod hotel after gunmen stormed it"
		}
	}
	return false
}

// heldByDemonym reads a word that tells which country administers the
// place after it ("Indian-administered"): the demonym's country, and
// whether it is one.
func (f *finder) heldByDemonym(i int) (string, bool) {
	if i < 0 || i >= len(f.toks) || !f.toks[i].word {
		return "", false
	}
	w := strings.ToLower(f.word(i))
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || w[h+1:] != "administered" {
		// (an occupier or a side that holds a place is no country of it:
		// "Russian-occupied Melitopol", "Turkish-controlled Afrin")
		return "", false
	}
	return f.lex.value("demonym", []byte(w[:h]))
}

// demonymVote adds a demonym's vote for its country: 2, less each time the
// report uses it again ("Saudi warplanes … Saudi officials … Saudi-led"
// in a report on Yemen), as a place name's vote is.
//
// A demonym before a word of a kind of place ("the southern Libyan city
// of Sabha", "the Syrian border town of Kobani") tells where a place is,
// not who fights: it votes as the country's own name does, and not as a
// side's word.
func (f *finder) demonymVote(votes map[string]float64, cc string, i int) {
	if f.demonymOfPlace(i) {
		votes[cc] += 3
		return
	}
	if f.demonyms == nil {
		f.demonyms = map[string]int{}
	}
	n := f.demonyms[cc]
	f.demonyms[cc] = n + 1
	votes[cc] += 2 / float64(n+1)
	if f.sideVotes != nil {
		f.sideVotes[cc] += 2 / float64(n+1)
	}
}

// demonymOfPlace reports whether the demonym at token i qualifies a word
// of a kind of settlement or division, with at most one other word
// between ("Libyan city", "Iraqi border town", "Malian region").
func (f *finder) demonymOfPlace(i int) bool {
	for j, n := i+1, 0; n < 2 && j < len(f.toks) && f.toks[j].word && !f.toks[j].name; j, n = j+1, n+1 {
		if kind, ok := f.lexValue("cue", j); ok {
			return kind != "" && settlementOrDivision(kind)
		}
	}
	return false
}

// settlementOrDivision reports whether a cue kind names a settlement, a
// part of one or an administrative division, not a facility or a natural
// feature.
func settlementOrDivision(kind string) bool {
	switch kind {
	case "village", "town", "city", "neighbourhood", "district", "area", "camp":
		return true
	}
	return divisionOf(kind).level > 0
}

// addPerson records the words of tokens [s, e) as words of a person's
// name.
func (f *finder) addPerson(s, e int) {
	for k := s; k < e; k++ {
		if f.toks[k].word && f.toks[k].name && !f.in("joiner", k) && !f.in("stop", k) && !f.in("title", k) {
			if f.persons == nil {
				f.persons = map[string]bool{}
			}
			f.persons[string(f.lower(k))] = true
		}
	}
}

// quoteEnd returns the index of the closing quote of a quotation of one
// to three capitalised words opened at token o, or -1.
func (f *finder) quoteEnd(o int) int {
	if o >= len(f.toks) || f.toks[o].word || !strings.ContainsAny(f.word(o), "\"“‘'«") {
		return -1
	}
	for c := o + 1; c < len(f.toks) && c <= o+4; c++ {
		if !f.toks[c].word {
			if c > o+1 && strings.ContainsAny(f.word(c), "\"”’'»") {
				return c
			}
			return -1
		}
		if !f.toks[c].name && !f.in("joiner", c) {
			return -1
		}
	}
	return -1
}

// personRun reports whether the run [i, e), whose name starts at s after
// any titles, is told as a person's.
func (f *finder) personRun(i, s, e int) bool {
	toks := f.toks
	if e-s >= 2 && f.in("given", s) && !f.exists(f.text[toks[s].s:toks[e-1].e]) {
		return true
	}
	// a given name with another name after it inside the run: "Ba Goni
	// Hassan Ibrahim" (not "Tal Hamid Kabir", "San Miguel Totolapan":
	// a name-prefix word starts those)
	if e-s >= 3 && !f.in("name-prefix", s) && !f.exists(f.text[toks[s].s:toks[e-1].e]) {
		for k := s + 1; k+1 < e; k++ {
			if f.in("given", k) && f.plainName(k+1) {
				return true
			}
		}
	}
	// "said the prosecutor, Adrián López Solís"
	if i >= 2 && f.punct(i-1, ",") && toks[i-2].word && !toks[i-2].name && (f.in("title", i-2) || f.in("role", i-2)) {
		return true
	}
	if s > i && (e-s >= 2 || !f.exists(f.word(s))) {
		return true // "Mr Conway", "Special Agent Smith"
	}
	if j := f.prevWord(i); j >= 0 && !toks[j].name && (f.in("title", j) || f.in("role", j)) {
		return true // "leader Hugo Chávez"
	}
	// an age: "Elliott Smith, 23, was"; a single name, even a place's,
	// told by a speech verb with an age ("said Amina, 34")
	aged := f.punct(e, ",") && e+1 < len(toks) && toks[e+1].word && isNumber(f.word(e+1)) && len(f.word(e+1)) <= 3 && (f.punct(e+2, ",") || e+2 >= len(toks) || !toks[e+2].word)
	if aged && e-s == 1 {
		if j := f.prevWord(s); j >= 0 && f.in("speech", j) || e+3 < len(toks) && f.in("speech", e+3) {
			return true
		}
	}
	if e-s < 2 || f.exists(f.text[toks[s].s:toks[e-1].e]) {
		return false
	}
	if aged {
		return true
	}
	return f.personAfter(e) || e < len(toks) && f.in("speech", e)
}

// isNumber reports whether w is all digits.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != "" && len(w) <= 3
}

// personAfter reports whether a name is followed by an apposition of a
// person's role: "X, the spokesman for …", "X, a local commander".
func (f *finder) personAfter(e int) bool {
	if !f.punct(e, ",") {
		return false
	}
	j := e + 1
	if !(f.is(j, "the") || f.is(j, "a") || f.is(j, "an") || f.is(j, "its") || f.is(j, "his") || f.is(j, "her") || f.is(j, "their") || f.is(j, "another") || f.is(j, "one")) {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+4; k++ {
		if !f.toks[k].word {
			return false
		}
		if f.in("role", k) {
			return true
		}
	}
	return false
}

// titleLine reports whether the line around token i is written in title
// case (a headline: five or more words of four letters or more, none in
// lower case), where capitals say little.
func (f *finder) titleLine(i int) bool {
	if f.lineOf == nil {
		// each token's line start, found once: a long line is not walked
		// back for every name on it
		f.lineOf = make([]int32, len(f.toks))
		start := 0
		for k := range f.toks {
			if f.toks[k].lineStart {
				start = k
			}
			f.lineOf[k] = int32(start)
		}
	}
	s := int(f.lineOf[i])
	if t, ok := f.titles[s]; ok {
		return t
	}
	t := f.isTitleLine(s)
	if f.titles == nil {
		f.titles = map[int]bool{}
	}
	f.titles[s] = t
	return t
}

// isTitleLine reports whether the line starting at token s is a title.
func (f *finder) isTitleLine(s int) bool {
	caps, words := 0, 0
	for k := s; k < len(f.toks) && (k == s || !f.toks[k].lineStart) && words < 30; k++ {
		if f.toks[k].word && f.toks[k].e-f.toks[k].s > 3 {
			words++
			if f.toks[k].name {
				caps++
			}
		}
	}
	return words >= 5 && caps == words
}

// capsPlace reports whether an all-capitals word is written as a place:
// a dateline ("BAGHDAD -", "ERBIL, Kurdistan Region"), a line all in
// capitals, or a word the document also writes in mixed case.
func (f *finder) capsPlace(s, e int) bool {
	toks := f.toks
	if toks[s].lineStart || s > 0 && toks[s-1].lineStart && !toks[s-1].word {
		if e >= len(toks) {
			return true
		}
		switch f.word(e) {
		case ",", "-", "–", "—", ":", "(":
			return true
		}
	}
	name := f.text[toks[s].s:toks[e-1].e]
	if v, ok := f.capsOK[name]; ok {
		return v
	}
	if f.capsOK == nil {
		f.capsOK = map[string]bool{}
	}
	// the same word in mixed case elsewhere: "MOSUL" beside "Mosul"
	v := false
	if len(name) >= 4 {
		mixed := name[:1] + strings.ToLower(name[1:])
		v = strings.Contains(f.text, mixed)
	}
	f.capsOK[name] = v
	return v
}

// scanRun finds the place names in tokens [a, b) of one run of
// capitalised words, left to right: a name with a cue word is taken whole
// ("Albu Daan village", "the districts of al-Falah Oula and …"), other
// runs by their longest known names; a run that is a person's name, an
// organisation's or an all-capitals acronym gives no place.
func (f *finder) scanRun(a, b int, raws []raw, votes map[string]float64) []raw {
	toks := f.toks
	// "Indian-administered Kashmir": the demonym of the country that
	// administers the place votes as one in the run does
	if j := f.prevWord(a); j >= 0 && votes != nil {
		if cc, ok := f.heldByDemonym(j); ok && cc != "" {
			f.demonymVote(votes, cc, j)
		}
	}
	// leading words that vote for a country or are not names (not a
	// demonym that with the name after it is a known name of its own:
	// "Pakistani Kashmir")
	for a < b {
		if k, ok := f.listCue[a]; ok && a+1 < b && settlementCue(k) {
			break // "the village of Dogon Noma": the whole run is the settlement's name
		}
		if cc, ok := f.lexValue("demonym", a); ok && !(a+1 < b && f.exists(f.text[toks[a].s:toks[a+1].e])) {
			if cc != "" {
				f.demonymVote(votes, cc, a)
			}
			a++
			continue
		}
		if f.in("joiner", a) && !toks[a].name {
			a++
			continue
		}
		if toks[a].sentStart && a+1 < b && f.placePrepAt(a) && !f.wholeName(f.text[toks[a].s:toks[b-1].e]) {
			// "In Goma, gunmen killed …": a preposition capitalised only
			// because it opens the sentence is no part of the name after
			// it, unless the whole is a name so written ("In Salah")
			a++
			continue
		}
		break
	}
	if a >= b {
		return raws
	}
	// a person: "X, the spokesman for …"
	if f.personAfter(b) && !f.placePrepBefore(a) {
		return raws
	}
	// a division named with its cue word: "Borno State", "Cesar
	// Department", "Gusau Local Government Area", "Northwest Province";
	// a capitalised State or Department after a name that is no place is
	// an organisation's ("Islamic State", "Justice Department")
	if kind, at := f.divisionTail(a, b); at < b && at-a <= 3 && !f.titleLine(a) {
		name := f.text[toks[a].s:toks[at-1].e]
		if f.allDirWords(a, at) {
			return f.dirDivision(a, at, kind, raws)
		}
		if (f.in("org", at) || divisionOf(kind).knownOnly || f.in("stop", a)) && !f.exists(name) {
			// not a division: the names before it stand alone ("Sirte" of
			// "Sirte Islamic State clashes")
			return f.knownNames(a, at, false, raws, votes)
		}
		return f.cuedRun(a, at, b, kind, false, raws)
	}
	// an organisation, operation or other named thing: the words from the
	// org word on are no places, a place before it is marked
	orgAt := -1
	for k := a + 1; k < b; k++ {
		if f.in("org", k) {
			if !f.in("water", k) && f.namesDivision(a, k+1) {
				continue // "the West Bank": a division so named, no bank
			}
			orgAt = k
			break
		}
	}
	if b-a >= 2 && f.in("water", a) && !f.exists(f.text[toks[a].s:toks[b-1].e]) {
		return raws // "Lake Chad": a water the gazetteer lacks, not the country
	}
	if orgAt < 0 && b < len(toks) && toks[b].word && toks[b].name && f.in("org", b) {
		orgAt = b
	}
	if k, ok := f.listCue[a]; ok && (k == "village" || k == "town" || k == "city") {
		orgAt = -1 // "the town of Villa Union": a settlement so named, no union
	}
	// cue words: after the run, as its last word ("Sadr City", "Raqqa
	// Museum"), as its first ("Hotel Sahafi"), or before a list
	cue, next, cued := f.cueAfterRun(b)
	if cued && orgAt < 0 && settlementCue(cue) && f.is(next, "of") && next+1 < len(toks) && toks[next+1].name {
		// "the Dogon village of Sobane Da", "the mainly Christian town of
		// Bartella": the settlement is named after "of"; the words before
		// its cue describe it (where a district's or an area's cue is
		// followed by "of", the name before it is the part and the one
		// after the whole: "the Kasi Road area of Quetta")
		if !f.exists(f.text[toks[a].s:toks[b-1].e]) {
			if f.partName(a, b) && f.divisionAfter(next+1) {
				// "Yargoje village of Kankara Local Government Area",
				// "Kodenar village of Bijapur district": a division after
				// "of" is where the village lies; the name before the cue
				// is the village
				return f.cuedRun(a, b, b, cue, false, raws)
			}
			if cue == "neighbourhood" && f.partName(a, b) && f.exists(f.text[toks[next+1].s:toks[f.runEnd(next+1)-1].e]) {
				// "the Al-Rawdha neighbourhood of Marib city": a name
				// the gazetteer lacks, no people's or faith's word, before
				// the quarter's cue and a known town after "of" is the
				// quarter, in that town
				return f.cuedRun(a, b, b, cue, false, raws)
			}
			return raws
		}
		// "the Darfur town of Kutum", "the Damascus suburb of Daraya": a
		// known place before the cue is the one that holds the
		// settlement; the cue is not its own
		return f.knownNames(a, b, false, raws, votes)
	}
	// a natural feature named with the word for its kind, the whole a
	// known name: "the Sinjar mountains", "the Bekaa valley" (a
	// capitalised kind word is in the run: below)
	if cued && orgAt < 0 && landCue(cue) && next == b+1 && f.exists(f.text[toks[a].s:toks[b].e]) {
		return f.knownNames(a, next, false, raws, votes)
	}
	s, e := a, b
	if !cued && orgAt < 0 && e-s >= 2 && e-s <= 4 {
		w0 := s
		for w0 < e-1 && f.in("stop", w0) {
			w0++ // "The Panjshir Valley fell"
		}
		whole := f.text[toks[w0].s:toks[e-1].e]
		// (four words only before a facility's cue: "Grand al Nuri
		// Mosque")
		if k, ok := f.lexValue("cue", e-1); ok && !f.titleLine(a) && (e-s <= 3 || isFacilityCue(k)) {
			if !landCue(k) || !f.exists(whole) { // "the Sambisa Forest" is the forest so named
				cue, cued = k, true
				if k != "city" {
					e-- // "Jendires Township" is Jendires; "Sadr City" keeps its City
				}
			}
		} else if k, ok := f.lexValue("prefix", s); ok && !f.titleLine(a) && (!landCue(k) || !f.exists(whole)) { // "Jebel Marra", "Mount Sinjar"
			cue, cued = k, true
			s++
		}
	}
	facility := cued && isFacilityCue(cue)
	// "Captain Ahmed al-Dulaimi of Anbar province": a cue after the run
	// names what follows the last "of"; the words before are read alone
	if cued && e == b {
		for k := e - 2; k > s; k-- {
			if f.is(k, "of") {
				raws = f.knownNames(a, k, false, raws, votes)
				s = k + 1
				break
			}
		}
	}
	if !cued {
		if k, ok := f.listCue[a]; ok {
			cue, cued = k, true
		}
	}
	if cued && orgAt < 0 {
		return f.cuedRun(s, e, b, cue, facility, raws)
	}
	// "Tal al_Samn", "Deir Hafer": a name that starts with a word such
	// names start with is named whole, known or not
	if orgAt < 0 && b-a >= 2 && b-a <= 4 && f.in("name-prefix", a) && !f.exists(f.text[toks[a].s:toks[b-1].e]) {
		r := f.wholeRun(a, b)
		r.poss = toks[b-1].poss
		return append(raws, r)
	}
	// "in al-Khaldia": a name with the Arabic article after a place
	// preposition is a place even when the gazetteer lacks it, or has
	// only a loose look-alike (resolve keeps one in the report's country)
	if orgAt < 0 && f.articlePlace(a, b) && !f.exists(f.text[toks[a].s:toks[b-1].e]) {
		r := f.wholeRun(a, b)
		r.artPlace = true
		if f.g.hasAny(r.m.Name, tierLoose) {
			r.known, r.loose = true, true
		}
		return append(raws, r)
	}
	end := b
	if orgAt >= 0 {
		end = min(orgAt, b)
	}
	n := len(raws)
	raws = f.knownNames(a, end, orgAt >= 0, raws, votes)
	if len(raws) == n && orgAt < 0 && f.qualifiedArabicPlace(a, b) && !f.exists(f.text[toks[a].s:toks[b-1].e]) {
		// "in Husaybah al-Sharqiya": a name and an Arabic word of its
		// part or age ("the eastern", "the new") after a place
		// preposition, where no known name was read in it, is a place
		// the gazetteer lacks, named whole (where the name before the
		// qualifier was read as a known town, "in Mosul al-Jadida", that
		// town stands, with its point)
		r := f.wholeRun(a, b)
		r.artPlace = true
		return append(raws, r)
	}
	if len(raws) == n && orgAt < 0 {
		raws = f.tentative(a, b, raws)
	}
	return raws
}

// partName reports whether the run [a, b) may name a part of a town: not
// a name the caller knows as no place (a side: "the Hezbollah
// neighbourhood of"), no word of it a people's, a faith's or a stop word
// ("the Shia neighbourhood of").
func (f *finder) partName(a, b int) bool {
	if f.named != nil && f.named(f.text[f.toks[a].s:f.toks[b-1].e]) {
		return false
	}
	for k := a; k < b; k++ {
		if f.toks[k].word && (f.in("stop", k) && !f.in("joiner", k) || f.in("demonym", k) || f.in("group", k) || f.in("org", k)) {
			return false
		}
	}
	return true
}

// landCue reports whether a cue kind is a natural feature's ("valley",
// "mountain", "desert", "forest", a national "park"): written with a name,
// the two may be the feature's whole name ("Nuba Mountains", "Virunga
// National Park"), which the gazetteer may hold.
func landCue(kind string) bool {
	switch kind {
	case "valley", "mountain", "desert", "forest", "park":
		return true
	}
	return false
}

// tentative makes a mention of an unknown name that the words around it
// present as a place: after a place preposition or in a list beside other
// names ("one in Kasik, north of Mosul", "Rashid and Aayoj in the
// countryside of Raqqa"). It is kept only when the report also gives the
// place it is in (see resolve).
func (f *finder) tentative(a, b int, raws []raw) []raw {
	toks := f.toks
	appos := f.appositionCue(b) != ""
	if b-a > 3 || toks[a].sentStart && !f.placePrepBefore(a) && !appos {
		return raws
	}
	actObject := f.actObjectBefore(a)
	for k := a; k < b; k++ {
		if !f.plainName(k) && !(k > a && f.in("joiner", k)) || f.in("common", k) || f.in("given", k) {
			return raws
		}
	}
	if j := f.prevWord(a); j >= 0 && f.in("title", j) {
		return raws
	}
	if !f.placePrepBefore(a) && f.listPrev(a) < 0 && f.listNext(b) < 0 && !appos && !actObject {
		return raws
	}
	if f.named != nil && f.named(f.text[toks[a].s:toks[b-1].e]) || f.personName(a, b) {
		return raws // "in Daesh attacks": a side the caller knows; "at Tsarnaev's"
	}
	r := raw{first: a, end: b, sentStart: toks[a].sentStart, tentative: true}
	r.m.Span = sitrep.Span{Start: toks[a].s, End: toks[b-1].e}
	r.m.Name = f.text[r.m.Span.Start:r.m.Span.End]
	return append(raws, r)
}

// articlePlace reports whether the run [a, b) is one to three words
// starting with a lower-case Arabic article joined to a capitalised word
// ("al-Khaldia", "ash-Shaykh Maqsud") right after "in", "at", "near",
// "around", "outside" or "into", and is no organisation or person the
// dictionaries or the document name ("in al-Qaeda", "at al-Shabaab
// camps", "near al-Maliki's house").
func (f *finder) articlePlace(a, b int) bool {
	toks := f.toks
	if b-a > 3 || toks[b-1].poss || toks[a].arabic {
		return false
	}
	w := f.word(a)
	if w == "" || w[0] < 'a' || w[0] > 'z' || !toks[a].name {
		return false
	}
	j := a - 1
	if j < 0 || !toks[j].word {
		return false
	}
	switch strings.ToLower(f.word(j)) {
	case "in", "at", "near", "around", "outside", "into":
	default:
		return false
	}
	for k := a; k < b; k++ {
		if k > a && f.in("joiner", k) {
			continue
		}
		if !f.placeNameWord(k) {
			return false
		}
	}
	if b < len(toks) && toks[b].word && toks[b].name {
		return false // a longer name goes on ("al-Nusra Front")
	}
	if f.named != nil && (f.named(f.text[toks[a].s:toks[b-1].e]) || f.named(w)) {
		return false
	}
	return true
}

// wholeRun is the raw mention of the whole run [a, b) of names, known or
// not.
func (f *finder) wholeRun(a, b int) raw {
	r := raw{first: a, end: b, sentStart: f.toks[a].sentStart}
	r.m.Span = sitrep.Span{Start: f.toks[a].s, End: f.toks[b-1].e}
	r.m.Name = f.text[r.m.Span.Start:r.m.Span.End]
	return r
}

// placeNameWord reports whether token k may be a word of a place's name
// the gazetteer lacks: a plain name, not an English word, a given name
// or a person's name the report tells.
func (f *finder) placeNameWord(k int) bool {
	return f.plainName(k) && !f.in("common", k) && !f.in("given", k) && !f.persons[string(f.lower(k))]
}

// qualifiedArabicPlace reports whether the run [a, b) is one or two
// names then a word with the Arabic article that tells which part or
// which age of a town it is (arabicQualifiers: "al-Sharqiya", the
// eastern; "al-Jadida", the new), after a place preposition, with no
// longer name going on after it.
func (f *finder) qualifiedArabicPlace(a, b int) bool {
	toks := f.toks
	if b-a < 2 || b-a > 3 || toks[b-1].poss {
		return false
	}
	last := strings.ToLower(f.word(b - 1))
	art, q, ok := strings.Cut(last, "-")
	if !ok || !arabicArticles[art] || !arabicQualifiers[q] {
		return false
	}
	j := a - 1
	if j < 0 || !toks[j].word {
		return false
	}
	switch strings.ToLower(f.word(j)) {
	case "in", "at", "near", "around", "outside", "into", "of":
	default:
		return false
	}
	for k := a; k < b-1; k++ {
		if !f.placeNameWord(k) {
			return false
		}
	}
	if b < len(toks) && toks[b].word && toks[b].name {
		return false
	}
	return f.named == nil || !f.named(f.text[toks[a].s:toks[b-1].e])
}

// arabicArticles are the forms the Arabic article takes before a word.
var arabicArticles = map[string]bool{"al": true, "el": true, "ash": true, "as": true, "ad": true, "ar": true, "an": true, "at": true, "az": true}

// arabicQualifiers are the Arabic words (as transliterated, after the
// article) that tell a town's part or age: east, west, north, south,
// upper, lower, new, old, big, small.
var arabicQualifiers = map[string]bool{
	"sharqiya": true, "sharqiyah": true, "sharqia": true, "sharqi": true, "gharbiya": true, "gharbiyah": true, "gharbia": true, "gharbi": true,
	"shamaliya": true, "shamaliyah": true, "shamali": true, "janubiya": true, "janubiyah": true, "janubi": true,
	"jadida": true, "jadidah": true, "jadeeda": true, "qadima": true, "qadimah": true, "kabira": true, "kabirah": true, "kubra": true,
	"saghira": true, "saghirah": true, "sughra": true, "fawqa": true, "fouqa": true, "tahta": true, "ulya": true, "sufla": true,
	"wusta": true,
}

// kinWords are the title words of Arabic kinship names (father of, mother
// of, son of, daughter of), which begin many place names too.
var kinWords = map[string]bool{"abu": true, "umm": true, "bin": true, "ibn": true, "bint": true}

// cuedRun makes the mention of tokens [s, e) of a run ending at b, named
// by a cue word: the whole name when the gazetteer knows it or lacks every
// part of it, else its longest known prefix when the rest is not part of a
// name ("Mosul City").
func (f *finder) cuedRun(s, e, b int, cue string, facility bool, raws []raw) []raw {
	toks := f.toks
	// leading words no name starts with: "the", titles (but "New York")
	g0 := s
	for s < e && f.in("stop", s) && !f.in("joiner", s) && !(f.nameStarter(s) && s+1 < e && f.exists(f.text[f.toks[s].s:f.toks[e-1].e])) {
		s++
	}
	// "Abu Kamal" is a town; "Sheikh Zubair village" is Zubair's; but
	// the first word of a kinship name ("Abu", "Umm") before a cue starts
	// the place's name, known or not ("Abu Saif village", not "Saif")
	for s < e-1 && f.in("title", s) && !kinWords[string(f.lower(s))] && !f.exists(f.text[toks[s].s:toks[e-1].e]) {
		s++
	}
	if s >= e && adminCue(cue) {
		// "Northwest province"; no division is named by other words
		// no name is made of ("the Islamic state")
		if f.allDirWords(g0, e) {
			return f.dirDivision(g0, e, cue, raws)
		}
		return raws
	}
	if s >= e {
		// "Old City", "the Old Quarter": a part of an enclosing place,
		// named whole and never looked up; "the Northeastern city of"
		// is no name
		if _, ok := f.lexValue("cue", b-1); !ok || g0 == b-1 {
			return raws
		}
		r := raw{first: g0, end: b, generic: true, sentStart: toks[g0].sentStart}
		r.m.Span = sitrep.Span{Start: toks[g0].s, End: toks[b-1].e}
		r.m.Name = f.text[r.m.Span.Start:r.m.Span.End]
		r.m.Cue = cue
		return append(raws, r)
	}
	if e-s > 5 {
		return f.knownNames(s, e, false, raws, nil)
	}
	// an acronym before a facility cue is no place ("US base")
	if allCapsRun(toks[s:e]) && facility && !f.capsPlace(s, e) {
		return raws
	}
	name := f.text[toks[s].s:toks[e-1].e]
	plain := f.plainTerritory(s, e, b, cue)
	if divisionOf(cue).knownOnly && !plain && !f.exists(name) {
		return raws // "Islamic state", "SDF territory"
	}
	r := raw{first: s, end: e, sentStart: toks[s].sentStart, facility: facility, poss: toks[e-1].poss, whole: e, plainDiv: plain}
	r.m.Cue = cue
	if f.exists(name) {
		r.known = true
	} else if p := f.knownPrefixEnd(s, e); p > s {
		// "Mosul City", "Qayyarah Photo village": a known name before
		// words that are no name
		r.known = true
		r.end = p
		name = f.text[toks[s].s:toks[p-1].e]
	} else if f.g.hasAny(name, tierLoose) {
		// "the town of Shirqat": a transliteration variant
		r.known, r.loose = true, true
	}
	r.m.Span = sitrep.Span{Start: toks[s].s, End: toks[r.end-1].e}
	r.m.Name = name
	return append(raws, r)
}

// plainTerritory reports whether the cue of kind after the name of tokens
// [s, e), a run ending at b, is "territory" written in lower case after
// the run, and the name one of a place: "the Rutshuru territory" (a
// second-level division of the Congo), not "SDF territory", "Houthi
// territory" (a side the caller names) or "Kurdish territory".
func (f *finder) plainTerritory(s, e, b int, cue string) bool {
	if cue != "territory" || e != b || !f.is(b, "territory") || f.toks[b].name || allCapsRun(f.toks[s:e]) {
		return false
	}
	if k := f.prevWord(s); k < 0 || !f.is(k, "the") && !f.placePrepBefore(s) {
		return false // "Securing territory" opens a sentence
	}
	for k := s; k < e; k++ {
		if f.in("demonym", k) || f.in("org", k) || f.in("group", k) {
			return false
		}
	}
	name := f.text[f.toks[s].s:f.toks[e-1].e]
	return f.named == nil || !f.named(name)
}

// knownPrefixEnd returns the end of the longest known prefix of tokens
// [s, e) whose following word is a stop word, an all-capitals word or an
// org word, or s when there is none.
func (f *finder) knownPrefixEnd(s, e int) int {
	for p := e - 1; p > s; p-- {
		if f.in("joiner", p-1) {
			continue
		}
		// (a word that qualifies a facility is no name either: "Kirkuk
		// Power Plant", "Baghdad International Airport")
		if !(f.in("stop", p) || f.toks[p].caps || f.in("org", p) || f.in("common", p) || f.in("modifier", p)) {
			continue
		}
		if f.exists(f.text[f.toks[s].s:f.toks[p-1].e]) {
			return p
		}
	}
	return s
}

// namesDivision reports whether tokens [s, e) are the whole name of a
// country or a first-level division ("West Bank"): such a name is that
// place even when its last word is one of an organisation's ("bank").
func (f *finder) namesDivision(s, e int) bool {
	name := f.text[f.toks[s].s:f.toks[e-1].e]
	if !f.exists(name) {
		return false
	}
	for _, p := range f.g.Lookup(name, "") {
		if p.Feature == "A.PCLI" || p.Feature == "A.ADM1" {
			return true
		}
	}
	return false
}

// isFacilityCue reports whether a cue kind names a facility or a feature
// at or near a place rather than the place itself.
func isFacilityCue(kind string) bool {
	switch kind {
	case "hotel", "bazaar", "church", "museum", "headquarters", "park", "garage":
		return true
	}
	return facilityCue[kind]
}

// knownNames finds the longest known names in tokens [a, b), left to
// right. In an organisation's name (org) only a first name counts, marked.
func (f *finder) knownNames(a, b int, org bool, raws []raw, votes map[string]float64) []raw {
	toks := f.toks
	matchedTo := a // end of the last match
	for s := a; s < b; {
		if !toks[s].name && f.in("joiner", s) {
			s++
			continue
		}
		// the rest of a person's name: "Gen. Ali Mosuli", "Mohammed Jordan"
		if j := f.prevWord(s); j >= 0 && (f.in("title", j) || j >= a && f.in("given", j)) && !f.in("stop", s) {
			if j >= a || f.toks[j].e == f.toks[s].s-1 || f.text[f.toks[j].e] == '.' {
				return raws
			}
		}
		if votes != nil {
			if cc, ok := f.lexValue("demonym", s); ok && !(s+1 < b && f.exists(f.text[toks[s].s:toks[s+1].e])) {
				if cc != "" {
					f.demonymVote(votes, cc, s)
				}
				s++
				continue
			}
		}
		found := false
		for e := min(b, s+5); e > s; e-- {
			// no name ends with a joiner ("Abu", "al", "Bani" of "Bani
			// Walid"), unless one standing alone is a whole name ("Beni"
			// in North Kivu)
			if f.in("joiner", e-1) && !(e == s+1 && e == b && toks[s].name && toks[s].e-toks[s].s >= 4) {
				continue
			}
			if e == s+1 && (f.in("stop", s) || f.in("org", s) || toks[s].e-toks[s].s < 2) {
				continue
			}
			name := f.text[toks[s].s:toks[e-1].e]
			if s == a && e < b && f.unknownTail(e, b) {
				// "Bulo Marer": a known word ("Bulo") opening a longer
				// name the gazetteer lacks is not that place
				break
			}
			loose := false
			if !f.exists(name) {
				// a whole run after a place preposition may be a
				// transliteration variant: "in Makhmoor"
				if s != a || e != b || org || !f.placePrepBefore(a) || f.knownPrefix(s, e) || !f.g.hasAny(name, tierLoose) {
					continue
				}
				loose = true
			}
			// an acronym: "US", "SANA", "IG Police"
			if allCapsRun(toks[s:e]) && !f.capsPlace(s, e) {
				s = e
				found = true
				break
			}
			// a given name before another name is a person: "Ali Mohamud"
			if e == s+1 && e < b && f.in("given", s) && toks[e].name && !f.in("stop", e) {
				return raws
			}
			r := raw{first: s, end: e, known: true, loose: loose, sentStart: toks[s].sentStart, poss: toks[e-1].poss}
			r.m.Span = sitrep.Span{Start: toks[s].s, End: toks[e-1].e}
			r.m.Name = name
			r.common = f.allCommon(s, e)
			r.person = f.personName(s, e)
			r.beside = s > matchedTo && f.plainName(s-1) || e < b && f.plainName(e) && !f.exists(f.word(e))
			// an organisation: "Nineveh Operations Command", "Mosul University"
			if org || e < len(toks) && toks[e].word && toks[e].name && f.in("org", e) {
				r.org = true
				if s != a || r.common {
					return raws
				}
			}
			// part of a person's name: a given name or title in the run before it
			if s > a && (f.in("given", s-1) || f.in("title", s-1)) {
				s = e
				found = true
				break
			}
			raws = append(raws, r)
			s = e
			matchedTo = e
			found = true
			break
		}
		if !found {
			s++
		}
	}
	return raws
}

// personName reports whether tokens [s, e) are a given name alone or
// words of a name the document gives to a person.
func (f *finder) personName(s, e int) bool {
	if e == s+1 && f.in("given", s) {
		return true
	}
	if f.persons == nil {
		return false
	}
	for k := s; k < e; k++ {
		if f.toks[k].word && !f.in("joiner", k) && !f.persons[string(f.lower(k))] {
			return false
		}
	}
	return true
}

// plainName reports whether token i is a capitalised word with no role in
// a place name: not a stop word, joiner, demonym, title, cue or org word.
func (f *finder) plainName(i int) bool {
	if i < 0 || i >= len(f.toks) || !f.toks[i].word || !f.toks[i].name || f.toks[i].caps {
		return false
	}
	return !f.in("stop", i) && !f.in("joiner", i) && !f.in("demonym", i) && !f.in("title", i) && !f.in("cue", i) && !f.in("org", i)
}

// allCommon reports whether every word of tokens [s, e) is an English
// word ("War", "Olive Branch"), or a stop word beside one.
func (f *finder) allCommon(s, e int) bool {
	common := false
	for k := s; k < e; k++ {
		switch {
		case f.in("common", k):
			common = true
		case f.in("stop", k) && e-s > 1:
		default:
			return false
		}
	}
	return common
}

// allCapsRun reports whether every word of a run is in capitals.
func allCapsRun(ts []token) bool {
	for _, t := range ts {
		if t.word && !t.caps && !t.arabic {
			return false
		}
	}
	return len(ts) > 0 && !ts[0].arabic
}

// inQuotedTitle reports whether a run of capitalised words is part of a
// quoted title ("the newssheet \"Carta de Mocambique\"", "the film
// \"Kandahar Nights\""): a quotation of two to six words, each
// capitalised or a joining word, right after a word naming a publication
// or programme. Its words are no places, and do not vote for a country.
func inQuotedTitle(text string, sp sitrep.Span) bool {
	open := -1
	for i := sp.Start - 1; i >= 0 && i >= sp.Start-60; i-- {
		c := text[i]
		if c == '"' || c == '\n' {
			if c == '"' {
				open = i + 1
			}
			break
		}
		// (the curly quotes begin with the byte 0xE2: tested first, no
		// string comparison at every byte)
		if c == 0xE2 && strings.HasPrefix(text[i:], "“") {
			open = i + len("“")
			break
		}
	}
	if open < 0 {
		return false
	}
	end := -1
	for i := sp.End; i < len(text) && i <= sp.End+60; i++ {
		if text[i] == '"' || text[i] == '\n' {
			if text[i] == '"' {
				end = i
			}
			break
		}
		if text[i] == 0xE2 && strings.HasPrefix(text[i:], "”") {
			end = i
			break
		}
	}
	if end < 0 || open >= end {
		return false
	}
	if !publicationBefore(text, open) {
		return false // a quoted name may be a place
	}
	words := strings.Fields(text[open:end])
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		switch {
		case len(r) > 0 && unicode.IsUpper(r[0]):
		case w == "de" || w == "du" || w == "des" || w == "la" || w == "le" || w == "of" || w == "the" || w == "al" || w == "el" || w == "and" || w == "da" || w == "do":
		default:
			return false
		}
	}
	return true
}

// publicationBefore reports whether a word naming a publication or
// programme stands just before an opening quote ("the newssheet \"...\"",
// "the daily \"...\"").
func publicationBefore(text string, open int) bool {
	i := open - 1
	for i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
		i-- // back over the quote mark
	}
	w := strings.Fields(strings.ToLower(text[max(0, i-40):i]))
	if len(w) == 0 {
		return false
	}
	switch strings.Trim(w[len(w)-1], ",") {
	case "newspaper", "newssheet", "daily", "weekly", "paper", "magazine", "journal", "channel", "station",
		"tv", "television", "radio", "agency", "website", "site", "film", "book", "programme", "program", "show",
		"operation", "campaign", "newsletter", "bulletin", "outlet":
		return true
	}
	return false
}

// unknownTail reports whether tokens [e, b), the rest of a run of names
// after a known prefix, are one or two more capitalised words of a name
// that no known place starts with and no list word marks as no name
// (stop words, cues, organisations, titles, demonyms).
func (f *finder) unknownTail(e, b int) bool {
	if b-e > 2 {
		return false
	}
	for k := e; k < b; k++ {
		t := f.toks[k]
		if !t.word || !t.name || t.e-t.s < 3 || f.in("stop", k) || f.in("org", k) || f.in("title", k) || f.in("joiner", k) || f.in("cue", k) {
			return false
		}
		if _, ok := f.lexValue("demonym", k); ok {
			return false
		}
		if f.exists(f.word(k)) {
			return false
		}
	}
	return true
}

// actObjectBefore reports whether the words before token i make it what
// an attack fell on ("an attack on Kadisau", "raids on", "gunmen stormed
// Kadisau"): a place, when the report also says where it lies.
func (f *finder) actObjectBefore(i int) bool {
	j := f.prevWord(i)
	if j < 0 {
		return false
	}
	w := strings.ToLower(f.word(j))
	if w == "on" {
		k := f.prevWord(j)
		if k < 0 {
			return false
		}
		switch strings.ToLower(f.word(k)) {
		case "attack", "attacks", "raid", "raids", "assault", "assaults", "offensive", "strike", "strikes", "airstrike", "airstrikes", "march", "advance":
			return true
		}
		return false
	}
	if w == "of" {
		// "took control of X"
		k := f.prevWord(j)
		return k >= 0 && strings.EqualFold(f.word(k), "control") && f.takingVerbBefore(k)
	}
	switch w {
	case "attacked", "raided", "stormed", "overran", "besieged", "shelled", "bombed", "captured", "seized", "recaptured", "retook", "invaded", "razed", "torched", "ransacked",
		"entered", "liberated":
		return true
	}
	return false
}

// takingVerbs are the verbs of taking whose object "control of X" tells a
// capture of X.
var takingVerbs = map[string]bool{
	"took": true, "taken": true, "take": true, "takes": true, "taking": true, "seized": true, "seize": true, "seizing": true,
	"gained": true, "gain": true, "gaining": true, "wrested": true, "wrest": true, "assumed": true, "regained": true,
	"retook": true, "retaken": true, "established": true,
}

// takingVerbBefore reports whether a verb of taking comes before the
// word "control" at token k, over one adjective ("took full control").
func (f *finder) takingVerbBefore(k int) bool {
	j := f.prevWord(k)
	for n := 0; j >= 0 && n < 2; n, j = n+1, f.prevWord(j) {
		w := strings.ToLower(f.word(j))
		if takingVerbs[w] {
			return true
		}
		switch w {
		case "full", "total", "complete", "effective", "partial":
			continue
		}
		return false
	}
	return false
}
