"""Explaining an inconsistency: individuals whose types (asserted, or implied by subclass,
domain and range axioms) include two classes the ontology declares disjoint."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

Node = rdflib.term.Node


def superclasses(graph: rdflib.Graph) -> dict[Node, set[Node]]:
    """Each named class with all its named superclasses (itself included)."""
    classes = {c for c in graph.subjects(RDF.type, OWL.Class) if isinstance(c, rdflib.URIRef)}
    return {
        c: {s for s in graph.transitive_objects(c, RDFS.subClassOf) if s is not None}
        for c in classes
    }


def disjoint_pairs(graph: rdflib.Graph) -> set[frozenset[Node]]:
    pairs = {frozenset((a, b)) for a, b in graph.subject_objects(OWL.disjointWith)}
    for axiom in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        head = graph.value(axiom, OWL.members)
        members = list(graph.items(head)) if head is not None else []
        pairs |= {frozenset(pair) for pair in combinations(members, 2)}
    return pairs


def implied_types(graph: rdflib.Graph) -> dict[Node, set[Node]]:
    """Asserted types plus those implied by named rdfs:domain and rdfs:range classes."""
    types: dict[Node, set[Node]] = {}
    for s, c in graph.subject_objects(RDF.type):
        types.setdefault(s, set()).add(c)
    for prop, domain in graph.subject_objects(RDFS.domain):
        if isinstance(domain, rdflib.URIRef):
            for s in graph.subjects(prop, None):
                types.setdefault(s, set()).add(domain)
    for prop, range_ in graph.subject_objects(RDFS.range):
        if isinstance(range_, rdflib.URIRef) and (prop, RDF.type, OWL.ObjectProperty) in graph:
            for o in graph.objects(None, prop):
                types.setdefault(o, set()).add(range_)
    return types


def disjointness_clashes(graph: rdflib.Graph) -> Iterator[tuple[str, str, str]]:
    """(individual, class, class) for every individual that falls into two disjoint classes."""
    supers = superclasses(graph)
    pairs = disjoint_pairs(graph)
    for individual, direct in sorted(implied_types(graph).items(), key=lambda item: str(item[0])):
        if not isinstance(individual, rdflib.URIRef):
            continue
        closure = set().union(*(supers.get(c, {c}) for c in direct))
        for pair in sorted(pairs, key=lambda p: sorted(map(str, p))):
            if pair <= closure:
                a, b = sorted(map(str, pair))
                yield str(individual), a, b
