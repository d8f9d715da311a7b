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
	"github.com/sitrep/sitrep"
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
// sources with the evidence marked, and report markup stays text; the
// control layer colours places by holder on the chosen day (the seeds'
// Shirqat, Tal Afar and Mosul on 2017-06-20), follows the brushed dates and
// stays in the URL; a place page shows who held the place over time, and a
// report's page the sentence a control claim rests on, markup as text.
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
	// (the test writes to the store beside the server: nothing kept)
	f := newFixture(t, Config{ControlTTL: -1})
	ctx := context.Background()
	paths := corpusPaths(t)
	if len(paths) > 0 {
		if _, err := ingestInto(ctx, t, f.st, paths, nil); err != nil {
			t.Fatal(err)
		}
	}
	seeds := len(paths) > 0
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

	// a place page: the incidents in and around Mosul, and who held them
	// (docs/ui-mosul.png is this screenshot; docs/ui-place-control.png the
	// place page of Mosul below, with ../shared)
	do("open a place page", chromedp.Navigate(f.ts.URL+"/place/Nineveh?control=1&at=2017-06-20"))
	settled()
	if title := eval(`document.getElementById("place-title").textContent`); !strings.Contains(title, "Nineveh") {
		t.Errorf("place title %q", title)
	}
	if num(`Number(document.getElementById("map").dataset.markers)`) == 0 {
		t.Error("no markers on the place page")
	}
	shot("place-nineveh.png")

	// the control layer: places coloured by holder on a day, listed in
	// words; control reports of our own (one with markup) join the store
	if _, err := ingestInto(ctx, t, f.st, []string{"testdata/control.jsonl", "testdata/control-markup.jsonl"}, nil); err != nil {
		t.Fatal(err)
	}
	holders := func() map[string]string {
		t.Helper()
		out := map[string]string{}
		for _, line := range strings.Split(eval(`Array.from(document.querySelectorAll("#control-places li")).map(li => li.dataset.place + "\t" + li.textContent).join("\n")`), "\n") {
			if k, v, ok := strings.Cut(line, "\t"); ok {
				out[k] = v
			}
		}
		return out
	}
	// painted counts the pixels drawn on the control layer's canvas
	const painted = `(() => { const c = document.querySelector(".leaflet-control-pane canvas"); if (!c || !c.width) return 0;
		const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data; let n = 0;
		for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })()`
	do("open the control layer", chromedp.Navigate(f.ts.URL+"/?control=1&at=2016-03-01"))
	settled()
	if n := num(`Number(document.getElementById("map").dataset.control)`); n == 0 || num(painted) == 0 {
		t.Fatalf("control layer: %d places, %d pixels", n, num(painted))
	}
	if h := holders()["Hit"]; !strings.Contains(h, "Islamic State (besieged by Iraqi Security Forces)") {
		t.Errorf("Hit on 2016-03-01: %q", h)
	}
	if legend := eval(`document.getElementById("control-legend").textContent`); !strings.Contains(legend, "Islamic State") || !strings.Contains(legend, "contested") {
		t.Errorf("control legend %q", legend)
	}
	if seeds {
		do("the seeds on 2017-06-20", chromedp.SetValue("#control-at", "2017-06-20"))
		eval(`String(document.getElementById("control-at").dispatchEvent(new Event("change")))`)
		settled()
		if q := eval(`location.search`); !strings.Contains(q, "control=1") || !strings.Contains(q, "at=2017-06-20") {
			t.Errorf("URL %q does not keep the control layer and its day", q)
		}
		h := holders()
		for place, want := range map[string]string{
			"Shirqat":  "Iraqi Security Forces since 2016",
			"Tal Afar": "Islamic State (besieged",
			"Mosul":    "Iraqi Security Forces, except an enclave",
			"Hit":      "Iraqi Security Forces",
		} {
			if !strings.HasPrefix(h[place], place+": "+want) {
				t.Errorf("%s on 2017-06-20: %q, want %q", place, h[place], want)
			}
		}
		if n := num(`document.querySelectorAll("#control-legend .holder").length`); n < 3 {
			t.Errorf("%d entries in the control legend", n)
		}
		shot("control.png")
	}
	// brushing picks the day the layer shows: the end of the dates
	box = eval(`(() => { document.getElementById("timeline").scrollIntoView({ block: "center" }); const r = document.querySelector("#timeline .u-over").getBoundingClientRect(); return [r.left, r.top, r.width, r.height].join(","); })()`)
	if _, err := fmt.Sscanf(box, "%g,%g,%g,%g", &left, &top, &width, &height); err != nil {
		t.Fatalf("timeline box %q", box)
	}
	do("brush with the control layer on", chromedp.DragAndDropXY(left+width*0.2, top+height/2, left+width*0.6, top+height/2, 10))
	settled()
	q, _ = url.ParseQuery(strings.TrimPrefix(eval(`location.search`), "?"))
	if day := eval(`document.getElementById("control-at").value`); q.Get("to") == "" || day != q.Get("to") || q.Get("at") != "" || q.Get("control") != "1" {
		t.Errorf("after brushing: control day %q, URL %v", day, q)
	}
	// and it goes away, out of the URL too
	do("turn the control layer off", chromedp.Click("#control-on"))
	settled()
	if n := num(`Number(document.getElementById("map").dataset.control)`); n != 0 || num(painted) != 0 || strings.Contains(eval(`location.search`), "control=1") {
		t.Errorf("control layer off: %d places, %d pixels, URL %s", n, num(painted), eval(`location.search`))
	}
	if eval(`String(document.getElementById("control-legend").hidden)`) != "true" {
		t.Error("control legend still shown")
	}

	// a place page: who held it over time, and its incidents
	place, want := "Hit", []string{"Islamic State (besieged by Iraqi Security Forces)", "Iraqi Security Forces"}
	if seeds {
		place, want = "Mosul", []string{"Islamic State", "contested: ", "Iraqi Security Forces, except an enclave"}
	}
	do("open the place page of "+place, chromedp.Navigate(f.ts.URL+"/place/"+url.PathEscape(place)))
	settled()
	sel := `#place-control .ctl-place[data-place="` + place + `"]`
	if n := num(`document.querySelectorAll('` + sel + ` tbody tr').length`); n < 2 {
		t.Fatalf("%d intervals on the place page of %s: %q", n, place, eval(`document.getElementById("place-control").textContent`))
	}
	if num(`document.querySelectorAll('`+sel+` .strip span').length`) < 2 {
		t.Error("no strip of intervals")
	}
	got := eval(`document.querySelector('` + sel + ` tbody').textContent`)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("control timeline of %s has no %q: %q", place, w, got)
		}
	}
	if num(`document.querySelectorAll("#place-control .claim q").length`) == 0 {
		t.Error("no evidence on the control timeline")
	}
	// and the standing figures reported there
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.querySelectorAll("#figures-table tbody tr").length > 0`)); err != nil {
		t.Errorf("no standing figures on the place page of %s: %v", place, err)
	} else if text := eval(`document.getElementById("place-figures").textContent`); !strings.Contains(text, "displaced") {
		t.Errorf("standing figures of %s: %q", place, text)
	}
	eval(`String(document.getElementById("place-control").scrollIntoView())`)
	shot("place-control.png")

	// a control statement's markup stays text on the place page too
	do("open the place page of Rutba", chromedp.Navigate(f.ts.URL+"/place/Rutba"))
	settled()
	if n := num(`document.querySelectorAll("#place-control .ctl-place").length`); n != 1 {
		t.Fatalf("%d control timelines on the place page of Rutba", n)
	}
	if n := num(`document.querySelectorAll("#place-control script, #place-control img, #place-control b, #place-control i:not(.ring), #place-control a[href^=javascript]").length`); n != 0 {
		t.Errorf("%d elements made from report markup on the place page", n)
	}
	if text := eval(`document.getElementById("place-control").textContent`); !strings.Contains(text, "<img src=x onerror=alert('ctl')> <b>fighters</b>") ||
		!strings.Contains(text, "<i>Italic Wire</i>") {
		t.Errorf("control evidence not shown as written: %q", text)
	}
	// the statement's report, its sentence marked, its markup text too
	do("open the report of the statement", chromedp.Click("#place-control a.read"))
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.querySelectorAll("#event-page mark.ev").length > 0`)); err != nil {
		t.Fatalf("no marked sentence on the report's page: %v", err)
	}
	if p := eval(`location.pathname`); p != "/document/rutba-markup" {
		t.Errorf("report page at %s", p)
	}
	if m := eval(`document.querySelector("#event-page mark.ev").textContent`); !strings.HasPrefix(m, "The town of Rutba remains under the control of Islamic State <img") {
		t.Errorf("marked %q", m)
	}
	if n := num(`document.querySelectorAll("#event-page script, #event-page img, #event-page b, #event-page i, #event-page a[href^=javascript]").length`); n != 0 {
		t.Errorf("%d elements made from report markup on the report's page", n)
	}
	if h := eval(`document.querySelector("#event-page h1").textContent`); !strings.HasPrefix(h, "<script>alert('title')</script>") {
		t.Errorf("report title %q", h)
	}

	// a click by a ring, off the event drawn at its centre, says who holds
	// the place; a click on the timeline picks the layer's day
	do("open Rutba with the control layer", chromedp.Navigate(f.ts.URL+"/place/Rutba?control=1&at=2016-06-01"))
	settled()
	centre := eval(`(() => { const c = document.querySelector(".leaflet-control-pane canvas"), r = c.getBoundingClientRect();
		const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data; let n = 0, x = 0, y = 0;
		for (let i = 3; i < d.length; i += 4) if (d[i] > 0) { const k = (i - 3) / 4; x += k % c.width; y += Math.floor(k / c.width); n++; }
		return n ? [r.left + x / n * r.width / c.width, r.top + y / n * r.height / c.height].join(",") : ""; })()`)
	var cx, cy float64
	if _, err := fmt.Sscanf(centre, "%g,%g", &cx, &cy); err != nil {
		t.Fatalf("no ring drawn for Rutba: %q", centre)
	}
	do("click by the ring of Rutba", chromedp.MouseClickXY(cx+11, cy))
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.querySelectorAll(".control-popup").length > 0`)); err != nil {
		t.Fatalf("no popup by the ring: %v", err)
	}
	if text := eval(`document.querySelector(".control-popup").textContent`); !strings.Contains(text, "Rutba") || !strings.Contains(text, "Islamic State") || !strings.Contains(text, "since 2016-05-10") {
		t.Errorf("ring popup %q", text)
	}
	do("open the control layer on a day", chromedp.Navigate(f.ts.URL+"/?control=1&at=2016-06-01"))
	settled()
	box = eval(`(() => { document.getElementById("timeline").scrollIntoView({ block: "center" }); const r = document.querySelector("#timeline .u-over").getBoundingClientRect(); return [r.left, r.top, r.width, r.height].join(","); })()`)
	if _, err := fmt.Sscanf(box, "%g,%g,%g,%g", &left, &top, &width, &height); err != nil {
		t.Fatalf("timeline box %q", box)
	}
	do("click on the timeline", chromedp.MouseClickXY(left+width*0.3, top+height/2))
	settled()
	q, _ = url.ParseQuery(strings.TrimPrefix(eval(`location.search`), "?"))
	if at := q.Get("at"); at == "" || at == "2016-06-01" || at != eval(`document.getElementById("control-at").value`) {
		t.Errorf("a click on the timeline gave the day %q (URL %v)", eval(`document.getElementById("control-at").value`), q)
	}
}

// BenchmarkUIFirstRender opens the UI over the store SITREP_UI_BENCH_DB
// names (such as the 100,000-incident store store/sqlite's BenchmarkBrowse
// leaves in the temporary folder) and measures the time from navigation
// until the map, timeline and list have drawn, in a fresh tab each time.
// SITREP_UI_BENCH_PATH is the page to open (default /; /?control=1 adds
// the control layer, whose timelines the server builds on the first run
// and keeps for the others).
func BenchmarkUIFirstRender(b *testing.B) {
	path := os.Getenv("SITREP_UI_BENCH_DB")
	if path == "" {
		b.Skip("SITREP_UI_BENCH_DB is not set: no store to render")
	}
	page := os.Getenv("SITREP_UI_BENCH_PATH")
	if page == "" {
		page = "/"
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
		err := chromedp.Do(tab, chromedp.Navigate(ts.URL+page))
		if err == nil {
			_, err = chromedp.Run(tab, chromedp.Poll[bool](`document.body.dataset.loading === "0"`, chromedp.WithPollingInterval(5*time.Millisecond)))
		}
		took = append(took, time.Since(start))
		if err == nil {
			cells, err = chromedp.Run(tab, chromedp.Evaluate[string](`document.getElementById("map").dataset.cells + " cells, " + document.getElementById("map").dataset.markers + " markers, " + document.querySelectorAll("#list tbody tr").length + " rows, " + (document.getElementById("map").dataset.control || "0") + " control places"`))
		}
		cancelTab()
		if err != nil {
			b.Fatal(err)
		}
	}
	first := took[0]
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Milliseconds()), "p50-ms")
	b.ReportMetric(float64(first.Milliseconds()), "first-ms")
	b.Logf("drawn: %s", cells)
}

// BenchmarkUIControlLayer opens the UI with the control layer on over a
// store of SITREP_UI_CONTROL_PLACES places (default 10,000) spread over a
// region, each told held, besieged or contested by three reports, and
// measures the first render (navigation until map, timeline, list and the
// layer are drawn; p50, and the first, which builds the timelines) and the
// script's work for a change of the day (the layer drawn again, p50).
func BenchmarkUIControlLayer(b *testing.B) {
	chrome := browserPath()
	if chrome == "" {
		b.Skip("no Chromium on PATH")
	}
	n := 10000
	if s := os.Getenv("SITREP_UI_CONTROL_PLACES"); s != "" {
		if _, err := fmt.Sscan(s, &n); err != nil || n < 1 {
			b.Fatalf("SITREP_UI_CONTROL_PLACES=%q: want a number of places", s)
		}
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "control.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	holders := []string{"Iraqi Security Forces", "Islamic State", "Peshmerga", "Popular Mobilization Forces",
		"Syrian Democratic Forces", "Hayat Tahrir al-Sham"}
	day0 := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	const docs = 30
	var entries []sqlite.Entry
	for d := range docs {
		date := sitrep.DateOf(day0.AddDate(0, 0, 20*d))
		text := fmt.Sprintf("Report %d of the control benchmark.", d)
		doc := &sitrep.Document{ID: fmt.Sprintf("control-bench-%02d", d), Raw: text, Text: text, Published: date}
		e := sqlite.Entry{Doc: doc}
		for i := d % 10; i < n; i += 10 {
			if (i/10)%3 != d/10 {
				continue // each place in three reports, one from each third of the dates
			}
			lat, lon := 30+float64(i%100)*0.1, 38+float64(i/100%100)*0.1
			c := sitrep.Control{Record: "control", Doc: doc.ID, Holder: holders[(i+d)%len(holders)], State: sitrep.ControlHeld,
				Date: date, DatePrecision: sitrep.PrecisionDay,
				Place:    &sitrep.Location{Name: fmt.Sprintf("Place %d", i), Country: "IQ", Lat: &lat, Lon: &lon, Precision: 1},
				Evidence: []sitrep.Evidence{{Start: 0, End: len(text), Text: text}}}
			switch i % 7 {
			case 3:
				c.State, c.Against = sitrep.ControlBesieged, holders[(i+d+1)%len(holders)]
			case 5:
				c.State, c.Against = sitrep.ControlContested, holders[(i+d+1)%len(holders)]
			}
			e.Controls = append(e.Controls, c)
		}
		entries = append(entries, e)
	}
	if _, err := st.AddDocuments(ctx, entries); err != nil {
		b.Fatal(err)
	}
	srv, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.WindowSize(1400, 900))
	actx, cancel := chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	browser, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(browser, chromedp.Navigate("about:blank")); err != nil {
		b.Fatal(err)
	}
	var took, change []time.Duration
	drawn := ""
	for b.Loop() {
		tab, cancelTab := chromedp.NewContext(browser)
		start := time.Now()
		err := chromedp.Do(tab, chromedp.Navigate(ts.URL+"/?control=1&at=2016-06-01"))
		if err == nil {
			_, err = chromedp.Run(tab, chromedp.Poll[bool](`document.body.dataset.loading === "0" && document.getElementById("map").dataset.control !== "0"`,
				chromedp.WithPollingInterval(5*time.Millisecond)))
		}
		took = append(took, time.Since(start))
		var ms float64
		if err == nil {
			// another day: the state of every place found again and drawn
			// (the layer's data is at hand: the drawing is done in the
			// promise callback queued before this one)
			ms, err = chromedp.Run(tab, chromedp.Evaluate[float64](`new Promise((done, fail) => {
				const t = performance.now(), input = document.getElementById("control-at");
				input.value = "2016-12-01";
				input.dispatchEvent(new Event("change"));
				Promise.resolve().then(() => document.getElementById("control-places").querySelector("summary").textContent.includes("2016-12-01") ?
					done(performance.now() - t) : fail("the layer was not drawn at once"));
			})`, chromedp.EvalAwaitPromise))
			change = append(change, time.Duration(ms*float64(time.Millisecond)))
		}
		if err == nil {
			drawn, err = chromedp.Run(tab, chromedp.Evaluate[string](`document.getElementById("map").dataset.control + " places drawn; " + document.getElementById("control-legend").textContent`))
		}
		cancelTab()
		if err != nil {
			b.Fatal(err)
		}
	}
	first := took[0]
	slices.Sort(took)
	slices.Sort(change)
	b.ReportMetric(float64(took[len(took)/2].Milliseconds()), "p50-ms")
	b.ReportMetric(float64(first.Milliseconds()), "first-ms")
	b.ReportMetric(float64(change[len(change)/2].Microseconds())/1000, "day-ms")
	b.Logf("%d places: %s", n, drawn)
}
