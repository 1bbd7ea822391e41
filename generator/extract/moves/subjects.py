"""Who stands before a cue: the subject (with "X and Y", auxiliaries and adverbs skipped), an
unnamed group heading it, a demonym ("the Finns"), the subject of a purpose clause, the speaker
of a participle after a quote, and the owner of a possessive or a pre-modifier ("Chile's",
"its", "the Swedish (demand)")."""

from __future__ import annotations

import bisect
import re

from ...model import Document
from ..groups import group_opening, group_subject
from ..scan import matches
from ..speakers import Referent, Referents
from .words import _Words


def _voice_at(voices, pos: int) -> tuple[int, int] | None:
    return voices.at(pos)


def _aux_start(text: str, floor: int, pos: int, aux: frozenset[str]) -> int:
    """Where the auxiliaries before a verb cue at `pos` begin ("Russia| has also demanded"): one
    past the first blank of the blanks-and-auxiliaries run that ends at `pos`, `floor` when the run
    reaches it, `pos` when no blank stands before the cue. Quote marks count as blanks; a
    lower-case adverb in -ly counts as an auxiliary ("Kenya| originally demanded").

    Read backwards from `pos`, word by word, so the cost is the length of that run, not of the
    sentence (a regex ending in `$` is tried at every position, and nested repeats over blanks
    backtrack exponentially)."""

    def blank(i: int) -> bool:
        return text[i] in '“"' or text[i].isspace()

    if pos <= floor:
        return floor
    if not blank(pos - 1):
        return pos
    j = pos
    while True:
        while j > floor and blank(j - 1):  # the blanks before the word just read (or the cue)
            j -= 1
        if j == floor:
            return floor
        k = j
        while k > floor and not blank(k - 1):
            k -= 1
        word = text[k:j]
        contracted = _CONTRACTED.fullmatch(word)
        if contracted is not None:  # "it's offering", "we've offered": the pronoun is the subject
            return k + contracted.end(1)
        if (
            word == "only"
            and k - 4 >= floor
            and text[k - 4 : k - 1] == "not"
            and text[k - 1] in ' “"'
            and (k - 4 == floor or blank(k - 5))
        ):
            k -= 4  # "not only"
        elif word not in aux and not _LY_ADVERB.fullmatch(word):
            phrase = _ADVERBIAL.search(text, max(floor, j - 48), j)
            if phrase is None:
                return j + 1
            k = phrase.start()  # "Peru has| in the past| demanded": an adverbial phrase
        if k == floor:
            return floor
        j = k


def _subjects(
    doc: Document, refs: Referents, pos: int, floor: int, words: _Words
) -> list[Referent]:
    """The subject before a cue at `pos`, with "X and Y" coordinated subjects."""
    text = doc.text
    verb_at = _aux_start(text, floor, pos, words.aux)
    said = _shared_speech_verb(text, floor, verb_at, words)
    if said is not None:  # the speaker's own verb: theirs, or the speech's speaker's (voices)
        speaker = refs.subject_before(said.start(), floor)
        return _resolved_subject(doc, refs, speaker, words) if speaker is not None else []
    subj = refs.subject_before(max(verb_at, floor), floor)
    if (
        subj is not None
        and verb_at == pos
        and _ING_CUE.match(text, pos)
        and _OBLIQUE.search(text, max(floor, subj.start - 30), subj.start)
        and not _absolute_with(text, floor, subj.start)
    ):
        # "wrote to the ministers opposing …": the ministers are addressed, the writers oppose
        return []
    if subj is None and _AND_AUX.search(text, max(floor, verb_at - _LOOK), verb_at):
        subj, group = _subject_before_and(doc, refs, floor, verb_at, words)
        if group is not None:
            return [group]
    if subj is None and _pair_subject(refs, text, max(floor, verb_at - _LOOK), verb_at):
        # "The two sides agreed to …": the latest pair of parties named together
        return refs.pair_before(floor, lookback=3000)
    if subj is None:
        subj = _shared_subject(text, refs, floor, pos, words)
        if subj is None:
            return _person_as_written(text, floor, verb_at, words)
    return _resolved_subject(doc, refs, subj, words) or _person_as_written(
        text, floor, verb_at, words
    )


def _shared_speech_verb(text: str, floor: int, verb_at: int, words: _Words) -> re.Match[str] | None:
    """ "She said the president would not negotiate and called on Congress to …": the speech verb
    whose subject a verb after "and" shares, when that verb is in its tense and the reported clause
    between them holds a modal or a present verb it cannot share ("would not negotiate and
    called"); None when the cue at `verb_at` is no such verb."""
    and_at = _AND_BEFORE.search(text, max(floor, verb_at - 8), verb_at)
    cue = _TENSED.match(text, verb_at)
    if and_at is None or cue is None:
        return None
    said = None
    for w in _LOWER.finditer(text, floor, and_at.start()):
        if w.group(0) in words.speech:
            said = w
    if said is None or (said.group(0).endswith("s") != (cue.group("present") is not None)):
        return None  # "says … and calls for", "said … and called for": one tense
    clause = text[said.end() : and_at.start()]
    return None if _BREAK.search(clause) or not _UNSHARED.search(clause) else said


_AND_BEFORE = re.compile(r",?\s+and\s+$")
_TENSED = re.compile(
    r"[a-z]+ed\b(?!\s+by\b)|(?:sought|made|told|gave|set out)\b|(?P<present>[a-z]+s)\b"
)
_LOWER = re.compile(r"\b[a-z]+\b")
# what the reported clause's own verb is when "and V-ed" cannot be a second verb of it
_UNSHARED = re.compile(
    r"\s(?:would|will|could|can|should|must|may|might|shall|is|are|does|do)(?:\s+not|n['’]t)?\s"
)


def _person_as_written(text: str, floor: int, verb_at: int, words: _Words) -> list[Referent]:
    """ "A federal mediator has suggested …": someone no name or earlier mention stands for, the
    whole subject from the sentence's start (or after an opener), shown as written."""
    opener = _OPENER.match(text, floor, verb_at)
    for at in dict.fromkeys((floor, opener.end() if opener else floor)):
        if words.person.fullmatch(text, at, verb_at):
            name = text[at:verb_at].strip()
            return [Referent(at, at + len(name), name[:1].upper() + name[1:], None, "description")]
    return []


def _subject_before_and(
    doc: Document, refs: Referents, floor: int, verb_at: int, words: _Words
) -> tuple[Referent | None, Referent | None]:
    """ "Kyiv had been shown the draft and had asked for …": the subject of the verb before "and";
    "The councillors want A and are pressing for B": the sentence's subject, a name or a group
    opening it; (the subject, None) or (None, the group)."""
    text = doc.text
    for r in reversed(
        [
            x
            for x in refs.in_range(floor, verb_at)
            if x.end <= verb_at
            and (x.kind != "pronoun" or x.name.lower() in ("he", "she", "they", "it", "we"))
        ]
    ):
        verb = words.verb_after.match(text, r.end, verb_at) or (
            _OPENING.fullmatch(text, floor, r.start) and _LOWER_WORD.match(text, r.end, verb_at)
        )
        if verb and not _in_clause_before(text, r.end, verb_at):
            return r, None
    group = group_opening(text, refs, words.groups, floor, verb_at)
    if (
        group is not None
        and not _in_clause_before(text, group.end, verb_at)
        and not any(r.kind in ("person", "actor") for r in refs.in_range(group.start, group.end))
    ):  # not "Kari Holm thanked the nurses": a name and its verb before the group's noun
        return None, group
    return None, None


def _shared_subject(
    text: str, refs: Referents, floor: int, pos: int, words: _Words
) -> Referent | None:
    """ "Zelenskiy is trying … and has proposed …": a coordinated verb shares the subject opening
    the sentence ("They demanded repairs, called for …": a pronoun too); None when the cue is no
    such verb."""
    head = [
        r
        for r in refs.in_range(floor, floor + 41)
        if r.end <= pos
        and (r.kind != "pronoun" or (r.start == floor and r.name.lower() in _SUBJECTS))
    ]
    if not head or (
        re.search(r"[,;]\s*$", text[floor : head[0].start])
        and not _ADVERB_OPENER.fullmatch(text, floor, head[0].start)  # "In a statement, X …"
    ):
        return None
    people = [r for r in head if r.kind == "person"]
    subj = people[0] if people and people[0].start - head[0].end <= 25 else head[0]
    if not _AND_WORDS.search(text, max(subj.end, pos - _LOOK), pos) and not (
        _COMMA_BEFORE.search(text, max(subj.end, pos - 4), pos)
        and _PAST_NOT_BY.match(text, pos)
        and _OPENER.fullmatch(text, floor, subj.start)  # the sentence's own subject
    ):
        return None  # only a coordinated verb shares the first subject ("…, called for …" too)
    for n in (1, 2, 3):  # "the group's central command demanded A, and asked B": the phrase
        poss = _POSSESSED[n].match(text, subj.end, pos)
        if poss is not None and words.verb_after.match(text, poss.end(), pos):
            return refs.subject_before(poss.end() + 1, floor) or subj
    return subj


def _resolved_subject(doc: Document, refs: Referents, subj: Referent, words: _Words) -> list:
    """Who the subject `subj` stands for: both of a pair for "they", the owner of a document "it"
    stands for, the referent it resolves to, with an "X and" before it."""
    text = doc.text
    if subj.kind == "pronoun" and subj.name.lower() in ("they", "we"):
        pair = refs.pair_before(subj.start)
        if pair:
            return pair  # "talks between Russia and Ukraine … they agreed": both sides
    if subj.kind == "pronoun" and subj.name.lower() == "it":
        owner = _owned_document_before(doc, refs, subj.start, words)
        if owner is not None:
            return [owner]  # "The guild's counteroffer calls for A. It also seeks B": the guild
    group = None
    if subj.kind == "pronoun" and subj.name.lower() == "they" and _opens_sentence(doc, subj):
        # "The three European powers, known as the E3, have circulated a draft on Iran. They
        # want …": the group opening the sentence before is its subject, not a name after it
        group = _group_before(doc, refs, subj.start, words, lookback=1)
    out = [group or refs.resolve(subj) or _unnamed_body(refs, subj)]
    if out[0] is None and subj.name.lower() == "they":
        out = [_group_before(doc, refs, subj.start, words)]  # "Nurses' unions met …. They want …"
    first = out[0]
    if subj.name.lower() == "it" and first is not None:
        named = words.document.search(text, first.end, subj.start)
        if _document_subject(doc, words, first.end, subj.start) or (
            words.document_verb.match(text, subj.end)
            and named is not None
            # not the object of another side's move: "X rejected the plan. It offered …" is X
            and not words.others_move.search(text, first.end, named.start())
        ):
            # "The accord was signed in Oslo. It called for …", "X drafted a treaty. It called
            # for …": the document, no actor (not "X rejected the deal. It wants …")
            return []
        if refs.oblique(first):
            out = [_body_subject(doc, refs, first) or first]
    prev = [
        r
        for r in refs.in_range(max(0, subj.start - 80), subj.start)
        if r.end <= subj.start
        and re.fullmatch(r"\s*,?\s*and\s*(?:the\s+)?", text[r.end : subj.start])
    ]
    if prev:
        out.insert(0, refs.resolve(prev[-1]))
    return [r for r in out if r is not None]


def _document_subject(doc: Document, words: _Words, lo: int, hi: int) -> bool:
    """Whether a document noun heads the subject of a sentence in [lo, hi) ("The accord was signed
    in 2019. It …": "it" is the document); one named as an object is not ("The union rejected the
    deal. It wants …": the union)."""
    text = doc.text
    for m in words.document.finditer(text, lo, hi):
        start = doc.sentence_at(m.start()).start
        if _DOCUMENT_OPENS.fullmatch(text, max(start, lo), m.start()):
            return True
    return False


# what stands before a document noun heading a sentence's subject: a determiner, a few modifiers
_DOCUMENT_OPENS = re.compile(
    r"\s*[“\"]?(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]n?|[A-Z][\w.&-]*[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,3}"
)


def _owned_document_before(doc: Document, refs: Referents, at: int, words: _Words):
    """The owner of a move or document noun opening the sentence before the one "it" opens at
    `at` ("The guild's latest counteroffer …. It also seeks …"): "it" is that document, its
    moves the owner's."""
    sent = doc.sentence_at(at)
    if sent.start == 0 or not _IT_OPENS.fullmatch(doc.text, sent.start, at):
        return None
    prev = doc.sentence_at(sent.start - 1)
    m = _OWNED_NOUN.match(doc.text, prev.start, prev.end)
    if m is None or not any(w.lower() in words.named_moves for w in m.group(2).split()[-1:]):
        return None
    return _owner(doc, refs, prev, m.start(1), words)


_IT_OPENS = re.compile(r"\s*[“\"]?")
# "The guild's latest counteroffer", "Norway's draft": group 1 the possessive, group 2 the words
# after it to the noun (up to four, before the sentence's verb or a comma)
_OWNED_NOUN = re.compile(
    r"\s*[“\"]?(?:[Tt]he\s+)?(?:[\w.&-]+\s+){0,4}?[\w.&-]+([’']s?)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)"
    r"(?=,|\s+(?:calls?|called|seeks?|sought|includes?|included|would|will|also|proposes?|proposed|"
    r"offers?|offered|demands?|demanded|asks?|asked|sets?|set|was|is)\b)"
)


def _absolute_with(text: str, floor: int, at: int) -> bool:
    """Whether "with" stands right before `at`: in ", with the union calling for …" and in "talks
    with Latvia holding out for …" the noun after it is the participle's subject (whom someone
    talks with is the one who holds out)."""
    return _WITH_BEFORE.search(text, max(floor, at - 12), at) is not None


_WITH_BEFORE = re.compile(r"\b[Ww]ith\s+(?:the\s+)?$")


def _unnamed_body(refs: Referents, subj: Referent, oblique_ok: bool = False) -> Referent | None:
    """ "The union demanded …" where the article names no union before: the body as written, the
    way it is the speaker of "the union said"; not "the official" (someone named, or no one) nor
    "the city" in what its mayor said (the mayor's side: `speakers_side_nouns`)."""
    noun = subj.name.lower().split()[-1]
    if subj.kind != "role" or noun not in refs.words.collective or noun in refs.words.speakers_side:
        return None
    text = refs.doc.text
    if not oblique_ok and (
        refs.oblique(subj) or _PREPOSITION.search(text, max(0, subj.start - 12), subj.start)
    ):
        return None  # "many inside the union are willing to …": the union is no subject
    name = subj.name[:1].upper() + subj.name[1:]
    return Referent(subj.start, subj.end, name, None, "description")


_PREPOSITION = re.compile(
    r"\b(?:in|of|on|at|from|with|for|to|by|among|across|inside|near)\s+$", re.I
)


# Patterns anchored at a cue ($) are searched in the last _LOOK characters before it, not in the
# whole sentence before it for every cue (quadratic); what they match is a few words long.
_LOOK = 300
_THE_NOUN = re.compile(r"\b[Tt]he ([a-z][a-z-]+)$")
_LY_ADVERB = re.compile(r"[a-z]{2,}ly")
# adverbial phrases that may stand between an auxiliary and its verb ("has in the past demanded")
_ADVERBIAL = re.compile(
    r"(?<![\w’'-])(?:in the past|so far|at first|at times|once again|until now|by now|"
    r"for (?:years|months|weeks|decades)|in recent (?:days|weeks|months|years)|"
    # a time: "The rebels last month offered …", "Peru yesterday proposed …"
    r"(?:earlier |later )?(?:last|this|next) (?:week|month|year|night|weekend)|yesterday|today|"
    r"tonight|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # a possessive phrase: "The union in its offer this week asked for …"
    r"in (?:its|their|his|her) (?:[\w-]+ ){0,2}[\w-]+"
    r"(?: (?:earlier|last|this) (?:week|month|year))?|"
    # an acronym in brackets: "The Cabin Crew Union (CCU) initially demanded …"
    r"\([A-Z][A-Za-z&.]{1,9}\))$"
)
_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")
# an adverbial opening a sentence before its subject: "In a statement, ", "On Monday, "
# (after a dateline: "OSLO, May 4 (Wire) - ")
_ADVERB_OPENER = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?:,[^,\n—–-]{1,25}){0,2}\s+[—–-]{1,2}\s+)?"
    r"(?:(?:In|On|At|For|After|Before|During|Under|Since|Separately|Meanwhile|However|Earlier|"
    r"Later|Last|This|Then|Now|Today|Yesterday|[A-Z][a-z]+ly)\b[^,;:“”\"]{0,60},\s*)?"
)
_POSSESSED = {
    n: re.compile(r"['’]s(?:\s+(?!(?:and|or|but)\b)[a-z-]+){%d}(?=\s)" % n) for n in (1, 2, 3)
}
_LOWER_WORD = re.compile(r"\s+[a-z]+\b")
_CONTRACTED = re.compile(r"(it|he|she|who|that|they|we|you|i)['’](?:s|ve|re|d|ll|m)", re.I)
_AND_AUX = re.compile(r"\b(?:and|but)\s+(?:(?:had|has|have|also|then|later)\s+)*$")
_AND_WORDS = re.compile(r"\band\s+(?:[\w’'-]+\s+){0,3}$")
_COMMA_BEFORE = re.compile(r",\s+$")
_SUBJECTS = frozenset(("they", "he", "she", "it", "we"))
_PAST_NOT_BY = re.compile(r"[a-z]+ed\b(?![^,.;]{0,40}?\bby\b)")
# a preposition that makes the noun after it an oblique object, not a subject ("wrote to Norway
# urging …"); not "from"/"by": "a letter from the union urging …" is the union's
_OBLIQUE = re.compile(r"\b(?:to|for|with|at|on|into|towards?|against|before)\s+(?:the\s+)?$", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.I)
_CLAUSE_MARK = re.compile(r"[,;]")


def _word_before(text: str, floor: int, pos: int) -> tuple[int, str] | None:
    """What `re.search(r"([\\w’'-]+)[“\"]?\\s+$", text[floor:pos])` finds, as (start, word): the
    word before the blanks ending at `pos`, read backwards (the search is quadratic in a long
    word)."""
    j = pos
    while j > floor and text[j - 1].isspace():
        j -= 1
    if j == pos:
        return None
    if j > floor and text[j - 1] in '“"' and j - 1 > floor and _word_char(text[j - 2]):
        j -= 1
    k = j
    while k > floor and _word_char(text[k - 1]):
        k -= 1
    return (k, text[k:j]) if k < j else None


def _ends_between(refs: Referents, floor: int, lo: int, hi: int) -> bool:
    """Whether a referent starting at or after `floor` ends in [lo, hi] (by bisect on their
    ends)."""
    k = bisect.bisect_left(refs.ends, lo)
    while k < len(refs.items) and refs.ends[k] <= hi:
        if refs.items[k].start >= floor:
            return True
        k += 1
    return False


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_’'-"


def _condition_before(text: str, sent, pos: int, condition: re.Pattern[str] = _CONDITION) -> bool:
    """Whether "if / unless / whether" stands after the last comma or semicolon before `pos` in the
    sentence (`\\b(?:if|unless|whether)\\b[^,;]*$` over the sentence before `pos`), from one pass
    over the sentence for each pattern."""
    marks = matches(_CLAUSE_MARK, text, sent.start, sent.end)
    k = bisect.bisect_left(marks[0], pos) - 1
    lo = marks[0][k] + 1 if k >= 0 else sent.start
    words = matches(condition, text, sent.start, sent.end)
    k = bisect.bisect_left(words[0], pos) - 1
    return k >= 0 and words[0][k] >= lo and words[1][k] <= pos


_STARTS: list = [None, []]


def _sentence_starts(doc: Document) -> list[int]:
    if _STARTS[0] is not doc:
        _STARTS[:] = [doc, [s.start for s in doc.sentences]]
    return _STARTS[1]


def _pair_subject(refs: Referents, text: str, start: int, end: int) -> bool:
    """Whether "the two sides (have)", "both governments" ends at `end`: the subject of a verb."""
    m = re.search(r"(?:the two|both) [a-z]+\s+(?:have\s+|had\s+)?$", text[start:end], re.I)
    return bool(m and refs.words.pair.match(m.group(0)))


_CLAUSE_WORDS = re.compile(r"[;:]|\b(?:that|who|which|said|says|told)\b")


def _in_clause_before(text: str, start: int, end: int) -> bool:
    """Whether a clause boundary (another subject's verb, "that", a semicolon) lies between."""
    return _CLAUSE_WORDS.search(text, start, end) is not None


def _group_actor(
    doc: Document, sent, pos: int, refs: Referents, words: _Words, voices, find=group_subject
) -> Referent | None:
    """ "Angry herders demanded …", "The dockers who picketed X's office want …": an unnamed group
    that is the whole subject of a verb cue at `pos`, from the sentence's start, from the start of
    what someone said ("Norway said farmers want …") or after a semicolon ("…; nurses want …")."""
    voice = _voice_at(voices, pos)
    start = voice[0] if voice and voice[0] > sent.start else sent.start
    semicolon = doc.text.rfind(";", start, pos)
    start = semicolon + 1 if semicolon >= 0 and pos - semicolon < 260 else start
    while start < pos and doc.text[start] == " ":
        start += 1
    verb_at = _aux_start(doc.text, start, pos, words.aux)
    found = find(doc.text, refs, words.groups, start, verb_at)
    if found is None:  # "…, as a bloc of House conservatives insisted …": a clause of its own
        # the last such clause: the one holding the verb
        clause = max(
            _SUBORDINATE.finditer(doc.text, max(start, verb_at - 120), verb_at),
            key=lambda c: c.start(),
            default=None,
        )
        if clause is not None:
            found = find(doc.text, refs, words.groups, clause.end(), verb_at)
    return found


# a clause opening after a comma with its own subject: "…, as X insisted …", "…, while X want …"
_SUBORDINATE = re.compile(r",\s+(?:as|while|whereas|after|when|because|since|but|and)\s+(?=[a-z])")


def _demonym_subject(text: str, sent, pos: int, words: _Words) -> list[Referent]:
    """ "The Finns insist on …": a plural demonym after "the", subject of a cue at `pos`, is the
    state."""
    verb_at = _aux_start(text, sent.start, pos, words.aux)
    m = _THE_PLURAL.search(text, max(sent.start, verb_at - 40), verb_at)
    if m is None:
        return []
    state = words.demonyms.get(m.group(1))
    return [Referent(m.start(1), m.end(1), state[1], state[0], "actor")] if state else []


_THE_PLURAL = re.compile(r"(?<![\w-])[Tt]he ([A-Z][\w-]*s)\s+$")


def _purpose_subject(doc: Document, sent, pos: int, refs: Referents) -> list[Referent]:
    """ "EU mediators flew to Nairobi last week to press for …", "Norway agreed to call for …",
    "Chile ended the strike by offering …": a cue in an infinitive (or in -ing after "by") is the
    move of its clause's subject, the first of the sentence, when no
    other clause (that, who, said, a semicolon) stands between them; not a place or an object
    nearer to "to"."""
    text = doc.text
    to = _TO_BEFORE.search(text, max(sent.start, pos - 6), pos)
    if to is None or (to.group(1) and not _ING_CUE.match(text, pos)):
        return []
    for r in reversed(refs.before(to.start(), sent.start)):
        if _in_clause_before(text, r.end, to.start()):
            return []
        if not refs.oblique(r) and not refs.in_quote(r):
            subj = refs.resolve(r)
            return [subj] if subj else []
    return []


# "to" before a cue, or "by" before a cue in -ing ("offered a concession by proposing that …")
_TO_BEFORE = re.compile(r"(?<![\w’'-])(?:to|(by))\s+$")


def _body_subject(doc: Document, refs: Referents, oblique: Referent) -> Referent | None:
    """ "Norway demands a corridor along the border with Sweden. It also wants …": "it" is the body
    that was the subject of the sentence naming `oblique` (an object, "with Sweden"), if any."""
    sent = doc.sentence_at(oblique.start)
    for r in refs.in_range(sent.start, oblique.start):
        if (
            r.kind in ("actor", "body")
            and r.end <= oblique.start
            and not refs.oblique(r)
            and not refs.in_quote(r)
        ):
            return r
    return None


def _opens_sentence(doc: Document, r: Referent) -> bool:
    """Whether `r` opens its sentence, maybe after an opening phrase ("In exchange, they …")."""
    start = doc.sentence_at(r.start).start
    return _LEAD_IN.fullmatch(doc.text[start : r.start].strip(' “"')) is not None


_LEAD_IN = re.compile(r"(?:[A-Z][^,;:“”\"]{0,60},)?")


def _group_before(
    doc: Document, refs: Referents, pos: int, words: _Words, lookback: int = 3
) -> Referent | None:
    """The unnamed group opening the sentence before the one holding `pos`, as its subject (or
    the one before that, when "They" opens the sentences between, up to `lookback`)."""
    k = bisect.bisect_right(_sentence_starts(doc), pos) - 1
    for prev in reversed(doc.sentences[max(0, k - lookback) : k]):
        group = group_opening(doc.text, refs, words.groups, prev.start, prev.end)
        if group is not None or not _THEY_OPENS.match(doc.text, prev.start, prev.end):
            return group  # "Pilots met …. They want …. They also want …": the same group
    return None


_THEY_OPENS = re.compile(r"[“\"]?They\b")


def _participle_speaker(
    doc: Document, sent, m: re.Match[str], refs: Referents, spans, words: _Words
) -> list:
    """ "“…,” she said, urging …", "said Lund, calling for …", "Lund said the talks failed, urging
    …": a participial cue after a speech clause and a comma is the speaker's: the speaker of the
    quote the clause attributes (or ends), else the subject of the speech verb right before the
    comma."""
    text = doc.text
    at = m.start()
    while at > sent.start and text[at - 1].isspace():
        at -= 1
    at -= 1
    if at <= sent.start or text[at] != "," or not _ING_CUE.match(m.group(0)):
        return []
    for quotes in spans:
        for a, b in reversed(
            quotes.keys_sorted[
                max(0, bisect.bisect_right(quotes.starts, at) - 3) : bisect.bisect_right(
                    quotes.starts, at
                )
            ]
        ):
            gap = text[b:at]
            if (
                b <= at
                and a >= sent.start
                and len(gap) <= 60
                and (
                    not gap.strip(' ,”"')
                    or any(w in words.speech for w in re.findall(r"[a-z]+", gap))
                )
            ):
                q = quotes[(a, b)]
                return (
                    list(q)
                    if isinstance(q, list)
                    else [Referent(q.start, q.start, q.speaker, q.speaker_id, "person")]
                )
    k = at
    while k > sent.start and _word_char(text[k - 1]):
        k -= 1
    if text[k:at] in words.speech:
        subj = refs.resolve(refs.subject_before(k, sent.start))
        return [subj] if subj else []
    return []


_ING_CUE = re.compile(r"[a-z]+ing\b", re.I)


def _adjunct_subject(doc: Document, sent, m: re.Match[str], refs: Referents, words: _Words) -> list:
    """ "The union walked out on Monday, demanding …", "Herders blocked the road, calling for …":
    a participial cue after a comma is the move of the subject opening its sentence (a name, a
    pronoun, a body named by its noun, or an unnamed group), when a verb follows that subject and
    no semicolon or quote stands between."""
    text = doc.text
    at = m.start()
    while at > sent.start and text[at - 1].isspace():
        at -= 1
    if at - 1 <= sent.start or text[at - 1] != "," or not _ING_CUE.match(m.group(0)):
        return []
    head = next(iter(refs.in_range(sent.start, at)), None)
    titled = (  # "Governor Ana Ruiz walked out, calling for …": a person after a title
        head is not None
        and head.kind == "person"
        and _TITLE_WORDS.fullmatch(text, sent.start, head.start) is not None
    )
    if head is not None and (titled or _OPENER.fullmatch(text, sent.start, head.start)):
        subj, end = refs.resolve(head) or _unnamed_body(refs, head), head.end
    else:
        subj = group_opening(text, refs, words.groups, sent.start, at)
        end = subj.end if subj else at
    of_name = _OF_NAME.match(text, end, at)  # "The Union of Nurses and Allied Professionals"
    end = of_name.end() if of_name else end
    if subj is None or not _MAIN_VERB.match(text, end, at) or _BREAK.search(text, end, at):
        return []
    return [subj]


_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}")
# what may open a sentence before its subject: "On Monday, ", "In July, the", "The"
_OPENER = re.compile(r"(?:[A-Z][^,;“”\"]{0,50},\s+)?(?:[Tt]he\s+)?")
# a lower-case word after the subject that is no preposition, conjunction or relative: its verb
_MAIN_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?!(?:of|and|or|but|who|which|that|in|at|for|from|with|to|on|by)\b)[a-z]"
)
_BREAK = re.compile(r"[;:“”\"]")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&.’'-]*)*")


def _asserts(text: str, cue: str, start: int, end: int, words: _Words) -> bool:
    """Whether the clause of an assertive cue ("suggested", "insisted that", "insistence that")
    states a fact: "suggested the strike cost the town a fortune", not "suggested talks resume"."""
    low = cue.lower()
    if not low.startswith(words.assertive) or low.endswith(" on"):
        return False
    return words.asserted.match(text, start, end) is not None


def _owner(
    doc: Document, refs: Referents, sent, poss_at: int, words: _Words | None = None
) -> Referent | None:
    """Who "X's" or "its/their/his/her" at `poss_at` stands for; with `words`, "the harbourmaster's"
    (a noun no list names, not a document's) is the noun phrase as written."""
    text = doc.text
    word = re.match(r"\b(its|their|his|her)\b", text[poss_at : poss_at + 6])
    if word:
        pron = {"its": "it", "their": "they", "his": "he", "her": "she"}[word.group(1)]
        asked = _asked_one(refs, sent, text, poss_at, pron, words) if words else None
        if asked is not None:
            return asked
        return refs.resolve(Referent(poss_at, poss_at + len(word.group(1)), pron, None, "pronoun"))
    owner = refs.ending_at(poss_at)
    if owner is None:
        noun = _THE_NOUN.search(text, max(sent.start, poss_at - 40), poss_at) if words else None
        if (
            noun and words and not words.document.fullmatch(noun.group(1))
        ):  # "the harbourmaster's call"
            return Referent(
                noun.start(), poss_at, text[noun.start() : poss_at], None, "description"
            )
        owner = refs.subject_before(poss_at, sent.start)
    if owner is not None and owner.kind == "role" and owner.end == poss_at:
        return refs.resolve(owner) or owner  # "the mayor's call": the mayor, named before or not
    return refs.resolve(owner) if owner else None


def _asked_one(
    refs: Referents, sent, text: str, poss_at: int, pron: str, words: _Words
) -> Referent | None:
    """Who a possessive pronoun in what someone is asked to do stands for: the one asked, who is
    to do it ("urged the guild to drop its demand", "asked the company to improve its offer":
    the guild's demand, the company's offer), when the pronoun can stand for them."""
    verb = _TO_VERB.search(text, max(sent.start, poss_at - 40), poss_at)
    if verb is None:
        return None
    cue = words.asked_to.search(text, max(sent.start, verb.start() - 100), verb.start(1))
    if cue is None:
        return None
    asked = [r for r in refs.in_range(cue.start() + 1, verb.start()) if r.kind != "pronoun"]
    if not asked or not refs.agrees(pron, asked[0]):
        return None
    return refs.resolve(asked[0]) or asked[0]


# "to drop (its)", "to formally give up (their)": the verb of what someone is asked to do
_TO_VERB = re.compile(r"\bto\s+((?:[a-z]+ly\s+)?[a-z]+(?:\s+(?:up|back|down|off|out))?\s+)$")


def _premodifier_owner(
    doc: Document, refs: Referents, demonyms, start: int, end: int
) -> Referent | None:
    """Who the word(s) at [start, end) right before a move noun name: a demonym ("the Swedish
    demand") or a name ("an EU proposal"), not a possessive (see _noun_cues)."""
    word = doc.text[start:end]
    if word in demonyms:
        entry, name = demonyms[word]
        return Referent(start, end, name, entry, "actor")
    owner = refs.ending_at(end)
    if owner is None or owner.start < start - 40 or owner.kind == "pronoun":
        return None
    return refs.resolve(owner)
