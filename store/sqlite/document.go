package sqlite

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	kflate "github.com/klauspost/compress/flate"

	"github.com/sitrep/sitrep"
)

// How a document's texts are kept. The raw and cleaned texts are stored
// DEFLATE-compressed, as BLOBs (a news report shrinks to about 40%); rows
// written before that hold them as TEXT, and are read as they are (the
// column's type tells the two apart). The text of a dropped stretch is
// not stored again: it is the raw text at the stretch's span, so a page
// whose cleaning dropped most of it is kept once, not twice.

// writers are reused flate compressors: klauspost/compress's, at its
// level 3, which writes the same DEFLATE format (read back by the
// standard library's reader) in less than half the CPU of the standard
// library's fastest level, and a little smaller (10,000 generated reports'
// texts: 0.33 -> 0.15 s of CPU, 52.0% -> 50.6% of their size). Ingest
// compresses every report's raw and cleaned texts.
var writers = sync.Pool{New: func() any {
	w, _ := kflate.NewWriter(nil, 3)
	return w
}}

// pack compresses a text for a BLOB column; "" stays empty.
func pack(s string) []byte {
	if s == "" {
		return []byte{}
	}
	var b bytes.Buffer
	b.Grow(len(s)/2 + 16)
	w := writers.Get().(*kflate.Writer)
	w.Reset(&b)
	io.WriteString(w, s) // writes to a bytes.Buffer do not fail
	w.Close()
	writers.Put(w)
	return b.Bytes()
}

// unpack reads a column written by pack, or a plain TEXT one.
func unpack(b []byte, compressed bool) (string, error) {
	if !compressed {
		return string(b), nil
	}
	if len(b) == 0 {
		return "", nil
	}
	out, err := io.ReadAll(flate.NewReader(bytes.NewReader(b)))
	if err != nil {
		return "", fmt.Errorf("decompress: %w", err)
	}
	return string(out), nil
}

// droppedJSON is a dropped stretch as stored: its span and rule.
type droppedJSON struct {
	Raw  sitrep.Span `json:"raw"`
	Rule string      `json:"rule"`
	Text *string     `json:"text,omitempty"` // only in rows written before texts were kept once
}

// encodeDropped writes the dropped stretches without their text.
func encodeDropped(ds []sitrep.Dropped) (any, error) {
	if len(ds) == 0 {
		return nil, nil
	}
	out := make([]droppedJSON, len(ds))
	for i, d := range ds {
		out[i] = droppedJSON{Raw: d.Raw, Rule: d.Rule}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// decodeDropped reads the stretches back, taking each one's text from raw.
func decodeDropped(b []byte, raw string) ([]sitrep.Dropped, error) {
	if len(b) == 0 {
		return nil, nil
	}
	var in []droppedJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return nil, err
	}
	out := make([]sitrep.Dropped, len(in))
	for i, d := range in {
		out[i] = sitrep.Dropped{Raw: d.Raw, Rule: d.Rule}
		switch {
		case d.Text != nil:
			out[i].Text = *d.Text
		case 0 <= d.Raw.Start && d.Raw.Start <= d.Raw.End && d.Raw.End <= len(raw):
			out[i].Text = raw[d.Raw.Start:d.Raw.End]
		default:
			return nil, fmt.Errorf("dropped stretch %d–%d lies outside the raw text (%d bytes)", d.Raw.Start, d.Raw.End, len(raw))
		}
	}
	return out, nil
}

// documentColumns are the columns scanDocument reads, in order.
const documentColumns = `id, hash, origin, url, outlet, title, published, published_how,
	duplicate_of, raw, typeof(raw) = 'blob', text, typeof(text) = 'blob', dropped, encoding, notes, superseded_by`

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanDocument reads the documentColumns of a row.
func scanDocument(sc scanner) (*sitrep.Document, error) {
	var d sitrep.Document
	var published *string
	var raw, text, dropped, notes []byte
	var rawZ, textZ bool
	if err := sc.Scan(&d.ID, &d.Hash, &d.Origin, &d.URL, &d.Outlet, &d.Title, &published, &d.PublishedHow,
		&d.DuplicateOf, &raw, &rawZ, &text, &textZ, &dropped, &d.Encoding, &notes, &d.SupersededBy); err != nil {
		return nil, err
	}
	if len(notes) > 0 {
		if err := json.Unmarshal(notes, &d.Notes); err != nil {
			return nil, fmt.Errorf("document %q: decode notes: %w", d.ID, err)
		}
	}
	if published != nil {
		d.Published = sitrep.Date(*published)
	}
	var err error
	if d.Raw, err = unpack(raw, rawZ); err != nil {
		return nil, fmt.Errorf("document %q: raw text: %w", d.ID, err)
	}
	if d.Text, err = unpack(text, textZ); err != nil {
		return nil, fmt.Errorf("document %q: text: %w", d.ID, err)
	}
	if d.Dropped, err = decodeDropped(dropped, d.Raw); err != nil {
		return nil, fmt.Errorf("document %q: decode dropped text: %w", d.ID, err)
	}
	return &d, nil
}
