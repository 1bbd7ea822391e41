import json
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_extract_prints_the_json_contract(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["extract", "--model", "none", "seeds"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["source"] for d in data["documents"]] == ["istanbul-talks.txt"]
    assert {"id", "name", "type", "documents"} <= set(data["actors"][0])


def test_check_fails_and_lists_problems(tmp_path: Path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "docs").mkdir()  # MkDocs reads mkdocs.yml for the CLI too: docs_dir must exist
    (tmp_path / "seeds" / "good.txt").write_text(
        "Norway said talks would resume.\n", encoding="utf-8"
    )
    (tmp_path / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "seeds" / "scan.pdf").write_bytes(b"%PDF")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nplugins:\n  - parley:\n      seeds_dir: seeds\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check", "-f", str(tmp_path / "mkdocs.yml")])
    assert result.exit_code == 1
    assert "empty.txt: no article text found" in result.output and "scan.pdf" in result.output


def test_help_has_examples():
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert result.exit_code == 0 and "parley extract seeds/" in result.output
