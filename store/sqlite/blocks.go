package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"hash/fnv"
	"maps"
	"math"
	"slices"
	"sync/atomic"

	"github.com/sitrep/sitrep/merge"
)

// Merges at once: what a merge holds (KeyLocks.Rows and Records).
//
// A merge reads and writes the store's merging tables through a few
// kinds of thing, and holds a lock on each before it reads it, until its
// write ends (strict two-phase locking: merges that hold their locks so
// are serialisable, and a serial order of merges gives the incidents one
// process gives, since merging does not depend on the order reports
// come in):
//
//   - a record (its row of events): its incident, the candidate pairs it
//     chose and those chosen with it. Every record a merge reads (found,
//     partner, member of an incident, sibling) is locked before its row is
//     read, exclusively: a merge may regroup any record it reads. A merge
//     reaches an incident's other records only through one of them it
//     holds, and whoever changes an incident regroups all its records, so
//     holding one holds who is in the incident.
//   - a place part with few keys (LooseLimit or fewer, "not crowded"),
//     whole: its count of keys, its undated bucket and every bucket an
//     undated record looks in are read whole, so a merge that reads such
//     a part holds it shared, and one that files keys under it holds it
//     exclusively;
//   - a place part with more keys ("crowded"), by blocks of blockSpan
//     buckets (32 days): a merge files under and reads ranges of buckets
//     holding the blocks they fall in (exclusive and shared). A crowded
//     part stays crowded while merges run at once (only a write with the
//     whole turn removes keys), so its count needs no lock, and no undated
//     record looks in it.
//
// A part's crowding is read holding it whole; one found crowded by a
// committed count (by this merge, or kept by the store: crowding only
// grows) is then read by blocks. Two merges that file under one part
// agree on its crowding, since a part that was not crowded when one of
// them read it cannot become crowded before that merge ends.
//
// Locks are rows (sitrep_key_rows for parts and blocks, events for
// records), not advisory locks: a merge holds hundreds of them, more than
// the server's table of advisory locks can hold for several writers.
//
// Deadlock: a merge learns what it needs as it goes (a component grows
// along candidate pairs), so it cannot take its locks in one sorted
// order beforehand. It takes them without waiting (NOWAIT): a lock held
// by another merge fails at once, the merge is undone to its savepoint,
// and done again taking first, waiting and in sorted order, every lock
// its earlier attempts asked for (the rows of parts and blocks, then the
// records); what it asks for beyond them is again taken without waiting.
// Waits happen only in that sorted order, so no merges wait for each
// other in a circle. After maxMergeAttempts attempts the merge waits for
// the merge's turn alone (KeyLocks.MergeAlone: every other merge holds it
// shared) and merges with no lock of its own. A deadlock the server
// broke all the same (a row another write is inserting) counts as a lock
// that failed.

// blockSpan is how many time buckets one lock of a crowded place part
// covers (a bucket is bucketDays days).
const blockSpan = 16

// kinds of merge lock keys (the top byte; keys.go has the others)
const (
	keyWhole = 'W' // a place part whole
	keyBlock = 'T' // a block of time of a place part
)

// wholeKey is the lock key of a place part whole.
func wholeKey(p merge.Place) int64 { return placeKey(keyWhole, p, 0) }

// timeBlock is the block of time a bucket is in (the undated bucket is
// a block of its own).
func timeBlock(b int32) int64 {
	if b == merge.Undated {
		return math.MinInt64
	}
	return int64(b) / blockSpan
}

// blockKey is the lock key of a block of time of a place part.
func blockLockKey(p merge.Place, block int64) int64 { return placeKey(keyBlock, p, block) }

func placeKey(kind byte, p merge.Place, block int64) int64 {
	h := fnv.New64a()
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], uint64(p))
	binary.LittleEndian.PutUint64(b[8:], uint64(block))
	h.Write(b[:])
	return int64(uint64(kind)<<56 | h.Sum64()&(1<<56-1))
}

// rangeKeys appends the lock keys of the blocks of a range of buckets of
// a crowded place part (every bucket: the part whole).
func rangeKeys(out []int64, rg merge.Range) []int64 {
	if rg.From == merge.Undated && rg.To == math.MaxInt32 {
		return append(out, wholeKey(rg.Place))
	}
	if rg.From == merge.Undated {
		out = append(out, blockLockKey(rg.Place, timeBlock(merge.Undated)))
		if rg.To == merge.Undated {
			return out
		}
		rg.From = merge.Undated + 1
	}
	for b := timeBlock(rg.From); b <= timeBlock(rg.To); b++ {
		out = append(out, blockLockKey(rg.Place, b))
	}
	return out
}

// maxMergeAttempts is how many times a merge is tried holding locks of
// its own before it waits for the merge's turn alone.
const maxMergeAttempts = 4

// mergeRetries and mergesAlone count the merges of this process that met
// another's locks and were done again, and those that then merged alone.
var mergeRetries, mergesAlone atomic.Int64

// MergeRetries returns how many merges of this process met another's
// locks and were done again, and how many of them then took the merge's
// turn alone.
func MergeRetries() (retries, alone int64) { return mergeRetries.Load(), mergesAlone.Load() }

// learned is what every attempt of a merge asked to hold: the rows of
// place parts and blocks (true: exclusively) and records.
type learned struct {
	rows map[int64]bool
	recs map[int64]bool
}

// mergeLocks is what one attempt of a merge holds.
type mergeLocks struct {
	ctx   context.Context
	tx    *sql.Tx
	k     *KeyLocks
	rows  map[int64]bool // true: held exclusively
	recs  map[int64]bool
	known *learned
}

func newMergeLocks(ctx context.Context, tx *sql.Tx, k *KeyLocks, known *learned) *mergeLocks {
	return &mergeLocks{ctx: ctx, tx: tx, k: k, rows: map[int64]bool{}, recs: map[int64]bool{}, known: known}
}

// takeLearned takes, waiting, every lock earlier attempts asked for: the
// rows of parts and blocks in order (a run of keys of one mode at a
// time), then the records in order.
func (l *mergeLocks) takeLearned() error {
	rows := slices.Sorted(maps.Keys(l.known.rows))
	for len(rows) > 0 {
		ex := l.known.rows[rows[0]]
		n := 1
		for n < len(rows) && l.known.rows[rows[n]] == ex {
			n++
		}
		if err := l.k.Rows(l.ctx, l.tx, rows[:n], ex, true); err != nil {
			return err
		}
		for _, k := range rows[:n] {
			l.rows[k] = ex
		}
		rows = rows[n:]
	}
	recs := slices.Sorted(maps.Keys(l.known.recs))
	if len(recs) > 0 {
		if err := l.k.Records(l.ctx, l.tx, recs, true); err != nil {
			return err
		}
		for _, s := range recs {
			l.recs[s] = true
		}
	}
	return nil
}

// take takes the rows of keys not held yet (or held shared, when
// exclusive), without waiting.
func (l *mergeLocks) take(keys []int64, exclusive bool) error {
	if l == nil {
		return nil
	}
	var want []int64
	for _, k := range keys {
		if ex, ok := l.rows[k]; ok && (ex || !exclusive) {
			continue
		}
		want = append(want, k)
	}
	if len(want) == 0 {
		return nil
	}
	want = sortedKeys(want)
	for _, k := range want {
		l.rows[k] = l.rows[k] || exclusive
		l.known.rows[k] = l.known.rows[k] || exclusive
	}
	return l.k.Rows(l.ctx, l.tx, want, exclusive, false)
}

// whole takes place parts whole.
func (l *mergeLocks) whole(places []merge.Place, exclusive bool) error {
	if l == nil || len(places) == 0 {
		return nil
	}
	keys := make([]int64, len(places))
	for i, p := range places {
		keys[i] = wholeKey(p)
	}
	return l.take(keys, exclusive)
}

// records takes the records of seqs not held yet, without waiting.
func (l *mergeLocks) records(seqs []int64) error {
	if l == nil {
		return nil
	}
	var want []int64
	for _, s := range seqs {
		if !l.recs[s] {
			want = append(want, s)
		}
	}
	if len(want) == 0 {
		return nil
	}
	want = sortedKeys(want)
	for _, s := range want {
		l.recs[s] = true
		l.known.recs[s] = true
	}
	return l.k.Records(l.ctx, l.tx, want, false)
}

// conflict reports whether err is a lock another merge held (or a
// deadlock the server broke): the merge is to be done again.
func (l *mergeLocks) conflict(err error) bool {
	return err != nil && l != nil && l.k.Conflict != nil && l.k.Conflict(err)
}
