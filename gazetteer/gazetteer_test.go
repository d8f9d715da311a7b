package gazetteer

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

func mustDefault(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestReadGeoNames(t *testing.T) {
	f, err := os.Open("testdata/mini_geonames.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps, err := ReadGeoNames(f, map[string]string{"IQ.15": "Nineveh"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 {
		t.Fatalf("got %d places, want 2", len(ps))
	}
	m := ps[0]
	if m.ID != 99072 || m.Name != "Mosul" || m.Admin1 != "Nineveh" || m.Country != "IQ" || m.Feature != "P.PPLA" || m.Population != 1739800 {
		t.Errorf("first place = %+v", m)
	}
	alts := strings.Join(m.Alternates, "|")
	if alts != "Al Mawsil|Mossoul|الموصل" {
		t.Errorf("alternates = %q, want Latin and Arabic names without codes, URLs or Cyrillic", alts)
	}
	if _, err := ReadGeoNames(strings.NewReader("1\tX\tX\n"), nil); err == nil {
		t.Error("a 3-column line should be an error")
	}
}

func TestReadCSV(t *testing.T) {
	f, err := os.Open("testdata/mini_places.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps, err := ReadCSV(f, CSVMapping{Name: "village", Lat: "y", Lon: "x", Alt: []string{"arabic"}, Admin1: "gov", Admin2: "dist", Country: "iq", ID: "ref", Gazetteer: "mini"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 {
		t.Fatalf("got %d places, want 2 (the row without coordinates skipped)", len(ps))
	}
	if p := ps[0]; p.Name != "Tahouna" || p.ID != -1 || p.Country != "IQ" || p.Admin2 != "Makhmur" || len(p.Alternates) != 1 || p.Gazetteer != "mini" {
		t.Errorf("first place = %+v", p)
	}
	if ps[1].Name != "Kabarli, Upper" {
		t.Errorf("quoted name = %q", ps[1].Name)
	}
	_, err = ReadCSV(strings.NewReader("a,b\n1,2\n"), CSVMapping{Name: "name", Lat: "a", Lon: "b"})
	if err == nil || !strings.Contains(err.Error(), "name") {
		t.Errorf("missing column error = %v", err)
	}
	_, err = ReadCSV(strings.NewReader("n,a,b\nX,north,2\n"), CSVMapping{Name: "n", Lat: "a", Lon: "b"})
	if err == nil || !strings.Contains(err.Error(), "row 2") {
		t.Errorf("bad coordinate error = %v", err)
	}
}

func TestLookup(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, query, country string
		lat, lon             float64
	}{
		{"article_word", "Ash Sharqat", "IQ", 35.51, 43.23},
		{"no_article", "Sharqat", "IQ", 35.51, 43.23},
		{"vowel_variant", "Shirqat", "IQ", 35.51, 43.23},
		{"tal", "Tal Afar", "IQ", 36.38, 42.45},
		{"tall", "Tall Afar", "", 36.38, 42.45},
		{"hyphen_article", "Deir ez-Zor", "SY", 35.34, 40.14},
		{"glued", "Deir Ezzor", "SY", 35.34, 40.14},
		{"apostrophe", "Ba'aj", "IQ", 36.04, 41.73},
		{"curly_and_article", "Al-Ba’aj", "IQ", 36.04, 41.73},
		{"arabic", "الموصل", "", 36.34, 43.12},
		{"province", "Nineveh", "IQ", 36.3, 43.1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := g.Lookup(tc.query, tc.country)
			if len(ps) == 0 {
				t.Fatalf("no candidates for %q", tc.query)
			}
			if d := Distance(ps[0].Lat, ps[0].Lon, tc.lat, tc.lon); d > 30 {
				t.Errorf("%q → %s (%s) %.0f km away", tc.query, ps[0].Name, ps[0].Country, d)
			}
		})
	}
	for _, p := range g.Lookup("Mosul", "FR") {
		if p.Country != "FR" {
			t.Errorf("Lookup limited to FR gave %s in %s", p.Name, p.Country)
		}
	}
}

func TestWithUserPlaceWins(t *testing.T) {
	g := mustDefault(t)
	user := []sitrep.Place{{ID: -7, Name: "Mosul", Lat: 36.34, Lon: 43.13, Country: "IQ", Admin1: "Ninewa", Gazetteer: "mine"},
		{ID: -8, Name: "Tahouna", Lat: 35.80, Lon: 43.55, Country: "IQ", Admin1: "Ninewa", Gazetteer: "mine"}}
	u := g.With(user)
	ps := u.Lookup("Mosul", "IQ")
	if len(ps) == 0 || ps[0].Gazetteer != "mine" {
		t.Fatalf("user Mosul should come first, got %+v", ps)
	}
	for _, p := range ps {
		// (the district of that name is another place, a division)
		if p.Gazetteer == "geonames" && p.Feature[0] == 'P' && Distance(p.Lat, p.Lon, 36.34, 43.13) < 25 {
			t.Errorf("default %s still listed beside the user's", p.Name)
		}
	}
	if ps[0].Admin1 != "Nineveh" {
		t.Errorf("user admin1 %q should take the default's spelling Nineveh", ps[0].Admin1)
	}
	if len(g.Lookup("Tahouna", "IQ")) != 0 {
		t.Error("With must not change the gazetteer it was called on")
	}
}

func TestGeocode(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, query, country string
		lat, lon             float64
		prec                 int
		ok                   bool
	}{
		{"city", "Tall Afar", "IQ", 36.38, 42.45, 1, true},
		{"unknown_neighbourhood_in_city", "Zzyzx neighbourhood, Mosul, Nineveh province, Iraq", "", 36.34, 43.12, 2, true},
		{"offset", "Qqqxx, 36 km west of Raqqa, Raqqa governorate, Syria", "SY", 35.95, 38.62, 2, true},
		{"near", "near Tabaqa, Raqqa governorate, Syria", "", 35.84, 39.0, 2, true},
		{"code_and_cue", "(S1117a) Raqqa city", "SY", 35.95, 39.01, 1, true},
		{"suburb_cue", "Harasta suburb", "SY", 33.56, 36.36, 1, true},
		{"province_only", "Qqqxx village, Anbar province, Iraq", "", 33.4, 42.5, 3, true},
		{"between", "road between Mosul and Tall Afar", "IQ", 36.36, 42.78, 2, true},
		// "Near Kirkuk" before the province of that name: near the city
		{"near_city_named_like_province", "Near Kirkuk, Kirkuk province, Iraq", "", 35.47, 44.39, 2, true},
		// Tall Afar lies some 60 km from Mosul: an exact spelling "near" it
		// is taken as far as a place the query puts in it
		{"exact_name_near_a_city", "Tall Afar near Mosul, Nineveh province, Iraq", "", 36.38, 42.45, 1, true},
		{"nothing", "Qqqxx", "IQ", 0, 0, 0, false},
		{"country_alone_is_no_answer", "Qqqxx, Iraq", "", 0, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := g.Geocode(tc.query, tc.country)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v (%+v)", ok, tc.ok, a)
			}
			if !ok {
				return
			}
			if a.Precision != tc.prec {
				t.Errorf("precision %d, want %d (%s)", a.Precision, tc.prec, a.Name)
			}
			if d := Distance(a.Lat, a.Lon, tc.lat, tc.lon); d > 60 {
				t.Errorf("%s at %.2f,%.2f is %.0f km off", a.Name, a.Lat, a.Lon, d)
			}
		})
	}
}

// TestGeocodeMatching covers how spellings, context and user places
// compete: a fictional user list (invented villages at invented points in
// Iraq) laid over the default.
func TestGeocodeMatching(t *testing.T) {
	user := []sitrep.Place{
		{ID: -1, Name: "Qaryat Zarnukh", Lat: 35.10, Lon: 43.60, Country: "IQ", Admin1: "Kirkuk", Admin2: "Hawija", Gazetteer: "test"},
		{ID: -2, Name: "Al Zarnukhiya", Lat: 33.20, Lon: 44.30, Country: "IQ", Admin1: "Baghdad", Admin2: "Mahmoudiya", Gazetteer: "test"},
		{ID: -3, Name: "Hay Al Zarnukhiya", Lat: 35.30, Lon: 43.60, Country: "IQ", Admin1: "Kirkuk", Admin2: "Hawija", Gazetteer: "test"},
		{ID: -4, Name: "Albu Tawfeeq", Lat: 33.45, Lon: 43.20, Country: "IQ", Admin1: "Anbar", Admin2: "Ramadi", Gazetteer: "test"},
		{ID: -5, Name: "Mosul", Lat: 36.34, Lon: 43.13, Country: "IQ", Admin1: "Ninewa", Admin2: "Mosul", Gazetteer: "test"},
		{ID: -6, Name: "Ramadi", Lat: 36.50, Lon: 43.95, Country: "IQ", Admin1: "Erbil", Admin2: "Erbil", Gazetteer: "test"},
		{ID: -7, Name: "Al Qadisiya Village", Lat: 36.70, Lon: 42.60, Country: "IQ", Admin1: "Ninewa", Admin2: "Telafar", Gazetteer: "test"},
		{ID: -8, Name: "Dam Zarnukh", Lat: 36.62, Lon: 42.83, Country: "IQ", Admin1: "Ninewa", Admin2: "Tilkaif", Gazetteer: "test"},
		{ID: -9, Name: "Al Qarhamdee", Lat: 33.55, Lon: 42.90, Country: "IQ", Admin1: "Anbar", Admin2: "Heet", Gazetteer: "test"},
		{ID: -10, Name: "Qarhmudea", Lat: 35.80, Lon: 44.00, Country: "IQ", Admin1: "Erbil", Admin2: "Makhmur", Gazetteer: "test"},
		{ID: -11, Name: "Albu Thurban", Lat: 33.45, Lon: 43.27, Country: "IQ", Admin1: "Anbar", Admin2: "Ramadi", Gazetteer: "test"},
		{ID: -12, Name: "Al-Zarqih", Alternates: []string{"قرية الزرقية"}, Lat: 33.37, Lon: 43.70, Country: "IQ", Admin1: "Anbar",
			Admin2: "Falluja", Gazetteer: "test"},
		{ID: -13, Name: "Khirbat Dhiyaba", Lat: 35.90, Lon: 43.40, Country: "IQ", Admin1: "Ninewa", Admin2: "Mosul", Gazetteer: "test"},
		{ID: -14, Name: "Al Zarnawiya", Lat: 36.36, Lon: 43.20, Country: "IQ", Admin1: "Ninewa", Admin2: "Mosul", Gazetteer: "test"},
		{ID: -15, Name: "Al Zarnawiya", Lat: 33.30, Lon: 44.40, Country: "IQ", Admin1: "Baghdad", Admin2: "Baghdad", Population: 30000,
			Gazetteer: "test"},
	}
	g := mustDefault(t).With(user)
	tests := []struct {
		name, query, country string
		lat, lon             float64
		prec                 int
		match                string
	}{
		// the spelling closest to the query wins among same-key places:
		// "Al Zarnukhiya" beats the neighbourhood "Hay Al Zarnukhiya"
		{"closest_spelling_wins", "Az Zarnūkhīyah", "IQ", 33.20, 44.30, 2, "article"},
		{"ta_marbuta_is_article_level", "Zarnukhiyah, Baghdad province, Iraq", "", 33.20, 44.30, 1, "article"},
		{"transliteration_variant", "Albu Tawfiq, Anbar province, Iraq", "", 33.45, 43.20, 1, "loose"},
		{"vowel_only_variant", "Zrnukh, Kirkuk province, Iraq", "", 35.10, 43.60, 2, "vowels"},
		{"typo_placed_by_province", "Fallujha, Anbar province, Iraq", "", 33.35, 43.78, 2, "edit"},
		{"typo_alone_is_no_answer", "Zarnukhq", "IQ", 0, 0, 0, ""},
		{"wrong_province_notable_town", "Tall Afar, Basra province, Iraq", "", 36.38, 42.45, 2, "exact"},
		{"user_mosul_is_still_the_city", "Mosul", "IQ", 36.34, 43.13, 1, "exact"},
		{"well_known_city_beats_far_user_village", "Ramadi", "IQ", 33.42, 43.30, 1, "exact"},
		{"longest_known_form_first", "Dam Zarnukh Lake", "IQ", 36.62, 42.83, 2, "exact"},
		{"neighbourhood_stays_in_city", "Al Qadisiya neighbourhood, Mosul, Nineveh province, Iraq", "", 36.34, 43.13, 2, ""},
		{"arabic_and_latin", "الطبقة Tabaqa, Raqqa governorate, Syria", "", 35.84, 38.55, 1, "article"},
		{"and_list_is_not_precise", "Hit and Zzyzx, Anbar province, Iraq", "", 33.64, 42.83, 2, "exact"},
		{"direction_without_comma", "Qqqxx village west of Mosul, Nineveh province, Iraq", "", 36.34, 43.13, 2, ""},
		{"province_without_comma", "Mayadin Deir Ezzor governorate, Syria", "", 35.02, 40.45, 1, "exact"},
		{"across_the_border", "Al Rukban", "SY", 33.31, 38.70, 2, "exact"},
		{"cue_says_small_place", "Hama suburb", "SY", 35.13, 36.75, 2, "exact"},
		// "ee" is a long i: Qarhamdee is nearer Qarhammadi than Qarhmudea is
		{"ee_is_long_i", "Al-Qarhammadi", "IQ", 33.55, 42.90, 2, "vowels"},
		// the dhal written th: Albu Dhurban is the list's Albu Thurban
		{"dh_written_th", "Albu Dhurban", "IQ", 33.45, 43.27, 2, "loose"},
		{"th_written_dh", "Khirbat Thiyabah village", "IQ", 35.90, 43.40, 2, "loose"},
		// the list's Arabic name has the query's consonants, its Latin one
		// drops the -iya
		{"arabic_name_consonants", "Az Zarqiyah", "IQ", 33.37, 43.70, 2, "vowels"},
		// an enclosing place is the one near the outer place the query
		// names, not the bigger namesake elsewhere
		{"inner_within_near_outer", "Qqqxx, Zarnawiya, east of Mosul, Iraq", "", 36.36, 43.20, 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := g.Geocode(tc.query, tc.country)
			if ok != (tc.prec != 0) {
				t.Fatalf("ok = %v (%+v)", ok, a)
			}
			if !ok {
				return
			}
			if a.Precision != tc.prec || a.Match != tc.match {
				t.Errorf("%s: precision %d match %q, want %d %q", a.Name, a.Precision, a.Match, tc.prec, tc.match)
			}
			if d := Distance(a.Lat, a.Lon, tc.lat, tc.lon); d > 25 {
				t.Errorf("%s at %.2f,%.2f is %.0f km off", a.Name, a.Lat, a.Lon, d)
			}
		})
	}
}

func TestOffset(t *testing.T) {
	lat, lon := Offset(36.34, 43.12, 50, 270)
	if d := Distance(36.34, 43.12, lat, lon); d < 49.9 || d > 50.1 {
		t.Errorf("offset distance %.2f km, want 50", d)
	}
	if lon >= 43.12 || lat < 36.2 || lat > 36.45 {
		t.Errorf("50 km west of Mosul = %.3f,%.3f", lat, lon)
	}
}

// findCase expects one mention of a name (or its absence).
type findCase struct {
	name, text string
	want       []wantMention
	absent     []string
	named      []string // names the caller knows as no places (Context.Named)
}

type wantMention struct {
	name, cue, prep, within string
	prec                    int
	hasPoint                bool
	country                 string // the resolved place's country, when set
	noPlace                 bool   // resolved to no gazetteer place
	feature                 string // the resolved place's feature code ("A.ADM1"), when set
	admin                   bool   // the mention is an administrative division's (Mention.Admin)
	notAdmin                bool   // the mention is not one
	group, notGroup         bool   // the mention does or does not qualify a group (Mention.Group)
}

func TestFind(t *testing.T) {
	g := mustDefault(t).With([]sitrep.Place{{ID: -1, Name: "Makhmur", Lat: 35.78, Lon: 43.58, Country: "IQ", Admin1: "Erbil", Gazetteer: "test"}})
	tests := []findCase{
		{name: "cue_and_within_after_comma", text: "Army units pushed into the Zanjili district, west of Mosul, late on Sunday.",
			want: []wantMention{{name: "Zanjili", cue: "district", prep: "into", within: "Mosul", prec: 2, hasPoint: true},
				{name: "Mosul", prep: "west of", prec: 2, hasPoint: true}}},
		{name: "unknown_village_in_town", text: "Gunmen raided Qarawiya village in Makhmur overnight, the Iraqi army said.",
			want: []wantMention{{name: "Qarawiya", cue: "village", prep: "raided", within: "Makhmur", prec: 2, hasPoint: true},
				{name: "Makhmur", prep: "in", prec: 1, hasPoint: true}}},
		{name: "person_trap_speaker", text: "Jordan said on Monday that talks would resume in Baghdad.",
			want: []wantMention{{name: "Baghdad", prep: "in", prec: 1, hasPoint: true}}, absent: []string{"Jordan"}},
		{name: "person_trap_given_name", text: "Militia leader Mohammed Aleppo denied the claim from his base in Tall Afar.",
			want: []wantMention{{name: "Tall Afar", prep: "in", prec: 1, hasPoint: true}}, absent: []string{"Aleppo"}},
		{name: "person_trap_title", text: "Gen. Jordan Smith visited troops at Tikrit airbase.", absent: []string{"Jordan"}},
		{name: "relative_offset", text: "A convoy was ambushed 40 km south of Kirkuk, officials in Iraq reported.",
			want: []wantMention{{name: "Kirkuk", prep: "south of", prec: 2, hasPoint: true}}},
		{name: "between", text: "Fighting raged on the road between western Mosul and Tal Afar.",
			want: []wantMention{{name: "Mosul", prep: "between", prec: 1, hasPoint: true}, {name: "Tal Afar", prep: "between", prec: 1, hasPoint: true}}},
		{name: "article_variants", text: "Shells fell on al-Ba'aj and Ash Sharqat in northern Iraq.",
			want: []wantMention{{name: "al-Ba'aj", prep: "on", prec: 1, hasPoint: true}, {name: "Ash Sharqat", prep: "and", prec: 1, hasPoint: true}}},
		{name: "province_cue", text: "Airstrikes hit targets in Raqqa province, Syria.",
			want: []wantMention{{name: "Raqqa", cue: "province", prep: "in", prec: 3, hasPoint: true}}},
		{name: "the_town_of", text: "Rebels seized the town of Deir Ezzor in eastern Syria.",
			want: []wantMention{{name: "Deir Ezzor", cue: "town", prep: "seized", prec: 1, hasPoint: true}}},
		{name: "arabic_script", text: "وقع انفجار في الموصل صباح اليوم",
			want: []wantMention{{name: "الموصل", prec: 1, hasPoint: true}}},
		{name: "months_and_demonyms", text: "In March, Syrian and Turkish officials met.", absent: []string{"March", "Syrian", "Turkish"}},
		{name: "outskirts", text: "Clashes continued on the outskirts of Falluja in Iraq.",
			want: []wantMention{{name: "Falluja", prep: "outskirts of", prec: 2, hasPoint: true}}},
		{name: "known_name_before_a_capitalised_word", text: "Iraqi families queued near Qayyarah Photo agencies said.",
			want: []wantMention{{name: "Qayyarah", prep: "near", prec: 2, hasPoint: true}}},
		{name: "person_name_with_final_h", text: "Iraqi officer Salih spoke in Baghdad.", absent: []string{"Salih"}},
		// "Dainiya" is a loose look-alike of Denia in Spain only
		{name: "cued_name_with_far_lookalikes_only", text: "Iraqi troops fought in Dainiya district, west of Mosul.",
			want: []wantMention{{name: "Dainiya", cue: "district", prep: "in", within: "Mosul", prec: 2, hasPoint: true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &sitrep.Document{ID: "t", Text: tc.text}
			ms := g.Find(doc)
			byName := map[string]Mention{}
			for _, m := range ms {
				if tc.text[m.Span.Start:m.Span.End] != m.Name {
					t.Errorf("span %v reads %q, name %q", m.Span, tc.text[m.Span.Start:m.Span.End], m.Name)
				}
				if !m.Full.Contains(m.Span) {
					t.Errorf("full span %v does not contain %v", m.Full, m.Span)
				}
				byName[m.Name] = m
			}
			for _, w := range tc.want {
				m, ok := byName[w.name]
				if !ok {
					t.Errorf("no mention %q in %v", w.name, names(ms))
					continue
				}
				if m.Cue != w.cue || m.Prep != w.prep || m.Within != w.within {
					t.Errorf("%q: cue %q prep %q within %q, want %q %q %q", w.name, m.Cue, m.Prep, m.Within, w.cue, w.prep, w.within)
				}
				if m.Location.HasPoint() != w.hasPoint || m.Location.Precision != w.prec {
					t.Errorf("%q: point %v precision %d, want %v %d", w.name, m.Location.HasPoint(), m.Location.Precision, w.hasPoint, w.prec)
				}
				if m.Score <= 0 || m.Score > 1 {
					t.Errorf("%q: score %.2f out of (0,1]", w.name, m.Score)
				}
			}
			for _, a := range tc.absent {
				if _, ok := byName[a]; ok {
					t.Errorf("%q should not be a place mention", a)
				}
			}
		})
	}
}

func names(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Name)
	}
	return out
}

func TestReadLexiconOverride(t *testing.T) {
	l, err := ReadLexicon(strings.NewReader("[stop]\nbaghdad\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := mustDefault(t).WithLexicon(DefaultLexicon().Merge(l))
	ms := g.Find(&sitrep.Document{Text: "A blast in Baghdad and in Mosul."})
	if got := strings.Join(names(ms), ","); got != "Mosul" {
		t.Errorf("with Baghdad a stop word, mentions = %q", got)
	}
	if _, err := ReadLexicon(strings.NewReader("word\n")); err == nil {
		t.Error("an entry before any section should be an error")
	}
}

func FuzzReadGeoNames(f *testing.F) {
	b, _ := os.ReadFile("testdata/mini_geonames.txt")
	f.Add(string(b))
	f.Add("1\tA\tA\t\t91\t0\tP\tPPL\tIQ\n")
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := ReadGeoNames(strings.NewReader(s), nil)
		if err == nil {
			for _, p := range ps {
				if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
					t.Fatalf("bad coordinates accepted: %+v", p)
				}
			}
		}
	})
}

func FuzzReadCSV(f *testing.F) {
	b, _ := os.ReadFile("testdata/mini_places.csv")
	f.Add(string(b))
	f.Add("village,y,x\n\"a,b\",1,2\n")
	m := CSVMapping{Name: "village", Lat: "y", Lon: "x", Country: "IQ"}
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := ReadCSV(strings.NewReader(s), m)
		if err == nil {
			for _, p := range ps {
				if p.Name == "" || p.ID >= 0 {
					t.Fatalf("bad place: %+v", p)
				}
			}
		}
	})
}

func FuzzGeocode(f *testing.F) {
	g := mustDefault(f)
	for _, s := range []string{"Zanjili neighbourhood, Mosul, Nineveh province, Iraq", "Hunaida, 36 km west of Raqqa, Raqqa governorate, Syria",
		"near Tabaqa", "(S1117a) Raqqa city", "Kafr Batna suburb", "road between A and B", "/,/,", "ﺍﻟﻄﺒﻘﺔ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		a, ok := g.Geocode(q, "")
		if ok && (a.Precision < 1 || a.Precision > 3 || a.Lat < -90 || a.Lat > 90 || a.Lon < -180 || a.Lon > 180) {
			t.Fatalf("bad answer %+v", a)
		}
	})
}

func FuzzFind(f *testing.F) {
	g := mustDefault(f)
	for _, s := range []string{"Fighting in the Zanjili district, west of Mosul.", "50 km west of Mosul", "Gen. Aleppo said",
		"قصف في الموصل", "Al-Ba’aj’s", "the town of", "X village in"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := &sitrep.Document{Text: s}
		for _, m := range g.Find(doc) {
			if m.Span.Start < 0 || m.Span.End > len(s) || m.Span.Start >= m.Span.End || !m.Full.Contains(m.Span) || m.Full.End > len(s) {
				t.Fatalf("bad spans %v %v in %q", m.Span, m.Full, s)
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[m.Span.Start:m.Span.End]) {
				t.Fatalf("span cuts a rune: %q", s[m.Span.Start:m.Span.End])
			}
		}
	})
}

// BenchmarkDefault measures opening the embedded gazetteer (what Default
// does once).
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := openDefault(); err != nil {
			b.Fatal(err)
		}
	}
}

// benchText is a fictional 2 KB report.
var benchText = strings.Repeat(`Iraqi forces pushed into the Zanjili district, west of Mosul, on Tuesday after heavy clashes with Islamic State fighters, a military spokesman said. Brig. Gen. Yahya Rasool told reporters that three soldiers were killed near Tal Afar and that a car bomb exploded on the road between western Mosul and Ash Sharqat. Residents fled towards Hamam al-Alil, 30 km south of Mosul, while airstrikes hit Raqqa province in Syria. `, 5)

func BenchmarkFind(b *testing.B) {
	g := mustDefault(b)
	doc := &sitrep.Document{Text: benchText[:2048]}
	b.SetBytes(2048)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.Find(doc)
	}
}

func BenchmarkGeocode(b *testing.B) {
	g := mustDefault(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.Geocode("Zanjili neighbourhood, Mosul, Nineveh province, Iraq", "")
	}
}

// TestGeocodeLookAlikeNeedsContext: a look-alike spelling alone is no
// answer (it names a village somewhere else in the world), with a country
// it may be one, and an exact name alone still is.
func TestGeocodeLookAlikeNeedsContext(t *testing.T) {
	g := mustDefault(t)
	for _, q := range []string{"Bashiqa", "Dusuma"} {
		if a, ok := g.Geocode(q, ""); ok {
			t.Errorf("%q alone answered %s, %s (%s)", q, a.Name, a.Country, a.Match)
		}
	}
	if a, ok := g.Geocode("Menbej, Syria", ""); !ok || a.Country != "SY" {
		t.Errorf("Menbej, Syria: %+v %v", a, ok)
	}
	if a, ok := g.Geocode("Mosul", ""); !ok || a.Country != "IQ" {
		t.Errorf("Mosul: %+v %v", a, ok)
	}
}

// TestProvinceBeforeNamesakeVillage checks that a first-level division
// named without its kind word ("Borno" for Borno State, "Kebbi") is found
// before a village of that name elsewhere when nothing gives a country,
// while a province's town of its name still stands for the name ("Deir
// ez Zor", "Kirkuk" are the cities).
func TestProvinceBeforeNamesakeVillage(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, query, country, feature string
	}{
		{"state_without_its_kind_word", "Borno", "", "A.ADM1"},
		{"state_before_a_town_of_another_state", "Kebbi", "", "A.ADM1"},
		{"state_with_its_kind_word", "Borno State", "", "A.ADM1"},
		{"province_town_of_its_name_is_the_town", "Deir ez Zor", "", "P.PPLA"},
		{"province_town_of_its_name_is_the_town_2", "Kirkuk", "", "P.PPLA"},
		{"a_city_abroad_before_a_province", "Beni", "", "P.PPL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := g.Geocode(tc.query, tc.country)
			if !ok || a.Place == nil {
				t.Fatalf("no place for %q (%+v)", tc.query, a)
			}
			if a.Place.Feature != tc.feature {
				t.Errorf("%q: %s (%s, %s), want a %s", tc.query, a.Name, a.Country, a.Place.Feature, tc.feature)
			}
		})
	}
}

// TestProvinceInTextBeforeNamesakeVillage is TestProvinceBeforeNamesakeVillage
// in running text: with nothing else giving a country, "in Borno" is the
// Nigerian state; a report whose country is known keeps out a province
// abroad told by its bare name.
func TestProvinceInTextBeforeNamesakeVillage(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []findCase{
		{name: "bare_state_with_no_country", text: "Gunmen killed twelve farmers in Borno on Monday.",
			want: []wantMention{{name: "Borno", country: "NG"}}},
		{name: "bare_state_with_no_country_2", text: "Bandits raided two villages in Kebbi overnight.",
			want: []wantMention{{name: "Kebbi", country: "NG"}}},
		{name: "province_abroad_in_a_report_of_another_country", text: "Fighters from Mosul in Iraq fled to Erbil in Iraqi Kurdistan.",
			want: []wantMention{{name: "Erbil", country: "IQ"}}, absent: []string{"Kurdistan"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}

// TestANameExistsByItsOwnKey: whether the gazetteer knows a name is asked
// of its whole key (or the key with its article stripped), never of the
// key less its first letter ("Nuri" is no place because "Uri" is, nor
// "Tchoma" because "Choma" is). Not so: a name known as written, or with
// its article stripped ("al-Mosul"), exists.
func TestANameExistsByItsOwnKey(t *testing.T) {
	g := mustDefault(t)
	f := &finder{g: g, lex: g.lexicon(), seen: map[string]bool{}}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Xbaghdad", false},
		{"Tchoma", false},
		{"Zmosul", false},
		// not so
		{"Baghdad", true},
		{"Mosul", true},
		{"al-Mosul", true},
	} {
		if got := f.exists(tc.name); got != tc.want {
			t.Errorf("exists(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	// a facility of four words before its cue is named whole, and placed
	// in the town the report puts it in
	checkFind(t, g, findCase{name: "four_word_facility",
		text: "Commandos took the ruined Grand al Nuri Mosque in Mosul on Thursday.",
		want: []wantMention{{name: "al Nuri", cue: "mosque", within: "Mosul", prec: 2, hasPoint: true, noPlace: true}}})
}
