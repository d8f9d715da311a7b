package export

import (
	"fmt"
	"io"
	"testing"

	"github.com/sitrep/sitrep"
)

// benchEvents are n invented events, alternately full and sparse.
func benchEvents(n int) []sitrep.Event {
	out := make([]sitrep.Event, n)
	for i := range out {
		if i%2 == 0 {
			out[i] = fullEvent()
		} else {
			out[i] = nullEvent()
		}
		out[i].ID = fmt.Sprintf("e-%08x", i)
	}
	return out
}

func benchWriter(b *testing.B, write func(io.Writer, []sitrep.Event) error) {
	events := benchEvents(1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := write(io.Discard, events); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(events))/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkJSONL writes 1,000 events as JSON Lines.
func BenchmarkJSONL(b *testing.B) { benchWriter(b, JSONL) }

// BenchmarkCSV writes 1,000 events as ACLED CSV.
func BenchmarkCSV(b *testing.B) { benchWriter(b, CSV) }

// BenchmarkGeoJSON writes 1,000 events as GeoJSON.
func BenchmarkGeoJSON(b *testing.B) { benchWriter(b, GeoJSON) }

// BenchmarkTable writes 1,000 events as an 100-cell-wide table.
func BenchmarkTable(b *testing.B) {
	benchWriter(b, func(w io.Writer, e []sitrep.Event) error { return Table(w, e, 100) })
}
