"""A city's officers other than its mayor: "sekretarz Krakowa Jan Nowak", "skarbniczka miasta
Łodzi Anna Kos", "pełnomocniczka prezydenta Lublina ds. cudzoziemców Anna Kos" hold a post in the
city's office — and "rzecznik prezydenta Krakowa Jan Nowak" is not Kraków's mayor; "W imieniu
Warszawy podpis złożył sekretarz miasta Marcin Wojdat": "miasta" is the city acted for. Cities
are the reference's, declined by morfeusz2; people SGJP's; the role word agrees with the
person's gender."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    capitalise,
    cities,
    office_of,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

# (masculine, feminine) role words in the nominative
ROLES = (
    ("sekretarz", "sekretarz"),
    ("skarbnik", "skarbniczka"),
    ("pełnomocnik prezydenta", "pełnomocniczka prezydenta"),
    ("rzecznik prezydenta", "rzeczniczka prezydenta"),
)
NAMED_WITH_THE_CITY = (
    "Głos zabrał{a} {role} {C_gen} {P}.",
    "Dokument podpisał{a} {role} miasta {C_gen} {P}.",
    "Na spotkanie przyjechał{a} {role} {C_gen} {P}, by omówić plan integracji.",
)
ACTED_FOR = ("W imieniu {C_gen} podpis złożył{a} {role} miasta {P}.",)


@dataclass(frozen=True)
class OfficerCase:
    person: Person
    city: Named
    text: str


def officer_case(rng: random.Random, templates: tuple[str, ...]) -> OfficerCase:
    person = rng.choice(people())
    city = rng.choice(cities())
    masculine, feminine = rng.choice(ROLES)
    role = feminine if person.gender == "f" else masculine
    if templates is ACTED_FOR:
        role = role.removesuffix(" prezydenta")
    text = rng.choice(templates).format(
        role=role, C_gen=city.form("gen"), P=person.nominative, a=person.a
    )
    return OfficerCase(person, city, capitalise(text))


def holds_a_post_in_the_office(ctx: DocumentContext, case: OfficerCase) -> tuple[bool, str]:
    office = office_of(case.city)
    ok = holds(ctx, case.person, office) and not holds(ctx, case.person, office, "prezydent-miasta")
    return ok, f"{case.person.nominative}: a post in {case.city.slug}'s office, not its mayor"


def test_a_city_officer_named_with_the_city(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: officer_case(rng, NAMED_WITH_THE_CITY), holds_a_post_in_the_office
    )
    assert rate("'sekretarz Krakowa X', 'rzecznik prezydenta Y X'", results) >= POSITIVE


def test_a_city_officer_of_the_city_acted_for(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: officer_case(rng, ACTED_FOR), holds_a_post_in_the_office
    )
    assert rate("'W imieniu Warszawy … sekretarz miasta X'", results) >= POSITIVE


def is_not_the_mayor(ctx: DocumentContext, case: OfficerCase) -> tuple[bool, str]:
    ok = not holds(ctx, case.person, office_of(case.city), "prezydent-miasta")
    return ok, f"{case.person.nominative} not the mayor"


AIDES = (
    ("rzecznik prezydenta", "rzeczniczka prezydenta"),
    ("pełnomocnik prezydenta", "pełnomocniczka prezydenta"),
    ("doradca prezydenta", "doradczyni prezydenta"),
    ("asystent prezydenta", "asystentka prezydenta"),
    ("skarbnik", "skarbniczka"),
)


def aide_case(rng: random.Random) -> OfficerCase:
    person = rng.choice(people())
    city = rng.choice(cities())
    masculine, feminine = rng.choice(AIDES)
    role = feminine if person.gender == "f" else masculine
    text = NAMED_WITH_THE_CITY[0].format(
        role=role, C_gen=city.form("gen"), P=person.nominative, a=person.a
    )
    return OfficerCase(person, city, text)


def test_the_mayors_aide_is_not_the_mayor(pages: Pages) -> None:
    results, _ = measured(pages, aide_case, is_not_the_mayor)
    assert rate("negative: 'rzecznik prezydenta Krakowa X' is no mayor", results) >= NEGATIVE
