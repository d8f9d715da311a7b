package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/sqlite"
)

func Example() {
	dir, err := os.MkdirTemp("", "sitrep")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(dir, "sitrep.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	text := "Gunmen ambushed a patrol near the grain silos on Monday, killing two soldiers."
	doc := &sitrep.Document{ID: "report-1", Raw: text, Text: text}
	ev := sitrep.Event{
		ID: "e-1", Doc: "report-1", Date: "2017-03-06",
		EventType: "Battles", SubEventType: "Armed clash", Actor1: "unknown", Actor2: "Iraqi Security Forces",
		Killed:   sitrep.Exact(2),
		Evidence: []sitrep.Evidence{{Doc: "report-1", Start: 0, End: len(text), Text: text}},
	}
	added, id, err := s.AddDocument(ctx, doc, []sitrep.Event{ev}, nil)
	fmt.Println(added, id, err)
	// The same text again is recognised by its hash.
	added, id, err = s.AddDocument(ctx, &sitrep.Document{ID: "report-1-copy", Raw: text, Text: text}, nil, nil)
	fmt.Println(added, id, err)

	found, err := s.Events(ctx, sitrep.EventFilter{Text: "ambush*", Actor: "security"})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range found {
		fmt.Println(e.ID, e.Date, e.SubEventType, e.Killed)
	}
	// Output:
	// true report-1 <nil>
	// false report-1 <nil>
	// e-1 2017-03-06 Armed clash 2/2/2
}
