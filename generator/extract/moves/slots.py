"""The content slots of verb frames other than a plain clause: "X into V-ing", "made X a
condition", a bare subjunctive after "insist", a plan noun as the object of a light verb, a
conceded permission, what one hopes to win (`content:` in `move_cues`)."""

from __future__ import annotations

import re

from ...model import Document
from ..speakers import Referent, Referents
from .cues import _Cue
from .spans import THAT_WOULD, _clause_end, _spelled_out, _split_list
from .subjects import _LOOK, _condition_before, _group_actor, _subjects, _voice_at
from .voiced import _side_of_a_document
from .words import _FrameWords, _Words

# In a bare clause after "insisted", words that make its verb no subjunctive ("insisted they would
# pay", "… the fleet was …"), and words right before it that make it a noun or a present ("the cut",
# "they pay").
_BARE_STOP = frozenset(
    "to will would can could may might must should shall not did do does is are was were "
    "has have had and or".split()
)
_BARE_BEFORE_VERB = frozenset("the a an its their his her our this that they we you i".split())


def _asks_party(refs: Referents, at: int, who: str, frame: _Cue, words: _Words) -> bool:
    """Whether "urged X to …" names someone asked: not "urged that …" or "pressed X into …"; for
    `expected`, X is a name or "the" and a body's noun ("expects the council to …", not "expects
    prices to rise")."""
    if re.match(r"(?:that|for|about|after|over)\b", who, re.I) or re.search(r"\binto\b", who):
        return False  # "asked for more time to study …": "asked for" is its own cue
    return (
        frame.content != "expected"
        or refs.starting_at(at) is not None
        or words.frames.body.fullmatch(who) is not None
    )


def _slot_into(text: str, at: int, end: int, fw: _FrameWords, move: str) -> tuple[int, int] | None:
    """ "nudged Italy into opening its ports": the -ing clause after "X into"."""
    m = re.match(
        r"\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?\s+into\s+(?=[a-z]+ing\b)", text[at:end]
    )
    return (at + m.end(), _clause_end(text, at + m.end(), end)) if m else None


def _slot_condition(
    text: str, at: int, end: int, fw: _FrameWords, move: str
) -> tuple[int, int] | None:
    """ "made a tariff freeze a condition for …": the object; "made it a condition that …": the
    clause."""
    m = fw.condition_that.match(text, at, end)
    if m:
        return m.end(), _clause_end(text, m.end(), end)
    m = fw.condition.match(text, at, min(end, at + 160))
    return (
        (m.start(1), m.end(1))
        if m and not re.fullmatch(r"it|this|that", m.group(1), re.I)
        else None
    )


def _slot_bare(text: str, at: int, end: int, fw: _FrameWords, move: str) -> tuple[int, int] | None:
    """ "insisted its farmers be exempted": a clause without "that" whose verb is a subjunctive."""
    m = fw.bare.match(text, at, end)
    if m is None:
        return None
    ws = m.group(1).lower().split()
    if (
        not _BARE_STOP.isdisjoint(ws)
        or not fw.assertion.isdisjoint(ws)
        or ws[-1] in _BARE_BEFORE_VERB
    ):
        return None  # "insisted the door remained open": a fact, no subjunctive
    return m.start(1), _clause_end(text, m.start(1), end)


def _slot_plan(text: str, at: int, end: int, fw: _FrameWords, move: str) -> tuple[int, int] | None:
    """ "circulated a five-point plan for …", "made two offers": the object, when a proposal noun
    heads it; not "made the offer a condition for …" nor "announced plans to …" (an intention)."""
    pattern = fw.plan.get(move)
    m = pattern.match(text, at, end) if pattern else None
    if m is None or fw.plan_not.match(text, m.end(), end) or _MADE_KNOWN.match(text, m.end(), end):
        return None
    if m.group(2).lower() in fw.intention and re.match(r"\s+to\b", text[m.end() : m.end() + 4]):
        return None
    if move == "demand" and (text[at : m.start(1)].strip() or _SECOND_ARTICLE.search(m.group(1))):
        # "made it a condition that …", "made a freeze a condition for …": the condition frame
        return None
    stop = _clause_end(text, m.start(1), end)
    table = _ON_THE_TABLE.search(text, m.end(), stop)
    if table is not None:  # "put a new offer on the table": the idiom is no part of the offer
        stop = table.start()
    examples = _EXAMPLES_AFTER.match(text, m.end(), end) or fw.holds_after[move].match(
        text, m.end(), end
    )
    if examples is not None:
        # "made realistic proposals, including the closure of the plant", "tabled a package that
        # included a 4% rise and a bonus": what it holds
        return examples.end(), _clause_end(text, examples.end(), end, in_list=True)
    would = THAT_WOULD.match(text, m.end(), end)
    if (
        would is not None
    ):  # "circulated a draft that would station a team in Goma": what it would do
        done = _clause_end(text, would.end(), end)
        if not _OBJECTS_GO_ON.match(text, done, end):  # not "would provide A, B and C with …"
            return would.end(), done
    return _spelled_out(text, stop, end) or (m.start(1), stop)


_ON_THE_TABLE = re.compile(r"\s+on the table\b")
# a comma that a content ended at, opening more objects of its verb: ", Clubs and fans (with …)"
_OBJECTS_GO_ON = re.compile(r",\s+(?:[\w’'-]+\s+){1,3}?and\s")
_EXAMPLES_AFTER = re.compile(r",?\s+(?:including|such as|notably|namely)\s+")
_SECOND_ARTICLE = re.compile(r"\s(?:a|an|the)\s", re.I)
# "made its demands clear / known": that there are demands, not what they are
_MADE_KNOWN = re.compile(r"\s+(?:very\s+)?(?:clear|known|public|plain|explicit)\b")


def _slot_granted(
    text: str, at: int, end: int, fw: _FrameWords, move: str
) -> tuple[int, int] | None:
    """ "conceded that inspectors may board …": the clause, when a modal of permission is its
    verb."""
    start = at + len(text[at:end]) - len(text[at:end].lstrip())
    return (start, _clause_end(text, start, end)) if fw.granted.match(text, start, end) else None


def _slot_acquired(
    text: str, at: int, end: int, fw: _FrameWords, move: str
) -> tuple[int, int] | None:
    """ "wants to secure paid rest breaks", "hopes to win a bigger quota": the object of a verb of
    getting after "to" (not "to get back to the table", "to win it")."""
    m = fw.acquired.match(text, at, end)
    return (m.end(), _clause_end(text, m.end(), end)) if m else None


def _slot_changed(
    text: str, at: int, end: int, fw: _FrameWords, move: str
) -> tuple[int, int] | None:
    """ "wants to abolish the levy", "wanted to cap night shifts": a verb changing the terms
    of the deal after "to", with its object (what the subject wants the deal to change)."""
    m = fw.changed.match(text, at, end)
    return (m.end(), _clause_end(text, m.end(), end)) if m else None


_SLOTS = {
    "acquired": _slot_acquired,
    "changed": _slot_changed,
    "into": _slot_into,
    "condition": _slot_condition,
    "bare": _slot_bare,
    "plan": _slot_plan,
    "granted": _slot_granted,
}


_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s+[^,;:]*$")


def _in_relative(text: str, sent_start: int, cue: int, span: tuple[int, int]) -> tuple[int, int]:
    """A cue inside a relative clause set off by commas ("Greece, which wants to abolish the levy,
    rejected …"): its content ends at the comma closing the clause."""
    if not _RELATIVE_OPEN.search(text, max(sent_start, cue - 80), cue):
        return span
    comma = text.find(",", span[0], span[1])
    return (span[0], comma) if comma > span[0] else span


def _slot_items(
    doc: Document,
    sent,
    m: re.Match[str],
    frame: _Cue,
    refs: Referents,
    voices,
    words: _Words,
    group: Referent | None = None,
):
    """The items of a frame whose content is a slot of _SLOTS, with the subject (an unnamed group
    heading it: `group`) or the speaker as actor (the slot first: most words of these frames fill
    none)."""
    text = doc.text
    span = _SLOTS[frame.content](text, m.end(), sent.end, words.frames, frame.type)
    if span is None or span[1] - span[0] < 3:
        return
    actors = [group] if group else _subjects(doc, refs, m.start(), sent.start, words)
    if not actors:  # "Nurses want to cut the rota": an unnamed group opening the sentence
        actors = [g for g in [_group_actor(doc, sent, m.start(), refs, words, voices)] if g]
    if not actors and not words.own_subject.search(
        text, max(sent.start, m.start() - _LOOK), m.start()
    ):
        voice = _voice_at(voices, m.start())
        speakers = list(voices[voice]) if voice else []
        actors = _side_of_a_document(
            text, sent.start, m.start(), speakers, words, refs.words.speakers_side
        )
    if not actors or _condition_before(text, sent, m.start()):
        return
    span = _in_relative(text, sent.start, m.start(), span)
    before = text[max(0, span[0] - 12) : span[0]].rstrip()
    # "demands: A, B"; "a counter-offer that keeps A, ends B and …": one item per comma
    spelled = before.endswith((":", "including", "such as", "notably", "namely", " that", " which"))
    for s, e in _split_list(text, span[0], span[1], words.base_verbs, commas=spelled):
        yield actors, m.group(0), s, e, None, m.start()
