"""Moves: how much of the sentence is the content (spans), and cue words used in another sense.

Every sentence is invented (ferries, ports, fishing, farms, nurses); only the construction is shared
with English news prose.
"""

from __future__ import annotations

import pytest


def _moves(ex, kind: str) -> list[tuple[str, str]]:
    return [(m.actor, m.text) for m in getattr(ex, kind)]


# --- senses: a cue word that names no move here ---------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs, kind",
    [
        # standing ready for a hostile act is no offer: "prepared to sit out the season"
        (["The Tern Players Union is prepared to sit out the season."], "proposals"),
        (["The Tern Dock Union is ready to lock out the crews."], "proposals"),
        # "seek to" is trying, not asking
        (["Denmark sought to calm the ferry crews after the crash."], "demands"),
        (["Sweden is seeking to limit the damage of the strike."], "demands"),
        # seeking office is no demand
        (["Mayor Lena Dahl will seek a third term in the autumn."], "demands"),
        (["Farm minister Ola Berg seeks reelection in the spring."], "demands"),
        # a free relative: what someone wants is not a demand of theirs
        (["It is unclear what the Harbour Workers Union wants from the port owners."], "demands"),
        (["Officials wondered whatever Norway demands next from the ferry lines."], "demands"),
        # ... nor is a free relative as the object: "offered what is within its powers"
        (["“We have offered what is within our powers,” said Ola Berg."], "proposals"),
        (["Ostra Lines has offered whatever the law allows."], "proposals"),
        # asking one's own members for a mandate, or asking them to act, is no demand on a side
        (["Ana Ruiz said the guild would seek a strike ballot among its pilots."], "demands"),
        (
            ["The Tern Dock Union said it would urge its members to picket the depot."],
            "demands",
        ),
        # "Something has to give": no side named
        (["“The depot cannot run on goodwill. Something has to give,” said Ana Ruiz."], "demands"),
        # readiness to be of a mind names no term
        (["“We are prepared to be creative,” said Ana Ruiz."], "proposals"),
        # setting out the stakes or a case is no offer
        (["Ana Ruiz set out the stakes for the harbour at a crowded meeting."], "proposals"),
        # what a side would ask in a case is a step it may take, no demand made
        (["Ana Lund warned that if talks failed, she would ask the king to act."], "demands"),
        # "Without X, … will have to …": a warning of what would follow, no demand on a side
        (["Without a new levy, Ana Lund said, the port will have to close two piers."], "demands"),
        # "wants to V …": the subject's own aim, not a demand on anyone
        (["Norway wants to be able to fish in the fjord again."], "demands"),
        (["The Harbour Workers Union wants to use the strike to win new members."], "demands"),
        # "suggested" with a past or modal clause: an implication, not a proposal
        (["Minister Lena Dahl suggested the closure hurt the ferry towns badly."], "proposals"),
        (["Minister Lena Dahl suggested the closure damaged the ferry towns."], "proposals"),
        (
            [
                "The report suggested Norway would lose its quota.",
                "Norway suggested the levy made ports poorer.",
            ],
            "proposals",
        ),
        # ... also with a long subject, a contracted negative or a past verb before "all/no/every"
        (
            [
                (
                    "Minister Lena Dahl suggested that the new ferry timetable for the winter "
                    "months was a mistake."
                )
            ],
            "proposals",
        ),
        (
            ["Minister Lena Dahl suggested that the port authority doesn't want a settlement."],
            "proposals",
        ),
        (
            ["Minister Lena Dahl suggested the second survey erased all doubt about the pier."],
            "proposals",
        ),
        # a passive demand cue after "be"/"get": the subject is asked, it asks no one
        (
            [
                (
                    "Mayor Lena Dahl said the minister left early once she was asked for the "
                    "ferry figures."
                )
            ],
            "demands",
        ),
        (["Mayor Lena Dahl was pressed for a date for the river talks."], "demands"),
        (["Mayor Lena Dahl has been asked for a new offer, the union said."], "demands"),
        # "asked whether/if …": a question, not a demand
        (["Norway asked whether the river treaty required Sweden to share the water."], "demands"),
        (["Norway asked if the treaty allowed Sweden to keep the water."], "demands"),
        (["Norway asked how the treaty would force Sweden to share the water."], "demands"),
        # a cue word inside a hyphenated compound is no verb: "present-day", "so-called"
        (
            [
                (
                    "Norway traced the quota from the old treaty to present-day fishing rules "
                    "in the fjord."
                )
            ],
            "proposals",
        ),
        (["Norway moved from the old quota rules to present-day rules."], "proposals"),
        # "float like …": a simile; "presented grim views", "offer a retort": giving, not proposing
        (["“We can float like corks and sink like stones,” Olaf Lind said."], "proposals"),
        (["Mayor Lena Dahl said Norway would float like a cork in the ferry talks."], "proposals"),
        (["Norway offered deeply gloomy views on the herring season."], "proposals"),
        (["Norway offered a sharp retort to the Swedish ferry plan."], "proposals"),
        # "had been willing to": a stance in the past
        (["Finland had been willing to share the patrol boats in 2019."], "proposals"),
        # "insistence that" / "insisted that" with a past or present fact: an assertion
        (
            [
                (
                    "The talks faltered over Sweden's insistence that its trawlers never "
                    "crossed the line."
                )
            ],
            "demands",
        ),
        (["Denmark insisted that the nurses had already received the bonus."], "demands"),
        # "plans to V": an intention, not a proposal
        (["The strike delayed Norway's plans to dredge the harbour."], "proposals"),
        # "prepared to walk away": a threat, not an offer
        (["Norway is prepared to walk away from the ferry talks."], "proposals"),
        (["Denmark said it was ready to walk out of the ferry talks."], "proposals"),
        # "wants/urged X to know …": a wish about what someone knows
        (["Norway wants the ferry crews to know that the port stays open."], "demands"),
        (["Sweden urged the fishermen to remember the storm of 2011."], "demands"),
        # a cue inside a condition is not the subject's move
        (
            ["Until Sweden is willing to restore the night bonus, the nurses will stay out."],
            "proposals",
        ),
    ],
)
def test_other_senses_are_no_moves(extract, paragraphs, kind):
    assert _moves(extract(*paragraphs), kind) == []


@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        # the move senses of the same words stay moves
        (["Norway seeks a larger cod quota."], "demands", [("Norway", "a larger cod quota")]),
        (
            ["Norway suggested that the ferry talks resume in Bergen."],
            "proposals",
            [("Norway", "the ferry talks resume in Bergen")],
        ),
        (
            ["Norway offered a new ferry link to the island."],
            "proposals",
            [("Norway", "a new ferry link to the island")],
        ),
        (
            ["Mayor Lena Dahl asked for details of the ferry deal."],
            "demands",
            [("Lena Dahl", "details of the ferry deal")],
        ),
        (
            [
                (
                    "Norway suggested that the crews of the northern ferry lines return to work "
                    "on Monday."
                )
            ],
            "proposals",
            [("Norway", "the crews of the northern ferry lines return to work on Monday")],
        ),
        (
            ["Sweden suggested a joint patrol of the fjord."],
            "proposals",
            [("Sweden", "a joint patrol of the fjord")],
        ),
        (
            ["Denmark insisted that the trawlers be inspected."],
            "demands",
            [("Denmark", "the trawlers be inspected")],
        ),
        (
            ["Finland is willing to share the patrol boats."],
            "proposals",
            [("Finland", "share the patrol boats")],
        ),
        (
            ["Norway is prepared to cut the levy on ferries."],
            "proposals",
            [("Norway", "cut the levy on ferries")],
        ),
        (
            ["Norway wants Sweden to reopen the ferry port."],
            "demands",
            [("Norway", "reopen the ferry port")],
        ),
        # a fact stated in a clause inside the content is not the clause's own: "insisted that X
        # give a guarantee that crews will …" asks X to give it
        (
            ["Denmark insisted that the port give a guarantee that crews will stay on board."],
            "demands",
            [("Denmark", "the port give a guarantee that crews will stay on board")],
        ),
    ],
)
def test_move_senses_stay_moves(extract, paragraphs, kind, expected):
    assert _moves(extract(*paragraphs), kind) == expected


# --- spans: how much is the content
# -----------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        # a parenthetical the content goes on after does not end it
        (
            [
                (
                    "Denmark wants every ferry on the route, including the two night boats, "
                    "fitted with radar."
                )
            ],
            "demands",
            [
                (
                    "Denmark",
                    "every ferry on the route, including the two night boats, fitted with radar",
                )
            ],
        ),
        (
            [
                (
                    "Norway asked Sweden to moor its trawlers, most of them older than the "
                    "port, in the outer basin."
                )
            ],
            "demands",
            [("Norway", "moor its trawlers, most of them older than the port, in the outer basin")],
        ),
        (
            [
                (
                    "Finland offered to swap its grain silos, which stand empty in winter, for "
                    "Danish berths."
                )
            ],
            "proposals",
            [("Finland", "swap its grain silos, which stand empty in winter, for Danish berths")],
        ),
        (
            [
                (
                    "Denmark's plan calls for a ferry board chaired by Norway, and audited by "
                    "Swedish accountants, to set fares."
                )
            ],
            "proposals",
            [
                (
                    "Denmark",
                    (
                        "a ferry board chaired by Norway, and audited by Swedish accountants, "
                        "to set fares"
                    ),
                )
            ],
        ),
        # … but one the content does not go on after still ends it
        (
            ["Finland offered to swap its grain silos, which stand empty in winter."],
            "proposals",
            [("Finland", "swap its grain silos")],
        ),
        # an apposition or a trailing adverbial is no list item
        (
            [
                (
                    "Sweden wants a berth in the Nordhavn basin, the deepest in the port, which "
                    "Denmark runs."
                )
            ],
            "demands",
            [("Sweden", "a berth in the Nordhavn basin")],
        ),
        (
            [
                (
                    "Norway proposed a new round of ferry talks in Bergen, perhaps in June, its "
                    "envoy said."
                )
            ],
            "proposals",
            [("Norway", "a new round of ferry talks in Bergen")],
        ),
        # one item per list element: ", and the …" closes a list, "A and a B" of parallel heads are
        # two
        (
            [
                (
                    "The Harbour Workers Union called for longer breaks, safer cranes, and the "
                    "return of the night bonus."
                )
            ],
            "demands",
            [
                ("Harbour Workers Union", "longer breaks"),
                ("Harbour Workers Union", "safer cranes"),
                ("Harbour Workers Union", "the return of the night bonus"),
            ],
        ),
        (
            ["Norway demanded an end to the port levy and a halt to the inspections."],
            "demands",
            [("Norway", "an end to the port levy"), ("Norway", "a halt to the inspections")],
        ),
        # … after a first item of two words, too
        (
            ["The pilots demanded night allowances and the return of the winter bonus."],
            "demands",
            [("The pilots", "night allowances"), ("The pilots", "the return of the winter bonus")],
        ),
        # a comparative opens a second item after one of two words or more …
        (
            ["The crews want a shorter roster and more rest days."],
            "demands",
            [("The crews", "a shorter roster"), ("The crews", "more rest days")],
        ),
        (
            ["The crews want higher pay and better cabins."],
            "demands",
            [("The crews", "higher pay"), ("The crews", "better cabins")],
        ),
        # … not after one word, nor after a preposition's object that may go on
        (
            ["The crews want bigger and better cabins."],
            "demands",
            [("The crews", "bigger and better cabins")],
        ),
        (
            ["The crews want talks between the owners and more staff."],
            "demands",
            [("The crews", "talks between the owners and more staff")],
        ),
        # two noun phrases of two words or more, the second with its own determiner
        (
            ["The dockers demanded shorter night shifts and a new safety code."],
            "demands",
            [("The dockers", "shorter night shifts"), ("The dockers", "a new safety code")],
        ),
        (
            ["Norway proposed a pact between the ferry crews and the port authority."],
            "proposals",
            [("Norway", "a pact between the ferry crews and the port authority")],
        ),
        (
            ["Norway demanded the closure of the old fish market and its cold stores."],
            "demands",
            [("Norway", "the closure of the old fish market and its cold stores")],
        ),
        (
            ["Norway demanded compensation and the fleet."],
            "demands",
            [("Norway", "compensation and the fleet")],
        ),
        (
            ["Norway demanded the release of the crews, the return of the nets and compensation."],
            "demands",
            [
                ("Norway", "the release of the crews"),
                ("Norway", "the return of the nets"),
                ("Norway", "compensation"),
            ],
        ),
        # … a clause after ", and the" is not one, nor an "and" inside the last item
        (
            ["Norway demanded lower fees for the ferries, and the talks collapsed."],
            "demands",
            [("Norway", "lower fees for the ferries")],
        ),
        # … but the verb of a relative clause inside the last item is the item's
        (
            [
                (
                    "Norway wants lower fees, a cap on catches, and the return of a levy that was "
                    "dropped in 2019."
                )
            ],
            "demands",
            [
                ("Norway", "lower fees"),
                ("Norway", "a cap on catches"),
                ("Norway", "the return of a levy that was dropped in 2019"),
            ],
        ),
        (
            ["Norway wants lower fees, a cap on catches, and the port that was shut has reopened."],
            "demands",
            [("Norway", "lower fees")],
        ),
        (
            ["Norway demanded lower fees, the closure of the dock, and inspection and monitoring."],
            "demands",
            [
                ("Norway", "lower fees"),
                ("Norway", "the closure of the dock"),
                ("Norway", "inspection and monitoring"),
            ],
        ),
        # items opening with an amount are items too; "B and other Y" before the list's last
        # "and" is one item
        (
            [
                (
                    "Norway's offer promises $40 million for wages, €12 million for pensions and "
                    "other benefits and 3 percent more leave."
                )
            ],
            "proposals",
            [
                ("Norway", "$40 million for wages"),
                ("Norway", "€12 million for pensions and other benefits"),
                ("Norway", "3 percent more leave"),
            ],
        ),
        (
            ["Norway demanded 40 new berths, 12 tugs and a pilot boat."],
            "demands",
            [("Norway", "40 new berths"), ("Norway", "12 tugs"), ("Norway", "a pilot boat")],
        ),
        # examples after "such as" belong to one item
        (
            [
                (
                    "Sweden demanded new rules for ferries such as the night boats, the cargo "
                    "barges and the tugs."
                )
            ],
            "demands",
            [
                (
                    "Sweden",
                    "new rules for ferries such as the night boats, the cargo barges and the tugs",
                )
            ],
        ),
        # "while (still) V-ing" belongs to the content; "while" and a clause ends it
        (
            ["Denmark offered to cut the ferry fares while still keeping the night route."],
            "proposals",
            [("Denmark", "cut the ferry fares while still keeping the night route")],
        ),
        (
            ["Denmark offered to cut the ferry fares while Norway was away."],
            "proposals",
            [("Denmark", "cut the ferry fares")],
        ),
        # "before …" orders what is demanded: a part of the content
        (
            ["Norway insisted that the rebels disarm before any talk of a border."],
            "demands",
            [("Norway", "the rebels disarm before any talk of a border")],
        ),
        (
            ["The Tern Chamber of Commerce urged the council to settle before the board meets."],
            "demands",
            [("Tern Chamber of Commerce", "settle before the board meets")],
        ),
        # ... but not "while the talks continue": the time the content holds for
        (
            ["The Ostra crews called on the yard to freeze overtime while talks continue."],
            "demands",
            [("The Ostra crews", "freeze overtime while talks continue")],
        ),
        (
            ["Denmark offered to cut the ferry fares while the negotiations go on."],
            "proposals",
            [("Denmark", "cut the ferry fares while the negotiations go on")],
        ),
        # modal content keeps its subject, not what a deal must include
        (
            ["Minister Lena Dahl said every visiting trawler in the fjord must be weighed."],
            "demands",
            [("Lena Dahl", "every visiting trawler in the fjord must be weighed")],
        ),
        (
            [
                (
                    "Minister Lena Dahl said the ferry talks had stalled and Sweden should pay "
                    "for the dock."
                )
            ],
            "demands",
            [("Lena Dahl", "Sweden should pay for the dock")],
        ),
        (
            ["Minister Lena Dahl said any accord must include a ban on night trawling."],
            "demands",
            [("Lena Dahl", "a ban on night trawling")],
        ),
        # a noun phrase does not end at the verb of a to-infinitive inside it
        (
            ["Norway backed Denmark's request for the pilots to remain on the ferries."],
            "demands",
            [("Denmark", "the pilots to remain on the ferries")],
        ),
        (["Norway's call for fresh talks was rejected."], "demands", [("Norway", "fresh talks")]),
        # a time or a medium closing the content dates or carries the move, it is not demanded
        (
            ["Sweden tabled a new ferry timetable on Tuesday."],
            "proposals",
            [("Sweden", "a new ferry timetable")],
        ),
        (
            ["Finland offered a pause in the trawling dispute late on Friday night."],
            "proposals",
            [("Finland", "a pause in the trawling dispute")],
        ),
        (
            ["Norway called for a ban on night trawling in a brief statement last week."],
            "demands",
            [("Norway", "a ban on night trawling")],
        ),
        # … unless a preposition makes the time the content's own deadline or object
        (
            ["Norway demanded an answer on the quotas by noon on Friday."],
            "demands",
            [("Norway", "an answer on the quotas by noon on Friday")],
        ),
        (
            ["Norway demanded a halt to the inspections until next week."],
            "demands",
            [("Norway", "a halt to the inspections until next week")],
        ),
        # two indefinite noun phrases joined by "and" are two items, an amount in the first or not
        (
            ["Ostra Lines offered a bonus of $900 and a 2% rise in base pay."],
            "proposals",
            [("Ostra Lines", "a bonus of $900"), ("Ostra Lines", "a 2% rise in base pay")],
        ),
        (
            ["The Tern Ferry Guild wants a 12% raise over two years and a cap on overtime."],
            "demands",
            [
                ("Tern Ferry Guild", "a 12% raise over two years"),
                ("Tern Ferry Guild", "a cap on overtime"),
            ],
        ),
        # … but one item when they are the two sides of a choice, or parts of one thing
        (
            ["The Tern Ferry Guild wants a choice between a 12% raise and a shorter week."],
            "demands",
            [("Tern Ferry Guild", "a choice between a 12% raise and a shorter week")],
        ),
        (
            ["Ostra Lines proposed a mix of a pay rise and a bonus."],
            "proposals",
            [("Ostra Lines", "a mix of a pay rise and a bonus")],
        ),
        # a small clause of "want" with two participles: two things asked
        (
            ["The Tern Ferry Guild wants the levy doubled and extended to night crews."],
            "demands",
            [
                ("Tern Ferry Guild", "the levy doubled"),
                ("Tern Ferry Guild", "extended to night crews"),
            ],
        ),
        # a noun naming a move ("a compromise on X", "a cleaner option") and a colon: the terms
        # spelled out after the colon are the content
        (
            ["Ostra Lines floated a compromise on rotas: a joint panel that would review shifts."],
            "proposals",
            [("Ostra Lines", "a joint panel that would review shifts")],
        ),
        (
            ["Ostra Lines has proposed a cleaner option: a 30-day extension with no new rules."],
            "proposals",
            [("Ostra Lines", "a 30-day extension with no new rules")],
        ),
        (
            ["Ostra Lines floated a possible middle path: keeping two routes open on Sundays."],
            "proposals",
            [("Ostra Lines", "keeping two routes open on Sundays")],
        ),
        # two infinitives joined by "and to": two items, "to" dropped; not two objects of "to"
        (
            ["Ostra Lines has offered to sell two ferries and to freeze fares for three years."],
            "proposals",
            [("Ostra Lines", "sell two ferries"), ("Ostra Lines", "freeze fares for three years")],
        ),
        (
            ["The guild wants access to the port and to the depots."],
            "demands",
            [("The guild", "access to the port and to the depots")],
        ),
        # an amount's schedule after a comma belongs to the amount
        (
            ["Ostra Lines offered a minimum of 900 euros, rising to 1,000 in the second year."],
            "proposals",
            [("Ostra Lines", "a minimum of 900 euros, rising to 1,000 in the second year")],
        ),
        (
            ["Ostra Lines offered a 2% raise, raising fears of cuts."],
            "proposals",
            [("Ostra Lines", "a 2% raise")],
        ),
        # a motion put to a council: "moved that …"; a noun phrase summing up the clause ends it
        (
            ["Maria Holt moved that the city draw $9m from its reserve, a motion that failed."],
            "proposals",
            [("Maria Holt", "the city draw $9m from its reserve")],
        ),
        (["Maria Sandhu moved to Oslo last year."], "proposals", []),
        (
            ["Ostra Lines insisted that crews work Sundays, something the guild refuses."],
            "demands",
            [("Ostra Lines", "crews work Sundays")],
        ),
        # a second predicate of the subject ends the content, and its cue is the subject's too
        (
            ["Ostra Lines wants a new rota and has called for talks."],
            "demands",
            [("Ostra Lines", "a new rota"), ("Ostra Lines", "talks")],
        ),
        (
            ["Six councillors want the branches kept open and are pressing for a levy increase."],
            "demands",
            [("Six councillors", "the branches kept open"), ("Six councillors", "a levy increase")],
        ),
        # coordinate adjectives before one noun: one noun phrase; a condition that is the offer's
        # own effect ("if that helped …") asks nothing
        (
            ["Ostra Lines signalled it could accept a shorter, two-year contract if that helped."],
            "proposals",
            [("Ostra Lines", "a shorter, two-year contract")],
        ),
        (
            ["Ostra Lines signalled it could accept a shorter, two-year contract if that helped."],
            "demands",
            [],
        ),
        # industry words ending a company's name, and the name without them after it
        (
            [
                "The watchdog met Bramble Hardware on Monday.",
                "Bramble has offered to sell nine stores, according to a company filing.",
            ],
            "proposals",
            [("Bramble Hardware", "sell nine stores")],
        ),
        # a second that-clause after "and that" is a second item
        (
            ["Ostra Lines insisted that crews work Sundays, and that the guild drop its claim."],
            "demands",
            [("Ostra Lines", "crews work Sundays"), ("Ostra Lines", "the guild drop its claim")],
        ),
        # a term's later steps after "followed by" are the same item; "together with" opens one
        (
            [
                (
                    "Norway offered a 5% rise, followed by increases of 3% in each later year,"
                    " together with a bonus of 400 euros."
                )
            ],
            "proposals",
            [
                ("Norway", "a 5% rise, followed by increases of 3% in each later year"),
                ("Norway", "a bonus of 400 euros"),
            ],
        ),
        # ", plus" opens an item; an "and" inside a relative clause, or what an item is worth,
        # does not
        (
            [
                (
                    "Norway offered a 3% rise, worth $2m a year, plus a bonus for crews who work"
                    " nights and weekends."
                )
            ],
            "proposals",
            [
                ("Norway", "a 3% rise, worth $2m a year"),
                ("Norway", "a bonus for crews who work nights and weekends"),
            ],
        ),
        # a quote mark opening a quote that closes after the content stays out
        (
            ["Ana Ruiz of Norway urged both sides to “get back in a room and stay there.”"],
            "demands",
            [("Ana Ruiz", "get back in a room"), ("Ana Ruiz", "stay there")],
        ),
        # an aside on the thing's state now ("currently above 4.5%") is no list item, and
        # ", and analysts have warned …" is a clause of its own
        (
            [
                (
                    "Norway urged Sweden to bring its deficit, currently above 4.5% of output,"
                    " back under 3%, and analysts have warned that delay could hurt."
                )
            ],
            "demands",
            [("Norway", "bring its deficit, currently above 4.5% of output, back under 3%")],
        ),
        # a "with" phrase after a comma is the item's own, unless a list goes on after it
        (
            ["Norway wants a 5% rise in the first year, with 3% in each later year."],
            "demands",
            [("Norway", "a 5% rise in the first year, with 3% in each later year")],
        ),
        (
            ["Norway demanded lower fees, with a review in 2027, and more trains."],
            "demands",
            [("Norway", "lower fees")],
        ),
        # a present cue after a that-clause with a modal is a second move of the subject
        (
            ["Norway insists that any deal must include a quota and wants a levy on trawlers."],
            "demands",
            [("Norway", "any deal must include a quota"), ("Norway", "a levy on trawlers")],
        ),
        # "on the table" ends what is put there, not a clause it is inside
        (
            ["Norway said it would walk out unless the reform on the table is softened."],
            "demands",
            [("Norway", "the reform on the table is softened")],
        ),
        # a quoted object after the cue, in straight or curly marks, without its closing mark
        (
            [
                (
                    'Norway said it would not sign any arrangement that did not guarantee "an end'
                    ' to the levy" and a joint patrol.'
                )
            ],
            "demands",
            [("Norway", "an end to the levy"), ("Norway", "a joint patrol")],
        ),
        (
            ["Per Lund of the Tern Dock Union said “we want a fair contract” on Monday."],
            "demands",
            [("Per Lund", "a fair contract")],
        ),
        # … and each that-clause of "that A, that B, and that C"
        (
            [
                (
                    "Ostra Lines insisted that crews work Sundays, that the guild drop its claim,"
                    " and that the rota stay."
                )
            ],
            "demands",
            [
                ("Ostra Lines", "crews work Sundays"),
                ("Ostra Lines", "the guild drop its claim"),
                ("Ostra Lines", "the rota stay"),
            ],
        ),
        # an adverbial between commas after the subject; a chamber is a body
        (
            ["The Tern Chamber of Commerce, meanwhile, urged the council to cut the levy."],
            "demands",
            [("Tern Chamber of Commerce", "cut the levy")],
        ),
        # "asked that …" is a demand; "asked to V" (no one asked) asks to do V, not to stay unnamed
        (
            ["The guild demanded that a panel verify the vote, and asked that crews be paid."],
            "demands",
            [("The guild", "a panel verify the vote"), ("The guild", "crews be paid")],
        ),
        (
            ["The Tern Dock Union has asked to join future rounds as an observer."],
            "demands",
            [("Tern Dock Union", "join future rounds as an observer")],
        ),
        (["The official asked not to be named."], "demands", []),
        (["The Tern Dock Union was asked to join the talks."], "demands", []),
        # "calling for A, and for B": two objects of "for"
        (
            ["The guild is calling for a pay rise, and for any change to be put on hold."],
            "demands",
            [("The guild", "a pay rise"), ("The guild", "any change to be put on hold")],
        ),
        # what a side's vote needs: "would vote against any bill that did not also …"
        (
            ["The guild would vote against any deal that did not also cut night shifts."],
            "demands",
            [("The guild", "cut night shifts")],
        ),
        # an offer's condition after the comma that ends it
        (
            ["Ostra Lines is ready to cut fares, provided that the guild drops its claim."],
            "demands",
            [("Ostra Lines", "the guild drops its claim")],
        ),
        # "A, not B": B is set against what is wanted, no item of it
        (
            ["Ostra Lines wants payments to flow as grants, not loans."],
            "demands",
            [("Ostra Lines", "payments to flow as grants")],
        ),
        # a gang holding a crew is a body, its own subject in what someone reports
        (
            [
                "Pirates seized the Tern Star in May.",
                "The gang is now seeking $6.5 million, up from $3 million, the person said.",
            ],
            "demands",
            [("The gang", "$6.5 million")],
        ),
        # "Under the proposal, presented by X, …": X made it, and what follows is its content
        (
            ["Under the proposal, presented by minister Mara Holt, crews would get a bonus."],
            "proposals",
            [("Mara Holt", "crews would get a bonus")],
        ),
        # a determiner and an adjective, then a participle adjective: one noun phrase
        (
            ["The guild wants a fair, lasting deal."],
            "demands",
            [("The guild", "a fair, lasting deal")],
        ),
        # "asked X for Y": who is asked, then what for; not "asked X to prepare for …"
        (
            ["The Tern Dock Union asked the port for a 5% raise."],
            "demands",
            [("Tern Dock Union", "a 5% raise")],
        ),
        (
            ["Ostra Lines asked parents to prepare for possible delays."],
            "demands",
            [("Ostra Lines", "prepare for possible delays")],
        ),
        # a deadline with its date: "set a deadline of Friday for X to …"
        (
            ["Ostra Lines set a deadline of Friday for the guild to accept the offer."],
            "demands",
            [("Ostra Lines", "the guild to accept the offer")],
        ),
        # an answer to the other side's move, and a pitched plan: a proposal noun as the object
        (
            ["Ostra Lines countered with a proposal for a two-year freeze."],
            "proposals",
            [("Ostra Lines", "a proposal for a two-year freeze")],
        ),
        (
            ["Ostra Lines pitched a plan to share the routes."],
            "proposals",
            [("Ostra Lines", "a plan to share the routes")],
        ),
        (["The Tern Dock Union responded with a strike."], "proposals", []),
        (
            ["Ostra Lines has dangled the prospect of a bonus."],
            "proposals",
            [("Ostra Lines", "the prospect of a bonus")],
        ),
        # a side's "ask" or "bottom line" before a copula, as its "goal" is
        (
            ["The Tern Dock Union's bottom line is a 9% raise."],
            "demands",
            [("Tern Dock Union", "a 9% raise")],
        ),
        (
            ["The Tern Dock Union's main ask is a 9% raise."],
            "demands",
            [("Tern Dock Union", "a 9% raise")],
        ),
        # an amount alone is a content ("8%"), however short
        (
            ["The Tern Dock Union would settle for nothing less than 8%."],
            "demands",
            [("Tern Dock Union", "8%")],
        ),
        # a second verb and its object after "and": two items; not inside a relative clause
        (
            ["The Tern Dock Union wants the port to scrap the rota and rehire 40 crew."],
            "demands",
            [("Tern Dock Union", "scrap the rota"), ("Tern Dock Union", "rehire 40 crew")],
        ),
        (
            ["The Tern Dock Union wants a deal that ends the lockout and restores the rota."],
            "demands",
            [("Tern Dock Union", "a deal that ends the lockout and restores the rota")],
        ),
        # "and we …": a clause of its own ends the content
        (
            ['"We want a fair pay deal and we want it now," said Mara Holt.'],
            "demands",
            [("Mara Holt", "a fair pay deal")],
        ),
        # "will only V once/if …": the condition is demanded
        (
            ["The Tern Rebels say they will only lay down their arms once the army withdraws."],
            "demands",
            [("Tern Rebels", "the army withdraws")],
        ),
        # "A, not B, and for C": the contrast is no item, and the list goes on after it
        (
            [("The bloc wants payments made as grants, not loans, and for the fund to stay open.")],
            "demands",
            [("The bloc", "payments made as grants"), ("The bloc", "the fund to stay open")],
        ),
        # a description naming no one, then a name in apposition: the name is the subject
        (
            ["The owner, Tern Tankers, has offered $1.8 million."],
            "proposals",
            [("Tern Tankers", "$1.8 million")],
        ),
        # a body described by its noun, then its organ: "the armed group's command demanded …"
        (
            ["The armed group’s central command demanded that a panel verify the release."],
            "demands",
            [("The armed group’s central command", "a panel verify the release")],
        ),
        # "but" joining a second verb of what a plan would do goes on; a new clause after "but"
        # ends the content
        (
            ["Ostra Lines tabled a plan that would keep the quota but allow it to dip."],
            "proposals",
            [("Ostra Lines", "keep the quota but allow it to dip")],
        ),
        (
            ["Ostra Lines tabled a plan that would cut fares but the guild rejected it."],
            "proposals",
            [("Ostra Lines", "cut fares")],
        ),
        # a subject raised past "is understood to have": the subject's move
        (
            ["Ostra Lines is understood to have offered a 4% raise."],
            "proposals",
            [("Ostra Lines", "a 4% raise")],
        ),
        # "A in addition to B", as "A as well as B": two items
        (
            ["The Tern Dock Union wants a raise in addition to a bonus."],
            "demands",
            [("Tern Dock Union", "a raise"), ("Tern Dock Union", "a bonus")],
        ),
        # a quoted phrase and a noun phrase after it: two items
        (
            ['Ostra Lines said its offer included "the best terms in years" and a 5% rise.'],
            "proposals",
            [("Ostra Lines", '"the best terms in years"'), ("Ostra Lines", "a 5% rise")],
        ),
        # "A or, failing that, B": two items, the second a fallback
        (
            ["Ostra Lines wants the guild to restore the old rota or, failing that, raise pay."],
            "demands",
            [("Ostra Lines", "restore the old rota"), ("Ostra Lines", "raise pay")],
        ),
        # "management" without an article is a body, the company named before if any; "that"
        # after a speech verb is no determiner ("said in a memo that management …")
        (["Management has proposed a 3% raise."], "proposals", [("Management", "a 3% raise")]),
        (
            [
                "Ostra Lines met the guild.",
                "Mara Holt said in a memo that management was prepared to discuss a raise.",
            ],
            "proposals",
            [("Ostra Lines", "discuss a raise")],
        ),
        (
            ["The Tern Dock Union said management was prepared to discuss a raise."],
            "proposals",
            [("Management", "discuss a raise")],
        ),
        # "the guild", like "the union", is a body: the subject as written
        (
            ["The guild is seeking a 12% raise."],
            "demands",
            [("The guild", "a 12% raise")],
        ),
    ],
)
def test_content_spans(extract, paragraphs, kind, expected):
    assert _moves(extract(*paragraphs), kind) == expected


@pytest.mark.parametrize(
    "sentence, kind, expected",
    [
        # the full stop of an abbreviation before a name ends no content
        (
            "Norway agreed on Friday to rent Mr. Berg two ferries.",
            "moves",
            [("Norway", "rent Mr. Berg two ferries")],
        ),
        (
            "Sweden offered Dr. Lund a seat on the quota board.",
            "proposals",
            [("Sweden", "Dr. Lund a seat on the quota board")],
        ),
    ],
)
def test_an_abbreviation_before_a_name(extract, sentence, kind, expected):
    assert [(m.actor, m.text) for m in getattr(extract(sentence), kind)] == expected


@pytest.mark.parametrize(
    "sentence, items",
    [
        # two amounts, the second in a noun phrase of its own, are two items
        (
            (
                "Ostra Copper Corp offered wage increases totalling 12 per cent over four years "
                "and a $20-million training fund."
            ),
            ["wage increases totalling 12 per cent over four years", "a $20-million training fund"],
        ),
        # a past participle before its noun ("recorded performances") is no verb: the list goes on
        # after ", and a …"
        (
            (
                "Ostra Copper Corp offered a raise for every shift worked, a bonus for night "
                "crews, and a ban on overtime on recorded holidays."
            ),
            [
                "a raise for every shift worked",
                "a bonus for night crews",
                "a ban on overtime on recorded holidays",
            ],
        ),
    ],
)
def test_amounts_and_adjectival_participles_in_lists(extract, sentence, items):
    assert [m.text for m in extract(sentence).proposals] == items


@pytest.mark.parametrize(
    "sentence, items",
    [
        # a move noun and what it holds: the items it holds
        (
            (
                "Ostra Copper Corp said it had tabled a package that included a 4% pay rise and a "
                "retraining fund of 35 million euros."
            ),
            ["a 4% pay rise", "a retraining fund of 35 million euros"],
        ),
        (
            "Ostra Copper Corp made an offer which would include a truce and a swap.",
            ["a truce", "a swap"],
        ),
        # a noun inside another noun's phrase holds nothing of the move
        (
            "Ostra Copper Corp offered assurances of a deal that included new rotas.",
            ["assurances of a deal that included new rotas"],
        ),
    ],
)
def test_what_a_package_holds(extract, sentence, items):
    assert [m.text for m in extract(sentence).proposals] == items


@pytest.mark.parametrize(
    "sentence, items",
    [
        # a dash spells out the move only right after its noun; after "on the issues —" it
        # spells out the issues, and the move is the package
        (
            (
                "Ostra Copper Corp is offering a package on the main points — shifts, pensions "
                "and overtime."
            ),
            ["a package on the main points"],
        ),
        ("Ostra Copper Corp offered a new deal — a 4% rise and a bonus.", ["a 4% rise", "a bonus"]),
        # a colon spells it out after "on …" too
        (
            "Ostra Copper Corp offered a compromise on the rotas: the company would hire 40 crew.",
            ["the company would hire 40 crew"],
        ),
    ],
)
def test_a_dash_after_the_moves_own_noun(extract, sentence, items):
    assert [m.text for m in extract(sentence).proposals] == items


@pytest.mark.parametrize(
    "sentence, kind, items",
    [
        # a relative clause between a clause's subject and its verb is an aside inside the content
        (
            (
                "Norway wants a guarantee that the lenders, which hold half the debt, will "
                "accept the terms."
            ),
            "demands",
            ["a guarantee that the lenders, which hold half the debt, will accept the terms"],
        ),
        (
            (
                "Qatar floated a first phase in which the captive, who is reported to be ill, "
                "would be freed."
            ),
            "proposals",
            ["a first phase in which the captive, who is reported to be ill, would be freed"],
        ),
        # ... not one after a noun-phrase content, before the sentence's own verb
        (
            "The Tern Dock Union's demand for a raise, which the company rejects, was repeated.",
            "demands",
            ["a raise"],
        ),
        # a reporting tail of a longer description ends the content
        (
            "Norway offered ferries in exchange for fuel, a person familiar with the talks said.",
            "demands",
            ["fuel"],
        ),
    ],
)
def test_asides_and_reporting_tails(extract, sentence, kind, items):
    assert [m.text for m in getattr(extract(sentence), kind)] == items


@pytest.mark.parametrize(
    "sentence, kind, items",
    [
        # "earlier in the week", "later in the day": a time that ends a noun-phrase content
        ("Norway called for a truce earlier in the week.", "demands", ["a truce"]),
        # ... and stands between a move noun and the colon that spells it out
        (
            "Norway offered a compromise later in the day: a quota and a levy.",
            "proposals",
            ["a quota", "a levy"],
        ),
    ],
)
def test_a_time_in_the_week_ends_a_content(extract, sentence, kind, items):
    assert [m.text for m in getattr(extract(sentence), kind)] == items


@pytest.mark.parametrize(
    "sentence, items",
    [
        # a participle of holding after a move or document noun: what it holds, item by item
        ("Norway tabled a draft providing for a 72-hour truce.", ["a 72-hour truce"]),
        ("Norway offered a package including a raise and a bonus.", ["a raise", "a bonus"]),
        ("Norway tabled a plan calling for a joint patrol.", ["a joint patrol"]),
    ],
)
def test_a_participle_of_holding(extract, sentence, items):
    assert [m.text for m in extract(sentence).proposals] == items


def test_a_quoted_first_verb_of_a_list_of_infinitives(extract):
    # "(asked X to) “A” and to B": a quoted verb phrase is the list's first item all the same
    ex = extract(
        "Norway asked the mediators to “separate the aid question from the money question” and "
        "to secure medical access first."
    )
    assert [m.text for m in ex.demands] == [
        "“separate the aid question from the money question”",
        "secure medical access first",
    ]


@pytest.mark.parametrize(
    "sentence, kind, items",
    [
        # "by V-ing" says how the content is to be done: part of it
        (
            "Norway offered to cut costs by closing two depots.",
            "proposals",
            ["cut costs by closing two depots"],
        ),
        (
            "The Tern Dock Union demanded that the desks be staffed by existing union members.",
            "demands",
            ["the desks be staffed by existing union members"],
        ),
        # "to allow …" says what the content is for: part of it
        (
            "Norway called for corridors to allow aid convoys into the port.",
            "demands",
            ["corridors to allow aid convoys into the port"],
        ),
    ],
)
def test_the_means_belongs_to_the_content(extract, sentence, kind, items):
    assert [m.text for m in getattr(extract(sentence), kind)] == items


def test_a_subordinate_clause_ends_before_the_main_clause(extract):
    # "After X offered 3%, the Y demanded 5%": the offer ends at the comma
    ex = extract("After Ostra Lines offered 3%, the Tern Dock Union demanded 5%.")
    assert [(m.actor, m.text) for m in ex.proposals] == [("Ostra Lines", "3%")]
    assert [(m.actor, m.text) for m in ex.demands] == [("Tern Dock Union", "5%")]


@pytest.mark.parametrize(
    "sentence, items",
    [
        # "(pressed for) the fund to X and to Y": the second infinitive of the same small clause
        (
            "Coastal states pressed for the treaty to set up a fund and to ban toxic dyes.",
            ["the treaty to set up a fund", "ban toxic dyes"],
        ),
        # "(called for) A and for B": the cue's "for" again, a second object
        (
            "Norway called for a ceasefire and for all fleets to leave the bay.",
            ["a ceasefire", "all fleets to leave the bay"],
        ),
        # ... not a "for" of the first object's own: "a fund for A and for B" is one
        (
            "Norway called for a fund for farmers and for fishermen.",
            ["a fund for farmers and for fishermen"],
        ),
        # "(called on) X to A and on Y to B": a second addressee and what they are to do
        (
            "Norway called on the army to end the curfew and on the militias to free the hostages.",
            ["end the curfew", "free the hostages"],
        ),
    ],
)
def test_a_cue_word_repeated_after_and_opens_a_second_item(extract, sentence, items):
    assert [m.text for m in extract(sentence).demands] == items


def test_a_modal_repeated_after_and_opens_a_second_item(extract):
    # "(would raise its offer to) 4% and would also fund …": a second verb of what it would do
    ex = extract(
        "Ostra Lines said it would raise its offer to 4% and would also fund a pension bridge."
    )
    assert [m.text for m in ex.proposals] == ["4%", "fund a pension bridge"]


def test_a_modal_after_a_cue_without_one_ends_the_content(extract):
    # "called for a ban and would table a bill": what the side would do itself is no demand
    ex = extract("The Greens called for an outright ban and would table a bill of their own.")
    assert [m.text for m in ex.demands] == ["an outright ban"]


def test_a_verb_of_one_form_after_would_is_a_base_verb_of_the_list(extract):
    # "(would) halt A, open B, and set up C": "set" after "would" is no past verb opening a clause
    ex = extract(
        "Norway tabled a draft. The draft would halt trawling, open two lanes, and set up a panel."
    )
    assert [m.text for m in ex.proposals] == ["halt trawling", "open two lanes", "set up a panel"]


@pytest.mark.parametrize(
    "sentence, kind, items",
    [
        # ", a policy the port introduced …": an apposition summing up what came before, no item
        (
            (
                "The guild wants the port to lift its ban on night shifts, a policy the port "
                "introduced to cut costs and which the guild has fought."
            ),
            "demands",
            ["lift its ban on night shifts"],
        ),
        (
            (
                "Ostra Lines offered a 3% raise, along with a bonus for crews who stay, a measure "
                "aimed at stemming resignations and retirements."
            ),
            "proposals",
            ["a 3% raise", "a bonus for crews who stay"],
        ),
        # ... but a list's own item with a relative clause stays one
        (
            "Norway wants higher quotas, a levy that funds training, and a new pier.",
            "demands",
            ["higher quotas", "a levy that funds training", "a new pier"],
        ),
        # ", which …," between a that-clause's subject and its subjunctive "be": an aside
        (
            (
                "The guild is demanding that the pension fund, which covers retired pilots, be "
                "topped up by the port."
            ),
            "demands",
            ["the pension fund, which covers retired pilots, be topped up by the port"],
        ),
    ],
)
def test_an_apposition_summing_up_is_no_item(extract, sentence, kind, items):
    assert [m.text for m in getattr(extract(sentence), kind)] == items


@pytest.mark.parametrize(
    "sentence, kind, items",
    [
        # a participle's "since" is its time, inside the content; a content's own "since" is not
        (
            "Norway wants Sweden to refund the fees held since 2017 and to drop the levy.",
            "demands",
            ["refund the fees held since 2017", "drop the levy"],
        ),
        (
            "Ferry crews have been striking for a shorter rota since May.",
            "demands",
            ["a shorter rota"],
        ),
        # "wanted X to be V-ed": what is to happen to X, X with it
        (
            "Norway wanted the definition of coastal waters to be narrowed.",
            "demands",
            ["the definition of coastal waters to be narrowed"],
        ),
        # the verb of a that-clause after a noun is inside a noun-phrase content
        (
            "Norway's demands include a written pledge that the coalition would back the levy.",
            "demands",
            ["a written pledge that the coalition would back the levy"],
        ),
        # a participle's phrase between commas: no item, and no end of the content
        (
            (
                "Norway offered to deploy a 300-strong force, made up in part of coast guards, to "
                "patrol the bay."
            ),
            "proposals",
            ["deploy a 300-strong force, made up in part of coast guards, to patrol the bay"],
        ),
        (
            (
                "Ostra Lines said it would raise its offer to 4.2% from 3.1%, spread over two "
                "years, and would also fund a pension bridge."
            ),
            "proposals",
            ["4.2% from 3.1%", "fund a pension bridge"],
        ),
        # a that-clause's series of verbs: one item each (its commas otherwise make no list)
        (
            (
                "The guild is demanding that the port scrap the night rota, raise pay by 2%, and "
                "hire 40 crew."
            ),
            "demands",
            ["the port scrap the night rota", "raise pay by 2%", "hire 40 crew"],
        ),
        # verbs "and" joins to a part set against ("not …") are set against too
        (
            "“She should come and sit with us, not go on stage and issue ultimatums,” Ana said.",
            "demands",
            ["She should come and sit with us"],
        ),
    ],
)
def test_what_a_participle_a_clause_or_a_negation_holds(extract, sentence, kind, items):
    assert [m.text for m in getattr(extract(sentence), kind)] == items


@pytest.mark.parametrize(
    "paragraphs, kind, items",
    [
        # "urged them to …": a pronoun for the sides named before is who is asked
        (
            ["Norway and Sweden met in Oslo.", "Finland urged them to sign the treaty by May."],
            "demands",
            ["sign the treaty by May"],
        ),
        # ... and the quote may open before "to"
        (
            ["Finland called on both parties “to show the flexibility the moment demands”."],
            "demands",
            ["show the flexibility the moment demands"],
        ),
        # but a wish about someone is no side asked: "wants him to resign"
        (["Norway wants him to resign."], "demands", []),
        # ", and a …" closing a list of two after a long first item
        (
            ["The guild wants a bonus of $900 for crews who stay through May, and a new rota."],
            "demands",
            ["a bonus of $900 for crews who stay through May", "a new rota"],
        ),
        # ", and to V" after a relative clause that ended the first infinitive
        (
            [
                (
                    "Ostra Lines offered to add a third ferry, whose crew would come from Tromso, "
                    "and to fund a new pier."
                )
            ],
            "proposals",
            ["add a third ferry", "fund a new pier"],
        ),
        # "It would also V …" opening a sentence: one more term of the proposal before
        (
            [
                "Ostra Lines offered to cut fares by 5%.",
                "It would also scrap the winter surcharge, a step the guild had sought.",
            ],
            "proposals",
            ["cut fares by 5%", "scrap the winter surcharge"],
        ),
        (["Ostra Lines met the guild.", "It would also scrap the surcharge."], "proposals", []),
    ],
)
def test_who_is_asked_and_terms_that_go_on(extract, paragraphs, kind, items):
    assert [m.text for m in getattr(extract(*paragraphs), kind)] == items


@pytest.mark.parametrize(
    "sentence, items",
    [
        # "(put forward) a plan under which A would …, and B would …": the clauses are its terms
        (
            "Norway tabled a plan under which fleets would fish less and the port would cut fees.",
            ["fleets would fish less", "the port would cut fees"],
        ),
        (
            "Ostra Lines floated a plan under which crews would rest, and a rota would be set.",
            ["crews would rest", "a rota would be set"],
        ),
        # ... one clause with an object list stays one item
        (
            "Norway proposed a formula under which Sweden would cut its quota and its levy.",
            ["Sweden would cut its quota and its levy"],
        ),
    ],
)
def test_what_would_happen_under_a_proposal(extract, sentence, items):
    assert [m.text for m in extract(sentence).proposals] == items


def test_a_second_object_after_an_aside_that_ended_the_first(extract):
    # "asking for A, which …, as well as B": B is a second object of the cue
    ex = extract("The guild is asking for a 6% raise, which would cost a lot, as well as a pier.")
    assert [m.text for m in ex.demands] == ["a 6% raise", "a pier"]


def test_what_a_proposal_that_would_do_holds(extract):
    # "(tabled) an offer (on Monday) that would A and B": what the offer would do, item by item
    ex = extract("Norway tabled an offer on Monday that would cut the levy and raise the quota.")
    assert [m.text for m in ex.proposals] == ["cut the levy", "raise the quota"]
    # ... not a law or a judgement of the plan
    assert not extract("Norway backed a law that would cut the levy.").proposals


@pytest.mark.parametrize(
    "sentence, items",
    [
        # a thing wanted and its state, then a second state or a second thing wanted
        (
            "The Tern Dock Union wants the levy brought down to 2% and fixed for five years.",
            ["the levy brought down to 2%", "fixed for five years"],
        ),
        (
            "Chile wants the levy withdrawn immediately and Peru to refund the fees.",
            ["the levy withdrawn immediately", "Peru to refund the fees"],
        ),
    ],
)
def test_wanted_small_clauses_and_their_second_items(extract, sentence, items):
    assert [m.text for m in extract(sentence).demands] == items


def test_a_list_of_bare_nouns_inside_a_relative_clause_is_no_list_of_items(extract):
    ex = extract(
        "Norway proposed contracts for farmers who switch to pulses, maize or cotton.",
        "The Tern Dock Union wants a fund for nurses who stay, a 4% rise and more staff.",
    )
    assert [m.text for m in ex.proposals] == [
        "contracts for farmers who switch to pulses, maize or cotton"
    ]
    assert [m.text for m in ex.demands] == ["a fund for nurses who stay", "a 4% rise", "more staff"]


@pytest.mark.parametrize(
    "sentence, items",
    [
        # a thing wanted in its state, then "and a …": a thing wanted of its own
        (
            (
                "The Tern Dock Union wants night rates lifted to match the day rates and a"
                " one-off payment of $300."
            ),
            ["night rates lifted to match the day rates", "a one-off payment of $300"],
        ),
        # two gerunds modifying one head are one item
        (
            "The Tern Dock Union is demanding access to the port's billing and staffing records.",
            ["access to the port's billing and staffing records"],
        ),
    ],
)
def test_small_clause_then_a_noun_phrase_and_shared_heads(extract, sentence, items):
    assert [m.text for m in extract(sentence).demands] == items
