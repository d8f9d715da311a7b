package sqlite

import (
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/storetest"
)

// TestStoreSuite runs the behaviour every sitrep.Store shares (the same
// suite runs against store/postgres).
func TestStoreSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store { return openTemp(t) })
}
