"""Parley's options: one set, read from the `parley` plugin section of mkdocs.yml by both the
plugin and the CLI. Validated once; every error is reported together."""

from __future__ import annotations

import math
import os
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
    def from_mapping(cls, data: dict[str, Any], base: Path, *, source: str | None = None,
                     lines: dict[str, int] | None = None, docs_dir: str | Path | None = None,
                     site_dir: str | Path | None = None) -> "Options":
        """Checked options; `source` and `lines` (the file and line of each option) say where a bad
        one is, `docs_dir` and `site_dir` are MkDocs' folders (relative to `base`), kept apart from
        the seeds and the cache. Every problem is reported together, in one ConfigError."""
        errors: list[str] = []
        source = str(source or base / "mkdocs.yml")
        lines = lines or {}

        def error(key: str, what: str, fix: str) -> None:
            at = f"{source}:{lines[key]}" if key in lines else source
            errors.append(f"{at}: parley option `{key}`: {what}; {fix}")

        if not isinstance(data, dict):
            raise ConfigError(f"{source}:{lines.get('', 1)}: the parley plugin options must be a mapping "
                              f"(option: value), not {type(data).__name__}; write them as `- parley: {{seeds_dir: seeds}}`")
        for key in sorted(set(data) - set(DEFAULTS), key=str):
            error(str(key), "unknown option", f"use one of {', '.join(DEFAULTS)}")
        merged = {**DEFAULTS, **{k: v for k, v in data.items() if k in DEFAULTS}}
        for key in ("seeds_dir", "model", "actors", "lexicon", "issues", "cache_dir"):
            value = merged[key]
            if (value is not None or key in ("seeds_dir", "model")) and not (isinstance(value, str) and value.strip()):
                error(key, f"must be {'a folder' if key.endswith('_dir') else 'text'}, not {value!r}",
                      "write it as text, e.g. " + repr(DEFAULTS[key] or f"data/my-{key}.yml"))
                merged[key] = DEFAULTS[key] if key in ("seeds_dir", "model") else None
        mkdocs_dirs = {name: (base / str(d)).resolve() for name, d in (("docs_dir", docs_dir), ("site_dir", site_dir))
                       if d is not None}
        for key in ("actors", "lexicon", "issues"):
            if merged[key] is None:
                continue
            path = base / merged[key]
            merged[key] = str(path)
            if not path.is_file():
                error(key, f"file {path} not found", f"create it or correct the path (relative to {source})")
                continue
            from .extract.knowledge import check_file

            errors.extend(check_file(key, str(path)))
        model = merged["model"]
        if model not in ("auto", "none") and ("/" in model or "\\" in model or model.startswith((".", "~"))):
            merged["model"] = model = str((base / Path(model).expanduser()).resolve())
        try:
            from .nlp import resolve_model

            resolve_model(model)
        except ConfigError as exc:
            error("model", *str(exc).split("; ", 1))
        limit = merged["max_article_mb"]
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or not math.isfinite(limit) or limit <= 0:
            error("max_article_mb", f"must be a number of megabytes greater than 0, not {limit!r}",
                  "write e.g. max_article_mb: 5")
        _check_folders(base, merged["seeds_dir"], merged["cache_dir"], mkdocs_dirs, error)
        if errors:
            raise ConfigError("\n".join(errors))
        return cls(seeds_dir=base / merged["seeds_dir"], model=merged["model"],
                   actors=merged["actors"], lexicon=merged["lexicon"], issues=merged["issues"],
                   max_article_mb=merged["max_article_mb"],
                   cache_dir=str(base / merged["cache_dir"]) if merged["cache_dir"] else None)


def _check_folders(base: Path, seeds_dir: str, cache_dir: str | None, mkdocs_dirs: dict[str, Path], error) -> None:
    """The seeds folder holds articles only: not the project, docs_dir, site_dir or the cache (a
    walk of `/` would read every file on the machine). The cache stays inside the project, out of
    docs_dir and site_dir (it would be published) and out of the seeds."""
    root, seeds = base.resolve(), (base / seeds_dir).resolve()
    if _inside(root, seeds):
        error("seeds_dir", f"{seeds} is {'the project folder' if seeds == root else 'a parent of the project folder'}"
              f"{'' if seeds == root else f' {root}'}, so every file in it would be read as an article",
              "point it at the folder of articles, e.g. seeds_dir: seeds")
    for name, d in mkdocs_dirs.items():
        if _inside(d, seeds) and not _inside(root, seeds):
            error("seeds_dir", f"{seeds} {'is' if d == seeds else 'contains'} {name} {d}, whose files would be "
                  "read as articles", "point it at a folder that holds only articles, e.g. seeds_dir: seeds")
    if not cache_dir:
        return
    project = Path(os.path.abspath(base))
    cache = Path(os.path.normpath(project / cache_dir))  # as written: a symlinked cache folder is the user's choice
    if cache == project:
        error("cache_dir", f"{cache} is the project folder itself",
              "give the cache a folder of its own, e.g. cache_dir: .cache/parley, or null for no cache")
    elif not _inside(cache, project):
        error("cache_dir", f"{cache} is not a folder inside the project ({root})",
              "use a folder below the folder of mkdocs.yml, e.g. .cache/parley, or null for no cache")
    else:
        for name, d in (*mkdocs_dirs.items(), ("the seeds folder", seeds)):
            if _inside(cache.resolve(), d) and not _inside(root, d):
                why = "whose files are read as articles" if d == seeds else "so the cache would be published"
                error("cache_dir", f"{cache} is in {name} {d}, {why}", "keep it outside, e.g. cache_dir: .cache/parley")


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or below it."""
    return path == folder or folder in path.parents


def _lenient_loader() -> type:
    """A YAML loader for mkdocs.yml: `!ENV` as MkDocs reads it, any other tag (Material's
    `!!python/name:` emoji functions) as null."""
    loader = type("Lenient", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("", lambda _l, _s, _n: None)
    try:
        from yaml_env_tag import construct_env_tag

        loader.add_constructor("!ENV", construct_env_tag)
    except ImportError:  # pragma: no cover - installed with MkDocs
        pass
    return loader


def _parley_node(root: yaml.Node | None) -> yaml.Node | None:
    """The node of the `parley` plugin's options in a composed mkdocs.yml, when there is one."""
    if not isinstance(root, yaml.MappingNode):
        return None
    plugins = next((v for k, v in root.value if getattr(k, "value", None) == "plugins"), None)
    items = plugins.value if isinstance(plugins, yaml.SequenceNode) else [plugins] if plugins is not None else []
    for item in items:
        if isinstance(item, yaml.MappingNode):
            for k, v in item.value:
                if getattr(k, "value", None) == "parley":
                    return v
    return None


def option_lines(config_file: str | Path | None) -> dict[str, int]:
    """{option: line} for the `parley` plugin's options in an mkdocs.yml ('' for the section)."""
    try:
        node = _parley_node(yaml.compose(Path(config_file).read_text("utf-8"), Loader=yaml.SafeLoader)) \
            if config_file else None
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if node is None:
        return {}
    lines = {"": node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        lines.update({str(k.value): k.start_mark.line + 1 for k, _v in node.value})
    return lines


def read_mkdocs_options(config_file: Path, *, site_dir: str | Path | None = None) -> Options:
    """The `parley` plugin options from an mkdocs.yml (defaults when absent), checked against its
    docs_dir and site_dir (`site_dir` overrides the file's, as `--site-dir` does)."""
    config_file = Path(config_file)
    base = config_file.parent
    if not config_file.is_file():
        return Options.from_mapping({}, base, source=str(config_file), docs_dir="docs", site_dir=site_dir or "site")
    try:
        data = yaml.load(config_file.read_text("utf-8"), Loader=_lenient_loader()) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"{config_file}:{mark.line + 1}" if mark is not None else str(config_file)
        raise ConfigError(f"{at}: not valid YAML ({getattr(exc, 'problem', None) or exc}); fix the syntax") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{config_file}: cannot be read ({exc}); check the file") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{config_file}:1: not an MkDocs configuration (a mapping of settings); check the file")
    dirs = {"docs_dir": data.get("docs_dir") if isinstance(data.get("docs_dir"), str) else "docs",
            "site_dir": site_dir or (data.get("site_dir") if isinstance(data.get("site_dir"), str) else "site")}
    plugins = data.get("plugins") or []
    for plugin in plugins.items() if isinstance(plugins, dict) else plugins:
        name, section = plugin if isinstance(plugin, tuple) else next(iter(plugin.items())) \
            if isinstance(plugin, dict) and len(plugin) == 1 else (plugin, None)
        if name == "parley":
            return Options.from_mapping(section or {}, base, source=str(config_file),
                                        lines=option_lines(config_file), **dirs)
    return Options.from_mapping({}, base, source=str(config_file), **dirs)
