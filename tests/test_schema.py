"""The JSON contract's schema (generator/data/parley.schema.json): valid JSON Schema, in step with
the model's dataclasses, met by every `parley extract` output made here (the fixtures, the seeds, a
folder of hostile files, JSON Lines too) and failed by broken records."""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.export import json_schema
from generator.model import (
    DATE_SOURCES,
    Actor,
    CorpusActor,
    Document,
    Extraction,
    Mention,
    Move,
    Problem,
    Quote,
    Section,
    Sentence,
)

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads(json_schema())
DEFS = SCHEMA["$defs"]


def validator(ref: str | None = None) -> jsonschema.Draft202012Validator:
    """The schema's validator (for its `ref`, e.g. "document_line", if given), formats checked."""
    schema = (
        SCHEMA
        if ref is None
        else {"$schema": SCHEMA["$schema"], "$defs": DEFS, "$ref": f"#/$defs/{ref}"}
    )
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(record: object, ref: str | None = None) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator(ref).iter_errors(record)]


def fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_the_schema_is_valid_draft_2020_12_and_the_package_ships_it():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["properties"]["schema_version"] == {"const": 1}
    assert json_schema() == (ROOT / "generator" / "data" / "parley.schema.json").read_text("utf-8")


# Each definition and the dataclass its records are written from (export.document_record,
# corpus_record): the names that differ are the export's, each said here.
DOCUMENT = (
    (fields(Document) - {"problems"}) | (fields(Extraction) - {"document", "key"}) | {"warnings"}
)
IN_STEP = {
    "sentence": fields(Sentence),
    "section": fields(Section),
    "mention": fields(Mention),
    "actor": fields(Actor),
    "quote": fields(Quote),
    "move": fields(Move),
    "position": fields(Move) - {"type"},  # demands and proposals: their list is their type
    "problem": fields(Problem),
    "corpus_actor": fields(CorpusActor),
    "document_fields": DOCUMENT,
}
# Written only when known (the export leaves the key out rather than write null).
OPTIONAL = {"document_fields": {"author"}}


@pytest.mark.parametrize("name", sorted(IN_STEP))
def test_every_dataclass_field_is_in_the_schema_and_every_property_is_a_field(name):
    definition = DEFS[name]
    assert set(definition["properties"]) == IN_STEP[name]
    # the export writes every other key, null or not
    assert set(definition["required"]) == IN_STEP[name] - OPTIONAL.get(name, set())
    assert definition.get("additionalProperties", False) is False


def test_closed_records_and_the_date_sources_of_the_model():
    assert DEFS["document"]["unevaluatedProperties"] is False
    assert DEFS["document_line"]["unevaluatedProperties"] is False
    assert DEFS["document_fields"]["properties"]["date_source"]["enum"] == [*DATE_SOURCES, None]


def extract(*args: str) -> str:
    result = CliRunner().invoke(main, ["extract", "--model", "none", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("folder", ["tests/fixtures/site", "seeds"])
def test_the_extraction_of_the_fixtures_and_seeds_meets_the_schema(folder):
    data = json.loads(extract(str(ROOT / folder)))
    assert data["documents"] and errors(data) == []
    lines = extract("--jsonl", str(ROOT / folder)).splitlines()
    assert len(lines) == len(data["documents"])
    assert [errors(json.loads(line), "document_line") for line in lines] == [[]] * len(lines)


HOSTILE = {
    "front.md": (
        "---\ntitle: [unclosed\ndate: 2025-02-30\n---\nThe union said: \u201cNo deal "
        "tonight.\u201d\n"
    ),
    "page.html": (
        "<html><head><title>Port talks</title><script>alert(1)</script></head><body><article>"
        "<h1>Port talks {{ 7*7 }}</h1><p>The dockers demanded a 5% raise. "
        "\u202eThe port authority offered 2%.</p></article></body></html>"
    ),
    "control.txt": "Talks\x00 resumed\x1b[31m in Vardo.\nThe fishers rejected the quota.\n",
    "empty.txt": "",
}


def test_the_extraction_of_hostile_files_meets_the_schema(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "tests" / "fixtures" / "site", seeds)
    for name, text in HOSTILE.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 4)
    data = json.loads(extract(str(seeds)))
    assert data["warnings"], "the hostile files were read without a problem: the test tests nothing"
    assert any(doc["problems"] for doc in data["documents"])
    assert errors(data) == []
    assert [
        errors(json.loads(line), "document_line")
        for line in extract("--jsonl", str(seeds)).splitlines()
        if line
    ] == [[]] * len(data["documents"])


@pytest.fixture(scope="module")
def record() -> dict:
    data = json.loads(extract(str(ROOT / "tests" / "fixtures" / "site")))
    assert errors(data) == []
    return data


def broken(record: dict, change) -> dict:
    out = copy.deepcopy(record)
    change(out)
    return out


BREAKS = {
    "no schema_version": lambda r: r.pop("schema_version"),
    "schema_version 2": lambda r: r.update(schema_version=2),
    "a document without text": lambda r: r["documents"][0].pop("text"),
    "a quote without its sentence": lambda r: r["documents"][0]["quotes"][0].pop("sentence"),
    "an offset as text": lambda r: r["documents"][0]["sentences"][0].update(start="0"),
    "a negative offset": lambda r: r["documents"][0]["quotes"][0].update(end=-1),
    "a title that is null": lambda r: r["documents"][0].update(title=None),
    "tags as one string": lambda r: r["documents"][0].update(tags="port"),
    "an id that is a path": lambda r: r["documents"][0].update(id="../index"),
    "an unknown quote kind": lambda r: r["documents"][0]["quotes"][0].update(kind="rumour"),
    "an unknown field": lambda r: r["documents"][0]["actors"][0].update(colour="red"),
    "a demand with a type": lambda r: r["documents"][0]["demands"][0].update(type="demand"),
    "no such day": lambda r: r["documents"][0].update(date="2025-02-30"),
    "an unknown date source": lambda r: r["documents"][0].update(date_source="rumour"),
    "an author that is null": lambda r: r["documents"][0].update(author=None),  # left out instead
    "mentions as a list": lambda r: r["actors"][0].update(mentions=[]),
}


@pytest.mark.parametrize("what", sorted(BREAKS))
def test_a_broken_record_fails_validation(record, what):
    assert errors(broken(record, BREAKS[what])), what


def test_a_broken_line_fails_validation(record):
    line = {"schema_version": 1, **record["documents"][0]}
    assert errors(line, "document_line") == []
    assert errors({k: v for k, v in line.items() if k != "schema_version"}, "document_line")
    assert errors({**line, "generator": "parley"}, "document_line")
    assert errors(
        broken(line, lambda r: r["moves"].append({**r["demands"][0]})), "document_line"
    )  # no type
