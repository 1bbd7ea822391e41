"""Corpus-wide view: actors merged across documents, documents in date order, positions."""

from __future__ import annotations

from collections import defaultdict

from .extract.actors import name_key
from .model import Corpus, CorpusActor, Extraction, Move, Problem


def aggregate(extractions: list[Extraction], problems: list[Problem]) -> Corpus:
    ordered = sorted(extractions, key=lambda e: (e.document.date or "9999", e.document.id))
    merged: dict[str, dict] = {}
    key_to_id: dict[str, str] = {}
    for ex in ordered:
        for actor in ex.actors:
            key = actor.id if actor.type != "person" else name_key(actor.name)
            aid = key_to_id.setdefault(key, actor.id)
            m = merged.setdefault(aid, {"name": actor.name, "type": actor.type, "party": None,
                                        "role": None, "aliases": set(), "documents": [], "mentions": 0})
            m["party"] = m["party"] or actor.party
            m["role"] = m["role"] or actor.role
            m["aliases"].update(actor.aliases)
            if actor.name != m["name"]:
                m["aliases"].add(actor.name)
            if ex.document.id not in m["documents"]:
                m["documents"].append(ex.document.id)
            m["mentions"] += len(actor.mentions)
    actors = tuple(
        CorpusActor(id=aid, name=m["name"], type=m["type"], party=m["party"] if m["party"] in merged else None,
                    role=m["role"], aliases=tuple(sorted(m["aliases"] - {m["name"]})),
                    documents=tuple(m["documents"]), mentions=m["mentions"])
        for aid, m in sorted(merged.items()))
    all_problems = list(problems) + [p for ex in ordered for p in ex.problems]
    return Corpus(extractions=tuple(ordered), actors=actors, problems=tuple(all_problems))


def moves(corpus: Corpus) -> list[Move]:
    return [m for ex in corpus.extractions for m in ex.demands + ex.proposals]


def positions_matrix(corpus: Corpus) -> dict[tuple[str, str], dict[str, int]]:
    """(actor id, issue) → {"demand": n, "proposal": n}; moves without an issue count as "other"."""
    cells: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"demand": 0, "proposal": 0})
    for move in moves(corpus):
        for actor in move.actors or ((move.actor_id,) if move.actor_id else ()):
            for issue in move.issues or ("other",):
                cells[(actor, issue)][move.type] += 1
    return dict(cells)
