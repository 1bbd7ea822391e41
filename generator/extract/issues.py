"""Issue tags from the taxonomy's trigger terms, on an item's own span of text."""

from __future__ import annotations

from .knowledge import Knowledge
from .scan import Starts, _at_boundary, literal_prefixes, prefix_starts


def tag_issues(text: str, kn: Knowledge) -> tuple[str, ...]:
    """Issue ids whose triggers occur in `text`, in taxonomy order. A trigger pattern starting
    at a word boundary with known literal prefixes is tried only where one of the issues'
    prefixes starts (one quick scan of the text for all of them), not at every position."""
    starts, anywhere = _issue_starts(kn)
    at = list(starts.positions(text, 0, len(text))) if starts is not None else []
    return tuple(
        issue.id
        for k, issue in enumerate(kn.issues)
        if (
            issue.pattern.search(text)
            if k in anywhere
            else any(issue.pattern.match(text, p) for p in at)
        )
    )


def _issue_starts(kn: Knowledge) -> tuple[Starts | None, frozenset[int]]:
    """Where any issue's trigger may start (scan.prefix_starts over all their literal prefixes),
    and the issues whose triggers cannot be told so (searched as they are); once per knowledge."""
    got = _STARTS.get(id(kn))
    if got is None:
        prefixes: set[str] = set()
        anywhere = set()
        for k, issue in enumerate(kn.issues):
            told = literal_prefixes(issue.pattern.pattern, issue.pattern.flags)
            if told is None or not _at_boundary(issue.pattern):
                anywhere.add(k)
            else:
                prefixes |= told
        starts = prefix_starts(prefixes) if prefixes else None
        got = _STARTS[id(kn)] = (kn, starts, frozenset(anywhere))  # kn kept alive with its id
    return got[1], got[2]


_STARTS: dict[int, tuple[Knowledge, Starts | None, frozenset[int]]] = {}
