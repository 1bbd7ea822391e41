"""Every access to Material's search plugin that Material does not document, in one place.

Material offers no hook to read or replace a page's search entries (its search plugin appends them
to `plugin.search_index.entries` in its `on_page_context`). Parley keeps a cached page's entries
between builds by reading and replacing that list, so this module is the only code that knows the
attribute names; `tests/test_material_search.py` fails naming the attribute when Material changes.
With MkDocs' own `search` plugin or another indexer, Parley's pages are indexed as any page is,
only their entries are made again on each build (one notice says so)."""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

MODULE = "material.plugins.search"  # where Material's search plugin class lives
ATTRIBUTES = ("search_index", "search_index.entries")  # what Parley reads, in this order


class MaterialChanged(Exception):
    """Material's search plugin no longer has what Parley reads; the message names it."""


def search_plugin(config: Any) -> Any | None:
    """The enabled search plugin of a loaded MkDocs config (Material's or MkDocs' own), or None."""
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None and plugin.config.get("enabled", True):
            return plugin
    return None


def is_material(plugin: Any) -> bool:
    return type(plugin).__module__.startswith(MODULE)


def entries(plugin: Any) -> list[dict]:
    """The list Material's search plugin appends a page's entries to; MaterialChanged naming the
    first missing attribute when Material stores them elsewhere."""
    index = getattr(plugin, "search_index", None)
    if index is None:
        raise MaterialChanged(
            f"{type(plugin).__module__}.{type(plugin).__name__} has no `search_index` "
            f"(mkdocs-material {version('mkdocs-material')}); update generator/material_search.py"
        )
    found = getattr(index, "entries", None)
    if not isinstance(found, list):
        raise MaterialChanged(
            f"Material's `search_index` has no `entries` list (mkdocs-material "
            f"{version('mkdocs-material')}); update generator/material_search.py"
        )
    return found


def indexer(plugin: Any) -> tuple[str, str]:
    """Material's version and search settings: what a page's entries depend on besides the page."""
    return version("mkdocs-material"), repr(sorted((k, repr(v)) for k, v in plugin.config.items()))
