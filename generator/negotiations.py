"""Negotiations: the seeds folder's sub-folders, or an article's front matter `negotiation:`.

Each negotiation gets its own overview, parties, positions and timeline, made by the same page
code as the whole site's, run over the corpus of its documents only (`sub_corpus`). A seeds folder
without sub-folders or `negotiation:` lines is one negotiation, the site as it always was: no
negotiation pages at all.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass

from .ids import Taken, name_key, slugify, unique
from .model import Corpus, Document

UNSORTED = (
    "Other articles"  # the negotiation of the articles at the top of a folder that has others
)


@dataclass(frozen=True)
class Negotiation:
    id: str  # its page folder: negotiations/<id>/ (an id's shape, unique)
    name: str  # as shown (escaped where printed)
    corpus: Corpus  # its documents only

    @property
    def dates(self) -> tuple[str, ...]:
        return tuple(sorted(ex.document.date for ex in self.corpus.extractions if ex.document.date))


def shown_name(doc: Document) -> str | None:
    """The negotiation's name as a reader sees it: front matter as written, a folder's name with
    its hyphens and underscores as blanks ("water-treaty": "Water treaty")."""
    raw = doc.negotiation
    if raw is None:
        return None
    if doc.source.partition("/")[0] == raw:
        words = " ".join(raw.replace("-", " ").replace("_", " ").split()) or raw
        return words[:1].upper() + words[1:]
    return raw


def negotiations(corpus: Corpus) -> tuple[Negotiation, ...]:
    """The corpus's negotiations, by name (UNSORTED last); () when no document names one.

    Documents are grouped by the slug of their name, so the folder `water-treaty` and the front
    matter `negotiation: Water treaty` are one negotiation; it is shown by the name most of its
    documents give (front matter first, then the first by name)."""
    groups: dict[str, list[Document]] = defaultdict(list)
    for ex in corpus.extractions:
        name = shown_name(ex.document)
        groups[slugify(name, fallback="negotiation") if name else ""].append(ex.document)
    if set(groups) <= {""}:
        return ()
    named = {key: _name_of(docs) for key, docs in groups.items() if key}
    keys = sorted(named, key=lambda k: (named[k].casefold(), k))
    if "" in groups:
        named[""] = UNSORTED
        keys.append("")
    taken = Taken({"index"})
    return tuple(
        Negotiation(
            unique(key or slugify(UNSORTED), taken),
            named[key],
            sub_corpus(corpus, {d.id for d in groups[key]}),
        )
        for key in keys
    )


def _name_of(docs: list[Document]) -> str:
    counts = Counter((d.negotiation != d.source.partition("/")[0], shown_name(d)) for d in docs)
    (_front, name), _n = min(counts.items(), key=lambda kv: (not kv[0][0], -kv[1], kv[0][1]))
    return name or UNSORTED


def sub_corpus(corpus: Corpus, doc_ids: set[str]) -> Corpus:
    """The corpus of some of its documents: their extractions, and the actors they name, with
    those documents and mentions only. Actor ids, names and parties stay the whole corpus's, so
    links to actor pages hold."""
    extractions = tuple(ex for ex in corpus.extractions if ex.document.id in doc_ids)
    people = {name_key(a.name): a.id for a in corpus.actors if a.type == "person"}
    mentions: Counter[str] = Counter()
    for ex in extractions:
        for a in ex.actors:
            mentions[people.get(name_key(a.name), a.id) if a.type == "person" else a.id] += len(
                a.mentions
            )
    actors = tuple(
        dataclasses.replace(
            a, documents=tuple(d for d in a.documents if d in doc_ids), mentions=mentions[a.id]
        )
        for a in corpus.actors
        if any(d in doc_ids for d in a.documents)
    )
    sources = {ex.document.source for ex in extractions}
    problems = tuple(p for p in corpus.problems if p.source in sources)
    return dataclasses.replace(corpus, extractions=extractions, actors=actors, problems=problems)
