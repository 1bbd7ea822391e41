from __future__ import annotations

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
    article = Article(source="t.txt", title="T", date=None,
                      blocks=tuple(Block("paragraph", p) for p in paragraphs))
    return extract_document(segment(article, "t"), load())


@pytest.fixture
def extract():
    return extract_text


@pytest.fixture
def seed_options() -> Options:
    return Options(seeds_dir=ROOT / "seeds", model="none")
