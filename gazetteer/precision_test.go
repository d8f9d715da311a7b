package gazetteer

import "testing"

// TestFindOutsideIsNear: a place told as lying outside a town ("a village
// outside Mosul") is placed at the town as a nearby place (precision 2),
// as 'near' is; one told in the town is the town itself. Sentences
// written for the test.
func TestFindOutsideIsNear(t *testing.T) {
	g := mustDefault(t)
	tests := []findCase{
		{name: "outside", text: "Militants killed four shepherds in a village outside Mosul on Monday.",
			want: []wantMention{{name: "Mosul", prep: "outside", prec: 2, hasPoint: true, country: "IQ"}}},
		{name: "near", text: "Militants killed four shepherds near Kirkuk on Monday.",
			want: []wantMention{{name: "Kirkuk", prep: "near", prec: 2, hasPoint: true, country: "IQ"}}},
		// not so
		{name: "in", text: "Militants killed four shepherds in Mosul on Monday.",
			want: []wantMention{{name: "Mosul", prep: "in", prec: 1, hasPoint: true, country: "IQ"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, g, tc) })
	}
}
