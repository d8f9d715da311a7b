package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/store/sqlite"
)

// FuzzPostDocuments: any body under any of the content types a client may
// send to POST /api/documents is answered with a status under 500 and a
// JSON body, never a panic; what reaches the ingest flow is JSON Lines
// whose lines are each valid JSON.
func FuzzPostDocuments(f *testing.F) {
	for _, s := range []struct {
		ct   byte
		body string
	}{
		{0, `{"id":"a","text":"Gunmen attacked a checkpoint near Gao on Monday."}`},
		{1, "{\"id\":\"b\",\"text\":\"x\"}\n{broken\n"},
		{2, "Two soldiers were wounded in a blast."},
		{3, "<p>Shelling hit the port.</p>"},
		{0, `[1,2,3]`},
		{4, "\xff\xfe"},
		{2, "\xff\xfe not utf-8"},
	} {
		f.Add(s.ct, s.body, "2017-03-01")
	}
	types := []string{"application/json", "application/x-ndjson", "text/plain", "text/html", "application/octet-stream", "text/plain; charset=utf-8", ""}
	st, err := sqlite.Open(context.Background(), filepath.Join(f.TempDir(), "s.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	var lastBody []byte
	srv, err := New(Config{Store: st, Token: "t", MaxBody: 1 << 16, Ingest: func(ctx context.Context, body io.Reader) (IngestResult, error) {
		b, err := io.ReadAll(body)
		lastBody = b
		return IngestResult{Added: 1}, err
	}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, ct byte, body, published string) {
		lastBody = nil
		url := "/api/documents"
		typ := types[int(ct)%len(types)]
		if typ == "text/plain" || typ == "text/html" {
			url += "?published=" + published
		}
		req, err := http.NewRequest("POST", url, bytes.NewReader([]byte(body)))
		if err != nil {
			return // not a URL a client can send
		}
		req.Header.Set("Content-Type", typ)
		req.Header.Set("Authorization", "Bearer t")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s %q: status %d %s", typ, body, rec.Code, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Errorf("%s %q: answer is not JSON: %q", typ, body, rec.Body)
		}
		for i, line := range bytes.Split(lastBody, []byte("\n")) {
			if len(bytes.TrimSpace(line)) > 0 && !json.Valid(line) {
				t.Errorf("%s %q: line %d handed to ingest is not JSON: %q", typ, body, i+1, line)
			}
		}
	})
}
