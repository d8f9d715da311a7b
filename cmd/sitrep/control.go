package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/control"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/store/sqlite"
)

func init() {
	register(&command{
		name:    "control",
		summary: "who holds each place, and since when: the territorial control timeline",
		usage: `usage: sitrep control [--db FILE] [--at DATE] [--json | --geojson] [PLACE]

Prints who holds a place and since when, built from the stored territory
incidents (a place regained or overtaken: its taker holds it from that
day), the control statements reports make without an incident ("still
held by", "under the control of", "besieged", "all of X except Y") and
fighting reported inside a place (an armed clash contests it on its day).
Where reports disagree about who holds a place on a day, it is
'contested' with every side named, and every interval keeps its sources.

PLACE keeps the places of that name, or inside that town, province or
country (ISO code); without it, every place. The table lists each place's
intervals: since (with the precision of that date), until, state, holder
(or the sides contesting it), what the holder does not hold, and the
reports. --at DATE gives instead the state of every place on that day.
--json writes one object a line (a timeline, or with --at a place's
state); --geojson a FeatureCollection of points with the holder and since
when (with --at, on that day; else as last told), for a map.

Examples:
  sitrep control
  sitrep control "Tal Afar"
  sitrep control --at 2017-06-20
  sitrep control --at 2017-06-20 --geojson > control.geojson
  sitrep control Nineveh --json`,
		run: runControl,
	})
	register(&command{
		name:    "figures",
		summary: "list the stored standing figures (displaced, force sizes, running tolls) per place and date",
		usage: `usage: sitrep figures [--db FILE] [--what KIND] [--json] [PLACE]

Lists the figures reports give that are no one incident — displaced and
returned people, people trapped, force sizes, running tolls, districts
retaken — per place and date: the date a figure stands for when the report
says it, else the report's publication day (marked 'published'). KIND is
one of killed, wounded, displaced, returned, fighters, civilians_trapped,
districts_retaken, arrested, other. --json writes one figure record a line,
with its date and where the date came from.

Examples:
  sitrep figures
  sitrep figures Mosul --what displaced
  sitrep figures --json > figures.jsonl`,
		run: runFigures,
	})
}

func runControl(ctx context.Context, e *env, args []string) error {
	c := lookup("control")
	fs := newFlags(c, e)
	at := fs.String("at", "", "`DATE` (YYYY-MM-DD): the holder of every place on that day")
	asJSON := fs.Bool("json", false, "one JSON object a line")
	asGeo := fs.Bool("geojson", false, "a GeoJSON FeatureCollection of points")
	db := dbFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 1 {
		return usageError{fmt.Sprintf("one PLACE at most, got %q", rest)}
	}
	if *asJSON && *asGeo {
		return usageError{"choose one of --json, --geojson"}
	}
	day := sitrep.Date("")
	if *at != "" {
		d, err := sitrep.ParseDate(*at)
		if err != nil {
			return usageError{"--at: " + err.Error()}
		}
		day = d
	}
	place := ""
	if len(rest) == 1 {
		place = rest[0]
	}
	path := db()
	st, err := storeAt(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	claims, err := control.Load(ctx, st)
	if err != nil {
		return err
	}
	tls := control.Select(control.Build(claims, control.Options{Allied: control.AlliedBy(nil)}), place)
	w := bufio.NewWriter(e.stdout)
	var states []control.State
	if day != "" {
		states = control.At(tls, day)
	} else if *asGeo {
		states = control.Latest(tls)
	}
	switch {
	case *asGeo:
		err = writeControlGeoJSON(w, states)
	case *asJSON && day != "":
		out := newJSONLines(w)
		for i := range states {
			if err = out.write(&states[i]); err != nil {
				break
			}
		}
	case *asJSON:
		out := newJSONLines(w)
		for i := range tls {
			if err = out.write(&tls[i]); err != nil {
				break
			}
		}
	case day != "":
		if len(states) == 0 {
			fmt.Fprintf(e.stderr, "no place has a known holder on %s%s\n", day, placeNote(place))
			break
		}
		writeStatesTable(w, states)
	default:
		if len(tls) == 0 {
			fmt.Fprintf(e.stderr, "no control of any place is told%s\n", placeNote(place))
			break
		}
		writeTimelines(w, tls)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

func placeNote(place string) string {
	if place == "" {
		return ""
	}
	return " for " + strconv.Quote(place)
}

// placeLabel writes a place with its enclosing place, province and
// country: "Tal Afar (Nineveh, IQ)".
func placeLabel(l *sitrep.Location) string {
	var in []string
	for _, s := range []string{l.Within, l.Admin1, l.Country} {
		if s != "" && !strings.EqualFold(s, l.Name) {
			in = append(in, s)
		}
	}
	if len(in) == 0 {
		return l.Name
	}
	return l.Name + " (" + strings.Join(in, ", ") + ")"
}

// since writes the day an interval began (or, resuming a hold a day of
// fighting broke, the day the hold began) with its precision.
func since(iv *control.Interval, hold bool) string {
	d, p := iv.From, iv.FromPrecision
	if hold {
		d, p = iv.Since, iv.SincePrecision
	}
	s := string(d)
	if p != "" && p != sitrep.PrecisionDay {
		s += " (" + p + ")"
	}
	return s
}

func sourcesCell(iv *control.Interval) string {
	var docs []string
	for _, s := range iv.Sources() {
		docs = append(docs, s.Doc)
	}
	if len(docs) > 3 {
		return strings.Join(docs[:3], " ") + fmt.Sprintf(" +%d", len(docs)-3)
	}
	return strings.Join(docs, " ")
}

// writeTimelines writes each place's intervals under its name.
func writeTimelines(w io.Writer, tls []control.Timeline) {
	for i := range tls {
		t := &tls[i]
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, placeLabel(&t.Place))
		rows := [][]string{{"since", "until", "state", "holder", "except", "sources"}}
		for k := range t.Intervals {
			iv := &t.Intervals[k]
			until := string(iv.To)
			if until == "" {
				until = "-"
			}
			state := iv.State
			if iv.Resumed {
				state += " (again)"
			}
			rows = append(rows, []string{since(iv, false), until, state, iv.Who(), export.Truncate(iv.Except, 40), sourcesCell(iv)})
		}
		writeAligned(w, "  ", rows)
		for _, c := range t.Undated {
			who := c.Holder
			if who == "" {
				who = "contested: " + strings.Join(c.Sides, ", ")
			}
			fmt.Fprintf(w, "  undated %s: %s (%s)\n", c.Kind, who, c.Doc)
		}
	}
}

// writeStatesTable writes the state of each place on a day.
func writeStatesTable(w io.Writer, states []control.State) {
	rows := [][]string{{"place", "state", "holder", "since", "except", "sources"}}
	for i := range states {
		s := &states[i]
		rows = append(rows, []string{export.Truncate(placeLabel(&s.Place), 40), s.State, s.Who(), since(&s.Interval, true),
			export.Truncate(s.Except, 40), sourcesCell(&s.Interval)})
	}
	writeAligned(w, "", rows)
}

// writeAligned writes rows as columns padded to their widest cell.
func writeAligned(w io.Writer, indent string, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], export.DisplayWidth(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		b.WriteString(indent)
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-export.DisplayWidth(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func writeControlGeoJSON(w io.Writer, states []control.State) error {
	return json.NewEncoder(w).Encode(control.GeoJSON(states))
}

func runFigures(ctx context.Context, e *env, args []string) error {
	c := lookup("figures")
	fs := newFlags(c, e)
	what := fs.String("what", "", "`KIND`: killed, wounded, displaced, returned, fighters, civilians_trapped, districts_retaken, arrested or other")
	asJSON := fs.Bool("json", false, "one JSON figure record a line")
	db := dbFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 1 {
		return usageError{fmt.Sprintf("one PLACE at most, got %q", rest)}
	}
	switch *what {
	case "", sitrep.FigureKilled, sitrep.FigureWounded, sitrep.FigureDisplaced, sitrep.FigureReturned, sitrep.FigureFighters,
		sitrep.FigureCiviliansTrapped, sitrep.FigureDistrictsRetaken, sitrep.FigureArrested, sitrep.FigureOther:
	default:
		return usageError{fmt.Sprintf("--what %q: want killed, wounded, displaced, returned, fighters, civilians_trapped, districts_retaken, arrested or other", *what)}
	}
	place := ""
	if len(rest) == 1 {
		place = rest[0]
	}
	path := db()
	st, err := storeAt(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	figs, err := st.FiguresByPlace(ctx, place, *what)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	switch {
	case *asJSON:
		out := newJSONLines(w)
		for i := range figs {
			if err = out.write(&figs[i]); err != nil {
				break
			}
		}
	case len(figs) == 0:
		fmt.Fprintf(e.stderr, "no figures stored%s\n", placeNote(place))
	default:
		writeFiguresTable(w, figs)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

func writeFiguresTable(w io.Writer, figs []sqlite.DatedFigure) {
	rows := [][]string{{"place", "date", "what", "value", "group", "period", "doc"}}
	for i := range figs {
		f := &figs[i]
		place := "(none)"
		if f.Place != nil && f.Place.Name != "" {
			place = f.Place.Name
		}
		date := string(f.Date)
		switch {
		case date == "":
			date = "-"
		case f.DateFrom == "published":
			date += " (published)"
		}
		rows = append(rows, []string{export.Truncate(place, 30), date, f.What, export.CountCell(f.Value), f.Group,
			export.Truncate(f.Period, 30), f.Doc})
	}
	writeAligned(w, "", rows)
}
