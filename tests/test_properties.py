"""Property tests: whatever the article, every extracted span points at its own text."""

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract.knowledge import load
from generator.model import Article, Block
from generator.nlp import pipeline, resolve_model
from generator.pipeline import extract_document
from generator.segment import segment

KN = load()
MODEL = resolve_model("auto")

# News-like material: names, speech verbs, every kind of quotation mark, stray punctuation.
_WORDS = [
    "Anna Berg",
    "Peter Holm",
    "said",
    "told reporters",
    "he",
    "she",
    "the official",
    "Russia",
    "Ukraine's",
    "a Ukrainian official",
    "demands",
    "a ceasefire",
    "proposed",
    "that",
    "and",
    "according to",
    "warned",
    "the Kremlin",
    "Mr",
    "Dr.",
    "al-Kidra",
    "U.S.",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    '"',
    "'",
    "\u00ab",
    "\u00bb",
    ",",
    ".",
    ":",
    "\u2014",
    "\n",
    "?",
    "!",
]
_token = st.one_of(
    st.sampled_from(_WORDS),
    st.text(string.ascii_letters, min_size=1, max_size=8),
    st.text(min_size=1, max_size=3),
)
_paragraph = st.lists(_token, min_size=1, max_size=40).map(" ".join)


def _check(paragraphs, nlp=None):
    blocks = tuple(Block("paragraph", p) for p in paragraphs if p.strip())
    if not blocks:
        return
    doc = segment(Article(source="p.txt", title="P", date=None, blocks=blocks), "p")
    ex = extract_document(doc, KN, nlp)
    text = doc.text
    for q in ex.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert doc.sentences_by_id(q.sentence) is not None
    for item in ex.all_moves:
        assert text[item.start : item.end] == item.text
    for actor in ex.actors:
        for m in actor.mentions:
            assert 0 <= m.start < m.end <= len(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_paragraph, min_size=1, max_size=4))
def test_blank_tier_spans_point_at_their_text(paragraphs):
    _check(paragraphs)


@pytest.mark.skipif(MODEL is None, reason="no trained English spaCy pipeline installed")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_paragraph, min_size=1, max_size=3))
def test_parser_tier_spans_point_at_their_text(paragraphs):
    _check(paragraphs, pipeline(MODEL))
