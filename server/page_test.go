package server

import (
	"context"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"

	"github.com/sitrep/sitrep"
)

// GET /api/events writes the store's records as they are (EventsPageJSON):
// its answer is, byte for byte, what encoding the events EventsPage
// decodes gives, for every order, page and cursor, reports with markup
// included.
func TestEventsPageAsStoredIsTheEncodedPage(t *testing.T) {
	f := newFixture(t, Config{})
	ctx := context.Background()
	for _, order := range sitrep.Orders {
		for _, limit := range []int{2, 100} {
			cur := ""
			for range 10 {
				path := "/api/events?order=" + url.QueryEscape(string(order)) + "&limit=" + strconv.Itoa(limit)
				if cur != "" {
					path += "&cursor=" + url.QueryEscape(cur)
				}
				status, _, got := call(t, f.ts.URL, "GET", path, "", "", nil)
				if status != 200 {
					t.Fatalf("%s: status %d", path, status)
				}
				evs, next, err := f.st.EventsPage(ctx, sitrep.EventFilter{Limit: limit}, order, cur)
				if err != nil {
					t.Fatal(err)
				}
				if evs == nil {
					evs = []sitrep.Event{}
				}
				rec := httptest.NewRecorder()
				if err := writeJSON(rec, 200, map[string]any{"events": evs, "next": next}); err != nil {
					t.Fatal(err)
				}
				if want := rec.Body.String(); string(got) != want {
					t.Fatalf("%s:\ngot  %s\nwant %s", path, got, want)
				}
				if next == "" {
					break
				}
				cur = next
			}
		}
	}
}
