"""Plotly figures as data (JSON strings), with an explicit minimal template.

The site draws them client-side from a `data-figure` attribute; colours for light and dark are
applied by the page script, so a figure here carries no theme of its own.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import math
import textwrap
from collections import Counter, defaultdict
from itertools import combinations

import plotly.graph_objects as go
import plotly.io as pio

from .aggregate import MoveTypes, histories, latest, moves, positions_matrix, type_table
from .extract.knowledge import CSS_COLOUR
from .model import Corpus, Document, Move, MoveType

# No plotly default template: small JSON, colours chosen by the site's theme at draw time.
MINIMAL = go.layout.Template(
    layout=go.Layout(
        font={"family": "Roboto, Helvetica, Arial, sans-serif", "size": 13},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"automargin": True, "zeroline": False},
        yaxis={"automargin": True, "zeroline": False},
    )
)


def _plain(text: str) -> str:
    """Article text for a Plotly label or hover text: plotly.js reads a few HTML tags (<a>, <b>,
    <br> …) in strings; entities keep every character literal and no tag alive."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@functools.lru_cache(maxsize=1)
def _template() -> dict:
    """MINIMAL as Plotly writes it (validated once)."""
    return json.loads(pio.to_json(go.Figure(layout=go.Layout(template=MINIMAL)), validate=True))[
        "layout"
    ]["template"]


def _figure(data: list[dict], layout: dict) -> str:
    """Compact, deterministic Plotly JSON from plain traces and layout, with the MINIMAL template.

    Plain dicts, not `go.Figure`: validating every figure on every build cost more than drawing
    all the pages around it; tests/test_charts.py validates each kind of figure instead."""
    return json.dumps(
        {"data": data, "layout": {**layout, "template": _template()}},
        sort_keys=True,
        separators=(",", ":"),
    )


UNDATED = "undated"  # the one column of items without a date, apart from the date axis
NEUTRAL = (
    "rgba(80, 100, 120, .9)"  # a move type the table gives no colour (as its marks in parley.css)
)
# Above the plot, clear of the x labels. On a narrow screen it wraps to one entry a line: each
# takes about LEGEND_PX of the figure's height there, which the height makes room for.
LEGEND_TOP = {
    "orientation": "h",
    "x": 0,
    "xanchor": "left",
    "y": 1.02,
    "yanchor": "bottom",
    "font": {"size": 12},
}
LEGEND_PX = 21


def _wrap(text: str, width: int = 20, lines: int = 2) -> str:
    """A label in at most `lines` lines of about `width` characters (`<br>` between them), so a
    long name takes height rather than the plot's width on a narrow screen."""
    return "<br>".join(
        _plain(line)
        for line in textwrap.wrap(text, width, max_lines=lines, placeholder="…") or [_plain(text)]
    )


def _colour(t: MoveType) -> str:
    """A move type's colour from the table (the underline of its marks), else the neutral one."""
    return t.colour if t.colour and CSS_COLOUR.match(t.colour) else NEUTRAL


def _rows_axis(labels: list[str], names: list[str]) -> tuple[dict, int]:
    """A category axis of one row per label, first on top, every label shown (array ticks are
    never thinned out) and wrapped; and the height in px its rows need (rows are evenly spaced:
    each as high as the label of most lines)."""
    wrapped = [_wrap(n) for n in names]
    axis = {
        "type": "category",
        "categoryorder": "array",
        "categoryarray": labels[::-1],
        "tickmode": "array",
        "tickvals": labels,
        "ticktext": wrapped,
        "automargin": True,
        "range": [-0.5, len(labels) - 0.5],
        "tickfont": {"size": 12},
    }
    lines = max((w.count("<br>") + 1 for w in wrapped), default=1)
    return axis, len(wrapped) * (10 + 14 * lines)


def _time_axes(dates: list[str], undated: bool) -> tuple[dict, str, str]:
    """The x axes of items over time: a date axis (spaced by time) over `dates` and, apart from it
    and never on it, one column 'undated' for the others (its label upright: it takes no width
    from the dates). Layout, and each kind's axis."""
    # turned labels hang left of their tick (not over the column on the right)
    date_axis = (
        {
            "type": "date",
            "automargin": True,
            "title": {"text": "date"},
            "range": _date_range(dates),
            "autotickangles": [0, -45, -90],
        }
        if dates
        else {}
    )
    column = {"type": "category", "automargin": True, "fixedrange": True}
    if dates and undated:
        return (
            {
                "xaxis": {**date_axis, "domain": [0, 0.8]},
                "xaxis2": {**column, "domain": [0.86, 1], "anchor": "y", "tickangle": -90},
            },
            "x",
            "x2",
        )
    if dates:
        return {"xaxis": date_axis}, "x", "x"
    return (
        {"xaxis": {**column, "tickangle": 0, "title": {"text": "no date: not on a time axis"}}},
        "x",
        "x",
    )


def _date_range(dates: list[str]) -> list[str]:
    """The dates' span with a margin each side (at least a fortnight: one day is not drawn as
    hours), as ISO dates. A date may be a day, a month or a year (2025-03-02, 2025-03, 2025)."""
    days = [dt.date(*(int(part) for part in ([*d[:10].split("-"), "1", "1"])[:3])) for d in dates]
    lo, hi = min(days), max(days)
    pad = max(dt.timedelta(days=15), (hi - lo) * 0.06)
    return [(lo - pad).isoformat(), (hi + pad).isoformat()]


def mentions_per_actor(corpus: Corpus, limit: int = 15) -> tuple[str, list[tuple[str, int]]] | None:
    rows = sorted(((a.name, a.mentions) for a in corpus.actors), key=lambda r: (-r[1], r[0]))[
        :limit
    ]
    if not rows:
        return None
    rows = rows[::-1]  # largest on top in a horizontal bar chart
    fig = _figure(
        [
            {
                "type": "bar",
                "x": [r[1] for r in rows],
                "y": [_plain(r[0]) for r in rows],
                "orientation": "h",
                "hovertemplate": "%{y}: %{x} mentions<extra></extra>",
            }
        ],
        {
            "title": {"text": "Mentions per actor"},
            "height": max(260, 24 * len(rows) + 80),
            "xaxis": {"title": {"text": "mentions"}},
        },
    )
    return fig, rows[::-1]


def positions_heatmap(
    corpus: Corpus, labels: dict[str, str] | None = None, limit: int = 30
) -> tuple[str, list[tuple[str, str, str, dict[str, int]]]] | None:
    """Actor × issue, each cell coloured by the actor's latest move on the issue (the move types
    table's colours, with a legend of them; no cell where there was no move); hover and table give
    that move and the moves by type. The `limit` most active actors, so the figure stays readable
    (and light) for any corpus."""
    cells = positions_matrix(corpus)
    if not cells:
        return None
    labels = labels or {}
    names = {a.id: a.name for a in corpus.actors}
    types = type_table(corpus)
    activity: Counter[str] = Counter()
    for (a, _), c in cells.items():
        activity[a] += sum(c.values())
    top = set(sorted(activity, key=lambda a: (-activity[a], names.get(a, a)))[:limit])
    cells = {k: v for k, v in cells.items() if k[0] in top}
    actors = sorted({a for a, _ in cells}, key=lambda a: (_sort_name(names, a), a))
    present = {i for _, i in cells}
    issues = [i for i in labels if i in present] + sorted(present - set(labels))  # taxonomy order
    history = histories(corpus)
    last = {(a, i): latest(history[i][a]) for a, i in cells}
    shown = [
        t
        for t in types.order(m.type for _, m in last.values())
        if any(m.type == t for _, m in last.values())
    ]
    z, text = [], []
    for a in actors:
        z.append([shown.index(last[(a, i)][1].type) if (a, i) in cells else None for i in issues])
        text.append(
            [
                _cell_text(last[(a, i)], cells[(a, i)], types) if (a, i) in cells else ""
                for i in issues
            ]
        )
    yaxis, rows_px = _rows_axis(
        [_plain(names.get(a, a)) for a in actors], [names.get(a, a) for a in actors]
    )
    k = len(shown)
    scale = [
        [round(j / k + e, 6), _colour(types[t])] for j, t in enumerate(shown) for e in (0, 1 / k)
    ]
    heat = {
        "type": "heatmap",
        "z": z,
        "x": [_plain(labels.get(i, i)) for i in issues],
        "y": [_plain(names.get(a, a)) for a in actors],
        "text": text,
        "hoverongaps": False,
        "hovertemplate": "%{y} · %{x}<br>%{text}<extra></extra>",
        "colorscale": scale,
        "showscale": False,
        "zmin": -0.5,
        "zmax": k - 0.5,
        "xgap": 2,
        "ygap": 2,
    }
    legend = [
        {
            "type": "scatter",
            "mode": "markers",
            "x": [None],
            "y": [None],
            "hoverinfo": "skip",
            "name": _plain(types[t].label.lower()),
            "marker": {"symbol": "square", "size": 12, "color": _colour(types[t])},
        }
        for t in shown
    ]
    fig = _figure(
        [heat, *legend],
        {
            "height": max(260, rows_px + LEGEND_PX * len(shown) + 170),
            "yaxis": yaxis,
            "xaxis": {
                "type": "category",
                "automargin": True,
                "tickmode": "array",
                "tickvals": heat["x"],
                "ticktext": heat["x"],
                "tickfont": {"size": 11},
            },  # every issue named, none thinned out
            "legend": LEGEND_TOP,
            "showlegend": True,
        },
    )
    table = [
        (names.get(a, a), labels.get(i, i), types[last[(a, i)][1].type].label, cells[(a, i)])
        for a in actors
        for i in issues
        if (a, i) in cells
    ]
    return fig, table


def _cell_text(last: tuple[Document, Move], counts: dict[str, int], types: MoveTypes) -> str:
    """A cell's hover: its latest move (type, date) and how many of each type there were."""
    doc, move = last
    by_type = ", ".join(f"{n} {types[t].plural.lower()}" for t, n in counts.items() if n)
    return (
        _plain(f"latest: {types[move.type].label} ({doc.date or UNDATED})")
        + "<br>"
        + _plain(by_type)
    )


def moves_timeline(
    corpus: Corpus, limit: int = 600, most: int = 25
) -> tuple[str, list[tuple[str, str, str, str, str]]] | None:
    """Moves by actor over time, one trace per move type: dated documents' moves on a date axis,
    undated documents' in a column apart. Rows for the `most` most active actors (the table has
    every move), the latest `limit` moves: the page weight does not grow with the corpus."""
    names = {a.id: a.name for a in corpus.actors}
    rows = [
        (
            doc.date or UNDATED,
            doc.title,
            names.get(m.actor_id or "", m.actor or "unknown"),
            m.type,
            m.text,
        )
        for doc, m in moves(corpus)[-limit:]
    ]
    if not rows:
        return None
    count = Counter(r[2] for r in rows)
    actors = sorted(count, key=lambda a: (-count[a], a.lower(), a))[:most]
    keep = set(actors)
    points = [
        (when if when != UNDATED else None, _plain(who), t, _hover(when, title, text))
        for when, title, who, t, text in rows
        if who in keep
    ]
    return _moves_figure(points, actors, type_table(corpus)), rows


def _sort_name(names: dict[str, str], aid: str) -> str:
    """An actor's name in lower case, to sort by (its id when it has none)."""
    return names.get(aid, aid).lower()


def stance_parties(history: dict[str, list], names: dict[str, str]) -> list[str]:
    """The parties of one issue's history, the most moves first (then by name)."""
    return sorted(history, key=lambda a: (-len(history[a]), _sort_name(names, a), a))


def stance_chart(
    history: dict[str, list[tuple[Document, Move]]],
    names: dict[str, str],
    types: MoveTypes,
    most: int = 12,
) -> str | None:
    """One issue's stances over time: a row for each of the `most` parties with the most moves on
    it, each move a marker of its type on a date axis (undated ones in their column apart), a
    line over the span of each party's dated moves."""
    parties = stance_parties(history, names)[:most]
    points = [
        (d.date, _plain(names.get(a, a)), m.type, _hover(d.date or UNDATED, d.title, m.text))
        for a in parties
        for d, m in history[a]
    ]
    if not points:
        return None
    return _moves_figure(points, [names.get(a, a) for a in parties], types, lines=True)


def _hover(when: str, title: str, text: str) -> str:
    return _plain(f"{when} · {title[:60]}") + "<br>" + _plain(text[:120])


def _moves_figure(
    points: list[tuple[str | None, str, str, str]],
    names: list[str],
    types: MoveTypes,
    lines: bool = False,
) -> str:
    """Moves as markers: `points` are (date or None, row label, move type, hover text), one row per
    name (first on top), the legend above the plot (never over the x labels)."""
    layout, dated_axis, undated_axis = _time_axes(
        [p[0] for p in points if p[0]], any(not p[0] for p in points)
    )
    yaxis, rows_px = _rows_axis([_plain(n) for n in names], names)
    traces = (_span_lines(points, dated_axis) if lines else []) + _move_traces(
        points, types, dated_axis, undated_axis
    )
    legend = len({p[2] for p in points})
    return _figure(
        traces,
        {
            **layout,
            "yaxis": yaxis,
            "height": LEGEND_PX * legend + 100 + rows_px,
            "legend": LEGEND_TOP,
            "showlegend": True,
            "hovermode": "closest",
        },
    )


def _move_traces(
    points: list[tuple[str | None, str, str, str]],
    types: MoveTypes,
    dated_axis: str,
    undated_axis: str,
) -> list[dict]:
    """One trace per move type (in the table's order) and axis, one legend entry per type."""
    traces = []
    for t in types.order(p[2] for p in points):
        first = True
        for axis, dated in ((dated_axis, True), (undated_axis, False)):
            sel = [p for p in points if p[2] == t and bool(p[0]) == dated]
            if not sel:
                continue
            traces.append(
                {
                    "type": "scatter",
                    "mode": "markers",
                    "x": [p[0] or UNDATED for p in sel],
                    "y": [p[1] for p in sel],
                    "xaxis": axis,
                    "yaxis": "y",
                    "name": _plain(types[t].plural.lower()),
                    "legendgroup": _plain(t),
                    "showlegend": first,
                    "text": [p[3] for p in sel],
                    "marker": {
                        "symbol": types[t].symbol,
                        "size": 11,
                        "opacity": 0.85,
                        "color": _colour(types[t]),
                    },
                    "hovertemplate": "%{y} · "
                    + _plain(types[t].label)
                    + "<br>%{text}<extra></extra>",
                }
            )
            first = False
    return traces


def _span_lines(points: list[tuple[str | None, str, str, str]], axis: str) -> list[dict]:
    """A faint line over each row's dated moves, first to last: how long a party held the issue."""
    x: list[str | None] = []
    y: list[str | None] = []
    for label in dict.fromkeys(p[1] for p in points):
        dates = sorted(p[0] for p in points if p[1] == label and p[0])
        if len(dates) > 1 and dates[0] != dates[-1]:
            x += [dates[0], dates[-1], None]
            y += [label, label, None]
    return (
        [
            {
                "type": "scatter",
                "mode": "lines",
                "x": x,
                "y": y,
                "xaxis": axis,
                "yaxis": "y",
                "hoverinfo": "skip",
                "showlegend": False,
                "line": {"width": 1, "dash": "dot"},
                "opacity": 0.5,
                "name": "span",
            }
        ]
        if x
        else []
    )


def mentions_index(corpus: Corpus, most: int = 60) -> dict[str, list[tuple[str | None, str, int]]]:
    """actor id → [(period, label, mentions)] in document order, from one pass over the corpus.
    Periods are document dates, or months (then years) when there would be more than `most` of
    them, so a chart and its table keep their size however long the negotiation runs; an undated
    document has no period (None) and is labelled by its title."""
    dates = {ex.document.date for ex in corpus.extractions if ex.document.date}
    cut = 10 if len(dates) <= most else 7 if len({d[:7] for d in dates}) <= most else 4
    per: dict[str, Counter] = defaultdict(Counter)
    for ex in corpus.extractions:
        period = ex.document.date[:cut] if ex.document.date else None
        for a in ex.actors:
            if a.mentions:
                per[a.id][(period, period or ex.document.title)] += len(a.mentions)
    return {aid: [(p, label, n) for (p, label), n in counts.items()] for aid, counts in per.items()}


def actor_mentions_by_document(
    corpus: Corpus, actor_id: str, index: dict[str, list[tuple[str | None, str, int]]] | None = None
) -> tuple[str | None, list[tuple[str, int]]] | None:
    """An actor's mentions over time: bars on a date axis for dated documents, and apart from it
    one bar for all the undated ones (no chart when none is dated); the table lists each period
    and undated document."""
    rows = (index if index is not None else mentions_index(corpus)).get(actor_id)
    if not rows:
        return None
    dated = [(period, n) for period, _, n in rows if period]
    undated = sum(n for period, _, n in rows if not period)
    table = [(period or f"undated · {label}", n) for period, label, n in rows]
    if not dated:
        return None, table  # no time to show: the table alone
    layout, dated_axis, undated_axis = _time_axes([p for p, _ in dated], bool(undated))
    bars = (
        [
            {
                "type": "bar",
                "x": [p for p, _ in dated],
                "y": [n for _, n in dated],
                "xaxis": dated_axis,
                "yaxis": "y",
                "name": "dated",
                "hovertemplate": "%{x}: %{y} mentions<extra></extra>",
            }
        ]
        if dated
        else []
    )
    if undated:
        bars.append(
            {
                "type": "bar",
                "x": [UNDATED],
                "y": [undated],
                "xaxis": undated_axis,
                "yaxis": "y",
                "name": UNDATED,
                "hovertemplate": "undated documents: %{y} mentions<extra></extra>",
            }
        )
    fig = _figure(
        bars,
        {
            **layout,
            "title": {"text": "Mentions over time"},
            "height": 300,
            "showlegend": False,
            "yaxis": {"title": {"text": "mentions"}, "rangemode": "tozero", "automargin": True},
        },
    )
    return fig, table


# The network's labels are placed for the narrowest screen the site is read on: a plot square of
# NARROW px across the axis range ±SPAN, labels of LABEL_PX per character and LINE_PX per line.
NARROW, SPAN, LABEL_PX, LINE_PX = 300, 1.5, 7.5, 16


def cooccurrence_network(
    corpus: Corpus, limit: int = 25, labelled: int = 12
) -> tuple[str, list[tuple[str, str, int]]] | None:
    """Actors named in the same sentence, as a network on a circle (deterministic layout). The
    most mentioned actors are labelled where their label overlaps no other even on a narrow
    screen (at most `labelled`); every node names itself on hover."""
    names = {a.id: a.name for a in corpus.actors}
    mentions = {a.id: a.mentions for a in corpus.actors}
    pairs = _pairs(corpus)
    if not pairs:
        return None
    top = sorted(
        {x for p in pairs for x in p}, key=lambda a: (-mentions.get(a, 0), names.get(a, a))
    )[:limit]
    keep = set(top)
    nodes = sorted(top, key=lambda a: _sort_name(names, a))
    pos = {
        a: (
            round(math.sin(2 * math.pi * k / len(nodes)), 4),
            round(math.cos(2 * math.pi * k / len(nodes)), 4),
        )
        for k, a in enumerate(nodes)
    }
    size = {a: 8 + 2 * math.sqrt(mentions.get(a, 1)) for a in nodes}
    shown = _labels(top[:labelled], pos, size, names)
    edges = sorted(
        ((a, b, n) for (a, b), n in pairs.items() if a in keep and b in keep),
        key=lambda e: (-e[2], names.get(e[0], e[0]), names.get(e[1], e[1])),
    )
    ex_, ey = [], []
    for a, b, _ in edges:
        ex_ += [pos[a][0], pos[b][0], None]
        ey += [pos[a][1], pos[b][1], None]
    fig = _figure(
        [
            {
                "type": "scatter",
                "x": ex_,
                "y": ey,
                "mode": "lines",
                "hoverinfo": "skip",
                "line": {"width": 1},
                "opacity": 0.45,
                "name": "named together",
            },
            {
                "type": "scatter",
                "x": [pos[a][0] for a in nodes],
                "y": [pos[a][1] for a in nodes],
                "mode": "markers+text",
                "text": [shown[a][0] if a in shown else "" for a in nodes],
                "textposition": [shown[a][1] if a in shown else "top center" for a in nodes],
                "cliponaxis": False,
                "textfont": {"size": 12},
                "marker": {"size": [size[a] for a in nodes]},
                "customdata": [[_plain(names.get(a, a)), mentions.get(a, 0)] for a in nodes],
                "hovertemplate": "%{customdata[0]}: %{customdata[1]} mentions<extra></extra>",
                "name": "actors",
            },
        ],
        {
            "title": {"text": "Actors named in the same sentence"},
            "height": 420,
            "showlegend": False,
            "xaxis": {"visible": False, "range": [-SPAN, SPAN], "fixedrange": True},
            "yaxis": {
                "visible": False,
                "range": [-SPAN, SPAN],
                "scaleanchor": "x",
                "fixedrange": True,
            },
        },
    )
    return fig, [(names.get(a, a), names.get(b, b), n) for a, b, n in edges]


def _pairs(corpus: Corpus) -> Counter[tuple[str, str]]:
    """(actor id, actor id) → the sentences that name both."""
    pairs: Counter[tuple[str, str]] = Counter()
    for ex in corpus.extractions:
        by_sentence: dict[str, set[str]] = {}
        for actor in ex.actors:
            for m in actor.mentions:
                by_sentence.setdefault(m.sentence, set()).add(actor.id)
        for ids in by_sentence.values():
            for a, b in combinations(sorted(ids), 2):
                pairs[(a, b)] += 1
    return pairs


def _labels(
    ranked: list[str],
    pos: dict[str, tuple[float, float]],
    size: dict[str, float],
    names: dict[str, str],
) -> dict[str, tuple[str, str]]:
    """id → (label, text position) for the nodes in `ranked` order whose label, above a node in the
    upper half and below one in the lower, stays inside the plot and clear of the labels before
    it."""
    px = NARROW / (2 * SPAN)  # px per unit on the narrow screen
    placed: list[tuple[float, float, float, float]] = []
    out = {}
    for a in ranked:
        label = _wrap(names.get(a, a), 14)
        lines = label.split("<br>")
        w = LABEL_PX * max(len(html.unescape(line)) for line in lines) / px
        h = LINE_PX * len(lines) / px
        x, y = pos[a]
        gap = size[a] / 2 / px
        up = y >= 0
        box = (x - w / 2, x + w / 2, y + gap if up else y - gap - h, y + gap + h if up else y - gap)
        inside = box[0] >= -SPAN and box[1] <= SPAN and box[2] >= -SPAN and box[3] <= SPAN
        if inside and not any(
            box[0] < b[1] and b[0] < box[1] and box[2] < b[3] and b[2] < box[3] for b in placed
        ):
            placed.append(box)
            out[a] = (label, "top center" if up else "bottom center")
    return out
