"""OWL consistency of a small graph (an entry and its neighbourhood), fast: the ontology's axioms
are indexed once, then every individual's types are inferred as HermiT would infer them from the
axioms this ontology uses — subclasses, domains and ranges (named or unions, inherited along
subproperties and inverses), disjoint classes, functional properties (two values of a functional
object property are one individual; two different literals of a functional datatype property
are a contradiction) and owl:Nothing. An ontology using any other OWL construct is reported by
`unsupported`, and the caller falls back to HermiT (tests compare both on the same graphs)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

import pyoxigraph as ox
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

Expression = frozenset[str]  # a named class {C} or a union {A, B, …}: the individual is in one
NOTHING = str(OWL.Nothing)
OWL_NS = str(OWL)
# The OWL vocabulary this reasoner understands (anything else in the ontology sends the caller
# to HermiT); annotations and declarations change no inference.
UNDERSTOOD = {OWL_NS} | {
    str(term)
    for term in (
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        OWL.FunctionalProperty,
        OWL.Ontology,
        OWL.imports,
        OWL.versionIRI,
        OWL.versionInfo,
        OWL.disjointWith,
        OWL.AllDisjointClasses,
        OWL.members,
        OWL.unionOf,
        OWL.inverseOf,
        OWL.Thing,
        OWL.NamedIndividual,
    )
}


@dataclass(frozen=True)
class Clash:
    individual: str
    rule: str  # owl:disjointWith | owl:FunctionalProperty | owl:Nothing | owl:unionOf
    classes: tuple[str, ...]  # the clashing classes (or the property, for a functional clash)
    values: tuple[str, ...] = ()


@dataclass
class OntologyIndex:
    supers: dict[str, set[str]] = field(default_factory=dict)
    disjoint: set[frozenset[str]] = field(default_factory=set)
    domains: dict[str, set[Expression]] = field(default_factory=dict)
    ranges: dict[str, set[Expression]] = field(default_factory=dict)  # object properties only
    functional: dict[str, set[str]] = field(default_factory=dict)  # property -> functional supers
    object_properties: set[str] = field(default_factory=set)
    unsupported: set[str] = field(default_factory=set)

    def closure(self, classes: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for c in classes:
            found |= self.supers.get(c, {c})
        return found

    def clash_in(self, classes: set[str]) -> tuple[str, str] | None:
        if NOTHING in classes:
            return NOTHING, NOTHING
        for pair in self.disjoint:
            if pair <= classes:
                a, b = sorted(pair)
                return a, b
        return None


def index_ontology(ontology: rdflib.Graph) -> OntologyIndex:
    index = OntologyIndex()
    classes = {
        str(c) for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, rdflib.URIRef)
    }
    for c in classes:
        index.supers[c] = {
            str(s)
            for s in ontology.transitive_objects(rdflib.URIRef(c), RDFS.subClassOf)
            if isinstance(s, rdflib.URIRef)
        }
    index.disjoint = {
        frozenset((str(a), str(b))) for a, b in ontology.subject_objects(OWL.disjointWith)
    }
    for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        head = ontology.value(axiom, OWL.members)
        members = [str(m) for m in ontology.items(head)] if head is not None else []
        index.disjoint |= {frozenset(pair) for pair in combinations(members, 2)}
    index.object_properties = {str(p) for p in ontology.subjects(RDF.type, OWL.ObjectProperty)}
    super_props = {
        str(p): {str(s) for s in ontology.transitive_objects(p, RDFS.subPropertyOf)}
        for p in set(ontology.subjects(RDFS.subPropertyOf, None))
        | set(ontology.subjects(RDF.type, None))
        if isinstance(p, rdflib.URIRef)
    }
    own_domains = expressions(ontology, RDFS.domain)
    own_ranges = expressions(ontology, RDFS.range)
    inverse = {}
    for a, b in ontology.subject_objects(OWL.inverseOf):
        inverse[str(a)], inverse[str(b)] = str(b), str(a)
    functional = {str(p) for p in ontology.subjects(RDF.type, OWL.FunctionalProperty)}
    for prop, ancestors in super_props.items():
        for ancestor in ancestors:
            index.domains.setdefault(prop, set()).update(own_domains.get(ancestor, set()))
            index.ranges.setdefault(prop, set()).update(
                own_ranges.get(ancestor, set()) if ancestor in index.object_properties else set()
            )
            if ancestor in inverse:  # x p y with p ⊑ q and q = inverse(r): y r x
                index.domains[prop].update(own_ranges.get(inverse[ancestor], set()))
                index.ranges[prop].update(own_domains.get(inverse[ancestor], set()))
            if ancestor in functional:
                index.functional.setdefault(prop, set()).add(ancestor)
    index.unsupported = {
        str(term)
        for triple in ontology
        for term in (triple[1], triple[2])
        if isinstance(term, rdflib.URIRef)
        and str(term).startswith(OWL_NS)
        and str(term) not in UNDERSTOOD
    }
    return index


def expressions(ontology: rdflib.Graph, prop: rdflib.URIRef) -> dict[str, set[Expression]]:
    """Domains or ranges: a named class, or the members of an owl:unionOf."""
    found: dict[str, set[Expression]] = {}
    for p, value in ontology.subject_objects(prop):
        if isinstance(value, rdflib.URIRef):
            expression = frozenset({str(value)})
        else:
            head = ontology.value(value, OWL.unionOf)
            if head is None:
                continue
            expression = frozenset(str(m) for m in ontology.items(head))
        found.setdefault(str(p), set()).add(expression)
    return found


def individuals(
    index: OntologyIndex, triples: Iterable[ox.Triple]
) -> tuple[dict[str, set[Expression]], dict[tuple[str, str], set[ox.NamedNode | ox.Literal]]]:
    """What each individual must be (named classes, or unions) and the values of functional
    properties."""
    must: dict[str, set[Expression]] = {}
    values: dict[tuple[str, str], set[ox.NamedNode | ox.Literal]] = {}
    for t in triples:
        if not isinstance(t.subject, ox.NamedNode):
            continue
        s, p = t.subject.value, t.predicate.value
        if p == str(RDF.type) and isinstance(t.object, ox.NamedNode):
            must.setdefault(s, set()).add(frozenset({t.object.value}))
            continue
        for expression in index.domains.get(p, ()):
            must.setdefault(s, set()).add(expression)
        if isinstance(t.object, ox.NamedNode):
            for expression in index.ranges.get(p, ()):
                must.setdefault(t.object.value, set()).add(expression)
        for functional in index.functional.get(p, ()):
            if isinstance(t.object, (ox.NamedNode, ox.Literal)):
                values.setdefault((s, functional), set()).add(t.object)
    return must, values


def clashes(index: OntologyIndex, triples: Iterable[ox.Triple]) -> Iterator[Clash]:
    """Every reason the graph (with the ontology) is inconsistent, per individual."""
    must, values = individuals(index, triples)
    named = {
        iri: index.closure(next(iter(e)) for e in expressions_ if len(e) == 1)
        for iri, expressions_ in must.items()
    }
    merged = dict(named)
    for (individual, prop), found in sorted(values.items()):
        literals = {v for v in found if isinstance(v, ox.Literal)}
        if len({(v.value, v.datatype.value) for v in literals}) > 1:
            yield Clash(
                individual, "owl:FunctionalProperty", (prop,), tuple(sorted(map(str, literals)))
            )
        nodes = sorted(v.value for v in found if isinstance(v, ox.NamedNode))
        if len(nodes) > 1:  # one individual under several names: their types meet
            union = set().union(*(named.get(n, set()) for n in nodes))
            for n in nodes:
                merged[n] = union
    for individual in sorted(must):
        classes = merged.get(individual, set())
        pair = index.clash_in(classes)
        if pair is not None:
            rule = "owl:Nothing" if pair[0] == NOTHING else "owl:disjointWith"
            yield Clash(individual, rule, pair)
            continue
        for expression in must[individual]:
            if len(expression) > 1 and all(
                index.clash_in(classes | index.closure([m])) for m in expression
            ):
                yield Clash(individual, "owl:unionOf", tuple(sorted(expression)))
                break
