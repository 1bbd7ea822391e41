"""Direct and partial quotes, and reported (indirect) speech, each with its speaker.

Quote scanning never gives up on a document: straight, curly, angle and British single marks;
a quote left open at the end of a paragraph continues when the next paragraph opens with a mark;
otherwise it is closed at the paragraph end and the document gets one warning.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Document, Problem, Quote
from .knowledge import Knowledge, alternation
from .scan import first_match
from .speakers import Referent, Referents, SpeakerWords
from .syntax import Parse, Tok

_OPEN_CLOSE = {"“": "”", "„": "“", "«": "»", "‘": "’", '"': '"', "‹": "›", "'": "'"}
_MARKS = re.compile(
    "["
    + re.escape(
        "".join(sorted((set(_OPEN_CLOSE) | set(_OPEN_CLOSE.values()) | {"”", "»"}) - {"'"}))
    )
    + "]"
)
_MARKS_AND_APOSTROPHE = re.compile(_MARKS.pattern[:-1] + "']")
# Wire copy often closes a double quote with two apostrophes ("…,’’ she said" / "…,'' she said").
_MARKS = re.compile("''|" + _MARKS.pattern)
_MARKS_AND_APOSTROPHE = re.compile("''|" + _MARKS_AND_APOSTROPHE.pattern)
_CLOSING = "’'”\"»"
_DOUBLE = re.compile('["“”„«»]')
_SINGLE_OPEN = re.compile(r"(?:^|[\s(])'[^\W_]")


def _time_pattern(kn: Knowledge) -> str:
    """What may stand between a speech verb and its clause: a day or a time ("on Monday", "last
    week"), an adverb, a channel ("in a statement", "on Telegram"); from the lexicon, in its
    order."""
    times = [
        re.escape(str(w))
        for w in list(kn.lexicon.get("weekdays", ())) + list(kn.lexicon.get("speech_times", ()))
    ]
    channels = "|".join(re.escape(str(w)) for w in kn.lexicon.get("speech_channel_nouns", ()))
    return (
        r"(?:\s+(?:on\s+)?(?:"
        + "|".join(times)
        + r"|in (?:a|an|his|her|their|its) (?:"
        + channels
        + r")|"
        + "|".join(re.escape(str(w)) for w in kn.lexicon.get("speech_platforms", ()))
        + r"))*"
    )


@dataclass(frozen=True)
class RawQuote:
    open_at: int  # index of the opening mark
    start: int  # first character inside
    end: int  # one past the last character inside
    closed: bool


def scan_quotes(doc: Document) -> tuple[list[RawQuote], bool]:
    """All quoted spans of the document; `True` as second value when marks were unbalanced."""
    text = doc.text
    spans: list[RawQuote] = []
    unbalanced = False
    carried = False  # the previous paragraph ended inside a curly/angle quote
    # British style with straight marks ('…'): only where no double mark is used for quoting
    marks = (
        _MARKS_AND_APOSTROPHE
        if _DOUBLE.search(text) is None and "''" not in text and _SINGLE_OPEN.search(text)
        else _MARKS
    )
    for p_start, p_end in (span for span in doc.paragraph_spans if span is not None):
        opener: str | None = None
        o_at = o_in = 0  # the opening mark, the first character inside
        for mark in marks.finditer(text, p_start, p_end):  # nothing else changes the state
            i = mark.start()
            # archive copy writes a double mark as two apostrophes: ''Yes,'' she said.
            ch = '"' if mark.group(0) == "''" else text[i]
            prev = text[i - 1] if i > p_start else " "
            nxt = text[mark.end()] if mark.end() < p_end else " "
            if opener is not None:
                if _closes(text, mark, ch, opener, o_in, prev, nxt, p_end):
                    spans.append(RawQuote(o_at, o_in, i, True))
                    opener = None
            elif carried and (
                ch in "”»"
                or (ch == '"' and not prev.isspace() and (nxt.isspace() or nxt in ",.;:)"))
            ):
                # The quote went on into this paragraph without a new opening mark.
                spans.append(RawQuote(p_start, p_start, i, True))
                carried = False
            elif _opens(ch, prev, nxt):
                opener, o_at, o_in, carried = ch, i, mark.end(), False
            elif ch in "”»":
                unbalanced = True
        if opener is not None:
            # Open at the paragraph end: a continuation if the next paragraph opens with a mark,
            # else unbalanced (recovered by closing here).
            nxt_par = text[p_end : p_end + 4].lstrip()
            continues = nxt_par[:1] in _OPEN_CLOSE and (
                nxt_par[:1] != "'" or marks is _MARKS_AND_APOSTROPHE or nxt_par[:2] == "''"
            )
            if not continues and not (opener in '“«"' and _closes_later(text, p_end, opener)):
                unbalanced = True
            spans.append(RawQuote(o_at, o_in, p_end, False))
        carried = opener is not None and opener in '“«"'
    return spans, unbalanced


def _opens(ch: str, prev: str, nxt: str) -> bool:
    """Whether the mark `ch`, between `prev` and `nxt`, opens a quote (no quote being open)."""
    return (
        ch in "“„«‹"
        or (ch == '"' and not nxt.isspace())
        or (ch == "‘" and (prev.isspace() or prev in "([—–-") and not nxt.isspace())
        or (ch == "'" and (prev.isspace() or prev in "([—–-") and (nxt.isalnum() or nxt == "…"))
    )


def _closes(
    text: str, mark: re.Match[str], ch: str, opener: str, o_in: int, prev: str, nxt: str, p_end: int
) -> bool:
    """Whether the mark closes the quote `opener` opened (its first character inside at `o_in`)."""
    i = mark.start()
    if (
        opener in '“"'
        and mark.group(0) in ("''", "’")
        and text[i + 1 : i + 2] in "’'"
        and i + 1 < p_end
    ):
        return True  # “…’’ : two apostrophes close it
    if (
        ch == _OPEN_CLOSE[opener]
        and (opener not in "‘'" or not nxt.isalpha())
        and (ch != '"' or i > o_in)
        and (ch != "'" or not prev.isspace())
    ):
        return True
    return (opener == '"' and ch == "”") or (opener == "“" and ch == '"' and not nxt.isalnum())


def _closes_later(text: str, at: int, opener: str) -> bool:
    """Whether the next paragraph has the closing mark before any opening one."""
    nxt = text[at : text.find("\n\n", at + 2) if text.find("\n\n", at + 2) > 0 else len(text)]
    if opener == '"':
        m = re.search(r'\S"(?=[\s,.;:)]|$)', nxt)
        first = nxt.find('"')
        return m is not None and first == m.start() + 1
    close_at, open_at = nxt.find(_OPEN_CLOSE[opener]), nxt.find(opener)
    return close_at >= 0 and (open_at < 0 or close_at < open_at)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "…."):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
        end -= 1
    return start, end


def extract_quotes(
    doc: Document,
    kn: Knowledge,
    refs: Referents,
    raw: list[RawQuote],
    unbalanced: bool,
    parse: Parse | None = None,
) -> tuple[list[Quote], list[Problem]]:
    """The direct and partial quotes of `raw` with their speakers; scare quotes, nicknames and
    titles are left out."""
    text = doc.text
    problems: list[Problem] = []
    if unbalanced:
        problems.append(
            Problem(
                doc.source,
                "unbalanced quotation marks; quotes were closed at paragraph ends",
                "check the article's quotation marks",
            )
        )
    verb_re = _word_re(kn.words("reporting_verbs"))
    cued = _SpeechCued(text, verb_re, kn.words("speech_nouns"))
    quotes: list[Quote] = []
    prev: tuple[Referent | None, str | None, int] = (None, None, -1)  # last speaker, cue, paragraph
    for q in raw:
        start, end = _trim(text, q.start, q.end)
        if end <= start:
            continue
        body = text[start:end]
        sent = doc.sentence_at(q.open_at)
        words = body.split()
        if (
            not cued(sent)
            and not _is_sentence(text, q, sent)
            and (
                len(words) <= 3
                or (len(words) <= 6 and all(w[:1].isupper() for w in words if w[:1].isalpha()))
            )
        ):
            continue  # scare quotes, nicknames, titles
        kind = _kind(text, q, body, sent.start)
        speaker, cue = _attribute(doc, refs, q, sent, verb_re)
        if speaker is None and parse is not None:
            speaker, cue = _parsed_speaker(doc, parse, refs, q, kn.words("speech_lemmas"))
        if speaker is None and kind == "partial":
            speaker, cue = _partial_subject(text, refs, q, sent) or (speaker, cue)
        para = _paragraph_of(doc, q.open_at)
        if speaker is None:
            speaker, cue = _continued(doc, refs, q, para, prev) or (speaker, cue)
        if speaker is not None:
            prev = (speaker, cue, para)
        quotes.append(
            Quote(
                id=f"{doc.id}-q{len(quotes) + 1}",
                text=body,
                kind=kind,
                speaker=speaker.name if speaker else None,
                speaker_id=speaker.actor_id if speaker else None,
                cue=cue,
                sentence=sent.id,
                start=start,
                end=end,
            )
        )
    return quotes, problems


class _SpeechCued:
    """Whether a sentence has a speech verb or noun, asked once per sentence."""

    def __init__(self, text: str, verb_re: re.Pattern[str], nouns: frozenset[str]) -> None:
        self.text, self.verb_re, self.nouns = text, verb_re, nouns
        self.seen: dict[str, bool] = {}

    def __call__(self, sent) -> bool:
        if sent.id not in self.seen:
            s_text = self.text[sent.start : sent.end]
            self.seen[sent.id] = bool(self.verb_re.search(s_text.replace("so-called", ""))) or any(
                n in s_text.lower() for n in self.nouns
            )
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


_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{1,40}(?:\s*\([A-Za-z .]{1,20}\))?\s+[―—–-]{1,2}\s+")


# One to four words of a title between a speech verb and a name; no clause words, no punctuation.
_TITLE_GAP = re.compile(
    r"(?:(?!(?:that|in|on|at|to|by|with|after|before|when|while|as|for|from|and|but|if|"
    r"it|this|they|he|she|we|who|which|was|is|were|are|would|will)\b)[\w.’'-]+ ){1,4}",
    re.I,
)


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
        return following[0]
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
        found = list(verb_re.finditer(text, sent.start, sent.end))
        _VERBS[key] = ([m.start() for m in found], found)
    return _VERBS[key]


# An unnamed speaker: a determiner, then up to seven words (modifiers, a noun, "involved in the
# talks").
_NP = re.compile(
    r"(?:the|a|an|one|another|two|three|four|five|several|some|many|other|its|their|his|her|our|both|each|"
    r"most|all|few|numerous|various|\d+|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))\s+"
    r"(?!(?:same|first|last|next)\b)\w[\w’'-]*(?:\s+[\w’'-]+){0,7}?",
    re.I,
)
_NP_STOP = re.compile(
    r".*\b(?:that|which|who|and|but|if|when|while|because|as|it|he|she|they|we|not|"
    r"was|is|were|are|has|have|had|would|will)\b",
    re.I,
)
_NP_FULL = re.compile(_NP.pattern + r"$", re.I)
_RELATIVE = re.compile(r"\s+(?:who|which|that)\s+[a-z]+(?:\s+[\w’'-]+){0,5}$")
_NP_TRAIL = re.compile(
    r"(?:\s+(?:later|earlier|also|then|again|separately|previously|once|had|has|have|just|"
    r"(?:this|last|next) (?:week|month|year|morning|weekend)|on \w+day))+$"
)
_NP_TIME_HEAD = re.compile(r".*\b(?:day|week|month|year|time|moment|while)$")


def _noun_phrase(span: str, prefix: bool = False) -> str | None:
    """The noun phrase filling `span` ("the coalition", "one port executive"), or with `prefix` the
    one `span` starts with up to a punctuation mark ("another negotiator."); None where a clause
    word or a time noun shows it is no speaker."""
    if prefix:
        span = re.split(r"[,.;:!?“”\"(]", span[:200], maxsplit=1)[0]
    if len(span) > 200:
        return None  # a noun phrase is short; the patterns below never see a long span
    span = _NP_TRAIL.sub("", span.strip())
    span = _RELATIVE.sub("", span)  # "a driver who saw the blast": the speaker is "a driver"
    if (
        len(span) > 90
        or _NP_FULL.match(span) is None
        or _NP_STOP.match(span)
        or _NP_TIME_HEAD.match(span)
    ):
        return None
    return span


_BARE_GROUP = re.compile(r"(?:[A-Z][\w’'-]*|[a-z][\w’'-]*)(?:\s+[\w’'-]+){0,3}")
_NAME_AS_WRITTEN = re.compile(
    r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|de|van|von|al|bin|da|di|le|la)){0,3}"
)
# A clause within the next eight words: an auxiliary or modal, as "the talks would resume" has.
_FINITE_SOON = re.compile(
    r"(?:,\s*\w+,)?(?:\s+that\b|(?:\s+[^\s.;:!?]+){0,7}?\s+(?:is|are|was|were|has|have|had|will|would|"
    r"could|can|should|must|may|might|did|does|do|won’t|won't|isn’t|isn't|wasn’t|wasn't|"
    r"hasn’t|hasn't|cannot)\b)",
    re.I,
)
# the same in lower case only: "a vote in May" holds no modal
_CLAUSE_SOON = re.compile(_FINITE_SOON.pattern)
_APPOSED_TAIL = re.compile(r",[^,“”\"]{1,80},$")
_TRAILING_PP = re.compile(r"\s+(?:in|of|at|from|for|with|on)\s+\S.*$")
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|Still|Now|So)\s+(?=[a-z])")
_GROUP_PAIR = re.compile(
    r"([\w’'-]+(?:\s+[\w’'-]+){0,2})\s+and\s+((?:(?:its|their|his|her|the|other)\s+)?[a-z][\w’'-]+(?:\s+(?:in|of|at|from)\s+[\w’'.-]+)?)"
)


def _unnamed_subject(span: str, words: SpeakerWords, opening: bool = False) -> str | None:
    """An unnamed subject: a noun phrase with a determiner, or a plural group without one
    ("experts", "some diplomatic experts", "Opposition leaders", "Israeli media"); `opening`: the
    span opens its sentence, so its first word may be capitalised."""
    np = _noun_phrase(span)
    if np is not None or len(span) > 200:
        return np
    bare = _NP_TRAIL.sub("", _LEADING_CONJUNCTION.sub("", span.strip()))
    if opening and _NAME_AS_WRITTEN.fullmatch(bare) and bare.split()[0] not in words.opening:
        return bare  # "Fowler said …": a name no list knows, opening its sentence
    pair = _GROUP_PAIR.fullmatch(bare)  # "Developers and supporters in Congress say …"
    if (
        pair
        and _unnamed_subject(pair.group(1), words, opening)
        and _unnamed_subject(pair.group(2), words)
    ):
        return bare
    if _BARE_GROUP.fullmatch(bare) is None or _NP_STOP.match(bare):
        return None
    parts = bare.split()
    core = _TRAILING_PP.sub("", bare).split()  # "dealers in Bergen": the head is "dealers"
    head = core[-1].lower()
    if parts[0].lower() in words.not_heads or head in words.not_heads:
        return None  # "Despite his stated …", "News reported …"
    if (
        len(parts) == 1
        and head not in words.groups
        and not (opening and head.endswith("s") and len(head) > 4)
    ):
        return None  # alone, a word is a known group or a capitalised plural opening the sentence
    if not opening and parts[0][:1].isupper():
        return None  # mid-sentence, a capitalised word is a name some list should know
    if head in words.groups or (
        head.endswith("s") and not head.endswith("ss") and all(w[:1].islower() for w in core[1:])
    ):
        return bare
    return None


def _name_as_written(span: str, words: SpeakerWords, prefix: bool = False) -> str | None:
    """A name no list knows, filling `span` (or with `prefix`, opening it up to a punctuation mark):
    “…,” Haugland said / “…,” said Haugland."""
    if prefix:
        span = re.split(r"[,.;:!?“”\"(]", span[:120], maxsplit=1)[0]
    span = span.strip()
    if len(span) > 80 or not _NAME_AS_WRITTEN.fullmatch(span) or span.split()[0] in words.opening:
        return None
    return span


# “…” ― Ana Ruiz: a quotation signed with a dash and a name that ends its line, or that the next
# signed quotation follows on the same line (“…” ― Ana Ruiz “…” ― Jon Berg)
_SIGNED = re.compile(
    r"[ \t\u00a0]*[―—–][ \t\u00a0]*("
    + _NAME_AS_WRITTEN.pattern
    + r")[ \t\u00a0.]*(?:\n|$|(?=[“\"]))"
)


def _signed(text: str, refs: Referents, close: int) -> tuple[Referent, str] | None:
    m = _SIGNED.match(text, close)
    if m is None or m.group(1).split()[0] in refs.words.opening:
        return None
    name = m.group(1).rstrip(".")
    found = refs.starting_at(m.start(1))
    found = refs.resolve(found) if found is not None and found.kind in ("person", "actor") else None
    return found or _description(refs, m.start(1), m.start(1) + len(name), name), "―"


def _description(refs: Referents, start: int, end: int, text: str) -> Referent:
    """An unnamed speaker shown as written; a body named inside it ("an EU diplomat") is its party;
    a surname no list knows is the person named so earlier ("Clinton" → "Hillary Clinton")."""
    if text[:1].isupper() and _NAME_AS_WRITTEN.fullmatch(text):
        person = refs.person_named(text, start)
        if person is not None:
            return person
    inside = [r for r in refs.in_range(start, end) if r.end <= end and r.kind == "actor"]
    words = text.lower().split()
    if len(words) == 2 and words[0] == "the":
        # "the federation said" after "the Farmers Federation": the body whose name it heads
        for x in reversed(refs.in_range(max(0, start - 3000), start)):
            if x.kind in ("actor", "body") and x.name.lower().split()[-1] == words[1]:
                return x
    return Referent(
        start,
        end,
        text[:1].upper() + text[1:],
        inside[0].actor_id if inside else None,
        "description",
    )


_POSS_BODY = re.compile(
    r"\b(his|her|their)\s+(?:[a-z]+\s+)?(?:office|spokesman|spokeswoman|spokesperson|aides?|"
    r"government|ministry|team|campaign|lawyers?|party)\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)
_POSSESSOR = {"his": "he", "her": "she", "their": "they"}


def _possessive_body(text: str, floor: int, verb_at: int) -> Referent | None:
    """ "His office said …": the person "his" stands for (resolved by the caller) speaks."""
    m = _POSS_BODY.search(text, floor, verb_at)
    if m is None:
        return None
    return Referent(m.start(1), m.end(1), _POSSESSOR[m.group(1).lower()], None, "pronoun")


def _parsed_speaker(
    doc: Document, parse: Parse, refs: Referents, q: RawQuote, lemmas: frozenset[str]
) -> tuple[Referent | None, str | None]:
    """Parser tier: the subject of the speech verb governing the quote."""
    inside = parse.within(q.start, q.end)
    verbs: list[Tok] = []
    for t in inside:
        for a in parse.ancestors(t):
            if not q.start <= a.start < q.end and a.lemma in lemmas and a.pos in ("VERB", "AUX"):
                verbs.append(a)
                break
    if not verbs:
        sent = doc.sentence_at(max(q.end - 1, q.start))
        verbs = [
            t
            for t in parse.within(sent.start, sent.end)
            if t.lemma in lemmas and t.pos == "VERB" and not q.start <= t.start < q.end
        ]
    for verb in verbs:
        subj = parse.subject(verb)
        ref = _referent_for(parse, refs, subj) if subj is not None else None
        if ref is not None:
            return ref, doc.text[verb.start : verb.end]
    return None, None


def _referent_for(parse: Parse, refs: Referents, subj: Tok) -> Referent | None:
    """The referent a subject token stands for: one it is part of, else one inside its phrase."""
    lo, hi = parse.subtree(subj)
    hit = refs.covering(subj.start)
    if hit is None:
        hit = next((r for r in refs.in_range(lo, hi) if r.end <= hi and r.kind != "pronoun"), None)
    return refs.resolve(hit) if hit is not None else None


# --- reported speech ------------------------------------------------------------------------


def extract_reported(
    doc: Document, kn: Knowledge, refs: Referents, quotes: list[Quote], parse: Parse | None = None
) -> list[Quote]:
    """ "X said (that) …", "According to X, …", "…, X said." with the content clause as text.

    A sentence may report several clauses ("…, saying A, but warned B"); partial quotes may sit
    inside a reported clause, but a clause that is mostly a direct quote is the quote's, not
    reported speech.
    """
    text = doc.text
    words = _ReportWords.of(kn)
    quoted = sorted((q.start - 1, q.end + 1) for q in quotes)
    q_ends = sorted(b for _, b in quoted)
    found: list[Quote] = []
    said = _QuoteSpeakers(quotes)
    for sent in doc.sentences:
        # quotes overlapping the sentence: those starting before its end and ending after its start
        if q_ends and q_ends[-1] > sent.start:
            hi = bisect.bisect_left(quoted, (sent.end, -1))
            lo = max(0, bisect.bisect_left(quoted, (sent.start - 5000, -1)))
            in_sent = [(a, b) for a, b in quoted[lo:hi] if sent.start < b]
        else:
            in_sent = []
        items = _framed_items(text, refs, sent, words) or _label_items(doc, refs, sent, in_sent)
        if not items:
            items = _verb_items(text, refs, sent, in_sent, words, said)
        if parse is not None:
            items.extend(_parsed_reported(doc, parse, refs, sent, in_sent, items, words))
        for subj, cue, raw_start, raw_end in items:
            c_start, c_end = _trim(text, raw_start, raw_end)
            content = text[c_start:c_end].split()
            if c_end - c_start < 8 or len(content) < 2 or all(w[:1].isupper() for w in content):
                continue  # a clause has a subject and a verb at least: "recently", a name are none
            found.append(
                Quote(
                    id=f"{doc.id}-r{len(found) + 1}",
                    text=text[c_start:c_end],
                    kind="indirect",
                    speaker=subj.name,
                    speaker_id=subj.actor_id,
                    cue=cue,
                    sentence=sent.id,
                    start=c_start,
                    end=c_end,
                )
            )
    return found


Item = tuple[Referent, str, int, int]  # speaker, cue, content start, content end


@dataclass(frozen=True)
class _ReportWords:
    """The lexicon's words for reported speech, read once per knowledge."""

    verb_re: re.Pattern[str]  # verbs taking a content clause
    that_only: frozenset[str]
    clause_only: frozenset[str]
    lemmas: frozenset[str]
    tail: re.Pattern[str]  # "…, X said."
    said_name: re.Pattern[str]  # "…, said X."
    time: str  # a time or channel between the verb and its clause (a pattern part)
    told_that: re.Pattern[str]
    told: re.Pattern[str]
    participle: re.Pattern[
        str
    ]  # ", arguing …": the speaker's own participle clause ends the content
    parenthetical: re.Pattern[str]  # "The next round, the envoy argues, has to …"

    @classmethod
    def of(cls, kn: Knowledge) -> _ReportWords:
        if id(kn) not in _REPORT_WORDS:
            # the verb, "told" and its object (a name of up to three words: "told Radio North"),
            # a time; then the sentence ends, or a new clause or a subordinate one starts
            time = _time_pattern(kn)
            tail = re.compile(
                r",\s+([^,“”\"]{2,60}?)\s+("
                + alternation(kn.words("trailing_speech_verbs"))
                + r"|told (?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}|\w+(?: \w+)?))"
                + time
                + r"(?:\s+(?:morning|afternoon|evening|night))?(?:\.?$|,\s+(?:and|but|as|while|"
                r"when|after|before|because|since|although|though)\b|,\s+[a-z]+ing\b)"
            )
            _REPORT_WORDS[id(kn)] = (
                kn,
                cls(
                    _word_re(kn.words("indirect_verbs")),
                    kn.words("indirect_verbs_that_only"),
                    kn.words("indirect_verbs_clause_only"),
                    kn.words("speech_lemmas"),
                    tail,
                    re.compile(r",\s+(" + alternation(kn.words("inverted_speech_verbs")) + r")\s+"),
                    time,
                    *_told_patterns(kn, time),
                    re.compile(
                        r",\s+(?=(?:"
                        + alternation(w for w in kn.words("indirect_verbs") if w.endswith("ing"))
                        + r")\b)"
                    ),
                    re.compile(
                        r"([^,“”\"]{3,80}?),\s+([^,“”\"]{2,60}?)\s+(?:(?:often|also|later|now)\s+)?("
                        + alternation(kn.words("trailing_speech_verbs"))
                        + r"|told \w+)(?:\s+then)?"
                        r"(?:\s+(?:in|on|at)\s+[^,“”\"]{1,30})?,\s+"
                    ),
                ),
            )
        return _REPORT_WORDS[id(kn)][1]


_REPORT_WORDS: dict[int, tuple[Knowledge, _ReportWords]] = {}


def _framed_items(text: str, refs: Referents, sent, words: _ReportWords) -> list[Item]:
    """A sentence framed by its attribution: "According to X, …", "…, according to X.",
    "…, said X.", "…, X said.", "…, X said, …"; the first of these that finds a source."""
    s_text = text[sent.start : sent.end]
    items = _according_items(text, refs, sent, s_text) or _said_name_items(
        text, refs, sent, s_text, words
    )
    return (
        items
        or _tail_items(text, refs, sent, s_text, words)
        or _parenthetical_items(text, refs, sent, s_text, words)
    )


def _according_items(text: str, refs: Referents, sent, s_text: str) -> list[Item]:
    acc = re.match(r"According to\s+(.{2,80}?),\s+", s_text)
    if acc:
        r = _source_at(refs, sent.start + acc.start(1), acc.group(1))
        if r is not None:
            return [(r, "according to", sent.start + acc.end(), sent.end)]
    for pattern in (_ACCORDING_END, _ACCORDING_MID):  # "…, according to two officials who …."
        acc = pattern.search(s_text)
        if acc:
            r = _source_at(
                refs, sent.start + acc.start(1), acc.group(1), whole=pattern is _ACCORDING_END
            )
            if r is not None:
                return [(r, "according to", sent.start, sent.start + acc.start())]
    return []


def _said_name_items(
    text: str, refs: Referents, sent, s_text: str, words: _ReportWords
) -> list[Item]:
    """ "The talks will resume in May, said Karl Moen, a fellow at the Nordic Institute." / "…, said
    one port official." """
    inv = words.said_name.search(s_text)
    if not inv:
        return []
    at = sent.start + inv.end()
    r = next(iter(refs.in_range(at, at + 1)), None) if text[at : at + 1].isupper() else None
    if r is not None and r.kind in ("person", "actor"):
        end, after = r.end, r""
    else:  # an unnamed speaker ends the sentence: a noun phrase with its determiner
        np = _noun_phrase(text[at : sent.end], prefix=True)
        if np and len(np.split()) > 5:
            # "…, said the catch plan went too far": a clause, not a speaker ending the sentence
            np = None
        r = _description(refs, at, at + len(np), np) if np else None
        end, after = at + len(np or ""), r"(?!)"  # no apposition after it
    if r is not None and re.fullmatch(
        r"\s*(?:,\s*[^“”\"]{0,160}" + after + r")?[.!?]?\s*", text[end : sent.end]
    ):
        return [(r, inv.group(1), sent.start, sent.start + inv.start())]
    return []


def _tail_items(text: str, refs: Referents, sent, s_text: str, words: _ReportWords) -> list[Item]:
    """ "…, experts say." / "…, House leadership aides said." / "…, the minister said on
    Monday." """
    tail = words.tail.search(s_text)
    if not tail:
        return []
    subj = _subject_or_group(
        text, refs, sent.start + tail.start(1), sent.start + tail.start(2), tail.group(1)
    )
    if subj is None:
        return []
    dateline = _DATELINE.match(text, sent.start, sent.start + tail.start())  # "PRETORIA — …"
    return [
        (
            subj,
            tail.group(2).split()[0],
            dateline.end() if dateline else sent.start,
            sent.start + tail.start(),
        )
    ]


def _parenthetical_items(
    text: str, refs: Referents, sent, s_text: str, words: _ReportWords
) -> list[Item]:
    """ "The next round, the Danish envoy said, has to cover …": a parenthetical attribution."""
    par = words.parenthetical.match(s_text)
    if not par:
        return []
    # "…, the board said in its yearly review, …"
    subj = _subject_or_group(
        text, refs, sent.start + par.start(2), sent.start + par.start(3), par.group(2)
    )
    # the content is both halves ("The next round … has to cover …"): the sentence, the attribution
    # inside it, since one item is one span and the subject of the clause is in the first half
    return [(subj, par.group(3).split()[0], sent.start, sent.end)] if subj is not None else []


# "Lund: Talks will resume in May": a paragraph (a headline) opening with a speaker and a colon
_LABEL = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}):\s+(?=[^\W_]|[“\"‘])")


def _label_items(doc: Document, refs: Referents, sent, in_sent) -> list[Item]:
    """A paragraph that opens with a name and a colon ("Lund: Talks will resume in May", the
    headline form): the name is the speaker of what follows, when the name is all the label is."""
    text = doc.text
    label = _LABEL.match(text, sent.start, sent.end)
    if not label:
        return []
    span = _paragraph_span(doc, _paragraph_of(doc, sent.start))
    if span is None or span[0] != sent.start:
        return []
    r = refs.starting_at(sent.start)
    if r is None or r.end != label.end(1) or r.kind not in ("person", "actor"):
        return []
    if _quoted_chars(label.end(), sent.end, in_sent) > 0.6 * (sent.end - label.end()):
        return []  # "Lund: “We are ready.”": a direct quote, the quote's
    return [(r, ":", label.end(), sent.end)]  # a person or an actor: resolved, it is itself


def _subject_or_group(
    text: str, refs: Referents, at: int, verb_at: int, span: str
) -> Referent | None:
    """The known subject between `at` and the verb, else an unnamed group filling `span`."""
    subj = refs.subject_before(verb_at, at)
    if subj is None or refs.resolve(subj) is None:
        np = _unnamed_subject(span, refs.words)
        subj = _description(refs, at, at + len(np), np) if np else None
    return refs.resolve(subj) if subj is not None else None


class _QuoteSpeakers:
    """The speakers of the direct quotes, by where each quote ends."""

    def __init__(self, quotes: list[Quote]) -> None:
        spoken = sorted((q.end, q) for q in quotes if q.speaker and q.kind in ("direct", "partial"))
        self.ends, self.quotes = [e for e, _ in spoken], [q for _, q in spoken]

    def before(self, lo: int, hi: int) -> Referent | None:
        """The speaker of the last quote ending in [lo, hi): "“…,” X recalled, adding that …"."""
        k = bisect.bisect_right(self.ends, hi) - 1
        if k < 0 or self.ends[k] < lo:
            return None
        q = self.quotes[k]
        assert q.speaker is not None  # __init__ keeps the quotes with a speaker only
        return Referent(q.start, q.end, q.speaker, q.speaker_id, "possessive")


def _verb_items(
    text: str,
    refs: Referents,
    sent,
    in_sent,
    words: _ReportWords,
    said: _QuoteSpeakers | None = None,
) -> list[Item]:
    """ "X said (that) …", "X told Y …", "…, saying …": each speech verb with the clause after
    it."""
    s_text = text[sent.start : sent.end]
    items: list[Item] = []
    floor = sent.start
    for v in words.verb_re.finditer(s_text):
        verb_at = sent.start + v.start()
        if verb_at < floor or any(a < verb_at < b for a, b in in_sent):
            continue
        if _POSSESSIVE_BEFORE.search(
            text, max(sent.start, verb_at - 3), verb_at
        ) and _NOUN_AFTER.match(text, verb_at + len(v.group(0)), sent.end):
            continue  # "Russia's stated aim", "the union's announced cuts": a participle, no speech
        clause = _clause_after(text, sent, v, verb_at, in_sent, words)
        if clause is None:
            continue
        c_start, c_end, as_quote = clause
        subj = _verb_subject(text, refs, v.group(0), floor, verb_at, sent.start)
        if (
            subj is None
            and items
            and re.fullmatch(r"[,;]?\s*(?:but|and|yet)?\s*(?:also\s+)?", text[floor:verb_at])
        ):
            subj = items[-1][0]  # "X said A, but warned B": the same speaker
        if (
            subj is None
            and said is not None
            and v.group(0).endswith("ing")
            and _CLAUSE_SOON.match(text[verb_at + len(v.group(0)) : verb_at + 160])
        ):
            subj = said.before(sent.start, verb_at)  # the speaker of the quote it follows
        if subj is None:
            continue
        more = _AND_THAT.match(text, c_end, sent.end)
        if (
            more
        ):  # "said that the talks stalled and that the ban would stay": both clauses, one item
            c_end = _clause_end(text, more.end(), sent.end, words)
            as_quote = as_quote and not _has_words_outside(c_start, c_end, in_sent)
        if not as_quote:
            items.append((subj, v.group(0), c_start, c_end))
        floor = c_end
    return items


_POSSESSIVE_BEFORE = re.compile(r"[’']s\s+$")
# a noun after the participle; "Norway's stated that …" is "Norway has stated": speech
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:that|it|the|a|an|this|he|she|they|we|to|on|in|at|by|for|with)\b)[a-z]"
)


def _quoted_chars(start: int, end: int, in_sent) -> int:
    """How many characters of [start, end) lie inside the quotes of its sentence."""
    return sum(max(0, min(b, end) - max(a, start)) for a, b in in_sent)


def _has_words_outside(start: int, end: int, in_sent) -> bool:
    """Whether [start, end) holds words outside the quotes of its sentence."""
    return end - start - _quoted_chars(start, end, in_sent) > 12


def _clause_after(text: str, sent, v: re.Match[str], verb_at: int, in_sent, words: _ReportWords):
    """(start, end, is a direct quote) of the content clause after the speech verb `v`, or None
    where none follows (an object, a prepositional phrase, the attribution of a direct quote)."""
    rest = text[sent.start + v.end() : sent.end]
    if v.group(0) in ("told", "tells", "telling"):
        # "told state television that …": the object runs up to "that" when one follows
        lead = words.told_that.match(rest) or words.told.match(rest)
    elif v.group(0) in words.that_only or (
        v.group(0) in words.clause_only and not _FINITE_SOON.match(rest)
    ):
        # "confirmed the strike": no clause, so "that" must follow
        lead = re.match(words.time + r"\s+that\s+", rest)
    else:
        # "cautioned, as did the union itself, that …": an adverbial set off by commas before "that"
        lead = re.match(
            words.time + r"(?:,\s*(?:however|moreover|though|too|again),)?(?:\s+that,?)?\s+", rest
        )
        aside = _ASIDE_THEN_THAT.match(rest)
        lead = aside if aside and (not lead or aside.end() > lead.end()) else lead
    if not lead:
        return None
    c_start = sent.start + v.end() + lead.end()
    content = text[c_start : sent.end]
    pp = _PP_THEN_THAT.match(content)
    if pp:  # "says at a rally in Tromso, Norway, that …": the clause after the phrase
        c_start += pp.end()
        content = text[c_start : sent.end]
    that = re.search(r"\bthat,?\s+$", text[sent.start + v.end() : c_start]) is not None
    if (
        not re.match(r"[^\W_]|[“\"‘«]", content)
        or (
            re.match(_NOT_A_CLAUSE, content, re.I)
            and not _PP_THEN_CLAUSE.match(content)
            and not (that and not content.startswith(("and", "or")))
        )
        or (
            _attributes_quote(text, sent.start, verb_at)
            and not (that and v.group(0).endswith("ing"))
        )
    ):
        # “…,” adding that …: a clause of its own
        return None  # a prepositional phrase, or the attribution of a direct quote
    c_end = _clause_end(text, c_start, sent.end, words)
    inside = _quoted_chars(c_start, c_end, in_sent)
    # a clause that is a direct quote is the quote's; one with words of its own around a
    # partial quote ("told reporters the offer was “an insult”") is reported speech
    as_quote = inside > 0.6 * (c_end - c_start) and text[c_start : c_start + 1] in _OPEN_CLOSE
    if inside > 0.8 * (c_end - c_start) and not as_quote:
        return None
    return c_start, c_end, as_quote


def _verb_subject(
    text: str, refs: Referents, verb: str, floor: int, verb_at: int, sent_start: int
) -> Referent | None:
    """Who speaks with the verb at `verb_at`: the subject before it (for a participle, the first
    referent of the clause), else a referent or an unnamed subject opening the sentence."""
    if verb.endswith("ing"):
        subj = refs.subject_before(verb_at, floor) or refs.first_in(floor, verb_at)
        if (
            subj is None
            and floor == sent_start
            and _CLAUSE_SOON.match(text[verb_at + len(verb) : verb_at + 160])
        ):
            return _main_clause_subject(text, refs, sent_start, verb_at)  # only before a clause
        return refs.resolve(subj) if subj else None
    subj = refs.subject_before(verb_at, floor) or _possessive_body(text, floor, verb_at)
    subj = refs.resolve(subj) if subj else None
    if subj is None:
        subj = refs.first_in(floor, min(verb_at, floor + 80))
    if subj is None and floor == sent_start:
        # "A senior diplomat said the talks were over": an unnamed subject opening the sentence
        np = _noun_phrase(text[floor:verb_at])
        np = np or _unnamed_subject(
            _APPOSED_TAIL.sub("", text[floor:verb_at].rstrip()), refs.words, opening=True
        )  # "Norline, the state ferry operator, said …"
        if np is not None:
            subj = _description(refs, floor, floor + len(np), np)
        else:
            subj = _after_opening_phrase(refs, text, floor, verb_at)
    return subj


def _main_clause_subject(
    text: str, refs: Referents, sent_start: int, verb_at: int
) -> Referent | None:
    """ ", arguing that …" after a clause whose subject no list names ("Two union lawyers filed a
    motion, arguing …"): the subject of the clause's first finite verb, unnamed ones included."""
    finite = _FIRST_FINITE.search(text, sent_start, verb_at)
    if finite is None or finite.start() == sent_start:
        return None
    return _verb_subject(text, refs, finite.group(0), sent_start, finite.start(), sent_start)


# the first finite verb of a clause: an auxiliary or a past form after a lower-case word
_FIRST_FINITE = re.compile(r"(?<=[a-z] )(?:has|have|had|is|are|was|were|will|would|[a-z]{3,}ed)\b")


def _after_opening_phrase(refs: Referents, text: str, floor: int, verb_at: int) -> Referent | None:
    """ "Even so, the board cautioned that …" / "After the vote, several crews say …": an unnamed
    subject after an opening phrase and its comma."""
    comma = text.rfind(",", floor, verb_at)
    if comma < 0 or "“" in text[floor:verb_at] or '"' in text[floor:verb_at]:
        return None
    at = comma + 1 + len(text[comma + 1 : verb_at]) - len(text[comma + 1 : verb_at].lstrip())
    np = _noun_phrase(text[at:verb_at]) or _unnamed_subject(text[at:verb_at], refs.words)
    return _description(refs, at, at + len(np), np) if np else None


_ACCORDING_END = re.compile(r"(?:,|\s[—–])\s+according to\s+([^,;:“”\"]{2,90}?)[.!?]?\s*$")
# "…, according to the Tax Office, and …": the source set off by commas inside the sentence, with
# an apposition at most ("according to Ana Ruiz, a harbour pilot, …")
_ACCORDING_MID = re.compile(
    r"(?:,|\s[—–])\s+according to\s+([^,;:“”\"]{2,90}?)"
    r"(?:,\s+(?:a|an|the)\s[^,;:“”\"]{2,90}?)?,\s+(?=[a-z])"
)


def _source_at(refs: Referents, start: int, span: str, whole: bool = False) -> Referent | None:
    """The source named by `span` after "according to": a known referent, else an unnamed noun
    phrase ("the mayor's office"; with `whole`, kept with its relative clause)."""
    r = refs.starting_at(start)
    rest = span.strip()[r.end - start :] if r is not None else ""
    if (
        r is not None
        and refs.resolve(r) is not None
        and not (whole and _RELATIVE.fullmatch(" " + rest.strip()))
    ):
        return refs.resolve(r)
    np = _noun_phrase(span)
    if np is None:
        return _bare_source(refs, start, span)
    shown = span.strip() if whole else np
    return _description(refs, start, start + len(shown), shown)


def _bare_source(refs: Referents, start: int, span: str) -> Referent | None:
    """After "according to", a source without a determiner: the person or body named in it
    ("Harbour Commissioner Ana Ruiz", "Portwatch"), else a plural group ("harbour pilots")."""
    bare = span.strip()
    named = [
        r for r in refs.in_range(start, start + len(span)) if r.kind in ("person", "actor", "body")
    ]
    if named:
        return refs.resolve(named[0])
    np = _name_as_written(bare, refs.words) or _unnamed_subject(bare, refs.words, opening=True)
    return _description(refs, start, start + len(np), np) if np else None


def _parsed_reported(doc, parse: Parse, refs: Referents, sent, in_sent, items, words: _ReportWords):
    """Parser tier: a speech verb outside quotes with a clausal complement; the clause is the
    content."""
    text = doc.text
    out: list[Item] = []
    for verb in parse.within(sent.start, sent.end):
        if (
            verb.lemma not in words.lemmas
            or verb.pos != "VERB"
            or any(a <= verb.start < b for a, b in in_sent)
            or not _reports_a_clause(parse, text, verb, sent.start)
        ):
            continue
        for clause in parse.kids(verb, "ccomp"):
            lo, hi = parse.subtree(clause)
            marks = [m for m in parse.kids(clause, "mark") if m.start == lo]
            if marks:
                lo = marks[0].end
            hi = min(hi, sent.end)
            if (
                hi - lo < 8
                or re.match(_NOT_A_CLAUSE, text[lo:hi].lstrip(), re.I)
                or lo < verb.start < hi
                or _verb_between(parse, verb, lo)
            ):
                continue
            quoted = _quoted_chars(lo, hi, in_sent)
            if quoted > 0.6 * (hi - lo):
                continue
            if any(min(hi, e) - max(lo, s) > 0.3 * (hi - lo) for _, _, s, e in items + out):
                continue
            subj = parse.subject(verb)
            ref = _referent_for(parse, refs, subj) if subj is not None else None
            if ref is None and subj is not None and subj.pos in ("PROPN", "NOUN"):
                # a subject no list names, shown as written: "Port officials in Bergen said …"
                s_lo, s_hi = parse.subtree(subj)
                if len(text[s_lo:s_hi].split()) <= 8:
                    ref = Referent(s_lo, s_hi, text[s_lo:s_hi], None, "description")
                    if subj.pos == "NOUN" and text[s_lo:s_hi].lower().startswith("the "):
                        ref = (
                            refs.resolve(ref) or ref
                        )  # "the Republican senator": the one named before
            if ref is not None:
                out.append((ref, text[verb.start : verb.end], lo, _clause_end(text, lo, hi, words)))
    return out


def _reports_a_clause(parse: Parse, text: str, verb: Tok, floor: int) -> bool:
    """Not "did not say if …" (a negated verb reports nothing), nor the verb of "“…,” said X" (it
    attributes the quote that closes right before it)."""
    if parse.kids(verb, "neg"):
        return False
    if any(a.lemma in _MODALS for a in parse.kids(verb, "aux")):
        return False  # "The envoys will have noted that …": speech supposed, not reported
    return not _attributes_quote(text, floor, verb.start)


def _attributes_quote(text: str, floor: int, verb_at: int) -> bool:
    """Whether the verb at `verb_at` attributes a quote closing at most three words before it
    ("“…,” the envoy said"); not a second verb after "and" ("called it “broken” and said …")."""
    before = text[max(floor, verb_at - 40) : verb_at]
    return (
        re.search(r"(?:[”\"]|[’'](?!\w)),?\s*(?:[\w.’'-]+\s+){0,3}$", before) is not None
        and re.search(r"[”\"]\s+and\s+(?:\w+ly\s+)?$", before) is None
    )


_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "can", "shall"})


def _verb_between(parse: Parse, verb: Tok, lo: int) -> bool:
    """Whether another verb stands between a speech verb and its clause ("responded by sending …,
    prompting …"): the parse hung a distant clause on it."""
    return any(t.pos in ("VERB", "AUX") for t in parse.within(verb.end, lo))


# "said in an interview on Monday that …": a prepositional phrase, then "that" and the clause
_PP_THEN_THAT = re.compile(
    r"(?:in|at|on|during|after|before|to|from|with|outside|inside)\s+[^.;:!?“”\"]{1,80}?"
    r"\s+that,?\s+(?=[A-Za-z])"
)
# "said during the last session the crews had …": a that-less clause after a phrase of time or
# occasion; the clause shows itself by a subject and, within four words, a past or auxiliary verb
_PP_THEN_CLAUSE = re.compile(
    r"(?:during|at|in|after|before|over)\s+(?:the|a|an|this|that|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){1,3}?(?:the|a|an|his|her|its|their|they|he|she|we|it)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|could|can|"
    r"should|must|may|might)\b"
)
_ASIDE_THEN_THAT = re.compile(r",\s+[^,;:“”\"]{3,70},\s+that\s+(?=[A-Za-z])")
_NOT_A_CLAUSE = (
    r"(?:of|about|on|upon|for|to|in|by|with|as|at|from|and|or|but|so|up|out|off|over|when|during|"
    r"according|after|before|while|following|despite|amid|through|were|was|is|are|only|just|also)\b"
    r"|[\w-]+,"
)


def _clause_end(text: str, start: int, end: int, words: _ReportWords) -> int:
    """Reported content runs to the sentence end, or to ", but …" / "; …", or to the speaker's own
    participle clause ("said the plan was fair, arguing that …")."""
    m = first_match(_REPORTED_END, text, start, end)
    end = m.start() if m else end
    m = first_match(words.participle, text, start, end)
    return m.start() if m else end


# A comma before a capitalised word ends the content, unless it runs a list of names ("the crews of
# Bergen, Tromso and Bodo had …", at most eight names looked at); ", adding that …" starts a second
# item.
_AND_THAT = re.compile(r",?\s+and\s+that\s+(?=[^\W_])")
_REPORTED_END = re.compile(
    r",\s+(?:but|while|whereas|although|though)\b|;|,\s+(?=adding\b)|,?\s+and\s+that\s+|"
    r",\s+(?=[A-Z][a-z])(?![A-Z][\w-]*(?:,\s+[A-Z][\w-]*){0,8},?\s+(?:and|or)\s+[A-Z])|"
    r",?\s+and\s+(?=(?:said|says|told|added|warned|insisted|argued|demanded|called|urged|"
    r"accused|rejected|proposed)\b)"
)
