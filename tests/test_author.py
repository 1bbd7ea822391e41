"""An article's author (front matter `author:`, an HTML page's byline metadata): read by ingest,
kept in the JSON contract only when known, shown escaped on the document page after the
publisher."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.export import extraction_from_record
from generator.ingest import parse_article

ROOT = Path(__file__).resolve().parent.parent

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>River commission agrees on summer flows | Delta Ledger</title>
<meta property="og:site_name" content="Delta Ledger">
<meta name="author" content="By Mirela Stoyan">
<meta property="article:published_time" content="2025-06-11T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article>
<h1>River commission agrees on summer flows</h1>
<p>Upstream and downstream states on the Varna river agreed on Tuesday to keep at least 40 cubic
metres a second flowing past the border dam through August, after three days of talks in Ostrel.</p>
<p>The downstream delegation had demanded 55 cubic metres a second, saying farmers in the
delta could not plant a second crop with less. The upstream side proposed 35 and a review in
September.</p>
<p>"We met in the middle because the river does not wait for us," the commission chair, Ilse
Marhold, told reporters after the session closed late on Tuesday evening.</p>
</article></main>
<footer>All rights reserved</footer>
</body></html>
"""

ARTICLE = """---
title: Ferry fares frozen after island talks
date: 2025-07-02
publisher: Skerry Post
author: Ana <b>Ruiz</b> & Col Feeney
---
The island council and the ferry operator agreed to freeze fares for a year.

The operator had demanded a 12% rise to cover fuel costs.
"""

SHORT = (
    '<html><head><meta name="author" content="Kai Lunde"><title>Quota '
    "talks</title></head><body>Talks go on.</body></html>"
)


def read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_article(path.read_bytes(), path, tmp_path)


def test_front_matter_author_and_html_byline_metadata(tmp_path):
    assert (
        read(tmp_path, "ferry.md", ARTICLE).author == "Ana <b>Ruiz</b> & Col Feeney"
    )  # escaped when shown
    page = read(tmp_path, "river.html", PAGE)
    assert (page.author, page.publisher, page.date) == (
        "Mirela Stoyan",
        "Delta Ledger",
        "2025-06-11",
    )  # no "By"
    assert (
        read(tmp_path, "short.html", SHORT).author == "Kai Lunde"
    )  # too short for trafilatura: the <meta>
    assert read(tmp_path, "plain.md", "---\ntitle: Talks\n---\nTalks resumed.\n").author is None


def test_an_author_that_is_not_text_is_a_warning(tmp_path):
    a = read(tmp_path, "bad.md", "---\nauthor: [1, 2]\n---\nTalks resumed.\n")
    assert a.author is None
    assert [p.message for p in a.problems] == ["front matter `author` is not a string, ignored"]


def test_the_json_has_the_author_only_when_known(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ferry.md").write_text(ARTICLE, encoding="utf-8")
    (seeds / "plain.txt").write_text(
        "The port talks resumed in Vardo on Monday.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["extract", "--model", "none", str(seeds)])
    assert result.exit_code == 0, result.output
    docs = {d["source"]: d for d in json.loads(result.stdout)["documents"]}
    assert docs["ferry.md"]["author"] == "Ana <b>Ruiz</b> & Col Feeney"
    assert "author" not in docs["plain.txt"]
    keys = list(docs["ferry.md"])
    assert keys[keys.index("publisher") + 1] == "author"
    # the cache and `parley build --from` read records back: the author survives, its absence too
    assert (
        extraction_from_record(docs["ferry.md"]).document.author == "Ana <b>Ruiz</b> & Col Feeney"
    )
    assert extraction_from_record(docs["plain.txt"]).document.author is None


def test_the_document_page_shows_the_author_after_the_publisher_escaped(tmp_path):
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    (proj / "seeds").mkdir()
    for name, text in {
        "ferry.md": ARTICLE,
        "river.html": PAGE,
        "plain.txt": "The port talks resumed in Vardo on Monday.\n",
    }.items():
        (proj / "seeds" / name).write_text(text, encoding="utf-8")
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=proj,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr

    def meta_line(doc_id: str) -> str:
        html = (proj / f"site/documents/{doc_id}/index.html").read_text("utf-8")
        return html[html.index("source file") :].split("</p>")[0]

    assert meta_line("ferry").endswith(
        " · Skerry Post · by Ana &lt;b&gt;Ruiz&lt;/b&gt; &amp; Col Feeney"
    )
    assert meta_line("river").endswith(" · Delta Ledger · by Mirela Stoyan")
    assert " by " not in meta_line("plain")
