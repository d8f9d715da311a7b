package textutil

import "testing"

// TestAlnumEndIsTheEndOfTheASCIIRun: AlnumEnd stops at the first byte
// that is no ASCII letter or digit (a mark, a space, any byte of a
// multi-byte rune), and at the end of the text.
func TestAlnumEndIsTheEndOfTheASCIIRun(t *testing.T) {
	for _, c := range []struct {
		s    string
		i    int
		want int
	}{
		{"abc def", 0, 3},
		{"abc def", 3, 3},
		{"abc def", 4, 7},
		{"Az09_x", 0, 4},
		{"ab\u00e9c", 0, 2},
		{"ab\xffc", 1, 2},
		{"AZaz09", 0, 6},
		{"@[`{/:", 0, 0},
		{"", 0, 0},
		{"ab", 5, 5},
	} {
		if got := AlnumEnd(c.s, c.i); got != c.want {
			t.Errorf("AlnumEnd(%q, %d) = %d, want %d", c.s, c.i, got, c.want)
		}
	}
	for b := 0; b < 256; b++ {
		alnum := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
		if got := AlnumEnd(string([]byte{byte(b)}), 0) == 1; got != alnum {
			t.Errorf("byte %#x: taken %v, a letter or digit %v", b, got, alnum)
		}
	}
}
