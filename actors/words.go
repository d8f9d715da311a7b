package actors

import (
	"sort"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// Words holds the tokens of a text read once (Dictionary.Read), so that
// FindIn can take those of any sentence of it from them instead of reading
// the sentence again: a report is searched for sides as a whole and then
// sentence by sentence.
type Words struct {
	text string
	sc   *scratch // the tokens of the whole text
	view scratch  // the tokens of a span (its arena is a part of sc's)
}

// Read reads the words of text once, for FindIn on text or on a text that
// begins with it. Release gives its buffers back.
func (d *Dictionary) Read(text string) *Words {
	sc := getScratch()
	sc.tokenize(text, 0, len(text))
	return &Words{text: text, sc: sc, view: scratch{toks: sc.spare[:0]}}
}

// Release gives back the buffers of w; FindIn reads every span afresh
// after it.
func (w *Words) Release() {
	if w != nil && w.sc != nil {
		if cap(w.view.toks) <= 1<<16 {
			w.sc.spare = w.view.toks[:0]
		}
		putScratch(w.sc)
		w.sc, w.view = nil, scratch{}
	}
}

// FindIn is Find(text, span, country), where words are the words of text
// or of a beginning of it (nil: none): the tokens of span are taken from
// them when they are the ones Find would read, else read afresh.
func (d *Dictionary) FindIn(words *Words, text string, span sitrep.Span, country string) []Mention {
	start, end := clip(span, len(text))
	if start >= end {
		return nil
	}
	m := d.m.Load()
	if sc := words.tokens(text, start, end); sc != nil {
		return m.find(text, sc, country, nil)
	}
	sc := getScratch()
	defer putScratch(sc)
	sc.tokenize(text, start, end)
	return m.find(text, sc, country, nil)
}

// tokens returns what tokenize(text, start, end) reads, taken from the
// tokens of the whole text, or nil when they may differ from them. They
// do not differ when the whole text's reading passes start between words
// where it would begin (no word, dotted capitals or "'s" across it), and
// stops at end as well: end is the end of its text, or before an ASCII
// mark that is no letter or digit and no word runs across. The first
// token's marks before it are read again (no word before it in the
// span).
func (w *Words) tokens(text string, start, end int) *scratch {
	if w == nil || w.sc == nil {
		return nil
	}
	n := len(w.text)
	if end > n || len(text) < n || text[:n] != w.text {
		return nil
	}
	all := w.sc.toks
	if start == 0 && end == n {
		return w.sc
	}
	if end < n && (text[end] >= utf8.RuneSelf || isASCIIAlnum(text[end])) {
		return nil
	}
	if !utf8.RuneStart(text[start]) {
		return nil
	}
	a := sort.Search(len(all), func(k int) bool { return all[k].start >= start })
	b := sort.Search(len(all), func(k int) bool { return all[k].end > end })
	if b < a {
		b = a
	}
	if b < len(all) && all[b].start < end {
		return nil // a word across end
	}
	base := 0
	if a > 0 {
		prev := all[a-1]
		if prev.end > start || apostropheAt(w.text, prev.end) {
			return nil // a word across start, or an "'s" it may drop
		}
		base = prev.fold
	}
	v := &w.view
	v.toks = append(v.toks[:0], all[a:b]...)
	if len(v.toks) == 0 {
		v.arena = nil
		return v
	}
	v.arena = w.sc.arena[base:v.toks[len(v.toks)-1].fold]
	for k := range v.toks {
		v.toks[k].fold -= base
	}
	// the first token as tokenize would read it from start: joined to no
	// word before, broken by a mark between start and it that joins none
	first := &v.toks[0]
	first.hyphen, first.broken = false, false
	for i := start; i < first.start; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isJoiner(r) {
			first.broken = true
		}
		i += size
	}
	return v
}

// apostropheAt reports whether text[i:] opens with an apostrophe that may
// make a possessive "'s" (tokenize drops those).
func apostropheAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return c == '\'' || c == '`'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isApostrophe(r)
}
