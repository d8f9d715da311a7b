package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"github.com/sitrep/sitrep/gazetteer/internal/geonames"
)

// TestRegions: a stem two first-level divisions of a country share after
// a direction word makes a region at their weighted mean; one division, a
// country's name, a division word or a stem a division already has
// makes none.
func TestRegions(t *testing.T) {
	adm := func(cc, name string, lat, lon float64) sitrep.Place {
		return sitrep.Place{Name: name, Country: cc, Admin1: name, Lat: lat, Lon: lon, Feature: "A.ADM1"}
	}
	town := func(cc, admin1 string, pop int64) sitrep.Place {
		return sitrep.Place{Name: "t", Country: cc, Admin1: admin1, Population: pop, Feature: "P.PPL"}
	}
	places := []sitrep.Place{
		adm("XA", "North Varo", 10, 20), adm("XA", "Southern Varo", 20, 30), town("XA", "North Varo", 1000), town("XA", "Southern Varo", 3000),
		adm("XA", "East Lune", 1, 1), town("XA", "East Lune", 1000), // one division only
		adm("XB", "Upper Testland", 1, 1), adm("XB", "Lower Testland", 2, 2), town("XB", "Upper Testland", 1000), town("XB", "Lower Testland", 1000),
		adm("XB", "Northern Province", 1, 1), adm("XB", "Southern Province", 2, 2), town("XB", "Northern Province", 1000), town("XB", "Southern Province", 1000),
		adm("XC", "North Kelo", 1, 1), adm("XC", "South Kelo", 2, 2), adm("XC", "Kelo", 3, 3),
		town("XC", "North Kelo", 1000), town("XC", "South Kelo", 1000), town("XC", "Kelo", 1000),
	}
	adm2 := func(name, admin2 string, lat, lon float64) sitrep.Place {
		return sitrep.Place{Name: name, Country: "XD", Admin1: "Mira", Admin2: admin2, Lat: lat, Lon: lon, Feature: "A.ADM2"}
	}
	town2 := func(admin2 string) sitrep.Place {
		return sitrep.Place{Name: "t", Country: "XD", Admin1: "Mira", Admin2: admin2, Population: 1000, Feature: "P.PPL"}
	}
	places = append(places,
		adm2("North Zārō District", "North Zārō District", 1, 1), adm2("South Zaro Agency", "South Zaro Agency", 3, 3),
		town2("North Zārō District"), town2("South Zaro Agency"),
		adm("XE", "North Red Sea", 1, 1), adm("XE", "South Red Sea", 2, 2), town("XE", "North Red Sea", 1000), town("XE", "South Red Sea", 1000))
	rs := regions(places, []geonames.Country{{ISO: "XB", Name: "Testland"}})
	if len(rs) != 2 {
		t.Fatalf("regions %v, want Varo and Zaro", rs)
	}
	if z := rs[1]; z.Country != "XD" || z.Admin1 != "Mira" || z.Lat != 2 || folded(z.Name) != "zaro" {
		t.Errorf("second-level region %+v, want Zaro in Mira at 2,2", z)
	}
	r := rs[0]
	if r.Name != "Varo" || r.Country != "XA" || r.Feature != "L.RGN" || r.ID < regionID {
		t.Fatalf("region %+v", r)
	}
	if r.Lat != 17.5 || r.Lon != 27.5 {
		t.Errorf("point %v,%v, want the population-weighted mean 17.5,27.5", r.Lat, r.Lon)
	}
}

func folded(s string) string { return string(fold.Exact(nil, s)) }

// TestNamedOnly: a second-level division no town is coded in is placed at
// its first-level division's point with feature A.ADM2P, in a country
// whose towns mostly carry no second-level code; not one that holds a
// town, one named by a digit or by directions alone, one named as a
// first-level division or its country, a second of the same name, nor
// any in a country whose towns are coded.
func TestNamedOnly(t *testing.T) {
	adm1 := func(cc, name string, lat, lon float64) sitrep.Place {
		return sitrep.Place{Name: name, Country: cc, Admin1: name, Lat: lat, Lon: lon, Feature: "A.ADM1"}
	}
	town := func(cc, admin1, admin2 string) sitrep.Place {
		return sitrep.Place{Name: "t", Country: cc, Admin1: admin1, Admin2: admin2, Feature: "P.PPL"}
	}
	places := []sitrep.Place{
		adm1("XA", "Mira", 10, 20), adm1("XA", "Lune", 5, 5), town("XA", "Mira", ""), town("XA", "Mira", ""), town("XA", "Lune", "Held Zone"),
		adm1("XB", "Varo", 1, 1), town("XB", "Varo", "Coded"), town("XB", "Varo", "Coded"),
	}
	adminName := map[string]string{"XA.01": "Mira", "XA.02": "Lune", "XB.01": "Varo"}
	admins2 := []geonames.Admin1{
		{Code: "XA.01.1", Name: "North Kelo Zone", ASCII: "North Kelo Zone", GeonameID: 1},
		{Code: "XA.01.2", Name: "Administrative Zone 2", ASCII: "Administrative Zone 2", GeonameID: 2},
		{Code: "XA.01.3", Name: "Western", ASCII: "Western", GeonameID: 3},
		{Code: "XA.01.4", Name: "Lune Zone", ASCII: "Lune Zone", GeonameID: 4},
		{Code: "XA.01.5", Name: "Testland Zone", ASCII: "Testland Zone", GeonameID: 5},
		{Code: "XA.01.6", Name: "North Kelo", ASCII: "North Kelo", GeonameID: 6},
		{Code: "XA.02.7", Name: "Held Zone", ASCII: "Held Zone", GeonameID: 7},
		{Code: "XB.01.8", Name: "Empty District", ASCII: "Empty District", GeonameID: 8},
	}
	held := func(cc, admin1, name string) bool { return name == "Held Zone" || name == "Coded" }
	got := namedOnly(admins2, adminName, held, places, []geonames.Country{{ISO: "XA", Name: "Testland"}, {ISO: "XB", Name: "Other"}})
	if len(got) != 1 {
		t.Fatalf("namedOnly = %+v, want North Kelo Zone alone", got)
	}
	p := got[0]
	if p.Name != "North Kelo Zone" || p.Feature != featADM2Province || p.Lat != 10 || p.Lon != 20 || p.Admin1 != "Mira" || p.ID != 1 {
		t.Errorf("got %+v, want North Kelo Zone, A.ADM2P, at Mira's point", p)
	}
	if !slices.Contains(p.Alternates, "North Kelo") {
		t.Errorf("alternates %v lack the name without its kind word", p.Alternates)
	}
}

// TestListedRegions: a region listed as first-level divisions is placed at
// their weighted mean, named by the first name with the others as its
// alternates; a division of another country or an unknown code is an
// error; a plain alias makes no region.
func TestListedRegions(t *testing.T) {
	adminName := map[string]string{"XA.01": "Mira", "XA.02": "Lune", "XB.01": "Varo"}
	weight := func(cc, admin1 string) (float64, float64, float64) {
		switch admin1 {
		case "Mira":
			return 10 * 1000, 20 * 1000, 1000 // at 10,20, weight 1000
		case "Lune":
			return 20 * 3000, 40 * 3000, 3000 // at 20,40, weight 3000
		}
		return 0, 0, 0
	}
	got, err := listedRegions(map[string][]string{"XA.01+XA.02": {"Miralune", "Mira-Lune"}, "XA.01": {"Mirra"}}, adminName, weight, 7)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %+v, want one region", got)
	}
	r := got[0]
	if r.Name != "Miralune" || r.Country != "XA" || r.Feature != "L.RGN" || r.ID != 7 || r.Lat != 17.5 || r.Lon != 35 ||
		!slices.Equal(r.Alternates, []string{"Mira-Lune"}) {
		t.Errorf("got %+v, want Miralune of XA at 17.5,35, id 7", r)
	}
	for _, bad := range []string{"XA.01+XB.01", "XA.01+XA.09"} {
		if _, err := listedRegions(map[string][]string{bad: {"R"}}, adminName, weight, 7); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// TestReadFeatures: a line of the features file makes a place of its kind
// (region L.RGN, area L.AREA) in its country and first-level division
// (named by its name or ASCII name), with its first name as the name and
// the others as alternates, numbered in the file's order; a wrong column
// count, kind, country, division or point is an error naming the line.
func TestReadFeatures(t *testing.T) {
	admins := []geonames.Admin1{{Code: "XA.01", Name: "Mīra", ASCII: "Mira"}, {Code: "XB.01", Name: "Varo", ASCII: "Varo"}}
	countries := []geonames.Country{{ISO: "XA"}, {ISO: "XB"}}
	write := func(s string) string {
		p := t.TempDir() + "/features.txt"
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	got, err := readFeatures(write("# comment\nKelo Forest|Kelo|Kelo Forest\tarea\tXA\tMira\t10.5,-3.25\n\nVaro Plains\tregion\tXB\t-\t1,2\n"), admins, countries)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %+v, want two places", got)
	}
	f, r := got[0], got[1]
	if f.Name != "Kelo Forest" || !slices.Equal(f.Alternates, []string{"Kelo"}) || f.Feature != "L.AREA" || f.Country != "XA" ||
		f.Admin1 != "Mīra" || f.Lat != 10.5 || f.Lon != -3.25 || f.ID != featureID {
		t.Errorf("area %+v", f)
	}
	if r.Name != "Varo Plains" || r.Feature != "L.RGN" || r.Admin1 != "" || r.Country != "XB" || r.ID != featureID+1 {
		t.Errorf("region %+v", r)
	}
	for _, bad := range []string{
		"Kelo\tarea\tXA\tMira\n",        // four columns
		"Kelo\tforest\tXA\tMira\t1,2\n", // no such kind
		"Kelo\tarea\tXZ\t-\t1,2\n",      // no such country
		"Kelo\tarea\tXB\tMira\t1,2\n",   // a division of another country
		"Kelo\tarea\tXA\tMira\t95,2\n",  // off the globe
		"Kelo\tarea\tXA\tMira\t1;2\n",   // no comma
		"|\tarea\tXA\tMira\t1,2\n",      // no name
	} {
		if _, err := readFeatures(write("# x\n"+bad), admins, countries); err == nil || !strings.Contains(err.Error(), ":2:") {
			t.Errorf("%q: error %v, want one naming line 2", bad, err)
		}
	}
}

// TestReadPlaces: the places file takes the kinds of populated places
// (a seat as GeoNames codes one, P.PPLA2; a camp is a populated place; a
// quarter P.PPLX), numbered from the id given, and refuses the features'
// kinds; notHeld refuses a listed place cities500 already holds by a
// spelling of the same key near it, not a namesake far away.
func TestReadPlaces(t *testing.T) {
	admins := []geonames.Admin1{{Code: "XA.01", Name: "Mīra", ASCII: "Mira"}}
	countries := []geonames.Country{{ISO: "XA"}}
	write := func(s string) string {
		p := t.TempDir() + "/places.txt"
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	got, err := readPlaces(write("Kelo|Kelo town\tseat\tXA\tMira\t1,2\nTanda camp|Tanda\tcamp\tXA\t-\t3,4\nOld Kelo\tquarter\tXA\tMira\t1.01,2\nMoro\ttown\tXA\tMira\t5,6\n"),
		featureID+100, admins, countries)
	if err != nil {
		t.Fatal(err)
	}
	var feats []string
	for i, p := range got {
		feats = append(feats, p.Feature)
		if p.ID != int64(featureID+100+i) || p.Gazetteer != "sitrep" {
			t.Errorf("%s: id %d gazetteer %s", p.Name, p.ID, p.Gazetteer)
		}
	}
	if want := []string{"P.PPLA2", "P.PPL", "P.PPLX", "P.PPL"}; !slices.Equal(feats, want) {
		t.Errorf("features %v, want %v", feats, want)
	}
	if _, err := readPlaces(write("Kelo\tarea\tXA\tMira\t1,2\n"), featureID, admins, countries); err == nil {
		t.Error("kind area: no error")
	}
	geo := []sitrep.Place{{ID: 7, Name: "Kélo", Country: "XA", Lat: 1.1, Lon: 2, Feature: "P.PPL"},
		{ID: 8, Name: "Tanda", Country: "XA", Lat: 30, Lon: 4, Feature: "P.PPL"},
		{ID: 9, Name: "Moro", Country: "XA", Lat: 5, Lon: 6, Feature: "A.ADM2"}}
	if err := notHeld(got, geo); err == nil || !strings.Contains(err.Error(), "Kelo") {
		t.Errorf("Kelo beside Kélo: error %v, want one naming Kelo", err)
	}
	if err := notHeld(got[1:], geo); err != nil {
		t.Errorf("a namesake far away or a district of the name: %v", err)
	}
}

// TestAtSeats: a second-level division known by name only is placed at
// the one town of its name in its first-level division and becomes an
// A.ADM2; one with no such town, or two, or a town of its name in another
// first-level division, stays at its province's point.
func TestAtSeats(t *testing.T) {
	places := []sitrep.Place{
		{Name: "Circunscrição de Kelo", Country: "XA", Admin1: "Mira", Lat: 1, Lon: 1, Feature: featADM2Province},
		{Name: "Kelo", Country: "XA", Admin1: "Mira", Lat: 2, Lon: 3, Feature: "P.PPLA2"},
		{Name: "Tanda District", Country: "XA", Admin1: "Mira", Lat: 1, Lon: 1, Feature: featADM2Province},
		{Name: "Tanda", Country: "XA", Admin1: "Mira", Lat: 4, Lon: 4, Feature: "P.PPL"},
		{Name: "Tanda", Country: "XA", Admin1: "Mira", Lat: 5, Lon: 5, Feature: "P.PPL"},
		{Name: "Moro Zone", Country: "XA", Admin1: "Mira", Lat: 1, Lon: 1, Feature: featADM2Province},
		{Name: "Moro", Country: "XA", Admin1: "Varo", Lat: 6, Lon: 6, Feature: "P.PPL"},
	}
	if n := atSeats(places); n != 1 {
		t.Errorf("moved %d, want 1", n)
	}
	if d := places[0]; d.Lat != 2 || d.Lon != 3 || d.Feature != "A.ADM2" {
		t.Errorf("Kelo district %+v, want at Kelo, A.ADM2", d)
	}
	for _, i := range []int{2, 5} {
		if d := places[i]; d.Lat != 1 || d.Feature != featADM2Province {
			t.Errorf("%s moved: %+v", d.Name, d)
		}
	}
}
