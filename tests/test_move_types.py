"""Move types declared once: the table (generator/data/move_types.yml, a user lexicon's
`move_types`) is what every page, chart, export, legend and stylesheet reads; a type only a user's
lexicon names builds everywhere. All sentences are invented."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, extract_text

from generator import charts
from generator.aggregate import aggregate, type_table
from generator.export import csv_exports
from generator.extract.knowledge import check_file, load, shipped_move_types
from generator.model import MoveType
from generator.render import move_types_css, render_site

SHIPPED = ROOT / "generator/data/move_types.yml"


def _lexicon(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lexicon.yml"
    path.write_text(text, encoding="utf-8")
    return path


# --- the table ----------------------------------------------------------------------------------


def test_parleys_table_has_the_shape_a_user_lexicon_must_have(tmp_path):
    rows = yaml.safe_load(SHIPPED.read_text("utf-8"))
    path = _lexicon(tmp_path, yaml.safe_dump({"move_types": rows}))
    assert check_file("lexicon", str(path)) == []
    assert [t.id for t in shipped_move_types()] == [
        "demand",
        "proposal",
        "reject",
        "threaten",
        "agree",
    ]


def test_every_cue_type_of_parleys_lexicon_is_declared():
    lexicon = yaml.safe_load((ROOT / "generator/data/lexicon.yml").read_text("utf-8"))
    declared = {r["id"] for r in yaml.safe_load(SHIPPED.read_text("utf-8"))}
    assert {g["type"] for g in lexicon["move_cues"]} | set(lexicon["move_nouns"]) <= declared


def test_a_user_lexicon_changes_adds_and_names_types(tmp_path):
    path = _lexicon(
        tmp_path,
        """\
move_types:
  - {id: demand, label: Requirement}
  - {id: walk_out, label: Walkout, cameo: "16", symbol: hexagon, colour: "#1f6f8b", line: dotted}
move_cues:
  - {type: walk_out, cameo: "161", verbs: ["walk(?:s|ed)? out of"]}
  - {type: stall, cameo: "014", verbs: ["stall(?:s|ed|ing)? on"]}
move_nouns:
  sit_in: [sit-in]
""",
    )
    assert check_file("lexicon", str(path)) == []
    types = {t.id: t for t in load(None, str(path), None).move_types}
    assert list(types) == [
        "demand",
        "proposal",
        "reject",
        "threaten",
        "agree",
        "walk_out",
        "stall",
        "sit_in",
    ]
    demand = types["demand"]
    assert (demand.label, demand.plural, demand.cameo) == ("Requirement", "Requirements", "10")
    assert types["walk_out"] == MoveType(
        "walk_out", "Walkout", "Walkouts", "16", "hexagon", "#1f6f8b", "", "dotted"
    )
    # only the cues name them: labelled from the id, the first cue group's code, a ring, no colour
    assert types["stall"] == MoveType("stall", "Stall", "Stalls", "014", "circle-open")
    assert types["sit_in"] == MoveType("sit_in", "Sit in", "Sit ins", "")


@pytest.mark.parametrize(
    "entry, message",
    [
        ("{id: Walk Out}", "'Walk Out' is not a move type id"),
        ("{id: quote}", "'quote' is the name of one of Parley's own marks"),
        ("{id: stall, cameo: 14}", "`cameo` must be non-empty text, not a number (14)"),
        ('{id: stall, cameo: "1a"}', "'1a' is not a CAMEO code"),
        ("{id: stall, symbol: blob}", "'blob' is not a Plotly marker symbol"),
        ('{id: stall, colour: "red; } body { display: none"}', "is not a colour Parley takes"),
        (
            '{id: stall, background: "url(https://example.org/x.png)"}',
            "is not a colour Parley takes",
        ),
        ("{id: stall, line: wavy}", "'wavy' is not a line style"),
        ("{label: Stall}", "`move_types` entry 1 has no `id`"),
        ("{id: stall, colour: red, shape: round}", "unknown field `shape`"),
    ],
)
def test_a_bad_move_type_is_one_line_naming_the_file_and_line(tmp_path, entry, message):
    path = _lexicon(tmp_path, f"reporting_verbs: [said]\nmove_types:\n  - {entry}\n")
    errors = check_file("lexicon", str(path))
    assert (
        len(errors) == 1
        and errors[0].startswith(f"{path}:3: parley option `lexicon`: ")
        and message in errors[0]
    )


def test_move_types_must_be_a_list(tmp_path):
    errors = check_file("lexicon", str(_lexicon(tmp_path, "move_types: {demand: Demand}\n")))
    assert len(errors) == 1 and "`move_types` must be a list of types, not a mapping" in errors[0]


# --- one source ---------------------------------------------------------------------------------

SENTENCES = (
    "Sweden demanded a ceasefire by Friday.",
    "Norway agreed to open the border crossings.",
)


def _corpus(types: tuple[MoveType, ...] = ()):
    return dataclasses.replace(aggregate([extract_text(*SENTENCES)], []), move_types=types)


def test_exports_take_cameo_codes_from_the_table_as_text():
    rows = list(csv.DictReader(io.StringIO(csv_exports(_corpus())["move_types.csv"])))
    assert [(r["type"], r["cameo"]) for r in rows] == [
        ("demand", "10"),
        ("proposal", "03"),
        ("reject", "12"),
        ("threaten", "13"),
        ("agree", "057"),
    ]
    moves = list(csv.DictReader(io.StringIO(csv_exports(_corpus())["moves.csv"])))
    assert {(r["type"], r["cameo"]) for r in moves} == {("demand", "10"), ("agree", "057")}
    mine = (MoveType("agree", "Accord", "Accords", "0571", "square"),)
    rows = list(csv.DictReader(io.StringIO(csv_exports(_corpus(mine))["move_types.csv"])))
    assert [(r["type"], r["label"], r["cameo"]) for r in rows] == [
        ("agree", "Accord", "0571"),
        ("demand", "Demand", ""),
    ]


def test_pages_charts_and_stylesheet_read_the_table():
    mine = (
        MoveType("demand", "Requirement", "Requirements", "10", "hexagon", "#aa0000", "", "dotted"),
        MoveType("agree", "Accord", "Accords", "057"),
    )
    corpus = _corpus(mine)
    site = render_site(corpus)
    doc = site.render("documents/t.md")[0]
    assert (
        '<mark class="parley-demand">requirement</mark> <mark '
        'class="parley-move">accord</mark></div>'
    ) in doc
    assert 'title="Requirement — Sweden"' in doc and "<strong>Requirement</strong>" in doc
    assert "parley-reject" not in doc  # a type the table does not hold is not in the legend
    assert "<th>Requirements</th>" in site.render("positions.md")[0]
    assert '<th align="right">Accords</th>' in site.render("issues.md")[0]
    assert "2 positions (requirements, accords)" in site.render("index.md")[0]
    timeline = json.loads(charts.moves_timeline(corpus)[0])
    assert [(t["name"], t["marker"]["symbol"]) for t in timeline["data"]] == [
        ("requirements", "hexagon"),
        ("accords", "circle-open"),
    ]
    assert "1 requirements" in charts.positions_heatmap(corpus)[0]
    assert move_types_css(type_table(corpus)).splitlines()[1:] == [
        "mark.parley-demand { border-bottom: 2px dotted #aa0000; }"
    ]


def test_a_type_no_table_or_lexicon_holds_still_renders():
    corpus = _corpus()
    ex = corpus.extractions[0]
    odd = dataclasses.replace(
        ex.demands[0], type="sit-in <b>", id="t-m9"
    )  # from a shard made elsewhere
    corpus = dataclasses.replace(
        corpus, extractions=(dataclasses.replace(ex, moves=(*ex.moves, odd)),)
    )
    site = render_site(corpus)
    for path in site.html_pages:
        site.render(path)
    doc = site.render("documents/t.md")[0]
    assert '<mark class="parley-move">sit-in &lt;b&gt;</mark>' in doc and "<b>" not in doc
    assert "sit-in <b>" in csv_exports(corpus)["move_types.csv"]


# --- a site with a user's move types ------------------------------------------------------------

HARBOUR = """Harbour talks in Velmora

Denmark walked out of the talks on fishing quotas on Tuesday.

Iceland stalled on the landing rules for a week.

Sweden demanded a new round of talks by March.
"""

USER_LEXICON = """\
move_types:
  - {id: walk_out, label: Walkout, plural: Walkouts, cameo: "16", symbol: hexagon,
     colour: "#1f6f8b", background: "rgba(31, 111, 139, .2)", line: dotted}
move_cues:
  - {type: walk_out, cameo: "161", verbs: ["walk(?:s|ed)? out of"]}
  - {type: stall, cameo: "014", verbs: ["stall(?:s|ed|ing)? on"]}
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    proj = tmp_path_factory.mktemp("types") / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    cfg = (
        (ROOT / "mkdocs.yml")
        .read_text("utf-8")
        .replace("      model: auto\n", "      model: none\n      lexicon: extra-lexicon.yml\n")
    )
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    (proj / "extra-lexicon.yml").write_text(USER_LEXICON, encoding="utf-8")
    (proj / "seeds").mkdir()
    (proj / "seeds/harbour.txt").write_text(HARBOUR, encoding="utf-8")
    env = {
        "NO_MKDOCS_2_WARNING": "1",
        "PATH": "",
        "PYTHONPATH": str(ROOT),
    }  # this checkout's generator
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=proj,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return proj / "site"


def _page(site: Path, path: str) -> str:
    return (site / path).read_text("utf-8").replace("&#34;", '"').replace("&quot;", '"')


def test_the_document_page_marks_and_lists_the_users_types(site):
    doc = _page(site, "documents/harbour/index.html")
    assert re.search(r'<mark class="parley-walk_out" title="Walkout — Denmark"', doc)
    assert re.search(r'<mark class="parley-move" title="Stall — Iceland"', doc)
    assert (
        '<mark class="parley-agree">agreement</mark> <mark class="parley-walk_out">walkout</mark> '
        '<mark class="parley-move">stall</mark></div>'
    ) in doc
    assert "1 demands · 0 proposals · 2 rejections, threats, agreements, walkouts and stalls" in doc
    assert "<strong>Walkout</strong>" in doc and "<strong>Stall</strong>" in doc


def test_every_page_and_chart_shows_them(site):
    index, positions = _page(site, "index.html"), _page(site, "positions/index.html")
    assert "agreements, walkouts, stalls)" in index and "1 walkouts" in index  # the heatmap's hover
    assert '<th align="right">Walkouts</th>' in index  # its data table
    assert "<th>Walkouts</th>" in positions and "<th>Stalls</th>" in positions
    assert '"name":"walkouts"' in positions and '"symbol":"hexagon"' in positions
    assert '"name":"stalls"' in positions and '"symbol":"circle-open"' in positions
    assert '<th align="right">Walkouts</th>' in _page(site, "issues/index.html")
    assert "<td>Walkout</td>" in _page(site, "timeline/index.html")
    assert "<strong>Walkout</strong>" in _page(site, "actors/denmark/index.html")
    assert "<strong>Stall</strong>" in _page(site, "actors/iceland/index.html")
    css = _page(site, "assets/parley/parley.css")
    assert (
        "mark.parley-walk_out { background: rgba(31, 111, 139, .2); border-bottom: 2px "
        "dotted #1f6f8b; }"
    ) in css
    assert "mark.parley-move {" in css and "mark.parley-demand {" in css


def test_every_export_holds_them_with_their_codes(site):
    types = list(csv.DictReader(io.StringIO(_page(site, "downloads/move_types.csv"))))
    assert [(r["type"], r["label"], r["plural"], r["cameo"], r["symbol"]) for r in types][-2:] == [
        ("walk_out", "Walkout", "Walkouts", "16", "hexagon"),
        ("stall", "Stall", "Stalls", "014", "circle-open"),
    ]
    moves = list(csv.DictReader(io.StringIO(_page(site, "downloads/moves.csv"))))
    # a verb cue's move takes its cue group's code
    assert {(r["type"], r["actor"], r["cameo"]) for r in moves} >= {
        ("walk_out", "Denmark", "161"),
        ("stall", "Iceland", "014"),
    }
    data = json.loads(_page(site, "downloads/parley.json"))
    assert {(m["type"], m["cameo"]) for m in data["documents"][0]["moves"]} == {
        ("walk_out", "161"),
        ("stall", "014"),
    }
