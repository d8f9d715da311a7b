// Package actorkey is how a store indexes the actors of its events for
// EventFilter.Actor, so that every store matches a name the same way: on
// whole words, ignoring case and punctuation, and through the aliases of
// the actor dictionary.
//
// A name is cut into words (runs of letters and digits, lower-cased), and
// it is indexed under each of its word suffixes: "Military Forces of Iraq
// (2014-)" under "military forces of iraq 2014", "forces of iraq 2014", "of
// iraq 2014", "iraq 2014" and "2014". A query matches a name when it is a
// run of the name's whole words: the query's words, joined the same way,
// equal a key or begin one followed by a space. A store keeps the keys of
// an event in a table and finds the events of a query with one range of
// that table's index per term (Range).
package actorkey

import (
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/actors"
)

// MaxWords caps the words of a name that are indexed (a name longer than
// this is indexed by its first MaxWords words), and so the keys a name
// has.
const MaxWords = 12

// Words returns the words of s, lower-cased, joined by single spaces.
func Words(s string) string {
	var b strings.Builder
	n := 0
	inWord := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if !inWord {
				if n == MaxWords {
					break
				}
				if n > 0 {
					b.WriteByte(' ')
				}
				n++
				inWord = true
			}
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		inWord = false
	}
	return b.String()
}

// Keys returns the keys the names are indexed under, sorted and without
// repeats. Empty names have none.
func Keys(names ...string) []string {
	var out []string
	for _, name := range names {
		w := Words(name)
		for w != "" {
			out = append(out, w)
			_, rest, ok := strings.Cut(w, " ")
			if !ok {
				break
			}
			w = rest
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Terms returns what a query looks for: its words, and the words of the
// canonical name the built-in actor dictionary gives it when it is an
// alias ("ISIS", "Daesh": islamic state), sorted and without repeats. A
// query with no word has no terms and matches nothing.
func Terms(query string) []string {
	w := Words(query)
	if w == "" {
		return nil
	}
	out := []string{w}
	if a := actors.Default().Lookup(strings.TrimSpace(query)); a != nil {
		if c := Words(a.Name); c != "" {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Range returns the bounds of the keys a term matches: the key equal to
// the term, and every key in [lo, hi), those that begin with the term and a
// space.
func Range(term string) (lo, hi string) {
	return term + " ", term + "!" // '!' follows ' ' in byte order
}

// Matches reports whether any name matches the query (the rule a store's
// index answers, for tests and for stores that check in memory).
func Matches(query string, names ...string) bool {
	terms := Terms(query)
	for _, k := range Keys(names...) {
		for _, t := range terms {
			if lo, hi := Range(t); k == t || (k >= lo && k < hi) {
				return true
			}
		}
	}
	return false
}
