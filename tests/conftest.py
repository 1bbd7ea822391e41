from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.config import Options
from generator.extract.knowledge import load
from generator.model import Article, Block
from generator.pipeline import extract_document
from generator.segment import segment

ROOT = Path(__file__).resolve().parent.parent


def extract_text(*paragraphs: str):
    """Run the blank-tier extractors over invented paragraphs."""
    article = Article(
        source="t.txt",
        title="T",
        date=None,
        blocks=tuple(Block("paragraph", p) for p in paragraphs),
    )
    return extract_document(segment(article, "t"), load())


def items_at(ex, text: str, kind: str | None = None) -> list:
    """The quotes and reported clauses of `ex` that start with `text` (of one `kind`, if given)."""
    return [q for q in ex.quotes if q.text.startswith(text) and (kind is None or q.kind == kind)]


def check_speakers(
    ex,
    text: str,
    expected: list,
    kind: str | None = None,
    any_case: bool = False,
    key=lambda q: q.speaker,
) -> None:
    """The items starting with `text` have exactly the speakers `expected` (`key` of each; with
    `any_case`, a group shown as written may keep its lower-case first letter)."""
    got = [key(q) for q in items_at(ex, text, kind)]
    if any_case:
        got, expected = [g and g.lower() for g in got], [e and e.lower() for e in expected]
    assert got == expected, [(q.kind, q.text[:40], q.speaker) for q in ex.quotes]


@pytest.fixture
def extract():
    return extract_text


@pytest.fixture
def seed_options() -> Options:
    return Options(seeds_dir=ROOT / "seeds", model="none")


def best_of(
    fn: Callable[[], object], repeat: int = 3, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The fastest of a few runs of `fn`: a busy machine slows some runs, never speeds one up. The
    garbage collector is collected before and paused during each run: after a thousand tests its
    passes over every live object would time the suite's leftovers, not `fn`."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t = clock()
            fn()
            best = min(best, clock() - t)
        finally:
            gc.enable()
    return best


def check_moves(ex, kind, actor, items) -> None:
    """The moves of `kind` ("demands", "proposals") are `items`, in order, all by `actor` (none
    when `items` is empty), each pointing at its own text."""
    moves = getattr(ex, kind)
    assert [m.text for m in moves] == items, [(m.actor, m.text, m.cue) for m in ex.all_moves]
    assert {m.actor for m in moves} == ({actor} if items else set())
    for m in moves:
        assert ex.document.text[m.start : m.end] == m.text


def check_spans(doc, ex) -> None:
    """Every quote and move points at its own text, and every sentence lies inside the document."""
    for q in ex.quotes:
        assert doc.text[q.start : q.end] == q.text
    for m in ex.all_moves:
        assert doc.text[m.start : m.end] == m.text
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(doc.text)
