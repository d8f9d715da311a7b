// Package server is sitrep's HTTP face: a JSON API over a sitrep.Store
// (described by the OpenAPI document it serves at /api/openapi.json) and a
// web UI — a map, a timeline, filters, a list, event and place pages —
// whose files are embedded, so it works with no network at all.
//
// It reads only through the sitrep.Store interface. Writes (POST
// /api/documents) go through Config.Ingest, which the command wires to the
// same flow as `sitrep ingest`, and need the bearer token; reads are open
// unless Config.Private puts them behind the token too.
package server

//go:generate sh web/vendor.sh

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net/http"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
)

//go:embed web/index.html web/app.js web/app.css web/vendor
var webFS embed.FS

//go:embed openapi.json
var openAPI []byte

// DefaultMaxBody is the largest request body a write accepts unless
// Config.MaxBody says otherwise.
const DefaultMaxBody = 8 << 20

// IngestResult is what a POST /api/documents did, as `sitrep ingest`
// counts it.
type IngestResult struct {
	Added     int      `json:"added"`
	Duplicate int      `json:"duplicate"`
	Failed    int      `json:"failed"`
	Events    int      `json:"events"`
	Figures   int      `json:"figures"`
	IDs       []string `json:"ids"`                // the stored id of every document read, in order
	Failures  []string `json:"failures,omitempty"` // why inputs could not be read
}

// Config is what a Server serves and how.
type Config struct {
	Store sitrep.Store
	// Token is the bearer token writes need (SITREP_TOKEN). Empty: every
	// write is refused.
	Token string
	// Private puts reads behind the token too.
	Private bool
	// MaxBody caps a write's body in bytes (DefaultMaxBody when 0).
	MaxBody int64
	// CORSOrigin, when set, is the one other origin browsers may call the
	// API from. Empty: no CORS headers at all.
	CORSOrigin string
	// Ingest reads a posted body (a JSON document, JSON Lines, plain text
	// or HTML, as `sitrep ingest -` reads standard input) through the flow
	// into the store. Nil: writes are refused.
	Ingest func(ctx context.Context, body io.Reader) (IngestResult, error)
	// Log receives one line per failed request; nil discards them.
	Log *log.Logger
	// ControlTTL is how long built control timelines answer GET
	// /api/control before they are built again in the background
	// (DefaultControlTTL when 0; negative: built for every request). A
	// write through the server renews them at once.
	ControlTTL time.Duration
}

// Server answers the API and serves the UI.
type Server struct {
	cfg     Config
	mux     *http.ServeMux
	static  http.Handler
	index   []byte
	tokenOK [32]byte // sha256 of the token
	ctl     controlCache
}

// New makes a Server; it fails when the config cannot serve.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.Private && cfg.Token == "" {
		return nil, errors.New("server: private reads need a token (set SITREP_TOKEN)")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.ControlTTL == 0 {
		cfg.ControlTTL = DefaultControlTTL
	}
	if cfg.Log == nil {
		cfg.Log = log.New(io.Discard, "", 0)
	}
	sub, err := fs.Sub(webFS, "web")
	if err != nil {
		return nil, err
	}
	index, err := fs.ReadFile(sub, "index.html")
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), static: http.StripPrefix("/static/", http.FileServerFS(sub)), index: index}
	s.tokenOK = sha256.Sum256([]byte(cfg.Token))
	s.routes()
	return s, nil
}

// WritesEnabled reports whether the server accepts writes: it has a token
// and an ingest flow.
func (s *Server) WritesEnabled() bool { return s.cfg.Token != "" && s.cfg.Ingest != nil }

func (s *Server) routes() {
	read := func(pattern string, h func(w http.ResponseWriter, r *http.Request) error) {
		s.mux.Handle(pattern, s.handle(false, h))
	}
	read("GET /api/openapi.json", s.openAPI)
	read("GET /api/stats", s.stats)
	read("GET /api/events", s.events)
	read("GET /api/events.geojson", s.exportGeoJSON)
	read("GET /api/events.csv", s.exportCSV)
	read("GET /api/events/{id}", s.event)
	read("GET /api/aggregate", s.aggregate)
	read("GET /api/map", s.mapLayer)
	read("GET /api/places", s.bucketsBy(sitrep.ByPlace))
	read("GET /api/actors", s.bucketsBy(sitrep.ByActor))
	read("GET /api/figures", s.figures)
	read("GET /api/control", s.control)
	read("GET /api/documents/{id}", s.document)
	s.mux.Handle("POST /api/documents", s.handle(true, s.postDocuments))
	s.mux.Handle("/api/", s.handle(false, func(w http.ResponseWriter, r *http.Request) error {
		return errorf(http.StatusNotFound, "no API endpoint %s %s (see /api/openapi.json)", r.Method, r.URL.Path)
	}))
	s.mux.Handle("GET /static/", s.gate(false, s.static))
	page := s.gate(false, http.HandlerFunc(s.page))
	s.mux.Handle("GET /{$}", page)
	s.mux.Handle("GET /event/{id}", page)
	s.mux.Handle("GET /document/{id}", page)
	s.mux.Handle("GET /place/{name}", page)
}

// ServeHTTP sets the headers every answer carries and routes the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	// Scripts only from our own files; report text is never markup.
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	if o := s.cfg.CORSOrigin; o != "" {
		h.Set("Access-Control-Allow-Origin", o)
		h.Set("Vary", "Origin")
		if r.Method == http.MethodOptions {
			h.Set("Access-Control-Allow-Methods", "GET, POST")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			w.WriteHeader(http.StatusNoContent)
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// page serves the UI's one HTML page; the script reads the path.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(s.index)
}

// apiError is an error with the HTTP status it answers with.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func errorf(status int, format string, args ...any) error {
	return &apiError{status: status, msg: fmt.Sprintf(format, args...)}
}

// authorized reports whether the request carries the token.
func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	// Comparing digests takes the same time whatever the token's length.
	sum := sha256.Sum256([]byte(got))
	return subtle.ConstantTimeCompare(sum[:], s.tokenOK[:]) == 1
}

// check returns the error a request gets for lack of a token, or nil.
func (s *Server) check(write bool, r *http.Request) error {
	switch {
	case write && s.cfg.Token == "":
		return errorf(http.StatusForbidden, "writes are disabled: the server was started without SITREP_TOKEN")
	case write && s.cfg.Ingest == nil:
		return errorf(http.StatusForbidden, "writes are disabled on this server")
	case (write || s.cfg.Private) && !s.authorized(r):
		return errorf(http.StatusUnauthorized, "missing or wrong bearer token (Authorization: Bearer <SITREP_TOKEN>)")
	}
	return nil
}

// gate puts a handler of files behind the token when reads are private.
func (s *Server) gate(write bool, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.check(write, r); err != nil {
			s.fail(w, r, err)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// handle runs an API handler, answering its error as JSON.
func (s *Server) handle(write bool, h func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := s.check(write, r)
		if err == nil {
			err = h(w, r)
		}
		if err != nil {
			s.fail(w, r, err)
		}
	})
}

// fail answers err as {"error": "..."} with its status: an apiError's,
// 400 for an invalid query, 404 for something not found, else 500 (whose
// details go to the log, not to the client).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "internal error"
	var ae *apiError
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
		status, msg = ae.status, ae.msg
	case errors.As(err, &tooBig):
		status, msg = http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", tooBig.Limit)
	case errors.Is(err, sitrep.ErrInvalid):
		status, msg = http.StatusBadRequest, err.Error()
	case errors.Is(err, sitrep.ErrNotFound):
		status, msg = http.StatusNotFound, err.Error()
	case errors.Is(err, context.Canceled):
		return // the client went away
	}
	s.cfg.Log.Printf("%s %s: %d %v", r.Method, r.URL.RequestURI(), status, err)
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
	}
	writeJSON(w, status, map[string]string{"error": msg})
}

// writeJSON answers v as JSON. encoding/json writes <, > and & in strings
// as \u003c, \u003e, \u0026, so no answer holds markup even if misread.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	return enc.Encode(v)
}

// Serve runs srv until ctx is done, then shuts it down, letting requests
// in flight finish for up to grace.
func Serve(ctx context.Context, srv *http.Server, serve func() error, grace time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- serve() }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
