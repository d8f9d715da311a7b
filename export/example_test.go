package export_test

import (
	"os"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
)

func ExampleTable() {
	lat, lon := 36.34, 43.13
	events := []sitrep.Event{{
		ID: "e-1", Doc: "d1", Date: "2017-03-08", EventType: "Battles", SubEventType: "Armed clash",
		Actor1: "Iraqi Security Forces", Actor2: "Islamic State",
		Location: &sitrep.Location{Name: "Wadi Hajar", Within: "Mosul", Country: "IQ", Lat: &lat, Lon: &lon},
		Killed:   sitrep.AtLeast(12), Wounded: sitrep.Between(5, 9),
	}}
	export.Table(os.Stdout, events, 110)
	// Output:
	// id   date        type                   actors                    place                   killed  wounded  src
	// ---  ----------  ---------------------  ------------------------  ----------------------  ------  -------  ---
	// e-1  2017-03-08  Battles (Armed clash)  Iraqi Security Forces →…  Wadi Hajar (Mosul, IQ)     12+      5–9    1
}
