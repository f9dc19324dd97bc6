"""One validation context: the ontology, the shapes and the ontology's class hierarchy, parsed once
per pair of files and shared by `build`, entry validation and the quality checks."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from ..config import Layout
from ..rdf.convert import rdflib_graph
from ..rdf.read import read_rdf
from .consistency import OntologyIndex, index_ontology

TERM_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDFS.Datatype,
)


@dataclass(frozen=True)
class ValidationContext:
    ontology: rdflib.Graph
    shapes: rdflib.Graph

    @cached_property
    def hierarchy(self) -> rdflib.Graph:
        """What the shapes need of the ontology: rdfs:subClassOf (sh:targetClass, sh:class)."""
        hierarchy = rdflib.Graph()
        for triple in self.ontology.triples((None, RDFS.subClassOf, None)):
            if isinstance(triple[2], rdflib.URIRef):
                hierarchy.add(triple)
        return hierarchy

    @cached_property
    def consistency(self) -> OntologyIndex:
        """The ontology's axioms indexed for the fast consistency check."""
        return index_ontology(self.ontology)

    @cached_property
    def classes(self) -> frozenset[str]:
        return frozenset(
            str(c)
            for c in self.ontology.subjects(RDF.type, OWL.Class)
            if isinstance(c, rdflib.URIRef)
        )

    @cached_property
    def properties(self) -> frozenset[str]:
        return frozenset(
            str(p)
            for t in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
            for p in self.ontology.subjects(RDF.type, t)
            if isinstance(p, rdflib.URIRef)
        )

    @cached_property
    def declared_terms(self) -> frozenset[rdflib.URIRef]:
        """Classes, properties and datatypes the ontology defines or declares."""
        return frozenset(
            s
            for t in TERM_TYPES
            for s in self.ontology.subjects(RDF.type, t)
            if isinstance(s, rdflib.URIRef)
        )


@cache
def _parsed(ontology: Path, shapes: Path, stamp: tuple[float, ...]) -> ValidationContext:
    return ValidationContext(rdflib_graph(read_rdf(ontology)), rdflib_graph(read_rdf(shapes)))


def validation_context(paths: Layout) -> ValidationContext:
    """The context of a project home, parsed once (again only when a file has changed)."""
    stamp = tuple(p.stat().st_mtime if p.exists() else 0.0 for p in (paths.ontology, paths.shapes))
    return _parsed(paths.ontology, paths.shapes, stamp)
