package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// determinismDocs gathers every report we can read in a test: the shared
// corpora when they are there, and always our own fixtures (extract's
// test reports) and the short reports below, written to exercise count
// and place decisions that a map's iteration order once swayed.
func determinismDocs(t *testing.T) []sitrep.Document {
	t.Helper()
	docs := []sitrep.Document{
		{ID: "counts", Published: "2018-03-12", Raw: "A mortar strike on a market east of the city kills 5 children, medics said.\n" +
			"Elsewhere 48 people were killed in Baiji on Monday when fighters stormed the town.\n" +
			"Air raids around Baghouz killed 5 civilians from one family, a monitor said.\n"},
		{ID: "tolls", Published: "2016-10-20", Raw: "Two soldiers and a police officer were killed in a car bombing in Tikrit on Tuesday.\n" +
			"Three civilians were also killed and 12 wounded, a hospital source said.\n" +
			"Officials later put the toll at 7 dead.\n"},
	}
	for _, c := range []string{"seeds", "news-dev", "news-wide"} {
		f, err := os.Open(filepath.Join("..", "..", "shared", "corpus", c, "docs.jsonl"))
		if err != nil {
			continue // only beside the project in development
		}
		dec := json.NewDecoder(f)
		for dec.More() {
			var d struct{ ID, Text, Published, URL string }
			if err := dec.Decode(&d); err != nil {
				t.Fatal(err)
			}
			docs = append(docs, sitrep.Document{ID: c + "/" + d.ID, Raw: d.Text, Published: sitrep.Date(d.Published), URL: d.URL})
		}
		f.Close()
	}
	files, _ := filepath.Glob(filepath.Join("..", "extract", "testdata", "reports", "*.txt"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, sitrep.Document{ID: filepath.Base(p), Raw: string(b), Published: "2017-01-15"})
	}
	return docs
}

// runAll runs the flow over docs with the given number of workers and
// returns everything it emitted, encoded as `sitrep extract` encodes it.
func runAll(t *testing.T, e *Engine, docs []sitrep.Document, workers int) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	err := e.Run(context.Background(), workers, func(emit func(Input) error) error {
		for i := range docs {
			d := docs[i] // a fresh copy: the flow writes into its document
			if err := emit(Input{Doc: &d}); err != nil {
				return err
			}
		}
		return nil
	}, func(r Result) error {
		for i := range r.Events {
			if err := enc.Encode(&r.Events[i]); err != nil {
				return err
			}
		}
		for i := range r.Figures {
			if err := enc.Encode(&r.Figures[i]); err != nil {
				return err
			}
		}
		return enc.Encode(r.Doc) // its cleaned text, metadata and near-duplicate link
	})
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSameInputSameOutput demands byte-identical output from repeated runs
// over the same reports, with one worker and with several: no decision may
// depend on map iteration order, timing or the number of workers. Go
// randomises map iteration on every loop, so repeated runs in one process
// do exercise it.
func TestSameInputSameOutput(t *testing.T) {
	docs := determinismDocs(t)
	e := testEngine(t)
	want := runAll(t, e, docs, 1)
	if !bytes.Contains(want, []byte(`"record":"event"`)) {
		t.Fatal("the reports gave no events: the comparison would prove nothing")
	}
	runs := 6
	if testing.Short() {
		runs = 2
	}
	for i := 0; i < runs; i++ {
		workers := []int{1, 2, 4, 8}[i%4]
		got := runAll(t, e, docs, workers)
		if !bytes.Equal(got, want) {
			t.Fatalf("run %d with %d workers differs from the first run:\n%s", i+1, workers, firstDiff(want, got))
		}
	}
}

// firstDiff names the first line where two outputs differ.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "line " + itoa(i+1) + ":\n  first: " + clip(la[i]) + "\n  later: " + clip(lb[i])
		}
	}
	return "lengths differ: " + itoa(len(la)) + " and " + itoa(len(lb)) + " lines"
}

func clip(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
