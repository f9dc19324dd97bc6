"""Shared fixtures: a private copy of the project's data files, a fresh store, the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

CliResult = subprocess.CompletedProcess[str]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of ontology/ and graph/ that a test may break without touching the repository,
    with the seed page as its only source (tests of the build's mechanics count its facts)."""
    target = corpus_copy(tmp_path)
    for page in (target / "graph" / "sources").iterdir():
        if page.is_file() and page.name != SEED_PAGE:
            page.unlink()
    monkeypatch.setenv("UMP_KG_HOME", str(target))
    return target


@pytest.fixture
def corpus_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project with every source page of graph/sources (the whole corpus)."""
    target = corpus_copy(tmp_path)
    monkeypatch.setenv("UMP_KG_HOME", str(target))
    return target


SEED_PAGE = "krakow-2020-04-23-zespol-ump.md"


def seed_only(home: Path) -> None:
    """Keep only the seed page as a source: tests of queries, releases and entries compare
    figures of the seed graph; the whole corpus is built by tests/test_build.py."""
    for page in (home / "graph" / "sources").iterdir():
        if page.is_file() and page.name != SEED_PAGE:
            page.unlink()


def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "home"
    for folder in ("ontology", "graph", "queries"):
        if (ROOT / folder).exists():
            shutil.copytree(ROOT / folder, target / folder)
    return target


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "store"
    monkeypatch.setenv("UMP_KG_STORE", str(path))
    return path


def run_cli(
    *args: str | Path,
    env: dict[str, str] | None = None,
    unset: tuple[str, ...] = (),
    timeout: float = 600,
    binary: bool = False,
) -> Any:
    """Run the real `ump-kg` in a subprocess, as a user would (exit codes, stderr, no traceback):
    the environment plus `env`, without the variables named in `unset`. Output is UTF-8 text,
    or the bytes as written with `binary`."""
    environment = {**os.environ, **(env or {})}
    for name in unset:
        environment.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "ump_kg", *map(str, args)],
        capture_output=True,
        env=environment,
        timeout=timeout,
    )
    if binary:
        return result
    return CliResult(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def exported(*args: str | Path, env: dict[str, str] | None = None) -> bytes:
    """`ump-kg export ARGS` as bytes (for byte-for-byte comparisons); it must succeed."""
    result = run_cli("export", *args, env=env, binary=True)
    assert result.returncode == 0, result.stderr.decode()
    stdout: bytes = result.stdout
    return stdout


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """The one CLI helper, as a fixture."""
    return run_cli


def shared(path: Path) -> Path:
    """A file of ../shared: skipped in a lone checkout, a failure under CI (where it is always there)."""
    if not path.exists():
        message = f"{path} is not there (../shared beside the project)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def append(path: Path, text: str) -> int:
    """Append text to a file; return the 1-based line number where it starts."""
    existing = path.read_text(encoding="utf-8")
    if not existing.endswith("\n"):
        existing += "\n"
    path.write_text(existing + text, encoding="utf-8")
    return existing.count("\n") + 1


@pytest.fixture(scope="module")
def built_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the seed page, built once per module (no reasoner) into home/store."""
    from ump_kg.config import Layout
    from ump_kg.store.build import build

    home = tmp_path_factory.mktemp("built")
    for folder in ("ontology", "graph", "queries"):
        shutil.copytree(ROOT / folder, home / folder)
    seed_only(home)
    assert build(home / "store", Layout(home), reasoner=False).ok
    return home


@pytest.fixture
def seed_home(built_seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the built seed home and its store for each test (changes change them)."""
    target = tmp_path / "home"
    shutil.copytree(built_seed, target)
    monkeypatch.setenv("UMP_KG_HOME", str(target))
    monkeypatch.setenv("UMP_KG_STORE", str(target / "store"))
    monkeypatch.delenv("COLUMNS", raising=False)
    return target


@pytest.fixture
def pages(tmp_path: Path) -> Any:
    """Generated pages written into the test's folder and extracted (tests/relations_pages.py);
    one fixture for every generated-sentence test (a module may define its own `pages`)."""
    from tests.relations_pages import Pages

    return Pages(tmp_path)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Load every module of the package and of the tests before any test runs. Hypothesis (since
    6.131) mixes the literals of the local modules loaded so far into its draws, so a generated
    sample (tests/relations_templates.draw_sample) would otherwise depend on which tests were
    selected and in what order: a file run alone drew another sample than the full run."""
    import importlib
    import pkgutil

    import ump_kg

    for module in pkgutil.walk_packages(ump_kg.__path__, "ump_kg."):
        if not module.name.endswith("__main__"):  # (running it is the CLI's entry point)
            importlib.import_module(module.name)
    for path in sorted((ROOT / "tests").glob("*.py")):
        importlib.import_module(f"tests.{path.stem}")
