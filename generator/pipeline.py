"""The whole program as a table of contents: read → segment → extract → aggregate.

`extract_document` is a pure function of one file and the options; `extract_corpus` runs it over
a seeds folder. Rendering and writing happen elsewhere (render.py, export.py, plugin.py).
"""

from __future__ import annotations

import dataclasses

from pathlib import Path
from typing import Any

from .aggregate import aggregate
from .config import Options
from .extract.actors import extract_actors
from .extract.knowledge import Knowledge, load
from .extract.positions import extract_positions
from .extract.quotes import extract_quotes, extract_reported, scan_quotes
from .extract.speakers import Referents
from .extract.syntax import parse_document
from .ids import slugify, unique
from .ingest import discover, read_article
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


def read_documents(paths: list[Path], seeds_dir: Path, max_mb: float = 5) -> tuple[list[Document], list[Problem]]:
    """Read and segment files; page ids are unique (a clash gets a suffix and a warning)."""
    problems: list[Problem] = []
    docs: list[Document] = []
    taken: set[str] = set(RESERVED_IDS)
    for path in paths:
        article = read_article(path, seeds_dir, max_mb)
        if isinstance(article, Problem):
            problems.append(article)
            continue
        base, doc_id = page_id(article.source, taken)
        if doc_id != base:
            problems.append(Problem(article.source, f"its page id '{base}' is already used, published as '{doc_id}'",
                                    "rename the file"))
        docs.append(segment(article, doc_id))
    return docs, problems


RESERVED_IDS = frozenset({"index"})  # documents/index is the list of documents


def page_id(source: str, taken: set[str]) -> tuple[str, str]:
    """(wanted id, given id) for a seed path: URL-safe, unique among `taken` (which it joins)."""
    base = slugify(str(Path(source).with_suffix("")), fallback="article")
    return base, unique(base, taken)


def extract_corpus(options: Options, paths: list[Path] | None = None) -> Corpus:
    """Everything Parley knows about a seeds folder (or the given files within it)."""
    seeds_dir = options.seeds_dir
    problems: list[Problem] = []
    if paths is None:
        paths, problems = discover(seeds_dir)
    docs, read_problems = read_documents(paths, seeds_dir, options.max_article_mb)
    kn = knowledge(options)
    model = resolve_model(options.model)
    nlp = pipeline(model) if model else None  # the parser tier deepens the rules; blank works everywhere
    extractions = [extract_document(d, kn, nlp) for d in docs]
    corpus = aggregate(extractions, problems + read_problems)
    return dataclasses.replace(corpus, issues=tuple((i.id, i.label) for i in kn.issues))
