package pipeline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// sizeSentences are sentences written for this benchmark (no news text),
// varied in places, counts and kinds of act.
var sizeSentences = []string{
	"Gunmen on motorbikes raided the village of Tessit at dawn on Friday, killing nine herders, a local official said.",
	"A roadside bomb struck a police convoy on the road south of Kirkuk, wounding four officers.",
	"The army said its aircraft destroyed two rebel positions near Maiduguri on Wednesday.",
	"Residents reported heavy shelling in the eastern districts of the city through the night.",
	"Aid agencies said more than 3,000 families had left their homes since the fighting began.",
	"Two suicide bombers blew themselves up at a checkpoint outside Mogadishu, killing six soldiers.",
	"Militants briefly seized a border post before government troops pushed them back, the ministry said.",
	"Talks on a ceasefire are due to resume next week in a neighbouring capital.",
	"Police arrested 14 people after protesters set fire to tyres on the main highway.",
	"An air strike on a market in the north of the province killed at least 11 civilians, medics said.",
}

// prose returns about n bytes of those sentences on one line, as the
// hostile inputs of issue 9 were: no paragraph breaks to cut work short.
func prose(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(sizeSentences[(i*3+i/len(sizeSentences))%len(sizeSentences)])
		b.WriteByte(' ')
	}
	return b.String()
}

// BenchmarkDocumentSize runs one document of 1, 2, 4 and 8 MB of one-line
// prose through the whole flow (clean and extract, as sitrep extract
// does): the time must grow no faster than the size (ns/op at most about
// 2.2 times per doubling; MB/s flat or rising, extraction stopping at
// extract.MaxWords with a note).
func BenchmarkDocumentSize(b *testing.B) {
	e := testEngine(b)
	for _, mb := range []int{1, 2, 4, 8} {
		text := prose(mb << 20)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				d := sitrep.Document{ID: "big", Raw: text, Published: "2019-05-01"}
				e.Process(&d)
			}
		})
	}
}
