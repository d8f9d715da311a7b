// sitrep's web UI: a map, a timeline, filters and a list over /api/, an
// event page with its sources' evidence, a place page with who held the
// place over time, and a control layer (places coloured by their holder on
// a chosen day). Plain script, no build step. Report text is untrusted: it only ever reaches the page as
// text nodes (textContent), never as markup.
(function () {
  "use strict";

  // ACLED event types and their colours (unknown types are grey).
  var TYPE_COLOURS = {
    "Battles": "#c62828",
    "Explosions/Remote violence": "#ef6c00",
    "Violence against civilians": "#6a1b9a",
    "Protests": "#2e7d32",
    "Riots": "#f9a825",
    "Strategic developments": "#1565c0"
  };
  var FILTERS = ["from", "to", "type", "actor", "place", "text", "min_sources"];
  var PAGE = 100;
  var CLAIMS_MAX = 3; // claims shown per interval of a place page
  // Holders of places, most places first, get these colours (others grey);
  // contested places are a dashed black ring, besieged ones a dashed ring
  // of their holder's colour.
  var HOLDER_COLOURS = ["#1f77b4", "#2ca02c", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
    "#9467bd", "#d62728", "#ff7f0e", "#393b79", "#637939", "#7b4173"];
  var OTHER_HOLDER = "#9e9e9e";
  var DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

  var $ = function (sel) { return document.querySelector(sel); };
  var loading = 1; // the first route, see init
  function busy(d) {
    loading += d;
    document.body.dataset.loading = String(loading);
  }

  // el makes an element with text children only.
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") e.textContent = attrs[k];
        else if (k === "className") e.className = attrs[k];
        else e.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  // safeLink is a link to an http(s) URL, or plain text for anything else
  // (javascript: and data: URLs never become links).
  function safeLink(url, text) {
    if (/^https?:\/\//i.test(url || "")) {
      return el("a", { href: url, rel: "noopener noreferrer", target: "_blank", text: text || url });
    }
    return el("span", { text: text || url || "" });
  }

  function showError(msg) {
    var box = $("#error");
    box.textContent = msg;
    box.hidden = !msg;
  }

  function api(path, params) {
    var q = params ? params.toString() : "";
    busy(1);
    return fetch(path + (q ? "?" + q : ""), { headers: authHeaders() })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body.error || r.statusText);
          return body;
        });
      })
      .finally(function () { busy(-1); });
  }

  // A private server needs the token; it is kept for the tab only.
  function authHeaders() {
    var t = sessionStorage.getItem("sitrep-token");
    return t ? { Authorization: "Bearer " + t } : {};
  }

  // ---- state kept in the URL ----

  // control: the control layer is on; at: the day it shows (else the end
  // of the chosen dates, else each place's latest state).
  var state = { filters: {}, order: "date", control: false, at: "" };

  function readURL() {
    var q = new URLSearchParams(location.search);
    state.filters = {};
    FILTERS.forEach(function (k) { if (q.get(k)) state.filters[k] = q.get(k); });
    state.order = q.get("order") || "date";
    state.control = q.get("control") === "1";
    state.at = DAY_RE.test(q.get("at") || "") ? q.get("at") : "";
    var m = location.pathname.match(/^\/place\/(.+)$/);
    if (m) state.filters.place = decodeURIComponent(m[1]);
  }

  function writeURL(replace) {
    var q = filterParams();
    if (state.order !== "date") q.set("order", state.order);
    if (state.control) q.set("control", "1");
    if (state.at) q.set("at", state.at);
    var path = location.pathname.indexOf("/place/") === 0 ? location.pathname : "/";
    if (path !== "/") q.delete("place");
    var url = path + (q.toString() ? "?" + q : "");
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  }

  function filterParams(except) {
    var q = new URLSearchParams();
    FILTERS.forEach(function (k) {
      if (state.filters[k] && k !== except && !(except === "dates" && (k === "from" || k === "to"))) {
        q.set(k, state.filters[k]);
      }
    });
    return q;
  }

  function fillForm() {
    var form = $("#filters");
    FILTERS.forEach(function (k) { form.elements[k].value = state.filters[k] || ""; });
    document.querySelectorAll("th button[data-order]").forEach(function (b) {
      var o = b.dataset.order;
      b.className = state.order === o ? "desc" : state.order === "-" + o ? "asc" : "";
    });
    $("#clear-dates").hidden = !(state.filters.from || state.filters.to);
    $("#control-on").checked = state.control;
    $("#control-at").value = controlDay();
    $("#control-when").textContent = !state.control ? "" : state.at ? "" : state.filters.to ? "(the end of the chosen dates)" : "(each place as last told)";
    var q = filterParams().toString();
    $("#csv").href = "/api/events.csv" + (q ? "?" + q : "");
    $("#geojson").href = "/api/events.geojson" + (q ? "?" + q : "");
  }

  // ---- map ----

  var map, basemap, layer, controlRings;

  // RingLayer draws the control layer's rings on one canvas of its own,
  // one path per style: thousands of places take milliseconds, where a
  // Leaflet layer each takes a quarter of a second for 5,000. The canvas
  // is a quarter of the view larger each way, and drawn again when the map
  // has moved; it is hidden while the map zooms.
  var RingLayer = L.Layer.extend({
    options: { pane: "control", radius: 9, padding: 0.25 },
    initialize: function () { this._items = []; },
    onAdd: function () {
      this._canvas = L.DomUtil.create("canvas", "leaflet-zoom-hide");
      this.getPane().appendChild(this._canvas);
      this._map.on("moveend resize viewreset", this._draw, this);
      this._draw();
    },
    onRemove: function () {
      this._map.off("moveend resize viewreset", this._draw, this);
      L.DomUtil.remove(this._canvas);
      this._canvas = null;
    },
    // setItems draws items: {lat, lon, style: {key, color, fill, dash}}.
    setItems: function (items) {
      this._items = items;
      if (this._canvas) this._draw();
    },
    _draw: function () {
      var m = this._map, size = m.getSize(), pad = size.multiplyBy(this.options.padding).round();
      var origin = m.containerPointToLayerPoint(pad.multiplyBy(-1));
      var w = size.x + 2 * pad.x, h = size.y + 2 * pad.y, dpr = window.devicePixelRatio || 1;
      var c = this._canvas, r = this.options.radius;
      L.DomUtil.setPosition(c, origin);
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
      c.style.width = w + "px";
      c.style.height = h + "px";
      var ctx = c.getContext("2d");
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, w, h);
      var groups = {}, keys = [];
      this._items.forEach(function (it) {
        var k = it.style.key;
        if (!groups[k]) { groups[k] = []; keys.push(k); }
        groups[k].push(it);
      });
      keys.forEach(function (k) {
        var st = groups[k][0].style;
        ctx.beginPath();
        groups[k].forEach(function (it) {
          var p = m.latLngToLayerPoint([it.lat, it.lon]).subtract(origin);
          if (p.x < -r || p.y < -r || p.x > w + r || p.y > h + r) return;
          ctx.moveTo(p.x + r, p.y);
          ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
        });
        ctx.globalAlpha = 0.2;
        ctx.fillStyle = st.fill;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.lineWidth = 3;
        ctx.strokeStyle = st.color;
        ctx.setLineDash(st.dash);
        ctx.stroke();
      });
    }
  });

  function initMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 14, preferCanvas: false }).setView([25, 30], 2);
    // the outlines lie under the events, whatever loads first
    map.createPane("basemap").style.zIndex = 250;
    basemap = L.layerGroup().addTo(map);
    // control places are rings over the events (which stay clickable
    // through them), drawn on one canvas however many there are; the list
    // under the map says the same in words
    var pane = map.createPane("control");
    pane.style.zIndex = 450;
    pane.style.pointerEvents = "none";
    controlRings = new RingLayer().addTo(map);
    layer = L.layerGroup().addTo(map);
    api("/static/vendor/world-atlas/countries-50m.json").then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, {
        interactive: false,
        pane: "basemap",
        style: { color: "#90a4ae", weight: 0.6, fillColor: "#f5f5f0", fillOpacity: 1 }
      }).addTo(basemap);
    }).catch(function (e) { showError("basemap: " + e.message); });
    map.on("moveend", function () { loadMap(); listControl(); });
    map.on("click", ringPopup);
    var legend = $("#legend");
    Object.keys(TYPE_COLOURS).forEach(function (t) {
      var i = el("i");
      i.style.background = TYPE_COLOURS[t];
      legend.appendChild(el("span", null, [i, t]));
    });
  }

  // viewBox is the map's view as west,south,east,north within the world.
  function viewBox() {
    var b = map.getBounds();
    var s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
    var w = b.getWest(), e = b.getEast();
    if (e - w >= 360) { w = -180; e = 180; } else {
      w = ((w + 180) % 360 + 360) % 360 - 180;
      e = ((e + 180) % 360 + 360) % 360 - 180;
    }
    var r = function (x) { return Math.round(x * 1e4) / 1e4; };
    return [r(w), r(s), r(e), r(n)].join(",");
  }

  function radius(fatalities) {
    return 4 + 2 * Math.sqrt(Math.max(0, fatalities || 0));
  }

  var mapSeq = 0;
  function loadMap() {
    var q = filterParams();
    q.set("bbox", viewBox());
    var seq = ++mapSeq;
    return api("/api/map", q).then(function (res) {
      if (seq !== mapSeq) return;
      layer.clearLayers();
      var m = $("#map");
      if (res.markers) {
        res.markers.forEach(function (ev) {
          var c = TYPE_COLOURS[ev.event_type] || "#607d8b";
          var mk = L.circleMarker([ev.lat, ev.lon], {
            radius: radius(ev.fatalities), color: c, weight: 1, fillColor: c, fillOpacity: 0.55, className: "marker"
          });
          mk.bindPopup(function () { return popup(ev); });
          mk.addTo(layer);
        });
        m.dataset.markers = String(res.markers.length);
        m.dataset.cells = "0";
      } else {
        res.cells.forEach(function (cell) {
          var size = 16 + 6 * Math.log10(cell.events);
          var icon = L.divIcon({ className: "cell-label", iconSize: [size, size] });
          var mk = L.marker([cell.lat, cell.lon], { icon: icon, title: cell.events + " events, " + cell.fatalities + " fatalities" });
          mk.on("add", function () {
            var e = mk.getElement();
            e.textContent = abbreviate(cell.events);
            e.style.lineHeight = size + "px";
          });
          mk.on("click", function () { map.setView([cell.lat, cell.lon], Math.min(map.getZoom() + 2, 14)); });
          mk.addTo(layer);
        });
        m.dataset.markers = "0";
        m.dataset.cells = String(res.cells.length);
      }
    }).catch(function (e) { showError("map: " + e.message); });
  }

  function abbreviate(n) {
    return n >= 10000 ? Math.round(n / 1000) + "k" : n >= 1000 ? (n / 1000).toFixed(1) + "k" : String(n);
  }

  function popup(ev) {
    var a = el("a", { href: "/event/" + encodeURIComponent(ev.id), text: "open" });
    a.addEventListener("click", navigate);
    return el("div", null, [
      el("strong", { text: ev.event_type || "event" }), el("br"),
      (ev.date || "undated") + " · " + (ev.location || ""), el("br"),
      (ev.fatalities == null ? "fatalities unknown" : ev.fatalities + " fatalities") + " · ", a
    ]);
  }

  // ---- timeline ----

  var plot;

  function loadTimeline() {
    var q = filterParams("dates");
    q.set("by", "day");
    return api("/api/aggregate", q).then(function (res) {
      var b = res.buckets;
      var box = $("#timeline");
      box.textContent = "";
      if (plot) { plot.destroy(); plot = null; }
      var total = b.reduce(function (s, x) { return s + x.events; }, 0);
      var fat = b.reduce(function (s, x) { return s + x.fatalities; }, 0);
      $("#summary").textContent = total + " dated events, " + fat + " fatalities";
      if (!b.length) return;
      // every day from the first to the last, empty days as zero
      var xs = [], evs = [], fs = [];
      var byDay = {};
      b.forEach(function (x) { byDay[x.key] = x; });
      var t0 = Date.parse(b[0].key + "T00:00:00Z"), t1 = Date.parse(b[b.length - 1].key + "T00:00:00Z");
      for (var t = t0; t <= t1; t += 86400000) {
        var k = new Date(t).toISOString().slice(0, 10);
        xs.push(t / 1000);
        evs.push(byDay[k] ? byDay[k].events : 0);
        fs.push(byDay[k] ? byDay[k].fatalities : 0);
      }
      if (xs.length === 1) { xs.unshift(xs[0] - 86400); evs.unshift(0); fs.unshift(0); }
      plot = new uPlot({
        width: box.clientWidth || 600,
        height: 160,
        cursor: { drag: { x: true, y: false, setScale: false } },
        scales: { x: { time: true } },
        axes: [{}, { scale: "y", size: 40 }, { scale: "f", side: 1, size: 40, grid: { show: false } }],
        series: [
          {},
          { label: "events", stroke: "#37474f", fill: "rgba(55,71,79,.25)", scale: "y", paths: uPlot.paths.bars({ size: [0.9, 8] }) },
          { label: "fatalities", stroke: "#c62828", scale: "f", width: 1.5 }
        ],
        hooks: {
          setSelect: [function (u) {
            if (u.select.width < 2) return;
            var a = u.posToVal(u.select.left, "x"), z = u.posToVal(u.select.left + u.select.width, "x");
            state.filters.from = new Date(a * 1000).toISOString().slice(0, 10);
            state.filters.to = new Date(z * 1000).toISOString().slice(0, 10);
            state.at = ""; // the control layer follows the end of the brush
            refresh(false, true);
          }],
          draw: [drawControlDay]
        }
      }, [xs, evs, fs], box);
      // a click (no drag) on the timeline picks the control layer's day
      plot.over.addEventListener("click", function (e) {
        if (!state.control || plot.select.width >= 2) return;
        var v = plot.posToVal(e.offsetX, "x");
        if (!isFinite(v)) return;
        state.at = new Date(v * 1000).toISOString().slice(0, 10);
        writeURL(false);
        fillForm();
        markRange();
        drawControl();
      });
      markRange();
    }).catch(function (e) { showError("timeline: " + e.message); });
  }

  // markRange shades the chosen dates on the timeline.
  function markRange() {
    if (!plot || !(state.filters.from || state.filters.to)) return;
    var a = state.filters.from ? Date.parse(state.filters.from + "T00:00:00Z") / 1000 : plot.scales.x.min;
    var z = state.filters.to ? Date.parse(state.filters.to + "T00:00:00Z") / 1000 : plot.scales.x.max;
    var l = plot.valToPos(a, "x"), r = plot.valToPos(z, "x");
    plot.setSelect({ left: l, width: Math.max(1, r - l), top: 0, height: plot.over.clientHeight }, false);
  }

  // drawControlDay marks on the timeline the day the control layer shows.
  function drawControlDay(u) {
    var d = state.control && controlDay();
    if (!d) return;
    var x = u.valToPos(Date.parse(d + "T00:00:00Z") / 1000, "x", true);
    if (!(x >= u.bbox.left && x <= u.bbox.left + u.bbox.width)) return;
    var ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = "#212121";
    ctx.lineWidth = 2 * (window.devicePixelRatio || 1);
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.restore();
  }

  // ---- control layer ----

  // controlDay is the day the control layer shows; "" for each place's
  // latest state.
  function controlDay() {
    return state.at || state.filters.to || "";
  }

  // The layer's data, every place's intervals (GET /api/control?format=
  // layer), is read once: the state on any day is found here, so moving
  // the day costs no request.
  var controlData = null;
  function loadControlData() {
    if (!controlData) {
      controlData = api("/api/control", new URLSearchParams({ format: "layer" })).then(function (res) {
        res.colours = lastColours = holderColours(res.places);
        return res;
      });
      controlData.catch(function () { controlData = null; }); // asked again next time
    }
    return controlData;
  }

  // holderColours gives the holders that hold the most places (at any
  // time) a colour each, in a stable order.
  function holderColours(places) {
    var n = {};
    places.forEach(function (p) {
      var seen = {};
      p.intervals.forEach(function (iv) {
        if (iv.holder && !seen[iv.holder]) { seen[iv.holder] = true; n[iv.holder] = (n[iv.holder] || 0) + 1; }
      });
    });
    var out = {};
    Object.keys(n).sort(function (a, b) { return n[b] - n[a] || (a < b ? -1 : a > b ? 1 : 0); })
      .forEach(function (h, i) { out[h] = i < HOLDER_COLOURS.length ? HOLDER_COLOURS[i] : OTHER_HOLDER; });
    return out;
  }

  // lastColours are the colours of the layer's data once read.
  var lastColours = null;
  function holderColour(h) {
    return (lastColours && lastColours[h]) || OTHER_HOLDER;
  }

  // stateAt is the interval of a place in force on day (its intervals are
  // in order and do not overlap), or its last one when day is "".
  function stateAt(p, day) {
    var ivs = p.intervals;
    if (!day) return ivs[ivs.length - 1];
    var lo = 0, hi = ivs.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (ivs[mid].from <= day) lo = mid + 1; else hi = mid;
    }
    if (lo === 0) return null;
    var iv = ivs[lo - 1];
    return !iv.to || day < iv.to ? iv : null;
  }

  function dayText(d, precision) {
    if (!d) return "";
    switch (precision) {
      case "year": return d.slice(0, 4);
      case "month": return d.slice(0, 7);
      case "week": return "week of " + d;
    }
    return d;
  }

  // who says who holds a place in an interval, as sitrep control does.
  function who(iv) {
    var s;
    if (iv.state === "contested") s = "contested: " + (iv.sides || []).join(", ");
    else if (iv.state === "besieged") s = iv.holder + ((iv.against || []).length ? " (besieged by " + iv.against.join(", ") + ")" : " (besieged)");
    else s = iv.holder;
    return s + (iv.except ? ", except " + iv.except : "");
  }

  function ring(iv, colour) {
    var i = el("i", { className: "ring" + (iv.state === "contested" ? " contested" : iv.state === "besieged" ? " dashed" : "") });
    if (iv.state !== "contested") i.style.borderColor = colour || holderColour(iv.holder);
    return i;
  }

  // ringStyle is how a place's ring is drawn: held, a line of its
  // holder's colour; besieged, dashed; contested, dashed black on white.
  var ringStyles = {};
  function ringStyle(st, colour) {
    var k = st + colour;
    if (!ringStyles[k]) {
      ringStyles[k] = { key: k, color: colour, fill: st === "contested" ? "#ffffff" : colour,
        dash: st === "held" ? [] : st === "contested" ? [3, 3] : [6, 4] };
    }
    return ringStyles[k];
  }

  // ringPopup opens, for a click on the map near a control ring but not on
  // an event, who holds that place (the rings' canvas takes no clicks).
  function ringPopup(e) {
    if (!state.control || !controlShown.length) return;
    var t = e.originalEvent && e.originalEvent.target;
    if (t && t.classList && (t.classList.contains("marker") || t.closest(".leaflet-marker-icon"))) return;
    var best = null, bestD = 14 * 14; // within the ring, with a little slack
    controlShown.forEach(function (x) {
      var p = map.latLngToContainerPoint([x.p.lat, x.p.lon]);
      var d = (p.x - e.containerPoint.x) * (p.x - e.containerPoint.x) + (p.y - e.containerPoint.y) * (p.y - e.containerPoint.y);
      if (d < bestD) { best = x; bestD = d; }
    });
    if (!best) return;
    var a = el("a", { href: "/place/" + encodeURIComponent(best.p.name), text: best.p.name });
    a.addEventListener("click", navigate);
    var iv = best.iv, day = controlDay();
    L.popup().setLatLng([best.p.lat, best.p.lon]).setContent(el("div", { className: "control-popup" }, [
      el("strong", null, [a]), [best.p.admin1, best.p.country].filter(Boolean).map(function (x) { return ", " + x; }).join(""), el("br"),
      ring(iv), who(iv), el("br"),
      "since " + dayText(iv.since, iv.since_precision) + (iv.to ? ", until " + iv.to : "") + (day ? " (on " + day + ")" : " (as last told)"), el("br"),
      "on the word of " + iv.sources + " report" + (iv.sources === 1 ? "" : "s")
    ])).openOn(map);
  }

  var controlSeq = 0, controlShown = [];
  // drawControl draws (or takes away) the control layer for the chosen day.
  function drawControl() {
    var seq = ++controlSeq;
    var legend = $("#control-legend"), list = $("#control-places");
    if (map) map.getContainer().dataset.control = "0";
    if (!state.control) {
      if (controlRings) controlRings.setItems([]);
      legend.hidden = list.hidden = true;
      controlShown = [];
      if (plot) plot.redraw(false, false);
      return Promise.resolve();
    }
    return loadControlData().then(function (data) {
      if (seq !== controlSeq || !map) return;
      var day = controlDay();
      var shown = [], items = [];
      var count = {}, contested = 0, besieged = 0;
      data.places.forEach(function (p) {
        var iv = stateAt(p, day);
        if (!iv) return;
        shown.push({ p: p, iv: iv });
        var c = iv.state === "contested" ? "#212121" : holderColour(iv.holder);
        if (iv.state === "contested") contested++;
        else count[iv.holder] = (count[iv.holder] || 0) + 1;
        if (iv.state === "besieged") besieged++;
        items.push({ lat: p.lat, lon: p.lon, style: ringStyle(iv.state, c) });
      });
      controlRings.setItems(items);
      controlShown = shown;
      map.getContainer().dataset.control = String(shown.length);
      // the legend: holders that day, most places first
      legend.textContent = "";
      Object.keys(count).sort(function (a, b) { return count[b] - count[a] || (a < b ? -1 : a > b ? 1 : 0); }).forEach(function (h) {
        legend.appendChild(el("span", { className: "holder", "data-holder": h }, [ring({ state: "held", holder: h }), h + " (" + count[h] + ")"]));
      });
      legend.appendChild(el("span", { className: "holder contested" }, [ring({ state: "contested" }), "contested (" + contested + ")"]));
      if (besieged) legend.appendChild(el("span", null, [ring({ state: "besieged" }, "#616161"), "dashed: besieged (" + besieged + ")"]));
      if (!shown.length) legend.appendChild(el("span", { className: "muted", text: "no place's holder is known " + (day ? "on " + day : "") }));
      legend.hidden = false;
      listControl();
      if (plot) plot.redraw(false, false);
    }).catch(function (e) { showError("control: " + e.message); });
  }

  // listControl lists in words the places of the control layer in the
  // map's view (the canvas holds no text).
  var LIST_MAX = 200;
  function listControl() {
    var box = $("#control-places");
    if (!state.control || !map) { box.hidden = true; return; }
    var b = map.getBounds();
    var inView = controlShown.filter(function (x) { return b.contains([x.p.lat, x.p.lon]); });
    var day = controlDay();
    box.querySelector("summary").textContent = "Who holds what " + (day ? "on " + day : "as last told") + ": " +
      inView.length + " place" + (inView.length === 1 ? "" : "s") + " in view";
    var ul = box.querySelector("ul");
    ul.textContent = "";
    inView.slice(0, LIST_MAX).forEach(function (x) {
      var a = el("a", { href: "/place/" + encodeURIComponent(x.p.name), text: x.p.name });
      a.addEventListener("click", navigate);
      ul.appendChild(el("li", { "data-place": x.p.name }, [ring(x.iv), a, ": " + who(x.iv) + " since " + dayText(x.iv.since, x.iv.since_precision)]));
    });
    var more = box.querySelector("p");
    more.hidden = inView.length <= LIST_MAX;
    more.textContent = "and " + (inView.length - LIST_MAX) + " more: zoom in to list them";
    box.hidden = false;
  }

  // ---- list ----

  var cursor = "";

  function loadList(more) {
    var q = filterParams();
    q.set("limit", String(PAGE));
    if (state.order !== "date") q.set("order", state.order);
    if (more && cursor) q.set("cursor", cursor);
    return api("/api/events", q).then(function (res) {
      var tb = $("#list tbody");
      if (!more) tb.textContent = "";
      res.events.forEach(function (ev) { tb.appendChild(row(ev)); });
      cursor = res.next;
      $("#more").hidden = !cursor;
      $("#list").dataset.rows = String(tb.children.length);
    }).catch(function (e) { showError("events: " + e.message); });
  }

  function row(ev) {
    var loc = ev.location || {};
    var place = [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ");
    var actors = ev.actor1 + (ev.actor2 ? " → " + ev.actor2 : "");
    var tr = el("tr", { "data-id": ev.id }, [
      el("td", { text: ev.date || "undated" }),
      el("td", { text: ev.sub_event_type || ev.event_type }),
      el("td", { text: actors }),
      el("td", { text: place }),
      el("td", { className: "n", text: ev.fatalities == null ? "" : String(ev.fatalities) }),
      el("td", { className: "n", text: String((ev.sources || []).length) })
    ]);
    tr.addEventListener("click", function () { go("/event/" + encodeURIComponent(ev.id)); });
    return tr;
  }

  // ---- options of the filters ----

  // The type menu lists ACLED's event types; actors and places are
  // suggested from the store when their box is first used, so that the
  // first view of a large store does not wait for them.
  function loadOptions() {
    var sel = $("#filters").elements.type;
    Object.keys(TYPE_COLOURS).forEach(function (t) { sel.appendChild(el("option", { value: t, text: t })); });
    if (state.filters.type && !TYPE_COLOURS[state.filters.type]) {
      sel.appendChild(el("option", { value: state.filters.type, text: state.filters.type }));
    }
    sel.value = state.filters.type || "";
    [["actor", "/api/actors", "#actor-list"], ["place", "/api/places", "#place-list"]].forEach(function (x) {
      var input = $("#filters").elements[x[0]];
      var once = function () {
        input.removeEventListener("focus", once);
        api(x[1], new URLSearchParams({ limit: "200" })).then(function (res) {
          var dl = $(x[2]);
          res.buckets.forEach(function (b) { dl.appendChild(el("option", { value: b.key })); });
        }).catch(function () {});
      };
      input.addEventListener("focus", once);
    });
  }

  // ---- pages ----

  function refresh(replace, keepTimeline) {
    writeURL(replace);
    fillForm();
    showError("");
    cursor = "";
    var jobs = [loadMap(), loadList(false)];
    if (!keepTimeline) jobs.push(loadTimeline());
    else { $("#clear-dates").hidden = false; }
    jobs.push(drawControl());
    return Promise.all(jobs);
  }

  function showBrowse() {
    $("#browse").hidden = false;
    $("#event-page").hidden = true;
    readURL();
    var title = $("#place-title");
    title.hidden = !/^\/place\//.test(location.pathname);
    var jobs = [];
    if (!title.hidden) placeTitle(state.filters.place);
    if (!map) initMap();
    fillForm();
    setTimeout(function () { map.invalidateSize(); }, 0);
    $("#place-control").hidden = title.hidden;
    $("#place-figures").hidden = true;
    document.body.classList.toggle("place-page", !title.hidden);
    if (!title.hidden) jobs.push(placeControl(state.filters.place));
    return Promise.all(jobs.concat([loadMap(), loadList(false), loadTimeline(), drawControl()]));
  }

  // placeTitle heads a place page: the place, where it lies, its counts,
  // and fits the map to the places of its events.
  // The map of a place page is fitted to the places of its events, or when
  // it has none to the places of its control timelines: whichever of the
  // two answers comes last fits it.
  var placeView = {};
  function fitPlace() {
    if (!map || !placeView.events) return;
    var pts = placeView.events.length ? placeView.events : placeView.control || [];
    if (pts.length) map.fitBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 10 });
  }

  // placePoint lists, once the place's own point is known (from its events
  // or its control timeline), the standing figures reported there:
  // displaced people, force sizes, running tolls.
  var FIGURES_KM = 5;
  function placePoint(view, pt) {
    if (view !== placeView || view.figures) return;
    view.figures = true;
    var box = $("#place-figures");
    api("/api/figures", new URLSearchParams({ near: pt[0].toFixed(5) + "," + pt[1].toFixed(5), within: String(FIGURES_KM), limit: "100" })).then(function (res) {
      if (view !== placeView) return;
      box.textContent = "";
      box.appendChild(el("h2", { text: "Standing figures within " + FIGURES_KM + " km" }));
      if (!res.figures.length) {
        box.appendChild(el("p", { className: "muted", text: "No report gives standing figures (displaced, force sizes, running tolls) here." }));
      } else {
        box.appendChild(el("table", { className: "ctl-table", id: "figures-table" }, [
          el("thead", null, [el("tr", null, ["As of", "What", "Who", "Value", "Over", "Place", "Evidence"].map(function (h) { return el("th", { text: h }); }))]),
          el("tbody", null, res.figures.map(function (g) {
            var ev = (g.evidence || [])[0];
            return el("tr", null, [
              el("td", { text: g.as_of || "—" }),
              el("td", { text: (g.what || "").replace(/_/g, " ") }),
              el("td", { text: g.group || "" }),
              el("td", { className: "n", text: countText(g.value) }),
              el("td", { text: g.period || "" }),
              el("td", { text: (g.place && g.place.name) || "" }),
              el("td", { className: "claim" }, [ev && ev.text ? el("q", { text: ev.text.length > 300 ? ev.text.slice(0, 300) + "…" : ev.text }) : "", " — " + g.doc])
            ]);
          }))
        ]));
      }
      box.hidden = false;
    }).catch(function (e) { showError("figures: " + e.message); });
  }

  function placeTitle(name) {
    var title = $("#place-title");
    title.textContent = name;
    placeView = { name: name };
    var view = placeView;
    $("#place-figures").textContent = "";
    api("/api/places", new URLSearchParams({ place: name, limit: "500" })).then(function (res) {
      var b = res.buckets;
      if (view !== placeView) return;
      if (!b.length) {
        title.textContent = name + " — no events";
        view.events = [];
        fitPlace();
        return;
      }
      var n = 0, fat = 0, pts = [];
      b.forEach(function (x) {
        n += x.events;
        fat += x.fatalities;
        if (x.lat != null) pts.push([x.lat, x.lon]);
      });
      var same = b.filter(function (x) { return x.key.toLowerCase() === name.toLowerCase(); })[0];
      if (same && same.lat != null) placePoint(view, [same.lat, same.lon]);
      var where = same ? [same.key, same.admin1, same.country] : [name, b[0].country];
      title.textContent = where.filter(Boolean).join(", ") + " — " + n + (n === 1 ? " event, " : " events, ") + fat + (fat === 1 ? " fatality" : " fatalities");
      view.events = pts;
      fitPlace();
    }).catch(function (e) { showError("place: " + e.message); });
  }

  // placeControl shows who held the place over time: a timeline of each
  // place of that name (or inside it), with every interval's holder, since
  // when and on whose word.
  var PLACES_MAX = 30, INTERVALS_MAX = 100;
  var placeSeq = 0;
  function placeControl(name, allIntervals) {
    var seq = ++placeSeq;
    var box = $("#place-control");
    // the last intervals of each place and the first claims of each: a
    // town fought over for years has thousands
    var q = new URLSearchParams({ place: name, claims: String(CLAIMS_MAX), intervals: allIntervals ? "0" : String(INTERVALS_MAX) });
    return Promise.all([
      api("/api/control", q),
      loadControlData().catch(function () { return null; })
    ]).then(function (res) {
      if (seq !== placeSeq) return;
      box.textContent = "";
      box.appendChild(el("h2", { text: "Who held it" }));
      var layers = {};
      if (res[1]) res[1].places.forEach(function (p) { layers[p.key] = p; });
      var tls = res[0].timelines.filter(function (t) { return t.intervals.length || t.undated.length; });
      placeView.control = tls.filter(function (t) { return t.place.lat != null && t.place.lon != null; })
        .map(function (t) { return [t.place.lat, t.place.lon]; });
      fitPlace();
      tls.forEach(function (t) {
        if (t.place.name.toLowerCase() === name.toLowerCase() && t.place.lat != null) placePoint(placeView, [t.place.lat, t.place.lon]);
      });
      if (!tls.length) {
        box.appendChild(el("p", { className: "muted", text: "No report here says who holds " + name + "." }));
        return;
      }
      // the place itself first, then those inside it, as the API orders them
      var lower = name.toLowerCase();
      tls = tls.filter(function (t) { return t.place.name.toLowerCase() === lower; })
        .concat(tls.filter(function (t) { return t.place.name.toLowerCase() !== lower; }));
      tls.slice(0, PLACES_MAX).forEach(function (t) { box.appendChild(placeTimeline(t, name, layers[t.key], allIntervals)); });
      if (tls.length > PLACES_MAX) {
        box.appendChild(el("p", { className: "muted", text: "and " + (tls.length - PLACES_MAX) + " more places inside " + name }));
      }
    }).catch(function (e) {
      box.textContent = "";
      box.appendChild(el("p", { text: "Could not load who held " + name + ": " + e.message }));
    });
  }

  // placeTimeline shows one place's timeline: a strip of every interval
  // (from the layer's data when there), and a table of the last ones,
  // newest first, with their evidence.
  function placeTimeline(t, current, layerPlace, allIntervals) {
    var p = t.place;
    var head = p.name.toLowerCase() === current.toLowerCase() ? el("span", { text: p.name }) :
      el("a", { href: "/place/" + encodeURIComponent(p.name), text: p.name });
    if (head.tagName === "A") head.addEventListener("click", navigate);
    var art = el("article", { className: "ctl-place", "data-place": p.name }, [
      el("h3", null, [head, [p.within, p.admin1, p.country].filter(Boolean).map(function (x) { return ", " + x; }).join("")])
    ]);
    var ivs = t.intervals;
    if (ivs.length) {
      art.appendChild(strip(layerPlace ? layerPlace.intervals : ivs));
      var rows = ivs.slice().reverse().map(function (iv) {
        return el("tr", { "data-state": iv.state }, [
          el("td", { text: dayText(iv.from, iv.from_precision) }),
          el("td", { text: iv.to || "—" }),
          el("td", null, [ring(iv), who(iv) + (iv.resumed ? " (again, after a day of fighting)" : "")]),
          el("td", { text: dayText(iv.since, iv.since_precision) + (iv.since_precision && iv.since_precision !== "day" ? " (" + iv.since_precision + ")" : "") }),
          el("td", null, claimsOf(iv.claims, iv.claims_total))
        ]);
      });
      art.appendChild(el("table", { className: "ctl-table" }, [
        el("thead", null, [el("tr", null, ["From", "Until", "Held by", "Since", "Evidence and sources"].map(function (h) { return el("th", { text: h }); }))]),
        el("tbody", null, rows)
      ]));
      if (t.intervals_total > ivs.length) {
        var all = el("button", { type: "button", className: "all-intervals", text: "Show all " + t.intervals_total + " intervals" });
        all.addEventListener("click", function () { placeControl(current, true); });
        art.appendChild(el("p", { className: "muted" }, ["The last " + ivs.length + " of " + t.intervals_total + " intervals. ", all]));
      }
    }
    if (t.undated.length) {
      art.appendChild(el("p", { className: "muted", text: "Undated, so not placed in time:" }));
      art.appendChild(el("div", null, claimsOf(t.undated, t.undated_total)));
    }
    return art;
  }

  // strip draws a place's intervals as a bar, each as long as it lasted.
  function strip(ivs) {
    var day = function (d) { return Date.parse(d + "T00:00:00Z") / 86400000; };
    var first = day(ivs[0].from);
    var lastIv = ivs[ivs.length - 1];
    var end = lastIv.to ? day(lastIv.to) : day(lastIv.from);
    end = Math.max(end, first + 1) + Math.max(30, (end - first) * 0.05); // the last one still lasts
    var bar = el("div", { className: "strip" });
    var at = first;
    ivs.forEach(function (iv, i) {
      var a = day(iv.from), z = iv.to ? day(iv.to) : end;
      if (a > at) bar.appendChild(el("span", { title: "no report", className: "gap" })).style.flexGrow = String(a - at);
      var s = el("span", { className: iv.state, title: dayText(iv.from, iv.from_precision) + (iv.to ? " to " + iv.to : " on") + ": " + who(iv) });
      s.style.flexGrow = String(Math.max(z - a, 1));
      if (iv.state !== "contested") s.style.backgroundColor = holderColour(iv.holder);
      bar.appendChild(s);
      at = z;
    });
    var axis = el("div", { className: "strip-axis" }, [el("span", { text: ivs[0].from }), el("span", { text: lastIv.to ? lastIv.to : "still so when last told" })]);
    return el("div", null, [bar, axis]);
  }

  var KIND_TEXT = { capture: "taken", statement: "said", fighting: "fighting" };

  // claimsOf lists claims (total of them in all): what kind, when, the
  // sentence, and the report.
  function claimsOf(claims, total) {
    var out = claims.map(function (c) {
      var parts = [el("strong", { text: (KIND_TEXT[c.kind] || c.kind) + " " + (c.date ? dayText(c.date, c.date_precision) : "undated") + ": " })];
      var ev = (c.evidence || [])[0];
      if (ev && ev.text) parts.push(el("q", { text: ev.text.length > 300 ? ev.text.slice(0, 300) + "…" : ev.text }));
      var srcs = c.sources || [];
      if (!srcs.length && c.doc) srcs = [{ doc: c.doc }];
      srcs.slice(0, 3).forEach(function (s) {
        parts.push(" — ");
        parts.push(safeLink(s.url, (s.outlet || s.doc) + (s.published ? ", " + s.published : "")));
      });
      if (srcs.length > 3) parts.push(" and " + (srcs.length - 3) + " more");
      var doc = (ev && ev.doc) || c.doc;
      if (doc) {
        var r = el("a", { className: "read", href: "/document/" + encodeURIComponent(doc) + (ev ? "?mark=" + ev.start + "-" + ev.end : ""), text: "report" });
        r.addEventListener("click", navigate);
        parts.push(" · ", r);
      }
      if (c.event) {
        var a = el("a", { href: "/event/" + encodeURIComponent(c.event), text: "event" });
        a.addEventListener("click", navigate);
        parts.push(" · ", a);
      }
      return el("div", { className: "claim" }, parts);
    });
    if (total > claims.length) out.push(el("div", { className: "muted", text: "and " + (total - claims.length) + " more" }));
    return out;
  }

  function showEvent(id) {
    $("#browse").hidden = true;
    var page = $("#event-page");
    page.hidden = false;
    page.textContent = "";
    return api("/api/events/" + encodeURIComponent(id)).then(function (res) {
      renderEvent(page, res.event, res.sources);
    }).catch(function (e) {
      page.appendChild(el("p", { text: "Could not load event " + id + ": " + e.message }));
    });
  }

  // showDocument shows a report: its metadata, the incidents read from it,
  // and its cleaned text with the spans ?mark=START-END,... marked (code
  // points, as evidence offsets are), the first scrolled into view.
  function showDocument(id) {
    $("#browse").hidden = true;
    var page = $("#event-page");
    page.hidden = false;
    page.textContent = "";
    var marks = [];
    (new URLSearchParams(location.search).get("mark") || "").split(",").forEach(function (m) {
      var x = /^(\d+)-(\d+)$/.exec(m);
      if (x && +x[1] < +x[2]) marks.push({ start: +x[1], end: +x[2] });
    });
    return api("/api/documents/" + encodeURIComponent(id)).then(function (res) {
      renderDocument(page, res, marks);
    }).catch(function (e) {
      page.appendChild(el("p", { text: "Could not load report " + id + ": " + e.message }));
    });
  }

  function renderDocument(page, res, marks) {
    var d = res.document;
    var back = el("a", { href: "/", text: "← back" });
    back.addEventListener("click", function (e) { e.preventDefault(); history.back(); });
    page.appendChild(el("p", null, [back]));
    page.appendChild(el("h1", { text: d.title || d.id }));
    page.appendChild(el("p", { className: "muted" }, [
      (d.outlet || "unknown outlet") + " · " + (d.published ? d.published + (d.published_how ? " (" + d.published_how + ")" : "") : "undated") + " · ",
      safeLink(d.url, d.url || "no URL"),
      " · report " + d.id + (d.duplicate_of ? " · copy of " + d.duplicate_of : "")
    ]));
    if (res.events.length) {
      page.appendChild(el("h2", { text: "Incidents read from it" }));
      page.appendChild(el("ul", null, res.events.map(function (ev) {
        var a = el("a", { href: "/event/" + encodeURIComponent(ev.id), text: (ev.date || "undated") + " · " + (ev.sub_event_type || ev.event_type) + " · " + ((ev.location && ev.location.name) || "unknown place") });
        a.addEventListener("click", navigate);
        return el("li", null, [a]);
      })));
    }
    var box = el("section", { className: "source" });
    box.appendChild(highlighted(d.text, marks, {}));
    page.appendChild(box);
    var first = box.querySelector("mark");
    if (first) first.scrollIntoView({ block: "center" });
  }

  function countText(c) {
    if (!c) return "—";
    if (c.low != null && c.high != null && c.low !== c.high) return c.low + "–" + c.high + (c.best != null ? " (best " + c.best + ")" : "");
    if (c.low != null && c.high == null) return "at least " + c.low;
    if (c.low == null && c.high != null) return "up to " + c.high;
    return String(c.best);
  }

  function renderEvent(page, ev, sources) {
    var back = el("a", { href: "/", text: "← all events" });
    back.addEventListener("click", function (e) { e.preventDefault(); history.back(); });
    page.appendChild(el("p", null, [back]));
    var loc = ev.location || {};
    page.appendChild(el("h1", { text: (ev.sub_event_type || ev.event_type) + " · " + (ev.date || "undated") + " · " + (loc.name || "unknown place") }));
    var placeLink = loc.name ? el("a", { href: "/place/" + encodeURIComponent(loc.name), text: loc.name }) : el("span", { text: "—" });
    placeLink.addEventListener("click", navigate);
    var dl = el("dl");
    var add = function (k, v) { dl.appendChild(el("dt", { text: k })); dl.appendChild(el("dd", null, [v])); };
    add("Type", (ev.event_type || "") + " / " + (ev.sub_event_type || ""));
    add("Date", (ev.date || "undated") + (ev.date_precision ? " (" + ev.date_precision + ")" : ""));
    add("Actors", ev.actor1 + (ev.actor2 ? " → " + ev.actor2 : ""));
    add("Place", el("span", null, [placeLink, [loc.within, loc.admin1, loc.country].filter(Boolean).map(function (x) { return ", " + x; }).join("") +
      (loc.lat != null ? " (" + loc.lat.toFixed(4) + ", " + loc.lon.toFixed(4) + ")" : "")]));
    add("Killed", countText(ev.killed));
    add("Wounded", countText(ev.wounded));
    add("Fatalities", ev.fatalities == null ? "unknown" : String(ev.fatalities));
    add("Confidence", String(ev.confidence));
    page.appendChild(dl);
    if (ev.notes && ev.notes.length) {
      page.appendChild(el("ul", { className: "notes" }, ev.notes.map(function (n) { return el("li", { text: n }); })));
    }

    // every source's figures side by side
    page.appendChild(el("h2", { text: "Figures by source" }));
    var head = el("tr", null, [el("th", { text: "" })]);
    var rec = function (s, f) { return s.record ? f(s.record) : "—"; };
    var placeOf = function (r) { return (r.location && r.location.name) || "—"; };
    var rows = {
      outlet: el("tr", null, [el("th", { text: "Outlet" })]),
      published: el("tr", null, [el("th", { text: "Published" })]),
      date: el("tr", null, [el("th", { text: "Date" })]),
      type: el("tr", null, [el("th", { text: "Type" })]),
      actors: el("tr", null, [el("th", { text: "Actors" })]),
      place: el("tr", null, [el("th", { text: "Place" })]),
      killed: el("tr", null, [el("th", { text: "Killed" })]),
      wounded: el("tr", null, [el("th", { text: "Wounded" })]),
      sentences: el("tr", null, [el("th", { text: "Evidence sentences" })])
    };
    sources.forEach(function (s, i) {
      head.appendChild(el("th", { text: "Source " + (i + 1) }));
      rows.outlet.appendChild(el("td", { text: s.source.outlet || (s.document && s.document.outlet) || "—" }));
      rows.published.appendChild(el("td", { text: s.source.published || "—" }));
      rows.date.appendChild(el("td", { text: rec(s, function (r) { return r.date || "undated"; }) }));
      rows.type.appendChild(el("td", { text: rec(s, function (r) { return r.sub_event_type || r.event_type; }) }));
      rows.actors.appendChild(el("td", { text: rec(s, function (r) { return r.actor1 + (r.actor2 ? " → " + r.actor2 : ""); }) }));
      rows.place.appendChild(el("td", { text: rec(s, placeOf) }));
      rows.killed.appendChild(el("td", { text: countText(s.killed) }));
      rows.wounded.appendChild(el("td", { text: countText(s.wounded) }));
      rows.sentences.appendChild(el("td", { text: String(s.evidence.length) }));
    });
    head.appendChild(el("th", { text: "Event" }));
    rows.outlet.appendChild(el("td", { text: "" }));
    rows.published.appendChild(el("td", { text: "" }));
    rows.date.appendChild(el("td", { text: ev.date || "undated" }));
    rows.type.appendChild(el("td", { text: ev.sub_event_type || ev.event_type }));
    rows.actors.appendChild(el("td", { text: ev.actor1 + (ev.actor2 ? " → " + ev.actor2 : "") }));
    rows.place.appendChild(el("td", { text: placeOf(ev) }));
    rows.killed.appendChild(el("td", { text: countText(ev.killed) }));
    rows.wounded.appendChild(el("td", { text: countText(ev.wounded) }));
    rows.sentences.appendChild(el("td", { text: String((ev.evidence || []).length) }));
    var table = el("table", { id: "figures" }, [el("thead", null, [head]), el("tbody", null, Object.keys(rows).map(function (k) { return rows[k]; }))]);
    page.appendChild(table);

    sources.forEach(function (s, i) {
      var box = el("section", { className: "source" });
      var d = s.document;
      box.appendChild(el("h2", { text: "Source " + (i + 1) + ": " + ((d && d.title) || s.source.title || s.source.doc) }));
      box.appendChild(el("p", { className: "muted" }, [
        (s.source.outlet || (d && d.outlet) || "unknown outlet") + " · " + (s.source.published || "undated") + " · ",
        safeLink(s.source.url || (d && d.url), s.source.url || (d && d.url) || "no URL"),
        s.source.copy_of ? " · copy of " + s.source.copy_of : ""
      ]));
      if (!d) {
        box.appendChild(el("p", { text: "This report is not in the store." }));
      } else {
        box.appendChild(highlighted(d.text, s.evidence, s.field_evidence || {}));
      }
      page.appendChild(box);
    });
  }

  // highlighted renders text with evidence sentences and field words
  // marked. Offsets are code points, as the API gives them.
  function highlighted(text, evidence, fields) {
    var cps = Array.from(text);
    var cls = new Array(cps.length).fill(0); // 1: evidence, 2: field
    var names = new Array(cps.length).fill("");
    evidence.forEach(function (e) {
      for (var i = Math.max(0, e.start); i < Math.min(cps.length, e.end); i++) cls[i] |= 1;
    });
    Object.keys(fields).sort().forEach(function (k) {
      var e = fields[k];
      for (var i = Math.max(0, e.start); i < Math.min(cps.length, e.end); i++) {
        cls[i] |= 2;
        names[i] = names[i] ? names[i] + ", " + k : k;
      }
    });
    var out = el("div", { className: "doctext" });
    var i = 0;
    while (i < cps.length) {
      var j = i;
      while (j < cps.length && cls[j] === cls[i] && names[j] === names[i]) j++;
      var chunk = cps.slice(i, j).join("");
      if (cls[i] === 0) out.appendChild(document.createTextNode(chunk));
      else {
        var m = el("mark", { className: cls[i] & 2 ? "field" : "ev", text: chunk });
        if (names[i]) m.title = names[i];
        out.appendChild(m);
      }
      i = j;
    }
    return out;
  }

  // ---- navigation ----

  function go(path) {
    history.pushState(null, "", path);
    route();
  }

  function navigate(e) {
    if (e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    go(e.currentTarget.getAttribute("href"));
  }

  function route() {
    var m = location.pathname.match(/^\/event\/(.+)$/);
    if (m) return showEvent(decodeURIComponent(m[1]));
    m = location.pathname.match(/^\/document\/(.+)$/);
    if (m) return showDocument(decodeURIComponent(m[1]));
    return showBrowse();
  }

  function init() {
    readURL();
    var form = $("#filters");
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      FILTERS.forEach(function (k) {
        var v = form.elements[k].value.trim();
        if (v) state.filters[k] = v; else delete state.filters[k];
      });
      refresh(false);
    });
    $("#reset").addEventListener("click", function () {
      state.filters = {};
      state.order = "date";
      // (showBrowse reads the state from the URL: the filters must leave it)
      if (location.pathname + location.search !== "/") history.pushState(null, "", "/");
      showBrowse().then(function () { writeURL(true); fillForm(); });
    });
    $("#clear-dates").addEventListener("click", function () {
      delete state.filters.from;
      delete state.filters.to;
      refresh(false);
    });
    $("#more").addEventListener("click", function () { loadList(true); });
    $("#control-on").addEventListener("change", function (e) {
      state.control = e.target.checked;
      writeURL(false);
      fillForm();
      drawControl();
    });
    $("#control-at").addEventListener("change", function (e) {
      state.at = DAY_RE.test(e.target.value) ? e.target.value : "";
      if (state.at && !state.control) state.control = true;
      writeURL(false);
      fillForm();
      drawControl();
    });
    document.querySelectorAll("th button[data-order]").forEach(function (b) {
      b.addEventListener("click", function () {
        var o = b.dataset.order;
        state.order = state.order === o ? "-" + o : o;
        writeURL(false);
        fillForm();
        loadList(false);
      });
    });
    window.addEventListener("popstate", route);
    loadOptions();
    route().finally(function () { busy(-1); });
  }

  init();
})();
