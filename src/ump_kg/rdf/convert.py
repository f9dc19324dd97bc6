"""Conversion between pyoxigraph terms (store, parsing) and rdflib terms (pyshacl, owlready2 input)."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
import rdflib
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return rdflib.Literal(term.value, datatype=None if datatype == XSD_STRING else datatype)
    raise TypeError(f"cannot convert {term!r} to rdflib")


def rdflib_graph(quads: Iterable[ox.Quad | ox.Triple]) -> rdflib.Graph:
    """All statements as one rdflib graph (named graphs merged)."""
    graph = rdflib.Graph()
    for q in quads:
        graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graph
