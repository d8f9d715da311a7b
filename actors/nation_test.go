package actors

import "testing"

// TestNationReadsAdjectivesAlone: a nation block's adjective names that
// nation's forces; other words, and an adjective with more words after
// it, name none.
func TestNationReadsAdjectivesAlone(t *testing.T) {
	d := Default()
	for _, c := range []struct{ words, want string }{
		{"Libyan", "Libyan government forces"},
		{"Ugandan", "Ugandan security forces"},
		{"Nigerien", "Nigerien security forces"},
		{"Zawiya", ""},
		{"Libyan militia", ""},
		{"", ""},
	} {
		got := ""
		if a := d.Nation(c.words); a != nil {
			got = a.Name
		}
		if got != c.want {
			t.Errorf("Nation(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}
