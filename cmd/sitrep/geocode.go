package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
)

func init() {
	register(&command{
		name:    "geocode",
		summary: "find coordinates for place names (one answer per query, JSON Lines)",
		usage: `usage: sitrep geocode [--country CC] QUERY...
       sitrep geocode --jsonl FILE

Answers each query with {"id", "name", "lat", "lon", "country", "admin1",
"geonameid", "precision"}: precision 1 when the place itself was found, 2
when only a nearby or enclosing place was (its coordinates are given), 3 when
only the province was; lat and lon are null when nothing was found. "match"
says how the name matched (exact, article, loose, vowels, edit) and "why"
why a place found by its name has precision 2 (one of several places of
the name, near or a part of it, a spelling that differs). A name alone
that matches only loosely is no answer ("Bashiqa, Iraq" may be). Queries
may name enclosing places and offsets as reports do ("Zanjili district,
Mosul", "20 km south of Mosul, Nineveh province, Iraq").

--jsonl reads lines {"id", "query", "country"?} from FILE (- for stdin).
Places imported with 'sitrep gazetteer import' into the store (--db,
$SITREP_DB or ./sitrep.db) are used, and win over the embedded default.

Examples:
  sitrep geocode Mosul
  sitrep geocode --country SY "Hunaida, 36 km west of Raqqa"
  sitrep geocode --jsonl queries.jsonl > answers.jsonl`,
		run: runGeocode,
	})
}

// geoAnswer is one line of geocode output (EVENTS.md).
type geoAnswer struct {
	ID        string   `json:"id"`
	Query     string   `json:"query"`
	Name      string   `json:"name"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Country   string   `json:"country"`
	Admin1    string   `json:"admin1"`
	GeonameID *int64   `json:"geonameid"`
	Precision *int     `json:"precision"`
	// Match says how the name matched: exact, article, loose, vowels, edit.
	Match string `json:"match,omitempty"`
	// Why says why a place found by its name has precision 2.
	Why string `json:"why,omitempty"`
}

func answer(g *gazetteer.Gazetteer, id, query, country string) geoAnswer {
	out := geoAnswer{ID: id, Query: query}
	a, ok := g.Geocode(query, country)
	if !ok {
		return out
	}
	lat, lon, prec := a.Lat, a.Lon, a.Precision
	out.Name, out.Lat, out.Lon, out.Country, out.Admin1, out.Precision = a.Name, &lat, &lon, a.Country, a.Admin1, &prec
	out.Match = a.Match
	if out.Precision != nil && *out.Precision == 2 {
		out.Why = a.Why
	}
	if a.GeonameID > 0 {
		id := a.GeonameID
		out.GeonameID = &id
	}
	return out
}

func runGeocode(ctx context.Context, e *env, args []string) error {
	c := lookup("geocode")
	fs := newFlags(c, e)
	country := fs.String("country", "", "prefer places in this ISO 3166-1 alpha-2 `CC`")
	jsonl := fs.String("jsonl", "", "read queries from JSON Lines `FILE` (- for stdin)")
	db := dbFlag(fs, e)
	queries, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if (*jsonl == "") == (len(queries) == 0) {
		return usageError{"give either QUERY arguments or --jsonl FILE"}
	}
	cc := strings.ToUpper(strings.TrimSpace(*country))
	if cc != "" && len(cc) != 2 {
		return usageError{fmt.Sprintf("--country %q is not an ISO 3166-1 alpha-2 code", *country)}
	}
	g, err := gazetteerFor(ctx, db())
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(e.stdout, 1<<16)
	out := newJSONLines(w)
	if *jsonl == "" {
		for i, q := range queries {
			if err := out.write(answer(g, fmt.Sprint(i+1), q, cc)); err != nil {
				return err
			}
		}
		return w.Flush()
	}
	var r io.Reader = e.stdin
	if *jsonl != "-" {
		f, err := os.Open(*jsonl)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	bad := 0
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" {
			continue
		}
		var q struct {
			ID      json.RawMessage `json:"id"`
			Query   string          `json:"query"`
			Country string          `json:"country"`
		}
		if err := json.Unmarshal([]byte(s), &q); err != nil {
			fmt.Fprintf(e.stderr, "sitrep geocode: %s:%d: not JSON: %v\n", *jsonl, line, err)
			bad++
			continue
		}
		qc := cc
		if q.Country != "" {
			qc = strings.ToUpper(q.Country)
		}
		id := strings.TrimSpace(string(q.ID))
		var sid string
		if json.Unmarshal(q.ID, &sid) == nil {
			id = sid
		}
		if err := out.write(answer(g, id, q.Query, qc)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", *jsonl, err)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		return exitError{1}
	}
	return nil
}
