"""The whole program as a table of contents: read → segment → extract → aggregate.

`extract_document` is a pure function of one file and the options; `extract_corpus` runs it over
a seeds folder. Rendering and writing happen elsewhere (render.py, export.py, plugin.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import os
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import __version__
from .export import write_atomic

from .aggregate import aggregate
from .config import Options
from .extract.actors import extract_actors
from .extract.knowledge import Knowledge, load
from .extract.positions import extract_positions
from .extract.quotes import extract_quotes, extract_reported, scan_quotes
from .extract.speakers import Referents
from .extract.syntax import parse_document
from .ids import slugify, unique
from .ingest import discover, parse_article, read_article, read_seed
from .model import Corpus, Document, Extraction, Problem
from .nlp import pipeline, resolve_model
from .segment import segment


def knowledge(options: Options) -> Knowledge:
    return load(options.actors, options.lexicon, options.issues)


def extract_document(doc: Document, kn: Knowledge, nlp: Any = None) -> Extraction:
    """Everything in one document; `nlp` (a trained spaCy pipeline) turns on the parser tier."""
    parse = parse_document(doc, nlp) if nlp is not None else None
    index = extract_actors(doc, kn, parse.persons() if parse else ())
    raw, unbalanced = scan_quotes(doc)
    refs = Referents(doc, index, kn, quoted=tuple((q.start, q.end) for q in raw))
    quotes, problems = extract_quotes(doc, kn, refs, raw, unbalanced, parse)
    reported = extract_reported(doc, kn, refs, quotes, parse)
    demands, proposals, others = extract_positions(doc, kn, refs, quotes + reported)
    return Extraction(document=doc, actors=index.actors, quotes=tuple(quotes + reported),
                      demands=tuple(demands), proposals=tuple(proposals), moves=tuple(others),
                      problems=doc.problems + tuple(problems))


RESERVED_IDS = frozenset({"index"})  # documents/index is the list of documents


def page_id(source: str, taken: set[str]) -> tuple[str, str]:
    """(wanted id, given id) for a seed path: URL-safe, unique among `taken` (which it joins)."""
    base = slugify(str(Path(source).with_suffix("")), fallback="article")
    return base, unique(base, taken)


def assign_ids(paths: list[Path], seeds_dir: Path) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Page ids from file names alone, over the whole sorted listing: the same folder gives the same
    ids on any machine and in any shard, whether or not another file can be read."""
    taken: set[str] = set(RESERVED_IDS)
    out, problems = [], []
    for path in sorted(paths):
        source = Path(path).relative_to(seeds_dir).as_posix()
        base, doc_id = page_id(source, taken)
        if doc_id != base:
            problems.append(Problem(source, f"its page id '{base}' is already used, published as '{doc_id}'",
                                    "rename the file"))
        out.append((Path(path), doc_id))
    return out, problems


def extract_file(path: Path, doc_id: str, options: Options) -> Extraction | Problem:
    """One article, start to finish: a pure function of its file, its page id and the options.

    This is the unit to hand to a distributed engine (see bench/dask_extract.py)."""
    article = read_article(Path(path), options.seeds_dir, options.max_article_mb)
    if isinstance(article, Problem):
        return article
    model = resolve_model(options.model)
    return extract_document(segment(article, doc_id), knowledge(options), pipeline(model) if model else None)


def shard_of(items: list, shard: tuple[int, int] | None) -> list:
    """Items I, I+N, I+2N … of the listing for shard (I, N)."""
    if shard is None:
        return items
    i, n = shard
    return items[i::n]


def iter_extractions(options: Options, paths: list[Path] | None = None, *, shard: tuple[int, int] | None = None,
                     problems: list[Problem] | None = None, progress: Callable[[int, int], None] | None = None,
                     workers: int | None = None) -> Iterator[Extraction]:
    """Extractions in listing order, one per readable article; problems go to `problems`.

    Cached results are reused (`.cache/`, keyed on the article, its page id, Parley's code and data,
    and the options); the rest is extracted on every core when there is enough of it.
    """
    problems = problems if problems is not None else []
    seeds_dir = options.seeds_dir
    whole_folder = paths is None
    if paths is None:
        paths, found = discover(seeds_dir)
        problems.extend(found)
    ids, id_problems = assign_ids(paths, seeds_dir)
    ids = shard_of(ids, shard)
    problems.extend(p for p in id_problems if any(p.source == Path(x).relative_to(seeds_dir).as_posix()
                                                  for x, _ in ids))
    model = resolve_model(options.model)
    cache = Cache(options, model)
    tasks: list[tuple[int, Path, bytes, str]] = []
    results: dict[int, Extraction] = {}
    keys: dict[int, str] = {}
    with _gc_paused():  # unpickling a thousand extractions otherwise triggers collection after collection
        for k, (path, doc_id) in enumerate(ids):
            raw = read_seed(path, seeds_dir, options.max_article_mb)
            if isinstance(raw, Problem):
                problems.append(raw)
                continue
            keys[k] = cache.key(raw, path.relative_to(seeds_dir).as_posix(), doc_id)
            hit = cache.get(keys[k])
            if hit is not None:
                results[k] = hit
            else:
                tasks.append((k, path, raw, doc_id))
    total, done = len(results) + len(tasks), len(results)
    if progress:
        progress(done, total)
    for k, ex in _run(tasks, options, model, workers):
        done += 1
        if progress:
            progress(done, total)
        if isinstance(ex, Problem):
            problems.append(ex)
            continue
        results[k] = ex
        cache.put(keys[k], ex)
    if whole_folder and shard is None:
        cache.prune(keep={keys[k] for k in results})
    for k in sorted(results):
        yield results[k]


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_WORKER: dict[str, Any] = {}


def _init_worker(options: Options, model: str | None) -> None:
    _WORKER["kn"] = knowledge(options)
    _WORKER["seeds_dir"] = options.seeds_dir
    _WORKER["nlp"] = pipeline(model) if model else None


def _work(task: tuple[int, Path, bytes, str]) -> tuple[int, Extraction | Problem]:
    k, path, raw, doc_id = task
    article = parse_article(raw, path, _WORKER["seeds_dir"])
    if isinstance(article, Problem):
        return k, article
    return k, extract_document(segment(article, doc_id), _WORKER["kn"], _WORKER["nlp"])


def _run(tasks, options: Options, model: str | None, workers: int | None) -> Iterator[tuple[int, Extraction]]:
    """Extract the tasks, in a process pool when there are enough of them and more than one core."""
    cores = workers if workers is not None else (os.cpu_count() or 1)
    if cores <= 1 or len(tasks) < PARALLEL_FROM:
        _init_worker(options, model)
        for task in tasks:
            yield _work(task)
        return
    import concurrent.futures
    import multiprocessing
    import threading
    from concurrent.futures.process import BrokenProcessPool

    # fork is fastest and needs no importable __main__ (stdin, notebooks), but forking a threaded
    # host (mkdocs serve runs a watcher and a web server) is unsafe: then a fork server or spawn.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        method = "fork"
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    done: set[int] = set()
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=cores, mp_context=multiprocessing.get_context(method),
                                                    initializer=_init_worker, initargs=(options, model)) as pool:
            for k, ex in pool.map(_work, tasks, chunksize=max(1, len(tasks) // (cores * 8))):
                done.add(k)
                yield k, ex
    except (BrokenProcessPool, OSError):
        # workers could not start here (e.g. spawn without an importable __main__): go on in-process
        _init_worker(options, model)
        for task in tasks:
            if task[0] not in done:
                yield _work(task)


PARALLEL_FROM = 48  # below this many articles a pool costs more than it saves


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

    def _path(self, key: str) -> Path:
        assert self.dir is not None
        return self.dir / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Extraction | None:
        if self.dir is None:
            return None
        try:
            ex = pickle.loads(self._path(key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None
        return ex if isinstance(ex, Extraction) else None

    def put(self, key: str, ex: Extraction) -> None:
        if self.dir is None:
            return
        try:
            write_atomic(self._path(key), pickle.dumps(ex, protocol=4))
        except OSError:
            pass  # a cache that cannot be written only costs speed

    def prune(self, keep: set[str]) -> None:
        """After a run over the whole folder, forget articles that are gone or changed."""
        if self.dir is None or not self.dir.is_dir():
            return
        for f in self.dir.glob("*/*.pickle"):
            if f.stem not in keep:
                try:
                    f.unlink()
                except OSError:
                    pass


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


def extract_corpus(options: Options, paths: list[Path] | None = None, *,
                   progress: Callable[[int, int], None] | None = None, workers: int | None = None) -> Corpus:
    """Everything Parley knows about a seeds folder (or the given files within it)."""
    problems: list[Problem] = []
    extractions = list(iter_extractions(options, paths, problems=problems, progress=progress, workers=workers))
    return corpus_of(extractions, problems, options)


def corpus_from_jsonl(files: list[Path], options: Options) -> Corpus:
    """The corpus of documents extracted before (`parley extract --jsonl`), for `build --from`."""
    from .export import read_jsonl

    extractions, problems = read_jsonl(files)
    return corpus_of(extractions, problems, options)


def corpus_of(extractions: list[Extraction], problems: list[Problem], options: Options) -> Corpus:
    kn = knowledge(options)
    corpus = aggregate(extractions, problems)
    return dataclasses.replace(corpus, issues=tuple((i.id, i.label) for i in kn.issues))
