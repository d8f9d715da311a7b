package sqlite

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// A page whose cleaning dropped most of it is stored once: the dropped
// stretches are spans of the raw text, and the texts are compressed
// (issue 9: a 60 MB page stored 125 MB).
func TestDocumentTextsAreStoredOnce(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	prose := "Gunmen attacked a checkpoint north of the town on Tuesday, killing four policemen, an official said."
	var code strings.Builder
	for i := range 4000 {
		code.WriteString("var slot")
		code.WriteString(strings.Repeat("x", i%7))
		code.WriteString(" = document.getElementById('ad'); ")
	}
	raw := prose + "\n" + code.String()
	d := newDoc("page", prose)
	d.Raw = raw
	d.Dropped = []sitrep.Dropped{{Raw: sitrep.Span{Start: len(prose) + 1, End: len(raw)}, Rule: "code-dump", Text: raw[len(prose)+1:]}}
	if _, _, err := s.AddDocument(ctx, d, nil, nil); err != nil {
		t.Fatal(err)
	}
	var stored int
	if err := s.r.QueryRow(`SELECT length(raw) + length(text) + length(dropped) FROM documents WHERE id = 'page'`).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	if stored*2 > len(raw) {
		t.Errorf("a %d-byte page takes %d bytes, want it compressed and its dropped part not repeated", len(raw), stored)
	}
	got, err := s.Document(ctx, "page")
	if err != nil {
		t.Fatal(err)
	}
	if got.Raw != d.Raw || got.Text != d.Text || !reflect.DeepEqual(got.Dropped, d.Dropped) {
		t.Errorf("the document does not read back as stored")
	}
}

// Rows written before texts were compressed (TEXT columns, dropped text
// inline) read as they did.
func TestDocumentsStoredAsPlainTextStillRead(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.w.Exec(`INSERT INTO documents (id, hash, raw, text, dropped, added_at) VALUES ('old', 'h', 'Share.
A report.', 'A report.', '[{"raw":{"start":0,"end":6},"rule":"share","text":"Share."}]', '2020-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	d, err := s.Document(ctx, "old")
	if err != nil {
		t.Fatal(err)
	}
	want := []sitrep.Dropped{{Raw: sitrep.Span{Start: 0, End: 6}, Rule: "share", Text: "Share."}}
	if d.Raw != "Share.\nA report." || d.Text != "A report." || !reflect.DeepEqual(d.Dropped, want) {
		t.Errorf("old row read as %+v", d)
	}
}

// Texts of every kind read back as stored, through the store, whether the
// cleaned text is the raw text (compressed once) or not: empty, short,
// long, repetitive, not UTF-8, binary.
func TestDocumentTextsReadBackAsStored(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var long strings.Builder
	for i := range 20000 {
		long.WriteString("Shelling hit the market ")
		long.WriteString(strings.Repeat("é", i%5))
		long.WriteByte(byte('a' + i%26))
	}
	bin := make([]byte, 70000)
	for i := range bin {
		bin[i] = byte(i*7919 + i/13)
	}
	texts := []string{"", "x", "A single sentence.", long.String(), strings.Repeat("a", 1<<17), "bad \xff\xfe bytes", string(bin)}
	n := 0
	for _, raw := range texts {
		for _, same := range []bool{true, false} {
			n++
			id := "doc-" + strings.Repeat("i", n)
			text := raw
			if !same {
				text = strings.ToUpper(raw[:len(raw)/2]) + " cleaned"
			}
			d := newDoc(id, text)
			d.Raw, d.Hash = raw, hexSHA256(id)
			if _, _, err := s.AddDocument(ctx, d, nil, nil); err != nil {
				t.Fatal(err)
			}
			got, err := s.Document(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if got.Raw != raw || got.Text != text {
				t.Errorf("%d-byte raw text (cleaned the same: %v) does not read back as stored", len(raw), same)
			}
		}
	}
}

// Ingest looks up the content hash of every report it reads; in a SQLite
// file those look-ups go through connections of their own with no map of
// the file (openLookups): through the readers' map, a look-up into a large
// store that an ingest was writing cost twice the CPU. The answers are the
// readers' answers, and a document stored after the first look-up is
// found by the next.
func TestLookUpsByHashReadWithoutAMapOfTheFile(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	first := newDoc("first", "Gunmen attacked a checkpoint north of the town on Tuesday.")
	if _, _, err := s.AddDocument(ctx, first, nil, nil); err != nil {
		t.Fatal(err)
	}
	if id, err := s.DocumentByHash(ctx, first.Hash); err != nil || id != "first" {
		t.Fatalf("look-up of a stored hash: %q, %v; want first", id, err)
	}
	if s.lookups == nil {
		t.Fatal("the look-up read through the readers' pool, want a pool of its own")
	}
	var mapped int64
	if err := s.lookups.QueryRow(`PRAGMA mmap_size`).Scan(&mapped); err != nil {
		t.Fatal(err)
	}
	if mapped != 0 {
		t.Errorf("look-ups map %d bytes of the file, want none", mapped)
	}
	later := newDoc("later", "A roadside bomb struck a convoy on Wednesday.")
	if id, err := s.DocumentByHash(ctx, later.Hash); err != nil || id != "" {
		t.Fatalf("look-up of a hash not stored: %q, %v; want none", id, err)
	}
	if _, _, err := s.AddDocument(ctx, later, nil, nil); err != nil {
		t.Fatal(err)
	}
	if id, err := s.DocumentByHash(ctx, later.Hash); err != nil || id != "later" {
		t.Errorf("look-up of a hash stored after the first look-up: %q, %v; want later", id, err)
	}
}
