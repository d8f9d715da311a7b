package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
)

// The documents and events below are invented for the tests: made-up
// reports about made-up incidents in real places.

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func fptr(f float64) *float64 { return &f }

func i64ptr(n int64) *int64 { return &n }

// newDoc makes a document whose hash follows from its text.
func newDoc(id, text string) *sitrep.Document {
	return &sitrep.Document{
		ID: id, Origin: "testdata/" + id + ".txt", Outlet: "Example Wire",
		Published: "2017-03-09", PublishedHow: sitrep.DateFromText,
		Raw: text, Text: text, Hash: hexSHA256(text),
	}
}

// fullEvent is an event with every field set.
func fullEvent(doc string) sitrep.Event {
	return sitrep.Event{
		Record:        "event",
		ID:            "e-" + doc + "-1",
		Doc:           doc,
		Date:          "2017-03-08",
		DatePrecision: sitrep.PrecisionDay,
		EventType:     "Explosions/Remote violence",
		SubEventType:  "Suicide bomb",
		Actor1:        "Islamic State",
		Actor2:        "civilians",
		Location: &sitrep.Location{
			Name: "Al Shifa", Admin1: "Nineveh", Country: "IQ",
			Lat: fptr(36.3566), Lon: fptr(43.1210), Precision: 2,
			GeonameID: i64ptr(98182), Within: "Mosul",
			Relative: "2 km north of the old bridge", Gazetteer: "geonames",
		},
		Fatalities: sitrep.Int(7),
		Killed:     sitrep.AtLeast(7),
		Wounded:    sitrep.Between(10, 14),
		Casualties: []sitrep.Casualty{
			{Kind: sitrep.Killed, Group: "civilians", Count: sitrep.AtLeast(7), Text: "killing at least seven shoppers"},
			{Kind: sitrep.Wounded, Group: "people", Count: sitrep.Between(10, 14), Text: "10 to 14 were hurt"},
		},
		Evidence: []sitrep.Evidence{
			{Doc: doc, Start: 0, End: 58, Text: "A car bomb tore through the vegetable market on Wednesday,"},
			{Doc: doc, Start: 59, End: 96, Text: "killing at least seven shoppers café."},
		},
		Sources: []sitrep.Source{
			{Doc: doc, URL: "https://example.org/a/1", Outlet: "Example Wire", Published: "2017-03-09", Title: "Market blast"},
			{Doc: "other-wire-7", URL: "", Outlet: "Other Wire", Published: "2017-03-10"},
		},
		Confidence: 0.82,
		FieldEvidence: map[string]sitrep.Evidence{
			"date":   {Doc: doc, Start: 48, End: 57, Text: "Wednesday"},
			"killed": {Doc: doc, Start: 59, End: 90, Text: "killing at least seven shoppers"},
		},
		Notes: []string{"date from 'on Wednesday' against publication 2017-03-09"},
	}
}

// nullEvent is an event with every optional field empty.
func nullEvent(doc string) sitrep.Event {
	return sitrep.Event{
		Record:    "event",
		ID:        "e-" + doc + "-2",
		Doc:       doc,
		EventType: "Battles", SubEventType: "Armed clash",
		Actor1: "unknown", Actor2: "unknown",
	}
}

// spec describes a small event for the filter tests.
type spec struct {
	id, date, typ, sub, a1, a2 string
	lat, lon                   float64 // 0,0 = no coordinates
	text                       string
}

func (s spec) event(doc string) sitrep.Event {
	e := sitrep.Event{
		Record: "event", ID: s.id, Doc: doc, Date: sitrep.Date(s.date),
		EventType: s.typ, SubEventType: s.sub, Actor1: s.a1, Actor2: s.a2,
		Evidence: []sitrep.Evidence{{Doc: doc, Start: 0, End: len([]rune(s.text)), Text: s.text}},
		Sources:  []sitrep.Source{{Doc: doc, Outlet: "Example Wire"}},
	}
	if s.lat != 0 || s.lon != 0 {
		e.Location = &sitrep.Location{Name: s.id + " place", Lat: fptr(s.lat), Lon: fptr(s.lon), Precision: 1}
	}
	return e
}

// addSpecs stores one document per spec, each with its single event.
func addSpecs(t testing.TB, s *Store, specs []spec) {
	t.Helper()
	for i, sp := range specs {
		id := fmt.Sprintf("doc-%02d", i)
		d := newDoc(id, "report "+id+": "+sp.text)
		if _, _, err := s.AddDocument(context.Background(), d, []sitrep.Event{sp.event(id)}, nil); err != nil {
			t.Fatal(err)
		}
	}
}

// addEntries stores a batch of entries as ingest does and fails the test
// on any error, of the batch or of one of its documents.
func addEntries(t testing.TB, s *Store, entries []Entry) []Result {
	t.Helper()
	res, err := s.AddDocuments(context.Background(), entries)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	return res
}
