package main

import (
	"fmt"
	"testing"

	"github.com/sitrep/sitrep"
)

// In a store that was empty when the run began, a document is looked up
// only when an earlier document of the run had its hash; what the look-up
// says is passed on as it is.
func TestFirstSeenLooksUpOnlyRepeatedHashes(t *testing.T) {
	var asked []string
	known := func(d *sitrep.Document) (string, bool) {
		asked = append(asked, d.Hash)
		if d.Hash == "h-stored" {
			return "doc-1", true
		}
		return "", false
	}
	f := firstSeen(known)
	cases := []struct {
		hash   string
		wantID string
		ask    bool
	}{
		{"h-stored", "", false}, // first of its hash: not looked up
		{"h-other", "", false},
		{"h-stored", "doc-1", true}, // seen before: looked up, found
		{"h-other", "", true},       // seen before: looked up, not found
		{"", "", true},              // no hash: left to the look-up
		{"", "", true},
	}
	for i, c := range cases {
		before := len(asked)
		id, ok := f(&sitrep.Document{Hash: c.hash})
		if id != c.wantID || ok != (c.wantID != "") {
			t.Errorf("case %d (%q): got %q %v, want %q", i, c.hash, id, ok, c.wantID)
		}
		if got := len(asked) > before; got != c.ask {
			t.Errorf("case %d (%q): looked up %v, want %v", i, c.hash, got, c.ask)
		}
	}
	// many distinct hashes: few false hits in a filter of seenBits
	asked = nil
	const n = 100000
	for i := range n {
		f(&sitrep.Document{Hash: fmt.Sprintf("%064x", i)})
	}
	if len(asked) > n/1000 {
		t.Errorf("%d of %d first-seen hashes looked up, want at most %d", len(asked), n, n/1000)
	}
}
