package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep/sitrep/store/postgres/pgtest"
)

// natsURL returns the test NATS server, or skips the test.
func natsURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("SITREP_TEST_NATS")
	if u == "" {
		t.Skip("SITREP_TEST_NATS is not set (e.g. nats://127.0.0.1:4222): NATS worker tests skipped")
	}
	return u
}

// testQueue names a work queue of the test's own on the server at url,
// whose streams are deleted when the test ends.
func testQueue(t *testing.T, url string) string {
	t.Helper()
	b := make([]byte, 5)
	rand.Read(b)
	name := "sitrep_test_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		nc, err := nats.Connect(url)
		if err != nil {
			t.Error(err)
			return
		}
		defer nc.Close()
		js, err := jetstream.New(nc)
		if err != nil {
			t.Error(err)
			return
		}
		q := queueNamed(name)
		for _, s := range []string{q.streamDocs, q.streamDead} {
			if err := js.DeleteStream(context.Background(), s); err != nil {
				t.Errorf("delete stream %s: %v", s, err)
			}
		}
	})
	return name
}

// TestWorkersSameAsIngest publishes reports to NATS, lets two workers store
// them into PostgreSQL at once, and finds the events, documents and stats a
// single 'sitrep ingest' into SQLite gives; a second publication is dropped
// by the server, and an unreadable input is a dead letter with its reason.
func TestWorkersSameAsIngest(t *testing.T) {
	url := natsURL(t)
	pg := pgtest.URL(t)
	q := testQueue(t, url)
	dir := t.TempDir()
	file := filepath.Join(dir, "s.db")
	inputs := []string{testdata(t, "merge/reports.jsonl"), testdata(t, "reports")}
	if r := run(t, dir, "", nil, append([]string{"ingest", "-q", "--db", file}, inputs...)...); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	r := run(t, dir, "", nil, append([]string{"ingest", "--nats", url, "--queue", q, filepath.Join(dir, "missing.txt")}, inputs...)...)
	if r.code != 1 || !strings.Contains(r.stderr, " published, 0 duplicate") || !strings.Contains(r.stderr, "1 failed") {
		t.Fatalf("ingest --nats: exit %d, %s", r.code, r.stderr)
	}
	again := run(t, dir, "", nil, append([]string{"ingest", "--nats", url, "--queue", q}, inputs...)...)
	if again.code != 0 || !strings.Contains(again.stderr, " 0 published,") {
		t.Fatalf("second ingest --nats: exit %d, %s", again.code, again.stderr)
	}
	var wg sync.WaitGroup
	outs := make([]result, 2)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i] = run(t, dir, "", nil, "worker", "--nats", url, "--queue", q, "--db", pg, "--once", "-j", "1")
		}()
	}
	wg.Wait()
	for _, o := range outs {
		if o.code != 0 {
			t.Fatalf("worker: exit %d, %s", o.code, o.stderr)
		}
	}
	for _, args := range [][]string{{"events", "--json"}, {"documents"}, {"stats", "--by", "type"}} {
		a := run(t, dir, "", nil, append(args, "--db", file)...)
		b := run(t, dir, "", nil, append(args, "--db", pg)...)
		if a.code != 0 || b.code != 0 || a.stdout != b.stdout || a.stdout == "" {
			t.Errorf("%v: ingest and workers differ (exit %d, %d):\n%s\n---\n%s%s", args, a.code, b.code, a.stdout, b.stdout, b.stderr)
		}
	}
	st := run(t, dir, "", nil, "status", "--nats", url, "--queue", q, "--every", "0")
	for _, want := range []string{"backlog      0", "in flight    0", "failed       1", "missing.txt: stat"} {
		if !strings.Contains(st.stdout, want) {
			t.Errorf("status lacks %q:\n%s", want, st.stdout)
		}
	}
}

// TestFourWorkersMergeAtOnce lets four workers store a generated corpus
// into PostgreSQL at once, in batches of a few documents so that many
// merges overlap, and finds the events (ids, merged groups, sources) and
// counts one uninterrupted 'sitrep ingest' into SQLite gives, with every
// document. (Which of two wire copies is the original depends on which
// was stored first, as it does for one process given the reports in
// another order: the documents' "copy of" is not compared.)
func TestFourWorkersMergeAtOnce(t *testing.T) {
	url := natsURL(t)
	pg := pgtest.URL(t)
	q := testQueue(t, url)
	dir := t.TempDir()
	corpus, reference := faultCorpus(t, dir)
	publish(t, dir, url, q, corpus)
	var wg sync.WaitGroup
	outs := make([]result, 4)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i] = run(t, dir, "", nil, "worker", "--nats", url, "--queue", q, "--db", pg, "--once", "-j", "1", "--batch", "8")
		}()
	}
	wg.Wait()
	for _, o := range outs {
		if o.code != 0 {
			t.Fatalf("worker: exit %d, %s", o.code, o.stderr)
		}
		t.Log(strings.TrimSpace(o.stderr))
	}
	if got := storedDocs(t, pg); got != faultDocs {
		t.Errorf("%d documents stored, want %d", got, faultDocs)
	}
	for _, args := range [][]string{{"events", "--json"}, {"stats", "--by", "month"}} {
		a := run(t, dir, "", nil, append(args, "--db", reference)...)
		b := run(t, dir, "", nil, append(args, "--db", pg)...)
		if a.code != 0 || b.code != 0 || a.stdout == "" {
			t.Fatalf("%v: exit %d, %d: %s %s", args, a.code, b.code, a.stderr, b.stderr)
		}
		if a.stdout != b.stdout {
			al, bl := strings.Split(a.stdout, "\n"), strings.Split(b.stdout, "\n")
			for i := range min(len(al), len(bl)) {
				if al[i] != bl[i] {
					t.Errorf("%v: four workers differ from one ingest at line %d:\n%s\n%s", args, i+1, al[i], bl[i])
					break
				}
			}
			if len(al) != len(bl) {
				t.Errorf("%v: %d lines from four workers, %d from one ingest", args, len(bl), len(al))
			}
		}
	}
}
