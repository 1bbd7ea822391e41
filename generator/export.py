"""The JSON contract (schema_version 1) and CSV exports, written atomically."""

from __future__ import annotations

import csv
import dataclasses
import errno
import io
import json
import os
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .aggregate import type_table
from .ids import is_id
from .model import (
    Actor,
    Corpus,
    Document,
    Extraction,
    Mention,
    Move,
    Problem,
    Quote,
    Section,
    Sentence,
)

SCHEMA_VERSION = 1
SCHEMA_FILE = "parley.schema.json"  # the contract as JSON Schema (draft 2020-12), in generator/data


def json_schema() -> str:
    """The JSON Schema of what `to_json` writes (each `jsonl_line` is its `#/$defs/document_line`),
    as shipped in the package; the site publishes it beside parley.json."""
    return resources.files("generator.data").joinpath(SCHEMA_FILE).read_text("utf-8")


def document_record(ex: Extraction) -> dict[str, Any]:
    doc = ex.document
    return {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "date": doc.date,
        "date_source": doc.date_source,
        "url": doc.url,
        "publisher": doc.publisher,
        **({"author": doc.author} if doc.author else {}),  # only when the article names one
        "tags": list(doc.tags),
        "negotiation": doc.negotiation,
        "text": doc.text,
        "sections": [
            {"heading": s.heading, "paragraphs": [list(p) for p in s.paragraphs]}
            for s in doc.sections
        ],
        "sentences": [_flat(s) for s in doc.sentences],
        "actors": [
            {**_flat(a), "aliases": list(a.aliases), "mentions": [_flat(m) for m in a.mentions]}
            for a in ex.actors
        ],
        "quotes": [_flat(q) for q in ex.quotes],
        "demands": [_move(m) for m in ex.demands],
        "proposals": [_move(m) for m in ex.proposals],
        "moves": [_move(m, keep_type=True) for m in ex.moves],
        "warnings": [str(p) for p in ex.problems],
        "problems": [_flat(p) for p in ex.problems],
    }


def _flat(obj: Any) -> dict[str, Any]:
    """A flat frozen dataclass as a dict (tuples stay tuples; JSON writes them as lists).
    `dataclasses.asdict` deep-copies, which costs more than the rest of the export together."""
    return dict(vars(obj))


def jsonl_line(ex: Extraction) -> str:
    """One document as one line of JSON Lines (`parley extract --jsonl`)."""
    return (
        json.dumps(
            {"schema_version": SCHEMA_VERSION, **document_record(ex)},
            ensure_ascii=False,
            sort_keys=False,
            separators=(",", ":"),
        )
        + "\n"
    )


class BadId(ValueError):
    """An id in a record that is not the shape of a Parley id: it would become a page path or an
    anchor, so the record is refused (`../x` must not write outside the site)."""


def _check_ids(rec: dict[str, Any]) -> None:
    """Every id of a record that becomes a path or an anchor has the shape Parley gives ids
    (ids.ID_SHAPE: lowercase letters, digits, single hyphens), and every sentence it refers to is
    one of the document's."""

    def check(what: str, value: Any, optional: bool = False) -> None:
        if not (optional and value is None) and not is_id(value):
            raise BadId(f"{what} {value!r} is not a valid id")

    check("document id", rec.get("id"))
    sentences = set()
    for s in rec.get("sentences", ()):
        check("sentence id", s.get("id"))
        sentences.add(s["id"])

    def sentence(what: str, sid: Any) -> None:
        check(what, sid)
        if sid not in sentences:
            raise BadId(f"{what} {sid!r} is not one of the document's sentences")

    for section in rec.get("sections", ()):
        for para in section.get("paragraphs", ()):
            for sid in para:
                sentence("paragraph sentence", sid)
    for a in rec.get("actors", ()):
        check("actor id", a.get("id"))
        check("party id", a.get("party"), optional=True)
        for m in a.get("mentions", ()):
            sentence("mention sentence", m.get("sentence"))
    for q in rec.get("quotes", ()):
        check("speaker id", q.get("speaker_id"), optional=True)
        sentence("quote sentence", q.get("sentence"))
    for m in [*rec.get("demands", ()), *rec.get("proposals", ()), *rec.get("moves", ())]:
        check("actor id", m.get("actor_id"), optional=True)
        check("target id", m.get("target_id"), optional=True)
        for aid in m.get("actors", ()):
            check("actor id", aid)
        sentence("move sentence", m.get("sentence"))


def extraction_from_record(rec: dict[str, Any]) -> Extraction:
    """The inverse of `document_record`: a document extracted elsewhere, back as frozen data.
    Raises BadId for an id that could not be a page name or an anchor."""
    _check_ids(rec)
    problems = tuple(Problem(**p) for p in rec.get("problems", []))
    doc = Document(
        id=rec["id"],
        source=rec["source"],
        title=rec["title"],
        date=rec.get("date"),
        text=rec["text"],
        sections=tuple(
            Section(s["heading"], tuple(tuple(p) for p in s["paragraphs"])) for s in rec["sections"]
        ),
        sentences=tuple(Sentence(**s) for s in rec["sentences"]),
        url=rec.get("url"),
        publisher=rec.get("publisher"),
        tags=tuple(rec.get("tags", ())),
        date_source=rec.get("date_source"),
        negotiation=_text_or_none(rec.get("negotiation")),
        author=_text_or_none(rec.get("author")),
        problems=tuple(p for p in problems if p.source == rec["source"]),
    )
    actors = tuple(
        Actor(
            **{
                **a,
                "aliases": tuple(a["aliases"]),
                "mentions": tuple(Mention(**m) for m in a["mentions"]),
            }
        )
        for a in rec["actors"]
    )

    def move(m: dict[str, Any], kind: str | None) -> Move:
        m = dict(m)
        m.setdefault("type", kind)
        return Move(**{**m, "issues": tuple(m["issues"]), "actors": tuple(m.get("actors", ()))})

    return Extraction(
        document=doc,
        actors=actors,
        quotes=tuple(Quote(**q) for q in rec["quotes"]),
        demands=tuple(move(m, "demand") for m in rec["demands"]),
        proposals=tuple(move(m, "proposal") for m in rec["proposals"]),
        moves=tuple(move(m, None) for m in rec.get("moves", [])),
        problems=problems,
    )


def _text_or_none(value: Any) -> str | None:
    """A record's optional text field: text, or None for anything else."""
    return value if isinstance(value, str) and value.strip() else None


def read_jsonl(paths: list[Path]) -> tuple[list[Extraction], list[Problem]]:
    """Documents from JSON Lines files; a bad line is a problem, not a crash, and so is a document
    whose id was read before (the first is kept: one page each)."""
    out: list[Extraction] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}  # document id → where it was read
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    if rec.get("schema_version") != SCHEMA_VERSION:
                        raise ValueError(
                            f"schema_version {rec.get('schema_version')!r}, expected "
                            f"{SCHEMA_VERSION}"
                        )
                    ex = extraction_from_record(rec)
                    if ex.document.id in seen:
                        problems.append(
                            Problem(
                                Path(path).name,
                                f"document id '{ex.document.id}' was read before, "
                                f"from {seen[ex.document.id]}; this copy is skipped",
                                "build each document from one shard only",
                                line=n,
                            )
                        )
                        continue
                    seen[ex.document.id] = f"{Path(path).name}:{n}"
                    out.append(ex)
                except BadId as exc:
                    problems.append(
                        Problem(
                            Path(path).name, str(exc), "re-run `parley extract --jsonl`", line=n
                        )
                    )
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    problems.append(
                        Problem(
                            Path(path).name,
                            f"line {n} is not a Parley document ({exc})",
                            "re-extract it with `parley extract --jsonl`",
                            line=n,
                        )
                    )
    return out, problems


def _move(m, keep_type: bool = False) -> dict[str, Any]:
    d = _flat(m)
    d["issues"] = list(m.issues)
    d["actors"] = list(m.actors)
    if not keep_type:
        d.pop("type")
    return d


def corpus_record(corpus: Corpus) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"parley {__version__}",
        "documents": [document_record(ex) for ex in corpus.extractions],
        "actors": [
            {**_flat(a), "aliases": list(a.aliases), "documents": list(a.documents)}
            for a in corpus.actors
        ],
        "warnings": [str(p) for p in corpus.problems],
    }


def to_json(corpus: Corpus, compact: bool = False, memo: Any = None) -> str:
    """The corpus as JSON; `compact` (the site's download) drops the indentation, a third of the
    size.

    With a `memo` (cache.Memo), each document's part of the compact JSON is kept between builds."""
    if not compact:
        return (
            json.dumps(corpus_record(corpus), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
        )
    if memo is None:
        return json.dumps(corpus_record(corpus), ensure_ascii=False, separators=(",", ":")) + "\n"
    parts = []
    for ex in corpus.extractions:
        part = memo.get("json", (ex.key,))
        if not isinstance(part, str):
            part = _json_part(ex, memo)
        parts.append(part)
    rest = corpus_record(dataclasses.replace(corpus, extractions=()))
    head = _compact({k: rest[k] for k in ("schema_version", "generator")})
    tail = _compact({k: rest[k] for k in ("actors", "warnings")})
    # the same bytes as dumping the whole record at once (tested)
    return f'{head[:-1]},"documents":[{",".join(parts)}],{tail[1:]}\n'


def _json_part(ex: Extraction, memo: Any) -> str:
    part = _compact(document_record(ex))
    memo.put("json", (ex.key,), part)
    return part


def keep_outputs(ex: Extraction, memo: Any) -> None:
    """Make and keep one document's parts of the JSON and CSV downloads (as `to_json` and
    `csv_exports` would), where it was extracted: a build then only joins them."""
    if memo is not None and memo.dir is not None and ex.key:
        _json_part(ex, memo)
        page = document_page(
            ex.document.id
        )  # the usual address; a build with another makes its own
        memo.put("csv", (ex.key, page), _csv_rows(ex, page))


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_CSV_FIRST = frozenset(_CSV_FORMULA)


def _cell(value: Any) -> Any:
    """Spreadsheet-safe: a cell that could start a formula is prefixed with a quote."""
    kind = value.__class__
    if kind is str:
        text = value
    elif value is None:
        return ""
    elif isinstance(value, int):
        return value
    else:
        text = ";".join(value) if isinstance(value, (list, tuple)) else str(value)
    return "'" + text if text and text[0] in _CSV_FIRST else text


# Every row: its document's date, title and url, and the evidence link (the sentence's address,
# relative to the site root). Text cells are quoted, numbers not: codes ("057") stay text.
DOC_COLUMNS = ["document", "date", "title", "url"]
Q_COLUMNS = [
    *DOC_COLUMNS,
    "id",
    "kind",
    "speaker",
    "speaker_id",
    "text",
    "cue",
    "sentence",
    "start",
    "end",
    "evidence",
]
M_COLUMNS = [
    *DOC_COLUMNS,
    "id",
    "actor",
    "actor_id",
    "target_id",
    "text",
    "issues",
    "cue",
    "cameo",
    "sentence",
    "start",
    "end",
    "evidence",
]


CSV_COLUMNS = {
    "quotes.csv": Q_COLUMNS,
    "demands.csv": M_COLUMNS,
    "proposals.csv": M_COLUMNS,
    "moves.csv": [*DOC_COLUMNS, "type", *M_COLUMNS[len(DOC_COLUMNS) :]],
}


TYPE_COLUMNS = ["type", "label", "plural", "cameo", "symbol"]


def csv_exports(
    corpus: Corpus,
    memo: Any = None,
    directory_urls: bool = True,
    pages: dict[str, str] | None = None,
) -> dict[str, str]:
    """quotes.csv, demands.csv, proposals.csv and moves.csv, and move_types.csv (what moves.csv's
    `type` stands for); with a `memo` (cache.Memo), each document's rows are kept between builds.
    `pages`: document id → the name of its page where that is not the id (render.page_names)."""
    chunks: dict[str, list[str]] = {
        name: [_csv_body([tuple(cols)])] for name, cols in CSV_COLUMNS.items()
    }
    for ex in corpus.extractions:
        page = document_page(ex.document.id, directory_urls, pages)
        rows = memo.get("csv", (ex.key, page)) if memo is not None else None
        if not isinstance(rows, dict):
            rows = _csv_rows(ex, page)
            if memo is not None:
                memo.put("csv", (ex.key, page), rows)
        for name, text in rows.items():
            chunks[name].append(text)
    out = {name: "".join(parts) for name, parts in chunks.items()}
    return {**out, "move_types.csv": move_types_csv(corpus)}


def document_page(
    doc_id: str, directory_urls: bool = True, pages: dict[str, str] | None = None
) -> str:
    """The address of a document's page relative to the site root, as MkDocs makes it
    (render.page_url of documents/<name>.md; a document page is never an index)."""
    name = (pages or {}).get(doc_id, doc_id)
    return f"documents/{name}/" if directory_urls else f"documents/{name}.html"


def move_types_csv(corpus: Corpus) -> str:
    """The move types table, in its order, with any other type the moves have (CAMEO codes as
    text)."""
    types = type_table(corpus)
    rows = [
        (t.id, t.label, t.plural, t.cameo, t.symbol)
        for t in map(
            types.__getitem__,
            types.order(m.type for ex in corpus.extractions for m in ex.all_moves),
        )
    ]
    return _csv_body([tuple(TYPE_COLUMNS), *rows])


def _csv_rows(ex: Extraction, page: str) -> dict[str, str]:
    """One document's rows of each CSV file (no header); `page`: its page's address
    (document_page)."""
    d = ex.document
    doc = (d.id, d.date, d.title, d.url)
    quotes = [
        (
            *doc,
            q.id,
            q.kind,
            q.speaker,
            q.speaker_id,
            q.text,
            q.cue,
            q.sentence,
            q.start,
            q.end,
            f"{page}#{q.sentence}",
        )
        for q in ex.quotes
    ]

    def move(m: Move, *kind: str) -> tuple:
        return (
            *doc,
            *kind,
            m.id,
            m.actor,
            m.actor_id,
            m.target_id,
            m.text,
            m.issues,
            m.cue,
            m.cameo,
            m.sentence,
            m.start,
            m.end,
            f"{page}#{m.sentence}",
        )

    demands, proposals = ([move(m) for m in items] for items in (ex.demands, ex.proposals))
    moves = [move(m, m.type) for m in ex.all_moves]
    return {
        name: _csv_body(rows)
        for name, rows in (
            ("quotes.csv", quotes),
            ("demands.csv", demands),
            ("proposals.csv", proposals),
            ("moves.csv", moves),
        )
    }


def _csv_body(rows: list[tuple]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC).writerows(
        [_cell(v) for v in row] for row in rows
    )
    return buf.getvalue()


def write_atomic(path: Path, content: str | bytes, durable: bool = True) -> None:
    """Write to a temporary file beside `path`, then rename: never a truncated file. `durable`
    also flushes it to disk first (exports do; cache entries, which can be remade, do not).

    A `path` that exists and is not a regular file (/dev/stdout, a pipe, a device) is written
    straight into: a rename would put a file in the device's place. An OSError names `path`."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if os.path.exists(path) and not os.path.isfile(path):
            _write_into(path, data)
        else:
            _write_beside(path, data, durable)
    except OSError as exc:
        if exc.filename == str(path):
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc


def _write_into(path: Path, data: bytes) -> None:
    # non-blocking open: a pipe nobody reads is an error (ENXIO), not a build that hangs
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0))
    os.set_blocking(fd, True)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _write_beside(path: Path, data: bytes, durable: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


_FIXES = {
    errno.ENOSPC: "free some space on that disk",
    errno.EDQUOT: "free some space within your quota",
    errno.EACCES: "make it writable",
    errno.EPERM: "make it writable",
    errno.EROFS: "make it writable",
    errno.ENOTDIR: "part of that path is a file, not a folder: move the file",
    errno.EEXIST: "part of that path is a file, not a folder: move the file",
    errno.EISDIR: "that is a folder: name a file",
}


def check_writable(folder: Path) -> None:
    """Raise the OSError a write into `folder` would raise (made if missing): so an unwritable or
    full output folder is found before anything is built into it."""
    probe = Path(folder) / ".parley-write-check"
    Path(folder).mkdir(parents=True, exist_ok=True)
    probe.write_bytes(b"parley")
    probe.unlink()


def os_failure(exc: OSError, elsewhere: str) -> str:
    """One line for an OSError at the boundary: `<path>: <what failed>; <how to fix>`."""
    # a copy or a rename names its source first and the path it failed to write second
    where = next((f for f in (exc.filename2, exc.filename) if f is not None), "standard output")
    fix = _FIXES.get(exc.errno or 0, "check that path")
    return f"{where}: {exc.strerror or exc}; {fix} or {elsewhere}"
