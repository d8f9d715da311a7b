package control

import "github.com/sitrep/sitrep"

// FeatureCollection is the states of places as GeoJSON points, for a map.
type FeatureCollection struct {
	Type     string    `json:"type"` // "FeatureCollection"
	Features []Feature `json:"features"`
}

// Feature is one place's state as a GeoJSON point.
type Feature struct {
	Type     string `json:"type"` // "Feature"
	Geometry struct {
		Type        string     `json:"type"`        // "Point"
		Coordinates [2]float64 `json:"coordinates"` // lon, lat
	} `json:"geometry"`
	Properties Properties `json:"properties"`
}

// Properties say who holds a place and since when.
type Properties struct {
	Place          string      `json:"place"`
	Admin1         string      `json:"admin1,omitempty"`
	Country        string      `json:"country,omitempty"`
	State          string      `json:"state"`
	Holder         string      `json:"holder"`
	Sides          []string    `json:"sides"`
	Against        []string    `json:"against,omitempty"`
	Since          sitrep.Date `json:"since"`
	SincePrecision string      `json:"since_precision"`
	Until          sitrep.Date `json:"until"`
	Except         string      `json:"except,omitempty"`
	Sources        []string    `json:"sources"`
}

// GeoJSON makes the points of places' states; a place without
// coordinates is left out.
func GeoJSON(states []State) FeatureCollection {
	fc := FeatureCollection{Type: "FeatureCollection", Features: []Feature{}}
	for i := range states {
		s := &states[i]
		if !s.Place.HasPoint() {
			continue
		}
		var f Feature
		f.Type = "Feature"
		f.Geometry.Type = "Point"
		f.Geometry.Coordinates = [2]float64{*s.Place.Lon, *s.Place.Lat}
		p := Properties{Place: s.Place.Name, Admin1: s.Place.Admin1, Country: s.Place.Country, State: s.State,
			Holder: s.Holder, Sides: s.Sides, Against: s.Against, Since: s.Since, SincePrecision: s.SincePrecision,
			Until: s.To, Except: s.Except, Sources: []string{}}
		if p.Sides == nil {
			p.Sides = []string{}
		}
		for _, src := range s.Sources() {
			p.Sources = append(p.Sources, src.Doc)
		}
		f.Properties = p
		fc.Features = append(fc.Features, f)
	}
	return fc
}
