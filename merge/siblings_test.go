package merge

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
)

// A made-up province whose villages a gazetteer knows only as the
// province (precision 3, at its point): two reports of one night of raids
// there, one dated by its dateline, the other with a dateline without a
// year (undated).
const lakaLat, lakaLon = -11.50, 39.90

// raid is a killing by unidentified militants in a village of Laka
// province ("" date: undated, in a report without a date). within names
// the district the report puts the village in, or "".
func raid(key, doc, date, village, within string, killed int) *Record {
	x := r{key: key, doc: doc, pub: date, date: date, place: village, within: within, admin1: "Laka",
		lat: lakaLat, lon: lakaLon, geo: 3, sub: "Attack", a1: "militants (unidentified)", a2: "civilians"}
	if killed > 0 {
		x.killed = sitrep.Exact(killed)
	}
	return x.rec()
}

// push is a government push at a town, with or without a toll.
func push(key, doc, date string, killed int) *Record {
	x := r{key: key, doc: doc, pub: date, date: date, place: "Port Ardan", lat: ardanLat, lon: ardanLon, geo: 1,
		sub: "Armed clash", a1: "Iraqi Security Forces", a2: "Islamic State"}
	if killed > 0 {
		x.killed = sitrep.Exact(killed)
	}
	return x.rec()
}

// The anchor both reports tell alike: 4 killed at Kessa, a distinctive
// toll at one place (a candidate on its own, whatever the dates).
func kessaA() *Record { return raid("a-kessa", "dated", "2024-08-27", "Kessa", "", 4) }
func kessaB() *Record { return raid("b-kessa", "undated", "", "Kessa", "", 4) }

func TestSiblingSupport(t *testing.T) {
	for _, tc := range []struct {
		name string
		recs []*Record
		want string
	}{
		{"a_small_toll_joins_through_an_incident_both_reports_share", []*Record{
			kessaA(), raid("a-lomo", "dated", "2024-08-27", "Lomo", "", 1),
			kessaB(), raid("b-lomo", "undated", "", "Lomo", "", 1),
		}, "a-kessa+b-kessa a-lomo+b-lomo"},
		{"a_village_and_its_district_join_through_an_incident_both_reports_share", []*Record{
			kessaA(), raid("a-machi", "dated", "2024-08-23", "Machi", "Nango", 2),
			kessaB(), raid("b-nango", "undated", "", "Nango", "", 2),
		}, "a-machi+b-nango a-kessa+b-kessa"},
		{"without_a_shared_incident_a_small_toll_stays_apart", []*Record{
			raid("a-lomo", "dated", "2024-08-27", "Lomo", "", 1),
			raid("b-lomo", "undated", "", "Lomo", "", 1),
		}, "a-lomo b-lomo"},
		{"a_pair_is_no_support_for_itself", []*Record{
			kessaA(), raid("a-lomo", "dated", "2024-08-27", "Lomo", "", 1),
			raid("b-lomo", "undated", "", "Lomo", "", 1),
		}, "a-kessa a-lomo b-lomo"},
		{"two_villages_of_one_province_the_same_day_stay_apart", []*Record{
			kessaA(), raid("a-lomo", "dated", "2024-08-27", "Lomo", "", 2),
			kessaB(), raid("b-peto", "undated", "", "Peto", "", 2),
		}, "a-kessa+b-kessa a-lomo b-peto"},
		{"tolls_merely_close_stay_apart", []*Record{
			kessaA(), raid("a-lomo", "dated", "2024-08-27", "Lomo", "", 2),
			kessaB(), raid("b-lomo", "undated", "", "Lomo", "", 3),
		}, "a-kessa+b-kessa a-lomo b-lomo"},
		{"a_place_and_sides_without_a_toll_stay_apart", []*Record{
			// two phases of one offensive: the push told with a toll by
			// one report, without by the other
			push("a-push", "dated", "2024-08-27", 6), push("a-later", "dated", "2024-08-27", 0),
			push("b-push", "undated", "", 6), push("b-later", "undated", "", 5),
		}, "a-later a-push+b-push b-later"},
		{"another_kind_of_incident_stays_apart", []*Record{
			kessaA(), raid("a-lomo", "dated", "2024-08-27", "Lomo", "", 1),
			kessaB(), func() *Record {
				x := r{key: "b-lomo", doc: "undated", place: "Lomo", admin1: "Laka", lat: lakaLat, lon: lakaLon, geo: 3,
					sub: "Armed clash", a1: "militants (unidentified)", killed: sitrep.Exact(1)}
				return x.rec()
			}(),
		}, "a-kessa+b-kessa a-lomo b-lomo"},
		{"the_ambiguous_stays_apart_a_report_with_two_fits", []*Record{
			// the undated report's second village fits two of the dated
			// report's records equally: it joins neither
			kessaA(), raid("a-lomo", "dated", "2024-08-27", "Lomo", "", 1),
			raid("a-lomo2", "dated", "2024-08-26", "Lomo", "", 1),
			kessaB(), raid("b-lomo", "undated", "", "Lomo", "", 1),
		}, "a-lomo2 a-kessa+b-kessa a-lomo b-lomo"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(groupAll(t, tc.recs, nil)); got != tc.want {
				t.Errorf("groups %s, want %s", got, tc.want)
			}
		})
	}
}

// TestSiblingSupportDoesNotDependOnArrival merges reports one at a time,
// in every order, as a store ingests them, and demands the groups of one
// batch: support found when the second report comes must be found
// whichever of the two comes second.
func TestSiblingSupportDoesNotDependOnArrival(t *testing.T) {
	docs := [][]func() *Record{
		{kessaA, func() *Record { return raid("a-lomo", "dated", "2024-08-27", "Lomo", "", 1) },
			func() *Record { return raid("a-machi", "dated", "2024-08-23", "Machi", "Nango", 2) }},
		{kessaB, func() *Record { return raid("b-lomo", "undated", "", "Lomo", "", 1) },
			func() *Record { return raid("b-nango", "undated", "", "Nango", "", 2) }},
		{func() *Record { return raid("c-peto", "other", "2024-08-20", "Peto", "", 1) }},
		{func() *Record { return raid("d-kessa", "late", "2024-09-02", "Kessa", "", 6) },
			func() *Record { return raid("d-lomo", "late", "2024-09-02", "Lomo", "", 1) }},
	}
	fresh := func(order []int) [][]*Record {
		out := make([][]*Record, len(order))
		for i, d := range order {
			for _, mk := range docs[d] {
				out[i] = append(out[i], mk())
			}
		}
		return out
	}
	var all []*Record
	for _, d := range fresh([]int{0, 1, 2, 3}) {
		all = append(all, d...)
	}
	want := show(groupAll(t, all, nil))
	if want != "c-peto a-machi+b-nango a-kessa+b-kessa a-lomo+b-lomo d-kessa d-lomo" {
		t.Fatalf("one batch gives %s", want)
	}
	for _, order := range permutations(len(docs)) {
		if got := groupInBatches(t, fresh(order)); got != want {
			t.Errorf("reports in order %v: %s, want %s", order, got, want)
		}
	}
}

// groupInBatches merges batches one after the other, as a store does,
// and shows the groups the records end in.
func groupInBatches(t *testing.T, batches [][]*Record) string {
	t.Helper()
	x := NewIndex()
	groupOf := map[string]string{}
	var recs []*Record
	for _, batch := range batches {
		recs = append(recs, batch...)
		comp, edges, err := Component(x.AddBatch(batch), x, 0)
		if err != nil {
			t.Fatal(err)
		}
		groups := Group(comp, edges, nil)
		assignGroups(x, groups, groupOf)
	}
	groups := groupsByKey(recs, groupOf)
	return show(groups)
}

// permutations lists every order of 0..n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := slices.Insert(slices.Clone(p), i, n-1)
			out = append(out, q)
		}
	}
	return out
}

// TestSiblingSupportAcrossBatches merges two reports' records in batches
// that cut each report in two, the small tolls first: when the shared
// incident comes, the small tolls' pair must be weighed again.
func TestSiblingSupportAcrossBatches(t *testing.T) {
	lomoA, lomoB := raid("a-lomo", "dated", "2024-08-27", "Lomo", "", 1), raid("b-lomo", "undated", "", "Lomo", "", 1)
	kessaA, kessaB := kessaA(), kessaB()
	x := NewIndex()
	groupOf := map[string]string{}
	for _, batch := range [][]*Record{{lomoA, lomoB}, {kessaA}, {kessaB}} {
		comp, edges, err := Component(x.AddBatch(batch), x, 0)
		if err != nil {
			t.Fatal(err)
		}
		groups := Group(comp, edges, nil)
		assignGroups(x, groups, groupOf)
	}
	if groupOf["a-lomo"] != groupOf["b-lomo"] || groupOf["a-kessa"] != groupOf["b-kessa"] {
		t.Errorf("groups %v, want Lomo's two records together and Kessa's", groupOf)
	}
}

// raidNights makes nights of raids on villages of a few provinces the
// gazetteer knows only as the province: each night a few villages, each
// with a small toll; an outlet tells each night, and half the time a
// second outlet tells it again, half of those with a dateline without a
// year (undated). Villages come from a small list per province, so the
// same village is raided on other nights, often with the same toll. It
// returns the records and, for each key, the village raid it tells.
func raidNights(rng *rand.Rand, nights int) ([]*Record, map[string]string) {
	var villages []string
	for i := range 40 {
		villages = append(villages, placeName(i*7+3))
	}
	var recs []*Record
	truth := map[string]string{}
	raided := map[[2]int]bool{}
	for n := range nights {
		prov := rng.IntN(12)
		day := 19950 + rng.IntN(365)
		date := string(sitrep.DateOf(dayTime(day)))
		k := 2 + rng.IntN(3)
		var picked []int
		for _, v := range rng.Perm(len(villages)) {
			// a village raided once a day at most: two raids on it the
			// same day are one incident to any reader
			if len(picked) < k && !raided[[2]int{prov*1000 + v, day}] {
				raided[[2]int{prov*1000 + v, day}] = true
				picked = append(picked, v)
			}
		}
		tolls := make([]int, k)
		for i := range tolls {
			tolls[i] = 1 + rng.IntN(5)
		}
		tellings := 1 + rng.IntN(2)
		for t := range tellings {
			doc := fmt.Sprintf("night%d-outlet%d", n, t)
			d := date
			if t > 0 && rng.IntN(2) == 0 {
				d = ""
			}
			for i, v := range picked {
				if t > 0 && rng.IntN(4) == 0 {
					continue // the second outlet leaves a village out
				}
				key := fmt.Sprintf("n%d-t%d-%s", n, t, villages[v])
				x := r{key: key, doc: doc, pub: d, date: d, place: villages[v], admin1: fmt.Sprintf("Province %d", prov),
					lat: lakaLat + 4*float64(prov), lon: lakaLon, geo: 3, sub: "Attack",
					a1: "militants (unidentified)", a2: "civilians", killed: sitrep.Exact(tolls[i])}
				recs = append(recs, x.rec())
				truth[key] = fmt.Sprintf("n%d-%s", n, villages[v])
			}
		}
	}
	return recs, truth
}

// TestSiblingSupportAddsNoFalsePair merges a few hundred nights of raids
// with and without sibling support: with it, more of the pairs of
// records of one raid are merged, and no pair of records of two raids
// more (the rules alone merge some: a village the next day with the same
// toll, two villages of one province the same day with the same toll).
func TestSiblingSupportAddsNoFalsePair(t *testing.T) {
	count := func() (truePairs, falsePairs int) {
		recs, truth := raidNights(rand.New(rand.NewPCG(5, 6)), 400)
		for _, g := range groupAll(t, recs, nil) {
			for i := range g {
				for j := i + 1; j < len(g); j++ {
					if truth[g[i].Key] == truth[g[j].Key] {
						truePairs++
					} else {
						falsePairs++
					}
				}
			}
		}
		return truePairs, falsePairs
	}
	tw, fw := count()
	siblingSupport = false
	defer func() { siblingSupport = true }()
	to, fo := count()
	t.Logf("pairs of one raid merged: %d with sibling support, %d without; of two raids: %d, %d", tw, to, fw, fo)
	if tw <= to {
		t.Errorf("sibling support merges %d pairs of one raid, %d without: it should merge more", tw, to)
	}
	if fw > fo {
		t.Errorf("sibling support merges %d pairs of two raids, %d without", fw, fo)
	}
}

// TestRaidNightsDoNotDependOnArrival merges the nights of raids one report
// at a time, in shuffled orders, and demands the groups of one batch.
func TestRaidNightsDoNotDependOnArrival(t *testing.T) {
	recs, _ := raidNights(rand.New(rand.NewPCG(5, 6)), 400)
	want := show(groupAll(t, recs, nil))
	for seed := range uint64(3) {
		recs, _ := raidNights(rand.New(rand.NewPCG(5, 6)), 400)
		byDoc := map[string][]*Record{}
		var docs []string
		for _, r := range recs {
			if byDoc[r.Doc] == nil {
				docs = append(docs, r.Doc)
			}
			byDoc[r.Doc] = append(byDoc[r.Doc], r)
		}
		rand.New(rand.NewPCG(seed, 1)).Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		var batches [][]*Record
		for _, d := range docs {
			batches = append(batches, byDoc[d])
		}
		if got := groupInBatches(t, batches); got != want {
			t.Errorf("reports in shuffled order %d give other groups", seed)
		}
	}
}

// siteBlast is the Qasr mosque of Port Ardan blown up by a side, with no
// figure ("" date: undated, in a report without a date); within "" names
// the mosque with no town to put it in.
func siteBlast(key, doc, date, site, within, by string, killed int) *Record {
	x := r{key: key, doc: doc, pub: date, date: date, place: site, within: within, lat: ardanLat, lon: ardanLon, geo: 2,
		sub: "Remote explosive/landmine/IED", a1: by}
	if within == "" {
		x.geo = 1
	}
	if killed > 0 {
		x.killed = sitrep.Exact(killed)
	}
	return x.rec()
}

// TestSiblingSupportOfAFigurelessSiteAct: two reports that already tell
// one incident alike (the push at Port Ardan with six killed) link their
// records of one act at one site named below the town ("the Qasr mosque"
// of Port Ardan), by the same side, though neither gives a figure; a
// figure on one side only, a town rather than a site, another or no side
// named, or reports with nothing else in common, keep the pair apart.
func TestSiblingSupportOfAFigurelessSiteAct(t *testing.T) {
	anchor := func() []*Record {
		return []*Record{push("a-push", "dated", "2024-08-27", 6), push("b-push", "undated", "", 6)}
	}
	for _, tc := range []struct {
		name string
		recs []*Record
		want string
	}{
		{"the_same_side_blew_up_the_same_mosque", append(anchor(),
			siteBlast("a-qasr", "dated", "2024-08-20", "Qasr Mosque", "Port Ardan", "Islamic State", 0),
			siteBlast("b-qasr", "undated", "", "Qasr Mosque", "Port Ardan", "Islamic State", 0)),
			"a-qasr+b-qasr a-push+b-push"},
		{"one_report_placing_the_mosque_in_its_town_is_enough", append(anchor(),
			siteBlast("a-qasr", "dated", "2024-08-20", "Qasr Mosque", "Port Ardan", "Islamic State", 0),
			siteBlast("b-qasr", "undated", "", "Qasr Mosque", "", "Islamic State", 0)),
			"a-qasr+b-qasr a-push+b-push"},
		// negatives
		{"without_an_incident_both_reports_share", []*Record{
			siteBlast("a-qasr", "dated", "2024-08-20", "Qasr Mosque", "Port Ardan", "Islamic State", 0),
			siteBlast("b-qasr", "undated", "", "Qasr Mosque", "Port Ardan", "Islamic State", 0)},
			"a-qasr b-qasr"},
		{"a_town_is_no_site", append(anchor(),
			siteBlast("a-town", "dated", "2024-08-20", "Port Ardan", "", "Islamic State", 0),
			siteBlast("b-town", "undated", "", "Port Ardan", "", "Islamic State", 0)),
			"a-town a-push+b-push b-town"},
		{"no_side_named", append(anchor(),
			siteBlast("a-qasr", "dated", "2024-08-20", "Qasr Mosque", "Port Ardan", "unknown", 0),
			siteBlast("b-qasr", "undated", "", "Qasr Mosque", "Port Ardan", "unknown", 0)),
			"a-qasr a-push+b-push b-qasr"},
		{"a_figure_on_one_side_only", append(anchor(),
			siteBlast("a-qasr", "dated", "2024-08-20", "Qasr Mosque", "Port Ardan", "Islamic State", 0),
			siteBlast("b-qasr", "undated", "", "Qasr Mosque", "Port Ardan", "Islamic State", 4)),
			"a-qasr a-push+b-push b-qasr"},
		{"another_mosque", append(anchor(),
			siteBlast("a-qasr", "dated", "2024-08-20", "Qasr Mosque", "Port Ardan", "Islamic State", 0),
			siteBlast("b-nabi", "undated", "", "Nabi Yunus Shrine", "Port Ardan", "Islamic State", 0)),
			"a-qasr a-push+b-push b-nabi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(groupAll(t, tc.recs, nil)); got != tc.want {
				t.Errorf("groups %s, want %s", got, tc.want)
			}
		})
	}
}
