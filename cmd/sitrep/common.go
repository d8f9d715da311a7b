package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/postgres"
	"github.com/sitrep/sitrep/store/sqlite"
)

// defaultDB is the store used when neither --db nor SITREP_DB says otherwise.
const defaultDB = "sitrep.db"

// dbFlag adds --db to fs; the returned function gives the chosen path:
// the flag, else $SITREP_DB, else ./sitrep.db.
func dbFlag(fs *flag.FlagSet, e *env) func() string {
	p := fs.String("db", "", "store file, or postgres://… database (default $SITREP_DB, else ./"+defaultDB+")")
	return func() string {
		if *p != "" {
			return *p
		}
		if v := e.getenv("SITREP_DB"); v != "" {
			return v
		}
		return defaultDB
	}
}

// openStore opens (creating when missing) the store at path: a SQLite
// file, or a PostgreSQL database when path is a postgres:// URL. Its errors
// name the path (without a password).
func openStore(ctx context.Context, path string) (*sqlite.Store, error) {
	if postgres.IsURL(path) {
		return postgres.Open(ctx, path)
	}
	return sqlite.Open(ctx, path)
}

// closeStore closes a store at a command's end: for the exit when the
// process exits next (sqlite.Store.CloseForExit), else as usual.
func closeStore(e *env, st *sqlite.Store) error {
	if e.exits {
		return st.CloseForExit()
	}
	return st.Close()
}

// storeMissing reports a store file that does not exist. A database
// server's store is never missing: opening it creates its tables.
func storeMissing(path string) bool {
	if postgres.IsURL(path) {
		return false
	}
	_, err := os.Stat(path)
	return errors.Is(err, os.ErrNotExist)
}

// gazetteerFor returns the embedded gazetteer with the places imported into
// the store at path laid over it. A store that does not exist is not
// created: the embedded gazetteer alone is used.
func gazetteerFor(ctx context.Context, path string) (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("load embedded gazetteer: %w", err)
	}
	if storeMissing(path) {
		return g, nil
	}
	st, err := openStore(ctx, path)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return withStorePlaces(ctx, st)
}

// withStorePlaces returns the embedded gazetteer with the store's imported
// places laid over it.
func withStorePlaces(ctx context.Context, st *sqlite.Store) (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("load embedded gazetteer: %w", err)
	}
	places, err := st.Places(ctx)
	if err != nil {
		return nil, fmt.Errorf("read imported places: %w", err)
	}
	if len(places) == 0 {
		return g, nil
	}
	return g.With(places), nil
}

// readFlags are the flags of the commands that read reports: the default
// publication date, the number of workers and the user's rule files.
type readFlags struct {
	published *string
	workers   *int
	files     userFiles
}

func addReadFlags(fs *flag.FlagSet) readFlags {
	return readFlags{
		published: fs.String("published", "", "publication date `YYYY-MM-DD` for documents that carry none"),
		workers:   fs.Int("j", 0, "parallel workers (default: one per CPU)"),
		files:     userFileFlags(fs),
	}
}

// options checks the paths and the publication date and gives the reader
// options.
func (r readFlags) options(e *env, paths []string) (ingest.Options, error) {
	opt := ingest.Options{Stdin: e.stdin}
	if len(paths) == 0 {
		return opt, usageError{"no PATH given (use - for standard input)"}
	}
	if *r.published != "" {
		d, err := sitrep.ParseDate(*r.published)
		if err != nil {
			return opt, usageError{"--published: " + err.Error()}
		}
		opt.Published = d
	}
	return opt, nil
}

// userFiles are the rule files a user can lay over the embedded ones.
type userFiles struct {
	lexicon, actors, cleanRules *string
}

// userFileFlags adds --lexicon, --actors and --clean-rules to fs.
func userFileFlags(fs *flag.FlagSet) userFiles {
	return userFiles{
		lexicon:    fs.String("lexicon", "", "extend the extraction lexicon with `FILE` (the format of extract/lexicon.txt)"),
		actors:     fs.String("actors", "", "extend the actor dictionary with `FILE` (the format of actors/actors.txt)"),
		cleanRules: fs.String("clean-rules", "", "extend the boilerplate rules with `FILE` (the format of clean/rules.txt)"),
	}
}

// newEngine builds the flow's stages around a gazetteer, with the user's
// rule files laid over the embedded ones.
func newEngine(g *gazetteer.Gazetteer, uf userFiles) (*pipeline.Engine, error) {
	cfg := extract.Config{Gazetteer: g, Actors: actors.Default()}
	cleaner := clean.Default()
	if uf.lexicon != nil && *uf.lexicon != "" {
		l, err := extract.LoadLexicon(*uf.lexicon)
		if err != nil {
			return nil, fmt.Errorf("--lexicon: %w", err)
		}
		cfg.Lexicon = l
	}
	if uf.actors != nil && *uf.actors != "" {
		d := actors.Default().Clone()
		if err := loadFile(*uf.actors, d.Load); err != nil {
			return nil, fmt.Errorf("--actors: %w", err)
		}
		cfg.Actors = d
	}
	if uf.cleanRules != nil && *uf.cleanRules != "" {
		cleaner = clean.Default()
		if err := loadFile(*uf.cleanRules, cleaner.Load); err != nil {
			return nil, fmt.Errorf("--clean-rules: %w", err)
		}
	}
	x, err := extract.New(cfg)
	if err != nil {
		return nil, err
	}
	return &pipeline.Engine{Cleaner: cleaner, Extractor: x}, nil
}

func loadFile(path string, load func(io.Reader, string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return load(f, path)
}

// reportReadError prints an input that could not be read and returns 1,
// or a notice for a file skipped on purpose (hidden files, links to
// directories) and returns 0: those are not failures.
func reportReadError(e *env, cmd string, err error) int {
	if errors.Is(err, ingest.ErrSkipped) {
		fmt.Fprintf(e.stderr, "sitrep %s: note: %v\n", cmd, err)
		return 0
	}
	fmt.Fprintf(e.stderr, "sitrep %s: %v\n", cmd, err)
	return 1
}

// jsonLines writes one JSON value a line without HTML escaping.
type jsonLines struct{ enc *json.Encoder }

func newJSONLines(w io.Writer) *jsonLines {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonLines{enc: enc}
}

func (j *jsonLines) write(v any) error { return j.enc.Encode(v) }

// writeRecords writes a document's events, then its figures when asked.
func (j *jsonLines) writeRecords(events []sitrep.Event, figures []sitrep.Figure, withFigures bool) error {
	for i := range events {
		if err := j.write(&events[i]); err != nil {
			return err
		}
	}
	if withFigures {
		for i := range figures {
			if err := j.write(&figures[i]); err != nil {
				return err
			}
		}
	}
	return nil
}
