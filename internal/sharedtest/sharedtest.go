// Package sharedtest finds the shared data folder ../shared beside the
// module root and reads its JSON Lines files, for the tests and benchmarks
// that measure sitrep on the shared corpora, gold annotations and data
// sets. The folder is absent on users' machines; the tests that need it
// then skip.
package sharedtest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the folder ../shared beside the module root (the folder of
// go.mod, found upwards from the working directory). When there is no such
// folder, or no module root, it skips the test or benchmark.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Skipf("../shared not found (no working directory: %v): tests that read the shared corpora skip", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("../shared not found (no module root above the working directory): tests that read the shared corpora skip")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if fi, err := os.Stat(shared); err != nil || !fi.IsDir() {
		tb.Skip("../shared not present: tests that read the shared corpora skip")
	}
	return shared
}

// Doc is one line of a shared corpus's docs.jsonl. Published is a day
// (YYYY-MM-DD), or "" when the file has null.
type Doc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Title     string `json:"title"`
}

// Docs returns the documents of ../shared/corpus/<corpus>/docs.jsonl in
// file order (corpus is a set such as "seeds" or "news-dev"). It skips
// when ../shared or the file is absent, as JSONL does.
func Docs(tb testing.TB, corpus string) []Doc {
	tb.Helper()
	return JSONL[Doc](tb, filepath.Join(Dir(tb), "corpus", corpus, "docs.jsonl"))
}

// Texts returns the text of every document of the given corpora, corpus
// by corpus in file order, for tests and benchmarks that run over all the
// shared text. It skips as Docs does.
func Texts(tb testing.TB, corpora ...string) []string {
	tb.Helper()
	var out []string
	for _, c := range corpora {
		for _, d := range Docs(tb, c) {
			out = append(out, d.Text)
		}
	}
	return out
}

// JSONL decodes every non-blank line of the JSON Lines file at path into
// a new T, in file order. It skips the test when the file does not exist
// and fails it on any other error or a line that does not decode.
func JSONL[T any](tb testing.TB, path string) []T {
	tb.Helper()
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("%s not present: tests that read it skip", path)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			tb.Fatalf("read %s line %d: %v", path, line, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read %s: %v", path, err)
	}
	return out
}
