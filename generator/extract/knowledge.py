"""Loading the data files (gazetteer, lexicon, issues, first names) into lookup tables.

Users extend every file from `mkdocs.yml`; their entries are merged over Parley's own, so the
knowledge lives in data, not in code.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..ids import slugify

ACTOR_SECTIONS = {"states": "state", "blocs": "bloc", "organizations": "organization",
                  "armed_groups": "armed_group", "unions": "union", "companies": "company",
                  "people": "person"}


@dataclass(frozen=True)
class Entry:
    """A gazetteer actor."""

    id: str
    name: str
    type: str
    role: str | None = None
    party: str | None = None  # actor id


@dataclass(frozen=True)
class Surface:
    """One way a gazetteer actor is written in text."""

    entry: str  # actor id
    kind: str  # name|alias|capital|metonym|demonym


@dataclass(frozen=True)
class Issue:
    id: str
    label: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Knowledge:
    entries: dict[str, Entry]
    surfaces: dict[str, Surface]
    surface_re: re.Pattern[str]
    lexicon: dict[str, Any]
    issues: tuple[Issue, ...]
    male: frozenset[str]
    female: frozenset[str]

    def words(self, key: str) -> frozenset[str]:
        return frozenset(self.lexicon.get(key, ()))


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the data files load 6× faster


def _data(name: str) -> Any:
    return yaml.load(resources.files("generator.data").joinpath(name).read_text("utf-8"), Loader=_LOADER)


def _user(path: str | None) -> Any:
    if not path:
        return None
    return yaml.load(Path(path).read_text("utf-8"), Loader=_LOADER)


@functools.lru_cache(maxsize=8)
def load(actors_file: str | None = None, lexicon_file: str | None = None,
         issues_file: str | None = None) -> Knowledge:
    """Parley's data merged with the user's files (paths from the plugin options)."""
    gazetteer = _merge_gazetteer(_data("actors.yml"), _user(actors_file))
    lexicon = dict(_data("lexicon.yml"))
    for key, value in (_user(lexicon_file) or {}).items():
        if isinstance(value, list) and isinstance(lexicon.get(key), list):
            lexicon[key] = list(lexicon[key]) + value
        elif isinstance(value, dict) and isinstance(lexicon.get(key), dict):
            lexicon[key] = {**lexicon[key], **value}
        else:
            lexicon[key] = value
    issues_data = {i["id"]: i for i in _data("issues.yml")}
    for item in _user(issues_file) or []:
        issues_data[item["id"]] = item
    names = _data("first_names.yml")
    entries, surfaces = _index(gazetteer)
    forms = sorted(surfaces, key=lambda s: (-len(s), s))
    surface_re = re.compile(r"(?<![\w.\-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w\-]|\.\w)")
    return Knowledge(
        entries=entries,
        surfaces=surfaces,
        surface_re=surface_re,
        lexicon=lexicon,
        issues=tuple(_issue(i) for i in issues_data.values()),
        male=frozenset(names.get("male", ())),
        female=frozenset(names.get("female", ())),
    )


def _merge_gazetteer(base: dict, extra: dict | None) -> dict:
    merged = {k: list(v or []) for k, v in base.items()}
    for section, items in (extra or {}).items():
        current = merged.setdefault(section, [])
        for item in items or []:
            current[:] = [e for e in current if e.get("name") != item.get("name")] + [item]
    return merged


def _index(gazetteer: dict) -> tuple[dict[str, Entry], dict[str, Surface]]:
    entries: dict[str, Entry] = {}
    surfaces: dict[str, Surface] = {}
    for section, items in gazetteer.items():
        kind = ACTOR_SECTIONS.get(section, "organization")
        for item in items or []:
            aid = slugify(item["name"])
            party = slugify(item["party"]) if item.get("party") else None
            entries[aid] = Entry(aid, item["name"], kind, item.get("role"), party)
            forms = [(item["name"], "name")]
            forms += [(a, "alias") for a in item.get("aliases") or []]
            if item.get("capital"):
                forms.append((item["capital"], "capital"))
            forms += [(m, "metonym") for m in item.get("metonyms") or []]
            forms += [(d, "demonym") for d in item.get("demonyms") or []]
            for form, how in forms:
                surfaces.setdefault(str(form), Surface(aid, how))
    return entries, surfaces


def _issue(item: dict) -> Issue:
    parts = []
    for trig in item.get("triggers", []):
        trig = str(trig).lower()
        stem = trig.endswith("*")
        body = re.escape(trig.rstrip("*")).replace(r"\ ", r"[\s-]+")
        parts.append(body + (r"\w*" if stem else r"(?:s|es)?"))
    pattern = re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I) if parts else re.compile(r"(?!x)x")
    return Issue(item["id"], item.get("label", item["id"]), pattern)
