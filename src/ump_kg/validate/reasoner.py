"""OWL reasoning with HermiT through owlready2: consistency and unsatisfiable classes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import rdflib

from ..rdf.prefixes import compact
from .disjointness import disjointness_clashes


class ReasonerUnavailable(Exception):
    """Java is not installed; the check is skipped with this explanation."""


def reasoner_problems(graph: rdflib.Graph) -> list[tuple[str | None, str]]:
    """(IRI or None, message) for an inconsistency and for every unsatisfiable class."""
    if not shutil.which("java"):
        raise ReasonerUnavailable(
            "java not found; install it with: apt-get install -y default-jre-headless"
        )
    import owlready2

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kg.owl"
        graph.serialize(path, format="xml", encoding="utf-8")
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load()
        try:
            # ignore_unsupported_datatypes: xsd:date is not an OWL 2 datatype; HermiT would refuse it.
            owlready2.sync_reasoner_hermit(
                world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
            )
        except owlready2.OwlReadyInconsistentOntologyError:
            world.close()
            return inconsistency_explained(graph)
        unsatisfiable = sorted(
            c.iri for c in world.inconsistent_classes() if c.iri != str(rdflib.OWL.Nothing)
        )
        world.close()
    return [
        (str(iri), f"{compact(iri)} is unsatisfiable: no individual can belong to it (HermiT)")
        for iri in unsatisfiable
    ]


def inconsistency_explained(graph: rdflib.Graph) -> list[tuple[str | None, str]]:
    clashes: list[tuple[str | None, str]] = [
        (
            individual,
            f"{compact(individual)} is both a {compact(a)} and a {compact(b)}, "
            "classes declared disjoint (HermiT: inconsistent)",
        )
        for individual, a, b in disjointness_clashes(graph)
    ]
    return clashes or [
        (
            None,
            "the ontology with the reference data is inconsistent (HermiT); "
            "no disjointness clash found: check property ranges and cardinalities",
        )
    ]
