// Package fold turns place names as written into the matching keys of the
// gazetteer: an exact key (case, diacritics, apostrophes, hyphens and spaces
// folded away), an article-stripped key (al-, el-, ash-… removed from every
// word) and a loose transliteration key (vowel runs and doubled letters
// collapsed, common Arabic transliteration pairs merged) used only when the
// first two fail.
//
// Every function appends to a caller's buffer so the hot path of text
// matching allocates nothing.
package fold

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// articles are the forms of the Arabic definite article as transliterations
// write it, alone as a word ("Al Qaim") or hyphenated ("ash-Sharqat"), plus
// "ai", the usual misreading of "Al" in scanned lists ("AI Nahda").
var articles = map[string]bool{
	"al": true, "el": true, "il": true, "ul": true, "ai": true,
	"ash": true, "as": true, "ad": true, "an": true, "ar": true, "az": true,
	"at": true, "ath": true, "adh": true, "ed": true, "es": true, "et": true,
	"er": true, "ez": true, "en": true, "esh": true, "ech": true, "ach": true,
	"ال": true,
}

// IsArticle reports whether the folded word w is a form of the Arabic
// definite article.
func IsArticle(w string) bool { return articles[w] }

// Words appends the folded form of s to dst: lower case, diacritics
// removed, apostrophes and Arabic ʿayn/hamza signs dropped, every other
// non-letter non-digit run turned into one space, no leading or trailing
// space. Arabic letters are normalised (alef, ya, ta marbuta forms;
// harakat and tatweel removed).
func Words(dst []byte, s string) []byte {
	start := len(dst)
	space := true // suppress leading space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
				space = false
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
				space = false
			case c == '\'' || c == '`':
				// apostrophes vanish: Ba'aj = Baaj
			default:
				if !space {
					dst = append(dst, ' ')
					space = true
				}
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		n := len(dst)
		dst = appendRune(dst, r)
		if len(dst) > n {
			if dst[len(dst)-1] == ' ' {
				if space {
					dst = dst[:len(dst)-1]
				}
				space = true
			} else {
				space = false
			}
		}
	}
	if len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// appendRune folds one non-ASCII rune: it appends nothing for signs that
// vanish, a space for separators, and the base letter(s) otherwise.
func appendRune(dst []byte, r rune) []byte {
	switch r {
	case 0x2BF, 0x2BE, 0x2BB, 0x2BC, 0x2018, 0x2019, 0x2032, 0xB4, 0x2BD, 0x2C8:
		return dst // ʿ ʾ ʻ ʼ ‘ ’ ′ ´
	case 'ß':
		return append(dst, "ss"...)
	case 'æ', 'Æ':
		return append(dst, "ae"...)
	case 'œ', 'Œ':
		return append(dst, "oe"...)
	case 'ø', 'Ø':
		return append(dst, 'o')
	case 'ł', 'Ł':
		return append(dst, 'l')
	case 'đ', 'Đ', 'ð', 'Ð':
		return append(dst, 'd')
	case 'þ', 'Þ':
		return append(dst, "th"...)
	case 'ı':
		return append(dst, 'i')
	case 'ħ', 'Ħ':
		return append(dst, 'h')
	}
	if r >= 0x600 && r <= 0x6FF {
		return appendArabic(dst, r)
	}
	if r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF {
		// Arabic presentation forms: their compatibility letters
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		d := norm.NFKD.Properties(buf[:n]).Decomposition()
		if len(d) == 0 {
			return dst
		}
		for len(d) > 0 {
			q, w := utf8.DecodeRune(d)
			d = d[w:]
			if q >= 0x600 && q <= 0x6FF {
				dst = appendArabic(dst, q)
			} else if q == ' ' {
				dst = append(dst, ' ')
			}
		}
		return dst
	}
	if r < 0x250 || (r >= 0x1E00 && r <= 0x1EFF) {
		// Latin with diacritics: keep the base letter of the canonical
		// decomposition.
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		d := norm.NFD.Properties(buf[:n]).Decomposition()
		if len(d) > 0 && d[0] < utf8.RuneSelf {
			c := d[0]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') {
				return append(dst, c)
			}
		}
		if unicode.IsLetter(r) {
			return utf8.AppendRune(dst, unicode.ToLower(r))
		}
		return append(dst, ' ')
	}
	if unicode.Is(unicode.Mn, r) || r == 0x200C || r == 0x200D || r == 0xAD || r == 0x200E || r == 0x200F {
		return dst // combining marks, joiners, soft hyphen, direction marks
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return append(dst, ' ')
}

// appendArabic normalises one Arabic-block rune.
func appendArabic(dst []byte, r rune) []byte {
	switch {
	case r >= 0x64B && r <= 0x65F, r == 0x670, r == 0x640:
		return dst // harakat, superscript alef, tatweel
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		r = 'ا'
	case r == 'ة':
		r = 'ه'
	case r == 'ى' || r == 'ئ' || r == 'ی':
		r = 'ي'
	case r == 'ؤ':
		r = 'و'
	case r == 'ء':
		return dst
	case r == 'ک':
		r = 'ك'
	case r >= 0x660 && r <= 0x669:
		return append(dst, byte('0'+r-0x660))
	case r == '،' || r == '؛' || r == '؟' || r == '٫' || r == '٬':
		return append(dst, ' ')
	}
	return utf8.AppendRune(dst, r)
}

// Exact appends the exact key of s: its folded words with the spaces
// removed ("Deir ez-Zor" → "deirezzor", "Ba'aj" → "baaj").
func Exact(dst []byte, s string) []byte {
	start := len(dst)
	dst = Words(dst, s)
	return squeeze(dst, start)
}

// squeeze removes the spaces of dst[start:].
func squeeze(dst []byte, start int) []byte {
	j := start
	for i := start; i < len(dst); i++ {
		if dst[i] != ' ' {
			dst[j] = dst[i]
			j++
		}
	}
	return dst[:j]
}

// StripWords removes article words from folded words in dst[start:] in
// place: "al baaj" → "baaj", "abu al khatir" → "abu khatir"; Arabic words
// lose a leading "ال"; a word-final h after a or e (the ta marbuta) is
// dropped: "raqqah" → "raqqa". When every word is an article nothing is
// removed.
func StripWords(dst []byte, start int) []byte {
	words := dst[start:]
	out := start
	i := 0
	kept := 0
	for i < len(words) {
		j := i
		for j < len(words) && words[j] != ' ' {
			j++
		}
		w := words[i:j]
		if !articles[string(w)] || j == len(words) && kept == 0 && i == 0 {
			if len(w) > 6 && w[0] == 0xD8 && w[1] == 0xA7 && w[2] == 0xD9 && w[3] == 0x84 {
				w = w[4:] // ال + at least two letters
			}
			// a final h after a or e is the ta marbuta, written or not:
			// Raqqah = Raqqa, Latifiyah = Latifiya (Salih keeps its h)
			if n := len(w); n > 3 && w[n-1] == 'h' && (w[n-2] == 'a' || w[n-2] == 'e') {
				w = w[:n-1]
			}
			if kept > 0 {
				dst[out] = ' '
				out++
			}
			out += copy(dst[out:], w)
			kept++
		}
		i = j + 1
	}
	return dst[:out]
}

// Stripped appends the article-stripped key of s: "Al-Ba’aj" → "baaj",
// "Ash Sharqat" → "sharqat".
func Stripped(dst []byte, s string) []byte {
	start := len(dst)
	dst = Words(dst, s)
	dst = StripWords(dst, start)
	return squeeze(dst, start)
}

// Loose appends the loose transliteration key of s: article-stripped
// (also a glued assimilated article, "Ezzor" → "zor", after the first
// word), common transliteration pairs merged (q/k/c/g, dh/z, th/t, sh/ch,
// kh/h, gh/g, ph/f, p/b, zh/z, dj/j), every run of vowels — with a y or w that follows
// a vowel and is not followed by one — written as one "a", a final h after
// a vowel dropped, doubled letters collapsed and spaces removed: "Sharqat"
// and "Shirqat" → "xarkat", "Khalidiyah" and "Khalidiya" → "haladaya". It is empty for names that are not in Latin script.
func Loose(dst []byte, s string) []byte {
	start := len(dst)
	dst = Words(dst, s)
	dst = StripWords(dst, start)
	return LooseOfWords(dst, start)
}

// LooseOfWords turns folded, article-stripped words in dst[start:] into
// their loose key in place (see Loose).
func LooseOfWords(dst []byte, start int) []byte {
	for _, c := range dst[start:] {
		if c >= utf8.RuneSelf {
			return dst[:start]
		}
	}
	// the key can grow (ia → aya), so read from a copy
	var tmp [128]byte
	w := append(tmp[:0], dst[start:]...)
	dst = dst[:start]
	wordStart := true
	wordIdx := 0
	var last byte // last byte written in this word
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == ' ' {
			wordStart = true
			wordIdx++
			continue
		}
		if wordStart {
			wordStart = false
			last = 0
			// a glued article after the first word: "Deir Ezzor"
			if wordIdx > 0 && i+3 < len(w) && (c == 'a' || c == 'e') && isSun(w[i+1]) && w[i+2] == w[i+1] && w[i+3] != ' ' &&
				(w[i+1] != 'l' || !endOfWordAt(w, i+3, 3)) { // not Allah
				i++
				c = w[i]
			} else if wordIdx > 0 && c == 'a' && i+5 < len(w) && w[i+1] == 'l' && !isVowel(w[i+2]) && w[i+2] != 'l' && !endOfWordAt(w, i+2, 4) {
				// "Ibrahim Alkhalil": al glued to a word of 4+ letters
				i += 2
				c = w[i]
			}
		}
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		endOfWord := func(j int) bool { return j >= len(w) || w[j] == ' ' }
		if isVowel(c) || (c == 'y' || c == 'w') && (last == 'a' || last != 0 && endOfWord(i+1)) && !(i+1 < len(w) && isVowel(w[i+1])) {
			// (a word-final w or y after a consonant is a long vowel too:
			// Qabw = Qabu)
			// a vowel run, with a y or w that is not followed by a vowel
			// (Bayji = Baiji, but Khalidiya keeps its y)
			j := i + 1
			for j < len(w) && (isVowel(w[j]) || (w[j] == 'y' || w[j] == 'w') && !(j+1 < len(w) && (isVowel(w[j+1]) || w[j+1] == w[j]))) {
				j++
			}
			if j < len(w) && w[j] == 'h' && endOfWord(j+1) {
				j++ // Raqqah = Raqqa
			}
			// i before another vowel is a written-out y: Diala = Diyala,
			// Hamdania = Hamdaniya; a doubled ii is one long i (the Somali
			// spelling: Hiiraan = Hiraan, Diinsoor = Dinsor)
			iy := c == 'i' && j > i+1 && isVowel(w[i+1]) && w[i+1] != 'i'
			i = j - 1
			if last != 'a' {
				dst = append(dst, 'a')
				last = 'a'
			}
			if iy {
				dst = append(dst, 'y', 'a')
			}
			continue
		}
		switch c {
		case 'q', 'c':
			if c == 'c' && next == 'h' {
				c = 'x'
				i++
			} else {
				c = 'k'
				if next == 'k' {
					i++
				}
			}
		case 'g':
			if next == 'h' {
				i++ // gh: the ghayn
			} else {
				// a lone g is the Iraqi and Gulf q (Gayyara = Qayyarah)
				// or the Kurdish and Turkish k (Gogjali = Kokjali)
				c = 'k'
			}
		case 'k':
			if next == 'h' {
				c = 'h'
				i++
			}
		case 's':
			if next == 'h' {
				c = 'x'
				i++
			}
		case 'd':
			if next == 'h' {
				c = 'z'
				i++
			} else if next == 'j' {
				c = 'j'
				i++
			}
		case 't':
			if next == 'h' {
				i++
			}
		case 'p':
			// ph is f; a p (Kurdish, Persian) is written b in Arabic
			// spellings: Penjwin = Banjwin
			if next == 'h' {
				c = 'f'
				i++
			} else {
				c = 'b'
			}
		case 'z':
			if next == 'h' {
				i++ // zh (Kurdish) = z
			}
		}
		if c == last {
			continue
		}
		dst = append(dst, c)
		last = c
	}
	return dst
}

// endOfWordAt reports whether the word that goes on at w[i] ends within n
// letters.
func endOfWordAt(w []byte, i, n int) bool {
	for j := i; j < i+n; j++ {
		if j >= len(w) || w[j] == ' ' {
			return true
		}
	}
	return false
}

// isSun reports whether c starts a "sun letter" transliteration, to which
// the article assimilates (as-Safira, ad-Dawr, az-Zor).
func isSun(c byte) bool {
	switch c {
	case 's', 'd', 'z', 't', 'n', 'r', 'l':
		return true
	}
	return false
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// IsArabic reports whether s holds an Arabic-script letter.
func IsArabic(s string) bool {
	for _, r := range s {
		if r >= 0x600 && r <= 0x6FF || r >= 0x750 && r <= 0x77F || r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF {
			return true
		}
	}
	return false
}
