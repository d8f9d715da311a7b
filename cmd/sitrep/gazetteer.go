package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
)

func init() {
	register(&command{
		name:    "gazetteer",
		summary: "import user gazetteers (GeoNames dumps, CSV lists) into the store; list them",
		usage: `usage: sitrep gazetteer import [--db FILE] [--as NAME] [--format geonames|csv] [CSV mapping] FILE
       sitrep gazetteer list [--db FILE]

import reads a gazetteer into the store, where it is laid over the embedded
GeoNames default and wins over it. Importing under a NAME already imported
replaces that gazetteer. Formats (chosen by extension unless --format):
  geonames  GeoNames dump, 19 tab-separated columns (IQ.txt, allCountries.txt,
            cities500.txt; also .zip as downloaded from GeoNames, and .gz)
  csv       a CSV list with a header; say which columns hold what:
            --name COL --lat COL --lon COL (required), --alt COL[,COL...],
            --admin1 COL, --admin2 COL, --country COL or a fixed ISO code, --id COL

list prints each imported gazetteer with its number of places.

Examples:
  sitrep gazetteer import IQ.zip
  sitrep gazetteer import --as iom_dtm_iraq --name location_name --alt arabic_name \
      --lat latitude --lon longitude --admin1 governorate --admin2 district \
      --country IQ iom_dtm_iraq_locations.csv
  sitrep gazetteer list`,
		run: runGazetteer,
	})
}

func runGazetteer(ctx context.Context, e *env, args []string) error {
	c := lookup("gazetteer")
	if len(args) == 0 {
		return usageError{"say import or list"}
	}
	switch args[0] {
	case "-h", "-help", "--help":
		fs := newFlags(c, e)
		_, err := parseFlags(fs, []string{"-h"})
		return err
	case "import":
		return runGazetteerImport(ctx, e, c, args[1:])
	case "list":
		fs := newFlags(c, e)
		db := dbFlag(fs, e)
		if _, err := parseFlags(fs, args[1:]); err != nil {
			return err
		}
		st, err := openStore(ctx, db())
		if err != nil {
			return err
		}
		defer st.Close()
		places, err := st.Places(ctx)
		if err != nil {
			return err
		}
		counts := map[string]int{}
		for _, p := range places {
			counts[p.Gazetteer]++
		}
		names := make([]string, 0, len(counts))
		for n := range counts {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(e.stdout, "embedded\tGeoNames cities500 (default)\n")
		for _, n := range names {
			fmt.Fprintf(e.stdout, "%s\t%d places\n", n, counts[n])
		}
		return nil
	}
	return usageError{fmt.Sprintf("unknown gazetteer sub-command %q (import or list)", args[0])}
}

func runGazetteerImport(ctx context.Context, e *env, c *command, args []string) error {
	fs := newFlags(c, e)
	as := fs.String("as", "", "`NAME` of the gazetteer in the store (default: the file name)")
	format := fs.String("format", "", "`geonames` or `csv` (default: by extension)")
	m := gazetteer.CSVMapping{}
	fs.StringVar(&m.Name, "name", "", "CSV `column` with the place name")
	fs.StringVar(&m.Lat, "lat", "", "CSV `column` with the latitude")
	fs.StringVar(&m.Lon, "lon", "", "CSV `column` with the longitude")
	var alt listFlag
	fs.Var(&alt, "alt", "CSV `columns` with other names (comma-separated or repeated)")
	fs.StringVar(&m.Admin1, "admin1", "", "CSV `column` with the province")
	fs.StringVar(&m.Admin2, "admin2", "", "CSV `column` with the district")
	fs.StringVar(&m.Country, "country", "", "CSV `column` with the ISO country code, or a fixed code for all rows")
	fs.StringVar(&m.ID, "id", "", "CSV `column` with a numeric id")
	db := dbFlag(fs, e)
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usageError{"give one FILE to import"}
	}
	m.Alt = alt
	file := files[0]
	name := *as
	if name == "" {
		name = strings.ToLower(strings.SplitN(filepath.Base(file), ".", 2)[0])
	}
	kind := *format
	if kind == "" {
		kind = formatOf(file)
	}
	r, closeFn, err := openGazetteerFile(file)
	if err != nil {
		return err
	}
	defer closeFn()
	var places []sitrep.Place
	switch kind {
	case "geonames":
		places, err = gazetteer.ReadGeoNames(r, nil)
	case "csv":
		if m.Name == "" || m.Lat == "" || m.Lon == "" {
			return usageError{"a CSV gazetteer needs --name, --lat and --lon column names"}
		}
		places, err = gazetteer.ReadCSV(r, m)
	default:
		return usageError{fmt.Sprintf("cannot tell the format of %s; give --format geonames or --format csv", file)}
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	if len(places) == 0 {
		return fmt.Errorf("read %s: no places found", file)
	}
	st, err := openStore(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.AddPlaces(ctx, name, places)
	if err != nil {
		return fmt.Errorf("store places of %s: %w", file, err)
	}
	fmt.Fprintf(e.stderr, "sitrep gazetteer: imported %d places from %s as %q\n", n, file, name)
	return nil
}

// formatOf guesses a gazetteer's format from its file name.
func formatOf(file string) string {
	f := strings.ToLower(strings.TrimSuffix(strings.ToLower(file), ".gz"))
	switch {
	case strings.HasSuffix(f, ".csv"):
		return "csv"
	case strings.HasSuffix(f, ".txt"), strings.HasSuffix(f, ".tsv"), strings.HasSuffix(f, ".zip"):
		return "geonames"
	}
	return ""
}

// openGazetteerFile opens a plain, gzip or zip (first .txt member) file.
func openGazetteerFile(file string) (io.Reader, func(), error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, err
	}
	lower := strings.ToLower(file)
	switch {
	case strings.HasSuffix(lower, ".gz"):
		z, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("read %s: %w", file, err)
		}
		return z, func() { z.Close(); f.Close() }, nil
	case strings.HasSuffix(lower, ".zip"):
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			return nil, nil, err
		}
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", file, err)
		}
		for _, zf := range zr.File {
			if strings.HasSuffix(strings.ToLower(zf.Name), ".txt") && !strings.EqualFold(filepath.Base(zf.Name), "readme.txt") {
				rc, err := zf.Open()
				if err != nil {
					return nil, nil, fmt.Errorf("read %s: %w", file, err)
				}
				return rc, func() { rc.Close() }, nil
			}
		}
		return nil, nil, fmt.Errorf("read %s: no .txt dump inside the zip", file)
	}
	return f, func() { f.Close() }, nil
}
