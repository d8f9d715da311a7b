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
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/sqlite"
)

// defaultDB is the store used when neither --db nor SITREP_DB says otherwise.
const defaultDB = "sitrep.db"

// dbFlag adds --db to fs; the returned function gives the chosen path:
// the flag, else $SITREP_DB, else ./sitrep.db.
func dbFlag(fs *flag.FlagSet, e *env) func() string {
	p := fs.String("db", "", "store file (default $SITREP_DB, else ./"+defaultDB+")")
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

// openStore opens (creating when missing) the SQLite store at path.
func openStore(ctx context.Context, path string) (*sqlite.Store, error) {
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return st, nil
}

// gazetteerFor returns the embedded gazetteer with the places imported into
// the store at path laid over it. A store that does not exist is not
// created: the embedded gazetteer alone is used.
func gazetteerFor(ctx context.Context, path string) (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("load embedded gazetteer: %w", err)
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
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

// newEngine builds the flow's stages around a gazetteer.
func newEngine(g *gazetteer.Gazetteer) (*pipeline.Engine, error) {
	x, err := extract.New(extract.Config{Gazetteer: g, Actors: actors.Default()})
	if err != nil {
		return nil, err
	}
	return &pipeline.Engine{Cleaner: clean.Default(), Extractor: x}, nil
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
