// Package ingest reads reports into sitrep Documents: plain text, HTML pages
// (main content and page metadata), JSON Lines, RSS/Atom feeds and gzip
// copies of each, from files, directories, standard input or HTTP URLs.
//
// Every input either becomes one or more Documents or is reported as an
// *Error naming the file (and line) and the reason: nothing is dropped
// silently. Readers take metadata only from the format itself (JSON fields,
// HTML meta tags, feed items); dates and outlets found in the text or the
// URL are the business of package clean.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep"
)

// Error is a failed input: the file (and line) and the reason, one line when
// printed ("docs.jsonl:7: not JSON: invalid character 'x'").
type Error struct {
	Origin string // file path, URL, "stdin", or "feed.xml#3" for a feed item
	Line   int    // 1-based line of a JSON Lines file, 0 when the whole input failed
	Err    error
	// Hash is the content hash (see Hash) of the bytes that failed: the
	// file, the JSON line or array item, the feed; empty when they could
	// not be read. It tells one bad input from another under the same name.
	Hash string
}

// Error prints the failure as "origin[:line]: reason".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Origin, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Origin, e.Err)
}

// Unwrap gives the reason, for errors.Is.
func (e *Error) Unwrap() error { return e.Err }

// Reasons an input fails, for errors.Is on an *Error.
var (
	// ErrSkipped marks an entry a directory walk did not read on purpose
	// (a hidden file or directory, a link to a directory). Callers may treat
	// it as a notice rather than a failure.
	ErrSkipped = errors.New("skipped")
	ErrBinary  = errors.New("binary content, not text")
	ErrNotUTF8 = errors.New("not UTF-8")
	ErrEmpty   = errors.New("empty")
	ErrTooBig  = errors.New("too large")
	ErrNoText  = errors.New("no text")
)

// MaxInput is the largest single document (or decompressed file other than
// JSON Lines, which is read a line at a time) that a reader accepts.
const MaxInput = 64 << 20

// Options tunes a Walk.
type Options struct {
	Published sitrep.Date // default publication date for documents that carry none (--published)
	Stdin     io.Reader   // what "-" reads; os.Stdin when nil
	// HTTPGet fetches an http(s) path; nil uses a plain GET with a time
	// limit. Tests and offline callers can replace or forbid it.
	HTTPGet func(ctx context.Context, url string) (body []byte, contentType string, err error)
	// Skip, when set, names files a directory walk leaves out (reported
	// with ErrSkipped): the store being written into, say.
	Skip func(path string) bool
	// Read, when set, is called as files are read with the number of
	// bytes just read from the file (compressed bytes for gzip), so that
	// a caller can tell how far a walk is against Size.
	Read func(n int)
}

// Size is the number of bytes of the files a Walk of paths would read,
// with the rules of Walk (hidden entries, links to directories and
// Options.Skip left out); ok is false when a path is stdin or a URL, whose
// size is not known before they are read. Paths that cannot be read count
// nothing.
func Size(paths []string, opt Options) (n int64, ok bool) {
	for _, p := range paths {
		if p == "-" || isHTTP(p) {
			return 0, false
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			n += fi.Size()
			continue
		}
		filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if q != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || opt.Skip != nil && opt.Skip(q) {
				return nil
			}
			if fi, err := os.Stat(q); err == nil && !fi.IsDir() {
				n += fi.Size()
			}
			return nil
		})
	}
	return n, true
}

// counted calls fn with the bytes each Read of r reads.
type counted struct {
	r  io.Reader
	fn func(int)
}

func (c counted) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	if n > 0 {
		c.fn(n)
	}
	return n, err
}

// Walk reads every path (file, directory recursively in lexical order, "-"
// for stdin, http(s) URL) and calls fn once per document or per failed input
// (doc nil, err an *Error). It stops early only when fn returns an error or
// ctx is cancelled, and returns that error.
//
// Documents carry Raw, Origin, URL, Title, Outlet and Published (with
// PublishedHow "metadata") as the format gives them, Options.Published when
// it gives none (PublishedHow "unknown" when neither does), and Hash, the hex
// SHA-256 of Raw. Ids are the JSON "id", else the file name without its
// extensions ("reports/002_ab12.txt" → "002_ab12", "x.txt.gz" → "x"), else
// "<file>-<line>" for a JSON line without id, "<feed>-<12 hex of
// sha1(guid|link|title)>" for a feed item, and "stdin" for text on stdin.
//
// In a directory, hidden entries (names starting with ".") and links to
// directories are not read and are reported with ErrSkipped; files of an
// unknown extension are read when their content is text and reported with
// ErrBinary otherwise.
func Walk(ctx context.Context, paths []string, opt Options, fn func(doc *sitrep.Document, err error) error) error {
	w := &walker{ctx: ctx, opt: opt, fn: fn}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case p == "-":
			err = w.stdin()
		case isHTTP(p):
			err = w.url(p)
		default:
			err = w.path(p)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// walker carries one Walk's state.
type walker struct {
	ctx context.Context
	opt Options
	fn  func(*sitrep.Document, error) error
}

// fail reports a failed input whose bytes could not be read.
func (w *walker) fail(origin string, line int, err error) error {
	return w.fn(nil, &Error{Origin: origin, Line: line, Err: err})
}

// failData reports a failed input with the bytes that failed.
func (w *walker) failData(origin string, line int, data []byte, err error) error {
	return w.fn(nil, &Error{Origin: origin, Line: line, Err: err, Hash: Hash(string(data))})
}

// emit finishes a document (defaults, hash) and hands it over.
func (w *walker) emit(d *sitrep.Document) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if d.Published.IsZero() && !w.opt.Published.IsZero() {
		d.Published = w.opt.Published
	}
	if d.Published.IsZero() {
		d.PublishedHow = sitrep.DateUnknown
	} else if d.PublishedHow == "" {
		d.PublishedHow = sitrep.DateFromMetadata
	}
	d.Hash = Hash(d.Raw)
	return w.fn(d, nil)
}

// Hash is the content hash of a document: hex SHA-256 of its raw text.
func Hash(raw string) string {
	sum := sha256.Sum256([]byte(raw))
	return hex.EncodeToString(sum[:])
}

func (w *walker) stdin() error {
	r := w.opt.Stdin
	if r == nil {
		r = os.Stdin
	}
	data, err := readLimited(r)
	if err != nil {
		return w.fail("stdin", 0, err)
	}
	return w.data("stdin", "stdin", "", data, "", "")
}

// path reads one file or directory given by the user.
func (w *walker) path(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return w.fail(p, 0, cleanPathErr(err))
	}
	if !fi.IsDir() {
		return w.file(p)
	}
	files := 0 // files handed to w.file
	err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if cerr := w.ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			return w.fail(q, 0, cleanPathErr(err))
		}
		if q != p && strings.HasPrefix(d.Name(), ".") {
			if ferr := w.fail(q, 0, fmt.Errorf("%w: hidden", ErrSkipped)); ferr != nil {
				return ferr
			}
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if w.opt.Skip != nil && w.opt.Skip(q) {
			return w.fail(q, 0, fmt.Errorf("%w: sitrep's own store", ErrSkipped))
		}
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(q)
			if err != nil {
				return w.fail(q, 0, cleanPathErr(err))
			}
			if fi.IsDir() {
				return w.fail(q, 0, fmt.Errorf("%w: link to a directory", ErrSkipped))
			}
		} else if !d.Type().IsRegular() {
			return w.fail(q, 0, fmt.Errorf("%w: not a regular file", ErrSkipped))
		}
		files++
		return w.file(q)
	})
	if err == nil && files == 0 {
		// said, so that an empty folder is not a silent run of nothing
		err = w.fail(p, 0, fmt.Errorf("%w: a folder with no files to read in it", ErrSkipped))
	}
	return err
}

// cleanPathErr drops the path that *fs.PathError repeats, since Error
// already names it.
func cleanPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// file reads one file of any supported format.
func (w *walker) file(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return w.fail(p, 0, cleanPathErr(err))
	}
	defer f.Close()
	name := filepath.Base(p)
	fm, gz := formatOf(name)
	var r io.Reader = f
	if w.opt.Read != nil {
		r = counted{f, w.opt.Read}
	}
	if gz {
		zr, err := newGzip(r)
		if err != nil {
			return w.fail(p, 0, err)
		}
		defer zr.Close()
		r = zr
	}
	if fm == formatJSONL {
		return w.jsonl(p, baseID(name), r)
	}
	data, err := readLimited(r)
	if err != nil {
		return w.fail(p, 0, gzipErr(err, gz))
	}
	return w.data(p, baseID(name), "", data, fm, "")
}

// data reads a whole input whose format is fm (sniffed when empty);
// contentType is the HTTP header it came with, if any.
func (w *walker) data(origin, id, url string, data []byte, fm format, contentType string) error {
	if fm == "" {
		fm = sniff(data)
	}
	switch fm {
	case formatJSONL:
		return w.jsonl(origin, id, strings.NewReader(string(data)))
	case formatJSON:
		return w.json(origin, id, data)
	case formatFeed:
		return w.feed(origin, id, data)
	case formatHTML:
		if err := checkBinary(data); err != nil {
			return w.failData(origin, 0, data, err)
		}
		page, err := ReadHTMLAs(data, url, contentType)
		if err != nil {
			return w.failData(origin, 0, data, err)
		}
		d := &sitrep.Document{
			ID: id, Origin: origin, URL: page.URL, Title: page.Title, Outlet: page.Outlet,
			Published: page.Published, Raw: page.Text, Encoding: page.Encoding,
		}
		if strings.Contains(page.Encoding, "(assumed") {
			d.Notes = append(d.Notes, "read as "+page.Encoding+"; letters outside ASCII may be wrong")
		}
		return w.emit(d)
	default:
		text, err := checkText(data)
		if err != nil {
			return w.failData(origin, 0, data, err)
		}
		return w.emit(&sitrep.Document{ID: id, Origin: origin, URL: url, Raw: text})
	}
}
