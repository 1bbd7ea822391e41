"""Decoding a seed file's bytes: UTF-8 first, then charset detection with the hints of
data/encodings.yml, within the text budget; a failure becomes one line naming the file."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache

from ..extract.knowledge import _data
from ..model import Article, Problem

FIX_ENCODING = "save the file as UTF-8"


def failure(exc: BaseException) -> str:
    """An exception in one line of a warning: its type and the start of its message."""
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message[:200]}" if message else type(exc).__name__


# Characters of article text that are read (about 16,000 words: several times the longest news
# feature). Extraction is linear, but a dense adversarial text yields an item every few words; past
# this budget one file could cost more than a few seconds, so the rest is left out, with a warning.
MAX_TEXT_CHARS = 100_000


def _within_text_budget(article: Article, limit: int = MAX_TEXT_CHARS) -> Article:
    """The article, its blocks cut after `limit` characters (at a blank where there is one)."""
    total, kept = 0, []
    for block in article.blocks:
        if total + len(block.text) <= limit:
            kept.append(block)
            total += len(block.text) + 2
            continue
        room = limit - total
        cut = block.text.rfind(" ", 0, room) if room > 0 else -1
        cut = cut if cut > room // 2 else room
        if cut > 0 and block.kind == "paragraph":
            kept.append(dataclasses.replace(block, text=block.text[:cut].rstrip()))
        problem = Problem(
            article.source,
            f"the article is longer than {limit:,} characters; only the first {limit:,} were read",
            "split it into several articles",
        )
        return dataclasses.replace(
            article, blocks=tuple(kept), problems=(*article.problems, problem)
        )
    return article


def decode(raw: bytes, source: str) -> tuple[str | None, list[Problem]]:
    """Bytes → text with normalised newlines.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; UTF-8 with a few broken
    bytes keeps its text (the bytes become U+FFFD, with a warning); anything else is detected by
    charset-normalizer among the code pages of data/encodings.yml first (`_detect`). What no
    encoding explains is a binary file, refused.
    """
    problems: list[Problem] = []
    text: str | None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            text = raw.decode("utf-16", errors="replace")
            problems.append(
                Problem(source, "is UTF-16 with broken bytes (replaced with \ufffd)", FIX_ENCODING)
            )
    elif raw.count(b"\x00") > max(8, len(raw) // 100) and not _utf8(raw):
        return None, [
            Problem(
                source,
                "looks like a binary file, not text",
                "remove it or export the article as text",
            )
        ]
    else:
        text = _utf8(raw)
        if text is None:
            replaced = raw.decode("utf-8", errors="replace")
            bad = replaced.count("\ufffd")
            if re.search(rb"[\xc2-\xf4][\x80-\xbf]", raw) and bad <= max(3, len(replaced) // 200):
                text = replaced
                problems.append(
                    Problem(
                        source,
                        f"has {bad} byte(s) that are not valid UTF-8 (replaced with \ufffd)",
                        FIX_ENCODING,
                    )
                )
            else:
                text = _detect(raw)
                if text is None:
                    return None, [
                        Problem(
                            source,
                            "looks like a binary file or an unknown encoding, not text",
                            "remove it, or save the article as UTF-8 text",
                        )
                    ]
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text, problems


def _utf8(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _detect(raw: bytes) -> str | None:
    """Text in the likeliest encoding: charset-normalizer judges the usual Western, Central
    European, Turkish, Baltic, Cyrillic and Greek code pages first (`cp_isolation`), then any.
    Among its cleanest decodings (chaos within 0.01), the one whose letters best fit one alphabet
    wins, then the code page listed first: short texts decode cleanly in several pages, and
    charset-normalizer's own guess among them is often another language's."""
    from charset_normalizer import from_bytes

    sample = raw[:1_000_000]
    pages, _ = _encodings()
    matches = list(from_bytes(sample, cp_isolation=list(pages)))
    if not matches or min(m.chaos for m in matches) > 0.1:
        matches += list(from_bytes(sample))
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= best + 0.01]
    rank = {page: n for n, page in enumerate(pages)}
    pick = min(tied, key=lambda m: (-_fit(str(m)), rank.get(m.encoding, len(rank)), m.encoding))
    try:
        return raw.decode(pick.encoding)
    except (UnicodeDecodeError, LookupError):
        return str(pick) if len(raw) <= 1_000_000 else None


@lru_cache(maxsize=1)
def _encodings() -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """(code pages in order, each alphabet's letters beyond ASCII in both cases):
    data/encodings.yml."""
    data = _data("encodings.yml")
    alphabets = tuple(
        frozenset(c for ch in str(letters) for c in (ch, ch.upper()) if len(c) == 1 and c >= "\x80")
        for letters in data["alphabets"].values()
    )
    return tuple(str(p) for p in data["code_pages"]), alphabets


def _fit(text: str) -> int:
    """How many of the letters beyond ASCII in `text` belong to the one alphabet that has most."""
    counts = Counter(c for c in text if c >= "\x80")
    return max(
        (sum(n for c, n in counts.items() if c in letters) for letters in _encodings()[1]),
        default=0,
    )
