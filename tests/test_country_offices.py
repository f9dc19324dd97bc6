"""An international organisation's office for Poland is written many ways: "z Biura IOM w
Polsce", "w Przedstawicielstwie Wysokiego Komisarza … (UNHCR) w Polsce", "zastępczyni
przedstawiciela UNHCR w Polsce", "z polskiego biura Międzynarodowej Organizacji ds. Migracji".
Where the reference knows the organisation's unit for Poland (a unit named "… Polska"), each of
these names that unit, and a person introduced with it works there; the organisation named
without Poland or an office stays the organisation.

Office words are declined by morfeusz2 (tests/relations_templates.form), organisations by
phrase_forms, people drawn from its dictionary; the sentence templates vary the case the office
word is governed in."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

import rdflib
from rdflib.namespace import RDFS, SKOS

from tests.relations_pages import Pages, measured, person_iri
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    REFERENCE,
    UMP,
    Named,
    Person,
    adjective_form,
    capitalise,
    form,
    organisations,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext


@dataclass(frozen=True)
class Body:
    """An organisation with a unit for Poland, its declined name and its acronym."""

    named: Named
    acronym: str
    unit: str


@cache
def bodies() -> tuple[Body, ...]:
    graph = rdflib.Graph().parse(REFERENCE / "organisations.ttl")
    found = []
    for named in organisations():
        organisation = rdflib.URIRef(named.iri)
        units = [
            str(u)
            for u in graph.subjects(rdflib.URIRef(UMP + "unitOf"), organisation)
            if any(str(label).endswith(" Polska") for label in graph.objects(u, RDFS.label))
        ]
        acronyms = sorted(
            str(a) for a in graph.objects(organisation, SKOS.altLabel) if str(a).isupper()
        )
        if units and acronyms:
            found.append(Body(named, acronyms[0], units[0]))
    return tuple(found)


def office_word(rng: random.Random, case: str, body: Body, polish: bool) -> str:
    """ "Biura", "Przedstawicielstwie", "polskiego biura": an office word in a case (never
    "Biura Biura Wysokiego Komisarza …")."""
    nouns = ["przedstawicielstwo"] + ([] if body.named.label.startswith("Biur") else ["biuro"])
    noun = rng.choice(nouns)
    written = form(noun, "subst", "sg", case) or noun
    if polish:
        return f"{adjective_form('polski', 'sg', case, 'n')} {written}"
    return capitalise(written)


def organisation_after_office(rng: random.Random, body: Body) -> str:
    """The organisation governed by the office word: its name in the genitive, its acronym, or
    both ("Międzynarodowej Organizacji ds. Migracji (IOM)")."""
    return rng.choice(
        [body.named.form("gen"), body.acronym, f"{body.named.form('gen')} ({body.acronym})"]
    )


@dataclass(frozen=True)
class OfficeCase:
    person: Person
    body: Body
    text: str
    in_poland: bool


# (the case the office word is governed in, the template): {O} is the office and its
# organisation, then " w Polsce" or nothing where the office word is "polskie biuro".
OFFICE_TEMPLATES = (
    ("gen", "{P}, specjalist{ka} z {O}, przedstawił{a} najnowsze dane."),
    ("gen", "Na posiedzeniu głos zabrał{a} {P} z {O}."),
    ("nom", "O ochronie czasowej mówił{a} {P} ({O})."),
)
POLAND_TEMPLATES = (
    "{P}, zastępca przedstawiciela {N} w Polsce, przedstawił{a} dane o ochronie czasowej.",
    "Gościem spotkania był{a} {P} z {N} w Polsce.",
)
ELSEWHERE_TEMPLATES = (
    "Gościem spotkania był{a} {P} z {N}.",
    "{P}, ekspert{ka} {N}, przedstawił{a} dane o migracjach w Europie.",
)


def fill(template: str, person: Person, **names: str) -> str:
    female = person.gender == "f"
    return template.format(
        P=person.nominative,
        a=person.a,
        ka="ka" if female else "",
        **names,
    )


def person_and_body(rng: random.Random) -> tuple[Person, Body]:
    return rng.choice(people()), rng.choice(bodies())


def named_office(rng: random.Random) -> OfficeCase:
    person, body = person_and_body(rng)
    case, template = rng.choice(OFFICE_TEMPLATES)
    polish = rng.random() < 0.3
    office = f"{office_word(rng, case, body, polish)} {organisation_after_office(rng, body)}"
    office += "" if polish else " w Polsce"
    return OfficeCase(person, body, fill(template, person, O=office), True)


def said_in_poland(rng: random.Random) -> OfficeCase:
    person, body = person_and_body(rng)
    name = rng.choice([body.named.form("gen"), body.acronym])
    return OfficeCase(person, body, fill(rng.choice(POLAND_TEMPLATES), person, N=name), True)


def named_elsewhere(rng: random.Random) -> OfficeCase:
    person, body = person_and_body(rng)
    name = rng.choice([body.named.form("gen"), body.acronym])
    return OfficeCase(person, body, fill(rng.choice(ELSEWHERE_TEMPLATES), person, N=name), False)


def linked_to(ctx: DocumentContext, who: str) -> set[str]:
    """What the person is a member of or holds a post in."""
    direct = {str(f.o) for f in ctx.facts if f.s == who}
    return direct | {str(f.o) for f in ctx.facts if f.s in direct and f.p == UMP + "postIn"}


def works_in_the_unit(ctx: DocumentContext, case: OfficeCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.person)
    linked = linked_to(ctx, who) if who else set()
    if case.in_poland:
        return case.body.unit in linked, f"{case.person.nominative} -> {case.body.unit}"
    return case.body.unit not in linked, f"{case.person.nominative} not -> {case.body.unit}"


def test_the_office_word_names_the_unit_for_poland(pages: Pages) -> None:
    results, _ = measured(pages, named_office, works_in_the_unit)
    assert rate("'z Biura IOM w Polsce' -> IOM Polska", results) >= POSITIVE


def test_an_organisation_in_poland_is_its_unit(pages: Pages) -> None:
    results, _ = measured(pages, said_in_poland, works_in_the_unit)
    assert rate("'przedstawiciela UNHCR w Polsce' -> UNHCR Polska", results) >= POSITIVE


def test_the_organisation_itself_is_no_unit(pages: Pages) -> None:
    results, _ = measured(pages, named_elsewhere, works_in_the_unit)
    assert rate("'z IOM' stays IOM", results) >= NEGATIVE


# What a coordinator coordinates is no unit: "koordynatorka projektów integracyjnych w Biurze IOM
# w Polsce" holds a post in the office, and "projekty integracyjne" is no body of the graph.
COORDINATED = ("projektów integracyjnych", "szkoleń dla urzędników", "programów pomocowych")


def coordinator_of_something(rng: random.Random) -> OfficeCase:
    person, body = person_and_body(rng)
    office = f"{office_word(rng, 'loc', body, False)} {organisation_after_office(rng, body)}"
    text = (
        f"{person.nominative}, koordynator{'ka' if person.gender == 'f' else ''} "
        f"{rng.choice(COORDINATED)} w {office} w Polsce, przedstawił{person.a} dane."
    )
    return OfficeCase(person, body, text, True)


def no_unit_of_what_is_coordinated(ctx: DocumentContext, case: OfficeCase) -> tuple[bool, str]:
    units = [e.label_pl for e in ctx.entities.values() if e.cls == UMP + "OrganisationalUnit"]
    made_up = [u for u in units if u[:1].islower()]
    ok, want = works_in_the_unit(ctx, case)
    return ok and not made_up, f"{want}; no unit {made_up}"


def test_what_a_coordinator_coordinates_is_no_unit(pages: Pages) -> None:
    results, _ = measured(pages, coordinator_of_something, no_unit_of_what_is_coordinated)
    assert rate("'koordynatorka projektów … w Biurze IOM w Polsce'", results) >= POSITIVE
