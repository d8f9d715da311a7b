package main

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/sitrep/sitrep/store/sqlite"
)

// envInt reads a number from the environment, else def.
func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive number", name, s)
	}
	return n
}

// TestIngestSurvivesSIGKILL kills the built binary (SIGKILL, no chance to
// clean up) again and again while it ingests a generated corpus of
// thousands of reports, then lets an ingest finish, and demands a store
// identical to one an uninterrupted ingest made: the same documents with
// the same near-duplicate links and versions, the same events (merged
// across reports) byte for byte, and each bad input recorded once.
// SITREP_KILL_REPORTS (default 2,000) and SITREP_KILLS (default 12) make
// it harder.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("kills ingests of thousands of reports: not in -short")
	}
	n := envInt(t, "SITREP_KILL_REPORTS", 2000)
	kills := envInt(t, "SITREP_KILLS", 12)
	dir := t.TempDir()
	corpus := writeCorpus(t, dir, n, 7)
	// inputs that fail, to be recorded once however often they are read
	bad := filepath.Join(dir, "bad")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, "binary.txt"), []byte("\x00\x01\x02\xff\xfe binary"), 0o644)
	os.WriteFile(filepath.Join(bad, "broken.jsonl"), []byte("{\"id\":\"ok-1\",\"text\":\"Gunmen killed two herders near Gao on Monday.\"}\n{not json\n"), 0o644)
	inputs := []string{bad, corpus}

	ingestArgs := func(db string) []string {
		return append([]string{"ingest", "--db", db}, inputs...)
	}
	ref := filepath.Join(dir, "ref.db")
	start := time.Now()
	if r := run(t, dir, "", nil, ingestArgs(ref)...); r.code != 1 { // 1: the bad inputs
		t.Fatalf("reference ingest: exit %d\n%s", r.code, r.stderr)
	}
	took := time.Since(start)
	t.Logf("uninterrupted ingest of %d reports: %s", n, took.Round(time.Millisecond))

	killed := filepath.Join(dir, "killed.db")
	rng := rand.New(rand.NewPCG(9, 9))
	done, k := false, 0
	for ; k < kills && !done; k++ {
		cmd := exec.Command(bin, ingestArgs(killed)...)
		cmd.Dir = dir
		cmd.Env = filteredEnv()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		// from a moment after start-up to a share of a whole run such
		// that the kills spread over the ingest's length
		wait := 150*time.Millisecond + time.Duration(rng.Int64N(max(1, int64(took*2/time.Duration(kills)))))
		select {
		case <-exited:
			done = true // finished before its kill
		case <-time.After(wait):
			if err := cmd.Process.Kill(); err != nil { // SIGKILL
				t.Fatal(err)
			}
			<-exited
		}
	}
	t.Logf("%d kills before an ingest finished on its own", k-btoi(done))
	if r := run(t, dir, "", nil, ingestArgs(killed)...); r.code != 1 {
		t.Fatalf("last ingest: exit %d\n%s", r.code, r.stderr)
	}

	for _, args := range [][]string{
		{"events", "--json"},
		{"documents", "--json"},
	} {
		want := run(t, dir, "", nil, append(args, "--db", ref)...)
		got := run(t, dir, "", nil, append(args, "--db", killed)...)
		if want.code != 0 || got.code != 0 {
			t.Fatalf("%v: exit %d and %d\n%s%s", args, want.code, got.code, want.stderr, got.stderr)
		}
		if want.stdout == "" {
			t.Fatalf("%v: nothing in the reference store", args)
		}
		if got.stdout != want.stdout {
			t.Errorf("%v of the killed ingests differs from the uninterrupted one's: %s", args, firstDiff(got.stdout, want.stdout))
		}
	}
	failures := func(path string) int {
		st, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		fs, err := st.Failures(context.Background(), 0)
		if err != nil {
			t.Fatal(err)
		}
		return len(fs)
	}
	if w, g := failures(ref), failures(killed); w == 0 || g != w {
		t.Errorf("failures: %d after the killed ingests, %d after one (want the same, more than none)", g, w)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// firstDiff shows where two outputs part, line by line.
func firstDiff(got, want string) string {
	g, w := bytes.Split([]byte(got), []byte("\n")), bytes.Split([]byte(want), []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b []byte
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if !bytes.Equal(a, b) {
			return "line " + strconv.Itoa(i+1) + " (of " + strconv.Itoa(len(g)) + " and " + strconv.Itoa(len(w)) + "):\n got  " + clip(string(a)) + "\n want " + clip(string(b))
		}
	}
	return "(same lines)"
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
