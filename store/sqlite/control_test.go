package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/control"
)

func statement(doc, place, holder, date string) sitrep.Control {
	return sitrep.Control{Record: "control", Doc: doc, Place: &sitrep.Location{Name: place, Country: "IQ"},
		Holder: holder, State: sitrep.ControlHeld, Date: sitrep.Date(date), DatePrecision: sitrep.PrecisionDay,
		Evidence: []sitrep.Evidence{{Start: 0, End: 8, Text: "invented"}}}
}

// Control statements are stored with their document, read back with it as
// their source, replaced when the document is read again, and go with it.
func TestControls(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	d1 := newDoc("d1", "An invented report on a town still held by a group.")
	d1.Outlet = "Invented Wire"
	res, err := s.AddDocuments(ctx, []Entry{{Doc: d1, Controls: []sitrep.Control{
		statement("d1", "Hamra", "Islamic State", "2017-01-10"),
		statement("d1", "Baaj", "Islamic State", ""),
	}}})
	if err != nil || res[0].Err != nil {
		t.Fatal(err, res[0].Err)
	}
	d2 := newDoc("d2", "Another invented report.")
	if _, err := s.AddDocuments(ctx, []Entry{{Doc: d2, Controls: []sitrep.Control{statement("d2", "hamra", "Iraqi Security Forces", "2017-03-01")}}}); err != nil {
		t.Fatal(err)
	}
	cs, srcs, err := s.Controls(ctx, sitrep.ControlFilter{Place: "HAMRA"})
	if err != nil || len(cs) != 2 || cs[0].Holder != "Islamic State" || srcs[0].Doc != "d1" || srcs[0].Outlet != "Invented Wire" || cs[1].Doc != "d2" {
		t.Fatalf("controls of Hamra = %+v, %+v, %v", cs, srcs, err)
	}
	if cs, _, _ := s.Controls(ctx, sitrep.ControlFilter{To: "2017-02-01"}); len(cs) != 2 {
		t.Errorf("controls to 2017-02-01 = %+v, want Hamra's first and the undated one", cs)
	}
	if _, _, err := s.Controls(ctx, sitrep.ControlFilter{To: "2017-02-31"}); !errors.Is(err, sitrep.ErrInvalid) {
		t.Errorf("a bad day: %v, want ErrInvalid", err)
	}
	// the timeline from the store
	tls, err := control.Load(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	built := control.Build(tls, control.Options{})
	if len(built) != 2 || built[1].Place.Name != "Hamra" || len(built[1].Intervals) != 2 || built[1].Intervals[1].Holder != "Iraqi Security Forces" {
		t.Fatalf("timelines = %+v", built)
	}
	// read again: the statements are replaced
	if err := s.Reread(ctx, d1, nil, nil, []sitrep.Control{statement("d1", "Hamra", "Peshmerga", "2017-01-11")}); err != nil {
		t.Fatal(err)
	}
	if cs, _, _ := s.Controls(ctx, sitrep.ControlFilter{Doc: "d1"}); len(cs) != 1 || cs[0].Holder != "Peshmerga" {
		t.Errorf("controls of d1 after reread = %+v", cs)
	}
	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	if cs, _, _ := s.Controls(ctx, sitrep.ControlFilter{}); len(cs) != 1 || cs[0].Doc != "d2" {
		t.Errorf("controls after deleting d1 = %+v", cs)
	}
	if err := s.ReplaceControls(ctx, "nope", nil); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("replace on a missing document: %v", err)
	}
}

// Figures are listed per place and date, dated by the report when they
// say no date of their own.
func TestFiguresByPlace(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	d := newDoc("d1", "An invented report with standing figures.")
	d.Published = "2017-05-02"
	figs := []sitrep.Figure{
		{Doc: "d1", What: "displaced", Value: sitrep.Exact(5000), Place: &sitrep.Location{Name: "Hamra"}},
		{Doc: "d1", What: "fighters", Value: sitrep.Exact(300), Place: &sitrep.Location{Name: "Baaj"}, AsOf: "2017-04-01"},
		{Doc: "d1", What: "displaced", Value: sitrep.Exact(100), Place: &sitrep.Location{Name: "Baaj"}},
	}
	if _, _, err := s.AddDocument(ctx, d, nil, figs); err != nil {
		t.Fatal(err)
	}
	got, err := s.FiguresByPlace(ctx, "", "")
	if err != nil || len(got) != 3 {
		t.Fatalf("figures = %+v, %v", got, err)
	}
	want := []string{"Baaj 2017-04-01 as_of fighters", "Baaj 2017-05-02 published displaced", "Hamra 2017-05-02 published displaced"}
	for i, g := range got {
		if s := g.Place.Name + " " + string(g.Date) + " " + g.DateFrom + " " + g.What; s != want[i] {
			t.Errorf("figure %d = %s, want %s", i, s, want[i])
		}
	}
	if got, _ := s.FiguresByPlace(ctx, "baaj", "displaced"); len(got) != 1 || got[0].Value.BestOr(0) != 100 {
		t.Errorf("Baaj's displaced = %+v", got)
	}
}
