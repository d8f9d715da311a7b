package gazetteer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/geonames"
)

// ReadGeoNames reads a GeoNames dump (19 columns, tab-separated:
// cities500.txt, IQ.txt, allCountries.txt) into places; admin1 codes are
// resolved to names when an admin1 table ("IQ.15" → "Nineveh") is given
// (nil leaves the codes). Alternate names are kept in Latin and Arabic
// script only, without codes and URLs.
func ReadGeoNames(r io.Reader, admin1 map[string]string) ([]sitrep.Place, error) {
	return geonames.Read(r, admin1)
}

// ReadAdmin1 reads GeoNames' admin1CodesASCII.txt into the table
// ReadGeoNames takes ("IQ.15" → "Nineveh").
func ReadAdmin1(r io.Reader) (map[string]string, error) {
	as, err := geonames.ReadAdmin1(r)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(as))
	for _, a := range as {
		m[a.Code] = a.Name
	}
	return m, nil
}

// CSVMapping names the columns of a CSV gazetteer by their header.
type CSVMapping struct {
	Name, Lat, Lon string   // required
	Alt            []string // columns with other spellings (e.g. the Arabic name); a cell may list several, separated by ";" or "|"
	Admin1, Admin2 string   // optional
	// Country is a column name, or a fixed ISO2 code when the file has no
	// such column.
	Country string
	// ID is an optional numeric id column. CSV ids are not GeoNames ids:
	// places get the negated id, or minus their row number without one.
	ID string
	// Gazetteer names the list in every place ("iom_dtm_iraq").
	Gazetteer string
}

// ReadCSV reads a CSV list with a column mapping (by header name). Rows
// without a name or coordinates are skipped; unparsable coordinates are an
// error naming the row.
func ReadCSV(r io.Reader, m CSVMapping) ([]sitrep.Place, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read csv header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	need := func(name, what string) (int, error) {
		i, ok := col[name]
		if !ok {
			return 0, fmt.Errorf("csv has no %s column %q (columns: %s)", what, name, strings.Join(head, ", "))
		}
		return i, nil
	}
	opt := func(name string) int {
		if name == "" {
			return -1
		}
		if i, ok := col[name]; ok {
			return i
		}
		return -1
	}
	if m.Name == "" || m.Lat == "" || m.Lon == "" {
		return nil, errors.New("csv mapping needs name, lat and lon columns")
	}
	ni, err := need(m.Name, "name")
	if err != nil {
		return nil, err
	}
	lai, err := need(m.Lat, "lat")
	if err != nil {
		return nil, err
	}
	loi, err := need(m.Lon, "lon")
	if err != nil {
		return nil, err
	}
	var alts []int
	for _, a := range m.Alt {
		i, err := need(a, "alt")
		if err != nil {
			return nil, err
		}
		alts = append(alts, i)
	}
	a1, a2, idc := opt(m.Admin1), opt(m.Admin2), opt(m.ID)
	if m.Admin1 != "" && a1 < 0 {
		return nil, fmt.Errorf("csv has no admin1 column %q", m.Admin1)
	}
	if m.Admin2 != "" && a2 < 0 {
		return nil, fmt.Errorf("csv has no admin2 column %q", m.Admin2)
	}
	cc, fixed := opt(m.Country), ""
	if cc < 0 && m.Country != "" {
		if len(m.Country) != 2 {
			return nil, fmt.Errorf("csv country %q is neither a column nor an ISO2 code", m.Country)
		}
		fixed = strings.ToUpper(m.Country)
	}
	cell := func(rec []string, i int) string {
		if i < 0 || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	var out []sitrep.Place
	for row := 2; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return out, fmt.Errorf("csv row %d: %w", row, err)
		}
		name, la, lo := cell(rec, ni), cell(rec, lai), cell(rec, loi)
		if name == "" || la == "" || lo == "" {
			continue
		}
		lat, err1 := strconv.ParseFloat(la, 64)
		lon, err2 := strconv.ParseFloat(lo, 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return out, fmt.Errorf("csv row %d: bad coordinates %q, %q", row, la, lo)
		}
		p := sitrep.Place{Name: name, Lat: lat, Lon: lon, Admin1: cell(rec, a1), Admin2: cell(rec, a2),
			Country: fixed, Feature: "P.PPL", Gazetteer: m.Gazetteer}
		if cc >= 0 {
			p.Country = strings.ToUpper(cell(rec, cc))
		}
		p.ID = -int64(row)
		if id, err := strconv.ParseInt(cell(rec, idc), 10, 64); err == nil && id > 0 {
			p.ID = -id
		}
		for _, i := range alts {
			for _, a := range strings.FieldsFunc(cell(rec, i), func(r rune) bool { return r == ';' || r == '|' }) {
				if a = strings.TrimSpace(a); a != "" && a != name {
					p.Alternates = append(p.Alternates, a)
				}
			}
		}
		out = append(out, p)
	}
	return out, nil
}
