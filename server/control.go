package server

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/control"
)

// DefaultControlTTL is how long the control timelines built from the
// store answer GET /api/control before they are built again, unless
// Config.ControlTTL says otherwise. Building reads every territory
// incident, armed clash and control statement of the store (about 2 s
// over 94,000 incidents), too slow to do for every place page.
const DefaultControlTTL = 30 * time.Second

// controlCache keeps the control timelines last built.
type controlCache struct {
	mu       sync.Mutex
	built    time.Time
	tls      []control.Timeline
	valid    bool
	building bool          // a build runs in the background
	done     chan struct{} // closed when it ends
	gen      int           // counts forgetControl calls: a build begun before one is dropped
}

// timelines returns the control timelines of the store. The first request
// (and the first after a write through this server) builds them, or waits
// for the build WarmControl began; later ones get those kept, and once
// they are older than the TTL the first such request starts building new
// ones in the background, which answer from when they are done. The
// timelines are shared: callers must not change them.
func (s *Server) timelines(ctx context.Context) ([]control.Timeline, error) {
	ttl := s.cfg.ControlTTL
	if ttl < 0 {
		return s.buildTimelines(ctx)
	}
	c := &s.ctl
	for {
		c.mu.Lock()
		if c.valid {
			if time.Since(c.built) >= ttl && !c.building {
				s.startBuild()
			}
			tls := c.tls
			c.mu.Unlock()
			return tls, nil
		}
		if !c.building {
			break // build here, holding the lock: other requests wait
		}
		done := c.done
		c.mu.Unlock()
		select {
		case <-done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	defer c.mu.Unlock()
	tls, err := s.buildTimelines(ctx)
	if err != nil {
		return nil, err
	}
	c.tls, c.built, c.valid = tls, time.Now(), true
	return tls, nil
}

// WarmControl starts building the control timelines in the background, so
// that the first request for them need not wait the whole build (sitrep
// serve calls it at start). It does nothing when they are kept already or
// being built, or when ControlTTL is negative.
func (s *Server) WarmControl() {
	if s.cfg.ControlTTL < 0 {
		return
	}
	s.ctl.mu.Lock()
	defer s.ctl.mu.Unlock()
	if !s.ctl.valid && !s.ctl.building {
		s.startBuild()
	}
}

// startBuild starts a build in the background; the caller holds ctl.mu.
func (s *Server) startBuild() {
	c := &s.ctl
	c.building, c.done = true, make(chan struct{})
	go s.rebuildControl(c.gen, c.done)
}

func (s *Server) buildTimelines(ctx context.Context) ([]control.Timeline, error) {
	claims, err := control.Load(ctx, s.cfg.Store)
	if err != nil {
		return nil, err
	}
	return control.Build(claims, control.Options{Allied: control.AlliedBy(nil)}), nil
}

// rebuildControl builds the timelines in the background and keeps them,
// unless a write came meanwhile (gen changed). On an error the old ones
// stay, and the next request past the TTL tries again.
func (s *Server) rebuildControl(gen int, done chan struct{}) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	tls, err := s.buildTimelines(ctx)
	c := &s.ctl
	c.mu.Lock()
	defer c.mu.Unlock()
	c.building = false
	close(done)
	if err != nil {
		s.cfg.Log.Printf("control timelines: %v", err)
		return
	}
	if c.gen == gen {
		c.tls, c.built, c.valid = tls, time.Now(), true
	}
}

// forgetControl makes the next request build the timelines again (after
// a write through this server).
func (s *Server) forgetControl() {
	s.ctl.mu.Lock()
	s.ctl.valid, s.ctl.tls = false, nil
	s.ctl.gen++
	s.ctl.mu.Unlock()
}

// control answers who holds each place: the control timelines (of the
// places named ?place, or all; ?intervals=N keeps each one's last N
// intervals, ?claims=N the first N claims of each), the states on day
// ?at, with ?format=geojson the states (on ?at, else as last told) as
// points, and with ?format=layer every interval of every place without
// its claims, for a map that finds the state on any day itself.
func (s *Server) control(w http.ResponseWriter, r *http.Request) error {
	v, err := params(r, []string{"place", "at", "format", "claims", "intervals"})
	if err != nil {
		return err
	}
	day := sitrep.Date("")
	if at := v.Get("at"); at != "" {
		d, err := sitrep.ParseDate(at)
		if err != nil {
			return errorf(http.StatusBadRequest, "at: %v", err)
		}
		day = d
	}
	format := v.Get("format")
	if format != "" && format != "json" && format != "geojson" && format != "layer" {
		return errorf(http.StatusBadRequest, "format %q: want json, geojson or layer", format)
	}
	if format == "layer" && day != "" {
		return errorf(http.StatusBadRequest, "at does not go with format=layer, which gives every interval (the map picks its day)")
	}
	trim := v.Has("claims") || v.Has("intervals")
	if trim && (day != "" || format == "geojson" || format == "layer") {
		return errorf(http.StatusBadRequest, "claims and intervals go with the timelines (format json, no at)")
	}
	maxClaims, err := intParam(v, "claims", 0, 0, 1<<30)
	if err != nil {
		return err
	}
	maxIntervals, err := intParam(v, "intervals", 0, 0, 1<<30)
	if err != nil {
		return err
	}
	all, err := s.timelines(r.Context())
	if err != nil {
		return err
	}
	tls := control.Select(all, v.Get("place"))
	switch {
	case format == "layer":
		return writeJSON(w, http.StatusOK, layerOf(tls))
	case format == "geojson":
		states := control.Latest(tls)
		if day != "" {
			states = control.At(tls, day)
		}
		w.Header().Set("Content-Type", "application/geo+json")
		return json.NewEncoder(w).Encode(control.GeoJSON(states))
	case day != "":
		states := control.At(tls, day)
		if states == nil {
			states = []control.State{}
		}
		return writeJSON(w, http.StatusOK, map[string]any{"at": day, "states": states})
	case trim:
		return writeJSON(w, http.StatusOK, map[string]any{"timelines": trimmed(tls, maxIntervals, maxClaims)})
	}
	if tls == nil {
		tls = []control.Timeline{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"timelines": tls})
}

// trimmedTimeline is a timeline cut to its last intervals and their
// first claims, with how many there were.
type trimmedTimeline struct {
	Place          sitrep.Location   `json:"place"`
	Key            string            `json:"key"`
	Intervals      []trimmedInterval `json:"intervals"`
	IntervalsTotal int               `json:"intervals_total"`
	Undated        []control.Claim   `json:"undated"`
	UndatedTotal   int               `json:"undated_total"`
}

type trimmedInterval struct {
	control.Interval
	ClaimsTotal int `json:"claims_total"`
}

// trimmed keeps the last maxIntervals intervals of each timeline and the
// first maxClaims claims of each interval and of the undated ones (0: all).
func trimmed(tls []control.Timeline, maxIntervals, maxClaims int) []trimmedTimeline {
	first := func(cs []control.Claim) []control.Claim {
		if maxClaims > 0 && len(cs) > maxClaims {
			cs = cs[:maxClaims:maxClaims]
		}
		if cs == nil {
			cs = []control.Claim{}
		}
		return cs
	}
	out := make([]trimmedTimeline, 0, len(tls))
	for _, t := range tls {
		ivs := t.Intervals
		if maxIntervals > 0 && len(ivs) > maxIntervals {
			ivs = ivs[len(ivs)-maxIntervals:]
		}
		tt := trimmedTimeline{Place: t.Place, Key: t.Key, Intervals: make([]trimmedInterval, len(ivs)),
			IntervalsTotal: len(t.Intervals), Undated: first(t.Undated), UndatedTotal: len(t.Undated)}
		for i, iv := range ivs {
			n := len(iv.Claims)
			iv.Claims = first(iv.Claims)
			tt.Intervals[i] = trimmedInterval{Interval: iv, ClaimsTotal: n}
		}
		out = append(out, tt)
	}
	return out
}

// controlLayer is what the web UI's control layer draws: every place with
// coordinates and a timeline, with its intervals but not their claims, so
// that the map finds the state of each place on any day itself, without
// asking again (GET /api/control?format=layer).
type controlLayer struct {
	Places []layerPlace `json:"places"`
	// Unplaced counts the timelines of places without coordinates.
	Unplaced int `json:"unplaced"`
}

// layerPlace is one place of the control layer.
type layerPlace struct {
	Key       string      `json:"key"`
	Name      string      `json:"name"`
	Admin1    string      `json:"admin1,omitempty"`
	Country   string      `json:"country,omitempty"`
	Lat       float64     `json:"lat"`
	Lon       float64     `json:"lon"`
	Intervals []layerSpan `json:"intervals"`
}

// layerSpan is an interval of a place's timeline without its claims;
// Sources counts the reports behind it.
type layerSpan struct {
	From           sitrep.Date `json:"from"`
	To             sitrep.Date `json:"to"`
	Since          sitrep.Date `json:"since"`
	SincePrecision string      `json:"since_precision"`
	State          string      `json:"state"`
	Holder         string      `json:"holder"`
	Sides          []string    `json:"sides"`
	Against        []string    `json:"against,omitempty"`
	Except         string      `json:"except,omitempty"`
	Sources        int         `json:"sources"`
}

// layerOf makes the control layer of timelines, in their order; places
// without coordinates are counted, not listed, and those without dated
// intervals left out.
func layerOf(tls []control.Timeline) controlLayer {
	out := controlLayer{Places: []layerPlace{}}
	for i := range tls {
		t := &tls[i]
		if len(t.Intervals) == 0 {
			continue
		}
		if !t.Place.HasPoint() {
			out.Unplaced++
			continue
		}
		p := layerPlace{Key: t.Key, Name: t.Place.Name, Admin1: t.Place.Admin1, Country: t.Place.Country,
			Lat: *t.Place.Lat, Lon: *t.Place.Lon, Intervals: make([]layerSpan, len(t.Intervals))}
		for j := range t.Intervals {
			iv := &t.Intervals[j]
			sides := iv.Sides
			if sides == nil {
				sides = []string{}
			}
			p.Intervals[j] = layerSpan{From: iv.From, To: iv.To, Since: iv.Since, SincePrecision: iv.SincePrecision,
				State: iv.State, Holder: iv.Holder, Sides: sides, Against: iv.Against, Except: iv.Except,
				Sources: len(iv.Sources())}
		}
		out.Places = append(out.Places, p)
	}
	return out
}
