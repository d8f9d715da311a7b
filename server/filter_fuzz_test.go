package server

import (
	"net/url"
	"testing"
)

// FuzzEventFilter: any query string either gives a filter whose box and
// radius are sound or an error; it never panics.
func FuzzEventFilter(f *testing.F) {
	for _, s := range []string{"bbox=1,2,3,4", "near=36.3,43.1&within=25", "from=2017-01-01&to=2017-12-31&type=Battles,Riots",
		"bbox=170,-20,-170,-10", "min_sources=2", "bbox=NaN,1,2,3", "near=1e400,0", "within=5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		v, err := url.ParseQuery(q)
		if err != nil {
			return
		}
		ef, err := eventFilter(v)
		if err != nil {
			return
		}
		if ef.BBox != nil && ef.BBox.Check() != nil {
			t.Errorf("%q: accepted box %+v", q, *ef.BBox)
		}
		if ef.Near != nil && !(ef.WithinKM > 0) {
			t.Errorf("%q: radius %g", q, ef.WithinKM)
		}
		if ef.From != "" && ef.To != "" && ef.From > ef.To {
			t.Errorf("%q: from after to", q)
		}
	})
}
