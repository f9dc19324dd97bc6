"""English contact lines give a post as an address, comma after comma: "Marta Kos, Project
Coordinator, Social Development Department, Gdańsk City Office". The role noun alone before the
comma holds its post in the body after it, and that department belongs to the city's office. A
role with its own complement ("Head of Section for Intercultural Education, Education Department,
…") is the head of something the page does not name as a body: no post in the department.
Cities are the reference's; people SGJP's; departments made of English subject words."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, measured, objects, person_iri
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    office_of,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

SUBJECTS = ("Social Development", "Education", "Social Policy", "Civic Affairs", "Health")
ROLES = (("Project Coordinator", "koordynator"), ("Coordinator", "koordynator"))


@dataclass(frozen=True)
class AddressCase:
    person: Person
    city: Named
    department: str
    role: str
    text: str
    english: bool = True


def address(rng: random.Random, headed: bool) -> AddressCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    department = f"{rng.choice(SUBJECTS)} Department"
    role_text, role = rng.choice(ROLES)
    if headed:
        role_text = "Head of Section for Intercultural Education"
    text = (
        f"Contact: {person.nominative}, {role_text}, {department}, {city.form('nom')} City "
        "Office – info@example.org"
    )
    return AddressCase(person, city, department, role, text)


def departments(ctx: DocumentContext, case: AddressCase) -> list[str]:
    return [iri for iri, e in ctx.entities.items() if e.label_pl == case.department]


def post_in_the_department(ctx: DocumentContext, case: AddressCase) -> tuple[bool, str]:
    units = departments(ctx, case)
    post = any(holds(ctx, case.person, unit, case.role) for unit in units)
    owned = any(office_of(case.city) in objects(ctx, unit, "unitOf") for unit in units)
    return post and owned, f"{case.role} in {case.department} of {case.city.slug}'s office"


def test_a_role_noun_before_the_address_holds_its_post(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: address(rng, False), post_in_the_department)
    assert rate(
        "'X, Project Coordinator, Social Development Department, Gdańsk City Office'", results
    ) >= (POSITIVE)


def no_post_in_the_department(ctx: DocumentContext, case: AddressCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.person)
    units = set(departments(ctx, case))
    posts = objects(ctx, who, "holds") if who else set()
    ok = not any(units & {str(o) for o in objects(ctx, str(p), "postIn")} for p in posts)
    return ok, f"no post in {case.department}"


def test_a_role_with_its_own_complement_holds_no_post_in_the_next_body(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: address(rng, True), no_post_in_the_department)
    assert rate("negative: 'X, Head of Section for …, Education Department, …'", results) >= (
        NEGATIVE
    )
