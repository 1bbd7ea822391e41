"""On-disk caches under `.cache/parley/` (git-ignored, safe to delete; `cache_dir: null` turns
them off): extractions keyed on the content of their seed file, and outputs derived from one
extraction (its JSON, its CSV rows, its page) keyed on that and on whatever else they depend on.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from . import __version__
from .config import Options
from .export import write_atomic
from .model import Extraction


class Cache:
    """Extractions on disk, one file per article, keyed on everything the result depends on.

    `.cache/parley/` beside mkdocs.yml (git-ignored, safe to delete); `cache_dir: null` turns it off.
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
        return os.path.join(self.dir, key[:2], key + ".pickle")  # strings: a thousand Paths cost

    def get(self, key: str) -> Extraction | None:
        if self.dir is None:
            return None
        ex = _load(self._path(key))
        return ex if isinstance(ex, Extraction) and ex.key == key else None

    def put(self, key: str, ex: Extraction) -> None:
        if self.dir is None:
            return
        _store(self._path(key), ex)

    def prune(self, keep: set[str]) -> None:
        """After a run over the whole folder, forget articles that are gone or changed."""
        if self.dir is not None:
            _forget(self.dir.glob("??/*.pickle"), {self._path(k) for k in keep})


# Modules that only present extractions: editing them keeps the cache (everything else counts).
PRESENTATION = frozenset({"render.py", "charts.py", "plugin.py", "cli.py", "export.py", "aggregate.py"})


def _fingerprint(options: Options, model: str | None) -> str:
    """Parley's version, code and data files, the options and the model: any change, new results."""
    h = hashlib.sha256(f"{__version__}|{model}|{options.model}|{options.max_article_mb}".encode())
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

    The outputs used by a build are remembered; `prune()` afterwards forgets the others."""

    def __init__(self, cache_dir: str | Path | None) -> None:
        self.dir = str(Path(cache_dir) / "out") if cache_dir else None  # normalised, as glob gives it
        self.used: set[str] = set()
        self._code: dict[str, str] = {}

    def key(self, kind: str, parts: tuple) -> str | None:
        if self.dir is None or not parts or not parts[0]:  # an extraction without a key: not cached
            return None
        h = hashlib.sha256(f"{__version__}|{kind}|{self._code_of(kind)}".encode())
        h.update(repr(parts).encode())
        k = h.hexdigest()
        return os.path.join(self.dir, kind, k[:2], k + ".pickle")

    def get(self, kind: str, parts: tuple) -> Any:
        path = self.key(kind, parts)
        if path is None:
            return None
        self.used.add(path)
        return _load(path)

    def put(self, kind: str, parts: tuple, value: Any) -> None:
        path = self.key(kind, parts)
        if path is None:
            return
        self.used.add(path)
        _store(path, value)

    def prune(self) -> None:
        """Forget the outputs this build did not use (changed or deleted articles)."""
        if self.dir is not None:
            _forget(Path(self.dir).glob("*/*/*.pickle"), self.used)

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


CODE_OF = {"json": ("export.py", "model.py"), "csv": ("export.py", "model.py"), "page": ("render.py", "model.py"),
           "search": ("render.py", "model.py", "plugin.py")}  # a page's entries in the search index


# Entries read or written by this process, by path (whose name is their content key): a rebuild
# under `mkdocs serve` takes them from memory instead of unpickling a thousand files again.
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


def _load(path: str) -> Any:
    if path in _MEMORY:
        return _MEMORY[path]
    try:
        with open(path, "rb") as fh:
            value = pickle.loads(fh.read())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    _remember(path, value)
    return value


def _store(path: str, value: Any) -> None:
    try:
        write_atomic(Path(path), pickle.dumps(value, protocol=4), durable=False)
    except OSError:
        return  # a cache that cannot be written only costs speed
    _remember(path, value)


def _forget(files, keep: set[str]) -> None:
    """Delete the cache files not in `keep` (paths as strings)."""
    for f in files:
        if str(f) not in keep:
            try:
                f.unlink()
            except OSError:
                pass
