package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/server"
	"github.com/sitrep/sitrep/store/sqlite"
)

func init() {
	register(&command{
		name:    "serve",
		summary: "serve the store: a JSON API and a web UI (map, timeline, events, sources)",
		usage: `usage: sitrep serve [--db FILE] [--addr HOST:PORT] [--private] [--max-body BYTES] [--cors ORIGIN]

Serves the store over HTTP: a web UI at / (map, timeline, filters, list,
event and place pages; its files are built in, no network needed) and a
JSON API under /api/, described at /api/openapi.json.

Reads are open to anyone who can reach the address; --private puts them
behind the token too. Writes (POST /api/documents, which ingests as
'sitrep ingest' does) need the bearer token in $SITREP_TOKEN:
  Authorization: Bearer <token>
Without $SITREP_TOKEN every write is refused, and the server says so when
it starts. SIGINT or SIGTERM stops it after the requests in flight.

Examples:
  sitrep serve                                  # http://127.0.0.1:8080/
  SITREP_TOKEN=s3cret sitrep serve --addr :8080 --private
  curl -H "Authorization: Bearer s3cret" -H "Content-Type: text/plain" \
       --data-binary @report.txt 'http://127.0.0.1:8080/api/documents?published=2017-06-04'`,
		run: runServe,
	})
}

func runServe(ctx context.Context, e *env, args []string) error {
	c := lookup("serve")
	fs := newFlags(c, e)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	private := fs.Bool("private", false, "reads need the token too")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest request body in `bytes`")
	cors := fs.String("cors", "", "let browsers call the API from `ORIGIN` (default: no CORS)")
	workers := fs.Int("j", 0, "parallel workers for posted documents (default: one per CPU)")
	uf := userFileFlags(fs)
	db := dbFlag(fs, e)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *maxBody <= 0 {
		return usageError{"--max-body must be a positive number of bytes"}
	}
	token := e.getenv("SITREP_TOKEN")
	if *private && token == "" {
		return usageError{"--private needs a token: set SITREP_TOKEN"}
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	cfg := server.Config{Store: st, Token: token, Private: *private, MaxBody: *maxBody, CORSOrigin: *cors,
		Log: log.New(e.stderr, "sitrep serve: ", log.LstdFlags)}
	if token != "" {
		in, err := newPoster(ctx, e, st, uf, *workers)
		if err != nil {
			return err
		}
		cfg.Ingest = in.ingest
	}
	srv, err := server.New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv.WarmControl() // the control timelines, built before the first page asks
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	fmt.Fprintf(e.stderr, "sitrep serve: %s on http://%s/ (API: /api/openapi.json)\n", db(), ln.Addr())
	switch {
	case token == "":
		fmt.Fprintln(e.stderr, "sitrep serve: writes are refused: SITREP_TOKEN is not set; reads are open")
	case *private:
		fmt.Fprintln(e.stderr, "sitrep serve: reads and writes need the bearer token")
	default:
		fmt.Fprintln(e.stderr, "sitrep serve: writes need the bearer token; reads are open (--private to close them)")
	}
	err = server.Serve(ctx, hs, func() error { return hs.Serve(ln) }, 30*time.Second)
	fmt.Fprintln(e.stderr, "sitrep serve: stopped")
	return err
}

// poster ingests posted bodies one at a time through one flow, built once.
type poster struct {
	mu      sync.Mutex
	e       *env
	st      *sqlite.Store
	engine  *pipeline.Engine
	workers int
}

func newPoster(ctx context.Context, e *env, st *sqlite.Store, uf userFiles, workers int) (*poster, error) {
	engine, err := ingestEngine(ctx, st, uf)
	if err != nil {
		return nil, err
	}
	return &poster{e: e, st: st, engine: engine, workers: workers}, nil
}

// ingest reads body as 'sitrep ingest -' reads standard input.
func (p *poster) ingest(ctx context.Context, body io.Reader) (server.IngestResult, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	quiet := &env{stdin: body, stdout: io.Discard, stderr: io.Discard, getenv: p.e.getenv}
	var ids []string
	sum, err := ingestWith(ctx, quiet, p.st, p.engine, []string{"-"}, ingest.Options{Stdin: body}, p.workers, true, func(id string) { ids = append(ids, id) }, nil)
	res := server.IngestResult{Added: sum.added, Duplicate: sum.duplicate, Failed: sum.failed,
		Events: sum.events, Figures: sum.figures, IDs: ids, Failures: sum.failures}
	if res.IDs == nil {
		res.IDs = []string{}
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return res, fmt.Errorf("ingest: %w", err)
	}
	return res, err
}
