package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/store/sqlite"
)

// The sub-commands of events that work on one event: show, split, join.
// They are not listed by 'sitrep help' on their own; 'sitrep events -h'
// names them and 'sitrep events show -h' gives each one's usage.
var eventCommands []*command

func init() {
	eventCommands = []*command{
		{
			name:    "events show",
			summary: "one event: every field, each source with its evidence and figures, why its reports were merged",
			usage: `usage: sitrep events show [--db FILE] [--text] [--json] ID

Prints one event: its fields and notes (how the counts were reconciled),
then each source report — outlet, publication date, URL, the record
extracted from it with its figures, the words each field rests on, and the
evidence marked inside the report's cleaned text — and why it was merged
with the others (the rules' comparison, or an analyst's decision). The text
shown is the evidence with some context; --text shows each report's whole
cleaned text. Evidence is »marked« and a field's words [marked]{field} (on a
terminal, in bold and underlined). ID is an event id as 'sitrep events'
lists it, or an id the event had before a merge or split renamed it.
--json writes the event, its records and decisions as one JSON object.
Offsets count code points of the cleaned text ('sitrep documents show').

Examples:
  sitrep events show e-5a1c0de2
  sitrep events show --text e-5a1c0de2 | less -R
  sitrep events show --json e-5a1c0de2 | jq '.records[].killed'`,
			run: runEventsShow,
		},
		{
			name:    "events split",
			summary: "take a wrongly merged event apart",
			usage: `usage: sitrep events split [--db FILE] [--note TEXT] ID [DOC...]

Takes an event apart: into one event per source report (a wire copy stays
with its original), or, with DOC ids, the records of those reports into an
event of their own. The decision is stored (with --note, and the time) and
kept by later ingests and re-extractions. Prints the events the records
are in afterwards.

Examples:
  sitrep events split e-5a1c0de2
  sitrep events split e-5a1c0de2 d017 --note "a different raid, same day"`,
			run: runEventsSplit,
		},
		{
			name:    "events join",
			summary: "make one event of several the rules kept apart",
			usage: `usage: sitrep events join [--db FILE] [--note TEXT] ID ID...

Joins events into one: the decision (with --note, and the time) is stored
and kept by later ingests and re-extractions, whatever the merge rules say.
Prints the joined event's id.

Example:
  sitrep events join e-5a1c0de2 e-77e423fc --note "same attack, toll updated"`,
			run: runEventsJoin,
		},
		{
			name:    "events edit",
			summary: "correct fields of an event (stored, wins over re-extraction and merging)",
			usage: `usage: sitrep events edit [--db FILE] [--by NAME] [--note TEXT] --set FIELD=VALUE... ID

Corrects an event: each --set gives a field its value. The correction is
stored in its own table with who (--by, else $SITREP_USER, else $USER), when
and why (--note); it is laid over the event each time the event is made
anew, so it wins over a report read again and over reports that join the
event later; 'sitrep corrections' lists them, 'sitrep corrections undo N'
takes one back. JSON exports carry each event's corrections.

Fields: date (YYYY-MM-DD, empty for undated), date_precision, event_type,
sub_event_type, actor1, actor2, killed and wounded (N, N-M, N+), fatalities,
location, admin1, country, lat, lon, geo_precision.

Examples:
  sitrep events edit e-5a1c0de2 --set killed=12 --note "hospital toll, 6 June"
  sitrep events edit e-5a1c0de2 --set actor1="Islamic State" --set sub_event_type="Suicide bomb"`,
			run: runEventsEdit,
		},
		{
			name:    "events delete",
			summary: "delete an event (stored as a correction; undo brings it back)",
			usage: `usage: sitrep events delete [--db FILE] [--by NAME] [--note TEXT] ID

Deletes an event: it leaves every list and export, and stays deleted when
its reports are read again or others join it. The deletion is a correction
(who, when, why): 'sitrep corrections undo N' brings the event back.

Example:
  sitrep events delete e-5a1c0de2 --note "a drill, not an attack"`,
			run: runEventsDelete,
		},
		{
			name:    "events compare",
			summary: "why two events were kept apart: the merge rules on each pair of their records",
			usage: `usage: sitrep events compare [--db FILE] [--all] ID ID

Weighs each record of the first event against each record of the second as
the merge rules do (place, date, what stands in for a day not known, kind,
killed, wounded, actors: the relation found and its weight, or what blocks
or gates the pair) and prints the pairs that come closest to one incident,
best first; --all prints every pair. It tells why the rules kept two
events apart, before 'sitrep events join' overrides them.

Example:
  sitrep events compare e-5a1c0de2 e-77e423fc`,
			run: runEventsCompare,
		},
	}
}

func runEventsCompare(ctx context.Context, e *env, args []string) error {
	c := eventCommands[len(eventCommands)-1]
	fs := newFlags(c, e)
	all := fs.Bool("all", false, "every pair of records, not the closest three")
	db := dbFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 2 {
		return usageError{"compare takes two event IDs"}
	}
	st, err := storeAt(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	cs, err := st.Compare(ctx, rest[0], rest[1])
	if err != nil {
		for _, x := range rest {
			if _, e := st.Event(ctx, x); e != nil {
				return notFound(e, x)
			}
		}
		return err
	}
	w := bufio.NewWriter(e.stdout)
	if len(cs) == 0 {
		fmt.Fprintln(w, "no pair of records to compare (one event twice?)")
	}
	if len(cs) > 0 && cs[0].Candidate {
		fmt.Fprintln(w, "The rules would link a pair of these records; grouping kept the events apart all the same:\n"+
			"a record without a usable day that fits two incidents equally joins neither, a record joins an\n"+
			"incident only when it fits all its records on average, and analysts' decisions win ('events show').")
	}
	for i, x := range cs {
		if i == 3 && !*all {
			fmt.Fprintf(w, "(%d more pairs: --all)\n", len(cs)-i)
			break
		}
		link := "kept apart"
		if x.Candidate {
			link = "a candidate pair"
		}
		fmt.Fprintf(w, "%s ~ %s: %s\n  %s\n", x.A, x.B, link, x.Verdict)
	}
	return w.Flush()
}

// eventCommand returns the events sub-command named by the first argument.
func eventCommand(args []string) *command {
	if len(args) == 0 {
		return nil
	}
	for _, c := range eventCommands {
		if c.name == "events "+args[0] {
			return c
		}
	}
	return nil
}

// storeAt opens the store at path, refusing one that does not exist.
func storeAt(ctx context.Context, path string) (*sqlite.Store, error) {
	if storeMissing(path) {
		return nil, fmt.Errorf("no store at %s: run 'sitrep ingest' (or 'sitrep demo') first, or give --db", path)
	}
	return openStore(ctx, path)
}

// notFound turns a missing event into a message naming the id.
func notFound(err error, id string) error {
	if errors.Is(err, sitrep.ErrNotFound) {
		return fmt.Errorf("no event %q in the store (ids are in the first column of 'sitrep events')", id)
	}
	return err
}

func runEventsShow(ctx context.Context, e *env, args []string) error {
	c := eventCommands[0]
	fs := newFlags(c, e)
	asJSON := fs.Bool("json", false, "one JSON object")
	whole := fs.Bool("text", false, "each report's whole cleaned text, evidence marked")
	db := dbFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError{"show takes one event ID"}
	}
	tty := false
	if f, ok := e.stdout.(*os.File); ok && isTerminal(f) {
		tty = true
	}
	st, err := storeAt(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := st.Detail(ctx, rest[0])
	if err != nil {
		return notFound(err, rest[0])
	}
	w := bufio.NewWriter(e.stdout)
	if *asJSON {
		err = writeDetailJSON(w, d)
	} else {
		writeDetail(w, d, marker{tty: tty}, *whole)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// detailJSON is the --json form of 'events show'.
type detailJSON struct {
	Event     sitrep.Event   `json:"event"`
	Records   []recordJSON   `json:"records"`
	Decisions []decisionJSON `json:"decisions,omitempty"`
	Scale     string         `json:"source_scale,omitempty"`
}

type recordJSON struct {
	sitrep.Event
	Why string `json:"why,omitempty"`
}

type decisionJSON struct {
	Decision string `json:"decision"` // join or split
	A        string `json:"a"`
	B        string `json:"b"`
	At       string `json:"at"`
	Note     string `json:"note,omitempty"`
}

func writeDetailJSON(w io.Writer, d *sqlite.EventDetail) error {
	out := detailJSON{Event: d.Event, Scale: export.SourceScale(&d.Event)}
	for i, r := range d.Records {
		rj := recordJSON{Event: r}
		if i > 0 && i-1 < len(d.Why) {
			rj.Why = d.Why[i-1]
		}
		out.Records = append(out.Records, rj)
	}
	for _, x := range d.Decisions {
		out.Decisions = append(out.Decisions, decisionJSON{Decision: decisionWord(x.Together), A: x.A, B: x.B, At: x.At, Note: x.Note})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func decisionWord(together bool) string {
	if together {
		return "join"
	}
	return "split"
}

// writeDetail prints an event for reading: its fields, then each source
// with its evidence marked in its text (the whole text when whole).
func writeDetail(w io.Writer, d *sqlite.EventDetail, mk marker, whole bool) {
	ev := &d.Event
	p := func(label, format string, args ...any) {
		fmt.Fprintf(w, "  %-10s %s\n", label, fmt.Sprintf(format, args...))
	}
	fmt.Fprintf(w, "event %s\n", ev.ID)
	typ := ev.EventType
	if ev.SubEventType != "" {
		typ += " (" + ev.SubEventType + ")"
	}
	p("type", "%s", typ)
	date := "undated"
	if !ev.Date.IsZero() {
		date = string(ev.Date)
		if ev.DatePrecision != "" && ev.DatePrecision != sitrep.PrecisionDay {
			date += " (" + ev.DatePrecision + ")"
		}
	}
	p("date", "%s", date)
	actors := ev.Actor1
	if ev.Actor2 != "" {
		actors += " → " + ev.Actor2
	}
	p("actors", "%s", actors)
	p("place", "%s", placeLine(ev.Location))
	p("killed", "%s", export.CountCell(ev.Killed))
	p("wounded", "%s", export.CountCell(ev.Wounded))
	src := fmt.Sprintf("%d", ev.SourceCount())
	if sc := export.SourceScale(ev); sc != "" {
		src += " (" + sc + ")"
	}
	p("sources", "%s", src)
	for _, n := range ev.Notes {
		p("note", "%s", n)
	}
	for i, r := range d.Records {
		fmt.Fprintln(w)
		doc := d.Documents[i]
		head := fmt.Sprintf("source %d: %s", i+1, doc.ID)
		var bits []string
		if o, ok := export.OutletOf(doc.Source()); ok {
			bits = append(bits, o.Name)
		}
		if doc.Published != "" {
			bits = append(bits, "published "+string(doc.Published))
		}
		if doc.DuplicateOf != "" {
			bits = append(bits, "a copy of "+doc.DuplicateOf)
		}
		if len(bits) > 0 {
			head += " (" + strings.Join(bits, ", ") + ")"
		}
		fmt.Fprintln(w, head)
		if doc.URL != "" {
			p("url", "%s", doc.URL)
		}
		rdate := "undated"
		if !r.Date.IsZero() {
			rdate = string(r.Date)
		}
		p("record", "%s: %s, %s, %s", r.ID, r.SubEventType, rdate, placeLine(r.Location))
		p("said", "killed %s, wounded %s; %s", export.CountCell(r.Killed), export.CountCell(r.Wounded), strings.TrimSpace(r.Actor1+" → "+r.Actor2))
		for _, f := range fieldNames(&r) {
			ev := r.FieldEvidence[f]
			if ev.End > ev.Start {
				p(f, "%q [%d-%d]", ev.Text, ev.Start, ev.End)
			}
		}
		if i > 0 && i-1 < len(d.Why) && d.Why[i-1] != "" {
			p("merged", "%s", d.Why[i-1])
		}
		marks := marksOf(&r, doc.ID)
		n := utf8.RuneCountInString(doc.Text)
		spans := [][2]int{{0, n}}
		if !whole {
			spans = excerpts(doc.Text, marks)
		}
		for _, sp := range spans {
			text := mk.highlight(doc.Text, sp[0], sp[1], marks)
			if sp[0] > 0 {
				text = "… " + text
			}
			if sp[1] < n {
				text += " …"
			}
			fmt.Fprintf(w, "  [%d-%d]\n", sp[0], sp[1])
			for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
				fmt.Fprintf(w, "    %s\n", line)
			}
		}
	}
	if len(d.Decisions) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "decisions")
		for _, x := range d.Decisions {
			line := fmt.Sprintf("%s %s and %s, %s", decisionWord(x.Together), x.A, x.B, x.At)
			if x.Note != "" {
				line += ": " + x.Note
			}
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
}

// placeLine writes a location as "Name (within, admin1, country) lat,lon, precision N".
func placeLine(l *sitrep.Location) string {
	if l == nil {
		return "not known"
	}
	var in []string
	for _, s := range []string{l.Within, l.Admin1, l.Country} {
		if s != "" && s != l.Name {
			in = append(in, s)
		}
	}
	out := l.Name
	if len(in) > 0 {
		out += " (" + strings.Join(in, ", ") + ")"
	}
	if l.HasPoint() {
		out += fmt.Sprintf(" %.5g,%.5g", *l.Lat, *l.Lon)
	}
	if l.Precision > 0 {
		out += fmt.Sprintf(", precision %d", l.Precision)
	}
	return out
}

// oneLine folds white space runs into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// decisionArgs parses the flags of split and join: it opens the store and
// returns the ids given (at least least of them; need says so otherwise) and the note.
func decisionArgs(ctx context.Context, c *command, e *env, args []string, least int, need string) (*sqlite.Store, []string, string, error) {
	fs := newFlags(c, e)
	note := fs.String("note", "", "why, stored with the decision")
	db := dbFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return nil, nil, "", err
	}
	if len(rest) < least {
		return nil, nil, "", usageError{need}
	}
	st, err := storeAt(ctx, db())
	if err != nil {
		return nil, nil, "", err
	}
	return st, rest, *note, nil
}

func runEventsSplit(ctx context.Context, e *env, args []string) error {
	st, rest, note, err := decisionArgs(ctx, eventCommands[1], e, args, 1, "split takes an event ID, and optionally the DOC ids to take out")
	if err != nil {
		return err
	}
	defer st.Close()
	ids, err := st.Split(ctx, rest[0], rest[1:], note)
	if err != nil {
		return notFound(err, rest[0])
	}
	return printEvents(ctx, e.stdout, st, "split "+rest[0]+" into", ids)
}

func runEventsJoin(ctx context.Context, e *env, args []string) error {
	st, rest, note, err := decisionArgs(ctx, eventCommands[2], e, args, 2, "join takes two event IDs or more")
	if err != nil {
		return err
	}
	defer st.Close()
	id, err := st.Join(ctx, rest, note)
	if err != nil {
		for _, x := range rest {
			if _, e := st.Event(ctx, x); e != nil {
				return notFound(e, x)
			}
		}
		return err
	}
	return printEvents(ctx, e.stdout, st, "joined into", []string{id})
}

// printEvents writes a line per event: id, sources, date, type, place.
func printEvents(ctx context.Context, w io.Writer, st *sqlite.Store, head string, ids []string) error {
	fmt.Fprintln(w, head)
	for _, id := range ids {
		ev, err := st.Event(ctx, id)
		if err != nil {
			return err
		}
		var docs []string
		for _, s := range ev.Sources {
			docs = append(docs, s.Doc)
		}
		date := "undated"
		if !ev.Date.IsZero() {
			date = string(ev.Date)
		}
		fmt.Fprintf(w, "  %s  %d source(s): %s; %s, %s, %s\n", ev.ID, ev.SourceCount(), strings.Join(docs, ", "),
			date, ev.SubEventType, placeLine(ev.Location))
	}
	return nil
}

// setFlag collects --set FIELD=VALUE.
type setFlag map[string]string

func (s setFlag) String() string { return "" }
func (s setFlag) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	k = strings.TrimSpace(k)
	if !ok || k == "" {
		return fmt.Errorf("%q: want FIELD=VALUE", v)
	}
	s[k] = strings.Trim(strings.TrimSpace(val), `"`)
	return nil
}

// who names the analyst: --by, else $SITREP_USER, else $USER.
func who(e *env, by string) string {
	for _, v := range []string{by, e.getenv("SITREP_USER"), e.getenv("USER")} {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return "unknown"
}

func runEventsEdit(ctx context.Context, e *env, args []string) error {
	return correct(ctx, e, eventCommands[3], args, "set")
}

func runEventsDelete(ctx context.Context, e *env, args []string) error {
	return correct(ctx, e, eventCommands[4], args, "delete")
}

// correct runs events edit and events delete.
func correct(ctx context.Context, e *env, c *command, args []string, action string) error {
	fs := newFlags(c, e)
	note := fs.String("note", "", "why, stored with the correction")
	by := fs.String("by", "", "who corrects (default $SITREP_USER, else $USER)")
	set := setFlag{}
	if action == "set" {
		fs.Var(set, "set", "`FIELD=VALUE` to set (repeatable)")
	}
	db := dbFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError{"give one event ID"}
	}
	if action == "set" && len(set) == 0 {
		return usageError{"give at least one --set FIELD=VALUE"}
	}
	corr := sitrep.Correction{Action: action, By: who(e, *by), Note: *note}
	if action == "set" {
		corr.Set = set
	}
	if err := corr.Check(); err != nil {
		return usageError{err.Error()}
	}
	st, err := storeAt(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	done, id, err := st.Correct(ctx, rest[0], corr)
	if err != nil {
		return notFound(err, rest[0])
	}
	verb := "corrected"
	if action == "delete" {
		verb = "deleted"
	}
	fmt.Fprintf(e.stdout, "correction %d: %s %s (%s); 'sitrep corrections undo %d' takes it back\n", done.Seq, verb, id, done.String(), done.Seq)
	return nil
}
