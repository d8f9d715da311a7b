package main

import (
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
