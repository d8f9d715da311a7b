package extract

import (
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/quantity"
	"github.com/sitrep/sitrep/timex"
)

// Explain writes how the engine read a document, sentence by sentence:
// the triggers, counts, casualties, dates, actors and places it found, and
// which sentences it grouped into which incident. It is for analysts who
// want to see why a record says what it says (sitrep extract --explain).
func (x *Extractor) Explain(w io.Writer, doc *sitrep.Document) {
	a := x.analyse(doc)
	fmt.Fprintf(w, "document %s (published %s, focus country %q)\n", doc.ID, orDash(string(doc.Published)), a.country)
	for _, s := range a.sents {
		text := strings.ReplaceAll(a.text[s.span.Start:s.span.End], "\n", " ")
		flags := ""
		if s.headline {
			flags += " headline"
		}
		if s.cumulative {
			flags += " cumulative"
		}
		if s.background {
			flags += " background"
		}
		fmt.Fprintf(w, "\n[%d]%s %s\n", s.idx, flags, text)
		if len(s.clauseKinds) > 1 {
			fmt.Fprintf(w, "    clauses  %s\n", explainClauses(a.text, s))
		}
		for _, t := range s.triggers {
			irr := ""
			switch {
			case t.irrealis:
				irr = " (not done: irrealis)"
			case t.aggregate:
				irr = " (a running total's: aggregate)"
			case t.background:
				irr = " (history: background)"
			}
			fmt.Fprintf(w, "    trigger  %-24q %s%s\n", wordsText(a.text, s, t.i, t.i+t.n), t.class.name, irr)
		}
		for _, q := range s.quants {
			fmt.Fprintf(w, "    number   %-24q %s %s head=%q\n", a.text[q.Span.Start:q.Span.End], kindName(q.Kind), q.Count, q.Head)
		}
		for _, c := range s.cas {
			var fl []string
			for _, f := range []struct {
				on   bool
				name string
			}{{c.subset, "part"}, {c.also, "also"}, {c.toll, "toll"}, {c.reflex, "attackers"}, {c.vague, "vague"}} {
				if f.on {
					fl = append(fl, f.name)
				}
			}
			fmt.Fprintf(w, "    casualty %-24q %s %s %s %s\n", a.text[c.span.Start:c.span.End], c.kind, c.group, c.count, strings.Join(fl, ","))
		}
		for _, t := range s.times {
			fmt.Fprintf(w, "    date     %-24q %s %s %s bg=%v\n", a.text[t.Span.Start:t.Span.End], timeKind(t.Kind), orDash(string(t.Date)), t.Precision, t.Background)
		}
		for _, m := range s.actors {
			name := "?"
			if m.Actor != nil {
				name = m.Actor.Name
			}
			g := ""
			if m.Generic {
				g = " (generic)"
			}
			fmt.Fprintf(w, "    actor    %-24q %s%s\n", a.text[m.Span.Start:m.Span.End], name, g)
		}
		for _, pi := range s.places {
			m := a.places[pi]
			fmt.Fprintf(w, "    place    %-24q prep=%q cue=%q within=%q admin=%v prec=%d score=%.2f\n", m.Name, m.Prep, m.Cue, m.Within, m.Admin, m.Location.Precision, m.Score)
		}
	}
	fmt.Fprintf(w, "\ngrouping (a sentence joins the incident it scores highest with, at 0 or more)\n")
	a.trace = func(format string, args ...any) { fmt.Fprintf(w, "  "+format+"\n", args...) }
	incidents := x.group(a, x.frames(a))
	a.trace = nil
	incidents = x.settle(doc, a, incidents)
	fmt.Fprintf(w, "\n%d incident(s)\n", len(incidents))
	for i, in := range incidents {
		var ss []string
		for _, f := range in.frames {
			ss = append(ss, fmt.Sprint(f.s.idx))
		}
		place := "-"
		if in.place >= 0 {
			place = a.places[in.place].Name
		}
		fmt.Fprintf(w, "  %d: sentences %s, place %s\n", i+1, strings.Join(ss, ","), place)
		for _, f := range in.frames {
			for _, pc := range f.places {
				fmt.Fprintf(w, "     place candidate [%d] %-24q %.2f\n", f.s.idx, a.places[pc.m].Name, pc.score)
			}
		}
		for _, c := range x.roleCandidates(a, in) {
			fmt.Fprintf(w, "     role %d %.2f %-30s %q\n", c.role, c.strength, c.actor.Name, a.text[c.span.Start:c.span.End])
		}
	}
}

func wordsText(text string, s *sentence, i, j int) string {
	sp := wordsSpan(s, i, j)
	return text[sp.Start:sp.End]
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func kindName(k quantity.Kind) string { return fmt.Sprint(k) }

func timeKind(k timex.Kind) string {
	switch k {
	case timex.Point:
		return "point"
	case timex.Period:
		return "period"
	case timex.Reporting:
		return "reporting"
	}
	return fmt.Sprint(k)
}

// explainClauses shows a sentence's clauses in order, each with its kind
// and whether a running-total cue reaches it.
func explainClauses(text string, s *sentence) string {
	var parts []string
	for i := 0; i < len(s.words); {
		j := i
		for j < len(s.words) && s.clause[j] == s.clause[i] {
			j++
		}
		c := s.clause[i]
		tag := s.clauseKinds[c].String()
		if s.cumClause[c] {
			tag += ",total"
		}
		if s.aggClause[c] {
			tag += ",many"
		}
		words := text[s.words[i].span.Start:s.words[j-1].span.End]
		if len(words) > 40 {
			words = words[:20] + "…" + words[len(words)-15:]
		}
		parts = append(parts, fmt.Sprintf("[%s] %q", tag, words))
		i = j
	}
	return strings.Join(parts, " ")
}
