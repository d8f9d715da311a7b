package geonames

import (
	"slices"
	"strings"
	"testing"
)

func TestDivisionName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Borno State", "Borno"},
		{"Sagaing Region", "Sagaing"},
		{"Circunscrição de Macomia", "Macomia"},
		{"Makhmūr District", "Makhmūr"},
		{"Qaḑā’ Sāmarrā’", "Sāmarrā’"},
		{"Gusau Local Government Area", "Gusau"},
		{"Rutshuru Territory", "Rutshuru"},
		{"Central Ethiopia Regional State", "Central Ethiopia"},
		{"Mexico City", "Mexico City"}, // a city is no division word
		{"Region", "Region"},           // nothing would be left
	}
	for _, tc := range tests {
		if got := DivisionName(tc.in); got != tc.want {
			t.Errorf("DivisionName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDivisionVariants(t *testing.T) {
	tests := []struct {
		name, ascii string
		want        []string
		not         []string
	}{
		{name: "Northern Darfur", ascii: "Northern Darfur", want: []string{"North Darfur"}},
		{name: "North Kordofan", ascii: "North Kordofan", want: []string{"Northern Kordofan"}},
		{name: "West Kordofan State", ascii: "West Kordofan State", want: []string{"West Kordofan", "Western Kordofan"}},
		{name: "Tillabéri Region", ascii: "Tillaberi Region", want: []string{"Tillabéri", "Tillaberi", "Tillaberi Region"}},
		{name: "Kirkuk", ascii: "Kirkuk", not: []string{"Kirkuk"}},
	}
	for _, tc := range tests {
		got := DivisionVariants(tc.name, tc.ascii)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("DivisionVariants(%q) = %q, want %q among them", tc.name, got, w)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("DivisionVariants(%q) = %q holds %q", tc.name, strings.Join(got, "|"), n)
			}
		}
	}
}
