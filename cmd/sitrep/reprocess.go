package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/sqlite"
)

func init() {
	register(&command{
		name:    "reprocess",
		summary: "read stored reports again with the current rules and gazetteers",
		usage: `usage: sitrep reprocess [--db FILE] (--all | --doc ID... | --since DATE | --older) [rule files] [-j N]

Reads stored reports again through the whole flow (cleaning, extraction,
merging) with this sitrep, its rule files (--lexicon, --actors,
--clean-rules) and the gazetteers imported into the store, and replaces
what was read from them before: after importing a gazetteer or changing a
rule file, so that old reports benefit. Analysts' split, join and
corrections hold. --all reads every report, --doc the given ones
(repeatable), --since those published on or after a day, --older those read
with other rules than the current ones ('sitrep documents' shows which). A
progress line (done, total, percentage, time left) shows on a terminal.

The rules a report was read with are kept in the store as a hash of this
sitrep's version, the rule files and the imported gazetteers.

Examples:
  sitrep gazetteer import IQ.zip && sitrep reprocess --all
  sitrep reprocess --older --actors my-actors.txt
  sitrep reprocess --doc d017 --doc d021`,
		run: runReprocess,
	})
}

// rulesOf describes the rules reports are read with now, and their hash:
// this sitrep's version, the user's rule files (by content) and the
// gazetteers imported into the store.
func rulesOf(ctx context.Context, st *sqlite.Store, uf userFiles) (hash, described string, err error) {
	h := sha256.New()
	parts := []string{"sitrep " + versionString()}
	for _, f := range []struct {
		flag string
		path *string
	}{{"lexicon", uf.lexicon}, {"actors", uf.actors}, {"clean-rules", uf.cleanRules}} {
		if f.path == nil || *f.path == "" {
			continue
		}
		b, err := os.ReadFile(*f.path)
		if err != nil {
			return "", "", fmt.Errorf("--%s: %w", f.flag, err)
		}
		sum := sha256.Sum256(b)
		parts = append(parts, fmt.Sprintf("%s %s (%s)", f.flag, *f.path, hex.EncodeToString(sum[:4])))
		h.Write(b)
	}
	places, err := st.Places(ctx)
	if err != nil {
		return "", "", err
	}
	count := map[string]int{}
	var names []string
	for _, p := range places {
		if count[p.Gazetteer] == 0 {
			names = append(names, p.Gazetteer)
		}
		count[p.Gazetteer]++
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00%g\x00%g\n", p.Gazetteer, p.ID, p.Name, p.Lat, p.Lon)
	}
	slices.Sort(names)
	for _, n := range names {
		parts = append(parts, fmt.Sprintf("gazetteer %s (%d places)", n, count[n]))
	}
	described = strings.Join(parts, "; ")
	h.Write([]byte(described))
	return hex.EncodeToString(h.Sum(nil))[:12], described, nil
}

func runReprocess(ctx context.Context, e *env, args []string) error {
	c := lookup("reprocess")
	fs := newFlags(c, e)
	all := fs.Bool("all", false, "every stored report")
	var docs listFlag
	fs.Var(&docs, "doc", "a report `ID` (repeatable)")
	since := fs.String("since", "", "reports published on or after `DATE` (YYYY-MM-DD)")
	older := fs.Bool("older", false, "reports read with other rules than the current ones")
	quiet := fs.Bool("q", false, "no progress line, only the summary")
	uf := userFileFlags(fs)
	workers := fs.Int("j", 0, "parallel workers (default: one per CPU)")
	db := dbFlag(fs, e)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	chosen := 0
	for _, b := range []bool{*all, len(docs) > 0, *since != "", *older} {
		if b {
			chosen++
		}
	}
	if chosen != 1 {
		return usageError{"choose which reports: one of --all, --doc ID, --since DATE, --older"}
	}
	var sinceDate sitrep.Date
	if *since != "" {
		d, err := sitrep.ParseDate(*since)
		if err != nil {
			return usageError{"--since: " + err.Error()}
		}
		sinceDate = d
	}
	st, err := storeAt(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	hash, described, err := rulesOf(ctx, st, uf)
	if err != nil {
		return err
	}
	read, err := st.DocumentRules(ctx)
	if err != nil {
		return err
	}
	// the reports to read again
	var todo []*sitrep.Document
	want := map[string]bool{}
	for _, d := range docs {
		want[d] = true
	}
	err = st.EachDocument(ctx, func(d *sitrep.Document) error {
		switch {
		case *all,
			want[d.ID],
			sinceDate != "" && d.Published != "" && d.Published >= sinceDate,
			*older && read[d.ID] != hash:
			todo = append(todo, d)
		}
		delete(want, d.ID)
		return nil
	})
	if err != nil {
		return err
	}
	for _, d := range docs {
		if want[d] {
			return fmt.Errorf("no document %q in the store (ids are in the first column of 'sitrep documents')", d)
		}
	}
	before, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	g, err := withStorePlaces(ctx, st)
	if err != nil {
		return err
	}
	engine, err := newEngine(g, uf)
	if err != nil {
		return err
	}
	prog := newCountProgress(e.stderr, e.isTTY && !*quiet, "reprocess", len(todo))
	var done []string
	err = engine.Run(ctx, *workers, func(emit func(pipeline.Input) error) error {
		for _, d := range todo {
			// read from the raw text as stored, as the first time
			fresh := &sitrep.Document{ID: d.ID, Origin: d.Origin, URL: d.URL, Outlet: d.Outlet, Title: d.Title,
				Published: d.Published, PublishedHow: d.PublishedHow, Raw: d.Raw, Hash: d.Hash, DuplicateOf: d.DuplicateOf}
			if fresh.Raw == "" {
				fresh.Raw = d.Text
			}
			if err := emit(pipeline.Input{Doc: fresh}); err != nil {
				return err
			}
		}
		return nil
	}, func(r pipeline.Result) error {
		if r.Err != nil {
			return r.Err
		}
		if err := st.Reread(ctx, r.Doc, r.Events, r.Figures, r.Controls); err != nil {
			return err
		}
		done = append(done, r.Doc.ID)
		prog.step()
		return nil
	})
	prog.clear()
	if err != nil {
		return fmt.Errorf("reprocess: %w", err)
	}
	if err := st.RecordRules(ctx, done, hash, described, true); err != nil {
		return err
	}
	after, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "sitrep reprocess: %d reports read again with rules %s; event records %d → %d, events %d → %d\n",
		len(done), hash, before.Records, after.Records, before.Events, after.Events)
	return nil
}

// countProgress draws "what: done/total (pct%), time left" on a terminal
// while work is long, and nothing otherwise.
type countProgress struct {
	w           io.Writer
	on          bool
	what        string
	done, total int
	start, last time.Time
	drawn       bool
}

func newCountProgress(w io.Writer, on bool, what string, total int) *countProgress {
	now := time.Now()
	return &countProgress{w: w, on: on, what: what, total: total, start: now, last: now}
}

func (p *countProgress) step() {
	p.done++
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.start) < time.Second || now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	left := ""
	if p.done > 0 && p.total > p.done {
		rest := time.Duration(float64(now.Sub(p.start)) / float64(p.done) * float64(p.total-p.done))
		left = fmt.Sprintf(", %s left", rest.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s: %d/%d (%d%%)%s", p.what, p.done, p.total, p.done*100/max(1, p.total), left)
	p.drawn = true
}

func (p *countProgress) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}
