"""The filter data of the long lists (generator/filters.py): every row carries its facets as data
attributes, escaped, and the forms list exactly the values the rows have. A real MkDocs build of
invented articles in two negotiations, one of them named with quotes and markup."""

from __future__ import annotations

import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from generator.filters import row_attrs, token

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = 'Water "treaty" <b onmouseover=alert(1)>talks</b> & co'
SEEDS = {
    "fishing/2025-03-03-quota-talks-open.txt": (
        "Mackerel quota talks open in Stockholm\n\n"
        "Norway demanded a larger share of the mackerel quota on Monday, "
        "in talks hosted by Sweden.\n\n"
        "Denmark rejected the demand and called for a five-year freeze on catches.\n"
    ),
    "fishing/2025-03-10-mediators-offer-compromise.txt": (
        "Mediators offer a compromise on quotas\n\n"
        "Norway threatened to close its waters to Danish boats unless the quota was raised.\n\n"
        '"We will not accept a freeze," Norwegian minister Ola Berg said.\n'
    ),
    "river/2025-04-02-river-talks.md": (
        f"---\ntitle: River talks\nnegotiation: {HOSTILE!r}\n---\n"
        "Egypt demanded a guaranteed share of the river's flow.\n\n"
        "Sudan rejected the demand and proposed a joint commission.\n"
    ),
}


class _Rows(HTMLParser):
    """Every filterable row's attributes, every filter form's options, and any attribute named
    after something other than a facet (what an escape failure would leave)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []
        self.options: dict[str, list[tuple[str, str]]] = {}
        self._select: str | None = None
        self._option: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-parley-row" in a:
            self.rows.append({k: v or "" for k, v in attrs})
        if tag == "select" and a.get("name"):
            self._select = a["name"]
            self.options[self._select] = []
        if tag == "option" and self._select:
            self._option = a.get("value", "")

    def handle_data(self, data):
        if self._option is not None and self._select:
            self.options[self._select].append((self._option, data))
            self._option = None

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def _parse(path: Path) -> _Rows:
    p = _Rows()
    p.feed(path.read_text("utf-8"))
    return p


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    proj = tmp_path_factory.mktemp("filters") / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    for name, text in SEEDS.items():
        (proj / "seeds" / name).parent.mkdir(parents=True, exist_ok=True)
        (proj / "seeds" / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=proj,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "", "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return proj / "site"


FACET_ATTRS = {
    "data-parley-row",
    "data-parley-repeat",
    "data-negotiation",
    "data-party",
    "data-issue",
    "data-type",
    "data-date",
}


def test_every_positions_row_carries_its_facets_and_the_form_lists_them(built):
    page = _parse(built / "positions/index.html")
    assert len(page.rows) >= 6
    for row in page.rows:
        assert set(row) <= FACET_ATTRS, row  # nothing broke out of an attribute
        assert (
            row["data-party"] and row["data-issue"] and row["data-type"] and row["data-negotiation"]
        ), row
        for key in ("party", "issue", "type", "negotiation"):
            offered = {v for v, _ in page.options[key]}
            assert set(row[f"data-{key}"].split()) <= offered, (key, row)
    names = dict(page.options["negotiation"])
    # the hostile name: one token, the name shown as text in its option, never as markup
    assert sorted(names.values()) == sorted(["All", "Fishing", HOSTILE]), names
    assert all(" " not in v and '"' not in v and "<" not in v for v in names)
    assert {r["data-date"] for r in page.rows if names.get(r["data-negotiation"]) == "Fishing"} <= {
        "2025-03-03",
        "2025-03-10",
        "2025-03-03 2025-03-10",
    }
    html = (built / "positions/index.html").read_text("utf-8")
    assert "<b onmouseover" not in html and "&lt;b onmouseover=alert(1)&gt;" in html


def test_quotes_rows_carry_negotiation_party_and_date(built):
    page = _parse(built / "quotes/index.html")
    assert page.rows and "negotiation" in page.options
    for row in page.rows:
        assert set(row) <= FACET_ATTRS and row["data-party"] and row["data-negotiation"], row
    assert any(r.get("data-date") == "2025-03-10" for r in page.rows)


def test_a_negotiations_own_positions_page_filters_without_a_negotiation_box(built):
    page = _parse(built / "negotiations/fishing/positions/index.html")
    assert (
        page.rows and "negotiation" not in page.options and {"party", "type"} <= set(page.options)
    )
    assert all("data-negotiation" not in r for r in page.rows)


@pytest.mark.parametrize("value", ['a "b" <c> & d', "x' onfocus='y", "two words", "%41", "日本"])
def test_a_token_is_one_word_with_nothing_to_escape_and_round_trips(value):
    t = token(value)
    assert unquote(t) == value and not set(t) & set(" \"'<>&")
    p = _Rows()
    p.feed(f"<tr{row_attrs(dates=('2025-01-02',), party=(value, 'other'))}>")
    assert p.rows == [
        {
            "data-parley-row": "",
            "data-party": " ".join(sorted([t, "other"])),
            "data-date": "2025-01-02",
        }
    ]
