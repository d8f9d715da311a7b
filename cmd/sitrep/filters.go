package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/sqlite"
)

// filterFlags are the event filters 'events' and 'stats' share.
type filterFlags struct {
	fs                 *flag.FlagSet
	from, to           *string
	types              listFlag
	actor, near, text  *string
	doc                *string
	within             *float64
	minSources         *int
	undated, datedOnly *bool
}

func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	ff := &filterFlags{fs: fs}
	ff.from = fs.String("from", "", "first incident `date` (YYYY-MM-DD, YYYY-MM or YYYY)")
	ff.to = fs.String("to", "", "last incident `date` (YYYY-MM-DD, YYYY-MM or YYYY)")
	fs.Var(&ff.types, "type", "ACLED event or sub-event `type` (repeatable)")
	ff.actor = fs.String("actor", "", "either actor has the words `NAME` (or NAME is its alias)")
	ff.near = fs.String("near", "", "`PLACE` name or LAT,LON to search around")
	ff.within = fs.Float64("within", 25, "radius in `km` for --near")
	ff.text = fs.String("text", "", "full-text `WORDS` over evidence")
	ff.doc = fs.String("doc", "", "events of one document `ID`")
	ff.minSources = fs.Int("min-sources", 0, "events told by at least `N` sources")
	ff.undated = fs.Bool("undated", false, "with --from or --to, keep undated events too")
	ff.datedOnly = fs.Bool("dated-only", false, "leave undated events out (ACLED has none)")
	return ff
}

// given reports whether a flag was set on the command line.
func (ff *filterFlags) given(name string) bool {
	set := false
	ff.fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// dateBound reads a --from or --to: a day, a month or a year; a month or
// year starts on its first day for --from and ends on its last for --to.
func dateBound(flagName, s string, last bool) (sitrep.Date, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []struct {
		f    string
		span func(t time.Time) time.Time
	}{
		{time.DateOnly, func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		t, err := time.Parse(layout.f, s)
		if err != nil {
			continue
		}
		if last {
			t = layout.span(t)
		}
		return sitrep.DateOf(t), nil
	}
	return "", usageError{fmt.Sprintf("--%s %q: want YYYY-MM-DD, YYYY-MM or YYYY", flagName, s)}
}

// typeNames lists ACLED's event and sub-event types, for an error.
func typeNames() string {
	var b strings.Builder
	for _, t := range sitrep.EventTypes {
		fmt.Fprintf(&b, "\n  %s: %s", t.Type, strings.Join(t.Subs, ", "))
	}
	return b.String()
}

// filter checks the flags and builds the filter; --near is resolved with
// the gazetteer of the store at path.
func (ff *filterFlags) filter(ctx context.Context, path string) (sitrep.EventFilter, error) {
	f := sitrep.EventFilter{Actor: *ff.actor, Text: *ff.text, Doc: *ff.doc, MinSources: *ff.minSources}
	for _, t := range ff.types {
		if _, _, ok := sitrep.LookupType(t); !ok {
			return f, usageError{fmt.Sprintf("--type %q is no ACLED event or sub-event type; they are:%s", t, typeNames())}
		}
		f.Types = append(f.Types, t)
	}
	if *ff.minSources < 0 {
		return f, usageError{"--min-sources must be 0 or more"}
	}
	var err error
	if *ff.from != "" {
		if f.From, err = dateBound("from", *ff.from, false); err != nil {
			return f, err
		}
	}
	if *ff.to != "" {
		if f.To, err = dateBound("to", *ff.to, true); err != nil {
			return f, err
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, usageError{fmt.Sprintf("--from %s is after --to %s", f.From, f.To)}
	}
	if *ff.undated && *ff.datedOnly {
		return f, usageError{"choose one of --undated, --dated-only"}
	}
	if *ff.datedOnly {
		f.Undated = sitrep.UndatedNone
	}
	if *ff.undated {
		if f.From == "" && f.To == "" {
			return f, usageError{"--undated keeps undated events when --from or --to leaves them out: give one of those"}
		}
		f.Undated = sitrep.UndatedToo
	}
	if ff.given("within") && *ff.near == "" {
		return f, usageError{"--within is a radius around --near PLACE: give --near too"}
	}
	if *ff.near != "" {
		if *ff.within <= 0 {
			return f, usageError{"--within must be a positive number of km"}
		}
		p, err := resolvePoint(ctx, *ff.near, path)
		if err != nil {
			return f, err
		}
		f.Near, f.WithinKM = p, *ff.within
	}
	return f, nil
}

// openFiltered builds the filter and opens the store at path, which must
// exist: what 'events' and 'stats' start with.
func (ff *filterFlags) openFiltered(ctx context.Context, path string) (sitrep.EventFilter, *sqlite.Store, error) {
	if storeMissing(path) {
		return sitrep.EventFilter{}, nil, fmt.Errorf("no store at %s: run 'sitrep ingest' (or 'sitrep demo') first, or give --db", path)
	}
	f, err := ff.filter(ctx, path)
	if err != nil {
		return f, nil, err
	}
	st, err := storeAt(ctx, path)
	return f, st, err
}
