package export

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/sitrep/sitrep"
)

// ActorInfo is what the CSV needs to know of an actor to code it as ACLED
// does: its kind, as the actor dictionary says ("state forces", "armed
// group", "militia", "coalition", "civilians", "unidentified"), and the
// country of the state it belongs to ("" for transnational groups).
type ActorInfo struct {
	Kind, Country string
}

// ActorLookup finds an actor by its canonical name (a dictionary's
// Lookup); ok is false for a name it does not know.
type ActorLookup func(name string) (ActorInfo, bool)

// kindInter is the ACLED actor type of each kind of the actor dictionary:
// state forces 1; armed groups are coded as rebel groups, 2; militias as
// political militias, 3; a coalition of foreign forces as external forces,
// 8; civilians 7; an armed group nobody names 3, as ACLED codes its
// "Unidentified Armed Group".
var kindInter = map[string]int{
	"state forces": 1, "armed group": 2, "militia": 3, "coalition": 8, "civilians": 7, "unidentified": 3, "rioters": 5,
}

//go:embed data/regimes.tsv
var regimesTSV string

// regimes are the years ACLED writes after "Military Forces of <country>"
// for the government in power, by country and first day.
var regimes = sync.OnceValue(func() map[string][]regime {
	t := map[string][]regime{}
	err := readTSV(strings.NewReader(regimesTSV), func(line int, f []string) error {
		if len(f) != 3 || len(f[0]) != 2 {
			return fmt.Errorf("regimes.tsv line %d: want country, first day and years", line)
		}
		if _, err := sitrep.ParseDate(f[1]); err != nil {
			return fmt.Errorf("regimes.tsv line %d: %w", line, err)
		}
		t[f[0]] = append(t[f[0]], regime{from: sitrep.Date(f[1]), years: f[2]})
		return nil
	})
	if err != nil {
		panic("export: embedded data: " + err.Error())
	}
	return t
})

type regime struct {
	from  sitrep.Date
	years string
}

// regimeYears returns the years of the government of a country on a day,
// or "" when the table does not say (or the day is unknown).
func regimeYears(country string, d sitrep.Date) string {
	if d.IsZero() {
		return ""
	}
	years := ""
	for _, r := range regimes()[country] {
		if d >= r.from {
			years = r.years
		}
	}
	return years
}

// generic labels extraction gives an actor nobody names.
func genericKind(name string) (string, bool) {
	switch n := strings.ToLower(strings.TrimSpace(name)); {
	case n == "civilians":
		return "civilians", true
	case n == "rioters":
		return "rioters", true
	case n == "militants (unidentified)" || n == "unknown armed group" || strings.HasPrefix(n, "unidentified armed"):
		return "unidentified", true
	case n == "state forces (unidentified)":
		return "state forces", true
	}
	return "", false
}

// acledActor names an actor as ACLED does, with its type: the forces of a
// state as "Military Forces of <Country>" (with the government's years
// where data/regimes.tsv knows them: "Military Forces of Iraq (2014-)"),
// civilians as "Civilians (<Country>)", an armed group nobody names as
// "Unidentified Armed Group (<Country>)" (so too an unknown perpetrator of
// political violence, when first), other actors by their canonical name;
// the country is the actor's own or else the event's. Otherwise "unknown"
// and "" name nobody and stay empty.
func acledActor(name string, first bool, e *sitrep.Event, types *ActorTypes, lookup ActorLookup) (string, int) {
	n := strings.TrimSpace(name)
	if n == "" || strings.EqualFold(n, "unknown") || strings.EqualFold(n, "none") {
		if !first || DisorderType(e.EventType, e.SubEventType) != PoliticalViolence || strings.EqualFold(n, "none") {
			return "", 0
		}
		n = "militants (unidentified)"
	}
	inter := types.Inter(n, e.Date)
	kind, country := "", ""
	if k, ok := genericKind(n); ok {
		kind = k
	} else if lookup != nil {
		if a, ok := lookup(n); ok {
			kind, country = a.Kind, a.Country
		}
	}
	if inter == 0 {
		inter = kindInter[kind]
	}
	if country == "" && e.Location != nil {
		country = e.Location.Country
	}
	c, known := CountryOf(country)
	switch {
	case !known && kind == "rioters":
		return "Rioters", inter
	case kind == "rioters":
		return "Rioters (" + c.Name + ")", inter
	case !known && kind == "civilians":
		return "Civilians", inter
	case !known && kind == "unidentified":
		return "Unidentified Armed Group", inter
	case !known:
		return n, inter
	case kind == "civilians":
		return "Civilians (" + c.Name + ")", inter
	case kind == "unidentified":
		return "Unidentified Armed Group (" + c.Name + ")", inter
	case kind == "state forces":
		out := "Military Forces of " + c.Name
		if y := regimeYears(c.ISO2, e.Date); y != "" {
			out += " (" + y + ")"
		}
		return out, inter
	}
	return n, inter
}

// recode applies ACLED's rules of the record that an event's coding can
// break once merged from several reports or read loosely: a battle is
// between armed sides, so one whose other side is civilians is violence
// against civilians (an attack); violence against civilians targets
// civilians, so one whose target is an armed side is a battle (an armed
// clash). It returns the types to write and a note saying what changed, or
// "".
func recode(e *sitrep.Event, kind2 string) (eventType, subEventType, note string) {
	eventType, subEventType = e.EventType, e.SubEventType
	switch {
	case strings.EqualFold(e.EventType, "Battles") && kind2 == "civilians":
		return "Violence against civilians", "Attack", "coded as Violence against civilians: a battle's other side is never civilians"
	case strings.EqualFold(e.EventType, "Violence against civilians") &&
		(kind2 == "state forces" || kind2 == "armed group" || kind2 == "militia" || kind2 == "coalition" || kind2 == "unidentified"):
		return "Battles", "Armed clash", "coded as Battles: violence against civilians never targets an armed side"
	}
	return eventType, subEventType, ""
}

// kindOf returns an actor's kind: generic labels, else the dictionary.
func kindOf(name string, lookup ActorLookup) string {
	if k, ok := genericKind(name); ok {
		return k
	}
	if lookup != nil {
		if a, ok := lookup(strings.TrimSpace(name)); ok {
			return a.Kind
		}
	}
	return ""
}
