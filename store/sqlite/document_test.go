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
