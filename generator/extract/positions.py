"""Moves: who demands, proposes, rejects, threatens or agrees to what, with the shortest content
span.

Cues come from the lexicon (`move_cues`, `move_nouns`, `demand_modals`), each with its move type
and CAMEO code. The actor is the subject before a verb cue ("Norway continues to demand that …",
"Chile and its neighbours are calling for …"), the owner of a noun cue ("quota proposals from
Iceland", "the EU's offer to …", "Norway's demands — such as A, B and C"), the agent of a passive
("a truce proposed by Ghana"), or the speaker when the move sits in what someone said ("the union
says any deal must include …"; "We are offering …," she said). Lists become one item each.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Move, Quote
from . import tree_slots
from .groups import GroupPatterns, group_opening, group_subject
from .groups import patterns as group_patterns
from .issues import tag_issues
from .knowledge import Knowledge, alternation
from .scan import first_match, matches
from .speakers import Referent, Referents
from .syntax import Parse

_NEGATION = re.compile(
    r"\b(?:not(?! only)|never|n't|no longer|refus\w+ to|declin\w+ to)\s+(?:\w+\s+)?$", re.I
)
# a full stop ends a clause, not one of an initial ("J. Smith") or of an abbreviation before a name
_CLAUSE_END = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
    r"(?<!\bGen)(?<!\bProf)\.(?=\s|$)|[;:!?]|,\s+(?:while|but|which|who|saying|although|though|as|"
    r"and\s+(?:the|a|he|she|they|it)\b)|\s+(?:—|–)\s*|—(?!\w+—)|\s+but\s+|\s+while\s+(?!(?:still\s+|also\s+)?[a-z]+ing\b)|"
    r",\s+(?=[A-Z][a-z])|,\s+(?=(?:[a-z]+\s+){1,5}(?:said|says|told|added)\b)|"
    r"\s+--\s+|\s+and\s+(?=(?:said|says|told|added|warned|insisted|argued)\b)|"
    r"\s+(?:as part of|in exchange for|in return for|so that|because|unless|"
    r"after|before|when|since|to allow|in order to)\s+|\s+(?=[“\"]?(?:he|she|they) said\b)|"
    r"[,.]?[”\"](?=\s+(?:said|says|told|added|he|she|they)\b)|[,.!?][”\"]"
)
_PARTICIPLE = re.compile(r",\s+(?=(?:[a-z]+ly\s+)?[a-z]+ing\b)")
_WANTS_THING = re.compile(
    r"\s+(?!(?:to|it|this|that|them|us|me|him|her|you|more|nothing|everything)\b)[\w$]"
)
_QUESTION = re.compile(r"\s+(?:whether|if|how|why|what|when|where|who|which)\b", re.I)
_OBJECT_ONLY = re.compile(r"(?:it|this|that|them|him|her|to)\b", re.I)


@dataclass(frozen=True)
class _Words:
    """The lexicon's words for the move rules (see data/lexicon.yml), read once per knowledge."""

    aux: frozenset[str]  # cue_auxiliaries: "Russia| has also demanded"; see _aux_start
    before_verb: frozenset[str]  # after any other lower-case word a cue is a noun
    base_verbs: frozenset[str]  # "… and recognise …": a new list item
    stated_verbs: frozenset[str]  # base_verbs and their -s forms: "(the plan) cuts A and raises B"
    when: re.Pattern[str]  # "on Tuesday", "in principle": not the content
    time_tail: re.Pattern[
        str
    ]  # "(a plan) on Monday", "(talks) last week": a time after the content
    clause_words: frozenset[str]  # verbs and modals that make a content a clause (see _untimed)
    own_subject: re.Pattern[str]  # "the company had": a subject naming no actor
    verb_after: re.Pattern[str]  # a verb opening right after a subject
    finite: re.Pattern[str]  # where a noun-phrase content ends
    that_noun: re.Pattern[str]  # "that condition": "that" is a determiner
    passive: re.Pattern[str]  # "put forward by"
    passive_kinds: dict[str, str]  # participle → move type
    owned_participle: re.Pattern[
        str
    ]  # "Norway's proposed (quota)": a participle of a proposal or demand
    modal: re.Pattern[str]  # "must include", "would have to include": a demand in what someone said
    speech: frozenset[str]  # reporting_verbs: "she said, urging …" is her move
    asked_to: re.Pattern[str]  # "urged Sweden to ": an `asked` or `wanted` cue, who is asked, "to"
    document: re.Pattern[str]  # document_nouns: "it" after one is the document
    named_moves: frozenset[str]  # every move noun and document noun, lower case
    groups: GroupPatterns  # unnamed groups as subjects: "Angry herders demanded …"
    demonyms: dict[str, tuple[str, str]]  # "Finns" → (entry, name) of the state
    quote_modal: re.Pattern[str]  # demand_modals and quote_demand_modals: "need to" in a quote
    our_demand: re.Pattern[str]  # "… has always been our demand": the noun phrase before it
    expletive: re.Pattern[str]  # "(it should) be noted that": an empty "it"
    assertive: tuple[
        str, ...
    ]  # cue words whose clause may state a fact ("suggested", "insistence")
    asserted: re.Pattern[
        str
    ]  # a clause stating a fact: "the strike cost the town …", "it never sent …"
    condition: re.Pattern[str]  # "if", "unless", "until": a cue after one is no one's move
    intention: frozenset[str]  # "his plans to strike …": an intention, not a proposal
    cognition: re.Pattern[str]  # "wants the world to know …": no move
    others_move: re.Pattern[
        str
    ]  # a cue of no proposal: "rejected a draft that calls for …" is not its author's
    frames: _FrameWords  # the content slots of move frames (see _SLOTS)

    @classmethod
    def of(cls, kn: Knowledge) -> _Words:
        if id(kn) not in _WORDS:
            _WORDS[id(kn)] = (kn, _words(kn))  # kn kept alive: its id is not reused while cached
        return _WORDS[id(kn)][1]


_WORDS: dict[int, tuple[Knowledge, _Words]] = {}


def _words(kn: Knowledge) -> _Words:
    """The word lists as sets, and the patterns built from them (words escaped, longest first)."""
    lex, alt = kn.lexicon, alternation
    days = list(lex.get("weekdays", ()))  # in the lexicon's order: "week" is tried before "weekend"
    kinds = {str(k).lower(): str(v) for k, v in lex.get("passive_cues", {}).items()}
    return _Words(
        aux=kn.words("cue_auxiliaries"),
        before_verb=frozenset(str(w).lower() for w in kn.words("before_verb_words")),
        base_verbs=kn.words("base_verbs"),
        stated_verbs=frozenset(kn.words("base_verbs"))
        | {v + e for v in kn.words("base_verbs") for e in ("s", "es")},
        when=re.compile(
            r"(?:,?\s+(?:on|late on|early on|last|this|next)\s+(?:"
            + alt(days + list(lex.get("time_nouns", ())), ordered=True)
            + r")|\s+(?:"
            + alt(days + list(lex.get("cue_adverbs", ())), ordered=True)
            + r"),?)+"
        ),
        time_tail=_time_tail(
            days, list(lex.get("time_nouns", ())), list(lex.get("speech_nouns", ()))
        ),
        clause_words=_clause_words(kn),
        own_subject=re.compile(
            r"\b(?:the|its|their)\s+(?:" + alt(kn.words("own_side_nouns")) + r")\s+"
            r"(?:(?:had|has|have|would|will|also|then|now|still)\s+)*$",
            re.I,
        ),
        # not "keep Trump engaged and …": an object's participle
        verb_after=re.compile(
            r"\s+(?:(?:" + alt(kn.words("verb_openers")) + r")\b|[a-z]+ed\b(?!\s+and\b))"
        ),
        finite=re.compile(r"\s+(?:" + alt(kn.words("finite_verbs")) + r")\b"),
        that_noun=re.compile(r"\s+that\s+(?:" + alt(kn.words("that_nouns")) + r")\b", re.I),
        passive=re.compile(r"\b(" + alt(kinds) + r")\s+by\s+(?:the\s+)?", re.I),
        passive_kinds=kinds,
        owned_participle=re.compile(
            r"(?:[’']s?|\b(?:its|their|his|her))\s+("
            + alt([k for k, v in kinds.items() if v in ("proposal", "demand") and " " not in k])
            + r")\s+(?=[a-z$€£\d])",
            re.I,
        ),
        modal=re.compile(
            r"\b(?:(?:"
            + "|".join(lex.get("demand_modals", ()))
            + r")\s+(?:(?:"
            + alt(kn.words("modal_content_verbs"))
            + r")\s+)?|(?:"
            + alt(kn.words("content_modals"))
            + r")\s+(?:"
            + alt(kn.words("modal_content_verbs"))
            + r")\s+)",
            re.I,
        ),
        assertive=tuple(str(w).lower() for w in lex.get("assertive_cues", ())),
        asserted=re.compile(
            r"(?:\S+\s+){0,8}?(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)[“\"'‘]*(?:(?:"
            + alt(kn.words("assertion_verbs"))
            + r")(?:n['’]t)?\b(?!\s+to\b)"
            r"|[a-z]+ed\s+(?:the|a|an|its|their|his|her|this|that|too|all|no|every)\b)",
            re.I,
        ),
        condition=re.compile(r"\b(?:" + alt(kn.words("condition_words")) + r")\b", re.I),
        intention=frozenset(str(w).lower() for w in kn.words("intention_nouns")),
        cognition=re.compile(r"(?:" + alt(kn.words("cognition_verbs")) + r")\b", re.I),
        others_move=re.compile(
            r"\b(?:"
            + "|".join(
                f"(?:{v})"
                for g in lex["move_cues"]
                if g["type"] != "proposal"
                for v in g.get("verbs", ())
            )
            + r")\b",
            re.I,
        ),
        frames=_frame_words(kn),
        **_actor_words(kn),
    )


def _time_tail(days: list[str], nouns: list[str], media: list[str]) -> re.Pattern[str]:
    """Times and media that end a content without being part of it: "on Monday", "last week",
    "earlier this month", "in a statement"; searched in the last characters of a content only (see
    _untimed). Not "in March": a month after a noun often dates the thing demanded ("talks in
    March")."""
    return re.compile(
        r"(?:,?\s+(?:(?:late |early )?on|last|this|(?:earlier|later) this)\s+(?:"
        + alternation(days + nouns, ordered=True)
        + r")(?:\s+(?:night|morning|evening))?"
        r"|,?\s+in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:" + alternation(media) + r"))+$"
    )


def _clause_words(kn: Knowledge) -> frozenset[str]:
    """Base verbs with their -s forms, finite verbs and modals: a content holding one is a
    clause."""
    base = kn.words("base_verbs")
    return frozenset(
        base
        | {v + e for v in base for e in ("s", "es", "ed", "d")}
        | kn.words("finite_verbs")
        | {"be", "should", "must", "can", "could", "may", "might", "shall"}
    )


def _actor_words(kn: Knowledge) -> dict:
    """The words and patterns of who a move is (see `_Words`)."""
    lex, alt = kn.lexicon, alternation
    targeted = [
        v
        for g in lex["move_cues"]
        if g.get("content") in ("asked", "wanted")
        for v in g.get("verbs", [])
    ]
    modals = list(lex.get("demand_modals", ())) + list(lex.get("quote_demand_modals", ()))
    demand_nouns = alt(lex["move_nouns"].get("demand", ()))
    return {
        "speech": kn.words("reporting_verbs"),
        "asked_to": re.compile(
            r"\b(?:" + "|".join(targeted) + r")\s+(?:the\s+)?[\w.’'-]+"
            r"(?:\s+[\w.’'-]+){0,5}?\s+to\s+$",
            re.I,
        ),
        "document": re.compile(r"\b(?:" + alt(kn.words("document_nouns")) + r")\b", re.I),
        "named_moves": frozenset(str(n).lower() for ns in lex["move_nouns"].values() for n in ns)
        | frozenset(str(n).lower() for n in kn.words("document_nouns")),
        "groups": group_patterns(kn),
        "demonyms": {
            f: (s.entry, kn.entries[s.entry].name)
            for f, s in kn.surfaces.items()
            if s.kind == "demonym"
        },
        "quote_modal": re.compile(
            r"\b(?:"
            + "|".join(modals)
            + r")\s+(?:(?:"
            + alt(kn.words("modal_content_verbs"))
            + r")\s+)?",
            re.I,
        ),
        "our_demand": re.compile(
            r"\s+(?:has|have|had|is|was|remains|remained)\s+(?:always\s+|long\s+|still\s+)?"
            r"(?:been\s+)?(?:our|my)\s+(?:[\w-]+\s+)?(" + demand_nouns + r")\b",
            re.I,
        ),
        "expletive": re.compile(
            r"be\s+(?:[a-z]+\s+(?:that|whether)\b|(?:"
            + alt(kn.words("expletive_it_words"))
            + r")\b)",
            re.I,
        ),
    }


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
        any_noun = re.compile(
            r"\b(?:" + _alt(tuple(n for ns in nouns.values() for n in ns)) + r")\b", re.I
        )
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
    _, nouns, _, any_noun, *_ = _cues(ctx.kn)
    found: list[tuple] = []
    if any_noun.search(doc.text, sent.start, sent.end) is not None:
        for move, noun_list in nouns.items():
            found += [
                (move, cameo.get(move, ""), *item)
                for item in _noun_cues(doc, sent, noun_list, refs, words)
            ]
        found += [
            ("proposal", cameo.get("proposal", ""), *item)
            for item in _proposal_subjects(doc, sent, ctx.kn, refs, nouns.get("proposal", []))
        ]
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
        (item[0], cameo.get(item[0], ""), *item[1:])
        for item in _owned_participles(doc, sent, refs, words)
    ]
    found += [
        (item[0], cameo.get(item[0], ""), *item[1:]) for item in _passives(doc, sent, refs, words)
    ]
    return found


def _verb_found(ctx: _Context, sent) -> list[tuple]:
    """(cue position, its items) of each verb cue in `sent`: what each cue.pattern.finditer over the
    sentence would give, trying a cue only where it can start."""
    cues, _, any_verb, _, verb_starts, by_letter, anywhere = _cues(ctx.kn)
    text = ctx.doc.text
    if any_verb.search(text, sent.start, sent.end) is None:
        return []
    starts = [m.start() for m in verb_starts.finditer(text, sent.start, sent.end)]
    # (cue, start) pairs worth trying, in the order cue by cue, start by start
    tries = sorted(
        {(k, pos) for pos in starts for k in by_letter.get(text[pos].lower(), ())}
        | {(k, pos) for pos in starts for k in anywhere}
    )
    found: list[tuple] = []
    after, current = sent.start, -1
    for k, pos in tries:
        if k != current:
            after, current = sent.start, k
        cue = cues[k]
        m = cue.pattern.match(text, pos, sent.end) if pos >= after else None
        if m is None:
            continue
        after = max(m.end(), pos + 1)
        found.append(
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
    return found


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
    kept."""
    taken = _Taken()
    for move, code, actors, cue_text, start, end, target, cue_at in _items(found, taken):
        if taken.other(cue_at, cue_at):
            continue  # the cue sits inside an item already found ("proposals by X offered …")
        if any(taken.other(r.start, cue_at) for r in actors if r.start >= sent.start):
            continue
        voiced = actors + [
            v for v in ctx.voices.get(_voice_at(ctx.voices, start), []) if v not in actors
        ]
        if _add(
            out["demand" if move == "demand" else "proposal" if move == "proposal" else "other"],
            ctx.doc,
            ctx.kn,
            move,
            code,
            voiced,
            cue_text,
            start,
            end,
            target,
        ):
            taken.add(min(start, cue_at), end, cue_at)
            _exchange(ctx.doc, ctx.kn, out, ctx.cameo, move, voiced, end, sent, ctx.words)


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


def _quote_speaker(doc: Document, speakers, pos: int) -> Referent | None:
    span = speakers.at(pos)
    q = speakers[span] if span else None
    return Referent(q.start, q.start, q.speaker, q.speaker_id, "person") if q else None


def _voice_at(voices, pos: int) -> tuple[int, int] | None:
    return voices.at(pos)


def _add(out, doc, kn, move, code, actors, cue, start, end, target) -> bool:
    start, end = _trim(doc.text, start, end)
    end = _untimed(doc.text, start, end, _Words.of(kn))
    if end - start < 3 or not actors or actors[0] is None:
        return False
    if any(
        o.start == start and o.end == end for o in out[-20:]
    ):  # duplicates come from one sentence
        return False
    first = actors[0]
    prefix = {"demand": "d", "proposal": "p"}.get(move, "m")
    out.append(
        Move(
            id=f"{doc.id}-{prefix}{len(out) + 1}",
            type=move,
            actor=first.name,
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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    to = re.match(r"to\s+(?=[a-z])", text[start : min(end, start + 8)])
    if to and end - start > 12:
        start += to.end()  # "demands to curb …": what is demanded is "curb …"
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
        if text[end - 1] == "." and re.search(r"\b(?:[A-Z]\.)+$", text[start:end]):
            break  # "the U.S."
        end -= 1
    return start, end


def _untimed(text: str, start: int, end: int, words: _Words) -> int:
    """The end of a noun-phrase content without the time or medium that closes it ("offered a plan|
    on Monday", "called for talks| in a statement"). Kept whole when the content has a verb of its
    own, which the time may date ("suggested that the crews return to work on Monday", "offered to
    resume talks on Monday"), or when a preposition a few words before makes the time the content's
    own ("by close of business on Monday", "a halt until next week")."""
    m = words.time_tail.search(text, max(start, end - 80), end)
    if (
        m is None
        or m.start() <= start
        or _DEADLINE.search(text, max(start, m.start() - 50), m.start())
    ):
        return end
    if any(w in words.clause_words for w in _WORD.findall(text, start, m.start())):
        return end
    return m.start()


_WORD = re.compile(r"[a-z]+")


_DEADLINE = re.compile(
    r"\b(?:by|until|till|before|after|since|from|within|through)"
    r"(?:\s+[\w’'-]+){0,4}$",
    re.I,
)


def _aux_start(text: str, floor: int, pos: int, aux: frozenset[str]) -> int:
    """Where the auxiliaries before a verb cue at `pos` begin ("Russia| has also demanded"): one
    past the first blank of the blanks-and-auxiliaries run that ends at `pos`, `floor` when the run
    reaches it, `pos` when no blank stands before the cue. Quote marks count as blanks; a
    lower-case adverb in -ly counts as an auxiliary ("Kenya| originally demanded").

    Read backwards from `pos`, word by word, so the cost is the length of that run, not of the
    sentence (a regex ending in `$` is tried at every position, and nested repeats over blanks
    backtrack exponentially)."""

    def blank(i: int) -> bool:
        return text[i] in '“"' or text[i].isspace()

    if pos <= floor:
        return floor
    if not blank(pos - 1):
        return pos
    j = pos
    while True:
        while j > floor and blank(j - 1):  # the blanks before the word just read (or the cue)
            j -= 1
        if j == floor:
            return floor
        k = j
        while k > floor and not blank(k - 1):
            k -= 1
        word = text[k:j]
        if (
            word == "only"
            and k - 4 >= floor
            and text[k - 4 : k - 1] == "not"
            and text[k - 1] in ' “"'
            and (k - 4 == floor or blank(k - 5))
        ):
            k -= 4  # "not only"
        elif word not in aux and not _LY_ADVERB.fullmatch(word):
            return j + 1
        if k == floor:
            return floor
        j = k


def _subjects(
    doc: Document, refs: Referents, pos: int, floor: int, words: _Words
) -> list[Referent]:
    """The subject before a cue at `pos`, with "X and Y" coordinated subjects."""
    text = doc.text
    verb_at = _aux_start(text, floor, pos, words.aux)
    subj = refs.subject_before(max(verb_at, floor), floor)
    if (
        subj is not None
        and verb_at == pos
        and _ING_CUE.match(text, pos)
        and _OBLIQUE.search(text, max(floor, subj.start - 30), subj.start)
    ):
        # "wrote to the ministers opposing …": the ministers are addressed, the writers oppose
        return []
    if subj is None and _AND_AUX.search(text, max(floor, verb_at - _LOOK), verb_at):
        # "Kyiv had been shown the draft and had asked for …": the subject of the verb before "and"
        for r in reversed(
            [
                x
                for x in refs.in_range(floor, verb_at)
                if x.end <= verb_at
                and (x.kind != "pronoun" or x.name.lower() in ("he", "she", "they", "it", "we"))
            ]
        ):
            if words.verb_after.match(text, r.end, verb_at) and not _in_clause_before(
                text, r.end, verb_at
            ):
                subj = r
                break
    if subj is None and _BOTH_SIDES.search(text, max(floor, verb_at - _LOOK), verb_at):
        # "The two sides agreed to …": the latest pair of parties named together
        return _pair_before(doc, refs, floor, lookback=3000)
    if subj is None:
        # "Zelenskiy is trying … and has proposed …": a coordinated verb shares the subject.
        head = [r for r in refs.in_range(floor, floor + 41) if r.end <= pos and r.kind != "pronoun"]
        if not head or re.search(r"[,;]\s*$", text[floor : head[0].start]):
            return []
        people = [r for r in head if r.kind == "person"]
        subj = people[0] if people and people[0].start - head[0].end <= 25 else head[0]
        if not _AND_WORDS.search(text, max(subj.end, pos - _LOOK), pos):
            return []  # only a coordinated verb shares the first subject
    if subj.kind == "pronoun" and subj.name.lower() in ("they", "we"):
        pair = _pair_before(doc, refs, subj.start)
        if pair:
            return pair  # "talks between Russia and Ukraine … they agreed": both sides
    out = [refs.resolve(subj)]
    if out[0] is None and subj.name.lower() == "they":
        out = [_group_before(doc, refs, subj.start, words)]  # "Nurses' unions met …. They want …"
    first = out[0]
    if subj.name.lower() == "it" and first is not None:
        if words.document.search(text, first.end, subj.start):
            return []  # "The accord was signed in Oslo. It called for …": the document, no actor
        if refs.oblique(first):
            out = [_body_subject(doc, refs, first) or first]
    prev = [
        r
        for r in refs.in_range(max(0, subj.start - 80), subj.start)
        if r.end <= subj.start
        and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[r.end : subj.start])
    ]
    if prev:
        out.insert(0, refs.resolve(prev[-1]))
    return [r for r in out if r is not None]


# Patterns anchored at a cue ($) are searched in the last _LOOK characters before it, not in the
# whole sentence before it for every cue (quadratic); what they match is a few words long.
_LOOK = 300
_THE_NOUN = re.compile(r"\b[Tt]he ([a-z][a-z-]+)$")
_LY_ADVERB = re.compile(r"[a-z]{2,}ly")
_POSSESSIVE_WORD = re.compile(r"[a-z](?:['’]s|s['’])$")
_AND_AUX = re.compile(r"\b(?:and|but)\s+(?:(?:had|has|have|also|then|later)\s+)*$")
_AND_WORDS = re.compile(r"\band\s+(?:[\w’'-]+\s+){0,3}$")
# "we"/"I" as the cue's own subject: up to three lower-case words between ("We are now offering"),
# no name or "that" ("my sense is that Norway was ready to …": Norway's move, not the speaker's)
_WE = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?!(?:that|who|which)\b)[a-z][\w’']*\s+){0,3}$")
_HAD = re.compile(r"\b(?:had|would have|could have)\s+$", re.I)
# a preposition that makes the noun after it an oblique object, not a subject ("wrote to Norway
# urging …"); not "from"/"by": "a letter from the union urging …" is the union's
_OBLIQUE = re.compile(r"\b(?:to|for|with|at|on|into|towards?|against|before)\s+(?:the\s+)?$", re.I)
_HYPHEN_AFTER = re.compile(r"-[^\W\d_]")
_HYPHEN_BEFORE = re.compile(r"[^\W\d_]-$")
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|gets?|got|getting)\s+(?:\w+ly\s+|also\s+|again\s+)?$", re.I
)
_FREE_RELATIVE = re.compile(
    r"\bwhat(?:ever)?\s+(?:(?!(?:that|is|was|are|were)\b)[\w’'.-]+\s+){1,4}$", re.I
)
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.I)
_CLAUSE_MARK = re.compile(r"[,;]")


def _word_before(text: str, floor: int, pos: int) -> tuple[int, str] | None:
    """What `re.search(r"([\\w’'-]+)[“\"]?\\s+$", text[floor:pos])` finds, as (start, word): the
    word before the blanks ending at `pos`, read backwards (the search is quadratic in a long
    word)."""
    j = pos
    while j > floor and text[j - 1].isspace():
        j -= 1
    if j == pos:
        return None
    if j > floor and text[j - 1] in '“"' and j - 1 > floor and _word_char(text[j - 2]):
        j -= 1
    k = j
    while k > floor and _word_char(text[k - 1]):
        k -= 1
    return (k, text[k:j]) if k < j else None


def _ends_between(refs: Referents, floor: int, lo: int, hi: int) -> bool:
    """Whether a referent starting at or after `floor` ends in [lo, hi] (by bisect on their
    ends)."""
    k = bisect.bisect_left(refs.ends, lo)
    while k < len(refs.items) and refs.ends[k] <= hi:
        if refs.items[k].start >= floor:
            return True
        k += 1
    return False


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_’'-"


def _condition_before(text: str, sent, pos: int, condition: re.Pattern[str] = _CONDITION) -> bool:
    """Whether "if / unless / whether" stands after the last comma or semicolon before `pos` in the
    sentence (`\\b(?:if|unless|whether)\\b[^,;]*$` over the sentence before `pos`), from one pass
    over the sentence for each pattern."""
    marks = matches(_CLAUSE_MARK, text, sent.start, sent.end)
    k = bisect.bisect_left(marks[0], pos) - 1
    lo = marks[0][k] + 1 if k >= 0 else sent.start
    words = matches(condition, text, sent.start, sent.end)
    k = bisect.bisect_left(words[0], pos) - 1
    return k >= 0 and words[0][k] >= lo and words[1][k] <= pos


_STARTS: list = [None, []]


def _sentence_starts(doc: Document) -> list[int]:
    if _STARTS[0] is not doc:
        _STARTS[:] = [doc, [s.start for s in doc.sentences]]
    return _STARTS[1]


_BOTH_SIDES = re.compile(
    r"\b(?:the two|both) (?:sides|parties|countries|delegations)\s+(?:have\s+|had\s+)?$", re.I
)


_NO_OBJECT = re.compile(r"\s+(?:no|nothing)\b(?!\s+(?:less|more|short|later|longer)\b)", re.I)
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:that|which)\s+(?:(?:had|has|have|would|will|also|then|now|still)\s+)*$", re.I
)
_CLAUSE_WORDS = re.compile(r"[;:]|\b(?:that|who|which|said|says|told)\b")


def _in_clause_before(text: str, start: int, end: int) -> bool:
    """Whether a clause boundary (another subject's verb, "that", a semicolon) lies between."""
    return _CLAUSE_WORDS.search(text, start, end) is not None


def _pair_before(doc: Document, refs: Referents, pos: int, lookback: int = 0) -> list[Referent]:
    """The latest "X and Y" of two parties (not people) in this or the previous sentence (or
    within `lookback` characters)."""
    text = doc.text
    k = bisect.bisect_right(_sentence_starts(doc), pos) - 1  # the index of the sentence holding pos
    floor = doc.sentences[max(0, k - 1)].start
    if lookback:
        floor = min(floor, max(0, pos - lookback))
    parties = [r for r in refs.in_range(floor, pos) if r.end <= pos and r.kind == "actor"]
    for a, b in reversed(list(itertools.pairwise(parties))):
        if re.fullmatch(r"\s*(?:,\s*)?and\s+", text[a.end : b.start]) and a.actor_id != b.actor_id:
            return [a, b]
    return []


def _verb_cue(
    doc: Document,
    sent,
    m: re.Match[str],
    refs: Referents,
    frame: _Cue,
    voices,
    speakers,
    words: _Words,
    parse: Parse | None = None,
):
    """The items of the verb cue `m` of `frame`: (actors, cue, start, end, target, cue position)."""
    text = doc.text
    if _not_this_move(text, sent, m, frame, words):
        return
    prev = _word_before(text, sent.start, m.start())
    if prev and _POSSESSIVE_WORD.search(prev[1]):
        return  # "the mayor's call for …": a noun owned by the possessive (_noun_cues)
    group = None
    if (
        prev
        and prev[1][:1].islower()
        and prev[1].lower() not in words.before_verb
        and not prev[1].endswith("ly")
        and not _ends_between(refs, sent.start, prev[0], m.start())
    ):
        group = _group_actor(doc, sent, m.start(), refs, words, voices)
        if group is None:
            return  # a noun, not a verb: "the class size offer falls short"
    if frame.content in _SLOTS:
        yield from _slot_items(doc, sent, m, frame, refs, voices, words)
        return
    if re.match(r"\s*not to be (?:named|identified|quoted)\b", text[m.end() : sent.end]):
        return  # "asked not to be named": the source's anonymity, not a demand
    actors = _verb_actors(doc, sent, m, refs, group, voices, speakers, words, parse)
    if frame.content in ("asked", "wanted", "expected"):
        found = _asked_content(text, sent, m, frame, refs, actors, words)
        if found is None:
            return
        rest_at, target, that = found
    else:
        rest_at, that = _content_start(text, sent, m, frame.type, words)
        target = None
    if not actors and words.own_subject.search(text, max(sent.start, m.start() - _LOOK), m.start()):
        # "(X said) the company had refused …": a subject of its own that names no actor we know
        return
    if not actors and _RELATIVE_SUBJECT.search(text, max(sent.start, m.start() - _LOOK), m.start()):
        # "(X said) Y rejected a proposal that called for …": the relative's noun is the subject
        return
    if not actors:
        # a move inside what someone said, with no subject of its own: the speaker's
        voice = _voice_at(voices, m.start())
        actors = list(voices[voice]) if voice else []
    if not actors or _no_content(text, sent, m, frame.type, rest_at, that, words):
        return
    end = tree_slots.cut(parse, m, rest_at, _clause_end(text, rest_at, sent.end))
    if _asserts(text, m.group(0), rest_at, end, words):
        return  # "suggested rockets may have been responsible": an assertion, not a proposal
    that_clause = bool(re.search(r"\bthat\s+[“\"]?$", text[m.start() : rest_at]))
    spans = _split_list(text, rest_at, end, words.base_verbs, commas=not that_clause)
    for s, e in tree_slots.items(parse, spans):
        yield actors, m.group(0), s, e, target, m.start()


def _not_this_move(text: str, sent, m: re.Match[str], frame: _Cue, words: _Words) -> bool:
    """Whether the cue at `m` is no move of its own: negated, a passive, inside what another cue
    asks, another sense of the word, a past stance, a free relative."""
    if _NEGATION.search(text, max(sent.start, m.start() - _LOOK), m.start()):
        return True
    if re.match(r"\s+by\b", text[m.end() : m.end() + 4]):
        return True  # a passive: handled by _passives
    if _HYPHEN_AFTER.match(text, m.end()) or _HYPHEN_BEFORE.search(
        text, max(0, m.start() - 2), m.start()
    ):
        return True  # part of a compound word: "present-day rules", "so-called", "offer-sheet"
    if words.asked_to.search(text, max(sent.start, m.start() - 100), m.start()):
        return True  # "urging A to press B to …": what A is asked to do, the outer cue's content
    if _NO_OBJECT.match(text, m.end(), sent.end):
        return True  # "offered no proof", "demanded nothing": what is moved is nothing
    if frame.other is not None and frame.other.match(text, m.end(), sent.end):
        return (
            True  # another sense of the word: "sought to play down …", "is prepared to walk away"
        )
    if _asked_passive(text, sent, m, frame):
        return (
            True  # "was asked for details", "were urged to …": the subject is asked, it asks no one
        )
    if m.group(0).lower().startswith("been ") and _HAD.search(
        text, max(sent.start, m.start() - 12), m.start()
    ):
        return True  # "had been willing to accept …": a past stance, not an offer now
    # "what Norway wants or how long …": a free relative names no move
    return _FREE_RELATIVE.search(text, max(sent.start, m.start() - 80), m.start()) is not None


def _asked_passive(text: str, sent, m: re.Match[str], frame: _Cue) -> bool:
    """Whether a demand cue is a passive participle after "be"/"get" ("was asked for", "were urged
    to"), not "is expected to" (the subject's own aim)."""
    first = m.group(0).split()[0].lower()
    if frame.type != "demand" or not first.endswith("ed") or first.startswith("expect"):
        return False
    return _BE_BEFORE.search(text, max(sent.start, m.start() - 30), m.start()) is not None


def _verb_actors(
    doc: Document,
    sent,
    m: re.Match[str],
    refs: Referents,
    group,
    voices,
    speakers,
    words: _Words,
    parse: Parse | None = None,
) -> list:
    """Who makes the move of a verb cue: an unnamed group heading the subject, a demonym, the
    subject of a purpose clause, the subject (with "X and Y"), the speaker of a participle after a
    quote, or the speaker of the quote when "we" makes it ("“We are offering …,” she said")."""
    text = doc.text
    actors = (
        [group]
        if group
        else _demonym_subject(text, sent, m.start(), words)
        or _purpose_subject(doc, sent, m.start(), refs)
        or _subjects(doc, refs, m.start(), sent.start, words)
        or _tree_subjects(doc, sent, m, refs, words, parse)
        or _participle_speaker(doc, sent, m, refs, (speakers, voices), words)
        or [g for g in [_group_actor(doc, sent, m.start(), refs, words, voices)] if g]
    )
    speaker = _quote_speaker(doc, speakers, m.start())
    if speaker is not None and _WE.search(text, max(sent.start, m.start() - _LOOK), m.start()):
        return [speaker]
    return actors


def _tree_subjects(
    doc: Document, sent, m: re.Match[str], refs: Referents, words: _Words, parse: Parse | None
) -> list[Referent]:
    """Parser tier: the subject the tree gives the cue verb (see tree_slots), read as on the
    surface."""
    if parse is None:
        return []
    verb = tree_slots.cue_verb(parse, m.start(), m.end())
    end = tree_slots.subject_at(parse, verb) if verb is not None else None
    return (
        _subjects(doc, refs, end, sent.start, words) if end is not None and end > sent.start else []
    )


def _asked_content(
    text: str, sent, m: re.Match[str], frame: _Cue, refs: Referents, actors: list, words: _Words
) -> tuple[int, str | None, re.Match[str] | None] | None:
    """(where the content starts, who is asked, a "that" determiner) of an asked/wanted/expected cue
    ("urged Ukraine to accept …": after "to"; "wants a ceasefire": the thing), or None when it asks
    no one."""
    rest_at = m.end()
    if _QUESTION.match(text, rest_at, sent.end):
        return None  # "asked whether the treaty required Sweden to …": a question, not a demand
    # not "wants to exploit the strike to recruit …": the subject's own aim, no one asked
    t = re.match(
        r"\s+((?!to\s)(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,5}?)\s+to\s+", text[rest_at : sent.end]
    )
    # "wants a ceasefire" (a thing, not an act: no target) is a demand too; "wants to …" is not
    wants_thing = (
        frame.content == "wanted" and _WANTS_THING.match(text, rest_at, sent.end) is not None
    )
    if (
        not t or re.fullmatch(r"(?:this|it|that|them|us|me|him|her)", t.group(1), re.I)
    ) and not wants_thing:
        return None
    if (
        t
        and not wants_thing
        and not _asks_party(refs, rest_at + t.start(1), t.group(1), frame, words)
    ):
        return None
    if wants_thing and t and not (t.group(1)[:1].isupper() or t.group(1).startswith("the ")):
        t = None  # "wants a fair deal to end …": the thing, not a target
    if not t:
        rest_at, that = _content_start(text, sent, m, frame.type, words)
        return rest_at, None, that
    tref = next(iter(refs.in_range(rest_at + 1, rest_at + t.end(1) + 2)), None)
    asked = refs.resolve(tref) if tref else None
    target = asked.actor_id if asked else None
    if target is not None and any(a is not None and a.actor_id == target for a in actors):
        target = None  # who is asked is not who asks: a wrong resolution, better none
    rest_at += t.end()
    if words.cognition.match(text, rest_at, sent.end):
        return None  # "wants the world to know that …": a wish about what someone knows, no move
    return rest_at, target, None


def _content_start(text: str, sent, m: re.Match[str], move: str, words: _Words):
    """(where the content starts, the "that" determiner match) after a cue with a plain clause: past
    a time ("agreed on Tuesday to …"), "that", an opening quote mark, "to" (not for a demand)."""
    rest_at = m.end()
    when = words.when.match(
        text, rest_at, sent.end
    )  # "agreed on Tuesday to …": the time is not the content
    if when and re.match(r"\s+(?:that|to)\s", text[when.end() : when.end() + 6]):
        rest_at = when.end()
    that = words.that_noun.match(text, rest_at, sent.end)  # "rejected that condition": a determiner
    t = re.match(
        r"\s+[“\"]?"
        if that
        else r"\s+(?:that\s+)?[“\"]?" + (r"(?:to\s+)?" if move != "demand" else ""),
        text[rest_at : sent.end],
    )
    return rest_at + (t.end() if t else 0), that


def _no_content(
    text: str, sent, m: re.Match[str], move: str, rest_at: int, that, words: _Words
) -> bool:
    """Whether the cue has no content of its own: only a pronoun object, punctuation or "if" after
    it, or it sits in a condition ("if Moscow rejected a ceasefire")."""
    if (
        _OBJECT_ONLY.match(text[rest_at : rest_at + 5])
        and move in ("proposal", "reject", "agree")
        and not that
    ):
        return True
    if (
        text[rest_at : rest_at + 1] in ",;:.)"
        or rest_at >= sent.end
        or re.match(r"if\b", text[rest_at : rest_at + 3])
    ):
        return True  # no content of its own ("threatened if …")
    return move != "threaten" and _condition_before(text, sent, m.start(), words.condition)


def _group_actor(
    doc: Document, sent, pos: int, refs: Referents, words: _Words, voices
) -> Referent | None:
    """ "Angry herders demanded …", "The dockers who picketed X's office want …": an unnamed group
    that is the whole subject of a verb cue at `pos`, from the sentence's start or from the start of
    what someone said ("Norway said farmers want …")."""
    voice = _voice_at(voices, pos)
    start = voice[0] if voice and voice[0] > sent.start else sent.start
    return group_subject(
        doc.text, refs, words.groups, start, _aux_start(doc.text, start, pos, words.aux)
    )


def _demonym_subject(text: str, sent, pos: int, words: _Words) -> list[Referent]:
    """ "The Finns insist on …": a plural demonym after "the", subject of a cue at `pos`, is the
    state."""
    verb_at = _aux_start(text, sent.start, pos, words.aux)
    m = _THE_PLURAL.search(text, max(sent.start, verb_at - 40), verb_at)
    if m is None:
        return []
    state = words.demonyms.get(m.group(1))
    return [Referent(m.start(1), m.end(1), state[1], state[0], "actor")] if state else []


_THE_PLURAL = re.compile(r"(?<![\w-])[Tt]he ([A-Z][\w-]*s)\s+$")


def _purpose_subject(doc: Document, sent, pos: int, refs: Referents) -> list[Referent]:
    """ "EU mediators flew to Nairobi last week to press for …", "Norway agreed to call for …": a
    cue in an infinitive is the move of its clause's subject, the first of the sentence, when no
    other clause (that, who, said, a semicolon) stands between them; not a place or an object
    nearer to "to"."""
    text = doc.text
    to = _TO_BEFORE.search(text, max(sent.start, pos - 6), pos)
    if to is None:
        return []
    for r in reversed(refs.before(to.start(), sent.start)):
        if _in_clause_before(text, r.end, to.start()):
            return []
        if not refs.oblique(r) and not refs.in_quote(r):
            subj = refs.resolve(r)
            return [subj] if subj else []
    return []


_TO_BEFORE = re.compile(r"(?<![\w’'-])to\s+$")


def _body_subject(doc: Document, refs: Referents, oblique: Referent) -> Referent | None:
    """ "Norway demands a corridor along the border with Sweden. It also wants …": "it" is the body
    that was the subject of the sentence naming `oblique` (an object, "with Sweden"), if any."""
    sent = doc.sentence_at(oblique.start)
    for r in refs.in_range(sent.start, oblique.start):
        if (
            r.kind in ("actor", "body")
            and r.end <= oblique.start
            and not refs.oblique(r)
            and not refs.in_quote(r)
        ):
            return r
    return None


def _group_before(doc: Document, refs: Referents, pos: int, words: _Words) -> Referent | None:
    """The unnamed group opening the sentence before the one holding `pos`, as its subject."""
    k = bisect.bisect_right(_sentence_starts(doc), pos) - 1
    if k < 1:
        return None
    prev = doc.sentences[k - 1]
    return group_opening(doc.text, refs, words.groups, prev.start, prev.end)


def _participle_speaker(
    doc: Document, sent, m: re.Match[str], refs: Referents, spans, words: _Words
) -> list:
    """ "“…,” she said, urging …", "said Lund, calling for …", "Lund said the talks failed, urging
    …": a participial cue after a speech clause and a comma is the speaker's: the speaker of the
    quote the clause attributes (or ends), else the subject of the speech verb right before the
    comma."""
    text = doc.text
    at = m.start()
    while at > sent.start and text[at - 1].isspace():
        at -= 1
    at -= 1
    if at <= sent.start or text[at] != "," or not _ING_CUE.match(m.group(0)):
        return []
    for quotes in spans:
        for a, b in reversed(
            quotes.keys_sorted[
                max(0, bisect.bisect_right(quotes.starts, at) - 3) : bisect.bisect_right(
                    quotes.starts, at
                )
            ]
        ):
            gap = text[b:at]
            if (
                b <= at
                and a >= sent.start
                and len(gap) <= 60
                and (
                    not gap.strip(' ,”"')
                    or any(w in words.speech for w in re.findall(r"[a-z]+", gap))
                )
            ):
                q = quotes[(a, b)]
                return (
                    list(q)
                    if isinstance(q, list)
                    else [Referent(q.start, q.start, q.speaker, q.speaker_id, "person")]
                )
    k = at
    while k > sent.start and _word_char(text[k - 1]):
        k -= 1
    if text[k:at] in words.speech:
        subj = refs.resolve(refs.subject_before(k, sent.start))
        return [subj] if subj else []
    return []


_ING_CUE = re.compile(r"[a-z]+ing\b", re.I)


def _asserts(text: str, cue: str, start: int, end: int, words: _Words) -> bool:
    """Whether the clause of an assertive cue ("suggested", "insisted that", "insistence that")
    states a fact: "suggested the strike cost the town a fortune", not "suggested talks resume"."""
    low = cue.lower()
    if not low.startswith(words.assertive) or low.endswith(" on"):
        return False
    return words.asserted.match(text, start, end) is not None


# --- content slots of move frames (`content` of a `move_cues` group; see data/lexicon.yml) ---


@dataclass(frozen=True)
class _FrameWords:
    """The patterns of the content slots, built from the lexicon once per knowledge."""

    body: re.Pattern[str]  # "the council": who is expected to act, when no name is
    condition: re.Pattern[str]  # "(made) a tariff freeze a condition for"
    condition_that: re.Pattern[str]  # "(made) it a condition that"
    bare: re.Pattern[str]  # "(insisted) its farmers be exempted"
    plan: re.Pattern[str]  # "(circulated) a five-point plan"
    plan_not: re.Pattern[str]  # "(made the offer) a condition …": the object is the condition's
    intention: frozenset[str]  # "(announced) plans to …": an intention, not a proposal
    granted: re.Pattern[str]  # "(conceded that) inspectors may board"
    documents: re.Pattern[str]  # "the document (also) calls for", "a draft that calls for"
    owned_document: re.Pattern[
        str
    ]  # "Kenya's peace plan", "the UN draft": a document with its author
    exchange: re.Pattern[str]  # "in exchange for"
    interim: re.Pattern[str]  # "until": what should hold meanwhile
    conditions: tuple  # (a condition's marker, a negation before it)
    condition_keys: frozenset[
        str
    ]  # the markers less their first letter ("nless"): one must be in the sentence
    times: frozenset[str]  # "(until) Monday", "(until) May": a time, not a condition
    acquired: re.Pattern[
        str
    ]  # "(wanted) to (try to) secure": a verb of getting, its object after it


# a word in an object, not after it
_NO_PREP = r"(?!(?:about|of|on|with|for|in|at|over|to|by|from|against|that)\b)"
# what may open the object of a `plan` frame: "(made) an offer", "(made) three offers", "(made)
# several concessions"
_PLAN_DETERMINERS = (
    r"a|an|the|its|their|his|her|our|another|new|fresh|further|more|several|some|two|three|four|"
    r"five|\d+"
)


def _frame_words(kn: Knowledge) -> _FrameWords:
    lex, alt = kn.lexicon, alternation
    bodies = (
        set(kn.words("collective_nouns"))
        | set(kn.words("referring_nouns"))
        | {str(h).lower() for h in lex.get("organization_heads", {})}
    )
    cond = alt(kn.words("condition_nouns"))
    proposals = alt(lex.get("move_nouns", {}).get("proposal", []))
    no_subject = r"(?!(?:that|on|upon|to|for|in|at|by|with)\b)"
    docs = alt(kn.words("document_nouns"))
    when = alt(
        list(lex.get("weekdays", ())) + list(lex.get("time_nouns", ()))
    )  # "a draft (last week) that …"
    return _FrameWords(
        body=re.compile(r"the\s+(?:[\w-]+\s+)?(?:" + alt(bodies) + r")", re.I),
        condition=re.compile(
            r"\s+([^,;.“”\"]{2,80}?)\s+(?:as\s+)?(?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:"
            + cond
            + r")\s+(?:for|of|to)\b"
        ),
        condition_that=re.compile(
            r"\s+it\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?(?:" + cond + r")\s+that\s+"
        ),
        bare=re.compile(
            r"\s+"
            + no_subject
            + r"((?:[\w’'-]+\s+){1,5}?)(?:be|"
            + alt(kn.words("base_verbs"))
            + r")\b"
        ),
        plan=re.compile(
            r"\s+(?:"
            + _NO_PREP
            + r"(?!no\b)[\w’'-]+\s+){0,3}?((?:(?:"
            + _PLAN_DETERMINERS
            + r")\s+(?:"
            + _NO_PREP
            + r"[\w-]+\s+){0,3}?)?("
            + proposals
            + r"))\b",
            re.I,
        ),
        plan_not=re.compile(r"\s+(?:as\s+)?(?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:" + cond + r")\b"),
        intention=frozenset(str(w).lower() for w in kn.words("intention_nouns")),
        granted=re.compile(
            r"(?:[\w’'-]+\s+){1,6}?(?:" + alt(kn.words("concession_modals")) + r")\s+\w"
        ),
        documents=re.compile(
            r"\b(?:(the|this|that)|an?)\s+((?:[\w.’'-]+\s+){0,2}?)(?:" + docs + r")\s+"
            r"(?:(?:on\s+|last\s+|this\s+)?(?:" + when + r")\s+)?(?:(?:that|which)\s+)?"
            r"(?:(?:also|would|will|further|still|now)\s+)*call(?:s|ed|ing)?\s+for\s+",
            re.I,
        ),
        owned_document=re.compile(
            r"(?:([’']s?|\b(?:its|their))|\b(?:[Tt]he|[Aa]n?)\s+([\w.’'-]+))\s+(?:[\w-]+\s+)?(?:"
            + docs
            + r")\b"
        ),
        exchange=re.compile(r",?\s+(?:" + alt(kn.words("exchange_markers")) + r")\s+"),
        interim=re.compile(r"\b(?:" + alt(kn.words("interim_words")) + r")\b"),
        conditions=_condition_patterns(
            tuple(kn.words("condition_markers")), tuple(kn.words("condition_negations"))
        ),
        condition_keys=frozenset(str(w)[1:] for w in kn.words("condition_markers")),
        times=frozenset(str(w) for w in [*lex.get("weekdays", ()), *lex.get("months", ())]),
        acquired=re.compile(
            r"\s+to\s+(?:try\s+to\s+)?(?:"
            + alt(kn.words("acquisition_verbs"))
            + r")\s+(?!(?:it|this|that|them|him|her|us|me|back|out|away|rid|on|off|into|through|"
            r"together|along|around|ahead|to|there|here)\b)(?=[\w$“\"])"
        ),
    )


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
    if re.match(r"that\b", who, re.I) or re.search(r"\binto\b", who):
        return False
    return (
        frame.content != "expected"
        or refs.starting_at(at) is not None
        or words.frames.body.fullmatch(who) is not None
    )


def _slot_into(text: str, at: int, end: int, fw: _FrameWords) -> tuple[int, int] | None:
    """ "nudged Italy into opening its ports": the -ing clause after "X into"."""
    m = re.match(
        r"\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?\s+into\s+(?=[a-z]+ing\b)", text[at:end]
    )
    return (at + m.end(), _clause_end(text, at + m.end(), end)) if m else None


def _slot_condition(text: str, at: int, end: int, fw: _FrameWords) -> tuple[int, int] | None:
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


def _slot_bare(text: str, at: int, end: int, fw: _FrameWords) -> tuple[int, int] | None:
    """ "insisted its farmers be exempted": a clause without "that" whose verb is a subjunctive."""
    m = fw.bare.match(text, at, end)
    if m is None:
        return None
    ws = m.group(1).lower().split()
    if not _BARE_STOP.isdisjoint(ws) or ws[-1] in _BARE_BEFORE_VERB:
        return None
    return m.start(1), _clause_end(text, m.start(1), end)


def _slot_plan(text: str, at: int, end: int, fw: _FrameWords) -> tuple[int, int] | None:
    """ "circulated a five-point plan for …", "made two offers": the object, when a proposal noun
    heads it; not "made the offer a condition for …" nor "announced plans to …" (an intention)."""
    m = fw.plan.match(text, at, end)
    if m is None or fw.plan_not.match(text, m.end(), end):
        return None
    if m.group(2).lower() in fw.intention and re.match(r"\s+to\b", text[m.end() : m.end() + 4]):
        return None
    return m.start(1), _clause_end(text, m.start(1), end)


def _slot_granted(text: str, at: int, end: int, fw: _FrameWords) -> tuple[int, int] | None:
    """ "conceded that inspectors may board …": the clause, when a modal of permission is its
    verb."""
    start = at + len(text[at:end]) - len(text[at:end].lstrip())
    return (start, _clause_end(text, start, end)) if fw.granted.match(text, start, end) else None


def _slot_acquired(text: str, at: int, end: int, fw: _FrameWords) -> tuple[int, int] | None:
    """ "wants to secure paid rest breaks", "hopes to win a bigger quota": the object of a verb of
    getting after "to" (not "to get back to the table", "to win it")."""
    m = fw.acquired.match(text, at, end)
    return (m.end(), _clause_end(text, m.end(), end)) if m else None


_SLOTS = {
    "acquired": _slot_acquired,
    "into": _slot_into,
    "condition": _slot_condition,
    "bare": _slot_bare,
    "plan": _slot_plan,
    "granted": _slot_granted,
}


def _slot_items(
    doc: Document, sent, m: re.Match[str], frame: _Cue, refs: Referents, voices, words: _Words
):
    """The items of a frame whose content is a slot of _SLOTS, with the subject or the speaker as
    actor (the slot first: most words of these frames fill none)."""
    text = doc.text
    span = _SLOTS[frame.content](text, m.end(), sent.end, words.frames)
    if span is None or span[1] - span[0] < 3:
        return
    actors = _subjects(doc, refs, m.start(), sent.start, words)
    if not actors and not words.own_subject.search(
        text, max(sent.start, m.start() - _LOOK), m.start()
    ):
        voice = _voice_at(voices, m.start())
        actors = list(voices[voice]) if voice else []
    if not actors or _condition_before(text, sent, m.start()):
        return
    for s, e in _split_list(text, span[0], span[1], words.base_verbs, commas=False):
        yield actors, m.group(0), s, e, None, m.start()


def _noun_cues(doc: Document, sent, nouns: list[str], refs: Referents, words: _Words):
    """The moves a move noun names: by an agent after it, with examples after it, or owned."""
    pats = _noun_patterns(tuple(nouns))
    yield from _agent_nouns(doc, sent, pats[0], refs, words)
    yield from _example_nouns(doc, sent, pats[1], refs, words)
    yield from _owned_nouns(doc, sent, pats[2], refs, words)


@functools.lru_cache(maxsize=16)
def _noun_patterns(nouns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    noun_alt = _alt(nouns)
    return (
        re.compile(r"\b((?:[\w-]+\s+){0,2}?)(" + noun_alt + r")\s+(?:from|by)\s+(?:the\s+)?", re.I),
        re.compile(
            r"(?:[’']s|\b(?:its|their|his|her))\s+(?:[\w-]+\s+){0,2}?("
            + noun_alt
            + r")\b[^.;:]{0,40}?(?:—|–|,|:)?\s*(?:such as|including|namely|:)\s+",
            re.I,
        ),
        re.compile(
            r"(?:[’']s?|\b(?:its|their|his|her))\s+(?:[\w-]+\s+){0,2}?("
            + noun_alt
            + r")\s+(to|for|that|on|of)\s+",
            re.I,
        ),
    )


_DETERMINER = re.compile(r"\b(?:the|a|an|these|those|its|their)\s+", re.I)


def _agent_nouns(doc: Document, sent, pattern: re.Pattern[str], refs: Referents, words: _Words):
    """ "quota proposals from Iceland", "counterproposals by Chile and Peru": the agents' move;
    with a complement after the agents ("a proposal from Chile to share the catch", "a request by
    Peru for talks"), the complement is what is proposed or asked, as after an owner
    (_complement)."""
    text = doc.text
    s_text = text[sent.start : sent.end]
    for m in pattern.finditer(s_text):
        owners = _agents_at(text, sent, refs, sent.start + m.end())
        resolved = [x for x in (refs.resolve(o) for o in owners) if x is not None]
        if not resolved:
            continue
        cue_at, noun = sent.start + m.start(2), m.group(2)
        link = _LINK.match(text, owners[-1].end, sent.end)
        spans = _complement(text, sent, noun, link.group(1), link.end(), words) if link else []
        for s, e in spans or [
            (_agent_np_start(text, sent.start + m.start(), cue_at), owners[-1].end)
        ]:
            yield resolved, noun, s, e, None, cue_at


_LINK = re.compile(r"\s+(to|for|that|on|of)\s+", re.I)


def _agents_at(text: str, sent, refs: Referents, at: int) -> list[Referent]:
    """The agents named from `at` on: "Chile", "Chile and Peru", "Chile, Peru and Ecuador"."""
    owners: list[Referent] = []
    for r in refs.in_range(at, sent.end):
        if r.start == at or (
            owners and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[owners[-1].end : r.start])
        ):
            owners.append(r)
    return owners


def _agent_np_start(text: str, start: int, cue_at: int) -> int:
    """Where the noun phrase of a move noun with agents starts: at its determiner, without a verb
    before it ("(rejected) a request from X", "(studied) quota proposals from X") nor an article."""
    det = None
    for det in _DETERMINER.finditer(text, start, cue_at):  # noqa: B007 - the last one
        pass
    start = det.start() if det else start
    first = re.match(
        r"(?:(?:and|or|but|the|a|an|these|those|its|their|[a-z]+ed)\s+)+", text[start:cue_at], re.I
    )
    return start + (first.end() if first else 0)


def _example_nouns(doc: Document, sent, pattern: re.Pattern[str], refs: Referents, words: _Words):
    """ "Norway's new demands at the Bergen round — such as A, B, and C": one item per example."""
    text = doc.text
    for m in pattern.finditer(text[sent.start : sent.end]):
        owner = _owner(doc, refs, sent, sent.start + m.start(), words)
        if owner is None:
            continue
        list_start = sent.start + m.end()
        end = _clause_end(text, list_start, sent.end, in_list=True)
        for s, e in _split_list(text, list_start, end, words.base_verbs):
            yield [owner], m.group(1), s, e, None, sent.start + m.start(1)


def _owned_nouns(doc: Document, sent, pattern: re.Pattern[str], refs: Referents, words: _Words):
    """ "Chile's offer to scrap the port fees", "Peru's insistence that it …", "the union's call for
    …"."""
    text = doc.text
    for m in pattern.finditer(text[sent.start : sent.end]):
        if any(
            w.lower() in words.named_moves for w in m.group(0)[: m.start(1) - m.start()].split()[1:]
        ):
            # "Chile's offer calls for …": the noun is a verb after a move of Chile's
            # (_document_calls)
            continue
        owner = _owner(doc, refs, sent, sent.start + m.start(), words)
        if owner is None:
            continue
        for s, e in _complement(text, sent, m.group(1), m.group(2), sent.start + m.end(), words):
            yield [owner], m.group(1), s, e, None, sent.start + m.start(1)


# "(an offer) to the union", "(a proposal) to Chile": the one addressed, not a to-infinitive
_ADDRESSEE = re.compile(
    r"(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|all|both|each)\b|[A-Z\d$€£])"
)


def _complement(
    text: str, sent, noun: str, link: str, c_start: int, words: _Words
) -> list[tuple[int, int]]:
    """The items a move noun's complement states: "(offer) to scrap the fees", "(call) for talks",
    "(insistence) that …"; none when the link word makes no move of the noun ("conditions for
    peace", "plans to strike"), "to" addresses someone, or a that-clause states a fact."""
    kind = link.lower()
    if _not_owned_move(noun.lower(), kind, words):
        return []
    if kind == "to" and _ADDRESSEE.match(text, c_start):
        return []
    end = _clause_end(text, c_start, sent.end)
    if kind == "that" and _asserts(text, noun, c_start, end, words):
        return []  # "Kenya's insistence that it never sent troops": a claim, not a demand
    if kind in ("for", "of", "on", "to"):  # the noun's phrase ends where the verb begins
        end = _np_end(text, c_start, end, words)
    return _split_list(text, c_start, end, words.base_verbs, commas=kind != "that")


def _not_owned_move(noun: str, link: str, words: _Words) -> bool:
    """Whether an owned noun with this link word names no move of the owner's."""
    if link == "of":
        return not noun.startswith(
            ("accept", "concess", "offer")
        )  # "an offer of talks"; "demands of the union"
    if link == "on":
        return not noun.startswith("insist")
    if link == "for":
        return noun.startswith(
            "condition"
        )  # "conditions for peace": what must come first, not a demand
    return link == "to" and noun in words.intention  # "his plans to strike the camps": an intention


def _np_end(text: str, start: int, end: int, words: _Words) -> int:
    """Where a noun-phrase content ends: at the sentence's own finite verb ("its call for talks was
    …"), not at a verb of a to-infinitive inside it ("a request for the crews to remain on
    board")."""
    past = _PAST_WITH_OBJECT.search(text, start, end)  # "(an offer of berths) surprised the port"
    end = past.start() if past else end
    for verb in words.finite.finditer(text, start, end):
        if not re.search(r"\bto\s*$", text[max(start, verb.start() - 4) : verb.start()]):
            return verb.start()
    return end


_PAST_WITH_OBJECT = re.compile(
    r"\s+[a-z]{2,}ed(?=\s+(?:the|a|an|its|their|his|her|this|these|those)\s)"
)


def _owner(
    doc: Document, refs: Referents, sent, poss_at: int, words: _Words | None = None
) -> Referent | None:
    """Who "X's" or "its/their/his/her" at `poss_at` stands for; with `words`, "the harbourmaster's"
    (a noun no list names, not a document's) is the noun phrase as written."""
    text = doc.text
    word = re.match(r"\b(its|their|his|her)\b", text[poss_at : poss_at + 6])
    if word:
        pron = {"its": "it", "their": "they", "his": "he", "her": "she"}[word.group(1)]
        return refs.resolve(Referent(poss_at, poss_at + len(word.group(1)), pron, None, "pronoun"))
    owner = refs.ending_at(poss_at)
    if owner is None:
        noun = _THE_NOUN.search(text, max(sent.start, poss_at - 40), poss_at) if words else None
        if (
            noun and words and not words.document.fullmatch(noun.group(1))
        ):  # "the harbourmaster's call"
            return Referent(
                noun.start(), poss_at, text[noun.start() : poss_at], None, "description"
            )
        owner = refs.subject_before(poss_at, sent.start)
    if owner is not None and owner.kind == "role" and owner.end == poss_at:
        return refs.resolve(owner) or owner  # "the mayor's call": the mayor, named before or not
    return refs.resolve(owner) if owner else None


def _premodifier_owner(
    doc: Document, refs: Referents, demonyms, start: int, end: int
) -> Referent | None:
    """Who the word(s) at [start, end) right before a move noun name: a demonym ("the Swedish
    demand") or a name ("an EU proposal"), not a possessive (see _noun_cues)."""
    word = doc.text[start:end]
    if word in demonyms:
        entry, name = demonyms[word]
        return Referent(start, end, name, entry, "actor")
    owner = refs.ending_at(end)
    if owner is None or owner.start < start - 40 or owner.kind == "pronoun":
        return None
    return refs.resolve(owner)


@functools.lru_cache(maxsize=16)
def _modifier_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A move noun after a capitalised word (the owner, read back from the noun): "EU proposal
    to"."""
    return re.compile(r"(?<=[\w.’'-] )(" + _alt(nouns) + r")\s+(to|for)\s+")


def _modifier_nouns(
    doc: Document, sent, demonyms, refs: Referents, nouns: list[str], move: str, words: _Words
):
    """ "the Swedish demand for a quota", "an EU proposal to share …", "a fresh two-stage Danish
    plan to …": a move noun owned by the demonym or name before it (up to two modifiers may stand
    between the article and the owner); a demand's content is what follows, a proposal keeps its
    noun."""
    text = doc.text
    for m in _modifier_pattern(tuple(nouns)).finditer(text, sent.start, sent.end):
        before = _word_before(text, sent.start, m.start(1))
        if before is None or before[1][-2:] in ("'s", "’s") or before[1][:1].islower():
            continue
        at, word = before[0], before[1]
        article = re.search(
            r"\b(?:a|an|the)\s+(?:(?!(?:on|of|for|to|in|at|with)\b)[\w-]+\s+){0,2}$",
            text[max(sent.start, at - 40) : at],
            re.I,
        )
        if m.group(2).lower() == "to" and m.group(1).lower() in words.intention:
            # "European plans to raise tariffs": an intention, not a proposal (intention_nouns)
            continue
        owner = _premodifier_owner(doc, refs, demonyms, at, at + len(word))
        if owner is None:
            continue
        c_start = m.end() if move == "demand" else at - (len(article.group(0)) if article else 0)
        end = _clause_end(text, m.end(), sent.end)
        if move == "demand" and m.group(2) == "for":
            end = _np_end(text, m.end(), end, words)
        yield (
            [owner],
            m.group(1),
            c_start,
            end,
            None,
            at,
        )  # the owner is the cue: "offer" is no verb here


def _document_calls(doc: Document, sent, demonyms, refs: Referents, words: _Words):
    """ "The document also calls for …", "a draft that calls for …": a move of the document's
    author (see `document_nouns`); a demand when it calls for another party to act, else a
    proposal."""
    text = doc.text
    if "call" not in text[sent.start : sent.end]:
        return
    for m in words.frames.documents.finditer(text, sent.start, sent.end):
        owner = _document_author(doc, sent, demonyms, refs, m, words)
        if owner is None:
            continue
        end = _clause_end(text, m.end(), sent.end)
        asked = refs.starting_at(m.end())
        move = (
            "demand"
            if asked and re.match(r"\s+to\s", text[asked.end : asked.end + 4])
            else "proposal"
        )
        for s, e in _split_list(text, m.end(), end, words.base_verbs):
            yield move, ([owner], "calls for", s, e, None, m.start())


def _document_author(
    doc: Document, sent, demonyms, refs: Referents, m: re.Match[str], words: _Words
):
    """The author of a document that calls for something: its modifier ("the UN plan"), the subject
    of the sentence for "a draft that …", else the owner of the last document named before."""
    words_at = [
        (w.start() + m.start(2), w.end() + m.start(2))
        for w in re.finditer(r"[\w.’'-]+", m.group(2))
    ]
    for a, b in words_at:
        owner = _premodifier_owner(doc, refs, demonyms, a, b)
        if owner is not None:
            return owner
    if m.group(1) is None:  # "a draft that calls for": who produced it, the subject of its clause
        return _producer(doc, sent, refs, m.start(), words)
    floor = max(0, m.start() - 1500)
    last = None
    for o in words.frames.owned_document.finditer(doc.text, floor, m.start()):
        last = o
    if last is None:
        return None
    if last.group(1) is not None:
        return _owner(doc, refs, doc.sentence_at(last.start()), last.start())
    return _premodifier_owner(doc, refs, demonyms, last.start(2), last.end(2))


def _producer(doc: Document, sent, refs: Referents, at: int, words: _Words) -> Referent | None:
    """Who produced the document named at `at` ("X produced a draft that calls for …"): the subject
    of the clause holding it (after "reported that", "said"), unless its verb is a move of another
    kind ("X rejected a proposal that called for …": the proposal is someone else's)."""
    floor = max(sent.start, at - _LOOK)  # a clause boundary within reach, not the whole sentence's
    for b in _CLAUSE_WORDS.finditer(doc.text, floor, at):
        floor = b.end()
    head = [r for r in refs.in_range(floor, min(at, floor + 60)) if r.kind != "pronoun"]
    if not head or words.others_move.search(doc.text, head[0].end, at):
        return None
    return refs.resolve(head[0])


@functools.lru_cache(maxsize=16)
def _subject_pattern(nouns: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A proposal noun with its owner (a possessive, or a word after the article: "the EU plan"),
    then a verb of `proposal_content_verbs`, maybe after "that" and auxiliaries; a lookahead entry
    matches nothing, so the blank before it closes the match (the content starts at its verb)."""
    return re.compile(
        r"(?:([’']s?|\b(?:its|their|his|her))|\b(?:[Tt]he|[Aa]n?)\s+([\w.-]+))\s+(?:[\w-]+\s+){0,2}?("
        + _alt(nouns)
        + r")\s+(?:(?:that|which)\s+)?(?:(?:would|had|has|also|will|could)\s+)*("
        + "|".join(verbs)
        + r")(?:\s+|(?<=\s))",
        re.I,
    )


def _proposal_subjects(doc: Document, sent, kn: Knowledge, refs: Referents, nouns: list[str]):
    """ "Lund's draft calls for a trawling pause", "the EU plan cuts A and raises B", "their offer
    guaranteeing …": a proposal by the owner, content after the verb (or the verb's own phrase)."""
    text = doc.text
    words = _Words.of(kn)
    for m, owner in _owned_subjects(doc, sent, kn, refs, nouns):
        cue = m.group(4).strip() or m.group(3)
        for s, e in _stated_items(text, m.end(), sent.end, words):
            yield [owner], cue, s, e, None, m.start(3)


def _owned_subjects(doc: Document, sent, kn: Knowledge, refs: Referents, nouns: list[str]):
    """(match, owner) of each owned proposal noun in `sent` that is the subject of a content
    verb."""
    words = _Words.of(kn)
    pat = _subject_pattern(tuple(nouns), tuple(kn.lexicon["proposal_content_verbs"]))
    for m in pat.finditer(doc.text, sent.start, sent.end):
        if m.group(1) is not None:
            owner = _owner(doc, refs, sent, m.start(), words)
        elif m.group(2)[:1].isupper():
            owner = _premodifier_owner(doc, refs, words.demonyms, m.start(2), m.end(2))
        else:
            continue
        if owner is not None:
            yield m, owner


_INCLUDING = re.compile(r",?\s+(?:including|such as)\s+")


def _stated_items(text: str, start: int, end: int, words: _Words) -> list[tuple[int, int]]:
    """The items of what a document states: its list ("cuts A, raises B and limits C"), and after
    "A, including B, C and D" the object A and each example."""
    stop = _clause_end(text, start, end)
    items = _split_list(text, start, stop, words.stated_verbs)
    inc = _INCLUDING.match(text, stop, end)
    if inc and items:
        items += _split_list(
            text, inc.end(), _clause_end(text, inc.end(), end, in_list=True), words.base_verbs
        )
    return items


def _passives(doc: Document, sent, refs: Referents, words: _Words):
    """ "A truce put forward by Chile on Friday": the noun phrase before the participle is the
    content."""
    text = doc.text
    for m in words.passive.finditer(text, sent.start, sent.end):
        agent = refs.starting_at(m.end())
        agent = refs.resolve(agent) if agent else None
        if agent is None:
            continue
        np = re.search(
            r"\b(?:a|an|the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,4}$",
            text[sent.start : m.start()],
            re.I,
        )
        if np is None:
            continue
        start = sent.start + np.start()
        tail = re.match(r"\s+(?:last|this|next|on|in)\s+\w+", text[agent.end : sent.end])
        end = agent.end + (tail.end() if tail else 0)
        yield (
            words.passive_kinds[m.group(1).lower()],
            [agent],
            m.group(1),
            start,
            end,
            None,
            m.start(),
        )


def _owned_participles(doc: Document, sent, refs: Referents, words: _Words):
    """ "Norway's proposed quota of 40,000 tonnes", "their suggested swap": the owner's move, of the
    participle's type (a proposal or a demand in `passive_cues`); the content is the noun phrase
    after the participle, to the sentence's own verb."""
    text = doc.text
    for m in words.owned_participle.finditer(text, sent.start, sent.end):
        owner = _owner(doc, refs, sent, m.start(), words)
        if owner is None:
            continue
        c_start = m.end()
        end = _np_end(text, c_start, _clause_end(text, c_start, sent.end), words)
        for s, e in _split_list(text, c_start, end, words.base_verbs):
            yield (
                words.passive_kinds[m.group(1).lower()],
                [owner],
                m.group(1),
                s,
                e,
                None,
                m.start(1),
            )


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
_OWN_NEED = re.compile(r"\b(?:we|i|you|it|that|this)\s+$", re.I)
_INVERTED = re.compile(r"(?:we|they|he|she|it|i|you|there|the)\b", re.I)
_OTHER_SIDE = re.compile(
    r"(?:^|[\s“\"])(?:they|[A-Z][\w’'-]*)\s+$"
)  # "they need to", "Sweden has to"
# "more than they have to": a comparison, not a demand
_NOT_THEIR_NEED = re.compile(r"\b(?:as|than|what|how|if|so|whatever)\s+\S+\s+$", re.I)
_AND_CLAUSE = re.compile(r",?\s+(?:and|but|or)\s+")
_CONDITION_AFTER = re.compile(r"\s+(?:before|until|unless)\s+")


def _modal_items(
    text: str, sent, q, m: re.Match[str], base_verbs: frozenset[str], end: int | None = None
):
    end = end or _clause_end(text, m.end(), sent.end)
    # the speaker stands outside the content: not at the quote's start, which the content (with its
    # subject: "The mill must close …") may cover, so a second modal of the quote is not taken by it
    speaker = Referent(-1, -1, q.speaker, q.speaker_id, "person")
    subject = _modal_subject(text, q.start, m)
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


@functools.lru_cache(maxsize=8)
def _condition_patterns(markers: tuple[str, ...], negations: tuple[str, ...]) -> tuple:
    """(a condition's marker, a negation before it)."""
    return (
        re.compile(r"\b(" + _alt(markers) + r")\s+", re.I),
        re.compile(
            r"(?:\b(?:" + _alt(tuple(n for n in negations if n[0].isalpha())) + r")\b|n't\b)", re.I
        ),
    )


def _conditions(doc: Document, sent, refs: Referents, spans, words: _Words):
    """ "refuses to return unless the council restores the bonus", "will not sign until (after) …",
    "will sign only if …": the condition (a clause) is the subject's demand, or the speaker's."""
    text = doc.text
    kn_words = words.frames
    marker, negation = kn_words.conditions
    chunk = text[sent.start : sent.end]
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
    actors = _condition_actors(doc, sent, refs, spans, words, at, m.start())
    start = m.end() + (text[m.end()] in '“"')  # unless “Sweden gives …”: the quote mark stays out
    if actors:
        yield actors, m.group(1), start, end, None, m.start()


def _condition_actors(
    doc: Document, sent, refs: Referents, spans, words: _Words, at: int, pos: int
) -> list:
    """Who sets a condition: the subject of its verb at `at`; "we" or "I" in a quote, the speaker;
    else the speaker of what it is said in."""
    voices, speakers = spans
    while at > sent.start and _word_char(doc.text[at - 1]):
        at -= 1  # "won't": from the word's start
    speaker = _quote_speaker(doc, speakers, pos)
    if speaker is not None and _WE.search(doc.text, max(sent.start, at - 40), at):
        return [speaker]
    actors = _subject_near(doc, refs, at, sent.start, words)
    if not actors:
        voice = _voice_at(voices, pos)
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


_PERSONAL = frozenset("i you we they he she".split())
_BEFORE_NOUN = frozenset(
    "the a an its their his her our this that these those any every some".split()
)


def _is_clause(text: str, start: int, end: int, words: _Words) -> bool:
    """Whether a condition is a clause with a finite verb ("until the council restores …", "until
    the ferries are back"), not a time or a noun phrase ("until next week", "until the end of the
    talks")."""
    ws = text[start : min(end, start + 200)].lstrip('“"').split()  # its first words tell
    if len(ws) < 3 or ws[0][:1].isdigit() or ws[0].strip(",") in words.frames.times:
        return False  # "until 2031, …", "until Monday, when …": a time
    if words.finite.search(" " + " ".join(ws)) or ws[0].lower() in _PERSONAL:
        return True  # "until the council restores …", "until after you pay …"
    return any(
        (
            w.islower()
            and w.endswith(("s", "ed"))
            and not w.endswith(("ss", "us", "is"))
            and ws[i - 1].lower() not in _BEFORE_NOUN
        )
        or (
            w in words.base_verbs
            and ws[i - 1].endswith("s")
            and ws[i - 1].lower() not in _BEFORE_NOUN
        )
        for i, w in enumerate(ws)
        if i
    )  # "… restores", "… ended", "(the trawlers) leave"


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
    if m is None:
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


def _clause_end(text: str, start: int, end: int, in_list: bool = False) -> int:
    """Where the content clause ends; ", believing …" ends it too, except inside a list. A
    parenthetical the content goes on after (", including the two ferries, fitted with …") does
    not end it, nor does ", and the …" closing a list ("A, B, and the C")."""
    at = start
    while True:
        m = first_match(_CLAUSE_END, text, at, end)
        stop = m.start() if m else end
        p = None if in_list else first_match(_PARTICIPLE, text, at, stop)
        stop = p.start() if p else stop
        go_on = _PARENTHETICAL.match(text, stop, end) or _list_goes_on(text, start, stop, end)
        if go_on is None:
            break
        at = go_on.end()
    while stop > start and text[stop - 1] in " ,":
        stop -= 1
    return stop


# ", including the two ferries," / ", most of them built in 1990," / ", which are worth millions," /
# ", and advised by engineers,": an insertion, when the content goes on after it (a preposition, a
# participle, "to")
_PARENTHETICAL = re.compile(
    r",\s+(?:including|excluding|such as|notably|especially|in particular|which|who|whose|"
    r"(?:most|many|some|all|none|several|both|each|one|two|three|half)\s+of|"
    r"(?:(?:and|or)\s+)?[a-z]+(?:ed|en)\s+by)\b[^,;:.!?—–“”\"()]{1,80}?,\s+"
    r"(?=(?:under|for|with|to|into|from|by|at|in|on|until|before|after|within|without|"
    r"over|against|across|through|[a-z]+ed)\b)"
)
_AND_THE = re.compile(r",\s+and\s+(?=(?:the|a|an)\s)")
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|said|says|"
    r"told|[a-z]+ed)\b"
)


def _list_goes_on(text: str, start: int, stop: int, end: int) -> re.Match[str] | None:
    """ ", and the …" after "A, B": the list's last item, when no verb follows it before the next
    end (", and the talks collapsed" is a clause of its own)."""
    m = _AND_THE.match(text, stop, end)
    if m is None or "," not in text[start:stop]:
        return None
    nxt = first_match(_CLAUSE_END, text, m.end(), end)
    return None if _VERBISH.search(text, m.end(), nxt.start() if nxt else end) else m


_EXAMPLES = re.compile(r"\b(?:such as|including)\b")


def _list_cuts(chunk: str, base_verbs: frozenset[str], commas: bool) -> list[tuple[int, int]]:
    """Where a content splits into list items, as (start, end) of each separator: a comma (not one
    of a parenthetical's, nor after "such as": the examples of one item), ", and" after an earlier
    comma ("A, B, and the C"), or "and" before a verb ("withdraw … and recognize …")."""
    inserts = (
        [(p.start(), p.end()) for p in _PARENTHETICAL.finditer(chunk)]
        if chunk.count(",") > 1
        else []
    )
    cuts: list[tuple[int, int]] = []
    pos, examples = 0, False
    # an item opens with a word or an amount ("$600 billion in cuts, €2 billion in aid and 3% more")
    for m in re.finditer(
        r",\s+(?:(?:and|or)\s+)?(?=[a-z$€£\d])|\s+and\s+(?=(?:[a-z]+|[$€£]?\d[\d.,]*%?)(?:\s|$))",
        chunk,
    ):
        comma = m.group(0).startswith(",")
        if comma and (not commas or any(a <= m.start() < b for a, b in inserts)):
            continue
        blank = chunk.find(" ", m.end())
        nxt = chunk[
            m.end() : blank if blank >= 0 else len(chunk)
        ]  # the next word (not a copy of the rest)
        gerund = (
            nxt.endswith("ing") and blank >= 0
        )  # "and lifting the blockade", not "… and monitoring"
        if (
            " and " in m.group(0)
            and not (gerund or nxt in base_verbs)
            and not _and_item(chunk, pos, m, cuts)
        ):
            continue
        if comma and not _TWO_WORDS.match(chunk, pos, m.start()):
            continue
        if comma and (examples or _EXAMPLES.search(chunk, pos, m.end() + 12)):
            examples = True  # "programs such as A, B and C": one item's examples
            continue
        cuts.append((m.start(), m.end()))
        pos = m.end()
    return cuts


# "(to) pay the fees, or (to) face sanctions": what follows ", or" is the consequence of refusing,
# no item (without the comma it may belong to a noun: "a mandate to insure or face a fine, and …")
_CONSEQUENCE = re.compile(r",\s+or\s+(?:else\s+)?(?:to\s+)?(?:face|risk|suffer|incur)\b", re.I)
# a verb, its object without a preposition, "and other": the object and the others are two items
_OTHER_OBJECTS = re.compile(
    r"[a-z]+\s+(?:(?!(?:of|on|in|with|for|to|from|by|at|about|between|among|and|or)\b)"
    r"[\w’'-]+\s+){1,5}and\s+other\s"
)
# at least two (three) words from a list item's start: read from the start, not by splitting the
# rest
_TWO_WORDS = re.compile(r"\s*\S+\s+\S")
_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")
_HEADED = re.compile(r"\s*(?:an?|the)\s+[\w-]+\s+(?:to|of|for|on)\s")


def _and_item(chunk: str, pos: int, m: re.Match[str], cuts: list[tuple[int, int]]) -> bool:
    """Whether "and" before a noun phrase opens a list item: the last of "A, B(,) and C", or
    parallel heads ("an end to A and a halt to B")."""
    after_comma = bool(cuts) and chunk[cuts[-1][0]] == ","
    if m.group(0).startswith(","):
        return after_comma
    if not cuts and _OTHER_OBJECTS.match(chunk, 0, m.end() + 6):
        # "eliminate the quotas and other curbs on …": "other curbs …" is an item of its own
        return True
    if (
        after_comma
        and "and" not in chunk[cuts[-1][0] : cuts[-1][1]]
        and "," not in chunk[m.end() :]
    ):
        # the list's own "and" (not "A, and B and C": that one is inside C); "A, B and other Y and
        # C": "B and other Y" is one item, the last "and" the list's
        return not (chunk.startswith("other ", m.end()) and " and " in chunk[m.end() :])
    # "an end to A and a halt to B"; "longer breaks for crews and an end to B": a headed noun phrase
    # after "and" opens an item when the one before it is a noun phrase of a few words too
    return bool(
        _HEADED.match(chunk, m.end() - 1)
        and (_HEADED.match(chunk, pos) or _THREE_WORDS.match(chunk, pos, m.start()))
    )


_MAX_CONTENT = 600


def _split_list(
    text: str, start: int, end: int, base_verbs: frozenset[str], commas: bool = True
) -> list[tuple[int, int]]:
    """ "A, B, and C" → three spans; "withdraw … and recognize …" → two (a verb after "and").

    A that-clause keeps its commas (`commas=False`): only coordinated verbs split it. Commas with no
    "and"/"or" before the last part make no list: "the Vardo terminal, the busiest on the coast" (an
    apposition), "a session in May, probably in Oslo" (an adverbial) keep their first part only.
    A content is read in its first _MAX_CONTENT characters: no item is longer, and a sentence of a
    thousand cues costs a thousand bounded reads, not a thousand reads of the rest of it.
    """
    end = min(end, start + _MAX_CONTENT)
    consequence = _CONSEQUENCE.search(text, start, end)
    end = consequence.start() if consequence else end
    chunk = text[start:end]
    cuts = _list_cuts(chunk, base_verbs, commas)
    firsts = [k for k, (a, _) in enumerate(cuts) if chunk[a] == ","]
    if firsts and not re.search(r"\b(?:and|or)\b", chunk[cuts[firsts[0]][0] :]):
        cuts = [
            *cuts[: firsts[0]],
            (cuts[firsts[0]][0], len(chunk)),
        ]  # no list: the rest is dropped
    parts: list[tuple[int, int]] = []
    pos = 0
    for a, b in cuts:
        parts.append((pos, a))
        pos = b
    parts.append((pos, len(chunk)))
    out = []
    for a, b in parts:
        seg = chunk[a:b]
        lead = len(seg) - len(seg.lstrip())
        out.append((start + a + lead, start + a + len(seg.rstrip())))
    out = [(a, b) for a, b in out if b > a]
    # "a framework, with details by …": a part opening with a preposition is no list element.
    for i, (a, _) in enumerate(out):
        if i and re.match(
            r"(?:with|by|in|at|on|from|for|as|after|before|which|who|while|whose|where|despite|amid|"
            r"though|although|because|until|unless|if)\b",
            text[a:],
        ):
            return out[:i]
    # "A, B and C, were rejected": the list ends where the sentence's own verb begins.
    for i, (a, _) in enumerate(out):
        if i and re.match(
            r"(?:were|was|is|are|has|have|had|will|would|went|remain\w*|followed|led)\b", text[a:]
        ):
            return out[:i]
    return out
