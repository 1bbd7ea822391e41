"""Verb cues: whether a cue is a move here (not negated, passive, another sense of the word, a
free relative …), who makes it, and what its content is (the clause after it, who is asked to
do what, or one of the frame slots)."""

from __future__ import annotations

import re

from ...model import Document
from .. import tree_slots
from ..groups import participial_group
from ..scan import first_match
from ..speakers import Referent, Referents
from ..syntax import Parse
from .cues import _Cue
from .slots import _SLOTS, _asks_party, _slot_items
from .spans import (
    THAT_WOULD,
    _clause_end,
    _heads,
    _names_the_move,
    _spelled_out,
    _split_list,
    _untimed,
    offer_condition,
)
from .subjects import (
    _ADVERBIAL,
    _CONTRACTED,
    _LOOK,
    _adjunct_subject,
    _asserts,
    _aux_start,
    _condition_before,
    _demonym_subject,
    _ends_between,
    _group_actor,
    _participle_speaker,
    _person_as_written,
    _purpose_subject,
    _shared_speech_verb,
    _subjects,
    _unnamed_body,
    _voice_at,
    _word_before,
)
from .voiced import _side_of_a_document
from .words import _Words

_NEGATION = re.compile(
    r"\b(?:not(?! only)|never|n't|no longer|refus\w+ to|declin\w+ to)\s+(?:\w+\s+)?$", re.I
)
_WANTS_THING = re.compile(
    r"\s+(?!(?:to|it|this|that|them|us|me|him|her|you|more|nothing|everything)\b)[\w$]"
)
_TO_BE_DONE = re.compile(
    r"\s+to\s+be\s+(?:[a-z]+ed|paid|given|made|kept|held|told|shown|sent|granted|heard|met)\b"
)
_QUESTION = re.compile(r"\s+(?:whether|if|how|why|what|when|where|who|which)\b", re.I)
_OBJECT_ONLY = re.compile(r"(?:it|this|that|them|him|her|to|such)\b", re.I)


def _quote_speaker(doc: Document, speakers, pos: int) -> Referent | None:
    span = speakers.at(pos)
    q = speakers[span] if span else None
    return Referent(q.start, q.start, q.speaker, q.speaker_id, "person") if q else None


_POSSESSIVE_WORD = re.compile(r"[a-z](?:['’]s|s['’])$")
# "we"/"I" as the cue's own subject: up to three lower-case words between ("We are now offering"),
# no name or "that" ("my sense is that Norway was ready to …": Norway's move, not the speaker's)
_WE = re.compile(
    r"\b(?:[Ww]e|I)(?:['’](?:ve|re|d|ll|m))?\s+(?:(?!(?:that|who|which)\b)[a-z][\w’']*\s+){0,3}$"
)
# a cue opening with an empty "it": "it is (high) time for …"
_EXPLETIVE = re.compile(r"[Ii]t(?:\s+is|\s+was|[’']s)\s")
_HAD = re.compile(r"\b(?:had|would have|could have)\s+$", re.I)
_HYPHEN_AFTER = re.compile(r"-[^\W\d_]")
_HYPHEN_BEFORE = re.compile(r"[^\W\d_]-$")
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|gets?|got|getting)\s+(?:\w+ly\s+|also\s+|again\s+)?$", re.I
)
_FREE_RELATIVE = re.compile(
    r"\bwhat(?:ever)?\s+(?:(?!(?:that|is|was|are|were)\b)[\w’'.-]+\s+){1,4}$", re.I
)


_NO_OBJECT = re.compile(r"\s+(?:no|nothing)\b(?!\s+(?:less|more|short|later|longer)\b)", re.I)
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:that|which)\s+(?:(?:had|has|have|would|will|also|then|now|still)\s+)*$", re.I
)


def _verb_cue(
    doc: Document,
    sent,
    m: re.Match[str],
    refs: Referents,
    frame: _Cue,
    voices,
    speakers,
    words: _Words,
    parse: Parse | None = None,
):
    """The items of the verb cue `m` of `frame`: (actors, cue, start, end, target, cue position)."""
    text = doc.text
    if frame.content == "asked" and _BY_AGENT.match(text, m.end(), sent.end):
        yield from _asked_by(doc, sent, m, refs, words)  # "was urged by Norway to …"
        return
    if frame.type == "demand" and _CLEFT_COPULA.match(text, m.end(), sent.end):
        yield from _pseudo_cleft(doc, sent, m, refs, words, speakers)  # "What Norway wants is …"
        return
    if _not_this_move(text, sent, m, frame, words):
        return
    issuer = _issuer(doc, sent, m, refs, words)
    if issuer is not None:  # "X issued a statement calling for …": X's
        if issuer:
            yield from _content_items(doc, sent, m, refs, frame, voices, issuer, words, parse)
        return
    noun, group = _noun_or_group(doc, sent, m, refs, words, voices)
    if noun:
        return
    if frame.content in _SLOTS:
        yield from _slot_items(doc, sent, m, frame, refs, voices, words, group)
        return
    if re.match(r"\s*not to be (?:named|identified|quoted)\b", text[m.end() : sent.end]):
        return  # "asked not to be named": the source's anonymity, not a demand
    given = _given_to_subject(text, sent, m)
    if given is not None:  # "Nurses were offered a raise (by the ministry)": no move of theirs
        yield from _given_by(doc, sent, m, refs, frame, voices, words, parse, given)
        return
    actors = _verb_actors(doc, sent, m, refs, group, voices, speakers, words, parse)
    relative = _relative_object(text, sent, m)
    if relative is not None:  # "(rejected) the 5% raise the union is demanding": the raise
        yield from _relative_items(text, m, relative, refs, words)
        return
    yield from _content_items(doc, sent, m, refs, frame, voices, actors, words, parse)


def _second_cue(text: str, m: re.Match[str], rest_at: int, end: int, words: _Words):
    """Where another cue of the same subject ends the content: "demanded repairs and called for
    …"; after a present cue, "insists that any deal must include A and wants B" (the modal of the
    that-clause cannot take "wants")."""
    second = first_match(words.and_cue, text, rest_at, end)
    if second is None and _PRESENT_S.match(m.group(0)):
        later = first_match(words.and_present_cue, text, rest_at, end)
        if later is not None and _MODAL.search(text, rest_at, later.start()):
            return later
    return second


_PRESENT_S = re.compile(r"[a-z]+s\b")
_MODAL = re.compile(r"\b(?:must|should|would|could|will|can|may|might)\s")


def _issuer(doc: Document, sent, m: re.Match[str], refs: Referents, words: _Words):
    """ "X issued a statement calling for …", "sent an open letter urging …": who put out the
    statement or document an -ing cue follows (the subject of "issued / released / sent …"); []
    when no one is found; None when the cue follows no such noun so put out (an owned one, "the
    union's letter demanding …", is the subject of a verb of its own: a noun reading)."""
    text = doc.text
    prev = _word_before(text, sent.start, m.start())
    if not (_ING_WORD.match(m.group(0)) and prev and prev[1].lower() in words.issued_nouns):
        return None
    put_out = _PUT_OUT.search(text, max(sent.start, prev[0] - 60), prev[0])
    if put_out is None:
        return None
    return _subjects(doc, refs, put_out.start(1), sent.start, words)


_ING_WORD = re.compile(r"[a-z]+ing\b")
# a duration after "for": "(calling for) years", "(asking for) two years and …"
_DURATION = re.compile(
    r"\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:\d+|a\s+few|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many)?\s*(?:years|months|weeks|decades|days)\b(?!\s+of\b)"
)
# "issued a joint statement", "sent an open letter": a verb of putting out, then the noun's words
_PUT_OUT = re.compile(
    r"\b(issu(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|sen(?:d|ds|t)|publish(?:es|ed)?|put out|"
    r"sign(?:s|ed)?|wr(?:ote|ites?)|deliver(?:s|ed)?|adopt(?:s|ed)?|circulat(?:e|es|ed))\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$"
)


def _noun_or_group(
    doc: Document, sent, m: re.Match[str], refs: Referents, words: _Words, voices
) -> tuple[bool, Referent | None]:
    """(whether the cue word is a noun here, the unnamed group heading its subject if any): after
    a possessive ("the mayor's call for"), an amount or "the NAME" (_noun_reading), or a plain
    lower-case word that no group subject explains ("the class size offer falls short")."""
    text = doc.text
    prev = _word_before(text, sent.start, m.start())
    if prev and _POSSESSIVE_WORD.search(prev[1]) and not _CONTRACTED.fullmatch(prev[1]):
        return True, None  # "the mayor's call for …": a noun owned by the possessive (_noun_cues)
    if _noun_reading(text, sent, m, refs):
        return True, None  # "the carmaker's 21% offer", "the Latvia offer comes after …"
    if (
        prev
        and prev[1][:1].islower()
        and prev[1].lower() not in words.before_verb
        and not _EXPLETIVE.match(m.group(0))  # "(said) it was time for …": a clause opens
        and not prev[1].endswith("ly")
        and not _ends_between(refs, sent.start, prev[0], m.start())
        and not _ADVERBIAL.search(text, max(sent.start, prev[0] - 44), prev[0] + len(prev[1]))
    ):
        group = _group_actor(doc, sent, m.start(), refs, words, voices) or _group_actor(
            doc, sent, m.start(), refs, words, voices, participial_group
        )
        if group is None and _person_as_written(
            text, sent.start, _aux_start(text, sent.start, m.start(), words.aux), words
        ):
            return False, None  # "a senior official demanded …": a person as written, a verb
        if group is None and _PAST_CUE.match(m.group(0)):
            # "the armed group’s central command demanded …": a verb after an owned noun
            return not _possessed_subject(text, refs, sent.start, m.start()), None
        return group is None, group
    return False, None


def _possessed_subject(text: str, refs: Referents, floor: int, at: int) -> bool:
    """Whether a noun owned by a referent stands right before `at` ("the armed group’s central
    command| demanded"): the subject of a verb cue, not a noun compound."""
    poss = _POSSESSED_BEFORE.search(text, max(floor, at - 60), at)
    return poss is not None and refs.ending_at(poss.start()) is not None


_PAST_CUE = re.compile(r"[a-z]+ed\b", re.I)  # "demanded", "offered": a verb, never a noun
_POSSESSED_BEFORE = re.compile(r"['’]s(?:\s+[a-z-]+){1,3}\s+$")


def _relative_items(text: str, m: re.Match[str], relative: re.Match[str], refs, words: _Words):
    """The item of a cue ending a relative clause: its subject's move of the noun phrase before
    it; none when the noun alone states no content ("(mirrors) the proposal X drafted")."""
    who = _relative_actor(refs, text, relative.start(2), relative.end(2))
    named_only = relative.group(1).split()[-1].lower() in words.named_moves
    if who is not None and not (named_only and len(relative.group(1).split()) == 2):
        yield [who], m.group(0), relative.start(1), relative.end(1), None, m.start()


def _content_items(doc: Document, sent, m, refs, frame: _Cue, voices, actors, words, parse):
    """The items of a cue whose content is a clause or what someone is asked or wanted to do:
    where the content starts, whose move it is when the subject names no one (the speaker's), and
    its list items."""
    text = doc.text
    if frame.content in ("asked", "wanted", "expected"):
        found = _asked_content(text, sent, m, frame, refs, actors, words)
        if found is None:
            return
        rest_at, target, that = found
    else:
        rest_at, that = _content_start(text, sent, m, frame.type, words)
        target = None
        rest_at = _past_recipient(text, refs, m, rest_at, words.groups)
    actors = _voiced_actors(text, sent, m, actors, voices, words, refs.words.speakers_side)
    if not actors or _no_content(text, sent, m, frame.type, rest_at, that, words):
        return
    end = tree_slots.cut(parse, m, rest_at, _clause_end(text, rest_at, sent.end))
    second = _second_cue(text, m, rest_at, end, words)
    end = second.start() if second else end  # "demanded repairs and called for …"
    if _asserts(text, m.group(0), rest_at, end, words):
        return  # "suggested rockets may have been responsible": an assertion, not a proposal
    that_clause = bool(re.search(r"\bthat\s+[“\"]?$", text[m.start() : rest_at]))
    untimed = _untimed(text, rest_at, end, words)
    if (
        frame.type == "proposal"
        and not that_clause
        and _heads(text, rest_at, untimed, words.demand_nouns)
    ):
        return  # "presented its demands": a demand (the light-verb frames), not a proposal
    if not that_clause and _names_the_move(text, rest_at, untimed, words):
        # "offered a compromise (earlier in the week): A and B": what the compromise consists of
        rest_at, end = _spelled_out(text, end, sent.end, rest_at, words) or (rest_at, end)
    under = None if that_clause else _under_which(text, rest_at, sent.end, words)
    if under:  # "put forward a plan under which the fleets would A, and the port would B"
        for s, e in under:
            yield actors, m.group(0), s, e, target, m.start()
        return
    holds = words.holds_terms if frame.type == "proposal" else words.holds
    # the noun phrase and what it holds, though a comma or a time ended the content before them
    # ("tabled a final offer on Wednesday, including A and B")
    held = None if that_clause else holds.match(text, rest_at, sent.end)
    if held is not None:  # "tabled a package that included A and B": A and B
        rest_at = held.end()
        end = _clause_end(text, rest_at, sent.end, in_list=True)
        end = second.start() if second and second.start() > rest_at else end
    spans = _split_list(
        text, rest_at, end, words.base_verbs, commas=not that_clause, offer=frame.type == "proposal"
    )
    # a that-clause is one demand unless its verbs are coordinated (the surface splits those):
    # "demanding that the district hire a nurse and a social worker" (not the tree's conjuncts)
    for s, e in spans if that_clause else tree_slots.items(parse, spans):
        yield actors, m.group(0), s, e, target, m.start()
    later = _later_infinitive(text, rest_at, end, sent.end, spans) or _later_also(
        text, end, sent.end, spans
    )
    if later is not None:
        yield actors, m.group(0), later[0], later[1], target, m.start()


def _under_which(text: str, rest_at: int, stop: int, words: _Words) -> list[tuple[int, int]]:
    """ "(put forward) a plan (last week) under which the fleets would A, and the port would B":
    what would happen under the move a short noun phrase names, clause by clause (the clauses are
    its terms, the noun phrase names none); [] when the content is no such noun phrase."""
    m = _UNDER_WHICH.search(text, rest_at, min(stop, rest_at + 90))
    would = THAT_WOULD.search(text, rest_at, min(stop, rest_at + 90)) if m is None else None
    if would is not None:  # "(put forward) a proposal that would cap …": what it would do
        named = text[rest_at : would.start()].split()
        if not named or len(named) > 6 or not any(w.lower() in words.spelled_heads for w in named):
            return []
        if not _NP_FIRST.match(named[0]):
            return []  # "(pressing both sides to) agree a truce that would …": a verb's object
        if _CLAUSE_WORDS_IN.search(text, rest_at, would.start()):
            return []
        return _split_list(
            text, would.end(), _clause_end(text, would.end(), stop), words.base_verbs
        )
    if m is None:
        return []
    named = text[rest_at : m.start()].split()
    if not named or len(named) > 8 or _CLAUSE_WORDS_IN.search(text, rest_at, m.start()):
        return []
    spans: list[tuple[int, int]] = []
    at = m.end()
    while at < stop and len(spans) < 8:
        end = _clause_end(text, at, stop)
        inner = _AND_CLAUSE.search(text, at, end)  # "crews would get A and the rule would …"
        if inner is not None:
            spans.append((at, inner.start()))
            at = inner.end()
            continue
        spans.append((at, end))
        more = _AND_CLAUSE.match(text, end, stop)
        if more is None:
            break
        at = more.end()
    return spans


# a verb or clause word in what should be a short noun phrase naming the move
_CLAUSE_WORDS_IN = re.compile(r"\b(?:that|which|who|would|will|is|are|was|were|has|have|had)\b")


# what opens a noun phrase: a determiner, a possessive, a number, an adjective's capital
_NP_FIRST = re.compile(
    r"(?:a|an|the|its|their|his|her|our|this|that|another|one|two|three|[\w.-]+[’']s?|\d[\w.,%-]*)$",
    re.I,
)
_UNDER_WHICH = re.compile(r"\s(?:under|by|through)\s+which\s+(?=[\w“\"])")
# ", and the port would …": a further clause of what would happen, with a subject of its own
_AND_CLAUSE = re.compile(
    r",?\s+and\s+(?=(?:(?:the|a|an|its|their|all)\s+|(?-i:[A-Z]))(?:[\w’'-]+\s+){0,6}?"
    r"(?:would|will|could)\s)"
)


def _later_infinitive(text: str, rest_at: int, end: int, stop: int, spans) -> tuple | None:
    """ "offered to add a slot, whose wages sit outside the cap, and to fund …": a second
    infinitive of the cue after an aside or relative clause that ended the first content, when no
    other "to" stands between (that one would be nearer); None elsewhere."""
    if not spans or not _TO_BEFORE.search(text, max(0, rest_at - 4), rest_at):
        return None
    m = _AND_TO.search(text, end, min(stop, end + 200))
    if m is None or _TO_WORD.search(text, rest_at, m.start()):
        return None  # "to" in the content or after it: the nearer verb's second infinitive
    start = m.end()
    return start, _clause_end(text, start, stop)


def _later_also(text: str, end: int, stop: int, spans) -> tuple | None:
    """ "asking for a 60% rise in base pay, which now starts at …, as well as access to …": a
    second object after a relative clause or aside that ended the first; None elsewhere."""
    if not spans or not _ASIDE_OPENS.match(text, end, stop):
        return None
    m = _AS_WELL_AS.search(text, end, min(stop, end + 200))
    if m is None:
        return None
    return m.end(), _clause_end(text, m.end(), stop)


# what ends a content as an aside about it: ", which …", ", who …", ", whose …", ", including …"
_ASIDE_OPENS = re.compile(r",\s+(?:which|who|whose|including|currently|now)\b")
_AS_WELL_AS = re.compile(r",\s+as\s+well\s+as\s+(?=[\w$€£])")
_TO_BEFORE = re.compile(r"\bto\s+$")
_AND_TO = re.compile(r",\s+and\s+to\s+(?=[a-z]+\s+[\w$€£])")
_TO_WORD = re.compile(r"\bto\s+[a-z]")


def _voiced_actors(
    text: str, sent, m: re.Match[str], actors: list, voices, words: _Words, side: frozenset[str]
) -> list:
    """The cue's actors; with none, the speaker of what holds the cue, unless the clause has a
    subject of its own that names no one we know ("(X said) the company had refused …", "(X said)
    Y rejected a proposal that called for …")."""
    if actors:
        return actors
    before = max(sent.start, m.start() - _LOOK)
    if words.own_subject.search(text, before, m.start()):
        return []
    if _RELATIVE_SUBJECT.search(text, before, m.start()):
        return []
    if _noun_subject(text, sent.start, m.start(), words, side):
        return []
    voice = _voice_at(voices, m.start())
    return _side_of_a_document(
        text, sent.start, m.start(), list(voices[voice]) if voice else [], words, side
    )


# words that end no subject of a cue's own: pronouns (the speaker's "we", resolved elsewhere),
# conjunctions, "to" of an infinitive ("X said, seeking to propose …")
_NO_SUBJECT_END = frozenset(
    "we i you he she it they who that which and or but to not also then now".split()
)


def _noun_subject(text: str, floor: int, pos: int, words: _Words, side: frozenset[str]) -> bool:
    """Whether the cue at `pos` follows a noun phrase of its own clause that names no one we know:
    "(X told reporters that) the Coastal States group has called for …", "(…, an official said)
    the harbour workers have proposed …" are the group's moves, not the speaker's."""
    verb_at = _aux_start(text, floor, pos, words.aux)
    m = _LAST_WORD.search(text, max(floor, verb_at - 40), verb_at)
    return bool(
        m
        and m.group(1).islower()  # a name is a place or a body (the speaker's: "Bergen wants")
        and m.group(1) not in _NO_SUBJECT_END
        and not m.group(1).endswith("ly")
        and m.group(1) not in words.aux
        and m.group(1) not in words.speech  # "(X) said it was time for …": no subject of its own
        and m.group(1) not in side  # the speaker's side: "(the mayor said) the city offered"
        and m.group(1) not in words.named_moves  # "(X said) any deal would require …": X's
    )


_LAST_WORD = re.compile(r"(?<![\w’'-])([A-Za-z][\w’'-]*)\)?\s+$")


def _not_this_move(text: str, sent, m: re.Match[str], frame: _Cue, words: _Words) -> bool:
    """Whether the cue at `m` is no move of its own: negated, a passive, inside what another cue
    asks, another sense of the word, a past stance, a free relative."""
    if _NEGATION.search(text, max(sent.start, m.start() - _LOOK), m.start()):
        return True
    if re.match(r"\s+by\b", text[m.end() : m.end() + 4]):
        return True  # a passive: handled by _passives
    if _HYPHEN_AFTER.match(text, m.end()) or _HYPHEN_BEFORE.search(
        text, max(0, m.start() - 2), m.start()
    ):
        return True  # part of a compound word: "present-day rules", "so-called", "offer-sheet"
    if words.asked_to.search(text, max(sent.start, m.start() - 100), m.start()):
        return True  # "urging A to press B to …": what A is asked to do, the outer cue's content
    if _NO_OBJECT.match(text, m.end(), sent.end) and not m.group(0).endswith("that"):
        # "offered no proof", "demanded nothing": what is moved is nothing; not a clause with "no"
        # ("insists that no worker be laid off")
        return True
    if m.group(0).endswith(" for") and _DURATION.match(text, m.end(), sent.end):
        return True  # "have been asking for two years": how long, not what
    if frame.other is not None and frame.other.match(text, m.end(), sent.end):
        return (
            True  # another sense of the word: "sought to play down …", "is prepared to walk away"
        )
    if frame.conditional and offer_condition(words.frames, text, sent, m.start(), sent.end) is None:
        return True  # "will release them" with no "if …": a forecast, no conditional offer
    if _asked_passive(text, sent, m, frame):
        return (
            True  # "was asked for details", "were urged to …": the subject is asked, it asks no one
        )
    if _after_move_noun(text, sent.start, m, words):
        return True  # "The union's proposal, presented on Monday, calls for …": a participle of it
    if m.group(0).lower().startswith("been ") and _HAD.search(
        text, max(sent.start, m.start() - 12), m.start()
    ):
        return True  # "had been willing to accept …": a past stance, not an offer now
    # "what Norway wants or how long …": a free relative names no move
    return _FREE_RELATIVE.search(text, max(sent.start, m.start() - 80), m.start()) is not None


_NOUN_BEFORE = re.compile(r"([\w-]+)\s*,?\s+$")


def _after_move_noun(text: str, floor: int, m: re.Match[str], words: _Words) -> bool:
    """Whether a cue in -ed right after a move noun (and maybe a comma) is a participle that
    modifies the noun ("the offer, presented on Monday, …", "the plan tabled last week"): the
    noun's, no move of its own."""
    if not m.group(0).split()[0].lower().endswith("ed"):
        return False
    before = _NOUN_BEFORE.search(text, max(floor, m.start() - 30), m.start())
    return before is not None and before.group(1).lower() in words.named_moves


def _asked_passive(text: str, sent, m: re.Match[str], frame: _Cue) -> bool:
    """Whether a demand cue is a passive participle after "be"/"get" ("was asked for", "were urged
    to"), not "is expected to" (the subject's own aim)."""
    first = m.group(0).split()[0].lower()
    if frame.type != "demand" or not first.endswith(("ed", "told")) or first.startswith("expect"):
        return False
    return _BE_BEFORE.search(text, max(sent.start, m.start() - 30), m.start()) is not None


def _verb_actors(
    doc: Document,
    sent,
    m: re.Match[str],
    refs: Referents,
    group,
    voices,
    speakers,
    words: _Words,
    parse: Parse | None = None,
) -> list:
    """Who makes the move of a verb cue: an unnamed group heading the subject, a demonym, the
    subject of a purpose clause, the subject (with "X and Y"), the speaker of a participle after a
    quote, or the speaker of the quote when "we" makes it ("“We are offering …,” she said")."""
    text = doc.text
    group = group or _group_actor(doc, sent, m.start(), refs, words, voices, participial_group)
    actors = (
        [group]
        if group
        else _demonym_subject(text, sent, m.start(), words)
        or _purpose_subject(doc, sent, m.start(), refs)
        or _subjects(doc, refs, m.start(), sent.start, words)
        or _speech_speakers(doc, sent, m, refs, voices, words)
        or _tree_subjects(doc, sent, m, refs, words, parse)
        or _participle_speaker(doc, sent, m, refs, (speakers, voices), words)
        or _adjunct_subject(doc, sent, m, refs, words)
        or [g for g in [_group_actor(doc, sent, m.start(), refs, words, voices)] if g]
    )
    if len(actors) == 1 and refs.words.pair.fullmatch(actors[0].name):
        # "The two governments demanded …": both of the latest pair named together
        actors = refs.pair_before(actors[0].start, lookback=3000) or actors
    speaker = _quote_speaker(doc, speakers, m.start())
    if speaker is not None and _WE.search(text, max(sent.start, m.start() - _LOOK), m.start()):
        return [speaker]
    if speaker is not None and _EXPLETIVE.match(m.group(0)):
        return [speaker]  # "“It is time for Sweden to …,” she said": the speaker's own demand
    return actors


def _speech_speakers(doc: Document, sent, m: re.Match[str], refs: Referents, voices, words):
    """ "The press secretary, Renata Flores, said the president would not budge and called on …":
    the speaker of the reported speech whose verb the cue shares, when no subject stands before
    that verb (see _shared_speech_verb)."""
    at = _aux_start(doc.text, sent.start, m.start(), words.aux)
    said = _shared_speech_verb(doc.text, sent.start, at, words)
    voice = _voice_at(voices, said.end() + 1) if said is not None else None
    return list(voices[voice]) if voice else []


def _tree_subjects(
    doc: Document, sent, m: re.Match[str], refs: Referents, words: _Words, parse: Parse | None
) -> list[Referent]:
    """Parser tier: the subject the tree gives the cue verb (see tree_slots), read as on the
    surface."""
    if parse is None:
        return []
    verb = tree_slots.cue_verb(parse, m.start(), m.end())
    end = tree_slots.subject_at(parse, verb) if verb is not None else None
    return (
        _subjects(doc, refs, end, sent.start, words) if end is not None and end > sent.start else []
    )


_CLAUSE_IN_TARGET = re.compile(r"\b(?:that|who|which|whether|if|he|she|they|we|it|I|you)\b")


def _asked_content(
    text: str, sent, m: re.Match[str], frame: _Cue, refs: Referents, actors: list, words: _Words
) -> tuple[int, str | None, re.Match[str] | None] | None:
    """(where the content starts, who is asked, a "that" determiner) of an asked/wanted/expected cue
    ("urged Ukraine to accept …": after "to"; "wants a ceasefire": the thing), or None when it asks
    no one."""
    rest_at = m.end()
    if _QUESTION.match(text, rest_at, sent.end):
        return None  # "asked whether the treaty required Sweden to …": a question, not a demand
    if (
        frame.content == "asked"
        and _ASKING.match(m.group(0))
        and _WOULD_ASK.search(text, max(sent.start, m.start() - 16), m.start())
    ):
        # "(if the budget fell,) he would ask the president to …": a step it may take; not "any
        # deal would require X to …", what a deal must hold
        return None
    if frame.content == "wanted" and _TO_BE_DONE.match(text, rest_at, sent.end):
        return rest_at, None, None  # "want to be paid …": done by the other side, a demand
    # not "wants to exploit the strike to recruit …": the subject's own aim, no one asked
    # who is asked, then "to" and a verb: not "(urged) a return to the table", a noun phrase
    # (an adverbial between commas may follow who is asked: "asked the rebels, in writing, to …")
    # ('urged both parties "to find a way …"': the quote may open before "to")
    t = re.match(
        r"\s+((?!to\s)(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,5}?)(?:,\s+[^,;:“”\"]{1,40},)?\s+"
        r"(?:[“\"](?=to\s))?to\s+(?!(?:the|a|an|its|their|his|her|our|this|these|those)\s|[\d$€£])",
        text[rest_at : sent.end],
    )
    # "wants a ceasefire" (a thing, not an act: no target) is a demand too; "wants to …" is not
    wants_thing = (
        frame.content == "wanted" and _WANTS_THING.match(text, rest_at, sent.end) is not None
    )
    if t and _CLAUSE_IN_TARGET.search(t.group(1)):
        t = None  # "told X that he had to consult …": a clause of its own, not X
    if t and wants_thing and t.group(1).lower().split()[-1] in words.infinitive_nouns:
        t = None  # "wants the sole right to run …": the right is the thing wanted, no one asked
    if t and words.own_people.fullmatch(t.group(1)):
        return None  # "would ask its members to attend …": a side's own people, no other side
    # "urged them to …" asks someone named before; "wants this to …", "wants him to …" no one
    # (a wish about someone, not a side asked)
    pronouns = (
        r"(?:this|it|that)" if frame.content == "asked" else r"(?:this|it|that|them|us|me|him|her)"
    )
    if (not t or re.fullmatch(pronouns, t.group(1), re.I)) and not wants_thing:
        return None
    if (
        t
        and not wants_thing
        and not _asks_party(refs, rest_at + t.start(1), t.group(1), frame, words)
    ):
        return None
    if wants_thing and t and not (t.group(1)[:1].isupper() or t.group(1).startswith("the ")):
        t = None  # "wants a fair deal to end …": the thing, not a target
    if wants_thing and t and _PARTICIPLE_LAST.search(t.group(1)):
        return rest_at, None, None  # "wants the vote moved to May": the thing and its state
    if not t:
        rest_at, that = _content_start(text, sent, m, frame.type, words)
        return rest_at, None, that
    tref = next(iter(refs.in_range(rest_at + 1, rest_at + t.end(1) + 2)), None)
    asked = refs.resolve(tref) if tref else None
    target = asked.actor_id if asked else None
    if target is not None and any(a is not None and a.actor_id == target for a in actors):
        target = None  # who is asked is not who asks: a wrong resolution, better none
    asked_at, rest_at = rest_at + t.start(1), rest_at + t.end()
    if words.cognition.match(text, rest_at, sent.end):
        return None  # "wants the world to know that …": a wish about what someone knows, no move
    if _PASSIVE_INFINITIVE.match(text, rest_at, sent.end):
        # "wanted the definition of fishing to be narrowed": what is to happen to the thing, the
        # thing with it
        return asked_at, target, None
    return rest_at, target, None


# "would" right before an asked cue: what a side would do in a case ("would ask …" of its next
# step), not what it asks now; not "I would urge …", "we would call on …", a speaker's polite way
# of asking now
_WOULD_ASK = re.compile(r"(?<!\bI\s)(?<!\b[Ww]e\s)\bwould\s+(?:then\s+|also\s+)?$")
_ASKING = re.compile(r"(?:ask|urg|call|press|appeal|tell|invit|encourag)", re.I)
# a passive infinitive: "(to) be narrowed", "(to) be paid in full"
_PASSIVE_INFINITIVE = re.compile(
    r"be\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn)|held|built|spent|kept|done|made|paid|put|set|cut|"
    r"sent|sold|told|left|met|won|lost|struck|laid|brought|bought|taught|sought|granted)\b"
)


def _past_recipient(text: str, refs: Referents, m: re.Match[str], at: int, groups) -> int:
    """ "offered Chile a prisoner swap", "offered pilots a 15% raise", "offered them compensation":
    after a verb of giving, the recipient before the thing given is no part of the content. A
    pronoun or a group of people ("staff", "its striking drivers") may be given a bare noun; a
    name or "the" and a word takes a determiner or a number after it."""
    if not _GIVING.match(m.group(0)) or re.search(r"\bto\s*$", text[m.end() : at]):
        return at  # not "offered to free four prisoners …": the verb's object, no recipient
    r = refs.starting_at(at)
    if r is not None:
        return r.end if _THING_AFTER.match(text, r.end) else at
    plain = _RECIPIENT.match(text, at)
    if plain is not None and _THING_AFTER.match(text, plain.end()):
        return plain.end()
    people = _PRONOUN_OBJECT.match(text, at) or groups.opening.match(
        text, at, min(len(text), at + 80)
    )
    end = None if people is None else people.end(people.lastindex or 0)
    if end is not None and (_THING_AFTER.match(text, end) or _BARE_THING.match(text, end)):
        return end
    return at


def _given_to_subject(text: str, sent, m: re.Match[str]) -> int | None:
    """Where the clause ends, when a verb of giving is a passive whose subject is given something
    ("Nurses were offered a raise", "The rebels have been promised an amnesty"): the subject is
    who receives, not who moves; None for any other cue."""
    first = m.group(0).split()[0]
    if not (first.lower().endswith("ed") and _GIVING.match(first)):
        return None
    if _BE_BEFORE.search(text, max(sent.start, m.start() - 30), m.start()) is None:
        return None
    return _clause_end(text, m.end(), sent.end)


def _given_by(doc: Document, sent, m, refs: Referents, frame: _Cue, voices, words, parse, end: int):
    """The move of a passive of giving: the by-agent's, the content cut before "by" ("were offered a
    raise by the ministry"); with no agent, no one's (whoever gave is not said)."""
    by = _BY_AGENT.search(doc.text, m.end(), end)
    found = _by_agent(refs, doc.text, by.end()) if by else None
    if by is None or found is None:
        return
    agent = found[0]
    for actors, cue, s, e, target, at in _content_items(
        doc, sent, m, refs, frame, voices, [agent], words, parse
    ):
        if s < by.start():
            yield actors, cue, s, min(e, by.start()), target, at


def _asked_by(doc: Document, sent, m: re.Match[str], refs: Referents, words: _Words):
    """The move of a passive of asking: "Sweden was urged by Norway to cut its quota", "has been
    called on by the union to …": the by-agent asks, what follows "to" is the content; with no
    agent named, or no "to", no move (not "was asked by reporters whether …")."""
    text = doc.text
    if _BE_BEFORE.search(text, max(sent.start, m.start() - 30), m.start()) is None:
        return
    by = _BY_AGENT.match(text, m.end(), sent.end)
    found = _by_agent(refs, text, by.end()) if by else None
    # "to" after the agent's own words (not after the referent it resolves to, named before)
    to = _TO_VERB.match(text, found[1], sent.end) if found else None
    if found is None or to is None:
        return
    end = _clause_end(text, to.end(), sent.end)
    for s, e in _split_list(text, to.end(), end, words.base_verbs):
        yield [found[0]], m.group(0), s, e, None, m.start()


def _by_agent(refs: Referents, text: str, at: int) -> tuple[Referent, int] | None:
    """(the agent named right after "by", resolved; where its words end): a referent at `at`, or
    one after "the" ("by the Health Ministry"); None when no one is named there."""
    written = refs.starting_at(at)
    if written is None and text[at : at + 4].lower() == "the ":
        written = refs.starting_at(at + 4)
    if written is None:
        return None
    agent = refs.resolve(written) or _unnamed_body(refs, written, oblique_ok=True)
    return (agent, written.end) if agent is not None else None


def _pseudo_cleft(doc: Document, sent, m: re.Match[str], refs: Referents, words: _Words, speakers):
    """ "What Norway wants is a new quota", "what the union is asking for is a 9% raise": the free
    relative's subject demands what follows the copula (a free relative alone, "what Norway
    wants", names no move; "what they are proposing is the break-up of …" mostly characterises
    an offer, so a demand's verbs only). "What we want is …" is the speaker's; after "they",
    "he", "she" or "it" (whose reference a quote blurs) no one's."""
    text = doc.text
    what = _CLEFT_WHAT.search(text, max(sent.start, m.start() - 80), m.start())
    if what is None:
        return
    pronoun = _CLEFT_PRONOUN.match(text, what.start() + 5)
    if pronoun is not None:
        speaker = _quote_speaker(doc, speakers, m.start()) if pronoun.group(1) else None
        actors = [speaker] if speaker is not None else []
    else:
        actors = _subjects(doc, refs, m.start(), what.start() + 5, words)
    copula = _CLEFT_COPULA.match(text, m.end(), sent.end)
    if not actors or copula is None or not _CLEFT_CONTENT.match(text, copula.end(), sent.end):
        return  # "What Norway wants is unclear": a judgement, no content
    start = copula.end()
    end = _clause_end(text, start, sent.end)
    for s, e in _split_list(text, start, end, words.base_verbs):
        yield actors, m.group(0), s, e, None, m.start()


# the copula of a pseudo-cleft, after the free relative's verb: "(what X wants) is (that / for) …"
_CLEFT_PRONOUN = re.compile(r"(?:(we|I)|they|he|she|it)\b", re.I)
_CLEFT_WHAT = re.compile(
    r"\b[Ww]hat\s+(?:(?!(?:that|is|was|are|were)\s)[\w’'.-]+\s+){1,4}"
    r"(?:(?:is|are|was|were|has|have)\s+)?(?:(?:also|now|still|really)\s+)?$"
)
# what a content opens with: a noun phrase, an amount, a gerund, a name, "that"/"for" (not an
# adjective: "is unclear")
_CLEFT_CONTENT = re.compile(
    r"(?:that|for|an?|the|its|their|his|her|more|fewer|less|no|new|[a-z]+ing)\s|[$€£]?\d|"
    r"(?-i:[A-Z])",
    re.I,
)
_CLEFT_COPULA = re.compile(
    r"(?:\s+most)?\s+(?:is|are|was|were)\s+(?:that\s+|for\s+)?(?=[\w$€£“\"])"
)
_TO_VERB = re.compile(r"\s*,?\s+to\s+(?=[a-z])")
_BY_AGENT = re.compile(r"\s+by\s+")
_GIVING = re.compile(r"(?:offer|promis|grant|giv|gave|guarantee)", re.I)
# who is given something: a pronoun, "the / its / their" and a noun, or a plural ("pilots")
_RECIPIENT = re.compile(r"(?:them|him|her|us|you|(?:the|its|their)\s+[a-z]+|[a-z]+s)(?=\s)")
_PRONOUN_OBJECT = re.compile(r"(them|him|her|us|you)(?=\s)")
# a bare noun given: not a preposition, a conjunction, an adverb, a verb of the clause, nothing
_BARE_THING = re.compile(
    r"\s+(?!(?:nothing|no|none|to|for|and|or|in|on|at|with|by|that|which|who|as|if|from|of|than|but|is|are|was|"
    r"were|has|have|had|will|would|could|after|before|during|until|when|while)\b)"
    r"(?![a-z]+ly\b)[a-z][a-z-]+\b"
)
_THING_AFTER = re.compile(
    r"\s+(?=(?:a|an|the|its|their|his|her|more|new|other|some|several|\d|[$€£])[\s\d])"
)


def _relative_actor(refs: Referents, text: str, start: int, end: int) -> Referent | None:
    """The subject [start, end) of a relative clause: a referent (a body named by its noun as
    written), or an unnamed group ("the raise nurses are seeking")."""
    for r in refs.in_range(start, end):
        if r.end <= end:
            return refs.resolve(r) or _unnamed_body(refs, r, oblique_ok=True)
    word = text[start:end]
    if word.islower() and word.endswith("s"):
        return Referent(start, end, word[:1].upper() + word[1:], None, "description")
    return None


def _relative_object(text: str, sent, m: re.Match[str]) -> re.Match[str] | None:
    """The noun phrase a relative clause ending in the cue is about: "(rejected) the 5% raise the
    union is demanding", "a deal that she said Latvia had proposed and …", "(the) money he wanted
    for the ports"; None unless the cue has no object of its own and that noun phrase stands right
    before the clause's subject, inside the sentence (not at its start)."""
    if not _OBJECTLESS.match(text, m.end(), sent.end):
        return None
    floor = max(sent.start, m.start() - 150)
    rel = _RELATIVE.search(text, floor, m.start())
    return None if rel is None or rel.start() == sent.start else rel


# after the cue: a mark, a conjunction or a preposition, not its own object (a straight quote mark
# before a word opens a quoted object: 'guarantee "a full withdrawal"')
_OBJECTLESS = re.compile(
    r"\s*(?:[,.;:!?”—]|\"(?!\w)|$|(?:and|but|or|for|in|on|at|from|during|since|because|while|as|after|"
    r"before|over)\b)"
)
# a noun phrase (no second determiner, no wh-word inside; a common noun heads it), maybe "that /
# which" (and "he said"), the subject (group 2), its auxiliaries, then the cue
_NP_WORD = r"(?!(?:the|a|an|that|which|what|who|whom|all)\b)[\w$%.’'-]+(?:,\d+)*"
_RELATIVE = re.compile(
    r"(?<![\w’'-])((?:the|a|an|its|their|his|her|any|every)\s+(?:" + _NP_WORD + r"\s+){0,4}?"
    r"(?!(?:for|of|to|in|on|at|with|by|from|and|or)\b)[a-z][\w’'-]*(?<![’']s))"
    r"\s+(?:(?:that|which)\s+)?(?:(?:he|she|they|it|we|[A-Z][\w.-]*)\s+(?:said|says)\s+)?"
    # the subject: a pronoun, a name, "the union", "unions", "the team's owners"
    r"(he|she|they|it|we|(?:the\s+)?[\w.’'-]+[’']s\s+[a-z]+|(?:the\s+)?(?:(?!(?:for|of|to|in|on|at|with|by|from|and|or)\b)[a-z]+\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|"
    r"the\s+[a-z]+|[a-z]{3,}s)\s+"
    r"(?:(?:is|are|was|were|has|have|had|been|would|will|also|now|still|originally|initially)\s+)*$"
)


def _noun_reading(text: str, sent, m: re.Match[str], refs: Referents) -> bool:
    """Whether a cue word is a noun: after an amount ("a 21% offer", "a $5bn proposal"), or in its
    base form after "the/a" and a name and before the sentence's verb ("the Latvia offer comes")."""
    before = text[max(sent.start, m.start() - 16) : m.start()]
    if _AMOUNT_BEFORE.search(before):
        return True
    if not _BASE_THEN_VERB.match(text, m.start(), sent.end):
        return False
    name = refs.ending_at(m.start() - len(before) + len(before.rstrip()))
    return name is not None and bool(
        _DETERMINER_BEFORE.search(text, max(sent.start, name.start - 6), name.start)
    )


_AMOUNT_BEFORE = re.compile(r"(?:\d%|[$€£]\s?\d[\d.,]*(?:\s?(?:bn|billion|million|m))?)\s+$")
# a cue word in its base form, then a finite verb of the sentence ("offer comes", "plan was")
_BASE_THEN_VERB = re.compile(
    r"[a-z]+(?<!s)(?<!ed)(?<!ing)\s+(?:[a-z]+(?<!s)s|is|was|has|had|would|will|remains|fell)\b",
    re.I,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+$")


# the thing's state after "wants": "the vote moved", "the rate brought down", "the tax withdrawn
# immediately and (Italy to …)": a participle last, maybe with its particle, or before an adverb
# and "and" (what follows is a second thing wanted)
_PARTICIPLE_LAST = re.compile(
    r"\s(?:[a-z]+ed|given|taken|done|held|kept|put|set|cut|brought|withdrawn|drawn|frozen|paid|"
    r"made|sent)(?:\s+(?:down|up|back|out|off|in))?(?:\s+[a-z]+ly\s+and\s+.+)?$"
)


def _content_start(text: str, sent, m: re.Match[str], move: str, words: _Words):
    """(where the content starts, the "that" determiner match) after a cue with a plain clause: past
    a time ("agreed on Tuesday to …"), "that", an opening quote mark, "to" (not for a demand)."""
    rest_at = m.end()
    when = words.when.match(
        text, rest_at, sent.end
    )  # "agreed on Tuesday to …": the time is not the content
    if when and re.match(r"\s+(?:that|to)\s", text[when.end() : when.end() + 6]):
        rest_at = when.end()
    that = words.that_noun.match(text, rest_at, sent.end)  # "rejected that condition": a determiner
    t = re.match(
        r"\s+[“\"]?"
        if that
        else r"\s+(?:that\s+)?[“\"]?" + (r"(?:to\s+)?" if move != "demand" else ""),
        text[rest_at : sent.end],
    )
    rest_at += t.end() if t else 0
    named = _NAMED_AS.match(text, rest_at, sent.end)  # "offered what it called a final offer"
    return (named.end() if named else rest_at), that


# a free relative naming the content: "(offered) what it called / what they said was / what amounts
# to (a 5 percent raise)"
_NAMED_AS = re.compile(
    r"what\s+(?:(?:it|they|he|she|we|(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?)\s+)??"
    r"(?:call(?:s|ed)?|described\s+as|describes?\s+as|termed|dubbed|billed\s+as|"
    r"(?:said|says|say)\s+(?:was|is|were|are|would\s+be)|(?:saw|sees?|viewed|views?)\s+as|"
    r"amount(?:s|ed)?\s+to|(?:was|is)(?=\s+(?:an?|the|its|their|[$€£]?\d)))\s+"
)
# a free relative left as the content names no term: "(offered) what is within our powers",
# "(proposed) whatever it takes"
_FREE_RELATIVE = re.compile(r"(?:what|whatever|whichever)\s")


_AUXILIARY = re.compile(r"(?:had|has|have|was|were|is|are|will|would|could|may|might)\s+[a-z]")


def _no_content(
    text: str, sent, m: re.Match[str], move: str, rest_at: int, that, words: _Words
) -> bool:
    """Whether the cue has no content of its own: only a pronoun object, punctuation or "if" after
    it, or it sits in a condition ("if Moscow rejected a ceasefire")."""
    if (
        _OBJECT_ONLY.match(text[rest_at : rest_at + 5])
        and move in ("proposal", "reject", "agree")
        and not that
    ):
        return True
    if (
        text[rest_at : rest_at + 1] in ",;:.)"
        or rest_at >= sent.end
        or re.match(r"if\b", text[rest_at : rest_at + 3])
    ):
        return True  # no content of its own ("threatened if …")
    if not that and _AUXILIARY.match(text, rest_at, sent.end):
        return True  # "the EU offer had buoyed hopes": the cue is a noun, the subject of a verb
    if _FREE_RELATIVE.match(text, rest_at, sent.end):
        return True
    return move != "threaten" and _condition_before(text, sent, m.start(), words.condition)
