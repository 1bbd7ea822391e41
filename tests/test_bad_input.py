"""A corpus of bad seed files, generated here (no committed binaries): every good article is
published in full, every bad one gets one clear line `<file>: <what>; <how to fix>`, the build
never crashes, and `--strict` / `parley check` fail listing every problem."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Norway and Sweden resumed talks in Oslo on Monday. “We are close,” Anna Berg said.\n"


def good(name: str) -> str:
    """GOOD with words of its own: articles of the same text would be copies of one, published once
    (duplicates.py); here each good file is to be published."""
    tag = hashlib.sha256(name.encode()).hexdigest()
    return (
        GOOD
        + "Reference codes "
        + " ".join(f"k{tag[i : i + 6]}" for i in range(0, 48, 6))
        + " were filed.\n"
    )


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 8


def _corpus(seeds: Path, outside: Path) -> tuple[set[str], set[str]]:
    """Write the cases; returns (files that must be published, files that must be warned about)."""
    published, warned = set(), set()

    def put(name: str, data: bytes | str, ok: bool = True, warn: bool = False) -> None:
        path = seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        if ok:
            published.add(name)
        if warn:
            warned.add(name)

    put("good.txt", good("good.txt"))
    put("empty.txt", b"", ok=False, warn=True)
    put("whitespace.txt", b"  \n\t \r\n  ", ok=False, warn=True)
    put("scan.txt", PNG, ok=False, warn=True)  # an image with an article's name
    put("photo.png", PNG, ok=False, warn=True)  # not an article type at all
    put(
        "broken-utf8.txt",
        good("broken-utf8.txt").encode("utf-8").replace(b"Oslo", b"Os\xff\xfelo"),
        warn=True,
    )
    put(
        "windows-1252.txt",
        "Talks resumed in Zürich, the café “Sprüngli” said — 50 € a seat.\n".encode("cp1252"),
    )
    put(
        "latin-1.txt",
        "Señor Müller dijo que la reunión en Genève fue útil y muy larga.\n".encode("latin-1"),
    )
    put("utf-16.txt", ("\ufeff" + good("utf-16.txt")).encode("utf-16-le"))
    put("utf-8-bom.md", "\ufeff---\ntitle: With a BOM\n---\n" + good("utf-8-bom.md"))
    put("crlf.txt", good("crlf.txt").replace("\n", "\r\n") + "Second paragraph here today.\r\n")
    put("lone-cr.txt", good("lone-cr.txt").replace("\n", "\r") + "Second paragraph here today.\r")
    put("nul-bytes.txt", good("nul-bytes.txt").encode().replace(b"Oslo", b"Os\x00lo"))
    put("one-line.txt", ("Talks went on and the envoy said more was needed. " * 20_000)[:1_000_000])
    put(
        "quotes.txt", "He said “ " * 3000 + "and left.\n", warn=True
    )  # thousands of unbalanced marks
    put("bad-yaml.md", "---\ntitle: [unclosed\n---\n" + good("bad-yaml.md"), warn=True)
    put(
        "wrong-types.md",
        "---\ntitle: [1, 2]\ndate: yesterday\ntags: 5\n---\n" + good("wrong-types.md"),
        warn=True,
    )
    put("Talks.txt", good("Talks.txt"))
    put("talks.md", good("talks.md"), warn=True)  # same page id as Talks.txt
    put("with space.txt", good("with space.txt"))
    put("ünïcödé 名前.txt", good("ünïcödé 名前.txt"))
    put(".hidden-article.txt", good(".hidden-article.txt"), ok=False, warn=True)
    put(".gitkeep", b"", ok=False)  # hidden and not an article: ignored silently
    put("folder.md/inner.txt", good("folder.md/inner.txt"))  # a folder named like an article
    put("russian.txt", "Переговоры в Стамбуле завершились без прорыва, заявил Дмитрий Песков.\n")
    put(
        "scripts.html",
        "<html><body>"
        + "<script>var a=1;</script><iframe src='x'></iframe>" * 200
        + "</body></html>",
        ok=False,
        warn=True,
    )
    put("slug.md", "---\ntitle: Escape\nslug: ../../outside\n---\n" + good("slug.md"))
    big = seeds / "huge.txt"  # 50 MB: refused before it is read
    with big.open("wb") as fh:
        fh.truncate(50_000_000)
        fh.seek(0)
        fh.write(GOOD.encode())
    warned.add("huge.txt")
    (outside / "secret.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "outside.txt").symlink_to(outside / "secret.txt")
    warned.add("outside.txt")
    (seeds / "gone.txt").symlink_to(seeds / "missing-target.txt")  # unreadable: a dangling link
    warned.add("gone.txt")
    if os.geteuid() != 0:  # root reads any file, so only an ordinary user can test permissions
        put("locked.txt", good("locked.txt"), ok=False, warn=True)
        (seeds / "locked.txt").chmod(0)
    return published, warned


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    proj = base / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    # the blank tier: this is about files, not models (and keeps the 1 MB article quick)
    cfg = (ROOT / "mkdocs.yml").read_text("utf-8").replace("model: auto", "model: none")
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    (proj / "seeds").mkdir()
    outside = base / "outside"
    outside.mkdir()
    published, warned = _corpus(proj / "seeds", outside)
    return proj, published, warned


def _problem_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if re.search(r"\.(txt|md|html|png)(:\d+)?: ", ln)]


def test_build_publishes_every_good_article_and_warns_once_per_bad_file(project):
    proj, published, warned = project

    # the site and Parley's own cache (.cache/parley, hashed names) are expected
    def outside_output():
        return sorted(
            p
            for p in proj.parent.rglob("*")
            if not {"site", ".cache"} & set(p.relative_to(proj.parent).parts)
        )

    before = outside_output()
    result = _run(["mkdocs", "build"], proj)
    assert result.returncode == 0, result.stderr
    # one line per problem, naming the file, what is wrong and how to fix it
    lines = _problem_lines(result.stderr)
    for name in warned:
        mine = [ln for ln in lines if f" {name}: " in ln or f" {name}:" in ln.split(";")[0]]
        # one line per distinct problem (wrong-types.md has three), never repeated
        assert (
            mine and len(mine) == len(set(mine)) and (len(mine) == 1 or name == "wrong-types.md")
        ), (name, mine)
        for line in mine:
            assert re.search(re.escape(name) + r"(:\d+)?: [^;]+; \S", line), line
    # every publishable article has its page, with its text; the rest has none
    pages = {p.parent.name for p in (proj / "site" / "documents").glob("*/index.html")}
    assert len(pages) == len(published)
    good = (proj / "site/documents/good/index.html").read_text("utf-8")
    assert "Norway and Sweden resumed talks" in good
    assert "café" in (proj / "site/documents/windows-1252/index.html").read_text("utf-8")
    assert "Señor Müller" in (proj / "site/documents/latin-1/index.html").read_text("utf-8")
    assert "With a BOM" in (proj / "site/documents/utf-8-bom/index.html").read_text("utf-8")
    assert "Переговоры" in (proj / "site/documents/russian/index.html").read_text("utf-8")
    assert "secret" not in " ".join(pages)
    # nothing written outside the output folder ("slug: ../../outside" included)
    assert outside_output() == before
    cached = [
        p.relative_to(proj / ".cache/parley").as_posix()
        for p in (proj / ".cache/parley").rglob("*.json")
    ]
    assert cached and all(
        re.fullmatch(r"(out/(json|csv|page|search)/)?[0-9a-f]{2}/[0-9a-f]{64}\.json", c)
        for c in cached
    )


def test_strict_build_and_check_fail_listing_every_problem(project):
    proj, _, warned = project
    strict = _run(["mkdocs", "build", "--strict"], proj)
    assert strict.returncode != 0
    check = _run(["generator", "check"], proj)
    assert check.returncode != 0
    for name in warned:
        assert name in strict.stderr, name
        assert name in check.stderr, name
