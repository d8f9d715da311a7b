package main

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// A mark is a stretch of a report's cleaned text to show: an evidence
// sentence, or the words a field rests on (field names it).
type mark struct {
	start, end int // code points into the cleaned text
	field      string
}

// marker writes marked text: on a terminal with styles (evidence bold,
// field words underlined with the field after them, dim), elsewhere with
// plain brackets: »evidence« and [words]{field}.
type marker struct{ tty bool }

func (m marker) open(k mark) string {
	switch {
	case m.tty && k.field == "":
		return "\x1b[1m"
	case m.tty:
		return "\x1b[4m"
	case k.field == "":
		return "»"
	}
	return "["
}

func (m marker) close(k mark) string {
	switch {
	case m.tty && k.field == "":
		return "\x1b[22m"
	case m.tty:
		return "\x1b[24m\x1b[2m{" + k.field + "}\x1b[22m"
	case k.field == "":
		return "«"
	}
	return "]{" + k.field + "}"
}

// marksOf collects the evidence and field words of an event that point
// into document doc.
func marksOf(e *sitrep.Event, doc string) []mark {
	var out []mark
	for _, ev := range e.Evidence {
		if ev.Doc == "" || ev.Doc == doc {
			out = append(out, mark{start: ev.Start, end: ev.End})
		}
	}
	for _, f := range fieldNames(e) {
		ev := e.FieldEvidence[f]
		if (ev.Doc == "" || ev.Doc == doc) && ev.End > ev.Start {
			out = append(out, mark{start: ev.Start, end: ev.End, field: f})
		}
	}
	return out
}

// highlight writes text[from:to) (code points) with the marks that fall
// inside it. Marks may nest (field words inside an evidence sentence); a
// mark that crosses another is cut where they meet.
func (m marker) highlight(text string, from, to int, marks []mark) string {
	type edge struct {
		at    int
		open  bool
		k     mark
		order int
	}
	var edges []edge
	for i, k := range marks {
		s, e := max(k.start, from), min(k.end, to)
		if s >= e {
			continue
		}
		edges = append(edges, edge{s, true, k, i}, edge{e, false, k, i})
	}
	// at one point: closings before openings; the wider mark opens first
	// and closes last
	slices.SortStableFunc(edges, func(a, b edge) int {
		if c := cmp.Compare(a.at, b.at); c != 0 {
			return c
		}
		if a.open != b.open {
			if a.open {
				return 1
			}
			return -1
		}
		wa, wb := a.k.end-a.k.start, b.k.end-b.k.start
		if a.open {
			return cmp.Compare(wb, wa)
		}
		return cmp.Compare(wa, wb)
	})
	var b strings.Builder
	pos, i := 0, 0
	for off := 0; off < len(text); {
		r, w := utf8.DecodeRuneInString(text[off:])
		for i < len(edges) && edges[i].at == pos {
			if edges[i].open {
				b.WriteString(m.open(edges[i].k))
			} else {
				b.WriteString(m.close(edges[i].k))
			}
			i++
		}
		if pos >= to {
			break
		}
		if pos >= from {
			b.WriteRune(r)
		}
		off += w
		pos++
	}
	for ; i < len(edges); i++ {
		if !edges[i].open {
			b.WriteString(m.close(edges[i].k))
		}
	}
	return b.String()
}

// contextRunes is how many code points of text around the evidence 'events show'
// prints without --text.
const contextRunes = 160

// excerpts returns the stretches of text (code points) to show around the
// marks: each mark widened by context on either side, to whole words,
// stretches that touch made one.
func excerpts(text string, marks []mark) [][2]int {
	n := utf8.RuneCountInString(text)
	var spans [][2]int
	for _, k := range marks {
		if k.field != "" {
			continue
		}
		spans = append(spans, [2]int{max(0, k.start-contextRunes), min(n, k.end+contextRunes)})
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var out [][2]int
	for _, s := range spans {
		if len(out) > 0 && s[0] <= out[len(out)-1][1] {
			out[len(out)-1][1] = max(out[len(out)-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	// to word boundaries
	runes := []rune(text)
	for i := range out {
		for out[i][0] > 0 && runes[out[i][0]-1] != ' ' && runes[out[i][0]-1] != '\n' {
			out[i][0]--
		}
		for out[i][1] < n && runes[out[i][1]] != ' ' && runes[out[i][1]] != '\n' {
			out[i][1]++
		}
	}
	return out
}

// fieldNames lists the fields an event has words for, sorted.
func fieldNames(e *sitrep.Event) []string {
	fields := make([]string, 0, len(e.FieldEvidence))
	for f := range e.FieldEvidence {
		fields = append(fields, f)
	}
	slices.Sort(fields)
	return fields
}
