package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

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
	for _, bad := range []string{"/api/control?at=2016-02-30", "/api/control?format=csv", "/api/control?nope=1"} {
		if s := get(t, f, bad, nil); s != http.StatusBadRequest {
			t.Errorf("%s = %d, want 400", bad, s)
		}
	}
}
