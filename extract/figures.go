package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/quantity"
	"github.com/sitrep/sitrep/timex"
)

// figures reads the standing numbers of a document: running tolls (counts
// of people hurt told with "since", "so far", "in the past 24 hours"),
// displaced and returned people, people trapped, and force sizes.
func (x *Extractor) figures(a *analysis) []sitrep.Figure {
	var out []sitrep.Figure
	for _, s := range a.sents {
		if s.background && !s.cumulative {
			continue // history, not a standing number ("since 2014" counts are kept)
		}
		period := periodText(a.text, s)
		used := map[sitrep.Span]bool{}
		if s.cumulative {
			for _, c := range s.cas {
				if !c.cumulative || c.subset || c.count.IsZero() {
					continue
				}
				what := c.kind
				if what == sitrep.Abducted {
					what = sitrep.FigureOther
				}
				out = append(out, x.figure(a, s, what, c.group, c.count, c.span, period))
				used[c.np] = true
			}
		}
		out = append(out, x.sizeFigures(a, s, period)...)
		figs := x.lex.figures.find(s.words)
		if len(figs) == 0 {
			continue
		}
		for _, n := range x.countPhrases(a, s) {
			sp := sitrep.Span{Start: s.words[n.a].span.Start, End: s.words[n.b-1].span.End}
			if used[sp] || n.single || n.bare {
				continue
			}
			hurt := false
			for _, c := range s.cas {
				if c.np == sp {
					hurt = true
				}
			}
			if hurt {
				continue
			}
			what := ""
			for _, h := range figs {
				if h.i >= n.b && h.i-n.b <= 8 || h.i+h.n <= n.a && n.a-(h.i+h.n) <= 3 {
					w := h.val.(string)
					switch {
					case w == "fighters" && (n.group == "militants" || n.group == "soldiers"):
						what = sitrep.FigureFighters
					case w != "fighters" && n.group != "militants" && n.group != "soldiers":
						what = w
					}
					if what != "" {
						break
					}
				}
			}
			if what == "" {
				continue
			}
			end := n.b
			for _, h := range figs {
				if h.i >= n.b && h.i-n.b <= 8 && h.i+h.n > end {
					end = h.i + h.n
				}
			}
			out = append(out, x.figure(a, s, what, n.group, n.count, wordsSpan(s, n.a, end), period))
		}
	}
	return out
}

// sizeFigures reads force sizes and totals written as "a 28,000-strong
// coalition" or "the number of IS fighters ... at 5,000 to 6,000", and
// places taken back in total ("the total number of districts liberated
// ... to 40").
func (x *Extractor) sizeFigures(a *analysis, s *sentence, period string) []sitrep.Figure {
	var out []sitrep.Figure
	for _, q := range s.quants {
		if q.Kind != quantity.Cardinal || q.Count.IsZero() {
			continue
		}
		phrase := a.text[q.Span.Start:q.Span.End]
		if strings.HasSuffix(strings.ToLower(phrase), "-strong") {
			out = append(out, x.figure(a, s, sitrep.FigureFighters, "", q.Count, q.Span, period))
			continue
		}
		if q.Head != "" {
			continue
		}
		// "the number of <noun> ... at/to N"
		qa := s.wordAt(q.Span.Start)
		for k := qa - 1; k >= 1 && k >= qa-14; k-- {
			if s.words[k].low != "of" || s.words[k-1].low != "number" {
				continue
			}
			what := ""
			for j := k + 1; j < qa && j < k+5 && what == ""; j++ {
				if v, n := x.lex.persons.at(s.words, j); n > 0 {
					switch v.(string) {
					case "militants", "soldiers":
						what = sitrep.FigureFighters
					}
				}
				switch s.words[j].low {
				case "districts", "villages", "neighbourhoods", "neighborhoods", "areas", "towns", "quarters":
					for _, t := range s.triggers {
						if t.class.name == "gain" {
							what = sitrep.FigureDistrictsRetaken
						}
					}
				}
			}
			if what != "" {
				out = append(out, x.figure(a, s, what, "", q.Count, q.Span, period))
			}
			break
		}
	}
	return out
}

func (x *Extractor) figure(a *analysis, s *sentence, what, group string, c sitrep.Count, sp sitrep.Span, period string) sitrep.Figure {
	f := sitrep.Figure{Record: "figure", Doc: a.doc.ID, What: what, Group: group, Value: c, Period: period,
		Evidence: []sitrep.Evidence{a.doc.Evidence(s.span)}}
	f.Evidence[0].Doc = ""
	_ = sp
	var best *placeCand
	fr := &frame{s: s}
	for _, pc := range x.placeCandidates(a, s, fr) {
		pc := pc
		best = &pc
		break
	}
	if best != nil {
		m := a.places[best.m]
		loc := m.Location
		loc.Name = m.Name
		f.Place = &loc
	} else {
		f.Place = x.mainPlace(a) // the report's main place, at precision 2 or coarser
	}
	for _, t := range s.times {
		if t.Kind == timex.Point && !t.Date.IsZero() {
			f.AsOf = t.Date
		}
	}
	return f
}

// periodText is the period a sentence's total covers, as written ("since
// October", "in the past 24 hours"), or "".
func periodText(text string, s *sentence) string {
	var parts []string
	for _, t := range s.times {
		if t.Kind == timex.Period {
			parts = append(parts, strings.TrimSpace(text[t.Span.Start:t.Span.End]))
		}
	}
	return strings.Join(parts, "; ")
}
