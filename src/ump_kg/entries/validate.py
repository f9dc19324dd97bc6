"""Validating entries in the context of the whole graph, fast: only the entry's things (focus
nodes) and what their constraints reach are pulled from the store (validate/neighbourhood.py),
then the shapes run on that neighbourhood with the ontology's class hierarchy. The result for
the focus nodes equals a full validation (tests/test_entries.py checks this on generated
graphs)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

import pyoxigraph as ox
import rdflib

from ..config import base_iri, layout
from ..rdf.convert import rdflib_graph
from ..rdf.prefixes import compact
from ..validate.context import ValidationContext, validation_context
from ..validate.disjointness import disjointness_clashes
from ..validate.neighbourhood import neighbourhood, store_about, store_meetings
from ..validate.shacl import SH, Report, ValidationResult, validate_graph
from ..vocab import RDF_TYPE
from .read import Entry

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
BUILT_IN = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
)


@dataclass(frozen=True)
class Problem:
    where: str
    focus: str
    label: str
    path: str | None
    value: str | None
    severity: str
    message: str
    hint: str
    rule: str

    def line(self) -> str:
        thing = f"{self.label} ({compact(self.focus)})" if self.label else compact(self.focus)
        prop = f" {compact(self.path)}" if self.path else ""
        value = f" = {self.value}" if self.value is not None else ""
        return f"{self.where}: {self.severity.lower()}: {thing}{prop}{value}: {self.message}" + (
            f"\n  hint: {self.hint}" if self.hint else ""
        )


@dataclass
class Outcome:
    problems: list[Problem] = field(default_factory=list)
    report: rdflib.Graph = field(default_factory=rdflib.Graph)

    @property
    def conforms(self) -> bool:
        return not any(p.severity == "Violation" for p in self.problems)

    @property
    def violations(self) -> int:
        return sum(p.severity == "Violation" for p in self.problems)

    def as_json(self) -> str:
        """A stable list: whether it conforms, and every problem with all its fields."""
        rows = [asdict(p) for p in self.problems]
        return json.dumps(
            {"conforms": self.conforms, "problems": rows}, ensure_ascii=False, indent=1
        )

    def verdict(self, lang: str) -> str:
        if self.conforms:
            return "zgodne" if lang == "pl" else "conforms"
        if lang == "pl":
            return f"niezgodne: {self.violations} naruszeń"
        return f"does not conform: {self.violations} violations"


def project_context() -> ValidationContext:
    return validation_context(layout())


def in_store(store: ox.Store, iri: str) -> bool:
    return next(iter(store.quads_for_pattern(ox.NamedNode(iri), None, None)), None) is not None


def structural_problems(entry: Entry, known: set[str]) -> list[Problem]:
    """What an entry must not do before shapes even run: blank-node things, new things outside
    the project's namespace, properties or classes the ontology does not define (typos)."""
    problems = []
    base = f"{base_iri()}id/"
    declared = {str(term) for term in project_context().declared_terms}
    for t in entry.triples:
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            problems.append(
                problem(
                    entry,
                    str(t.subject),
                    "every thing in an entry needs an IRI (no blank nodes)",
                    f"name it, e.g. <{base}…/…>",
                    t.predicate.value,
                    str(t.object),
                )
            )
            continue
        subject = t.subject.value  # type: ignore[union-attr]
        if subject not in known and not subject.startswith(base):
            problems.append(
                problem(
                    entry,
                    subject,
                    f"a new thing's IRI must be under {base}",
                    f"use {base}{{type}}/{{name}}, e.g. {base}meeting/2020-10-08-krakow",
                )
            )
        if not t.predicate.value.startswith(BUILT_IN) and t.predicate.value not in declared:
            problems.append(
                problem(
                    entry,
                    subject,
                    f"property {compact(t.predicate.value)} is not defined in the ontology",
                    "check the spelling (e.g. ump:startDate, not schema:startdate); ump-kg docs lists the terms",
                    t.predicate.value,
                )
            )
        if (
            t.predicate.value == RDF_TYPE
            and isinstance(t.object, ox.NamedNode)
            and t.object.value not in declared
            and not t.object.value.startswith(BUILT_IN)
        ):
            problems.append(
                problem(
                    entry,
                    subject,
                    f"class {compact(t.object.value)} is not defined in the ontology",
                    "use a class of the ontology, e.g. ump:TeamMeeting",
                    RDF_TYPE,
                    t.object.value,
                )
            )
    return sorted(set(problems), key=lambda p: (p.where, p.focus, p.message))


def problem(
    entry: Entry,
    focus: str,
    message: str,
    hint: str,
    path: str | None = None,
    value: str | None = None,
) -> Problem:
    label = next(
        (
            t.object.value
            for t in entry.triples
            if isinstance(t.subject, ox.NamedNode)
            and t.subject.value == focus
            and t.predicate.value == RDFS_LABEL
            and isinstance(t.object, ox.Literal)
            and t.object.language == "pl"
        ),
        "",
    )
    return Problem(
        entry.where(focus), focus, label, path, value, "Violation", message, hint, "structure"
    )


def shape_problems(
    results: list[ValidationResult], entries: list[Entry], labels: dict[str, str], lang: str
) -> list[Problem]:
    shapes = project_context().shapes
    problems = []
    for r in results:
        entry = next((e for e in entries if r.focus in e.lines), entries[0])
        hint = next(
            (
                str(o)
                for o in shapes.objects(rdflib.URIRef(r.rule), SH.description)
                if isinstance(o, rdflib.Literal) and o.language == lang
            ),
            "",
        )
        problems.append(
            Problem(
                entry.where(r.focus, r.path),
                r.focus,
                labels.get(r.focus, ""),
                r.path,
                r.value,
                r.severity,
                r.message(lang),
                hint,
                r.rule,
            )
        )
    return problems


def owl_problems(graph: rdflib.Graph, entries: list[Entry], focus: set[str]) -> list[Problem]:
    """OWL consistency of the neighbourhood: a thing in two disjoint classes (asserted, or implied
    by the domains and ranges of the properties used) makes the graph inconsistent."""
    problems = []
    for individual, a, b in disjointness_clashes(project_context().ontology + graph):
        if individual in focus or any(
            individual == str(o)
            for e in entries
            for t in e.triples
            for o in [t.object]
            if isinstance(o, ox.NamedNode)
        ):
            entry = next((e for e in entries if individual in e.lines), entries[0])
            problems.append(
                Problem(
                    entry.where(individual),
                    individual,
                    "",
                    None,
                    None,
                    "Violation",
                    f"{compact(individual)} would be both {compact(a)} and {compact(b)}, which the ontology keeps apart",
                    "check that each value has the right kind (a city where a city belongs, …)",
                    "owl:disjointWith",
                )
            )
    return problems


def validate_entries(store: ox.Store | None, entries: list[Entry], lang: str = "pl") -> Outcome:
    entry_triples = [t for e in entries for t in e.triples]
    focus = {t.subject.value for t in entry_triples if isinstance(t.subject, ox.NamedNode)}
    known = {iri for iri in focus if store is not None and in_store(store, iri)}
    outcome = Outcome(problems=[p for e in entries for p in structural_problems(e, known)])
    context = (
        neighbourhood(store_about(store), store_meetings(store), focus, entry_triples)
        if store
        else []
    )
    data = rdflib_graph([*context, *entry_triples])
    report: Report = validate_graph(
        data, project_context().shapes, project_context().hierarchy, inplace=True
    )
    mine = [r for r in report.results if r.focus in focus]
    labels = {
        str(s): str(o)
        for s, o in data.subject_objects(rdflib.RDFS.label)
        if isinstance(o, rdflib.Literal) and o.language == lang
    }
    outcome.problems += shape_problems(mine, entries, labels, lang)
    outcome.problems += owl_problems(data, entries, focus)
    outcome.problems.sort(key=lambda p: (p.where, p.focus, p.path or "", p.rule, p.value or ""))
    outcome.report = focus_report(report.graph, focus)
    return outcome


def focus_report(report: rdflib.Graph, focus: set[str]) -> rdflib.Graph:
    """The standard SHACL validation report, with only the results about the entry's things."""
    keep = rdflib.Graph()
    keep.namespace_manager.bind("sh", SH)
    root = next(iter(report.subjects(rdflib.RDF.type, SH.ValidationReport)), None)
    results = [
        r
        for r in report.subjects(rdflib.RDF.type, SH.ValidationResult)
        if str(report.value(r, SH.focusNode)) in focus
    ]
    if root is not None:
        keep.add((root, rdflib.RDF.type, SH.ValidationReport))
        keep.add(
            (
                root,
                SH.conforms,
                rdflib.Literal(
                    not any(report.value(r, SH.resultSeverity) == SH.Violation for r in results)
                ),
            )
        )
    for result in results:
        if root is not None:
            keep.add((root, SH.result, result))
        for p, o in report.predicate_objects(result):
            keep.add((result, p, o))
            if isinstance(o, rdflib.BNode):
                keep += report.triples((o, None, None))
    return keep
