package gazetteer

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"github.com/sitrep/sitrep/gazetteer/internal/format"
)

// Mention is one place named in a document, resolved against the
// gazetteer with document-level context.
type Mention struct {
	Span     sitrep.Span   // the name as written, without cue words ("Al Shifa")
	Full     sitrep.Span   // with cue words ("Al Shifa district", "the town of Hit")
	Name     string        // as written
	Cue      string        // "district", "village", "town", "neighbourhood", "city", "province", "governorate", "camp", … or ""
	Prep     string        // the words before it that give its role: "in", "at", "near", "outskirts of", "north of", "from", "towards", "between", … or ""
	Place    *sitrep.Place // resolved gazetteer entry, nil when the gazetteer lacks it
	Within   string        // enclosing place the report gives ("Tahouna village in Makhmour" → "Makhmour")
	Relative string        // "50 km west of Mosul" as written, when this mention is an offset from another
	// Location is ready for an event record: coordinates (absent when
	// neither the place nor an enclosing place is known), precision
	// 1/2/3, admin1, country, within.
	Location sitrep.Location
	Admin    bool    // the mention is a province/governorate/country, not a locality
	Score    float64 // confidence that this is a place and correctly resolved, 0..1
}

// token is one word or punctuation mark of the text.
type token struct {
	s, e      int  // byte span; e excludes a possessive 's
	word      bool // letters or digits
	name      bool // capitalised, article-hyphen-capital, or Arabic script
	arabic    bool
	sentStart bool // first word of a sentence
}

// tokenize splits text into words and punctuation marks. Apostrophes and
// hyphens inside a word stay in it ("Ba'aj", "ez-Zor").
func tokenize(text string, toks []token) []token {
	sent := true
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			j := i + w
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += w2
					continue
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
			t := token{s: i, e: j, word: true, sentStart: sent}
			// possessive: Mosul's
			if j-i > 3 && (strings.HasSuffix(text[i:j], "'s") || strings.HasSuffix(text[i:j], "’s")) {
				if strings.HasSuffix(text[i:j], "'s") {
					t.e = j - 2
				} else {
					t.e = j - 4
				}
			}
			t.name, t.arabic = nameLike(text[i:t.e])
			toks = append(toks, t)
			sent = false
			i = j
			continue
		}
		if !unicode.IsSpace(r) {
			toks = append(toks, token{s: i, e: i + w})
			switch r {
			case '.', '!', '?', '…':
				// "Gen. Ali" and "U.S." are not sentence ends: a
				// following lower-case or capitalised word is unsure, so
				// only a full stop after a word of 3+ letters counts.
				if r != '.' || len(toks) < 2 || !toks[len(toks)-2].word || toks[len(toks)-2].e-toks[len(toks)-2].s > 3 {
					sent = true
				}
			case '"', '“', '(', '‘', '\'', '«':
				// an opening quote keeps the sentence start
			default:
				sent = false
			}
		} else if r == '\n' {
			sent = true
		}
		i += w
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isInnerRune(r rune) bool {
	switch r {
	case '\'', '’', 'ʿ', 'ʾ', '‘', '-', '‐', 'ʼ':
		return true
	}
	return false
}

// nameLike reports whether a word can be (part of) a name: capitalised,
// an article joined by a hyphen to a capitalised word ("al-Bab"), or in
// Arabic script.
func nameLike(w string) (name, arabic bool) {
	r, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true, false
	}
	if r >= 0x600 && r <= 0x6FF || r >= 0xFB50 && r <= 0xFEFF {
		return true, true
	}
	if unicode.IsLower(r) {
		if i := strings.IndexAny(w, "-‐"); i > 0 && i <= 4 {
			r2, _ := utf8.DecodeRuneInString(w[i+len("-"):])
			if w[i] != '-' {
				r2, _ = utf8.DecodeRuneInString(w[i+len("‐"):])
			}
			return unicode.IsUpper(r2) && fold.IsArticle(w[:i]), false
		}
	}
	_ = n
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
	g     *Gazetteer
	lex   *Lexicon
	text  string
	toks  []token
	buf   []byte
	kbuf  []byte
	seen  map[string]bool   // exists answers for this document
	cands map[string][]cand // lookups for this document
}

func (f *finder) word(i int) string { return f.text[f.toks[i].s:f.toks[i].e] }

// lower returns the lower-cased token i (valid until the next call).
func (f *finder) lower(i int) []byte {
	f.buf = lowerWord(f.buf[:0], f.word(i))
	return f.buf
}

func (f *finder) in(sec string, i int) bool {
	if i < 0 || i >= len(f.toks) || !f.toks[i].word {
		return false
	}
	return f.lex.has(sec, f.lower(i))
}

// exists reports whether the gazetteer knows name by its exact or
// article-stripped key, without decoding any place.
func (f *finder) exists(name string) bool {
	if v, ok := f.seen[name]; ok {
		return v
	}
	v := f.probeName(name)
	f.seen[name] = v
	return v
}

func (f *finder) probeName(name string) bool {
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
	if probe(format.KindExact, exact[1:]) || probe(format.KindStripped, exact[1:]) {
		return true
	}
	if len(stripped) > 0 && string(stripped) != string(exact[1:]) {
		return probe(format.KindExact, stripped) || probe(format.KindStripped, stripped)
	}
	return false
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
	m         Mention
	first     int // token range of the name
	end       int
	cands     []cand
	known     bool
	loose     bool // matched by the loose transliteration key only
	ownVote   string
	org       bool
	sentStart bool
	cueTok    int // token after the cue words
}

// Find locates and resolves the place mentions of a whole document, with
// document-level disambiguation: the focus country (from country names,
// demonyms and unambiguous places), the focus provinces, co-mentioned
// places, feature class and population.
func (g *Gazetteer) Find(doc *sitrep.Document) []Mention {
	if doc == nil || doc.Text == "" {
		return nil
	}
	f := &finder{g: g, lex: g.lexicon(), text: doc.Text, seen: map[string]bool{}, cands: map[string][]cand{}}
	f.toks = tokenize(doc.Text, make([]token, 0, len(doc.Text)/5))
	votes := map[string]float64{}
	raws := make([]raw, 0, 16)
	toks := f.toks
	for i := 0; i < len(toks); {
		if !toks[i].word || !toks[i].name {
			i++
			continue
		}
		// a run of name-like words with joiners
		end := i + 1
		for end < len(toks) {
			if toks[end].word && toks[end].name {
				end++
				continue
			}
			if toks[end].word && end+1 < len(toks) && toks[end+1].word && toks[end+1].name && f.in("joiner", end) {
				end++
				continue
			}
			break
		}
		raws = f.scanRun(i, end, raws, votes)
		i = end
	}
	return f.resolve(raws, votes)
}

// scanRun finds the longest known names in tokens [a, b), left to right,
// and a cued name the gazetteer lacks.
func (f *finder) scanRun(a, b int, raws []raw, votes map[string]float64) []raw {
	toks := f.toks
	matchedAny := false
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
		if cc, ok := f.lexValue("demonym", s); ok {
			votes[cc] += 2
			s++
			continue
		}
		found := false
		for e := min(b, s+5); e > s; e-- {
			if f.in("joiner", e-1) {
				continue
			}
			if e == s+1 && (f.in("stop", s) || toks[s].e-toks[s].s < 2) {
				continue
			}
			name := f.text[toks[s].s:toks[e-1].e]
			loose := false
			if !f.exists(name) {
				// a whole run after a place preposition may be a
				// transliteration variant: "in Makhmoor"
				if s != a || e != b || !f.placePrepBefore(a) || f.knownPrefix(s, e) || len(f.g.lookup(name, "", tierLoose)) == 0 {
					continue
				}
				loose = true
			}
			r := raw{first: s, end: e, known: true, loose: loose, sentStart: toks[s].sentStart}
			r.m.Span = sitrep.Span{Start: toks[s].s, End: toks[e-1].e}
			r.m.Name = name
			// an organisation: "Nineveh Operations Command", "Mosul University"
			if e < len(toks) && toks[e].word && toks[e].name && f.in("org", e) {
				r.org = true
			}
			// part of a person's name: a given name or title in the run before it
			if s > a && (f.in("given", s-1) || f.in("title", s-1)) {
				s = e
				found = true
				break
			}
			raws = append(raws, r)
			s = e
			found = true
			matchedAny = true
			break
		}
		if !found {
			s++
		}
	}
	if !matchedAny && b < len(toks) {
		// a name the gazetteer lacks, marked by a cue word: "Tahouna village"
		if kind, ok := f.lexValue("cue", b); ok && !f.in("stop", a) {
			s := a
			for s < b && (f.in("title", s) || f.in("stop", s) || f.in("given", s)) {
				s++
			}
			if s < b && b-s <= 4 {
				r := raw{first: s, end: b, sentStart: toks[s].sentStart}
				r.m.Span = sitrep.Span{Start: toks[s].s, End: toks[b-1].e}
				r.m.Name = f.text[r.m.Span.Start:r.m.Span.End]
				r.m.Cue = kind
				raws = append(raws, r)
			}
		}
	}
	return raws
}

// knownPrefix reports whether a shorter run of tokens starting at s is a
// known name: "near Qayyarah Getty" is Qayyarah, not a loose guess at the
// whole run.
func (f *finder) knownPrefix(s, e int) bool {
	for e2 := e - 1; e2 > s; e2-- {
		if f.in("joiner", e2-1) || fold.IsArticle(string(f.lower(e2-1))) || f.toks[e2-1].e-f.toks[s].s < 4 {
			continue // "Al Shifa" is not the place "Al"
		}
		if f.exists(f.text[f.toks[s].s:f.toks[e2-1].e]) {
			return true
		}
	}
	return false
}

// placePrepBefore reports whether the word before token i is a
// preposition that introduces places.
func (f *finder) placePrepBefore(i int) bool {
	j := f.prevWord(i)
	if j < 0 {
		return false
	}
	switch strings.ToLower(f.word(j)) {
	case "in", "at", "near", "outside", "from", "of", "towards", "toward", "into", "around":
		return true
	}
	return false
}

func (f *finder) lexValue(sec string, i int) (string, bool) {
	if i < 0 || i >= len(f.toks) || !f.toks[i].word {
		return "", false
	}
	return f.lex.value(sec, f.lower(i))
}

// prevWord returns the index of the word before token i, skipping a full
// stop of an abbreviation, or -1.
func (f *finder) prevWord(i int) int {
	j := i - 1
	if j >= 0 && !f.toks[j].word && f.text[f.toks[j].s] == '.' {
		j--
	}
	if j >= 0 && f.toks[j].word {
		return j
	}
	return -1
}

// preps maps the word(s) before a name to its role.
var preps = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "towards": true, "toward": true, "into": true,
	"outside": true, "around": true, "inside": true, "across": true, "between": true, "through": true, "via": true,
	"on": true, "of": true, "and": true, "by": true, "within": true, "beyond": true, "reach": true, "reached": true,
	"entered": true, "captured": true, "retook": true, "recaptured": true, "seized": true, "liberated": true,
	"stormed": true, "shelled": true, "struck": true, "hit": true, "bombed": true, "besieged": true,
}

// directions, as words before "of".
var dirWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true}

// context reads the role words before token i: the preposition, an offset
// ("50 km west of"), the "the town of" cue.
func (f *finder) context(r *raw) {
	i := r.first
	toks := f.toks
	start := i
	// "the town of X", "the village of X"
	if j := f.prevWord(i); j >= 1 && strings.EqualFold(f.word(j), "of") {
		if kind, ok := f.lexValue("cue", j-1); ok && r.m.Cue == "" {
			r.m.Cue = kind
			start = j - 1
			if k := f.prevWord(j - 1); k >= 0 && strings.EqualFold(f.word(k), "the") {
				start = k
			}
		}
	}
	// walk back over adjectives to the role words
	j := f.prevWord(start)
	skipped := 0
	for j >= 0 && skipped < 2 {
		w := strings.ToLower(f.word(j))
		if w == "the" || strings.HasSuffix(w, "ern") || w == "central" || w == "city" || w == "town" || w == "village" || w == "province" || w == "district" {
			j = f.prevWord(j)
			skipped++
			continue
		}
		break
	}
	if j < 0 {
		r.m.Full.Start = toks[start].s
		return
	}
	w := strings.ToLower(f.word(j))
	switch {
	case w == "of":
		k := f.prevWord(j)
		if k >= 0 {
			d := strings.ToLower(f.word(k))
			switch {
			case dirWords[d]:
				r.m.Prep = d + " of"
				// "50 km west of"
				if u := f.prevWord(k); u >= 1 {
					uw := strings.ToLower(f.word(u))
					if uw == "km" || uw == "kms" || uw == "kilometres" || uw == "kilometers" || uw == "miles" || uw == "mi" {
						if n := f.prevWord(u); n >= 0 {
							if _, ok := parseKm(f.word(n), uw); ok {
								r.m.Relative = f.text[toks[n].s:toks[r.end-1].e]
							}
						}
					}
				}
			case d == "outskirts" || d == "suburbs" || d == "edge" || d == "outskirt":
				r.m.Prep = "outskirts of"
			case d == "vicinity":
				r.m.Prep = "near"
			default:
				r.m.Prep = "of"
			}
		}
	case w == "and":
		// "between A and B"
		for k, n := f.prevWord(j), 0; k >= 0 && n < 6; k, n = f.prevWord(k), n+1 {
			if strings.EqualFold(f.word(k), "between") {
				r.m.Prep = "between"
				break
			}
		}
		if r.m.Prep == "" {
			r.m.Prep = "and"
		}
	case w == "to" && j >= 1 && strings.EqualFold(f.word(max(f.prevWord(j), 0)), "close"):
		r.m.Prep = "near"
	case w == "near" || w == "nearby":
		r.m.Prep = "near"
	case preps[w]:
		r.m.Prep = w
	}
	r.m.Full.Start = toks[start].s
}

// cue reads cue words after the name: "Al Shifa district".
func (f *finder) cueAfter(r *raw) {
	r.cueTok = r.end
	r.m.Full.End = r.m.Span.End
	e := r.end
	if e < len(f.toks) && f.toks[e].word {
		if strings.EqualFold(f.word(e), "refugee") && e+1 < len(f.toks) && strings.EqualFold(f.word(e+1), "camp") {
			e++
		}
		if kind, ok := f.lexValue("cue", e); ok {
			if r.m.Cue == "" {
				r.m.Cue = kind
			}
			r.m.Full.End = f.toks[e].e
			r.cueTok = e + 1
		}
	}
}

// resolve picks each mention's place with the document's focus and fills
// in roles, enclosing places and locations.
func (f *finder) resolve(raws []raw, votes map[string]float64) []Mention {
	g := f.g
	out := raws[:0]
	for _, r := range raws {
		f.cueAfter(&r)
		f.context(&r)
		// a speaker: "Jordan said", with no place preposition before it
		if r.m.Prep == "" && r.m.Cue == "" && r.end < len(f.toks) && f.in("speech", r.end) {
			continue
		}
		if j := f.prevWord(r.first); j >= 0 && f.in("title", j) && r.m.Cue == "" {
			continue
		}
		if r.known {
			tier := tierArticle
			if r.loose {
				tier = tierLoose
			}
			key := r.m.Name
			if r.loose {
				key += "\x00"
			}
			cs, ok := f.cands[key]
			if !ok {
				cs = g.lookup(r.m.Name, "", tier)
				if len(cs) > 64 {
					cs = cs[:64]
				}
				f.cands[key] = cs
			}
			r.cands = cs
		}
		out = append(out, r)
	}
	raws = out
	// country votes: country names, unambiguous places
	for i := range raws {
		cs := raws[i].cands
		if len(cs) == 0 {
			continue
		}
		if cs[0].p.Feature == "A.PCLI" && cs[0].tier == tierExact {
			votes[cs[0].p.Country] += 3
			continue
		}
		one := cs[0].p.Country
		for _, c := range cs[1:] {
			if c.p.Country != one && c.tier <= cs[0].tier {
				one = ""
				break
			}
		}
		if one != "" {
			w := 1.0
			if importance(&cs[0].p) >= 8 {
				w = 2
			}
			votes[one] += w
			raws[i].ownVote = one
		}
	}
	focus, best := "", 0.0
	for c, v := range votes {
		if v > best || v == best && c < focus {
			focus, best = c, v
		}
	}
	// province votes within the focus country
	prov := map[string]float64{}
	for i := range raws {
		for _, c := range raws[i].cands {
			if c.p.Country == focus && c.p.Admin1 != "" && c.tier <= tierArticle {
				w := 1.0
				if c.p.Feature == "A.ADM1" {
					w = 2
				}
				prov[c.p.Admin1] += w / float64(len(raws[i].cands))
			}
		}
	}
	// choose candidates; anchors are the points chosen so far
	var anchors []*sitrep.Place
	order := make([]int, len(raws))
	for i := range order {
		order[i] = i
	}
	// unambiguous ones first, so they anchor the rest
	sort.SliceStable(order, func(a, b int) bool { return len(raws[order[a]].cands) < len(raws[order[b]].cands) })
	chosen := make([]int, len(raws))
	scores := make([]float64, len(raws))
	for _, i := range order {
		r := &raws[i]
		chosen[i] = -1
		bestS, second := math.Inf(-1), math.Inf(-1)
		for j := range r.cands {
			c := &r.cands[j]
			p := &c.p
			imp := importance(p)
			s := imp / 4
			v := votes[p.Country]
			if r.ownVote == p.Country {
				v -= 1 // a place does not vouch for itself
			}
			switch {
			case p.Country == focus && v > 0:
				s += 3
			case v > 0:
				s += 1.5
			default:
				// a small place in a country the report is not about,
				// unless it is the only place of that name and the words
				// around it say it is a place
				unique := len(r.cands) == 1 && (imp >= 5 || r.m.Prep != "" && r.m.Prep != "and" && r.m.Prep != "of")
				if imp < 8 && r.m.Cue == "" && !unique {
					continue
				}
			}
			if c.tier == tierLoose && (p.Country != focus || r.m.Cue == "" && r.m.Prep == "") {
				continue
			}
			if p.Country == focus && p.Admin1 != "" {
				s += math.Min(prov[p.Admin1], 3) / 2
			}
			for _, a := range anchors {
				if roughKm(p.Lat, p.Lon, a.Lat, a.Lon) < 150 {
					s += 1
					break
				}
			}
			if c.tier != tierExact {
				s -= 0.5
			}
			if c.user {
				s += 0.25
			}
			s -= cuePenalty(r.m.Cue, p.Feature)
			if s > bestS {
				second = bestS
				bestS, chosen[i] = s, j
			} else if s > second {
				second = s
			}
		}
		scores[i] = bestS - second
		if chosen[i] >= 0 {
			anchors = append(anchors, &r.cands[chosen[i]].p)
		}
	}
	var ms []Mention
	for i := range raws {
		r := &raws[i]
		m := r.m
		score := 0.5
		if chosen[i] >= 0 {
			c := &r.cands[chosen[i]]
			p := c.p
			m.Place = &p
			switch c.tier {
			case tierExact:
				score += 0.15
			case tierLoose:
				score -= 0.15
			}
			if p.Country == focus {
				score += 0.1
			}
			if scores[i] < 1 {
				score -= 0.15 // a close second elsewhere
			}
			m.Admin = p.Feature == "A.ADM1" || p.Feature == "A.PCLI"
		} else if r.known && !(r.loose && m.Cue != "") {
			continue // only far-away small places of that name
		} else {
			// unknown, or a cued name whose loose look-alikes are all
			// elsewhere: a place the gazetteer lacks
			score = 0.35
		}
		if m.Cue == "province" || m.Cue == "governorate" || m.Cue == "region" {
			m.Admin = true
		}
		if m.Prep != "" && m.Prep != "and" && m.Prep != "of" {
			score += 0.15
		}
		if m.Cue != "" {
			score += 0.1
		}
		if r.sentStart && r.end-r.first == 1 && m.Prep == "" && m.Cue == "" {
			score -= 0.2
		}
		if r.org {
			score = 0.15
		}
		m.Score = math.Max(0, math.Min(1, score))
		ms = append(ms, m)
	}
	f.enclose(ms)
	for i := range ms {
		ms[i].Location = locationOf(&ms[i], ms)
	}
	return ms
}

// roughKm is an equirectangular distance, good to a few percent at the
// scales (≤ 200 km) it is used for.
func roughKm(lat1, lon1, lat2, lon2 float64) float64 {
	x := (lon2 - lon1) * math.Cos((lat1+lat2)*math.Pi/360)
	y := lat2 - lat1
	return 111.195 * math.Sqrt(x*x+y*y)
}

// cuePenalty lowers a candidate whose kind disagrees with the cue word:
// "Raqqa province" is the division, not the city; "Mosul" alone is the
// city, not the district.
func cuePenalty(cue, feature string) float64 {
	admin := cue == "province" || cue == "governorate" || cue == "region"
	switch {
	case admin != (feature == "A.ADM1"):
		return 3
	case feature == "A.ADM2" && cue != "district":
		return 2
	}
	return 0
}

// enclose sets Within from the words between a mention and the next one:
// "Tahouna village in Makhmour", "Zanjili district, west of Mosul", "Al
// Mansour neighbourhood of Mosul".
func (f *finder) enclose(ms []Mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], &ms[i+1]
		if n.Full.Start < m.Full.End {
			continue // cue words shared by both ("X district of Y")
		}
		gap := strings.TrimSpace(f.text[m.Full.End:n.Full.Start])
		if len(gap) > 40 {
			continue
		}
		ok := false
		switch strings.ToLower(strings.TrimSpace(strings.TrimLeft(gap, ","))) {
		case "", "in", "of", "near", "outside", "in the", "of the", "inside", "on the outskirts of", "in western", "in eastern",
			"in northern", "in southern", "in the western", "in the eastern", "in the northern", "in the southern",
			"north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of", "southwest of":
			ok = gap != "" || true
		}
		if !ok || strings.Contains(gap, ".") {
			continue
		}
		if gap == "" && m.Full.End != n.Full.Start && strings.TrimSpace(f.text[m.Full.End:n.Full.Start]) == "" {
			continue // two names side by side: not an enclosure
		}
		// the next one must be the larger place: a known town, city or
		// division, while this one is cued small or unknown or smaller
		if n.Place == nil || n.Place.Feature[0] != 'P' {
			continue
		}
		small := m.Place == nil || m.Cue == "village" || m.Cue == "neighbourhood" || m.Cue == "district" || m.Cue == "camp" ||
			m.Cue == "area" || importance(m.Place) < importance(n.Place)
		if small && !m.Admin {
			m.Within = n.Name
			if n.Place != nil && n.Place.Feature != "A.ADM1" && n.Place.Feature != "A.PCLI" {
				m.Within = n.Place.Name
			}
		}
	}
}

// locationOf builds the event location of a mention.
func locationOf(m *Mention, all []Mention) sitrep.Location {
	l := sitrep.Location{Name: m.Name, Within: m.Within, Relative: m.Relative}
	set := func(p *sitrep.Place, lat, lon float64, prec int) {
		l.Lat, l.Lon = &lat, &lon
		l.Precision = prec
		l.Admin1, l.Country = p.Admin1, p.Country
		l.Gazetteer = p.Gazetteer
		if p.ID > 0 && (p.Gazetteer == "geonames" || p.Gazetteer == "") && lat == p.Lat && lon == p.Lon {
			id := p.ID
			l.GeonameID = &id
		}
	}
	if p := m.Place; p != nil {
		prec := 1
		if p.Feature == "A.ADM1" || p.Feature == "A.PCLI" {
			prec = 3
		}
		switch {
		case m.Relative != "":
			if km, b, ok := parseOffset(m.Relative); ok {
				lat, lon := Offset(p.Lat, p.Lon, km, b)
				set(p, lat, lon, 2)
				return l
			}
			set(p, p.Lat, p.Lon, max(prec, 2))
		case m.Prep == "near" || m.Prep == "outskirts of" || strings.HasSuffix(m.Prep, " of") && m.Prep != "of":
			set(p, p.Lat, p.Lon, max(prec, 2))
		default:
			set(p, p.Lat, p.Lon, prec)
		}
		l.Name = p.Name
		return l
	}
	if m.Within != "" {
		for i := range all {
			if all[i].Place != nil && (all[i].Place.Name == m.Within || all[i].Name == m.Within) {
				p := all[i].Place
				prec := 2
				if p.Feature == "A.ADM1" || p.Feature == "A.PCLI" {
					prec = 3
				}
				set(p, p.Lat, p.Lon, prec)
				l.GeonameID = nil
				return l
			}
		}
	}
	return l
}

// parseOffset reads "50 km west of Mosul" into a distance and bearing.
func parseOffset(s string) (km, bearing float64, ok bool) {
	m := reRelative.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	km, ok = parseKm(m[1], m[2])
	if !ok {
		return 0, 0, false
	}
	bearing, ok = bearingOf(m[3])
	return km, bearing, ok
}
