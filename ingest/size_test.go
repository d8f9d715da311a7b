package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
)

// Size counts the bytes a Walk reads (Options.Read), hidden entries and
// skipped files left out, gzip files at their compressed size; stdin and
// URLs have no size.
func TestSizeIsWhatAWalkReads(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.MkdirAll(filepath.Join(dir, ".hidden"), 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Gunmen attacked a market on Monday, killing two traders.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.jsonl"), []byte(`{"id":"b1","text":"A bomb went off."}`+"\n"+`{"id":"b2","text":"Police said two men were held."}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden", "c.txt"), []byte("not read"), 0o644)
	os.WriteFile(filepath.Join(dir, "skip.txt"), []byte("left out by Skip"), 0o644)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(bytes.Repeat([]byte("Shelling hit the old city again on Friday. "), 50))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "d.txt.gz"), gz.Bytes(), 0o644)
	single := filepath.Join(dir, "a.txt")

	var read int64
	opt := Options{
		Skip: func(p string) bool { return filepath.Base(p) == "skip.txt" },
		Read: func(n int) { read += int64(n) },
	}
	size, ok := Size([]string{dir, single}, opt)
	if !ok {
		t.Fatal("a folder and a file: size not known")
	}
	docs := 0
	err := Walk(context.Background(), []string{dir, single}, opt, func(d *sitrep.Document, err error) error {
		if d != nil {
			docs++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if docs != 5 || read != size || size == 0 {
		t.Errorf("%d documents, %d bytes read, Size %d", docs, read, size)
	}
	if want := int64(len(gz.Bytes())); size < want || size > want+300 {
		t.Errorf("Size %d: the gzip file should count %d compressed bytes", size, want)
	}
	for _, p := range []string{"-", "https://example.org/report"} {
		if _, ok := Size([]string{dir, p}, opt); ok {
			t.Errorf("%s: a size was given", p)
		}
	}
}
