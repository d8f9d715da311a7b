package export

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/sitrep/sitrep"
)

// ACLEDColumns are the columns of ACLED's event data, in ACLED's order: the
// header CSV writes.
var ACLEDColumns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
	"actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location",
	"latitude", "longitude", "geo_precision", "source", "source_scale",
	"notes", "fatalities", "tags", "timestamp",
}

// Disorder types of ACLED.
const (
	PoliticalViolence      = "Political violence"
	Demonstrations         = "Demonstrations"
	StrategicDevelopments  = "Strategic developments"
	PoliticalDemonstration = "Political violence; Demonstrations"
)

// DisorderType returns ACLED's disorder_type for an event type and
// sub-event type, or "" for types ACLED does not have. Battles, explosions
// and violence against civilians are political violence, protests and
// violent demonstrations are demonstrations; mob violence is political
// violence, and excessive force against protesters is both.
func DisorderType(eventType, subEventType string) string {
	switch strings.ToLower(subEventType) {
	case "excessive force against protesters":
		return PoliticalDemonstration
	case "mob violence":
		return PoliticalViolence
	}
	switch strings.ToLower(eventType) {
	case "battles", "explosions/remote violence", "violence against civilians":
		return PoliticalViolence
	case "protests", "riots":
		return Demonstrations
	case "strategic developments":
		return StrategicDevelopments
	}
	return ""
}

// TimePrecision returns ACLED's time_precision for a date precision: 1 for
// a day, 2 for a week, 3 for a month; a year, coarser than ACLED codes, is
// written 3 too. A date with no stated precision counts as a day; no date,
// "".
func TimePrecision(d sitrep.Date, precision string) string {
	if d.IsZero() {
		return ""
	}
	switch precision {
	case sitrep.PrecisionWeek:
		return "2"
	case sitrep.PrecisionMonth, sitrep.PrecisionYear:
		return "3"
	}
	return "1"
}

// isCivilians reports whether an actor names civilians ("civilians",
// "Civilians (Iraq)").
func isCivilians(actor string) bool {
	a := strings.ToLower(strings.TrimSpace(actor))
	return a == "civilians" || strings.HasPrefix(a, "civilians ")
}

// ActorTypes assigns ACLED actor types (inter codes 1–8) to actor names by
// a list of rules; see data/actor_types.tsv for the format.
type ActorTypes struct {
	rules []actorRule
}

type actorRule struct {
	prefix bool
	name   string // lower-cased
	inter  int
	before sitrep.Date // rule holds for events dated before this day
	from   sitrep.Date // rule holds for events dated this day or later
}

//go:embed data/actor_types.tsv
var actorTypesTSV string

var defaultActorTypes = sync.OnceValue(func() *ActorTypes {
	t, err := ParseActorTypes(strings.NewReader(actorTypesTSV))
	if err != nil {
		panic("export: embedded data/actor_types.tsv: " + err.Error())
	}
	return t
})

// DefaultActorTypes returns the embedded table of the canonical actors'
// types.
func DefaultActorTypes() *ActorTypes { return defaultActorTypes() }

// earliestDate is the first day a YYYY-MM-DD date can name: a rule
// limited to days before it could never apply.
const earliestDate = sitrep.Date("0000-01-01")

// ParseActorTypes reads a table of actor-type rules: lines of
// "match<TAB>actor<TAB>inter[<TAB>before=YYYY-MM-DD|from=YYYY-MM-DD]",
// where match is exact or prefix; blank lines and lines starting with #
// are skipped. A rule that can never apply (before=0000-01-01) is an error.
func ParseActorTypes(r io.Reader) (*ActorTypes, error) {
	t := &ActorTypes{}
	err := readTSV(r, func(line int, f []string) error {
		if len(f) < 3 || len(f) > 4 {
			return fmt.Errorf("line %d: want match, actor, inter and an optional date limit, got %d fields", line, len(f))
		}
		var ru actorRule
		switch strings.ToLower(f[0]) {
		case "exact":
		case "prefix":
			ru.prefix = true
		default:
			return fmt.Errorf("line %d: match %q is neither exact nor prefix", line, f[0])
		}
		ru.name = strings.ToLower(strings.TrimSpace(f[1]))
		if ru.name == "" {
			return fmt.Errorf("line %d: empty actor name", line)
		}
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 1 || n > 8 {
			return fmt.Errorf("line %d: inter %q is not a code from 1 to 8", line, f[2])
		}
		ru.inter = n
		if len(f) == 4 {
			k, v, _ := strings.Cut(f[3], "=")
			d, err := sitrep.ParseDate(v)
			if err != nil {
				return fmt.Errorf("line %d: %w", line, err)
			}
			switch k {
			case "before":
				if d <= earliestDate {
					return fmt.Errorf("line %d: before=%s leaves no day the rule could apply to", line, d)
				}
				ru.before = d
			case "from":
				ru.from = d
			default:
				return fmt.Errorf("line %d: limit %q is neither before= nor from=", line, f[3])
			}
		}
		t.rules = append(t.rules, ru)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("actor types: %w", err)
	}
	return t, nil
}

// Extend returns a table that consults more's rules first, then t's: a
// user's table laid over the default one.
func (t *ActorTypes) Extend(more *ActorTypes) *ActorTypes {
	out := &ActorTypes{rules: make([]actorRule, 0, len(t.rules)+len(more.rules))}
	out.rules = append(out.rules, more.rules...)
	out.rules = append(out.rules, t.rules...)
	return out
}

// Inter returns the ACLED actor type of an actor in an event of the given
// date (which may be unknown), or 0 when no rule knows it.
func (t *ActorTypes) Inter(actor string, date sitrep.Date) int {
	if t == nil {
		return 0
	}
	a := strings.ToLower(strings.TrimSpace(actor))
	if a == "" {
		return 0
	}
	for _, ru := range t.rules {
		if ru.prefix {
			if !strings.HasPrefix(a, ru.name) || (len(a) > len(ru.name) && !wordBoundary(a[len(ru.name)])) {
				continue
			}
		} else if a != ru.name {
			continue
		}
		if ru.before != "" && (date.IsZero() || date >= ru.before) {
			continue
		}
		if ru.from != "" && (date.IsZero() || date < ru.from) {
			continue
		}
		return ru.inter
	}
	return 0
}

// wordBoundary reports whether byte c may follow a prefix match: the prefix
// must end a word.
func wordBoundary(c byte) bool {
	return c == ' ' || c == '(' || c == ',' || c == ':' || c == '-' || c == '/'
}

// Interaction is ACLED's interaction code for two actor types: the two
// digits, smaller first (17: state forces against civilians); an actor
// acting alone is its type times ten. It returns 0 when a type is unknown.
func Interaction(inter1, inter2 int, hasActor2 bool) int {
	switch {
	case inter1 == 0:
		return 0
	case !hasActor2:
		return inter1 * 10
	case inter2 == 0:
		return 0
	case inter1 <= inter2:
		return inter1*10 + inter2
	default:
		return inter2*10 + inter1
	}
}

// Country is what the CSV writes about a country.
type Country struct {
	ISO2    string // ISO 3166-1 alpha-2
	ISO3    string // ISO 3166-1 alpha-3, "" when it has none
	Numeric int    // ISO 3166-1 numeric, 0 when it has none
	Name    string // English name as ACLED writes it
	Region  string // ACLED region, "" when not known
}

//go:embed data/countries.tsv
var countriesTSV string

//go:embed data/regions.tsv
var regionsTSV string

type regionRule struct {
	area   language.Region
	region string
}

// countryTables are the names and regions, read once.
var countryTables = sync.OnceValue(func() (t struct {
	names   map[string]string
	regions map[string]string
	areas   []regionRule
}) {
	t.names = map[string]string{}
	t.regions = map[string]string{}
	err := readTSV(strings.NewReader(countriesTSV), func(line int, f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("countries.tsv line %d: want code and name", line)
		}
		t.names[f[0]] = f[1]
		return nil
	})
	if err == nil {
		err = readTSV(strings.NewReader(regionsTSV), func(line int, f []string) error {
			if len(f) != 2 {
				return fmt.Errorf("regions.tsv line %d: want code and region", line)
			}
			if len(f[0]) == 2 {
				t.regions[f[0]] = f[1]
				return nil
			}
			r, err := language.ParseRegion(f[0])
			if err != nil || !r.IsGroup() {
				return fmt.Errorf("regions.tsv line %d: %q is not a UN M49 area", line, f[0])
			}
			t.areas = append(t.areas, regionRule{r, f[1]})
			return nil
		})
	}
	if err != nil {
		panic("export: embedded data: " + err.Error())
	}
	return t
})

// CountryOf returns what is known of a country from its ISO 3166-1 alpha-2
// code; ok is false for a code that names no country.
func CountryOf(iso2 string) (c Country, ok bool) {
	iso2 = strings.ToUpper(strings.TrimSpace(iso2))
	if len(iso2) != 2 {
		return Country{}, false
	}
	r, err := language.ParseRegion(iso2)
	if err != nil || !r.IsCountry() || r.String() != iso2 {
		return Country{}, false
	}
	t := countryTables()
	c = Country{ISO2: iso2}
	if !r.IsPrivateUse() { // XK (Kosovo) has neither ISO alpha-3 nor numeric code
		c.ISO3, c.Numeric = r.ISO3(), r.M49()
	}
	if n, ok := t.names[iso2]; ok {
		c.Name = n
	} else {
		c.Name = strings.ReplaceAll(display.English.Regions().Name(r), " & ", " and ")
		if strings.HasPrefix(c.Name, "St. ") {
			c.Name = "Saint " + c.Name[len("St. "):]
		}
	}
	if reg, ok := t.regions[iso2]; ok {
		c.Region = reg
	} else {
		for _, a := range t.areas {
			if a.area.Contains(r) {
				c.Region = a.region
				break
			}
		}
	}
	return c, true
}

// readTSV calls fn with the tab-separated fields of each line of r that is
// neither blank nor a # comment, and its line number.
func readTSV(r io.Reader, fn func(line int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(n, f); err != nil {
			return err
		}
	}
	return sc.Err()
}
