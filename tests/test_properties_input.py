"""Property tests over hostile input: any bytes, any Unicode, any file names."""

import re

from conftest import check_spans
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract.knowledge import load
from generator.ingest import decode, parse_html, parse_markdown, parse_text
from generator.model import Problem
from generator.pipeline import RESERVED_IDS, extract_document, page_id
from generator.segment import segment

KN = load()
READERS = {".txt": parse_text, ".md": parse_markdown, ".html": parse_html}
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _through_everything(text: str, suffix: str) -> None:
    article = READERS[suffix](text, "p" + suffix, [])
    if not any(b.kind == "paragraph" for b in article.blocks):
        return
    doc = segment(article, "p")
    ex = extract_document(doc, KN)
    check_spans(doc, ex)
    for p in ex.problems:
        assert "\n" not in str(p)


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(sorted(READERS)))
def test_any_bytes_decode_or_are_refused_and_never_crash(data, suffix):
    text, problems = decode(data, "p" + suffix)
    if text is None:
        assert len(problems) == 1 and isinstance(problems[0], Problem)
        return
    assert "\r" not in text and "\x00" not in text
    _through_everything(text, suffix)


@SETTINGS
@given(st.text(max_size=3000), st.sampled_from(sorted(READERS)))
def test_any_unicode_article_never_crashes_and_spans_hold(text, suffix):
    _through_everything(text, suffix)


@SETTINGS
@given(st.text(max_size=60))
def test_markdown_front_matter_of_any_shape_never_crashes(value):
    _through_everything(
        f"---\ntitle: {value}\ndate: {value}\ntags: {value}\n---\nThe talks went on.\n", ".md"
    )


@SETTINGS
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=40))
def test_page_ids_are_unique_and_url_safe(names):
    taken = set(RESERVED_IDS)
    ids = [page_id(name + ".txt", taken)[1] for name in names]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & RESERVED_IDS
    for i in ids:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i), i
        assert len(i) <= 90
