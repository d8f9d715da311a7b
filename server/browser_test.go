package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/sitrep/sitrep/store/sqlite"
)

// browserPath finds a Chromium to drive, or "" (the Debian package is
// chromium; .ci/run installs it when missing).
func browserPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// corpusPaths are the shared corpora the browser test loads besides the
// fixture reports, when ../shared is there.
func corpusPaths(t *testing.T) []string {
	var out []string
	for _, name := range []string{"seeds", "news-dev"} {
		p := filepath.Join("..", "..", "shared", "corpus", name, "docs.jsonl")
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		t.Log("../shared not present: the browser test runs on the fixture reports alone")
	}
	return out
}

// TestBrowser drives headless Chromium through the UI as a person would:
// the map, timeline and list render, a type filter and a brushed range of
// dates narrow map and list and stay in the URL, an event page shows its
// sources with the evidence marked, and report markup stays text.
// SITREP_UI_SCREENSHOTS names a folder to keep the screenshots in (the one
// in docs/ was made so).
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chrome := browserPath()
	if chrome == "" {
		t.Skip("no Chromium on PATH (apt-get install chromium): browser test skipped")
	}
	f := newFixture(t, Config{})
	ctx := context.Background()
	if paths := corpusPaths(t); len(paths) > 0 {
		if _, err := ingestInto(ctx, t, f.st, paths, nil); err != nil {
			t.Fatal(err)
		}
	}
	shots := os.Getenv("SITREP_UI_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.WindowSize(1400, 900))
	actx, cancel := chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancel = context.WithTimeout(bctx, 90*time.Second)
	defer cancel()

	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(expr string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return v
	}
	// settled waits until no request of the page is in flight.
	settled := func() {
		t.Helper()
		if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.body.dataset.loading === "0"`, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
			t.Fatalf("page did not settle: %v", err)
		}
		time.Sleep(200 * time.Millisecond) // let Leaflet and uPlot draw
	}
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		if err := os.WriteFile(filepath.Join(shots, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	num := func(expr string) int {
		t.Helper()
		var n int
		fmt.Sscan(eval("String("+expr+")"), &n)
		return n
	}

	do("open the UI", chromedp.Navigate(f.ts.URL+"/"))
	settled()
	markers := num(`document.querySelectorAll(".leaflet-overlay-pane path.marker").length`)
	if markers == 0 || markers != num(`Number(document.getElementById("map").dataset.markers)`) {
		t.Fatalf("%d markers drawn", markers)
	}
	if num(`document.querySelectorAll(".leaflet-pane path").length`) <= markers {
		t.Error("no country outlines under the markers")
	}
	rows := num(`document.querySelectorAll("#list tbody tr").length`)
	if rows == 0 {
		t.Fatal("no rows in the list")
	}
	if num(`document.querySelectorAll("#timeline canvas").length`) == 0 {
		t.Fatal("no timeline")
	}
	shot("browse.png")

	// a filter narrows map and list and stays in the URL
	do("filter by type",
		chromedp.SetValue("#filters select[name=type]", "Battles"),
		chromedp.Click(`#filters button[type="submit"]`))
	settled()
	if loc := eval(`location.search`); !strings.Contains(loc, "type=Battles") {
		t.Errorf("URL %q does not keep the filter", loc)
	}
	types := eval(`Array.from(document.querySelectorAll("#list tbody tr td:nth-child(2)")).map(td => td.textContent).join("|")`)
	battles := num(`document.querySelectorAll("#list tbody tr").length`)
	if battles == 0 || battles >= rows {
		t.Errorf("filtered list has %d rows of %d: %s", battles, rows, types)
	}

	// brushing the timeline picks dates, which filter map and list
	do("reset", chromedp.Click("#reset"))
	settled()
	before := num(`Number(document.getElementById("map").dataset.markers)`)
	box := eval(`(() => { const r = document.querySelector("#timeline .u-over").getBoundingClientRect(); return [r.left, r.top, r.width, r.height].join(","); })()`)
	var left, top, width, height float64
	if _, err := fmt.Sscanf(box, "%g,%g,%g,%g", &left, &top, &width, &height); err != nil {
		t.Fatalf("timeline box %q", box)
	}
	do("brush the timeline", chromedp.DragAndDropXY(left+width*0.55, top+height/2, left+width*0.98, top+height/2, 10))
	settled()
	q, _ := url.ParseQuery(strings.TrimPrefix(eval(`location.search`), "?"))
	from, to := q.Get("from"), q.Get("to")
	if from == "" || to == "" {
		t.Fatalf("brushing set no dates: %v", q)
	}
	after := num(`Number(document.getElementById("map").dataset.markers)`)
	if after == 0 || after >= before {
		t.Errorf("map has %d markers after brushing %s..%s, %d before", after, from, to, before)
	}
	for _, d := range strings.Split(eval(`Array.from(document.querySelectorAll("#list tbody tr td:first-child")).map(td => td.textContent).join(" ")`), " ") {
		if d < from || d > to {
			t.Errorf("list shows %s, outside %s..%s", d, from, to)
		}
	}
	shot("brushed.png")

	// an event page shows its sources with the evidence marked
	do("open an event", chromedp.Click("#list tbody tr"))
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.querySelectorAll("#event-page mark.ev").length > 0`)); err != nil {
		t.Fatalf("no marked evidence on the event page: %v", err)
	}
	if !strings.HasPrefix(eval(`location.pathname`), "/event/") {
		t.Errorf("event page at %s", eval(`location.pathname`))
	}
	if num(`document.querySelectorAll("#figures tbody tr").length`) == 0 {
		t.Error("no figures by source")
	}
	shot("event.png")

	// report markup is shown as text, never run or parsed
	var page eventsPage
	get(t, f, "/api/events?doc=aleppo-shelling", &page)
	if len(page.Events) != 1 {
		t.Fatalf("%d events of aleppo-shelling", len(page.Events))
	}
	do("open the report with markup", chromedp.Navigate(f.ts.URL+"/event/"+url.PathEscape(page.Events[0].ID)))
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.querySelectorAll(".doctext").length > 0`)); err != nil {
		t.Fatal(err)
	}
	if n := num(`document.querySelectorAll("#event-page script, #event-page img, #event-page b, #event-page a[href^=javascript]").length`); n != 0 {
		t.Errorf("%d elements made from report markup", n)
	}
	if text := eval(`document.querySelector(".doctext").textContent`); !strings.Contains(text, "<script>alert('text')</script>") {
		t.Errorf("report text not shown as written: %q", text)
	}
	if title := eval(`document.querySelector("#event-page .source h2").textContent`); !strings.Contains(title, "<script>") {
		t.Errorf("title not shown as written: %q", title)
	}

	// a place page: the incidents in and around Mosul
	do("open a place page", chromedp.Navigate(f.ts.URL+"/place/Nineveh"))
	settled()
	if title := eval(`document.getElementById("place-title").textContent`); !strings.Contains(title, "Nineveh") {
		t.Errorf("place title %q", title)
	}
	if num(`Number(document.getElementById("map").dataset.markers)`) == 0 {
		t.Error("no markers on the place page")
	}
	shot("place-nineveh.png")
}

// BenchmarkUIFirstRender opens the UI over the store SITREP_UI_BENCH_DB
// names (such as the 100,000-incident store store/sqlite's BenchmarkBrowse
// leaves in the temporary folder) and measures the time from navigation
// until the map, timeline and list have drawn, in a fresh tab each time.
func BenchmarkUIFirstRender(b *testing.B) {
	path := os.Getenv("SITREP_UI_BENCH_DB")
	if path == "" {
		b.Skip("SITREP_UI_BENCH_DB is not set: no store to render")
	}
	chrome := browserPath()
	if chrome == "" {
		b.Skip("no Chromium on PATH")
	}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	srv, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.WindowSize(1400, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	browser, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(browser, chromedp.Navigate("about:blank")); err != nil {
		b.Fatal(err)
	}
	var took []time.Duration
	cells := ""
	for b.Loop() {
		tab, cancelTab := chromedp.NewContext(browser)
		start := time.Now()
		err := chromedp.Do(tab, chromedp.Navigate(ts.URL+"/"))
		if err == nil {
			_, err = chromedp.Run(tab, chromedp.Poll[bool](`document.body.dataset.loading === "0"`, chromedp.WithPollingInterval(5*time.Millisecond)))
		}
		took = append(took, time.Since(start))
		if err == nil {
			cells, err = chromedp.Run(tab, chromedp.Evaluate[string](`document.getElementById("map").dataset.cells + " cells, " + document.getElementById("map").dataset.markers + " markers, " + document.querySelectorAll("#list tbody tr").length + " rows"`))
		}
		cancelTab()
		if err != nil {
			b.Fatal(err)
		}
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Milliseconds()), "p50-ms")
	b.Logf("drawn: %s", cells)
}
