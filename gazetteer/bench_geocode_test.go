package gazetteer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

// iomMapping is the column mapping of the IOM DTM Iraq locations list.
var iomMapping = CSVMapping{Name: "location_name", Lat: "latitude", Lon: "longitude", Alt: []string{"arabic_name"},
	Admin1: "governorate", Admin2: "district", Country: "IQ", ID: "location_id", Gazetteer: "iom_dtm_iraq"}

var (
	iomOnce sync.Once
	iomGaz  *Gazetteer
	iomErr  error
)

// withIOM returns the default gazetteer with the IOM list imported.
func withIOM(t testing.TB) *Gazetteer {
	shared := sharedtest.Dir(t)
	iomOnce.Do(func() {
		g, err := Default()
		if err != nil {
			iomErr = err
			return
		}
		f, err := os.Open(filepath.Join(shared, "data", "iom_dtm_iraq", "iom_dtm_iraq_locations.csv"))
		if err != nil {
			iomErr = err
			return
		}
		defer f.Close()
		ps, err := ReadCSV(f, iomMapping)
		if err != nil {
			iomErr = err
			return
		}
		iomGaz = g.With(ps)
	})
	if iomErr != nil {
		t.Fatal(iomErr)
	}
	return iomGaz
}

type benchQuery struct {
	ID      string  `json:"id"`
	Query   string  `json:"query"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// geoScore holds the figures score_geocode.py prints.
type geoScore struct {
	Queries, Answered, Precise int
	Acc1, Acc10, Acc25, Acc161 float64
	PreciseAcc25               float64
	MedianKm                   float64
}

func (s geoScore) String() string {
	return fmt.Sprintf("queries %d answered %d acc@1 %.3f acc@10 %.3f acc@25 %.3f acc@161 %.3f precise %d precise_acc@25 %.3f median %.1f km",
		s.Queries, s.Answered, s.Acc1, s.Acc10, s.Acc25, s.Acc161, s.Precise, s.PreciseAcc25, s.MedianKm)
}

// runGeocodeBench answers every query of a bench file, writes the answers
// as `sitrep geocode --jsonl` would, and scores them as score_geocode.py
// does.
func runGeocodeBench(t *testing.T, g *Gazetteer, path, out string) geoScore {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("bench file: %v", err)
	}
	defer f.Close()
	var w *bufio.Writer
	if out != "" {
		of, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer of.Close()
		w = bufio.NewWriter(of)
		defer w.Flush()
	}
	var errs, precise []float64
	sc := bufio.NewScanner(f)
	verbose := os.Getenv("GEOCODE_VERBOSE") != ""
	for sc.Scan() {
		var q benchQuery
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatal(err)
		}
		a, ok := g.Geocode(q.Query, q.Country)
		e := math.Inf(1)
		rec := map[string]any{"id": q.ID, "lat": nil, "lon": nil}
		if ok {
			e = Distance(q.Lat, q.Lon, a.Lat, a.Lon)
			rec = map[string]any{"id": q.ID, "name": a.Name, "lat": a.Lat, "lon": a.Lon, "country": a.Country,
				"admin1": a.Admin1, "geonameid": a.GeonameID, "precision": a.Precision, "match": a.Match}
			if a.Place != nil {
				rec["gazetteer"] = a.Place.Gazetteer
				rec["feature"] = a.Place.Feature
			}
			if a.Precision == 1 {
				precise = append(precise, e)
			}
		}
		if verbose && (e > 25 && ok && a.Precision == 1 || os.Getenv("GEOCODE_VERBOSE") == "all" && e > 25) {
			t.Logf("FAR %.0f km %q (%s) -> %q p%d %s", e, q.Query, q.Country, a.Name, a.Precision, a.Admin1)
		}
		errs = append(errs, e)
		if w != nil {
			b, _ := json.Marshal(rec)
			w.Write(append(b, '\n'))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	n := float64(len(errs))
	within := func(es []float64, d float64) float64 {
		c := 0
		for _, e := range es {
			if e <= d {
				c++
			}
		}
		if len(es) == 0 {
			return 0
		}
		return float64(c) / float64(len(es))
	}
	s := geoScore{Queries: len(errs), Precise: len(precise)}
	for _, e := range errs {
		if !math.IsInf(e, 1) {
			s.Answered++
		}
	}
	s.Acc1, s.Acc10, s.Acc25, s.Acc161 = within(errs, 1), within(errs, 10), within(errs, 25), within(errs, 161)
	s.PreciseAcc25 = within(precise, 25)
	sorted := append([]float64(nil), errs...)
	sort.Float64s(sorted)
	s.MedianKm = sorted[int(n)/2]
	return s
}

// TestGeocodeUCDP measures the figures on the shared benchmarks
// (default gazetteer + the IOM list) and holds the floors it sets.
func TestGeocodeUCDP(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark-sized test")
	}
	g := withIOM(t)
	shared := sharedtest.Dir(t)
	outDir := os.Getenv("GEOCODE_OUT") // write answers there for score_geocode.py
	out := func(name string) string {
		if outDir == "" {
			return ""
		}
		return filepath.Join(outDir, name)
	}
	known := runGeocodeBench(t, g, filepath.Join(shared, "bench", "geocode_ucdp_known.jsonl"), out("known.jsonl"))
	t.Logf("known: %v", known)
	full := runGeocodeBench(t, g, filepath.Join(shared, "bench", "geocode_ucdp.jsonl"), out("full.jsonl"))
	t.Logf("full:  %v", full)
	// The floors.
	if known.Acc25 < 0.95 {
		t.Errorf("known acc@25km %.3f, want ≥ 0.95", known.Acc25)
	}
	if full.PreciseAcc25 < 0.90 {
		t.Errorf("full precise acc@25km %.3f, want ≥ 0.90", full.PreciseAcc25)
	}
}

var _ = sitrep.Place{}
