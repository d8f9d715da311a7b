package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// A write inserts its full-text rows together (flushFTS). A version of a
// report replaced by its revision in the same write loses its full-text
// rows with its records (its event has the last seq, which the revision's
// event is then given: a row left behind would find the revision by the
// old words), and every record stored is found by its words.
func TestFullTextOfOneWrite(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	first := fullEvent("r1")
	first.Evidence[0].Text = "the convoy was ambushed near the ford"
	revised := fullEvent("r1")
	revised.Evidence[0].Text = "the convoy was shelled near the bridge"
	other := fullEvent("r2")
	other.ID = "e-other"
	other.Evidence[0].Text = "a drone struck the depot"
	// another incident: another year, another country
	other.Date = "2019-06-01"
	other.Location = &sitrep.Location{Name: "Tessalit", Country: "ML", Lat: fptr(20.2), Lon: fptr(1.01), Precision: 2}
	res, err := s.AddDocuments(ctx, []Entry{
		{Doc: newDoc("r2", "An invented report of a drone strike on a fuel depot at dawn."), Events: []sitrep.Event{other},
			Figures: []sitrep.Figure{{Doc: "r2", What: "displaced", Evidence: []sitrep.Evidence{{Doc: "r2", Text: "families fled the orchards"}}}}},
		{Doc: newDoc("r1", wireStory), Events: []sitrep.Event{first}},
		{Doc: newDoc("r1", strings.Replace(wireStory, "four policemen", "five policemen", 1)), Events: []sitrep.Event{revised}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r.Err != nil || !r.Added {
			t.Fatalf("entry %d: %+v", i, r)
		}
	}
	if !strings.HasPrefix(res[2].Replaced, "r1~") {
		t.Fatalf("the revision replaced %q, want the first version moved aside", res[2].Replaced)
	}
	for _, c := range []struct {
		words string
		want  []string // event ids
	}{
		{"ford", nil}, // the replaced version's words
		{"ambushed", nil},
		{"bridge", []string{revised.ID}},
		{"convoy", []string{revised.ID}},
		{"drone", []string{"e-other"}},
		{"orchards", nil}, // a figure's words find no event
	} {
		got, err := s.Events(ctx, sitrep.EventFilter{Text: c.words})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, ev := range got {
			ids = append(ids, ev.ID)
		}
		if strings.Join(ids, ",") != strings.Join(c.want, ",") {
			t.Errorf("events matching %q: %v, want %v", c.words, ids, c.want)
		}
	}
	figs, err := s.Figures(ctx, sitrep.EventFilter{Text: "orchards"})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 1 || figs[0].What != "displaced" {
		t.Errorf("figures matching 'orchards': %+v, want the displaced figure", figs)
	}
}
