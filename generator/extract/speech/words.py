"""The lexicon's words for reported speech, read once per knowledge (`_ReportWords`), and the
shape of one reported item."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge import Knowledge, alternation
from ..speakers import Referent
from .attribution import _told_patterns, _word_re
from .marks import _time_pattern

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
