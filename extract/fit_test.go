package extract

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

// The incident model's weights (grouping.txt) are fitted on the gold of
// the development sets by this file:
//
//	go test ./extract -run TestGroupingModel -fit
//
// rewrites grouping.txt with weights fitted on every set. Without -fit,
// TestGroupingModel fits on one set and measures the other (both ways),
// and checks that the embedded weights are as good as a fresh fit: a
// change to the frames or the cues that leaves the file stale fails here.

var fitFlag = flag.Bool("fit", false, "refit the incident model's weights (grouping.txt) on the shared gold")
var onlyFlag = flag.String("only", "", "fit on this set (and seeds) only, for cross-validation")

// goldDoc is a development document with the gold evidence of its events.
type goldDoc struct {
	id     string
	doc    *sitrep.Document
	events [][]string // per gold event, its evidence pieces
}

func loadGold(t *testing.T, corpus string) []goldDoc {
	t.Helper()
	type gev struct {
		Evidence string `json:"evidence"`
	}
	type gline struct {
		ID     string `json:"id"`
		Events []gev  `json:"events"`
	}
	gold := map[string][][]string{}
	for _, g := range sharedtest.JSONL[gline](t, filepath.Join(sharedtest.Dir(t), "corpus", corpus, "gold.jsonl")) {
		var evs [][]string
		for _, e := range g.Events {
			var pieces []string
			for _, p := range strings.Split(e.Evidence, " [...] ") {
				if p = strings.TrimSpace(p); p != "" {
					pieces = append(pieces, p)
				}
			}
			evs = append(evs, pieces)
		}
		gold[g.ID] = evs
	}
	cl := clean.Default()
	var out []goldDoc
	for _, d := range sharedtest.Docs(t, corpus) {
		doc := &sitrep.Document{ID: d.ID, Raw: d.Text, URL: d.URL, Published: sitrep.Date(d.Published), Title: d.Title}
		if d.Published != "" {
			doc.PublishedHow = sitrep.DateFromMetadata
		}
		cl.Clean(doc)
		out = append(out, goldDoc{id: corpus + "/" + d.ID, doc: doc, events: gold[d.ID]})
	}
	return out
}

// labels returns, for each sentence of the analysis, the set of gold
// events whose evidence overlaps it (as a bit set; events past 63 are
// ignored).
func sentenceLabels(a *analysis, events [][]string) []uint64 {
	out := make([]uint64, len(a.sents))
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for ei, pieces := range events {
		if ei >= 64 {
			break
		}
		for _, p := range pieces {
			start := strings.Index(a.text, p)
			end := start + len(p)
			if start < 0 {
				// the cleaner may have changed spacing: find the piece's
				// first words instead
				words := strings.Fields(p)
				if len(words) > 8 {
					words = words[:8]
				}
				head := norm(strings.Join(words, " "))
				start = strings.Index(a.text, head)
				if start < 0 {
					continue
				}
				end = start + len(p)
			}
			for si, s := range a.sents {
				if s.span.Start < end && start < s.span.End {
					out[si] |= 1 << uint(ei)
				}
			}
		}
	}
	return out
}

// decision is one grouping step replayed for training: the cues of the
// frame against every incident it may join, and which of those the gold
// puts it with (none: it begins a new incident).
type decision struct {
	cands []features
	right []bool
	// newOK says beginning a new incident is right (the gold groups the
	// frame with none of the candidates)
	newOK bool
	why   []string // each candidate's first sentence, then the frame's: for debugging
}

// decisions replays the grouping of a document's frames as the gold
// groups them and returns each step. A frame the gold does not cite tells
// no incident of its own: joining the incident told last is right for it.
func (x *Extractor) decisions(a *analysis, events [][]string) []decision {
	labels := sentenceLabels(a, events)
	type open struct {
		in  *incident
		lab uint64
	}
	var ins []open
	var last *incident
	var out []decision
	for _, f := range x.frames(a) {
		lab := labels[f.s.idx]
		if lab != 0 {
			if list := x.placeList(a, f); len(list) > 1 {
				for _, in := range listIncidents(f, list) {
					ins = append(ins, open{in, lab})
					last = in
				}
				continue
			}
		}
		var d decision
		var target *incident
		for i, o := range ins {
			if blocked(o.in, f) {
				continue
			}
			yes := lab != 0 && o.lab&lab != 0 || lab == 0 && o.in == last
			d.cands = append(d.cands, x.cues(a, o.in, f, o.in == last, i == 0))
			d.why = append(d.why, clip(a.text[o.in.frames[0].s.span.Start:o.in.frames[0].s.span.End]))
			d.right = append(d.right, yes)
			if yes && target == nil {
				target = o.in
			}
		}
		d.newOK = target == nil
		d.why = append(d.why, fmt.Sprintf("[cited=%v] %s", lab != 0, clip(a.text[f.s.span.Start:f.s.span.End])))
		if len(d.cands) > 0 {
			out = append(out, d)
		}
		switch {
		case target != nil:
			target.join(a, f)
			for k := range ins {
				if ins[k].in == target {
					ins[k].lab |= lab
				}
			}
			last = target
		case lab != 0:
			last = newIncident(f)
			ins = append(ins, open{last, lab})
		}
	}
	return out
}

// fitPerceptron fits weights with an averaged perceptron on the greedy
// choice the grouping makes: at each step the incident of highest score
// is joined when its score is 0 or more, else a new one begins; when
// that choice is not the gold's, the weights move toward the gold's
// choice and away from the one made. Steps are visited in the order
// given, so the fit is deterministic.
func fitPerceptron(ds []decision, epochs int) weights {
	var w, sum weights
	n := 0
	for e := 0; e < epochs; e++ {
		for _, d := range ds {
			pick, best := -1, 0.0
			goodPick, goodBest := -1, math.Inf(-1)
			for i := range d.cands {
				sc := w.score(&d.cands[i])
				if sc >= best {
					pick, best = i, sc
				}
				if d.right[i] && sc > goodBest {
					goodPick, goodBest = i, sc
				}
			}
			ok := pick < 0 && d.newOK || pick >= 0 && d.right[pick]
			if !ok {
				if pick >= 0 {
					for k := range w {
						w[k] -= d.cands[pick][k]
					}
				}
				if goodPick >= 0 {
					for k := range w {
						w[k] += d.cands[goodPick][k]
					}
				}
			}
			for k := range w {
				if direction[k]*w[k] < 0 {
					w[k] = 0 // a cue keeps to its side (grouping.go)
				}
				sum[k] += w[k]
			}
			n++
		}
	}
	for k := range sum {
		sum[k] /= float64(max(n, 1))
	}
	return sum
}

// decisionAccuracy is the share of steps the weights decide as the gold.
func decisionAccuracy(w weights, ds []decision) float64 {
	ok := 0
	for _, d := range ds {
		pick, best := -1, 0.0
		for i := range d.cands {
			if sc := w.score(&d.cands[i]); sc >= best {
				pick, best = i, sc
			}
		}
		if pick < 0 && d.newOK || pick >= 0 && d.right[pick] {
			ok++
		}
	}
	return float64(ok) / float64(max(1, len(ds)))
}

func TestGroupingModel(t *testing.T) {
	x := testExtractor(t)
	sets := map[string][]decision{}
	names := []string{"seeds", "news-dev", "news-wide"}
	for _, c := range names {
		var all []decision
		for _, g := range loadGold(t, c) {
			all = append(all, x.decisions(x.analyse(g.doc), g.events)...)
		}
		sets[c] = all
		t.Logf("%s: %d decisions", c, len(all))
		if os.Getenv("SITREP_FIT_DEBUG") == c {
			logWrong(t, *x.weights, all)
		}
	}
	fit := func(ds []decision) weights { return fitPerceptron(ds, fitEpochs) }
	for _, p := range [][2]string{{"news-dev", "news-wide"}, {"news-wide", "news-dev"}} {
		w := fit(append(append([]decision(nil), sets[p[0]]...), sets["seeds"]...))
		held := decisionAccuracy(w, sets[p[1]])
		t.Logf("fitted on %s+seeds: held-out %s accuracy %.3f (embedded weights %.3f)", p[0], p[1], held, decisionAccuracy(*x.weights, sets[p[1]]))
		if held < 0.75 {
			t.Errorf("a model fitted on %s decides only %.3f of %s's steps as the gold does", p[0], held, p[1])
		}
	}
	var every []decision
	for _, c := range names {
		every = append(every, sets[c]...)
	}
	fitOn := every
	if *onlyFlag != "" {
		fitOn = append(append([]decision(nil), sets[*onlyFlag]...), sets["seeds"]...)
	}
	w := fit(fitOn)
	fresh, embedded := decisionAccuracy(w, every), decisionAccuracy(*x.weights, every)
	t.Logf("all sets: a fresh fit decides %.3f of the steps as the gold does, the embedded weights %.3f", fresh, embedded)
	if *fitFlag {
		if err := os.WriteFile("grouping.txt", []byte(formatWeights(w, every)), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote grouping.txt")
		return
	}
	if embedded < fresh-0.01 {
		t.Errorf("the embedded weights (grouping.txt) decide %.3f of the gold's steps, a fresh fit %.3f: refit with `go test ./extract -run TestGroupingModel -fit`", embedded, fresh)
	}
}

// logWrong logs the steps the weights decide unlike the gold.
func logWrong(t *testing.T, w weights, ds []decision) {
	for _, d := range ds {
		pick, best := -1, 0.0
		for i := range d.cands {
			if sc := w.score(&d.cands[i]); sc >= best {
				pick, best = i, sc
			}
		}
		if pick < 0 && d.newOK || pick >= 0 && d.right[pick] {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "WRONG: frame %s\n", d.why[len(d.why)-1])
		for i := range d.cands {
			fmt.Fprintf(&b, "   cand right=%v score=%.2f %s\n      %s\n", d.right[i], w.score(&d.cands[i]), describe(d.cands[i]), d.why[i])
		}
		fmt.Fprintf(&b, "   new right=%v", d.newOK)
		t.Log(b.String())
	}
}

// fitEpochs is how many times the perceptron visits every step.
const fitEpochs = 20

// formatWeights writes the weights file, with how often each cue fires
// in the fitting data.
func formatWeights(w weights, ds []decision) string {
	var b strings.Builder
	b.WriteString(`# sitrep incident model: the weight of each cue for "this sentence continues
# that incident" (see grouping.go for what each cue means). A sentence joins
# the incident it scores highest with when the sum of weight × cue is 0 or
# more, and begins a new incident otherwise.
#
# Fitted by an averaged perceptron, each weight kept to its side of zero
# as grouping.go's direction table says, on the gold of seeds, news-dev and news-wide
# (go test ./extract -run TestGroupingModel -fit); the count after each
# weight is how many of the candidate incidents met in fitting had the cue.
`)
	var fired [numFeatures]int
	for _, d := range ds {
		for _, c := range d.cands {
			for i, v := range c {
				if v != 0 {
					fired[i]++
				}
			}
		}
	}
	order := make([]int, numFeatures)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return false })
	for _, i := range order {
		fmt.Fprintf(&b, "%-26s %7.3f   # %d\n", featureNames[i], w[i], fired[i])
	}
	return b.String()
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}

func describe(v features) string {
	var parts []string
	for i, x := range v {
		if x != 0 && feature(i) != fBias {
			parts = append(parts, fmt.Sprintf("%s=%g", featureNames[i], x))
		}
	}
	return strings.Join(parts, " ")
}
