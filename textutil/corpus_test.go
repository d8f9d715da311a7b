package textutil

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

// TestSentencesCoverGoldEvidence checks, over the hand-made gold of the
// shared corpora, that sentence boundaries respect every evidence piece:
// the piece lies inside one sentence, or starts where a sentence starts and
// ends where one ends. Misses are logged for review.
//
// Measured: 301 of 305 pieces (98.7%). The four misses were judged gold
// quirks, not splitter errors: a piece that starts after a " date
// YYYY-MM-DD" stamp on the same line (the cleaner removes such stamps); two
// pieces that begin or end mid-sentence at a quotation; one that ends
// mid-sentence after crossing a paragraph.
func TestSentencesCoverGoldEvidence(t *testing.T) {
	shared := sharedtest.Dir(t)
	type item struct {
		Evidence string `json:"evidence"`
	}
	type gold struct {
		ID      string `json:"id"`
		Events  []item `json:"events"`
		Figures []item `json:"figures"`
	}
	total, good := 0, 0
	for _, set := range []string{"seeds", "news-dev"} {
		docs := map[string]string{}
		for _, d := range sharedtest.Docs(t, set) {
			docs[d.ID] = d.Text
		}
		for _, g := range sharedtest.JSONL[gold](t, filepath.Join(shared, "corpus", set, "gold.jsonl")) {
			text, ok := docs[g.ID]
			if !ok {
				t.Errorf("%s: gold document %s not in docs.jsonl", set, g.ID)
				continue
			}
			sents := Sentences(text)
			for _, it := range append(g.Events, g.Figures...) {
				for _, piece := range strings.Split(it.Evidence, " [...] ") {
					piece = strings.TrimSpace(piece)
					if piece == "" {
						continue
					}
					total++
					if pieceRespected(text, piece, sents) {
						good++
						continue
					}
					t.Logf("miss %s/%s: %s", set, g.ID, describeMiss(text, piece, sents))
				}
			}
		}
	}
	if total == 0 {
		t.Skip("no gold evidence found")
	}
	share := float64(good) / float64(total)
	t.Logf("%d of %d evidence pieces (%.1f%%) respect sentence boundaries", good, total, 100*share)
	if share < 0.95 {
		t.Errorf("only %.1f%% of evidence pieces respect sentence boundaries, want at least 95%%", 100*share)
	}
}

// pieceRespected reports whether some occurrence of piece in text lies in
// one sentence or starts and ends on sentence boundaries.
func pieceRespected(text, piece string, sents []sitrep.Span) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], piece)
		if i < 0 {
			return false
		}
		p := sitrep.Span{Start: off + i, End: off + i + len(piece)}
		if s := SentenceAt(sents, p.Start); s >= 0 && sents[s].Contains(p) {
			return true
		}
		startOK, endOK := false, false
		for _, s := range sents {
			startOK = startOK || s.Start == p.Start
			endOK = endOK || s.End == p.End
		}
		if startOK && endOK {
			return true
		}
		off = p.Start + 1
	}
}

// describeMiss shows the sentences that cut a piece, for the test log.
func describeMiss(text, piece string, sents []sitrep.Span) string {
	i := strings.Index(text, piece)
	if i < 0 {
		return "piece not found in text: " + clip(piece, 80)
	}
	p := sitrep.Span{Start: i, End: i + len(piece)}
	var b strings.Builder
	b.WriteString("piece " + clip(piece, 100) + "\n   cut into:")
	for _, s := range sents {
		if s.Overlaps(p) {
			b.WriteString("\n   | " + clip(text[s.Start:s.End], 120))
		}
	}
	return b.String()
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n/2] + " … " + s[len(s)-n/2:]
}

func corpusBytes(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

// benchCorpus runs fn over every text of the shared corpora per op,
// reporting bytes per second.
func benchCorpus(b *testing.B, fn func(text string)) {
	texts := sharedtest.Texts(b, "seeds", "news-dev")
	b.SetBytes(corpusBytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			fn(t)
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	benchCorpus(b, func(t string) { _ = Sentences(t) })
}

func BenchmarkTokens(b *testing.B) {
	var toks []Token
	benchCorpus(b, func(t string) { toks = AppendTokens(toks[:0], t, sitrep.Span{Start: 0, End: len(t)}) })
}

func BenchmarkFold(b *testing.B) {
	benchCorpus(b, func(t string) { _ = Fold(t) })
}

func BenchmarkNameKey(b *testing.B) {
	names := []string{"Mosul", "Ḩammām al ‘Alīl", "Ba’aj", "al-Shaabi", "Tal Afar", "الموصل"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			_ = NameKey(n)
		}
	}
}

// TestSentencesAndTokensOnSharedText checks the span invariants of
// Sentences and Tokens over every shared text.
func TestSentencesAndTokensOnSharedText(t *testing.T) {
	texts := sharedtest.Texts(t, "seeds", "news-dev")
	var toks []Token
	for _, text := range texts {
		sents := Sentences(text)
		checkSpans(t, text, sitrep.Span{Start: 0, End: len(text)}, sents, true)
		for _, s := range sents {
			toks = AppendTokens(toks[:0], text, s)
			checkTokens(t, text, s, toks)
		}
	}
}
