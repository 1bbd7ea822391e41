"""The Pages workflow: least permissions per job, a build-only check on pull requests, a path
filter covering every input of the site, and the caches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "pages.yml"
WRITES_PAGES = {"pages": "write", "id-token": "write"}
# One file of each kind the site is made of: a change to any of them must run the workflow.
SITE_INPUTS = [
    "seeds/fisheries/round-3.md",
    "seeds/a.txt",
    "templates/document.html.j2",
    "templates/assets/parley.js",
    "generator/render.py",
    "generator/extract/quotes.py",
    "generator/data/move_cues.yml",
    "docs/index.md",
    "mkdocs.yml",
    "pyproject.toml",
    ".github/workflows/pages.yml",
]


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text("utf-8"))


def _triggers(wf: dict) -> dict:
    return wf.get("on", wf.get(True)) or {}  # YAML 1.1 reads the key `on` as true


def _glob(pattern: str) -> re.Pattern[str]:
    """GitHub's filter pattern: `**` any characters, `*` any but `/`, `?` one but `/`."""
    parts = re.split(r"(\*\*|\*|\?)", pattern)
    table = {"**": ".*", "*": "[^/]*", "?": "[^/]"}
    return re.compile("".join(table.get(p, re.escape(p)) for p in parts))


def _filtered_in(path: str, patterns: list[str]) -> bool:
    """Whether `paths:` lets a change to `path` run the workflow (the last matching pattern
    wins)."""
    hit = False
    for p in patterns:
        negated = p.startswith("!")
        if _glob(p[1:] if negated else p).fullmatch(path):
            hit = not negated
    return hit


def _runs_on_pull_requests(job: dict) -> bool:
    cond = str(job.get("if", ""))
    return "!= 'pull_request'" not in cond and '!= "pull_request"' not in cond


def _uses(job: dict) -> list[str]:
    return [str(s.get("uses", "")).split("@")[0] for s in job.get("steps", [])]


def _runs(job: dict) -> str:
    return "\n".join(str(s.get("run", "")) for s in job.get("steps", []))


def test_no_write_permission_for_the_whole_workflow(workflow):
    granted = workflow.get("permissions") or {}
    assert isinstance(granted, dict) and "write" not in granted.values(), granted


def test_only_the_deploy_job_may_write_pages_or_mint_tokens(workflow):
    for name, job in workflow["jobs"].items():
        granted = job.get("permissions")
        assert isinstance(granted, dict), f"job {name} declares no permissions of its own"
        deploys = "actions/deploy-pages" in _uses(job)
        assert (WRITES_PAGES.items() <= granted.items()) == deploys, (name, granted)
        if not deploys:
            assert granted.get("contents") == "read" and "write" not in granted.values(), (
                name,
                granted,
            )
            assert "id-token" not in granted, name


def test_pull_requests_are_built_strictly_and_never_deployed(workflow):
    assert "pull_request" in _triggers(workflow)
    on_prs = {n: j for n, j in workflow["jobs"].items() if _runs_on_pull_requests(j)}
    assert any("mkdocs build --strict" in _runs(j) for j in on_prs.values()), list(on_prs)
    for name, job in on_prs.items():
        assert not {"actions/deploy-pages", "actions/upload-pages-artifact"} & set(_uses(job)), name
        assert "write" not in (job.get("permissions") or {}).values(), name
        assert not set(job.get("needs") or []) - set(on_prs), f"{name} needs a job that skips PRs"


@pytest.mark.parametrize("event", ["push", "pull_request"])
def test_path_filter_covers_every_input_of_the_site(workflow, event):
    patterns = _triggers(workflow)[event].get("paths")
    assert patterns, f"{event}: no path filter"
    missed = [p for p in SITE_INPUTS if not _filtered_in(p, patterns)]
    assert not missed, f"{event}: a change to {missed} would not rebuild the site"
    assert not _filtered_in("tests/test_site.py", patterns)  # the filter does filter


def test_every_build_caches_pip_and_parley_keyed_on_version_and_seeds(workflow):
    builds = [j for j in workflow["jobs"].values() if "mkdocs build" in _runs(j)]
    assert len(builds) == 2  # the deploying build and the pull requests' check
    for job in builds:
        python = next(
            s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/setup-python")
        )
        assert python["with"].get("cache") == "pip"
        caches = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/cache")]
        parley = next(s["with"] for s in caches if s["with"]["path"] == ".cache/parley")
        assert "hashFiles('seeds/**')" in parley["key"]
        version_step = next(s for s in job["steps"] if "pyproject.toml" in str(s.get("run", "")))
        assert f"steps.{version_step['id']}.outputs.version" in parley["key"]
        order = [str(s.get("uses", s.get("run", ""))) for s in job["steps"]]
        build_at = next(i for i, s in enumerate(order) if "mkdocs build" in s)
        assert order.index(next(s for s in order if s.startswith("actions/cache"))) < build_at


def test_glob_reads_like_github():
    assert _filtered_in("generator/data/x.yml", ["generator/**"])
    assert not _filtered_in("generator/data/x.yml", ["generator/*"])
    assert not _filtered_in("seeds/a.md", ["seeds/**", "!seeds/*.md"])
