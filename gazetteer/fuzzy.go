package gazetteer

import (
	_ "embed"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"github.com/sitrep/sitrep/gazetteer/internal/format"
	"github.com/sitrep/sitrep/gazetteer/internal/geonames"
)

// This file holds what free-text geocoding needs beyond key lookups: the
// spellings of every place of a country (to rank loose transliteration
// matches by how close the spelling really is) and an edit-distance
// fallback over loose keys for typos and spellings the keys miss
// ("Falluhah", "Hitl", "Sbeikhan"). Both are built once per country on
// first use from the embedded key table (a few tens of milliseconds) and
// never used by Find.

// Match tiers beyond the keys of the index: a candidate whose loose key
// differs from the query's in vowels only, or by one edit.
const (
	tierVowel = 3
	tierFuzzy = 4
)

// countryNames is the per-country view of the embedded default.
type countryNames struct {
	names map[int][]string // base place → its exact and article-stripped keys
	loose []looseEntry     // every loose key of the country's places
}

// looseEntry is one loose key and the place it belongs to: a base index,
// or -1-user index.
type looseEntry struct {
	key string
	id  int
}

// baseShared is shared by every gazetteer laid over the same default.
type baseShared struct {
	mu        sync.Mutex
	countries map[string]*countryNames
	points    map[string][][2]float64 // country → where its populated places are
	capitals  map[string]int          // country → its capital's index in the default, or -1
}

// userIndex is the same for a gazetteer's user places, all countries.
type userIndex struct {
	once   sync.Once
	loose  map[string][]looseEntry // country → entries
	arabic map[string][]looseEntry // country → consonant skeletons of Arabic-script names
	points map[string][][2]float64 // country → where its user places are
}

// countryIndex returns the per-country view of the default, building it
// on first use.
func (g *Gazetteer) countryIndex(country string) *countryNames {
	if g.base == nil || g.shared == nil || country == "" {
		return nil
	}
	s := g.shared
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.countries[country]; ok {
		return c
	}
	c := &countryNames{names: map[int][]string{}}
	t := g.base
	in := t.InCountry(country)
	has := func(i int) bool { return in[i>>6]&(1<<(i&63)) != 0 }
	for _, kind := range []byte{format.KindExact, format.KindStripped} {
		t.Walk(kind, func(key []byte, place int, _ bool) {
			if has(place) {
				c.names[place] = append(c.names[place], string(key[1:]))
			}
		})
	}
	t.Walk(format.KindLoose, func(key []byte, place int, _ bool) {
		if has(place) {
			c.loose = append(c.loose, looseEntry{string(key[1:]), place})
		}
	})
	if s.countries == nil {
		s.countries = map[string]*countryNames{}
	}
	s.countries[country] = c
	return c
}

// basePoints returns where the default's populated places of a country
// are (one pass over the place records, cached).
func (g *Gazetteer) basePoints(country string) [][2]float64 {
	s := g.shared
	s.mu.Lock()
	defer s.mu.Unlock()
	if pts, ok := s.points[country]; ok {
		return pts
	}
	in := g.base.InCountry(country)
	var pts [][2]float64
	for w, word := range in {
		for word != 0 {
			i := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			if p := g.base.Place(i); p.Feature != "" && p.Feature[0] == 'P' {
				pts = append(pts, [2]float64{p.Lat, p.Lon})
			}
		}
	}
	if s.points == nil {
		s.points = map[string][][2]float64{}
	}
	s.points[country] = pts
	return pts
}

// userLoose returns the loose keys of the user places of a country.
func (g *Gazetteer) userLoose(country string) []looseEntry {
	if u := g.userIdx(); u != nil {
		return u.loose[country]
	}
	return nil
}

// userIdx returns the index of the user places, building it on first use.
func (g *Gazetteer) userIdx() *userIndex {
	if g.uidx == nil {
		return nil
	}
	u := g.uidx
	u.once.Do(func() {
		u.loose = map[string][]looseEntry{}
		u.points = map[string][][2]float64{}
		u.arabic = map[string][]looseEntry{}
		var buf []byte
		for i := range g.user {
			p := &g.user[i]
			for _, n := range append([]string{p.Name}, p.Alternates...) {
				if fold.IsArabic(n) {
					for _, k := range arabicSkeletons(n) {
						u.arabic[p.Country] = append(u.arabic[p.Country], looseEntry{k, -1 - i})
					}
				}
			}
			u.points[p.Country] = append(u.points[p.Country], [2]float64{p.Lat, p.Lon})
			buf = format.Keys(p, func(k []byte, _ bool) {
				if k[0] == format.KindLoose {
					u.loose[p.Country] = append(u.loose[p.Country], looseEntry{string(k[1:]), -1 - i})
				}
			}, buf)
		}
	})
	return u
}

// countryDistance is the distance in km from (lat, lon) to the nearest
// populated place of country, default or user, not counting places within
// half a kilometre (the point itself); +Inf when there is none.
func (g *Gazetteer) countryDistance(lat, lon float64, country string) float64 {
	var lists [][][2]float64
	if g.base != nil && g.shared != nil {
		lists = append(lists, g.basePoints(country))
	}
	if u := g.userIdx(); u != nil {
		lists = append(lists, u.points[country])
	}
	best := math.Inf(1)
	for _, l := range lists {
		for _, pt := range l {
			if d := roughKm(lat, lon, pt[0], pt[1]); d < best && d > 0.5 {
				best = d
			}
		}
	}
	return best
}

// borderZone reports whether p lies about as near the places of country
// as those of its own: within 30 km of one, or nearer than 1.5 times the
// distance to its own country's next place (a desert camp on the border).
func (g *Gazetteer) borderZone(p *sitrep.Place, country string) bool {
	d := g.countryDistance(p.Lat, p.Lon, country)
	return d <= 30 || d <= 1.5*g.countryDistance(p.Lat, p.Lon, p.Country)
}

//go:embed neighbours.txt
var neighboursData string

var (
	neighboursOnce sync.Once
	neighboursMap  map[string][]string
)

// Neighbours reports whether countries a and b share a border.
func Neighbours(a, b string) bool { return slices.Contains(neighbours(a), b) }

// neighbours returns the countries that border country (GeoNames
// countryInfo.txt, see internal/build).
func neighbours(country string) []string {
	neighboursOnce.Do(func() {
		neighboursMap = map[string][]string{}
		for _, line := range strings.Split(neighboursData, "\n") {
			cc, list, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(cc, "#") {
				continue
			}
			neighboursMap[cc] = strings.Split(strings.TrimSpace(list), ",")
		}
	})
	return neighboursMap[country]
}

// names returns the folded spellings (exact and article-stripped keys) of
// a candidate: all of them for user places and for default places of a
// country whose index is built, else the main name's. A user place's name
// without generic trailing words ("Al-Khalidiya Central", "Latifiya 1")
// counts as a spelling of it; without a generic leading word ("Hay Al
// Latifiyah", the Latifiyah neighbourhood) it does only when cued says the
// query names such a place itself, else it stays a near spelling.
func (g *Gazetteer) names(c *cand, idx *countryNames, cued bool) []string {
	if !c.user && idx != nil {
		if ns, ok := idx.names[c.id]; ok {
			return ns
		}
	}
	var out []string
	var buf []byte
	add := func(n string) {
		buf = fold.Exact(buf[:0], n)
		out = append(out, string(buf))
		buf = fold.Stripped(buf[:0], n)
		if string(buf) != out[len(out)-1] {
			out = append(out, string(buf))
		}
	}
	addBase := func(n string) {
		if b, lead := format.BaseName(n); b != "" && (!lead || cued) {
			add(b)
		}
	}
	add(c.p.Name)
	if isDivision(c.p.Feature) {
		// "Borno" is as near a spelling of Borno State as it is of a
		// village called Borno: reports name divisions without their
		// kind word (the index holds that form as a key too)
		if b := geonames.DivisionName(c.p.Name); b != c.p.Name {
			add(b)
		}
	}
	if c.user {
		addBase(c.p.Name)
		for _, a := range c.p.Alternates {
			add(a)
			addBase(a)
		}
	}
	return out
}

// spellingDistance is how far, 0 (same) to 1 (nothing alike), the closest
// spelling of a candidate is from the query's keys: the weighted edit
// distance of the keys (see editCost) over the longer length.
func spellingDistance(query []string, names []string) float64 {
	best := 1.0
	for _, q := range query {
		q = longVowels.Replace(q)
		for _, n := range names {
			n = longVowels.Replace(n)
			d := editCost(q, n) / float64(max(len(q), len(n), 1))
			if d < best {
				best = d
			}
		}
	}
	return best
}

// longVowels writes the English spellings of the long vowels as the
// vowel: "ee" is ī and "oo" is ū ("Muhamdee" for Muhammadi, "Rasheed"
// for Rashid, "Jubboor" for Jubur), the same vowel a careful
// transliteration writes once.
var longVowels = strings.NewReplacer("ee", "i", "oo", "u")

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// editCost is a Levenshtein distance (on at most 64 bytes of each key)
// that counts what transliterations vary in as half an edit: one vowel
// for another, a doubled letter written once, a vowel written or not.
// "Sarrin" is 0.5 from "Sirrin" but 1.5 from "Sawran".
func editCost(a, b string) float64 {
	if len(a) > 64 {
		a = a[:64]
	}
	if len(b) > 64 {
		b = b[:64]
	}
	indel := func(s string, i int) float64 { // cost of s[i] alone
		if isVowelByte(s[i]) || i > 0 && s[i-1] == s[i] || i+1 < len(s) && s[i+1] == s[i] {
			return 0.5
		}
		return 1
	}
	var prev, cur [65]float64
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + indel(b, j-1)
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = prev[0] + indel(a, i-1)
		for j := 1; j <= len(b); j++ {
			sub := 0.0
			if x, y := a[i-1], b[j-1]; x != y {
				sub = 1
				if isVowelByte(x) && isVowelByte(y) {
					sub = 0.5
				}
			}
			cur[j] = min(prev[j-1]+sub, prev[j]+indel(a, i-1), cur[j-1]+indel(b, j-1))
		}
		prev = cur
	}
	return prev[len(b)]
}

// skeleton appends the loose key k without its vowel marks ('a'): two
// loose keys with the same skeleton differ only in written vowels
// ("galabaya" Ghalibiya, "galbaya" Ghalbiya).
func skeleton(dst []byte, k string) []byte {
	for i := 0; i < len(k); i++ {
		if k[i] != 'a' {
			dst = append(dst, k[i])
		}
	}
	return dst
}

// withinOneEdit reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of neighbours.
func withinOneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swap
	}
	return a[i:] == b[i+1:] // b has one letter more
}

// fuzzy returns the places of a country whose loose key differs from the
// loose key of name only in its vowels (tierVowel: "Ghalibiya" and
// "Ghalbiya", "Sbeikhan" and "Subaykhan"; skeletons of at least 3
// consonants) or by one edit (tierFuzzy: "Falluhah", "Hitl"; keys of at
// least 4 letters).
func (g *Gazetteer) fuzzy(name, country string) []cand {
	if country == "" {
		return nil
	}
	var arr, sk, ek [128]byte
	lk := string(fold.Loose(arr[:0], name))
	if len(lk) < 4 {
		return nil
	}
	skel := skeleton(sk[:0], lk)
	var out []cand
	seen := map[int]bool{}
	add := func(e looseEntry) {
		if e.key == lk || seen[e.id] {
			return
		}
		tier := tierFuzzy
		if len(skel) >= 4 && string(skeleton(ek[:0], e.key)) == string(skel) {
			tier = tierVowel
		} else if !withinOneEdit(e.key, lk) {
			return
		}
		seen[e.id] = true
		if e.id >= 0 {
			out = append(out, cand{p: g.base.Place(e.id), tier: tier, id: e.id})
		} else {
			out = append(out, cand{p: g.user[-1-e.id], tier: tier, user: true, primary: true, id: e.id})
		}
	}
	if idx := g.countryIndex(country); idx != nil {
		for _, e := range idx.loose {
			add(e)
		}
	}
	for _, e := range g.userLoose(country) {
		add(e)
	}
	// a user place whose Arabic name has the consonants of the query: the
	// Arabic spelling is the place's own, the Latin one a clerk's guess
	// ("Al-Azrakih" is الازركية, Al Azrakiyah)
	if u := g.userIdx(); u != nil && !fold.IsArabic(name) {
		qs := latinSkeletons(name)
		for _, e := range u.arabic[country] {
			if !seen[e.id] && slices.Contains(qs, e.key) {
				seen[e.id] = true
				out = append(out, cand{p: g.user[-1-e.id], tier: tierVowel, user: true, primary: true, id: e.id})
			}
		}
	}
	return g.suppress(out)
}

// latinSkeletons are the consonant skeletons (see skeleton) of a Latin
// name's loose key with and without its articles, those of 4 letters or
// more.
func latinSkeletons(name string) []string {
	var arr, sk [128]byte
	var out []string
	w := fold.Words(arr[:0], name)
	for _, k := range [][]byte{fold.LooseOfWords(w, 0), fold.Loose(arr[:0], name)} {
		if s := skeleton(sk[:0], string(k)); len(s) >= 4 && !slices.Contains(out, string(s)) {
			out = append(out, string(s))
		}
	}
	return out
}

// arabicLead are the generic words an Arabic name can begin with
// (village, quarter, neighbourhood, complex, camp, subdistrict, centre,
// area), as fold.Words writes them.
var arabicLead = map[string]bool{"قريه": true, "حي": true, "محله": true, "مجمع": true, "مخيم": true,
	"ناحيه": true, "مركز": true, "منطقه": true}

// arabicConsonant is the consonant of the loose key an Arabic letter is
// written with in Latin script (dhal dh → z, tha th → t, shin sh → x,
// qaf and kaf k).
var arabicConsonant = map[rune]byte{'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'j', 'ح': 'h', 'خ': 'h', 'د': 'd', 'ذ': 'z',
	'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'x', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'g', 'ف': 'f', 'ق': 'k',
	'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h'}

// arabicSkeletons are the consonant skeletons of an Arabic-script name as
// a Latin loose key would have them, with and without the article, those
// of 4 letters or more. Alef, ʿayn and hamza are vowels or nothing; waw
// and ya are consonants at the start of a word, doubled or before a
// vowel letter (ya also before a final ta marbuta, -iyya), long vowels
// otherwise; a word-final h (ta marbuta) or ḥ after a vowel is dropped as
// the loose key drops it.
func arabicSkeletons(name string) []string {
	var arr [256]byte
	words := strings.Fields(string(fold.Words(arr[:0], name)))
	for len(words) > 1 && arabicLead[words[0]] {
		words = words[1:]
	}
	var out []string
	for _, strip := range []bool{false, true} {
		var b []byte
		for _, w := range words {
			rs := []rune(w)
			if strip && len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
				rs = rs[2:]
			}
			last := byte(0)
			for i, r := range rs {
				next := rune(0)
				if i+1 < len(rs) {
					next = rs[i+1]
				}
				var c byte
				switch r {
				case 'و', 'ي':
					if i == 0 || next == 'ا' || next == r || r == 'ي' && next == 'ه' && i+2 == len(rs) {
						c = map[rune]byte{'و': 'w', 'ي': 'y'}[r]
					}
				case 'ه', 'ح':
					if i > 0 && i+1 == len(rs) {
						break // the final h the loose key drops
					}
					c = 'h'
				default:
					c = arabicConsonant[r]
				}
				if c == 0 {
					last = 0 // a vowel letter: doubles on either side stay apart
					continue
				}
				if c != last {
					b = append(b, c)
				}
				last = c
			}
		}
		if len(b) >= 4 && !slices.Contains(out, string(b)) {
			out = append(out, string(b))
		}
	}
	return out
}
