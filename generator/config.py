"""Parley's options: declared once, in `ParleyConfig` (the `parley` plugin's MkDocs config class),
and read through MkDocs itself (`load_config`: `!ENV`, `INHERIT`, either form of `plugins:`) by both
the plugin and the CLI, so both get the same values and the same errors. Every problem of the
options is reported together, each as `<file>:<line>: <what>; <how to fix>`."""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError


class ConfigError(Exception):
    """The configuration cannot be used; the message lists every problem."""


class _Located(ValidationError):
    """Problems that name their own file and line (in a knowledge file), one message each."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


class _Text(c.Type):
    """Non-empty text (a folder, a package name); null or left out: the default."""

    def __init__(self, what: str, example: str, **kwargs: Any) -> None:
        super().__init__(str, **kwargs)
        self.what, self.example = what, example

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(
                f"must be {self.what}, not {value!r}; write it as text, e.g. {self.example!r}"
            )
        return value


class _KnowledgeFile(c.File):
    """A user's actors, lexicon or issues file: it must exist and have the shape of Parley's own."""

    def __init__(self, option: str) -> None:
        super().__init__(exists=True)
        self.option = option

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(
                f"must be text, not {value!r}; write it as text, e.g. 'data/my-{self.option}.yml'"
            )
        path = os.path.abspath(os.path.join(self.config_dir or ".", value))
        if not os.path.isfile(path):
            raise ValidationError(
                f"file {path} not found; create it or correct the path (relative to mkdocs.yml)"
            )
        from .extract.knowledge import check_file

        errors = check_file(self.option, path)
        if errors:  # each names its own file and line
            raise _Located([e.replace(f" parley option `{self.option}`:", "", 1) for e in errors])
        return path


class _Model(_Text):
    """auto, none, an installed spaCy package or a pipeline folder (relative to mkdocs.yml)."""

    def pre_validation(self, config: Config, key_name: str) -> None:
        self.base = Path(config.config_file_path or "mkdocs.yml").parent

    def run_validation(self, value: object) -> str:
        model = super().run_validation(value)
        if model not in ("auto", "none") and (
            "/" in model or "\\" in model or model.startswith((".", "~"))
        ):
            model = str((self.base / Path(model).expanduser()).resolve())
        from .nlp import resolve_model

        try:
            resolve_model(model)
        except ConfigError as exc:
            raise ValidationError(str(exc)) from None
        return model


class _Megabytes(c.Type):
    """A size limit in megabytes, a finite number above 0."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__((int, float), **kwargs)

    def run_validation(self, value: object) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or value <= 0
        ):
            raise ValidationError(
                f"must be a number of megabytes greater than 0, not {value!r}; "
                "write e.g. max_article_mb: 5"
            )
        return value


class _CacheDir(c.BaseConfigOption[Any]):
    """A folder inside the project; `cache_dir: null` (or "") turns the cache off, left out it is
    the default folder."""

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str | None:
        if value is None or value == "":
            return None
        if isinstance(value, str) and value.strip():
            return value
        raise ValidationError(
            f"must be a folder, not {value!r}; write it as text, e.g. '.cache/parley', "
            "or null for no cache"
        )


class ParleyConfig(Config):
    """Every option of the `parley` plugin, once. Unlike MkDocs' own validation, which stops at the
    first bad option and only warns about unknown ones, every problem is reported, unknown names
    too."""

    seeds_dir = _Text("a folder", "seeds", default="seeds")
    model = _Model("text", "auto", default="auto")  # auto | none | <spaCy package or folder>
    actors = c.Optional(_KnowledgeFile("actors"))  # extra gazetteer file
    lexicon = c.Optional(_KnowledgeFile("lexicon"))  # extra cue lexicon file
    issues = c.Optional(_KnowledgeFile("issues"))  # extra issue taxonomy file
    max_article_mb = _Megabytes(default=5)  # a bigger file is skipped with a warning
    cache_dir = _CacheDir(".cache/parley")  # extraction cache beside mkdocs.yml; null: off

    def validate(self):
        lines = option_lines(self.config_file_path)
        failed: list[tuple[str, ValidationError]] = []
        names = [k for k, _ in self._schema]
        for key in sorted(set(self) - set(names), key=str):
            failed.append((key, ValidationError(f"unknown option; use one of {', '.join(names)}")))
        for key, option in self._schema:
            try:
                option.pre_validation(self, key_name=key)
                self[key] = option.validate(self.get(key))
            except ValidationError as exc:
                failed.append((key, exc))
        base = Path(self.config_file_path or "mkdocs.yml").parent
        if not {k for k, _ in failed} & {"seeds_dir", "cache_dir"}:
            _check_folders(
                base,
                self.seeds_dir,
                self.cache_dir,
                {},
                lambda key, what, fix: failed.append((key, ValidationError(f"{what}; {fix}"))),
            )
        return [
            (k, ValidationError(m))
            for k, e in failed
            for m in (
                e.messages
                if isinstance(e, _Located)
                else [_located(self.config_file_path, lines, k, str(e))]
            )
        ], []


def _located(source: str, lines: dict[str, int], key: str, message: str) -> str:
    """`<file>:<line>: <message>`, the line of the option in mkdocs.yml."""
    source = source or "mkdocs.yml"
    return f"{source}:{lines[key]}: {message}" if key in lines else f"{source}: {message}"


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
    def from_config(
        cls,
        config: ParleyConfig,
        *,
        docs_dir: str | Path | None = None,
        site_dir: str | Path | None = None,
    ) -> Options:
        """The options of a validated ParleyConfig, checked against MkDocs' docs_dir and site_dir
        (which the seeds and the cache must stay out of)."""
        base = Path(config.config_file_path or "mkdocs.yml").parent
        mkdocs_dirs = {
            name: (base / str(d)).resolve()
            for name, d in (("docs_dir", docs_dir), ("site_dir", site_dir))
            if d is not None
        }
        errors: list[str] = []
        lines = option_lines(config.config_file_path)

        def error(key: str, what: str, fix: str) -> None:
            errors.append(
                f"Config value 'plugins': Plugin 'parley' option '{key}': "
                + _located(config.config_file_path, lines, key, f"{what}; {fix}")
            )

        _check_folders(base, config.seeds_dir, config.cache_dir, mkdocs_dirs, error)
        if errors:
            raise ConfigError("\n".join(errors))
        return cls(
            seeds_dir=base / config.seeds_dir,
            model=config.model,
            actors=config.actors,
            lexicon=config.lexicon,
            issues=config.issues,
            max_article_mb=config.max_article_mb,
            cache_dir=str(base / config.cache_dir) if config.cache_dir else None,
        )


def _check_folders(
    base: Path, seeds_dir: str, cache_dir: str | None, mkdocs_dirs: dict[str, Path], error
) -> None:
    """The seeds folder holds articles only: not the project, docs_dir, site_dir or the cache (a
    walk of `/` would read every file on the machine). The cache stays inside the project, out of
    docs_dir and site_dir (it would be published) and out of the seeds."""
    root, seeds = base.resolve(), (base / seeds_dir).resolve()
    if _inside(root, seeds):
        error(
            "seeds_dir",
            f"{seeds} is "
            f"{'the project folder' if seeds == root else 'a parent of the project folder'}"
            f"{'' if seeds == root else f' {root}'}, so every file in it would be read as "
            "an article",
            "point it at the folder of articles, e.g. seeds_dir: seeds",
        )
    for name, d in mkdocs_dirs.items():
        if _inside(d, seeds) and not _inside(root, seeds):
            error(
                "seeds_dir",
                f"{seeds} {'is' if d == seeds else 'contains'} {name} {d}, whose files would be "
                "read as articles",
                "point it at a folder that holds only articles, e.g. seeds_dir: seeds",
            )
    if not cache_dir:
        return
    project = Path(os.path.abspath(base))
    cache = Path(
        os.path.normpath(project / cache_dir)
    )  # as written: a symlinked cache folder is the user's choice
    if cache == project:
        error(
            "cache_dir",
            f"{cache} is the project folder itself",
            "give the cache a folder of its own, e.g. cache_dir: .cache/parley, or null for "
            "no cache",
        )
    elif not _inside(cache, project):
        error(
            "cache_dir",
            f"{cache} is not a folder inside the project ({root})",
            "use a folder below the folder of mkdocs.yml, e.g. .cache/parley, or null for no cache",
        )
    else:
        for name, d in (*mkdocs_dirs.items(), ("the seeds folder", seeds)):
            if _inside(cache.resolve(), d) and not _inside(root, d):
                why = (
                    "whose files are read as articles"
                    if d == seeds
                    else "so the cache would be published"
                )
                error(
                    "cache_dir",
                    f"{cache} is in {name} {d}, {why}",
                    "keep it outside, e.g. cache_dir: .cache/parley",
                )


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or below it."""
    return path == folder or folder in path.parents


def _parley_node(root: yaml.Node | None) -> yaml.Node | None:
    """The node of the `parley` plugin's options in a composed mkdocs.yml, when there is one."""
    if not isinstance(root, yaml.MappingNode):
        return None
    plugins = next((v for k, v in root.value if getattr(k, "value", None) == "plugins"), None)
    items = (
        plugins.value
        if isinstance(plugins, yaml.SequenceNode)
        else [plugins]
        if plugins is not None
        else []
    )
    for item in items:
        if isinstance(item, yaml.MappingNode):
            for k, v in item.value:
                if getattr(k, "value", None) == "parley":
                    return v
    return None


def option_lines(config_file: str | Path | None) -> dict[str, int]:
    """{option: line} for the `parley` plugin's options in an mkdocs.yml ('' for the section)."""
    try:
        node = (
            _parley_node(yaml.compose(Path(config_file).read_text("utf-8"), Loader=yaml.SafeLoader))
            if config_file
            else None
        )
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if node is None:
        return {}
    lines = {"": node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        lines.update({str(k.value): k.start_mark.line + 1 for k, _v in node.value})
    return lines


def load_mkdocs(config_file: str | Path, **overrides: Any):
    """mkdocs.yml as MkDocs reads it (`!ENV`, `INHERIT`, every plugin validated, the `parley`
    plugin's options by ParleyConfig); ConfigError with MkDocs' own messages when it cannot be
    used."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    logger, handler = logging.getLogger("mkdocs.config"), _Collect()
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        return load_config(config_file=str(config_file), **overrides)
    except (Abort, ConfigurationError) as exc:
        # a YAML syntax error is one line, naming the file and the line, as every other problem
        raise ConfigError(
            "\n".join(r.getMessage() for r in handler.errors) or " ".join(str(exc).split())
        ) from None
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
        for record in handler.others:  # MkDocs' warnings, told as MkDocs tells them
            logger.handle(record)


class _Collect(logging.Handler):
    """The records MkDocs logs while loading its configuration, errors apart."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.errors: list[logging.LogRecord] = []
        self.others: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        (self.errors if record.levelno >= logging.ERROR else self.others).append(record)


def parley_config(config) -> ParleyConfig:
    """The validated options of the `parley` plugin in a loaded MkDocs config (defaults without
    one)."""
    plugin = config.plugins.get("parley") if config is not None else None
    if plugin is not None:
        return plugin.config
    return default_config(config.config_file_path if config is not None else None)


def default_config(config_file: str | Path | None) -> ParleyConfig:
    """The defaults, as if `- parley` were written in `config_file` (which need not exist)."""
    defaults = ParleyConfig(config_file_path=str(config_file or "mkdocs.yml"))
    failed, _ = defaults.validate()
    if failed:
        raise ConfigError("\n".join(str(e) for _k, e in failed))
    return defaults


def read_mkdocs_options(config_file: Path, *, site_dir: str | Path | None = None) -> Options:
    """The `parley` plugin options of an mkdocs.yml, read by MkDocs (defaults when the file does
    not exist), checked against its docs_dir and site_dir (`site_dir` overrides the file's)."""
    config_file = Path(config_file)
    if not config_file.is_file():
        return Options.from_config(
            default_config(config_file), docs_dir="docs", site_dir=site_dir or "site"
        )
    config = load_mkdocs(config_file, site_dir=str(site_dir) if site_dir else None)
    return Options.from_config(
        parley_config(config), docs_dir=config.docs_dir, site_dir=config.site_dir
    )
