"""The built-in example: what the seed article must yield (issue 2's acceptance list)."""

import json

import pytest

from generator.export import to_json
from generator.pipeline import extract_corpus


@pytest.fixture(scope="module")
def seed(request):
    from pathlib import Path

    from generator.config import Options

    root = Path(__file__).resolve().parent.parent
    return extract_corpus(Options(seeds_dir=root / "seeds", model="none")).extractions[0]


def _names(actors, person):
    return {a.name for a in actors if (a.type == "person") == person}


def test_parties_and_people(seed):
    assert {"Russia", "Ukraine", "United States", "Turkey", "European Union"} <= _names(
        seed.actors, False
    )
    assert {
        "Donald Trump",
        "Vladimir Putin",
        "Volodymyr Zelensky",
        "Vladimir Medinsky",
        "Peter Slezkine",
    } <= _names(seed.actors, True)
    slezkine = next(a for a in seed.actors if a.name == "Peter Slezkine")
    assert slezkine.party == "stimson-center"


def test_quotes_with_speakers(seed):
    got = {(q.text, q.speaker) for q in seed.quotes if q.kind != "indirect"}
    assert ("hopeful sign", "Peter Slezkine") in got
    assert ("nonstarters", "Ukrainian diplomats") in got
    assert ("This is the beginning of the journey", "A Ukrainian official") in got


def test_demands_and_proposals_are_separate_attributed_items(seed):
    demands = {(d.actor_id, d.text) for d in seed.demands}
    for text in [
        "Ukraine withdraw from regions Moscow claims",
        "recognize them as Russian territory",
        "Ukraine dropping reparation claims",
        "accepting Russian control over five territories",
        "becoming a neutral state",
    ]:
        assert ("russia", text) in demands
    ceasefire = next(d for d in seed.demands if d.text == "a 30-day unconditional ceasefire")
    assert ceasefire.actors == ("ukraine", "the-west") and ceasefire.issues == ("ceasefire",)
    assert ("volodymyr-zelensky", "direct talks with Putin") in {
        (p.actor_id, p.text) for p in seed.proposals
    }


def test_every_span_points_at_its_text_and_output_is_deterministic(seed_options):
    first = to_json(extract_corpus(seed_options))
    assert first == to_json(extract_corpus(seed_options))
    data = json.loads(first)
    for doc in data["documents"]:
        text = doc["text"]
        for key in ("quotes", "demands", "proposals"):
            for item in doc[key]:
                assert text[item["start"] : item["end"]] == item["text"]
        for actor in doc["actors"]:
            for m in actor["mentions"]:
                assert text[m["start"] : m["end"]] in {actor["name"], *actor["aliases"]}
        ids = {s["id"] for s in doc["sentences"]}
        assert all(sid in ids for sec in doc["sections"] for p in sec["paragraphs"] for sid in p)
    assert data["schema_version"] == 1 and data["generator"].startswith("parley ")
