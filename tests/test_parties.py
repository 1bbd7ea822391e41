"""Which bodies an article counts as its actors: one table per construction, invented sentences
only.

A party is a side that acts in the story; a country or a city that is only where something happens
is not one.
"""

import pytest


def _bodies(ex):
    return {a.name for a in ex.actors if a.type != "person"}


# A capital stands for its government only as an actor; after a preposition, a motion verb or a
# determiner it is the place or a label, and a state after "in" or after "City," is a place.
@pytest.mark.parametrize(
    "paragraphs, absent, present",
    [
        (["Talks between Norway and Chile resumed in Vienna on Monday."], {"Austria"}, {"Norway"}),
        (["The envoys left Berlin without a deal, the mediator said."], {"Germany"}, set()),
        (
            [
                "Both delegations signed the Oslo accord on Tuesday.",
                "The Oslo accord sets out a timetable for the prisoner exchange.",
            ],
            {"Norway"},
            set(),
        ),
        (
            ["The unions met the ministry at a hotel in Canada for a third round."],
            {"Canada"},
            set(),
        ),
        (["Negotiators gathered in Bergen, Norway, for the fisheries round."], {"Norway"}, set()),
        (["The reporter filed this story from Tokyo."], {"Japan"}, set()),
        (["Moscow rejected the proposal on Friday."], set(), {"Russia"}),
        (["Diplomats in Oslo welcomed the ceasefire."], set(), {"Norway"}),
        (
            ["Ankara said the plan was unacceptable, and talks in Ankara were called off."],
            set(),
            {"Turkey"},
        ),
        (
            ["The ministers flew to Oslo, where Norway offered to host the next round."],
            set(),
            {"Norway"},
        ),
    ],
)
def test_a_place_is_not_a_party(extract, paragraphs, absent, present):
    bodies = _bodies(extract(*paragraphs))
    assert not (absent & bodies), bodies
    assert present <= bodies, bodies


# The press reports the talks and is no party to them; a state inside a paper's name is not the
# state.
@pytest.mark.parametrize(
    "paragraphs, absent, present",
    [
        (
            [
                (
                    "The offer was too low, the guild wrote to its members, a copy of which USA "
                    "Today has seen."
                )
            ],
            {"United States", "USA Today"},
            set(),
        ),
        (["Reuters reported that Norway had offered to host the talks."], {"Reuters"}, {"Norway"}),
        (["Chile's delegation told the BBC that the talks would resume."], {"BBC"}, {"Chile"}),
    ],
)
def test_news_media_are_not_parties(extract, paragraphs, absent, present):
    bodies = _bodies(extract(*paragraphs))
    assert not (absent & bodies), bodies
    assert present <= bodies, bodies


# A group's longer name holding a country's name ("X of Iraq") is the group, not the country.
def test_a_country_inside_a_groups_full_name_is_not_a_party(extract):
    bodies = _bodies(extract("A cell of the Islamic State of Iraq claimed the ambush."))
    assert "Islamic State" in bodies and "Iraq" not in bodies, bodies


# A body found by its head noun ("X Council", "X Party") is one the article names in its own voice:
# a name only inside quotation marks is rhetoric, and after "a"/"an" it is a kind, not a body.
@pytest.mark.parametrize(
    "paragraphs, absent, present",
    [
        (
            ["“We have to be the Sensible Party,” the senator told donors."],
            {"Sensible Party"},
            set(),
        ),
        (
            ["The plan calls for a 40-member Transition Council drawn from both camps."],
            {"Transition Council"},
            set(),
        ),
        (
            [
                "The Harbour Workers Union rejected the offer.",
                "“The Harbour Workers Union will not sign,” its chair said.",
            ],
            set(),
            {"Harbour Workers Union"},
        ),
        (
            [
                "The plan calls for a Transition Council.",
                "The Transition Council will meet in March.",
            ],
            set(),
            {"Transition Council"},
        ),
    ],
)
def test_a_body_is_named_in_the_articles_own_voice(extract, paragraphs, absent, present):
    bodies = _bodies(extract(*paragraphs))
    assert not (absent & bodies), bodies
    assert present <= bodies, bodies


@pytest.mark.parametrize(
    "sentence, body",
    [
        (
            "A Harbour Safety Authority official said the ferries would stay in port.",
            "Harbour Safety Authority",
        ),
        (
            "A senior Harbour Safety Authority official said the ferries would stay in port.",
            "Harbour Safety Authority",
        ),
    ],
)
def test_a_body_before_a_person_noun_is_named(extract, sentence, body):
    assert body in _bodies(extract(sentence))


# A one-word name that speaks or makes a move is a body when the article shows it is a name
# (initials, or a capital inside a sentence), and never a surname, a title, a place or a plain word
# that only opens a sentence.
@pytest.mark.parametrize(
    "paragraphs, absent, present",
    [
        (
            [
                "Fjordline threatened to cancel the night sailings.",
                "Talks with Fjordline broke down at noon.",
            ],
            set(),
            {"Fjordline"},
        ),
        (["The FNV demanded a shorter week for the dock crews."], set(), {"FNV"}),
        (
            [
                "“We will not pay for the dredging,” said Fjordline.",
                "The port authority met Fjordline on Monday.",
            ],
            set(),
            {"Fjordline"},
        ),
        # a surname of a named person, a title before a given name, a place, a word opening a
        # sentence
        (
            [
                "Ana Lund chairs the port board.",
                "Lund said the offer was poor, and talks with Lund went on.",
            ],
            {"Lund"},
            set(),
        ),
        (
            [
                "Commissioner Ola Berg met the crews.",
                "Later the Commissioner said the strike was over.",
            ],
            {"Commissioner"},
            set(),
        ),
        (
            [
                "Voters in Lakeland backed the strike.",
                "Lakeland said the offer was poor, and crews in Lakeland agreed.",
            ],
            {"Lakeland"},
            set(),
        ),
        (["Dockers said the offer was poor."], {"Dockers"}, set()),
        # the name before a host's name is his employer's, said of him, not of it
        (
            ["“It is over,” said Fjordline host Ana Lund.", "Viewers of Fjordline were surprised."],
            {"Fjordline"},
            set(),
        ),
    ],
)
def test_a_name_that_acts_is_a_body(extract, paragraphs, absent, present):
    bodies = _bodies(extract(*paragraphs))
    assert not (absent & bodies), bodies
    assert present <= bodies, bodies


def test_a_body_known_by_what_it_does_makes_moves(extract):
    ex = extract(
        "Fjordline offered a 3 percent raise to the deckhands.",
        "The union rejected talks with Fjordline.",
    )
    assert [(m.actor, m.text) for m in ex.proposals] == [
        ("Fjordline", "a 3 percent raise to the deckhands")
    ]
