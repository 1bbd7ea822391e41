"""Move frames: what is said (the `move_cues` groups of data/lexicon.yml and their content slots).

Each table row is an invented sentence, the kind of move it must give ("demands" or "proposals"),
the actor and the items, in order; a row with no items is a frame word in another sense, which
must give no move of that kind. All sentences are invented."""

import pytest


def _check(ex, kind, actor, items):
    moves = getattr(ex, kind)
    assert [m.text for m in moves] == items, [(m.actor, m.text, m.cue) for m in ex.all_moves]
    assert {m.actor for m in moves} == ({actor} if items else set())
    for m in moves:
        assert ex.document.text[m.start:m.end] == m.text


@pytest.mark.parametrize("text, kind, actor, items", [
    # push / lobby / fight for: the content is what follows "for"
    ("Denmark is pushing hard for a freeze on rail fares.", "demands", "Denmark", ["a freeze on rail fares"]),
    ("Portugal has lobbied for Spain to share the river gauges.", "demands", "Portugal",
     ["Spain to share the river gauges"]),
    ("Ireland will fight for a longer grazing season.", "demands", "Ireland", ["a longer grazing season"]),
    # "fought for" a party or for their lives is no demand
    ("Volunteers from Chile fought for Peru in the war.", "demands", None, []),
    # expect X to: X must be a party, not "prices"
    ("The Nurses Union expects the ministry to pay the winter bonus.", "demands", "Nurses Union",
     ["pay the winter bonus"]),
    ("Greece expects fuel prices to fall in spring.", "demands", None, []),
    # X into V-ing
    ("Austria coaxed Hungary into sharing its rail timetables.", "demands", "Austria",
     ["sharing its rail timetables"]),
    ("Austria pushed Hungary into a recession.", "demands", None, []),
    # a deadline given to someone
    ("Chile gave Peru a ten-day deadline to reopen the mine road.", "demands", "Chile", ["reopen the mine road"]),
    ("Chile gave Peru until Friday to reopen the mine road.", "demands", "Chile", ["reopen the mine road"]),
    # urged that + clause (not "that" as who is urged)
    ("The Dairy Board urged that both sides return to the table.", "demands", "Dairy Board",
     ["both sides return to the table"]),
    # insist + a subjunctive clause without "that"; a plain assertion is no demand
    ("Romania keeps insisting its growers be paid first.", "demands", "Romania", ["its growers be paid first"]),
    ("Romania insisted the talks were going well.", "demands", None, []),
    ("Romania insisted they would pay.", "demands", None, []),
    # nothing that leaves out X: X is demanded
    ("Latvia will accept no deal that excludes its rail freight.", "demands", "Latvia", ["its rail freight"]),
    # made X a condition
    ("Croatia made a new ferry licence a precondition for any truce.", "demands", "Croatia",
     ["a new ferry licence"]),
    ("Croatia made it a condition that the ferries sail at night.", "demands", "Croatia",
     ["the ferries sail at night"]),
    ("Croatia made the ferry a priority.", "demands", None, []),
])
def test_demand_frames(extract, text, kind, actor, items):
    _check(extract(text), kind, actor, items)


@pytest.mark.parametrize("text, kind, actor, items", [
    # a plan noun as the object of circulate / send / share / hand
    ("Iceland sent Norway a three-page draft for joint fish counts.", "proposals", "Iceland",
     ["a three-page draft for joint fish counts"]),
    ("Estonia shared a plan to pool the ferry fleets.", "proposals", "Estonia", ["a plan to pool the ferry fleets"]),
    # anything else shared is no proposal
    ("Estonia shared its concerns about the plan.", "proposals", None, []),
    ("Estonia circulated the minutes of the meeting.", "proposals", None, []),
    # ready / open for a noun phrase
    ("Belgium is ready for talks on the canal tolls.", "proposals", "Belgium", ["talks on the canal tolls"]),
    ("Belgium declared itself open to joint inspections.", "proposals", "Belgium", ["joint inspections"]),
    # offers worded as acceptance or reduction
    ("Slovakia says it could accept a cap of 300 trucks a day.", "proposals", "Slovakia",
     ["a cap of 300 trucks a day"]),
    ("Slovakia would accept nothing less than a full refund.", "proposals", None, []),
    ("Slovakia cannot accept the cap.", "proposals", None, []),
    ("Slovakia now accepted a shorter transit permit.", "proposals", "Slovakia", ["a shorter transit permit"]),
    ("Slovakia could cut its levy to 4 percent.", "proposals", "Slovakia", ["4 percent"]),
    # conceded that + a clause of permission; an admission is no offer
    ("Greece conceded that Italian tugs can use its harbour.", "proposals", "Greece",
     ["Italian tugs can use its harbour"]),
    ("Greece conceded that the season had been poor.", "proposals", None, []),
])
def test_proposal_frames(extract, text, kind, actor, items):
    _check(extract(text), kind, actor, items)
