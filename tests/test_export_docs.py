"""`parley export-docs`: the plugin's output as a plain docs tree, built by MkDocs without the
plugin and by Zensical (pinned in the `test` extra), and drawn in Chromium.

One invented corpus of four articles in two negotiations (a water treaty, a ferry strike), built
once per module: by MkDocs with the plugin, and exported then built by MkDocs without it and by
Zensical. Set PARLEY_BROWSER_TESTS=require to fail instead of skipping without Chromium/Playwright.
"""

from __future__ import annotations

import functools
import html
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.docs_tree import MANIFEST, SNIPPET, inside, read_manifest

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}

ARTICLES = {
    "water-treaty/2025-05-02-river-commission-meets.md": """---
title: River commission meets in Vienna
date: 2025-05-02
tags: [water]
---
Delegations of Austria and Hungary met in Vienna on Friday to revise the Danube water treaty.

"We want a fair share of the summer flow," Austrian envoy Lena Gruber said.

Hungary demanded a guaranteed minimum flow of 400 cubic metres a second.
Austria proposed a joint monitoring station at the border.
""",
    "water-treaty/2025-05-20-flow-deal-rejected.md": """---
title: Hungary rejects flow deal
date: 2025-05-20
---
Hungary rejected the Austrian offer on Tuesday.

"The offer leaves our farms dry in August," Hungarian negotiator Bela Kovacs said.

Austria proposed a review of the quotas every five years.
""",
    "ferry-strike/2025-06-01-ferry-crews-walk-out.md": """---
title: Ferry crews walk out
date: 2025-06-01
tags: [labour]
---
The Ferry Workers Union demanded a 7% pay rise from the Island Line company on Sunday.

"We will stay ashore until the company listens," union leader Tom Berg said.
""",
    "ferry-strike/ferry-talks-resume.txt": (  # undated
        "The Island Line company proposed mediation by the labour court.\n\n"
        "The Ferry Workers Union rejected the proposal, Tom Berg said.\n"
    ),
}

CONFIG = """site_name: Export test
theme:
  name: material
  font: false
markdown_extensions: [admonition, attr_list, tables, toc]
plugins:
  - search
  - tags
"""
PLUGIN = "  - parley:\n      seeds_dir: seeds\n      model: none\n"
NAV = (
    "nav:\n  - Home: index.md\n  - Documents: documents/index.md\n  - Actors: actors/index.md\n"
    "  - Positions: positions.md\n  - Tags: tags.md\n"
)


def _mkdocs(proj: Path, config: str, site: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", site],
        cwd=proj,
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def proj(tmp_path_factory) -> Path:
    """The project: invented seeds, a tags page, mkdocs.yml (with the plugin) and plain.yml
    (without)."""
    proj = tmp_path_factory.mktemp("export") / "proj"
    for path, text in ARTICLES.items():
        (proj / "seeds" / path).parent.mkdir(parents=True, exist_ok=True)
        (proj / "seeds" / path).write_text(text, encoding="utf-8")
    for docs in (
        "docs",
        "docs-plain",
    ):  # the plugin's docs_dir; the one exported into (plain.yml's)
        (proj / docs).mkdir()
        (proj / docs / "tags.md").write_text("# Tags\n\n<!-- material/tags -->\n", encoding="utf-8")
    (proj / "mkdocs.yml").write_text(CONFIG + PLUGIN + NAV, encoding="utf-8")
    return proj


@pytest.fixture(scope="module")
def plugin_site(proj) -> Path:
    """`parley build --markdown`: the site by MkDocs with the plugin, and the exported tree too."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "build",
            "--strict",
            "-f",
            "mkdocs.yml",
            "-d",
            "site-plugin",
            "--markdown",
            "tree-of-build",
        ],
        cwd=proj,
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return proj / "site-plugin"


@pytest.fixture(scope="module")
def exported(proj):
    """`parley export-docs docs-plain/` (the options from mkdocs.yml), then plain.yml: mkdocs.yml
    without the plugin, docs_dir docs-plain, and the printed lines in place of its nav."""
    result = CliRunner().invoke(
        main, ["export-docs", str(proj / "docs-plain"), "-f", str(proj / "mkdocs.yml")]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == (proj / "docs-plain" / SNIPPET).read_text("utf-8")
    (proj / "plain.yml").write_text(
        CONFIG + "docs_dir: docs-plain\n" + result.stdout, encoding="utf-8"
    )
    return result


@pytest.fixture(scope="module")
def plain_site(proj, exported) -> Path:
    _mkdocs(proj, "plain.yml", "site-plain")
    return proj / "site-plain"


def _files(site: Path) -> dict[str, Path]:
    skip = ("search/", "sitemap.xml")
    return {
        p.relative_to(site).as_posix(): p
        for p in sorted(site.rglob("*"))
        if p.is_file() and not p.relative_to(site).as_posix().startswith(skip)
    }


def _charts(page: Path) -> list[str]:
    return [html.unescape(f) for f in re.findall(r'data-figure="([^"]*)"', page.read_text("utf-8"))]


def _article(page: Path) -> str:
    """A page's content (Material's <article>), blanks between tags aside."""
    text = page.read_text("utf-8")
    return re.sub(r">\s+<", "><", text[text.index("<article") : text.index("</article>")]).strip()


def _nav(page: Path) -> list[str]:
    """The pages the sidebar of a Material page links to (not the headings of the page itself:
    the exported pages have no table of contents, their headings are HTML)."""
    text = page.read_text("utf-8")
    primary = text[text.index("md-nav--primary") : text.index('class="md-content"')]
    links = re.findall(r'<a href="([^"#]*)"[^>]*class="md-nav__link', primary)
    return links


def test_the_snippet_names_the_assets_the_detail_pages_and_the_negotiations_entry(exported):
    snippet = exported.stdout
    assert "extra_javascript:\n  - assets/parley/parley.js\n" in snippet
    assert "extra_css:\n  - assets/parley/parley.css\n" in snippet
    assert (
        "  /documents/**\n  !/documents/index.md\n" in snippet and "  /negotiations/**\n" in snippet
    )
    # the plugin puts "Negotiations" after Home in the configured nav: the snippet's nav has it
    # there
    assert "nav:\n- Home: index.md\n- Negotiations: negotiations/index.md\n- Documents:" in snippet


def test_mkdocs_without_the_plugin_builds_the_same_pages_content_charts_and_downloads(
    plugin_site, plain_site
):
    ours, theirs = _files(plugin_site), _files(plain_site)
    assert sorted(ours) == sorted(
        theirs
    )  # same pages, assets and downloads; the snippet is not published
    pages = [p for p in ours if p.endswith(".html")]
    assert len(pages) > 15 and "negotiations/water-treaty/index.html" in pages
    charts = 0
    for path in pages:
        assert _charts(theirs[path]) == _charts(ours[path]), path
        charts += len(_charts(ours[path]))
        if path != "404.html":
            assert _article(theirs[path]) == _article(ours[path]), path
    assert charts >= 5
    for path in (p for p in ours if p.startswith(("downloads/", "assets/parley/"))):
        assert theirs[path].read_bytes() == ours[path].read_bytes(), path
    assert _nav(plain_site / "index.html") == _nav(plugin_site / "index.html")


def test_exporting_again_rewrites_nothing_and_spares_the_users_files(proj, exported, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(proj / "docs-plain", docs)  # the tree exported above, and the user's tags.md
    (docs / "documents" / "my-notes.md").write_text("# Mine\n", encoding="utf-8")
    (docs / "quotes.md").write_text(
        "# My quotes page\n", encoding="utf-8"
    )  # where Parley writes one
    manifest = read_manifest(docs)
    manifest.discard("quotes.md")  # as if the user's quotes.md had been there before any export
    (docs / MANIFEST).write_text(json.dumps({"files": sorted(manifest)}), encoding="utf-8")
    os.utime(docs / "tags.md", ns=(1, 1))
    before = {
        p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file() and p.name != MANIFEST
    }
    seeds = tmp_path / "seeds"
    shutil.copytree(proj / "seeds", seeds)
    (seeds / "ferry-strike" / "ferry-talks-resume.txt").unlink()
    config = tmp_path / "mkdocs.yml"
    config.write_text(CONFIG + PLUGIN + NAV, encoding="utf-8")
    result = CliRunner().invoke(main, ["export-docs", str(docs), "-f", str(config)])
    assert result.exit_code == 0, result.output
    assert "quotes.md: a file Parley did not write" in result.stderr
    gone = [p for p in before if not p.exists()]
    assert [p.relative_to(docs).as_posix() for p in gone] == [
        "documents/ferry-strike-ferry-talks-resume.md"
    ]
    changed = {
        p.relative_to(docs).as_posix()
        for p in before
        if p.exists() and p.stat().st_mtime_ns != before[p]
    }
    assert changed and not changed & {
        "tags.md",
        "documents/my-notes.md",
        "quotes.md",
        "assets/parley/plotly.min.js",
    }
    assert (docs / "quotes.md").read_text("utf-8") == "# My quotes page\n"
    assert not {"quotes.md", "documents/ferry-strike-ferry-talks-resume.md"} & read_manifest(docs)
    again = CliRunner().invoke(main, ["export-docs", str(docs), "-f", str(config)])
    assert " 0 file(s) written" in again.stderr and " 0 removed" in again.stderr, again.stderr


def test_the_same_seeds_give_the_same_bytes_in_another_process(proj, exported, tmp_path):
    out = tmp_path / "again"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "export-docs", str(out), "-f", "mkdocs.yml"],
        cwd=proj,
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    first = {p: f.read_bytes() for p, f in _files(proj / "docs-plain").items() if p != "tags.md"}
    assert {p: f.read_bytes() for p, f in _files(out).items()} == first


def test_build_markdown_writes_the_same_tree(proj, plugin_site, exported):
    tree = {p: f.read_bytes() for p, f in _files(proj / "docs-plain").items() if p != "tags.md"}
    assert {p: f.read_bytes() for p, f in _files(proj / "tree-of-build").items()} == tree
    assert (proj / "tree-of-build" / MANIFEST).is_file()


def test_paths_stay_inside_the_export_folder(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "link").symlink_to(tmp_path)
    for bad in ("../x.md", "/etc/x.md", "a/../../x.md", "", "link/x.md", "a\\..\\x.md"):
        with pytest.raises(ValueError):
            inside(tmp_path / "out", bad)
    assert inside(tmp_path / "out", "documents/a.md") == tmp_path / "out" / "documents" / "a.md"


def test_an_export_folder_whose_subfolder_links_out_is_refused(proj, exported, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "downloads").symlink_to(tmp_path / "elsewhere")
    result = CliRunner().invoke(
        main, ["export-docs", str(tmp_path / "out"), "-f", str(proj / "mkdocs.yml")]
    )
    assert result.exit_code == 1 and "leads out of" in result.output, result.output
    assert not any((tmp_path / "elsewhere").iterdir()) and not any((tmp_path / "out").glob("*.md"))


# --- Zensical ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def zensical_site(proj, exported) -> Path:
    """Zensical (pinned in pyproject's `test` extra) building the exported tree from plain.yml."""
    shutil.copy(proj / "plain.yml", proj / "zensical.yml")
    result = subprocess.run(
        [sys.executable, "-m", "zensical", "build", "-f", "zensical.yml", "--strict"],
        cwd=proj,
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return proj / "site"


def test_zensical_builds_the_exported_tree_with_its_charts_and_downloads(
    plugin_site, zensical_site
):
    ours, theirs = _files(plugin_site), _files(zensical_site)
    pages = [p for p in ours if p.endswith(".html") and p != "404.html"]
    assert set(pages) <= set(theirs)
    for path in pages:
        assert _charts(theirs[path]) == _charts(ours[path]), path
    for path in (p for p in ours if p.startswith(("downloads/", "assets/parley/"))):
        assert theirs[path].read_bytes() == ours[path].read_bytes(), path
    assert 'src="../assets/parley/parley.js"' in theirs["positions/index.html"].read_text("utf-8")


CHROMIUM = os.environ.get("PARLEY_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("PARLEY_ARTIFACTS", ROOT / "build" / "test-artifacts"))


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not Path(CHROMIUM).exists():
        if os.environ.get("PARLEY_BROWSER_TESTS") == "require":
            pytest.fail("Chromium or Playwright is missing and PARLEY_BROWSER_TESTS=require")
        pytest.skip("Chromium or Playwright not installed")
    return sync_playwright


def test_a_chart_page_built_by_zensical_draws_its_charts_in_chromium(zensical_site):
    sync_playwright = _playwright()
    handler = functools.partial(_Quiet, directory=str(zensical_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    errors: list[str] = []
    local = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on(
                "response",
                lambda r: errors.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None,
            )
            page.on("requestfailed", lambda r: errors.append(f"failed: {r.url} {r.failure}"))
            page.on(
                "request",
                lambda r: None if r.url.startswith(local) else errors.append(f"offsite: {r.url}"),
            )
            page.goto(f"{local}positions/")
            page.wait_for_selector(".parley-chart svg.main-svg", timeout=20000)
            drawn = page.eval_on_selector_all(
                ".parley-chart", "els => els.map(e => !!e.querySelector('svg.main-svg'))"
            )
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "zensical-positions-1280.png"), full_page=False)
            browser.close()
    finally:
        server.shutdown()
    assert drawn and all(drawn), drawn
    assert not errors, errors
