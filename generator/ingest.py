"""Reading seed files: plain text, Markdown with YAML front matter, HTML.

Every reader returns an `Article` of plain-text blocks (headings and paragraphs). Problems with a
file are carried on the article (or returned instead of it) as `Problem`s, never raised, so a bad
file costs nothing but itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import re
from collections import Counter
from collections.abc import Callable
from configparser import ConfigParser
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import yaml

from .dates import TOP_BLOCKS, date_in_text, is_date_line, is_dateline, year_in_path
from .extract.knowledge import _data
from .model import Article, Block, Problem

SUFFIXES = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
FIX_ENCODING = "save the file as UTF-8"
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})[-_ ]+")
_TERMINAL = tuple('.!?;:,"”’»)]…')


def discover(seeds_dir: Path) -> tuple[list[Path], list[Problem]]:
    """All article files under `seeds_dir`, sorted; hidden entries and foreign symlinks skipped."""
    seeds_dir = Path(seeds_dir)
    problems: list[Problem] = []
    if not seeds_dir.is_dir():
        problems.append(
            Problem(
                str(seeds_dir),
                "seeds folder not found",
                "create it or set `seeds_dir` in the parley plugin options",
            )
        )
        return [], problems
    root = seeds_dir.resolve()
    found: list[Path] = []
    for path in sorted(seeds_dir.rglob("*")):
        rel = path.relative_to(seeds_dir)
        if any(part.startswith(".") for part in rel.parts):
            if (
                not any(part.startswith(".") for part in rel.parts[:-1])
                and path.suffix.lower() in SUFFIXES
                and not path.is_dir()
            ):
                problems.append(
                    Problem(
                        rel.as_posix(),
                        "hidden file (name starts with a dot), skipped",
                        "rename it without the leading dot to publish it",
                    )
                )
            continue
        if path.is_symlink() and not _inside(path.resolve(), root):
            problems.append(
                Problem(
                    rel.as_posix(),
                    "symlink points outside the seeds folder, not followed",
                    "copy the article into the seeds folder instead",
                )
            )
            continue
        if path.is_dir():
            continue
        if path.exists() and not path.is_file():
            problems.append(
                Problem(
                    rel.as_posix(),
                    "not a regular file (a pipe, socket or device), skipped",
                    "replace it with the article as a file",
                )
            )
            continue
        if path.suffix.lower() not in SUFFIXES:
            problems.append(
                Problem(
                    rel.as_posix(),
                    f"unsupported file type '{path.suffix or '(none)'}', skipped",
                    "convert it to .txt, .md or .html, or move it out of the seeds folder",
                )
            )
            continue
        found.append(path)
    if not found:  # an empty site is a warning, not a silent success (`--strict` fails on it)
        problems.append(
            Problem(
                str(seeds_dir),
                "no articles in the seeds folder",
                "add .txt, .md or .html files to it, or set `seeds_dir` in the parley "
                "plugin options",
            )
        )
    return found, problems


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def read_article(path: Path, seeds_dir: Path, max_mb: float = 5) -> Article | Problem:
    """Read one seed file; a `Problem` instead of an article when nothing usable is in it."""
    raw = read_seed(path, seeds_dir, max_mb)
    if isinstance(raw, Problem):
        return raw
    return parse_article(raw, path, seeds_dir)


def source_of(path: Path | str, seeds_dir: Path | str) -> str:
    """A seed file's path inside the seeds folder, with forward slashes (its name in messages)."""
    p, root = os.fspath(path), os.fspath(seeds_dir).rstrip(os.sep)
    if p.startswith(root + os.sep):  # the common case, without building Path objects
        return p[len(root) + 1 :].replace(os.sep, "/")
    return Path(path).relative_to(seeds_dir).as_posix()


def read_seed(path: Path, seeds_dir: Path, max_mb: float = 5) -> bytes | Problem:
    """The bytes of one seed file, unless it is too large or cannot be read."""
    source = source_of(path, seeds_dir)
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_mb * 1_000_000:
                return Problem(
                    source,
                    f"is {size / 1_000_000:.1f} MB, over the {max_mb:g} MB limit for one article, "
                    "skipped",
                    "split it into several articles, or raise the parley option `max_article_mb`",
                )
            return fh.read()
    except OSError as exc:
        return Problem(
            source,
            f"cannot be read ({exc.strerror or exc})",
            "check that it exists and its permissions",
        )


def parse_article(raw: bytes, path: Path, seeds_dir: Path) -> Article | Problem:
    """An article from the bytes of its seed file (the format from the file name).

    Whatever goes wrong while reading one file is that file's `Problem`, never an exception: a
    reader's bug or an input nobody foresaw must not cost the rest of the corpus."""
    source = source_of(path, seeds_dir)
    try:
        return _parse_article(raw, path, source)
    except Exception as exc:  # noqa: BLE001 — the per-file boundary
        return Problem(
            source,
            f"could not be read ({failure(exc)}), skipped",
            "report this as a Parley bug, with the file if you can share it",
        )


def failure(exc: BaseException) -> str:
    """An exception in one line of a warning: its type and the start of its message."""
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message[:200]}" if message else type(exc).__name__


def _parse_article(raw: bytes, path: Path, source: str) -> Article | Problem:
    text, problems = decode(raw, source)
    if text is None:
        return problems[0]
    kind = SUFFIXES[Path(path).suffix.lower()]
    reader = {"text": parse_text, "markdown": parse_markdown, "html": parse_html}[kind]
    article = reader(text, source, problems)
    if not any(b.kind == "paragraph" for b in article.blocks):
        return Problem(source, "no article text found", "add the article text or delete the file")
    if article.negotiation is None and "/" in source:  # front matter wins over the folder
        article = dataclasses.replace(article, negotiation=negotiation_folder(source))
    return _within_text_budget(article)


def negotiation_folder(source: str) -> str | None:
    """The negotiation a seed's place says it belongs to: the first folder of its path inside the
    seeds folder (`water-treaty/2024-05-02-talks.txt`: water-treaty); None for a file at the top."""
    folder, sep, _rest = source.partition("/")
    name = " ".join(folder.split())
    return name if sep and name else None


# Characters of article text that are read (about 16,000 words: several times the longest news
# feature). Extraction is linear, but a dense adversarial text yields an item every few words; past
# this budget one file could cost more than a few seconds, so the rest is left out, with a warning.
MAX_TEXT_CHARS = 100_000


def _within_text_budget(article: Article, limit: int = MAX_TEXT_CHARS) -> Article:
    """The article, its blocks cut after `limit` characters (at a blank where there is one)."""
    total, kept = 0, []
    for block in article.blocks:
        if total + len(block.text) <= limit:
            kept.append(block)
            total += len(block.text) + 2
            continue
        room = limit - total
        cut = block.text.rfind(" ", 0, room) if room > 0 else -1
        cut = cut if cut > room // 2 else room
        if cut > 0 and block.kind == "paragraph":
            kept.append(dataclasses.replace(block, text=block.text[:cut].rstrip()))
        problem = Problem(
            article.source,
            f"the article is longer than {limit:,} characters; only the first {limit:,} were read",
            "split it into several articles",
        )
        return dataclasses.replace(
            article, blocks=tuple(kept), problems=(*article.problems, problem)
        )
    return article


def decode(raw: bytes, source: str) -> tuple[str | None, list[Problem]]:
    """Bytes → text with normalised newlines.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; UTF-8 with a few broken
    bytes keeps its text (the bytes become U+FFFD, with a warning); anything else is detected by
    charset-normalizer among the code pages of data/encodings.yml first (`_detect`). What no
    encoding explains is a binary file, refused.
    """
    problems: list[Problem] = []
    text: str | None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            text = raw.decode("utf-16", errors="replace")
            problems.append(
                Problem(source, "is UTF-16 with broken bytes (replaced with \ufffd)", FIX_ENCODING)
            )
    elif raw.count(b"\x00") > max(8, len(raw) // 100) and not _utf8(raw):
        return None, [
            Problem(
                source,
                "looks like a binary file, not text",
                "remove it or export the article as text",
            )
        ]
    else:
        text = _utf8(raw)
        if text is None:
            replaced = raw.decode("utf-8", errors="replace")
            bad = replaced.count("\ufffd")
            if re.search(rb"[\xc2-\xf4][\x80-\xbf]", raw) and bad <= max(3, len(replaced) // 200):
                text = replaced
                problems.append(
                    Problem(
                        source,
                        f"has {bad} byte(s) that are not valid UTF-8 (replaced with \ufffd)",
                        FIX_ENCODING,
                    )
                )
            else:
                text = _detect(raw)
                if text is None:
                    return None, [
                        Problem(
                            source,
                            "looks like a binary file or an unknown encoding, not text",
                            "remove it, or save the article as UTF-8 text",
                        )
                    ]
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text, problems


def _utf8(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _detect(raw: bytes) -> str | None:
    """Text in the likeliest encoding: charset-normalizer judges the usual Western, Central
    European, Turkish, Baltic, Cyrillic and Greek code pages first (`cp_isolation`), then any.
    Among its cleanest decodings (chaos within 0.01), the one whose letters best fit one alphabet
    wins, then the code page listed first: short texts decode cleanly in several pages, and
    charset-normalizer's own guess among them is often another language's."""
    from charset_normalizer import from_bytes

    sample = raw[:1_000_000]
    pages, _ = _encodings()
    matches = list(from_bytes(sample, cp_isolation=list(pages)))
    if not matches or min(m.chaos for m in matches) > 0.1:
        matches += list(from_bytes(sample))
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= best + 0.01]
    rank = {page: n for n, page in enumerate(pages)}
    pick = min(tied, key=lambda m: (-_fit(str(m)), rank.get(m.encoding, len(rank)), m.encoding))
    try:
        return raw.decode(pick.encoding)
    except (UnicodeDecodeError, LookupError):
        return str(pick) if len(raw) <= 1_000_000 else None


@lru_cache(maxsize=1)
def _encodings() -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """(code pages in order, each alphabet's letters beyond ASCII in both cases):
    data/encodings.yml."""
    data = _data("encodings.yml")
    alphabets = tuple(
        frozenset(c for ch in str(letters) for c in (ch, ch.upper()) if len(c) == 1 and c >= "\x80")
        for letters in data["alphabets"].values()
    )
    return tuple(str(p) for p in data["code_pages"]), alphabets


def _fit(text: str) -> int:
    """How many of the letters beyond ASCII in `text` belong to the one alphabet that has most."""
    counts = Counter(c for c in text if c >= "\x80")
    return max(
        (sum(n for c, n in counts.items() if c in letters) for letters in _encodings()[1]),
        default=0,
    )


def title_from_name(source: str) -> str:
    stem = _DATE_PREFIX.sub("", Path(source).stem)
    words = re.sub(r"[-_]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else Path(source).stem


def date_from_name(source: str) -> str | None:
    m = _DATE_PREFIX.match(Path(source).name)
    return _valid_date(m.group(1)) if m else None


_ISO_DAY = re.compile(r"(\d{4})-(\d\d?)-(\d\d?)(?![\d-])")


def _valid_date(value: object) -> str | None:
    """YYYY-MM-DD (optionally followed by a time) as an ISO date, or None when it is no real day."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = _ISO_DAY.match(value.strip()[:40])
        try:
            if m:
                return dt.date(*map(int, m.groups())).isoformat()
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()  # 20250301, 2025-W09-6
        except ValueError:  # 2025-02-30, 2025-13-45, yesterday
            return None
    return None


def is_heading_line(line: str) -> bool:
    """A short line without final punctuation, standing between paragraphs, is a heading."""
    s = line.strip()
    return (
        0 < len(s) <= 90
        and len(s.split()) <= 12
        and not s.endswith(_TERMINAL)
        and not s[0].islower()
        and any(c.isalpha() for c in s)
    )


def parse_text(text: str, source: str, problems: list[Problem] | None = None) -> Article:
    """Plain text: one paragraph per line, or per blank-line block when the text is hard-wrapped.
    The first line is the title when it reads like a headline (`is_headline`) and text follows."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        logical: list[
            list[str]
        ] = []  # each logical line as its physical lines (joined once: linear)
        size = 0  # characters of the last logical line, joined
        for line in (ln.strip() for ln in chunk.split("\n")):
            if not line:
                continue
            if (
                logical
                and _continues(logical[-1], size, line)
                and not _headline_apart(blocks, logical, line)
            ):
                logical[-1].append(line)
                size += 1 + len(line)
            else:
                logical.append([line])
                size = len(line)
        for parts in logical:
            line = " ".join(parts)
            blocks.append(Block("heading" if is_heading_line(line) else "paragraph", line))
    blocks = _body_follows(blocks)
    title = title_from_name(source)
    if (
        len(blocks) > 1
        and is_headline(blocks[0].text)
        and any(b.kind == "paragraph" for b in blocks[1:])
    ):
        title = blocks[0].text  # the page's title: not repeated as the first paragraph
        blocks = blocks[1:]
    # a date line at the top ("Published 5 February 2024") is text, not the heading of a section
    blocks = [
        Block("paragraph", b.text)
        if k < TOP_BLOCKS and b.kind == "heading" and is_date_line(b.text)
        else b
        for k, b in enumerate(blocks)
    ]
    date, date_source = dated(blocks, source)
    return Article(
        source=source,
        title=title,
        date=date,
        blocks=tuple(blocks),
        problems=tuple(problems or ()),
        date_source=date_source,
    )


def dated(
    blocks: list[Block] | tuple[Block, ...],
    source: str,
    given: str | None = None,
    given_source: str = "front matter",
) -> tuple[str | None, str | None]:
    """(date, where it came from): the metadata's (`given`), else the file name's, else one found
    at the top of the text (dates.py); front matter and file names always win over the text."""
    if given:
        return given, given_source
    named = date_from_name(source)
    if named:
        return named, "file name"
    return date_in_text(blocks, year_in_path(source))


# A headline: a first line of at most HEADLINE_WORDS words and HEADLINE_CHARS characters (longer
# than a section heading may be: wire headlines run to 20 words), starting with a capital, a digit
# or a quote mark, one sentence without a final full stop, comma, colon or semicolon ("?" and "!"
# are headline punctuation), and not a byline, a dateline or a date line.
HEADLINE_WORDS = 25
HEADLINE_CHARS = 160
WRAPPED = 100  # hard-wrapped text has lines shorter than this; longer ones are one paragraph each
_CLOSERS = "\"'”’»)]"
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\"'”’]?\s+[\"“‘]?[A-Z]")  # "…walk out. Norway says"
_BYLINE = re.compile(r"(?:By|BY)\s+[A-Z]")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}\Z")  # "U.S." ends a headline without a full stop


def is_headline(line: str) -> bool:
    """Whether a first line reads like a headline rather than the article's first sentence."""
    s = line.strip()
    words = s.split()
    if not (
        0 < len(s) <= HEADLINE_CHARS
        and len(words) <= HEADLINE_WORDS
        and any(c.isalpha() for c in s)
    ):
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "\"'“‘«"):
        return False
    if s[0] in '"“«' and s.endswith(('"', "”", "»")):
        # a quotation on a line of its own opens the story; headlines quote in single marks
        return False
    core = s.rstrip(_CLOSERS).rstrip()
    # a full stop inside the single quotes headlines quote with (US style: Mayor calls the cuts
    # 'reckless.') belongs to the quoted words; body text quotes with double marks ("… “reckless.”")
    quoted = s.endswith(("'", "’")) and core.endswith(".") and any(q in core for q in "'‘")
    if core.endswith((".", ",", ";", ":", "…")) and not _ABBREVIATION.search(core) and not quoted:
        return False
    if _SENTENCE_BREAK.search(s) or (_BYLINE.match(s) and len(words) <= 8):
        return False
    return not (is_dateline(s) or is_date_line(s))


def _headline_apart(blocks: list[Block], logical: list[list[str]], line: str) -> bool:
    """The file's first line stays apart from the next when it reads like a headline and the next
    line is a whole paragraph (longer than hard-wrapped lines are): not one run-on paragraph."""
    return (
        not blocks
        and len(logical) == 1
        and len(logical[0]) == 1
        and len(line) > WRAPPED
        and is_headline(logical[0][0])
    )


def _body_follows(blocks: list[Block]) -> list[Block]:
    """A line is a heading only when body text follows it: a heading-like last line (a paragraph
    ending in a name or a quote mark without a full stop) is the article's text, and the line
    before it, now followed by text, stays a heading. So an article never loses its only text."""
    if blocks and blocks[-1].kind == "heading":
        return [*blocks[:-1], Block("paragraph", blocks[-1].text)]
    return blocks


def _continues(previous: list[str], size: int, line: str) -> bool:
    """Hard-wrapped text: a long line that stops mid-sentence continues on the next line.
    `previous` is the logical line so far, as its physical lines, `size` its joined length (only a
    line short enough to be a heading is ever joined to be looked at)."""
    if previous[-1].endswith(_TERMINAL):
        return False
    return line[:1].islower() or (
        size >= 50 and not (size <= 90 and is_heading_line(" ".join(previous)))
    )


# --- Markdown -------------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Not Python-Markdown: its inline patterns are quadratic on unclosed brackets ("[" * 5,000 took
# 16.7 s, * 10,000 took 65 s with markdown 3.11), so one hostile article would stall the build.
# Linear time on any input: the regex engine tries a pattern at every opening mark, so a scan from
# one opening mark stops at the next one (`[` or `]` inside link text, `<` inside a tag, an opening
# `**`, `*` or `_` inside emphasis). Unclosed marks by the thousand then cost one pass, not one pass
# per mark; what this gives up is nesting ("[a [b] c](u)"), which these patterns never handled.
_INLINE = [
    (re.compile(r"!\[[^\[\]]*\]\([^)\[\]]*\)"), ""),  # images
    (re.compile(r"\[([^\[\]]*)\]\([^)\[\]]*\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]"), r"\1"),
    (re.compile(r"<[^<>\n]+>"), ""),  # inline HTML tags
    (re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__"), r"\1"),
    # emphasis runs until the first closing mark, and never over a mark that could open another
    # (the mark comes first, its lookbehind after it, so the engine can search for the mark)
    (re.compile(r"\*(?<![\w*]\*)(?=\S)((?:[^*]|(?<=[\w*])\*|\*(?!\S))+?)(?<=\S)\*(?!\w)"), r"\1"),
    (re.compile(r"_(?<!\w_)(?=\S)((?:[^_]|(?<=\w)_|_(?!\S))+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
]


FRONT_MATTER_MAX = 64_000  # characters: far more than any article's metadata
_LIMITS = {
    "title": 300,
    "source": 200,
    "url": 2_000,
    "negotiation": 120,
    "author": 200,
}  # the longest value kept, per field
TAGS_MAX, TAG_MAX = 100, 100  # how many tags are kept, and how long each may be
FLOW_DEPTH_MAX = 100  # `[`/`{` nesting: metadata needs two or three levels


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML with dates left as text: Parley checks them itself, so `date: 2025-02-30` is a
    warning, where PyYAML's timestamp constructor raises ValueError (not a YAMLError)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _timestamp_as_text(loader: _FrontMatterLoader, node: yaml.Node) -> str:
    return loader.construct_yaml_str(node)  # PyYAML's own constructor of plain text


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


class _TooLarge(Exception):
    pass


def load_front_matter(text: str) -> object:
    """The YAML between the `---` lines, within a budget: its node graph is measured with aliases
    expanded before anything is built from it, since a few hundred bytes of nested aliases
    ("billion laughs") stand for billions of values. Raises `_TooLarge` past the budget."""
    if len(text) > FRONT_MATTER_MAX:
        raise _TooLarge(f"is {len(text):,} characters long, over the {FRONT_MATTER_MAX:,} limit")
    if _flow_depth(text) > FLOW_DEPTH_MAX:  # PyYAML's scanner is quadratic in open `[`/`{`
        raise _TooLarge(f"nests `[` or `{{` more than {FLOW_DEPTH_MAX} deep")
    loader = _FrontMatterLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        budget = 1_000 + 2 * len(text)  # more nodes than that can only come from aliases
        if _expanded_size(node, budget) > budget:
            raise _TooLarge(f"expands to more than {budget:,} values through its aliases (`*name`)")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _flow_depth(text: str) -> int:
    """How deep `[` and `{` nest, counting every bracket (quoted ones too: an over-estimate that
    only text with a hundred more opening than closing brackets can reach)."""
    depth = deepest = 0
    for c in re.findall(r"[\[\]{}]", text):
        depth = depth + 1 if c in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def _expanded_size(root: yaml.Node, budget: int) -> int:
    """How many nodes the graph holds once every alias is expanded, counted no further than
    `budget` + 1 (each node once, so linear in the graph; an alias inside itself is endless)."""

    def children(node: yaml.Node) -> list[yaml.Node]:
        if isinstance(node, yaml.MappingNode):
            return [n for pair in node.value for n in pair]
        return list(node.value) if isinstance(node, yaml.SequenceNode) else []

    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        key = id(node)
        if closing:
            open_nodes.discard(key)
            sizes[key] = min(budget + 1, 1 + sum(sizes[id(c)] for c in children(node)))
        elif key not in sizes:
            if key in open_nodes:  # reached again below itself: a recursive alias
                return budget + 1
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((c, False) for c in children(node))
    return sizes[id(root)]


def _front_matter(yaml_text: str, source: str, problems: list[Problem]) -> dict:
    """The front matter as a mapping; anything else is one warning and an empty mapping."""
    try:
        loaded = load_front_matter(yaml_text) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        problems.append(
            Problem(
                source,
                "front matter is not valid YAML, ignored",
                "fix the YAML between the `---` lines",
                line=line,
            )
        )
        return {}
    except _TooLarge as exc:
        problems.append(
            Problem(
                source,
                f"front matter {exc}, ignored",
                "keep title, date, source, url and tags short and without aliases",
                line=1,
            )
        )
        return {}
    except Exception as exc:  # noqa: BLE001 — e.g. RecursionError on thousands of nested brackets
        problems.append(
            Problem(
                source,
                f"front matter could not be read ({failure(exc)}), ignored",
                "fix the YAML between the `---` lines",
                line=2,
            )
        )
        return {}
    if not isinstance(loaded, dict):
        problems.append(
            Problem(
                source,
                "front matter is not a mapping, ignored",
                "write it as `key: value` lines",
                line=2,
            )
        )
        return {}
    return loaded


def strip_inline_markdown(s: str) -> str:
    for pattern, repl in _INLINE:
        s = pattern.sub(repl, s)
    return s.strip()


def parse_markdown(text: str, source: str, problems: list[Problem] | None = None) -> Article:
    problems = list(problems or ())
    meta: dict = {}
    m = _FRONT.match(text)
    if m:
        body = text[m.end() :]
        meta = _front_matter(m.group(1) or "", source, problems)
    else:
        body = text
    blocks: list[Block] = []
    para: list[str] = []
    fenced = False

    def flush() -> None:
        if para:
            joined = strip_inline_markdown(" ".join(para))
            if joined:
                blocks.append(Block("paragraph", joined))
            para.clear()

    for raw in body.split("\n"):
        line = raw.strip()
        if line.startswith(("```", "~~~")):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        if not line or re.fullmatch(r"[-*_=]{3,}", line):
            flush()
            continue
        heading = _atx_heading(line)
        if heading is not None:
            flush()
            if heading:
                blocks.append(Block("heading", strip_inline_markdown(heading)))
            continue
        item = re.match(r"(?:[-*+]|\d+[.)])\s+(.*)", line)
        if item:
            flush()
            line = item.group(1)
        para.append(re.sub(r"^>\s?", "", line))
    flush()

    title = _meta_str(meta, "title", source, problems)
    if not title and blocks and blocks[0].kind == "heading":
        title, blocks = blocks[0].text, blocks[1:]
    date = None
    if "date" in meta and meta["date"] is not None:
        date = _valid_date(meta["date"])
        if date is None:
            problems.append(
                Problem(
                    source,
                    f"front matter `date` is not a date ({_shown(meta['date'])}), ignored",
                    "write it as YYYY-MM-DD, a day that exists",
                )
            )
    date, date_source = dated(blocks, source, date)
    return Article(
        source=source,
        title=title or title_from_name(source),
        date=date,
        date_source=date_source,
        blocks=tuple(blocks),
        url=_meta_str(meta, "url", source, problems),
        publisher=_meta_str(meta, "publisher", source, problems)
        or _meta_str(meta, "source", source, problems),
        tags=_tags(meta.get("tags"), source, problems),
        negotiation=_meta_str(meta, "negotiation", source, problems),
        author=_meta_str(meta, "author", source, problems),
        problems=tuple(problems),  # last: the fields above may add theirs
    )


def _shown(value: object) -> str:
    """A front matter value in a warning: text shown quoted and short, anything else by its type."""
    if isinstance(value, (str, int, float)):
        return repr(str(value)[:40])
    return f"a {type(value).__name__}"


def _tags(value: object, source: str, problems: list[Problem]) -> tuple[str, ...]:
    """Tags as sorted short texts: at most TAGS_MAX of them, TAG_MAX characters each."""
    if not value:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        problems.append(
            Problem(source, "front matter `tags` is not a list, ignored", "write tags: [a, b]")
        )
        return ()
    texts = [" ".join(str(t).split()) for t in items[:TAGS_MAX] if isinstance(t, (str, int, float))]
    if (
        len(items) > TAGS_MAX
        or len(texts) < min(len(items), TAGS_MAX)
        or any(len(t) > TAG_MAX for t in texts)
    ):
        problems.append(
            Problem(
                source,
                f"front matter `tags` has entries that are not short texts or more than "
                f"{TAGS_MAX} of them; kept the first {TAGS_MAX} texts, cut to {TAG_MAX} characters",
                "write tags: [a, b] with a few short words",
            )
        )
    return tuple(sorted({t[:TAG_MAX].strip() for t in texts if t}))


def _atx_heading(line: str) -> str | None:
    """The text of a `#` heading line (stripped, closing `#`s dropped), None for any other line.
    String methods, not a regex: the lazy group before optional spaces and `#`s backtracked
    quadratically over a long run of spaces."""
    level = len(line) - len(line.lstrip("#"))
    if not 1 <= level <= 6 or len(line) == level or not line[level].isspace():
        return None
    return line[level:].strip().rstrip("#").rstrip()


def _meta_str(meta: dict, key: str, source: str, problems: list[Problem]) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        limit = _LIMITS.get(key, 300)
        if len(text) > limit:
            problems.append(
                Problem(
                    source,
                    f"front matter `{key}` is {len(text):,} characters long, cut to {limit}",
                    f"shorten the {key}",
                )
            )
            text = text[:limit].rstrip()
        return text or None
    problems.append(
        Problem(source, f"front matter `{key}` is not a string, ignored", f"write {key}: some text")
    )
    return None


# --- HTML -----------------------------------------------------------------------------------

_SKIP = {
    "script",
    "style",
    "noscript",
    "iframe",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
    "template",
    "button",
    "select",
    "textarea",
    "object",
    "embed",
    "canvas",
    "figure",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "blockquote",
    "br",
    "tr",
    "dd",
    "dt",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "body",
    "ul",
    "ol",
    "table",
}
_VOID = {
    "br",
    "img",
    "hr",
    "meta",
    "link",
    "input",
    "source",
    "wbr",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "track",
}


class _ArticleHTML(HTMLParser):
    """Collects headings and paragraphs; prefers <article>, then <main>, then <body>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[str] = []
        self.open: dict[str, int] = {}  # how many of each tag are on the stack: O(1) membership
        self.current: list[str] = []
        self.current_kind = "paragraph"
        self.blocks: dict[str, list[Block]] = {"article": [], "main": [], "body": []}
        self.title_parts: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or ""
            if key and a.get("content"):
                self.meta.setdefault(key.lower(), a["content"])
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag in _VOID:
            if tag == "br":
                self._flush()
            return
        self.stack.append(tag)
        self.open[tag] = self.open.get(tag, 0) + 1
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        if tag in _BLOCK:
            self._flush()
            if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                self.current_kind = "heading"

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.open.get(tag):
            return  # a stray end tag: looked up in O(1), not by a scan of a deep stack
        while self.stack:
            open_tag = self.stack.pop()
            self.open[open_tag] -= 1
            if open_tag in _SKIP:
                self.skip_depth -= 1
            if open_tag == "title":
                self.in_title = False
            if open_tag in _BLOCK:
                self._flush()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        kind, self.current_kind = self.current_kind, "paragraph"
        if not text:
            return
        block = Block(kind, text)
        for scope in ("article", "main", "body"):
            if self.open.get(scope) or scope == "body":
                self.blocks[scope].append(block)


def parse_html(text: str, source: str, problems: list[Problem] | None = None) -> Article:
    """An HTML page: its main text as trafilatura finds it (without navigation, related-story
    lists, comments or cookie banners), else, for pages too short for it, the hand-written reader's
    `<article>`, `<main>` or `<body>`. Metadata: the page's own `<meta>` tags first, then
    trafilatura's (JSON-LD, `<time>`, the `<title>`); the site's name is cut off the title. The
    author is trafilatura's (it cleans bylines: no "By", no addresses), else the page's
    `<meta name="author">`."""
    problems = list(problems or ())
    parser = _ArticleHTML()
    parser.feed(text)
    parser.close()
    parser._flush()
    blocks = parser.blocks["article"] or parser.blocks["main"] or parser.blocks["body"]
    found = None
    if sum(len(b.text) for b in parser.blocks["body"]) <= MAIN_TEXT_MAX:
        found = main_text(text, source, problems)
    main, meta = found or ([], {})
    if any(b.kind == "paragraph" for b in main):
        blocks = main
    site = _html_meta(parser.meta, "og:site_name", "source") or _html_meta(
        meta, "sitename", "source"
    )
    title = (
        meta.get("title")
        or " ".join("".join(parser.title_parts).split())
        or parser.meta.get("og:title")
    )
    if blocks and blocks[0].kind == "heading":
        title = _without_site(title or blocks[0].text, site, blocks[0].text)
        if blocks[0].text == title:
            blocks = blocks[1:]
    given = _valid_date(parser.meta.get("article:published_time") or parser.meta.get("time") or "")
    given = given or _valid_date(meta.get("date", ""))
    date, date_source = dated(blocks, source, given, "page metadata")
    title = _without_site(title, site, None)[: _LIMITS["title"]] if title else None
    return Article(
        source=source,
        title=title or title_from_name(source),
        date=date,
        date_source=date_source,
        blocks=tuple(blocks),
        url=_html_meta(parser.meta, "og:url", "url") or _html_meta(meta, "url", "url"),
        publisher=site,
        problems=tuple(problems),
        author=_html_meta(meta, "author", "author") or _html_meta(parser.meta, "author", "author"),
    )


# trafilatura reads at most this many characters of page text (it takes about 7 µs a character;
# the article budget is MAX_TEXT_CHARS): a larger page is read by the hand-written reader alone.
MAIN_TEXT_MAX = 4 * MAX_TEXT_CHARS
# Offline and deterministic: `extract` fetches nothing; htmldate's latest allowed date is "today"
# unless given, and its extensive search reads dates from free text against the clock, so both are
# fixed here. Precision over recall keeps related links and short boilerplate out.
_DATE_PARAMS = {
    "original_date": True,
    "extensive_search": False,
    "min_date": "1900-01-01",
    "max_date": "2999-12-31",
}
_MAIN_TAGS = {"head": "heading", "p": "paragraph", "quote": "paragraph", "item": "paragraph"}


@functools.lru_cache(maxsize=1)
def _trafilatura() -> tuple[Callable[..., str | None], ConfigParser]:
    """trafilatura's `extract` and its configuration (imported on the first HTML page; its own
    log lines are silenced: a failure becomes the page's `Problem`)."""
    import logging

    import trafilatura
    from trafilatura.settings import use_config

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    config = use_config()
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return trafilatura.extract, config


def main_text(
    html: str, source: str, problems: list[Problem]
) -> tuple[list[Block], dict[str, str]] | None:
    """The page's main text as headings and paragraphs, and its metadata (title, date, author,
    sitename, url); None when trafilatura finds no main text (a short page) or fails (a warning)."""
    extract, config = _trafilatura()
    try:
        xml = extract(
            html,
            output_format="xml",
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params=dict(_DATE_PARAMS),
            config=config,
        )
        if not xml:
            return None
        from lxml import etree

        xml_parser = etree.XMLParser(resolve_entities=False, no_network=True)
        root = etree.fromstring(xml.encode("utf-8"), xml_parser)
    except Exception as exc:  # noqa: BLE001 — a library's bug costs the page its filter only
        problems.append(
            Problem(
                source,
                f"main-text extraction failed ({failure(exc)}); read the "
                "whole <article>, <main> or <body> instead",
                "check the page is well-formed HTML",
            )
        )
        return None
    for lb in root.iter("lb"):
        lb.text = " "
    blocks = []
    for el in root.iterfind("main//*"):
        kind = _MAIN_TAGS.get(el.tag)
        # a paragraph inside a quote or a list item is part of it (depth ≤ libxml2's 256)
        if kind and not any(a.tag in _MAIN_TAGS for a in el.iterancestors()):
            text = " ".join("".join(el.itertext()).split())
            if text:
                blocks.append(Block(kind, text))
    meta = {k: " ".join(str(v).split()) for k, v in root.attrib.items()}
    return blocks, meta


_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " · ", " :: ", " // ")


def _without_site(title: str, site: str | None, heading: str | None) -> str:
    """A page title without the site's name ("Deal reached | Harbour News": "Deal reached"): cut
    where a separator stands between the name (or the page's first heading) and the rest."""
    site_key = (site or "").casefold()
    for sep in _TITLE_SEPARATORS:
        rest, found, name = (s.strip() for s in title.rpartition(sep))
        if found and rest and (name.casefold() == site_key or rest == heading):
            return rest
        name, found, rest = (s.strip() for s in title.partition(sep))
        if found and rest and (name.casefold() == site_key or rest == heading):
            return rest
    return title


def _html_meta(meta: dict[str, str], key: str, field: str) -> str | None:
    """A <meta> value on one line, cut to the length front matter allows the same field."""
    return " ".join(meta.get(key, "").split())[: _LIMITS[field]] or None
