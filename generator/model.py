"""Plain, frozen data passed between the stages.

Objects refer to each other by id (sentence ids, actor ids), never by reference, so every
stage's output can be serialised as it is and compared byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Problem:
    """A per-document problem: reported, never raised, so one bad file costs nothing else."""

    source: str
    message: str
    hint: str
    line: int | None = None
    level: str = "warning"  # "warning" (fails `--strict`) | "info" (a notice: a copy left out)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        # One line whatever the file is called: control characters in a name are shown escaped.
        where = "".join(c if c.isprintable() else repr(c)[1:-1] for c in where)
        return f"{where}: {self.message}; {self.hint}"


@dataclass(frozen=True)
class Block:
    """A heading or a paragraph of an article, as plain text."""

    kind: str  # "heading" | "paragraph"
    text: str


@dataclass(frozen=True)
class Article:
    """What ingest read from one seed file."""

    source: str  # path relative to the seeds folder, POSIX style
    title: str
    date: str | None
    blocks: tuple[Block, ...]
    url: str | None = None
    publisher: str | None = None
    tags: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    negotiation: str | None = (
        None  # front matter `negotiation:`, else the seed's sub-folder (None: flat)
    )
    author: str | None = None  # front matter `author:`, the page's byline metadata
    date_source: str | None = None  # where `date` came from: DATE_SOURCES


# Where a document's date was found, in the order they are tried (ingest.py, dates.py).
DATE_SOURCES = (
    "front matter",
    "page metadata",
    "file name",
    "dateline",
    "published line",
    "updated line",
    "text",
)


@dataclass(frozen=True)
class Sentence:
    id: str
    start: int
    end: int


@dataclass(frozen=True)
class Section:
    heading: str | None
    paragraphs: tuple[tuple[str, ...], ...]  # sentence ids per paragraph


@dataclass(frozen=True)
class Document:
    """An article segmented into sections, paragraphs and sentences over one `text`."""

    id: str
    source: str
    title: str
    date: str | None
    text: str
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    url: str | None = None
    publisher: str | None = None
    tags: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    negotiation: str | None = None  # the negotiation's name, as the article gave it (see Article)
    date_source: str | None = None  # where `date` came from: one of DATE_SOURCES
    author: str | None = None  # who wrote the article, as it says (None: it does not say)

    @cached_property
    def _sentence_index(self) -> dict[str, Sentence]:
        return {s.id: s for s in self.sentences}

    @cached_property
    def _paragraph_index(self) -> dict[str, int]:
        out: dict[str, int] = {}
        n = 0
        for section in self.sections:
            for paragraph in section.paragraphs:
                for sid in paragraph:
                    out[sid] = n
                n += 1
        return out

    @cached_property
    def paragraph_spans(self) -> tuple[tuple[int, int] | None, ...]:
        """(start, end) of each paragraph, numbered as `paragraph_index` numbers them (None for an
        empty one)."""
        return tuple(
            (self._sentence_index[p[0]].start, self._sentence_index[p[-1]].end) if p else None
            for section in self.sections
            for p in section.paragraphs
        )

    def sentences_by_id(self, sid: str) -> Sentence:
        return self._sentence_index[sid]

    def paragraph_index(self, sid: str) -> int:
        """Running number of the paragraph holding sentence `sid`."""
        return self._paragraph_index[sid]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing character `offset` (the last one starting before it)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]


@dataclass(frozen=True)
class Mention:
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str  # person|state|bloc|organization|armed_group|union|company|party|group
    party: str | None = None  # actor id
    role: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    kind: str  # direct|partial|indirect
    speaker: str | None
    speaker_id: str | None
    cue: str | None
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Move:
    """A position taken by an actor: a demand, a proposal (offers included), a rejection, a threat,
    an agreement; `cameo` is its CAMEO event code (demand 10, appeal 02, offer 03, reject 12,
    threaten 13, agree 057)."""

    id: str
    type: str  # a MoveType id: demand|proposal|reject|threaten|agree, or a user lexicon's
    actor: str | None
    actor_id: str | None
    target_id: str | None
    text: str
    issues: tuple[str, ...]
    cue: str | None
    sentence: str
    start: int
    end: int
    actors: tuple[str, ...] = ()  # every actor id taking the position (joint subjects, the voice)
    cameo: str = ""


@dataclass(frozen=True)
class MoveType:
    """One row of the move types table (generator/data/move_types.yml, and a user lexicon's
    `move_types`): how pages, charts, exports and the stylesheet show moves of that type."""

    id: str
    label: str
    plural: str
    cameo: str = ""  # CAMEO event code, as text ("057")
    symbol: str = "circle-open"  # Plotly marker symbol
    colour: str = ""  # CSS colour of its marks' underline; "" for the neutral style
    background: str = ""  # CSS colour of its marks' tint
    line: str = "solid"  # the underline's style: solid|dashed|dotted|double

    @classmethod
    def named(cls, type_id: object, cameo: str = "") -> MoveType:
        """A type no table declares (added in a user lexicon): labelled from its id ('walk_out':
        "Walk out", "Walk outs"), a ring for a symbol, the neutral mark."""
        label = " ".join(str(type_id).replace("_", " ").split()).capitalize() or "Move"
        return cls(str(type_id), label, label + "s", cameo)


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    demands: tuple[Move, ...]
    proposals: tuple[Move, ...]
    problems: tuple[Problem, ...] = ()
    moves: tuple[Move, ...] = ()  # rejections, threats, agreements
    key: str = (
        ""  # the content key of the seed file and options it came from (cache.py); "" if unknown
    )

    @property
    def all_moves(self) -> tuple[Move, ...]:
        return self.demands + self.proposals + self.moves


@dataclass(frozen=True)
class CorpusActor:
    """An actor merged across documents."""

    id: str
    name: str
    type: str
    party: str | None
    role: str | None
    aliases: tuple[str, ...]
    documents: tuple[str, ...]
    mentions: int


@dataclass(frozen=True)
class Duplicate:
    """A copy of a published document, left out of the site (duplicates.py)."""

    of: str  # the id of the document published instead
    id: str
    source: str
    title: str
    url: str | None
    similarity: float  # Jaccard similarity of their 5-word shingles; 1.0 for the same text


@dataclass(frozen=True)
class Corpus:
    extractions: tuple[Extraction, ...]  # ordered by date, then id
    actors: tuple[CorpusActor, ...]
    problems: tuple[Problem, ...] = field(default=())
    issues: tuple[tuple[str, str], ...] = ()  # the taxonomy in use: (id, label), in its order
    move_types: tuple[
        MoveType, ...
    ] = ()  # the move types table in use, in its order (() Parley's own)
    duplicates: tuple[Duplicate, ...] = ()  # copies left out, by source
