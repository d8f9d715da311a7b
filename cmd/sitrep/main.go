// Command sitrep turns conflict news reports into a geocoded, deduplicated
// event dataset. This package only parses flags and wires the packages of
// the module together; see `sitrep help`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strings"
)

// version is set at build time with -ldflags "-X main.version=..."; a build
// from a checkout reports the module version and VCS revision when known.
var version = "0.1.0-dev"

// command is one sub-command: its name, a one-line summary, the usage text
// with examples printed by -h, and what it runs.
type command struct {
	name    string
	summary string
	usage   string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a command reads and writes, so tests can run commands in
// process as well as through the built binary.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	isTTY  bool // stderr is a terminal (progress bars)
	// exits is set when the process exits once the command returns (main;
	// not a test running commands): a store may then be closed for the
	// exit (closeStore)
	exits bool
}

var commands []*command

func register(c *command) { commands = append(commands, c) }

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// exitError carries an exit status out of a command without printing more
// than the command already printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// usageError marks bad arguments: the message and a pointer to -h are printed
// and the exit status is 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	tuneGC(os.Getenv)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, isTTY: isTerminal(os.Stderr), exits: true}
	endProfile := startProfile(os.Getenv("SITREP_CPUPROFILE"), e.stderr)
	code := runMain(ctx, e, os.Args[1:])
	endProfile()
	os.Exit(code)
}

// startProfile writes a CPU profile of the whole run to path when path is
// set ($SITREP_CPUPROFILE, for 'go tool pprof'), and returns what stops it.
// A profile that cannot be started is said on stderr and the run goes on.
func startProfile(path string, stderr io.Writer) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(stderr, "sitrep: no CPU profile: %v\n", err)
		if f != nil {
			f.Close()
		}
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// runMain dispatches to a command and turns its error into an exit status.
func runMain(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		printHelp(e.stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version":
		name = "version"
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(e.stderr, "sitrep: unknown command %q; run 'sitrep help' for the list\n", name)
		return 2
	}
	err := c.run(ctx, e, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(e.stderr, "sitrep %s: %s\nrun 'sitrep %s -h' for usage\n", c.name, ue.msg, c.name)
		return 2
	}
	fmt.Fprintf(e.stderr, "sitrep %s: %v\n", c.name, err)
	return 1
}

// newFlags makes a flag set whose -h prints the command's usage (and its
// flags, when it has any). A bad flag prints no usage: runMain says what
// is wrong once, with a pointer to -h (see parseFlags).
func newFlags(c *command, e *env) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "%s\n", strings.TrimSpace(c.usage))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprint(e.stderr, "\nFlags:\n")
			fs.SetOutput(e.stderr)
			fs.PrintDefaults()
			fs.SetOutput(io.Discard)
		}
	}
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("sitrep extract docs/ --figures"), as analysts type them.
// parseNoArgs parses the flags of a command that takes no other
// arguments, and refuses any.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	return nil
}

func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		usage := fs.Usage
		fs.Usage = func() {} // the flag package calls it on errors too
		err := fs.Parse(args)
		fs.Usage = usage
		if err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage()
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func init() {
	register(&command{
		name:    "help",
		summary: "show the commands, or one command's usage",
		usage: `usage: sitrep help [COMMAND]

Examples:
  sitrep help
  sitrep help extract`,
		run: func(ctx context.Context, e *env, args []string) error {
			if len(args) > 0 && args[0] != "-h" {
				c := lookup(args[0])
				if c == nil {
					return usageError{fmt.Sprintf("unknown command %q", args[0])}
				}
				// A command's -h prints its usage on its stderr; here that is stdout.
				err := c.run(ctx, &env{stdin: e.stdin, stdout: e.stdout, stderr: e.stdout, getenv: e.getenv}, []string{"-h"})
				if errors.Is(err, flag.ErrHelp) {
					return nil
				}
				return err
			}
			printHelp(e.stdout)
			return nil
		},
	})
	register(&command{
		name:    "version",
		summary: "print sitrep's version",
		usage: `usage: sitrep version

Prints the version and, for builds from a checkout, the source revision.

Example:
  sitrep version`,
		run: func(ctx context.Context, e *env, args []string) error {
			fs := newFlags(lookup("version"), e)
			if _, err := parseFlags(fs, args); err != nil {
				return err
			}
			fmt.Fprintln(e.stdout, "sitrep", versionString())
			return nil
		},
	})
}

func versionString() string {
	v := version
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
		v += " " + bi.GoVersion
	}
	return v
}

func printHelp(w io.Writer) {
	fmt.Fprint(w, `sitrep turns conflict news reports into a clean, geocoded event dataset.

usage: sitrep COMMAND [flags] [arguments]

Commands:
`)
	cs := append([]*command(nil), commands...)
	sort.SliceStable(cs, func(i, j int) bool { return order(cs[i].name) < order(cs[j].name) })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run 'sitrep COMMAND -h' for a command's flags and examples.

Examples:
  sitrep demo                                   # the whole flow on built-in example reports
  sitrep extract reports/ > events.jsonl         # stateless: JSON Lines of event records
  sitrep ingest reports/ feeds/news.xml          # into ./sitrep.db (or --db, or $SITREP_DB)
  sitrep events --from 2017-06-01 --type "Suicide bomb" --near Mosul --within 25
  sitrep geocode "Zanjili district, Mosul"
`)
}

// order puts the commands in the order of the flow in help output.
func order(name string) int {
	for i, n := range []string{"demo", "extract", "ingest", "reprocess", "events", "stats", "corrections", "documents", "serve", "geocode", "gazetteer", "version", "help"} {
		if n == name {
			return i
		}
	}
	return 100
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}

// tuneGC lets the heap grow to five times what is live before collecting
// (GOGC=400), under a soft limit of 300 MiB past which the collector runs
// as often as it must: extraction allocates much that dies young, and the
// default collected a fifth of its CPU time away (2,160 reports: 2.3 s of
// CPU at the default, 1.9 s so, peak RSS 51 → 74 MB). A user's own GOGC or
// GOMEMLIMIT is left as set.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(300 << 20)
	}
}
