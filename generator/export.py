"""The JSON contract (schema_version 1) and CSV exports, written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from . import __version__
from .model import Actor, Corpus, Document, Extraction, Mention, Move, Problem, Quote, Section, Sentence

SCHEMA_VERSION = 1


def document_record(ex: Extraction) -> dict[str, Any]:
    doc = ex.document
    return {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "date": doc.date,
        "url": doc.url,
        "publisher": doc.publisher,
        "tags": list(doc.tags),
        "text": doc.text,
        "sections": [{"heading": s.heading, "paragraphs": [list(p) for p in s.paragraphs]} for s in doc.sections],
        "sentences": [_flat(s) for s in doc.sentences],
        "actors": [{**_flat(a), "aliases": list(a.aliases), "mentions": [_flat(m) for m in a.mentions]}
                   for a in ex.actors],
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
    return json.dumps({"schema_version": SCHEMA_VERSION, **document_record(ex)}, ensure_ascii=False,
                      sort_keys=False, separators=(",", ":")) + "\n"


def extraction_from_record(rec: dict[str, Any]) -> Extraction:
    """The inverse of `document_record`: a document extracted elsewhere, back as frozen data."""
    problems = tuple(Problem(**p) for p in rec.get("problems", []))
    doc = Document(
        id=rec["id"], source=rec["source"], title=rec["title"], date=rec.get("date"), text=rec["text"],
        sections=tuple(Section(s["heading"], tuple(tuple(p) for p in s["paragraphs"])) for s in rec["sections"]),
        sentences=tuple(Sentence(**s) for s in rec["sentences"]), url=rec.get("url"),
        publisher=rec.get("publisher"), tags=tuple(rec.get("tags", ())),
        problems=tuple(p for p in problems if p.source == rec["source"]))
    actors = tuple(Actor(**{**a, "aliases": tuple(a["aliases"]), "mentions": tuple(Mention(**m) for m in a["mentions"])})
                   for a in rec["actors"])

    def move(m: dict[str, Any], kind: str | None) -> Move:
        m = dict(m)
        m.setdefault("type", kind)
        return Move(**{**m, "issues": tuple(m["issues"]), "actors": tuple(m.get("actors", ()))})

    return Extraction(document=doc, actors=actors, quotes=tuple(Quote(**q) for q in rec["quotes"]),
                      demands=tuple(move(m, "demand") for m in rec["demands"]),
                      proposals=tuple(move(m, "proposal") for m in rec["proposals"]),
                      moves=tuple(move(m, None) for m in rec.get("moves", [])), problems=problems)


def read_jsonl(paths: list[Path]) -> tuple[list[Extraction], list[Problem]]:
    """Documents from JSON Lines files; a bad line is a problem, not a crash."""
    out: list[Extraction] = []
    problems: list[Problem] = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    if rec.get("schema_version") != SCHEMA_VERSION:
                        raise ValueError(f"schema_version {rec.get('schema_version')!r}, expected {SCHEMA_VERSION}")
                    out.append(extraction_from_record(rec))
                except (ValueError, KeyError, TypeError) as exc:
                    problems.append(Problem(Path(path).name, f"line {n} is not a Parley document ({exc})",
                                            "re-extract it with `parley extract --jsonl`", line=n))
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
        "actors": [{**_flat(a), "aliases": list(a.aliases), "documents": list(a.documents)}
                   for a in corpus.actors],
        "warnings": [str(p) for p in corpus.problems],
    }


def to_json(corpus: Corpus, compact: bool = False) -> str:
    """The corpus as JSON; `compact` (the site's download) drops the indentation, a third of the size."""
    if compact:
        return json.dumps(corpus_record(corpus), ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(corpus_record(corpus), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """Spreadsheet-safe: a cell that could start a formula is prefixed with a quote."""
    text = "" if value is None else (";".join(value) if isinstance(value, (list, tuple)) else str(value))
    return "'" + text if text.startswith(_CSV_FORMULA) else text


def to_csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buf.getvalue()


def csv_exports(corpus: Corpus) -> dict[str, str]:
    quotes, demands, proposals, moves = [], [], [], []
    for ex in corpus.extractions:
        for q in ex.quotes:
            quotes.append({"document": ex.document.id, **_flat(q)})
        for rows, items in ((demands, ex.demands), (proposals, ex.proposals), (moves, ex.all_moves)):
            for m in items:
                rows.append({"document": ex.document.id, "date": ex.document.date, **_flat(m)})
    q_cols = ["document", "id", "kind", "speaker", "speaker_id", "text", "cue", "sentence", "start", "end"]
    m_cols = ["document", "id", "actor", "actor_id", "target_id", "text", "issues", "cue", "cameo", "sentence",
              "start", "end"]
    return {"quotes.csv": to_csv(quotes, q_cols), "demands.csv": to_csv(demands, m_cols),
            "proposals.csv": to_csv(proposals, m_cols),
            "moves.csv": to_csv(moves, ["document", "date", "type"] + m_cols[1:])}


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write to a temporary file beside `path`, then rename: never a truncated file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
