"""Who a stretch of text is attributed to: the referents of a document and their resolution.

A referent is anything that can be a speaker or an actor: a named person, an unnamed
description ("a Ukrainian official"), a state or organisation (incl. metonyms: "the Kremlin"),
or a pronoun / role noun ("he", "the source") resolved to an earlier referent.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from ..model import Document
from .actors import ActorIndex
from .knowledge import Knowledge, alternation

_PRONOUNS = {
    "he": "m",
    "she": "f",
    "him": "m",
    "her": "f",
    "they": "p",
    "we": "p",
    "i": "s",
    "who": "r",
    "it": "n",
}
# Words in an apposition that make what it names someone other than the subject
_NOT_APPOSED = re.compile(
    r"\b(?:led|headed|backed|supported|joined|accompanied|chaired)\s+by\b|"
    r"\b(?:including|such as|with|from|of|against|between|next to|alongside|beside|"
    r"standing|sitting|flanked by|facing)\b"
)
# A preposition or object-taking verb, then up to three title words, right before a name.
_OBLIQUE = re.compile(
    r"\b(?:with|to|by|from|for|against|at|about|toward|towards|between|among|like|such as|told|met|"
    r"meeting|urged|asked|accused|called on|thanked|criticised|criticized|"
    r"(?!quoted\b)[a-z]{3,}ed)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w.’'-]+\s+){0,3}$",
    re.I,
)
# "added that the company …": "that" opens a clause, and its subject is no object of the verb
_THAT_CLAUSE = re.compile(r"\bthat\s+(?:(?:the|a|an)\s+)?(?:[\w.’'-]+\s+){0,2}$", re.I)
# "the Global Courier said": the article plus a capitalised name right before a speech verb.
# "the Global Courier": the article, then a capitalised name (a body when it speaks).
# "the X …" not inside a word; the T before the look back at what precedes it (a quick scan)
_THE_NAME = re.compile(r"[Tt](?<![\w-].)he ((?:[A-Z][\w&.’'-]*)(?: [A-Z][\w&.’'-]*){0,5})")
_SPEECH_AFTER: dict[int, tuple[Knowledge, re.Pattern[str]]] = {}


_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b(?![’'])")
_POSSESSIVE = re.compile(r"['’]s?\s")
_MODIFIER_IN_APPOSITION = re.compile(r",\s+(?:a|an|the|another)\s+(?:[a-z-]+\s+){0,2}$")
_DETERMINER_BEFORE = re.compile(
    r"\b((?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+"
    r"(?:[a-z-]+\s+){0,2})$"
)
_HEAD_BEFORE = re.compile(
    r"\b([A-Za-z][a-z-]+)\s+(?:for|on|of|in|at|from|with|about)\s+(?:the\s+)?$"
)


def _speech_after(kn: Knowledge) -> re.Pattern[str]:
    """A speech verb of the lexicon (`reporting_verbs`) after a referent, past an apposition or an
    adverb: whether that referent spoke. Built once per knowledge."""
    if id(kn) not in _SPEECH_AFTER:
        verbs = "|".join(sorted(map(re.escape, kn.words("reporting_verbs")), key=len, reverse=True))
        _SPEECH_AFTER[id(kn)] = (
            kn,
            re.compile(
                r"(?:,[^,.“”\"]{1,70},)?\s+(?:(?:also|later|then|again|earlier|separately|has|had|have|"
                r"on \w+|in an? \w+)\s+)*(?:" + verbs + r")\b"
            ),
        )
    return _SPEECH_AFTER[id(kn)][1]


def _bodies_speaking(
    text: str, items: list[Referent], speech_after: re.Pattern[str]
) -> list[Referent]:
    """ "The Global Courier said …": a body no list knows, named as it speaks, where no other
    referent covers it (overlap looked up by bisect: linear in the matches)."""
    spans = sorted((r.start, r.end) for r in items)
    starts = [a for a, _ in spans]
    reach, furthest = [], -1  # reach[k]: the furthest end among spans[:k + 1]
    for _, b in spans:
        furthest = max(furthest, b)
        reach.append(furthest)
    out = []
    for m in _THE_NAME.finditer(text):
        k = bisect.bisect_left(starts, m.end(1)) - 1
        if k >= 0 and reach[k] > m.start(1):
            continue
        if speech_after.match(text, m.end(1), m.end(1) + 120):
            out.append(Referent(m.start(1), m.end(1), m.group(1), None, "body"))
    return out


_LOOKBACK = 6000  # characters searched back for an antecedent
_GAP = re.compile(
    r"^(?:\s*(?:,\s*)?(?:has|had|have|also|then|later|again|would|will|previously|"
    r"earlier|recently|repeatedly|often|frequently|usually|still|now|publicly|separately|further|"
    r"once|already|both|all|jointly|together|"
    r"on \w+|last \w+|\w+day|just|(?:earlier |later )?this \w+|who|which|"
    r"(?:was|is|were|are) quot(?:ed|ing) as)\b"
    r"|\s*\([A-Z]-[A-Z][\w.]*(?: [A-Z][\w.]*)?\)"
    r"|\s*\((?-i:[A-Z][A-Za-z&.-]{1,11})\)"
    # a place no list knows after its subject: "The government in Port Celine (last month) offered"
    r"|\s*(?:in|at)\s+(?-i:[A-Z][\w.’'-]*)(?:\s+(?-i:[A-Z][\w.’'-]*)){0,2}"
    r"|\s*,\s*(?:meanwhile|however|too|though|for (?:its|their|his|her) part|in turn|in response|"
    r"separately|instead|in a statement|in a letter),)*\s*$",
    re.I,
)  # "Jane Roe (D-N.Y.) said", "the Tern Ferry Guild (TFG) said": a party, an acronym;
# "the Chamber, meanwhile, urged …": an adverbial between commas


class _Apposition:
    """What `re.search(r",[^,]{1,70},\\s*$", text[floor:pos])` gives: its start() in that slice."""

    def __init__(self, at: int) -> None:
        self.at = at

    def start(self) -> int:
        return self.at


def _apposition_before(text: str, floor: int, pos: int) -> _Apposition | None:
    """ ", a senior official, " right before `pos`, read backwards from it (not a search of the
    whole sentence before it, for every verb)."""
    c = pos
    while c > floor and text[c - 1].isspace():
        c -= 1
    c -= 1  # the second comma
    if c <= floor or text[c] != ",":
        return None
    first = _comma_before(text, max(floor, c - 131), c)
    if first < 0 or not 1 <= c - first - 1 <= (130 if _RELATIVE.match(text, first + 1) else 70):
        return None  # a relative clause may be longer: "X, which represents 2,300 of …, said"
    for _ in range(2):  # stacked: "X, the minister of Y, a member of Z, said": both are X's
        prev = _comma_before(text, max(floor, first - 71), first)
        if prev < 0 or not text[prev + 1 : first].strip()[:1].islower():
            break
        first = prev
    return _Apposition(first - floor)


def _comma_before(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that is no thousands mark ("2,300"), or -1."""
    at = text.rfind(",", lo, hi)
    while at > 0 and text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():
        at = text.rfind(",", lo, at)
    return at


_RELATIVE = re.compile(r"\s+(?:which|who|whose)\b")
_PAIR_AND = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+(?:[a-z][\w-]*\s+){0,3}?)?")
# ", the national steel chamber,", ", Italy's main employers' lobby,": an apposition's head noun
_APPOSED_NOUN = re.compile(
    r",\s+(?:the|a|an|[A-Z][\w.-]*[’']s)\s+(?:[\w’'-]+\s+){0,4}?([a-z]+)(?=,|\s+(?:that|which|of)\b)"
)


@dataclass(frozen=True)
class SpeakerWords:
    """The lexicon's words for speakers that no list names and for what refers back to one, read
    once per knowledge."""

    groups: frozenset[str]  # plural nouns naming a group of speakers
    opening: frozenset[str]  # words opening a sentence that are never a name
    not_heads: frozenset[str]  # words that neither open nor head a group
    honorifics: frozenset[str]
    collective: frozenset[str]  # descriptions naming a body: "it", never "he"
    named_only: frozenset[str]  # "the city": a body the article names, or no one
    body_types: dict[str, str]  # "rebels" → armed_group
    noun_types: dict[str, str]  # body_descriptions: "union" → union, "firm" → company
    named_speaker: re.Pattern[str]  # "Network Rail said" opening a sentence
    role_noun: re.Pattern[str]  # "the official", "this senior diplomat": someone named before
    bare_body: re.Pattern[str]  # bare_body_nouns: "management (was prepared to …)"
    heads: frozenset[str]  # nouns heading a speaker's noun phrase that a name may modify or follow
    speakers_side: frozenset[str]  # "the city" in what its mayor said: the mayor's side
    pair: re.Pattern[str]  # "both governments", "the two sides": the latest pair named together
    agents: re.Pattern[str]  # "its members", "their negotiators": who acts for a body (fullmatch)
    own_side: re.Pattern[str]  # persons_side_nouns: "his country" (group 1 the pronoun)
    # collective_not_referring: "the delegation" stands only for a description naming one before
    described: re.Pattern[str]
    not_referring: frozenset[str]
    state_side: frozenset[str]  # state_side_nouns: "the government" of the one state named
    workers: frozenset[str] = frozenset()  # worker_nouns: "the teachers" of a teachers' union
    # standing_nouns: "the army" stands as written where no description names one before
    standing: frozenset[str] = frozenset()
    public_heads: frozenset[str] = frozenset()  # public_body_heads: "Commission", "Ministry"

    @classmethod
    def of(cls, kn: Knowledge) -> SpeakerWords:
        if id(kn) not in _WORDS:
            lower = {
                key: frozenset(str(w).lower() for w in kn.words(key))
                for key in (
                    "collective_nouns",
                    "named_only_nouns",
                    "speakers_side_nouns",
                    "referring_nouns",
                    "collective_not_referring",
                    "referring_modifiers",
                    "state_side_nouns",
                    "standing_nouns",
                )
            }
            _WORDS[id(kn)] = (
                kn,
                cls(
                    kn.words("group_nouns"),
                    kn.words("opening_words"),
                    kn.words("not_group_heads"),
                    kn.words("honorifics"),
                    lower["collective_nouns"],
                    lower["named_only_nouns"],
                    {str(k).lower(): v for k, v in (kn.lexicon.get("body_types") or {}).items()},
                    {
                        str(k).lower(): str(v)
                        for k, v in (kn.lexicon.get("body_descriptions") or {}).items()
                    },
                    re.compile(
                        r"(?:The\s+)?((?:[A-Z][\w&.-]*\s+){1,4})(?:"
                        + alternation(kn.words("named_speaker_verbs"))
                        + r")\b"
                    ),
                    _role_noun_pattern(
                        lower["referring_modifiers"],
                        lower["referring_nouns"]
                        | (lower["collective_nouns"] - lower["collective_not_referring"]),
                    ),
                    re.compile(
                        r"(?<![\w’'-])(?<!\bthe )(?<!\bThe )(?<!\bits )(?<!\btheir )(?<![’']s )(?:"
                        + alternation(kn.words("bare_body_nouns"))
                        + r")\b(?=\s+[a-z])",
                        re.I,
                    ),
                    frozenset(
                        str(w).lower()
                        for key in (
                            "person_nouns",
                            "apposition_nouns",
                            "group_nouns",
                            "collective_nouns",
                        )
                        for w in kn.words(key)
                    ),
                    lower["speakers_side_nouns"],
                    re.compile(
                        r"(?:the two|both) (?:" + alternation(kn.words("pair_nouns")) + r")\b",
                        re.I,
                    ),
                    re.compile(
                        r"(?i:(its|their))\s+(?:[\w’',.-]+\s+){0,3}?(?i:"
                        + alternation(kn.words("agent_nouns"))
                        + r")"
                    ),
                    re.compile(
                        r"\b((?i:his|her))\s+(?:own\s+)?(?:"
                        + alternation(kn.words("persons_side_nouns"))
                        + r")\b"
                    ),
                    _role_noun_pattern(
                        lower["referring_modifiers"], lower["collective_not_referring"]
                    ),
                    lower["collective_not_referring"],
                    lower["state_side_nouns"],
                    frozenset(str(w).lower() for w in kn.words("worker_nouns")),
                    lower["standing_nouns"],
                    frozenset(str(w) for w in kn.words("public_body_heads")),
                ),
            )
        return _WORDS[id(kn)][1]


_WORDS: dict[int, tuple[Knowledge, SpeakerWords]] = {}


def _covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted `spans` lies inside [start, end)."""
    k = bisect.bisect_left(spans, (start, start))
    return k < len(spans) and spans[k][1] <= end


def _runs_on(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted `spans` starts inside [start, end) and ends after it."""
    k = bisect.bisect_left(spans, (start, start))
    while k < len(spans) and spans[k][0] < end:
        if spans[k][1] > end:
            return True
        k += 1
    return False


# a modifier that describes a body by the people it belongs to or who lead it: a proper adjective
# ("the Kurdish group", "the Palestinian faction", "the Maoist rebels"), "the Iran-backed militia",
# "the union-led coalition"; not a name ("the Trump administration" is a description of its own)
_EPITHET = (
    r"(?-i:[A-Z][a-z]+(?:ish|ian|an|ese|i|ic|ist))"
    r"|[\w]+-(?:led|backed|based|aligned|allied|run|funded|sponsored|supported)"
)


# a description opening the sentence, no name in it: "The owner", "Its parent company"
# "The owner", "the studios' bargaining group" (a plural possessive inside), "NorMart's largest
# shareholder" (a name's possessive as its determiner)
_APPOSITION_GAP = re.compile(r",\s*")
_PLAIN_DESCRIPTION = re.compile(
    r"\s*[“\"]?(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s)\s+"
    r"(?:[a-z][\w-]*(?:s['’])?\s+){0,2}[a-z][\w-]*\s*"
)
# what may stand before the name in the apposition: "the", "Singapore-registered", "the Oslo-based"
_APPOSED_NAME = re.compile(
    r"\s*(?:the\s+)?(?:[\w-]+-(?:registered|based|owned|listed|run|backed|led)\s+)?"
)
_OWNED_ROLE = re.compile(r"(its|their)\s+", re.I)
_NOT_MODIFIER = (
    r"the|a|an|this|that|these|those|and|or|but|of|to|in|on|for|with|by|at|from|as|is|was|are|"
    r"were|has|had|have|be|been|said|says|told|would|will|its|their|his|her|our|who|which"
)


def _role_noun_pattern(modifiers: frozenset[str], nouns: frozenset[str]) -> re.Pattern[str]:
    """ "the official", "this senior diplomat", "the teachers' union" (a plural possessive among
    the modifiers), "the Kurdish-led group": someone named before (group 1 the noun). After a
    capitalised modifier the noun is in lower case ("the European Union" is a name)."""
    mods = r"(?:(?:" + alternation(modifiers) + r"|(?-i:[a-z]+s[’'])) )*"
    # and up to three plain noun modifiers: "the creditor committee", "the ad hoc committee"
    plain = r"(?:(?!(?:" + _NOT_MODIFIER + r")\b)(?-i:[a-z][a-z-]*) ){0,3}"
    mods = mods + plain
    return re.compile(
        r"\b(?:the|this|its|their|that(?= (?:" + alternation(modifiers) + r") )) " + mods + r"(?:"
        r"(" + alternation(nouns) + r")|"
        r"(?:" + _EPITHET + r") " + mods + r"(?-i:(" + alternation(nouns) + r"))"
        r")\b",
        re.I,
    )


@dataclass(frozen=True)
class Referent:
    start: int
    end: int
    name: str  # how the speaker is shown: actor name or the description itself
    actor_id: str | None
    kind: str  # person|description|actor|pronoun|role


class Referents:
    """All referents of a document, in text order, with resolution of pronouns and role nouns."""

    def __init__(
        self,
        doc: Document,
        index: ActorIndex,
        kn: Knowledge,
        quoted: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.doc = doc
        self.quoted = quoted  # spans inside quotation marks: no antecedents in there
        self.index = index
        actors = index.by_id()
        items: list[Referent] = []
        persons_after = {}
        for m in index.mentions:
            a = actors.get(m.actor)
            if a is None:
                continue
            if a.type == "person":
                items.append(Referent(m.start, m.end, a.name, a.id, "person"))
                persons_after[m.start] = items[-1]
            elif m.kind != "demonym":
                items.append(Referent(m.start, m.end, a.name, a.id, "actor"))
        apposed: list[tuple[int, int]] = []
        for d in index.descriptions:
            # "Russia's chief negotiator, Vladimir Medinsky," — the apposed person speaks.
            follow = re.match(r",\s*", doc.text[d.end : d.end + 3])
            person = persons_after.get(d.end + len(follow.group(0))) if follow else None
            if person is not None:
                apposed.append((d.start, d.end))
                continue
            name = d.text[:1].upper() + d.text[1:]
            items.append(Referent(d.start, d.end, name, d.party, "description"))
        items.extend(_bodies_speaking(doc.text, items, _speech_after(kn)))
        for pm in re.finditer(r"\b(he|she|they|we|who|it|He|She|They|We|Who|It)\b", doc.text):
            items.append(Referent(pm.start(), pm.end(), pm.group(0), None, "pronoun"))
        named = sorted(
            (r.start, r.end) for r in items if r.kind in ("actor", "description", "person")
        )
        words = SpeakerWords.of(kn)
        for rm in words.role_noun.finditer(doc.text):
            if (
                _OWNED_ROLE.match(rm.group(0))
                and rm.group(0).lower().split()[-1] not in words.collective
            ):
                continue  # "its general secretary, X,": a person, named in the apposition
            if rm.group(2) and _covers(named, rm.start(), rm.end()):
                continue  # "the Saudi government" names its body: the description, not a role
            if _runs_on(named, rm.start(), rm.end()):
                continue  # "the Federation (of Tern Pilots)": the head of a longer name
            items.append(Referent(rm.start(), rm.end(), rm.group(0), None, "role"))
        descriptions = [r for r in items if r.kind == "description"]
        for dm in words.described.finditer(doc.text):
            # "Oslo's delegation … the delegation said": only after a description naming it; "the
            # army" (standing_nouns) also as written ("The army offered …")
            noun = dm.group(0).lower().split()[-1]
            if noun in words.standing or any(
                d.end <= dm.start() and noun in d.name.lower() for d in descriptions
            ):
                items.append(Referent(dm.start(), dm.end(), dm.group(0), None, "role"))
        for om in words.own_side.finditer(doc.text):
            # "his country", "her government": the side of the person "he"/"she" stands for
            items.append(Referent(om.start(), om.end(), om.group(0), None, "role"))
        for bm in words.bare_body.finditer(doc.text):
            # "management was prepared to …": a body's noun without an article
            items.append(Referent(bm.start(), bm.end(), bm.group(0), None, "role"))
        inside = {i for a, b in apposed for i in range(a, b)}
        items = [r for r in items if not (r.start in inside and r.end - 1 in inside)]
        items.sort(key=lambda r: (r.start, -r.end))
        kept: list[Referent] = []
        for r in items:  # descriptions win over the state mention inside them
            while (
                kept and kept[-1].start >= r.start and kept[-1].end <= r.end and kept[-1] is not r
            ):
                kept.pop()
            if kept and kept[-1].start <= r.start < kept[-1].end:
                continue
            kept.append(r)
        self.items = kept
        self.starts = [r.start for r in kept]
        self.ends = [r.end for r in kept]  # referents never overlap, so ends are sorted too
        self.genders = index.genders
        self.quoted = tuple(sorted(quoted))
        self._quote_starts = [a for a, _ in self.quoted]
        self._roles = {a.id: a.role for a in index.actors}
        self._parties = {a.id: a.party for a in index.actors}
        self._names = {a.id: a.name for a in index.actors}
        self._orgs_ids = {a.id for a in index.actors if a.type not in ("person", "state")}
        self._types = {a.id: a.type for a in index.actors}
        self._person_ids = {a.id for a in index.actors if a.type == "person"}
        self._speech_after = _speech_after(kn)
        self.words = SpeakerWords.of(kn)

    # Lookups by position (bisect): the cost of a query does not grow with the document.

    def in_range(self, start: int, end: int) -> list[Referent]:
        """Referents starting in [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.items[lo:hi]

    def starting_at(self, pos: int) -> Referent | None:
        k = bisect.bisect_left(self.starts, pos)
        return self.items[k] if k < len(self.items) and self.starts[k] == pos else None

    def ending_at(self, pos: int) -> Referent | None:
        k = bisect.bisect_left(self.ends, pos)
        return self.items[k] if k < len(self.items) and self.ends[k] == pos else None

    def covering(self, pos: int) -> Referent | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.items[k] if k >= 0 and self.items[k].start <= pos < self.items[k].end else None

    def before(self, pos: int, floor: int) -> list[Referent]:
        return [r for r in self.in_range(floor, pos) if r.end <= pos]

    def subject_before(self, pos: int, floor: int) -> Referent | None:
        """The referent that stands right before `pos` (a verb), skipping an apposition."""
        text = self.doc.text
        end = pos
        appos = _apposition_before(text, floor, pos)
        appos_at = floor + appos.start() if appos is not None else pos  # where the apposition opens
        if appos is not None:
            named = self._named_in_apposition(floor, appos_at, pos)
            if named is not None:
                return named  # "The owner, Tern Tankers, has offered …": the name
        for r in self._backwards(floor, pos):  # lazily: the loop stops within ~60 characters
            gap = text[r.end : end]
            # "Ukraine's air force said …", "the armed group's command demanded …": the
            # possessor's body speaks, shown as written.
            if r.kind in ("person", "actor", "role"):
                for n in (1, 2, 3):
                    # not "the government's offer and (put forward …)": "and" owns nothing
                    poss = re.match(r"['’]s(?:\s+(?!(?:and|or|but)\b)[a-z-]+){%d}(?=\s|$)" % n, gap)
                    if poss and _GAP.match(gap[poss.end() :]):
                        np_end = r.end + poss.end()
                        owner = (self.resolve(r) or r) if r.kind == "role" else r
                        return Referent(
                            r.start, np_end, text[r.start : np_end], owner.actor_id, "possessive"
                        )
            inside = appos is not None and r.end > appos_at
            if inside and (
                r.kind != "person"
                or _NOT_APPOSED.search(text, appos_at, r.start)
                or (
                    _MODIFIER_IN_APPOSITION.match(text, appos_at, r.start)
                    and _WORD_AFTER.match(text, r.end)
                )
            ):
                # "Farm unions, led by France's FNSEA, …", "X, a Voss aide, said": not them
                continue
            if _GAP.match(gap) or (appos is not None and _GAP.match(text[r.end : appos_at])):
                # "Peter Slezkine of the Stimson Center called …": the person, not the organisation.
                # "Laura Berg in Seoul says …": the person before a place phrase, not the place.
                of = re.search(
                    r"\s+(?:of|in|at|from)\s+(?:the\s+)?$", text[max(floor, r.start - 12) : r.start]
                )
                if of is not None:
                    owner = [
                        x
                        for x in self._ending(r.start - len(of.group(0)), floor, pos)
                        if x.kind == "person"
                        or (x.kind == "description" and "of" not in of.group(0))
                    ]
                    if owner:
                        return owner[-1]
                if r.kind in ("person", "actor") and self.inside_noun_phrase(r):
                    return self._head_with_phrase(r)  # "a spokeswoman for X says": the spokeswoman
                return r
            if r.end < appos_at - 60:
                break
        return None

    def _named_in_apposition(self, floor: int, appos_at: int, pos: int) -> Referent | None:
        """The name an apposition holds after a description that names no one ("The owner,
        Singapore-registered Tern Tankers, has offered …"): the subject is that name."""
        text = self.doc.text
        if not _PLAIN_DESCRIPTION.fullmatch(text, floor, appos_at):
            return None
        close = text.rfind(",", appos_at + 1, pos)
        names = [
            r
            for r in self.in_range(appos_at + 1, close)
            if r.kind in ("person", "actor") and r.end == close
        ]
        if not names or not _APPOSED_NAME.fullmatch(text, appos_at + 1, names[0].start):
            return None
        return names[0]

    def _apposed_to_person(self, x: Referent) -> bool:
        """ "Karin Lindqvist, a Swedish diplomat, said …": a description apposed to the name right
        before it is that person, no one a later "she" could stand for instead."""
        if x.kind != "description":
            return False
        before = next(self._backwards(max(0, x.start - 60), x.start), None)
        return (
            before is not None
            and before.kind == "person"
            and _APPOSITION_GAP.fullmatch(self.doc.text, before.end, x.start) is not None
        )

    def _backwards(self, floor: int, pos: int):
        """self.before(pos, floor) in reverse order, one at a time."""
        lo = bisect.bisect_left(self.starts, floor)
        for k in range(bisect.bisect_left(self.starts, pos) - 1, lo - 1, -1):
            if self.items[k].end <= pos:
                yield self.items[k]

    def _ending(self, end: int, floor: int, pos: int) -> list[Referent]:
        """The referents of self.before(pos, floor) ending at `end`, in text order."""
        k = bisect.bisect_left(self.ends, end)
        out = []
        while k < len(self.items) and self.ends[k] == end:
            r = self.items[k]
            if floor <= r.start < pos and r.end <= pos:
                out.append(r)
            k += 1
        return out

    def in_quote(self, r: Referent) -> bool:
        """Whether `r` starts inside quotation marks."""
        return self._in_quote(r)

    def _in_quote(self, r: Referent) -> bool:
        k = bisect.bisect_right(self._quote_starts, r.start) - 1
        return k >= 0 and self.quoted[k][0] <= r.start < self.quoted[k][1]

    def _salient_person(self, persons: list[Referent]) -> Referent:
        """Of the people in the latest sentence naming one, the subject of its speech verb ("Clinton
        aide Ann Roe said …": Roe, not Clinton), else the first that is not the object of a
        preposition or of a verb ("In a meeting with X, Y condemned …": Y), else the first."""
        sent = self.doc.sentence_at(persons[-1].start)
        inside = [x for x in persons if sent.start <= x.start < sent.end]
        speaking = next(
            (x for x in inside if self.speaks_after(x.end) and not self.oblique(x)), None
        )
        return speaking or next((x for x in inside if not self.oblique(x)), inside[0])

    def agrees(self, pronoun: str, r: Referent) -> bool:
        """Whether a subject pronoun can stand for the speaker `r`: "it" for a body, "he" and
        "she" for a person, "they" for either (a speaker no list knows is a body when its last
        word is a collective noun: "the company")."""
        pronoun = pronoun.lower()
        if re.search(r"[’']s\s", r.name):
            return False  # "X's lawyer said he …": as likely X, for whom the lawyer speaks
        if pronoun == "they":
            return True
        if r.actor_id is not None and r.actor_id in self._types:
            person = r.actor_id in self._person_ids
        else:
            words = r.name.lower().split()
            person = bool(words) and words[-1] not in self.words.collective
        if person and pronoun in ("he", "she"):
            gender = self.genders.get(r.actor_id or "")
            return gender is None or gender == ("m" if pronoun == "he" else "f")
        return not person and pronoun == "it"

    def person_named(self, name: str, pos: int) -> Referent | None:
        """The latest person before `pos` whose name ends with (or, after an honorific, starts
        with) the last word of `name`: "Clinton said" after "Hillary Clinton", "Mr Kim" after
        "Kim Jong-dae" (family name first)."""
        words = name.split()
        honorific = len(words) == 2 and words[0].rstrip(".") in self.words.honorifics
        key = words[-1]
        for x in reversed(self.in_range(max(0, pos - _LOOKBACK), pos)):
            if x.kind != "person" or x.end > pos:
                continue
            parts = x.name.split()
            if parts[-1] == key or (honorific and parts[0] == key and len(parts) > 1):
                return x
        return None

    def _possessor_of_person(self, r: Referent, end: int) -> bool:
        """Whether a person named after `r`'s possessive ("X's campaign manager Robby Roe") is the
        head of the noun phrase."""
        if not _POSSESSIVE.match(self.doc.text, r.end):
            return False
        return any(
            x.kind == "person" and x.start > r.end
            for x in self.in_range(r.end, min(end, r.end + 40))
        )

    def _modified_head(self, r: Referent, end: int) -> Referent | None:
        """ "a Port Authority official" (before `end`): the noun phrase whose head the name
        modifies, shown as written, the name's actor its party."""
        text = self.doc.text
        after = _WORD_AFTER.match(text, r.end, end)
        if r.actor_id is None or after is None or after.group(1).lower() not in self.words.heads:
            return None
        det = _DETERMINER_BEFORE.search(text, max(0, r.start - 40), r.start)
        return self._phrase(det.start(1) if det else r.start, after.end(1), r)

    def _head_with_phrase(self, r: Referent) -> Referent | None:
        """ "A spokeswoman for the Farmers Federation": the noun phrase whose prepositional phrase
        names `r`, shown as written, `r` its party; None without a determiner to open it."""
        text = self.doc.text
        head = _HEAD_BEFORE.search(text, max(0, r.start - 40), r.start)
        if head is None:
            return None
        det = _DETERMINER_BEFORE.search(text, max(0, head.start() - 40), head.start())
        if det is None or det.end() != head.start():
            return None
        return self._phrase(det.start(1), r.end, r)

    def _phrase(self, start: int, end: int, r: Referent) -> Referent:
        """The noun phrase [start, end) holding `r`, shown as written: a body in it is its party;
        a person in it is not its speaker ("a Voss aide" is no Voss)."""
        owner = r.actor_id if r.kind == "actor" else None
        return Referent(start, end, self.doc.text[start:end], owner, "possessive")

    def inside_noun_phrase(self, r: Referent) -> bool:
        """Whether `r` only modifies the head noun of a speaker's noun phrase: before it ("a Port
        Authority official", "the Voss campaign") or in its prepositional phrase ("a spokeswoman
        for Lena Voss", "experts on Norway")."""
        text = self.doc.text
        after = _WORD_AFTER.match(text, r.end)
        if after is not None and after.group(1).lower() in self.words.heads:
            return True
        before = _HEAD_BEFORE.search(text, max(0, r.start - 40), r.start)
        return before is not None and before.group(1).lower() in self.words.heads

    def speaks_after(self, pos: int) -> bool:
        """Whether a speech verb follows `pos`, after an apposition or an adverb at most."""
        return self._speech_after.match(self.doc.text, pos, pos + 120) is not None

    def oblique(self, r: Referent) -> bool:
        """Whether `r` follows a preposition or an object-taking verb within its sentence, with at
        most three title words between ("with harbour chief X", "told X"): not a subject."""
        sent = self.doc.sentence_at(r.start)
        return _OBLIQUE.search(self.doc.text, max(sent.start, r.start - 60), r.start) is not None

    def _clause_subject(self, r: Referent) -> bool:
        """Whether `r` opens a that-clause ("she added that the company …"), a subject, though a
        verb stands before it."""
        sent = self.doc.sentence_at(r.start)
        return (
            _THAT_CLAUSE.search(self.doc.text, max(sent.start, r.start - 40), r.start) is not None
        )

    def union_for(self, noun: str, pos: int) -> Referent | None:
        """ "The teachers (insisted …)" after "the Ostra Teachers Alliance": the union named
        before whose name holds the group's noun (one of worker_nouns)."""
        noun = noun.lower()
        if noun not in self.words.workers:
            return None
        for x in self._backwards(max(0, pos - 3000), pos):
            if (
                x.kind == "actor"
                and self._types.get(x.actor_id or "") == "union"
                and noun in x.name.lower().split()
            ):
                return x
        return None

    def agents_of(self, start: int, end: int) -> Referent | None:
        """ "Its negotiators", "their members" [start, end): the body "it" or "they" stands for."""
        m = self.words.agents.fullmatch(self.doc.text, start, end)
        if m is None:
            return None
        word = "it" if m.group(1).lower() == "its" else "they"
        return self.resolve(Referent(start, m.end(1), word, None, "pronoun"))

    def resolve(self, r: Referent | None) -> Referent | None:
        """Pronouns, role nouns and definite descriptions → the earlier referent they stand for."""
        if r is None or r.kind in ("person", "actor", "possessive", "body"):
            return r
        body_noun = r.kind == "pronoun" and r.name.lower() == "it"
        earlier = [
            x
            for x in self.in_range(max(0, r.start - _LOOKBACK), r.start)
            if x.end <= r.start
            and (
                x.kind in ("person", "description", "actor", "body")
                # "The bondholder committee, whose members …, said …. It also …": a body's noun
                or (body_noun and x.kind == "role" and self._body_noun(x))
            )
            and not self._in_quote(x)
            and not self._apposed_to_person(x)
        ]
        if r.kind == "description":
            return self._definite(r, earlier) or r
        if r.kind == "pronoun":
            return self._pronoun(r, earlier)
        own = self.words.own_side.fullmatch(r.name)
        if own:
            return self._persons_side(r, own.group(1).lower(), earlier)
        owned = _OWNED_ROLE.match(r.name)
        if owned:  # "its foreign ministry": the ministry of the body "its" stands for
            pron = "it" if owned.group(1).lower() == "its" else "they"
            owner = self._pronoun(Referent(r.start, r.start + 3, pron, None, "pronoun"), earlier)
            if owner is None or owner.actor_id is None:
                return None
            name = f"{owner.name}’s {r.name[owned.end() :]}"
            return Referent(r.start, r.end, name, owner.actor_id, "description")
        noun = r.name.lower().split()[-1]
        if noun in self.words.not_referring:
            return self._described(noun, r, earlier)
        if noun == "statement":
            issuer = self._statement_issuer(r, earlier)
            if issuer is not None:
                return issuer
        if noun in self.words.collective:
            return self._collective(r, noun, earlier)
        return self._role_noun(noun, earlier)

    def _state_in_sentence(self, r: Referent, earlier: list[Referent]) -> Referent | None:
        """ "A spokesman for Norway said the government was ready …": the one state named before
        in the sentence (its own government); None when there are two or none."""
        start = self.doc.sentence_at(r.start).start
        states: dict[str, Referent] = {}
        sides: set[str] = set()
        for x in earlier:
            if x.start < start or x.actor_id is None:
                continue
            side = x.actor_id if x.kind == "actor" else self._party(x.actor_id)
            if x.kind in ("actor", "person") and side and self._types.get(side) == "state":
                sides.add(side)
                if x.kind == "actor":
                    states[side] = x
        if len(sides) != 1:
            return None
        side = sides.pop()
        name = self._names.get(side) or side
        return states.get(side) or Referent(r.start, r.end, name, side, "actor")

    def _described(self, noun: str, r: Referent, earlier: list[Referent]) -> Referent | None:
        """ "the delegation", "the team": the latest description naming that noun ("Oslo's
        delegation"), not any body named before (two delegations meet in most talks)."""
        for x in reversed(earlier):
            if r.start - x.end > 1500:
                break
            if x.kind == "description" and noun in x.name.lower().split():
                return x
        return None

    def _persons_side(self, r: Referent, pron: str, earlier: list[Referent]) -> Referent | None:
        """ "his country", "her party": the party of the person the pronoun stands for, as an
        actor; the person, when their side is not named; None when no person is found."""
        word = "he" if pron == "his" else "she"
        person = self._pronoun(
            Referent(r.start, r.start + len(pron), word, None, "pronoun"), earlier
        )
        if person is None or person.kind != "person":
            return None
        party = self._party(person.actor_id)
        if party is None:
            return person  # the person stands for a side not named
        return Referent(r.start, r.end, self._names.get(party, party), party, "actor")

    def pair_before(self, pos: int, lookback: int = 0) -> list[Referent]:
        """The latest "X and Y" of two parties (not people) in this or the previous sentence (or
        within `lookback` characters)."""
        sent = self.doc.sentence_at(pos)
        floor = self.doc.sentence_at(sent.start - 1).start if sent.start else 0
        if lookback:
            floor = min(floor, max(0, pos - lookback))
        text = self.doc.text
        parties = [r for r in self.in_range(floor, pos) if r.end <= pos and r.kind == "actor"]
        for a, b in reversed(list(itertools.pairwise(parties))):
            # "X and Y", "X and the Y", "X and the Christian union Y"
            joined = _PAIR_AND.fullmatch(text, a.end, b.start)
            if joined and a.actor_id != b.actor_id:
                return [a, b]
        return []

    def _pronoun(self, r: Referent, earlier: list[Referent]) -> Referent | None:
        word = r.name.lower()
        if word == "who":
            return earlier[-1] if earlier and r.start - earlier[-1].end <= 3 else None
        want = _PRONOUNS.get(word)
        if want in ("m", "f"):
            return self._gendered(r, want, earlier)
        if self._unknown_speaker_before(r):
            return None
        if want == "n" and self.speaks_after(r.end):
            # "“…,” it said": the body that spoke last, not the nearest one named in passing
            for x in reversed(earlier):
                if r.start - x.end > 1500:
                    break
                if (
                    x.kind in ("actor", "body")
                    and x.actor_id not in self._person_ids
                    and self.speaks_after(x.end)
                ):
                    return x
        if want != "n":
            return self._subject_before(r, earlier, ("description", "actor"))
        found = self._subject_before(r, earlier, ("actor", "body"), collective=True)
        if (
            found is not None and found.kind == "role"
        ):  # "the committee": named before, or as written
            name = found.name[:1].upper() + found.name[1:]
            return self.resolve(found) or Referent(
                found.start, found.end, name, None, "description"
            )
        return found

    def _body_noun(self, x: Referent) -> bool:
        """A role referent "it" may stand for: a body's noun ("the committee"), not the side of
        whoever speaks of it ("the city": `speakers_side_nouns`)."""
        noun = x.name.lower().split()[-1]
        return noun in self.words.collective and noun not in self.words.speakers_side

    def _subject_before(
        self, r: Referent, earlier: list[Referent], kinds: tuple[str, ...], collective: bool = False
    ) -> Referent | None:
        """ "they"/"we" (a name or description), "it" (a body, or a collective noun): the subject
        of the nearest sentence that names one, its first such referent that is no object
        ("democracies like Norway, they add": not Norway). A subject is the likelier antecedent
        than a name after it ("The rebels met envoys in Doha (Qatar). They demand …": the rebels,
        not Qatar), and a possessor is none ("Yemen's rebels")."""
        near = [
            x
            for x in earlier
            if r.start - x.end <= 600
            and (
                x.kind in kinds
                or (collective and x.name.lower().split()[-1] in self.words.collective)
            )
            and (not self.oblique(x) or self._clause_subject(x))
            and self.doc.text[x.end : x.end + 1] not in ("’", "'")  # "Yemen's Houthis": a possessor
        ]
        if not near:
            return None
        sent = self.doc.sentence_at(near[-1].start)
        return next(x for x in near if x.start >= sent.start)

    def _gendered(self, r: Referent, want: str, earlier: list[Referent]) -> Referent | None:
        """ "he"/"she": the salient earlier person of that gender (or of none known), else a
        singular description ("the official") met before any person."""
        persons: list[Referent] = []
        for x in reversed(earlier):
            if x.kind == "person" and self.genders.get(x.actor_id or "", want) == want:
                persons.insert(0, x)
                continue
            if persons:
                continue
            if (
                x.kind == "description"
                and not x.name.lower().endswith("s")
                and not self.oblique(x)
                and x.name.lower().split()[-1] not in self.words.collective
                and r.start - x.end < 400
            ):
                return x
        return self._salient_person(persons) if persons else None

    def _collective(self, r: Referent, noun: str, earlier: list[Referent]) -> Referent | None:
        """ "the union" → the latest body named "… Union" (or of that type), before any body at
        all; a body of the noun's own type (a union for "the union") however far back."""
        for x in reversed(earlier):
            near = r.start - x.end <= 1500
            if (
                x.kind == "actor"
                and x.actor_id in self._orgs_ids
                and noun != "statement"
                and (
                    (near and noun in x.name.lower().split() and not self._other_kind(x, noun))
                    or self._types.get(x.actor_id) == self.words.body_types.get(noun, noun)
                    or self._company_noun(x, noun)
                    or (near and self._apposed_noun(x, noun))
                )
            ):
                return x
        if noun in self.words.state_side:
            return self._state_in_sentence(r, earlier)
        if noun in self.words.named_only:
            return None
        for x in reversed(earlier):
            if r.start - x.end > 1500:
                break
            if x.kind == "actor" and (
                noun == "statement" or (x.actor_id in self._orgs_ids and not self._unlike(x, noun))
            ):
                return x
            if x.kind == "description" and (noun == "statement" or noun in x.name.lower()):
                return x
        return None

    def _apposed_noun(self, x: Referent, noun: str) -> bool:
        """ "Canacero, the national steel chamber, …. The chamber wants …": a body an apposition
        right after its name calls by the noun."""
        m = _APPOSED_NOUN.match(self.doc.text, x.end)
        return m is not None and m.group(1).lower() == noun

    def _company_noun(self, x: Referent, noun: str) -> bool:
        """ "Aurelia Airways …. The airline offered …": a noun describing a company
        (body_descriptions: "firm", "airline", "carrier") stands for a company named before, as
        "the company" does."""
        return self.words.noun_types.get(noun) == "company" == self._types.get(x.actor_id or "")

    def _unlike(self, x: Referent, noun: str) -> bool:
        """Whether a body is the other side of a labour dispute than the body `noun` names: "the
        union" is no company named before, "the company" no union."""
        kind = self._types.get(x.actor_id or "")
        want = self.words.noun_types.get(noun)
        if want in ("union", "company") and self._public_body(x):
            return True  # "the union" is no labour board or ministry named before
        return {kind, want} == {"union", "company"}

    def _public_body(self, x: Referent) -> bool:
        """Whether a body's name is headed by a public body's noun (`public_body_heads`: "the
        National Labor Relations Commission", "the Ministry of Labour")."""
        words = x.name.split()
        return bool(words) and (
            words[-1] in self.words.public_heads or words[0] in self.words.public_heads
        )

    def _other_kind(self, x: Referent, noun: str) -> bool:
        """Whether a bloc or a state is of another kind than the body `noun` describes: "the
        union" of a strike is not the European Union, whose name only holds the word."""
        kind = self._types.get(x.actor_id or "")
        want = self.words.noun_types.get(noun)
        return kind in ("bloc", "state") and want is not None and want != kind

    def _role_noun(self, noun: str, earlier: list[Referent]) -> Referent | None:
        """ "the minister", "the source": a description or a person with that role named before."""
        for x in reversed(earlier):
            if x.kind == "description" and (noun == "source" or noun in x.name.lower()):
                return x
            if x.kind == "person":
                role = self._role(x.actor_id)
                if role and noun in role.lower():
                    return x
        for x in reversed(earlier):
            if x.kind == "description" and noun in ("source", "official"):
                return x
        return None

    def _unknown_speaker_before(self, r: Referent) -> bool:
        """ "Network Rail said that it …": "it" is that speaker, a name no actor list knows."""
        sent = self.doc.sentence_at(r.start)
        head = self.words.named_speaker.match(self.doc.text, sent.start, r.start)
        if head is None:
            return False
        named = self.in_range(sent.start, head.end(1))
        # a body no list knows, or one taken for a person ("it" never stands for a person)
        return not named or (r.name.lower() == "it" and all(x.kind == "person" for x in named))

    def _statement_issuer(self, r: Referent, earlier: list[Referent]) -> Referent | None:
        """ "the statement added" → whoever issued the statement named before ("In a statement, X
        said")."""
        text = self.doc.text
        at = text.rfind("statement", max(0, r.start - 1500), r.start)
        if at < 0:
            return None
        sent = self.doc.sentence_at(at)
        inside = [x for x in earlier if sent.start <= x.start < sent.end]
        after = [x for x in inside if x.start > at]
        pick = next(iter(after or inside), None)
        return self.resolve(pick) if pick is not None and pick.kind != "pronoun" else None

    def _definite(self, r: Referent, earlier: list[Referent]) -> Referent | None:
        """ "the Pentagon's top military official" → the person just named, if any."""
        words = r.name.lower().split()
        if words[0] != "the" or words[-1] in self.words.collective or words[-1].endswith("s"):
            return None
        # "the Russian leader": a person of that party; else a person of unknown side who spoke
        # ("Gen. X said …" / "“…,” the Pentagon's top official told senators"), never one merely
        # named.
        persons = [
            x
            for x in earlier
            if x.kind == "person"
            and r.start - x.end < 1200
            and (r.actor_id is None or self._party(x.actor_id) in (None, r.actor_id))
        ]
        if r.actor_id and any(self._party(x.actor_id) == r.actor_id for x in persons):
            persons = [x for x in persons if self._party(x.actor_id) == r.actor_id]
        else:
            persons = [x for x in persons if self.speaks_after(x.end) and r.start - x.end < 400]
        return self._salient_person(persons) if persons else None

    def _party(self, actor_id: str | None) -> str | None:
        return self._parties.get(actor_id or "")

    def _role(self, actor_id: str | None) -> str | None:
        return self._roles.get(actor_id or "")

    def first_in(self, start: int, end: int) -> Referent | None:
        """The first referent in [start, end) that can be a subject, resolved."""
        for r in self.in_range(start, end):
            if r.kind in ("person", "actor") and self._possessor_of_person(r, end):
                continue  # "X's campaign manager Robby Roe said …": Roe
            modified = self._modified_head(r, end) if r.kind in ("person", "actor") else None
            if modified is not None and not self.oblique(r):
                return modified
            if (
                r.kind in ("person", "actor") and (self.oblique(r) or self.inside_noun_phrase(r))
            ) or self._in_quote(r):
                continue  # an object, a modifier, or a name inside a quotation is not the subject
            if start <= r.start and r.end <= end and r.kind != "pronoun":
                return self.resolve(r)
            if (
                start <= r.start
                and r.end <= end
                and r.kind == "pronoun"
                and r.name.lower() in ("he", "she")
            ):
                return self.resolve(r)
        return None
