"""YAML front matter of Markdown articles, read safely: dates kept as text, size, nesting
and alias expansion bounded, each field checked and clipped, problems with line numbers."""

from __future__ import annotations

import re

import yaml

from ..model import Problem
from .encodings import failure

# --- Markdown -------------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Not Python-Markdown: its inline patterns are quadratic on unclosed brackets ("[" * 5,000 took
# 16.7 s, * 10,000 took 65 s with markdown 3.11), so one hostile article would stall the build.
# Linear time on any input: the regex engine tries a pattern at every opening mark, so a scan from
# one opening mark stops at the next one (`[` or `]` inside link text, `<` inside a tag, an opening
# `**`, `*` or `_` inside emphasis). Unclosed marks by the thousand then cost one pass, not one pass
# per mark; what this gives up is nesting ("[a [b] c](u)"), which these patterns never handled.
_INLINE = [
    (re.compile(r"!\[[^\[\]]*\]\([^)\[\]]*\)"), ""),  # images
    (re.compile(r"\[([^\[\]]*)\]\([^)\[\]]*\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]"), r"\1"),
    (re.compile(r"<[^<>\n]+>"), ""),  # inline HTML tags
    (re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__"), r"\1"),
    # emphasis runs until the first closing mark, and never over a mark that could open another
    # (the mark comes first, its lookbehind after it, so the engine can search for the mark)
    (re.compile(r"\*(?<![\w*]\*)(?=\S)((?:[^*]|(?<=[\w*])\*|\*(?!\S))+?)(?<=\S)\*(?!\w)"), r"\1"),
    (re.compile(r"_(?<!\w_)(?=\S)((?:[^_]|(?<=\w)_|_(?!\S))+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
]


FRONT_MATTER_MAX = 64_000  # characters: far more than any article's metadata
_LIMITS = {
    "title": 300,
    "source": 200,
    "url": 2_000,
    "negotiation": 120,
    "author": 200,
}  # the longest value kept, per field
TAGS_MAX, TAG_MAX = 100, 100  # how many tags are kept, and how long each may be
FLOW_DEPTH_MAX = 100  # `[`/`{` nesting: metadata needs two or three levels


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML with dates left as text: Parley checks them itself, so `date: 2025-02-30` is a
    warning, where PyYAML's timestamp constructor raises ValueError (not a YAMLError)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _timestamp_as_text(loader: _FrontMatterLoader, node: yaml.Node) -> str:
    return loader.construct_yaml_str(node)  # PyYAML's own constructor of plain text


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


class _TooLarge(Exception):
    pass


def load_front_matter(text: str) -> object:
    """The YAML between the `---` lines, within a budget: its node graph is measured with aliases
    expanded before anything is built from it, since a few hundred bytes of nested aliases
    ("billion laughs") stand for billions of values. Raises `_TooLarge` past the budget."""
    if len(text) > FRONT_MATTER_MAX:
        raise _TooLarge(f"is {len(text):,} characters long, over the {FRONT_MATTER_MAX:,} limit")
    if _flow_depth(text) > FLOW_DEPTH_MAX:  # PyYAML's scanner is quadratic in open `[`/`{`
        raise _TooLarge(f"nests `[` or `{{` more than {FLOW_DEPTH_MAX} deep")
    loader = _FrontMatterLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        budget = 1_000 + 2 * len(text)  # more nodes than that can only come from aliases
        if _expanded_size(node, budget) > budget:
            raise _TooLarge(f"expands to more than {budget:,} values through its aliases (`*name`)")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _flow_depth(text: str) -> int:
    """How deep `[` and `{` nest, counting every bracket (quoted ones too: an over-estimate that
    only text with a hundred more opening than closing brackets can reach)."""
    depth = deepest = 0
    for c in re.findall(r"[\[\]{}]", text):
        depth = depth + 1 if c in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def _expanded_size(root: yaml.Node, budget: int) -> int:
    """How many nodes the graph holds once every alias is expanded, counted no further than
    `budget` + 1 (each node once, so linear in the graph; an alias inside itself is endless)."""

    def children(node: yaml.Node) -> list[yaml.Node]:
        if isinstance(node, yaml.MappingNode):
            return [n for pair in node.value for n in pair]
        return list(node.value) if isinstance(node, yaml.SequenceNode) else []

    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        key = id(node)
        if closing:
            open_nodes.discard(key)
            sizes[key] = min(budget + 1, 1 + sum(sizes[id(c)] for c in children(node)))
        elif key not in sizes:
            if key in open_nodes:  # reached again below itself: a recursive alias
                return budget + 1
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((c, False) for c in children(node))
    return sizes[id(root)]


def _front_matter(yaml_text: str, source: str, problems: list[Problem]) -> dict:
    """The front matter as a mapping; anything else is one warning and an empty mapping."""
    try:
        loaded = load_front_matter(yaml_text) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        problems.append(
            Problem(
                source,
                "front matter is not valid YAML, ignored",
                "fix the YAML between the `---` lines",
                line=line,
            )
        )
        return {}
    except _TooLarge as exc:
        problems.append(
            Problem(
                source,
                f"front matter {exc}, ignored",
                "keep title, date, source, url and tags short and without aliases",
                line=1,
            )
        )
        return {}
    except Exception as exc:  # noqa: BLE001 — e.g. RecursionError on thousands of nested brackets
        problems.append(
            Problem(
                source,
                f"front matter could not be read ({failure(exc)}), ignored",
                "fix the YAML between the `---` lines",
                line=2,
            )
        )
        return {}
    if not isinstance(loaded, dict):
        problems.append(
            Problem(
                source,
                "front matter is not a mapping, ignored",
                "write it as `key: value` lines",
                line=2,
            )
        )
        return {}
    return loaded
