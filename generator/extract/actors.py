"""Actors: states, blocs and organisations from the gazetteer, people and organisations from
capitalised name patterns, unnamed speakers ("a Ukrainian official") as descriptions.

Blank tier, no model: a person is a run of capitalised words that is not a known place or
organisation and either starts with a known given name or carries a title or role ("Foreign
Minister Javad Zarif", "Mr Johnson"). Role and party come from what stands next to the name:
"U.S. President Donald Trump", "Russia's chief negotiator, Vladimir Medinsky", "Peter Slezkine of
the Stimson Center".
"""

from __future__ import annotations

from ..model import Document
from .knowledge import Knowledge
from .names.bodies import _acting_bodies, _described_bodies, _named_bodies, _named_bodies_only
from .names.context import _acronyms
from .names.records import ActorIndex, ActorMention, Description, MentionList
from .names.resolve import _assemble, _resolve_singles
from .names.runs import _capitalised_runs, _split_at_titles
from .names.scan import _Scan

__all__ = ["ActorIndex", "ActorMention", "Description", "MentionList", "extract_actors"]


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
            _capitalised_runs(
                doc.text,
                sent.start,
                sent.end,
                scan.vocab,
                scan.tables.joining,
                scan.tables.org_heads,
            ),
            scan.tables.titles,
            scan.tables.org_heads,
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
    _described_bodies(doc.text, kn, scan)
    orgs = _named_bodies_only(
        doc.text, scan.orgs, scan.org_mentions, quoted, scan.tables.person_nouns
    )
    return _assemble(doc, kn, scan.gaz, scan.people, scan.person_spans, orgs, scan.org_mentions)
