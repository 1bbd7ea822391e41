"""What the actor search produces: mentions (`ActorMention`, `MentionList`), unnamed speakers
(`Description`), and the document's `ActorIndex`."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ...ids import name_key as ids_name_key
from ...model import Actor


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    actor: str  # actor id
    kind: str  # name|alias|capital|metonym|demonym|person|surname|organization


class MentionList(list):
    """Mentions in text order (non-overlapping), with bisect lookups by position."""

    def __init__(self, items) -> None:
        super().__init__(sorted(items, key=lambda m: (m.start, -m.end)))
        self.starts = [m.start for m in self]

    def in_range(self, start: int, end: int) -> list:
        return self[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def starting_at(self, pos: int):
        return next(iter(self.in_range(pos, pos + 1)), None)

    def covering(self, pos: int):
        k = bisect.bisect_right(self.starts, pos) - 1
        while k >= 0 and pos - self.starts[k] < 200:
            if self[k].start <= pos < self[k].end:
                return self[k]
            k -= 1
        return None

    def ending_at(self, pos: int):
        return next((m for m in self.in_range(max(0, pos - 200), pos) if m.end == pos), None)


@dataclass(frozen=True)
class Description:
    """An unnamed speaker or group: "a Ukrainian official", "Western diplomats"."""

    start: int
    end: int
    text: str
    party: str | None
    plural: bool


@dataclass
class _Person:
    name: str
    tokens: tuple[str, ...]
    role: str | None = None
    party: str | None = None
    forms: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ActorIndex:
    """The actors of one document and where each is mentioned, in text order."""

    actors: tuple[Actor, ...]
    mentions: tuple[ActorMention, ...]
    descriptions: tuple[Description, ...]
    genders: dict[str, str]

    def by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}


def name_key(name: str) -> str:
    """Transliteration-tolerant key (one definition, in ids): Zelenskiy / Zelensky / Zelenskyy and
    Зеленский share one; two Cyrillic names never collapse into an empty key."""
    return ids_name_key(name)
