"""Who the parties to a negotiation are, in the order an analyst looks for them.

The sides first: the actors who make moves and are answered (the actor of a move, or named as its
target or inside its content by another side), by the moves they take part in and the documents
they act in (DOCUMENT_WEIGHT). Mediators and hosts next: actors named as such ("hosted by Norway",
"Swedish mediators", "Qatar-brokered") or whose moves are mostly proposals and offers to host or
mediate, rather than demands and rejections, and who are seldom answered. Then the others the
articles name, by mentions. Newsrooms and research bodies comment on the talks and are no parties:
their types, the words of their names and the roles of their people are read from data/parties.yml.

A person speaks for their party (the body or state `party` names), and so does a body with a party
(a ministry): their moves count for it. Each party's latest stance is its latest move, dated
documents first (an undated article is no evidence of what came last).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from .aggregate import move_actors
from .extract.knowledge import _data
from .ids import name_key
from .model import Corpus, CorpusActor, Document, Extraction, Move

WINDOW = 48  # characters looked at on each side of a name for a mediation word (one clause)
# A side's salience: its moves and the moves answering it, and each document it acts in counted as
# this many moves (a side in every article outranks one that made many moves in one article, but a
# bloc named in passing in two articles does not outrank the side of ten moves in one).
DOCUMENT_WEIGHT = 2


def _alternation(words) -> str:
    """Whole words as one regex alternation: a trailing * is any ending, a blank or hyphen is any
    run of blanks and hyphens ("think tank", "go-between")."""
    parts = []
    for w in sorted({str(w).lower() for w in words}, key=lambda w: (-len(w), w)):
        stem = w.endswith("*")
        body = re.sub(r"(?:\\[ \-])+", r"[\\s-]+", re.escape(w.rstrip("*")))
        parts.append(body + (r"\w*" if stem else ""))
    return r"(?:" + "|".join(parts) + r")" if parts else r"(?!x)x"


@dataclass(frozen=True)
class Roles:
    """The words of data/parties.yml, compiled once."""

    labels: dict[str, str]  # role id → label, in ranking order
    commentator_types: frozenset[str]
    commentator_name: re.Pattern
    commentator_role: re.Pattern
    mediation: (
        re.Pattern
    )  # a mediation word at the start of a text (a cue, a move's content, a role)
    before: re.Pattern  # a mediation word, then fillers, right before a name
    after: re.Pattern  # fillers, then a mediation word, right after a name


@functools.lru_cache(maxsize=1)
def roles() -> Roles:
    data = _data("parties.yml")
    words, fillers = _alternation(data["mediation_words"]), _alternation(data["mediation_fillers"])
    # Searched in windows of WINDOW characters only (a name's neighbours in its sentence).
    return Roles(
        labels={r["id"]: r["label"] for r in data["roles"]},
        commentator_types=frozenset(data["commentator_types"]),
        commentator_name=re.compile(r"\b" + _alternation(data["commentator_names"]) + r"\b", re.I),
        commentator_role=re.compile(r"\b" + _alternation(data["commentator_roles"]) + r"\b", re.I),
        # a cue, a move's content or a role that starts with a mediation word ("help mediate")
        mediation=re.compile(r"\W*(?:\w+\s+)?" + words + r"\b", re.I),
        # "hosted by the", "mediators Egypt and": the word, then fillers, names and "and", then the
        # name (one way to read each word, atomic: a failed match cannot try the others)
        before=re.compile(
            r"\b(?i:" + words + r")(?:\s+(?>(?i:" + fillers + r")\b|and\b|[A-Z][\w'’.-]*))*+\s+$"
        ),
        # "-brokered", "'s mediator", " has been hosting", ", which is mediating", ", the mediator,"
        after=re.compile(
            r"(?:['’]s)?(?:\s*-\s*|\s+(?:"
            + fillers
            + r"\s+)*|\s*,\s*(?:which|who)\s+(?:"
            + fillers
            + r"\s+)*)"
            + words
            + r"\b|\s*,\s*(?:the|an?)\s+"
            + words
            + r"\s*(?:[,.;)]|$)",
            re.I,
        ),
    )


@dataclass(frozen=True)
class Party:
    """One row of a "Parties" list."""

    id: str
    name: str
    role: str  # a role id of data/parties.yml: party | mediator | other
    label: str
    moves: int  # moves it (or someone speaking for it) made
    answered: int  # moves of others that name it as their target or in their content
    documents: int  # documents it makes or is named in a move in
    mentions: int
    latest: tuple[Document, Move] | None  # its latest move


class _Tally:
    """Counts per actor id, from one pass over the corpus."""

    def __init__(self) -> None:
        self.moves: Counter[str] = Counter()
        self.answered: Counter[str] = Counter()
        self.mediation: Counter[str] = Counter()
        self.proposals: Counter[str] = Counter()
        self.documents: dict[str, set[str]] = defaultdict(set)
        self.latest: dict[str, tuple[tuple, Document, Move]] = {}

    def took(self, aid: str, doc: Document, move: Move, when: tuple) -> None:
        self.moves[aid] += 1
        self.documents[aid].add(doc.id)
        if aid not in self.latest or when > self.latest[aid][0]:
            self.latest[aid] = (when, doc, move)


class _Actors:
    """The corpus's actors, who speaks for whom, and who only comments."""

    def __init__(self, corpus: Corpus, words: Roles) -> None:
        self.by_id = {a.id: a for a in corpus.actors}
        self.people = {name_key(a.name): a.id for a in corpus.actors if a.type == "person"}
        self.words = words
        self.commentators = {
            a.id
            for a in corpus.actors
            if a.type in words.commentator_types
            or (a.type == "person" and a.role and words.commentator_role.search(a.role))
        }

    def owner(self, aid: str | None) -> str | None:
        """The actor `aid` speaks for: its party's (a few steps at most), or itself."""
        seen = 0
        while aid in self.by_id and self.by_id[aid].party in self.by_id and seen < 3:
            aid, seen = self.by_id[aid].party, seen + 1
        return aid

    def side(self, aid: str | None) -> str | None:
        """The corpus actor a move's or a mention's actor counts for; None for a commentator."""
        if aid is None or aid in self.commentators:
            return None
        top = self.owner(aid)
        return None if top in self.commentators else top

    def corpus_id(self, ex_actor) -> str:
        """A document's actor as the corpus knows it (people are merged by name across
        documents)."""
        return (
            self.people.get(name_key(ex_actor.name), ex_actor.id)
            if ex_actor.type == "person"
            else ex_actor.id
        )


def _named_as_mediator(ex: Extraction, actors: _Actors, tally: _Tally) -> None:
    """Names with a mediation word beside them in their sentence ("hosted by Norway")."""
    doc, words = ex.document, actors.words
    for a in ex.actors:
        aid = actors.owner(actors.corpus_id(a))
        for m in a.mentions:
            sent = doc.sentences_by_id(m.sentence)
            before = doc.text[max(sent.start, m.start - WINDOW) : m.start]
            after = doc.text[m.end : min(sent.end, m.end + WINDOW)]
            if aid and (words.before.search(before) or words.after.match(after)):
                tally.mediation[aid] += 1


def _moves(k: int, ex: Extraction, actors: _Actors, tally: _Tally) -> None:
    """Who made each move of a document, and who it answers (its target, the sides its content
    names)."""
    doc, words = ex.document, actors.words
    local = {a.id: actors.corpus_id(a) for a in ex.actors}
    named: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for a in ex.actors:
        for m in a.mentions:
            named[m.sentence].append((m.start, m.end, local[a.id]))
    for move in ex.all_moves:
        movers = {s for s in (actors.side(local.get(a, a)) for a in move_actors(move)) if s}
        for aid in sorted(movers):
            tally.took(aid, doc, move, (doc.date is not None, doc.date or "", k, move.start))
            if words.mediation.match(move.cue or "") or words.mediation.match(move.text):
                tally.mediation[aid] += 1
            elif move.type == "proposal":
                tally.proposals[aid] += 1
        inside = {
            aid for s, e, aid in named.get(move.sentence, ()) if move.start <= s and e <= move.end
        }
        answerers = {
            s for s in (actors.side(a) for a in inside | {move.target_id}) if s is not None
        }
        for answerer in answerers - movers:
            tally.answered[answerer] += 1
            tally.documents[answerer].add(doc.id)


def _more_commentators(corpus: Corpus, actors: _Actors, tally: _Tally) -> None:
    """Bodies named like newsrooms or research bodies (unless named as mediators), and bodies
    only commentators speak for."""
    members: dict[str, list[CorpusActor]] = defaultdict(list)
    for a in corpus.actors:
        if a.party and a.party != a.id:
            members[a.party].append(a)
    for a in corpus.actors:
        if a.type == "person" or a.id in actors.commentators:
            continue
        named = actors.words.commentator_name.search(a.name) and not tally.mediation[a.id]
        staff = members.get(a.id)
        if named or (staff and all(p.id in actors.commentators for p in staff)):
            actors.commentators.add(a.id)


def _role(aid: str, tally: _Tally) -> str:
    """party, mediator or other (see the module's docstring)."""
    side = tally.moves[aid] - tally.mediation[aid] - tally.proposals[aid] + tally.answered[aid]
    if tally.mediation[aid] and tally.mediation[aid] + tally.proposals[aid] >= max(side, 1):
        return "mediator"
    return "party" if tally.moves[aid] or tally.answered[aid] else "other"


def _sort_key(p: Party, order: dict[str, int], mediation: int) -> tuple:
    salience: tuple[int, ...] = {
        "party": (
            -(p.moves + p.answered + DOCUMENT_WEIGHT * p.documents),
            -p.documents,
            -p.mentions,
        ),
        "mediator": (-mediation, -p.documents, -p.mentions),
    }.get(p.role, (-p.mentions, -p.documents))
    return (order.get(p.role, len(order)), *salience, p.name.casefold(), p.id)


def rank_parties(corpus: Corpus) -> tuple[Party, ...]:
    """Every body that may be a party, sides first (see the module's docstring). Deterministic:
    ties go by name, then id."""
    words = roles()
    actors, tally = _Actors(corpus, words), _Tally()
    for a in corpus.actors:  # "Norway's chief mediator": a mediator's party mediates
        if (
            a.type == "person"
            and a.role
            and words.mediation.match(a.role)
            and actors.owner(a.id) != a.id
        ):
            tally.mediation[actors.owner(a.id) or a.id] += 1
    for ex in corpus.extractions:
        _named_as_mediator(ex, actors, tally)
    _more_commentators(corpus, actors, tally)
    for k, ex in enumerate(corpus.extractions):
        _moves(k, ex, actors, tally)
    rows = []
    for a in corpus.actors:
        if a.type == "person" or a.id in actors.commentators or actors.owner(a.id) != a.id:
            continue
        role = _role(a.id, tally)
        latest = tally.latest.get(a.id)
        rows.append(
            Party(
                a.id,
                a.name,
                role,
                words.labels.get(role, role),
                tally.moves[a.id],
                tally.answered[a.id],
                len(tally.documents[a.id]),
                a.mentions,
                latest[1:] if latest else None,
            )
        )
    order = {r: k for k, r in enumerate(words.labels)}
    return tuple(sorted(rows, key=lambda p: _sort_key(p, order, tally.mediation[p.id])))


def stance(party: Party, issue_label: Any, types: Any) -> dict[str, Any] | None:
    """What a template shows of a party's latest stance: the move's type, issues and date, the
    document and sentence to link to; None without a move."""
    if party.latest is None:
        return None
    doc, move = party.latest
    return {
        "type": types[move.type].label,
        "issues": ", ".join(issue_label(i) for i in move.issues or ("other",)),
        "date": doc.date,
        "doc": doc,
        "sentence": move.sentence,
        "text": move.text,
    }
