"""Material's search internals Parley relies on (generator/material_search.py), checked against the
installed Material by a real build: when Material changes, this fails naming the attribute. With
MkDocs' own search plugin (a non-Material theme) or no search plugin the site still builds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator import material_search

ARTICLE = "The water treaty talks between Alvania and Brenn resumed in Kestow on Monday.\n"


def _project(tmp_path: Path, head: str) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "water.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\n" + head + "  - parley:\n      model: none\n      cache_dir: null\n",
        encoding="utf-8",
    )
    return tmp_path


def test_material_still_keeps_page_entries_where_parley_reads_them(tmp_path):
    proj = _project(tmp_path, "theme: {name: material}\nplugins:\n  - search\n")
    cfg = load_config(config_file=str(proj / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    build(cfg)
    plugin = material_search.search_plugin(cfg)
    assert plugin is not None and material_search.is_material(plugin), type(plugin)
    entries = material_search.entries(plugin)  # MaterialChanged names the missing attribute
    assert any(e.get("location", "").startswith("documents/water") for e in entries), (
        "Material's search_index.entries no longer holds the pages' entries; update "
        "generator/material_search.py"
    )
    assert all(isinstance(e, dict) and {"location", "title", "text"} <= set(e) for e in entries)


def test_a_changed_material_is_named_in_the_message():
    class Plugin:  # the shape of a Material whose search plugin stored its index elsewhere
        config: ClassVar[dict] = {}

    with pytest.raises(material_search.MaterialChanged, match="has no `search_index`"):
        material_search.entries(Plugin())
    plugin = Plugin()
    plugin.search_index = object()
    with pytest.raises(material_search.MaterialChanged, match="no `entries` list"):
        material_search.entries(plugin)


@pytest.mark.parametrize(
    "head",
    ["theme: {name: mkdocs}\nplugins:\n  - search\n", "plugins:\n"],
    ids=["mkdocs-search", "no-search"],
)
def test_other_search_or_none_builds_strict(tmp_path, head):
    proj = _project(tmp_path, head)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=proj,
        capture_output=True,
        check=False,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert (proj / "site" / "documents" / "water" / "index.html").is_file()
    index = proj / "site" / "search" / "search_index.json"
    if (
        "search" in head
    ):  # MkDocs' indexer read Parley's page, its full HTML back on the page afterwards
        assert "search entries are kept between builds only with Material's" in result.stderr
        docs = json.loads(index.read_text("utf-8"))["docs"]
        assert any(
            d["location"].startswith("documents/water") and "Kestow" in d["text"] for d in docs
        )
    else:
        assert not index.exists()
