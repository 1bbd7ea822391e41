"""Demands and proposals: who wants what, with the shortest span stating the content.

Verb cues ("Russia continues to demand that …", "Ukraine and Western allies are calling for …",
"Zelenskiy has proposed …") take the actor from the subject before the cue and the content from
the clause after it; noun cues ("peace proposals from the U.S.", "Russia's latest demands — such
as A, B and C") take the actor from "from/by X" or the possessive. Lists become one item each.
"""

from __future__ import annotations

import re

from ..model import Document, Move
from .issues import tag_issues
from .knowledge import Knowledge
from .speakers import Referent, Referents

_NEGATION = re.compile(r"\b(?:not|never|n't|no longer|refus\w+ to|declin\w+ to)\s+(?:\w+\s+)?$", re.I)
_CLAUSE_END = re.compile(r"(?<![A-Z])\.(?=\s|$)|[;:!?]|,\s+(?:while|but|which|who|saying|although|though|as|and\s+(?:the|a|he|she|they|it)\b)|"
                         r"\s+(?:—|–)\s*|—(?!\w+—)|\s+but\s+|\s+while\s+|,\s+(?=[A-Z][a-z])")
_PARTICIPLE = re.compile(r",\s+(?=[a-z]+ing\b)")
_AUX = r"(?:\s+(?:is|are|was|were|has|have|had|been|also|still|now|again|repeatedly|publicly|" \
       r"reportedly|previously|earlier|would|will|could|may|might|continues?|continued|to|be))*\s+"


def extract_positions(doc: Document, kn: Knowledge, refs: Referents) -> tuple[list[Move], list[Move]]:
    demands: list[Move] = []
    proposals: list[Move] = []
    cues = {"demand": [re.compile(r"\b(?:" + c + r")\b", re.I) for c in kn.lexicon["demand_cues"]],
            "proposal": [re.compile(r"\b(?:" + c + r")\b", re.I) for c in kn.lexicon["proposal_cues"]]}
    nouns = {"demand": kn.lexicon["demand_nouns"], "proposal": kn.lexicon["proposal_nouns"]}
    for sent in doc.sentences:
        taken: list[tuple[int, int]] = []
        for move in ("demand", "proposal"):
            out = demands if move == "demand" else proposals
            for item in _noun_cues(doc, sent, nouns[move], refs, move):
                _add(out, doc, kn, move, item, taken)
            for pattern in cues[move]:
                for m in pattern.finditer(doc.text, sent.start, sent.end):
                    if any(a <= m.start() < b for a, b in taken):
                        continue
                    for item in _verb_cue(doc, sent, m, refs, move):
                        # the subject sits inside an item already found ("proposals by X offered …")
                        if any(a <= r.start < b for r in item[0] for a, b in taken if r.start >= sent.start):
                            continue
                        _add(out, doc, kn, move, item, taken)
    return demands, proposals


def _add(out, doc, kn, move, item, taken):
    actors, cue, start, end, target = item
    if end - start < 3 or not actors:
        return
    if any(o.start == start and o.end == end for o in out):
        return
    taken.append((min(start, item[2]), end))
    first = actors[0]
    out.append(Move(
        id=f"{doc.id}-{move[0]}{len(out) + 1}", type=move, actor=first.name, actor_id=first.actor_id,
        target_id=target, text=doc.text[start:end], issues=tag_issues(doc.text[start:end], kn), cue=cue,
        sentence=doc.sentence_at(start).id, start=start, end=end,
        actors=tuple(dict.fromkeys(a.actor_id for a in actors if a.actor_id)),
    ))


def _subjects(doc: Document, refs: Referents, pos: int, floor: int) -> list[Referent]:
    """The subject before a cue at `pos`, with "X and Y" coordinated subjects."""
    text = doc.text
    aux = re.search(_AUX + r"$", " " + text[floor:pos])
    verb_at = pos - (len(aux.group(0)) - 1 if aux else 0)
    subj = refs.subject_before(max(verb_at, floor), floor)
    if subj is None:
        # "Zelenskiy is trying … and has proposed …": a coordinated verb shares the subject.
        head = [r for r in refs.items if floor <= r.start <= floor + 40 and r.end <= pos and r.kind != "pronoun"]
        if not head or re.search(r"[,;]\s*$", text[floor:head[0].start]):
            return []
        people = [r for r in head if r.kind == "person"]
        subj = people[0] if people and people[0].start - head[0].end <= 25 else head[0]
    out = [refs.resolve(subj)]
    prev = [r for r in refs.items if r.end <= subj.start and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[r.end:subj.start])]
    if prev:
        out.insert(0, refs.resolve(prev[-1]))
    return [r for r in out if r is not None]


def _verb_cue(doc: Document, sent, m: re.Match[str], refs: Referents, move: str):
    text = doc.text
    if _NEGATION.search(text[sent.start:m.start()]):
        return
    cue = m.group(0)
    actors = _subjects(doc, refs, m.start(), sent.start)
    rest_at = m.end()
    target = None
    low = cue.lower()
    if low.startswith(("urg", "press", "want", "ask")) and not low.endswith("for"):
        # "urged Ukraine to accept …": the target, then the content after "to".
        t = re.match(r"\s+((?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?)\s+to\s+", text[rest_at:sent.end])
        if not t:
            return
        tref = next((r for r in refs.items if rest_at < r.start <= rest_at + t.end(1) + 1), None)
        target = refs.resolve(tref).actor_id if tref and refs.resolve(tref) else None
        rest_at += t.end()
    elif low.startswith(("demand", "continue")) or low.startswith("insist"):
        t = re.match(r"\s+(?:that\s+)?", text[rest_at:sent.end])
        rest_at += t.end() if t else 0
    else:
        t = re.match(r"\s+(?:that\s+)?", text[rest_at:sent.end])
        rest_at += t.end() if t else 0
    if not actors:
        return
    if re.match(r"(?:it|this|that|them|him|her|to\b)", text[rest_at:rest_at + 5], re.I) and move == "proposal":
        return
    end = _clause_end(text, rest_at, sent.end)
    for s, e in _split_list(text, rest_at, end):
        yield actors, cue, s, e, target


def _noun_cues(doc: Document, sent, nouns: list[str], refs: Referents, move: str):
    text = doc.text
    noun_alt = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    # "peace proposals from the U.S.", "counterproposals by Europe and Ukraine"
    for m in re.finditer(r"\b((?:[\w-]+\s+){0,2}?)(" + noun_alt + r")\s+(?:from|by)\s+(?:the\s+)?", text[sent.start:sent.end], re.I):
        at = sent.start + m.end()
        owners = []
        for r in refs.items:
            if r.start == at or (owners and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[owners[-1].end:r.start])):
                if r.start >= at:
                    owners.append(r)
        if not owners:
            continue
        start = sent.start + m.start()
        first = re.match(r"(?:(?:and|or|but|the|a|an|these|those|its|their)\s+)+", text[start:], re.I)
        start += first.end() if first else 0
        resolved = [x for x in (refs.resolve(o) for o in owners) if x is not None]
        if resolved:
            yield resolved, m.group(2), start, owners[-1].end, None
    # "Russia's latest demands in Istanbul — such as A, B, and C"
    for m in re.finditer(r"(?:[’']s|\b(?:its|their|his|her))\s+(?:[\w-]+\s+){0,2}?(" + noun_alt
                         + r")\b[^.;:]{0,40}?(?:—|–|,|:)?\s*(?:such as|including|namely|:)\s+",
                         text[sent.start:sent.end], re.I):
        poss_end = sent.start + m.start()
        owner = next((r for r in reversed(refs.items) if r.end == poss_end), None)
        if owner is None:
            owner = refs.subject_before(poss_end, sent.start)
        owner = refs.resolve(owner) if owner else None
        if owner is None:
            continue
        list_start = sent.start + m.end()
        end = _clause_end(doc.text, list_start, sent.end, in_list=True)
        for s, e in _split_list(doc.text, list_start, end):
            yield [owner], m.group(1), s, e, None


def _clause_end(text: str, start: int, end: int, in_list: bool = False) -> int:
    """Where the content clause ends; ", believing …" ends it too, except inside a list."""
    m = _CLAUSE_END.search(text, start, end)
    stop = m.start() if m else end
    p = None if in_list else _PARTICIPLE.search(text, start, stop)
    stop = p.start() if p else stop
    while stop > start and text[stop - 1] in " ,":
        stop -= 1
    return stop


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"A, B, and C" → three spans; "withdraw … and recognize …" → two (a verb after "and")."""
    chunk = text[start:end]
    parts: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r",\s+(?:and\s+)?(?=[a-z])|\s+and\s+(?=[a-z]+(?:ing|e|ize|ise)?\s)", chunk):
        nxt = chunk[m.end():].split(" ", 1)[0]
        if " and " in m.group(0) and not (nxt.endswith("ing") or nxt in _BASE_VERBS):
            continue
        if m.group(0).startswith(",") and len(chunk[pos:m.start()].split()) < 2:
            continue
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(chunk)))
    out = []
    for a, b in parts:
        seg = chunk[a:b]
        lead = len(seg) - len(seg.lstrip())
        out.append((start + a + lead, start + a + len(seg.rstrip())))
    out = [(a, b) for a, b in out if b > a]
    # "A, B and C, were rejected": the list ends where the sentence's own verb begins.
    for i, (a, _) in enumerate(out):
        if i and re.match(r"(?:were|was|is|are|has|have|had|will|would|went|remain\w*)\b", text[a:]):
            return out[:i]
    return out


_BASE_VERBS = {"recognize", "recognise", "accept", "withdraw", "drop", "end", "stop", "halt", "release",
               "return", "allow", "agree", "hold", "give", "cede", "pay", "sign", "remove", "lift", "reduce",
               "cut", "grant", "guarantee", "limit", "freeze", "abandon", "renounce", "respect", "restore",
               "resume", "start", "begin", "open", "close", "provide", "keep", "leave", "join", "become",
               "commit", "pull", "disarm", "negotiate", "meet", "talk", "implement", "ensure", "prepare",
               "convert", "define", "permit", "lower", "raise", "increase", "shorten", "extend", "put"}
