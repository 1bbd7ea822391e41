from pathlib import Path

from generator.ingest import discover, parse_html, parse_markdown, parse_text, read_article
from generator.model import Problem
from generator.segment import segment


def test_text_headings_and_title_from_file_name():
    a = parse_text(
        "First paragraph of the story.\nTalks Stall Again\nSecond paragraph here.\n",
        "2024-03-01-geneva-round.txt",
    )
    assert a.title == "Geneva round"
    assert a.date == "2024-03-01"
    assert [b.kind for b in a.blocks] == ["paragraph", "heading", "paragraph"]


def test_text_first_heading_is_title_and_hard_wraps_join():
    body = (
        "Ceasefire Talks Resume\n\nThe delegations met again on Tuesday in the capital and "
        "said\nthey would continue.\n"
    )
    a = parse_text(body, "x.txt")
    assert a.title == "Ceasefire Talks Resume"
    assert [b.text for b in a.blocks] == [
        "The delegations met again on Tuesday in the capital and said they would continue."
    ]


def test_markdown_front_matter_and_inline_markup():
    src = (
        "---\ntitle: Round two\ndate: 2024-05-02\nsource: Example Wire\ntags: [ceasefire, "
        "talks]\n---\n# Ignored heading\n\nThe *envoy* [said](http://x) **no**.\n"
    )
    a = parse_markdown(src, "r.md")
    assert (a.title, a.date, a.publisher, a.tags) == (
        "Round two",
        "2024-05-02",
        "Example Wire",
        ("ceasefire", "talks"),
    )
    assert a.blocks[-1].text == "The envoy said no."
    assert not a.problems


def test_markdown_bad_front_matter_is_a_problem_not_a_crash():
    a = parse_markdown("---\ntitle: [1, 2]\ndate: yesterday\n---\nText here.\n", "bad.md")
    messages = " ".join(str(p) for p in a.problems)
    assert "`title` is not a string" in messages and "`date` is not a date" in messages
    assert a.title == "Bad"


def test_html_main_text_without_scripts():
    src = (
        "<html><head><title>Deal near</title><script>var x='<p>no</p>'</script></head><body>"
        "<nav>Menu</nav><article><h1>Deal near</h1><p>The union said talks continue.</p>"
        "<iframe src='x'></iframe><p>Second &amp; "
        "last.</p></article><footer>c</footer></body></html>"
    )
    a = parse_html(src, "d.html")
    assert a.title == "Deal near"
    assert [b.text for b in a.blocks] == ["The union said talks continue.", "Second & last."]


def test_discover_warns_on_unsupported_and_reads_problems(tmp_path: Path):
    (tmp_path / "a.txt").write_text("A sentence about talks.\n", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    paths, problems = discover(tmp_path)
    assert [p.name for p in paths] == ["a.txt", "empty.txt"]
    assert any("b.pdf" in str(p) and "unsupported" in str(p) for p in problems)
    assert isinstance(read_article(tmp_path / "empty.txt", tmp_path), Problem)


def test_headings_never_glue_onto_sentences():
    a = parse_text(
        "Opening line of the report.\nStark Differences Remain\nRussia said no. Ukraine "
        "said yes.\n",
        "h.txt",
    )
    doc = segment(a, "h")
    texts = [doc.text[s.start : s.end] for s in doc.sentences]
    assert texts == ["Opening line of the report.", "Russia said no.", "Ukraine said yes."]
    assert [s.heading for s in doc.sections] == [None, "Stark Differences Remain"]
    assert [s.id for s in doc.sentences] == ["s1", "s2", "s3"]


def test_opening_quote_mark_starts_the_next_sentence():
    doc = segment(parse_text("He spoke first. “We will return,” the envoy said.\n", "q.txt"), "q")
    assert doc.text[doc.sentences[1].start] == "“"
