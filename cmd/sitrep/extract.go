package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
)

func init() {
	register(&command{
		name:    "extract",
		summary: "print the events found in reports as JSON Lines (no store needed)",
		usage: `usage: sitrep extract [--figures] [--control] [--published YYYY-MM-DD] PATH...

Reads reports and prints one event record a line on stdout (the contract in
EVENTS.md). PATH is a file, a directory (read recursively) or - for standard
input. Accepted: plain text (.txt), HTML (.html, .htm), JSON Lines (.jsonl,
.ndjson: id, text or html, url, title, published, outlet), RSS/Atom feeds
(.xml, .rss, .atom) and .gz of each. Inputs that cannot be read are reported
on stderr, one line each naming the file (and line); the rest is still
processed and the exit status is 1.

Places imported with 'sitrep gazetteer import' are used when the store
(--db, $SITREP_DB or ./sitrep.db) exists; it is never created by extract.

Examples:
  sitrep extract report.txt
  sitrep extract --figures corpus/docs.jsonl > records.jsonl
  sitrep extract --control report.txt     # also "X is still held by Y" statements
  curl -s https://example.org/feed.xml | sitrep extract --published 2017-06-04 -`,
		run: runExtract,
	})
}

func runExtract(ctx context.Context, e *env, args []string) error {
	c := lookup("extract")
	fs := newFlags(c, e)
	figures := fs.Bool("figures", false, "also print figure records (displaced, force sizes, running tolls)")
	controls := fs.Bool("control", false, "also print control statements (who holds a place: \"still held by\", \"under the control of\", \"besieged\", \"all of X except Y\")")
	explain := fs.Bool("explain", false, "instead of records, show how each sentence was read (triggers, counts, dates, actors, places) and how sentences were grouped into incidents")
	rf := addReadFlags(fs)
	db := dbFlag(fs, e)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opt, err := rf.options(e, paths)
	if err != nil {
		return err
	}
	opt.Skip = storeFiles(db())
	g, err := gazetteerFor(ctx, db())
	if err != nil {
		return err
	}
	engine, err := newEngine(g, rf.files)
	if err != nil {
		return err
	}
	engine.NoControls = !*controls // (not read unless printed)
	w := bufio.NewWriterSize(e.stdout, 1<<16)
	if *explain {
		failed := 0
		err := ingest.Walk(ctx, paths, opt, func(doc *sitrep.Document, err error) error {
			if err != nil {
				failed += reportReadError(e, "extract", err)
				return nil
			}
			engine.Cleaner.Clean(doc)
			engine.Extractor.Explain(w, doc)
			fmt.Fprintln(w)
			return nil
		})
		if ferr := w.Flush(); err == nil {
			err = ferr
		}
		if err == nil && failed > 0 {
			err = exitError{1}
		}
		return err
	}
	out := newJSONLines(w)
	failed := 0
	// a progress line on a terminal, when the records go elsewhere
	prog := newProgress(e.stderr, e.isTTY && !isTerminalWriter(e.stdout))
	prog.what = "extract"
	prog.sized(paths, &opt)
	sum := &ingestSummary{reasons: map[string]int{}}
	err = engine.Run(ctx, *rf.workers, func(emit func(pipeline.Input) error) error {
		return ingest.Walk(ctx, paths, opt, func(doc *sitrep.Document, err error) error {
			return emit(pipeline.Input{Doc: doc, Err: err})
		})
	}, func(r pipeline.Result) error {
		defer prog.update(sum)
		if r.Err != nil {
			prog.clear()
			if reportReadError(e, "extract", r.Err) > 0 {
				failed++
				sum.failed++
			}
			return nil
		}
		sum.added++
		sum.events += len(r.Events)
		if len(r.Doc.Notes) > 0 {
			prog.clear()
		}
		for _, n := range r.Doc.Notes {
			fmt.Fprintf(e.stderr, "sitrep extract: %s: %s\n", r.Doc.ID, n)
		}
		if err := out.writeRecords(r.Events, r.Figures, *figures); err != nil {
			return err
		}
		if *controls {
			for i := range r.Controls {
				if err := out.write(&r.Controls[i]); err != nil {
					return err
				}
			}
		}
		return nil
	})
	prog.clear()
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "sitrep extract: %d input(s) failed\n", failed)
		return exitError{1}
	}
	return nil
}

// isTerminalWriter reports whether w is a terminal.
func isTerminalWriter(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isTerminal(f)
}
