// Package examples holds the example reports that `sitrep demo` runs the
// whole flow on. They are fictional, written for sitrep, and cover the
// formats sitrep reads (plain text with page noise, JSON Lines, HTML) and
// the kinds of incident it extracts.
package examples

import "embed"

// Files holds the example reports, named as they would be on disk.
//
//go:embed *.txt *.jsonl *.html
var Files embed.FS
