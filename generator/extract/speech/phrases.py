"""Speaker phrases: the noun phrase naming who speaks when no known actor does ("a senior
official in Oslo", "angry herders", a signature, a possessive body), resolved to a referent."""

from __future__ import annotations

import re

from ...model import Document
from ..speakers import Referent, Referents, SpeakerWords
from ..syntax import Parse, Tok
from .marks import RawQuote

# An unnamed speaker: a determiner, then up to seven words (modifiers, a noun, "involved in the
# talks").
_NP = re.compile(
    r"(?:the|a|an|one|another|two|three|four|five|several|some|many|other|its|their|his|her|our|both|each|"
    r"most|all|few|numerous|various|\d+|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))\s+"
    r"(?!(?:same|first|last|next)\b)\w[\w’'-]*(?:\s+[\w’'-]+){0,7}?",
    re.I,
)
_NP_STOP = re.compile(
    r".*\b(?:that|which|who|and|but|if|when|while|because|as|it|he|she|they|we|not|"
    r"was|is|were|are|has|have|had|would|will)\b",
    re.I,
)
_NP_FULL = re.compile(_NP.pattern + r"$", re.I)
_RELATIVE = re.compile(r"\s+(?:who|which|that)\s+[a-z]+(?:\s+[\w’'-]+){0,5}$")
_NP_TRAIL = re.compile(
    r"(?:\s+(?:later|earlier|also|then|again|separately|previously|once|had|has|have|just|"
    r"(?:this|last|next) (?:week|month|year|morning|weekend)|on \w+day))+$"
)
_NP_TIME_HEAD = re.compile(r".*\b(?:day|week|month|year|time|moment|while)$")


def _noun_phrase(span: str, prefix: bool = False) -> str | None:
    """The noun phrase filling `span` ("the coalition", "one port executive"), or with `prefix` the
    one `span` starts with up to a punctuation mark ("another negotiator."); None where a clause
    word or a time noun shows it is no speaker."""
    if prefix:
        span = re.split(r"[,.;:!?“”\"(]", span[:200], maxsplit=1)[0]
    if len(span) > 200:
        return None  # a noun phrase is short; the patterns below never see a long span
    span = _NP_TRAIL.sub("", span.strip())
    span = _RELATIVE.sub("", span)  # "a driver who saw the blast": the speaker is "a driver"
    if (
        len(span) > 90
        or _NP_FULL.match(span) is None
        or _NP_STOP.match(span)
        or _NP_TIME_HEAD.match(span)
    ):
        return None
    return span


_BARE_GROUP = re.compile(r"(?:[A-Z][\w’'-]*|[a-z][\w’'-]*)(?:\s+[\w’'-]+){0,3}")
_NAME_AS_WRITTEN = re.compile(
    r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|de|van|von|al|bin|da|di|le|la)){0,3}"
)
_TRAILING_PP = re.compile(r"\s+(?:in|of|at|from|for|with|on)\s+\S.*$")
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|Still|Now|So)\s+(?=[a-z])")
_GROUP_PAIR = re.compile(
    r"([\w’'-]+(?:\s+[\w’'-]+){0,2})\s+and\s+((?:(?:its|their|his|her|the|other)\s+)?[a-z][\w’'-]+(?:\s+(?:in|of|at|from)\s+[\w’'.-]+)?)"
)


def _unnamed_subject(span: str, words: SpeakerWords, opening: bool = False) -> str | None:
    """An unnamed subject: a noun phrase with a determiner, or a plural group without one
    ("experts", "some diplomatic experts", "Opposition leaders", "Israeli media"); `opening`: the
    span opens its sentence, so its first word may be capitalised."""
    np = _noun_phrase(span)
    if np is not None or len(span) > 200:
        return np
    bare = _NP_TRAIL.sub("", _LEADING_CONJUNCTION.sub("", span.strip()))
    if opening and _NAME_AS_WRITTEN.fullmatch(bare) and bare.split()[0] not in words.opening:
        return bare  # "Fowler said …": a name no list knows, opening its sentence
    pair = _GROUP_PAIR.fullmatch(bare)  # "Developers and supporters in Congress say …"
    if (
        pair
        and _unnamed_subject(pair.group(1), words, opening)
        and _unnamed_subject(pair.group(2), words)
    ):
        return bare
    if _BARE_GROUP.fullmatch(bare) is None or _NP_STOP.match(bare):
        return None
    parts = bare.split()
    core = _TRAILING_PP.sub("", bare).split()  # "dealers in Bergen": the head is "dealers"
    head = core[-1].lower()
    if parts[0].lower() in words.not_heads or head in words.not_heads:
        return None  # "Despite his stated …", "News reported …"
    if (
        len(parts) == 1
        and head not in words.groups
        and not (opening and head.endswith("s") and len(head) > 4)
    ):
        return None  # alone, a word is a known group or a capitalised plural opening the sentence
    if not opening and parts[0][:1].isupper():
        return None  # mid-sentence, a capitalised word is a name some list should know
    if head in words.groups or (
        head.endswith("s") and not head.endswith("ss") and all(w[:1].islower() for w in core[1:])
    ):
        return bare
    return None


def _name_as_written(span: str, words: SpeakerWords, prefix: bool = False) -> str | None:
    """A name no list knows, filling `span` (or with `prefix`, opening it up to a punctuation mark):
    “…,” Haugland said / “…,” said Haugland."""
    if prefix:
        span = re.split(r"[,.;:!?“”\"(]", span[:120], maxsplit=1)[0]
    span = span.strip()
    if len(span) > 80 or not _NAME_AS_WRITTEN.fullmatch(span) or span.split()[0] in words.opening:
        return None
    return span


# “…” ― Ana Ruiz: a quotation signed with a dash and a name that ends its line, or that the next
# signed quotation follows on the same line (“…” ― Ana Ruiz “…” ― Jon Berg)
_SIGNED = re.compile(
    r"[ \t\u00a0]*[―—–][ \t\u00a0]*("
    + _NAME_AS_WRITTEN.pattern
    + r")[ \t\u00a0.]*(?:\n|$|(?=[“\"]))"
)


def _signed(text: str, refs: Referents, close: int) -> tuple[Referent, str] | None:
    m = _SIGNED.match(text, close)
    if m is None or m.group(1).split()[0] in refs.words.opening:
        return None
    name = m.group(1).rstrip(".")
    found = refs.starting_at(m.start(1))
    found = refs.resolve(found) if found is not None and found.kind in ("person", "actor") else None
    return found or _description(refs, m.start(1), m.start(1) + len(name), name), "―"


def _description(refs: Referents, start: int, end: int, text: str) -> Referent:
    """An unnamed speaker shown as written; a body named inside it ("an EU diplomat") is its party;
    a surname no list knows is the person named so earlier ("Clinton" → "Hillary Clinton")."""
    if text[:1].isupper() and _NAME_AS_WRITTEN.fullmatch(text):
        person = refs.person_named(text, start)
        if person is not None:
            return person
    if refs.words.agents.fullmatch(text):  # "its negotiators said": the body "its" stands for
        body = refs.agents_of(start, end)
        if body is not None:
            return body
    if refs.words.pair.fullmatch(text):
        # "“…,” both governments said": the first of the latest pair named (one speaker a quote)
        pair = refs.pair_before(start, lookback=3000)
        if pair:
            return pair[0]
    inside = [r for r in refs.in_range(start, end) if r.end <= end and r.kind == "actor"]
    words = text.lower().split()
    if len(words) == 2 and words[0] == "the":
        # "the federation said" after "the Farmers Federation": the body whose name it heads
        for x in reversed(refs.in_range(max(0, start - 3000), start)):
            if x.kind in ("actor", "body") and x.name.lower().split()[-1] == words[1]:
                return x
    return Referent(
        start,
        end,
        text[:1].upper() + text[1:],
        inside[0].actor_id if inside else None,
        "description",
    )


_POSS_BODY = re.compile(
    r"\b(his|her|their)\s+(?:[a-z]+\s+)?(?:office|spokesman|spokeswoman|spokesperson|aides?|"
    r"government|ministry|team|campaign|lawyers?|party)\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)
_POSSESSOR = {"his": "he", "her": "she", "their": "they"}


def _possessive_body(text: str, floor: int, verb_at: int) -> Referent | None:
    """ "His office said …": the person "his" stands for (resolved by the caller) speaks."""
    m = _POSS_BODY.search(text, floor, verb_at)
    if m is None:
        return None
    return Referent(m.start(1), m.end(1), _POSSESSOR[m.group(1).lower()], None, "pronoun")


def _parsed_speaker(
    doc: Document, parse: Parse, refs: Referents, q: RawQuote, lemmas: frozenset[str]
) -> tuple[Referent | None, str | None]:
    """Parser tier: the subject of the speech verb governing the quote."""
    inside = parse.within(q.start, q.end)
    verbs: list[Tok] = []
    for t in inside:
        for a in parse.ancestors(t):
            if not q.start <= a.start < q.end and a.lemma in lemmas and a.pos in ("VERB", "AUX"):
                verbs.append(a)
                break
    if not verbs:
        sent = doc.sentence_at(max(q.end - 1, q.start))
        verbs = [
            t
            for t in parse.within(sent.start, sent.end)
            if t.lemma in lemmas and t.pos == "VERB" and not q.start <= t.start < q.end
        ]
    for verb in verbs:
        subj = parse.subject(verb)
        ref = _referent_for(parse, refs, subj) if subj is not None else None
        if ref is not None:
            return ref, doc.text[verb.start : verb.end]
    return None, None


def _referent_for(parse: Parse, refs: Referents, subj: Tok) -> Referent | None:
    """The referent a subject token stands for: one it is part of, else one inside its phrase."""
    lo, hi = parse.subtree(subj)
    hit = refs.covering(subj.start)
    if hit is None:
        hit = next((r for r in refs.in_range(lo, hi) if r.end <= hi and r.kind != "pronoun"), None)
    return refs.resolve(hit) if hit is not None else None
