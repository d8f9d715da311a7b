package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/sitrep/sitrep"
)

// benchEntry is the i-th invented document with three events, about the
// size of a typical news report.
func benchEntry(i int) Entry {
	id := fmt.Sprintf("bench-%07d", i)
	text := fmt.Sprintf("Invented report %d. A car bomb tore through the vegetable market on Wednesday, killing at least seven shoppers. "+
		"Security forces later clashed with gunmen near the river crossing, and two mortar rounds hit the stadium.", i)
	d := newDoc(id, text)
	evs := make([]sitrep.Event, 3)
	for k := range evs {
		e := fullEvent(id)
		e.ID = fmt.Sprintf("e-%s-%d", id, k)
		lat, lon := 33+float64(i%400)/100, 42+float64((i/400)%300)/100
		e.Location.Lat, e.Location.Lon = &lat, &lon
		evs[k] = e
	}
	return Entry{Doc: d, Events: evs}
}

// BenchmarkAddDocument stores one document with three events per
// transaction, as `sitrep ingest` does document by document.
func BenchmarkAddDocument(b *testing.B) {
	ctx := context.Background()
	s := openTemp(b)
	entries := make([]Entry, b.N)
	for i := range entries {
		entries[i] = benchEntry(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e := entries[i]
		if _, _, err := s.AddDocument(ctx, e.Doc, e.Events, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkAddDocuments stores documents in batches of 100 per transaction.
func BenchmarkAddDocuments(b *testing.B) {
	ctx := context.Background()
	s := openTemp(b)
	const batch = 100
	entries := make([]Entry, b.N)
	for i := range entries {
		entries[i] = benchEntry(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += batch {
		end := min(i+batch, b.N)
		if _, err := s.AddDocuments(ctx, entries[i:end]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// fillStore stores n documents (3n events spread over a 4°×3° area).
func fillStore(b *testing.B, s *Store, n int) {
	b.Helper()
	entries := make([]Entry, n)
	for i := range entries {
		entries[i] = benchEntry(i)
	}
	for i := 0; i < n; i += 500 {
		if _, err := s.AddDocuments(context.Background(), entries[i:min(i+500, n)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEventsNear finds the events within 25 km of a point among
// 30,000 events.
func BenchmarkEventsNear(b *testing.B) {
	ctx := context.Background()
	s := openTemp(b)
	fillStore(b, s, 10000)
	f := sitrep.EventFilter{Near: &sitrep.Point{Lat: 34.5, Lon: 42.1}, WithinKM: 25}
	b.ReportAllocs()
	b.ResetTimer()
	var got []sitrep.Event
	for i := 0; i < b.N; i++ {
		var err error
		if got, err = s.Events(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(got)), "events/op")
}

// BenchmarkEventsText runs a full-text query among 30,000 events, keeping
// the newest 100.
func BenchmarkEventsText(b *testing.B) {
	ctx := context.Background()
	s := openTemp(b)
	fillStore(b, s, 10000)
	f := sitrep.EventFilter{Text: "vegetable market", Limit: 100}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Events(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAddPlaces imports a 5,000-place gazetteer.
func BenchmarkAddPlaces(b *testing.B) {
	ctx := context.Background()
	s := openTemp(b)
	places := makePlaces(5000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.AddPlaces(ctx, "bench", places); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlaces reads a 5,000-place gazetteer back, as every command
// that geocodes does at start-up.
func BenchmarkPlaces(b *testing.B) {
	ctx := context.Background()
	s := openTemp(b)
	if _, err := s.AddPlaces(ctx, "bench", makePlaces(5000)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Places(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen opens an existing store, as every command does.
func BenchmarkOpen(b *testing.B) {
	ctx := context.Background()
	s := openTemp(b)
	path := s.Path()
	s.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
