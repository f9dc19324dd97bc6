"""Every third-party module the library imports is one of its own dependencies, not only a
development one: `pip install .` (the README's first command) must be enough to run it. The
imports are read from the source (ast), their distributions from the installed metadata."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions, requires
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "ump_kg"


def imported_top_modules() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"ump_kg", "__future__"}


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def main_dependencies() -> set[str]:
    """The distributions ump-kg requires without an extra."""
    return {
        normalised(re.split(r"[ ;<>=!~\[]", line, maxsplit=1)[0])
        for line in requires("ump-kg") or []
        if "extra ==" not in line
    }


def test_every_imported_package_is_a_main_dependency() -> None:
    by_module = packages_distributions()
    required = main_dependencies()
    missing = {
        module: by_module.get(module, ["?"])
        for module in imported_top_modules()
        if not {normalised(d) for d in by_module.get(module, [])} & required
    }
    assert not missing, f"imported but not in [project] dependencies: {missing}"
