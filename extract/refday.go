package extract

// Fast scans for referenceDay: a report's text is read byte by byte once,
// where the expressions yearWord and weekdayMonthDay each ran over all of
// it (a fifth of a report's cost went to them when it had no date).

// isWordByte is a byte of \w as Go's regexp reads \b: ASCII letters,
// digits and the underscore.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// latestYear is the greatest year yearWord finds in text (0: none).
func latestYear(text string) int {
	latest := 0
	for i := 0; i+4 <= len(text); i++ {
		c := text[i]
		if c != '1' && c != '2' || i > 0 && isWordByte(text[i-1]) {
			continue
		}
		if i+4 < len(text) && isWordByte(text[i+4]) {
			continue
		}
		y := text[i : i+4]
		if y[2] < '0' || y[2] > '9' || y[3] < '0' || y[3] > '9' {
			continue
		}
		if y[0] == '1' && y[1] == '9' && (y[2] == '8' || y[2] == '9') || y[0] == '2' && y[1] == '0' && y[2] <= '4' {
			n := int(y[0]-'0')*1000 + int(y[1]-'0')*100 + int(y[2]-'0')*10 + int(y[3]-'0')
			latest = max(latest, n)
		}
	}
	return latest
}

// monthNames are the months weekdayMonthDay reads.
var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// mayHaveWeekdayDate reports whether weekdayMonthDay can match text: some
// "day" (any case) is followed by an optional comma, white space and a
// digit or a month's name. It errs only towards yes (a byte outside ASCII
// where a month's letters are is taken for one of them, since the
// expression ignores case the Unicode way: "ſeptember").
func mayHaveWeekdayDate(text string) bool {
	for i := 2; i < len(text); i++ {
		if text[i]|0x20 != 'y' || text[i-1]|0x20 != 'a' || text[i-2]|0x20 != 'd' {
			continue
		}
		j := i + 1
		if j < len(text) && text[j] == ',' {
			j++
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r' || text[k] == '\f') {
			k++
		}
		if k == j || k == len(text) {
			continue
		}
		if c := text[k]; c >= '0' && c <= '9' {
			return true
		}
		for _, m := range monthNames {
			if monthAt(text[k:], m) {
				return true
			}
		}
	}
	return false
}

// monthAt reports whether s starts with the month m in any ASCII case, or
// may do so in a Unicode case fold (a byte outside ASCII on the way).
func monthAt(s, m string) bool {
	for i := 0; i < len(m); i++ {
		if i >= len(s) {
			return false
		}
		if s[i] >= 0x80 {
			return true
		}
		if s[i]|0x20 != m[i] {
			return false
		}
	}
	return true
}
