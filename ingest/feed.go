package ingest

import (
	"bytes"
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/sitrep/sitrep"
)

// feed reads an RSS, Atom (or JSON Feed) document: one Document per item.
// The body is the item's content, else its description; HTML bodies go
// through ReadHTML. Item ids are "<feed id>-<12 hex of sha1(guid, else
// link, else title)>", stable across re-reads of a changing feed; Origin is
// "<file>#<item number>".
func (w *walker) feed(origin, feedID string, data []byte) error {
	if err := checkBinary(data); err != nil {
		return w.failData(origin, 0, data, err)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return w.failData(origin, 0, data, fmt.Errorf("not a feed: %w", err))
	}
	if len(f.Items) == 0 {
		return w.failData(origin, 0, data, fmt.Errorf("%w: feed has no items", ErrEmpty))
	}
	outlet := strings.TrimSpace(f.Title)
	for i, it := range f.Items {
		itemOrigin := fmt.Sprintf("%s#%d", origin, i+1)
		d, err := feedItem(feedID, outlet, it)
		var ferr error
		if err != nil {
			ferr = w.failData(itemOrigin, 0, data, err)
		} else {
			d.Origin = itemOrigin
			ferr = w.emit(d)
		}
		if ferr != nil {
			return ferr
		}
	}
	return nil
}

// feedItem turns one feed item into a Document.
func feedItem(feedID, outlet string, it *gofeed.Item) (*sitrep.Document, error) {
	key := it.GUID
	if key == "" {
		key = it.Link
	}
	if key == "" {
		key = it.Title
	}
	sum := sha1.Sum([]byte(key))
	d := &sitrep.Document{
		ID:     feedID + "-" + hex.EncodeToString(sum[:])[:12],
		URL:    strings.TrimSpace(it.Link),
		Title:  strings.TrimSpace(it.Title),
		Outlet: outlet,
	}
	switch {
	case it.PublishedParsed != nil:
		d.Published = sitrep.DateOf(*it.PublishedParsed)
	case it.UpdatedParsed != nil:
		d.Published = sitrep.DateOf(*it.UpdatedParsed)
	}
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf("%w: feed item has neither content nor description", ErrNoText)
	}
	if looksHTML(body) {
		page, err := ReadHTML([]byte(body), d.URL)
		if err != nil {
			return nil, err
		}
		d.Raw = page.Text
	} else {
		d.Raw = strings.TrimSpace(body)
	}
	if err := checkUTF8([]byte(d.Raw)); err != nil {
		return nil, err
	}
	return d, nil
}

// looksHTML reports whether a feed body carries markup.
func looksHTML(s string) bool {
	i := strings.IndexByte(s, '<')
	if i < 0 || i+1 >= len(s) {
		return strings.Contains(s, "&lt;") || strings.Contains(s, "&amp;") || strings.Contains(s, "&#")
	}
	c := s[i+1]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!'
}

// url reads a document over HTTP(S).
func (w *walker) url(u string) error {
	get := w.opt.HTTPGet
	if get == nil {
		get = httpGet
	}
	body, ctype, err := get(w.ctx, u)
	if err != nil {
		return w.fail(u, 0, err)
	}
	pu, _ := url.Parse(u)
	name := ""
	if pu != nil {
		name = path.Base(pu.Path)
	}
	id := baseID(name)
	if id == "" || id == "/" || id == "." {
		id = strings.TrimPrefix(pu.Hostname(), "www.")
	}
	fm, gz := formatOf(name)
	mt, _, _ := mime.ParseMediaType(ctype)
	switch {
	case strings.Contains(mt, "html"):
		fm = formatHTML
	case strings.Contains(mt, "rss"), strings.Contains(mt, "atom"):
		fm = formatFeed
	case mt == "application/x-ndjson" || mt == "application/jsonl":
		fm = formatJSONL
	case mt == "application/gzip" || mt == "application/x-gzip":
		gz = true
	}
	if gz {
		zr, err := newGzip(bytes.NewReader(body))
		if err != nil {
			return w.fail(u, 0, err)
		}
		body, err = readLimited(zr)
		if err != nil {
			return w.fail(u, 0, gzipErr(err, true))
		}
	}
	return w.data(u, id, u, body, fm, ctype)
}

// httpGet is the default fetcher: one GET with a 30 s limit.
func httpGet(ctx context.Context, u string) ([]byte, string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", "sitrep (news report reader)")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		return nil, "", fmt.Errorf("fetch: HTTP %s", resp.Status)
	}
	body, err := readLimited(resp.Body)
	if err != nil {
		return nil, "", fmt.Errorf("fetch: %w", err)
	}
	return body, resp.Header.Get("Content-Type"), nil
}
