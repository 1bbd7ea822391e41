"""The verb cues of the move frames (`move_cues` in data/lexicon.yml), compiled once per
knowledge: one pattern per cue, one for "any cue" that lets most sentences skip the search, and
the cues grouped by the letter they can start with, so a position tries only those."""

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
    """The cue patterns, plus one pattern for "any verb cue" and one for "any move noun" that let
    a sentence without a cue skip the rest (most sentences), and one giving every position where
    a verb cue starts. Compiled once per knowledge."""
    if id(kn) not in _CUES:
        verbs = [v for g in kn.lexicon["move_cues"] for v in g.get("verbs", [])]
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
        any_verb = re.compile(r"\b(?:" + _by_first_letter(verbs) + r")\b", re.I)
        # every position where some verb cue starts (zero-width: overlapping starts are kept)
        verb_starts = re.compile(r"(?=" + any_verb.pattern + ")", re.I)
        nouns = kn.lexicon["move_nouns"]
        # the prefilter of the noun frames, with the aim nouns the copula reads ("priority is …")
        named = tuple(n for ns in nouns.values() for n in ns) + tuple(kn.words("aim_nouns"))
        any_noun = re.compile(r"\b(?:" + _alt(named) + r")\b", re.I)
        # which cues can start with a letter: a sentence's cue starts are tried only against those
        by_letter: dict[str, list[int]] = {}
        anywhere: list[int] = []
        for k, cue in enumerate(cues):
            first = _first_letters(cue.pattern.pattern)
            if first is None:
                anywhere.append(k)
            for ch in first or ():
                by_letter.setdefault(ch, []).append(k)
        _CUES[id(kn)] = (
            kn,
            cues,
            nouns,
            any_verb,
            any_noun,
            verb_starts,
            by_letter,
            anywhere,
        )  # kn kept alive
    return _CUES[id(kn)][1:]


def _other_senses(group: dict) -> re.Pattern[str] | None:
    """What right after a frame's cue makes it another sense of the word (`other_senses`)."""
    senses = group.get("other_senses") or ()
    return (
        re.compile(r"\s+(?:" + "|".join(f"(?:{s})" for s in senses) + r")\b", re.I)
        if senses
        else None
    )


def _by_first_letter(verbs: list[str]) -> str:
    """The alternation of the verb cues grouped by the letter they can start with, each group behind
    a check of that letter: at a position, only the cues that can start there are tried (an
    alternation tries every branch, which costs more the more frames the lexicon has). A cue that
    can start with several letters is in each of their groups; one that cannot be told, in all."""
    groups: dict[str, list[str]] = {}
    anywhere = []
    for v in verbs:
        first = _first_letters(v)
        for ch in first or ():
            groups.setdefault(ch, []).append(v)
        if first is None:
            anywhere.append(v)
    parts = [
        f"(?=(?-i:[{ch}{ch.upper()}]))(?:" + "|".join(f"(?:{v})" for v in vs) + ")"
        for ch, vs in sorted(groups.items())
    ]
    return "|".join(parts + [f"(?:{v})" for v in anywhere])


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
