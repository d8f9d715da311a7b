package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sitrep serve as a user runs it: it says where it listens and whether
// writes are on, ingests a posted report through the flow, and stops
// cleanly on SIGTERM.
func TestServePostsAndStopsOnSIGTERM(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(bin, "serve", "--db", filepath.Join(dir, "s.db"), "--addr", "127.0.0.1:0")
	cmd.Env = append(filteredEnv(), "SITREP_TOKEN=cli-test-token")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stderr)
	var base, said string
	for lines.Scan() {
		said += lines.Text() + "\n"
		if m := regexp.MustCompile(`on (http://[^/]+)/`).FindStringSubmatch(lines.Text()); m != nil {
			base = m[1]
		}
		if strings.Contains(lines.Text(), "writes need the bearer token") {
			break
		}
	}
	if base == "" {
		t.Fatalf("no address in:\n%s", said)
	}
	req, _ := http.NewRequest("POST", base+"/api/documents?id=cli-post&published=2021-04-09",
		strings.NewReader("Gunmen killed three farmers near Gao in northern Mali on Thursday, officials said.\n"))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("Authorization", "Bearer cli-test-token")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 201 {
		t.Fatalf("POST: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Get(base + "/api/events?doc=cli-post")
	if err != nil {
		t.Fatal(err)
	}
	var page struct{ Events []map[string]any }
	json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if len(page.Events) != 1 {
		t.Errorf("%d events of the posted report, want 1", len(page.Events))
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(stderr)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v\n%s", err, rest)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("still running 20 s after SIGTERM")
	}
	if !strings.Contains(string(rest), "stopped") {
		t.Errorf("no 'stopped' in %q", rest)
	}
}

func TestServeRefusesBadFlags(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"serve", "--private"}, {"serve", "--max-body", "0"}, {"serve", "extra"}} {
		r := run(t, dir, "", nil, args...)
		if r.code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", args, r.code, r.stderr)
		}
	}
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	r := run(t, dir, "", nil, "serve", "--addr", taken.Addr().String(), "--db", filepath.Join(dir, "x.db"))
	if r.code != 1 || !strings.Contains(r.stderr, "listen") {
		t.Errorf("serving on a port in use: exit %d, %s", r.code, r.stderr)
	}
}

// A server without a token says at start that it refuses writes.
func TestServeWithoutTokenSaysWritesAreRefused(t *testing.T) {
	cmd := exec.Command(bin, "serve", "--db", filepath.Join(t.TempDir(), "s.db"), "--addr", "127.0.0.1:0")
	cmd.Env = filteredEnv()
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stderr)
	found := false
	// the second line, after the address
	for i := 0; i < 2 && !found && lines.Scan(); i++ {
		found = strings.Contains(lines.Text(), "writes are refused: SITREP_TOKEN is not set")
	}
	if !found {
		t.Error("no word at start that writes are refused")
	}
	cmd.Process.Signal(syscall.SIGTERM)
	io.Copy(io.Discard, stderr)
	cmd.Wait()
}
