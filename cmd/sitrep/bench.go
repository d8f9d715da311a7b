package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/corpusgen"
)

func init() {
	register(&command{
		name:    "bench",
		summary: "measure extract and ingest on a corpus generated from the shared data",
		usage: `usage: sitrep bench [--shared DIR] [--reports N] [--runs R] [--only extract|ingest] [--keep DIR] [--seed SEED]
       sitrep bench --into M [--reports N] [--runs R] [--shared DIR] [--keep DIR] [--seed SEED]

Generates N reports (default 2,000) from the corpora of the shared data
folder (--shared, default ../shared, else $SITREP_SHARED): originals made of
their sentences with numbers changed, and wire copies of them. Then runs
'sitrep extract' and 'sitrep ingest' (into a new store each run) over them
R times (default 3) as separate processes of this binary, and prints for
each run and for the median of the runs: reports/s and MB/s (wall clock),
the CPU seconds used, the peak memory (resident set) of the process, and
for ingest the store's size on disk per report. Everything it writes goes
to a temporary folder, removed at the end, or to --keep DIR, kept (the
corpus and each run's store, to look into). --seed generates other reports
(default 1), say to add them to a kept store.

With --into M, it measures what N new reports cost a store that holds M
already: it generates M+N reports, ingests the first M into a store once,
then, R times, ingests the last N into a copy of that store and into a new
store, alternately, and prints both and the ratio of their medians (CPU and
wall; the goal of issue 16 is within 1.2). Extract is not run.

Examples:
  sitrep bench
  sitrep bench --reports 10000 --runs 5 --only ingest
  sitrep bench --into 10000 --reports 100 --runs 5`,
		run: runBench,
	})
}

// benchRun is what one run of a command measured.
type benchRun struct {
	wall, cpu time.Duration
	peakMB    float64
	diskKB    float64 // the store's size a report (ingest)
}

func runBench(ctx context.Context, e *env, args []string) error {
	c := lookup("bench")
	fs := newFlags(c, e)
	shared := fs.String("shared", "", "the shared data `DIR` (default ../shared, else $SITREP_SHARED)")
	n := fs.Int("reports", 2000, "`N` reports to generate")
	runs := fs.Int("runs", 3, "`R` runs of each command")
	only := fs.String("only", "", "`COMMAND` to measure alone: extract or ingest")
	keep := fs.String("keep", "", "write the corpus and the stores into `DIR` and keep them")
	seed := fs.Uint64("seed", 1, "`SEED` of the generated corpus (another seed, other reports)")
	into := fs.Int("into", 0, "measure ingesting the N reports into a store that holds `M` reports already (and into an empty one)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *n < 1 || *runs < 1 || *into < 0 {
		return usageError{"--reports and --runs must be at least 1, --into at least 0"}
	}
	if *into > 0 && *only == "extract" {
		return usageError{"--into measures ingest: not with --only extract"}
	}
	what := []string{"extract", "ingest"}
	switch *only {
	case "":
	case "extract", "ingest":
		what = []string{*only}
	default:
		return usageError{fmt.Sprintf("--only %q: want extract or ingest", *only)}
	}
	dir := *shared
	if dir == "" {
		dir = e.getenv("SITREP_SHARED")
	}
	if dir == "" {
		dir = filepath.Join("..", "shared")
	}
	src, err := corpusgen.Load(dir)
	if err != nil {
		return fmt.Errorf("the shared data (--shared): %w", err)
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	tmp := *keep
	if tmp == "" {
		if tmp, err = os.MkdirTemp("", "sitrep-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
	} else if err := os.MkdirAll(tmp, 0o755); err != nil {
		return err
	}
	corpus := filepath.Join(tmp, "corpus.jsonl")
	if *into > 0 {
		return benchInto(ctx, e, src, self, tmp, *into, *n, *runs, *seed)
	}
	if err := writeGenerated(src, corpus, 0, *n, *n, *seed); err != nil {
		return err
	}
	fi, err := os.Stat(corpus)
	if err != nil {
		return err
	}
	mb := float64(fi.Size()) / (1 << 20)
	fmt.Fprintf(e.stderr, "%d reports generated (%.1f MB of JSON Lines) in %s\n", *n, mb, tmp)
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, benchHeader)
	for _, cmd := range what {
		var got []benchRun
		for r := range *runs {
			var args []string
			switch cmd {
			case "extract":
				args = []string{"extract", corpus}
			case "ingest":
				args = []string{"ingest", "--db", filepath.Join(tmp, fmt.Sprintf("run%d.db", r)), corpus}
			}
			br, err := benchOnce(ctx, self, args)
			if err != nil {
				return fmt.Errorf("%s run %d: %w", cmd, r+1, err)
			}
			if cmd == "ingest" {
				db := filepath.Join(tmp, fmt.Sprintf("run%d.db", r))
				for _, suffix := range []string{"", "-wal", "-shm"} {
					if fi, err := os.Stat(db + suffix); err == nil {
						br.diskKB += float64(fi.Size()) / 1024 / float64(*n)
					}
				}
				if *keep == "" {
					for _, suffix := range []string{"", "-wal", "-shm"} {
						os.Remove(db + suffix)
					}
				}
			}
			got = append(got, br)
			benchRow(tw, cmd, fmt.Sprint(r+1), br, *n, mb)
		}
		benchRow(tw, cmd, "median", benchMedian(got), *n, mb)
	}
	return tw.Flush()
}

const benchHeader = "command\trun\treports/s\tMB/s\tCPU s\tpeak MB\tdisk KB/report\t"

// writeGenerated writes the reports from..to-1 of the total generated (with
// seed) to path.
func writeGenerated(src *corpusgen.Source, path string, from, to, total int, seed uint64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	i := 0
	err = src.Generate(total, corpusgen.Options{Seed: seed}, func(r corpusgen.Report) error {
		i++
		if i <= from || i > to {
			return nil
		}
		return enc.Encode(r)
	})
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("generate the corpus: %w", err)
	}
	return nil
}

// benchInto measures ingesting the reports m..m+n-1 into a copy of a store
// of the reports 0..m-1 and into an empty store, alternately, runs times.
func benchInto(ctx context.Context, e *env, src *corpusgen.Source, self, tmp string, m, n, runs int, seed uint64) error {
	base, added := filepath.Join(tmp, "base.jsonl"), filepath.Join(tmp, "new.jsonl")
	if err := writeGenerated(src, base, 0, m, m+n, seed); err != nil {
		return err
	}
	if err := writeGenerated(src, added, m, m+n, m+n, seed); err != nil {
		return err
	}
	fi, err := os.Stat(added)
	if err != nil {
		return err
	}
	mb := float64(fi.Size()) / (1 << 20)
	fmt.Fprintf(e.stderr, "%d + %d reports generated in %s; storing the first %d\n", m, n, tmp, m)
	baseDB := filepath.Join(tmp, "base.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(baseDB + suffix)
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, benchHeader)
	br, err := benchOnce(ctx, self, []string{"ingest", "--db", baseDB, base})
	if err != nil {
		return fmt.Errorf("ingest the first %d: %w", m, err)
	}
	bfi, err := os.Stat(baseDB)
	if err != nil {
		return err
	}
	br.diskKB = float64(bfi.Size()) / 1024 / float64(m)
	benchRow(tw, fmt.Sprintf("ingest %d", m), "store", br, m, 0)
	label := []string{"into empty", fmt.Sprintf("into %d", m)}
	got := [2][]benchRun{}
	for r := range runs {
		for k := range 2 {
			db := filepath.Join(tmp, fmt.Sprintf("run%d-%d.db", r, k))
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(db + suffix)
			}
			if k == 1 {
				// the base store was closed whole (no -wal left): its file is
				// the store
				if err := copyFile(baseDB, db); err != nil {
					return err
				}
			}
			br, err := benchOnce(ctx, self, []string{"ingest", "--db", db, added})
			if err != nil {
				return fmt.Errorf("%s run %d: %w", label[k], r+1, err)
			}
			got[k] = append(got[k], br)
			benchRow(tw, label[k], fmt.Sprint(r+1), br, n, mb)
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(db + suffix)
			}
		}
	}
	med := [2]benchRun{benchMedian(got[0]), benchMedian(got[1])}
	for k := range 2 {
		benchRow(tw, label[k], "median", med[k], n, mb)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "into %d / into empty: CPU %.2f, wall %.2f, peak memory %.2f\n", m,
		med[1].cpu.Seconds()/med[0].cpu.Seconds(), med[1].wall.Seconds()/med[0].wall.Seconds(), med[1].peakMB/med[0].peakMB)
	return nil
}

// copyFile copies the file at from to a new file at to, written out to
// the disk before it returns: a copy left in dirty pages would be written
// by the first fsync of the run measured next (the checkpoint of an
// ingest), and counted as that run's time.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// benchOnce runs this binary with args, its output discarded, and
// measures it.
func benchOnce(ctx context.Context, self string, args []string) (benchRun, error) {
	cmd := exec.CommandContext(ctx, self, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		return benchRun{}, err
	}
	if err != nil {
		return benchRun{}, fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	ps := cmd.ProcessState
	br := benchRun{wall: wall, cpu: ps.UserTime() + ps.SystemTime()}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		br.peakMB = float64(ru.Maxrss) / 1024 // kilobytes on Linux
	}
	return br, nil
}

// benchMedian is the median of each measure over the runs.
func benchMedian(runs []benchRun) benchRun {
	med := func(get func(benchRun) float64) float64 {
		v := make([]float64, len(runs))
		for i, r := range runs {
			v[i] = get(r)
		}
		slices.Sort(v)
		if len(v)%2 == 1 {
			return v[len(v)/2]
		}
		return (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return benchRun{
		wall:   time.Duration(med(func(r benchRun) float64 { return float64(r.wall) })),
		cpu:    time.Duration(med(func(r benchRun) float64 { return float64(r.cpu) })),
		peakMB: med(func(r benchRun) float64 { return r.peakMB }),
		diskKB: med(func(r benchRun) float64 { return r.diskKB }),
	}
}

func benchRow(tw *tabwriter.Writer, cmd, run string, r benchRun, n int, mb float64) {
	s := r.wall.Seconds()
	disk := "-"
	if r.diskKB > 0 {
		disk = fmt.Sprintf("%.1f", r.diskKB)
	}
	fmt.Fprintf(tw, "%s\t%s\t%.0f\t%.2f\t%.2f\t%.0f\t%s\t\n", cmd, run, float64(n)/s, mb/s, r.cpu.Seconds(), r.peakMB, disk)
}
