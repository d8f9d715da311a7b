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
