"""Demands in what someone said: a modal ("must", "should", "needs to") inside a quote or
reported speech makes its clause the speaker's demand (or a proposal, for a settlement formula)."""

from __future__ import annotations

import re

from ...model import Document, Quote
from ..knowledge import Knowledge
from ..speakers import Referent
from .spans import _clause_end, _split_list
from .words import _Words


def _modal_demands(doc: Document, sent, kn: Knowledge, quotes):
    """What a speaker says must or should happen is the speaker's demand: (modal position, its
    items), the items worked out when asked for."""
    text = doc.text
    words = _Words.of(kn)
    for q in quotes:
        if q.kind == "direct":
            yield from _quoted_demands(doc, sent, q, words)
            continue
        if q.kind != "indirect" or not q.speaker or not sent.start <= q.start < sent.end:
            continue
        if _SURVEY_SHARE.match(q.speaker):
            continue  # "36% said taxes should stay low": a poll's finding, no side's demand
        for m in words.modal.finditer(
            text, q.start, sent.end
        ):  # "X said A, and "should be rejected""
            before = text[max(q.start, m.start() - 6) : m.start()]
            if re.search(r"\b(?:that|this)\s+$", before) or (
                re.search(r"\bit\s+$", before) and words.expletive.match(text, m.end())
            ):
                # "it should be noted", "that must be"; not "(Norway says) it must be consulted"
                continue
            yield m.start(), _modal_items(text, sent, q, m, words.base_verbs)
        if (q.cue or "").lower().startswith("report"):
            continue  # "X TV reported that Y would have to …": a report, no side's demand
        for m in _OTHERS_MUST.finditer(text, q.start, sent.end):
            # "Peru said Chile will have to pay …": what another side will have to do; not a
            # reason ("… because Chile would have to pay")
            if not _REASON.search(
                text, max(q.start, m.start() - 40), m.start()
            ) and not _IN_A_CASE.match(text, sent.start, m.start()):
                yield (
                    m.start(),
                    _modal_items(text, sent, q, m, words.base_verbs, subject=m.start(1)),
                )


# "Chile will have to", "the council would need to": a modal of necessity after a name or "the"
# and a noun (not "it", "we": the speaker's own necessity)
_OTHERS_MUST = re.compile(
    r"(?<![\w’'-])((?:(?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|the\s+[a-z]+))\s+"
    r"(?:will|would)\s+(?:still\s+|also\s+)?(?:have|need)\s+to\s+(?=[a-z])"
)


_REASON = re.compile(r"\b(?:because|since|as|so)\s+(?:[\w’'-]+\s+){0,3}$")
# a sentence opening with a case: "Without new money, she said, the agency will have to cut …" is
# what would follow, a warning, not what another side must do
_IN_A_CASE = re.compile(r"\s*[“\"]?(?:Without|Unless|If|Otherwise|Failing)\b")


# A speaker that is a share of those polled ("36%", "56 percent of voters", "Two-thirds of
# respondents")
_SURVEY_SHARE = re.compile(
    r"\d[\d.,]*\s*(?:%|percent\b|per cent\b)|(?:a\s+)?(?:majority|minority|half|"
    r"one-third|two-thirds|a third|a quarter|most)\s+of\s+(?:those|respondents|voters|"
    r"people|adults|americans|the public)\b",
    re.I,
)


def _quoted_demands(doc: Document, sent, q: Quote, words: _Words):
    """“The fleet must leave our waters, and Sweden must pay …,” Lund said: what must, should or
    needs to happen in a speaker's own words is the speaker's demand (not what "we", "I" or "you"
    must do); so is "X has always been our demand"."""
    text = doc.text
    lo, hi = max(q.start, sent.start), min(q.end, sent.end)
    for m in words.quote_modal.finditer(text, lo, hi):
        if (
            _OWN_NEED.search(text, max(lo, m.start() - 8), m.start())
            or _INVERTED.match(text, m.end())
            or _WH_CLAUSE.search(text[max(lo, m.start() - 40) : m.start()])
        ):
            continue  # "we must …", "why should we …", "tell us where players should report"
        weak = not words.modal.match(text, m.start())
        if weak and not _their_need(text[max(lo, m.start() - 40) : m.start()]):
            # "need to", "have to": only what "they" or a named side must do ("… will have to" no)
            continue
        yield (
            m.start(),
            _modal_items(text, sent, q, m, words.base_verbs, _quoted_end(text, m, hi, words)),
        )
    for m in words.our_demand.finditer(text, lo, hi):
        start = lo + len(text[lo : m.start()]) - len(text[lo : m.start()].lstrip(" “\"'"))
        if m.start() - start >= 3:
            assert q.speaker is not None  # _said_in passes the direct quotes with a speaker only
            speaker = Referent(q.start, q.start, q.speaker, q.speaker_id, "person")
            yield m.start(), [([speaker], m.group(1), start, m.start(), None, m.start())]


def _quoted_end(text: str, m: re.Match[str], hi: int, words: _Words) -> int:
    """Where a quoted modal's content ends: before ", and" opening the next modal's clause; a
    condition of the demand stays in it ("… reopen the crossing before we talk again")."""
    nxt = words.quote_modal.search(text, m.end(), hi)
    stop = hi
    if nxt:
        joins = [j.start() for j in _AND_CLAUSE.finditer(text, m.end(), nxt.start())]
        stop = joins[-1] if joins else stop
    end = _clause_end(text, m.end(), stop)
    cond = _CONDITION_AFTER.match(text, end, stop)
    return _clause_end(text, cond.end(), stop) if cond else end


def _their_need(before: str) -> bool:
    return _OTHER_SIDE.search(before) is not None and _NOT_THEIR_NEED.search(before) is None


_WH_CLAUSE = re.compile(
    r"\b(?:how|when|where|what|whether|why|which|who)\s+(?:[\w’'-]+\s+){0,3}$", re.I
)
# the speaker's own need ("we must"), a pronoun's, or a rule for "nobody" in general words
_OWN_NEED = re.compile(r"\b(?:we|i|you|it|that|this|nobody|no(?:[ -]one))\s+$", re.I)
_INVERTED = re.compile(r"(?:we|they|he|she|it|i|you|there|the)\b", re.I)
_OTHER_SIDE = re.compile(
    r"(?:^|[\s“\"])(?:they|(?!(?:Something|Nothing|Everything|Anything|Someone|Somebody|Everyone|"
    r"Everybody|Nobody|This|That|It|There)\b)[A-Z][\w’'-]*)\s+$"
)  # "they need to", "Sweden has to"; not "Something has to give"
# "more than they have to": a comparison, not a demand
_NOT_THEIR_NEED = re.compile(r"\b(?:as|than|what|how|if|so|whatever)\s+\S+\s+$", re.I)
_AND_CLAUSE = re.compile(r",?\s+(?:and|but|or)\s+")
_CONDITION_AFTER = re.compile(r"\s+(?:before|until|unless)\s+")


def _modal_items(
    text: str,
    sent,
    q,
    m: re.Match[str],
    base_verbs: frozenset[str],
    end: int | None = None,
    subject: int | None = None,
):
    end = end or _clause_end(text, m.end(), sent.end)
    # the speaker stands outside the content: not at the quote's start, which the content (with its
    # subject: "The mill must close …") may cover, so a second modal of the quote is not taken by it
    speaker = Referent(-1, -1, q.speaker, q.speaker_id, "person")
    subject = _modal_subject(text, q.start, m) if subject is None else subject
    for k, (s, e) in enumerate(_split_list(text, m.end(), end, base_verbs)):
        yield [speaker], m.group(0).strip(), subject if k == 0 else s, e, None, m.start()


_SUBJECT_STOP = re.compile(r"[,;:“”\"]|\b(?:and|but|or|that|because|while|if|when|so)\b", re.I)


def _modal_subject(text: str, floor: int, m: re.Match[str]) -> int:
    """Where the modal's content starts: its subject, when the modal states what must happen to it
    ("every foreign trawler in the zone must be inspected", "Sweden must pay …"); the modal's end
    when it names what a thing must hold ("any deal must include …") or the subject is not a short
    phrase."""
    if len(m.group(0).split()) > 1:
        return m.end()  # "must include": the content is what is included
    lo = max(floor, m.start() - 100)
    stops = list(_SUBJECT_STOP.finditer(text, lo, m.start()))
    start = stops[-1].end() if stops else lo
    if not stops and lo > floor:
        return m.end()
    words = text[start : m.start()].split()
    if (
        not words
        or len(words) > 10
        or (stops and stops[-1].group(0) == "," and not _NP_START.match(words[0]))
    ):
        return (
            m.end()
        )  # ", like it, produce offsets should …": no subject of its own after the comma
    return m.start() - len(text[start : m.start()].lstrip())


_NP_START = re.compile(
    r"[A-Z]|(?:the|a|an|every|any|each|all|no|its|their|our|his|her|this|these|those|both)$"
)


def _modal_typed(text: str, cameo: dict, items, words: _Words):
    """A modal item is a demand; "should … until …" (what is to hold meanwhile) is a settlement
    formula, a proposal."""
    for item in items:
        s, e = item[2], item[3]
        if item[1].lower().startswith("should") and words.frames.interim.search(text, s, e):
            yield ("proposal", cameo.get("proposal", "03"), *item)
        else:
            yield ("demand", cameo.get("demand", "10"), *item)
