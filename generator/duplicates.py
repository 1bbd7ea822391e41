"""Duplicate articles: the same text, or nearly (a wire story syndicated under another headline
with another outlet's footer, a page crawled twice), published once.

Texts are compared as sets of shingles (every run of `SHINGLE` words, lower case, punctuation
dropped): two articles are copies when their Jaccard similarity (shared shingles over all
shingles) is at least `THRESHOLD`. A syndicated copy shares nearly all its shingles (a new
headline is none of them: it is the title, not the text; a footer of a few lines costs a tenth),
two reports of the same talks share only the odd quoted phrase (a few in a hundred).

Pairs to compare come from MinHash locality-sensitive hashing (`BANDS` bands of `ROWS` of
`BANDS * ROWS` min-hashes): the work grows with the number of articles, not with its square, and
a pair at the threshold is a candidate with probability 1 - (1 - 0.7**4)**16 ≈ 0.99 (at 0.8:
0.9998); every candidate is then checked on its exact shingle sets, so no pair under the
threshold is ever reported. A text of fewer than `MIN_WORDS` words is a copy only of the same
text. Hashes are CRC-32 and fixed multipliers: the same corpus gives the same
pairs in every run. Identical texts (after the same normalising) are copies whatever their length.

Of a group of copies the one published is the earliest dated, then the first by path; each other
is one notice (`Problem`, level "info": a copy is no broken article, and `--strict` does not fail
on it) and is named on the published one's page.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from . import cache
from .model import Document, Duplicate, Extraction, Problem

SHINGLE = 5  # words per shingle
THRESHOLD = 0.7  # Jaccard similarity from which two articles are copies of one story
BANDS, ROWS = 16, 4  # MinHash LSH: 64 min-hashes
# Below this many words a text has too few shingles to tell a copy from a report of the same
# event in the same words ("Norway and Sweden resumed talks" / "Finland and Sweden resumed talks"
# share all but one of 14): short texts are copies only when identical.
MIN_WORDS = 50
_WORD = re.compile(r"\w+")


def _constants(name: str) -> np.ndarray:
    """BANDS * ROWS fixed 64-bit numbers (from SHA-256: the same on every machine and version)."""
    return np.array(
        [
            int.from_bytes(hashlib.sha256(f"parley {name} {k}".encode()).digest()[:8], "little")
            for k in range(BANDS * ROWS)
        ],
        dtype=np.uint64,
    )


_MULT, _ADD = (
    _constants("multiplier") | np.uint64(1),
    _constants("increment"),
)  # odd: multiply-shift hashing


def words_of(text: str) -> list[str]:
    """The text's words, lower case, without punctuation: what copies are compared on."""
    return _WORD.findall(text.lower())


def shingles(text: str | list[str], words_seen: dict[str, int]) -> np.ndarray:
    """The distinct 64-bit hashes of the text's runs of SHINGLE words (`words_seen`: word → CRC,
    shared across documents so each word is hashed once)."""
    words = words_of(text) if isinstance(text, str) else text
    for w in set(words).difference(words_seen):
        words_seen[w] = zlib.crc32(w.encode())
    ids = [words_seen[w] for w in words]
    if len(ids) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    codes = np.asarray(ids, dtype=np.uint64)
    h = np.zeros(len(ids) - SHINGLE + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrapping arithmetic modulo 2**64 is the point
        for k in range(SHINGLE):
            h = h * np.uint64(1_000_003) + codes[k : len(codes) - SHINGLE + 1 + k]
    return np.unique(h)


def signature(shingle_hashes: np.ndarray) -> np.ndarray:
    """BANDS * ROWS min-hashes of a shingle set (multiply-shift hashes, high 32 bits)."""
    with np.errstate(over="ignore"):
        mixed = (shingle_hashes[None, :] * _MULT[:, None] + _ADD[:, None]) >> np.uint64(32)
    return mixed.min(axis=1)


def candidates(sets: Sequence[np.ndarray]) -> set[tuple[int, int]]:
    """Pairs (i < j) of documents sharing a band of their signatures."""
    buckets: dict[bytes, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        if len(s):
            sig = signature(s)
            for b in range(BANDS):
                buckets[bytes([b]) + sig[b * ROWS : (b + 1) * ROWS].tobytes()].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        for k, i in enumerate(members):
            pairs.update((i, j) for j in members[k + 1 :])
    return pairs


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) or not len(b):
        return 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared)


_FEATURES: dict[
    str, tuple[bytes, np.ndarray]
] = {}  # by extraction key, kept while serving (cache.py)
_SEEN: dict[str, int] = {}


def features(ex: Extraction) -> tuple[bytes, np.ndarray]:
    """(digest of the normalised text, shingle set) of a document; under `mkdocs serve` kept
    between rebuilds for unchanged articles, so a rebuild compares only what changed."""
    kept = _FEATURES.get(ex.key) if ex.key else None
    if kept is not None:
        return kept
    words = words_of(ex.document.text)
    made = (
        hashlib.sha256(" ".join(words).encode()).digest(),
        shingles(words, _SEEN) if len(words) >= MIN_WORDS else np.zeros(0, dtype=np.uint64),
    )
    if ex.key and cache.keep_in_memory and len(_FEATURES) < cache.MEMORY_ENTRIES:
        _FEATURES[ex.key] = made
    return made


def similar(extractions: Sequence[Extraction]) -> dict[int, dict[int, float]]:
    """Document index → {index of a copy: similarity}, both ways."""
    by_text: dict[bytes, list[int]] = defaultdict(list)  # identical texts, whatever their length
    sets = []
    for i, ex in enumerate(extractions):
        digest, shingle_set = features(ex)
        by_text[digest].append(i)
        sets.append(shingle_set)
    out: dict[int, dict[int, float]] = defaultdict(dict)
    for group in by_text.values():
        for i in group:
            out[i].update((j, 1.0) for j in group if j != i)
    for i, j in candidates(sets):
        if j not in out[i]:
            score = jaccard(sets[i], sets[j])
            if score >= THRESHOLD:
                out[i][j] = out[j][i] = score
    return out


def _preference(doc: Document) -> tuple:
    """The copy published: the earliest dated, then the first by path."""
    return (doc.date is None, doc.date or "", doc.source, doc.id)


def find_duplicates(
    extractions: Sequence[Extraction],
) -> tuple[list[Extraction], tuple[Duplicate, ...], list[Problem]]:
    """(the extractions to publish, in their order; the copies left out; one notice per copy, and
    the copies' own problems, which are still the files' to fix)."""
    docs = [ex.document for ex in extractions]
    links = similar(extractions)
    order = sorted(range(len(docs)), key=lambda i: _preference(docs[i]))
    rank = {i: r for r, i in enumerate(order)}
    kept_of: dict[int, int] = {}
    for i in order:  # a copy of a published article is not published; it keeps no copies of its own
        earlier = [j for j in links.get(i, {}) if rank[j] < rank[i] and j not in kept_of]
        if earlier:
            kept_of[i] = min(earlier, key=rank.__getitem__)
    copies: list[Duplicate] = []
    notes: list[Problem] = []
    for i, k in sorted(kept_of.items(), key=lambda kv: docs[kv[0]].source):
        d, original, score = docs[i], docs[k], links[i][k]
        copies.append(
            Duplicate(
                of=original.id,
                id=d.id,
                source=d.source,
                title=d.title,
                url=d.url,
                similarity=round(score, 2),
            )
        )
        what = (
            "the same text as"
            if score >= 1.0
            else f"nearly the same text ({score:.0%} of 5-word runs shared) as"
        )
        notes.extend(extractions[i].problems)
        notes.append(
            Problem(
                d.source,
                f"{what} {original.source}, a copy: not published",
                "delete it or move it out of the seeds folder (it is named on that article's page)",
                level="info",
            )
        )
    return [ex for i, ex in enumerate(extractions) if i not in kept_of], tuple(copies), notes
