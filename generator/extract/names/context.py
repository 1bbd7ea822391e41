"""What stands next to a name: the role and party before or after it ("U.S. President X",
"X, Russia's chief negotiator", "X of the Y Center"), appositions, initials."""

from __future__ import annotations

import re

from ...ids import slugify
from .records import ActorMention
from .words import _role_nouns

# what may stand just before a name (each searched in the window before it, ending there)
# The leftmost match of ((?:[\w.’'-]+ ){1,4})$ starts where no word character precedes it (one
# more such character would only lengthen its first word): the look back, failing at once inside
# a word, finds the same match without trying the repetition from every position of the window.
_WORDS_BEFORE = re.compile(r"(?<![\w.’'-])((?:[\w.’'-]+ ){1,4})$")
_POSSESSIVE_ROLE_BEFORE = re.compile(r"([\w.’'-]+)['’]s ((?:[\w-]+ ){0,3}[\w-]+), $")
_DETERMINED_ROLE_BEFORE = re.compile(
    r"(?:^|\s)(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Aa]n?|[Aa]nother|"
    r"[Oo]ne) ((?:[\w’'-]+ ){0,2}([a-z-]+))"
    r"(?: (?:for|to|on|in) (?:the )?(?:[A-Z][\w-]* ?){1,3})?, $"
)
_BARE_ROLE_BEFORE = re.compile(r"(?:^|\s)([a-z][a-z-]+) $")
_LOWER_WORD_AFTER = re.compile(r" ([a-z][a-z-]+)\b(?![’'])")


def _left_context(text, sent_start, c_start, titles, gaz, role_nouns=frozenset()):
    """Role and party written just before a name: "Kremlin spokesman Dmitry Peskov"."""
    window = text[max(sent_start, c_start - 60) : c_start]
    m = _WORDS_BEFORE.search(window)
    role = None
    if m:
        words = m.group(1).split()
        for k in range(len(words)):
            phrase = " ".join(words[k:]).lower()
            if phrase in titles:
                role = " ".join(words[k:])
                break
    party = None
    # both apposition patterns end in ", $": searched only in a window ending so
    comma = window.endswith((", ", ", \n"))
    # "Russia's chief negotiator, Vladimir Medinsky"
    appos = _POSSESSIVE_ROLE_BEFORE.search(window) if comma else None
    if appos:
        at = c_start - len(window) + appos.start(1)
        g = gaz.ending_at(at + len(appos.group(1))) or gaz.covering(at)
        if g is not None:
            party = g.actor
            role = role or appos.group(2)
    if role is None:
        # "Its spokesman, Yousef Ibrahim, …": a role named just before, as an apposition
        det = _DETERMINED_ROLE_BEFORE.search(window) if comma else None
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
        bare = _BARE_ROLE_BEFORE.search(window)
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
    m = _LOWER_WORD_AFTER.match(text[c_end : c_end + 24])
    if m is None:
        return False
    return m.group(1) in role_words


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
        if not any(f in text for f in forms):
            continue  # not written anywhere: no need to search for it as a word
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
