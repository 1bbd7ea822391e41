"""The whole program as a table of contents: read → segment → extract → aggregate.

`extract_document` is a pure function of one file and the options; `extract_corpus` runs it over
a seeds folder. Rendering and writing happen elsewhere (render.py, export.py, plugin.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .aggregate import aggregate
from .cache import Cache
from .config import Options
from .duplicates import find_duplicates
from .extract.actors import extract_actors
from .extract.knowledge import Knowledge, load
from .extract.positions import extract_positions
from .extract.quotes import extract_quotes, extract_reported, scan_quotes
from .extract.speakers import Referents
from .extract.syntax import parse_document
from .ids import SECTION_PAGES, Taken, slugify, unique
from .ingest import discover, failure, parse_article, read_article, read_seed, source_of
from .model import Article, Corpus, Document, Extraction, Problem
from .nlp import pipeline, resolve_model
from .segment import segment


def knowledge(options: Options) -> Knowledge:
    return load(options.actors, options.lexicon, options.issues)


def extract_document(doc: Document, kn: Knowledge, nlp: Any = None) -> Extraction:
    """Everything in one document; `nlp` (a trained spaCy pipeline) turns on the parser tier."""
    parse = parse_document(doc, nlp) if nlp is not None else None
    raw, unbalanced = scan_quotes(doc)
    index = extract_actors(
        doc, kn, parse.persons() if parse else (), quoted=tuple((q.start, q.end) for q in raw)
    )
    refs = Referents(doc, index, kn, quoted=tuple((q.start, q.end) for q in raw))
    quotes, problems = extract_quotes(doc, kn, refs, raw, unbalanced, parse)
    reported = extract_reported(doc, kn, refs, quotes, parse)
    demands, proposals, others = extract_positions(doc, kn, refs, quotes + reported, parse)
    return Extraction(
        document=doc,
        actors=index.actors,
        quotes=tuple(quotes + reported),
        demands=tuple(demands),
        proposals=tuple(proposals),
        moves=tuple(others),
        problems=doc.problems + tuple(problems),
    )


RESERVED_IDS = SECTION_PAGES["documents"]  # documents/index is the list of documents


def page_id(source: str, taken: set[str]) -> tuple[str, str]:
    """(wanted id, given id) for a seed path: URL-safe, unique among `taken` (which it joins)."""
    base = slugify(str(Path(source).with_suffix("")), fallback="article")  # never empty: hashed
    return base, unique(base, taken)


def assign_ids(paths: list[Path], seeds_dir: Path) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Page ids from file names alone, over the whole sorted listing: the same folder gives the same
    ids on any machine and in any shard, whether or not another file can be read."""
    taken = Taken(RESERVED_IDS)  # linear: each wanted id remembers its last suffix
    out, problems = [], []
    for path in sorted(paths):
        source = source_of(path, seeds_dir)
        base, doc_id = page_id(source, taken)
        if doc_id != base:
            problems.append(
                Problem(
                    source,
                    f"its page id '{base}' is already used, published as '{doc_id}'",
                    "rename the file",
                )
            )
        out.append((path if isinstance(path, Path) else Path(path), doc_id))
    return out, problems


def extract_file(path: Path, doc_id: str, options: Options) -> Extraction | Problem:
    """One article, start to finish: a pure function of its file, its page id and the options.

    This is the unit to hand to a distributed engine (see bench/dask_extract.py)."""
    article = read_article(Path(path), options.seeds_dir, options.max_article_mb)
    if isinstance(article, Problem):
        return article
    model = resolve_model(options.model)
    return extract_article(article, doc_id, knowledge(options), pipeline(model) if model else None)


def extract_article(
    article: Article, doc_id: str, kn: Knowledge, nlp: Any = None
) -> Extraction | Problem:
    """`extract_document` on one article, where an unexpected exception is that article's
    `Problem` (naming it, with the exception), not the end of the build for every other one."""
    try:
        return extract_document(segment(article, doc_id), kn, nlp)
    except Exception as exc:  # noqa: BLE001 — the per-document boundary
        return Problem(
            article.source,
            f"extraction failed ({failure(exc)}), skipped",
            "report this as a Parley bug, with the file if you can share it",
        )


def shard_of(items: list, shard: tuple[int, int] | None) -> list:
    """Items I, I+N, I+2N … of the listing for shard (I, N)."""
    if shard is None:
        return items
    i, n = shard
    return items[i::n]


def iter_extractions(
    options: Options,
    paths: list[Path] | None = None,
    *,
    shard: tuple[int, int] | None = None,
    problems: list[Problem] | None = None,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> Iterator[Extraction]:
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
    sources = [source_of(x, seeds_dir) for x, _ in ids]
    in_shard = set(sources)
    problems.extend(p for p in id_problems if p.source in in_shard)
    model = resolve_model(options.model)
    cache = Cache(options, model)
    tasks: list[
        tuple[int, Path, bytes, str, str]
    ] = []  # listing index, path, bytes, page id, cache key
    results: dict[int, Extraction] = {}
    keys: dict[int, str] = {}
    with (
        _gc_paused()
    ):  # unpickling a thousand extractions otherwise triggers collection after collection
        for k, (path, doc_id) in enumerate(ids):
            raw = read_seed(path, seeds_dir, options.max_article_mb)
            if isinstance(raw, Problem):
                problems.append(raw)
                continue
            keys[k] = cache.key(raw, sources[k], doc_id)
            hit = cache.get(keys[k])
            if hit is not None:
                results[k] = hit
            else:
                tasks.append((k, path, raw, doc_id, keys[k]))
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
        results[k] = ex  # keyed and cached by the worker
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


def _init_worker(options: Options, model: str | None, parent: int | None = None) -> None:
    """Set up extraction in this process; in a pool worker (`parent`: the pid expected as its
    parent, 0 for whichever it has now) also make it end when that parent does."""
    from .cache import Memo

    if parent is not None:
        _exit_with_parent(parent or os.getppid())
    _WORKER["kn"] = knowledge(options)
    _WORKER["seeds_dir"] = options.seeds_dir
    _WORKER["nlp"] = pipeline(model) if model else None
    _WORKER["cache"] = Cache(options, model)
    _WORKER["memo"] = Memo(options.cache_dir)


def _work(task: tuple[int, Path, bytes, str, str]) -> tuple[int, Extraction | Problem]:
    """One article, extracted and cached; with its parts of the JSON and CSV downloads, which
    depend on it alone, made here too (on every core, not one by one in the build's process)."""
    from .export import keep_outputs

    k, path, raw, doc_id, key = task
    article = parse_article(raw, path, _WORKER["seeds_dir"])
    if isinstance(article, Problem):
        return k, article
    ex = extract_article(article, doc_id, _WORKER["kn"], _WORKER["nlp"])
    if isinstance(ex, Problem):
        return k, ex
    if key:
        ex = dataclasses.replace(ex, key=key)
        _WORKER["cache"].put(key, ex)
        keep_outputs(ex, _WORKER["memo"])
    return k, ex


def _exit_with_parent(parent: int) -> None:
    """A pool worker whose parent is killed would wait on its task queue forever, holding its memory
    (other workers keep the queue open): on Linux the kernel sends it SIGTERM when the parent dies;
    everywhere, a thread ends it once it has been handed to another parent."""
    import signal
    import sys
    import threading

    signal.signal(
        signal.SIGTERM, signal.SIG_DFL
    )  # a host's handler, inherited by fork, must not keep it
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(
                1, signal.SIGTERM, 0, 0, 0
            )  # 1: PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass  # no prctl here: the thread below does it
    if os.getppid() != parent:  # the parent died before this worker could watch it
        os._exit(1)
    threading.Thread(
        target=_watch_parent, args=(parent,), name="parley-parent", daemon=True
    ).start()


def _watch_parent(parent: int, every: float = 1.0) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _run(
    tasks, options: Options, model: str | None, workers: int | None
) -> Iterator[tuple[int, Extraction | Problem]]:
    """Extract the tasks, in a process pool when there are enough of them and more than one core."""
    if not tasks:
        return
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
    # a fork server's children have it as their parent (it ends when this process does)
    parent = 0 if method == "forkserver" else os.getpid()
    try:
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=cores,
            mp_context=multiprocessing.get_context(method),
            initializer=_init_worker,
            initargs=(options, model, parent),
        ) as pool:
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


def extract_corpus(
    options: Options,
    paths: list[Path] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> Corpus:
    """Everything Parley knows about a seeds folder (or the given files within it)."""
    problems: list[Problem] = []
    extractions = list(
        iter_extractions(options, paths, problems=problems, progress=progress, workers=workers)
    )
    return corpus_of(extractions, problems, options)


def corpus_from_jsonl(files: list[Path], options: Options) -> Corpus:
    """The corpus of documents extracted before (`parley extract --jsonl`), for `build --from`."""
    from .export import read_jsonl

    extractions, problems = read_jsonl(files)
    return corpus_of(extractions, problems, options)


def corpus_of(
    extractions: list[Extraction],
    problems: list[Problem],
    options: Options,
    *,
    drop_duplicates: bool = True,
) -> Corpus:
    """The corpus of the extracted documents; copies of another document (duplicates.py) are left
    out, each with a notice, unless `drop_duplicates` is off (`parley extract`: every file)."""
    kn = knowledge(options)
    copies: tuple = ()
    if drop_duplicates:
        extractions, copies, notes = find_duplicates(extractions)
        problems = list(problems) + notes
    corpus = aggregate(extractions, problems)
    return dataclasses.replace(
        corpus,
        issues=tuple((i.id, i.label) for i in kn.issues),
        move_types=kn.move_types,
        duplicates=copies,
    )
