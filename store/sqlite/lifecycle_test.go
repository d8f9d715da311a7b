package sqlite

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep"
)

func TestReplaceRecords(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	d := newDoc("d1", "An invented report about an ambush.")
	old := fullEvent("d1")
	if _, _, err := s.AddDocument(ctx, d, []sitrep.Event{old}, []sitrep.Figure{{Doc: "d1", What: "other", Period: "old"}}); err != nil {
		t.Fatal(err)
	}
	other := newDoc("d2", "Another invented report.")
	if _, _, err := s.AddDocument(ctx, other, []sitrep.Event{nullEvent("d2")}, nil); err != nil {
		t.Fatal(err)
	}
	fresh := nullEvent("d1")
	fresh.ID = "e-fresh"
	fresh.Evidence = []sitrep.Evidence{{Doc: "d1", Text: "gunmen ambushed a convoy"}}
	if err := s.ReplaceRecords(ctx, "d1", []sitrep.Event{fresh}, []sitrep.Figure{{Doc: "d1", What: "other", Period: "new"}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Events(ctx, sitrep.EventFilter{Doc: "d1"})
	if err != nil || len(got) != 1 || got[0].ID != "e-fresh" {
		t.Fatalf("events of d1 after replace = %+v, %v", got, err)
	}
	// The old event's evidence and source left the indexes with it.
	if got, _ := s.Events(ctx, sitrep.EventFilter{Text: "vegetable market"}); len(got) != 0 {
		t.Errorf("text search still finds the replaced event: %v", got)
	}
	if got, _ := s.Events(ctx, sitrep.EventFilter{Doc: "other-wire-7"}); len(got) != 0 {
		t.Errorf("source filter still finds the replaced event: %v", got)
	}
	if got, _ := s.Events(ctx, sitrep.EventFilter{Text: "ambushed"}); len(got) != 1 {
		t.Errorf("text search does not find the new event: %v", got)
	}
	figs, _ := s.Figures(ctx, sitrep.EventFilter{Doc: "d1"})
	if len(figs) != 1 || figs[0].Period != "new" {
		t.Errorf("figures after replace = %+v", figs)
	}
	if st, _ := s.Stats(ctx); st != (sitrep.Stats{Documents: 2, Events: 2, Records: 2, Figures: 1}) {
		t.Errorf("stats = %+v", st)
	}
	if err := s.ReplaceRecords(ctx, "nope", nil, nil); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("replace on a missing document: %v, want ErrNotFound", err)
	}
}

func TestDeleteDocument(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	d := newDoc("d1", "An invented report about an ambush.")
	if _, _, err := s.AddDocument(ctx, d, []sitrep.Event{fullEvent("d1")}, []sitrep.Figure{{Doc: "d1", What: "other"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st != (sitrep.Stats{}) {
		t.Errorf("stats after delete = %+v, want nothing", st)
	}
	if got, _ := s.Events(ctx, sitrep.EventFilter{Text: "vegetable"}); len(got) != 0 {
		t.Errorf("deleted event still found by text")
	}
	if err := s.DeleteDocument(ctx, "d1"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	// The same text can be added again once deleted.
	if added, _, err := s.AddDocument(ctx, d, nil, nil); err != nil || !added {
		t.Errorf("re-add after delete: %v, %v", added, err)
	}
}

func TestEachDocument(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, id := range []string{"b", "a", "c"} {
		if _, _, err := s.AddDocument(ctx, newDoc(id, "report "+id), []sitrep.Event{nullEvent(id)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	var seen []string
	err := s.EachDocument(ctx, func(d *sitrep.Document) error {
		seen = append(seen, d.ID)
		// Writing while reading: re-extract each document.
		e := nullEvent(d.ID)
		e.ID = "e-re-" + d.ID
		return s.ReplaceRecords(ctx, d.ID, []sitrep.Event{e}, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 3 || seen[0] != "b" || seen[1] != "a" || seen[2] != "c" {
		t.Errorf("documents seen = %v, want b a c (order stored)", seen)
	}
	evs, _ := s.Events(ctx, sitrep.EventFilter{})
	if len(evs) != 3 || evs[0].ID[:5] != "e-re-" {
		t.Errorf("events after re-extraction = %+v", evs)
	}
	stop := errors.New("stop")
	n := 0
	if err := s.EachDocument(ctx, func(*sitrep.Document) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("EachDocument did not stop at the first error: %v after %d", err, n)
	}
}

func TestEachEvent(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	addSpecs(t, s, filterSpecs)
	for _, f := range []sitrep.EventFilter{{}, {Types: []string{"Battles"}}, {Near: &sitrep.Point{Lat: 36.34, Lon: 43.13}, WithinKM: 25, Limit: 1}} {
		want, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var got []sitrep.Event
		if err := s.EachEvent(ctx, f, func(e *sitrep.Event) error { got = append(got, *e); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || (len(got) > 0 && got[0].ID != want[0].ID) {
			t.Errorf("EachEvent(%+v) gave %d events, Events %d", f, len(got), len(want))
		}
	}
	stop := errors.New("stop")
	n := 0
	err := s.EachEvent(ctx, sitrep.EventFilter{}, func(*sitrep.Event) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("EachEvent did not stop at the first error: %v after %d", err, n)
	}
}

func TestOpenRefuses(t *testing.T) {
	ctx := context.Background()
	t.Run("a_file_that_is_not_a_database_is_left_untouched", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "events.csv")
		content := []byte("event_id_cnty,event_date\nIRQ1,2017-03-08\n")
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
		if s, err := Open(ctx, path); err == nil {
			s.Close()
			t.Fatal("Open accepted a CSV file")
		} else if !strings.Contains(err.Error(), path) {
			t.Errorf("error %q does not name the file", err)
		}
		got, _ := os.ReadFile(path)
		if !bytes.Equal(got, content) {
			t.Errorf("the file was changed: %q", got)
		}
	})
	t.Run("missing_directory", func(t *testing.T) {
		if s, err := Open(ctx, filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")); err == nil {
			s.Close()
			t.Fatal("Open created a store in a missing directory")
		}
	})
	t.Run("empty_path", func(t *testing.T) {
		if _, err := Open(ctx, ""); err == nil {
			t.Fatal("Open accepted an empty path")
		}
	})
}

func TestTextSearchBeyondEnglish(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	addSpecs(t, s, []spec{
		{id: "e-ar", date: "2017-01-02", typ: "Battles", text: "اشتباكات عنيفة في حي الزنجيلي غرب الموصل"},
		{id: "e-fr", date: "2017-01-03", typ: "Battles", text: "Des combats ont éclaté près de Tall Afar."},
		{id: "e-ru", date: "2017-01-04", typ: "Battles", text: "Ожесточённые бои шли у Мосула."},
	})
	for _, tc := range []struct{ name, text, want string }{
		{"arabic_word", "الموصل", "e-ar"},
		{"french_without_accents", "eclate", "e-fr"},
		{"french_with_accents", "éclaté", "e-fr"},
		{"russian_any_case", "МОСУЛА", "e-ru"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Events(ctx, sitrep.EventFilter{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].ID != tc.want {
				t.Errorf("Events(Text %q) = %v, want %s", tc.text, got, tc.want)
			}
		})
	}
}

// Several processes creating one new store at once race to switch it to
// WAL mode and to migrate it; none may fail with SQLITE_BUSY (issue 9).
func TestConcurrentOpenOfNewStore(t *testing.T) {
	dir := t.TempDir()
	for round := range 25 {
		p := filepath.Join(dir, fmt.Sprintf("new-%d.db", round))
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(context.Background(), p)
				if err != nil {
					errs <- err
					return
				}
				errs <- s.Close()
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Errorf("round %d: %v", round, err)
			}
		}
	}
}
