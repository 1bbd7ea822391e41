"""Same seeds, same bytes; removed seeds leave no trace; exports are never half-written."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from generator.export import write_atomic

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "{name} and Sweden resumed talks on Monday. “We are close,” Anna Berg said. Norway "
    "called for a truce.\n"
)


def _project(tmp_path: Path) -> Path:
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    cfg = (ROOT / "mkdocs.yml").read_text("utf-8").replace("model: auto", "model: none")
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    seeds = proj / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds" / "istanbul-talks.txt", seeds / "istanbul-talks.txt")
    for i, name in enumerate(["Norway", "Finland", "Denmark"]):
        (seeds / f"2025-01-0{i + 1}-{name.lower()}.txt").write_text(
            ARTICLE.format(name=name), encoding="utf-8"
        )
    return proj


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000", **extra}


def _build(proj: Path, site: str, **env: str) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", site],
        cwd=proj,
        capture_output=True,
        text=True,
        env=_env(**env),
        check=False,
    )
    assert r.returncode == 0, r.stderr


def _same_tree(a: Path, b: Path) -> list[str]:
    """Paths whose bytes differ, or that exist on one side only."""
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    diff = sorted(str(p) for p in files_a ^ files_b)
    diff += sorted(
        str(p) for p in files_a & files_b if not filecmp.cmp(a / p, b / p, shallow=False)
    )
    return diff


def test_two_builds_are_byte_identical(tmp_path):
    proj = _project(tmp_path)
    _build(proj, "site1", PYTHONHASHSEED="1")
    for seed in (proj / "seeds").iterdir():  # newer file times must not matter either
        os.utime(seed, (time.time() + 3600, time.time() + 3600))
    _build(proj, "site2", PYTHONHASHSEED="2")
    # the second build took document pages and their search entries from the first one's cache:
    # the same bytes as made from scratch, search index included
    assert len(list((proj / ".cache/parley/out/search").rglob("*.json"))) == 4
    assert _same_tree(proj / "site1", proj / "site2") == []


def test_extract_output_is_identical(tmp_path):
    proj = _project(tmp_path)
    outs = []
    for seed in ("1", "2"):
        r = subprocess.run(
            [sys.executable, "-m", "generator", "extract", "seeds"],
            cwd=proj,
            capture_output=True,
            env=_env(PYTHONHASHSEED=seed),
            check=False,
        )
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout)
    assert outs[0] == outs[1] and json.loads(outs[0])["documents"]


def test_deleted_and_renamed_seeds_leave_the_next_build(tmp_path):
    proj = _project(tmp_path)
    _build(proj, "site")
    assert (proj / "site/documents/2025-01-02-finland/index.html").is_file()
    (proj / "seeds/2025-01-02-finland.txt").unlink()
    (proj / "seeds/2025-01-03-denmark.txt").rename(proj / "seeds/2025-01-04-danish-talks.txt")
    _build(proj, "site")
    docs = sorted(p.name for p in (proj / "site/documents").iterdir() if p.is_dir())
    assert "2025-01-02-finland" not in docs and "2025-01-03-denmark" not in docs
    assert "2025-01-04-danish-talks" in docs
    data = (proj / "site/downloads/parley.json").read_text("utf-8")
    assert "Finland" not in data and "2025-01-03-denmark" not in data
    for page in ("index.html", "actors/index.html", "quotes/index.html", "timeline/index.html"):
        assert "finland" not in (proj / "site" / page).read_text("utf-8").lower(), page


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return 0


def _wait(predicate, timeout: float = 90) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_serve_drops_deleted_and_renamed_seeds(tmp_path):
    proj = _project(tmp_path)
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=proj,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    try:
        assert _wait(lambda: _status(base + "documents/2025-01-02-finland/") == 200), (
            "serve did not start"
        )
        (proj / "seeds/2025-01-02-finland.txt").unlink()
        (proj / "seeds/2025-01-03-denmark.txt").rename(proj / "seeds/2025-01-04-danish-talks.txt")
        assert _wait(lambda: _status(base + "documents/2025-01-04-danish-talks/") == 200), (
            "rename not picked up"
        )
        assert _status(base + "documents/2025-01-02-finland/") == 404
        assert _status(base + "documents/2025-01-03-denmark/") == 404
        with urllib.request.urlopen(base + "downloads/parley.json", timeout=5) as r:
            assert b"Finland" not in r.read()
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_write_atomic_never_leaves_a_truncated_file(tmp_path):
    target = tmp_path / "parley.json"
    write_atomic(target, '{"documents": []}')
    with pytest.raises(UnicodeEncodeError):
        write_atomic(
            target, '{"documents": ["\ud800 — cannot be encoded"]}'
        )  # the new content fails
    assert target.read_text("utf-8") == '{"documents": []}'
    assert [p.name for p in tmp_path.iterdir()] == ["parley.json"]  # no temporary file left behind
