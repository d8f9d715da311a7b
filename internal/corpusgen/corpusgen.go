// Package corpusgen makes long streams of reports out of the shared
// corpora (../shared/corpus), for the benchmarks of ingest and extraction,
// `sitrep bench` and the crash tests: as many reports as asked, the same
// stream for the same seed, each built from real sentences so that
// extraction does real work, with wire copies among them as a news stream
// has.
//
// A stream holds two kinds of report. An original takes the opening of one
// real report (headline, dateline, lead) and goes on with sentences drawn
// from the others, its numbers changed, so that originals differ from one
// another as different stories do. A wire copy repeats a recent original
// with the edits outlets make: a line of its own added, the last sentence
// cut, a figure changed. Memory stays bounded whatever the length: only
// the last few hundred originals are kept to copy from.
package corpusgen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/textutil"
)

// Report is one generated report, in the fields of a sitrep JSON Lines
// document.
type Report struct {
	ID        string `json:"id"`
	Outlet    string `json:"outlet"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
	// CopyOf is the id of the original a wire copy repeats, "" for an
	// original. It is not part of the JSON line: it is what a test
	// expects near-duplicate linking to find.
	CopyOf string `json:"-"`
}

// base is one real report cut into paragraphs of sentences.
type base struct {
	paras     [][]string
	published string
}

// Source is the material streams are made from.
type Source struct {
	bases     []base
	sentences []string // every sentence after the first paragraph of each base
}

// Corpora are the shared corpora a Source reads.
var Corpora = []string{"seeds", "news-dev", "news-wide"}

// Load reads the documents of the shared corpora under dir (the shared
// folder, which holds corpus/<name>/docs.jsonl).
func Load(dir string) (*Source, error) {
	s := &Source{}
	for _, c := range Corpora {
		p := filepath.Join(dir, "corpus", c, "docs.jsonl")
		if err := s.read(p); err != nil {
			return nil, err
		}
	}
	if len(s.bases) == 0 || len(s.sentences) == 0 {
		return nil, fmt.Errorf("corpusgen: no reports under %s", dir)
	}
	return s, nil
}

func (s *Source) read(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("corpusgen: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var d struct {
			Text      string  `json:"text"`
			Published *string `json:"published"`
		}
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("corpusgen: %s:%d: %w", path, n, err)
		}
		b := base{}
		if d.Published != nil {
			b.published = *d.Published
		}
		for _, p := range strings.Split(d.Text, "\n\n") {
			var sents []string
			for _, sp := range textutil.Sentences(p) {
				if t := strings.TrimSpace(p[sp.Start:sp.End]); t != "" {
					sents = append(sents, t)
				}
			}
			if len(sents) > 0 {
				b.paras = append(b.paras, sents)
			}
		}
		if len(b.paras) == 0 {
			continue
		}
		for _, p := range b.paras[1:] {
			s.sentences = append(s.sentences, p...)
		}
		s.bases = append(s.bases, b)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("corpusgen: %s: %w", path, err)
	}
	return nil
}

// Options shape a stream.
type Options struct {
	Seed uint64
	// CopyShare is the share of reports that are wire copies of a recent
	// original (0.3 when zero; negative for none).
	CopyShare float64
	// SpreadDays spreads originals in time: each is published a random
	// number of days, up to this, after its base report (2017-01-01 for a
	// base without a date), as an archive's reports are; a copy keeps its
	// original's day. 3,650 (ten years) when zero; negative keeps the base
	// reports' days (every original of a base then tells one incident, and
	// merging grows with the stream as no archive's does).
	SpreadDays int
}

// outlets are invented names for the reports' outlets.
var outlets = []string{"Northern Wire", "River Post", "Desert Herald", "Capital Monitor", "Frontier Daily", "Coastal Times", "Valley Observer", "Plains Gazette"}

// copyLines are the lines an outlet adds to a copy (our own words).
var copyLines = []string{
	"This story was filed by our correspondents.",
	"Additional reporting by the regional desk.",
	"The agency contributed to this report.",
	"Updated with comment from officials.",
}

// keep is how many recent originals a copy may repeat.
const keep = 512

// Generate calls fn with n reports, the same ones for the same options,
// stopping at the first error fn returns.
func (s *Source) Generate(n int, opt Options, fn func(Report) error) error {
	share := opt.CopyShare
	if share == 0 {
		share = 0.3
	}
	spread := opt.SpreadDays
	if spread == 0 {
		spread = 3650
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	days := rand.New(rand.NewPCG(opt.Seed, 0xda7e)) // apart, so that texts stay as they were
	type orig struct{ id, text, published string }
	var recent []orig // ring of the last originals
	for i := range n {
		r := Report{ID: fmt.Sprintf("gen-%07d", i), Outlet: outlets[rng.IntN(len(outlets))]}
		if len(recent) > 0 && rng.Float64() < share {
			o := recent[rng.IntN(len(recent))]
			r.Text, r.Published, r.CopyOf = s.copyOf(rng, o.text), o.published, o.id
		} else {
			r.Text, r.Published = s.original(rng)
			if spread > 0 {
				r.Published = shiftDay(r.Published, days.IntN(spread))
			}
			o := orig{r.ID, r.Text, r.Published}
			if len(recent) < keep {
				recent = append(recent, o)
			} else {
				recent[rng.IntN(keep)] = o
			}
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// original builds a new story: the first paragraph of a real report, then
// sentences drawn from all of them, three to a paragraph, numbers changed.
func (s *Source) original(rng *rand.Rand) (text, published string) {
	b := s.bases[rng.IntN(len(s.bases))]
	var out []string
	out = append(out, changeNumbers(rng, strings.Join(b.paras[0], " ")))
	k := 5 + rng.IntN(10)
	var para []string
	for j := 0; j < k; j++ {
		para = append(para, changeNumbers(rng, s.sentences[rng.IntN(len(s.sentences))]))
		if len(para) == 3 || j == k-1 {
			out = append(out, strings.Join(para, " "))
			para = para[:0]
		}
	}
	return strings.Join(out, "\n\n"), b.published
}

// copyOf edits an original as an outlet republishing it would.
func (s *Source) copyOf(rng *rand.Rand, text string) string {
	paras := strings.Split(text, "\n\n")
	if len(paras) >= 5 && rng.IntN(2) == 0 {
		paras = paras[:len(paras)-1] // cut short
	}
	if rng.IntN(2) == 0 {
		i := rng.IntN(len(paras))
		paras[i] = changeOneNumber(rng, paras[i])
	}
	out := strings.Join(paras, "\n\n")
	if rng.IntN(2) == 0 {
		out += "\n\n" + copyLines[rng.IntN(len(copyLines))]
	}
	return out
}

// changeNumbers replaces each run of digits, half of the time, by another
// number of the same length.
func changeNumbers(rng *rand.Rand, s string) string {
	return mapNumbers(s, func(d string) string {
		if rng.IntN(2) == 0 {
			return d
		}
		return otherNumber(rng, d)
	})
}

// changeOneNumber replaces the first run of digits, if any.
func changeOneNumber(rng *rand.Rand, s string) string {
	done := false
	return mapNumbers(s, func(d string) string {
		if done {
			return d
		}
		done = true
		return otherNumber(rng, d)
	})
}

// otherNumber is a random number of d's length, without a leading zero
// when longer than one digit.
func otherNumber(rng *rand.Rand, d string) string {
	if len(d) == 1 {
		return strconv.Itoa(rng.IntN(10))
	}
	if len(d) > 9 {
		return d
	}
	lo := 1
	for range len(d) - 1 {
		lo *= 10
	}
	return strconv.Itoa(lo + rng.IntN(9*lo))
}

// mapNumbers replaces each maximal run of ASCII digits in s by fn of it.
func mapNumbers(s string, fn func(string) string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			j := i
			for j < len(s) && (s[j] < '0' || s[j] > '9') {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		b.WriteString(fn(s[i:j]))
		i = j
	}
	return b.String()
}

// WriteJSONL writes n reports as sitrep JSON Lines documents.
func (s *Source) WriteJSONL(w io.Writer, n int, opt Options) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := s.Generate(n, opt, func(r Report) error { return enc.Encode(r) }); err != nil {
		return err
	}
	return bw.Flush()
}

// shiftDay returns the day days after day (YYYY-MM-DD; 2017-01-01 when
// day is not one).
func shiftDay(day string, days int) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		t = time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t.AddDate(0, 0, days).Format("2006-01-02")
}
