package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/store/sqlite"
)

func init() {
	register(&command{
		name:    "stats",
		summary: "sum up the stored events: counts, fatalities, sources, by month, type, actor…",
		usage: `usage: sitrep stats [--db FILE] [--by GROUPING] [filters] [--json | --csv]

Adds up the events in the store that pass the filters: how many, their
fatalities (the sum of each event's best toll, and of its low and high),
their sources and how many are undated. One total row, or one row per
--by month, week, day, type, sub_type, actor (an event counts for each of
its sides), admin1 or country; rows by time come in time order with the
undated last, the others most events first. The table draws a bar per row
(events); --json writes one object a line, --csv a header and a row each.

Filters are those of 'sitrep events': --from, --to, --type, --actor, --near
with --within, --text, --doc, --min-sources, --undated.

Examples:
  sitrep stats
  sitrep stats --by month --from 2017
  sitrep stats --by actor --type Battles --csv > actors.csv`,
		run: runStats,
	})
}

func runStats(ctx context.Context, e *env, args []string) error {
	c := lookup("stats")
	fs := newFlags(c, e)
	ff := addFilterFlags(fs)
	by := fs.String("by", "", "`GROUPING`: month, week, day, type, sub_type, actor, admin1 or country")
	asJSON := fs.Bool("json", false, "one JSON object a line")
	asCSV := fs.Bool("csv", false, "CSV with a header")
	db := dbFlag(fs, e)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *asJSON && *asCSV {
		return usageError{"choose one of --json, --csv"}
	}
	if !slices.Contains(sqlite.Summaries, *by) {
		return usageError{fmt.Sprintf("--by %q: want month, week, day, type, sub_type, actor, admin1 or country", *by)}
	}
	path := db()
	f, st, err := ff.openFiltered(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	rows, err := st.Summary(ctx, f, *by)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	switch {
	case *asJSON:
		out := newJSONLines(w)
		for _, r := range rows {
			if err := out.write(r); err != nil {
				return err
			}
		}
	case *asCSV:
		err = writeStatsCSV(w, *by, rows)
	default:
		if len(rows) == 0 {
			if !sayEmpty(ctx, e, st, path) {
				fmt.Fprintln(e.stderr, "no events match")
			}
			break
		}
		writeStatsTable(w, *by, rows)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return undatedFooter(ctx, e, st, f)
}

// statsHead names a summary's key column.
func statsHead(by string) string {
	if by == "" {
		return "total"
	}
	return by
}

func writeStatsCSV(w io.Writer, by string, rows []sqlite.SummaryRow) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{statsHead(by), "events", "fatalities", "fatalities_low", "fatalities_high", "sources", "undated"})
	for _, r := range rows {
		cw.Write([]string{r.Key, strconv.Itoa(r.Events), strconv.Itoa(r.Fatalities), strconv.Itoa(r.FatalitiesLow),
			strconv.Itoa(r.FatalitiesHigh), strconv.Itoa(r.Sources), strconv.Itoa(r.Undated)})
	}
	cw.Flush()
	return cw.Error()
}

// barWidth is the most cells a row's bar takes.
const barWidth = 30

func writeStatsTable(w io.Writer, by string, rows []sqlite.SummaryRow) {
	most := 0
	for _, r := range rows {
		most = max(most, r.Events)
	}
	head := []string{statsHead(by), "events", "fatalities", "low–high", "sources", "undated", ""}
	cells := [][]string{head}
	for _, r := range rows {
		key := r.Key
		if key == "" && by != "" {
			key = "(none)"
		}
		bar := ""
		if by != "" && most > 0 {
			bar = strings.Repeat("█", max(1, r.Events*barWidth/most))
		}
		cells = append(cells, []string{export.Truncate(key, 40), strconv.Itoa(r.Events), strconv.Itoa(r.Fatalities),
			fmt.Sprintf("%d–%d", r.FatalitiesLow, r.FatalitiesHigh), strconv.Itoa(r.Sources), strconv.Itoa(r.Undated), bar})
	}
	widths := make([]int, len(head))
	for _, row := range cells {
		for i, c := range row {
			widths[i] = max(widths[i], export.DisplayWidth(c))
		}
	}
	for _, row := range cells {
		var b strings.Builder
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-export.DisplayWidth(c))
			if i == 0 || i == len(row)-1 {
				b.WriteString(c + pad)
			} else {
				b.WriteString(pad + c)
			}
			if i < len(row)-1 {
				b.WriteString("  ")
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
