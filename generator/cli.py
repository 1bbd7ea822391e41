"""The `parley` command: extract, build, serve, check. Thin: parse, call, report."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import click

from . import __version__
from .config import ConfigError, Options, read_mkdocs_options
from .export import to_json, write_atomic
from .ingest import SUFFIXES
from .pipeline import extract_corpus

CONFIG_HELP = "The MkDocs configuration whose `parley` plugin options are used."


def _options(config_file: str) -> Options:
    try:
        return read_mkdocs_options(Path(config_file))
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


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
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--model", default=None, help="auto | none | a spaCy package (default: from mkdocs.yml, else auto).")
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help=CONFIG_HELP)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the JSON to this file instead of stdout.")
def extract(paths: tuple[Path, ...], model: str | None, config_file: str, output: Path | None) -> None:
    """Extract actors, quotes, demands and proposals from PATHS (files or folders) as JSON.

    \b
    Examples:
      parley extract seeds/
      parley extract seeds/talks.txt other/article.md -o out.json
      parley extract --model none seeds/ | jq '.documents[].quotes'
    """
    options = _options(config_file)
    if model:
        options = dataclasses.replace(options, model=model)
    records = []
    warnings: list[str] = []
    import json

    for path in paths:
        if path.is_dir():
            opts = dataclasses.replace(options, seeds_dir=path)
            corpus = extract_corpus(opts)
        else:
            if path.suffix.lower() not in SUFFIXES:
                warnings.append(f"{path}: unsupported file type, skipped; use .txt, .md or .html")
                continue
            opts = dataclasses.replace(options, seeds_dir=path.parent)
            corpus = extract_corpus(opts, [path])
        data = json.loads(to_json(corpus))
        records.append(data)
    merged = records[0] if records else json.loads(to_json(extract_corpus(options, [])))
    for extra in records[1:]:
        merged["documents"].extend(extra["documents"])
        merged["warnings"].extend(extra["warnings"])
        known = {a["id"]: a for a in merged["actors"]}
        for actor in extra["actors"]:
            if actor["id"] in known:
                known[actor["id"]]["documents"] = sorted(set(known[actor["id"]]["documents"]) | set(actor["documents"]))
            else:
                merged["actors"].append(actor)
        merged["actors"].sort(key=lambda a: a["id"])
    merged["warnings"].extend(warnings)
    for line in merged["warnings"]:
        click.echo(f"warning: {line}", err=True)
    text = json.dumps(merged, ensure_ascii=False, indent=1) + "\n"
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text)


@main.command()
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help=CONFIG_HELP)
@click.option("-s", "--strict", is_flag=True, help="Fail on any warning (bad articles included).")
@click.option("-d", "--site-dir", type=click.Path(path_type=Path), help="Where to write the site.")
@click.option("--markdown", "markdown_dir", type=click.Path(path_type=Path),
              help="Also write the generated Markdown pages to this folder, for inspection.")
def build(config_file: str, strict: bool, site_dir: Path | None, markdown_dir: Path | None) -> None:
    """Build the site (MkDocs with the Parley plugin).

    \b
    Examples:
      parley build
      parley build --strict --site-dir public
      parley build --markdown out/markdown
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    kwargs = {"strict": strict or None}
    if site_dir:
        kwargs["site_dir"] = str(site_dir)
    _mkdocs_logging()
    try:
        cfg = load_config(config_file=config_file, **kwargs)
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(cfg)
        finally:
            cfg.plugins.on_shutdown()
    except (Abort, ConfigurationError) as exc:
        raise click.ClickException(str(exc)) from exc
    if markdown_dir:
        from .render import render_site

        corpus = extract_corpus(_options(config_file))
        for path, content in render_site(corpus).items():
            write_atomic(Path(markdown_dir) / path, content)
        click.echo(f"wrote the generated Markdown to {markdown_dir}", err=True)


@main.command()
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help=CONFIG_HELP)
@click.option("-a", "--dev-addr", default=None, help="IP:PORT to serve on (default 127.0.0.1:8000).")
def serve(config_file: str, dev_addr: str | None) -> None:
    """Serve the site with live reload; editing seeds/ regenerates it.

    \b
    Examples:
      parley serve
      parley serve -a 0.0.0.0:8080
    """
    from mkdocs.commands.serve import serve as mkdocs_serve

    _mkdocs_logging()
    kwargs = {"dev_addr": dev_addr} if dev_addr else {}
    mkdocs_serve(config_file=config_file, **kwargs)


@main.command()
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help=CONFIG_HELP)
def check(config_file: str) -> None:
    """Validate the configuration and every seed; exit 1 listing all problems.

    \b
    Examples:
      parley check
      parley check -f site/mkdocs.yml
    """
    options = _options(config_file)
    corpus = extract_corpus(options)
    problems = [str(p) for p in corpus.problems]
    for line in problems:
        click.echo(line, err=True)
    n = len(corpus.extractions)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {options.seeds_dir} ({n} documents readable)")
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
