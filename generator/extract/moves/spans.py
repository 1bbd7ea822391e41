"""Content spans: where a move's content ends (a clause end, a parenthetical it goes on after,
the sentence's own verb after a noun phrase, a closing time or medium) and how it splits into
list items ("A, B and C"; "withdraw … and recognise …"; a consequence after ", or face" is none)."""

from __future__ import annotations

import re

from ..scan import first_match
from .words import _Words

# a full stop ends a clause, not one of an initial ("J. Smith") or of an abbreviation before a name
# a date after "before"/"after": the content's own deadline ("no jobs cut before 2032")
_A_TIME = (
    r"(?:\d|(?:the\s+)?end\s+of\b|next\s|"
    # "after the first season", "after two years": a span of the deal's own time
    r"(?:the\s+)?(?:first|second|third|final|last|opening)\s+(?:year|season|month|week|phase|round|"
    r"stage|term)s?\b|(?:one|two|three|four|five|six|ten)\s+(?:years?|seasons?|months?|weeks?)\b|"
    r"(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)"
)
_CLAUSE_END = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
    r"(?<!\bGen)(?<!\bProf)\.(?=\s|$)|[;:!?]|,\s+(?:while|but|which|who|saying|although|though|"
    r"as(?!\s+well\s+as\b)|"
    r"and\s+(?:the|a|he|she|they|it)\b)|\s+(?:—|–)\s*|—(?!\w+—)|\s+but\s+|\s+while\s+(?!(?:still\s+|also\s+)?[a-z]+ing\b)"
    # (not a time the content holds for: "freeze the quotas while talks continue")
    r"(?!(?:the\s+)?(?:talks|negotiations|discussions|mediation)\s+(?:continue|go\s+on|last|proceed)\b)|"
    r",\s+(?=[A-Z][a-z])|,\s+(?=(?:[a-z]+\s+){1,7}(?:said|says|told|added)\b)|"
    # a main clause after a subordinate one: "(After X offered) 3%, the Tern Dock Union demanded"
    r",\s+(?=the\s+(?:[A-Z][\w’'.&-]*\s+){1,5}(?:has\s+|have\s+|had\s+)?[a-z]+ed\b)|"
    r"\s+--\s+|\s+and\s+(?=(?:said|says|told|added|warned|insisted|argued)\b)|"
    r"\s+and\s+(?=(?:we|they|I)\s+[a-z])|"
    # ", and rating agencies have warned …": a clause with a subject of its own
    r",\s+and\s+(?=(?:[a-z]+\s+){1,3}(?:has|have|had|is|are|was|were|said|say|says)\s)|"
    # "put a new offer| on the table", not "unless the reform on the table is softened"
    r"\s+on the table\b(?!\s+(?:is|are|was|were|be|been|would|will|could|has|have|had)\b)|"
    # "… as they respond to falling sales": a clause of time or reason with its own subject (not
    # a comparison: "stay as they are")
    r"\s+as\s+(?=(?:they|he|she|it|we)\s+(?!(?:are|is|were|was|stand|stood|do|did|have|had)\b)"
    r"[a-z]+)|"
    r",\s+with\s+(?=(?:[\w’'-]+\s+){1,4}?[a-z]+ing\b)|"  # ", with one source adding …"
    # a noun phrase summing up what came before: "…, a motion that failed", "…, something the
    # port refuses"
    r",\s+(?=(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:move|step|motion|measure|idea|request|prospect|"
    r"position|demand|offer|plan|concession|proposal)|something)\s+(?:that|which|the|it|they|he|"
    r"she|we|most|many|management|officials)\b)|"
    # a second predicate of the subject: "want the branches kept open and are pushing for …"
    r"\s+and\s+(?=(?:(?:is|are|was|were)\s+(?:also\s+|now\s+|instead\s+|still\s+)?[a-z]+ing|"
    r"(?:has|have|had)\s+(?:also\s+|now\s+|since\s+)?[a-z]+ed)\b|"
    # "… rejected the offer and put forward a counterproposal": a past verb and its object
    r"(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|put|made|set|sent|gave|took|drew|laid)"
    r"(?:\s+(?:forward|up|out|down))?\s+(?:a|an|the|that|its|their|his|her)\s)|"
    r"\s+(?:as part of|in exchange for|in return for|so that|because|unless|"
    # "before" orders the content ("disarm before any talks", "settle before the board meets"),
    # save the actor's own time ("wants a deal before it sails")
    r"after(?!\s+" + _A_TIME + r")|before(?=\s+(?:it|they|he|she|we|I|you)\b)|when|"
    # "since" of reason or of a clause or of the content's own time ("striking for a shorter rota
    # since May"), not a participle's time ("the deposits held since 2017")
    r"(?<!held\s)(?<!frozen\s)(?<!kept\s)(?<![a-z]ed\s)since|"
    r"in order to)\s+|"
    r"\s+(?=[“\"]?(?:he|she|they) said\b)|"
    r"[,.]?[”\"](?=\s+(?:said|says|told|added|he|she|they)\b)|[,.!?][”\"]"
)
# (not an amount's schedule: "900 euros, rising to 1,000 in 2027")
_PARTICIPLE = re.compile(
    r",\s+(?=(?:[a-z]+ly\s+)?[a-z]+ing\b)(?![a-z]+ing\s+(?:to|by)\s+[$€£]?\d)(?!failing\s+th)"
)
# an adjective: a suffix of adjectives, not of nouns ("assertion"), or a short common one
_ADJECTIVE = (
    r"(?:[\w-]+(?:er|est|ous|ive|al|ic|ful|ent|ant|able|ible|less|ary)|"
    r"new|fair|full|long|short|big|small|firm|clear|real|just)"
)
# one adjective, maybe after a determiner ("ambitious, binding targets", "a fair, lasting deal")
_ONE_WORD = re.compile(r"\s*(?:(?:a|an|the|its|their)\s+)?" + _ADJECTIVE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    # an opening quote mark whose quote closes after the content: 'urged both sides to “get back'
    if (
        start < end
        and text[start] in '“"'
        and _CLOSING_MARK[text[start]] not in text[start + 1 : end]
    ):
        start += 1
    to = re.match(r"to\s+(?=[a-z])", text[start : min(end, start + 8)])
    if to and end - start > 12:
        start += to.end()  # "demands to curb …": what is demanded is "curb …"
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
        if text[end - 1] == "." and re.search(r"\b(?:[A-Z]\.)+$", text[start:end]):
            break  # "the U.S."
        end -= 1
    # a closing quote mark whose quote opened before the content: 'guarantee “a full withdrawal”'
    if (
        end > start
        and text[end - 1] in '”"'
        and _OPENING_MARK[text[end - 1]] not in text[start : end - 1]
    ):
        end -= 1
        while end > start and text[end - 1] in " ,;:.":
            end -= 1
    return start, end


_OPENING_MARK = {"”": "“", '"': '"'}
_CLOSING_MARK = {"“": "”", '"': '"'}


def _untimed(text: str, start: int, end: int, words: _Words) -> int:
    """The end of a noun-phrase content without the time or medium that closes it ("offered a plan|
    on Monday", "called for talks| in a statement"). Kept whole when the content has a verb of its
    own, which the time may date ("suggested that the crews return to work on Monday", "offered to
    resume talks on Monday"), or when a preposition a few words before makes the time the content's
    own ("by close of business on Monday", "a halt until next week")."""
    m = words.time_tail.search(text, max(start, end - 80), end)
    if (
        m is None
        or m.start() <= start
        or _DEADLINE.search(text, max(start, m.start() - 50), m.start())
    ):
        return end
    if any(w in words.clause_words for w in _WORD.findall(text, start, m.start())):
        return end
    return m.start()


_WORD = re.compile(r"[a-z]+")


_DEADLINE = re.compile(
    r"\b(?:by|until|till|before|after|since|from|within|through)"
    r"(?:\s+[\w’'-]+){0,4}$",
    re.I,
)


def _np_end(text: str, start: int, end: int, words: _Words) -> int:
    """Where a noun-phrase content ends: at the sentence's own finite verb ("its call for talks was
    …"), not at a verb of a to-infinitive inside it ("a request for the crews to remain on
    board")."""
    # "(an offer of berths) surprised the port"; one pass per sentence end, as every repeated search
    past = first_match(_PAST_WITH_OBJECT, text, start, end)
    end = past.start() if past else end
    # "a commitment that the coalition would contest …": the verb of a that-clause opened after a
    # noun is inside the content (each stretch counted once: linear in the content)
    opened, at = 0, start
    for verb in words.finite.finditer(text, start, end):
        opened += len(_NOUN_CLAUSE.findall(text, at, verb.start()))
        at = verb.start()
        if re.search(r"\bto\s*$", text[max(start, verb.start() - 4) : verb.start()]):
            continue
        if opened:
            opened -= 1
            continue
        return verb.start()
    return end


# "that"/"which"/"who" after a noun opening a clause whose verb is inside a noun-phrase content
_NOUN_CLAUSE = re.compile(r"(?<=[a-z] )(?:that|which|who)\s+(?=(?:the|a|an|its|their|[A-Z]))")


_PAST_WITH_OBJECT = re.compile(
    r"\s+[a-z]{2,}ed(?=\s+(?:the|a|an|its|their|his|her|this|these|those)\s)"
)


_INCLUDING = re.compile(r",?\s+(?:including|such as)\s+")


def _stated_items(text: str, start: int, end: int, words: _Words) -> list[tuple[int, int]]:
    """The items of what a document states: its list ("cuts A, raises B and limits C"), and after
    "A, including B, C and D" the object A and each example."""
    stop = _clause_end(text, start, end)
    if _names_the_move(text, start, stop, words):  # "includes three options — A, B or C"
        start, stop = _spelled_out(text, stop, end) or (start, stop)
    items = _split_list(text, start, stop, words.stated_verbs)
    inc = _INCLUDING.match(text, stop, end)
    if inc and items:
        items += _split_list(
            text, inc.end(), _clause_end(text, inc.end(), end, in_list=True), words.base_verbs
        )
    return items


_PERSONAL = frozenset("i you we they he she".split())
# past verbs not in -ed: "until the university put a real number on the table"
IRREGULAR_PAST = frozenset(
    "put made set gave took sent paid kept held let cut met brought drew withdrew agreed".split()
)
_BEFORE_NOUN = frozenset(
    "the a an its their his her our this that these those any every some".split()
)


def _is_clause(text: str, start: int, end: int, words: _Words) -> bool:
    """Whether a condition is a clause with a finite verb ("until the council restores …", "until
    the ferries are back"), not a time or a noun phrase ("until next week", "until the end of the
    talks")."""
    ws = text[start : min(end, start + 200)].lstrip('“"').split()  # its first words tell
    if len(ws) < 3 or ws[0][:1].isdigit() or ws[0].strip(",") in words.frames.times:
        return False  # "until 2031, …", "until Monday, when …": a time
    if words.finite.search(" " + " ".join(ws)) or ws[0].lower() in _PERSONAL:
        return True  # "until the council restores …", "until after you pay …"
    return any(
        (
            w.islower()
            and (w.endswith(("s", "ed")) or w in IRREGULAR_PAST)
            and not w.endswith(("ss", "us", "is"))
            and ws[i - 1].lower() not in _BEFORE_NOUN
        )
        or (
            w in words.base_verbs
            and ws[i - 1].endswith("s")
            and ws[i - 1].lower() not in _BEFORE_NOUN
        )
        for i, w in enumerate(ws)
        if i
    )  # "… restores", "… ended", "(the trawlers) leave"


def _spelled_out(
    text: str, stop: int, end: int, start: int | None = None, words: _Words | None = None
) -> tuple[int, int] | None:
    """ "(offered) a compromise: a joint patrol and …": what follows a colon right after a noun
    phrase naming a move, to its clause's end; None when no colon follows. A dash spells out the
    move only right after its noun ("a new offer — a 4% rise"), when the noun phrase [start, stop)
    is given: after "a package on the core issues — pay, staffing" it spells out the issues."""
    colon = _COLON.match(text, stop, end)
    if colon is None:
        return None
    if start is not None and words is not None and ":" not in colon.group(0):
        np = _SHORT_NP.fullmatch(text, start, stop)
        if np is None or np.group(2).lower() not in words.spelled_heads:
            return None
    return colon.end(), _clause_end(text, colon.end(), end)


def _names_the_move(text: str, start: int, stop: int, words: _Words) -> bool:
    """Whether text[start:stop] is a short noun phrase naming a move (headed by a move noun or a
    spelled-out noun: "a compromise", "its demands", "a cleaner option", "a compromise on coal")
    or counting its parts ("three things")."""
    np = _SHORT_NP.fullmatch(text, start, stop)
    if np is not None and (
        np.group(2).lower() in words.spelled_heads or _COUNTED.match(np.group(1)) is not None
    ):
        return True
    np = _SHORT_NP_ON.fullmatch(text, start, stop)  # "a compromise on the rotas"
    if np is not None and np.group(2).lower() in words.spelled_heads:
        return True
    # "a compromise in September": the month it was made
    month = _IN_A_MONTH.search(text, start, stop)
    if month is not None and month.group(1) in words.frames.times:
        return _names_the_move(text, start, month.start(), words)
    return False


def _heads(text: str, start: int, stop: int, nouns: frozenset[str]) -> bool:
    """Whether text[start:stop] opens with a short noun phrase headed by one of `nouns` ("its
    demands", "his side's conditions for talks, including …")."""
    np = _LEADING_NP.match(text, start, stop)
    return np is not None and np.group(1).lower() in nouns


# a noun phrase of up to five words, its head (group 1) before a preposition, a mark or the end
_LEADING_NP = re.compile(
    r"\s*(?:[\w$€£%.’'-]+\s+){0,4}?([\w$€£%.’'-]+)"
    r"(?=\s+(?:for|of|on|in|to|with|from|at|including|that|which)\b|\s*[,.;:—–]|\s*$)"
)


_WITH_PHRASE = re.compile(r",\s+with\s")
_IN_A_MONTH = re.compile(r"\s+in\s+([A-Z][a-z]+)\s*$")
# a colon or a dash before what a move noun or a count names: "two options — A or B"
_COLON = re.compile(
    r"(?:\s+on the table)?"
    # who told of it, before the colon: "(tabled its own compromise), people familiar with the
    # talks said: …", ", according to a person familiar with the talks: …"
    r"(?:,\s+(?:according\s+to\s+(?:[\w’'-]+\s+){0,8}?[\w’'-]+(?=\s*:)|(?:[\w’'-]+\s+){1,8}?"
    r"(?:said|says|say|added|told\s+[\w’'-]+)(?=\s*:)))?"
    r"(?:\s*:|\s+[—–]|\s+-)\s+(?=[\w$€£“\"])"
)
# up to five words, none of them a verb's mark ("that", "to", "would", "will"); group 2 the head
_SHORT_NP = re.compile(
    r"\s*((?:(?!(?:that|to|would|will)\b)[\w$€£%.’'-]+\s+){0,4})([\w$€£%.’'-]+)\s*", re.I
)
# the same, its head before "on/over/for" and up to three words: "a compromise on the rotas"
_SHORT_NP_ON = re.compile(
    r"\s*((?:(?!(?:that|to|would|will)\b)[\w$€£%.’'-]+\s+){0,3})([\w’'-]+)"
    r"\s+(?:on|over|for)\s+(?:[\w’'-]+\s*){1,3}",
    re.I,
)
_COUNTED = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s", re.I)


def _clause_end(text: str, start: int, end: int, in_list: bool = False) -> int:
    """Where the content clause ends; ", believing …" ends it too, except inside a list. A
    parenthetical the content goes on after (", including the two ferries, fitted with …") does
    not end it, nor does ", and the …" closing a list ("A, B, and the C")."""
    at = start
    would = _Would(text, start)
    while True:
        m = first_match(_CLAUSE_END, text, at, end)
        stop = m.start() if m else end
        p = None if in_list else first_match(_PARTICIPLE, text, at, stop)
        if p is not None and _ONE_WORD.fullmatch(text, start, p.start()):
            p = None  # "ambitious, binding targets": two adjectives, no participle clause
        stop = p.start() if p else stop
        closing = _closing_bracket(text, start, stop, end)
        if closing > stop:  # "a €3,000 ($3,280; £2,550) bonus": a mark inside brackets
            at = closing
            continue
        go_on = (
            _NAMES_GO_ON.match(text, stop, end)
            if _CAPITALISED_END.search(text, max(start, stop - 30), stop)
            else None
        ) or (
            _PARENTHETICAL.match(text, stop, end)
            or _aside_goes_on(text, start, stop, end)
            or _list_goes_on(text, start, stop, end)
            or _but_goes_on(text, start, stop, end, would)
            or _base_goes_on(text, start, stop, end, would)
        )
        if go_on is None:
            break
        at = go_on.end()
    while stop > start and text[stop - 1] in " ,":
        stop -= 1
    return stop


# a list of names going on after a comma, after a name: "(pulled back from) Goma|, Bukavu and …"
# (not ", Lund said", nor ", Moscow and Kyiv differ …" after a noun: a clause of its own)
_CAPITALISED_END = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*$")
_NAMES_GO_ON = re.compile(r",\s+[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*){0,6},?\s+(?:and|or)\s+")


class _Would:
    """Whether "would"/"will" stands right before a content (the cue's: "(the draft) would halt
    …") or in it before a position, each stretch of the text searched once however often it is
    asked (a content of a thousand clauses stays linear)."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start, self.seen = text, start, start
        self.found: bool | None = None  # the cue not looked at yet

    def before(self, pos: int) -> bool:
        if self.found is None:
            lo = max(0, self.start - 24)
            self.found = _WOULD_BEFORE.search(self.text, lo, self.start) is not None
        if not self.found and pos > self.seen:
            at = max(self.seen - 6, self.start)  # a word across the last stretch's end
            self.found = _WOULD.search(self.text, at, pos) is not None
            self.seen = pos
        return self.found


def _but_goes_on(text: str, start: int, stop: int, end: int, would: _Would) -> re.Match[str] | None:
    """ "(a plan that would) keep the 51% share but allow it to dip": "but" joining a second verb
    of what would happen (after the cue's "would" or the content's), no new clause; None
    elsewhere."""
    if not text.startswith(" but ", stop) or stop - start > _MAX_CONTENT:
        return None
    return _BUT_VERB.match(text, stop, end) if would.before(stop) else None


def _base_goes_on(
    text: str, start: int, stop: int, end: int, would: _Would
) -> re.Match[str] | None:
    """ "(a draft that would) halt attacks, open corridors and set up a panel": after "would" (the
    cue's or the content's) a verb whose past and base forms are one ("set", "put") is a base verb
    of the same list, not a past verb opening a new clause; None elsewhere."""
    if stop - start > _MAX_CONTENT:
        return None  # no item is longer: a list of a thousand such verbs costs no more than one
    verb = _AND_BASE.match(text, stop, end)  # first: the look for "would" is the dearer test
    return verb if verb is not None and would.before(stop) else None


# ", and set up a …", "and put in place": a verb with one form for base and past
_AND_BASE = re.compile(r",?\s+and\s+(?:also\s+)?(?:set|put|cut|let|shut|spread|hit)\s")
_WOULD = re.compile(r"\b(?:would|will)\s")
# after "would", a verb of how a plan would fare, not of what it would do ("would be", "would cost",
# "would help", "would give rise to"): "It would also …", "an offer that would …" state no term
NOT_DONE_AFTER_WOULD = (
    r"(?!(?:be|have|not|never|likely|probably|only|still|seem|appear|face|need|fail|cost|hurt|harm|"
    r"damage|ruin|help|benefit|mean|leave|take|require|make|put|give\s+(?:rise|way))\b)"
)
# "(a proposal) that would cap …": what the proposal a noun phrase names would do
THAT_WOULD = re.compile(
    r"\s(?:that|which)\s+would\s+(?:also\s+)?" + NOT_DONE_AFTER_WOULD + r"(?=[a-z]+\s+[\w$€£])"
)
_WOULD_BEFORE = re.compile(r"\b(?:would|will)\s+(?:also\s+|further\s+|then\s+)?$")
# "but" and a base verb with its object: "but allow it", "but cap the rise"
_BUT_VERB = re.compile(
    r"\s+but\s+(?:also\s+)?(?![a-z]+(?:ed|ing)\b)(?!(?:not|never|is|are|was|were|has|have|had|"
    r"would|will|could|the|a|an|its|their|it|they|he|she|we)\b)[a-z]+\s+"
    r"(?=(?:the|a|an|its|their|it|them|all|\d|[$€£])|"
    # "but tie future increases to …" (an object with no determiner; not "but officials said")
    r"[a-z]+\s+(?!(?:said|say|says|have|has|had|are|were|is|was|will|would|could|did)\b)[a-z])"
)


def _closing_bracket(text: str, start: int, stop: int, end: int) -> int:
    """After the ")" closing a bracket open at `stop` (opened after `start`, shut within 80
    characters), or -1."""
    opened = text.rfind("(", start, stop)
    if opened < 0 or text.rfind(")", start, stop) > opened:
        return -1
    close = text.find(")", stop, min(end, stop + 80))
    return close + 1 if close >= 0 else -1


# ", including the two ferries," / ", most of them built in 1990," / ", which are worth millions," /
# ", and advised by engineers,": an insertion, when the content goes on after it (a preposition, a
# participle, "to")
_PARENTHETICAL = re.compile(
    r",\s+(?:including|excluding|such as|notably|especially|in particular|which|who|whose|"
    # "(bring its deficit), currently above 4.5% of output, (back under 3%)": the thing's state now
    r"currently|now|still|already|formerly|previously|"
    r"(?:most|many|some|all|none|several|both|each|one|two|three|half)\s+of|"
    r"(?:(?:and|or)\s+)?[a-z]+(?:ed|en)\s+by|"
    # ", made up in part of rebel fighters,", ", spread over two years,": a participle's phrase
    r"(?:[a-z]+ed|made|built|drawn|paid|spread|set)\s+(?:up\s+)?(?:in\s+part\s+)?"
    r"(?:of|from|over|across)"
    r")\b(?:[^,;:.!?—–“”\"()]|(?<=\d)\.(?=\d)){1,80}?,\s+"
    r"(?=(?:under|for|with|to|into|from|by|at|in|on|until|before|after|within|without|"
    r"over|against|across|through|back|down|up|[a-z]+ed)\b)"
)
# ", which hold half the debt," between a clause's subject and its verb ("a guarantee that the
# lenders, which hold half the debt, will accept …"; "demanding that the fund, which covers retired
# crews, be topped up": the subjunctive "be"): an aside, when the content so far is a
# "that/which/where" clause with its subject only (the subject of an open clause awaits its verb)
_ASIDE = re.compile(
    r",\s+(?:which|who)\b[^,;:.!?—–“”\"()]{1,80}?,\s+"
    r"(?=(?:will|would|could|can|should|must|may|might|is|are|was|were|has|have|had|be)\s+[a-z])"
)
_OPEN_SUBJECT = re.compile(
    r"\b(?:that|which|where|whereby)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|"
    r"could|should|must|may|might)\b)[\w’'-]+\s+){0,4}[\w’'-]+"
)


def _aside_goes_on(text: str, start: int, stop: int, end: int) -> re.Match[str] | None:
    m = _ASIDE.match(text, stop, end)
    if m is None:
        return None
    # (from just before the content: a that-clause content opens after its "that")
    subject = first_match(_OPEN_SUBJECT, text, max(0, start - 6, stop - 60), stop)
    return m if subject is not None and subject.end() == stop else None


_AND_THE = re.compile(r",\s+and\s+(?=(?:the|a|an)\s)")
# (a past form as a verb: before its object or at the end, not "recorded performances")
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|said|says|"
    r"told|met|went|made|took|gave|sent|left|began|came|won|lost|rose|fell|kept|spent|got|saw|"
    r"knew|brought|sought|stood|ran|struck|drew|threw|broke|spoke|wrote|chose|"
    r"[a-z]+ed(?=\s+(?:the|a|an|its|their|his|her|it|them|to|by|that|with|on|in|at|for)\b|"
    r"\s*(?:[,.;:]|$)))\b"
)
# a first item long enough that ", and the …" after it may close a list of two ("a bonus for
# nurses who stay through May, and an expanded float pool")
_LONG_ITEM = re.compile(r"\s*(?:\S+\s+){4}\S")


def _list_goes_on(text: str, start: int, stop: int, end: int) -> re.Match[str] | None:
    """ ", and the …" after "A, B": the list's last item, when no verb follows it before the next
    end (", and the talks collapsed" is a clause of its own)."""
    m = _AND_THE.match(text, stop, end)
    if m is None or ("," not in text[start:stop] and not _LONG_ITEM.match(text, start, stop)):
        return None
    nxt = first_match(_CLAUSE_END, text, m.end(), end)
    stop = nxt.start() if nxt else end
    verb = _VERBISH.search(text, m.end(), stop)
    if verb is None:
        return m
    # "…, and the return of a scheme that was dropped in 2019": the verb of a relative clause of
    # the item (its only finite verb), not of a clause of its own
    relative = _RELATIVE.search(text, m.end(), verb.start())
    return m if relative and len(_FINITE.findall(text, relative.end(), stop)) <= 1 else None


_RELATIVE = re.compile(r"\s[a-z][\w-]*\s+(?:that|which|who)\s")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b")


# what opens the examples or the members of one item: "programs such as A, B and C", "a committee
# made up of priests, lawyers and elders"
_EXAMPLES = re.compile(
    r"\b(?:such as|including|made up of|consisting of|composed of|comprising|drawn from)\b"
)


def _list_cuts(
    chunk: str, base_verbs: frozenset[str], commas: bool, offer: bool = False
) -> list[tuple[int, int]]:
    """Where a content splits into list items, as (start, end) of each separator: a comma (not one
    of a parenthetical's, nor after "such as": the examples of one item), ", and" after an earlier
    comma ("A, B, and the C"), or "and" before a verb ("withdraw … and recognize …"). Each
    separator is read by the rules of _Cutting in turn; the first that decides, decides."""
    cutting = _Cutting(chunk, base_verbs, commas, offer)
    # an item opens with a word or an amount ("$600 billion in cuts, €2 billion in aid and 3% more")
    for m in _SEPARATOR.finditer(chunk):
        if not cutting.read(m):
            break
    return cutting.cuts


_SKIP = (-1, -1)  # a rule's verdict: the separator joins no items
_STOP = (-2, -2)  # … : the content ends at the cut just made


class _Cutting:
    """The list cuts of one content so far, and the rules that read each separator: the cut to
    make ((start, end) of what separates the items), _SKIP, or None to leave it to the next rule."""

    def __init__(self, chunk: str, base_verbs: frozenset[str], commas: bool, offer: bool) -> None:
        self.chunk, self.base_verbs, self.commas, self.offer = chunk, base_verbs, commas, offer
        self.cuts: list[tuple[int, int]] = []
        self.pos, self.examples = 0, False  # where the current item opens; inside examples
        self.inserts = (
            [(p.start(), p.end()) for p in _PARENTHETICAL.finditer(chunk)]
            + [
                (p.start(), p.end())
                for p in _ASIDE.finditer(chunk)
                if _aside_goes_on(chunk, 0, p.start(), len(chunk))
            ]
            if chunk.count(",") > 1
            else []
        )

    def read(self, m: re.Match[str]) -> bool:
        """Read one separator; False when the content ends there."""
        for rule in (self._alongside, self._repeated, self._not_between_items, self._verbs):
            verdict = rule(m)
            if verdict is not None:
                break
        else:
            verdict = self._nouns(m)
        if verdict == _SKIP:
            return True
        if verdict == _STOP:
            self.cuts.append((m.start(), len(self.chunk)))
            return False
        self.cuts.append(verdict)
        self.pos = verdict[1]
        return True

    def _alongside(self, m: re.Match[str]) -> tuple[int, int] | None:
        """ "A as well as B": always two items, unless B is an example; "restore the rota or,
        failing that, raise pay": a second, lesser item."""
        chunk = self.chunk
        if m.group(1):
            if self.examples or _EXAMPLES.search(chunk, self.pos, m.start()):
                return _SKIP
            return m.start(), m.end()
        fallback = _FALLBACK.match(chunk, m.start()) if m.group(0).startswith(",") else None
        if fallback:
            before = m.start() - 3 if chunk.endswith(" or", 0, m.start()) else m.start()
            return before, fallback.end()
        return None

    def _repeated(self, m: re.Match[str]) -> tuple[int, int] | None:
        """ "(demanding that) clubs cover A, and that the league cap B": a second that-clause;
        "(calling for) A, and for B": a second object of the cue's "for"; "(demanding that) the
        state scrap A, raise B, and commit C": a that-clause's verbs."""
        chunk, sep = self.chunk, m.group(0)
        comma = sep.startswith(",")
        again = _AGAIN.match(chunk, m.end()) if " and " in sep else None
        if again is None and comma and _THAT_SERIES.match(chunk, m.end()):
            again = _AGAIN.match(chunk, m.end())  # "that A, that B, and that C": each one
        if (
            again
            and not self.examples
            and (again.group(1) == "that" or comma or not _FOR.search(chunk, 0, m.start()))
        ):
            return m.start(), again.end()
        closing = " and " in sep
        if comma and not self.commas and _verb_series(chunk, m.end(), self.base_verbs, closing):
            return m.start(), m.end()
        return None

    def _not_between_items(self, m: re.Match[str]) -> tuple[int, int] | None:
        """_SKIP for a separator inside one item: a that-clause's or a parenthetical's comma, a
        list of bare nouns in a relative clause ("farmers who switch to pulses, maize or
        cotton"), a "with" phrase ("an 11% rise, with 4% after"; "with a floor of $9 and a
        ceiling of $11"), an amount's worth or schedule ("…, worth $14m", "…, rising to …")."""
        chunk, sep = self.chunk, m.group(0)
        comma = sep.startswith(",")
        if comma and (not self.commas or any(a <= m.start() < b for a, b in self.inserts)):
            return _SKIP
        if (
            sep.strip() == ","
            and _RELATIVE_IN.search(chunk, self.pos, m.start())
            and _BARE_ITEM.match(chunk, m.end())
        ):
            return _SKIP
        if comma and chunk.startswith("with ", m.end()) and ", and " not in chunk[m.end() :]:
            return _SKIP
        if " and " in sep and not comma and _WITH_PHRASE.search(chunk, self.pos, m.start()):
            return _SKIP
        if comma and (_WORTH.match(chunk, m.end()) or _SCHEDULE.match(chunk, m.end())):
            return _SKIP
        return None

    def _verbs(self, m: re.Match[str]) -> tuple[int, int] | None:
        """A second verb phrase: an infinitive after "and to" ("to sell two ferries and to freeze
        fares"), the modal of an offer again ("… and would also fund a bridge"; in a demand what
        the side would do itself ends the content), a second addressee of "called on" ("… and on
        the militias to …"), a verb and its object after "and" ("scrap the rota and rehire 40
        crew"), a second thing wanted and its name ("the tax withdrawn and Italy to refund …")."""
        chunk, sep, nxt = self.chunk, m.group(0), _next_word(self.chunk, m.end())
        joined = " and " in sep
        if (
            nxt == "to"
            and joined
            and (_VERB_FIRST.match(chunk) or _SMALL_INFINITIVE.match(chunk))
            and _VERB_FIRST.match(chunk, m.end() + 3)
        ):
            return m.start(), m.end() + 3
        modal_again = _MODAL_AGAIN.match(chunk, m.end()) if joined else None
        if modal_again:
            return (m.start(), modal_again.end()) if self.offer else _STOP
        addressee = _ON_AGAIN.match(chunk, m.end()) if nxt in ("on", "upon") else None
        if addressee and joined and _VERB_FIRST.match(chunk):
            return m.start(), addressee.end()
        if (
            joined
            and not sep.startswith(",")
            and not self.cuts
            and _VERB_FIRST.match(chunk)
            and _VERB_OBJECT.match(chunk, m.end())
            and not _RELATIVE_IN.search(chunk, 0, m.start())  # "… that promotes A and advances B"
        ):
            return m.start(), m.end()
        if (
            joined
            and _SMALL_CLAUSE.match(chunk, self.pos, m.start())
            and (_AND_NAMED_TO.match(chunk, m.end()) or _INDEFINITE.match(chunk, m.end() - 1))
        ):
            # "… and Italy to refund …"; "(wants) the rates lifted to match Victoria's and a
            # one-off payment": a thing wanted of its own
            return m.start(), m.end()
        return None

    def _nouns(self, m: re.Match[str]) -> tuple[int, int]:
        """A noun phrase's list: "and" opens an item before a gerund, a participle of a small
        clause ("the levy doubled and extended"), a base verb or a noun phrase of its own
        (_and_item); a comma after two words or more, not between coordinate adjectives ("a
        shorter, two-year contract") nor among one item's examples ("such as A, B and C")."""
        chunk, sep, pos = self.chunk, m.group(0), self.pos
        comma = sep.startswith(",")
        blank = chunk.find(" ", m.end())
        nxt = _next_word(chunk, m.end())
        gerund = (
            nxt.endswith("ing") and blank >= 0
        )  # "and lifting the blockade", not "and monitoring"
        participle = nxt.endswith("ed") and _SMALL_CLAUSE.fullmatch(chunk, pos, m.start())
        if (
            " and " in sep
            and not (gerund or participle or nxt in self.base_verbs)
            and not _and_item(chunk, pos, m, self.cuts)
        ) or (
            " and " in sep
            and _SHARED_HEAD.match(chunk, m.end())
            and _ING_LAST.search(chunk, pos, m.start())
        ):
            return _SKIP  # … or "the billing and staffing records": two modifiers of one head
        if comma and not _TWO_WORDS.match(chunk, pos, m.start()):
            return _SKIP
        if comma and _ADJECTIVE_ONLY.fullmatch(chunk, pos, m.start()):
            return _SKIP
        if comma and (self.examples or _EXAMPLES.search(chunk, pos, m.end() + 12)):
            self.examples = True
            return _SKIP
        return m.start(), m.end()


# "(billing) and staffing records": a gerund modifying the head after it, as the word before
# "and" does
_SHARED_HEAD = re.compile(r"[a-z]+ing\s+[a-z]+s?\b(?!\s+(?:of|to|for|in|on)\b)")
_ING_LAST = re.compile(r"\b[a-z]+ing$")


def _next_word(chunk: str, at: int) -> str:
    """The word at `at` (not a copy of the rest of the content)."""
    blank = chunk.find(" ", at)
    return chunk[at : blank if blank >= 0 else len(chunk)]


# a fallback between commas: "A or, failing that, B", "A or, at the very least, B"
_FALLBACK = re.compile(
    r",\s*(?:failing that|failing this|if not|at the very least|at least|at a minimum),\s*"
)


def _verb_series(chunk: str, at: int, base_verbs: frozenset[str], closing: bool) -> bool:
    """Whether a base verb opens the text at `at` (after a comma, or the series' closing ", and")
    and the series closes with "(,) and" and a base verb: "…, raise pensions by 2%, and commit
    €800m to housing"."""
    word = _WORD.match(chunk, at)
    if word is None or word.group(0) not in base_verbs:
        return False
    if closing:
        return True
    last = chunk.rfind(" and ", at)
    after = _WORD.match(chunk, last + 5) if last >= 0 else None
    return after is not None and after.group(0) in base_verbs


# "that"/"for" repeated after "and": a second clause or object of the same cue
_AGAIN = re.compile(r"(that|for)\s+")
# "A and for B" with no comma: the cue's "for" again only where the first item holds no "for" of
# its own ("a fund for farmers and for fishermen" is one item)
_FOR = re.compile(r"\bfor\b")
# a small clause's subject and its infinitive: "the treaty to set up …", "all fleets to leave …"
_SMALL_INFINITIVE = re.compile(
    r"\s*(?:[\w’'-]+\s+){1,6}?to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)"
    r"[a-z]+\s"
)
# a comparison with what is now: "up from …", "down from …", "nearly three times …", "double the
# …", "compared with …"
_SET_AGAINST_NOW = re.compile(
    r"(?:up|down)\s+from\b|(?:(?:nearly|almost|about|roughly|more\s+than|less\s+than)\s+)?"
    r"(?:twice|double|triple|half|(?:two|three|four|five|ten)\s+times)\b|compared\s+(?:with|to)\b"
)
# a participle and its preposition: "spread over", "made up of", "paid in", "phased in over"
_PARTICIPLE_PHRASE = re.compile(
    r"(?:[a-z]+ed|made|built|drawn|paid|spread|set)\s+(?:up\s+|in\s+|out\s+)?"
    r"(?:in\s+part\s+)?(?:of|from|over|across|between|in)\b"
)
# an apposition summing up: "a policy (that / which) the port introduced", "an issue that …", "a
# measure aimed at …"
_SUMMARY = re.compile(
    r"(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:policy|measure|issue|move|step|idea|practice|rule|"
    r"demand|request|condition|concession|proposal|plan|offer|point|question|matter|change|"
    r"reform|scheme|law|decision|arrangement|system|figure|sum|amount|level|cut|rise|increase|"
    r"concern|complaint|grievance|priority)\s+"
    # … or one a side has raised: "a concern often raised by fishermen", "a demand first made by …"
    r"(?:(?:[a-z]+ly\s+|often\s+|first\s+|long\s+)?[a-z]+(?:ed|en|de)\s+by\b|"
    r"that|which|who|whom|whose|aimed|designed|intended|meant|seen|described|known|critics|"
    r"(?:the|its|their)\s+[\w-]+\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|ght)|"
    r"[A-Z][\w-]*\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|ght))\b"
)
# "and would also": the modal of an offer again, before a base verb
_MODAL_AGAIN = re.compile(
    r"(?:would|will)\s+(?:also\s+)?(?!(?:not|never|be|have|the|a|an)\b)(?=[a-z]+\s+[\w$€£])"
)
# "and on the militias to": a second addressee of "called on" and its "to"
_ON_AGAIN = re.compile(r"(?:on|upon)\s+(?:[\w’'-]+\s+){1,5}?to\s+(?=[a-z])")
# "…, that B, and that C": a that-clause of a series the last "and that" closes
_THAT_SERIES = re.compile(r"that\s+(?=[^;:]*?\b(?:and|or)\s+that\s)")
# an amount's schedule after a comma: "rising to 1,000 in the second year", "falling to 2% by 2030"
_SCHEDULE = re.compile(
    r"(?:rising|increasing|climbing|growing|stepping up|falling|dropping|declining|easing)\s+"
    r"(?:to|by)\s+[$€£]?\d|"
    # "a 5% rise, followed by 3% in each later year": the same term's later steps
    r"followed\s+by\s+(?:(?:further\s+)?(?:increases|rises|raises|cuts)\s+of\s+)?[$€£]?\d"
)
# a content opening with a verb, not a noun phrase: a lower-case word, no determiner nor number
_VERB_FIRST = re.compile(
    r"\s*[“\"]?(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|any|every|some|no|more|"
    r"fewer|less|new|higher|lower|better)\b)[a-z]+\s+(?!(?:to|of|for|on|in|at|with|from|by|and|"
    r"or)\b)[\w$€£]"
)
# a determiner and one adjective, no noun yet: "a shorter", "a fair", "an independent"
_ADJECTIVE_ONLY = re.compile(r"\s*(?:a|an|the|its|their|his|her|our)\s+" + _ADJECTIVE + r"\s*")
_SET_AGAINST = re.compile(r"not\s")
_RELATIVE_IN = re.compile(r"\b(?:that|which|who|whose|where)\b")
# a bare noun or two going on with a list: "maize or cotton", "wheat, …"
_BARE_ITEM = re.compile(
    r"(?!(?:the|a|an|its|their|his|her|our|more|new)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?:,|\s+(?:and|or)\s)"
)
# a verb and the start of its object: "rehire 40 crew", "end the levy"
_VERB_OBJECT = re.compile(
    r"(?!(?:the|a|an|its|their|his|her|our|more|new|other)\b)[a-z]+\s+"
    # … or a phrasal verb's particle and preposition first: "come back to the table"
    r"(?:(?:back|off|up|down|out|away|over)\s+(?:to|into|from|with|on|at|for)\s+)?"
    r"(?:the|a|an|its|their|his|her|our|all|\d|[$€£])"
)
# a noun phrase and its past participle: "the levy doubled", "their quotas restored"
_SMALL_CLAUSE = re.compile(
    r"\s*(?:(?:the|its|their|his|her|our|this|that|any)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:[a-z]+ed|brought|cut|set|kept|held|paid|made|frozen|withdrawn|drawn)"
    # … and the participle's own phrase: "the rate brought down to around 15%"
    r"(?:\s+(?:down|up|back|out|off|in|to|by|at|from|for|on)\b[^,;:]{0,40}?)?\s*"
)
# "(wants the tax withdrawn) and Italy to refund …": a second small clause, a name and its "to"
_AND_NAMED_TO = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}to\s+[a-z]+\s")
# "A as well as B", "A, coupled with B", "A, plus B" (not "5% plus inflation": a comma first)
_ALONGSIDE = (
    r"as well as|along with|together with|in addition to|coupled with|paired with|combined with|"
    r"(?<=,) plus"
)
_WELL_AS = re.compile(_ALONGSIDE + r"|alongside")
# list separators: "as well as" (group 1; ", alongside" only after a comma: "stationed alongside
# the army" is one item), a comma, "and" before a word or an amount
_SEPARATOR = re.compile(
    r"(,?\s+(?:" + _ALONGSIDE + r")\s+(?=[a-z$€£\d])|,\s+alongside\s+(?=[a-z$€£\d]))|"
    r",\s+(?:(?:and|or|plus)\s+)?(?=[a-z$€£\d])|"
    r"\s+and\s+(?=(?:[a-z]+|[$€£]?\d[\d.,]*%?)(?:\s|$))|"
    # "and Italy to refund …": a name and its infinitive
    r"\s+and\s+(?=(?:[A-Z][\w’'-]*\s+){1,3}to\s+[a-z])"
)


# "(to) pay the fees, or (to) face sanctions": what follows ", or" is the consequence of refusing,
# no item (without the comma it may belong to a noun: "a mandate to insure or face a fine, and …")
_CONSEQUENCE = re.compile(r",\s+or\s+(?:else\s+)?(?:to\s+)?(?:face|risk|suffer|incur)\b", re.I)
# a verb, its object without a preposition, "and other": the object and the others are two items
_OTHER_OBJECTS = re.compile(
    r"[a-z]+\s+(?:(?!(?:of|on|in|with|for|to|from|by|at|about|between|among|and|or)\b)"
    r"[\w’'-]+\s+){1,5}and\s+other\s"
)
# at least two (three) words from a list item's start: read from the start, not by splitting the
# rest
_TWO_WORDS = re.compile(r"\s*\S+\s+\S")
_COMPARED = re.compile(
    r"\s*(?:more|fewer|less|better|higher|lower|greater|longer|shorter|smaller|bigger|safer|fairer)"
    r"\s+[a-z][\w-]*\s*(?:[a-z][\w-]*\s*){0,2}(?:,|$)"
)
_HEADED = re.compile(r"\s*(?:an?|the)\s+[\w-]+\s+(?:to|of|for|on)\s")
# a noun phrase of a determiner, a modifier and its head, ending the content or an item: "a relief
# fund", "their own pension plan" ("a fund", "the government" are too short to tell from an object)
_DETERMINED = re.compile(
    r"\s*(?:an?|the|new|their|its|his|her|our)\s+(?:[a-z][\w-]*\s+){1,3}[a-z][\w-]*\s*(?:,|$)"
)
# a first part that holds a verb, a pair's first half or a preposition whose object may go on
# after "and": "talks between A and the B", "the end of A and its B" are one
_QUOTED = re.compile(r"\s*[“\"][^“”\"]{3,120}[”\"]\s*")
_DETERMINED_OPEN = re.compile(r"(?:an?|the|its|their)\s+\S")
_INDEFINITE = re.compile(r"\s*an?\s+\S")
_DIGIT = re.compile(r"\d")
_DETERMINED_AMOUNT = re.compile(r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?[$€£]?\d")
_PAIRED = re.compile(r"\b(?:between|both|either|neither|whether)\b")
_NO_PAIR = re.compile(
    r"\b(?:between|both|either|neither|and|or|is|are|was|were|will|would|has|have|had|"
    r"of|for|on|in|to|with|from|by|over|against|at)\b"
)


# what an item is worth, after a comma: no item of its own
_WORTH = re.compile(r"(?:worth|valued at|equal to|equivalent to|costing)\s")
# a relative clause with its verb: "(nurses) who work in …", "(a fund) that pays for …"
_WHO_WORKS = re.compile(r"\b(?:who|which|that|whose|where)\s+(?:[a-z]+\s+)?[a-z]+s?\s")


def _and_item(chunk: str, pos: int, m: re.Match[str], cuts: list[tuple[int, int]]) -> bool:
    """Whether "and" before a noun phrase opens a list item: the last of "A, B(,) and C", or
    parallel heads ("an end to A and a halt to B")."""
    after_comma = bool(cuts) and chunk[cuts[-1][0]] == ","
    if m.group(0).startswith(","):
        # "A, B, and C"; or a list of two after a long first item: "a bonus for nurses who stay
        # through May, and an expanded float pool"
        return after_comma or bool(
            not cuts
            and _LONG_ITEM.match(chunk, 0, m.start())
            and _DETERMINED_OPEN.match(chunk, m.end())
        )
    if _WHO_WORKS.search(chunk, pos, m.start()):
        return False  # "a payment for nurses who work in A and B": inside a relative clause
    if not cuts and _OTHER_OBJECTS.match(chunk, 0, m.end() + 6):
        # "eliminate the quotas and other curbs on …": "other curbs …" is an item of its own
        return True
    if (
        after_comma
        and "and" not in chunk[cuts[-1][0] : cuts[-1][1]]
        and "," not in chunk[m.end() :]
    ):
        # the list's own "and" (not "A, and B and C": that one is inside C); "A, B and other Y and
        # C": "B and other Y" is one item, the last "and" the list's
        return not (chunk.startswith("other ", m.end()) and " and " in chunk[m.end() :])
    # '"the strongest protections" and a 5% rise': a quoted phrase, then a noun phrase
    if (
        not cuts
        and _QUOTED.fullmatch(chunk, pos, m.start())
        and _DETERMINED_OPEN.match(chunk, m.end())
    ):
        return True
    paired = _two_noun_phrases(chunk, pos, m) if not cuts else None
    if paired is not None:
        return paired
    # "an end to A and a halt to B"; "longer breaks for crews and an end to B": a headed noun phrase
    # after "and" opens an item when the one before it is a noun phrase of a few words too
    if _HEADED.match(chunk, m.end() - 1):
        return bool(_HEADED.match(chunk, pos) or _TWO_WORDS.match(chunk, pos, m.start()))
    # "higher pay and better hours", "a shorter week and more staff": a comparative opens a second
    # noun phrase after one of two words or more
    if _COMPARED.match(chunk, m.end() - 1):
        return bool(
            not cuts
            and _TWO_WORDS.match(chunk, pos, m.start())
            and not _NO_PAIR.search(chunk, pos, m.start())
        )
    # "grazing rights and a relief fund": two noun phrases of two words or more, the second with a
    # determiner of its own, are two items (not "talks between A and the B", nor "A and the B" after
    # a verb)
    return bool(
        not cuts
        and _DETERMINED.match(chunk, m.end() - 1)
        and _TWO_WORDS.match(chunk, pos, m.start())
        and not _NO_PAIR.search(chunk, pos, m.start())
    )


_MAX_CONTENT = 600
_NO_ITEM = re.compile(r"(?:and|or|but|\W)*", re.I)
# "…, they say, …": a speech parenthetical, no item
_SAYS = re.compile(
    r"(?:he|she|they|we|it|[A-Z][\w.-]*)\s+(?:say|says|said|added|argue|argues|argued|insist|insists)"
)


def _split_list(
    text: str,
    start: int,
    end: int,
    base_verbs: frozenset[str],
    commas: bool = True,
    offer: bool = False,
) -> list[tuple[int, int]]:
    """ "A, B, and C" → three spans; "withdraw … and recognize …" → two (a verb after "and").

    A that-clause keeps its commas (`commas=False`): only coordinated verbs split it. Commas with no
    "and"/"or" before the last part make no list: "the Vardo terminal, the busiest on the coast" (an
    apposition), "a session in May, probably in Oslo" (an adverbial) keep their first part only.
    In an offer (`offer=True`) "and would also V" opens a second item; elsewhere it ends the
    content.
    A content is read in its first _MAX_CONTENT characters: no item is longer, and a sentence of a
    thousand cues costs a thousand bounded reads, not a thousand reads of the rest of it.
    """
    end = min(end, start + _MAX_CONTENT)
    consequence = _CONSEQUENCE.search(text, start, end)
    end = consequence.start() if consequence else end
    chunk = text[start:end]
    cuts = _no_list_without_and(chunk, _list_cuts(chunk, base_verbs, commas, offer))
    parts: list[tuple[int, int]] = []
    pos = 0
    for a, b in cuts:
        parts.append((pos, a))
        pos = b
    parts.append((pos, len(chunk)))
    out = []
    for a, b in parts:
        seg = chunk[a:b]
        lead = len(seg) - len(seg.lstrip())
        out.append((start + a + lead, start + a + len(seg.rstrip())))
    return _list_items(text, out)


def _no_list_without_and(chunk: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cuts, but a comma opens no list unless "and"/"or" follows ("A, as well as B" is one:
    its words are the separator), a word of its own, not inside "five-and-a-half" or "either-or"
    (or "together with", "as well as": "A, paid over two years, together with B"); with none, the
    rest after the first comma is dropped."""
    firsts = [
        k for k, (a, b) in enumerate(cuts) if chunk[a] == "," and not _WELL_AS.search(chunk, a, b)
    ]
    rest = chunk[cuts[firsts[0]][0] :] if firsts else ""
    if firsts and not (
        re.search(r"(?<![\w-])(?:and|or|plus)(?![\w-])", rest) or _WELL_AS.search(rest)
    ):
        return [*cuts[: firsts[0]], (cuts[firsts[0]][0], len(chunk))]
    return cuts


def _list_items(text: str, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a list that are items: not a conjunction or a mark alone ("…, stand by our
    Constitution, and —"), nor a part set off from the content (_drop_set_off), and none from a
    part opening with a preposition or a relative on ("a framework, with details by …", ",
    conditional on …"), nor from where the sentence's own verb begins ("A, B and C, were
    rejected")."""
    out = [
        (a, b)
        for a, b in out
        if b > a and not _NO_ITEM.fullmatch(text, a, b) and not _SAYS.fullmatch(text, a, b)
    ]
    # "grants, not loans, and for the fund to …": a part set against the content, and the verbs
    # "and" joins to it ("…, not go on stage and issue ultimatums"); the list goes on after it
    out = _drop_set_off(text, out, _SET_AGAINST)
    # "lift the ban, a policy the port introduced to cut costs": a noun phrase after a bare comma
    # with a relative clause of its own sums up what came before (an apposition); the content
    # ends before it, or goes on after it with ", and …" ("cut its quota, a move Sweden had sought
    # to block, and to open talks"); parts "and" joins to it are its own
    out = _drop_set_off(text, out, _SUMMARY, after_comma=True)
    # "4.2% from 3.1%, spread over two years, and …": how the item before is made up or paid out
    out = _drop_set_off(text, out, _PARTICIPLE_PHRASE, after_comma=True, joined=False)
    # "a stipend of $48,000, up from $34,500, and …": how the item compares with what is now
    out = _drop_set_off(text, out, _SET_AGAINST_NOW, after_comma=True, joined=False)
    for opens in (_NO_ITEM_OPENS, _OWN_VERB_OPENS):
        cut = next((i for i, (a, _) in enumerate(out) if i and opens.match(text, a)), None)
        if cut is not None:
            return out[:cut]
    return out


# a part opening with a preposition or a relative: no list element, nor a condition of the content
_NO_ITEM_OPENS = re.compile(
    r"(?:with|by|in|at|on|from|for|as|after|before|which|who|while|whose|where|despite|amid|"
    r"according|among|conditional|contingent|provided|providing|rather|instead|"
    r"though|although|because|until|unless|if)\b"
)
# the sentence's own verb after a list
_OWN_VERB_OPENS = re.compile(
    r"(?:were|was|is|are|has|have|had|will|would|went|remain\w*|followed|led)\b"
)


def _drop_set_off(
    text: str,
    out: list[tuple[int, int]],
    opens: re.Pattern[str],
    after_comma: bool = False,
    joined: bool = True,
) -> list[tuple[int, int]]:
    """The parts of a list but each later one `opens` matches at its start (right after a bare
    comma, with `after_comma`) and, with `joined`, the parts "and" joins to a dropped one with no
    comma between ("not go on stage and issue ultimatums")."""
    kept, dropping = [], False
    for i, (a, b) in enumerate(out):
        between = text[out[i - 1][1] : a].strip() if i else ""
        starts = bool(i and opens.match(text, a) and (not after_comma or between == ","))
        dropping = starts or bool(i and joined and dropping and "," not in between)
        if not dropping:
            kept.append((a, b))
    return kept


def _two_noun_phrases(chunk: str, pos: int, m: re.Match[str]) -> bool | None:
    """Whether "and" at `m` joins two noun phrases of amounts or indefinite ones (a list's first
    cut); None when neither reading applies."""
    # "wage increases totalling 12% and a $20-million training fund": two amounts, the second in a
    # noun phrase of its own (not "between 3% and 5%")
    if (
        _DIGIT.search(chunk, pos, m.start())
        and _DETERMINED_AMOUNT.match(chunk, m.end() - 1)
        and not _PAIRED.search(chunk, pos, m.start())
    ):
        return True
    # "a 3% raise and a $1,000 bonus", "a bonus of $900 and a 2% rise": two indefinite noun phrases
    # are two items (not "between a … and a …", "both a … and a …", "a mix of a … and a …")
    first = _INDEFINITE.match(chunk, pos)
    if first and _INDEFINITE.match(chunk, m.end() - 1):
        return not _PAIRED.search(chunk, pos, m.start()) and not re.search(
            r"\ban?\s", chunk[first.end() : m.start()]
        )
    return None


def offer_condition(
    frames, text: str, sent, start: int, end: int
) -> tuple[int, str, int, int | None, str] | None:
    """The condition an offer from `start` to `end` is made on (offer_conditions): after it in
    its clause ("(would release them) if the siege ends") or opening the sentence before it ("If
    the siege ends, (it would release them)"); (where the offer ends, the condition's marker,
    where the condition starts, where it ends: None for "at its clause's end", the negation in it
    or ""), or None. A negated condition ("if they don't pay", "if no deal is reached") makes a
    threat: what would follow is no offer."""
    m = first_match(frames.offer_condition, text, start, end) or frames.offer_condition.match(
        text, end, sent.end
    )  # "(is ready to cut fares), provided that …": after the comma ending the offer
    if m is not None and _TWO_WORDS_AT.match(text, m.end(), sent.end):
        at, marker, c_start, c_end = min(m.start(), end), m.group(0).strip(" ,"), m.end(), None
        stop = _clause_end(text, m.end(), sent.end)
    else:
        m = frames.fronted_offer_condition.match(text, sent.start, start)
        if m is None or not _TWO_WORDS_AT.match(text, m.start(2), m.end(2)):
            return None
        at, marker, c_start, c_end = end, m.group(1), m.start(2), m.end(2)
        stop = c_end
    negation = frames.conditions[1].search(text, c_start, stop)
    return at, marker, c_start, c_end, negation.group(0).lower() if negation else ""


_TWO_WORDS_AT = re.compile(r"[\w’'-]+\s+[\w’'-]+")
