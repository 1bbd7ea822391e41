"""Parser tier: what a trained spaCy pipeline adds to the blank-tier rules.

The document keeps its own sentences and offsets; each paragraph is parsed separately and its
tokens are mapped back onto document offsets. Three things come from the parse:

- people: PERSON entities, used as extra evidence that a capitalised run is a person;
- speakers: the subject of the reporting verb that governs a quote;
- reported speech: a speech verb with a clausal complement (`ccomp`), the clause as content.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from ..model import Document
from ..nlp import pipe

_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Tok:
    """One parsed token on document offsets (a spaCy token without its Doc)."""

    i: int
    start: int
    end: int
    lemma: str
    pos: str
    dep: str
    head: int
    ent: str


class Parse:
    """The parsed paragraphs of one document."""

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.starts = [t.start for t in toks]
        self.children: dict[int, list[int]] = {}
        for t in toks:
            if t.head != t.i:
                self.children.setdefault(t.head, []).append(t.i)

    def at(self, pos: int) -> Tok | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.toks[k].start <= pos < self.toks[k].end:
            return self.toks[k]
        return None

    def within(self, start: int, end: int) -> list[Tok]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.toks[lo:hi]

    def kids(self, t: Tok, *deps: str) -> list[Tok]:
        return [
            self.toks[c] for c in self.children.get(t.i, []) if not deps or self.toks[c].dep in deps
        ]

    def subtree(self, t: Tok) -> tuple[int, int]:
        lo, hi = t.start, t.end
        stack = [t.i]
        while stack:
            for c in self.children.get(stack.pop(), []):
                ct = self.toks[c]
                lo, hi = min(lo, ct.start), max(hi, ct.end)
                stack.append(c)
        return lo, hi

    def ancestors(self, t: Tok) -> list[Tok]:
        out: list[Tok] = []
        while t.head != t.i and len(out) < 50:
            t = self.toks[t.head]
            out.append(t)
        return out

    def subject(self, verb: Tok) -> Tok | None:
        """The subject of a verb, or of the verb it is coordinated with ("said A and added B")."""
        for v in [verb] + ([self.toks[verb.head]] if verb.dep in ("conj", "advcl") else []):
            subj = self.kids(v, *_SUBJECTS)
            if subj:
                return subj[0]
        return None

    def persons(self) -> list[tuple[int, int]]:
        """PERSON entity spans."""
        spans: list[tuple[int, int]] = []
        for t in self.toks:
            if t.ent.startswith("B-PERSON"):
                spans.append((t.start, t.end))
            elif t.ent.startswith("I-PERSON") and spans:
                spans[-1] = (spans[-1][0], t.end)
        return spans


def parse_document(doc: Document, nlp: Any) -> Parse:
    """Parse every paragraph of the document with a trained pipeline."""
    paragraphs = [
        (doc.sentences_by_id(p[0]).start, doc.sentences_by_id(p[-1]).end)
        for sec in doc.sections
        for p in sec.paragraphs
        if p
    ]
    if any(b - a > PARSE_UNIT for a, b in paragraphs):
        starts = [x.start for x in doc.sentences]
        paragraphs = [u for a, b in paragraphs for u in _units(doc, starts, a, b)]
    toks: list[Tok] = []
    for (p_start, _), sdoc in zip(
        paragraphs, pipe(nlp, [doc.text[a:b] for a, b in paragraphs]), strict=True
    ):
        base = len(toks)
        for t in sdoc:
            ent = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else ""
            toks.append(
                Tok(
                    base + t.i,
                    p_start + t.idx,
                    p_start + t.idx + len(t.text),
                    t.lemma_.lower(),
                    t.pos_,
                    t.dep_,
                    base + t.head.i,
                    ent,
                )
            )
    return Parse(toks)


PARSE_UNIT = (
    20_000  # characters parsed at a time: a longer paragraph is parsed in runs of sentences
)


def _units(doc: Document, starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The paragraph [start, end) as runs of whole sentences of at most PARSE_UNIT characters
    (a longer sentence alone, cut at blanks into pieces of at most PARSE_UNIT)."""
    if end - start <= PARSE_UNIT:
        return [(start, end)]
    text = doc.text
    units: list[list[int]] = []
    for s in doc.sentences[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        a = s.start
        while s.end - a > PARSE_UNIT:  # one huge sentence
            cut = text.rfind(" ", a + 1, a + PARSE_UNIT)
            cut = cut if cut > a else a + PARSE_UNIT
            units.append([a, cut])
            a = cut
            while a < s.end and text[a].isspace():
                a += 1
        if a >= s.end:
            continue
        if units and s.end - units[-1][0] <= PARSE_UNIT and units[-1][1] <= a:
            units[-1][1] = s.end
        else:
            units.append([a, s.end])
    return [(a, b) for a, b in units]
