// Package format writes and reads the compact gazetteer file that the
// gazetteer package embeds. The file is searched in place: nothing is
// decoded into maps at load time, lookups binary-search a sorted key table
// over the file's bytes.
//
// Layout (all integers little-endian):
//
//	header   "SGZ2", then u32 counts and section offsets (see hdr* below)
//	places   n × 24-byte records: id u32, lat i32, lon i32 (1e-5 degrees),
//	         population u32, name offset u32, admin1 u16, country u8,
//	         feature u8
//	admin1   u32 name offsets (entry 0 is the empty name)
//	country  2-byte ISO codes (entry 0 is "")
//	feature  u32 offsets of feature codes ("P.PPLA")
//	strings  u8 length + bytes, referenced by offset
//	keyidx   u32 offset into keys of each block of 16 sorted keys
//	keys     blocks; a block's first key is u8 length + bytes, each
//	         next one u8 shared-prefix length, u8 suffix length, suffix;
//	         every key is followed by its postings: uvarint count, count ×
//	         uvarint (place index delta << 1 | primary-name flag)
//
// A key is one kind byte ('e' exact, 's' article-stripped when it differs
// from the exact key, 'k' loose transliteration key) followed by the folded key of one of
// the place's names (see package fold).
package format

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
)

// Key kinds, the first byte of every key.
const (
	KindExact    = 'e'
	KindStripped = 's'
	KindLoose    = 'k'
)

const (
	magic      = "SGZ3"
	recordSize = 24
	blockSize  = 16 // keys per front-coded block
)

// Header fields: u32 each, after the 4-byte magic.
const (
	hdrPlaces  = 4 + 4*iota // places count
	hdrAdmin1               // admin1 count
	hdrCountry              // country count
	hdrFeature              // feature count
	hdrKeys                 // key count
	hdrPlaceOff
	hdrAdmin1Off
	hdrCountryOff
	hdrFeatureOff
	hdrStringsOff
	hdrKeyIdxOff
	hdrKeysOff
	hdrSize
)

// Keys appends to out the distinct keys (kind byte + folded key) of the
// names of p: its name first, then its alternates. primary reports which
// keys come from the main name. buf is scratch space.
func Keys(p *sitrep.Place, add func(key []byte, primary bool), buf []byte) []byte {
	names := append([]string{p.Name}, p.Alternates...)
	for i, n := range names {
		b, lead := BaseName(n)
		// "Hay Al Nasir" gets no loose key of its own: with the generic
		// word glued on it would collide with unrelated names
		// ("Khana Sur"); its base name "Al Nasir" has one
		buf = AppendKeys(buf[:0], n, !lead, func(k []byte) { add(k, i == 0) })
		if b != "" {
			buf = AppendKeys(buf[:0], b, true, func(k []byte) { add(k, false) })
		}
	}
	return buf
}

// generic words that lists put around a place's own name: "Hay Al Rashid"
// (neighbourhood), "Qaryat X" (village), "X Center", "Hamam Al Alil 2".
var (
	genericLead = map[string]bool{"hay": true, "hai": true, "hayy": true, "qaryat": true, "qarya": true, "markaz": true,
		"mukhayam": true, "mukhayyam": true, "nahiyat": true, "hayi": true, "mujamma": true, "mujammaa": true}
	genericTrail = map[string]bool{"center": true, "centre": true, "central": true, "city": true, "village": true, "camp": true,
		"district": true, "subdistrict": true, "town": true, "new": true, "old": true, "qadima": true, "jadida": true, "al": true,
		"qtr": true, "quarter": true, "neighbourhood": true, "neighborhood": true, "complex": true}
)

// BaseName returns the name without generic leading or trailing words and
// stage numbers, or "" when nothing is removed or nothing would be left;
// lead reports that a generic leading word was removed.
func BaseName(n string) (base string, lead bool) {
	w := strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' || r == '_' })
	orig := len(w)
	for len(w) > 1 {
		l := strings.ToLower(w[len(w)-1])
		if genericTrail[l] || strings.Trim(l, "0123456789") == "" {
			w = w[:len(w)-1]
			continue
		}
		break
	}
	for len(w) > 1 && genericLead[strings.ToLower(w[0])] {
		w = w[1:]
		lead = true
	}
	if len(w) == orig || len(w) == 0 || len(w) == 1 && fold.IsArticle(strings.ToLower(w[0])) {
		return "", false
	}
	return strings.Join(w, " "), lead
}

// AppendKeys computes the keys of one name and calls emit for each (the
// slice is only valid during the call); loose says whether to make the
// loose transliteration key too.
func AppendKeys(buf []byte, name string, loose bool, emit func([]byte)) []byte {
	buf = append(buf[:0], KindExact)
	buf = fold.Words(buf, name)
	words := string(buf[1:])
	buf = fold.StripWords(buf, 1)
	stripped := string(buf[1:])
	// exact key
	buf = append(buf[:0], KindExact)
	buf = append(buf, words...)
	buf = squeeze(buf, 1)
	if len(buf) > 1 {
		emit(buf)
	}
	exact := string(buf[1:])
	buf = append(buf[:0], KindStripped)
	buf = append(buf, stripped...)
	buf = squeeze(buf, 1)
	if len(buf) > 1 && string(buf[1:]) != exact {
		emit(buf)
	}
	if !loose {
		return buf
	}
	buf = append(buf[:0], KindLoose)
	buf = append(buf, stripped...)
	buf = fold.LooseOfWords(buf, 1)
	if len(buf) > 3 {
		emit(buf)
	}
	return buf
}

func squeeze(b []byte, start int) []byte {
	j := start
	for i := start; i < len(b); i++ {
		if b[i] != ' ' {
			b[j] = b[i]
			j++
		}
	}
	return b[:j]
}

// Write encodes places and the keys of all their names.
func Write(w io.Writer, places []sitrep.Place) error {
	var strs []byte
	strOff := map[string]uint32{}
	str := func(s string) uint32 {
		if len(s) > 255 {
			s = s[:255]
			for !utf8.ValidString(s) {
				s = s[:len(s)-1]
			}
		}
		if o, ok := strOff[s]; ok {
			return o
		}
		o := uint32(len(strs))
		strs = append(strs, byte(len(s)))
		strs = append(strs, s...)
		strOff[s] = o
		return o
	}
	str("")
	admin1 := []string{""}
	admin1Idx := map[string]int{"": 0}
	countries := []string{""}
	countryIdx := map[string]int{"": 0}
	features := []string{}
	featureIdx := map[string]int{}
	idx := func(s string, list *[]string, m map[string]int) int {
		if i, ok := m[s]; ok {
			return i
		}
		m[s] = len(*list)
		*list = append(*list, s)
		return len(*list) - 1
	}
	recs := make([]byte, 0, len(places)*recordSize)
	type posting struct{ place, primary uint32 }
	keys := map[string][]posting{}
	var buf []byte
	for i := range places {
		p := &places[i]
		if len(p.Country) != 0 && len(p.Country) != 2 {
			return fmt.Errorf("place %d %q: country %q is not ISO2", p.ID, p.Name, p.Country)
		}
		a := idx(p.Country+"\x00"+p.Admin1, &admin1, admin1Idx)
		c := idx(p.Country, &countries, countryIdx)
		f := idx(p.Feature, &features, featureIdx)
		if a > math.MaxUint16 || c > math.MaxUint8 || f > math.MaxUint8 {
			return fmt.Errorf("place %d: too many admin1 (%d), countries (%d) or features (%d)", p.ID, a, c, f)
		}
		pop := p.Population
		if pop < 0 {
			pop = 0
		}
		if pop > math.MaxUint32 {
			pop = math.MaxUint32
		}
		recs = binary.LittleEndian.AppendUint32(recs, uint32(p.ID))
		recs = binary.LittleEndian.AppendUint32(recs, uint32(int32(math.Round(p.Lat*1e5))))
		recs = binary.LittleEndian.AppendUint32(recs, uint32(int32(math.Round(p.Lon*1e5))))
		recs = binary.LittleEndian.AppendUint32(recs, uint32(pop))
		recs = binary.LittleEndian.AppendUint32(recs, str(p.Name))
		recs = binary.LittleEndian.AppendUint16(recs, uint16(a))
		recs = append(recs, byte(c), byte(f))
		seen := map[string]bool{}
		buf = Keys(p, func(k []byte, primary bool) {
			if len(k) > 255 || seen[string(k)] {
				return
			}
			seen[string(k)] = true
			pr := uint32(0)
			if primary {
				pr = 1
			}
			keys[string(k)] = append(keys[string(k)], posting{uint32(i), pr})
		}, buf)
	}
	for i := range admin1 {
		_, name, _ := strings.Cut(admin1[i], "\x00")
		admin1[i] = name
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	var keyIdx, keyBlob []byte
	prevKey := ""
	for i, k := range sorted {
		if i%blockSize == 0 {
			keyIdx = binary.LittleEndian.AppendUint32(keyIdx, uint32(len(keyBlob)))
			keyBlob = append(keyBlob, byte(len(k)))
			keyBlob = append(keyBlob, k...)
		} else {
			shared := 0
			for shared < len(k) && shared < len(prevKey) && k[shared] == prevKey[shared] {
				shared++
			}
			keyBlob = append(keyBlob, byte(shared), byte(len(k)-shared))
			keyBlob = append(keyBlob, k[shared:]...)
		}
		prevKey = k
		ps := keys[k]
		slices.SortFunc(ps, func(a, b posting) int { return int(a.place) - int(b.place) })
		keyBlob = binary.AppendUvarint(keyBlob, uint64(len(ps)))
		prev := uint32(0)
		for _, p := range ps {
			keyBlob = binary.AppendUvarint(keyBlob, uint64(p.place-prev)<<1|uint64(p.primary))
			prev = p.place
		}
	}
	var a1, cs, fs []byte
	for _, a := range admin1 {
		a1 = binary.LittleEndian.AppendUint32(a1, str(a))
	}
	for _, c := range countries {
		if c == "" {
			c = "  "
		}
		cs = append(cs, c...)
	}
	for _, f := range features {
		fs = binary.LittleEndian.AppendUint32(fs, str(f))
	}
	hdr := make([]byte, hdrSize)
	copy(hdr, magic)
	put := func(at int, v int) { binary.LittleEndian.PutUint32(hdr[at:], uint32(v)) }
	put(hdrPlaces, len(places))
	put(hdrAdmin1, len(admin1))
	put(hdrCountry, len(countries))
	put(hdrFeature, len(features))
	put(hdrKeys, len(sorted))
	off := hdrSize
	sections := [][]byte{recs, a1, cs, fs, strs, keyIdx, keyBlob}
	for i, s := range sections {
		put(hdrPlaceOff+4*i, off)
		off += len(s)
	}
	bw := bufio.NewWriter(w)
	bw.Write(hdr)
	for _, s := range sections {
		bw.Write(s)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	return nil
}

// Table is an opened gazetteer file, read in place.
type Table struct {
	data                                         string
	n, nAdmin1, nCountry, nFeature, nKeys        int
	places, admin1, country, feature, strs, kidx int
	keys                                         int
	admin1Names, countryCodes, featureCodes      []string
}

// Open checks the header of data and returns the table over it. data is
// not copied; it must stay unchanged (an embedded string is ideal).
func Open(data string) (*Table, error) {
	if len(data) < hdrSize || data[:4] != magic {
		return nil, errors.New("gazetteer file: bad magic or too short")
	}
	u := func(at int) int { return int(le32(data, at)) }
	t := &Table{data: data,
		n: u(hdrPlaces), nAdmin1: u(hdrAdmin1), nCountry: u(hdrCountry), nFeature: u(hdrFeature), nKeys: u(hdrKeys),
		places: u(hdrPlaceOff), admin1: u(hdrAdmin1Off), country: u(hdrCountryOff), feature: u(hdrFeatureOff),
		strs: u(hdrStringsOff), kidx: u(hdrKeyIdxOff), keys: u(hdrKeysOff)}
	if t.places+t.n*recordSize > t.admin1 || t.admin1+4*t.nAdmin1 > t.country || t.country+2*t.nCountry > t.feature ||
		t.feature+4*t.nFeature > t.strs || t.strs > t.kidx || t.kidx+4*((t.nKeys+blockSize-1)/blockSize) > t.keys || t.keys > len(data) {
		return nil, errors.New("gazetteer file: inconsistent section offsets")
	}
	t.admin1Names = make([]string, t.nAdmin1)
	for i := range t.admin1Names {
		t.admin1Names[i] = t.str(le32(data, t.admin1+4*i))
	}
	t.countryCodes = make([]string, t.nCountry)
	for i := range t.countryCodes {
		c := data[t.country+2*i : t.country+2*i+2]
		if c == "  " {
			c = ""
		}
		t.countryCodes[i] = c
	}
	t.featureCodes = make([]string, t.nFeature)
	for i := range t.featureCodes {
		t.featureCodes[i] = t.str(le32(data, t.feature+4*i))
	}
	return t, nil
}

func le32(s string, at int) uint32 {
	return uint32(s[at]) | uint32(s[at+1])<<8 | uint32(s[at+2])<<16 | uint32(s[at+3])<<24
}

func (t *Table) str(off uint32) string {
	at := t.strs + int(off)
	if at >= t.kidx {
		return ""
	}
	n := int(t.data[at])
	if at+1+n > t.kidx {
		return ""
	}
	return t.data[at+1 : at+1+n]
}

// Len is the number of places.
func (t *Table) Len() int { return t.n }

// Keys is the number of distinct keys.
func (t *Table) Keys() int { return t.nKeys }

// FeatureIDs is the first id of the places of the features list
// (gazetteer/features.txt, numbered from it in the file's order, and
// after them those of gazetteer/places.txt): above
// every GeoNames id and the regions the build derives from GeoNames'
// divisions, below 2^32. Such a place is no GeoNames entry but facts
// compiled for sitrep: Place tells its gazetteer as "sitrep".
const FeatureIDs = 4_100_000_000

// Place decodes place i. Its strings point into the table's data.
func (t *Table) Place(i int) sitrep.Place {
	r := t.places + i*recordSize
	d := t.data
	p := sitrep.Place{
		ID:         int64(le32(d, r)),
		Lat:        float64(int32(le32(d, r+4))) / 1e5,
		Lon:        float64(int32(le32(d, r+8))) / 1e5,
		Population: int64(le32(d, r+12)),
		Name:       t.str(le32(d, r+16)),
		Gazetteer:  "geonames",
	}
	if p.ID >= FeatureIDs {
		p.Gazetteer = "sitrep"
	}
	if a := int(d[r+20]) | int(d[r+21])<<8; a < len(t.admin1Names) {
		p.Admin1 = t.admin1Names[a]
	}
	if c := int(d[r+22]); c < len(t.countryCodes) {
		p.Country = t.countryCodes[c]
	}
	if f := int(d[r+23]); f < len(t.featureCodes) {
		p.Feature = t.featureCodes[f]
	}
	return p
}

// InCountry returns a bitmap (bit i set for place i) of the places of a
// country, from one sequential pass over the records.
func (t *Table) InCountry(country string) []uint64 {
	bits := make([]uint64, (t.n+63)/64)
	ci := -1
	for i, c := range t.countryCodes {
		if c == country {
			ci = i
		}
	}
	if ci < 0 {
		return bits
	}
	for i := 0; i < t.n; i++ {
		if int(t.data[t.places+i*recordSize+22]) == ci {
			bits[i>>6] |= 1 << (i & 63)
		}
	}
	return bits
}

// Country returns the ISO code of place i without decoding the rest.
func (t *Table) Country(i int) string {
	c := int(t.data[t.places+i*recordSize+22])
	if c < len(t.countryCodes) {
		return t.countryCodes[c]
	}
	return ""
}

// blockKey returns the first key of block b and the offset after it.
func (t *Table) blockKey(b int) (string, int) {
	at := t.keys + int(le32(t.data, t.kidx+4*b))
	n := int(t.data[at])
	return t.data[at+1 : at+1+n], at + 1 + n
}

// skipPostings returns the offset after the postings list at at.
func (t *Table) skipPostings(at int) int {
	cnt, w := uvarint(t.data, at)
	at += w
	for j := 0; j < int(cnt); j++ {
		_, w := uvarint(t.data, at)
		at += w
	}
	return at
}

// Find calls fn for each place (index, primary-name flag) filed under key
// (kind byte + folded key); it returns how many there were. fn returning
// false stops the walk.
func (t *Table) Find(key []byte, fn func(place int, primary bool) bool) int {
	nb := (t.nKeys + blockSize - 1) / blockSize
	// last block whose first key <= key
	lo, hi := 0, nb
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		k, _ := t.blockKey(m)
		if k <= string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	b := lo - 1
	if b < 0 {
		return 0
	}
	var it keyIter
	it.start(t, b)
	for {
		k, at, ok := it.next()
		if !ok {
			return 0
		}
		if c := bytes.Compare(k, key); c == 0 {
			return t.postings(at, fn)
		} else if c > 0 {
			return 0
		}
	}
}

// keyIter decodes the front-coded keys of one block in order.
type keyIter struct {
	t          *Table
	i, last, n int
	at         int // offset of what follows the current key's postings
	started    bool
	cur        [256]byte
}

// start positions the iterator before the first key of block b.
func (it *keyIter) start(t *Table, b int) {
	first, at := t.blockKey(b)
	it.t, it.at, it.started = t, at, false
	it.n = copy(it.cur[:], first)
	it.i, it.last = b*blockSize, min(t.nKeys, (b+1)*blockSize)
}

// next returns the next key of the block (valid until the following call)
// and the offset of its postings; ok is false after the last one.
func (it *keyIter) next() (key []byte, postings int, ok bool) {
	t := it.t
	if it.started {
		it.at = t.skipPostings(it.at)
		it.i++
		if it.i >= it.last {
			return nil, 0, false
		}
		shared, suffix := int(t.data[it.at]), int(t.data[it.at+1])
		it.at += 2
		if shared > it.n || shared+suffix > len(it.cur) || it.at+suffix > len(t.data) {
			return nil, 0, false
		}
		it.n = shared + copy(it.cur[shared:], t.data[it.at:it.at+suffix])
		it.at += suffix
	}
	it.started = true
	if it.i >= it.last {
		return nil, 0, false
	}
	return it.cur[:it.n], it.at, true
}

// Walk calls fn for every key of the given kind, in key order, with the
// places filed under it (index, primary-name flag). The key slice is only
// valid during the call. It reads the whole key table: for building
// indexes once, not for lookups.
func (t *Table) Walk(kind byte, fn func(key []byte, place int, primary bool)) {
	nb := (t.nKeys + blockSize - 1) / blockSize
	// first block that may hold keys of this kind
	lo, hi := 0, nb
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		k, _ := t.blockKey(m)
		if len(k) > 0 && k[0] < kind {
			lo = m + 1
		} else {
			hi = m
		}
	}
	var it keyIter
	for b := max(lo-1, 0); b < nb; b++ {
		it.start(t, b)
		for {
			key, at, ok := it.next()
			if !ok {
				break
			}
			if len(key) == 0 || key[0] < kind {
				continue
			}
			if key[0] > kind {
				return
			}
			t.postings(at, func(place int, primary bool) bool {
				fn(key, place, primary)
				return true
			})
		}
	}
}

func (t *Table) postings(at int, fn func(place int, primary bool) bool) int {
	cnt, w := uvarint(t.data, at)
	at += w
	place := 0
	for j := 0; j < int(cnt); j++ {
		v, w := uvarint(t.data, at)
		at += w
		place += int(v >> 1)
		if !fn(place, v&1 == 1) {
			break
		}
	}
	return int(cnt)
}

func uvarint(s string, at int) (uint64, int) {
	var x uint64
	var sh uint
	for i := 0; at+i < len(s) && i < 10; i++ {
		b := s[at+i]
		if b < 0x80 {
			return x | uint64(b)<<sh, i + 1
		}
		x |= uint64(b&0x7f) << sh
		sh += 7
	}
	return 0, 1
}
