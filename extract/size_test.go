package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// ownSentences are sentences written for sitrep, varied enough to make
// long documents of plausible prose for the tests of cost below.
var ownSentences = []string{
	"Gunmen on motorbikes attacked the village of Karu on Sunday, killing 11 people, residents said.",
	"A car bomb exploded near a market in Baquba on Tuesday, wounding 14 people, police said.",
	"Iraqi forces retook the town of Hit from the militants after three days of fighting.",
	"The army said it killed 20 militants in an air strike near Hawija on Monday.",
	"Officials said the death toll rose to 35 after several of the wounded died in hospital.",
	"Talks between the two sides were expected to resume in Geneva next month.",
	"Thousands of families have fled the fighting since the start of the offensive.",
	"A roadside bomb hit an army patrol west of Ramadi, killing two soldiers.",
	"Rebels shelled a government-held district of Aleppo, killing a child and wounding six.",
	"The ministry said 12 suspects were arrested in raids across the province overnight.",
}

// prose returns about n bytes of our sentences, in a fixed order.
func prose(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(ownSentences[(i*7+i/len(ownSentences))%len(ownSentences)])
		b.WriteByte(' ')
	}
	return b.String()
}

// BenchmarkDocumentSize measures extraction of one document of growing
// size: the cost per byte (ns/B, from b.SetBytes) must stay flat as the
// document doubles, reading being linear in its length.
func BenchmarkDocumentSize(b *testing.B) {
	x := testExtractor(b)
	for _, kb := range []int{64, 128, 256, 512, 1024} {
		text := prose(kb << 10)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				x.Extract(&sitrep.Document{ID: "long", Text: text, Published: "2017-03-01"})
			}
		})
	}
}

// TestLongDocumentIsReadUpToTheLimit checks that a document past MaxWords
// is read up to the limit, that its Notes say so, and that no incident is
// taken from the part not read.
func TestLongDocumentIsReadUpToTheLimit(t *testing.T) {
	text := prose(MaxWords * 8) // words are about five bytes, marks one: well past the limit
	tail := " Militants stormed the town of Qayyarah on Friday, killing 99 policemen."
	doc := &sitrep.Document{ID: "long", Text: text + tail, Published: "2017-03-01"}
	evs, _ := testExtractor(t).Extract(doc)
	if len(doc.Notes) != 1 || !strings.Contains(doc.Notes[0], "was not read") {
		t.Fatalf("notes = %q, want one saying where reading stopped", doc.Notes)
	}
	if len(evs) == 0 {
		t.Fatal("no incidents from the part read")
	}
	for _, ev := range evs {
		if ev.Killed.BestOr(0) == 99 {
			t.Fatalf("an incident from past the limit: %+v", ev.Location)
		}
	}
	short := &sitrep.Document{ID: "short", Text: prose(2000), Published: "2017-03-01"}
	testExtractor(t).Extract(short)
	if len(short.Notes) != 0 {
		t.Fatalf("a short document got notes %q", short.Notes)
	}
}

// TestOneEndlessSentenceIsReadInPieces checks that a run of words with no
// sentence break (a table of numbers) is read in bounded pieces and up to
// the limit.
func TestOneEndlessSentenceIsReadInPieces(t *testing.T) {
	var b strings.Builder
	for i := 0; i < MaxWords+5000; i++ {
		fmt.Fprintf(&b, "%d ", i%9973)
	}
	doc := &sitrep.Document{ID: "numbers", Text: b.String()}
	x := testExtractor(t)
	a := x.analyse(doc)
	words := 0
	for _, s := range a.sents {
		if len(s.words) > maxSentenceWords {
			t.Fatalf("a sentence of %d words was read whole", len(s.words))
		}
		words += len(s.words)
	}
	if words > MaxWords {
		t.Fatalf("%d words read, more than MaxWords %d", words, MaxWords)
	}
	if a.unread.End <= a.unread.Start {
		t.Fatal("the part not read is not recorded")
	}
}
