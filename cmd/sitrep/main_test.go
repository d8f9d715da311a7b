package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bin is the sitrep binary built once for the command tests: they run it
// as a user does, through its flags, files, stdin and exit status.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sitrep-cli-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "sitrep")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build sitrep:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary printed and how it ended.
type result struct {
	stdout, stderr string
	code           int
}

// run runs sitrep with args in dir, with SITREP_DB unset unless env sets it.
func run(t *testing.T, dir, stdin string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(filteredEnv(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run sitrep %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

func filteredEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SITREP_") {
			env = append(env, kv)
		}
	}
	return env
}

func testdata(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join("testdata", p))
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// records parses JSON Lines output into maps.
func records(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r map[string]any
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, sc.Text())
		}
		recs = append(recs, r)
	}
	return recs
}

func TestVersionAndHelp(t *testing.T) {
	dir := t.TempDir()
	r := run(t, dir, "", nil, "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "sitrep ") {
		t.Fatalf("version: code %d, stdout %q", r.code, r.stdout)
	}
	r = run(t, dir, "", nil, "help")
	if r.code != 0 {
		t.Fatalf("help: code %d", r.code)
	}
	for _, c := range []string{"demo", "extract", "ingest", "events", "documents", "geocode", "gazetteer", "version"} {
		if !strings.Contains(r.stdout, "  "+c+" ") {
			t.Errorf("help does not list %s:\n%s", c, r.stdout)
		}
		h := run(t, dir, "", nil, c, "-h")
		if h.code != 0 || !strings.Contains(h.stderr, "Example") {
			t.Errorf("%s -h: code %d, no examples in:\n%s", c, h.code, h.stderr)
		}
	}
	r = run(t, dir, "", nil, "no-such-command")
	if r.code != 2 || !strings.Contains(r.stderr, "unknown command") {
		t.Errorf("unknown command: code %d, stderr %q", r.code, r.stderr)
	}
}

func TestExtractWritesEventRecords(t *testing.T) {
	r := run(t, t.TempDir(), "", nil, "extract", testdata(t, "reports"))
	if r.code != 0 {
		t.Fatalf("extract: code %d\n%s", r.code, r.stderr)
	}
	recs := records(t, r.stdout)
	docs := map[string]bool{}
	for _, rec := range recs {
		if rec["record"] != "event" {
			t.Errorf("without --figures only events are printed, got %v", rec["record"])
		}
		docs[rec["doc"].(string)] = true
		for _, k := range []string{"id", "date", "event_type", "sub_event_type", "actor1", "actor2", "location", "killed", "wounded", "evidence", "sources", "confidence"} {
			if _, ok := rec[k]; !ok {
				t.Errorf("record of %v lacks %q", rec["doc"], k)
			}
		}
	}
	// document ids are file names without the extension
	for _, want := range []string{"baghdad-market", "ramadi-recapture"} {
		if !docs[want] {
			t.Errorf("no event from document %q (docs: %v)", want, docs)
		}
	}
}

func TestExtractReadsStdinFeedsAndPublished(t *testing.T) {
	text := "Three soldiers were killed when militants attacked an army post in Baiji on Tuesday, officers said.\n"
	r := run(t, t.TempDir(), text, nil, "extract", "--published", "2017-06-08", "-")
	if r.code != 0 {
		t.Fatalf("extract -: code %d\n%s", r.code, r.stderr)
	}
	recs := records(t, r.stdout)
	if len(recs) == 0 {
		t.Fatalf("no event from stdin")
	}
	if recs[0]["doc"] != "stdin" {
		t.Errorf("stdin document id = %v, want stdin", recs[0]["doc"])
	}
	if recs[0]["date"] != "2017-06-06" {
		t.Errorf("'on Tuesday' published Thursday 2017-06-08 gave date %v, want 2017-06-06", recs[0]["date"])
	}
	r = run(t, t.TempDir(), "", nil, "extract", testdata(t, "feed.xml"))
	if r.code != 0 {
		t.Fatalf("extract feed: code %d\n%s", r.code, r.stderr)
	}
	if len(records(t, r.stdout)) == 0 {
		t.Errorf("no event from the RSS feed")
	}
	r = run(t, t.TempDir(), "", nil, "extract", "--published", "June 4", "-")
	if r.code != 2 {
		t.Errorf("a malformed --published must be a usage error (2), got %d", r.code)
	}
}

func TestExtractReportsBadInputAndGoesOn(t *testing.T) {
	r := run(t, t.TempDir(), "", nil, "extract", testdata(t, "bad"), testdata(t, "reports"))
	if r.code != 1 {
		t.Fatalf("bad input must give exit status 1, got %d\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"empty.txt", "latin1.txt", "random.txt", "truncated.txt.gz", "mixed.jsonl:2"} {
		found := false
		for _, line := range strings.Split(r.stderr, "\n") {
			if strings.Contains(line, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no error line naming %s in:\n%s", want, r.stderr)
		}
	}
	docs := map[string]bool{}
	for _, rec := range records(t, r.stdout) {
		docs[rec["doc"].(string)] = true
	}
	for _, want := range []string{"good-1", "good-2", "baghdad-market"} {
		if !docs[want] {
			t.Errorf("the good documents must still be processed; no event from %s (got %v)", want, docs)
		}
	}
}

func TestIngestStoresOnceAndEventsQueries(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	env := []string{"SITREP_DB=" + db}
	r := run(t, dir, "", env, "ingest", testdata(t, "reports"), testdata(t, "feed.xml"))
	if r.code != 0 {
		t.Fatalf("ingest: code %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "3 new, 0 duplicate, 0 failed") {
		t.Errorf("first ingest summary: %s", r.stderr)
	}
	r = run(t, dir, "", env, "ingest", testdata(t, "reports"))
	if r.code != 0 || !strings.Contains(r.stderr, "0 new, 2 duplicate, 0 failed") {
		t.Errorf("the same reports again must be duplicates: code %d, %s", r.code, r.stderr)
	}

	r = run(t, dir, "", env, "events", "--json")
	if r.code != 0 {
		t.Fatalf("events --json: code %d\n%s", r.code, r.stderr)
	}
	all := records(t, r.stdout)
	if len(all) < 3 {
		t.Fatalf("want at least 3 stored events, got %d", len(all))
	}

	r = run(t, dir, "", env, "events", "--type", "Battles", "--json")
	for _, rec := range records(t, r.stdout) {
		if rec["event_type"] != "Battles" {
			t.Errorf("--type Battles returned %v", rec["event_type"])
		}
	}
	r = run(t, dir, "", env, "events", "--near", "Baghdad", "--within", "30", "--json")
	near := records(t, r.stdout)
	if len(near) == 0 || len(near) >= len(all) {
		t.Errorf("--near Baghdad --within 30 should keep the Baghdad event only: %d of %d\n%s", len(near), len(all), r.stderr)
	}
	r = run(t, dir, "", env, "events", "--text", "mortar", "--json")
	if got := records(t, r.stdout); len(got) != 1 {
		t.Errorf("--text mortar: want 1 event, got %d", len(got))
	}
	r = run(t, dir, "", env, "events", "--csv")
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || len(rows) != len(all)+1 {
		t.Fatalf("--csv: %v, %d rows for %d events", err, len(rows), len(all))
	}
	if rows[0][0] != "event_id_cnty" || !contains(rows[0], "fatalities") || !contains(rows[0], "sub_event_type") {
		t.Errorf("--csv header lacks ACLED columns: %v", rows[0])
	}
	r = run(t, dir, "", env, "events", "--geojson")
	var fc struct {
		Type     string
		Features []json.RawMessage
	}
	if err := json.Unmarshal([]byte(r.stdout), &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
		t.Errorf("--geojson: %v, type %q, %d features", err, fc.Type, len(fc.Features))
	}
	r = run(t, dir, "", env, "events")
	if r.code != 0 || !strings.Contains(r.stdout, "Baghdad") {
		t.Errorf("table output lacks the Baghdad event:\n%s", r.stdout)
	}
	r = run(t, dir, "", env, "events", "--from", "June 1")
	if r.code != 2 {
		t.Errorf("a malformed --from must be a usage error, got %d", r.code)
	}
}

func TestIngestRecordsFailuresAndKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	r := run(t, dir, "", nil, "ingest", "--db", db, testdata(t, "bad"))
	if r.code != 1 {
		t.Fatalf("ingest of bad input: want exit 1, got %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "2 new, 0 duplicate, 5 failed") {
		t.Errorf("summary should count the two good JSONL lines and five failures:\n%s", r.stderr)
	}
	r = run(t, dir, "", nil, "events", "--db", db, "--json")
	docs := map[string]bool{}
	for _, rec := range records(t, r.stdout) {
		docs[rec["doc"].(string)] = true
	}
	if !docs["good-1"] || !docs["good-2"] {
		t.Errorf("good documents beside bad ones must be stored: %v", docs)
	}
	// A second run reports the same bad inputs again but records them once.
	if r := run(t, dir, "", nil, "ingest", "--db", db, testdata(t, "bad")); !strings.Contains(r.stderr, "0 new, 2 duplicate, 5 failed") {
		t.Errorf("second run:\n%s", r.stderr)
	}
	r = run(t, dir, "", nil, "documents", "--db", db, "--failures", "--json")
	if n := len(records(t, r.stdout)); n != 5 {
		t.Errorf("after two runs over five bad inputs the store holds %d failures, want 5:\n%s", n, r.stdout)
	}
}

func TestIngestOfTheStoresOwnFolderLeavesTheStoreOut(t *testing.T) {
	dir := t.TempDir()
	report := "Gunmen shot dead two policemen at a checkpoint in Kirkuk on Monday, officials said.\n"
	if err := os.WriteFile(filepath.Join(dir, "kirkuk.txt"), []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ { // the second run finds the store (and its journal files) in the folder
		r := run(t, dir, "", nil, "ingest", "--db", "here.db", ".")
		if r.code != 0 {
			t.Fatalf("run %d: exit %d\n%s", i+1, r.code, r.stderr)
		}
		if strings.Contains(r.stderr, "failed;") && !strings.Contains(r.stderr, "0 failed") {
			t.Errorf("run %d: the store was read as a report:\n%s", i+1, r.stderr)
		}
	}
}

func TestIngestLinksWireCopiesAcrossRuns(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "w.db")
	story := "Gunmen attacked a police checkpoint on the road north of Baquba on Tuesday night, killing four policemen and wounding two others, a provincial official said. The attackers fled in two cars, the official added, and security forces sealed off the area while they searched nearby orchards. No group claimed responsibility, but similar attacks in the province have been blamed on Islamic State cells hiding in the farmland."
	os.WriteFile(filepath.Join(dir, "wire.txt"), []byte(story+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "copy.txt"), []byte("Baquba checkpoint attack\n\n"+story+"\nShare this article\n"), 0o644)
	if r := run(t, dir, "", nil, "ingest", "--db", db, filepath.Join(dir, "wire.txt")); r.code != 0 {
		t.Fatalf("first ingest: %s", r.stderr)
	}
	if r := run(t, dir, "", nil, "ingest", "--db", db, filepath.Join(dir, "copy.txt")); r.code != 0 || !strings.Contains(r.stderr, "1 new") {
		t.Fatalf("second ingest: the copy is a new document (different text): %s", r.stderr)
	}
	r := run(t, dir, "", nil, "documents", "--db", db, "--json")
	found := false
	for _, rec := range records(t, r.stdout) {
		if rec["id"] == "copy" {
			found = true
			if rec["duplicate_of"] != "wire" {
				t.Errorf("the copy stored in a later run must be linked to the wire story: %v", rec)
			}
		}
	}
	if !found {
		t.Fatalf("documents --json does not list the copy:\n%s", r.stdout)
	}
	r = run(t, dir, "", nil, "documents", "--db", db)
	if r.code != 0 || !strings.Contains(r.stdout, "copy") || !strings.Contains(r.stdout, "COPY OF") {
		t.Errorf("documents table:\n%s", r.stdout)
	}
}

func TestDemoRunsTheWholeFlow(t *testing.T) {
	dir := t.TempDir()
	r := run(t, dir, "", nil, "demo")
	if r.code != 0 {
		t.Fatalf("demo: code %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "sitrep.db")); err != nil {
		t.Errorf("demo must store into ./sitrep.db: %v", err)
	}
	for _, want := range []string{"Mosul", "Suicide bomb", "incidents found"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("demo table lacks %q:\n%s", want, r.stdout)
		}
	}
	again := run(t, dir, "", nil, "demo")
	if again.code != 0 || !strings.Contains(again.stderr, "0 new") {
		t.Errorf("a second demo must store nothing new:\n%s", again.stderr)
	}
}

func TestGeocodeAndGazetteerImport(t *testing.T) {
	dir := t.TempDir()
	r := run(t, dir, "", nil, "geocode", "Mosul")
	if r.code != 0 {
		t.Fatalf("geocode: code %d\n%s", r.code, r.stderr)
	}
	recs := records(t, r.stdout)
	if len(recs) != 1 || recs[0]["lat"] == nil {
		t.Fatalf("geocode Mosul: %v", recs)
	}
	if lat := recs[0]["lat"].(float64); lat < 36 || lat > 36.6 {
		t.Errorf("Mosul latitude %v", lat)
	}
	// a place only a user gazetteer knows
	csvFile := filepath.Join(dir, "villages.csv")
	os.WriteFile(csvFile, []byte("vid,village,alt_name,y,x,gov\n1,Qaryat Sitrepiya,قرية سيتريبية,35.9011,43.2025,Ninewa\n"), 0o644)
	db := filepath.Join(dir, "g.db")
	r = run(t, dir, "", nil, "gazetteer", "import", "--db", db, "--as", "test_villages", "--name", "village", "--alt", "alt_name",
		"--lat", "y", "--lon", "x", "--admin1", "gov", "--country", "IQ", csvFile)
	if r.code != 0 {
		t.Fatalf("gazetteer import: code %d\n%s", r.code, r.stderr)
	}
	q := filepath.Join(dir, "q.jsonl")
	os.WriteFile(q, []byte(`{"id": "a", "query": "Qaryat Sitrepiya", "country": "IQ"}`+"\n"+`{"id": "b", "query": "Nowhere Such Place Xq"}`+"\n"), 0o644)
	r = run(t, dir, "", nil, "geocode", "--db", db, "--jsonl", q)
	recs = records(t, r.stdout)
	if len(recs) != 2 {
		t.Fatalf("geocode --jsonl: want 2 answers, got %d\n%s", len(recs), r.stderr)
	}
	if recs[0]["id"] != "a" || recs[0]["lat"] == nil || recs[0]["lat"].(float64) != 35.9011 {
		t.Errorf("imported place not used: %v", recs[0])
	}
	if recs[1]["lat"] != nil {
		t.Errorf("an unknown place must have null coordinates: %v", recs[1])
	}
	r = run(t, dir, "", nil, "gazetteer", "list", "--db", db)
	if !strings.Contains(r.stdout, "test_villages\t1 places") {
		t.Errorf("gazetteer list: %q", r.stdout)
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// A report that comes again revised (a word changed, a trailing newline,
// CRLF line ends) replaces its stored version: its incident is listed
// once, and documents shows the versions (issue 9 item 4).
func TestIngestOfRevisedReportsReplacesThem(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "v.db")
	text := "Gunmen stormed a police station in the town of Baiji on Tuesday, killing 26 policemen and wounding nine others, a provincial official said. The attackers fled before reinforcements arrived, the official added."
	versions := []string{
		text,
		strings.Replace(text, "nine others", "ten others", 1),
		strings.Replace(text, "nine others", "ten others", 1) + "\n",
		strings.ReplaceAll(strings.Replace(text, "nine others", "ten others", 1)+"\nUpdated.\n", "\n", "\r\n"),
	}
	for i, v := range versions {
		line, _ := json.Marshal(map[string]string{"id": "baiji-attack", "text": v, "published": "2016-05-17"})
		p := filepath.Join(dir, fmt.Sprintf("v%d.jsonl", i))
		os.WriteFile(p, append(line, '\n'), 0o644)
		if r := run(t, dir, "", nil, "ingest", "--db", db, p); r.code != 0 || !strings.Contains(r.stderr, "1 new") {
			t.Fatalf("version %d: %s", i, r.stderr)
		}
	}
	r := run(t, dir, "", nil, "events", "--db", db, "--json")
	if n := len(records(t, r.stdout)); n != 1 {
		t.Errorf("%d events after four versions of one report, want 1:\n%s", n, r.stdout)
	}
	r = run(t, dir, "", nil, "documents", "--db", db, "--json")
	docs := records(t, r.stdout)
	current, superseded := 0, 0
	for _, d := range docs {
		switch {
		case d["id"] == "baiji-attack" && d["superseded_by"] == nil:
			current++
		case d["superseded_by"] == "baiji-attack":
			superseded++
		}
	}
	if len(docs) != 4 || current != 1 || superseded != 3 {
		t.Errorf("documents: %d, current %d, superseded %d; want 4, 1, 3:\n%s", len(docs), current, superseded, r.stdout)
	}
}
