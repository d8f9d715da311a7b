package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The events are invented for the tests.

func fptr(f float64) *float64 { return &f }

func i64ptr(n int64) *int64 { return &n }

// fullEvent has every field set.
func fullEvent() sitrep.Event {
	return sitrep.Event{
		Record:        "event",
		ID:            "e-5a1c0de2",
		Doc:           "wire-0042",
		Date:          "2017-03-08",
		DatePrecision: sitrep.PrecisionDay,
		EventType:     "Explosions/Remote violence",
		SubEventType:  "Suicide bomb",
		Actor1:        "Islamic State",
		Actor2:        "civilians",
		Location: &sitrep.Location{
			Name: "Al Shifa", Admin1: "Nineveh", Country: "IQ",
			Lat: fptr(36.3566), Lon: fptr(43.121), Precision: 2,
			GeonameID: i64ptr(98182), Within: "Mosul",
			Relative: "2 km north of the old bridge", Gazetteer: "geonames",
		},
		Fatalities: sitrep.Int(7),
		Killed:     sitrep.AtLeast(7),
		Wounded:    sitrep.Between(10, 14),
		Casualties: []sitrep.Casualty{
			{Kind: sitrep.Killed, Group: "civilians", Count: sitrep.AtLeast(7), Text: "killing at least seven shoppers"},
			{Kind: sitrep.Wounded, Group: "people", Count: sitrep.Between(10, 14), Text: "10 to 14 were hurt"},
		},
		Evidence: []sitrep.Evidence{
			{Doc: "wire-0042", Start: 0, End: 95, Text: "A car bomb tore through the vegetable market on Wednesday,\nkilling at least seven shoppers & a <vendor>."},
		},
		Sources: []sitrep.Source{
			{Doc: "wire-0042", URL: "https://www.example.org/a/1", Outlet: "Example Wire", Published: "2017-03-09", Title: "Market blast"},
			{Doc: "post-17", URL: "https://news.example.net/17", Published: "2017-03-09"},
			{Doc: "wire-0043", Outlet: "Example Wire", Published: "2017-03-10"},
		},
		Confidence: 0.82,
		FieldEvidence: map[string]sitrep.Evidence{
			"date": {Doc: "wire-0042", Start: 48, End: 57, Text: "Wednesday"},
		},
		Notes: []string{"date from 'on Wednesday' against publication 2017-03-09"},
	}
}

// nullEvent has every optional field empty.
func nullEvent() sitrep.Event {
	return sitrep.Event{
		ID:        "e-00000001",
		Doc:       "stdin",
		EventType: "Battles", SubEventType: "Armed clash",
		Actor1: "unknown", Actor2: "unknown",
	}
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n got:\n%s\nwant:\n%s", name, got, want)
	}
}

func TestJSONL(t *testing.T) {
	var buf bytes.Buffer
	if err := JSONL(&buf, []sitrep.Event{fullEvent(), nullEvent()}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "events.jsonl", buf.Bytes())
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line is not JSON: %v", err)
		}
		if m["record"] != "event" {
			t.Errorf("record = %v, want event", m["record"])
		}
	}
	if strings.Contains(buf.String(), `\u003c`) {
		t.Error("HTML characters were escaped")
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, []sitrep.Event{fullEvent(), nullEvent()}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "events.csv", buf.Bytes())

	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse back: %v", err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want header and 2", len(rows))
	}
	if !reflect.DeepEqual(rows[0], ACLEDColumns) {
		t.Errorf("header = %v", rows[0])
	}
	get := func(row int, col string) string {
		for j, c := range rows[0] {
			if c == col {
				return rows[row][j]
			}
		}
		t.Fatalf("no column %s", col)
		return ""
	}
	for _, tc := range []struct {
		name      string
		row       int
		col, want string
	}{
		{"id_has_country_prefix", 1, "event_id_cnty", "IRQ-e-5a1c0de2"},
		{"date", 1, "event_date", "2017-03-08"},
		{"year", 1, "year", "2017"},
		{"day_precision", 1, "time_precision", "1"},
		{"disorder_from_type", 1, "disorder_type", "Political violence"},
		{"inter1_rebel_group", 1, "inter1", "2"},
		{"inter2_civilians", 1, "inter2", "7"},
		{"interaction_smaller_first", 1, "interaction", "27"},
		{"civilian_targeting", 1, "civilian_targeting", "Civilian targeting"},
		{"iso_numeric", 1, "iso", "368"},
		{"region", 1, "region", "Middle East"},
		{"country_name", 1, "country", "Iraq"},
		{"latitude", 1, "latitude", "36.3566"},
		{"longitude", 1, "longitude", "43.121"},
		{"geo_precision", 1, "geo_precision", "2"},
		{"outlets_distinct_or_host", 1, "source", "Example Wire; news.example.net"},
		{"notes_on_one_line", 1, "notes", "A car bomb tore through the vegetable market on Wednesday, killing at least seven shoppers & a <vendor>."},
		{"fatalities", 1, "fatalities", "7"},
		{"undated_has_no_year", 2, "year", ""},
		{"undated_has_no_precision", 2, "time_precision", ""},
		{"no_country_bare_id", 2, "event_id_cnty", "e-00000001"},
		{"civilians_by_country", 1, "actor2", "Civilians (Iraq)"},
		{"unknown_perpetrator_is_an_unidentified_armed_group", 2, "actor1", "Unidentified Armed Group"},
		{"unidentified_armed_group_is_a_political_militia", 2, "inter1", "3"},
		{"no_target_no_actor2", 2, "actor2", ""},
		{"alone_interaction", 2, "interaction", "30"},
		{"undated_is_tagged", 2, "tags", "undated: the reports give no incident date"},
		{"no_toll_is_zero", 2, "fatalities", "0"},
		{"no_location", 2, "location", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := get(tc.row, tc.col); got != tc.want {
				t.Errorf("%s = %q, want %q", tc.col, got, tc.want)
			}
		})
	}
}

func TestCSVEmptyHasHeader(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 1 || !reflect.DeepEqual(rows[0], ACLEDColumns) {
		t.Errorf("empty CSV = %v, %v; want the header alone", rows, err)
	}
}

func TestCSVFormulaCellsAreDefused(t *testing.T) {
	e := nullEvent()
	e.Actor1 = "=HYPERLINK(\"http://bad.example\")"
	e.Evidence = []sitrep.Evidence{{Text: "-1 said the spokesman"}}
	e.Location = &sitrep.Location{Name: "@home", Lat: fptr(-33.9), Lon: fptr(-70.6)}
	var buf bytes.Buffer
	if err := CSV(&buf, []sitrep.Event{e}); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&buf).ReadAll()
	row := rows[1]
	for col, want := range map[int]string{7: `'=HYPERLINK("http://bad.example")`, 27: "'-1 said the spokesman", 21: "'@home", 22: "-33.9", 23: "-70.6"} {
		if row[col] != want {
			t.Errorf("%s = %q, want %q", ACLEDColumns[col], row[col], want)
		}
	}
}

func TestDisorderType(t *testing.T) {
	for _, tc := range []struct{ typ, sub, want string }{
		{"Battles", "Armed clash", PoliticalViolence},
		{"Explosions/Remote violence", "Air/drone strike", PoliticalViolence},
		{"Violence against civilians", "Abduction/forced disappearance", PoliticalViolence},
		{"Protests", "Peaceful protest", Demonstrations},
		{"Protests", "Excessive force against protesters", PoliticalDemonstration},
		{"Riots", "Violent demonstration", Demonstrations},
		{"Riots", "Mob violence", PoliticalViolence},
		{"Strategic developments", "Arrests", StrategicDevelopments},
		{"strategic developments", "", StrategicDevelopments},
		{"Weather", "", ""},
	} {
		t.Run(strings.ReplaceAll(tc.typ+"_"+tc.sub, " ", "_"), func(t *testing.T) {
			if got := DisorderType(tc.typ, tc.sub); got != tc.want {
				t.Errorf("DisorderType(%q, %q) = %q, want %q", tc.typ, tc.sub, got, tc.want)
			}
		})
	}
}

func TestTimePrecision(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    sitrep.Date
		p    string
		want string
	}{
		{"day", "2017-03-08", sitrep.PrecisionDay, "1"},
		{"week", "2017-03-08", sitrep.PrecisionWeek, "2"},
		{"month", "2017-03-15", sitrep.PrecisionMonth, "3"},
		{"year_is_coarsest_acled_code", "2017-07-01", sitrep.PrecisionYear, "3"},
		{"unstated_is_day", "2017-03-08", "", "1"},
		{"undated", "", sitrep.PrecisionDay, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := TimePrecision(tc.d, tc.p); got != tc.want {
				t.Errorf("TimePrecision(%q, %q) = %q, want %q", tc.d, tc.p, got, tc.want)
			}
		})
	}
}

func TestActorTypes(t *testing.T) {
	def := DefaultActorTypes()
	for _, tc := range []struct {
		name, actor string
		date        sitrep.Date
		want        int
	}{
		{"canonical_state_force", "Iraqi Security Forces", "2017-01-01", 1},
		{"case_ignored", "islamic state", "", 2},
		{"prefix_rule", "Military Forces of Iraq (2014-)", "", 1},
		{"prefix_needs_word_end", "Protestersville Militia", "", 0},
		{"civilians_with_country", "Civilians (Iraq)", "", 7},
		{"dated_rule_before", "Taliban", "2019-05-01", 2},
		{"dated_rule_from", "Taliban", "2022-05-01", 1},
		{"dated_rule_skipped_when_undated", "Taliban", "", 0},
		{"unlisted", "Popular Mobilization Forces", "", 0},
		{"empty", "", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := def.Inter(tc.actor, tc.date); got != tc.want {
				t.Errorf("Inter(%q, %q) = %d, want %d", tc.actor, tc.date, got, tc.want)
			}
		})
	}

	t.Run("user_table_laid_over_default", func(t *testing.T) {
		user, err := ParseActorTypes(strings.NewReader("# mine\nexact\tPopular Mobilization Forces\t3\nexact\tIslamic State\t8\n"))
		if err != nil {
			t.Fatal(err)
		}
		tab := def.Extend(user)
		if got := tab.Inter("Popular Mobilization Forces", ""); got != 3 {
			t.Errorf("user actor = %d, want 3", got)
		}
		if got := tab.Inter("Islamic State", ""); got != 8 {
			t.Errorf("user rule did not win: %d", got)
		}
		if got := tab.Inter("Iraqi Security Forces", ""); got != 1 {
			t.Errorf("default rule lost: %d", got)
		}
		var buf bytes.Buffer
		e := fullEvent()
		e.Actor1 = "Popular Mobilization Forces"
		if err := CSVWith(&buf, []sitrep.Event{e}, CSVOptions{ActorTypes: tab}); err != nil {
			t.Fatal(err)
		}
		rows, _ := csv.NewReader(&buf).ReadAll()
		if rows[1][9] != "3" || rows[1][13] != "37" {
			t.Errorf("inter1, interaction = %q, %q; want 3, 37", rows[1][9], rows[1][13])
		}
	})

	for _, bad := range []string{
		"exact\tX",
		"fuzzy\tX\t1",
		"exact\t\t1",
		"exact\tX\t9",
		"exact\tX\t1\tafter=2020-01-01",
		"exact\tX\t1\tbefore=2020-13-01",
		"exact\tX\t1\tbefore=0000-01-01",
	} {
		t.Run("rejects_"+strings.ReplaceAll(bad, "\t", "_"), func(t *testing.T) {
			if _, err := ParseActorTypes(strings.NewReader(bad)); err == nil {
				t.Errorf("ParseActorTypes(%q) accepted a bad line", bad)
			}
		})
	}
}

func FuzzParseActorTypes(f *testing.F) {
	f.Add(actorTypesTSV)
	f.Add("prefix\tA\t2\tfrom=2001-01-01\n")
	f.Add("exact\tX\t\t\n")
	f.Add("exact\tX\t1\tbefore=0000-01-02\n")
	f.Add("exact\tX\t1\tbefore=1999-03-01\n")
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := ParseActorTypes(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, ru := range tab.rules {
			if ru.inter < 1 || ru.inter > 8 || ru.name == "" {
				t.Fatalf("accepted rule %+v", ru)
			}
			// Every rule must match its own name on some date: its
			// first day, or the last day before its limit.
			d := sitrep.Date("2000-01-01")
			switch {
			case ru.from != "":
				d = ru.from
			case ru.before != "":
				day, err := time.Parse(time.DateOnly, string(ru.before))
				if err != nil {
					t.Fatalf("accepted rule %+v with a bad date: %v", ru, err)
				}
				d = sitrep.DateOf(day.AddDate(0, 0, -1))
			}
			if got := (&ActorTypes{rules: []actorRule{ru}}).Inter(ru.name, d); got != ru.inter {
				t.Fatalf("rule %+v does not match its own name: %d", ru, got)
			}
		}
	})
}

func TestInteraction(t *testing.T) {
	for _, tc := range []struct {
		name   string
		a, b   int
		actor2 bool
		want   int
	}{
		{"state_vs_rebels", 1, 2, true, 12},
		{"smaller_code_first", 7, 2, true, 27},
		{"sole_actor", 6, 0, false, 60},
		{"unknown_second_type", 1, 0, true, 0},
		{"unknown_first_type", 0, 1, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Interaction(tc.a, tc.b, tc.actor2); got != tc.want {
				t.Errorf("Interaction(%d, %d, %v) = %d, want %d", tc.a, tc.b, tc.actor2, got, tc.want)
			}
		})
	}
}

func TestCountryOf(t *testing.T) {
	for _, tc := range []struct {
		code string
		want Country
		ok   bool
	}{
		{"IQ", Country{"IQ", "IRQ", 368, "Iraq", "Middle East"}, true},
		{"sy", Country{"SY", "SYR", 760, "Syria", "Middle East"}, true},
		{"CD", Country{"CD", "COD", 180, "Democratic Republic of Congo", "Middle Africa"}, true},
		{"TT", Country{"TT", "TTO", 780, "Trinidad and Tobago", "Caribbean"}, true},
		{"IR", Country{"IR", "IRN", 364, "Iran", "Middle East"}, true},
		{"AF", Country{"AF", "AFG", 4, "Afghanistan", "South Asia"}, true},
		{"NG", Country{"NG", "NGA", 566, "Nigeria", "Western Africa"}, true},
		{"MX", Country{"MX", "MEX", 484, "Mexico", "North America"}, true},
		{"XK", Country{"XK", "", 0, "Kosovo", "Europe"}, true},
		{"", Country{}, false},
		{"ZZ", Country{}, false},
		{"IRQ", Country{}, false},
		{"150", Country{}, false},
	} {
		t.Run("code_"+tc.code, func(t *testing.T) {
			got, ok := CountryOf(tc.code)
			if ok != tc.ok || got != tc.want {
				t.Errorf("CountryOf(%q) = %+v, %v; want %+v, %v", tc.code, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestGeoJSON(t *testing.T) {
	noPlace := nullEvent()
	noPlace.ID = "e-noplace"
	noPoint := nullEvent()
	noPoint.ID = "e-nopoint"
	noPoint.Location = &sitrep.Location{Name: "Somewhere", Admin1: "Anbar"}
	var buf bytes.Buffer
	if err := GeoJSON(&buf, []sitrep.Event{fullEvent(), noPlace, noPoint}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "events.geojson", buf.Bytes())

	var fc struct {
		Type     string `json:"type"`
		Skipped  int    `json:"skipped"`
		Features []struct {
			Type     string `json:"type"`
			ID       string `json:"id"`
			Geometry struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if fc.Type != "FeatureCollection" || fc.Skipped != 2 || len(fc.Features) != 1 {
		t.Fatalf("collection = %s, skipped %d, %d features; want FeatureCollection, 2, 1", fc.Type, fc.Skipped, len(fc.Features))
	}
	f := fc.Features[0]
	if f.Type != "Feature" || f.ID != "e-5a1c0de2" || f.Geometry.Type != "Point" {
		t.Errorf("feature = %+v", f)
	}
	if c := f.Geometry.Coordinates; len(c) != 2 || c[0] != 43.121 || c[1] != 36.3566 {
		t.Errorf("coordinates = %v, want [lon 43.121, lat 36.3566]", c)
	}
	if f.Properties["killed"] != 7.0 || f.Properties["wounded_high"] != 14.0 || f.Properties["killed_high"] != nil {
		t.Errorf("counts in properties = %v", f.Properties)
	}

	t.Run("empty_is_a_valid_collection", func(t *testing.T) {
		var buf bytes.Buffer
		if err := GeoJSON(&buf, nil); err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, buf.String())
		}
		if fs, ok := m["features"].([]any); !ok || len(fs) != 0 {
			t.Errorf("features = %v, want []", m["features"])
		}
	})
}

func TestTable(t *testing.T) {
	wide := fullEvent()
	wide.ID = "e-wide"
	wide.Actor1, wide.Actor2 = "中国人民解放军", "Пограничная служба"
	wide.Location = &sitrep.Location{Name: "القائم", Country: "IQ", Within: "Anbar"}
	wide.Killed, wide.Wounded = sitrep.UpTo(90), sitrep.Exact(3)
	events := []sitrep.Event{fullEvent(), nullEvent(), wide}

	for _, tc := range []struct {
		name  string
		width int
	}{
		{"no_limit", 0},
		{"width_72", 72},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Table(&buf, events, tc.width); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "table_"+tc.name+".txt", buf.Bytes())
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if len(lines) != 2+len(events) {
				t.Fatalf("%d lines, want %d", len(lines), 2+len(events))
			}
			// No line is wider than the rule line, in terminal cells; every
			// column starts at the same cell on every line, after the gap;
			// and right-aligned numbers end where their rule ends.
			rule := lines[1]
			starts, ends := columnStarts(rule), columnEnds(rule)
			for _, l := range lines {
				if w := DisplayWidth(l); w > DisplayWidth(rule) {
					t.Errorf("line %q is %d cells, rule is %d", l, w, DisplayWidth(rule))
				}
				if strings.HasSuffix(l, " ") {
					t.Errorf("line %q has trailing spaces", l)
				}
				for _, s := range starts[1:] {
					if s < DisplayWidth(l) && (cellAt(l, s-1) != " " || cellAt(l, s-2) != " ") {
						t.Errorf("line %q: column at cell %d is not preceded by the gap", l, s)
					}
				}
			}
			for _, l := range lines[2:] {
				for _, col := range []int{5, 6, 7} { // killed, wounded, sources
					if cellAt(l, starts[col]) == " " && cellAt(l, ends[col]) == " " {
						continue // an empty cell
					}
					if e := ends[col]; e < DisplayWidth(l) && cellAt(l, e) == " " {
						t.Errorf("line %q: number in column %d does not end at cell %d", l, col, e)
					}
				}
			}
			if tc.width > 0 && DisplayWidth(rule) > tc.width {
				t.Errorf("table is %d cells wide, limit %d", DisplayWidth(rule), tc.width)
			}
		})
	}
}

// columnStarts returns the cells where the rule line's dash runs start.
func columnStarts(rule string) []int {
	var out []int
	prev := ' '
	for i, r := range []rune(rule) {
		if r == '-' && prev == ' ' {
			out = append(out, i)
		}
		prev = r
	}
	return out
}

// columnEnds returns the last cell of each of the rule line's dash runs.
func columnEnds(rule string) []int {
	var out []int
	r := []rune(rule)
	for i := range r {
		if r[i] == '-' && (i+1 == len(r) || r[i+1] == ' ') {
			out = append(out, i)
		}
	}
	return out
}

// cellAt returns the character shown at terminal cell n of line.
func cellAt(line string, n int) string {
	at := 0
	for _, r := range line {
		w := runeWidth(r)
		if at == n || (w == 2 && at+1 == n) {
			return string(r)
		}
		at += w
	}
	return ""
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		n        int
		want     string
	}{
		{"fits", "Mosul", 5, "Mosul"},
		{"cut_with_ellipsis", "Islamic State", 8, "Islamic…"},
		{"wide_characters_count_two", "中国人民解放军", 6, "中国…"},
		{"wide_character_not_split", "中国人民", 4, "中…"},
		{"combining_mark_takes_no_cell", "Qa\u0301im", 4, "Qa\u0301im"},
		{"arabic", "القائم", 4, "الق…"},
		{"one_cell", "Baghdad", 1, "…"},
		{"zero", "Baghdad", 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Truncate(tc.in, tc.n)
			if got != tc.want {
				t.Errorf("Truncate(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
			if DisplayWidth(got) > tc.n {
				t.Errorf("Truncate(%q, %d) is %d cells", tc.in, tc.n, DisplayWidth(got))
			}
		})
	}
}

func TestCountCell(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    sitrep.Count
		want string
	}{
		{"exact", sitrep.Exact(12), "12"},
		{"range", sitrep.Between(5000, 6000), "5000–6000"},
		{"at_least", sitrep.AtLeast(38), "38+"},
		{"up_to", sitrep.UpTo(90), "≤90"},
		{"best_only", sitrep.Count{Best: sitrep.Int(4)}, "4"},
		{"none", sitrep.Count{}, ""},
		{"zero_reported", sitrep.Exact(0), "0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := CountCell(tc.c); got != tc.want {
				t.Errorf("CountCell(%s) = %q, want %q", tc.c, got, tc.want)
			}
		})
	}
}

// A table of any length is written in bounded memory: the columns are
// sized on the first TableSample rows and later rows follow at once, whole
// when no width limit applies, cut to the columns when one does.
func TestTableWriterStreams(t *testing.T) {
	ev := func(i int, actor string) *sitrep.Event {
		return &sitrep.Event{ID: fmt.Sprintf("e%05d", i), Date: "2017-03-01", EventType: "Battles", Actor1: actor}
	}
	long := strings.Repeat("Very Long Actor Name ", 5)
	for _, width := range []int{0, 100} {
		var buf bytes.Buffer
		tw := NewTableWriter(&buf, width)
		n := 3 * TableSample
		for i := range n {
			actor := "Army"
			if i == n-1 {
				actor = long
			}
			if err := tw.Write(ev(i, actor)); err != nil {
				t.Fatal(err)
			}
			if i == TableSample && tw.rows != nil {
				t.Fatalf("width %d: rows still held after the sample", width)
			}
		}
		if err := tw.Close(); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
		if len(lines) != n+2 {
			t.Fatalf("width %d: %d lines, want %d", width, len(lines), n+2)
		}
		last := lines[len(lines)-1]
		if whole := strings.Contains(last, strings.TrimSpace(long)); whole != (width == 0) {
			t.Errorf("width %d: last row %q; the long cell should be whole only without a width limit", width, last)
		}
	}
}
