"""The per-document scan (`_Scan`): reads each capitalised run of a sentence into a person,
body or place mention, with the tables of the knowledge."""

from __future__ import annotations

import re

from ...ids import slugify
from ...model import Document
from ..knowledge import Knowledge
from .bodies import _owned_by_body
from .context import _is_modifier, _left_context, _of_party, _right_context
from .records import ActorMention, MentionList, _Person, name_key
from .resolve import _match_person
from .runs import _INITIAL, _gazetteer_mentions, _strip_prefix
from .words import _Tables, _Words

_CAPITALISED = re.compile(r"(?<![\w’'.&-])[A-Z][a-z][\w’'-]*(?![\w’'&-])")
# a capitalised word right before ("Deepak| Sandhu") or after ("Sandhu| Group")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.&-]* $")
_CAPITAL_AFTER = re.compile(r" [A-Z&]")


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
        self._lone: frozenset[str] | None = None

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
            any(i in self.covered for i in range(c_start, self._of_place(core)))
            and " ".join(words) not in t.gaz_people
            and not any(w in t.gaz_people for w in words)
        ):
            return
        head = words[-1].rstrip(".")
        if head.isdigit() and len(words) >= 2:
            head = words[-2]  # "Teamsters Local 812": a local of a union
        of = next((k for k, w in enumerate(words[1:4], 1) if w in ("of", "of the", "for")), 0)
        if (
            of
            and words[0] in t.org_heads
            and all(w.isdigit() or w in self.vocab.numbered for w in words[1:of])
        ):
            # "Federation of Port Workers", "Department for Transport", "Union No. 4 of X"
            head = words[0]
        if head in t.org_heads or any(w in t.org_heads for w in words[1:]):
            self._body(words, head, c_start, c_end, party)
        elif (short := self._short_form(words)) is not None:
            self.org_mentions.append(ActorMention(c_start, c_end, short, "organization"))
        elif self._name_shaped(words, c_end):
            self._person(words, c_start, c_end, sent, role, party)

    def _of_place(self, core) -> int:
        """Where a place the gazetteer knows may start inside a body's name: after the "of" (or the
        "of the", before more words) that follows its head ("the Dockers Union of Canada", "the
        Association of the British Fishing Industry"), so the place is part of the longer name;
        else the name's end."""
        for k in range(1, len(core) - 1):
            if core[k][2] == "of" and core[k - 1][2] in self.tables.org_heads:
                return core[k][1]
            if core[k][2] == "of the" and core[k - 1][2] in self.tables.org_heads:
                # "the Association of the British Fishing Industry"; not "the Council of the
                # European Union", a place or bloc the name ends with
                return core[-1][1] if core[-1][1] - 1 in self.covered else core[k][1]
        return core[-1][1]

    def _body(self, words, head, c_start, c_end, party) -> None:
        if len(words) >= 2 and words[0] not in self.vocab.sentence:
            name = " ".join(words)
            oid = slugify(name)
            after_party = _of_party(self.text, c_end, self.gaz)
            kind = self.tables.org_heads.get(head, "organization")
            if kind != "company" and any(w.lower() in self.tables.workers for w in words):
                kind = "union"  # "the Ostra Teachers Alliance": named for the people it speaks for
            if kind == "union" and any(
                w.lower().rstrip("’'") in self.tables.employers for w in words
            ):
                kind = "company"  # "the Port Employers Association": the employers' side
            self.orgs.setdefault(oid, (name, kind, party or after_party))
            self.org_mentions.append(ActorMention(c_start, c_end, oid, "organization"))

    def _short_form(self, words: list[str]) -> str | None:
        """The body named before whose name is these words and head nouns after them: "Norvik
        Copper" after "Norvik Copper Corp", "Harbour Workers" after "Harbour Workers Union"; one
        word only for a company ("Norvik" after "Norvik Group")."""
        heads = self.tables.org_heads
        for oid, (name, _, _) in self.orgs.items():
            full = name.split()
            tail = [w.rstrip(".") for w in full[len(words) :]]
            if (
                tail
                and full[: len(words)] == words
                and all(w in heads for w in tail)
                and (len(words) >= 2 or all(heads[w] == "company" for w in tail))
            ):
                return oid
        return self.company_by_first_word(words[0]) if len(words) == 1 else None

    def company_by_first_word(self, word: str) -> str | None:
        """The one company named before whose longer name opens with `word` ("Kestrel" after
        "Kestrel Ridge Resources"): a company's short name; None when none, or two, open so."""
        found = [
            oid
            for oid, (name, kind, _) in self.orgs.items()
            if kind == "company" and len(name.split()) > 1 and name.split()[0] == word
        ]
        return found[0] if len(found) == 1 else None

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
        """A given name, a known person, a PERSON entity, a speech verb next to it, ", who" after
        it, or a known body's possessive before it."""
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
        if len(words) in (2, 3) and words[-1] in self.lone_words():
            return True  # "Deepak Sandhu …. Sandhu also moved …": a surname standing alone later
        if len(words) in (2, 3) and _WHO_AFTER.match(text, c_end):
            return True  # "Per Lund, who heads the delegation, …": "who" is for people
        return len(words) in (2, 3) and _owned_by_body(text, c_start, self.gaz)

    def lone_words(self) -> frozenset[str]:
        """Capitalised words that stand alone somewhere in the text, no capitalised word next to
        them: a person's surname on a later mention (a body's short form keeps its first word)."""
        if self._lone is None:
            text = self.text
            self._lone = frozenset(
                m.group(0)
                for m in _CAPITALISED.finditer(text)
                if not _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and not _CAPITAL_AFTER.match(text, m.end())
            )
        return self._lone

    def bodies_by_initials(self) -> None:
        """ "the RMT union", "the PSD party": a body known by its initials and a lower-case head
        noun."""
        for m in _INITIALS_HEAD.finditer(self.text):
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


# "\b([A-Z]{2,6})\s+(union|party)\b", the first capital before the look back: a quick scan
_INITIALS_HEAD = re.compile(r"([A-Z](?<!\w.)[A-Z]{1,5})\s+(union|party)\b")
_SUFFIX = re.compile(
    r"[A-Z]\.|II|III|IV"
)  # an initial, or a generation after a name: "Vann R. Ode II"


_WHO_AFTER = re.compile(r",\s+who\s")
