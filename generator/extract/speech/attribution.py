"""Direct quotes' speakers: the attribution after or before the quote ("…," Lund said; Lund
said: "…"), a quote continued from the paragraph before, the next paragraph's speaker, and the
quote's kind (full or partial)."""

from __future__ import annotations

import bisect
import functools
import re

from ...model import Document
from ..knowledge import Knowledge
from ..scan import Prefixed, first_match
from ..speakers import Referent, Referents
from .marks import RawQuote
from .phrases import _description, _name_as_written, _noun_phrase, _possessive_body, _signed

_CLOSING = "’'”\"»"


class _SpeechCued:
    """Whether a sentence has a speech verb or noun, asked once per sentence."""

    def __init__(self, text: str, verb_re: re.Pattern[str], nouns: frozenset[str]) -> None:
        self.text, self.verb_re, self.nouns = text, verb_re, nouns
        self.seen: dict[str, bool] = {}

    def __call__(self, sent) -> bool:
        if sent.id not in self.seen:
            s_text = self.text[sent.start : sent.end]
            self.seen[sent.id] = bool(
                Prefixed.of(self.verb_re).search(s_text.replace("so-called", ""))
            ) or any(n in s_text.lower() for n in self.nouns)
        return self.seen[sent.id]


def _partial_subject(
    text: str, refs: Referents, q: RawQuote, sent
) -> tuple[Referent | None, str] | None:
    """ "Delgado rejected the offer as “an insult”": the sentence's subject, named at its start."""
    first = next(iter(refs.in_range(sent.start, q.open_at)), None)
    if first is None:
        return None
    verb = re.match(r"\s+([a-z]+(?:ed|s))\b", text[first.end : q.open_at])
    if (
        verb
        and first.kind in ("person", "actor", "pronoun")
        and re.fullmatch(r"(?:[A-Z][\w.]*\s+){0,3}", text[sent.start : first.start])
    ):
        return refs.resolve(first), verb.group(1)
    return None


def _continued(
    doc: Document,
    refs: Referents,
    q: RawQuote,
    para: int,
    prev: tuple[Referent | None, str | None, int],
) -> tuple[Referent | None, str | None] | None:
    """A quote with no attribution: the previous speaker when it is in their paragraph or the next
    (also past one paragraph about them: "The council, she added, had a month."); else, opening its
    paragraph, the person who speaks in the next one (“Who would sign that?” ¶ X told the rally …),
    or nobody; None where neither applies."""
    speaker, cue, at = prev
    if speaker is not None and (
        para in (at, at + 1) or (para == at + 2 and _about(doc, refs, para - 1, speaker))
    ):
        return speaker, cue
    if (speaker is None or para > at + 2) and _opens_paragraph(doc, doc.text, q):
        return _next_paragraph_speaker(doc, refs, para)
    return None


def _is_sentence(text: str, q: RawQuote, sent) -> bool:
    """Whether the quote is a sentence of its own, its end mark inside the quotation marks
    (“Enough!” / “WE WON.”): something said, not a title or a scare quote."""
    return (
        text[q.start : q.end].rstrip()[-1:] in ".!?"
        and not text[sent.start : q.open_at].strip()
        and not text[q.end : sent.end].strip(" \t\n" + _CLOSING)
    )


def _reported_by(doc, refs: Referents, q: RawQuote, sent, verb_re) -> tuple[Referent, str] | None:
    """The speaker of a reported clause that holds a partial quote: a speech verb before the quote
    in its sentence, its subject known and followed by "that" ("X replied that … “…”"). The
    reporter named after the quote (a news agency) only reported X's words."""
    text = doc.text
    v = _last_verb(text, sent, q.open_at, verb_re) if q.open_at > sent.start + 2 else None
    if v is None or not _THAT_AFTER.match(text, v.end(), q.open_at):
        return None
    subj = refs.subject_before(v.start(), sent.start)
    subj = refs.resolve(subj) if subj is not None else None
    return (subj, v.group(0)) if subj is not None else None


_THAT_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?that\b")


def _paragraph_span(doc: Document, index: int) -> tuple[int, int] | None:
    """(start, end) of the document's paragraph number `index`, counted as paragraph_index does."""
    return doc.paragraph_spans[index] if 0 <= index < len(doc.paragraph_spans) else None


def _about(doc: Document, refs: Referents, index: int, speaker: Referent) -> bool:
    """Whether paragraph `index` names or refers back to `speaker` (a name, "he", "she")."""
    span = _paragraph_span(doc, index)
    if span is None or speaker.actor_id is None:
        return False
    return any(
        (refs.resolve(r) or r).actor_id == speaker.actor_id for r in refs.in_range(*span)[:12]
    )


def _opens_paragraph(doc: Document, text: str, q: RawQuote) -> bool:
    """Whether the quote is its paragraph, from its first character to its last."""
    span = _paragraph_span(doc, _paragraph_of(doc, q.open_at))
    return span is not None and q.open_at == span[0] and q.end + 2 >= span[1]


def _next_paragraph_speaker(
    doc: Document, refs: Referents, index: int
) -> tuple[Referent | None, str | None]:
    """The person who speaks in the first sentence of the next paragraph ("X told the rally …")."""
    span = _paragraph_span(doc, index + 1)
    if span is None:
        return None, None
    first = next(
        (r for r in refs.in_range(span[0], min(span[1], span[0] + 80)) if r.kind == "person"), None
    )
    if first is None or not refs.speaks_after(first.end):
        return None, None
    return refs.resolve(first), None


def _kind(text: str, q: RawQuote, body: str, sent_start: int) -> str:
    end = q.open_at  # the text before the quote without its trailing blanks, read backwards
    while end > sent_start and text[end - 1].isspace():
        end -= 1
    before = text[max(sent_start, end - 5) : end]  # enough for its last character and "added"
    opens_clause = (
        not before or before[-1] in ":,;.—–-(" or before.endswith(("said", "says", "added"))
    )
    if body[:1].isupper() and opens_clause:
        return "direct"
    if len(body.split()) >= 12 and body[:1].isupper():
        return "direct"
    return "partial"


def _told_patterns(kn: Knowledge, time: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "told reporters (at a briefing last week) that …" and "told X …": the object of "told"."""
    audience = "|".join(re.escape(str(w)) for w in kn.lexicon.get("speech_audience_nouns", ()))
    told_object = (
        r"\s+(?:" + audience + r"|[A-Z][\w.]*(?: [A-Z][\w.]*)*|(?:the|a) [\w ]{1,30}?|"
        r"[\w-]+(?: [\w-]+){0,2}?)" + time
    )
    return (
        re.compile(
            told_object
            + r"(?:\s+(?:at|in|during|after) (?:a|an|the) [\w-]+(?: [\w-]+){0,2}?"
            + time
            + r")?\s+that\s+"
        ),
        re.compile(told_object + r"(?:\s+that)?\s+"),
    )


# One to four words of a title between a speech verb and a name; no clause words, no punctuation.
_TITLE_GAP = re.compile(
    r"(?:(?!(?:that|in|on|at|to|by|with|after|before|when|while|as|for|from|and|but|if|"
    r"it|this|they|he|she|we|who|which|was|is|were|are|would|will)\b)[\w.’'-]+ ){1,4}",
    re.I,
)


@functools.lru_cache(maxsize=32)  # one per word list, asked for each document
def _word_re(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"
    )


def _paragraph_of(doc: Document, offset: int) -> int:
    return doc.paragraph_index(doc.sentence_at(offset).id)


def _attribute(
    doc, refs: Referents, q: RawQuote, sent, verb_re
) -> tuple[Referent | None, str | None]:
    """Who speaks the quote `q`, and the cue: the attribution inside the reported clause holding it,
    a signature, then the attribution after the quote, then the one before it, then "according
    to"."""
    text = doc.text
    close = min(q.end + 1, len(text))
    while close < len(text) and close < q.end + 3 and text[close] in _CLOSING:
        close += 1  # the second mark of a two-apostrophe close
    inner = _reported_by(doc, refs, q, sent, verb_re) or _signed(text, refs, close)
    if inner is not None:
        return inner  # "X replied that members would “never accept cuts,” the agency reported": X
    after = _attribution_after(doc, refs, q, close, verb_re)
    if after is not None:
        return after
    before = _attribution_before(doc, refs, q, sent, verb_re)
    if before is not None:
        return before
    m = first_match(_ACCORDING, text, sent.start, sent.end)
    following = refs.starting_at(m.end()) if m else None
    return (refs.resolve(following), "according to") if following else (None, None)


def _end_sentence(doc, q: RawQuote, close: int):
    """The sentence an attribution after the quote sits in: a quote of several sentences is
    attributed after its close, in the sentence holding it; after “…?” in the next one."""
    text = doc.text
    end_sent = doc.sentence_at(max(q.end - 1, q.start))
    if (
        text[q.end - 1 : q.end] in "?!"
        and end_sent.end <= close + 1 < len(text)
        and text[close : close + 2] != "\n\n"
    ):
        # “Who pays?” Brekke asked. — the splitter ends a sentence at “?”, its attribution follows
        nxt = doc.sentence_at(min(len(text) - 1, close + 1))
        if nxt.start <= close + 2:
            end_sent = nxt
    return end_sent


def _attribution_after(doc, refs: Referents, q: RawQuote, close: int, verb_re):
    """“…,” the source said. / “…,” he told reporters. / “…,” said Peskov. / “…,” the coalition
    said."""
    text = doc.text
    end_sent = _end_sentence(doc, q, close)
    m = _after_pattern(verb_re).match(text, close, max(end_sent.end, close))
    if not m or _SUBORDINATE.match(m.group(1)):
        return (
            None  # "“…” as Mayor X continued his protest": a clause of its own, not the attribution
        )
    verb_at = m.start(2)
    subj = refs.subject_before(verb_at, close) or _possessive_body(text, close, verb_at)
    if subj is not None:
        return _resolved(refs, subj), m.group(2)
    inv = _INVERTED.match(text, m.end(), max(end_sent.end, m.end()))
    after_verb = inv.end() if inv else m.end()
    following = _name_after_verb(text, refs, m, after_verb, end_sent)
    if following is not None:
        return refs.resolve(following), m.group(2)
    # “…,” the coalition said / “…,” one port executive said / “…,” said another negotiator:
    # a noun phrase no list knows still names the speaker, as written
    lead = m.group(1).strip(" ,’'”\"")
    attributed = text[q.end - 1 : q.end] in ",?!—" or text[close : close + 1] == ","  # “…,” NP said
    np = (
        None
        if not attributed or m.group(2).endswith("ing")
        else _noun_phrase(lead) or _name_as_written(lead, refs.words)
        if lead
        else _noun_phrase(text[after_verb : end_sent.end], prefix=True)
        or _name_as_written(text[after_verb : end_sent.end], refs.words, prefix=True)
    )
    if np is None:
        return None
    at = m.start(1) + m.group(1).find(lead) if lead else after_verb
    return _description(refs, at, at + len(np), np), m.group(2)


def _name_after_verb(
    text: str, refs: Referents, m: re.Match[str], after_verb: int, end_sent
) -> Referent | None:
    """ "“…,” said Peskov": the name after the verb, only when the verb follows the quote directly
    (in "“…” and accused Moscow of …" Moscow is who was accused); "said council spokesman Daniel
    Okafor": past a title of a few words."""
    if m.group(1).strip():
        return None
    following = refs.in_range(after_verb, after_verb + 4)
    if following:
        return _person_of_body(text, refs, following[0], end_sent.end) or following[0]
    titled = _TITLE_GAP.match(text, after_verb, end_sent.end)
    person = (
        next((r for r in refs.in_range(after_verb, titled.end() + 1) if r.kind == "person"), None)
        if titled
        else None
    )
    return (
        person
        if person is not None and _TITLE_GAP.fullmatch(text, after_verb, person.start)
        else None
    )


# between a body and its person: a role of one to three lower-case words ("’s chief negotiator")
_ROLE_GAP = re.compile(r"(?:[’']s)?\s+(?:[a-z][\w-]*\s+){1,3}")


def _person_of_body(text: str, refs: Referents, body: Referent, end: int) -> Referent | None:
    """ "said Harbour Guild spokesman Ana Ruiz": the person after the body and a role, who says
    it; None when the body itself is the speaker."""
    if body.kind == "person":
        return None
    person = next(
        (r for r in refs.in_range(body.end, min(end, body.end + 50)) if r.kind == "person"), None
    )
    if person is None or not _ROLE_GAP.fullmatch(text, body.end, person.start):
        return None
    return person


def _attribution_before(doc, refs: Referents, q: RawQuote, sent, verb_re):
    """X said: “…” / X told Reuters that “…” / X called it a “…”."""
    text = doc.text
    v = _last_verb(text, sent, q.open_at, verb_re)
    if not v:
        return None
    subj = refs.subject_before(v.start(), sent.start) or _possessive_body(
        text, sent.start, v.start()
    )
    if subj is not None:
        return _resolved(refs, subj), v.group(0)
    head = text[sent.start : v.start()]
    # "Okafor continued: “…”": a name no list knows, alone before the verb, speaks as written
    np = (
        None
        if v.group(0).endswith("ing")
        else _noun_phrase(head) or _name_as_written(head, refs.words)
    )
    if np is not None:  # "A ferry captain who saw the blockade told the radio the harbour was “…”"
        at = sent.start + len(head) - len(head.lstrip())
        return _description(refs, at, at + len(np), np), v.group(0)
    acc = first_match(_ACCORDING, text, sent.start, sent.end)
    if acc and acc.end() <= q.open_at:
        following = refs.starting_at(acc.end())
        if following:
            return refs.resolve(following), "according to"
    first = refs.first_in(sent.start, v.start())
    if first is not None and first.kind == "actor":
        # "European Commission President Ursula von der Leyen urged …": the person speaks
        nxt = next((r for r in refs.in_range(first.end, v.start()) if r.kind == "person"), None)
        if nxt is not None and re.fullmatch(
            r"(?:\s+[A-Z][\w.-]*){1,4}\s+", text[first.end : nxt.start]
        ):
            first = nxt
    return (first, v.group(0)) if first is not None else None


def _resolved(refs: Referents, r: Referent) -> Referent | None:
    """A subject resolved; a role noun no earlier name resolves ("The ministry vowed …" with no
    ministry named before) is the speaker as written."""
    found = refs.resolve(r)
    if found is None and r.kind == "role":
        return _description(refs, r.start, r.end, r.name)
    return found


_ACCORDING = re.compile(r"according to\s+", re.I)
_SUBORDINATE = re.compile(
    r"\s*(?:as|while|when|whereas|after|before|because|since|until|although|though|if)\b"
)
_INVERTED = re.compile(r"\s*(?:on \w+ |\w+day )?")
_AFTER: dict[str, re.Pattern[str]] = {}


def _after_pattern(verb_re: re.Pattern[str]) -> re.Pattern[str]:
    """A speech verb within 80 characters after a quote's close (compiled once per verb list)."""
    if verb_re.pattern not in _AFTER:
        _AFTER[verb_re.pattern] = re.compile(
            r"\s*[,—–-]?\s*(.{0,80}?)\b(" + verb_re.pattern[3:-3] + r")\b"
        )
    return _AFTER[verb_re.pattern]


def _last_verb(text: str, sent, at: int, verb_re: re.Pattern[str]) -> re.Match[str] | None:
    """The last speech verb of the sentence before `at` (an opening mark): the matches of one pass
    over the sentence, not a pass over what precedes each quote."""
    starts, found = _verbs_of(text, sent, verb_re)
    k = bisect.bisect_left(starts, at) - 1
    if k >= 0 and found[k].end() > at:  # a match running into the mark: not one before it
        return _last_in(verb_re, text, sent.start, at)
    return found[k] if k >= 0 else None


def _last_in(verb_re, text, start, end):
    last = None
    for last in verb_re.finditer(text, start, end):  # noqa: B007 - the last match, read after the loop
        pass
    return last


_VERBS: dict[tuple, tuple[list[int], list[re.Match[str]]]] = {}  # for the text in _VERBS_TEXT
_VERBS_TEXT: list[str] = [""]


def _verbs_of(text: str, sent, verb_re):
    if _VERBS_TEXT[0] is not text:
        _VERBS.clear()
        _VERBS_TEXT[0] = text
    key = (sent.start, sent.end, verb_re.pattern)
    if key not in _VERBS:
        found = list(Prefixed.of(verb_re).finditer(text, sent.start, sent.end))
        _VERBS[key] = ([m.start() for m in found], found)
    return _VERBS[key]
