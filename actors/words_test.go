package actors

import (
	"bufio"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/textutil"
)

// TestWordsOfASpanAreThoseTokenizeReads: the tokens Words gives for a
// span of the text it read (its first token's marks read again, the
// folded forms taken from the whole text's) are those tokenize reads
// from the span, whenever it gives any, for every sentence and random
// spans of hand-made texts, random mixes of the marks tokenize treats
// apart and the reports of the shared corpora when they are there; and
// it gives them for nearly every sentence of those reports.
func TestWordsOfASpanAreThoseTokenizeReads(t *testing.T) {
	texts := []string{
		"Islamic State militants attacked Iraqi soldiers near the town, the army said. The U.S.-backed SDF fighters and the al-Qaeda-linked al-Shabaab group clashed.",
		"Hamas's armed wing and Hezbollah's fighters fired rockets. IDF troops responded. Daesh’s fighters and the PKK`s wing. ‘Ansar’s men’ — Boko Haram´s cells.",
		"Forces of the U.N. and U.K. held. The U.S.A and U.S.2, and A.B.C. D. Then the U.S. Army's men-at-arms. Rebels' arms.",
		"Séléka rebels in Bangui. The Ituri-based CODECO. Ḥayʼat Taḥrīr al-Shām and Ahrar al-Sham. rebel‐held and rebel‑held, co\u0301te.",
		"word's",
		"\xff\xfe broken bytes A\x80B. \xe2\x80 Then more.",
	}
	marks := []string{"a", "Z", "s", "S", "é", "É", "1", ".", "U.", "'", "`", "’", "ʼ", "´", "-", "‐", " ", ", ", ". ", "\u0301", "\xff", "\xe2\x80"}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 2000; k++ {
		var b strings.Builder
		for n := rng.Intn(30); n > 0; n-- {
			b.WriteString(marks[rng.Intn(len(marks))])
		}
		texts = append(texts, b.String())
	}
	corpus := len(texts)
	files, _ := filepath.Glob("../../shared/corpus/*/docs.jsonl")
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var doc struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &doc) == nil {
				texts = append(texts, doc.Text)
			}
		}
		fh.Close()
	}
	t.Logf("%d texts, %d of them reports", len(texts), len(texts)-corpus)
	d := Default()
	fresh := &scratch{}
	sentences, taken := 0, 0
	for ti, text := range texts {
		w := d.Read(text)
		spans := textutil.Sentences(text)
		nsent := len(spans)
		for k := 0; k < 5 && len(text) > 0; k++ {
			a := rng.Intn(len(text))
			spans = append(spans, sitrep.Span{Start: a, End: a + 1 + rng.Intn(len(text)-a)})
		}
		for si, sp := range spans {
			v := w.tokens(text, sp.Start, sp.End)
			if si < nsent && ti >= corpus {
				sentences++
				if v != nil {
					taken++
				}
			}
			if v == nil {
				continue
			}
			fresh.tokenize(text, sp.Start, sp.End)
			same := reflect.DeepEqual(append([]token{}, v.toks...), append([]token{}, fresh.toks...))
			for k := range v.toks {
				same = same && string(v.key(k)) == string(fresh.key(k))
			}
			if !same {
				t.Fatalf("%q %v: from the whole text %v, read afresh %v", text[sp.Start:sp.End], sp, v.toks, fresh.toks)
			}
		}
		// and the sides found are those Find finds
		for _, sp := range spans[:nsent] {
			if got, want := d.FindIn(w, text, sp, "IQ"), d.Find(text, sp, "IQ"); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: FindIn %v, Find %v", text[sp.Start:sp.End], got, want)
			}
		}
		w.Release()
	}
	if len(files) > 0 && taken < sentences*9/10 {
		t.Errorf("tokens taken from the whole text for %d of %d sentences of the reports", taken, sentences)
	}
	t.Logf("tokens taken from the whole text for %d of %d sentences of the reports", taken, sentences)
}
