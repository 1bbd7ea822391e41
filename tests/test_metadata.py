"""Titles and dates read from an article's text (ingest.py, dates.py), on invented articles."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.dates import date_in_text, full_date, year_in_path
from generator.ingest import is_headline, parse_article
from generator.model import Block

BODY = (
    "Norway and the European Union resumed talks on the mackerel quota in Bergen, officials said, "
    "after a first round ended without agreement."
)


def read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return parse_article(path.read_bytes(), path, tmp_path)


# --- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Norway walks out of mackerel talks",
        (
            "Dockworkers reject port authority's final offer on night shifts and threaten a "
            "week-long strike at all three terminals"
        ),
        "Will the water treaty survive the drought?",
        "Fishing minister: 'We will not sign'",
        "EU and Norway agree quota deal, pending approval by U.S.",
        "PORT STRIKE ENDS AFTER 40 DAYS",
        "3 things to know about the water treaty talks",
        # a full stop inside a headline's single quotes (US style) is the quoted phrase's
        "Harbour chief calls the night-shift cuts 'reckless.'",
        "Union leader on the pay offer: ‘Not good enough.’",
    ],
)
def test_a_headline_first_line_is_the_title(line):
    assert is_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        BODY,  # an ordinary first sentence: a full stop
        "The union said on Tuesday that it would strike.",
        "Talks collapsed. Norway says the EU offer was too low",  # two sentences
        "the talks resumed on Monday",  # starts in lower case
        "By Kari Nordmann",  # a byline
        "BERGEN, March 3, 2024 — Norway and the EU",  # a dateline
        "Published 5 February 2024",  # a date line
        "The mayor said the cuts were “reckless.”",  # a sentence ending in a quote: its full stop
        "“We will not sign the quota deal.”",  # a quoted sentence
        "“Who would sign a deal that halves the catch?”",  # a quoted question opening the story
        (
            "Negotiators from both sides met again in the old harbour hall to go over the "
            "quota tables line by line "
            "with the scientists before the ministers arrive"
        ),  # too long to be a headline
    ],
)
def test_an_ordinary_first_line_is_not_a_title(line):
    assert not is_headline(line)


def test_a_headline_is_the_title_and_not_repeated_in_the_body(tmp_path):
    art = read(tmp_path, "042-norway-talks.txt", f"Norway walks out of mackerel talks\n\n{BODY}\n")
    assert art.title == "Norway walks out of mackerel talks"
    assert [b.text for b in art.blocks] == [BODY]


def test_a_long_headline_on_its_own_line_above_long_paragraphs_stays_apart(tmp_path):
    headline = (
        "Dockworkers reject port authority's final offer on night shifts and threaten a strike"
    )
    art = read(tmp_path, "port.txt", f"{headline}\n{BODY} {BODY}\nThe union met again.\n")
    assert art.title == headline and art.blocks[0].text.startswith("Norway and the European Union")


def test_an_ordinary_first_sentence_stays_body_text_and_the_file_names_the_title(tmp_path):
    art = read(
        tmp_path, "017-bergen-quota-talks.txt", f"{BODY}\n\nThe next round is set for June.\n"
    )
    assert art.title == "017 bergen quota talks"
    assert art.blocks[0].text == BODY


def test_an_article_of_one_headline_like_line_keeps_its_text(tmp_path):
    art = read(tmp_path, "short.txt", "Norway walks out of mackerel talks\n")
    assert art.title == "Short" and art.blocks[0].text == "Norway walks out of mackerel talks"


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first, date, source",
    [
        ("KYIV, Feb 5, 2024 (Reuters) – Ukraine said", "2024-02-05", "dateline"),
        ("LONDON, March 3, 2024 — The port authority", "2024-03-03", "dateline"),
        ("BERGEN, Norway, Tuesday, 4 March 2025 - Norway said", "2025-03-04", "dateline"),
        ("Published 5 February 2024", "2024-02-05", "published line"),
        ("Posted: Feb. 5, 2024 10:32 GMT", "2024-02-05", "published line"),
        ("Updated February 6, 2024", "2024-02-06", "updated line"),
        ("The talks that began on 2024-02-05 in Bergen ended.", "2024-02-05", "text"),
        ("The strike began on February 5th, 2024 at the port.", "2024-02-05", "text"),
        ("The treaty was signed on 5 Feb. 2024 in the capital.", "2024-02-05", "text"),
    ],
)
def test_dates_from_the_text(tmp_path, first, date, source):
    art = read(tmp_path, "talks.txt", f"Fishing talks go on\n\n{first}\n\n{BODY}\n")
    assert (art.date, art.date_source) == (date, source)


def test_a_date_line_at_the_top_is_text_not_a_section_heading(tmp_path):
    art = read(
        tmp_path, "w.txt", f"Water treaty talks resume\n\nPublished 1 February 2024\n\n{BODY}\n"
    )
    assert [(b.kind, b.text) for b in art.blocks] == [
        ("paragraph", "Published 1 February 2024"),
        ("paragraph", BODY),
    ]


def test_a_published_line_wins_over_an_updated_line_and_a_date_in_the_text(tmp_path):
    text = (
        "Quota talks\n\nUpdated 9 March 2024\n\nPublished 8 March 2024\n\nTalks on 1 March "
        "2024 failed.\n"
    )
    art = read(tmp_path, "q.txt", text)
    assert (art.date, art.date_source) == ("2024-03-08", "published line")


def test_a_dateline_without_a_year_takes_the_year_of_the_path_or_none(tmp_path):
    text = f"Port strike widens\n\nROTTERDAM, Feb 5 (Reuters) - Dockworkers walked out.\n\n{BODY}\n"
    assert read(tmp_path, "strike.txt", text).date is None  # no year anywhere: no guess
    art = read(tmp_path, "2023/strike.txt", text)
    assert (art.date, art.date_source) == ("2023-02-05", "dateline")
    assert year_in_path("2023-port/strike.txt") == "2023" and year_in_path("023-strike.txt") is None


def test_relative_dates_are_never_guessed(tmp_path):
    text = (
        "Water treaty talks stall\n\nThe delegations met on Monday and will meet again next "
        "Tuesday.\n\n"
        "Yesterday the ministers spoke. The deal is due by the end of March.\n"
    )
    art = read(tmp_path, "treaty.txt", text)
    assert (art.date, art.date_source) == (None, None)


def test_no_day_that_does_not_exist_and_no_date_far_down(tmp_path):
    assert full_date("talks on 30 February 2024 and 2024-13-01") is None
    blocks = [Block("paragraph", BODY)] * 4 + [Block("paragraph", "Signed on 5 May 2024.")]
    assert date_in_text(blocks) == (None, None)  # past the top of the article


def test_front_matter_and_file_name_dates_keep_priority(tmp_path):
    text = "---\ndate: 2024-01-10\n---\nLONDON, March 3, 2024 — The port authority said.\n"
    art = read(tmp_path, "a.md", text)
    assert (art.date, art.date_source) == ("2024-01-10", "front matter")
    art = read(tmp_path, "2024-01-11-b.txt", "LONDON, March 3, 2024 — The port authority said.\n")
    assert (art.date, art.date_source) == ("2024-01-11", "file name")
    art = read(
        tmp_path,
        "c.html",
        '<meta property="article:published_time" content="2024-01-12">'
        "<p>LONDON, March 3, 2024 — The port authority said.</p>",
    )
    assert (art.date, art.date_source) == ("2024-01-12", "page metadata")


def test_date_patterns_take_linear_time_on_adversarial_tops():
    import time

    from generator.dates import patterns

    p = patterns()
    for text in ("A " * 5000, "5 " * 5000 + "x", "KYIV, " * 2000, "Feb. " * 3000 + "5"):
        t = time.perf_counter()
        for pattern in (p.full, p.dateline, p.published):
            pattern.search(text)
        assert time.perf_counter() - t < 0.5


# --- on the built site ------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def project(tmp_path: Path) -> Path:
    """A project with the repository's mkdocs.yml and docs/, and an empty seeds folder."""
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    (proj / "seeds").mkdir()
    return proj


def build(proj: Path, *args: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of the project, with this checkout's Parley."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *args],
        check=False,
        cwd=proj,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "", "PYTHONPATH": str(ROOT)},
    )


def test_date_sources_and_latest_documents_on_a_built_site(tmp_path):
    proj = project(tmp_path)
    seeds = proj / "seeds"
    (seeds / "a-dateline.txt").write_text(
        f"Norway walks out of mackerel talks\n\nBERGEN, March 3, 2024 — {BODY}\n", encoding="utf-8"
    )
    (seeds / "b-undated.txt").write_text(
        "The dockworkers' union said on Monday it would strike.\n\n"
        "The port authority rejected the demand.\n",
        encoding="utf-8",
    )
    (seeds / "c-published.txt").write_text(
        "Water treaty talks resume\n\nPublished 1 February 2024\n\n"
        "Both delegations want a deal on the river flow.\n",
        encoding="utf-8",
    )
    result = build(proj)
    assert result.returncode == 0, result.stderr
    site = proj / "site"
    page = (site / "documents/a-dateline/index.html").read_text("utf-8")
    assert "<h1" in page and "Norway walks out of mackerel talks" in page
    assert re.search(
        r"2024-03-03 <span class=\"parley-date-source\">\(date from the dateline\)</span>", page
    )
    assert "(date from the published line)" in (
        site / "documents/c-published/index.html"
    ).read_text("utf-8")
    assert "Undated ·" in (site / "documents/b-undated/index.html").read_text("utf-8")
    home = (site / "index.html").read_text("utf-8")
    latest = home[home.index('id="latest-documents"') :]
    order = [
        latest.index(t) for t in ("Norway walks out", "Water treaty talks resume", "B undated")
    ]
    assert order == sorted(order)  # newest dated first, the undated last and labelled so
    assert re.search(r"B undated</a> · undated", latest)
