"""Parley's benchmark: synthetic corpora of N articles, measured side by side on one machine.

    python bench/run.py                         # N = 100, 1000, 5000
    python bench/run.py --sizes 100 1000 --json bench/results.json

For each N it generates a deterministic corpus (about 800 words an article, varied actors, quotes,
reported speech, demands and proposals), then measures in one run:

- floor: spaCy's blank tokenizer + sentence splitting over the same texts (words/s, one core);
- Parley's blank-tier extraction, one core (a sample) and every core (all N, no cache);
- the parser tier on a sample, when a trained English pipeline is installed;
- a cold `mkdocs build` with Parley (empty cache) and a warm rebuild after editing one article;
- Parley's own regeneration work after that edit (extract with a warm cache + render);
- a bare `mkdocs build` of the same articles as plain Markdown pages, with the same theme,
  Markdown extensions and navigation entries (one-line pages where Parley generates them);
- peak memory (the build's whole process tree) and site size.

It prints a Markdown table and writes the numbers as JSON. Builds use the blank tier (`model: none`)
so the sizes compare; the parser tier's throughput is reported on its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STATES = [
    "Norway",
    "Sweden",
    "Finland",
    "Turkey",
    "Qatar",
    "Egypt",
    "Israel",
    "Ukraine",
    "Russia",
    "Iran",
    "Colombia",
    "Canada",
    "Mexico",
    "France",
    "Germany",
    "Japan",
    "China",
    "India",
    "Brazil",
    "Kenya",
]
PEOPLE = [
    ("Foreign Minister", "Anna Berg"),
    ("President", "Ivan Petrov"),
    ("Prime Minister", "Omar Haddad"),
    ("chief negotiator", "Lena Vogel"),
    ("spokesman", "Marco Ruiz"),
    ("envoy", "Kenji Sato"),
    ("Defense Minister", "Amir Khan"),
    ("mediator", "Grace Otieno"),
    ("President", "Carlos Mendes"),
    ("spokeswoman", "Sofia Lind"),
    ("Foreign Minister", "David Cohen"),
    ("envoy", "Li Wei"),
]
ISSUES = [
    "a ceasefire along the front line",
    "the release of all prisoners of war",
    "the lifting of sanctions",
    "a withdrawal of troops from the border region",
    "security guarantees for the east",
    "direct talks between the leaders",
    "humanitarian corridors for civilians",
    "new elections next year",
    "an end to the naval blockade",
    "compensation for war damages",
    "a freeze on uranium enrichment",
    "lower tariffs on steel and grain",
]
FILLER = [
    "The talks, held behind closed doors, lasted well into the evening.",
    "Delegations arrived in the morning under heavy security.",
    "Analysts cautioned that a breakthrough was unlikely before the summer.",
    "The previous round ended without a joint statement.",
    "Local media reported long queues at the border crossings.",
    "Diplomats described the atmosphere as businesslike but tense.",
    "Both sides have accused each other of violating earlier agreements.",
    "The negotiations are expected to resume after a short break.",
]


def article(rng: random.Random, i: int) -> tuple[str, int]:
    """One synthetic article (Markdown with front matter) and its word count."""
    a, b = rng.sample(STATES, 2)
    city = rng.choice(["Geneva", "Istanbul", "Doha", "Oslo", "Vienna", "Cairo", "Nairobi"])
    (t1, p1), (t2, p2) = rng.sample(PEOPLE, 2)
    paras = [f"Negotiators from {a} and {b} met in {city} on Monday for a new round of talks."]
    while sum(len(p.split()) for p in paras) < 780:
        kind = rng.randrange(6)
        issue = rng.choice(ISSUES)
        if kind == 0:
            paras.append(
                f"“We will not accept {issue} as a precondition,” {a}'s {t1} {p1} told reporters."
            )
        elif kind == 1:
            paras.append(f"{p2}, {b}'s {t2}, said the government was ready to discuss {issue}.")
        elif kind == 2:
            paras.append(
                f"{a} continues to demand {issue}, while {b} has proposed {rng.choice(ISSUES)}."
            )
        elif kind == 3:
            paras.append(
                f"{b} and its allies are calling for {issue}. {p1} rejected the idea on Tuesday."
            )
        elif kind == 4:
            paras.append(
                f"According to a senior {rng.choice(['Western', 'regional', 'UN'])} official, "
                f"the sides agreed to continue negotiations on {issue}."
            )
        else:
            paras.append(" ".join(rng.sample(FILLER, 3)))
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    body = "\n\n".join(paras)
    text = (
        f"---\ntitle: Talks in {city}, round {i}\ndate: 2025-{month:02d}-{day:02d}\n---\n\n{body}\n"
    )
    return text, len(body.split())


def make_corpus(folder: Path, n: int, seed: int) -> tuple[list[str], int]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts, words = [], 0
    for i in range(n):
        text, w = article(rng, i)
        (folder / f"talks-{i:05d}.md").write_text(text, encoding="utf-8")
        texts.append(text.split("---\n", 2)[2])
        words += w
    return texts, words


class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled from /proc (Linux)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _tree(self) -> list[int]:
        pids, todo = [], [self.pid]
        while todo:
            p = todo.pop()
            pids.append(p)
            try:
                for task in os.listdir(f"/proc/{p}/task"):
                    with open(f"/proc/{p}/task/{task}/children") as fh:
                        todo.extend(int(c) for c in fh.read().split())
            except OSError:
                pass
        return pids

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            for p in self._tree():
                try:
                    with open(f"/proc/{p}/status") as fh:
                        for line in fh:
                            if line.startswith("VmRSS:"):
                                total += int(line.split()[1]) * 1024
                except OSError:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.1)

    def stop(self) -> int:
        self._stop.set()
        self.thread.join()
        return self.peak


def timed_build(proj: Path, env: dict[str, str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-q"],
        cwd=proj,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    mem = TreeMemory(proc.pid)
    _, err = proc.communicate()
    peak = mem.stop()
    if proc.returncode:
        raise RuntimeError(err)
    return time.perf_counter() - t0, peak


REGENERATE = """
import sys, time
from pathlib import Path
from generator import cache
from generator.cache import Memo
from generator.config import read_mkdocs_options
from generator.plugin import generate

cache.keep_in_memory = True  # as under `mkdocs serve`
options = read_mkdocs_options(Path("mkdocs.yml").resolve())

def regenerate():  # what the plugin does in a build, every page rendered
    memo = Memo(options.cache_dir)
    corpus, site, downloads = generate(options, memo)
    for path in site.html_pages:
        site.render(path)
    gc.unfreeze()

import gc
regenerate()
edited = Path(sys.argv[1])
took = []
for n in range(6):  # the first edit also loads spaCy; the best of the next five is the steady state
    more = f"\\nThe sides met again, round {n}.\\n"
    edited.write_text(edited.read_text("utf-8") + more, encoding="utf-8")
    gc.collect()
    t0 = time.perf_counter()
    regenerate()
    took.append(time.perf_counter() - t0)
print(*took)
"""


THROUGHPUT = """
import sys, time
from pathlib import Path
from generator.extract.knowledge import load
from generator.ingest import read_article
from generator.model import Article, Block
from generator.nlp import pipeline
from generator.pipeline import extract_document
from generator.segment import segment

mode, files = sys.argv[1], [Path(f) for f in sys.argv[2:]]
arts = [read_article(f, f.parent) for f in files]
texts = ["\\n\\n".join(b.text for b in a.blocks) for a in arts]
words = sum(len(t.split()) for t in texts)
nlp, kn = pipeline(None), load()
# spaCy's lazy set-up is paid on other text, so both modes meet these texts cold
warm = "Talks resumed on Monday. The envoy said the sides were close. “We want peace,” she said."
list(nlp(warm).sents)
if mode == "blank":
    warm_doc = segment(Article("warm.txt", "Warm", None, (Block("paragraph", warm),)), "warm")
    extract_document(warm_doc, kn)
t0 = time.perf_counter()
if mode == "floor":  # spaCy's blank tokenizer and sentence splitter: what extraction cannot beat
    for doc in nlp.pipe(texts):
        for _ in doc.sents:
            pass
else:  # Parley's blank tier, from the article to its extraction
    for k, a in enumerate(arts):
        extract_document(segment(a, f"d{k}"), kn)
print(words / (time.perf_counter() - t0))
"""


def throughput(mode: str, files: list[Path]) -> int:
    """Words per second, one core, in a fresh process (no tokenizer cache from an earlier pass)."""
    out = subprocess.run(
        [sys.executable, "-c", THROUGHPUT, mode, *map(str, files)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return round(float(out.stdout.split()[-1]))


def regeneration(proj: Path, edited: Path, env: dict[str, str]) -> float:
    """Parley's own work when one article changes while serving: extraction (the rest from the
    cache, kept in memory between rebuilds), every page, the JSON and the CSVs."""
    out = subprocess.run(
        [sys.executable, "-c", REGENERATE, str(edited)],
        cwd=proj,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return round(min(float(t) for t in out.stdout.split()[1:]), 3)


def serve_rebuild(
    proj: Path, edited: Path, env: dict[str, str], timeout: float = 900
) -> float | None:
    """The whole rebuild of a running `mkdocs serve` after one article is edited, as MkDocs reports
    it."""
    import re
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=proj,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    built = re.compile(r"Documentation built in ([0-9.]+) seconds")
    times: list[float] = []
    deadline = time.monotonic() + timeout
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if "Serving on" in line:
                time.sleep(1)
                edited.write_text(
                    edited.read_text("utf-8") + "\nThe sides met again.\n", encoding="utf-8"
                )
            m = built.search(line)
            if m:
                times.append(float(m.group(1)))
                if len(times) == 2:
                    return times[1]
            if time.monotonic() > deadline:
                break
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return None


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def parley_project(base: Path, seeds: Path) -> Path:
    proj = base / "parley"
    shutil.copytree(ROOT / "docs", proj / "docs")
    cfg = (ROOT / "mkdocs.yml").read_text("utf-8").replace("model: auto", "model: none")
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    shutil.copytree(seeds, proj / "seeds")
    return proj


def bare_project(base: Path, seeds: Path) -> Path:
    """The same articles as plain Markdown pages, with the same theme, Markdown extensions and
    navigation as Parley's site: its hand-written pages, and a one-line page under each of the
    navigation entries Parley generates. What is left between the two builds is Parley's work."""
    proj = base / "bare"
    shutil.copytree(ROOT / "docs", proj / "docs")
    docs = proj / "docs" / "documents"
    docs.mkdir(parents=True)
    for f in sorted(seeds.iterdir()):
        shutil.copy(f, docs / f.name)
    cfg = (ROOT / "mkdocs.yml").read_text("utf-8")
    nav = cfg[cfg.index("\nnav:\n") :]
    for title, page in re.findall(r"^  - ([^:]+): (\S+)$", nav, flags=re.M):
        path = proj / "docs" / page
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"# {title}\n", encoding="utf-8")
    plugins = cfg.index("\nplugins:\n")
    extensions = cfg.index("\nmarkdown_extensions:\n")
    cfg = cfg[:plugins] + "\nplugins:\n  - search\n  - tags\n" + cfg[extensions:]
    cfg = cfg.replace("\nnav:\n", "\nnot_in_nav: |\n  /documents/*.md\nnav:\n", 1)
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    return proj


def measure(n: int, seed: int, parser_sample: int, work: Path) -> dict:
    from generator.config import Options
    from generator.extract.knowledge import load
    from generator.ingest import read_article
    from generator.nlp import pipeline, resolve_model
    from generator.pipeline import extract_corpus, extract_document
    from generator.segment import segment

    base = work / f"n{n}"
    seeds = base / "seeds"
    _texts, words = make_corpus(seeds, n, seed)
    row: dict = {"articles": n, "words": words, "cores": os.cpu_count()}

    sample = sorted(seeds.iterdir())[: min(n, 300)]
    for mode, key in (("floor", "floor_words_per_s"), ("blank", "blank_words_per_s_1core")):
        row[key] = max(throughput(mode, sample) for _ in range(2))
    kn = load()
    arts = [read_article(p, seeds) for p in sample]

    t0 = time.perf_counter()
    extract_corpus(Options(seeds_dir=seeds, model="none"))
    row["blank_words_per_s_all_cores"] = round(words / (time.perf_counter() - t0))

    model = resolve_model("auto")
    if model and parser_sample:
        nlp = pipeline(model)
        part = arts[:parser_sample]
        part_words = sum(len(" ".join(b.text for b in a.blocks).split()) for a in part)
        t0 = time.perf_counter()
        for k, a in enumerate(part):
            extract_document(segment(a, f"d{k}"), kn, nlp)
        row["parser_words_per_s_1core"] = round(part_words / (time.perf_counter() - t0))
        row["parser_model"] = model

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    proj = parley_project(base, seeds)
    row["parley_cold_build_s"], row["parley_peak_rss_bytes"] = timed_build(proj, env)
    row["parley_site_bytes"] = size_of(proj / "site")
    edited = sorted((proj / "seeds").iterdir())[n // 2]
    edited.write_text(edited.read_text("utf-8").replace("Monday", "Tuesday", 1), encoding="utf-8")
    row["parley_warm_rebuild_s"], _ = timed_build(proj, env)
    row["parley_regeneration_s"] = regeneration(proj, edited, env)
    row["serve_rebuild_s"] = serve_rebuild(proj, edited, env)

    bare = bare_project(base, seeds)
    row["bare_build_s"], row["bare_peak_rss_bytes"] = timed_build(bare, env)
    row["bare_site_bytes"] = size_of(bare / "site")
    row["cold_vs_bare"] = round(row["parley_cold_build_s"] / row["bare_build_s"], 2)
    row["warm_vs_bare"] = round(row["parley_warm_rebuild_s"] / row["bare_build_s"], 2)
    for k in ("parley_cold_build_s", "parley_warm_rebuild_s", "bare_build_s"):
        row[k] = round(row[k], 2)
    return row


COLUMNS = [
    ("articles", "N"),
    ("words", "words"),
    ("floor_words_per_s", "floor w/s"),
    ("blank_words_per_s_1core", "blank w/s (1 core)"),
    ("blank_words_per_s_all_cores", "blank w/s (all)"),
    ("parser_words_per_s_1core", "parser w/s (1 core)"),
    ("bare_build_s", "bare build s"),
    ("parley_cold_build_s", "Parley cold s"),
    ("cold_vs_bare", "cold/bare"),
    ("parley_warm_rebuild_s", "Parley warm s"),
    ("warm_vs_bare", "warm/bare"),
    ("parley_regeneration_s", "regeneration s"),
    ("serve_rebuild_s", "serve rebuild s"),
    ("parley_peak_rss_bytes", "peak MB"),
    ("parley_site_bytes", "site MB"),
    ("bare_site_bytes", "bare site MB"),
]


def table(rows: list[dict]) -> str:
    def cell(key: str, v) -> str:
        if v is None:
            return "—"
        if key.endswith("_bytes"):
            return f"{v / 1e6:,.0f}"
        return f"{v:,}" if isinstance(v, int) else str(v)

    out = ["| " + " | ".join(h for _, h in COLUMNS) + " |", "|" + "---:|" * len(COLUMNS)]
    for r in rows:
        out.append("| " + " | ".join(cell(k, r.get(k)) for k, _ in COLUMNS) + " |")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--parser-sample", type=int, default=30, help="articles timed with the parser tier"
    )
    ap.add_argument("--json", dest="json_out", default=str(ROOT / "build" / "bench.json"))
    ap.add_argument("--keep", action="store_true", help="keep the generated projects")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="parley-bench-"))
    rows = []
    try:
        for n in args.sizes:
            print(f"measuring N={n} …", file=sys.stderr, flush=True)
            rows.append(measure(n, args.seed, args.parser_sample, work))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(table(rows))
    out = Path(args.json_out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"rows": rows}, indent=2) + "\n", encoding="utf-8")
    print(f"\n(written to {out})", file=sys.stderr)


if __name__ == "__main__":
    main()
