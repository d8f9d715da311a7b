package extract

import "testing"

// TestBorrowedPointClaimsNoPlace: a village the gazetteer lacks, which
// the report does not put inside another place, is placed at the report's
// main town (precision 2) without claiming that town as its enclosing
// place or its GeoNames record; a village the report puts in the town
// keeps the town as its enclosing place. Sentences written for the test.
func TestBorrowedPointClaimsNoPlace(t *testing.T) {
	for _, c := range []struct {
		name, text, within string
	}{
		{"not_said_to_be_in_the_town", "Fighting in Mosul went on on Monday. Militants killed four shepherds in Tall Qasab on Tuesday, police said.", ""},
		{"said_to_be_in_the_town", "Militants killed four shepherds in Tall Qasab village in Mosul on Tuesday, police said.", "Mosul"},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := extractText(t, c.text, "2016-11-17")
			found := false
			for _, e := range evs {
				l := e.Location
				if l == nil || l.Name != "Tall Qasab" {
					continue
				}
				found = true
				if !l.HasPoint() || l.Precision != 2 || l.Within != c.within {
					t.Errorf("location %+v, want a point at precision 2 within %q", l, c.within)
				}
				if c.within == "" && l.GeonameID != nil {
					t.Errorf("borrowed point carries GeoNames id %d", *l.GeonameID)
				}
			}
			if !found {
				t.Fatalf("no event placed at Tall Qasab: %+v", evs)
			}
		})
	}
}
