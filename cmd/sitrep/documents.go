package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
)

func init() {
	register(&command{
		name:    "documents",
		summary: "list the stored reports (outlet, date and how it was known, copies) or the failed inputs",
		usage: `usage: sitrep documents [--db FILE] [--failures] [--json]

Lists the reports in the store in the order they were stored: id, publication
date and how it was known (metadata, url, text, unknown), outlet, the report
it copies when it is a near-duplicate (a wire story republished with small
edits), and its title. --failures lists the inputs that could not be read,
with the reason. --json writes one JSON object a line instead of a table.

Examples:
  sitrep documents
  sitrep documents --failures
  sitrep documents --json | jq 'select(.duplicate_of != null)'`,
		run: runDocuments,
	})
}

func runDocuments(ctx context.Context, e *env, args []string) error {
	c := lookup("documents")
	fs := newFlags(c, e)
	failures := fs.Bool("failures", false, "list inputs that could not be read instead")
	asJSON := fs.Bool("json", false, "one JSON object a line")
	db := dbFlag(fs, e)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	path := db()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no store at %s: run 'sitrep ingest' first, or give --db", path)
	}
	st, err := openStore(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
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
	}
	out := newJSONLines(w)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintln(tw, "ID\tPUBLISHED\tHOW\tOUTLET\tCOPY OF\tTITLE")
	}
	err = st.EachDocument(ctx, func(d *sitrep.Document) error {
		if *asJSON {
			r := row{ID: d.ID, Published: d.Published, PublishedHow: d.PublishedHow, Outlet: d.Outlet, URL: d.URL, Title: d.Title, Origin: d.Origin}
			if d.DuplicateOf != "" {
				r.DuplicateOf = &d.DuplicateOf
			}
			return out.write(r)
		}
		pub := string(d.Published)
		if pub == "" {
			pub = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", d.ID, pub, d.PublishedHow, dash(d.Outlet), dash(d.DuplicateOf), export.Truncate(d.Title, 60))
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
