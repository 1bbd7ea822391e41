"""The verb cues of the move frames (`move_cues` in data/lexicon.yml), compiled once per
knowledge: one pattern per cue, and the cues grouped by the literal prefix they can start with,
so that a quick scan finds the word starts worth trying and each tries only the cues of its
prefix; likewise a quick test for "any move noun" that lets most sentences skip the noun search."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..knowledge import Knowledge
from ..scan import Prefixed, Starts, literal_prefixes, prefix_starts


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
    conditional: bool = False  # holds only with an offer condition ("would release them if …")


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
                g.get("condition") == "required",
            )
            for g in kn.lexicon["move_cues"]
            for v in g.get("verbs", [])
        ]
        nouns = kn.lexicon["move_nouns"]
        # the prefilter of the noun frames, with the aim nouns the copula reads ("priority is …")
        named = tuple(n for ns in nouns.values() for n in ns) + tuple(kn.words("aim_nouns"))
        any_noun = re.compile(r"\b(?:" + _alt(named) + r")\b", re.I)
        by_prefix, anywhere = _cues_by_prefix(cues)
        by_letter: dict[str, list[int]] = {}
        for p, ks in sorted(by_prefix.items()):
            by_letter[p[0]] = sorted({*by_letter.get(p[0], ()), *ks})
        _CUES[id(kn)] = (
            kn,
            cues,
            nouns,
            Prefixed(any_noun),
            prefix_starts({p for p in by_prefix if p[0] not in MARKS}, exact_first=True),
            by_prefix,
            by_letter,
            anywhere,
        )  # kn kept alive
    return _CUES[id(kn)][1:]


def _cues_by_prefix(cues: list[_Cue]) -> tuple[dict[str, list[int]], list[int]]:
    """Which cues can start with a literal prefix (scan.literal_prefixes: lower case, up to three
    characters; its first letter one of `_first_letters`), and the cues whose first letter cannot
    be told: a sentence's word starts are tried only against the cues of their prefixes."""
    by_prefix: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for k, cue in enumerate(cues):
        first = _first_letters(cue.pattern.pattern)
        if first is None:
            chars = _first_chars(cue.pattern.pattern) or frozenset("?")
            if not all((c.isascii() and c.isalpha()) or c in MARKS for c in chars):
                anywhere.append(k)  # tried at every position
                continue
            # "[’']s willing to", "(?:would|[’']d) like": the letters' prefixes, the marks
            # tried where they stand (marks_at)
            told = literal_prefixes(cue.pattern.pattern, cue.pattern.flags, marks=MARKS)
            if told is None or any(p[0] not in chars for p in told):
                told = chars
            for p in sorted({p[0] if p[0] in MARKS else p for p in told}):
                by_prefix.setdefault(p, []).append(k)
            continue
        prefixes = literal_prefixes(cue.pattern.pattern, cue.pattern.flags)
        if prefixes is None or any(p[0] not in first for p in prefixes):
            prefixes = first  # the first letter is all that is told
        for p in sorted(prefixes):
            by_prefix.setdefault(p, []).append(k)
    return by_prefix, anywhere


# marks a cue may start with ("’s willing to", "’d like"): tried where they stand in a sentence
MARKS = "'’"
_MARK = re.compile("[" + MARKS + "]")


def marks_at(text: str, start: int, end: int, by_prefix) -> list[tuple[int, list[int]]]:
    """(position, cues) of each mark of MARKS in text[start:end] that some cue can start with."""
    return [
        (m.start(), by_prefix[m.group(0)])
        for m in _MARK.finditer(text, start, end)
        if m.group(0) in by_prefix
    ]


def _cue_starts(text: str, start: int, end: int, starts: Starts, by_prefix, by_letter):
    """(position, cues) of each word start in text[start:end] where some cue may match: the cues
    of its prefixes, or of its first letter when what follows is not ASCII (scan.prefix_starts)."""
    for pos in starts.positions(text, start, end):
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
    found = _first_chars(pattern)
    if found is None or not all(c.isascii() and c.isalpha() for c in found):
        return None
    return found


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters (letters lower-cased) a case-insensitive pattern can start with, or None
    when that cannot be told simply."""
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
    return frozenset(found) if found is not None else None
