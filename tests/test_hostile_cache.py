"""Bad input costs only itself, on the machinery side: a damaged or planted cache entry is a miss
(never code run, never a crash), a killed build leaves no workers behind, and an output that cannot
be written is one line naming it."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cache import FORMAT, Cache, Memo
from generator.config import Options
from generator.pipeline import PARALLEL_FROM, extract_corpus

ROOT = Path(__file__).resolve().parent.parent
STATES = ["Norway", "Sweden", "Finland", "Denmark", "Iceland", "Estonia"]
PARAGRAPH = (
    "{a} and {b} met in Oslo on Monday. “We want a ceasefire now,” Envoy Anna Berg said. "
    "{a} demanded that {b} withdraw its troops, and {b} proposed talks on prisoners."
)


def _seeds(folder: Path, n: int, paragraphs: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a, b = STATES[i % 6], STATES[(i + 1) % 6]
        text = "\n\n".join(PARAGRAPH.format(a=a, b=b) for _ in range(paragraphs))
        (folder / f"2025-03-{i % 28 + 1:02d}-round-{i:03d}.txt").write_text(
            text + "\n", encoding="utf-8"
        )
    # problems that must come back from the cache as they were: the document's own (a byte that is
    # not UTF-8) and one found by extraction (an unbalanced quotation mark), from the same file
    (folder / "2025-03-30-unbalanced.txt").write_bytes(
        "“Sweden will not sign, said Anna Berg \xff.\n".encode().replace(b"\xc3\xbf", b"\xff")
    )
    return folder


class _Planted:
    """A pickle that runs a shell command when unpickled."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def _damage(entries: list[Path], marker: Path) -> dict[Path, bytes]:
    """In turn: a flipped byte, a truncated file, a planted pickle, JSON without the header, and a
    well-formed entry (its checksum right) of the wrong shape."""
    damaged = {}
    for i, path in enumerate(entries):
        data = path.read_bytes()
        if i % 5 == 0:
            at = len(data) // 2
            data = data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1 :]
        elif i % 5 == 1:
            data = data[: len(data) // 3]
        elif i % 5 == 2:
            data = pickle.dumps(_Planted(marker))
        elif i % 5 == 3:
            data = data.partition(b"\n")[2]
        else:
            body = b'{"key": 1, "document_problems": {}, "sections": null}'
            data = f"{FORMAT} {hashlib.sha256(body).hexdigest()}\n".encode() + body
        path.write_bytes(data)
        damaged[path] = data
    return damaged


def test_cached_extractions_are_equal_to_fresh_ones(tmp_path):
    seeds = _seeds(tmp_path / "seeds", 5)
    fresh = extract_corpus(Options(seeds_dir=seeds, model="none"), workers=1).extractions
    opts = Options(seeds_dir=seeds, model="none", cache_dir=str(tmp_path / "cache"))
    extract_corpus(opts, workers=1)
    cached = extract_corpus(opts, workers=1).extractions
    assert any(ex.document.problems and ex.problems != ex.document.problems for ex in fresh)
    assert [dataclasses.replace(ex, key="") for ex in cached] == list(fresh)
    cache = Cache(opts, None)
    assert all(cache.get(ex.key) == ex for ex in cached)  # read from disk, not only from this run


def test_damaged_or_planted_cache_entries_are_misses_and_are_replaced(tmp_path):
    seeds = _seeds(tmp_path / "seeds", 8)
    opts = Options(seeds_dir=seeds, model="none", cache_dir=str(tmp_path / "cache"))
    first = extract_corpus(opts, workers=1)
    entries = sorted((tmp_path / "cache").glob("??/*.json"))
    assert len(entries) == 9
    marker = tmp_path / "code-ran"
    damaged = _damage(entries, marker)
    again = extract_corpus(opts, workers=1)
    assert again == first
    assert not marker.exists()
    for path, bad in damaged.items():
        assert path.read_bytes() != bad  # made again and written over
    assert extract_corpus(opts, workers=1) == first


def test_memo_entries_damaged_or_planted_are_misses(tmp_path):
    memo = Memo(tmp_path / "cache")
    values = {
        "json": "{}",
        "csv": {"quotes.csv": "a,b\n"},
        "page": ("<p>x</p>", [{"id": "x", "children": []}]),
        "search": ([], [{"location": "x/", "title": "X", "text": ""}]),
    }  # lists inside stay lists
    for kind, value in values.items():
        memo.put(kind, ("key", kind), value)
    assert {kind: Memo(tmp_path / "cache").get(kind, ("key", kind)) for kind in values} == values
    marker = tmp_path / "code-ran"
    _damage(sorted((tmp_path / "cache").rglob("*.json")), marker)
    assert {
        kind: Memo(tmp_path / "cache").get(kind, ("key", kind)) for kind in values
    } == dict.fromkeys(values)
    assert not marker.exists()


def _env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


def _parley(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )


@pytest.fixture
def project(tmp_path) -> Path:
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    cfg = (ROOT / "mkdocs.yml").read_text("utf-8").replace("model: auto", "model: none")
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    _seeds(proj / "seeds", 4)
    return proj


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_a_build_over_a_damaged_cache_gives_the_same_site(project):
    first = _parley("build", "-d", "site1", cwd=project)
    assert first.returncode == 0, first.stderr
    cache = project / ".cache" / "parley"
    entries = sorted(cache.rglob("*.json"))
    kinds = {
        p.relative_to(cache).parts[1] if p.relative_to(cache).parts[0] == "out" else "extraction"
        for p in entries
    }
    assert {"extraction", "json", "csv", "page", "search"} <= kinds
    marker = project / "code-ran"
    damaged = _damage(entries, marker)
    # an entry of the old format under an entry's name is never opened, and is pruned
    old = entries[0].with_suffix(".pickle")
    old.write_bytes(pickle.dumps(_Planted(marker)))
    second = _parley("build", "-d", "site2", cwd=project)
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    assert not marker.exists()
    assert not old.exists()
    assert all(path.read_bytes() != bad for path, bad in damaged.items() if path.exists())
    a, b = _tree(project / "site1"), _tree(project / "site2")
    assert a.keys() == b.keys() and [p for p in a if a[p] != b[p]] == []


def _children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is `pid`, from /proc."""
    out = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            state, ppid = (entry / "stat").read_text().rpartition(")")[2].split()[:2]
        except OSError:
            continue
        if int(ppid) == pid and state != "Z":
            out.add(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie holds no memory; whoever adopted it reaps it


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes through /proc")
def test_killing_the_build_ends_its_workers(tmp_path):
    _seeds(tmp_path / "seeds", PARALLEL_FROM * 4, paragraphs=12)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "extract",
            "--model",
            "none",
            "--workers",
            "2",
            "seeds",
            "-o",
            "out.json",
        ],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
            workers |= _children(proc.pid)
            time.sleep(0.05)
        assert len(workers) == 2, "the pool did not start"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 5
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [w for w in workers if _alive(w)] == []
    finally:
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()


def _full_disk(tmp_path: Path) -> Path:
    """A device on which every write fails with ENOSPC (/dev/full). Made inside tmp_path where that
    is allowed, so that a regression (a rename over it) replaces only the test's own node."""
    node = tmp_path / "full"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        return node
    except (OSError, AttributeError):
        if os.geteuid() == 0 or not os.path.exists(
            "/dev/full"
        ):  # root could rename over the real one
            pytest.skip("no full-disk device to write to")
        return Path("/dev/full")


def _one_error_line(r: subprocess.CompletedProcess, *parts: str) -> str:
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr, r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("Error: ")]
    assert len(errors) == 1 and all(p in errors[0] for p in parts), r.stderr
    return errors[0]


@pytest.mark.parametrize("jsonl", [False, True])
def test_extract_onto_a_full_disk_is_one_line(project, tmp_path, jsonl):
    full = _full_disk(tmp_path)
    r = _parley("extract", *(["--jsonl"] if jsonl else []), "seeds", "-o", str(full), cwd=project)
    _one_error_line(r, f"{full}: No space left on device; free some space", "--output")
    assert stat.S_ISCHR(full.stat().st_mode)  # written into, not renamed over
    assert not list(full.parent.glob(".full.*"))  # no temporary or partial file left beside it


def test_extract_to_stdout_on_a_full_disk_is_one_line(project, tmp_path):
    with open(_full_disk(tmp_path), "w") as stdout:
        r = subprocess.run(
            [sys.executable, "-m", "generator", "extract", "seeds"],
            cwd=project,
            env=_env(),
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    _one_error_line(r, "standard output: No space left on device")


def test_extract_into_a_pipe_writes_into_it(project, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    r = _parley("extract", "seeds", "-o", str(fifo), cwd=project)
    out = reader.communicate(timeout=60)[0]
    assert r.returncode == 0, r.stderr
    assert b'"documents"' in out and stat.S_ISFIFO(fifo.stat().st_mode)


def test_outputs_under_a_file_are_one_line(project):
    (project / "a-file").write_text("not a folder\n", encoding="utf-8")
    r = _parley("build", "-d", "a-file/site", cwd=project)
    _one_error_line(
        r, "a-file/site", "Not a directory", "part of that path is a file", "--site-dir"
    )
    r = _parley("extract", "seeds", "-o", "a-file/out.json", cwd=project)
    _one_error_line(r, "a-file/out.json", "part of that path is a file", "--output")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_build_into_a_read_only_folder_is_one_line(project):
    site = project / "site"
    site.mkdir()
    site.chmod(0o500)
    try:
        r = _parley("build", "-d", "site", cwd=project)
    finally:
        site.chmod(0o700)
    _one_error_line(r, "Permission denied", "make it writable")


def test_mkdocs_build_reports_a_download_it_cannot_write_in_one_line(project):
    """Under `mkdocs build` itself, Parley's own writes (the downloads) fail as a PluginError: one
    line from MkDocs' log, no traceback."""
    site = project / "site"
    site.mkdir()
    (site / "downloads").write_text("a file where the downloads folder goes\n", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--dirty", "-d", "site"],
        cwd=project,
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("ERROR")]
    assert len(errors) == 1 and "downloads/parley.json" in errors[0] and "site_dir" in errors[0], (
        r.stderr
    )


def test_mkdocs_build_into_a_site_folder_it_cannot_write_is_one_line(project):
    """The plugin checks the site folder before anything is built: a path under a file (as a
    read-only or missing mount would be) is one ERROR line, not a traceback from a copy."""
    (project / "afile").write_text("not a folder\n", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", "afile/site"],
        cwd=project,
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("ERROR")]
    assert len(errors) == 1 and "afile/site" in errors[0] and "Not a directory" in errors[0], (
        r.stderr
    )
