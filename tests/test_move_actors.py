"""Who a move is: the actor of a demand or proposal, not the nearest name. Invented sentences
only."""

import pytest


def _moves(ex, kind="demands"):
    return [(m.actor, m.text) for m in getattr(ex, kind)]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an adverb in -ly between the subject and its cue
        (
            ["Denmark initially demanded a ban on night trawling."],
            [("Denmark", "a ban on night trawling")],
        ),
        (
            [
                (
                    "The Coastal Pilots Union has repeatedly and publicly called for radar at "
                    "every pier."
                )
            ],
            [("Coastal Pilots Union", "radar at every pier")],
        ),
        (
            ["Portugal has steadfastly insisted on a share of the sardine quota."],
            [("Portugal", "a share of the sardine quota")],
        ),
        # … and the listed ones
        (
            ["Estonia only wanted Latvia to reopen the rail link."],
            [("Estonia", "reopen the rail link")],
        ),
        (
            ["Chile has always called for a joint salmon survey."],
            [("Chile", "a joint salmon survey")],
        ),
        (
            ["Ireland long wanted a veterinary checkpoint at the border."],
            [("Ireland", "a veterinary checkpoint at the border")],
        ),
    ],
)
def test_adverbs_between_subject_and_cue(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an unnamed group heading the subject, by its ending or a list
        (
            ["Striking bakers demanded a night allowance."],
            [("Striking bakers", "a night allowance")],
        ),
        (
            ["Local residents have called for a second ferry."],
            [("Local residents", "a second ferry")],
        ),
        (
            ["Tenant activists want the rent freeze extended."],
            [("Tenant activists", "the rent freeze extended")],
        ),
        (["Hospital nurses insisted on paid breaks."], [("Hospital nurses", "paid breaks")]),
        (
            ["Retired fishermen are calling for a pension top-up."],
            [("Retired fishermen", "a pension top-up")],
        ),
        # a plural of the lexicon's body nouns ("rebels", "militants") heads a group too, with or
        # without a modifier
        (
            ["Rebels are calling for a new round of talks."],
            [("Rebels", "a new round of talks")],
        ),
        (
            ["Highland rebels have demanded an amnesty for their fighters."],
            [("Highland rebels", "an amnesty for their fighters")],
        ),
        (
            ["Government forces demanded the surrender of the hill towns."],
            [("Government forces", "the surrender of the hill towns")],
        ),
        # a body's noun after a plural possessive: the body as written, whole
        (
            ["The teachers' union called for smaller class sizes."],
            [("The teachers' union", "smaller class sizes")],
        ),
        (
            ["The nurses’ union is demanding a seven percent raise."],
            [("The nurses’ union", "a seven percent raise")],
        ),
        # … not a name, which stays the name
        (
            ["The Teachers' Union called for smaller class sizes."],
            [("Teachers' Union", "smaller class sizes")],
        ),
        # … also inside what someone said
        (
            ["Anna Holt said grain traders want a storage subsidy."],
            [("Grain traders", "a storage subsidy")],
        ),
        # … with a relative clause: not the name inside it
        (
            ["The drivers who blocked Mayor Ivo Rask's depot demanded a fuel rebate."],
            [("The drivers", "a fuel rebate")],
        ),
        # "they" after a sentence opening with a group
        (
            [
                "Delegates of four regional teachers' unions met at the ministry.",
                "They want smaller classes.",
            ],
            [("Delegates of four regional teachers' unions", "smaller classes")],
        ),
        # not a group: a plural naming no people, a verb, a noun cue
        (["The documents demanded by the court were lost."], []),
        (["Their numbers call for caution."], []),
        # a place that "wants" (the article shows it is one: "in Bergen") is no actor: the speaker's
        # move
        (
            ["Anna Holt met reporters in Bergen.", "Anna Holt said Bergen wants a new pier."],
            [("Anna Holt", "a new pier")],
        ),
        (["The port workers' call for a strike fund was heard."], [("Workers", "a strike fund")]),
    ],
)
def test_unnamed_groups(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a plural demonym after "the" is the state
        (
            ["The Danes insist on a shared inspection regime."],
            [("Denmark", "a shared inspection regime")],
        ),
        # "the armed group": the body named before
        (
            [
                "The Western Highland Front shelled a depot on Sunday.",
                "The militant group now wants an amnesty.",
            ],
            [("Western Highland Front", "an amnesty")],
        ),
        # a proper adjective or a "-led" / "-backed" compound before the noun: the body named
        # before, or the description as written when none is
        (
            [
                "The Western Highland Front shelled a depot on Sunday.",
                "The Kurdish-led group now wants an amnesty.",
            ],
            [("Western Highland Front", "an amnesty")],
        ),
        (
            [
                "The Western Highland Front shelled a depot on Sunday.",
                "The Ossetian group now wants an amnesty.",
            ],
            [("Western Highland Front", "an amnesty")],
        ),
        (
            ["The Moscow-backed group wants an amnesty."],
            [("The Moscow-backed group", "an amnesty")],
        ),
        # a name after "the" stays the name ("the Ossetian Union" is not "the union" of before)
        (
            [
                "The Western Highland Front shelled a depot on Sunday.",
                "The Ossetian Union wants an amnesty.",
            ],
            [("Ossetian Union", "an amnesty")],
        ),
        # plain noun modifiers before a body's noun: the description as written, or the body
        # named before
        (
            ["The creditor committee asked the government to cap losses at 20 per cent."],
            [("The creditor committee", "cap losses at 20 per cent")],
        ),
        (
            [
                "The Tern Creditor Committee met on Monday.",
                "The bondholder committee, which holds half the bonds, wants a cap on losses.",
            ],
            [("Tern Creditor Committee", "a cap on losses")],
        ),
    ],
)
def test_bodies_named_by_description(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the subject of an infinitive's clause, not a place or object nearer to "to"
        (
            ["UN envoys travelled to Lisbon on Monday to press for a fishing truce."],
            [("UN envoys", "a fishing truce")],
        ),
        (["Chile met Peru in Lima to call for a joint survey."], [("Chile", "a joint survey")]),
        (["Chile said Peru had agreed to call for a joint survey."], [("Peru", "a joint survey")]),
    ],
)
def test_the_subject_of_an_infinitive(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a participial cue after a speech clause is the speaker's
        (
            [
                "Governor Lena Dahl toured the docks.",
                "“The queues are too long,” she said, urging the port to hire staff.",
            ],
            [("Lena Dahl", "hire staff")],
        ),
        (
            ["“The queues are too long,” said Lena Dahl, calling for more inspectors."],
            [("Lena Dahl", "more inspectors")],
        ),
        (
            ["Lena Dahl said the queues were too long, urging the port to hire staff."],
            [("Lena Dahl", "hire staff")],
        ),
        # the inner cue is what the asked one is to do: not a move of theirs
        (
            [
                "Governor Lena Dahl spoke.",
                "“Enough,” she said, urging the unions to press Chile to reopen the pier.",
            ],
            [("Lena Dahl", "press Chile to reopen the pier")],
        ),
        (["Peru urged Chile to call for a joint survey."], [("Peru", "call for a joint survey")]),
        # "it" after a document is the document, not the body named before it
        (
            [
                "Chile and Peru drafted a treaty in 2008.",
                "It called for a joint survey of the anchovy stock.",
            ],
            [],
        ),
    ],
)
def test_speakers_and_documents(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a cue after a possessive is a noun: the possessor's move, not the subject's
        (
            ["Governor Lena Dahl said she backed the harbourmaster's call for a speed limit."],
            [("the harbourmaster", "a speed limit")],
        ),
        (["Chile rejected the union's demands for a bonus."], [("the union", "a bonus")]),
        # … but a document's call is its author's, whom the possessive does not name
        (["Chile and Peru met in May.", "Both praised the treaty's call for a joint survey."], []),
    ],
)
def test_a_possessive_owns_the_noun_cue(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # what must, should or needs to happen, in a speaker's own words, is the speaker's demand
        (
            [
                (
                    "“The mill must close its sluice, and Peru must repay the growers,” "
                    "Governor Lena Dahl said."
                )
            ],
            [
                ("Lena Dahl", "The mill must close its sluice"),
                ("Lena Dahl", "Peru must repay the growers"),
            ],
        ),
        (
            ["“They have to lift the toll before the harvest starts,” said Ivo Rask."],
            [("Ivo Rask", "lift the toll before the harvest starts")],
        ),
        (
            ["“A night allowance has long been our demand,” said union leader Ivo Rask."],
            [("Ivo Rask", "A night allowance")],
        ),
        # not what "we" must do, a question, an embedded question, or a prediction
        (["“We must stay patient,” said Ivo Rask."], []),
        (["“Why should we sign now?” said Ivo Rask."], []),
        (["“Tell us when the growers should deliver,” said Ivo Rask."], []),
        (["“Fares will have to rise,” said Ivo Rask."], []),
        # nor a rule for "nobody": a warning in general words, no side's demand
        (["“Nobody should read our silence as consent,” said Ivo Rask."], []),
        (["“No one should doubt our resolve,” said Ivo Rask."], []),
    ],
)
def test_demands_in_direct_quotes(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "it" in what a body says is the body ...
        (
            ["Peru says it must be heard on every permit."],
            [("Peru", "it must be heard on every permit")],
        ),
        # ... unless it is empty
        (["Peru says it should be noted that the catch fell."], []),
        # "it" after an object ("with Chile") is the sentence's subject
        (
            [
                (
                    "Peru wants a toll-free crossing on the border with Chile. It also wants a "
                    "joint customs post."
                )
            ],
            [
                ("Peru", "a toll-free crossing on the border with Chile"),
                ("Peru", "a joint customs post"),
            ],
        ),
        # "it" after a sentence opening with someone's document or move noun is that document:
        # the move is its owner's, not a body named earlier
        (
            [
                "Negotiators for Peru and the Ostra Fishing Board met on Monday.",
                "Peru's latest counteroffer, sent to the board, was leaked.",
                "It also seeks a ban on night trawling.",
            ],
            [("Peru", "a ban on night trawling")],
        ),
    ],
)
def test_it_in_moves(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


# A poll's finding is no side's demand: a share of those polled who say what should happen.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In the poll, 52 percent of voters said the port must stay open.", []),
        ("Two-thirds of respondents said the ferry should run at night.", []),
        (
            "Mayor Anna Lund said the port must stay open.",
            [("Anna Lund", "the port must stay open")],
        ),
    ],
)
def test_a_poll_finding_is_no_demand(extract, sentence, expected):
    assert [(m.actor, m.text) for m in extract(sentence).demands] == expected


@pytest.mark.parametrize(
    "sentence, kind, expected",
    [
        # the relative pronoun's noun is the cue's subject: not the voice reporting the sentence
        (
            (
                "The minister said the cabinet rejected a proposal that called for a pause in "
                "the shelling."
            ),
            "demands",
            [],
        ),
        ("Budgets that reject new spending rarely pass, an economist says.", "moves", []),
        # a document's author is the subject of its clause, not of the clause reporting it, and not
        # a subject that rejected it
        (
            (
                "Harbour Radio reported that Norway rejected a draft that calls for a joint "
                "commission."
            ),
            "proposals",
            [],
        ),
        (
            (
                "Harbour Radio reported that Norway circulated a draft that calls for a joint "
                "commission."
            ),
            "proposals",
            # one offer, read by the document frame and the verb's: kept once
            [("Norway", "a joint commission")],
        ),
        # a time between the document and "that"
        (
            "Norway tabled a draft on Monday that calls for Sweden to open two berths.",
            "demands",
            [("Norway", "Sweden to open two berths")],
        ),
    ],
)
def test_who_a_relative_clause_and_a_document_belong_to(extract, sentence, kind, expected):
    assert _moves(extract(sentence), kind) == expected


@pytest.mark.parametrize(
    "sentence, kind",
    [
        # a cue whose object is "no …" or "nothing" moves nothing
        ("At the Bergen round Norway offered no new terms to the ferry crews.", "proposals"),
        ("Norway offered no concessions on the herring quota.", "proposals"),
        ("The harbour board demanded nothing of the pilots.", "demands"),
        # commas without "and" before the last part are no list of subjects: an opening adverbial
        (
            "Up the coast, in two fishing towns, the dockers have opposed the new port levy.",
            "moves",
        ),
    ],
)
def test_nothing_moved_and_no_list_without_and(extract, sentence, kind):
    assert _moves(extract(sentence), kind) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "offer" in the sense of giving views is no proposal (other_senses of the proposal frame)
        ("Two harbour engineers offered their views on the dredging plan at the hearing.", []),
        ("The minister offered insights into the fishing talks.", []),
        ("Norway offered a second ferry slot.", [("Norway", "a second ferry slot")]),
        # "I"/"we" is the cue's subject only with no name or "that" between: here Norway makes the
        # move
        (
            "“My sense is that Norway was prepared to cut the herring quota,” the envoy said.",
            [("Norway", "cut the herring quota")],
        ),
        (
            "“We are now offering a second ferry slot,” the envoy said.",
            [("The envoy", "a second ferry slot")],
        ),
    ],
)
def test_offered_views_and_the_speakers_we(extract, sentence, expected):
    assert _moves(extract(sentence), "proposals") == expected


@pytest.mark.parametrize(
    "sentence, kind, expected",
    [
        # "should she …" opens a condition ("if she should"): no demand
        (
            "The quota deal can be reopened in spring, Lund told reporters, should Norway ask.",
            "demands",
            [],
        ),
        (
            "Analysts said Norway should win the vote.",
            "demands",
            [("Analysts", "Norway should win the vote")],
        ),
        # a verb before the noun's determiner is no part of the move: "(rejected) a request from
        # X" states nothing asked (plan_qualifiers); with a complement after the agent, the
        # complement is what is asked
        (
            "Judges turned down in June a request from the Dock Union.",
            "demands",
            [],
        ),
        (
            "Judges turned down in June a request from the Dock Union for a new hearing.",
            "demands",
            [("Dock Union", "a new hearing")],
        ),
    ],
)
def test_an_inverted_should_and_a_verb_before_a_move_noun(extract, sentence, kind, expected):
    assert _moves(extract(sentence), kind) == expected


@pytest.mark.parametrize(
    "sentence, kind",
    [
        # a participle after a prepositional object: the object is addressed, it does not oppose or
        # urge
        (
            (
                "The fishing union sent a letter on Monday to Norway's ministers opposing any "
                "cut in the cod quota."
            ),
            "moves",
        ),
        ("The fishing union sent a letter to Norway opposing any cut in the cod quota.", "moves"),
        ("The nurses' union wrote to Sweden demanding a night bonus for ward staff.", "demands"),
    ],
)
def test_a_participle_after_an_oblique_object_is_not_the_objects_move(extract, sentence, kind):
    assert [
        m for m in getattr(extract(sentence), kind) if m.actor.startswith(("Norway", "Sweden"))
    ] == []


@pytest.mark.parametrize(
    "sentence, kind, expected",
    [
        # the subject before a participle stays the actor
        (
            "Norway rejected the quota cut, opposing any change to the cod season.",
            "moves",
            [("Norway", "the quota cut")],
        ),
    ],
)
def test_a_participle_after_the_subject(extract, sentence, kind, expected):
    assert [(m.actor, m.text) for m in getattr(extract(sentence), kind)][:1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "they" is the subject of the sentence before, not a name after it
        (
            [
                "The Harbour Guild met port officials in Bergen (Norway).",
                "They want a written guarantee.",
            ],
            [("Harbour Guild", "a written guarantee")],
        ),
        # … and a possessor in the subject is not the subject
        (
            ["Norway’s Harbour Guild met the minister.", "They want a written guarantee."],
            [("Harbour Guild", "a written guarantee")],
        ),
        # "it" too: the body that is the subject before
        (
            [
                "The Harbour Guild met port officials in Bergen (Norway).",
                "It also wants a written guarantee.",
            ],
            [("Harbour Guild", "a written guarantee")],
        ),
        (
            ["The Harbour Guild said they demand a written guarantee from the Port Board."],
            [("Harbour Guild", "a written guarantee from the Port Board")],
        ),
    ],
)
def test_they_is_the_subject_before(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        # a name an apposition or a noun before it calls a body (body_descriptions) is a body
        (
            ["Kalmar Metall, Sweden’s largest dockers’ union, is demanding a night bonus."],
            "demands",
            [("Kalmar Metall", "a night bonus")],
        ),
        (
            ["Norvik, the ferry operator, has offered a 4 percent raise."],
            "proposals",
            [("Norvik", "a 4 percent raise")],
        ),
        (
            [
                "The strike was called by the rail union Ostra.",
                "Ostra called for a 10 per cent pay rise.",
            ],
            "demands",
            [("Ostra", "a 10 per cent pay rise")],
        ),
        # "its members" act for the body "it" stands for; "its workers" are a group of their own
        (
            ["The Harbour Guild said its members want a 12 percent pay rise."],
            "demands",
            [("Harbour Guild", "a 12 percent pay rise")],
        ),
        # a sentence opening is no name, nor a title after a body's name
        (["However, the union said it wants more pay."], "demands", []),
        (
            ["Harbour Party Chairman Ola Berg demanded a recount."],
            "demands",
            [("Ola Berg", "a recount")],
        ),
        # the end of a longer name is none: "… Equality and Democracy, the main party, …"
        (
            ["Fishers’ Unity and Democracy, the main coastal party, demanded a recount."],
            "demands",
            [],
        ),
    ],
)
def test_bodies_named_by_a_description_and_their_agents(extract, paragraphs, kind, expected):
    assert _moves(extract(*paragraphs), kind) == expected


def test_an_unnamed_group_after_a_semicolon(extract):
    ex = extract(
        "The Port Board is offering a 6 percent raise; nurses are seeking a 15 percent raise."
    )
    assert _moves(ex) == [("Nurses", "a 15 percent raise")]
    assert _moves(ex, "proposals") == [("Port Board", "a 6 percent raise")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a dateline's place is where the story was filed, not an actor; the subject follows it
        (
            [
                (
                    "Oslo, April 19 - Harbour Party leader Ola Berg said he was open to talks, "
                    "but insisted that he must be premier."
                )
            ],
            [("Ola Berg", "he must be premier")],
        ),
        (
            ["BERGEN, Norway – Ferry bosses are calling for a 10% pay cut."],
            [("Ferry bosses", "a 10% pay cut")],
        ),
        # a place in capitals and a dash, no date: the group after it is the whole subject
        (
            ["TROMSO - Ferry bosses are calling for a 10% pay cut."],
            [("Ferry bosses", "a 10% pay cut")],
        ),
        (
            ["HARLOW (Wire) -- Striking cleaners want a living wage."],
            [("Striking cleaners", "a living wage")],
        ),
        # "… as they respond to …": a clause of its own ends the content
        (
            ["The Ferry Union called for a 10% pay rise as they respond to rising fares."],
            [("Ferry Union", "a 10% pay rise")],
        ),
    ],
)
def test_datelines_and_as_clauses(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


def test_a_comparison_with_as_ends_no_content(extract):
    ex = extract("The Ferry Union said the fares should stay as they are until a court rules.")
    assert _moves(ex, "proposals") == [
        ("Ferry Union", "the fares should stay as they are until a court rules")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a word and a preposition's phrase before the comma open the sentence: the group follows
        (
            "Back in February, the dockers wanted a 5-5 split of all fees.",
            [("The dockers", "a 5-5 split of all fees")],
        ),
        (
            "Speaking to reporters, striking nurses demanded safe staffing.",
            [("Striking nurses", "safe staffing")],
        ),
    ],
)
def test_a_group_after_an_opening_phrase(extract, sentence, expected):
    assert _moves(extract(sentence)) == expected


def test_initials_before_one_of_their_people_are_a_body(extract):
    ex = extract(
        "“The strike goes on,” said NR spokesman Ola Berg.",
        "Berg said NR’s new offer includes a night bonus.",
    )
    assert _moves(ex, "proposals") == [("NR", "a night bonus")]
    # the person after the body and a role says it, not the body
    assert [q.speaker for q in ex.quotes if q.text.startswith("The strike")] == ["Ola Berg"]


# "the two governments", "both delegations" (pair_nouns): both of the latest pair named together
@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        (
            [
                "Chile and Peru met in Lima.",
                "The two governments demanded a ban on night trawling.",
            ],
            "demands",
            [(("chile", "peru"), "a ban on night trawling")],
        ),
        (
            ["Chile and Peru met in Lima.", "Both delegations, however, proposed a joint survey."],
            "proposals",
            [(("chile", "peru"), "a joint survey")],
        ),
        # no pair named before: the description stays
        (
            ["Chile sent a team to Lima.", "Both governments demanded a ban on night trawling."],
            "demands",
            [((), "a ban on night trawling")],
        ),
    ],
)
def test_a_pair_noun_is_both_parties(extract, paragraphs, kind, expected):
    assert [(m.actors, m.text) for m in getattr(extract(*paragraphs), kind)] == expected


# a cue whose clause has a subject of its own that names no one known is not the speaker's move
# ("(X told reporters that) the Coastal States group has called for …"); "we", a participle after
# the speech verb and the speaker's side ("the city" in what its mayor said) still are
@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        (
            ["Delegates told reporters that the Coastal States group has called for more aid."],
            "demands",
            [],
        ),
        (
            ["The Oslo Post reported that the league wants a cap on port fees."],
            "demands",
            [],
        ),
        (
            ["Mayor Ana Ruiz said the city had offered a 4% pay rise."],
            "proposals",
            [("Ana Ruiz", "a 4% pay rise")],
        ),
        (
            ["“We are calling for new talks,” the Harbour Guild said."],
            "demands",
            [("Harbour Guild", "new talks")],
        ),
        (
            ["Norway said on Monday, calling for new talks."],
            "demands",
            [("Norway", "new talks")],
        ),
    ],
)
def test_a_clause_of_its_own_is_not_the_speakers(extract, paragraphs, kind, expected):
    assert _moves(extract(*paragraphs), kind) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the subject of a passive of giving receives: the move is the by-agent's …
        (
            ["Nurses were offered a raise by the ministry."],
            [("The ministry", "a raise")],
        ),
        (
            ["The rebels have been offered an amnesty by Norway in return for their weapons."],
            [("Norway", "an amnesty")],
        ),
        # … or no one's, when the giver is not said
        (["The dockers were offered a two-year contract."], []),
        (
            ["Estonia has been offered a seat at the table, the minister said."],
            [],
        ),
        # the active is the subject's, the recipient no part of the content
        (
            ["Norway offered the rebels an amnesty."],
            [("Norway", "an amnesty")],
        ),
    ],
)
def test_passive_of_giving(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs), "proposals") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "X said (that) it would …": the pronoun opening what X said is X, not a body named nearer
        (
            [
                "Crews of the Tern Ferry Guild met Ostra Lines on Monday.",
                "The company said it would be open to a shorter rota.",
            ],
            [("Ostra Lines", "a shorter rota")],
        ),
        (
            [
                "Crews of the Tern Ferry Guild met Ostra Lines on Monday.",
                "Ostra Lines said that it was now ready to drop the weekend shifts.",
            ],
            [("Ostra Lines", "drop the weekend shifts")],
        ),
        (
            [
                "Crews of the Tern Ferry Guild met Ostra Lines on Monday.",
                "Maria Sten said she was ready to drop the weekend shifts.",
            ],
            [("Maria Sten", "drop the weekend shifts")],
        ),
    ],
)
def test_the_pronoun_opening_what_a_speaker_said_is_the_speaker(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs), "proposals") == expected


@pytest.mark.parametrize(
    "paragraphs, refuser",
    [
        # a pronoun of another gender, or one after "X's lawyer" (who speaks for X), is not the
        # speaker
        (
            [
                "Olaf Berg met the panel on Monday.",
                "Maria Sten said he refused to answer the panel's questions.",
            ],
            "Olaf Berg",
        ),
        (
            [
                "Olaf Berg met the panel on Monday.",
                "Berg's lawyer said he would refuse to testify.",
            ],
            "Olaf Berg",
        ),
    ],
)
def test_a_pronoun_that_cannot_be_the_speaker(extract, paragraphs, refuser):
    rejects = [m for m in extract(*paragraphs).all_moves if m.type == "reject"]
    assert [m.actor for m in rejects] == [refuser]


@pytest.mark.parametrize(
    "paragraphs, actor",
    [
        # "its negotiators", "their members": the body the pronoun stands for, as the subject of a
        # move and as the speaker
        (
            [
                "Finland took a different line.",
                "Its negotiators tabled a draft that would set a cap.",
            ],
            "Finland",
        ),
        (
            ["The Tern Dock Union met on Monday.", "Its negotiators said they want a raise of 4%."],
            "Tern Dock Union",
        ),
    ],
)
def test_a_bodys_agents_after_its_are_that_body(extract, paragraphs, actor):
    ex = extract(*paragraphs)
    assert [m.actor for m in ex.demands + ex.proposals] == [actor]
    assert all(q.speaker == actor for q in ex.quotes)


def test_it_after_a_body_named_by_its_noun_is_that_body(extract):
    # the subject is a body's noun no name resolves; an actor in its relative clause is no
    # antecedent of "it"
    ex = extract(
        "The bondholder committee, whose members include several large US asset managers, said "
        "the haircut should be no more than 25 per cent. It also called for a bonus for early "
        "signers."
    )
    bonus = [m for m in ex.demands if m.text == "a bonus for early signers"]
    assert [m.actor for m in bonus] == ["The bondholder committee"]


def test_a_subject_after_said_that_is_no_object(extract):
    # "added that the company would …": the company is the subject of the clause, and "its" after
    # it is the company's
    ex = extract(
        "Talks between Norvik Airways and the Norvik Pilots Association resumed on Monday.",
        "She added that the company would improve its pay offer of 7% over three years.",
    )
    assert [(m.actor, m.type) for m in ex.proposals] == [("Norvik Airways", "proposal")]


@pytest.mark.parametrize(
    "sentence, actor, text",
    [
        # a group, then a participle and its object (a reduced relative clause): the group is the
        # subject, not a name inside the phrase
        (
            "Rebels fighting Norland's government on Tuesday demanded that army units pull back.",
            "Rebels",
            "army units pull back",
        ),
        ("Unions representing 3,000 nurses want a raise of 4%.", "Unions", "a raise of 4%"),
        (
            "NAIROBI, May 4 - Farmers protesting the diesel tax are demanding a full refund.",
            "Farmers",
            "a full refund",
        ),
    ],
)
def test_a_group_with_a_participle_phrase_is_the_subject(extract, sentence, actor, text):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.demands] == [(actor, text)]


def test_rejected_one_thing_and_put_forward_another(extract):
    # "and" owns nothing after a possessive ("the government's offer and"), and a past verb with
    # its object after "and" is a second predicate, not a second thing rejected
    ex = extract(
        "A group of creditors holding a third of Norland's bonds has rejected the government's "
        "offer and put forward a counterproposal that would link repayments to exports."
    )
    assert [(m.type, m.actor, m.text) for m in ex.all_moves] == [
        ("proposal", "A group of creditors", "link repayments to exports"),
        ("reject", "A group of creditors", "the government's offer"),
    ]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a description, then the body's name in apposition: the name is the subject, with "the"
        # before it or a plural possessive inside the description
        (
            (
                "The studios' bargaining group, the Alliance of Film Makers, countered with a "
                "framework under which a performer would consent once."
            ),
            "Alliance of Film Makers",
        ),
        ("The owner, the Oslo-based Tern Tankers, has offered a bonus of $500.", "Tern Tankers"),
        # a name's possessive as the description's determiner; "Management" heads a company name
        (
            "NorMart's largest shareholder, Tervo Funds Management, has offered a bonus of $500.",
            "Tervo Funds Management",
        ),
        ("The lender, Aska Capital, has offered a bonus of $500.", "Aska Capital"),
    ],
)
def test_a_name_in_apposition_after_a_description_is_the_subject(extract, sentence, actor):
    assert [m.actor for m in extract(sentence).proposals] == [actor]


def test_the_city_in_what_a_document_says_is_the_city(extract):
    # the speaker's side ("the city" in what the mayor said) needs a person speaking; when a
    # document is the source, the city stands as written
    ex = extract(
        "In exchange, the city wants the team to sign a 30-year lease, according to the "
        "four-page document released by the mayor's office."
    )
    assert [(m.actor, m.text) for m in ex.demands] == [("The city", "sign a 30-year lease")]


def test_a_body_noun_after_three_plain_modifiers_is_one_description(extract):
    ex = extract(
        "The ad hoc bondholder committee, whose members include several US funds, said the "
        "haircut should be no more than 25 per cent. It also called for a bonus for early signers."
    )
    assert {m.actor for m in ex.demands} == {"The ad hoc bondholder committee"}


@pytest.mark.parametrize(
    "paragraphs, actor, actor_id",
    [
        # "They" opening a sentence: the group opening the sentence before (its subject), not a
        # name after the verb there
        (
            [
                "The three Nordic powers have circulated a draft that would find Iran in breach.",
                "They want Tehran to explain the missing uranium.",
            ],
            "The three Nordic powers",
            None,
        ),
        # an apposition that names the group gives its party
        (
            ["Five Gulf states, known as the Gulf Cooperation Council, want a truce."],
            "Five Gulf states",
            "gulf-cooperation-council",
        ),
    ],
)
def test_they_after_a_group_opening_the_sentence_before(extract, paragraphs, actor, actor_id):
    ex = extract(*paragraphs)
    assert [(m.actor, m.actor_id) for m in ex.demands] == [(actor, actor_id)]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an indefinite person noun phrase no name stands for is the subject as written
        (
            ["A federal mediator has suggested a 30-day cooling-off period."],
            [("proposal", "A federal mediator", "a 30-day cooling-off period")],
        ),
        (
            ["Separately, a senior official demanded a truce."],
            [("demand", "A senior official", "a truce")],
        ),
        # "the official" refers back: no one named as that, no move
        (["Olav Berg met the panel.", "The official demanded a truce."], []),
    ],
)
def test_an_unnamed_person_as_written(extract, paragraphs, expected):
    ex = extract(*paragraphs)
    assert [(m.type, m.actor, m.text) for m in ex.demands + ex.proposals] == expected


def test_a_present_cue_after_comma_and_is_a_second_move(extract):
    ex = extract(
        "The bloc also insists that payments take the form of grants, and wants direct access "
        "for local communities."
    )
    assert [m.text for m in ex.demands] == [
        "payments take the form of grants",
        "direct access for local communities",
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a place no list knows after the subject is no part of the verb's gap
        (
            "The government in Port Celine last month offered to swap the bonds.",
            [("proposal", "The government", "swap the bonds")],
        ),
        (
            "The union in Bergen offered to swap the bonds.",
            [("proposal", "The union", "swap the bonds")],
        ),
        # a relative clause whose subject is a possessive noun phrase ("the team's owners")
        (
            (
                "Ostra Copper Corp offered $180 million, well under half of the $400 million the "
                "team's owners have sought."
            ),
            [
                ("demand", "The team's owners", "the $400 million"),
                ("proposal", "Ostra Copper Corp", "$180 million"),
            ],
        ),
    ],
)
def test_places_and_relatives_of_subjects(extract, sentence, expected):
    ex = extract(sentence)
    assert [(m.type, m.actor, m.text) for m in ex.demands + ex.proposals] == expected


def test_a_document_that_proposes_is_its_producers(extract):
    # as "a draft that calls for …": the producer's proposal (the document is the noun right
    # before "that", not a determiner's phrase before it: "the club a draft")
    ex = extract("Mayor Ana Berg sent the club a draft that proposes a joint patrol.")
    items = {(m.actor, m.text) for m in ex.proposals}
    assert ("Ana Berg", "a joint patrol") in items
    assert not any(t.startswith("the club") for _, t in items), items


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a document named as an object does not take "it" from the body before it
        (
            ["The Tern Dock Union rejected the deal on Monday. It wants a raise of 5%."],
            [("Tern Dock Union", "a raise of 5%")],
        ),
        # one heading a sentence's subject does: what "it" calls for is the document's
        (
            [
                "The Tern Dock Union met on Monday.",
                "The accord was signed in 2019. It called for joint patrols.",
            ],
            [],
        ),
    ],
)
def test_it_after_a_document_named_as_an_object(extract, paragraphs, expected):
    assert [(m.actor, m.text) for m in extract(*paragraphs).demands] == expected


@pytest.mark.parametrize(
    "sentence, actor, actor_id, text",
    [
        # an adverb among the auxiliaries ("was instead pressing for")
        (
            "Norway was instead pressing for a delay of three years.",
            "Norway",
            "norway",
            "a delay of three years",
        ),
        # a group in a clause of its own after ", as", its head a political noun
        (
            (
                "Leaders met on Tuesday, as a bloc of House conservatives insisted that any "
                "stopgap bill include $8 billion for border enforcement."
            ),
            "A bloc of House conservatives",
            None,
            "any stopgap bill include $8 billion for border enforcement",
        ),
        # "led by" in an apposition gives the group's party
        (
            "Farm unions, led by the Tern Dock Union, urged Congress to guarantee back pay.",
            "Farm unions",
            "tern-dock-union",
            "guarantee back pay",
        ),
    ],
)
def test_adverbs_clauses_and_leaders_of_groups(extract, sentence, actor, actor_id, text):
    ex = extract(sentence)
    assert [(m.actor, m.actor_id, m.text) for m in ex.demands] == [(actor, actor_id, text)]


def test_a_wh_word_opens_no_group(extract):
    # a pseudo-cleft ("What our members want first is …") is no group as subject
    ex = extract("What our members want first is a raise of 5%.")
    assert not any(m.actor.lower().startswith("what") for m in ex.all_moves)


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a second verb after ", and" shares the sentence's subject after an opening adverbial,
        # a possessive phrase too
        (
            (
                "In a statement, the rebel group's central command demanded a truce, and asked "
                "that the Red Cross collect the captives."
            ),
            "the rebel group's central command",
        ),
        (
            (
                "In a statement, the Tern Dock Union demanded a truce, and asked that the Red "
                "Cross collect the captives."
            ),
            "Tern Dock Union",
        ),
    ],
)
def test_a_coordinated_verb_after_an_opener_shares_the_subject(extract, sentence, actor):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.demands] == [
        (actor, "a truce"),
        (actor, "the Red Cross collect the captives"),
    ]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # "According to X, Y demanded …": X is the source, Y the actor (no "X, Y" pair)
        ("According to Sweden, Norway has demanded a new quota.", "Norway"),
        ("In a letter to Sweden, Norway demanded a new quota.", "Norway"),
        # a list with "and" is still a coordinated subject, its last two named
        ("Britain, France and Germany demanded a new quota.", "France"),
    ],
)
def test_a_name_before_a_comma_is_no_coordinated_subject(extract, sentence, actor):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.demands] == [(actor, "a new quota")]


@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        # "his country", "her party": the side of the person the pronoun stands for
        (
            ["Per Lund of Norway said his country wants a new quota."],
            "demands",
            [("Norway", "a new quota")],
        ),
        (
            ["Maria Roca met Per Lund of Norway.", "He said his government wants a new quota."],
            "demands",
            [("Norway", "a new quota")],
        ),
        # ... the person, when their side is not named
        (
            ["Per Lund said his party is ready to cut the quota."],
            "proposals",
            [("Per Lund", "cut the quota")],
        ),
    ],
)
def test_a_persons_own_side(extract, paragraphs, kind, expected):
    assert [(m.actor, m.text) for m in getattr(extract(*paragraphs), kind)] == expected


@pytest.mark.parametrize(
    "sentence, kind, expected",
    [
        # an unnamed group opening the sentence moves in the slot frames too ("want to V")
        ("Nurses want to cut the rota.", "demands", [("Nurses", "cut the rota")]),
        # a plural in -ees heads a group of people; "fees" does not
        ("Franchisees want a freeze on fees.", "demands", [("Franchisees", "a freeze on fees")]),
        ("Fees want a raise.", "demands", []),
        # after "offered to" the verb's object is no recipient of what is offered
        (
            "Norway offered to free four prisoners not charged with killings.",
            "proposals",
            [("Norway", "free four prisoners not charged with killings")],
        ),
    ],
)
def test_groups_opening_a_sentence_and_objects_after_to(extract, sentence, kind, expected):
    assert [(m.actor, m.text) for m in getattr(extract(sentence), kind)] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "the delegation" stands for a description naming a delegation before
        (
            [
                "Oslo's delegation insisted that the rebels disarm first.",
                "The delegation also tabled a plan to halt the shelling.",
            ],
            [("Oslo's delegation", "a plan to halt the shelling")],
        ),
        # ... not for any party named before: two delegations meet in most talks
        (
            [
                "Norway and Sweden met in Oslo.",
                "The delegation tabled a plan to halt the shelling.",
            ],
            [],
        ),
    ],
)
def test_the_delegation_stands_for_a_delegation_named_before(extract, paragraphs, expected):
    assert [(m.actor, m.text) for m in extract(*paragraphs).proposals] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "the government" with no "… Government" named: the one state named before in the sentence
        (
            "A spokesman for Norway said the government was ready to drop the levy.",
            [("Norway", "drop the levy")],
        ),
        (
            "Per Lund of Norway said the government was ready to drop the levy.",
            [("Norway", "drop the levy")],
        ),
        # ... none when two are named: whose government it is is not said
        ("Norway told Sweden that the government was ready to drop the levy.", []),
    ],
)
def test_the_government_of_the_state_named_in_the_sentence(extract, sentence, expected):
    assert [(m.actor, m.text) for m in extract(sentence).proposals] == expected


def test_the_union_is_no_company_named_before(extract):
    # "the union" with no union named: not the company, the other side of a labour dispute
    ex = extract(
        "Ostra Lines, which employs 400 crew, said the union's demand for 5% would cost jobs."
    )
    assert [(m.actor, m.text) for m in ex.demands] == [("the union", "5%")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "X said S and V-ed …": a past verb after "and" cannot share the modal or present verb of
        # the reported clause, so it is the speaker's own
        (
            "Per Lund, the union's leader, said the firm would not budge and demanded a pay rise.",
            [("Per Lund", "a pay rise")],
        ),
        (
            "Karin Lindqvist told reporters the board is unwilling and called for a ballot.",
            [("Karin Lindqvist", "a ballot")],
        ),
        (
            "Per Lund, the union's leader, says the firm will not move and calls for a strike.",
            [("Per Lund", "a strike")],
        ),
        # ... not when the clause's own subject may share the verb ("had stalled and (had)
        # demanded")
        (
            "Per Lund, the union's leader, said Ostra Lines had stalled and demanded a pay rise.",
            [("Ostra Lines", "a pay rise")],
        ),
    ],
)
def test_a_second_verb_of_the_speaker_after_a_reported_clause(extract, sentence, expected):
    assert [(m.actor, m.text) for m in extract(sentence).demands] == expected


def test_she_after_a_name_with_an_apposed_description(extract):
    # "X, a Swedish diplomat, …. She proposed …": the diplomat is X, not a second person
    ex = extract(
        "Karin Lindqvist, a Swedish diplomat, said the talks were useful.",
        "She proposed that the next round be held in Oslo.",
    )
    assert [(m.actor, m.text) for m in ex.proposals] == [
        ("Karin Lindqvist", "the next round be held in Oslo")
    ]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a noun describing a company ("the airline", "the firm", "the carrier") stands for the
        # company named before, as "the company" does
        (
            ["Aurelia Airways met the pilots on Monday.", "The airline offered a 3% raise."],
            [("Aurelia Airways", "a 3% raise")],
        ),
        (
            ["Ostra Lines met the crews on Monday.", "The firm offered a 3% raise."],
            [("Ostra Lines", "a 3% raise")],
        ),
        # ... and for no union named before
        (
            ["The Tern Dock Union met on Monday.", "The firm offered a 3% raise."],
            [("The firm", "a 3% raise")],
        ),
    ],
)
def test_a_company_noun_stands_for_the_company_named_before(extract, paragraphs, expected):
    assert [(m.actor, m.text) for m in extract(*paragraphs).proposals] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a body named for the people it speaks for is a union, whatever its head noun; "the
        # union" stands for it however far back it was named, not for the employer named last
        (
            [
                "The Ostra Teachers Alliance struck on Monday against the Ostra School District.",
                "Classes were cancelled across the city. " * 40,
                "The union wants smaller classes.",
            ],
            [("Ostra Teachers Alliance", "smaller classes")],
        ),
        # "the teachers" are the teachers' union named before
        (
            [
                "The Ostra Teachers Alliance struck on Monday against the Ostra School District.",
                "The teachers also insisted that any settlement restore planning time.",
            ],
            [("The teachers", "any settlement restore planning time", "ostra-teachers-alliance")],
        ),
    ],
)
def test_a_union_named_for_its_workers(extract, paragraphs, expected):
    got = [(m.actor, m.text, m.actor_id) for m in extract(*paragraphs).demands]
    assert [g[: len(e)] for g, e in zip(got, expected, strict=True)] == expected


def test_a_bare_date_is_no_content(extract):
    ex = extract(
        "The Ostra Teachers Alliance met the board.",
        "Ana Ruiz said the board had not answered a counter-offer the union submitted Sunday.",
    )
    assert [m.text for m in ex.proposals] == []


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "… Resources", "… Minerals" name companies; "the company" stands for one named so
        (
            ["Kestrel Ridge Resources met the elders.", "The company offered to fund a clinic."],
            [("Kestrel Ridge Resources", "fund a clinic")],
        ),
        (
            ["Northgate Minerals met the elders.", "The company offered to fund a clinic."],
            [("Northgate Minerals", "fund a clinic")],
        ),
        # "the corporation": a body named "… Corporation"
        (
            ["Talks with the Yarra Land Corporation resumed.", "The corporation offered a lease."],
            [("Yarra Land Corporation", "a lease")],
        ),
    ],
)
def test_company_names_and_the_corporation(extract, paragraphs, expected):
    assert [(m.actor, m.text) for m in extract(*paragraphs).proposals] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "X issued a statement calling for …": the statement's cue is its issuer's
        (
            "The Tern Dock Union issued a statement calling for a levy on shipping.",
            [("Tern Dock Union", "a levy on shipping")],
        ),
        (
            "The Tern Dock Union sent an open letter urging Ostra Lines to restore the bonus.",
            [("Tern Dock Union", "restore the bonus")],
        ),
        # ... not a statement someone else put out that is rejected
        ("Ostra Lines rejected a statement calling for a levy.", []),
    ],
)
def test_a_statement_put_out_is_its_issuers(extract, sentence, expected):
    assert [(m.actor, m.text) for m in extract(sentence).demands] == expected


def test_a_companys_first_word_is_its_short_name(extract):
    # "Kestrel" after "Kestrel Ridge Resources": the company, not a second body
    ex = extract(
        "Talks with Kestrel Ridge Resources stalled on Monday.",
        "Kestrel offered to fund a clinic.",
    )
    assert [(m.actor, m.text) for m in ex.proposals] == [
        ("Kestrel Ridge Resources", "fund a clinic")
    ]
    assert "Kestrel" not in {a.name for a in ex.actors}


@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        # a government's portfolio between a people's word and a body noun: the state
        (
            ["The Danish finance ministry urged both sides to resume talks."],
            "demands",
            [("denmark", "resume talks")],
        ),
        (
            ["Chinese commerce ministry officials demanded an end to the levies."],
            "demands",
            [("china", "an end to the levies")],
        ),
        # "The offer, tabled by Canadian negotiators in Washington, would …": the by-agent's people
        # word names the maker, not the place named after it
        (
            [
                "Canada and the United States met again.",
                (
                    "The offer, tabled by Canadian negotiators in Washington last week, would cap "
                    "exports at a third of the market."
                ),
            ],
            "proposals",
            [("canada", "cap exports at a third of the market")],
        ),
    ],
)
def test_a_peoples_word_names_the_state(extract, paragraphs, kind, expected):
    ex = extract(*paragraphs)
    assert [(m.actor_id, m.text) for m in getattr(ex, kind)] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "I would urge …", "we would call on …": a speaker's polite way of asking now
        (
            ['"I would urge the union to call off this strike," said Mara Holt.'],
            [("Mara Holt", "call off this strike")],
        ),
        # a phrasal verb and its particle open a second thing asked
        (
            ['"We would urge the union to end the strike and come back to the table," Holt said.'],
            [("Holt", "end the strike"), ("Holt", "come back to the table")],
        ),
        # "the department", "the authority": the body named so before, or as written
        (
            [
                "The Department of Fisheries met the crews.",
                "The department called on trawlers to respect the quota.",
            ],
            [("Department of Fisheries", "respect the quota")],
        ),
        (
            ["The authority called on drivers to return to work."],
            [("The authority", "return to work")],
        ),
    ],
)
def test_would_urge_and_bodies_named_by_their_noun(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # agents of a body no list names are named with it
        (
            ["Members of the ruling bloc have insisted that any cut be matched by a pledge."],
            [("Members of the ruling bloc", "any cut be matched by a pledge")],
        ),
        # a body named by its noun is shown with those it is made of
        (
            [
                "The steering committee of creditors rejected the plan.",
                "It wants a haircut of no more than 10%.",
            ],
            [("The steering committee of creditors", "a haircut of no more than 10%")],
        ),
    ],
)
def test_unnamed_bodies_are_shown_with_what_they_are_made_of(extract, paragraphs, expected):
    assert _moves(extract(*paragraphs)) == expected


def test_a_party_named_before_its_lower_case_head_is_known_without_it(extract):
    ex = extract("The D77 party insisted that any cabinet keep the climate goals.")
    assert [(a.name, a.aliases) for a in ex.actors] == [("D77 party", ("D77",))]


@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        # "it" after a side rejected a document is the side, whatever the verb after it
        (
            ["The Tern Dock Union rejected the plan.", "It offered a truce."],
            "proposals",
            [("Tern Dock Union", "a truce")],
        ),
        # a body's noun as a plural of its own: "the agencies", "the authorities"
        (["The agencies have offered a 3% raise."], "proposals", [("The agencies", "a 3% raise")]),
        # "the chamber" refers back to one named before, or stands as written
        (
            ["The chamber wants any limit to be reviewed every year."],
            "demands",
            [("The chamber", "any limit to be reviewed every year")],
        ),
    ],
)
def test_it_after_a_rejection_and_plural_bodies(extract, paragraphs, kind, expected):
    assert _moves(extract(*paragraphs), kind) == expected


@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        # "the army" stands as written where no description names one before
        (["The army offered a truce."], "proposals", [("The army", "a truce")]),
        (
            ["Sudan's army offered a truce.", "The army also wants talks in Oslo."],
            "demands",
            [("Sudan's army", "talks in Oslo")],
        ),
        # an offer and "alongside" what else it holds, after a comma
        (
            ["The Tern Dock Union offered a 4% rise, alongside a one-off bonus of $900."],
            "proposals",
            [("Tern Dock Union", "a 4% rise"), ("Tern Dock Union", "a one-off bonus of $900")],
        ),
        # a lobby in apposition names a body
        (
            ["Norvik, the employers' lobby, asked the port to cut its fees."],
            "demands",
            [("Norvik", "cut its fees")],
        ),
    ],
)
def test_the_army_as_written_alongside_and_a_lobby(extract, paragraphs, kind, expected):
    assert _moves(extract(*paragraphs), kind) == expected


@pytest.mark.parametrize(
    "paragraphs, kind, expected",
    [
        # a body an apposition calls by a noun is what "the NOUN" stands for later
        (
            [
                "Tascon, the national steel chamber, says exports fell.",
                "The chamber wants a quota.",
            ],
            "demands",
            [("Tascon", "a quota")],
        ),
        # "the union" is no public body named before
        (
            [
                "The National Labour Relations Commission met on Monday.",
                "The union is demanding a monthly pay rise of 5%.",
            ],
            "demands",
            [("The union", "a monthly pay rise of 5%")],
        ),
    ],
)
def test_apposed_nouns_and_public_bodies(extract, paragraphs, kind, expected):
    assert _moves(extract(*paragraphs), kind) == expected


def test_they_after_a_pair_named_with_an_article_is_both(extract):
    ex = extract(
        "The Tern Dock Union and the Ostra Pilots Guild called on the port to halt the closure.",
        "They also want a guarantee of no forced redundancies.",
    )
    assert [(m.actors, m.text) for m in ex.demands][-1] == (
        ("tern-dock-union", "ostra-pilots-guild"),
        "a guarantee of no forced redundancies",
    )


def test_they_after_an_opening_phrase_is_the_group_before(extract):
    # the group opens its sentence after a day; "they" follows an opening phrase
    ex = extract(
        "On Tuesday the tribes put forward a compact.",
        "In exchange, they want the sole right to run sports betting.",
    )
    assert [(m.actor, m.text) for m in ex.demands] == [
        ("The tribes", "the sole right to run sports betting")
    ]


def test_a_noun_taking_an_infinitive_is_the_thing_wanted(extract):
    ex = extract("The Tern Dock Union wants the sole right to run the ferry terminal.")
    assert [m.text for m in ex.demands] == ["the sole right to run the ferry terminal"]
