"""Validating entries in the context of the whole graph, fast: only the entry's things (focus
nodes) and what their constraints reach are pulled from the store (validate/neighbourhood.py),
then the shapes run on that neighbourhood with the ontology's class hierarchy. The result for
the focus nodes equals a full validation (tests/test_entries.py checks this on generated
graphs)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import cached_property

import pyoxigraph as ox
import rdflib

from ..config import base_iri, layout
from ..rdf.convert import rdflib_graph
from ..rdf.prefixes import compact
from ..validate.consistency import Clash, clashes
from ..validate.context import ValidationContext, validation_context
from ..validate.neighbourhood import neighbourhood, store_about, store_meetings
from ..validate.shacl import SH, Report, ValidationResult, validate_graph
from ..vocab import RDF_TYPE, UMP, XSD
from .messages import already_in_graph, statements_pl, verdict
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

    def line(self, lang: str = "en") -> str:
        thing = f"{self.label} ({compact(self.focus)})" if self.label else compact(self.focus)
        prop = f" {compact(self.path)}" if self.path else ""
        value = f" = {self.value}" if self.value is not None else ""
        return f"{self.where}: {self.severity.lower()}: {thing}{prop}{value}: {self.message}" + (
            f"\n  {'wskazówka' if lang == 'pl' else 'hint'}: {self.hint}" if self.hint else ""
        )


@dataclass
class Outcome:
    problems: list[Problem] = field(default_factory=list)
    report: rdflib.Graph = field(default_factory=rdflib.Graph)
    lang: str = "pl"

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
        return verdict(self.violations, lang)


def project_context() -> ValidationContext:
    return validation_context(layout())


def in_store(store: ox.Store, iri: str) -> bool:
    return next(iter(store.quads_for_pattern(ox.NamedNode(iri), None, None)), None) is not None


RDF_NS, RDFS_NS, OWL_NS = BUILT_IN
# Of the RDF, RDFS and OWL vocabularies an entry uses only these: everything else (owl:sameAs,
# owl:differentFrom, owl:imports, rdfs:subClassOf, …) is an axiom that would change the model.
PLAIN_BUILT_INS = {RDF_TYPE, RDFS_LABEL, RDFS_NS + "comment", RDFS_NS + "seeAlso"}
NUMBER = r"[+-]?(\d+(\.\d*)?|\.\d+)"
LEXICAL = {  # what a literal of these datatypes may look like (W3C XML Schema lexical spaces)
    XSD + "decimal": re.compile(NUMBER),
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "nonNegativeInteger": re.compile(r"\+?\d+|-0+"),
    XSD + "double": re.compile(NUMBER + r"([eE][+-]?\d+)?|[+-]?INF|NaN"),
    XSD + "float": re.compile(NUMBER + r"([eE][+-]?\d+)?|[+-]?INF|NaN"),
    XSD + "boolean": re.compile(r"true|false|1|0"),
    XSD + "gYear": re.compile(r"-?\d{4,}(Z|[+-]\d\d:\d\d)?"),
}


@dataclass
class Checker:
    """The structural checks of one entry, with what they need computed once."""

    entry: Entry
    known: set[str]
    types_in_graph: dict[str, set[str]]
    lang: str = "pl"
    problems: list[Problem] = field(default_factory=list)
    context: ValidationContext = field(default_factory=project_context)

    @cached_property
    def labels(self) -> dict[str, str]:
        return {
            t.subject.value: t.object.value
            for t in self.entry.triples
            if isinstance(t.subject, ox.NamedNode)
            and t.predicate.value == RDFS_LABEL
            and isinstance(t.object, ox.Literal)
            and t.object.language == "pl"
        }

    def report(
        self,
        focus: str,
        message: str,
        hint: str,
        path: str | None = None,
        value: str | None = None,
        *,
        pl: tuple[str, str],
    ) -> None:
        if self.lang == "pl":
            message, hint = pl
        self.problems.append(
            Problem(
                self.entry.where(focus),
                focus,
                self.labels.get(focus, ""),
                path,
                value,
                "Violation",
                message,
                hint,
                "structure",
            )
        )


def structural_problems(
    entry: Entry,
    known: set[str],
    types_in_graph: dict[str, set[str]] | None = None,
    lang: str = "pl",
) -> list[Problem]:
    """What an entry must not do before shapes even run: blank-node things, new things outside
    the project's namespace, statements about the ontology's own terms, OWL/RDFS axioms,
    properties or classes the ontology does not define (typos), ill-typed numbers, and a thing
    the graph already has under another type."""
    checker = Checker(entry, known, types_in_graph or {}, lang)
    blank = [
        t
        for t in entry.triples
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
    ]
    if blank:  # one message for all of them: a file of 10,000 blank nodes is one problem
        base = f"{base_iri()}id/"
        checker.report(
            str(blank[0].subject),
            "every thing in an entry needs an IRI (no blank nodes)"
            + (f": {len(blank):,} statements use blank nodes" if len(blank) > 1 else ""),
            f"name it, e.g. <{base}…/…>",
            blank[0].predicate.value,
            str(blank[0].object),
            pl=(
                "każda rzecz we wpisie potrzebuje IRI (bez pustych węzłów)"
                + (f": {statements_pl(len(blank))} z pustymi węzłami" if len(blank) > 1 else ""),
                f"nazwij ją, np. <{base}…/…>",
            ),
        )
    for t in entry.triples:
        if isinstance(t.subject, ox.NamedNode) and not isinstance(t.object, ox.BlankNode):
            check_statement(checker, t)
    return sorted(set(checker.problems), key=lambda p: (p.where, p.focus, p.message))


def check_statement(checker: Checker, t: ox.Triple) -> None:
    context = checker.context
    subject, predicate = t.subject.value, t.predicate.value  # type: ignore[union-attr]
    base = f"{base_iri()}id/"
    if is_ontology_term(context, subject):
        checker.report(
            subject,
            f"an entry cannot make statements about the ontology's term {compact(subject)}",
            "entries describe things (meetings, cities, …); the ontology is edited in ontology/ump.ttl",
            predicate,
            pl=(
                f"wpis nie może mówić o pojęciu ontologii {compact(subject)}",
                "wpisy opisują rzeczy (posiedzenia, miasta, …); ontologię zmienia się w ontology/ump.ttl",
            ),
        )
        return
    if subject not in checker.known and not subject.startswith(base):
        checker.report(
            subject,
            f"a new thing's IRI must be under {base}",
            f"use {base}{{type}}/{{name}}, e.g. {base}meeting/2020-10-08-krakow",
            pl=(
                f"IRI nowej rzeczy musi zaczynać się od {base}",
                f"użyj {base}{{rodzaj}}/{{nazwa}}, np. {base}meeting/2020-10-08-krakow",
            ),
        )
    if predicate.startswith(BUILT_IN) and predicate not in PLAIN_BUILT_INS:
        checker.report(
            subject,
            f"{compact(predicate)} is an OWL/RDFS axiom, which entries cannot state",
            "entries state facts about things (rdf:type, rdfs:label and the ontology's "
            "properties); identity and class axioms belong to the ontology",
            predicate,
            str(t.object),
            pl=(
                f"{compact(predicate)} to aksjomat OWL/RDFS, którego wpis nie może zawierać",
                "wpisy stwierdzają fakty o rzeczach (rdf:type, rdfs:label i właściwości "
                "ontologii); aksjomaty tożsamości i klas należą do ontologii",
            ),
        )
        return
    if not predicate.startswith(BUILT_IN) and predicate not in context.properties:
        checker.report(
            subject,
            f"property {compact(predicate)} is not defined in the ontology",
            "check the spelling (e.g. ump:startDate, not schema:startdate); ump-kg docs lists the terms",
            predicate,
            pl=(
                f"właściwości {compact(predicate)} nie ma w ontologii",
                "sprawdź pisownię (np. ump:startDate, nie schema:startdate); ump-kg docs wymienia pojęcia",
            ),
        )
    if predicate == RDF_TYPE and isinstance(t.object, ox.NamedNode):
        check_type(checker, subject, t.object.value)
    if isinstance(t.object, ox.Literal):
        check_literal(checker, subject, predicate, t.object)


def is_ontology_term(context: ValidationContext, iri: str) -> bool:
    return (
        iri.startswith(UMP)
        or iri.startswith(BUILT_IN)
        or iri in context.classes
        or iri in context.properties
    )


def check_type(checker: Checker, subject: str, cls: str) -> None:
    context = checker.context
    if cls.startswith(BUILT_IN):
        checker.report(
            subject,
            f"{compact(cls)} is not a class of things: entries cannot declare classes, "
            "properties, ontologies or owl:Nothing",
            "use a class of the ontology, e.g. ump:TeamMeeting",
            RDF_TYPE,
            cls,
            pl=(
                f"{compact(cls)} nie jest klasą rzeczy: wpis nie może deklarować klas, "
                "właściwości, ontologii ani owl:Nothing",
                "użyj klasy ontologii, np. ump:TeamMeeting",
            ),
        )
        return
    if cls not in context.classes:
        checker.report(
            subject,
            f"class {compact(cls)} is not defined in the ontology",
            "use a class of the ontology, e.g. ump:TeamMeeting",
            RDF_TYPE,
            cls,
            pl=(
                f"klasy {compact(cls)} nie ma w ontologii",
                "użyj klasy ontologii, np. ump:TeamMeeting",
            ),
        )
        return
    existing = checker.types_in_graph.get(subject, set())
    supers = context.consistency.closure
    if existing and not any(cls in supers([e]) or e in supers([cls]) for e in existing):
        shown = ", ".join(sorted(compact(e) for e in existing))
        checker.report(
            subject,
            f"{compact(subject)} is already a {shown} in the graph; an entry cannot make it "
            f"a {compact(cls)}",
            "use a new IRI for a new thing, or the type the graph already has",
            RDF_TYPE,
            cls,
            pl=(
                f"{compact(subject)} jest już w grafie jako {shown}; wpis nie może zrobić z tego "
                f"{compact(cls)}",
                "nowej rzeczy nadaj nowe IRI albo użyj typu, który graf już zna",
            ),
        )


def check_literal(checker: Checker, subject: str, predicate: str, literal: ox.Literal) -> None:
    pattern = LEXICAL.get(literal.datatype.value)
    if pattern is not None and not pattern.fullmatch(literal.value):
        checker.report(
            subject,
            f"'{literal.value}' is not a valid {compact(literal.datatype.value)}",
            "write a plain number (digits and a point; no nan, inf or spaces)",
            predicate,
            literal.value,
            pl=(
                f"'{literal.value}' nie jest poprawną wartością {compact(literal.datatype.value)}",
                "wpisz zwykłą liczbę (cyfry i kropka; bez nan, inf i spacji)",
            ),
        )


def well_formed(t: ox.Triple) -> bool:
    if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
        return False
    if isinstance(t.object, ox.Literal):
        pattern = LEXICAL.get(t.object.datatype.value)
        return pattern is None or pattern.fullmatch(t.object.value) is not None
    return True


def already_there(store: ox.Store, entries: list[Entry], lang: str) -> list[Problem]:
    """A YAML entry describes a new thing: if the graph has it already, say so by its label."""
    problems = []
    for entry in entries:
        if entry.main is None or entry.kind is None:
            continue
        node = ox.NamedNode(entry.main)
        if next(iter(store.quads_for_pattern(node, ox.NamedNode(RDF_TYPE), None)), None) is None:
            continue
        labels = {
            q.object.language: q.object.value
            for q in store.quads_for_pattern(node, ox.NamedNode(RDFS_LABEL), None)
            if isinstance(q.object, ox.Literal)
        }
        label = labels.get(lang) or labels.get("pl") or entry.main
        problems.append(
            Problem(
                entry.where(entry.main),
                entry.main,
                "",
                None,
                None,
                "Violation",
                already_in_graph(entry.kind, label, entry.main, lang),
                "correct the entry that is there (ump-kg remove, then add) instead of adding it again"
                if lang == "en"
                else "popraw wpis, który już jest (ump-kg remove, potem add), zamiast dodawać go ponownie",
                "duplicate",
            )
        )
    return problems


def types_of(store: ox.Store | None, iris: set[str]) -> dict[str, set[str]]:
    if store is None:
        return {}
    found: dict[str, set[str]] = {}
    for iri in iris:
        for q in store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(RDF_TYPE), None):
            if isinstance(q.object, ox.NamedNode):
                found.setdefault(iri, set()).add(q.object.value)
    return found


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


def owl_problems(
    triples: list[ox.Triple], entries: list[Entry], focus: set[str], lang: str = "pl"
) -> list[Problem]:
    """OWL consistency of the entry with its neighbourhood, by the ontology's own axioms: a thing
    in two disjoint classes (asserted, or implied by domains and ranges), in owl:Nothing, with
    two values of a functional property. The fast path covers every construct the ontology uses;
    should it use another, HermiT decides."""
    context = project_context()
    if context.consistency.unsupported:
        return hermit_problems(triples, entries)
    mentioned = focus | {
        t.object.value for e in entries for t in e.triples if isinstance(t.object, ox.NamedNode)
    }
    problems = []
    for clash in clashes(context.consistency, triples):
        if clash.individual not in mentioned:
            continue
        entry = next((e for e in entries if clash.individual in e.lines), entries[0])
        problems.append(
            Problem(
                entry.where(clash.individual),
                clash.individual,
                "",
                clash.classes[0] if clash.rule == "owl:FunctionalProperty" else None,
                ", ".join(clash.values) or None,
                "Violation",
                clash_message(clash, lang),
                "sprawdź, czy każda wartość jest właściwego rodzaju (miasto tam, gdzie ma być "
                "miasto, …) i czy właściwość o jednej wartości ma tylko jedną"
                if lang == "pl"
                else "check that each value has the right kind (a city where a city belongs, …) "
                "and that a property with one value has only one",
                clash.rule,
            )
        )
    return problems


def clash_message(clash: Clash, lang: str = "en") -> str:
    thing = compact(clash.individual)
    names = ", ".join(map(compact, clash.classes))
    if clash.rule == "owl:FunctionalProperty":
        if lang == "pl":
            return f"{thing} miałoby kilka wartości {names}, a ta właściwość ma jedną"
        return f"{thing} would have several values of {names}, which has one"
    if clash.rule == "owl:Nothing":
        if lang == "pl":
            return f"{thing} należałoby do owl:Nothing, klasy, do której nic nie należy"
        return f"{thing} would be in owl:Nothing, the class nothing can be in"
    if clash.rule == "owl:unionOf":
        if lang == "pl":
            return f"{thing} musiałoby być jednym z: {names}, a nie może być żadnym"
        return f"{thing} would have to be one of {names}, and it cannot be any of them"
    a, b = map(compact, clash.classes)
    if lang == "pl":
        return f"{thing} byłoby zarazem {a} i {b}, a ontologia je rozdziela"
    return f"{thing} would be both {a} and {b}, which the ontology keeps apart"


def hermit_problems(triples: list[ox.Triple], entries: list[Entry]) -> list[Problem]:
    """The reasoner's verdict, for an ontology the fast path does not cover."""
    from ..validate.reasoner import ReasonerUnavailable, reasoner_problems

    try:
        found = reasoner_problems(project_context().ontology + rdflib_graph(triples))
    except ReasonerUnavailable:
        return []
    return [
        Problem(
            entries[0].where(iri or ""),
            iri or "",
            "",
            None,
            None,
            "Violation",
            message,
            "",
            "owl:consistency",
        )
        for iri, message in found
    ]


def validate_entries(store: ox.Store | None, entries: list[Entry], lang: str = "pl") -> Outcome:
    entry_triples = [t for e in entries for t in e.triples]
    focus = {t.subject.value for t in entry_triples if isinstance(t.subject, ox.NamedNode)}
    known = {iri for iri in focus if store is not None and in_store(store, iri)}
    existing_types = types_of(store, known)
    outcome = Outcome(
        problems=[p for e in entries for p in structural_problems(e, known, existing_types, lang)],
        lang=lang,
    )
    if store is not None:
        outcome.problems += already_there(store, entries, lang)
    context = (
        neighbourhood(store_about(store), store_meetings(store), focus, entry_triples)
        if store
        else []
    )
    neighbours = [*context, *entry_triples]
    # Statements already refused (blank nodes, ill-typed numbers) stay out of the shapes' data:
    # they are reported once, and "nan"^^xsd:decimal would break the shapes' comparisons.
    data = rdflib_graph([t for t in neighbours if well_formed(t)])
    report: Report = validate_graph(
        data, project_context().shapes, project_context().hierarchy, inplace=True
    )
    # A thing already in the graph is said to be so once, not through the clashes it causes.
    there = {p.focus for p in outcome.problems if p.rule == "duplicate"}
    mine = [r for r in report.results if r.focus in focus and r.focus not in there]
    labels = {
        str(s): str(o)
        for s, o in data.subject_objects(rdflib.RDFS.label)
        if isinstance(o, rdflib.Literal) and o.language == lang
    }
    outcome.problems += shape_problems(mine, entries, labels, lang)
    outcome.problems += owl_problems(neighbours, entries, focus, lang)
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
