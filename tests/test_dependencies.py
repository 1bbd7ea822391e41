"""pyproject.toml declares what the package imports, each within the majors CI tests."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> dict[str, str]:
    """Runtime dependencies: normalized distribution name → its requirement string."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    return {_norm(re.match(r"[A-Za-z0-9_.-]+", d).group(0)): d for d in deps}


def _imported_modules() -> set[str]:
    """Top-level names of the third-party modules generator/ imports (also inside functions), less
    the optional ones (imported in a `try` that catches ImportError)."""
    found: set[str] = set()
    for path in (ROOT / "generator").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        optional = {
            id(n)
            for t in ast.walk(tree)
            if isinstance(t, ast.Try) and _catches_import_error(t)
            for n in ast.walk(t)
        }
        for node in ast.walk(tree):
            if id(node) in optional:
                continue
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"__future__", "generator"}


def _catches_import_error(node: ast.Try) -> bool:
    names = {
        n.id
        for h in node.handlers
        if h.type is not None
        for n in ast.walk(h.type)
        if isinstance(n, ast.Name)
    }
    return bool(names & {"ImportError", "ModuleNotFoundError"})


def test_every_imported_package_is_declared():
    dists = packages_distributions()
    declared = _declared()
    missing = []
    for module in sorted(_imported_modules()):
        names = {_norm(d) for d in dists.get(module, [module])}
        if not names & declared.keys():
            missing.append(f"{module} (from {', '.join(sorted(names))})")
    assert not missing, f"imported by generator/ but not declared in pyproject.toml: {missing}"


def test_every_dependency_is_bounded_to_a_major():
    unbounded = [req for req in _declared().values() if ">=" not in req or "<" not in req]
    assert not unbounded, f"give a lower bound and the next untested major as upper: {unbounded}"
