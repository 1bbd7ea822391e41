"""Extract a corpus on Dask: the same JSON as `parley extract`, computed as a Dask bag.

    pip install 'parley[dask]'
    python bench/dask_extract.py SEEDS_DIR -o corpus.json [--jsonl parts.jsonl] [--scheduler
processes]

Extraction of one article is a pure function of its file, its page id and the options
(`generator.pipeline.extract_file`), so any engine that can map a function over a list can run it:
here a Dask bag over the (path, page id) listing. Page ids come from the whole listing first, so a
document gets the same id whichever worker extracts it. Point `--scheduler` at a distributed
cluster (`dask.distributed.Client(...)`) to go past one machine; the local schedulers
("sync", "threads", "processes") need nothing else.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import Options  # noqa: E402
from generator.export import jsonl_line, to_json, write_atomic  # noqa: E402
from generator.ingest import discover  # noqa: E402
from generator.model import Problem  # noqa: E402
from generator.pipeline import assign_ids, corpus_of, extract_file  # noqa: E402


def extract_with_dask(
    options: Options, scheduler: str = "processes", partitions: int | None = None
):
    """(extractions in listing order, problems) computed by a Dask bag."""
    import dask.bag as db

    paths, problems = discover(options.seeds_dir)
    ids, id_problems = assign_ids(paths, options.seeds_dir)
    problems += id_problems
    bag = db.from_sequence(
        [(str(p), i) for p, i in ids], npartitions=partitions or max(1, min(len(ids), 64))
    )
    results = bag.map(lambda item: extract_file(Path(item[0]), item[1], options)).compute(
        scheduler=scheduler
    )
    extractions = [r for r in results if not isinstance(r, Problem)]
    problems += [r for r in results if isinstance(r, Problem)]
    return extractions, problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seeds", type=Path)
    ap.add_argument(
        "-o", "--output", type=Path, required=True, help="the corpus JSON (as `parley extract`)"
    )
    ap.add_argument(
        "--jsonl", type=Path, help="also the documents as JSON Lines (for `parley build --from`)"
    )
    ap.add_argument("--model", default="auto")
    ap.add_argument(
        "--scheduler",
        default="processes",
        help="sync | threads | processes (local Dask schedulers)",
    )
    args = ap.parse_args()
    options = Options(seeds_dir=args.seeds, model=args.model)
    extractions, problems = extract_with_dask(options, args.scheduler)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    write_atomic(
        args.output, to_json(corpus_of(extractions, problems, options, drop_duplicates=False))
    )
    if args.jsonl:
        write_atomic(args.jsonl, "".join(jsonl_line(ex) for ex in extractions))


if __name__ == "__main__":
    main()
