package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

func ExampleWalk() {
	stdin := strings.NewReader(`{"id":"r1","text":"Two soldiers were killed near Tarvik.","published":"2020-03-02"}
not a document
{"id":"r2","html":"<article><p>A mortar round hit a school in Drevna.</p></article>"}
`)
	err := ingest.Walk(context.Background(), []string{"-"}, ingest.Options{Stdin: stdin}, func(d *sitrep.Document, err error) error {
		var bad *ingest.Error
		if errors.As(err, &bad) {
			fmt.Println("failed:", bad)
			return nil
		}
		fmt.Printf("%s %q published %q (%s)\n", d.ID, d.Raw, d.Published, d.PublishedHow)
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// r1 "Two soldiers were killed near Tarvik." published "2020-03-02" (metadata)
	// failed: stdin:2: not JSON: invalid character 'o' in literal null (expecting 'u')
	// r2 "A mortar round hit a school in Drevna." published "" (unknown)
}
