"""The fast OWL consistency check of entries against HermiT: on small graphs built from the
ontology's own axioms (union domains and ranges, subproperties, inverses, functional properties,
disjointness, owl:Nothing), both say the same."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from ump_kg.config import Layout
from ump_kg.rdf.convert import rdflib_graph
from ump_kg.validate.consistency import clashes
from ump_kg.validate.context import validation_context
from ump_kg.validate.reasoner import reasoner_problems

from .conftest import ROOT

PREFIXES = """@prefix ump: <https://w3id.org/ump-kg/def/> .
@prefix id: <https://w3id.org/ump-kg/id/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
"""
KNOWN = """id:krakow a ump:City . id:iom a ump:InternationalOrganisation .
id:anna a ump:Person . id:jan a ump:Person . id:team a ump:Team .
"""
CASES = {  # name: (statements, inconsistent?)
    "a meeting in a city": ("id:m a ump:TeamMeeting ; ump:inCity id:krakow .", False),
    "a person where the union domain wants an event, venue or organisation": (
        "id:anna ump:inCity id:krakow .",
        True,
    ),
    "a city as a project partner (union range)": (
        "id:p a ump:Project ; ump:partner id:krakow .",
        False,
    ),
    "a person as a project partner (union range)": (
        "id:p a ump:Project ; ump:partner id:anna .",
        True,
    ),
    "a city as leader (range of the subproperty)": (
        "id:p a ump:Project ; ump:leader id:krakow .",
        True,
    ),
    "a city as a unit (through the inverse)": ("id:iom ump:hasUnit id:krakow .", True),
    "a person as a supporter": ("id:m a ump:TeamMeeting ; ump:supporter id:anna .", True),
    "two holders of one tenure are one person": (
        "id:t a ump:Tenure ; ump:holder id:anna , id:jan .",
        False,
    ),
    "two kinds of one change (functional datatype property)": (
        'id:c ump:changeKind "add" , "remove" .',
        True,
    ),
    "a thing in owl:Nothing": ("id:x a owl:Nothing .", True),
}


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
@pytest.mark.parametrize("case", sorted(CASES))
def test_fast_consistency_agrees_with_hermit(case: str) -> None:
    statements, expected = CASES[case]
    context = validation_context(Layout(ROOT))
    triples = [
        q.triple for q in ox.parse(PREFIXES + KNOWN + statements, format=ox.RdfFormat.TURTLE)
    ]
    fast = list(clashes(context.consistency, triples))
    hermit = reasoner_problems(context.ontology + rdflib_graph(triples))
    assert bool(fast) == expected, fast
    assert bool(hermit) == expected, hermit
    assert not context.consistency.unsupported
