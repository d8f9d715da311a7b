package gazetteer

import (
	_ "embed"
	"strings"
	"sync"
)

// translitRule is one rule of translit.txt: letters a romanisation writes
// one way (from) that GeoNames writes another (to), in the countries
// given; start and end tie from to a word's start or end (both: the
// whole word), linked to the end of a word another word follows.
type translitRule struct {
	countries            []string
	from, to             string
	start, end, linked   bool
	spaceFrom, fromSpace string // " "+from, from+" ", for fits
}

//go:embed translit.txt
var translitText string

var translitRules = sync.OnceValue(func() []translitRule { return parseTranslit(translitText) })

// parseTranslit reads the rules of a translit.txt text; a line that is
// not a rule is skipped.
func parseTranslit(text string) []translitRule {
	var out []translitRule
	for _, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" {
			continue
		}
		r := translitRule{countries: strings.Split(f[0], ","), from: f[1], to: f[2]}
		if strings.HasPrefix(r.from, "^") {
			r.start, r.from = true, r.from[1:]
		}
		if strings.HasSuffix(r.from, "$") {
			r.end, r.from = true, r.from[:len(r.from)-1]
		} else if strings.HasSuffix(r.from, "_") {
			r.end, r.linked, r.from = true, true, r.from[:len(r.from)-1]
		}
		if r.from != "" {
			r.spaceFrom, r.fromSpace = " "+r.from, r.from+" "
			out = append(out, r)
		}
	}
	return out
}

// translitVariant is a spelling of a name by one rule: its exact key and
// the countries where a place so spelt counts.
type translitVariant struct {
	key       string
	countries []string
}

// translitVariants returns the spellings of a name's folded words (lower
// case, one space between words; see fold.Words) that each rule makes,
// as exact keys (spaces removed), those that differ from the name's own.
func translitVariants(words string) []translitVariant {
	var out []translitVariant
	rules := translitRules()
	for i := range rules {
		r := &rules[i]
		if !r.fits(words) {
			continue
		}
		ws := strings.Split(words, " ")
		changed := false
		for i, w := range ws {
			switch {
			case r.start && r.end:
				// a whole word: "^tal_" is the word "Tal" before another
				if w == r.from && (!r.linked || i < len(ws)-1) {
					ws[i] = r.to
					changed = true
				}
			case r.start:
				if strings.HasPrefix(w, r.from) {
					ws[i] = r.to + w[len(r.from):]
					changed = true
				}
			case r.end:
				if (!r.linked || i < len(ws)-1) && strings.HasSuffix(w, r.from) && len(w) > len(r.from)+1 {
					ws[i] = w[:len(w)-len(r.from)] + r.to
					changed = true
				}
			default:
				if v := strings.ReplaceAll(w, r.from, r.to); v != w {
					ws[i] = v
					changed = true
				}
			}
		}
		if changed {
			out = append(out, translitVariant{key: strings.Join(ws, ""), countries: r.countries})
		}
	}
	return out
}

// fits reports whether the rule may apply to words, without splitting
// them (most names fit no rule).
func (r *translitRule) fits(words string) bool {
	switch {
	case r.start && r.end:
		return strings.HasPrefix(words, r.fromSpace) || strings.Contains(words, " "+r.fromSpace) ||
			!r.linked && (words == r.from || strings.HasSuffix(words, r.spaceFrom))
	case r.start:
		return strings.HasPrefix(words, r.from) || strings.Contains(words, r.spaceFrom)
	case r.linked:
		return strings.Contains(words, r.fromSpace)
	case r.end:
		return strings.HasSuffix(words, r.from) || strings.Contains(words, r.fromSpace)
	}
	return strings.Contains(words, r.from)
}
