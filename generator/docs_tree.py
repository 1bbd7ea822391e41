"""`parley export-docs DIR`: what the plugin adds to a site, as plain files for an engine that runs
no plugin (Zensical, MkDocs without Parley's): every page (front matter and its HTML), the assets,
the downloads, and the configuration lines the tree needs.

The files' contents come from the plugin's own functions (`generate`, `asset_files`, `in_nav`,
`nav_with_negotiations`), so the two outputs cannot drift. Writing is incremental: a file whose
bytes are unchanged is left alone (its mtime too, so a watcher does not rebuild forever), and a
manifest of what Parley wrote says which files it may replace or remove: never any other.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from .cache import Memo
from .config import Options
from .export import write_atomic
from .model import Corpus
from .plugin import ASSET_URLS, NEGOTIATIONS, asset_files, generate, in_nav, nav_with_negotiations

MANIFEST = ".parley-manifest.json"
SNIPPET = "parley-mkdocs-snippet.yml"

Content = str | bytes | Path  # a Path: a file to copy


class UnsafePath(ValueError):
    """A path that would lead out of the export folder."""


@dataclass
class Written:
    """What one export did, by path relative to its folder."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    foreign: list[str] = field(
        default_factory=list
    )  # files Parley did not write, at a path it makes: kept


@dataclass
class Export:
    corpus: Corpus
    snippet: str
    written: Written


def export_docs(
    options: Options,
    out: Path,
    *,
    prefix: str = "",
    nav=None,
    directory_urls: bool = True,
    from_files: list[Path] | None = None,
) -> Export:
    """Write Parley's docs tree into `out`, which is `prefix` inside docs_dir ('' : docs_dir itself,
    or a folder to use as one). `nav`: the configured nav, for the snippet."""
    memo = Memo(None if from_files else options.cache_dir)  # as the plugin's (on_files)
    corpus, site, downloads = generate(options, memo, from_files, directory_urls)
    pages = site.pages
    assets = asset_files(corpus)
    has_negotiations = NEGOTIATIONS in pages
    configured = nav_with_negotiations(
        nav, False
    )  # as written (without an entry the plugin added in this run)
    snippet = config_snippet(
        sorted(pages),
        prefix,
        nav_with_negotiations(configured, has_negotiations, prefix),
        configured,
    )

    def content(path: str) -> Content:
        if path in pages:
            return pages[path] + site.render(path, directory_urls)[0]
        return downloads[path] if path in downloads else assets.get(path, snippet)

    paths = [*pages, *downloads, *assets, SNIPPET]
    return Export(corpus, snippet, write_tree(out, paths, content))


def config_snippet(pages: list[str], prefix: str, nav, configured_nav) -> str:
    """The mkdocs.yml lines the exported tree needs (what the plugin sets up by itself)."""
    where = f"docs_dir/{prefix.rstrip('/')}" if prefix else "docs_dir"
    head = f"# Parley's pages, in {where}: add these lines to mkdocs.yml"
    lines = [head + " (written by parley export-docs)."]
    for key, url in ASSET_URLS:
        lines += [f"{key}:", f"  - {prefix}{url}"]
    sections = sorted({p.split("/")[0] for p in pages if not in_nav(p)})
    lines.append(
        "not_in_nav: |"
    )  # detail pages: reached from index pages, never listed in the sidebar
    for section in sections:
        lines.append(f"  /{prefix}{section}/**")
        if f"{section}/index.md" in pages:
            lines.append(f"  !/{prefix}{section}/index.md")
    lines += ["exclude_docs: |", f"  /{prefix}{SNIPPET}"]
    if nav != configured_nav:  # the plugin adds "Negotiations" after Home: here is the nav with it
        lines.append("# your nav, with the entry the plugin adds:")
        lines.append(
            yaml.safe_dump({"nav": _plain(nav)}, allow_unicode=True, sort_keys=False).rstrip()
        )
    return "\n".join(lines) + "\n"


def _plain(value):
    """A nav as plain lists and dicts (for YAML)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return [_plain(v) for v in value] if isinstance(value, list) else value


def write_tree(root: Path, paths: list[str], content: Callable[[str], Content]) -> Written:
    """Write `content(path)` at each of `paths` in `root`, incrementally; remove the files of an
    earlier export that are not in `paths`. A file Parley did not write is never touched."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    targets = {p: inside(root, p) for p in paths}
    before = read_manifest(root)
    done = Written()
    done.foreign = sorted(
        p for p, t in targets.items() if p not in before and (t.exists() or t.is_symlink())
    )
    ours = [p for p in paths if p not in done.foreign]
    # listed before anything is written: an export cut short leaves no file that is Parley's
    # unlisted
    _write_manifest(root, before | set(ours))
    for path in ours:
        changed = _put(targets[path], content(path))
        (done.written if changed else done.unchanged).append(path)
    for path in sorted(before - set(ours)):
        if _remove(root, path):
            done.removed.append(path)
    _write_manifest(root, set(ours))
    return done


def inside(root: Path, path: str) -> Path:
    """`root/path` for a relative path that stays inside `root` (links followed); else
    UnsafePath."""
    parts = PurePosixPath(path).parts
    if (
        not parts
        or PurePosixPath(path).is_absolute()
        or ".." in parts
        or "\\" in path
        or "\0" in path
    ):
        raise UnsafePath(f"{path!r}: not a relative path inside the export folder")
    target = root.joinpath(*parts)
    real, top = Path(os.path.realpath(target)), Path(os.path.realpath(root))
    if top not in real.parents:
        raise UnsafePath(
            f"{target}: leads out of {root} (a link?); export into a folder without links"
        )
    return target


def _put(target: Path, content: Content, durable: bool = False) -> bool:
    """Write `content` at `target` unless the file already holds those bytes; whether it wrote."""
    data = (
        content.read_bytes()
        if isinstance(content, Path)
        else content.encode("utf-8")
        if isinstance(content, str)
        else content
    )
    try:
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data, durable=durable)
    return True


def _remove(root: Path, path: str) -> bool:
    """Remove a file of an earlier export (and the folders it leaves empty); a path that is not a
    plain file inside `root` now (a link, a folder) is left alone."""
    try:
        target = inside(root, path)
    except UnsafePath:
        return False
    if target.is_symlink() or not target.is_file():
        return False
    target.unlink()
    folder = target.parent
    while folder != root and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
    return True


def read_manifest(root: Path) -> set[str]:
    """The files an earlier export wrote into `root` (none when there is no readable manifest)."""
    try:
        data = json.loads((root / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return set()
    files = data.get("files") if isinstance(data, dict) else None
    return {f for f in files if isinstance(f, str)} if isinstance(files, list) else set()


def _write_manifest(root: Path, files: set[str]) -> None:
    text = json.dumps({"written_by": "parley export-docs", "files": sorted(files)}, indent=1) + "\n"
    _put(root / MANIFEST, text, durable=True)
