package server

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
)

// Page sizes of GET /api/events and of the exports' reads.
const (
	defaultPage = 100
	maxPage     = 1000
	// defaultMarkers is how many events the map draws one by one before
	// it asks for a grid of counts instead; maxMarkers caps ?max.
	defaultMarkers = 2000
	maxMarkers     = 10000
)

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, err := w.Write(openAPI)
	return err
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r); err != nil {
		return err
	}
	st, err := s.cfg.Store.Stats(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"stats": st, "writes": s.WritesEnabled()})
}

// filterOf reads a request's filter parameters and the extra ones an
// endpoint takes.
func filterOf(r *http.Request, extra ...string) (sitrep.EventFilter, url.Values, error) {
	v, err := params(r, filterParams, extra)
	if err != nil {
		return sitrep.EventFilter{}, nil, err
	}
	f, err := eventFilter(v)
	return f, v, err
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) error {
	f, v, err := filterOf(r, "order", "cursor", "limit")
	if err != nil {
		return err
	}
	if f.Limit, err = intParam(v, "limit", defaultPage, 1, maxPage); err != nil {
		return err
	}
	if js, ok := s.cfg.Store.(pageJSONer); ok {
		evs, next, err := js.EventsPageJSON(r.Context(), f, sitrep.Order(v.Get("order")), v.Get("cursor"))
		if err != nil {
			return err
		}
		return writePage(w, evs, next)
	}
	evs, next, err := s.cfg.Store.EventsPage(r.Context(), f, sitrep.Order(v.Get("order")), v.Get("cursor"))
	if err != nil {
		return err
	}
	if evs == nil {
		evs = []sitrep.Event{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"events": evs, "next": next})
}

// pageJSONer is a store that gives a page of events as their JSON, as
// encoding/json writes them, without decoding and encoding each event
// (store/sqlite: its stored records).
type pageJSONer interface {
	EventsPageJSON(ctx context.Context, f sitrep.EventFilter, order sitrep.Order, cursor string) ([]json.RawMessage, string, error)
}

// writePage writes a page of events given as JSON: the bytes writeJSON
// writes for {"events": [...], "next": next}.
func writePage(w http.ResponseWriter, evs []json.RawMessage, next string) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	bw := bufio.NewWriterSize(w, 32<<10)
	bw.WriteString(`{"events":[`)
	for i, e := range evs {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.Write(e)
	}
	bw.WriteString(`],"next":`)
	bw.WriteString(strconv.Quote(next)) // a cursor is base64url: nothing to escape
	bw.WriteString("}\n")
	return bw.Flush()
}

// export streams every event of the filter (up to ?limit) through an
// export writer, a page at a time.
func (s *Server) export(w http.ResponseWriter, r *http.Request, contentType, filename string, mk func(io.Writer) export.EventWriter) error {
	f, v, err := filterOf(r, "limit")
	if err != nil {
		return err
	}
	limit, err := intParam(v, "limit", 0, 0, 1<<30)
	if err != nil {
		return err
	}
	f.Limit = maxPage
	if limit > 0 && limit < maxPage {
		f.Limit = limit
	}
	// the first page is read before answering, so a bad filter is a 400
	evs, next, err := s.cfg.Store.EventsPage(r.Context(), f, sitrep.NewestFirst, "")
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	bw := bufio.NewWriterSize(w, 1<<16)
	ew := mk(bw)
	n := 0
	for {
		for i := range evs {
			if limit > 0 && n >= limit {
				break
			}
			if err := ew.Write(&evs[i]); err != nil {
				return err
			}
			n++
		}
		if next == "" || (limit > 0 && n >= limit) {
			break
		}
		if evs, next, err = s.cfg.Store.EventsPage(r.Context(), f, sitrep.NewestFirst, next); err != nil {
			// the answer has begun: cut it short rather than end it well-formed
			s.cfg.Log.Printf("%s: export stopped: %v", r.URL.RequestURI(), err)
			panic(http.ErrAbortHandler)
		}
	}
	if err := ew.Close(); err != nil {
		return err
	}
	return bw.Flush()
}

func (s *Server) exportGeoJSON(w http.ResponseWriter, r *http.Request) error {
	return s.export(w, r, "application/geo+json", "events.geojson", func(w io.Writer) export.EventWriter {
		return export.NewGeoJSONWriter(w)
	})
}

func (s *Server) exportCSV(w http.ResponseWriter, r *http.Request) error {
	return s.export(w, r, "text/csv; charset=utf-8", "events.csv", func(w io.Writer) export.EventWriter {
		return export.NewCSVWriter(w, export.CSVOptions{})
	})
}

// docInfo is a document as the API shows it: its metadata and cleaned
// text, which every evidence offset points into (in code points).
type docInfo struct {
	ID           string            `json:"id"`
	URL          string            `json:"url,omitempty"`
	Outlet       string            `json:"outlet,omitempty"`
	Title        string            `json:"title,omitempty"`
	Published    sitrep.Date       `json:"published"`
	PublishedHow sitrep.DateSource `json:"published_how"`
	DuplicateOf  string            `json:"duplicate_of,omitempty"`
	Text         string            `json:"text"`
	Notes        []string          `json:"notes,omitempty"`
}

func infoOf(d *sitrep.Document) *docInfo {
	return &docInfo{ID: d.ID, URL: d.URL, Outlet: d.Outlet, Title: d.Title, Published: d.Published,
		PublishedHow: d.PublishedHow, DuplicateOf: d.DuplicateOf, Text: d.Text, Notes: d.Notes}
}

// eventSource is one report of an event with what the event took from it.
type eventSource struct {
	Source   sitrep.Source              `json:"source"`
	Document *docInfo                   `json:"document"` // null when the report is not stored here
	Evidence []sitrep.Evidence          `json:"evidence"` // the event's evidence in this report
	Fields   map[string]sitrep.Evidence `json:"field_evidence,omitempty"`
	Killed   sitrep.Count               `json:"killed"`
	Wounded  sitrep.Count               `json:"wounded"`
	// Record is what this report said of the incident, as extracted
	// (null when it is not stored here).
	Record *sitrep.Event `json:"record"`
}

func (s *Server) event(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r); err != nil {
		return err
	}
	ctx := r.Context()
	e, err := s.cfg.Store.Event(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	out := []eventSource{}
	sources := e.Sources
	if len(sources) == 0 && e.Doc != "" {
		sources = []sitrep.Source{{Doc: e.Doc}}
	}
	for _, src := range sources {
		es := eventSource{Source: src, Evidence: []sitrep.Evidence{}, Killed: src.Killed, Wounded: src.Wounded}
		if len(sources) == 1 && es.Killed.IsZero() && es.Wounded.IsZero() {
			es.Killed, es.Wounded = e.Killed, e.Wounded
		}
		in := func(ev sitrep.Evidence) bool { return ev.Doc == src.Doc || (ev.Doc == "" && src.Doc == e.Doc) }
		for _, ev := range e.Evidence {
			if in(ev) {
				es.Evidence = append(es.Evidence, ev)
			}
		}
		for k, ev := range e.FieldEvidence {
			if in(ev) {
				if es.Fields == nil {
					es.Fields = map[string]sitrep.Evidence{}
				}
				es.Fields[k] = ev
			}
		}
		d, err := s.cfg.Store.Document(ctx, src.Doc)
		switch {
		case err == nil:
			es.Document = infoOf(d)
			recs, err := s.cfg.Store.Records(ctx, d.ID)
			if err != nil {
				return err
			}
			es.Record = recordOf(recs, src, e)
		case !errors.Is(err, sitrep.ErrNotFound):
			return err
		}
		out = append(out, es)
	}
	return writeJSON(w, http.StatusOK, map[string]any{"event": e, "sources": out})
}

// recordOf picks, among a report's records, the one an event took from
// it: the source's record id, else the event's own id (an event of one
// report), else the only record.
func recordOf(recs []sitrep.Event, src sitrep.Source, e *sitrep.Event) *sitrep.Event {
	for _, id := range []string{src.Record, e.ID} {
		for i := range recs {
			if id != "" && recs[i].ID == id {
				return &recs[i]
			}
		}
	}
	if len(recs) == 1 {
		return &recs[0]
	}
	return nil
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r); err != nil {
		return err
	}
	ctx := r.Context()
	d, err := s.cfg.Store.Document(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	f := sitrep.EventFilter{Doc: d.ID}
	evs, _, err := s.cfg.Store.EventsPage(ctx, f, sitrep.NewestFirst, "")
	if err != nil {
		return err
	}
	figs, err := s.cfg.Store.Figures(ctx, f)
	if err != nil {
		return err
	}
	if evs == nil {
		evs = []sitrep.Event{}
	}
	if figs == nil {
		figs = []sitrep.Figure{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"document": infoOf(d), "events": evs, "figures": figs})
}

func (s *Server) aggregate(w http.ResponseWriter, r *http.Request) error {
	f, v, err := filterOf(r, "by", "limit")
	if err != nil {
		return err
	}
	by := v.Get("by")
	if by == "" {
		return errorf(http.StatusBadRequest, "by is required: one of %v", sitrep.Groupings)
	}
	return s.buckets(w, r, f, v, by, 0)
}

// buckets answers an aggregate; def is the default ?limit (0: all).
func (s *Server) buckets(w http.ResponseWriter, r *http.Request, f sitrep.EventFilter, v url.Values, by string, def int) error {
	var err error
	if f.Limit, err = intParam(v, "limit", def, 0, 1<<30); err != nil {
		return err
	}
	bs, err := s.cfg.Store.Aggregate(r.Context(), f, by)
	if err != nil {
		return err
	}
	if bs == nil {
		bs = []sitrep.Bucket{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"by": by, "buckets": bs})
}

// bucketsBy answers the places or actors of a filter, most events first.
func (s *Server) bucketsBy(by string) func(w http.ResponseWriter, r *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		f, v, err := filterOf(r, "limit")
		if err != nil {
			return err
		}
		return s.buckets(w, r, f, v, by, 100)
	}
}

func (s *Server) figures(w http.ResponseWriter, r *http.Request) error {
	v, err := params(r, []string{"doc", "from", "to", "near", "within", "text", "limit"})
	if err != nil {
		return err
	}
	f, err := eventFilter(v)
	if err != nil {
		return err
	}
	if f.Limit, err = intParam(v, "limit", defaultPage, 1, maxPage); err != nil {
		return err
	}
	figs, err := s.cfg.Store.Figures(r.Context(), f)
	if err != nil {
		return err
	}
	if figs == nil {
		figs = []sitrep.Figure{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"figures": figs})
}

// mapLayer answers what the map draws for a view: the events one by one
// when there are at most ?max of them, else a grid of counts with cells
// of ?cell degrees (by default a 48th of the box's width).
func (s *Server) mapLayer(w http.ResponseWriter, r *http.Request) error {
	f, v, err := filterOf(r, "max", "cell")
	if err != nil {
		return err
	}
	max, err := intParam(v, "max", defaultMarkers, 0, maxMarkers)
	if err != nil {
		return err
	}
	f.Limit = max + 1
	ms, err := s.cfg.Store.Markers(r.Context(), f)
	if err != nil {
		return err
	}
	if len(ms) <= max {
		if ms == nil {
			ms = []sitrep.Marker{}
		}
		return writeJSON(w, http.StatusOK, map[string]any{"markers": ms})
	}
	cell := 360.0 / 48
	if f.BBox != nil {
		width := f.BBox.East - f.BBox.West
		if width <= 0 {
			width += 360
		}
		cell = max64(width/48, 1e-4)
	}
	if c := v.Get("cell"); c != "" {
		if cell, err = strconv.ParseFloat(c, 64); err != nil || !(cell > 0) || cell > 180 {
			return errorf(http.StatusBadRequest, "cell %q: want degrees in (0, 180]", c)
		}
	}
	f.Limit = 0
	cells, err := s.cfg.Store.Grid(r.Context(), f, cell)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"cells": cells, "cell": cell})
}

func max64(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// postDocuments ingests the body: a JSON document, JSON Lines, plain text
// or HTML. A body that says it is JSON must parse, before anything is
// stored. Plain text and HTML become one document whose id, url, title,
// published date and outlet may be given as parameters (the id defaults to
// "post-" and 12 hex digits of the body's SHA-256).
func (s *Server) postDocuments(w http.ResponseWriter, r *http.Request) error {
	v, err := params(r, []string{"id", "url", "title", "published", "outlet"})
	if err != nil {
		return err
	}
	unsupported := errorf(http.StatusUnsupportedMediaType, "Content-Type %q: want application/json, application/x-ndjson, text/plain or text/html", r.Header.Get("Content-Type"))
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return unsupported
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return errorf(http.StatusBadRequest, "empty body")
	}
	raw := ct == "text/plain" || ct == "text/html"
	if !raw && len(v) > 0 {
		return errorf(http.StatusBadRequest, "id, url, title, published and outlet parameters are for text and HTML bodies; a JSON document carries its own")
	}
	switch ct {
	case "application/json":
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(body, &obj); err != nil {
			return errorf(http.StatusBadRequest, "body is not a JSON object (one document: id, text or html, url, title, published, outlet): %v", err)
		}
		// one line of JSON Lines
		var buf bytes.Buffer
		if err := json.Compact(&buf, body); err != nil {
			return errorf(http.StatusBadRequest, "body is not valid JSON: %v", err)
		}
		body = append(buf.Bytes(), '\n')
	case "application/x-ndjson", "application/jsonl":
		for i, line := range bytes.Split(body, []byte("\n")) {
			if len(bytes.TrimSpace(line)) > 0 && !json.Valid(line) {
				return errorf(http.StatusBadRequest, "line %d of the body is not valid JSON", i+1)
			}
		}
	case "text/plain", "text/html":
		if p := v.Get("published"); p != "" {
			if _, err := sitrep.ParseDate(p); err != nil {
				return errorf(http.StatusBadRequest, "published: %v", err)
			}
		}
		if !utf8.Valid(body) {
			return errorf(http.StatusBadRequest, "body is not UTF-8 text")
		}
		sum := sha256.Sum256(body)
		doc := map[string]string{"id": "post-" + hex.EncodeToString(sum[:6])}
		for _, k := range []string{"id", "url", "title", "published", "outlet"} {
			if x := v.Get(k); x != "" {
				doc[k] = x
			}
		}
		field := "text"
		if ct == "text/html" {
			field = "html"
		}
		doc[field] = string(body)
		line, err := json.Marshal(doc)
		if err != nil {
			return err
		}
		body = append(line, '\n')
	default:
		return unsupported
	}
	res, err := s.cfg.Ingest(r.Context(), bytes.NewReader(body))
	if res.Added > 0 {
		s.forgetControl()
	}
	if err != nil {
		return err
	}
	status := http.StatusOK
	switch {
	case res.Added > 0:
		status = http.StatusCreated
	case res.Failed > 0 && res.Duplicate == 0:
		status = http.StatusUnprocessableEntity
	}
	return writeJSON(w, status, res)
}
