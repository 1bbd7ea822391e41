"""Organisations the gazetteer does not know: named by a head noun ("X Council"), by initials
spelled out before ("the United Auto Workers (UAW)"), or a one-word name or initials that speak
or act in the article ("Ryanair threatened …")."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...ids import slugify
from ..knowledge import Knowledge, alternation
from .records import ActorMention, MentionList
from .words import _Tables, _Words

if TYPE_CHECKING:  # the scan calls these rules: only its type is needed here
    from .scan import _Scan


# "a new Joint Council": a kind, not a name; not across a preposition ("a proposal from X Steel")
_A_KIND = re.compile(
    r"(?:^|\s)(?:[Aa]|[Aa]n)\s+(?:(?!(?:from|by|of|with|to|for|in|at|on)\b)[a-z\d][\w-]*\s+){1,2}$"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _named_bodies_only(text, orgs, org_mentions, quoted, person_nouns) -> dict:
    """The bodies found by their head noun ("X Council", "X Party") that the article names as a
    body in its own voice: not only inside quotation marks ("Be the Smart Party," he said), and
    not only as a kind: an indefinite article and a modifier before the name ("a new Joint
    Council", "a 30-seat Regional Council"), unless a person noun follows ("a senior Port Authority
    official" names the body)."""
    starts = [a for a, _ in quoted]

    def named(m: ActorMention) -> bool:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and quoted[k][0] <= m.start < quoted[k][1]:
            return False
        if _A_KIND.search(text, max(0, m.start - 40), m.start) is None:
            return True
        nxt = _NEXT_WORD.match(text, m.end)
        return nxt is not None and nxt.group(1) in person_nouns

    keep = {m.actor for m in org_mentions if named(m)}
    org_mentions[:] = [m for m in org_mentions if m.actor in keep]
    return {oid: v for oid, v in orgs.items() if oid in keep}


_POSSESSIVE_BEFORE = re.compile(r"['’]s? $")


def _owned_by_body(text: str, c_start: int, gaz: MentionList) -> bool:
    """ "NBC's Dana Ruiz", "Hamas's Omar Said": a name right after a known body's possessive."""
    m = _POSSESSIVE_BEFORE.search(text, max(0, c_start - 3), c_start)
    return m is not None and gaz.ending_at(m.start()) is not None


def _named_bodies(text, kn, covered, org_heads, orgs, org_mentions, person_spans) -> None:
    """ "the Democratic Unity coalition", "the Likud party": a capitalised name before a lower-case
    head noun of the lexicon (`organization_heads_after`) is a body, named with its head."""
    heads = kn.words("organization_heads_after")
    if not heads:
        return
    pattern = _BODY_BEFORE_HEAD.get(heads)
    if pattern is None:
        alt = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
        pattern = _BODY_BEFORE_HEAD[heads] = re.compile(
            # the first capital before the look back at what precedes it: a quick scan for
            # capitals finds where to try
            r"([A-Z](?<![\w’'-].)[\w’'-]*\s+(?:and\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,3})"
            # "the Vereinigung Cockpit (VC) union": the body's initials between name and head
            r"(?:\([A-Z][A-Za-z&.-]{1,9}\)\s+)?(" + alt + r")\b"
        )
    taken = [(a, b) for a, b, _, _ in person_spans] + [(x.start, x.end) for x in org_mentions]
    for m in pattern.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _Words.of(kn).sentence:
            words = words[1:]
        if not words or words[-1] == "and":
            continue
        start = m.start(1) + m.group(1).find(words[0])
        if any(i in covered for i in range(start, m.end(1))) or any(
            a < m.end(1) and start < b for a, b in taken
        ):
            continue  # a country, a person or a body some other rule already named
        name, end = " ".join(words) + " " + m.group(2), m.end(2)
        if m.end(1) < m.start(2):  # named without the head its initials stand before
            name, end = " ".join(words), start + len(" ".join(words))
        oid = slugify(name)
        orgs.setdefault(oid, (name, org_heads.get(m.group(2).capitalize(), "organization"), None))
        org_mentions.append(ActorMention(start, end, oid, "organization"))


_BODY_BEFORE_HEAD: dict[frozenset[str], re.Pattern[str]] = {}


# --- bodies known by what they do ----------------------------------------------------------


def _acting_bodies(text: str, kn: Knowledge, scan: _Scan) -> None:
    """ "Ryanair said …", "Unite called for …", "…, said GM": a one-word name (or initials) that
    speaks or makes a move, which no other rule reads as a person, place or body, is a body; its
    other mentions are the body's too. Only when the article shows the word is a name (see
    _shown_as_name). One pass over the capitalised words: the cost is linear in the text."""
    acts, inverted, skip = _acting_patterns(kn)
    t = _Tables.of(kn)
    not_body = t.place_before_state | {"a", "an", "another", "from"}
    # positions inside a name already read, and inside PERSON entities (sets: one lookup per word)
    taken = (
        {i for a, b, _, _ in scan.person_spans for i in range(a, b)}
        | scan.covered
        | {i for m in scan.org_mentions for i in range(m.start, m.end)}
    )
    people = {i for a, b in scan.ner_people for i in range(a, b)}
    spots: dict[str, list[tuple[int, int]]] = {}  # where each word stands (read if it acts)
    acting: set[str] = set()
    for m in _ONE_WORD.finditer(text):
        word, s, e = m.group(0), m.start(), m.end()
        if s in taken:
            continue
        spots.setdefault(word, []).append((s, e))
        if s not in people and (
            acts.match(text, e)
            or (_NAME_ENDS.match(text, e) and inverted.search(text, max(0, s - 16), s))
        ):
            acting.add(word)  # "…, said GM." acts; "said GM host Ana Ruiz" does not
    given = kn.male | kn.female
    for word in sorted(acting):
        if (
            word in skip
            or word.lower() in t.title_words  # "the PM to request …": a title
            or word in given
            or word + "." in kn.words("abbreviations")
            or word.lower().endswith(tuple(kn.words("group_head_endings")))
        ):
            continue
        seen = [_seen(text, s, e) for s, e in spots[word]]
        if not _shown_as_name(word, seen, skip, given, t.title_words, not_body):
            continue
        oid = slugify(word)
        if not oid or oid in scan.orgs:
            continue
        company = scan.company_by_first_word(word)  # "Kestrel" after "Kestrel Ridge Resources"
        if company is None:
            scan.orgs[oid] = (word, "organization", None)
        kept = company or oid
        scan.org_mentions.extend(ActorMention(s, e, kept, "organization") for s, e in spots[word])


@dataclass(frozen=True)
class _Seen:
    """One place a capitalised word stands: the word before it and what separates them, the word
    after."""

    start: int
    end: int
    before: str
    gap: str
    after: str


def _seen(text: str, s: int, e: int) -> _Seen:
    b = _WORD_BEFORE.search(text, max(0, s - 40), s)
    a = _WORD_AFTER.match(text, e)
    return _Seen(s, e, b.group(1) if b else "", b.group(2) if b else "", a.group(1) if a else "")


_WORD_BEFORE = re.compile(r"([\w’'-]+)([,;]?\s+)$")
_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
_NAME_ENDS = re.compile(r"\s*(?:[.,;:!?”\")]|$)")  # nothing of a longer name after the word
# a capitalised word standing alone or before a possessive ("GM’s"), not inside "Yahoo! News" or
# "A.B."; the capital comes before the look back at what precedes it (a quick scan for capitals)
_ONE_WORD = re.compile(r"[A-Z](?<![\w’'.&-].)[A-Za-z]{1,29}(?=[’']s\b|(?![\w’'.&-]*[\w&]))(?!!)")


def _shown_as_name(
    word: str, places: list[_Seen], skip: frozenset[str], given, titles, not_body
) -> bool:
    """Initials, or a capitalised word seen inside a sentence (after a lower-case word or a comma);
    never after a title or another capitalised word that is no sentence opening (a surname), after
    "in" or "a" (a place, a person), nor, unless initials, before a given name (a title) or another
    capitalised word (part of a longer name)."""
    for x in places:
        if (
            x.before[:1].isupper()
            and (x.before not in skip or x.before in titles)
            and not x.gap.startswith((",", ";"))
        ):
            return False  # "Ana Ruiz", "President Ruiz": a surname
        if x.before.lower() in not_body:
            return False  # "in Lakeland": a place; "a Lakelander": one person
    if _ACRONYM.fullmatch(word):
        return True
    if any(x.after and (x.after in given or x.after not in skip) for x in places):
        return False  # "Commissioner Rob Ode": a title; "Lake Forest": a longer name
    return any(x.before[:1].islower() or x.gap.startswith((",", ";")) for x in places if x.before)


def _acting_patterns(kn: Knowledge) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """What follows a body that speaks or moves (auxiliaries, then a speech cue or a move cue's
    verb), what precedes an inverted one (", said"), and the capitalised words that are no name."""
    if id(kn) not in _ACTING:
        verbs = [
            str(v)
            for g in kn.lexicon["move_cues"]
            if g.get("content") not in _COMMON_VERB_SLOTS
            for v in g.get("verbs", ())
        ]
        speech = sorted(kn.words("speech_person_cues"), key=len, reverse=True)
        acts = re.compile(
            r"(?:\s+(?:"
            + alternation(kn.words("cue_auxiliaries"))
            + r")){0,3}\s+(?:"
            + "|".join(map(re.escape, speech))
            + "|"
            + "|".join(f"(?:{v})" for v in verbs)
            + r")\b"
        )
        inverted = re.compile(
            r"(?:[,”\"]\s+(?:" + "|".join(map(re.escape, speech)) + r")|\baccording to)\s+$"
        )
        skip = frozenset(
            kn.words("sentence_words")
            | kn.words("opening_words")
            | kn.words("months")
            | kn.words("weekdays")
            | _Tables.of(kn).title_words
            | kn.words("honorifics")
            | {str(w).capitalize() for w in kn.words("group_nouns") | kn.words("person_nouns")}
        )
        _ACTING[id(kn)] = (
            kn,
            (acts, inverted, skip),
        )  # kn kept alive: its id is not reused while cached
    return _ACTING[id(kn)][1]


_ACTING: dict[int, tuple[Knowledge, tuple]] = {}
# frames whose verbs are common ones ("make", "send", "push", "hope"): after a name, no sign it acts
_COMMON_VERB_SLOTS = frozenset({"plan", "into", "condition", "acquired"})


# a capitalised word and "and"/"of"/"&" right before a name: it ends a longer one ("Peoples'
# Equality and Democracy, the main Kurdish party": not "Democracy")
_IN_LONGER = re.compile(r"[A-Z][\w’'.-]*\s+(?:and|of|&|for)\s+$|[A-Z][\w.-]*[’']?\s+$")
# at most this many bodies named by a description per article: each costs one pass for its mentions
_MAX_DESCRIBED = 12
# one to three capitalised words, "&" between two of them ("Cobb Timber & Tools")
_NAME = r"((?:[A-Z][\w.&’'-]*[\w&])(?:(?:\s+&)?\s+[A-Z][\w.&’'-]*[\w&]){0,2})"


def _described_bodies(text: str, kn: Knowledge, scan: _Scan) -> None:
    """ "IG Metall, Germany's largest union, …", "Norland, the ferry operator, …", "the rail union
    Ver.di", "carmaker Norvik": a name of one to three capitalised words that an apposition or a
    noun right before it calls a body (`body_descriptions`), and that no other rule read as a
    person, place or body; its other mentions are the body's too."""
    after, before, staff, kinds = _description_patterns(kn)
    _, _, skip = _acting_patterns(kn)
    given = kn.male | kn.female
    taken = (
        {i for a, b, _, _ in scan.person_spans for i in range(a, b)}
        | scan.covered
        | {i for m in scan.org_mentions for i in range(m.start, m.end)}
    )
    found: dict[str, str] = {}
    for m in [*after.finditer(text), *before.finditer(text), *staff.finditer(text)]:
        k = 2 if m.re is before else 1  # the name's group; the noun's is the other one
        name, noun, at = m.group(k), m.group(3 - k), m.start(k)
        words = name.split()
        if (
            at in taken
            or words[0] in skip
            or words[0] in given
            or _IN_LONGER.search(text, max(0, at - 40), at)
        ):
            continue
        if len(found) < _MAX_DESCRIBED and slugify(name) and slugify(name) not in scan.orgs:
            found.setdefault(name, kinds.get(noun.lower().split()[-1], "organization"))
    if not found:
        return
    for name, kind in found.items():
        scan.orgs[slugify(name)] = (name, kind, None)
    spots = re.compile(r"(?<![\w’'.&-])(?:" + alternation(found) + r")(?![\w&-]|\.\w)")
    scan.org_mentions.extend(
        ActorMention(m.start(), m.end(), slugify(m.group(0)), found[m.group(0)])
        for m in spots.finditer(text)
        if m.start() not in taken
    )


def _description_patterns(
    kn: Knowledge,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict]:
    """A name and its apposition (", Germany's largest union,"), a noun and the name after it
    ("the rail union Ver.di"), and each noun's body type; built once per knowledge."""
    if id(kn) not in _DESCRIBED:
        _DESCRIBED[id(kn)] = (kn, _build_description_patterns(kn))  # kn kept alive
    return _DESCRIBED[id(kn)][1]


_DESCRIBED: dict[int, tuple[Knowledge, tuple]] = {}


def _build_description_patterns(
    kn: Knowledge,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict]:
    kinds = {str(k).lower(): str(v) for k, v in kn.lexicon.get("body_descriptions", {}).items()}
    nouns = alternation(kinds)
    after = re.compile(
        r"(?<![\w’'.&-])" + _NAME + r",\s+(?:the|a|an|[A-Z][\w.-]*[’']s)\s+"
        r"(?:[\w’'-]+\s+){0,3}?(" + nouns + r")(?=[,.;])"
    )
    # the noun in lower case: not the end of a name ("Labour Party Chairman X")
    before = re.compile(r"(?<![\w’'-])(" + nouns + r")\s+" + _NAME + r"(?=[’']s\b|[\s,.;:)])")
    # initials before one of their people: "said CN spokesman Ana Ruiz", "UAW negotiators"
    staff = re.compile(
        r"(?<![\w’'.&-])([A-Z]{2,6})\s+("
        + alternation(str(w).lower() for w in kn.words("person_nouns"))
        + r")\b"
    )
    return after, before, staff, kinds
