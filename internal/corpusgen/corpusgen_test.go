package corpusgen

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/sharedtest"
	"github.com/sitrep/sitrep/merge"
)

func load(t *testing.T) *Source {
	t.Helper()
	s, err := Load(sharedtest.Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSameSeedSameStream(t *testing.T) {
	s := load(t)
	var a, b, c bytes.Buffer
	for _, w := range []struct {
		buf  *bytes.Buffer
		seed uint64
	}{{&a, 7}, {&b, 7}, {&c, 8}} {
		if err := s.WriteJSONL(w.buf, 300, Options{Seed: w.seed}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two streams of the same seed differ")
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("streams of different seeds are the same")
	}
	if n := bytes.Count(a.Bytes(), []byte("\n")); n != 300 {
		t.Errorf("%d lines, want 300", n)
	}
}

// Copies read as near-duplicates of their originals, originals as
// different stories.
func TestCopiesAndOriginals(t *testing.T) {
	s := load(t)
	dups := merge.NewNearDup()
	missed, linked := 0, 0
	var copies, originals []Report
	err := s.Generate(400, Options{Seed: 1}, func(r Report) error {
		of, _ := dups.Add(r.ID, r.Text)
		switch {
		case r.CopyOf != "" && of != r.CopyOf:
			missed++
		case r.CopyOf == "" && of != "":
			linked++
		}
		if r.CopyOf != "" {
			copies = append(copies, r)
		} else {
			originals = append(originals, r)
		}
		if strings.TrimSpace(r.Text) == "" || r.Outlet == "" {
			t.Errorf("report %s lacks text or outlet", r.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(copies) < 80 || len(copies) > 160 {
		t.Errorf("%d copies among 400, want about 30%%", len(copies))
	}
	// MinHash with banded lookup misses a pair now and then; a copy built
	// as these are should nearly always be found.
	if missed > len(copies)/50 {
		t.Errorf("%d of %d copies are not found as near-duplicates of their original", missed, len(copies))
	}
	if linked > len(originals)/50 {
		t.Errorf("%d of %d originals read as near-duplicates of an earlier report", linked, len(originals))
	}
}
