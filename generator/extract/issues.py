"""Issue tags from the taxonomy's trigger terms, on an item's own span of text."""

from __future__ import annotations

from .knowledge import Knowledge


def tag_issues(text: str, kn: Knowledge) -> tuple[str, ...]:
    """Issue ids whose triggers occur in `text`, in taxonomy order."""
    return tuple(issue.id for issue in kn.issues if issue.pattern.search(text))
