"""Document pages rendered as HTML (no Markdown), and what the search indexer sees of them."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from conftest import extract_text
from material.plugins.search.plugin import SearchIndex
from mkdocs.structure.toc import get_toc

from generator.aggregate import aggregate
from generator.model import Section
from generator.render import MAX_DOCUMENTS, PER_PAGE, page_url, render_site, search_html


@pytest.fixture(scope="module")
def site():
    ex = extract_text(
        "Talks resumed in Geneva on Monday. “We will not accept a ceasefire on these terms,” "
        "said Anna Berg, Norway's foreign minister.",
        "Berg said that the sides had agreed to swap 300 prisoners. Sweden demanded "
        "<b>sanctions</b> & more.",
        "“Nothing is agreed until everything is agreed,” she added.",
    )
    doc = ex.document
    # an article with a section heading, to see it in the table of contents
    sections = (
        Section(None, doc.sections[0].paragraphs[:1]),
        Section("Prisoners <swap>", doc.sections[0].paragraphs[1:]),
    )
    ex = replace(ex, document=replace(doc, sections=sections))
    return render_site(aggregate([ex], []))


def _index(html: str, toc, title: str) -> list[dict]:
    index = SearchIndex(lang=["en"], separator="", pipeline=[], fields={})
    page = SimpleNamespace(
        meta={"title": title}, content=html, toc=get_toc(toc), url="documents/t/", title=title
    )
    index.add_entry_from_context(page)
    return index.entries


@pytest.mark.parametrize("directory_urls", [True, False])
def test_document_page_links_headings_and_toc(site, directory_urls):
    html, toc = site.render("documents/t.md", directory_urls)
    actor = "../../actors/anna-berg/" if directory_urls else "../actors/anna-berg.html"
    assert f'href="{actor}"' in html
    assert (
        'id="s1"' in html and 'href="#s2"' in html
    )  # every sentence has an anchor; evidence links to it
    assert "&lt;b&gt;sanctions&lt;/b&gt; &amp; more" in html and "<b>" not in html
    assert 'class="parley-quote"' in html and 'class="parley-reported"' in html
    top = toc[0]
    assert [t["id"] for t in top["children"]] == ["sec-2", "in-this-document"]
    assert top["children"][0]["name"] == "Prisoners &lt;swap&gt;"
    assert [t["id"] for t in top["children"][1]["children"]] == [
        "quotes",
        "reported-speech",
        "positions",
    ]
    anchors = site.anchors("documents/t.md", toc)
    assert {"s1", "s2", "sec-2", "quotes", "title"} <= anchors


def test_search_sees_the_same_text_without_the_markup(site):
    html, toc = site.render("documents/t.md")
    light = search_html(html)
    assert "<mark" not in light and "<span" not in light and len(light) < len(html)
    full_entries, light_entries = _index(html, toc, "T"), _index(light, toc, "T")
    summary = (
        "#in-this-document",
        "#quotes",
        "#reported-speech",
        "#positions",
    )  # repeats the article
    assert light_entries == [e for e in full_entries if not e["location"].endswith(summary)]
    assert len(light_entries) < len(full_entries)
    assert any("We will not accept a ceasefire" in e["text"] for e in light_entries)
    assert [e["location"] for e in light_entries] == ["documents/t/", "documents/t/#sec-2"]


def test_page_urls_follow_mkdocs():
    assert [
        page_url(p) for p in ("index.md", "documents/index.md", "quotes.md", "actors/x.md")
    ] == ["", "documents/", "quotes/", "actors/x/"]
    assert [
        page_url(p, False) for p in ("index.md", "documents/index.md", "quotes.md", "actors/x.md")
    ] == ["index.html", "documents/index.html", "quotes.html", "actors/x.html"]


def test_document_list_is_paged_and_no_page_grows_with_the_corpus():
    exs = [
        extract_text(f"Norway demanded a ceasefire in round {k}.") for k in range(PER_PAGE * 2 + 3)
    ]
    exs = [
        replace(ex, document=replace(ex.document, id=f"d{k:04d}", date=f"2025-01-{1 + k % 28:02d}"))
        for k, ex in enumerate(exs)
    ]
    site = render_site(aggregate(exs, []))
    assert {"documents/index.md", "archive/1.md", "archive/2.md"} <= set(site.pages)
    latest, _ = site.render("documents/index.md")
    assert (
        latest.count("<tr>") == 3 + 1 and 'href="../archive/1/"' in latest
    )  # 3 rows and the header
    first, _ = site.render("archive/1.md")
    assert first.count("<tr>") == PER_PAGE + 1 and 'href="../../documents/"' in first
    timeline, _ = site.render("timeline.md")
    assert timeline.count("Read the document") == MAX_DOCUMENTS
