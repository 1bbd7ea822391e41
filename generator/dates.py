"""An article's date from its text, when neither its metadata nor its file name gives one.

Looked for in the first `TOP_BLOCKS` blocks, in this order: a dateline ("KYIV, Feb 5 (Reuters) –",
"LONDON, March 3, 2024 —"), a published line ("Published 5 February 2024"), an updated line, and
any full date in the text ("5 February 2024", "February 5, 2024", "Feb. 5, 2024", 2024-02-05).
Only dates with a day, a month and a year are taken: a relative date ("on Monday") is never
guessed, and a dateline without a year gets one only from the seed's path (a folder or a file
name starting with the year: `2024/kyiv.txt`, `2024-kyiv.txt`), else the article stays undated.

Month names and line labels are data (data/dates.yml). A handful of anchored, bounded regular
expressions over at most `WINDOW` characters of a few blocks: linear time, deterministic, no
locale; a general parser (dateutil, dateparser) would also read "Monday" or "5/2" as a date, which
is exactly the guessing this must not do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .extract.knowledge import _data
from .model import Block

TOP_BLOCKS = 4  # how many blocks from the top are searched ("near the top")
WINDOW = 300  # characters of each block searched
LINE_MAX = 200  # a published line is a short block of its own
# a dateline's place in capitals, no date, then a dash: "PRETORIA — ", "BONN (Wire) - "; the
# words after it open the sentence ("BONN - Small island nations demanded …")
CAPS_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{1,40}(?:\s*\([A-Za-z .]{1,20}\))?\s+[―—–-]{1,2}\s+")
_YEAR = r"(?:1[89]|2[01])\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


@dataclass(frozen=True)
class DatePatterns:
    full: re.Pattern[str]  # a full date anywhere
    dateline: re.Pattern[str]  # a dateline at the start of a block
    published: re.Pattern[str]  # a published line's label
    updated: re.Pattern[str]
    months: dict[str, int]


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def patterns() -> DatePatterns:
    data = _data("dates.yml")
    months = {str(name).lower(): int(n) for n, names in data["months"].items() for name in names}
    mon = rf"(?i:\b(?:{_alternation(list(months))})\b\.?)"
    full = re.compile(
        rf"(?<![\d-])(?:(?P<y1>{_YEAR})-(?P<m1>1[0-2]|0[1-9])-(?P<d1>3[01]|[12]\d|0[1-9])"
        rf"|(?P<d2>{_DAY})[ \t]+(?P<m2>{mon}),?[ \t]+(?P<y2>{_YEAR})"
        rf"|(?P<m3>{mon})[ \t]+(?P<d3>{_DAY}),?[ \t]+(?P<y3>{_YEAR}))(?!\d)",
        re.IGNORECASE,
    )
    word = r"[A-Z][A-Za-z.'’-]{0,30}"
    place = rf"{word}(?:[ \t]{word}){{0,3}}"
    weekday = rf"(?:(?i:\b(?:{_alternation(data['weekdays'])})\b\.?),?[ \t]+)?"
    dateline = re.compile(
        rf"(?P<place>{place})(?:,[ \t]{place})?,[ \t]+{weekday}"
        rf"(?:(?P<m1>{mon})[ \t]+(?P<d1>{_DAY})|"
        rf"(?P<d2>{_DAY})[ \t]+(?P<m2>{mon}))(?:,?[ \t]+(?P<y>{_YEAR}))?"
        r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-–—:]"
    )

    def label(key: str) -> re.Pattern[str]:  # at the start of the line or after a separator
        return re.compile(rf"(?:^|[|·•][ \t]*)(?:{_alternation(data[key])})\b", re.IGNORECASE)

    return DatePatterns(full, dateline, label("published"), label("updated"), months)


def day(year: str | int, month: str | int, date: str) -> str | None:
    """An ISO date from its parts (a month by name or number), None when it is no real day."""
    p = patterns()
    m = int(month) if str(month).isdigit() else p.months.get(str(month).rstrip(".").lower())
    try:
        return dt.date(int(year), m or 0, int(re.sub(r"\D", "", date))).isoformat()
    except ValueError:
        return None


def full_date(text: str, start: int = 0) -> str | None:
    """The first full date in `text` (from `start`) that is a real day."""
    for m in patterns().full.finditer(text, start):
        g = m.groupdict()
        k = next(i for i in "123" if g[f"y{i}"])
        found = day(g[f"y{k}"], g[f"m{k}"], g[f"d{k}"])
        if found:
            return found
    return None


def dateline_date(text: str, year: str | None = None) -> str | None:
    """The date of a dateline opening `text`; one without a year takes `year`, or gives none."""
    m = patterns().dateline.match(text)
    if m is None or not (m.group("y") or year):
        return None
    month, date = (
        (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
    )
    return day(m.group("y") or year or "", month, date)


def is_dateline(text: str) -> bool:
    return patterns().dateline.match(text) is not None


def labelled_date(text: str, label: re.Pattern[str]) -> str | None:
    """The full date after a label ("Published", "Updated") in a short block."""
    if len(text) > LINE_MAX:
        return None
    m = label.search(text)
    return full_date(text, m.end()) if m else None


def is_date_line(text: str) -> bool:
    """A block that only dates the article: a published or updated line, or a bare date."""
    p = patterns()
    if len(text) > LINE_MAX:
        return False
    if labelled_date(text, p.published) or labelled_date(text, p.updated):
        return True
    m = p.full.search(text)
    return m is not None and len(m.group(0)) * 2 >= len(text.strip())


def date_in_text(blocks: Sequence[Block], year: str | None = None) -> tuple[str | None, str | None]:
    """(ISO date, where it was found) from the top of an article, or (None, None)."""
    p = patterns()
    top = [b.text[:WINDOW] for b in blocks[:TOP_BLOCKS]]
    finders = (
        ("dateline", lambda t: dateline_date(t, year)),
        ("published line", lambda t: labelled_date(t, p.published)),
        ("updated line", lambda t: labelled_date(t, p.updated)),
        ("text", full_date),
    )
    for source, find in finders:
        for text in top:
            found = find(text)
            if found:
                return found, source
    return None, None


_PATH_YEAR = re.compile(rf"({_YEAR})(?:[-_ .]|$)")


def year_in_path(source: str) -> str | None:
    """A year the seed's path states: a folder named by it, or a file name starting with it."""
    for part in reversed(source.split("/")):
        m = _PATH_YEAR.match(part)
        if m:
            return m.group(1)
    return None
