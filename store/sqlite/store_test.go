package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		ev   func(doc string) sitrep.Event
	}{
		{"every_field_set", fullEvent},
		{"every_optional_field_null", nullEvent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			d := newDoc("d1", "A car bomb tore through the vegetable market on Wednesday, killing at least seven shoppers café.")
			d.Raw = "Share this.\n" + d.Text
			d.Dropped = []sitrep.Dropped{{Raw: sitrep.Span{Start: 0, End: 11}, Rule: "share_bar", Text: "Share this."}}
			d.Title, d.URL, d.DuplicateOf = "Market blast", "https://example.org/a/1", "d0"
			want := tc.ev("d1")
			added, id, err := s.AddDocument(ctx, d, []sitrep.Event{want}, nil)
			if err != nil || !added || id != "d1" {
				t.Fatalf("AddDocument = %v, %q, %v; want true, d1, nil", added, id, err)
			}
			got, err := s.Events(ctx, sitrep.EventFilter{Doc: "d1"})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 {
				t.Fatalf("got %d events, want 1", len(got))
			}
			if !reflect.DeepEqual(got[0], want) {
				t.Errorf("event changed in the store:\n got %+v\nwant %+v", got[0], want)
			}
			gotDoc, err := s.Document(ctx, "d1")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(gotDoc, d) {
				t.Errorf("document changed in the store:\n got %+v\nwant %+v", gotDoc, d)
			}
		})
	}
}

func TestRoundTripFigure(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	d := newDoc("d1", "Some 40,000 people have fled the western districts since February.")
	figs := []sitrep.Figure{
		{Record: "figure", Doc: "d1", What: sitrep.FigureDisplaced, Group: "people", Value: sitrep.AtLeast(40000),
			Place: &sitrep.Location{Name: "Mosul", Lat: fptr(36.34), Lon: fptr(43.13)}, AsOf: "2017-03-09",
			Period: "since February", Evidence: []sitrep.Evidence{{Start: 0, End: 66, Text: d.Text}}},
		{Record: "figure", Doc: "d1", What: sitrep.FigureOther},
	}
	if _, _, err := s.AddDocument(ctx, d, nil, figs); err != nil {
		t.Fatal(err)
	}
	got, err := s.Figures(ctx, sitrep.EventFilter{Doc: "d1"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, figs) {
		t.Errorf("figures changed in the store:\n got %+v\nwant %+v", got, figs)
	}
}

func TestAddDocument(t *testing.T) {
	ctx := context.Background()

	t.Run("same_hash_is_not_stored_twice", func(t *testing.T) {
		s := openTemp(t)
		d := newDoc("d1", "Gunmen stormed a checkpoint near the river crossing.")
		if added, _, err := s.AddDocument(ctx, d, []sitrep.Event{nullEvent("d1")}, nil); err != nil || !added {
			t.Fatalf("first add: %v, %v", added, err)
		}
		again := newDoc("copy-of-d1", d.Text)
		added, id, err := s.AddDocument(ctx, again, []sitrep.Event{nullEvent("copy-of-d1")}, nil)
		if err != nil || added || id != "d1" {
			t.Fatalf("second add = %v, %q, %v; want false, d1, nil", added, id, err)
		}
		st, _ := s.Stats(ctx)
		if st.Documents != 1 || st.Events != 1 {
			t.Errorf("stats = %+v, want 1 document and 1 event", st)
		}
	})

	t.Run("missing_hash_is_computed_from_raw", func(t *testing.T) {
		s := openTemp(t)
		d := newDoc("d1", "Two mortar rounds landed near the stadium.")
		d.Hash = ""
		if _, _, err := s.AddDocument(ctx, d, nil, nil); err != nil {
			t.Fatal(err)
		}
		got, err := s.Document(ctx, "d1")
		if err != nil {
			t.Fatal(err)
		}
		if got.Hash != hexSHA256(d.Raw) {
			t.Errorf("hash = %q, want sha256 of raw", got.Hash)
		}
		again := newDoc("d2", d.Text)
		again.Hash = ""
		if added, id, _ := s.AddDocument(ctx, again, nil, nil); added || id != "d1" {
			t.Errorf("same text without hash: added=%v id=%q, want false d1", added, id)
		}
	})

	t.Run("same_id_different_text_is_kept_under_new_id", func(t *testing.T) {
		s := openTemp(t)
		first := newDoc("stdin", "Police dispersed a sit-in outside the governorate building.")
		if _, _, err := s.AddDocument(ctx, first, []sitrep.Event{fullEvent("stdin")}, nil); err != nil {
			t.Fatal(err)
		}
		second := newDoc("stdin", "Three soldiers were hurt when a roadside bomb hit their patrol.")
		ev := fullEvent("stdin") // same event id too
		fig := sitrep.Figure{Record: "figure", Doc: "stdin", What: sitrep.FigureWounded, Value: sitrep.Exact(3),
			Evidence: []sitrep.Evidence{{Doc: "stdin", Start: 0, End: 10, Text: "Three sold"}}}
		added, id, err := s.AddDocument(ctx, second, []sitrep.Event{ev}, []sitrep.Figure{fig})
		wantID := "stdin~" + second.Hash[:8]
		if err != nil || !added || id != wantID {
			t.Fatalf("second add = %v, %q, %v; want true, %q, nil", added, id, err, wantID)
		}
		if ev.Doc != "stdin" || ev.Evidence[0].Doc != "stdin" || ev.Sources[0].Doc != "stdin" || ev.FieldEvidence["date"].Doc != "stdin" {
			t.Errorf("the caller's event was modified: %+v", ev)
		}
		got, err := s.Records(ctx, wantID)
		if err != nil || len(got) != 1 {
			t.Fatalf("records of %s: %v, %v", wantID, got, err)
		}
		e := got[0]
		if e.ID != ev.ID+"~"+second.Hash[:8] {
			t.Errorf("event id = %q, want the taken id disambiguated", e.ID)
		}
		if e.Doc != wantID || e.Evidence[0].Doc != wantID || e.Evidence[1].Doc != wantID ||
			e.Sources[0].Doc != wantID || e.FieldEvidence["date"].Doc != wantID || e.FieldEvidence["killed"].Doc != wantID {
			t.Errorf("references to the document were not rewritten: %+v", e)
		}
		if e.Sources[1].Doc != "other-wire-7" {
			t.Errorf("a source naming another document was rewritten: %+v", e.Sources[1])
		}
		figs, err := s.Figures(ctx, sitrep.EventFilter{Doc: wantID})
		if err != nil || len(figs) != 1 || figs[0].Doc != wantID || figs[0].Evidence[0].Doc != wantID {
			t.Errorf("figures of %s = %+v, %v", wantID, figs, err)
		}
		d1, err := s.Document(ctx, "stdin")
		if err != nil || d1.Text != first.Text {
			t.Errorf("first document lost: %v, %v", d1, err)
		}
		d2, err := s.Document(ctx, wantID)
		if err != nil || d2.Text != second.Text || d2.ID != wantID {
			t.Errorf("second document not stored under %s: %v, %v", wantID, d2, err)
		}
	})

	t.Run("event_id_taken_by_another_document_is_disambiguated", func(t *testing.T) {
		s := openTemp(t)
		a, b := newDoc("a", "First invented report."), newDoc("b", "Second invented report.")
		ea, eb := nullEvent("a"), nullEvent("b")
		ea.ID, eb.ID = "e-1", "e-1"
		if _, _, err := s.AddDocument(ctx, a, []sitrep.Event{ea}, nil); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.AddDocument(ctx, b, []sitrep.Event{eb, eb}, nil); err != nil {
			t.Fatal(err)
		}
		got, err := s.Events(ctx, sitrep.EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		slices.Sort(ids)
		h := b.Hash[:8]
		want := []string{"e-1", "e-1~" + h, "e-1~" + h + "-2"}
		if !slices.Equal(ids, want) {
			t.Errorf("ids = %v, want %v", ids, want)
		}
	})

	t.Run("event_without_id_gets_one", func(t *testing.T) {
		s := openTemp(t)
		e := nullEvent("d1")
		e.ID, e.Record = "", ""
		if _, _, err := s.AddDocument(ctx, newDoc("d1", "x"), []sitrep.Event{e, e}, nil); err != nil {
			t.Fatal(err)
		}
		got, _ := s.Events(ctx, sitrep.EventFilter{})
		if len(got) != 2 || got[0].ID == "" || got[0].ID == got[1].ID || got[0].Record != "event" {
			t.Errorf("events = %+v, want two with distinct ids and record \"event\"", got)
		}
	})

	t.Run("failure_mid_document_leaves_nothing", func(t *testing.T) {
		s := openTemp(t)
		if _, _, err := s.AddDocument(ctx, newDoc("ok", "An earlier report."), []sitrep.Event{nullEvent("ok")}, nil); err != nil {
			t.Fatal(err)
		}
		bad := nullEvent("d1")
		bad.ID = "e-bad"
		bad.Confidence = math.NaN() // JSON cannot encode it: the second event fails
		_, _, err := s.AddDocument(ctx, newDoc("d1", "A later report."), []sitrep.Event{fullEvent("d1"), bad},
			[]sitrep.Figure{{Doc: "d1", What: "other"}})
		if err == nil {
			t.Fatal("AddDocument accepted an event it cannot encode")
		}
		st, _ := s.Stats(ctx)
		if st != (sitrep.Stats{Documents: 1, Events: 1, Records: 1}) {
			t.Errorf("stats after the failed add = %+v, want only the earlier document", st)
		}
		if _, err := s.Document(ctx, "d1"); !errors.Is(err, sitrep.ErrNotFound) {
			t.Errorf("half-stored document: %v", err)
		}
	})

	t.Run("batch_stores_each_entry_all_or_nothing", func(t *testing.T) {
		s := openTemp(t)
		d := newDoc("d1", "Report one.")
		bad := fullEvent("d4")
		bad.ID = "e-bad"
		bad.Confidence = math.NaN() // cannot be encoded: the entry fails half-way
		res, err := s.AddDocuments(ctx, []Entry{
			{Doc: d, Events: []sitrep.Event{nullEvent("d1")}},
			{Doc: newDoc("d2", "Report two.")},
			{Doc: newDoc("d1-again", d.Text)},
			{Doc: newDoc("d4", "Report four."), Events: []sitrep.Event{fullEvent("d4"), bad}},
			{Doc: &sitrep.Document{Text: "no id"}},
			{Doc: newDoc("d5", "Report five.")},
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range []Result{{Added: true, ID: "d1"}, {Added: true, ID: "d2"}, {ID: "d1"}, {}, {}, {Added: true, ID: "d5"}} {
			if got := res[i]; got.Added != want.Added || got.ID != want.ID || (got.Err != nil) != (i == 3 || i == 4) {
				t.Errorf("result %d = %+v, want %+v", i, got, want)
			}
		}
		st, _ := s.Stats(ctx)
		if st != (sitrep.Stats{Documents: 3, Events: 1, Records: 1}) {
			t.Errorf("stats = %+v, want d1, d2, d5 and d1's event: nothing of d4", st)
		}
		if _, err := s.Document(ctx, "d4"); !errors.Is(err, sitrep.ErrNotFound) {
			t.Errorf("half-stored document: %v", err)
		}
	})
}

// filterSpecs are the events the filter tests query. Coordinates: Mosul,
// a village 20 km south of it, Baghdad, Raqqa, and one undated event
// without a place.
var filterSpecs = []spec{
	{"e-a", "2017-03-01", "Battles", "Armed clash", "Iraqi Security Forces", "Islamic State", 36.34, 43.13, "Fighting raged for hours near the old mosque."},
	{"e-b", "2017-03-05", "Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Islamic State", 36.16, 43.15, "Coalition jets struck a weapons depot at dawn."},
	{"e-c", "2017-03-05", "Explosions/Remote violence", "Suicide bomb", "Islamic State", "civilians", 33.31, 44.37, "A suicide bomber blew himself up in a crowded café."},
	{"e-d", "2017-04-10", "Violence against civilians", "Abduction/forced disappearance", "unknown", "civilians", 35.95, 39.01, "Masked men abducted two aid workers from al-Qa'im road."},
	{"e-e", "", "Strategic developments", "Arrests", "ПОЛИЦИЯ Кирова", "protesters", 0, 0, "Officers detained the organisers of the rally."},
	{"e-f", "2016-12-31", "Battles", "Government regains territory", "Peshmerga", "Islamic State", 36.50, 43.40, "Kurdish forces retook the hilltop village."},
}

func TestEvents(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	addSpecs(t, s, filterSpecs)
	// doc-00's event also names doc-99 as a source (a merged report).
	merged := filterSpecs[0].event("doc-extra")
	merged.ID = "e-g"
	merged.Date = "2017-02-01"
	merged.Sources = append(merged.Sources, sitrep.Source{Doc: "doc-99", Outlet: "Third Wire"})
	if _, _, err := s.AddDocument(ctx, newDoc("doc-extra", "extra"), []sitrep.Event{merged}, nil); err != nil {
		t.Fatal(err)
	}
	mosul := &sitrep.Point{Lat: 36.34, Lon: 43.13}
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
		want []string // ids in order
	}{
		{"no_filter_newest_first_undated_last", sitrep.EventFilter{}, []string{"e-d", "e-b", "e-c", "e-a", "e-g", "e-f", "e-e"}},
		{"from_is_inclusive", sitrep.EventFilter{From: "2017-03-05"}, []string{"e-d", "e-b", "e-c"}},
		{"to_is_inclusive", sitrep.EventFilter{To: "2017-03-01"}, []string{"e-a", "e-g", "e-f"}},
		{"one_day", sitrep.EventFilter{From: "2017-03-05", To: "2017-03-05"}, []string{"e-b", "e-c"}},
		{"event_type_any_case", sitrep.EventFilter{Types: []string{"battles"}}, []string{"e-a", "e-g", "e-f"}},
		{"sub_event_type", sitrep.EventFilter{Types: []string{"SUICIDE BOMB", " Arrests "}}, []string{"e-c", "e-e"}},
		{"actor_substring_either_side", sitrep.EventFilter{Actor: "islamic"}, []string{"e-b", "e-c", "e-a", "e-g", "e-f"}},
		{"actor_case_folded_beyond_ascii", sitrep.EventFilter{Actor: "полиция"}, []string{"e-e"}},
		{"actor_and_type", sitrep.EventFilter{Actor: "state", Types: []string{"Battles"}, From: "2017-01-01"}, []string{"e-a", "e-g"}},
		{"near_25km", sitrep.EventFilter{Near: mosul, WithinKM: 25}, []string{"e-b", "e-a", "e-g"}},
		{"near_5km", sitrep.EventFilter{Near: mosul, WithinKM: 5}, []string{"e-a", "e-g"}},
		{"near_with_limit", sitrep.EventFilter{Near: mosul, WithinKM: 365, Limit: 2}, []string{"e-b", "e-c"}},
		{"doc_stored_with", sitrep.EventFilter{Doc: "doc-03"}, []string{"e-d"}},
		{"doc_named_as_source", sitrep.EventFilter{Doc: "doc-99"}, []string{"e-g"}},
		{"text_word", sitrep.EventFilter{Text: "abducted"}, []string{"e-d"}},
		{"text_stemmed_and_diacritics_folded", sitrep.EventFilter{Text: "bombers cafe"}, []string{"e-c"}},
		{"text_phrase", sitrep.EventFilter{Text: `"weapons depot"`}, []string{"e-b"}},
		{"text_prefix", sitrep.EventFilter{Text: "fight*"}, []string{"e-a", "e-g"}},
		{"text_or", sitrep.EventFilter{Text: "hilltop OR rally"}, []string{"e-f", "e-e"}},
		{"limit", sitrep.EventFilter{Limit: 3}, []string{"e-d", "e-b", "e-c"}},
		{"nothing_matches", sitrep.EventFilter{Actor: "Taliban"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Events(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("Events(%+v) = %v, want %v", tc.f, ids, tc.want)
			}
		})
	}
}

func TestEventsBadFilter(t *testing.T) {
	s := openTemp(t)
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
	}{
		{"from_not_a_date", sitrep.EventFilter{From: "March 2017"}},
		{"to_not_a_date", sitrep.EventFilter{To: "2017-13-01"}},
		{"near_without_radius", sitrep.EventFilter{Near: &sitrep.Point{Lat: 36, Lon: 43}}},
		{"near_off_the_globe", sitrep.EventFilter{Near: &sitrep.Point{Lat: 100, Lon: 43}, WithinKM: 5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := s.Events(context.Background(), tc.f); err == nil {
				t.Errorf("Events(%+v) accepted a bad filter", tc.f)
			}
		})
	}
}

func TestEventsTextAwkwardInput(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	addSpecs(t, s, filterSpecs)
	for _, tc := range []struct {
		name, text string
		want       []string // nil: any result, only no error
	}{
		{"lone_double_quote", `"`, []string{}},
		{"lone_star", `*`, []string{}},
		{"unbalanced_quote", `"weapons depot`, []string{"e-b"}},
		{"and_alone", `AND`, []string{}},
		{"and_between_words", `coalition AND depot`, []string{"e-b"}},
		{"or_at_the_ends", `OR depot OR`, []string{"e-b"}},
		{"not_between_words", `islamic NOT bomber`, nil},
		{"apostrophe_in_name", `al-Qa'im`, []string{"e-d"}},
		{"apostrophe_alone", `'`, []string{}},
		{"lowercase_operators_are_words", `and or not`, []string{}},
		{"column_syntax", `evidence:mosque`, nil},
		{"parentheses_and_caret", `(mosque) ^old`, nil},
		{"near_keyword", `NEAR(old mosque)`, nil},
		{"sql_quote", `'; DROP TABLE events; --`, nil},
		{"minus_and_plus", `-aid +workers`, []string{"e-d"}},
		{"only_punctuation", `!?.,;:()[]{}`, []string{}},
		{"arabic_script", `الموصل`, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Events(ctx, sitrep.EventFilter{Text: tc.text})
			if err != nil {
				t.Fatalf("Events(Text %q): %v", tc.text, err)
			}
			if tc.want == nil {
				return
			}
			ids := []string{}
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("Events(Text %q) = %v, want %v", tc.text, ids, tc.want)
			}
		})
	}
}

func TestMatchQuery(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"words", `car bomb`, `"car" "bomb"`},
		{"phrase", `"car bomb" market`, `"car bomb" "market"`},
		{"prefix", `bomb*`, `"bomb"*`},
		{"or", `Mosul OR Tikrit`, `"Mosul" OR "Tikrit"`},
		{"not", `Mosul NOT Tikrit`, `"Mosul" NOT "Tikrit"`},
		{"and_is_implicit", `Mosul AND Tikrit`, `"Mosul" "Tikrit"`},
		{"dangling_operators_dropped", `OR Mosul NOT`, `"Mosul"`},
		{"quote_inside_word_doubled", `ab"cd`, `"ab""cd"`},
		{"apostrophe_kept_in_string", `Qa'im`, `"Qa'im"`},
		{"punctuation_only", `" * ' -`, ``},
		{"unclosed_phrase", `"old city`, `"old city"`},
		{"empty", ``, ``},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := MatchQuery(tc.in); got != tc.want {
				t.Errorf("MatchQuery(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// FuzzMatchQuery checks that no input yields a query SQLite rejects.
func FuzzMatchQuery(f *testing.F) {
	for _, s := range []string{`"`, `*`, `AND`, `a OR`, `al-Qa'im`, `NEAR(a b)`, `col:x`, `"a" * "b"`, "\x00", "\xff", `a NOT OR b`, `^x`, `-x`} {
		f.Add(s)
	}
	db, err := sql.Open("sqlite", "file::memory:")
	if err != nil {
		f.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	defer db.Close()
	if _, err := db.Exec(`CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'porter unicode61 remove_diacritics 2');
		INSERT INTO t (x) VALUES ('a car bomb in the old city'), ('al-Qa''im road');`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q := MatchQuery(in)
		if q == "" {
			return
		}
		rows, err := db.Query(`SELECT rowid FROM t WHERE t MATCH ?`, q)
		if err == nil {
			for rows.Next() {
			}
			err = rows.Err()
			rows.Close()
		}
		if err != nil {
			t.Fatalf("MatchQuery(%q) = %q: %v", in, q, err)
		}
	})
}

func TestFigures(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	add := func(doc string, figs ...sitrep.Figure) {
		t.Helper()
		if _, _, err := s.AddDocument(ctx, newDoc(doc, "text of "+doc), nil, figs); err != nil {
			t.Fatal(err)
		}
	}
	ev := func(text string) []sitrep.Evidence { return []sitrep.Evidence{{Text: text}} }
	add("d1",
		sitrep.Figure{Doc: "d1", What: "displaced", Period: "p1", AsOf: "2017-03-01", Evidence: ev("families fled the fighting"),
			Place: &sitrep.Location{Name: "Mosul", Lat: fptr(36.34), Lon: fptr(43.13)}},
		sitrep.Figure{Doc: "d1", What: "fighters", Period: "p2", Evidence: ev("about 3,000 militants remain")})
	add("d2", sitrep.Figure{Doc: "d2", What: "returned", Period: "p3", AsOf: "2017-05-20", Evidence: ev("families returned home"),
		Place: &sitrep.Location{Name: "Baghdad", Lat: fptr(33.31), Lon: fptr(44.37)}})
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
		want []string // periods in order
	}{
		{"all_latest_first_undated_last", sitrep.EventFilter{}, []string{"p3", "p1", "p2"}},
		{"doc", sitrep.EventFilter{Doc: "d1"}, []string{"p1", "p2"}},
		{"from_excludes_undated", sitrep.EventFilter{From: "2017-03-01"}, []string{"p3", "p1"}},
		{"to", sitrep.EventFilter{To: "2017-04-01"}, []string{"p1"}},
		{"near", sitrep.EventFilter{Near: &sitrep.Point{Lat: 36.3, Lon: 43.1}, WithinKM: 50}, []string{"p1"}},
		{"text", sitrep.EventFilter{Text: "families"}, []string{"p3", "p1"}},
		{"types_and_actor_ignored", sitrep.EventFilter{Types: []string{"Battles"}, Actor: "x", Doc: "d2"}, []string{"p3"}},
		{"limit", sitrep.EventFilter{Limit: 1}, []string{"p3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Figures(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var periods []string
			for _, g := range got {
				periods = append(periods, g.Period)
			}
			if !slices.Equal(periods, tc.want) {
				t.Errorf("Figures(%+v) = %v, want %v", tc.f, periods, tc.want)
			}
		})
	}
}

func TestDocumentNotFound(t *testing.T) {
	s := openTemp(t)
	_, err := s.Document(context.Background(), "nope")
	if !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound", err)
	}
}

func TestFailures(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for i := 1; i <= 3; i++ {
		f := sitrep.Failure{Origin: fmt.Sprintf("in/%d.gz", i), Reason: "truncated gzip"}
		if i == 1 {
			f.At = "2020-01-02T03:04:05Z"
		}
		if err := s.AddFailure(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Failures(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[0].Origin != "in/3.gz" || all[2].At != "2020-01-02T03:04:05Z" || all[0].At == "" {
		t.Errorf("failures = %+v, want three, newest first, times kept or set", all)
	}
	two, _ := s.Failures(ctx, 2)
	if len(two) != 2 || two[1].Origin != "in/2.gz" {
		t.Errorf("failures(2) = %+v", two)
	}
	if st, _ := s.Stats(ctx); st.Failures != 3 {
		t.Errorf("stats failures = %d, want 3", st.Failures)
	}

	// The same input failing again in a later run is recorded once; the
	// same name with other content is another failure.
	again := sitrep.Failure{Origin: "in/1.gz", Reason: "truncated gzip"}
	changed := sitrep.Failure{Origin: "in/1.gz", Reason: "truncated gzip", Hash: "abc"}
	for _, f := range []sitrep.Failure{again, changed, changed} {
		if err := s.AddFailure(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	all, _ = s.Failures(ctx, 0)
	if len(all) != 4 || all[0].Hash != "abc" || all[3].At != "2020-01-02T03:04:05Z" {
		t.Errorf("failures after repeats = %+v, want four, the first one's time kept", all)
	}
}

// Stores written before failures were kept once hold repeats; the upgrade
// keeps the first of each.
func TestMigrationDropsRepeatedFailures(t *testing.T) {
	ctx := context.Background()
	migs, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", dsn(path, "_pragma=journal_mode(WAL)"))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, db, migs, 2); err != nil {
		t.Fatal(err)
	}
	for i, f := range []sitrep.Failure{
		{Origin: "bad.txt", Reason: "bad.txt: binary", At: "2020-01-01T00:00:00Z"},
		{Origin: "bad.txt", Reason: "bad.txt: binary", At: "2020-01-02T00:00:00Z"},
		{Origin: "cut.gz", Reason: "cut.gz: truncated gzip", At: "2020-01-02T00:00:00Z"},
		{Origin: "bad.txt", Reason: "bad.txt: binary", At: "2020-01-03T00:00:00Z"},
	} {
		if _, err := db.Exec(`INSERT INTO failures (origin, reason, at) VALUES (?,?,?)`, f.Origin, f.Reason, f.At); err != nil {
			t.Fatalf("failure %d: %v", i, err)
		}
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Failures(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []sitrep.Failure{
		{Origin: "cut.gz", Reason: "cut.gz: truncated gzip", At: "2020-01-02T00:00:00Z"},
		{Origin: "bad.txt", Reason: "bad.txt: binary", At: "2020-01-01T00:00:00Z"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("failures after upgrade = %+v, want %+v", got, want)
	}
}

// makePlaces builds n invented places of a gazetteer, every third with
// alternate names.
func makePlaces(n int) []sitrep.Place {
	out := make([]sitrep.Place, n)
	for i := range out {
		p := sitrep.Place{
			ID: -int64(i + 1), Name: fmt.Sprintf("Qaryat %d", i),
			Lat: 33 + float64(i%500)/100, Lon: 42 + float64(i/500)/10,
			Country: "IQ", Admin1: "Nineveh", Admin2: "Tel Afar", Feature: "P.PPL", Population: int64(i),
		}
		if i%3 == 0 {
			p.Alternates = []string{fmt.Sprintf("قرية %d", i), fmt.Sprintf("Qaria %d", i)}
		}
		out[i] = p
	}
	return out
}

func TestPlaces(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	iom := makePlaces(3000)
	if n, err := s.AddPlaces(ctx, "iom_dtm_iraq", iom); err != nil || n != 3000 {
		t.Fatalf("AddPlaces = %d, %v", n, err)
	}
	other := makePlaces(2)
	if _, err := s.AddPlaces(ctx, "mine", other); err != nil {
		t.Fatal(err)
	}
	// A second import of the same name replaces the first.
	if n, err := s.AddPlaces(ctx, "iom_dtm_iraq", iom[:1000]); err != nil || n != 1000 {
		t.Fatalf("re-import = %d, %v", n, err)
	}
	got, err := s.Places(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1002 {
		t.Fatalf("places = %d, want 1002", len(got))
	}
	byGaz := map[string][]sitrep.Place{}
	for _, p := range got {
		byGaz[p.Gazetteer] = append(byGaz[p.Gazetteer], p)
	}
	for name, want := range map[string][]sitrep.Place{"mine": other, "iom_dtm_iraq": iom[:1000]} {
		for i := range want {
			want[i].Gazetteer = name
		}
		if !reflect.DeepEqual(byGaz[name], want) {
			t.Errorf("gazetteer %s did not round-trip (first: %+v vs %+v)", name, byGaz[name][0], want[0])
		}
	}
	if _, err := s.AddPlaces(ctx, " ", other); err == nil {
		t.Error("AddPlaces accepted an empty gazetteer name")
	}
}

func TestMigration(t *testing.T) {
	ctx := context.Background()
	migs, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(migs) < 2 {
		t.Fatal("need at least two migrations to test an upgrade")
	}
	latest := len(migs)

	t.Run("older_file_is_upgraded", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "old.db")
		// Build a file as a release before incidents (migration 4) left
		// it, with one document, so that every later step runs on it.
		const old = 3
		db, err := sql.Open("sqlite", dsn(path, "_pragma=journal_mode(WAL)"))
		if err != nil {
			t.Fatal(err)
		}
		if err := migrate(ctx, db, migs, old); err != nil {
			t.Fatal(err)
		}
		ev := fullEvent("old")
		rec, _ := encodeEvent(&ev)
		_, err = db.Exec(`INSERT INTO documents (id, hash, text, added_at) VALUES ('old', 'h-old', 'old text', '2020-01-01T00:00:00Z');
			INSERT INTO events (id, doc, date, event_type, sub_event_type, record) VALUES (?, 'old', '2017-03-08', ?, ?, ?)`,
			ev.ID, ev.EventType, ev.SubEventType, string(rec))
		if err != nil {
			t.Fatal(err)
		}
		var v int
		db.QueryRow("PRAGMA user_version").Scan(&v)
		db.Close()
		if v != old {
			t.Fatalf("built a file at version %d, want %d", v, old)
		}

		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		s.w.QueryRow("PRAGMA user_version").Scan(&v)
		if v != latest {
			t.Errorf("version after Open = %d, want %d", v, latest)
		}
		got, err := s.Events(ctx, sitrep.EventFilter{Doc: "old"})
		if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], ev) {
			t.Errorf("event from before the upgrade: %+v, %v", got, err)
		}
		if _, err := s.AddPlaces(ctx, "mine", makePlaces(3)); err != nil {
			t.Errorf("the upgraded file lacks what the last migration adds: %v", err)
		}
	})

	t.Run("newer_file_is_refused", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "new.db")
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.w.Exec(fmt.Sprintf("PRAGMA user_version = %d", latest+1)); err != nil {
			t.Fatal(err)
		}
		s.Close()
		_, err = Open(ctx, path)
		if !errors.Is(err, ErrNewerSchema) {
			t.Fatalf("Open of a newer file: %v, want ErrNewerSchema", err)
		}
		if !strings.Contains(err.Error(), path) {
			t.Errorf("error %q does not name the file", err)
		}
	})

	t.Run("reopen_is_a_no_op", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "x.db")
		for i := 0; i < 2; i++ {
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
		}
	})
}

func TestOpenPathWithURICharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a?b#c%d")
	s, err := Open(context.Background(), filepath.Join(dir+"-x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, _, err := s.AddDocument(context.Background(), newDoc("d", "t"), nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := filepath.Glob(dir + "-x.db"); err != nil {
		t.Fatal(err)
	}
}

func TestConcurrentReadersWhileWriting(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	const docs, perDoc = 120, 3
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				st, err := s.Stats(ctx)
				if err != nil {
					errs <- err
					return
				}
				// A reader sees whole documents or nothing of them.
				if st.Records != perDoc*st.Documents {
					errs <- fmt.Errorf("reader saw %d records for %d documents", st.Records, st.Documents)
					return
				}
				evs, err := s.Events(ctx, sitrep.EventFilter{Actor: "state", Limit: 10})
				if err != nil {
					errs <- err
					return
				}
				_ = evs
			}
		}()
	}
	// A second Store on the same file writes at the same time, as a second
	// sitrep process would.
	other, err := Open(ctx, s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	write := func(wg *sync.WaitGroup, st *Store, prefix string) {
		defer wg.Done()
		for i := 0; i < docs/2; i++ {
			id := fmt.Sprintf("%s-%03d", prefix, i)
			evs := make([]sitrep.Event, perDoc)
			for k := range evs {
				evs[k] = fullEvent(id)
				evs[k].ID = fmt.Sprintf("e-%s-%d", id, k)
				// incidents of their own, days apart, so that none merge
				day := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 4*(i*perDoc+k)+2*strings.Count(prefix, "two"))
				evs[k].Date = sitrep.DateOf(day)
			}
			if _, _, err := st.AddDocument(ctx, newDoc(id, "invented report "+id), evs, nil); err != nil {
				errs <- err
				return
			}
		}
	}
	var writers sync.WaitGroup
	writers.Add(2)
	go write(&writers, s, "one")
	go write(&writers, other, "two")
	writers.Wait()
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != docs || st.Records != docs*perDoc {
		t.Errorf("stats = %+v, want %d documents and %d records", st, docs, docs*perDoc)
	}
}

func TestBoundingBoxHoldsTheCircle(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    sitrep.Point
		km   float64
	}{
		{"mosul_50km", sitrep.Point{Lat: 36.34, Lon: 43.13}, 50},
		{"equator_500km", sitrep.Point{Lat: 0, Lon: 0}, 500},
		{"across_antimeridian", sitrep.Point{Lat: -17.7, Lon: 179.9}, 120},
		{"across_antimeridian_west", sitrep.Point{Lat: 65, Lon: -179.5}, 200},
		{"near_north_pole", sitrep.Point{Lat: 89.5, Lon: 10}, 100},
		{"far_north", sitrep.Point{Lat: 78, Lon: 15}, 900},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := boundingBox(tc.p, tc.km)
			if err != nil {
				t.Fatal(err)
			}
			for deg := 0; deg < 360; deg += 5 {
				q := destination(tc.p, float64(deg), tc.km*0.999)
				if d := DistanceKM(tc.p, q); math.Abs(d-tc.km*0.999) > 0.01 {
					t.Fatalf("destination is %.3f km away, want %.3f", d, tc.km*0.999)
				}
				if !b.holds(q) {
					t.Errorf("bearing %d°: %+v (%.1f km away) falls outside %+v", deg, q, tc.km, b)
				}
			}
		})
	}
}

// destination is the point km away from p on the given bearing.
func destination(p sitrep.Point, bearing, km float64) sitrep.Point {
	const rad = math.Pi / 180
	d := km / earthRadiusKM
	lat1, lon1, th := p.Lat*rad, p.Lon*rad, bearing*rad
	lat2 := math.Asin(math.Sin(lat1)*math.Cos(d) + math.Cos(lat1)*math.Sin(d)*math.Cos(th))
	lon2 := lon1 + math.Atan2(math.Sin(th)*math.Sin(d)*math.Cos(lat1), math.Cos(d)-math.Sin(lat1)*math.Sin(lat2))
	lon := math.Mod(lon2/rad+540, 360) - 180
	return sitrep.Point{Lat: lat2 / rad, Lon: lon}
}

// holds is the box test the SQL condition performs.
func (b box) holds(p sitrep.Point) bool {
	if p.Lat < b.minLat || p.Lat > b.maxLat {
		return false
	}
	switch {
	case b.allLon:
		return true
	case b.wrap:
		return p.Lon >= b.minLon || p.Lon <= b.maxLon
	default:
		return p.Lon >= b.minLon && p.Lon <= b.maxLon
	}
}
