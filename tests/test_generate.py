"""The synthetic graph generator: valid but for exactly the injected violations, which pyshacl
and Apache Jena's SHACL both find."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pyoxigraph as ox

from ump_kg.config import layout
from ump_kg.rdf.convert import rdflib_graph
from ump_kg.rdf.read import read_rdf
from ump_kg.validate.shacl import validate_graph

from .conftest import ROOT
from .test_shapes import jena_shacl


def generator() -> ModuleType:
    """scripts/generate.py as a module, so the test reads its list of violations."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "scripts" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_graph_has_exactly_the_injected_violations(tmp_path: Path) -> None:
    out, manifest = tmp_path / "g.nq", tmp_path / "v.json"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--triples",
            "15000",
            "--violations",
            "7",
            "-o",
            str(out),
            "--manifest",
            str(manifest),
        ],
        check=True,
        capture_output=True,
    )
    injected = json.loads(manifest.read_text(encoding="utf-8"))
    assert sorted(v["kind"] for v in injected) == sorted(generator().VIOLATIONS)
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    assert len(quads) >= 15000
    shapes, ontology = (
        rdflib_graph(read_rdf(layout().shapes)),
        rdflib_graph(read_rdf(layout().ontology)),
    )
    report = validate_graph(rdflib_graph(quads), shapes, ontology)
    assert {r.focus for r in report.violations} == {v["focus"] for v in injected}
    if not Path("/usr/share/java/jena-shacl.jar").exists() and not os.environ.get("CI"):
        return  # Jena not installed here: the pyshacl half of the test stands
    found = {r.focus for r in jena_shacl(rdflib_graph(quads) + ontology, tmp_path)}
    assert found == {v["focus"] for v in injected}
