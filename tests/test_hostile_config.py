"""Bad configuration, generated here: every wrong option or knowledge file is one line
`Config value 'plugins': Plugin 'parley' option '<name>': <file>:<line>: <what>; <how to fix>`
(MkDocs' own form: MkDocs reads mkdocs.yml for the CLI too) and exit 2 from the CLI, the same
line as a clean error (no traceback) from `mkdocs build`; a missing or empty seeds folder is a
warning."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.extract.knowledge import check_file, load

GOOD = "Norway and Sweden resumed talks in Oslo on Monday. “We are close,” Anna Berg said.\n"
HEAD = "site_name: t\ntheme: {name: material}\nplugins:\n  - parley:\n"  # options start on line 5


def _project(
    tmp_path: Path, options: dict[str, str], files: dict[str, str] | None = None, seeds: bool = True
) -> tuple[Path, dict[str, int]]:
    """A project: mkdocs.yml with `options` (raw YAML values) under `- parley:`, plus files.
    Returns its folder and the line of each option in mkdocs.yml."""
    proj = tmp_path / "proj"
    (proj / "docs").mkdir(parents=True)
    (proj / "docs" / "about.md").write_text("# About\n", encoding="utf-8")
    if seeds:
        (proj / "seeds").mkdir()
        (proj / "seeds" / "talks.txt").write_text(GOOD, encoding="utf-8")
    options = {"seeds_dir": "seeds", "model": "none", "cache_dir": "null", **options}
    lines = {key: 5 + k for k, key in enumerate(options)}
    body = "".join(f"      {key}: {value}\n" for key, value in options.items())
    (proj / "mkdocs.yml").write_text(HEAD + body, encoding="utf-8")
    for name, content in (files or {}).items():
        (proj / name).parent.mkdir(parents=True, exist_ok=True)
        (proj / name).write_text(content, encoding="utf-8")
    return proj, lines


def _cli(proj: Path, *args: str):
    return CliRunner().invoke(main, [*args, "-f", str(proj / "mkdocs.yml")])


def _one_line(result) -> str:
    """The single `Error: …` line of a failed command; fails on a traceback or on more lines."""
    text = result.output.strip()
    assert "Traceback" not in text, text
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert len(text.splitlines()) == 1, text
    assert text.startswith("Error: "), text
    return text


def _names(line: str, option: str, where: str) -> None:
    """`line` is a problem of `option` located at `where` (a file's name and line)."""
    assert re.search(rf"Plugin 'parley' option '{option}': (\S*/)?{re.escape(where)}: ", line), line


def _build(proj: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *args],
        cwd=proj,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "NO_MKDOCS_2_WARNING": "1",
            "PATH": "",
            **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"},
        },
        check=False,
    )


# (option, its value, knowledge files, where the message points, words it must contain)
# `where` is "mkdocs.yml" (the option's line there) or "data/x.yml:N" (the bad entry's line).
CASES = [
    (
        "actors",
        "data/actors.yml",
        {"data/actors.yml": "people:\n  - {name: Anna Berg\n"},
        "data/actors.yml:3",
        ["not valid YAML"],
    ),
    (
        "actors",
        "data/actors.yml",
        {"data/actors.yml": "- {name: Anna Berg}\n"},
        "data/actors.yml:1",
        ["must be a mapping", "not a list"],
    ),
    (
        "actors",
        "data/actors.yml",
        {"data/actors.yml": "people:\n  - {name: Anna Berg}\n  - {role: Envoy}\n"},
        "data/actors.yml:3",
        ["`people` entry 2 has no `name`"],
    ),
    (
        "actors",
        "data/actors.yml",
        {"data/actors.yml": "people:\n  - name: 1984\n"},
        "data/actors.yml:2",
        ["`name` must be non-empty text, not a number", 'quotes, e.g. "1984"'],
    ),
    (
        "actors",
        "data/actors.yml",
        {"data/actors.yml": "states:\n  - {name: Norland, aliases: Nor}\n"},
        "data/actors.yml:2",
        ["`aliases` must be a list"],
    ),
    (
        "actors",
        "data/actors.yml",
        {"data/actors.yml": "states: {name: Norland}\n"},
        "data/actors.yml:1",
        ["`states` must be a list of entries"],
    ),
    (
        "actors",
        "data/actors.yml",
        {"data/actors.yml": "states:\n  - {name: Norland, alias: [N]}\n"},
        "data/actors.yml:2",
        ["unknown field `alias`", "aliases"],
    ),
    ("actors", "data/missing.yml", {}, "mkdocs.yml", ["not found"]),
    (
        "lexicon",
        "data/lexicon.yml",
        {"data/lexicon.yml": "reporting_verbs: [said\n"},
        "data/lexicon.yml:2",
        ["not valid YAML"],
    ),
    (
        "lexicon",
        "data/lexicon.yml",
        {"data/lexicon.yml": "- said\n"},
        "data/lexicon.yml:1",
        ["must be a mapping"],
    ),
    (
        "lexicon",
        "data/lexicon.yml",
        {"data/lexicon.yml": "organization_heads: [Union, Party]\n"},
        "data/lexicon.yml:1",
        ["`organization_heads` must be a mapping"],
    ),
    (
        "lexicon",
        "data/lexicon.yml",
        {"data/lexicon.yml": "reporting_verbs: [said, 7]\n"},
        "data/lexicon.yml:1",
        ["not a number (7)"],
    ),
    (
        "lexicon",
        "data/lexicon.yml",
        {
            "data/lexicon.yml": (
                'move_cues:\n  - type: demand\n    cameo: "10"\n    verbs: ["insist(s on"]\n'
            )
        },
        "data/lexicon.yml:4",
        ["'insist(s on' is not a valid regular expression"],
    ),
    (
        "lexicon",
        "data/lexicon.yml",
        {"data/lexicon.yml": 'demand_modals: ["(must)"]\n'},
        "data/lexicon.yml:1",
        ["capturing group", "(?:...)"],
    ),
    (
        "lexicon",
        "data/lexicon.yml",
        {"data/lexicon.yml": "move_cues:\n  - {type: demand, verbs: [insists]}\n"},
        "data/lexicon.yml:2",
        ["has no `cameo`"],
    ),
    (
        "lexicon",
        "data/lexicon.yml",
        {
            "data/lexicon.yml": (
                'move_cues:\n  - {type: demand, cameo: "10", verbs: [urges], content: target}\n'
            )
        },
        "data/lexicon.yml:2",
        ["content 'target' is not a place", "asked"],
    ),
    (
        "lexicon",
        "data/lexicon.yml",
        {
            "data/lexicon.yml": (
                'move_cues:\n  - {type: proposal, cameo: "03", verbs: [will], condition: maybe}\n'
            )
        },
        "data/lexicon.yml:2",
        ["condition 'maybe' is not one Parley knows", "required"],
    ),
    (
        "lexicon",
        "data/lexicon.yml",
        {"data/lexicon.yml": "reportin_verbs: [said]\n"},
        "data/lexicon.yml:1",
        ["unknown lexicon entry `reportin_verbs`", "reporting_verbs"],
    ),
    (
        "issues",
        "data/issues.yml",
        {"data/issues.yml": "ceasefire: {label: Ceasefire}\n"},
        "data/issues.yml:1",
        ["must be a list of issues"],
    ),
    (
        "issues",
        "data/issues.yml",
        {"data/issues.yml": "- {id: water, triggers: [water]}\n- {label: Land}\n"},
        "data/issues.yml:2",
        ["issue 2 has no `id`"],
    ),
    (
        "issues",
        "data/issues.yml",
        {"data/issues.yml": "- {id: water, triggers: [water, 42]}\n"},
        "data/issues.yml:1",
        ["not a number (42)"],
    ),
    (
        "issues",
        "data/issues.yml",
        {"data/issues.yml": "- {id: water\n"},
        "data/issues.yml:2",
        ["not valid YAML"],
    ),
    (
        "model",
        "en_core_web_nonexistent",
        {},
        "mkdocs.yml",
        ["not an installed spaCy pipeline package", "auto"],
    ),
    ("model", "click", {}, "mkdocs.yml", ["'click' is not an installed spaCy pipeline package"]),
    ("model", "./models/mine", {}, "mkdocs.yml", ["not a spaCy pipeline folder"]),
    ("seeds_dir", "/", {}, "mkdocs.yml", ["a parent of the project folder"]),
    ("seeds_dir", "../", {}, "mkdocs.yml", ["a parent of the project folder"]),
    ("seeds_dir", ".", {}, "mkdocs.yml", ["is the project folder"]),
    ("seeds_dir", "docs", {}, "mkdocs.yml", ["is docs_dir"]),
    ("seeds_dir", "seeds/../site/..", {}, "mkdocs.yml", ["is the project folder"]),
    ("seeds_dir", "7", {}, "mkdocs.yml", ["must be a folder, not 7", "write it as text"]),
    ("cache_dir", "/etc", {}, "mkdocs.yml", ["not a folder inside the project"]),
    ("cache_dir", "../x", {}, "mkdocs.yml", ["not a folder inside the project"]),
    ("cache_dir", "docs", {}, "mkdocs.yml", ["in docs_dir", "published"]),
    ("cache_dir", "site/cache", {}, "mkdocs.yml", ["in site_dir", "published"]),
    ("cache_dir", ".", {}, "mkdocs.yml", ["the project folder itself"]),
    ("cache_dir", "seeds/.cache", {}, "mkdocs.yml", ["in the seeds folder"]),
    ("max_article_mb", ".nan", {}, "mkdocs.yml", ["greater than 0, not nan"]),
    ("max_article_mb", ".inf", {}, "mkdocs.yml", ["greater than 0, not inf"]),
    ("max_article_mb", "0", {}, "mkdocs.yml", ["greater than 0"]),
    ("max_article_mb", "-1", {}, "mkdocs.yml", ["greater than 0"]),
    ("max_article_mb", "'5'", {}, "mkdocs.yml", ["greater than 0, not '5'"]),
    ("max_article_mb", "true", {}, "mkdocs.yml", ["greater than 0, not True"]),
    ("model", "[a, b]", {}, "mkdocs.yml", ["must be text"]),
    ("colour", "red", {}, "mkdocs.yml", ["unknown option", "seeds_dir"]),
]


@pytest.mark.parametrize(
    "option, value, files, where, words", CASES, ids=[f"{c[0]}={c[1]}" for c in CASES]
)
def test_a_bad_option_is_one_line_naming_option_file_and_line(
    tmp_path, option, value, files, where, words
):
    proj, lines = _project(tmp_path, {option: value}, files)
    start = time.monotonic()
    result = _cli(proj, "check")
    assert time.monotonic() - start < 10  # checked before any folder is walked (`seeds_dir: /`)
    assert result.exit_code == 2, result.output
    line = _one_line(result)
    if where == "mkdocs.yml":
        where = f"mkdocs.yml:{lines[option]}"
    _names(line, option, where)
    for word in words:
        assert word in line, line
    assert "; " in line  # what is wrong; how to fix it


def test_a_good_option_passes(tmp_path):
    proj, _ = _project(
        tmp_path, {"seeds_dir": "'7'", "cache_dir": ".cache/x", "max_article_mb": "0.5"}
    )
    (proj / "7").mkdir()
    (proj / "7" / "talks.txt").write_text(GOOD, encoding="utf-8")
    result = _cli(proj, "check")
    assert result.exit_code == 0, result.output
    assert "ok: 1 documents" in result.output


def test_every_problem_is_reported_together(tmp_path):
    files = {
        "data/actors.yml": "people:\n  - {role: Envoy}\n  - {name: 12}\n",
        "data/issues.yml": "- {label: Land}\n",
    }
    proj, lines = _project(
        tmp_path,
        {
            "actors": "data/actors.yml",
            "issues": "data/issues.yml",
            "max_article_mb": ".nan",
            "cache_dir": "/tmp",
        },
        files,
    )
    result = _cli(proj, "check")
    assert result.exit_code == 2 and "Traceback" not in result.output
    out = result.output
    for option, where, fragment in (
        ("actors", "data/actors.yml:2", "`people` entry 1 has no `name`"),
        ("actors", "data/actors.yml:3", "`people` entry 2: `name` must be non-empty text"),
        ("issues", "data/issues.yml:1", "issue 1 has no `id`"),
        ("max_article_mb", f"mkdocs.yml:{lines['max_article_mb']}", "greater than 0"),
        ("cache_dir", f"mkdocs.yml:{lines['cache_dir']}", "inside the project"),
    ):
        line = next(x for x in out.splitlines() if fragment in x)
        _names(line, option, where)
    assert len(out.strip().splitlines()) == 5, out


@pytest.mark.parametrize("command", [["extract", "seeds"], ["build"], ["serve"]])
def test_every_command_reports_a_bad_option_the_same_way(tmp_path, monkeypatch, command):
    proj, lines = _project(tmp_path, {"seeds_dir": "/"})
    monkeypatch.chdir(proj)
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 2, result.output
    _names(_one_line(result), "seeds_dir", f"mkdocs.yml:{lines['seeds_dir']}")


def test_extract_model_flag_is_checked(tmp_path, monkeypatch):
    proj, _ = _project(tmp_path, {})
    monkeypatch.chdir(proj)
    result = CliRunner().invoke(main, ["extract", "--model", "no_such_pipeline", "seeds"])
    assert result.exit_code == 2, result.output
    assert "--model: 'no_such_pipeline' is not an installed spaCy pipeline package" in _one_line(
        result
    )


def test_broken_mkdocs_yml_is_one_line(tmp_path):
    proj, _ = _project(tmp_path, {})
    (proj / "mkdocs.yml").write_text(HEAD + "      seeds_dir: [seeds\n", encoding="utf-8")
    result = _cli(proj, "check")
    assert result.exit_code == 2
    line = _one_line(result)  # MkDocs' own message, on one line
    assert "error parsing the configuration file" in line and 'mkdocs.yml", line 6' in line, line


def test_section_that_is_not_a_mapping(tmp_path):
    proj, _ = _project(tmp_path, {})
    (proj / "mkdocs.yml").write_text(
        "site_name: t\nplugins:\n  - parley: seeds\n", encoding="utf-8"
    )
    result = _cli(proj, "check")
    assert result.exit_code == 2
    assert "Invalid config options for the 'parley' plugin" in _one_line(result)


@pytest.mark.parametrize("seeds", ["missing", "empty"])
def test_missing_or_empty_seeds_folder_is_a_warning(tmp_path, seeds):
    proj, _ = _project(tmp_path, {}, seeds=False)
    if seeds == "empty":
        (proj / "seeds").mkdir()
    message = "seeds folder not found" if seeds == "missing" else "no articles in the seeds folder"
    result = _cli(proj, "check")
    assert result.exit_code == 1 and message in result.output and "`seeds_dir`" in result.output
    relaxed = _build(proj)
    assert relaxed.returncode == 0, relaxed.stderr
    assert f"WARNING -  generator: {proj / 'seeds'}: {message}" in relaxed.stderr
    strict = _build(proj, "--strict")
    assert strict.returncode != 0 and "Traceback" not in strict.stderr


@pytest.mark.parametrize(
    "option, value, files, where, fragment",
    [
        ("seeds_dir", "../", {}, "mkdocs.yml", "a parent of the project folder"),
        ("seeds_dir", "docs", {}, "mkdocs.yml", "is docs_dir"),
        (
            "max_article_mb",
            ".nan",
            {},
            "mkdocs.yml",
            "must be a number of megabytes greater than 0",
        ),
        (
            "actors",
            "data/actors.yml",
            {"data/actors.yml": "people:\n  - {role: Envoy}\n"},
            "data/actors.yml:2",
            "`people` entry 1 has no `name`",
        ),
        (
            "lexicon",
            "data/lexicon.yml",
            {"data/lexicon.yml": 'demand_modals: ["must("]\n'},
            "data/lexicon.yml:1",
            "`demand_modals`: 'must(' is not a valid regular expression",
        ),
        ("colour", "red", {}, "mkdocs.yml", "unknown option"),
    ],
)
def test_mkdocs_build_fails_with_the_cli_s_error(tmp_path, option, value, files, where, fragment):
    """`mkdocs build` and `parley build` / `parley extract` read mkdocs.yml the same way (MkDocs'
    load_config, ParleyConfig): one error, the same text."""
    proj, lines = _project(tmp_path, {option: value}, files)
    result = _build(proj)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and fragment in errors[0], result.stderr
    _names(errors[0], option, f"mkdocs.yml:{lines[option]}" if where == "mkdocs.yml" else where)
    assert not (proj / "site" / "index.html").exists()
    message = errors[0].split("-  ", 1)[1]
    for command in (["build"], ["extract", "seeds"]):
        assert _one_line(_cli(proj, *command)) == f"Error: {message}"


def test_a_good_project_builds_and_cache_dir_null_turns_the_cache_off(tmp_path):
    files = {
        "data/actors.yml": "people:\n  - {name: Anna Berg, role: Envoy, party: Norway}\n",
        "data/issues.yml": "- {id: fisheries, label: Fisheries, triggers: [fish*]}\n",
        "data/lexicon.yml": (
            'reporting_verbs: [mused]\nmove_cues:\n  - {type: demand, cameo: "10", '
            'verbs: ["clamou?r(?:s|ed)? for"]}\n'
        ),
    }
    proj, _ = _project(
        tmp_path,
        {"actors": "data/actors.yml", "issues": "data/issues.yml", "lexicon": "data/lexicon.yml"},
        files,
    )
    assert _cli(proj, "check").exit_code == 0
    result = _build(proj, "--strict")
    assert result.returncode == 0, result.stderr
    assert (proj / "site" / "index.html").is_file()
    assert not (proj / ".cache").exists()


def test_the_shipped_data_files_and_a_user_extension_pass(tmp_path):
    data = resources.files("generator.data")
    for option in ("actors", "lexicon", "issues"):
        assert check_file(option, str(data / f"{option}.yml")) == []
        # Parley's own file given as the user's: same shape, so accepted and loaded
        copy = tmp_path / f"{option}.yml"
        copy.write_text((data / f"{option}.yml").read_text("utf-8"), encoding="utf-8")
    kn = load(
        str(tmp_path / "actors.yml"), str(tmp_path / "lexicon.yml"), str(tmp_path / "issues.yml")
    )
    assert "norway" in kn.entries and any(i.id == "ceasefire" for i in kn.issues)


def test_empty_user_files_are_nothing_to_add(tmp_path):
    for option in ("actors", "lexicon", "issues"):
        (tmp_path / f"{option}.yml").write_text("# nothing yet\n", encoding="utf-8")
        assert check_file(option, str(tmp_path / f"{option}.yml")) == []
