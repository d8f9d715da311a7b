package main

import (
	"database/sql"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/sitrep/sitrep/store/postgres/pgtest"
)

// Fault tests: a store filled by workers that were killed, lost their
// database connections or their NATS server on the way ends up exactly as
// one uninterrupted 'sitrep ingest' leaves a SQLite file: the same events
// (ids, merged groups, sources), documents (listed in the order they were
// stored, which redelivery changes: compared as sets) and counts, no
// document lost, none twice. They need SITREP_TEST_POSTGRES and SITREP_TEST_NATS (the NATS
// restart uses a private server of its own, so as not to stop the shared
// one).

const faultDocs = 400

// faultCorpus writes a generated corpus and the reference store read from
// it by one uninterrupted ingest.
func faultCorpus(t *testing.T, dir string) (corpus, reference string) {
	t.Helper()
	r := run(t, dir, "", nil, "generate", "-n", strconv.Itoa(faultDocs), testdata(t, "merge/reports.jsonl"), testdata(t, "reports"))
	if r.code != 0 {
		t.Fatalf("generate: %s", r.stderr)
	}
	corpus = filepath.Join(dir, "load.jsonl")
	if err := os.WriteFile(corpus, []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	reference = filepath.Join(dir, "reference.db")
	if r := run(t, dir, "", nil, "ingest", "-q", "--db", reference, corpus); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	return corpus, reference
}

// startWorker starts 'sitrep worker' as a process of its own.
func startWorker(t *testing.T, dir string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"worker", "-j", "1", "--ack-wait", "3s"}, args...)...)
	cmd.Dir = dir
	cmd.Env = filteredEnv()
	log, err := os.Create(filepath.Join(dir, "worker-"+strconv.FormatInt(time.Now().UnixNano(), 10)+".log"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { log.Close() })
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd
}

// storedDocs counts the documents committed to the store at pg.
func storedDocs(t *testing.T, pg string) int {
	t.Helper()
	db, err := sql.Open("pgx", pg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0 // the tables are not made yet
	}
	return n
}

// waitStored waits until at least n documents are committed.
func waitStored(t *testing.T, pg string, n int) int {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		if got := storedDocs(t, pg); got >= n {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("fewer than %d documents stored after 3 minutes", n)
	return 0
}

// sameAsReference compares the store at pg with the reference file.
func sameAsReference(t *testing.T, dir, reference, pg string) {
	t.Helper()
	if got := storedDocs(t, pg); got != faultDocs {
		t.Errorf("%d documents stored, want %d", got, faultDocs)
	}
	for _, args := range [][]string{{"events", "--json"}, {"documents"}, {"stats", "--by", "month"}} {
		a := run(t, dir, "", nil, append(args, "--db", reference)...)
		b := run(t, dir, "", nil, append(args, "--db", pg)...)
		if a.code != 0 || b.code != 0 || a.stdout == "" {
			t.Fatalf("%v: exit %d, %d: %s %s", args, a.code, b.code, a.stderr, b.stderr)
		}
		al, bl := strings.Split(a.stdout, "\n"), strings.Split(b.stdout, "\n")
		if args[0] == "documents" {
			// listed in the order stored, which redelivery changes
			slices.Sort(al)
			slices.Sort(bl)
		}
		if !slices.Equal(al, bl) {
			for i := range min(len(al), len(bl)) {
				if al[i] != bl[i] {
					t.Errorf("%v: the store differs from an uninterrupted ingest at line %d:\n%s\n%s", args, i+1, al[i], bl[i])
					break
				}
			}
		}
	}
}

func publish(t *testing.T, dir, url, q, corpus string) {
	t.Helper()
	if r := run(t, dir, "", nil, "ingest", "--nats", url, "--queue", q, corpus); r.code != 0 {
		t.Fatalf("ingest --nats: %s", r.stderr)
	}
}

func TestWorkerFaults(t *testing.T) {
	// (minutes of real kills and restarts: more than go test's default
	// timeout on a loaded 2-core machine, so asked for by name)
	if os.Getenv("SITREP_TEST_FAULTS") == "" {
		t.Skip("the worker fault tests run with SITREP_TEST_FAULTS=1 (and SITREP_TEST_NATS, SITREP_TEST_POSTGRES), with go test -timeout 30m")
	}
	url := natsURL(t)
	pgtest.Base(t)
	dir := t.TempDir()
	corpus, reference := faultCorpus(t, dir)

	// SIGKILL in the middle of a batch: the first batch is committed, the
	// second delivered and being extracted; the restarted worker gets the
	// second batch again once its acknowledgement wait has run out.
	t.Run("sigkill_mid_batch", func(t *testing.T) {
		pg, q := pgtest.URL(t), testQueue(t, url)
		publish(t, dir, url, q, corpus)
		w := startWorker(t, dir, "--nats", url, "--queue", q, "--db", pg)
		stored := waitStored(t, pg, 1)
		if err := w.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		w.Wait()
		st := run(t, dir, "", nil, "status", "--nats", url, "--queue", q, "--every", "0")
		if stored >= faultDocs || strings.Contains(st.stdout, "in flight    0\n") {
			t.Fatalf("the worker was not killed mid-batch: %d stored\n%s", stored, st.stdout)
		}
		if r := run(t, dir, "", nil, "worker", "--nats", url, "--queue", q, "--db", pg, "--once", "--ack-wait", "3s"); r.code != 0 {
			t.Fatalf("restarted worker: %s", r.stderr)
		}
		sameAsReference(t, dir, reference, pg)
	})

	// The database drops the worker's connections twice while it works
	// (as a PostgreSQL restart does to its clients, without stopping the
	// machine's server for others): the batches being written fail and
	// are delivered again.
	t.Run("database_connections_lost", func(t *testing.T) {
		pg, q := pgtest.URL(t), testQueue(t, url)
		app := "sitrep_fault_" + strconv.FormatInt(time.Now().UnixNano(), 36)
		publish(t, dir, url, q, corpus)
		w := startWorker(t, dir, "--nats", url, "--queue", q, "--db", pg+"&application_name="+app, "--once")
		db, err := sql.Open("pgx", pgtest.Base(t))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, at := range []int{1, faultDocs / 3} {
			waitStored(t, pg, at)
			var n int
			if err := db.QueryRow(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1`, app).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				t.Fatal("no connection of the worker to end")
			}
		}
		if err := w.Wait(); err != nil {
			t.Fatalf("worker: %v", err)
		}
		sameAsReference(t, dir, reference, pg)
	})

	// NATS stops and starts again (a private server with its own storage)
	// while a worker is at work: the worker reconnects, the durable
	// consumer resumes, acknowledgements lost with the server are made up
	// by redelivery.
	t.Run("nats_restart", func(t *testing.T) {
		pg := pgtest.URL(t)
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := l.Addr().(*net.TCPAddr).Port
		l.Close()
		opts := &server.Options{Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: t.TempDir(), NoSigs: true}
		start := func() *server.Server {
			s, err := server.NewServer(opts)
			if err != nil {
				t.Fatal(err)
			}
			go s.Start()
			if !s.ReadyForConnections(10 * time.Second) {
				t.Fatal("private NATS server did not start")
			}
			return s
		}
		ns := start()
		private := ns.ClientURL()
		publish(t, dir, private, "sitrep", corpus)
		w := startWorker(t, dir, "--nats", private, "--db", pg, "--once")
		waitStored(t, pg, 1)
		ns.Shutdown()
		ns.WaitForShutdown()
		time.Sleep(time.Second)
		ns = start()
		defer ns.Shutdown()
		if err := w.Wait(); err != nil {
			t.Fatalf("worker: %v", err)
		}
		sameAsReference(t, dir, reference, pg)
	})
}
