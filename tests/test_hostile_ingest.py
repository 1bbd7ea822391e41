"""Hostile seed files cost only themselves: each input is generated here, and each test checks that
the rest of the corpus is still read and extracted, that the bad file gets one warning naming it,
and that time and memory stay bounded (no backtracking regex, no alias bomb, no traceback)."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import best_of

from generator import pipeline
from generator.cli import main
from generator.config import Options
from generator.ingest import parse_article, parse_markdown, parse_text
from generator.model import Article, Problem
from generator.pipeline import extract_corpus

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Ruritania and Freedonia reopened talks in Strelsau on Monday. The envoys met for an hour.\n"


def good(name: str) -> str:
    """GOOD with a word of its own: files of the same text are copies of one, published once."""
    return GOOD + f"Round {name.split('.')[0]} ended.\n"


def laughs(depth: int = 8, width: int = 9) -> str:
    """A few hundred bytes of nested YAML aliases standing for width**depth values."""
    names = "abcdefghijklmnop"[:depth]
    lines = ["tags:", f"  a: &a [{','.join('x' * width)}]"]
    lines += [
        f"  {n}: &{n} [{','.join([f'*{prev}'] * width)}]" for prev, n in itertools.pairwise(names)
    ]
    return "---\n" + "\n".join(lines) + "\n---\n" + GOOD


# --- 1. an article whose every line lacks final punctuation keeps its text ----------------------


@pytest.mark.parametrize(
    "text, title, kinds",
    [
        (
            (
                "Harbour Talks Resume\nThe two delegations agreed to meet again next week, said "
                "Mira Holm\n"
            ),
            "Harbour Talks Resume",
            ["paragraph"],
        ),
        (
            "Harbour Talks Resume\n\nThe minister called it 'a first step'\n",
            "Harbour Talks Resume",
            ["paragraph"],
        ),
        (
            "Talks Resume in Strelsau\n",
            "Harbour",
            ["paragraph"],
        ),  # one line: the article's only text
        (
            "Harbour Talks\nSecond Round\nThe envoys stayed until evening with Tomas Varga\n",
            "Harbour Talks",
            ["heading", "paragraph"],
        ),
    ],
)
def test_a_line_is_a_heading_only_when_body_text_follows(text, title, kinds):
    article = parse_text(text, "harbour.txt")
    assert article.title == title
    assert [b.kind for b in article.blocks] == kinds
    assert article.blocks[-1].text == text.strip().splitlines()[-1]


def test_headings_before_body_text_stay_headings():
    a = parse_text(
        "Harbour Talks Resume\nThe envoys met.\nA Second Round\nThey met again on Friday\n", "h.txt"
    )
    assert a.title == "Harbour Talks Resume"
    assert [b.kind for b in a.blocks] == ["paragraph", "heading", "paragraph"]


# --- 2. impossible dates, and any exception, are one file's warning ----------------------------


@pytest.mark.parametrize(
    "date", ["2025-02-30", "2025-13-45", "!!timestamp 2025-02-30", "2025-02-30 10:00:00"]
)
def test_an_impossible_front_matter_date_is_a_warning(date):
    a = parse_markdown(f"---\ntitle: Harbour\ndate: {date}\n---\n{GOOD}", "harbour.md")
    assert isinstance(a, Article) and a.date is None and a.title == "Harbour"
    assert len(a.problems) == 1
    assert re.match(r"harbour\.md: front matter `date` is not a date .*; write", str(a.problems[0]))


@pytest.mark.parametrize(
    "date, iso",
    [
        ("2025-03-01", "2025-03-01"),
        ("2024-02-29", "2024-02-29"),
        ("2025-3-1", "2025-03-01"),
        ("'2025-03-01'", "2025-03-01"),
        ("2025-03-01T09:30:00Z", "2025-03-01"),
    ],
)
def test_real_front_matter_dates_are_read(date, iso):
    a = parse_markdown(f"---\ndate: {date}\n---\n{GOOD}", "d.md")
    assert (a.date, a.problems) == (iso, ())


def test_an_exception_while_reading_is_that_files_problem(monkeypatch, tmp_path):
    def broken(text, source, problems=None):
        raise RuntimeError("reader bug")

    monkeypatch.setattr("generator.ingest.parse_text", broken)
    result = parse_article(b"Some text.\n", tmp_path / "sub" / "a.txt", tmp_path)
    assert isinstance(result, Problem) and result.source == "sub/a.txt"
    assert "RuntimeError: reader bug" in str(result)


def test_an_exception_while_extracting_is_that_documents_problem(monkeypatch, tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(good(name), encoding="utf-8")
    real = pipeline.extract_document

    def flaky(doc, kn, nlp=None):
        if doc.source == "b.txt":
            raise KeyError("no such actor")
        return real(doc, kn, nlp)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    corpus = extract_corpus(Options(seeds_dir=tmp_path, model="none"), workers=1)
    assert [ex.document.source for ex in corpus.extractions] == ["a.txt", "c.txt"]
    mine = [str(p) for p in corpus.problems if p.source == "b.txt"]
    assert len(mine) == 1 and "extraction failed (KeyError: 'no such actor')" in mine[0]


# --- 3. front matter has a budget --------------------------------------------------------------


def test_billion_laughs_is_one_warning_in_well_under_a_second():
    text = laughs()
    assert len(text) - len(GOOD) < 400
    t = best_of(lambda: parse_markdown(text, "laughs.md"), repeat=1)
    a = parse_markdown(text, "laughs.md")
    assert t < 0.5
    # the front matter is ignored, the article is published with its text
    assert a.tags == () and a.blocks[-1].text.startswith("Ruritania and Freedonia")
    assert len(a.problems) == 1 and "laughs.md:1: front matter expands to more than" in str(
        a.problems[0]
    )


@pytest.mark.parametrize(
    "yaml_text",
    [
        "tags: &a [x, *a]",  # an alias inside itself
        "m0: &m0 {k: v}\n"
        + "".join(
            f"m{i}: &m{i} {{<<: [*m{i - 1}, *m{i - 1}], x{i}: 1}}\n" for i in range(1, 40)
        ),  # merge keys doubling at every level
        "tags: " + "[" * 5000 + "]" * 5000,  # deeper than the YAML reader's recursion
        "title: " + "x" * 70_000,  # over the size limit
    ],
)
def test_hostile_front_matter_is_one_warning(yaml_text):
    t = time.perf_counter()
    a = parse_markdown(f"---\n{yaml_text}\n---\n{GOOD}", "fm.md")
    assert time.perf_counter() - t < 1
    assert isinstance(a, Article) and a.blocks[-1].text == GOOD.strip()
    assert len(a.problems) == 1 and str(a.problems[0]).startswith("fm.md:")


def test_used_front_matter_fields_are_capped():
    tags = ", ".join(f"tag{i}" for i in range(1000))
    a = parse_markdown(
        f"---\ntitle: {'Long ' * 2000}\ntags: [{tags}, [nested, list], {'w' * 500}]\n"
        f"url: https://example.org/{'p' * 5000}\nsource: Wire\n---\n{GOOD}",
        "caps.md",
    )
    assert len(a.title) <= 300 and len(a.url or "") <= 2000 and a.publisher == "Wire"
    assert len(a.tags) == 100 and all(len(t) <= 100 for t in a.tags)
    assert sorted(p.message.split("`")[1] for p in a.problems) == ["tags", "title", "url"]


# --- 4. the Markdown reader is linear -----------------------------------------------------------

SHAPES = {  # name -> text of about n characters
    "bold_open": lambda n: "Ruritania asked " + "**a " * (n // 4),
    "italic_open": lambda n: "Ruritania asked " + "*a " * (n // 3),
    "under_open": lambda n: "Ruritania asked " + "_a " * (n // 3),
    "brackets": lambda n: "Ruritania asked " + "[" * n,
    "link_open": lambda n: "Ruritania asked " + "[a](" * (n // 4),
    "image_open": lambda n: "Ruritania asked " + "![a" * (n // 3),
    "reference_open": lambda n: "Ruritania asked " + "[a][" * (n // 4),
    "angle_open": lambda n: "Ruritania asked " + "<a " * (n // 3),
    "heading_spaces": lambda n: "# a" + " " * n + "b\n\nRuritania asked for talks.\n",
    "heading_hashes": lambda n: "#" * n + " a\n\nRuritania asked for talks.\n",
    "list_digits": lambda n: "1" * n + "x\n",
    "many_lines": lambda n: "Ruritania asked for talks\n" * (n // 26),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_markdown_reading_time_grows_linearly(shape):
    small, large = SHAPES[shape](20_000), SHAPES[shape](200_000)
    t_small = best_of(lambda: parse_markdown(small, "s.md"))
    t_large = best_of(lambda: parse_markdown(large, "s.md"))
    assert t_large < 1.0, t_large
    # a quadratic scan of 20 KB takes far more than 5 ms, so timer noise below that is no signal
    assert t_large <= 15 * max(t_small, 0.005), (t_small, t_large)


# --- all of it at once, through the real commands -----------------------------------------------


def _hostile_seeds(seeds: Path) -> set[str]:
    """Good articles beside every hostile one; returns the names that must be warned about."""
    seeds.mkdir(parents=True)
    (seeds / "good.txt").write_text(good("good"), encoding="utf-8")
    (seeds / "plain.md").write_text(
        "---\ntitle: Plain\ndate: 2025-03-01\n---\n" + good("plain"), encoding="utf-8"
    )
    (seeds / "short.txt").write_text(
        "Harbour Talks\nThe envoys agreed to meet again, said Mira Holm\n", encoding="utf-8"
    )
    (seeds / "feb30.md").write_text(
        "---\ndate: 2025-02-30\n---\n" + good("feb30"), encoding="utf-8"
    )
    (seeds / "month13.md").write_text(
        "---\ndate: 2025-13-45\n---\n" + good("month13"), encoding="utf-8"
    )
    (seeds / "laughs.md").write_text(laughs(), encoding="utf-8")
    (seeds / "brackets.md").write_text(SHAPES["brackets"](50_000) + "\n", encoding="utf-8")
    return {"feb30.md", "month13.md", "laughs.md"}


def _warnings_for(output: str, name: str) -> list[str]:
    return [ln for ln in output.splitlines() if re.search(rf"(^|\s){re.escape(name)}(:\d+)?: ", ln)]


def test_cli_extract_and_check_carry_on(tmp_path):
    warned = _hostile_seeds(tmp_path / "seeds")
    (tmp_path / "docs").mkdir()  # MkDocs reads mkdocs.yml for the CLI too: docs_dir must exist
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nplugins:\n  - parley:\n      seeds_dir: seeds\n      model: none\n",
        encoding="utf-8",
    )
    config = str(tmp_path / "mkdocs.yml")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        main, ["extract", "-f", config, "--model", "none", str(tmp_path / "seeds"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text("utf-8"))
    assert (
        len(data["documents"]) == 7
    )  # every file, the hostile ones with their front matter ignored
    for name in warned:
        assert len([w for w in data["warnings"] if w.startswith(name)]) == 1, name
    check = CliRunner().invoke(main, ["check", "-f", config])
    assert check.exit_code == 1 and "Traceback" not in check.output
    for name in warned:
        assert len(_warnings_for(check.output, name)) == 1, (name, check.output)


def test_mkdocs_build_publishes_everything_and_warns_once_per_file(tmp_path):
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    cfg = (ROOT / "mkdocs.yml").read_text("utf-8").replace("model: auto", "model: none")
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    warned = _hostile_seeds(proj / "seeds")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=proj,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    for name in warned:
        assert len(_warnings_for(result.stderr, name)) == 1, (name, result.stderr)
    pages = {p.parent.name for p in (proj / "site" / "documents").glob("*/index.html")}
    assert pages == {"good", "plain", "short", "feb30", "month13", "laughs", "brackets"}, pages
    assert "Mira Holm" in (proj / "site/documents/short/index.html").read_text("utf-8")
    assert os.path.getsize(proj / "site/documents/laughs/index.html") < 200_000


# --- a text budget: no article costs more than a few seconds ----------------------------------


@pytest.mark.parametrize("unit", ["and stop ", "Russia demanded peace. ", "A.", '"a '])
def test_text_past_the_budget_is_left_out_with_one_warning(tmp_path, unit):
    from generator.ingest import MAX_TEXT_CHARS

    raw = ("Talks\n\n" + unit * (3 * MAX_TEXT_CHARS // len(unit)) + "\n").encode()
    article = parse_article(raw, tmp_path / "long.txt", tmp_path)
    assert isinstance(article, Article)
    assert sum(len(b.text) for b in article.blocks) <= MAX_TEXT_CHARS
    assert [p.message for p in article.problems if "characters" in p.message] == [
        (
            f"the article is longer than {MAX_TEXT_CHARS:,} characters; only the first "
            f"{MAX_TEXT_CHARS:,} were read"
        )
    ]


def test_an_article_within_the_budget_is_read_whole(tmp_path):
    from generator.ingest import MAX_TEXT_CHARS

    body = "The ferry talks went on. " * (MAX_TEXT_CHARS // 30)
    article = parse_article(("Talks\n\n" + body).encode(), tmp_path / "ok.txt", tmp_path)
    assert article.blocks[-1].text == body.strip() and article.problems == ()


@pytest.mark.parametrize(
    "make",
    [
        lambda n: (
            "Talks\n\n" + "and the talks went on\n" * (n // 22) + "end.\n"
        ),  # one hard-wrapped paragraph
        lambda n: (
            "<html><body>" + "<div>Ferry crews demanded a raise." * (n // 34) + "</body></html>"
        ),
        lambda n: "<html><body>" + "<div>" * (n // 12) + "</span>" * (n // 12) + "</body></html>",
    ],
)
def test_readers_are_linear(tmp_path, make):
    suffix = ".html" if make(100).startswith("<html>") else ".txt"

    def read(n):
        raw = make(n).encode()
        return best_of(lambda: parse_article(raw, tmp_path / ("a" + suffix), tmp_path))

    small, large = read(40_000), read(400_000)
    assert large < max(15 * small, 0.05), (small, large)
