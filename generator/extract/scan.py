"""Regex searches over article text that stay linear when repeated from many positions.

`pattern.search(text, pos, end)` from every cue or quote of a long sentence rescans the rest of
the sentence each time (quadratic in its length). `first_match` answers the same question from
one left-to-right pass per (pattern, end), kept for the current text: the leftmost match at or
after `pos` is the first match of that pass starting at or after `pos`, unless `pos` falls inside
a match of the pass (then it is searched directly).
"""

from __future__ import annotations

import bisect
import re

_PASSES: dict[tuple, tuple[int, list[int], list[int], list[re.Match[str]]]] = {}
_TEXT: list[str] = [""]


def first_match(pattern: re.Pattern[str], text: str, pos: int, end: int) -> re.Match[str] | None:
    """`pattern.search(text, pos, end)`, from a pass over text[origin:end] made once."""
    if _TEXT[0] is not text:
        _PASSES.clear()
        _TEXT[0] = text
    key = (pattern, end)
    got = _PASSES.get(key)
    if got is None or pos < got[0]:
        # a pass from `pos`; where an earlier pass from further on exists, up to its first match
        old = got
        starts: list[int] = []
        ends: list[int] = []
        found: list[re.Match[str]] = []
        for m in pattern.finditer(text, pos, end):
            if old is not None and m.start() >= old[0]:
                k = bisect.bisect_left(old[1], m.start())
                if k < len(old[1]) and old[1][k] == m.start():
                    # the match the earlier pass has here: both passes go on alike from it
                    starts += old[1][k:]
                    ends += old[2][k:]
                    found += old[3][k:]
                    break
            starts.append(m.start())
            ends.append(m.end())
            found.append(m)
        got = (pos, starts, ends, found)
        _PASSES[key] = got
    _, starts, ends, found = got
    k = bisect.bisect_left(starts, pos)
    if k > 0 and ends[k - 1] > pos:  # inside a match of the pass: a match may start anywhere here
        return pattern.search(text, pos, end)
    return found[k] if k < len(found) else None


_ALL: dict[tuple, tuple[list[int], list[int]]] = {}
_ALL_TEXT: list[str] = [""]


def matches(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> tuple[list[int], list[int]]:
    """(starts, ends) of `pattern.finditer(text, start, end)`, made once per text and span."""
    if _ALL_TEXT[0] is not text:
        _ALL.clear()
        _ALL_TEXT[0] = text
    key = (pattern, start, end)
    if key not in _ALL:
        found = list(pattern.finditer(text, start, end))
        _ALL[key] = ([m.start() for m in found], [m.end() for m in found])
    return _ALL[key]
