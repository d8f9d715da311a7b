package sitrep

import (
	"encoding/json"
	"testing"
)

func TestCountConventions(t *testing.T) {
	cases := []struct {
		name string
		c    Count
		want string
	}{
		{"exact", Exact(12), "12/12/12"},
		{"at_least", AtLeast(12), "12/12/-"},
		{"up_to", UpTo(90), "-/90/90"},
		{"between_gives_midpoint", Between(5000, 6000), "5000/5500/6000"},
		{"between_reversed", Between(80, 55), "55/67/80"},
		{"add_keeps_open_bounds_open", AtLeast(38).Add(Exact(24)), "62/62/-"},
		{"add_to_nothing", Count{}.Add(Exact(3)), "3/3/3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.c.String(); got != c.want {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}
}

func TestRecordsRoundTripThroughJSON(t *testing.T) {
	ev := Event{Record: "event", ID: "e-1", Doc: "d", Killed: AtLeast(3),
		Casualties: []Casualty{{Kind: Killed, Group: "soldiers", Count: Exact(3), Text: "killing 3 soldiers"}},
		Sources:    []Source{{Doc: "d", Published: "2017-06-04"}}}
	b, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	if m["date"] != nil || m["wounded"] != nil || m["location"] != nil {
		t.Errorf("unknown date, absent count and location must be null: %s", b)
	}
	src := m["sources"].([]any)[0].(map[string]any)
	if src["url"] != nil || src["outlet"] != nil {
		t.Errorf("absent url and outlet must be null: %s", b)
	}
	cas := m["casualties"].([]any)[0].(map[string]any)
	if cas["best"] != float64(3) || cas["kind"] != "killed" {
		t.Errorf("a casualty is one flat object: %v", cas)
	}
	var back Event
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Casualties[0].Group != "soldiers" || back.Casualties[0].Count.String() != "3/3/3" || back.Killed.String() != "3/3/-" {
		t.Errorf("round trip lost fields: %+v", back)
	}
}

func TestEvidenceCountsCodePoints(t *testing.T) {
	d := &Document{ID: "x", Text: "Ba’aj — killed"}
	start := len("Ba’aj — ")
	e := d.Evidence(Span{Start: start, End: len(d.Text)})
	if e.Start != 8 || e.End != 14 || e.Text != "killed" {
		t.Errorf("evidence %+v: want code-point offsets 8..14", e)
	}
}
