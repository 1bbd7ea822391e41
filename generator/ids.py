"""Stable, URL-safe identifiers."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from slugify import slugify as _slugify
from text_unidecode import unidecode

# The shape of every id Parley makes (documents, actors, sentences): what may become a page path
# or an anchor. Ids read from elsewhere (`build --from`) are checked against it.
ID_SHAPE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# Page names each section folder already uses for itself: no generated page may take them.
SECTION_PAGES = {"documents": frozenset({"index"}), "actors": frozenset({"index"})}


def is_id(value: object) -> bool:
    return isinstance(value, str) and len(value) <= 200 and ID_SHAPE.fullmatch(value) is not None


def _ascii(text: str) -> str:
    """`text` transliterated to ASCII (Владимир → Vladimir, 习近平 → Xi Jin Ping). text-unidecode
    explicitly, not python-slugify's choice of backend (Unidecode when installed): the same names
    give the same ids on every machine."""
    norm = unicodedata.normalize("NFKD", text)
    return norm if norm.isascii() else unidecode(norm)


def short_hash(text: str) -> str:
    return hashlib.blake2s(
        unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass"), digest_size=4
    ).hexdigest()


@functools.lru_cache(maxsize=1 << 16)  # the same names come back in every document
def slugify(text: str, fallback: str = "item") -> str:
    """ASCII, lowercase, hyphen-separated; never empty, never a dot-path.

    python-slugify, with the options that give plain ASCII text the slugs Parley always gave it
    (no HTML entities decoded; '1,000' is '1-000'), after transliteration. Text with nothing to
    transliterate (emoji, punctuation) gets `fallback` and a short hash of the text: distinct
    names never share an id."""
    # An apostrophe typed as such splits words (O'Brien: o-brien); one that transliteration makes
    # (O’Brien) does not (obrien): python-slugify's own rule, kept with the transliteration done
    # first.
    plain = _ascii(text.replace("'", "-")).replace("'", "").replace(",", " ")
    slug = _slugify(plain, entities=False, decimal=False, hexadecimal=False, max_length=80)
    return slug or f"{fallback}-{short_hash(text)}"


@functools.lru_cache(maxsize=1 << 16)  # like slugify: the same names come back again and again
def name_key(name: str) -> str:
    """Transliteration-tolerant key of a person's name: Zelenskiy / Zelensky / Zelenskyy share one,
    and so do Зеленский and Zelensky; a name with no letters to transliterate keys on itself."""
    words = re.findall(r"[a-z]+", _ascii(name.replace("'", " ")).replace("'", "").lower())
    key = " ".join(re.sub(r"(?<=\w\w\w)[iy]+$", "", w) for w in words)
    return key or "\x00" + unicodedata.normalize("NFKC", name).casefold().strip()


class Taken(set):
    """Ids in use, remembering per wanted id the last suffix given: `unique` is then linear over a
    listing, however many names want the same id."""

    def __init__(self, items=()) -> None:
        super().__init__(items)
        self.next: dict[str, int] = {}


def unique(slug: str, taken: set[str]) -> str:
    """`slug`, or `slug-2`, `slug-3` … whichever is free; records the result in `taken`.

    With a `Taken` set, counting resumes where it stopped for the same `slug` (the ids below were
    taken then, and ids are never released)."""
    counters = getattr(taken, "next", None)
    n = counters.get(slug, 1) if counters is not None else 1
    candidate = slug if n == 1 else f"{slug}-{n}"
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    if counters is not None:
        counters[slug] = n
    taken.add(candidate)
    return candidate
