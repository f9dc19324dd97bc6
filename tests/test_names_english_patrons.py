"""English names a patron after "named after": "Union of Polish Metropolises named after Paweł
Adamowicz", "a school named after Janina Kos" — the patron is part of the name, no person of the
page. Given names are drawn from the census list and SGJP (the English name tests' sample),
surnames made up there, heads not in the corpus; the reference people (every mayor of the
reference) as patrons of the Union, through the whole pipeline."""

from __future__ import annotations

import random
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, RDFS

from tests.relations_pages import EnglishPages
from tests.test_names_english import PARTICLE_SURNAMES, SURNAMES, given_names_sample
from tests.test_names_properties import report
from ump_kg.extract.names import find_people
from ump_kg.extract.pipeline import knowledge
from ump_kg.vocab import UMP

SEED = 20261202
PATRON_TEMPLATES = (
    "The Primary School No. 12 named after {name} hosted the workshop.",
    "Pupils of a secondary school named after {name} took part.",
    "The square was renamed after {name} in 2019.",
    "The Foundation, named after {name}, funds language courses.",
    "A prize named for {name} went to a migrant-led association.",
)
# The same names with a cue that makes them people: the rule must not lose them.
PEOPLE_TEMPLATES = (
    "The workshop was opened by Dr {name}.",
    "{name} (Programme Coordinator) answered questions.",
)


def names() -> list[str]:
    rng = random.Random(SEED)
    return [
        f"{given} {rng.choice([*SURNAMES, *PARTICLE_SURNAMES])}" for given in given_names_sample()
    ]


def test_a_name_after_named_after_is_no_person() -> None:
    ok, failures, cases = 0, [], names()
    for index, name in enumerate(cases):
        text = PATRON_TEMPLATES[index % len(PATRON_TEMPLATES)].format(name=name)
        found = [p.base for p in find_people(text, [], language="en")]
        if found:
            failures.append(f"{text!r} -> {found}")
        else:
            ok += 1
    assert report("English patrons -> no person", ok, len(cases), failures) == 1.0


def test_the_same_names_with_a_cue_are_people() -> None:
    ok, failures, cases = 0, [], names()
    for index, name in enumerate(cases):
        text = PEOPLE_TEMPLATES[index % len(PEOPLE_TEMPLATES)].format(name=name)
        found = [p.base for p in find_people(text, [], language="en")]
        if found == [name]:
            ok += 1
        else:
            failures.append(f"{text!r} -> {found}")
    assert report("English people with a cue", ok, len(cases), failures) >= 0.98


def reference_people() -> list[tuple[str, str]]:
    ref = knowledge().graph
    found = []
    for person in ref.subjects(RDF.type, rdflib.URIRef(UMP + "Person")):
        labels = [str(o) for o in ref.objects(person, RDFS.label) if o.language == "en"]
        if labels:
            found.append((str(person), labels[0]))
    return sorted(found)


def test_a_reference_person_named_as_a_patron_is_not_mentioned(tmp_path: Path) -> None:
    pages, failures = EnglishPages(tmp_path), []
    people = reference_people()
    assert len(people) >= 15
    for iri, name in people:
        body = (
            f"Union of Polish Metropolises named after {name}\n\n"
            "The Union's Team for Migration and Integration met in Gdańsk on 5 June 2019."
        )
        ctx = pages.extract(body)
        mentioned = [m for m in ctx.mentions if m.iri == iri]
        persons = [e.label_pl for e in ctx.entities.values() if e.cls == UMP + "Person"]
        if mentioned or persons or any(iri in (f.s, f.o) for f in ctx.facts):
            failures.append(f"{name}: {mentioned or persons}")
    assert (
        report(
            "reference patrons -> not mentioned", len(people) - len(failures), len(people), failures
        )
        == 1.0
    )
