"""Extraction throughput in words per second, per tier, next to spaCy's own floor.

    python bench/throughput.py [FOLDER] [--repeat N] [--json OUT]

Reads the articles of FOLDER (default: seeds/), then times on one core, over the same texts:
- floor: spaCy's blank English tokenizer + sentencizer (what Parley's segmentation runs);
- blank: Parley's segmentation + extraction with no trained model;
- parser: the same with the first installed trained English pipeline (skipped when none).
Each stage runs over the corpus REPEAT times and the best pass counts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.extract.knowledge import load  # noqa: E402
from generator.ingest import discover, read_article  # noqa: E402
from generator.model import Article  # noqa: E402
from generator.nlp import pipeline, resolve_model  # noqa: E402
from generator.pipeline import extract_document  # noqa: E402
from generator.segment import segment  # noqa: E402


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", dest="json_out")
    args = ap.parse_args()
    folder = Path(args.folder)
    paths, _ = discover(folder)
    articles = [a for a in (read_article(p, folder) for p in paths) if isinstance(a, Article)]
    texts = ["\n\n".join(b.text for b in a.blocks) for a in articles]
    words = sum(len(t.split()) for t in texts)
    kn = load()
    blank = pipeline(None)
    rows = []

    def floor() -> None:
        for d in blank.pipe(texts):
            for _ in d.sents:
                pass

    def run(nlp) -> None:
        for i, a in enumerate(articles):
            extract_document(segment(a, f"d{i}"), kn, nlp)

    run(None)  # warm caches (data files, regexes)
    rows.append(("spaCy blank tokenizer + sentencizer (floor)", _best(floor, args.repeat)))
    rows.append(("Parley blank tier", _best(lambda: run(None), args.repeat)))
    model = resolve_model("auto")
    if model:
        nlp = pipeline(model)
        run(nlp)
        rows.append((f"Parley parser tier ({model})", _best(lambda: run(nlp), args.repeat)))
    print(f"{len(articles)} articles, {words} words, best of {args.repeat}\n")
    print("| stage | seconds | words/s |\n|---|---:|---:|")
    for name, secs in rows:
        print(f"| {name} | {secs:.3f} | {words / secs:,.0f} |")
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps(
                {
                    "articles": len(articles),
                    "words": words,
                    "stages": [
                        {"stage": n, "seconds": round(s, 4), "words_per_second": round(words / s)}
                        for n, s in rows
                    ],
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
