"""Every kind of figure is valid Plotly (charts are written as plain JSON; Plotly checks them here),
and says what it should: moves on a date axis with undated documents apart, one trace per move
type as the move types table draws it, the latest move of each actor and issue with a legend.
The articles are invented (fishing quota talks)."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest

from generator import charts
from generator.aggregate import aggregate, histories, type_table
from generator.extract.knowledge import load
from generator.ingest import Article, Block
from generator.pipeline import extract_corpus, extract_document
from generator.segment import segment

ARTICLES = (
    ("quota-talks-open", "2025-01-10", "Norway demanded a larger cod quota in the Barents Sea."),
    (
        "mackerel-offer",
        "2025-03-02",
        "Iceland proposed a joint quota for mackerel.\nNorway rejected the joint quota.",
    ),
    ("quota-deal", "2025-06-20", "Norway agreed to a shared cod quota with Iceland."),
    # undated, and after the dated ones in document order: never the "latest" of a dated history
    (
        "mackerel-dispute",
        None,
        (
            "Norway demanded an end to the mackerel quota dispute.\n"
            "Iceland demanded a bigger mackerel quota."
        ),
    ),
)


def _doc(doc_id: str, date: str | None, text: str):
    article = Article(
        source=f"{doc_id}.txt",
        title=doc_id.replace("-", " ").capitalize(),
        date=date,
        blocks=tuple(Block("paragraph", p) for p in text.split("\n")),
    )
    return extract_document(segment(article, doc_id), load())


@pytest.fixture(scope="module")
def quotas():
    return aggregate([_doc(*a) for a in ARTICLES], [])


@pytest.fixture(scope="module")
def corpus(seed_options):
    return extract_corpus(seed_options)


@pytest.fixture(scope="module")
def seed_options():
    from conftest import ROOT

    from generator.config import Options

    return Options(seeds_dir=ROOT / "seeds", model="none")


def _figures(corpus, actor: str):
    trade = histories(corpus).get("trade") or next(iter(histories(corpus).values()))
    return {
        "mentions": charts.mentions_per_actor(corpus),
        "heatmap": charts.positions_heatmap(corpus, dict(corpus.issues)),
        "timeline": charts.moves_timeline(corpus),
        "network": charts.cooccurrence_network(corpus),
        "actor": charts.actor_mentions_by_document(corpus, actor),
        "stance": (
            charts.stance_chart(trade, {a.id: a.name for a in corpus.actors}, type_table(corpus)),
            [],
        ),
    }


def test_every_figure_is_valid_plotly_with_the_minimal_template(quotas, corpus):
    for name, made in [*_figures(quotas, "norway").items(), *_figures(corpus, "russia").items()]:
        assert made is not None, name
        if made[0] is None:  # the seed article is undated: no time axis for an actor's mentions
            assert name == "actor" and made[1], name
            continue
        fig = json.loads(made[0])
        go.Figure(fig)  # raises on any property Plotly does not know or any bad value
        assert (
            fig["data"] and fig["layout"]["template"]["layout"]["paper_bgcolor"] == "rgba(0,0,0,0)"
        ), name
        assert made[0] == json.dumps(
            fig, sort_keys=True, separators=(",", ":")
        )  # compact, keys sorted


def test_figures_are_deterministic(quotas, corpus):
    assert _figures(quotas, "norway") == _figures(quotas, "norway")
    assert _figures(corpus, "russia") == _figures(corpus, "russia")


def _markers(fig: dict) -> list[dict]:
    return [t for t in fig["data"] if t["type"] == "scatter" and t["mode"] == "markers"]


def test_moves_timeline_is_on_a_date_axis_with_undated_documents_apart(quotas):
    fig, rows = charts.moves_timeline(quotas)
    fig = json.loads(fig)
    layout = fig["layout"]
    assert layout["xaxis"]["type"] == "date" and layout["xaxis2"]["type"] == "category"
    assert layout["xaxis"]["domain"][1] < layout["xaxis2"]["domain"][0]  # a gap: not one axis
    dated = [x for t in _markers(fig) if t["xaxis"] == "x" for x in t["x"]]
    undated = [x for t in _markers(fig) if t["xaxis"] == "x2" for x in t["x"]]
    assert sorted(dated) == ["2025-01-10", "2025-03-02", "2025-03-02", "2025-06-20"]
    assert undated == ["undated", "undated"]
    assert [r[0] for r in rows].count("undated") == 2  # the table has them, labelled
    # every row label listed as a tick (none thinned out), the most active party on top
    assert (
        layout["yaxis"]["tickvals"] == ["Norway", "Iceland"]
        and layout["yaxis"]["tickmode"] == "array"
    )
    assert layout["yaxis"]["categoryarray"] == ["Iceland", "Norway"]
    assert layout["legend"]["yanchor"] == "bottom" and layout["legend"]["y"] > 1  # above the plot


def test_one_trace_per_move_type_drawn_as_the_table_says(quotas):
    fig = json.loads(charts.moves_timeline(quotas)[0])
    types = type_table(quotas)
    legend = [t for t in _markers(fig) if t["showlegend"]]
    assert [t["name"] for t in legend] == ["demands", "proposals", "rejections", "agreements"]
    assert len({t["legendgroup"] for t in _markers(fig)}) == len(
        legend
    )  # undated ones join their type's entry
    for t in _markers(fig):
        row = types[t["legendgroup"]]
        assert t["marker"]["symbol"] == row.symbol and t["marker"]["color"] == row.colour


def test_heatmap_colours_each_cell_by_its_latest_dated_move_with_a_legend(quotas):
    fig, table = charts.positions_heatmap(quotas, {"trade": "Trade"})
    fig = json.loads(fig)
    heat = next(t for t in fig["data"] if t["type"] == "heatmap")
    legend = [t for t in fig["data"] if t["type"] == "scatter"]
    types = type_table(quotas)
    shown = [
        "proposal",
        "agree",
    ]  # Iceland's latest: its dated offer, not the undated demand after it
    assert [t["name"] for t in legend] == [types[t].label.lower() for t in shown]
    assert [t["marker"]["color"] for t in legend] == [types[t].colour for t in shown]
    assert fig["layout"]["showlegend"] is True and heat["showscale"] is False
    # one band of the colour scale per type, each value in the middle of its band
    assert [c for _, c in heat["colorscale"]] == [types["proposal"].colour] * 2 + [
        types["agree"].colour
    ] * 2
    assert (heat["zmin"], heat["zmax"]) == (-0.5, 1.5)
    rows = dict(zip(heat["y"], heat["z"], strict=True))
    assert rows["Norway"] == [1] and rows["Iceland"] == [
        0
    ]  # Norway agreed (2025-06-20); its undated demand is not "later"
    norway = next(t for t in zip(heat["y"], heat["text"], strict=True) if t[0] == "Norway")[1][0]
    assert "latest: Agreement (2025-06-20)" in norway and "2 demands" in norway
    assert table[1][:3] == ("Norway", "Trade", "Agreement") and table[1][3]["reject"] == 1


def test_latest_prefers_the_last_dated_move(quotas):
    from generator.aggregate import latest

    trade = histories(quotas)["trade"]
    assert latest(trade["norway"])[1].type == "agree"
    assert latest(trade["iceland"])[0].date == "2025-03-02"
    only_undated = [(d, m) for d, m in trade["norway"] if not d.date]
    assert latest(only_undated) == only_undated[-1]


def test_stance_chart_one_row_per_party_with_its_span(quotas):
    names = {a.id: a.name for a in quotas.actors}
    trade = histories(quotas)["trade"]
    fig = json.loads(charts.stance_chart(trade, names, type_table(quotas)))
    assert fig["layout"]["xaxis"]["type"] == "date" and fig["layout"]["yaxis"]["tickvals"] == [
        "Norway",
        "Iceland",
    ]
    span = next(t for t in fig["data"] if t["mode"] == "lines")
    assert span["x"] == [
        "2025-01-10",
        "2025-06-20",
        None,
    ]  # Norway's; Iceland has one dated move only
    assert charts.stance_chart({}, names, type_table(quotas)) is None


def test_actor_mentions_on_a_date_axis_and_none_without_dates(quotas, corpus):
    fig, table = charts.actor_mentions_by_document(quotas, "norway")
    fig = json.loads(fig)
    assert fig["layout"]["xaxis"]["type"] == "date" and fig["layout"]["height"] >= 260
    bars = {t["xaxis"]: t for t in fig["data"]}
    assert bars["x"]["x"] == ["2025-01-10", "2025-03-02", "2025-06-20"] and bars["x2"]["x"] == [
        "undated"
    ]
    assert ("undated · Mackerel dispute", 1) in table
    russia = charts.actor_mentions_by_document(corpus, "russia")  # the one seed article has no date
    assert (
        russia[0] is None
        and russia[1]
        and all(label.startswith("undated · ") for label, _ in russia[1])
    )


def test_network_labels_the_most_mentioned_without_overlaps(corpus):
    fig = json.loads(charts.cooccurrence_network(corpus, labelled=25)[0])
    nodes = fig["data"][1]
    labels = [t for t in nodes["text"] if t]
    assert 0 < len(labels) < len(nodes["text"])  # not every one: those that fit
    assert [c[0] for c in nodes["customdata"]] and "customdata[0]" in nodes[
        "hovertemplate"
    ]  # all on hover
    assert fig["layout"]["yaxis"]["scaleanchor"] == "x"  # a circle at any width
