"""A real `mkdocs build` of a project made from test fixtures."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent

PAYLOAD = (
    "Anna Berg said: “<script>window.__pwned=1</script> {{ 7*7 }} [x](javascript:alert(1))”.\n"
    "Norway and Western allies are calling for a 30-day ceasefire.\n"
)


def _project(tmp_path: Path, extra: dict[str, str | bytes] | None = None) -> Path:
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    (proj / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "istanbul-talks.txt", proj / "seeds" / "istanbul-talks.txt")
    (proj / "seeds" / "payload.txt").write_text(PAYLOAD, encoding="utf-8")
    for name, content in (extra or {}).items():
        path = proj / "seeds" / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(
            content, encoding="utf-8"
        )
    return proj


def _build(
    proj: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *args],
        cwd=proj,
        capture_output=True,
        text=True,
        env={**_ENV, **(env or {})},
        check=False,
    )


# No SITE_URL: a build as `mkdocs build` or `mkdocs gh-deploy` makes it without one. PYTHONPATH
# is this checkout, so that a checkout other than the installed one builds with its own generator.
_ENV = {"NO_MKDOCS_2_WARNING": "1", "PATH": "", "PYTHONPATH": str(ROOT)}


def test_strict_build_generates_pages_charts_and_downloads(tmp_path):
    proj = _project(tmp_path)
    docs_before = sorted(p.name for p in (proj / "docs").rglob("*"))
    result = _build(proj, "--strict")
    assert result.returncode == 0, result.stderr
    site = proj / "site"
    for page in [
        "index.html",
        "documents/istanbul-talks/index.html",
        "actors/russia/index.html",
        "quotes/index.html",
        "positions/index.html",
        "issues/index.html",
    ]:
        assert (site / page).is_file(), page
    assert (
        sorted(p.name for p in (proj / "docs").rglob("*")) == docs_before
    )  # nothing written into docs/
    home = (site / "index.html").read_text("utf-8")
    assert home.count('class="parley-chart"') >= 2 and "plotly.min.js" not in home
    assert (site / "assets/parley/plotly.min.js").stat().st_size > 1_000_000
    data = json.loads((site / "downloads/parley.json").read_text("utf-8"))
    assert data["schema_version"] == 1
    schema = (site / "downloads/parley.schema.json").read_text("utf-8")  # the contract, beside it
    jsonschema.Draft202012Validator(json.loads(schema)).validate(data)
    doc = (site / "documents/istanbul-talks/index.html").read_text("utf-8")
    assert 'id="s11"' in doc and "parley-quote" in doc
    # "Where the sides stand": per issue, each actor's moves side by side, with evidence and charts
    pos = (site / "positions/index.html").read_text("utf-8")
    # heatmap, timeline, and one stance-over-time chart per issue (each above its table)
    assert (
        pos.count('class="parley-chart"') == 2 + pos.count("<th>Party</th><th>Latest move</th>") > 3
    )
    assert 'id="ceasefire"' in pos and 'id="territory"' in pos
    assert (
        'href="../documents/istanbul-talks/#s5"' in pos
        and "CAMEO 10" in pos
        and "<th>Demands</th>" in pos
    )
    assert "Agreements" in pos and "swap a thousand prisoners of war" in pos
    russia = (site / "actors/russia/index.html").read_text("utf-8")
    assert "Positions by issue" in russia and "Territory" in russia
    moves = (site / "downloads/moves.csv").read_text("utf-8").splitlines()
    assert moves[0].startswith('"document","date","title","url","type",')
    assert any('"agree"' in r and '"057"' in r for r in moves)
    # the sidebar lists sections, not every document
    assert (
        "istanbul-talks"
        not in (site / "about/index.html").read_text("utf-8").split('class="md-content"')[0]
    )
    # search indexes documents, actors and quotes; not the lists that only repeat them
    indexed = {
        d["location"].split("#")[0]
        for d in json.loads((site / "search/search_index.json").read_text("utf-8"))["docs"]
    }
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
        for href in re.findall(r'href="([^"]*)"', html[start : html.find("</article>", start)]):
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
    (proj / "mkdocs.yml").write_text(
        cfg + "\nrepo_url: https://github.com/example/talks\nedit_uri: edit/main/docs/\n",
        encoding="utf-8",
    )
    result = _build(proj, "--strict")
    assert result.returncode == 0, result.stderr
    doc = (proj / "site/documents/istanbul-talks/index.html").read_text("utf-8")
    assert 'href="https://github.com/example/talks/edit/main/seeds/istanbul-talks.txt"' in doc
    about = (proj / "site/about/index.html").read_text("utf-8")
    assert "edit/main/docs/about.md" in about  # hand-written pages keep theirs
    positions = (proj / "site/positions/index.html").read_text("utf-8")
    assert "edit/main/docs/positions.md" not in positions  # generated pages have no file to edit
    assert 'rel="edit"' in doc and '"content.action.edit"' in doc


def test_no_edit_action_without_a_repo_url(tmp_path):
    proj = _project(tmp_path)
    assert "content.action.edit" in (proj / "mkdocs.yml").read_text("utf-8")  # configured, yet
    result = _build(proj, "--strict")
    assert result.returncode == 0, result.stderr
    for page in (proj / "site").rglob("*.html"):
        html = page.read_text("utf-8")
        assert 'rel="edit"' not in html and '"content.action.edit"' not in html, page


def test_without_site_url_no_built_file_points_at_localhost(tmp_path):
    proj = _project(tmp_path)
    result = _build(proj, "--strict")
    assert result.returncode == 0, result.stderr
    site = proj / "site"
    checked = 0
    for path in site.rglob("*"):
        if path.is_file() and not path.name.endswith(
            ".js.map"
        ):  # Material's source maps quote its sources
            data = path.read_bytes()
            assert b"127.0.0.1" not in data and b"localhost" not in data, path
            checked += 1
    assert checked > 30
    assert "<loc>" not in (site / "sitemap.xml").read_text("utf-8")
    assert 'rel="canonical"' not in (site / "documents/istanbul-talks/index.html").read_text(
        "utf-8"
    )
    # with the published address, canonical links and the sitemap carry it
    published = _build(proj, "--strict", env={"SITE_URL": "https://talks.example.org/parley/"})
    assert published.returncode == 0, published.stderr
    doc = (site / "documents/istanbul-talks/index.html").read_text("utf-8")
    assert (
        '<link rel="canonical" href="https://talks.example.org/parley/documents/istanbul-talks/">'
        in doc
    )
    assert "<loc>https://talks.example.org/parley/quotes/</loc>" in (
        site / "sitemap.xml"
    ).read_text("utf-8")


ORIGINS = {
    "2025-04-01-quota.md": (
        '---\ntitle: Quota talks\nurl: https://news.example.org/a?b=1&c="2"\n'
        "publisher: Fjord <b>Gazette</b>\n---\nNorway demanded a larger cod quota.\n"
    ),
    "2025-04-02-wire.md": (
        "---\ntitle: Wire copy\nurl: http://wire.example.net/x\n---\n"
        "Iceland proposed a joint survey.\n"
    ),
    "2025-04-03-bad.md": (
        "---\ntitle: Bad link\nsource: Harbour Post\n"
        'url: "javascript:alert(1)"\n---\n'
        "Denmark rejected the survey.\n"
    ),
    "2025-04-04-page.html": (
        '<html><head><title>Strait talks</title><meta property="og:site_name" '
        'content="Strait '
        'Times"><meta property="og:url" content="https://strait.example.com/talks"></head>'
        "<body><article><p>Sweden called for a ceasefire in the strait.</p></article>"
        "</body></html>"
    ),
}


def test_a_document_page_links_its_article_and_names_its_publisher(tmp_path):
    proj = _project(tmp_path, ORIGINS)
    result = _build(proj, "--strict")
    assert result.returncode == 0, result.stderr

    def meta_line(doc_id: str) -> str:
        html = (proj / f"site/documents/{doc_id}/index.html").read_text("utf-8")
        return html[html.index("source file") :].split("</p>")[0]

    assert meta_line("2025-04-01-quota").endswith(
        ' · <a href="https://news.example.org/a?b=1&amp;c=&quot;2&quot;" rel="noopener">'
        "Fjord &lt;b&gt;Gazette&lt;/b&gt;</a>"
    )
    assert meta_line("2025-04-02-wire").endswith(
        ' · <a href="http://wire.example.net/x" rel="noopener">wire.example.net</a>'
    )  # no publisher: the host
    bad = meta_line("2025-04-03-bad")
    assert "href" not in bad
    assert bad.endswith(
        " · Harbour Post · url <code>javascript:alert(1)</code> (not a web address)"
    )
    assert meta_line("2025-04-04-page").endswith(
        ' · <a href="https://strait.example.com/talks" rel="noopener">Strait Times</a>'
    )  # og:site_name, og:url


def test_search_index_splits_at_punctuation_keeps_stop_words_and_reads_tables_as_lines(tmp_path):
    proj = _project(tmp_path)
    assert _build(proj, "--strict").returncode == 0
    index = json.loads((proj / "site/search/search_index.json").read_text("utf-8"))
    import re

    split = re.compile(index["config"]["separator"])
    assert index["config"]["pipeline"] == []  # "the" and "of" of a phrase query are in the index
    assert [
        w for w in split.split("“This is the beginning of the journey,” the source said.") if w
    ] == ["This", "is", "the", "beginning", "of", "the", "journey", "the", "source", "said"]
    entries = {e["location"]: e for e in index["docs"]}
    assert (
        "This is the beginning of the journey" in entries["documents/istanbul-talks/#sec-3"]["text"]
    )
    assert "This is the beginning of the journey" in entries["quotes/#a-ukrainian-official"]["text"]
    actors = entries["actors/#all-actors"]["text"]
    assert (
        "<li>Vladimir Medinsky — type person; party Russia; role chief negotiator; mentions "
        "1; documents 1.</li>"
    ) in actors and "PartyRole" not in actors
    assert entries["issues/"]["text"].count("<li>Territory — demands 3.</li>") == 1
    assert entries["#who-is-mentioned"]["text"] == ""  # chart data repeats the chart: not indexed


EXPORTED = {
    "index.md": (
        '---\ntitle: "=HYPERLINK(1)"\ndate: 2025-05-02\nurl: https://port.example.org/strike\n---\n'
        'Ola Nordmann said: "We will strike on Monday."\n\nNorway demanded a ceasefire.\n'
    )
}


@pytest.mark.parametrize("directory_urls", [True, False])
def test_csv_rows_carry_their_document_and_evidence_and_codes_stay_text(tmp_path, directory_urls):
    import csv
    import io
    import re

    proj = _project(tmp_path, EXPORTED)
    if not directory_urls:
        cfg = proj / "mkdocs.yml"
        cfg.write_text(cfg.read_text("utf-8") + "\nuse_directory_urls: false\n", encoding="utf-8")
    result = _build(proj)  # not strict: index.md is renamed, with a warning
    assert result.returncode == 0 and "published as 'index-2'" in result.stderr, result.stderr
    site = proj / "site"
    quotes = list(csv.DictReader(io.StringIO((site / "downloads/quotes.csv").read_text("utf-8"))))
    assert (
        list(quotes[0])[:4] == ["document", "date", "title", "url"]
        and list(quotes[0])[-1] == "evidence"
    )
    strike = [q for q in quotes if q["text"] == "We will strike on Monday"]
    assert len(strike) == 1
    q = strike[0]
    # "index" is the documents list's page: this document is published as index-2, and its link says
    # so
    page, anchor = q["evidence"].split("#")
    assert page == ("documents/index-2/" if directory_urls else "documents/index-2.html")
    assert (q["date"], q["title"], q["url"]) == (
        "2025-05-02",
        "'=HYPERLINK(1)",
        "https://port.example.org/strike",
    )
    html = (site / (page + "index.html" if directory_urls else page)).read_text("utf-8")
    sentence = html.split(f'<span class="parley-sentence" id="{anchor}">')[1].split(
        'class="parley-sentence"'
    )[0]
    assert "We will strike on Monday." in re.sub(
        r"<[^>]*>", "", sentence
    )  # the link's sentence holds the quote
    moves = list(csv.DictReader(io.StringIO((site / "downloads/moves.csv").read_text("utf-8"))))
    for r in moves + quotes:  # every evidence link is a published page and one of its sentences
        target, sid = r["evidence"].split("#")
        assert f'id="{sid}"' in (
            site / (target + "index.html" if directory_urls else target)
        ).read_text("utf-8")
    ceasefire = {(r["title"], r["evidence"]) for r in moves if r["text"] == "a ceasefire"}
    assert ceasefire == {("'=HYPERLINK(1)", page + "#s2")}
    # CAMEO codes are quoted text: a reader that types unquoted cells as numbers keeps "057"
    text = (site / "downloads/moves.csv").read_text("utf-8")
    typed = list(csv.reader(io.StringIO(text), quoting=csv.QUOTE_NONNUMERIC))
    cameo, start = typed[0].index("cameo"), typed[0].index("start")
    assert "057" in {r[cameo] for r in typed[1:]} and all(
        isinstance(r[start], float) for r in typed[1:]
    )
    types = list(
        csv.reader(
            io.StringIO((site / "downloads/move_types.csv").read_text("utf-8")),
            quoting=csv.QUOTE_NONNUMERIC,
        )
    )
    assert ["proposal", "Proposal", "Proposals", "03", "diamond"] in types
    data = json.loads((site / "downloads/parley.json").read_text("utf-8"))
    assert "057" in {m["cameo"] for d in data["documents"] for m in d["moves"]}
