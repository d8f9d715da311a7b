package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// sitrep control and sitrep figures over two invented reports: a town
// taken, a town held under siege and then taken, and a standing figure.
func TestControlAndFigures(t *testing.T) {
	dir := t.TempDir()
	env := []string{"SITREP_DB=" + filepath.Join(dir, "c.db")}
	if r := run(t, dir, "", env, "ingest", testdata(t, "control")); r.code != 0 {
		t.Fatalf("ingest: code %d\n%s", r.code, r.stderr)
	}
	r := run(t, dir, "", env, "control", "--at", "2016-03-01")
	if r.code != 0 {
		t.Fatalf("control --at: code %d\n%s", r.code, r.stderr)
	}
	for _, want := range []string{
		"Baiji (Salah ad Din, IQ)  held      Iraqi Security Forces  ",
		"Hit (Al Anbar, IQ)        besieged  Islamic State (besieged by Iraqi Security Forces)  2016-02-10",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("control --at 2016-03-01 lacks %q:\n%s", want, r.stdout)
		}
	}
	// after the town was taken
	r = run(t, dir, "", env, "control", "--at", "2016-04-01", "--json", "hit")
	var st struct {
		Place  struct{ Name string }
		Holder string
		State  string
		From   string
		Claims []struct{ Kind, Doc string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &st); err != nil || st.Place.Name != "Hit" || st.Holder != "Iraqi Security Forces" ||
		st.State != "held" || len(st.Claims) != 1 || st.Claims[0].Kind != "capture" || st.Claims[0].Doc != "c2" {
		t.Errorf("control --at 2016-04-01 --json hit = %s (%v)", r.stdout, err)
	}
	// the whole timeline
	r = run(t, dir, "", env, "control", "Hit")
	if !strings.Contains(r.stdout, "Hit (Al Anbar, IQ)\n") || strings.Count(r.stdout, "\n  2016-") != 2 || strings.Contains(r.stdout, "Baiji") {
		t.Errorf("control Hit:\n%s", r.stdout)
	}
	r = run(t, dir, "", env, "control", "--geojson", "--at", "2016-03-01")
	var fc struct {
		Type     string
		Features []struct {
			Geometry   struct{ Coordinates []float64 }
			Properties struct {
				Place, Holder, State, Since string
				Sources                     []string
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) != 2 ||
		fc.Features[1].Properties.Place != "Hit" || fc.Features[1].Properties.State != "besieged" || len(fc.Features[1].Geometry.Coordinates) != 2 {
		t.Errorf("control --geojson = %s (%v)", r.stdout, err)
	}
	if r := run(t, dir, "", env, "control", "--at", "2016-13-01"); r.code != 2 || !strings.Contains(r.stderr, "2016-13-01") {
		t.Errorf("a bad day: code %d, %s", r.code, r.stderr)
	}
	if r := run(t, dir, "", env, "control", "--at", "2010-01-01"); r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "no place has a known holder on 2010-01-01") {
		t.Errorf("a day before anything is told: code %d, %q, %q", r.code, r.stdout, r.stderr)
	}

	r = run(t, dir, "", env, "figures")
	if r.code != 0 || !strings.Contains(r.stdout, "Hit    2016-02-10 (published)  displaced  3000") {
		t.Errorf("figures: code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := run(t, dir, "", env, "figures", "--what", "dead"); r.code != 2 {
		t.Errorf("figures --what dead: code %d, want 2", r.code)
	}
}
