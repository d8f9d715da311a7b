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
//   - merges holding what its merge reads and writes (KeyLocks.Merge,
//     Rows, Records; blocks.go): the records it reads, and the place parts
//     and blocks of time it reads and files keys under. Merges of
//     different places and times run at once; two that would read or
//     change the same record, or one the keys the other files, take
//     turns. A record of a write that has not merged yet is seen by no
//     other write (it is not committed), so each merge is that of a single
//     writer given the documents in some order of the writes, and merging
//     does not depend on the order.
//
// All are held until the write ends. A write waits at Begin for keys in
// increasing order, and in its merge only in the order blocks.go says: no
// two writes wait for each other in a circle. One that meets another all
// the same (a deadlock the server broke) is undone and done again; one
// that needs more than keys (a document replacing an earlier version of
// itself, an id another report holds, an event id taken) is done again
// with the whole turn, as removals, corrections and decisions always are.
//
// Locks per place part and 2-day bucket were tried before, as advisory
// locks taken while the merge found records, waiting: on generated news
// corpora a batch's component reached 1,500-2,100 of them through
// candidate pairs and provinces, and the keys outgrew the server's table
// of advisory locks, so merges took one turn. blocks.go takes rows
// instead, without waiting or in one order, a crowded part's by blocks of
// 32 days, and only what the merge reads or files.

// KeyLocks lets an engine's writes that add documents store them at once
// and take turns only to merge.
type KeyLocks struct {
	// Begin is called first in such a write: it takes the writers' turn
	// shared, then keys (sorted, each once) and many (sorted, each once:
	// keys of which a write takes many, the near-duplicate bands of its
	// documents, which the engine may hold otherwise, its table of locks
	// being bounded), waiting for each.
	Begin func(ctx context.Context, tx *sql.Tx, keys, many []int64) error
	// Merge waits for the merge's turn shared with other merges, and
	// reports whether another process held the whole turn since this
	// store last looked (what the store keeps in memory is then
	// forgotten; merges at once change nothing it keeps: blocks.go).
	Merge func(ctx context.Context, tx *sql.Tx) (othersWrote bool, err error)
	// MergeAlone waits for the merge's turn alone: no other merge runs
	// until the write ends.
	MergeAlone func(ctx context.Context, tx *sql.Tx) (othersWrote bool, err error)
	// Rows takes the rows of merge lock keys (sorted, each once),
	// exclusively or shared; with wait false it fails at once, with an
	// error Conflict reports, when another write holds one.
	Rows func(ctx context.Context, tx *sql.Tx, keys []int64, exclusive, wait bool) error
	// Records takes the rows of records (events, by seq: sorted, each
	// once) exclusively, as Rows does.
	Records func(ctx context.Context, tx *sql.Tx, seqs []int64, wait bool) error
	// Conflict reports whether an error means a lock of Rows or Records
	// was held by another write (or a deadlock the server broke): the
	// merge is undone to its savepoint and done again.
	Conflict func(err error) bool
	// Trim, called now and then after a write, lets the engine forget
	// the rows of keys no write holds (sitrep_key_rows).
	Trim func(ctx context.Context) error
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
