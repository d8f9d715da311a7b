package main

import (
	"context"
	"errors"
	"fmt"
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

Examples:
  sitrep bench
  sitrep bench --reports 10000 --runs 5 --only ingest`,
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
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *n < 1 || *runs < 1 {
		return usageError{"--reports and --runs must be at least 1"}
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
	f, err := os.Create(corpus)
	if err != nil {
		return err
	}
	err = src.WriteJSONL(f, *n, corpusgen.Options{Seed: *seed})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("generate the corpus: %w", err)
	}
	fi, err := os.Stat(corpus)
	if err != nil {
		return err
	}
	mb := float64(fi.Size()) / (1 << 20)
	fmt.Fprintf(e.stderr, "%d reports generated (%.1f MB of JSON Lines) in %s\n", *n, mb, tmp)
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "command\trun\treports/s\tMB/s\tCPU s\tpeak MB\tdisk KB/report\t")
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
	fmt.Fprintf(tw, "%s\t%s\t%.0f\t%.2f\t%.1f\t%.0f\t%s\t\n", cmd, run, float64(n)/s, mb/s, r.cpu.Seconds(), r.peakMB, disk)
}
