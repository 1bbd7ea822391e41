"""The built site in a real browser: Debian's Chromium driven by Playwright, served on localhost.

The site is built once from fixtures (the seed article, two invented dated articles with tags,
and an article full of injection payloads). Screenshots and page weights go to
build/test-artifacts/ (or $PARLEY_ARTIFACTS).

Skipped when Chromium or Playwright is missing, unless PARLEY_BROWSER_TESTS=require (CI sets it),
in which case their absence is a failure.
"""

from __future__ import annotations

import functools
import http.server
import itertools
import json
import math
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("PARLEY_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(os.environ.get("PARLEY_ARTIFACTS", ROOT / "build" / "test-artifacts"))
REQUIRED = os.environ.get("PARLEY_BROWSER_TESTS") == "require"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

if not REQUIRED and (sync_playwright is None or not Path(CHROMIUM).exists()):
    pytest.skip(
        "Chromium or Playwright not installed (set PARLEY_BROWSER_TESTS=require to fail instead)",
        allow_module_level=True,
    )

PAYLOAD = """---
title: "Payload <img src=x onerror=window.__pwned=1> {{ 7*7 }} </title><script>window.__pwned=1</script>"
tags: ["<script>window.__pwned=1</script>", "\\" onmouseover=\\"window.__pwned=1"]
source: "<b onmouseover=window.__pwned=1>Wire</b>"
url: "javascript:window.__pwned=1"
---
Anna Berg said: "<script>window.__pwned=1</script> [x](javascript:window.__pwned=1) {{ 7*7 }} {% raw %}".

Norway and Western allies are calling for a "</script><script>window.__pwned=1</script>" ceasefire.

Sweden demanded that <img src=x onerror=window.__pwned=1> be lifted, Erik Dahl said.

Finland proposed =HYPERLINK("http://example.com","x") and @SUM(1) talks, "<!-- unclosed comment" Erik Dahl said.

Denmark rejected ' onfocus='window.__pwned=1' autofocus=' plan, and [a]: javascript:window.__pwned=1 too.
"""  # noqa: E501 - an article's lines are its paragraphs and the title one YAML line: kept whole
# a file name is article input too
PAYLOAD_NAME = "<img src=x onerror=window.__pwned=1>.md"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    proj = tmp_path_factory.mktemp("browser") / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    seeds = proj / "seeds"
    shutil.copytree(ROOT / "tests" / "fixtures" / "site", seeds)
    shutil.copy(ROOT / "seeds" / "istanbul-talks.txt", seeds / "istanbul-talks.txt")
    (seeds / "payload.md").write_text(PAYLOAD, encoding="utf-8")
    (seeds / PAYLOAD_NAME).write_text(
        "Iceland called for a truce on Monday, Erik Dahl said.\n", encoding="utf-8"
    )
    handler = functools.partial(_Quiet, directory=str(proj / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    # Built for the address it is served from, as on GitHub Pages: Material's instant navigation
    # follows only links listed in the sitemap, which carries site_url.
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=proj,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": base},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield proj / "site", base
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if sync_playwright is None:
        pytest.fail("playwright is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Watch:
    """Console errors, page errors, failed requests and every request URL of one page."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.bytes: dict[str, int] = {}
        page.on(
            "console",
            lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        # A request cut short by the next navigation (net::ERR_ABORTED) is not a failure; a missing
        # file shows up as an HTTP error below and an unreachable host as another net:: error.
        page.on(
            "requestfailed",
            lambda r: (
                None
                if r.failure == "net::ERR_ABORTED"
                else self.errors.append(f"failed: {r.url} {r.failure}")
            ),
        )
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("response", self._response)

    def _response(self, r):
        if r.status >= 400:
            self.errors.append(f"HTTP {r.status}: {r.url}")


def _new_page(browser, **kw):
    ctx = browser.new_context(**kw)
    page = ctx.new_page()
    return ctx, page, Watch(page)


def _pages(site_dir: Path) -> list[str]:
    return sorted(
        p.relative_to(site_dir).parent.as_posix() + "/"
        for p in site_dir.rglob("index.html")
        if p.relative_to(site_dir).parts[0] not in ("assets", "search")
    )


def _wait_charts(page, n_min=1):
    page.wait_for_function(
        "n => document.querySelectorAll('.parley-chart[data-drawn] svg.main-svg').length >= n",
        arg=n_min,
        timeout=15000,
    )
    return page.evaluate("""() => Array.from(
        document.querySelectorAll('.parley-chart[data-drawn]')).map(el =>
        ({traces: (el.data || []).length,
          points: el.querySelectorAll('.barlayer .point, .scatterlayer .point, '
            + '.scatterlayer path.js-line, .heatmaplayer image').length}))""")


def test_every_generated_page_loads_cleanly_and_no_payload_runs(site, browser):
    site_dir, base = site
    pages = _pages(site_dir)
    assert len(pages) >= 15
    ctx, page, watch = _new_page(browser)
    for path in [p if p != "./" else "" for p in pages]:
        page.goto(base + path, wait_until="networkidle")
        assert page.evaluate("window.__pwned") is None, path
    ctx.close()
    assert watch.errors == []


def test_payloads_show_literally_and_leave_no_live_links(site, browser):
    site_dir, base = site
    ctx, page, watch = _new_page(browser)
    page.goto(base + "documents/payload/", wait_until="networkidle")
    text = page.inner_text("article")
    assert "<script>window.__pwned=1</script>" in text and "{{ 7*7 }}" in text and "49" not in text
    assert "<img src=x onerror=window.__pwned=1>" in text
    for path in ("documents/payload/", "quotes/", "positions/", "timeline/", ""):
        page.goto(base + path, wait_until="networkidle")
        bad = page.evaluate("""() => Array.from(document.querySelectorAll('a[href], [src]'))
            .map(e => e.getAttribute('href') || e.getAttribute('src'))
            .filter(u => /^\\s*javascript:/i.test(u))""")
        assert bad == [], (path, bad)
        handlers = page.evaluate("""() => Array.from(document.querySelectorAll('article *'))
            .filter(e => Array.from(e.attributes).some(a => /^on/i.test(a.name)))
            .map(e => e.outerHTML)""")
        assert handlers == [], (path, handlers)
        assert page.evaluate("window.__pwned") is None, path
    # hover text of the charts: payload text is data, never markup
    page.goto(base + "timeline/", wait_until="networkidle")
    _wait_charts(page, 1)
    assert (
        page.evaluate("document.querySelectorAll('.parley-chart img, .parley-chart script').length")
        == 0
    )
    # the file with a payload name has a safe page and shows its name as text
    slug = [p.parent.name for p in (site_dir / "documents").glob("img-src-x*/index.html")]
    assert slug, "the payload-named file was not published"
    page.goto(base + f"documents/{slug[0]}/", wait_until="networkidle")
    assert "source file <img src=x onerror=window.__pwned=1>.md" in page.inner_text("article")
    assert page.evaluate("window.__pwned") is None
    # CSV downloads: a cell that could start a formula is neutralised
    for name in ("quotes.csv", "demands.csv", "proposals.csv", "moves.csv"):
        rows = (site_dir / "downloads" / name).read_text("utf-8").splitlines()
        for row in rows:
            for cell in row.split(","):
                assert cell.lstrip('"')[:1] not in ("=", "+", "@") or cell.lstrip('"').startswith(
                    "'"
                ), (name, row)
    ctx.close()
    assert watch.errors == []


def test_charts_draw_on_direct_load_and_after_instant_navigation(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser)
    page.goto(base, wait_until="networkidle")
    drawn = _wait_charts(page, 2)
    assert all(c["traces"] and c["points"] for c in drawn), drawn
    page.evaluate("window.__sameDocument = true")  # survives instant navigation, not a reload
    for tab in ("Positions", "Timeline", "Actors"):
        page.click(f"a.md-tabs__link:text-is('{tab}')")
        page.wait_for_function(
            "t => document.querySelector('h1') && document.querySelector('h1').textContent"
            ".length > 0 && location.pathname.length > 1",
            arg=tab,
        )
        drawn = _wait_charts(page, 1)
        assert all(c["traces"] and c["points"] for c in drawn), (tab, drawn)
        assert page.evaluate("window.__sameDocument") is True, f"{tab}: the page reloaded"
    ctx.close()
    assert watch.errors == []


def test_palette_toggle_recolours_charts(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser, color_scheme="light")
    page.goto(base + "positions/", wait_until="networkidle")
    _wait_charts(page, 2)
    colours = (
        "() => Array.from(document.querySelectorAll('.parley-chart .xtick text, "
        ".parley-chart .ytick text'))"
        ".map(t => getComputedStyle(t).fill).join(',')"
    )
    before = page.evaluate(colours)
    page.click("form[data-md-component=palette] label:visible")
    page.wait_for_function(f"b => ({colours})() !== b", arg=before, timeout=5000)
    assert page.evaluate(colours) != before
    ctx.close()
    assert watch.errors == []


def test_evidence_link_scrolls_to_and_highlights_its_sentence(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": 1280, "height": 800})
    page.goto(base + "quotes/", wait_until="networkidle")
    link = page.locator("article a[href*='documents/'][href*='#s']").first
    href = link.get_attribute("href")
    sentence = href.split("#")[1]
    link.click()
    page.wait_for_function("id => location.hash === '#' + id", arg=sentence)
    target = page.locator(f"#{sentence}")
    target.wait_for()
    page.wait_for_function(
        "id => document.getElementById(id).classList.contains('parley-target')", arg=sentence
    )
    assert (
        page.evaluate(f"getComputedStyle(document.getElementById('{sentence}')).outlineStyle")
        == "solid"
    )
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < 800
    ctx.close()
    assert watch.errors == []


def test_search_finds_the_document_of_a_quoted_phrase(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser)
    page.goto(base, wait_until="networkidle")
    page.click("label.md-search__icon, .md-search__input")
    # The index loads in a worker on first focus; typing before it is ready shows nothing yet.
    for _ in range(15):
        page.fill("input.md-search__input", "")
        page.type("input.md-search__input", "beginning of the journey", delay=20)
        try:
            page.wait_for_selector(".md-search-result__item", timeout=1000)
            break
        except Exception:  # noqa: BLE001 - retried until the index is ready
            continue
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert any("documents/istanbul-talks" in h for h in hrefs), hrefs
    ctx.close()
    assert watch.errors == []


def _search(page, query: str) -> list[dict]:
    """Material's search box asked `query` as a user types it: the results' links and snippets."""
    page.click("label.md-search__icon, .md-search__input")
    for _ in range(15):  # the index loads in a worker on first focus
        page.fill("input.md-search__input", "")
        page.type("input.md-search__input", query, delay=10)
        try:
            page.wait_for_selector(".md-search-result__item", timeout=1000)
            break
        except Exception:  # noqa: BLE001 - retried until the index is ready
            continue
    return page.eval_on_selector_all(
        ".md-search-result__item a",
        """els => els.map(e => ({href: e.href,
        text: (e.querySelector('.md-search-result__article') || e).innerText}))""",
    )


@pytest.mark.parametrize(
    "query, page_path",
    [
        (
            '"beginning of the journey"',
            "documents/istanbul-talks",
        ),  # a phrase of a quote, stop words and all
        ('"not to stage a walkout"', "documents/2025-03-02-harbour-talks-open"),
        ('"protect a single night-shift worker"', "documents/2025-03-09-harbour-offer-rejected"),
    ],
)
def test_a_quoted_phrase_finds_the_document_of_its_quote(site, browser, query, page_path):
    _, base = site
    ctx, page, watch = _new_page(browser)
    page.goto(base, wait_until="networkidle")
    results = _search(page, query)
    assert any(page_path in r["href"] for r in results), results
    ctx.close()
    assert watch.errors == []


def test_a_speakers_name_finds_their_quotes_and_snippets_read_as_text(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser)
    page.goto(base, wait_until="networkidle")
    results = _search(page, "Ola Nordmann")
    quotes = [r for r in results if "/quotes/" in r["href"] and r["href"].endswith("#ola-nordmann")]
    assert quotes and "not to stage a walkout" in quotes[0]["text"], results
    page.goto(base, wait_until="networkidle")
    results = _search(page, '"role chief negotiator"')
    actors = [r for r in results if "/actors/" in r["href"] and r["href"].endswith("#all-actors")]
    # a row of the actors table as a line of text, not its cells glued together
    assert (
        actors
        and "Vladimir Medinsky — type person; party Russia; role chief negotiator"
        in actors[0]["text"]
    ), results
    assert "PartyRole" not in actors[0]["text"]
    ctx.close()
    assert watch.errors == []


def test_a_build_without_site_url_has_no_localhost_and_still_navigates(site, browser, tmp_path):
    site_dir, _ = site
    out = tmp_path / "site"
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=site_dir.parent,
        capture_output=True,
        text=True,
        env={**env, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    ctx, page, watch = _new_page(browser)
    try:
        for path in [p if p != "./" else "" for p in _pages(out)]:
            response = page.goto(base + path, wait_until="networkidle")
            assert "127.0.0.1" not in response.text() and "localhost" not in response.text(), path
        page.goto(base, wait_until="networkidle")
        for tab in (
            "Quotes",
            "Positions",
        ):  # ordinary page loads: instant navigation has no sitemap to follow
            page.click(f"a.md-tabs__link:text-is('{tab}')")
            page.wait_for_function(
                "t => document.querySelector('h1') && document.title.length > 0 &&"
                " location.pathname.includes(t.toLowerCase())",
                arg=tab,
            )
        _wait_charts(page, 1)
    finally:
        ctx.close()
        server.shutdown()
    assert watch.errors == []


def test_a_quote_mark_adds_no_space_inside_its_quotation_marks(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(base + "documents/istanbul-talks/", wait_until="networkidle")
    # the distance from the opening “ to the mark's first letter and from its last letter to the ”
    gaps = page.evaluate("""() => Array.from(
        document.querySelectorAll('.parley-doc mark.parley-quote')).flatMap(m => {
        const before = m.previousSibling, after = m.nextSibling, out = [];
        const box = (node, a, b) => {
            const r = document.createRange(); r.setStart(node, a); r.setEnd(node, b);
            return r.getBoundingClientRect(); };
        const first = m.firstChild, last = m.lastChild, marked = m.getBoundingClientRect();
        if (before && before.nodeType === 3 && before.textContent.endsWith('“')) {
            const t = before.textContent.length;
            out.push(box(first, 0, 1).left - box(before, t - 1, t).right,
                     box(first, 0, 1).left - marked.left); }
        if (after && after.nodeType === 3 && /^[,.]?”/.test(after.textContent)) {
            const n = last.textContent.length;
            out.push(marked.right - box(last, n - 1, n).right); }
        return out; })""")
    assert len(gaps) >= 4 and max(abs(g) for g in gaps) < 0.5, gaps
    ctx.close()
    assert watch.errors == []


def test_plotly_only_where_there_is_a_chart(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser)
    page.goto(base + "quotes/", wait_until="networkidle")
    assert not [u for u in watch.requests if "plotly" in u]
    page.goto(base + "positions/", wait_until="networkidle")
    _wait_charts(page, 1)
    assert [u for u in watch.requests if u.endswith("plotly.min.js")]
    ctx.close()
    assert watch.errors == []


def test_pages_are_usable_at_375_px(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": 375, "height": 812})
    for path in ("", "documents/istanbul-talks/", "actors/harbour-workers-union/", "positions/"):
        page.goto(base + path, wait_until="networkidle")
        if path in ("", "actors/harbour-workers-union/", "positions/"):
            _wait_charts(page, 1)
            widths = page.evaluate(
                "Array.from(document.querySelectorAll('.parley-chart svg.main-svg'))"
                ".map(s => s.getBoundingClientRect().width)"
            )
            assert widths and max(widths) <= 375, (path, widths)
        assert page.evaluate("document.documentElement.scrollWidth") <= 376, path
        assert page.locator("label.md-header__button[for=__drawer]").is_visible()
    ctx.close()
    assert watch.errors == []


def test_screenshots_and_page_weights(site, browser):
    """Artefacts to look at: home, a document, an actor page and the positions, light and dark;
    bytes per page."""
    _, base = site
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    weights = {}
    for scheme in ("light", "dark"):
        ctx, page, watch = _new_page(
            browser, color_scheme=scheme, viewport={"width": 1280, "height": 1000}
        )
        for name, path in (
            ("home", ""),
            ("document", "documents/istanbul-talks/"),
            ("actor", "actors/harbour-workers-union/"),
            ("positions", "positions/"),
        ):
            cdp = ctx.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            sizes: dict[str, int] = {}
            cdp.on(
                "Network.loadingFinished",
                lambda e, s=sizes: s.__setitem__(e["requestId"], e["encodedDataLength"]),
            )
            page.goto(base + path, wait_until="networkidle")
            if name != "document":
                _wait_charts(page, 1)
            page.wait_for_timeout(300)
            scheme_attr = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
            assert scheme_attr == ("slate" if scheme == "dark" else "default")
            page.screenshot(path=str(ARTIFACTS / f"{name}-{scheme}.png"))
            weights[f"{name} ({scheme})"] = sum(sizes.values())
            cdp.detach()
        ctx.close()
        assert watch.errors == []
    (ARTIFACTS / "page-weights.json").write_text(
        json.dumps(weights, indent=2, sort_keys=True) + "\n"
    )
    assert all(w > 0 for w in weights.values())


def test_tags_from_front_matter_have_their_page(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser)
    page.goto(base + "tags/", wait_until="networkidle")
    text = page.inner_text("article")
    assert "labour" in text and "ports" in text
    assert page.locator("article a[href*='documents/2025-03-02-harbour-talks-open']").count() >= 1
    ctx.close()
    assert watch.errors == []


# Where every label of every drawn chart is, from the plotly DOM: tick labels per axis, the
# legend, the network's node labels; and what the figure asked for (array ticks, axis types).
CHART_GEOMETRY = """() => Array.from(
  document.querySelectorAll('.parley-chart[data-drawn]')).map(el => {
  const box = e => {
    const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  // a label's own box, turned as it is drawn (tick labels may be rotated): its four corners
  const corners = t => { const b = t.getBBox(), m = t.getScreenCTM();
    return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height],
            [b.x, b.y + b.height]]
      .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]); };
  const texts = sel => Array.from(el.querySelectorAll(sel))
    .filter(t => t.textContent.trim() && t.getBoundingClientRect().width > 0)
    .map(t => [t.textContent, corners(t)]);
  const legend = el.querySelector('.legend');
  const full = el._fullLayout;
  return {name: el.getAttribute('aria-label'), svg: box(el.querySelector('svg.main-svg')),
          x: texts('.xtick text, .x2tick text'), y: texts('.ytick text'),
          nodes: texts('.textpoint text'),
          legend: legend && legend.getBoundingClientRect().width > 0 ? box(legend) : null,
          ycategories: full.yaxis.type === 'category' ? full.yaxis._categories.length : null,
          xtype: full.xaxis.type, xvalues: full.xaxis._categories,
          x2type: full.xaxis2 ? full.xaxis2.type : null,
          x2values: full.xaxis2 ? full.xaxis2._categories : null,
          plot: [full._size.w, full._size.h]};
})"""


def _inside(a, outer, slack: float = 1.0) -> bool:
    return (
        a[0] >= outer[0] - slack
        and a[1] >= outer[1] - slack
        and a[2] <= outer[2] + slack
        and a[3] <= outer[3] + slack
    )


def _bounds(quad) -> list[float]:
    xs, ys = [x for x, _ in quad], [y for _, y in quad]
    return [min(xs), min(ys), max(xs), max(ys)]


def _quads_meet(p, q, slack: float = 1.0) -> bool:
    """Whether two (possibly turned) rectangles overlap by more than `slack` px: no edge normal of
    either separates them (separating axis theorem)."""
    for poly in (p, q):
        for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
            nx, ny = y1 - y2, x2 - x1
            norm = math.hypot(nx, ny) or 1.0
            a = [(nx * x + ny * y) / norm for x, y in p]
            b = [(nx * x + ny * y) / norm for x, y in q]
            if min(max(a), max(b)) - max(min(a), min(b)) <= slack:
                return False
    return True


def _label_problems(chart: dict) -> list[str]:
    """Overlapping, clipped or missing labels of one chart, as readable lines."""
    out = []
    for kind in ("x", "y", "nodes"):
        labels = chart[kind]
        out += [
            f"{kind} labels overlap: {a[0]!r} / {b[0]!r}"
            for k, a in enumerate(labels)
            for b in labels[k + 1 :]
            if _quads_meet(a[1], b[1])
        ]
        out += [
            f"{kind} label clipped: {a[0]!r}"
            for a in labels
            if not _inside(_bounds(a[1]), chart["svg"])
        ]
    if chart["legend"]:
        legend = chart["legend"]
        box = [
            [legend[0], legend[1]],
            [legend[2], legend[1]],
            [legend[2], legend[3]],
            [legend[0], legend[3]],
        ]
        out += [
            f"legend over the {kind} label {a[0]!r}"
            for kind in ("x", "y")
            for a in chart[kind]
            if _quads_meet(box, a[1])
        ]
        out += ["legend clipped"] if not _inside(chart["legend"], chart["svg"]) else []
    if (
        chart["ycategories"] is not None and len(chart["y"]) != chart["ycategories"]
    ):  # every row named
        out.append(
            f"{chart['ycategories'] - len(chart['y'])} of {chart['ycategories']} row labels "
            "not drawn"
        )
    return [f"{chart['name']}: {p}" for p in out]


@pytest.mark.parametrize("width", [375, 1280])
def test_no_chart_has_overlapping_clipped_or_missing_labels(site, browser, width):
    _, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": width, "height": 900})
    problems, seen = [], 0
    for path in ("", "positions/", "timeline/", "actors/", "actors/harbour-workers-union/"):
        page.goto(base + path, wait_until="networkidle")
        n = page.evaluate("document.querySelectorAll('.parley-chart').length")
        _wait_charts(page, n)
        for chart in page.evaluate(CHART_GEOMETRY):
            seen += 1
            assert chart["x"] or chart["nodes"], (path, chart["name"])  # something was measured
            problems += [f"{path or 'home'} · {p}" for p in _label_problems(chart)]
    ctx.close()
    assert seen >= 7
    assert problems == [], "\n".join(problems)
    assert watch.errors == []


def test_moves_and_stances_are_on_a_date_axis_with_undated_documents_apart(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": 375, "height": 900})
    for path in ("timeline/", "positions/"):
        page.goto(base + path, wait_until="networkidle")
        _wait_charts(page, 1)
        charts = [c for c in page.evaluate(CHART_GEOMETRY) if "over time" in c["name"]]
        assert charts, path
        for c in charts:
            # the fixture: two dated harbour articles and undated ones (the seed, the payloads); an
            # issue only undated articles raise has no time axis, only the column 'undated'
            assert c["xtype"] == "date" or c["xvalues"] == ["undated"], (path, c["name"])
            if c["x2type"]:
                assert c["x2type"] == "category" and c["x2values"] == ["undated"], (path, c["name"])
            # date ticks read as dates, never a document title
            assert all(any(ch.isdigit() for ch in t[0]) for t in c["x"] if t[0] != "undated"), c[
                "x"
            ]
    on_positions = page.evaluate(CHART_GEOMETRY)
    assert any(c["x2type"] for c in on_positions)  # an issue with dated and undated moves has both
    assert any(c["xtype"] == "date" for c in on_positions if "over time" in c["name"])
    ctx.close()
    assert watch.errors == []


def test_charts_are_as_tall_as_their_labels_need(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": 375, "height": 900})
    page.goto(base + "actors/harbour-workers-union/", wait_until="networkidle")
    _wait_charts(page, 1)
    (mentions,) = page.evaluate(CHART_GEOMETRY)
    assert mentions["xtype"] == "date" and mentions["plot"][1] >= 150, mentions["plot"]
    page.goto(base + "timeline/", wait_until="networkidle")
    _wait_charts(page, 1)
    (timeline,) = page.evaluate(CHART_GEOMETRY)
    rows = sorted(_bounds(t[1])[1] for t in timeline["y"])
    assert (
        min(b - a for a, b in itertools.pairwise(rows)) >= 20
    )  # each row label has a line of its own
    ctx.close()
    assert watch.errors == []


def test_home_lists_the_fixtures_negotiating_parties_first(site, browser):
    """The fixtures' sides (the harbour dispute's union and port, the seed's Russia and Ukraine)
    head the home page's Parties, each with a role and a stance linked to its sentence; the think
    tank the seed quotes is not a party."""
    _site_dir, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": 375, "height": 800})
    page.goto(base)
    # the first table after the heading (Material wraps tables in a scrolling box once loaded)
    table = page.evaluate_handle("""() => {
        let e = document.getElementById('parties').nextElementSibling;
        while (e && !(e.matches('table') || e.querySelector('table'))) e = e.nextElementSibling;
        return e && (e.matches('table') ? e : e.querySelector('table')); }""")
    rows = table.evaluate(
        "t => Array.from(t.tBodies[0].rows, r => Array.from(r.cells, c => c.textContent.trim()))"
    )
    assert {r[0] for r in rows[:4]} == {
        "Harbour Workers Union",
        "Port Authority",
        "Russia",
        "Ukraine",
    }, rows
    assert all(r[1] == "Party to the talks" for r in rows[:4])
    assert not any("Stimson" in r[0] for r in rows)
    table.evaluate("t => t.tBodies[0].rows[0].cells[2].querySelector('a').click()")
    page.wait_for_url("**/documents/**#s*")
    assert page.evaluate("location.hash").startswith("#s") and not watch.errors
    ctx.close()


# The filter forms of the long lists (generator/filters.py, parley.js): every row's facets, as
# the page carries them, and whether it is shown.
FILTER_ROWS = """() => Array.from(
  document.querySelectorAll('[data-parley-filter] [data-parley-row]')).map(r => ({
    party: (r.getAttribute('data-party') || '').split(' ').filter(Boolean),
    issue: (r.getAttribute('data-issue') || '').split(' ').filter(Boolean),
    type: (r.getAttribute('data-type') || '').split(' ').filter(Boolean),
    date: (r.getAttribute('data-date') || '').split(' ').filter(Boolean),
    repeat: r.hasAttribute('data-parley-repeat'), text: r.textContent,
    shown: r.getClientRects().length > 0}))"""


def _filter_state(page) -> tuple[list[dict], str]:
    return page.evaluate(FILTER_ROWS), page.inner_text(".parley-filter-count")


def _choose(page, name: str, value: str) -> None:
    if name in ("from", "to"):
        page.fill(f"form.parley-filter input[name={name}]", value)
    else:
        page.select_option(f"form.parley-filter select[name={name}]", value)


def _check_filter(page, choices: dict[str, str], expect) -> list[dict]:
    """Choose `choices`; the rows shown are exactly those `expect(row)` keeps, and the count says
    so."""
    for name, value in choices.items():
        _choose(page, name, value)
    rows, count = _filter_state(page)
    wanted = [expect(r) for r in rows]
    assert [r["shown"] for r in rows] == wanted, (
        choices,
        [(r["text"][:40], r["shown"]) for r in rows],
    )
    assert 0 < sum(wanted) < len(rows), (
        choices,
        "a filter that hides nothing or everything proves nothing",
    )
    counted = [
        w for r, w in zip(rows, wanted, strict=True) if not r["repeat"]
    ]  # a party's row in both tables of an issue: once
    assert count == f"{sum(counted)} of {len(counted)} shown", count
    return rows


def _reset_filter(page) -> None:
    page.click("form.parley-filter button[type=reset]")
    page.wait_for_function(
        "() => /^All \\d+ shown$/.test(document.querySelector('.parley-filter-count').textContent)"
    )
    rows, _count = _filter_state(page)
    assert all(r["shown"] for r in rows)
    assert page.evaluate("document.querySelectorAll('[data-parley-group][hidden]').length") == 0


def _in_range(dates: list[str], start: str, end: str) -> bool:
    return any(start <= d <= end for d in dates)


def test_filtering_the_quotes_by_party_and_date(site, browser):
    _, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(base + "quotes/", wait_until="networkidle")
    assert page.locator("form.parley-filter").is_visible()
    rows, count = _filter_state(page)
    assert all(r["shown"] for r in rows) and count == f"All {len(rows)} shown"
    assert all(
        r["party"] for r in rows
    )  # every quote has its party (or "(others)", "(unattributed)")
    # the harbour speakers are named with no party: their quotes are the "Others" group's
    others = "%28others%29"
    shown = _check_filter(page, {"party": others}, lambda r: others in r["party"])
    assert any("Ola Nordmann" in r["text"] for r in shown if r["shown"])
    assert not any("Medinsky" in r["text"] for r in shown if r["shown"])
    assert not page.locator(
        "h2#russia"
    ).is_visible()  # a party without a shown quote is hidden with its heading
    # their quotes of 5 March and later: the walkout quote (2 March) goes, the rejection stays
    shown = _check_filter(
        page,
        {"from": "2025-03-05"},
        lambda r: others in r["party"] and _in_range(r["date"], "2025-03-05", "9999"),
    )
    texts = " ".join(r["text"] for r in shown if r["shown"])
    assert "night-shift worker" in texts and "not to stage a walkout" not in texts
    _reset_filter(page)
    ctx.close()
    assert watch.errors == []


def test_filtering_the_positions_by_move_type_issue_and_dates_after_instant_navigation(
    site, browser
):
    _, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(base, wait_until="networkidle")
    page.evaluate("window.__sameDocument = true")
    page.click("a.md-tabs__link:text-is('Positions')")
    page.wait_for_selector(
        "form.parley-filter:not([hidden])"
    )  # wired up after instant navigation too
    assert page.evaluate("window.__sameDocument") is True
    rows, count = _filter_state(page)
    assert rows and all(r["shown"] and r["party"] and r["issue"] and r["type"] for r in rows)
    assert count == f"All {sum(not r['repeat'] for r in rows)} shown" and any(
        r["repeat"] for r in rows
    )
    shown = _check_filter(page, {"type": "reject"}, lambda r: "reject" in r["type"])
    assert any(
        "Harbour Workers Union" in r["text"] for r in shown if r["shown"]
    )  # rejected the revised offer
    _reset_filter(page)
    issue = "labour"  # the harbour dispute's: the union's and the port's rows only, and the row
    # of the port's director, who voiced its offer
    shown = _check_filter(page, {"issue": issue}, lambda r: issue in r["issue"])
    assert {r["party"][0] for r in shown if r["shown"]} == {
        "harbour-workers-union",
        "port-authority",
        "kari-holm",
    }
    hidden_sections = page.evaluate(
        "Array.from(document.querySelectorAll('section[data-parley-group][hidden] h2'), h => h.id)"
    )
    assert hidden_sections and issue not in hidden_sections
    _reset_filter(page)
    # the first harbour article only (2 March): undated rows (the seed's, the payload's) go too
    _check_filter(
        page,
        {"from": "2025-03-01", "to": "2025-03-05"},
        lambda r: _in_range(r["date"], "2025-03-01", "2025-03-05"),
    )
    _check_filter(
        page,
        {"party": "port-authority"},
        lambda r: (
            "port-authority" in r["party"] and _in_range(r["date"], "2025-03-01", "2025-03-05")
        ),
    )
    _reset_filter(page)
    ctx.close()
    assert watch.errors == []


def test_without_javascript_every_row_is_shown_and_no_filter_form(site, browser):
    _, base = site
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    for path in ("quotes/", "positions/"):
        page.goto(base + path)
        assert not page.locator("form.parley-filter").is_visible()
        rows = page.evaluate(FILTER_ROWS)
        assert rows and all(r["shown"] for r in rows), path
    ctx.close()


def test_filter_screenshots_at_375_px(site, browser):
    _, base = site
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ctx, page, watch = _new_page(browser, viewport={"width": 375, "height": 812})
    for path, choice in (
        ("quotes/", ("party", "%28others%29")),
        ("positions/", ("type", "reject")),
    ):
        page.goto(base + path, wait_until="networkidle")
        _choose(page, *choice)
        form = page.locator("form.parley-filter")
        box = form.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375, box
        assert page.evaluate("document.documentElement.scrollWidth") <= 376, path
        form.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / f"filter-{path.strip('/')}-375.png"))
    ctx.close()
    assert watch.errors == []


def test_charts_stay_in_their_box_after_instant_navigation(site, browser):
    """Material's instant navigation replaces <head>, where plotly.js put the rules that place a
    chart's layers; parley.js puts them back, else the layers stack below the chart, over the
    page."""
    _, base = site
    ctx, page, watch = _new_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(base, wait_until="networkidle")
    _wait_charts(page, 1)
    for tab in ("Positions", "Timeline", "Actors"):
        page.click(f"a.md-tabs__link:text-is('{tab}')")
        page.wait_for_function("t => location.pathname.includes(t.toLowerCase())", arg=tab)
        _wait_charts(page, 1)
        outside = page.evaluate("""() => Array.from(
            document.querySelectorAll('.parley-chart[data-drawn]')).flatMap(c => {
            const box = c.getBoundingClientRect();
            return Array.from(c.querySelectorAll('svg.main-svg'))
              .filter(s => s.getBoundingClientRect().bottom > box.bottom + 1)
              .map(() => c.getAttribute('aria-label')); })""")
        assert outside == [], (tab, outside)
    ctx.close()
    assert watch.errors == []
