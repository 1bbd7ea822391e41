"""Direct and partial quotes, and reported (indirect) speech, each with its speaker.

Quote scanning never gives up on a document: straight, curly, angle and British single marks;
a quote left open at the end of a paragraph continues when the next paragraph opens with a mark;
otherwise it is closed at the paragraph end and the document gets one warning.

This module attributes each quote and finds the reported speech of a document; the rules live in
`speech/` by part (see its `__init__`).
"""

from __future__ import annotations

import bisect

from ..model import Document, Problem, Quote
from .knowledge import Knowledge
from .speakers import Referent, Referents
from .speech.attribution import (
    _attribute,
    _continued,
    _is_sentence,
    _kind,
    _paragraph_of,
    _partial_subject,
    _SpeechCued,
    _word_re,
)
from .speech.clauses import _parsed_reported
from .speech.marks import RawQuote, _trim, scan_quotes
from .speech.phrases import _parsed_speaker
from .speech.reported import _framed_items, _label_items, _QuoteSpeakers, _verb_items
from .speech.words import _ReportWords
from .syntax import Parse

__all__ = ["RawQuote", "extract_quotes", "extract_reported", "scan_quotes"]


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
