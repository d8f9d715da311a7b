package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestScoresOnSharedCorpora runs the whole flow over the development
// corpora and scores it with the project's referee, score_events.py, when
// both the corpora and python3 are there (in development and CI, not on a
// user's machine). The floors are the targets (and, for place,
// the figure reached), so a change that loses ground fails here.
func TestScoresOnSharedCorpora(t *testing.T) {
	shared := filepath.Join("..", "..", "shared")
	scorer := filepath.Join(shared, "tools", "score_events.py")
	if _, err := os.Stat(scorer); err != nil {
		t.Skipf("shared corpora not found (%v); they are only beside the project in development", err)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found: the scorer cannot run")
	}
	floors := map[string]map[string]float64{
		// the seeds' floors are the issue's: F1 ≥ 0.90, every killed and wounded figure right
		"seeds": {"f1": 0.90, "killed_acc": 1.0, "wounded_acc": 1.0},
		// news-dev's: at least the (F1 ≥ 0.80; killed and wounded
		// ≥ 0.85; date, actor1 and type ≥ 0.80), raised to a little under
		// the figures reached (2026-12-05, second session: F1 0.884, killed
		// 0.899, wounded 0.914, date 0.889, actor1 0.867, type 0.915, place
		// 0.899), so that a change that loses on it is seen
		"news-dev": {"f1": 0.87, "killed_acc": 0.87, "wounded_acc": 0.90, "date_acc": 0.87, "actor1_acc": 0.83, "type_acc": 0.90, "place_exact": 0.89},
		// news-wide's likewise (reached: F1 0.886, killed 0.886, wounded
		// 0.878, date 0.935, actor1 0.937, type 0.905, place 0.932); the
		// issue's targets are F1, killed and actor1 at 0.85, 0.85 and 0.80
		"news-wide": {"f1": 0.87, "killed_acc": 0.87, "wounded_acc": 0.86, "date_acc": 0.92, "actor1_acc": 0.91, "type_acc": 0.89, "place_exact": 0.91},
	}
	for corpus, floor := range floors {
		t.Run(corpus, func(t *testing.T) {
			dir := filepath.Join(shared, "corpus", corpus)
			pred := filepath.Join(t.TempDir(), "pred.jsonl")
			extractCorpus(t, filepath.Join(dir, "docs.jsonl"), pred)
			out, err := exec.Command("python3", scorer, filepath.Join(dir, "gold.jsonl"), pred, "--json").Output()
			if err != nil {
				t.Fatalf("score_events.py: %v", err)
			}
			var m map[string]any
			if err := json.Unmarshal(out, &m); err != nil {
				t.Fatalf("scorer output %q: %v", out, err)
			}
			t.Logf("%s: %s", corpus, out)
			for k, min := range floor {
				v, ok := m[k].(float64)
				if !ok || v < min {
					t.Errorf("%s %s = %v, below the floor %.2f", corpus, k, m[k], min)
				}
			}
			if corpus == "news-dev" && m["fp_in_empty_docs"].(float64) > 0 {
				t.Errorf("news-dev: %v events in reports that tell none", m["fp_in_empty_docs"])
			}
		})
	}
}

// extractCorpus runs the flow over a JSON Lines corpus and writes the event
// records as `sitrep extract` does.
func extractCorpus(t *testing.T, in, out string) {
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	e := testEngine(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	err = e.Run(context.Background(), 0, func(emit func(Input) error) error {
		for sc.Scan() {
			var d struct{ ID, Text, Published, URL string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				return err
			}
			doc := &sitrep.Document{ID: d.ID, Raw: d.Text, URL: d.URL, Published: sitrep.Date(d.Published)}
			if d.Published != "" {
				doc.PublishedHow = sitrep.DateFromMetadata
			}
			if err := emit(Input{Doc: doc}); err != nil {
				return err
			}
		}
		return sc.Err()
	}, func(r Result) error {
		for i := range r.Events {
			if err := enc.Encode(&r.Events[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
