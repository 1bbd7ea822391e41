"""The lexicon's words for the move rules, as sets and patterns built once per knowledge: what
may stand before a cue, what ends a content, the content slots of the frames (`_FrameWords`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..groups import GroupPatterns
from ..groups import patterns as group_patterns
from ..knowledge import Knowledge, alternation
from .cues import _alt


@dataclass(frozen=True)
class _Words:
    """The lexicon's words for the move rules (see data/lexicon.yml), read once per knowledge."""

    aux: frozenset[str]  # cue_auxiliaries: "Russia| has also demanded"; see _aux_start
    before_verb: frozenset[str]  # after any other lower-case word a cue is a noun
    dropped_move: re.Pattern[str]  # "dropped (its demand)": a move let go, before its owner
    unrealised: re.Pattern[str]  # "to (drop)", "not (dropped)": the move is not let go
    base_verbs: frozenset[str]  # "… and recognise …": a new list item
    stated_verbs: frozenset[str]  # base_verbs and their -s forms: "(the plan) cuts A and raises B"
    when: re.Pattern[str]  # "on Tuesday", "in principle": not the content
    time_tail: re.Pattern[
        str
    ]  # "(a plan) on Monday", "(talks) last week": a time after the content
    clause_words: frozenset[str]  # verbs and modals that make a content a clause (see _untimed)
    own_subject: re.Pattern[str]  # "the company had": a subject naming no actor
    verb_after: re.Pattern[str]  # a verb opening right after a subject
    finite: re.Pattern[str]  # where a noun-phrase content ends
    that_noun: re.Pattern[str]  # "that condition": "that" is a determiner
    passive: re.Pattern[str]  # "put forward by"
    passive_kinds: dict[str, str]  # participle → move type
    owned_participle: re.Pattern[
        str
    ]  # "Norway's proposed (quota)": a participle of a proposal or demand
    modal: re.Pattern[str]  # "must include", "would have to include": a demand in what someone said
    speech: frozenset[str]  # reporting_verbs: "she said, urging …" is her move
    asked_to: re.Pattern[str]  # "urged Sweden to ": an `asked` or `wanted` cue, who is asked, "to"
    document: re.Pattern[str]  # document_nouns: "it" after one is the document
    issued_nouns: frozenset[str]  # speech and document nouns: "a statement (calling for …)"
    named_moves: frozenset[str]  # every move noun and document noun, lower case
    holds: re.Pattern[str]  # "a package that included (A and B)": what a move noun holds
    holds_terms: re.Pattern[str]  # … or the terms a proposal's verbs list: "that keeps A, ends B"
    spelled_heads: frozenset[str]  # named_moves and spelled_out_nouns: "a compromise on X: A"
    demand_nouns: frozenset[str]  # the demand nouns: "(presented) its demands" is no proposal
    empty_move: re.Pattern[str]  # "a new proposal", "its latest offer": a move noun, no content
    referring: re.Pattern[str]  # referring_contents: "the opposite", "more": no content
    generic_goal: re.Pattern[str]  # generic_goals: "a deal", "the right deal": no terms
    weighing: re.Pattern[str]  # weighing_verbs: "(would) consider …": no offer, its "if" wanted
    infinitive_nouns: frozenset[str]  # "(wants) the right to …": a noun, not someone asked
    groups: GroupPatterns  # unnamed groups as subjects: "Angry herders demanded …"
    demonyms: dict[str, tuple[str, str]]  # "Finns" → (entry, name) of the state
    quote_modal: re.Pattern[str]  # demand_modals and quote_demand_modals: "need to" in a quote
    our_demand: re.Pattern[str]  # "… has always been our demand": the noun phrase before it
    expletive: re.Pattern[str]  # "(it should) be noted that": an empty "it"
    assertive: tuple[
        str, ...
    ]  # cue words whose clause may state a fact ("suggested", "insistence")
    asserted: re.Pattern[
        str
    ]  # a clause stating a fact: "the strike cost the town …", "it never sent …"
    condition: re.Pattern[str]  # "if", "unless", "until": a cue after one is no one's move
    intention: frozenset[str]  # "his plans to strike …": an intention, not a proposal
    cognition: re.Pattern[str]  # "wants the world to know …": no move
    and_cue: re.Pattern[str]  # ", and called for": another cue of the same subject
    and_present_cue: re.Pattern[str]  # "… must include A and wants B"
    person: re.Pattern[str]  # "A federal mediator (has suggested …)": a person as written
    document_verb: re.Pattern[str]  # "(It) calls for", "(It) would include": a document's verb
    others_move: re.Pattern[
        str
    ]  # a cue of no proposal: "rejected a draft that calls for …" is not its author's
    frames: _FrameWords  # the content slots of move frames (see _SLOTS)
    own_people: re.Pattern[str]  # "(asked) its members (to …)": a side's own people, no side
    stance: re.Pattern[str]  # stance_cue_words: a cue of readiness, whose "if" is its condition

    @classmethod
    def of(cls, kn: Knowledge) -> _Words:
        if id(kn) not in _WORDS:
            _WORDS[id(kn)] = (kn, _words(kn))  # kn kept alive: its id is not reused while cached
        return _WORDS[id(kn)][1]


_WORDS: dict[int, tuple[Knowledge, _Words]] = {}


def _words(kn: Knowledge) -> _Words:
    """The word lists as sets, and the patterns built from them (words escaped, longest first)."""
    lex, alt = kn.lexicon, alternation
    days = list(lex.get("weekdays", ()))  # in the lexicon's order: "week" is tried before "weekend"
    kinds = {str(k).lower(): str(v) for k, v in lex.get("passive_cues", {}).items()}
    return _Words(
        aux=kn.words("cue_auxiliaries"),
        before_verb=frozenset(str(w).lower() for w in kn.words("before_verb_words")),
        dropped_move=re.compile(
            r"\b(?:" + alt(kn.words("dropped_move_verbs")) + r")\s+(?:[a-z]+\s+)?$", re.I
        ),
        unrealised=re.compile(
            r"(?:\b(?:" + alt(kn.words("unrealised_markers")) + r")|n[’']t)\s+(?:[a-z]+ly\s+)?$",
            re.I,
        ),
        base_verbs=kn.words("base_verbs"),
        stated_verbs=frozenset(kn.words("base_verbs"))
        | {v + e for v in kn.words("base_verbs") for e in ("s", "es")},
        when=re.compile(
            r"(?:,?\s+(?:on|late on|early on|last|this|next)\s+(?:"
            + alt(days + list(lex.get("time_nouns", ())), ordered=True)
            + r")|,?\s+in\s+(?:"  # "suggested in October that …"
            + alt(list(lex.get("months", ())))
            + r"|\d{4})|\s+(?:"
            + alt(days + list(lex.get("cue_adverbs", ())), ordered=True)
            + r"),?)+"
        ),
        time_tail=_time_tail(
            days, list(lex.get("time_nouns", ())), list(lex.get("speech_nouns", ()))
        ),
        clause_words=_clause_words(kn),
        own_subject=re.compile(
            r"\b(?:the|its|their)\s+(?:" + alt(kn.words("own_side_nouns")) + r")\s+"
            r"(?:(?:had|has|have|would|will|also|then|now|still)\s+)*$",
            re.I,
        ),
        # not "keep Trump engaged and …": an object's participle
        verb_after=re.compile(
            r"\s+(?:(?:" + alt(kn.words("verb_openers")) + r")\b|[a-z]+ed\b(?!\s+and\b))"
        ),
        finite=re.compile(r"\s+(?:" + alt(kn.words("finite_verbs")) + r")\b"),
        that_noun=re.compile(r"\s+that\s+(?:" + alt(kn.words("that_nouns")) + r")\b", re.I),
        passive=re.compile(r"\b(" + alt(kinds) + r")\s+by\s+(?:the\s+)?", re.I),
        passive_kinds=kinds,
        owned_participle=re.compile(
            r"(?:[’']s?|\b(?:its|their|his|her))\s+("
            + alt([k for k, v in kinds.items() if v in ("proposal", "demand") and " " not in k])
            + r")\s+(?=[a-z$€£\d])",
            re.I,
        ),
        modal=re.compile(
            r"\b(?:(?:"
            + "|".join(lex.get("demand_modals", ()))
            + r")\s+(?:(?:"
            + alt(kn.words("modal_content_verbs"))
            + r")\s+)?|(?:"
            + alt(kn.words("content_modals"))
            + r")\s+(?:"
            + alt(kn.words("modal_content_verbs"))
            + r")\s+)",
            re.I,
        ),
        assertive=tuple(str(w).lower() for w in lex.get("assertive_cues", ())),
        asserted=re.compile(
            # the verb of the clause itself, not of one inside it ("insisted that the port give a
            # guarantee that crews will stay": what the port is to do)
            r"(?:(?!that\b)\S+\s+){0,8}?"
            r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)[“\"'‘]*(?:(?:"
            + alt(kn.words("assertion_verbs"))
            + r")(?:n['’]t)?\b(?!\s+to\b)"
            r"|[a-z]+ed\s+(?:the|a|an|its|their|his|her|this|that|too|all|no|every)\b)",
            re.I,
        ),
        condition=re.compile(r"\b(?:" + alt(kn.words("condition_words")) + r")\b", re.I),
        document_verb=re.compile(
            r"\s+(?:(?:also|would|will|further|still)\s+)*(?:"
            + "|".join(v for v in kn.words("proposal_content_verbs") if not v.startswith("(?="))
            + r")\b",
            re.I,
        ),
        person=re.compile(
            r"(?:[Aa]n?|[Oo]ne)\s+(?:(?!(?:and|or|of|who|that)\b)[a-z][\w-]*\s+){0,3}(?:"
            + alt(kn.words("referring_nouns"))
            + r")\s*"
        ),
        intention=frozenset(str(w).lower() for w in kn.words("intention_nouns")),
        cognition=re.compile(r"(?:" + alt(kn.words("cognition_verbs")) + r")\b", re.I),
        # "demanded repairs and called for new leases": a second past cue after "and" ends the
        # first one's content
        # ", and wants direct access": a present one after a comma and "and"
        # "insists that any deal must include A and wants B": a present cue after "and" (ends the
        # first content when a modal stands in it: see verbs._second_cue)
        and_present_cue=re.compile(
            r"\s+and\s+(?:also\s+)?(?=[a-z]+s\s+(?!for\b|of\b))(?=(?:"
            + "|".join(f"(?:{v})" for g in lex["move_cues"] for v in g.get("verbs", ()))
            + r")\b)",
            re.I,
        ),
        and_cue=re.compile(
            r"(?:,?\s+(?:and|but)|,)\s+(?:(?:also|then|later|again|even)\s+)?"
            r"(?:(?=[a-z]+ed\b)(?![a-z]+ed\s+by\b)|(?<=, and )(?=[a-z]+s\s+(?!for\b|of\b))|"
            # "calling on A to … and offering B": a second participle cue of the subject
            r"(?<=and )(?=[a-z]+ing\s))(?=(?:"
            + "|".join(f"(?:{v})" for g in lex["move_cues"] for v in g.get("verbs", ()))
            + r")\b)",
            re.I,
        ),
        others_move=re.compile(
            r"\b(?:"
            + "|".join(
                f"(?:{v})"
                for g in lex["move_cues"]
                # a light verb of a demand noun ("tabled its demands") may produce a proposal too
                if g["type"] != "proposal" and g.get("content") != "plan"
                for v in g.get("verbs", ())
            )
            + r")\b",
            re.I,
        ),
        frames=_frame_words(kn),
        **_actor_words(kn),
    )


def _time_tail(days: list[str], nouns: list[str], media: list[str]) -> re.Pattern[str]:
    """Times and media that end a content without being part of it: "on Monday", "last week",
    "earlier this month", "in a statement"; searched in the last characters of a content only (see
    _untimed). Not "in March": a month after a noun often dates the thing demanded ("talks in
    March")."""
    return re.compile(
        r"(?:,?\s+(?:(?:late |early )?on|last|this|(?:earlier|later) (?:this|in the))\s+(?:"
        + alternation(days + nouns, ordered=True)
        + r")(?:\s+(?:night|morning|evening))?"
        r"|,?\s+in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:" + alternation(media) + r"))+$"
    )


def _clause_words(kn: Knowledge) -> frozenset[str]:
    """Base verbs with their -s forms, finite verbs and modals: a content holding one is a
    clause."""
    base = kn.words("base_verbs")
    return frozenset(
        base
        | {v + e for v in base for e in ("s", "es", "ed", "d")}
        | kn.words("finite_verbs")
        | {"be", "should", "must", "can", "could", "may", "might", "shall"}
    )


def _actor_words(kn: Knowledge) -> dict:
    """The words and patterns of who a move is (see `_Words`)."""
    lex, alt = kn.lexicon, alternation
    targeted = [
        v
        for g in lex["move_cues"]
        if g.get("content") in ("asked", "wanted")
        for v in g.get("verbs", [])
    ]
    modals = list(lex.get("demand_modals", ())) + list(lex.get("quote_demand_modals", ()))
    demand_nouns = alt(lex["move_nouns"].get("demand", ()))
    named_moves = frozenset(
        str(n).lower() for ns in lex["move_nouns"].values() for n in ns
    ) | frozenset(str(n).lower() for n in kn.words("document_nouns"))
    return {
        "own_people": re.compile(
            r"(?:its|their|our|his|her)\s+(?:own\s+)?(?:" + alt(kn.words("own_people_nouns")) + ")",
            re.I,
        ),
        "stance": re.compile(r"\b(?:" + alt(kn.words("stance_cue_words")) + r")\b", re.I),
        "speech": kn.words("reporting_verbs"),
        "asked_to": re.compile(
            r"\b(?:" + "|".join(targeted) + r")\s+(?:the\s+)?[\w.’'-]+"
            r"(?:\s+[\w.’'-]+){0,5}?\s+to\s+$",
            re.I,
        ),
        "document": re.compile(r"\b(?:" + alt(kn.words("document_nouns")) + r")\b", re.I),
        # "issued a statement calling for …", "its letter demanding …": what a side puts out
        "issued_nouns": frozenset(
            str(w).lower() for w in kn.words("speech_nouns") | kn.words("document_nouns")
        ),
        "named_moves": named_moves,
        # "a package that included A and B", "a draft providing for A": a move or document noun,
        # then what it holds
        "holds": _holds_pattern(kn, named_moves, terms=False),
        "holds_terms": _holds_pattern(kn, named_moves, terms=True),
        "spelled_heads": named_moves
        | frozenset(str(n).lower() for n in kn.words("spelled_out_nouns")),
        "demand_nouns": frozenset(str(n).lower() for n in lex["move_nouns"].get("demand", ())),
        "empty_move": re.compile(
            r"(?:(?:an?|the|its|their|his|her|our|this|that|these|those)\s+)?(?:(?:"
            + alt(kn.words("plan_qualifiers"))
            + r")\s+){0,3}(?:"
            + alt([n for ns in lex["move_nouns"].values() for n in ns])
            # and who it goes to or comes from: "a new offer to the union", "a plan from Oslo"
            + r")(?:\s+(?:to\s+(?:(?:the|its|their|his|her|our)\s+|(?-i:[A-Z]))|from\s+)[\w’'.&-]+"
            r"(?:\s+(?!(?:to|that|for|on|of|which|who|with|including|calling|offering)\b)"
            r"[\w’'.&-]+){0,5})?",
            re.I,
        ),
        "referring": re.compile(alt(kn.words("referring_contents")), re.I),
        "weighing": re.compile(r"(?:" + alt(kn.words("weighing_verbs")) + r")\b", re.I),
        "infinitive_nouns": frozenset(str(w).lower() for w in kn.words("infinitive_nouns")),
        "generic_goal": re.compile(
            r"(?:(?:an?|the|this|that|some)\s+)?(?:(?:"
            + alt(kn.words("generic_goal_qualifiers"))
            + r")\s+){0,2}(?:"
            + alt(kn.words("generic_goals"))
            + r")",
            re.I,
        ),
        "groups": group_patterns(kn),
        "demonyms": {
            f: (s.entry, kn.entries[s.entry].name)
            for f, s in kn.surfaces.items()
            if s.kind == "demonym"
        },
        "quote_modal": re.compile(
            r"\b(?:"
            + "|".join(modals)
            + r")\s+(?:(?:"
            + alt(kn.words("modal_content_verbs"))
            + r")\s+)?",
            re.I,
        ),
        "our_demand": re.compile(
            r"\s+(?:has|have|had|is|was|remains|remained)\s+(?:always\s+|long\s+|still\s+)?"
            r"(?:been\s+)?(?:our|my)\s+(?:[\w-]+\s+)?(" + demand_nouns + r")\b",
            re.I,
        ),
        "expletive": re.compile(
            r"be\s+(?:[a-z]+\s+(?:that|whether)\b|(?:"
            + alt(kn.words("expletive_it_words"))
            + r")\b)",
            re.I,
        ),
    }


# --- content slots of move frames (`content` of a `move_cues` group; see data/lexicon.yml) ---


@dataclass(frozen=True)
class _FrameWords:
    """The patterns of the content slots, built from the lexicon once per knowledge."""

    body: re.Pattern[str]  # "the council": who is expected to act, when no name is
    condition: re.Pattern[str]  # "(made) a tariff freeze a condition for"
    condition_that: re.Pattern[str]  # "(made) it a condition that"
    bare: re.Pattern[str]  # "(insisted) its farmers be exempted"
    plan: dict[str, re.Pattern[str]]  # move type → "(circulated) a five-point plan"
    plan_not: re.Pattern[str]  # "(made the offer) a condition …": the object is the condition's
    holds_after: dict[str, re.Pattern[str]]  # "(tabled a package) that included A": _holds_tail
    assertion: frozenset[str]  # assertion_verbs: "(insisted) the door remained open" states a fact
    intention: frozenset[str]  # "(announced) plans to …": an intention, not a proposal
    granted: re.Pattern[str]  # "(conceded that) inspectors may board"
    documents: re.Pattern[str]  # "the document (also) calls for", "a draft that calls for"
    new_document: re.Pattern[str]  # "a draft", "a new text": a document named with no owner
    owned_document: re.Pattern[
        str
    ]  # "Kenya's peace plan", "the UN draft": a document with its author
    exchange: re.Pattern[str]  # "in exchange for"
    offer_condition: re.Pattern[str]  # "(ready to drop its claim) if (Chile lifts the ban)"
    explicit_condition: re.Pattern[str]  # "(tabled a rise), conditional on (crews accepting …)"
    explicit_keys: frozenset[str]  # explicit_conditions, lower case
    fronted_offer_condition: re.Pattern[str]  # "If (the siege ends), (it will release …)"
    interim: re.Pattern[str]  # "until": what should hold meanwhile
    conditions: tuple  # (a condition's marker, a negation or a threat before it)
    condition_threats: frozenset[str]  # "threatened to strike unless", "will strike unless"
    condition_keys: frozenset[
        str
    ]  # the markers less their first letter ("nless"): one must be in the sentence
    only_condition: re.Pattern[str]  # "will only (lay down arms) once (…)": group 1 the marker
    times: frozenset[str]  # "(until) Monday", "(until) May": a time, not a condition
    acquired: re.Pattern[
        str
    ]  # "(wanted) to (try to) secure": a verb of getting, its object after it
    changed: re.Pattern[str]  # "(wants) to abolish": a verb changing the terms, with its object


# a word in an object, not after it
_NO_PREP = r"(?!(?:about|of|on|with|for|in|at|over|to|by|from|against|that)\b)"
# what may open the object of a `plan` frame: "(made) an offer", "(made) three offers", "(made)
# several concessions"
_PLAN_DETERMINERS = (
    r"a|an|the|its|their|his|her|our|another|new|fresh|further|more|several|some|two|three|four|"
    r"five|\d+"
)


def _plan_pattern(nouns: str) -> re.Pattern[str]:
    """The object of a `plan` frame: a move noun of the alternation `nouns` heading it, after a
    determiner or a number within a few words ("(made) two offers", "(submitted) its demands")."""
    return re.compile(
        r"\s+(?:"
        + _NO_PREP
        + r"(?!no\b)[\w’'-]+\s+){0,3}?((?:(?:"
        + _PLAN_DETERMINERS
        + r")\s+(?:"
        + _NO_PREP
        + r"(?!(?:the|an?)\s)[\w-]+\s+){0,3}?)?("  # "(sent) the club a draft": "a draft"
        + nouns
        + r"))\b",
        re.I,
    )


def _holds_pattern(kn: Knowledge, named_moves: frozenset[str], terms: bool) -> re.Pattern[str]:
    """A move or document noun (a few words before it), then what it holds (_holds_tail)."""
    return re.compile(
        # "what it called a final offer", "what it described as a “comprehensive, final offer”"
        r"\s*(?:what\s+(?:it|they|he|she)\s+(?:called|described\s+as|termed|billed\s+as)\s+)?"
        r"(?:(?!(?:of|for|on|in|to|with|about|over|from)\b)[“\"]?[\w$€£%.’'-]+[,”\"]?\s+){0,4}?(?:"
        + alternation(named_moves)
        # and when it was made: "(tabled an offer) on Wednesday evening, including A and B"
        + r")[”\"]?(?:\s+(?:on|late\s+on|early\s+on|last|this|earlier|late)\s+(?:"
        r"(?-i:[A-Z])[a-z]+|week|month|night)(?:\s+(?:evening|morning|afternoon|night))?)?,?\s+"
        + _holds_tail(kn, terms),
        re.I,
    )


def _holds_tail(kn: Knowledge, terms: bool) -> str:
    """What a move noun holds, after it and a blank (the match ends where the first item starts):
    "(a package) that included A and B", "(a draft) providing for A"; a verb of a term opens each
    item of a list of them: "(a counter-offer) that keeps the split, eliminates escrow and
    guarantees …" (term_verbs and "keep")."""
    verbs = alternation(kn.words("term_verbs") | {"keep"})
    held = (
        r"(?:(?:that|which)\s+(?:(?:would|will|also)\s+)?"
        r"(?:include[sd]?|contain(?:s|ed)?|comprise[sd]?)|"
        r"(?:including|containing|comprising|providing\s+for|calling\s+for|envisaging|"
        r"envisioning))\s+"
    )
    if not terms:
        return "(?:" + held + ")"
    return (
        r"(?:" + held + r"|(?:that|which)\s+(?:(?:would|will|also)\s+)?(?=(?:" + verbs + r")"
        # … when another follows: a list of terms, not one ("a plan that would cut fares")
        r"(?:s|es|ed|d)?\s[^.;:]{1,120}?(?:,|\band)\s+(?:" + verbs + r")(?:s|es|ed|d)?\s))"
    )


def _frame_words(kn: Knowledge) -> _FrameWords:
    lex, alt = kn.lexicon, alternation
    bodies = (
        set(kn.words("collective_nouns"))
        | set(kn.words("referring_nouns"))
        | {str(h).lower() for h in lex.get("organization_heads", {})}
    )
    cond = alt(kn.words("condition_nouns"))
    no_subject = r"(?!(?:that|on|upon|to|for|in|at|by|with)\b)"
    docs = alt(kn.words("document_nouns"))
    passives = lex.get("passive_cues", {}) or {}
    authored = alt([str(k) for k, v in passives.items() if str(v) in ("proposal", "demand")])
    when = alt(
        list(lex.get("weekdays", ())) + list(lex.get("time_nouns", ()))
    )  # "a draft (last week) that …"
    return _FrameWords(
        body=re.compile(r"the\s+(?:[\w-]+\s+)?(?:" + alt(bodies) + r")", re.I),
        condition=re.compile(
            # "made the preservation of X its condition for joining"
            r"\s+([^,;.“”\"]{2,80}?)\s+(?:as\s+)?(?:a|an|the|one|its|their|his|her)\s+"
            r"(?:[a-z-]+\s+)?(?:" + cond + r")\s+(?:for|of|to)\b"
        ),
        condition_that=re.compile(
            r"\s+it\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?(?:" + cond + r")\s+that\s+"
        ),
        bare=re.compile(
            r"\s+"
            + no_subject
            + r"((?:[\w’'-]+\s+){1,5}?)(?:be|"
            + alt(kn.words("base_verbs"))
            + r")\b"
        ),
        plan={
            move: _plan_pattern(alt([n for n in nouns if n not in kn.words("not_plan_nouns")]))
            for move, nouns in lex.get("move_nouns", {}).items()
            if move in ("proposal", "demand")
        },
        plan_not=re.compile(r"\s+(?:as\s+)?(?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:" + cond + r")\b"),
        assertion=frozenset(str(w).lower() for w in kn.words("assertion_verbs")),
        holds_after={
            move: re.compile(r",?\s+" + _holds_tail(kn, terms=move == "proposal"), re.I)
            for move in ("proposal", "demand")
        },
        intention=frozenset(str(w).lower() for w in kn.words("intention_nouns")),
        granted=re.compile(
            r"(?:[\w’'-]+\s+){1,6}?(?:" + alt(kn.words("concession_modals")) + r")\s+\w"
        ),
        documents=re.compile(
            r"\b(?:(the|this|that)|an?)\s+((?:(?!(?:the|an?)\s)[\w.’'-]+\s+){0,2}?)(?:"
            + docs
            + r")(?=[\s,])\s*"
            # its author after a participle: "the plan (, drafted by Chile,) calls for"
            r"(?:,?\s*(?:" + authored + r")\s+by\s+((?:[\w.’'-]+\s+){0,4}?[\w.’'-]+),?\s+)?"
            r"(?:(?:on\s+|last\s+|this\s+)?(?:" + when + r")\s+)?(?:(?:that|which)\s+)?"
            # "calls for …"; "(a term sheet that) offers …": what the author offers (group 4)
            r"(?:(?:also|would|will|further|still|now)\s+)*(?:call(?:s|ed|ing)?\s+for|"
            # ("the plan proposed by …" is a participle: a past form only after "that/which")
            r"(offers|proposes|suggests|envisages|envisions|recommends|"
            r"(?<=that )(?:offered|proposed)|(?<=which )(?:offered|proposed)))\s+",
            re.I,
        ),
        owned_document=re.compile(
            r"(?:([’']s?|\b(?:its|their))|\b(?:[Tt]he|[Aa]n?)\s+([\w.’'-]+))\s+(?:[\w-]+\s+)?(?:"
            + docs
            + r")\b"
        ),
        # "(X circulated) a draft", "a new text": a document named with no owner
        new_document=re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?(?:" + docs + r")\b"),
        exchange=re.compile(r",?\s+(?:" + alt(kn.words("exchange_markers")) + r")\s+"),
        offer_condition=re.compile(
            r",?\s+(?:"
            + alt([*kn.words("offer_conditions"), *kn.words("explicit_conditions")])
            + r")\s+"
        ),
        explicit_condition=re.compile(r",?\s+(?:" + alt(kn.words("explicit_conditions")) + r")\s+"),
        explicit_keys=frozenset(str(w).lower() for w in kn.words("explicit_conditions")),
        # a condition opening the sentence (or its quote), to its comma: group 1 its marker,
        # group 2 what is asked
        fronted_offer_condition=re.compile(
            r"[“\"‘']?(?:(?:but|and|so|now),?\s+)?("
            + alt(kn.words("offer_conditions"))
            + r")\s+([^,;:.?!“”\"]{3,200}?)\s*,\s+",
            re.I,
        ),
        interim=re.compile(r"\b(?:" + alt(kn.words("interim_words")) + r")\b"),
        conditions=_condition_patterns(
            tuple(kn.words("condition_markers")),
            tuple(kn.words("condition_negations") | kn.words("condition_threats")),
        ),
        condition_threats=frozenset(str(w).lower() for w in kn.words("condition_threats")),
        condition_keys=frozenset(str(w)[1:] for w in kn.words("condition_markers")),
        only_condition=re.compile(
            r"\b(?:will|would|can|could|shall|is|are|was|were)\s+only\s+[a-z][^,;:.“”\"]{2,80}?\s+("
            + alt(kn.words("only_markers"))
            + r")\s+",
            re.I,
        ),
        times=frozenset(
            str(w)
            for w in [*lex.get("weekdays", ()), *lex.get("months", ()), *lex.get("clock_times", ())]
        ),
        acquired=re.compile(
            r"\s+to\s+(?:try\s+to\s+)?(?:"
            + alt(kn.words("acquisition_verbs"))
            + r")\s+(?!(?:it|this|that|them|him|her|us|me|back|out|away|rid|on|off|into|through|"
            r"together|along|around|ahead|to|there|here)\b)(?=[\w$“\"])"
        ),
        changed=re.compile(
            r"\s+to\s+(?=(?:" + alt(kn.words("term_verbs")) + r")\s+"
            r"(?!(?:it|this|that|them|him|her|us|me|up|down|out|off|back)\b)[\w$“\"])"
        ),
    )


@functools.lru_cache(maxsize=8)
def _condition_patterns(markers: tuple[str, ...], negations: tuple[str, ...]) -> tuple:
    """(a condition's marker, a negation before it)."""
    return (
        re.compile(r"\b(" + _alt(markers) + r")\s+", re.I),
        re.compile(
            r"(?:\b(?:" + _alt(tuple(n for n in negations if n[0].isalpha())) + r")\b|n[’']t\b)",
            re.I,
        ),
    )
