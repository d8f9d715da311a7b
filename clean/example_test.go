package clean_test

import (
	"fmt"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/clean"
)

func ExampleCleaner_Clean() {
	doc := &sitrep.Document{
		URL: "https://www.ardantimes.example/news/world/shelling-port-ardan",
		Raw: "The Ardan Times\n\nShelling hits Port Ardan\n\nWednesday, 11 March 2015 - 19:56\n\n" +
			"PORT ARDAN (Wirewatch) - Shells hit the harbour on Tuesday, killing four dock workers, officials said.\n\n" +
			"1/12 Smoke rises over the harbour AFP\n\nShare this article\n\nRelated Stories\n\nAid convoy reaches Belun",
	}
	clean.Default().Clean(doc)
	fmt.Println(doc.Title, "|", doc.Outlet, "|", doc.Published, doc.PublishedHow)
	fmt.Println(doc.Text)
	for _, d := range doc.Dropped {
		fmt.Printf("dropped by %s: %q\n", d.Rule, d.Text)
	}
	// Output:
	// Shelling hits Port Ardan | Wirewatch | 2015-03-11 text
	// Shelling hits Port Ardan
	//
	// PORT ARDAN (Wirewatch) - Shells hit the harbour on Tuesday, killing four dock workers, officials said.
	// dropped by masthead: "The Ardan Times"
	// dropped by date-line: "Wednesday, 11 March 2015 - 19:56"
	// dropped by gallery-count: "1/12 Smoke rises over the harbour AFP"
	// dropped by share-prompt: "Share this article"
	// dropped by related-end: "Related Stories\n\nAid convoy reaches Belun"
}
