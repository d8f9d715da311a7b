package actors

import (
	"strings"
	"testing"
)

// TestByLowerNameIsTheLowerCaseLookUp: byLowerName finds what
// byName[strings.ToLower(name)] finds, for ASCII names in any case, names
// in other scripts and names longer than its buffer.
func TestByLowerNameIsTheLowerCaseLookUp(t *testing.T) {
	m := Default().m.Load()
	names := []string{"", "x", strings.Repeat("a", 70)}
	for n := range m.byName {
		names = append(names, n, strings.ToUpper(n))
		if n != "" {
			names = append(names, strings.ToUpper(n[:1])+n[1:])
		}
	}
	for _, n := range names {
		if got, want := m.byLowerName(n), m.byName[strings.ToLower(n)]; got != want {
			t.Errorf("byLowerName(%q) = %v, byName of the lower case %v", n, got, want)
		}
	}
}
