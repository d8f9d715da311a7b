package gazetteer

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
)

// Answer is the result of geocoding one free-text query.
type Answer struct {
	Name      string // the place's name as the gazetteer has it, or the query's words for a point worked out from an offset
	Lat, Lon  float64
	Country   string // ISO2
	Admin1    string
	GeonameID int64 // 0 when the point is not a GeoNames entry
	// Precision is ACLED's geo_precision: 1 the place itself, 2 a nearby or
	// enclosing place (or an offset from one), 3 the province.
	Precision int
	Place     *sitrep.Place // the entry used, nil for an offset point
	Within    string        // enclosing place the query gave
	Relative  string        // the offset as written ("36 km west of Raqqa")
	// Why says why a place found by its name has precision 2 (one of
	// several places of the name, a spelling that differs, a part or a
	// facility of the place); "" otherwise.
	Why string
	// Match says how the place was found: "exact" (same spelling up to
	// case, diacritics and punctuation), "article" (up to the Arabic
	// article or a final h), "loose" (a transliteration variant),
	// "vowels" (a variant but for its vowels), "edit" (one letter off a
	// variant, taken only where the query's context places it), or "" when
	// the answer is the enclosing
	// place, the offset point or the province the query gives.
	Match string
}

// Location converts the answer to an event location.
func (a Answer) Location() sitrep.Location {
	lat, lon := a.Lat, a.Lon
	l := sitrep.Location{Name: a.Name, Admin1: a.Admin1, Country: a.Country, Lat: &lat, Lon: &lon,
		Precision: a.Precision, Within: a.Within, Relative: a.Relative}
	if a.GeonameID > 0 {
		id := a.GeonameID
		l.GeonameID = &id
	}
	if a.Place != nil {
		l.Gazetteer = a.Place.Gazetteer
	}
	return l
}

func answerOf(p *sitrep.Place, prec int) Answer {
	a := Answer{Name: p.Name, Lat: p.Lat, Lon: p.Lon, Country: p.Country, Admin1: p.Admin1, Precision: prec, Place: p}
	if isGeoNamesID(p) {
		a.GeonameID = p.ID
	}
	return a
}

// matchNames are the Answer.Match words of the match tiers.
var matchNames = [...]string{tierExact: "exact", tierArticle: "article", tierLoose: "loose", tierVowel: "vowels", tierFuzzy: "edit"}

// Compass bearings of direction words, in degrees from north.
var bearings = map[string]float64{
	"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270, "northwest": 315,
	"northern": 0, "northeastern": 45, "eastern": 90, "southeastern": 135, "southern": 180, "southwestern": 225, "western": 270, "northwestern": 315,
	"n": 0, "ne": 45, "e": 90, "se": 135, "s": 180, "sw": 225, "w": 270, "nw": 315,
	"nnw": 337.5, "nne": 22.5, "ene": 67.5, "ese": 112.5, "sse": 157.5, "ssw": 202.5, "wsw": 247.5, "wnw": 292.5,
}

var dirSquash = strings.NewReplacer("-", "", " ", "")

// bearingOf reads a direction word ("north-east", "North East", "west").
func bearingOf(s string) (float64, bool) {
	k := dirSquash.Replace(strings.ToLower(strings.TrimSpace(s)))
	b, ok := bearings[k]
	return b, ok
}

var (
	reAlso     = regexp.MustCompile(`(?i)\s*/\s*|\s+also known as\s+|\s+a\.?k\.?a\.?\s+|\s+or\s+`)
	reAnd      = regexp.MustCompile(`(?i)\s+(?:and|&)\s+`)
	reParen    = regexp.MustCompile(`\([^)]*\)|\[[^\]]*\]`)
	reRelative = regexp.MustCompile(`(?i)^(?:about |some |around |approximately |roughly |nearly |almost )?(\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s*-?\s*(km|kms|kilomet(?:er|re)s?|mi|miles?)\.?\s+(?:to the\s+|to\s+)?((?:north|south)?-?\s?(?:east|west)?|north|south)(?:ern)?\s+(?:of\s+)?(.+)$`)
	reDirOf    = regexp.MustCompile(`(?i)^(?:the\s+)?((?:north|south)?-?\s?(?:east|west)?|north|south|[ns][ew]|[nsew])(?:ern)?\s+(?:outskirts|suburbs|countryside|parts?|side|edge|entrance|region|areas?)?\s*of\s+(.+)$`)
	reNearOf   = regexp.MustCompile(`(?i)^(?:near(?:by)?|close to|outside(?: of)?|around|in the vicinity of|vicinity of|(?:on )?the outskirts of|outskirts of|the suburbs of|suburbs of|the countryside of|countryside of|rural|the edge of|the outskirt of|outskirt of|the (?:city|town) of|(?:city|town) of)\s+(.+)$`)
	reDirSep   = regexp.MustCompile(`(?i)\s(?:(?:north|south)-?\s?(?:east|west)|north|south|east|west|[ns][ew]|[nsew])(?:ern)?\s+of\s`)
	reBetween  = regexp.MustCompile(`(?i)^(?:the\s+)?(?:road|highway|route|area|way)?\s*between\s+(.+?)\s+and\s+(.+)$`)
	reDirAdj   = regexp.MustCompile(`(?i)^(?:the\s+)?(north|south|east|west|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|greater|downtown|old city of|old|(?:the )?cent(?:re|er) of|right side of|left side of|the right side of|the left side of|(?:east|west)(?:ern)? bank of)\s+(.+)$`)
	reNumWords = map[string]float64{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90, "hundred": 100}
)

// cueWords mark what kind of place a name is; they are stripped before
// lookup. The value says whether the cue is an administrative area.
var cueWords = map[string]bool{
	"village": false, "villages": false, "town": false, "city": false, "district": false, "neighbourhood": false,
	"neighborhood": false, "quarter": false, "suburb": false, "area": false, "camp": false, "refugee": false,
	"locality": false, "township": false, "hamlet": false, "settlement": false, "sub-district": false, "subdistrict": false,
	"nahiya": false, "nahia": false, "qada": false, "municipality": false, "region": true, "province": true,
	"governorate": true, "countryside": false, "outskirts": false, "centre": false, "center": false, "market": false,
	"countryside of": false, "district of": false, "camps": false, "base": false, "airbase": false, "airport": false,
	"dam": false, "bridge": false, "prison": false, "hospital": false, "university": false, "checkpoint": false,
	"junction": false, "crossing": false, "refinery": false, "field": false, "oilfield": false, "farm": false,
	"farms": false, "factory": false, "road": false, "highway": false, "mosque": false, "square": false, "street": false,
	"roundabout": false, "plain": false, "plains": false, "valley": false, "mountain": false, "mountains": false,
	"hill": false, "hills": false, "island": false, "desert": false, "border": false, "axis": false, "front": false,
	"sector": false, "complex": false, "compound": false, "station": false, "plant": false, "poultry": false,
	"municipal": false, "old": false, "city centre": false, "gate": false, "lake": false, "reservoir": false,
	"river": false, "canal": false, "port": false, "school": false, "stadium": false, "forest": false,
	"state": true, "department": true, "county": true, "oblast": true, "prefecture": true,
}

// facility cues name a thing at or near a place rather than the place:
// "Samarra Dam" is placed at Samarra with precision 2 when the gazetteer
// lacks the dam.
var facilityCue = map[string]bool{
	"base": true, "airbase": true, "airport": true, "dam": true, "bridge": true, "prison": true, "hospital": true,
	"university": true, "checkpoint": true, "junction": true, "crossing": true, "refinery": true, "field": true,
	"oilfield": true, "farm": true, "farms": true, "factory": true, "road": true, "highway": true, "mosque": true,
	"square": true, "street": true, "roundabout": true, "plain": true, "plains": true, "valley": true,
	"mountain": true, "mountains": true, "hill": true, "hills": true, "desert": true, "border": true, "axis": true,
	"front": true, "sector": true, "complex": true, "compound": true, "station": true, "plant": true, "gate": true,
	"countryside": true, "outskirts": true, "market": true, "lake": true, "reservoir": true, "river": true,
	"canal": true, "port": true, "school": true, "stadium": true, "forest": true,
}

// namedForOther are the cues of sites that take their names from
// elsewhere: a street is named for a city, a person or a date ("Oxford
// Street" in Belfast, "Haifa Street" in Baghdad), not for the place it is
// in; only a street the gazetteer itself holds answers for one.
var namedForOther = map[string]bool{"street": true}

// answersCue reports whether place p can be what a name with the cue
// names: for a cue of namedForOther, only a street (a GeoNames R. feature).
func answersCue(cue string, p *sitrep.Place) bool {
	return !namedForOther[cue] || strings.HasPrefix(p.Feature, "R.")
}

// sameName reports whether two names are the same but for case,
// diacritics, punctuation and the article.
func sameName(a, b string) bool {
	var x, y [128]byte
	return string(fold.Stripped(x[:0], a)) == string(fold.Stripped(y[:0], b))
}

// sameArticles reports whether a and b are one name but for the form of
// their articles ("Bahr el Ghazal", "Bahr al Ghazal"): the words match
// one for one, an article for an article.
func sameArticles(a, b string) bool {
	var x, y [128]byte
	wa := strings.Fields(string(fold.Words(x[:0], a)))
	wb := strings.Fields(string(fold.Words(y[:0], b)))
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] != wb[i] && !(fold.IsArticle(wa[i]) && fold.IsArticle(wb[i])) {
			return false
		}
	}
	return true
}

// smallCue words say the place is a small one, never a city.
var smallCue = map[string]bool{"village": true, "villages": true, "suburb": true, "neighbourhood": true,
	"neighborhood": true, "quarter": true, "hamlet": true, "farm": true, "farms": true}

// qctx is what the rest of a query says about where its first part is.
type qctx struct {
	country     string
	admin1      *sitrep.Place // named province
	within      *sitrep.Place // enclosing or nearby place
	withinName  string
	withinDir   bool // "south of Mosul": the place may lie well beyond the enclosing one
	withinNear  bool // "X near Y": the place lies close to it
	withinProv  bool // the enclosing place shares its name with the province the same part names ("Deir Ezzor")
	withinPart  bool // the query names a part of the enclosing city ("West Mosul"): the place is in the city
	rel         bool // an offset point is known
	relLat      float64
	relLon      float64
	relText     string
	relAnchor   *sitrep.Place
	countryOnly bool
	looseAdmin  bool // a context part may be a province by its loose spelling
}

// Geocode answers one free-text query as `sitrep geocode` does:
// "Zanjili neighbourhood, Mosul, Nineveh province, Iraq", "Hunaida, 36 km
// west of Raqqa, Raqqa governorate, Syria", "near Tabaqa, Raqqa
// governorate, Syria", "(S1117a) Raqqa city", "Kafr Batna suburb";
// ok=false when nothing is found. The first comma-separated part is the
// place sought; later parts are its enclosing place, offset, province and
// country.
//
// Precision 1 means the place itself, found by name and not contradicted:
// an exact or article-level spelling, or a transliteration variant the
// context supports. Precision 2 means near it or a guess worth showing: an
// offset point, the enclosing place of a place the gazetteer lacks, a
// facility named for a place ("Samarra Dam"), one of several places of the
// name with no way to tell them apart, a spelling that differs in vowels
// or by one letter (the latter only where the context places it), a
// notable town outside the province the query names, a place just across
// a border, an "A and B" list. Precision 3 is the province. The country
// alone is never an answer. Answer.Match tells how the name matched.
func (g *Gazetteer) Geocode(query, country string) (Answer, bool) {
	q := reParen.ReplaceAllString(query, " ")
	q = strings.Join(strings.Fields(q), " ")
	parts := strings.FieldsFunc(q, func(r rune) bool { return r == ',' || r == ';' })
	for i := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(parts[i]), ".:\"'“”")
	}
	parts = nonEmpty(parts)
	if len(parts) == 0 {
		return Answer{}, false
	}
	a, ok := g.geocodeParts(parts, country, false)
	if ok && a.Precision == 1 || len(parts) == 1 {
		return a, ok
	}
	// a province spelled otherwise than the gazetteer has it ("Beledweyne,
	// Hiraan" for Hiiraan), where the first reading found the place
	// only roughly: read the context again taking a province's loose
	// spelling over a village of that exact name
	if b, ok2 := g.geocodeParts(parts, country, true); ok2 && b.Precision == 1 {
		return b, true
	}
	return a, ok
}

// geocodeParts is Geocode on the comma-separated parts of a query;
// looseAdmin lets a context part be a first-level division by its loose
// spelling when no country or division has it as its name.
func (g *Gazetteer) geocodeParts(parts []string, country string, looseAdmin bool) (Answer, bool) {
	ctx := qctx{country: strings.ToUpper(country), looseAdmin: looseAdmin}
	// context parts, from the country inwards
	for i := len(parts) - 1; i >= 1; i-- {
		g.readContext(parts[i], &ctx, i == 1)
	}
	// "Mayadin Deir Ezzor governorate": the province without its comma
	if name, cue := stripCue(parts[0]); len(g.lookup(name, ctx.country, tierLoose)) == 0 || cueWords[cue] {
		sub := ctx
		if head, ok := g.splitAdmin(parts[0], &sub); ok {
			if a, ok := g.target(head, &sub, false); ok {
				return a, true
			}
		}
	}
	a, ok := g.target(parts[0], &ctx, len(parts) == 1)
	if ok && len(parts) == 1 && ctx.country == "" && a.Precision != 3 {
		switch a.Match {
		case "loose", "vowels", "edit":
			// a look-alike spelling with nothing in the query to say where
			// it is ("Bashiqa" alone is no Chinese Baishigou, "Dusuma" no
			// Italian Dosimo) is no answer; "Bashiqa, Iraq" may be
			return Answer{}, false
		}
	}
	return a, ok
}

func nonEmpty(ss []string) []string {
	out := ss[:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// readContext interprets one later part of a query.
func (g *Gazetteer) readContext(part string, ctx *qctx, first bool) {
	if m := reRelative.FindStringSubmatch(part); m != nil {
		if km, ok := parseKm(m[1], m[2]); ok {
			if b, ok := bearingOf(m[3]); ok {
				if a := g.resolvePlace(m[4], ctx); a != nil {
					// the offset is from the anchor to the place
					ctx.relLat, ctx.relLon = Offset(a.Lat, a.Lon, km, b)
					ctx.rel, ctx.relText, ctx.relAnchor = true, part, a
					return
				}
			}
		}
	}
	name, cue := stripCue(part)
	dir := false
	if m := reDirOf.FindStringSubmatch(name); m != nil {
		if _, ok := bearingOf(m[1]); ok {
			name, dir = m[2], true
		}
	}
	if m := reNearOf.FindStringSubmatch(name); m != nil {
		name = m[1]
	}
	cityPart := false // "West Mosul", "Old Mosul": a part of a city
	// (a name that is a place whole is not a part of another: "South
	// Sudan", "North Kivu")
	if m := reDirAdj.FindStringSubmatch(name); m != nil && len(g.lookup(name, ctx.country, tierArticle)) == 0 {
		name, cityPart = m[2], true
	}
	cs := g.lookup(name, ctx.country, tierArticle)
	if ctx.looseAdmin && !slices.ContainsFunc(cs, func(c cand) bool { return c.p.Feature == "A.PCLI" || c.p.Feature == "A.ADM1" }) {
		var adm []cand
		for _, c := range g.lookup(name, ctx.country, tierLoose) {
			if c.p.Feature == "A.ADM1" {
				adm = append(adm, c)
			}
		}
		if len(adm) == 1 {
			cs = adm // (one province of that loose spelling, not several)
		}
	}
	province := false
	for i := range cs {
		p := &cs[i].p
		switch {
		case p.Feature == "A.PCLI":
			if ctx.country == "" || ctx.country == p.Country {
				ctx.country = p.Country
				return
			}
		case p.Feature == "A.ADM1" && (cueWords[cue] || cue == ""):
			if ctx.admin1 == nil && (ctx.country == "" || ctx.country == p.Country) {
				pp := *p
				ctx.admin1 = &pp
				province = true
				if ctx.country == "" {
					ctx.country = p.Country
				}
				if cueWords[cue] || !first {
					return
				}
			}
		}
	}
	if cueWords[cue] {
		if head, ok := g.splitAdmin(part, ctx); ok {
			g.readContext(head, ctx, first)
		}
		return
	}
	// an enclosing place: the one nearest the first part wins
	if ctx.within != nil && !first {
		return
	}
	// the part nearest the target replaces an outer enclosing place; it
	// is looked for near the outer one first ("Karama, east of Mosul" is
	// Mosul's Karama, not another one across the country)
	outer := ctx.within
	p := g.resolvePlace(name, ctx)
	if p == nil && outer != nil {
		ctx.within = nil
		p = g.resolvePlace(name, ctx)
	}
	ctx.within = outer
	if p != nil && p.Feature == featADM2Province {
		p = nil // its point is its province's: no enclosing place to measure from
	}
	if p != nil && p.Feature != "A.PCLI" && p.Feature != "A.ADM1" {
		ctx.within, ctx.withinName, ctx.withinDir = p, name, dir
		ctx.withinProv = province
		ctx.withinPart = cityPart && isCity(p) && !province && cue != "countryside"
	} else if p == nil && !dir {
		if head, ok := g.splitAdmin(part, ctx); ok {
			g.readContext(head, ctx, first)
		}
	}
}

// splitAdmin splits a trailing province or country off a part written
// without a comma before it ("Mayadin Deir Ezzor governorate", "Deir
// Ezzor Syria"), records it in ctx and returns the rest.
func (g *Gazetteer) splitAdmin(part string, ctx *qctx) (string, bool) {
	name, cue := stripCue(part)
	if cue != "" && !cueWords[cue] {
		return "", false
	}
	words := strings.Fields(name)
	for k := 1; k < len(words); k++ {
		if relationOnly(strings.Join(words[:k], " ")) {
			continue // "Near Raqqa" is near the city, not the province
		}
		tail := strings.Join(words[k:], " ")
		for _, c := range g.lookup(tail, ctx.country, tierArticle) {
			p := &c.p
			switch {
			case p.Feature == "A.PCLI" && (ctx.country == "" || ctx.country == p.Country):
				ctx.country = p.Country
			case p.Feature == "A.ADM1" && (ctx.country == "" || ctx.country == p.Country):
				if ctx.admin1 == nil {
					pp := *p
					ctx.admin1 = &pp
					ctx.country = p.Country
				}
			default:
				continue
			}
			return strings.Join(words[:k], " "), true
		}
	}
	return "", false
}

// relationOnly reports whether s is only the words that put a place near
// the next one ("near", "outside of", "north of"), no name. The
// countryside of a province's capital, or its "northern" part, is as much
// the province's: those are not such words.
func relationOnly(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, "countryside") || strings.Contains(l, "rural") {
		return false
	}
	s += " x"
	if m := reNearOf.FindStringSubmatch(s); m != nil && m[1] == "x" {
		return true
	}
	m := reDirOf.FindStringSubmatch(s)
	return m != nil && m[2] == "x"
}

func parseKm(num, unit string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", "."), 64)
	if err != nil {
		var ok bool
		v, ok = reNumWords[strings.ToLower(num)]
		if !ok {
			return 0, false
		}
	}
	if strings.HasPrefix(strings.ToLower(unit), "mi") {
		v *= 1.609
	}
	return v, v > 0 && v < 1000
}

// stripCue removes trailing cue words ("Kafr Batna suburb" → "Kafr
// Batna", "suburb") and a leading "the".
func stripCue(s string) (string, string) {
	f := cueReadings(s)
	return f[len(f)-1].name, f[len(f)-1].cue
}

// cueForm is one reading of a name with trailing cue words.
type cueForm struct{ name, cue string }

// cueReadings lists the readings of s from the longest: with every cue
// word ("Mosul Dam Lake", without a leading "the"), then one fewer at a
// time ("Mosul Dam", cue "lake"; "Mosul", cue "lake"). The cue kept is the
// outermost facility word, else the last word removed.
func cueReadings(s string) []cueForm {
	s = strings.TrimSpace(s)
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	forms := []cueForm{{s, ""}}
	cue := ""
	for {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			break
		}
		w := strings.ToLower(strings.Trim(s[i+1:], ".-"))
		if _, ok := cueWords[w]; !ok {
			break
		}
		if cue == "" || !facilityCue[cue] {
			cue = w
		}
		s = strings.TrimSpace(s[:i])
		forms = append(forms, cueForm{s, cue})
	}
	return forms
}

// cueForms lists the readings of s to try, as cueReadings does, but the
// bare name first when the only cue is a kind of place ("Kafr Batna
// suburb"): the kind is no part of the name.
func cueForms(s string) []cueForm {
	forms := cueReadings(s)
	if len(forms) == 2 && !facilityCue[forms[1].cue] {
		return forms[1:]
	}
	return forms
}

// resolvePlace finds the best place for a name given the context, or nil.
func (g *Gazetteer) resolvePlace(name string, ctx *qctx) *sitrep.Place {
	m, ok, _ := g.best(name, ctx, "", false)
	if !ok {
		return nil
	}
	return &m.c.p
}

// match is one candidate scored against a query's context.
type match struct {
	c            cand
	s            float64 // context and importance score
	cost         float64 // how far the spelling is: 0 same key … 1+ one edit off
	corroborated bool    // the context places it (enclosing place, offset, province)
}

// best picks the candidate for name that fits the context.
//
// The context is a hard limit: a candidate far (over 80 km, 150 km for
// "south of X") from the enclosing place, over 60 km from the offset point,
// or outside the named province and over 100 km from it, is out. A
// neighbourhood cued inside a city ("X district, Mosul") must lie within
// the city's reach (25 km).
//
// Spelling decides first: only candidates whose spelling is about as close
// as the closest one compete (exact and article-stripped keys alike, then
// loose transliteration matches ranked by the weighted edit distance of
// their nearest spelling, then — when nothing else fits, within the
// query's country — places whose loose key differs in vowels only, and
// places one edit away where the context places them). Among those the
// context, feature rank and population decide.
//
// ambiguous reports that the answer is not a confident one: an about
// equally good candidate lies elsewhere (over 25 km away), or the spelling
// matched only loosely and nothing in the context supports it. A loose
// spelling match with equally good rivals elsewhere and no support is
// still answered (the best guess, ambiguous); a vowel-only or one-edit
// match in that situation is not.
//
// Two fallbacks come before giving up, both answered as not confident: a
// notable place of that exact name outside the province the query names
// (which is then taken to be wrong), and a place of that name just across
// a border (see borderZone).
func (g *Gazetteer) best(name string, ctx *qctx, cue string, edits bool) (m match, ok, ambiguous bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return match{}, false, false
	}
	cs := g.lookup(name, ctx.country, tierLoose)
	keep := g.score(name, cs, ctx, cue)
	if len(keep) == 0 {
		// the other reading of dh and th: a transliteration variant
		var vs []cand
		for _, v := range dentalVariants(name) {
			for _, c := range g.lookup(v, ctx.country, tierLoose) {
				c.tier = max(c.tier, tierLoose)
				vs = append(vs, c)
			}
		}
		keep = g.score(name, uniqueCands(vs), ctx, cue)
	}
	if len(keep) == 0 && ctx.admin1 != nil && ctx.within == nil && !ctx.rel {
		// the query's province is wrong ("Tal Afar, Anbar province"): a
		// district seat or town of that very name elsewhere in the
		// country is likelier than any spelling guess inside the province
		wide := *ctx
		wide.admin1 = nil
		for _, k := range g.score(name, cs, &wide, cue) {
			if k.c.tier <= tierArticle && notable(&k.c.p) {
				keep = append(keep, k)
			}
		}
		if len(keep) > 0 {
			ambiguous = true
		}
	}
	if len(keep) == 0 && edits && ctx.country != "" {
		fz := g.fuzzy(name, ctx.country)
		for _, v := range dentalVariants(name) {
			fz = append(fz, g.fuzzy(v, ctx.country)...)
		}
		keep = g.score(name, uniqueCands(fz), ctx, cue)
		// a one-edit match stands only when the context places it (on its
		// own it is as often another village as a misspelling) and its
		// spelling is close or it is a town a typo would be made of
		j := 0
		for _, k := range keep {
			if k.c.tier == tierVowel || k.corroborated && (k.cost <= 1.2 || notable(&k.c.p)) {
				keep[j] = k
				j++
			}
		}
		keep = keep[:j]
	}
	if len(keep) == 0 && edits && ctx.country != "" {
		// a place just across the border: the country is where the
		// report is about, not always where the place is ("Al Rukban")
		nbs := neighbours(ctx.country)
		var near []cand
		for _, c := range g.lookup(name, "", tierArticle) {
			if slices.Contains(nbs, c.p.Country) && g.borderZone(&c.p, ctx.country) {
				near = append(near, c)
			}
		}
		if len(near) > 0 {
			wide := *ctx
			wide.country = near[0].p.Country
			keep = g.score(name, near, &wide, cue)
		}
		if len(keep) > 0 {
			ambiguous = true
		}
	}
	if len(keep) == 0 {
		return match{}, false, false
	}
	minCost := math.Inf(1)
	for i := range keep {
		minCost = math.Min(minCost, keep[i].cost)
	}
	const margin = 0.1
	var top *match
	for i := range keep {
		k := &keep[i]
		if k.cost > minCost+margin {
			continue
		}
		if top == nil || k.s-k.cost > top.s-top.cost {
			top = k
		}
	}
	// a province's town of its name stands for the name unless a cue
	// says the province is meant ("Deir ez-Zor" is the city, "Deir
	// ez-Zor province" the province)
	if top.c.p.Feature == "A.ADM1" && !cueWords[cue] {
		for i := range keep {
			if k := &keep[i]; k.cost <= minCost+margin && seatOf(&k.c.p, &top.c.p) {
				top = k
				break
			}
		}
	}
	loose := top.c.tier >= tierLoose
	amb := ambiguous
	for i := range keep {
		k := &keep[i]
		if k == top || k.cost > minCost+margin {
			continue
		}
		if Distance(k.c.p.Lat, k.c.p.Lon, top.c.p.Lat, top.c.p.Lon) <= 25 || seatOf(&top.c.p, &k.c.p) {
			continue // (the province the town is named for is no rival)
		}
		if top.s-top.cost-(k.s-k.cost) < 1 || k.corroborated && !top.corroborated {
			ambiguous = true
			if top.c.tier >= tierVowel && !top.corroborated {
				return match{}, false, false
			}
		}
	}
	// a spelling match nothing else supports is a guess, not a confident
	// answer: callers give it precision 2
	if loose && !top.corroborated {
		ambiguous = true
		if !arabicScript(top.c.p.Country) && top.cost > tierCost[top.c.tier] && !sameButDoubled(name, g.names(&top.c, g.countryIndex(top.c.p.Country), cue != "")) {
			// transliterations of Arabic-script names vary in their
			// vowels and doubled letters ("Tadaf", Tādif); elsewhere a
			// name spelt otherwise is another town ("Kobo" is no Goba,
			// "Pinga" no Pangi) but for a letter written twice
			// ("Qoryoley", Qoryooley): only the context may make it one
			return match{}, false, false
		}
	}
	return *top, true, ambiguous || amb
}

// seatOf reports whether town is a town of a name with province, in it:
// a populated place of note (a seat of some division) whose first-level
// division is province.
func seatOf(town, province *sitrep.Place) bool {
	return province.Feature == "A.ADM1" && strings.HasPrefix(town.Feature, "P.PPL") && featureRank(town.Feature) >= 5 &&
		town.Country == province.Country && town.Admin1 == province.Admin1
}

// dentalVariants returns name with its dh written th and with its th
// written dh, those that differ from it. Arabic dhal (ذ) is written dh,
// th or z ("Thi Qar" is Dhi Qar, "Albu Thyab" Albu Dhiyab) and tha (ث)
// th, but the loose key reads dh as z and th as t: the other reading
// finds the spelling the key misses.
func dentalVariants(name string) []string {
	var out []string
	for _, r := range []*strings.Replacer{
		strings.NewReplacer("dh", "th", "Dh", "Th", "DH", "TH"),
		strings.NewReplacer("th", "dh", "Th", "Dh", "TH", "DH"),
	} {
		if v := r.Replace(name); v != name {
			out = append(out, v)
		}
	}
	return out
}

// uniqueCands drops repeated candidates, keeping each one's closest tier.
func uniqueCands(cs []cand) []cand {
	seen := map[int]int{}
	out := cs[:0]
	for _, c := range cs {
		if j, ok := seen[c.id]; ok {
			out[j].tier = min(out[j].tier, c.tier)
			continue
		}
		seen[c.id] = len(out)
		out = append(out, c)
	}
	return out
}

// score filters candidates by the query's context and scores the rest.
func (g *Gazetteer) score(name string, cs []cand, ctx *qctx, cue string) []match {
	if len(cs) == 0 {
		return nil
	}
	var b [128]byte
	qkeys := []string{string(fold.Exact(b[:0], name)), string(fold.Stripped(b[:0], name))}
	var idx *countryNames
	if len(cs) > 1 || cs[0].tier >= tierLoose {
		idx = g.countryIndex(ctx.country)
	}
	cued := cue != ""
	// a neighbourhood, street, market or school of a city is in it
	neighbourhood := ctx.within != nil && isCity(ctx.within) && (cue == "district" || cue == "neighbourhood" ||
		cue == "neighborhood" || cue == "quarter" || cue == "suburb" || cue == "area" || facilityCue[cue] || ctx.withinPart)
	var keep []match
	for _, c := range cs {
		p := &c.p
		s := provinceImportance(p, cs) / 4
		corroborated := false
		if ctx.within != nil {
			d := Distance(p.Lat, p.Lon, ctx.within.Lat, ctx.within.Lon)
			limit, near := 80.0, 40.0
			switch {
			case ctx.withinProv && !neighbourhood:
				// "Abu Kamal, Deir Ezzor": the province as much as its
				// capital; the province limits the place
				limit = math.Inf(1)
			case ctx.withinDir:
				limit, near = 150, 150
			case neighbourhood:
				limit, near = 25, 25
			case ctx.withinNear && c.tier <= tierArticle:
				// "Qayyarah near Mosul": a place of that very spelling is
				// "near" the city as far as any enclosed place is
				limit, near = 80, 40
			case ctx.withinNear:
				limit, near = 60, 40
			}
			// a place the user's list puts in another district than the
			// city named ("Al Wailiyah, Mosul": the Al Wailiyah of Tal
			// Afar district) is only taken near the city
			if d > 25 && p.Admin2 != "" && ctx.within.Admin2 != "" && isCity(ctx.within) && !ctx.withinProv &&
				!ctx.withinDir && !notable(p) && !sameName(p.Admin2, ctx.within.Admin2) {
				continue
			}
			if d > limit {
				continue
			}
			s += 2 - math.Min(d/80, 1)*2
			corroborated = d <= near
		}
		if ctx.rel {
			d := Distance(p.Lat, p.Lon, ctx.relLat, ctx.relLon)
			if d > 60 {
				continue
			}
			s += 2 - d/30
			corroborated = corroborated || d <= 30
		}
		if ctx.admin1 != nil && p.Feature != "A.PCLI" {
			d := Distance(p.Lat, p.Lon, ctx.admin1.Lat, ctx.admin1.Lon)
			if p.Admin1 == ctx.admin1.Admin1 && p.Country == ctx.admin1.Country {
				// the province's point is its population-weighted centre:
				// of two places of that name in it, the one nearer where
				// people live is likelier
				s += 2 + 0.5*max(0, 1-d/200)
				corroborated = true
			} else if d > 100 {
				continue
			} else {
				s -= 1
			}
		}
		if isADM2(p.Feature) && cue != "district" {
			s -= 2
		}
		if cue != "" && !cueWords[cue] && p.Feature[0] != 'P' {
			s -= 1.5
		}
		if c.user {
			s += 0.75
		}
		if c.primary {
			s += 0.15
		}
		// the spelling: the key tier, then how close the candidate's
		// nearest spelling is (several places share a key)
		cost := tierCost[c.tier]
		if (len(cs) > 1 || c.tier >= tierLoose) && !(c.tier == tierExact && !districtCue(cue) && namedForIt(&c, cs, name)) {
			// (the town a district of its province is named after has
			// that name as its own: "Azaz" is I‘zāz as much as Azaz
			// District, unless told as a district)
			cost += spellingDistance(qkeys, g.names(&c, idx, cued))
		}
		keep = append(keep, match{c, s, cost, corroborated})
	}
	return keep
}

// tierCost is the cost of a match at each tier before its spelling's.
var tierCost = [...]float64{tierExact: 0, tierArticle: 0.05, tierLoose: 0.3, tierVowel: 0.6, tierFuzzy: 1}

// arabicScript reports whether a country's places are named in Arabic
// script (or Persian, Pashto, Urdu), whose Latin spellings vary in their
// vowels: the Arabic-named countries and Afghanistan and Pakistan.
func arabicScript(country string) bool {
	return arabicNamed[country] || country == "AF" || country == "PK"
}

// sameButDoubled reports whether name is one of names (folded keys) but
// for letters written twice ("Kyaukmee", "kyaukme").
func sameButDoubled(name string, names []string) bool {
	var b [128]byte
	q := squeeze(string(fold.Stripped(b[:0], name)))
	for _, n := range names {
		if squeeze(n) == q {
			return true
		}
	}
	return false
}

// squeeze writes each run of one letter once.
func squeeze(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i] != s[i-1] {
			out = append(out, s[i])
		}
	}
	return string(out)
}

// notable reports whether p is a town a report names without further
// ado: a capital, a district seat, a place of 20,000 people or more.
func notable(p *sitrep.Place) bool {
	return featureRank(p.Feature) >= 6 || p.Population >= 20000
}

// isCity reports whether p is a town large enough to have named
// neighbourhoods of its own.
func isCity(p *sitrep.Place) bool {
	switch p.Feature {
	case "P.PPLC", "P.PPLA", "P.PPLA2":
		return true
	}
	return p.Population >= 50000
}

// rankImportance is importance with an unknown population (GeoNames
// writes 0) taken as what is usual for the feature: a district seat
// without a figure is still a town.
func rankImportance(p *sitrep.Place) float64 {
	if p.Population > 0 {
		return importance(p)
	}
	f := featureRank(p.Feature)
	switch p.Feature {
	case "P.PPLA", "P.PPLC":
		return f + 4.5
	case "P.PPLA2":
		return f + 4
	case "P.PPLA3":
		return f + 3.5
	}
	return f
}

// provinceImportance is the importance of a first-level division of
// unknown population (GeoNames gives provinces none) among the candidates
// of its name: when none of the others is a town of note (20,000 people,
// or a capital), it
// ranks as a town of some 30,000 (most provinces hold far more), above
// the villages of its name elsewhere ("Borno" is the Nigerian state, not
// a village in Lombardy); beside a town of note its feature alone ranks
// it ("Beni" is the Congolese city, not the Bolivian department).
func provinceImportance(p *sitrep.Place, cs []cand) float64 {
	if p.Feature != "A.ADM1" || p.Population > 0 {
		return rankImportance(p)
	}
	for i := range cs {
		if q := &cs[i].p; q.Feature != "A.ADM1" && cs[i].tier <= tierArticle && (q.Population >= 20000 || featureRank(q.Feature) >= 8) {
			return rankImportance(p)
		}
	}
	return featureRank(p.Feature) + 4.5
}

// target resolves the first part of a query.
func (g *Gazetteer) target(part string, ctx *qctx, alone bool) (Answer, bool) {
	// alternatives: "Tadmur/Palmyra", "Jalbara village/ Anabka Poultry farm"
	alts := reAlso.Split(part, -1)
	list := false
	if !strings.Contains(strings.ToLower(part), "between ") {
		// "Hit and Thaiyala": the first place that resolves, not
		// precisely (the event is at several)
		var and []string
		for _, a := range alts {
			and = append(and, reAnd.Split(a, -1)...)
		}
		list = len(and) > len(alts)
		alts = and
	}
	if list {
		a, ok := g.target(strings.Join(alts, " / "), ctx, alone)
		if ok {
			a.Precision = max(a.Precision, 2)
		}
		return a, ok
	}
	alts = splitScripts(alts)
	var fallback *Answer
	for _, alt := range alts {
		alt = strings.TrimSpace(alt)
		if alt == "" {
			continue
		}
		a, ok, exact := g.targetOne(alt, ctx, alone)
		if ok && exact {
			return a, true
		}
		if ok && fallback == nil {
			fallback = &a
		}
	}
	if fallback != nil {
		return *fallback, true
	}
	return g.contextAnswer(ctx, strings.TrimSpace(alts[0]))
}

// splitScripts splits an alternative written in both Arabic and Latin
// script ("الطبقة Tabaqa") into one alternative per script, Latin first.
func splitScripts(alts []string) []string {
	out := alts[:0:0]
	for _, a := range alts {
		if !fold.IsArabic(a) {
			out = append(out, a)
			continue
		}
		var latin, arabic []string
		for _, w := range strings.Fields(a) {
			if fold.IsArabic(w) {
				arabic = append(arabic, w)
			} else {
				latin = append(latin, w)
			}
		}
		if len(latin) == 0 || len(arabic) == 0 {
			out = append(out, a)
			continue
		}
		out = append(out, strings.Join(latin, " "), strings.Join(arabic, " "))
	}
	return out
}

// contextAnswer falls back to what the context gives: the offset point,
// the enclosing place, the province.
func (g *Gazetteer) contextAnswer(ctx *qctx, name string) (Answer, bool) {
	switch {
	case ctx.rel:
		a := Answer{Name: name, Lat: ctx.relLat, Lon: ctx.relLon, Country: ctx.relAnchor.Country,
			Admin1: ctx.relAnchor.Admin1, Precision: 2, Relative: ctx.relText, Within: ctx.relAnchor.Name}
		return a, true
	case ctx.within != nil:
		a := answerOf(ctx.within, 2)
		a.Within = ctx.within.Name
		return a, true
	case ctx.admin1 != nil:
		return answerOf(ctx.admin1, 3), true
	}
	return Answer{}, false
}

// targetOne resolves one alternative of the first part. exact reports a
// precision-1 answer.
func (g *Gazetteer) targetOne(s string, ctx *qctx, alone bool) (Answer, bool, bool) {
	// "50 km west of Mosul"
	if m := reRelative.FindStringSubmatch(s); m != nil {
		if km, ok := parseKm(m[1], m[2]); ok {
			if b, ok := bearingOf(m[3]); ok {
				if p := g.resolvePlace(m[4], ctx); p != nil {
					lat, lon := Offset(p.Lat, p.Lon, km, b)
					return Answer{Name: s, Lat: lat, Lon: lon, Country: p.Country, Admin1: p.Admin1, Precision: 2,
						Relative: s, Within: p.Name}, true, false
				}
			}
		}
	}
	// "road between Bayji town and Seneia": the midpoint, precision 2
	if m := reBetween.FindStringSubmatch(s); m != nil {
		a1, ok1, _ := g.targetOne(m[1], ctx, false)
		a2, ok2, _ := g.targetOne(m[2], ctx, false)
		switch {
		case ok1 && ok2 && Distance(a1.Lat, a1.Lon, a2.Lat, a2.Lon) < 150:
			a1.Lat, a1.Lon = (a1.Lat+a2.Lat)/2, (a1.Lon+a2.Lon)/2
			a1.Name, a1.Precision, a1.Place, a1.GeonameID = s, 2, nil, 0
			return a1, true, false
		case ok1:
			a1.Precision = max(a1.Precision, 2)
			return a1, true, false
		case ok2:
			a2.Precision = max(a2.Precision, 2)
			return a2, true, false
		}
		return Answer{}, false, false
	}
	// "X village near Y", "X neighbourhood of West Mosul", "X village in Y"
	for _, sep := range []string{" near ", " nr ", " nr. ", " in ", " of ", " outside ", " close to ", "dir"} {
		var head, tail string
		if sep == "dir" {
			// "Al Ba'aj west of Mosul": the tail keeps its direction
			loc := reDirSep.FindStringIndex(s)
			if loc == nil || loc[0] == 0 {
				continue
			}
			head, tail = s[:loc[0]], s[loc[0]+1:]
		} else {
			i := strings.Index(strings.ToLower(s), sep)
			if i <= 0 {
				continue
			}
			head, tail = s[:i], s[i+len(sep):]
		}
		if sep == " of " {
			// only after a cue word: "Al Mansour neighborhood of West Mosul"
			if _, c := stripCue(head); c == "" || c == "outskirts" || c == "countryside" {
				continue
			}
		}
		sub := *ctx
		g.readContext(tail, &sub, true)
		if sub.within == nil && sub.admin1 == ctx.admin1 {
			continue
		}
		if sub.within != nil && sep != " in " && sep != " of " && sep != "dir" && !sub.withinDir {
			sub.withinNear = true
		}
		a, ok, exact := g.targetOne(head, &sub, false)
		if ok {
			return a, true, exact
		}
		a, ok = g.contextAnswer(&sub, strings.TrimSpace(head))
		if ok && a.Precision < 2 {
			a.Precision = 2
		}
		return a, ok, false
	}
	// "near Tabaqa", "outskirts of Mosul", "north of Baghdad", "Northern Idlib"
	if m := reNearOf.FindStringSubmatch(s); m != nil {
		a, ok, _ := g.targetOne(m[1], ctx, false)
		if ok {
			a.Precision = max(a.Precision, 2)
			a.Why = cmp.Or(a.Why, "near the place named, placed at it")
		}
		return a, ok, false
	}
	if m := reDirOf.FindStringSubmatch(s); m != nil {
		if _, ok := bearingOf(m[1]); ok {
			a, ok, _ := g.targetOne(m[2], ctx, false)
			if ok {
				a.Precision = max(a.Precision, 2)
				a.Why = cmp.Or(a.Why, "off the place named, placed at it")
			}
			return a, ok, false
		}
	}
	// the longest form the gazetteer knows: "Mosul Dam Lake" is at the
	// Mosul Dam, "Kafr Batna suburb" at Kafr Batna
	name, cue := stripCue(s)
	var m match
	var ok, ambiguous bool
	for _, f := range cueForms(s) {
		if m, ok, ambiguous = g.best(f.name, ctx, f.cue, f.name == name); ok {
			if !answersCue(f.cue, &m.c.p) {
				// "Oxford Street" in Belfast is no street of Oxford
				ok = false
				continue
			}
			name, cue = f.name, f.cue
			break
		}
	}
	if ok {
		c := m.c
		prec, why := 1, ""
		switch {
		case c.p.Feature == "A.ADM1" || c.p.Feature == "A.PCLI" || c.p.Feature == "L.RGN" || c.p.Feature == featADM2Province:
			prec = 3
		case c.p.Feature == featArea:
			prec, why = 2, "a named area, placed at its centre"
		case ambiguous:
			prec, why = 2, "one of several places of that name: an enclosing place or a country tells which"
		case facilityCue[cue]:
			prec, why = 2, "a site named for the place, placed at it"
		case smallCue[cue] && isCity(&c.p):
			// "Al Hamah suburb" is not the city of Hama
			prec, why = 2, "a part of the place, placed at it"
		case c.tier >= tierVowel:
			prec, why = 2, "a spelling that differs in its vowels or by a letter"
		case c.tier != tierExact && !m.corroborated && !notable(&c.p):
			// "Ziyarah" for Az Ziyarah: villages with and without the
			// article are often different villages
			prec, why = 2, "the name with or without its article, often another village"
		}
		a := answerOf(&c.p, prec)
		a.Why = why
		a.Match = matchNames[c.tier]
		if ctx.within != nil {
			a.Within = ctx.within.Name
		}
		return a, true, prec == 1
	}
	if m := reDirAdj.FindStringSubmatch(name); m != nil {
		a, ok, _ := g.targetOne(m[2], ctx, false)
		if ok {
			a.Precision = max(a.Precision, 2)
			a.Why = cmp.Or(a.Why, "a part of the place, placed at it")
		}
		return a, ok, false
	}
	// "Samarra Dam" the gazetteer lacks: the place the facility is named for
	if facilityCue[cue] && !namedForOther[cue] && name != s {
		if m, ok, _ := g.best(name, ctx, "town", false); ok {
			return answerOf(&m.c.p, 2), true, false
		}
	}
	_ = fold.IsArticle
	return Answer{}, false, false
}
