//go:build trafilatura

package ingest

import (
	"net/url"

	"github.com/markusmobius/go-trafilatura"
	"github.com/sitrep/sitrep"
	"golang.org/x/net/html"
)

// With -tags trafilatura, pages go through go-trafilatura (fallback
// extractors on; publication dates by go-htmldate) before sitrep's own
// reader, which takes over when it finds no text. Build or test with
// `go build -tags trafilatura ./cmd/sitrep`. The price is start-up
// time: see contentExtractor.
func init() {
	contentExtractor = func(root *html.Node, pageURL string) (*html.Node, string, string, sitrep.Date, error) {
		opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
		if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
			opts.OriginalURL = u
		}
		r, err := trafilatura.ExtractDocument(root, opts)
		if err != nil {
			return nil, "", "", "", err
		}
		var pub sitrep.Date
		if !r.Metadata.Date.IsZero() {
			pub = sitrep.DateOf(r.Metadata.Date)
		}
		return r.ContentNode, r.Metadata.Title, r.Metadata.Sitename, pub, nil
	}
}
