package merge

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/textutil"
)

// The memo of evidence folds gives what folding gives, for texts seen
// before and not, from several goroutines at once, past its bound (it
// starts again empty), and keeps copies, not the slices of a report it
// was handed.
func TestFoldMemoIsTheFold(t *testing.T) {
	texts := []string{"", "Al-Qaeda fighters attacked the al Bab checkpoint", "ÉCOLE  de   Bamako",
		"Two killed in Maiduguri", "الحسكة", "the Kano State police", "  mixed CASE and spaces  "}
	for i := range 3 * foldMemoSize / 2 {
		texts = append(texts, fmt.Sprintf("report %d: %d killed near the Tal Afar road", i%(foldMemoSize+7), i%13))
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = textutil.StripArticles(textutil.NameKey(s))
	}
	m := &foldMemo{m: map[string]string{}}
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 2 {
				for i := range texts {
					j := (i + g*101 + round*7) % len(texts)
					if got := m.fold(texts[j]); got != want[j] {
						t.Errorf("fold(%q) = %q, want %q", texts[j], got, want[j])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if len(m.m) > foldMemoSize {
		t.Errorf("memo holds %d folds, bound %d", len(m.m), foldMemoSize)
	}
	report := "Reuters: " + strings.Repeat("x", 1000) + " gunmen killed three"
	text := report[len(report)-19:]
	k := m.fold(text)
	for s, v := range m.m {
		if s == text && unsafe.StringData(s) == unsafe.StringData(text) {
			t.Error("the memo keeps the slice of the report it was handed")
		}
		if s == text && v != k {
			t.Errorf("kept %q, returned %q", v, k)
		}
	}
	if got, want := evidenceKey([]sitrep.Evidence{{Text: "Gunmen killed 3 in Al-Bab"}, {Text: "THE town"}}),
		" "+textutil.StripArticles(textutil.NameKey("Gunmen killed 3 in Al-Bab"))+" "+textutil.StripArticles(textutil.NameKey("THE town"))+" "; got != want {
		t.Errorf("evidenceKey %q, want %q", got, want)
	}
}
