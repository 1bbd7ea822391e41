"""One reader of mkdocs.yml: the CLI and the plugin both get their options from MkDocs' own
load_config and ParleyConfig, so `!ENV`, `INHERIT`, the mapping form of `plugins:` and
`cache_dir: null` mean the same to `parley …` as to `mkdocs build`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from mkdocs.config import load_config

from generator.cli import main
from generator.config import read_mkdocs_options

ARTICLE = {
    "seeds": "The fishing quota talks between Norland and Sudmark resumed in Tromsa on Monday.\n",
    "harbour": "Dock workers in Porto Vale began a strike on Tuesday over pay, the union said.\n",
}


def _project(tmp_path: Path, yml: str, files: dict[str, str] | None = None) -> Path:
    """A project with two folders of articles (seeds/ and harbour/) and the given mkdocs.yml."""
    (tmp_path / "docs").mkdir()
    for folder, text in ARTICLE.items():
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{folder}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(yml, encoding="utf-8")
    for name, content in (files or {}).items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    return tmp_path


def _both(proj: Path):
    """(the CLI's options, the plugin's options after MkDocs' on_config event) for one project."""
    cli = read_mkdocs_options(proj / "mkdocs.yml")
    cfg = load_config(config_file=str(proj / "mkdocs.yml"))
    cfg.plugins.on_config(cfg)
    return cli, cfg.plugins["parley"].options


HEAD = "site_name: t\ntheme: {name: material}\n"


@pytest.mark.parametrize(
    "env, folder", [({"PARLEY_TEST_SEEDS": "harbour"}, "harbour"), ({}, "seeds")]
)
def test_env_seeds_dir_with_and_without_the_variable(tmp_path, monkeypatch, env, folder):
    monkeypatch.delenv("PARLEY_TEST_SEEDS", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    proj = _project(
        tmp_path,
        HEAD + "plugins:\n  - parley:\n      seeds_dir: !ENV [PARLEY_TEST_SEEDS, seeds]\n"
        "      model: none\n",
    )
    cli, plugin = _both(proj)
    assert cli == plugin and cli.seeds_dir.resolve() == (proj / folder).resolve()
    check = CliRunner().invoke(main, ["check", "-f", str(proj / "mkdocs.yml")])
    assert check.exit_code == 0 and f"{folder}, no problems" in check.output, check.output


def test_env_seeds_dir_unset_without_a_default_is_the_default_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("PARLEY_TEST_UNSET", raising=False)
    proj = _project(
        tmp_path,
        HEAD + "plugins:\n  - parley:\n      seeds_dir: !ENV PARLEY_TEST_UNSET\n"
        "      model: none\n",
    )
    cli, plugin = _both(proj)
    assert cli == plugin and cli.seeds_dir.name == "seeds"  # not a folder named None


@pytest.mark.parametrize(
    "line, cache",
    [
        ("      cache_dir: null\n", None),
        ("", ".cache/parley"),
        ("      cache_dir: .cache/mine\n", ".cache/mine"),
    ],
)
def test_cache_dir_means_the_same_to_cli_and_plugin(tmp_path, line, cache):
    proj = _project(tmp_path, HEAD + "plugins:\n  - parley:\n      model: none\n" + line)
    cli, plugin = _both(proj)
    assert cli == plugin
    assert cli.cache_dir == (str(proj / cache) if cache else None)


def test_inherit_and_the_mapping_form_of_plugins(tmp_path):
    base = (
        "theme: {name: material}\nplugins:\n  search: {}\n  parley:\n    seeds_dir: "
        "harbour\n    model: none\n"
        "    cache_dir: null\n"
    )
    proj = _project(tmp_path, "INHERIT: base.yml\nsite_name: t\n", {"base.yml": base})
    cli, plugin = _both(proj)
    assert cli == plugin and cli.seeds_dir.name == "harbour" and cli.cache_dir is None
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=proj,
        capture_output=True,
        check=False,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert (proj / "site" / "documents" / "harbour" / "index.html").is_file()
    assert not (proj / ".cache").exists()
