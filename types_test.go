package sitrep

import (
	"strings"
	"testing"
)

func TestParseCount(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"12", "12/12/12", ""},
		{" 10-14 ", "10/12/14", ""},
		{"12+", "12/12/-", ""},
		{"14-10", "", "backwards"},
		{"many", "", "want N, N-M or N+"},
		{"-3", "", "want N"},
	} {
		c, err := ParseCount(tc.in)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("ParseCount(%q) error %v, want %q", tc.in, err, tc.err)
		case tc.err == "" && (err != nil || c.String() != tc.want):
			t.Errorf("ParseCount(%q) = %s, %v; want %s", tc.in, c, err, tc.want)
		}
	}
}

func TestCorrectionApply(t *testing.T) {
	lat := 33.3
	base := func() Event {
		return Event{Date: "2024-03-04", DatePrecision: PrecisionDay, EventType: "Battles", SubEventType: "Armed clash",
			Actor1: "A", Killed: Exact(3), Location: &Location{Name: "Port", Lat: &lat}}
	}
	for _, tc := range []struct {
		name  string
		set   map[string]string
		check func(e Event) bool
		err   string
	}{
		{"a_toll_sets_fatalities_too", map[string]string{"killed": "10-14"}, func(e Event) bool { return e.Killed.String() == "10/12/14" && *e.Fatalities == 12 }, ""},
		{"a_sub_type_sets_its_type", map[string]string{"sub_event_type": "suicide bomb"}, func(e Event) bool {
			return e.EventType == "Explosions/Remote violence" && e.SubEventType == "Suicide bomb"
		}, ""},
		{"a_type_alone_clears_a_sub_type_of_another", map[string]string{"event_type": "Riots"}, func(e Event) bool { return e.EventType == "Riots" && e.SubEventType == "" }, ""},
		{"an_empty_date_is_undated", map[string]string{"date": ""}, func(e Event) bool { return e.Date == "" && e.DatePrecision == "" }, ""},
		{"a_place_by_name_and_point", map[string]string{"location": "Senna", "lat": "33.5", "lon": "44.1"}, func(e Event) bool {
			return e.Location.Name == "Senna" && *e.Location.Lat == 33.5 && *e.Location.Lon == 44.1
		}, ""},
		{"unknown_field", map[string]string{"kiled": "3"}, nil, `"kiled" is no field`},
		{"unknown_type", map[string]string{"sub_event_type": "Skirmish"}, nil, "not an ACLED type"},
		{"a_type_given_as_sub_type", map[string]string{"sub_event_type": "Battles"}, nil, "is an event type"},
		{"latitude_out_of_range", map[string]string{"lat": "91"}, nil, "degrees"},
		{"bad_date", map[string]string{"date": "4 March"}, nil, "YYYY-MM-DD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := base()
			orig := e.Location
			err := Correction{Action: "set", Set: tc.set}.Apply(&e)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil || !tc.check(e) {
				t.Fatalf("after %v: %+v (%v)", tc.set, e, err)
			}
			if orig.Name != "Port" {
				t.Error("the event's old location was changed in place")
			}
		})
	}
	e := base()
	if err := (Correction{Action: "delete"}).Apply(&e); err != nil || !e.Deleted {
		t.Errorf("delete: %v, deleted %v", err, e.Deleted)
	}
}
