package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// format names an input format.
type format string

// The formats a reader exists for.
const (
	formatText  format = "text"
	formatHTML  format = "html"
	formatJSONL format = "jsonl"
	formatJSON  format = "json"
	formatFeed  format = "feed"
)

// extFormats maps file extensions (lower case, with dot) to formats.
var extFormats = map[string]format{
	".txt": formatText, ".text": formatText,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML,
	".jsonl": formatJSONL, ".ndjson": formatJSONL,
	".json": formatJSON,
	".xml":  formatFeed, ".rss": formatFeed, ".atom": formatFeed,
}

// formatOf returns the format a file name announces ("" when it must be
// sniffed: no extension or an unknown one) and whether it is gzipped.
func formatOf(name string) (format, bool) {
	lower := strings.ToLower(name)
	gz := false
	if strings.HasSuffix(lower, ".gz") {
		gz = true
		lower = strings.TrimSuffix(lower, ".gz")
	}
	return extFormats[filepath.Ext(lower)], gz
}

// baseID is a file's document id: its name without ".gz" and a known or
// short alphabetic extension ("002_ab12.txt" → "002_ab12", "x.txt.gz" → "x").
func baseID(name string) string {
	id := name
	if strings.HasSuffix(strings.ToLower(id), ".gz") {
		id = id[:len(id)-3]
	}
	ext := filepath.Ext(id)
	if ext != "" && ext != id && isExtension(ext) {
		id = id[:len(id)-len(ext)]
	}
	if id == "" {
		return name
	}
	return id
}

// isExtension reports whether ext (with its dot) looks like a file type
// rather than part of a name: known, or 1–5 letters.
func isExtension(ext string) bool {
	if _, ok := extFormats[strings.ToLower(ext)]; ok {
		return true
	}
	if len(ext) < 2 || len(ext) > 6 {
		return false
	}
	for _, c := range ext[1:] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// isHTTP reports whether a path is an http(s) URL.
func isHTTP(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// sniff guesses the format of content that came without a known extension.
func sniff(data []byte) format {
	head := data
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(lower, []byte("<?xml")):
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			return formatFeed
		}
		if bytes.Contains(lower, []byte("<html")) {
			return formatHTML
		}
		return formatFeed
	case bytes.HasPrefix(lower, []byte("<rss")), bytes.HasPrefix(lower, []byte("<feed")):
		return formatFeed
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.HasPrefix(lower, []byte("<head")), bytes.HasPrefix(lower, []byte("<body")),
		bytes.HasPrefix(lower, []byte("<!--")) && bytes.Contains(lower, []byte("<html")):
		return formatHTML
	case bytes.HasPrefix(head, []byte("{")):
		return formatJSONL
	case bytes.HasPrefix(head, []byte("[")):
		return formatJSON
	}
	return formatText
}

// readLimited reads all of r, failing past MaxInput.
func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxInput {
		return nil, fmt.Errorf("%w: more than %d MiB", ErrTooBig, MaxInput>>20)
	}
	return data, nil
}

// newGzip opens a gzip stream, naming a bad header as such.
func newGzip(r io.Reader) (*gzip.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%w: empty gzip file", ErrEmpty)
		}
		return nil, fmt.Errorf("not gzip: %w", err)
	}
	return zr, nil
}

// gzipErr words a read error of a gzip stream.
func gzipErr(err error, gz bool) error {
	if !gz {
		return err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("truncated gzip: %w", err)
	}
	return fmt.Errorf("gzip: %w", err)
}

// checkBinary fails on content that is not text: NUL bytes, or more than
// one control character in ten among the first 8 KiB.
func checkBinary(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("%w file", ErrEmpty)
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f {
			ctl++
		}
	}
	if ctl*10 > len(head) {
		return fmt.Errorf("%w (%d control characters in the first %d bytes)", ErrBinary, ctl, len(head))
	}
	return nil
}

// checkText validates a plain-text document and returns it without a
// leading byte-order mark.
func checkText(data []byte) (string, error) {
	if err := checkBinary(data); err != nil {
		return "", err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if err := checkUTF8(data); err != nil {
		return "", err
	}
	return string(data), nil
}

// checkUTF8 says where data stops being UTF-8.
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w <= 1 {
			return fmt.Errorf("%w: invalid byte 0x%02x at offset %d", ErrNotUTF8, data[i], i)
		}
		i += w
	}
	return ErrNotUTF8
}
