"""The speaker's side when a document speaks: "the city wants …, according to a document released
by the mayor's office" is the city's move as written, not the document's."""

from __future__ import annotations

import re

from ..speakers import Referent
from .subjects import _aux_start
from .words import _Words


def _side_of_a_document(
    text: str, floor: int, pos: int, speakers: list, words: _Words, side: frozenset[str]
) -> list:
    """The speakers of what holds the cue at `pos`; when only documents speak and the cue's subject
    is a speaker's-side noun ("the city"), that noun as written (no person's side to take)."""
    if speakers and all(r.actor_id is None and _names_a_document(r.name, words) for r in speakers):
        own = _side_noun(text, floor, pos, words, side)
        return [own] if own is not None else speakers
    return speakers


def _names_a_document(name: str, words: _Words) -> bool:
    """ "The four-page document released by …", "a draft seen by …": a document speaks, not a
    person (a document noun among the first words after the determiner)."""
    first = _WORDS.findall(name.lower())[1:4]
    return any(words.document.fullmatch(w) for w in first)


_WORDS = re.compile(r"[\w’'-]+")


def _side_noun(text: str, floor: int, pos: int, words: _Words, side: frozenset[str]):
    """The speaker's-side noun ("the city") that is the subject of the cue at `pos`, as written."""
    verb_at = _aux_start(text, floor, pos, words.aux)
    m = _THE_SIDE.search(text, max(floor, verb_at - 40), verb_at)
    if m is None or m.group(1).lower() not in side:
        return None
    name = text[m.start() : m.end(1)]
    return Referent(m.start(), m.end(1), name[:1].upper() + name[1:], None, "description")


_THE_SIDE = re.compile(r"(?<![\w’'-])[Tt]he\s+([a-z]+)\s+$")
