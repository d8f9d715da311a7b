package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/sitrep/sitrep"
)

// tableColumn is one column of Table.
type tableColumn struct {
	head  string
	right bool // right-aligned (numbers)
	flex  bool // may be narrowed to fit the width
	cell  func(e *sitrep.Event) string
}

var tableColumns = []tableColumn{
	{head: "id", cell: func(e *sitrep.Event) string { return e.ID }},
	{head: "date", cell: func(e *sitrep.Event) string {
		if e.Date.IsZero() {
			return "undated"
		}
		return string(e.Date)
	}},
	{head: "type", flex: true, cell: func(e *sitrep.Event) string {
		switch {
		case e.SubEventType == "":
			return e.EventType
		case e.EventType == "":
			return e.SubEventType
		}
		return e.EventType + " (" + e.SubEventType + ")"
	}},
	{head: "actors", flex: true, cell: func(e *sitrep.Event) string {
		a1, a2 := strings.TrimSpace(e.Actor1), strings.TrimSpace(e.Actor2)
		if a2 == "" {
			return a1
		}
		return a1 + " → " + a2
	}},
	{head: "place", flex: true, cell: func(e *sitrep.Event) string {
		l := e.Location
		if l == nil {
			return ""
		}
		var in []string
		if l.Within != "" && l.Within != l.Name {
			in = append(in, l.Within)
		}
		if l.Country != "" {
			in = append(in, l.Country)
		}
		if len(in) == 0 {
			return l.Name
		}
		return l.Name + " (" + strings.Join(in, ", ") + ")"
	}},
	{head: "killed", right: true, cell: func(e *sitrep.Event) string { return CountCell(e.Killed) }},
	{head: "wounded", right: true, cell: func(e *sitrep.Event) string { return CountCell(e.Wounded) }},
	{head: "src", right: true, cell: func(e *sitrep.Event) string {
		if n := e.SourceCount(); n > 0 {
			return strconv.Itoa(n)
		}
		return ""
	}},
}

// tableGap separates columns.
const tableGap = "  "

// minFlexWidth is the narrowest a flexible column is made to fit the width.
const minFlexWidth = 6

// Table writes the events as a fixed-width table for a terminal: id, date,
// type (sub-event), actor1 → actor2, place (within, country), killed,
// wounded, and the number of sources. Columns are as wide as their widest cell, measured in terminal
// cells (wide East Asian characters count two, combining marks none). When
// width > 0 and the table would be wider, the type, actors and place
// columns are narrowed, widest first, down to a few cells each, and
// cells cut short end in "…"; width 0 means no limit.
func Table(w io.Writer, events []sitrep.Event, width int) error {
	return writeAll(NewTableWriter(w, width), events)
}

// TableSample is how many rows a TableWriter holds to size its columns.
const TableSample = 500

// TableWriter writes the table of Table event by event, in memory bounded
// whatever the number of events: columns are sized on the first
// TableSample rows, which are held until then; later rows are written at
// once with those widths (cut to them when a width limit applies, else
// written whole, so that nothing is lost when the output is piped).
type TableWriter struct {
	w      *bufio.Writer
	width  int
	rows   [][]string // held until the columns are sized
	widths []int      // set once the columns are sized
	n      int
}

// NewTableWriter starts a table on w; width as for Table.
func NewTableWriter(w io.Writer, width int) *TableWriter {
	return &TableWriter{w: bufio.NewWriter(w), width: width}
}

// Write adds an event's row.
func (t *TableWriter) Write(e *sitrep.Event) error {
	row := make([]string, len(tableColumns))
	for j, c := range tableColumns {
		row[j] = cleanCell(c.cell(e))
	}
	t.n++
	if t.widths != nil {
		writeRow(t.w, row, t.widths, t.width > 0)
		return nil
	}
	t.rows = append(t.rows, row)
	if len(t.rows) >= TableSample {
		t.size()
	}
	return nil
}

// Len is the number of rows written.
func (t *TableWriter) Len() int { return t.n }

// size fixes the column widths on the rows held and writes them.
func (t *TableWriter) size() {
	widths := make([]int, len(tableColumns))
	for j, c := range tableColumns {
		widths[j] = DisplayWidth(c.head)
	}
	for _, row := range t.rows {
		for j := range row {
			widths[j] = max(widths[j], DisplayWidth(row[j]))
		}
	}
	if t.width > 0 {
		fitWidths(widths, t.width)
	}
	head := make([]string, len(tableColumns))
	rule := make([]string, len(tableColumns))
	for j, c := range tableColumns {
		head[j] = c.head
		rule[j] = strings.Repeat("-", widths[j])
	}
	writeRow(t.w, head, widths, true)
	writeRow(t.w, rule, widths, true)
	for _, row := range t.rows {
		writeRow(t.w, row, widths, true)
	}
	t.rows, t.widths = nil, widths
}

// Close writes what is held and flushes.
func (t *TableWriter) Close() error {
	if t.widths == nil {
		t.size()
	}
	if err := t.w.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// fitWidths narrows the flexible columns, widest first, until the row fits
// in total cells or every flexible column is at its minimum.
func fitWidths(widths []int, total int) {
	sum := len(tableGap) * (len(widths) - 1)
	for _, w := range widths {
		sum += w
	}
	for sum > total {
		widest := -1
		for j, c := range tableColumns {
			if c.flex && widths[j] > minFlexWidth && (widest < 0 || widths[j] > widths[widest]) {
				widest = j
			}
		}
		if widest < 0 {
			return
		}
		widths[widest]--
		sum--
	}
}

// writeRow writes one line: each cell padded to its column's width, and
// cut to it when cut is set, without trailing spaces.
func writeRow(w *bufio.Writer, row []string, widths []int, cut bool) {
	var line strings.Builder
	for j, c := range tableColumns {
		if j > 0 {
			line.WriteString(tableGap)
		}
		s := row[j]
		if cut {
			s = Truncate(s, widths[j])
		}
		pad := strings.Repeat(" ", max(0, widths[j]-DisplayWidth(s)))
		if c.right {
			line.WriteString(pad)
			line.WriteString(s)
		} else {
			line.WriteString(s)
			line.WriteString(pad)
		}
	}
	w.WriteString(strings.TrimRight(line.String(), " "))
	w.WriteByte('\n')
}

// CountCell writes a count for a table: "12", "10–14" for a range, "12+"
// for at least, "≤90" for up to, and "" when the report gives none.
func CountCell(c sitrep.Count) string {
	switch {
	case c.IsZero():
		return ""
	case c.Low != nil && c.High != nil && *c.Low != *c.High:
		return strconv.Itoa(*c.Low) + "–" + strconv.Itoa(*c.High)
	case c.Low != nil && c.High == nil:
		return strconv.Itoa(*c.Low) + "+"
	case c.Low == nil && c.High != nil:
		return "≤" + strconv.Itoa(*c.High)
	}
	return strconv.Itoa(c.BestOr(0))
}

// DisplayWidth is the number of terminal cells s takes: East Asian wide and
// fullwidth characters take two, combining marks and format characters
// none, every other character one.
func DisplayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	if r < 0x300 { // Latin, the common case
		if r < 0x20 || (r >= 0x7f && r < 0xa0) {
			return 0
		}
		return 1
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// Truncate cuts s to at most n terminal cells, ending it with "…" when
// something was cut.
func Truncate(s string, n int) string {
	if DisplayWidth(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	used := 0
	for i, r := range s {
		rw := runeWidth(r)
		if used+rw > n-1 {
			return s[:i] + "…"
		}
		used += rw
	}
	return s
}

// cleanCell puts a cell on one line, without control characters.
func cleanCell(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == utf8.RuneError:
			return '?'
		case r < 0x20 || r == 0x7f:
			return ' '
		}
		return r
	}, s)
}
