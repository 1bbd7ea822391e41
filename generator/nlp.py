"""Building the spaCy pipeline, once per process.

Tier "blank": `spacy.blank("en")` with the rule-based sentencizer — no download needed.
Tier "parser": a trained English pipeline when one is installed (`model: auto` picks one of the
installed pipeline packages spaCy lists, in `auto_order`; `model: none` forces the blank tier; any
other value names a package or a pipeline folder).
"""

from __future__ import annotations

import functools
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .config import ConfigError

# en_core_web_* by size: the small one first, the fastest and the one the tests run
SIZES = ("sm", "md", "lg", "trf")


def auto_order(name: str) -> tuple[int, bool, str]:
    """Sort key of `model: auto` among the installed English pipelines: en_core_web_sm, its
    repackagings (en_core_web_sm_*), then md, lg, trf likewise, then any other English pipeline;
    ties alphabetically, so the choice never depends on the order packages were installed in."""
    for rank, size in enumerate(SIZES):
        official = f"en_core_web_{size}"
        if name == official or name.startswith(official + "_"):
            return rank, name != official, name
    return len(SIZES), True, name


def installed_english_pipelines() -> list[str]:
    """The installed pipeline packages (spaCy's `get_installed_models`) whose meta.json says
    English with a parser, in `auto_order`."""
    import spacy.util

    names = spacy.util.get_installed_models()
    return sorted((n for n in names if _english_parser(n)), key=auto_order)


def _english_parser(name: str) -> bool:
    meta = _package_meta(name) if name.isidentifier() else None
    if meta is None or meta.get("lang") != "en":
        return False
    return "parser" in (meta.get("pipeline") or ())


def _package_meta(name: str) -> dict[str, Any] | None:
    """The meta.json of the pipeline package `name` (found without importing it), or None."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or ()) if spec else ():
        try:
            meta = json.loads((Path(folder) / "meta.json").read_text("utf-8"))
        except (OSError, ValueError):
            continue
        return meta if isinstance(meta, dict) else None
    return None


def resolve_model(model: str | None) -> str | None:
    """The package name (or folder) of the trained pipeline to use, or None for the blank tier;
    ConfigError when `model` names neither an installed pipeline package nor a pipeline folder."""
    if not model or model == "none":
        return None
    if model == "auto":
        found = installed_english_pipelines()
        return found[0] if found else None
    if any(c in model for c in "/\\") or model.startswith(
        (".", "~")
    ):  # a pipeline folder, not a package
        model = str(Path(model).expanduser())  # config.py has made a relative one absolute
        if not (Path(model) / "config.cfg").is_file():
            raise ConfigError(
                f"{model} is not a spaCy pipeline folder (it has no config.cfg); "
                "give the folder that `nlp.to_disk` wrote, or auto, none or an installed package"
            )
        return model
    if (_package_meta(model) if model.isidentifier() else None) is None:
        raise ConfigError(
            f"{model!r} is not an installed spaCy pipeline package; install it "
            f"(python -m spacy download {model}), or write model: auto (an installed English "
            "pipeline, en_core_web_sm first) or model: none (no parser)"
        )
    return model


@functools.lru_cache(maxsize=4)
def pipeline(model: str | None = None) -> Any:
    import spacy

    if model is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    return spacy.load(model)


# --- bounded tokenization -------------------------------------------------------------------
# spaCy's tokenizer strips prefixes and suffixes one at a time, re-running its regexes over the
# rest each time: a long stretch without blanks ("““““…", "'s's's…", a run of URLs) costs far
# more than its length (8,000 “ take 15 s). And a text longer than `nlp.max_length` is refused
# (E088). So a long blank-free stretch is split into tokens here (words and single marks), the rest
# goes to the tokenizer in pieces cut at single blanks, and the pieces are joined into one Doc over
# the whole text: offsets and text are the text's own. Ordinary text never has such stretches and
# is tokenized exactly as before.

LONG_STRETCH = 100  # characters without a blank that spaCy's tokenizer is still given
TOKENIZER_PIECE = 100_000  # characters the tokenizer is given at a time (far below nlp.max_length)


def _long_stretch(max_len: int):
    import re

    return re.compile(r"\S{%d,}" % (max_len + 1))


_LONG = _long_stretch(LONG_STRETCH)


def pipe(nlp: Any, texts) -> Any:
    """`nlp.pipe(texts)` for texts of any length and shape, in time linear in their length."""
    texts = list(texts)
    limit = min(TOKENIZER_PIECE, nlp.max_length)
    plain = [len(t) <= limit and _LONG.search(t) is None for t in texts]
    docs = _piped(nlp, [t for t, p in zip(texts, plain, strict=True) if p])
    for text, p in zip(texts, plain, strict=True):
        yield next(docs) if p else bounded_doc(nlp, text)


SENTENCIZER_BATCH = 1000  # docs the blank tier's sentencizer is given at a time


def _piped(nlp: Any, texts: list[str]) -> Iterator[Any]:
    """`nlp.pipe(texts)`. The blank tier's pipeline (the sentencizer alone) is run on a batch of
    docs at once (its `predict` and `set_annotations`, what calling it on each doc does):
    Language.pipe hands it one doc at a time, through layers that cost as much as it does."""
    from spacy.pipeline import Sentencizer

    if len(nlp.pipeline) != 1 or not isinstance(nlp.pipeline[0][1], Sentencizer):
        yield from nlp.pipe(texts)
        return
    sentencizer = nlp.pipeline[0][1]
    for k in range(0, len(texts), SENTENCIZER_BATCH):
        docs = [nlp.make_doc(t) for t in texts[k : k + SENTENCIZER_BATCH]]
        sentencizer.set_annotations(docs, sentencizer.predict(docs))
        yield from docs


def bounded_doc(nlp: Any, text: str) -> Any:
    """`nlp(text)`, tokenized in bounded pieces (see above); the Doc's text is `text`."""
    from spacy.tokens import Doc

    parts: list[Any] = []
    at = 0
    for m in _LONG.finditer(text):
        _tokenize_pieces(nlp, text, at, m.start(), parts)
        end = m.end() + (text[m.end() : m.end() + 1] == " ")  # a single blank after it is its space
        words = _split_stretch(m.group(0))
        parts.append(
            Doc(nlp.vocab, words=words, spaces=[False] * (len(words) - 1) + [end > m.end()])
        )
        at = end
    _tokenize_pieces(nlp, text, at, len(text), parts)
    doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
    assert doc.text == text
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def _tokenize_pieces(nlp: Any, text: str, start: int, end: int, parts: list) -> None:
    """Tokenize text[start:end] in pieces of at most TOKENIZER_PIECE characters (nor over
    nlp.max_length), each cut after a single blank between two non-blanks (where spaCy's tokenizer
    splits anyway)."""
    piece = min(TOKENIZER_PIECE, nlp.max_length)
    while start < end:
        stop = end
        if end - start > piece:
            cut = text.rfind(" ", start + 1, start + piece)
            while cut > start and (text[cut - 1].isspace() or text[cut + 1].isspace()):
                cut = text.rfind(" ", start + 1, cut)
            stop = cut + 1 if cut > start else start + piece
        parts.append(nlp.tokenizer(text[start:stop]))
        start = stop


def _split_stretch(chunk: str) -> list[str]:
    """Tokens of a long blank-free stretch: runs of word characters (at most LONG_STRETCH long)
    and single other characters."""
    import re

    return re.findall(r"\w{1,%d}|\W" % LONG_STRETCH, chunk)
