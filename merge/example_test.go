package merge_test

import (
	"fmt"

	"github.com/sitrep/sitrep/merge"
)

func ExampleNearDup_Add() {
	wire := "Gunmen attacked an army checkpoint on the coastal road east of Port Ardan before dawn on Thursday, killing five soldiers and two civilians, a military spokesman said. Three other soldiers were wounded."
	copied := "By Staff Writer. " + wire + " Traffic was halted for hours."
	other := "Seven people died when armed men raided a post on the Senna highway early on Thursday, residents said."
	n := merge.NewNearDup()
	for _, d := range []struct{ id, text string }{{"wire", wire}, {"copy", copied}, {"other", other}} {
		of, sim := n.Add(d.id, d.text)
		fmt.Printf("%s: duplicate of %q (%.1f)\n", d.id, of, sim)
	}
	// Output:
	// wire: duplicate of "" (0.0)
	// copy: duplicate of "wire" (0.8)
	// other: duplicate of "" (0.0)
}
