package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

func init() {
	register(&command{
		name:    "generate",
		summary: "make a large corpus for load tests by varying reports",
		usage: `usage: sitrep generate [-n N] PATH...

Writes N reports (default 50000) as JSON Lines on stdout, made from the
reports read from PATH (the formats of 'sitrep ingest'), for measuring
ingestion and workers at scale. Round v (0, 1, 2, ...) writes every report
once more: id "<id>-v<v>", every year from 1990 to 2029 in its text and its
publication date moved back v mod 25 years, the publication date moved on
17 days for every 25 rounds (so that relative dates fall elsewhere), and a
last line naming the round, so that each variant has content of its own.
Round 0 is the reports as read. The same input gives the same output.

Example:
  sitrep generate -n 50000 ../shared/corpus/*/docs.jsonl > /tmp/load.jsonl`,
		run: runGenerate,
	})
}

var yearRE = regexp.MustCompile(`\b(19[9][0-9]|20[0-2][0-9])\b`)

func runGenerate(ctx context.Context, e *env, args []string) error {
	c := lookup("generate")
	fs := newFlags(c, e)
	n := fs.Int("n", 50000, "reports to write")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError{"no PATH given"}
	}
	var docs []*sitrep.Document
	if err := ingest.Walk(ctx, paths, ingest.Options{Stdin: e.stdin}, func(d *sitrep.Document, err error) error {
		if err != nil {
			return err
		}
		docs = append(docs, d)
		return nil
	}); err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("no reports in %v", paths)
	}
	type line struct {
		ID        string  `json:"id"`
		Text      string  `json:"text"`
		Published *string `json:"published,omitempty"`
		URL       string  `json:"url,omitempty"`
		Title     string  `json:"title,omitempty"`
		Outlet    string  `json:"outlet,omitempty"`
	}
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	written := 0
	for v := 0; written < *n; v++ {
		back := v % 25
		later := (v / 25) * 17
		shift := func(s string) string {
			return yearRE.ReplaceAllStringFunc(s, func(y string) string {
				n, _ := strconv.Atoi(y)
				return strconv.Itoa(n - back)
			})
		}
		for _, d := range docs {
			if written == *n {
				break
			}
			text := d.Text
			if text == "" {
				text = d.Raw // what the reader read, before cleaning
			}
			l := line{ID: d.ID, Text: text, URL: d.URL, Title: d.Title, Outlet: d.Outlet}
			if d.Published != "" {
				p := string(d.Published)
				l.Published = &p
			}
			if v > 0 {
				l.ID = d.ID + "-v" + strconv.Itoa(v)
				l.Text = shift(text) + "\n\nLoad test round " + strconv.Itoa(v) + "."
				l.Title = shift(d.Title)
				if l.URL != "" {
					l.URL += "#v" + strconv.Itoa(v)
				}
				if d.Published != "" {
					t, err := time.Parse("2006-01-02", shift(string(d.Published)))
					if err == nil {
						p := t.AddDate(0, 0, later).Format("2006-01-02")
						l.Published = &p
					}
				}
			}
			if err := enc.Encode(l); err != nil {
				return err
			}
			written++
		}
	}
	return w.Flush()
}
