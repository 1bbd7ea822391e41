"""Moves: who demands, proposes, rejects, threatens or agrees to what, with the shortest content
span.

Cues come from the lexicon (`move_cues`, `move_nouns`, `demand_modals`), each with its move type
and CAMEO code. The actor is the subject before a verb cue ("Norway continues to demand that …",
"Chile and its neighbours are calling for …"), the owner of a noun cue ("quota proposals from
Iceland", "the EU's offer to …", "Norway's demands — such as A, B and C"), the agent of a passive
("a truce proposed by Ghana"), or the speaker when the move sits in what someone said ("the union
says any deal must include …"; "We are offering …," she said). Lists become one item each.

This module runs the search per sentence and keeps the items (overlaps resolved once, in order);
the rules live in `moves/` by part (see its `__init__`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Move, Quote
from .issues import tag_issues
from .knowledge import Knowledge
from .moves.conditions import _conditions
from .moves.cues import _cue_starts, _cues, marks_at
from .moves.documents import _demonstrative_items, _document_calls, _proposal_subjects
from .moves.nouns import _may_hold, _modifier_nouns, _noun_cues, _owned_participles, _passives
from .moves.said import _modal_demands, _modal_typed
from .moves.spans import _clause_end, _split_list, _trim, _untimed, offer_condition
from .moves.stated import ANTECEDENT, _stated_nouns
from .moves.subjects import _sentence_starts, _voice_at
from .moves.verbs import _relative_object, _verb_cue
from .moves.words import _Words
from .scan import first_match
from .speakers import Referent, Referents, SpeakerWords
from .syntax import Parse


def extract_positions(
    doc: Document,
    kn: Knowledge,
    refs: Referents,
    quotes: Sequence[Quote] = (),
    parse: Parse | None = None,
) -> tuple[list[Move], list[Move], list[Move]]:
    """Demands, proposals (offers included), and the other moves (reject, threaten, agree); with a
    `parse` (the parser tier) a verb cue's actor, content end and list items are also read off the
    tree where the surface rules see none (tree_slots)."""
    ctx = _Context(
        doc,
        kn,
        refs,
        _Words.of(kn),
        {t.id: t.cameo for t in kn.move_types},
        _voices(quotes),
        _Spans(((q.start, q.end), q) for q in quotes if q.kind != "indirect" and q.speaker),
        _said_in(doc, quotes),
        parse,
        {},
        tuple(kn.words("aim_nouns")),
    )
    out: dict[str, list[Move]] = {"demand": [], "proposal": [], "other": []}
    for sent in doc.sentences:
        # items, and (cue position, items) of verb cues, tried lazily
        found = _noun_found(ctx, sent) + _verb_found(ctx, sent) + _said_found(ctx, sent)
        _keep(ctx, sent, found, out)
    return out["demand"], out["proposal"], out["other"]


@dataclass(frozen=True)
class _Context:
    """What every sentence of one document's move search reads."""

    doc: Document
    kn: Knowledge
    refs: Referents
    words: _Words
    cameo: dict[str, str]  # the move types table's code (demand 10, not appeal 02)
    voices: dict
    speakers: _Spans
    said: dict[str, list[Quote]]  # sentence id → the quotes and reported speech holding it
    parse: Parse | None
    latest: dict[str, tuple[int, list[Referent]]]  # move type → (sentence number, its actors)
    aims: tuple[str, ...]  # aim_nouns: "(Japan's top) priority (remains …)", a demand


def _said_in(doc: Document, quotes) -> dict[str, list[Quote]]:
    """Sentence id → the reported speech starting in it and the direct quotes spanning it."""
    said: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.kind == "indirect":
            said.setdefault(doc.sentence_at(q.start).id, []).append(q)
        elif q.kind == "direct" and q.speaker:  # every sentence the quote spans
            for k in range(
                bisect.bisect_right(_sentence_starts(doc), q.start) - 1, len(doc.sentences)
            ):
                if doc.sentences[k].start >= q.end:
                    break
                said.setdefault(doc.sentences[k].id, []).append(q)
    return said


def _noun_found(ctx: _Context, sent) -> list[tuple]:
    """The items of move nouns, documents and passives in `sent`, typed and coded."""
    doc, refs, words, cameo = ctx.doc, ctx.refs, ctx.words, ctx.cameo
    _, nouns, any_noun, *_ = _cues(ctx.kn)
    found: list[tuple] = []
    if any_noun.search(doc.text, sent.start, sent.end) is not None:
        # the move types whose nouns the sentence may hold: the others' patterns cannot match
        held = {
            m for m in ("demand", "proposal", *nouns) if _may_hold(doc.text, sent, nouns.get(m, []))
        }
        for move, noun_list in nouns.items():
            if move not in held:
                continue
            found += [
                (move, cameo.get(move, ""), *item)
                for item in _noun_cues(doc, sent, noun_list, refs, words)
            ]
        found += [
            ("proposal", cameo.get("proposal", ""), *item)
            for item in _proposal_subjects(doc, sent, ctx.kn, refs, nouns.get("proposal", []))
        ]
        found += _stated_found(ctx, sent, nouns, held)
        for move in ("demand", "proposal"):
            found += [
                (move, cameo.get(move, ""), *item)
                for item in _modifier_nouns(
                    doc, sent, words.demonyms, refs, nouns.get(move, []), move, words
                )
            ]
    found += [
        (move, cameo.get(move, ""), *item)
        for move, item in _document_calls(doc, sent, words.demonyms, refs, words)
    ]
    found += [
        ("proposal", cameo.get("proposal", ""), *item)
        for item in _demonstrative_items(doc, sent, ctx.kn)
    ]
    found += [
        (item[0], cameo.get(item[0], ""), *item[1:])
        for item in _owned_participles(doc, sent, refs, words)
    ]
    found += [
        (item[0], cameo.get(item[0], ""), *item[1:]) for item in _passives(doc, sent, refs, words)
    ]
    return found


def _stated_found(ctx: _Context, sent, nouns: dict, held: set[str]) -> list[tuple]:
    """The items of move nouns whose content is stated around them (moves/stated.py); a
    demand's aim nouns ("priority", "goal") count as its nouns there."""
    found: list[tuple] = []
    for move in ("demand", "proposal"):
        aims = ctx.aims if move == "demand" else ()
        if move not in held and not (aims and _may_hold(ctx.doc.text, sent, list(aims))):
            continue
        found += [
            (move, ctx.cameo.get(move, ""), *item)
            for item in _stated_nouns(ctx.doc, sent, nouns.get(move, []), ctx.refs, ctx.words, aims)
        ]
    return found


def _verb_found(ctx: _Context, sent) -> list[tuple]:
    """(cue position, its items) of each verb cue in `sent`: what each cue.pattern.finditer over the
    sentence would give, trying a cue only where it can start."""
    cues, _, _, starts, by_prefix, by_letter, anywhere = _cues(ctx.kn)
    text = ctx.doc.text
    # (cue, start) pairs worth trying, in the order cue by cue, start by start
    pairs = {
        (k, pos)
        for pos, ks in _cue_starts(text, sent.start, sent.end, starts, by_prefix, by_letter)
        for k in ks
    }
    pairs |= {(k, pos) for pos, ks in marks_at(text, sent.start, sent.end, by_prefix) for k in ks}
    if anywhere:  # a cue whose first letter cannot be told is tried at every position
        pairs |= {(k, pos) for pos in range(sent.start, sent.end) for k in anywhere}
    tries = sorted(pairs)
    found: list[tuple] = []
    relatives: list[tuple] = []  # cues ending a relative clause: tried first (_relative_object)
    after, current = sent.start, -1
    for k, pos in tries:
        if k != current:
            after, current = sent.start, k
        cue = cues[k]
        m = cue.pattern.match(text, pos, sent.end) if pos >= after else None
        if m is None:
            continue
        after = max(m.end(), pos + 1)
        (relatives if _relative_object(text, sent, m) else found).append(
            (
                m.start(),
                _tagged(
                    cue.type,
                    cue.cameo,
                    _verb_cue(
                        ctx.doc,
                        sent,
                        m,
                        ctx.refs,
                        cue,
                        ctx.voices,
                        ctx.speakers,
                        ctx.words,
                        ctx.parse,
                    ),
                ),
            )
        )
    return relatives + found


def _said_found(ctx: _Context, sent) -> list[tuple]:
    """(position, items) of the modal demands in what is said in `sent`, and of its conditions."""
    found = [
        (at, _modal_typed(ctx.doc.text, ctx.cameo, items, ctx.words))
        for at, items in _modal_demands(ctx.doc, sent, ctx.kn, ctx.said.get(sent.id, ()))
    ]
    found += [
        (at, _tagged("demand", ctx.cameo.get("demand", "10"), items))
        for at, items in _conditions(ctx.doc, sent, ctx.refs, (ctx.voices, ctx.speakers), ctx.words)
    ]
    return found


def _keep(ctx: _Context, sent, found: list[tuple], out: dict[str, list[Move]]) -> None:
    """Add the items found in `sent`, in order, each unless its cue or actor sits inside one
    kept; an item referring back with nothing to refer to yet waits for the sentence's own moves
    ("sent a proposal, adding that the plan included …")."""
    taken = _Taken()
    number = int(sent.id[1:]) if sent.id[1:].isdigit() else 0
    waiting = [
        item for item in _items(found, taken) if not _keep_one(ctx, sent, taken, out, item, number)
    ]
    for item in waiting:
        _keep_one(ctx, sent, taken, out, item, number)


def _keep_one(ctx: _Context, sent, taken: _Taken, out: dict, item: tuple, number: int) -> bool:
    """Keep one item (see _keep); False when it refers back to no move yet."""
    move, code, found_actors, cue_text, start, end, target, cue_at = item
    actors = _antecedent(ctx, move, number, found_actors)
    if actors is None:
        return False
    if taken.other(cue_at, cue_at):
        return True  # the cue sits inside an item already found ("proposals by X offered …")
    if any(taken.other(r.start, cue_at) for r in actors if r.start >= sent.start):
        return True
    voice = _voice_at(ctx.voices, start)
    said_by = ctx.voices.get(voice, []) if voice is not None else []
    if voice is not None and said_by and _speaker_is_subject(ctx, voice[0], cue_at, said_by[0]):
        voiced = said_by  # "The company said it would …": "it" is the company
    else:
        voiced = actors + [v for v in said_by if v not in actors]
    condition = _offer_condition(ctx, sent, move, cue_text, start, end)
    stop = condition[0] if condition else end
    kind = "demand" if move == "demand" else "proposal" if move == "proposal" else "other"
    if kind != "other" and _names_no_content(ctx, start, stop):
        # "tabled a new proposal": no position, but what "The proposal calls for …" refers to
        ctx.latest[move] = (number, voiced)
        return True
    if condition is not None and condition[4]:  # a threat: no offer
        if condition[4] not in _NO_THING:  # "if they don't pay": what it asks is still wanted
            _add_condition(ctx, out, voiced, condition, sent)
        return True  # "if no deal is reached": a deadline, no demand
    if (
        kind == "proposal"
        and cue_text.lower().startswith(("would", "will", "could"))
        and ctx.words.weighing.match(ctx.doc.text, start)
    ):
        # "would consider the pause only if the siege is lifted": weighing it is no offer (unlike
        # "is ready to consider …"); the condition is still wanted
        if condition is not None:
            _add_condition(ctx, out, voiced, condition, sent)
        return True
    if _add(out[kind], ctx.doc, ctx.kn, move, code, voiced, cue_text, start, stop, target):
        taken.add(min(start, cue_at), stop, cue_at)
        _exchange(ctx.doc, ctx.kn, out, ctx.cameo, move, voiced, stop, sent, ctx.words)
        if condition is not None:  # the condition of an offer: the same side's demand
            _add_condition(ctx, out, voiced, condition, sent)
        ctx.latest[move] = (number, voiced)
    return True


_NO_THING = frozenset(("no", "nothing"))
# a condition whose subject is the offer itself: "if that helped", "if this brings", "if doing so"
_SELF_CONDITION = re.compile(
    r"(?:that|this|doing so|so doing)\s+(?!(?:is|was)\s+what\b)[a-z]+", re.I
)


def _speaker_is_subject(ctx: _Context, clause_at: int, cue_at: int, speaker: Referent) -> bool:
    """Whether the subject of a cue is a pronoun opening what `speaker` said, one that can stand
    for the speaker ("X said (that) it would …", "she told them she was ready to …"): the
    speaker, whoever else the pronoun could stand for."""
    m = _OPENING_PRONOUN.match(ctx.doc.text, clause_at, cue_at)
    if m is None or not ctx.refs.agrees(m.group(1), speaker):
        return False
    between = ctx.doc.text[m.end() : cue_at].split()
    return len(between) <= 3 and all(w.lower() in ctx.words.before_verb for w in between)


_OPENING_PRONOUN = re.compile(r"[“\"]?(?:that\s+)?(it|they|he|she)\b", re.I)


def _names_no_content(ctx: _Context, start: int, end: int) -> bool:
    """Whether an item is only a move noun and words that say nothing of it ("a new proposal on
    Monday", "its latest offer"): `empty_move`, read on the span `_add` would keep."""
    start, end = _trim(ctx.doc.text, start, end)
    end = _untimed(ctx.doc.text, start, end, ctx.words)
    return ctx.words.empty_move.fullmatch(ctx.doc.text, start, end) is not None


def _add_condition(ctx: _Context, out, actors, condition: tuple, sent) -> None:
    """The condition an offer is made on, as a demand of the same actors."""
    _stop, cue, start, end, _negated = condition
    if _SELF_CONDITION.match(ctx.doc.text, start):
        return  # "could accept A if that helped …": the offer's own effect, nothing asked
    stop = _clause_end(ctx.doc.text, start, sent.end) if end is None else end
    code = ctx.cameo.get("demand", "")
    if cue.lower() in ctx.words.frames.explicit_keys:
        # "conditional on crews accepting A and the closure of B": one demand per condition
        for s, e in _split_list(ctx.doc.text, start, stop, ctx.words.base_verbs):
            _add(out["demand"], ctx.doc, ctx.kn, "demand", code, actors, cue, s, e, None)
        return
    _add(out["demand"], ctx.doc, ctx.kn, "demand", code, actors, cue, start, stop, None)


def _offer_condition(
    ctx: _Context, sent, move: str, cue: str, start: int, end: int
) -> tuple[int, str, int, int | None, str] | None:
    """ "(ready to) drop its claim if Chile lifts the ban", "(would accept) a truce provided that
    …", "If Chile lifts the ban, (it would drop its claim)": the condition a stance of readiness
    is taken on, when a clause (two words at least) states it (spans.offer_condition). An offer's
    own terms may hold an "if" ("offered A, and B if there is a final"): those stay the offer's."""
    if move != "proposal":
        return None
    if not ctx.words.stance.search(cue):  # any offer: only a condition that says it is one
        frames = ctx.words.frames
        text = ctx.doc.text
        if not (
            first_match(frames.explicit_condition, text, start, end)
            or frames.explicit_condition.match(text, end, sent.end)
        ):
            return None
    return offer_condition(ctx.words.frames, ctx.doc.text, sent, start, end)


def _antecedent(ctx: _Context, move: str, number: int, actors: list) -> list | None:
    """The actors of an item; for a move noun that refers back ("Under the plan, …", "The demands
    included …"), the actors of the latest move of its type, at most three sentences before (None
    when there is none)."""
    if not actors or actors[0].kind != ANTECEDENT:
        return actors
    before = ctx.latest.get(move)
    return before[1] if before is not None and number - before[0] <= 3 else None


def _tagged(move: str, code: str, items):
    for item in items:
        yield (move, code, *item)


def _items(found: list[tuple], taken: _Taken):
    """The items found in a sentence, in order; a verb cue's items are worked out only when its
    cue does not sit inside an item already taken (then all of them would be skipped): a cue
    repeated a thousand times in one sentence costs no more than a thousand cues."""
    for entry in found:
        if len(entry) != 2:
            yield entry
        elif not taken.other(entry[0], entry[0]):
            yield from entry[1]


class _Taken:
    """The spans taken by the items of one sentence, each with the position of its cue: whether a
    position lies in a span of another cue, in log time. Kept as sorted disjoint pieces, each with
    the cue covering it, or _SEVERAL when spans of two or more cues do."""

    _SEVERAL = -1

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.cues: list[int] = []

    def other(self, pos: int, cue: int) -> bool:
        """Whether `pos` lies in a span taken by a cue other than `cue`."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k] and self.cues[k] != cue

    def add(self, start: int, end: int, cue: int) -> None:
        if end <= start:
            return  # holds no position
        i = bisect.bisect_right(self.ends, start)  # the first piece ending after `start`
        j = i
        new: list[list[int]] = []
        at = start
        while j < len(self.starts) and self.starts[j] < end:
            a, b, c = self.starts[j], self.ends[j], self.cues[j]
            if a < start:
                new.append([a, start, c])
            elif at < a:
                new.append([at, a, cue])
            lo, hi = max(a, start), min(b, end)
            new.append([lo, hi, c if c == cue else self._SEVERAL])
            if b > end:
                new.append([end, b, c])
            at = hi
            j += 1
        if at < end:
            new.append([at, end, cue])
        merged: list[list[int]] = []
        for piece in new:
            if merged and merged[-1][1] == piece[0] and merged[-1][2] == piece[2]:
                merged[-1][1] = piece[1]
            else:
                merged.append(piece)
        self.starts[i:j] = [a for a, _, _ in merged]
        self.ends[i:j] = [b for _, b, _ in merged]
        self.cues[i:j] = [c for _, _, c in merged]


class _Spans(dict):
    """{(start, end): value} with a bisect lookup of the span holding a position."""

    def __init__(self, items) -> None:
        super().__init__(sorted(items, key=lambda kv: kv[0]))  # by span only: values do not compare
        self.keys_sorted = list(self)
        self.starts = [a for a, _ in self.keys_sorted]

    def at(self, pos: int):
        k = bisect.bisect_right(self.starts, pos) - 1
        for a, b in reversed(self.keys_sorted[max(0, k - 2) : k + 1]):  # nested spans are rare
            if a <= pos < b:
                return (a, b)
        return None


def _voices(quotes) -> _Spans:
    """Spans of what someone said (reported content), with who said it."""
    return _Spans(
        ((q.start, q.end), [Referent(q.start, q.start, q.speaker, q.speaker_id, "person")])
        for q in quotes
        if q.kind == "indirect" and q.speaker
    )


def _only_a_time(content: str, times: frozenset[str]) -> bool:
    """Whether a content is a day or a month and nothing else ("Sunday", "on Monday", "last
    March")."""
    words = _LETTERS.findall(content)
    return bool(words) and all(w in times or w.lower() in _TIME_WORDS for w in words)


_LETTERS = re.compile(r"[A-Za-z]+")
_TIME_WORDS = frozenset("on in last next this early late by until".split())


def _add(out, doc, kn, move, code, actors, cue, start, end, target) -> bool:
    start, end = _trim(doc.text, start, end)
    start, end = _trim(doc.text, start, _untimed(doc.text, start, end, _Words.of(kn)))
    short = end - start < 3 and not re.search(r"\d", doc.text[start:end])  # "8%" is an amount
    if short or end <= start or not actors or actors[0] is None:
        return False
    if _Words.of(kn).referring.fullmatch(doc.text, start, end):
        return False  # "demanded the opposite", "wants more": nothing stated
    if move in ("demand", "proposal") and _Words.of(kn).generic_goal.fullmatch(
        doc.text, start, end
    ):
        return False  # "we want a deal", "offering certainty": no terms
    if _only_a_time(doc.text[start:end], _Words.of(kn).frames.times):
        return False  # "(the counter-offer the union submitted) Sunday": a date, no content
    if any(
        o.start == start and o.end == end for o in out[-20:]
    ):  # duplicates come from one sentence
        return False
    first = actors[0]
    if any(_same_move(o, first, start, end) for o in out[-20:]):
        return False  # "would accept a lower cap": one offer, read by two frames
    prefix = {"demand": "d", "proposal": "p"}.get(move, "m")
    out.append(
        Move(
            id=f"{doc.id}-{prefix}{len(out) + 1}",
            type=move,
            actor=_shown_name(doc.text, first, kn),
            actor_id=first.actor_id,
            target_id=target,
            text=doc.text[start:end],
            issues=tag_issues(doc.text[start:end], kn),
            cue=cue,
            sentence=doc.sentence_at(start).id,
            start=start,
            end=end,
            actors=tuple(dict.fromkeys(a.actor_id for a in actors if a.actor_id)),
            cameo=code,
        )
    )
    return True


def _same_move(kept: Move, actor: Referent, start: int, end: int) -> bool:
    """Whether an item is one kept already with a word more or less: the same actor, a span
    inside the other's, one of them right at the other's end ("a lower cap" and "accept a lower
    cap"), not two items of one list."""
    same_actor = kept.actor_id == actor.actor_id if actor.actor_id else kept.actor == actor.name
    inside = (kept.start <= start and end <= kept.end) or (start <= kept.start and kept.end <= end)
    return same_actor and inside and kept.end == end


def _shown_name(text: str, actor: Referent, kn: Knowledge) -> str:
    """How an actor is shown: its name; a body named only by its noun with those it is made of
    where it was named ("the ad hoc committee of bondholders", "a coalition of rival militias")."""
    if actor.kind not in ("role", "description") or actor.actor_id:
        return actor.name
    if actor.name.lower().split()[-1] not in SpeakerWords.of(kn).collective:
        return actor.name
    of = _OF_MEMBERS.match(text, actor.end)
    return actor.name + of.group(0) if of else actor.name


# " of bondholders", " of rival militias": the plural a body's noun is made of
_OF_MEMBERS = re.compile(r"\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[a-z]s\b(?!\s+of\b)")


_FRAMEWORK = re.compile(
    r"\b(?:(?:under|in)\s+which|whereby)\s+(?:[\w’'-]+\s+){1,4}?(?:would|will|could|can|must|"
    r"should|may)\b[^;:]*$"
)


def _exchange(
    doc: Document,
    kn: Knowledge,
    out: dict,
    cameo: dict,
    move: str,
    actors,
    end: int,
    sent,
    words: _Words,
) -> None:
    """ "wanted a raise in exchange for dropping the claim": what is given up for a demand is a
    proposal; what is asked for an offer, a demand."""
    other = {"demand": "proposal", "proposal": "demand"}.get(move)
    m = words.frames.exchange.match(doc.text, end, sent.end) if other else None
    if m is None or _FRAMEWORK.search(doc.text, max(sent.start, end - 200), end):
        # "a framework under which a performer would grant consent in exchange for a bonus": a
        # trade between others that the move lays out, not the actor's own
        return
    stop = _clause_end(doc.text, m.end(), sent.end)
    _add(
        out[other],
        doc,
        kn,
        other,
        cameo.get(other, ""),
        actors,
        m.group(0).strip(" ,"),
        m.end(),
        stop,
        None,
    )
