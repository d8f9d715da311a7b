package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

// TestStoreDoesNotDependOnBatches stores the reports of the shared
// development corpora, as extracted, in one batch and in batches of other
// sizes (as an ingest's writer cuts them where its wait runs out), and
// demands the same rows in every table the merge writes: incidents, their
// aliases, the per-day and per-degree totals, and which incident each
// record is in. Only the order and the set of the reports may decide them,
// not where the commits fell.
func TestStoreDoesNotDependOnBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts and stores the development corpora four times: not in -short")
	}
	ctx := context.Background()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Config{Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	var entries []Entry
	for _, set := range []string{"news-dev", "news-wide"} {
		for _, in := range sharedtest.Docs(t, set) {
			doc := &sitrep.Document{ID: set + "/" + in.ID, URL: in.URL, Title: in.Title,
				Published: sitrep.Date(in.Published), Raw: in.Text, Text: in.Text}
			evs, figs := x.Extract(doc)
			entries = append(entries, Entry{Doc: doc, Events: evs, Figures: figs})
		}
	}
	var want string
	for _, size := range []int{len(entries), 1, 3, 17} {
		s := openTemp(t)
		for rest := entries; len(rest) > 0; {
			n := min(size, len(rest))
			res, err := s.AddDocuments(ctx, rest[:n])
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				if r.Err != nil {
					t.Fatal(r.Err)
				}
			}
			rest = rest[n:]
		}
		got := storedMerge(t, s)
		if size == len(entries) {
			want = got
			if !strings.Contains(want, "incident_cells") {
				t.Fatal("nothing stored")
			}
			continue
		}
		if got != want {
			t.Errorf("batches of %d store other rows than one batch of %d:\n%s", size, len(entries), firstDiff(got, want))
		}
	}
}

// storedMerge dumps what the merge wrote, each table sorted, and the
// events as listed.
func storedMerge(t *testing.T, s *Store) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	for _, q := range []string{
		`SELECT 'incidents', id, date, event_type, sub_event_type, country, lat, lon, sources, record,
			fatalities, location, admin1, actor1, actor2, deleted FROM incidents ORDER BY id`,
		`SELECT 'incident_aliases', old, id FROM incident_aliases ORDER BY old`,
		`SELECT 'incident_days', * FROM incident_days ORDER BY 2, 3, 4`,
		`SELECT 'incident_cells', * FROM incident_cells ORDER BY 2, 3, 4, 5`,
		`SELECT 'records', id, incident FROM events ORDER BY id`,
		`SELECT 'incident_actors', i.id, a.key FROM incident_actors a JOIN incidents i ON i.seq = a.incident ORDER BY 2, 3`,
	} {
		rows, err := s.r.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				if i > 0 {
					b.WriteByte('\t')
				}
				switch v := v.(type) {
				case []byte:
					b.Write(v)
				case float64:
					fmt.Fprintf(&b, "%b", v) // every bit
				default:
					fmt.Fprint(&b, v)
				}
			}
			b.WriteByte('\n')
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(evs)
	if err != nil {
		t.Fatal(err)
	}
	b.Write(js)
	return b.String()
}

// firstDiff shows a few lines that only one of got and want holds.
func firstDiff(got, want string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var out []string
	for _, l := range strings.Split(got, "\n") {
		if !w[l] && len(out) < 6 {
			out = append(out, fmt.Sprintf("  only with batches: %.200s", l))
		}
	}
	for _, l := range strings.Split(want, "\n") {
		if !g[l] && len(out) < 12 {
			out = append(out, fmt.Sprintf("  only in one batch: %.200s", l))
		}
	}
	return strings.Join(out, "\n")
}
