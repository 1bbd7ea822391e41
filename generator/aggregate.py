"""Corpus-wide view: actors merged across documents, documents in date order, positions."""

from __future__ import annotations

from collections import defaultdict

from .extract.knowledge import shipped_move_types
from .ids import name_key
from .model import Corpus, CorpusActor, Document, Extraction, Move, MoveType, Problem


def aggregate(extractions: list[Extraction], problems: list[Problem]) -> Corpus:
    ordered = sorted(extractions, key=lambda e: (e.document.date or "9999", e.document.id))
    merged: dict[str, dict] = {}
    key_to_id: dict[str, str] = {}
    for ex in ordered:
        for actor in ex.actors:
            key = actor.id if actor.type != "person" else name_key(actor.name)
            aid = key_to_id.setdefault(key, actor.id)
            m = merged.setdefault(
                aid,
                {
                    "name": actor.name,
                    "type": actor.type,
                    "party": None,
                    "role": None,
                    "aliases": set(),
                    "documents": {},
                    "mentions": 0,
                },
            )
            m["party"] = m["party"] or actor.party
            m["role"] = m["role"] or actor.role
            m["aliases"].update(actor.aliases)
            if actor.name != m["name"]:
                m["aliases"].add(actor.name)
            m["documents"][ex.document.id] = None  # an ordered set: no scan of a list per document
            m["mentions"] += len(actor.mentions)
    actors = tuple(
        CorpusActor(
            id=aid,
            name=m["name"],
            type=m["type"],
            party=m["party"] if m["party"] in merged else None,
            role=m["role"],
            aliases=tuple(sorted(m["aliases"] - {m["name"]})),
            documents=tuple(m["documents"]),
            mentions=m["mentions"],
        )
        for aid, m in sorted(merged.items())
    )
    # sorted: the same warnings in the same order whichever engine or shard extracted what
    all_problems = sorted(
        set(list(problems) + [p for ex in ordered for p in ex.problems]),
        key=lambda p: (p.source, p.line or 0, p.message),
    )
    return Corpus(extractions=tuple(ordered), actors=actors, problems=tuple(all_problems))


class MoveTypes(dict):
    """The move types table in use (id → MoveType), in its order. A type it does not list (in
    documents extracted elsewhere, say) gets a row made from its name: nothing fails on it."""

    def __init__(self, types) -> None:
        super().__init__((t.id, t) for t in types)

    def __missing__(self, type_id) -> MoveType:
        return MoveType.named(type_id)

    def order(self, present=()) -> tuple[str, ...]:
        """The table's types, then any others among `present`, sorted."""
        extra = {str(t) for t in present} - set(self)
        return tuple(self) + tuple(sorted(extra))


def type_table(corpus: Corpus) -> MoveTypes:
    """The corpus's move types table (Parley's own for a corpus made without one)."""
    return MoveTypes(corpus.move_types or shipped_move_types())


def moves(corpus: Corpus) -> list[tuple[Document, Move]]:
    """Every move with its document, in document order (by date, then id)."""
    return [(ex.document, m) for ex in corpus.extractions for m in ex.all_moves]


def positions_matrix(corpus: Corpus) -> dict[tuple[str, str], dict[str, int]]:
    """(actor id, issue) → {move type: n}; moves without an issue count as "other"."""
    types = tuple(type_table(corpus))
    cells: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(types, 0))
    for _doc, move in moves(corpus):
        for actor in move_actors(move):
            for issue in move.issues or ("other",):
                cells[(actor, issue)][move.type] = cells[(actor, issue)].get(move.type, 0) + 1
    return dict(cells)


def move_actors(move: Move) -> tuple[str, ...]:
    return move.actors or ((move.actor_id,) if move.actor_id else ())


def stances(corpus: Corpus) -> dict[str, dict[str, dict[str, list[tuple[Document, Move]]]]]:
    """issue → actor id → move type → [(document, move)], each list in document (date) order:
    where each side stands on each issue, and how that moved between articles."""
    out: dict[str, dict[str, dict[str, list]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for doc, move in moves(corpus):
        for actor in move_actors(move):
            for issue in move.issues or ("other",):
                out[issue][actor][move.type].append((doc, move))
    return out


def histories(corpus: Corpus) -> dict[str, dict[str, list[tuple[Document, Move]]]]:
    """issue → actor id → [(document, move)] of every type, in document order (dated documents by
    date, undated ones after them), each document's moves in text order: how a side moved."""
    out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for doc, move in moves(corpus):
        for actor in move_actors(move):
            for issue in move.issues or ("other",):
                out[issue][actor].append((doc, move))
    return out


def latest(history: list[tuple[Document, Move]]) -> tuple[Document, Move]:
    """The latest move of a history: its last dated one, or its last when none is dated (an
    undated document is not later than a dated one, only of unknown date)."""
    dated = [item for item in history if item[0].date]
    return (dated or history)[-1]
