package ingest

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// collect is a walker that keeps what it is given.
func collect() (*walker, *[]*sitrep.Document, *[]*Error) {
	var docs []*sitrep.Document
	var fails []*Error
	w := &walker{ctx: context.Background(), fn: func(d *sitrep.Document, err error) error {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				return err
			}
			fails = append(fails, e)
			return nil
		}
		docs = append(docs, d)
		return nil
	}}
	return w, &docs, &fails
}

// checkDocs holds what every reader promises of the documents it emits.
func checkDocs(t *testing.T, docs []*sitrep.Document, origin string) {
	t.Helper()
	for _, d := range docs {
		if d.ID == "" {
			t.Errorf("a document without id from %s", d.Origin)
		}
		if strings.TrimSpace(d.Raw) == "" || !utf8.ValidString(d.Raw) {
			t.Errorf("document %s: Raw empty or not UTF-8", d.ID)
		}
		if !strings.HasPrefix(d.Origin, origin) {
			t.Errorf("document %s: origin %q, not of %s", d.ID, d.Origin, origin)
		}
		if d.Hash == "" {
			t.Errorf("document %s: no hash", d.ID)
		}
	}
}

// FuzzFeed: any bytes read as a feed give documents from its items or
// failures naming the file, never a panic.
func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Blast</title><guid>g1</guid>` +
		`<description>A car bomb killed four people in the market on Tuesday.</description><pubDate>Tue, 10 Jan 2017 08:00:00 GMT</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>e1</id><title>x</title>` +
		`<content type="html">&lt;p&gt;Clashes broke out near the bridge.&lt;/p&gt;</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","title":"J","items":[{"id":"1","content_text":"Shelling hit the port."}]}`))
	f.Add([]byte(`<rss><channel></channel></rss>`))
	f.Add([]byte("\x00\x01binary"))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, docs, fails := collect()
		if err := w.feed("news.xml", "news", data); err != nil {
			t.Fatalf("feed returned %v; failures go to fn", err)
		}
		checkDocs(t, *docs, "news.xml#")
		for _, d := range *docs {
			if !strings.HasPrefix(d.ID, "news-") {
				t.Errorf("item id %q", d.ID)
			}
		}
		for _, e := range *fails {
			if !strings.HasPrefix(e.Origin, "news.xml") {
				t.Errorf("failure of %q", e.Origin)
			}
		}
	})
}

// FuzzJSONLines: any stream read as JSON Lines gives a document or a
// failure naming its line for each line with content, never a panic.
func FuzzJSONLines(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"Gunmen attacked a checkpoint.\"}\n{\"id\":\"b\",\"html\":\"<p>Two soldiers were hurt.</p>\"}\n"))
	f.Add([]byte("{\"text\":\"no id here\"}\r\n\n  \n{broken\n"))
	f.Add([]byte("{\"id\":\"c\",\"text\":\"x\",\"published\":\"2017-13-45\"}"))
	f.Add([]byte("[{\"id\":1}]\n\"just a string\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, docs, fails := collect()
		if err := w.jsonl("in.jsonl", "in", bytes.NewReader(data)); err != nil {
			t.Fatalf("jsonl returned %v; failures go to fn", err)
		}
		checkDocs(t, *docs, "in.jsonl:")
		lines := 0
		for _, l := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				lines++
			}
		}
		if got := len(*docs) + len(*fails); got > lines {
			t.Errorf("%d documents and failures from %d lines", got, lines)
		}
		for _, e := range *fails {
			if e.Origin != "in.jsonl" || e.Line < 1 {
				t.Errorf("failure at %q line %d", e.Origin, e.Line)
			}
		}
	})
}
