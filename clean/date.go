package clean

import (
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
)

// months maps English month names and abbreviations (lower case) to 1–12.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// token is a word or number of a date search, with its byte range.
type token struct {
	s          string
	start, end int
	num        int  // value when a number
	isNum      bool // all digits
	sep        byte // the punctuation right before it ('/', '-', '.', ',', ':' or 0)
}

// tokenize splits s into letter runs and digit runs ("April02" → april, 02).
func tokenize(s string) []token {
	var out []token
	var sep byte
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(s[i:min(j, i+9)])
			out = append(out, token{s: s[i:j], start: i, end: j, num: n, isNum: true, sep: sep})
			sep = 0
			i = j
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
				j++
			}
			out = append(out, token{s: strings.ToLower(s[i:j]), start: i, end: j, sep: sep})
			sep = 0
			i = j
		default:
			if c == '/' || c == '-' || c == '.' || c == ',' || c == ':' || c == '|' {
				sep = c
			}
			i++
		}
	}
	return out
}

// ordinal suffixes that may follow a day number ("11th").
var ordinals = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// foundDate is a full calendar date found in a string.
type foundDate struct {
	date       sitrep.Date
	start, end int
}

// findDates returns the full dates (day, month and year) written in s:
// 2017-03-20, 2017/03/20, 11 March 2015, March 11th, 2015, Mar. 11 2015,
// 03 Aug 2015, April02/ 2015. Month-and-year or day-and-month alone are not
// dates here, and neither is an all-numeric d/m/y (ambiguous).
func findDates(s string) []foundDate {
	toks := tokenize(s)
	var out []foundDate
	add := func(y, m, d, start, end int) bool {
		if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 {
			return false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return false
		}
		out = append(out, foundDate{date: sitrep.DateOf(t), start: start, end: end})
		return true
	}
	isYear := func(t token) bool { return t.isNum && len(t.s) == 4 }
	isDay := func(t token) bool { return t.isNum && len(t.s) <= 2 && t.num >= 1 && t.num <= 31 }
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// 2017-03-20, 2017/3/20, 2017.03.20
		if isYear(t) && i+2 < len(toks) && toks[i+1].isNum && toks[i+2].isNum && len(toks[i+1].s) <= 2 && len(toks[i+2].s) <= 2 &&
			toks[i+1].sep != 0 && toks[i+1].sep == toks[i+2].sep && toks[i+1].sep != ',' && toks[i+1].start-t.end == 1 && toks[i+2].start-toks[i+1].end == 1 {
			if add(t.num, toks[i+1].num, toks[i+2].num, t.start, toks[i+2].end) {
				i += 2
				continue
			}
		}
		// 11 March 2015, 11th of March, 2015
		if isDay(t) {
			j := i + 1
			if j < len(toks) && ordinals[toks[j].s] && toks[j].start == t.end {
				j++
			}
			if j < len(toks) && toks[j].s == "of" {
				j++
			}
			if j+1 < len(toks) {
				if m, ok := months[toks[j].s]; ok && isYear(toks[j+1]) {
					if add(toks[j+1].num, m, t.num, t.start, toks[j+1].end) {
						i = j + 1
						continue
					}
				}
			}
		}
		// March 11, 2015; Mar. 11th 2015; April02/ 2015
		if m, ok := months[t.s]; ok && i+2 < len(toks) && isDay(toks[i+1]) {
			j := i + 2
			if ordinals[toks[j].s] && toks[j].start == toks[i+1].end {
				j++
			}
			if j < len(toks) && isYear(toks[j]) {
				if add(toks[j].num, m, toks[i+1].num, t.start, toks[j].end) {
					i = j
					continue
				}
			}
		}
	}
	return out
}

// urlDate finds a publication day in a URL's path: /2019/02/04/,
// /2015/5/21/, /2017-04-03-, an 8-digit 20160625 (YYYYMMDD) or 16032018
// (DDMMYYYY) standing alone between non-digits. A year and month alone
// (/2015/11/) is not a day.
func urlDate(u string) (sitrep.Date, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			return "", false
		}
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	valid := func(y, m, d int) (sitrep.Date, bool) {
		if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 {
			return "", false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return "", false
		}
		return sitrep.DateOf(t), true
	}
	// Runs of digits with the separator before each.
	type run struct {
		v   string
		sep byte
	}
	var runs []run
	var prev byte
	for i := 0; i < len(u); {
		if u[i] >= '0' && u[i] <= '9' {
			j := i
			for j < len(u) && u[j] >= '0' && u[j] <= '9' {
				j++
			}
			runs = append(runs, run{u[i:j], prev})
			prev = 0
			if j < len(u) {
				prev = u[j]
			}
			i = j
			continue
		}
		prev = u[i]
		i++
	}
	for k := 0; k+2 < len(runs); k++ {
		a, b, c := runs[k], runs[k+1], runs[k+2]
		if len(a.v) == 4 && len(b.v) <= 2 && len(c.v) <= 2 && (b.sep == '/' && c.sep == '/' || b.sep == '-' && c.sep == '-') {
			y, _ := strconv.Atoi(a.v)
			m, _ := strconv.Atoi(b.v)
			d, _ := strconv.Atoi(c.v)
			if dt, ok := valid(y, m, d); ok {
				return dt, true
			}
		}
	}
	for _, r := range runs {
		if len(r.v) != 8 {
			continue
		}
		n := func(s string) int { v, _ := strconv.Atoi(s); return v }
		ymd, ok1 := valid(n(r.v[:4]), n(r.v[4:6]), n(r.v[6:]))
		dmy, ok2 := valid(n(r.v[4:]), n(r.v[2:4]), n(r.v[:2]))
		if ok1 && !ok2 {
			return ymd, true
		}
		if ok2 && !ok1 {
			return dmy, true
		}
	}
	return "", false
}
