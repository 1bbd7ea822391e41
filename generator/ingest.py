"""Reading seed files: plain text, Markdown with YAML front matter, HTML.

Every reader returns an `Article` of plain-text blocks (headings and paragraphs). Problems with a
file are carried on the article (or returned instead of it) as `Problem`s, never raised, so a bad
file costs nothing but itself.

This module finds the seed files and dispatches each to its reader; the readers are in `reading/`
(encodings, text, frontmatter, markdown, html).
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from .model import Article, Block, Problem
from .reading.encodings import MAX_TEXT_CHARS, _encodings, _within_text_budget, decode, failure
from .reading.html import main_text, parse_html
from .reading.markdown import parse_markdown
from .reading.text import is_headline, parse_text

# what the pipeline, the CLI and the tests read from here; the readers themselves are in reading/
__all__ = [
    "MAX_TEXT_CHARS",
    "SUFFIXES",
    "Article",
    "Block",
    "_encodings",
    "decode",
    "discover",
    "failure",
    "is_headline",
    "main_text",
    "negotiation_folder",
    "parse_article",
    "parse_html",
    "parse_markdown",
    "parse_text",
    "read_article",
    "read_seed",
    "source_of",
]

SUFFIXES = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def discover(seeds_dir: Path) -> tuple[list[Path], list[Problem]]:
    """All article files under `seeds_dir`, sorted; hidden entries and foreign symlinks skipped."""
    seeds_dir = Path(seeds_dir)
    problems: list[Problem] = []
    if not seeds_dir.is_dir():
        problems.append(
            Problem(
                str(seeds_dir),
                "seeds folder not found",
                "create it or set `seeds_dir` in the parley plugin options",
            )
        )
        return [], problems
    root = seeds_dir.resolve()
    found: list[Path] = []
    for path in sorted(seeds_dir.rglob("*")):
        rel = path.relative_to(seeds_dir)
        if any(part.startswith(".") for part in rel.parts):
            if (
                not any(part.startswith(".") for part in rel.parts[:-1])
                and path.suffix.lower() in SUFFIXES
                and not path.is_dir()
            ):
                problems.append(
                    Problem(
                        rel.as_posix(),
                        "hidden file (name starts with a dot), skipped",
                        "rename it without the leading dot to publish it",
                    )
                )
            continue
        if path.is_symlink() and not _inside(path.resolve(), root):
            problems.append(
                Problem(
                    rel.as_posix(),
                    "symlink points outside the seeds folder, not followed",
                    "copy the article into the seeds folder instead",
                )
            )
            continue
        if path.is_dir():
            continue
        if path.exists() and not path.is_file():
            problems.append(
                Problem(
                    rel.as_posix(),
                    "not a regular file (a pipe, socket or device), skipped",
                    "replace it with the article as a file",
                )
            )
            continue
        if path.suffix.lower() not in SUFFIXES:
            problems.append(
                Problem(
                    rel.as_posix(),
                    f"unsupported file type '{path.suffix or '(none)'}', skipped",
                    "convert it to .txt, .md or .html, or move it out of the seeds folder",
                )
            )
            continue
        found.append(path)
    if not found:  # an empty site is a warning, not a silent success (`--strict` fails on it)
        problems.append(
            Problem(
                str(seeds_dir),
                "no articles in the seeds folder",
                "add .txt, .md or .html files to it, or set `seeds_dir` in the parley "
                "plugin options",
            )
        )
    return found, problems


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def read_article(path: Path, seeds_dir: Path, max_mb: float = 5) -> Article | Problem:
    """Read one seed file; a `Problem` instead of an article when nothing usable is in it."""
    raw = read_seed(path, seeds_dir, max_mb)
    if isinstance(raw, Problem):
        return raw
    return parse_article(raw, path, seeds_dir)


def source_of(path: Path | str, seeds_dir: Path | str) -> str:
    """A seed file's path inside the seeds folder, with forward slashes (its name in messages)."""
    p, root = os.fspath(path), os.fspath(seeds_dir).rstrip(os.sep)
    if p.startswith(root + os.sep):  # the common case, without building Path objects
        return p[len(root) + 1 :].replace(os.sep, "/")
    return Path(path).relative_to(seeds_dir).as_posix()


def read_seed(path: Path, seeds_dir: Path, max_mb: float = 5) -> bytes | Problem:
    """The bytes of one seed file, unless it is too large or cannot be read."""
    source = source_of(path, seeds_dir)
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_mb * 1_000_000:
                return Problem(
                    source,
                    f"is {size / 1_000_000:.1f} MB, over the {max_mb:g} MB limit for one article, "
                    "skipped",
                    "split it into several articles, or raise the parley option `max_article_mb`",
                )
            return fh.read()
    except OSError as exc:
        return Problem(
            source,
            f"cannot be read ({exc.strerror or exc})",
            "check that it exists and its permissions",
        )


def parse_article(raw: bytes, path: Path, seeds_dir: Path) -> Article | Problem:
    """An article from the bytes of its seed file (the format from the file name).

    Whatever goes wrong while reading one file is that file's `Problem`, never an exception: a
    reader's bug or an input nobody foresaw must not cost the rest of the corpus."""
    source = source_of(path, seeds_dir)
    try:
        return _parse_article(raw, path, source)
    except Exception as exc:  # noqa: BLE001 — the per-file boundary
        return Problem(
            source,
            f"could not be read ({failure(exc)}), skipped",
            "report this as a Parley bug, with the file if you can share it",
        )


def _parse_article(raw: bytes, path: Path, source: str) -> Article | Problem:
    text, problems = decode(raw, source)
    if text is None:
        return problems[0]
    kind = SUFFIXES[Path(path).suffix.lower()]
    reader = {"text": parse_text, "markdown": parse_markdown, "html": parse_html}[kind]
    article = reader(text, source, problems)
    if not any(b.kind == "paragraph" for b in article.blocks):
        return Problem(source, "no article text found", "add the article text or delete the file")
    if article.negotiation is None and "/" in source:  # front matter wins over the folder
        article = dataclasses.replace(article, negotiation=negotiation_folder(source))
    return _within_text_budget(article)


def negotiation_folder(source: str) -> str | None:
    """The negotiation a seed's place says it belongs to: the first folder of its path inside the
    seeds folder (`water-treaty/2024-05-02-talks.txt`: water-treaty); None for a file at the top."""
    folder, sep, _rest = source.partition("/")
    name = " ".join(folder.split())
    return name if sep and name else None
