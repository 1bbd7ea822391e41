"""The `parley` command: extract, build, serve, check. Thin: parse, call, report."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .config import ConfigError, Options, load_mkdocs, parley_config, read_mkdocs_options
from .export import check_writable, os_failure, to_json, write_atomic
from .ingest import SUFFIXES
from .nlp import resolve_model
from .pipeline import extract_corpus

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

CONFIG_HELP = "The MkDocs configuration whose `parley` plugin options are used."


class BadConfig(click.ClickException):
    """A configuration problem: `Error: <file>:<line>: <what>; <fix>`, one line each, exit 2."""

    exit_code = 2


def _options(config_file: str, site_dir: Path | None = None) -> Options:
    try:
        return read_mkdocs_options(Path(config_file), site_dir=site_dir)
    except ConfigError as exc:
        raise BadConfig(str(exc)) from None


def _reported(elsewhere: str):
    """A command whose OSError (a full disk, a folder it cannot write) ends in one line naming the
    path, what failed and what to do, exit 1, instead of a traceback."""

    def wrap(command):
        @functools.wraps(command)
        def run(*args, **kwargs):
            try:
                return command(*args, **kwargs)
            except BrokenPipeError:  # `parley extract … | head`: the reader has all it wants
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                sys.exit(1)
            except OSError as exc:
                raise click.ClickException(os_failure(exc, elsewhere)) from None

        return run

    return wrap


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="parley")
def main() -> None:
    """Parley: a report site about negotiations, generated from news articles.

    \b
    Examples:
      parley extract seeds/ > parley.json
      parley build --strict
      parley serve
      parley check
      parley export-docs docs/
    """


def _shard(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        i, n = (int(x) for x in value.split("/"))
    except ValueError:
        raise click.BadParameter("write it as I/N, e.g. 0/4 for the first of four shards") from None
    if n < 1 or not 0 <= i < n:
        raise click.BadParameter("I/N needs 0 <= I < N")
    return i, n


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--model",
    default=None,
    help="auto | none | a spaCy package (default: from mkdocs.yml, else auto).",
)
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help=CONFIG_HELP)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Write to this file instead of stdout."
)
@click.option(
    "--jsonl", is_flag=True, help="One document per line (JSON Lines), streamed as extracted."
)
@click.option(
    "--shard",
    "shard_spec",
    metavar="I/N",
    help="Only every N-th article, starting at the I-th (0-based).",
)
@click.option(
    "--workers", type=int, default=None, help="Processes to extract with (default: every core)."
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: on a terminal).",
)
@_reported("choose another --output")
def extract(
    paths: tuple[Path, ...],
    model: str | None,
    config_file: str,
    output: Path | None,
    jsonl: bool,
    shard_spec: str | None,
    workers: int | None,
    progress: bool | None,
) -> None:
    """Extract actors, quotes, demands and proposals from PATHS (files or folders) as JSON.

    Extraction of one article depends only on its file and the options, so a big corpus can be cut
    into shards, extracted anywhere (`--jsonl --shard I/N`) and built with `parley build --from`.

    \b
    Examples:
      parley extract seeds/
      parley extract seeds/talks.txt other/article.md -o out.json
      parley extract --model none seeds/ | jq '.documents[].quotes'
      parley extract --jsonl --shard 0/4 seeds/ -o part-0.jsonl
    """
    from .export import jsonl_line
    from .pipeline import corpus_of, iter_extractions

    options = _options(config_file)
    if model:
        try:
            resolve_model(model)
        except ConfigError as exc:
            raise BadConfig(f"--model: {exc}") from None
        options = dataclasses.replace(options, model=model)
    shard = _shard(shard_spec)
    show = sys.stderr.isatty() if progress is None else progress
    problems: list = []
    extractions = []
    special = (
        output is not None and output.exists() and not output.is_file()
    )  # /dev/stdout, a pipe: no rename
    part = output if special else output and output.with_name(f".{output.name}.part")
    # not `with`: on failure the part is closed and deleted, on success renamed into place (below)
    out = open(part, "w", encoding="utf-8") if part and jsonl else None  # noqa: SIM115
    try:
        for path in paths:
            if path.is_dir():
                opts, files = dataclasses.replace(options, seeds_dir=path), None
            elif path.suffix.lower() not in SUFFIXES:
                problems.append(f"{path}: unsupported file type, skipped; use .txt, .md or .html")
                continue
            else:
                opts, files = dataclasses.replace(options, seeds_dir=path.parent), [path]
            with _bar(show) as bar:
                for ex in iter_extractions(
                    opts, files, shard=shard, problems=problems, progress=bar, workers=workers
                ):
                    if jsonl:
                        (out or sys.stdout).write(jsonl_line(ex))
                    else:
                        extractions.append(ex)
    except BaseException as exc:
        if out and not special:  # a full disk, say: leave no half-written part behind
            with contextlib.suppress(OSError):
                out.close()
            Path(out.name).unlink(missing_ok=True)
        if out and isinstance(exc, OSError) and exc.filename is None:  # a write to it: name it
            raise OSError(exc.errno, exc.strerror, str(output)) from exc
        raise
    finally:
        if out:
            out.close()
    for line in problems:
        click.echo(f"warning: {line}", err=True)
    if jsonl:
        if out and output and not special:
            Path(out.name).replace(output)  # complete, or not there at all
        sys.stdout.flush()  # a full disk behind stdout is reported here, not at exit
        return
    # every file's extraction, copies of another included (the site publishes one of each,
    # duplicates.py)
    corpus = corpus_of(
        extractions, [p for p in problems if not isinstance(p, str)], options, drop_duplicates=False
    )
    text = to_json(corpus)
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


class _bar:
    """A click progress bar fed by (done, total) callbacks, or nothing when not wanted."""

    def __init__(self, show: bool) -> None:
        self.show, self.done = show, 0
        self.bar: ProgressBar[int] | None = None

    def __enter__(self):
        return self if self.show else None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total < 20:
                self.show = False
                return
            self.bar = click.progressbar(length=total, label="extracting", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


@main.command()
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help=CONFIG_HELP)
@click.option("-s", "--strict", is_flag=True, help="Fail on any warning (bad articles included).")
@click.option("-d", "--site-dir", type=click.Path(path_type=Path), help="Where to write the site.")
@click.option(
    "--markdown",
    "markdown_dir",
    type=click.Path(path_type=Path),
    help="Also write Parley's docs tree to this folder, as `parley export-docs` does.",
)
@click.option(
    "--from",
    "from_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Build from documents extracted before (`parley extract --jsonl`) instead of the seeds.",
)
@_reported("choose another folder (--site-dir, --markdown)")
def build(
    config_file: str,
    strict: bool,
    site_dir: Path | None,
    markdown_dir: Path | None,
    from_files: tuple[Path, ...],
) -> None:
    """Build the site (MkDocs with the Parley plugin).

    \b
    Examples:
      parley build
      parley build --strict --site-dir public
      parley build --markdown out/markdown
      parley build --from part-0.jsonl --from part-1.jsonl
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import Abort, ConfigurationError

    _mkdocs_logging()
    try:  # read once, by MkDocs; a bad option: one line each and exit 2, before anything is built
        cfg = load_mkdocs(
            config_file, strict=strict or None, site_dir=str(site_dir) if site_dir else None
        )
        options = Options.from_config(
            parley_config(cfg), docs_dir=cfg.docs_dir, site_dir=cfg.site_dir
        )
    except ConfigError as exc:
        raise BadConfig(str(exc)) from None
    try:
        check_writable(Path(cfg.site_dir))  # an OSError here is one line (see _reported)
        if from_files:
            cfg.plugins["parley"].from_files = list(from_files)
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(cfg)
        finally:
            cfg.plugins.on_shutdown()
    except (Abort, ConfigurationError) as exc:
        raise click.ClickException(str(exc)) from exc
    if markdown_dir:
        _export(cfg, options, markdown_dir, list(from_files), strict=False)


@main.command("export-docs")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help=CONFIG_HELP)
@click.option("-s", "--strict", is_flag=True, help="Fail on any warning (bad articles included).")
@click.option(
    "--from",
    "from_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Export documents extracted before (`parley extract --jsonl`) instead of the seeds.",
)
@_reported("choose another folder")
def export_docs(
    out_dir: Path, config_file: str, strict: bool, from_files: tuple[Path, ...]
) -> None:
    """Write everything the plugin adds to a site into OUT_DIR, for Zensical or MkDocs without the
    plugin: the pages, Parley's script and style, plotly.js, the downloads, and the mkdocs.yml lines
    the tree needs (printed, and written to OUT_DIR/parley-mkdocs-snippet.yml).

    Files whose bytes are unchanged are not rewritten; files of an earlier export that are no longer
    made are removed; a file Parley did not write (see OUT_DIR/.parley-manifest.json) is never
    touched.

    \b
    Examples:
      parley export-docs docs/
      parley export-docs docs/parley -f mkdocs.yml
    """
    cfg = None
    if Path(config_file).is_file():
        try:
            cfg = load_mkdocs(config_file)
        except ConfigError as exc:
            raise BadConfig(str(exc)) from None
    try:
        options = (
            Options.from_config(parley_config(cfg), docs_dir=cfg.docs_dir, site_dir=cfg.site_dir)
            if cfg
            else read_mkdocs_options(Path(config_file))
        )
    except ConfigError as exc:
        raise BadConfig(str(exc)) from None
    _export(cfg, options, out_dir, list(from_files), strict)


def _export(cfg, options: Options, out_dir: Path, from_files: list[Path], strict: bool) -> None:
    """`parley export-docs`, for a loaded MkDocs config (None: no mkdocs.yml, the defaults)."""
    import gc

    from .docs_tree import SNIPPET, UnsafePath, export_docs

    docs_dir = Path(cfg.docs_dir if cfg else "docs").resolve()
    out = out_dir.resolve()
    prefix = out.relative_to(docs_dir).as_posix() + "/" if docs_dir in out.parents else ""
    try:
        done = export_docs(
            options,
            out_dir,
            prefix=prefix,
            nav=cfg.nav if cfg else None,
            directory_urls=cfg.use_directory_urls if cfg else True,
            from_files=from_files or None,
        )
    except UnsafePath as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        gc.unfreeze()
    problems = [p for p in done.corpus.problems if p.level != "info"]
    for p in done.corpus.problems:
        click.echo(f"{'note' if p.level == 'info' else 'warning'}: {p}", err=True)
    w = done.written
    for path in w.foreign:
        click.echo(
            f"warning: {out_dir / path}: a file Parley did not write has the path of a generated "
            "one; "
            "it is kept, move it away to get Parley's",
            err=True,
        )
    click.echo(
        f"{out_dir}: {len(w.written)} file(s) written, {len(w.unchanged)} unchanged, "
        f"{len(w.removed)} removed; add these lines to mkdocs.yml ({out_dir / SNIPPET}):",
        err=True,
    )
    click.echo(done.snippet, nl=False)
    if strict and (problems or w.foreign):
        raise click.ClickException(f"{len(problems) + len(w.foreign)} warning(s), and --strict")


@main.command()
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help=CONFIG_HELP)
@click.option(
    "-a", "--dev-addr", default=None, help="IP:PORT to serve on (default 127.0.0.1:8000)."
)
def serve(config_file: str, dev_addr: str | None) -> None:
    """Serve the site with live reload; editing seeds/ regenerates it.

    \b
    Examples:
      parley serve
      parley serve -a 0.0.0.0:8080
    """
    from mkdocs.commands.serve import serve as mkdocs_serve

    _options(config_file)
    _mkdocs_logging()
    # MkDocs' load_config drops an option given as None: without -a, mkdocs.yml's dev_addr stands
    mkdocs_serve(config_file=config_file, dev_addr=dev_addr or None)


@main.command()
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help=CONFIG_HELP)
def check(config_file: str) -> None:
    """Validate the configuration and every seed; exit 1 listing all problems (2: a bad option).

    \b
    Examples:
      parley check
      parley check -f site/mkdocs.yml
    """
    options = _options(config_file)
    corpus = extract_corpus(options)
    for note in (
        p for p in corpus.problems if p.level == "info"
    ):  # copies left out: told, not failed
        click.echo(f"note: {note}", err=True)
    problems = [str(p) for p in corpus.problems if p.level != "info"]
    for line in problems:
        click.echo(line, err=True)
    n = len(corpus.extractions)
    if problems:
        raise click.ClickException(
            f"{len(problems)} problem(s) in {options.seeds_dir} ({n} documents readable)"
        )
    click.echo(f"ok: {n} documents in {options.seeds_dir}, no problems")


def _mkdocs_logging() -> None:
    """MkDocs' own CLI sets up its log handler; do the same when driving it from here."""
    import logging

    from mkdocs.__main__ import ColorFormatter

    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(ColorFormatter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
