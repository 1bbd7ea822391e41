"""Plotly figures as data (JSON strings), with an explicit minimal template.

The site draws them client-side from a `data-figure` attribute; colours for light and dark are
applied by the page script, so a figure here carries no theme of its own.
"""

from __future__ import annotations

import json
from collections import Counter

import plotly.graph_objects as go
import plotly.io as pio

from .aggregate import moves, positions_matrix
from .model import Corpus

# No plotly default template: small JSON, colours chosen by the site's theme at draw time.
MINIMAL = go.layout.Template(layout=go.Layout(
    font={"family": "Roboto, Helvetica, Arial, sans-serif", "size": 13},
    paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)",
    margin={"l": 10, "r": 10, "t": 30, "b": 10},
    xaxis={"automargin": True, "zeroline": False},
    yaxis={"automargin": True, "zeroline": False},
))


def _to_json(fig: go.Figure) -> str:
    """Validated, compact, deterministic JSON for a figure."""
    return json.dumps(json.loads(pio.to_json(fig, validate=True)), sort_keys=True, separators=(",", ":"))


def mentions_per_actor(corpus: Corpus, limit: int = 15) -> tuple[str, list[tuple[str, int]]] | None:
    rows = sorted(((a.name, a.mentions) for a in corpus.actors), key=lambda r: (-r[1], r[0]))[:limit]
    if not rows:
        return None
    rows = rows[::-1]  # largest on top in a horizontal bar chart
    fig = go.Figure(
        data=[go.Bar(x=[r[1] for r in rows], y=[r[0] for r in rows], orientation="h",
                     hovertemplate="%{y}: %{x} mentions<extra></extra>")],
        layout=go.Layout(template=MINIMAL, title={"text": "Mentions per actor"},
                         height=max(260, 24 * len(rows) + 80), xaxis={"title": {"text": "mentions"}}),
    )
    return _to_json(fig), rows[::-1]


TYPE_LABELS = {"demand": "demands", "proposal": "proposals", "reject": "rejections", "threaten": "threats",
               "agree": "agreements"}


def positions_heatmap(corpus: Corpus, labels: dict[str, str] | None = None
                      ) -> tuple[str, list[tuple[str, str, dict[str, int]]]] | None:
    """Actor × issue, coloured by the number of moves; hover and table give them by type."""
    cells = positions_matrix(corpus)
    if not cells:
        return None
    labels = labels or {}
    names = {a.id: a.name for a in corpus.actors}
    actors = sorted({a for a, _ in cells}, key=lambda a: names.get(a, a))
    present = {i for _, i in cells}
    issues = [i for i in labels if i in present] + sorted(present - set(labels))  # taxonomy order
    z, text = [], []
    for a in actors:
        row, hover = [], []
        for i in issues:
            c = cells.get((a, i), {})
            row.append(sum(c.values()))
            hover.append(", ".join(f"{n} {TYPE_LABELS[t]}" for t, n in c.items() if n) or "none")
        z.append(row)
        text.append(hover)
    fig = go.Figure(
        data=[go.Heatmap(z=z, x=[labels.get(i, i) for i in issues], y=[names.get(a, a) for a in actors],
                         text=text, hovertemplate="%{y} · %{x}: %{text}<extra></extra>", colorscale="Blues",
                         showscale=False, xgap=2, ygap=2)],
        layout=go.Layout(template=MINIMAL, title={"text": "Positions: actor × issue"},
                         height=max(260, 34 * len(actors) + 120)),
    )
    table = [(names.get(a, a), labels.get(i, i), cells[(a, i)]) for a in actors for i in issues if (a, i) in cells]
    return _to_json(fig), table


def moves_timeline(corpus: Corpus) -> tuple[str, list[tuple[str, str, str, str, str]]] | None:
    """Moves by document (dated documents on a date axis, in order), one trace per move type."""
    names = {a.id: a.name for a in corpus.actors}
    rows = []
    for doc, m in moves(corpus):
        who = names.get(m.actor_id or "", m.actor or "unknown")
        rows.append((doc.date or doc.title, doc.title, who, m.type, m.text))
    if not rows:
        return None
    order = list(dict.fromkeys(r[0] for r in rows))
    symbols = {"demand": "circle", "proposal": "diamond", "reject": "x", "threaten": "triangle-up",
               "agree": "star"}
    traces = []
    for t in ("demand", "proposal", "reject", "threaten", "agree"):
        sel = [r for r in rows if r[3] == t]
        if not sel:
            continue
        traces.append(go.Scatter(
            x=[r[0] for r in sel], y=[r[2] for r in sel], mode="markers", name=TYPE_LABELS[t],
            marker={"symbol": symbols[t], "size": 11, "opacity": .8},
            text=[f"{r[4][:120]} ({r[1][:60]})" for r in sel],
            hovertemplate="%{y} · " + t + ": %{text}<extra></extra>"))
    actors = sorted({r[2] for r in rows})
    fig = go.Figure(data=traces, layout=go.Layout(
        template=MINIMAL, title={"text": "Moves over time"}, height=max(280, 30 * len(actors) + 140),
        xaxis={"type": "category", "categoryorder": "array", "categoryarray": order},
        yaxis={"categoryorder": "category descending"},
        legend={"orientation": "h", "yanchor": "top", "y": -0.2, "x": 0}))
    return _to_json(fig), rows


def actor_mentions_by_document(corpus: Corpus, actor_id: str) -> tuple[str, list[tuple[str, int]]] | None:
    rows = []
    for ex in corpus.extractions:
        n = sum(len(a.mentions) for a in ex.actors if a.id == actor_id)
        if n:
            rows.append((ex.document.date or ex.document.title, n))
    if not rows:
        return None
    counts = Counter()
    for label, n in rows:
        counts[label] += n
    labels = list(dict.fromkeys(label for label, _ in rows))
    fig = go.Figure(
        data=[go.Bar(x=labels, y=[counts[label] for label in labels],
                     hovertemplate="%{x}: %{y} mentions<extra></extra>")],
        layout=go.Layout(template=MINIMAL, title={"text": "Mentions per document"}, height=260),
    )
    return _to_json(fig), [(label, counts[label]) for label in labels]
