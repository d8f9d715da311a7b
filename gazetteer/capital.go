package gazetteer

import (
	"math/bits"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
)

// Capital is the capital of a country (ISO code) in the default
// gazetteer: its seat of government (GeoNames P.PPLC), the most populous
// when a country has several. False when the default has none.
func (g *Gazetteer) Capital(country string) (sitrep.Place, bool) {
	if g.base == nil || g.shared == nil || country == "" {
		return sitrep.Place{}, false
	}
	s := g.shared
	s.mu.Lock()
	defer s.mu.Unlock()
	if i, ok := s.capitals[country]; ok {
		if i < 0 {
			return sitrep.Place{}, false
		}
		return g.base.Place(i), true
	}
	best, pop := -1, int64(-1)
	for w, word := range g.base.InCountry(country) {
		for word != 0 {
			i := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			if p := g.base.Place(i); p.Feature == "P.PPLC" && p.Population > pop {
				best, pop = i, p.Population
			}
		}
	}
	if s.capitals == nil {
		s.capitals = map[string]int{}
	}
	s.capitals[country] = best
	if best < 0 {
		return sitrep.Place{}, false
	}
	return g.base.Place(best), true
}

// capitals adds a mention for each capital a report names by its country
// alone ("in the Afghan capital", "Burkina Faso's capital", "the capital
// of Mali") and nowhere by its own name (a name after it, "the Somali
// capital Mogadishu", is found as itself; a report that names the city
// elsewhere is placed by that, and "In the Somali capital, the group has
// a method: ..." stays a sentence of no place).
func (f *finder) capitals(ms []Mention) []Mention {
	n := len(ms)
	for i := 1; i < len(f.toks); i++ {
		if !f.toks[i].word || !f.lowerIs(i, "capital") || f.toks[i].name {
			continue
		}
		if k := i + 1; k < len(f.toks) && f.toks[k].word && f.toks[k].name ||
			k+1 < len(f.toks) && !f.toks[k].word && f.text[f.toks[k].s] == ',' && f.toks[k+1].word && f.toks[k+1].name {
			continue // "the Somali capital Mogadishu", "the capital, Kabul"
		}
		start, end, cc := -1, i+1, ""
		j := f.prevWord(i)
		switch {
		case j >= 0 && f.toks[j].poss:
			// "Burkina Faso's capital"
			k := j
			for k > 0 && f.toks[k-1].word && f.toks[k-1].name && !f.toks[k-1].poss {
				k--
			}
			cc = f.countryNamed(f.text[f.toks[k].s:f.toks[j].e])
			start = k
		case j >= 0:
			// "the Afghan capital"
			if v, ok := f.lexValue("demonym", j); ok && v != "" {
				cc, start = v, j
			}
		}
		if cc == "" {
			// "the capital of Mali"
			if k := i + 1; k+1 < len(f.toks) && f.is(k, "of") && f.toks[k+1].word && f.toks[k+1].name {
				// (not "the capital of Cameroon's North-West region": the
				// capital of what the possessive country holds)
				e := f.runEnd(k + 1)
				if c := f.countryNamed(f.text[f.toks[k+1].s:f.toks[e-1].e]); c != "" && !f.toks[e-1].poss {
					cc, start, end = c, i, e
				}
			}
		}
		if cc == "" && j >= 0 && string(f.lower(j)) == "the" && f.focus != "" {
			// "Russian missiles struck the capital overnight": the capital
			// of the country the report is about
			if b := f.prevWord(j); b >= 0 {
				switch string(f.lower(b)) {
				case "in", "on", "struck", "hit", "targeted", "attacked", "into", "near", "around", "outside", "across":
					cc, start = f.focus, j
				}
			}
		}
		if cc == "" {
			continue
		}
		p, ok := f.g.Capital(cc)
		if !ok || namedIn(ms[:n], p) {
			continue // (a report that names the city itself places by that)
		}
		sp := sitrep.Span{Start: f.toks[start].s, End: f.toks[end-1].e}
		m := Mention{Span: sp, Full: sp, Name: f.text[sp.Start:sp.End], Place: &p, Score: 0.9, StandsFor: p.Name}
		if b := f.prevWord(start); b >= 0 {
			if string(f.lower(b)) == "the" {
				b = f.prevWord(b)
			}
			if b >= 0 {
				switch w := string(f.lower(b)); w {
				case "in", "at", "near", "outside", "inside", "into", "around":
					m.Prep = w
				}
			}
		}
		ms = append(ms, m)
	}
	if len(ms) == n {
		return ms
	}
	for k := n; k < len(ms); k++ {
		ms[k].Location = locationOf(&ms[k], ms)
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Span.Start < ms[b].Span.Start })
	return ms
}

// namedIn reports whether a place is among the mentions found, other than
// a dateline: "MOGADISHU (Reuters) - ... in the Somali capital" names the
// city only as where the report was filed.
func namedIn(ms []Mention, p sitrep.Place) bool {
	for _, m := range ms {
		if m.Place != nil && m.Place.ID == p.ID && !m.Dateline {
			return true
		}
	}
	return false
}

// countryNamed is the code of the country a name is ("Burkina Faso",
// "Mali"), or "".
func (f *finder) countryNamed(name string) string {
	for _, c := range f.g.lookup(strings.TrimSpace(name), "", tierArticle) {
		if c.p.Feature == "A.PCLI" {
			return c.p.Country
		}
	}
	return ""
}
