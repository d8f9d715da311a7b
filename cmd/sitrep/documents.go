package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
)

func init() {
	register(&command{
		name:    "documents",
		summary: "list the stored reports (outlet, date and how it was known, copies) or the failed inputs",
		usage: `usage: sitrep documents [--db FILE] [--failures] [--json]
       sitrep documents --failures --clear [--db FILE]
       sitrep documents show [--db FILE] [--text | --json] ID

Lists the reports in the store in the order they were stored: id, publication
date and how it was known (metadata, url, text, unknown), outlet, the report
it copies when it is a near-duplicate (a wire story republished with small
edits), the id of its newer version when the report came again revised
(the newer version's records replaced this one's), whether it was read with the current rules (this sitrep and the
imported gazetteers, without user rule files: 'current', 'older <hash>', or
'unknown' for reports stored before rules were recorded; 'sitrep reprocess'
reads them again), and its title. --failures lists the inputs that could
not be read, with the reason; --failures --clear forgets them. --json
writes one JSON object a line instead of a table, with the encoding a web
page was read in (and how it was known: its meta charset, the HTTP header,
or assumed) and the notes sitrep left on the report.

'documents show ID' prints one report: where it came from, the event records
read from it (with their evidence offsets), and its cleaned text — the text
every evidence offset counts code points in. --text prints the cleaned text
alone, as it is stored; --json the document and its records as one object.

Examples:
  sitrep documents
  sitrep documents show d048
  sitrep documents show --text d048 > d048.txt
  sitrep documents --failures
  sitrep documents --json | jq 'select(.duplicate_of != null)'`,
		run: runDocuments,
	})
}

func runDocuments(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "show" {
		return runDocumentsShow(ctx, e, args[1:])
	}
	c := lookup("documents")
	fs := newFlags(c, e)
	failures := fs.Bool("failures", false, "list inputs that could not be read instead")
	clearF := fs.Bool("clear", false, "with --failures: forget them (after fixing or giving up on the inputs)")
	asJSON := fs.Bool("json", false, "one JSON object a line")
	db := dbFlag(fs, e)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	path := db()
	st, err := storeAt(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	if *clearF && !*failures {
		return usageError{"--clear works with --failures"}
	}
	if *clearF {
		n, err := st.ClearFailures(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "sitrep documents: %d failures forgotten\n", n)
		return nil
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	if *failures {
		fails, err := st.Failures(ctx, 0)
		if err != nil {
			return err
		}
		if *asJSON {
			out := newJSONLines(w)
			for _, f := range fails {
				if err := out.write(f); err != nil {
					return err
				}
			}
			return nil
		}
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "WHEN\tINPUT\tREASON")
		for _, f := range fails {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", f.At, f.Origin, f.Reason)
		}
		return tw.Flush()
	}
	type row struct {
		ID           string            `json:"id"`
		Published    sitrep.Date       `json:"published"`
		PublishedHow sitrep.DateSource `json:"published_how"`
		Outlet       string            `json:"outlet,omitempty"`
		URL          string            `json:"url,omitempty"`
		Title        string            `json:"title,omitempty"`
		DuplicateOf  *string           `json:"duplicate_of"`
		Origin       string            `json:"origin,omitempty"`
		Rules        string            `json:"rules"` // current, older <hash> or unknown
		Encoding     string            `json:"encoding,omitempty"`
		Notes        []string          `json:"notes,omitempty"`
		SupersededBy string            `json:"superseded_by,omitempty"`
	}
	out := newJSONLines(w)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintln(tw, "ID\tPUBLISHED\tHOW\tOUTLET\tCOPY OF\tNEWER VERSION\tRULES\tTITLE")
	}
	current, _, err := rulesOf(ctx, st, userFiles{})
	if err != nil {
		return err
	}
	read, err := st.DocumentRules(ctx)
	if err != nil {
		return err
	}
	// rulesCell says whether a report was read with the current rules
	rulesCell := func(id string) string {
		switch h := read[id]; h {
		case current:
			return "current"
		case "":
			return "unknown"
		default:
			return "older " + h
		}
	}
	err = st.EachDocument(ctx, func(d *sitrep.Document) error {
		if *asJSON {
			r := row{ID: d.ID, Published: d.Published, PublishedHow: d.PublishedHow, Outlet: d.Outlet, URL: d.URL, Title: d.Title, Origin: d.Origin, Rules: rulesCell(d.ID), Encoding: d.Encoding, Notes: d.Notes, SupersededBy: d.SupersededBy}
			if d.DuplicateOf != "" {
				r.DuplicateOf = &d.DuplicateOf
			}
			return out.write(r)
		}
		pub := string(d.Published)
		if pub == "" {
			pub = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d.ID, pub, d.PublishedHow, dash(d.Outlet), dash(d.DuplicateOf), dash(d.SupersededBy), rulesCell(d.ID), export.Truncate(d.Title, 60))
		return nil
	})
	if err != nil {
		return err
	}
	if !*asJSON {
		return tw.Flush()
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func runDocumentsShow(ctx context.Context, e *env, args []string) error {
	c := lookup("documents")
	fs := newFlags(c, e)
	textOnly := fs.Bool("text", false, "the cleaned text alone")
	asJSON := fs.Bool("json", false, "the document and its records as one JSON object")
	db := dbFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError{"show takes one document ID"}
	}
	if *textOnly && *asJSON {
		return usageError{"choose one of --text, --json"}
	}
	st, err := storeAt(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	doc, err := st.Document(ctx, rest[0])
	if errors.Is(err, sitrep.ErrNotFound) {
		return fmt.Errorf("no document %q in the store (ids are in the first column of 'sitrep documents')", rest[0])
	}
	if err != nil {
		return err
	}
	recs, err := st.Records(ctx, doc.ID)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	switch {
	case *textOnly:
		_, err = w.WriteString(doc.Text)
		return err
	case *asJSON:
		out := struct {
			*sitrep.Document
			Records []sitrep.Event `json:"records"`
		}{doc, recs}
		return newJSONLines(w).write(out)
	}
	p := func(label, format string, args ...any) {
		fmt.Fprintf(w, "%-10s %s\n", label, fmt.Sprintf(format, args...))
	}
	p("document", "%s", doc.ID)
	if o, ok := export.OutletOf(doc.Source()); ok {
		p("outlet", "%s", o.Name)
	}
	pub := "unknown"
	if doc.Published != "" {
		pub = string(doc.Published) + " (" + string(doc.PublishedHow) + ")"
	}
	p("published", "%s", pub)
	for _, kv := range [][2]string{{"title", doc.Title}, {"url", doc.URL}, {"origin", doc.Origin}, {"copy of", doc.DuplicateOf}} {
		if kv[1] != "" {
			p(kv[0], "%s", kv[1])
		}
	}
	if len(doc.Dropped) > 0 {
		p("dropped", "%d stretches of boilerplate", len(doc.Dropped))
	}
	for _, r := range recs {
		var spans []string
		for _, ev := range r.Evidence {
			spans = append(spans, fmt.Sprintf("%d-%d", ev.Start, ev.End))
		}
		p("record", "%s: %s, %s, %s; evidence %s", r.ID, r.SubEventType, dash(string(r.Date)), placeLine(r.Location), strings.Join(spans, " "))
	}
	fmt.Fprintf(w, "\n%s\n", doc.Text)
	return nil
}
