package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/merge"
)

// An invented wire story and the edits outlets make to it.
const wireStory = "Gunmen attacked a police checkpoint on the road north of Baquba on Tuesday night, killing four policemen and wounding two others, a provincial official said. " +
	"The attackers fled in two cars, the official added, and security forces sealed off the area while they searched nearby orchards. " +
	"No group claimed responsibility, but similar attacks in the province have been blamed on cells hiding in the farmland."

var (
	wireCopy    = "Baquba checkpoint attack\n\n" + wireStory + "\n\nShare this article"
	wireCopy2   = strings.Replace(wireStory, "four policemen", "four police officers", 1) + " Reporting by the regional desk."
	otherReport = "A car bomb exploded near a vegetable market in Kirkuk on Wednesday morning, wounding eleven people, police said. The blast damaged several shops and a mosque."
)

// duplicateOf reads a stored document's link.
func duplicateOf(t *testing.T, s *Store, id string) string {
	t.Helper()
	d, err := s.Document(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return d.DuplicateOf
}

func TestNearDuplicatesAreLinkedByTheStore(t *testing.T) {
	ctx := context.Background()
	t.Run("across_batches_and_inside_one", func(t *testing.T) {
		s := openTemp(t)
		if _, _, err := s.AddDocument(ctx, newDoc("wire", wireStory), nil, nil); err != nil {
			t.Fatal(err)
		}
		res, err := s.AddDocuments(ctx, []Entry{
			{Doc: newDoc("other", otherReport)},
			{Doc: newDoc("copy", wireCopy)},
			{Doc: newDoc("copy2", wireCopy2), Sketch: merge.NewSketch(wireCopy2)},
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range []string{"", "wire", "wire"} {
			if res[i].DuplicateOf != want {
				t.Errorf("result %d: duplicate of %q, want %q", i, res[i].DuplicateOf, want)
			}
		}
		for id, want := range map[string]string{"wire": "", "other": "", "copy": "wire", "copy2": "wire"} {
			if got := duplicateOf(t, s, id); got != want {
				t.Errorf("%s stored as duplicate of %q, want %q", id, got, want)
			}
		}
	})
	t.Run("a_link_the_caller_gives_is_kept", func(t *testing.T) {
		s := openTemp(t)
		d := newDoc("copy", wireCopy)
		d.DuplicateOf = "elsewhere"
		s.AddDocument(ctx, newDoc("wire", wireStory), nil, nil)
		s.AddDocument(ctx, d, nil, nil)
		if got := duplicateOf(t, s, "copy"); got != "elsewhere" {
			t.Errorf("duplicate of %q, want the caller's", got)
		}
	})
	t.Run("a_later_store_handle_finds_what_an_earlier_one_stored", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "s.db")
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		s.AddDocument(ctx, newDoc("wire", wireStory), nil, nil)
		s.Close()
		s, err = Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		s.AddDocument(ctx, newDoc("copy", wireCopy), nil, nil)
		if got := duplicateOf(t, s, "copy"); got != "wire" {
			t.Errorf("duplicate of %q, want wire", got)
		}
	})
}

// Several processes ingesting into one store must not lose links: the
// lookup runs inside the writing transaction, which SQLite serialises
// across processes (issue 9 item 8).
func TestConcurrentWritersKeepNearDuplicateLinks(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	const writers, stories = 4, 12
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(ctx, path)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			// every writer stores its own edit of each story, so each
			// story's copies arrive from all writers in an unknown order
			for k := range stories {
				text := fmt.Sprintf("Story %d. %s Copy from outlet %d.", k, storyText(k), w)
				if _, _, err := s.AddDocument(ctx, newDoc(fmt.Sprintf("w%d-s%d", w, k), text), nil, nil); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Each story has one representative; its other three copies name it.
	for k := range stories {
		reps, links := 0, map[string]int{}
		for w := range writers {
			d := duplicateOf(t, s, fmt.Sprintf("w%d-s%d", w, k))
			if d == "" {
				reps++
			} else {
				links[d]++
			}
		}
		if reps != 1 || len(links) != 1 {
			t.Errorf("story %d: %d representatives, links %v; want one, named by the three others", k, reps, links)
		}
	}
}

// storyText is the k-th of a set of invented, mutually different stories.
func storyText(k int) string {
	places := []string{"Baquba", "Kirkuk", "Tikrit", "Samarra", "Ramadi", "Fallujah", "Hit", "Haditha", "Mosul", "Erbil", "Basra", "Najaf"}
	verbs := []string{"shelled", "raided", "stormed", "bombed", "besieged", "ambushed"}
	var b strings.Builder
	for i := range 8 {
		fmt.Fprintf(&b, "On day %d of the month, forces %s a district of %s and %d people fled toward the %s road. ",
			i+k*8, verbs[(i+k)%len(verbs)], places[(i*5+k)%len(places)], 10+i*k, places[(k+i+3)%len(places)])
	}
	return b.String()
}

// However many representatives share a band key, a lookup reads at most
// merge.PerKey of them under it.
func TestNearDuplicateLookupIsBounded(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var entries []Entry
	for i := range 60 {
		// sketches made by hand: all share the first band, and nothing else
		sk := &merge.Sketch{Size: 100}
		for h := range sk.Sig {
			sk.Sig[h] = uint32(1000*i + h)
		}
		sk.Sig[0], sk.Sig[1], sk.Sig[2] = 7, 8, 9
		id := fmt.Sprintf("d%d", i)
		entries = append(entries, Entry{Doc: newDoc(id, "text of "+id), Sketch: sk})
	}
	res, err := s.AddDocuments(ctx, entries)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r.Err != nil || r.DuplicateOf != "" {
			t.Fatalf("entry %d: %+v; want a representative", i, r)
		}
	}
	probe := *entries[0].Sketch
	keys := probe.Keys()
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = int64(k)
	}
	rows, err := s.r.QueryContext(ctx, candidatesSQL, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
	}
	if n == 0 || n > merge.PerKey+1 {
		t.Errorf("lookup read %d candidates, want 1..%d", n, merge.PerKey+1)
	}
}

// Stores written before the index existed get it when they are opened:
// every document a sketch, representatives their band keys.
func TestMigrationIndexesStoredDocuments(t *testing.T) {
	ctx := context.Background()
	migs, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", dsn(path, "_pragma=journal_mode(WAL)"))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, db, migs, 7); err != nil {
		t.Fatal(err)
	}
	for _, d := range []struct{ id, text, dup string }{{"wire", wireStory, ""}, {"copy", wireCopy, "wire"}, {"other", otherReport, ""}} {
		if _, err := db.Exec(`INSERT INTO documents (id, hash, text, duplicate_of, added_at) VALUES (?,?,?,?, '2020-01-01T00:00:00Z')`,
			d.id, hexSHA256(d.text), d.text, d.dup); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var sketches, banded int
	s.r.QueryRow(`SELECT count(*), (SELECT count(DISTINCT sketch) FROM sketch_bands) FROM sketches`).Scan(&sketches, &banded)
	if sketches != 3 || banded != 2 {
		t.Errorf("%d sketches, %d indexed; want 3 and 2 (the copy is not indexed)", sketches, banded)
	}
	s.AddDocument(ctx, newDoc("copy2", wireCopy2), nil, nil)
	if got := duplicateOf(t, s, "copy2"); got != "wire" {
		t.Errorf("a copy stored after the upgrade: duplicate of %q, want wire", got)
	}
}
