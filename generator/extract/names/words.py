"""The lexicon's and gazetteer's words for finding names, read once per knowledge: the token
pattern, the candidate tokens of a name, titles, role nouns and the tables built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge import Knowledge, alternation

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
    numbered: frozenset[str]  # numbered_name_words: "Local (812)", "No. (4)"
    agents: frozenset[str]  # agent_nouns: "officials of X", "its members" act for a body

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
                    lower_keep=particles | {"of", "for", "and"},
                    prefixes=prefixes,
                    prefixed=re.compile(f"(?:{alternation(prefixes)})[A-Z]"),
                    candidates=_candidate_tokens(particles | {"of", "for", "and"}, prefixes),
                    abbreviations=kn.words("abbreviations"),
                    sentence=kn.words("sentence_words"),
                    months=kn.words("months"),
                    modifiers=_lower(kn, "role_modifiers"),
                    honorifics=honorifics,
                    no_role=honorifics | {"title"},
                    numbered=frozenset(str(w) for w in kn.words("numbered_name_words")),
                    agents=_lower(kn, "agent_nouns"),
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
    joining: frozenset[str] = frozenset()  # "of" after one joins a name: title or body head words
    workers: frozenset[str] = frozenset()  # worker_nouns: "the Ostra Teachers Alliance" is a union
    employers: frozenset[str] = frozenset()  # employer_nouns: "the Port Employers Association"

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
                    set(_role_nouns(titles)) | appos | set(kn.lexicon["person_nouns"]),
                    kn.words("person_nouns"),
                    kn.words("person_nouns") | kn.words("organization_heads_after"),
                    frozenset(w.lower() for w in kn.words("place_words_before_capital")),
                    frozenset(w.lower() for w in kn.words("place_words_before_state")),
                    # "Secretary of State X", "the National Union of Mineworkers"
                    frozenset(w for t in titles for w in t.split() if w not in ("of", "for"))
                    | frozenset(str(h).lower() for h in kn.lexicon["organization_heads"]),
                    kn.words("worker_nouns"),
                    frozenset(str(w).lower() for w in kn.words("employer_nouns")),
                ),
            )
        return _TABLES[id(kn)][1]


_TABLES: dict[int, tuple[Knowledge, _Tables]] = {}


def _phrase_set(items: list[str]) -> set[str]:
    return {str(i).lower() for i in items}


def _role_nouns(titles: set[str]) -> frozenset[str]:
    """The last words of the lower-case titles ("spokesman"), made once per titles set (a name's
    context asks for them at every name)."""
    got = _ROLE_NOUNS.get(id(titles))
    if got is None or got[0] is not titles:
        got = (titles, frozenset(t.split()[-1] for t in titles if t[:1].islower()))
        _ROLE_NOUNS[id(titles)] = got  # the set kept alive: its id is not reused while cached
    return got[1]


_ROLE_NOUNS: dict[int, tuple[set[str], frozenset[str]]] = {}
