package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// result is what one Walk callback received.
type result struct {
	doc *sitrep.Document
	err *Error
}

func walkAll(t *testing.T, paths []string, opt Options) []result {
	t.Helper()
	var out []result
	err := Walk(context.Background(), paths, opt, func(d *sitrep.Document, err error) error {
		if err != nil {
			var ie *Error
			if !errors.As(err, &ie) {
				t.Fatalf("callback error is %T, want *Error", err)
			}
			out = append(out, result{err: ie})
			return nil
		}
		out = append(out, result{doc: d})
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return out
}

func docs(rs []result) map[string]*sitrep.Document {
	m := map[string]*sitrep.Document{}
	for _, r := range rs {
		if r.doc != nil {
			m[r.doc.ID] = r.doc
		}
	}
	return m
}

func errs(rs []result) []string {
	var out []string
	for _, r := range rs {
		if r.err != nil {
			out = append(out, r.err.Error())
		}
	}
	return out
}

func TestWalk(t *testing.T) {
	t.Run("directory_recursive_lexical", func(t *testing.T) {
		rs := walkAll(t, []string{"testdata/reports"}, Options{})
		if len(rs) != 2 || rs[0].doc == nil || rs[1].doc == nil {
			t.Fatalf("got %d results %v, want two documents", len(rs), errs(rs))
		}
		if rs[0].doc.ID != "001_harbour" || rs[1].doc.ID != "002_convoy" {
			t.Errorf("ids %q, %q; want 001_harbour, 002_convoy in lexical order", rs[0].doc.ID, rs[1].doc.ID)
		}
	})
	t.Run("text_document_fields", func(t *testing.T) {
		d := docs(walkAll(t, []string{"testdata/reports/001_harbour.txt"}, Options{}))["001_harbour"]
		if d == nil {
			t.Fatal("no document")
		}
		raw, _ := os.ReadFile("testdata/reports/001_harbour.txt")
		if d.Raw != string(raw) {
			t.Errorf("Raw differs from the file")
		}
		if d.Origin != "testdata/reports/001_harbour.txt" {
			t.Errorf("Origin = %q", d.Origin)
		}
		if d.Hash != Hash(string(raw)) || len(d.Hash) != 64 {
			t.Errorf("Hash = %q", d.Hash)
		}
		if d.PublishedHow != sitrep.DateUnknown || d.Published != "" {
			t.Errorf("Published = %q (%s), want unknown", d.Published, d.PublishedHow)
		}
	})
	t.Run("default_published_is_metadata", func(t *testing.T) {
		d := docs(walkAll(t, []string{"testdata/reports/001_harbour.txt"}, Options{Published: "2020-01-31"}))["001_harbour"]
		if d.Published != "2020-01-31" || d.PublishedHow != sitrep.DateFromMetadata {
			t.Errorf("Published = %q (%s)", d.Published, d.PublishedHow)
		}
	})
	t.Run("html_page", func(t *testing.T) {
		d := docs(walkAll(t, []string{"testdata/reports/sub/002_convoy.html"}, Options{}))["002_convoy"]
		if d == nil {
			t.Fatal("no document")
		}
		if d.Title != "Convoy ambushed near Kessel ridge" || d.Outlet != "The Valdoria Ledger" || d.Published != "2021-05-14" {
			t.Errorf("metadata title=%q outlet=%q published=%q", d.Title, d.Outlet, d.Published)
		}
		if d.URL != "https://www.valdorialedger.example/2021/05/14/convoy-ambushed" {
			t.Errorf("URL = %q", d.URL)
		}
		for _, want := range []string{"killing three drivers", "No group has claimed the attack."} {
			if !strings.Contains(d.Raw, want) {
				t.Errorf("Raw lacks %q:\n%s", want, d.Raw)
			}
		}
		for _, junk := range []string{"Share on Facebook", "Leave a Reply", "Copyright", "Earlier attack", "var x", "File photo", "World"} {
			if strings.Contains(d.Raw, junk) {
				t.Errorf("Raw keeps %q:\n%s", junk, d.Raw)
			}
		}
	})
	t.Run("jsonl_bad_lines_do_not_stop_the_rest", func(t *testing.T) {
		rs := walkAll(t, []string{"testdata/docs.jsonl"}, Options{})
		ds := docs(rs)
		for _, id := range []string{"j1", "42", "docs-3", "h1", "j9"} {
			if ds[id] == nil {
				t.Errorf("missing document %s", id)
			}
		}
		if len(ds) != 5 {
			t.Errorf("%d documents, want 5", len(ds))
		}
		want := []string{
			"testdata/docs.jsonl:5: published",
			"testdata/docs.jsonl:6: no \"text\" or \"html\" field",
			"testdata/docs.jsonl:7: empty",
			"testdata/docs.jsonl:8: not JSON",
		}
		got := errs(rs)
		if len(got) != len(want) {
			t.Fatalf("errors %q, want %d", got, len(want))
		}
		for i := range want {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Errorf("error %d = %q, want prefix %q", i, got[i], want[i])
			}
		}
		if d := ds["j1"]; d != nil && (d.Origin != "testdata/docs.jsonl:1" || d.Outlet != "News Example" || d.Published != "2020-03-02" || d.PublishedHow != sitrep.DateFromMetadata) {
			t.Errorf("j1 = %+v", d)
		}
		if d := ds["h1"]; d != nil && (!strings.Contains(d.Raw, "wounding six children") || d.Published != "2019-11-08") {
			t.Errorf("html line: raw=%q published=%q", d.Raw, d.Published)
		}
	})
	t.Run("feed_items", func(t *testing.T) {
		rs := walkAll(t, []string{"testdata/feed.rss"}, Options{})
		var ds []*sitrep.Document
		for _, r := range rs {
			if r.doc != nil {
				ds = append(ds, r.doc)
			}
		}
		if len(ds) != 2 {
			t.Fatalf("%d items, errors %v; want 2", len(ds), errs(rs))
		}
		a := ds[0]
		if !strings.HasPrefix(a.ID, "feed-") || len(a.ID) != len("feed-")+12 {
			t.Errorf("item id %q, want feed-<12 hex>", a.ID)
		}
		if a.Outlet != "Frontier Monitor" || a.Published != "2022-01-10" || a.URL != "https://frontier.example/2022/01/10/ostrava-clashes" || a.Origin != "testdata/feed.rss#1" {
			t.Errorf("item 1 = %+v", a)
		}
		if !strings.Contains(a.Raw, "At least five fighters were killed") || strings.Contains(a.Raw, "<p>") {
			t.Errorf("item 1 raw = %q", a.Raw)
		}
		if e := errs(rs); len(e) != 1 || !strings.HasPrefix(e[0], "testdata/feed.rss#3: no text") {
			t.Errorf("errors %q, want the empty item reported", e)
		}
		again := docs(walkAll(t, []string{"testdata/feed.rss"}, Options{}))
		if again[a.ID] == nil {
			t.Errorf("item id %s not stable across reads", a.ID)
		}
	})
	t.Run("stdin_text_and_jsonl", func(t *testing.T) {
		d := docs(walkAll(t, []string{"-"}, Options{Stdin: strings.NewReader("A report typed on stdin.\n")}))["stdin"]
		if d == nil || d.Origin != "stdin" {
			t.Fatalf("stdin text: %+v", d)
		}
		ds := docs(walkAll(t, []string{"-"}, Options{Stdin: strings.NewReader(`{"id":"s1","text":"From a pipe."}` + "\n")}))
		if ds["s1"] == nil {
			t.Errorf("stdin JSON Lines not sniffed: %v", ds)
		}
	})
}

func TestWalkBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	long := strings.Repeat("Fighting continued in the valley for a third day, officials said. ", 40)
	good := write("good.txt.gz", gz(long))
	full := gz(long)
	cut := write("cut.txt.gz", full[:len(full)/2])
	jl := gz(`{"id":"a","text":"first"}` + "\n" + `{"id":"b","text":"second"}` + "\n" + `{"id":"c","text":"` + long + `"}` + "\n")
	cutJL := write("cut.jsonl.gz", jl[:len(jl)-30])
	tests := []struct {
		name string
		path string
		want string // error prefix after the path; "" for a document
		is   error
	}{
		{"gzip_text_read", good, "", nil},
		{"binary_file", write("photo.txt", []byte("GIF89a\x00\x01\x02\x03binary")), "binary content", ErrBinary},
		{"invalid_utf8_says_where", write("latin.txt", []byte("Caf\xe9 bombing in the old town")), "not UTF-8: invalid byte 0xe9 at offset 3", ErrNotUTF8},
		{"empty_file", write("empty.txt", []byte(" \n\n")), "empty file", ErrEmpty},
		{"truncated_gzip", cut, "truncated gzip", nil},
		{"missing_file", filepath.Join(dir, "nope.txt"), "stat: no such file", nil},
		{"unknown_extension_binary", write("blob.dat", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13}), "binary content", ErrBinary},
		{"unknown_extension_text", write("notes.md", []byte("# Notes\nShelling reported in the north.\n")), "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := walkAll(t, []string{tc.path}, Options{})
			if len(rs) != 1 {
				t.Fatalf("%d results, want 1", len(rs))
			}
			r := rs[0]
			if tc.want == "" {
				if r.doc == nil {
					t.Fatalf("error %v, want a document", r.err)
				}
				return
			}
			if r.err == nil {
				t.Fatalf("document %q, want error %q", r.doc.ID, tc.want)
			}
			if r.err.Origin != tc.path || !strings.HasPrefix(r.err.Error(), tc.path+": "+tc.want) {
				t.Errorf("error %q, want %q", r.err.Error(), tc.path+": "+tc.want)
			}
			if strings.Contains(r.err.Error(), "\n") {
				t.Errorf("error spans lines: %q", r.err.Error())
			}
			if tc.is != nil && !errors.Is(r.err, tc.is) {
				t.Errorf("errors.Is(%v, %v) is false", r.err, tc.is)
			}
			// A failure of bytes that were read carries their hash, so a
			// store can record it once per content.
			if data, err := os.ReadFile(tc.path); err == nil && !strings.HasSuffix(tc.path, ".gz") && r.err.Hash != Hash(string(data)) {
				t.Errorf("error hash %q, want the hash of the file's bytes", r.err.Hash)
			}
		})
	}
	t.Run("truncated_jsonl_gzip_keeps_whole_lines_only", func(t *testing.T) {
		rs := walkAll(t, []string{cutJL}, Options{})
		ds := docs(rs)
		if ds["a"] == nil || ds["b"] == nil || ds["c"] != nil {
			t.Errorf("documents %v, want a and b only", ds)
		}
		e := errs(rs)
		if len(e) != 1 || !strings.Contains(e[0], "cut.jsonl.gz:3: truncated") {
			t.Errorf("errors %q, want line 3 truncated", e)
		}
	})
	t.Run("hidden_entries_reported_as_skipped", func(t *testing.T) {
		sub := filepath.Join(dir, "tree")
		os.MkdirAll(filepath.Join(sub, ".git"), 0o755)
		os.WriteFile(filepath.Join(sub, ".git", "HEAD"), []byte("ref"), 0o644)
		os.WriteFile(filepath.Join(sub, ".DS_Store"), []byte("x"), 0o644)
		os.WriteFile(filepath.Join(sub, "a.txt"), []byte("A short report."), 0o644)
		rs := walkAll(t, []string{sub}, Options{})
		skipped := 0
		for _, r := range rs {
			if r.err != nil && errors.Is(r.err, ErrSkipped) {
				skipped++
			}
		}
		if skipped != 2 || len(docs(rs)) != 1 {
			t.Errorf("skipped %d, docs %d; want 2 skipped (.DS_Store, .git) and 1 document", skipped, len(docs(rs)))
		}
	})
	t.Run("callback_error_stops", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := Walk(context.Background(), []string{"testdata/docs.jsonl"}, Options{}, func(*sitrep.Document, error) error {
			n++
			return stop
		})
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("Walk = %v after %d calls, want stop after 1", err, n)
		}
	})
	t.Run("cancelled_context_stops", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := Walk(ctx, []string{"testdata"}, Options{}, func(*sitrep.Document, error) error { return nil })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Walk = %v, want context.Canceled", err)
		}
	})
}

func TestBaseID(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"002_ab12.txt", "002_ab12"},
		{"x.txt.gz", "x"},
		{"docs.jsonl.gz", "docs"},
		{"README", "README"},
		{"report.2019", "report.2019"},
		{"page.HTML", "page"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := baseID(tc.in); got != tc.want {
				t.Errorf("baseID(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseMetaDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2017-06-04", "2017-06-04"},
		{"2017-06-04T23:30:00-05:00", "2017-06-04"},
		{"2017/06/04", "2017-06-04"},
		{"Sun, 04 Jun 2017 10:00:00 +0000", "2017-06-04"},
		{"June 4", ""},
		{"2017-13-01", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, _ := parseMetaDate(tc.in)
			if string(got) != tc.want {
				t.Errorf("parseMetaDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
