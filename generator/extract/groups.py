"""Unnamed groups as the actor of a move: "Angry herders demanded …", "The dockers who picketed
the minister's office want …", and "They want …" after a sentence opening with such a group
("Representatives of six nurses' unions met …"). No list names them: the subject is a noun phrase
whose head is a plural of people or bodies (see `group_heads` in data/lexicon.yml). The group is
shown as written; a body named inside it ("EU mediators") is its party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import CAPS_DATELINE
from .knowledge import Knowledge, alternation
from .names.words import _Words
from .speakers import Referent, Referents, SpeakerWords

_WORD = r"[\w’'.-]+"
# Words after a group at a sentence's start that show it is not the whole subject
_NOT_VERB = re.compile(r"\s+(?:of|and|or|from|in|at|for|with|who|that|which|to|as)\b|[\w’'-]", re.I)


@dataclass(frozen=True)
class GroupPatterns:
    subject: re.Pattern[str]  # a group, then maybe "who/that …", up to a verb cue (fullmatch)
    participial: re.Pattern[str]  # a group and a participle's phrase: "Rebels fighting X's army"
    opening: re.Pattern[str]  # a group opening a sentence, then a word (match)
    agents: re.Pattern[str]  # "its members", "their negotiators": who acts for a body (fullmatch)
    agent_heads: frozenset[str]  # "officials in Kabul", "members of the union": the body's side


def patterns(kn: Knowledge) -> GroupPatterns:
    """The group patterns of a knowledge's word lists (built once, with its other move words)."""
    group = _group_pattern(_head_pattern(kn), _not_modifier(kn))
    return GroupPatterns(
        subject=re.compile(group + _TAIL + r"\s+"),
        participial=re.compile(group + _PARTICIPLE + r"\s+"),
        opening=re.compile(group + _TAIL),
        agents=SpeakerWords.of(kn).agents,
        agent_heads=_Words.of(kn).agents,
    )


def _plural(noun: str) -> str:
    """A body's noun as a plural: "unions", "agencies", "authorities"; "rebels" as it stands."""
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _head_pattern(kn: Knowledge) -> str:
    """A group's head: a plural of people or bodies, or a word with a people's ending."""
    words = set(kn.words("group_nouns")) | set(kn.words("group_heads"))
    words |= {str(w) for w in kn.words("person_nouns") if str(w).endswith("s")}
    # the bodies' nouns, as plurals: "unions", and "rebels", "militants" as they stand
    words |= {_plural(str(w)) for w in kn.words("collective_nouns")}
    endings = kn.words("group_head_endings")
    # "facilitators", and hyphenated: "co-facilitators", "peace-keepers"
    suffixed = [r"[a-z]+(?:-[a-z]+)*(?:" + alternation(e for e in endings if e != "ents") + ")"]
    if "ents" in endings:
        suffixed.append(r"[a-z]+(?:-[a-z]+)*(?<!m)ents")  # "residents", never "agreements"
    return (
        r"(?<![\w’'-])(?i:(?!(?:"
        + alternation(kn.words("not_people_plurals"))
        + r")\b)(?:"
        + "|".join([alternation(words), *suffixed])
        + r"))\b(?![’'])"
    )


def _not_modifier(kn: Knowledge) -> str:
    """What no word before a group's head is: a conjunction, a wh-word, a speech verb ("Norway
    said farmers …")."""
    verbs = set(kn.words("reporting_verbs")) | set(kn.words("indirect_verbs"))
    return (
        # nor a preposition or time opening the sentence ("On Tuesday the tribes …")
        r"(?!(?i:and|or|but|that|who|which|what|how|why|where|if|as|when|while|because|on|in|at|"
        r"last|earlier|later|after|before|since|during|" + alternation(verbs) + r")\b)"
    )


def _group_pattern(head: str, not_modifier: str) -> str:
    """A group (group 1): up to four words and a head, maybe "of/from/in …" and a second head
    ("representatives of six unions"), maybe "and/or" and a third ("countries and experts")."""
    return (
        r"[“\"]?\s*((?:"
        + not_modifier
        + _WORD
        + r"\s+){0,4}?"
        + head
        + r"(?:\s+(?:of|from|in|at|for)\s+(?:"
        + _WORD
        + r"\s+){0,4}?"
        + head
        + r")?"
        + r"(?:\s+(?:and|or)\s+(?:"
        + not_modifier
        + _WORD
        + r"\s+){0,2}?"
        + head
        + r")?)"
    )


# after the group: "who / that …", a place or a reason ("at risk from rising seas"), what they
# hold ("the owners of 600 restaurants": the preposition group 2, its object 3), an apposition
# (", mostly from the Pacific,", ", known as the E3,": group 4)
_TAIL = (
    r"(?:\s+(?:who|that)\b[^,;:“”\"]{0,80}?)?"
    r"(?:\s+(at|from|in|on|across|with|of)\s+((?:" + _WORD + r"\s+){0,5}?" + _WORD + r"))?"
    r"(?:,\s+([^,;:“”\"]{1,80}),)?"
)
# "Rebels fighting the government", "Creditors holding a third of the bonds": a participle and
# its object, a reduced relative clause (not "being", "having": auxiliaries); "3,000": a
# number's commas inside the phrase
_PHRASE_WORD = r"(?:\d{1,3}(?:,\d{3})+|" + _WORD + r")"
_PARTICIPLE = (
    r"\s+(?!(?:being|having|including|according)\b)[a-z]{3,}ing\s+(?:"
    + _PHRASE_WORD
    + r"\s+){0,6}?"
    + _PHRASE_WORD
)


# what may open a sentence before its subject: "Separately, ", "On the first point, ", "In their
# first offer last year, ", a label ("Salary cap: "), a dash
_OPENER = re.compile(
    # a dateline: "WOLFSBURG, Germany – ", "Rome, April 19 - "
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?:,[^,\n—–-]{1,25}){0,2}\s+[—–-]{1,2}\s+)?"
    r"(?:[—–-]\s*)?(?:(?:But|And|Yet|So)\s+|(?:(?:[A-Z][a-z]+ly|In|On|At|For|After|Before|During|"
    r"Under|Since|As|Separately|Meanwhile|However|Still|Instead|Earlier|Later|Last|This|Next|Then|"
    r"Now|Today|Yesterday)\b[^,;:“”\"]{0,100},|[A-Z][a-z]+,|[^,;:“”\"]{1,30}:|"
    # "Back in February, ", "Speaking to reporters, ": a word, then a preposition's phrase
    r"[A-Z][a-z]+\s+(?:in|on|at|after|before|during|since|to|with|by)\b[^,;:“”\"]{1,60},|"
    # a day with no comma: "On Tuesday the tribes put forward …", "Last week the unions …"
    r"(?:On\s+[A-Z][a-z]+day|Last\s+(?:week|month|year|night)|Earlier|Later)(?=\s+the\s))\s+){0,2}"
)


def group_subject(
    text: str, refs: Referents, pats: GroupPatterns, start: int, verb_at: int
) -> Referent | None:
    """The group that is all of the text from `start` (a sentence's start) to a verb cue's
    auxiliaries at `verb_at`: "Angry herders| demanded", "The dockers who picketed X's office|
    want"."""
    if verb_at - start > 260:
        return None
    dateline = CAPS_DATELINE.match(text, start, verb_at)  # "BONN - Small island nations| want"
    start = dateline.end() if dateline else start
    m = pats.subject.fullmatch(text, start, verb_at)
    if m is None:  # after an opening adverbial or label: "Separately, vulnerable countries want"
        opener = _OPENER.match(text, start, verb_at)
        at = opener.end() if opener else start
        m = pats.subject.fullmatch(text, at, verb_at) if at > start else None
    return _referent(text, refs, m.start(1), m.end(1), pats, _whose(m, pats), True) if m else None


def participial_group(
    text: str, refs: Referents, pats: GroupPatterns, start: int, verb_at: int
) -> Referent | None:
    """A group and a participle's phrase that are all of the text from `start` to a verb cue at
    `verb_at` ("Rebels fighting Belmira's government| demanded"): the group, not a name inside the
    phrase."""
    if verb_at - start > 200:
        return None
    m = pats.participial.fullmatch(text, start, verb_at)
    if m is None:  # after a dateline or an opening adverbial: "NAIROBI, May 4 - Rebels fighting …"
        opener = _OPENER.match(text, start, verb_at)
        at = opener.end() if opener else start
        m = pats.participial.fullmatch(text, at, verb_at) if at > start else None
    return _referent(text, refs, m.start(1), m.end(1), pats) if m else None


def group_opening(
    text: str, refs: Referents, pats: GroupPatterns, start: int, end: int
) -> Referent | None:
    """The group opening the sentence [start, end) as its subject ("Representatives of six unions
    spent …"), for a later "they"."""
    m = pats.opening.match(text, start, min(end, start + 160))
    if m is None:  # after an opening adverbial: "On Tuesday the tribes put forward …"
        opener = _OPENER.match(text, start, end)
        at = opener.end() if opener else start
        m = pats.opening.match(text, at, min(end, at + 160)) if at > start else None
    if m is None or _NOT_VERB.match(text, m.end(), end):
        return None
    if not re.match(r"\s+[a-z]", text[m.end() : m.end() + 3]):
        return None
    return _referent(text, refs, m.start(1), m.end(1), pats, _whose(m, pats))


def _whose(m: re.Match[str], pats: GroupPatterns) -> tuple[int, int] | None:
    """Where the body the group is or acts for is named after it: an apposition naming the group
    ("The three European powers, known as the E3,"), or after a head of `agent_nouns` ("the
    authorities in Galmudug", "officials from the ministry", "members of the guild"). Others are
    not a body's agents: "workers at the mill" are not the mill's side."""
    if m.re.groups >= 4 and m.group(4) and _NAMING.match(m.group(4)):
        return m.start(4), m.end(4)
    if m.group(2) is None or m.group(2).lower() in ("on", "across", "with"):
        return None
    head = m.group(1).rsplit(None, 1)[-1].lower()
    return (m.start(3), m.end(3)) if head in pats.agent_heads else None


# ", known as the E3,", ", led by the AFGE,": the group's name, or the body at its head
_NAMING = re.compile(
    r"(?:(?:collectively |jointly )?known as|called|dubbed|referred to as|led by|headed by)\s", re.I
)


def _referent(
    text: str,
    refs: Referents,
    start: int,
    end: int,
    pats: GroupPatterns,
    whose: tuple[int, int] | None = None,
    whole: bool = False,
) -> Referent | None:
    """The group [start, end) as written, the first body named in it its party; "its members",
    "their negotiators" (`agent_nouns`) act for the body "it" or "they" stands for. With `whole`
    (`whose` is all of the body's words), agents of a body no list names are named with it."""
    if pats.agents.fullmatch(text, start, end):
        return refs.agents_of(start, end)
    party = next(
        (
            r.actor_id
            for lo, hi in ((start, end), whose or (end, end))
            for r in refs.in_range(lo, hi)
            if r.kind == "actor" and r.end <= hi
        ),
        None,
    )
    name = text[start:end]
    if whole and party is None and whose is not None and whose[0] > end:
        # "members of the governing coalition": agents of a body no list names, named with it
        name = text[start : whose[1]]
    if party is None:  # "the teachers" of the Ostra Teachers Alliance named before
        union = refs.union_for(name.split()[-1], start)
        party = union.actor_id if union is not None else None
    return Referent(start, end, name[:1].upper() + name[1:], party, "description")
