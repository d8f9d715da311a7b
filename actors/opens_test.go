package actors

import (
	"reflect"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestOpenersSkipOnlyWordsThatOpenNothing: every word that opens a phrase
// of the dictionary passes the signature test, and the mentions found with
// the test are those found looking every word up.
func TestOpenersSkipOnlyWordsThatOpenNothing(t *testing.T) {
	d := Default()
	m := d.m.Load()
	for k := range m.root.next {
		if !m.mayOpen([]byte(k)) {
			t.Errorf("%q opens a phrase but its signature is not marked", k)
		}
	}
	all := *m
	all.opens = nil
	texts := []string{
		"Islamic State militants attacked Iraqi soldiers near the town, the army said.",
		"Gunmen believed to be Fulani herders killed 12 villagers; the police blamed bandits.",
		"Warplanes thought to be Russian struck rebel-held areas as M23 rebels advanced on Goma.",
		"The U.S.-backed SDF fighters and the al-Qaeda-linked al-Shabaab group clashed.",
		"Hamas's armed wing and Hezbollah fighters fired rockets; IDF troops responded.",
		"Nothing here names a side at all: rain fell on Tuesday.",
	}
	for _, text := range texts {
		for _, country := range []string{"", "IQ", "NG", "CD", "SO"} {
			sc := getScratch()
			sc.tokenize(text, 0, len(text))
			got := m.find(text, sc, country, nil)
			want := all.find(text, sc, country, nil)
			putScratch(sc)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q (%s): with the signature test %v, looking every word up %v", text, country, got, want)
			}
		}
	}
	if got := d.Find(texts[0], sitrep.Span{Start: 0, End: len(texts[0])}, "IQ"); len(got) == 0 {
		t.Errorf("no side found in %q", texts[0])
	}
}
