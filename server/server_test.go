package server

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

const token = "test-token-1234"

// call makes a request and returns the status, headers and body.
func call(t *testing.T, ts string, method, path, auth, ctype string, body []byte) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, ts+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, b
}

func get(t *testing.T, f *fixture, path string, v any) int {
	t.Helper()
	status, _, body := call(t, f.ts.URL, "GET", path, "", "", nil)
	if v != nil && status == http.StatusOK {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v\n%s", path, err, body)
		}
	}
	return status
}

type eventsPage struct {
	Events []sitrep.Event `json:"events"`
	Next   string         `json:"next"`
}

func eventIDs(evs []sitrep.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return out
}

// Every filter of the API selects what the store's Events selects for the
// same filter, which its own tests pin down.
func TestEventsFilters(t *testing.T) {
	f := newFixture(t, Config{})
	ctx := context.Background()
	cases := []struct {
		name, query string
		filter      sitrep.EventFilter
		want        int // events expected from the fixture reports
	}{
		{"all", "", sitrep.EventFilter{}, 5},
		{"type", "type=Battles", sitrep.EventFilter{Types: []string{"Battles"}}, 1},
		{"two types", "type=Battles&type=Violence+against+civilians", sitrep.EventFilter{Types: []string{"Battles", "Violence against civilians"}}, 2},
		{"dates", "from=2018-01-01&to=2019-12-31", sitrep.EventFilter{From: "2018-01-01", To: "2019-12-31"}, 2},
		// (the Kirkuk bombing is no one's: "No group claimed the attack")
		{"actor", "actor=islamic", sitrep.EventFilter{Actor: "islamic"}, 1},
		{"place", "place=Kirkuk", sitrep.EventFilter{Place: "Kirkuk"}, 1},
		{"text", "text=roadside", sitrep.EventFilter{Text: "roadside"}, 1},
		{"bbox iraq and syria", "bbox=35,30,50,40", sitrep.EventFilter{BBox: &sitrep.BBox{West: 35, South: 30, East: 50, North: 40}}, 3},
		{"near", "near=35.5,44.1&within=100", sitrep.EventFilter{Near: &sitrep.Point{Lat: 35.5, Lon: 44.1}, WithinKM: 100}, 1},
		{"doc", "doc=mogadishu-bomb", sitrep.EventFilter{Doc: "mogadishu-bomb"}, 1},
		// the two Kirkuk reports tell one incident
		{"doc of a second source", "doc=kirkuk-ied-b", sitrep.EventFilter{Doc: "kirkuk-ied-b"}, 1},
		{"two sources", "min_sources=2", sitrep.EventFilter{MinSources: 2}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var page eventsPage
			if s := get(t, f, "/api/events?"+c.query, &page); s != http.StatusOK {
				t.Fatalf("status %d", s)
			}
			want, err := f.st.Events(ctx, c.filter)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(eventIDs(page.Events), eventIDs(want)) {
				t.Errorf("API %v, store %v", eventIDs(page.Events), eventIDs(want))
			}
			if len(page.Events) != c.want {
				t.Errorf("%d events, want %d: %v", len(page.Events), c.want, eventIDs(page.Events))
			}
		})
	}
}

func TestEventsCursorPaging(t *testing.T) {
	f := newFixture(t, Config{})
	for _, order := range sitrep.Orders {
		t.Run(string(order), func(t *testing.T) {
			var all eventsPage
			get(t, f, "/api/events?order="+url.QueryEscape(string(order)), &all)
			var got []sitrep.Event
			q := "/api/events?limit=2&order=" + url.QueryEscape(string(order))
			for path := q; ; {
				var p eventsPage
				if s := get(t, f, path, &p); s != http.StatusOK {
					t.Fatalf("status %d", s)
				}
				got = append(got, p.Events...)
				if p.Next == "" || len(got) > 10 {
					break
				}
				path = q + "&cursor=" + url.QueryEscape(p.Next)
			}
			if len(all.Events) != 5 || !slices.Equal(eventIDs(got), eventIDs(all.Events)) {
				t.Errorf("paged %v, whole %v", eventIDs(got), eventIDs(all.Events))
			}
		})
	}
}

// Bad requests get a 4xx JSON error naming the problem.
func TestBadRequests(t *testing.T) {
	f := newFixture(t, Config{})
	cases := []struct {
		path   string
		status int
		says   string
	}{
		{"/api/events?colour=red", 400, `unknown parameter \"colour\"`},
		{"/api/events?from=2019-13-01", 400, "from: date"},
		{"/api/events?to=yesterday", 400, "to: date"},
		{"/api/events?from=2020-01-01&to=2019-01-01", 400, "is after"},
		{"/api/events?bbox=1,2,3", 400, "WEST,SOUTH,EAST,NORTH"},
		{"/api/events?bbox=a,b,c,d", 400, "WEST,SOUTH,EAST,NORTH"},
		{"/api/events?bbox=0,50,10,40", 400, "south"},
		{"/api/events?bbox=0,0,190,10", 400, "longitudes"},
		{"/api/events?bbox=NaN,0,10,10", 400, "bbox"},
		{"/api/events?near=here", 400, "LAT,LON"},
		{"/api/events?near=95,10", 400, "out of range"},
		{"/api/events?within=5", 400, "within needs near"},
		{"/api/events?near=1,1&within=-3", 400, "within"},
		{"/api/events?min_sources=0", 400, "min_sources"},
		{"/api/events?limit=0", 400, "limit"},
		{"/api/events?limit=5000", 400, "limit"},
		{"/api/events?order=size", 400, "order"},
		{"/api/events?cursor=garbage", 400, "cursor"},
		{"/api/events?actor=a&actor=b", 400, "given 2 times"},
		{"/api/aggregate", 400, "by is required"},
		{"/api/aggregate?by=hour", 400, "grouping"},
		{"/api/events/no-such-event", 404, "not found"},
		{"/api/documents/no-such-doc", 404, "not found"},
		{"/api/nothing", 404, "no API endpoint"},
		{"/api/events.csv?type=Battles&bbox=1", 400, "bbox"},
		{"/api/stats?x=1", 400, "unknown parameter"},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			status, h, body := call(t, f.ts.URL, "GET", c.path, "", "", nil)
			if status != c.status {
				t.Fatalf("status %d, want %d: %s", status, c.status, body)
			}
			if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("content type %q", ct)
			}
			var e struct{ Error string }
			if err := json.Unmarshal(body, &e); err != nil || !strings.Contains(string(body), c.says) {
				t.Errorf("body %s, want an error saying %q", body, c.says)
			}
		})
	}
}

// An event comes with each source's document, its evidence in it, and
// the figures the source gave: the two Kirkuk reports tell one incident
// with four and five soldiers killed.
func TestEventWithSources(t *testing.T) {
	f := newFixture(t, Config{})
	var page eventsPage
	get(t, f, "/api/events?doc=kirkuk-ied", &page)
	if len(page.Events) != 1 {
		t.Fatalf("%d events of kirkuk-ied", len(page.Events))
	}
	var res struct {
		Event   sitrep.Event
		Sources []struct {
			Source   sitrep.Source
			Document *docInfo
			Evidence []sitrep.Evidence
			Killed   sitrep.Count
			Record   *sitrep.Event
		}
	}
	if s := get(t, f, "/api/events/"+url.PathEscape(page.Events[0].ID), &res); s != 200 {
		t.Fatalf("status %d", s)
	}
	killed := map[string]int{}
	for _, src := range res.Sources {
		if src.Document == nil || src.Document.ID != src.Source.Doc || !strings.Contains(src.Document.Text, "Hawija") {
			t.Fatalf("source %s: document %+v", src.Source.Doc, src.Document)
		}
		if len(src.Evidence) == 0 {
			t.Errorf("source %s: no evidence", src.Source.Doc)
		}
		runes := []rune(src.Document.Text)
		for _, ev := range src.Evidence {
			if ev.End > len(runes) || string(runes[ev.Start:ev.End]) != ev.Text {
				t.Errorf("source %s: evidence %d-%d %q is not the text there", src.Source.Doc, ev.Start, ev.End, ev.Text)
			}
		}
		killed[src.Source.Doc] = src.Killed.BestOr(-1)
		// what this report said, as extracted from it
		if src.Record == nil || src.Record.Doc != src.Source.Doc || src.Record.Killed.BestOr(-1) != src.Killed.BestOr(-1) {
			t.Errorf("source %s: record %+v", src.Source.Doc, src.Record)
		}
	}
	if want := map[string]int{"kirkuk-ied": 4, "kirkuk-ied-b": 5}; fmt.Sprint(killed) != fmt.Sprint(want) {
		t.Errorf("killed by source %v, want %v", killed, want)
	}
}

// Report text with markup reaches clients as text: JSON escapes it, so no
// answer holds a tag, and decoding gives the characters back unchanged.
func TestMarkupInReportsStaysText(t *testing.T) {
	f := newFixture(t, Config{})
	for _, path := range []string{"/api/documents/aleppo-shelling", "/api/events?doc=aleppo-shelling", "/api/events.geojson?doc=aleppo-shelling"} {
		status, _, body := call(t, f.ts.URL, "GET", path, "", "", nil)
		if status != 200 {
			t.Fatalf("%s: status %d", path, status)
		}
		if bytes.Contains(body, []byte("<script")) || bytes.Contains(body, []byte("<img")) {
			t.Errorf("%s: raw markup in the answer: %s", path, body)
		}
	}
	var doc struct{ Document docInfo }
	get(t, f, "/api/documents/aleppo-shelling", &doc)
	if !strings.Contains(doc.Document.Title, "<script>alert('title')</script>") || doc.Document.URL != "javascript:alert('url')" {
		t.Errorf("the report's own characters changed: %+v", doc.Document)
	}
}

func TestAggregatesAndMap(t *testing.T) {
	f := newFixture(t, Config{})
	var total eventsPage
	get(t, f, "/api/events", &total)
	for _, by := range sitrep.Groupings {
		t.Run(by, func(t *testing.T) {
			var res struct{ Buckets []sitrep.Bucket }
			if s := get(t, f, "/api/aggregate?by="+by, &res); s != 200 {
				t.Fatalf("status %d", s)
			}
			n := 0
			for _, b := range res.Buckets {
				n += b.Events
			}
			// every fixture event has a date, type, place; actors count per side
			if by != sitrep.ByActor && n != len(total.Events) {
				t.Errorf("buckets hold %d events, want %d: %+v", n, len(total.Events), res.Buckets)
			}
			if by == sitrep.ByActor && n < len(total.Events) {
				t.Errorf("actor buckets hold %d events, fewer than %d", n, len(total.Events))
			}
		})
	}
	var m struct {
		Markers []sitrep.Marker
		Cells   []sitrep.Cell
	}
	get(t, f, "/api/map?bbox=-180,-90,180,90", &m)
	if len(m.Markers) != 5 || m.Cells != nil {
		t.Errorf("map: %d markers, %d cells; want 5 markers", len(m.Markers), len(m.Cells))
	}
	m.Markers = nil
	get(t, f, "/api/map?bbox=-180,-90,180,90&max=2", &m)
	n := 0
	for _, c := range m.Cells {
		n += c.Events
	}
	if m.Markers != nil || n != 5 {
		t.Errorf("map over max: %d markers, cells hold %d events; want a grid of 5", len(m.Markers), n)
	}
	if s := get(t, f, "/api/map?max=2&cell=0", nil); s != 400 {
		t.Errorf("cell=0 with a grid: status %d, want 400", s)
	}
}

func TestExports(t *testing.T) {
	f := newFixture(t, Config{})
	status, h, body := call(t, f.ts.URL, "GET", "/api/events.csv?bbox=35,30,50,40", "", "", nil)
	if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", status, h.Get("Content-Type"))
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0][0] != "event_id_cnty" {
		t.Errorf("csv: %d rows, header %v; want header and 3", len(rows), rows[0])
	}
	var fc struct {
		Type     string
		Features []json.RawMessage
	}
	status, _, body = call(t, f.ts.URL, "GET", "/api/events.geojson?type=Explosions/Remote+violence&limit=3", "", "", nil)
	if err := json.Unmarshal(body, &fc); err != nil || status != 200 {
		t.Fatalf("geojson: %d %v", status, err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 3 {
		t.Errorf("geojson: %s with %d features, want 3", fc.Type, len(fc.Features))
	}
}

func stats(t *testing.T, f *fixture) sitrep.Stats {
	t.Helper()
	st, err := f.st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Writes need the token; bad writes change nothing.
func TestWrites(t *testing.T) {
	report := []byte("Gunmen killed three farmers near Gao in northern Mali on Thursday, officials said.\n")
	doc, _ := json.Marshal(map[string]string{"id": "gao-attack", "published": "2021-04-09", "text": string(report)})

	t.Run("no token configured", func(t *testing.T) {
		f := newFixture(t, Config{})
		before := stats(t, f)
		status, _, body := call(t, f.ts.URL, "POST", "/api/documents", "Bearer anything", "text/plain", report)
		if status != 403 || !strings.Contains(string(body), "SITREP_TOKEN") {
			t.Errorf("status %d %s, want 403 naming SITREP_TOKEN", status, body)
		}
		if stats(t, f) != before {
			t.Error("store changed")
		}
	})

	f := newFixture(t, Config{Token: token, MaxBody: 4096})
	cases := []struct {
		name, auth, ctype string
		body              []byte
		status            int
		stored            bool
	}{
		{"no token", "", "text/plain", report, 401, false},
		{"wrong token", "Bearer wrong", "text/plain", report, 401, false},
		{"token not bearer", "Basic " + token, "text/plain", report, 401, false},
		{"malformed JSON", "Bearer " + token, "application/json", []byte(`{"id": "x", "text": `), 400, false},
		{"JSON not an object", "Bearer " + token, "application/json", []byte(`["a"]`), 400, false},
		{"malformed JSON line", "Bearer " + token, "application/x-ndjson", append(append([]byte{}, doc...), []byte("\n{oops\n")...), 400, false},
		{"oversized", "Bearer " + token, "text/plain", bytes.Repeat([]byte("word "), 1000), 413, false},
		{"unsupported type", "Bearer " + token, "image/png", report, 415, false},
		{"no type", "Bearer " + token, "", report, 415, false},
		{"empty", "Bearer " + token, "text/plain", []byte("  \n"), 400, false},
		{"JSON document", "Bearer " + token, "application/json", doc, 201, true},
		{"same again", "Bearer " + token, "application/json", doc, 200, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := stats(t, f)
			status, _, body := call(t, f.ts.URL, "POST", "/api/documents", c.auth, c.ctype, c.body)
			if status != c.status {
				t.Fatalf("status %d, want %d: %s", status, c.status, body)
			}
			var e map[string]any
			if err := json.Unmarshal(body, &e); err != nil {
				t.Fatalf("answer is not JSON: %s", body)
			}
			after := stats(t, f)
			if grew := after.Documents > before.Documents; grew != c.stored {
				t.Errorf("documents %d → %d", before.Documents, after.Documents)
			}
			if !c.stored && after != before {
				t.Errorf("store changed: %+v → %+v", before, after)
			}
		})
	}
	var page eventsPage
	get(t, f, "/api/events?doc=gao-attack", &page)
	if len(page.Events) != 1 || page.Events[0].Location == nil || page.Events[0].Location.Name != "Gao" {
		t.Errorf("posted report's events: %+v", page.Events)
	}

	t.Run("plain text with parameters", func(t *testing.T) {
		text := []byte("A suicide bomber killed six people at a market in Maiduguri on Monday, police said.\n")
		status, _, body := call(t, f.ts.URL, "POST", "/api/documents?id=mai-market&published=2021-05-03&outlet=Example+Wire", "Bearer "+token, "text/plain; charset=utf-8", text)
		var res IngestResult
		json.Unmarshal(body, &res)
		if status != 201 || res.Added != 1 || !slices.Equal(res.IDs, []string{"mai-market"}) || res.Events == 0 {
			t.Fatalf("status %d, %+v", status, res)
		}
		var d struct{ Document docInfo }
		get(t, f, "/api/documents/mai-market", &d)
		if d.Document.Published != "2021-05-03" || d.Document.Outlet != "Example Wire" {
			t.Errorf("document %+v", d.Document)
		}
	})
}

func TestPrivateReads(t *testing.T) {
	if _, err := New(Config{Store: nil}); err == nil {
		t.Error("a server without a store")
	}
	f := newFixture(t, Config{Token: token, Private: true})
	for _, path := range []string{"/api/events", "/api/openapi.json", "/", "/static/app.js", "/event/x", "/document/x"} {
		if s, _, _ := call(t, f.ts.URL, "GET", path, "", "", nil); s != 401 {
			t.Errorf("%s without token: %d, want 401", path, s)
		}
		if s, _, _ := call(t, f.ts.URL, "GET", path, "Bearer "+token, "", nil); s != 200 {
			t.Errorf("%s with token: %d, want 200", path, s)
		}
	}
	if _, err := New(Config{Store: f.st, Private: true}); err == nil {
		t.Error("private reads without a token were accepted")
	}
}

func TestHeaders(t *testing.T) {
	f := newFixture(t, Config{})
	_, h, _ := call(t, f.ts.URL, "GET", "/", "", "", nil)
	if h.Get("Access-Control-Allow-Origin") != "" {
		t.Error("CORS header without --cors")
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	g := newFixture(t, Config{CORSOrigin: "https://dash.example.org"})
	_, h, _ = call(t, g.ts.URL, "GET", "/api/stats", "", "", nil)
	if h.Get("Access-Control-Allow-Origin") != "https://dash.example.org" {
		t.Errorf("CORS origin %q", h.Get("Access-Control-Allow-Origin"))
	}
}

// The UI's files are embedded and served, vendored libraries included.
func TestUIFiles(t *testing.T) {
	f := newFixture(t, Config{})
	for path, want := range map[string]string{
		"/":                                      `<script src="/static/app.js">`,
		"/event/anything":                        `<div id="map"`,
		"/place/Mosul":                           `<div id="map"`,
		"/static/app.js":                         "textContent",
		"/static/vendor/leaflet/leaflet.js":      "Leaflet",
		"/static/vendor/uplot/uPlot.iife.min.js": "uPlot",
		"/static/vendor/topojson-client/topojson-client.min.js": "topojson",
		"/static/vendor/world-atlas/countries-50m.json":         `"Topology"`,
	} {
		status, _, body := call(t, f.ts.URL, "GET", path, "", "", nil)
		if status != 200 || !strings.Contains(string(body), want) {
			t.Errorf("%s: status %d, no %q", path, status, want)
		}
	}
}

// The OpenAPI document lists every endpoint the server answers, and each
// documented endpoint and parameter is one the server takes.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	f := newFixture(t, Config{})
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct{ Name, In string }
		}
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
			if method != "get" {
				continue
			}
			p := strings.ReplaceAll(path, "{id}", "no-such-id")
			for _, prm := range op.Parameters {
				if prm.In != "query" {
					continue
				}
				// a known parameter is never refused as unknown
				_, _, body := call(t, f.ts.URL, "GET", p+"?"+prm.Name+"=x", "", "", nil)
				if strings.Contains(string(body), "unknown parameter") {
					t.Errorf("%s documents %q, which the server refuses", path, prm.Name)
				}
			}
			_, _, body := call(t, f.ts.URL, "GET", p, "", "", nil)
			if strings.Contains(string(body), "no API endpoint") {
				t.Errorf("%s is documented but not served", path)
			}
		}
	}
	for _, route := range []string{"GET /api/stats", "GET /api/events", "GET /api/events/{id}", "GET /api/events.geojson",
		"GET /api/events.csv", "GET /api/aggregate", "GET /api/map", "GET /api/places", "GET /api/actors",
		"GET /api/figures", "GET /api/control", "GET /api/documents/{id}", "POST /api/documents", "GET /api/openapi.json"} {
		if !documented[route] {
			t.Errorf("%s is not in openapi.json", route)
		}
	}
}

// Serve lets a request in flight finish when it is told to stop.
func TestServeFinishesRequestsInFlight(t *testing.T) {
	started := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		fmt.Fprint(w, "done")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: h}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, hs, func() error { return hs.Serve(ln) }, 5*time.Second) }()
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- string(b)
	}()
	<-started
	cancel()
	if body := <-got; body != "done" {
		t.Errorf("request in flight got %q", body)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("still serving after shutdown")
	}
}
