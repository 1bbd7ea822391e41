"""Every kind of figure is valid Plotly (charts are written as plain JSON; Plotly checks them here)."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest

from generator import charts
from generator.pipeline import extract_corpus


@pytest.fixture(scope="module")
def corpus(seed_options):
    return extract_corpus(seed_options)


@pytest.fixture(scope="module")
def seed_options():
    from conftest import ROOT

    from generator.config import Options

    return Options(seeds_dir=ROOT / "seeds", model="none")


def _figures(corpus):
    russia = next(a.id for a in corpus.actors if a.name == "Russia")
    return {
        "mentions": charts.mentions_per_actor(corpus),
        "heatmap": charts.positions_heatmap(corpus, dict(corpus.issues)),
        "timeline": charts.moves_timeline(corpus),
        "network": charts.cooccurrence_network(corpus),
        "actor": charts.actor_mentions_by_document(corpus, russia),
    }


def test_every_figure_is_valid_plotly_with_the_minimal_template(corpus):
    for name, made in _figures(corpus).items():
        assert made is not None, name
        fig = json.loads(made[0])
        go.Figure(fig)  # raises on any property Plotly does not know or any bad value
        assert fig["data"] and fig["layout"]["template"]["layout"]["paper_bgcolor"] == "rgba(0,0,0,0)", name
        assert made[0] == json.dumps(fig, sort_keys=True, separators=(",", ":"))  # compact, keys sorted


def test_figures_are_deterministic(corpus):
    assert _figures(corpus) == _figures(corpus)
