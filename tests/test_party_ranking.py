"""The "Parties" lists: the sides first, then mediators and hosts, then others; newsrooms and
commentators left out. Invented multi-article corpora, extracted on the blank tier."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import extract_text

from generator.aggregate import aggregate
from generator.parties import rank_parties, roles
from generator.render import render_site

# A fishing quota round: Norway and Denmark are the sides, Sweden hosts and mediates, a news agency
# is quoted in every article (and is the voice of a move), an analyst of a think tank comments.
QUOTA_TALKS = [
    (
        "2025-05-01",
        [
            "Norway demanded a larger share of the mackerel quota, in talks hosted by Sweden.",
            "Denmark rejected Norway's demand on Monday.",
            "“The gap is still wide,” the Baltic News Agency reported.",
            "“Nobody expects a deal this week,” the Baltic News Agency said.",
        ],
    ),
    (
        "2025-05-08",
        [
            "Swedish mediators proposed a three-year freeze on catches.",
            "Denmark demanded that Norway cut its catch by a third.",
            "Norway threatened to close its waters to Danish boats.",
            (
                "The Baltic News Agency reported that Swedish mediators offered a compromise on "
                "quotas."
            ),
            "“The talks could collapse,” the Baltic News Agency reported, citing a delegate.",
            "“Both sides are close,” said Ines Vik, an analyst at the Oslo Policy Institute.",
        ],
    ),
    (
        "2025-05-15",
        [
            "Norway and Denmark agreed to a two-year freeze on catches.",
            "“It is a fair deal,” the Baltic News Agency quoted a Danish official as saying.",
        ],
    ),
    (None, ["Norway demanded compensation for its fleet."]),  # undated: not the latest stance
]


def _corpus(articles, reverse: bool = False):
    exs = []
    for k, (date, paragraphs) in enumerate(articles):
        ex = extract_text(*paragraphs)
        exs.append(
            replace(ex, document=replace(ex.document, id=f"a{k}", source=f"a{k}.txt", date=date))
        )
    return aggregate(exs[::-1] if reverse else exs, [])


@pytest.fixture(scope="module")
def quota():
    return _corpus(QUOTA_TALKS)


def test_the_two_sides_rank_above_the_mediator(quota):
    ranked = rank_parties(quota)
    assert [(p.name, p.role) for p in ranked[:3]] == [
        ("Norway", "party"),
        ("Denmark", "party"),
        ("Sweden", "mediator"),
    ]
    assert ranked[2].label == "Mediator or host"


def test_a_news_agency_quoted_a_lot_and_a_think_tank_are_not_parties(quota):
    agency = next(a for a in quota.actors if a.name == "Baltic News Agency")
    quoted = sum(q.speaker_id == agency.id for ex in quota.extractions for q in ex.quotes)
    voiced = sum(agency.id in m.actors for ex in quota.extractions for m in ex.all_moves)
    assert quoted >= 3 and voiced >= 1 and agency.mentions >= 5  # it is there, and it is loud
    names = {p.name for p in rank_parties(quota)}
    assert "Baltic News Agency" not in names and not any("Institute" in n for n in names)


def test_the_latest_stance_is_the_latest_dated_move(quota):
    norway = next(p for p in rank_parties(quota) if p.name == "Norway")
    doc, move = norway.latest
    assert (doc.date, move.type) == ("2025-05-15", "agree")
    assert doc.text[move.start : move.end] == move.text


def test_the_ranking_is_deterministic():
    ties = [
        ("2025-01-02", ["Chile demanded a ceasefire."]),
        ("2025-01-02", ["Peru demanded a ceasefire."]),
        ("2025-01-03", ["Egypt offered to host the talks."]),
    ]
    first, again = rank_parties(_corpus(ties)), rank_parties(_corpus(ties, reverse=True))
    assert first == again
    assert [(p.name, p.role) for p in first] == [
        ("Chile", "party"),
        ("Peru", "party"),
        ("Egypt", "mediator"),
    ]


def test_a_side_named_beside_a_mediation_word_now_and_then_stays_a_side():
    talks = [
        (
            "2025-02-01",
            [
                "Israel rejected the plan, and Hamas demanded a full withdrawal.",
                "Hamas rejected the offer on Tuesday.",
                "Israel demanded the release of the hostages, Qatari mediators said.",
            ],
        ),
        (
            "2025-02-02",
            [
                "Hamas proposed a phased truce, in talks hosted by Qatar.",
                "Israel threatened to widen the operation unless Hamas agreed.",
            ],
        ),
    ]
    ranked = rank_parties(_corpus(talks))
    roles_of = {p.name: p.role for p in ranked}
    assert roles_of["Israel"] == roles_of["Hamas"] == "party" and roles_of["Qatar"] == "mediator"
    assert [p.name for p in ranked].index("Qatar") == 2


@pytest.mark.parametrize(
    "window, hit",
    [
        ("talks hosted by ", True),
        ("mediated by the ", True),
        ("mediators Egypt and ", True),
        ("the mediators told ", False),
        ("hostages held by ", False),
        ("the hostile ", False),
    ],
)
def test_mediation_words_before_a_name(window, hit):
    assert bool(roles().before.search(window)) is hit


@pytest.mark.parametrize(
    "window, hit",
    [
        ("-brokered truce", True),
        (" mediators said", True),
        (", which is mediating between", True),
        (" offered to host the round", True),
        (", the mediator, said", True),
        (", the mediators said", False),
        (" agreed to a mediated truce", False),
        (" took hostages", False),
    ],
)
def test_mediation_words_after_a_name(window, hit):
    assert bool(roles().after.match(window)) is hit


def test_the_home_page_shows_each_party_with_its_role_and_latest_stance(quota):
    home, _ = render_site(quota).render("index.md")
    table = home[home.find('id="parties"') :]
    table = table[: table.find("</table>")]
    assert table.find(">Norway<") < table.find(">Denmark<") < table.find(">Sweden<")
    assert "Baltic News Agency" not in table and "Party to the talks" in table
    assert '<a href="documents/a2/#s1"' in table and "2025-05-15" in table
