package timex

import (
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
)

// finish builds the expression of tokens i..end-1 around core v.
func (s *scanner) finish(i, end int, v val, pf *prefix) (Expr, int, bool) {
	end, endVal, hasEnd := s.suffix(end, &v, pf)
	span := sitrep.Span{Start: s.toks[i].start, End: s.toks[end-1].end}
	e := Expr{Span: span, Text: s.text[span.Start:span.End], Precision: v.prec}
	switch {
	case v.k == vWeekday:
		e.Weekday = v.wd + 1
	case v.wdCheck > 0:
		e.Weekday = v.wdCheck
	}
	if (v.k == vMonthDay || v.k == vAbs) && v.m > 0 && v.d > 0 {
		e.Month, e.Day = v.m, v.d
	}
	period := v.period || pf.periodic()
	if period && !v.period && (pf.during || pf.throughout) && !pf.since && !pf.from && !pf.between &&
		!pf.asOf && !pf.soFar && v.dayLike && v.prec == precDay && !hasEnd {
		// a time within one day ("during Friday prayers", "throughout
		// Sunday") is that day, not a stretch to sum counts over
		period = false
	}
	switch {
	case period:
		e.Kind = Period
	case v.dayLike && s.reporting(i, end):
		e.Kind = Reporting
	default:
		e.Kind = Point
	}

	first, last, rel, why := s.resolve(v)
	if !first.IsZero() && (first.Year() < 1 || first.Year() > 9999) {
		first, last, why = time.Time{}, time.Time{}, "falls outside the years 1–9999"
	}
	// "overnight into Saturday": the first night is the Friday.
	if pf.overnight && pf.into && v.dayLike && !first.IsZero() {
		first = first.AddDate(0, 0, -1)
		last = first
		why += "; overnight into that day → the night before"
	}
	e.Relative = rel
	if hasEnd {
		_, l2, r2, why2 := s.resolve(endVal)
		if !l2.IsZero() && l2.Year() >= 1 && l2.Year() <= 9999 {
			last = l2
		}
		rel = rel || r2
		e.Relative = rel
		why += "; to " + why2
	}
	if !first.IsZero() {
		switch {
		case e.Kind != Period:
			e.Date = sitrep.Date(day(first))
			if v.endD > 0 || hasEnd {
				e.End = sitrep.Date(day(last)) // "June 3-5"
			}
		case pf.asOf:
			e.Date, e.End, e.Precision = sitrep.Date(day(last)), sitrep.Date(day(last)), precDay
		case pf.since || pf.soFar && v.k != vEndPub:
			e.Date = sitrep.Date(day(first))
			if s.hasPub {
				e.End = sitrep.Date(day(s.pub))
			}
		case v.k == vEndPub:
			e.Date, e.End, e.Precision = sitrep.Date(day(first)), sitrep.Date(day(first)), precDay
			if v.prec != "" {
				e.Precision = v.prec // "in recent years": counted to publication, in years
			}
		default:
			e.Date, e.End = sitrep.Date(day(first)), sitrep.Date(day(last))
		}
	} else if v.k == vNone {
		e.Precision = ""
	}
	if e.Kind == Point && s.hasPub && !last.IsZero() && last.Before(s.pub.AddDate(0, 0, -BackgroundDays)) {
		e.Background = true
		why += fmt.Sprintf("; background: more than %d days before publication", BackgroundDays)
	} else if e.Kind == Point && s.hasPub && e.Precision == precMonth && !first.IsZero() &&
		(s.pub.Year()*12+int(s.pub.Month()))-(first.Year()*12+int(first.Month())) >= 2 {
		// "In May, a bombing killed 12" in a report of early July: a
		// month named before last is history, not the news
		e.Background = true
		why += "; background: a month before last"
	}
	e.Note = "'" + e.Text + "' " + why
	return e, end, true
}

// reporting reports whether the expression at tokens i..end-1 dates a
// statement: a reporting verb or noun just before it ("said on Sunday",
// "told AFP by telephone on Sunday", "in a statement on Sunday") or just
// after it ("on Sunday said").
func (s *scanner) reporting(i, end int) bool {
	if w := s.word(end); w != nil && w.flags&fReporting != 0 && !s.toks[end].nl {
		return true
	}
	if (i == 0 || s.toks[i].nl) && s.frontedBeforeReporting(end) {
		return true
	}
	named := false // a name stood between the verb and the day
	for k, n := i-1, 0; k >= 0 && n < 7; k, n = k-1, n+1 {
		t := s.toks[k]
		if t.kind != tWord || s.toks[k+1].nl {
			return false
		}
		if t.w != nil && t.w.flags&fReporting != 0 {
			// "said the Taliban on Wednesday shot dead two men": a name
			// after the verb with a verb of its own after the day is the
			// subject of what was said, and the day is its act's
			return !(named && s.lowerWordAt(end))
		}
		if t.cap && t.w == nil {
			named = true
			continue
		}
		if t.w != nil && t.w.flags&fReportingFiller != 0 {
			continue
		}
		return false
	}
	return false
}

// lowerWordAt reports whether token k is a word in lower case that is no
// reporting word nor "that": the verb of a clause going on past a day.
func (s *scanner) lowerWordAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tWord || s.toks[k].cap || s.toks[k].nl {
		return false
	}
	if w := s.word(k); w != nil && w.flags&(fReporting|fReportingFiller) != 0 {
		return false
	}
	return true
}

// frontedBeforeReporting reports whether a day that opens a sentence is
// followed, past its comma, by a short subject and a reporting verb: "On
// Monday, a village resident confirmed the attack" dates the telling. A
// verb in the past of another kind first ("On Monday, gunmen killed")
// makes it the day of the act.
func (s *scanner) frontedBeforeReporting(end int) bool {
	if end >= len(s.toks) || s.toks[end].kind != tPunct || s.toks[end].p != ',' {
		return false
	}
	for k := end + 1; k < len(s.toks) && k <= end+6; k++ {
		t := s.toks[k]
		if t.kind != tWord || t.nl {
			return false
		}
		if t.w != nil && t.w.flags&fReporting != 0 {
			// (not a parenthesis: "On Sunday, he added, the bandits
			// invaded the village")
			return !(k+1 < len(s.toks) && s.toks[k+1].kind == tPunct && s.toks[k+1].p == ',')
		}
		if w := s.text[t.start:t.end]; strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return false
}

var weekdayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// pubDesc is the publication day as written in notes: "Sunday 2017-06-04".
func (s *scanner) pubDesc() string {
	if s.pubText == "" {
		s.pubText = weekdayNames[s.pub.Weekday()] + " " + day(s.pub)
	}
	return s.pubText
}

// resolve turns a core into its first and last day, whether the
// publication date was used, and the reasoning.
func (s *scanner) resolve(v val) (first, last time.Time, rel bool, why string) {
	if v.k == vAbs {
		t, ok := civil(v.y, v.m, v.d)
		if !ok {
			return time.Time{}, time.Time{}, false, "is not a real day"
		}
		first, last = t, periodEnd(t, v.prec)
		if v.endD > 0 {
			last, _ = civil(v.y, v.m, v.endD)
		}
		why = "absolute " + v.prec + " → " + day(t)
		if v.wdCheck > 0 && int(t.Weekday()) != v.wdCheck-1 {
			why += fmt.Sprintf(" (written as a %s, but that day is a %s)", weekdayNames[v.wdCheck-1], weekdayNames[t.Weekday()])
		}
		return first, last, false, why
	}
	if v.k == vNone {
		return time.Time{}, time.Time{}, false, v.what + ": no date to resolve"
	}
	if v.k == vAnchor {
		switch {
		case s.hasTelling && v.off != 0:
			t := s.telling.AddDate(0, 0, v.off)
			return t, t, true, fmt.Sprintf("%+d day(s) from the day it was told, %s → %s", v.off, day(s.telling), day(t))
		case s.hasAnchor:
			t := s.anchor.AddDate(0, 0, v.off)
			return t, t, true, fmt.Sprintf("%+d day(s) from the date given before, %s → %s", v.off, day(s.anchor), day(t))
		case v.off == 0 && s.hasPub:
			return s.pub, s.pub, true, "same day, no date given before: publication day " + s.pubDesc()
		default:
			s.anchorMissing = true
			return time.Time{}, time.Time{}, false, "relative to another day, and no date was given before it"
		}
	}
	if !s.hasPub {
		if v.k == vMonthDay {
			return time.Time{}, time.Time{}, false, "no year, and no publication date to take it from"
		}
		return time.Time{}, time.Time{}, false, "no publication date to resolve against"
	}
	pub := s.pub
	switch v.k {
	case vMonthDay:
		if v.m == 0 {
			// the day of a month not named: this month's, or last month's
			for back := 0; back < 2; back++ {
				m := time.Date(pub.Year(), pub.Month()-time.Month(back), 1, 0, 0, 0, 0, time.UTC)
				t, ok := civil(m.Year(), int(m.Month()), v.d)
				if ok && !t.After(pub) {
					return t, t, true, fmt.Sprintf("the %d of the month, the latest on or before %s → %s", v.d, s.pubDesc(), day(t))
				}
			}
			return time.Time{}, time.Time{}, false, "no such day in the month of publication or the one before"
		}
		if v.mode == modeYearOff {
			y := pub.Year() + v.off
			t, ok := civil(y, v.m, v.d)
			if !ok {
				return time.Time{}, time.Time{}, false, "no such day in that year"
			}
			last = t
			if v.endD > 0 {
				last, _ = civil(y, v.m, v.endD)
			}
			return t, last, true, fmt.Sprintf("the day in the year %+d from publication %s → %s", v.off, s.pubDesc(), day(t))
		}
		for y := pub.Year(); y > pub.Year()-9; y-- {
			t, ok := civil(y, v.m, v.d)
			if ok && !t.After(pub) {
				last = t
				if v.endD > 0 {
					last, _ = civil(y, v.m, v.endD)
				}
				return t, last, true, fmt.Sprintf("without a year, the latest on or before %s → %s", s.pubDesc(), day(t))
			}
		}
		return time.Time{}, time.Time{}, false, "not a day in the years before publication"
	case vMonth:
		y := pub.Year()
		pm := int(pub.Month())
		switch v.mode {
		case modeRecent:
			if v.m > pm {
				y--
			}
		case modeLast:
			if v.m >= pm {
				y--
			}
		case modeNext:
			if v.m <= pm {
				y++
			}
		case modeYearOff:
			y += v.off
		}
		t, _ := civil(y, v.m, 1)
		return t, periodEnd(t, precMonth), true, fmt.Sprintf("month against publication %s → %s", day(pub), day(t)[:7])
	case vWeekday:
		pw := int(pub.Weekday())
		var delta int
		switch v.mode {
		case modeRecent:
			delta = -((pw - v.wd + 7) % 7)
		case modeLast:
			delta = -((pw - v.wd + 7) % 7)
			if delta == 0 {
				delta = -7
			}
		case modeNext:
			delta = (v.wd - pw + 7) % 7
			if delta == 0 {
				delta = 7
			}
		case modeWeekBefore:
			// weeks run Monday to Sunday: the weekday of the week before
			// the publication's
			delta = -((pw + 6) % 7) - 7 + (v.wd+6)%7
		}
		t := pub.AddDate(0, 0, delta)
		if delta == 0 {
			return t, t, true, "the publication day itself, " + s.pubDesc()
		}
		if delta > 0 {
			return t, t, true, "after " + s.pubDesc() + " → " + day(t)
		}
		return t, t, true, "before " + s.pubDesc() + " → " + day(t)
	case vOffset:
		t := pub.AddDate(0, 0, v.off)
		what := ""
		if v.what != "" {
			what = v.what + ": "
		}
		if v.approx {
			wk := weekStart(t)
			return wk, wk.AddDate(0, 0, 6), true, fmt.Sprintf("%sabout %d day(s) before publication %s, week of %s", what, -v.off, day(pub), day(wk))
		}
		if v.off == 0 {
			return t, t, true, what + "publication day " + s.pubDesc()
		}
		return t, t, true, fmt.Sprintf("%s%+d day(s) from publication %s → %s", what, v.off, s.pubDesc(), day(t))
	case vWeekRel:
		t := weekStart(pub).AddDate(0, 0, 7*v.off)
		return t, t.AddDate(0, 0, 6), true, fmt.Sprintf("week %+d from the publication week (%s) → week of %s", v.off, day(pub), day(t))
	case vMonthRel:
		t := time.Date(pub.Year(), pub.Month()+time.Month(v.off), 1, 0, 0, 0, 0, time.UTC)
		return t, periodEnd(t, precMonth), true, fmt.Sprintf("month %+d from publication %s → %s", v.off, day(pub), day(t)[:7])
	case vYearRel:
		t := time.Date(pub.Year()+v.off, 1, 1, 0, 0, 0, 0, time.UTC)
		return t, periodEnd(t, precYear), true, fmt.Sprintf("year %+d from publication %s → %d", v.off, day(pub), t.Year())
	case vFeast:
		// the feast of the publication's year, or of the year before when
		// it is still to come
		t := easter(pub.Year()).AddDate(0, 0, v.off)
		if t.After(pub) {
			t = easter(pub.Year()-1).AddDate(0, 0, v.off)
		}
		return t, t, true, fmt.Sprintf("%s, the last before publication %s → %s", v.what, day(pub), day(t))
	case vWeekend:
		// The Saturday of the most recent weekend on or before publication.
		sat := pub.AddDate(0, 0, -((int(pub.Weekday()) - 6 + 7) % 7))
		if v.mode == modeLast && !sat.Before(pub.AddDate(0, 0, -1)) {
			sat = sat.AddDate(0, 0, -7)
		}
		if v.mode == modeNext {
			sat = pub.AddDate(0, 0, (6-int(pub.Weekday())+7)%7)
		}
		// (told as its Saturday, the day coders write for "at the
		// weekend", at the precision of a week)
		return sat, sat.AddDate(0, 0, 1), true, fmt.Sprintf("weekend of %s (publication %s)", day(sat), day(pub))
	case vPast:
		t := pub.AddDate(0, 0, -v.off)
		return t, pub, true, fmt.Sprintf("period ending at publication %s, from %s", day(pub), day(t))
	case vEndPub:
		return pub, pub, true, "counted to publication " + day(pub)
	}
	return time.Time{}, time.Time{}, false, "unresolved"
}

// weekStart returns the Monday of t's week.
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// periodEnd returns the last day of the day, month or year starting at t.
func periodEnd(t time.Time, prec string) time.Time {
	switch prec {
	case precMonth:
		return t.AddDate(0, 1, -1)
	case precYear:
		return t.AddDate(1, 0, -1)
	case precWeek:
		return t.AddDate(0, 0, 6)
	}
	return t
}

// day writes t as YYYY-MM-DD, faster than time.Format on this hot path.
func day(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(time.DateOnly)
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10),
	}
	return string(b[:])
}

// easter is Western (Gregorian) Easter Sunday of a year, by the
// computus of the Gregorian calendar.
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
