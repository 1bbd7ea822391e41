"""Capitalised runs: the gazetteer's mentions, then each run of capitalised words split at titles
and stripped of what is not part of a name ("Foreign Minister", a sentence's first word)."""

from __future__ import annotations

import re
from collections.abc import Container

from ...model import Document
from ..knowledge import Knowledge
from .bodies import _ACRONYM
from .records import ActorMention
from .words import _Words

_INITIAL = re.compile(r"[A-Z]\.")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "U.", "U.S.": initials, kept with their dots
_SPACE_CAPITAL = re.compile(r" [A-Z]")
# "Oslo-registered", "Texas-based", "Kremlin-backed": a place or body, then a participle, before a
# name; the modifier says where the body is or who stands behind it and is no part of its name
_PARTICIPLE_MODIFIER = re.compile(r"[A-Z][\w.]*-[a-z]+ed")


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
                if kn.entries[surface.entry].type != "person" and _own_body_after(kn).match(
                    text, m.end(), sent.end
                ):
                    # "Kenya Airways", "the South Sudan Opposition Alliance": a place opening the
                    # name of a company, union or coalition of its own, no mention of the place
                    continue
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

# the body types whose name may open with a place and still be a body of its own ("Kenya Airways",
# "the Ostra Dock Workers Union"); a ministry or an army named so is the state's
_OWN_BODY_TYPES = frozenset(("company", "union", "bloc", "group"))
_OWN_BODY_AFTER: dict[int, tuple[Knowledge, re.Pattern[str]]] = {}


def _own_body_after(kn: Knowledge) -> re.Pattern[str]:
    """Capitalised words after a place that end in the head of a body of one of _OWN_BODY_TYPES
    (organization_heads), built once per knowledge."""
    got = _OWN_BODY_AFTER.get(id(kn))
    if got is None or got[0] is not kn:
        heads = [h for h, t in kn.lexicon["organization_heads"].items() if t in _OWN_BODY_TYPES]
        # and the lower-case heads after a name ("the Japan Fisheries Cooperatives federation")
        heads += [h for h in kn.words("organization_heads_after") if h.capitalize() in heads]
        alt = "|".join(sorted(map(re.escape, map(str, heads)), key=len, reverse=True))
        pattern = re.compile(r"(?: [A-Z][\w&’'-]*){0,3}? (?:" + alt + r")\b(?![’'])")
        got = _OWN_BODY_AFTER[id(kn)] = (kn, pattern)
    return got[1]


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


# --- capitalised runs -----------------------------------------------------------------------


def _capitalised_runs(
    text: str,
    start: int,
    end: int,
    vocab: _Words,
    title_words: frozenset[str] = frozenset(),
    body_heads: Container[str] = frozenset(),
) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens (with name particles inside), as (start, end, word).

    "of"/"for" join a run after a title word: "Secretary of State John Kerry" is one run; "and"
    joins one inside "X of Y" or a body's name after "the" ("the University and College Union":
    a head of `body_heads` among the next capitalised words).
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
        if word.endswith(".") and word not in vocab.abbreviations and not _INITIALS.fullmatch(word):
            word, e = word[:-1], e - 1
        capital = _capitalised(word, vocab.prefixed)  # "al-Nimr" may open a run
        particle = word.lower() in vocab.particles or word.lower().startswith(vocab.prefixes)
        gap = text[current[-1][1] : s] if current else None
        joined = bool(current) and (
            gap == " " or (gap == "" and _INITIAL.fullmatch(current[-1][2]) is not None)
        )
        if (
            current
            and gap in ("' ", "’ ")
            and current[-1][2].endswith("s")
            and word.lower() in title_words
        ):
            # "the Tern Players' Union": a plural possessive inside a body's name
            a, b, w = current[-1]
            current[-1] = (a, b + 1, w + gap[0])
            joined = True
        if (
            word in ("of", "for")
            and joined
            and current[-1][2].lower() in title_words
            and _SPACE_CAPITAL.match(text, e, e + 2)
        ):
            particle = True
        elif (
            word == "of"
            and joined
            and current[-1][2] in body_heads
            and _THE_CAPITAL.match(text, e, e + 6)
        ):
            # "the Association of the British Fishing Industry": "of the" inside a body's name
            word, e, particle = "of the", e + 4, True
        elif word == "&":  # "Cobb & Dale Hardware": one name, whatever its words
            particle = joined and bool(_SPACE_CAPITAL.match(text, e, e + 2))
        elif word == "and":  # "Union of Nurses and Allied Professionals": inside "X of Y" only
            particle = (
                joined
                and bool(_SPACE_CAPITAL.match(text, e, e + 2))
                and (
                    _after_head_of(current, title_words)
                    or _and_in_body_name(text, current, e, body_heads)
                )
            )
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
    runs = _numbered(text, runs, vocab.numbered, end)
    trimmed = []
    for run in runs:
        n = len(run)
        while n and not (_capitalised(run[n - 1][2], vocab.prefixed) or run[n - 1][2].isdigit()):
            n -= 1
        if n:
            trimmed.append(run[:n])
    return trimmed


_THE_CAPITAL = re.compile(r" the [A-Z]")


def _numbered(text: str, runs: list, numbered: frozenset[str], end: int) -> list:
    """Runs ending in a word a number follows ("Teamsters Local", "Union No") take the number, and
    the run after it when "of" joins them ("Union No. 4 of Ostra Copper")."""
    out: list = []
    k = 0
    while k < len(runs):
        run = runs[k]
        k += 1
        m = _NUMBER_AFTER.match(text, run[-1][1], end) if run[-1][2] in numbered else None
        if m is None:
            out.append(run)
            continue
        run = [*run, (m.start(1), m.end(1), m.group(1))]
        if m.group(2) and k < len(runs) and runs[k][0][0] == m.end():
            of_at = m.start(2)
            run = [*run, (of_at, of_at + 2, "of"), *runs[k]]
            k += 1
        out.append(run)
    return out


# the number after "Local"/"No." and an "of" after it: group 1 the number, group 2 "of"
_NUMBER_AFTER = re.compile(r"\.?\s(\d{1,5})\b(?:\s(of)\s(?=[A-Z]))?")


def _and_in_body_name(
    text: str, current: list[tuple[int, int, str]], at: int, heads: Container[str]
) -> bool:
    """Whether the "and" ending at `at` is inside a body's name opened by "the" ("the Food and
    Agriculture Organization", "the Transport and General Workers Union"): a head word among
    the capitalised words after it."""
    first = current[0][0]
    if current[0][2] != "The" and text[max(0, first - 4) : first] != "the ":
        return False
    after = _CAPITALS_AFTER.match(text, at)
    return after is not None and any(w in heads for w in after.group(0).split())


_CAPITALS_AFTER = re.compile(r"(?: [A-Z][\w’'-]*){1,4}")


def _after_head_of(current: list[tuple[int, int, str]], heads: frozenset[str]) -> bool:
    """Whether the run holds "of" after one of `heads` ("Union of Nurses"), so an "and" there
    goes on with the same name."""
    return any(
        w == "of" and k > 0 and current[k - 1][2].lower() in heads
        for k, (_, _, w) in enumerate(current)
    )


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


def _split_at_titles(runs, titles, heads: Container[str] = frozenset()):
    """Cut "European Council President Donald Tusk" before the title: organisation, then person;
    not a body's name that only holds a title word ("the Transport and General Workers Union": its
    last word one of `heads`)."""
    out = []
    for run in runs:
        cut = 0
        if _names_a_body(run, heads):
            out.append(run)
            continue
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


def _portfolio_title(run, i: int, titles) -> int:
    """After a title word, a portfolio and a one-word title: "Deputy| Energy Minister| X",
    "Acting| Water Resources Minister| X"; where the name starts, or 0."""
    for j in range(i + 1, min(i + 3, len(run) - 1)):
        if run[j][2].lower() in titles and run[j - 1][2][:1].isupper():
            return j + 1
    return 0


def _names_a_body(run, heads: Container[str]) -> bool:
    """Whether a run of two or more words ends in a body's head word ("General Motors")."""
    return len(run) > 1 and run[-1][2].rstrip(".") in heads


def _strip_prefix(run, text, sent_start, covered, titles, gaz, kn):
    """Split "U.S. President Donald Trump" into core ("Donald Trump"), role and party; a body's
    name opening with a title word keeps it ("General Motors")."""
    role_words: list[str] = []
    party = None
    i = 0
    body = _names_a_body(run, kn.lexicon["organization_heads"])
    while i < len(run):
        s, _e, w = run[i]
        if i == 0 and s == sent_start and w in _Words.of(kn).sentence:
            i += 1
            continue
        if i < len(run) - 1 and _PARTICIPLE_MODIFIER.fullmatch(w):
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
        for j in range(min(len(run), i + 4) if not body else i, i, -1):
            phrase = " ".join(t[2] for t in run[i:j]).lower()
            if phrase in titles:
                best = j
                break
        if not best and role_words:
            best = _portfolio_title(run, i, titles)
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
