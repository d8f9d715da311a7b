package clean

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

// corpusDoc is one report of a shared corpus set.
type corpusDoc struct {
	set, id, url, raw string
	published         sitrep.Date // from docs.jsonl (metadata)
	gold              goldDoc
}

type goldDoc struct {
	Published *string `json:"published"`
	Events    []struct {
		Evidence string `json:"evidence"`
	} `json:"events"`
	Figures []struct {
		Evidence string `json:"evidence"`
	} `json:"figures"`
}

// loadCorpus reads reports/<id>*.txt, the url of docs.jsonl and gold.jsonl
// of the seeds and news-dev sets; it skips the test when ../shared is absent.
func loadCorpus(tb testing.TB) []corpusDoc {
	tb.Helper()
	shared := sharedtest.Dir(tb)
	type goldLine struct {
		ID string `json:"id"`
		goldDoc
	}
	var out []corpusDoc
	for _, set := range []string{"seeds", "news-dev"} {
		base := filepath.Join(shared, "corpus", set)
		golds := map[string]goldDoc{}
		for _, g := range sharedtest.JSONL[goldLine](tb, filepath.Join(base, "gold.jsonl")) {
			golds[g.ID] = g.goldDoc
		}
		for _, d := range sharedtest.Docs(tb, set) {
			matches, _ := filepath.Glob(filepath.Join(base, "reports", d.ID+"*.txt"))
			if len(matches) != 1 {
				tb.Fatalf("%s: report file for %s not found", set, d.ID)
			}
			raw, err := os.ReadFile(matches[0])
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, corpusDoc{set: set, id: d.ID, url: d.URL, raw: string(raw),
				published: sitrep.Date(d.Published), gold: golds[d.ID]})
		}
	}
	return out
}

// TestCorpusEvidenceSurvives: every gold evidence piece (split on " [...] ")
// of seeds and news-dev is a substring of the cleaned text.
func TestCorpusEvidenceSurvives(t *testing.T) {
	c := Default()
	pieces, lost := 0, 0
	for _, cd := range loadCorpus(t) {
		d := &sitrep.Document{ID: cd.id, URL: cd.url, Raw: cd.raw}
		c.Clean(d)
		var evs []string
		for _, e := range cd.gold.Events {
			evs = append(evs, e.Evidence)
		}
		for _, f := range cd.gold.Figures {
			evs = append(evs, f.Evidence)
		}
		for _, ev := range evs {
			for _, p := range strings.Split(ev, " [...] ") {
				if p = strings.TrimSpace(p); p == "" {
					continue
				}
				pieces++
				if !strings.Contains(cd.raw, p) {
					continue // not verbatim in the raw text either: not ours to keep
				}
				if !strings.Contains(d.Text, p) {
					lost++
					t.Errorf("%s/%s: evidence lost: %q\n(dropped: %s)", cd.set, cd.id, p, droppedOver(d, p))
				}
			}
		}
	}
	t.Logf("%d evidence pieces, %d lost", pieces, lost)
}

// droppedOver names the rules that removed text of a lost piece.
func droppedOver(d *sitrep.Document, piece string) string {
	i := strings.Index(d.Raw, piece)
	var rules []string
	for _, x := range d.Dropped {
		if i >= 0 && x.Raw.Start < i+len(piece) && i < x.Raw.End {
			rules = append(rules, x.Rule)
		}
	}
	return strings.Join(rules, ",")
}

// Noise the test recognises in the raw text by itself, independently of
// the rule table: gallery captions ("3/28 ..."), gallery headings, and the
// lines that follow a related-stories or comment-box heading up to the next
// paragraph of prose.
var (
	galleryLineRe  = regexp.MustCompile(`(?i)^\s*(\d{1,3}/\d{1,3}\s+\S|\d+ show all\b|in pictures:)`)
	relatedHeadRe  = regexp.MustCompile(`(?i)^\s*(related( stor(y|ies)| articles| posts| news)?|check also|next story|read more|you may also like|more stories)\s*:?\s*$`)
	commentHeadRe  = regexp.MustCompile(`(?i)^\s*(leave a (reply|comment)|post a comment|comments?)\s*:?\s*$`)
	commentFormRe  = regexp.MustCompile(`(?i)(your email address will not be published|you are commenting using|bloggers like this|required fields are marked|not currently accepting comments|sender's (name|email)|receiver's (name|email))`)
	proseParagraph = regexp.MustCompile(`(\S+\s+){24}\S+`)
)

// noiseLines lists the raw lines a reader must not keep, with their kind.
func noiseLines(raw string) map[string]string {
	out := map[string]string{}
	lines := strings.Split(raw, "\n")
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		switch {
		case l == "":
		case galleryLineRe.MatchString(l):
			out[l] = "gallery"
		case commentFormRe.MatchString(l):
			out[l] = "comment-box"
		case relatedHeadRe.MatchString(l), commentHeadRe.MatchString(l):
			kind := "related-story"
			if commentHeadRe.MatchString(l) {
				kind = "comment-box"
			}
			// A heading at the top of the page is a link, not a box.
			if proseParagraph.MatchString(strings.Join(lines[i+1:], " ")) && i < len(lines)/3 {
				continue
			}
			out[l] = kind
			for j := i + 1; j < len(lines); j++ {
				n := strings.TrimSpace(lines[j])
				if proseParagraph.MatchString(n) {
					break
				}
				if n != "" {
					out[n] = kind
				}
			}
		}
	}
	return out
}

// TestCorpusNoiseRemoved: no gallery caption, related-story headline or
// comment-box line of seeds and news-dev survives as a line of the cleaned
// text.
func TestCorpusNoiseRemoved(t *testing.T) {
	c := Default()
	counts := map[string]int{}
	for _, cd := range loadCorpus(t) {
		d := &sitrep.Document{ID: cd.id, URL: cd.url, Raw: cd.raw}
		c.Clean(d)
		kept := map[string]bool{}
		for _, l := range strings.Split(d.Text, "\n") {
			kept[strings.TrimSpace(l)] = true
		}
		for l, kind := range noiseLines(cd.raw) {
			counts[kind]++
			if kept[l] {
				t.Errorf("%s/%s: %s line survives: %q", cd.set, cd.id, kind, l)
			}
		}
	}
	t.Logf("noise lines checked: %v", counts)
}

// TestCorpusPublished measures, on news-dev reports read with their URL
// but without the published field, how often a publication date is found
// and how often it equals the gold one. Precision matters more than
// coverage, so the test fails when found dates are wrong more than one
// time in ten.
func TestCorpusPublished(t *testing.T) {
	c := Default()
	var n, goldKnown, found, foundGoldKnown, equal, wrong, foundGoldNull int
	how := map[sitrep.DateSource]int{}
	for _, cd := range loadCorpus(t) {
		if cd.set != "news-dev" {
			continue
		}
		n++
		d := &sitrep.Document{ID: cd.id, URL: cd.url, Raw: cd.raw}
		c.Clean(d)
		gold := ""
		if cd.gold.Published != nil {
			gold = *cd.gold.Published
			goldKnown++
		}
		if d.Published.IsZero() {
			if d.PublishedHow != sitrep.DateUnknown {
				t.Errorf("%s: no date but PublishedHow %q", cd.id, d.PublishedHow)
			}
			if gold != "" {
				t.Logf("%s: missed %s", cd.id, gold)
			}
			continue
		}
		found++
		how[d.PublishedHow]++
		switch {
		case gold == "":
			foundGoldNull++
			t.Logf("%s: found %s (%s) where gold has none", cd.id, d.Published, d.PublishedHow)
		case string(d.Published) == gold:
			foundGoldKnown++
			equal++
		default:
			foundGoldKnown++
			wrong++
			t.Logf("%s: found %s (%s), gold %s", cd.id, d.Published, d.PublishedHow, gold)
		}
	}
	t.Logf("news-dev: %d docs; date found for %d (%.0f%%) by %v; gold has %d dates; of those found %d/%d equal gold (%.0f%%), %d wrong; %d found where gold is null",
		n, found, pct(found, n), how, goldKnown, equal, foundGoldKnown, pct(equal, foundGoldKnown), wrong, foundGoldNull)
	if foundGoldKnown > 0 && wrong*10 > foundGoldKnown {
		t.Errorf("%d of %d found dates differ from gold", wrong, foundGoldKnown)
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
