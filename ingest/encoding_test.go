package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// latin encodes s (ASCII and Latin-1 letters) as ISO-8859-1 bytes.
func latin(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

func TestReadHTMLSaysWhichEncoding(t *testing.T) {
	body := "<p>Les combattants ont bombardé la périphérie de Belun, tuant trois civils, a déclaré le conseil municipal dimanche.</p>"
	tests := []struct {
		name, page, contentType string
		want                    string // Page.Encoding
		text                    string // a word the text must hold, decoded right
	}{
		{"utf8_page", "<html><body>" + body + "</body></html>", "", "utf-8", "bombardé"},
		{"meta_charset", "<html><head><meta charset=\"iso-8859-1\"></head><body>" + body + "</body></html>", "", "windows-1252 (meta charset)", "bombardé"},
		{"http_equiv", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>" + body + "</body></html>", "", "windows-1252 (meta charset)", "périphérie"},
		{"http_header_wins_over_meta", "<html><head><meta charset=\"koi8-r\"></head><body>" + body + "</body></html>", "text/html; charset=ISO-8859-1", "windows-1252 (HTTP header)", "déclaré"},
		{"nothing_declared_is_assumed", "<html><body>" + body + "</body></html>", "", "windows-1252 (assumed: not UTF-8 and no charset declared)", "bombardé"},
		{"unknown_charset_is_assumed", "<html><head><meta charset=\"x-unheard-of\"></head><body>" + body + "</body></html>", "", `windows-1252 (assumed: the page declares "x-unheard-of", which is no known charset)`, "bombardé"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.page)
			if tc.name != "utf8_page" {
				src = latin(tc.page)
			}
			p, err := ReadHTMLAs(src, "", tc.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if p.Encoding != tc.want {
				t.Errorf("Encoding = %q, want %q", p.Encoding, tc.want)
			}
			if !strings.Contains(p.Text, tc.text) {
				t.Errorf("text lacks %q: %q", tc.text, p.Text)
			}
		})
	}
	t.Run("declared_utf8_with_bad_bytes_is_an_error", func(t *testing.T) {
		page := latin("<html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>")
		if _, err := ReadHTML(page, ""); err == nil {
			t.Error("a page declaring UTF-8 but holding Latin-1 bytes was read")
		}
	})
}

// A page read in an assumed encoding says so on the document, in a note.
func TestWalkNotesAnAssumedEncoding(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "page.html")
	os.WriteFile(p, latin("<html><body><p>Le conseil a déclaré dimanche que trois civils avaient été tués à Belun.</p></body></html>"), 0o644)
	var doc *sitrep.Document
	err := Walk(context.Background(), []string{p}, Options{}, func(d *sitrep.Document, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		doc = d
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Encoding, "windows-1252 (assumed") || len(doc.Notes) != 1 || !strings.Contains(doc.Notes[0], "assumed") {
		t.Errorf("encoding %q, notes %q", doc.Encoding, doc.Notes)
	}
}

// The charset of an HTTP Content-Type header is what a fetched page is read in.
func TestWalkReadsAFetchedPageInItsHeadersCharset(t *testing.T) {
	page := latin("<html><head><meta charset=\"koi8-r\"></head><body><p>Le conseil a déclaré dimanche que trois civils avaient été tués.</p></body></html>")
	opt := Options{HTTPGet: func(context.Context, string) ([]byte, string, error) {
		return page, "text/html; charset=iso-8859-1", nil
	}}
	var doc *sitrep.Document
	if err := Walk(context.Background(), []string{"https://example.org/news/belun.html"}, opt, func(d *sitrep.Document, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		doc = d
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if doc.Encoding != "windows-1252 (HTTP header)" || !strings.Contains(doc.Raw, "déclaré") || len(doc.Notes) != 0 {
		t.Errorf("encoding %q, notes %q, text %q", doc.Encoding, doc.Notes, doc.Raw)
	}
}
