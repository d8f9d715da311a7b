package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// More of the small things issue 12 lists, each as a user meets it (see
// also TestSmallThingsAUserTripsOn).
func TestSmallThingsSaidOnce(t *testing.T) {
	dir := t.TempDir()
	t.Run("an_empty_folder_is_said", func(t *testing.T) {
		empty := filepath.Join(dir, "empty")
		if err := os.MkdirAll(filepath.Join(empty, ".hidden"), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range [][]string{{"ingest", "--db", "e.db", empty}, {"extract", empty}} {
			r := run(t, dir, "", nil, cmd...)
			if r.code != 0 || !strings.Contains(r.stderr, empty+": skipped: a folder with no files to read in it") {
				t.Errorf("%v: exit %d, stderr:\n%s", cmd, r.code, r.stderr)
			}
		}
		// a folder with a report in it is not said empty
		full := filepath.Join(dir, "full")
		os.MkdirAll(full, 0o755)
		os.WriteFile(filepath.Join(full, "r.txt"), []byte("Gunmen killed two farmers in a village on Monday.\n"), 0o644)
		if r := run(t, dir, "", nil, "extract", full); strings.Contains(r.stderr, "no files") {
			t.Errorf("a folder with a report said empty:\n%s", r.stderr)
		}
	})
	t.Run("a_bad_file_ingested_twice_is_one_failure", func(t *testing.T) {
		bad := filepath.Join(dir, "twice.jsonl")
		os.WriteFile(bad, []byte("{not json\n"), 0o644)
		for range 3 {
			if r := run(t, dir, "", nil, "ingest", "--db", "twice.db", bad); r.code != 1 {
				t.Fatalf("ingest of a bad file: exit %d", r.code)
			}
		}
		r := run(t, dir, "", nil, "documents", "--db", "twice.db", "--failures")
		n := 0
		for _, line := range strings.Split(r.stdout, "\n") {
			if strings.Contains(line, "twice.jsonl:1") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("the failure is listed %d times:\n%s", n, r.stdout)
		}
	})
	t.Run("a_store_that_will_not_open_is_named_once", func(t *testing.T) {
		notdb := filepath.Join(dir, "notes.txt")
		os.WriteFile(notdb, []byte(strings.Repeat("not a database\n", 100)), 0o644)
		for _, cmd := range [][]string{{"events"}, {"documents"}, {"stats"}, {"control"}, {"figures"}} {
			r := run(t, dir, "", nil, append(cmd, "--db", notdb)...)
			if r.code == 0 || strings.Count(r.stderr, notdb) != 1 || strings.Count(r.stderr, "open store") > 1 {
				t.Errorf("%v: exit %d, stderr:\n%s", cmd, r.code, r.stderr)
			}
		}
		for _, cmd := range [][]string{{"events"}, {"documents"}, {"control"}, {"figures"}} {
			r := run(t, dir, "", nil, append(cmd, "--db", filepath.Join(dir, "none.db"))...)
			if r.code == 0 || !strings.Contains(r.stderr, "no store at") {
				t.Errorf("%v of a missing store: exit %d, stderr:\n%s", cmd, r.code, r.stderr)
			}
		}
	})
	t.Run("help_without_flags_ends_without_a_flags_heading", func(t *testing.T) {
		for _, cmd := range []string{"version", "gazetteer"} {
			r := run(t, dir, "", nil, cmd, "-h")
			if r.code != 0 || strings.HasSuffix(strings.TrimSpace(r.stderr), "Flags:") {
				t.Errorf("%s -h: exit %d:\n%s", cmd, r.code, r.stderr)
			}
		}
	})
	t.Run("an_unknown_flag_is_said_once", func(t *testing.T) {
		for _, cmd := range []string{"ingest", "extract", "geocode", "stats", "serve"} {
			r := run(t, dir, "", nil, cmd, "--no-such-flag")
			if r.code != 2 || strings.Count(r.stderr, "no-such-flag") != 1 || strings.Count(r.stderr, "\n") > 3 {
				t.Errorf("%s: exit %d, stderr:\n%s", cmd, r.code, r.stderr)
			}
		}
	})
}

// What geocode answers for a name alone: a look-alike spelling in another
// country is no answer, and precision 2 with an exact match says why.
func TestGeocodeSaysWhatItKnows(t *testing.T) {
	dir := t.TempDir()
	answer := func(q string) map[string]any {
		t.Helper()
		r := run(t, dir, "", nil, "geocode", q)
		if r.code != 0 {
			t.Fatalf("geocode %s: exit %d: %s", q, r.code, r.stderr)
		}
		var a map[string]any
		if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
			t.Fatalf("geocode %s: %v\n%s", q, err, r.stdout)
		}
		return a
	}
	for _, q := range []string{"Bashiqa", "Dusuma"} {
		if a := answer(q); a["lat"] != nil || a["country"] != "" {
			t.Errorf("%s alone answered %v", q, a)
		}
	}
	a := answer("Tripoli")
	if a["precision"] == 2.0 && (a["match"] == "exact" || a["match"] == "article") && a["why"] == nil {
		t.Errorf("Tripoli: precision 2 with a %v match and no reason: %v", a["match"], a)
	}
	if a := answer("Tripoli, Lebanon"); a["country"] != "LB" || a["precision"] != 1.0 || a["why"] != nil {
		t.Errorf("Tripoli, Lebanon: %v", a)
	}
}

// The progress line of an ingest gives the share read and the time left
// when the input's size is known, and only the counts when it is not.
func TestProgressLine(t *testing.T) {
	s := &ingestSummary{added: 30, duplicate: 8, failed: 2, events: 55}
	got := progressLine("ingest", s, 25e6, 100e6, 10*time.Second)
	for _, want := range []string{"ingest: 25% of 100.0 MB read", "30s left", "40 documents (30 new, 8 duplicate, 2 failed)", "55 events", "4 docs/s"} {
		if !strings.Contains(got, want) {
			t.Errorf("line %q lacks %q", got, want)
		}
	}
	if got := progressLine("ingest", s, 0, 0, 10*time.Second); strings.Contains(got, "%") || strings.Contains(got, "left") {
		t.Errorf("unknown total: %q", got)
	}
	if got := progressLine("ingest", s, 120e6, 100e6, 10*time.Second); !strings.Contains(got, "100% of") || strings.Contains(got, "left") {
		t.Errorf("all read: %q", got)
	}
	x := &ingestSummary{added: 40, failed: 2, events: 55}
	if got := progressLine("extract", x, 50e6, 100e6, 10*time.Second); !strings.Contains(got, "extract: 50% of 100.0 MB read, 10s left · 42 documents (2 failed), 55 events") {
		t.Errorf("extract: %q", got)
	}
}

// The README says what is true: the Go version is go.mod's, and its
// headline row is one 'sitrep demo' prints (the same cells; the demo's
// columns are wider).
func TestREADMEIsTrue(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	version := ""
	for _, line := range strings.Split(string(gomod), "\n") {
		if v, ok := strings.CutPrefix(line, "go "); ok {
			version = strings.TrimSpace(v)
		}
	}
	if version == "" || !strings.Contains(string(readme), "You need Go "+version+" or later") {
		t.Errorf("the README does not ask for Go %q as go.mod does", version)
	}
	cells := func(line string) string {
		return strings.Join(regexp.MustCompile(`\s{2,}`).Split(strings.TrimSpace(line), -1), " | ")
	}
	// the first table row of the README: the line after the header under the first ``` fence
	_, rest, _ := strings.Cut(string(readme), "```\n")
	block, _, _ := strings.Cut(rest, "```")
	lines := strings.Split(strings.TrimSpace(block), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "id ") {
		t.Fatalf("no headline table in the README:\n%s", block)
	}
	headline := cells(lines[1])
	dir := t.TempDir()
	r := run(t, dir, "", nil, "demo")
	if r.code != 0 {
		t.Fatalf("demo: exit %d: %s", r.code, r.stderr)
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if cells(line) == headline {
			return
		}
	}
	t.Errorf("the README's headline row\n  %s\nis not a row sitrep demo prints:\n%s", headline, r.stdout)
}

// Place labels keep a name whole and drop the preposition before it, and
// name no enclosing city a place is not in.
func TestPlaceLabels(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "labels.txt")
	os.WriteFile(report, []byte("Published: 2017-03-01\n\n"+
		"Fighters attacked a checkpoint at Dusuma village on Tuesday, killing three soldiers, an official said.\n\n"+
		"Gunmen killed two farmers in the village of Abu Saif, south of Mosul, on Monday.\n\n"+
		"A roadside bomb killed four policemen near Shirqat on Sunday.\n"), 0o644)
	r := run(t, dir, "", nil, "extract", report)
	if r.code != 0 {
		t.Fatalf("extract: exit %d: %s", r.code, r.stderr)
	}
	names := map[string]string{}
	for _, e := range records(t, r.stdout) {
		loc, _ := e["location"].(map[string]any)
		if loc == nil {
			continue
		}
		name, _ := loc["name"].(string)
		within, _ := loc["within"].(string)
		names[name] = within
	}
	for name := range names {
		if strings.HasPrefix(strings.ToLower(name), "at ") || name == "Saif" {
			t.Errorf("label %q", name)
		}
	}
	if _, ok := names["Abu Saif"]; !ok {
		t.Errorf("Abu Saif not kept whole: %v", names)
	}
	if w, ok := names["Shirqat"]; !ok || w == "Mosul" {
		t.Errorf("Shirqat: found %v, within %q", ok, w)
	}
}

// TestCPUProfileWrittenWhenAsked: startProfile writes a profile to the
// file named, says on stderr when it cannot, and does nothing when no file
// is named.
func TestCPUProfileWrittenWhenAsked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	var stderr bytes.Buffer
	stop := startProfile(path, &stderr)
	stop()
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("profile %s: %v (size %v)", path, err, fi)
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr: %q", stderr.String())
	}
	stop = startProfile(filepath.Join(t.TempDir(), "no", "such", "dir", "cpu.prof"), &stderr)
	stop()
	if !strings.Contains(stderr.String(), "no CPU profile") {
		t.Errorf("an unwritable profile is not said: %q", stderr.String())
	}
	stderr.Reset()
	startProfile("", &stderr)()
	if stderr.Len() != 0 {
		t.Errorf("no profile asked, stderr: %q", stderr.String())
	}
}
