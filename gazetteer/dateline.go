package gazetteer

import "strings"

// dateline reports whether mention m (of raw r) opens a line as a
// dateline, the place a report was filed from: the name, then any of a
// country or region (", Mali", ", Kurdistan Region"), a day (", Aug 30"),
// an agency in brackets ("(AP)", "(Kurdistan 24)") or after a comma
// (", SANA-"), and then a dash or colon before the first sentence
// ("BAMAKO, Mali (AP) — Gunmen …", "KHARTOUM: More than …", "Kabul, Feb
// 17 (IANS) Six people …"). A name in capitals followed by a comma or a
// bracket is one as well ("BAGHDAD, June 4"). A division told with its
// cue word and a country head the text as its subject, not as a dateline
// ("Raqqa province: Jets …", "Mali: ten soldiers …"), and a dash followed
// by lower-case words sets off an aside ("Saraqeb - held by rebels -").
func (f *finder) dateline(r *raw, m *Mention) bool {
	toks := f.toks
	s := r.first
	if !(toks[s].lineStart || s > 0 && toks[s-1].lineStart && !toks[s-1].word && !f.punct(s-1, "(")) {
		return false
	}
	if adminCue(m.Cue) || m.Place != nil && m.Place.Feature == "A.PCLI" {
		return false
	}
	caps := allCapsRun(toks[s:r.end])
	j := r.cueTok
	if caps && (f.punct(j, ",") || f.punct(j, "(")) {
		return true
	}
	sawAgency := false
	for part := 0; part < 4 && j < len(toks) && !toks[j].lineStart; part++ {
		switch {
		case f.punct(j, ","):
			k := j + 1
			if d := f.dayAt(k); d > k {
				j = d // ", Aug 30", ", Feb. 17"
				continue
			}
			n := 0
			for k < len(toks) && toks[k].word && toks[k].name && n < 3 && !toks[k].lineStart {
				k++
				n++
			}
			if n == 0 {
				return false
			}
			j = k // ", Mali", ", Kurdistan Region", ", SANA"
		case f.punct(j, "("):
			c := j + 1
			for c < len(toks) && c <= j+8 && !f.punct(c, ")") {
				c++
			}
			if !f.punct(c, ")") {
				return false
			}
			j = c + 1
			sawAgency = true
		default:
			return f.datelineEnd(j, sawAgency)
		}
	}
	return f.datelineEnd(j, sawAgency)
}

// datelineEnd reports whether token j ends a dateline: a dash or colon
// before a capitalised word, a number or a quote, or — after an agency in
// brackets — the capitalised first word itself.
func (f *finder) datelineEnd(j int, sawAgency bool) bool {
	toks := f.toks
	if j >= len(toks) {
		return false
	}
	dash := false
	for j < len(toks) && !toks[j].word && !toks[j].lineStart {
		switch f.word(j) {
		case "—", "–", "-", ":", "―":
			dash = true
			j++
			continue
		}
		break
	}
	if !dash && !sawAgency {
		return false
	}
	if j >= len(toks) {
		return false
	}
	w := f.word(j)
	if toks[j].word {
		return toks[j].name || isNumber(w) || w[0] >= '0' && w[0] <= '9'
	}
	return strings.ContainsAny(w, "\"“‘'«")
}

// dayAt returns the token after a day written as a month and a day of
// the month, with or without the year, starting at token k ("Aug 30",
// "Feb. 17", "Jan 23, 2024"), or k.
func (f *finder) dayAt(k int) int {
	if k >= len(f.toks) || !f.toks[k].word {
		return k
	}
	if !monthWords[string(f.lower(k))] {
		return k
	}
	j := k + 1
	if f.punct(j, ".") {
		j++
	}
	if j >= len(f.toks) || !f.toks[j].word || !isNumber(f.word(j)) {
		return k
	}
	j++
	// ", 2024"
	if f.punct(j, ",") && j+1 < len(f.toks) && f.toks[j+1].word && len(f.word(j+1)) == 4 && isYear(f.word(j+1)) {
		j += 2
	}
	return j
}

// isYear reports whether w is a year of four digits.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// monthWords are the month names and their abbreviations, lower-cased.
var monthWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}
