// Package merge joins what several reports say about the same thing. This
// file finds near-duplicate reports: wire copies republished by several
// outlets with small edits, which a later merge step must count as one
// source of evidence, not several.
package merge

import (
	"hash/fnv"
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MinHash parameters. A document is the set of its 3-word shingles (words
// folded to lower-case letters and digits); its signature keeps, for each
// of numHashes hash functions, the least hash over its shingles, so the
// share of equal positions in two signatures estimates the Jaccard
// similarity of their shingle sets. Locality-sensitive hashing cuts the
// signature into bands of bandRows values; documents that agree on a whole
// band are candidates, and only candidates are compared: a lookup costs
// the same with 100 or 100,000 documents indexed. With 21 bands of 3 rows a
// pair with Jaccard 0.5 becomes a candidate 94% of the time, one with 0.3
// 43%, one with 0.1 2%.
const (
	shingleWords = 3
	numHashes    = 63
	bandRows     = 3
	numBands     = numHashes / bandRows
	minShingles  = 3
	closeCopy    = 0.9 // a copy this similar to its original is not indexed itself
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

// NearDup finds documents that repeat an earlier one with small edits (wire
// copies), by MinHash signatures over word shingles with banded LSH lookup.
// It is safe for concurrent use; "earlier" means added earlier.
type NearDup struct {
	// Jaccard and Containment are the thresholds (DefaultJaccard,
	// DefaultContainment); change them before the first Add.
	Jaccard, Containment float64

	mu    sync.Mutex
	ids   []string
	sigs  [][numHashes]uint32
	sizes []int32
	root  []int32 // the first document of each document's group
	// Band postings as chains: heads[b][key] is 1 + the last document
	// indexed under that key of band b, and next[doc*numBands+b] is 1 + the
	// document before it (0 ends a chain). Keys are 32-bit: a collision only
	// adds a candidate that the comparison then turns away.
	heads [numBands]map[uint32]int32
	next  []int32
}

// NewNearDup returns an empty index with the default thresholds.
func NewNearDup() *NearDup {
	n := &NearDup{Jaccard: DefaultJaccard, Containment: DefaultContainment}
	for b := range n.heads {
		n.heads[b] = map[uint32]int32{}
	}
	return n
}

// Add indexes a document and returns the id of an earlier near-duplicate
// (and the similarity), or "". When the best match is itself a copy, dupOf
// names the first document of its group, so that a group of copies shares
// one original. similarity is the estimated Jaccard similarity with the
// best match, or its containment when that is what qualified it. Texts
// shorter than three words are indexed by nothing and match nothing.
func (n *NearDup) Add(id, text string) (dupOf string, similarity float64) {
	sig, size := signature(text)
	n.mu.Lock()
	defer n.mu.Unlock()
	if size < minShingles {
		return "", 0
	}
	var keys [numBands]uint32
	for b := range numBands {
		keys[b] = uint32(bandKey(b, sig[b*bandRows:(b+1)*bandRows]))
	}
	best, bestSim := int32(-1), 0.0
	seen := map[int32]bool{}
	for b, k := range keys {
		for c := n.heads[b][k] - 1; c >= 0; c = n.next[int(c)*numBands+b] - 1 {
			if seen[c] {
				continue
			}
			seen[c] = true
			if sim, ok := n.similar(&sig, size, c); ok && sim > bestSim {
				best, bestSim = c, sim
			}
		}
	}
	me := int32(len(n.ids))
	n.ids = append(n.ids, id)
	n.sigs = append(n.sigs, sig)
	n.sizes = append(n.sizes, int32(size))
	r := me
	if best >= 0 {
		r = n.root[best]
	}
	n.root = append(n.root, r)
	// A close copy adds nothing a later lookup could not find through its
	// original: leave it out of the buckets, so that a story copied a
	// hundred times does not make every later lookup compare a hundred.
	n.next = append(n.next, make([]int32, numBands)...)
	if best < 0 || bestSim < closeCopy {
		for b, k := range keys {
			n.next[int(me)*numBands+b] = n.heads[b][k]
			n.heads[b][k] = me + 1
		}
	}
	if best < 0 {
		return "", 0
	}
	return n.ids[r], bestSim
}

// Len is the number of documents indexed.
func (n *NearDup) Len() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.ids)
}

// similar compares a signature with indexed document c.
func (n *NearDup) similar(sig *[numHashes]uint32, size int, c int32) (float64, bool) {
	other := &n.sigs[c]
	eq := 0
	for i := range sig {
		if sig[i] == other[i] {
			eq++
		}
	}
	j := float64(eq) / numHashes
	if j >= n.Jaccard {
		return j, true
	}
	a, b := float64(size), float64(n.sizes[c])
	small := min(a, b)
	if small < minContained || j == 0 {
		return j, false
	}
	// |A∩B| = J(|A|+|B|)/(1+J); containment of the smaller in the larger.
	contain := j * (a + b) / (1 + j) / small
	if contain >= n.Containment {
		return min(contain, 1), true
	}
	return j, false
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
	return float64(eq) / numHashes
}

// seeds are the per-function salts of the MinHash family (fixed, so
// signatures are stable across runs).
var seeds = func() (s [numHashes]uint64) {
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
func signature(text string) ([numHashes]uint32, int) {
	var sig [numHashes]uint32
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
