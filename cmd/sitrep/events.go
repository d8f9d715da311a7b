package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
)

func init() {
	register(&command{
		name:    "events",
		summary: "query the stored events: table, JSON, ACLED CSV or GeoJSON",
		usage: `usage: sitrep events [--db FILE] [filters] [--json | --csv | --geojson]
       sitrep events show|split|join ...

Lists the events in the store, newest first, as a table (default), JSON
Lines (--json), CSV with ACLED's column names (--csv) or a GeoJSON
FeatureCollection (--geojson). An event is one incident: the reports of
several outlets about it are merged into one event that lists them all as
its sources (a wire copy and its original count once), with its tolls
reconciled as low/best/high.

  sitrep events show ID        one event, each source's evidence, why merged
  sitrep events split ID [DOC...]   take a wrong merge apart (stored)
  sitrep events join ID ID...  make one event of several (stored)

Filters (all optional, combined with AND):
  --from, --to DATE    incident date range, inclusive (YYYY-MM-DD)
  --type TYPE          ACLED event or sub-event type, e.g. Battles, "Suicide bomb"
                       (repeat or separate with commas for any of several)
  --actor NAME         either actor contains NAME (any case)
  --near PLACE         within --within km (default 25) of a place; PLACE is a
                       name ("Mosul", "Zanjili, Mosul") or LAT,LON
  --text WORDS         full-text search over the evidence sentences
  --doc ID             events of one document
  --min-sources N      events told by at least N sources

Examples:
  sitrep events
  sitrep events --from 2017-06-01 --to 2017-06-30 --type Battles
  sitrep events --near Mosul --within 10 --csv > mosul.csv
  sitrep events --actor "Islamic State" --text "car bomb" --json
  sitrep events --min-sources 2
  sitrep events --geojson > events.geojson
  sitrep events show e-5a1c0de2`,
		run: runEvents,
	})
}

// listFlag collects a repeatable, comma-separated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

func runEvents(ctx context.Context, e *env, args []string) error {
	if sub := eventCommand(args); sub != nil {
		return sub.run(ctx, e, args[1:])
	}
	c := lookup("events")
	fs := newFlags(c, e)
	from := fs.String("from", "", "first incident `date` (YYYY-MM-DD)")
	to := fs.String("to", "", "last incident `date` (YYYY-MM-DD)")
	var types listFlag
	fs.Var(&types, "type", "ACLED event or sub-event `type` (repeatable)")
	actor := fs.String("actor", "", "either actor contains `NAME`")
	near := fs.String("near", "", "`PLACE` name or LAT,LON to search around")
	within := fs.Float64("within", 25, "radius in `km` for --near")
	text := fs.String("text", "", "full-text `WORDS` over evidence")
	doc := fs.String("doc", "", "events of one document `ID`")
	minSources := fs.Int("min-sources", 0, "events told by at least `N` sources")
	limit := fs.Int("limit", 0, "at most `N` events (0 = all)")
	asJSON := fs.Bool("json", false, "JSON Lines, one event record a line")
	asCSV := fs.Bool("csv", false, "CSV with ACLED's column names")
	asGeo := fs.Bool("geojson", false, "GeoJSON FeatureCollection")
	db := dbFlag(fs, e)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	n := 0
	for _, b := range []bool{*asJSON, *asCSV, *asGeo} {
		if b {
			n++
		}
	}
	if n > 1 {
		return usageError{"choose one of --json, --csv, --geojson"}
	}
	if *minSources < 0 {
		return usageError{"--min-sources must be 0 or more"}
	}
	f := sitrep.EventFilter{Types: types, Actor: *actor, Text: *text, Doc: *doc, MinSources: *minSources, Limit: *limit}
	var err error
	if *from != "" {
		if f.From, err = sitrep.ParseDate(*from); err != nil {
			return usageError{"--from: " + err.Error()}
		}
	}
	if *to != "" {
		if f.To, err = sitrep.ParseDate(*to); err != nil {
			return usageError{"--to: " + err.Error()}
		}
	}
	path := db()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no store at %s: run 'sitrep ingest' (or 'sitrep demo') first, or give --db", path)
	}
	if *near != "" {
		if *within <= 0 {
			return usageError{"--within must be a positive number of km"}
		}
		p, err := resolvePoint(ctx, *near, path)
		if err != nil {
			return err
		}
		f.Near, f.WithinKM = p, *within
	}
	st, err := openStore(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriterSize(e.stdout, 1<<16)
	// machine formats stream event by event, so an export of any size
	// runs in bounded memory; the table needs every row to size columns
	var ew export.EventWriter
	switch {
	case *asJSON:
		ew = export.NewJSONLWriter(w)
	case *asCSV:
		ew = export.NewCSVWriter(w, export.CSVOptions{})
	case *asGeo:
		ew = export.NewGeoJSONWriter(w)
	}
	if ew != nil {
		err = st.EachEvent(ctx, f, ew.Write)
		if cerr := ew.Close(); err == nil {
			err = cerr
		}
	} else {
		var events []sitrep.Event
		events, err = st.Events(ctx, f)
		if err == nil {
			if len(events) == 0 {
				fmt.Fprintln(e.stderr, "no events match")
			}
			err = export.Table(w, events, terminalWidth(e))
		}
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	return nil
}

// terminalWidth is the width to fit a table into: $COLUMNS when stdout is
// a terminal that says, else no limit.
func terminalWidth(e *env) int {
	if f, ok := e.stdout.(*os.File); ok && isTerminal(f) {
		var n int
		if _, err := fmt.Sscan(e.getenv("COLUMNS"), &n); err == nil && n > 40 {
			return n
		}
		return 120
	}
	return 0
}

// resolvePoint reads "LAT,LON" or geocodes a place name with the embedded
// gazetteer and the store's imported places.
func resolvePoint(ctx context.Context, s, storePath string) (*sitrep.Point, error) {
	var lat, lon float64
	if n, err := fmt.Sscanf(strings.ReplaceAll(s, " ", ""), "%g,%g", &lat, &lon); err == nil && n == 2 {
		if lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return nil, usageError{fmt.Sprintf("--near %q: coordinates out of range", s)}
		}
		return &sitrep.Point{Lat: lat, Lon: lon}, nil
	}
	g, err := gazetteerFor(ctx, storePath)
	if err != nil {
		return nil, err
	}
	a, ok := g.Geocode(s, "")
	if !ok {
		return nil, usageError{fmt.Sprintf("--near %q: place not found in the gazetteer (try LAT,LON)", s)}
	}
	return &sitrep.Point{Lat: a.Lat, Lon: a.Lon}, nil
}
