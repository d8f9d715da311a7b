// Package gazetteer finds and resolves place names: an embedded GeoNames
// default (cities500 with Latin and Arabic alternates, first- and
// second-level divisions and countries), user gazetteers laid over it (GeoNames dumps,
// CSV lists), lookup by any spelling reports use (transliteration variants,
// the Arabic article, diacritics, Arabic script), free-text geocoding of
// place descriptions ("Zanjili neighbourhood, Mosul, Nineveh province,
// Iraq"), and the place mentions of a whole document with their role
// words, enclosing places and relative offsets.
//
// The default is rebuilt by `go generate ./gazetteer` (see internal/build).
package gazetteer

//go:generate go run ./internal/build -data ../../shared/data/geonames -aliases aliases.txt -features features.txt -places places.txt -out default.sgz -neighbours neighbours.txt

import (
	"cmp"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"github.com/sitrep/sitrep/gazetteer/internal/format"
)

//go:embed default.sgz
var defaultData string

// Gazetteer is a place index: the embedded default, optionally with user
// places laid over it. It is immutable once built and safe for concurrent
// use.
type Gazetteer struct {
	base   *format.Table
	shared *baseShared // per-country views of base, shared by all gazetteers over it
	user   []sitrep.Place
	ukeys  map[string][]int32 // key (kind byte + folded) → user place index
	uidx   *userIndex         // loose keys of the user places, built on first use
	lex    *Lexicon           // nil: the default
	known  *nameCache         // whether a name is in the gazetteer, across documents
	// loose holds hasAny's answers at tierLoose (whether a name is some
	// place's, its transliteration variants included), across documents
	loose *nameCache
	// lookups holds lookup's answers across documents (nil while With
	// is still building the gazetteer)
	lookups *lookupCache
}

// nameCache remembers, for every Find, whether a name is some place's
// (names recur from report to report); it stops growing at maxNames.
type nameCache struct {
	mu sync.RWMutex
	m  map[string]bool // name as written → whether it is a place's
}

const maxNames = 200_000

func (c *nameCache) get(name string) (v, ok bool) {
	if c == nil {
		return false, false
	}
	c.mu.RLock()
	v, ok = c.m[name]
	c.mu.RUnlock()
	return v, ok
}

func (c *nameCache) put(name string, v bool) {
	if c == nil {
		return
	}
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]bool{}
	}
	if len(c.m) < maxNames {
		if _, ok := c.m[name]; !ok {
			c.m[strings.Clone(name)] = v // not the report's text, which the key would keep alive
		}
	}
	c.mu.Unlock()
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded GeoNames gazetteer, loaded once and shared;
// safe for concurrent use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultGaz, defaultErr = openDefault() })
	return defaultGaz, defaultErr
}

// openDefault opens the embedded file; nothing is copied or decoded but
// the small admin1, country and feature tables.
func openDefault() (*Gazetteer, error) {
	t, err := format.Open(defaultData)
	if err != nil {
		return nil, fmt.Errorf("open embedded gazetteer: %w", err)
	}
	return &Gazetteer{base: t, shared: &baseShared{}, known: &nameCache{}, loose: &nameCache{}, lookups: &lookupCache{}}, nil
}

// New returns a gazetteer of the given places only, without the default:
// for tests and for users who want nothing but their own list.
func New(places []sitrep.Place) *Gazetteer {
	return (&Gazetteer{}).With(places)
}

// Len is the number of places, default and user.
func (g *Gazetteer) Len() int {
	n := len(g.user)
	if g.base != nil {
		n += g.base.Len()
	}
	return n
}

// With returns a gazetteer that lays user places over g; a user place wins
// over a default one of the same name and area (within 25 km). A user
// place's first-level division is renamed to the default's spelling when
// the default knows it ("Ninewa" → "Nineveh"), so both agree on areas.
func (g *Gazetteer) With(places []sitrep.Place) *Gazetteer {
	ng := &Gazetteer{base: g.base, shared: g.shared, ukeys: map[string][]int32{}, uidx: &userIndex{}, lex: g.lex, known: &nameCache{}, loose: &nameCache{}}
	ng.user = make([]sitrep.Place, 0, len(g.user)+len(places))
	ng.user = append(ng.user, g.user...)
	ng.user = append(ng.user, places...)
	ng.user = append(ng.user, districts(places)...)
	canon := map[string]string{}
	var buf []byte
	for i := range ng.user {
		p := &ng.user[i]
		if p.Feature == "" {
			p.Feature = "P.PPL"
		}
		if p.Admin1 != "" && g.base != nil {
			k := p.Country + "\x00" + p.Admin1
			c, ok := canon[k]
			if !ok {
				c = p.Admin1
				if a, ok := ng.adminPlace(p.Admin1, p.Country); ok {
					c = a.Name
				}
				canon[k] = c
			}
			p.Admin1 = c
		}
		buf = format.Keys(p, func(k []byte, _ bool) {
			l := ng.ukeys[string(k)]
			if len(l) > 0 && l[len(l)-1] == int32(i) {
				return
			}
			ng.ukeys[string(k)] = append(l, int32(i))
		}, buf)
	}
	ng.lookups = &lookupCache{}
	return ng
}

// districts makes one place per second-level division that user places
// name (feature A.ADM2), at the mean of its places, so "Makhmur district"
// resolves even when no locality has that name.
func districts(places []sitrep.Place) []sitrep.Place {
	type acc struct {
		lat, lon float64
		n        int
		first    *sitrep.Place
	}
	m := map[[3]string]*acc{}
	var order [][3]string
	for i := range places {
		p := &places[i]
		if p.Admin2 == "" || isADM2(p.Feature) {
			continue
		}
		k := [3]string{p.Country, p.Admin1, p.Admin2}
		a := m[k]
		if a == nil {
			a = &acc{first: p}
			m[k] = a
			order = append(order, k)
		}
		a.lat += p.Lat
		a.lon += p.Lon
		a.n++
	}
	out := make([]sitrep.Place, 0, len(order))
	for i, k := range order {
		a := m[k]
		out = append(out, sitrep.Place{ID: -int64(1_000_000_000 + i), Name: k[2], Lat: a.lat / float64(a.n), Lon: a.lon / float64(a.n),
			Country: k[0], Admin1: k[1], Admin2: k[2], Feature: "A.ADM2", Gazetteer: a.first.Gazetteer})
	}
	return out
}

// adminPlace finds the first-level division named name in country.
func (g *Gazetteer) adminPlace(name, country string) (sitrep.Place, bool) {
	for _, c := range g.lookup(name, country, tierArticle) {
		if c.p.Feature == "A.ADM1" {
			return c.p, true
		}
	}
	return sitrep.Place{}, false
}

// Match tiers: how loosely a candidate's name matched the query.
const (
	tierExact   = 0 // same exact key
	tierArticle = 1 // same after removing articles
	tierLoose   = 2 // same loose transliteration key
)

// cand is one lookup candidate.
type cand struct {
	p       sitrep.Place
	tier    int
	primary bool
	user    bool
	id      int // base index, or -1-user index
}

const maxPostings = 4000 // loose keys of very common shapes are cut here

// lookupCache remembers lookups across reports (names recur from report
// to report); it stops growing at maxCachedCands candidates held.
type lookupCache struct {
	mu sync.RWMutex
	m  map[lookupKey][]cand
	n  int // candidates held
}

type lookupKey struct {
	name, country string
	maxTier       int
}

const maxCachedCands = 100_000

// lookup gathers the candidates of a name up to maxTier, limited to country
// when given, best first. The caller may change the slice it gets.
func (g *Gazetteer) lookup(name, country string, maxTier int) []cand {
	c := g.lookups
	if c == nil {
		return g.lookupUncached(name, country, maxTier)
	}
	k := lookupKey{name, country, maxTier}
	c.mu.RLock()
	cs, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return slices.Clone(cs)
	}
	cs = g.lookupUncached(name, country, maxTier)
	c.mu.Lock()
	if _, ok := c.m[k]; !ok && c.n+len(cs) <= maxCachedCands {
		if c.m == nil {
			c.m = map[lookupKey][]cand{}
		}
		// copies: the name is the report's text, which the key would keep
		// alive, and the caller may change its slice
		c.m[lookupKey{strings.Clone(name), strings.Clone(country), maxTier}] = slices.Clone(cs)
		c.n += len(cs)
	}
	c.mu.Unlock()
	return cs
}

// lookupUncached is lookup without the cache.
func (g *Gazetteer) lookupUncached(name, country string, maxTier int) []cand {
	var kb [3][]byte
	var arr [3][128]byte
	exact := fold.Exact(arr[0][:0], name)
	stripped := fold.Stripped(arr[1][:0], name)
	kb[0], kb[1] = exact, stripped
	if len(exact) == 0 {
		return nil
	}
	var out []cand
	seen := map[int]int{}
	add := func(c cand) {
		if j, ok := seen[c.id]; ok {
			if c.tier < out[j].tier || c.tier == out[j].tier && c.primary && !out[j].primary {
				out[j].tier, out[j].primary = c.tier, c.primary
			}
			return
		}
		seen[c.id] = len(out)
		out = append(out, c)
	}
	var key [130]byte
	probe := func(kind byte, k []byte, tier int) {
		kk := append(append(key[:0], kind), k...)
		if g.base != nil {
			n := 0
			g.base.Find(kk, func(i int, primary bool) bool {
				n++
				if n > maxPostings {
					return false
				}
				if country != "" && g.base.Country(i) != country {
					return true
				}
				if _, ok := seen[i]; ok {
					j := seen[i]
					if tier < out[j].tier {
						out[j].tier = tier
					}
					return true
				}
				add(cand{p: g.base.Place(i), tier: tier, primary: primary, id: i})
				return true
			})
		}
		for _, ui := range g.ukeys[string(kk)] {
			p := &g.user[ui]
			if country != "" && p.Country != country {
				continue
			}
			add(cand{p: *p, tier: tier, primary: true, user: true, id: -1 - int(ui)})
		}
	}
	probe(format.KindExact, exact, tierExact)
	probe(format.KindStripped, exact, tierArticle)
	if string(stripped) != string(exact) && len(stripped) > 0 {
		probe(format.KindExact, stripped, tierArticle)
		probe(format.KindStripped, stripped, tierArticle)
	}
	if len(out) == 0 {
		// a romanisation's other spelling ("Debre Marqos", Debre
		// Mark'os): a place of a country the rule is for, as good as
		// the name written so
		for _, v := range translitVariants(string(fold.Words(arr[2][:0], name))) {
			g.eachKeyed(format.KindExact, v.key, func(c cand) {
				if slices.Contains(v.countries, c.p.Country) && (country == "" || c.p.Country == country) {
					c.tier = tierArticle
					add(c)
				}
			})
		}
	}
	if maxTier >= tierLoose {
		if lk := fold.Loose(arr[2][:0], name); len(lk) >= 3 {
			probe(format.KindLoose, lk, tierLoose)
		}
		// ch is sh in French spellings (Cheikh) but the Kurdish and
		// Persian ch that Arabic writes j in others (Halabchah, Halabja)
		if hasCh(name) {
			v := strings.ReplaceAll(strings.ReplaceAll(name, "ch", "j"), "Ch", "J")
			if lk := fold.Loose(arr[2][:0], v); len(lk) >= 3 {
				probe(format.KindLoose, lk, tierLoose)
			}
		}
	}
	out = g.suppress(out)
	return rankCands(out)
}

// rankCands orders candidates by tier, then by importance (most important
// first), keeping the order of equals: what a stable sort by those keys
// gives, with each importance worked out once and the candidates moved
// once, not at every swap.
func rankCands(cs []cand) []cand {
	if len(cs) < 2 {
		return cs
	}
	type key struct {
		tier int
		imp  float64
		i    int
	}
	keys := make([]key, len(cs))
	sorted := true
	for i := range cs {
		keys[i] = key{cs[i].tier, importance(&cs[i].p), i}
		if i > 0 && (keys[i].tier < keys[i-1].tier || keys[i].tier == keys[i-1].tier && keys[i].imp > keys[i-1].imp) {
			sorted = false
		}
	}
	if sorted {
		return cs
	}
	slices.SortStableFunc(keys, func(a, b key) int {
		if a.tier != b.tier {
			return cmp.Compare(a.tier, b.tier)
		}
		switch {
		case a.imp > b.imp:
			return -1
		case a.imp < b.imp:
			return 1
		}
		return 0
	})
	out := make([]cand, len(cs))
	for i, k := range keys {
		out[i] = cs[k.i]
	}
	return out
}

// hasAny reports whether lookup(name, "", maxTier) finds any candidate,
// without decoding one: whether any of its keys files a place. The
// answers at tierLoose are kept (names recur from report to report).
func (g *Gazetteer) hasAny(name string, maxTier int) bool {
	if maxTier != tierLoose {
		return g.hasAnyUncached(name, maxTier)
	}
	if v, ok := g.loose.get(name); ok {
		return v
	}
	v := g.hasAnyUncached(name, maxTier)
	g.loose.put(name, v)
	return v
}

// hasAnyUncached is hasAny, read from the keys.
func (g *Gazetteer) hasAnyUncached(name string, maxTier int) bool {
	var arr [3][128]byte
	exact := fold.Exact(arr[0][:0], name)
	if len(exact) == 0 {
		return false
	}
	stripped := fold.Stripped(arr[1][:0], name)
	var key [130]byte
	probe := func(kind byte, k []byte) bool {
		kk := append(append(key[:0], kind), k...)
		if g.base != nil && g.base.Find(kk, func(int, bool) bool { return false }) > 0 {
			return true
		}
		return len(g.ukeys[string(kk)]) > 0
	}
	if probe(format.KindExact, exact) || probe(format.KindStripped, exact) {
		return true
	}
	if string(stripped) != string(exact) && len(stripped) > 0 {
		if probe(format.KindExact, stripped) || probe(format.KindStripped, stripped) {
			return true
		}
	}
	if g.translitKnown(name) {
		return true
	}
	if maxTier >= tierLoose {
		if lk := fold.Loose(arr[2][:0], name); len(lk) >= 3 && probe(format.KindLoose, lk) {
			return true
		}
		if hasCh(name) {
			v := strings.ReplaceAll(strings.ReplaceAll(name, "ch", "j"), "Ch", "J")
			if lk := fold.Loose(arr[2][:0], v); len(lk) >= 3 && probe(format.KindLoose, lk) {
				return true
			}
		}
	}
	return false
}

// hasCh reports whether s holds "ch" in any case.
func hasCh(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i]|0x20 == 'c' && s[i+1]|0x20 == 'h' {
			return true
		}
	}
	return false
}

// suppress drops the default candidates that a user candidate of the same
// or a closer match lies within 25 km of: the user's entry wins. It
// takes over what the user's list does not say and the default does — the
// population and a more telling feature code (a user "Mosul" is still the
// provincial capital) — so it ranks as the place it is.
func (g *Gazetteer) suppress(cs []cand) []cand {
	for i := range cs {
		if !cs[i].user || cs[i].p.Feature != "" && cs[i].p.Feature[0] != 'P' {
			continue // a district's mean point is no town
		}
		for j := range cs {
			if cs[j].user || cs[j].tier < 0 || cs[j].tier < cs[i].tier || cs[j].p.Feature[0] != 'P' {
				continue
			}
			if Distance(cs[i].p.Lat, cs[i].p.Lon, cs[j].p.Lat, cs[j].p.Lon) <= 25 {
				cs[j].tier = -1
				u, d := &cs[i].p, &cs[j].p
				if u.Population == 0 {
					u.Population = d.Population
				}
				if (u.Feature == "" || u.Feature == "P.PPL") && featureRank(d.Feature) > featureRank(u.Feature) {
					u.Feature = d.Feature
				}
			}
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if c.tier >= 0 {
			out = append(out, c)
		}
	}
	return out
}

// featureRank orders GeoNames feature codes by how likely a report means
// them when it names a place.
func featureRank(f string) float64 {
	switch f {
	case "P.PPLC":
		return 10
	case "A.PCLI":
		return 9
	case "P.PPLA":
		return 8
	case "A.ADM1":
		return 6.5
	case "L.RGN", featArea: // a region its divisions are named after ("Darfur"), a named area ("Sambisa Forest")
		return 6.4
	case "A.ADM2", featADM2Province:
		return 5.5
	case "P.PPLA2":
		return 6
	case "P.PPLA3":
		return 5
	case "P.PPLA4", "P.PPLG":
		return 4
	case "P.PPL", "":
		return 3
	}
	if strings.HasPrefix(f, "P.") {
		return 2
	}
	return 1
}

// importance scores a place for ranking equally good name matches.
func importance(p *sitrep.Place) float64 {
	return featureRank(p.Feature) + math.Log10(float64(p.Population)+1)
}

// Lookup returns the candidates for a name as written in a report (any
// spelling its keys handle: exact, article-stripped, then transliteration
// skeleton), best first, optionally limited to a country ("" = any).
func (g *Gazetteer) Lookup(name, country string) []sitrep.Place {
	cs := g.lookup(name, country, tierLoose)
	out := make([]sitrep.Place, len(cs))
	for i := range cs {
		out[i] = cs[i].p
	}
	return out
}

// Distance is the great-circle distance in km between two points.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, h)))
}

// Offset returns the point km away from (lat, lon) on the given bearing
// (degrees clockwise from north), along a great circle.
func Offset(lat, lon, km, bearing float64) (float64, float64) {
	const r = 6371.0
	d := km / r
	b := bearing * math.Pi / 180
	p1, l1 := lat*math.Pi/180, lon*math.Pi/180
	p2 := math.Asin(math.Sin(p1)*math.Cos(d) + math.Cos(p1)*math.Sin(d)*math.Cos(b))
	l2 := l1 + math.Atan2(math.Sin(b)*math.Sin(d)*math.Cos(p1), math.Cos(d)-math.Sin(p1)*math.Sin(p2))
	lon2 := math.Mod(l2*180/math.Pi+540, 360) - 180
	return p2 * 180 / math.Pi, lon2
}

// eachKeyed calls fn with each place (of the default, then the user's)
// that key of kind files, at tier 0; at most maxPostings of the default.
func (g *Gazetteer) eachKeyed(kind byte, key string, fn func(cand)) {
	kk := append([]byte{kind}, key...)
	if g.base != nil {
		n := 0
		g.base.Find(kk, func(i int, primary bool) bool {
			n++
			if n > maxPostings {
				return false
			}
			fn(cand{p: g.base.Place(i), primary: primary, id: i})
			return true
		})
	}
	for _, ui := range g.ukeys[string(kk)] {
		fn(cand{p: g.user[ui], primary: true, user: true, id: -1 - int(ui)})
	}
}

// translitKnown reports whether some spelling of name a rule of
// translit.txt makes is a place of a country the rule is for.
func (g *Gazetteer) translitKnown(name string) bool {
	var arr [128]byte
	for _, v := range translitVariants(string(fold.Words(arr[:0], name))) {
		found := false
		g.eachKeyed(format.KindExact, v.key, func(c cand) {
			found = found || slices.Contains(v.countries, c.p.Country)
		})
		if found {
			return true
		}
	}
	return false
}
