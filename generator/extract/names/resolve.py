"""From mentions to actors: single names resolved to the full name said before, people with
their roles and parties, places and records, and unnamed speakers as descriptions."""

from __future__ import annotations

import functools
import re

from ...ids import slugify
from ...model import Actor, Document, Mention
from ..knowledge import Knowledge, literal_trie
from .records import ActorIndex, ActorMention, Description, MentionList, _Person, name_key
from .words import _Tables, _Words


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
        words = name.split()
        # "the D66 party", "the Likud party": the name without its lower-case head is one too
        bare = {" ".join(words[:-1])} if len(words) > 1 and words[-1].islower() else set()
        actors.setdefault(
            oid,
            {
                "name": name,
                "type": typ,
                "party": party,
                "role": None,
                "aliases": {name} | bare,
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
    # after a place opening a paragraph: a region or a date, then a dash
    _DATELINE_AFTER = re.compile(
        r"(?:,[^\n,—–-]{1,30}){0,2}\s*(?:\([^()\n]{1,20}\)\s*)?[—–-]{1,2}\s"
    )

    def _dateline(self, m: ActorMention) -> bool:
        """Whether the mention opens a paragraph as a dateline's place ("Rome, April 19 - …")."""
        if m.start > 0 and self.text[m.start - 1] != "\n":
            return False
        return self._DATELINE_AFTER.match(self.text, m.end, m.end + 60) is not None

    _CITY_COMMA = re.compile(r"[A-Z][\w’'-]+,\s+$")

    def __init__(self, text: str, kn: Knowledge, tables: _Tables) -> None:
        self.text, self.kn = text, kn
        self.before_capital, self.before_state = (
            tables.place_before_capital,
            tables.place_before_state,
        )
        self.person_nouns = tables.person_nouns

    def __call__(self, m: ActorMention) -> bool:
        if self._dateline(m):
            return True  # "Rome, April 19 - …", "Oslo — …": where the story was filed
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


@functools.lru_cache(maxsize=16)
def _description_patterns(
    nouns: tuple[str, ...], plural: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The person noun after a body ("Ukrainian officials"), a group noun with its modifiers
    ("city officials"), and any group noun at all (what a sentence must hold for the second)."""
    nouns = tuple(sorted(nouns, key=len, reverse=True))
    plural = tuple(sorted(plural, key=len, reverse=True))
    # the group nouns as a trie (literal_trie): the same matches, longest first; none: empty
    groups = literal_trie(plural) if plural else ""
    return (
        re.compile(
            r"(?:['’]s)?((?: [\w-]+){0,2}) (" + "|".join(re.escape(n) for n in nouns) + r")\b"
        ),
        re.compile(r"(?<![\w’'-])((?:(?:[A-Z][\w.-]*|[a-z]+) ){0,2})(" + groups + r")\b"),
        re.compile(groups),
    )


def _descriptions(
    doc: Document, kn: Knowledge, mentions: list[ActorMention]
) -> tuple[Description, ...]:
    """Unnamed speakers: "a Ukrainian official", "Western diplomats", "U.S. officials"."""
    text = doc.text
    vocab = _Words.of(kn)
    noun_re, group_re, group_noun = _description_patterns(
        tuple(kn.lexicon["person_nouns"]), tuple(kn.lexicon["group_nouns"])
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
    taken = {i for d in found for i in range(d.start, d.end)}
    mention_index = MentionList(mentions)
    for sent in doc.sentences:
        if group_noun.search(text, sent.start, sent.end) is None:
            continue  # no group noun in it (a quick scan): group_re cannot match
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
            if any(i in taken for i in range(start, gm.end())) or _owned_agents(
                text, start, gm.group(2), kn
            ):
                continue
            party = next(
                (
                    x.actor
                    for x in mention_index.in_range(start, gm.end())
                    if kn.entries.get(x.actor) is not None
                ),
                None,
            ) or _body_after(text, gm.end(), gm.group(2), mention_index, kn)
            found.append(Description(start, gm.end(), text[start : gm.end()], party, True))
            taken.update(range(start, gm.end()))
    found.sort(key=lambda d: d.start)
    return tuple(found)


def _owned_agents(text: str, start: int, noun: str, kn: Knowledge) -> bool:
    """ "Its negotiators", "their members": the agents of the body "its" stands for, read where
    moves and speakers resolve the pronoun, not an unnamed group of their own."""
    return noun.lower() in _Words.of(kn).agents and bool(
        _ITS.search(text, max(0, start - 6), start)
    )


_ITS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+$")


def _body_after(text: str, end: int, noun: str, mentions: MentionList, kn: Knowledge) -> str | None:
    """The body a group of its agents is named after: "the authorities in Galmudug", "officials
    from the ministry" (a noun of `agent_nouns`; "workers at the mill" are not the mill's side)."""
    if noun.lower() not in _Words.of(kn).agents:
        return None
    m = _OF_BODY.match(text, end)
    if m is None:
        return None
    return next((x.actor for x in mentions.in_range(m.end(), m.end() + 1)), None)


_OF_BODY = re.compile(r"\s+(?:in|of|from|for|at)\s+(?:the\s+)?")
