"""Which bodies an article counts as its actors: one table per construction, invented sentences only.

A party is a side that acts in the story; a country or a city that is only where something happens
is not one.
"""

import pytest


def _bodies(ex):
    return {a.name for a in ex.actors if a.type != "person"}


# A capital stands for its government only as an actor; after a preposition, a motion verb or a
# determiner it is the place or a label, and a state after "in" or after "City," is a place.
@pytest.mark.parametrize("paragraphs, absent, present", [
    (["Talks between Norway and Chile resumed in Vienna on Monday."], {"Austria"}, {"Norway"}),
    (["The envoys left Berlin without a deal, the mediator said."], {"Germany"}, set()),
    (["Both delegations signed the Oslo accord on Tuesday.",
      "The Oslo accord sets out a timetable for the prisoner exchange."], {"Norway"}, set()),
    (["The unions met the ministry at a hotel in Canada for a third round."], {"Canada"}, set()),
    (["Negotiators gathered in Bergen, Norway, for the fisheries round."], {"Norway"}, set()),
    (["The reporter filed this story from Tokyo."], {"Japan"}, set()),
    (["Moscow rejected the proposal on Friday."], set(), {"Russia"}),
    (["Ankara said the plan was unacceptable, and talks in Ankara were called off."], set(), {"Turkey"}),
    (["The ministers flew to Oslo, where Norway offered to host the next round."], set(), {"Norway"}),
])
def test_a_place_is_not_a_party(extract, paragraphs, absent, present):
    bodies = _bodies(extract(*paragraphs))
    assert not (absent & bodies), bodies
    assert present <= bodies, bodies
