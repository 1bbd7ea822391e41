"""Plotly figures as data (JSON strings), with an explicit minimal template.

The site draws them client-side from a `data-figure` attribute; colours for light and dark are
applied by the page script, so a figure here carries no theme of its own.
"""

from __future__ import annotations

import functools
import json
from collections import Counter, defaultdict

import plotly.graph_objects as go
import plotly.io as pio

from .aggregate import moves, positions_matrix, type_table
from .model import Corpus

# No plotly default template: small JSON, colours chosen by the site's theme at draw time.
MINIMAL = go.layout.Template(layout=go.Layout(
    font={"family": "Roboto, Helvetica, Arial, sans-serif", "size": 13},
    paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)",
    margin={"l": 10, "r": 10, "t": 30, "b": 10},
    xaxis={"automargin": True, "zeroline": False},
    yaxis={"automargin": True, "zeroline": False},
))


def _plain(text: str) -> str:
    """Article text for a Plotly label or hover text: plotly.js reads a few HTML tags (<a>, <b>, <br>
    …) in strings; entities keep every character literal and no tag alive."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@functools.lru_cache(maxsize=1)
def _template() -> dict:
    """MINIMAL as Plotly writes it (validated once)."""
    return json.loads(pio.to_json(go.Figure(layout=go.Layout(template=MINIMAL)), validate=True))["layout"]["template"]


def _figure(data: list[dict], layout: dict) -> str:
    """Compact, deterministic Plotly JSON from plain traces and layout, with the MINIMAL template.

    Plain dicts, not `go.Figure`: validating every figure on every build cost more than drawing
    all the pages around it; tests/test_charts.py validates each kind of figure instead."""
    return json.dumps({"data": data, "layout": {**layout, "template": _template()}},
                      sort_keys=True, separators=(",", ":"))


def mentions_per_actor(corpus: Corpus, limit: int = 15) -> tuple[str, list[tuple[str, int]]] | None:
    rows = sorted(((a.name, a.mentions) for a in corpus.actors), key=lambda r: (-r[1], r[0]))[:limit]
    if not rows:
        return None
    rows = rows[::-1]  # largest on top in a horizontal bar chart
    fig = _figure(
        [{"type": "bar", "x": [r[1] for r in rows], "y": [_plain(r[0]) for r in rows], "orientation": "h",
          "hovertemplate": "%{y}: %{x} mentions<extra></extra>"}],
        {"title": {"text": "Mentions per actor"}, "height": max(260, 24 * len(rows) + 80),
         "xaxis": {"title": {"text": "mentions"}}})
    return fig, rows[::-1]


def positions_heatmap(corpus: Corpus, labels: dict[str, str] | None = None, limit: int = 30
                      ) -> tuple[str, list[tuple[str, str, dict[str, int]]]] | None:
    """Actor × issue, coloured by the number of moves; hover and table give them by type.
    The `limit` most active actors, so the figure stays readable (and light) for any corpus."""
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
    actors = sorted({a for a, _ in cells}, key=lambda a: names.get(a, a))
    present = {i for _, i in cells}
    issues = [i for i in labels if i in present] + sorted(present - set(labels))  # taxonomy order
    z, text = [], []
    for a in actors:
        row, hover = [], []
        for i in issues:
            c = cells.get((a, i), {})
            row.append(sum(c.values()))
            hover.append(", ".join(f"{n} {types[t].plural.lower()}" for t, n in c.items() if n) or "none")
        z.append(row)
        text.append(hover)
    fig = _figure(
        [{"type": "heatmap", "z": z, "x": [_plain(labels.get(i, i)) for i in issues],
          "y": [_plain(names.get(a, a)) for a in actors], "text": [[_plain(t) for t in row] for row in text],
          "hovertemplate": "%{y} · %{x}: %{text}<extra></extra>", "colorscale": "Blues", "showscale": False,
          "xgap": 2, "ygap": 2}],
        {"title": {"text": "Positions: actor × issue"}, "height": max(260, 34 * len(actors) + 120)})
    table = [(names.get(a, a), labels.get(i, i), cells[(a, i)]) for a in actors for i in issues if (a, i) in cells]
    return fig, table


def moves_timeline(corpus: Corpus, limit: int = 600) -> tuple[str, list[tuple[str, str, str, str, str]]] | None:
    """Moves by document (dated documents on a date axis, in order), one trace per move type;
    the latest `limit` moves, so the page weight does not grow with the corpus."""
    names = {a.id: a.name for a in corpus.actors}
    rows = []
    for doc, m in moves(corpus)[-limit:]:
        who = names.get(m.actor_id or "", m.actor or "unknown")
        rows.append((doc.date or doc.title, doc.title, who, m.type, m.text))
    shown = [(_plain(w), _plain(t), _plain(who), ty, _plain(tx)) for w, t, who, ty, tx in rows]
    if not rows:
        return None
    order = list(dict.fromkeys(r[0] for r in shown))
    traces = []
    types = type_table(corpus)
    for t in types.order(r[3] for r in shown):
        sel = [r for r in shown if r[3] == t]
        if not sel:
            continue
        traces.append({
            "type": "scatter", "x": [r[0] for r in sel], "y": [r[2] for r in sel], "mode": "markers",
            "name": _plain(types[t].plural.lower()), "marker": {"symbol": types[t].symbol, "size": 11, "opacity": .8},
            "text": [f"{r[4][:120]} ({r[1][:60]})" for r in sel],
            "hovertemplate": "%{y} · " + _plain(t) + ": %{text}<extra></extra>"})
    actors = sorted({r[2] for r in shown})
    fig = _figure(traces, {
        "title": {"text": "Moves over time"}, "height": max(280, 30 * len(actors) + 140),
        "xaxis": {"type": "category", "categoryorder": "array", "categoryarray": order},
        "yaxis": {"categoryorder": "category descending"},
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.2, "x": 0}})
    return fig, rows


def mentions_index(corpus: Corpus, most: int = 60) -> dict[str, list[tuple[str, int]]]:
    """actor id → [(period, mentions)] in document order, from one pass over the corpus. Periods
    are document dates, or months (then years) when there would be more than `most` of them, so a
    chart and its table keep their size however long the negotiation runs."""
    dates = {ex.document.date for ex in corpus.extractions if ex.document.date}
    cut = 10 if len(dates) <= most else 7 if len({d[:7] for d in dates}) <= most else 4
    per: dict[str, Counter] = defaultdict(Counter)
    for ex in corpus.extractions:
        label = ex.document.date[:cut] if ex.document.date else ex.document.title
        for a in ex.actors:
            if a.mentions:
                per[a.id][label] += len(a.mentions)
    return {aid: list(counts.items()) for aid, counts in per.items()}


def actor_mentions_by_document(corpus: Corpus, actor_id: str,
                               index: dict[str, list[tuple[str, int]]] | None = None
                               ) -> tuple[str, list[tuple[str, int]]] | None:
    rows = (index if index is not None else mentions_index(corpus)).get(actor_id)
    if not rows:
        return None
    fig = _figure([{"type": "bar", "x": [_plain(label) for label, _ in rows], "y": [n for _, n in rows],
                    "hovertemplate": "%{x}: %{y} mentions<extra></extra>"}],
                  {"title": {"text": "Mentions over time"}, "height": 260})
    return fig, rows


def cooccurrence_network(corpus: Corpus, limit: int = 25) -> tuple[str, list[tuple[str, str, int]]] | None:
    """Actors named in the same sentence, as a network on a circle (deterministic layout)."""
    import math
    from itertools import combinations

    names = {a.id: a.name for a in corpus.actors}
    mentions = {a.id: a.mentions for a in corpus.actors}
    pairs: Counter[tuple[str, str]] = Counter()
    for ex in corpus.extractions:
        by_sentence: dict[str, set[str]] = {}
        for a in ex.actors:
            for m in a.mentions:
                by_sentence.setdefault(m.sentence, set()).add(a.id)
        for ids in by_sentence.values():
            for a, b in combinations(sorted(ids), 2):
                pairs[(a, b)] += 1
    if not pairs:
        return None
    top = sorted({x for p in pairs for x in p}, key=lambda a: (-mentions.get(a, 0), names.get(a, a)))[:limit]
    keep = set(top)
    nodes = sorted(top, key=lambda a: names.get(a, a).lower())
    pos = {a: (math.cos(2 * math.pi * k / len(nodes)), math.sin(2 * math.pi * k / len(nodes)))
           for k, a in enumerate(nodes)}
    edges = sorted(((a, b, n) for (a, b), n in pairs.items() if a in keep and b in keep),
                   key=lambda e: (-e[2], names.get(e[0], e[0]), names.get(e[1], e[1])))
    ex_, ey = [], []
    for a, b, _ in edges:
        ex_ += [round(pos[a][0], 4), round(pos[b][0], 4), None]
        ey += [round(pos[a][1], 4), round(pos[b][1], 4), None]
    fig = _figure(
        [{"type": "scatter", "x": ex_, "y": ey, "mode": "lines", "hoverinfo": "skip", "line": {"width": 1},
          "opacity": .45, "name": "named together"},
         {"type": "scatter", "x": [round(pos[a][0], 4) for a in nodes], "y": [round(pos[a][1], 4) for a in nodes],
          "mode": "markers+text", "text": [_plain(names.get(a, a)) for a in nodes], "textposition": "top center",
          "marker": {"size": [8 + 2 * math.sqrt(mentions.get(a, 1)) for a in nodes]},
          "customdata": [mentions.get(a, 0) for a in nodes],
          "hovertemplate": "%{text}: %{customdata} mentions<extra></extra>", "name": "actors"}],
        {"title": {"text": "Actors named in the same sentence"}, "height": 460, "showlegend": False,
         "xaxis": {"visible": False, "range": [-1.45, 1.45]}, "yaxis": {"visible": False, "range": [-1.25, 1.3]}})
    return fig, [(names.get(a, a), names.get(b, b), n) for a, b, n in edges]
