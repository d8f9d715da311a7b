package export

import (
	"testing"

	"github.com/sitrep/sitrep"
)

func TestOutletOf(t *testing.T) {
	for _, tc := range []struct {
		name      string
		src       sitrep.Source
		want      Outlet
		wantFound bool
	}{
		{"a_wire_by_its_name", sitrep.Source{Outlet: "AP"}, Outlet{"Associated Press", "international"}, true},
		{"a_site_by_its_host", sitrep.Source{URL: "https://www.dawn.com/news/1"}, Outlet{"Dawn", "PK"}, true},
		{"a_subdomain_by_its_parent", sitrep.Source{URL: "http://uk.reuters.com/article/x"}, Outlet{"Reuters", "international"}, true},
		{"a_wire_printed_on_a_known_site_keeps_its_name", sitrep.Source{Outlet: "Agence Sud", URL: "https://www.dawn.com/x"}, Outlet{"Agence Sud", "PK"}, true},
		{"an_unknown_site_by_its_country_domain", sitrep.Source{URL: "https://news.example.com.ng/a"}, Outlet{"news.example.com.ng", "NG"}, true},
		{"a_british_domain_is_GB", sitrep.Source{Outlet: "Example Daily", URL: "https://example.co.uk/a"}, Outlet{"Example Daily", "GB"}, true},
		{"a_generic_domain_says_nothing_of_home", sitrep.Source{URL: "https://example.com/a"}, Outlet{"example.com", ""}, true},
		{"a_domain_used_anywhere_says_nothing", sitrep.Source{URL: "https://example.tv/a"}, Outlet{"example.tv", ""}, true},
		{"no_outlet_no_url", sitrep.Source{Doc: "d1"}, Outlet{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := OutletOf(tc.src)
			if got != tc.want || ok != tc.wantFound {
				t.Errorf("OutletOf(%+v) = %+v, %v; want %+v, %v", tc.src, got, ok, tc.want, tc.wantFound)
			}
		})
	}
}

func TestSourceScale(t *testing.T) {
	iq := &sitrep.Location{Name: "Mosul", Country: "IQ"}
	for _, tc := range []struct {
		name    string
		loc     *sitrep.Location
		sources []sitrep.Source
		want    string
	}{
		{"a_national_outlet", iq, []sitrep.Source{{Outlet: "Rudaw"}, {URL: "https://rudaw.net/x"}}, "National"},
		{"a_wire", iq, []sitrep.Source{{Outlet: "Reuters"}}, "International"},
		{"a_neighbour_is_regional", iq, []sitrep.Source{{URL: "https://tasnimnews.com/x"}}, "Regional"},
		{"another_continent_is_international", iq, []sitrep.Source{{URL: "https://www.dawn.com/x"}}, "International"},
		{"several_join_in_acled_order", iq, []sitrep.Source{{Outlet: "Reuters"}, {URL: "https://www.iraqinews.com/a"}}, "National-International"},
		{"unknown_homes_give_nothing", iq, []sitrep.Source{{URL: "https://example.com/a"}}, ""},
		{"no_country_no_national", nil, []sitrep.Source{{URL: "https://rudaw.net/x"}, {Outlet: "AFP"}}, "International"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &sitrep.Event{Location: tc.loc, Sources: tc.sources}
			if got := SourceScale(e); got != tc.want {
				t.Errorf("SourceScale = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestACLEDActors(t *testing.T) {
	dict := map[string]ActorInfo{
		"Iraqi Security Forces": {"state forces", "IQ"},
		"Islamic State":         {"armed group", ""},
		"Popular Mobilization":  {"militia", "IQ"},
		"US-led coalition":      {"coalition", ""},
	}
	lookup := func(n string) (ActorInfo, bool) { a, ok := dict[n]; return a, ok }
	iq := &sitrep.Location{Country: "IQ"}
	for _, tc := range []struct {
		name      string
		actor     string
		first     bool
		typ, date string
		want      string
		inter     int
	}{
		{"state_forces_with_the_government_years", "Iraqi Security Forces", true, "Battles", "2017-03-08", "Military Forces of Iraq (2014-)", 1},
		{"state_forces_before_the_table_knows", "Iraqi Security Forces", true, "Battles", "2010-03-08", "Military Forces of Iraq", 1},
		{"an_armed_group_keeps_its_name", "Islamic State", true, "Battles", "2017-03-08", "Islamic State", 2},
		{"a_militia", "Popular Mobilization", false, "Battles", "2017-03-08", "Popular Mobilization", 3},
		{"a_coalition_is_external", "US-led coalition", true, "Explosions/Remote violence", "2017-03-08", "US-led coalition", 8},
		{"civilians_of_the_country", "civilians", false, "Violence against civilians", "2017-03-08", "Civilians (Iraq)", 7},
		{"an_unknown_perpetrator", "unknown", true, "Explosions/Remote violence", "2017-03-08", "Unidentified Armed Group (Iraq)", 3},
		{"an_unknown_target_is_nobody", "unknown", false, "Battles", "2017-03-08", "", 0},
		{"an_unknown_side_of_an_arrest_is_nobody", "unknown", true, "Strategic developments", "2017-03-08", "", 0},
		{"state_forces_nobody_names", "state forces (unidentified)", true, "Battles", "2017-03-08", "Military Forces of Iraq (2014-)", 1},
		{"rioters_of_the_country", "rioters", true, "Riots", "2017-03-08", "Rioters (Iraq)", 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &sitrep.Event{EventType: tc.typ, Date: sitrep.Date(tc.date), Location: iq}
			got, inter := acledActor(tc.actor, tc.first, e, DefaultActorTypes(), lookup)
			if got != tc.want || inter != tc.inter {
				t.Errorf("acledActor(%q) = %q, %d; want %q, %d", tc.actor, got, inter, tc.want, tc.inter)
			}
		})
	}
}

func TestRecodeByTheRulesOfTheRecord(t *testing.T) {
	for _, tc := range []struct {
		typ, kind2, want string
	}{
		{"Battles", "civilians", "Violence against civilians"},
		{"Violence against civilians", "state forces", "Battles"},
		{"Violence against civilians", "civilians", "Violence against civilians"},
		{"Battles", "armed group", "Battles"},
	} {
		got, _, note := recode(&sitrep.Event{EventType: tc.typ}, tc.kind2)
		if got != tc.want || (got != tc.typ) != (note != "") {
			t.Errorf("recode(%s against %s) = %s (%q), want %s", tc.typ, tc.kind2, got, note, tc.want)
		}
	}
}
