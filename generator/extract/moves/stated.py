"""A move noun whose content is stated around it rather than after a link word: "the union's main
demand is a cap on …", "Chile's conditions include A and B", "Peru's proposal is to split …",
"Under Chile's plan (or a plan from Chile), fleets would …", "Among Chile's demands are …"."""

from __future__ import annotations

import functools
import re

from ...model import Document
from ..speakers import Referent, Referents
from .cues import _alt
from .nouns import _agents_at
from .spans import _clause_end, _names_the_move, _np_end, _spelled_out, _split_list
from .subjects import _owner
from .words import _Words

_POSSESSIVE = r"(?:[’']s?|\b(?:its|their|his|her|our))\s+"
# what opens an aside between a move noun and its verb, after a comma: a participle ("set out in a
# letter", "laid out in a document seen by AFP") or a source ("according to a summary it released")
ASIDE_OPENING = (
    r"(?:[a-z]+ed\b|(?:laid|set|drawn|made|put|sent|written|given)\s+(?:out|up|down|forward|in|by)\b|"
    r"according\s+to\b)"
)
# the actor of a move noun that refers back ("Under the plan, …", "The demands included …"): the
# actor of the latest move of its type, a sentence or two before (positions._keep)
ANTECEDENT = "antecedent"
_MODIFIERS = r"(?:(?!(?:to|for|that|on|of|is|are|was|were|under)\b)[\w-]+\s+){0,2}?"
# the possessive (and modifiers) right before a move noun, searched in the phrase up to the noun
_MARK_BEFORE_NOUN = re.compile(_POSSESSIVE + _MODIFIERS + r"$", re.I)


def _stated_nouns(
    doc: Document, sent, nouns: list[str], refs: Referents, words: _Words, aims: tuple = ()
):
    """The moves of the move nouns `nouns` whose content is stated around them; `aims` (the
    lexicon's aim_nouns, for demands) after a copula only ("Latvia's top priority is …")."""
    if nouns:
        yield from _copular_nouns(doc, sent, list(nouns) + list(aims), refs, words, aims)
        yield from _apposed_nouns(doc, sent, nouns, refs, words)
        yield from _under_nouns(doc, sent, nouns, refs, words)
        yield from _among_nouns(doc, sent, nouns, refs, words)


@functools.lru_cache(maxsize=16)
def _copula_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """An owned move noun, then "is / are / was / has been / remains / includes", then maybe the
    link of the content ("that", "to", "for"): group 1 a determiner instead of an owner ("the
    demands included …"), 2 the noun, 3 the verb, 4 the link."""
    return re.compile(
        r"(?:"
        + _POSSESSIVE
        + r"|(?<![\w’'-])([Tt]he|[Tt]hese|[Tt]hose|[Oo]ther|[Ff]urther|[Aa]dditional)\s+)"
        + _MODIFIERS
        + r"("
        + _alt(nouns)
        # what it is the price of: "his price for backing the deal was …" (a gerund's phrase)
        + r")(?:\s+for\s+[a-z]+ing\b[^,;:.!?]{0,60}?)?"
        # a relative clause between commas may stand before the verb ("Peru's offer, which Chile
        # rejected, included …"), or a participle's or a source's aside (ASIDE_OPENING)
        + r"(?:\s*,\s+(?:(?:which|that)\s|"
        + ASIDE_OPENING
        + r")[^,;:.!?]{1,80}?,)?\s+(?:(?:also|still|now)\s+)?"
        r"((?:ha(?:s|ve)\s+(?:long\s+|always\s+)?been|is|are|was|were|remains?|remained|"
        r"include[sd]?))\s+(?:(that|to|for)\s+)?",
        re.I,
    )


# with no link word, the content opens with an amount ("is a 10 percent raise", "is $40 a tonne") or
# is a noun phrase whose head takes "on"/"to" ("a cap on …", "an end to …") or is a deverbal noun
# before "of" ("the release of …", "the withdrawal of …"); not a judgement ("is a non-starter", "was
# a step in the right direction", "is a sign of weakness")
_NP_OPENS = re.compile(
    r"(?:an?|the|its|their|his|her|more|fewer|less|no|full|higher|lower|better|new)\s", re.I
)
_AMOUNT = re.compile(r"(?:(?:an?|the)\s+)?(?:[$€£]\s?\d|\d)|[a-z]+ing\s")  # or a gerund
_HEADED = re.compile(
    r"(?:an?|the|its|their|full|more|fewer|less|no)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]+\s+(?:on|to)|[\w-]+(?:ion|al|ase|urn|ing)\s+of)\s",
    re.I,
)


# a rank before a demand noun: "its key demand", "their main condition", "the union's only ask"
_RANKED = re.compile(
    r"\b(?:key|main|chief|central|core|principal|primary|top|biggest|first|only|sole|overriding|"
    r"foremost)\s+(?=(?:demands?|conditions?|preconditions?|requests?)\b)",
    re.I,
)


def _copular_nouns(
    doc: Document, sent, nouns: list[str], refs: Referents, words: _Words, aims: tuple = ()
):
    """ "The union's main demand is a cap on night shifts", "Peru's proposal is to split …",
    "Chile's conditions include A and B": the owner's move, one item per list element."""
    text = doc.text
    for m in _copula_pattern(tuple(nouns)).finditer(text, sent.start, sent.end):
        c_start = m.end()
        includes = m.group(3).lower().startswith("include")
        if not (
            m.group(4)
            or includes
            # an aim is no judgement: "its main goal is a fee cap" (not "its goal is unclear"),
            # nor is a demand ranked first ("its key demand is a new quota"; not "its demand is a
            # non-starter")
            or (
                (m.group(2).lower() in aims or _RANKED.search(text, m.start(), m.end(2)))
                and _NP_OPENS.match(text, c_start, sent.end)
            )
            or _AMOUNT.match(text, c_start, sent.end)
            or _HEADED.match(text, c_start, sent.end)
        ):
            continue
        owner: Referent | None
        if m.group(1):  # "The demands included …": whose they are is said before
            owner = Referent(m.start(2), m.end(2), "", None, ANTECEDENT)
        else:
            owner = _owner(doc, refs, sent, m.start(), words)
        if owner is None:
            continue
        end = _clause_end(text, c_start, sent.end, in_list=includes)
        if (m.group(4) or "").lower() != "that":
            end = _np_end(text, c_start, end, words)
        if includes and _names_the_move(text, c_start, end, words):
            c_start, end = _spelled_out(text, end, sent.end) or (
                c_start,
                end,
            )  # "three options — A, B"
        for s, e in _split_list(text, c_start, end, words.base_verbs):
            yield [owner], m.group(2), s, e, None, m.start(2)


@functools.lru_cache(maxsize=16)
def _under_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ "Under Chile's plan, …", "Under a proposal from Peru, …", "Under the plan put forward by
    Peru, …": group 1 the noun phrase before the comma, 2 the move noun."""
    return re.compile(
        r"\b(?:[Uu]nder|[Ii]n terms of|[Aa]ccording to)\s+((?:[\w’'.-]+\s+){0,4}?("
        + _alt(nouns)
        + r")\b[^,;:.]{0,60}?)\s*,\s+(?!according\b)",
        re.I,
    )


def _under_nouns(doc: Document, sent, nouns: list[str], refs: Referents, words: _Words):
    """ "Under the union's proposal, workers would get …": what would happen under the move is
    its content, the owner (or the agent after "by / from") its actor."""
    text = doc.text
    for m in _under_pattern(tuple(nouns)).finditer(text, sent.start, sent.end):
        if text[sent.start : m.start()].rstrip()[-1:] not in ("", ",", ";", "“", '"'):
            continue  # "(taxes would rise) under X's plan, according to …": no clause of its own
        tag = _SPEECH_TAG.match(text, m.end(), sent.end) or _SEEN_BY.match(text, m.end(), sent.end)
        start = tag.end() if tag else m.end()  # "Under the plan, he said, fleets would …"
        made = _MADE_BY.match(text, start, sent.end)
        if made is not None:  # "Under the proposal, presented in Oslo by X, fleets would …"
            named = [r for r in refs.in_range(made.end(1), made.end()) if r.kind != "pronoun"]
            actors = [x for x in (refs.resolve(o) for o in named[:1]) if x]
            start = made.end()
        else:
            actors = _under_owner(doc, sent, m, refs, words)
        if not actors:
            continue
        end = _clause_end(text, start, sent.end)
        if end - start < 3:
            continue
        # "Under the plan, Peru would cut A, and would fund B": each thing it would do
        for s, e in _split_list(text, start, end, words.base_verbs, offer=True):
            yield actors, m.group(2), s, e, None, m.start(2)


def _under_owner(
    doc: Document, sent, m: re.Match[str], refs: Referents, words: _Words
) -> list[Referent]:
    """Who owns the move named after "Under": the possessive before its noun, else the agents after
    "by" or "from" in the noun phrase."""
    text = doc.text
    mark = _MARK_BEFORE_NOUN.search(text, m.start(1), m.start(2))
    if mark is not None:
        owner = _owner(doc, refs, sent, mark.start(), words)
        return [owner] if owner else []
    by = _BY.search(text, m.end(2), m.end(1))
    if by is None:  # "Under the plan, …": the plan named before
        definite = _DEFINITE.fullmatch(text, m.start(1), m.end(2))
        return [Referent(m.start(2), m.end(2), "", None, ANTECEDENT)] if definite else []
    return [x for x in (refs.resolve(o) for o in _agents_at(text, sent, refs, by.end())) if x]


_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+)?")
# an aside on how the move became known: "Under the offer, seen by Reuters, fleets would …"
_SEEN_BY = re.compile(
    r"(?:seen|obtained|reviewed|reported|leaked|described|confirmed)\s+by\s+[^,;:]{1,60},\s+"
)
# a speech tag between commas: "he said, ", "Lund added, ", "a Latvian envoy said, "
_SPEECH_TAG = re.compile(
    r"(?:he|she|they|it|we|(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+"
    r"(?:said|says|added|adds|noted|explained|told\s+reporters),\s+"
)
# a participle naming who made the move, between commas: group 1 ends at its "by"
_MADE_BY = re.compile(
    r"((?:presented|put forward|tabled|drawn up|unveiled|submitted|floated|made|offered|proposed|"
    r"sent|circulated)\b[^,;:.]{0,60}?\bby\s+(?:the\s+)?)[^,;:]{1,80},\s+"
)
_DEFINITE = re.compile(r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}[\w-]+", re.I)


@functools.lru_cache(maxsize=16)
def _among_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ "Among the union's demands are …", "Among the other proposals listed are …": group 1 the
    noun phrase, 2 the move noun."""
    return re.compile(
        r"\b[Aa]mong\s+((?:[\w’'.-]+\s+){0,4}?(" + _alt(nouns) + r")\b[^,;:.]{0,60}?)"
        r"\s+(?:is|are|was|were)\s+",
        re.I,
    )


def _among_nouns(doc: Document, sent, nouns: list[str], refs: Referents, words: _Words):
    """ "Among Latvia's demands are A and B": the owner's moves, one item per list element; with
    no owner, the latest mover's (ANTECEDENT)."""
    text = doc.text
    for m in _among_pattern(tuple(nouns)).finditer(text, sent.start, sent.end):
        mark = _MARK_BEFORE_NOUN.search(text, m.start(1), m.start(2))
        owner = (
            _owner(doc, refs, sent, mark.start(), words)
            if mark
            else Referent(m.start(2), m.end(2), "", None, ANTECEDENT)
        )
        if owner is None:
            continue
        end = _clause_end(text, m.end(), sent.end, in_list=True)
        for s, e in _split_list(text, m.end(), end, words.base_verbs):
            yield [owner], m.group(2), s, e, None, m.start(2)


@functools.lru_cache(maxsize=16)
def _apposed_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ "The amnesty law, a key demand of the Greens, …": group 1 the noun phrase, 2 the move
    noun, then its agent after "of / by / from"."""
    return re.compile(
        r"(?<![\w’'-])((?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+),\s+(?:a|an|the|one)\s+"
        r"(?:[\w-]+\s+){0,2}?(" + _alt(nouns) + r")\s+(?:of|by|from)\s+(?:the\s+)?"
    )


def _apposed_nouns(doc: Document, sent, nouns: list[str], refs: Referents, words: _Words):
    """A noun phrase with an apposition naming it someone's move: "The amnesty law, a key
    demand of the Greens, …" is the Greens' demand."""
    text = doc.text
    for m in _apposed_pattern(tuple(nouns)).finditer(text, sent.start, sent.end):
        agents = [x for x in (refs.resolve(o) for o in _agents_at(text, sent, refs, m.end())) if x]
        if agents:
            yield agents, m.group(2), m.start(1), m.end(1), None, m.start(2)
