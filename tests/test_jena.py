"""Apache Jena (Debian's libapache-jena-java) as an independent parser: the ontology, the shapes,
the reference data and every export format parse without errors or warnings."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

JENA = ROOT / "scripts" / "jena.sh"
SUFFIXES = {
    "ttl": "ttl",
    "nt": "nt",
    "nq": "nq",
    "trig": "trig",
    "jsonld": "jsonld",
    "rdfxml": "rdf",
}


@pytest.fixture(scope="module")
def jena_available() -> None:
    if not Path("/usr/share/java/jena-core.jar").exists() or not shutil.which("java"):
        if os.environ.get("CI"):
            pytest.fail("Apache Jena must be installed in CI (apt-get install libapache-jena-java)")
        pytest.skip("Apache Jena is not installed")


def riot_validate(*files: Path) -> subprocess.CompletedProcess[str]:
    # Debian's Jena 4.5 reads JSON-LD 1.1 with Titanium, which needs a Jakarta JSON implementation
    # that Debian does not package; its JSON-LD 1.0 reader (jsonld-java) works.
    syntax = ["--syntax=jsonld10"] if files and files[0].suffix == ".jsonld" else []
    return subprocess.run(
        ["bash", str(JENA), "riotcmd.riot", "--validate", *syntax, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    problems = [
        line for line in result.stderr.splitlines() if " WARN " in line or " ERROR " in line
    ]
    assert result.returncode == 0 and not problems, result.stderr


def test_jena_reports_an_ill_typed_date(jena_available: None, tmp_path: Path) -> None:
    # The oracle itself must be able to fail: an impossible date is an error for riot.
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        '<https://x/a> <https://x/b> "2019-02-30"^^<http://www.w3.org/2001/XMLSchema#date> .\n',
        encoding="utf-8",
    )
    result = riot_validate(bad)
    assert result.returncode != 0 or " WARN " in result.stderr
    assert "2019-02-30" in result.stderr


def test_jena_reports_broken_json_ld(jena_available: None, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonld"
    bad.write_text('{"@id": "https://x/a", "https://x/b": }', encoding="utf-8")
    assert riot_validate(bad).returncode != 0


def test_jena_parses_ontology_shapes_and_reference(jena_available: None) -> None:
    files = [
        ROOT / "ontology" / "ump.ttl",
        ROOT / "ontology" / "shapes.ttl",
        *sorted((ROOT / "graph" / "reference").glob("*.ttl")),
    ]
    assert_clean(riot_validate(*files))


@pytest.mark.parametrize("fmt", list(SUFFIXES))
def test_jena_parses_every_export_format(
    jena_available: None, home: Path, store: Path, fmt: str, tmp_path: Path
) -> None:
    run = [sys.executable, "-m", "ump_kg"]
    subprocess.run(
        [*run, "load", str(home / "graph" / "reference")], check=True, capture_output=True
    )
    out = tmp_path / f"export.{SUFFIXES[fmt]}"
    subprocess.run(
        [*run, "export", "--format", fmt, "-o", str(out)], check=True, capture_output=True
    )
    assert_clean(riot_validate(out))
