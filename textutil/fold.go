package textutil

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps every non-ASCII rune that Fold changes to its folded,
// lower-cased replacement ("" drops the rune). Runes absent from the table
// are only lower-cased. It is built once, on the first non-ASCII rune seen,
// so programs that never fold non-ASCII text pay nothing.
var (
	foldOnce  sync.Once
	foldTable map[rune]string
)

// Letters that carry no canonical decomposition but are spelled without
// their stroke or ligature in English transliteration.
var foldSpecial = map[rune]string{
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ħ': "h", 'Ħ': "h",
	'ı': "i", 'İ': "i", 'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d", 'ŧ': "t", 'Ŧ': "t", 'ŀ': "l", 'Ŀ': "l",
	'ɨ': "i", 'ƒ': "f", 'ſ': "s",
	// Apostrophe and quote variants.
	'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '´': "'", 'ʼ': "'", 'ʻ': "'",
	'‹': "'", '›': "'",
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '″': `"`, '«': `"`, '»': `"`,
	// Dash variants.
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-", '―': "-", '−': "-",
	'﹘': "-", '﹣': "-", '－': "-", '⁃': "-",
	// Spaces that are not ASCII, and invisible characters.
	'\u00a0': " ", '\u1680': " ", '\u202f': " ", '\u205f': " ", '\u3000': " ",
	'\u2028': "\n", '\u2029': "\n", '\u0085': "\n",
	'\u200b': "", '\u200c': "", '\u200d': "", '\u2060': "", '\ufeff': "", '\u00ad': "",
	'\u200e': "", '\u200f': "",
	// Arabic-script letters that differ only by region.
	'ی': "ي", 'ک': "ك", 'ٱ': "ا",
}

// Ranges whose runes are decomposed (NFD) with their combining marks
// dropped: Latin with diacritics, Greek with tonos, Arabic letters with
// hamza or madda.
var foldDecompose = []struct{ lo, hi rune }{
	{0x00c0, 0x024f}, {0x0370, 0x03ff}, {0x0622, 0x0626}, {0x06c0, 0x06d3}, {0x1e00, 0x1eff},
}

// Ranges of combining marks that spelling variants add or leave out:
// Latin combining diacritics, Hebrew points, Arabic tashkeel and Quranic
// marks.
var foldMarks = []struct{ lo, hi rune }{
	{0x0300, 0x036f}, {0x0591, 0x05c7}, {0x0610, 0x061a}, {0x064b, 0x065f}, {0x0670, 0x0670},
	{0x06d6, 0x06ed}, {0x1ab0, 0x1aff}, {0x1dc0, 0x1dff}, {0x20d0, 0x20ff}, {0xfe20, 0xfe2f},
}

func isFoldMark(r rune) bool {
	for _, m := range foldMarks {
		if r >= m.lo && r <= m.hi {
			return true
		}
	}
	return false
}

func buildFoldTable() {
	t := make(map[rune]string, 1400)
	for _, rg := range foldMarks {
		for r := rg.lo; r <= rg.hi; r++ {
			t[r] = ""
		}
	}
	var b strings.Builder
	for _, rg := range foldDecompose {
		for r := rg.lo; r <= rg.hi; r++ {
			d := norm.NFD.String(string(r))
			b.Reset()
			for _, c := range d {
				if isFoldMark(c) {
					continue
				}
				b.WriteRune(unicode.ToLower(c))
			}
			if s := b.String(); s != string(r) {
				t[r] = s
			}
		}
	}
	for r := rune(0x2000); r <= 0x200a; r++ {
		t[r] = " "
	}
	// Arabic-Indic and Extended Arabic-Indic digits read as ASCII digits.
	for i := rune(0); i < 10; i++ {
		t[0x0660+i] = string('0' + i)
		t[0x06f0+i] = string('0' + i)
	}
	for r, s := range foldSpecial {
		t[r] = s
	}
	// Make folding idempotent: an upper-case letter whose lower case is
	// folded further folds the same way (Ɨ → ɨ → i), and replacements are
	// themselves folded.
	for _, rg := range [][2]rune{{0x80, 0x5ff}, {0x1e00, 0x1fff}, {0x2c60, 0x2c7f}, {0xa720, 0xa7ff}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if _, ok := t[r]; ok {
				continue
			}
			if l := unicode.ToLower(r); l != r {
				if s, ok := t[l]; ok {
					t[r] = s
				}
			}
		}
	}
	for r, s := range t {
		b.Reset()
		for _, c := range s {
			if f, ok := t[c]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(unicode.ToLower(c))
			}
		}
		t[r] = b.String()
	}
	foldTable = t
}

// appendFold appends the folded form of the non-ASCII rune r, whose bytes
// in the source are raw, to b.
func appendFold(b []byte, r rune, raw string) []byte {
	foldOnce.Do(buildFoldTable)
	if s, ok := foldTable[r]; ok {
		return append(b, s...)
	}
	if r == utf8.RuneError {
		// Invalid bytes read as U+FFFD, so that folding twice changes
		// nothing (dropping a mark could otherwise join stray bytes into
		// a new character).
		return append(b, "\uFFFD"...)
	}
	if l := unicode.ToLower(r); l != r {
		return utf8.AppendRune(b, l)
	}
	return append(b, raw...)
}

// Fold lower-cases s and removes what varies between spellings of the same
// words, so that two writings of one name or phrase compare equal:
// diacritics (Ḩ→h, ū→u, é→e) and Arabic tashkeel are dropped, NBSP and other
// Unicode spaces become ' ', curly quotes straight ones (’‘ → ', “” → "), all
// dash variants '-', Arabic-Indic digits ASCII digits, and invisible
// characters (zero-width space, soft hyphen, BOM) disappear. Bytes that
// are not UTF-8 become U+FFFD. Text that is already folded is returned
// without allocating.
func Fold(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+8)
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		b = appendFold(b, r, s[i:i+w])
		i += w
	}
	return string(b)
}

// FoldIndex folds s like Fold and also returns, for every byte of the
// folded string, the byte offset in s of the character it came from
// (orig has len(folded)+1 entries; the last is len(s)). It lets a matcher
// search folded text and report spans of the original.
func FoldIndex(s string) (folded string, orig []int) {
	b := make([]byte, 0, len(s)+8)
	orig = make([]int, 0, len(s)+9)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			orig = append(orig, i)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		n := len(b)
		b = appendFold(b, r, s[i:i+w])
		for k := n; k < len(b); k++ {
			orig = append(orig, i)
		}
		i += w
	}
	orig = append(orig, len(s))
	return string(b), orig
}

// isApostrophe reports the marks NameKey drops inside a name: apostrophes
// and the transliteration marks for ayn and hamza.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', 'ʿ', 'ʾ', 'ʹ', 'ˈ':
		return true
	}
	return false
}

// nameKeyRune returns the NameKey form of a folded rune: itself, a
// replacement, 0 to drop it, or ' ' for a separator.
func nameKeyRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			return r
		}
		if r == '\'' || r == '`' {
			return 0
		}
		return ' '
	case isApostrophe(r):
		return 0
	case r == 'ة':
		return 'ه'
	case r == 'ى':
		return 'ي'
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا'
	case r == 'ـ': // tatweel
		return 0
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return r
	case unicode.Is(unicode.Mn, r):
		return 0
	}
	return ' '
}

// NameKey is the lookup key for a name (a place, an actor): Fold, then
// apostrophes and ayn/hamza marks (' ’ ʿ ʾ ` ´) removed entirely
// (Ba'aj, Ba’aj → baaj), hyphens, dots, commas and other punctuation turned
// into spaces, runs of spaces collapsed, and the ends trimmed. Arabic script
// is normalised too: tashkeel and tatweel removed, أ إ آ ٱ → ا, ة → ه,
// ى → ي. Two spellings that differ only in these ways get the same key.
func NameKey(s string) string {
	if isNameKey(s) {
		return s
	}
	var k keyBuilder
	k.b.Grow(len(s))
	var tmp [16]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			k.add(rune(c))
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		for _, fr := range string(appendFold(tmp[:0], r, s[i:i+w])) {
			k.add(fr)
		}
		i += w
	}
	return k.b.String()
}

// isNameKey reports text that is already a key: lower-case ASCII letters
// and digits in words joined by single spaces.
func isNameKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
			continue
		}
		if !(('a' <= c && c <= 'z') || ('0' <= c && c <= '9')) {
			return false
		}
	}
	return true
}

// keyBuilder writes a NameKey from folded runes, collapsing separators.
type keyBuilder struct {
	b     strings.Builder
	space bool
}

func (k *keyBuilder) add(r rune) {
	switch r = nameKeyRune(r); r {
	case 0:
		return
	case ' ':
		k.space = k.b.Len() > 0
		return
	}
	if k.space {
		k.b.WriteByte(' ')
		k.space = false
	}
	k.b.WriteRune(r)
}

// arabicArticles are the transliterated forms of the Arabic definite
// article, as separate words once NameKey has turned hyphens into spaces
// ("al-Anbar" → "al anbar", "Ar Raqqah" → "ar raqqah").
var arabicArticles = map[string]bool{
	"al": true, "el": true, "ad": true, "adh": true, "an": true, "ar": true, "as": true,
	"ash": true, "at": true, "ath": true, "az": true, "ul": true,
}

// StripArticles removes the Arabic definite article from a NameKey: the
// transliterated words al, el, ad, adh, an, ar, as, ash, at, ath, az and ul
// when another word follows them, and the prefix ال of Arabic-script words
// longer than three letters ("al shaabi" → "shaabi", "ar raqqah" →
// "raqqah", "الموصل" → "موصل"). It gives a second, looser key for names
// that are written with and without the article.
func StripArticles(key string) string {
	if key == "" {
		return key
	}
	words := strings.Fields(key)
	out := words[:0]
	for i, w := range words {
		if arabicArticles[w] && i+1 < len(words) {
			continue
		}
		if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 3 {
			w = w[len("ال"):]
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
