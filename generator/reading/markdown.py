"""Markdown articles: the front matter, then headings and paragraphs read by hand (linear on
any input: Python-Markdown was measured quadratic on unclosed brackets), inline marks stripped."""

from __future__ import annotations

import re

from ..model import Article, Block, Problem
from .frontmatter import _FRONT, _INLINE, _LIMITS, TAG_MAX, TAGS_MAX, _front_matter
from .text import _valid_date, dated, title_from_name


def strip_inline_markdown(s: str) -> str:
    for pattern, repl in _INLINE:
        s = pattern.sub(repl, s)
    return s.strip()


def parse_markdown(text: str, source: str, problems: list[Problem] | None = None) -> Article:
    problems = list(problems or ())
    meta: dict = {}
    m = _FRONT.match(text)
    if m:
        body = text[m.end() :]
        meta = _front_matter(m.group(1) or "", source, problems)
    else:
        body = text
    blocks: list[Block] = []
    para: list[str] = []
    fenced = False

    def flush() -> None:
        if para:
            joined = strip_inline_markdown(" ".join(para))
            if joined:
                blocks.append(Block("paragraph", joined))
            para.clear()

    for raw in body.split("\n"):
        line = raw.strip()
        if line.startswith(("```", "~~~")):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        if not line or re.fullmatch(r"[-*_=]{3,}", line):
            flush()
            continue
        heading = _atx_heading(line)
        if heading is not None:
            flush()
            if heading:
                blocks.append(Block("heading", strip_inline_markdown(heading)))
            continue
        item = re.match(r"(?:[-*+]|\d+[.)])\s+(.*)", line)
        if item:
            flush()
            line = item.group(1)
        para.append(re.sub(r"^>\s?", "", line))
    flush()

    title = _meta_str(meta, "title", source, problems)
    if not title and blocks and blocks[0].kind == "heading":
        title, blocks = blocks[0].text, blocks[1:]
    date = None
    if "date" in meta and meta["date"] is not None:
        date = _valid_date(meta["date"])
        if date is None:
            problems.append(
                Problem(
                    source,
                    f"front matter `date` is not a date ({_shown(meta['date'])}), ignored",
                    "write it as YYYY-MM-DD, a day that exists",
                )
            )
    date, date_source = dated(blocks, source, date)
    return Article(
        source=source,
        title=title or title_from_name(source),
        date=date,
        date_source=date_source,
        blocks=tuple(blocks),
        url=_meta_str(meta, "url", source, problems),
        publisher=_meta_str(meta, "publisher", source, problems)
        or _meta_str(meta, "source", source, problems),
        tags=_tags(meta.get("tags"), source, problems),
        negotiation=_meta_str(meta, "negotiation", source, problems),
        author=_meta_str(meta, "author", source, problems),
        problems=tuple(problems),  # last: the fields above may add theirs
    )


def _shown(value: object) -> str:
    """A front matter value in a warning: text shown quoted and short, anything else by its type."""
    if isinstance(value, (str, int, float)):
        return repr(str(value)[:40])
    return f"a {type(value).__name__}"


def _tags(value: object, source: str, problems: list[Problem]) -> tuple[str, ...]:
    """Tags as sorted short texts: at most TAGS_MAX of them, TAG_MAX characters each."""
    if not value:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        problems.append(
            Problem(source, "front matter `tags` is not a list, ignored", "write tags: [a, b]")
        )
        return ()
    texts = [" ".join(str(t).split()) for t in items[:TAGS_MAX] if isinstance(t, (str, int, float))]
    if (
        len(items) > TAGS_MAX
        or len(texts) < min(len(items), TAGS_MAX)
        or any(len(t) > TAG_MAX for t in texts)
    ):
        problems.append(
            Problem(
                source,
                f"front matter `tags` has entries that are not short texts or more than "
                f"{TAGS_MAX} of them; kept the first {TAGS_MAX} texts, cut to {TAG_MAX} characters",
                "write tags: [a, b] with a few short words",
            )
        )
    return tuple(sorted({t[:TAG_MAX].strip() for t in texts if t}))


def _atx_heading(line: str) -> str | None:
    """The text of a `#` heading line (stripped, closing `#`s dropped), None for any other line.
    String methods, not a regex: the lazy group before optional spaces and `#`s backtracked
    quadratically over a long run of spaces."""
    level = len(line) - len(line.lstrip("#"))
    if not 1 <= level <= 6 or len(line) == level or not line[level].isspace():
        return None
    return line[level:].strip().rstrip("#").rstrip()


def _meta_str(meta: dict, key: str, source: str, problems: list[Problem]) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        limit = _LIMITS.get(key, 300)
        if len(text) > limit:
            problems.append(
                Problem(
                    source,
                    f"front matter `{key}` is {len(text):,} characters long, cut to {limit}",
                    f"shorten the {key}",
                )
            )
            text = text[:limit].rstrip()
        return text or None
    problems.append(
        Problem(source, f"front matter `{key}` is not a string, ignored", f"write {key}: some text")
    )
    return None
