"""Quote marks: scanning a document's text for quotes (straight, curly, angle and British single
marks; a quote left open continues into a paragraph that opens with a mark), as `RawQuote`s."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Document
from ..knowledge import Knowledge

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
