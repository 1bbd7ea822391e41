"""Unnamed groups as the actor of a move: "Angry herders demanded …", "The dockers who picketed
the minister's office want …", and "They want …" after a sentence opening with such a group
("Representatives of six nurses' unions met …"), and a list with such a group in it ("Small
islands, poorer nations and others want …"). No list names them: the subject is a noun phrase
whose head is a plural of people or bodies (see `group_heads` in data/lexicon.yml). The group is
shown as written; a body named inside it ("EU mediators") is its party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .knowledge import Knowledge, alternation
from .speakers import Referent, Referents

_WORD = r"[\w’'.-]+"
# Words after a group at a sentence's start that show it is not the whole subject
_NOT_VERB = re.compile(r"\s+(?:of|and|or|from|in|at|for|with|who|that|which|to|as)\b|[\w’'-]", re.I)


@dataclass(frozen=True)
class GroupPatterns:
    subject: re.Pattern[str]  # a group, then maybe "who/that …", up to a verb cue (fullmatch)
    opening: re.Pattern[str]  # a group opening a sentence, then a word (match)


def patterns(kn: Knowledge) -> GroupPatterns:
    """The group patterns of a knowledge's word lists (built once, with its other move words)."""
    words = set(kn.words("group_nouns")) | set(kn.words("group_heads"))
    words |= {str(w) for w in kn.words("person_nouns") if str(w).endswith("s")}
    words |= {f"{w}s" for w in kn.words("collective_nouns") if not str(w).endswith("s")}
    endings = kn.words("group_head_endings")
    suffixed = [r"[a-z]+(?:" + alternation(e for e in endings if e != "ents") + ")"]
    if "ents" in endings:
        suffixed.append(r"[a-z]+(?<!m)ents")  # "residents", never "agreements"
    head = (r"(?<![\w’'-])(?i:(?!(?:" + alternation(kn.words("not_people_plurals")) + r")\b)(?:"
            + "|".join([alternation(words)] + suffixed) + r"))\b(?![’'])")
    verbs = set(kn.words("reporting_verbs")) | set(kn.words("indirect_verbs"))  # "Norway said farmers …"
    not_modifier = r"(?!(?:and|or|but|that|who|which|if|as|when|while|because|" + alternation(verbs) + r")\b)"
    group = (r"[“\"]?\s*((?:" + not_modifier + _WORD + r"\s+){0,3}?" + head + r"(?:\s+(?:of|from|in|at|for)\s+(?:"
             + _WORD + r"\s+){0,4}?" + head + r")?)")
    return GroupPatterns(subject=re.compile(group + r"(?:\s+(?:who|that)\b[^,;:“”\"]{0,80}?)?\s+"),
                         opening=re.compile(group))


def group_subject(text: str, refs: Referents, pats: GroupPatterns, start: int, verb_at: int) -> Referent | None:
    """The group that is all of the text from `start` (a sentence's start) to a verb cue's
    auxiliaries at `verb_at`: "Angry herders| demanded", "The dockers who picketed X's office| want"."""
    if verb_at - start > 160:
        return None
    m = pats.subject.fullmatch(text, start, verb_at)
    if m is None:
        return _coordinated(text, refs, pats, start, verb_at)
    return _referent(text, refs, m.start(1), m.end(1))


_LEAD = re.compile(r"(?:But|And|Yet|Still)\s+")
_CONJUNCT_CUT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_PLAIN = re.compile(r"(?:[a-z-]+\s+){0,2}[a-z-]+")  # "small islands": a short noun phrase in lower case
_OTHERS = re.compile(r"(?:many\s+)?others|other\s+[a-z-]+(?:\s+[a-z-]+)?")
_PLACE = re.compile(r"\s+(?:in|of|from|across|around)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}")


def _coordinated(text: str, refs: Referents, pats: GroupPatterns, start: int, verb_at: int) -> Referent | None:
    """"Small islands, nations in the developing world and others| want": a list of two to five
    noun phrases in lower case, one at least a group (its head a plural of people or bodies, maybe
    with a place after it), that is all of the subject: the group is the whole list, as written."""
    lead = _LEAD.match(text, start, verb_at)
    start = lead.end() if lead else start
    while verb_at > start and text[verb_at - 1].isspace():
        verb_at -= 1
    if verb_at - start > 120 or not _CONJUNCT_CUT.search(text, start, verb_at):
        return None
    parts, at, last = [], start, ""
    for cut in _CONJUNCT_CUT.finditer(text, start, verb_at):
        parts.append((at, cut.start()))
        at, last = cut.end(), cut.group(0)
    parts.append((at, verb_at))
    if not 2 <= len(parts) <= 5 or "and" not in last:
        return None  # a list ends "…, B and C"; "Meanwhile, in Oslo, the dockers" is an opening, no list
    groups = 0
    for a, b in parts:
        word = text[a:b][:1].lower() + text[a + 1:b] if a == start else text[a:b]
        m = pats.opening.match(text, a, b)
        if m and m.end() == b or m and _PLACE.fullmatch(text, m.end(), b):
            groups += 1
        elif not (_OTHERS.fullmatch(word) or _PLAIN.fullmatch(word)):
            return None
    return _referent(text, refs, start, verb_at) if groups else None


def group_opening(text: str, refs: Referents, pats: GroupPatterns, start: int, end: int) -> Referent | None:
    """The group opening the sentence [start, end) as its subject ("Representatives of six unions
    spent …"), for a later "they"."""
    m = pats.opening.match(text, start, min(end, start + 160))
    if m is None or _NOT_VERB.match(text, m.end(), end):
        return None
    if not re.match(r"\s+[a-z]", text[m.end():m.end() + 3]):
        return None
    return _referent(text, refs, m.start(1), m.end(1))


def _referent(text: str, refs: Referents, start: int, end: int) -> Referent:
    """The group [start, end) as written, the first body named in it its party."""
    party = next((r.actor_id for r in refs.in_range(start, end) if r.kind == "actor" and r.end <= end), None)
    name = text[start:end]
    return Referent(start, end, name[:1].upper() + name[1:], party, "description")
