"""Pages as HTML, from Jinja2 templates, rendered when MkDocs asks for them.

Parley's pages skip Markdown: they are lists and tables of extracted items, which Python-Markdown
converts slowly and which must be escaped for it as well as for HTML. The templates print HTML with
autoescape on; the few fragments built here (document bodies, chart placeholders) escape their
text themselves and are passed on as `Markup`. Each page also has a Markdown stub (front matter:
title and tags) so MkDocs and Material treat it as a page like any other.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import charts
from .aggregate import MoveTypes, histories, latest, move_actors, stances, type_table
from .extract.knowledge import CSS_COLOUR, RESERVED_TYPE_IDS, shipped_move_types
from .filters import filter_form, moves_attrs, row_attrs
from .ids import SECTION_PAGES, Taken, is_id, slugify, unique
from .model import Corpus, Document, Extraction, Move, MoveType, Quote
from .negotiations import Negotiation, negotiations
from .parties import Party, rank_parties, stance

_LINES = {"solid": 2, "dashed": 2, "dotted": 2, "double": 3}  # underline style: width in px


def _styled(t: MoveType) -> bool:
    """Whether a move type has marks of its own style: a colour, and an id fit for a class name."""
    return (
        bool(t.colour)
        and re.fullmatch(r"[a-z][a-z0-9_]*", t.id) is not None
        and t.id not in RESERVED_TYPE_IDS
        and all(CSS_COLOUR.match(c) for c in (t.colour, t.background) if c)
        and t.line in _LINES
    )


def move_class(move_type: str, types: MoveTypes) -> str:
    """The CSS class of a move's mark: its type's own (`parley-<id>`, styled by `move_types_css`),
    or the neutral `parley-move` for a type the table gives no colour."""
    return (
        f"parley-{move_type}" if move_type in types and _styled(types[move_type]) else "parley-move"
    )


def move_types_css(types: MoveTypes) -> str:
    """The stylesheet's rules for each move type's marks, made from the table (appended to
    parley.css)."""
    rules = [
        (
            "/* Move types: from the move types table (generator/data/move_types.yml, a user "
            "lexicon's). */\n"
        )
    ]
    for t in types.values():
        if _styled(t):
            tint = f"background: {t.background}; " if t.background else ""
            rules.append(
                f"mark.parley-{t.id} {{ {tint}border-bottom: {_LINES[t.line]}px {t.line} "
                f"{t.colour}; }}\n"
            )
    return "".join(rules)


def and_list(words) -> str:
    """'rejections, threats and agreements'."""
    words = list(words)
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def page_names(ids, reserved: frozenset[str]) -> dict[str, str]:
    """id → the name of its page in its section folder: the id itself, unless that is the name of
    a page the section has already (its index), or not an id's shape; then a free name made from
    it. Deterministic: the same ids give the same names."""
    ids = sorted(set(ids))
    taken = Taken(reserved)
    taken.update(i for i in ids if i not in reserved and is_id(i))
    return {i: i if i not in reserved and is_id(i) else unique(slugify(i), taken) for i in ids}


def page_path(section: str, name: str) -> str:
    """`section/name.md`, refused unless it stays inside its section folder (a last line of
    defence: ids are checked where they are read)."""
    path = f"{section}/{name}.md"
    if not is_id(name) or path.startswith("/") or ".." in path.split("/"):
        raise ValueError(f"refusing to write the page {path!r}: {name!r} is not a page name")
    return path


# Caps that keep every page's weight independent of the corpus size (the downloads have it all).
MAX_PARTIES = (
    12  # parties on the home page (all of a negotiation's on its overview, up to MAX_ACTORS)
)
MAX_PARTIES_LISTED = 4  # parties of each negotiation in the lists of negotiations
MAX_NEGOTIATIONS = 20  # negotiations on the home page (all on negotiations/index)
MAX_ACTORS = 60  # parties on a negotiation's overview
MAX_QUOTES = 50  # an actor's latest quotes
MAX_MOVES = 20  # an issue's latest moves (10 an issue on an actor page)
MAX_DOCUMENTS = 100  # the latest documents on the timeline (50 on an actor page)
PER_PAGE = 250  # documents per page of the documents list


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def templates_dir() -> Path:
    """Installed wheel: generator/templates; source checkout or editable: ./templates."""
    packaged = Path(str(resources.files("generator"))) / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    """Templates that write HTML: everything they print is HTML-escaped. One per process: its
    compiled templates are reused by every rebuild under `mkdocs serve` (reloaded if edited)."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["latest"] = lambda items, n: list(items)[-n:]  # index pages stay light at any scale
    return env


def page_url(path: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives the page at `path` (relative to docs/), relative to the site root."""
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem[:-5]
        return stem if directory_urls else stem + "index.html"
    return stem + "/" if directory_urls else stem + ".html"


class PageKit:
    """What a template needs to know about the page it writes: links relative to it, and its
    headings (ids unique on the page), recorded for the table of contents."""

    def __init__(
        self,
        path: str,
        directory_urls: bool = True,
        names: dict[str, str] | None = None,
        pages: dict[str, dict[str, str]] | None = None,
        types: MoveTypes | None = None,
    ) -> None:
        self.path = path
        self.types = types if types is not None else MoveTypes(shipped_move_types())
        self.directory_urls = directory_urls
        self.root = "../" * page_url(path, directory_urls).count("/")
        self.names = names or {}  # actor id → name, for the actors that have a page
        self.pages = pages or {}  # section → id → page name, where that is not the id (page_names)
        self.tokens: list[dict] = []
        self._ids: set[str] = set()

    def url(self, path: str, anchor: str | None = None) -> str:
        """Link to the page at `path` (a docs-relative .md path), optionally to an anchor on it."""
        return self.root + page_url(path, self.directory_urls) + (f"#{anchor}" if anchor else "")

    def page(self, section: str, item_id: str) -> str:
        """The docs-relative path of a document's or an actor's page."""
        return f"{section}/{self.pages.get(section, {}).get(item_id, item_id)}.md"

    def actor(self, actor_id: str) -> str:
        """Link to an actor's page."""
        return self.url(self.page("actors", actor_id))

    def doc(self, doc: Document, sentence: str | None = None) -> str:
        path = self.page("documents", doc.id)
        if sentence and self.path == path:
            return f"#{sentence}"
        return self.url(path, sentence)

    # List items, built here rather than in template macros: pages hold thousands of them.

    def who(self, name: str, actor_id: str | None) -> Markup:
        """A name, linked to its actor's page when it has one."""
        if actor_id and actor_id in self.names:
            return Markup(f'<a href="{self.actor(actor_id)}">{_e(name)}</a>')
        return Markup(_e(name))

    def quote(
        self, d: Document, q: Quote, show_doc: bool = True, attrs: Markup = Markup("")
    ) -> Markup:
        text = f"<em>{_e(q.text)}</em>" if q.kind == "indirect" else f"“{_e(q.text)}”"
        who = self.who(
            q.speaker or self.names.get(q.speaker_id or "") or "unknown speaker", q.speaker_id
        )
        link = _e(d.title) if show_doc else "evidence"
        return Markup(
            f'<li{attrs}>{text} — {who} · <a href="{self.doc(d, q.sentence)}">{link}</a></li>'
        )

    def move(self, d: Document, m: Move, show_doc: bool = True) -> Markup:
        who = self.who(m.actor or self.names.get(m.actor_id or "") or "unknown", m.actor_id)
        issues = f" ({_e(', '.join(m.issues))})" if m.issues else ""
        link = _e(d.title) if show_doc else "evidence"
        return Markup(
            f"<li><strong>{_e(self.types[m.type].label)}</strong> — {who}: {_e(m.text)}{issues} · "
            f'<a href="{self.doc(d, m.sentence)}">{link}</a></li>'
        )

    def file(self, path: str) -> str:
        """Link to a file that is not a page (downloads)."""
        return self.root + path

    def heading(self, level: int, text: str, hid: str | None = None) -> Markup:
        hid = unique(hid or slugify(text, fallback="section"), self._ids)
        self.tokens.append({"level": level, "id": hid, "name": html.escape(text), "children": []})
        return Markup(
            f'<h{level} id="{hid}">{html.escape(text)}'
            f'<a class="headerlink" href="#{hid}" title="Permanent link">&para;</a></h{level}>'
        )

    def toc(self) -> list[dict]:
        """The headings as the nested tokens MkDocs' `get_toc` takes."""
        top: list[dict] = []
        stack: list[dict] = []
        for token in self.tokens:
            t = {**token, "children": []}
            while stack and stack[-1]["level"] >= t["level"]:
                stack.pop()
            (stack[-1]["children"] if stack else top).append(t)
            stack.append(t)
        return top


# --- HTML fragments -------------------------------------------------------------------------


def chart_block(figure: str, label: str) -> Markup:
    """A placeholder the page script draws with Plotly (lazily loaded)."""
    return Markup(
        f'<div class="parley-chart" role="img" aria-label="{html.escape(label)}" '
        f'data-figure="{html.escape(figure, quote=True)}"></div>'
    )


def document_body(ex: Extraction, names: dict[str, str], kit: PageKit) -> Markup:
    """The article, sentence by sentence, each with an anchor and its items marked inline."""
    doc = ex.document
    spans: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for q in ex.quotes:
        cls = "parley-reported" if q.kind == "indirect" else "parley-quote"
        spans[q.sentence].append(
            (q.start, q.end, cls, f"{_kind_label(q)} — {q.speaker or 'unknown speaker'}")
        )
    for m in ex.all_moves:
        who = m.actor or names.get(m.actor_id or "", "unknown")
        label = kit.types[m.type].label
        spans[m.sentence].append(
            (m.start, m.end, move_class(m.type, kit.types), f"{label} — {who}")
        )
    by_id = {s.id: s for s in doc.sentences}
    out = ['<div class="parley-doc">']
    for n, section in enumerate(doc.sections, 1):
        if section.heading:
            out.append(kit.heading(2, section.heading, f"sec-{n}"))
        for para in section.paragraphs:
            parts = [_sentence_html(doc.text, by_id[sid], spans.get(sid, [])) for sid in para]
            out.append("<p>" + " ".join(parts) + "</p>")
    out.append("</div>")
    return Markup("\n".join(out))


def _kind_label(q: Quote) -> str:
    return {"direct": "Quote", "partial": "Partial quote", "indirect": "Reported speech"}.get(
        q.kind, "Quote"
    )


def _sentence_html(text: str, sent, spans: list[tuple[int, int, str, str]]) -> str:
    if not spans:
        escaped = html.escape(text[sent.start : sent.end])
        return f'<span class="parley-sentence" id="{sent.id}">{escaped}</span>'
    points = sorted(
        {sent.start, sent.end} | {max(sent.start, min(p, sent.end)) for s in spans for p in s[:2]}
    )
    pieces = []
    for a, b in itertools.pairwise(points):
        chunk = html.escape(text[a:b])
        active = [s for s in spans if s[0] <= a and b <= s[1]]
        if active:
            classes = " ".join(sorted({s[2] for s in active}))
            label = html.escape("; ".join(dict.fromkeys(s[3] for s in active)), quote=True)
            # title: the accessible description; data-label: the same text shown on hover and focus
            chunk = (
                f'<mark class="{classes}" title="{label}" data-label="{label}" '
                f'tabindex="0">{chunk}</mark>'
            )
        pieces.append(chunk)
    return f'<span class="parley-sentence" id="{sent.id}">{"".join(pieces)}</span>'


_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>[^<]*</a>')
_INLINE_TAGS = re.compile(r"</?(?:span|mark|a|em|strong|small)\b[^>]*>")


SEARCH_END = "<!--parley:search-end-->"  # a page's text after this is not indexed


def search_html(page_html: str) -> str:
    """The same page for the search indexer: without permalinks and inline markup, and without
    what follows SEARCH_END (a document's summary, which repeats its sentences).

    Material's indexer keeps the text, the blocks and the headings of a page and drops inline
    tags, so this yields the same index entries as the full page, less the summary's; it just
    spares the indexer the thousands of evidence marks and sentence anchors of a long article
    (tested in test_render.py)."""
    end = page_html.find(SEARCH_END)
    if end >= 0:
        page_html = page_html[:end]
    return _TABLE.sub(_table_sentences, _INLINE_TAGS.sub("", _PERMALINK.sub("", page_html)))


_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table>", re.DOTALL)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.DOTALL)
_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t[hd]>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _table_sentences(m: re.Match) -> str:
    """A table as the search index reads it: one line a row, "first cell — header value; …", not
    its cells glued together ("ActorTypeParty Russiastate"). Empty and zero cells are left out."""
    header: list[str] = []
    lines = []
    for row in _ROW.finditer(m.group(1)):
        cells = [
            (kind, " ".join(_TAG.sub(" ", text).split()))
            for kind, text in _CELL.findall(row.group(1))
        ]
        if cells and all(kind == "h" for kind, _ in cells):
            header = [text.lower() for _, text in cells]
            continue
        values = [text for _, text in cells]
        if not values or not values[0]:
            continue
        rest = [
            f"{header[k] if k < len(header) else ''} {v}".strip()
            for k, v in enumerate(values[1:], 1)
            if v and v != "0"
        ]
        lines.append(f"<li>{values[0]}{' — ' + '; '.join(rest) if rest else ''}.</li>")
    return "<ul>" + " ".join(lines) + "</ul>" if lines else ""


@dataclass
class Page:
    template: str
    title: str
    context: Callable[[], dict[str, Any]]  # called when the page is rendered
    tags: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()  # ids besides the headings (sentences)
    memo: Callable[[], tuple] | None = (
        None  # what the page depends on, when it can be kept between builds
    )
    search: bool = (
        True  # False: a page that only lists what other pages hold is left out of the index
    )


class Site:
    """Every generated page: a Markdown stub each (`pages`: front matter) and its HTML
    (`render`)."""

    def __init__(self, shared: dict[str, Any], pages: dict[str, Page], memo: Any = None) -> None:
        self.shared = shared
        self.html_pages = pages
        self.env = environment()
        self.memo = memo  # cache.Memo: document pages kept between builds
        self._parts: dict[
            tuple[str, bool], tuple
        ] = {}  # each memoised page's dependencies, worked out once

    def kept(self, path: str) -> bool:
        """Whether the page's HTML can be had again from the cache (else it must be kept)."""
        return (
            self.html_pages[path].memo is not None
            and self.memo is not None
            and getattr(self.memo, "dir", None) is not None
        )

    @property
    def pages(self) -> dict[str, str]:
        return {
            path: front_matter(
                title=safe_title(p.title),
                tags=safe_tags(p.tags),
                search=None if p.search else {"exclude": True},
            )
            for path, p in self.html_pages.items()
        }

    def memo_parts(self, path: str, directory_urls: bool = True) -> tuple | None:
        """What the page at `path` depends on, when it is kept in the cache (else None)."""
        memo = self.html_pages[path].memo
        if memo is None or not self.kept(path):
            return None
        parts = self._parts.get((path, directory_urls))
        if parts is None:
            parts = self._parts[(path, directory_urls)] = (*memo(), directory_urls)
        return parts if parts[0] else None

    def render(self, path: str, directory_urls: bool = True) -> tuple[str, list[dict]]:
        """(HTML, table-of-contents tokens) of the page at `path`."""
        page = self.html_pages[path]
        parts = self.memo_parts(path, directory_urls)
        if parts:
            kept = self.memo.get("page", parts)
            if isinstance(kept, tuple):
                return kept
        kit = PageKit(
            path,
            directory_urls,
            self.shared["names"],
            self.shared["page_names"],
            self.shared["move_type"],
        )
        out = self.env.get_template(page.template).render(
            {**self.shared, **page.context(), "kit": kit}
        )
        if parts:
            self.memo.put("page", parts, (out, kit.toc()))
        return out, kit.toc()

    def anchors(self, path: str, toc: list[dict]) -> set[str]:
        """The ids links may point at: headings, and sentences on document pages."""
        ids = set(self.html_pages[path].anchors)
        todo = list(toc)
        while todo:
            t = todo.pop()
            ids.add(t["id"])
            todo.extend(t["children"])
        return ids

    def markdown(self, directory_urls: bool = True) -> dict[str, str]:
        """Every page as a Markdown file: front matter and raw HTML (`parley build --markdown`)."""
        return {
            path: stub + self.render(path, directory_urls)[0] for path, stub in self.pages.items()
        }


def render_site(corpus: Corpus, memo: Any = None) -> Site:
    """Every generated page, ready to render; `memo` (cache.Memo) keeps document pages between
    builds, keyed on the extraction and the corpus-wide facts the page shows (actor names,
    labels)."""
    b = _SiteBuilder(corpus)
    pages: dict[str, Page] = {"index.md": Page("index.html.j2", "Negotiations at a glance", b.home)}
    _document_lists(pages, corpus.extractions)
    for ex in corpus.extractions:
        pages[page_path("documents", b.pages_of["documents"][ex.document.id])] = Page(
            "document.html.j2",
            ex.document.title,
            functools.partial(_document_page, b, ex),
            tags=ex.document.tags,
            anchors=tuple(s.id for s in ex.document.sentences),
            memo=functools.partial(_document_memo, b, ex),
        )
    pages["actors/index.md"] = Page("actors.html.j2", "Actors", b.actors_index)
    for actor in corpus.actors:
        pages[page_path("actors", b.pages_of["actors"][actor.id])] = Page(
            "actor.html.j2", actor.name, functools.partial(b.actor_page, actor)
        )
    pages["quotes.md"] = Page(
        "quotes.html.j2",
        "Quotes",
        lambda: {"by_party": _quotes_by_party(corpus, b.all_quotes), **b.quotes_filter()},
    )
    # The timeline and the positions tables repeat items of the document pages, where search finds
    # them in their context; indexing them again would only crowd the results.
    pages["timeline.md"] = Page("timeline.html.j2", "Timeline", b.timeline, search=False)
    pages["positions.md"] = Page(
        "positions.html.j2", "Where the sides stand", b.positions, search=False
    )
    pages["issues.md"] = Page("issues.html.j2", "Issues", b.issues_page)
    _negotiation_pages(pages, b)
    return Site(b.shared(), pages, memo)


class _SiteBuilder:
    """The corpus-wide facts the pages share, and one context function per page kind. Charts are
    computed once, on first use (a page that is not rendered costs nothing)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.names = {a.id: a.name for a in corpus.actors}
        self.docs = {ex.document.id: ex.document for ex in corpus.extractions}
        self.all_quotes = [(ex.document, q) for ex in corpus.extractions for q in ex.quotes]
        self.all_moves = [(ex.document, m) for ex in corpus.extractions for m in ex.all_moves]
        self.labels = dict(corpus.issues)
        self.order = {iid: k for k, iid in enumerate(self.labels)}
        used = {i for _, m in self.all_moves for i in (m.issues or ("other",))}
        self.issues = sorted(used, key=lambda i: (self.order.get(i, len(self.order)), i))
        self.types = type_table(corpus)
        self.move_types = self.types.order(
            m.type for _, m in self.all_moves
        )  # the table's, then others
        # Page names: an id that is a section page's name ('index': Mr Index) gets another one.
        self.pages_of = {
            "documents": page_names(self.docs, SECTION_PAGES["documents"]),
            "actors": page_names(self.names, SECTION_PAGES["actors"]),
        }
        self.renamed = {
            section: {i: n for i, n in table.items() if n != i}
            for section, table in self.pages_of.items()
        }
        self.figures: dict[str, Any] = {}
        self._by_actor: tuple[dict, dict, dict] | None = None
        self.negotiations: tuple[Negotiation, ...] = ()  # set by _negotiation_pages
        self._parties: tuple[tuple[Party, dict | None], ...] | None = None
        self._within: dict[str, _SiteBuilder] = {}
        self._copies: dict[str, list] | None = None

    def shared(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "names": self.names,
            "issues": self.issues,
            "actor_ids": set(self.names),
            "issue_label": self.issue_label,
            "move_type": self.types,
            "move_types": self.move_types,
            "page_names": self.renamed,
            "max_quotes": MAX_QUOTES,
            "max_moves": MAX_MOVES,
            "max_documents": MAX_DOCUMENTS,
        }

    def copies_of(self, ex: Extraction) -> tuple:
        """The copies of a document left out of the site (duplicates.py), by source."""
        if self._copies is None:
            self._copies = defaultdict(list)
            for d in self.corpus.duplicates:
                self._copies[d.of].append(d)
        return tuple(self._copies.get(ex.document.id, ()))

    def issue_label(self, i: str) -> str:
        return self.labels.get(i, i.replace("_", " ").capitalize())

    def chart(self, name: str, make: Callable[[], Any]) -> Any:
        if name not in self.figures:
            self.figures[name] = make()
        return self.figures[name]

    def heat(self) -> dict[str, Any]:
        fig = self.chart(
            "heat",
            lambda: charts.positions_heatmap(
                self.corpus, {i: self.issue_label(i) for i in self.issues}
            ),
        )
        header = ["Actor", "Issue", "Latest move", *(self.types[t].plural for t in self.move_types)]
        if not fig:
            return {"heat_chart": None, "heat_rows": [], "heat_header": header, "heat_numeric": ()}
        return {
            "heat_chart": chart_block(
                fig[0], "Heatmap of the latest move of each actor on each issue"
            ),
            "heat_rows": [
                (n, i, last, *(c.get(t, 0) for t in self.move_types)) for n, i, last, c in fig[1]
            ],
            "heat_header": header,
            "heat_numeric": tuple(range(3, len(header))),
        }

    def timeline(self) -> dict[str, Any]:
        fig = self.chart("timeline", lambda: charts.moves_timeline(self.corpus))
        if not fig:
            return {"timeline_chart": None, "timeline_rows": []}
        return {
            "timeline_chart": chart_block(fig[0], "Moves by actor over time"),
            "timeline_rows": [
                (when, title, who, self.types[t].label, text)
                for when, title, who, t, text in fig[1]
            ],
        }

    def home(self) -> dict[str, Any]:
        corpus = self.corpus
        mentions = self.chart("mentions", lambda: charts.mentions_per_actor(corpus))
        return {
            "dates": sorted(d.date for d in self.docs.values() if d.date),
            "n_quotes": len(self.all_quotes),
            "n_moves": len(self.all_moves),
            "parties": [] if self.negotiations else self.parties()[:MAX_PARTIES],
            "negotiations": [self.negotiation_row(n) for n in self.negotiations[:MAX_NEGOTIATIONS]],
            "n_negotiations": len(self.negotiations),
            "latest": latest_first(corpus.extractions)[:10],
            "recent": [ex for ex in latest_first(corpus.extractions) if ex.all_moves][:3],
            "mentions_chart": chart_block(mentions[0], "Bar chart of mentions per actor")
            if mentions
            else None,
            "mentions_table": mentions[1] if mentions else [],
            **self.heat(),
        }

    def parties(self) -> tuple[tuple[Party, dict | None], ...]:
        """The ranked parties (parties.py), each with its latest stance."""
        if self._parties is None:
            self._parties = tuple(
                (p, stance(p, self.issue_label, self.types)) for p in rank_parties(self.corpus)
            )
        return self._parties

    def within(self, n: Negotiation) -> _SiteBuilder:
        """The page builder of one negotiation's corpus (made once, for its three pages and the
        lists)."""
        if n.id not in self._within:
            self._within[n.id] = _SiteBuilder(n.corpus)
        return self._within[n.id]

    def negotiation_row(self, n: Negotiation) -> dict[str, Any]:
        """A negotiation as the home page and the negotiations index list it."""
        ranked = self.within(n).parties()[:MAX_PARTIES_LISTED]
        sides = [p for p in ranked if p[0].role != "other"]
        parties = sides if len(sides) >= 2 else ranked  # a lone side: show who else is named
        return {
            "name": n.name,
            "path": f"negotiations/{n.id}/index.md",
            "documents": len(n.corpus.extractions),
            "dates": n.dates,
            "parties": parties,
        }

    def by_actor(self) -> tuple[dict, dict, dict]:
        """Members, quotes and moves (by actor and issue) of every actor, from one pass over the
        corpus for all actor pages (not one per actor)."""
        if self._by_actor is None:
            members: dict[str, list] = defaultdict(list)
            for actor in self.corpus.actors:
                if actor.party:
                    members[actor.party].append(actor)
            quotes_by: dict[str, list] = defaultdict(list)
            for d, q in self.all_quotes:
                if q.speaker_id:
                    quotes_by[q.speaker_id].append((d, q))
            moves_by: dict[tuple[str, str], list] = defaultdict(list)
            for d, m in self.all_moves:
                for a in move_actors(m):
                    for i in m.issues or ("other",):
                        moves_by[(a, i)].append((d, m))
            self._by_actor = (members, quotes_by, moves_by)
        return self._by_actor

    def actors_index(self) -> dict[str, Any]:
        network = self.chart("network", lambda: charts.cooccurrence_network(self.corpus))
        return {
            "network_chart": chart_block(
                network[0], "Network of actors named in the same sentences"
            )
            if network
            else None,
            "network_table": network[1] if network else [],
        }

    def actor_page(self, actor) -> dict[str, Any]:
        members, quotes_by, moves_by = self.by_actor()
        index = self.chart("mentions_index", lambda: charts.mentions_index(self.corpus))
        fig = charts.actor_mentions_by_document(self.corpus, actor.id, index)
        return {
            "actor": actor,
            "people": members.get(actor.id, []),
            "quotes": quotes_by.get(actor.id, []),
            "moves_by_issue": [(i, moves_by.get((actor.id, i), [])) for i in self.issues],
            "documents": [self.docs[d] for d in actor.documents if d in self.docs],
            "chart": chart_block(fig[0], f"Mentions of {actor.name} over time")
            if fig and fig[0]
            else None,
            "chart_table": fig[1] if fig else [],
        }

    def positions(self) -> dict[str, Any]:
        table = stances(self.corpus)
        return {
            "stances": [
                _stance_rows(table[i], self.names, i, self.move_types)
                for i in self.issues
                if i in table
            ],
            "over_time": self.stances_over_time(),
            **self.heat(),
            **self.timeline(),
            **self.positions_filter(table),
        }

    def negotiation_of(self) -> dict[str, str]:
        """document id → the id of its negotiation ({} for a site of one negotiation)."""
        return {ex.document.id: n.id for n in self.negotiations for ex in n.corpus.extractions}

    def positions_filter(self, table: dict) -> dict[str, Any]:
        """The positions page's filter form, and each row's attributes (filters.py): a party's
        moves on an issue, as the stances table has them."""
        of = self.negotiation_of()
        options = {
            "negotiation": {n.id: n.name for n in self.negotiations},
            "party": {a: self.names.get(a, a) for by_actor in table.values() for a in by_actor},
            "issue": {i: self.issue_label(i) for i in table},
            "type": {t: self.types[t].label for t in self.move_types},
        }
        form = filter_form(
            "parley-positions-list", "positions", options, (d.date for d, _ in self.all_moves)
        )
        return {
            "filter": form,
            "filter_row": lambda issue, actor: moves_attrs(
                (dm for moves in table.get(issue, {}).get(actor, {}).values() for dm in moves),
                actor,
                issue,
                of,
            ),
        }

    def quotes_filter(self) -> dict[str, Any]:
        """The quotes page's filter form (negotiation, party, date) and each quote's attributes."""
        of, actors = self.negotiation_of(), {a.id: a for a in self.corpus.actors}
        parties = {_quote_party(actors, q) for _, q in self.all_quotes}
        options = {"negotiation": {n.id: n.name for n in self.negotiations}, "party": dict(parties)}
        form = filter_form(
            "parley-quotes-list", "quotes", options, (d.date for d, _ in self.all_quotes)
        )
        return {
            "filter": form,
            "quote_row": lambda d, q: row_attrs(
                dates=(d.date,),
                negotiation=(of.get(d.id, ""),),
                party=(_quote_party(actors, q)[0],),
            ),
        }

    def stances_over_time(self) -> dict[str, tuple[Markup | None, list]]:
        """issue → (its chart of each party's moves over time, its rows: (party id, latest
        (document, move), history steps)), the parties with the most moves on it first."""
        out = {}
        for issue, by_actor in histories(self.corpus).items():
            fig = charts.stance_chart(by_actor, self.names, self.types)
            label = f"Moves on {self.issue_label(issue)} by party over time"
            out[issue] = (
                chart_block(fig, label) if fig else None,
                [
                    (a, latest(by_actor[a]), _steps(by_actor[a]))
                    for a in charts.stance_parties(by_actor, self.names)
                ],
            )
        return out

    def issues_page(self) -> dict[str, Any]:
        by_issue: dict[str, list] = defaultdict(list)
        for d, m in self.all_moves:
            for i in m.issues or ("other",):
                by_issue[i].append((d, m))
        counts = {i: Counter(m.type for _, m in items) for i, items in by_issue.items()}
        return {"by_issue": [(i, by_issue[i]) for i in self.issues], "counts": counts}


def latest_first(extractions) -> list[Extraction]:
    """Documents newest first, the undated after every dated one (the corpus orders them by date,
    undated last: reversed, the undated would pass for the latest)."""
    dated = [ex for ex in extractions if ex.document.date]
    return dated[::-1] + [ex for ex in extractions if not ex.document.date]


def _document_page(b: _SiteBuilder, ex: Extraction) -> dict[str, Any]:
    """A document page's context: the document's, and the copies of it that are not published."""
    return {**_document_context(ex, b.names, b.order, b.types), "copies": b.copies_of(ex)}


def _document_memo(b: _SiteBuilder, ex: Extraction) -> tuple:
    """What a document page depends on (its cache.Memo key), the copies of it too."""
    copies = b.copies_of(ex)
    return _document_depends_on(ex, b.names, b.issue_label, b.renamed, b.types) + (
        (copies,) if copies else ()
    )


def _document_context(
    ex: Extraction, names: dict[str, str], order: dict[str, int], types: MoveTypes
) -> dict[str, Any]:
    legend = types.order(m.type for m in ex.all_moves)
    return {
        "legend": [(move_class(t, types), types[t].label.lower()) for t in legend],
        "other_moves": and_list(
            types[t].plural.lower() for t in legend if t not in ("demand", "proposal")
        ),
        "ex": ex,
        "doc": ex.document,
        "body": lambda kit: document_body(ex, names, kit),
        "origin": article_origin(ex.document) + article_byline(ex.document),
        "direct": [q for q in ex.quotes if q.kind != "indirect"],
        "reported": [q for q in ex.quotes if q.kind == "indirect"],
        "speakers": sorted({q.speaker for q in ex.quotes if q.speaker}, key=str.lower),
        "doc_issues": sorted(
            {i for m in ex.all_moves for i in m.issues}, key=lambda i: order.get(i, 99)
        ),
    }


def article_origin(doc: Document) -> Markup:
    """' · Publisher' after a document's file name, a link to the article's `url` when that is a web
    address (http or https with a host); any other URL (`javascript:` …) is shown as text only."""
    url, publisher = doc.url or "", doc.publisher or ""
    if not url:
        return Markup(f" · {_e(publisher)}") if publisher else Markup("")
    if _web_address(url):
        text = publisher or urlsplit(url).hostname or url
        return Markup(f' · <a href="{_e(url)}" rel="noopener">{_e(text)}</a>')
    return Markup(
        f"{' · ' + _e(publisher) if publisher else ''} · url <code>{_e(url)}</code> (not a "
        "web address)"
    )


def article_byline(doc: Document) -> Markup:
    """' · by Author' after the publisher, when the article names its author."""
    return Markup(f" · by {_e(doc.author)}") if doc.author else Markup("")


def _web_address(url: str) -> bool:
    """http(s)://host…, nothing that a browser would read another way (spaces, controls,
    backslashes)."""
    if any(c.isspace() or ord(c) < 32 or c == "\\" for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _document_depends_on(
    ex: Extraction,
    names: dict[str, str],
    issue_label,
    renamed: dict[str, dict[str, str]] | None = None,
    types: MoveTypes | None = None,
) -> tuple:
    """Everything a document page shows besides its extraction: the names and pages of the actors
    it links to (and its own page, when not named by its id), the labels of its issues, and the
    move types of its legend and marks."""
    ids = (
        {a.id for a in ex.actors}
        | {q.speaker_id for q in ex.quotes}
        | {m.actor_id for m in ex.all_moves}
    )
    renamed = renamed or {}
    moved = tuple(
        sorted(
            (s, i, renamed[s][i])
            for s, group in (("actors", ids), ("documents", {ex.document.id}))
            for i in group
            if i in renamed.get(s, {})
        )
    )
    return (
        ex.key,
        tuple(sorted((i, names.get(i)) for i in ids if i)),
        tuple(sorted((i, issue_label(i)) for m in ex.all_moves for i in m.issues)),
        tuple(types[t] for t in types.order(m.type for m in ex.all_moves))
        if types is not None
        else (),
    ) + ((moved,) if moved else ())


def _document_lists(pages: dict[str, Page], extractions: tuple[Extraction, ...]) -> None:
    """The list of documents, PER_PAGE to a page: the latest on documents/index, earlier ones on
    archive/<n>; no page grows with the corpus."""
    chunks = [extractions[k : k + PER_PAGE] for k in range(0, len(extractions), PER_PAGE)] or [()]
    last = len(chunks)

    def path(n: int) -> str:
        return "documents/index.md" if n == last else f"archive/{n}.md"

    def span(chunk) -> tuple[str, str]:
        first, final = chunk[0].document, chunk[-1].document
        return first.date or "undated", final.date or "undated"

    ranges = [(n, *span(c), None) if c else (n, "", "", None) for n, c in enumerate(chunks, 1)]

    def listing(n: int, chunk: tuple[Extraction, ...], title: str) -> dict[str, Any]:
        return {
            "title": title,
            "items": chunk,
            "pages": ranges,
            "number": n,
            "total": len(extractions),
            "per_page": PER_PAGE,
            "page_path": path,
        }

    for n, chunk in enumerate(chunks, 1):
        title = "Documents" if n == last else f"Documents, page {n} of {last}"
        pages[path(n)] = Page(
            "documents.html.j2", title, functools.partial(listing, n, chunk, title), search=False
        )  # titles: each document is indexed


def front_matter(**meta: Any) -> str:
    """YAML front matter for a generated page; values are JSON (valid YAML), so article text in
    them cannot break out of its string."""
    import json

    items = {k: v for k, v in meta.items() if v}
    if not items:
        return ""
    return (
        "---\n"
        + "".join(f"{k}: {json.dumps(v, ensure_ascii=True)}\n" for k, v in items.items())
        + "---\n\n"
    )


def safe_title(title: str) -> str:
    """A page title for <title> and the theme, which print it unescaped: no markup characters."""
    return " ".join(title.translate(_TITLE_MARKS).split())


_TITLE_MARKS = str.maketrans("<>&{}", "‹›＆()")  # markup characters → look-alikes


def safe_tags(tags) -> list[str]:
    """Tags for Material's tags plugin, which prints them unescaped: words, digits, - _ . + /
    only."""
    out = []
    for tag in tags:
        clean = " ".join(re.sub(r"[^\w\s.+/-]", "", str(tag)).split())[:60]
        if clean and clean not in out:
            out.append(clean)
    return out


def _quotes_by_party(corpus: Corpus, all_quotes):
    """[(party name, [(speaker, [(doc, quote)])])]: who spoke for whom, unattributed last."""
    actors = {a.id: a for a in corpus.actors}
    groups: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for d, q in all_quotes:
        party = _quote_party(actors, q)[1]
        groups[party][q.speaker or "Unknown speaker"].append((d, q))
    last = {"Others": 1, "Unattributed": 2}
    return [
        (p, sorted(speakers.items(), key=lambda kv: kv[0].lower()))
        for p, speakers in sorted(
            groups.items(), key=lambda kv: (last.get(kv[0], 0), kv[0].lower())
        )
    ]


def _quote_party(actors: dict, q: Quote) -> tuple[str, str]:
    """(key, name) of the party a quote's speaker speaks for: a person's party, an organisation
    itself; "Others" and "Unattributed" have keys no actor id can have (ids are slugs)."""
    a = actors.get(q.speaker_id or "")
    if a is None:
        return ("(unattributed)", "Unattributed") if not q.speaker else ("(others)", "Others")
    if a.type == "person":
        return (a.party, actors[a.party].name) if a.party in actors else ("(others)", "Others")
    return a.id, a.name


def _stance_rows(by_actor, names, issue, move_types):
    """(issue, [(actor id, {type: moves})] by name, the move types present) for one issue."""
    rows = sorted(by_actor.items(), key=lambda kv: (names.get(kv[0], kv[0]).lower(), kv[0]))
    types = [t for t in move_types if any(by_type.get(t) for _, by_type in rows)]
    return issue, rows, types


def _steps(
    history: list[tuple[Document, Move]], most: int = 6
) -> tuple[int, list[tuple[str, int, list]]]:
    """A party's history on an issue as steps: runs of moves of one type, in order (demand ×2 →
    offer → agreement): (the steps before the last `most`, [(type, moves in the run, the run's
    (document, move) first and last)])."""
    steps: list[tuple[str, int, list]] = []
    for d, m in history:
        if steps and steps[-1][0] == m.type and bool(steps[-1][2][-1][0].date) == bool(d.date):
            steps[-1] = (m.type, steps[-1][1] + 1, [steps[-1][2][0], (d, m)])
        else:
            steps.append((m.type, 1, [(d, m)]))
    return max(0, len(steps) - most), steps[-most:]


def _negotiation_pages(pages: dict[str, Page], b: _SiteBuilder) -> None:
    """negotiations/index and, for each negotiation, its overview, positions and timeline, made by
    the whole site's context functions over its own corpus. None for a site of one negotiation."""
    b.negotiations = negotiations(b.corpus)
    if not b.negotiations:
        return
    pages["negotiations/index.md"] = Page(
        "negotiations.html.j2",
        "Negotiations",
        lambda: {"rows": [b.negotiation_row(n) for n in b.negotiations]},
    )
    for n in b.negotiations:
        base = f"negotiations/{n.id}"
        page_path("negotiations", n.id)  # refuses a name that would leave the folder
        pages[f"{base}/index.md"] = Page(
            "negotiation.html.j2", n.name, functools.partial(_overview, b, n)
        )
        # as the whole site's: lists of items the document pages hold, left out of the index
        pages[f"{base}/positions.md"] = Page(
            "positions.html.j2",
            f"{n.name}: where the sides stand",
            functools.partial(_within, b, n, "positions"),
            search=False,
        )
        pages[f"{base}/timeline.md"] = Page(
            "timeline.html.j2",
            f"{n.name}: timeline",
            functools.partial(_within, b, n, "timeline"),
            search=False,
        )


def _within(b: _SiteBuilder, n: Negotiation, kind: str) -> dict[str, Any]:
    """A negotiation's positions or timeline page: the whole site's context function run on its
    corpus, with the facts the templates read of the corpus replaced by the negotiation's."""
    sub = b.within(n)
    context = sub.positions() if kind == "positions" else sub.timeline()
    heading = {"positions": "where the sides stand", "timeline": "timeline"}[kind]
    return {
        **context,
        "corpus": n.corpus,
        "issues": sub.issues,
        "move_types": sub.move_types,
        "negotiation": {"name": n.name, "base": f"negotiations/{n.id}", "page": kind},
        "page_heading": f"{n.name}: {heading}",
    }


def _overview(b: _SiteBuilder, n: Negotiation) -> dict[str, Any]:
    sub = b.within(n)
    return {
        **b.negotiation_row(n),
        "all_parties": sub.parties()[:MAX_ACTORS],
        "n_parties": len(sub.parties()),
        "sub_issues": sub.issues,
        "n_quotes": len(sub.all_quotes),
        "n_moves": len(sub.all_moves),
        "latest": latest_first(n.corpus.extractions)[:10],
        "negotiation": {"name": n.name, "base": f"negotiations/{n.id}", "page": "overview"},
    }
