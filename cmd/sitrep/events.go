package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/store/sqlite"
)

func init() {
	register(&command{
		name:    "events",
		summary: "query the stored events: table, JSON, ACLED CSV or GeoJSON",
		usage: `usage: sitrep events [--db FILE] [filters] [--json | --csv | --geojson]
       sitrep events show|split|join|compare|edit|delete ...

Lists the events in the store, newest first, as a table (default), JSON
Lines (--json), CSV with ACLED's column names (--csv) or a GeoJSON
FeatureCollection (--geojson). An event is one incident: the reports of
several outlets about it are merged into one event that lists them all as
its sources (a wire copy and its original count once), with its tolls
reconciled as low/best/high.

  sitrep events show ID        one event, each source's evidence, why merged
  sitrep events split ID [DOC...]   take a wrong merge apart (stored)
  sitrep events join ID ID...  make one event of several (stored)
  sitrep events compare ID ID  why the merge rules kept two events apart

Filters (all optional, combined with AND):
  --from, --to DATE    incident date range, inclusive (YYYY-MM-DD, or a
                       month YYYY-MM or year YYYY); undated events are left
                       out and counted on stderr; --undated keeps them
  --type TYPE          ACLED event or sub-event type, e.g. Battles, "Suicide bomb"
                       (repeat or separate with commas for any of several;
                       an unknown one is an error that lists them)
  --actor NAME         either actor has the whole words NAME (any case), or
                       NAME is its alias (ISIS: Islamic State)
  --near PLACE         within --within km (default 25) of a place; PLACE is a
                       name ("Mosul", "Zanjili, Mosul") or LAT,LON; --within
                       without --near is an error
  --text WORDS         full-text search over the evidence sentences
  --doc ID             events of one document
  --min-sources N      events told by at least N sources
  --dated-only         leave undated events out (ACLED has none; in the CSV
                       an undated event is tagged so)

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
	ff := addFilterFlags(fs)
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
	path := db()
	f, st, err := ff.openFiltered(ctx, path)
	if err != nil {
		return err
	}
	f.Limit = *limit
	defer st.Close()
	w := bufio.NewWriterSize(e.stdout, 1<<16)
	// every format streams event by event, so a listing of any size runs
	// in bounded memory (the table sizes its columns on its first rows)
	var ew export.EventWriter
	switch {
	case *asJSON:
		// the stored records as they are, when they are the lines
		// export.JSONLWriter writes
		err = st.EachEventJSON(ctx, f, func(line []byte) error {
			w.Write(line)
			return w.WriteByte('\n')
		})
	case *asCSV:
		ew = export.NewCSVWriter(w, export.CSVOptions{Actors: dictionaryLookup(actors.Default())})
	case *asGeo:
		ew = export.NewGeoJSONWriter(w)
	}
	if ew != nil {
		err = st.EachEvent(ctx, f, ew.Write)
		if cerr := ew.Close(); err == nil {
			err = cerr
		}
	} else if !*asJSON {
		tw := export.NewTableWriter(w, terminalWidth(e))
		err = st.EachEvent(ctx, f, tw.Write)
		if err == nil && tw.Len() == 0 {
			if sayEmpty(ctx, e, st, path) {
				return nil
			}
			fmt.Fprintln(e.stderr, "no events match")
		}
		if cerr := tw.Close(); err == nil {
			err = cerr
		}
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	return undatedFooter(ctx, e, st, f)
}

// dictionaryLookup tells export what the actor dictionary knows of an actor.
func dictionaryLookup(d *actors.Dictionary) export.ActorLookup {
	return func(name string) (export.ActorInfo, bool) {
		a := d.Lookup(name)
		if a == nil {
			return export.ActorInfo{}, false
		}
		return export.ActorInfo{Kind: a.Kind, Country: a.Country}, true
	}
}

// sayEmpty says so on stderr when the store holds no event at all, and
// how to fill it.
func sayEmpty(ctx context.Context, e *env, st *sqlite.Store, path string) bool {
	if stats, err := st.Stats(ctx); err == nil && stats.Events == 0 {
		fmt.Fprintf(e.stderr, "the store at %s holds no events yet: 'sitrep ingest PATH' reads reports into it ('sitrep demo' shows how)\n", path)
		return true
	}
	return false
}

// undatedFooter says on stderr how many undated events date bounds left
// out, when they left any.
func undatedFooter(ctx context.Context, e *env, st *sqlite.Store, f sitrep.EventFilter) error {
	if f.From == "" && f.To == "" || f.Undated != "" {
		return nil
	}
	u := f
	u.Undated, u.Limit = sitrep.UndatedOnly, 0
	n, err := st.CountEvents(ctx, u)
	if err != nil {
		return fmt.Errorf("count undated events: %w", err)
	}
	if n > 0 {
		fmt.Fprintf(e.stderr, "%d undated events not shown; --undated to include them\n", n)
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
