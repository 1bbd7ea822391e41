"""Who wants what: verbs of wanting and getting, coordinated verbs, noun forms of pressing.
Invented sentences only."""

import pytest


def _moves(ex, kind="demands"):
    return [(m.actor, m.text) for m in getattr(ex, kind)]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "want / hope / try / be expected to (try to) secure / win / obtain … X": X is demanded
        (
            ["Iceland hopes to win access to the herring grounds."],
            [("Iceland", "access to the herring grounds")],
        ),
        (
            ["Portugal is trying to obtain a bigger sardine quota."],
            [("Portugal", "a bigger sardine quota")],
        ),
        (
            [
                (
                    "Fisheries minister Ana Lund was expected at the Bergen round to try to "
                    "secure a larger cod quota."
                )
            ],
            [("Ana Lund", "a larger cod quota")],
        ),
        # … a list: one item each
        (
            [
                (
                    "The Dock Union wants to secure paid rest breaks for crane crews and an end "
                    "to split shifts."
                )
            ],
            [
                ("Dock Union", "paid rest breaks for crane crews"),
                ("Dock Union", "an end to split shifts"),
            ],
        ),
        # not a verb of getting, nor a particle after one: the subject's own aim
        (["Ana Lund wants to visit the harbour."], []),
        (["The dockers want to get back to the cranes."], []),
        (["Chile hopes to win it."], []),
        # not a party: "prices are expected to …"
        (["Fish prices are expected to fall."], []),
    ],
)
def test_wanted_acquisition(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # coordinated verbs share the first one's subject: "X condemned …, but urged …", "X met …
        # and called for …"
        (
            [
                (
                    "At a meeting with Lund in Oslo, UN envoy Jan Eliasson condemned the "
                    "shelling of the port, but urged "
                    "Norway to show restraint."
                )
            ],
            [("Jan Eliasson", "show restraint")],
        ),
        (
            ["Sweden condemned the raid, but then urged Finland to reopen the border."],
            [("Sweden", "reopen the border")],
        ),
        (
            [
                "Fisheries Minister Ana Lund flew to Bergen.",
                "The minister met the strikers and called for calm.",
            ],
            [("Ana Lund", "calm")],
        ),
        # a subject of its own after "but" names no actor we know: none, not the first clause's
        (["Sweden rejected the quota, but the skipper urged members to stay calm."], []),
        # a body named by its noun is that subject, as written
        (
            ["Sweden rejected the quota, but the union urged Finland to reopen the border."],
            [("The union", "reopen the border")],
        ),
    ],
)
def test_coordinated_verbs(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "X's desire to V A and other B": two items
        (
            [
                (
                    "Chile's desire to scrap the landing fees and other charges on trawlers is "
                    "no secret."
                )
            ],
            [("Chile", "scrap the landing fees"), ("Chile", "other charges on trawlers")],
        ),
        # … not when the object has a preposition before "and other": one item
        (
            ["Norway wants talks with Iceland and other coastal states."],
            [("Norway", "talks with Iceland and other coastal states")],
        ),
        # " -- " is a dash: the content ends there
        (
            ["Norway wanted a bigger share of the cod stock -- and was ready to walk out."],
            [("Norway", "a bigger share of the cod stock")],
        ),
    ],
)
def test_other_items_and_dashes(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "wants to V" with a verb changing the terms (term_verbs): the verb and its object
        (
            ["The Harbour Guild wants to abolish the night-shift rota."],
            [("Harbour Guild", "abolish the night-shift rota")],
        ),
        (
            ["The Port Board wanted to cap overtime at ten hours a week."],
            [("Port Board", "cap overtime at ten hours a week")],
        ),
        # a goal of the side's own is no term ("seeks to" is trying)
        (["Iceland wants to end the strike quickly."], []),
        (["Iceland sought to extend the herring season by a month."], []),
        # in a relative clause set off by commas, up to the closing comma
        (
            ["Portugal, which wants to lift the sardine ban, rejected the plan."],
            [("Portugal", "lift the sardine ban")],
        ),
        # the side's own doing, a pronoun object, "try to": no demand
        (["The Harbour Guild wants to visit the ferry yards."], []),
        (["Iceland wanted to renegotiate the herring deal."], []),
        (["The Port Board wants to cut it."], []),
        (["Portugal sought to play down the sardine dispute."], []),
    ],
)
def test_wanting_a_change_of_terms(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected
