package actors

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// found is a mention reduced to what tests compare: the words and the actor.
type found struct {
	text, actor string
	generic     bool
}

func findAll(d *Dictionary, text, country string) []found {
	var out []found
	for _, m := range d.Find(text, sitrep.Span{Start: 0, End: len(text)}, country) {
		out = append(out, found{text[m.Span.Start:m.Span.End], m.Actor.Name, m.Generic})
	}
	return out
}

// findCase is one sentence of a Find table: the mentions wanted, in
// order; entries with an empty actor are words that must NOT be mentions.
type findCase struct {
	name    string
	country string
	text    string
	want    []found
}

func runFindCases(t *testing.T, tests []findCase) {
	t.Helper()
	d := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findAll(d, tt.text, tt.country)
			var want []found
			for _, w := range tt.want {
				if w.actor != "" {
					want = append(want, w)
				}
			}
			if len(got) != len(want) {
				t.Fatalf("Find(%q, %q) = %v, want %v", tt.text, tt.country, got, want)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("mention %d = %v, want %v", i, got[i], want[i])
				}
			}
		})
	}
}

func TestFind(t *testing.T) {
	runFindCases(t, []findCase{
		{"islamic_factions_in_syria_are_the_opposition", "SY", "The Islamic factions shelled the district.",
			[]found{{"Islamic factions", "Syrian rebels", false}}},
		{"islamic_factions_elsewhere_are_no_one_named", "IQ", "The Islamic factions shelled the district.", nil},
		{"acronym_in_capitals", "", "Fighters of IS overran the checkpoint.",
			[]found{{"Fighters", "", false}, {"IS", "Islamic State", false}}},
		{"lower_case_is_is_not_an_acronym", "", "The road is closed and this is why.", nil},
		{"title_case_Isis_spelling", "", "Isis claimed the bombing.",
			[]found{{"Isis", "Islamic State", false}}},
		{"shouting_headline_is_not_an_acronym", "", "WHAT IS NEXT FOR THE TOWN", nil},
		{"possessive_straight", "", "Daesh's last stronghold fell.",
			[]found{{"Daesh", "Islamic State", false}}},
		{"possessive_curly_after_s", "", "The Houthis’ spokesman denied it.",
			[]found{{"Houthis", "Houthis", false}}},
		{"possessive_inside_alias", "", "Haftar’s forces advanced on the port.",
			[]found{{"Haftar’s forces", "Libyan government forces", false}}},
		{"longest_match_wins", "", "The Islamic State West Africa Province claimed the raid.",
			[]found{{"Islamic State West Africa Province", "Boko Haram", false}}},
		{"longest_match_group", "", "The Islamic State group lost the village.",
			[]found{{"Islamic State group", "Islamic State", false}}},
		{"hyphen_and_space_variants", "", "al Shabaab and al-Shabaab and Al-Shabab are one group.",
			[]found{{"al Shabaab", "al-Shabaab", false}, {"al-Shabaab", "al-Shabaab", false}, {"Al-Shabab", "al-Shabaab", false}}},
		{"dotted_us", "", "U.S.-led coalition jets struck the bridge.",
			[]found{{"U.S.-led coalition jets", "US-led coalition", false}}},
		{"comma_ends_a_phrase", "", "In Syria, forces loyal to Assad shelled the town.",
			[]found{{"forces loyal to Assad", "Syrian government forces", false}}},
		{"generic_soldiers_iraq", "IQ", "Two soldiers were killed.",
			[]found{{"soldiers", "Iraqi Security Forces", true}}},
		{"generic_soldiers_syria", "SY", "Two soldiers were killed.",
			[]found{{"soldiers", "Syrian government forces", true}}},
		{"generic_troops_mali", "ML", "Troops repelled the attack.",
			[]found{{"Troops", "Malian Armed Forces", true}}},
		{"generic_police_pakistan", "PK", "Seven policemen died in the blast.",
			[]found{{"policemen", "Pakistani security forces", true}}},
		{"generic_soldiers_unknown_country", "", "Two soldiers were killed.",
			[]found{{"soldiers", "state forces (unidentified)", true}}},
		{"national_adjective_beats_country", "SY", "Iraqi soldiers crossed the border.",
			[]found{{"Iraqi soldiers", "Iraqi Security Forces", false}}},
		{"nation_told_after_its_term", "SY", "Jets believed to be Russian struck the town.",
			[]found{{"Jets believed to be Russian", "Russian armed forces", false}}},
		{"a_belief_about_something_else_names_no_nation", "SY", "The jets were believed to be flying low.",
			nil},
		{"national_jets", "", "Turkish artillery hit the town.",
			[]found{{"Turkish artillery", "Turkish Armed Forces", false}}},
		{"militants_unidentified", "NG", "Insurgents attacked the village.",
			[]found{{"Insurgents", "militants (unidentified)", true}, {"village", "", false}}},
		{"civilians_generic", "YE", "Shelling killed four villagers and two children.",
			[]found{{"villagers", "civilians", true}, {"children", "civilians", true}}},
		{"coalition_by_country_yemen", "YE", "Coalition warplanes struck Houthi positions.",
			[]found{{"Coalition warplanes", "Saudi-led coalition", true}, {"Houthi", "Houthis", false}}},
		{"coalition_by_country_iraq", "IQ", "Coalition aircraft struck the bridge.",
			[]found{{"Coalition aircraft", "US-led coalition", true}}},
		{"kurdish_forces_unknown_country_left_out", "", "Kurdish forces held the ridge.", nil},
		{"kurdish_forces_syria", "SY", "Kurdish forces held the ridge.",
			[]found{{"Kurdish forces", "YPG", true}}},
		{"hashd_spellings", "", "Hashd al-Shaabi, Hashid al-Shaabi and Popular Mobilisation Units took part.",
			[]found{{"Hashd al-Shaabi", "Popular Mobilization Forces", false}, {"Hashid al-Shaabi", "Popular Mobilization Forces", false}, {"Popular Mobilisation Units", "Popular Mobilization Forces", false}}},
		{"cts_acronym_and_name", "", "The Counter-Terrorism Service (CTS) entered the district.",
			[]found{{"Counter-Terrorism Service", "Counter-Terrorism Service", false}, {"CTS", "Counter-Terrorism Service", false}}},
		{"lower_case_cts_is_a_word_not_an_acronym", "", "the cts file", nil},
		{"pakistani_taliban_not_taliban", "", "The Pakistani Taliban and the Taliban differ.",
			[]found{{"Pakistani Taliban", "Tehrik-i-Taliban Pakistan", false}, {"Taliban", "Taliban", false}}},
		{"cjtf_nigeria_vs_cjtf_oir", "", "CJTF members helped; CJTF-OIR said nothing.",
			[]found{{"CJTF members", "Nigerian security forces", false}, {"CJTF-OIR", "US-led coalition", false}}},
		{"terrorists_in_syria_are_unidentified", "SY", "Terrorists fired mortar shells.",
			[]found{{"Terrorists", "militants (unidentified)", true}}},
		{"jihadists_in_iraq_are_islamic_state", "IQ", "Jihadists launched an offensive.",
			[]found{{"Jihadists", "Islamic State", true}}},
		{"exact_case_alias", "", "Hashed fighters advanced but the deal was hashed out.",
			[]found{{"Hashed fighters", "Popular Mobilization Forces", false}}},
		{"rebel_held_is_a_place_not_a_side", "SY", "Shells hit the rebel-held town.", nil},
		{"islamic_state_held_still_names_the_group", "IQ", "the IS-held town",
			[]found{{"IS", "Islamic State", false}}},
		// a side tied by a hyphenated word to the one after it describes
		// that one; it is no side told acting
		{"linked_side_describes_the_next", "SO", "The al-Qaeda-linked al-Shabaab group said it.",
			[]found{{"al-Shabaab group", "al-Shabaab", false}}},
		{"backed_side_describes_the_next", "SY", "US-backed SDF fighters took the village.",
			[]found{{"US-backed SDF fighters", "Syrian Democratic Forces", false}}},
		{"led_coalition_is_still_a_side", "YE", "The Saudi-led coalition struck Houthi positions.",
			[]found{{"Saudi-led coalition", "Saudi-led coalition", false}, {"Houthi", "Houthis", false}}},
		{"bombers_in_iraq", "IQ", "Three bombers attacked army positions.",
			[]found{{"bombers", "Islamic State", true}, {"army", "Iraqi Security Forces", true}}},
		{"accented_spelling", "", "Forces Armées Maliennes patrolled.",
			[]found{{"Forces Armées Maliennes", "Malian Armed Forces", false}}},
		{"us_jets_are_the_coalition_in_syria", "SY", "US jets struck the bridge.",
			[]found{{"US jets", "US-led coalition", false}}},
		{"us_jets_are_us_forces_in_libya", "LY", "US jets struck the bridge.",
			[]found{{"US jets", "US forces", false}}},
		{"opposition_fighters_in_syria_are_the_rebels", "SY", "Opposition fighters shelled the town.",
			[]found{{"Opposition fighters", "Syrian rebels", false}}},
		{"opposition_fighters_elsewhere_are_unidentified", "CO", "Opposition fighters shelled the town.",
			[]found{{"Opposition fighters", "militants (unidentified)", true}}},
		{"opposition_troops_in_myanmar_are_the_peoples_defense_forces", "MM", "Opposition troops captured the town.",
			[]found{{"Opposition troops", "People's Defense Forces", true}}},
		{"federal_police_are_iraqi_only_in_iraq", "NG", "Federal police patrolled.",
			[]found{{"Federal police", "Nigerian security forces", true}}},
		{"federal_police_in_iraq", "IQ", "Federal police patrolled.",
			[]found{{"Federal police", "Iraqi Security Forces", false}}},
	})
}

func TestFindSpanIsAbsolute(t *testing.T) {
	text := "Intro sentence. Peshmerga forces repelled the attack."
	start := strings.Index(text, "Peshmerga")
	ms := Default().Find(text, sitrep.Span{Start: start, End: len(text)}, "IQ")
	if len(ms) == 0 {
		t.Fatal("no mention")
	}
	if got := text[ms[0].Span.Start:ms[0].Span.End]; got != "Peshmerga forces" {
		t.Errorf("span text = %q, want %q", got, "Peshmerga forces")
	}
	if ms[0].Span.Start != start {
		t.Errorf("span start = %d, want %d", ms[0].Span.Start, start)
	}
}

func TestFindOutOfRangeSpan(t *testing.T) {
	text := "ISIS"
	if got := Default().Find(text, sitrep.Span{Start: -5, End: 99}, ""); len(got) != 1 {
		t.Errorf("clipped span: got %d mentions, want 1", len(got))
	}
	if got := Default().Find(text, sitrep.Span{Start: 3, End: 1}, ""); got != nil {
		t.Errorf("empty span: got %v, want nil", got)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"canonical", "Islamic State", "Islamic State"},
		{"canonical_any_case", "islamic state", "Islamic State"},
		{"alias", "Daesh", "Islamic State"},
		{"acronym", "SDF", "Syrian Democratic Forces"},
		{"acronym_lower_unknown", "sdf", ""},
		{"parented", "Golden Division", "Counter-Terrorism Service"},
		{"generic_is_not_a_name", "soldiers", ""},
		{"nation_adjective_and_term", "Russian security forces", "Russian armed forces"},
		{"nation_adjective_and_national_term", "Malian warplanes", "Malian Armed Forces"},
		{"nation_acronym_adjective_in_capitals", "US soldiers", "US forces"},
		{"nation_acronym_adjective_lower_case", "us soldiers", ""},
		{"alias_beats_nation_term", "Iraqi Army", "Iraqi Security Forces"},
		{"adjective_alone", "Iraqi", ""},
		{"unknown_name", "Army of the Moon", ""},
		{"empty", "", ""},
	}
	d := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := d.Lookup(tt.in)
			got := ""
			if a != nil {
				got = a.Name
			}
			if got != tt.want {
				t.Errorf("Lookup(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if cts := d.Lookup("CTS"); cts == nil || cts.Parent != "Iraqi Security Forces" {
		t.Errorf("CTS parent = %+v, want Iraqi Security Forces", cts)
	}
}

func TestGeneric(t *testing.T) {
	tests := []struct{ name, term, country, want string }{
		{"soldiers_iraq", "soldiers", "IQ", "Iraqi Security Forces"},
		{"police_pakistan", "police", "PK", "Pakistani security forces"},
		{"soldiers_unknown_country", "soldiers", "", "state forces (unidentified)"},
		{"soldiers_unlisted_country", "troops", "NZ", "state forces (unidentified)"},
		{"militants_nigeria", "militants", "NG", "militants (unidentified)"},
		{"people", "people", "", "civilians"},
		{"kurdish_forces_no_default", "Kurdish forces", "", ""},
		{"alias_is_not_generic", "Daesh", "IQ", ""},
		{"unknown_word", "goats", "IQ", ""},
	}
	d := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if a := d.Generic(tt.term, tt.country); a != nil {
				got = a.Name
			}
			if got != tt.want {
				t.Errorf("Generic(%q, %q) = %q, want %q", tt.term, tt.country, got, tt.want)
			}
		})
	}
}

// TestCanonicalNamesCovered checks that every name of the output contract
// and of the development set's conventions is an actor of the default
// dictionary.
func TestPointsBack(t *testing.T) {
	tests := []struct {
		name, term string
		want       bool
	}{
		{"militants", "militants", true},
		{"insurgents", "insurgents", true},
		{"rebels", "rebels", true},
		{"bandits", "bandits", true},
		{"state_forces_do_not", "soldiers", false},
		{"paramilitaries_do_not", "paramilitaries", false},
		{"attackers_do_not", "attackers", false},
		{"civilians_do_not", "villagers", false},
		{"a_name_is_no_term", "Daesh", false},
		{"unknown_word", "goats", false},
	}
	d := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.PointsBack(tt.term); got != tt.want {
				t.Errorf("PointsBack(%q) = %v, want %v", tt.term, got, tt.want)
			}
		})
	}
	if err := d.Clone().Load(strings.NewReader("generic: militants\npoints back: maybe\n"), "user"); err == nil {
		t.Error("points back: maybe loaded without an error")
	}
}

func TestCanonicalNamesCovered(t *testing.T) {
	names := []string{
		"Islamic State", "Iraqi Security Forces", "Counter-Terrorism Service", "Popular Mobilization Forces",
		"Peshmerga", "Kurdish security forces (Asayish)", "Sinjar Resistance Units (YBS)", "US-led coalition",
		"Syrian Democratic Forces", "YPG", "Syrian government forces", "Syrian rebels", "Turkish Armed Forces",
		"Turkish-backed Syrian rebels", "Taliban", "Afghan security forces", "Boko Haram", "Nigerian security forces",
		"al-Shabaab", "Houthis", "Saudi-led coalition", "Yemeni government forces", "Libyan government forces",
		"Islamist militants", "Malian Armed Forces", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
		"militants (unidentified)", "civilians", "unknown",
		// news-wide's conventions (README: "Other armed groups by their usual English short name")
		"Rapid Support Forces", "M23", "ADF", "JNIM", "ELN", "Baloch Liberation Army", "Jalisco New Generation Cartel",
		"Anglophone separatists", "Kachin Independence Army", "People's Defense Forces", "Libya Dawn", "GNA forces",
		"La Linea", "Maoists", "bandits", "Abu Sayyaf",
	}
	d := Default()
	for _, n := range names {
		if a := d.Lookup(n); a == nil || a.Name != n {
			t.Errorf("Lookup(%q) = %v, want the actor itself", n, a)
		}
	}
	for _, a := range d.Actors() {
		if !kinds[a.Kind] {
			t.Errorf("actor %q has kind %q", a.Name, a.Kind)
		}
	}
}

func TestLoad(t *testing.T) {
	user := `
# a user's additions
actor: Sultan Murad Division
kind: armed group
country: SY
parent: Turkish-backed Syrian rebels
aliases: Sultan Murad; Sultan Murad Brigade

actor: Islamic State
aliases: Tanzim

actor: Taliban
unalias: Taleban

generic: state forces
CM: Cameroonian security forces

actor: Cameroonian security forces
kind: state forces
country: CM

nation: CM
adjectives: Cameroonian
forces: Cameroonian security forces
`
	d := Default().Clone()
	if err := d.Load(strings.NewReader(user), "user.txt"); err != nil {
		t.Fatal(err)
	}
	check := func(text, country, want string) {
		t.Helper()
		got := findAll(d, text, country)
		if len(got) == 0 || got[0].actor != want {
			t.Errorf("Find(%q, %q) = %v, want first actor %q", text, country, got, want)
		}
	}
	check("Sultan Murad fighters entered.", "SY", "Sultan Murad Division")
	check("Tanzim fighters entered.", "", "Islamic State")
	check("Soldiers were ambushed.", "CM", "Cameroonian security forces")
	check("Cameroonian troops were ambushed.", "", "Cameroonian security forces")
	if a := d.Lookup("Taleban"); a != nil {
		t.Errorf("unalias: Lookup(Taleban) = %v, want nil", a)
	}
	if a := d.Lookup("Sultan Murad"); a == nil || a.Parent != "Turkish-backed Syrian rebels" {
		t.Errorf("Lookup(Sultan Murad) = %+v", a)
	}
	// The shared default is untouched by loading into a clone.
	if a := Default().Lookup("Tanzim"); a != nil {
		t.Errorf("default changed by a clone's Load: %v", a)
	}
}

// TestAliasesIn checks aliases limited to the reports of some countries:
// they name their actor there, beating any other reading of the words,
// and nothing elsewhere; Lookup, which knows no country, prefers an alias
// valid everywhere.
func TestAliasesIn(t *testing.T) {
	d := New()
	err := d.Load(strings.NewReader(`
actor: Rapid Support Forces
kind: armed group
country: SD
aliases in SD, SS: RSF; the Support

actor: Reporters Without Borders
kind: civilians
aliases: the Support

actor: Sudanese Armed Forces
kind: state forces
country: SD

nation: SD
adjectives: Sudanese
forces: Sudanese Armed Forces

generic: state forces
national: yes
terms: troops
`), "x")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ country, text, want string }{
		{"SD", "RSF fighters", "Rapid Support Forces"},
		{"SS", "RSF fighters", "Rapid Support Forces"},
		{"FR", "RSF fighters", ""},
		{"", "RSF fighters", ""},
		{"SD", "the Support", "Rapid Support Forces"},
		{"FR", "the Support", "Reporters Without Borders"},
		{"SD", "rsf", ""}, // still an acronym: capitals only
	}
	for _, tt := range tests {
		got := ""
		if ms := findAll(d, tt.text, tt.country); len(ms) > 0 {
			got = ms[0].actor
		}
		if got != tt.want {
			t.Errorf("Find(%q, %q) = %q, want %q", tt.text, tt.country, got, tt.want)
		}
	}
	if a := d.Lookup("RSF"); a == nil || a.Name != "Rapid Support Forces" {
		t.Errorf("Lookup(RSF) = %v, want the only actor of that name", a)
	}
	if a := d.Lookup("the Support"); a == nil || a.Name != "Reporters Without Borders" {
		t.Errorf("Lookup(the Support) = %v, want the actor of every country", a)
	}
}

func TestLoadLaterAliasWins(t *testing.T) {
	d := New()
	err := d.Load(strings.NewReader("actor: A\nkind: armed group\naliases: the Front\n\nactor: B\nkind: militia\naliases: the Front\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	if a := d.Lookup("the Front"); a == nil || a.Name != "B" {
		t.Errorf("Lookup = %v, want B", a)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no_colon", "actor Islamic State\n", "user.txt:1"},
		{"unknown_kind", "actor: X\nkind: gang\n", "unknown kind"},
		{"missing_kind", "actor: X\naliases: Y\n", "has no kind"},
		{"bad_country", "actor: X\nkind: militia\ncountry: Iraq\n", "not an ISO"},
		{"unknown_parent", "actor: X\nkind: militia\nparent: Nobody\n", "parent"},
		{"field_before_block", "kind: militia\n", "before any"},
		{"unknown_key", "actor: X\nkind: militia\ncolour: red\n", "unknown key"},
		{"generic_unknown_actor", "generic: g\nterms: lads\nIQ: Nobody\n", "not a defined actor"},
		{"national_generic_without_terms", "generic: g\nnational: yes\ndefault: civilians\n", "no terms"},
		{"nation_bad_code", "nation: Iraq\n", "not an ISO"},
		{"nation_unknown_forces", "nation: IQ\nforces: Nobody\n", "not a defined actor"},
		{"alias_with_a_bracket", "actor: X\nkind: militia\naliases: Special Forces (Saiqa)\n", `"(" inside it ends a phrase`},
		{"aliases_in_no_code", "actor: X\nkind: militia\naliases in: Y\n", "unknown key"},
		{"aliases_in_bad_code", "actor: X\nkind: militia\naliases in Sudan: Y\n", "ISO 3166-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Default().Clone()
			err := d.Load(strings.NewReader(tt.in), "user.txt")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load error = %v, want one containing %q", err, tt.want)
			}
			if d.Lookup("X") != nil {
				t.Error("a failed Load changed the dictionary")
			}
		})
	}
}

func FuzzLoad(f *testing.F) {
	f.Add("actor: X\nkind: militia\naliases: Y; Z\n")
	f.Add("generic: g\nterms: lads\ndefault: civilians\nIQ: Peshmerga\n")
	f.Add("nation: CM\nadjectives: Cameroonian\nforces: civilians\n")
	f.Add("actor: Islamic State\nunalias: IS\n")
	f.Add(embedded[:2000])
	base := Default()
	f.Fuzz(func(t *testing.T, in string) {
		d := base.Clone()
		if err := d.Load(strings.NewReader(in), "fuzz"); err != nil {
			return
		}
		// A dictionary that loaded must answer Find and Lookup without panicking,
		// with spans inside the text.
		text := in + " IS soldiers Daesh's U.S. villagers"
		for _, m := range d.Find(text, sitrep.Span{Start: 0, End: len(text)}, "IQ") {
			if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start >= m.Span.End || m.Actor == nil {
				t.Fatalf("bad mention %+v", m)
			}
		}
		d.Lookup(in)
	})
}

func FuzzFind(f *testing.F) {
	f.Add("U.S.-led coalition jets struck IS’ positions near Daesh's base.", "IQ")
	f.Add("U.S.", "")
	f.Add("A.B.C", "SY")
	f.Add("'s ’s", "")
	d := Default()
	f.Fuzz(func(t *testing.T, text, country string) {
		last := 0
		for _, m := range d.Find(text, sitrep.Span{Start: 0, End: len(text)}, country) {
			if m.Span.Start < last || m.Span.End > len(text) || m.Span.Start >= m.Span.End || m.Actor == nil {
				t.Fatalf("bad or overlapping mention %+v after %d in %q", m, last, text)
			}
			last = m.Span.End
		}
	})
}

const benchText = `Iraqi forces backed by US-led coalition warplanes pushed into the Old City on Sunday, ` +
	`the Joint Operations Command said, as Islamic State fighters fired mortars at civilians fleeing west. ` +
	`Popular Mobilisation Units shelled the village, while Peshmerga forces held the ridge to the north. ` +
	`Three soldiers were killed and several residents were wounded when a suicide bomber struck a checkpoint. ` +
	`The militants' spokesman said the group would fight on; the claim could not be verified independently.`

func BenchmarkFind(b *testing.B) {
	d := Default()
	span := sitrep.Span{Start: 0, End: len(benchText)}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		d.Find(benchText, span, "IQ")
	}
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d := New()
		if err := d.Load(strings.NewReader(embedded), "actors.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEmbeddedDictionaryCoversGroups: groups added to the embedded
// dictionary are found by their names, and a country-bound name ("Hasm")
// only in its country.
func TestEmbeddedDictionaryCoversGroups(t *testing.T) {
	d := Default()
	tests := []struct{ country, text, want string }{
		{"ET", "ONLF rebels attacked", "Ogaden National Liberation Front"},
		{"ET", "Ogaden rebels attacked", "Ogaden National Liberation Front"},
		{"EG", "Hasm militants attacked", "Harakat Sawaid Misr"},
		{"FR", "Hasm militants attacked", "militants (unidentified)"}, // the name unknown there: generic militants
	}
	for _, tt := range tests {
		got := ""
		if ms := findAll(d, tt.text, tt.country); len(ms) > 0 {
			got = ms[0].actor
		}
		if got != tt.want {
			t.Errorf("Find(%q, %q) = %q, want %q", tt.text, tt.country, got, tt.want)
		}
	}
}

// TestUnaliasedNameIsALabel: "unalias" naming an actor's canonical name
// makes the name a label, never read in a text ("unknown" is the side
// not told, not the word in "an unknown number"); Lookup still finds it.
func TestUnaliasedNameIsALabel(t *testing.T) {
	d := Default()
	if got := findAll(d, "The clashes left an unknown number of casualties.", "ET"); len(got) != 0 {
		t.Errorf("Find found %v in a text whose only candidate is the word unknown", got)
	}
	if a := d.Lookup("unknown"); a == nil {
		t.Error("Lookup(unknown) = nil, want the placeholder actor")
	}
	user := "actor: Hawks Brigade\nkind: armed group\naliases: the Hawks\nunalias: Hawks Brigade\n"
	c := Default().Clone()
	if err := c.Load(strings.NewReader(user), "user.txt"); err != nil {
		t.Fatal(err)
	}
	if got := findAll(c, "Hawks Brigade fighters entered the town.", ""); len(got) != 0 {
		t.Errorf("Find read an unaliased canonical name: %v", got)
	}
	if got := findAll(c, "The Hawks entered the town.", ""); len(got) == 0 || got[0].actor != "Hawks Brigade" {
		t.Errorf("Find(the Hawks) = %v, want Hawks Brigade", got)
	}
}

// TestDemonymNations: a state with no war of its own in the dictionary
// still names its forces by its adjective ("Tanzanian troops"), and the
// longer adjective wins over the one inside it ("Papua New Guinean" over
// "Guinean"). Negatives: an ethnic adjective shared with a state
// (Turkmen) and a country name that is also a given name or a valley
// (Jordan) name no state's forces.
func TestDemonymNations(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"tanzanian_troops", "Tanzanian troops", "Tanzanian security forces"},
		{"south_african_soldiers", "South African soldiers", "South African security forces"},
		{"emirati_drones", "Emirati drones", "Emirati security forces"},
		{"north_korean_soldiers", "North Korean soldiers", "North Korean security forces"},
		{"guinean_gendarmes", "Guinean gendarmes", "Guinean security forces"},
		{"papua_new_guinean_police", "Papua New Guinean police", "Papua New Guinean security forces"},
		{"equatorial_guinean_soldiers", "Equatorial Guinean soldiers", "Equatorial Guinean security forces"},
		{"sandf_acronym", "SANDF", "South African security forces"},
		// negatives
		{"turkmen_fighters_are_no_state", "Turkmen forces", ""},
		{"jordan_alone_names_no_state", "Jordan forces", ""},
		{"central_african_stays_car", "Central African troops", "Central African security forces"},
	}
	d := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if a := d.Lookup(tt.in); a != nil {
				got = a.Name
			}
			if got != tt.want {
				t.Errorf("Lookup(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTable: a generic block read by its name, not by a word of a text.
// Negatives: a country the table leaves out, a name no block has, and a
// table's name in a text names no one.
func TestTable(t *testing.T) {
	d := Default()
	tests := []struct{ name, table, country, want string }{
		{"air_power_myanmar", "air power", "MM", "Myanmar security forces"},
		{"air_power_any_case", "Air Power", "ET", "Ethiopian security forces"},
		{"air_power_iraq_left_out", "air power", "IQ", ""},
		{"air_power_no_country", "air power", "", ""},
		{"no_such_table", "sea power", "MM", ""},
		{"a_generic_with_terms_is_a_table_too", "rebels", "SY", "Syrian rebels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if a := d.Table(tt.table, tt.country); a != nil {
				got = a.Name
			}
			if got != tt.want {
				t.Errorf("Table(%q, %q) = %q, want %q", tt.table, tt.country, got, tt.want)
			}
		})
	}
	if ms := d.Find("The junta relies on air power.", sitrep.Span{Start: 0, End: 30}, "MM"); len(ms) != 1 || ms[0].Actor == nil || ms[0].Actor.Name != "Myanmar security forces" {
		t.Errorf("Find: want only the junta named, got %+v", ms)
	}
}

// TestRecordedAs: an actor the coding convention folds into another is
// recorded by that one's name; others by their own. A "recorded as" that
// names no actor is an error.
func TestRecordedAs(t *testing.T) {
	d := Default()
	for _, tt := range []struct{ in, want string }{
		{"ISKP", "Islamic State"},
		{"Islamic State Sahel Province", "Islamic State"},
		{"Golden Division", "Counter-Terrorism Service"}, // a part with a name of its own
		{"Maute group", "Maute group"},
	} {
		a := d.Lookup(tt.in)
		if a == nil {
			t.Fatalf("Lookup(%q) = nil", tt.in)
		}
		if got := a.RecordName(); got != tt.want {
			t.Errorf("Lookup(%q).RecordName() = %q, want %q", tt.in, got, tt.want)
		}
	}
	err := New().Load(strings.NewReader("actor: A\nkind: militia\nrecorded as: Nobody\n"), "test")
	if err == nil || !strings.Contains(err.Error(), "not a defined actor") {
		t.Errorf("Load error = %v, want one saying the recorded-as actor is not defined", err)
	}
}

// TestNamesOfThinlyCoveredWars: names reports use for sides of wars the
// development sets hold little of. Negative: the acronym of a new alias
// matches only in capitals.
func TestNamesOfThinlyCoveredWars(t *testing.T) {
	d := Default()
	for _, tt := range []struct{ in, want string }{
		{"Sit-tat", "Myanmar security forces"},
		{"Gaitanist Army of Colombia", "Clan del Golfo"},
		{"EGC", "Clan del Golfo"},
		{"egc", ""},
		{"La Nueva Familia Michoacana", "La Familia Michoacana"},
		{"Akhmat special forces", "Russian armed forces"},
		{"Puntland Defence Forces", "Somali security forces"},
		{"Macawisley militia", "Macawisley"},
		{"Lashkar-e-Islam", "Lashkar-e-Islam"},
	} {
		got := ""
		if a := d.Lookup(tt.in); a != nil {
			got = a.Name
		}
		if got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSeparatistsByCountry: "separatists" name the one separatist side of
// a country's war. Negative: a country with none listed has unidentified
// militants.
func TestSeparatistsByCountry(t *testing.T) {
	d := Default()
	for _, tt := range []struct{ term, country, want string }{
		{"separatist rebels", "SN", "MFDC"},
		{"separatists", "ML", "Azawad Liberation Front"},
		{"separatist fighters", "CM", "Anglophone separatists"},
		{"separatists", "UA", "pro-Russian separatists"},
		{"separatists", "PK", "Baloch separatists"},
		{"separatists", "KE", "militants (unidentified)"},
	} {
		got := ""
		if a := d.Generic(tt.term, tt.country); a != nil {
			got = a.Name
		}
		if got != tt.want {
			t.Errorf("Generic(%q, %q) = %q, want %q", tt.term, tt.country, got, tt.want)
		}
	}
}
