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
import re._parser as sre  # type: ignore[import-not-found]  # CPython's own parser: no stub
import sys

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


_PREFIXED: dict[int, Prefixed] = {}


class Prefixed:
    """`finditer` and `search` of a pattern, tried only where its literal prefixes (see
    `literal_prefixes`) may begin: one quick scan of those positions instead of the whole pattern
    at every position, with the same matches. A pattern whose prefixes cannot be told (or that
    may match the empty string) is simply run as it is."""

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Prefixed:
        """The one made for `pattern`, made once (keyed on its id: hashing a pattern reads its
        whole code)."""
        got = _PREFIXED.get(id(pattern))
        if got is None:
            if len(_PREFIXED) > 512:
                _PREFIXED.clear()  # patterns of knowledge no longer used
            got = _PREFIXED[id(pattern)] = cls(pattern)  # it holds the pattern: the id stays its
        return got

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        prefixes = literal_prefixes(pattern.pattern, pattern.flags)
        self.starts = prefix_starts(prefixes, boundary=_at_boundary(pattern)) if prefixes else None

    def finditer(self, text: str, start: int = 0, end: int = sys.maxsize):
        if self.starts is None:
            yield from self.pattern.finditer(text, start, end)
            return
        after = start  # matches do not overlap: the next is searched from the end of the last
        for pos in self.starts.positions(text, start, end):
            if pos >= after and (m := self.pattern.match(text, pos, end)):
                after = m.end()  # not empty: it holds its prefix
                yield m

    def search(self, text: str, start: int = 0, end: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, start, end), None)


def _at_boundary(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` starts at a word boundary (it starts with `\\b`)."""

    items = list(sre.parse(pattern.pattern, pattern.flags))
    return bool(items) and str(items[0][0]) == "AT" and str(items[0][1]) == "AT_BOUNDARY"


class Starts:
    """The positions a `prefix_starts` pattern gives. At a word start whose prefix begins with a
    letter, the character before is a non-word one: scanning for those (a quick character-set
    scan) and looking ahead from each costs less than trying the boundary at every position."""

    def __init__(self, pattern: re.Pattern[str], boundary: bool, word_first: bool) -> None:
        self.pattern = pattern
        self.after_non_word = (
            re.compile(r"\W" + pattern.pattern[2:]) if boundary and word_first else None
        )

    def positions(self, text: str, start: int, end: int):
        if self.after_non_word is None:
            for m in self.pattern.finditer(text, start, end):
                yield m.start()
            return
        if start < end and self.pattern.match(text, start, end):
            yield start  # the character before it lies outside the span
        for m in self.after_non_word.finditer(text, start, end):
            yield m.end()


def prefix_starts(
    prefixes: set[str] | frozenset[str], exact_first: bool = False, boundary: bool = True
) -> Starts:
    """Every position (zero-width; with `boundary`, every word start) where one of the lower-case
    `prefixes` may begin, as a trie. Case-insensitive matching sees e.g. 'ſ' as 's', so any
    non-ASCII character passes; with `exact_first`, the first character must be the ASCII letter
    itself (the move cues' `by_prefix`)."""

    def char(c: str, exact: bool) -> str:
        if exact:
            return f"[{re.escape(c)}{re.escape(c.upper())}]"
        # the other ASCII characters, as ranges: what is not among them passes
        other = [i for i in range(128) if chr(i) not in (c, c.upper())]
        cuts = [k for k in range(1, len(other)) if other[k] != other[k - 1] + 1]
        runs = zip([0, *cuts], [*cuts, len(other)], strict=True)
        return "[^" + "".join(f"\\x{other[a]:02x}-\\x{other[b - 1]:02x}" for a, b in runs) + "]"

    def trie(ps: set[str], depth: int) -> str:
        if "" in ps:
            return ""
        groups: dict[str, set[str]] = {}
        for p in ps:
            groups.setdefault(p[0], set()).add(p[1:])
        parts = [
            char(c, exact_first and depth == 0) + trie(rest, depth + 1)
            for c, rest in sorted(groups.items())
        ]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    pattern = re.compile((r"\b" if boundary else "") + "(?=" + trie(set(prefixes), 0) + ")")
    return Starts(pattern, boundary, all(p[0].isascii() and _is_word(p[0]) for p in prefixes))


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def literal_prefixes(
    pattern: str, flags: int = 0, n: int = 3, marks: str = ""
) -> frozenset[str] | None:
    """The lower-case ASCII literal prefixes (up to `n` characters) every match of a
    case-insensitive pattern starts with one of, or None when its first character cannot be told.
    A prefix stops where the pattern stops being plain literals: shorter means less is told.
    Characters of `marks` (that have no case, such as apostrophes) count as literals too."""

    def literal(c: int) -> bool:
        return chr(c).isascii() or chr(c) in marks

    def heads(items: list, n: int) -> set[str]:
        if n == 0 or not items:
            return {""}
        (op, av), rest = items[0], items[1:]
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            return heads(rest, n)  # zero-width: the next item consumes the first character
        if name == "LITERAL" and literal(av):
            return {chr(av).lower() + h for h in heads(rest, n - 1)}
        if name == "IN" and all(str(o) == "LITERAL" and literal(a) for o, a in av):
            tails = heads(rest, n - 1)
            return {chr(a).lower() + h for _, a in av for h in tails}
        if name == "BRANCH":
            return set().union(*(heads(list(sub) + rest, n) for sub in av[1]))
        if name == "SUBPATTERN":
            return heads(list(av[-1]) + rest, n)
        if name in ("MAX_REPEAT", "MIN_REPEAT") and av[:2] == (0, 1):
            return heads(rest, n) | heads(list(av[2]) + rest, n)  # an optional part
        if name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            return heads(list(av[2]), n)  # its first repetition, then nothing told
        return {""}

    try:
        found = heads(list(sre.parse(pattern, flags)), n)
    except Exception:  # noqa: BLE001 - an unusual pattern is simply tried everywhere
        return None
    return None if "" in found else frozenset(found)


def may_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """False only when `pattern` cannot match in text[start:end]: each of its matches holds one
    of a few literal words (`required_words`) and none occurs there. A few substring tests cost
    less than trying the pattern at every position of a sentence that has none of them."""
    got = _REQUIRED.get(id(pattern))
    if got is None or got[0] is not pattern:
        required_words(pattern)
        got = _REQUIRED[id(pattern)]
    _, words, folded = got
    if words is None:
        return True
    hay = _folded(text) if folded else text
    if hay is None:
        return True
    return any(hay.find(w, start, end) >= 0 for w in words)


# the characters other than ASCII letters that IGNORECASE matches to one ('İ', 'ı', 'ſ', the
# Kelvin sign): in a text holding one, lower-casing tells no case-insensitive match apart
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_FOLDED: dict[int, tuple[str, str | None]] = {}


def _folded(text: str) -> str | None:
    """`text` lower-cased, offsets kept; None when lower-casing would not tell case-insensitive
    matches of ASCII words (it changes the length, or a character folding to ASCII is there).
    Kept for the last few texts (a document's, a sentence's copy)."""
    got = _FOLDED.get(id(text))
    if got is None or got[0] is not text:
        low = text.lower()
        kept = len(low) == len(text) and (text.isascii() or _FOLDS_TO_ASCII.isdisjoint(text))
        if len(_FOLDED) >= 4:
            _FOLDED.clear()
        got = _FOLDED[id(text)] = (text, low if kept else None)  # the text kept alive with its id
    return got[1]


# id of a pattern → (the pattern, kept alive with its id; its required words; IGNORECASE or not)
_REQUIRED: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None, bool]] = {}


def required_words(pattern: re.Pattern[str], most: int = 12) -> tuple[str, ...] | None:
    """Literal words one of which every match of `pattern` holds: those of the first group of
    plain alternatives ("(?:offer|offers|proposal)") the pattern must pass through (an item of its
    top-level sequence), at most `most` of them and none shorter than three characters (a test
    for "a" tells nothing); under IGNORECASE only ASCII ones, lower-cased. None when there is no
    such group. Made once per pattern."""
    got = _REQUIRED.get(id(pattern))
    if got is None or got[0] is not pattern:
        if len(_REQUIRED) > 512:
            _REQUIRED.clear()  # patterns of knowledge no longer used
        folded = bool(pattern.flags & re.IGNORECASE)
        got = _REQUIRED[id(pattern)] = (pattern, _first_alternatives(pattern, most), folded)
    return got[1]


def _first_alternatives(pattern: re.Pattern[str], most: int) -> tuple[str, ...] | None:
    try:
        items = list(sre.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unusual pattern is simply not gated
        return None
    if pattern.flags & re.LOCALE:
        return None
    folded = bool(pattern.flags & re.IGNORECASE)
    for item in items:
        op, av = item
        while str(op) == "SUBPATTERN" and len(av[-1]) == 1:
            op, av = next(iter(av[-1]))  # a group holding one item: that item
        if str(op) != "BRANCH":
            continue
        words = [_literal_word(list(sub)) for sub in av[1]]
        if any(w is None or len(w) < 3 for w in words) or len(words) > most:
            continue
        if folded and not all(w.isascii() for w in words if w is not None):
            continue
        return tuple(sorted({w.lower() if folded else w for w in words if w is not None}))
    return None


def _literal_word(seq: list) -> str | None:
    """The word a sequence of plain literals spells, or None."""
    if not all(str(op) == "LITERAL" for op, _ in seq):
        return None
    return "".join(chr(av) for _, av in seq)
