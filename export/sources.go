package export

import (
	_ "embed"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/sitrep/sitrep"
)

// Outlet is a news outlet as the CSV names it, and where it is based.
type Outlet struct {
	Name string
	// Home is an ISO 3166-1 alpha-2 country, "international" for agencies
	// and broadcasters that report the world, or "" when not known.
	Home string
}

//go:embed data/outlets.tsv
var outletsTSV string

// outletTable is data/outlets.tsv, by key, read once.
var outletTable = sync.OnceValue(func() map[string]Outlet {
	t := map[string]Outlet{}
	err := readTSV(strings.NewReader(outletsTSV), func(line int, f []string) error {
		if len(f) != 3 || f[0] == "" || f[1] == "" || f[2] == "" {
			return fmt.Errorf("outlets.tsv line %d: want key, name and home", line)
		}
		home := f[2]
		if home != "international" {
			if _, ok := CountryOf(home); !ok {
				return fmt.Errorf("outlets.tsv line %d: home %q is no country code", line, home)
			}
		}
		t[strings.ToLower(f[0])] = Outlet{Name: f[1], Home: home}
		return nil
	})
	if err != nil {
		panic("export: embedded data: " + err.Error())
	}
	return t
})

// genericTLDs are country-code domains used by sites anywhere, which say
// nothing of where an outlet is.
var genericTLDs = map[string]bool{"tv": true, "io": true, "me": true, "fm": true, "ai": true, "cc": true, "ws": true, "co": true}

// OutletOf names a source's outlet: from the outlet table by the outlet
// name the report gives, then by the host of its URL (or a parent domain),
// else the outlet as given (or the host) with the home its country-code
// domain says. ok is false when the source names no outlet at all.
func OutletOf(s sitrep.Source) (o Outlet, ok bool) {
	t := outletTable()
	name := strings.TrimSpace(s.Outlet)
	if o, ok := t[strings.ToLower(name)]; ok {
		return o, true
	}
	host := ""
	if u, err := url.Parse(s.URL); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	for h := host; h != ""; {
		if o, ok := t[h]; ok {
			if name != "" && !strings.EqualFold(name, host) && !strings.Contains(strings.ToLower(name), ".") {
				// a named author (a wire) printed on another site
				return Outlet{Name: name, Home: o.Home}, true
			}
			return o, true
		}
		_, rest, found := strings.Cut(h, ".")
		if !found || !strings.Contains(rest, ".") {
			break
		}
		h = rest
	}
	if name == "" {
		name = host
	}
	if name == "" {
		return Outlet{}, false
	}
	o = Outlet{Name: name}
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		tld := host[i+1:]
		if tld == "uk" {
			tld = "gb"
		}
		if len(tld) == 2 && !genericTLDs[tld] {
			if c, ok := CountryOf(tld); ok {
				o.Home = c.ISO2
			}
		}
	}
	return o, true
}

// scaleOrder lists ACLED's source scales as they are joined in a cell
// ("National-International").
var scaleOrder = []string{"National", "Regional", "International"}

// SourceScale is ACLED's source_scale of an event: for each source whose
// home is known, National when it is the event's country, Regional when it
// is another country of the same ACLED region, International otherwise;
// the scales found, joined with "-" in that order. "" when no source's
// home is known.
func SourceScale(e *sitrep.Event) string {
	var country Country
	if e.Location != nil {
		country, _ = CountryOf(e.Location.Country)
	}
	found := map[string]bool{}
	for _, s := range e.Sources {
		o, ok := OutletOf(s)
		if !ok || o.Home == "" {
			continue
		}
		switch {
		case o.Home == "international":
			found["International"] = true
		case country.ISO2 == "":
			// the event's country is unknown: nothing to compare with
		case o.Home == country.ISO2:
			found["National"] = true
		default:
			home, _ := CountryOf(o.Home)
			if home.Region != "" && home.Region == country.Region {
				found["Regional"] = true
			} else {
				found["International"] = true
			}
		}
	}
	var parts []string
	for _, s := range scaleOrder {
		if found[s] {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "-")
}
