package control_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/control"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/sqlite"
	"github.com/sitrep/sitrep/textutil"
)

// ingestCorpus reads a shared corpus into a new store as `sitrep ingest`
// does and returns the timelines built from it.
func ingestCorpus(t *testing.T, docs string) []control.Timeline {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	eng, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var entries []sqlite.Entry
	err = ingest.Walk(ctx, []string{docs}, ingest.Options{}, func(doc *sitrep.Document, err error) error {
		if err != nil {
			return err
		}
		r := eng.Process(doc)
		entries = append(entries, sqlite.Entry{Doc: r.Doc, Events: r.Events, Figures: r.Figures, Controls: r.Controls})
		return nil
	})
	if err != nil {
		t.Fatalf("read %s: %v", docs, err)
	}
	res, err := st.AddDocuments(ctx, entries)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	claims, err := control.Load(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	return control.Build(claims, control.Options{Allied: control.AlliedBy(nil)})
}

// goldEvent is a gold annotation's event, as much as the check reads.
type goldEvent struct {
	Date     *string `json:"date"`
	Place    string  `json:"place"`
	Type     string  `json:"type"`
	Actor1   string  `json:"actor1"`
	Optional bool    `json:"optional"`
}

// placeWords are the words of a place name that name it: folded, without
// the words that say what kind of place it is.
func placeWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(textutil.NameKey(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		switch w {
		case "al", "el", "the", "of", "and", "in", "near", "district", "districts", "city", "town", "village", "villages",
			"area", "areas", "parts", "part", "not", "named", "central", "main", "west", "western", "east", "eastern",
			"north", "northern", "south", "southern", "two", "several", "camp", "camps", "base", "complex", "government",
			"grand", "old", "road", "centre", "center", "buildings", "township", "block", "blocks", "power", "plant", "housing":
			continue
		}
		if len(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// samePlace reports whether a gold place and a timeline's place share a
// name word (a spelling differing only at its end counts: Hawijah,
// Hawija).
func samePlace(gold, found string) bool {
	for _, g := range placeWords(gold) {
		for _, f := range placeWords(found) {
			if g == f || len(g) >= 5 && len(f) >= 5 && g[:5] == f[:5] {
				return true
			}
		}
	}
	return false
}

// TestGoldCapturesHeldInTimeline is issue 14's measured check: for every
// gold territory_gain event with a date and a place sitrep finds (a place
// of the timelines built by ingesting that set shares a name with it), the
// timeline names the gold taker as holder of that place on that date, or
// marks it contested with the taker among the sides. Optional gold events
// (vaguely placed or dated) are left out, as the scorer leaves them. The
// taker counts as named when the timeline names it or a side it is part
// of, or one part of it (Counter-Terrorism Service and Iraqi Security
// Forces), as the scorer counts actors. Goal: a share of at least 0.9.
func TestGoldCapturesHeldInTimeline(t *testing.T) {
	shared := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared corpora not found (%v); they are only beside the project in development", err)
	}
	dict := actors.Default()
	related := func(a, b string) bool {
		if strings.EqualFold(a, b) {
			return true
		}
		x, y := dict.Lookup(a), dict.Lookup(b)
		return x != nil && y != nil && (x == y || strings.EqualFold(x.Parent, y.Name) || strings.EqualFold(y.Parent, x.Name))
	}
	checked, held := 0, 0
	var report []string
	for _, corpus := range []string{"seeds", "news-dev", "news-wide"} {
		tls := ingestCorpus(t, filepath.Join(shared, corpus, "docs.jsonl"))
		f, err := os.Open(filepath.Join(shared, corpus, "gold.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var g struct {
				ID     string      `json:"id"`
				Events []goldEvent `json:"events"`
			}
			if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
				t.Fatalf("%s gold: %v", corpus, err)
			}
			for _, ev := range g.Events {
				if ev.Type != "territory_gain" || ev.Date == nil || ev.Optional {
					continue
				}
				day := sitrep.Date(*ev.Date)
				var places []*control.Timeline
				for i := range tls {
					if samePlace(ev.Place, tls[i].Place.Name) {
						places = append(places, &tls[i])
					}
				}
				if len(places) == 0 {
					report = append(report, fmt.Sprintf("not found  %s %s %s (%s)", g.ID, day, ev.Place, ev.Actor1))
					continue
				}
				checked++
				ok := false
				var saw []string
				for _, tl := range places {
					iv := tl.At(day)
					if iv == nil {
						saw = append(saw, tl.Place.Name+": nobody")
						continue
					}
					saw = append(saw, tl.Place.Name+": "+iv.Who())
					names := append([]string{iv.Holder}, iv.Sides...)
					if slices.ContainsFunc(names, func(n string) bool { return n != "" && related(n, ev.Actor1) }) {
						ok = true
					}
				}
				if ok {
					held++
					report = append(report, fmt.Sprintf("held       %s %s %s (%s)", g.ID, day, ev.Place, ev.Actor1))
				} else {
					report = append(report, fmt.Sprintf("MISSED     %s %s %s (%s): %s", g.ID, day, ev.Place, ev.Actor1, strings.Join(saw, "; ")))
				}
			}
		}
		f.Close()
	}
	for _, l := range report {
		t.Log(l)
	}
	if checked == 0 {
		t.Fatal("no gold capture with a date at a place sitrep finds")
	}
	share := float64(held) / float64(checked)
	t.Logf("gold captures held by their taker in the timeline: %d of %d (%.3f)", held, checked, share)
	// the floor is the goal, reached, so that no change loses
	// ground unseen
	if share < floor {
		t.Errorf("share %.3f below the floor %.2f", share, floor)
	}
}

// floor is the lowest share TestGoldCapturesHeldInTimeline accepts: a
// little under the share reached (17 of 17), and above the goal of 0.9.
const floor = 0.94

// The seeds' statements of who holds Shirqat, Tal Afar and Mosul appear
// with the right holders on 2017-06-20, after ingesting the five seed
// reports: Shirqat lost by Islamic State to Iraqi forces the year before,
// Tal Afar still held by Islamic State under siege, Mosul retaken by
// Iraqi forces but for an enclave.
func TestSeedsControlOn20170620(t *testing.T) {
	docs := filepath.Join("..", "..", "shared", "corpus", "seeds", "docs.jsonl")
	if _, err := os.Stat(docs); err != nil {
		t.Skipf("shared corpora not found (%v); they are only beside the project in development", err)
	}
	states := control.At(ingestCorpus(t, docs), "2017-06-20")
	want := map[string]string{
		"Shirqat":  "held by Iraqi Security Forces since 2016-01-01",
		"Tal Afar": "besieged by Islamic State since 2017-06-11",
		"Mosul":    "held by Iraqi Security Forces since 2017-06-11",
	}
	for _, s := range states {
		w, ok := want[s.Place.Name]
		if !ok {
			continue
		}
		delete(want, s.Place.Name)
		if got := fmt.Sprintf("%s by %s since %s", s.State, s.Holder, s.Since); got != w {
			t.Errorf("%s: %s, want %s", s.Place.Name, got, w)
		}
		if s.Place.Name == "Mosul" && !strings.Contains(s.Except, "enclave") {
			t.Errorf("Mosul: except %q, want the enclave", s.Except)
		}
	}
	for p := range want {
		t.Errorf("%s: no state on 2017-06-20", p)
	}
}
