"""Documents that state a move: "the draft calls for …" (its author's: the document's owner,
the sentence's subject, or the owner of the last document named), and an owned proposal noun
with a verb of what it does ("Lund's draft calls for …", "the EU plan cuts A and raises B")."""

from __future__ import annotations

import functools
import re

from ...model import Document
from ..knowledge import Knowledge
from ..speakers import Referent, Referents
from .cues import _alt
from .spans import NOT_DONE_AFTER_WOULD, _clause_end, _split_list, _stated_items
from .stated import ANTECEDENT, ASIDE_OPENING
from .subjects import _CLAUSE_WORDS, _LOOK, _owner, _premodifier_owner
from .words import _Words


def _document_calls(doc: Document, sent, demonyms, refs: Referents, words: _Words):
    """ "The document also calls for …", "a draft that calls for …": a move of the document's
    author (see `document_nouns`); a demand when it calls for another party to act, else a
    proposal."""
    text = doc.text
    if not _CALLS_OR_OFFERS.search(text, sent.start, sent.end):
        return
    for m in words.frames.documents.finditer(text, sent.start, sent.end):
        owner = _document_author(doc, sent, demonyms, refs, m, words)
        if owner is None:
            continue
        end = _clause_end(text, m.end(), sent.end)
        asked = refs.starting_at(m.end())
        move = (
            "demand"
            if m.group(4) is None
            and asked
            and re.match(r"\s+to\s", text[asked.end : asked.end + 4])
            else "proposal"
        )
        cue = m.group(4) or "calls for"
        for s, e in _split_list(text, m.end(), end, words.base_verbs):
            yield move, ([owner], cue, s, e, None, m.start())


_CALLS_OR_OFFERS = re.compile(r"call|offer|propos|suggest|envisag|envision|recommend")


def _document_author(
    doc: Document, sent, demonyms, refs: Referents, m: re.Match[str], words: _Words
):
    """The author of a document that calls for something: its modifier ("the UN plan"), the subject
    of the sentence for "a draft that …", else the owner of the last document named before."""
    words_at = [
        (w.start() + m.start(2), w.end() + m.start(2))
        for w in re.finditer(r"[\w.’'-]+", m.group(2))
    ]
    if m.group(3) is not None:  # "the plan drafted by Chile calls for": the by-agent
        agent = refs.starting_at(m.start(3)) or refs.starting_at(m.start(3) + 4)
        return refs.resolve(agent) if agent is not None and agent.end <= m.end(3) else None
    for a, b in words_at:
        owner = _premodifier_owner(doc, refs, demonyms, a, b)
        if owner is not None:
            return owner
    if m.group(1) is None:  # "a draft that calls for": who produced it, the subject of its clause
        return _producer(doc, sent, refs, m.start(), words)
    floor = max(0, m.start() - 1500)
    last = None
    for o in words.frames.owned_document.finditer(doc.text, floor, m.start()):
        last = o
    if last is None:
        return _last_producer(doc, refs, floor, m.start(), words)
    if last.group(1) is not None:
        return _owner(doc, refs, doc.sentence_at(last.start()), last.start())
    return _premodifier_owner(doc, refs, demonyms, last.start(2), last.end(2))


def _last_producer(doc: Document, refs: Referents, floor: int, at: int, words: _Words):
    """Who produced the last document named with no owner before `at` ("Mediators circulated a
    draft …. The draft also suggests …": the mediators), None when none was named."""
    last = None
    for o in words.frames.new_document.finditer(doc.text, floor, at):
        last = o
    if last is None or doc.sentence_at(last.start()).start >= doc.sentence_at(at).start:
        return None
    return _producer(doc, doc.sentence_at(last.start()), refs, last.start(), words)


def _producer(doc: Document, sent, refs: Referents, at: int, words: _Words) -> Referent | None:
    """Who produced the document named at `at` ("X produced a draft that calls for …"): the subject
    of the clause holding it (after "reported that", "said"), unless its verb is a move of another
    kind ("X rejected a proposal that called for …": the proposal is someone else's)."""
    floor = max(sent.start, at - _LOOK)  # a clause boundary within reach, not the whole sentence's
    for b in _CLAUSE_WORDS.finditer(doc.text, floor, at):
        floor = b.end()
    head = [r for r in refs.in_range(floor, min(at, floor + 60)) if r.kind != "pronoun"]
    if not head or words.others_move.search(doc.text, head[0].end, at):
        return None
    return refs.resolve(head[0])


_CAPITALISED = r"(?-i:[A-Z])[\w.’'&-]*"


@functools.lru_cache(maxsize=16)
def _subject_pattern(
    nouns: tuple[str, ...], verbs: tuple[str, ...], made: tuple[str, ...] = ("proposed",)
) -> re.Pattern[str]:
    """A proposal noun with its owner (group 1 a possessive, or 2 a word after the article: "the
    EU plan") or a determiner that refers back (3: "The proposal calls for …"), then a verb of
    `proposal_content_verbs`, maybe after "that" and auxiliaries; a lookahead entry matches
    nothing, so the blank before it closes the match (the content starts at its verb). Group 4
    the noun, "agent" who made it ("the offer from X", "the deal X proposed on Monday": a verb of
    `made`, the proposal verbs of passive_cues), "verb" the verb."""
    return re.compile(
        r"(?:([’']s?|\b(?:its|their|his|her))|\b(?:[Tt]he|[Aa]n?)\s+([\w.-]+)|"
        r"(?<![\w’'-])([Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose))\s+(?:[\w-]+\s+){0,2}?("
        + _alt(nouns)
        # "The union's plan, presented on Monday, calls for …": a participle's aside may follow
        # … or a relative clause: "the offer, which included A and B"
        # "the offer from Ostra Lines includes …": its agent after "from/by"
        + r")(?:\s+(?:from|by)\s+(?P<the>the\s+)?(?P<agent>"
        + _CAPITALISED
        + r"(?:\s+"
        + _CAPITALISED
        # … or a body named before ("the offer from the board includes …", "from management")
        + r"){0,4}|(?-i:[a-z][a-z-]+)))?"
        # "the deal Norway proposed (on Monday)": who made it, in a relative clause
        + r"(?:\s+(?:that\s+)?(?P<maker>"
        + _CAPITALISED
        + r"(?:\s+"
        + _CAPITALISED
        + r"){0,3})\s+(?:had\s+|has\s+)?(?:"
        + _alt(made)
        + r")(?:\s+(?:on|last|this|earlier|in)\s+[\w]+(?:\s+week|\s+month)?)?)?"
        # … or a relative clause between commas: "Peru's offer, which Chile rejected, would cut …"
        # (whose agent may have a name in apposition: ", drafted by the committee chair, X,")
        # … or a participle's or a source's aside ("Lund's offer, according to a summary, …")
        + r"(?P<aside>,\s+(?:"
        + ASIDE_OPENING
        + r"|(?:which|that)\s)[^,;:]{0,110}"
        + r"(?:,\s+(?-i:[A-Z])[^,;:]{0,40})?,)?"
        + r"(?:\s+(?:(?:that|which)\s+)?|,\s+which\s+)"
        r"(?:(?:would|had|has|also|will|could)\s+)*(?P<verb>"
        + "|".join(verbs)
        + r")(?:\s+|(?<=\s))",
        re.I,
    )


def _proposal_subjects(doc: Document, sent, kn: Knowledge, refs: Referents, nouns: list[str]):
    """ "Lund's draft calls for a trawling pause", "the EU plan cuts A and raises B", "their offer
    guaranteeing …": a proposal by the owner, content after the verb (or the verb's own phrase)."""
    text = doc.text
    words = _Words.of(kn)
    for m, owner in _owned_subjects(doc, sent, kn, refs, nouns):
        cue = m.group("verb").strip() or m.group(4)
        for s, e in _stated_items(text, m.end(), sent.end, words):
            yield [owner], cue, s, e, None, m.start(4)


def _demonstrative_items(doc: Document, sent, kn: Knowledge):
    """ "This included a one-off bonus", "That would include …" opening a clause: what the
    proposal named last (a sentence or three before) holds; "It would also fund …" opening a
    sentence: a further term of it."""
    text = doc.text
    for m in _THIS_INCLUDES.finditer(text, sent.start, sent.end):
        if _opens_clause(text, sent.start, m.start()):
            back = Referent(m.start(), m.start() + 4, "", None, ANTECEDENT)
            for s, e in _stated_items(text, m.end(), sent.end, _Words.of(kn)):
                yield [back], m.group(1), s, e, None, m.start()
    also = _it_would_also(tuple(sorted(kn.words("collective_nouns")))).match(
        text, sent.start, sent.end
    )
    if also is not None:
        back = Referent(also.start(), also.start() + 2, "", None, ANTECEDENT)
        for s, e in _stated_items(text, also.end(), sent.end, _Words.of(kn)):
            yield [back], also.group(1), s, e, None, also.start(1)


# "This included a one-off bonus", "That would include …", "These include …": a demonstrative for
# the proposal (or proposals) before
_THIS_INCLUDES = re.compile(
    r"(?<![\w’'-])(?:This|That|These|Those)\s+(?:also\s+)?(?:(?:would|will)\s+)?"
    r"(include[sd]?|envisage[sd]?|call(?:s|ed)? for)\s+"
)


@functools.lru_cache(maxsize=16)
def _it_would_also(bodies: tuple[str, ...]) -> re.Pattern[str]:
    """ "It would also rescind …" opening a sentence, or the side named by a body's noun of
    `collective_nouns` ("The board would also apply for a grant"): one more term of the proposal
    before ("also" says the sentence goes on with its terms; not "It would be …", "It would also
    cost …", "It would also help …": how the plan would fare)."""
    return re.compile(
        r"(?:But\s+|And\s+)?(?:It|The\s+(?:" + _alt(bodies) + r"))\s+"
        r"((?:would|will)\s+(?:also|further|then|additionally))\s+"
        + NOT_DONE_AFTER_WOULD
        + r"(?=[a-z]+\s+[\w$€£])"
    )


def _owned_subjects(doc: Document, sent, kn: Knowledge, refs: Referents, nouns: list[str]):
    """(match, owner) of each owned proposal noun in `sent` that is the subject of a content
    verb."""
    words = _Words.of(kn)
    made = tuple(k for k, v in kn.lexicon["passive_cues"].items() if v == "proposal")
    pat = _subject_pattern(tuple(nouns), tuple(kn.lexicon["proposal_content_verbs"]), made)
    for m in pat.finditer(doc.text, sent.start, sent.end):
        named = refs.starting_at(m.start(2)) if m.group(2) else None  # "the Ostra Lines offer"
        if m.group("agent") or m.group("maker"):
            at = m.start("agent") if m.group("agent") else m.start("maker")
            agent = refs.starting_at(at) or (
                refs.starting_at(m.start("the")) if m.group("the") else None
            )
            owner = refs.resolve(agent) if agent is not None else None
        elif m.group(1) is not None:
            owner = _owner(doc, refs, sent, m.start(), words)
        elif (
            m.group("aside")
            and (agent := _aside_agent(doc, refs, m, made, words.demonyms)) is not None
        ):
            owner = agent
        elif named is not None and named.kind != "pronoun" and named.end <= m.start(4):
            owner = refs.resolve(named)
        elif m.group(2) and m.group(2)[:1].isupper():
            owner = _premodifier_owner(doc, refs, words.demonyms, m.start(2), m.end(2))
        elif m.group(3) and _opens_clause(doc.text, sent.start, m.start(3)):
            # "The proposal calls for …": the proposal named last (positions._antecedent)
            owner = Referent(m.start(4), m.end(4), "", None, ANTECEDENT)
        else:
            continue
        if owner is not None:
            yield m, owner


@functools.lru_cache(maxsize=16)
def _made_by(made: tuple[str, ...]) -> re.Pattern[str]:
    """An aside's passive of making and its "by": ", drafted by …", ", tabled last week by …"."""
    return re.compile(
        r",\s+(?:" + _alt(made) + r")\s+(?:(?:last|this|on|earlier|late)\s+\w+\s+)?by\s", re.I
    )


def _aside_agent(doc: Document, refs: Referents, m: re.Match[str], made: tuple[str, ...], demonyms):
    """ "The plan, drafted by Senator Lund, would lift …", "The bill, put forward by the committee
    chair, Ana Ruiz, would …": who made the proposal, named in an aside's passive of making (a
    proposal participle of passive_cues), the name of an apposition before its description; or
    a people's word for the agent ("tabled by Canadian negotiators": Canada)."""
    by = _made_by(made).match(doc.text, m.start("aside"))
    if not by:
        return None
    inside = [
        r
        for r in refs.in_range(m.start("aside"), m.end("aside"))
        if r.kind in ("person", "actor", "role", "description")
    ]
    named = [r for r in inside if r.kind in ("person", "actor")]
    people = _PEOPLE_WORD.match(doc.text, by.end())
    if people is not None and people.group(1) in demonyms:  # the agent, not "… in Washington"
        return _premodifier_owner(doc, refs, demonyms, people.start(1), people.end(1))
    agents = named or inside
    return refs.resolve(agents[0]) if agents else None


# the word after "by": "(tabled by) Canadian negotiators", "(by) the Swiss delegation"
_PEOPLE_WORD = re.compile(r"(?:the\s+)?([\w.’'-]+)")


# what may stand right before a subject that opens a clause: a comma or a dash, "and", "but"
_CLAUSE_BEFORE = re.compile(r"(?:[,;:—–]|\b(?:and|but|while|whereas))\s*[“\"]?\s*$")


def _opens_clause(text: str, sent_start: int, at: int) -> bool:
    """Whether a determiner at `at` opens its sentence or a clause ("The plan calls for …", "…,
    but the offer includes …"): the noun after it is a subject, not an object ("rejected the offer
    that includes …" is the rejected offer's)."""
    if not text[sent_start:at].strip(' “"\n'):
        return True
    return _CLAUSE_BEFORE.search(text, max(sent_start, at - 12), at) is not None
