package main

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/examples"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/ingest"
)

func init() {
	register(&command{
		name:    "demo",
		summary: "run the whole flow on built-in example reports and show the incidents",
		usage: `usage: sitrep demo [--db FILE]

Runs the whole flow — read, clean, extract, geocode, store — on a handful of
example reports built into sitrep (fictional, written for it: plain text with
page noise, JSON Lines, HTML), stores them in the store (--db, $SITREP_DB or
./sitrep.db) and prints the incidents found as a table. Run it twice and the
second run stores nothing new: the same reports are recognised.

Then try:
  sitrep events --json
  sitrep events --near Mosul --within 50
  sitrep events --csv > demo.csv

Example:
  sitrep demo`,
		run: runDemo,
	})
}

func runDemo(ctx context.Context, e *env, args []string) error {
	c := lookup("demo")
	flags := newFlags(c, e)
	db := dbFlag(flags, e)
	if err := parseNoArgs(flags, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "sitrep-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	names, err := fs.Glob(examples.Files, "*.*")
	if err != nil {
		return err
	}
	var paths []string
	for _, n := range names {
		if filepath.Ext(n) == ".go" {
			continue
		}
		b, err := examples.Files.ReadFile(n)
		if err != nil {
			return err
		}
		p := filepath.Join(dir, n)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
		paths = append(paths, p)
	}
	path := db()
	fmt.Fprintf(e.stderr, "sitrep demo: reading %d example files into %s\n", len(paths), path)
	st, err := openStore(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	var ids []string
	sum, err := ingestInto(ctx, e, st, paths, ingest.Options{}, 0, true, userFiles{}, func(id string) { ids = append(ids, id) })
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "sitrep demo: %s\n", sum)
	var events []sitrep.Event
	seen := map[string]bool{}
	for _, id := range ids {
		evs, err := st.Events(ctx, sitrep.EventFilter{Doc: id})
		if err != nil {
			return err
		}
		for _, ev := range evs {
			if !seen[ev.ID] { // an event merged from several example reports
				seen[ev.ID] = true
				events = append(events, ev)
			}
		}
	}
	w := bufio.NewWriter(e.stdout)
	fmt.Fprintf(w, "\n%d incidents found in the example reports:\n\n", len(events))
	if err := export.Table(w, events, 0); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nStored in %s. Next: sitrep events --json | sitrep events --csv | sitrep events --near Mosul --within 50\n", path)
	return w.Flush()
}
