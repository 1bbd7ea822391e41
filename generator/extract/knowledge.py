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

from ..config import ConfigError
from ..ids import slugify
from ..model import MoveType

ACTOR_SECTIONS = {
    "states": "state",
    "blocs": "bloc",
    "organizations": "organization",
    "armed_groups": "armed_group",
    "unions": "union",
    "companies": "company",
    "political_parties": "party",
    "media": "media",
    "people": "person",
}


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
    move_types: tuple[
        MoveType, ...
    ] = ()  # the table in use (move_types.yml, the user's, the cues')

    def words(self, key: str) -> frozenset[str]:
        return frozenset(self.lexicon.get(key, ()))


def alternation(words, *, ordered: bool = False) -> str:
    """A regex alternation of literal words (escaped): longest first, or in the order given
    (`ordered`, where the first alternative that matches must win); one never matching when
    empty."""
    items = [re.escape(str(w)) for w in words]
    if not ordered:
        items = sorted(set(items), key=lambda w: (-len(w), w))
    return "|".join(items) or "(?!x)x"


def literal_trie(words) -> str:
    """The alternation of literal words longest first, written as a trie ("Iran(?:ian)?|Iraq"): it
    matches what `alternation(words)` matches, at the same places (several words can match at one
    place only when each is a prefix of the next, and both try the longest first), without trying
    every word at every position: the gazetteer's 800 forms scan 8× faster. Case-sensitive only
    (under IGNORECASE two branches "US…" and "us…" could both match, and the trie tries them in
    branch order, not longest first)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in str(word):
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie) or "(?!x)x"


def _trie_regex(node: dict) -> str:
    chain = []  # a run of single letters with no word ending on it: written as they are
    while "" not in node and len(node) == 1:
        ch, node = next(iter(node.items()))
        chain.append(re.escape(ch))
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return "".join(chain)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "".join(chain) + ("(?:" + body + ")?" if "" in node else body)


def _first_then_look_back(forms) -> str:
    r"""`(?<![\w.\-])(?:literal_trie(forms))` written first character first: each form's first
    character, the same look back after it (at what stands before that character), then the trie
    of the rest. The same matches, but the regex engine scans for the forms' first characters
    instead of trying the look back at every position."""
    if "" in forms:  # an empty form matches everywhere: kept as it was written
        return r"(?<![\w.\-])(?:" + literal_trie(forms) + ")"
    rests: dict[str, list[str]] = {}
    for form in forms:
        rests.setdefault(form[0], []).append(form[1:])
    branches = []
    for first, rest in sorted(rests.items()):
        c = re.escape(first)
        tail = literal_trie([r for r in rest if r]) if any(rest) else ""
        if tail and "" in rest:
            tail = "(?:" + tail + ")?"  # the one-character form too, after the longer ones
        branches.append(c + r"(?<![\w.\-]" + c + ")" + tail)
    return "|".join(branches) or "(?!x)x"


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the data files load 6× faster


def _data(name: str) -> Any:
    return yaml.load(
        resources.files("generator.data").joinpath(name).read_text("utf-8"), Loader=_LOADER
    )


def _user(path: str | None, option: str) -> Any:
    if not path:
        return None
    errors = check_file(option, path)
    if errors:
        raise ConfigError("\n".join(errors))
    return yaml.load(Path(path).read_text("utf-8"), Loader=_LOADER)


# --- validating a user's file -------------------------------------------------------------------
# A user's actors, lexicon or issues file is checked by its shape once, before it is used, against
# the shapes of Parley's own files; every problem is reported together as `file:line: what; fix`.

ENTRY_FIELDS = {
    "name": "text",
    "aliases": "list",
    "capital": "text",
    "metonyms": "list",
    "demonyms": "list",
    "role": "text",
    "party": "text",
}
ISSUE_FIELDS = {"id": "text", "label": "text", "triggers": "list"}
CUE_FIELDS = {
    "type": "text",
    "cameo": "text",
    "verbs": "regexes",
    "nouns": "regexes",
    "content": "text",
    "other_senses": "regexes",
    "condition": "text",
}
# Where a frame's content is (`content` of a `move_cues` group; see data/lexicon.yml).
FRAME_CONTENTS = (
    "clause",
    "asked",
    "wanted",
    "expected",
    "into",
    "condition",
    "bare",
    "plan",
    "granted",
    "acquired",
    "changed",
)
# What a frame may require (`condition` of a `move_cues` group): "required", an offer condition
# (offer_conditions) after the cue in its clause or opening the sentence ("would free them if …").
FRAME_CONDITIONS = ("required",)
# Lexicon lists that the extractors put into regular expressions as they are (not escaped).
REGEX_LISTS = frozenset({"proposal_content_verbs", "demand_modals", "speech_person_cues"})
MOVE_TYPE_FIELDS = {
    "id": "text",
    "label": "text",
    "plural": "text",
    "cameo": "text",
    "symbol": "text",
    "colour": "text",
    "background": "text",
    "line": "text",
}
# Class names of the page's other marks and blocks: a type id must not take one (`parley-<id>`).
RESERVED_TYPE_IDS = frozenset(
    {"quote", "reported", "move", "doc", "legend", "chart", "sentence", "target"}
)
CSS_COLOUR = re.compile(
    r"(?:#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|rgba?\(\s*\d{1,3}(?:\s*,\s*\d{1,3}){2}"
    r"(?:\s*,\s*(?:[01]|[01]?\.\d+))?\s*\))\Z"
)
LINE_STYLES = ("solid", "dashed", "dotted", "double")
_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"


def check_file(option: str, path: str) -> list[str]:
    """Every problem of the user's `option` file (actors, lexicon or issues), or [] when it is
    fine."""
    where = f"parley option `{option}`"
    try:
        text = Path(path).read_text("utf-8")
    except UnicodeDecodeError:
        return [f"{path}:1: {where}: the file is not UTF-8 text; save it as UTF-8"]
    except OSError as exc:
        return [
            (
                f"{path}: {where}: cannot read the file ({exc.strerror or exc}); check the path "
                "and its permissions"
            )
        ]
    try:
        node = yaml.compose(text, Loader=_LOADER)
        yaml.load(text, Loader=_LOADER)  # and it reads back as data (no unknown `!tag`)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        what = " ".join(
            str(x) for x in (getattr(exc, "context", None), getattr(exc, "problem", None)) if x
        )
        return [
            f"{path}{line}: {where}: not valid YAML ({what or exc}); fix the syntax at that line"
        ]
    check = _Check(path, where)
    if node is not None and not check.null(node):
        {"actors": check.actors, "lexicon": check.lexicon, "issues": check.issues}[option](node)
    return check.errors


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    if node.tag == _STR:
        return f"text {node.value!r}"
    kind = {
        "tag:yaml.org,2002:int": "a number",
        "tag:yaml.org,2002:float": "a number",
        "tag:yaml.org,2002:bool": "true/false",
        "tag:yaml.org,2002:timestamp": "a date",
    }
    return f"{kind.get(node.tag, f'a value tagged {node.tag}')} ({node.value})"


class _Check:
    def __init__(self, path: str, where: str) -> None:
        self.path, self.where = path, where
        self.errors: list[str] = []

    def error(self, node: yaml.Node, what: str, fix: str) -> None:
        self.errors.append(f"{self.path}:{node.start_mark.line + 1}: {self.where}: {what}; {fix}")

    @staticmethod
    def null(node: yaml.Node) -> bool:
        return isinstance(node, yaml.ScalarNode) and node.tag == _NULL

    def mapping(
        self, node: yaml.Node, what: str, fix: str
    ) -> list[tuple[str, yaml.Node, yaml.Node]]:
        """(key, key node, value node) of a mapping with text keys; an error when it is not one."""
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{what} must be a mapping (key: value), not {_describe(node)}", fix)
            return []
        pairs: list[tuple[str, yaml.Node, yaml.Node]] = []
        seen: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.tag == _STR and key.value in seen:
                self.error(  # YAML keeps the last silently: the first list would be lost
                    key,
                    f"{what}: the key `{key.value}` is given twice (first at line "
                    f"{seen[key.value].start_mark.line + 1})",
                    "merge the two into one",
                )
            elif isinstance(key, yaml.ScalarNode) and key.tag == _STR:
                seen[key.value] = key
                pairs.append((key.value, key, value))
            else:
                self.error(key, f"{what}: a key must be text, not {_describe(key)}", "quote it")
        return pairs

    def text(self, node: yaml.Node, what: str, *, required: bool = False) -> None:
        if self.null(node) and not required:
            return
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _STR and node.value.strip()):
            scalar = isinstance(node, yaml.ScalarNode)
            self.error(
                node,
                f"{what} must be non-empty text, not {_describe(node)}",
                f'write it in quotes, e.g. "{node.value}"'
                if scalar and node.value.strip()
                else "give it a value"
                if scalar
                else "write one value, as text",
            )

    def texts(self, node: yaml.Node, what: str, *, regex: bool = False) -> None:
        if self.null(node):
            return
        if not isinstance(node, yaml.SequenceNode):
            self.error(
                node, f"{what} must be a list, not {_describe(node)}", "write it as [first, second]"
            )
            return
        for item in node.value:
            before = len(self.errors)
            self.text(item, f"{what}: each item", required=True)
            if regex and len(self.errors) == before:
                self.regex(item, what)

    def regex(self, node: yaml.ScalarNode, what: str) -> None:
        try:
            pattern = re.compile(node.value, re.I)
        except re.error as exc:
            self.error(
                node,
                f"{what}: {node.value!r} is not a valid regular expression ({exc})",
                "fix it, or escape the special character with a backslash",
            )
            return
        if pattern.groups:
            self.error(
                node,
                f"{what}: {node.value!r} has a capturing group",
                "write (?:...) instead of (...)",
            )
        elif pattern.fullmatch(""):
            self.error(
                node,
                f"{what}: {node.value!r} matches an empty string",
                "make it match at least one letter",
            )

    def fields(
        self, node: yaml.Node, what: str, known: dict[str, str], required: tuple[str, ...]
    ) -> None:
        pairs = self.mapping(
            node, what, f"write it as {{{', '.join(f'{k}: ...' for k in list(known)[:2])}}}"
        )
        if not pairs and not isinstance(node, yaml.MappingNode):
            return
        seen = set()
        for key, key_node, value in pairs:
            seen.add(key)
            if key not in known:
                self.error(
                    key_node, f"{what}: unknown field `{key}`", f"use one of {', '.join(known)}"
                )
            elif known[key] == "text":
                self.text(value, f"{what}: `{key}`", required=key in required)
            else:
                self.texts(value, f"{what}: `{key}`", regex=known[key] == "regexes")
        for name in required:
            if name not in seen:
                self.error(node, f"{what} has no `{name}`", f"add {name}: ... to it")

    def actors(self, node: yaml.Node) -> None:
        for section, _key, items in self.mapping(
            node,
            "the actors file",
            "write sections such as people: [{name: ...}] (see Parley's data/actors.yml)",
        ):
            if self.null(items):
                continue
            if not isinstance(items, yaml.SequenceNode):
                self.error(
                    items,
                    f"`{section}` must be a list of entries, not {_describe(items)}",
                    f"write it as {section}: [{{name: ...}}]",
                )
                continue
            for k, item in enumerate(items.value):
                self.fields(item, f"`{section}` entry {k + 1}", ENTRY_FIELDS, ("name",))

    def issues(self, node: yaml.Node) -> None:
        if not isinstance(node, yaml.SequenceNode):
            self.error(
                node,
                f"the issues file must be a list of issues, not {_describe(node)}",
                "write it as - {id: ..., label: ..., triggers: [...]} (see Parley's "
                "data/issues.yml)",
            )
            return
        for k, item in enumerate(node.value):
            self.fields(item, f"issue {k + 1}", ISSUE_FIELDS, ("id",))
            for key, value in item.value if isinstance(item, yaml.MappingNode) else ():
                if getattr(key, "value", None) == "triggers" and isinstance(
                    value, yaml.SequenceNode
                ):
                    for trig in value.value:
                        if (
                            isinstance(trig, yaml.ScalarNode)
                            and trig.tag == _STR
                            and trig.value.strip()
                            and not re.search(r"\w", trig.value)
                        ):
                            self.error(
                                trig,
                                f"issue {k + 1}: trigger {trig.value!r} has no letter",
                                "a trigger is a word or phrase, with * only at its end",
                            )

    def lexicon(self, node: yaml.Node) -> None:
        shipped = _data("lexicon.yml")
        for key, key_node, value in self.mapping(
            node,
            "the lexicon file",
            "write lists such as reporting_verbs: [...] (see Parley's data/lexicon.yml)",
        ):
            base = shipped.get(key)
            if key == "move_types":
                self.move_types(value)
            elif base is None:
                self.error(
                    key_node,
                    f"unknown lexicon entry `{key}`",
                    f"use one of {', '.join(sorted([*shipped, 'move_types']))}",
                )
            elif key == "move_cues":
                if not isinstance(value, yaml.SequenceNode):
                    self.error(
                        value,
                        f"`move_cues` must be a list of cue groups, not {_describe(value)}",
                        'write it as - {type: demand, cameo: "10", verbs: [...]}',
                    )
                    continue
                for k, group in enumerate(value.value):
                    self.fields(group, f"`move_cues` group {k + 1}", CUE_FIELDS, ("type", "cameo"))
                    self.frame_content(group, f"`move_cues` group {k + 1}")
            elif isinstance(base, list):
                self.texts(value, f"`{key}`", regex=key in REGEX_LISTS)
            elif isinstance(base, dict):
                for sub, _k, item in self.mapping(
                    value, f"`{key}`", f"write it as {key}: {{key: value}}"
                ):
                    if any(isinstance(v, list) for v in base.values()):
                        self.texts(item, f"`{key}.{sub}`")
                    else:
                        self.text(item, f"`{key}.{sub}`", required=True)

    def frame_content(self, group: yaml.Node, what: str) -> None:
        """A frame's `content`, when given, is one of the places Parley knows; its `condition`,
        one of the conditions it knows."""
        if not isinstance(group, yaml.MappingNode):
            return
        for key, value in group.value:
            if not isinstance(value, yaml.ScalarNode) or not value.value:
                continue
            if key.value == "content" and value.value not in FRAME_CONTENTS:
                self.error(
                    value,
                    f"{what}: content {value.value!r} is not a place Parley reads a move's "
                    "content from",
                    f"use one of {', '.join(FRAME_CONTENTS)}",
                )
            elif key.value == "condition" and value.value not in FRAME_CONDITIONS:
                self.error(
                    value,
                    f"{what}: condition {value.value!r} is not one Parley knows",
                    f"use one of {', '.join(FRAME_CONDITIONS)} (or leave it out)",
                )

    def move_types(self, node: yaml.Node) -> None:
        """A user lexicon's `move_types`: entries of the shape of Parley's data/move_types.yml."""
        if self.null(node):
            return
        if not isinstance(node, yaml.SequenceNode):
            self.error(
                node,
                f"`move_types` must be a list of types, not {_describe(node)}",
                'write it as - {id: walk_out, label: Walkout, cameo: "16"} (see Parley\'s '
                "data/move_types.yml)",
            )
            return
        for k, item in enumerate(node.value):
            before = len(self.errors)
            self.fields(item, f"`move_types` entry {k + 1}", MOVE_TYPE_FIELDS, ("id",))
            if len(self.errors) == before:
                for key, value in (
                    (key.value, value) for key, value in item.value if not self.null(value)
                ):
                    self.move_type_value(key, value, f"`move_types` entry {k + 1}: `{key}`")

    def move_type_value(self, key: str, node: yaml.ScalarNode, what: str) -> None:
        value = node.value
        if key == "id" and value in RESERVED_TYPE_IDS:
            self.error(
                node,
                f"{what} {value!r} is the name of one of Parley's own marks",
                "choose another id",
            )
        elif key == "id" and not re.fullmatch(r"[a-z][a-z0-9_]*", value):
            self.error(
                node,
                f"{what} {value!r} is not a move type id",
                "use lower-case letters, digits and _ (walk_out), the `type` of its cue groups",
            )
        elif key == "cameo" and not re.fullmatch(r"\d{2,4}", value):
            self.error(
                node,
                f"{what} {value!r} is not a CAMEO code",
                'write its 2 to 4 digits in quotes, e.g. "057"',
            )
        elif key == "symbol" and not _plotly_symbol(value):
            self.error(
                node,
                f"{what} {value!r} is not a Plotly marker symbol",
                "use a name such as circle, square, diamond, cross, x, triangle-up, star, hexagon",
            )
        elif key in ("colour", "background") and not CSS_COLOUR.match(value):
            self.error(
                node,
                f"{what} {value!r} is not a colour Parley takes",
                "write #rrggbb, rgb(r, g, b), rgba(r, g, b, .5) or a colour name",
            )
        elif key == "line" and value not in LINE_STYLES:
            self.error(
                node,
                f"{what} {value!r} is not a line style",
                f"use one of {', '.join(LINE_STYLES)}",
            )


def _plotly_symbol(name: str) -> bool:
    import plotly.graph_objects as go

    try:
        go.scatter.Marker(symbol=name)
    except ValueError:
        return False
    return not name.isdigit()


def move_types_table(
    rows: list[dict], extra: list[dict] | None, lexicon: dict[str, Any]
) -> tuple[MoveType, ...]:
    """Parley's move types with a user's entries merged over them by id (the fields given replace
    Parley's), then every type the lexicon's cues name that no entry declares. A type without a
    code of its own takes its first cue group's (demand: 10, not the appeal's 02)."""
    merged = {str(r["id"]): dict(r) for r in rows}
    for r in extra or ():
        given = {k: v for k, v in r.items() if v is not None}
        base = {
            k: v
            for k, v in merged.get(str(r["id"]), {}).items()
            if not (k == "plural" and "label" in given)
        }
        merged[str(r["id"])] = {**base, **given}  # a new label without a plural: the label's
    codes: dict[str, str] = {}
    for g in lexicon.get("move_cues") or ():
        codes.setdefault(str(g["type"]), str(g.get("cameo") or ""))
    for t in lexicon.get("move_nouns") or {}:
        codes.setdefault(str(t), "")
    table = {i: _move_type(r, codes.get(i, "")) for i, r in merged.items()}
    for t, code in codes.items():
        table.setdefault(t, MoveType.named(t, code))
    return tuple(table.values())


def _move_type(row: dict, code: str) -> MoveType:
    named = MoveType.named(row["id"], code)
    label = str(row.get("label") or named.label)
    return MoveType(
        id=named.id,
        label=label,
        plural=str(row.get("plural") or label + "s"),
        cameo=str(row.get("cameo") or code),
        symbol=str(row.get("symbol") or named.symbol),
        colour=str(row.get("colour") or ""),
        background=str(row.get("background") or ""),
        line=str(row.get("line") or named.line),
    )


@functools.lru_cache(maxsize=1)
def shipped_move_types() -> tuple[MoveType, ...]:
    """Parley's own table, with the types of Parley's own lexicon (for a corpus made without
    one)."""
    return move_types_table(_data("move_types.yml"), None, _data("lexicon.yml"))


@functools.lru_cache(maxsize=8)
def load(
    actors_file: str | None = None, lexicon_file: str | None = None, issues_file: str | None = None
) -> Knowledge:
    """Parley's data merged with the user's files (paths from the plugin options)."""
    gazetteer = _merge_gazetteer(_data("actors.yml"), _user(actors_file, "actors"))
    lexicon = dict(_data("lexicon.yml"))
    user_lexicon = dict(_user(lexicon_file, "lexicon") or {})
    user_types = user_lexicon.pop("move_types", None)  # not a list of words: the table's
    for key, value in user_lexicon.items():
        if value is None:
            continue  # `key:` with nothing after it adds nothing (it does not empty Parley's list)
        if isinstance(value, list) and isinstance(lexicon.get(key), list):
            lexicon[key] = list(lexicon[key]) + value
        elif isinstance(value, dict) and isinstance(lexicon.get(key), dict):
            lexicon[key] = {**lexicon[key], **{k: v for k, v in value.items() if v is not None}}
        else:
            lexicon[key] = value
    issues_data = {i["id"]: i for i in _data("issues.yml")}
    for item in _user(issues_file, "issues") or []:
        issues_data[item["id"]] = item
    names = _data("first_names.yml")
    entries, surfaces = _index(gazetteer)
    forms = sorted(surfaces, key=lambda s: (-len(s), s))
    surface_re = re.compile(r"(?:" + _first_then_look_back(forms) + r")(?![\w\-]|\.\w)")
    return Knowledge(
        entries=entries,
        surfaces=surfaces,
        surface_re=surface_re,
        lexicon=lexicon,
        issues=tuple(_issue(i) for i in issues_data.values()),
        male=frozenset(names.get("male", ())),
        female=frozenset(names.get("female", ())),
        move_types=move_types_table(_data("move_types.yml"), user_types, lexicon),
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
    for given in item.get("triggers", []):
        trig = str(given).lower()
        stem = trig.endswith("*")
        body = re.escape(trig.rstrip("*")).replace(r"\ ", r"[\s-]+")
        parts.append(body + (r"\w*" if stem else r"(?:s|es)?"))
    pattern = (
        re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I) if parts else re.compile(r"(?!x)x")
    )
    return Issue(item["id"], item.get("label", item["id"]), pattern)
