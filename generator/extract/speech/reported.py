"""Reported speech in a sentence: "X said (that) …", "…, X said", "according to X, …",
"X told Y …", labels ("Lund: …"), and a participle after a quote ("…," she said, adding …)."""

from __future__ import annotations

import bisect
import re

from ...dates import CAPS_DATELINE
from ...model import Document, Quote
from ..scan import Prefixed
from ..speakers import Referent, Referents
from .attribution import _paragraph_of, _paragraph_span
from .clauses import (
    _CLAUSE_SOON,
    _clause_after,
    _clause_end,
    _has_words_outside,
    _quoted_chars,
    _source_at,
    _verb_subject,
)
from .phrases import _description, _noun_phrase, _unnamed_subject
from .words import Item, _ReportWords


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
    if "according to" not in s_text:
        return []  # what both patterns below hold: a quick test skips the sentence
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
    dateline = CAPS_DATELINE.match(text, sent.start, sent.start + tail.start())  # "PRETORIA — …"
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
    for v in Prefixed.of(words.verb_re).finditer(s_text):
        verb_at = sent.start + v.start()
        if verb_at < floor or any(a < verb_at < b for a, b in in_sent):
            continue
        if _POSSESSIVE_BEFORE.search(
            text, max(sent.start, verb_at - 3), verb_at
        ) and _NOUN_AFTER.match(text, verb_at + len(v.group(0)), sent.end):
            continue  # "Russia's stated aim", "the union's announced cuts": a participle, no speech
        if v.group(0).endswith("s") and _FINITE_AFTER.match(text, verb_at + len(v.group(0))):
            continue  # "Small states demanded …", "Media reports had …": a plural noun, no speech
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
# a finite verb right after a speech verb's "-s" form: the form is a plural noun, the subject of
# that verb ("Island states have called …", "Press reports suggested …"); speech takes a clause
_FINITE_AFTER = re.compile(
    r"\s+(?:(?:also\s+)?(?:have|had|are|were|will|would|can|could|must|should|may|might|did|do)\b"
    r"|[a-z]{3,}ed\s)"
)
# a noun after the participle; "Norway's stated that …" is "Norway has stated": speech
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:that|it|the|a|an|this|he|she|they|we|to|on|in|at|by|for|with)\b)[a-z]"
)


_ACCORDING_END = re.compile(r"(?:,|\s[—–])\s+according to\s+([^,;:“”\"]{2,90}?)[.!?]?\s*$")
# "…, according to the Tax Office, and …": the source set off by commas inside the sentence, with
# an apposition at most ("according to Ana Ruiz, a harbour pilot, …")
_ACCORDING_MID = re.compile(
    r"(?:,|\s[—–])\s+according to\s+([^,;:“”\"]{2,90}?)"
    r"(?:,\s+(?:a|an|the)\s[^,;:“”\"]{2,90}?)?,\s+(?=[a-z])"
)


# A comma before a capitalised word ends the content, unless it runs a list of names ("the crews of
# Bergen, Tromso and Bodo had …", at most eight names looked at); ", adding that …" starts a second
# item.
_AND_THAT = re.compile(r",?\s+and\s+that\s+(?=[^\W_])")
