package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/internal/corpusgen"
	"github.com/sitrep/sitrep/internal/sharedtest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/sqlite"
)

// writeCorpus writes n generated reports to a JSON Lines file in dir.
func writeCorpus(tb testing.TB, dir string, n int, seed uint64) string {
	tb.Helper()
	src, err := corpusgen.Load(sharedtest.Dir(tb))
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(dir, fmt.Sprintf("gen-%d.jsonl", n))
	f, err := os.Create(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if err := src.WriteJSONL(f, n, corpusgen.Options{Seed: seed}); err != nil {
		tb.Fatal(err)
	}
	return p
}

// BenchmarkIngest stores a generated stream of reports (wire copies among
// them) into a new store, as `sitrep ingest` does; reports/s should not
// fall as the stream grows (issue 9: 10k and 100k within 20%).
// SITREP_BENCH_INGEST=100000 adds a stream of that length (it takes tens
// of minutes on a 2-core machine). disk-KB/report is the store's size.
func BenchmarkIngest(b *testing.B) {
	sizes := []int{1000, 10000}
	if s := os.Getenv("SITREP_BENCH_INGEST"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("SITREP_BENCH_INGEST=%q: want a number of reports", s)
		}
		sizes = append(sizes, n)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			corpus := writeCorpus(b, dir, n, 1)
			ctx := context.Background()
			e := &env{stdin: nil, stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db := filepath.Join(dir, fmt.Sprintf("s%d.db", i))
				st, err := openStore(ctx, db)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				sum, err := ingestInto(ctx, e, st, []string{corpus}, ingest.Options{}, 0, true, userFiles{}, nil)
				if err != nil {
					b.Fatal(err)
				}
				if sum.added == 0 {
					b.Fatal("nothing stored")
				}
				b.StopTimer()
				st.Close()
				size := int64(0)
				for _, suffix := range []string{"", "-wal"} {
					if fi, err := os.Stat(db + suffix); err == nil {
						size += fi.Size()
					}
				}
				b.ReportMetric(float64(size)/1024/float64(n), "disk-KB/report")
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}

// BenchmarkStoreBatches times the writer alone: a generated stream of
// reports (SITREP_BENCH_STORE reports, default 5,000) is read and extracted
// first, untimed, then stored into a new store in batches of a given size
// (sub-benchmarks: batchSize documents a transaction, the most `sitrep
// ingest` makes, and the sizes SITREP_BENCH_BATCH lists, comma-separated).
// Storing is the serial part of ingest (one writer), so its reports/s
// bound ingest's on any number of cores; cpu-s is the process's CPU time
// while storing. Each run's texts and records are packed anew, untimed, as
// the workers pack them.
func BenchmarkStoreBatches(b *testing.B) {
	n := 5000
	if s := os.Getenv("SITREP_BENCH_STORE"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			b.Fatalf("SITREP_BENCH_STORE=%q: want a number of reports", s)
		}
		n = v
	}
	sizes := []int{batchSize}
	if s := os.Getenv("SITREP_BENCH_BATCH"); s != "" {
		sizes = nil
		for _, f := range strings.Split(s, ",") {
			v, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || v < 1 {
				b.Fatalf("SITREP_BENCH_BATCH=%q: want batch sizes", s)
			}
			sizes = append(sizes, v)
		}
	}
	dir := b.TempDir()
	corpus := writeCorpus(b, dir, n, 1)
	ctx := context.Background()
	e := &env{stdin: nil, stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	// extract once, in input order
	scratch, err := openStore(ctx, filepath.Join(dir, "scratch.db"))
	if err != nil {
		b.Fatal(err)
	}
	engine, err := ingestEngine(ctx, scratch, userFiles{})
	if err != nil {
		b.Fatal(err)
	}
	var results []pipeline.Result
	err = engine.RunBatches(ctx, 0, batchSize, time.Hour, func(emit func(pipeline.Input) error) error {
		return ingest.Walk(ctx, []string{corpus}, ingest.Options{}, func(doc *sitrep.Document, err error) error {
			return emit(pipeline.Input{Doc: doc, Err: err})
		})
	}, func(batch []pipeline.Result) error {
		results = append(results, batch...)
		return nil
	})
	scratch.Close()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range sizes {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			var cpu time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				st, err := openStore(ctx, filepath.Join(b.TempDir(), "s.db"))
				if err != nil {
					b.Fatal(err)
				}
				for k := range results {
					if r := &results[k]; r.Err == nil && r.Known == "" {
						r.Prepared = sqlite.Pack(r.Doc, r.Events)
					}
				}
				sum := &ingestSummary{reasons: map[string]int{}}
				prog := newProgress(io.Discard, false)
				c0 := processCPU()
				b.StartTimer()
				for rest := results; len(rest) > 0; {
					batch := rest[:min(size, len(rest))]
					rest = rest[len(batch):]
					if err := storeBatch(ctx, e, st, slices.Clone(batch), sum, prog, nil, nil); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				cpu += processCPU() - c0
				if sum.added == 0 {
					b.Fatal("nothing stored")
				}
				st.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s")
		})
	}
}

// processCPU is the CPU time (user and system) the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
