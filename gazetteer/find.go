package gazetteer

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"github.com/sitrep/sitrep/textutil"
)

// Mention is one place named in a document, resolved against the
// gazetteer with document-level context.
type Mention struct {
	Span   sitrep.Span   // the name as written, without cue words ("Al Shifa")
	Full   sitrep.Span   // with cue words ("Al Shifa district", "the town of Hit")
	Name   string        // as written
	Cue    string        // "district", "village", "town", "neighbourhood", "city", "province", "governorate", "camp", … or ""
	Prep   string        // the words before it that give its role: "in", "at", "near", "outskirts of", "north of", "from", "towards", "between", … or ""
	Place  *sitrep.Place // resolved gazetteer entry, nil when the gazetteer lacks it
	Within string        // enclosing place the report gives ("Tahouna village in Makhmour" → "Makhmour")
	// WithinMain is true when the report puts the place nowhere and
	// Within is only the report's main locality (a guess).
	WithinMain bool
	Relative   string // "50 km west of Mosul" as written, when this mention is an offset from another
	// Location is ready for an event record: coordinates (absent when
	// neither the place nor an enclosing place is known), precision
	// 1/2/3, admin1, country, within.
	Location sitrep.Location
	Admin    bool    // the mention is a province/governorate/country, not a locality
	Score    float64 // confidence that this is a place and correctly resolved, 0..1
	// Group is true when the name qualifies a group, a body or a thing
	// after it ("the Misrata militia", "the Tripoli government", "Fano
	// fighters", "the Nineveh Operations Command"): the group's, not
	// where something happened. A place preposition before it keeps it
	// a place ("in Kirkuk police headquarters").
	Group bool
	// Unnamed is true when the report means a locality it does not name
	// in or near this place ("a village in Tillaberi"): the place stands
	// for it, at precision 2 at best.
	Unnamed bool
	// Dateline is true when the mention opens a line as a dateline
	// ("BAMAKO, Mali (AP) —", "KHARTOUM:", "Kabul, Feb 17 (IANS)"): where
	// the report was filed, not where its events happened.
	Dateline bool
	// StandsFor is the place's own name when the words do not give it
	// ("the Afghan capital": "Kabul"), else "".
	StandsFor string
}

// knownPrefix reports whether a shorter run of tokens starting at s is a
// known name: "near Qayyarah Getty" is Qayyarah, not a loose guess at the
// whole run. A prefix of common English words only is no such name: "in
// Lower Shabelle" is a spelling of Lower Shabeelle, not the place "Lower".
func (f *finder) knownPrefix(s, e int) bool {
	for e2 := e - 1; e2 > s; e2-- {
		if f.in("joiner", e2-1) || fold.IsArticle(string(f.lower(e2-1))) || f.toks[e2-1].e-f.toks[s].s < 4 {
			continue // "Al Shifa" is not the place "Al"
		}
		if f.allCommon(s, e2) {
			continue
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
	return f.placePrepAt(j)
}

// placePrepAt reports whether token j is a preposition that introduces
// places.
func (f *finder) placePrepAt(j int) bool {
	switch strings.ToLower(f.word(j)) {
	case "in", "at", "near", "outside", "from", "of", "towards", "toward", "into", "around":
		return true
	case "on":
		// "shells landed on Bulo Burte": where what was fired came down
		k := f.prevWord(j)
		return k >= 0 && landVerbs[strings.ToLower(f.word(k))]
	}
	return false
}

// landVerbs are the verbs of a shell, rocket or bomb coming down, after
// which "on" introduces the place it came down on.
var landVerbs = map[string]bool{"landed": true, "fell": true, "rained": true, "crashed": true, "land": true, "fall": true}

func (f *finder) lexValue(sec string, i int) (string, bool) {
	if i < 0 || i >= len(f.toks) || !f.toks[i].word {
		return "", false
	}
	if x := f.lex.index(); x != nil {
		e, e2 := f.lexEntries(x, i)
		return x.value(sec, e, e2)
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
	"attacked": true, "raided": true, "overran": true,
}

// assaultVerb holds the verbs of a blow struck at a place whose object,
// a name of no place of the report's country known, is still told as a
// place: "gunmen stormed Solhan", "the army retook Kiwanja".
var assaultVerb = map[string]bool{
	"stormed": true, "attacked": true, "raided": true, "overran": true, "shelled": true, "besieged": true,
	"captured": true, "seized": true, "retook": true, "recaptured": true, "liberated": true, "entered": true,
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
	// holder is the first word of a division told between "the" and the
	// settlement's cue ("the Donetsk region town of X"), and roleFrom the
	// word the role words stand before, when not start
	holder, roleFrom := -1, -1
	// "Hotel Sahafi", "Camp Speicher"
	if j := i - 1; j >= 0 && f.toks[j].word && f.toks[j].name {
		if _, ok := f.lexValue("prefix", j); ok {
			start = j
		}
	}
	// "the town of X", "the IS-held town of X", "the villages of A and B"
	if j := f.prevWord(start); j >= 1 && f.is(j, "of") {
		c := j - 1
		// a capitalised cue word after a name is that name's ("the Old
		// City of Mosul" is no city cue for Mosul)
		// nor is "the Sariab Mill area of Quetta" an area cue for Quetta
		kind, ok := f.lexValue("cue", c)
		if ok && adminCue(kind) && (!divisionOf(kind).afterOf || string(f.lower(c)) != kind) {
			// "an industrial zone of Tal Abyad" is no zone named Tal
			// Abyad, "the desert regions of Iraq" no region named Iraq
			ok = false
		}
		if ok && (c == 0 || toks[c].sentStart || f.is(c-1, "the") || !toks[c-1].word || !toks[c-1].name && !f.in("modifier", c-1) || f.in("demonym", c-1) || dirAdj(strings.ToLower(f.word(c-1))) || adminCue(kind) && f.countryBefore(c)) {
			if r.m.Cue == "" {
				r.m.Cue = kind
			}
			start = c
			// over adjectives to "the": "the northern Iraqi town of", "the
			// central Yemen province of"
			for k, n := f.prevWord(c), 0; k >= 0 && n < 4; k, n = f.prevWord(k), n+1 {
				if f.is(k, "the") {
					if holder >= 0 {
						roleFrom = k
						break
					}
					start = k
					break
				}
				if toks[k].name && adminCue(kind) && f.countryBefore(k+1) {
					k = min(k, f.runStart(k+1))
					continue
				}
				// "the Donetsk region town of X", "the Amhara region
				// village of X": a division named with its cue holds the
				// settlement; its words are its own mention's, and the
				// role words stand before them
				if hk, ok := f.lexValue("cue", k); ok && adminCue(hk) && settlementCue(kind) && holder < 0 && k >= 1 && toks[k-1].word && toks[k-1].name {
					holder = f.runStart(k)
					roleFrom = holder
					k = holder
					continue
				}
				if adj := dirAdj(strings.ToLower(f.word(k))); toks[k].name && !f.in("demonym", k) && !adj || f.in("stop", k) && !f.in("cue", k) && !adj {
					break
				}
			}
		}
	}
	// walk back over adjectives to the role words
	if roleFrom < 0 {
		roleFrom = start
	}
	j := f.prevWord(roleFrom)
	if j >= 0 && strings.Contains(f.text[toks[j].e:toks[roleFrom].s], "\n") {
		j = -1 // role words stay in their paragraph ("… near the capital.\n\nEastern Ghouta has been")
	}
	skipped := 0
	for j >= 0 && skipped < 3 {
		w := strings.ToLower(f.word(j))
		// ("in south Kashmir", "in east Ukraine": a bare direction word
		// is an adjective too; "in the Omani capital Muscat": a demonym
		// and "capital")
		if w == "the" || strings.HasSuffix(w, "ern") || dirWords[w] || w == "central" || w == "neighbouring" || w == "neighboring" || w == "adjacent" || w == "city" || w == "town" || w == "village" || w == "province" || w == "district" ||
			w == "capital" && !f.toks[j].name || skipped > 0 && f.in("demonym", j) {
			j = f.prevWord(j)
			skipped++
			continue
		}
		// "in rebel-held Idlib", "in Russian-occupied Melitopol": who
		// holds the place is no role word
		if holderCompound(w) {
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
							if _, ok := parseKm(f.word(n), uw); ok && !f.appositionBefore(n) {
								r.m.Relative = f.text[toks[n].s:toks[r.end-1].e]
							}
						}
					}
				}
			case d == "outskirts" || d == "suburbs" || d == "edge" || d == "outskirt":
				r.m.Prep = "outskirts of"
			case d == "vicinity":
				r.m.Prep = "near"
			case (d == "shore" || d == "shores" || d == "bank" || d == "banks" || d == "foothills" || d == "slopes" || d == "fringes") && !f.toks[k].name && r.known && !r.loose && len(f.g.lookup(r.m.Name, "", tierArticle)) > 0:
				// "on the shores of Lake Chad", "in the foothills of the
				// Qandil Mountains": by the known place, at its edge (not
				// "the Central Bank of Iraq"; a river the gazetteer lacks
				// stays no place: "the banks of the Tigris near Samarra")
				r.m.Prep = "near"
			case d == "part" || d == "parts" || d == "heart" || d == "centre" || d == "center" || d == "middle":
				// "in the old part of western Mosul": the role word
				// before "the … part of"
				r.m.Prep = "of"
				for u, n := f.prevWord(k), 0; u >= 0 && n < 3; u, n = f.prevWord(u), n+1 {
					if w := strings.ToLower(f.word(u)); preps[w] && w != "of" && w != "and" {
						r.m.Prep = w
						break
					}
				}
			case d == "control" && f.takingVerbBefore(k):
				// "took control of X", "seized full control of X": X is
				// the object of a capture
				r.m.Prep = "captured"
			case inhabitants[d]:
				// "residents of Goma said ...": the people who live in
				// the place, told where they live
				r.m.Prep = "in"
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
	case w == "over" && j >= 1 && takingVerbs[strings.ToLower(f.word(max(f.prevWord(j), 0)))]:
		// "militants took over Sadda": the object of a capture, as
		// "seized Sadda" is
		r.m.Prep = "captured"
	case preps[w]:
		r.m.Prep = w
	}
	// "a village in Tillaberi", "an unnamed hamlet near Gao": a locality
	// the report does not name, in or by this place
	if (r.m.Prep == "in" || r.m.Prep == "near") && j >= 2 {
		if k := f.prevWord(j); k >= 1 && unnamedLocality[strings.ToLower(f.word(k))] {
			if a := f.prevWord(k); a >= 0 {
				switch strings.ToLower(f.word(a)) {
				case "a", "an", "one", "another", "remote", "small", "nearby":
					r.m.Unnamed = true
				}
			}
		}
	}
	r.m.Full.Start = toks[start].s
}

// heldBy are the second words of the compounds that tell who holds a
// place ("rebel-held", "government-controlled", "Russian-occupied").
var heldBy = map[string]bool{"held": true, "controlled": true, "occupied": true, "run": true, "administered": true, "dominated": true}

// holderCompound reports whether a lower-cased word is such a compound.
func holderCompound(w string) bool {
	w = strings.ReplaceAll(w, "‐", "-")
	i := strings.LastIndexByte(w, '-')
	return i > 0 && heldBy[w[i+1:]]
}

// unnamedLocality are the nouns of a locality told without its name ("a
// village in X").
var unnamedLocality = map[string]bool{"village": true, "hamlet": true, "settlement": true, "town": true, "locality": true, "camp": true, "farm": true, "neighbourhood": true, "neighborhood": true}

// cueAfter reads cue words after the name: "Al Shifa district", "Kweres
// military airport", the "City" of "Mosul City" when only Mosul is known.
func (f *finder) cueAfter(r *raw) {
	r.cueTok = r.end
	r.m.Full.End = r.m.Span.End
	e := r.end
	// "Ras al-Ayn (Sari Kani) city": the cue after a bracketed
	// alternative name is the name's
	if f.punct(e, "(") {
		if c := f.bracketEnd(e); c > 0 && c+1 < len(f.toks) && f.toks[c+1].word {
			if _, ok := f.lexValue("cue", c+1); ok {
				e = c + 1
			}
		}
	}
	if e == r.end && (f.toks[e-1].poss || f.countryCue(e) || f.settlementCueOf(e)) {
		return // "Syria's state news agency", "the Yemen province of Taiz", "the Darfur town of Kutum"
	}
	if f.in("modifier", e) && !f.toks[e].name {
		if _, n := f.cueAt(e + 1); n > 0 {
			e++
		}
	}
	if kind, n := f.cueAt(e); n > 0 {
		if r.m.Cue == "" {
			r.m.Cue = kind
		}
		r.m.Full.End = f.toks[e+n-1].e
		r.cueTok = e + n
		return
	}
	// "Kawlin, a town in Sagaing": the apposition tells the kind (the
	// words of the apposition stay outside Full, between the place and
	// the one that holds it)
	if r.m.Cue == "" && e == r.end {
		r.m.Cue = f.appositionCue(e)
	}
}

// appositionCue returns the kind of place an apposition after a name
// gives it, or "": ", a/an/the" and up to two lower-case words before a
// cue word that ends the noun phrase ("Kawlin, a town in Sagaing
// Region", "Rijiya, a remote village of Gusau"); not a facility ("X, a
// hospital"), a division ("Rwanda, a mineral-rich region") nor a cue
// word that qualifies another noun ("X, a village elder").
func (f *finder) appositionCue(e int) string {
	toks := f.toks
	if !f.punct(e, ",") || !(f.is(e+1, "a") || f.is(e+1, "an") || f.is(e+1, "the")) {
		return ""
	}
	for k := e + 2; k <= e+4 && k < len(toks); k++ {
		if !toks[k].word || toks[k].name || f.in("role", k) {
			return ""
		}
		kind, ok := f.lexValue("cue", k)
		if !ok {
			if f.in("stop", k) && !f.dirWord(k) {
				return "" // "X, a day after", "X, the city where"
			}
			continue
		}
		if isFacilityCue(kind) || adminCue(kind) || !f.endsNounPhrase(k+1) {
			return "" // nor a division: "Rwanda, a mineral-rich region where"
		}
		return kind
	}
	return ""
}

// endsNounPhrase reports whether token k can follow the head of a noun
// phrase that names a place: punctuation, or a word of relation ("in",
// "of", "near", "north", "about", "which").
func (f *finder) endsNounPhrase(k int) bool {
	if k >= len(f.toks) {
		return true
	}
	if !f.toks[k].word {
		return !strings.ContainsAny(f.word(k), "-‐")
	}
	switch string(f.lower(k)) {
	case "in", "of", "near", "outside", "on", "along", "close", "just", "about", "some", "located", "that", "which", "where",
		"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "with", "and":
		return true
	}
	return false
}

// countryCue reports whether the cue of a division at token e, after a
// name, names the place after "of" because the name is a country's ("the
// Yemen province of Taiz", "the Mexico state of Chihuahua").
func (f *finder) countryCue(e int) bool {
	k, n := f.cueAt(e)
	return n > 0 && divisionOf(k).afterOf && f.is(e+n, "of") && e+n+1 < len(f.toks) && f.toks[e+n+1].name && f.countryBefore(e)
}

// settlementCueOf reports whether the words at e are the cue of a
// settlement followed by "of" and a name ("the Darfur town of Kutum", "the
// Damascus suburb of Daraya"): the cue is the later name's, and the name
// before it the place that holds it.
func (f *finder) settlementCueOf(e int) bool {
	k, n := f.cueAt(e)
	if !(n > 0 && settlementCue(k) && f.is(e+n, "of") && e+n+1 < len(f.toks) && f.toks[e+n+1].name) {
		return false
	}
	// "Kani township of Sagaing region": the later name told as a
	// division is the one that holds, and the cue the name's before it
	j := e + n + 1
	for j < len(f.toks) && f.toks[j].word && f.toks[j].name {
		j++
	}
	d, _ := f.cueAt(j)
	return !adminCue(d)
}

// settlementCue reports whether a cue kind names a settlement or a part of
// one that "of" and a name may follow: "the town of", "the suburb of".
func settlementCue(kind string) bool {
	return kind == "village" || kind == "town" || kind == "neighbourhood"
}

// onlyDistricts reports whether every candidate is a second-level
// division of the default gazetteer.
func onlyDistricts(cs []cand) bool {
	for i := range cs {
		if !isADM2(cs[i].p.Feature) || cs[i].user {
			return false
		}
	}
	return len(cs) > 0
}

// townsOfDistricts returns the loose candidates that are towns by one of
// the districts ds: in its first-level division, within 30 km of its
// point (a district named for its seat).
func townsOfDistricts(ds, loose []cand) []cand {
	var out []cand
	for _, c := range loose {
		if c.tier != tierLoose || c.p.Feature[0] != 'P' {
			continue
		}
		for i := range ds {
			if ds[i].p.Country == c.p.Country && ds[i].p.Admin1 == c.p.Admin1 && roughKm(c.p.Lat, c.p.Lon, ds[i].p.Lat, ds[i].p.Lon) < 30 {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// looseDivisions returns the divisions whose name matches name only by
// its transliteration skeleton, when cs holds no division.
func (f *finder) looseDivisions(name string, cs []cand) []cand {
	for i := range cs {
		if cs[i].p.Feature == "A.ADM1" || isADM2(cs[i].p.Feature) {
			return nil // the division by its own spelling
		}
	}
	key := name + "\x00div"
	if out, ok := f.cands[key]; ok {
		return out
	}
	var out []cand
	for _, c := range f.g.lookup(name, "", tierLoose) {
		if c.tier != tierLoose || c.p.Feature != "A.ADM1" && !isADM2(c.p.Feature) {
			continue
		}
		dup := false
		for i := range cs {
			dup = dup || cs[i].id == c.id
		}
		if !dup {
			out = append(out, c)
		}
	}
	f.cands[key] = out
	return out
}

// isCountryName reports whether name is a country's own name ("Mexico",
// "Yemen").
func (f *finder) isCountryName(name string) bool {
	for _, c := range f.g.lookup(name, "", tierArticle) {
		if isCountryCand(&c) {
			return true
		}
	}
	return false
}

// countryBefore reports whether the words that end at token c-1 name a
// country ("the Mexico state of Chihuahua").
func (f *finder) countryBefore(c int) bool {
	j := c - 1
	if j < 0 || !f.toks[j].word || !f.toks[j].name {
		return false
	}
	s := f.runStart(j + 1)
	return s <= j && f.isCountryName(f.text[f.toks[s].s:f.toks[j].e])
}

// bracketEnd returns the index of the ")" that closes the bracket opened
// at token o around one to four capitalised words, or -1.
func (f *finder) bracketEnd(o int) int {
	for j := o + 1; j < len(f.toks) && j <= o+5; j++ {
		switch {
		case f.punct(j, ")"):
			if j > o+1 {
				return j
			}
			return -1
		case !f.toks[j].word || !f.toks[j].name && !f.in("joiner", j):
			return -1
		}
	}
	return -1
}

// bracketed returns, for a name written in brackets right after another
// mention ("Ras al-Ayn (Sari Kani)"), the index of that mention in raws,
// or -1: the bracketed name is the same place's other name.
func (f *finder) bracketed(raws []raw, i int) int {
	if i == 0 {
		return -1
	}
	o := raws[i].first - 1
	for o >= 0 && f.toks[o].word {
		o--
	}
	if o < 1 || !f.punct(o, "(") {
		return -1
	}
	if c := f.bracketEnd(o); c < raws[i].end {
		return -1
	}
	// over other names inside the bracket ("Sari" of "(Sari Kani)")
	for x := i - 1; x >= 0; x-- {
		switch {
		case raws[x].end == o:
			return x
		case raws[x].first < o:
			return -1
		}
	}
	return -1
}

// dirAdj reports whether w is a direction adjective ("western",
// "north-eastern", "central").
func dirAdj(w string) bool {
	return strings.HasSuffix(w, "ern") || w == "central"
}

// onlyDirections reports whether gap holds nothing but direction
// adjectives ("northern", "north-eastern", "central"), or nothing.
func onlyDirections(gap string) bool {
	for _, w := range strings.Fields(gap) {
		if !dirAdj(strings.ToLower(w)) {
			return false
		}
	}
	return true
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
		if r.known && !r.generic {
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
				if tier < tierLoose && onlyDistricts(cs) {
					// "Shirqat" is the name of Al-Shirqat District; the
					// town in it is Ash Sharqāt, by its transliteration
					cs = append(cs, townsOfDistricts(cs, g.lookup(r.m.Name, "", tierLoose))...)
				}
				if len(cs) > 64 {
					cs = cs[:64]
				}
				f.cands[key] = cs
			}
			r.cands = cs
			if districtCue(r.m.Cue) && !r.loose {
				// a division by another transliteration: "Taiz
				// province" is Ta‘izz, "Zhari district" Zharey (not
				// Żary, Poland, that one record calls Zhari)
				r.cands = append(r.cands[:len(r.cands):len(r.cands)], f.looseDivisions(r.m.Name, cs)...)
			}
			if namedForOther[r.m.Cue] {
				// "on Oxford Street in Belfast": a street named for a
				// city is no street of it; only a street the gazetteer
				// holds answers
				var keep []cand
				for _, c := range r.cands {
					if answersCue(r.m.Cue, &c.p) {
						keep = append(keep, c)
					}
				}
				r.cands = keep
			}
			if r.artPlace {
				// "in al-Khaldia": a loose look-alike of a name with the
				// Arabic article is taken only where Arabic names are
				// (not Haldia, India)
				var keep []cand
				for _, c := range cs {
					if arabicNamed[c.p.Country] {
						keep = append(keep, c)
					}
				}
				r.cands = keep
			}
		}
		out = append(out, r)
	}
	raws = out
	// a name in brackets after another is that place's other name
	alias := make([]int, len(raws))
	for i := range raws {
		alias[i] = f.bracketed(raws, i)
	}
	// country votes: country names, unambiguous places. A name the
	// report repeats votes less each time, and a weak mention (a small
	// place known only by an alternate name, or named with no word that
	// tells it is a place) does not vote, so that stray capitalised words
	// do not pull the report's country away.
	seenVotes := map[string]int{}
	// countries the report names as where things are ("in eastern
	// Ukraine"), not as a side, a border or a dateline
	toldIn := map[string]bool{}
	// a dateline ("DAKAR, Senegal (AP) —") is where the report was filed:
	// its name and the country after it vote a quarter of what they
	// would, so that a report filed from a capital abroad is about the
	// country its words place things in ("… in Seytenga in northern
	// Burkina Faso")
	var filed []bool
	for i := range raws {
		r := &raws[i]
		if !f.toks[r.first].lineStart && (r.first == 0 || !f.toks[r.first-1].lineStart) && (i == 0 || filed == nil || !filed[i-1]) {
			continue
		}
		m := r.m
		if len(r.cands) > 0 && isCountryCand(&r.cands[0]) {
			m.Place = &r.cands[0].p
		}
		dl := f.dateline(r, &m) || i > 0 && filed != nil && filed[i-1] && f.punct(raws[i-1].cueTok, ",") && r.first == raws[i-1].cueTok+1
		if dl {
			if filed == nil {
				filed = make([]bool, len(raws))
			}
			filed[i] = true
		}
	}
	for i := range raws {
		r := &raws[i]
		cs := r.cands
		if len(cs) == 0 || r.common && r.end-r.first == 1 && cs[0].p.Feature != "A.PCLI" || r.facility && !isCountryCand(&cs[0]) || r.person {
			continue
		}
		// a loose look-alike of some place's other name tells nothing of
		// the report's country ("Menagh" is no vote for Munich), nor does
		// a bracketed other name; a loose spelling of a place's own name
		// does ("Menbej", Manbij)
		if cs[0].tier == tierLoose && !cs[0].primary && !cs[0].user || alias[i] >= 0 {
			continue
		}
		n := seenVotes[r.m.Name]
		seenVotes[r.m.Name] = n + 1
		damp := 1 / float64(n+1)
		if filed != nil && filed[i] {
			damp /= 4
		}
		// "a Rwandan army spokesman said in Kigali", "told reporters in
		// Nairobi": where the news was told, often a capital abroad,
		// weighs no more than the report's sides (see sidesOnly)
		speaker := f.speakerPlace(r)
		if cs[0].tier == tierLoose {
			// a look-alike spelling is a guess: it votes half what a name
			// the gazetteer holds as written does ("Nangade" is no vote
			// for a Nigerian Nung Udoe against "Cabo Delgado province")
			damp /= 2
		}
		if r.beside && r.m.Cue == "" && !f.toks[r.first].arabic {
			// a known word inside a longer capitalised name that may be
			// no place ("Kafar Naha", "Tahrir al-Sham") or another place
			// ("from Gole Chakri") votes half: a
			// full vote alone makes its namesake's country the focus,
			// and the beside check below then keeps it
			damp /= 2
		}
		if isCountryCand(&cs[0]) && adminCue(r.m.Cue) {
			// "Niger state" is no vote for Niger: a country is never a
			// division's reading; the divisions so named vote as any
			// other place
			var divs []cand
			for j := range cs {
				if cs[j].p.Feature != "A.PCLI" {
					divs = append(divs, cs[j])
				}
			}
			if len(divs) == 0 {
				continue
			}
			cs = divs
		} else if f.venue(r.first, r.end) {
			// "talks in Jeddah", "the Doha negotiations": where the sides
			// met, not where the report's incidents are
			continue
		} else if isCountryCand(&cs[0]) {
			if f.acrossBorder(r.first) {
				// the country across a border ("near the border with
				// Nigeria", "the Bab al-Hawa crossing with Turkey") is
				// where the place is not, only near: it votes as a side's
				// word does, a quarter, so that a place the report names
				// outweighs it
				votes[cs[0].p.Country] += 0.25 * damp
				f.sideVotes[cs[0].p.Country] += 0.25 * damp
				continue
			}
			if f.agentBy(r.first) {
				// "a strike carried out by the United States": a side,
				// not where the report is; it votes as a side's word does
				votes[cs[0].p.Country] += 0.5 * damp
				continue
			}
			votes[cs[0].p.Country] += 3 * damp
			if placePreps[r.m.Prep] && !speaker && (filed == nil || !filed[i]) {
				toldIn[cs[0].p.Country] = true
			}
			if speaker {
				f.sideVotes[cs[0].p.Country] += 3 * damp
			}
			continue
		}
		if divs := cuedDivisions(cs, r.m); divs != nil {
			// "Samar province" is the Province of Samar, not Samara, a
			// city that also goes by Samar: with a division's cue, the
			// divisions named so are the readings that tell the country
			cs = divs
		} else if own := ownNamed(cs, r.m.Name); own != nil {
			// "Kashmir" is the region's own name and only another name
			// of a US town (Cashmere): the places whose own name it is
			// tell the country, not those that also go by it
			cs = own
		}
		one := cs[0].p.Country
		for _, c := range cs[1:] {
			// (a place whose own name differs only in its article is as
			// good a reading as one that some other name matches exactly:
			// "Bahr el Ghazal" is the Bahr al Ghazal region as much as
			// Moussoro, which one record calls so)
			if c.p.Country != one && (c.tier <= cs[0].tier || c.primary && !cs[0].primary && !cs[0].user && c.tier <= tierArticle) {
				one = ""
				break
			}
		}
		if one == "" {
			continue
		}
		if adminCue(r.m.Cue) && cs[0].p.Feature[0] == 'P' && !divisionBaseName(&cs[0].p, r.m.Name) {
			// "the Hiran region" whose only exact reading is a village
			// (Hīrān, Iraq) tells no country: the cue says it is a
			// division, and the village is not one
			continue
		}
		imp := importance(&cs[0].p)
		told := r.m.Cue != "" || placePreps[r.m.Prep] || f.holdsCuedPlace(r.first)
		// (a division's name without its kind is its own: "Cabo
		// Delgado" of "Cabo Delgado Province")
		own := cs[0].primary || cs[0].user || divisionBaseName(&cs[0].p, r.m.Name)
		if !own && imp < 11 || !told && imp < 8 {
			continue
		}
		w := 1.0
		switch {
		case adminCue(r.m.Cue) && cs[0].p.Feature[0] == 'A' && strings.Contains(strings.ToLower(cs[0].p.Name), r.m.Cue):
			// a division its cue confirms by the division's own word
			// ("Yagha province" read as the Province du Yagha) tells its
			// country nearly as its name would; not one of another kind
			// ("the Catatumbo region" is no Venezuelan municipio)
			w = 3
		case imp >= 8:
			w = 2 // a large place: few namesakes
		}
		votes[one] += w * damp
		r.ownVote, r.ownW = one, w*damp
		if speaker {
			f.sideVotes[one] += w * damp
		}
	}
	focus, best := "", 0.0
	for c, v := range votes {
		if v > best || v == best && c < focus {
			focus, best = c, v
		}
	}
	// the sides' country is the report's only where it has places: when
	// no name the report gives has a place in it ("Russian shelling killed
	// one soldier in Kostiantynivka"), the country the places vote for is
	if focus != "" && votes[focus] <= f.sideVotes[focus]+1e-9 {
		alt, altV := "", 0.0
		for c, v := range votes {
			if own := v - f.sideVotes[c]; own > 1e-9 && (v > altV || v == altV && c < alt) {
				alt, altV = c, v
			}
		}
		if alt != "" && (!anyCandIn(raws, focus) || toldIn[alt]) {
			focus, best = alt, altV
		}
	}
	f.focus = focus
	if debugVotes != nil {
		debugVotes(votes, focus)
	}
	// how clearly the report is about its focus country: 1 when no other
	// country has half its votes, down to 0.5 when one has as many
	clarity := 1.0
	for c, v := range votes {
		if c != focus && best > 0 {
			clarity = math.Min(clarity, math.Max(0.5, 1.5-v/best))
		}
	}
	// a name listed with a place of the focus country whose namesakes
	// are all small places abroad may be a transliteration of a place of
	// the focus country: "Harasta and Arbin" is ‘Irbīn, not the French
	// village. So may a name told as a place whose namesakes abroad are
	// all small places that only another record calls so: "in Beiji" of
	// an Iraqi report is Bayjī by its own name, not North Pole, Alaska,
	// that a Chinese name calls Beiji
	listed := make([]bool, len(raws))
	for i := range raws {
		r := &raws[i]
		if i > 0 && raws[i-1].end-1 == f.listPrev(r.first) && hasCountry(raws[i-1].cands, focus) ||
			i+1 < len(raws) && raws[i+1].first == f.listNext(r.end) && hasCountry(raws[i+1].cands, focus) {
			listed[i] = true
		}
		if focus == "" || !r.known || r.loose || r.generic || len(r.cands) == 0 || hasCountry(r.cands, focus) {
			continue
		}
		otherName := !listed[i] && (r.m.Cue != "" || placePreps[r.m.Prep]) && knownByOtherNamesOnly(r.cands, r.m.Name)
		if !listed[i] && !otherName {
			continue
		}
		// (small: a village or town; for a name known abroad by other
		// names only, as small as elsewhere a place that only another
		// record calls so counts for nothing: Żary, Poland, is "Zhari"
		// by one record, the Afghan district Zharey by its own name)
		limit := 8.0
		if otherName {
			limit = 11
		}
		small := true
		for j := range r.cands {
			if importance(&r.cands[j].p) >= limit {
				small = false
				break
			}
		}
		if !small {
			continue
		}
		cs := append([]cand(nil), r.cands...)
		for _, c := range g.lookup(r.m.Name, focus, tierLoose) {
			// (for a name known abroad by other names only, a place of
			// the focus country whose own name it loosely spells)
			if c.tier == tierLoose && (!otherName || c.primary || c.user) {
				cs = append(cs, c)
				r.otherName = r.otherName || otherName
			}
		}
		r.cands = cs
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
	// the focus is known from the report's sides alone (hints, demonyms,
	// a country across a border), no place's name
	sidesOnly := focus != "" && votes[focus] <= f.sideVotes[focus]+1e-9
	// choose candidates; anchors are the points chosen so far, held in a
	// grid of one-degree cells so that "near a point chosen before" costs
	// the same however many places the report names
	anchors := anchorGrid{}
	order := make([]int, len(raws))
	for i := range order {
		order[i] = i
	}
	// unambiguous ones first, so they anchor the rest
	sort.SliceStable(order, func(a, b int) bool { return len(raws[order[a]].cands) < len(raws[order[b]].cands) })
	chosen := make([]int, len(raws))
	scores := make([]float64, len(raws))
	ranked := make([][]rankedCand, len(raws)) // the candidates each raw kept, with their scores
	for _, i := range order {
		r := &raws[i]
		chosen[i] = -1
		if debugRank != nil {
			for j := range r.cands {
				debugRank("cand "+r.m.Name, &r.cands[j].p, float64(r.cands[j].tier))
			}
		}
		bestS, second := math.Inf(-1), math.Inf(-1)
		// the best tier at which some candidate has this as its main
		// name: "New Jersey" is the state, not a town that also goes by
		// it; "Hama" the city, the capital of the province of that name
		// (a division's name without its kind word is its own: "Samar"
		// is the Province of Samar's, only another name of Samara)
		primTier, capital := 99, map[string]bool{}
		own := f.ownBuf[:0]
		for j := range r.cands {
			c := &r.cands[j]
			own = append(own, c.primary || c.user || divisionBaseName(&c.p, r.m.Name))
			if own[j] {
				primTier = min(primTier, c.tier)
			}
		}
		f.ownBuf = own
		// (a place's own name that differs only in its article, "Bahr al
		// Ghazal" for "Bahr el Ghazal", is its own name as written: another
		// place that some record calls so exactly is still the other
		// name's)
		// the most important place that has the name as its own at that
		// tier: a famous place known by another name outranks a small
		// one of this name ("Palmyra" is Tadmur, not the Missouri town)
		primImp, primPop := math.Inf(-1), int64(0)
		for j := range r.cands {
			c := &r.cands[j]
			if own[j] && c.tier == primTier && importance(&c.p) > primImp {
				primImp, primPop = importance(&c.p), c.p.Population
			}
			// a city that a division of its name is named for: its seat or
			// a large place ("Hama"), not a village ("Jalisco", Chiapas)
			if c.p.Feature[0] == 'P' && (c.p.Feature == "P.PPLA" || c.p.Feature == "P.PPLC" || c.user || c.p.Population >= 50000) {
				capital[c.p.Country+"\x00"+c.p.Admin1] = true
			}
		}
		struck := r.sentStart && r.m.Prep == "" && r.m.Cue == "" && f.struckAfter(r.end)
		strongPrep := r.m.Cue != "" || placePreps[r.m.Prep] || strings.HasSuffix(r.m.Prep, " of") && r.m.Prep != "of" ||
			r.m.Prep == "on" && f.actObjectBefore(r.first) || // "an attack on Tillia": what the attack fell on
			struck // "Boulkessi came under attack": what the blow fell on
		encloses := f.enclosesBefore(r.m.Full.Start) // "the Mir Ali area of X", "Razmak, X"
		// a region named by the stem its divisions share ("Sinai",
		// "Darfur") outranks, with no country to tell, the villages that
		// bear its name, not a town that matters more ("Holland", Michigan)
		others := math.Inf(-1) // the most important place, not a region, whose own name it is
		for j := range r.cands {
			if c := &r.cands[j]; !isRegion(c.p.Feature) && (c.primary || c.user) {
				others = max(others, importance(&c.p))
			}
		}
		for j := range r.cands {
			c := &r.cands[j]
			p := &c.p
			if adminCue(r.m.Cue) && p.Feature == "A.PCLI" || (r.division || divisionOf(r.m.Cue).knownOnly && !r.plainDiv) && p.Feature != "A.ADM1" && !isADM2(p.Feature) && !isRegion(p.Feature) {
				continue // "the State of Mexico" is no country; "Northwest province", "Justice department" no town
			}
			if isRegion(p.Feature) && r.m.Cue != "" && r.m.Cue != "area" && !adminCue(r.m.Cue) {
				continue // "Holland, a town in Michigan" is no region
			}
			if isADM2(p.Feature) && !c.user && !districtCue(r.m.Cue) && !(strongPrep && p.Country == focus) &&
				!(encloses && c.tier <= tierArticle && (focus == "" || p.Country == focus)) {
				continue // a second-level division of the default is told as one, or as a place of the report's country
			}
			imp := importance(p)
			if focus == "" && p.Feature == "A.ADM1" {
				// with no country to tell, a province before the villages
				// of its name abroad (see provinceImportance); a report's
				// country still keeps out a province abroad ("Iraqi
				// Kurdistan" is no Iranian province)
				imp = max(imp, provinceImportance(p, r.cands))
			}
			s := imp / 4
			v := othersVotes(votes, r, p.Country) // a place does not vouch for itself
			alt := !c.primary && !c.user && !(p.Feature[0] == 'P' && namedForIt(c, r.cands, r.m.Name))
			switch {
			case p.Country == focus && v > 0 && v <= f.sideVotes[focus]+1e-9 && largerAbroad(r.cands, p, focus):
				// a place of the focus country whose only votes are the
				// report's sides (hints, demonyms), when a namesake abroad
				// is a city far larger: no bonus ("Russian shelling ... in
				// Donetsk" is the Ukrainian city, not the Russian town)
			case p.Country == focus && v > 0:
				s += 3 * clarity
			case v > 0:
				s += 1.5 * math.Min(1, v/3)
			case p.Country == focus && strongPrep && c.primary:
				// the report's country is known from its sides alone
				// ("Jihadists killed five civilians in Tessalit"): a place
				// of that country told with "in", "near", … by its own
				// name is a place, whatever its size
				s += 1.5
			default:
				// a small place in a country the report is not about,
				// unless it is the only place of that name and the words
				// around it say it is a place; a cue word vouches for
				// such a place only when the report has no focus
				// (in a report that names no country, a town and the
				// divisions named for it are one name: "Watsa", "Harem";
				// and a town told as a place is the name's when its
				// namesakes are a tenth its size or only call themselves
				// so otherwise: "in Korem" is the Ethiopian town of
				// 30,000, not an Indonesian seat of no known people)
				unique := (len(r.cands) == 1 || focus == "" && (oneSettlement(r.cands) || strongPrep && outranks(c, r.cands, r.m.Name))) && (imp >= 5 || r.m.Prep != "" && r.m.Prep != "and" && r.m.Prep != "of" || struck)
				// (a division of the report's country with a division's cue
				// is as told, when its own name made that country the
				// report's: "Tachira state", "the Sagaing region")
				division := (adminCue(r.m.Cue) && p.Country == focus || encloses && c.tier <= tierArticle && (focus == "" || p.Country == focus)) &&
					(p.Feature == "A.ADM1" || isADM2(p.Feature)) ||
					isRegion(p.Feature) && c.tier <= tierArticle && focus == "" && imp > others ||
					// (a first-level division told with a division's cue, the
					// only place of its name: "in the Tigray region" of a
					// report that the sides put in Eritrea is Ethiopia's)
					adminCue(r.m.Cue) && p.Feature == "A.ADM1" && c.tier <= tierArticle && (len(r.cands) == 1 || provinceAbroad(r.cands, focus) && f.onlySides(votes, r, focus))
				if imp < 8 && !division && (!unique || r.m.Cue != "" && p.Country != focus) && (r.m.Cue == "" || focus != "" && !sidesOnly) {
					continue
				}
				// nor a small place abroad that only some other language
				// or an old record calls so ("Taliban", "Park")
				if alt && imp < 11 && !strongPrep && !division {
					continue
				}
			}
			// a facility named for a place lies in the report's country
			// ("the Ibrahim al-Khalil Mosque" of an Aleppo report is no
			// Iraqi town); a country before a facility is where it is
			// ("an Iraq market")
			if r.facility && !isCountryCand(c) && (focus != "" && p.Country != focus && !sidesOnly || p.Feature[0] == 'A') {
				// (not when only the sides tell the focus: the country
				// across the border of "the Bab al-Hawa crossing with
				// Turkey" is no facility's)
				continue // nor is "the Qadisiya Hotel" a province
			}
			if c.tier == tierLoose && (p.Country != focus || r.m.Cue == "" && r.m.Prep == "" && !listed[i]) {
				continue
			}
			if p.Country == focus && p.Admin1 != "" {
				s += math.Min(prov[p.Admin1], 3) / 2
			}
			if anchors.near(p.Lat, p.Lon, 150) {
				s += 1
			}
			if c.tier != tierExact && !(c.tier == tierArticle && sameArticles(r.m.Name, p.Name)) {
				s -= 0.5 // (not for another form of the same article: el for al)
			}
			if c.user {
				s += 0.25
			}
			// (a division's other names are its own spellings, with or
			// without "Region" or from aliases.txt: "Sagaing" is Sagaing
			// Region as much as the town)
			// (a place abroad that another record calls so is no better
			// than the report country's place whose own name the name
			// loosely spells: Żary, Poland, "Zhari" by one record, before
			// Zharey, Kandahar)
			if alt && (c.tier >= primTier || primTier == tierArticle || r.otherName && p.Country != focus) && !divisionBaseName(p, r.m.Name) {
				// another place has it as its own name; less so the
				// more this one outranks it (nothing from ten times the
				// people on); an unknown population tells no gap
				gap := 0.0
				if primPop > 0 && p.Population > 0 {
					gap = math.Min(imp-primImp, math.Log10(float64(p.Population)/float64(primPop)))
				}
				s -= 1.5 * math.Max(0, math.Min(1, 2*(1-gap)))
			}
			if isCountryCand(c) {
				s += 4 // "Colombia" is the country, whatever else shares the name
			}
			if (p.Feature == "A.ADM1" || isRegion(p.Feature)) && r.m.Cue == "" && !capital[p.Country+"\x00"+p.Name] && !capital[p.Country+"\x00"+p.Admin1] {
				// no city of the division's name in it: "New Jersey"
			} else if !(r.m.Cue != "" && p.Feature[0] == 'A' && divisionBaseName(p, r.m.Name) && strings.Contains(strings.ToLower(p.Name), r.m.Cue)) {
				// (a division whose own name says its kind is as told:
				// "Samar province" is the Province of Samar, a
				// second-level division of the Philippines)
				if !secondLevelCue(r.m.Cue, p) {
					s -= cuePenalty(r.m.Cue, p.Feature)
				}
			}
			s -= cueCountryPenalty(r.m.Cue, p)
			if sp := sizePenalty(r.m.Cue, p); sp > 0 {
				if focus != "" && p.Country != focus {
					continue // "the village of al-Sousa" in a Syria report is no Tunisian city
				}
				s -= sp
			}
			if debugRank != nil {
				debugRank(r.m.Name, p, s)
			}
			ranked[i] = append(ranked[i], rankedCand{j, s})
			if s > bestS {
				second = bestS
				bestS, chosen[i] = s, j
			} else if s > second {
				second = s
			}
		}
		scores[i] = bestS - second
		if chosen[i] >= 0 {
			anchors.add(&r.cands[chosen[i]].p)
		}
	}
	f.keepInside(raws, chosen, ranked, focus)
	var ms []Mention
	var flags []mflag
	lastEnd := -1               // the end (token) of the last mention kept
	strong := map[string]bool{} // names told as places somewhere in the document
	for i := range raws {
		r := &raws[i]
		m := r.m
		score := 0.5
		if x := alias[i]; x >= 0 {
			// a bracketed other name: kept only as the same place or
			// the division or country that holds it, never as a
			// separate place elsewhere
			keep := false
			if chosen[i] >= 0 {
				p := &r.cands[chosen[i]].p
				switch {
				case p.Feature == "A.ADM1" || p.Feature == "A.PCLI":
					keep = true
				case chosen[x] >= 0:
					q := &raws[x].cands[chosen[x]].p
					keep = roughKm(p.Lat, p.Lon, q.Lat, q.Lon) < 100
				default:
					keep = focus != "" && p.Country == focus
				}
			}
			if !keep {
				continue
			}
		}
		if chosen[i] < 0 && (r.division || divisionOf(m.Cue).knownOnly && !r.plainDiv) {
			continue // no division of that name: "the Justice department"
		}
		if chosen[i] >= 0 && r.whole > r.end && r.cands[chosen[i]].p.Country != focus {
			// "Sadr City": the known prefix is elsewhere, the whole
			// cued name is a place the gazetteer lacks
			chosen[i] = -1
			f.widen(r)
			m = r.m
		}
		if chosen[i] >= 0 && focus != "" && (placePreps[m.Prep] && m.Cue == "" || m.Cue == "village" || m.Cue == "town") {
			// "in Moura" in a report on Mali: a village the gazetteer
			// lacks in the report's country, not a small place abroad
			// (Moura, Portugal); so too "the village of Londa" in a
			// report on the Congo (not the Tuscan commune); a capital or
			// a province's, a city of 100,000 and the neighbours' places stay
			// (by its own name: "in Boni" in a report on Mali is no
			// capital abroad that some language calls so)
			// (unless the focus rests on the report's sides and where
			// it was told alone, and the name is that of places of one
			// country, a town of 10,000 or one with its district:
			// "Rwandan troops repelled an attack on the town of Mocimboa
			// da Praia, a spokesman said in Kigali"; not "the village of
			// Londa, Congolese officials said", a hamlet abroad)
			c := &r.cands[chosen[i]]
			if p := &c.p; p.Country != focus && p.Feature[0] == 'P' && (p.Feature != "P.PPLC" && p.Feature != "P.PPLA" && p.Population < 100000 || !c.primary && !ownName(m.Name, p.Name)) &&
				!slices.Contains(neighbours(focus), p.Country) &&
				!(sidesOnly && oneCountry(r.cands) && !r.loose && (p.Population >= 10000 || len(r.cands) > 1)) {
				chosen[i] = -1
			}
		}
		if chosen[i] >= 0 && focus != "" && !sidesOnly && !r.cands[chosen[i]].primary && !r.cands[chosen[i]].user && !ownName(m.Name, r.cands[chosen[i]].p.Name) {
			// "the al-Kassara front" of a report on Marib: a name some
			// record abroad lists among its other names (Kassala, Sudan),
			// in a country the report says nothing else of, is a place
			// of the report's own country the gazetteer lacks
			if p := &r.cands[chosen[i]].p; p.Country != focus && p.Feature != "A.PCLI" && !slices.Contains(neighbours(focus), p.Country) && f.unvouched(votes, raws, i, p.Country) {
				chosen[i] = -1
			}
		}
		if chosen[i] >= 0 && focus != "" && !sidesOnly && partOfTown[m.Cue] {
			// "the al-Kassara area", "the al-Jadida district" of a report
			// on Yemen or Iraq: a part of some town of the report's
			// country that the gazetteer lacks, not a city abroad of that
			// name, unless the report names other places of that country
			if p := &r.cands[chosen[i]].p; p.Country != focus && p.Feature != "A.PCLI" && f.unvouched(votes, raws, i, p.Country) {
				chosen[i] = -1
			}
		}
		if r.person && m.Cue == "" && !placePreps[m.Prep] && (chosen[i] < 0 || !isCountryCand(&r.cands[chosen[i]]) && !(r.cands[chosen[i]].primary && r.cands[chosen[i]].p.Feature == "P.PPLC")) {
			// a person's name: "Chávez" after "Hugo Chávez", "Luis"
			continue
		}
		if f.named != nil && m.Cue == "" && chosen[i] >= 0 && r.cands[chosen[i]].p.Feature[0] == 'P' && f.named(m.Name) {
			// a name the caller knows as a side ("Taliban", "Hezbollah"),
			// however some village abroad is called
			continue
		}
		if chosen[i] >= 0 && r.beside && m.Cue == "" && focus != "" && r.cands[chosen[i]].p.Country != focus {
			// part of a longer name that is no place: "Boko Haram",
			// "Sabah al-Numan" in a report on another country
			continue
		}
		if chosen[i] >= 0 {
			c := &r.cands[chosen[i]]
			p := c.p
			if divisionOf(m.Cue).level == 1 && !divisionOf(m.Cue).either && p.Feature == "P.PPLA" && p.Admin1 != "" {
				// "Kharkiv region": the province whose seat the city is,
				// when the gazetteer spells the province otherwise
				// ("Kharkivs'ka Oblast'")
				if adm, ok := f.g.adminPlace(p.Admin1, p.Country); ok {
					p = adm
				}
			}
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
			m.Admin = p.Feature == "A.ADM1" || p.Feature == "A.PCLI" || isRegion(p.Feature)
		} else if (r.known || r.beside) && m.Cue == "" && !placePreps[m.Prep] && f.listPrev(r.first) < 0 && f.listNext(r.end) < 0 {
			continue // only far-away small places of that name
		} else {
			if r.known && m.Cue == "" && !r.artPlace {
				// "in Kasik, north of Mosul": its namesakes are far,
				// the report's words make it a place of its own
				r.tentative = true
			}
			if r.whole > r.end {
				f.widen(r)
				m = r.m
			}
			// unknown, or a cued name whose loose look-alikes are all
			// elsewhere: a place the gazetteer lacks
			score = 0.35
		}
		if divisionOf(m.Cue).level == 1 && (m.Place == nil || !isADM2(m.Place.Feature)) {
			m.Admin = true // "the province of X", "the Mosul region"
		}
		if m.Prep != "" && m.Prep != "and" && m.Prep != "of" {
			score += 0.15
		}
		if m.Cue != "" {
			score += 0.1
		}
		if r.sentStart && r.end-r.first == 1 && m.Prep == "" && m.Cue == "" && !f.struckAfter(r.end) {
			score -= 0.2
		}
		if r.org {
			score = 0.15
		}
		m.Group = r.org || f.groupAfter(r)
		if m.Group && !r.org {
			if m.Place != nil && m.Place.Country != focus && focus != "" && m.Place.Feature[0] == 'P' {
				continue // "Fano militants" in an Ethiopian report: a group's name, no Italian town
			}
			score -= 0.15
		}
		strongPrep := placePreps[m.Prep] || strings.HasSuffix(m.Prep, " of") && m.Prep != "of"
		if m.Place != nil && m.Place.Country != focus && focus != "" && m.Cue == "" && !strongPrep {
			score -= 0.2 // a far place only named: a capital, a reporting place
		}
		if (m.Cue != "" || strongPrep && m.Place != nil && (m.Place.Country == focus || focus == "" || f.demonyms[m.Place.Country] > 0)) && !m.Group {
			// (or of a country whose people the report names: "Israeli
			// forces killed two Palestinians in Tubas")
			strong[m.Name] = true
		}
		m.Score = math.Max(0, math.Min(1, score))
		m.Dateline = f.dateline(r, &m)
		ms = append(ms, m)
		// a country is no English word however it is spelt ("Turkey"),
		// nor is a region named in words of their own ("Lake Chad")
		noWord := m.Place != nil && (m.Place.Feature == "A.PCLI" || isRegion(m.Place.Feature) && r.end-r.first >= 2)
		// "captured Rutshuru and Kiwanja": a name listed right after one
		// told as a place is told so too, by the same words
		headPrep := ""
		// (a list joined by "and" or going on after a comma, not "seized
		// Kibati, Banyene told AFP")
		if len(flags) > 0 && flags[len(flags)-1].told && lastEnd > 0 && f.listPrev(r.first) == lastEnd-1 &&
			(m.Prep == "and" || m.Prep == "or" || f.listNext(r.end) >= 0) {
			headPrep = ms[len(ms)-2].Prep
			if h := flags[len(flags)-1].headPrep; h != "" {
				headPrep = h
			}
		}
		// (a name told with the cue of a part, "in the area of Yaroun",
		// is told as a place too)
		told := (r.tentative || partCue(m.Cue)) && !r.generic && m.Place == nil && (m.Prep == "in" || m.Prep == "at" || nearPrep(m.Prep) || m.Prep == "into" || assaultVerb[m.Prep] || headPrep != "") &&
			(f.named == nil || !f.named(m.Name))
		if !told {
			headPrep = ""
		}
		lastEnd = r.end
		flags = append(flags, mflag{poss: r.poss, generic: r.generic || r.tentative && m.Cue == "", facility: r.facility, common: r.common && m.Cue == "" && !noWord, told: told, headPrep: headPrep})
	}
	// an English word is a place only where some mention of it is told
	// as one: "in Hit", "the town of Hit"; not "Over 100 people", "Due to"
	kept := 0
	for i := range ms {
		if flags[i].common && !strong[ms[i].Name] {
			continue
		}
		ms[kept], flags[kept] = ms[i], flags[i]
		kept++
	}
	ms, flags = ms[:kept], flags[:kept]
	unplaced(ms, focus)
	f.enclose(ms, flags)
	f.onRoads(ms, flags)
	kept = 0
	for i := range ms {
		if flags[i].generic && ms[i].Within == "" && !(flags[i].told && (f.toldAgain(ms[i].Name) || focus != "" && (f.placeNounBefore(ms[i]) || nearPrep(ms[i].Prep) || ms[i].Prep == "in" && !f.knownBeside(ms, i) || assaultVerb[ms[i].Prep] || assaultVerb[flags[i].headPrep]))) {
			continue // "Old City" of no place the report names
		}
		// a resolved place far from the town the report puts it in
		// (its list's, its main locality), or outside the division it
		// puts it in ("the village of Solhan in Yagha province" is no
		// Turkish Solhan), is a namesake
		if p := ms[i].Place; p != nil && ms[i].Within != "" {
			if w := enclosingPlace(ms, ms[i].Within); w != nil && w != p && !within(p, w, max(enclosureKm(w), flags[i].reach)) && !inItsNamesake(p, w, ms[i].Within) {
				ms[i].Place = nil
				ms[i].Admin = false
			}
		}
		ms[kept] = ms[i]
		kept++
	}
	ms = ms[:kept]
	for i := range ms {
		ms[i].Location = locationOf(&ms[i], ms)
	}
	// "on the Damasak-Maiduguri road": a road the gazetteer lacks, named
	// for the two towns it joins, which it knows: near the first
	for i := range ms {
		m := &ms[i]
		if m.Place != nil || m.Location.HasPoint() || m.Cue != "road" {
			continue
		}
		if p := f.roadEnd(m.Name, focus); p != nil {
			lat, lon := p.Lat, p.Lon
			m.Location = sitrep.Location{Name: m.Name, Lat: &lat, Lon: &lon, Precision: 2, Admin1: p.Admin1, Country: p.Country, Gazetteer: p.Gazetteer}
		}
	}
	// a place in one the gazetteer lacks takes that one's point, when the
	// report puts it somewhere ("Albu Daan village, northeast of al-Azeem
	// district" where al-Azeem is in Diyala)
	for range 2 {
		for i := range ms {
			l := &ms[i].Location
			if l.HasPoint() || ms[i].Within == "" {
				continue
			}
			for j := range ms {
				w := ms[j].Location
				if j != i && ms[j].Place == nil && ms[j].Name == ms[i].Within && w.HasPoint() {
					l.Lat, l.Lon, l.Admin1, l.Country, l.Gazetteer = w.Lat, w.Lon, w.Admin1, w.Country, w.Gazetteer
					l.Precision = max(2, w.Precision)
					break
				}
			}
		}
	}
	return ms
}

// nearPrep reports whether a place preposition sets what follows it
// beside a place ("near Tsamiya", "outside Namhsan"): a name the
// gazetteer lacks after it, in a report whose country is known, is a
// place of that country even when the report puts it in no other ("in
// X" is not enough: "in Hausa").
func nearPrep(prep string) bool {
	return prep == "near" || prep == "outside"
}

var debugVotes func(map[string]float64, string)

// largerAbroad reports whether p is a settlement and a candidate outside
// the focus country is a city of 100,000 people or more and far more
// important (by 2 or more): a namesake the report's sides alone should
// not outweigh.
func largerAbroad(cands []cand, p *sitrep.Place, focus string) bool {
	if isADM2(p.Feature) {
		// a second-level division of the focus country beside a
		// first-level one of its name abroad ("Russian forces shelled
		// the Donetsk region": the Ukrainian oblast, not the Rostov
		// district)
		return provinceAbroad(cands, focus)
	}
	if p.Feature == "" || p.Feature[0] != 'P' {
		return false // a division of the focus country is no namesake of a city ("Samar province")
	}
	for i := range cands {
		q := &cands[i].p
		if q.Country != focus && q.Feature != "" && q.Feature[0] == 'P' && q.Population >= 100000 && importance(q) >= importance(p)+2 {
			return true
		}
	}
	return false
}

// knownByOtherNamesOnly reports whether no candidate has name as its own:
// each is a place that only another record (another language, an old
// spelling) calls so, and no division by its base name.
func knownByOtherNamesOnly(cs []cand, name string) bool {
	for i := range cs {
		if cs[i].primary || cs[i].user || divisionBaseName(&cs[i].p, name) {
			return false
		}
	}
	return true
}

// oneCountry reports whether all candidates lie in one country.
func oneCountry(cs []cand) bool {
	for i := range cs {
		if cs[i].p.Country != cs[0].p.Country {
			return false
		}
	}
	return len(cs) > 0
}

// speakerPlace reports whether a name is where the news was told, not
// where anything happened: "said in Kigali", "told reporters in Nairobi",
// "told AFP in Bamako", "a statement issued in Rawalpindi", "a spokesman
// in Geneva said".
func (f *finder) speakerPlace(r *raw) bool {
	j := f.prevWord(r.first)
	if j < 0 || !f.is(j, "in") {
		return false
	}
	k := f.prevWord(j)
	if k < 0 {
		return false
	}
	if f.in("speech", k) || speakerVerbs[strings.ToLower(f.word(k))] {
		return true
	}
	// (one object between: "told reporters in", "told AFP in")
	if k2 := f.prevWord(k); k2 >= 0 && f.is(k2, "told") {
		return true
	}
	// "a police spokesman in Katsina said": a speaker's noun before "in"
	// and a speech verb after the name
	return speakerNouns[strings.ToLower(f.word(k))] && r.end < len(f.toks) && f.toks[r.end].word && f.in("speech", r.end)
}

// speakerVerbs are the words of telling news, besides the speech verbs of
// the lexicon, after which "in" and a name give where it was told.
var speakerVerbs = map[string]bool{"issued": true, "speaking": true, "spoke": true, "briefing": true, "reported": true}

// speakerNouns are the people and bodies that tell news, before "in" and
// a name that a speech verb follows.
var speakerNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"officials": true, "office": true, "headquarters": true}

// anyCandIn reports whether some name of the report has a place in
// country cc among its candidates.
func anyCandIn(raws []raw, cc string) bool {
	for i := range raws {
		if hasCountry(raws[i].cands, cc) {
			return true
		}
	}
	return false
}

// onlySides reports whether the votes for the focus country, but the
// raw's own, come only from the report's sides (hints, demonyms).
func (f *finder) onlySides(votes map[string]float64, r *raw, focus string) bool {
	return othersVotes(votes, r, focus) <= f.sideVotes[focus]+1e-9
}

// partOfTown holds the cue words of the parts of a town or of its
// surroundings ("the Hodan district", "the al-Kassara area").
var partOfTown = map[string]bool{"area": true, "neighbourhood": true, "neighborhood": true, "quarter": true, "suburb": true, "district": true}

// unvouched reports whether nothing in the report but the name of raw i
// itself (each time it is told) speaks for country cc: no other place of
// it, nor the country's own name; a side's word ("Saudi-led") does not
// count.
func (f *finder) unvouched(votes map[string]float64, raws []raw, i int, cc string) bool {
	v := votes[cc] - f.sideVotes[cc]
	for j := range raws {
		if raws[j].ownVote == cc && raws[j].m.Name == raws[i].m.Name {
			v -= raws[j].ownW
		}
	}
	return v <= 1e-9
}

// othersVotes is the vote for country cc, but the raw's own.
func othersVotes(votes map[string]float64, r *raw, cc string) float64 {
	v := votes[cc]
	if r.ownVote == cc {
		v -= r.ownW
	}
	return v
}

// agentBy reports whether the name at token i is the agent of a passive
// of using weapons: "launched by", "fired by", "carried out by",
// "conducted by" (with "the" or not) before it.
func (f *finder) agentBy(i int) bool {
	j := f.prevWord(i)
	if j >= 0 && f.is(j, "the") {
		j = f.prevWord(j)
	}
	if j < 1 || !f.is(j, "by") {
		return false
	}
	v := f.prevWord(j)
	if v < 0 {
		return false
	}
	switch strings.ToLower(f.word(v)) {
	case "launched", "fired", "conducted", "dropped", "sent":
		return true
	case "out":
		return f.is(f.prevWord(v), "carried")
	}
	return false
}

// borderNouns name a line between two countries; "with" after one
// introduces the country on its far side.
var borderNouns = map[string]bool{
	"border": true, "borders": true, "frontier": true, "crossing": true, "boundary": true,
}

// acrossBorder reports whether the name at token i is the country on the
// far side of a border the report places something near: "the border
// with Nigeria", "the frontier with Sudan", "a crossing with Turkey", or
// one of a list after it ("the borders with Mali and Burkina Faso").
func (f *finder) acrossBorder(i int) bool {
	j := i - 1
	for n := 0; j >= 1 && n < 12; j, n = j-1, n+1 {
		t := &f.toks[j]
		switch {
		case t.word && f.is(j, "with"):
			k := f.prevWord(j)
			return k >= 0 && borderNouns[strings.ToLower(f.word(k))]
		case t.word && (t.name || f.is(j, "and") || f.is(j, "or")), f.punct(j, ","):
			// over the names and joints of a list
		default:
			return false
		}
	}
	return false
}

// venueWords are the words of parties talking whose place is told after
// them ("peace talks in Doha", "met in Jeddah") or before ("the Doha
// talks"). (Not "meeting" or "conference": a blast may strike one, and
// its place is the incident's.)
var venueWords = map[string]bool{
	"talks": true, "negotiations": true, "met": true, "meet": true, "meets": true, "negotiators": true,
	"mediators": true, "mediation": true, "agreement": true, "accord": true, "accords": true,
}

// venueTimeWords may stand between the talking and its place ("resume
// talks next week in Doha", "met on Tuesday in Jeddah").
var venueTimeWords = map[string]bool{
	"next": true, "last": true, "this": true, "later": true, "earlier": true, "week": true, "month": true,
	"on": true, "today": true, "tomorrow": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// venue reports whether the name of tokens [first, end) is the place where
// parties meet (Venue).
func (f *finder) venue(first, end int) bool {
	return Venue(f.text, sitrep.Span{Start: f.toks[first].s, End: f.toks[end-1].e})
}

// Venue reports whether the place named at span sp of text is where
// parties meet ("resume talks in Jeddah", "delegations met in Doha", "the
// Jeddah talks", "the Doha agreement"): it tells where the talking is,
// not the report's country.
func Venue(text string, sp sitrep.Span) bool {
	after := strings.TrimLeft(text[sp.End:min(len(text), sp.End+24)], " ")
	if w, _, _ := strings.Cut(after, " "); lowerIn(venueWords, strings.TrimRight(w, ".,;:")) {
		return true
	}
	before := strings.TrimRight(text[max(0, sp.Start-24):sp.Start], " ")
	k := strings.LastIndexByte(before, ' ')
	if k < 0 {
		return false
	}
	if prep := before[k+1:]; !lowerEquals(prep, "in") && !lowerEquals(prep, "at") {
		return false
	}
	window := text[max(0, sp.Start-64):sp.Start]
	if !textutil.IsASCII(window) {
		return venueBefore(strings.Fields(strings.ToLower(window)))
	}
	// (ASCII: the words read from the end in place, as strings.Fields
	// would split them, without a slice or a lower-case copy)
	end := len(window)
	prev := func() (string, bool) {
		for end > 0 && asciiSpace(window[end-1]) {
			end--
		}
		if end == 0 {
			return "", false
		}
		start := end
		for start > 0 && !asciiSpace(window[start-1]) {
			start--
		}
		w := window[start:end]
		end = start
		return w, true
	}
	if _, ok := prev(); !ok { // the preposition
		return false
	}
	for n := 0; n <= 3; n++ {
		w, ok := prev()
		if !ok {
			return false
		}
		if lowerIn(venueWords, w) {
			return true
		}
		if !lowerIn(venueTimeWords, w) {
			return false
		}
	}
	return false
}

// venueBefore reads the lower-case words before a place, the preposition
// last, as Venue does: a word of talking, up to three words of time
// between.
func venueBefore(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	ws = ws[:len(ws)-1] // the preposition
	for n := 0; len(ws) > 0 && n <= 3; n++ {
		w := ws[len(ws)-1]
		if venueWords[w] {
			return true
		}
		if !venueTimeWords[w] {
			return false
		}
		ws = ws[:len(ws)-1]
	}
	return false
}

// asciiSpace reports the ASCII bytes strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// lowerEquals reports whether strings.ToLower(s) == w, for a lower-case ASCII
// w, without making the lower-case copy when s is ASCII.
func lowerEquals(s, w string) bool {
	if !textutil.IsASCII(s) {
		return strings.ToLower(s) == w
	}
	return strings.EqualFold(s, w) // (ASCII: only A-Z fold)
}

// lowerIn reports whether set holds strings.ToLower(s), lower-casing an
// ASCII s of up to 64 bytes on the stack.
func lowerIn(set map[string]bool, s string) bool {
	if len(s) > 64 || !textutil.IsASCII(s) {
		return set[strings.ToLower(s)]
	}
	var buf [64]byte
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b)]
}

// provinceAbroad reports whether a first-level division outside the
// focus country is among the candidates, of their best spelling, while
// the focus country has none of that name.
func provinceAbroad(cands []cand, focus string) bool {
	abroad := false
	for i := range cands {
		q := &cands[i].p
		if q.Feature != "A.ADM1" || cands[i].tier > tierArticle {
			continue
		}
		if q.Country == focus {
			return false
		}
		abroad = true
	}
	return abroad
}

// roadEnd returns the first of the two towns a road's name joins by a
// hyphen ("Damasak-Maiduguri", "Mogadishu-Afgoye"), when the gazetteer
// knows both as settlements of one country within 500 km of each other
// (the report's country first): the point a road the gazetteer lacks is
// placed near. Otherwise nil.
func (f *finder) roadEnd(name, focus string) *sitrep.Place {
	parts := strings.Split(name, "-")
	if len(parts) != 2 || len(parts[0]) < 3 || len(parts[1]) < 3 {
		return nil
	}
	as, bs := f.g.lookup(parts[0], "", tierExact), f.g.lookup(parts[1], "", tierExact)
	var best *sitrep.Place
	bestRank := -1.0
	for i := range as {
		a := &as[i].p
		if a.Feature == "" || a.Feature[0] != 'P' {
			continue
		}
		for j := range bs {
			b := &bs[j].p
			if b.Feature == "" || b.Feature[0] != 'P' || b.Country != a.Country || Distance(a.Lat, a.Lon, b.Lat, b.Lon) > 500 {
				continue
			}
			rank := importance(a) + importance(b)
			if a.Country == focus {
				rank += 100
			}
			if rank > bestRank {
				best, bestRank = a, rank
			}
		}
	}
	return best
}

// enclosureKm is how far from the point of a place another place said to
// lie in it may be: 100 km from a town, 250 km from the centre of a
// division below the first level (a province, a district); the country and
// first-level division are checked by their codes.
func enclosureKm(w *sitrep.Place) float64 {
	if w.Feature[0] == 'P' {
		return 100
	}
	return 250
}

// hasCountry reports whether some candidate lies in country.
func hasCountry(cs []cand, country string) bool {
	if country == "" {
		return false
	}
	for i := range cs {
		if cs[i].p.Country == country {
			return true
		}
	}
	return false
}

// oneSettlement reports whether the candidates are one place and the
// divisions named for it, all of one country: the town of Watsa and
// Watsa territory; not two villages of one name (Badia, Italy).
func oneSettlement(cs []cand) bool {
	settlements := 0
	for i := range cs {
		if cs[i].p.Country != cs[0].p.Country {
			return false
		}
		if cs[i].p.Feature[0] != 'A' {
			settlements++
		}
	}
	return len(cs) > 0 && settlements <= 1
}

// outranks reports whether candidate c, a town of known population by
// its own name (or that of the district named for it, see namedForIt), matters ten times more than every other place that has
// the name as its own (importance one more: ten times the people, or a
// higher rank), and more than every one that has it as another name,
// short of ten times (the alternate-name rule of the scoring). The
// divisions of its country named for it are no rivals. Two villages of
// one name (Badia, Italy) outrank each other no more than towns of two
// countries do.
func outranks(c *cand, cs []cand, name string) bool {
	if !c.primary && !c.user && !namedForIt(c, cs, name) || c.p.Population <= 0 || c.p.Feature[0] != 'P' {
		return false
	}
	imp := importance(&c.p)
	for i := range cs {
		d := &cs[i]
		if d == c || d.p.Country == c.p.Country && d.p.Feature[0] == 'A' {
			continue
		}
		di := importance(&d.p)
		if (d.primary || d.user) && di > imp-1 || di >= imp+1 {
			return false
		}
	}
	return true
}

// isCountryCand reports whether a candidate is a country matched by its
// own name or by a name aliases.txt gives it ("Congo", "Burma", "Ivory
// Coast"): the default's countries have no other alternate names.
func isCountryCand(c *cand) bool {
	return c.p.Feature == "A.PCLI" && c.tier == tierExact
}

// enclosingPlace is the resolved place of the mention named name.
// finerWithin reports whether the place a mention is said to lie in is a
// settlement: a division known by name only ("Sadr" of "Sadr City,
// Baghdad") is placed at its province's point, the town it is told in
// says more.
func finerWithin(ms []Mention, name string) bool {
	if name == "" {
		return false
	}
	p := enclosingPlace(ms, name)
	return p != nil && p.Feature[0] == 'P'
}

func enclosingPlace(ms []Mention, name string) *sitrep.Place {
	for i := range ms {
		if p := ms[i].Place; p != nil && (p.Name == name || ms[i].Name == name) {
			return p
		}
	}
	return nil
}

// inItsNamesake reports whether place p lies in the division named like
// the town w that name resolved to ("Saravena in Arauca": the department
// of Arauca, whose capital is the town of Arauca, 100 km off): a town
// that shares its name with its province or district stands for it.
func inItsNamesake(p, w *sitrep.Place, name string) bool {
	if w.Feature == "" || w.Feature[0] != 'P' || p.Country != w.Country {
		return false
	}
	key := strings.TrimSpace(string(fold.Words(nil, name)))
	names := func(div string) bool {
		d := strings.TrimSpace(string(fold.Words(nil, div)))
		return d == key || strings.HasPrefix(d, key+" ")
	}
	return p.Admin1 != "" && p.Admin1 == w.Admin1 && names(p.Admin1) ||
		p.Admin2 != "" && p.Admin2 == w.Admin2 && names(p.Admin2)
}

// unplaced makes the other mentions of a name that a cued mention tells
// as a place the gazetteer lacks the same place, when they resolve only to
// a namesake abroad: "the village of al-Sousa … at al-Sousa" in a report on
// Syria is no Tunisian city either time.
func unplaced(ms []Mention, focus string) {
	if focus == "" {
		return
	}
	var lacked map[string]bool
	for i := range ms {
		if ms[i].Place == nil && ms[i].Cue != "" && !isFacilityCue(ms[i].Cue) {
			if lacked == nil {
				lacked = map[string]bool{}
			}
			lacked[ms[i].Name] = true
		}
	}
	for i := range ms {
		if p := ms[i].Place; p != nil && lacked[ms[i].Name] && p.Country != focus {
			ms[i].Place, ms[i].Admin = nil, false
		}
	}
}

// toldAgain reports whether the report names name more than once, as a
// whole word: a name the gazetteer lacks, told as a place ("fighting in
// Kawlin") and named again, is a place even where the report puts it in
// no other.
func (f *finder) toldAgain(name string) bool {
	n := 0
	for i := 0; n < 2; {
		j := strings.Index(f.text[i:], name)
		if j < 0 {
			break
		}
		s, e := i+j, i+j+len(name)
		r0, _ := utf8.DecodeLastRuneInString(f.text[:s])
		r1, _ := utf8.DecodeRuneInString(f.text[e:])
		if s == 0 || !isWordRune(r0) {
			if e == len(f.text) || !isWordRune(r1) {
				n++
			}
		}
		i = e
	}
	return n >= 2
}

// mflag carries what the scan learnt about a mention to enclose.
type mflag struct {
	poss, generic, facility, common bool
	told                            bool    // a name the gazetteer lacks after "in", "at", "near", "into" or a verb of assault
	headPrep                        string  // for a name told so as the next of a list, the role word of the list's first name
	reach                           float64 // how far from its Within town the words put it (km), or 0: 100 km
}

// arabicNamed are the countries whose places are named in Arabic, or
// often so: where a loose look-alike of "al-X" may be the place.
var arabicNamed = map[string]bool{
	"AE": true, "BH": true, "DJ": true, "DZ": true, "EG": true, "EH": true, "IL": true, "IQ": true, "IR": true,
	"JO": true, "KM": true, "KW": true, "LB": true, "LY": true, "MA": true, "MR": true, "OM": true, "PS": true,
	"QA": true, "SA": true, "SD": true, "SO": true, "SS": true, "SY": true, "TD": true, "TN": true, "TR": true, "YE": true,
}

// placePreps are role words that say the name after them is a place.
var placePreps = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "into": true, "from": true,
	"towards": true, "toward": true, "around": true, "outskirts of": true, "between": true, "across": true,
	"entered": true, "captured": true, "retook": true, "recaptured": true, "seized": true, "liberated": true,
	"stormed": true, "shelled": true, "besieged": true, "reached": true, "reach": true, "within": true,
	"attacked": true, "raided": true, "overran": true,
}

// knownBeside reports whether the sentence of mention i names a place the
// gazetteer knows (other than a country): an unknown name told "in" it
// may be a part of that place the words do not tie to it; told alone,
// the name is where the sentence puts its act ("police arrested two men
// in Mpeketoni"). The mentions are in the order of the text: it looks
// outward from i until a sentence's end stands between.
func (f *finder) knownBeside(ms []Mention, i int) bool {
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < len(ms); j += step {
			a, b := ms[i].Span, ms[j].Span
			lo, hi := min(a.End, b.End), max(a.Start, b.Start)
			if lo > hi {
				lo, hi = hi, lo
			}
			if strings.ContainsAny(f.text[min(lo, len(f.text)):min(hi, len(f.text))], ".\n!?") {
				break
			}
			if ms[j].Place != nil && ms[j].Place.Feature != "A.PCLI" {
				return true
			}
		}
	}
	return false
}

// widen makes a cued mention whose known prefix was rejected name the
// whole run again ("Sadr City").
func (f *finder) widen(r *raw) {
	r.end = r.whole
	r.m.Span.End = f.toks[r.whole-1].e
	r.m.Name = f.text[r.m.Span.Start:r.m.Span.End]
	r.m.Place = nil
	f.cueAfter(r)
}

// anchorGrid holds points by one-degree cell, each point once.
type anchorGrid map[[2]int][]*sitrep.Place

func gridCell(lat, lon float64) [2]int { return [2]int{int(math.Floor(lat)), int(math.Floor(lon))} }

func (g anchorGrid) add(p *sitrep.Place) {
	c := gridCell(p.Lat, p.Lon)
	for _, q := range g[c] {
		if q.Lat == p.Lat && q.Lon == p.Lon {
			return
		}
	}
	g[c] = append(g[c], p)
}

// near reports whether a point held lies within km of lat/lon, looking
// in the cells around it.
func (g anchorGrid) near(lat, lon, km float64) bool {
	c := gridCell(lat, lon)
	dy := int(math.Ceil(km/111)) + 1
	// a degree of longitude is shorter away from the equator: look wider
	dx := dy
	if cos := math.Cos((math.Abs(lat) + float64(dy)) * math.Pi / 180); cos > 0.05 {
		dx = int(math.Ceil(km/(111*cos))) + 1
	} else {
		dx = 180
	}
	if len(g) == 0 {
		return false
	}
	if len(g) < (2*dy+1)*(2*dx+1) {
		// fewer cells held than cells around: go through those held
		// (whatever the order, the answer is the same)
		for k, as := range g {
			if k[0] < c[0]-dy || k[0] > c[0]+dy || k[1] < c[1]-dx || k[1] > c[1]+dx {
				continue
			}
			for _, a := range as {
				if roughKm(lat, lon, a.Lat, a.Lon) < km {
					return true
				}
			}
		}
		return false
	}
	for i := -dy; i <= dy; i++ {
		for j := -dx; j <= dx; j++ {
			for _, a := range g[[2]int{c[0] + i, c[1] + j}] {
				if roughKm(lat, lon, a.Lat, a.Lon) < km {
					return true
				}
			}
		}
	}
	return false
}

// roughKm is an equirectangular distance, good to a few percent at the
// scales (≤ 200 km) it is used for.
func roughKm(lat1, lon1, lat2, lon2 float64) float64 {
	x := (lon2 - lon1) * math.Cos((lat1+lat2)*math.Pi/360)
	y := lat2 - lat1
	return 111.195 * math.Sqrt(x*x+y*y)
}

// adminWord reports whether w is a division's cue word or its adjective
// ("state", "provincial", "regional").
func (f *finder) adminWord(w string) bool {
	w = strings.ToLower(w)
	switch w {
	case "provincial", "regional", "departmental":
		return true
	}
	kind, ok := f.lex.value("cue", []byte(w))
	return ok && adminCue(kind)
}

// fewFields returns strings.Fields(s) when s holds at most max words,
// and nil when it holds more, without reading past the word after the
// max-th.
func fewFields(s string, max int) []string {
	var buf [4]string
	out := buf[:0]
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if len(out) == max {
			return nil
		}
		j := i + w
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += w
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// enclose sets Within from the words between a mention and the next one:
// "Tahouna village in Makhmour", "Zanjili district, west of Mosul", "the
// Zanjili district of western Mosul", "Mosul's Old City"; members of a
// list share the enclosing place of its last ("the districts of A and B in
// Mosul"); a facility the report places nowhere is at the report's main
// locality.
func (f *finder) enclose(ms []Mention, flags []mflag) {
	for i := len(ms) - 2; i >= 0; i-- {
		m, n := &ms[i], &ms[i+1]
		if n.Full.Start < m.Full.End {
			continue
		}
		gap := f.text[m.Full.End:n.Full.Start]
		// "in Katsina state's Faskari area", "south Kashmir's Shopian
		// town": a known place of the division or region named in the
		// possessive is in it
		if m.Admin && m.Place != nil && m.Place.Feature != "A.PCLI" && (strings.HasPrefix(gap, "'s") || strings.HasPrefix(gap, "’s")) && strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(gap, "'s"), "’s")) == "" &&
			n.Place != nil && !n.Admin && n.Within == "" && n.Prep == "" &&
			(n.Place.Country == m.Place.Country && n.Place.Admin1 != "" && n.Place.Admin1 == m.Place.Admin1 || isRegion(m.Place.Feature) && within(n.Place, m.Place, 0)) {
			n.Within = m.Name
			continue
		}
		// "the Donetsk region town of Kostiantynivka": a settlement told
		// with its cue and "of" right after a division told with its
		// cue lies in the division
		if strings.TrimSpace(gap) == "" && adminCue(m.Cue) && m.Place != nil && settlementCue(n.Cue) && n.Within == "" && n.Full.Start < n.Span.Start &&
			strings.HasSuffix(strings.TrimSpace(f.text[n.Full.Start:n.Span.Start]), " of") {
			n.Within = m.Name
			continue
		}
		// "the Helmand district of Sangin", "the Ghazni district of
		// Andar": a province (or the seat that bears its name) told with
		// the cue of a smaller part and "of" names the kind of part; the
		// place after "of", known inside the province, is that part
		if strings.TrimSpace(gap) == "of" && m.Place != nil && (m.Admin && (m.Place.Feature == "A.ADM1" || isRegion(m.Place.Feature)) || m.Place.Feature == "P.PPLA" || m.Place.Feature == "P.PPLC") && smallerPartCue(m.Cue) && n.Place != m.Place &&
			n.Place != nil && n.Within == "" && n.Place.Feature != "A.ADM1" && n.Place.Feature != "A.PCLI" &&
			(n.Place.Country == m.Place.Country && n.Place.Admin1 != "" && n.Place.Admin1 == m.Place.Admin1 || isRegion(m.Place.Feature) && within(n.Place, m.Place, 0)) {
			n.Within = m.Name
			continue
		}
		// "the North Darfur capital El Fasher", "the Borno state capital
		// Maiduguri": the town named after a division and "capital" is
		// its seat, in it, and where the division's preposition puts the
		// report
		// (the words of the gap are read only when it holds at most two:
		// it may run over paragraphs)
		gw := fewFields(gap, 2)
		if len(gw) >= 1 && len(gw) <= 2 && strings.EqualFold(gw[len(gw)-1], "capital") && m.Admin && n.Within == "" && n.Prep == "" && n.Place != nil && !n.Admin &&
			(len(gw) == 1 || f.adminWord(gw[0])) {
			n.Within, n.Prep = m.Name, m.Prep
			continue
		}
		// "the Darfur town of Kutum", "the Damascus suburb of Daraya": the
		// place after a settlement's cue and "of" lies in the one before
		if len(gw) == 2 && gw[1] == "of" && n.Within == "" && m.Cue == "" && m.Place != nil && n.Prep == "of" {
			if kind, ok := f.lex.value("cue", []byte(strings.ToLower(gw[0]))); ok && settlementCue(kind) {
				if kind == "neighbourhood" && n.Place != nil && n.Place.Feature[0] == 'P' && importance(n.Place) > importance(m.Place) {
					// "the Tierra Blanca neighbourhood of Culiacan": a
					// city after the part's cue is the one that holds the
					// name before it, which is the part (however a town
					// elsewhere is called)
					m.Within = n.Name
					continue
				}
				n.Within = m.Name
				continue
			}
		}
		// "al-Jolan, the last district of Fallujah held by Islamic State",
		// "Karrada, the largest neighbourhood of Baghdad": a name set in
		// apposition to a ranked part of a town is that part, and the
		// town after "of" holds it (the part's cue is not the town's kind)
		if !m.Admin && n.Place != nil && !n.Admin && n.Place.Feature[0] == 'P' && partCue(n.Cue) && rankedPartOf(gap, f.text[n.Full.Start:n.Span.Start]) {
			m.Within, n.Cue = n.Name, ""
			continue
		}
		if m.Admin {
			continue
		}
		// "Mosul's Old City", "Baghdad's Sadr City district", and a known
		// smaller place: "Kirkuk's Hawija district"
		// ("Tripoli's densely populated Abu Salim district": a few words
		// in lower case that describe it may stand between)
		if flags[i].poss && describingWords(strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(gap, "'s"), "’s"))) && m.Place != nil && n.Within == "" &&
			(n.Place == nil && !m.Admin || n.Place != nil && !n.Admin && n.Cue != "" && importance(n.Place) < importance(m.Place)) {
			n.Within = m.Name
			continue
		}
		// "Kareto in Nigeria's Borno state", "Kutkai in Myanmar's
		// northern Shan state": the country's possessive names the
		// division that holds the place
		if k := i + 2; k < len(ms) && n.Place != nil && n.Place.Feature == "A.PCLI" && flags[i+1].poss && ms[k].Full.Start >= n.Full.End &&
			onlyDirections(strings.TrimLeft(f.text[n.Full.End:ms[k].Full.Start], "'’s")) && ms[k].Place != nil && ms[k].Admin {
			n = &ms[k]
		}
		switch gapKind(gap) {
		case gapList:
			if n.Within != "" && m.Within == "" && (m.Place == nil || m.Cue != "" && m.Cue == n.Cue) {
				m.Within = n.Within
			}
			continue
		case gapNone:
			continue
		}
		// the next one must be the larger place: a known town, city or
		// division, while this one is cued small or unknown or smaller;
		// a place the gazetteer knows in the division ("Hawija in Kirkuk
		// province") is in it; a cued place the gazetteer lacks holds a
		// smaller one too ("Albu Daan village, northeast of al-Azeem
		// district")
		if n.Place == nil {
			if n.Cue != "" && !isFacilityCue(n.Cue) && !flags[i+1].generic && (m.Place == nil || partCue(m.Cue)) && m.Cue != n.Cue {
				m.Within = n.Name
			}
			continue
		}
		if f := n.Place.Feature; f == "A.ADM1" || isADM2(f) || isRegion(f) {
			if m.Place == nil || larger(n.Place, m.Place) && within(m.Place, n.Place, 0) {
				m.Within = n.Name
			}
			continue
		}
		if n.Place.Feature == "A.PCLI" && m.Place == nil && flags[i].told {
			// "an army post in Mondoro in central Mali": a place the
			// gazetteer lacks, told as one, in the country named
			m.Within = n.Name
			continue
		}
		if n.Place.Feature[0] != 'P' {
			continue
		}
		if partCue(m.Cue) && m.Place != nil && m.Place.Feature[0] == 'P' && strings.TrimSpace(gap) == "of" && n.Within == "" && importance(m.Place) > importance(n.Place)+1 {
			// "the Damascus suburb of Daraya", "the Baghdad district of
			// Karrada": the city names the kind of part, the place after
			// "of" is that part
			n.Within = m.Name
			continue
		}
		small := m.Place == nil || partCue(m.Cue) || flags[i].facility || importance(m.Place) < importance(n.Place)
		km, _ := reach(gap)
		if m.Place != nil && !within(m.Place, n.Place, km) && !(strings.TrimSpace(gap) != "," && inItsNamesake(m.Place, n.Place, n.Name)) {
			small = false // "Aleppo, Damascus": a list, not Aleppo in Damascus
		}
		if small {
			m.Within = n.Name
			flags[i].reach = km
		}
	}
	// a facility, or a city part, placed nowhere: the report's most told
	// locality (a city's, for a city part)
	main, city := "", false
	for i := range ms {
		m := &ms[i]
		part := m.Cue == "neighbourhood" || m.Cue == "district" && !flags[i].generic
		if m.Place != nil || m.Within != "" || !flags[i].facility && !part {
			continue
		}
		if main == "" {
			main, city = mainLocality(ms)
			if main == "" {
				return
			}
		}
		if flags[i].facility || city {
			m.Within, m.WithinMain = main, true
		}
	}
}

// ownName reports whether a name a place was found by is a spelling of its
// own name ("Hasakah" of Al-Hasakah), not another language's name for it
// ("Boni" of Bern): the keys, articles aside, a third of an edit a letter
// apart at most, transliteration's variations at half an edit.
func ownName(found, name string) bool {
	q := string(fold.Stripped(nil, found))
	n := string(fold.Stripped(nil, name))
	return spellingDistance([]string{q}, []string{n}) <= 1.0/3
}

// mainLocality is the town or city a report names most often, weighed by
// how sure each mention is, and whether it is a city (a capital or a
// place of 100,000 people or more).
func mainLocality(ms []Mention) (name string, city bool) {
	w := map[string]float64{}
	written := map[string]string{} // the place's name as the report first writes it
	best, bw := "", 0.0
	var bp *sitrep.Place
	for i := range ms {
		p := ms[i].Place
		if p == nil || p.Feature[0] != 'P' || ms[i].Score < 0.5 {
			continue
		}
		if _, ok := written[p.Name]; !ok {
			written[p.Name] = ms[i].Name
		}
		w[p.Name] += ms[i].Score
		if w[p.Name] > bw || w[p.Name] == bw && p.Name < best {
			best, bw, bp = p.Name, w[p.Name], p
		}
	}
	if bw < 1 {
		return "", false // told once: no main place
	}
	return written[best], bp.Population >= 100000 || bp.Feature == "P.PPLC" || bp.Feature == "P.PPLA"
}

// The kinds of text between two mentions.
const (
	gapNone      = iota // unrelated
	gapList             // ", ", " and ", " as well as ": members of one list
	gapEnclosing        // " in ", " of western ", ", northwest of ": the second holds the first
)

// roadGap holds the words that may stand between a road's name and a
// place told on it: "the Abuja-Kaduna highway near Katari", "at Katari
// along the Abuja-Kaduna road".
var roadGap = map[string]bool{"road": true, "highway": true, "expressway": true, "motorway": true, "route": true,
	"near": true, "at": true, "along": true, "on": true, "the": true, "off": true}

// onRoads puts a name the gazetteer lacks, told by "near" or "at" right
// after a road's name or right before "along/on the ... road", on that
// road: a locality on it, which takes the road's point. The road lies in
// no such place.
func (f *finder) onRoads(ms []Mention, flags []mflag) {
	gapOK := func(gap string) bool {
		ws := strings.Fields(strings.ToLower(strings.ReplaceAll(gap, ",", " ")))
		if len(ws) == 0 || len(ws) > 4 {
			return false
		}
		for _, w := range ws {
			if !roadGap[w] {
				return false
			}
		}
		return true
	}
	for i := range ms {
		m := &ms[i]
		if !flags[i].told || m.Place != nil || m.Cue != "" || (m.Prep != "near" && m.Prep != "at") {
			continue
		}
		if m.Within != "" {
			// (a road says more than the country or province the
			// place is told in)
			if w := enclosingMention(ms, m.Within); w == nil || !w.Admin {
				continue
			}
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) || ms[j].Cue != "road" {
				continue
			}
			var gap string
			if j < i && ms[j].Span.End <= m.Full.Start {
				gap = f.text[ms[j].Span.End:m.Full.Start]
			} else if j > i && m.Span.End <= ms[j].Full.Start {
				gap = f.text[m.Span.End:ms[j].Full.Start]
			} else {
				continue
			}
			if !gapOK(gap) {
				continue
			}
			m.Within = ms[j].Name
			if ms[j].Within == m.Name {
				ms[j].Within = ""
			}
			break
		}
	}
}

// enclosingMention is the first mention named name, or nil.
func enclosingMention(ms []Mention, name string) *Mention {
	for i := range ms {
		if ms[i].Name == name {
			return &ms[i]
		}
	}
	return nil
}

// gapKind reads the words between two mentions.
func gapKind(gap string) int {
	if len(gap) > 80 {
		return gapNone
	}
	g := strings.ToLower(strings.TrimSpace(gap))
	if len(g) > 60 || strings.ContainsAny(g, ".;:()\n") {
		return gapNone
	}
	comma := strings.HasPrefix(g, ",")
	g = strings.TrimSpace(strings.TrimPrefix(g, ","))
	switch g {
	case "":
		if comma {
			return gapEnclosing // "Muna Garage, Maiduguri"
		}
		return gapNone // two names side by side
	case "and", "or", "as well as", "&":
		return gapList
	}
	enclosing := false
	ws := strings.Fields(g)
	article := false // an article opened the noun phrase the words are in
	for i, w := range ws {
		rel, ok := gapWords[w]
		switch {
		case rel:
			enclosing, article = true, false
		case w == "a" || w == "an" || w == "the":
			article = true
		case ok || dirWords[w] || dirAdj(w) || w[0] >= '0' && w[0] <= '9':
		case w == "neighbouring" || w == "neighboring" || w == "adjacent":
		case holderCompound(w):
			// "al-Bara in rebel-held Idlib province"
		case article && kindNounAhead(ws[i+1:]):
			// "Rubaya, a coltan-mining town in Masisi", "near the
			// resort town of Pahalgam": words that qualify the kind of
			// place the noun phrase names
		default:
			return gapNone
		}
	}
	if enclosing {
		return gapEnclosing
	}
	return gapNone
}

// rankedPartOf reports whether the gap after a name and the words that
// open the next mention before its name make an apposition to a ranked
// part: ", the last " then "district of ", ", the largest " then
// "neighbourhood of ", ", one of the " then "districts of ".
func rankedPartOf(gap, opening string) bool {
	g := strings.Fields(strings.ToLower(gap))
	if len(g) < 2 || g[0] != "," && !strings.HasPrefix(g[0], ",") {
		return false
	}
	if g[0] == "," {
		g = g[1:]
	}
	o := strings.Fields(strings.ToLower(opening))
	if len(o) != 2 || o[1] != "of" || len(g) < 1 {
		return false
	}
	switch {
	case len(g) == 3 && g[0] == "one" && g[1] == "of" && g[2] == "the":
		return true
	case len(g) == 2 && g[0] == "the" && partRanks[g[1]]:
		return true
	}
	return false
}

// partRanks are the words that rank a part among a town's parts.
var partRanks = map[string]bool{
	"last": true, "first": true, "second": true, "third": true, "main": true, "largest": true, "biggest": true,
	"oldest": true, "only": true, "remaining": true, "final": true, "poorest": true, "busiest": true, "smallest": true,
}

// kindNounAhead reports whether the words open with up to two more
// qualifying words and then a noun of a kind of place ("town", "village"):
// the words before it qualify that kind.
func kindNounAhead(ws []string) bool {
	for i := 0; i < len(ws) && i < 3; i++ {
		if placeKindNoun[ws[i]] {
			return true
		}
		if _, ok := gapWords[ws[i]]; ok {
			return false
		}
	}
	return false
}

// placeKindNoun are the nouns of kinds of places an apposition gives ("a
// farming village in", "the resort town of").
var placeKindNoun = map[string]bool{
	"city": true, "town": true, "village": true, "hamlet": true, "settlement": true, "district": true,
	"area": true, "region": true, "province": true, "state": true, "suburb": true, "neighbourhood": true,
	"neighborhood": true, "quarter": true, "community": true, "locality": true, "municipality": true,
	"county": true, "camp": true, "port": true, "meadow": true, "valley": true, "oasis": true,
}

// gapWords are the words that may stand between a place and a larger one
// that holds it ("Zanjili district, west of Mosul", "Al-Bughayliya in
// rural Deir Ezzor", "Kawlin, a town in Sagaing"), besides directions and
// numbers: true for the words that tell the holding, false for those that
// only go with them.
var gapWords = map[string]bool{
	"in": true, "of": true, "near": true, "outside": true, "inside": true, "within": true,
	"the": false, "a": false, "an": false, "on": false, "some": false, "about": false, "small": false, "rural": false,
	"outskirts": false, "part": false, "parts": false, "countryside": false, "suburbs": false, "edge": false,
	"heart": false, "centre": false, "center": false, "city": false, "town": false, "village": false,
	"complex": false, "compound": false, "building": false, "premises": false,
	"district": false, "area": false, "region": false, "province": false, "governorate": false, "state": false,
	"km": false, "kilometres": false, "kilometers": false, "miles": false,
	"hamlet": false, "settlement": false, "suburb": false, "neighbourhood": false, "neighborhood": false,
	"quarter": false, "community": false, "locality": false, "municipality": false, "county": false,
	"camp": false, "port": false, "meadow": false, "valley": false, "oasis": false,
}

// locationOf builds the event location of a mention.
func locationOf(m *Mention, all []Mention) sitrep.Location {
	l := sitrep.Location{Name: m.Name, Within: m.Within, Relative: m.Relative}
	set := func(p *sitrep.Place, lat, lon float64, prec int) {
		l.Lat, l.Lon = &lat, &lon
		l.Precision = prec
		l.Admin1, l.Country = p.Admin1, p.Country
		l.Gazetteer = p.Gazetteer
		if isGeoNamesID(p) && lat == p.Lat && lon == p.Lon {
			id := p.ID
			l.GeonameID = &id
		}
	}
	if p := m.Place; p != nil && !(p.Feature == featADM2Province && finerWithin(all, m.Within)) {
		prec := 1
		switch {
		case p.Feature == "A.ADM1" || p.Feature == "A.PCLI" || p.Feature == "L.RGN" || p.Feature == featADM2Province:
			prec = 3 // (a division known by name only is placed at its province)
		case p.Feature == featArea:
			prec = 2 // a named area smaller than a province ("Sambisa Forest")
		case isADM2(p.Feature) && p.Gazetteer == "geonames" || divisionOf(m.Cue).level == 2:
			prec = 2 // a second-level division, or its seat standing for it
		}
		switch {
		case m.Relative != "":
			if km, b, ok := parseOffset(m.Relative); ok {
				lat, lon := Offset(p.Lat, p.Lon, km, b)
				set(p, lat, lon, 2)
				return l
			}
			set(p, p.Lat, p.Lon, max(prec, 2))
		case m.Prep == "near" || m.Prep == "outside" || m.Prep == "outskirts of" || strings.HasSuffix(m.Prep, " of") && m.Prep != "of" || isFacilityCue(m.Cue) || m.Unnamed:
			set(p, p.Lat, p.Lon, max(prec, 2))
		default:
			set(p, p.Lat, p.Lon, prec)
		}
		l.Name = p.Name
		return l
	}
	if m.Within != "" {
		if p := enclosingPlace(all, m.Within); p != nil {
			prec := 2
			if p.Feature == "A.ADM1" || p.Feature == "A.PCLI" || isRegion(p.Feature) || p.Feature == featADM2Province {
				prec = 3
			}
			set(p, p.Lat, p.Lon, prec)
			l.GeonameID = nil
			return l
		}
	}
	return l
}

// betweenKm is the farthest apart two places may be for "between A and
// B" to place something at the midpoint of the two.
const betweenKm = 300

// BetweenPoint is the point of what a report tells "between A and B"
// ("on the road between Gao and Ansongo", "a village between Bunia and
// Komanda"): halfway from A to B, when a and b are two such mentions of
// text, a right before b with "and" between them, places of one country
// with points no farther apart than betweenKm. The mentions themselves
// keep their towns' points.
func BetweenPoint(text string, a, b *Mention) (lat, lon float64, ok bool) {
	if a.Prep != "between" || b.Prep != "between" || a.Place == nil || b.Place == nil || a.Admin || b.Admin ||
		a.Place.Country != b.Place.Country || a.Full.End > b.Full.Start || b.Full.Start > len(text) ||
		!strings.EqualFold(strings.TrimSpace(text[a.Full.End:b.Full.Start]), "and") ||
		!a.Location.HasPoint() || !b.Location.HasPoint() || a.Location.Relative != "" || b.Location.Relative != "" {
		return 0, 0, false
	}
	if d := Distance(a.Place.Lat, a.Place.Lon, b.Place.Lat, b.Place.Lon); d > betweenKm || d < 1 {
		return 0, 0, false
	}
	return (a.Place.Lat + b.Place.Lat) / 2, (a.Place.Lon + b.Place.Lon) / 2, true
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

// appositionBefore reports whether the distance starting at token n
// describes a place named just before it ("Misrata, about 150 miles west
// of Sirte"): the offset places that one, and the town after "of" is
// only its anchor.
func (f *finder) appositionBefore(n int) bool {
	k := n - 1
	for k >= 0 && f.toks[k].word && (f.is(k, "about") || f.is(k, "some") || f.is(k, "around") || f.is(k, "roughly") || f.is(k, "nearly")) {
		k--
	}
	return k >= 1 && f.punct(k, ",") && f.toks[k-1].word && f.toks[k-1].name
}

// enclosesBefore reports whether the name starting at byte o is said to
// hold the place told just before it: "the Mir Ali area of X", "the
// Rutshuru territory of X" (a cue word, then "of"), "Razmak, X" (a name,
// then a comma). Such a name is a division when the gazetteer has it as
// one, even after words that do not make one of it otherwise.
func (f *finder) enclosesBefore(o int) bool {
	// the first token at or after o (tokens are in text order)
	i := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].s >= o })
	k := i - 1
	if k >= 1 && f.punct(k, ",") {
		return f.toks[k-1].word && f.toks[k-1].name
	}
	if k < 1 || !f.is(k, "of") {
		return false
	}
	k--
	if kind, n := f.cueAt(k); n == 1 && kind != "" && !adminCue(kind) && k >= 1 && f.toks[k-1].word && f.toks[k-1].name {
		return true
	}
	return false
}

// placeNounBefore reports whether the words just before a mention told
// after "in", "at" or "near" name a thing that stands somewhere
// ("positions in Badush", "a checkpoint near Kurmi", "homes in X"): the
// name after it is a place, even one the gazetteer lacks.
func (f *finder) placeNounBefore(m Mention) bool {
	i := 0
	for i < len(f.toks) && f.toks[i].s < m.Full.Start {
		i++
	}
	k := f.prevWord(i) // the preposition
	if k < 1 {
		return false
	}
	k = f.prevWord(k)
	if k < 0 || !f.toks[k].word || f.toks[k].name {
		return false
	}
	switch strings.ToLower(f.word(k)) {
	case "positions", "position", "post", "posts", "checkpoint", "checkpoints", "base", "bases", "camp", "camps",
		"village", "villages", "town", "homes", "home", "houses", "house", "market", "mosque", "church", "school",
		"hospital", "area", "areas", "district", "neighbourhood", "neighborhood", "road", "bridge", "farm", "farms",
		"outpost", "barracks", "convoy", "patrol", "station", "compound", "residents", "villagers", "people",
		"vehicle", "vehicles", "bus", "car", "truck", "minibus", "van", "boat", "train", "office", "offices", "shop",
		"shops", "restaurant", "hotel", "bank", "residence", "prison", "hideout", "hideouts":
		return true
	}
	return false
}

// ownNamed is the candidates of the best tier whose own name the mention
// is, when the first candidate is a place only going by it as another
// name; nil when the first is its own name already, when none is, or
// when a place going by it is much larger than those it is the name of.
func ownNamed(cs []cand, name string) []cand {
	if len(cs) == 0 || cs[0].primary || cs[0].user || divisionBaseName(&cs[0].p, name) {
		return nil
	}
	var own []cand
	top, other := 0.0, 0.0 // the largest of each kind
	for i := range cs {
		c := &cs[i]
		if c.tier != cs[0].tier {
			continue
		}
		if c.primary || c.user || divisionBaseName(&c.p, name) {
			own = append(own, *c)
			top = max(top, importance(&c.p))
		} else {
			other = max(other, importance(&c.p))
		}
	}
	if other > top+1 {
		// "Sousa" is a Brazilian town's own name and another of Sousse,
		// a city: the larger place is the likelier reading, and neither
		// tells the country
		return nil
	}
	return own
}

// cuedDivisions is the divisions of the best tier a mention told with a
// division's cue names by their own name without the word of their kind
// ("Samar" of the Province of Samar) or by their own name alone ("Djugu"
// territory), when the first reading is no
// division; nil otherwise.
func cuedDivisions(cs []cand, m Mention) []cand {
	if len(cs) == 0 || !adminCue(m.Cue) || cs[0].p.Feature[0] == 'A' {
		return nil
	}
	var divs []cand
	for _, c := range cs {
		if c.tier == cs[0].tier && (divisionBaseName(&c.p, m.Name) || isDivision(c.p.Feature) && sameName(c.p.Name, m.Name)) {
			divs = append(divs, c)
		}
	}
	return divs
}

// holdsCuedPlace reports whether the name at token i is told as the place
// holding a place named just before it with the word of its kind:
// "Shopian district of south Kashmir", "the Beni territory of North
// Kivu". Such a name is told as a place, as one after "in" is.
func (f *finder) holdsCuedPlace(i int) bool {
	k := f.prevWord(i)
	if k >= 0 && dirWords[strings.ToLower(f.word(k))] {
		k = f.prevWord(k)
	}
	if k < 2 || !f.is(k, "of") {
		return false
	}
	c := f.prevWord(k)
	kind, n := f.cueAt(c)
	if kind == "" || n != 1 {
		return false
	}
	b := f.prevWord(c)
	return b >= 0 && f.toks[b].word && f.toks[b].name
}

// inhabitants are words for the people who live in a place, as words
// before "of" and its name ("residents of Goma", "villagers of Tawa"):
// the place they live in.
var inhabitants = map[string]bool{
	"residents": true, "inhabitants": true, "villagers": true, "townspeople": true, "dwellers": true,
}

// namedForIt reports whether c is the one populated place of its
// country and first-level division among the candidates and a
// second-level division there has the name as its own: the district
// named after the town (by its own name, or that name without its kind
// word: "Azaz District"), whose name the town then bears as its own too
// ("Jenin" is Janīn, the seat of Jenin district; "Mocimboa da Praia" is
// Mocímboa, the seat of the district of that name).
func namedForIt(c *cand, cands []cand, name string) bool {
	p := &c.p
	if c.primary || c.user || p.Feature == "" || p.Feature[0] != 'P' || p.Admin1 == "" {
		return false
	}
	named := false
	for i := range cands {
		d := &cands[i]
		q := &d.p
		if q.Country != p.Country || q.Admin1 != p.Admin1 || d.id == c.id && d.user == c.user {
			continue
		}
		if q.Feature != "" && q.Feature[0] == 'P' {
			return false // another town of the name there: which is the seat?
		}
		if isADM2(q.Feature) && (d.primary || d.user || divisionBaseName(q, name)) && d.tier <= c.tier {
			named = true
		}
	}
	return named
}

// struckAfter reports whether the words from token i on say that what
// was named just before took a blow: "was shelled", "were attacked",
// "has been hit", "had been overrun", "is being besieged" (participles
// of the lexicon's [struck]), "came under attack".
func (f *finder) struckAfter(i int) bool {
	switch {
	case f.is(i, "came") || f.is(i, "comes") || f.is(i, "come"):
		return f.is(i+1, "under")
	case f.is(i, "was") || f.is(i, "were") || f.is(i, "is") || f.is(i, "are"):
		i++
	case f.is(i, "has") || f.is(i, "have") || f.is(i, "had"):
		if !f.is(i+1, "been") {
			return false
		}
		i += 2
	default:
		return false
	}
	if f.is(i, "being") || f.is(i, "again") || f.is(i, "also") || f.is(i, "repeatedly") || f.is(i, "heavily") {
		i++
	}
	return f.in("struck", i)
}

// debugRank, when set (by a test), is told each candidate's score.
var debugRank func(name string, p *sitrep.Place, s float64)

// describingWords reports whether gap is empty or up to three words in
// lower case with nothing else: words that describe the place after them
// ("densely populated", "eastern").
func describingWords(gap string) bool {
	ws := strings.Fields(gap)
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		for _, r := range w {
			if (r < 'a' || r > 'z') && r != '-' {
				return false
			}
		}
	}
	return true
}
