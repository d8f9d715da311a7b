package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestJSONL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "docs.jsonl")
	src := `{"id": "a", "text": "One.", "published": "2020-01-02", "url": "https://example.org/a"}

{"id": "b", "text": "Two.", "published": null, "title": "B"}
`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got := JSONL[Doc](t, path)
	want := []Doc{
		{ID: "a", Text: "One.", Published: "2020-01-02", URL: "https://example.org/a"},
		{ID: "b", Text: "Two.", Title: "B"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d docs %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("doc %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestDir(t *testing.T) {
	dir := Dir(t) // skips when ../shared is absent
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Errorf("Dir = %q, not a folder: %v", dir, err)
	}
	if filepath.Base(dir) != "shared" {
		t.Errorf("Dir = %q, want a folder named shared", dir)
	}
}
