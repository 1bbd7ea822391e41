"""Who said it: one table per construction of news prose, on invented sentences only.

Each row is (paragraphs, the start of the quoted or reported text, the speaker expected). The
constructions are the ones attribution rules must hold for on any outlet's copy, not the wording of
any one article.
"""

import pytest
from conftest import items_at


def _speaker_of(ex, text):
    hits = items_at(ex, text)
    assert hits, [(q.kind, q.text[:40], q.speaker) for q in ex.quotes]
    return hits[0].speaker


def _check(extract, paragraphs, text, speaker, any_case: bool = False):
    """The quote or reported clause starting with `text` has `speaker` (`any_case`: a group shown
    as written may keep its lower-case first letter)."""
    ex = extract(*paragraphs)
    got = _speaker_of(ex, text)
    if any_case and got is not None:
        got, speaker = got.lower(), speaker.lower()
    assert got == speaker, [(q.kind, q.text[:40], q.speaker) for q in ex.quotes]


# Wire copy closes double quotes with two apostrophes (’’ or ''); the attribution after them counts.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                (
                    "“We have tried every route,’’ Maria Lopez, president of the dockers' "
                    "union, said in a statement."
                )
            ],
            "We have tried every route",
            "Maria Lopez",
        ),
        (
            ['"We are ready to sail tomorrow,’’ said Peter Hall, a member of the bargaining team.'],
            "We are ready to sail tomorrow",
            "Peter Hall",
        ),
        (["“The offer is final,'' said Anna Berg."], "The offer is final", "Anna Berg"),
    ],
)
def test_double_apostrophe_closes_a_quote(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# An unnamed speaker of any shape speaks as written: a determiner, modifiers, a person noun.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["“Messy,” one port executive said. “And it will get messier.”"],
            "Messy",
            "One port executive",
        ),
        (
            ["“Nothing is agreed yet,” a senior diplomat involved in the talks said."],
            "Nothing is agreed yet",
            "A senior diplomat involved in the talks",
        ),
        (["“They are close,” said another negotiator."], "They are close", "Another negotiator"),
    ],
)
def test_unnamed_speakers(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# A body no list knows speaks as written ("the coalition said", "the letter said"), and is never
# handed to the previous speaker.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                "“We want a vote,” said Tomas Weller.",
                "“We will not sign anything this week,” the coalition said in a statement.",
            ],
            "We will not sign anything this week",
            "The coalition",
        ),
        (
            ["“We want a vote,” said Tomas Weller.", "“This plan is a trap,” the letter said."],
            "This plan is a trap",
            "The letter",
        ),
    ],
)
def test_a_body_no_list_knows_speaks(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# "the + Name" is a body, not a person; "it" stands for a body, never a person.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                "Olga Brekke met the crews.",
                (
                    "The Global Courier said in an editorial that the ministry had "
                    "misjudged the mood. "
                    "“The crews cannot be ignored,” it said."
                ),
            ],
            "The crews cannot be ignored",
            "Global Courier",
        ),
        (
            ["Olga Brekke met the crews on Friday.", "“The crews cannot be ignored,” it said."],
            "The crews cannot be ignored",
            None,
        ),
    ],
)
def test_it_is_a_body_never_a_person(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# The speaker is the subject: not a name after a preposition or inside an apposition.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                (
                    "In a meeting with Olga Brekke, harbour chief Tomas Weller condemned "
                    "the walkout but urged the "
                    "union to show “real flexibility.”"
                )
            ],
            "real flexibility",
            "Tomas Weller",
        ),
        (
            [
                "In a meeting with Olga Brekke, harbour chief Tomas Weller condemned the walkout.",
                "“Nobody gains from a long strike,” he said.",
            ],
            "Nobody gains from a long strike",
            "Tomas Weller",
        ),
        (
            ["Senator Mara Quist, a former Dalton County judge, said the deal was “fragile”."],
            "fragile",
            "Mara Quist",
        ),
        (
            ["Another ministry spokesman, Ivo Santer, earlier said the minister “will not budge.”"],
            "will not budge",
            "Ivo Santer",
        ),
    ],
)
def test_the_subject_speaks(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# A role noun ("the Dutch diplomat", "the official") is the latest speaker that fits it.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                (
                    "“The hour is late,” envoy Kees Maarten told the delegations, urging them "
                    "to “choose peace”."
                ),
                "“The shelling must stop,” the Dutch diplomat said.",
            ],
            "The shelling must stop",
            "Kees Maarten",
        ),
    ],
)
def test_role_nouns_go_to_the_latest_fitting_speaker(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# "both governments", "the two sides" (pair_nouns) stand for the latest two parties named together;
# a quote has one speaker, the first of them
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["Chile and Peru met in Lima on Friday.", "“The quota holds,” both governments said."],
            "The quota holds",
            "Chile",
        ),
        (
            [
                "Talks between Norway and Denmark resumed on Monday.",
                "“We are close to a text,” the two sides said in Oslo.",
            ],
            "We are close to a text",
            "Norway",
        ),
    ],
)
def test_a_pair_noun_speaks_for_the_latest_pair(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


def test_a_pair_noun_with_no_pair_named_stays_as_written(extract):
    ex = extract("Chile sent a team to Lima.", "“The quota holds,” both governments said.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Both governments", "The quota holds")]


# "it said" is the body that spoke last, not the one named nearest; a name inside a quotation is
# never the speaker of the sentence around it.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                (
                    "The Harbour Workers Union said in a statement that the Port Authority "
                    "had misled the crews and "
                    "that the European Union rules allow a strike. “We are not going back,” "
                    "it said."
                )
            ],
            "We are not going back",
            "Harbour Workers Union",
        ),
        (
            [
                (
                    "“The people of Norway are watching,” envoy Kees Maarten told the "
                    "delegates, saying they could "
                    "still “close the gap”."
                )
            ],
            "close the gap",
            "Kees Maarten",
        ),
    ],
)
def test_salience_over_nearness(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# An unnamed subject opening the sentence speaks, with or without a relative clause after it.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                (
                    "A ferry captain who watched the blockade told local radio the harbour was "
                    "“completely shut.”"
                )
            ],
            "completely shut",
            "A ferry captain",
        ),
        (
            ["A senior diplomat said the talks would resume on Friday."],
            "the talks would resume",
            "A senior diplomat",
        ),
        (
            ["Several dock workers said the new rota was unsafe."],
            "the new rota was unsafe",
            "Several dock workers",
        ),
    ],
)
def test_unnamed_subject_opening_the_sentence(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# Reported speech: the verbs of a reporting lexicon in data, attributions after the content, and
# unnamed sources after "according to".
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["Analysts say the ferry operator can no longer delay the vote."],
            "the ferry operator can",
            "Analysts",
        ),
        (
            ["Minister Olga Brekke reckons a deal will be signed by May."],
            "a deal will be signed",
            "Olga Brekke",
        ),
        (
            ["Norway charges that Sweden broke the fishing truce."],
            "Sweden broke the fishing truce",
            "Norway",
        ),
        (
            ["Minister Olga Brekke made clear that the levy will not change."],
            "the levy will not change",
            "Olga Brekke",
        ),
        (
            [
                (
                    "The crossing will reopen in June, said Tomas Weller, a researcher at the "
                    "Harbour Institute."
                )
            ],
            "The crossing will reopen in June",
            "Tomas Weller",
        ),
        (
            [
                (
                    "The ministry is drafting new quotas, according to two officials who have "
                    "read the draft."
                )
            ],
            "The ministry is drafting new quotas",
            "Two officials who have read the draft",
        ),
        (
            ["According to the governor's office, the bridge will open again next week."],
            "the bridge will open again",
            "The governor's office",
        ),
        (
            ["A person close to the bargaining team said the crews would sail within a day."],
            "the crews would sail",
            "A person close to the bargaining team",
        ),
    ],
)
def test_reported_speech_constructions(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


def test_charged_without_that_is_no_speech(extract):
    ex = extract("Police charged the skipper with reckless navigation.")
    assert [q for q in ex.quotes if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's stated aim is a shared pilot service.",
        "The dockers' union's announced cuts will hit the night shift.",
        "Peru's declared goal remains a second pier.",
    ],
)
def test_a_participle_after_a_possessive_is_no_speech(extract, sentence):
    ex = extract(sentence)
    assert [q for q in ex.quotes if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a speech verb's "-s" form with a finite verb right after it is a plural noun, the subject
        ("Small island states demanded a fund for storm damage.", "Small island states"),
        ("Coastal states have called for a ban on drift nets.", "Coastal states"),
    ],
)
def test_an_s_form_before_a_finite_verb_is_a_plural_noun(extract, sentence, actor):
    ex = extract(sentence)
    assert [q for q in ex.quotes if q.kind == "indirect"] == []
    assert [m.actor for m in ex.demands] == [actor]


def test_an_s_form_before_a_clause_is_still_speech(extract):
    ex = extract("The Fishing Ministry states that the nets will be banned.")
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == ["the nets will be banned"]


def test_a_possessive_then_a_clause_is_still_speech(extract):
    # "Chile's stated that …" is "Chile has stated that …"
    ex = extract("Chile's stated that it will not sign the pilot accord.")
    assert [(q.speaker, q.text) for q in ex.quotes if q.kind == "indirect"] == [
        ("Chile", "it will not sign the pilot accord")
    ]


# "he" is the subject of the sentence before, not the person it acted on; "the federation" is the
# body whose name it heads; speech verbs beyond say and tell come from the lexicon.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                "Transport Minister Tomas Weller thanked the Danish mediator after the vote.",
                "“We lost a week on the timetable,” he said.",
            ],
            "We lost a week on the timetable",
            "Tomas Weller",
        ),
        (
            [
                "The Dairy Growers Federation walked out on Monday.",
                "“This is theft,” the federation said.",
            ],
            "This is theft",
            "Dairy Growers Federation",
        ),
        (
            ["“The levy is a scandal,” lamented Senator Olga Brekke."],
            "The levy is a scandal",
            "Olga Brekke",
        ),
        (
            ["“We had the nets out by six,” Minister Tomas Weller recounted at a dinner."],
            "We had the nets out by six",
            "Tomas Weller",
        ),
    ],
)
def test_subject_role_head_and_more_speech_verbs(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


def test_quoted_as_saying_keeps_its_subject(extract):
    ex = extract(
        "Local radio quoted Defence Minister Tomas Weller as telling the cabinet that the harbour "
        "would stay closed."
    )
    assert [q.speaker for q in ex.quotes if q.kind == "indirect"] == ["Tomas Weller"]


def test_a_participle_after_a_partial_quote_gives_no_noun_phrase_speaker(extract):
    ex = extract(
        "Olga Brekke said the ministry “firmly rejects” the new levy, calling it a “tax on fish.”"
    )
    assert {q.speaker for q in ex.quotes if q.kind == "partial"} == {"Olga Brekke"}


# Unnamed groups speak in reported speech: after the content ("…, experts say"), opening the
# sentence without a determiner ("Opposition leaders say …", "Medics said …"), or with one ("Both
# sides agree …").
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["Unions that reject talks often end up at the table, some labour experts say."],
            "Unions that reject talks often end up",
            "some labour experts",
        ),
        (
            ["The plan saves $2 billion over a decade, senior council budget aides said."],
            "The plan saves $2 billion",
            "senior council budget aides",
        ),
        (
            ["Opposition leaders say the ferry board has ignored the vote."],
            "the ferry board has ignored",
            "Opposition leaders",
        ),
        (
            ["Medics said two fishermen were injured in the clash."],
            "two fishermen were injured",
            "Medics",
        ),
        (
            ["Both sides agree that the first round produced nothing."],
            "the first round produced nothing",
            "Both sides",
        ),
        (
            [
                (
                    "Minister Tomas Weller told reporters at a briefing last week that the "
                    "quota would hold."
                )
            ],
            "the quota would hold",
            "Tomas Weller",
        ),
        (
            ["The BBC's Olga Brekke in Oslo says the talks have stalled."],
            "the talks have stalled",
            "Olga Brekke",
        ),
    ],
)
def test_unnamed_groups_in_reported_speech(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker, any_case=True)


def test_a_definite_description_needs_its_party_or_role(extract):
    ex = extract(
        "Secretary of State Mara Quist flew in.",
        "Still, the top American commander in Norway warns that the violence could wreck "
        "the accord.",
    )
    assert [q.speaker for q in ex.quotes if q.kind == "indirect"] == ["The top American commander"]
    ex = extract(
        "Russian President Ivan Petrov met the envoy.", "“We will see,” the Russian leader said."
    )
    assert [q.speaker for q in ex.quotes] == ["Ivan Petrov"]


# The clause after "that" is the content, past a phrase of place or occasion or a comma.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["Olga Brekke says at a rally in Tromso, Norway, that the ferry will keep running."],
            "the ferry will keep running",
            "Olga Brekke",
        ),
        (
            [
                "Transport Minister Tomas Weller spoke last.",
                "He said that, if elected, he would scrap the levy.",
            ],
            "if elected, he would scrap the levy",
            "Tomas Weller",
        ),
        (
            ["Environmentalists said the new quota would empty the fjord."],
            "the new quota would empty",
            "Environmentalists",
        ),
    ],
)
def test_the_clause_after_that(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# Attributions with no referent a list knows still name their speaker as written.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["Haugland said the crew reached the shore at dawn."],
            "the crew reached the shore",
            "Haugland",
        ),
        (
            ["Her skipper said the boat would stay in port."],
            "the boat would stay in port",
            "Her skipper",
        ),
        # a parenthetical attribution: the content is the whole sentence, its subject in the first
        # half
        (
            ["The first step, the agency said in a March report, must be a freeze on the levy."],
            "The first step, the agency said",
            "The agency",
        ),
    ],
)
def test_speakers_as_written(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# A surname after a quote speaks; it is the person named so earlier, if any.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["Senator Olga Brekke spoke at the harbour.", "“Who pays for the nets?” Brekke asked."],
            "Who pays for the nets?",
            "Olga Brekke",
        ),
        (["“The rota is unsafe,” Haugland said."], "The rota is unsafe", "Haugland"),
        (["“The rota is unsafe,” said Haugland."], "The rota is unsafe", "Haugland"),
    ],
)
def test_a_surname_after_the_quote(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["But critics say the levy money could be better spent."],
            "the levy money could",
            "critics",
        ),
        (
            ["Skippers and dealers in Bergen say the quota has ruined the season."],
            "the quota has ruined",
            "Skippers and dealers in Bergen",
        ),
        (
            [
                (
                    "The Northern Harbour Board Fisheries Licensing Office said that 40 "
                    "licences were revoked."
                )
            ],
            "40 licences were revoked",
            "Northern Harbour Board Fisheries Licensing Office",
        ),
        (
            ["Harbour Holdings just this month announced it would sell the ferries."],
            "it would sell the ferries",
            "Harbour Holdings",
        ),
        (
            [
                (
                    "The ferry could sail again this week, said Karl Moen, a longtime union "
                    "official who has led "
                    "three strikes at the port and now sits on the board of the pension fund."
                )
            ],
            "The ferry could sail again this week",
            "Karl Moen",
        ),
    ],
)
def test_groups_bodies_and_long_appositions(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker, any_case=True)


@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        # a participle apposition names someone else; a clause after the quote is not its
        # attribution
        (
            [
                (
                    "Prime Minister Olga Brekke, standing next to President Tomas Weller at "
                    "the podium, said "
                    "“the worst is behind us.”"
                )
            ],
            "the worst is behind us",
            "Olga Brekke",
        ),
        (
            [
                (
                    "Minister Olga Brekke called the plan “a fair offer” as Mayor Tomas Weller "
                    "continued his protest."
                )
            ],
            "a fair offer",
            "Olga Brekke",
        ),
        # an apposition or relative clause after an unnamed subject; an adverb after the verb
        (
            ["Norline, the state ferry operator, said the storm had closed four ports."],
            "the storm had closed",
            "Norline",
        ),
        (
            [
                (
                    "Minister Tomas Weller praised the mediators, noting, however, that the "
                    "fleet would stay in port."
                )
            ],
            "the fleet would stay in port",
            "Tomas Weller",
        ),
        (
            [
                (
                    "The ferry strike is over, Norway's chief envoy told state radio on "
                    "Friday evening, ending a week "
                    "of talks."
                )
            ],
            "The ferry strike is over",
            "Norway's chief envoy",
        ),
    ],
)
def test_appositions_clauses_and_adverbs(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


@pytest.mark.parametrize(
    "sentence, reported",
    [
        ("The coast guard confirmed the collision.", False),
        ("The rebels claimed responsibility for the blockade.", False),
        ("The ferry line announced a new timetable on Monday.", False),
        ("The deal has the stated aim of ending the row.", False),
        ("The coast guard confirmed the ferry would sail at noon.", True),
        ("The coast guard confirmed that the ferry had sailed.", True),
    ],
)
def test_verbs_with_a_plain_object_report_only_a_clause(extract, sentence, reported):
    ex = extract(sentence)
    assert bool([q for q in ex.quotes if q.kind == "indirect"]) == reported, ex.quotes


@pytest.mark.parametrize(
    "sentence, contents",
    [
        (
            (
                "Minister Tomas Weller said the crews of Bergen, Tromso and Bodo had all voted "
                "to sail."
            ),
            ["the crews of Bergen, Tromso and Bodo had all voted to sail"],
        ),
        (
            (
                "Minister Olga Brekke said the harbour was calm, adding that inspections would "
                "resume on Monday."
            ),
            ["the harbour was calm", "inspections would resume on Monday"],
        ),
    ],
)
def test_a_list_of_names_stays_in_the_content_and_adding_starts_another(
    extract, sentence, contents
):
    ex = extract(sentence)
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == contents


# A quote paragraph with no attribution: the previous speaker, past one paragraph about them; with
# no previous speaker, the person who speaks at the start of the next paragraph.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                "“The ferry must run,” Mayor Olga Brekke told the council.",
                "The council, she added, had a month to decide.",
                "“Families depend on it.”",
            ],
            "Families depend on it",
            "Olga Brekke",
        ),
        (
            [
                "“Who would sign a contract that halves our pay?”",
                (
                    "Union treasurer Tomas Weller told the rally on Friday that members had "
                    "voted against the offer."
                ),
            ],
            "Who would sign a contract",
            "Tomas Weller",
        ),
    ],
)
def test_a_quote_paragraph_without_attribution(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


def test_a_quote_paragraph_is_not_handed_to_a_name_merely_mentioned_next(extract):
    ex = extract("“Nobody asked the crews.”", "Olga Brekke's ferry company runs six boats.")
    assert [q.speaker for q in ex.quotes] == [None]


def test_a_partial_quote_inside_a_reported_clause_is_its_speakers(extract):
    ex = extract(
        "Union president Tomas Weller replied that members would “never accept cuts,” the "
        "Nordic News Agency reported."
    )
    assert [q.speaker for q in ex.quotes if q.kind == "partial"] == ["Tomas Weller"]


@pytest.mark.parametrize(
    "sentence, contents",
    [
        (
            "Minister Olga Brekke told reporters the levy was “an insult to the crews”.",
            ["the levy was “an insult to the crews”"],
        ),
        # "said A and that B": one item holding both clauses (a partial quote in it is also its own
        # item)
        (
            "Minister Tomas Weller said that “nobody blinked” and that the fishing ban would stay.",
            ["“nobody blinked” and that the fishing ban would stay"],
        ),
        (
            "Minister Tomas Weller said the talks were over and that the fishing ban would stay.",
            ["the talks were over and that the fishing ban would stay"],
        ),
    ],
)
def test_reported_clauses_around_partial_quotes(extract, sentence, contents):
    ex = extract(sentence)
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == contents


# Archive copy writes double quotation marks as two apostrophes, opening and closing alike.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            [
                (
                    "''We need more ferries,'' said Lena Holm, who runs the harbour office. "
                    "''Nobody listens.''"
                )
            ],
            "We need more ferries",
            "Lena Holm",
        ),
        (
            ["''Nobody listens,'' Lena Holm said. ''We asked twice.''"],
            "We asked twice",
            "Lena Holm",
        ),
        (
            ["Lena Holm said the crossing was ''simply too dangerous'' in winter."],
            "simply too dangerous",
            "Lena Holm",
        ),
    ],
)
def test_two_apostrophes_open_a_quote(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


def test_two_apostrophes_keep_single_inner_quotes_inside():
    from conftest import extract_text

    ex = extract_text(
        "''My father warned me, 'Never sail in March,' and he was right,'' said Lena Holm."
    )
    assert [q.text for q in ex.quotes if q.kind == "direct"] == [
        "My father warned me, 'Never sail in March,' and he was right"
    ]


# US copy puts a party and state in parentheses between a name and its verb; a quotation may be
# signed with a dash and a name; a name no list knows, alone before the verb, speaks as written.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["“The port is closed,” Rep. Lena Holm (D-Ore.) said Friday."],
            "The port is closed",
            "Lena Holm",
        ),
        (["“It is over,” Sen. Tom Berg (I-Vt.) told reporters."], "It is over", "Tom Berg"),
        (["“Nobody asked us what we wanted.” ― Per Olsen"], "Nobody asked us", "Per Olsen"),
        (
            ["“The ferries must run in winter too.” — Ada Brekke."],
            "The ferries must run",
            "Ada Brekke",
        ),
        (
            [
                "Maria Lind spoke on Monday.",
                "Okafor continued: “The toll booths go first, then the fences.”",
            ],
            "The toll booths go first",
            "Okafor",
        ),
    ],
)
def test_party_parentheses_signatures_and_bare_names(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# "according to" names a source even without a determiner: a titled person, a title-less name,
# a plural group; an unnamed subject after an opening phrase and its comma speaks; "asserted",
# "acknowledge" and "joked that" report a clause.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["The ferry sank at dawn, according to Harbour Commissioner Ana Ruiz."],
            "The ferry sank",
            "Ana Ruiz",
        ),
        (
            ["According to harbour pilots, the channel silts up every spring."],
            "the channel silts up",
            "Harbour pilots",
        ),
        (
            ["The fares will rise by a third, according to Portwatch."],
            "The fares will rise",
            "Portwatch",
        ),
        (
            ["Even so, the board cautioned that the merger would cost jobs."],
            "the merger would cost",
            "The board",
        ),
        (
            [
                (
                    "After two seasons of repairs, several fishing crews say the new quay "
                    "floods at high tide."
                )
            ],
            "the new quay floods",
            "Several fishing crews",
        ),
        (["Lena Holm asserted that the ferries were safe."], "the ferries were safe", "Lena Holm"),
        (
            ["Per Olsen joked that the harbour was older than the town."],
            "the harbour was older",
            "Per Olsen",
        ),
    ],
)
def test_bare_sources_opening_phrases_and_more_verbs(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The crews worked according to plan.",
        "In the end, the crowd went home.",
        "Per Olsen joked about the weather.",
    ],
)
def test_no_speech_without_a_source_or_clause(extract, sentence):
    assert [q for q in extract(sentence).quotes if q.kind == "indirect"] == []


# A role noun that no earlier name resolves ("The agency vowed …", nothing named before) is the
# speaker as written, as any unnamed body is.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (["The agency pledged to ‘finally’ publish the figures."], "finally", "The agency"),
        (["“We will not move,” the ministry said."], "We will not move", "The ministry"),
    ],
)
def test_an_unresolved_role_noun_speaks_as_written(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# A quote that is a sentence of its own, its end mark inside the marks, is speech even when short
# or capitalised throughout: not a title, not a scare quote. A title inside a sentence still is.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["“The ferry is back,” Mayor Olga Brekke wrote. “GOOD NEWS AT LAST!”"],
            "GOOD NEWS AT LAST",
            "Olga Brekke",
        ),
        (
            ["“The ferry is back,” Mayor Olga Brekke wrote.", "“Thank you all.”"],
            "Thank you all",
            "Olga Brekke",
        ),
    ],
)
def test_a_quote_sentence_is_no_title(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


def test_a_title_inside_a_sentence_is_no_quote(extract):
    ex = extract("The crew watched “Old Harbour Days” on the night ferry.")
    assert not ex.quotes


# Instructing and ordering report words: a partial quote after them is the subject's.
@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        (
            ["The harbour board instructed its pilots to slow down and “keep clear of the reef”."],
            "keep clear of the reef",
            "The harbour board",
        ),
        (["Mayor Olga Brekke ordered the crews to “stay put”."], "stay put", "Olga Brekke"),
    ],
)
def test_instructions_and_orders(extract, paragraphs, text, speaker):
    _check(extract, paragraphs, text, speaker)


# ", stressing that …" / ", emphasizing it was …": a participle of a speech verb after the main
# clause reports the subject's words; with a plain object ("stressing the need for …") it does not.
@pytest.mark.parametrize(
    "sentence, reported",
    [
        (
            "Mayor Olga Brekke met the strikers, stressing that the town could not pay more.",
            ["the town could not pay more"],
        ),
        (
            "“We are done,” Karl Moen said on the quay, emphasizing it was time to go home.",
            ["it was time to go home"],
        ),
        ("Senator Karl Moen toured the docks, stressing the need for new cranes.", []),
        ("The council approved the budget, suggesting a second vote in May.", []),
    ],
)
def test_speech_participles_report_a_clause(extract, sentence, reported):
    ex = extract(sentence)
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == reported


# The attribution closing a sentence: more verbs ("announced", "explained"), "told" and a named
# outlet, "in his interview", a subordinate clause after it, a dateline set off by a bar; "said"
# before an unnamed speaker ending the sentence, never before a clause.
@pytest.mark.parametrize(
    "sentence, reported, speaker",
    [
        (
            "The ferry will not sail before May, said one harbour pilot.",
            "The ferry will not sail before May",
            "One harbour pilot",
        ),
        (
            "The ferry will not sail before May, Mayor Olga Brekke told Radio North on Tuesday.",
            "The ferry will not sail before May",
            "Olga Brekke",
        ),
        (
            "The strike will go on, union leaders said on Friday, as the talks broke down.",
            "The strike will go on",
            "Union leaders",
        ),
        (
            "The port needs new cranes, Karl Moen said in his interview.",
            "The port needs new cranes",
            "Karl Moen",
        ),
        (
            "OSLO ― The port will reopen next week, officials said.",
            "The port will reopen next week",
            "Officials",
        ),
        (
            "The toll will rise in June, a spokesman announced on Monday.",
            "The toll will rise in June",
            "A spokesman",
        ),
        (
            "Harbour chief Karl Moen, a former pilot, said the crew would stay on board, in port.",
            "the crew would stay on board",
            "Karl Moen",
        ),
    ],
)
def test_attributions_closing_the_sentence(extract, sentence, reported, speaker):
    ex = extract(sentence)
    got = [(q.text, q.speaker) for q in ex.quotes if q.kind == "indirect"]
    assert got and got[0][0].startswith(reported) and got[0][1] == speaker, got


# Signed quotations run together on one line: each name signs the quotation before it.
def test_signed_quotations_on_one_line(extract):
    ex = extract(
        "“The valley deserves better roads.” ― Marta Ruiz Olsen “We will vote for the new "
        "bridge.”― Jon Berg"
    )
    assert [(q.text, q.speaker) for q in ex.quotes] == [
        ("The valley deserves better roads", "Marta Ruiz Olsen"),
        ("We will vote for the new bridge", "Jon Berg"),
    ]


# "said during the long night the pilots had …": a that-less clause after a phrase of time or
# occasion is reported; a phrase with no clause after it is not.
@pytest.mark.parametrize(
    "paragraphs, reported",
    [
        (
            ["Mayor Olga Brekke said during the long night the pilots had stayed at their posts."],
            ["during the long night the pilots had stayed at their posts"],
        ),
        (
            [
                "Karl Moen spoke at the harbour.",
                "He said after the vote the union would meet again.",
            ],
            ["after the vote the union would meet again"],
        ),
        (["Karl Moen said in a room full of pilots."], []),
    ],
)
def test_a_clause_after_a_phrase_of_time(extract, paragraphs, reported):
    ex = extract(*paragraphs)
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == reported


# The speaker's own participle clause ends the reported content ("…, arguing that …"); a speech
# participle is then an item of its own.
@pytest.mark.parametrize(
    "sentence, contents",
    [
        (
            (
                "Harbour chief Karl Moen said the new toll was fair, arguing that the pier "
                "needed repairs."
            ),
            ["the new toll was fair", "the pier needed repairs"],
        ),
        (
            "Mayor Olga Brekke said the ferry would stop in May, citing the cost of fuel.",
            ["the ferry would stop in May, citing the cost of fuel"],
        ),
    ],
)
def test_a_speech_participle_ends_the_content(extract, sentence, contents):
    ex = extract(sentence)
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == contents


# The headline form "Name: claim": a paragraph opening with a known speaker and a colon.
@pytest.mark.parametrize(
    "paragraphs, reported",
    [
        (
            ["Brekke: Ferry talks will resume in May", "Mayor Olga Brekke spoke on Monday."],
            [("Ferry talks will resume in May", "Olga Brekke")],
        ),
        (["Norway: The quota has to fall"], [("The quota has to fall", "Norway")]),
        (["Update: The ferry will resume in May"], []),  # no speaker in the label
        (["Ferry Talks: Sweden will resume in May"], []),
        (
            ["The mayor made one point: the ferry will resume in May."],
            [],
        ),  # not a paragraph's label
    ],
)
def test_a_headline_label_names_its_speaker(extract, paragraphs, reported):
    ex = extract(*paragraphs)
    assert [(q.text, q.speaker) for q in ex.quotes if q.kind == "indirect"] == reported


# A parenthetical attribution with any trailing speech verb, in the present as well as the past.
@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "The new quota, Minister Olga Brekke argues, would empty the northern harbours.",
            "Olga Brekke",
        ),
        ("All of this, Karl Moen acknowledges, could be undone by one storm.", "Karl Moen"),
        ("The pier, Harbour chief Karl Moen often says, is older than the town.", "Karl Moen"),
    ],
)
def test_parenthetical_attributions_take_any_speech_verb(extract, sentence, speaker):
    ex = extract(sentence)
    assert [(q.text, q.speaker) for q in ex.quotes if q.kind == "indirect"] == [
        (sentence.rstrip("."), speaker)
    ]


# A speech verb after "and" that follows a quote is a second verb of the same subject, not the
# attribution of the quote; a name with an apostrophe ("O'Hara said") closes no quote.
@pytest.mark.parametrize(
    "sentence, reported",
    [
        (
            "Senator Karl Moen urged crews to “hold firm” and said he was fighting for every job.",
            [("he was fighting for every job", "Karl Moen")],
        ),
        (
            "Mayor Olga Brekke told pilots the pier was “broken” and says she will rebuild it.",
            [("the pier was “broken”", "Olga Brekke"), ("she will rebuild it", "Olga Brekke")],
        ),
        (
            "Harbour chief Liam O'Hara said the pilots would sail at dawn.",
            [("the pilots would sail at dawn", "Liam O'Hara")],
        ),
    ],
)
def test_a_second_verb_after_a_quote_reports_its_clause(extract, sentence, reported):
    ex = extract(sentence)
    assert [(q.text, q.speaker) for q in ex.quotes if q.kind == "indirect"] == reported


def test_a_body_named_with_a_plural_possessive_speaks(extract):
    # "Players'" is a plural possessive inside the name, no closing quotation mark
    ex = extract("The Tern Players' Union said the talks had failed.")
    assert [(q.kind, q.speaker, q.text) for q in ex.quotes] == [
        ("indirect", "Tern Players' Union", "the talks had failed")
    ]
