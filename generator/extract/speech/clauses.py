"""The clause a speech verb reports: where it starts ("that", a bare clause, a colon) and ends,
who the verb's subject is, "according to X", and the same read off a parse (parser tier)."""

from __future__ import annotations

import re

from ..scan import first_match
from ..speakers import Referent, Referents
from ..syntax import Parse, Tok
from .marks import _OPEN_CLOSE
from .phrases import (
    _RELATIVE,
    _description,
    _name_as_written,
    _noun_phrase,
    _possessive_body,
    _referent_for,
    _unnamed_subject,
)
from .words import Item, _ReportWords

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
    m = re.search(r"(?:[”\"]|[’'](?!\w)),?\s*(?:[\w.’'-]+\s+){0,3}$", before)
    if (
        m is not None
        and m.group(0)[0] in "’'"
        and _PLURAL_POSSESSIVE.search(before, 0, m.end())
        and not _SINGLE_OPENS.search(text, floor, max(floor, verb_at - 40) + m.start())
    ):
        m = None  # "The Tern Players' Union said …": a plural possessive, no quote opened
    return m is not None and re.search(r"[”\"]\s+and\s+(?:\w+ly\s+)?$", before) is None


# an apostrophe after a plural's "s", before a word: "Players' Union", "teachers' pay"
_PLURAL_POSSESSIVE = re.compile(r"s[’']\s+[\w]+(?:\s+[\w.’'-]+){0,2}\s*$")
# a single quotation mark opening a quote: "‘…", or "'" after a blank
_SINGLE_OPENS = re.compile(r"‘|(?:^|(?<=\s))'(?=\w)")


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


_REPORTED_END = re.compile(
    r",\s+(?:but|while|whereas|although|though)\b|;|,\s+(?=adding\b)|,?\s+and\s+that\s+|"
    r",\s+(?=[A-Z][a-z])(?![A-Z][\w-]*(?:,\s+[A-Z][\w-]*){0,8},?\s+(?:and|or)\s+[A-Z])|"
    r",?\s+and\s+(?=(?:said|says|told|added|warned|insisted|argued|demanded|called|urged|"
    r"accused|rejected|proposed)\b)"
)
