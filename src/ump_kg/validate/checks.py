"""Quality checks of the ontology, the shapes and the reference data (`ump-kg check`).

Each check returns a CheckResult whose problems name the term and the file:line defining it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..config import Layout, layout
from ..errors import UserError
from ..rdf.convert import rdflib_graph
from ..rdf.locate import where
from ..rdf.prefixes import compact
from ..rdf.read import rdf_files_in, read_rdf
from ..vocab import UMP
from .context import ValidationContext
from .owl_profile import ProfileUnavailable, dl_profile_violations
from .reasoner import ReasonerUnavailable, reasoner_problems
from .shacl import SH, shacl_shacl_problems, validate_graph

XSD = "http://www.w3.org/2001/XMLSchema#"
BUILT_IN_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(SH))
# XSD datatypes of the OWL 2 datatype map need no declaration; others (xsd:date, xsd:gYear) do.
OWL2_XSD_DATATYPES = {
    XSD + name
    for name in [
        "anyURI",
        "base64Binary",
        "boolean",
        "byte",
        "dateTime",
        "dateTimeStamp",
        "decimal",
        "double",
        "float",
        "hexBinary",
        "int",
        "integer",
        "language",
        "long",
        "Name",
        "NCName",
        "negativeInteger",
        "NMTOKEN",
        "nonNegativeInteger",
        "nonPositiveInteger",
        "normalizedString",
        "positiveInteger",
        "short",
        "string",
        "token",
        "unsignedByte",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
    ]
}


def is_built_in(term: rdflib.URIRef) -> bool:
    return str(term).startswith(BUILT_IN_NAMESPACES) or str(term) in OWL2_XSD_DATATYPES


@dataclass
class CheckResult:
    name: str
    problems: list[str] = field(default_factory=list)
    summary: str = ""
    skipped: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems and not self.skipped


@dataclass
class Inputs:
    """The parsed files a check looks at, parsed once."""

    paths: Layout
    context: ValidationContext
    reference_graphs: dict[Path, rdflib.Graph]

    @property
    def ontology(self) -> rdflib.Graph:
        return self.context.ontology

    @property
    def shapes(self) -> rdflib.Graph:
        return self.context.shapes

    @property
    def reference(self) -> rdflib.Graph:
        union = rdflib.Graph()
        for graph in self.reference_graphs.values():
            union += graph
        return union

    def where_term(self, iri: str | None) -> str:
        """file:line of an ontology term, else of the reference data mentioning it."""
        if iri is None:
            return str(self.paths.ontology)
        if (rdflib.URIRef(iri), RDF.type, None) in self.ontology:
            return where(self.paths.ontology, iri)
        return self.where_in_reference(iri)

    def where_in_reference(self, iri: str) -> str:
        """file:line of the reference file that first says something of (or with) the term."""
        term = rdflib.URIRef(iri)
        for path, graph in self.reference_graphs.items():
            if (
                (term, None, None) in graph
                or (None, term, None) in graph
                or (None, None, term) in graph
            ):
                return where(path, iri)
        return str(self.paths.reference_dir)


def read_graph(path: Path) -> rdflib.Graph:
    return rdflib_graph(read_rdf(path))


def check_parse(paths: Layout) -> tuple[CheckResult, Inputs | None]:
    result = CheckResult("all files parse")
    files = [paths.ontology, paths.shapes, *rdf_files_in([paths.reference_dir])]
    graphs: dict[Path, rdflib.Graph] = {}
    for path in files:
        try:
            graphs[path] = read_graph(path)
        except UserError as err:
            result.problems.append(
                str(err).replace("\n  fix: ", " (fix: ") + (")" if err.fix else "")
            )
    try:
        json.loads(paths.context.read_text(encoding="utf-8"))["@context"]
    except (OSError, ValueError, KeyError) as err:
        result.problems.append(f"{paths.context}: not a JSON-LD context: {err}")
    result.summary = f"{len(files) + 1} files"
    if result.problems:
        return result, None
    reference = {path: graphs[path] for path in files[2:]}
    return result, Inputs(
        paths, ValidationContext(graphs[paths.ontology], graphs[paths.shapes]), reference
    )


def check_dl_profile(inputs: Inputs) -> CheckResult:
    result = CheckResult("OWL 2 DL profile (OWL API)")
    try:
        violations = dl_profile_violations(inputs.paths.ontology)
    except ProfileUnavailable as err:
        result.skipped, result.summary = True, str(err)
        return result
    result.problems = [
        f"{where(inputs.paths.ontology, iri) if iri else inputs.paths.ontology}: {message}"
        for iri, message in violations
    ]
    return result


def check_reasoner(inputs: Inputs) -> CheckResult:
    result = CheckResult("consistent, no unsatisfiable class (HermiT)")
    try:
        problems = reasoner_problems(inputs.ontology + inputs.reference)
    except ReasonerUnavailable as err:
        result.skipped, result.summary = True, str(err)
        return result
    result.problems = [f"{inputs.where_term(iri)}: {message}" for iri, message in problems]
    result.summary = "ontology + reference data"
    return result


def has_langs(graph: rdflib.Graph, term: rdflib.URIRef, prop: rdflib.URIRef) -> set[str]:
    return {o.language or "" for o in graph.objects(term, prop) if isinstance(o, rdflib.Literal)}


def missing_languages(graph: rdflib.Graph, term: rdflib.URIRef, prop: rdflib.URIRef) -> str:
    """'@en', '@en and @pl', or '' when the term has the property in both Polish and English."""
    missing = {"pl", "en"} - has_langs(graph, term, prop)
    return " and ".join(f"@{lang}" for lang in sorted(missing))


def check_annotations(inputs: Inputs) -> CheckResult:
    """Every declared term has pl and en labels; the ontology's own terms pl and en definitions."""
    result = CheckResult("every term labelled and defined in pl and en")
    terms = sorted(inputs.context.declared_terms)
    for term in terms:
        wanted = [RDFS.label] + ([SKOS.definition] if str(term).startswith(UMP) else [])
        for prop in wanted:
            langs = missing_languages(inputs.ontology, term, prop)
            if langs:
                name = "label" if prop == RDFS.label else "definition"
                result.problems.append(
                    f"{where(inputs.paths.ontology, str(term))}: {compact(str(term))} has no {name} in {langs}"
                )
    result.summary = f"{len(terms)} terms"
    return result


def check_shapes_valid(inputs: Inputs) -> CheckResult:
    result = CheckResult("shapes are valid SHACL (SHACL-for-SHACL)")
    result.problems = [
        f"{where(inputs.paths.shapes, node)}: {compact(node)}: {message}"
        for node, message in shacl_shacl_problems(inputs.shapes)
    ]
    return result


SHAPE_KINDS = (SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint)
NEEDS_MESSAGE = (SH.PropertyShape, SH.SPARQLConstraint)
# Constraint parameters that make a node shape a constraint of its own, needing a message.
NODE_CONSTRAINTS = (SH["or"], SH["and"], SH["not"], SH.xone, SH.closed, SH.node, SH["class"])


def check_shapes_documented(inputs: Inputs) -> CheckResult:
    """Every named shape has sh:name and sh:description, every constraint a sh:message, in pl and en."""
    result = CheckResult("every shape named, described and with messages in pl and en")
    shapes = inputs.shapes
    named = sorted(
        {
            s
            for k in SHAPE_KINDS
            for s in shapes.subjects(RDF.type, k)
            if isinstance(s, rdflib.URIRef)
        }
    )
    for shape in named:
        wanted = [SH.name, SH.description]
        if any((shape, RDF.type, k) in shapes for k in NEEDS_MESSAGE) or any(
            (shape, p, None) in shapes for p in NODE_CONSTRAINTS
        ):
            wanted.append(SH.message)
        for prop in wanted:
            langs = missing_languages(shapes, shape, prop)
            if langs:
                result.problems.append(
                    f"{where(inputs.paths.shapes, str(shape))}: {compact(str(shape))} has no {compact(str(prop))} in {langs}"
                )
    result.summary = f"{len(named)} shapes"
    return result


TERM_POSITIONS = (
    SH.path,
    SH.targetClass,
    SH["class"],
    SH.datatype,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
)


def shape_terms(shapes: rdflib.Graph) -> Iterator[rdflib.URIRef]:
    """Vocabulary terms the shapes use: paths, classes, datatypes, and prefixed names in SPARQL."""
    for prop in TERM_POSITIONS:
        for value in shapes.objects(None, prop):
            if isinstance(value, rdflib.URIRef):
                yield value
    namespaces = {
        str(p): str(ns)
        for decl in shapes.objects(None, SH.declare)
        for p in shapes.objects(decl, SH.prefix)
        for ns in shapes.objects(decl, SH.namespace)
    }
    for query in shapes.objects(None, SH.select):
        yield from sparql_terms(str(query), namespaces)


def sparql_terms(query: str, namespaces: dict[str, str]) -> Iterator[rdflib.URIRef]:
    import re

    for prefix, local in re.findall(r"\b([A-Za-z][\w-]*):([A-Za-z_][\w-]*)", query):
        if prefix in namespaces:
            yield rdflib.URIRef(namespaces[prefix] + local)


def undeclared(
    used: set[rdflib.URIRef],
    known: frozenset[rdflib.URIRef],
    locate: Callable[[str], str],
    what: str,
) -> list[str]:
    """A problem for each used term that is neither declared in the ontology nor built in."""
    return [
        f"{locate(str(term))}: {compact(str(term))} is not {what}"
        for term in sorted(used)
        if term not in known and not is_built_in(term)
    ]


def check_shape_terms(inputs: Inputs) -> CheckResult:
    result = CheckResult("shapes use only terms the ontology defines or declares")
    used = set(shape_terms(inputs.shapes))
    result.problems = undeclared(
        used,
        inputs.context.declared_terms,
        lambda iri: where(inputs.paths.shapes, iri),
        "declared in the ontology",
    )
    result.summary = f"{len(used)} terms used"
    return result


def check_reference_terms(inputs: Inputs) -> CheckResult:
    """Reference data use only declared properties and classes: catches typos like schema:startdate."""
    result = CheckResult("reference data use only declared terms")
    used = set(inputs.reference.predicates()) | set(inputs.reference.objects(None, RDF.type))
    result.problems = undeclared(
        {t for t in used if isinstance(t, rdflib.URIRef)},
        inputs.context.declared_terms,
        inputs.where_in_reference,
        "defined or declared in the ontology",
    )
    return result


def check_reference_conforms(inputs: Inputs) -> CheckResult:
    result = CheckResult("reference data conform to the shapes")
    report = validate_graph(inputs.reference, inputs.shapes, inputs.ontology)
    for r in report.results:
        result.problems.append(
            f"{inputs.where_in_reference(r.focus)}: {r.severity} on {compact(r.focus)}"
            f"{' ' + compact(r.path) if r.path else ''}: {r.message('en')}"
        )
    result.summary = f"{len(inputs.reference)} triples"
    return result


def timed(check: Callable[[Inputs], CheckResult], inputs: Inputs) -> CheckResult:
    start = time.perf_counter()
    result = check(inputs)
    result.seconds = time.perf_counter() - start
    return result


def run_checks(paths: Layout | None = None, reasoner: bool = True) -> Iterator[CheckResult]:
    """Run every check in order; stop after parsing if a file does not parse."""
    paths = paths or layout()
    start = time.perf_counter()
    parsed, inputs = check_parse(paths)
    parsed.seconds = time.perf_counter() - start
    yield parsed
    if inputs is None:
        return
    checks = [
        check_dl_profile,
        check_annotations,
        check_shapes_valid,
        check_shapes_documented,
        check_shape_terms,
        check_reference_terms,
        check_reference_conforms,
    ]
    if reasoner:
        checks.insert(1, check_reasoner)
    for check in checks:
        yield timed(check, inputs)
