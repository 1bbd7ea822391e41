"""The verb cues of the move frames (`move_cues` in data/lexicon.yml), compiled once per
knowledge: one pattern per cue, and the cues grouped by the literal prefix they can start with,
so that a quick scan finds the word starts worth trying and each tries only the cues of its
prefix; likewise a quick test for "any move noun" that lets most sentences skip the noun search."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..knowledge import Knowledge


@functools.lru_cache(maxsize=64)
def _alt(words: tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first (built once per word list)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@dataclass(frozen=True)
class _Cue:
    """One trigger of a move frame (a `move_cues` group of the lexicon)."""

    type: str
    cameo: str
    pattern: re.Pattern[str]
    content: str  # where the content is: "clause", "asked" or "wanted" (see data/lexicon.yml)
    other: re.Pattern[str] | None = (
        None  # after the cue: another sense of the word ("sought to …"), no move
    )


_CUES: dict[int, tuple] = {}


def _cues(kn: Knowledge) -> tuple:
    """The cue patterns; the move nouns with a test for "any move noun" that lets a sentence
    without one skip the rest (most sentences); and where a verb cue can start: a pattern giving
    every word start whose first letters some cue can start with, and which cues those letters
    let through. Compiled once per knowledge."""
    if id(kn) not in _CUES:
        cues = [
            _Cue(
                g["type"],
                str(g["cameo"]),
                re.compile(r"\b(?:" + v + r")\b", re.I),
                g.get("content") or "clause",
                _other_senses(g),
            )
            for g in kn.lexicon["move_cues"]
            for v in g.get("verbs", [])
        ]
        nouns = kn.lexicon["move_nouns"]
        any_noun = re.compile(
            r"\b(?:" + _alt(tuple(n for ns in nouns.values() for n in ns)) + r")\b", re.I
        )
        by_prefix, anywhere = _cues_by_prefix(cues)
        by_letter: dict[str, list[int]] = {}
        for p, ks in sorted(by_prefix.items()):
            by_letter[p[0]] = sorted({*by_letter.get(p[0], ()), *ks})
        _CUES[id(kn)] = (
            kn,
            cues,
            nouns,
            _Starts(any_noun, _prefixes(any_noun.pattern), exact_first=False),
            _starts_re(set(by_prefix), exact_first=True),
            by_prefix,
            by_letter,
            anywhere,
        )  # kn kept alive
    return _CUES[id(kn)][1:]


def _cues_by_prefix(cues: list[_Cue]) -> tuple[dict[str, list[int]], list[int]]:
    """Which cues can start with a literal prefix (lower case, up to three characters; its first
    letter one of `_first_letters`), and the cues whose first letter cannot be told: a sentence's
    word starts are tried only against the cues of their prefixes."""
    by_prefix: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for k, cue in enumerate(cues):
        first = _first_letters(cue.pattern.pattern)
        if first is None:
            anywhere.append(k)
            continue
        prefixes = _prefixes(cue.pattern.pattern)
        if prefixes is None or any(p[0] not in first for p in prefixes):
            prefixes = first  # the first letter is all that is told
        for p in sorted(prefixes):
            by_prefix.setdefault(p, []).append(k)
    return by_prefix, anywhere


class _Starts:
    """Whether a pattern (case-insensitive, from `_prefixes`) matches in text[start:end], tried
    only at the word starts its prefixes allow: one quick scan instead of the alternation at
    every position."""

    def __init__(
        self, pattern: re.Pattern[str], prefixes: frozenset[str] | None, exact_first: bool
    ) -> None:
        self.pattern = pattern
        self.starts = _starts_re(prefixes, exact_first) if prefixes else None

    def search(self, text: str, start: int, end: int) -> bool:
        if self.starts is None:
            return self.pattern.search(text, start, end) is not None
        return any(
            self.pattern.match(text, m.start(), end) for m in self.starts.finditer(text, start, end)
        )


def _starts_re(prefixes: set[str] | frozenset[str], exact_first: bool) -> re.Pattern[str]:
    """Every word start (zero-width) where one of the lower-case `prefixes` may begin, as a trie.
    Case-insensitive matching sees e.g. 'ſ' as 's', so any non-ASCII character passes; with
    `exact_first`, the first character must be the ASCII letter itself (the cues' `by_prefix`)."""

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

    return re.compile(r"\b(?=" + trie(set(prefixes), 0) + ")")


def _cue_starts(text: str, start: int, end: int, starts: re.Pattern[str], by_prefix, by_letter):
    """(position, cues) of each word start in text[start:end] where some cue may match: the cues
    of its prefixes, or of its first letter when what follows is not ASCII (see _starts_re)."""
    for m in starts.finditer(text, start, end):
        pos = m.start()
        head = text[pos : pos + 3].lower()
        if head.isascii():
            yield pos, [k for p in (head[:1], head[:2], head) for k in by_prefix.get(p, ())]
        else:
            yield pos, by_letter.get(head[:1], ())


def _other_senses(group: dict) -> re.Pattern[str] | None:
    """What right after a frame's cue makes it another sense of the word (`other_senses`)."""
    senses = group.get("other_senses") or ()
    return (
        re.compile(r"\s+(?:" + "|".join(f"(?:{s})" for s in senses) + r")\b", re.I)
        if senses
        else None
    )


def _first_letters(pattern: str) -> frozenset[str] | None:
    """The lower-case ASCII letters a case-insensitive pattern can start with, or None when that
    cannot be told simply (then the pattern is tried everywhere)."""
    import re._parser as sre  # type: ignore[import-not-found]  # CPython's own parser: typeshed has no stub

    def first(seq) -> set[str] | None:
        for op, av in seq:
            name = str(op)
            if name in ("AT", "ASSERT", "ASSERT_NOT"):
                continue  # zero-width: the next item consumes the first character
            if name == "LITERAL":
                return {chr(av).lower()}
            if name == "IN":
                out = set()
                for o, a in av:
                    if str(o) != "LITERAL":
                        return None
                    out.add(chr(a).lower())
                return out
            if name == "BRANCH":
                out = set()
                for sub in av[1]:
                    f = first(sub)
                    if f is None:
                        return None
                    out |= f
                return out
            if name == "SUBPATTERN":
                return first(av[-1])
            if name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
                return first(av[2])
            return None
        return None

    try:
        found = first(sre.parse(pattern))
    except Exception:  # noqa: BLE001 - an unusual pattern is simply tried everywhere
        return None
    if found is None or not all(c.isascii() and c.isalpha() for c in found):
        return None
    return frozenset(found)


def _prefixes(pattern: str, n: int = 3) -> frozenset[str] | None:
    """The lower-case ASCII literal prefixes (up to `n` characters) every match of a
    case-insensitive pattern starts with one of, or None when its first character cannot be told.
    A prefix stops where the pattern stops being plain literals: shorter means less is told."""
    import re._parser as sre

    def heads(items: list, n: int) -> set[str]:
        if n == 0 or not items:
            return {""}
        (op, av), rest = items[0], items[1:]
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            return heads(rest, n)  # zero-width: the next item consumes the first character
        if name == "LITERAL" and chr(av).isascii():
            return {chr(av).lower() + h for h in heads(rest, n - 1)}
        if name == "IN" and all(str(o) == "LITERAL" and chr(a).isascii() for o, a in av):
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
        found = heads(list(sre.parse(pattern)), n)
    except Exception:  # noqa: BLE001 - an unusual pattern is simply tried everywhere
        return None
    return None if "" in found else frozenset(found)
