package gazetteer

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestDateline checks which mentions are read as datelines, the place a
// report was filed from, with our own lines in the forms agencies use.
func TestDateline(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name     string
		text     string
		dateline []string // mentions that are datelines, in text order
		not      []string // mentions that are not
	}{
		{name: "capitals_country_agency_dash", text: "BAMAKO, Mali (AP) — Gunmen attacked an army post near Gao on Monday.",
			dateline: []string{"BAMAKO"}, not: []string{"Gao"}},
		{name: "capitals_colon", text: "KHARTOUM: Shelling hit a market in Omdurman, residents said.",
			dateline: []string{"KHARTOUM"}, not: []string{"Omdurman"}},
		{name: "capitals_day_agency_dash", text: "MAPUTO, Aug 30 (NNN-AGENCIES) — Insurgents burned houses in Macomia district.",
			dateline: []string{"MAPUTO"}},
		{name: "mixed_case_day_agency", text: "Kabul, Feb 17 (IANS) Six people died in a blast in Jalalabad.",
			dateline: []string{"Kabul"}, not: []string{"Jalalabad"}},
		{name: "agency_after_a_comma", text: "Aleppo, SANA- Two civilians were hurt by shells in Aleppo city.",
			dateline: []string{"Aleppo"}, not: []string{"Aleppo"}},
		{name: "mixed_case_day_with_year", text: "Havana, Jan 23, 2024 (AFP) - Talks resumed after a bomb in Cali.",
			dateline: []string{"Havana"}, not: []string{"Cali"}},
		{name: "country_then_colon", text: "Zaporizhzhia, Ukraine: A missile struck a convoy in the morning.",
			dateline: []string{"Zaporizhzhia"}},
		{name: "bracketed_outlet", text: "ERBIL (Kurdistan 24) – Gunmen killed a farmer near Makhmour.",
			dateline: []string{"ERBIL"}, not: []string{"Makhmour"}},
		{name: "city_cue_in_capitals", text: "MEXICO CITY (AP) — Police found bodies in Chihuahua.",
			dateline: []string{"MEXICO CITY"}},
		{name: "dateline_on_a_later_line", text: "Rebels take a town\nGOMA, Congo (AP) — Rebels seized a town near Goma on Tuesday.",
			dateline: []string{"GOMA"}, not: []string{"Goma"}},
		// negatives
		{name: "aside_between_dashes", text: "Kirkuk - held by Kurdish fighters since 2014 - fell to the army.",
			not: []string{"Kirkuk"}},
		{name: "province_heading_is_the_subject", text: "Raqqa province: Jets killed four farmers.",
			not: []string{"Raqqa"}},
		{name: "place_inside_a_sentence", text: "Fighting in Kabul, Feb 17 — a day of blasts — killed nine.",
			not: []string{"Kabul"}},
		{name: "place_opening_a_sentence", text: "Mosul was quiet on Monday.",
			not: []string{"Mosul"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.Find(&sitrep.Document{ID: "t", Text: tc.text})
			check := func(names []string, want bool) {
				used := map[int]bool{}
				for _, n := range names {
					found := false
					for i, m := range ms {
						if used[i] || m.Name != n || m.Dateline != want {
							continue
						}
						used[i], found = true, true
						break
					}
					if !found {
						t.Errorf("no mention %q with Dateline %v in %s", n, want, datelines(ms))
					}
				}
			}
			check(tc.dateline, true)
			check(tc.not, false)
			for _, m := range ms {
				if m.Dateline && m.Name != "" {
					in := false
					for _, n := range tc.dateline {
						in = in || n == m.Name
					}
					if !in {
						t.Errorf("%q is read as a dateline", m.Name)
					}
				}
			}
		})
	}
}

func datelines(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		s := m.Name
		if m.Dateline {
			s += " (dateline)"
		}
		out = append(out, s)
	}
	return out
}
