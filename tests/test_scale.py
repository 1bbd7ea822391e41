"""Scale machinery: the cache, the process pool, JSON Lines shards, builds from them, Dask."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import Options
from generator.export import to_json
from generator.pipeline import extract_corpus

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = (
    "{a} and {b} met in {city} on Monday. “We want a ceasefire now,” {who} said. "
    "{a} demanded that {b} withdraw its troops, and {b} proposed talks on prisoners.\n"
)
STATES = ["Norway", "Sweden", "Finland", "Denmark", "Iceland", "Estonia"]


def _seeds(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a, b = STATES[i % 6], STATES[(i + 1) % 6]
        (folder / f"2025-02-{i % 28 + 1:02d}-talks-{i:03d}.txt").write_text(
            TEMPLATE.format(a=a, b=b, city="Oslo", who=f"Envoy Anna Berg{'' if i % 2 else 'e'}"),
            encoding="utf-8",
        )
    return folder


def test_cache_reuses_unchanged_articles_and_forgets_removed_ones(tmp_path):
    seeds = _seeds(tmp_path / "seeds", 5)
    opts = Options(seeds_dir=seeds, model="none", cache_dir=str(tmp_path / "cache"))
    first = to_json(extract_corpus(opts, workers=1))
    entries = sorted((tmp_path / "cache").glob("??/*.json"))  # extractions (out/ holds outputs)
    assert len(entries) == 5
    stamps = {p: p.stat().st_mtime_ns for p in entries}
    assert to_json(extract_corpus(opts, workers=1)) == first  # all from the cache: same result
    assert {
        p: p.stat().st_mtime_ns for p in sorted((tmp_path / "cache").glob("??/*.json"))
    } == stamps
    edited = min(seeds.iterdir())
    edited.write_text(edited.read_text("utf-8").replace("Oslo", "Bergen"), encoding="utf-8")
    (max(seeds.iterdir())).unlink()
    third = json.loads(to_json(extract_corpus(opts, workers=1)))
    after = sorted((tmp_path / "cache").glob("??/*.json"))
    assert len(after) == 4 and len(set(after) - set(entries)) == 1  # one new entry, two forgotten
    assert "Bergen" in third["documents"][0]["text"]
    uncached = Options(seeds_dir=seeds, model="none")
    assert json.loads(to_json(extract_corpus(uncached, workers=1))) == third


def test_outputs_kept_between_builds_are_the_ones_a_fresh_build_makes(tmp_path):
    """JSON, CSV and document pages from the memo: the same bytes as made from scratch; a page is
    made again when something it shows from elsewhere in the corpus changes (which actors have
    pages)."""
    from dataclasses import replace

    from generator.cache import Memo
    from generator.export import csv_exports
    from generator.render import render_site

    seeds = _seeds(tmp_path / "seeds", 4)
    opts = Options(seeds_dir=seeds, model="none", cache_dir=str(tmp_path / "cache"))
    corpus = extract_corpus(opts, workers=1)
    assert all(ex.key for ex in corpus.extractions)
    fresh_json, fresh_csv = to_json(corpus, compact=True), csv_exports(corpus)
    fresh_pages = {p: render_site(corpus).render(p) for p in render_site(corpus).pages}
    for _ in range(2):  # the first run fills the memo, the second reads it
        memo = Memo(opts.cache_dir)
        assert to_json(corpus, compact=True, memo=memo) == fresh_json
        assert csv_exports(corpus, memo) == fresh_csv
        site = render_site(corpus, memo)
        assert {p: site.render(p) for p in site.pages} == fresh_pages
    assert len(list((tmp_path / "cache" / "out" / "page").rglob("*.json"))) == 4
    renamed = replace(corpus, actors=tuple(a for a in corpus.actors if a.id != "norway"))
    doc = "documents/" + corpus.extractions[0].document.id + ".md"
    html, _ = render_site(renamed, Memo(opts.cache_dir)).render(doc)
    assert html == render_site(renamed).render(doc)[0] != fresh_pages[doc][0]
    memo.prune()  # the last full pass used all 4 pages, 4 JSON parts and 4 CSV parts
    assert len(list((tmp_path / "cache" / "out").rglob("*.json"))) == 12


def test_process_pool_gives_the_same_result(tmp_path):
    seeds = _seeds(tmp_path / "seeds", 60)
    opts = Options(seeds_dir=seeds, model="none")
    assert to_json(extract_corpus(opts, workers=2)) == to_json(extract_corpus(opts, workers=1))


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"},
        check=False,
    )


@pytest.fixture
def project(tmp_path):
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    cfg = (ROOT / "mkdocs.yml").read_text("utf-8").replace("model: auto", "model: none")
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    _seeds(proj / "seeds", 7)
    shutil.copy(ROOT / "seeds" / "istanbul-talks.txt", proj / "seeds" / "istanbul-talks.txt")
    return proj


def test_jsonl_shards_add_up_to_the_whole_and_build_the_same_site(project):
    whole = _cli("extract", "seeds", "-o", "whole.json", cwd=project)
    assert whole.returncode == 0, whole.stderr
    parts = []
    for i in range(3):
        r = _cli(
            "extract", "--jsonl", "--shard", f"{i}/3", "seeds", "-o", f"part-{i}.jsonl", cwd=project
        )
        assert r.returncode == 0, r.stderr
        parts.append(project / f"part-{i}.jsonl")
    lines = [json.loads(ln) for p in parts for ln in p.read_text("utf-8").splitlines()]
    whole_docs = json.loads((project / "whole.json").read_text("utf-8"))["documents"]
    assert sorted(d["id"] for d in lines) == sorted(d["id"] for d in whole_docs)
    by_id = {d["id"]: d for d in lines}
    for d in whole_docs:
        assert {k: v for k, v in by_id[d["id"]].items() if k != "schema_version"} == d
    seeds_build = _cli("build", "--strict", "-d", "site-seeds", cwd=project)
    assert seeds_build.returncode == 0, seeds_build.stderr
    args = ["build", "--strict", "-d", "site-jsonl"] + [
        x for p in parts for x in ("--from", p.name)
    ]
    from_build = _cli(*args, cwd=project)
    assert from_build.returncode == 0, from_build.stderr
    a, b = project / "site-seeds", project / "site-jsonl"
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert [str(f) for f in files if not filecmp.cmp(a / f, b / f, shallow=False)] == []


def test_bad_shard_and_bad_jsonl_are_clear_errors(project):
    r = _cli("extract", "--shard", "3/3", "seeds", cwd=project)
    assert r.returncode != 0 and "I/N" in r.stderr
    (project / "bad.jsonl").write_text(
        '{"schema_version": 1, "id": "x"}\nnot json\n', encoding="utf-8"
    )
    r = _cli("build", "--strict", "-d", "site-bad", "--from", "bad.jsonl", cwd=project)
    assert r.returncode != 0 and "bad.jsonl:1: line 1 is not a Parley document" in r.stderr


def test_dask_on_the_local_scheduler_gives_the_cli_json(project):
    pytest.importorskip("dask.bag")
    cli = _cli("extract", "seeds", "-o", "cli.json", cwd=project)
    assert cli.returncode == 0, cli.stderr
    r = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "dask_extract.py"),
            "seeds",
            "-o",
            "dask.json",
            "--model",
            "none",
            "--scheduler",
            "processes",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert (project / "dask.json").read_bytes() == (project / "cli.json").read_bytes()


def test_pool_from_a_threaded_host_without_a_main_file_still_extracts(tmp_path):
    """A threaded host rules out fork; from stdin spawn/forkserver cannot start workers: Parley
    must carry on in-process and give the same result."""
    seeds = _seeds(tmp_path / "seeds", 60)
    script = (
        "import threading, time, sys\n"
        "threading.Thread(target=time.sleep, args=(30,), daemon=True).start()\n"
        "from generator.config import Options\n"
        "from generator.export import to_json\n"
        "from generator.pipeline import extract_corpus\n"
        f"sys.stdout.write(to_json(extract_corpus(Options(seeds_dir=__import__('pathlib').Path({str(seeds)!r}),"
        " model='none'), workers=2)))\n"
    )
    r = subprocess.run(
        [sys.executable, "-"],
        input=script,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout == to_json(extract_corpus(Options(seeds_dir=seeds, model="none"), workers=1))
