package merge

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// stream makes synthetic event records as a merge sees them: incidents
// spread over six years and a few thousand places in a dozen countries,
// a fifth of them told again by one or two other outlets (so about a
// third of the records repeat an incident), one report in twelve with no
// incident date. Records come in publication order, as a feed brings them.
// Incident i is made from its own seed, so that its events can be made
// again from their ids: the stream stands for the store, where events wait
// on disk while merging holds only what it compares.
type stream struct {
	seed   uint64
	places []*sitrep.Location
	dates  map[int]sitrep.Date
	i      int
	queue  []*Record
}

var (
	benchSubs = []struct{ typ, sub string }{
		{"Battles", "Armed clash"}, {"Explosions/Remote violence", "Suicide bomb"},
		{"Explosions/Remote violence", "Air/drone strike"}, {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
		{"Violence against civilians", "Attack"}, {"Battles", "Government regains territory"},
	}
	benchActors = []string{"Northern Front", "River Brigade", "State forces of X", "Hill Movement", "unknown", "civilians"}
)

func newStream(seed uint64, places int) *stream {
	s := &stream{seed: seed, dates: map[int]sitrep.Date{}}
	rng := rand.New(rand.NewPCG(seed, seed))
	for p := range places {
		c := p % 12
		lat := 10 + float64(c)*3 + rng.Float64()*3
		lon := 20 + float64(c)*3 + rng.Float64()*3
		s.places = append(s.places, &sitrep.Location{Name: placeName(p) + " " + strconv.Itoa(p/1000), Country: fmt.Sprintf("C%d", c),
			Admin1: fmt.Sprintf("Province %d", p%97), Lat: &lat, Lon: &lon, Precision: 1 + p%2})
	}
	return s
}

// next returns the next record.
func (s *stream) next() *Record {
	for len(s.queue) == 0 {
		s.i++
		docs, events := s.incident(s.i)
		for k := range events {
			s.queue = append(s.queue, NewRecord(events[k].ID, docs[k], events[k]))
		}
	}
	r := s.queue[0]
	s.queue = s.queue[1:]
	return r
}

func (s *stream) date(day int) sitrep.Date {
	d, ok := s.dates[day]
	if !ok {
		d = sitrep.DateOf(dayTime(day))
		s.dates[day] = d
	}
	return d
}

// incident makes the reports of incident i and their records: its first
// telling, and sometimes others.
func (s *stream) incident(i int) ([]*sitrep.Document, []*sitrep.Event) {
	rng := rand.New(rand.NewPCG(s.seed, uint64(i)))
	day := 16000 + i*2190/1_000_000%2190 + rng.IntN(3) // six years, in order
	loc := s.places[rng.IntN(len(s.places))]
	k := rng.IntN(len(benchSubs))
	killed := 0
	if rng.IntN(3) > 0 {
		killed = 1 + rng.IntN(40)
	}
	a1 := benchActors[rng.IntN(len(benchActors))]
	tellings := 1
	if rng.IntN(5) == 0 {
		tellings += 1 + rng.IntN(2)
	}
	var docs []*sitrep.Document
	var events []*sitrep.Event
	for t := range tellings {
		id := "e" + strconv.Itoa(i) + "-" + strconv.Itoa(t)
		doc := &sitrep.Document{ID: "d" + strconv.Itoa(i) + "-" + strconv.Itoa(t), Published: s.date(day + t)}
		e := &sitrep.Event{Record: "event", ID: id, Doc: doc.ID, Date: s.date(day), DatePrecision: sitrep.PrecisionDay,
			EventType: benchSubs[k].typ, SubEventType: benchSubs[k].sub, Actor1: a1, Actor2: "civilians", Location: loc}
		if rng.IntN(12) == 0 {
			e.Date, e.DatePrecision = "", ""
		}
		if killed > 0 {
			n := killed
			if t > 0 && rng.IntN(2) == 0 {
				n += rng.IntN(4)
			}
			e.Killed = sitrep.Exact(n)
		}
		docs, events = append(docs, doc), append(events, e)
	}
	return docs, events
}

// event makes again the event of a record the stream made.
func (s *stream) event(key string) *sitrep.Event {
	i, t, _ := strings.Cut(strings.TrimPrefix(key, "e"), "-")
	n, _ := strconv.Atoi(i)
	k, _ := strconv.Atoi(t)
	_, events := s.incident(n)
	return events[k]
}

// BenchmarkMerge merges a stream of synthetic records in batches of 500,
// as a store does on ingest: file each batch, gather its component, group
// it and build the events of the incidents that changed (their records'
// events made again, as a store reads them back). It reports records
// merged per second, the peak heap (sampled every 20,000 records), the
// share of records merged with another, the share of pairs of records of
// one synthetic incident that were merged, and the share of merged pairs
// that join two incidents (different incidents of one kind at one place on
// one day are told apart by nothing in these records). The larger size takes
// about 35 s of CPU and 750 MB of heap, ten times the smaller (README):
//
//	go test ./merge -run - -bench Merge -benchtime 1x -timeout 30m
func BenchmarkMerge(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var peak uint64
			var merged, truePairs, found, falsePairs int
			for b.Loop() {
				peak, merged = 0, 0
				s := newStream(1, 3000)
				x := NewIndex()
				var ms runtime.MemStats
				var all []*Record
				batch := make([]*Record, 0, 500)
				for i := 0; i < n; i++ {
					batch = append(batch, s.next())
					if len(batch) < cap(batch) && i < n-1 {
						continue
					}
					comp, edges, err := Component(x.AddBatch(batch), x, 0)
					if err != nil {
						b.Fatal(err)
					}
					groups := Group(comp, edges, nil)
					x.Assign(groups)
					for _, g := range groups {
						if len(g) > 1 {
							for _, r := range g {
								if r.Event == nil {
									r.Event = s.event(r.Key)
								}
							}
							_ = Incident(g)
						}
						for _, r := range g {
							r.Event = nil // back to the store
						}
					}
					all = append(all, batch...)
					batch = batch[:0]
					if i%20_000 < 500 {
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapInuse)
					}
				}
				// the shares below score the result; they are no part of
				// merging, and are left out of its time
				b.StopTimer()
				truePairs, found, falsePairs = 0, 0, 0
				incident := func(r *Record) string { i, _, _ := strings.Cut(r.Key, "-"); return i }
				byIncident := map[string]int{}
				for _, r := range all {
					byIncident[incident(r)]++
					if r.idx == nil || len(r.idx.group) < 2 || r.idx.group[0] != r {
						continue
					}
					g := r.idx.group
					merged += len(g)
					for i := range g {
						for j := i + 1; j < len(g); j++ {
							if incident(g[i]) == incident(g[j]) {
								found++
							} else {
								falsePairs++
							}
						}
					}
				}
				for _, n := range byIncident {
					truePairs += n * (n - 1) / 2
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(merged)/float64(n), "merged-share")
			b.ReportMetric(float64(found)/float64(truePairs), "pair-recall")
			b.ReportMetric(float64(falsePairs)/float64(found+falsePairs), "false-pair-share")
		})
	}
}

var benchSizes = []int{100_000, 1_000_000}
