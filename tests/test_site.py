"""A real `mkdocs build` of a project made from test fixtures."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PAYLOAD = ('Anna Berg said: “<script>window.__pwned=1</script> {{ 7*7 }} [x](javascript:alert(1))”.\n'
           'Norway and Western allies are calling for a 30-day ceasefire.\n')


def _project(tmp_path: Path, extra: dict[str, str | bytes] | None = None) -> Path:
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    (proj / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "istanbul-talks.txt", proj / "seeds" / "istanbul-talks.txt")
    (proj / "seeds" / "payload.txt").write_text(PAYLOAD, encoding="utf-8")
    for name, content in (extra or {}).items():
        path = proj / "seeds" / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    return proj


def _build(proj: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=proj,
                          capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "", "PYTHONPATH": str(ROOT)})


def test_strict_build_generates_pages_charts_and_downloads(tmp_path):
    proj = _project(tmp_path)
    docs_before = sorted(p.name for p in (proj / "docs").rglob("*"))
    result = _build(proj, "--strict")
    assert result.returncode == 0, result.stderr
    site = proj / "site"
    for page in ["index.html", "documents/istanbul-talks/index.html", "actors/russia/index.html",
                 "quotes/index.html", "positions/index.html", "issues/index.html"]:
        assert (site / page).is_file(), page
    assert sorted(p.name for p in (proj / "docs").rglob("*")) == docs_before  # nothing written into docs/
    home = (site / "index.html").read_text("utf-8")
    assert home.count('class="parley-chart"') >= 2 and "plotly.min.js" not in home
    assert (site / "assets/parley/plotly.min.js").stat().st_size > 1_000_000
    data = json.loads((site / "downloads/parley.json").read_text("utf-8"))
    assert data["schema_version"] == 1
    doc = (site / "documents/istanbul-talks/index.html").read_text("utf-8")
    assert 'id="s11"' in doc and "parley-quote" in doc
    # "Where the sides stand": per issue, each actor's moves side by side, with evidence and charts
    pos = (site / "positions/index.html").read_text("utf-8")
    assert pos.count('class="parley-chart"') == 2  # heatmap and timeline
    assert 'id="ceasefire"' in pos and 'id="territory"' in pos
    assert 'href="../documents/istanbul-talks/#s5"' in pos and "CAMEO 10" in pos and "<th>Demands</th>" in pos
    assert "Agreements" in pos and "swap a thousand prisoners of war" in pos
    russia = (site / "actors/russia/index.html").read_text("utf-8")
    assert "Positions by issue" in russia and "Territory" in russia
    moves = (site / "downloads/moves.csv").read_text("utf-8").splitlines()
    assert moves[0].startswith("document,date,type,") and any(",agree," in r and ",057," in r for r in moves)
    # the sidebar lists sections, not every document
    assert "istanbul-talks" not in (site / "about/index.html").read_text("utf-8").split('class="md-content"')[0]
    # search indexes documents, actors and quotes; not the lists that only repeat them
    indexed = {d["location"].split("#")[0] for d in
               json.loads((site / "search/search_index.json").read_text("utf-8"))["docs"]}
    assert {"documents/istanbul-talks/", "actors/russia/", "quotes/", "issues/", ""} <= indexed
    assert not indexed & {"timeline/", "positions/", "documents/"}


@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_link_and_anchor_on_parley_pages_resolves(tmp_path, directory_urls):
    """Parley writes its pages' URLs itself (they skip Markdown): every relative link must land on
    a file of the site, and every #anchor on an element of the target page."""
    import re
    from urllib.parse import unquote, urlsplit

    proj = _project(tmp_path)
    if not directory_urls:
        with open(proj / "mkdocs.yml", "a", encoding="utf-8") as fh:
            fh.write("use_directory_urls: false\n")
    assert _build(proj, "--strict").returncode == 0
    site = proj / "site"
    ids: dict[Path, set[str]] = {}

    def anchors(page: Path) -> set[str]:
        if page not in ids:
            ids[page] = set(re.findall(r' id="([^"]+)"', page.read_text("utf-8")))
        return ids[page]

    checked = 0
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        start = html.find('<article class="md-content__inner')
        for href in re.findall(r'href="([^"]*)"', html[start:html.find("</article>", start)]):
            url = urlsplit(href.replace("&amp;", "&"))
            if url.scheme or url.netloc or not (url.path or url.fragment):
                continue
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), f"{page.relative_to(site)}: {href}"
            if url.fragment and target.suffix == ".html":
                assert unquote(url.fragment) in anchors(target), f"{page.relative_to(site)}: {href}"
            checked += 1
    assert checked > 200


def test_article_payloads_are_shown_literally(tmp_path):
    proj = _project(tmp_path)
    assert _build(proj, "--strict").returncode == 0
    for page in (proj / "site").rglob("*.html"):
        html = page.read_text("utf-8")
        assert "<script>window.__pwned" not in html, page
        assert 'href="javascript:' not in html, page
    doc = (proj / "site/documents/payload/index.html").read_text("utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in doc and "{{ 7*7 }}" in doc


def test_bad_seed_warns_and_strict_fails_but_build_survives(tmp_path):
    proj = _project(tmp_path, {"empty.txt": "", "photo.png": b"\x89PNG\r\n\x1a\n\x00\x00"})
    relaxed = _build(proj)
    assert relaxed.returncode == 0
    assert "empty.txt: no article text found" in relaxed.stderr and "photo.png" in relaxed.stderr
    assert (proj / "site/documents/istanbul-talks/index.html").is_file()
    strict = _build(proj, "--strict")
    assert strict.returncode != 0


def test_document_pages_edit_their_seed_file(tmp_path):
    proj = _project(tmp_path)
    cfg = (proj / "mkdocs.yml").read_text("utf-8")
    (proj / "mkdocs.yml").write_text(cfg + "\nrepo_url: https://github.com/example/talks\n"
                                     "edit_uri: edit/main/docs/\n", encoding="utf-8")
    result = _build(proj, "--strict")
    assert result.returncode == 0, result.stderr
    doc = (proj / "site/documents/istanbul-talks/index.html").read_text("utf-8")
    assert 'href="https://github.com/example/talks/edit/main/seeds/istanbul-talks.txt"' in doc
    about = (proj / "site/about/index.html").read_text("utf-8")
    assert "edit/main/docs/about.md" in about  # hand-written pages keep theirs
    positions = (proj / "site/positions/index.html").read_text("utf-8")
    assert "edit/main/docs/positions.md" not in positions  # generated pages have no file to edit
