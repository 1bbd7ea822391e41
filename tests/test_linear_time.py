"""Extraction time grows linearly with the input, whatever its shape (blank tier, real path).

Each shape is one article made of a repeated unit; it is extracted at two sizes, 10x apart, and
the larger may take at most ~15x the CPU time of the smaller (a quadratic path takes ~100x). Times
are the least of a few runs, in process CPU time, so a busy machine does not fail the test. Plus
hard bounds for inputs that used to hang or crash: blanks before a cue (exponential backtracking),
long runs of punctuation (spaCy's tokenizer), a paragraph over spaCy's max_length (E088).
"""

from __future__ import annotations

import gc
import time

import pytest
from conftest import best_of, check_spans

from generator.extract.knowledge import load
from generator.model import Article, Block
from generator.nlp import pipeline, resolve_model
from generator.pipeline import extract_document
from generator.segment import segment

KN = load()


def fill(unit: str, n: int, head: str = "", tail: str = "") -> str:
    return head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail


def article(text: str) -> Article:
    blocks = tuple(Block("paragraph", p) for p in text.split("\n\n") if p.strip())
    return Article(source="t.txt", title="T", date=None, blocks=blocks)


def extract(text: str, nlp=None):
    doc = segment(article(text), "t")
    return doc, extract_document(doc, KN, nlp)


def cpu(text: str, repeats: int) -> float:
    gc.collect()  # garbage left by earlier tests is not collected inside a timed run
    return best_of(lambda: extract(text), repeats, clock=time.process_time)


def distinct_names(n: int) -> str:
    """Sentences in which ever new one-word names speak: each name is a body (see
    names.bodies._acting_bodies)."""
    out, k, size = [], 0, 0
    while size < n:
        name, j = "Zq", k
        while True:
            name, j = name + chr(97 + j % 26), j // 26
            if j == 0:
                break
        out.append(f"{name} said calm, and talks with {name} went on. ")
        size, k = size + len(out[-1]), k + 1
    return "".join(out)


# Invented sentences; each shape once made extraction quadratic (or worse) in its size.
SHAPES = {
    "distinct names that speak": distinct_names,
    "long word, then a cue": lambda n: fill(
        "b", n, "", "/ has demanded that Oslo pull back its boats."
    ),
    "cue repeated": lambda n: fill("Norway demanded ", n, "", "calm."),
    "modal repeated": lambda n: fill("must ", n, "Ola Nordmann said that the accord ", "end."),
    "said repeated": lambda n: fill("said ", n, "Clerks ", "."),
    "quotes in one sentence": lambda n: fill(
        '"we want calm now" and ', n, "Ola Nordmann said ", "x."
    ),
    "opening quotes only": lambda n: fill('"b ', n, "Ola Nordmann said ", "."),
    "apostrophes": lambda n: fill("Norway's ", n, "", "claims."),
    "capital dots": lambda n: fill("B.", n, "Mr ", " said."),
    "and stop repeated": lambda n: fill(
        "and halt ", n, "Norway demanded that Sweden halt ", "now."
    ),
    "comma-separated demands": lambda n: fill("calm, ", n, "Norway demanded ", "and fish."),
    "demands split by semicolons": lambda n: fill("Norway demanded calm; ", n, "", "end."),
    "many quote paragraphs": lambda n: fill('Ola Nordmann said: "We will meet again soon."\n\n', n),
    "blanks inside a sentence": lambda n: fill("\t", n, "Norway", "x has demanded calm."),
    "curly opening marks": lambda n: fill("\u201c", n, "Ola Nordmann said ", "."),
    "negations and conditions": lambda n: fill(
        "will not sign until Sweden pays the crews and ", n, "Norway ", "end."
    ),
    "past negations before until": lambda n: fill(
        "did not, ", n, "Norway ", "sign until Sweden pays the crews."
    ),
    "a plan's content with examples, repeated": lambda n: fill(
        "Norway's plan cuts the quota, including ", n, "", "calm."
    ),
    "document calls, repeated": lambda n: fill("a draft calls for a truce and ", n, "", "calm."),
    "a plan's list of what it would do, repeated": lambda n: fill(
        "Norway's plan would cut the quota, and set up a panel, including ", n, "", "calm."
    ),
    "fronted until, commas": lambda n: fill(
        "the crews, ", n, "Until Sweden pays ", "Norway will not sign."
    ),
}

SMALL, LARGE = 5_000, 50_000


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_time_grows_linearly(name):
    make = SHAPES[name]
    extract(make(SMALL))  # warm up (compiled patterns, spaCy)
    small = cpu(make(SMALL), repeats=5)
    large = cpu(make(LARGE), repeats=3)
    if large > 15 * max(small, 0.002) + 0.05:
        # A busy machine slows some runs, never speeds one up: measure the large text again
        # before failing. A quadratic path grows ~100x here and fails both times; linear code
        # (~10-13x on this machine) passes once the noise is gone.
        large = min(large, cpu(make(LARGE), repeats=5))
    assert large <= 15 * max(small, 0.002) + 0.05, (
        f"{name}: {small:.3f}s at {SMALL}, {large:.3f}s at {LARGE}"
    )


@pytest.mark.parametrize("blank", [" ", "\t"])
def test_blanks_before_a_cue_take_no_time(blank):
    text = "Norway" + blank * 40 + "x has demanded that Sweden withdraw its boats."
    t = time.process_time()
    extract(text)
    assert time.process_time() - t < 1.0  # was exponential: 26 blanks took 24 s


@pytest.mark.parametrize("mark", ["\u201c", "(", "'s", "!\u201d"])
def test_runs_of_punctuation_are_bounded(mark):
    text = "Ola Nordmann said " + mark * (20_000 // len(mark)) + " and Norway demanded calm."
    t = time.process_time()
    doc, ex = extract(text)
    assert time.process_time() - t < 5.0  # spaCy alone took 15 s on 8,000 “
    check_spans(doc, ex)
    assert any(
        m.text.startswith("calm") for m in ex.demands
    )  # the sentence after the run still counts


def test_paragraph_over_spacy_max_length_blank_tier():
    sentence = (
        "Norway demanded that Sweden share the fish and Ola Nordmann said the talks went on. "
    )
    text = sentence * (1_050_000 // len(sentence))
    assert len(text) > pipeline(None).max_length  # what used to die with E088
    t = time.process_time()
    doc, ex = extract(text)
    assert time.process_time() - t < 30.0
    assert len(doc.sentences) > 10_000 and ex.demands
    check_spans(doc, ex)


def test_paragraph_over_max_length_parser_tier(monkeypatch):
    model = resolve_model("auto")
    if model is None:
        pytest.skip("no trained English spaCy pipeline installed")
    nlp = pipeline(model)
    monkeypatch.setattr(nlp, "max_length", 8_000)  # a long paragraph without a megabyte of parsing
    monkeypatch.setattr(pipeline(None), "max_length", 8_000)
    sentence = "Norway demanded that Sweden share the fish, Ola Nordmann said. "
    doc, ex = extract(sentence * (30_000 // len(sentence)), nlp)
    assert ex.demands
    check_spans(doc, ex)
