"""Negotiations (sub-folders of the seeds folder, or front matter `negotiation:`): a real MkDocs
build with two of them, the flat folder's unchanged site, front matter over folder, hostile names.
Every article is invented."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import extract_text

from generator.aggregate import aggregate
from generator.export import document_record, extraction_from_record
from generator.ids import is_id
from generator.ingest import read_article
from generator.negotiations import UNSORTED, negotiations, sub_corpus
from generator.plugin import nav_with_negotiations
from generator.render import render_site

ROOT = Path(__file__).resolve().parent.parent

FISHING = {
    "fishing/2025-03-03-quota-talks-open.txt": (
        "Mackerel quota talks open in Stockholm\n\n"
        "Norway demanded a larger share of the mackerel quota on Monday, "
        "in talks hosted by Sweden.\n\n"
        "Denmark rejected the demand and called for a five-year freeze on catches.\n"
    ),
    "fishing/2025-03-10-mediators-offer-compromise.txt": (
        "Mediators offer a compromise on quotas\n\n"
        "Swedish mediators offered a compromise on the mackerel quota.\n\n"
        "Norway threatened to close its waters to Danish boats unless the quota was raised.\n"
    ),
}
PORT = {
    "port-strike/2025-04-01-dockers-walk-out.txt": (
        "Dockers walk out at the port\n\n"
        "The Dock Workers Union demanded a 9 percent pay rise on Tuesday.\n\n"
        "The Port Authority rejected the demand and offered 3 percent.\n"
    ),
    # front matter names the negotiation as the folder does, in other words: one negotiation
    "port-strike/2025-04-08-port-deal.md": (
        "---\ntitle: Port strike ends with a deal\n"
        "negotiation: Port strike\n---\n"
        "The Port Authority agreed to a 6 percent pay rise after talks hosted by Chile.\n"
    ),
}
HOSTILE = "<script>window.__pwned=1</script> ../../etc/passwd"
RIVER = {  # in the fishing folder, but its front matter says otherwise: front matter wins
    "fishing/river.md": (
        "---\ntitle: River talks open\ndate: 2025-02-01\n"
        f'negotiation: "{HOSTILE}"\n---\n'
        "Egypt demanded a guaranteed share of the river's flow.\n\n"
        "Sudan rejected the demand and proposed a joint commission.\n"
    ),
}


def _project(tmp_path: Path, seeds: dict[str, str]) -> Path:
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    for name, text in seeds.items():
        path = proj / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return proj


def _build(proj: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=proj,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "", "PYTHONPATH": str(ROOT)},
        check=False,
    )


def _article(html: str) -> str:
    return html[html.find('<article class="md-content__inner') : html.find("</article>")]


def _tabs(html: str) -> list[str]:
    return re.findall(r'class="md-tabs__link">\s*([^<]+?)\s*<', html)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    proj = _project(tmp_path_factory.mktemp("negotiations"), {**FISHING, **PORT, **RIVER})
    result = _build(proj)
    assert result.returncode == 0, result.stderr
    return proj / "site"


def test_two_sub_folders_build_a_negotiation_each(built):
    listing = _article((built / "negotiations/index.html").read_text("utf-8"))
    assert (
        'href="../negotiations/fishing/"' in listing
        and 'href="../negotiations/port-strike/"' in listing
    )
    assert ">Fishing<" in listing and ">Port strike<" in listing
    fishing = _article((built / "negotiations/fishing/positions/index.html").read_text("utf-8"))
    port = _article((built / "negotiations/port-strike/positions/index.html").read_text("utf-8"))
    # each positions page holds its own moves, and links them to their sentences
    assert "a larger share of the mackerel quota" in fishing and "pay rise" not in fishing
    assert "a 9 percent pay rise" in port and "mackerel" not in port
    assert 'href="../../../documents/port-strike-2025-04-08-port-deal/#s1"' in port
    timeline = _article((built / "negotiations/port-strike/timeline/index.html").read_text("utf-8"))
    assert "Port strike ends with a deal" in timeline and "Mackerel" not in timeline
    overview = _article((built / "negotiations/fishing/index.html").read_text("utf-8"))
    assert (
        "2 articles" in overview
        and 'negotiations/fishing/positions/"' in overview
        and "Mediator or host" in overview
    )
    # the whole site's pages still hold every move
    assert "mackerel" in (built / "positions/index.html").read_text("utf-8")


def test_the_nav_lists_negotiations_once_not_each_negotiation(built):
    about = (built / "about/index.html").read_text("utf-8")
    nav = about.split('class="md-content"')[0]
    assert _tabs(about)[:3] == ["Home", "Negotiations", "Documents"]
    assert "negotiations/fishing" not in nav and "negotiations/port-strike" not in nav


def test_home_lists_the_negotiations_with_their_parties(built):
    home = _article((built / "index.html").read_text("utf-8"))
    for name in ("Fishing", "Port strike"):
        assert f"<strong>{name}</strong>" in home
    fishing = home[
        home.find("<strong>Fishing</strong>") : home.find("<strong>Port strike</strong>")
    ]
    assert "2 articles" in fishing and "2025-03-03" in fishing and "2025-03-10" in fishing
    assert fishing.find(">Norway<") < fishing.find(">Sweden<") and "(mediator or host)" in fishing


def test_front_matter_overrides_the_folder(built):
    fishing = (built / "negotiations/fishing/index.html").read_text("utf-8")
    assert "River talks open" not in fishing and "1 article" not in fishing
    folders = [p.name for p in (built / "negotiations").iterdir() if p.is_dir()]
    river = [f for f in folders if f not in ("fishing", "port-strike")]
    assert len(river) == 1 and "River talks open" in (
        built / "negotiations" / river[0] / "index.html"
    ).read_text("utf-8")


def test_a_hostile_negotiation_name_is_escaped_and_gets_a_safe_path(built):
    site = built.resolve()
    for page in site.rglob("*.html"):
        assert "<script>window.__pwned" not in page.read_text("utf-8"), page
    for path in (site / "negotiations").rglob("*"):
        assert path.resolve().is_relative_to(site / "negotiations")
    folders = sorted(p.name for p in (site / "negotiations").iterdir() if p.is_dir())
    assert all(is_id(f) for f in folders) and len(folders) == 3
    listing = (site / "negotiations/index.html").read_text("utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; ../../etc/passwd" in listing
    assert not (site.parent / "etc").exists()


def test_a_flat_folder_builds_the_same_pages_as_before(tmp_path):
    flat = {
        name.split("/")[1]: text
        for name, text in {**FISHING, **PORT}.items()
        if name.endswith(".txt")
    }
    site = _project(tmp_path, flat)
    assert _build(site).returncode == 0
    pages = sorted(
        p.relative_to(site / "site").as_posix() for p in (site / "site").rglob("index.html")
    )
    expected = {
        "",
        "about/",
        "actors/",
        "documents/",
        "issues/",
        "positions/",
        "quotes/",
        "tags/",
        "timeline/",
    }
    expected |= {f"documents/{Path(n).stem}/" for n in flat}
    actors = {
        p.parent.relative_to(site / "site").as_posix() + "/"
        for p in (site / "site/actors").glob("*/index.html")
    }
    assert {p[: -len("index.html")] for p in pages} - {"404/"} == expected | actors
    assert not (site / "site/negotiations").exists()
    about = (site / "site/about/index.html").read_text("utf-8")
    assert "Negotiations" not in _tabs(about)


def _ex(
    doc_id: str, source: str, negotiation: str | None, *paragraphs: str, date: str | None = None
):
    ex = extract_text(*paragraphs)
    return replace(
        ex,
        document=replace(ex.document, id=doc_id, source=source, negotiation=negotiation, date=date),
    )


def test_a_flat_corpus_has_no_negotiation_pages():
    corpus = aggregate(
        [
            _ex("a", "a.txt", None, "Norway demanded a ceasefire."),
            _ex("b", "b.txt", None, "Chile rejected the plan."),
        ],
        [],
    )
    assert negotiations(corpus) == ()
    assert not [p for p in render_site(corpus).pages if p.startswith("negotiations/")]


MIXED = [
    ("a", "water-treaty/a.txt", "water-treaty", "Egypt demanded a share of the flow."),
    ("b", "b.md", "Water treaty", "Sudan rejected the demand."),
    ("c", "c.md", "../../..", "Chile proposed a commission."),
    ("d", "d.md", "index", "Peru agreed to the commission."),
    ("e", "e.txt", None, "Norway demanded a ceasefire."),
]


def test_names_group_by_slug_and_ids_are_safe_and_unique():
    corpus = aggregate([_ex(*row) for row in MIXED], [])
    found = negotiations(corpus)
    by_name = {n.name: n for n in found}
    assert {d.document.id for d in by_name["Water treaty"].corpus.extractions} == {"a", "b"}
    assert [n.name for n in found][-1] == UNSORTED  # the articles at the top, last
    ids = [n.id for n in found]
    assert all(is_id(i) for i in ids) and len(set(ids)) == len(ids) and "index" not in ids
    site = render_site(corpus)
    for n in found:
        assert f"negotiations/{n.id}/positions.md" in site.pages
    # the same articles read in another order: the same pages, byte for byte
    again = render_site(aggregate([_ex(*row) for row in reversed(MIXED)], []))
    assert set(again.pages) == set(site.pages)
    for path in [p for p in site.pages if p.startswith("negotiations/")] + ["index.md"]:
        assert again.render(path)[0] == site.render(path)[0], path


def test_a_negotiations_corpus_keeps_the_whole_corpus_actor_ids():
    corpus = aggregate(
        [
            _ex("a", "x/a.txt", "x", "Anna Berg, Norway's envoy, demanded a ceasefire."),
            _ex("b", "y/b.txt", "y", "Anna Berg said Norway rejected the plan."),
            _ex("c", "y/c.txt", "y", "Chile proposed talks."),
        ],
        [],
    )
    sub = sub_corpus(corpus, {"b", "c"})
    whole = {a.id: a for a in corpus.actors}
    assert {a.id for a in sub.actors} <= set(whole)
    assert all(set(a.documents) <= {"b", "c"} and a.name == whole[a.id].name for a in sub.actors)
    assert "chile" in {a.id for a in sub.actors} and [ex.document.id for ex in sub.extractions] == [
        "b",
        "c",
    ]


def test_the_negotiation_goes_through_json_lines():
    ex = _ex("a", "talks/a.txt", "Water <treaty>", "Egypt demanded a share of the flow.")
    assert extraction_from_record(document_record(ex)).document.negotiation == "Water <treaty>"
    assert (
        extraction_from_record({**document_record(ex), "negotiation": 7}).document.negotiation
        is None
    )


def test_front_matter_wins_over_the_folder_when_reading(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "fishing").mkdir(parents=True)
    (seeds / "fishing" / "a.txt").write_text("Norway demanded a quota.\n", encoding="utf-8")
    (seeds / "fishing" / "b.md").write_text(
        "---\nnegotiation: '  River   talks '\n---\nEgypt demanded water.\n", encoding="utf-8"
    )
    (seeds / "fishing" / "c.md").write_text(
        "---\nnegotiation: [1, 2]\n---\nSudan rejected it.\n", encoding="utf-8"
    )
    (seeds / "top.txt").write_text("Chile proposed talks.\n", encoding="utf-8")
    read = {p.name: read_article(p, seeds) for p in [*seeds.rglob("*.txt"), *seeds.rglob("*.md")]}
    assert read["a.txt"].negotiation == "fishing" and read["top.txt"].negotiation is None
    assert read["b.md"].negotiation == "River talks"
    assert read["c.md"].negotiation == "fishing"  # not a name: the folder's, with a warning
    assert any("`negotiation` is not a string" in p.message for p in read["c.md"].problems)


@pytest.mark.parametrize(
    "nav, present, expected",
    [
        (
            ["index.md", {"Documents": "documents/index.md"}],
            True,
            [
                "index.md",
                {"Negotiations": "negotiations/index.md"},
                {"Documents": "documents/index.md"},
            ],
        ),
        ([{"Home": "index.md"}, "about.md"], False, [{"Home": "index.md"}, "about.md"]),
        (
            [{"Talks": "negotiations/index.md"}],
            True,
            [{"Talks": "negotiations/index.md"}],
        ),  # the user's own entry
        (None, True, None),  # no nav: MkDocs lists every section itself
    ],
)
def test_the_nav_entry_is_added_only_with_negotiations(nav, present, expected):
    assert nav_with_negotiations(nav, present) == expected


def test_the_nav_entry_goes_again_when_the_negotiations_do():
    nav = nav_with_negotiations([{"Home": "index.md"}, "about.md"], True)
    assert len(nav) == 3 and nav_with_negotiations(nav, True) == nav
    assert nav_with_negotiations(nav, False) == [{"Home": "index.md"}, "about.md"]
