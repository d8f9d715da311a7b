package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/sitrep/sitrep/store/sqlite"
)

// BenchmarkAPI measures the API's answers over HTTP on loopback, as a
// browser or script gets them (query, JSON encoding, transfer and reading
// the whole body), over the store SITREP_API_BENCH_DB names: such as the
// stores store/sqlite's BenchmarkBrowse leaves in the temporary folder
// (sitrep-browse-bench-1000000-g3.db for a million incidents, whose
// filter below is a year, a type and a 6° box). It reports the median and
// 99th percentile of the requests' latencies, and bytes per answer.
func BenchmarkAPI(b *testing.B) {
	path := os.Getenv("SITREP_API_BENCH_DB")
	if path == "" {
		b.Skip("SITREP_API_BENCH_DB is not set: no store to query")
	}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	srv, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	client := ts.Client()
	const filter = "from=2019-01-01&to=2019-12-31&type=Battles&bbox=40,33,46,39"
	for _, tc := range []struct{ name, path string }{
		{"events/filtered", "/api/events?limit=100&" + filter},
		{"events/all", "/api/events?limit=100"},
		{"aggregate-day/all", "/api/aggregate?by=day"},
		{"aggregate-day/filtered", "/api/aggregate?by=day&" + filter},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs() // the client's and the server's
			var took []time.Duration
			size := 0
			for b.Loop() {
				start := time.Now()
				resp, err := client.Get(ts.URL + tc.path)
				if err != nil {
					b.Fatal(err)
				}
				n, err := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				took = append(took, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				if resp.StatusCode != http.StatusOK {
					b.Fatal(fmt.Errorf("%s: %s", tc.path, resp.Status))
				}
				size = int(n)
			}
			slices.Sort(took)
			ms := func(q float64) float64 {
				return float64(took[min(len(took)-1, int(q*float64(len(took))))].Microseconds()) / 1000
			}
			b.ReportMetric(ms(0.5), "p50-ms")
			b.ReportMetric(ms(0.99), "p99-ms")
			b.ReportMetric(float64(size), "bytes")
		})
	}
}
