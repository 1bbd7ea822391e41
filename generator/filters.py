"""Filters over the long lists (quotes, positions), run in the browser without a server.

Each row of a filterable list carries its facets as data attributes (`data-party`, `data-issue`,
`data-type`, `data-negotiation`: space-separated tokens; `data-date`: ISO dates), and the page has
a filter form, hidden until `parley.js` shows it and wires it to the list: without JavaScript the
form stays hidden and every row is shown. A token is its value percent-encoded (no blank, quote or
markup character is left in it), so any id, from any article or lexicon, is one token; the form's
options carry the same tokens, the script only compares strings. Labels are printed by the
templates (autoescaped).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup

from .model import Document, Move

# A row's facets, in the order the form shows them: (key, label of its select box).
FACETS = (
    ("negotiation", "Negotiation"),
    ("party", "Party"),
    ("issue", "Issue"),
    ("type", "Move type"),
)
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def token(value: str) -> str:
    """A facet value as one token of a data attribute: percent-encoded, nothing left to escape."""
    return quote(value, safe="")


def row_attrs(dates: Iterable[str | None] = (), **facets: Iterable[str]) -> Markup:
    """' data-parley-row data-party="…" … data-date="…"': a filterable row's attributes, each
    facet's tokens sorted (deterministic) and escaped once more for the attribute."""
    parts = [" data-parley-row"]
    for key, values in (*facets.items(), ("date", dates)):
        tokens = " ".join(sorted({token(v) for v in values if v}))
        if (
            tokens
        ):  # a row without a value of a facet has no attribute for it: it matches only "All"
            parts.append(f' data-{key}="{html.escape(tokens, quote=True)}"')
    return Markup("".join(parts))


def moves_attrs(
    moves: Iterable[tuple[Document, Move]],
    party: str,
    issue: str | None,
    negotiation_of: dict[str, str],
) -> Markup:
    """The attributes of a row of one party's moves (on one issue): its types, dates and
    negotiations."""
    moves = list(moves)
    return row_attrs(
        dates=(d.date for d, _ in moves),
        negotiation=(negotiation_of.get(d.id, "") for d, _ in moves),
        party=(party,),
        issue=(issue,) if issue else (),
        type=(m.type for _, m in moves),
    )


@dataclass(frozen=True)
class Facet:
    key: str
    label: str
    options: tuple[tuple[str, str], ...]  # (token, label), as the form lists them


@dataclass(frozen=True)
class FilterForm:
    """What the filter form of one list shows: its select boxes, and a date range when rows are
    dated."""

    target: str  # the id of the list it filters
    what: str  # "quotes", "positions"
    facets: tuple[Facet, ...]
    dates: tuple[str, str] | None  # (first, last) full dates, for the date inputs' bounds


def filter_form(
    target: str, what: str, options: dict[str, dict[str, str]], dates: Iterable[str | None]
) -> FilterForm:
    """The form for a list whose rows have, for each facet key, the values `options[key]` (value →
    label): a select box for each facet with two values or more, by label; dates if any is full."""
    facets = tuple(
        Facet(
            key,
            label,
            tuple(
                (token(v), options[key][v])
                for v in sorted(options[key], key=lambda v: (options[key][v].casefold(), v))
            ),
        )
        for key, label in FACETS
        if len(options.get(key, {})) >= 2
    )
    full = sorted(d for d in dates if d and _FULL_DATE.fullmatch(d))
    return FilterForm(target, what, facets, (full[0], full[-1]) if full else None)
