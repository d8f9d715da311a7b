package quantity_test

import (
	"fmt"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/quantity"
)

func ExampleFind() {
	text := "At least 12 soldiers and dozens of civilians were killed 50 km west of the city on June 3."
	for _, q := range quantity.Find(text, sitrep.Span{Start: 0, End: len(text)}) {
		fmt.Printf("%q %s %v head=%q\n", text[q.Span.Start:q.Span.End], q.Kind, q.Count, q.Head)
	}
	// Output:
	// "At least 12" Cardinal 12/12/- head="soldiers"
	// "dozens of" Cardinal 12/12/- head="civilians"
	// "50 km" Distance 50/50/50 head=""
	// "June 3" Date 3/3/3 head=""
}

func ExampleParse() {
	for _, p := range []string{"more than 38", "up to 90", "5,000 to 6,000", "nearly two dozen"} {
		c, _ := quantity.Parse(p)
		fmt.Println(p, "→", c)
	}
	// Output:
	// more than 38 → 38/38/-
	// up to 90 → -/90/90
	// 5,000 to 6,000 → 5000/5500/6000
	// nearly two dozen → 24/24/24
}

func ExampleNumber() {
	n, _ := quantity.Number("one hundred and twenty")
	m, _ := quantity.Number("1.5 million")
	fmt.Println(n, m)
	// Output:
	// 120 1500000
}
