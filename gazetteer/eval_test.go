package gazetteer

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"github.com/sitrep/sitrep/internal/sharedtest"
)

// This file holds two evaluations of Find on text it was not tuned on,
// both reading ../shared when it is present and skipping otherwise:
//
//   - TestUCDPHeadlines runs Find on the source headlines of UCDP GED
//     events (Iraq, Syria) and compares the mention an event engine would
//     pick with UCDP's point.
//   - TestWikiEventsPlaces runs Find on the WikiEvents news articles
//     (attacks in Europe, the US, Africa, Asia) and checks every mention
//     against the corpus's entity annotations: a mention over a person,
//     organisation or facility is a false place.
//
// Set EVAL_VERBOSE=1 to log every miss and false place, EVAL_OUT=dir to
// write the full mention lists there for reading.

// ucdpRow is one UCDP GED event with a headline.
type ucdpRow struct {
	headline, where, adm1, adm2 string
	prec                        int
	lat, lon                    float64
}

// readUCDP reads the events of one UCDP GED CSV export, skipping rows
// without a headline or coordinates (the HXL tag row among them).
func readUCDP(path string) ([]ucdpRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, c := range []string{"source_headline", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude"} {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("read %s: no column %q", path, c)
		}
	}
	var rows []ucdpRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		if len(rec) < len(head) {
			continue
		}
		lat, err1 := strconv.ParseFloat(rec[col["latitude"]], 64)
		lon, err2 := strconv.ParseFloat(rec[col["longitude"]], 64)
		prec, err3 := strconv.Atoi(strings.TrimSuffix(rec[col["where_prec"]], ".0"))
		h := strings.TrimSpace(rec[col["source_headline"]])
		if err1 != nil || err2 != nil || err3 != nil || h == "" {
			continue // the HXL row, events without a headline
		}
		rows = append(rows, ucdpRow{headline: h, where: rec[col["where_coordinates"]], adm1: rec[col["adm_1"]],
			adm2: rec[col["adm_2"]], prec: prec, lat: lat, lon: lon})
	}
	return rows, nil
}

// ucdpGeneric are words of UCDP's place descriptions that name no place.
var ucdpGeneric = map[string]bool{"town": true, "village": true, "city": true, "district": true, "province": true,
	"governorate": true, "area": true, "camp": true, "qada": true, "nahiyat": true, "nahiya": true, "neighbourhood": true,
	"neighborhood": true, "subdistrict": true, "sub": true, "airport": true, "airbase": true, "base": true, "military": true,
	"region": true, "road": true, "highway": true, "border": true, "crossing": true, "hospital": true, "market": true,
	"mountain": true, "mountains": true, "river": true, "valley": true, "desert": true, "countryside": true, "east": true,
	"west": true, "north": true, "south": true, "eastern": true, "western": true, "northern": true, "southern": true,
	"central": true, "old": true, "new": true, "near": true, "and": true, "between": true, "the": true, "of": true,
	"upper": true, "lower": true, "big": true, "small": true, "great": true, "dam": true, "bridge": true, "island": true}

// placeKeys are the loose keys of the naming words of UCDP's place
// description and its divisions: "Al Fallūjah town" gives Fallujah's.
func placeKeys(descs ...string) map[string]bool {
	keys := map[string]bool{}
	var b []byte
	for _, d := range descs {
		if i := strings.IndexByte(d, '('); i >= 0 {
			d = d[:i]
		}
		b = fold.Words(b[:0], d)
		for _, w := range strings.Fields(string(b)) {
			if ucdpGeneric[w] || fold.IsArticle(w) || len(w) < 3 {
				continue
			}
			k := string(fold.Loose(nil, w))
			if len(k) >= 3 {
				keys[k] = true
			}
		}
	}
	return keys
}

// namesAny reports whether some word of text, alone or with the next, has
// one of the loose keys ("Deir ez-Zor" and "Deir Ezzor" both give one).
func namesAny(text string, keys map[string]bool) bool {
	ws := strings.Fields(string(fold.Words(nil, text)))
	for i, w := range ws {
		if fold.IsArticle(w) {
			continue
		}
		if keys[string(fold.Loose(nil, w))] {
			return true
		}
		if i+1 < len(ws) && keys[string(fold.Loose(nil, w+ws[i+1]))] {
			return true
		}
	}
	return false
}

// pickMention is the mention an event engine would place a one-line
// report at, among those Find scores 0.3 or more (below are words inside
// an organisation's name): the first locality (not a province or country) with a
// coordinate and a place preposition or cue ("in X", "the town of X"),
// else the first locality with a coordinate, else the first province or
// country with one. It returns -1 when no mention has a coordinate.
func pickMention(ms []Mention) int {
	first, admin := -1, -1
	for i := range ms {
		m := &ms[i]
		if !m.Location.HasPoint() || m.Score < 0.3 {
			continue
		}
		if m.Admin {
			if admin < 0 {
				admin = i
			}
			continue
		}
		if placePreps[m.Prep] || strings.HasSuffix(m.Prep, " of") && m.Prep != "of" || m.Cue != "" {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	if first >= 0 {
		return first
	}
	return admin
}

// ucdpScore holds the headline evaluation's counts.
type ucdpScore struct {
	rows, named, picked, within25, within161, falsePlace int
	mentions, mentionsFar                                int // all located locality mentions, and those far and unnamed
}

func (s ucdpScore) String() string {
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	return fmt.Sprintf("rows %d naming a place %d: picked %.3f (%d); of picked: ≤25 km %.3f, ≤161 km %.3f, false place %.3f (%d); all locality mentions %d, far and unnamed %.3f (%d)",
		s.rows, s.named, pct(s.picked, s.named), s.picked, pct(s.within25, s.picked), pct(s.within161, s.picked),
		pct(s.falsePlace, s.picked), s.falsePlace, s.mentions, pct(s.mentionsFar, s.mentions), s.mentionsFar)
}

// evalUCDP runs Find on the headlines of rows with where_prec ≤ 2 and
// scores the picked mention against UCDP's point.
func evalUCDP(t *testing.T, g *Gazetteer, rows []ucdpRow, log io.Writer) ucdpScore {
	var s ucdpScore
	verbose := os.Getenv("EVAL_VERBOSE") != ""
	for _, r := range rows {
		if r.prec > 2 {
			continue
		}
		s.rows++
		keys := placeKeys(r.where, r.adm1, r.adm2)
		named := namesAny(r.headline, keys)
		whereKeys := placeKeys(r.where)
		ms := g.Find(&sitrep.Document{Text: r.headline})
		farUnnamed := func(m *Mention) (float64, bool) {
			d := Distance(r.lat, r.lon, *m.Location.Lat, *m.Location.Lon)
			return d, d > 161 && !namesAny(m.Name, whereKeys) && !(m.Place != nil && namesAny(m.Place.Name, whereKeys))
		}
		for i := range ms {
			if m := &ms[i]; m.Location.HasPoint() && !m.Admin {
				s.mentions++
				if d, far := farUnnamed(m); far {
					s.mentionsFar++
					if log != nil {
						fmt.Fprintf(log, "FAR\t%.0f\t%s\t%s\t%s\t%s\t%q\n", d, m.Name, placeDesc(m.Place), m.Prep, r.where, r.headline)
					}
				}
			}
		}
		if !named {
			continue
		}
		s.named++
		i := pickMention(ms)
		if i < 0 {
			if verbose {
				t.Logf("MISS %q (%s) %v", r.headline, r.where, names(ms))
			}
			if log != nil {
				fmt.Fprintf(log, "MISS\t%s\t%q\t%v\n", r.where, r.headline, names(ms))
			}
			continue
		}
		s.picked++
		m := &ms[i]
		d, far := farUnnamed(m)
		if d <= 25 {
			s.within25++
		}
		if d <= 161 {
			s.within161++
		}
		if far {
			s.falsePlace++
			if verbose {
				t.Logf("FALSE %.0f km %q → %s (%s) in %q", d, m.Name, placeDesc(m.Place), r.where, r.headline)
			}
		}
	}
	return s
}

// placeDesc names a resolved place for the logs.
func placeDesc(p *sitrep.Place) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprintf("%s/%s/%s/%s/%d", p.Name, p.Country, p.Admin1, p.Feature, p.Population)
}

// evalLog is where an evaluation writes every mention it judged: a file
// named name in $EVAL_OUT, or nowhere when that is unset. The file is
// flushed and closed when the test ends.
func evalLog(t *testing.T, name string) io.Writer {
	dir := os.Getenv("EVAL_OUT")
	if dir == "" {
		return nil
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	t.Cleanup(func() {
		w.Flush()
		f.Close()
	})
	return w
}

// TestUCDPHeadlines measures Find on UCDP GED source headlines: of the
// events placed exactly or near a named place (where_prec ≤ 2) whose
// headline names UCDP's place or one of its divisions, the share where a
// mention is picked, how far it is from UCDP's point, and how often it is
// a false place (over 161 km away and sharing no word with UCDP's place).
func TestUCDPHeadlines(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark-sized test")
	}
	shared := sharedtest.Dir(t)
	g := mustDefault(t)
	log := evalLog(t, "ucdp_mentions.tsv")
	var all []ucdpRow
	for _, name := range []string{"conflict_data_irq.csv", "ged_syria_v19_1_from_rda.csv"} {
		rows, err := readUCDP(filepath.Join(shared, "data", "ucdp_ged", name))
		if err != nil {
			t.Skipf("UCDP data: %v", err)
		}
		s := evalUCDP(t, g, rows, log)
		t.Logf("%s: %v", name, s)
		all = append(all, rows...)
	}
	s := evalUCDP(t, g, all, nil)
	t.Logf("all: %v", s)
	// floors a little under what Find does now (picked 0.957, within
	// 161 km 0.900, false places 0.088), so that a change that makes it
	// worse on text it was never tuned on fails here
	frac := func(a, b int) float64 { return float64(a) / float64(max(b, 1)) }
	if got := frac(s.picked, s.named); got < 0.93 {
		t.Errorf("a place picked for %.3f of headlines naming one, want ≥ 0.93", got)
	}
	if got := frac(s.within161, s.picked); got < 0.88 {
		t.Errorf("%.3f of picked places within 161 km of UCDP's point, want ≥ 0.88", got)
	}
	if got := frac(s.falsePlace, s.picked); got > 0.10 {
		t.Errorf("false places %.3f of picked, want ≤ 0.10", got)
	}
}

// wikiDoc is a WikiEvents article rebuilt as text, with the byte spans of
// its annotated entity mentions.
type wikiDoc struct {
	id       string
	text     string
	entities []wikiEntity
}

// wikiEntity is one annotated entity mention.
type wikiEntity struct {
	span sitrep.Span
	typ  string // GPE, LOC, FAC, PER, ORG, …
	text string
}

// readWikiEvents rebuilds the articles of a WikiEvents file: each
// sentence is cut from the article text by its token offsets, so the
// punctuation is as published; sentences are joined by a space, or by a
// line break after one with no closing punctuation (a headline).
func readWikiEvents(path string) ([]wikiDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var docs []wikiDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d struct {
			ID           string               `json:"doc_id"`
			Text         string               `json:"text"`
			RawSentences [][2]json.RawMessage `json:"sentences"`
			Entities     []struct {
				Sent  int    `json:"sent_idx"`
				Start int    `json:"start"`
				End   int    `json:"end"`
				Type  string `json:"entity_type"`
				Text  string `json:"text"`
			} `json:"entity_mentions"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		var b strings.Builder
		var tokStart, tokEnd [][]int // per sentence, per token: byte offsets in b
		sep := byte(0)
		for _, sent := range d.RawSentences {
			var raw [][3]json.RawMessage
			var st string
			if err := json.Unmarshal(sent[0], &raw); err != nil {
				return nil, fmt.Errorf("read %s %s: %w", path, d.ID, err)
			}
			if err := json.Unmarshal(sent[1], &st); err != nil {
				return nil, fmt.Errorf("read %s %s: %w", path, d.ID, err)
			}
			var ss, es []int
			if len(raw) == 0 || st == "" {
				tokStart, tokEnd = append(tokStart, ss), append(tokEnd, es)
				continue
			}
			// token offsets count code points from the article's start;
			// the sentence's text starts at its first token
			rs := []rune(st)
			var lo int
			if json.Unmarshal(raw[0][1], &lo) != nil {
				return nil, fmt.Errorf("read %s %s: bad token %s", path, d.ID, raw[0][0])
			}
			if sep != 0 {
				b.WriteByte(sep)
			}
			base := b.Len()
			b.WriteString(st)
			for _, tk := range raw {
				var s, e int
				if json.Unmarshal(tk[1], &s) != nil || json.Unmarshal(tk[2], &e) != nil || s < lo || e-lo > len(rs) || s > e {
					return nil, fmt.Errorf("read %s %s: bad token %s", path, d.ID, tk[0])
				}
				ss = append(ss, base+len(string(rs[:s-lo])))
				es = append(es, base+len(string(rs[:e-lo])))
			}
			tokStart, tokEnd = append(tokStart, ss), append(tokEnd, es)
			// a sentence with no closing punctuation is a headline or a
			// list line: keep it a line of its own
			sep = ' '
			if !strings.ContainsRune(".!?\"”’)':;", rs[len(rs)-1]) {
				sep = '\n'
			}
		}
		doc := wikiDoc{id: d.ID, text: b.String()}
		for _, e := range d.Entities {
			if e.Sent < 0 || e.Sent >= len(tokStart) || e.Start < 0 || e.End > len(tokStart[e.Sent]) || e.Start >= e.End {
				continue
			}
			sp := sitrep.Span{Start: tokStart[e.Sent][e.Start], End: tokEnd[e.Sent][e.End-1]}
			doc.entities = append(doc.entities, wikiEntity{span: sp, typ: e.Type, text: e.Text})
		}
		docs = append(docs, doc)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return docs, nil
}

// entityAt returns the type of the annotated entity that overlaps s
// ("" for none): the smallest such mention, so "Oxford" inside the
// facility "Oxford Street" is a facility's word. A mention over no
// annotation takes the type of an annotation elsewhere in the article
// that is the same name or has it as a word ("Dzhokhar" after
// "Dzhokhar Tsarnaev"), a place's type first.
func (d *wikiDoc) entityAt(s sitrep.Span, name string) (typ, text string) {
	best := -1
	for i, e := range d.entities {
		if e.span.Start < s.End && s.Start < e.span.End {
			if best < 0 || e.span.End-e.span.Start < d.entities[best].span.End-d.entities[best].span.Start {
				best = i
			}
		}
	}
	if best >= 0 {
		return d.entities[best].typ, d.entities[best].text
	}
	for _, e := range d.entities {
		if e.text != name && !containsWords(e.text, name) {
			continue
		}
		if e.typ == "GPE" || e.typ == "LOC" {
			return e.typ, e.text
		}
		if typ == "" {
			typ, text = e.typ, e.text
		}
	}
	return typ, text
}

// containsWords reports whether the words of name occur in s as whole
// words.
func containsWords(s, name string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], name)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(name)
		if (a == 0 || !isWordByte(s[a-1])) && (b == len(s) || !isWordByte(s[b])) {
			return true
		}
		i = a + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// wikiScore counts WikiEvents mentions by the annotation under them.
type wikiScore struct {
	docs, mentions, place, wrong, none int
	placeEntities, found               int // capitalised GPE/LOC mentions, and those Find returns
	byType                             map[string]int
}

func (s wikiScore) String() string {
	var ts []string
	for k, v := range s.byType {
		ts = append(ts, fmt.Sprintf("%s %d", k, v))
	}
	sort.Strings(ts)
	return fmt.Sprintf("docs %d mentions %d: over GPE/LOC %d, over another entity %d (%s), unannotated %d; false share %.3f; GPE/LOC names found %d/%d (%.3f)",
		s.docs, s.mentions, s.place, s.wrong, strings.Join(ts, ", "), s.none, float64(s.wrong)/float64(max(s.mentions, 1)),
		s.found, s.placeEntities, float64(s.found)/float64(max(s.placeEntities, 1)))
}

// evalWiki runs Find on the articles and classifies every mention.
func evalWiki(t *testing.T, g *Gazetteer, docs []wikiDoc, log io.Writer) wikiScore {
	s := wikiScore{byType: map[string]int{}}
	verbose := os.Getenv("EVAL_VERBOSE") != ""
	for i := range docs {
		d := &docs[i]
		s.docs++
		ms := g.Find(&sitrep.Document{ID: d.id, Text: d.text})
		for _, m := range ms {
			s.mentions++
			typ, et := d.entityAt(m.Span, m.Name)
			switch typ {
			case "GPE", "LOC":
				s.place++
			case "":
				s.none++
			default:
				s.wrong++
				s.byType[typ]++
				if verbose {
					t.Logf("FALSE %s: %q over %s %q → %s", d.id, m.Name, typ, et, placeDesc(m.Place))
				}
			}
			if log != nil {
				fmt.Fprintf(log, "%s\t%s\t%s\t%s\t%s\t%.2f\t%s\t%q\n", d.id, m.Name, m.Prep, m.Cue, placeDesc(m.Place), m.Score, typ, et)
			}
		}
		// recall over capitalised place names the annotators marked
		for _, e := range d.entities {
			if e.typ != "GPE" && e.typ != "LOC" || e.text == "" || e.text[0] < 'A' || e.text[0] > 'Z' || isDemonymLike(e.text) {
				continue
			}
			s.placeEntities++
			for _, m := range ms {
				if m.Span.Start < e.span.End && e.span.Start < m.Span.End {
					s.found++
					break
				}
			}
		}
	}
	return s
}

// isDemonymLike reports whether an annotated GPE is a people's adjective
// ("Russian", "Syrians"), which Find reads as a vote, not a mention.
func isDemonymLike(w string) bool {
	_, ok := DefaultLexicon().value("demonym", []byte(strings.ToLower(w)))
	return ok || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ians") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")
}

// TestWikiEventsPlaces measures Find on the WikiEvents articles: the
// share of its mentions that lie over an annotated person, organisation,
// facility or other non-place entity, and the share of the annotated
// place names it finds.
func TestWikiEventsPlaces(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark-sized test")
	}
	shared := sharedtest.Dir(t)
	g := mustDefault(t)
	log := evalLog(t, "wikievents_mentions.tsv")
	var all []wikiDoc
	for _, name := range []string{"dev.jsonl", "test.jsonl"} {
		docs, err := readWikiEvents(filepath.Join(shared, "data", "wikievents", name))
		if err != nil {
			t.Skipf("WikiEvents: %v", err)
		}
		all = append(all, docs...)
	}
	s := evalWiki(t, g, all, log)
	t.Logf("wikievents: %v", s)
	// floors a little under what Find does now (false share 0.065, names
	// found 0.438)
	if got := float64(s.wrong) / float64(max(s.mentions, 1)); got > 0.08 {
		t.Errorf("%.3f of mentions lie over a person, organisation or facility, want ≤ 0.08", got)
	}
	if got := float64(s.found) / float64(max(s.placeEntities, 1)); got < 0.40 {
		t.Errorf("found %.3f of annotated place names, want ≥ 0.40", got)
	}
}
