package sitrep

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// EventTypes are ACLED's event types with their sub-event types, in the
// codebook's order (EVENTS.md).
var EventTypes = []struct {
	Type string
	Subs []string
}{
	{"Battles", []string{"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}},
	{"Explosions/Remote violence", []string{"Chemical weapon", "Air/drone strike", "Suicide bomb",
		"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}},
	{"Violence against civilians", []string{"Sexual violence", "Attack", "Abduction/forced disappearance"}},
	{"Protests", []string{"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}},
	{"Riots", []string{"Violent demonstration", "Mob violence"}},
	{"Strategic developments", []string{"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
		"Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"}},
}

// LookupType finds an event or sub-event type, ignoring case: it returns
// the event type and, for a sub-event type, the sub-event type as ACLED
// writes them; ok is false for a name that is neither.
func LookupType(name string) (eventType, subEventType string, ok bool) {
	name = strings.TrimSpace(name)
	for _, t := range EventTypes {
		if strings.EqualFold(t.Type, name) {
			return t.Type, "", true
		}
		for _, s := range t.Subs {
			if strings.EqualFold(s, name) {
				return t.Type, s, true
			}
		}
	}
	return "", "", false
}

// Correction is an analyst's change to an event, kept apart from what the
// reports said and laid over it each time the event is made anew (after
// another report joins it, or its reports are read again).
type Correction struct {
	Seq    int               `json:"seq"`
	Action string            `json:"action"` // "set" or "delete"
	Set    map[string]string `json:"set,omitempty"`
	By     string            `json:"by"`
	At     string            `json:"at"` // RFC 3339, UTC
	Note   string            `json:"note,omitempty"`
}

// CorrectableFields are the fields a correction can set, with what each
// takes.
var CorrectableFields = []struct{ Name, Takes string }{
	{"date", "YYYY-MM-DD, or empty for undated"},
	{"date_precision", "day, week, month or year"},
	{"event_type", "an ACLED event type"},
	{"sub_event_type", "an ACLED sub-event type (sets its event type too)"},
	{"actor1", "a name"},
	{"actor2", "a name"},
	{"killed", "N, N-M or N+ (at least N)"},
	{"wounded", "N, N-M or N+"},
	{"fatalities", "N"},
	{"location", "a place name"},
	{"admin1", "a province name"},
	{"country", "an ISO 3166-1 alpha-2 code"},
	{"lat", "degrees, -90 to 90"},
	{"lon", "degrees, -180 to 180"},
	{"geo_precision", "1, 2 or 3"},
}

// ParseCount reads a count as a correction gives it: "12", "10-14" (a
// range, best its middle), "12+" (at least 12).
func ParseCount(s string) (Count, error) {
	s = strings.TrimSpace(s)
	atoi := func(x string) (int, error) {
		n, err := strconv.Atoi(strings.TrimSpace(x))
		if err != nil || n < 0 {
			return 0, fmt.Errorf("count %q: want N, N-M or N+", s)
		}
		return n, nil
	}
	switch {
	case strings.HasSuffix(s, "+"):
		n, err := atoi(strings.TrimSuffix(s, "+"))
		return AtLeast(n), err
	case strings.Contains(s, "-"):
		lo, hi, _ := strings.Cut(s, "-")
		a, err := atoi(lo)
		if err != nil {
			return Count{}, err
		}
		b, err := atoi(hi)
		if err != nil {
			return Count{}, err
		}
		if b < a {
			return Count{}, fmt.Errorf("count %q: the range runs backwards", s)
		}
		return Between(a, b), nil
	}
	n, err := atoi(s)
	return Exact(n), err
}

// Check reports the first field of a correction that cannot be set as
// given, naming it.
func (c Correction) Check() error {
	e := Event{}
	return c.Apply(&e)
}

// Apply lays a correction over an event: a delete marks it deleted, a set
// changes each field it names. A field it cannot set is an error naming it.
func (c Correction) Apply(e *Event) error {
	switch c.Action {
	case "delete":
		e.Deleted = true
		return nil
	case "set":
	default:
		return fmt.Errorf("correction %d: unknown action %q", c.Seq, c.Action)
	}
	names := make([]string, 0, len(c.Set))
	for k := range c.Set {
		names = append(names, k)
	}
	sort.Strings(names)
	loc := func() *Location {
		if e.Location == nil {
			e.Location = &Location{}
		} else {
			l := *e.Location
			e.Location = &l
		}
		return e.Location
	}
	degrees := func(k, v string, limit float64) (*float64, error) {
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || f < -limit || f > limit || f != f {
			return nil, fmt.Errorf("%s %q: want degrees from %g to %g", k, v, -limit, limit)
		}
		return &f, nil
	}
	for _, k := range names {
		v := c.Set[k]
		var err error
		switch k {
		case "date":
			if strings.TrimSpace(v) == "" {
				e.Date, e.DatePrecision = "", ""
				break
			}
			var d Date
			if d, err = ParseDate(strings.TrimSpace(v)); err == nil {
				e.Date = d
				if e.DatePrecision == "" {
					e.DatePrecision = PrecisionDay
				}
			}
		case "date_precision":
			switch v {
			case PrecisionDay, PrecisionWeek, PrecisionMonth, PrecisionYear:
				e.DatePrecision = v
			default:
				err = fmt.Errorf("date_precision %q: want day, week, month or year", v)
			}
		case "event_type", "sub_event_type":
			t, sub, ok := LookupType(v)
			switch {
			case !ok:
				err = fmt.Errorf("%s %q: not an ACLED type (sitrep events --type -h lists them)", k, v)
			case k == "event_type" && sub != "":
				err = fmt.Errorf("event_type %q is a sub-event type: set sub_event_type", v)
			case k == "sub_event_type" && sub == "":
				err = fmt.Errorf("sub_event_type %q is an event type: set event_type", v)
			case k == "event_type":
				if e.EventType != t {
					e.SubEventType = ""
				}
				e.EventType = t
			default:
				e.EventType, e.SubEventType = t, sub
			}
		case "actor1":
			e.Actor1 = strings.TrimSpace(v)
		case "actor2":
			e.Actor2 = strings.TrimSpace(v)
		case "killed", "wounded":
			var n Count
			if n, err = ParseCount(v); err == nil {
				if k == "killed" {
					e.Killed, e.Fatalities = n, Int(n.BestOr(0))
				} else {
					e.Wounded = n
				}
			}
		case "fatalities":
			var n int
			if n, err = strconv.Atoi(strings.TrimSpace(v)); err != nil || n < 0 {
				err = fmt.Errorf("fatalities %q: want a whole number", v)
			} else {
				e.Fatalities = Int(n)
			}
		case "location":
			loc().Name = strings.TrimSpace(v)
		case "admin1":
			loc().Admin1 = strings.TrimSpace(v)
		case "country":
			cc := strings.ToUpper(strings.TrimSpace(v))
			if len(cc) != 2 {
				err = fmt.Errorf("country %q: want an ISO 3166-1 alpha-2 code", v)
			} else {
				loc().Country = cc
			}
		case "lat":
			var f *float64
			if f, err = degrees(k, v, 90); err == nil {
				loc().Lat = f
			}
		case "lon":
			var f *float64
			if f, err = degrees(k, v, 180); err == nil {
				loc().Lon = f
			}
		case "geo_precision":
			switch strings.TrimSpace(v) {
			case "1", "2", "3":
				loc().Precision = int(v[0] - '0')
			default:
				err = fmt.Errorf("geo_precision %q: want 1, 2 or 3", v)
			}
		default:
			err = fmt.Errorf("%q is no field a correction can set (date, event_type, sub_event_type, actor1, actor2, killed, wounded, fatalities, location, admin1, country, lat, lon, geo_precision, date_precision)", k)
		}
		if err != nil {
			return fmt.Errorf("correction: %w", err)
		}
	}
	return nil
}

// String says what a correction does: "set killed=12, actor1=IS" or
// "delete".
func (c Correction) String() string {
	if c.Action != "set" {
		return c.Action
	}
	keys := make([]string, 0, len(c.Set))
	for k := range c.Set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + c.Set[k]
	}
	return "set " + strings.Join(parts, ", ")
}
