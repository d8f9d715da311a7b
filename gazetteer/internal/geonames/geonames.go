// Package geonames parses the GeoNames text dumps: the 19-column place
// tables (cities500.txt, IQ.txt, allCountries.txt), admin1CodesASCII.txt,
// admin2Codes.txt and countryInfo.txt, and spells divisions' names the
// ways reports write them.
package geonames

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep"
)

// Read parses a 19-column GeoNames dump. admin1 maps "CC.code" to a name;
// with a nil map the code is kept. Alternates are filtered with KeepAlternate
// and de-duplicated; the ASCII name is added when it differs from the name.
func Read(r io.Reader, admin1 map[string]string) ([]sitrep.Place, error) {
	return ReadNamed(r, admin1, nil)
}

// ReadNamed is Read that also names each place's second-level division:
// admin2 maps "CC.admin1.admin2" codes to names (nil: Admin2 stays empty).
func ReadNamed(r io.Reader, admin1, admin2 map[string]string) ([]sitrep.Place, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	var out []sitrep.Place
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) < 9 {
			return out, fmt.Errorf("geonames line %d: %d columns, want 19", line, len(f))
		}
		id, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return out, fmt.Errorf("geonames line %d: id %q: %w", line, f[0], err)
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return out, fmt.Errorf("geonames line %d: bad coordinates %q, %q", line, f[4], f[5])
		}
		p := sitrep.Place{ID: id, Name: strings.TrimSpace(f[1]), Lat: lat, Lon: lon,
			Country: strings.ToUpper(strings.TrimSpace(f[8])), Gazetteer: "geonames"}
		if p.Name == "" {
			continue
		}
		if f[6] != "" || f[7] != "" {
			p.Feature = f[6] + "." + f[7]
		} else {
			p.Feature = "P.PPL"
		}
		if len(f) > 10 && f[10] != "" {
			code := p.Country + "." + f[10]
			if admin1 == nil {
				p.Admin1 = f[10]
			} else if n, ok := admin1[code]; ok {
				p.Admin1 = n
			}
		}
		if admin2 != nil && len(f) > 11 && f[10] != "" && f[11] != "" {
			p.Admin2 = admin2[p.Country+"."+f[10]+"."+f[11]]
		}
		if len(f) > 14 && f[14] != "" {
			p.Population, _ = strconv.ParseInt(f[14], 10, 64)
		}
		seen := map[string]bool{strings.ToLower(p.Name): true}
		add := func(a string) {
			a = strings.TrimSpace(a)
			if !KeepAlternate(a, p.Name) || seen[strings.ToLower(a)] {
				return
			}
			seen[strings.ToLower(a)] = true
			p.Alternates = append(p.Alternates, a)
		}
		add(f[2])
		if len(f) > 3 && f[3] != "" {
			for _, a := range strings.Split(f[3], ",") {
				add(a)
			}
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("geonames line %d: %w", line+1, err)
	}
	return out, nil
}

// KeepAlternate reports whether an alternate name is worth matching: in
// Latin or Arabic script, not a code (IATA, postal, ISO), not a URL, not
// overlong, and with digits only when the main name has digits.
func KeepAlternate(a, name string) bool {
	if a == "" || len(a) > 80 || strings.Contains(a, "http") || strings.ContainsAny(a, "/@=") {
		return false
	}
	letters, upper := 0, 0
	digits := false
	for _, r := range a {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case unicode.IsLetter(r):
			letters++
			if !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Arabic, r) {
				return false
			}
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters < 2 {
		return false
	}
	if digits && !strings.ContainsAny(name, "0123456789") {
		return false
	}
	if upper == letters && letters <= 4 && !strings.Contains(a, " ") {
		return false // codes such as "BGW", "IQ-BG"
	}
	return true
}

// Admin1 is one division of admin1CodesASCII.txt (or of admin2Codes.txt,
// whose rows have the same form with a "CC.admin1.admin2" code).
type Admin1 struct {
	Code      string // "IQ.15"
	Name      string // "Nineveh"
	ASCII     string // "Nineveh"
	GeonameID int64
}

// ReadAdmin1 parses admin1CodesASCII.txt or admin2Codes.txt (code, name,
// ASCII name, id).
func ReadAdmin1(r io.Reader) ([]Admin1, error) {
	sc := bufio.NewScanner(r)
	var out []Admin1
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) < 3 {
			return out, fmt.Errorf("admin1 line %d: %d columns, want 4", line, len(f))
		}
		a := Admin1{Code: f[0], Name: f[1], ASCII: f[2]}
		if len(f) > 3 {
			a.GeonameID, _ = strconv.ParseInt(f[3], 10, 64)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("admin1 line %d: %w", line+1, err)
	}
	return out, nil
}

// DivisionName returns a division's name without the words that say what
// kind of division it is ("Borno State" → "Borno", "Circunscrição de
// Macomia" → "Macomia", "Qaḑā’ Sāmarrā’" → "Sāmarrā’", "Makhmūr District"
// → "Makhmūr"), or the name itself when nothing would be left.
func DivisionName(name string) string {
	w := strings.Fields(name)
	for len(w) > 1 && isDivisionWord(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	if len(w) > 3 && strings.EqualFold(strings.Join(w[len(w)-3:], " "), "local government area") {
		w = w[:len(w)-3]
	}
	for len(w) > 1 && isDivisionWord(w[0]) {
		w = w[1:]
		// "Circunscrição de", "Distrito de", "Arrondissement de la"
		for len(w) > 1 && linkWords[strings.ToLower(w[0])] {
			w = w[1:]
		}
	}
	return strings.Join(w, " ")
}

// linkWords join a division word to the name after it.
var linkWords = map[string]bool{"de": true, "da": true, "do": true, "des": true, "du": true, "di": true, "del": true, "la": true, "of": true}

// IsDivisionWord reports whether w says what kind of division a name is.
func IsDivisionWord(w string) bool { return isDivisionWord(w) }

// IsDirection reports whether w is a direction word that opens division
// names ("North", "Southern", "Central", "Upper").
func IsDirection(w string) bool {
	switch strings.ToLower(w) {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
		"northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west":
		return true
	}
	return false
}

// isDivisionWord reports whether w says what kind of division a name is.
func isDivisionWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, "’'")) {
	case "governorate", "province", "provincia", "region", "district", "distrito", "state", "oblast", "department",
		"departamento", "département", "prefecture", "préfecture", "county", "municipality", "municipio", "município",
		"territory", "zone", "woreda", "township", "muhafazat", "muhafazah", "wilayah", "vilayet", "ili",
		"circunscrição", "concelho", "arrondissement", "cercle", "kreis", "landkreis", "qada", "qadaa", "qaḑā", "qada'",
		"subcounty", "sub-county", "tehsil", "taluk", "division", "regional", "agency":
		return true
	}
	return false
}

// DivisionVariants returns the other spellings reports give a division's
// name: without its kind word (DivisionName), the ASCII form, and "North"
// for "Northern" and back ("Northern Darfur", "North Darfur"), each once
// and none equal to name.
func DivisionVariants(name, ascii string) []string {
	seen := map[string]bool{name: true}
	var out []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, n := range []string{name, ascii} {
		add(n)
		base := DivisionName(n)
		add(base)
		for _, b := range []string{n, base} {
			w := strings.Fields(b)
			if len(w) < 2 {
				continue
			}
			if d, ok := compass[strings.ToLower(w[0])]; ok {
				add(d + " " + strings.Join(w[1:], " "))
			}
		}
	}
	return out
}

// compass maps a direction word that starts a division's name to its other
// form: "Northern Darfur" is also "North Darfur", "South Kordofan" also
// "Southern Kordofan".
var compass = map[string]string{
	"north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western",
	"northern": "North", "southern": "South", "eastern": "East", "western": "West",
}

// Country is one row of countryInfo.txt.
type Country struct {
	ISO       string
	Name      string
	Capital   string
	GeonameID int64
	Pop       int64
	// Neighbours are the ISO codes of the countries it borders.
	Neighbours []string
}

// ReadCountries parses countryInfo.txt.
func ReadCountries(r io.Reader) ([]Country, error) {
	sc := bufio.NewScanner(r)
	var out []Country
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) < 17 {
			return out, fmt.Errorf("countryInfo line %d: %d columns, want 19", line, len(f))
		}
		if len(f[0]) != 2 {
			continue // a header row without its "#"
		}
		c := Country{ISO: f[0], Name: f[4], Capital: f[5]}
		c.Pop, _ = strconv.ParseInt(f[7], 10, 64)
		c.GeonameID, _ = strconv.ParseInt(f[16], 10, 64)
		if len(f) > 17 && f[17] != "" {
			c.Neighbours = strings.Split(f[17], ",")
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("countryInfo line %d: %w", line+1, err)
	}
	return out, nil
}
