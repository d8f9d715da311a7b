package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"hash/fnv"
	"slices"
	"sync/atomic"

	"github.com/sitrep/sitrep/merge"
)

// Writes that store documents side by side, and merge in turn (an
// engine's KeyLocks).
//
// Several processes writing one database (sitrep worker) waited for each
// other when every write took the writers' one turn, for all of it. A
// write that adds documents (AddDocuments) does two things: it stores the
// documents (their rows, events, figures, sketches), reading only whether
// each is a repeat, a copy or a version of one stored (by hash, id and
// near-duplicate bands); then it merges their records. Only the merge
// reads and changes what any other write's merge may touch. So such a
// write
//
//   - takes the writers' turn shared (any number of them at once, none
//     while a write holds it whole), then the keys of its documents, each
//     waiting, in the order of the keys (KeyLocks.Begin): two writes of
//     documents that share a hash, an id or a near-duplicate band take
//     turns, and the second reads what the first stored;
//   - stores its documents while others do;
//   - takes the merge's turn (KeyLocks.Merge) and merges, as one writer
//     would: merges happen one after the other, each reading what the
//     merges before it committed. A record of a write that has not
//     merged yet is seen by no other write (it is not committed), so each
//     merge is that of a single writer given the documents in the order
//     of the turns.
//
// All are held until the write ends. A write waits only at these two
// points, for keys in increasing order and then for the merge's turn,
// which the write holding it never leaves to wait for keys: no two writes
// wait for each other in a circle. One that meets another all the same (a
// deadlock the server broke) is undone and done again; one that needs
// more than keys (a document replacing an earlier version of itself, an
// id another report holds, an event id taken) is done again with the
// whole turn, as removals, corrections and decisions always are.
//
// Per-place locks for the merge itself (a lock per place part and block
// of time, taken as the merge finds records) were tried: on news corpora
// a batch's component reaches thousands of blocks through candidate
// pairs and the provinces everyone reports from, so two batches met at
// almost every write and the keys outgrew the server's table of locks.

// KeyLocks lets an engine's writes that add documents store them at once
// and take turns only to merge.
type KeyLocks struct {
	// Begin is called first in such a write: it takes the writers' turn
	// shared, then keys (sorted, each once) and many (sorted, each once:
	// keys of which a write takes many, the near-duplicate bands of its
	// documents, which the engine may hold otherwise, its table of locks
	// being bounded), waiting for each.
	Begin func(ctx context.Context, tx *sql.Tx, keys, many []int64) error
	// Merge waits for the merge's turn, and reports whether another
	// process merged, or held the whole turn, since this store last did
	// (what the store keeps in memory is then forgotten).
	Merge func(ctx context.Context, tx *sql.Tx) (othersWrote bool, err error)
	// Busy reports whether an error means the write met another and is
	// to be undone and done again (a deadlock).
	Busy func(err error) bool
}

// maxKeyAttempts is how many times a write that holds keys is tried
// before it takes the whole turn.
const maxKeyAttempts = 3

// errWholeTurn is what a write that holds keys meets when it needs what
// its keys do not cover: it is done again with the whole turn.
var errWholeTurn = errors.New("this write needs the writers' whole turn")

// keyRetries and wholeTurns count the writes done again, for KeyRetries.
var keyRetries, wholeTurns atomic.Int64

// KeyRetries returns how many writes of this process were undone and done
// again, and how many of them then took the whole turn.
func KeyRetries() (retries, whole int64) { return keyRetries.Load(), wholeTurns.Load() }

// kinds of keys (the top byte)
const (
	keyDocHash = 'H'
	keyDocID   = 'I'
	keyBand    = 'B'
)

// nameKey is a key of a name of a kind.
func nameKey(kind byte, s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return int64(uint64(kind)<<56 | h.Sum64()&(1<<56-1))
}

// docKeys are the keys of what AddDocuments reads of the documents of
// entries before storing them: their hash and id, and (bands) their
// near-duplicate bands; sorted, each once.
func docKeys(entries []Entry) (keys, bands []int64) {
	for _, e := range entries {
		d := e.Doc
		if e.Failure != nil || d == nil {
			continue
		}
		hash := d.Hash
		if hash == "" {
			hash = contentHash(d)
		}
		keys = append(keys, nameKey(keyDocHash, hash), nameKey(keyDocID, d.ID))
		sk := e.Sketch
		if sk == nil {
			sk = merge.NewSketch(d.Text)
		}
		if sk.Indexable() {
			for _, k := range sk.Keys() {
				bands = append(bands, int64(uint64(keyBand)<<56|k&(1<<56-1)))
			}
		}
	}
	return sortedKeys(keys), sortedKeys(bands)
}

// sortedKeys returns keys sorted, each once.
func sortedKeys(keys []int64) []int64 {
	slices.Sort(keys)
	return slices.Compact(keys)
}
