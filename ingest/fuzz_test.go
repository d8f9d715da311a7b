package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseJSONDoc(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Shelling in the north.","published":"2020-01-02"}`))
	f.Add([]byte(`{"id":7,"html":"<p>A blast in the market.</p>"}`))
	f.Add([]byte(`{"text":""}`))
	f.Add([]byte(`{"id":{"x":1},"text":"x"}`))
	f.Add([]byte("not json"))
	f.Fuzz(func(t *testing.T, line []byte) {
		d, err := parseJSONDoc(line, "def")
		if err != nil {
			if d != nil {
				t.Fatal("document and error together")
			}
			return
		}
		if strings.TrimSpace(d.Raw) == "" {
			t.Errorf("empty document accepted from %q", line)
		}
		if d.ID == "" {
			t.Errorf("document without id from %q", line)
		}
		if !utf8.ValidString(d.Raw) {
			t.Errorf("Raw is not UTF-8")
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><head><title>A - B</title></head><body><article><p>Text, with commas, enough of it to count as a paragraph here.</p></article></body></html>`))
	f.Add([]byte(`<p>one<br>two</p><div class="comments"><p>hi</p></div>`))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"datePublished":"2019-01-02"}]}</script><p>x</p>`))
	f.Add([]byte("<meta charset=\"windows-1256\"><p>\xc7\xe1</p>"))
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := ReadHTML(src, "")
		if err != nil {
			return
		}
		if strings.TrimSpace(p.Text) == "" {
			t.Error("page without text accepted")
		}
		if !utf8.ValidString(p.Text) {
			t.Error("Text is not UTF-8")
		}
		if strings.Contains(p.Text, "\n\n\n") {
			t.Errorf("more than one blank line between paragraphs: %q", p.Text)
		}
		if p.Published != "" && len(p.Published) != 10 {
			t.Errorf("Published %q", p.Published)
		}
	})
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{"<?xml version=\"1.0\"?><rss>", "<!DOCTYPE html>", "{\"id\":1}", "[{}]", "plain words"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		switch sniff(data) {
		case formatText, formatHTML, formatJSONL, formatJSON, formatFeed:
		default:
			t.Errorf("unknown format for %q", data)
		}
	})
}
