package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// How a page's character encoding was known, from surest to least sure,
// in the order the HTML standard consults them (a page that is valid
// UTF-8 is read as UTF-8 first, whatever a stale declaration says).
const (
	EncodingUTF8   = "utf-8"
	encodingBOM    = "byte-order mark"
	encodingHeader = "HTTP header"
	encodingMeta   = "meta charset"
	encodingGuess  = "assumed"
)

// metaCharset finds a charset declaration in a page's head, as
// <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)`)

// decodeHTML turns a page into UTF-8 and says how its encoding was known:
// "utf-8", or "<charset> (<how>)" where how is the byte-order mark, the
// HTTP header (contentType), the page's meta charset, or "assumed: …" when
// the page is not UTF-8 and declares nothing usable, which is then read as
// windows-1252 (the HTML standard's default, a superset of Latin-1).
func decodeHTML(src []byte, contentType string) (out []byte, how string, err error) {
	if utf8.Valid(src) {
		return src, EncodingUTF8, nil
	}
	enc, name, from := determine(src, contentType)
	if name == "utf-8" {
		// declared UTF-8 but it is not: a broken page, not another encoding
		return nil, "", checkUTF8(src)
	}
	out, err = enc.NewDecoder().Bytes(src)
	if err != nil {
		return nil, "", fmt.Errorf("decode %s: %w", name, err)
	}
	return out, name + " (" + from + ")", nil
}

// determine picks a non-UTF-8 page's encoding.
func determine(src []byte, contentType string) (encoding.Encoding, string, string) {
	head := src
	if len(head) > 1024 {
		head = head[:1024]
	}
	for _, b := range []struct {
		bom  string
		name string
	}{{"\xef\xbb\xbf", "utf-8"}, {"\xfe\xff", "utf-16be"}, {"\xff\xfe", "utf-16le"}} {
		if bytes.HasPrefix(head, []byte(b.bom)) {
			if e, name := charset.Lookup(b.name); e != nil {
				return e, name, encodingBOM
			}
		}
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if e, name := charset.Lookup(params["charset"]); e != nil {
			return e, name, encodingHeader
		}
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		if e, name := charset.Lookup(string(m[1])); e != nil {
			return e, name, encodingMeta
		}
		return charmap.Windows1252, "windows-1252", fmt.Sprintf("%s: the page declares %q, which is no known charset", encodingGuess, m[1])
	}
	return charmap.Windows1252, "windows-1252", encodingGuess + ": not UTF-8 and no charset declared"
}
