"""Parley's options: one set, read from the `parley` plugin section of mkdocs.yml by both the
plugin and the CLI. Validated once; every error is reported together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULTS: dict[str, Any] = {
    "seeds_dir": "seeds",
    "model": "auto",  # auto | none | <spaCy package name>
    "actors": None,  # extra gazetteer file
    "lexicon": None,  # extra cue lexicon file
    "issues": None,  # extra issue taxonomy file
    "max_article_mb": 5,  # a bigger file is skipped with a warning (bounded time and memory)
    "cache_dir": ".cache/parley",  # extraction cache beside mkdocs.yml; null turns it off
}


class ConfigError(Exception):
    """The configuration cannot be used; the message lists every problem."""


@dataclass(frozen=True)
class Options:
    seeds_dir: Path
    model: str = "auto"
    actors: str | None = None
    lexicon: str | None = None
    issues: str | None = None
    max_article_mb: float = 5
    cache_dir: str | None = None

    @classmethod
    def from_mapping(cls, data: dict[str, Any], base: Path) -> "Options":
        errors = []
        unknown = sorted(set(data) - set(DEFAULTS))
        if unknown:
            errors.append(f"unknown parley option(s): {', '.join(unknown)}; known: {', '.join(DEFAULTS)}")
        merged = {**DEFAULTS, **{k: v for k, v in data.items() if k in DEFAULTS}}
        for key in ("actors", "lexicon", "issues"):
            value = merged[key]
            if value is not None:
                path = (base / str(value))
                if not path.is_file():
                    errors.append(f"parley option `{key}`: file {path} not found")
                merged[key] = str(path)
        if not isinstance(merged["model"], str):
            errors.append("parley option `model` must be auto, none or a spaCy package name")
        limit = merged["max_article_mb"]
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit <= 0:
            errors.append("parley option `max_article_mb` must be a positive number")
        if errors:
            raise ConfigError("; ".join(errors))
        return cls(seeds_dir=base / str(merged["seeds_dir"]), model=merged["model"],
                   actors=merged["actors"], lexicon=merged["lexicon"], issues=merged["issues"],
                   max_article_mb=merged["max_article_mb"],
                   cache_dir=str(base / str(merged["cache_dir"])) if merged["cache_dir"] else None)


def read_mkdocs_options(config_file: Path) -> Options:
    """The `parley` plugin options from an mkdocs.yml (defaults when absent)."""
    config_file = Path(config_file)
    base = config_file.parent
    if not config_file.is_file():
        return Options.from_mapping({}, base)
    # mkdocs.yml may hold !!python/name tags (Material's emoji); read plugins leniently.
    loader = type("Lenient", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("", lambda _l, _s, _n: None)
    data = yaml.load(config_file.read_text("utf-8"), Loader=loader) or {}
    for plugin in data.get("plugins") or []:
        if isinstance(plugin, dict) and "parley" in plugin:
            return Options.from_mapping(plugin["parley"] or {}, base)
    return Options.from_mapping({}, base)
