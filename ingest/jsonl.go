package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
)

// jsonDoc is one document of a JSON Lines file.
type jsonDoc struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Published *string         `json:"published"`
	Outlet    string          `json:"outlet"`
}

// jsonl reads JSON Lines: one document per line; blank lines are skipped, a
// bad line is reported and the others are still read. A stream that breaks
// off (a truncated gzip) reports the break and emits no part of the line
// it cut.
func (w *walker) jsonl(origin, fileID string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, ErrTooBig) {
				if ferr := w.fail(origin, n, err); ferr != nil {
					return ferr
				}
				continue
			}
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = fmt.Errorf("truncated input (a cut gzip stream?): %w", err)
			}
			return w.fail(origin, n, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			d, lerr := parseJSONDoc(line, fmt.Sprintf("%s-%d", fileID, n))
			var ferr error
			if lerr != nil {
				ferr = w.failData(origin, n, line, lerr)
			} else {
				d.Origin = origin + ":" + strconv.Itoa(n)
				ferr = w.emit(d)
			}
			if ferr != nil {
				return ferr
			}
		}
		if err != nil { // io.EOF
			return nil
		}
	}
}

// readLine reads one line without its end; io.EOF comes with the last line.
// A line longer than MaxInput is skipped and reported as ErrTooBig.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxInput {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: line longer than %d MiB", ErrTooBig, MaxInput>>20)
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			return bytes.TrimRight(buf, "\r"), err
		}
		return bytes.TrimRight(buf[:len(buf)-1], "\r"), nil
	}
}

// json reads a .json file: an array of documents, or one document.
func (w *walker) json(origin, fileID string, data []byte) error {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(trimmed) == 0 {
		return w.failData(origin, 0, data, fmt.Errorf("%w file", ErrEmpty))
	}
	if trimmed[0] != '[' {
		// One object, or JSON Lines under a .json name.
		if bytes.Count(trimmed, []byte("\n")) > 0 && json.Valid(firstLine(trimmed)) {
			return w.jsonl(origin, fileID, bytes.NewReader(data))
		}
		d, err := parseJSONDoc(trimmed, fileID)
		if err != nil {
			return w.failData(origin, 0, data, err)
		}
		d.Origin = origin
		return w.emit(d)
	}
	var items []json.RawMessage
	if err := json.Unmarshal(trimmed, &items); err != nil {
		return w.failData(origin, 0, data, fmt.Errorf("not a JSON array of documents: %w", err))
	}
	for i, it := range items {
		d, err := parseJSONDoc(it, fmt.Sprintf("%s-%d", fileID, i+1))
		item := fmt.Sprintf("%s#%d", origin, i+1)
		var ferr error
		if err != nil {
			ferr = w.failData(item, 0, it, err)
		} else {
			d.Origin = item
			ferr = w.emit(d)
		}
		if ferr != nil {
			return ferr
		}
	}
	return nil
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i]
	}
	return b
}

// parseJSONDoc reads one JSON document object; defID names it when it has no id.
func parseJSONDoc(line []byte, defID string) (*sitrep.Document, error) {
	if err := checkUTF8(line); err != nil {
		return nil, err
	}
	var jd jsonDoc
	if err := json.Unmarshal(line, &jd); err != nil {
		return nil, fmt.Errorf("not JSON: %w", err)
	}
	d := &sitrep.Document{ID: defID, URL: strings.TrimSpace(jd.URL), Title: strings.TrimSpace(jd.Title), Outlet: strings.TrimSpace(jd.Outlet)}
	if id, err := jsonID(jd.ID); err != nil {
		return nil, err
	} else if id != "" {
		d.ID = id
	}
	if jd.Published != nil && strings.TrimSpace(*jd.Published) != "" {
		p, ok := parseMetaDate(*jd.Published)
		if !ok {
			return nil, fmt.Errorf("published %q is not a date (YYYY-MM-DD or RFC 3339)", *jd.Published)
		}
		d.Published = p
	}
	switch {
	case jd.Text != nil && strings.TrimSpace(*jd.Text) != "":
		d.Raw = strings.TrimPrefix(*jd.Text, "\ufeff")
		if d.Title != "" && !strings.Contains(d.Raw, d.Title) {
			// the headline is the report's first line, as a page prints
			// it: what it tells (a place, a toll) is the report's, and
			// read as a headline's
			d.Raw = d.Title + "\n\n" + d.Raw
		}
	case jd.HTML != nil && strings.TrimSpace(*jd.HTML) != "":
		page, err := ReadHTML([]byte(*jd.HTML), d.URL)
		if err != nil {
			return nil, err
		}
		d.Raw = page.Text
		if d.URL == "" {
			d.URL = page.URL
		}
		if d.Title == "" {
			d.Title = page.Title
		}
		if d.Outlet == "" {
			d.Outlet = page.Outlet
		}
		if d.Published.IsZero() {
			d.Published = page.Published
		}
	case jd.Text != nil || jd.HTML != nil:
		return nil, fmt.Errorf("%w: empty text", ErrEmpty)
	default:
		return nil, errors.New(`no "text" or "html" field`)
	}
	return d, nil
}

// jsonID reads an id given as a string or a number.
func jsonID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("id %s is neither a string nor a number", raw)
}

// metaLayouts are the date forms accepted in metadata fields.
var metaLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700",
}

// parseMetaDate reads a publication date from a metadata field: YYYY-MM-DD,
// YYYY/MM/DD, an ISO 8601 / RFC 3339 timestamp (the day as written, in the
// publisher's own time zone) or an RFC 1123 date.
func parseMetaDate(s string) (sitrep.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		head := strings.ReplaceAll(s[:10], "/", "-")
		if t, err := time.Parse(time.DateOnly, head); err == nil && (len(s) == 10 || s[10] == 'T' || s[10] == ' ' || s[10] == 't') {
			return sitrep.DateOf(t), true
		}
	}
	for _, l := range metaLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return sitrep.DateOf(t), true
		}
	}
	return "", false
}
