package sqlite

import (
	"fmt"
	"math"

	"github.com/sitrep/sitrep"
)

// earthRadiusKM is the mean Earth radius (IUGG), the one haversine
// distances are computed with.
const earthRadiusKM = 6371.0088

// DistanceKM is the great-circle (haversine) distance between two points.
func DistanceKM(a, b sitrep.Point) float64 {
	const rad = math.Pi / 180
	dLat := (b.Lat - a.Lat) * rad
	dLon := (b.Lon - a.Lon) * rad
	s := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	if s > 1 {
		s = 1
	}
	return 2 * earthRadiusKM * math.Asin(math.Sqrt(s))
}

// box is a latitude/longitude rectangle that contains a circle. When the
// circle crosses the antimeridian the longitude range wraps: wrap is true
// and the box holds lon >= minLon OR lon <= maxLon. allLon means every
// longitude (the circle holds a pole).
type box struct {
	minLat, maxLat float64
	minLon, maxLon float64
	wrap, allLon   bool
}

// boundingBox returns the smallest latitude/longitude box holding every
// point within km of p (after J. P. Matuschek's method: the longitude
// half-width at the circle's widest is asin(sin(r)/cos(lat))).
func boundingBox(p sitrep.Point, km float64) (box, error) {
	if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 || math.IsNaN(p.Lat) || math.IsNaN(p.Lon) {
		return box{}, fmt.Errorf("point %g,%g is not a latitude and longitude", p.Lat, p.Lon)
	}
	if !(km > 0) || math.IsInf(km, 0) {
		return box{}, fmt.Errorf("radius %g km is not a positive distance", km)
	}
	const deg = 180 / math.Pi
	r := km / earthRadiusKM // angular radius, radians
	b := box{minLat: p.Lat - r*deg, maxLat: p.Lat + r*deg}
	if b.minLat <= -90 || b.maxLat >= 90 || r >= math.Pi/2 {
		b.minLat = math.Max(b.minLat, -90)
		b.maxLat = math.Min(b.maxLat, 90)
		b.allLon = true
		return b, nil
	}
	x := math.Sin(r) / math.Cos(p.Lat/deg)
	if x >= 1 {
		b.allLon = true
		return b, nil
	}
	dLon := math.Asin(x) * deg
	b.minLon, b.maxLon = p.Lon-dLon, p.Lon+dLon
	switch {
	case b.minLon < -180:
		b.minLon += 360
		b.wrap = true
	case b.maxLon > 180:
		b.maxLon -= 360
		b.wrap = true
	}
	return b, nil
}

// where returns the SQL condition (on columns lat, lon of alias t) and its
// arguments that keep the points inside the box.
func (b box) where(t string) (string, []any) {
	lat, lon := t+".lat", t+".lon"
	cond := lat + " BETWEEN ? AND ?"
	args := []any{b.minLat, b.maxLat}
	switch {
	case b.allLon:
		cond += " AND " + lon + " IS NOT NULL"
	case b.wrap:
		cond += " AND (" + lon + " >= ? OR " + lon + " <= ?)"
		args = append(args, b.minLon, b.maxLon)
	default:
		cond += " AND " + lon + " BETWEEN ? AND ?"
		args = append(args, b.minLon, b.maxLon)
	}
	return cond, args
}
