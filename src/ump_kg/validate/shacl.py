"""SHACL validation with pyshacl, and reading its report into plain results."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

import rdflib
from rdflib.namespace import RDF, Namespace
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.evaluate import evalQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Identifier

SH = Namespace("http://www.w3.org/ns/shacl#")
SEVERITY_NAMES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}

# rdflib logs a traceback for every ill-typed literal (e.g. "2019-02-30"^^xsd:date); the
# shapes report those as violations, so the log adds only noise.
logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)


@lru_cache(maxsize=512)
def _prepared(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]) -> Query:
    return translateQuery(parseQuery(text), base, dict(namespaces))


def _query_prepared_once(
    self: SPARQLProcessor,
    strOrQuery: str | Query,
    initBindings: Mapping[str, Identifier] | None = None,
    initNs: Mapping[str, Any] | None = None,
    base: str | None = None,
    DEBUG: bool = False,
) -> Mapping[str, Any]:
    """rdflib's SPARQLProcessor.query, with each query text parsed once: pyshacl runs a SPARQL
    constraint once per focus node with the same text, and pyparsing's parse is most of an
    entry's validation time (a prepared query is reusable with other bindings, rdflib says)."""
    if isinstance(strOrQuery, str):
        namespaces = tuple(sorted((k, str(v)) for k, v in (initNs or {}).items()))
        strOrQuery = _prepared(strOrQuery, base, namespaces)
    return evalQuery(self.graph, strOrQuery, initBindings, base)


SPARQLProcessor.query = _query_prepared_once  # type: ignore[method-assign]


@dataclass(frozen=True)
class ValidationResult:
    focus: str
    path: str | None
    value: str | None
    severity: str
    shape: str
    constraint: str | None = None
    component: str = ""
    messages: dict[str, str] = field(default_factory=dict)

    @property
    def rule(self) -> str:
        """The named rule that failed: a SPARQL constraint's IRI, else the source shape."""
        return self.constraint or self.shape

    def message(self, lang: str) -> str:
        return (
            self.messages.get(lang)
            or self.messages.get("en")
            or next(iter(self.messages.values()), "")
        )


@dataclass(frozen=True)
class Report:
    conforms: bool
    results: list[ValidationResult]
    graph: rdflib.Graph

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]


def _text(node: rdflib.term.Node | None) -> str | None:
    return None if node is None else (node.n3() if isinstance(node, rdflib.BNode) else str(node))


def _named(node: rdflib.term.Node | None) -> str | None:
    return str(node) if isinstance(node, rdflib.URIRef) else None


def shape_messages(shapes: rdflib.Graph, rule: str) -> dict[str, str]:
    """The rule's sh:message templates by language tag."""
    return {
        (m.language or "en"): str(m)
        for m in shapes.objects(rdflib.URIRef(rule), SH.message)
        if isinstance(m, rdflib.Literal)
    }


def fill_template(template: str, focus: str, value: str | None) -> str:
    """Substitute {$this} and {?value}, the bindings every SHACL result carries."""
    from ..rdf.prefixes import compact

    text = template.replace("{$this}", compact(focus))
    return text.replace("{?value}", compact(value) if value else "")


def read_report(report: rdflib.Graph, shapes: rdflib.Graph | None = None) -> list[ValidationResult]:
    """Results sorted stably; messages in every language from the shapes graph when it has them.

    Validators differ in which sh:message they copy into a result (pyshacl keeps one of several
    on a SPARQL constraint, without its language), so the shapes graph is the source of truth.
    """
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = _text(report.value(result, SH.focusNode)) or ""
        value = _text(report.value(result, SH.value))
        shape = _text(report.value(result, SH.sourceShape)) or ""
        constraint = _named(report.value(result, SH.sourceConstraint))
        component = str(report.value(result, SH.sourceConstraintComponent) or "")
        templates = shape_messages(shapes, constraint or shape) if shapes is not None else {}
        messages = {lang: fill_template(t, focus, value) for lang, t in templates.items()} or {
            (m.language or "en"): str(m)
            for m in report.objects(result, SH.resultMessage)
            if isinstance(m, rdflib.Literal)
        }
        severity = report.value(result, SH.resultSeverity)
        results.append(
            ValidationResult(
                focus=focus,
                path=_text(report.value(result, SH.resultPath)),
                value=value,
                severity=SEVERITY_NAMES.get(rdflib.URIRef(str(severity)), str(severity)),
                shape=shape,
                constraint=constraint,
                component=component,
                messages=messages,
            )
        )
    return sorted(results, key=lambda r: (r.focus, r.path or "", r.rule, r.value or ""))


def validate_graph(
    data: rdflib.Graph,
    shapes: rdflib.Graph,
    ontology: rdflib.Graph | None = None,
    inplace: bool = False,
) -> Report:
    """Validate data (with the ontology's class hierarchy mixed in) against the shapes.

    With inplace=True the ontology is added to `data` itself (a throwaway graph), which saves
    pyshacl a copy of both."""
    import pyshacl

    if inplace and ontology is not None:
        data += ontology
        ontology = None
    conforms, report_graph, _ = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inplace=inplace,
        inference="none",
        allow_warnings=True,
        allow_infos=True,
        abort_on_first=False,
    )
    results = without_string_comparisons_of_ill_typed_values(
        read_report(report_graph, shapes), data
    )
    violations = any(r.severity == "Violation" for r in results)
    return Report(bool(conforms) or not violations, results, report_graph)


def without_string_comparisons_of_ill_typed_values(
    results: list[ValidationResult], data: rdflib.Graph
) -> list[ValidationResult]:
    """rdflib's SPARQL engine compares an ill-typed literal ("2019-02-30"^^xsd:date) as a string,
    where SPARQL makes it an error; Jena and Oxigraph do not report these. A SPARQL constraint's
    verdict on a node holding an ill-typed literal is dropped; sh:datatype reports the literal."""
    ill_typed = {s for s, _, o in data if isinstance(o, rdflib.Literal) and o.ill_typed}
    if not ill_typed:
        return results
    return [
        r
        for r in results
        if not (
            r.component == str(SH.SPARQLConstraintComponent) and rdflib.URIRef(r.focus) in ill_typed
        )
    ]


def shacl_shacl_problems(shapes: rdflib.Graph) -> list[tuple[str, str]]:
    """Validate a shapes graph against the W3C SHACL-for-SHACL shapes bundled with pyshacl."""
    shsh = rdflib.Graph().parse(
        data=files("pyshacl").joinpath("assets/shacl-shacl.ttl").read_text(encoding="utf-8"),
        format="turtle",
    )
    report = validate_graph(shapes, shsh)
    return [
        (r.focus, f"{r.path or ''} {r.value or ''}: {r.message('en')}".strip())
        for r in report.results
    ]
