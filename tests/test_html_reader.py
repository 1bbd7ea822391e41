"""The HTML reader: trafilatura's main text on real-looking news pages, the hand-written reader for
pages too short for it, and hostile pages that cost a warning at most."""

from pathlib import Path

from generator.ingest import main_text, parse_article, parse_html

PAGE = (Path(__file__).parent / "fixtures/html/harbour-news.html").read_text("utf-8")
ARTICLE = [
    "Dock workers at the port of Saltmere voted",
    "The Dockers' Union said 71 per cent",
    "Automation clause",
    "The sticking point in the final round",
    '"We did not get everything',
    "Port Authority chair Martin Osei said",
]


def test_news_page_keeps_only_the_article():
    # cookie banner, navigation, related stories, reader comments, a sidebar and a footer around a
    # story in a plain <div> inside <main> (no <article> to point at it)
    a = parse_html(PAGE, "harbour.html")
    assert [
        b.text[: len(start)] for b, start in zip(a.blocks, ARTICLE, strict=False)
    ] == ARTICLE and len(a.blocks) == 6
    assert [b.kind for b in a.blocks].count("heading") == 1
    text = " ".join(b.text for b in a.blocks)
    for boilerplate in (
        "cookies",
        "Related stories",
        "Ferry operators",
        "harbourwatcher",
        "About time",
        "Most read",
        "All rights reserved",
        "Ports",
    ):
        assert boilerplate not in text


def test_news_page_metadata_without_the_site_suffix():
    a = parse_html(PAGE, "harbour.html")
    assert a.title == "Dock workers accept pay offer after nine-day strike"
    assert (a.date, a.date_source) == ("2025-03-14", "page metadata")
    assert a.publisher == "Harbour News"
    assert a.url == "https://harbour-news.example/2025/03/dock-strike-ends"
    assert a.problems == ()


def test_title_suffix_without_site_name_is_cut_at_the_first_heading():
    page = PAGE.replace('<meta property="og:site_name" content="Harbour News">', "")
    page = page.replace("| Harbour News", "- The Saltmere Courier")
    a = parse_html(page, "harbour.html")
    assert a.title == "Dock workers accept pay offer after nine-day strike"


def test_dates_do_not_depend_on_the_clock():
    # htmldate drops dates after "today" unless told otherwise: the same page must read the same
    # whenever the site is built
    page = PAGE.replace("2025-03-14", "2071-03-14")
    assert parse_html(page, "harbour.html").date == "2071-03-14"


def test_short_page_falls_back_to_the_hand_written_reader():
    page = "<html><head><title>Quota talks</title></head><body>Talks go on.</body></html>"
    assert not (main_text(page, "short.html", []) or ([], {}))[0]  # too short for trafilatura
    a = parse_html(page, "short.html")
    assert (a.title, [b.text for b in a.blocks]) == ("Quota talks", ["Talks go on."])


def test_hostile_pages_are_read_or_refused_with_one_warning(tmp_path):
    scripts = "<script>document.write('<p>injected</p>')</script>" * 2000
    nested = "<div>" * 50_000 + "<p>The water treaty talks resumed in Lusk.</p>" + "</div>" * 50_000
    pages = {
        "scripts.html": f"<html><body>{scripts}<p>The fishing quota talks resumed.</p>"
        "</body></html>",
        "nested.html": f"<html><body>{nested}</body></html>",
    }
    for name, page in pages.items():
        a = parse_article(page.encode(), tmp_path / name, tmp_path)
        text = " ".join(b.text for b in getattr(a, "blocks", ()))
        assert "injected" not in text and "document.write" not in text
        assert "talks resumed" in text, (name, a)
        assert len(a.problems) <= 1 and all(p.source == name for p in a.problems)
