package gazetteer

import (
	"strings"

	"github.com/sitrep/sitrep"
)

// rankedCand is a candidate a raw mention kept, with its score.
type rankedCand struct {
	j int // index into the raw's cands
	s float64
}

// keepInside looks for a place the report puts inside another one it
// names ("Karu in Zamfara state", "Segue village in the Mopti region",
// "Kasik, north of Mosul") among the candidates inside that one: the best
// of them, or none (a place the gazetteer lacks, placed in the larger one
// by enclose) when the chosen namesake lies elsewhere. A place with an
// offset ("50 km west of Mosul") keeps its choice, and so does one that
// only a comma puts beside a town or a place abroad.
func (f *finder) keepInside(raws []raw, chosen []int, ranked [][]rankedCand, focus string) {
	for i := 0; i+1 < len(raws); i++ {
		r, n := &raws[i], &raws[i+1]
		if chosen[i] < 0 || chosen[i+1] < 0 || r.m.Relative != "" || n.m.Full.Start < r.m.Full.End {
			continue
		}
		gap := f.text[r.m.Full.End:n.m.Full.Start]
		if gapKind(gap) != gapEnclosing {
			continue
		}
		km, told := reach(gap)
		outer := &n.cands[chosen[i+1]].p
		p := &r.cands[chosen[i]].p
		// (a place cued as a part or a small place is the smaller: "Mosul
		// district in Kandahar" is no Iraqi city)
		part := r.facility || partCue(r.m.Cue)
		if !(larger(outer, p) || part && outer.Feature[0] == 'P') || within(p, outer, km) || inItsNamesake(p, outer, n.m.Name) {
			continue
		}
		if !told && !part && (focus != "" && outer.Country != focus || outer.Feature[0] == 'P' && importance(p) > importance(outer)-3) {
			// only a comma between: "Aleppo, Damascus, Homs" is a list as
			// much as a place and its town, and "Caterham, Surrey" in a
			// report on England is not put in a namesake abroad; a
			// small namesake far away is another place ("Al Qadissiya,
			// Raqqa")
			continue
		}
		best, bestS := -1, 0.0
		for _, c := range ranked[i] {
			if q := &r.cands[c.j].p; (within(q, outer, km) || inItsNamesake(q, outer, n.m.Name)) && (best < 0 || c.s > bestS) {
				best, bestS = c.j, c.s
			}
		}
		chosen[i] = best
	}
}

// reach reads the words between a place and a town the report puts it
// by: how far from the town it may lie, and whether the words tell that
// it is there (not a bare comma). "X in Y", "X, Y", "X in western Y": 100
// km; "X, west of Y": 250 km; "X, about 330 kilometres south of Y": the
// distance told and half as much again.
func reach(gap string) (km float64, told bool) {
	w := strings.Fields(strings.ToLower(strings.Trim(gap, " ,")))
	km = 100
	dist := 0.0 // the distance told, if any
	for i, x := range w {
		if dirWords[x] && i+1 < len(w) && w[i+1] == "of" {
			km = max(km, 250) // "west of Mosul"; not "in western Taiz"
		}
		if i+1 < len(w) {
			if d, ok := parseKm(x, w[i+1]); ok && isDistanceUnit(w[i+1]) {
				dist = max(dist, d)
			}
		}
	}
	if dist > 0 {
		// (a distance told is the reach, whatever the direction word
		// alone would allow: "about 15 kilometres west of Pokrovsk" is
		// no namesake 95 km off)
		km = 1.5*dist + 25
	}
	return km, len(w) > 0
}

// isDistanceUnit reports whether w is a unit of distance.
func isDistanceUnit(w string) bool {
	switch w {
	case "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi":
		return true
	}
	return false
}

// larger reports whether outer is a larger place than p: a country or
// first-level division holding a locality or second-level division, or a
// town of more importance.
func larger(outer, p *sitrep.Place) bool {
	switch outer.Feature {
	case "A.PCLI":
		return p.Feature != "A.PCLI"
	case "A.ADM1":
		return p.Feature != "A.PCLI" && p.Feature != "A.ADM1"
	case "A.ADM2", featADM2Province, "L.RGN", featArea:
		return p.Feature[0] == 'P'
	}
	return outer.Feature[0] == 'P' && p.Feature[0] == 'P' && importance(outer) > importance(p)
}

// within reports whether p lies in outer: in its country, its first-level
// division, or within km of a town.
// InDivision reports whether place p lies in outer, a second-level
// division ("Isulan" in the province of Sultan Kudarat): by the division's
// code when both have one, else by lying in its first-level division near
// its point. It is false when outer is no second-level division, or p is
// a division or region itself (a province lies in no district). A quarter
// of a city (feature P.PPLX: "Solino" of Port-au-Prince) lies in the city
// it is within 15 km of, as in a division.
func InDivision(p, outer *sitrep.Place) bool {
	if p != nil && outer != nil && p.Feature == "P.PPLX" && isCity(outer) && p.Country == outer.Country {
		return roughKm(p.Lat, p.Lon, outer.Lat, outer.Lon) <= 15
	}
	return p != nil && outer != nil && isADM2(outer.Feature) && p.Feature != "" && p.Feature[0] != 'A' && !isRegion(p.Feature) && within(p, outer, 0)
}

func within(p, outer *sitrep.Place, km float64) bool {
	switch outer.Feature {
	case "A.PCLI":
		return p.Country == outer.Country
	case "A.ADM1":
		return p.Country == outer.Country && strings.EqualFold(p.Admin1, outer.Admin1)
	case "L.RGN", featArea:
		// a region its divisions are named after: what it holds is not
		// listed; a place of its country within a few hundred km
		return p.Country == outer.Country && roughKm(p.Lat, p.Lon, outer.Lat, outer.Lon) <= 400
	case "A.ADM2", featADM2Province:
		// a second-level division holds the places its code gives it;
		// where towns have no such code ("Las Navas, Northern Samar
		// province"), those of its first-level division near its point
		if p.Country != outer.Country || !strings.EqualFold(p.Admin1, outer.Admin1) {
			return false
		}
		if p.Admin2 != "" && outer.Admin2 != "" {
			return strings.EqualFold(p.Admin2, outer.Admin2)
		}
		return roughKm(p.Lat, p.Lon, outer.Lat, outer.Lon) <= max(km, 80)
	}
	return roughKm(p.Lat, p.Lon, outer.Lat, outer.Lon) <= km
}

// partCue reports whether a cue kind names a small place or a part of a
// town ("village", "district", "neighbourhood").
// smallerPartCue reports whether a cue names a part smaller than a
// province: a district (a municipality, a local government area, a
// cercle, a woreda), a town or a village, not a state or a region.
func smallerPartCue(kind string) bool {
	switch kind {
	case "district", "municipality", "lga", "cercle", "woreda":
		return true
	}
	return settlementCue(kind)
}

func partCue(kind string) bool {
	switch kind {
	case "village", "neighbourhood", "district", "camp", "area":
		return true
	}
	return false
}
