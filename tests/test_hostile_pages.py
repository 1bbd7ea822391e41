"""Bad input costs only itself: ids that would clash with section pages or with each other, names
without ASCII letters, long listings of one name, move types from a user lexicon, and ids from a
shard that point outside the site. Every input is made here, at test time."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import best_of
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.aggregate import aggregate, type_table
from generator.extract.knowledge import load
from generator.ids import ID_SHAPE, Taken, name_key, slugify, unique
from generator.model import Article, Block, Corpus, CorpusActor
from generator.pipeline import assign_ids, extract_document
from generator.render import page_names, page_path, render_site
from generator.segment import segment

ROOT = Path(__file__).resolve().parent.parent


def _extract(doc_id: str, *paragraphs: str):
    article = Article(
        source=f"{doc_id}.txt",
        title=doc_id,
        date=None,
        blocks=tuple(Block("paragraph", p) for p in paragraphs),
    )
    return extract_document(segment(article, doc_id), load())


def _project(tmp_path: Path, seeds: dict[str, str], parley_extra: str = "") -> Path:
    proj = tmp_path / "proj"
    shutil.copytree(ROOT / "docs", proj / "docs")
    cfg = (ROOT / "mkdocs.yml").read_text("utf-8")
    cfg = cfg.replace("      model: auto\n", "      model: none\n" + parley_extra)
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    (proj / "seeds").mkdir()
    for name, text in seeds.items():
        (proj / "seeds" / name).write_text(text, encoding="utf-8")
    return proj


def _run(proj: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=proj,
        capture_output=True,
        text=True,
        env={
            "NO_MKDOCS_2_WARNING": "1",
            "PATH": "",
            **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"},
        },
        check=False,
    )


# --- 1. section pages and page names ---------------------------------------------------------


def test_an_actor_or_document_called_index_gets_a_page_of_its_own():
    # a document id 'index' too, as a shard may hold (a seed folder's never does)
    ex = _extract(
        "index",
        'Mr Index said: "The quay stays closed until Friday."',
        'Mr Index later said: "We will reopen it for the ferries."',
    )
    corpus = aggregate([ex], [])
    assert "index" in {
        a.id for a in corpus.actors
    }  # the name really slugs to a section page's name
    site = render_site(corpus)
    assert site.html_pages["actors/index.md"].template == "actors.html.j2"
    assert site.html_pages["actors/index-2.md"].title == "Index"
    assert site.html_pages["documents/index.md"].template == "documents.html.j2"
    assert site.html_pages["documents/index-2.md"].template == "document.html.j2"
    html, _ = site.render("actors/index.md")
    assert 'href="../actors/index-2/"' in html  # the Actors list links to Mr Index's own page
    quotes, _ = site.render("quotes.md")
    assert 'href="../actors/index-2/"' in quotes and 'href="../actors/index/"' not in quotes
    assert 'href="../documents/index-2/#s1"' in quotes
    doc, _ = site.render("documents/index-2.md")
    assert 'href="#s1"' in doc or 'id="s1"' in doc


def test_page_names_never_collide_with_section_pages_or_each_other():
    actors = tuple(
        CorpusActor(
            id=i,
            name=i.title(),
            type="person",
            party=None,
            role=None,
            aliases=(),
            documents=(),
            mentions=1,
        )
        for i in ("index", "index-2", "index-3", "alba")
    )
    site = render_site(Corpus(extractions=(), actors=actors, problems=()))
    actor_pages = {p: site.html_pages[p].title for p in site.html_pages if p.startswith("actors/")}
    assert actor_pages["actors/index.md"] == "Actors"
    assert sorted(actor_pages) == [
        "actors/alba.md",
        "actors/index-2.md",
        "actors/index-3.md",
        "actors/index-4.md",
        "actors/index.md",
    ]
    assert actor_pages["actors/index-4.md"] == "Index"  # the ids that fit keep their pages (URLs)
    assert page_names(["index", "index-2", "bad/../id", "ok"], frozenset({"index"})) == {
        "bad/../id": "bad-id",
        "index": "index-3",
        "index-2": "index-2",
        "ok": "ok",
    }


def test_a_seed_called_index_is_not_the_documents_list():
    ids, problems = assign_ids([Path("/s/index.txt"), Path("/s/Index.md")], Path("/s"))
    assert [i for _, i in ids] == ["index-2", "index-3"] and len(problems) == 2


# --- 2. names without ASCII letters ------------------------------------------------------------


def _old_slugify(text: str, fallback: str = "item") -> str:
    """Parley's slugs before python-slugify: ASCII names must keep them (their page URLs)."""
    ascii_text = (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    )
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80].strip("-") or fallback


def _old_name_key(name: str) -> str:
    base = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"(?<=\w\w\w)[iy]+$", "", w) for w in re.findall(r"[a-z]+", base))


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=120)
)
def test_ascii_text_keeps_its_slug_and_name_key(text):
    if _old_slugify(text) != "item":
        assert slugify(text) == _old_slugify(text)
    if _old_name_key(text):
        assert name_key(text) == _old_name_key(text)


def test_names_in_any_script_get_distinct_ids():
    names = [
        "Борис Орлов",
        "Глеб Сомов",
        "Νίκος Παππάς",
        "Ελένη Ρήγα",
        "王小明",
        "李静",
        "🕊️",
        "🤝",
        "—",
    ]
    ids = [slugify(n) for n in names]
    assert len(set(ids)) == len(names) and all(ID_SHAPE.fullmatch(i) for i in ids)
    assert ids[0] == "boris-orlov" and ids[2] == "nikos-pappas"  # transliterated, as Pelican does
    assert slugify("🕊️") == slugify("🕊️") and slugify("🕊️").startswith("item-")  # stable hash fallback
    assert len({name_key(n) for n in names}) == len(names)
    assert name_key("Орлов") == name_key("Orlov")  # the key is transliteration-tolerant


def test_file_names_without_ascii_letters_get_distinct_page_ids_and_no_warning():
    names = [
        "Переговоры.txt",
        "Встреча.txt",
        "Συνομιλίες.md",
        "会谈.txt",
        "协议.txt",
        "🕊️.txt",
        "🤝.txt",
    ]
    ids, problems = assign_ids([Path("/s") / n for n in names], Path("/s"))
    given_ids = [i for _, i in ids]
    assert problems == [] and len(set(given_ids)) == len(names)
    assert "peregovory" in given_ids and all(ID_SHAPE.fullmatch(i) for i in given_ids)


def test_people_with_cyrillic_names_in_two_documents_stay_two_people():
    one = _extract("first", 'Борис Орлов said on Monday: "We will not sign anything this week."')
    two = _extract("second", 'Глеб Сомов said on Tuesday: "The border question comes first."')
    corpus = aggregate([one, two], [])
    people = {a.id: a for a in corpus.actors if a.type == "person"}
    assert set(people) == {"boris-orlov", "gleb-somov"}
    assert people["gleb-somov"].documents == ("second",)
    speakers = {q.text.rstrip("."): q.speaker_id for ex in corpus.extractions for q in ex.quotes}
    assert speakers["The border question comes first"] == "gleb-somov"
    assert speakers["We will not sign anything this week"] == "boris-orlov"


def test_people_with_cyrillic_names_in_one_document_stay_two_people():
    ex = _extract(
        "both",
        'Борис Орлов said: "We will not sign anything this week."',
        'Глеб Сомов said: "The border question comes first."',
    )
    assert {a.id for a in ex.actors if a.type == "person"} == {"boris-orlov", "gleb-somov"}


# --- 3. page ids in linear time ----------------------------------------------------------------


def test_unique_is_linear_in_the_number_of_names_wanting_one_id():
    def fill(n: int) -> list[str]:
        taken = Taken({"index"})
        return [unique("report", taken) for _ in range(n)]

    assert fill(4) == ["report", "report-2", "report-3", "report-4"]
    # four times the names: linear is about 4, quadratic about 16 (a ratio far from noise)
    small, big = best_of(lambda: fill(10_000), 5), best_of(lambda: fill(40_000), 5)
    assert big / small < 8, (small, big)


def test_assign_ids_over_20000_files_of_one_name_is_fast_and_linear():
    def listing(n: int) -> list[Path]:
        return [
            Path("/seeds") / f"report.v{k}" for k in range(n)
        ]  # all 'report' once the suffix goes

    ids, problems = assign_ids(listing(20_000), Path("/seeds"))
    assert len({i for _, i in ids}) == 20_000 and len(problems) == 19_999
    assert ids[0][1] == "report"
    # four times the files: linear is about 4, quadratic about 16
    small = best_of(lambda: assign_ids(listing(5_000), Path("/seeds")))
    big = best_of(lambda: assign_ids(listing(20_000), Path("/seeds")))
    assert big < 5 and big / small < 8, (small, big)


# --- 4. move types from a user lexicon ---------------------------------------------------------


def test_an_unknown_move_type_is_labelled_from_its_name():
    types = type_table(Corpus(extractions=(), actors=()))
    assert types["demand"].label == "Demand" and types["walk_out"].label == "Walk out"
    assert types["stall"].plural == "Stalls" and types["stall"].symbol == "circle-open"
    assert "stall" not in types  # a lookup does not grow the table


HARBOUR = """Harbour talks in Velmora

Norway stalled on the berth fees for a third day.

Mr Index said: "We are ready to talk about the berth fees tomorrow."
"""


def test_site_builds_strict_with_a_user_move_type_and_an_actor_called_index(tmp_path):
    proj = _project(tmp_path, {"harbour.txt": HARBOUR}, "      lexicon: extra-lexicon.yml\n")
    (proj / "extra-lexicon.yml").write_text(
        'move_cues:\n  - type: stall\n    cameo: "016"\n    verbs: ["stall(?:s|ed|ing)? on"]\n',
        encoding="utf-8",
    )
    result = _run(proj, "-m", "mkdocs", "build", "--strict")
    assert result.returncode == 0, result.stderr
    site = proj / "site"
    doc = (site / "documents/harbour/index.html").read_text("utf-8")
    assert re.search(r'<mark class="parley-move" title="Stall — [^"]+"', doc)
    assert '<mark class="parley-move">stall</mark>' in doc  # in the legend
    positions = (site / "positions/index.html").read_text("utf-8")
    assert "<th>Stalls</th>" in positions and "berth fees for a third day" in positions
    issues = (site / "issues/index.html").read_text("utf-8")
    assert '<th align="right">Stalls</th>' in issues and "(stall)" in issues
    assert "Stalls" in (site / "index.html").read_text("utf-8")  # the heatmap's data table
    assert '"name":"stalls"' in positions.replace("&#34;", '"').replace(
        "&quot;", '"'
    )  # timeline trace
    moves = (site / "downloads/moves.csv").read_text("utf-8")
    assert '"stall"' in moves
    # Mr Index has his page; the Actors section keeps its own, which links to his
    actors = (site / "actors/index.html").read_text("utf-8")
    assert '<h1 id="actors">Actors' in actors and 'href="../actors/index-2/"' in actors
    assert "ready to talk about the berth fees" in (site / "actors/index-2/index.html").read_text(
        "utf-8"
    )


# --- 5. ids from a shard ------------------------------------------------------------------------


def test_page_paths_outside_their_folder_are_refused():
    assert page_path("actors", "ok-1") == "actors/ok-1.md"
    for bad in ("../x", "..", "/etc/x", "a/b", "", "A"):
        with pytest.raises(ValueError):
            page_path("documents", bad)


SEEDS = {
    "quay.txt": 'Quay talks\n\nAnika Ros said: "The cranes must run again by May."\n',
    "ferry.txt": 'Ferry talks\n\nTomas Vell said: "We offer two more sailings a day."\n',
}


def _files(root: Path, skip: tuple[Path, ...]) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if not any(p.is_relative_to(s) for s in skip)
    }


def test_a_shard_id_with_dot_dot_writes_nothing_outside_the_site(tmp_path):
    proj = _project(tmp_path, SEEDS)
    shard = proj / "part-0.jsonl"
    out = _run(
        proj, "-m", "generator", "extract", "--model", "none", "--jsonl", "seeds", "-o", str(shard)
    )
    assert out.returncode == 0, out.stderr
    lines = shard.read_text("utf-8").splitlines()
    records = [json.loads(x) for x in lines]
    bad = next(k for k, r in enumerate(records) if r["id"] == "quay")
    records[bad]["id"] = "../../escape"
    other = 1 - bad
    records.append(
        {
            **records[other],
            "id": "ferry-copy",
            "actors": [{**a, "id": "../up"} for a in records[other]["actors"]],
        }
    )
    shard.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    before = _files(tmp_path, (proj / "site", proj / ".cache"))

    strict = _run(proj, "-m", "generator", "build", "--strict", "--from", shard.name)
    assert strict.returncode != 0
    relaxed = _run(proj, "-m", "generator", "build", "--from", shard.name)
    assert relaxed.returncode == 0, relaxed.stderr
    assert (
        f"part-0.jsonl:{bad + 1}: document id '../../escape' is not a valid id; "
        "re-run `parley extract --jsonl`" in relaxed.stderr
    )
    assert "part-0.jsonl:3: actor id '../up' is not a valid id" in relaxed.stderr
    assert relaxed.stderr.count("is not a valid id") == 2  # one warning per bad record
    assert _files(tmp_path, (proj / "site", proj / ".cache")) == before
    assert not list(tmp_path.rglob("escape*")) and not list(tmp_path.rglob("up"))
    site = proj / "site"
    assert (site / "documents/ferry/index.html").is_file()
    assert not (site / "documents/quay").exists() and not (site / "documents/ferry-copy").exists()
