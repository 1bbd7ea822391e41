"""Sections → paragraphs → sentences, with stable ids, over one document text.

The text is the article's blocks joined by blank lines; every offset in the extraction points
into it. Sentences are split per paragraph, so a heading never glues onto the next sentence.
"""

from __future__ import annotations

from .model import Article, Document, Section, Sentence
from .nlp import pipe, pipeline

_OPENERS = "\"'“‘«("
_NUMBER_SIGNS = (" No.", " Nos.", " no.")


def segment(article: Article, doc_id: str) -> Document:
    nlp = pipeline(None)
    pieces: list[str] = []
    offset = 0
    sections: list[tuple[str | None, list[tuple[str, ...]]]] = [(None, [])]
    sentences: list[Sentence] = []
    paragraphs = [(b, offset) for b, offset in _layout(article)]
    para_blocks = [(b, off) for b, off in paragraphs if b.kind == "paragraph"]
    docs = iter(pipe(nlp, [b.text for b, _ in para_blocks]))  # any length, in linear time
    for block, start in paragraphs:
        pieces.append(block.text)
        offset = start + len(block.text)
        if block.kind == "heading":
            sections.append((block.text, []))
            continue
        ids: list[str] = []
        for s_start, s_end in _sentence_spans(next(docs), block.text):
            sid = f"s{len(sentences) + 1}"
            sentences.append(Sentence(sid, start + s_start, start + s_end))
            ids.append(sid)
        sections[-1][1].append(tuple(ids))
    text = "\n\n".join(pieces)
    assert offset == len(text)
    return Document(
        id=doc_id,
        source=article.source,
        title=article.title,
        date=article.date,
        text=text,
        sections=tuple(Section(h, tuple(p)) for h, p in sections if h is not None or p),
        sentences=tuple(sentences),
        url=article.url,
        publisher=article.publisher,
        tags=article.tags,
        problems=article.problems,
        negotiation=article.negotiation,
        date_source=article.date_source,
        author=article.author,
    )


def _layout(article: Article):
    offset = 0
    for block in article.blocks:
        yield block, offset
        offset += len(block.text) + 2


def _sentence_spans(doc, text: str) -> list[tuple[int, int]]:
    """Sentence spans from the sentencizer, repaired where it is known to cut badly.

    A "sentence" starting in lower case (`"Is it over?" he asked.`) continues the previous one.
    """
    spans: list[list[int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        chunk = text[start:end].strip()
        if not chunk:
            continue
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end = start + len(chunk)
        first = chunk.lstrip(_OPENERS)[:1]
        if spans and (
            first.islower()
            or (not first.isalnum() and chunk[:1] not in _OPENERS)
            or (first.isdigit() and text[spans[-1][0] : spans[-1][1]].endswith(_NUMBER_SIGNS))
        ):  # "Union No. | 4 of …": a number sign, not a sentence's end
            spans[-1][1] = end
        else:
            spans.append([start, end])
    # The sentencizer hands an opening mark after a full stop to the sentence before it.
    for i in range(len(spans) - 1):
        s, e = spans[i]
        while e > s + 1 and text[e - 1] in '“‘«"' and (text[e - 1] != '"' or text[e - 2].isspace()):
            e -= 1
            while e > s + 1 and text[e - 1].isspace():
                e -= 1
        if e != spans[i][1]:
            spans[i][1] = e
            nxt = spans[i + 1][0]
            spans[i + 1][0] = nxt - len(text[e:nxt].lstrip())
    return [(s, e) for s, e in spans]
