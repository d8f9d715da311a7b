package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/store/sqlite"
)

// /api/control answers the control timelines, the states on a day and a
// GeoJSON layer of them, over two invented reports (a town taken; a town
// held under siege, then taken).
func TestControl(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := ingestInto(ctx, t, st, []string{"testdata/control.jsonl"}, nil); err != nil {
		t.Fatal(err)
	}
	srv, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	f := &fixture{st: st, srv: srv, ts: ts}

	var all struct {
		Timelines []struct {
			Place     struct{ Name string }
			Intervals []struct {
				From, To, State, Holder string
				Claims                  []struct{ Kind, Doc string }
			}
		}
	}
	if s := get(t, f, "/api/control", &all); s != http.StatusOK || len(all.Timelines) != 2 || all.Timelines[1].Place.Name != "Hit" ||
		len(all.Timelines[1].Intervals) != 2 || all.Timelines[1].Intervals[0].State != "besieged" ||
		all.Timelines[1].Intervals[1].Holder != "Iraqi Security Forces" || all.Timelines[1].Intervals[1].Claims[0].Doc != "c2" {
		t.Fatalf("/api/control = %d %+v", s, all)
	}
	var day struct {
		At     string
		States []struct {
			Place         struct{ Name string }
			Holder, State string
		}
	}
	if s := get(t, f, "/api/control?at=2016-03-01&place=hit", &day); s != http.StatusOK || day.At != "2016-03-01" || len(day.States) != 1 ||
		day.States[0].Holder != "Islamic State" || day.States[0].State != "besieged" {
		t.Errorf("/api/control?at=2016-03-01&place=hit = %d %+v", s, day)
	}
	status, h, body := call(t, ts.URL, "GET", "/api/control?at=2016-04-01&format=geojson", "", "", nil)
	var fc struct {
		Type     string
		Features []struct {
			Properties struct{ Place, Holder string }
		}
	}
	if err := json.Unmarshal(body, &fc); err != nil || status != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "application/geo+json") ||
		len(fc.Features) != 2 || fc.Features[1].Properties.Holder != "Iraqi Security Forces" {
		t.Errorf("geojson = %d %s (%v)", status, body, err)
	}
	// the layer the map draws: every place's intervals without their claims
	var layer struct {
		Places []struct {
			Name      string
			Lat, Lon  float64
			Intervals []struct {
				From, To, State, Holder string
				Against                 []string
				Sources                 int
			}
		}
		Unplaced *int
	}
	if s := get(t, f, "/api/control?format=layer", &layer); s != http.StatusOK || len(layer.Places) != 2 || layer.Unplaced == nil || *layer.Unplaced != 0 {
		t.Fatalf("/api/control?format=layer = %d %+v", s, layer)
	}
	hit := layer.Places[1]
	if hit.Name != "Hit" || hit.Lat < 33 || hit.Lat > 34.5 || hit.Lon < 42 || hit.Lon > 43.5 || len(hit.Intervals) != 2 ||
		hit.Intervals[0].State != "besieged" || hit.Intervals[0].Holder != "Islamic State" || len(hit.Intervals[0].Against) == 0 ||
		hit.Intervals[0].To != hit.Intervals[1].From || hit.Intervals[0].Sources != 1 ||
		hit.Intervals[1].Holder != "Iraqi Security Forces" || hit.Intervals[1].To != "" {
		t.Errorf("layer of Hit: %+v", hit)
	}
	if s := get(t, f, "/api/control?format=layer&place=baiji", &layer); s != http.StatusOK || len(layer.Places) != 1 || layer.Places[0].Name != "Baiji" {
		t.Errorf("/api/control?format=layer&place=baiji = %d %+v", s, layer)
	}
	// the timelines cut for a place page: the last intervals, their first claims
	var cut struct {
		Timelines []struct {
			Place     struct{ Name string }
			Intervals []struct {
				State, Holder string
				Claims        []struct{ Kind, Doc string }
				ClaimsTotal   int `json:"claims_total"`
			}
			IntervalsTotal int `json:"intervals_total"`
		}
	}
	if s := get(t, f, "/api/control?place=hit&intervals=1&claims=1", &cut); s != http.StatusOK || len(cut.Timelines) != 1 ||
		cut.Timelines[0].IntervalsTotal != 2 || len(cut.Timelines[0].Intervals) != 1 ||
		cut.Timelines[0].Intervals[0].Holder != "Iraqi Security Forces" || len(cut.Timelines[0].Intervals[0].Claims) != 1 ||
		cut.Timelines[0].Intervals[0].ClaimsTotal < 1 {
		t.Errorf("/api/control?place=hit&intervals=1&claims=1 = %d %+v", s, cut)
	}
	if s := get(t, f, "/api/control?place=hit&claims=0", &cut); s != http.StatusOK || len(cut.Timelines) != 1 ||
		len(cut.Timelines[0].Intervals) != 2 || len(cut.Timelines[0].Intervals[0].Claims) != cut.Timelines[0].Intervals[0].ClaimsTotal {
		t.Errorf("/api/control?place=hit&claims=0 = %d %+v", s, cut)
	}
	for _, bad := range []string{"/api/control?at=2016-02-30", "/api/control?format=csv", "/api/control?nope=1", "/api/control?format=layer&at=2016-03-01",
		"/api/control?claims=-1", "/api/control?intervals=x", "/api/control?claims=2&at=2016-03-01", "/api/control?intervals=2&format=layer"} {
		if s := get(t, f, bad, nil); s != http.StatusBadRequest {
			t.Errorf("%s = %d, want 400", bad, s)
		}
	}
}

// The timelines are kept between requests: a report posted through the
// server shows at once; one written to the store by another process shows
// once they are older than ControlTTL (an hour here), at once when it is
// negative.
func TestControlKept(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, Config{Token: "tok", ControlTTL: time.Hour})
	places := func(f *fixture) int {
		t.Helper()
		var layer struct{ Places []struct{ Name string } }
		if s := get(t, f, "/api/control?format=layer", &layer); s != http.StatusOK {
			t.Fatalf("/api/control?format=layer = %d", s)
		}
		return len(layer.Places)
	}
	before := places(f)
	status, _, body := call(t, f.ts.URL, "POST", "/api/documents?published=2016-03-21&id=posted", "Bearer tok", "text/plain",
		[]byte("Iraqi forces stormed the town of Hit on Saturday and took full control of it from Islamic State militants, officials said.\n"))
	if status != http.StatusCreated {
		t.Fatalf("POST = %d %s", status, body)
	}
	if n := places(f); n != before+1 {
		t.Errorf("%d places after posting a capture of Hit, %d before", n, before)
	}
	// written beside the server: kept timelines do not see it
	if _, err := ingestInto(ctx, t, f.st, []string{"testdata/control.jsonl"}, nil); err != nil {
		t.Fatal(err)
	}
	if n := places(f); n != before+1 {
		t.Errorf("%d places within the TTL of a write beside the server, want the %d kept", n, before+1)
	}
	fresh, err := New(Config{Store: f.st, ControlTTL: -1})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(fresh)
	defer ts.Close()
	if n := places(&fixture{st: f.st, srv: fresh, ts: ts}); n <= before+1 {
		t.Errorf("%d places with ControlTTL < 0 after a write beside the server, want more than %d", n, before+1)
	}

	// past the TTL, the kept timelines answer while new ones are built
	// in the background; the new ones answer once built
	aged, err := New(Config{Store: f.st, ControlTTL: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	ts2 := httptest.NewServer(aged)
	defer ts2.Close()
	fa := &fixture{st: f.st, srv: aged, ts: ts2}
	kept := places(fa)
	if _, err := ingestInto(ctx, t, f.st, []string{"testdata/control-markup.jsonl"}, nil); err != nil {
		t.Fatal(err)
	}
	if n := places(fa); n != kept {
		t.Errorf("%d places from the kept timelines past their TTL, want the %d kept", n, kept)
	}
	deadline := time.Now().Add(time.Minute) // (a bound on a hang, not a speed test)
	for places(fa) != kept+1 {
		if time.Now().After(deadline) {
			t.Fatalf("the timelines rebuilt in the background never showed the place written (%d places)", places(fa))
		}
		time.Sleep(10 * time.Millisecond)
	}

	// timelines warmed at start answer the first request (which waits for
	// the build when it is not done)
	warm, err := New(Config{Store: f.st, ControlTTL: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	warm.WarmControl()
	warm.WarmControl() // (a second call while building does nothing)
	ts3 := httptest.NewServer(warm)
	defer ts3.Close()
	if n := places(&fixture{st: f.st, srv: warm, ts: ts3}); n != kept+1 {
		t.Errorf("%d places from warmed timelines, want %d", n, kept+1)
	}
}
