"""Conditions are demands (issue 15): what a side says must happen before it moves is what it wants.

Each row is an invented sentence (or paragraphs), the kind of move, the actor and the items in
order; a row with no items must give no move of that kind. All sentences are invented."""

import pytest
from conftest import check_moves as _check


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # "will not / never … until (after) Y": Y; "we" or "I" in a quote is the quote's speaker
        (
            [
                (
                    "“We will never reopen the harbour until after you pay our fishermen,” Mr. "
                    "Lund said."
                )
            ],
            "demands",
            "Lund",
            ["you pay our fishermen"],
        ),
        (
            ["“I will not sign the water treaty until Egypt shares the dam data,” Ana Ruiz said."],
            "demands",
            "Ana Ruiz",
            ["Egypt shares the dam data"],
        ),
        (
            [
                (
                    "Norway will not reopen the fishing grounds until after Sweden withdraws "
                    "its trawlers."
                )
            ],
            "demands",
            "Norway",
            ["Sweden withdraws its trawlers"],
        ),
        # in a quote, a condition set by no named side is the speaker's
        (
            ["“The ferries will not sail until the port pays the crews,” Mr. Lund said."],
            "demands",
            "Lund",
            ["the port pays the crews"],
        ),
        # a subject's insertion between commas stays inside the condition
        (
            [
                (
                    "Norway says it will not sign until the skipper, a man of seventy, gets his "
                    "licence back."
                )
            ],
            "demands",
            "Norway",
            ["the skipper, a man of seventy, gets his licence back"],
        ),
        # "until after" a time is no condition
        (["Norway will not vote until after the summer recess."], "demands", None, []),
    ],
)
def test_negated_until(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a fronted condition before a negated main clause
        (
            [
                (
                    "“Until the ministry raises night pay, we will not go back to the wards,” "
                    "Ana Ruiz said."
                )
            ],
            "demands",
            "Ana Ruiz",
            ["the ministry raises night pay"],
        ),
        (
            ["Unless Sweden withdraws its trawlers, Norway will never sign the quota deal."],
            "demands",
            "Norway",
            ["Sweden withdraws its trawlers"],
        ),
        # a fronted time, or a main clause with no negation, is no condition
        (["Until last week, Norway did not sign anything."], "demands", None, []),
        (
            ["Until the ministry raised wages, the nurses worked double shifts."],
            "demands",
            None,
            [],
        ),
        # "only if" Y: Y is the demand of whoever says so
        (
            ["Chile said a water treaty was acceptable only if Peru shared the dam data."],
            "demands",
            "Chile",
            ["Peru shared the dam data"],
        ),
        # "only once" as a count is no condition
        (["Norway only once signed a quota deal with Sweden."], "demands", None, []),
    ],
)
def test_fronted_and_stated_conditions(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # what any deal "would have to include": one demand per item, the reporting side's
        (
            [
                (
                    "Norway said any agreement would have to include a pay rise, shorter shifts "
                    "and a pension guarantee."
                )
            ],
            "demands",
            "Norway",
            ["a pay rise", "shorter shifts", "a pension guarantee"],
        ),
        # nested reporting: the outer speaker's
        (
            [
                (
                    "The Nurses Union said its delegates had warned the arbiter that a "
                    "settlement would have to include "
                    "discussion of night pay, the rehiring of sacked nurses and more staff "
                    "on night wards."
                )
            ],
            "demands",
            "Nurses Union",
            [
                "discussion of night pay",
                "the rehiring of sacked nurses",
                "more staff on night wards",
            ],
        ),
        # "would have to" without a verb of content is the speaker's own necessity, no demand
        (["Norway said it would have to leave the fishing talks."], "demands", None, []),
        (["Norway said its trawlers would have to wait in port."], "demands", None, []),
    ],
)
def test_what_a_deal_would_have_to_include(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # the negation must be in the condition's own clause
        (
            ["Norway refused, and still refuses, to sign unless Sweden pays the crews."],
            "demands",
            "Norway",
            ["Sweden pays the crews"],
        ),
        (
            ["Norway did not attend, and its fleet stayed in port until the storm passed."],
            "demands",
            None,
            [],
        ),
    ],
)
def test_the_negation_of_a_condition_is_in_its_clause(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # what did not happen until Y is a past fact, no condition set
        (["Estonia did not vote until the rail audit was published."], "demands", None, []),
        (["Estonia didn't vote until the rail audit was published."], "demands", None, []),
        (
            ["Until the border war ended, Norway did not trade with its neighbour."],
            "demands",
            None,
            [],
        ),
        # a refusal in the past still sets its condition
        (
            ["Norway refused to sign unless Sweden pays the crews."],
            "demands",
            "Norway",
            ["Sweden pays the crews"],
        ),
    ],
)
def test_past_facts_and_comparisons_are_no_conditions(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a threat made on a condition: the condition is the threatener's demand
        (
            ["The Harbour Guild threatened to strike unless the board restores the night bonus."],
            [("Harbour Guild", "the board restores the night bonus")],
        ),
        # … and so does the threatened act itself, the subject's (a side's, never "a …")
        (
            ["The Harbour Guild will strike unless the board restores the night bonus."],
            [("Harbour Guild", "the board restores the night bonus")],
        ),
        (
            ["Norway said it would impose tariffs until Sweden reopens the port."],
            [("Norway", "Sweden reopens the port")],
        ),
        (["A new board would fail unless it accepted deep cuts."], []),
        # … a third party's threat in someone's quote is not the speaker's
        (
            [
                (
                    "“The commissioner has threatened to cut the season unless players agree to "
                    "more concessions,” said Ana Ruiz of the Harbour Guild."
                )
            ],
            [],
        ),
    ],
)
def test_a_threat_sets_its_condition(extract, paragraphs, expected):
    assert [(m.actor, m.text) for m in extract(*paragraphs).demands] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # one condition per past verb of the clause's subject
        (
            ["Norway will sign only once Sweden lifted the ban and released the boats."],
            [("Norway", "Sweden lifted the ban"), ("Norway", "released the boats")],
        ),
        # … not a second clause with a subject of its own
        (
            ["Norway will not sign until Sweden lifted the ban and the boats were freed."],
            [("Norway", "Sweden lifted the ban and the boats were freed")],
        ),
    ],
)
def test_a_condition_per_coordinated_verb(extract, paragraphs, expected):
    assert [(m.actor, m.text) for m in extract(*paragraphs).demands] == expected


@pytest.mark.parametrize(
    "sentence, proposals, demands",
    [
        # "X would / will V … if Y": V is a conditional offer of X's, Y its demand
        (
            "The rebels said they would free the four engineers if the army left the valley.",
            [("The rebels", "free the four engineers")],
            [("The rebels", "the army left the valley")],
        ),
        (
            (
                "The Dockers Union will call off the strike provided that the port rehires the "
                "crane crews."
            ),
            [("Dockers Union", "call off the strike")],
            [("Dockers Union", "the port rehires the crane crews")],
        ),
        (
            "Latvia would only lift the fishing ban as long as Estonia shares its catch data.",
            [("Latvia", "lift the fishing ban")],
            [("Latvia", "Estonia shares its catch data")],
        ),
        # a threat's act is no offer: ending the talks, resuming the fighting, raising tariffs
        ("Latvia would end the talks if Estonia closed the border.", [], []),
        ("Latvia said it would resume the shelling if the convoy moved.", [], []),
        ("Latvia would raise its grain tariffs if Estonia refused.", [], []),
        # no condition, or no party as the subject: no offer
        ("Latvia would free the engineers next week.", [], []),
        ("The strike would end if the port raised pay.", [], []),
        # the condition opening the sentence (or its quote): "If Y, X would V"
        (
            "If the army leaves the valley, the rebels will free the four engineers.",
            [("The rebels", "free the four engineers")],
            [("The rebels", "the army leaves the valley")],
        ),
        (
            "“As long as Estonia shares its catch data, we would lift the ban,” said Ilze Ozola.",
            [("Ilze Ozola", "lift the ban")],
            [("Ilze Ozola", "Estonia shares its catch data")],
        ),
        (
            (
                "Provided that the port rehires the crane crews, the Dockers Union is ready to "
                "end its strike."
            ),
            [("Dockers Union", "end its strike")],
            [("Dockers Union", "the port rehires the crane crews")],
        ),
        # a negated condition makes a threat, no offer ("if they don't pay"); what it asks is
        # still the side's demand
        (
            "If the port doesn’t rehire the crews, the Dockers Union will call a new strike.",
            [],
            [("Dockers Union", "the port doesn’t rehire the crews")],
        ),
        # "if no deal is reached": a deadline, no demand
        ("If no deal is reached by Friday, the Dockers Union will call a strike.", [], []),
        (
            "Latvia will lift the ban if Estonia does not cut its quota.",
            [],
            [("Latvia", "Estonia does not cut its quota")],
        ),
        # "even if" concedes, it sets no condition
        ("Even if the army leaves the valley, the rebels will not free the engineers.", [], []),
    ],
)
def test_a_conditional_offer(extract, sentence, proposals, demands):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.proposals] == proposals
    assert [(m.actor, m.text) for m in ex.demands] == demands


@pytest.mark.parametrize(
    "sentence, items",
    [
        # the condition shifted after its verb, a heavy noun phrase last
        (
            (
                "The Tern Dock Union has set as a condition for returning to work a written "
                "guarantee that no jobs will be cut before 2032."
            ),
            ["a written guarantee that no jobs will be cut before 2032"],
        ),
        ("The Tern Dock Union named as its precondition a full ceasefire.", ["a full ceasefire"]),
        # a party known by its plural name makes a condition the usual way
        (
            (
                "The Greens have made a binding timetable for ending coal by 2035 a condition for "
                "entering government."
            ),
            ["a binding timetable for ending coal by 2035"],
        ),
    ],
)
def test_a_condition_set_before_its_noun_phrase(extract, sentence, items):
    ex = extract(sentence)
    assert [m.text for m in ex.demands] == items
    assert {m.actor for m in ex.demands} <= {"Tern Dock Union", "Greens"}


def test_a_date_after_before_is_the_contents_own(extract):
    ex = extract(
        "Ostra Lines wants a pay deal before June.", "Ostra Lines wants a pay deal before it sails."
    )
    assert [m.text for m in ex.demands] == ["a pay deal before June", "a pay deal"]


def test_an_unnamed_group_sets_a_condition(extract):
    ex = extract(
        "The owners of 600 Ostra Fish restaurants refuse to sign unless the company scraps the fee."
    )
    assert [(m.actor, m.text) for m in ex.demands] == [("The owners", "the company scraps the fee")]


def test_an_explicit_condition_of_any_offer_is_a_demand(extract):
    ex = extract(
        "Ostra Lines tabled a rise of 4% this year, conditional on crews accepting new rotas and "
        "the closure of two depots."
    )
    assert [(m.actor, m.text) for m in ex.proposals] == [("Ostra Lines", "a rise of 4%")]
    assert [(m.actor, m.text) for m in ex.demands] == [
        ("Ostra Lines", "crews accepting new rotas"),
        ("Ostra Lines", "the closure of two depots"),
    ]


def test_an_if_inside_an_offer_stays_its_terms(extract):
    ex = extract("Ostra Lines offered a rise of 4% if crews accept new rotas.")
    assert [m.text for m in ex.proposals] == ["a rise of 4% if crews accept new rotas"]
    assert not ex.demands


@pytest.mark.parametrize(
    "sentence, items",
    [
        # a condition's clause holds a list of names ("from A, B and the …"), not cut at a comma
        (
            (
                "The Tern Dock Union will not return until the port reopens Vardo, Tromsø and the"
                " other terminals it shut."
            ),
            ["the port reopens Vardo, Tromsø and the other terminals it shut"],
        ),
        # a second past verb of the condition's subject, irregular first verbs too
        (
            (
                "The Tern Dock Union will not end the strike until the port put its offer in"
                " writing and attached a date to every payment."
            ),
            ["the port put its offer in writing", "attached a date to every payment"],
        ),
        # "until midnight on Friday" is a time, no condition
        (
            (
                "The Tern Dock Union will walk out from Thursday until midnight on Friday on all"
                " ferries run by the port."
            ),
            [],
        ),
    ],
)
def test_until_clauses_with_lists_second_verbs_and_times(extract, sentence, items):
    ex = extract(sentence)
    assert [m.text for m in ex.demands] == items, [(m.actor, m.text) for m in ex.all_moves]


@pytest.mark.parametrize(
    "sentence, actor, items",
    [
        # threats of other acts set a condition too: shut down, block, pull out, suspend …
        (
            "The Tern Dock Union would shut down the port unless the city raises its offer.",
            "Tern Dock Union",
            ["the city raises its offer"],
        ),
        # the speaker's own threat: a pronoun that stands for them opens what they said
        (
            "The unions said they would block the port unless the city raises its offer.",
            "The unions",
            ["the city raises its offer"],
        ),
    ],
)
def test_threats_of_other_acts_and_the_speakers_own_threat(extract, sentence, actor, items):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.demands] == [(actor, i) for i in items]


@pytest.mark.parametrize(
    "sentence, demands, proposals",
    [
        # "would consider X if/only if Y": weighing X is no offer; Y is still wanted
        (
            "The Tern Dock Union would consider the pause only if the port lifted its lockout.",
            ["the port lifted its lockout"],
            [],
        ),
        # "is ready to consider …" is an offer as it stands
        (
            "The Tern Dock Union is ready to consider a phased package.",
            [],
            ["consider a phased package"],
        ),
        # how an item compares with what is now is no item of its own
        (
            "The Tern Dock Union is seeking a stipend of $480, up from $345, and a visa fund.",
            ["a stipend of $480", "a visa fund"],
            [],
        ),
    ],
)
def test_weighing_is_no_offer_and_comparisons_are_no_items(extract, sentence, demands, proposals):
    ex = extract(sentence)
    assert [m.text for m in ex.demands] == demands
    assert [m.text for m in ex.proposals] == proposals
