"""Actors: states, blocs and organisations from the gazetteer, people and organisations from
capitalised name patterns, unnamed speakers ("a Ukrainian official") as descriptions.

Blank tier, no model: a person is a run of capitalised words that is not a known place or
organisation and either starts with a known given name or carries a title or role ("Foreign
Minister Javad Zarif", "Mr Johnson"). Role and party come from what stands next to the name:
"U.S. President Donald Trump", "Russia's chief negotiator, Vladimir Medinsky", "Peter Slezkine of
the Stimson Center".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..ids import name_key as ids_name_key
from ..ids import slugify
from ..model import Actor, Document, Mention
from .knowledge import Knowledge, alternation

_TOKEN = re.compile(r"[^\W\d_][\w]*(?:[-'’][^\W\d_]{2,}\w*)*\.?|&")


@dataclass(frozen=True)
class _Words:
    """The lexicon's words for names (see data/lexicon.yml), read once per knowledge."""

    particles: frozenset[str]  # name_particles: "bin", "von"
    lower_keep: frozenset[
        str
    ]  # lower-case words that may sit inside a name: particles, "of", "for"
    prefixes: tuple[str, ...]  # name_prefixes: "al-"
    prefixed: re.Pattern[str]  # a prefix, then a capital: "al-Kidra"
    candidates: re.Pattern[str]  # the tokens a name may hold: all but plain lower-case words
    abbreviations: frozenset[str]  # "Gen.": the period is the word's
    sentence: frozenset[str]  # sentence_words: never begin a name
    months: frozenset[str]
    modifiers: frozenset[str]  # role_modifiers
    honorifics: frozenset[str]  # lower case: "mr"
    no_role: frozenset[str]  # honorifics and "title": evidence of a person, not a role

    @classmethod
    def of(cls, kn: Knowledge) -> _Words:
        if id(kn) not in _WORDS:
            particles, prefixes = (
                _lower(kn, "name_particles"),
                tuple(sorted(_lower(kn, "name_prefixes"))),
            )
            honorifics = frozenset(h.rstrip(".") for h in _lower(kn, "honorifics"))
            _WORDS[id(kn)] = (
                kn,
                cls(  # kn kept alive: its id is not reused while cached
                    particles=particles,
                    lower_keep=particles | {"of", "for"},
                    prefixes=prefixes,
                    prefixed=re.compile(f"(?:{alternation(prefixes)})[A-Z]"),
                    candidates=_candidate_tokens(particles | {"of", "for"}, prefixes),
                    abbreviations=kn.words("abbreviations"),
                    sentence=kn.words("sentence_words"),
                    months=kn.words("months"),
                    modifiers=_lower(kn, "role_modifiers"),
                    honorifics=honorifics,
                    no_role=honorifics | {"title"},
                ),
            )
        return _WORDS[id(kn)][1]


_WORDS: dict[int, tuple[Knowledge, _Words]] = {}


def _candidate_tokens(lower_keep: frozenset[str], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """The tokens of _TOKEN that do not start with a plain lower-case word: those starting with any
    other letter (or "&"), a lower-case word a name may hold ("bin", "of"), or a name prefix
    ("al-"). A token right after a letter, or two letters after a hyphen or apostrophe joining them
    to a word ("Al-Nour", "O'Neill"), is inside a longer one and is skipped."""
    whole = r"\.?(?![\w]|[-'’][^\W\d_]{2})"
    return re.compile(
        r"(?<![^\W\d_])(?!(?<=\w[-'’])[^\W\d_]{2})(?=[^\W\d_a-z]|&|(?i:"
        + alternation(lower_keep)
        + ")"
        + whole
        + "|(?i:"
        + alternation(prefixes)
        + "))"
        + _TOKEN.pattern
    )


def _lower(kn: Knowledge, key: str) -> frozenset[str]:
    """A lexicon list matched against lower-cased words."""
    return frozenset(str(w).lower() for w in kn.words(key))


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    actor: str  # actor id
    kind: str  # name|alias|capital|metonym|demonym|person|surname|organization


class MentionList(list):
    """Mentions in text order (non-overlapping), with bisect lookups by position."""

    def __init__(self, items) -> None:
        super().__init__(sorted(items, key=lambda m: (m.start, -m.end)))
        self.starts = [m.start for m in self]

    def in_range(self, start: int, end: int) -> list:
        return self[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def starting_at(self, pos: int):
        return next(iter(self.in_range(pos, pos + 1)), None)

    def covering(self, pos: int):
        k = bisect.bisect_right(self.starts, pos) - 1
        while k >= 0 and pos - self.starts[k] < 200:
            if self[k].start <= pos < self[k].end:
                return self[k]
            k -= 1
        return None

    def ending_at(self, pos: int):
        return next((m for m in self.in_range(max(0, pos - 200), pos) if m.end == pos), None)


@dataclass(frozen=True)
class Description:
    """An unnamed speaker or group: "a Ukrainian official", "Western diplomats"."""

    start: int
    end: int
    text: str
    party: str | None
    plural: bool


@dataclass
class _Person:
    name: str
    tokens: tuple[str, ...]
    role: str | None = None
    party: str | None = None
    forms: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ActorIndex:
    """The actors of one document and where each is mentioned, in text order."""

    actors: tuple[Actor, ...]
    mentions: tuple[ActorMention, ...]
    descriptions: tuple[Description, ...]
    genders: dict[str, str]

    def by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}


def name_key(name: str) -> str:
    """Transliteration-tolerant key (one definition, in ids): Zelenskiy / Zelensky / Zelenskyy and
    Зеленский share one; two Cyrillic names never collapse into an empty key."""
    return ids_name_key(name)


def extract_actors(
    doc: Document,
    kn: Knowledge,
    ner_people: tuple[tuple[int, int], ...] | list = (),
    quoted: tuple[tuple[int, int], ...] = (),
) -> ActorIndex:
    """Actors of one document; `ner_people` (parser tier) are PERSON entity spans, extra evidence;
    `quoted` the spans of its quotations."""
    scan = _Scan(doc, kn, ner_people)
    for sent in doc.sentences:
        for run in _split_at_titles(
            _capitalised_runs(doc.text, sent.start, sent.end, scan.vocab, scan.tables.title_words),
            scan.tables.titles,
        ):
            scan.read_run(run, sent)
    scan.bodies_by_initials()
    _named_bodies(
        doc.text,
        kn,
        scan.covered,
        scan.tables.org_heads,
        scan.orgs,
        scan.org_mentions,
        scan.person_spans,
    )
    scan.org_mentions.sort(key=lambda x: x.start)
    _acronyms(
        doc.text,
        scan.orgs,
        scan.org_mentions,
        scan.covered,
        scan.people,
        scan.person_spans,
        scan.tables.title_words,
    )
    _resolve_singles(
        scan.pending_single, scan.people, scan.person_spans, scan.tables.gaz_people, kn
    )
    scan.gazetteer_people()
    _acting_bodies(doc.text, kn, scan)
    orgs = _named_bodies_only(
        doc.text, scan.orgs, scan.org_mentions, quoted, scan.tables.person_nouns
    )
    return _assemble(doc, kn, scan.gaz, scan.people, scan.person_spans, orgs, scan.org_mentions)


@dataclass(frozen=True)
class _Tables:
    """The lookups of name reading, built once per knowledge."""

    titles: set[str]
    title_words: frozenset[str]
    speech_after: re.Pattern[str]  # a name-shaped run right before a speech verb is a person
    speech_before: re.Pattern[str]  # … or right after one: "…,” said Yerlan Tokayev"
    non_person: set[str]
    org_heads: dict[str, str]
    gaz_people: dict[str, str]
    appos_nouns: frozenset[str]
    role_words: set[str]
    person_nouns: frozenset[str]
    demonym_heads: frozenset[str]  # "Norwegian officials", "the Norwegian coalition"
    place_before_capital: frozenset[str]  # "talks in Vienna", "the Oslo accord"
    place_before_state: frozenset[str]  # "a summit in Norway"

    @classmethod
    def of(cls, kn: Knowledge) -> _Tables:
        if id(kn) not in _TABLES:
            titles = _phrase_set(kn.lexicon["titles"])
            speech = "|".join(sorted(kn.words("speech_person_cues"), key=len, reverse=True))
            appos = kn.words("apposition_nouns")
            _TABLES[id(kn)] = (
                kn,
                cls(
                    titles,
                    frozenset(w for t in titles for w in t.split() if w not in ("of", "for")),
                    re.compile(r" (?:also |later |then )?(?:" + speech + r")\b"),
                    re.compile(r"[,”\"] (?:" + speech + r") $"),
                    set(kn.lexicon["non_person_words"]) - _Words.of(kn).months,
                    kn.lexicon["organization_heads"],
                    {
                        form: s.entry
                        for form, s in kn.surfaces.items()
                        if kn.entries[s.entry].type == "person"
                    },
                    appos,
                    _role_nouns(titles) | appos | set(kn.lexicon["person_nouns"]),
                    kn.words("person_nouns"),
                    kn.words("person_nouns") | kn.words("organization_heads_after"),
                    frozenset(w.lower() for w in kn.words("place_words_before_capital")),
                    frozenset(w.lower() for w in kn.words("place_words_before_state")),
                ),
            )
        return _TABLES[id(kn)][1]


_TABLES: dict[int, tuple[Knowledge, _Tables]] = {}


class _Scan:
    """The people and bodies read from one document's capitalised runs, as they are found."""

    def __init__(self, doc: Document, kn: Knowledge, ner_people) -> None:
        self.text, self.kn, self.ner_people = doc.text, kn, ner_people
        self.gaz = MentionList(_gazetteer_mentions(doc, kn))
        self.covered = {i for m in self.gaz for i in range(m.start, m.end)}
        self.tables, self.vocab = _Tables.of(kn), _Words.of(kn)
        self.people: dict[str, _Person] = {}
        self.person_spans: list[tuple[int, int, str, str]] = []  # start, end, person key, kind
        self.orgs: dict[str, tuple[str, str, str | None]] = {}  # id -> name, type, party
        self.org_mentions: list[ActorMention] = []
        self.pending_single: list[tuple[int, int, str, str | None, str | None]] = []

    def read_run(self, run, sent) -> None:
        """One capitalised run: a body named by its head noun, a person, or nothing."""
        t = self.tables
        core, role, party = _strip_prefix(
            run, self.text, sent.start, self.covered, t.titles, self.gaz, self.kn
        )
        if party is None and self.orgs and core and run[0][0] > sent.start:
            # "Chicago Teachers Union President Jesse Sharkey": the organisation just before.
            prev = [m for m in self.org_mentions if m.end == run[0][0] - 1]
            party = prev[-1].actor if prev else None
        if not core:
            return
        words = [w for _, _, w in core]
        c_start, c_end = core[0][0], core[-1][1]
        if (
            any(i in self.covered for i in range(c_start, c_end))
            and " ".join(words) not in t.gaz_people
            and not any(w in t.gaz_people for w in words)
        ):
            return
        head = words[-1].rstrip(".")
        if head in t.org_heads or any(w in t.org_heads for w in words[1:]):
            self._body(words, head, c_start, c_end, party)
        elif self._name_shaped(words, c_end):
            self._person(words, c_start, c_end, sent, role, party)

    def _body(self, words, head, c_start, c_end, party) -> None:
        if len(words) >= 2 and words[0] not in self.vocab.sentence:
            name = " ".join(words)
            oid = slugify(name)
            after_party = _of_party(self.text, c_end, self.gaz)
            self.orgs.setdefault(
                oid, (name, self.tables.org_heads.get(head, "organization"), party or after_party)
            )
            self.org_mentions.append(ActorMention(c_start, c_end, oid, "organization"))

    def _name_shaped(self, words, c_end) -> bool:
        if any(w.rstrip(".") in self.tables.non_person for w in words) or len(words) > 4:
            return False
        if (
            any(w.isupper() and len(w) > 1 and not _INITIAL.fullmatch(w) for w in words[:-1])
            or (words[-1].isupper() and len(words[-1]) > 1 and not _SUFFIX.fullmatch(words[-1]))
            or words[0] in self.vocab.sentence
        ):  # an acronym is no name; a middle initial is
            return False
        if words[0] in self.vocab.months and len(words) == 1:
            return False
        # "a former Dalton County judge": the name is a modifier of the role noun
        return not _is_modifier(self.text, c_end, self.tables.role_words)

    def _person(self, words, c_start, c_end, sent, role, party) -> None:
        text, t = self.text, self.tables
        left_role, left_party = _left_context(
            text, sent.start, c_start, t.titles, self.gaz, t.appos_nouns
        )
        r_role, r_party = _right_context(
            text, c_end, sent.end, t.titles, self.gaz, self.orgs, t.appos_nouns
        )
        role, party = role or left_role or r_role, party or left_party or r_party
        if (
            not role
            and re.search(r"(?:^|\s)[Tt]he\s+$", text[max(sent.start, c_start - 5) : c_start])
            and " ".join(words) not in t.gaz_people
        ):
            return  # "the Global Courier said": people take no article; a body speaks
        full = text[c_start:c_end]  # as written: the words and single blanks, "G.K. Roe" kept whole
        if len(words) == 1:
            self.pending_single.append((c_start, c_end, full, role, party))
            return
        if _match_person(full, self.people) not in (None, name_key(full)) or not (
            role or r_party or self._person_evidence(words, full, c_start, c_end)
        ):
            self.pending_single.append(
                (c_start, c_end, full, None, None)
            )  # "Lyall Grant" → Mark Lyall Grant
            return
        key = name_key(full)
        person = self.people.setdefault(key, _Person(full, tuple(words)))
        person.forms.add(full)
        person.role = person.role or role
        person.party = person.party or party
        self.person_spans.append((c_start, c_end, key, "person"))

    def _person_evidence(self, words, full, c_start, c_end) -> bool:
        """A given name, a known person, a PERSON entity, a speech verb next to it, or a known
        body's possessive before it."""
        t, text = self.tables, self.text
        if (
            words[0] in self.kn.male
            or words[0] in self.kn.female
            or full in t.gaz_people
            or words[-1] in t.gaz_people
        ):
            return True
        if any(a <= c_start and c_end <= b for a, b in self.ner_people):
            return True
        if len(words) <= 3 and (
            t.speech_after.match(text, c_end) is not None
            or t.speech_before.search(text, max(0, c_start - 12), c_start) is not None
        ):
            return True
        return len(words) in (2, 3) and _owned_by_body(text, c_start, self.gaz)

    def bodies_by_initials(self) -> None:
        """ "the RMT union", "the PSD party": a body known by its initials and a lower-case head
        noun."""
        for m in re.finditer(r"\b([A-Z]{2,6})\s+(union|party)\b", self.text):
            if m.start() in self.covered or any(
                x.start <= m.start() < x.end for x in self.org_mentions
            ):
                continue
            head = m.group(2).capitalize()
            self.orgs.setdefault(
                slugify(m.group(1)),
                (m.group(1), self.tables.org_heads.get(head, "organization"), None),
            )
            self.org_mentions.append(
                ActorMention(m.start(1), m.end(1), slugify(m.group(1)), "organization")
            )

    def gazetteer_people(self) -> None:
        """People of the gazetteer named by a surface form ("Peskov"): one person with the full
        name."""
        for m in self.gaz:
            entry = self.kn.entries[m.actor]
            if entry.type != "person":
                continue
            form = self.text[m.start : m.end]
            key = _match_person(form, self.people) or name_key(entry.name)
            if key not in self.people:
                self.people[key] = _Person(entry.name, tuple(entry.name.split()))
            self.people[key].forms.add(form)
            self.person_spans.append((m.start, m.end, key, "surname"))


_A_KIND = re.compile(r"(?:^|\s)(?:[Aa]|[Aa]n)\s+(?:[a-z\d][\w-]*\s+){1,2}$")
_INITIAL = re.compile(r"[A-Z]\.")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SUFFIX = re.compile(
    r"[A-Z]\.|II|III|IV"
)  # an initial, or a generation after a name: "Vann R. Ode II"
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
            r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+(?:and\s+)?){1,4})(" + alt + r")\b"
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
        name = " ".join(words) + " " + m.group(2)
        oid = slugify(name)
        orgs.setdefault(oid, (name, org_heads.get(m.group(2).capitalize(), "organization"), None))
        org_mentions.append(ActorMention(start, m.end(2), oid, "organization"))


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
    seen: dict[str, list[_Seen]] = {}
    acting: set[str] = set()
    for m in _ONE_WORD.finditer(text):
        word, s, e = m.group(0), m.start(), m.end()
        if s in taken:
            continue
        seen.setdefault(word, []).append(_seen(text, s, e))
        if s not in people and (
            acts.match(text, e)
            or (inverted.search(text, max(0, s - 16), s) and _NAME_ENDS.match(text, e))
        ):
            acting.add(word)  # "…, said GM." acts; "said GM host Ana Ruiz" does not
    given = kn.male | kn.female
    for word in sorted(acting):
        if (
            word in skip
            or word in given
            or word + "." in kn.words("abbreviations")
            or word.lower().endswith(tuple(kn.words("group_head_endings")))
        ):
            continue
        if not _shown_as_name(word, seen[word], skip, given, t.title_words, not_body):
            continue
        oid = slugify(word)
        if not oid or oid in scan.orgs:
            continue
        scan.orgs[oid] = (word, "organization", None)
        scan.org_mentions.extend(
            ActorMention(x.start, x.end, oid, "organization") for x in seen[word]
        )


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
# "A.B."
_ONE_WORD = re.compile(r"(?<![\w’'.&-])[A-Z][A-Za-z]{1,29}(?=[’']s\b|(?![\w’'.&-]*[\w&]))(?!!)")


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


# --- gazetteer ------------------------------------------------------------------------------


def _gazetteer_mentions(doc: Document, kn: Knowledge) -> list[ActorMention]:
    text = doc.text
    non_person = set(kn.lexicon["non_person_words"])
    title_starts = {str(t).split()[0].lower() for t in kn.lexicon["titles"]}
    found: list[ActorMention] = []
    for sent in doc.sentences:
        for m in kn.surface_re.finditer(text, sent.start, sent.end):
            form = m.group(0)
            surface = kn.surfaces[form]
            nxt = _NEXT_CAPITAL.match(text, m.end(), sent.end)
            prev = _capital_before(text, sent.start, m.start())
            if surface.kind != "demonym":
                # "Washington Post", "West Bank", "Latin America": part of another proper name.
                if (
                    nxt
                    and nxt.group(1) in non_person
                    and nxt.group(1).lower() not in title_starts
                    and kn.entries[surface.entry].type != "person"
                ):
                    continue
                if (
                    prev
                    and prev.start() > 0
                    and prev.group(1) not in _Words.of(kn).sentence
                    and prev.group(1) not in kn.surfaces
                    and not _is_title(prev.group(1), kn)
                    and kn.entries[surface.entry].type != "person"
                ):
                    continue
            if (
                found
                and text[found[-1].end : m.start()] == " of "
                and kn.entries[surface.entry].type == "state"
                and kn.entries[found[-1].actor].type not in ("person", "state")
            ):
                # "the Islamic State of Iraq": the state is part of the group's longer name
                continue
            found.append(ActorMention(m.start(), m.end(), surface.entry, surface.kind))
    return found


_NEXT_CAPITAL = re.compile(r" ([A-Z][\w-]*)")


class _Before:
    """What `re.search(r"([A-Z][\\w-]*) $", text[lo:hi])` gives: start() (in the slice) and
    group(1)."""

    def __init__(self, at: int, word: str) -> None:
        self.at, self.word = at, word

    def start(self) -> int:
        return self.at

    def group(self, _n: int) -> str:
        return self.word


def _capital_before(text: str, lo: int, hi: int) -> _Before | None:
    """The capitalised word right before the single blank ending text[lo:hi], read backwards (a
    search ending in `$` is tried at every position of the sentence, for every mention)."""
    j = hi - 1
    if j <= lo or text[j] != " ":
        return None
    k = j
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in "_-"):
        k -= 1
    for i in range(k, j):  # the leftmost capital of the word run: where the search would match
        if "A" <= text[i] <= "Z":
            return _Before(i - lo, text[i:j])
    return None


def _is_title(word: str, kn: Knowledge) -> bool:
    return word in kn.lexicon["titles"]


def _phrase_set(items: list[str]) -> set[str]:
    return {str(i).lower() for i in items}


# --- capitalised runs -----------------------------------------------------------------------


def _capitalised_runs(
    text: str, start: int, end: int, vocab: _Words, title_words: frozenset[str] = frozenset()
) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens (with name particles inside), as (start, end, word).

    "of"/"for" join a run after a title word: "Secretary of State John Kerry" is one run.
    """
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    # plain lower-case words are skipped by the pattern; one between two tokens breaks the run,
    # since the tokens are then not joined
    for m in _name_tokens(text, start, end, vocab):
        word = m.group(0)
        if (
            word[0].islower()
            and word.rstrip(".").lower() not in vocab.lower_keep
            and not word.lower().startswith(vocab.prefixes)
        ):
            if current:  # the common case, a plain lower-case word: it ends the run
                runs.append(current)
                current = []
            continue
        s, e = m.start(), m.end()
        if (
            word.endswith(".")
            and word not in vocab.abbreviations
            and not re.fullmatch(r"[A-Z]\.", word)
            and not re.fullmatch(r"(?:[A-Z]\.)+", word)
        ):
            word, e = word[:-1], e - 1
        capital = word[:1].isupper()
        particle = word.lower() in vocab.particles or word.lower().startswith(vocab.prefixes)
        gap = text[current[-1][1] : s] if current else None
        joined = bool(current) and (
            gap == " " or (gap == "" and _INITIAL.fullmatch(current[-1][2]) is not None)
        )
        if (
            word in ("of", "for")
            and joined
            and current[-1][2].lower() in title_words
            and re.match(r" [A-Z]", text[e : e + 2])
        ):
            particle = True
        if capital or (particle and current and joined):
            if current and not joined:
                runs.append(current)
                current = []
            current.append((s, e, word))
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    trimmed = []
    for run in runs:
        n = len(run)
        while n and not _capitalised(run[n - 1][2], vocab.prefixed):
            n -= 1
        if n:
            trimmed.append(run[:n])
    return trimmed


def _name_tokens(text: str, start: int, end: int, vocab: _Words):
    """The tokens of text[start:end] that are not plain lower-case words, as matches."""
    for m in vocab.candidates.finditer(text, start, end):
        if not (
            text[m.start() - 1 : m.start()].isdigit() and _after_a_word(text, m.start(), start)
        ):
            yield m  # not the "I" of "C2I", inside one word


def _after_a_word(text: str, at: int, floor: int) -> bool:
    """Whether the digits right before `at` follow a letter: `at` is then inside one token."""
    i = at
    while i > floor and (text[i - 1].isdigit() or text[i - 1] == "_"):
        i -= 1
    return i > floor and text[i - 1].isalpha()


def _capitalised(word: str, prefixed: re.Pattern[str]) -> bool:
    """ "Kerry", and also "al-Kidra" (a name prefix of the lexicon, then a capital)."""
    return word[:1].isupper() or bool(prefixed.match(word))


def _split_at_titles(runs, titles):
    """Cut "European Council President Donald Tusk" before the title: organisation, then person."""
    out = []
    for run in runs:
        cut = 0
        for i in range(1, len(run)):
            inside_title = any(
                " ".join(t[2] for t in run[j : i + 1]).lower() in titles
                for j in range(max(0, i - 2), i)
            )
            # "European Council President X"; after an acronym also when a title came first:
            # "Interim NFU Chairwoman X" cuts before "Chairwoman"
            if (
                run[i][2].lower() in titles
                and not inside_title
                and i < len(run) - 1
                and (
                    not any(t[2].lower() in titles for t in run[cut:i])
                    or _ACRONYM.fullmatch(run[i - 1][2])
                )
            ):
                if i > cut:
                    out.append(run[cut:i])
                cut = i
                break
        out.append(run[cut:])
    return out


def _strip_prefix(run, text, sent_start, covered, titles, gaz, kn):
    """Split "U.S. President Donald Trump" into core ("Donald Trump"), role and party."""
    role_words: list[str] = []
    party = None
    i = 0
    while i < len(run):
        s, _e, w = run[i]
        if i == 0 and s == sent_start and w in _Words.of(kn).sentence:
            i += 1
            continue
        if s in covered:
            g = gaz.covering(s)
            if g is not None and kn.entries[g.actor].type != "person":
                party = g.actor
                i += 1
                continue
        # longest title phrase starting here
        best = 0
        for j in range(min(len(run), i + 4), i, -1):
            phrase = " ".join(t[2] for t in run[i:j]).lower()
            if phrase in titles:
                best = j
                break
        if best and best < len(run):
            role_words.extend(t[2] for t in run[i:best])
            i = best
            if run[i][2] in ("of", "for") and len(run) - i >= 3:
                # the title's complement runs up to the name: its last two words, or from a given
                # name
                rest = run[i + 1 :]
                given = next(
                    (k for k, t in enumerate(rest) if t[2] in kn.male or t[2] in kn.female), None
                )
                cut = given if given is not None and given > 0 else max(1, len(rest) - 2)
                role_words.extend(t[2] for t in run[i : i + 1 + cut])
                i += 1 + cut
            continue
        break
    core = run[i:]
    role = " ".join(role_words) or None
    if role and role.rstrip(".").lower() in _Words.of(kn).honorifics:
        role = "title"  # evidence of a person, but no role
    return core, role, party


def _left_context(text, sent_start, c_start, titles, gaz, role_nouns=frozenset()):
    """Role and party written just before a name: "Kremlin spokesman Dmitry Peskov"."""
    window = text[max(sent_start, c_start - 60) : c_start]
    m = re.search(r"((?:[\w.’'-]+ ){1,4})$", window)
    role = None
    if m:
        words = m.group(1).split()
        for k in range(len(words)):
            phrase = " ".join(words[k:]).lower()
            if phrase in titles:
                role = " ".join(words[k:])
                break
    party = None
    # "Russia's chief negotiator, Vladimir Medinsky"
    appos = re.search(r"([\w.’'-]+)['’]s ((?:[\w-]+ ){0,3}[\w-]+), $", window)
    if appos:
        at = c_start - len(window) + appos.start(1)
        g = gaz.ending_at(at + len(appos.group(1))) or gaz.covering(at)
        if g is not None:
            party = g.actor
            role = role or appos.group(2)
    if role is None:
        # "Its spokesman, Yousef Ibrahim, …": a role named just before, as an apposition
        det = re.search(
            r"(?:^|\s)(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Aa]n?|[Aa]nother|"
            r"[Oo]ne) ((?:[\w’'-]+ ){0,2}([a-z-]+))"
            r"(?: (?:for|to|on|in) (?:the )?(?:[A-Z][\w-]* ?){1,3})?, $",
            window,
        )
        if det and det.group(2) in _role_nouns(titles):
            # "A Hamas spokesman, Sami Abu Zuhri": the body named inside is the party; otherwise
            # whose it is stays open (not whatever happens to be named just before)
            at = c_start - len(window) + det.start(1)
            g = next(iter(gaz.in_range(at, at + len(det.group(1)))), None)
            if g is not None and g.end < at + len(det.group(1)):
                return re.sub(
                    r"^[’']s?\s+", "", text[g.end : at + len(det.group(1))]
                ).strip(), g.actor
            # "The opposition's lead negotiator, X,": the role is what follows the possessive
            return re.sub(r"^.*[’']s ", "", det.group(1)), None
    if role is None:
        # "economist Ada Varga", "the union's lawyer Ben Ode": a lower-case role noun right before
        bare = re.search(r"(?:^|\s)([a-z][a-z-]+) $", window)
        if bare and bare.group(1) in role_nouns:
            role = bare.group(1)
    if role:
        near = [
            x
            for x in gaz.in_range(max(sent_start, c_start - 45), c_start)
            if ", " not in text[x.end : c_start].rstrip(", ")
            and not re.search(r"[”\"»]", text[x.end : c_start])
        ]
        if near and party is None:
            party = near[-1].actor
    return role, party


def _right_context(text, c_end, sent_end, titles, gaz, orgs, appos_nouns):
    """Apposition or "of the X" after a name: "Slezkine of the Stimson Center"."""
    after = text[c_end : min(sent_end, c_end + 80)]
    m = re.match(r", (?:the |a |an )?([\w.’'-]+)['’]s ((?:[\w-]+ ){0,3}?[\w-]+)[,.]", after)
    if m:
        g = gaz.starting_at(c_end + m.start(1))
        if g is not None and m.group(2).lower().split()[-1] in {t.split()[-1] for t in titles}:
            return m.group(2), g.actor
    # "Man-Yee Lee, a spokeswoman for …", "Oron Shaul, an Israeli soldier"
    roles = None
    for pattern in _APPOSED_ROLE + _APPOSED_BARE:  # the role noun may come after up to three words
        m = pattern.match(after)
        if m and roles is None:
            roles = _role_nouns(titles) | appos_nouns
        if m and m.group(2) in roles:
            g = next(iter(gaz.in_range(c_end + m.start(1), c_end + m.end(1))), None)
            return m.group(2), g.actor if g else None
    m = re.match(r" of (?:the )?((?:[A-Z][\w.&'’-]* ?)+)", after)
    if m:
        name = m.group(1).strip()
        g = gaz.starting_at(c_end + m.start(1))
        if g is not None:
            return None, g.actor
        if len(name.split()) >= 2:
            return None, slugify(name)
    return None, None


# ", a senior TPLF official": an apposition whose last word, after 0–3 others, may be a role noun
_APPOSED_ROLE = [
    re.compile(
        r", (?:a|an|the) ((?:[\w.’'-]+ ){%d})([a-z-]+)(?=[,.;:]| (?:for|of|at|with|in|who|"
        r"from|that)\b"
        r"| [A-Z]|$)" % n
    )
    for n in range(4)
]
# ", political science professor at …", ", director of …": the same without an article, its first
# word in lower case (", Smith said" is no apposition)
_APPOSED_BARE = [
    re.compile(r", ((?:[a-z][\w.’'-]* ){%d})([a-z-]+)(?= (?:for|of|at|with|in|from)\b)" % n)
    for n in range(4)
]


def _is_modifier(text: str, c_end: int, role_words: set[str]) -> bool:
    """Whether the name ending at `c_end` modifies a lower-case role noun right after it
    ("a Dalton County judge", "an Ohio senator", "the Harlow Port spokesman")."""
    m = re.match(r" ([a-z][a-z-]+)\b(?![’'])", text[c_end : c_end + 24])
    if m is None:
        return False
    return m.group(1) in role_words


def _role_nouns(titles: set[str]) -> set[str]:
    return {t.split()[-1] for t in titles if t[:1].islower()}


def _acronyms(text, orgs, org_mentions, covered, people, person_spans, title_words):
    """ "DUP" for the Democratic Unionist Party: initials of an organisation found in the text.

    A person whose title follows the acronym ("DUP deputy leader Nigel Dodds") belongs to it.
    """
    for oid, (name, _typ, _party) in sorted(orgs.items()):
        initials = (
            name
            if name.isupper() and " " not in name
            else "".join(w[0] for w in name.split() if w[:1].isupper())
        )
        if len(initials) < 2:
            continue
        forms = [initials]
        if name.endswith(" Party") and len(name.split()) >= 3:
            forms.append(name[: -len(" Party")] + "s")  # "the Democratic Unionists"
        for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", text):
            if m.start() in covered or any(x.start <= m.start() < x.end for x in org_mentions):
                continue
            org_mentions.append(ActorMention(m.start(), m.end(), oid, "alias"))
            title = re.match(r"((?: [\w.-]+){1,3}?) (?=[A-Z])", text[m.end() : m.end() + 60])
            if title and all(w.lower() in title_words for w in title.group(1).split()):
                at = m.end() + title.end()
                for s, _e, key, _kind in person_spans:
                    if s == at and people[key].party is None:
                        people[key].party = oid
    org_mentions.sort(key=lambda x: x.start)


def _of_party(text, c_end, gaz):
    m = re.match(r" of (?:the )?", text[c_end : c_end + 10])
    if not m:
        return None
    g = gaz.starting_at(c_end + m.end())
    return g.actor if g else None


def _match_person(form: str, people: dict[str, _Person]) -> str | None:
    """The person a single name or variant refers to (surname, transliteration)."""
    key = name_key(form)
    if key in people:
        return key
    for pkey in sorted(people):
        parts = pkey.split()
        if parts and (parts[-1] == key or pkey.endswith(" " + key)):
            return pkey
    # a given name alone ("Barnett says …") when exactly one person has it
    firsts = [pkey for pkey in sorted(people) if len(pkey.split()) > 1 and pkey.split()[0] == key]
    return firsts[0] if len(firsts) == 1 else None


def _resolve_singles(pending, people, person_spans, gaz_people, kn):
    for s, e, word, role, party in pending:
        key = _match_person(word, people)
        if key is None and role:
            if word in gaz_people:
                continue  # the gazetteer pass will add it
            key = name_key(word)
            people.setdefault(key, _Person(word, (word,), None if role == "title" else role, party))
        if key is None:
            continue
        person = people[key]
        person.forms.add(word)
        if role and role != "title":
            person.role = person.role or role
        person.party = person.party or party
        person_spans.append((s, e, key, "surname"))


# --- assembly -------------------------------------------------------------------------------


def _assemble(doc, kn, gaz, people, person_spans, orgs, org_mentions) -> ActorIndex:
    """The document's actors: its people, the bodies it names, and the gazetteer actors present."""
    actors, ids, genders = _people_entries(kn, people)
    mentions = [ActorMention(s, e, ids[key], kind) for s, e, key, kind in person_spans]
    mentions += [m for m in gaz if kn.entries[m.actor].type != "person"] + list(org_mentions)
    present = _present(doc.text, kn, mentions, actors)
    mentions = [m for m in mentions if m.actor in present or m.actor in actors or m.actor in orgs]
    for oid, (name, typ, party) in orgs.items():
        actors.setdefault(
            oid,
            {
                "name": name,
                "type": typ,
                "party": party,
                "role": None,
                "aliases": {name},
                "mentions": [],
            },
        )
    for aid in sorted(present):
        entry = kn.entries.get(aid)
        if aid in actors or entry is None or entry.type == "media":  # the press reports the talks
            continue
        actors[aid] = {
            "name": entry.name,
            "type": entry.type,
            "party": None,
            "role": None,
            "aliases": set(),
            "mentions": [],
        }
    for person in actors.values():  # a person's party named only by "of the X" becomes an org
        party = person["party"]
        if party and party not in actors and party not in kn.entries:
            person["party"] = party if party in orgs else None
    deduped = _longest_first(mentions)
    for m in deduped:
        a = actors.get(m.actor)
        if a is not None:
            a["aliases"].add(doc.text[m.start : m.end])
            a["mentions"].append(Mention(doc.sentence_at(m.start).id, m.start, m.end))
    result = _actor_records(actors)
    kept = {a.id for a in result}
    return ActorIndex(
        tuple(result),
        tuple(m for m in deduped if m.actor in kept),
        _descriptions(doc, kn, deduped),
        genders,
    )


def _people_entries(
    kn: Knowledge, people: dict
) -> tuple[dict[str, dict], dict[str, str], dict[str, str]]:
    """(actor entries by id, person key → id, id → gender) of the people found; the gazetteer gives
    a known person's canonical name, role and party when the article does not."""
    ids: dict[str, str] = {}
    actors: dict[str, dict] = {}
    genders: dict[str, str] = {}
    no_role = _Words.of(kn).no_role
    for key, person in sorted(people.items()):
        entry = kn.entries.get(slugify(person.name)) or _person_keys(kn).get(key)
        name = entry.name if entry is not None else person.name
        pid = ids[key] = slugify(name)
        role = (
            person.role
            if person.role and person.role.rstrip(".").lower() not in no_role
            else (entry.role if entry else None)
        )
        party = person.party or (entry.party if entry else None)
        actors[pid] = {
            "name": name,
            "type": "person",
            "party": party,
            "role": role,
            "aliases": set(person.forms),
            "mentions": [],
        }
        first = person.name.split()[0]
        if first in kn.male:
            genders[pid] = "m"
        elif first in kn.female:
            genders[pid] = "f"
    return actors, ids, genders


def _present(
    text: str, kn: Knowledge, mentions: list[ActorMention], actors: dict[str, dict]
) -> set[str]:
    """Which gazetteer actors are present: named (not only as a place), a demonym used as a noun or
    before a person or body noun ("Norwegian officials", "the Norwegian coalition"), or the party
    of a person found."""
    tables = _Tables.of(kn)
    person_nouns = tables.demonym_heads
    present = set()
    place_use = _PlaceUse(text, kn, tables)
    for m in mentions:
        if m.kind != "demonym":
            if not place_use(m):
                present.add(m.actor)
            continue
        nxt = re.match(r"(?:['’]s)? ((?:[\w-]+ )?)([\w-]+)", text[m.end : m.end + 40])
        if text[m.start : m.end].endswith("s") or (
            nxt
            and (
                nxt.group(2).lower() in person_nouns or nxt.group(1).strip().lower() in person_nouns
            )
        ):
            present.add(m.actor)
    for person in actors.values():
        if person["party"] and person["party"] in kn.entries:
            present.add(person["party"])
    return present


def _longest_first(mentions: list[ActorMention]) -> list[ActorMention]:
    """Overlapping mentions resolved once: at each position the longest wins, in text order."""
    deduped: list[ActorMention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end, m.actor)):
        if not (deduped and deduped[-1].start <= m.start < deduped[-1].end):
            deduped.append(m)
    return deduped


def _actor_records(actors: dict[str, dict]) -> list[Actor]:
    result = []
    for aid in sorted(actors):
        a = actors[aid]
        if not a["mentions"]:
            continue
        party = a["party"] if a["party"] in actors and a["party"] != aid else None
        result.append(
            Actor(
                id=aid,
                name=a["name"],
                type=a["type"],
                party=party,
                role=a["role"],
                aliases=tuple(sorted(x for x in a["aliases"] if x != a["name"])),
                mentions=tuple(a["mentions"]),
            )
        )
    return result


class _PlaceUse:
    """Whether a gazetteer mention names a place, not an actor: a capital after a preposition, a
    motion verb or a determiner ("talks in Vienna", "left Ankara", "the Geneva accord"); a state
    after "in" ("a summit in Norway") or after a city and a comma ("Tromsø, Norway")."""

    _WORD_BEFORE = re.compile(r"([\w’']+)\s+$")
    _CITY_COMMA = re.compile(r"[A-Z][\w’'-]+,\s+$")

    def __init__(self, text: str, kn: Knowledge, tables: _Tables) -> None:
        self.text, self.kn = text, kn
        self.before_capital, self.before_state = (
            tables.place_before_capital,
            tables.place_before_state,
        )
        self.person_nouns = tables.person_nouns

    def __call__(self, m: ActorMention) -> bool:
        if m.kind == "capital":
            words = self.before_capital
        elif (
            m.kind in ("name", "alias")
            and getattr(self.kn.entries.get(m.actor), "type", "") == "state"
        ):
            if self._CITY_COMMA.search(self.text, max(0, m.start - 40), m.start) and self.text[
                m.end : m.end + 1
            ] in (",", ".", ";", ""):
                return True
            words = self.before_state
        else:
            return False
        before = self._WORD_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        if before is None or before.group(1).lower() not in words:
            return False
        # "officials in Moscow", "negotiators from Kyiv": the government's people, not a place
        if before.group(1).lower() not in ("in", "at", "from", "of"):
            return True
        owner = self._WORD_BEFORE.search(self.text, max(0, before.start() - 30), before.start())
        return owner is None or owner.group(1).lower() not in self.person_nouns


_PERSON_KEYS: dict[int, tuple] = {}


def _person_keys(kn: Knowledge) -> dict:
    """name_key of every gazetteer person's surface form → its entry (built once per knowledge)."""
    if id(kn) not in _PERSON_KEYS:
        table: dict = {}
        for f, s in kn.surfaces.items():
            if kn.entries[s.entry].type == "person":
                table.setdefault(name_key(f), kn.entries[s.entry])
        _PERSON_KEYS[id(kn)] = (kn, table)
    return _PERSON_KEYS[id(kn)][1]


def _descriptions(
    doc: Document, kn: Knowledge, mentions: list[ActorMention]
) -> tuple[Description, ...]:
    """Unnamed speakers: "a Ukrainian official", "Western diplomats", "U.S. officials"."""
    text = doc.text
    vocab = _Words.of(kn)
    nouns = sorted(kn.lexicon["person_nouns"], key=len, reverse=True)
    noun_re = re.compile(
        r"(?:['’]s)?((?: [\w-]+){0,2}) (" + "|".join(re.escape(n) for n in nouns) + r")\b"
    )
    found: list[Description] = []
    for m in mentions:
        if kn.entries.get(m.actor) is None or kn.entries[m.actor].type == "person":
            continue
        nm = noun_re.match(text, m.end)
        if not nm or any(w.lower() not in vocab.modifiers for w in nm.group(1).split()):
            continue
        det = re.search(
            r"(?i:\b(?:a|an|the|one|two|three|several|some|many|other|senior|top)\s+)+$",
            text[max(0, m.start - 30) : m.start],
        )
        start = m.start - len(det.group(0)) if det else m.start
        end = nm.end()
        noun = nm.group(2)
        found.append(Description(start, end, text[start:end], m.actor, noun.endswith("s")))
    # Groups named by a modifier or alone: "Krasnodar officials", "city officials", "diplomats say".
    plural = sorted((n for n in kn.lexicon["group_nouns"]), key=len, reverse=True)
    group_re = re.compile(
        r"(?<![\w’'-])((?:(?:[A-Z][\w.-]*|[a-z]+) ){0,2})("
        + "|".join(map(re.escape, plural))
        + r")\b"
    )
    taken = {i for d in found for i in range(d.start, d.end)}
    mention_index = MentionList(mentions)
    for sent in doc.sentences:
        for gm in group_re.finditer(text, sent.start, sent.end):
            mods = gm.group(1).split()
            while mods and not (
                (mods[0][:1].isupper() and mods[0] not in vocab.sentence)
                or mods[0].lower() in vocab.modifiers
                or mods[0].lower() in kn.lexicon["group_modifiers"]
            ):
                mods = mods[1:]
            if any(
                not (
                    w[:1].isupper()
                    or w.lower() in vocab.modifiers
                    or w.lower() in kn.lexicon["group_modifiers"]
                )
                for w in mods
            ):
                continue
            start = gm.end() - len(gm.group(2)) - sum(len(w) + 1 for w in mods)
            if any(i in taken for i in range(start, gm.end())):
                continue
            party = next(
                (
                    x.actor
                    for x in mention_index.in_range(start, gm.end())
                    if kn.entries.get(x.actor) is not None
                ),
                None,
            )
            found.append(Description(start, gm.end(), text[start : gm.end()], party, True))
            taken.update(range(start, gm.end()))
    found.sort(key=lambda d: d.start)
    return tuple(found)
