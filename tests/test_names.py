"""People's names as news copy writes them: invented sentences only."""

import pytest
from conftest import check_speakers


# A middle initial is part of the name ("Karen T. Olsen"); only a longer all-capitals word is an
# acronym that keeps a run from being a person.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["“We will not move,” said Karen T. Olsen, a steward at the depot."],
            "We will not move",
            "Karen T. Olsen",
        ),
        (
            ["“No deal tonight,” said Sen. Mark J. Vedder (R-Ohio)."],
            "No deal tonight",
            "Mark J. Vedder",
        ),
        (
            ["Paul B. Okoro, the port's director, said the cranes would stop on Monday."],
            "the cranes would stop",
            "Paul B. Okoro",
        ),
    ],
)
def test_a_middle_initial_stays_in_the_name(extract, paragraphs, text, speaker):
    ex = extract(*paragraphs)
    check_speakers(ex, text, [speaker])
    assert speaker in {a.name for a in ex.actors if a.type == "person"}


def test_an_acronym_in_a_run_is_not_a_person(extract):
    ex = extract("The NBTA Harbour Fund said it would pay.")
    assert not [a for a in ex.actors if a.type == "person"], [a.name for a in ex.actors]


# Evidence that a name no list knows is a person: an apposition without an article (", labour
# economics professor at …"), a role noun right before it ("economist Ada Rowe"), a known body's
# possessive right before it ("NBC's Dante Ruiz").
@pytest.mark.parametrize(
    "paragraphs, name, role",
    [
        (
            [
                (
                    "Ysolde Brekk, maritime law professor at Tromsø College, called the wage "
                    "offer a start."
                )
            ],
            "Ysolde Brekk",
            "professor",
        ),
        (
            [
                (
                    "Veteran economist Aparna Rowe, who tracks freight rates, said the ferry "
                    "deal left gaps."
                )
            ],
            "Aparna Rowe",
            "economist",
        ),
        (
            ["The ferry talks have gone nowhere since May, noted NBC's Dorin Vasque."],
            "Dorin Vasque",
            None,
        ),
    ],
)
def test_evidence_that_an_unknown_name_is_a_person(extract, paragraphs, name, role):
    people = {a.name: a.role for a in extract(*paragraphs).actors if a.type == "person"}
    assert name in people and people[name] == role, people


# "she said" after "X aide Y said …": the subject of the last speech verb, not the person named
# as the aide's employer before it.
def test_a_pronoun_goes_to_the_subject_of_the_last_speech_verb(extract):
    ex = extract(
        "Mayor Lena Voss opened the session.",
        "Voss aide Jennifer Alvarez said the offer was an insult. “We will not sign this,” "
        "she said.",
    )
    check_speakers(ex, "We will not", ["Jennifer Alvarez"])


# A description apposed to a name ("Karin Lindqvist, a Swedish diplomat, …") is that person: a
# later "she" stands for the name, and the person is not shown as a second, unnamed speaker.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                "Karin Lindqvist, a Swedish diplomat, chaired the talks.",
                "“Both sides came to listen,” she said.",
            ],
            "Both sides came",
            "Karin Lindqvist",
        ),
        (
            [
                "Tomas Berg, a Norwegian envoy, opened the session.",
                "“Nobody leaves before Friday,” he told reporters.",
            ],
            "Nobody leaves",
            "Tomas Berg",
        ),
    ],
)
def test_a_pronoun_after_a_name_and_its_apposed_description(extract, paragraphs, text, speaker):
    check_speakers(extract(*paragraphs), text, [speaker])


# Names and titles as copy runs them together.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        # initials written without a space stay one name
        (
            ["“The dockers deserve better,” said Rep. T.J. Marlow, who chairs the ports panel."],
            "The dockers deserve better",
            "T.J. Marlow",
        ),
        # a title after an acronym starts the person, even when another title came first
        (
            [
                (
                    "Interim NFU Chairwoman Donna Kessler told members on Sunday that "
                    "bargaining had restarted."
                )
            ],
            "bargaining had restarted",
            "Donna Kessler",
        ),
        # stacked appositions both belong to the name before them, not to a country named inside one
        (
            [
                (
                    "Jean-Marc Aubert, the fisheries minister of Norway, a veteran of three "
                    "quota rounds, said the "
                    "Danish catch plan went too far."
                )
            ],
            "the Danish catch plan",
            "Jean-Marc Aubert",
        ),
        # a party label before a name is no part of it, as a title is not
        (["Democrat Ann Berg said the levy was too high."], "the levy was too high", "Ann Berg"),
        (["Republican Ann Berg said the levy was too high."], "the levy was too high", "Ann Berg"),
    ],
)
def test_names_and_titles_run_together(extract, paragraphs, text, speaker):
    check_speakers(extract(*paragraphs), text, [speaker])


# A generation suffix ends a name ("Vann R. Ode II"); a title word as the last word of a name is
# its surname ("Charlie King"), not a title before a name.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                (
                    "“Nobody signs a blank cheque,” Vann R. Ode II, a negotiator for the "
                    "pilots, said on Tuesday."
                )
            ],
            "Nobody signs a blank cheque",
            "Vann R. Ode II",
        ),
        (
            ["“Nobody here believes it,” said Charlie King, a councillor from the valley."],
            "Nobody here believes it",
            "Charlie King",
        ),
    ],
)
def test_suffixes_and_title_words_at_a_names_end(extract, paragraphs, text, speaker):
    ex = extract(*paragraphs)
    check_speakers(ex, text, [speaker])
    assert speaker in {a.name for a in ex.actors if a.type == "person"}


# The given-names list tells "he" from "she": the pronoun skips a person of the other gender.
def test_a_pronoun_skips_a_person_of_the_other_gender(extract):
    ex = extract(
        "Lester Dunn opened the session. Sylvia Marsh, the mediator, listened.",
        "“We are not leaving this room,” he said.",
    )
    check_speakers(ex, "We are not", ["Lester Dunn"])


# The speaker is the head of the subject's noun phrase: a name that modifies it, before it or in
# its prepositional phrase, is not the speaker (though a body before the head is its party).
@pytest.mark.parametrize(
    "paragraphs, text, speaker, speaker_id",
    [
        (
            [
                (
                    "But a Harbour Safety Authority official said on Friday that the tug crews "
                    "would walk out."
                )
            ],
            "the tug crews would walk out",
            "a Harbour Safety Authority official",
            "harbour-safety-authority",
        ),
        (
            [
                (
                    "Lena Voss spoke first. A spokeswoman for Lena Voss says the mayor will "
                    "table a new offer "
                    "by Friday."
                )
            ],
            "the mayor will table",
            "A spokeswoman for Lena Voss",
            None,
        ),
        (
            [
                (
                    "Lena Voss spoke first. The Voss campaign has said the mayor backs the "
                    "dockers' claim."
                )
            ],
            "the mayor backs",
            "The Voss campaign",
            None,
        ),
    ],
)
def test_a_name_modifying_the_subject_is_not_the_speaker(
    extract, paragraphs, text, speaker, speaker_id
):
    check_speakers(
        extract(*paragraphs), text, [(speaker, speaker_id)], key=lambda q: (q.speaker, q.speaker_id)
    )


@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        # a name modifying the head of an apposition is not the one who speaks
        (
            [
                "Lena Voss spoke first.",
                "Rendo, a Voss envoy, said the council would meet the crews halfway.",
            ],
            "the council would meet",
            "Rendo",
        ),
        # after a possessive, the person the noun phrase ends in speaks
        (
            [
                "Lena Voss spoke first.",
                (
                    "Lena Voss’s chief negotiator Robby Hale repeated the point on radio, "
                    "arguing that the port board had walked away first."
                ),
            ],
            "the port board had walked away",
            "Robby Hale",
        ),
    ],
)
def test_the_head_of_the_subject_speaks(extract, paragraphs, text, speaker):
    check_speakers(extract(*paragraphs), text, [speaker])


# Reported clauses: after an explicit "that" the clause may open with a phrase ("noted that at …,
# she …"); an aside set off by commas may stand before "that"; a pair of groups may speak.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                (
                    "Lena Voss spoke first. Voss noted that after the second round, in "
                    "March, the pilots had dropped "
                    "their pay claim."
                )
            ],
            "after the second round",
            "Lena Voss",
        ),
        (
            [
                (
                    "Several mediators warned, as did the ferry company itself, that the "
                    "timetable could slip."
                )
            ],
            "the timetable could slip",
            "Several mediators",
        ),
        (
            ["The pilots' guild and its allies say that the new rota breaks the old agreement."],
            "the new rota breaks",
            "The pilots' guild and its allies",
        ),
    ],
)
def test_reported_clause_shapes(extract, paragraphs, text, speaker):
    check_speakers(extract(*paragraphs), text, [speaker], kind="indirect")


def test_that_before_a_conjunction_opens_no_clause(extract):
    assert not [
        q
        for q in extract("The mayor said that and more at the rally.").quotes
        if q.kind == "indirect"
    ]


# A participle reporting clause inherits its clause's speaker: an unnamed subject of the main verb
# ("Two union lawyers implored her …, arguing that …") or the speaker of the quote it follows.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                (
                    "On the eve of the vote, two union lawyers wrote to the board, arguing "
                    "that the lockout broke "
                    "the contract."
                )
            ],
            "the lockout broke",
            "two union lawyers",
        ),
        (
            [
                (
                    "A labour court judge has turned down the shipowners' appeal, saying the "
                    "strike notice was valid."
                )
            ],
            "the strike notice was valid",
            "A labour court judge",
        ),
        (
            [
                (
                    "“We gave ground on overtime,” Rendo recalled, adding that the crews had "
                    "never asked for more."
                )
            ],
            "the crews had never asked",
            "Rendo",
        ),
    ],
)
def test_a_participle_inherits_its_clauses_speaker(extract, paragraphs, text, speaker):
    check_speakers(extract(*paragraphs), text, [speaker], kind="indirect", any_case=True)


def test_a_participle_of_an_event_reports_nothing(extract):
    assert not list(extract("The ferries stopped on Monday, leaving thousands stranded.").quotes)


# No clause, no reported speech: a place phrase after the verb ("reported from Oslo"), or one word.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz reported from Oslo.",
        "The talks could resume, Ana Ruiz said recently.",
    ],
)
def test_no_clause_no_reported_speech(extract, sentence):
    got = [q.text for q in extract(sentence).quotes if q.kind == "indirect"]
    assert "from Oslo" not in got and "recently" not in got, got


@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        # "according to X" set off by commas inside the sentence, or after a dash at its end
        (
            [
                (
                    "Ferry fares rose by a fifth last year, according to the Harbour Budget "
                    "Office, and freight "
                    "rates followed."
                )
            ],
            "Ferry fares rose",
            "The Harbour Budget Office",
        ),
        (
            [
                (
                    "The night shifts can end in June, according to Ada Berg, head of the "
                    "Pilots Institute, and two "
                    "other mediators."
                )
            ],
            "The night shifts can end",
            "Ada Berg",
        ),
        (
            ["The quota deal is already dead — according to the fishermen's weekly."],
            "The quota deal",
            "The fishermen's weekly",
        ),
    ],
)
def test_according_to_and_they_add(extract, paragraphs, text, speaker):
    check_speakers(extract(*paragraphs), text, [speaker], kind="indirect", any_case=True)


# "A spokesman for the X Federation, Norway's oldest union, said": the spokesman, with the body as
# his party, not the country inside the apposition; a person's aide is not that person.
@pytest.mark.parametrize(
    "paragraphs, text, speaker, speaker_id",
    [
        (
            [
                (
                    "A spokesman for the Pilots Federation, Norway's oldest union, said: “We "
                    "are ready to sail.”"
                )
            ],
            "We are ready to sail",
            "A spokesman for the Pilots Federation",
            "pilots-federation",
        ),
        (
            [
                (
                    "Lena Voss spoke first. A spokeswoman for Lena Voss says the mayor will "
                    "table a new offer."
                )
            ],
            "the mayor will table",
            "A spokeswoman for Lena Voss",
            None,
        ),
    ],
)
def test_the_head_of_a_prepositional_subject_speaks(extract, paragraphs, text, speaker, speaker_id):
    check_speakers(
        extract(*paragraphs), text, [(speaker, speaker_id)], key=lambda q: (q.speaker, q.speaker_id)
    )


def test_name_tokens_are_all_tokens_but_plain_lower_case_words():
    """The scan for names skips plain lower-case words in its pattern; it must find exactly the
    other tokens a token-by-token walk finds (joined words, initials, particles, digits)."""
    from generator.extract.knowledge import load
    from generator.extract.names import runs
    from generator.extract.names import words as name_words

    words = name_words._Words.of(load())
    text = (
        "Liam O'Neill met al-Hassan and Rep. Jo Vik (D-N.Y.) at C2I in well-Known 3M offices; "
        "''Ready,'' said Osama bin Laden's aide, the Secretary of State for Fisheries, "
        "e-Mail x-R 5G."
    )

    def plain(word):
        return (
            word[0].islower()
            and word.rstrip(".").lower() not in words.lower_keep
            and not word.lower().startswith(words.prefixes)
        )

    walk = [
        (m.start(), m.group(0)) for m in name_words._TOKEN.finditer(text) if not plain(m.group(0))
    ]
    found = [(m.start(), m.group(0)) for m in runs._name_tokens(text, 0, len(text), words)]
    assert found == walk


def test_a_body_named_x_of_y_and_z_is_one_name(extract):
    # "of" after a body's head noun goes on with the name, and so does an "and" inside it
    ex = extract("The Harbour Union of Pilots and Allied Crews walked out on Monday.")
    assert "Harbour Union of Pilots and Allied Crews" in [a.name for a in ex.actors]
    ex = extract("Latvia and Estonia met the Dock Union.")
    assert {"Latvia", "Estonia"} <= {a.name for a in ex.actors}


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        # a body's head noun may open its name: "HEAD of X"
        (
            "The Federation of Tern Pilots walked out on Monday.",
            "Federation of Tern Pilots",
            "union",
        ),
        ("Crews of the Guild of Ostra Ferrymen met on Monday.", "Guild of Ostra Ferrymen", "union"),
        (
            "The Union of Highland Movements said it would attend.",
            "Union of Highland Movements",
            "union",
        ),
    ],
)
def test_a_head_noun_opening_a_name_of_x_makes_a_body(extract, sentence, name, kind):
    assert (name, kind) in [(a.name, a.type) for a in extract(sentence).actors]


def test_the_union_of_a_strike_is_not_a_bloc_whose_name_holds_the_word(extract):
    ex = extract(
        "The Federation of Tern Pilots walked out on Monday.",
        "The European Union urged calm.",
        "The union insists that any new pilot boat be crewed by members.",
    )
    assert [(m.actor, m.text) for m in ex.demands if m.cue.startswith("insists")] == [
        ("Federation of Tern Pilots", "any new pilot boat be crewed by members")
    ]


@pytest.mark.parametrize(
    "paragraphs, short, full",
    [
        # a body's name without its head nouns, after the full name: the same body, no person
        (
            ["Crews rejected the offer from Ostra Copper Corp on Monday.", "Ostra Copper said …"],
            "Ostra Copper",
            "Ostra Copper Corp",
        ),
        (
            ["The Tern Harbour Workers Union met on Monday.", "Tern Harbour Workers said no."],
            "Tern Harbour Workers",
            "Tern Harbour Workers Union",
        ),
        # one word only for a company
        (
            ["Crews met Norvik Group on Monday.", "Norvik said it was ready."],
            "Norvik",
            "Norvik Group",
        ),
    ],
)
def test_a_short_form_of_a_body_named_before_is_that_body(extract, paragraphs, short, full):
    ex = extract(*paragraphs)
    names = [a.name for a in ex.actors]
    assert full in names and short not in names, [(a.name, a.type) for a in ex.actors]


@pytest.mark.parametrize(
    "sentence, cue",
    [
        # a body's acronym in parentheses, then a relative clause, before its verb: the body
        ("The Tern Ferry Guild (TFG), which organised the strike, wants a new rota.", "wants"),
        ("The Tern Ferry Guild (TFG) is seeking a new rota.", "seeking"),
    ],
)
def test_an_acronym_in_parentheses_keeps_the_subject(extract, sentence, cue):
    ex = extract(sentence)
    assert [(m.actor, m.cue) for m in ex.demands] == [("Tern Ferry Guild", cue)]


@pytest.mark.parametrize(
    "sentence, name",
    [
        # a number after "Local" or "No." is part of a body's name, and "of X" after it too
        ("Teamsters Local 812 wants a raise of 4%.", "Teamsters Local 812"),
        ("Union No. 4 of Ostra Copper is seeking a bonus of $900.", "Union No. 4 of Ostra Copper"),
        (
            "Tern Transit Union Local 1740, which represents drivers, wants a raise of 4%.",
            "Tern Transit Union Local 1740",
        ),
    ],
)
def test_a_numbered_local_is_one_body(extract, sentence, name):
    ex = extract(sentence)
    assert (name, "union") in [(a.name, a.type) for a in ex.actors]
    assert [m.actor for m in ex.demands] == [name]
    assert len(ex.document.sentences) == 1  # "No." before a number ends no sentence


@pytest.mark.parametrize(
    "sentence, name",
    [
        # a plural possessive inside a body's name, before its head noun
        ("The Tern Players' Union wants a raise of 4%.", "Tern Players' Union"),
        ("The Ostra Dock Workers’ Union wants a raise of 4%.", "Ostra Dock Workers’ Union"),
        # "HEAD for X" as "HEAD of X"
        ("The Department for Ferries wants a raise of 4%.", "Department for Ferries"),
        # a long relative clause, thousands marks in it, between a body and its verb
        (
            (
                "The Tern Dock Union, which represents about 2,300 of the port's roughly 3,100 "
                "permanent workers, wants a raise of 4%."
            ),
            "Tern Dock Union",
        ),
    ],
)
def test_bodies_and_the_verbs_they_head(extract, sentence, name):
    ex = extract(sentence)
    assert [(m.actor, m.text) for m in ex.demands] == [(name, "a raise of 4%")]


def test_a_plural_possessive_before_a_person_joins_no_name(extract):
    ex = extract("The Tern Liberals' Anja Reimers said no.")
    names = [a.name for a in ex.actors]
    assert "Anja Reimers" in names and not any("'" in n for n in names), names


def test_its_body_noun_is_the_body_its_stands_for(extract):
    ex = extract(
        "Kazakhstan has asked to join the talks.", "Its foreign ministry wants a seat at the table."
    )
    seat = [m for m in ex.demands if m.text == "a seat at the table"]
    assert [(m.actor, m.actor_id) for m in seat] == [
        ("Kazakhstan’s foreign ministry", "kazakhstan")
    ]


def test_its_person_noun_is_the_person_in_apposition(extract):
    ex = extract(
        "The Tern Ferry Guild met on Monday.",
        "Its general secretary, Mara Holt, insisted that the port rehire the crews.",
    )
    assert [m.actor for m in ex.demands] == ["Mara Holt"]


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        # a place or body and a participle before a name ("Bergen-based", "Kremlin-backed") say
        # where the body is or who backs it: no part of its name, and its short form is the body
        (
            [
                "The owner, Bergen-based Orsund Shipping, has offered a bonus of $500.",
                "Orsund has refused to raise its offer unless the crew is freed, a source said.",
            ],
            "Orsund Shipping",
        ),
        (["The Kremlin-backed Unity Front wants a truce."], "Unity Front"),
        (["Texas-based Halvard Shipping wants a royalty of 5%."], "Halvard Shipping"),
    ],
)
def test_a_participle_modifier_is_no_part_of_a_name(extract, paragraphs, name):
    ex = extract(*paragraphs)
    names = [a.name for a in ex.actors]
    assert name in names and not any("-" in n for n in names), names
    assert all(m.actor == name for m in ex.all_moves), [(m.actor, m.text) for m in ex.all_moves]


@pytest.mark.parametrize(
    "sentence, name",
    [
        # "&" between capitalised words keeps one name, with a head noun or after a description
        ("Cobb & Dale Hardware wants a royalty of 5%.", "Cobb & Dale Hardware"),
        (
            "The hardware co-operative Cobb Timber & Tools wants a royalty of 5%.",
            "Cobb Timber & Tools",
        ),
        ("The dairy cooperative Norda Melk wants a royalty of 5%.", "Norda Melk"),
    ],
)
def test_a_name_with_an_ampersand_or_after_a_cooperative_is_one_body(extract, sentence, name):
    ex = extract(sentence)
    assert [m.actor for m in ex.demands] == [name]


@pytest.mark.parametrize(
    "paragraphs, actor_id",
    [
        # people who act for a body (`agent_nouns`), then "in / from / of / for" and the body: the
        # body's side
        (["Talks resumed.", "The authorities in Kabul want a prisoner swap."], "afghanistan"),
        (
            ["Talks resumed.", "Senior officials from the Tern Dock Union want a raise of 4%."],
            "tern-dock-union",
        ),
        # not those who only work there
        (["Ostra Copper met on Monday.", "Workers at Ostra Copper want a raise of 4%."], None),
    ],
)
def test_agents_of_a_body_named_after_them_are_its_side(extract, paragraphs, actor_id):
    ex = extract(*paragraphs)
    assert [m.actor_id for m in ex.demands] == [actor_id]


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        # a title word, a portfolio, then a one-word title: all of it is the role
        (
            "“We cannot promise rain,” Deputy Energy Minister Pavel Orlov told reporters.",
            "Pavel Orlov",
            "Deputy Energy Minister",
        ),
        (
            "Acting Water Resources Minister Pavel Orlov said the dam was low.",
            "Pavel Orlov",
            "Acting Water Resources Minister",
        ),
        (
            "Former Labour Secretary Anne Boyle said the dam was low.",
            "Anne Boyle",
            "Former Labour Secretary",
        ),
    ],
)
def test_a_portfolio_between_title_words_is_part_of_the_role(extract, sentence, name, role):
    ex = extract(sentence)
    people = [(a.name, a.role) for a in ex.actors if a.type == "person"]
    assert people == [(name, role)]
    assert [q.speaker for q in ex.quotes] == [name]


def test_a_name_whose_surname_stands_alone_later_is_a_person(extract):
    # no given name of the list, no title, no speech verb: the surname alone later shows a person
    ex = extract(
        "The six councillors, led by Deepak Sandhu, want the branches kept open.",
        "Sandhu also moved that the city draw $12 million from its reserve.",
    )
    assert [(a.name, a.type) for a in ex.actors] == [("Deepak Sandhu", "person")]
    assert ("Deepak Sandhu", "the city draw $12 million from its reserve") in [
        (m.actor, m.text) for m in ex.all_moves
    ]


def test_a_body_whose_first_word_stands_alone_later_is_no_person(extract):
    ex = extract("Crews met Norvik Group on Monday.", "Norvik said it was ready to talk.")
    assert [(a.name, a.type) for a in ex.actors] == [("Norvik Group", "company")]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # ", who" after an unknown two-word name: a person, the speaker past the relative clause
        ("Per Lund, who heads the Norwegian delegation, said the talks had stalled.", "Per Lund"),
        ("Per Lund, who leads the talks, said the talks had stalled.", "Per Lund"),
    ],
)
def test_who_after_a_name_makes_a_person(extract, sentence, speaker):
    check_speakers(extract(sentence), "the talks had stalled", [speaker])


def test_a_person_before_who_moves(extract):
    ex = extract("Per Lund, who leads the talks, demanded a new quota.")
    assert [(m.actor, m.text) for m in ex.demands] == [("Per Lund", "a new quota")]


# A body's name may hold "and" after "the", or a title word, when it ends in a body's head word:
# "the Food and Fisheries Organization", "General Motors" (not "General Ana Ruiz").
@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        (
            "The Dock and Harbour Workers Union said the offer was too low.",
            "Dock and Harbour Workers Union",
            "union",
        ),
        (
            "Talks with the Transport and General Workers Union resumed.",
            "Transport and General Workers Union",
            "union",
        ),
        ("General Motors offered the union a raise.", "General Motors", "company"),
        (
            "The Food and Fisheries Organization warned of shortages.",
            "Food and Fisheries Organization",
            "organization",
        ),
    ],
)
def test_a_body_name_with_and_or_a_title_word(extract, sentence, name, kind):
    assert (name, kind) in {(a.name, a.type) for a in extract(sentence).actors}


def test_a_title_before_a_name_is_still_a_title(extract):
    ex = extract("Ostra Lines General Secretary Ana Ruiz said the offer was poor.")
    assert ("Ana Ruiz", "General Secretary") in {(a.name, a.role) for a in ex.actors}
    ex = extract("The deal between France and the European Union was signed.")
    assert {"France", "European Union"} <= {a.name for a in ex.actors}


# A surname with a lower-case particle ("al-Nimr", "el-Sisi") may open a name's run: after a quote
# it names the speaker mentioned before.
def test_a_surname_opening_with_a_particle_names_the_speaker(extract):
    ex = extract(
        "Senior rebel official Khalil al-Nimr said the group wanted more aid.",
        "“We will not hand over our cards,” al-Nimr told reporters.",
    )
    check_speakers(ex, "We will not hand", ["Khalil al-Nimr"])


# A place opening the name of a company, union or coalition is part of that body's name ("Kenya
# Airways", "the Chile Dock Workers Union"), no mention of the place; a ministry named so stays
# the state's.
@pytest.mark.parametrize(
    "sentence, name, kind, actor",
    [
        ("Iceland Airways offered its pilots a raise of 4%.", "Iceland Airways", "company", None),
        (
            "The Chile Dock Workers Union demanded a raise.",
            "Chile Dock Workers Union",
            "union",
            None,
        ),
        (
            "A smaller bloc, the Sweden Coastal Alliance, demanded two seats.",
            "Sweden Coastal Alliance",
            "bloc",
            "Sweden Coastal Alliance",
        ),
    ],
)
def test_a_place_opening_a_bodys_name_is_part_of_it(extract, sentence, name, kind, actor):
    ex = extract(sentence)
    assert (name, kind) in {(a.name, a.type) for a in ex.actors}
    assert [m.actor for m in ex.all_moves] == [actor or name]


@pytest.mark.parametrize(
    "sentence, state",
    [
        # the gazetteer holds the member states of the United Nations, small ones too
        ("Tuvalu demanded a larger share of the fishing licence fees.", "tuvalu"),
        ("Fijian officials proposed a two-year licence.", "fiji"),
        ("Equatorial Guinea rejected the plan for a joint patrol.", "equatorial-guinea"),
    ],
)
def test_small_member_states_are_states(extract, sentence, state):
    ex = extract(sentence)
    assert [m.actor_id for m in ex.all_moves] == [state]
    assert {a.id: a.type for a in ex.actors}[state] == "state"


@pytest.mark.parametrize(
    "paragraphs, name, kind",
    [
        # a place after the "of" of a body's name is part of that name, not an actor of its own
        (
            ["The Dockers Union of Portugal walked out on Monday."],
            "Dockers Union of Portugal",
            "union",
        ),
        (
            ["The Federation of Industries of Ghana wants the tariff cut."],
            "Federation of Industries of Ghana",
            "company",
        ),
        # a body's initials between its name and a lower-case head: the body, named without it
        (["The Verband Lotsen (VL) union called a strike."], "Verband Lotsen", "union"),
        # a name holding the employers it speaks for is the employers' side, whatever its head
        (
            ["The Harbour Employers Association made an offer."],
            "Harbour Employers Association",
            "company",
        ),
        # "of the" inside a body's name after its head, a place after it too
        (
            ["The Association of the Tern Fishing Industry wants the quota raised."],
            "Association of the Tern Fishing Industry",
            "company",
        ),
        (
            ["The Federation of the British Dock Trades wants a raise."],
            "Federation of the British Dock Trades",
            "union",
        ),
        # "Force" heads an armed group's name
        (["The Kivu Defence Force rejected the truce."], "Kivu Defence Force", "armed_group"),
    ],
)
def test_names_of_bodies_with_a_place_initials_or_employers(extract, paragraphs, name, kind):
    ex = extract(*paragraphs)
    assert (name, kind) in [(a.name, a.type) for a in ex.actors], [
        (a.name, a.type) for a in ex.actors
    ]
    assert "Portugal" not in [a.name for a in ex.actors] and "Ghana" not in [
        a.name for a in ex.actors
    ]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "the union" after a union and an employers' body: the union, not the latest body named
        (
            [
                "The Dockers Union of Portugal and the Port Employers Association met on Monday.",
                "The union insists that no terminal be automated without a joint review.",
            ],
            [("Dockers Union of Portugal", "no terminal be automated without a joint review")],
        ),
        # "the front", "the force": the body named "… Front", "… Force" before
        (
            [
                "The Free Hills Front and the army met in Oslo.",
                "The front also wants the army to free its fighters.",
            ],
            [("Free Hills Front", "free its fighters")],
        ),
        (
            [
                "The Kivu Defence Force rejected the plan.",
                "A spokesman said the force also demanded guarantees for its commanders.",
            ],
            [("Kivu Defence Force", "guarantees for its commanders")],
        ),
    ],
)
def test_a_definite_body_noun_is_the_body_of_that_kind(extract, paragraphs, expected):
    ex = extract(*paragraphs)
    assert [(m.actor, m.text) for m in ex.demands] == expected, [
        (m.actor, m.text, m.cue) for m in ex.all_moves
    ]
