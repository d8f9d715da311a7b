package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/sitrep/sitrep"
)

func init() {
	register(&command{
		name:    "corrections",
		summary: "list the analyst's corrections of events, or undo one",
		usage: `usage: sitrep corrections [--db FILE] [--all] [--json]
       sitrep corrections undo [--db FILE] [--by NAME] N

Lists the corrections made with 'sitrep events edit' and 'events delete',
oldest first: number, when, who, the event it belongs to now, what it does,
and why. --all lists undone ones too; --json writes one object a line.
'corrections undo N' takes correction N back: the event is made again
without it (an event it deleted comes back).

Examples:
  sitrep corrections
  sitrep corrections undo 3`,
		run: runCorrections,
	})
}

func runCorrections(ctx context.Context, e *env, args []string) error {
	c := lookup("corrections")
	if len(args) > 0 && args[0] == "undo" {
		fs := newFlags(c, e)
		by := fs.String("by", "", "who undoes (default $SITREP_USER, else $USER)")
		db := dbFlag(fs, e)
		rest, err := parseFlags(fs, args[1:])
		if err != nil {
			return err
		}
		if len(rest) != 1 {
			return usageError{"undo takes one correction number"}
		}
		n, err := strconv.Atoi(rest[0])
		if err != nil || n <= 0 {
			return usageError{fmt.Sprintf("%q is no correction number", rest[0])}
		}
		st, err := storeAt(ctx, db())
		if err != nil {
			return err
		}
		defer st.Close()
		id, err := st.Undo(ctx, n, who(e, *by))
		if errors.Is(err, sitrep.ErrNotFound) {
			return fmt.Errorf("no correction %d ('sitrep corrections --all' lists them)", n)
		}
		if err != nil {
			return err
		}
		if id == "" {
			fmt.Fprintf(e.stdout, "correction %d undone\n", n)
		} else {
			fmt.Fprintf(e.stdout, "correction %d undone; event %s made again without it\n", n, id)
		}
		return nil
	}
	fs := newFlags(c, e)
	all := fs.Bool("all", false, "undone corrections too")
	asJSON := fs.Bool("json", false, "one JSON object a line")
	db := dbFlag(fs, e)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := storeAt(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	rows, err := st.Corrections(ctx, *all)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	if *asJSON {
		out := newJSONLines(w)
		for _, r := range rows {
			if err := out.write(r); err != nil {
				return err
			}
		}
		return nil
	}
	if len(rows) == 0 {
		fmt.Fprintln(e.stderr, "no corrections; 'sitrep events edit ID --set FIELD=VALUE' makes one")
		return nil
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "N\tWHEN\tWHO\tEVENT\tCHANGE\tNOTE")
	for _, r := range rows {
		change := r.Correction.String()
		if r.UndoneAt != "" {
			change += " (undone " + r.UndoneAt + " by " + r.UndoneBy + ")"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", r.Seq, r.At, r.By, dash(r.Event), change, r.Note)
	}
	return tw.Flush()
}
