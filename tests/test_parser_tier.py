"""Parser tier: a trained English spaCy pipeline deepens the blank-tier rules.

These tests skip when no trained pipeline is installed; CI installs one (see .ci/run).
"""

import pytest

from generator.extract.knowledge import load
from generator.extract.syntax import parse_document
from generator.model import Article, Block
from generator.nlp import pipeline, resolve_model
from generator.pipeline import extract_document
from generator.segment import segment

MODEL = resolve_model("auto")
pytestmark = pytest.mark.skipif(MODEL is None, reason="no trained English spaCy pipeline installed")


def _doc(*paragraphs):
    art = Article(
        source="t.txt",
        title="T",
        date=None,
        blocks=tuple(Block("paragraph", p) for p in paragraphs),
    )
    return segment(art, "t")


def _extract(*paragraphs, parser=True):
    return extract_document(_doc(*paragraphs), load(), pipeline(MODEL) if parser else None)


def test_tokens_sit_on_document_offsets():
    doc = _doc("Talks resumed in Oslo.", "“We are close,” Ottar Brekke said on Monday.")
    parse = parse_document(doc, pipeline(MODEL))
    assert parse.toks
    for t in parse.toks:
        assert doc.text[t.start : t.end].strip() == doc.text[t.start : t.end] != ""
    said = next(t for t in parse.toks if doc.text[t.start : t.end] == "said")
    assert said.lemma == "say"
    assert doc.text[slice(*parse.subtree(parse.subject(said)))] == "Ottar Brekke"


def test_named_entity_makes_a_person_the_rules_alone_miss():
    text = "Yerlan Tokayev, whose team drafted it, conceded the text was weak."
    assert "Yerlan Tokayev" not in [a.name for a in _extract(text, parser=False).actors]
    assert "Yerlan Tokayev" in [a.name for a in _extract(text).actors]


def test_subject_of_the_speech_verb_speaks_a_quote():
    text = (
        "“We are not there yet,” Ottar Brekke, whose team drafted the text over three "
        "nights, conceded."
    )
    blank = _extract(text, parser=False).quotes[0]
    parsed = _extract(text).quotes[0]
    assert blank.speaker is None  # too far for the blank-tier rules
    assert parsed.speaker == "Ottar Brekke" and parsed.cue == "conceded"


def test_clausal_complement_is_reported_speech():
    text = (
        "Mediators from Oslo, who spent a week between the delegations, believe the sides "
        "are now closer."
    )
    reported = [q for q in _extract(text).quotes if q.kind == "indirect"]
    assert [q.text for q in reported] == ["the sides are now closer"]
    assert reported[0].speaker_id == "norway"


def test_seed_article_keeps_its_speakers_under_the_parser():
    from pathlib import Path

    from generator.config import Options
    from generator.pipeline import extract_corpus

    root = Path(__file__).resolve().parent.parent
    corpus = extract_corpus(Options(seeds_dir=root / "seeds", model=MODEL))
    quotes = [q for q in corpus.extractions[0].quotes if q.kind != "indirect"]
    assert quotes and all(q.speaker for q in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        # a negated speech verb reports nothing
        "The harbour master did not say whether the ferry would sail on Monday.",
        # the clause the parse hangs on the verb lies past other verbs
        (
            "The mayor responded only by sending a junior clerk, prompting complaints from "
            "crews who see it as "
            "proof the city is not listening."
        ),
        # a relative clause around the verb: "cuts that he said were planned"
        "Holm praised the cuts to the ferry budget that he said were being planned by the council.",
    ],
)
def test_parsed_reported_speech_needs_a_clause_the_verb_reports(sentence):
    ex = _extract(sentence)
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == []


def test_parsed_reported_speech_leaves_a_quotes_attribution_alone():
    ex = _extract(
        "The new timetable is “a disaster for the islands,” wrote Lena Holm, a local councillor."
    )
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == []
    assert [q.speaker for q in ex.quotes if q.kind != "indirect"] == ["Lena Holm"]


def test_they_skips_a_name_inside_like_and_modal_speech_is_no_report():
    ex = _extract(
        "Strikes rarely last a month, mediators say. Ferry crews in countries like Norway hold "
        "out longer, they add, because their funds are large."
    )
    assert {q.speaker for q in ex.quotes if q.text.startswith("Ferry crews")} <= {
        "Mediators",
        "mediators",
    }
    ex = _extract(
        "The Norwegians will have noted that the Swedish ministry has dropped every demand "
        "it made in the spring to end the strike."
    )
    assert not [q for q in ex.quotes if q.kind == "indirect"]


def test_a_subject_no_list_names_speaks_as_written():
    """Parser tier: the subject of a speech verb with a clause, shown as written when no list
    names it ("Nearly eight of ten harbour pilots say …")."""
    ex = _extract("Nearly eight of ten harbour pilots say they will strike on Friday.")
    assert [q.speaker for q in ex.quotes if q.text.startswith("they will")] == [
        "Nearly eight of ten harbour pilots"
    ]


def test_parsed_reported_speech_ends_at_the_speakers_participle_and_reads_a_second_verb():
    ex = _extract(
        "Harbour chief Karl Moen said the new toll was fair, arguing that the pier needed repairs."
    )
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == [
        "the new toll was fair",
        "the pier needed repairs",
    ]
    ex = _extract("Harbour chief Liam O'Hara said the pilots would sail at dawn.")
    assert [(q.text, q.speaker) for q in ex.quotes if q.kind == "indirect"] == [
        ("the pilots would sail at dawn", "Liam O'Hara")
    ]
