package main

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/sharedtest"
)

// sitrep bench generates its corpus, runs each command and prints a row per
// run and the median, with the four measures.
func TestBenchCommand(t *testing.T) {
	shared := sharedtest.Dir(t)
	r := run(t, t.TempDir(), "", nil, "bench", "--shared", shared, "--reports", "40", "--runs", "2")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "40 reports generated") {
		t.Errorf("stderr: %q", r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 7 || !strings.Contains(lines[0], "reports/s") || !strings.Contains(lines[0], "peak MB") {
		t.Fatalf("table:\n%s", r.stdout)
	}
	for _, l := range lines[1:] {
		f := strings.Fields(l)
		if len(f) != 7 || (f[0] != "extract" && f[0] != "ingest") {
			t.Fatalf("row %q", l)
		}
		if f[5] == "0" {
			t.Errorf("no peak memory in %q", l)
		}
		if (f[0] == "ingest") == (f[6] == "-") {
			t.Errorf("disk size in %q", l)
		}
	}
	if r := run(t, t.TempDir(), "", nil, "bench", "--only", "serve"); r.code != 2 {
		t.Errorf("--only serve: exit %d, want 2", r.code)
	}
}

// sitrep bench --into M stores M reports once, then times N more into a
// copy of that store and into an empty one, alternately, and gives the
// ratio of the medians; it measures ingest only.
func TestBenchIntoAStoreOfM(t *testing.T) {
	shared := sharedtest.Dir(t)
	r := run(t, t.TempDir(), "", nil, "bench", "--shared", shared, "--into", "60", "--reports", "10", "--runs", "2")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	// header, the store of 60, two runs of two, two medians, the ratio
	if len(lines) != 9 {
		t.Fatalf("table:\n%s", r.stdout)
	}
	want := []string{"ingest 60", "into empty", "into 60", "into empty", "into 60", "into empty", "into 60"}
	for i, l := range lines[1:8] {
		if !strings.HasPrefix(strings.TrimSpace(l), want[i]) {
			t.Errorf("row %d %q: want %q", i+1, l, want[i])
		}
	}
	if !strings.HasPrefix(lines[8], "into 60 / into empty: CPU ") {
		t.Errorf("ratio line %q", lines[8])
	}
	if r := run(t, t.TempDir(), "", nil, "bench", "--into", "60", "--only", "extract"); r.code != 2 {
		t.Errorf("--into with --only extract: exit %d, want 2", r.code)
	}
}
