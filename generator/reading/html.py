"""HTML articles: the main text as trafilatura finds it (navigation, banners, comments and
related links left out), with title, date, author and site; the hand-written reader of
<article>, <main> or <body> for pages too short for it."""

from __future__ import annotations

import functools
from collections.abc import Callable
from configparser import ConfigParser
from html.parser import HTMLParser

from ..model import Article, Block, Problem
from .encodings import MAX_TEXT_CHARS, failure
from .frontmatter import _LIMITS
from .text import _valid_date, dated, title_from_name

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
