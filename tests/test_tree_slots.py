"""Parser tier: a verb cue's slots read off the dependency tree (generator/extract/tree_slots.py).

Invented sentences; these tests skip when no trained English spaCy pipeline is installed.
"""

import pytest

from generator.extract.knowledge import load
from generator.model import Article, Block
from generator.nlp import pipeline, resolve_model
from generator.pipeline import extract_document
from generator.segment import segment

MODEL = resolve_model("auto")
pytestmark = pytest.mark.skipif(MODEL is None, reason="no trained English spaCy pipeline installed")
_NLP = []


def _moves(*paragraphs, parser=True):
    if parser and not _NLP:
        _NLP.append(pipeline(MODEL))
    art = Article(
        source="t.txt",
        title="T",
        date=None,
        blocks=tuple(Block("paragraph", p) for p in paragraphs),
    )
    ex = extract_document(segment(art, "t"), load(), _NLP[0] if parser else None)
    return [(m.type, m.actor, m.text) for m in ex.all_moves]


def test_coordinated_cue_shares_the_subject_of_its_head_verb():
    text = "Ottar Vik condemned the landings on Tuesday but urged Iceland to cut its cod quota."
    assert _moves(text, parser=False) == []  # the surface sees no subject before "urged"
    assert _moves(text) == [("demand", "Ottar Vik", "cut its cod quota")]


def test_coordinated_call_for_after_a_long_first_clause():
    text = (
        "Health minister Kari Holm praised the nurses on the wards this winter but called "
        "for a pay freeze until 2027."
    )
    # the surface reads this one too ("but" shares the subject of the verb before it)
    assert _moves(text, parser=False) == [("demand", "Kari Holm", "a pay freeze until 2027")]
    assert _moves(text) == [("demand", "Kari Holm", "a pay freeze until 2027")]


def test_governed_cue_of_a_coordinated_verb_climbs_both_links():
    text = (
        "Kari Holm praised the nurses on the wards this winter but is expected to call for "
        "a pay freeze until 2027."
    )
    assert (
        _moves(text, parser=False) == []
    )  # xcomp "call" → conj "expected" → "praised" and its subject
    assert _moves(text) == [("demand", "Kari Holm", "a pay freeze until 2027")]


def test_third_verb_of_a_series_shares_the_first_subject():
    text = (
        "Kari Holm thanked the nurses for their patience, visited two wards in Bergen and "
        "urged the unions to accept the offer."
    )
    assert _moves(text, parser=False) == []
    assert _moves(text) == [("demand", "Kari Holm", "accept the offer")]


def test_subject_of_the_head_verb_read_past_a_misattached_name():
    # the small model hangs the long name on the phrase before it; the head verb still has it before
    # it
    text = (
        "In talks with Iceland, Norway's fisheries minister Ottar Vik-Brekke condemned the "
        "landings, "
        "but urged Iceland to cut its cod quota."
    )
    assert _moves(text) == [("demand", "Ottar Vik-Brekke", "cut its cod quota")]


def test_content_ends_before_a_coordinated_clause_with_an_auxiliary():
    text = (
        "Iceland rejected the offer and is expected to call for a larger share of the "
        "mackerel stock."
    )
    assert (
        "reject",
        "Iceland",
        "the offer and is expected to call for a larger share of the mackerel stock",
    ) in _moves(text, parser=False)
    assert _moves(text) == [
        ("demand", "Iceland", "a larger share of the mackerel stock"),
        ("reject", "Iceland", "the offer"),
    ]


def test_content_ends_before_a_tensed_coordinated_verb():
    text = "Norway called for a freeze on herring catches and moved to block any deal without one."
    assert _moves(text, parser=False) == [
        (
            "demand",
            "Norway",
            ("a freeze on herring catches and moved to block any deal without one"),
        )
    ]
    assert _moves(text) == [("demand", "Norway", "a freeze on herring catches")]


def test_content_ends_before_a_future_clause_of_the_offer():
    text = (
        "Norway has offered to cut its cod quota and will send a delegation to Reykjavik "
        "next month."
    )
    assert _moves(text) == [("proposal", "Norway", "cut its cod quota")]


def test_content_ends_before_a_subordinate_clause():
    text = "Iceland demanded a larger mackerel quota as its trawlers had lost half their catch."
    assert _moves(text, parser=False) == [
        ("demand", "Iceland", ("a larger mackerel quota as its trawlers had lost half their catch"))
    ]
    assert _moves(text) == [("demand", "Iceland", "a larger mackerel quota")]


def test_bare_verbs_of_a_list_stay_items_of_the_content():
    text = "Norway urged Iceland to stop the landings, reopen the harbour and resume talks."
    assert [m[2] for m in _moves(text)] == [
        "stop the landings",
        "reopen the harbour",
        "resume talks",
    ]


def test_an_aside_without_a_conjunction_does_not_end_the_content():
    text = (
        "Denmark asked Norway to moor its ferries, most of them built in Bergen, at a shared quay."
    )
    assert _moves(text) == [
        ("demand", "Denmark", "moor its ferries, most of them built in Bergen, at a shared quay")
    ]


def test_conjoined_objects_become_one_item_each():
    text = "The dockers demanded higher wages and shorter shifts."
    both = [
        ("demand", "The dockers", "higher wages"),
        ("demand", "The dockers", "shorter shifts"),
    ]
    # the blank tier splits too: a comparative ("shorter shifts") opens a list item
    assert _moves(text, parser=False) == both
    assert _moves(text) == both


def test_conjoined_verbs_of_what_is_asked_become_one_item_each():
    text = "Norway urged Iceland to close the harbour quickly and scrap the new licences."
    assert [m[2] for m in _moves(text)] == ["close the harbour quickly", "scrap the new licences"]


def test_instead_of_and_a_conjunct_inside_the_object_make_no_list():
    assert [m[2] for m in _moves("Norway proposed joint patrols instead of a new quota.")] == [
        "joint patrols instead of a new quota"
    ]
    assert [m[2] for m in _moves("Iceland called for a meeting between Norway and Denmark.")] == [
        "a meeting between Norway and Denmark"
    ]


def test_we_heading_a_coordinated_cue_in_a_quote_is_no_earlier_party():
    # "We" is the speaker's side; read on the surface it resolves to the party named before
    paragraphs = (
        "The port negotiators met again on Friday.",
        (
            "“We read the employers' text twice on Friday but called for a better offer,” Mari "
            "Lund said."
        ),
    )
    assert _moves(*paragraphs) == []  # no move rather than one credited to the negotiators


def test_a_that_clause_keeps_its_noun_conjuncts():
    # "demanded that the port hire A and B": one demand; the tree's conjuncts do not split it
    text = (
        "The Tern Dock Union demanded that the port hire a full-time nurse and a full-time"
        " medic at every berth."
    )
    expected = [
        (
            "demand",
            "Tern Dock Union",
            "the port hire a full-time nurse and a full-time medic at every berth",
        )
    ]
    assert _moves(text, parser=False) == expected
    assert _moves(text) == expected
