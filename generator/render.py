"""Pages as Markdown, from Jinja2 templates: {page path: markdown}.

Article text is untrusted. Every value a template prints is escaped for Markdown *and* HTML by
the environment's `finalize` hook; the few HTML fragments built here (document bodies, chart
placeholders) escape their text themselves and are passed on as `Markup`.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import charts
from .aggregate import MOVE_TYPES, move_actors, stances
from .model import Corpus, Extraction, Quote

MOVE_LABELS = {"demand": "Demand", "proposal": "Proposal", "reject": "Rejection", "threaten": "Threat",
               "agree": "Agreement"}
MOVE_PLURALS = {"demand": "Demands", "proposal": "Proposals", "reject": "Rejections", "threaten": "Threats",
                "agree": "Agreements"}

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>:<])")


def md(value: Any) -> str:
    """Text safe in Markdown and HTML: entities for <>&"' and backslashes before Markdown marks."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=True))


def h(value: Any) -> Markup:
    """Text for an HTML context (raw HTML blocks and attributes)."""
    return Markup(html.escape("" if value is None else str(value), quote=True))


def templates_dir() -> Path:
    """Installed wheel: generator/templates; source checkout or editable: ./templates."""
    packaged = Path(str(resources.files("generator"))) / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates_dir())), autoescape=False,
                      finalize=md, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters["h"] = h
    env.filters["latest"] = lambda items, n: list(items)[-n:]  # index pages stay light at any scale
    env.filters["md"] = lambda v: Markup(md(v))
    return env


def html_environment() -> Environment:
    """For templates that write HTML: everything printed is HTML-escaped."""
    return Environment(loader=FileSystemLoader(str(templates_dir())), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


# --- HTML fragments -------------------------------------------------------------------------

def chart_block(figure: str, label: str) -> Markup:
    """A placeholder the page script draws with Plotly (lazily loaded)."""
    return Markup(f'<div class="parley-chart" role="img" aria-label="{html.escape(label)}" '
                  f'data-figure="{html.escape(figure, quote=True)}"></div>')


def document_body(ex: Extraction, names: dict[str, str]) -> Markup:
    """The article, sentence by sentence, each with an anchor and its items marked inline."""
    doc = ex.document
    spans: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for q in ex.quotes:
        cls = "parley-reported" if q.kind == "indirect" else "parley-quote"
        spans[q.sentence].append((q.start, q.end, cls, f"{_kind_label(q)} — {q.speaker or 'unknown speaker'}"))
    for m in ex.all_moves:
        who = m.actor or names.get(m.actor_id or "", "unknown")
        spans[m.sentence].append((m.start, m.end, f"parley-{m.type}", f"{MOVE_LABELS[m.type]} — {who}"))
    by_id = {s.id: s for s in doc.sentences}
    out = ['<div class="parley-doc">']
    for n, section in enumerate(doc.sections, 1):
        if section.heading:
            out.append(f'<h2 class="parley-section" id="sec-{n}">{html.escape(section.heading)}'
                       f'<a class="headerlink" href="#sec-{n}" title="Permanent link">&para;</a></h2>')
        for para in section.paragraphs:
            parts = [_sentence_html(doc.text, by_id[sid], spans.get(sid, [])) for sid in para]
            out.append("<p>" + " ".join(parts) + "</p>")
    out.append("</div>")
    return Markup("\n".join(out))


def _kind_label(q: Quote) -> str:
    return {"direct": "Quote", "partial": "Partial quote", "indirect": "Reported speech"}.get(q.kind, "Quote")


def _sentence_html(text: str, sent, spans: list[tuple[int, int, str, str]]) -> str:
    if not spans:
        return f'<span class="parley-sentence" id="{sent.id}">{html.escape(text[sent.start:sent.end])}</span>'
    points = sorted({sent.start, sent.end} | {max(sent.start, min(p, sent.end)) for s in spans for p in s[:2]})
    pieces = []
    for a, b in zip(points, points[1:]):
        chunk = html.escape(text[a:b])
        active = [s for s in spans if s[0] <= a and b <= s[1]]
        if active:
            classes = " ".join(sorted({s[2] for s in active}))
            label = html.escape("; ".join(dict.fromkeys(s[3] for s in active)), quote=True)
            # title: the accessible description; data-label: the same text shown on hover and focus
            chunk = f'<mark class="{classes}" title="{label}" data-label="{label}" tabindex="0">{chunk}</mark>'
        pieces.append(chunk)
    return f'<span class="parley-sentence" id="{sent.id}">{"".join(pieces)}</span>'


_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>[^<]*</a>')
_INLINE_TAGS = re.compile(r"</?(?:span|mark|a|em|strong|small)\b[^>]*>")


def search_html(page_html: str) -> str:
    """The same page for the search indexer: without permalinks and inline markup.

    Material's indexer keeps the text, the blocks and the headings of a page and drops inline
    tags, so this yields the same index entries; it just spares the indexer the thousands of
    evidence marks and sentence anchors of a long article (tested in test_render.py)."""
    return _INLINE_TAGS.sub("", _PERMALINK.sub("", page_html))


class DocumentPages:
    """Document pages as HTML, rendered when MkDocs asks for them (see plugin.py)."""

    def __init__(self, ctx: dict[str, Any], extractions: dict[str, Extraction]) -> None:
        self.ctx = ctx
        self.extractions = extractions  # {page path: extraction}
        self.template = html_environment().get_template("document.html.j2")

    def render(self, path: str, directory_urls: bool = True) -> tuple[str, list[dict]]:
        """(HTML, table-of-contents tokens) of the document page at `path` (documents/<id>.md)."""
        ex = self.extractions[path]
        doc = ex.document
        ctx = self.ctx
        order = ctx["issue_order"]
        root = "../../" if directory_urls else "../"
        title_id = "title"
        page = self.template.render(
            **ctx, ex=ex, doc=doc, body=document_body(ex, ctx["names"]), root=root, title_id=title_id,
            actor_url=(lambda a: f"actors/{a}/") if directory_urls else (lambda a: f"actors/{a}.html"),
            positions_url="positions/" if directory_urls else "positions.html",
            direct=[q for q in ex.quotes if q.kind != "indirect"],
            reported=[q for q in ex.quotes if q.kind == "indirect"],
            speakers=sorted({q.speaker for q in ex.quotes if q.speaker}, key=str.lower),
            doc_issues=sorted({i for m in ex.all_moves for i in m.issues}, key=lambda i: order.get(i, 99)))
        return page, _toc(ex, title_id)

    def anchors(self, path: str, toc: list[dict]) -> set[str]:
        """The ids links may point at: every sentence and every heading."""
        ids = {s.id for s in self.extractions[path].document.sentences}
        todo = list(toc)
        while todo:
            t = todo.pop()
            ids.add(t["id"])
            todo.extend(t["children"])
        return ids


def _toc(ex: Extraction, title_id: str) -> list[dict]:
    """The tokens MkDocs' `get_toc` takes (names are HTML: escaped)."""
    def token(level: int, tid: str, name: str) -> dict:
        return {"level": level, "id": tid, "name": html.escape(name), "children": []}

    children = [token(2, f"sec-{n}", s.heading) for n, s in enumerate(ex.document.sections, 1) if s.heading]
    summary = token(2, "in-this-document", "In this document")
    kinds = {q.kind == "indirect" for q in ex.quotes}
    for present, tid, name in ((False in kinds, "quotes", "Quotes"), (True in kinds, "reported-speech", "Reported speech"),
                               (bool(ex.all_moves), "positions", "Positions"), (bool(ex.problems), "warnings", "Warnings")):
        if present:
            summary["children"].append(token(3, tid, name))
    top = token(1, title_id, ex.document.title)
    top["children"] = children + [summary]
    return [top]


# --- pages ----------------------------------------------------------------------------------

@dataclass
class Site:
    """Every generated page. `pages`: {path relative to docs: Markdown}; the document pages among
    them hold only their front matter, their HTML comes from `documents`."""

    pages: dict[str, str]
    documents: DocumentPages

    def markdown(self, directory_urls: bool = True) -> dict[str, str]:
        """Every page as a Markdown file (document pages as front matter and raw HTML)."""
        out = dict(self.pages)
        for path in self.documents.extractions:
            out[path] += self.documents.render(path, directory_urls)[0]
        return out


def render_site(corpus: Corpus) -> Site:
    """Every generated page."""
    env = environment()
    names = {a.id: a.name for a in corpus.actors}
    docs = {ex.document.id: ex.document for ex in corpus.extractions}
    all_quotes = [(ex.document, q) for ex in corpus.extractions for q in ex.quotes]
    all_moves = [(ex.document, m) for ex in corpus.extractions for m in ex.all_moves]
    labels = dict(corpus.issues)
    order = {iid: k for k, iid in enumerate(labels)}
    used = {i for _, m in all_moves for i in (m.issues or ("other",))}
    issues = sorted(used, key=lambda i: (order.get(i, len(order)), i))
    ctx = {"corpus": corpus, "names": names, "issue_order": order, "issues": issues, "link": _link, "actor_link": _actor_link,
           "actor_ids": set(names), "issue_label": lambda i: labels.get(i, i.replace("_", " ").capitalize()),
           "move_label": MOVE_LABELS, "move_plural": MOVE_PLURALS, "move_types": MOVE_TYPES}
    pages: dict[str, str] = {}

    mentions = charts.mentions_per_actor(corpus)
    heat = charts.positions_heatmap(corpus, {i: ctx["issue_label"](i) for i in issues})
    timeline = charts.moves_timeline(corpus)
    dates = sorted(d.date for d in docs.values() if d.date)
    pages["index.md"] = env.get_template("index.md.j2").render(
        **ctx, dates=dates, n_quotes=len(all_quotes), n_moves=len(all_moves),
        parties=[a for a in corpus.actors if a.type != "person"][:20],
        latest=list(reversed(corpus.extractions))[:10],
        recent=[ex for ex in reversed(corpus.extractions) if ex.all_moves][:3],
        mentions_chart=chart_block(mentions[0], "Bar chart of mentions per actor") if mentions else None,
        mentions_table=mentions[1] if mentions else [],
        heat_chart=chart_block(heat[0], "Heatmap of positions by actor and issue") if heat else None,
        heat_table=heat[1] if heat else [])
    pages["documents/index.md"] = env.get_template("documents.md.j2").render(**ctx)
    for ex in corpus.extractions:
        # the page itself is HTML, rendered on demand (DocumentPages); Markdown carries its metadata
        pages[f"documents/{ex.document.id}.md"] = front_matter(title=safe_title(ex.document.title),
                                                               tags=safe_tags(ex.document.tags))
    network = charts.cooccurrence_network(corpus)
    # one pass over the corpus for every actor page (not one per actor)
    members: dict[str, list] = defaultdict(list)
    for a in corpus.actors:
        if a.party:
            members[a.party].append(a)
    quotes_by: dict[str, list] = defaultdict(list)
    for d, q in all_quotes:
        if q.speaker_id:
            quotes_by[q.speaker_id].append((d, q))
    moves_by: dict[tuple[str, str], list] = defaultdict(list)
    for d, m in all_moves:
        for a in move_actors(m):
            for i in m.issues or ("other",):
                moves_by[(a, i)].append((d, m))
    pages["actors/index.md"] = env.get_template("actors.md.j2").render(
        **ctx, network_chart=chart_block(network[0], "Network of actors named in the same sentences")
        if network else None, network_table=network[1] if network else [])
    for actor in corpus.actors:
        chart = charts.actor_mentions_by_document(corpus, actor.id)
        pages[f"actors/{actor.id}.md"] = env.get_template("actor.md.j2").render(
            **ctx, actor=actor,
            people=members.get(actor.id, []),
            quotes=quotes_by.get(actor.id, []),
            moves_by_issue=[(i, moves_by.get((actor.id, i), [])) for i in issues],
            documents=[docs[d] for d in actor.documents if d in docs],
            chart=chart_block(chart[0], f"Mentions of {actor.name} per document") if chart else None,
            chart_table=chart[1] if chart else [])
    pages["quotes.md"] = env.get_template("quotes.md.j2").render(**ctx, by_party=_quotes_by_party(corpus, all_quotes))
    pages["timeline.md"] = env.get_template("timeline.md.j2").render(
        **ctx, timeline_chart=chart_block(timeline[0], "Moves by actor over the documents") if timeline else None,
        timeline_table=timeline[1] if timeline else [])
    by_issue: dict[str, list] = defaultdict(list)
    for d, m in all_moves:
        for i in m.issues or ("other",):
            by_issue[i].append((d, m))
    by_issue_sorted = [(i, by_issue[i]) for i in issues]
    table = stances(corpus)
    pages["positions.md"] = env.get_template("positions.md.j2").render(
        **ctx, stances=[_stance_rows(table[i], names, i) for i in issues if i in table],
        heat_chart=chart_block(heat[0], "Heatmap of moves by actor and issue") if heat else None,
        heat_table=heat[1] if heat else [],
        timeline_chart=chart_block(timeline[0], "Moves by actor over the documents") if timeline else None,
        timeline_table=timeline[1] if timeline else [])
    pages["issues.md"] = env.get_template("issues.md.j2").render(**ctx, by_issue=by_issue_sorted)
    return Site(pages, DocumentPages(ctx, {f"documents/{ex.document.id}.md": ex for ex in corpus.extractions}))


def front_matter(**meta: Any) -> str:
    """YAML front matter for a generated page; values are JSON (valid YAML), so article text in
    them cannot break out of its string."""
    import json

    items = {k: v for k, v in meta.items() if v}
    if not items:
        return ""
    return "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=True)}\n" for k, v in items.items()) + "---\n\n"


def safe_title(title: str) -> str:
    """A page title for <title> and the theme, which print it unescaped: no markup characters."""
    return " ".join(title.translate(str.maketrans({"<": "‹", ">": "›", "&": "＆", "{": "(", "}": ")"})).split())


def safe_tags(tags) -> list[str]:
    """Tags for Material's tags plugin, which prints them unescaped: words, digits, - _ . + / only."""
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
        a = actors.get(q.speaker_id or "")
        if a is None:
            party = "Unattributed" if not q.speaker else "Others"
        elif a.type == "person":
            party = actors[a.party].name if a.party in actors else "Others"
        else:
            party = a.name
        groups[party][q.speaker or "Unknown speaker"].append((d, q))
    last = {"Others": 1, "Unattributed": 2}
    return [(p, sorted(speakers.items(), key=lambda kv: kv[0].lower()))
            for p, speakers in sorted(groups.items(), key=lambda kv: (last.get(kv[0], 0), kv[0].lower()))]


def _stance_rows(by_actor, names, issue):
    """(issue, [(actor id, {type: moves})] by name, the move types present) for one issue."""
    rows = sorted(by_actor.items(), key=lambda kv: (names.get(kv[0], kv[0]).lower(), kv[0]))
    types = [t for t in MOVE_TYPES if any(by_type.get(t) for _, by_type in rows)]
    return issue, rows, types


def _link(doc, sentence: str | None = None, depth: int = 1) -> Markup:
    """A Markdown link target to a document (or one sentence of it) from a page `depth` deep.

    Ids are slugs and sentence ids are `s<n>`, so the target needs no escaping."""
    anchor = f"#{sentence}" if sentence else ""
    return Markup("../" * depth + f"documents/{doc.id}.md{anchor}")


def _actor_link(actor_id: str, depth: int = 1) -> Markup:
    return Markup("../" * depth + f"actors/{actor_id}.md")
