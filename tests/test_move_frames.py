"""Move frames: what is said (the `move_cues` groups of data/lexicon.yml and their content slots).

Each table row is an invented sentence, the kind of move it must give ("demands" or "proposals"),
the actor and the items, in order; a row with no items is a frame word in another sense, which
must give no move of that kind. All sentences are invented."""

import pytest
from conftest import check_moves as _check


@pytest.mark.parametrize(
    "text, kind, actor, items",
    [
        # push / lobby / fight for: the content is what follows "for"
        (
            "Denmark is pushing hard for a freeze on rail fares.",
            "demands",
            "Denmark",
            ["a freeze on rail fares"],
        ),
        (
            "Portugal has lobbied for Spain to share the river gauges.",
            "demands",
            "Portugal",
            ["Spain to share the river gauges"],
        ),
        (
            "Ireland will fight for a longer grazing season.",
            "demands",
            "Ireland",
            ["a longer grazing season"],
        ),
        # "fought for" a party or for their lives is no demand
        ("Volunteers from Chile fought for Peru in the war.", "demands", None, []),
        # expect X to: X must be a party, not "prices"
        (
            "The Nurses Union expects the ministry to pay the winter bonus.",
            "demands",
            "Nurses Union",
            ["pay the winter bonus"],
        ),
        ("Greece expects fuel prices to fall in spring.", "demands", None, []),
        # X into V-ing
        (
            "Austria coaxed Hungary into sharing its rail timetables.",
            "demands",
            "Austria",
            ["sharing its rail timetables"],
        ),
        ("Austria pushed Hungary into a recession.", "demands", None, []),
        # a deadline given to someone
        (
            "Chile gave Peru a ten-day deadline to reopen the mine road.",
            "demands",
            "Chile",
            ["reopen the mine road"],
        ),
        (
            "Chile gave Peru until Friday to reopen the mine road.",
            "demands",
            "Chile",
            ["reopen the mine road"],
        ),
        # an adverbial between commas after who is asked
        (
            "Chile asked Peru, clearly and in writing, to reopen the road.",
            "demands",
            "Chile",
            ["reopen the road"],
        ),
        # … until a longer time
        (
            "Chile gave Peru until the end of the Senate's summer session to reopen the road.",
            "demands",
            "Chile",
            ["reopen the road"],
        ),
        # urged that + clause (not "that" as who is urged)
        (
            "The Dairy Board urged that both sides return to the table.",
            "demands",
            "Dairy Board",
            ["both sides return to the table"],
        ),
        # insist + a subjunctive clause without "that"; a plain assertion is no demand
        (
            "Romania keeps insisting its growers be paid first.",
            "demands",
            "Romania",
            ["its growers be paid first"],
        ),
        # … whose verb says what a deal is to hold ("include", "cover", "protect")
        (
            "Romania has insisted any deal include a quota for its trawlers.",
            "demands",
            "Romania",
            ["any deal include a quota for its trawlers"],
        ),
        (
            "Romania insisted the accord protect its river fisheries.",
            "demands",
            "Romania",
            ["the accord protect its river fisheries"],
        ),
        ("Romania insisted the talks were going well.", "demands", None, []),
        ("Romania insisted the accord protected its fisheries.", "demands", None, []),
        ("Romania insisted they would pay.", "demands", None, []),
        # a state as a fact, not one wanted
        ("Romania insisted the door remained open.", "demands", None, []),
        ("Romania insisted the door remain open.", "demands", "Romania", ["the door remain open"]),
        # how long a side has asked, not what
        ("Romania has been asking for two years.", "demands", None, []),
        (
            "Romania asked for two years of back pay.",
            "demands",
            "Romania",
            ["two years of back pay"],
        ),
        # nothing that leaves out X: X is demanded
        (
            "Latvia will accept no deal that excludes its rail freight.",
            "demands",
            "Latvia",
            ["its rail freight"],
        ),
        # … or will not sign one that does not hold X
        (
            "Latvia said it would not sign any deal that did not contain a freight quota.",
            "demands",
            "Latvia",
            ["a freight quota"],
        ),
        (
            "Latvia won't back a text which does not guarantee access to the port.",
            "demands",
            "Latvia",
            ["access to the port"],
        ),
        ("Latvia has signed a deal that does not include a freight quota.", "demands", None, []),
        # made X a condition
        (
            "Croatia made a new ferry licence a precondition for any truce.",
            "demands",
            "Croatia",
            ["a new ferry licence"],
        ),
        (
            "Croatia made it a condition that the ferries sail at night.",
            "demands",
            "Croatia",
            ["the ferries sail at night"],
        ),
        ("Croatia made the ferry a priority.", "demands", None, []),
        # the base form "demand": after a subject pronoun, a modal, "to" or a plural subject
        (
            "“We demand the return of the seized nets,” said Croatia.",
            "demands",
            "Croatia",
            ["the return of the seized nets"],
        ),
        (
            "Croatia will demand a ban on night trawling.",
            "demands",
            "Croatia",
            ["a ban on night trawling"],
        ),
        (
            "Croatia plans to demand a share of the harbour fees.",
            "demands",
            "Croatia",
            ["a share of the harbour fees"],
        ),
        (
            "Croatian trawler crews demand a larger quota.",
            "demands",
            "Croatian trawler crews",
            ["a larger quota"],
        ),
        # striking, campaigning, agitating for: what follows "for" is wanted
        (
            "Ferry crews have been striking for a shorter rota since May.",
            "demands",
            "Ferry crews",
            ["a shorter rota"],
        ),
        (
            "The bakers went on strike for a night-work bonus.",
            "demands",
            "The bakers",
            ["a night-work bonus"],
        ),
        (
            "The tenants' union is campaigning for a rent freeze.",
            "demands",
            "The tenants' union",
            ["a rent freeze"],
        ),
        ("Farmers are agitating for cheaper diesel.", "demands", "Farmers", ["cheaper diesel"]),
        # how long a strike lasts, its count, running for office, a side campaigned for: no demand
        ("Ferry crews have been striking for nine days.", "demands", None, []),
        ("The bakers have been on strike for more than a month.", "demands", None, []),
        ("The bakers struck for the third time this year.", "demands", None, []),
        ("The mayor is campaigning for re-election.", "demands", None, []),
        ("The tenants' union campaigned for Ruiz in the spring.", "demands", None, []),
        # the noun "demand" is no cue of its own
        ("Croatia raised prices as demand for sardines rose.", "demands", None, []),
        ("Croatia said demand is falling in the ports.", "demands", None, []),
    ],
)
def test_demand_frames(extract, text, kind, actor, items):
    _check(extract(text), kind, actor, items)


@pytest.mark.parametrize(
    "text, kind, actor, items",
    [
        # a plan noun as the object of circulate / send / share / hand
        (
            "Iceland sent Norway a three-page draft for joint fish counts.",
            "proposals",
            "Iceland",
            ["a three-page draft for joint fish counts"],
        ),
        (
            "Estonia shared a plan to pool the ferry fleets.",
            "proposals",
            "Estonia",
            ["a plan to pool the ferry fleets"],
        ),
        # anything else shared is no proposal
        ("Estonia shared its concerns about the plan.", "proposals", None, []),
        ("Estonia circulated the minutes of the meeting.", "proposals", None, []),
        # a light verb whose object names the move: made / outlined / put together / came up with
        (
            "Lithuania made an offer to split the ferry fares.",
            "proposals",
            "Lithuania",
            ["an offer to split the ferry fares"],
        ),
        (
            "Lithuania has made two offers since the spring.",
            "proposals",
            "Lithuania",
            ["two offers"],
        ),
        (
            "Lithuania made concessions on the night sailings.",
            "proposals",
            "Lithuania",
            ["concessions on the night sailings"],
        ),
        (
            "Lithuania made Latvia a fresh offer on the pier.",
            "proposals",
            "Lithuania",
            ["a fresh offer on the pier"],
        ),
        (
            "Lithuania came up with a plan to dredge the harbour.",
            "proposals",
            "Lithuania",
            ["a plan to dredge the harbour"],
        ),
        (
            "Lithuania outlined a proposal for joint pilots.",
            "proposals",
            "Lithuania",
            ["a proposal for joint pilots"],
        ),
        # an answer with a counter-offer that does A, B and C: one item per verb of a term
        (
            (
                "Lithuania answered with a counter-offer that keeps the ferry fares, ends the"
                " night levy after the first season, and guarantees two pilots."
            ),
            "proposals",
            "Lithuania",
            [
                "keeps the ferry fares",
                "ends the night levy after the first season",
                "guarantees two pilots",
            ],
        ),
        # how far a side could go is offered; a forecast of prices is not
        (
            "Lithuania signalled it could go as high as 4% in the first year.",
            "proposals",
            "Lithuania",
            ["4% in the first year"],
        ),
        ("Lithuania said fares could rise as high as 4%.", "proposals", None, []),
        # a proposal brought to the talks
        (
            "Lithuania brought a proposal for joint pilots.",
            "proposals",
            "Lithuania",
            ["a proposal for joint pilots"],
        ),
        ("The strike brought the harbour to a halt.", "proposals", None, []),
        # … not none of them, an intention, a condition, or another object
        ("Lithuania made no concessions on the night sailings.", "proposals", None, []),
        ("Lithuania made plans to build a second pier.", "proposals", None, []),
        ("Lithuania made the offer a condition for any talks.", "proposals", None, []),
        ("Lithuania made a strong case for the pier.", "proposals", None, []),
        # ready / open for a noun phrase
        (
            "Belgium is ready for talks on the canal tolls.",
            "proposals",
            "Belgium",
            ["talks on the canal tolls"],
        ),
        (
            "Belgium declared itself open to joint inspections.",
            "proposals",
            "Belgium",
            ["joint inspections"],
        ),
        # offers worded as acceptance or reduction
        (
            "Slovakia says it could accept a cap of 300 trucks a day.",
            "proposals",
            "Slovakia",
            ["a cap of 300 trucks a day"],
        ),
        ("Slovakia would accept nothing less than a full refund.", "proposals", None, []),
        ("Slovakia cannot accept the cap.", "proposals", None, []),
        (
            "Slovakia now accepted a shorter transit permit.",
            "proposals",
            "Slovakia",
            ["a shorter transit permit"],
        ),
        ("Slovakia could cut its levy to 4 percent.", "proposals", "Slovakia", ["4 percent"]),
        # conceded that + a clause of permission; an admission is no offer
        (
            "Greece conceded that Italian tugs can use its harbour.",
            "proposals",
            "Greece",
            ["Italian tugs can use its harbour"],
        ),
        ("Greece conceded that the season had been poor.", "proposals", None, []),
    ],
)
def test_proposal_frames(extract, text, kind, actor, items):
    _check(extract(text), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a move noun owned by a demonym or a name before it
        (
            ["Talks broke down over the Danish demand for a second lock keeper."],
            "demands",
            "Denmark",
            ["a second lock keeper"],
        ),
        (
            ["Farmers welcomed a NATO offer to clear the mined fields."],
            "proposals",
            "NATO",
            ["a NATO offer to clear the mined fields"],
        ),
        (
            ["Ministers debated Dutch proposals for a canal levy."],
            "proposals",
            "Netherlands",
            ["Dutch proposals for a canal levy"],
        ),
        # … the phrase ending at the clause's own verb
        (
            ["A NATO offer to clear the mined fields was turned down."],
            "proposals",
            "NATO",
            ["A NATO offer to clear the mined fields"],
        ),
        (
            ["The Danish demand for a second lock keeper has angered Sweden."],
            "demands",
            "Denmark",
            ["a second lock keeper"],
        ),
        # modifiers between the article and the demonym: the phrase from the article on
        (
            ["Ministers studied a fresh two-stage Danish plan to share the lock fees."],
            "proposals",
            "Denmark",
            ["a fresh two-stage Danish plan to share the lock fees"],
        ),
        # "plans to V" names an intention (intention_nouns), owned by a demonym or a name, or a verb
        (["That delayed Swedish plans to raise the canal tolls."], "proposals", None, []),
        (["Norway plans to reopen the ferry office on Monday."], "proposals", None, []),
        # a possessive owner with the nouns of wishes and readiness
        (["Chile’s desire for a new pier was plain."], "demands", "Chile", ["a new pier"]),
        (
            ["Peru repeated its willingness to share the port cranes."],
            "proposals",
            "Peru",
            ["share the port cranes"],
        ),
        (
            ["Laos accepted Vietnam's invitation to hold talks in Hue."],
            "proposals",
            "Vietnam",
            ["hold talks in Hue"],
        ),
        # a document calling for something: its author is named before or is the sentence's subject
        (
            [
                "Ghana's ferry plan was printed on Sunday.",
                "The text also calls for Nigeria to open two berths.",
            ],
            "demands",
            "Ghana",
            ["Nigeria to open two berths"],
        ),
        (
            [
                "Ghana's ferry plan was printed on Sunday.",
                "The text also calls for a joint timetable.",
            ],
            "proposals",
            "Ghana",
            ["a joint timetable"],
        ),
        (
            [
                (
                    "Mayor Ines Varga's office released a short paper that calls for cheaper "
                    "night buses."
                )
            ],
            "proposals",
            "Ines Varga",
            ["cheaper night buses"],
        ),
        # no author known: no move
        (
            ["Ghana and Togo signed a ferry accord.", "The accord calls for a joint timetable."],
            "proposals",
            None,
            [],
        ),
    ],
)
def test_noun_frames(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "text, kind, actor, items",
    [
        # conditions are demands: after a refusal or negation, a clause after unless / until
        (
            "The Bakers Union refuses to bake unless the city lowers the rent.",
            "demands",
            "Bakers Union",
            ["the city lowers the rent"],
        ),
        (
            "Estonia will not vote until the rail audit is published.",
            "demands",
            "Estonia",
            ["the rail audit is published"],
        ),
        (
            "Estonia will sign only if Latvia drops the transit fee.",
            "demands",
            "Estonia",
            ["Latvia drops the transit fee"],
        ),
        # a plural subject with a base verb is a clause too
        (
            "Estonia will not vote until the ferry crews return.",
            "demands",
            "Estonia",
            ["the ferry crews return"],
        ),
        # a condition stated as what alone makes something possible
        (
            "Norway says talks are only possible if Denmark lifts the ban.",
            "demands",
            "Norway",
            ["Denmark lifts the ban"],
        ),
        (
            "Estonia says a deal is only possible once the trawlers leave the bay.",
            "demands",
            "Estonia",
            ["the trawlers leave the bay"],
        ),
        ("Norway says talks are only possible in the spring.", "demands", None, []),
        # a time or a noun phrase is no condition; nor is "until" without a negation
        ("Estonia will not vote until next spring.", "demands", None, []),
        ("Estonia will not vote until the end of the audit.", "demands", None, []),
        ("Estonia kept voting until the audit was published.", "demands", None, []),
        # a condition inside a condition is no one's demand
        (
            "If Latvia keeps refusing to talk unless Estonia pays, the fee will rise.",
            "demands",
            None,
            [],
        ),
    ],
)
def test_conditions(extract, text, kind, actor, items):
    _check(extract(text), kind, actor, items)


@pytest.mark.parametrize(
    "text, kind, actor, items",
    [
        # what a demand gives up in exchange is a proposal; what an offer asks in return, a demand
        (
            "The Dock Union wants a shorter week in exchange for ending the strike.",
            "proposals",
            "Dock Union",
            ["ending the strike"],
        ),
        (
            "Peru offered two berths in return for lower fuel duties.",
            "demands",
            "Peru",
            ["lower fuel duties"],
        ),
        # ... but a trade between others that a framework lays out is no move of the actor's own
        (
            (
                "Peru countered with a framework under which a pilot would waive the bonus in "
                "exchange for a longer rest."
            ),
            "demands",
            None,
            [],
        ),
        (
            "Peru tabled a plan under which Chile would cut its quota in return for fuel.",
            "proposals",
            "Peru",
            ["Chile would cut its quota"],
        ),
        # "should … until …" in what someone said: an interim arrangement, a proposal, not a demand
        (
            "Chile said the quotas should stay frozen until the survey ends.",
            "proposals",
            "Chile",
            ["the quotas should stay frozen until the survey ends"],
        ),
        ("Chile said the quotas should stay frozen until the survey ends.", "demands", None, []),
        (
            "Chile said the quotas should stay frozen.",
            "demands",
            "Chile",
            ["the quotas should stay frozen"],
        ),
    ],
)
def test_exchanges_and_interim_formulas(extract, text, kind, actor, items):
    _check(extract(text), kind, actor, items)


def test_a_user_frame_may_name_every_slot_and_no_other(tmp_path):
    from generator.extract.knowledge import FRAME_CONTENTS, check_file

    for content, ok in [*((c, True) for c in FRAME_CONTENTS), ("object", False)]:
        path = tmp_path / "lexicon.yml"
        path.write_text(
            'move_cues:\n  - {type: demand, cameo: "10", verbs: ["talk(?:s|ed)?"], '
            f"content: {content}}}\n",
            encoding="utf-8",
        )
        assert (check_file("lexicon", str(path)) == []) is ok, content


@pytest.mark.parametrize(
    "text",
    [
        "Estonia will not vote until 2031, two senior ministers from the coalition said.",
        "Estonia will not vote until March, its three largest parties have decided.",
    ],
)
def test_a_time_after_until_is_no_condition(extract, text):
    _check(extract(text), "demands", None, [])


# What a proposal would do is its content: "X's plan would <verb> <object>"; not how it would fare.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Norway's plan would cut the herring quota by a third.",
            [("Norway", "cut the herring quota by a third")],
        ),
        (
            "Finland's proposal would lift tariffs on salmon.",
            [("Finland", "lift tariffs on salmon")],
        ),
        ("Norway's plan would fail within a week.", []),
        ("Norway's plan would hurt the fleet badly.", []),
        ("Norway's plan would be a disaster for the fleet.", []),
    ],
)
def test_what_a_proposal_would_do(extract, sentence, expected):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.proposals] == expected


# "insist upon" as "insist on"; who is asked may be named in up to six words ("urged Sweden and the
# Finnish port board to …").
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Harbour Workers Union will insist upon a night-shift bonus.",
            [("Harbour Workers Union", "a night-shift bonus")],
        ),
        (
            (
                "Mayor Anna Lund urged Sweden and the Finnish port board to share the costs of "
                "the pier."
            ),
            [("Anna Lund", "share the costs of the pier")],
        ),
    ],
)
def test_insist_upon_and_long_targets(extract, sentence, expected):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.demands] == expected
    assert not [q for q in ex.quotes if q.kind == "indirect" and q.text.startswith("upon")]


# A document that carries its owner's proposal states it: "X's plan cuts A, raises B and limits C"
# (a verb of doing: one item each), "the union's offer promises A, including B, C and D" (the object
# and each example), "their last offer guaranteeing …" (an -ing form); not how it fared.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Norway's plan cuts the cod quota, raises the landing levy and limits night trawling.",
            [
                ("Norway", "cuts the cod quota"),
                ("Norway", "raises the landing levy"),
                ("Norway", "limits night trawling"),
            ],
        ),
        (
            "The Danish offer reopens the ferry route and extends the harbour lease.",
            [("Denmark", "reopens the ferry route"), ("Denmark", "extends the harbour lease")],
        ),
        (
            (
                "The Nurses Union resumed talks after its last offer guaranteeing night pay for "
                "striking staff."
            ),
            [("Nurses Union", "night pay for striking staff")],
        ),
        # the object, then each example after "including"
        (
            (
                "The Norwegian plan pledges new berths for the fleet, including a dredged "
                "channel, two cranes and a rail spur."
            ),
            [
                ("Norway", "new berths for the fleet"),
                ("Norway", "a dredged channel"),
                ("Norway", "two cranes"),
                ("Norway", "a rail spur"),
            ],
        ),
        ("Norway's plan raised concerns in Oslo.", []),
        ("The Danish offer passed the senate and angered farmers.", []),
        ("Norway's plan cuts no ice with the Swedish fleet.", []),
        ("Sweden said Norway's plan closes the door on talks.", []),
    ],
)
def test_what_a_document_states(extract, sentence, expected):
    assert sorted((m.actor, m.text) for m in extract(sentence).proposals) == sorted(expected)


# "X's offer calls for A": "calls" after a move noun is the document's verb, so A is the offer's
# content (a proposal), not a call of X's (a demand); a counter-offer is a move noun like an offer.
@pytest.mark.parametrize(
    "sentence, demands, proposals",
    [
        (
            "Norway's offer calls for a ferry toll of two euros.",
            [],
            [("Norway", "a ferry toll of two euros")],
        ),
        (
            "The Harbour Workers Union's latest draft calls for a pay freeze.",
            [],
            [("Harbour Workers Union", "a pay freeze")],
        ),
        (
            "Sweden's counter-offer would cap the landing levy at four percent.",
            [],
            [("Sweden", "cap the landing levy at four percent")],
        ),
        # a possessive before the noun "calls" itself stays a demand
        ("Norway's renewed calls for a ferry toll were ignored.", [("Norway", "a ferry toll")], []),
        # a document whose author is the agent of a participle after it: the author's proposal,
        # not a call of the agent's (the name before "calls" closes the by-phrase)
        (
            "The plan put forward by Norway calls for a ferry toll of two euros.",
            [],
            [("Norway", "a ferry toll of two euros")],
        ),
        (
            "The draft, drawn up by the Harbour Guild, calls for a pay freeze.",
            [],
            [("Harbour Guild", "a pay freeze")],
        ),
        (
            "A text proposed by the European Union calls for a landing levy.",
            [],
            [("European Union", "a landing levy")],
        ),
    ],
)
def test_a_move_noun_before_calls_for(extract, sentence, demands, proposals):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.demands] == demands
    assert [(m.actor, m.text) for m in ex.proposals] == proposals


# "The proposal calls for A": a move noun after a determiner that opens a clause refers back to
# the proposal named last (a sentence or two before); a move noun with only words that say
# nothing of it ("tabled a new proposal") is no position of its own, but it is what "the
# proposal" refers to.
@pytest.mark.parametrize(
    "paragraphs, proposals",
    [
        (
            ["The Harbour Guild tabled a new proposal.", "The proposal calls for a pay freeze."],
            [("Harbour Guild", "a pay freeze")],
        ),
        (
            [
                "Sweden made its latest offer on Monday.",
                "The offer envisages a joint patrol, a ferry toll and a new pier.",
            ],
            [("Sweden", "a joint patrol"), ("Sweden", "a ferry toll"), ("Sweden", "a new pier")],
        ),
        (
            [
                "Sweden tabled a revised plan on Friday.",
                "Norway balked, but the plan would cap the landing levy at four percent.",
            ],
            [("Sweden", "cap the landing levy at four percent")],
        ),
        # nothing named before to refer to; an object, not a subject
        (["The proposal calls for a pay freeze."], []),
        (
            ["Sweden tabled a new offer.", "Norway rejected the offer that includes a pay freeze."],
            [],
        ),
        # a word of content keeps the item
        (["Sweden tabled a four-year deal."], [("Sweden", "a four-year deal")]),
        # whom an empty offer goes to or comes from adds no content
        (["Sweden sent a new offer to the Norwegian fleet."], []),
        (["Norway will vote on a new contract proposal from Sweden."], []),
        (
            ["Sweden made a new offer to cut the ferry toll."],
            [("Sweden", "a new offer to cut the ferry toll")],
        ),
    ],
)
def test_the_proposal_refers_back(extract, paragraphs, proposals):
    assert [(m.actor, m.text) for m in extract(*paragraphs).proposals] == proposals


def test_an_offer_that_promises_an_object_and_its_examples(extract):
    ex = extract(
        "The Harbour Workers Union's offer promises a 4% rise over two years, including a bonus "
        "for night shifts, an extra day of leave and free parking."
    )
    assert sorted(m.text for m in ex.proposals if m.actor == "Harbour Workers Union") == sorted(
        [
            "a 4% rise over two years",
            "a bonus for night shifts",
            "an extra day of leave",
            "free parking",
        ]
    )


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a move noun with its agent after "from" / "by", then what is proposed or asked
        (
            ["Fishing crews welcomed a proposal from Norway to share the catch equally."],
            "proposals",
            "Norway",
            ["share the catch equally"],
        ),
        (
            ["Iceland turned down an offer from Denmark of a larger herring quota."],
            "proposals",
            "Denmark",
            ["a larger herring quota"],
        ),
        (
            ["The court granted a request by Peru for a stay of the ruling."],
            "demands",
            "Peru",
            ["a stay of the ruling"],
        ),
        # without a complement, the noun phrase is the content
        (
            ["Ministers studied quota proposals from Iceland."],
            "proposals",
            "Iceland",
            ["quota proposals from Iceland"],
        ),
        # "an offer of …" states what is offered; "to" before the one addressed is no content
        (
            ["Chile's offer of two extra berths surprised the port."],
            "proposals",
            "Chile",
            ["two extra berths"],
        ),
        (["Chile's offer to Peru was rejected."], "proposals", None, []),
        # an owner's proposed / suggested thing: a proposal of the owner's
        (
            ["Ministers rejected Norway's proposed quota of 40,000 tonnes."],
            "proposals",
            "Norway",
            ["quota of 40,000 tonnes"],
        ),
        (
            ["Farmers studied Austria's suggested swap of grazing rights."],
            "proposals",
            "Austria",
            ["swap of grazing rights"],
        ),
        (["Ministers said Norway's rejected plan would return."], "proposals", None, []),
    ],
)
def test_agent_and_participle_nouns(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "text, kind, actor, items",
    [
        # "call upon" as "call on"
        (
            "The Fishers Union called upon Norway to reopen the northern waters.",
            "demands",
            "Fishers Union",
            ["reopen the northern waters"],
        ),
        # a support verb before a demand noun: the subject's demand
        (
            "Denmark renewed calls for a ban on bottom trawling.",
            "demands",
            "Denmark",
            ["a ban on bottom trawling"],
        ),
        (
            "Denmark issued a fresh call for a ban on bottom trawling.",
            "demands",
            "Denmark",
            ["a ban on bottom trawling"],
        ),
        (
            "Denmark has repeatedly renewed calls on Norway to lift the ban.",
            "demands",
            "Denmark",
            ["lift the ban"],
        ),
        # "renewed" as an adjective has no subject: no one's demand
        ("Amid renewed calls for a ceasefire, the talks resumed in Oslo.", "demands", None, []),
        # accepting nothing less than X: X is demanded; accepting less is an offer
        (
            "Slovakia would accept nothing less than a full refund.",
            "demands",
            "Slovakia",
            ["a full refund"],
        ),
        (
            "Slovakia will not settle for anything short of a full refund.",
            "demands",
            "Slovakia",
            ["a full refund"],
        ),
        (
            "Slovakia is not willing to accept less than a full refund.",
            "demands",
            "Slovakia",
            ["a full refund"],
        ),
        ("Slovakia could accept less than a full refund.", "demands", None, []),
        # what follows ", or face" is the consequence of refusing, not a second demand
        (
            "Chile demanded that Peru pay the fees, or face a blockade.",
            "demands",
            "Chile",
            ["Peru pay the fees"],
        ),
        (
            "Chile urged Peru to reopen the road, or else risk fines.",
            "demands",
            "Chile",
            ["reopen the road"],
        ),
        # ", or" before the last list item is no part of it
        (
            "Chile demanded lower fees, more berths, or a new pier.",
            "demands",
            "Chile",
            ["lower fees", "more berths", "a new pier"],
        ),
    ],
)
def test_support_verbs_and_limits(extract, text, kind, actor, items):
    _check(extract(text), kind, actor, items)


@pytest.mark.parametrize(
    "text, kind, actor, items",
    [
        # holding out for X: refusing to settle until X is given
        (
            "The ferry crews are holding out for a shorter rota.",
            "demands",
            "The ferry crews",
            ["a shorter rota"],
        ),
        (
            "Estonia held out for a larger share of the grid fees.",
            "demands",
            "Estonia",
            ["a larger share of the grid fees"],
        ),
        # told X to V: a demand when X is a party, not one's own staff or the press
        (
            "Estonia told Latvia to reopen the border post.",
            "demands",
            "Estonia",
            ["reopen the border post"],
        ),
        ("Estonia told its negotiators to hold firm.", "demands", None, []),
        ("Estonia told reporters that the talks had stalled.", "demands", None, []),
        ("Estonia was told to reopen the border post.", "demands", None, []),
        # put X on the table: the offer, without the idiom; spelled out after a colon
        (
            "Estonia put a revised fee offer on the table on Friday.",
            "proposals",
            "Estonia",
            ["a revised fee offer"],
        ),
        (
            "Estonia has put a new offer on the table: a 5 percent cut in transit fees.",
            "proposals",
            "Estonia",
            ["a 5 percent cut in transit fees"],
        ),
        ("Estonia put its case on the table.", "proposals", None, []),
        # a move noun or a count before a colon is spelled out after it
        (
            "Estonia offered a compromise: joint patrols on the lake.",
            "proposals",
            "Estonia",
            ["joint patrols on the lake"],
        ),
        (
            "Latvia demanded three things: lower fees, more trains and a new depot.",
            "demands",
            "Latvia",
            ["lower fees", "more trains", "a new depot"],
        ),
        # a that-clause before a colon is the demand itself
        (
            "Latvia demanded that Estonia act: the trains must run.",
            "demands",
            "Latvia",
            ["Estonia act"],
        ),
        # "compromise" names a proposal; what it would do is its content (as after "put forward a
        # proposal that would …")
        (
            "Estonia came up with a compromise that would split the lake in two.",
            "proposals",
            "Estonia",
            ["split the lake in two"],
        ),
        (
            "Estonia came up with a compromise on the lake.",
            "proposals",
            "Estonia",
            ["a compromise on the lake"],
        ),
    ],
)
def test_negotiation_idioms(extract, text, kind, actor, items):
    _check(extract(text), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a body named only by its noun is the actor as written, as it is the speaker of "… said"
        (
            ["The union demanded a cap on night shifts."],
            "demands",
            "The union",
            ["a cap on night shifts"],
        ),
        (
            ["The company offered a 3 percent raise."],
            "proposals",
            "The company",
            ["a 3 percent raise"],
        ),
        (
            ["The opposition is calling for early elections."],
            "demands",
            "The opposition",
            ["early elections"],
        ),
        # named before: the body of that name or type
        (
            [
                "The Harbour Workers Union has been on strike since May.",
                "The union is seeking a 12 percent pay rise.",
            ],
            "demands",
            "Harbour Workers Union",
            ["a 12 percent pay rise"],
        ),
        # not any body named before: "the company" is no union
        (
            ["The Harbour Workers Union met on Monday.", "The company offered a 3 percent raise."],
            "proposals",
            "The company",
            ["a 3 percent raise"],
        ),
        # a body after a preposition is no subject
        (["Many inside the union are willing to accept the offer."], "proposals", None, []),
        # a person's role noun stays someone to be named: no actor
        (["The official demanded a cap on night shifts."], "demands", None, []),
    ],
)
def test_bodies_named_by_their_noun(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


# a hostile act a side stands ready for is a threat, not an offer
@pytest.mark.parametrize(
    "sentence, proposals",
    [
        ("“We are prepared to strike the ferry lines,” said the Harbour Guild.", []),
        ("The Harbour Guild is ready to take legal action against the port.", []),
        ("Sweden is prepared to respond through countermeasures.", []),
        (
            "The Harbour Guild is ready to strike a deal with the port.",
            [("Harbour Guild", "strike a deal with the port")],
        ),
    ],
)
def test_readiness_for_a_hostile_act_is_no_offer(extract, sentence, proposals):
    assert [(m.actor, m.text) for m in extract(sentence).proposals] == proposals


# list items: "five-and-a-half" holds no list's "and"; "according to X" opens no item
@pytest.mark.parametrize(
    "sentence, proposals",
    [
        (
            "Sweden has proposed a four-year deal, longer than the two-and-a-half-year pact.",
            [("Sweden", "a four-year deal")],
        ),
        (
            "Sweden has offered a 4 percent raise and according to the union, free parking.",
            [("Sweden", "a 4 percent raise")],
        ),
    ],
)
def test_hyphened_and_and_according_to_in_lists(extract, sentence, proposals):
    assert [(m.actor, m.text) for m in extract(sentence).proposals] == proposals


@pytest.mark.parametrize(
    "sentence, kind, expected",
    [
        # "requested" a thing, or that …; "requested X to V" when X is a party
        (
            "Iceland has requested a full review of the herring quota.",
            "demands",
            [("Iceland", "a full review of the herring quota")],
        ),
        (
            "Iceland requested Norway to reopen the herring grounds.",
            "demands",
            [("Iceland", "reopen the herring grounds")],
        ),
        (
            "Iceland requested a week to study the offer.",
            "demands",
            [("Iceland", "a week to study the offer")],
        ),
        ("The review was requested by Iceland.", "demands", []),
        # "to" before a noun phrase is no "X to V": "urged a return to the table"
        (
            "Iceland urged a return to the negotiating table.",
            "demands",
            [("Iceland", "a return to the negotiating table")],
        ),
        # ", as well as", ", along with": a list's separator, not an aside
        (
            "Iceland proposed a 5 percent quota cut, as well as a joint survey.",
            "proposals",
            [("Iceland", "a 5 percent quota cut"), ("Iceland", "a joint survey")],
        ),
        (
            "Iceland proposed a 5 percent quota cut, along with a joint survey.",
            "proposals",
            [("Iceland", "a 5 percent quota cut"), ("Iceland", "a joint survey")],
        ),
        # a mark inside brackets ends nothing: "€3,000 ($3,280; £2,550)"
        (
            "Iceland is calling for a €3,000 ($3,280; £2,550) payment to each crew.",
            "demands",
            [("Iceland", "a €3,000 ($3,280; £2,550) payment to each crew")],
        ),
    ],
)
def test_requests_asides_and_brackets(extract, sentence, kind, expected):
    assert [(m.actor, m.text) for m in getattr(extract(sentence), kind)] == expected


@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        # "told X that …": a clause of its own, nobody told to do anything
        (
            ["Minister Ola Berg told Danish negotiators that he had to consult his cabinet."],
            "demands",
            [],
        ),
        # readiness for a hostile act or for an agreement naming no term of it is no offer
        (["The Harbour Guild is willing to vote for strike action."], "proposals", []),
        (["The Harbour Guild is prepared to reach agreement."], "proposals", []),
        (["The Harbour Guild is ready to act accordingly."], "proposals", []),
        (["Rival clans are fighting for power in the port."], "demands", []),
        # a framework proposal states no term; "among other elements" is no item
        (["The Harbour Guild put forward the framework proposal."], "proposals", []),
        (
            ["The Harbour Guild proposed a pay freeze, among other things."],
            "proposals",
            [("Harbour Guild", "a pay freeze")],
        ),
        # a participle after a move noun is the noun's ("the proposal, presented on Monday,"),
        # and the noun's verb comes after it
        (
            [
                (
                    "The Harbour Guild’s proposal, presented on Monday, calls for a complete "
                    "pension reform."
                )
            ],
            "proposals",
            [("Harbour Guild", "a complete pension reform")],
        ),
    ],
)
def test_no_move_without_a_term(extract, paragraphs, kind, expected):
    assert [(m.actor, m.text) for m in getattr(extract(*paragraphs), kind)] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the offer, which included A: the owner's proposal
        (
            ["The Dock Union rejected the Port Board’s offer, which included a night bonus."],
            [("Port Board", "a night bonus")],
        ),
        # "This included …" opening a sentence: the proposal named before
        (
            [
                "A 7 per cent rise offered by the Port Board was rejected.",
                "This included a night bonus.",
            ],
            [
                ("Port Board", "A 7 per cent rise offered by the Port Board"),
                ("Port Board", "a night bonus"),
            ],
        ),
        (["This included a night bonus."], []),
        # … and "These include …" after a plan of several parts
        (
            [
                "The Port Board tabled a new plan on Monday.",
                "These include a night bonus, as well as a shorter rota.",
            ],
            [("Port Board", "a night bonus"), ("Port Board", "a shorter rota")],
        ),
        # "the government" with no body of that name is not a union named before
        (
            ["The Dock Union called a strike.", "The government’s offer includes a night bonus."],
            [("The government", "a night bonus")],
        ),
    ],
)
def test_what_an_offer_named_before_includes(extract, paragraphs, expected):
    assert [(m.actor, m.text) for m in extract(*paragraphs).proposals] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # readiness as a noun, and "amenable to": an offer
        (
            "The Harbour Guild has expressed willingness to drop its claim to the pier.",
            [("Harbour Guild", "drop its claim to the pier")],
        ),
        (
            "Norway is also amenable to limited access for Danish trawlers.",
            [("Norway", "limited access for Danish trawlers")],
        ),
        # … up to the condition it is taken on
        (
            "The Harbour Guild expressed its willingness to drop the claim if the board relents.",
            [("Harbour Guild", "drop the claim")],
        ),
        # readiness only to go on talking is no term
        ("The two ferry lines signalled readiness to resume discussions.", []),
        ("The Harbour Guild is open to talks with the other unions.", []),
        ("The Harbour Guild is willing to keep collaborating.", []),
        ("The envoy said he was ready to do anything for peace.", []),
        # a cue word followed by an auxiliary is a noun, the subject of that verb
        ("The minister said the new EU offer had buoyed hopes in Oslo.", []),
        # … but a proposal of talks is one
        (
            "The Harbour Guild proposed direct talks with the minister.",
            [("Harbour Guild", "direct talks with the minister")],
        ),
    ],
)
def test_readiness_as_a_noun(extract, sentence, expected):
    assert [(m.actor, m.text) for m in extract(sentence).proposals] == expected


@pytest.mark.parametrize(
    "text, kind, actor, items",
    [
        # a revised offer or demand: the move as it now stands, its noun included
        (
            "Ostra Lines raised its offer to 7% on Thursday.",
            "proposals",
            "Ostra Lines",
            ["its offer to 7%"],
        ),
        (
            "Ostra Lines sweetened its pay offer with a winter bonus.",
            "proposals",
            "Ostra Lines",
            ["its pay offer with a winter bonus"],
        ),
        (
            "The Tern Ferry Guild lowered its demand to a 9% rise.",
            "demands",
            "Tern Ferry Guild",
            ["its demand to a 9% rise"],
        ),
        (
            "The Tern Ferry Guild scaled back its pay claim to 8% over two years.",
            "demands",
            "Tern Ferry Guild",
            ["its pay claim to 8% over two years"],
        ),
        # raising objections, or an offer raised to no one: no revision
        ("The Tern Ferry Guild raised its objections to the rota.", "demands", None, []),
        ("The Tern Ferry Guild raised its objections to the rota.", "proposals", None, []),
        # a move let go stands no more: "dropped its demand for …", "withdrew its offer to …"
        ("Ostra Lines dropped its demand for split shifts.", "demands", None, []),
        ("Ostra Lines has now withdrawn its offer to cap overtime.", "proposals", None, []),
        ("The Tern Ferry Guild shelved its call for a second strike.", "demands", None, []),
        # a move renewed still stands
        (
            "Ostra Lines renewed its demand for split shifts.",
            "demands",
            "Ostra Lines",
            ["split shifts"],
        ),
    ],
)
def test_revised_and_dropped_moves(extract, text, kind, actor, items):
    _check(extract(text), kind, actor, items)


@pytest.mark.parametrize(
    "text, owner, kind, item",
    [
        # letting a move go only asked for, refused or denied: the move still stands
        (
            "Ostra Lines urged the Tern Ferry Guild to drop its demand for split shifts.",
            "Tern Ferry Guild",
            "demands",
            "split shifts",
        ),
        (
            "The Tern Ferry Guild has not dropped its demand for split shifts.",
            "Tern Ferry Guild",
            "demands",
            "split shifts",
        ),
        (
            "Ostra Lines won't abandon its demand for split shifts.",
            "Ostra Lines",
            "demands",
            "split shifts",
        ),
        (
            "Ostra Lines refused to withdraw its offer to cap overtime.",
            "Ostra Lines",
            "proposals",
            "cap overtime",
        ),
        # the possessive in what someone is asked to do is the one asked: who is to do it
        (
            "The Tern Ferry Guild asked Ostra Lines to improve its offer to cap overtime.",
            "Ostra Lines",
            "proposals",
            "cap overtime",
        ),
    ],
)
def test_move_still_standing(extract, text, owner, kind, item):
    ex = extract(text)
    assert (owner, item) in [(m.actor, m.text) for m in getattr(ex, kind)], [
        (m.actor, m.text, m.cue) for m in ex.all_moves
    ]


@pytest.mark.parametrize(
    "text, items",
    [
        # a proposal noun with its agent ("the offer from X") or a name before it ("the X offer")
        # as the subject of a content verb: the agent's proposal
        ("The offer from Ostra Lines includes a 5% raise and a bonus.", ["a 5% raise", "a bonus"]),
        ("The Ostra Lines offer includes a 5% raise and a bonus.", ["a 5% raise", "a bonus"]),
        ("The proposal from Ostra Lines would cut fares by 5%.", ["cut fares by 5%"]),
        # the agent a body named before: "the company", "the carrier"
        (
            "Ostra Lines met the crews. The latest offer from the company includes a 5% raise.",
            ["a 5% raise"],
        ),
    ],
)
def test_a_proposal_noun_with_its_agent_as_subject(extract, text, items):
    _check(extract(text), "proposals", "Ostra Lines", items)


@pytest.mark.parametrize(
    "sentence, kind, actor, items",
    [
        # a signal of room to move: "could consider" (not "could consider it a …")
        (
            "Ana Lutz said Norland could consider a cash sweetener for early signers.",
            "proposals",
            "Norland",
            ["a cash sweetener for early signers"],
        ),
        ("Ana Lutz said Norland could consider it a betrayal.", "proposals", None, []),
        # "made X its condition for …", as "made X a condition for …"
        (
            (
                "The Tern Farmers' League has made the preservation of fuel tax breaks its "
                "condition for joining."
            ),
            "demands",
            "Tern Farmers' League",
            ["the preservation of fuel tax breaks"],
        ),
        # a summit's texts as proposals, with an unnamed group as the subject of the light verb
        (
            (
                "The two co-facilitators circulated a compromise text that leaves the headline "
                "figure in square brackets."
            ),
            "proposals",
            "The two co-facilitators",
            ["a compromise text that leaves the headline figure in square brackets"],
        ),
        # "coupled with" joins two things offered
        (
            (
                "The ministry floated a quota that would start at 40,000 tons, coupled with a "
                "safeguard that would restore duties if imports surged."
            ),
            "proposals",
            "The ministry",
            [
                "a quota that would start at 40,000 tons",
                "a safeguard that would restore duties if imports surged",
            ],
        ),
    ],
)
def test_signals_conditions_texts_and_couplings(extract, sentence, kind, actor, items):
    moves = getattr(extract(sentence), kind)
    assert [m.text for m in moves] == items
    assert all(m.actor == actor for m in moves)


@pytest.mark.parametrize(
    "sentence, kind, actor, items",
    [
        # "push"/"lobby" someone to do something: what they are to do
        (
            "Japan is pushing the bloc to phase out its tariff on imported cars.",
            "demands",
            "Japan",
            ["phase out its tariff on imported cars"],
        ),
        ("Farmers lobbied Brussels to drop the levy.", "demands", "Farmers", ["drop the levy"]),
        # raising a proposal (an indefinite one: "raised its offer to 6%" is a revised offer)
        (
            "Norway also raised a proposal for both sides to share the quota.",
            "proposals",
            "Norway",
            ["a proposal for both sides to share the quota"],
        ),
        # leaving the door open to something is offering it
        (
            "Interior minister Issa Bande left the door open to freeing a few detainees.",
            "proposals",
            "Issa Bande",
            ["freeing a few detainees"],
        ),
    ],
)
def test_pushing_raising_and_leaving_the_door_open(extract, sentence, kind, actor, items):
    moves = getattr(extract(sentence), kind)
    assert [(m.actor, m.text) for m in moves] == [(actor, i) for i in items]


@pytest.mark.parametrize(
    "sentence, proposals",
    [
        # accepting a move already made is assent to it, no offer of one's own
        (
            "Sweden said it would accept Norway's proposal for a joint patrol.",
            [("Norway", "a joint patrol")],
        ),
        ("Sweden can accept the mediator's proposal.", []),
        ("Sweden could live with the terms of the draft.", []),
        # ... while what a side could accept of its own is an offer
        ("Sweden could accept a compromise on quotas.", [("Sweden", "a compromise on quotas")]),
    ],
)
def test_accepting_a_move_already_made_is_no_offer(extract, sentence, proposals):
    assert [(m.actor, m.text) for m in extract(sentence).proposals] == proposals


@pytest.mark.parametrize(
    "sentence, kind, items",
    [
        # a passive of asking: the by-agent asks, what follows "to" is the content
        ("Sweden was asked by Norway to cut its quota.", "demands", [("Norway", "cut its quota")]),
        (
            "Sweden has been urged by Norway to cut its quota and reopen the port.",
            "demands",
            [("Norway", "cut its quota"), ("Norway", "reopen the port")],
        ),
        (
            "Sweden was called on by the Tern Dock Union to reopen the port.",
            "demands",
            [("Tern Dock Union", "reopen the port")],
        ),
        # ... the agent may refer back ("by the union"): "to" is read after its own words
        (
            "Ostra Lines met the Tern Dock Union. The crews were urged by the union to strike.",
            "demands",
            [("Tern Dock Union", "strike")],
        ),
        # ... with no agent named, or no "to", no move
        ("Sweden was asked by reporters whether it would cut its quota.", "demands", []),
        ("Sweden is required by law to cut its quota.", "demands", []),
        # a full passive: its subject is the content, without the auxiliaries
        ("A new quota was demanded by Norway.", "demands", [("Norway", "A new quota")]),
        (
            "A joint patrol has been proposed by Norway.",
            "proposals",
            [("Norway", "A joint patrol")],
        ),
    ],
)
def test_passives_with_a_by_agent(extract, sentence, kind, items):
    assert [(m.actor, m.text) for m in getattr(extract(sentence), kind)] == items


@pytest.mark.parametrize(
    "paragraphs, items",
    [
        # a demand ranked first, before a copula and a noun phrase: what is demanded
        (
            ["Norway's key demand is a new quota for its trawlers."],
            [("Norway", "a new quota for its trawlers")],
        ),
        (["Norway's main condition is a new quota."], [("Norway", "a new quota")]),
        # ... not a judgement of a demand
        (["Norway's demand is a non-starter."], []),
        # a pseudo-cleft: the free relative's subject demands what follows the copula
        (["What Norway wants is a new quota."], [("Norway", "a new quota")]),
        (
            ["“What we want is a new quota,” said Per Lund of Norway."],
            [("Per Lund", "a new quota")],
        ),
        (["What Norway wants is unclear."], []),
        (["It is not clear what Norway wants or how long the talks will last."], []),
        # "they" in someone's quote: whose side it stands for is not clear
        (["Per Lund of Norway met the crews. “What they want is a new quota,” he said."], []),
        # the adjectives of insisting
        (["Norway is adamant that Sweden cut its quota."], [("Norway", "Sweden cut its quota")]),
        (["Norway is adamant that it did nothing wrong."], []),
    ],
)
def test_ranked_demands_pseudo_clefts_and_adamant(extract, paragraphs, items):
    assert [(m.actor, m.text) for m in extract(*paragraphs).demands] == items


@pytest.mark.parametrize(
    "sentence, kind, items",
    [
        # "remain", "seem", "appear" stand between a subject and its stance as "is" does
        (
            "Norway remains adamant that Sweden cut its quota.",
            "demands",
            [("Norway", "Sweden cut its quota")],
        ),
        ("Norway remains insistent on a new quota.", "demands", [("Norway", "a new quota")]),
        ("Norway remained willing to cut its quota.", "proposals", [("Norway", "cut its quota")]),
        ("Norway seemed ready to cut its quota.", "proposals", [("Norway", "cut its quota")]),
        # accepting only one thing demands it
        ("Norway would only accept a full refund.", "demands", [("Norway", "a full refund")]),
        # "stand ready to": the same stance with "stand" for "be"
        ("Norway stands ready to cut its quota.", "proposals", [("Norway", "cut its quota")]),
        (
            "Norway would not impose a deal but stood ready to help fund a pilot scheme.",
            "proposals",
            [("Norway", "help fund a pilot scheme")],
        ),
        # readiness to talk at all is no term of a deal
        ("Norway is willing to talk.", "proposals", []),
        ("Norway is prepared to return to the table.", "proposals", []),
        # ... nor readiness to help with no term named
        ("Norway said it stood ready to help.", "proposals", []),
        ("Norway is ready to help the two sides.", "proposals", []),
        # ... nor readiness to meet again, or to move or act, with no term named
        ("Both sides said they were willing to meet again.", "proposals", []),
        ("Norway said it was ready to move within days.", "proposals", []),
        ("It is unclear how far Norway is prepared to go to win a deal.", "proposals", []),
        ("Norway is ready to move the deadline.", "proposals", [("Norway", "move the deadline")]),
        (
            "Norway would be willing to meet Iceland's fisheries minister.",
            "proposals",
            [("Norway", "meet Iceland's fisheries minister")],
        ),
        ("Norway is ready to negotiate on wages.", "proposals", [("Norway", "negotiate on wages")]),
        (
            "Norway is willing to meet Sweden halfway.",
            "proposals",
            [("Norway", "meet Sweden halfway")],
        ),
    ],
)
def test_stances_after_remain_and_readiness_to_talk(extract, sentence, kind, items):
    assert [(m.actor, m.text) for m in getattr(extract(sentence), kind)] == items


@pytest.mark.parametrize(
    "sentence, kind, items",
    [
        # a promise on a condition is an offer, the condition a demand of the same side
        (
            "Norway promised to cut its quota if Sweden pays.",
            "proposals",
            [("Norway", "cut its quota")],
        ),
        (
            "Norway promised to cut its quota if Sweden pays.",
            "demands",
            [("Norway", "Sweden pays")],
        ),
        # ... with none, no offer (a side's own policy, maybe)
        ("Norway has pledged to cut its quota.", "proposals", []),
        # the object shifted after "on the table"
        (
            "Norway put on the table a plan to share the patrol.",
            "proposals",
            [("Norway", "a plan to share the patrol")],
        ),
    ],
)
def test_conditional_promises_and_a_shifted_object(extract, sentence, kind, items):
    assert [(m.actor, m.text) for m in getattr(extract(sentence), kind)] == items


@pytest.mark.parametrize(
    "sentence, items",
    [
        # "it is time for X to …" in what someone said: the speaker's demand that the party do it
        (
            "Norway's fisheries minister, Per Lund, said it was time for Sweden to cut its quota.",
            [("Per Lund", "cut its quota")],
        ),
        (
            "“It's high time for the company to come back to the table,” said Per Lund.",
            [("Per Lund", "come back to the table")],
        ),
        # ... not when what is to happen has no party to do it
        ("Per Lund said it's time for cooler heads to prevail.", []),
    ],
)
def test_it_is_time_for_a_party_to(extract, sentence, items):
    assert [(m.actor, m.text) for m in extract(sentence).demands] == items


@pytest.mark.parametrize(
    "sentence, kind, items",
    [
        # a relative clause between an owned move noun and its copula or "include"
        (
            "Sweden's offer, which Norway rejected, included a joint patrol.",
            "proposals",
            [("Sweden", "a joint patrol")],
        ),
        (
            "Sweden's demands, which Norway called excessive, include a new quota and a levy.",
            "demands",
            [("Sweden", "a new quota"), ("Sweden", "a levy")],
        ),
        # ... and before what the proposal would do
        (
            "Sweden's offer, which Norway rejected, would cut the levy by half.",
            "proposals",
            [("Sweden", "cut the levy by half")],
        ),
        (
            "Sweden's plan, which Norway called unworkable, calls for a joint patrol.",
            "proposals",
            [("Sweden", "a joint patrol")],
        ),
        # ... or a passive of making whose agent made it (a name apposed to its description)
        (
            "The plan, drafted by Senator Ana Ruiz, would lift the borrowing limit until March.",
            "proposals",
            [("Ana Ruiz", "lift the borrowing limit until March")],
        ),
        (
            "The plan, drafted by the committee chair, Ana Ruiz of Ohio, would lift the limit.",
            "proposals",
            [("Ana Ruiz", "lift the limit")],
        ),
        # ... not a passive of another act, nor over an owner named before the noun
        ("The plan, backed by Norway, would lift the limit.", "proposals", []),
        (
            "Sweden's plan, rejected by Norway, would lift the limit.",
            "proposals",
            [("Sweden", "lift the limit")],
        ),
    ],
)
def test_a_relative_clause_before_what_a_move_includes(extract, sentence, kind, items):
    assert [(m.actor, m.text) for m in getattr(extract(sentence), kind)] == items


@pytest.mark.parametrize(
    "sentence, items",
    [
        # a side's own assent made to hang on something: what it hangs on is demanded
        ("Norway has tied its support to a bigger quota.", [("Norway", "a bigger quota")]),
        ("Norway made its support conditional on a bigger quota.", [("Norway", "a bigger quota")]),
        ("Norway linked any return to work to a pay rise.", [("Norway", "a pay rise")]),
        ("Norway tied its fortunes to the talks.", []),
        # a side's "red line" before a copula, as its "bottom line"
        ("Norway's red line is a bigger quota.", [("Norway", "a bigger quota")]),
    ],
)
def test_support_tied_to_a_condition_and_red_lines(extract, sentence, items):
    assert [(m.actor, m.text) for m in extract(sentence).demands] == items


@pytest.mark.parametrize(
    "sentence, items",
    [
        # a proposal noun whose maker a relative clause names, then its content verb
        (
            "The plan Norway proposed would cut the quota by half.",
            [("Norway", "cut the quota by half")],
        ),
        (
            "The proposal Norway tabled on Monday includes a joint patrol.",
            [("Norway", "a joint patrol")],
        ),
        ("The plan Norway proposed was rejected.", []),
    ],
)
def test_a_proposal_whose_maker_a_relative_clause_names(extract, sentence, items):
    assert [(m.actor, m.text) for m in extract(sentence).proposals] == items


def test_an_amount_put_on_the_table(extract):
    ex = extract("“We have put 3% on the table,” said Ostra Lines spokesman Per Lund.")
    assert [(m.actor, m.text) for m in ex.proposals] == [("Per Lund", "3%")]


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # "recommended that …" puts a recommendation on the table
        (
            ["Council officers have recommended that the share of social housing be raised."],
            "proposals",
            "Council officers",
            ["the share of social housing be raised"],
        ),
        # "a compact under which they would …": what would happen under it
        (
            [
                "The tribes rejected the plan.",
                (
                    "On Tuesday the tribes put forward a compact under which they would pay the"
                    " state 7 percent."
                ),
            ],
            "proposals",
            "The tribes",
            ["they would pay the state 7 percent"],
        ),
        # bodies named by their noun: the university, the hospital, the airport
        (
            ["The university has offered to create a child care fund."],
            "proposals",
            "The university",
            ["create a child care fund"],
        ),
        # advocates are a group that asks
        (
            ["Consumer advocates, meanwhile, are pressing the district to cut fees for the poor."],
            "demands",
            "Consumer advocates",
            ["cut fees for the poor"],
        ),
        # an irregular past verb makes "until …" a clause
        (
            ["The Dock Union will not end the strike until the port put a real number forward."],
            "demands",
            "Dock Union",
            ["the port put a real number forward"],
        ),
    ],
)
def test_recommendations_compacts_and_bodies_by_their_noun(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)
