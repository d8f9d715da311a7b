package merge

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// groupAll files records in an index, gathers the component of all of
// them and groups it, as a store does for a batch.
func groupAll(t *testing.T, recs []*Record, decisions []Decision) [][]*Record {
	t.Helper()
	x := NewIndex()
	for _, r := range recs {
		x.Add(r)
	}
	for _, d := range decisions {
		if d.Together {
			x.Link(find(t, recs, d.A), find(t, recs, d.B))
		}
	}
	comp, edges, err := Component(recs, x, 0)
	if err != nil {
		t.Fatal(err)
	}
	return Group(comp, edges, decisions)
}

func find(t *testing.T, recs []*Record, key string) *Record {
	for _, r := range recs {
		if r.Key == key {
			return r
		}
	}
	t.Fatalf("no record %s", key)
	return nil
}

// assignGroups stores a batch's groups in the index, as the store does,
// and notes the key of each record's group.
func assignGroups(x *Index, groups [][]*Record, groupOf map[string]string) {
	x.Assign(groups)
	for _, g := range groups {
		for _, r := range g {
			groupOf[r.Key] = g[0].Key
		}
	}
}

// groupsByKey gathers records by the key of the group each was put in,
// each group and the groups in record order: what a run of batches
// grouped, to compare with one batch's groups.
func groupsByKey(recs []*Record, groupOf map[string]string) [][]*Record {
	members := map[string][]*Record{}
	for _, r := range recs {
		members[groupOf[r.Key]] = append(members[groupOf[r.Key]], r)
	}
	var groups [][]*Record
	for _, g := range members {
		slices.SortFunc(g, First)
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b []*Record) int { return First(a[0], b[0]) })
	return groups
}

// show writes groups as "a+b c" (keys in group order).
func show(groups [][]*Record) string {
	var parts []string
	for _, g := range groups {
		var keys []string
		for _, r := range g {
			keys = append(keys, r.Key)
		}
		parts = append(parts, strings.Join(keys, "+"))
	}
	return strings.Join(parts, " ")
}

// ardanDay is a bombing at Port Ardan on a day ("": undated, in a report
// without a date), told by one report.
func ardanDay(key, doc, date string, killed int) *Record {
	return r{key: key, doc: doc, pub: date, date: date, place: "Port Ardan", lat: ardanLat, lon: ardanLon, geo: 1,
		sub: "Suicide bomb", a1: "Northern Front", a2: "civilians", killed: sitrep.Exact(killed)}.rec()
}

// ardanTaken is Port Ardan retaken from Islamic State by a side on a day
// ("": undated, in a report without a date).
func ardanTaken(key, doc, date, by string) *Record {
	return r{key: key, doc: doc, pub: date, date: date, place: "Port Ardan", lat: ardanLat, lon: ardanLon, geo: 1,
		sub: "Government regains territory", a1: by, a2: "Islamic State"}.rec()
}

// ardanDayOn is a bombing at Port Ardan in a report without a date that
// gives only the words of its day ("on March 4").
func ardanDayOn(key, doc, when string, killed int) *Record {
	return r{key: key, doc: doc, when: when, place: "Port Ardan", lat: ardanLat, lon: ardanLon, geo: 1,
		sub: "Suicide bomb", a1: "Northern Front", a2: "civilians", killed: sitrep.Exact(killed)}.rec()
}

// ardanTakenOn is Port Ardan retaken in a report without a date that
// gives only the words of its day ("on Monday").
func ardanTakenOn(key, doc, when, by string) *Record {
	return r{key: key, doc: doc, when: when, place: "Port Ardan", lat: ardanLat, lon: ardanLon, geo: 1,
		sub: "Government regains territory", a1: by, a2: "Islamic State"}.rec()
}

// landmarkTaken is a landmark of Port Ardan (within "": named without its
// town), found only as the town, retaken from Islamic State by a side in
// a report without a date that gives only its weekday.
func landmarkTaken(key, doc, name, within, when, by string) *Record {
	return r{key: key, doc: doc, when: when, place: name, within: within, lat: ardanLat, lon: ardanLon, geo: 2,
		sub: "Government regains territory", a1: by, a2: "Islamic State"}.rec()
}

func TestGroup(t *testing.T) {
	for _, tc := range []struct {
		name      string
		recs      []*Record
		decisions []Decision
		want      string
	}{
		{"three_outlets_one_bombing_and_another_two_days_later", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("b1", "outlet-b", "2024-03-04", 14),
			ardanDay("c1", "outlet-c", "2024-03-04", 12),
			ardanDay("c2", "outlet-c", "2024-03-06", 5),
		}, nil, "a1+b1+c1 c2"},
		{"two_records_of_one_report_stay_apart_even_through_a_third", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("a2", "outlet-a", "2024-03-04", 3),
			ardanDay("b1", "outlet-b", "2024-03-04", 12),
		}, nil, "a1+b1 a2"},
		{"wire_copies_merge_with_their_original", []*Record{
			ardanDay("w1", "wire", "2024-03-04", 12),
			func() *Record {
				x := r{key: "cp1", doc: "copy", copyOf: "wire", pub: "2024-03-05", date: "2024-03-04", place: "Port Ardan", lat: ardanLat, lon: ardanLon, geo: 1,
					sub: "Suicide bomb", a1: "Northern Front", killed: sitrep.Exact(12)}
				return x.rec()
			}(),
		}, nil, "w1+cp1"},
		{"an_undated_report_that_fits_two_incidents_joins_neither", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("b1", "outlet-b", "2024-03-09", 12),
			ardanDay("u1", "undated", "", 12),
		}, nil, "a1 b1 u1"},
		{"an_undated_report_with_one_fit_joins_it", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("b1", "outlet-b", "2024-03-09", 4),
			ardanDay("u1", "undated", "", 12),
		}, nil, "a1+u1 b1"},
		{"a_record_that_fits_one_member_but_not_the_rest_stays_out", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("b1", "outlet-b", "2024-03-04", 12),
			// a week-long date overlaps both, the toll fits neither well
			r{key: "c1", doc: "outlet-c", pub: "2024-03-05", date: "2024-03-05", place: "Senna", lat: sennaLat, lon: sennaLon, geo: 2,
				sub: "Armed clash", a1: "Northern Front", killed: sitrep.Exact(40)}.rec(),
		}, nil, "a1+b1 c1"},
		{"an_undated_capture_joins_the_one_dated_capture_of_its_town", []*Record{
			ardanTaken("a1", "outlet-a", "2024-03-04", "Counter-Terrorism Service"),
			ardanTaken("u1", "undated", "", "Iraqi Security Forces"),
		}, nil, "a1+u1"},
		{"an_undated_capture_between_two_captures_of_its_town_joins_neither", []*Record{
			ardanTaken("a1", "outlet-a", "2024-03-04", "Iraqi Security Forces"),
			ardanTaken("b1", "outlet-b", "2024-09-20", "Iraqi Security Forces"),
			ardanTaken("u1", "undated", "", "Iraqi Security Forces"),
		}, nil, "a1 b1 u1"},
		{"an_undated_capture_on_a_weekday_joins_the_capture_on_that_weekday", []*Record{
			ardanTaken("a1", "outlet-a", "2024-03-04", "Iraqi Security Forces"), // a Monday
			ardanTaken("b1", "outlet-b", "2024-09-20", "Iraqi Security Forces"), // a Friday
			ardanTakenOn("u1", "undated", "on Monday", "Iraqi Security Forces"),
		}, nil, "a1+u1 b1"},
		{"an_undated_capture_on_another_weekday_joins_no_capture", []*Record{
			ardanTaken("a1", "outlet-a", "2024-03-04", "Iraqi Security Forces"), // a Monday
			ardanTakenOn("u1", "undated", "on Tuesday", "Iraqi Security Forces"),
		}, nil, "a1 u1"},
		{"two_undated_reports_of_two_weekdays_are_two_incidents", []*Record{
			ardanTaken("a1", "outlet-a", "2024-03-04", "Iraqi Security Forces"), // a Monday
			ardanTakenOn("u1", "undated-1", "late on Sunday", "Iraqi Security Forces"),
			ardanTakenOn("u2", "undated-2", "on Monday", "Iraqi Security Forces"),
		}, nil, "a1+u2 u1"},
		{"an_undated_report_with_a_month_and_day_joins_the_incident_of_that_day", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("b1", "outlet-b", "2024-03-09", 12),
			ardanDayOn("u1", "undated", "on March 4", 12),
		}, nil, "a1+u1 b1"},
		{"an_undated_report_with_another_month_and_day_joins_nothing", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDayOn("u1", "undated", "on March 6", 12),
		}, nil, "a1 u1"},
		{"an_undated_capture_of_a_landmark_joins_another_report_of_it_on_that_weekday", []*Record{
			landmarkTaken("a1", "undated-a", "Old Mosque", "Port Ardan", "on Thursday", "Iraqi Security Forces"),
			landmarkTaken("b1", "undated-b", "Old Mosque", "", "on Thursday", "Counter-Terrorism Service"),
		}, nil, "a1+b1"},
		{"a_town_and_its_landmark_taken_on_one_weekday_join", []*Record{
			landmarkTaken("a1", "undated-a", "Old Mosque", "Port Ardan", "on Thursday", "Iraqi Security Forces"),
			landmarkTaken("b1", "undated-b", "Old Mosque", "", "on Thursday", "Counter-Terrorism Service"),
			landmarkTaken("c1", "undated-c", "Port Ardan", "", "on Thursday", "Iraqi Security Forces"),
		}, nil, "a1+b1+c1"},
		{"two_landmarks_of_one_town_taken_on_one_weekday_stay_apart", []*Record{
			landmarkTaken("a1", "undated-a", "Old Mosque", "Port Ardan", "on Thursday", "Iraqi Security Forces"),
			landmarkTaken("b1", "undated-b", "Grain Silo", "Port Ardan", "on Thursday", "Iraqi Security Forces"),
		}, nil, "a1 b1"},
		{"a_town_taken_on_the_weekday_two_of_its_landmarks_were_joins_neither", []*Record{
			landmarkTaken("a1", "undated-a", "Old Mosque", "Port Ardan", "on Thursday", "Iraqi Security Forces"),
			landmarkTaken("b1", "undated-b", "Grain Silo", "Port Ardan", "on Thursday", "Iraqi Security Forces"),
			landmarkTaken("c1", "undated-c", "Port Ardan", "", "on Thursday", "Iraqi Security Forces"),
		}, nil, "a1 b1 c1"},
		{"a_landmark_taken_on_another_weekday_stays_apart", []*Record{
			landmarkTaken("a1", "undated-a", "Old Mosque", "Port Ardan", "on Thursday", "Iraqi Security Forces"),
			landmarkTaken("b1", "undated-b", "Old Mosque", "", "on Friday", "Iraqi Security Forces"),
		}, nil, "a1 b1"},
		{"a_landmark_taken_by_another_side_on_that_weekday_stays_apart", []*Record{
			landmarkTaken("a1", "undated-a", "Old Mosque", "Port Ardan", "on Thursday", "Iraqi Security Forces"),
			landmarkTaken("b1", "undated-b", "Old Mosque", "", "on Thursday", "Peshmerga"),
		}, nil, "a1 b1"},
		{"killings_in_two_villages_of_one_province_the_same_day_stay_apart", []*Record{
			raid("a1", "outlet-a", "2024-08-27", "Lomo", "", 1),
			raid("b1", "outlet-b", "2024-08-27", "Peto", "", 3),
		}, nil, "a1 b1"},
		{"a_killing_in_a_village_of_a_province_told_twice_joins", []*Record{
			raid("a1", "outlet-a", "2024-08-27", "Lomo", "", 1),
			raid("b1", "outlet-b", "2024-08-27", "Lomo", "", 1),
		}, nil, "a1+b1"},
		{"a_together_decision_joins_what_the_rules_keep_apart", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("b1", "outlet-b", "2024-03-07", 12),
		}, []Decision{{A: "a1", B: "b1", Together: true}}, "a1+b1"},
		{"an_apart_decision_splits_what_the_rules_join", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("b1", "outlet-b", "2024-03-04", 12),
		}, []Decision{{A: "a1", B: "b1", Together: false}}, "a1 b1"},
		{"the_latest_decision_about_a_pair_wins", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("b1", "outlet-b", "2024-03-04", 12),
		}, []Decision{{A: "a1", B: "b1", Together: false}, {A: "b1", B: "a1", Together: true}}, "a1+b1"},
		{"apart_keeps_a_record_out_of_a_joined_group", []*Record{
			ardanDay("a1", "outlet-a", "2024-03-04", 12),
			ardanDay("b1", "outlet-b", "2024-03-04", 12),
			ardanDay("c1", "outlet-c", "2024-03-04", 12),
		}, []Decision{{A: "a1", B: "c1", Together: false}}, "a1+b1 c1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(groupAll(t, tc.recs, tc.decisions)); got != tc.want {
				t.Errorf("groups %s, want %s", got, tc.want)
			}
		})
	}
}

// TestGroupDoesNotDependOnOrder groups a synthetic batch in many orders
// and demands the same groups each time.
func TestGroupDoesNotDependOnOrder(t *testing.T) {
	recs := synthetic(rand.New(rand.NewPCG(7, 7)), 3000, 40)
	want := show(groupAll(t, recs, nil))
	if !strings.Contains(want, "+") {
		t.Fatal("the synthetic batch merged nothing: the test would prove nothing")
	}
	for seed := range uint64(5) {
		shuffled := slices.Clone(recs)
		rng := rand.New(rand.NewPCG(seed, 99))
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := show(groupAll(t, shuffled, nil)); got != want {
			t.Fatalf("order %d gives other groups", seed)
		}
	}
}

// TestIncrementalMatchesBatch merges a synthetic stream in batches, each
// regrouping the component of its records as a store does, and compares
// the result with grouping everything at once.
func TestIncrementalMatchesBatch(t *testing.T) {
	recs := synthetic(rand.New(rand.NewPCG(3, 4)), 2000, 30)
	want := show(groupAll(t, recs, nil))
	x := NewIndex()
	groupOf := map[string]string{}
	for start := 0; start < len(recs); start += 97 {
		seeds := x.AddBatch(recs[start:min(start+97, len(recs))])
		comp, edges, err := Component(seeds, x, 0)
		if err != nil {
			t.Fatal(err)
		}
		groups := Group(comp, edges, nil)
		assignGroups(x, groups, groupOf)
	}
	groups := groupsByKey(recs, groupOf)
	if got := show(groups); got != want {
		g, w := strings.Fields(got), strings.Fields(want)
		inW := map[string]bool{}
		for _, x := range w {
			inW[x] = true
		}
		inG := map[string]bool{}
		for _, x := range g {
			inG[x] = true
		}
		for _, x := range g {
			if !inW[x] {
				t.Logf("only in batches: %s", x)
			}
		}
		for _, x := range w {
			if !inG[x] {
				t.Logf("only in one batch: %s", x)
			}
		}
		t.Errorf("batches of 97 give other groups than one batch")
	}
}

// placeName makes up a name for place number p: two syllables and a
// third, so that names differ by more than a letter.
func placeName(p int) string {
	syl := []string{"kar", "dun", "mesh", "ola", "tiv", "rab", "sen", "quor", "lim", "bah"}
	return syl[p%10] + syl[(p/10)%10] + " " + syl[(p/100)%10] + syl[(p*7)%10]
}

// synthetic makes n records of incidents spread over places and days,
// about a fifth of them told again by a second or third outlet with a
// toll a little off, and some undated.
func synthetic(rng *rand.Rand, n, places int) []*Record {
	subs := []string{"Armed clash", "Suicide bomb", "Air/drone strike", "Attack", "Government regains territory"}
	var out []*Record
	for i := 0; len(out) < n; i++ {
		p := rng.IntN(places)
		lat, lon := 30+float64(p%10)*0.9, 40+float64(p/10)*0.9
		day := 19000 + rng.IntN(700)
		date := sitrep.DateOf(dayTime(day))
		inc := r{place: placeName(p), lat: lat, lon: lon, geo: 1, admin1: fmt.Sprintf("Province %d", p/5),
			date: string(date), pub: string(date), sub: subs[rng.IntN(len(subs))], a1: fmt.Sprintf("Group %d", rng.IntN(6))}
		if rng.IntN(3) > 0 {
			inc.killed = sitrep.Exact(1 + rng.IntN(30))
		}
		tellings := 1
		if rng.IntN(5) == 0 {
			tellings += 1 + rng.IntN(2)
		}
		for k := 0; k < tellings && len(out) < n; k++ {
			x := inc
			x.key = fmt.Sprintf("e%d-%d", i, k)
			x.doc = fmt.Sprintf("d%d-%d", i, k)
			if k > 0 && !x.killed.IsZero() && rng.IntN(2) == 0 {
				x.killed = sitrep.Exact(*x.killed.Best + rng.IntN(3))
			}
			if rng.IntN(12) == 0 {
				x.date, x.pub = "", ""
			}
			out = append(out, x.rec())
		}
	}
	return out
}

// TestWeighIsSymmetric: Group weighs a pair in whichever order it meets
// it, and keeps no verdict between joins, so weigh(a, b) must be
// weigh(b, a) to the last bit.
func TestWeighIsSymmetric(t *testing.T) {
	s := newStream(7, 40)
	var recs []*Record
	for range 600 {
		recs = append(recs, s.next())
	}
	for i, a := range recs {
		for _, b := range recs[i+1:] {
			if x, y := weigh(a, b), weigh(b, a); x.Score != y.Score || x.Blocked != y.Blocked || x.Gated != y.Gated {
				t.Fatalf("weigh(%s, %s) = %+v, weigh(%s, %s) = %+v", a.Key, b.Key, x, b.Key, a.Key, y)
			}
		}
	}
}

// TestGatherMatchesBatch: a component cut at the loose records grouping
// leaves alone (Gather, GroupGathered) groups records as Group over
// everything at once, and gathers fewer records than Component.
func TestGatherMatchesBatch(t *testing.T) {
	for _, seed := range []uint64{3, 11} {
		gathered := map[bool]int{}
		alone := 0
		for _, cut := range []bool{false, true} {
			recs := synthetic(rand.New(rand.NewPCG(seed, 4)), 1500, 30)
			recs = append(recs, retold(rand.New(rand.NewPCG(seed, 5)), 8, 7)...)
			rand.New(rand.NewPCG(seed, 6)).Shuffle(len(recs), func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })
			want := show(groupAll(t, recs, nil))
			x := NewIndex()
			groupOf := map[string]string{}
			for start := 0; start < len(recs); start += 97 {
				seeds := x.AddBatch(recs[start:min(start+97, len(recs))])
				var groups [][]*Record
				if cut {
					comp, edges, left, err := Gather(seeds, x, 0)
					if err != nil {
						t.Fatal(err)
					}
					if len(left) != len(comp) {
						t.Fatalf("Gather says of %d records whether they are left alone, of %d gathered", len(left), len(comp))
					}
					for _, a := range left {
						if a {
							alone++
						}
					}
					gathered[cut] += len(comp)
					groups = GroupGathered(comp, edges, nil, left)
				} else {
					comp, edges, err := Component(seeds, x, 0)
					if err != nil {
						t.Fatal(err)
					}
					gathered[cut] += len(comp)
					groups = Group(comp, edges, nil)
				}
				assignGroups(x, groups, groupOf)
			}
			groups := groupsByKey(recs, groupOf)
			if got := show(groups); got != want {
				t.Errorf("seed %d, cut %v: batches of 97 give other groups than one batch", seed, cut)
			}
		}
		t.Logf("seed %d: Component gathered %d records, Gather %d (%d left alone)", seed, gathered[false], gathered[true], alone)
		if alone == 0 || gathered[true] >= gathered[false] {
			t.Errorf("seed %d: nothing cut (Component %d records, Gather %d, %d left alone): the test tries nothing", seed, gathered[false], gathered[true], alone)
		}
	}
}

// retold makes stories told again and again at a place of their own, a
// month apart each time, by two outlets with a date and by one without:
// the undated telling gives the toll and the place of every dated one,
// which cannot be one incident with the others, so grouping leaves it
// alone, though its pairs tie every telling of the story together.
func retold(rng *rand.Rand, stories, times int) []*Record {
	var out []*Record
	for s := range stories {
		p := 500 + s
		lat, lon := 10+float64(s)*0.9, 20
		killed := sitrep.Exact(3 + rng.IntN(20))
		for k := range times {
			date := sitrep.DateOf(dayTime(19000 + 30*k + rng.IntN(3)))
			inc := r{place: placeName(p), lat: lat, lon: float64(lon), geo: 1, admin1: fmt.Sprintf("Province %d", p),
				date: string(date), pub: string(date), sub: "Armed clash", a1: "Group 1", killed: killed}
			for o := range 3 {
				x := inc
				x.key = fmt.Sprintf("s%d-%d-%d", s, k, o)
				x.doc = fmt.Sprintf("story%d-%d-%d", s, k, o)
				if o == 2 {
					x.date, x.pub = "", ""
				}
				out = append(out, x.rec())
			}
		}
	}
	return out
}

// TestToldInside: a town too far from a city for the precision of each,
// that one report of the incident being formed puts inside the city
// ("Obrin, north of Kelvar"), is one place with the city for the other
// reports of it: a report placing the bombing at the city joins the two
// reports placing it at the town. Without such a report, or with one that
// puts the town inside another place, or with another block between the
// two, they stay apart. (Kelvar and Obrin are made up, 35 km apart.)
func TestToldInside(t *testing.T) {
	const day = "2024-05-10"
	obrin := func(key, doc, within string, killed int) *Record {
		return r{key: key, doc: doc, pub: day, date: day, place: "Obrin", within: within, admin1: "Kelvar", lat: 35.2, lon: 43.7, geo: 1,
			sub: "Suicide bomb", a1: "Northern Front", a2: "civilians", killed: sitrep.Exact(killed)}.rec()
	}
	kelvar := func(key, doc, date string, killed int) *Record {
		return r{key: key, doc: doc, pub: date, date: date, prec: sitrep.PrecisionWeek, place: "Kelvar", admin1: "Kelvar", lat: 35.0, lon: 44.0, geo: 1,
			sub: "Suicide bomb", a1: "Northern Front", a2: "civilians", killed: sitrep.Exact(killed)}.rec()
	}
	for _, tc := range []struct {
		name string
		recs []*Record
		want string
	}{
		{"a_report_putting_the_town_inside_the_city_joins_the_city_report", []*Record{
			obrin("a1", "outlet-a", "Kelvar", 14), obrin("b1", "outlet-b", "", 16), kelvar("c1", "outlet-c", day, 11),
		}, "a1+b1+c1"},
		{"without_such_a_report_the_town_and_the_city_stay_apart", []*Record{
			obrin("b1", "outlet-b", "", 16), kelvar("c1", "outlet-c", day, 11),
		}, "b1 c1"},
		{"a_report_putting_the_town_inside_another_place_says_nothing_of_the_city", []*Record{
			obrin("a1", "outlet-a", "Marsh Hollow", 14), obrin("b1", "outlet-b", "", 16), kelvar("c1", "outlet-c", day, 11),
		}, "a1+b1 c1"},
		{"the_city_report_of_another_week_stays_apart", []*Record{
			obrin("a1", "outlet-a", "Kelvar", 14), obrin("b1", "outlet-b", "", 16), kelvar("c1", "outlet-c", "2024-05-30", 11),
		}, "a1+b1 c1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(groupAll(t, tc.recs, nil)); got != tc.want {
				t.Errorf("groups %s, want %s", got, tc.want)
			}
		})
	}
}

// A copy of a record is the record NewRecord makes of the copy's report:
// every field and feature, for wire copies and originals, events with and
// without a day, a place and counts; and the copy's event is its own.
func TestCopyIsTheRecordOfTheCopy(t *testing.T) {
	dated := r{key: "e0", doc: "d0", place: "Kessa", lat: 12, lon: 14, geo: 1, admin1: "Borno", country: "NG",
		sub: "Attack", a1: "Boko Haram", killed: sitrep.Exact(4), date: "2024-08-27", pub: "2024-08-28"}
	undated := dated
	undated.date = ""
	bare := r{key: "e0", doc: "d0", sub: "Attack"}
	for _, tc := range []struct {
		name string
		o    r
		doc  sitrep.Document
	}{
		{"a wire copy", dated, sitrep.Document{ID: "d0-v1", DuplicateOf: "d0", Published: "2024-08-28"}},
		{"another original", dated, sitrep.Document{ID: "d9", Published: "2024-08-28"}},
		{"a copy of an undated report", undated, sitrep.Document{ID: "d0-v2", DuplicateOf: "d0", Published: "2024-08-28"}},
		{"a copy of a report of no place and no day", bare, sitrep.Document{ID: "d0-v3", DuplicateOf: "d0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.o.rec()
			src := tc.doc.DuplicateOf
			if src == "" {
				src = tc.doc.ID
			}
			o.Published = tc.doc.Published
			o.Prepare()
			e := *o.Event
			want := NewRecord("e1", &tc.doc, &e)
			got := o.Copy("e1", tc.doc.ID, src)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("copy %+v\nwant %+v", got, want)
			}
			if got.Event == o.Event {
				t.Fatal("the copy shares the original's event")
			}
		})
	}
}
