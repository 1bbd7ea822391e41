/* Parley charts: one script for every page, loaded once.
 * Figures live in data-figure attributes; plotly.js (served from the plotly package, no CDN)
 * is fetched only when a page has a chart. document$ (Material) fires on direct load and after
 * each instant navigation; the palette observer re-themes charts when light/dark changes. */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script ? script.src.replace(/[^\/]*$/, "") : "";
  var loading = null;

  function loadPlotly() {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = base + "plotly.min.js";
        s.async = true;
        s.onload = function () { resolve(window.Plotly); };
        s.onerror = function () { loading = null; reject(new Error("plotly.js failed to load")); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function themeLayout() {
    var css = getComputedStyle(document.body);
    var fg = (css.getPropertyValue("--md-default-fg-color") || "#333").trim();
    var light = (css.getPropertyValue("--md-default-fg-color--lightest") || "#ddd").trim();
    var dark = document.body.getAttribute("data-md-color-scheme") === "slate";
    return {
      font: { color: fg },
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)",
      colorway: dark ? ["#7aa6ff", "#ffb86b", "#6be3a3", "#ff7a90", "#c39bff"]
                     : ["#1f5fbf", "#d9731a", "#1d9a5b", "#c8324a", "#7b4fc9"],
      "xaxis.gridcolor": light,
      "yaxis.gridcolor": light
    };
  }

  var LIGHT_SCALE = [[0, "#eef4fb"], [1, "#08306b"]];
  var DARK_SCALE = [[0, "#1e2433"], [1, "#8ab4ff"]];

  function isDark() {
    return document.body.getAttribute("data-md-color-scheme") === "slate";
  }

  // heatmaps on a named scale take the theme's; one with its own colours (a category each) keeps them
  function heatmaps(data) {
    var idx = [];
    (data || []).forEach(function (t, i) {
      if (t.type === "heatmap" && !Array.isArray(t.colorscale)) idx.push(i);
    });
    return idx;
  }

  var resizer = window.ResizeObserver ? new ResizeObserver(function (entries) {
    entries.forEach(function (e) {
      // drawn while hidden (a closed tab) or the window changed: fit the chart to its box again
      if (window.Plotly && e.target.getAttribute("data-drawn") && e.contentRect.width > 0) {
        window.Plotly.Plots.resize(e.target);
      }
    });
  }) : null;

  function charts() {
    return Array.prototype.slice.call(document.querySelectorAll(".parley-chart[data-figure]"));
  }

  // Material's instant navigation replaces <head>, and with it the style rules plotly.js inserts
  // once (its layers are absolutely placed by them): without them a chart's layers stack below
  // it, over the content that follows. Keep their text, and put them back on each page.
  var ownStyles = Array.prototype.slice.call(document.querySelectorAll("head style"));
  var plotlyStyles = {};  // id → the rules' text
  function keepPlotlyStyles() {
    Array.prototype.forEach.call(document.querySelectorAll("head style[id]"), function (st) {
      if (ownStyles.indexOf(st) >= 0 || !st.sheet) return;
      plotlyStyles[st.id] = Array.prototype.map.call(st.sheet.cssRules, function (r) { return r.cssText; }).join("\n");
    });
    Object.keys(plotlyStyles).forEach(function (id) {
      if (document.getElementById(id)) return;
      var st = document.createElement("style");
      st.id = id;
      st.textContent = plotlyStyles[id];
      document.head.appendChild(st);
    });
  }

  function draw() {
    var nodes = charts();
    if (!nodes.length) return;
    loadPlotly().then(function (Plotly) {
      keepPlotlyStyles();
      nodes.forEach(function (el) {
        var fig;
        try { fig = JSON.parse(el.getAttribute("data-figure")); } catch (e) { return; }
        var layout = fig.layout || {};
        var t = themeLayout();
        layout.font = Object.assign({}, layout.font || {}, t.font);
        layout.paper_bgcolor = t.paper_bgcolor;
        layout.plot_bgcolor = t.plot_bgcolor;
        layout.colorway = t.colorway;
        ["xaxis", "yaxis"].forEach(function (ax) {
          layout[ax] = Object.assign({}, layout[ax] || {}, { gridcolor: t[ax + ".gridcolor"], linecolor: t[ax + ".gridcolor"] });
        });
        layout.autosize = true;
        el.parleyThemed = heatmaps(fig.data);  // before the scale is replaced by an array below
        el.parleyThemed.forEach(function (i) { fig.data[i].colorscale = isDark() ? DARK_SCALE : LIGHT_SCALE; });
        Plotly.newPlot(el, fig.data || [], layout, { responsive: true, displaylogo: false });
        el.setAttribute("data-drawn", "1");
        if (resizer) resizer.observe(el);
      });
      keepPlotlyStyles();  // the rules a first plot added (the mode bar's)
    }).catch(function (err) { if (window.console) console.warn(err.message); });
  }

  function retheme() {
    if (!window.Plotly) return;
    var t = themeLayout();
    charts().forEach(function (el) {
      if (el.getAttribute("data-drawn")) {
        var idx = el.parleyThemed || [];
        if (idx.length) window.Plotly.restyle(el, { colorscale: [isDark() ? DARK_SCALE : LIGHT_SCALE] }, idx);
        window.Plotly.relayout(el, {
          "font.color": t.font.color, colorway: t.colorway,
          "xaxis.gridcolor": t["xaxis.gridcolor"], "yaxis.gridcolor": t["yaxis.gridcolor"]
        });
      }
    });
  }

  // Instant navigation changes the URL with pushState, which does not update CSS :target:
  // mark the sentence an evidence link points at ourselves.
  function markTarget() {
    var old = document.querySelectorAll(".parley-target");
    Array.prototype.forEach.call(old, function (el) { el.classList.remove("parley-target"); });
    var id = decodeURIComponent((location.hash || "").slice(1));
    if (!/^s\d+$/.test(id)) return;
    var el = document.getElementById(id);
    if (el) {
      el.classList.add("parley-target");
      el.scrollIntoView({ block: "center" });
    }
  }
  window.addEventListener("hashchange", markTarget);

  // Filters (generator/filters.py): a form, hidden in the page, over the list it names; each row
  // carries its facets as tokens. A row is shown when it has every chosen value and, with a date
  // range, a date in it (a partial date "2025-03" is compared at its own precision); a group
  // (an issue, a party, a speaker) is hidden when none of its rows is shown.
  function tokens(el, key) {
    var v = el.getAttribute("data-" + key);
    return v ? v.split(" ") : [];
  }

  function inRange(dates, from, to) {
    return dates.some(function (d) {
      return (!from || d >= from.slice(0, d.length)) && (!to || d <= to.slice(0, d.length));
    });
  }

  function applyFilter(form, list) {
    var chosen = Array.prototype.filter.call(form.querySelectorAll("select"), function (s) { return s.value; });
    var from = form.elements.from ? form.elements.from.value : "";
    var to = form.elements.to ? form.elements.to.value : "";
    var rows = list.querySelectorAll("[data-parley-row]");
    var shown = 0, total = 0;
    Array.prototype.forEach.call(rows, function (row) {
      var ok = chosen.every(function (s) { return tokens(row, s.name).indexOf(s.value) >= 0; });
      ok = ok && (!from && !to || inRange(tokens(row, "date"), from, to));
      row.hidden = !ok;
      if (row.hasAttribute("data-parley-repeat")) return;  // a row another table has too: counted once
      total += 1;
      if (ok) shown += 1;
    });
    Array.prototype.forEach.call(list.querySelectorAll("[data-parley-group]"), function (g) {
      g.hidden = !g.querySelector("[data-parley-row]:not([hidden])");
    });
    var count = form.querySelector(".parley-filter-count");
    if (count) count.textContent = shown === total ? "All " + total + " shown" : shown + " of " + total + " shown";
  }

  function filters() {
    Array.prototype.forEach.call(document.querySelectorAll("form.parley-filter[data-parley-filter-for]"), function (form) {
      var list = document.getElementById(form.getAttribute("data-parley-filter-for"));
      if (!list || form.parleyReady) return;
      form.parleyReady = true;
      var run = function () { applyFilter(form, list); };
      form.addEventListener("input", run);
      form.addEventListener("change", run);
      form.addEventListener("reset", function () { setTimeout(run, 0); });  // after the fields are cleared
      form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
      form.hidden = false;
      run();
    });
  }

  function onPage() { draw(); markTarget(); filters(); }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(onPage);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", onPage);
  } else {
    onPage();
  }
  new MutationObserver(function () { setTimeout(retheme, 50); })
    .observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})();
