package gazetteer

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

var updateCommon = flag.String("update-common", "", "rebuild commonwords.txt from this English word list (one word a line, e.g. /usr/share/dict/words)")

// TestCommonWords checks that commonwords.txt holds what its header says:
// lower-case English words that are also names of places in the default
// gazetteer. With -update-common=WORDLIST it rebuilds the file from a word
// list: every all-lower-case entry of 2+ letters that the gazetteer knows
// as a one-word place name.
func TestCommonWords(t *testing.T) {
	g := mustDefault(t)
	f := &finder{g: g, seen: map[string]bool{}}
	if *updateCommon != "" {
		words, err := readWordList(*updateCommon)
		if err != nil {
			t.Fatal(err)
		}
		var keep []string
		for _, w := range words {
			if f.exists(strings.ToUpper(w[:1]) + w[1:]) {
				keep = append(keep, w)
			}
		}
		if err := writeCommonWords("commonwords.txt", keep); err != nil {
			t.Fatal(err)
		}
		t.Logf("%d of %d words kept", len(keep), len(words))
	}
	l := DefaultLexicon()
	n := 0
	for w := range l.sections["common"] {
		n++
		if strings.ToLower(w) != w || len(w) < 2 {
			t.Errorf("%q: entries are lower-case words of two letters or more", w)
		}
		if !f.exists(strings.ToUpper(w[:1]) + w[1:]) {
			t.Errorf("%q is no place name in the default gazetteer: the list is out of date", w)
		}
	}
	if n < 500 {
		t.Errorf("only %d common words", n)
	}
	for _, w := range []string{"war", "home", "mill", "over", "due"} {
		if !l.has("common", []byte(w)) && !l.has("stop", []byte(w)) {
			t.Errorf("%q is neither a common nor a stop word", w)
		}
	}
}

func readWordList(name string) ([]string, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	defer fh.Close()
	var out []string
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if len(w) >= 2 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			out = append(out, w)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return out, nil
}

func writeCommonWords(name string, words []string) error {
	sort.Strings(words)
	var b strings.Builder
	b.WriteString(commonHeader)
	line := 0
	for _, w := range words {
		if line+len(w)+1 > 100 {
			b.WriteByte('\n')
			line = 0
		} else if line > 0 {
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += len(w)
	}
	b.WriteByte('\n')
	if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

const commonHeader = `# Lower-case English words that are also one-word place names in the
# default gazetteer ("war", "home", "mill", "over"). A capitalised one is
# a place only where the document tells it as one somewhere: a cue word
# ("the town of Hit") or a place preposition with a place of the report's
# country ("in Hit"). Made by
#   go test ./gazetteer -run TestCommonWords -update-common=/usr/share/dict/words
# from Debian's wamerican list (every all-lower-case entry the gazetteer
# knows as a place name). A user lexicon with a [common] section replaces it.
[common]
`

// BenchmarkReadDefaultLexicon measures parsing the embedded lexicon and
// common-word list, which the first Find of a process pays once.
func BenchmarkReadDefaultLexicon(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ReadLexicon(strings.NewReader(defaultLexicon + "\n" + defaultCommon)); err != nil {
			b.Fatal(err)
		}
	}
}
