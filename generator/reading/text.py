"""Plain-text articles: paragraphs and headings from lines, the title from a headline first line
(or the file name), the date from the file name or the text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..dates import TOP_BLOCKS, date_in_text, is_date_line, is_dateline, year_in_path
from ..model import Article, Block, Problem

_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})[-_ ]+")
_TERMINAL = tuple('.!?;:,"”’»)]…')


def title_from_name(source: str) -> str:
    stem = _DATE_PREFIX.sub("", Path(source).stem)
    words = re.sub(r"[-_]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else Path(source).stem


def date_from_name(source: str) -> str | None:
    m = _DATE_PREFIX.match(Path(source).name)
    return _valid_date(m.group(1)) if m else None


_ISO_DAY = re.compile(r"(\d{4})-(\d\d?)-(\d\d?)(?![\d-])")


def _valid_date(value: object) -> str | None:
    """YYYY-MM-DD (optionally followed by a time) as an ISO date, or None when it is no real day."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = _ISO_DAY.match(value.strip()[:40])
        try:
            if m:
                return dt.date(*map(int, m.groups())).isoformat()
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()  # 20250301, 2025-W09-6
        except ValueError:  # 2025-02-30, 2025-13-45, yesterday
            return None
    return None


def is_heading_line(line: str) -> bool:
    """A short line without final punctuation, standing between paragraphs, is a heading."""
    s = line.strip()
    return (
        0 < len(s) <= 90
        and len(s.split()) <= 12
        and not s.endswith(_TERMINAL)
        and not s[0].islower()
        and any(c.isalpha() for c in s)
    )


def parse_text(text: str, source: str, problems: list[Problem] | None = None) -> Article:
    """Plain text: one paragraph per line, or per blank-line block when the text is hard-wrapped.
    The first line is the title when it reads like a headline (`is_headline`) and text follows."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        logical: list[
            list[str]
        ] = []  # each logical line as its physical lines (joined once: linear)
        size = 0  # characters of the last logical line, joined
        for line in (ln.strip() for ln in chunk.split("\n")):
            if not line:
                continue
            if (
                logical
                and _continues(logical[-1], size, line)
                and not _headline_apart(blocks, logical, line)
            ):
                logical[-1].append(line)
                size += 1 + len(line)
            else:
                logical.append([line])
                size = len(line)
        for parts in logical:
            line = " ".join(parts)
            blocks.append(Block("heading" if is_heading_line(line) else "paragraph", line))
    blocks = _body_follows(blocks)
    title = title_from_name(source)
    if (
        len(blocks) > 1
        and is_headline(blocks[0].text)
        and any(b.kind == "paragraph" for b in blocks[1:])
    ):
        title = blocks[0].text  # the page's title: not repeated as the first paragraph
        blocks = blocks[1:]
    # a date line at the top ("Published 5 February 2024") is text, not the heading of a section
    blocks = [
        Block("paragraph", b.text)
        if k < TOP_BLOCKS and b.kind == "heading" and is_date_line(b.text)
        else b
        for k, b in enumerate(blocks)
    ]
    date, date_source = dated(blocks, source)
    return Article(
        source=source,
        title=title,
        date=date,
        blocks=tuple(blocks),
        problems=tuple(problems or ()),
        date_source=date_source,
    )


def dated(
    blocks: list[Block] | tuple[Block, ...],
    source: str,
    given: str | None = None,
    given_source: str = "front matter",
) -> tuple[str | None, str | None]:
    """(date, where it came from): the metadata's (`given`), else the file name's, else one found
    at the top of the text (dates.py); front matter and file names always win over the text."""
    if given:
        return given, given_source
    named = date_from_name(source)
    if named:
        return named, "file name"
    return date_in_text(blocks, year_in_path(source))


# A headline: a first line of at most HEADLINE_WORDS words and HEADLINE_CHARS characters (longer
# than a section heading may be: wire headlines run to 20 words), starting with a capital, a digit
# or a quote mark, one sentence without a final full stop, comma, colon or semicolon ("?" and "!"
# are headline punctuation), and not a byline, a dateline or a date line.
HEADLINE_WORDS = 25
HEADLINE_CHARS = 160
WRAPPED = 100  # hard-wrapped text has lines shorter than this; longer ones are one paragraph each
_CLOSERS = "\"'”’»)]"
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\"'”’]?\s+[\"“‘]?[A-Z]")  # "…walk out. Norway says"
_BYLINE = re.compile(r"(?:By|BY)\s+[A-Z]")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}\Z")  # "U.S." ends a headline without a full stop


def is_headline(line: str) -> bool:
    """Whether a first line reads like a headline rather than the article's first sentence."""
    s = line.strip()
    words = s.split()
    if not (
        0 < len(s) <= HEADLINE_CHARS
        and len(words) <= HEADLINE_WORDS
        and any(c.isalpha() for c in s)
    ):
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "\"'“‘«"):
        return False
    if s[0] in '"“«' and s.endswith(('"', "”", "»")):
        # a quotation on a line of its own opens the story; headlines quote in single marks
        return False
    core = s.rstrip(_CLOSERS).rstrip()
    # a full stop inside the single quotes headlines quote with (US style: Mayor calls the cuts
    # 'reckless.') belongs to the quoted words; body text quotes with double marks ("… “reckless.”")
    quoted = s.endswith(("'", "’")) and core.endswith(".") and any(q in core for q in "'‘")
    if core.endswith((".", ",", ";", ":", "…")) and not _ABBREVIATION.search(core) and not quoted:
        return False
    if _SENTENCE_BREAK.search(s) or (_BYLINE.match(s) and len(words) <= 8):
        return False
    return not (is_dateline(s) or is_date_line(s))


def _headline_apart(blocks: list[Block], logical: list[list[str]], line: str) -> bool:
    """The file's first line stays apart from the next when it reads like a headline and the next
    line is a whole paragraph (longer than hard-wrapped lines are): not one run-on paragraph."""
    return (
        not blocks
        and len(logical) == 1
        and len(logical[0]) == 1
        and len(line) > WRAPPED
        and is_headline(logical[0][0])
    )


def _body_follows(blocks: list[Block]) -> list[Block]:
    """A line is a heading only when body text follows it: a heading-like last line (a paragraph
    ending in a name or a quote mark without a full stop) is the article's text, and the line
    before it, now followed by text, stays a heading. So an article never loses its only text."""
    if blocks and blocks[-1].kind == "heading":
        return [*blocks[:-1], Block("paragraph", blocks[-1].text)]
    return blocks


def _continues(previous: list[str], size: int, line: str) -> bool:
    """Hard-wrapped text: a long line that stops mid-sentence continues on the next line.
    `previous` is the logical line so far, as its physical lines, `size` its joined length (only a
    line short enough to be a heading is ever joined to be looked at)."""
    if previous[-1].endswith(_TERMINAL):
        return False
    return line[:1].islower() or (
        size >= 50 and not (size <= 90 and is_heading_line(" ".join(previous)))
    )
