// Package merge joins what several reports say about the same thing. This
// file finds near-duplicate reports: wire copies republished by several
// outlets with small edits, which a later merge step must count as one
// source of evidence, not several.
package merge

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MinHash parameters. A document is the set of its 3-word shingles (words
// folded to lower-case letters and digits); its signature keeps, for each
// of NumHashes hash functions, the least hash over its shingles, so the
// share of equal positions in two signatures estimates the Jaccard
// similarity of their shingle sets. Locality-sensitive hashing cuts the
// signature into NumBands bands of bandRows values; documents that agree
// on a whole band are candidates, and only candidates are compared. With
// 21 bands of 3 rows a pair with Jaccard 0.5 becomes a candidate 94% of
// the time, one with 0.3 43%, one with 0.1 2%.
const (
	shingleWords = 3
	NumHashes    = 63
	bandRows     = 3
	NumBands     = NumHashes / bandRows
	minShingles  = 3
)

// Thresholds of a near duplicate: estimated Jaccard similarity of the
// shingle sets of at least DefaultJaccard, or a shorter report at least
// DefaultContainment contained in a longer one (a wire copy cut short),
// when the shorter has at least minContained shingles.
const (
	DefaultJaccard     = 0.5
	DefaultContainment = 0.8
	minContained       = 40
)

// PerKey is how many representatives a lookup takes under each band key,
// the most recently indexed first: a lookup compares at most
// NumBands*PerKey documents, however many the index holds.
const PerKey = 8

// Sketch is what near-duplicate linking keeps of a document: the MinHash
// signature of its text and its number of shingles. It is computed once,
// where the text is (NewSketch), and stored with the document.
type Sketch struct {
	Sig  [NumHashes]uint32
	Size int
}

// NewSketch computes the sketch of a text.
func NewSketch(text string) *Sketch {
	sig, size := signature(text)
	return &Sketch{Sig: sig, Size: size}
}

// Indexable reports whether the text was long enough (three words) to be
// looked up and indexed; shorter texts match nothing.
func (s *Sketch) Indexable() bool { return s.Size >= minShingles }

// Keys are the sketch's band keys, the keys it is indexed and looked up by.
func (s *Sketch) Keys() [NumBands]uint64 {
	var keys [NumBands]uint64
	for b := range NumBands {
		keys[b] = bandKey(b, s.Sig[b*bandRows:(b+1)*bandRows])
	}
	return keys
}

// SigBytes is the length of MarshalSig's encoding.
const SigBytes = 4 * NumHashes

// MarshalSig encodes the signature (little-endian, SigBytes long), for
// storage; the size is kept beside it.
func (s *Sketch) MarshalSig() []byte {
	b := make([]byte, 0, SigBytes)
	for _, v := range s.Sig {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// UnmarshalSketch decodes a signature written by MarshalSig.
func UnmarshalSketch(sig []byte, size int) (*Sketch, error) {
	if len(sig) != SigBytes {
		return nil, fmt.Errorf("sketch: signature of %d bytes, want %d", len(sig), SigBytes)
	}
	s := &Sketch{Size: size}
	for i := range s.Sig {
		s.Sig[i] = binary.LittleEndian.Uint32(sig[4*i:])
	}
	return s, nil
}

// Candidate is an indexed representative a document is compared with.
type Candidate struct {
	ID     string
	Seq    int64 // order of indexing: lower is earlier
	Sketch *Sketch
}

// Thresholds decide when two sketches are near duplicates.
type Thresholds struct {
	Jaccard, Containment float64
}

// Default are the thresholds NewNearDup and the store use.
var Default = Thresholds{Jaccard: DefaultJaccard, Containment: DefaultContainment}

// Best returns the candidate that s nearly duplicates (the most similar;
// of equals, the earliest indexed) and the similarity, or -1. similarity
// is the estimated Jaccard similarity, or the containment when that is
// what qualified the pair.
func (t Thresholds) Best(s *Sketch, cands []Candidate) (best int, similarity float64) {
	best = -1
	if !s.Indexable() {
		return -1, 0
	}
	for i := range cands {
		sim, ok := t.similar(s, cands[i].Sketch)
		if !ok {
			continue
		}
		if best < 0 || sim > similarity || sim == similarity && cands[i].Seq < cands[best].Seq {
			best, similarity = i, sim
		}
	}
	return best, similarity
}

// similar compares two sketches.
func (t Thresholds) similar(s, o *Sketch) (float64, bool) {
	eq := 0
	for i := range s.Sig {
		if s.Sig[i] == o.Sig[i] {
			eq++
		}
	}
	j := float64(eq) / NumHashes
	if j >= t.Jaccard {
		return j, true
	}
	a, b := float64(s.Size), float64(o.Size)
	small := min(a, b)
	if small < minContained || j == 0 {
		return j, false
	}
	// |A∩B| = J(|A|+|B|)/(1+J); containment of the smaller in the larger.
	contain := j * (a + b) / (1 + j) / small
	if contain >= t.Containment {
		return min(contain, 1), true
	}
	return j, false
}

// NearDup finds documents that repeat an earlier one with small edits (wire
// copies), by MinHash sketches with banded LSH lookup, in memory. Only the
// first document of each group of copies (its representative) is indexed:
// a later copy is compared with the representative and linked to it, so a
// story copied a hundred times costs a lookup no more than one copied
// once, and each lookup compares at most NumBands*PerKey documents.
// The store (store/sqlite) keeps the same index on disk. It is safe for
// concurrent use; "earlier" means added earlier.
type NearDup struct {
	// Jaccard and Containment are the thresholds (DefaultJaccard,
	// DefaultContainment); change them before the first Add.
	Jaccard, Containment float64

	mu      sync.Mutex
	n       int
	reps    []Candidate
	buckets map[uint64][]int32 // band key → representatives, in order indexed
}

// NewNearDup returns an empty index with the default thresholds.
func NewNearDup() *NearDup {
	return &NearDup{Jaccard: DefaultJaccard, Containment: DefaultContainment, buckets: map[uint64][]int32{}}
}

// Add indexes a document and returns the id of the representative of the
// group of copies it nearly repeats (and the similarity), or "". Texts
// shorter than three words are indexed by nothing and match nothing.
func (n *NearDup) Add(id, text string) (dupOf string, similarity float64) {
	sk := NewSketch(text)
	n.mu.Lock()
	defer n.mu.Unlock()
	n.n++
	if !sk.Indexable() {
		return "", 0
	}
	keys := sk.Keys()
	var cands []Candidate
	seen := map[int32]bool{}
	for _, k := range keys {
		b := n.buckets[k]
		for _, c := range b[max(0, len(b)-PerKey):] {
			if !seen[c] {
				seen[c] = true
				cands = append(cands, n.reps[c])
			}
		}
	}
	t := Thresholds{Jaccard: n.Jaccard, Containment: n.Containment}
	if best, sim := t.Best(sk, cands); best >= 0 {
		return cands[best].ID, sim
	}
	me := int32(len(n.reps))
	n.reps = append(n.reps, Candidate{ID: id, Seq: int64(me), Sketch: sk})
	for _, k := range keys {
		n.buckets[k] = append(n.buckets[k], me)
	}
	return "", 0
}

// Len is the number of documents added.
func (n *NearDup) Len() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.n
}

// Similarity estimates the Jaccard similarity of two texts' shingle sets,
// as Add sees it.
func Similarity(a, b string) float64 {
	sa, na := signature(a)
	sb, nb := signature(b)
	if na == 0 || nb == 0 {
		return 0
	}
	eq := 0
	for i := range sa {
		if sa[i] == sb[i] {
			eq++
		}
	}
	return float64(eq) / NumHashes
}

// seeds are the per-function salts of the MinHash family (fixed, so
// signatures are stable across runs).
var seeds = func() (s [NumHashes]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = mix(x + uint64(i)*0xbf58476d1ce4e5b9)
		s[i] = x
	}
	return s
}()

// mix is the SplitMix64 finaliser, a cheap good 64-bit mixer.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// signature returns the MinHash signature of a text and its number of
// distinct shingles (approximately: repeats of a shingle are not removed,
// which does not change the minima).
func signature(text string) ([NumHashes]uint32, int) {
	var sig [NumHashes]uint32
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var win [shingleWords]uint64
	words, shingles := 0, 0
	forEachWord(text, func(w uint64) {
		copy(win[:], win[1:])
		win[shingleWords-1] = w
		words++
		if words < shingleWords {
			return
		}
		h := win[0]
		for k := 1; k < shingleWords; k++ {
			h = bits.RotateLeft64(h, 21) ^ win[k]*0x9e3779b97f4a7c15
		}
		shingles++
		for i := range sig {
			if v := uint32(mix(h ^ seeds[i])); v < sig[i] {
				sig[i] = v
			}
		}
	})
	if words > 0 && words < shingleWords {
		// A very short text is one shingle of all its words.
		h := win[shingleWords-1]
		for k := range shingleWords - 1 {
			h = bits.RotateLeft64(h, 21) ^ win[k]
		}
		shingles = 1
		for i := range sig {
			sig[i] = uint32(mix(h ^ seeds[i]))
		}
	}
	return sig, shingles
}

// forEachWord calls fn with the hash of each word of text, folded to lower
// case; punctuation and symbols separate words and are otherwise ignored.
func forEachWord(text string, fn func(uint64)) {
	h := fnv.New64a()
	var buf [utf8.UTFMax]byte
	in := false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			n := utf8.EncodeRune(buf[:], r)
			h.Write(buf[:n])
			in = true
			continue
		}
		if r == '\'' || r == '’' || r == '\u00ad' {
			continue // "don't", "Daesh’s", soft hyphens: one word
		}
		if in {
			fn(h.Sum64())
			h.Reset()
			in = false
		}
	}
	if in {
		fn(h.Sum64())
	}
}

// bandKey hashes one band of a signature with its band number.
func bandKey(b int, vals []uint32) uint64 {
	k := mix(uint64(b) + 0x632be59bd9b4e019)
	for _, v := range vals {
		k = mix(k ^ uint64(v))
	}
	return k
}
