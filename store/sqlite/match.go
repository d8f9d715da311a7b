package sqlite

import (
	"strings"
	"unicode"
)

// MatchQuery turns an analyst's search words into an FTS5 query that SQLite
// always accepts, so plain words never produce a syntax error. It returns ""
// when the input holds nothing searchable (only punctuation, say).
//
// The rules, meant to do what a search box does:
//   - words are all required: `car bomb` finds evidence with both words;
//   - "double quotes" keep a phrase: `"car bomb"` finds the two in a row;
//   - a word ending in * matches by prefix: `bomb*` finds bomber, bombing;
//   - OR between two terms accepts either, NOT between two terms excludes
//     the second (both in capitals, as FTS5 writes them); AND is the default
//     and may be written;
//   - everything else, FTS5 operators and punctuation included (`'`, `-`,
//     `:`, `^`, `(`), is searched as literal text: each word goes to FTS5 as a
//     quoted string, where the tokenizer splits it as it split the evidence
//     (`al-Qa'im` is the phrase al qa im).
//
// Matching folds case and diacritics, and stems English words (bombings
// matches bombing).
func MatchQuery(s string) string {
	type item struct {
		op   string // "OR", "NOT", or "" for a term
		term string // the quoted term, with its * when a prefix
	}
	// FTS5 reads the query as a C string: a NUL would end it mid-quote.
	s = strings.ReplaceAll(s, "\x00", " ")
	var items []item
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '"':
			end := strings.IndexByte(s[i+1:], '"')
			var phrase string
			if end < 0 {
				phrase, i = s[i+1:], len(s)
			} else {
				phrase, i = s[i+1:i+1+end], i+end+2
			}
			if searchable(phrase) {
				items = append(items, item{term: quote(phrase)})
			}
		default:
			end := strings.IndexAny(s[i:], " \t\n\r\f\v")
			var word string
			if end < 0 {
				word, i = s[i:], len(s)
			} else {
				word, i = s[i:i+end], i+end
			}
			switch word {
			case "OR", "NOT":
				items = append(items, item{op: word})
				continue
			case "AND":
				continue
			}
			star := strings.HasSuffix(word, "*")
			word = strings.TrimRight(word, "*")
			if !searchable(word) {
				continue
			}
			t := quote(word)
			if star {
				t += "*"
			}
			items = append(items, item{term: t})
		}
	}
	// Keep an operator only between two terms.
	var b strings.Builder
	pending := ""
	terms := 0
	for _, it := range items {
		if it.op != "" {
			if terms > 0 {
				pending = it.op
			}
			continue
		}
		if terms > 0 {
			b.WriteByte(' ')
			if pending != "" {
				b.WriteString(pending)
				b.WriteByte(' ')
			}
		}
		pending = ""
		b.WriteString(it.term)
		terms++
	}
	return b.String()
}

// quote makes s an FTS5 string: double quotes around, inner ones doubled.
func quote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// searchable reports whether s holds a letter or digit, which the tokenizer
// would keep; a string of punctuation alone can match nothing.
func searchable(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}
