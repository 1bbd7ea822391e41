"""Tables of short invented sentences → expected records, one table per extractor."""

import pytest


def _actor(ex, name):
    return next((a for a in ex.actors if a.name == name), None)


@pytest.mark.parametrize(
    "text, name, type_, party, role",
    [
        (
            "U.S. President Donald Trump spoke on Monday.",
            "Donald Trump",
            "person",
            "united-states",
            "President",
        ),
        (
            "Kremlin spokesman Dmitry Peskov declined to comment.",
            "Dmitry Peskov",
            "person",
            "russia",
            "spokesman",
        ),
        (
            "Maria Keller of the Lindqvist Institute called it a setback.",
            "Maria Keller",
            "person",
            "lindqvist-institute",
            None,
        ),
        (
            "Norway's chief negotiator, Erik Solheimsen, left early.",
            "Erik Solheimsen",
            "person",
            "norway",
            "chief negotiator",
        ),
        (
            "Foreign Minister Javad Zarif arrived in Geneva.",
            "Javad Zarif",
            "person",
            None,
            "Foreign Minister",
        ),
        ("Officials in Moscow rejected the plan.", "Russia", "state", None, None),
        (
            "The Riverside Teachers Union voted to strike.",
            "Riverside Teachers Union",
            "union",
            None,
            None,
        ),
        (
            "It was Secretary of State Ellen Marsh who spoke.",
            "Ellen Marsh",
            "person",
            None,
            "Secretary of State",
        ),
        (
            "Ties improved, said Mullah Abdul Rahim Zaki on Friday.",
            "Abdul Rahim Zaki",
            "person",
            None,
            "Mullah",
        ),
        (
            "The toll rose, said Hamid al-Tamimi, a Jordanian health official.",
            "Hamid al-Tamimi",
            "person",
            "jordan",
            "official",
        ),
        (
            "The strike looms, said Mei-Lin Chow, a spokeswoman for the group.",
            "Mei-Lin Chow",
            "person",
            None,
            "spokeswoman",
        ),
        (
            "U.S. Special Representative for Arctic Affairs Tomas Velde flew in.",
            "Tomas Velde",
            "person",
            "united-states",
            "Special Representative for Arctic Affairs",
        ),
        # a party is never taken from the sentence before
        (
            "Sales to Chinese firms fell. Treasury Secretary Mara Quist spoke.",
            "Mara Quist",
            "person",
            None,
            "Treasury Secretary",
        ),
        # a role as an apposition before the name: the body inside it is the party, a pronoun's is
        # left open
        (
            "A Hamas spokesman, Yusri Dalal, spoke late.",
            "Yusri Dalal",
            "person",
            "hamas",
            "spokesman",
        ),
        (
            "Aid stalled near Khartoum. Its spokesman, Yusri Dalal, spoke late.",
            "Yusri Dalal",
            "person",
            None,
            "spokesman",
        ),
        (
            "The United Nations envoy for Cyprus, Ana Lind, spoke.",
            "Ana Lind",
            "person",
            "united-nations",
            "envoy",
        ),
        (
            "The opposition's lead negotiator, Gerd Blom, spoke.",
            "Gerd Blom",
            "person",
            None,
            "lead negotiator",
        ),
        (
            "Getachew Lemma, a senior KLDF official, rejected the accusation.",
            "Getachew Lemma",
            "person",
            None,
            "official",
        ),
        ("The EU's envoy, Gerd Blom, spoke.", "Gerd Blom", "person", "european-union", "envoy"),
    ],
)
def test_actors(extract, text, name, type_, party, role):
    ex = extract(text)
    actor = _actor(ex, name)
    assert actor is not None, [a.name for a in ex.actors]
    assert (actor.type, actor.party, actor.role) == (type_, party, role)


def test_surname_and_spelling_variants_merge(extract):
    ex = extract(
        "President Volodymyr Zelenskyy met envoys.",
        "Zelensky said the talks were useful. Zelenskiy left.",
    )
    people = [a for a in ex.actors if a.type == "person"]
    assert [p.name for p in people] == ["Volodymyr Zelensky"]
    assert len(people[0].mentions) == 3


def test_latin_america_is_not_the_united_states(extract):
    ex = extract("It is considered Latin America's last major conflict.")
    assert _actor(ex, "United States") is None


@pytest.mark.parametrize(
    "paragraphs, text, kind, speaker",
    [
        (["“We are not leaving,” Anna Berg said."], "We are not leaving", "direct", "Anna Berg"),
        (
            ["Anna Berg told reporters: “The door is open.”"],
            "The door is open",
            "direct",
            "Anna Berg",
        ),
        (
            ["Anna Berg called the offer a “serious step,” adding more was needed."],
            "serious step",
            "partial",
            "Anna Berg",
        ),
        (
            ["A Ukrainian official met the press. “This is only the start,” the source said."],
            "This is only the start",
            "direct",
            "A Ukrainian official",
        ),
        (
            ["Peter Holm arrived late. “We will be back,” he said."],
            "We will be back",
            "direct",
            "Peter Holm",
        ),
        (
            ["Peter Holm spoke at length.", "“Nothing is agreed until everything is agreed.”"],
            "Nothing is agreed until everything is agreed",
            "direct",
            None,
        ),
        (
            ["Norwegian diplomats, who describe the plan as “unworkable,” left."],
            "unworkable",
            "partial",
            "Norwegian diplomats",
        ),
    ],
)
def test_quotes(extract, paragraphs, text, kind, speaker):
    ex = extract(*paragraphs)
    q = next((q for q in ex.quotes if q.text == text), None)
    assert q is not None, [x.text for x in ex.quotes]
    assert q.kind == kind
    if speaker:
        assert q.speaker == speaker


def test_multi_word_surname_joins_the_full_name(extract):
    ex = extract("Envoy Mark Lyall Grant arrived.", "Lyall Grant said the talks would resume.")
    person = _actor(ex, "Mark Lyall Grant")
    assert person is not None and len(person.mentions) == 2


def test_quote_of_several_sentences_is_attributed_after_its_close(extract):
    ex = extract(
        "Elena Varga spoke.",
        '"We welcome the order. So we give the same order," Varga said Sunday.',
    )
    q = next(q for q in ex.quotes if q.kind == "direct")
    assert q.speaker == "Elena Varga"
    assert not [
        r for r in ex.quotes if r.kind == "indirect"
    ]  # the attribution is not reported speech


def test_quote_running_into_next_paragraph_without_opening_mark(extract):
    ex = extract(
        "Elena Varga said: “The past must stay in the past.",
        "Today we wish to work together.”",
        "The talks went on.",
    )
    texts = [q.text for q in ex.quotes]
    assert "Today we wish to work together" in texts
    assert not ex.problems  # continued, not unbalanced
    q = next(q for q in ex.quotes if q.text.startswith("Today"))
    assert ex.document.text[q.start : q.end] == q.text and q.speaker == "Elena Varga"


def test_quoted_as_saying(extract):
    ex = extract("“The vote is a mandate,” Ivan Petrov was quoted as saying by a newspaper.")
    assert ex.quotes[0].speaker == "Ivan Petrov"


def test_quote_continues_previous_speaker_in_next_paragraph(extract):
    ex = extract(
        "“We will talk again,” Peter Holm said.", "“Nothing is agreed until everything is agreed.”"
    )
    assert [q.speaker for q in ex.quotes if q.kind != "indirect"] == ["Peter Holm", "Peter Holm"]


def test_scare_quotes_and_titles_are_not_speech(extract):
    ex = extract("The so-called “Blue Line” runs east.")
    assert [q for q in ex.quotes if q.kind != "indirect"] == []


def test_unbalanced_marks_recover_and_warn(extract):
    ex = extract("“It is over, Anna Berg said as she left the hall.", "The talks ended.")
    assert any("unbalanced" in str(p) for p in ex.problems)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Anna Berg said that the talks would resume in May.",
            "the talks would resume in May",
            "Anna Berg",
        ),
        (
            "According to Norway's foreign minister, both sides want more talks.",
            "both sides want more talks",
            "Norway’s foreign minister",
        ),
        ("The deadline will slip, Anna Berg said.", "The deadline will slip", "Anna Berg"),
        ("Peter Holm warned the truce could collapse.", "the truce could collapse", "Peter Holm"),
        # a partial quote inside the reported clause
        (
            "Owen Marsh said he foresaw a “huge walkout” over the rota.",
            "he foresaw a “huge walkout” over the rota",
            "Owen Marsh",
        ),
        # a second clause in the same sentence
        (
            "Anna Berg said talks went well, but warned she would walk out if nothing changed.",
            "she would walk out if nothing changed",
            "Anna Berg",
        ),
        (
            "Anna Berg told troops Friday that the army may widen the operation.",
            "the army may widen the operation",
            "Anna Berg",
        ),
        ("Hamas said it was not consulted.", "it was not consulted", "Hamas"),
        (
            "Anna Berg told state television that the army may widen the operation.",
            "the army may widen the operation",
            "Anna Berg",
        ),
        # reported content ends where the same speaker's next verb begins
        (
            "Ola Moen said the deal was a first step and demanded the release of prisoners.",
            "the deal was a first step",
            "Ola Moen",
        ),
        # a dateline is not what was said
        (
            "OSLO — Talks resumed on Monday after a long pause, Norwegian mediators said.",
            "Talks resumed on Monday after a long pause",
            "Norwegian mediators",
        ),
        # a person before an apposition that names a country speaks, not the country
        (
            "Anna Berg, Qatar's Foreign Minister, said the talks would resume.",
            "the talks would resume",
            "Anna Berg",
        ),
        # a possessor's body speaks, shown as written; the attribution may sit mid-sentence
        (
            "Forty drones were launched overnight, Ukraine's air force said, and ten hit targets.",
            "Forty drones were launched overnight",
            "Ukraine's air force",
        ),
    ],
)
def test_reported_speech(extract, text, content, speaker):
    ex = extract(text.replace("Norway's", "Norway’s"))
    r = [(q.text, q.speaker) for q in ex.quotes if q.kind == "indirect"]
    if content is None:
        assert r == []
    else:
        assert (content, speaker) in r
    for q in ex.quotes:
        assert ex.document.text[q.start : q.end] == q.text


def test_attribution_of_a_direct_quote_is_not_reported_speech(extract):
    ex = extract(
        "“We are close,” said Anna Berg, who led the talks.",
        "Anna Berg said, during a break, little.",
    )
    assert [q for q in ex.quotes if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "text, kind, actor, items",
    [
        (
            (
                "Russia continues to demand that Ukraine withdraw from the east and recognize "
                "the new border."
            ),
            "demands",
            "Russia",
            ["Ukraine withdraw from the east", "recognize the new border"],
        ),
        (
            "Norway and Western allies are calling for a 30-day ceasefire.",
            "demands",
            "Norway",
            ["a 30-day ceasefire"],
        ),
        (
            (
                "Russia's demands, such as dropping claims, accepting control over two regions, "
                "and becoming neutral, were rejected."
            ),
            "demands",
            "Russia",
            ["dropping claims", "accepting control over two regions", "becoming neutral"],
        ),
        (
            "Anna Berg has proposed direct talks with the rebels.",
            "proposals",
            "Anna Berg",
            ["direct talks with the rebels"],
        ),
        (
            "Earlier peace proposals from the U.S. were shelved.",
            "proposals",
            "United States",
            ["Earlier peace proposals from the U.S."],
        ),
        # the speaker's demand: what someone says must happen
        (
            "Hamas says any truce must include the reopening of the crossings.",
            "demands",
            "Hamas",
            ["the reopening of the crossings"],
        ),
        # a proposal's content verb, a passive agent, a possessive offer, a named plan
        (
            "Norway's draft calls for a pause in night trawling.",
            "proposals",
            "Norway",
            ["a pause in night trawling"],
        ),
        (
            "A truce proposed by Turkey last week collapsed.",
            "proposals",
            "Turkey",
            ["A truce proposed by Turkey last week"],
        ),
        (
            "Canada dismissed the EU's offer to scrap dairy quotas.",
            "proposals",
            "European Union",
            ["scrap dairy quotas"],
        ),
        (
            "It is unclear whether a new French plan to freeze the front lines will work.",
            "proposals",
            "France",
            ["a new French plan to freeze the front lines"],
        ),
        (
            (
                "Chile has hinted that it is ready to freeze the catch, and lift its port ban, "
                "effectively settling the row."
            ),
            "proposals",
            "Chile",
            ["freeze the catch", "lift its port ban"],
        ),
        # "we" in a quote is its speaker
        (
            "“We are offering a generous pay package,” Mayor Ella Novak said.",
            "proposals",
            "Ella Novak",
            ["a generous pay package"],
        ),
        (
            "The EU urged Serbia to recognize the vote.",
            "demands",
            "European Union",
            ["recognize the vote"],
        ),
        # "demands" and "wants" as verbs with a thing as object ("its demands" stays a noun)
        ("Norway demands a ceasefire.", "demands", "Norway", ["a ceasefire"]),
        (
            "China rejected U.S. demands to curb its oil purchases.",
            "demands",
            "United States",
            ["curb its oil purchases"],
        ),
        (
            "Norway wants a fair deal to end the war.",
            "demands",
            "Norway",
            ["a fair deal to end the war"],
        ),
        ("Its demands include a raise, and Norway wants him to resign.", "demands", None, []),
        # a noun, not a verb, and a want without a target, are not moves
        ("The union said the city's class size offer falls short.", "proposals", None, []),
        ("Serbia wants to notify parliament on Friday.", "demands", None, []),
    ],
)
def test_positions(extract, text, kind, actor, items):
    ex = extract(text.replace("Russia's", "Russia’s"))
    moves = getattr(ex, kind)
    assert [m.text for m in moves] == items
    assert {m.actor for m in moves} == ({actor} if actor else set())
    for m in moves:
        assert ex.document.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text, type_, actor, content, cameo",
    [
        (
            "Kyiv rejected the proposal as a nonstarter.",
            "reject",
            "Ukraine",
            "the proposal as a nonstarter",
            "12",
        ),
        (
            "Moscow threatened to cut gas supplies to Europe.",
            "threaten",
            "Russia",
            "cut gas supplies to Europe",
            "13",
        ),
        (
            "Russia and Ukraine agreed to swap a thousand prisoners of war.",
            "agree",
            "Russia",
            "swap a thousand prisoners of war",
            "057",
        ),
        # the time before the content is not part of it
        (
            "Norway and Sweden agreed on Tuesday to extend the pause by 90 days.",
            "agree",
            "Norway",
            "extend the pause by 90 days",
            "057",
        ),
        # "that" before a noun is a determiner, not the start of a clause
        ("Kyiv rejected that condition on Monday.", "reject", "Ukraine", "that condition", "12"),
    ],
)
def test_other_moves_carry_type_and_cameo(extract, text, type_, actor, content, cameo):
    ex = extract(text)
    move = next((m for m in ex.moves if m.type == type_), None)
    assert move is not None, ex.moves
    assert (move.actor, move.text, move.cameo) == (actor, content, cameo)


def test_demand_and_appeal_cameo_codes(extract):
    ex = extract("Russia demanded that Ukraine withdraw.", "Ukraine called for a ceasefire.")
    assert [(m.actor, m.cameo) for m in ex.demands] == [("Russia", "10"), ("Ukraine", "02")]


def test_joint_subjects_with_both_and_a_trailing_attribution(extract):
    ex = extract(
        "The European Union and the United States both urged Armenia to sign without "
        "preconditions.",
        "Norway insists that Sweden first change its laws, officials on both sides said.",
    )
    assert [(m.actors, m.text) for m in ex.demands] == [
        (("european-union", "united-states"), "sign without preconditions"),
        (("norway",), "Sweden first change its laws"),
    ]


def test_content_ends_before_a_second_speech_verb(extract):
    ex = extract(
        "Ola Moen insisted on “equal status” for the two regions and said Sweden must help."
    )
    assert [m.text for m in ex.demands][:1] == ["equal status” for the two regions"]


def test_greek_cypriot_is_cyprus_not_greece(extract):
    ex = extract("Greek Cypriot leaders met Turkish Cypriot officials in Nicosia.")
    assert [a.name for a in ex.actors if a.type == "state"] == ["Cyprus"]


def test_an_apposition_led_by_someone_does_not_supply_the_subject(extract):
    ex = extract("Farm groups, led by France's largest union, threatened to block roads.")
    # the group before the apposition is the subject, not the union or France inside it
    assert [m.actor for m in ex.moves if m.type == "threaten"] == ["Farm groups"]


def test_a_body_before_its_officer_hands_the_quote_to_the_officer(extract):
    ex = extract(
        "European Commission President Ursula von der Leyen urged member states on Thursday "
        "to approve the "
        "trade agreement with the Mercosur bloc, calling it «a win for our farmers».",
        "“We will not be sacrificed for German car exports,” said union president Jan Roos.",
    )
    assert [(q.text, q.speaker) for q in ex.quotes if q.kind != "indirect"][:1] == [
        ("a win for our farmers", "Ursula von der Leyen")
    ]
    assert _actor(ex, "Jan Roos").party is None


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a verb after "and" shares the subject of the verb before it
        (
            [
                (
                    "Two of the sources said Kyiv had been shown the draft and had asked for "
                    "stronger guarantees."
                )
            ],
            [("Ukraine", "stronger guarantees")],
        ),
        # … a pronoun subject too
        (
            [
                "Anna Berg met the rebels.",
                (
                    "But she accused rebel leaders of stalling and insisted that all weapons be "
                    "handed over."
                ),
            ],
            [("Anna Berg", "all weapons be handed over")],
        ),
        # "conditions for peace" is no demand for peace
        (
            [
                "Peskov said Russia’s conditions for peace were well known.",
                "Hamas’ call for a truce was welcomed.",
            ],
            [("Hamas", "a truce")],
        ),
        # a source's anonymity is no demand
        (
            [
                (
                    "A Norwegian diplomat, who asked not to be named, said Sweden wanted an "
                    "answer by Friday."
                )
            ],
            [("Sweden", "an answer by Friday")],
        ),
        # "the union" is the union, not the latest body named
        (
            [
                "The Harbour Workers Union and the Coastal Shipping Council met on Monday.",
                "The union is demanding a 12 percent raise.",
            ],
            [("Harbour Workers Union", "a 12 percent raise")],
        ),
    ],
)
def test_who_demands_what(extract, paragraphs, expected):
    ex = extract(*paragraphs)
    assert [(m.actor, m.text) for m in ex.demands] == expected


def test_joint_subjects_are_both_actors(extract):
    ex = extract("Norway and Western allies are calling for a 30-day ceasefire.")
    assert ex.demands[0].actors == ("norway", "the-west")
    assert ex.demands[0].issues == ("ceasefire",)


def test_negated_demand_is_not_a_demand(extract):
    assert extract("Russia did not demand that Ukraine withdraw.").demands == ()


@pytest.mark.parametrize(
    "paragraphs, text, speaker",
    [
        # a definite description stands for the person just named
        (
            [
                "Asked about the attacks, Gen. Tomas Lindqvist said little.",
                "“They were beaten back,” the Pentagon's top official told senators.",
            ],
            "They were beaten back",
            "Tomas Lindqvist",
        ),
        # "he" is the subject of the previous sentence, not its object
        (
            [
                (
                    "Deputy leader Owen Marsh criticised Peter Holm, telling the radio: “He "
                    "held his nerve too little.”"
                ),
                "He said he foresaw a “huge walkout” over the rota.",
            ],
            "huge walkout",
            "Owen Marsh",
        ),
        # names inside a quote are not antecedents
        (
            [
                "Later, Carl Dunmore said the talks were stuck.",
                (
                    "“The Bordland government says it will not agree. The Teller Union agrees,” "
                    "he says."
                ),
            ],
            "The Bordland government says it will not agree. The Teller Union agrees",
            "Carl Dunmore",
        ),
        # "the statement" is the one its issuer published
        (
            [
                "In a statement, the Harbour Workers Union said the offer was late.",
                "“All cargo would be checked,” the statement added.",
            ],
            "All cargo would be checked",
            "Harbour Workers Union",
        ),
        # acronyms of organisations found in the text
        (
            ["The Harbour Workers Union met on Monday.", "“This is not acceptable,” the HWU said."],
            "This is not acceptable",
            "Harbour Workers Union",
        ),
        # a given name alone, when one person has it
        (
            ["Professor Barnaby Quill followed the talks.", "“It is unlikely,” Barnaby says."],
            "It is unlikely",
            "Barnaby Quill",
        ),
        # speech-act verbs other than "say"
        (
            ["Owen Marsh accused the minister of being “far too eager to settle”."],
            "far too eager to settle",
            "Owen Marsh",
        ),
        # after the close, a name after "and accused" is who was accused, not who spoke
        (
            ["Anna Berg dismissed the claim as “pure propaganda” and accused Moscow of stalling."],
            "pure propaganda",
            "Anna Berg",
        ),
        # "said" then a lower-case title before the name
        (
            ["Ida Moen spoke first.", "“The offer stands,” said board spokesman Jon Aker."],
            "The offer stands",
            "Jon Aker",
        ),
        # a partial quote with no speech verb: the subject that opens its sentence
        (
            [
                "“Talks go on,” said mediator Jon Aker.",
                "Anna Berg rejected the plan as “a stunt to buy time for the army”.",
            ],
            "a stunt to buy time for the army",
            "Anna Berg",
        ),
        (
            [
                "“Talks go on,” said mediator Jon Aker.",
                "Mayor Ida Moen rejected the plan as “a stunt to buy time for the army”.",
            ],
            "a stunt to buy time for the army",
            "Ida Moen",
        ),
    ],
)
def test_speaker_resolution(extract, paragraphs, text, speaker):
    ex = extract(*paragraphs)
    q = next((q for q in ex.quotes if q.text == text), None)
    assert q is not None, [x.text for x in ex.quotes]
    assert q.speaker == speaker


def test_british_straight_single_quotes_are_speech_and_apostrophes_are_not(extract):
    ex = extract(
        "Britain's envoy Helen Carr said London would 'not be rushed into a bad deal'.",
        "'We have been clear from the start about Norway's waters,' Carr said.",
    )
    assert [(q.text, q.kind, q.speaker) for q in ex.quotes if q.kind != "indirect"] == [
        ("not be rushed into a bad deal", "partial", "Helen Carr"),
        ("We have been clear from the start about Norway's waters", "direct", "Helen Carr"),
    ]
    assert not ex.document.problems


def test_with_double_marks_a_straight_single_mark_stays_an_apostrophe(extract):
    ex = extract("“We 'might' sign,” Anna Berg said of the '90s accord.")
    assert [q.text for q in ex.quotes] == ["We 'might' sign"]


def test_his_office_said_is_the_person_speaking(extract):
    ex = extract(
        "Prime Minister Anna Berg ruled out a truce.",
        "Her office said in a statement that Norway would “not negotiate under fire.”",
    )
    # the partial quote, and the reported clause that holds it: both Anna Berg's
    assert [(q.kind, q.text, q.speaker) for q in ex.quotes] == [
        ("partial", "not negotiate under fire", "Anna Berg"),
        ("indirect", "Norway would “not negotiate under fire.”", "Anna Berg"),
    ]


def test_a_union_known_by_its_initials_and_its_officers(extract):
    ex = extract(
        "The HWU union called a strike.", "HWU general secretary Mick Lane said talks had failed."
    )
    hwu = _actor(ex, "HWU")
    assert hwu is not None and hwu.type == "union"
    lane = _actor(ex, "Mick Lane")
    assert (lane.party, lane.role) == ("hwu", "general secretary")


def test_moves_of_a_body_no_list_knows_are_nobody_elses(extract):
    # "it" after an unknown speaker is that speaker, not the union named before
    ex = extract(
        "The HWU union met on Friday.", "Harbour Lines said that it had offered a 5% pay rise."
    )
    assert [m.actor for m in ex.proposals] == ["Harbour Lines"]
    # "the company had refused …" inside what the union leader said is not the leader's move: it
    # is the company's, named by its noun
    ex = extract("HWU leader Mick Lane said the company had refused to rule out job cuts.")
    assert [m.actor for m in ex.moves if m.type == "reject"] == ["The company"]


def test_the_city_in_what_its_mayor_said_is_the_mayors_side(extract):
    ex = extract(
        "The Harbour Workers Union met Mayor Ella Novak.",
        "Novak said the city agreed to hire more nurses.",
    )
    assert [(m.type, m.actor, m.text) for m in ex.moves] == [
        ("agree", "Ella Novak", "hire more nurses")
    ]


def test_the_rebels_are_the_armed_group_and_no_actor_is_its_own_target(extract):
    ex = extract(
        "Colombia and the National Liberation Army met in Caracas.",
        "The rebels wanted the government to suspend military operations.",
    )
    assert [(m.actor, m.target_id, m.text) for m in ex.demands] == [
        ("National Liberation Army", None, "suspend military operations")
    ]


def test_the_two_sides_are_the_pair_named_before(extract):
    ex = extract(
        "Norway and Sweden held talks in Oslo.",
        "A diplomat said progress was slow.",
        "The two sides agreed to meet again in March.",
    )
    agree = [m for m in ex.moves if m.type == "agree"]
    assert [(m.text, m.actors) for m in agree] == [("meet again in March", ("norway", "sweden"))]


def test_conditions_are_not_moves_and_they_are_both_sides(extract):
    ex = extract(
        "Talks between Norway and Sweden ended, and they agreed to meet again.",
        "Europe would act if Moscow rejected a ceasefire.",
    )
    agree = [m for m in ex.moves if m.type == "agree"]
    assert [(m.text, m.actors) for m in agree] == [("meet again", ("norway", "sweden"))]
    assert not [m for m in ex.moves if m.type == "reject"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The talks stalled after the Coastal Unity coalition walked out.",
            "Coastal Unity coalition",
        ),
        ("Leaders of the Green Harbour party met on Monday.", "Green Harbour party"),
        ("The Sea and Shore alliance rejected the offer.", "Sea and Shore alliance"),
    ],
)
def test_a_name_before_a_lower_case_body_noun_is_a_body(extract, text, name):
    ex = extract(text)
    assert name in [a.name for a in ex.actors if a.type != "person"], [
        (a.name, a.type) for a in ex.actors
    ]


def test_a_country_before_a_body_noun_stays_the_country(extract):
    ex = extract("The Norwegian coalition and the Sweden bloc met in Oslo.")
    assert {a.name for a in ex.actors} >= {"Norway", "Sweden"}
    assert not [a for a in ex.actors if a.name.endswith(("coalition", "bloc"))]


def test_parties_of_a_budget_fight_are_actors(extract):
    ex = extract(
        "House Republicans rejected the offer, and Democrats said the shutdown would go on."
    )
    found = {a.name: a.type for a in ex.actors}
    assert found.get("Republican Party") == "party" and found.get("Democratic Party") == "party", (
        found
    )
    ex = extract("The Liberal Democrats backed the budget.")
    assert [a.name for a in ex.actors] == ["Liberal Democrats"]
