"""Copies of an article (the same text, a syndicated or re-crawled copy) are published once."""

from __future__ import annotations

import random
import time
from pathlib import Path

from conftest import best_of
from test_metadata import build, project

from generator.config import Options
from generator.duplicates import THRESHOLD, find_duplicates, jaccard, shingles
from generator.model import Article, Block, Document, Extraction
from generator.pipeline import extract_corpus
from generator.segment import segment

STORY = [
    (
        "Dockworkers at the three container terminals of Port Halden walked out on Tuesday "
        "after talks with "
        "the port authority over night shifts broke down."
    ),
    (
        "The union wants a cap of four night shifts a month and a bonus for every shift "
        "after midnight, "
        "its negotiator Mira Tell told reporters outside the harbour office."
    ),
    '"We have waited eleven months for an answer and we will not wait another one," Tell said.',
    (
        "The port authority said it had offered a cap of six shifts and a smaller bonus, "
        "and called the "
        "strike premature while a mediator was still reviewing both proposals."
    ),
    (
        "Shipping lines have begun to divert vessels to the rival port of Vesterby, where "
        "crane operators "
        "said they were ready to take on extra cargo for as long as the strike lasts."
    ),
    (
        "The mediator, a retired judge, is expected to present a compromise on Friday; both "
        "sides said "
        "they would study it before deciding whether to return to the table."
    ),
]
OTHER_STORY = [  # the same talks, reported by another outlet in its own words
    (
        "The strike at Port Halden entered its second day as container ships queued outside "
        "the harbour "
        "and the union and the port authority traded blame for the collapse of the talks."
    ),
    (
        "Union negotiator Mira Tell repeated that her members want no more than four night "
        "shifts a "
        "month, while the authority insists six is the lowest it can go without new hires."
    ),
    (
        "Retailers warned of empty shelves within a week if the terminals stay closed, and "
        "the regional "
        "government urged both sides to accept mediation."
    ),
    "A compromise from the mediator is due on Friday, officials said.",
]


def ex_of(
    source: str, paragraphs: list[str], date: str | None = None, title: str = "T"
) -> Extraction:
    art = Article(
        source=source,
        title=title,
        date=date,
        blocks=tuple(Block("paragraph", p) for p in paragraphs),
    )
    doc = segment(art, Path(source).stem)
    return Extraction(document=doc, actors=(), quotes=(), demands=(), proposals=())


def test_an_exact_copy_is_left_out_with_one_notice():
    kept, copies, notes = find_duplicates([ex_of("a.txt", STORY), ex_of("b.txt", STORY)])
    assert [e.document.source for e in kept] == ["a.txt"]
    assert [(c.source, c.of, c.similarity) for c in copies] == [("b.txt", "a", 1.0)]
    assert [str(n) for n in notes] == [
        (
            "b.txt: the same text as a.txt, a copy: not published; delete it or move it "
            "out of the seeds folder (it is named on that article's page)"
        )
    ]
    assert notes[0].level == "info"


def test_a_syndicated_copy_with_another_headline_and_a_footer_is_a_copy():
    footer = [
        (
            "This story was provided by a wire service. Subscribe to our newsletter for the "
            "latest port "
            "and shipping news, delivered every morning."
        )
    ]
    wire = ex_of("wire.txt", STORY, "2025-03-03", "Port Halden dockworkers strike")
    outlet = ex_of(
        "outlet.txt", STORY + footer, "2025-03-04", "Strike shuts Port Halden as talks fail"
    )
    kept, copies, notes = find_duplicates([outlet, wire])
    score = jaccard(shingles(wire.document.text, {}), shingles(outlet.document.text, {}))
    assert THRESHOLD <= score < 1.0
    assert [e.document.source for e in kept] == ["wire.txt"]  # the earliest dated
    assert copies[0].source == "outlet.txt" and "nearly the same text" in notes[0].message


def test_two_articles_about_the_same_talks_are_not_copies():
    a, b = ex_of("a.txt", STORY), ex_of("b.txt", OTHER_STORY)
    assert jaccard(shingles(a.document.text, {}), shingles(b.document.text, {})) < 0.1
    kept, copies, notes = find_duplicates([a, b])
    assert len(kept) == 2 and copies == () and notes == []


def test_the_copy_published_is_the_earliest_dated_then_the_first_by_path_in_any_order():
    group = [
        ex_of("c.txt", STORY, "2025-03-05"),
        ex_of("d.txt", STORY, "2025-03-04"),
        ex_of("a.txt", STORY),
        ex_of("b.txt", STORY, "2025-03-04"),
    ]
    for seed in range(5):
        shuffled = random.Random(seed).sample(group, len(group))
        kept, copies, _ = find_duplicates(shuffled)
        assert [e.document.source for e in kept] == ["b.txt"]
        assert [c.source for c in copies] == ["a.txt", "c.txt", "d.txt"]


def test_finding_copies_does_not_grow_with_the_square_of_the_corpus():
    rng = random.Random(7)
    words = [f"w{k}" for k in range(20_000)]

    def plain(source: str, text: str) -> Extraction:  # no segmenting: only the text is compared
        doc = Document(
            id=source, source=source, title="T", date=None, text=text, sections=(), sentences=()
        )
        return Extraction(document=doc, actors=(), quotes=(), demands=(), proposals=())

    def corpus(n: int) -> list[Extraction]:
        docs = [plain(f"{k:05}.txt", " ".join(rng.choices(words, k=400))) for k in range(n)]
        return [*docs, plain("zz-copy.txt", docs[0].document.text + " with a footer added")]

    small, large = corpus(250), corpus(2000)
    t_small = best_of(
        lambda: find_duplicates(small), clock=time.process_time
    )  # CPU: the machine may be busy
    t_large = best_of(lambda: find_duplicates(large), clock=time.process_time)
    kept, copies, _ = find_duplicates(large)
    assert [c.source for c in copies] == ["zz-copy.txt"] and len(kept) == 2000
    assert t_large < 8 * 3 * t_small + 0.2, (
        t_small,
        t_large,
    )  # 8× the articles: about 8× the time, not 64×


def test_a_built_site_publishes_a_copy_once_and_names_it(tmp_path):
    proj = project(tmp_path)
    seeds = proj / "seeds"
    text = "Port Halden dockworkers strike\n\n" + "\n\n".join(STORY) + "\n"
    (seeds / "2025-03-04-halden-strike.txt").write_text(text, encoding="utf-8")
    (seeds / "2025-03-05-halden-strike-recrawl.txt").write_text(text, encoding="utf-8")
    (seeds / "halden-other.txt").write_text(
        "Strike at Port Halden drags on\n\n" + "\n\n".join(OTHER_STORY) + "\n", encoding="utf-8"
    )
    result = build(proj)  # --strict: a copy left out is a notice, not a failure
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("a copy: not published") == 1
    assert "INFO" in next(ln for ln in result.stderr.splitlines() if "a copy: not published" in ln)
    site = proj / "site"
    assert not (site / "documents/2025-03-05-halden-strike-recrawl").exists()
    page = (site / "documents/2025-03-04-halden-strike/index.html").read_text("utf-8")
    assert "Also found as" in page and "<code>2025-03-05-halden-strike-recrawl.txt</code>" in page
    assert "the same text" in page
    assert (site / "documents/halden-other/index.html").is_file()
    quotes = (site / "downloads/quotes.csv").read_text("utf-8")
    assert quotes.count("We have waited eleven months") == 1  # counted once
    options = Options(seeds_dir=seeds, model="none", cache_dir="")
    assert [e.document.source for e in extract_corpus(options).extractions] == [
        "2025-03-04-halden-strike.txt",
        "halden-other.txt",
    ]


def test_check_tells_of_copies_without_failing(tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    (tmp_path / "seeds").mkdir()
    (tmp_path / "docs").mkdir()  # MkDocs reads mkdocs.yml for the CLI too: docs_dir must exist
    for name in ("a.txt", "b.txt"):
        (tmp_path / "seeds" / name).write_text("\n\n".join(STORY) + "\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nplugins:\n  - parley:\n      seeds_dir: seeds\n"
        "      model: none\n      cache_dir: null\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "-f", str(tmp_path / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert "note: b.txt: the same text as a.txt, a copy: not published" in result.output
    assert "ok: 1 documents" in result.output


def test_a_copys_own_warnings_are_still_reported():
    from dataclasses import replace

    from generator.model import Problem

    bad = Problem(
        "b.txt",
        "front matter `date` is not a date ('yesterday'), ignored",
        "write it as YYYY-MM-DD",
    )
    copy = replace(ex_of("b.txt", STORY), problems=(bad,))
    _, _, notes = find_duplicates([ex_of("a.txt", STORY), copy])
    assert bad in notes and len(notes) == 2
