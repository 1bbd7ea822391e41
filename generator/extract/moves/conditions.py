"""Conditions are demands: "refuses to sign unless …", "will not vote until …", "will sign
only if …", "talks are only possible once …": the condition (a clause) is the subject's demand,
or the speaker's."""

from __future__ import annotations

import re

from ...model import Document
from ..speakers import Referent, Referents
from .spans import IRREGULAR_PAST, _clause_end, _is_clause
from .subjects import (
    _LOOK,
    _condition_before,
    _group_actor,
    _subjects,
    _voice_at,
    _word_before,
    _word_char,
)
from .verbs import _WE, _quote_speaker
from .words import _Words


def _conditions(doc: Document, sent, refs: Referents, spans, words: _Words):
    """ "refuses to return unless the council restores the bonus", "will not sign until (after) …",
    "will sign only if …": the condition (a clause) is the subject's demand, or the speaker's."""
    text = doc.text
    kn_words = words.frames
    marker, negation = kn_words.conditions
    chunk = text[sent.start : sent.end]
    if " only " in chunk:
        yield from _only_conditions(doc, sent, refs, spans, words)
    if not any(key in chunk for key in kn_words.condition_keys):
        return  # most sentences: no marker (a substring test is cheaper than the pattern)
    for m in marker.finditer(text, sent.start, sent.end):
        neg, end = None, None
        if not m.group(1).lower().startswith("only"):
            neg = next(
                iter(
                    n
                    for n in negation.finditer(text, max(sent.start, m.start() - _LOOK), m.start())
                    if not _CLAUSE_BREAK.search(text, n.end(), m.start())
                    and not _PAST_NEGATION.search(text, max(sent.start, n.start() - 8), n.end())
                ),
                None,
            )
            if neg is None:
                neg, end = _fronted_condition(text, sent, m, negation)
            if neg is None:
                continue
        end = end or _condition_end(text, m.end(), sent.end)
        if not _is_clause(text, m.end(), end, words):
            continue
        yield m.start(), _condition_items(doc, sent, refs, spans, words, m, neg, end)


def _only_conditions(doc: Document, sent, refs: Referents, spans, words: _Words):
    """ "will only lay down their arms once the army withdraws", "would only sign if …": "only"
    before the verb makes the condition after it the subject's demand."""
    text = doc.text
    for m in words.frames.only_condition.finditer(text, sent.start, sent.end):
        end = _condition_end(text, m.end(), sent.end)
        if _is_clause(text, m.end(), end, words):
            # the match reads as a marker's: from the verb ("will only …"), group 1 the marker
            yield m.start(1), _condition_items(doc, sent, refs, spans, words, m, None, end)


# "did not vote until the audit was published": what happened, no condition set
_PAST_NEGATION = re.compile(
    r"\b(?:did|had|was|were)\s*(?:not|n't|never)$|\b(?:did|had|was|were)n[’']t$", re.I
)
# "Norway did not attend, and its fleet stayed until …": a negation in another clause sets no
# condition
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s|\s+but\s")


def _fronted_condition(text: str, sent, m: re.Match[str], negation: re.Pattern[str]):
    """ "Until the ministry raises wages, we won't end the strike": a condition opening the sentence
    (or its quote) before a negated main clause; (the negation, the condition's end) or (None,
    None)."""
    if text[sent.start : m.start()].strip(" “\"'‘"):
        return None, None
    for c in re.finditer(",", text[m.end() : min(sent.end, m.end() + 240)]):
        main = _MAIN_SUBJECT.match(text, m.end() + c.start(), sent.end)
        if main is None:
            continue
        neg = negation.search(text, main.end(), min(sent.end, main.end() + 25))
        if (
            neg
            and "," not in text[main.end() : neg.start()]
            and not _PAST_NEGATION.search(text, max(sent.start, neg.start() - 8), neg.end())
        ):
            return neg, m.end() + c.start()
    return None, None


_MAIN_SUBJECT = re.compile(r",\s+(?:we|I|they|he|she|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+")


def _condition_end(text: str, start: int, end: int) -> int:
    """Where a condition clause ends; a subject's insertion between commas does not end it ("until
    Mr Lund, in custody since May, is set free")."""
    comma = text.find(",", start, min(end, start + 60))
    m = _INSERTION.match(text, comma, end) if comma >= 0 else None
    return _clause_end(text, m.end(), end) if m else _clause_end(text, start, end)


# ", in custody since May, is": an insertion after the subject, then its verb
_INSERTION = re.compile(
    r",\s+(?:in|at|now|still|once|since|who|a|an|the)\b[^,;:.!?“”\"]{1,60},\s+"
    r"(?=(?:is|are|was|were|has|have|had|will|would|can|gets?|agrees?)\b)"
)


def _condition_items(doc: Document, sent, refs: Referents, spans, words: _Words, m, neg, end):
    text = doc.text
    at = neg.start() if neg else m.start()
    if neg and neg.group(0).lower() in (
        "no",
        "nothing",
    ):  # "will take no steps until": the verb's subject
        before = _word_before(text, sent.start, at)
        at = before[0] if before else at
    if _condition_before(text, sent, at):
        return  # "if he keeps refusing to … unless …": a condition inside a condition
    threat = bool(neg) and neg.group(0).lower() in words.frames.condition_threats
    actors = _condition_actors(doc, sent, refs, spans, words, at, m.start(), threat)
    if threat:  # "a new government would fail unless …": a threat is a side's, not anyone's
        actors = [a for a in actors if not _INDEFINITE.match(a.name)]
    start = m.end() + (text[m.end()] in '“"')  # unless “Sweden gives …”: the quote mark stays out
    if actors:
        for s, e in _coordinated(text, start, end, sent.end):
            yield actors, m.group(1), s, e, None, m.start()


def _coordinated(text: str, start: int, end: int, sent_end: int) -> list[tuple[int, int]]:
    """ "once the rebels agreed to a truce and stopped recruiting minors": one condition per verb
    of the clause's subject (a past verb after "and", as the first one is; inside the clause or
    right after where it was cut), else the clause."""
    first = _SUBJECT_PAST.match(text, start, end)
    if first is None:
        return [(start, end)]
    second = _AND_PAST.search(text, first.end(), end)
    if second is not None:
        return [(start, second.start()), (second.end(), end)]
    after = _AND_PAST.match(text, end, sent_end)
    if after is not None:  # "… lifted the ban| and released the boats": the clause was cut there
        return [(start, end), (after.end(), _clause_end(text, after.end(), sent_end))]
    return [(start, end)]


# a condition's subject (a few words) and its past verb; "and" before another past verb
_PAST = r"(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + ")"
_SUBJECT_PAST = re.compile(r"(?:[\w’'-]+\s+){1,4}?(?:had\s+)?" + _PAST + r"\b")
_AND_PAST = re.compile(r",?\s+and\s+(?=(?:also\s+)?" + _PAST + r"\s)")


_INDEFINITE = re.compile(r"(?:an?|one)\s", re.I)
# a pronoun opening what someone said: "(they said) they would …"
_OPENING_PRONOUN = re.compile(r"\s*[“\"]?(?:that\s+)?(it|they|he|she|we)\b", re.I)


def _condition_actors(
    doc: Document, sent, refs: Referents, spans, words: _Words, at: int, pos: int, threat: bool
) -> list:
    """Who sets a condition: the subject of its verb at `at`; "we" or "I" in a quote, the speaker;
    else the speaker of what it is said in, unless a threat sets it ("the commissioner threatened
    … unless …" in what someone else says is the commissioner's, not the speaker's)."""
    voices, speakers = spans
    while at > sent.start and _word_char(doc.text[at - 1]):
        at -= 1  # "won't": from the word's start
    speaker = _quote_speaker(doc, speakers, pos)
    if speaker is not None and _WE.search(doc.text, max(sent.start, at - 40), at):
        return [speaker]
    actors = _subject_near(doc, refs, at, sent.start, words)
    if not actors:  # "The owners of 600 stores refuse to sign unless …": an unnamed group
        group = _group_actor(doc, sent, at, refs, words, voices)
        actors = [group] if group is not None else []
    voice = _voice_at(voices, pos) if not actors else None
    if not actors and threat:
        # "The unions said they would shut down the country unless …": the speaker's own threat
        # when a pronoun that can stand for them opens what they said; else no one's
        said_by = list(voices[voice]) if voice else []
        opening = _OPENING_PRONOUN.match(doc.text, voice[0]) if voice else None
        if opening is None or not said_by or opening.end() > at:
            return []
        return said_by if refs.agrees(opening.group(1), said_by[0]) else []
    if not actors:
        actors = list(voices[voice]) if voice else []
    return actors or ([speaker] if speaker is not None else [])


def _subject_near(
    doc: Document, refs: Referents, at: int, floor: int, words: _Words
) -> list[Referent]:
    """The subject of the verb at or up to two words before `at` ("Estonia will sign| only if
    …")."""
    for _ in range(3):
        actors = _subjects(doc, refs, at, floor, words)
        before = None if actors else _word_before(doc.text, floor, at)
        if before is None or not before[1][:1].islower():
            return actors
        at = before[0]
    return []
