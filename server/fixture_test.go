package server

import (
	"context"
	"io"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/sqlite"
)

var (
	engineOnce sync.Once
	engine     *pipeline.Engine
	engineErr  error
)

// testEngine is the flow of `sitrep ingest` with the embedded rules.
func testEngine(tb testing.TB) *pipeline.Engine {
	tb.Helper()
	engineOnce.Do(func() { engine, engineErr = pipeline.Default() })
	if engineErr != nil {
		tb.Fatal(engineErr)
	}
	return engine
}

// ingestInto reads paths (or the reader, for "-") through the flow into st.
func ingestInto(ctx context.Context, tb testing.TB, st *sqlite.Store, paths []string, stdin io.Reader) (IngestResult, error) {
	var res IngestResult
	err := testEngine(tb).Run(ctx, 2, func(emit func(pipeline.Input) error) error {
		return ingest.Walk(ctx, paths, ingest.Options{Stdin: stdin}, func(d *sitrep.Document, err error) error {
			return emit(pipeline.Input{Doc: d, Err: err})
		})
	}, func(r pipeline.Result) error {
		if r.Err != nil {
			res.Failed++
			res.Failures = append(res.Failures, r.Err.Error())
			return nil
		}
		out, err := st.AddDocuments(ctx, []sqlite.Entry{{Doc: r.Doc, Events: r.Events, Figures: r.Figures, Controls: r.Controls}})
		if err != nil {
			return err
		}
		added, id := out[0].Added, out[0].ID
		if out[0].Err != nil {
			return out[0].Err
		}
		res.IDs = append(res.IDs, id)
		if added {
			res.Added++
			res.Events += len(r.Events)
		} else {
			res.Duplicate++
		}
		return nil
	})
	return res, err
}

// fixture is a server over a temporary store holding testdata/reports.jsonl.
type fixture struct {
	st  *sqlite.Store
	srv *Server
	ts  *httptest.Server
}

func newFixture(t *testing.T, cfg Config) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := ingestInto(ctx, t, st, []string{"testdata/reports.jsonl"}, nil); err != nil {
		t.Fatal(err)
	}
	cfg.Store = st
	if cfg.Token != "" && cfg.Ingest == nil {
		var mu sync.Mutex
		cfg.Ingest = func(ctx context.Context, body io.Reader) (IngestResult, error) {
			mu.Lock()
			defer mu.Unlock()
			return ingestInto(ctx, t, st, []string{"-"}, body)
		}
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return &fixture{st: st, srv: srv, ts: ts}
}
