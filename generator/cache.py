"""On-disk caches under `.cache/parley/` (git-ignored, safe to delete; `cache_dir: null` turns
them off): extractions keyed on the content of their seed file, and outputs derived from one
extraction (its JSON, its CSV rows, its page) keyed on that and on whatever else they depend on.

Entries are JSON behind a checksum, never pickle: reading a cache file cannot run code, and a file
that does not read back whole (a flipped byte, a truncated write, another program's file under an
entry's name) is a miss, made again and written over, never an error.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import __version__
from .config import Options
from .export import document_record, extraction_from_record, write_atomic
from .model import Extraction, Problem


class Cache:
    """Extractions on disk, one file per article, keyed on everything the result depends on.

    `.cache/parley/` beside mkdocs.yml (git-ignored, safe to delete); `cache_dir: null` turns it
    off.
    """

    def __init__(self, options: Options, model: str | None) -> None:
        self.dir = Path(options.cache_dir) if options.cache_dir else None
        self.salt = _fingerprint(options, model) if self.dir else ""

    def key(self, raw: bytes, source: str, doc_id: str) -> str:
        """The content hash of a seed file (its bytes, its name, its page id) and the salt."""
        if self.dir is None:
            return ""
        h = hashlib.sha256(self.salt.encode())
        h.update(f"{len(source)}:{source}|{len(doc_id)}:{doc_id}|".encode())
        h.update(raw)
        return h.hexdigest()

    def _path(self, key: str) -> str:
        assert self.dir is not None
        return os.path.join(self.dir, key[:2], key + SUFFIX)  # strings: a thousand Paths cost

    def get(self, key: str) -> Extraction | None:
        if self.dir is None:
            return None
        ex = _load(self._path(key), _extraction)
        return ex if isinstance(ex, Extraction) and ex.key == key else None

    def put(self, key: str, ex: Extraction) -> None:
        if self.dir is None:
            return
        _store(
            self._path(key),
            ex,
            {
                "key": ex.key,
                "document_problems": [vars(p) for p in ex.document.problems],
                **document_record(ex),
            },
        )

    def prune(self, keep: set[str]) -> None:
        """After a run over the whole folder, forget articles that are gone or changed (and entries
        of an earlier format)."""
        if self.dir is not None:
            _forget(_entries(self.dir, "??"), {self._path(k) for k in keep})


# Modules (and data) that only present extractions: editing them keeps the cache (everything else
# counts).
PRESENTATION = frozenset(
    {
        "render.py",
        "charts.py",
        "plugin.py",
        "cli.py",
        "export.py",
        "docs_tree.py",
        "aggregate.py",
        "negotiations.py",
        "parties.py",
        "data/parties.yml",
    }
)


def _fingerprint(options: Options, model: str | None) -> str:
    """Parley's version, code and data files, the options and the model: any change, new results."""
    h = hashlib.sha256(
        f"{__version__}|{FORMAT}|{model}|{options.model}|{options.max_article_mb}".encode()
    )
    if model:
        try:
            from importlib.metadata import version

            h.update(version(model.replace("_", "-")).encode())
        except Exception:  # noqa: BLE001 - a model without metadata: its name must do
            pass
    package = Path(__file__).resolve().parent
    for f in sorted(package.rglob("*")):
        rel = f.relative_to(package).as_posix()
        if f.suffix in (".py", ".yml") and "__pycache__" not in f.parts and rel not in PRESENTATION:
            h.update(rel.encode())
            h.update(f.read_bytes())
    for extra in (options.actors, options.lexicon, options.issues):
        if extra:
            h.update(Path(extra).read_bytes())
    return h.hexdigest()


class Memo:
    """Outputs derived from one extraction, e.g. its page: `get(kind, parts)` / `put(kind, parts,
    value)`, where `parts` name everything the output depends on (the extraction's key first).

    Values are JSON data (a page's HTML and headings, CSV rows, search entries); a tuple at the top
    level comes back as a tuple (pages and search entries are pairs), lists inside as lists.

    The outputs used by a build are remembered; `prune()` afterwards forgets the others."""

    def __init__(self, cache_dir: str | Path | None) -> None:
        self.dir = (
            str(Path(cache_dir) / "out") if cache_dir else None
        )  # normalised, as glob gives it
        self.used: set[str] = set()
        self._code: dict[str, str] = {}

    def key(self, kind: str, parts: tuple) -> str | None:
        if self.dir is None or not parts or not parts[0]:  # an extraction without a key: not cached
            return None
        h = hashlib.sha256(f"{__version__}|{FORMAT}|{kind}|{self._code_of(kind)}".encode())
        h.update(repr(parts).encode())
        k = h.hexdigest()
        return os.path.join(self.dir, kind, k[:2], k + SUFFIX)

    def get(self, kind: str, parts: tuple) -> Any:
        path = self.key(kind, parts)
        if path is None:
            return None
        self.used.add(path)
        return _load(path, _output)

    def put(self, kind: str, parts: tuple, value: Any) -> None:
        path = self.key(kind, parts)
        if path is None:
            return
        self.used.add(path)
        _store(path, value, value)

    def prune(self) -> None:
        """Forget the outputs this build did not use (changed or deleted articles, earlier
        formats)."""
        if self.dir is not None:
            _forget(_entries(Path(self.dir), "*/??"), self.used)

    def _code_of(self, kind: str) -> str:
        """The code and templates an output kind comes from: change them, new outputs."""
        if kind not in self._code:
            package = Path(__file__).resolve().parent
            h = hashlib.sha256()
            files = [package / f for f in CODE_OF.get(kind, ())]
            if kind in ("page", "search"):
                from .render import templates_dir

                files += sorted(p for p in templates_dir().glob("*.j2"))
            for f in files:
                h.update(f.name.encode())
                h.update(f.read_bytes())
            self._code[kind] = h.hexdigest()
        return self._code[kind]


CODE_OF = {
    "json": ("export.py", "model.py"),
    "csv": ("export.py", "model.py"),
    "page": ("render.py", "model.py"),
    "search": ("render.py", "model.py", "plugin.py"),
}  # a page's entries in the search index


# Entries read or written by this process, by path (whose name is their content key): a rebuild
# under `mkdocs serve` takes them from memory instead of reading a thousand files again.
# Off for a one-off build (it would only add to its peak memory); the plugin turns it on to serve.
_MEMORY: dict[str, Any] = {}
MEMORY_ENTRIES = 20_000
keep_in_memory = False


def _remember(path: str, value: Any) -> None:
    if not keep_in_memory:
        return
    if len(_MEMORY) >= MEMORY_ENTRIES:
        _MEMORY.pop(next(iter(_MEMORY)))
    _MEMORY[path] = value


# The format of an entry: a header line (this tag and the SHA-256 of the rest), then JSON. The tag
# is part of every key too, so files of another format (the pickles of earlier versions) are never
# opened, and are pruned like any unused entry.
FORMAT = "parley-cache-2"
SUFFIX = ".json"
_OLD_SUFFIXES = (".pickle",)


def _entries(root: Path, pattern: str):
    for suffix in (SUFFIX, *_OLD_SUFFIXES):
        yield from root.glob(f"{pattern}/*{suffix}")


def _extraction(data: Any) -> Extraction:
    """An extraction from its JSON record (the export's, plus its key and which problems are the
    document's own): equal to the one stored."""
    ex = extraction_from_record(data)
    own = tuple(Problem(**p) for p in data["document_problems"])
    document = (
        ex.document
        if own == ex.document.problems
        else dataclasses.replace(ex.document, problems=own)
    )
    return dataclasses.replace(ex, document=document, key=data["key"])


def _output(data: Any) -> Any:
    return tuple(data) if isinstance(data, list) else data


def _load(path: str, decode: Callable[[Any], Any]) -> Any:
    """The entry at `path`, or None when there is none or it does not read back whole."""
    if path in _MEMORY:
        return _MEMORY[path]
    try:
        # non-blocking, and regular files only: a pipe or a device put there must not hang the build
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return None
            blob = fh.read()
        head, _, body = blob.partition(b"\n")
        if head != _header(body):
            return None
        value = decode(json.loads(body))
    except Exception:  # noqa: BLE001 - whatever is wrong with an entry, it is a miss and is made again
        return None
    _remember(path, value)
    return value


def _header(body: bytes) -> bytes:
    return f"{FORMAT} {hashlib.sha256(body).hexdigest()}".encode()


def _store(path: str, value: Any, data: Any) -> None:
    """Write `data` (the JSON form of `value`) as the entry at `path`."""
    try:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_atomic(Path(path), _header(body) + b"\n" + body, durable=False)
    except (OSError, ValueError, TypeError):
        return  # a cache that cannot be written only costs speed
    _remember(path, value)


def _forget(files, keep: set[str]) -> None:
    """Delete the cache files not in `keep` (paths as strings)."""
    for f in files:
        if str(f) not in keep:
            with contextlib.suppress(OSError):
                f.unlink()
