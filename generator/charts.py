"""Plotly figures as data (JSON strings), with an explicit minimal template.

The site draws them client-side from a `data-figure` attribute; colours for light and dark are
applied by the page script, so a figure here carries no theme of its own.
"""

from __future__ import annotations

import json
from collections import Counter

import plotly.graph_objects as go
import plotly.io as pio

from .aggregate import positions_matrix
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


def positions_heatmap(corpus: Corpus) -> tuple[str, list[tuple[str, str, int, int]]] | None:
    cells = positions_matrix(corpus)
    if not cells:
        return None
    names = {a.id: a.name for a in corpus.actors}
    actors = sorted({a for a, _ in cells}, key=lambda a: names.get(a, a))
    issues = sorted({i for _, i in cells})
    z, text = [], []
    for a in actors:
        row, labels = [], []
        for i in issues:
            c = cells.get((a, i), {"demand": 0, "proposal": 0})
            row.append(c["demand"] + c["proposal"])
            labels.append(f"{c['demand']} demands, {c['proposal']} proposals")
        z.append(row)
        text.append(labels)
    fig = go.Figure(
        data=[go.Heatmap(z=z, x=issues, y=[names.get(a, a) for a in actors], text=text,
                         hovertemplate="%{y} · %{x}: %{text}<extra></extra>", colorscale="Blues",
                         showscale=False, xgap=2, ygap=2)],
        layout=go.Layout(template=MINIMAL, title={"text": "Positions: actor × issue"},
                         height=max(260, 34 * len(actors) + 120)),
    )
    table = [(names.get(a, a), i, cells[(a, i)]["demand"], cells[(a, i)]["proposal"])
             for a in actors for i in issues if (a, i) in cells]
    return _to_json(fig), table


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
