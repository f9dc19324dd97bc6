"""SHACL validation with pyshacl, and reading its report into plain results."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib.resources import files

import rdflib
from rdflib.namespace import RDF, Namespace

SH = Namespace("http://www.w3.org/ns/shacl#")
SEVERITY_NAMES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}

# rdflib logs a traceback for every ill-typed literal (e.g. "2019-02-30"^^xsd:date); the
# shapes report those as violations, so the log adds only noise.
logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class ValidationResult:
    focus: str
    path: str | None
    value: str | None
    severity: str
    shape: str
    messages: dict[str, str] = field(default_factory=dict)

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


def read_report(report: rdflib.Graph) -> list[ValidationResult]:
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        messages = {
            (m.language or "en"): str(m)
            for m in report.objects(result, SH.resultMessage)
            if isinstance(m, rdflib.Literal)
        }
        severity = report.value(result, SH.resultSeverity)
        results.append(
            ValidationResult(
                focus=_text(report.value(result, SH.focusNode)) or "",
                path=_text(report.value(result, SH.resultPath)),
                value=_text(report.value(result, SH.value)),
                severity=SEVERITY_NAMES.get(rdflib.URIRef(str(severity)), str(severity)),
                shape=_text(report.value(result, SH.sourceShape)) or "",
                messages=messages,
            )
        )
    return sorted(results, key=lambda r: (r.focus, r.path or "", r.shape, r.value or ""))


def validate_graph(
    data: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph | None = None
) -> Report:
    """Validate data (with the ontology's class hierarchy mixed in) against the shapes."""
    import pyshacl

    conforms, report_graph, _ = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        allow_warnings=True,
        allow_infos=True,
        abort_on_first=False,
    )
    return Report(bool(conforms), read_report(report_graph), report_graph)


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
