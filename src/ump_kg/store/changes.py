"""Validating what a build changes, not the whole graph: the things whose statements differ
from what the store holds (added, removed or changed, in any source graph), the things that
point at them, and the neighbourhood their constraints reach (validate/neighbourhood.py) —
from the build's own graphs, never from accepted entries. The shapes' results and the
disjointness of classes are kept for those things only."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from ..rdf.convert import rdflib_graph
from ..validate.context import ValidationContext
from ..validate.disjointness import disjointness_clashes
from ..validate.neighbourhood import KEY_PROPS, MeetingKey, Term, neighbourhood
from ..validate.shacl import Report, validate_graph


class Index:
    """The build's statements by subject, and its meetings by team, city and start date."""

    def __init__(self, quads: Iterable[ox.Quad]) -> None:
        self.by_subject: dict[str, set[ox.Triple]] = {}
        keys: dict[str, dict[str, Term]] = {}
        for q in quads:
            if not isinstance(q.subject, ox.NamedNode):
                continue
            self.by_subject.setdefault(q.subject.value, set()).add(q.triple)
            if q.predicate.value in KEY_PROPS:
                keys.setdefault(q.subject.value, {})[q.predicate.value] = q.object
        self.meetings: dict[MeetingKey, list[str]] = {}
        for meeting, values in keys.items():
            if len(values) == len(KEY_PROPS):
                key = (values[KEY_PROPS[0]], values[KEY_PROPS[1]], values[KEY_PROPS[2]])
                self.meetings.setdefault(key, []).append(meeting)

    def about(self, iri: str) -> Iterable[ox.Triple]:
        return self.by_subject.get(iri, ())

    def meetings_with(self, key: MeetingKey) -> Iterable[str]:
        return self.meetings.get(key, ())


def changed_subjects(old: list[ox.Quad], new: list[ox.Quad]) -> set[str]:
    """Things with a statement in one version of the changed graphs and not in the other."""
    return {q.subject.value for q in set(old) ^ set(new) if isinstance(q.subject, ox.NamedNode)}


def pointing_at(quads: Iterable[ox.Quad], things: set[str]) -> set[str]:
    """Things with a statement whose value is one of `things` (their sh:class may change)."""
    return {
        q.subject.value
        for q in quads
        if isinstance(q.object, ox.NamedNode)
        and q.object.value in things
        and isinstance(q.subject, ox.NamedNode)
    }


def validate_changes(
    all_quads: list[ox.Quad], old: list[ox.Quad], new: list[ox.Quad], context: ValidationContext
) -> tuple[Report, list[str], int]:
    """Shapes and disjointness for the changed things and what points at them; returns the
    report, the OWL problems and how many things were validated."""
    focus = changed_subjects(old, new)
    focus |= pointing_at(all_quads, focus)
    index = Index(all_quads)
    data = rdflib_graph(neighbourhood(index.about, index.meetings_with, focus, []))
    report = validate_graph(data, context.shapes, context.hierarchy, inplace=True)
    mine = [r for r in report.results if r.focus in focus]
    violations = any(r.severity == "Violation" for r in mine)
    owl = [
        f"{individual} would be both {a} and {b}, which the ontology keeps apart"
        for individual, a, b in disjointness_clashes(context.ontology + data)
        if individual in focus
    ]
    return Report(not violations, mine, report.graph), owl, len(focus)
