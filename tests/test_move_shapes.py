"""Moves in the shapes news prose gives them beyond a plain "X verb Y": a participle after the main
clause, contracted auxiliaries, an adverb inside a phrasal cue, a move noun whose content is stated
around it ("X's main demand is …", "Under X's plan, …"). All sentences are invented."""

import pytest
from conftest import check_moves as _check


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a participle after the main clause is the move of the clause's subject
        (
            ["The Ferry Workers Union walked out on Monday, demanding a 9 percent raise."],
            "demands",
            "Ferry Workers Union",
            ["a 9 percent raise"],
        ),
        (
            ["Herders blocked the mine road for a week, calling for compensation."],
            "demands",
            "Herders",
            ["compensation"],
        ),
        (
            ["In June, Estonia recalled its envoy, calling for a new border survey."],
            "demands",
            "Estonia",
            ["a new border survey"],
        ),
        (
            ["The airline wrote to the union on Friday, offering a 6 percent raise."],
            "proposals",
            "The airline",
            ["a 6 percent raise"],
        ),
        # not a participle of another sense, nor one after a subject that is an object
        (["Estonia broke off the talks, accusing Latvia of bad faith."], "demands", None, []),
        (["Talks with Estonia stalled, demanding patience."], "demands", None, []),
        # contracted auxiliaries
        (
            ["Latvia said it's offering a 6 percent cut in fees."],
            "proposals",
            "Latvia",
            ["a 6 percent cut in fees"],
        ),
        (
            ["Latvia said it's willing to drop its claim."],
            "proposals",
            "Latvia",
            ["drop its claim"],
        ),
        (
            ["“We’ve offered a joint survey,” said Latvia."],
            "proposals",
            "Latvia",
            ["a joint survey"],
        ),
        # possessive 's stays a noun's owner
        (["Latvia's offering was rejected."], "proposals", None, []),
        # an adverb between a phrasal cue's verb and "for"
        (
            ["Latvia is pushing instead for a larger quota."],
            "demands",
            "Latvia",
            ["a larger quota"],
        ),
        (
            ["Latvia called repeatedly for a larger quota."],
            "demands",
            "Latvia",
            ["a larger quota"],
        ),
        (["Latvia pressed hard for a larger quota."], "demands", "Latvia", ["a larger quota"]),
    ],
)
def test_participles_contractions_adverbs(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # "X's (main) demand is …": the content after the copula
        (
            ["Latvia's main demand is a cap on night trawling."],
            "demands",
            "Latvia",
            ["a cap on night trawling"],
        ),
        (
            ["The union's central demand is that overtime be capped."],
            "demands",
            "The union",
            ["overtime be capped"],
        ),
        (
            ["Latvia's proposal is to split the quota evenly."],
            "proposals",
            "Latvia",
            ["split the quota evenly"],
        ),
        (["Latvia's offer was a 3 percent raise."], "proposals", "Latvia", ["a 3 percent raise"]),
        (
            ["Latvia's key demand has always been the release of the crews."],
            "demands",
            "Latvia",
            ["the release of the crews"],
        ),
        (
            ["Latvia's conditions include a cap on catches, a ban on trawling and a joint patrol."],
            "demands",
            "Latvia",
            ["a cap on catches", "a ban on trawling", "a joint patrol"],
        ),
        # a judgement after the copula is no content
        (["Latvia's offer is a non-starter."], "proposals", None, []),
        (["Latvia's plan was a step in the right direction."], "proposals", None, []),
        (["Latvia's demand is a sign of weakness."], "demands", None, []),
        (["Latvia's plan is unclear."], "proposals", None, []),
        # "Under X's plan, S": what would happen is the content
        (
            ["Under Latvia's proposal, fleets would get two extra days at sea."],
            "proposals",
            "Latvia",
            ["fleets would get two extra days at sea"],
        ),
        (
            ["Under a proposal from Latvia, fleets would get two extra days at sea."],
            "proposals",
            "Latvia",
            ["fleets would get two extra days at sea"],
        ),
        (
            ["Under the plan put forward by Latvia, fleets would get two extra days at sea."],
            "proposals",
            "Latvia",
            ["fleets would get two extra days at sea"],
        ),
        # ... with a speech tag after the comma; a package is a proposal
        (
            [
                "Latvia tabled a new package on Monday.",
                "Under the package, a Latvian envoy said, fleets would get two extra days at sea.",
            ],
            "proposals",
            "Latvia",
            ["fleets would get two extra days at sea"],
        ),
        (
            ["Latvia's package would give fleets two extra days at sea."],
            "proposals",
            "Latvia",
            ["give fleets two extra days at sea"],
        ),
        # what a proposal turned down would have done is its content
        (
            ["Crews voted against Latvia's offer, which would have raised pay by 4%."],
            "proposals",
            "Latvia",
            ["raised pay by 4%"],
        ),
        (["Latvia's plan would have hurt the fleets."], "proposals", None, []),
        # a proposal noun naming the move before proposes what follows
        (
            ["Latvia tabled a draft on Monday.", "The draft also proposes capping the levy."],
            "proposals",
            "Latvia",
            ["capping the levy"],
        ),
        # ... past an aside on how the move became known
        (
            [
                "Latvia tabled a new offer on Monday.",
                "Under the offer, seen by Reuters, fleets would get two extra days at sea.",
            ],
            "proposals",
            "Latvia",
            ["fleets would get two extra days at sea"],
        ),
        # not "under pressure", nor an "under" phrase closing a clause
        (["Under pressure from Latvia, Estonia withdrew its boats."], "proposals", None, []),
        (
            ["Fees would rise under Latvia's plan, according to the port authority."],
            "proposals",
            None,
            [],
        ),
    ],
)
def test_move_nouns_stated_around_them(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


def test_a_conjunction_alone_is_no_list_item(extract):
    ex = extract("Latvia is ready to cut fees, reopen the port, and —.")
    assert [m.text for m in ex.proposals] == ["cut fees", "reopen the port"]


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # "asked for X to V" is the "asked for" cue, not "asked X to V"
        (
            ["Latvia asked for more time to study the text."],
            "demands",
            "Latvia",
            ["more time to study the text"],
        ),
        # "wants X done": the thing and its state
        (
            ["Latvia wants the vote moved to the spring."],
            "demands",
            "Latvia",
            ["the vote moved to the spring"],
        ),
        # a free relative naming the content
        (
            ["Port managers offered what they described as a fair rota."],
            "proposals",
            "Port managers",
            ["a fair rota"],
        ),
        (
            ["Latvia proposed what amounts to a freeze on fees."],
            "proposals",
            "Latvia",
            ["a freeze on fees"],
        ),
        # an anaphoric object states nothing
        (["Latvia has never publicly proposed such a plan."], "proposals", None, []),
        # a cue word read as a noun: after an amount, or "the NAME offer" before the verb
        (
            ["Lund said that the 21% offer and other terms were not enough."],
            "proposals",
            None,
            [],
        ),
        (
            ["Estonia rejected the offer. The Latvia offer comes after weeks of talks."],
            "proposals",
            None,
            [],
        ),
        # the noun phrase a relative clause ending in the cue is about
        (
            ["Estonia rejected the 5 percent raise the union is demanding."],
            "demands",
            "The union",
            ["the 5 percent raise"],
        ),
        (
            ["The offer fell short of the longer breaks nurses are seeking."],
            "demands",
            "Nurses",
            ["the longer breaks"],
        ),
        (
            [
                (
                    "Lund backed a two-stage deal that she said Latvia had proposed and that"
                    " Estonia may accept."
                )
            ],
            "proposals",
            "Latvia",
            ["a two-stage deal"],
        ),
        # the noun alone states no content; a passive after "if" is no relative
        (
            ["Lund eyes a package that mirrors the proposal the Latvian Greens drafted."],
            "proposals",
            None,
            [],
        ),
        (
            ["If a replacement for Lund were offered, the talks would resume."],
            "proposals",
            None,
            [],
        ),
    ],
)
def test_objects_read_right(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # ", with X V-ing": X is the participle's subject
        (
            ["Fishing was the hardest issue, with Latvia calling on Estonia to close the bay."],
            "demands",
            "Latvia",
            ["close the bay"],
        ),
        (
            ["With Latvia demanding a larger quota, the talks stalled."],
            "demands",
            "Latvia",
            ["a larger quota"],
        ),
        # meeting with someone who opposes is no absolute clause
        (["Estonia met with Latvia opposing the plan."], "demands", None, []),
        # "by V-ing": the means of the clause's subject, and the end of the main verb's content
        (
            ["Estonia ended the strike by offering a 5 percent raise."],
            "proposals",
            "Estonia",
            ["a 5 percent raise"],
        ),
        # a move noun that refers back: the actor of the latest move of its type
        (
            [
                "Estonia proposed a new plan on Monday.",
                "Under the plan, both fleets would stay out of the bay.",
            ],
            "proposals",
            "Estonia",
            ["both fleets would stay out of the bay"],  # "a new plan" states nothing
        ),
        (["Under the plan, both fleets would stay out of the bay."], "proposals", None, []),
        (
            [
                "Estonia submitted its demands on Monday.",
                "The demands included a ban on trawling.",
            ],
            "demands",
            "Estonia",
            ["a ban on trawling"],
        ),
        # light verbs with a demand noun: demands, one item each, never proposals
        (
            ["Latvia set out three conditions: a cap on catches, a ban on trawling and a patrol."],
            "demands",
            "Latvia",
            ["a cap on catches", "a ban on trawling", "a patrol"],
        ),
        (["Latvia presented its demands on Friday."], "proposals", None, []),
        (["Latvia made a call to the minister."], "demands", None, []),
        # making demands known says that there are some, not what they are
        (["Latvia made its demands clear."], "demands", None, []),
    ],
)
def test_subjects_and_antecedents(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # an unnamed group after an opening adverbial or a label, or with a tail of its own
        (
            ["Separately, island states want guarantees on payouts."],
            "demands",
            "Island states",
            ["guarantees on payouts"],
        ),
        (
            ["On the first point, the players asked for a shorter season."],
            "demands",
            "The players",
            ["a shorter season"],
        ),
        (
            ["Season length: Owners wanted a longer season."],
            "demands",
            "Owners",
            ["a longer season"],
        ),
        (
            ["Herders at the edge of the reserve want new grazing rights."],
            "demands",
            "Herders",
            ["new grazing rights"],
        ),
        # two groups joined, a long opening phrase, two openings
        (
            ["Growers and exporters are calling for lower port fees."],
            "demands",
            "Growers and exporters",
            ["lower port fees"],
        ),
        (
            [
                (
                    "In the last round of talks before the summit that is meant to seal the"
                    " treaty, dozens of coastal nations demanded a fishing ban."
                )
            ],
            "demands",
            "Dozens of coastal nations",
            ["a fishing ban"],
        ),
        (
            ["— Season length: In their first offer, the owners called for a longer season."],
            "demands",
            "The owners",
            ["a longer season"],
        ),
        (
            ["Stadium executives want a fixed fee."],
            "demands",
            "Stadium executives",
            ["a fixed fee"],
        ),
        # a conjunction opens no adverbial: "But small farms, …" is no opening phrase
        (["But small farms, growers in the valley and others want water."], "demands", None, []),
        # an adverbial phrase between the auxiliary and the verb
        (
            ["Latvia has in the past demanded that Estonia end the raids."],
            "demands",
            "Latvia",
            ["Estonia end the raids"],
        ),
        # "would like" reads as "wants"; to be paid is to be given something: a demand
        (
            ["Latvia would also like a deal that protects its ferries."],
            "demands",
            "Latvia",
            ["a deal that protects its ferries"],
        ),
        (
            ["The ferry operators want to be paid a fixed fee."],
            "demands",
            "The ferry operators",
            ["be paid a fixed fee"],
        ),
        (["I would like to thank the mediators."], "demands", None, []),
        # "as well as" makes two items
        (
            ["Latvia is demanding lower fees as well as a new inspection regime."],
            "demands",
            "Latvia",
            ["lower fees", "a new inspection regime"],
        ),
        # pushing to do something; a deal that requires someone to act, as said by a party
        (
            ["Latvia is lobbying hard to strike the clause from the draft."],
            "demands",
            "Latvia",
            ["strike the clause from the draft"],
        ),
        (
            ["Latvia said any deal would require Estonia to reopen the port."],
            "demands",
            "Latvia",
            ["reopen the port"],
        ),
        # "In terms of X's proposal, S" as "Under X's proposal, S"
        (
            ["In terms of Latvia's proposal, shareholders would get a larger stake."],
            "proposals",
            "Latvia",
            ["shareholders would get a larger stake"],
        ),
        # a company known by the last word of its name, also after "a proposal from"
        (
            ["Dunmore Steel offered a 4 percent raise."],
            "proposals",
            "Dunmore Steel",
            ["a 4 percent raise"],
        ),
        (
            ["The board received a proposal from Dunmore Steel to buy the mill."],
            "proposals",
            "Dunmore Steel",
            ["buy the mill"],
        ),
    ],
)
def test_groups_adverbials_and_wants(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a month or a year after the cue is no part of the content
        (
            ["Latvia proposed in March that both fleets stay out of the bay."],
            "proposals",
            "Latvia",
            ["both fleets stay out of the bay"],
        ),
        (
            ["The federation suggested in October that six more unions could join the strike."],
            "proposals",
            None,
            [],
        ),
        # two adjectives before the noun, not a participle clause
        (
            ["Growers are calling for ambitious, binding targets."],
            "demands",
            "Growers",
            ["ambitious, binding targets"],
        ),
        # readiness to press the other side is a threat, not an offer
        (
            ["Latvia is ready to ramp up pressure on Estonia if the talks collapse."],
            "proposals",
            None,
            [],
        ),
        # a demand noun heading the object, before a preposition: no proposal
        (
            ["Latvia presented its conditions for new talks, including a fee cap."],
            "proposals",
            None,
            [],
        ),
    ],
)
def test_times_adjectives_and_parentheticals(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


def test_a_noun_before_a_participle_clause_ends_the_content(extract):
    ex = extract("Latvia rejected the claim, noting the late hour.")
    assert [(m.type, m.text) for m in ex.moves] == [("reject", "the claim")]


def test_a_speech_parenthetical_is_no_list_item():
    from generator.extract.knowledge import load
    from generator.extract.moves.spans import _split_list
    from generator.extract.moves.words import _Words

    text = "lower fees, they say, and two more berths"
    items = [text[a:b] for a, b in _split_list(text, 0, len(text), _Words.of(load()).base_verbs)]
    assert items == ["lower fees", "two more berths"]


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # "Among X's demands are A and B"; with no owner, the latest mover's
        (
            ["Among Latvia's demands are a fee cap, more berths and a new pier."],
            "demands",
            "Latvia",
            ["a fee cap", "more berths", "a new pier"],
        ),
        (
            [
                "Latvia tabled a plan on Monday.",
                "Among the other proposals in the plan are a fee cap and more berths.",
            ],
            "proposals",
            "Latvia",
            ["a fee cap", "more berths"],
        ),
        # "the proposal also includes …" refers back too, up to three sentences
        (
            [
                "Latvia proposed a two-day truce.",
                "The truce would start on Friday.",
                "Talks would follow in Riga.",
                "The proposal also includes a prisoner swap.",
            ],
            "proposals",
            "Latvia",
            ["a two-day truce", "a prisoner swap"],
        ),
        # a single adverb opening the sentence, then a group with a possessive modifier
        (
            ["Nationwide, nurses' unions are asking hospitals to hire more staff."],
            "demands",
            "Nurses' unions",
            ["hire more staff"],
        ),
        # "They" two sentences on is still the group
        (
            [
                "Pilots met on Monday.",
                "They are asking for new rotas.",
                "They also want a 30% raise.",
            ],
            "demands",
            "Pilots",
            ["new rotas", "a 30% raise"],
        ),
        # a participle after a subject named "X of Y"
        (
            ["The Ferry Union of Pilots walked out in May, demanding better pay."],
            "demands",
            "Ferry Union of Pilots",
            ["better pay"],
        ),
        # "the district": a school district named before
        (
            [
                "Teachers at the Harbor Unified School District walked out.",
                "The district has offered 5 percent.",
            ],
            "proposals",
            "Harbor Unified School District",
            ["5 percent"],
        ),
    ],
)
def test_lists_named_and_referred_to(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a stance of readiness taken on a condition: the offer, and the condition as a demand
        (
            ["Latvia is ready to drop its claim if Estonia lifts the ban."],
            "proposals",
            "Latvia",
            ["drop its claim"],
        ),
        (
            ["Latvia is ready to drop its claim if Estonia lifts the ban."],
            "demands",
            "Latvia",
            ["Estonia lifts the ban"],
        ),
        # an offer's own terms keep their "if"
        (
            ["Latvia offered 70% of the fees, and 80% if the season is extended."],
            "demands",
            None,
            [],
        ),
        # a time, a bracketed acronym or a possessive phrase between subject and verb
        (
            ["The herders last month offered to share the wells."],
            "proposals",
            "The herders",
            ["share the wells"],
        ),
        (
            ["The Cabin Crew Union (CCU) initially demanded a 40% raise."],
            "demands",
            "Cabin Crew Union",
            ["a 40% raise"],
        ),
        (
            ["The union in its offer this week asked for a 27% share."],
            "demands",
            "The union",
            ["a 27% share"],
        ),
        # a verb of giving: the recipient is no part of what is given
        (
            ["Latvia yesterday offered Estonia a prisoner swap."],
            "proposals",
            "Latvia",
            ["a prisoner swap"],
        ),
        # … a group of people or a pronoun, given a bare noun too
        (
            ["Latvia offered staff a bonus of 500 euros."],
            "proposals",
            "Latvia",
            ["a bonus of 500 euros"],
        ),
        (
            ["Latvia offered its striking drivers a two-year deal."],
            "proposals",
            "Latvia",
            ["a two-year deal"],
        ),
        (["Latvia offered the families compensation."], "proposals", "Latvia", ["compensation"]),
        (["Latvia offered them compensation."], "proposals", "Latvia", ["compensation"]),
        # … not an object that is what is given, nor nothing
        (
            ["Latvia offered the best terms in years."],
            "proposals",
            "Latvia",
            ["the best terms in years"],
        ),
        (["Latvia offered them nothing."], "proposals", None, []),
        # what another side will have to do, as a party says it; not its own necessity
        (
            ["Latvia said Estonia will have to pay the fees."],
            "demands",
            "Latvia",
            ["Estonia will have to pay the fees"],
        ),
        (["Latvia said it will have to leave the talks."], "demands", None, []),
        # "talks with X holding out for …": X holds out
        (
            ["Talks began on Friday with Latvia holding out for lower fees."],
            "demands",
            "Latvia",
            ["lower fees"],
        ),
        # urging a thing, making a case for one, wanting to see one
        (["Latvia is urging a review of the fees."], "demands", "Latvia", ["a review of the fees"]),
        (
            ["Latvia has made a case for extending the exemption."],
            "demands",
            "Latvia",
            ["extending the exemption"],
        ),
        (["Latvia wants to see the ban lifted."], "demands", "Latvia", ["the ban lifted"]),
        # a second cue of the same subject ends the first one's content
        (
            ["Latvia pledged to return the boats and also proposed a two-day truce."],
            "proposals",
            "Latvia",
            ["a two-day truce"],
        ),
        (
            ["Latvia demanded repairs, offered to pay half, and asked for a vote."],
            "demands",
            "Latvia",
            ["repairs", "a vote"],
        ),
        # a participle with its agent is no second verb
        (
            ["Estonia backed the plan, proposed by Latvia, and demanded a vote."],
            "demands",
            "Estonia",
            ["a vote"],
        ),
    ],
)
def test_stances_times_recipients_and_second_verbs(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


def test_a_report_or_a_reason_is_no_demand_of_the_speaker(extract):
    reported = extract("Latvian TV reported that Estonia would have to pay the fees.")
    because = extract("Latvia said the talks failed because Estonia would have to pay the fees.")
    assert reported.demands == () and because.demands == ()


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # "According to X's proposal, S" as "Under X's proposal, S"
        (
            ["According to the new proposal from Latvia, fleets would stay in port."],
            "proposals",
            "Latvia",
            ["fleets would stay in port"],
        ),
        # an apposition naming a noun phrase someone's demand
        (
            ["The port fee, a key demand of Latvia, dominated the talks."],
            "demands",
            "Latvia",
            ["The port fee"],
        ),
        # an aim after a copula is a demand; a judgement of it is none
        (
            ["Latvia's first priority remains winning waivers on the fees."],
            "demands",
            "Latvia",
            ["winning waivers on the fees"],
        ),
        (["Latvia's main goal is a fee cap."], "demands", "Latvia", ["a fee cap"]),
        (["Latvia's goal is unclear."], "demands", None, []),
        (["Latvia's goal for the year is a mystery."], "demands", None, []),
    ],
)
def test_according_to_appositions_and_aims(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


def test_a_light_verbs_object_spelled_out_by_examples(extract):
    ex = extract("Latvia has made new proposals, including a fee cap, more berths and a pier.")
    assert [m.text for m in ex.proposals] == ["a fee cap", "more berths", "a pier"]


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # "…, with X V-ing …" ends the content; a noun referring back in the same sentence
        # waits for the sentence's own move
        (
            ["Latvia sent a proposal, with one source adding that the plan included a 30% cut."],
            "proposals",
            "Latvia",
            ["a 30% cut"],
        ),
        # "Other demands include …" refers back
        (
            ["Latvia tabled its demands.", "Other demands include a fee cap."],
            "demands",
            "Latvia",
            ["a fee cap"],
        ),
        # a possessive recipient before the thing given
        (
            ["Harbour Rail offered its staff other benefits such as cheaper travel."],
            "proposals",
            "Harbour Rail",
            ["other benefits such as cheaper travel"],
        ),
        # an article or an adjective is no recipient
        (
            ["Latvia offered a 16% raise over five years."],
            "proposals",
            "Latvia",
            ["a 16% raise over five years"],
        ),
        # "has got to" in a quote: what a named side must do
        (
            ["“Estonia has got to reopen the port,” Latvia's minister said."],
            "demands",
            "Latvia's minister",
            ["reopen the port"],
        ),
    ],
)
def test_with_clauses_recipients_and_got_to(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "sentence",
    [
        # a content that only refers back or says how much states nothing wanted or offered
        "The Tern Dock Union wants the opposite.",
        "The Tern Dock Union demanded more.",
        "Ostra Copper offered the same.",
        "Ostra Copper had proposed something similar.",
    ],
)
def test_a_referring_content_is_no_move(extract, sentence):
    ex = extract(sentence)
    assert ex.demands == () and ex.proposals == (), [(m.actor, m.text) for m in ex.all_moves]


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a move noun that holds its items after the time it was made and a comma ("tabled a final
        # offer on Wednesday, including A and B"), also as "what it called …"
        (
            ["The Dock Union tabled a final offer on Monday, including a 4% rise and a bonus."],
            "proposals",
            "Dock Union",
            ["a 4% rise", "a bonus"],
        ),
        (
            [
                (
                    "Ostra Lines tabled what it called a “final, binding offer” late on Monday, "
                    "including a pay rise of 6% over three years and a signing bonus of $900."
                )
            ],
            "proposals",
            "Ostra Lines",
            ["a pay rise of 6% over three years", "a signing bonus of $900"],
        ),
        # a participle's or a source's aside between an owned move noun and its verb
        (
            [
                (
                    "The Tern Dock Union's demands, set out in a letter to the port, include a 4%"
                    " rise and the return of the night shift."
                )
            ],
            "demands",
            "Tern Dock Union",
            ["a 4% rise", "the return of the night shift"],
        ),
        (
            ["Ostra Lines' offer, according to a summary it released, includes a 3% rise."],
            "proposals",
            "Ostra Lines",
            ["a 3% rise"],
        ),
        # "A, combined with B": two items
        (
            [
                (
                    "The Tern Dock Union proposed a rise of 4% for all crews, combined with a"
                    " review of the rota."
                )
            ],
            "proposals",
            "Tern Dock Union",
            ["a rise of 4% for all crews", "a review of the rota"],
        ),
    ],
)
def test_held_items_after_a_time_an_aside_or_combined_with(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a document named with no owner is its producer's: "The draft also suggests …" after "X
        # circulated a draft", whoever reports it
        (
            [
                "Swiss mediators circulated a draft on Monday.",
                "The draft also suggests a buffer zone along the river, a diplomat said.",
            ],
            "proposals",
            "Swiss mediators",
            ["a buffer zone along the river"],
        ),
        # "(circulated) a draft that would V …": what the draft would do
        (
            ["Swiss mediators circulated a draft that would station a joint team in Tromsø."],
            "proposals",
            "Swiss mediators",
            ["station a joint team in Tromsø"],
        ),
        # "Under the proposal, X would A, and would B": each thing; a summing-up apposition between
        # them ("a concern often raised by …") is none
        (
            [
                "Norway tabled a plan on Monday.",
                (
                    "Under the proposal, Sweden would tighten rules on trawling, a concern often"
                    " raised by fishermen, and would share catch data."
                ),
            ],
            "proposals",
            "Norway",
            ["Sweden would tighten rules on trawling", "share catch data"],
        ),
    ],
)
def test_what_a_document_or_proposal_would_do(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "sentence",
    [
        # what every side is after, with no terms, is no demand or offer
        "“We want a deal, but we want the right deal,” the Tern Dock Union said.",
        "Tourism groups in Chile are pushing for a deal.",
        "“We are offering certainty,” said Ostra Copper.",
        "“The Peruvians want a date,” the Chilean envoy said.",
    ],
)
def test_a_goal_with_no_terms_is_no_move(extract, sentence):
    ex = extract(sentence)
    assert ex.demands == () and ex.proposals == (), [(m.actor, m.text) for m in ex.all_moves]


def test_a_goal_with_terms_is_a_move_and_its_rejection_stays(extract):
    ex = extract(
        "The Tern Dock Union wants a deal on night shifts.", "The union rejected the deal."
    )
    assert [m.text for m in ex.demands] == ["a deal on night shifts"]
    assert [m.text for m in ex.all_moves if m.type == "reject"] == ["the deal"]


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # one offer read by two frames ("would accept" and a conditional "would") is kept once
        (
            ["Norway would accept a lower quota if Sweden signed a treaty."],
            "proposals",
            "Norway",
            ["a lower quota"],
        ),
        # the members a noun phrase is made up of are no items of their own
        (
            [
                (
                    "Norway proposed a monitoring committee made up of priests, fishermen and"
                    " village elders."
                )
            ],
            "proposals",
            "Norway",
            ["a monitoring committee made up of priests, fishermen and village elders"],
        ),
        # an aside's maker with a time before "by": "tabled last week by …"
        (
            [
                (
                    "The draft, tabled last week by the chair of the group, Ambassador Ola Berg,"
                    " would ban trawling."
                )
            ],
            "proposals",
            "Ola Berg",
            ["ban trawling"],
        ),
    ],
)
def test_one_offer_once_members_and_a_timed_maker(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)


@pytest.mark.parametrize(
    "sentence, actor, items",
    [
        # "X's price (for V-ing …) is …": what a side asks in return
        (
            "Norway's price for backing the deal was a guarantee of aid for the mining regions.",
            "Norway",
            ["a guarantee of aid for the mining regions"],
        ),
        # "Forum" heads a body's name
        (
            "The Tern Governors Forum said any wage must reflect the ability to pay.",
            "Tern Governors Forum",
            ["any wage must reflect the ability to pay"],
        ),
    ],
)
def test_a_price_and_a_forum(extract, sentence, actor, items):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.demands] == [(actor, i) for i in items]


@pytest.mark.parametrize(
    "paragraphs, kind, actor, items",
    [
        # a move noun with the month it was made, spelled out after a colon, its items joined by
        # "together with" after a participle's phrase
        (
            [
                (
                    "Ostra Lines offered a compromise in May: a bonus of $900, paid over two"
                    " years, together with a review of the rota."
                )
            ],
            "proposals",
            "Ostra Lines",
            ["a bonus of $900", "a review of the rota"],
        ),
        # who told of it may stand before the colon
        (
            [
                (
                    "Ostra Lines has tabled its own compromise, people close to the talks said: a"
                    " 3% rise, combined with a review of the rota."
                )
            ],
            "proposals",
            "Ostra Lines",
            ["a 3% rise", "a review of the rota"],
        ),
        # "and" inside a "with" phrase is no list's
        (
            ["Ostra Lines proposed a price tied to oil, with a floor of $9 and a ceiling of $11."],
            "proposals",
            "Ostra Lines",
            ["a price tied to oil, with a floor of $9 and a ceiling of $11"],
        ),
    ],
)
def test_spelled_out_offers_with_a_month_a_source_or_a_with_phrase(
    extract, paragraphs, kind, actor, items
):
    _check(extract(*paragraphs), kind, actor, items)


def test_a_verbs_object_that_would_do_something_stays_the_object(extract):
    # "(pressing both sides to) agree a truce that would open corridors": what is asked is the
    # agreeing, not what the truce would do
    ex = extract("Norway is pressing both sides to agree a truce that would open aid corridors.")
    assert [m.text for m in ex.demands] == ["agree a truce that would open aid corridors"]


def test_a_titled_person_and_a_second_participle_cue(extract):
    # a participle after "Governor X went further," is the governor's; "and offering …" is a move
    # of its own, no item of the first
    ex = extract(
        "Governor Ana Ruiz went further, calling on Chile to cut tariffs and offering police"
        " escorts for the convoys."
    )
    assert [(m.actor, m.text) for m in ex.demands] == [("Ana Ruiz", "cut tariffs")]
    assert [(m.actor, m.text) for m in ex.proposals] == [
        ("Ana Ruiz", "police escorts for the convoys")
    ]


def test_the_side_named_by_its_noun_would_also(extract):
    # "The board would also …" after the board's offer: one more term of it
    ex = extract(
        "The Tern Harbour Board was ready to waive landing fees for a year.",
        "The board would also apply for a federal grant.",
        "The board would also be happy.",
    )
    assert [(m.actor, m.text) for m in ex.proposals] == [
        ("Tern Harbour Board", "waive landing fees for a year"),
        ("Tern Harbour Board", "apply for a federal grant"),
    ]
