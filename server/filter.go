package server

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
)

// The query parameters of an event filter, shared by every endpoint that
// selects events (the CLI's filters plus bbox and sources).
var filterParams = []string{"from", "to", "type", "actor", "place", "text", "doc", "near", "within", "bbox", "min_sources"}

// params checks that a request names only known parameters, each once
// (type may repeat), and returns them.
func params(r *http.Request, allowed ...[]string) (url.Values, error) {
	v := r.URL.Query()
	var names []string
	for name := range v {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		known := false
		for _, list := range allowed {
			known = known || slices.Contains(list, name)
		}
		if !known {
			var all []string
			for _, list := range allowed {
				all = append(all, list...)
			}
			return nil, errorf(http.StatusBadRequest, "unknown parameter %q (known: %s)", name, strings.Join(all, ", "))
		}
		if len(v[name]) > 1 && name != "type" {
			return nil, errorf(http.StatusBadRequest, "parameter %q given %d times", name, len(v[name]))
		}
	}
	return v, nil
}

// eventFilter reads the filter parameters of v.
func eventFilter(v url.Values) (sitrep.EventFilter, error) {
	var f sitrep.EventFilter
	var err error
	if s := v.Get("from"); s != "" {
		if f.From, err = sitrep.ParseDate(s); err != nil {
			return f, errorf(http.StatusBadRequest, "from: %v", err)
		}
	}
	if s := v.Get("to"); s != "" {
		if f.To, err = sitrep.ParseDate(s); err != nil {
			return f, errorf(http.StatusBadRequest, "to: %v", err)
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, errorf(http.StatusBadRequest, "from %s is after to %s", f.From, f.To)
	}
	for _, t := range v["type"] {
		for _, p := range strings.Split(t, ",") {
			if p = strings.TrimSpace(p); p != "" {
				f.Types = append(f.Types, p)
			}
		}
	}
	f.Actor, f.Place, f.Text, f.Doc = v.Get("actor"), v.Get("place"), v.Get("text"), v.Get("doc")
	if s := v.Get("near"); s != "" {
		nums, err := floats(s, 2)
		if err != nil {
			return f, errorf(http.StatusBadRequest, "near %q: want LAT,LON", s)
		}
		if nums[0] < -90 || nums[0] > 90 || nums[1] < -180 || nums[1] > 180 {
			return f, errorf(http.StatusBadRequest, "near %q: coordinates out of range", s)
		}
		f.Near = &sitrep.Point{Lat: nums[0], Lon: nums[1]}
		f.WithinKM = 25
		if w := v.Get("within"); w != "" {
			km, err := strconv.ParseFloat(w, 64)
			if err != nil || !(km > 0) || km > 20100 {
				return f, errorf(http.StatusBadRequest, "within %q: want a distance in km above 0", w)
			}
			f.WithinKM = km
		}
	} else if v.Get("within") != "" {
		return f, errorf(http.StatusBadRequest, "within needs near")
	}
	if s := v.Get("bbox"); s != "" {
		nums, err := floats(s, 4)
		if err != nil {
			return f, errorf(http.StatusBadRequest, "bbox %q: want WEST,SOUTH,EAST,NORTH in degrees", s)
		}
		b := sitrep.BBox{West: nums[0], South: nums[1], East: nums[2], North: nums[3]}
		if err := b.Check(); err != nil {
			return f, errorf(http.StatusBadRequest, "%v", err)
		}
		f.BBox = &b
	}
	if s := v.Get("min_sources"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return f, errorf(http.StatusBadRequest, "min_sources %q: want a whole number from 1", s)
		}
		f.MinSources = n
	}
	return f, nil
}

// floats reads n comma-separated finite numbers.
func floats(s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("want %d numbers", n)
	}
	out := make([]float64, n)
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || x != x || x > 1e308 || x < -1e308 {
			return nil, fmt.Errorf("not a number: %q", p)
		}
		out[i] = x
	}
	return out, nil
}

// intParam reads a whole number parameter within [lo, hi], def when absent.
func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, errorf(http.StatusBadRequest, "%s %q: want a whole number from %d to %d", name, s, lo, hi)
	}
	return n, nil
}
