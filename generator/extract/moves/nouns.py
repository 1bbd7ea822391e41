"""Move nouns: "quota proposals from Iceland", "a proposal from X to V", "Chile's offer to …",
"Norway's demands — such as A, B and C", "the Swedish demand for …", an owner's proposed
thing ("Norway's proposed quota"), and passives ("a truce put forward by Chile")."""

from __future__ import annotations

import functools
import re

from ...model import Document
from ..scan import Prefixed, may_match
from ..speakers import Referent, Referents
from .cues import _alt
from .spans import _clause_end, _np_end, _split_list
from .subjects import _asserts, _owner, _premodifier_owner, _word_before
from .words import _Words


def _noun_cues(doc: Document, sent, nouns: list[str], refs: Referents, words: _Words):
    """The moves a move noun names: by an agent after it, with examples after it, or owned."""
    pats = _noun_patterns(tuple(nouns))
    yield from _agent_nouns(doc, sent, pats[0], refs, words)
    yield from _example_nouns(doc, sent, pats[1], refs, words)
    yield from _owned_nouns(doc, sent, pats[2], refs, words)


def _may_hold(text: str, sent, nouns: list[str]) -> bool:
    """Whether `sent` may hold one of `nouns` (case aside), which every pattern of a move noun
    needs: one quick search tells a sentence with another type's nouns only."""
    gate = _noun_gate(tuple(nouns))
    return gate is None or Prefixed.of(gate).search(text, sent.start, sent.end) is not None


@functools.lru_cache(maxsize=16)
def _noun_gate(nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(_alt(nouns), re.I) if nouns else None  # no nouns: nothing to tell


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
    if _AGENT_LINK.search(s_text) is None:
        return  # what every match holds: one quick search skips the sentence
    for m in pattern.finditer(s_text):
        owners = _agents_at(text, sent, refs, sent.start + m.end())
        resolved = [x for x in (refs.resolve(o) for o in owners) if x is not None]
        if not resolved:
            continue
        cue_at, noun = sent.start + m.start(2), m.group(2)
        if _UNDER.search(text, max(sent.start, cue_at - 24), cue_at):
            continue  # "Under a proposal from Peru, fleets would …": what it states (stated.py)
        link = _LINK.match(text, owners[-1].end, sent.end)
        spans = _complement(text, sent, noun, link.group(1), link.end(), words) if link else []
        for s, e in spans or [
            (_agent_np_start(text, sent.start + m.start(), cue_at), owners[-1].end)
        ]:
            yield resolved, noun, s, e, None, cue_at


_LINK = re.compile(r"\s+(to|for|that|on|of)\s+", re.I)
# what each match of _noun_patterns' agent and examples patterns holds (they are case-insensitive)
_AGENT_LINK = re.compile(r"from|by", re.I)
_EXAMPLES_LINK = re.compile(r"such as|including|namely|:", re.I)
_UNDER = re.compile(
    r"\b(?:[Uu]nder|[Ii]n terms of|[Aa]ccording to)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$"
)


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
    if _EXAMPLES_LINK.search(text, sent.start, sent.end) is None:
        return  # what every match holds: one quick search skips the sentence
    for m in pattern.finditer(text[sent.start : sent.end]):
        if _dropped(text, sent, sent.start + m.start(), words):
            continue
        owner = _owner(doc, refs, sent, sent.start + m.start(), words)
        if owner is None:
            continue
        list_start = sent.start + m.end()
        end = _clause_end(text, list_start, sent.end, in_list=True)
        for s, e in _split_list(text, list_start, end, words.base_verbs):
            yield [owner], m.group(1), s, e, None, sent.start + m.start(1)


def _dropped(text: str, sent, at: int, words: _Words) -> bool:
    """Whether a verb that lets a move go stands before the owner at `at` ("dropped its demand for
    …", "has withdrawn their offer to …"): the move stands no more. Not when the verb is only asked
    for, refused or denied ("urged the guild to drop its demand", "has not withdrawn its offer")."""
    m = words.dropped_move.search(text, max(sent.start, at - 40), at)
    return m is not None and not words.unrealised.search(
        text, max(sent.start, m.start() - 30), m.start()
    )


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
        if _dropped(text, sent, sent.start + m.start(), words):
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
        if _BY_BEFORE.search(text, max(sent.start, min(at, owner.start) - 8), min(at, owner.start)):
            # "the plan drafted by Egypt calls for …": the agent of a passive, the verb's subject
            continue
        c_start = m.end() if move == "demand" else at - (len(article.group(0)) if article else 0)
        end = _clause_end(text, m.end(), sent.end)
        # the noun phrase, to the clause's own verb: "(an EU proposal to share the quota) was
        # rejected", "(the Swedish demand for talks) was heard"
        end = _np_end(text, m.end(), end, words)
        yield (
            [owner],
            m.group(1),
            c_start,
            end,
            None,
            at,
        )  # the owner is the cue: "offer" is no verb here


_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# the auxiliaries of a full passive before its participle: "was", "has been", "will be"
_BE_LAST = re.compile(
    r"\s+(?:(?:has|have|had|will|would|could|may|might)\s+)?(?:is|are|was|were|been|be)\s+"
    r"(?:[a-z]+ly\s+|also\s+|first\s+)?$"
)


def _passives(doc: Document, sent, refs: Referents, words: _Words):
    """ "A truce put forward by Chile on Friday": the noun phrase before the participle is the
    content."""
    text = doc.text
    if not may_match(words.passive, text, sent.start, sent.end):
        return
    for m in Prefixed.of(words.passive).finditer(text, sent.start, sent.end):
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
        be = _BE_LAST.search(text, start, m.start())
        if be is not None and be.start() > start:
            end = be.start()  # "A new quota was demanded by Norway": the subject is the content
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
    if not may_match(words.owned_participle, text, sent.start, sent.end):
        return
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
